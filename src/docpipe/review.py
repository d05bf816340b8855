"""Human review: when a job waits for a person, what a decision looks like, and what it does.

The workflow decides (:func:`review_reason`); the status API parses a reviewer's answer
(:meth:`ReviewDecision.parse`), holds its corrections to the job's class
(:meth:`ReviewDecision.checked`, :mod:`docpipe.corrections`) and settles the job's review
promise with :meth:`ReviewDecision.to_dict`; the workflow, once that promise resolves, reads
the decision back (:meth:`ReviewDecision.from_dict`), checks it again and applies its
corrections to the analysis (:func:`apply_corrections`). All of it is pure, so the workflow
stays deterministic and the API and the worker agree on the one shape.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from docpipe.corrections import BadCorrection, apply_corrections, changes, check_corrections
from docpipe.errors import DocpipeError
from docpipe.fields import optional_text

if TYPE_CHECKING:
    from docpipe.classes import Catalogue

type Decision = Literal["approve", "reject"]
type ReviewReason = Literal["requested", "low_confidence"]


#: A correction's name as sent (checked against the job's class by
#: :func:`docpipe.corrections.check_corrections`).
_CORRECTION_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.]{0,80}")
#: Most corrections one decision may carry; longest reviewer name and comment.
MAX_CORRECTIONS = 20
MAX_REVIEWER_CHARS = 128
MAX_COMMENT_CHARS = 2000
_DECISION_FIELDS = frozenset({"decision", "corrections", "reviewer", "comment"})


class InvalidReview(DocpipeError):
    """A review decision we refuse. ``unprocessable`` marks a well-formed body whose content
    is wrong (an unknown or invalid correction: ``field`` names it), as opposed to a
    malformed one."""

    def __init__(
        self, message: str, *, unprocessable: bool = False, field: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.unprocessable = unprocessable
        self.field = field


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


def _checked_name(name: object) -> str:
    """A correction's name has the shape of one; what it names is checked against the class."""
    if not isinstance(name, str) or not _CORRECTION_NAME.fullmatch(name):
        raise _unprocessable(
            f"correction names are field names like 'keyFigures.total', not {name!r}"
        )
    return name


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
        corrections = {_checked_name(name): value for name, value in raw.items()}
        return cls(
            decision="approve" if decision == "approve" else "reject",
            corrections=corrections,
            reviewer=optional_text(
                body, "reviewer", limit=MAX_REVIEWER_CHARS, invalid=InvalidReview
            ),
            comment=optional_text(body, "comment", limit=MAX_COMMENT_CHARS, invalid=InvalidReview),
            at=now,
        )

    def checked(self, analysis: Mapping[str, Any], classes: Catalogue) -> ReviewDecision:
        """This decision with its corrections held to the job's class (the analysis under
        review says which): canonical values, or :class:`InvalidReview` (unprocessable)
        naming the field and the reason."""
        try:
            corrections = check_corrections(self.corrections, analysis, classes)
        except BadCorrection as exc:
            raise InvalidReview(str(exc), unprocessable=True, field=exc.field) from None
        return ReviewDecision(self.decision, corrections, self.reviewer, self.comment, self.at)

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


__all__ = [
    "Decision",
    "InvalidReview",
    "ReviewDecision",
    "ReviewReason",
    "apply_corrections",
    "changes",
    "review_reason",
]
