"""Packets of text-layer pages split into sections, as page ranges and types (the section
tests)."""

from __future__ import annotations

from collections.abc import Sequence

from docpipe.layout import Layout, PageLayout
from workflow.analyzers.offline import OfflineAnalyzer
from workflow.analyzers.paging import PagedText
from workflow.analyzers.sections import split_sections


def ranges(pages: Sequence[Sequence[str]]) -> list[list[int]]:
    """The sections of text-layer pages (cells two spaces apart) as page ranges."""
    texts, layouts, offset = [], [], 0
    for number, lines in enumerate(pages, start=1):
        text = "\n".join(lines)
        layouts.append(PageLayout(number, 595, 842, offset, offset + len(text), ()))
        texts.append(text)
        offset += len(text) + 2
    paged = PagedText.read("\n\n".join(texts), Layout(tuple(layouts)), lambda t: t, 10**6)
    return [[run[0].page, run[-1].page] for run in split_sections(paged)]


def kinds(pages: Sequence[Sequence[str]]) -> list[tuple[str, list[int]]]:
    """The documents the offline analyzer finds in text-layer pages: each one's type and
    page range (the whole file's type when it holds one)."""
    texts, layouts, offset = [], [], 0
    for number, lines in enumerate(pages, start=1):
        text = "\n".join(lines)
        layouts.append(PageLayout(number, 595, 842, offset, offset + len(text), ()))
        texts.append(text)
        offset += len(text) + 2
    analysis = OfflineAnalyzer().analyze(
        "\n\n".join(texts), media_type="application/pdf", filename="packet.pdf",
        layout=Layout(tuple(layouts)),
    )  # fmt: skip
    found = analysis.get("sections") or [
        {"documentType": analysis["documentType"], "pages": [1, len(pages)]}
    ]
    return [(section["documentType"], section["pages"]) for section in found]
