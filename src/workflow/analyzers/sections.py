"""Documents inside one file: a claim's invoice, receipt and cover letter scanned as one PDF.

Each page is read for the signs a person leafing through a bundle goes by: a letterhead at
the top (a name above a street line, or a name with a legal form), a title that names a kind
of document ("INVOICE", "Receipt", "Purchase Order"), the document's own number, page
numbering ("Page 1 of 2"), and whether the page closes its document (its last page by its
numbering, "Page 2 of 2", or a total among its last lines). A page starts a new document when
its numbering restarts at 1; when the document before it was closed and the page opens as a
document does (a letterhead, a title, a salutation) with no number tying it to the one before;
when it opens with a letterhead the document before did not show, or another sender's; or
when it is titled and its title or number differ from the document being read. "Page 2 of 3"
(in the languages and styles :mod:`workflow.analyzers.pagemarks` reads), a sum carried forward
at the foot of the page before, "(continued)" or a sum brought forward at the head of the page,
and untitled pages continue it. The signs are read by :mod:`workflow.analyzers.page_signs`
(the top and the foot of each page, and its text once for the rest, so the cost stays linear in
the length); this module walks the pages with them. Where the rules say a page goes on, a
trained model of page boundaries (:mod:`workflow.analyzers.boundary_model`) may still start a
document there when it is confident.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from difflib import SequenceMatcher

from workflow.analyzers import boundary_model
from workflow.analyzers.page_signs import DATED_KINDS, nonblank_lines, signs_of
from workflow.analyzers.pagemarks import file_numbering, masked, page_numbers, stamped_lines
from workflow.analyzers.paging import PagedText, PageSpan
from workflow.analyzers.section_records import PageSigns, Reading

#: Decides whether a page starts a document from the rules' answer and what it takes to weigh
#: it (:class:`~workflow.analyzers.boundary_model.Ruling`).
type Arbiter = Callable[[boundary_model.Ruling], bool]
#: Kinds whose title is the document's own name ("Services Agreement", "Site Survey Report").
_NAMED_KINDS = frozenset({"contract", "report", "form"})
#: How sure an untitled page's type must be to start a document of another kind.
_SURE = 0.6
#: Letterheads this alike (after folding) are one sender's.
_SAME_NAME_RATIO = 0.8


def split_sections(
    paged: PagedText,
    stamps: frozenset[str] | None = None,
    arbiter: Arbiter = boundary_model.arbitrate,
) -> list[tuple[PageSpan, ...]]:
    """The file's documents as runs of pages, in order (one run when it holds one), read
    without the file's ``stamps`` (:func:`file_stamps`, found when not given). A blank page
    goes with the document before it (the back of its last sheet) and changes nothing of what
    that document's pages said; blank pages before the first document go with it. The rules'
    answer for each page goes to ``arbiter`` with the page's features (computed when the
    arbiter asks); by default the boundary model (:mod:`~workflow.analyzers.boundary_model`)
    overrules it only when confident."""
    spans = paged.pages
    if len(spans) < 2:  # one page is one document
        return [spans]
    if stamps is None:
        stamps = file_stamps(paged)
    texts = [unstamped(paged.page_text(span), stamps) for span in spans]
    marks = [page_numbers(nonblank_lines(text)) for text in texts]
    if file_numbering(marks):  # the file's numbers, not its documents'
        marks = [[m for m in found if m != (n, len(spans))] for n, found in enumerate(marks, 1)]
    runs: list[list[PageSpan]] = []
    current: Reading | None = None
    previous: boundary_model.Page | None = None
    for span, text, numbers in zip(spans, texts, marks, strict=True):
        signs = signs_of(text, numbers[-1] if numbers else None)
        page = None if signs is None else boundary_model.Page(signs, text)
        if page is None or current is None:
            if runs:
                runs[-1].append(span)
            else:
                runs.append([span])
            if page is not None:
                current = Reading.starting(page.signs)
        elif arbiter(_ruling(span.page, page, previous, current)):
            runs.append([span])
            current = Reading.starting(page.signs)
        else:
            runs[-1].append(span)
            current.going_on(page.signs)
        if page is not None:  # a blank page is no one's page before
            previous = page
    return [tuple(run) for run in runs]


def file_stamps(paged: PagedText) -> frozenset[str]:
    """The lines a machine stamped on every page of the file (a fax's transmission line), as
    :func:`~workflow.analyzers.pagemarks.stamped_lines` finds them."""
    if len(paged.pages) < 2:  # a stamp repeats
        return frozenset()
    return stamped_lines([
        [line for line in paged.page_text(span).splitlines() if line.strip()]
        for span in paged.pages
    ])  # fmt: skip


def unstamped(text: str, stamps: frozenset[str]) -> str:
    """``text`` with the lines a machine stamped on every page (:func:`stamped_lines`) blanked
    out, its length and every other offset kept."""
    if not stamps:
        return text
    return "".join(
        " " * len(line.rstrip("\n")) + line[len(line.rstrip("\n")) :]
        if masked(line) in stamps
        else line
        for line in text.splitlines(keepends=True)
    )


def _ruling(
    number: int, page: boundary_model.Page, previous: boundary_model.Page | None, current: Reading
) -> boundary_model.Ruling:
    """The rules' answer for ``page`` (the ``number``-th of the file) after ``previous`` in the
    document ``current``, its features left for the arbiter to ask for."""
    ruled = _starts_document(page.signs, current)
    # the reading as it stands now: the walk changes it after the arbiter has answered
    before = replace(current)
    return boundary_model.Ruling(
        number,
        ruled,
        current.closed,
        lambda: boundary_model.features(ruled, page, previous, before),
    )


def _starts_document(signs: PageSigns, current: Reading) -> bool:  # noqa: PLR0911 - one per sign
    if signs.mark is not None:
        return signs.mark[0] == 1 or _numbered_elsewhere(signs, current)
    if current.runs_on or signs.continues:
        return False  # the page before said the document goes on, or this page says so
    opens = signs.letterhead is not None or signs.title is not None or signs.letter
    if current.closed and opens:
        # A closed document is followed by another, unless this page carries its number, or
        # stands under the same sender's letterhead stating nothing of its own (no title, no
        # number, no date, no total): the closed document's back matter (its terms).
        if signs.number is not None and signs.number == current.number:
            return False
        return not (
            signs.title is None
            and not signs.letter
            and not signs.states
            and signs.letterhead is not None
            and current.letterhead is not None
            and _same_name(signs.letterhead, current.letterhead)
        )
    if current.closed and _own_document(signs, current):
        return True
    if signs.letterhead is not None and (
        current.letterhead is None or not _same_name(signs.letterhead, current.letterhead)
    ):
        return True  # a letterhead where the document showed none, or another sender's
    if signs.title is not None:
        if signs.title != current.title:
            return True
        if (
            signs.number is not None
            and current.number is not None
            and (signs.number != current.number)
        ):
            return True
        return _restated(signs, current) or _renamed(signs, current)
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


def _numbered_elsewhere(signs: PageSigns, current: Reading) -> bool:
    """Whether a page numbered after the first ("Page 2/2") is yet another document's: behind
    a document that closed, under another sender's letterhead, a title and another number
    (its first page is not in the file, or a scan misprints its numbering). A page of the
    closed document would repeat its sender or its number."""
    return (
        current.closed
        and signs.title is not None
        and signs.letterhead is not None
        and (current.letterhead is None or not _same_name(signs.letterhead, current.letterhead))
        and signs.number is not None
        and signs.number != current.number
    )


def _own_document(signs: PageSigns, current: Reading) -> bool:
    """Whether a page after a closed document, showing no letterhead or title of its own, is
    yet another document: it carries another number, or it reads surely as another kind and
    states a date or a total of its own (minutes under a heading the titles do not know).
    The closed document's back matter (its terms, a payment slip) states neither."""
    if signs.number is not None and current.number is not None:
        return signs.number != current.number
    return signs.kind != current.kind and signs.sure >= _SURE and signs.states


def _restated(signs: PageSigns, current: Reading) -> bool:
    """A statement's, memo's or minutes' title over another date: the next one (one
    account's months back to back, the next memo or meeting), not a page of this one, which
    repeats its head with its date. Invoices are not told apart so: a continuation page's
    head may show another date (the day it was printed, a delivery's)."""
    return (
        signs.title in DATED_KINDS
        and signs.dated is not None
        and current.dated is not None
        and signs.dated != current.dated
    )


def _renamed(signs: PageSigns, current: Reading) -> bool:
    """A contract, report or form under a title other than the one it opened with, sharing
    no word with it: the next one ("Arbeitsvertrag", then "Contratto di locazione"). An
    invoice's pages may head themselves "Invoice", then "Tax invoice"; these name what they
    are."""
    if signs.title not in _NAMED_KINDS or signs.heading is None or current.heading is None:
        return False
    # an annex heads its pages with the agreement's name ("Agreement MSA-2025-070" under
    # "Master Services Agreement"): the two titles share a word
    return not _words(signs.heading) & _words(current.heading)


def _words(heading: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]{4,}", heading.casefold()))


def _same_name(a: str, b: str) -> bool:
    """Two printings of one letterhead (case, spacing, punctuation and OCR's slips aside)."""
    x, y = (re.sub(r"[\W_]+", "", name.casefold()) for name in (a, b))
    return x == y or SequenceMatcher(None, x, y).ratio() >= _SAME_NAME_RATIO


__all__ = ["Arbiter", "file_stamps", "split_sections", "unstamped"]
