"""Delivery addresses: which ones the protocol accepts, and where each one delivers.

The official server accepts an address (a ``resonate:target`` tag, a listener) when it
parses as a URL of a scheme it can route: ``http(s)://host...``, ``poll://any@group[/pid]``,
``poll://uni@group[/pid]``, ``gcps://project/topic`` and ``bash://...``. This server delivers
``http(s)`` and ``poll``; the other two are accepted (so requests answer the same) and their
messages are dropped with a warning, as the official server drops messages for a transport
it has not enabled.

``poll://any@group/pid`` prefers that process and falls back to any member of the group (the
TypeScript SDK registers its listeners at such an address); ``poll://uni@group/pid`` goes to
that process only.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

#: Characters a URL host may not contain (WHATWG's forbidden host code points, roughly).
_FORBIDDEN_HOST = frozenset(" \t\n\r#/:<>?@[\\]^|%")


@dataclass(frozen=True, slots=True)
class Address:
    """A parsed delivery address."""

    kind: str  # "any" | "uni" | "http" | "other"
    group: str = ""
    pid: str = ""
    url: str = ""


def parse_address(address: str) -> Address | None:  # noqa: PLR0911 -- one per scheme
    """Parse an address, or ``None`` for one the official server would refuse."""
    scheme, sep, rest = address.partition("://")
    if not sep:
        return None
    scheme = scheme.lower()
    if scheme in ("http", "https"):
        try:
            host = urlsplit(address).hostname
        except ValueError:
            return None
        return Address("http", url=address) if host else None
    if scheme == "poll":
        authority, slash, path = rest.partition("/")
        user, at, host = authority.rpartition("@")
        if not at or user not in ("any", "uni") or not _valid_host(host):
            return None
        pid = path.split("?", 1)[0].split("#", 1)[0] if slash else ""
        return Address(user, group=host, pid=pid)
    if scheme == "gcps":
        host, slash, topic = rest.partition("/")
        return Address("other", url=address) if _valid_host(host) and topic else None
    if scheme == "bash":
        return Address("other", url=address)
    return None


def is_valid_address(address: str) -> bool:
    """Whether the official server accepts ``address`` as a target or listener."""
    return parse_address(address) is not None


def _valid_host(host: str) -> bool:
    return bool(host) and not any(c in _FORBIDDEN_HOST for c in host)
