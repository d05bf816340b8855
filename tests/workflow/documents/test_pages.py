"""Joining per-page OCR results into one extraction (no OCR here: the pages are given)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from docpipe.errors import CorruptDocument, UnsupportedDocument
from workflow.documents.pages import MAX_NAMED_FAILURES, PageText, join_pages, mean_confidence
from workflow.documents.types import ExtractionLimits

LIMITS = ExtractionLimits(max_pages=2000, max_text_chars=10_000)


def pages(*texts: str | None) -> list[PageText]:
    """Pages numbered from 1; ``None`` is a page that could not be read."""
    return [
        PageText(page=n, error="OSError: broken")
        if text is None
        else PageText(page=n, text=text, confidence=0.9)
        for n, text in enumerate(texts, start=1)
    ]


class TestJoinPages:
    def test_text_keeps_page_order(self) -> None:
        """Pages are joined in order, with their stats and confidence."""
        extraction = join_pages(pages("one", "two", "three"), total_pages=3, limits=LIMITS)
        assert extraction.text == "one\n\ntwo\n\nthree"
        assert extraction.stats()["failedPages"] == []
        assert extraction.stats()["confidence"] == 0.9
        assert extraction.pages == 3

    def test_a_page_out_of_order_is_refused(self) -> None:
        """Results arriving out of page order are a bug, never silently reordered text."""
        shuffled = [PageText(page=2, text="b"), PageText(page=1, text="a")]
        with pytest.raises(ValueError, match="page 2 arrived where page 1 was due"):
            join_pages(shuffled, total_pages=2, limits=LIMITS)

    def test_unreadable_pages_are_listed_and_named(self) -> None:
        """A page that could not be read is skipped, listed and named in a warning."""
        extraction = join_pages(pages("a", None, "c"), total_pages=3, limits=LIMITS)
        assert extraction.text == "a\n\nc"
        assert extraction.failed_pages == (2,)
        assert "page 2 could not be read: OSError: broken" in extraction.warnings

    def test_many_unreadable_pages_are_summarised(self) -> None:
        """Past the first few, unreadable pages are counted, not each named."""
        texts: list[str | None] = ["ok", *([None] * (MAX_NAMED_FAILURES + 5))]
        extraction = join_pages(pages(*texts), total_pages=len(texts), limits=LIMITS)
        named = [w for w in extraction.warnings if "could not be read" in w]
        assert len(named) == MAX_NAMED_FAILURES + 1
        assert named[-1] == "5 more pages could not be read"
        assert len(extraction.failed_pages) == MAX_NAMED_FAILURES + 5

    def test_no_readable_page_is_a_corrupt_document(self) -> None:
        """When every page failed the document fails, naming the first page."""
        with pytest.raises(CorruptDocument, match="page 1 could not be read"):
            join_pages(pages(None, None), total_pages=2, limits=LIMITS)

    def test_no_text_anywhere_is_unsupported(self) -> None:
        """Readable pages with no text at all: nothing to analyse."""
        with pytest.raises(UnsupportedDocument, match="OCR found no text"):
            join_pages(pages("", " "), total_pages=2, limits=LIMITS)

    def test_reading_stops_past_the_text_limit(self) -> None:
        """Pages after the text limit are not consumed, and the cut is flagged."""
        consumed: list[int] = []

        def stream() -> list[PageText]:
            return [PageText(page=n, text="x" * 6_000) for n in range(1, 6)]

        def tracked() -> Iterator[PageText]:
            for page in stream():
                consumed.append(page.page)
                yield page

        extraction = join_pages(tracked(), total_pages=5, limits=LIMITS)
        assert extraction.truncated
        assert extraction.chars == LIMITS.max_text_chars
        assert consumed == [1, 2, 3]


class TestPageText:
    def test_round_trips_through_json_shape(self) -> None:
        """What a range stores in the results bucket reads back as the same page."""
        page = PageText(page=7, text="hello", confidence=0.8125, error=None)
        assert PageText.from_dict(page.to_dict()) == page
        broken = PageText(page=8, error="OSError: x")
        assert PageText.from_dict(broken.to_dict()) == broken

    def test_mean_confidence_leaves_out_pages_without_text(self) -> None:
        """Pages with no confidence do not drag the mean down."""
        assert mean_confidence([PageText(1, "a", 0.8), PageText(2, "", None)]) == 0.8
        assert mean_confidence([]) is None
