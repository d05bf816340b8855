"""The analyzer that needs nothing but the text: deterministic, offline, explainable.

Rules, not a statistical model, on purpose: the facts a reader takes from a business document
sit in a handful of conventional places (labels, letterheads, signature blocks, defined terms),
which patterns read exactly and in linear time, and every result can be traced to the line it
came from. The evaluation set (``bench/analysis_eval.py``) measures how far that gets.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any, Literal

from docpipe.classes import default_classes
from workflow.analyzers import number_model
from workflow.analyzers.entities import find_emails
from workflow.analyzers.evidence import Citer
from workflow.analyzers.fields import class_fields
from workflow.analyzers.language import guess_language
from workflow.analyzers.paging import PagedText
from workflow.analyzers.parts import Part, section, with_sections
from workflow.analyzers.reconcile import lowered
from workflow.analyzers.sections import file_stamps, split_sections
from workflow.analyzers.structured import structure
from workflow.analyzers.summary import MAX_SUMMARY_CHARS, summarize

if TYPE_CHECKING:
    from docpipe.classes import Catalogue
    from docpipe.layout import Layout
    from workflow.analyzers.number_model import Model

#: Text analysed, from the start: the default extraction limit (``DOCPIPE_MAX_TEXT_CHARS``),
#: so a long document's parties, dates and amounts are found wherever they are. The cost is
#: linear in the length (classification and summary read bounded samples of it).
MAX_ANALYZED_CHARS = 2_000_000
#: Text the summary is drawn from: its sentences favour the opening anyway, and the cost
#: stays bounded however long the document.
_SUMMARY_SOURCE_CHARS = 50_000
_TYPE_NAMES = {"purchase_order": "Purchase order", "minutes": "Meeting minutes"}

#: Bold markers: "**Total:**" (never the asterisks of a masked number, "****6830").
_MD_BOLD = re.compile(r"(?<![*\w])\*\*(?=[^\s*])|(?<=[^\s*])\*\*(?![*\w])|__")
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.MULTILINE)
_MD_RULE_ROW = re.compile(
    r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*(?:\n|$)", re.MULTILINE
)
_MD_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$", re.MULTILINE)
_MD_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
#: A number as OCR misreads it: "3l" for 31, "2O26" for 2026, "96,5o" for 96,50. Only tokens
#: that already hold a digit and nothing but digit look-alikes are repaired.
_OCR_NUMBER = re.compile(r"\b(?=[\dlIoO.,]*\d)[\dlIoO](?:[\dlIoO.,]*[\dlIoO])?\b")
_OCR_DIGITS = str.maketrans("lIoO", "1100")
#: A leader of dots between a label and its value, as ERP exports and printed forms fill the
#: gap ("Invoice No .......... SI78068", "Total . . . . . 12.50"): four dots or more (an
#: ellipsis has three), between printed words on one line.
_LEADER = re.compile(r"(?<=[^\s.])[ \t]*\.(?:[ ]?\.){3,}[ \t]*(?=[^\s.])")

#: A glyph the font could not draw, before a figure: a PDF printed in a font without the
#: rupee's (or another) sign shows "TOTAL: \u25a013,697.79". It is a currency sign of unknown
#: kind; blanked, the figure reads bare, in the currency the paper otherwise says.
_MISSING_SIGN = re.compile(r"[\u25a0\u25a1\ufffd](?=\d)")


def normalise(text: str, *, ocr_read: bool = True) -> str:
    """Compatibility forms folded (OCR's full-width commas), dot leaders blanked, digits OCR
    read as letters repaired (``ocr_read``: the text may come from OCR), Markdown decoration
    removed and its table rows turned into tab-separated cells, like a DOCX table's."""
    text = unicodedata.normalize("NFKC", text)
    # A leader is the gap of a label's cell: its dots as spaces (the same length, so every
    # offset still points where the layout printed it).
    text = _LEADER.sub(lambda leader: " " * len(leader.group()), text)
    text = _MISSING_SIGN.sub(" ", text)
    if ocr_read:
        text = _OCR_NUMBER.sub(lambda token: token.group(0).translate(_OCR_DIGITS), text)
    text = _MD_BOLD.sub("", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_RULE_ROW.sub("", text)
    return _MD_ROW.sub(_md_cells, text)


def _normalise_text_layer(text: str) -> str:
    """:func:`normalise` for a PDF's text layer: its letters are what the file says."""
    return normalise(text, ocr_read=False)


def _maybe_ocr_read(layout: Layout | None) -> bool:
    """Whether OCR may have read the text: a layout whose words all come from a text layer
    (no OCR confidence on any) says it did not; without words (plain text, HTML, DOCX, or no
    layout at all) the origin is unknown and the repair stays."""
    words = [word for page in layout.pages for word in page.words] if layout else []
    return not words or any(word.confidence is not None for word in words)


def _md_cells(row: re.Match[str]) -> str:
    """A Markdown table row as tab-separated cells: an empty cell keeps its column, a line
    break written into a cell ("<br>") is a space."""
    cells = (" ".join(_MD_BREAK.sub(" ", cell).split()) for cell in row.group("cells").split("|"))
    return "\t".join(cells).rstrip("\t")


def paged_text(text: str, layout: Layout | None) -> PagedText:
    """The text as the analyzer reads it (tidied, in pages, bounded)."""
    tidy = normalise if _maybe_ocr_read(layout) else _normalise_text_layer
    return PagedText.read(text, layout, tidy, MAX_ANALYZED_CHARS)


class OfflineAnalyzer:
    """:class:`~docpipe.ports.Analyzer` by keyword scoring, patterns and sentence ranking,
    with a small trained reader of document numbers beside the rules.

    The same text always gives the same analysis: no randomness, no clock, no I/O (the
    reader's weights are read once, when the first analyzer is made).
    """

    name = "offline"

    def __init__(
        self,
        classes: Catalogue | None = None,
        *,
        numbers: Model | Literal["shipped"] | None = "shipped",
    ) -> None:
        #: The document classes (``DOCPIPE_CLASSES``; the built-in kinds by default).
        self.classes = classes if classes is not None else default_classes()
        #: The trained second reader of documents' numbers (the one shipped by default;
        #: ``None``: the rules alone).
        self.numbers = number_model.shipped() if numbers == "shipped" else numbers

    def analyze(
        self, text: str, *, media_type: str, filename: str, layout: Layout | None = None
    ) -> dict[str, Any]:
        paged = paged_text(text, layout)
        citer = Citer(paged)
        printed = text[:MAX_ANALYZED_CHARS]  # offsets into it are the layout's
        text = paged.text
        stamps = file_stamps(paged)
        whole = Part.read(citer, paged.pages, self.classes, stamps, self.numbers)
        figures, parties = whole.figures, whole.parties
        structured = structure(citer, paged.pages, whole.document_type, figures, whole.where)
        analysis: dict[str, Any] = {
            "analyzer": self.name,
            "documentType": whole.document_type,
            "confidence": lowered(whole.confidence, structured.warnings),
            "summary": _summary(whole.document_type, figures, parties, text),
            "language": guess_language(text),
            "entities": {
                "dates": [
                    {k: v for k, v in d.items() if k not in ("offset", "also")} for d in whole.dates
                ],
                "amounts": whole.amounts,
                "parties": parties,
                "emails": find_emails(text),
            },
            "keyFigures": figures,
            "lineItems": structured.line_items,
            "evidence": structured.evidence,
            "warnings": structured.warnings,
        }
        runs = split_sections(paged, stamps)
        if len(runs) > 1:
            with_sections(
                analysis,
                [section(citer, run, self.classes, stamps, self.numbers) for run in runs],
                self.classes,
            )
        # A configured class's own fields (docpipe.classes), read generically by label.
        cls = self.classes.get(analysis["documentType"])
        return class_fields(analysis, cls, printed, analysis["entities"]["dates"], layout)


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
    words = [_TYPE_NAMES.get(document_type, document_type.replace("_", " ").capitalize())]
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
