"""How a page says where it stands in its document: its number, and that the document runs on.

Printers number pages in many ways: "Page 2 of 3", "Seite 2 von 3", "Page 2 sur 3", "Página 2
de 3", "Sida 2 av 3", "Pg. 2/3", "Sheet 2 of 3", a bare "2 / 3" or "- 2 -" in the footer, and a
letter's continuation header ends in "page 2" ("Ms Voss - 12 March 2026 - page 2"). A number
with its page word and its count is taken anywhere on the page; the bare forms only as a cell
of their own at the head or the foot of the page, where a number is a page number.

A page also says its document goes on: a sum "carried forward" (c/f, "Übertrag", "à reporter")
or "continued overleaf" at its foot, and "(continued)", "brought forward" (b/f) at the head of
the next page.

And a machine may have stamped every page of the file: a fax's transmission line ("07.01.2026
16:20  FAX +49 40 555129  S. 2/4"), a browser's print header. Such a line stands at the head or
the foot of every page, the same but for its digits, and tells the time; it counts the file's
pages and dates the sending, and belongs to none of the documents the file carries.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

#: Words for "page" before its number, and for "of" between the number and the count.
#: "Folio" numbers a page only with its count ("Folio 2 de 3"): alone it is the leaf of a
#: company register that Spanish letterheads and footers cite ("Tomo 4028, Folio 182").
_PAGE_WORD = (
    r"(?:page|pg|pag|pág|p|seite|s|blatt|sheet|pagina|página|side|sida|sivu|strona|str"
    r"|stránka|strana|oldal|sayfa)"
)
_OF = r"(?:of|von|sur|de|di|van|af|av|z|ze|/)"
#: "Page 2 of 3" anywhere: a page word (at least three letters, or abbreviated with a full
#: stop), the number, "of" and the count.
_ANYWHERE = re.compile(
    r"(?<!\w)(?:page|seite|blatt|sheet|folio|pagina|página|side|sida|sivu|strona|stránka"
    r"|strana|oldal|sayfa|(?:pg|pag|pág|p|s|str)\.)\s*(?P<page>\d{1,4})\s*"
    r"(?:of|von|sur|de|di|van|af|av|z|ze|/)\s*(?P<pages>\d{1,4})(?!\s*[\d/]|\.\d)",
    re.IGNORECASE,
)
#: The page words spelt out: only these end a longer cell as its page number, where "Str. 302"
#: or "Rue de la Paix 12" ends an address line.
_PAGE_WORD_IN_FULL = (
    r"(?:page|seite|blatt|sheet|pagina|página|sida|sivu|strona|stránka|strana|oldal|sayfa)"
)
#: A cell that is nothing but a page number: "2 / 3", "2 of 3", "Pg 2", "S. 2", "- 2 -",
#: "[2]", or ends in one with its page word spelt out ("... - page 2").
_CELL = re.compile(
    rf"^(?:{_PAGE_WORD}\.?\s*)?(?P<page>\d{{1,4}})\s*{_OF}\.?\s*(?P<pages>\d{{1,4}})$"
    rf"|^[-\u2013\u2014(\[]\s*(?P<alone>\d{{1,4}})\s*[-\u2013\u2014)\]]$"
    rf"|^{_PAGE_WORD}\.?\s*(?P<last>\d{{1,4}})$"
    rf"|[\s,;\u2013\u2014-]{_PAGE_WORD_IN_FULL}\s*(?P<tail>\d{{1,4}})$",
    re.IGNORECASE,
)
#: Lines at the head and the foot of a page read for a bare page number.
_EDGE_LINES = 3
#: The most pages a bare "N / M" is taken to count (beyond, it is more likely a fraction).
_MAX_PAGES = 500
_CELL_GAP = re.compile(r"[ ]{2,}|\t")

#: At the foot of a page: the document runs on to the next page.
_RUNS_ON = re.compile(
    r"carried\s+(?:forward|over)|\bc/f\b|continued\s+(?:overleaf|over|on\s+(?:the\s+)?next\s+page)"
    r"|to\s+be\s+continued|(?:transfer|carry)\s+to\s+(?:the\s+)?next\s+page|übertrag|à\s+reporter"
    r"|suite\s+au\s+verso|(?:please\s+)?turn\s+over|^\W*p\.?\s?t\.?\s?o\b\.?\W*$|^\W*continued\W*$"
    r"|^\W*(?:fortsetzung|suite)\s+(?:auf|page|à\s+la\s+page)\b",
    re.IGNORECASE,
)
#: At the head of a page: it continues the document before it.
_CONTINUES = re.compile(
    r"\((?:continued|cont(?:'d|\.|inued)?|fortsetzung|forts\.|suite|continuación|continua"
    r"|continuazione|vervolg)\)|^\W*(?:continued|continuation|cont'd|fortsetzung)\b"
    r"|^\W*(?:brought\s+forward|carried\s+(?:forward|over)|balance\s+(?:b/f|brought\s+forward)"
    r"|b/f|übertrag|riporto|suma\s+anterior|saldo\s+anterior)\b",
    re.IGNORECASE,
)
#: A clock time, which a machine's stamp carries and a document's running header does not.
_CLOCK = re.compile(r"(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")
_DIGITS = re.compile(r"\d+")
#: Lines at the head and the foot of a page that may be a machine's stamp.
_STAMP_LINES = 2
#: How alike two pages' stamps read (OCR may misread a character or two).
_ALIKE = 0.85

#: Lines at the head and the foot read for those signs; a longer line is prose.
_SIGN_LINES = 4
_SIGN_CHARS = 80


def page_number(lines: list[str]) -> tuple[int, int | None] | None:
    """The page's number and the count of its document's pages (``None`` where only the
    number is printed), read from the page's non-blank ``lines``; the last one printed wins."""
    found = page_numbers(lines)
    return found[-1] if found else None


