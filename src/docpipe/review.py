"""Human review: when a job waits for a person, what a decision looks like, and what it does.

The workflow decides (:func:`review_reason`), the status API parses a reviewer's answer
(:meth:`ReviewDecision.parse`) and settles the job's review promise with
:meth:`ReviewDecision.to_dict`, and the workflow, once that promise resolves, reads the
decision back (:meth:`ReviewDecision.from_dict`) and applies its corrections to the analysis
(:func:`apply_corrections`). All of it is pure, so the workflow stays deterministic and the
API and the worker agree on the one shape.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from docpipe.errors import DocpipeError

type Decision = Literal["approve", "reject"]
type ReviewReason = Literal["requested", "low_confidence"]

#: Error code of a job a reviewer rejected.
REJECTED_IN_REVIEW = "rejected_in_review"
#: Error code of a job nobody reviewed within ``review_timeout_seconds``.
REVIEW_TIMED_OUT = "review_timed_out"

#: Analysis fields a reviewer may correct, with the longest text each takes.
TEXT_FIELDS: dict[str, int] = {"documentType": 40, "summary": 2000, "language": 3}
#: ``keyFigures.<name>`` corrections: names like the analyzers' (``invoiceNumber``, ``total``).
_FIGURE_FIELD = re.compile(r"keyFigures\.([A-Za-z][A-Za-z0-9_]{0,39})")
_DOCUMENT_TYPE = re.compile(r"[a-z][a-z_]{0,39}")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
#: Most corrections one decision may carry; longest reviewer name and comment.
MAX_CORRECTIONS = 20
MAX_REVIEWER_CHARS = 128
MAX_COMMENT_CHARS = 2000
_DECISION_FIELDS = frozenset({"decision", "corrections", "reviewer", "comment"})


class InvalidReview(DocpipeError):
    """A review decision we refuse. ``unprocessable`` marks a well-formed body whose content
    is wrong (an unknown or invalid correction), as opposed to a malformed one."""

    def __init__(self, message: str, *, unprocessable: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.unprocessable = unprocessable


def _unprocessable(message: str) -> InvalidReview:
    return InvalidReview(message, unprocessable=True)


def review_reason(
    *, requested: bool, analysis: Mapping[str, Any], threshold: float
) -> ReviewReason | None:
    """Why a job with this ``analysis`` waits for a person, or ``None`` when it does not.

    The message asked for it, or the analyzer's confidence is below ``threshold``
    (``DOCPIPE_REVIEW_CONFIDENCE``; 0 turns the automatic gate off). An analysis that states
    no confidence is not gated automatically: the gate acts on a measured doubt.
    """
    if requested:
        return "requested"
    confidence = analysis.get("confidence")
    if isinstance(confidence, bool) or not isinstance(confidence, int | float):
        return None
    return "low_confidence" if confidence < threshold else None


def _checked_correction(name: object, value: object) -> tuple[str, Any]:
    """One correction, validated; :class:`InvalidReview` (unprocessable) names what is wrong."""
    if not isinstance(name, str):
        raise _unprocessable("correction names must be strings")
    if name in TEXT_FIELDS:
        if not isinstance(value, str) or not value.strip():
            raise _unprocessable(f"correction {name!r} must be a non-empty string")
        text = " ".join(value.split()) if name != "summary" else value.strip()
        if len(text) > TEXT_FIELDS[name]:
            raise _unprocessable(f"correction {name!r} is longer than {TEXT_FIELDS[name]}")
        if name == "documentType" and not _DOCUMENT_TYPE.fullmatch(text.lower()):
            raise _unprocessable("documentType must be a lower-case word like 'invoice'")
        if name == "language" and not _LANGUAGE.fullmatch(text.lower()):
            raise _unprocessable("language must be an ISO 639 code like 'en'")
        return name, text.lower() if name != "summary" else text
    if _FIGURE_FIELD.fullmatch(name):
        if isinstance(value, str) and 0 < len(value.strip()) <= 200:
            return name, value.strip()
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return name, value
        raise _unprocessable(f"correction {name!r} must be a short string or a number")
    allowed = ", ".join([*TEXT_FIELDS, "keyFigures.<name>"])
    raise _unprocessable(f"unknown correction field {name!r}; allowed: {allowed}")


@dataclass(frozen=True, slots=True)
class ReviewDecision:
    """A reviewer's answer: what settles the job's review promise."""

    decision: Decision
    corrections: dict[str, Any] = field(default_factory=dict)
    reviewer: str | None = None
    comment: str | None = None
    #: When the API accepted it (epoch ms).
    at: int | None = None

    @classmethod
    def parse(cls, body: object, *, now: int) -> ReviewDecision:
        """A decision from a request body (``POST /jobs/{jobId}/review``), or
        :class:`InvalidReview` saying why not."""
        if not isinstance(body, dict):
            raise InvalidReview("the body must be a JSON object")
        unknown = sorted(set(body) - _DECISION_FIELDS)
        if unknown:
            raise InvalidReview(f"unknown fields {unknown}; allowed: {sorted(_DECISION_FIELDS)}")
        decision = body.get("decision")
        if decision not in ("approve", "reject"):
            raise InvalidReview("'decision' must be 'approve' or 'reject'")
        raw = body.get("corrections")
        raw = {} if raw is None else raw
        if not isinstance(raw, dict):
            raise InvalidReview("'corrections' must be an object of field: value")
        if len(raw) > MAX_CORRECTIONS:
            raise _unprocessable(f"at most {MAX_CORRECTIONS} corrections")
        if raw and decision == "reject":
            raise _unprocessable("a rejection carries no corrections")
        corrections = dict(_checked_correction(name, value) for name, value in raw.items())
        return cls(
            decision="approve" if decision == "approve" else "reject",
            corrections=corrections,
            reviewer=_optional_text(body, "reviewer", MAX_REVIEWER_CHARS),
            comment=_optional_text(body, "comment", MAX_COMMENT_CHARS),
            at=now,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "decision": self.decision,
            "corrections": dict(self.corrections),
            "reviewer": self.reviewer,
            "comment": self.comment,
            "at": self.at,
        }

    @classmethod
    def from_dict(cls, data: object) -> ReviewDecision:
        """Read back a settled review promise's value (validated again: anyone holding the
        promise id could have settled it)."""
        if not isinstance(data, dict):
            raise InvalidReview("a review decision must be an object")
        at = data.get("at")
        parsed = cls.parse({k: data.get(k) for k in _DECISION_FIELDS if k in data}, now=0)
        return ReviewDecision(
            parsed.decision,
            parsed.corrections,
            parsed.reviewer,
            parsed.comment,
            at if isinstance(at, int) and not isinstance(at, bool) else None,
        )


def _optional_text(body: Mapping[str, Any], name: str, limit: int) -> str | None:
    value = body.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise InvalidReview(f"'{name}' must be a string of at most {limit} characters")
    return value


def apply_corrections(
    analysis: Mapping[str, Any], corrections: Mapping[str, Any]
) -> dict[str, Any]:
    """``analysis`` with the reviewer's corrections applied (a copy; the input is untouched).

    A corrected analysis is no longer the analyzer's guess, so its confidence becomes 1.0
    and ``corrected`` lists what the reviewer changed.
    """
    out = dict(analysis)
    figures = dict(out.get("keyFigures") or {})
    for name, value in corrections.items():
        figure = _FIGURE_FIELD.fullmatch(name)
        if figure is not None:
            figures[figure.group(1)] = value
        else:
            out[name] = value
    if corrections:
        out["keyFigures"] = figures
        out["confidence"] = 1.0
        out["corrected"] = sorted(corrections)
    return out


__all__ = [
    "REJECTED_IN_REVIEW",
    "REVIEW_TIMED_OUT",
    "Decision",
    "InvalidReview",
    "ReviewDecision",
    "ReviewReason",
    "apply_corrections",
    "review_reason",
]
