"""The analyzer that needs nothing but the text: deterministic, offline, explainable.

Rules, not a statistical model, on purpose: the facts a reader takes from a business document
sit in a handful of conventional places (labels, letterheads, signature blocks, defined terms),
which patterns read exactly and in linear time, and every result can be traced to the line it
came from. The evaluation set (``bench/analysis_eval.py``) measures how far that gets.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from docpipe.classes import default_classes
from workflow.analyzers.classify import classify
from workflow.analyzers.dateroles import dates_with_roles
from workflow.analyzers.entities import MAX_PARTIES, find_amounts, find_emails
from workflow.analyzers.evidence import Citer
from workflow.analyzers.fields import class_fields
from workflow.analyzers.figures import key_figures
from workflow.analyzers.language import guess_language
from workflow.analyzers.paging import PagedText, PageSpan
from workflow.analyzers.parties import clean_name, find_parties, is_organisation, merge_parties
from workflow.analyzers.reconcile import lowered
from workflow.analyzers.sections import split_sections
from workflow.analyzers.structured import structure
from workflow.analyzers.summary import MAX_SUMMARY_CHARS, summarize

if TYPE_CHECKING:
    from docpipe.classes import Catalogue
    from docpipe.layout import Layout

#: A receipt's first line longer than this is not a shop name.
_MAX_MERCHANT_WORDS = 6
#: Text analysed, from the start: the default extraction limit (``DOCPIPE_MAX_TEXT_CHARS``),
#: so a long document's parties, dates and amounts are found wherever they are. The cost is
#: linear in the length (classification and summary read bounded samples of it).
MAX_ANALYZED_CHARS = 2_000_000
#: Text the summary is drawn from: its sentences favour the opening anyway, and the cost
#: stays bounded however long the document.
_SUMMARY_SOURCE_CHARS = 50_000
#: Types whose issuer is a seller, reported as ``keyFigures.vendor``.
_SELLING_TYPES = ("invoice", "receipt", "purchase_order")
_TYPE_NAMES = {"purchase_order": "Purchase order", "minutes": "Meeting minutes"}

#: Bold markers: "**Total:**" (never the asterisks of a masked number, "****6830").
_MD_BOLD = re.compile(r"(?<![*\w])\*\*(?=[^\s*])|(?<=[^\s*])\*\*(?![*\w])|__")
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.MULTILINE)
_MD_RULE_ROW = re.compile(
    r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*(?:\n|$)", re.MULTILINE
)
_MD_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$", re.MULTILINE)
#: A number as OCR misreads it: "3l" for 31, "2O26" for 2026, "96,5o" for 96,50. Only tokens
#: that already hold a digit and nothing but digit look-alikes are repaired.
_OCR_NUMBER = re.compile(r"\b(?=[\dlIoO.,]*\d)[\dlIoO](?:[\dlIoO.,]*[\dlIoO])?\b")
_OCR_DIGITS = str.maketrans("lIoO", "1100")
_DECORATION = re.compile(
    r"^[\W_]*(?:welcome(?:\s+to)?|(?:customer|merchant|duplicate)\s+copy|copy|receipt)[\W_]*$",
    re.IGNORECASE,
)
_INVOICE_FROM = re.compile(r"\binvoice\s+from\s+(?P<name>[^\n]+)", re.IGNORECASE)


def normalise(text: str) -> str:
    """Compatibility forms folded (OCR's full-width commas), digits OCR read as letters
    repaired, Markdown decoration removed and
    its table rows turned into cells two spaces apart, like every other extractor's tables."""
    text = unicodedata.normalize("NFKC", text)
    text = _OCR_NUMBER.sub(lambda token: token.group(0).translate(_OCR_DIGITS), text)
    text = _MD_BOLD.sub("", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_RULE_ROW.sub("", text)
    return _MD_ROW.sub(
        lambda row: "  ".join(cell.strip() for cell in row.group("cells").split("|")).strip(),
        text,
    )


class OfflineAnalyzer:
    """:class:`~docpipe.ports.Analyzer` by keyword scoring, patterns and sentence ranking.

    The same text always gives the same analysis: no randomness, no clock, no I/O.
    """

    name = "offline"

    def __init__(self, classes: Catalogue | None = None) -> None:
        #: The document classes (``DOCPIPE_CLASSES``; the built-in kinds by default).
        self.classes = classes if classes is not None else default_classes()

    def analyze(
        self, text: str, *, media_type: str, filename: str, layout: Layout | None = None
    ) -> dict[str, Any]:
        paged = PagedText.read(text, layout, normalise, MAX_ANALYZED_CHARS)
        citer = Citer(paged)
        printed = text[:MAX_ANALYZED_CHARS]  # offsets into it are the layout's
        text = paged.text
        whole = _Part.read(citer, paged.pages, self.classes)
        parties = find_parties(text)
        if whole.document_type == "receipt":
            parties = _with_merchant(parties, text)
        figures = whole.figures
        vendor = _vendor(whole.document_type, parties, text)
        if vendor:
            figures["vendor"] = vendor
        structured = structure(citer, paged.pages, whole.document_type, figures, whole.where)
        analysis: dict[str, Any] = {
            "analyzer": self.name,
            "documentType": whole.document_type,
            "confidence": lowered(whole.confidence, structured.warnings),
            "summary": _summary(whole.document_type, figures, parties, text),
            "language": guess_language(text),
            "entities": {
                "dates": [{k: v for k, v in d.items() if k != "offset"} for d in whole.dates],
                "amounts": whole.amounts,
                "parties": parties,
                "emails": find_emails(text),
            },
            "keyFigures": figures,
            "lineItems": structured.line_items,
            "evidence": structured.evidence,
            "warnings": structured.warnings,
        }
        runs = split_sections(paged)
        if len(runs) > 1:
            analysis["sections"] = [_section(citer, run, self.classes) for run in runs]
        # A configured class's own fields (docpipe.classes), read generically by label.
        cls = self.classes.get(whole.document_type)
        return class_fields(analysis, cls, printed, analysis["entities"]["dates"], layout)


@dataclass(frozen=True, slots=True)
class _Part:
    """The type and key figures of a stretch of pages (the whole file, or one document in it)."""

    document_type: str
    confidence: float
    dates: list[dict[str, Any]]
    amounts: list[dict[str, Any]]
    figures: dict[str, Any]
    #: Offset in the analysed text each key figure was read at (for its evidence).
    where: dict[str, int]

    @classmethod
    def read(cls, citer: Citer, spans: tuple[PageSpan, ...], classes: Catalogue) -> _Part:
        start, end = spans[0].start, spans[-1].end
        if len(spans) == len(citer.paged.pages):
            start, end = 0, len(citer.paged.text)  # the whole text, between pages too
        text = citer.paged.text[start:end]
        classification = classify(text, classes)
        dates = dates_with_roles(text)
        amounts = find_amounts(text)
        where: dict[str, int] = {}
        figures = key_figures(text, classification.document_type, dates, amounts, where)
        where = {name: start + offset for name, offset in where.items()}
        for date in dates:
            date["offset"] += start
        return cls(
            document_type=classification.document_type,
            confidence=classification.confidence,
            dates=dates,
            amounts=amounts,
            figures=figures,
            where=where,
        )


def _section(citer: Citer, spans: tuple[PageSpan, ...], classes: Catalogue) -> dict[str, Any]:
    """One document of a bundle: its type, pages, key figures and line items."""
    part = _Part.read(citer, spans, classes)
    text = citer.paged.text[spans[0].start : spans[-1].end]
    parties = find_parties(text)
    if part.document_type == "receipt":
        parties = _with_merchant(parties, text)
    vendor = _vendor(part.document_type, parties, text)
    if vendor:
        part.figures["vendor"] = vendor
    structured = structure(citer, spans, part.document_type, part.figures, part.where)
    return {
        "documentType": part.document_type,
        "pages": [spans[0].page, spans[-1].page],
        "confidence": lowered(part.confidence, structured.warnings),
        "keyFigures": part.figures,
        "lineItems": structured.line_items,
        "evidence": structured.evidence,
        "warnings": structured.warnings,
    }


def _with_merchant(parties: list[dict[str, str]], text: str) -> list[dict[str, str]]:
    """Receipts name the shop in their first line (and rarely anywhere else)."""
    if any(party["role"] in ("vendor", "merchant") for party in parties):
        return parties
    first = next((line.strip() for line in text.splitlines() if _names_something(line)), "")
    words = first.split()
    if not 0 < len(words) <= _MAX_MERCHANT_WORDS or any(ch.isdigit() for ch in first):
        return parties
    merchant = {"name": first, "role": "merchant", "kind": "organization"}
    return merge_parties([merchant, *parties])[:MAX_PARTIES]


def _names_something(line: str) -> bool:
    """Not a blank line or a greeting printed above a shop's name ("*** WELCOME ***")."""
    return bool(re.search(r"[A-Za-z]", line)) and not _DECORATION.match(line)


def _vendor(document_type: str, parties: list[dict[str, str]], text: str) -> str | None:
    """Who sells: the labelled vendor or merchant, an "Invoice from ..." title, else the first
    organisation that is not the customer (the letterhead)."""
    if document_type not in _SELLING_TYPES:
        return None
    organisations = [p for p in parties if p["kind"] == "organization"]
    for party in organisations:
        if party["role"] in ("vendor", "merchant"):
            return party["name"]
    titled = _INVOICE_FROM.search(text)
    if titled:
        name = clean_name(titled.group("name"))
        if name and is_organisation(name):
            return name
    if document_type == "purchase_order":
        return None  # the first organisation on a purchase order is the buyer
    customers = {p["name"].casefold().rstrip(".") for p in parties if p["role"] == "customer"}
    for party in organisations:
        if party["name"].casefold().rstrip(".") not in customers:
            return party["name"]
    return None


def _summary(
    document_type: str, figures: dict[str, Any], parties: list[dict[str, str]], text: str
) -> str:
    """A one-line lead from the key facts, then the extractive summary; a document whose text
    has no sentences still gets its first lines, so no summary is empty."""
    lead = _lead(document_type, figures, parties)
    body = summarize(text[:_SUMMARY_SOURCE_CHARS]) or _opening(text)
    combined = f"{lead} {body}".strip()
    if len(combined) <= MAX_SUMMARY_CHARS:
        return combined
    return lead if lead else combined[: MAX_SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _opening(text: str) -> str:
    """The first few lines, joined: what a reader glances at when there is no prose."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()][:4]
    return "; ".join(lines)[:MAX_SUMMARY_CHARS]


def _lead(document_type: str, figures: dict[str, Any], parties: list[dict[str, str]]) -> str:
    if document_type == "other":
        return ""
    by_role: dict[str, str] = {}
    for party in parties:
        by_role.setdefault(party["role"], party["name"])
    words = [_TYPE_NAMES.get(document_type, document_type.capitalize())]
    if figures.get("documentNumber"):
        words.append(str(figures["documentNumber"]))
    source = figures.get("vendor") or by_role.get("sender") or by_role.get("author")
    target = by_role.get("customer") or by_role.get("client") or by_role.get("recipient")
    if source:
        words.append(f"from {source}")
    if target and target != source:
        words.append(f"to {target}")
    total = figures.get("total")
    if isinstance(total, dict):
        currency = f"{total['currency']} " if total.get("currency") else ""
        words.append(f"for {currency}{total['amount']:,.2f}")
    for key, phrase in (
        ("issueDate", "dated"), ("dueDate", "due"), ("effectiveDate", "effective"),
        ("endDate", "ending"),
    ):  # fmt: skip
        if key in figures:
            words.append(f"{phrase} {figures[key]}")
    return " ".join(words) + "."