def page_numbers(lines: list[str]) -> list[tuple[int, int | None]]:
    """Every page number printed on the page (a line saying the document goes on to a page,
    "Suite page 2", names the next one, not this one): the bare ones at the head and the foot
    first, then those with their page word and count anywhere, so the last is the one a
    reader trusts most."""
    lines = [line for line in lines if not _RUNS_ON.search(line)]
    bare: list[tuple[int, int | None]] = []
    edges = [*range(len(lines))[:_EDGE_LINES], *range(len(lines))[-_EDGE_LINES:]]
    for line in (lines[at] for at in dict.fromkeys(edges)):
        cells = _CELL_GAP.split(line.strip())
        for index, cell in enumerate(cells):
            found = _CELL.search(cell.strip())
            if found is None:
                continue
            if cell.strip()[0].isdigit() and index < len(cells) - 1:
                continue  # "10/11  NETFLIX.COM  15.49": a row's date, not a page number
            if found["page"]:
                checked = _checked(int(found["page"]), int(found["pages"]))
                bare += [checked] if checked else []
                continue
            number = int(found["alone"] or found["last"] or found["tail"])
            if 0 < number <= _MAX_PAGES:
                bare.append((number, None))
    worded: list[tuple[int, int | None]] = []
    for line in lines:
        for match in _ANYWHERE.finditer(line):
            checked = _checked(int(match["page"]), int(match["pages"]))
            worded += [checked] if checked else []
    return [*(mark for mark in bare if mark not in worded), *worded]


def file_numbering(marks: list[list[tuple[int, int | None]]]) -> bool:
    """Whether the pages' numbers (``marks``, each page's :func:`page_numbers`, a blank page's
    none) count the file's pages as a document system stamps them ("Seite 3 von 7" on page 3
    of 7) beside numbers of the documents' own, so that they say nothing of where a document
    starts. A file numbered so and nothing else may be one document: it keeps its numbers."""
    count = len(marks)
    stamped = all(
        (position, count) in found for position, found in enumerate(marks, start=1) if found
    )
    own = any(mark != (position, count) for position, found in enumerate(marks, start=1)
              for mark in found)  # fmt: skip
    return stamped and own and sum(1 for found in marks if found) > 1


def _checked(page: int, pages: int) -> tuple[int, int] | None:
    return (page, pages) if 0 < page <= pages <= _MAX_PAGES else None


def runs_on(lines: list[str]) -> bool:
    """Whether the foot of the page (its last non-blank ``lines``) says the document goes on."""
    return any(_RUNS_ON.search(line) for line in lines[-_SIGN_LINES:] if len(line) <= _SIGN_CHARS)


def continues(lines: list[str]) -> bool:
    """Whether the head of the page (its first non-blank ``lines``) says it continues the
    document before it."""
    return any(
        _CONTINUES.search(cell.strip())
        for line in lines[:_SIGN_LINES]
        for cell in _CELL_GAP.split(line.strip())
    )


def stamped_lines(pages: list[list[str]]) -> frozenset[str]:
    """The lines a machine stamped on every page of the file (each page's non-blank
    ``lines``), as :func:`masked` gives them: a line telling a time at the head or the foot
    of every page that has text, alike on each but for its digits (and OCR's slips). Nothing
    for a single page."""
    edges = [
        [masked(line) for line in dict.fromkeys([*lines[:_STAMP_LINES], *lines[-_STAMP_LINES:]])
         if _CLOCK.search(line)]
        for lines in pages
        if lines
    ]  # fmt: skip
    if len(edges) < 2:  # a stamp repeats
        return frozenset()
    found: set[str] = set()
    for stamp in edges[0]:
        alike = [[line for line in page if _alike(line, stamp)] for page in edges[1:]]
        if all(alike):
            found.update([stamp, *(line for page in alike for line in page)])
    return frozenset(found)


def _alike(a: str, b: str) -> bool:
    return a == b or SequenceMatcher(None, a, b).ratio() >= _ALIKE


def masked(line: str) -> str:
    """``line`` with its spacing made single and each run of digits as "#"."""
    return _DIGITS.sub("#", " ".join(line.split()))


__all__ = [
    "continues", "file_numbering", "masked", "page_number", "page_numbers", "runs_on",
    "stamped_lines",
]  # fmt: skip
