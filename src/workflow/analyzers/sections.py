"""Documents inside one file: a claim's invoice, receipt and cover letter scanned as one PDF.

Each page is read for the signs a person leafing through a bundle goes by: a title at the top
that names a kind of document ("INVOICE", "Receipt", "Purchase Order"), the document's own
number, and page numbering ("Page 1 of 2"). A page starts a new document when its numbering
restarts at 1, or when it is titled and its title or number differ from the document being
read; "Page 2 of 3" and untitled pages continue it. Only the top of each page is read for the
title and the page's text once for the rest, so the cost stays linear in the length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflow.analyzers.classify import classify
from workflow.analyzers.figures import document_number
from workflow.analyzers.paging import PagedText, PageSpan

#: Non-blank lines at the top of a page that may hold its title (below a letterhead and an
#: address), and that may open a letter.
_TITLE_LINES = 8
_SALUTATION_LINES = 14
#: A title line is short.
_MAX_TITLE_CHARS = 50
#: A title naming a kind of document, and the type it stands for.
_TITLES = (
    ("invoice", r"(?:tax\s+|proforma\s+|commercial\s+)?invoice|rechnung|facture|credit\s+note"),
    ("receipt", r"(?:sales\s+|payment\s+|cash\s+)?receipt|order\s+confirmation|quittung"),
    ("purchase_order", r"purchase\s+order|p\.?\s?o\.?\s*(?:#|no\.?|number)"),
    ("statement", r"(?:bank\s+|account\s+|monthly\s+|card\s+)?statement(?:\s+of\s+account)?"),
    ("contract", r"[\w ]{0,40}agreement|contract"),
    ("minutes", r"minutes[\w ,.:-]{0,40}|meeting\s+minutes"),
    ("memo", r"(?:internal\s+)?memo(?:randum)?"),
    ("form", r"[\w ]{0,30}\bform|claim\s+form"),
    ("report", r"[\w ]{0,40}\breport"),
    ("letter", r"cover\s+letter"),
)
#: A title is the kind's name, perhaps after a word or two ("Sales Invoice", "Your receipt"),
#: perhaps followed by its number or date ("INVOICE #123", "Receipt: 802-2430",
#: "Statement - September 2026").
_TITLE = [
    (kind, re.compile(rf"^\W*(?:[^\W\d_]+\s+){{0,2}}?(?:{pattern})\b(?:[^\n]{{0,30}})$", re.I))
    for kind, pattern in _TITLES
]
_PAGE_MARK = re.compile(r"\bpage\s+(?P<page>\d{1,4})\s*(?:of|/)\s*(?P<pages>\d{1,4})\b", re.I)
#: How sure an untitled page's type must be to start a document of another kind.
_SURE = 0.6
_SALUTATION = re.compile(r"^\s*dear\s+\w", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class _PageSigns:
    title: str | None
    #: The page's type: its title's, else what its text reads as, and how sure that is.
    kind: str
    sure: float
    number: str | None
    mark: tuple[int, int] | None
    letter: bool


@dataclass
class _Reading:
    """The document being read: its kind and number, from its first page that states them."""

    title: str | None
    kind: str
    number: str | None


def split_sections(paged: PagedText) -> list[tuple[PageSpan, ...]]:
    """The file's documents as runs of pages, in order (one run when it holds one)."""
    spans = paged.pages
    if len(spans) < 2:  # one page is one document
        return [spans]
    runs: list[list[PageSpan]] = [[spans[0]]]
    first = _signs(paged, spans[0])
    current = _Reading(first.title, first.kind, first.number)
    for span in spans[1:]:
        signs = _signs(paged, span)
        if _starts_document(signs, current):
            runs.append([span])
            current = _Reading(signs.title, signs.kind, signs.number)
        else:
            runs[-1].append(span)
            current.title = current.title or signs.title
            current.number = current.number or signs.number
    return [tuple(run) for run in runs]


def _starts_document(signs: _PageSigns, current: _Reading) -> bool:
    if signs.mark is not None:
        return signs.mark[0] == 1
    if signs.title is not None:
        if signs.title != current.title:
            return True
        return (
            signs.number is not None
            and current.number is not None
            and (signs.number != current.number)
        )
    if signs.letter:
        return True  # "Dear ..." at the top of an untitled page opens a letter
    # An untitled page that reads as another kind of document, with a number of its own (a
    # receipt after an invoice): a new document; anything less continues the current one.
    return (
        signs.kind != current.kind
        and signs.sure >= _SURE
        and signs.number is not None
        and signs.number != current.number
    )


def _signs(paged: PagedText, span: PageSpan) -> _PageSigns:
    text = paged.page_text(span)
    top = [line.strip() for line in text[:3000].splitlines() if line.strip()]
    head = top[:_TITLE_LINES]
    title = None
    for line in head:
        if len(line) > _MAX_TITLE_CHARS:
            continue
        title = next((kind for kind, pattern in _TITLE if pattern.match(line)), None)
        if title:
            break
    classification = classify(text)
    kind = title or classification.document_type
    mark = _PAGE_MARK.search(text)
    return _PageSigns(
        title=title,
        kind=kind,
        sure=1.0 if title else classification.confidence,
        number=document_number(text, kind),
        mark=(int(mark.group("page")), int(mark.group("pages"))) if mark else None,
        letter=bool(_SALUTATION.search("\n".join(top[:_SALUTATION_LINES]))),
    )


__all__ = ["split_sections"]
