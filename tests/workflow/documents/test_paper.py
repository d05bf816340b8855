"""A photographed page made flat: the sheet found and warped square, its light evened out."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from workflow.documents.ocr import read_with
from workflow.documents.ocr_tesseract import TesseractEngine
from workflow.documents.paper import evened, paper_corners, perspective_coefficients, unwarped

LINES = ("Invoice INV-2027-0042", "Date 14.03.2027", "Total EUR 15,230.75", "IBAN DE44 5001 0517")


def sheet(width: int = 900, height: int = 1200) -> Image.Image:
    """A white sheet with a few lines of numbers, 9-point type at ~150 dpi x 2."""
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("DejaVuSans.ttf", 34)
    for index, line in enumerate(LINES):
        draw.text((90, 120 + index * 70), line, font=font, fill=0)
    return image


def photographed(page: Image.Image, corners: list[tuple[float, float]]) -> Image.Image:
    """``page`` seen at an angle on a dark desk (its corners land on ``corners``), lit from
    the left: brightness falls to 55% on the right."""
    width, height = round(page.width * 1.15), round(page.height * 1.15)
    source = ((0.0, 0.0), (page.width, 0.0), (page.width, page.height), (0.0, page.height))
    coefficients = perspective_coefficients(tuple(corners), source)
    white = Image.new("L", page.size, 255)
    seen = page.transform((width, height), Image.Transform.PERSPECTIVE, coefficients, fillcolor=0)
    mask = white.transform((width, height), Image.Transform.PERSPECTIVE, coefficients)
    desk = Image.new("L", (width, height), 60)
    desk.paste(seen, (0, 0), mask)
    light = np.linspace(1.0, 0.55, width, dtype=np.float32)[None, :]
    return Image.fromarray((np.asarray(desk, dtype=np.float32) * light).astype(np.uint8))


CORNERS = [(70.0, 95.0), (985.0, 50.0), (1010.0, 1330.0), (40.0, 1290.0)]


class TestOutline:
    def test_the_sheets_corners_are_found(self) -> None:
        found = paper_corners(photographed(sheet(), CORNERS))
        assert found is not None
        for (x, y), (want_x, want_y) in zip(found, CORNERS, strict=True):
            assert abs(x - want_x) < 12
            assert abs(y - want_y) < 12

    def test_a_warped_sheet_comes_back_rectangular(self) -> None:
        flat = evened(unwarped(photographed(sheet(), CORNERS)))
        assert flat.width < flat.height
        assert abs(flat.width / flat.height - 900 / 1200) < 0.03
        pixels = np.asarray(flat, dtype=np.float64)
        edge = max(3, flat.width // 100)
        # Paper at every border (no desk left) and at both sides of the light's fall-off.
        for strip in (pixels[:edge], pixels[-edge:], pixels[:, :edge], pixels[:, -edge:]):
            assert float(np.median(strip)) > 200
        assert (
            abs(
                float(np.median(pixels[:, : flat.width // 4]))
                - np.median(pixels[:, -flat.width // 4 :])
            )
            < 15
        )

    @pytest.mark.slow
    def test_a_photographed_sheet_reads_its_numbers(self) -> None:
        read = read_with(TesseractEngine(("eng",)), photographed(sheet(), CORNERS))
        assert read.text.splitlines() == list(LINES)

    def test_a_scan_is_left_as_it_is(self) -> None:
        page = sheet()
        assert paper_corners(page) is None
        assert unwarped(page) is page
        assert evened(page) is page

    def test_a_sheet_square_to_the_camera_is_not_resampled(self) -> None:
        square = [(60.0, 60.0), (960.0, 60.0), (960.0, 1260.0), (60.0, 1260.0)]
        picture = photographed(sheet(), square)
        assert unwarped(picture) is picture

    def test_a_sheet_cut_off_by_the_picture_is_left_as_it_is(self) -> None:
        """An edge running along the picture's border is no outline to trust."""
        picture = photographed(sheet(), CORNERS).crop((100, 0, 1000, 1300))
        assert unwarped(picture) is picture


class TestLight:
    def test_a_dark_block_is_not_washed_out(self) -> None:
        """The light is a smooth surface: a black banner stays black."""
        page = sheet()
        ImageDraw.Draw(page).rectangle((0, 900, 900, 1100), fill=0)
        light = np.linspace(1.0, 0.55, page.width, dtype=np.float32)[None, :]
        lit = Image.fromarray((np.asarray(page, dtype=np.float32) * light).astype(np.uint8))
        flat = np.asarray(evened(lit))
        assert float(flat[950:1050].mean()) < 30
        assert float(np.median(flat[:800, -100:])) > 230
