"""Tesseract's page preparation: faint pages stretched, small sideways pages turned upright."""

from __future__ import annotations

import io

import numpy as np
import pytest
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


def test_an_upright_page_the_detector_turns_over_is_read_as_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The orientation detector sometimes turns a short upright slip upside down, sure of
    itself; the page read that way is gibberish, so it is read as given too and the surer
    reading kept."""
    page = ocr_page(DEV_SEED, 10)
    assert page.degradation == "clean"
    engine = TesseractEngine(("eng",))
    monkeypatch.setattr(engine, "_orientation", lambda image: (180, "Latin"))
    read = engine.read(Image.open(io.BytesIO(page.png)))
    assert read.rotation == 0
    assert sum(word.confidence or 0 for word in read.words) / len(read.words) > 0.8


def test_an_upside_down_page_is_still_turned_over() -> None:
    page = ocr_page(DEV_SEED, 2)
    assert page.degradation == "upside-down"
    read = TesseractEngine(("eng",)).read(Image.open(io.BytesIO(page.png)))
    assert read.rotation == 180
