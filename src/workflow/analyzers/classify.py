"""What kind of document this is, by weighted keyword evidence.

Each type has cues (regular expressions) with weights. A cue counts at most three times, so
one word repeated in a table cannot outvote the rest, and cues in the first few hundred
characters (where titles are) count double. The confidence reflects both how much evidence
the winner has and how far ahead of the runner-up it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Document types every analyzer chooses from.
DOCUMENT_TYPES = (
    "invoice", "receipt", "purchase_order", "contract", "letter", "memo", "minutes", "report",
    "form", "statement", "resume", "other",
)  # fmt: skip

#: Below this score nothing has made its case: the document is "other".
_MIN_SCORE = 4.0
#: Score at which the evidence is considered complete (confidence is not damped further).
_FULL_EVIDENCE = 12.0
#: Characters treated as the document's title region.
_HEAD_CHARS = 300
#: Characters read from the start and from the end of a long text.
_SAMPLE_HEAD = 20_000
_SAMPLE_TAIL = 5_000
#: Most times one cue is counted.
_MAX_REPEATS = 3


def _cues(*pairs: tuple[str, float]) -> tuple[tuple[re.Pattern[str], float], ...]:
    flags = re.IGNORECASE | re.MULTILINE
    return tuple((re.compile(pattern, flags), weight) for pattern, weight in pairs)


_CUES: dict[str, tuple[tuple[re.Pattern[str], float], ...]] = {
    "invoice": _cues(
        (r"\binvoice\b", 3),
        (r"\binvoice\s*(?:#|no\.?|number)", 3),
        (r"\bbill(?:ed)? to\b", 2),
        (r"\b(?:amount|balance|total) due\b", 2),
        (r"\bdue date\b", 2),
        (r"\bpayment terms\b|\bnet \d{1,2}\b", 1.5),
        (r"\bsub-?total\b", 1),
        (r"\b(?:vat|tax)\b", 1),
        (r"\b(?:qty|quantity)\b", 1),
        (r"\bunit price\b", 1),
    ),
    "receipt": _cues(
        (r"\breceipt\b", 3),
        (r"\bcashier\b|\bregister\b|\bstore #?\d*", 2),
        (r"\bthank you for (?:shopping|your (?:purchase|visit))\b", 2),
        (r"\bchange\b|\bcash\b|\btendered\b", 1),
        (r"\b(?:visa|mastercard|amex|debit|credit card)\b", 1),
        (r"\btotal\b", 1),
        (r"\bsub-?total\b", 1),
        (r"\btransaction\b|\bauth(?:orization)? code\b", 1),
    ),
    "purchase_order": _cues(
        (r"\bpurchase\s+order\b", 6),
        (r"\b(?:p\.?\s?o\.?|purchase\s+order)\s*(?:#|no\.?|number)", 4),
        (r"\border\s+(?:date|total)\b", 2),
        (r"\bship\s+to\b", 1),
        (r"\bdeliver(?:y\s+date|\s+by)\b|\brequired\s+by\b", 2),
        (r"^\s*(?:vendor|supplier)\s*:?\s*$|^\s*(?:vendor|supplier)\s*:", 1),
        (r"\bconfirm\s+receipt\s+of\s+this\s+order\b", 2),
    ),
    "contract": _cues(
        (r"\bagreement\b", 3),
        (r"\bwhereas\b", 2),
        (r"\bhere(?:inafter|by|in|to|of)\b", 2),
        (r"\bpart(?:y|ies)\b", 2),
        (r"\bgoverning law\b", 2),
        (r"\bin witness whereof\b", 2),
        (r"\btermination\b|\bterminate\b", 1),
        (r"\bindemnif", 1),
        (r"\beffective date\b", 1),
        (r"\bconfidential(?:ity)?\b", 1),
        (r"\bshall\b", 1),
    ),
    "letter": _cues(
        (r"^\s*dear\b", 3),
        (r"\b(?:sincerely|kind regards|best regards|yours (?:truly|faithfully|sincerely))\b", 3),
        (r"^\s*re:", 1),
        (r"\benclosed\b|\benclosure\b", 1),
        (r"\bi am writing\b|\bplease do not hesitate\b", 2),
    ),
    "memo": _cues(
        (r"^\W*(?:internal\s+)?(?:memorandum|memo)\W*$", 8),
        (r"^\W*(?:to|from|subject|cc|date)\s*:", 1),
        (r"\ball\s+(?:staff|employees|personnel)\b|\beveryone\s+at\b", 3),
        (r"\bplease\s+note\b|\btakes?\s+effect\b", 1),
    ),
    "minutes": _cues(
        (r"\bminutes\b", 5),
        (r"\bmeeting\b", 2),
        (r"^\W*(?:attendees|present|participants|apologies|absent)\b", 3),
        (r"\baction\s+items?\b", 2),
        (r"\bnext\s+(?:meeting|sync)\b", 2),
        (r"\bagenda\b|\bchair(?:ed)?\b|\bapproved\s+the\b", 1),
    ),
    "resume": _cues(
        (r"\b(?:r[ée]sum[ée]|curriculum vitae)\b", 3),
        (r"^\s*(?:work |professional )?experience\s*$", 2),
        (r"^\s*education\s*$", 2),
        (r"^\s*(?:technical )?skills\s*$", 2),
        (r"\bemployment history\b|\bwork history\b", 2),
        (r"^\s*(?:objective|profile|summary)\s*$", 1),
        (r"\breferences available\b", 1),
    ),
    "report": _cues(
        (r"\breport\b", 2),
        (r"\bexecutive summary\b", 3),
        (r"\bfindings\b", 2),
        (r"\brecommendations?\b", 2),
        (r"\bconclusions?\b", 2),
        (r"\bintroduction\b|\bbackground\b", 1),
        (r"\bmethodology\b|\banalysis\b", 1),
        (r"\bq[1-4]\b|\bquarter(?:ly)?\b|\bfiscal\b", 1),
        (r"\bupdate\b|\bpublished\b|\bperformance\b", 2),
        (r"\brevenue\b|\bgrowth\b|\bgrew\b|\bheadcount\b|\bmargin\b|\bkpis?\b", 1),
    ),
    "form": _cues(
        (r"\bform\b", 2),
        (r"\bplease (?:fill|complete|print)\b|\bfill (?:in|out)\b", 2),
        (r"_{4,}", 2),
        (r"[☐☑☒]|\[ \]", 2),
        (r"\bdate of birth\b|\bsocial security\b", 2),
        (r"\bapplicant\b", 1),
        (r"\bsignature\s*:", 1),
        (r"\bclaim\s+(?:number|no\.?|form)\b|\bemployee\s+name\b", 2),
    ),
    "statement": _cues(
        (r"\bstatement\b", 3),
        (r"\b(?:account|bank|monthly)\s+statement\b|\bstatement\s+of\s+account\b", 4),
        (r"\b(?:opening|closing|new|previous)\s+balance\b", 3),
        (r"\baccount\s+(?:number|holder|no\.?)\b", 2),
        (r"\bstatement\s+(?:date|period|no\.?)\b", 2),
    ),
}


@dataclass(frozen=True, slots=True)
class Classification:
    document_type: str
    confidence: float
    scores: dict[str, float]


def classify(text: str) -> Classification:
    """The most likely document type, with a confidence in [0, 1].

    Only the opening and the close of a long text are read: documents say what they are
    there, and the cost stays the same however long the text is."""
    head = text[:_HEAD_CHARS]
    if len(text) > _SAMPLE_HEAD + _SAMPLE_TAIL:
        text = f"{text[:_SAMPLE_HEAD]}\n{text[-_SAMPLE_TAIL:]}"
    scores: dict[str, float] = {}
    for doc_type, cues in _CUES.items():
        score = 0.0
        for pattern, weight in cues:
            hits = sum(1 for _ in zip(range(_MAX_REPEATS), pattern.finditer(text), strict=False))
            if hits:
                score += weight * hits
                if pattern.search(head):
                    score += weight
        scores[doc_type] = round(score, 2)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], DOCUMENT_TYPES.index(item[0])))
    (best, best_score), (_, runner_up) = ranked[0], ranked[1]
    if best_score < _MIN_SCORE:
        confidence = 0.5 if not best_score else round(1 - best_score / (2 * _MIN_SCORE), 2)
        return Classification("other", confidence, scores)
    margin = best_score / (best_score + runner_up)
    evidence = min(1.0, best_score / _FULL_EVIDENCE)
    confidence = round(min(0.99, margin * (0.5 + 0.5 * evidence)), 2)
    return Classification(best, confidence, scores)
