"""Extractors for documents that already are text: plain dialects, XML and HTML."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException

from docpipe.errors import CorruptDocument
from workflow.documents.encoding import DecodedText, decode_text
from workflow.documents.mail import mail_text
from workflow.documents.stacked import MAX_STACK_LINES, side_by_side
from workflow.documents.types import DocumentType, Extraction, ExtractionLimits, build_extraction


def extract_plain(data: bytes, doc_type: DocumentType, limits: ExtractionLimits) -> Extraction:
    """Decode the text; XML is reduced to its character data (parsed with entity expansion
    and DTDs forbidden, so an entity bomb cannot inflate it)."""
    if doc_type.media_type == "text/plain":
        mail = mail_text(data, visible_text)
        if mail is not None:  # an e-mail saved as a file: the text a mail program shows
            return build_extraction([mail], method="text", pages=1, limits=limits)
    decoded = _decode(data)
    warnings = _warnings(decoded)
    text = decoded.text
    if doc_type.media_type == "application/xml":
        try:
            root = SafeElementTree.fromstring(text)
        except (ParseError, DefusedXmlException) as exc:
            warnings = (*warnings, f"XML not parsed ({exc}); kept as raw text")
        else:
            text = "\n".join(chunk.strip() for chunk in root.itertext() if chunk.strip())
    return build_extraction([text], method="text", pages=1, limits=limits, warnings=warnings)


def extract_html(data: bytes, doc_type: DocumentType, limits: ExtractionLimits) -> Extraction:
    """Visible text of an HTML page: scripts, styles and markup dropped, blocks on new lines."""
    decoded = _decode(data)
    return build_extraction(
        [visible_text(decoded.text)],
        method="html",
        pages=1,
        limits=limits,
        warnings=_warnings(decoded),
    )


def visible_text(page: str) -> str:
    """The text a browser shows of the HTML ``page``."""
    parser = _VisibleText()
    parser.feed(page)
    parser.close()
    return parser.text()


def _decode(data: bytes) -> DecodedText:
    decoded = decode_text(data)
    if decoded is None:
        raise CorruptDocument("text document contains binary data")
    return decoded


def _warnings(decoded: DecodedText) -> tuple[str, ...]:
    return (decoded.warning,) if decoded.warning else ()


#: Elements whose content is never shown to a reader.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "head"})
#: Elements that start a new line of text.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul", "title",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th", "tr", "table"})
#: Blocks a browser draws with no margin: where one ends and the next begins (a card's label
#: and value in divs of their own) is one line break, not a blank line; unless they stand in
#: a flex or grid box, side by side, where the blank line keeps their columns apart.
_TIGHT = frozenset(
    {"div", "dt", "dd", "li", "section", "article", "header", "footer", "main", "nav", "aside"}
)
_SIDE_BY_SIDE = re.compile(r"display\s*:\s*(?:inline-)?(?:flex|grid)", re.I)
#: Void elements never get an end tag, so they must not open a hidden region.
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "wbr"})
_SPACES = re.compile(r"[ \f\v]+")
#: Table cells on one line are kept apart by two spaces (a single space would fuse
#: neighbouring cells, e.g. two signatories' names, into one phrase).
_CELL_GAP = re.compile(r"\s*\t[\s\t]*")
#: Most lines and characters of a cell whose lines are one value (a product and its
#: options, a two-line header, an address); more is a layout cell holding a page's text.
_MAX_CELL_LINES = 6
_MAX_CELL_CHARS = 300
#: Where a cell's lines meet until its row is laid out: joined by a space (a value's lines),
#: or kept (a layout cell's), unless two or more cells of the row hold several lines.
_JOINED, _KEPT = "\x1f", "\x1e"
#: Between two inline elements with nothing between them whose first ends a word or a label
#: ("<span>Invoice date</span><span>15/01/2026</span>", set apart by the page's CSS): a gap,
#: as between a label's cell and its value's, where the markup alone would glue them.
_INLINE_GAP = "\x1d"
_ENDS_A_LABEL = re.compile(r"[^\W\d_]|[:.)]$")
_CELL_LINES = re.compile(f"[{_JOINED}{_KEPT}]")


#: A box laid out as a row: its children stand side by side (CSS flex or grid, not a column).
_COLUMN_STYLE = re.compile(r"flex-direction\s*:\s*column", re.IGNORECASE)
#: A class's rule in a page's style sheet: ".head { display: flex; ... }".
_CLASS_RULE = re.compile(r"\.(?P<name>[\w-]+)\s*(?:,[^{]*)?\{(?P<body>[^}]*)\}")
#: Elements never read as a row of boxes (tables have rows of their own).
_NOT_BOXES = frozenset({"table", "tr", "td", "th", "thead", "tbody", "tfoot", "span", "a", "b",
                        "i", "strong", "em", "br", "img", "font"})  # fmt: skip


def _row_classes(sheet: str) -> set[str]:
    """The classes a style sheet lays out as rows (``display: flex`` or ``grid``)."""
    return {
        m.group("name")
        for m in _CLASS_RULE.finditer(sheet)
        if _SIDE_BY_SIDE.search(m.group("body")) and not _COLUMN_STYLE.search(m.group("body"))
    }


def _stacked_rows(body: str) -> str:
    """Each table row whose cells stand side by side as columns of lines (a label column
    beside its values, Bill To beside Ship To) as one line per line of its cells
    (:mod:`workflow.documents.stacked`); every other cell's lines joined or kept as before."""
    out: list[str] = []
    for line in body.split("\n"):
        if not _CELL_LINES.search(line):
            out.append(line)
            continue
        cells = [
            [part for part in _CELL_LINES.split(cell) if part.strip()] or [""]
            for cell in line.split("\t")
        ]
        stacked = side_by_side(cells)
        if stacked:
            out.extend("\t".join(row) for row in stacked)
        else:
            out.append(line.replace(_JOINED, " ").replace(_KEPT, "\n"))
    return "\n".join(out)


