"""The text an analyzer reads, with where each page's part of it lies.

The analyzer tidies the extraction's text before reading it (compatibility forms folded,
Markdown decoration removed), which moves offsets; the layout's ``text_start``/``text_end``
count in the extraction's text. Tidying each page's slice on its own and joining the results
keeps a page map for the tidied text, so a match anywhere maps back to its page and, where the
format has geometry, to that page's words.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field

from docpipe.layout import Layout, PageLayout


@dataclass(frozen=True, slots=True)
class PageSpan:
    """One page's part of the analysed text: ``text[start:end]``, and its words if any."""

    page: int
    start: int
    end: int
    layout: PageLayout | None = None


@dataclass(frozen=True, slots=True)
class PagedText:
    """The analysed text and its pages, in order (one page, no geometry, without a layout)."""

    text: str
    pages: tuple[PageSpan, ...]
    _starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._starts.extend(span.start for span in self.pages)

    @classmethod
    def read(
        cls, text: str, layout: Layout | None, tidy: Callable[[str], str], limit: int
    ) -> PagedText:
        """``text`` (cut at ``limit``) tidied page by page with ``tidy``."""
        whole = len(text) <= limit
        text = text[:limit]
        # Pages past the cut are not read; an empty last page of a file read whole is kept.
        pages = [
            p
            for p in (layout.pages if layout else ())
            if p.text_start < len(text) or (whole and p.text_start == len(text))
        ]
        if not pages:
            tidied = tidy(text)
            return cls(tidied, (PageSpan(1, 0, len(tidied)),))
        parts: list[str] = []
        spans: list[PageSpan] = []
        size = 0
        cursor = 0
        for page in pages:
            start, end = max(cursor, page.text_start), min(len(text), page.text_end)
            if start > cursor:  # what lies between pages (the joining blank line)
                between = tidy(text[cursor:start])
                parts.append(between)
                size += len(between)
            body = tidy(text[start:end]) if end > start else ""
            spans.append(PageSpan(page.page, size, size + len(body), page))
            parts.append(body)
            size += len(body)
            cursor = max(cursor, end)
        if cursor < len(text):
            parts.append(tidy(text[cursor:]))
        return cls("".join(parts), tuple(spans))

    def span_at(self, offset: int) -> PageSpan:
        """The page whose part of the text holds ``offset`` (the nearest before it)."""
        index = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self.pages[index]

    def page_text(self, span: PageSpan) -> str:
        return self.text[span.start : span.end]

    @property
    def has_geometry(self) -> bool:
        return any(span.layout is not None and span.layout.words for span in self.pages)


__all__ = ["PageSpan", "PagedText"]
