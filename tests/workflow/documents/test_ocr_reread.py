"""Numbers Tesseract was unsure of are read again on their own, and only numbers."""

from __future__ import annotations

import pytest
import tesserocr
from PIL import Image, ImageDraw, ImageFont

from workflow.documents.ocr_reread import NumberRereader, PageWord
from workflow.documents.ocr_tesseract import tessdata_dir


@pytest.fixture(scope="module")
def rereader() -> NumberRereader:
    return NumberRereader(tesserocr, tessdata_dir(), "eng")


def line_image() -> Image.Image:
    """'Total 14046.53' in monospace at ~300 dpi: 'Total' at x 40-160, the amount 208-401."""
    image = Image.new("L", (700, 90), 255)
    font = ImageFont.truetype("DejaVuSansMono.ttf", 40)
    ImageDraw.Draw(image).text((40, 20), "Total  14046.53", font=font, fill=0)
    return image


def test_an_unsure_split_number_is_read_whole(rereader: NumberRereader) -> None:
    words = [
        PageWord("Total", (40, 28, 160, 60), 96.0, 0),
        PageWord("14046", (208, 28, 329, 58), 9.0, 0),
        PageWord(".53", (343, 28, 401, 58), 9.0, 0),
    ]
    again = rereader.reread(line_image(), words)
    assert [w.text for w in again] == ["Total", "14046.53"]
    assert again[1].confidence > 80
    assert again[1].box[0] >= 200  # on the page, not on the crop


def test_sure_numbers_and_words_with_letters_stay_as_read(rereader: NumberRereader) -> None:
    words = [
        PageWord("Tota1", (40, 28, 160, 60), 20.0, 0),  # letters: never through the digit reader
        PageWord("14046.53", (232, 28, 425, 60), 95.0, 0),
    ]
    assert rereader.reread(line_image(), words) == words


def test_a_second_reading_that_drops_characters_is_not_taken(rereader: NumberRereader) -> None:
    """A blank crop reads as nothing: the first reading stays."""
    blank = Image.new("L", (700, 90), 255)
    words = [PageWord("-2024-9480", (232, 28, 425, 60), 30.0, 0)]
    assert rereader.reread(blank, words) == words


def cells_image() -> Image.Image:
    """'Security audit      11      2,498.40' at ~150 dpi (small type)."""
    image = Image.new("L", (700, 40), 255)
    font = ImageFont.truetype("DejaVuSans.ttf", 18)
    draw = ImageDraw.Draw(image)
    draw.text((20, 10), "Security audit", font=font, fill=0)
    draw.text((300, 10), "11", font=font, fill=0)
    draw.text((450, 10), "2,498.40", font=font, fill=0)
    return image


def test_a_lone_cell_of_lookalike_letters_is_read_as_digits(rereader: NumberRereader) -> None:
    """'11' alone in its column, read as 'i', goes through the digit reader."""
    words = [
        PageWord("Security", (20, 14, 100, 32), 96.0, 0),
        PageWord("audit", (108, 14, 150, 28), 96.0, 0),
        PageWord("i", (300, 14, 308, 28), 69.0, 0),
        PageWord("2,498.40", (450, 14, 540, 30), 96.0, 0),
    ]
    again = rereader.reread(cells_image(), words)
    assert [w.text for w in again] == ["Security", "audit", "11", "2,498.40"]


def test_a_lookalike_word_in_prose_stays_a_word(rereader: NumberRereader) -> None:
    """'I' a space away from its neighbours is a word of the sentence, however unsure."""
    words = [
        PageWord("Security", (20, 14, 100, 32), 96.0, 0),
        PageWord("I", (106, 14, 110, 28), 40.0, 0),
        PageWord("audit", (116, 14, 150, 28), 96.0, 0),
    ]
    assert rereader.reread(cells_image(), words) == words


def test_neighbours_out_of_order_leave_the_number_whole(rereader: NumberRereader) -> None:
    """On a skewed or photographed line OCR may give a line's words out of left-to-right
    order: the crop still holds the whole number (it was cut inverted, and the whole page's
    reading failed)."""
    words = [
        PageWord("EUR", (410, 28, 470, 58), 96.0, 0),  # printed after the amount
        PageWord("14046", (208, 28, 329, 58), 9.0, 0),
        PageWord(".53", (343, 28, 401, 58), 9.0, 0),
        PageWord("Total", (40, 28, 160, 60), 96.0, 0),  # printed before it
    ]
    again = rereader.reread(line_image(), words)
    assert [w.text for w in again] == ["EUR", "14046.53", "Total"]