class _VisibleText(HTMLParser):
    """Collects the text a browser would show, with block elements on their own lines.

    A table row stays on one line, its cells a tab apart, when each cell is a short piece of
    text: a line break or paragraph inside such a cell (a header's "Unit<br>price", a product
    and its "Colour: black" under it) joins the cell's lines with a space. A cell holding a
    table of its own, or more text than a table cell's value (the one cell an e-mail's layout
    table wraps around the whole message), keeps its lines.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._chunks: list[str] = []
        self._hidden_depth = 0
        self._title: list[str] = []
        self._in_title = False
        #: Tables open around the text.
        self._tables = 0
        #: Cells open around the text, innermost last: the table depth each was opened at,
        #: whether it holds a table, and the text written into it so far.
        self._cells: list[tuple[int, list[bool], list[str]]] = []
        #: An inline element just ended and another began, nothing written between them.
        self._inline_meet = False
        self._inline_ended = False
        #: The margin-less blocks open around the text: whether each lays its children out
        #: side by side (CSS flex or grid).
        self._boxes: list[bool] = []
        #: Open elements that matter to boxes: tag, and "row" (a flex or grid box, read as a
        #: table's row), "cell" (a child of such a box, read as its cell) or "".
        self._open: list[tuple[str, str]] = []
        self._sheet: list[str] = []
        self._sheet_read = 0
        self._sheet_rows: set[str] = set()
        self._in_style = False

    def _is_row(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """Whether the element lays its children out side by side (inline style or class)."""
        if tag in _NOT_BOXES:
            return False
        values = dict(attrs)
        style = values.get("style") or ""
        if _SIDE_BY_SIDE.search(style):
            return not _COLUMN_STYLE.search(style)
        classes = (values.get("class") or "").split()
        return bool(classes) and bool(self._row_classes() & set(classes))

    def _row_classes(self) -> set[str]:
        """:func:`_row_classes` of the style sheets read so far, read again only when they grew."""
        if self._sheet_read != len(self._sheet):
            self._sheet_read = len(self._sheet)
            self._sheet_rows = _row_classes("".join(self._sheet))
        return self._sheet_rows

    def _open_box(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A flex or grid box is read as a table's row, each child as one of its cells."""
        if tag in _VOID:
            return
        kind = ""
        if self._open and self._open[-1][1] == "row" and tag not in _NOT_BOXES:
            self._close_cells()
            self._cells.append((self._tables, [False, True], []))
            kind = "cell"
        if self._is_row(tag, attrs):
            if self._cells:
                self._cells[-1][1][0] = True  # a cell holding a row of its own keeps its lines
            self._tables += 1
            self._write("\n")
            kind = "row"
        self._open.append((tag, kind))

    def _close_box(self, tag: str) -> str:
        """Closes ``tag`` (and what is left open inside it); what it was: "row", "cell", ""."""
        if not any(open_tag == tag for open_tag, _ in self._open):
            return ""
        while self._open:
            open_tag, kind = self._open.pop()
            if kind == "row":
                self._close_cells()
                self._tables = max(0, self._tables - 1)
                self._write("\n")
            elif kind == "cell":
                self._close_cells()
            if open_tag == tag:
                return kind
        return ""

    def _write(self, chunk: str) -> None:
        (self._cells[-1][2] if self._cells else self._chunks).append(chunk)

    def _close_cells(self) -> None:
        """Every cell open in the current table (an omitted ``</td>`` closes at the next
        cell, row or the table's end)."""
        while self._cells and self._cells[-1][0] >= self._tables:
            _, nested, parts = self._cells.pop()
            text = "".join(parts)
            lines = [line for line in text.split("\n") if line.strip()]
            boxed = len(nested) > 1  # a box's child: a block of lines, not one value
            short = len(lines) <= _MAX_CELL_LINES and len(text) <= _MAX_CELL_CHARS
            if not nested[0] and short and not boxed:
                text = _JOINED.join(lines)  # one value, unless its row stacks columns
            elif not nested[0] and len(lines) <= MAX_STACK_LINES:
                text = text.replace("\n", _KEPT)  # a layout cell, unless its row stacks
            self._write("\t" + text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._inline_meet = self._inline_ended and tag not in _BLOCKS and tag not in _CELLS
        self._inline_ended = False
        if tag == "title":
            self._in_title = True
        elif tag in _HIDDEN and tag not in _VOID:
            self._hidden_depth += 1
            self._in_style = tag == "style"
        if not self._hidden_depth:
            self._open_box(tag, attrs)
        if tag in ("td", "th"):
            self._close_cells()
            self._cells.append((self._tables, [False], []))
            return
        if tag == "table":
            if self._cells:
                self._cells[-1][1][0] = True
            self._tables += 1
        elif tag == "tr":
            self._close_cells()
        if tag in _BLOCKS:
            self._break(tag)
        if tag in _TIGHT:
            self._boxes.append(bool(_SIDE_BY_SIDE.search(dict(attrs).get("style") or "")))

    def _break(self, tag: str) -> None:
        """A new line, unless a margin-less block meets a line just broken in a box that
        stacks its children."""
        parts = self._cells[-1][2] if self._cells else self._chunks
        last = next((part for part in reversed(parts) if part), "\n")
        stacked = not (self._boxes and self._boxes[-1])
        if tag not in _TIGHT or not last.endswith("\n") or not stacked:
            self._write("\n")

    def handle_endtag(self, tag: str) -> None:
        self._inline_ended = tag not in _BLOCKS and tag not in _CELLS and tag not in _HIDDEN
        self._inline_meet = False
        if tag == "title":
            self._in_title = False
        elif tag in _HIDDEN and self._hidden_depth:
            self._hidden_depth -= 1
            self._in_style = False
        box = self._close_box(tag) if not self._hidden_depth else ""
        if tag in ("td", "th", "tr", "table"):
            self._close_cells()
        if tag == "table" and self._tables:
            self._tables -= 1
        if tag in _TIGHT and self._boxes:
            self._boxes.pop()
        if tag in _BLOCKS and tag != "tr" and box != "cell":  # rows follow each other line by line
            self._break(tag)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
        elif self._in_style:
            self._sheet.append(data)
        elif not self._hidden_depth:
            if self._inline_meet and data[:1].strip() and self._ends_a_label():
                self._write(_INLINE_GAP)
            self._write(data)
        self._inline_meet = self._inline_ended = False

    def _ends_a_label(self) -> bool:
        """Whether the text written last ends with a letter or a label's colon."""
        parts = self._cells[-1][2] if self._cells else self._chunks
        last = next((part for part in reversed(parts) if part), "")
        return bool(_ENDS_A_LABEL.search(last[-1:]))

    def text(self) -> str:
        self._tables = 0
        self._close_cells()  # a page cut off inside a table
        body = _stacked_rows("".join(self._chunks)).replace(_INLINE_GAP, "\t")
        lines = [_CELL_GAP.sub("  ", _SPACES.sub(" ", line)).strip() for line in body.split("\n")]
        title = " ".join("".join(self._title).split())
        content = "\n".join(lines)
        return f"{title}\n\n{content}" if title and title not in content else content
