"""Ink the page's pass left unread is found, and only ink shaped like text."""

from __future__ import annotations

import numpy as np
import tesserocr
from PIL import Image, ImageDraw, ImageFont

from workflow.documents.ocr_leftovers import LeftoverReader, leftover_boxes
from workflow.documents.ocr_reread import NumberRereader, PageWord
from workflow.documents.ocr_tesseract import tessdata_dir


def table() -> tuple[Image.Image, list[PageWord]]:
    """Three rows 'Data migration   7   2,131.88' at ~300 dpi; the page's pass read every
    cell but the lone quantities (as Tesseract did on the evaluation set's photo)."""
    image = Image.new("L", (1200, 300), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("DejaVuSans.ttf", 40)
    words = []
    for row, (quantity, amount) in enumerate((("7", "2,131.88"), ("5", "848.55"), ("9", "17.50"))):
        y = 30 + row * 80
        draw.text((40, y), "Data migration", font=font, fill=0)
        draw.text((600, y), quantity, font=font, fill=0)
        draw.text((850, y), amount, font=font, fill=0)
        top, bottom = y + 8, y + 40
        words.append(PageWord("Data", (40, top, 130, bottom), 96.0, row))
        words.append(PageWord("migration", (150, top, 360, bottom + 10), 96.0, row))
        words.append(PageWord(amount, (850, top, 850 + 24 * len(amount), bottom + 6), 95.0, row))
    return image, words


def test_a_lone_cell_no_word_covers_is_found() -> None:
    image, words = table()
    ink = np.asarray(image) < 128
    boxes = leftover_boxes(ink, words)
    assert len(boxes) == 3
    assert all(x0 >= 595 for x0, _, _, _ in boxes)
    assert all(x1 <= 640 for _, _, x1, _ in boxes)


def test_specks_and_rules_are_not_text() -> None:
    image, words = table()
    draw = ImageDraw.Draw(image)
    draw.line((40, 280, 1150, 280), fill=0, width=3)  # a rule under the table
    for x in range(400, 560, 40):
        draw.point((x, 150), fill=0)  # specks
    ink = np.asarray(image) < 128
    boxes = leftover_boxes(ink, words)
    assert boxes  # the three lost cells, nothing else
    assert all(x0 >= 595 for x0, _, _, _ in boxes)
    assert all(x1 <= 640 for _, _, x1, _ in boxes)


def test_the_lost_cells_are_read() -> None:
    image, words = table()
    path = tessdata_dir()
    numbers = NumberRereader(tesserocr, path, "eng")
    found = LeftoverReader(tesserocr, path, "eng", numbers).read(image, image, words)
    assert sorted(w.text for w in found) == ["5", "7", "9"]
