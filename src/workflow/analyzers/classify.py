"""What kind of document this is, by weighted keyword evidence.

Each configured class (:mod:`docpipe.classes`; the built-in kinds by default) has signals
(regular expressions) with weights. A cue counts at most three times, so
one word repeated in a table cannot outvote the rest, cues in the first few hundred
characters (where titles are) count double, and a ledger's rows (a date first, an amount
last) are no evidence: they name the transactions a document lists, not what it is. The
confidence reflects both how much evidence the winner has and how far ahead of the
runner-up it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from docpipe.classes import FALLBACK_CLASS, default_classes

if TYPE_CHECKING:
    from docpipe.classes import Catalogue

#: The built-in document types (the default classes file's), in its order.
DOCUMENT_TYPES = (
    "invoice", "receipt", "purchase_order", "contract", "letter", "memo", "minutes", "report",
    "form", "statement", "resume", "other",
)  # fmt: skip

#: Below this score nothing has made its case: the document is "other".
_MIN_SCORE = 4.0
#: The most confidence an "other" verdict (no type reached ``_MIN_SCORE``) may claim.
_OTHER_CONFIDENCE = 0.4
#: Score at which the evidence is considered complete (confidence is not damped further).
_FULL_EVIDENCE = 12.0
#: Characters treated as the document's title region.
_HEAD_CHARS = 300
#: Characters read from the start and from the end of a long text.
_SAMPLE_HEAD = 20_000
_SAMPLE_TAIL = 5_000
#: Most times one cue is counted.
_MAX_REPEATS = 3
#: A ledger's row: a date first (also "Apr 25, 2026", "2026/04/25"), an amount last
#: ("24-09-2025  Betaling ontvangen  727,12").
#: Its words name a transaction the document lists (a payment received, an invoice, a credit
#: note on a statement), not what the document is, so they are no evidence of its class.
_LEDGER_ROW = re.compile(
    r"^[ \t]*(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{4}([./-])\d{1,2}\1\d{1,2}"
    r"|\d{1,2}[ \t]+[A-Za-z]{3,9}\.?(?:[ \t]+\d{4})?"
    r"|[A-Za-z]{3,9}\.?[ \t]+\d{1,2},?(?:[ \t]+\d{4})?)"
    r"[ \t][^\n]*?\d[.,]\d{2}\)?-?[ \t]*$",
    re.MULTILINE,
)
#: A word OCR printed with digits for the letters they resemble ("T0TAL", "CA5H", "RECE1PT"):
#: more letters than digits, and every digit one of the look-alikes. A code ("A0000000031010",
#: "E10", "MwSt19") keeps its digits.
_MISREAD_WORD = re.compile(r"\b(?=(?:\d*[^\W\d_]){2})[^\W_]*[015][^\W_]*\b")
_LETTERS_FOR_DIGITS = str.maketrans("015", "ols")
#: In a word in capitals a "1" stands for an "I" ("RECE1PT", "V1SA"), else for an "l" ("Tota1").
_CAPITALS_FOR_DIGITS = str.maketrans("015", "OIS")


#: A letter's shape: a salutation opening a line near the top and a complimentary close
#: after it, in the languages read. A cover letter saying what it encloses ("Please find
#: your statement of account enclosed", "anbei die Rechnung ... und die Gutschrift") names
#: other documents' kinds more often than its own.
_SALUTATION = re.compile(
    r"^\W*(?:dear|sehr\s+geehrte[rn]?|liebe[rn]?|geachte|beste|madame|monsieur|mesdames"
    r"|estimad[oa]s?|muy\s+se[ñn]or(?:a|es|as)?|spettabile|gentil[ei]|egregi[oa]"
    r"|to\s+whom\s+it\s+may\s+concern|[àa]\s+qui\s+de\s+droit|a\s+quien\s+corresponda"
    r"|a\s+chi\s+di\s+competenza|aan\s+wie\s+het\s+aangaat)\b",
    re.IGNORECASE | re.MULTILINE,
)
_CLOSING = re.compile(
    r"\b(?:yours\s+(?:faithfully|sincerely|truly)|(?:kind|best|warm)\s+regards|sincerely"
    r"|mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en|hochachtungsvoll|cordialement"
    r"|veuillez\s+agr[ée]er|salutations\s+distingu[ée]es|met\s+vriendelijke\s+groet(?:en)?"
    r"|hoogachtend|atentamente|saludos\s+cordiales|cordiali\s+saluti|distinti\s+saluti)\b",
    re.IGNORECASE,
)
#: Money on the page: a letter that bills, pays or lists sums is read by its words instead.
_MONEY = re.compile(
    r"[$€£¥₹][ \t]?\d|\d[.,]\d{2}[ \t]?(?:[$€£]|[A-Z]{3}\b)|\b[A-Z]{3}[ \t]?\d[\d.,' ]*[.,]\d{2}\b"
    r"|\d[.,]\d{2}(?:-|\))?[ \t]*$",
    re.MULTILINE,
)
#: Characters from the top within which a letter greets its reader.
_SALUTATION_CHARS = 1500
#: How sure a letter told by its shape is, its words pointing elsewhere.
_SHAPE_MARGIN = 0.75


@dataclass(frozen=True, slots=True)
class Classification:
    document_type: str
    confidence: float
    scores: dict[str, float]


def classify(text: str, classes: Catalogue | None = None) -> Classification:
    """The most likely class of ``classes`` (default: the built-in kinds), with a confidence
    in [0, 1]. A tie goes to the class the catalogue lists first (a user's before the
    built-in ones).

    Only the opening and the close of a long text are read: documents say what they are
    there, and the cost stays the same however long the text is."""
    catalogue = classes if classes is not None else default_classes()
    order = catalogue.names
    correspondence = _correspondence(text)
    text = _LEDGER_ROW.sub("", text)
    if len(text) > _SAMPLE_HEAD + _SAMPLE_TAIL:
        text = f"{text[:_SAMPLE_HEAD]}\n{text[-_SAMPLE_TAIL:]}"
    text = _MISREAD_WORD.sub(_letters, text)  # on the sample only: a long text costs no more
    head = text[:_HEAD_CHARS]  # the sample opens with the text's opening
    scores: dict[str, float] = {}
    for cls in catalogue.classes:
        if not cls.signals:
            continue
        score = 0.0
        for signal in cls.signals:
            pattern, weight = signal.pattern, signal.weight
            hits = sum(1 for _ in zip(range(_MAX_REPEATS), pattern.finditer(text), strict=False))
            if hits:
                score += weight * hits
                if pattern.search(head):
                    score += weight
        scores[cls.name] = round(score, 2)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], order.index(item[0])))
    best, best_score = ranked[0] if ranked else (FALLBACK_CLASS, 0.0)
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best_score < _MIN_SCORE:
        # "other" is a verdict by elimination, never as sure as a recognised type: it stays
        # below the default review gate (0.5), lower still when some type nearly matched.
        confidence = round(_OTHER_CONFIDENCE * (1 - best_score / _MIN_SCORE), 2)
        return Classification(FALLBACK_CLASS, confidence, scores)
    margin = best_score / (best_score + runner_up)
    if correspondence and best != "letter" and scores.get("letter", 0.0) >= _MIN_SCORE:
        # Greeted, closed and naming no sum: a letter, whatever documents it mentions.
        best, best_score, margin = "letter", scores["letter"], _SHAPE_MARGIN
    evidence = min(1.0, best_score / _FULL_EVIDENCE)
    confidence = round(min(0.99, margin * (0.5 + 0.5 * evidence)), 2)
    return Classification(best, confidence, scores)


def _correspondence(text: str) -> bool:
    """Whether ``text`` is shaped as a letter and names no sum of money."""
    greeting = _SALUTATION.search(text, 0, _SALUTATION_CHARS)
    return bool(greeting and _CLOSING.search(text, greeting.end()) and not _MONEY.search(text))


def _letters(word: re.Match[str]) -> str:
    """``word`` with the digits OCR put for letters read as those letters, when it is a word."""
    token = word.group(0)
    digits = sum(ch.isdigit() for ch in token)
    if digits >= len(token) - digits or any(ch.isdigit() and ch not in "015" for ch in token):
        return token
    letters = [ch for ch in token if not ch.isdigit()]
    if all(ch.isupper() for ch in letters):
        return token.translate(_CAPITALS_FOR_DIGITS)
    return token.translate(_LETTERS_FOR_DIGITS)
