"""Reading optional fields of a JSON body someone else sent (a queue message, a review)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def optional_text(
    body: Mapping[str, Any],
    name: str,
    *,
    limit: int,
    invalid: type[Exception],
    where: str = "",
) -> str | None:
    """``body[name]`` when it is a string of at most ``limit`` characters; ``None`` when it is
    absent, ``null`` or empty; anything else raises ``invalid`` naming the field (after
    ``where``, the part of the body it is in)."""
    value = body.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > limit:
        prefix = f"{where}: " if where else ""
        raise invalid(f"{prefix}{name!r} must be a string of at most {limit} characters")
    return value


__all__ = ["optional_text"]
