"""Packets of text-layer pages split into sections, as page ranges and types (the section
tests)."""

from __future__ import annotations

from collections.abc import Sequence

from docpipe.layout import Layout, PageLayout
from workflow.analyzers.offline import OfflineAnalyzer
from workflow.analyzers.paging import PagedText
from workflow.analyzers.sections import split_sections


def text_layer(pages: Sequence[Sequence[str]]) -> tuple[str, Layout]:
    """The text and layout of text-layer pages (cells two spaces apart, as the extractor lays
    them out), on A4 pages with no word boxes."""
    texts, layouts, offset = [], [], 0
    for number, lines in enumerate(pages, start=1):
        text = "\n".join(lines)
        layouts.append(PageLayout(number, 595, 842, offset, offset + len(text), ()))
        texts.append(text)
        offset += len(text) + 2
    return "\n\n".join(texts), Layout(tuple(layouts))


def ranges(pages: Sequence[Sequence[str]]) -> list[list[int]]:
    """The sections of text-layer pages (cells two spaces apart) as page ranges."""
    paged = PagedText.read(*text_layer(pages), lambda t: t, 10**6)
    return [[run[0].page, run[-1].page] for run in split_sections(paged)]


def kinds(pages: Sequence[Sequence[str]]) -> list[tuple[str, list[int]]]:
    """The documents the offline analyzer finds in text-layer pages: each one's type and
    page range (the whole file's type when it holds one)."""
    text, layout = text_layer(pages)
    analysis = OfflineAnalyzer().analyze(
        text, media_type="application/pdf", filename="packet.pdf", layout=layout
    )
    found = analysis.get("sections") or [
        {"documentType": analysis["documentType"], "pages": [1, len(pages)]}
    ]
    return [(section["documentType"], section["pages"]) for section in found]
