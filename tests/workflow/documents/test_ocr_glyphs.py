"""Lookalike letters and digits in document numbers: read once, and as the page prints them."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from workflow.documents.ocr import read_with
from workflow.documents.ocr_glyphs import Glyph, undoubled
from workflow.documents.ocr_tesseract import TesseractEngine

#: A scanned page as the evaluation set's scanner draws one: monospace type 32 px high on
#: grey paper. Its document numbers mix letters and digits; its amounts, dates, quantities
#: and IBAN print the same glyphs as digits.
PAGE = (
    "INVOICE                      SITE OFFICE",
    "Invoice No: CI73316          Date: 14.10.2026",
    "Customer ID: T534757045      Order: PO727496",
    "Our ref: SI68740             Terms: 30 days",
    "TOTAL ITEMS 11 OF 11         IBAN DE44 1001 0010 0123 4567 89",
    "Item                 Qty        Price        Amount",
    "Office chairs        10         101.00     1,010.00",
    "Storage boxes        4          17.10         68.40",
    "SUBTOTAL                                  1,078.40",
    "TOTAL EUR                                 1,283.30",
    "POSITION IS TOTAL OF ITEMS ON SITE",
    "Batch: INV0042    Lot: L10017",
)


def _page() -> Image.Image:
    font = ImageFont.truetype("DejaVuSansMono.ttf", 32)
    image = Image.new("L", (1300, 80 + 52 * len(PAGE)), 246)
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(PAGE):
        draw.text((60, 40 + 52 * row), line, font=font, fill=20)
    return image


@pytest.fixture(scope="module")
def page_text() -> str:
    return read_with(TesseractEngine(("eng",)), _page()).text


class TestDocumentNumbers:
    def test_a_capital_i_read_twice_is_read_once(self, page_text: str) -> None:
        """Tesseract reads the I of CI73316 as '1I' (two symbols on one glyph)."""
        assert "CI73316" in page_text.split()

    def test_letters_the_page_prints_as_letters_stay_letters(self, page_text: str) -> None:
        """T read as 1, O as 0, I as 1: the page's own T, O and I settle them."""
        words = page_text.split()
        assert {"T534757045", "PO727496", "SI68740"} <= set(words)

    def test_numbers_keep_their_digits(self, page_text: str) -> None:
        for number in ("14.10.2026", "1,010.00", "101.00", "17.10", "1,078.40", "1,283.30"):
            assert number in page_text.split()
        assert "DE44 1001 0010 0123 4567 89" in page_text
        assert "TOTAL ITEMS 11 OF 11" in page_text
        assert {"INV0042", "L10017"} <= set(page_text.split())


class TestUndoubled:
    def test_two_symbols_on_one_glyph_that_offer_each_other_become_the_wider(self) -> None:
        one = Glyph("1", (925, 475, 936, 498), (("1", 94.2), ("I", 74.4)))
        eye = Glyph("I", (930, 475, 943, 498), (("I", 94.5), ("1", 61.4)))
        seven = Glyph("7", (948, 475, 963, 498), (("7", 94.2),))
        assert [g.text for g in undoubled([one, eye, seven])] == ["I", "7"]

    def test_neighbours_drawn_overlapping_that_are_not_alternatives_both_stay(self) -> None:
        """Tesseract sometimes draws a real glyph's box wide ('6' and '4' of '644')."""
        six = Glyph("6", (156, 254, 166, 282), (("6", 95.4), ("8", 0.0)))
        four = Glyph("4", (158, 258, 188, 273), (("4", 91.6), ("6", 0.0)))
        assert [g.text for g in undoubled([six, four])] == ["6", "4"]
