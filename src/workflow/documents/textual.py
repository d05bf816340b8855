"""Extractors for documents that already are text: plain dialects, XML and HTML."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException

from docpipe.errors import CorruptDocument
from workflow.documents.encoding import DecodedText, decode_text
from workflow.documents.types import DocumentType, Extraction, ExtractionLimits, build_extraction


def extract_plain(data: bytes, doc_type: DocumentType, limits: ExtractionLimits) -> Extraction:
    """Decode the text; XML is reduced to its character data (parsed with entity expansion
    and DTDs forbidden, so an entity bomb cannot inflate it)."""
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
    parser = _VisibleText()
    parser.feed(decoded.text)
    parser.close()
    return build_extraction(
        [parser.text()], method="html", pages=1, limits=limits, warnings=_warnings(decoded)
    )


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
#: Void elements never get an end tag, so they must not open a hidden region.
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "wbr"})
_SPACES = re.compile(r"[ \f\v]+")
#: Table cells on one line are kept apart by two spaces (a single space would fuse
#: neighbouring cells, e.g. two signatories' names, into one phrase).
_CELL_GAP = re.compile(r"\s*\t[\s\t]*")


class _VisibleText(HTMLParser):
    """Collects the text a browser would show, with block elements on their own lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._chunks: list[str] = []
        self._hidden_depth = 0
        self._title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in _HIDDEN and tag not in _VOID:
            self._hidden_depth += 1
        if tag in _BLOCKS:
            self._chunks.append("\n")
        elif tag in ("td", "th"):
            self._chunks.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _HIDDEN and self._hidden_depth:
            self._hidden_depth -= 1
        if tag in _BLOCKS:
            self._chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
        elif not self._hidden_depth:
            self._chunks.append(data)

    def text(self) -> str:
        body = "".join(self._chunks)
        lines = [_CELL_GAP.sub("  ", _SPACES.sub(" ", line)).strip() for line in body.split("\n")]
        title = " ".join("".join(self._title).split())
        content = "\n".join(lines)
        return f"{title}\n\n{content}" if title and title not in content else content
