"""Tesseract's page preparation: faint pages stretched, small sideways pages turned upright."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from testbed.evaluation.ocr_pages import DEV_SEED, ocr_page
from workflow.documents.ocr_tesseract import TesseractEngine, _stretched


def _page(ink: int, paper: int) -> Image.Image:
    pixels = np.full((200, 300), paper, dtype=np.uint8)
    pixels[50:60, 20:280] = ink  # a line of "text"
    return Image.fromarray(pixels)


def test_a_faint_page_is_stretched_to_black_on_white() -> None:
    stretched = np.asarray(_stretched(_page(ink=110, paper=210)))
    assert stretched.min() == 0
    assert stretched.max() == 255


def test_a_page_with_full_contrast_is_left_as_it_is() -> None:
    page = _page(ink=20, paper=250)
    assert _stretched(page) is page


def test_a_small_sideways_receipt_is_turned_upright() -> None:
    # Seed 17's page 13: a 150 dpi receipt turned sideways, which the orientation detector
    # has no answer for at its own size.
    page = ocr_page(DEV_SEED, 13)
    assert page.degradation == "sideways"
    image = Image.open(io.BytesIO(page.png))
    read = TesseractEngine(("eng",)).read(image)
    assert read.rotation in (90, 270)
    assert read.height > read.width
