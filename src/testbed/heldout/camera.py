"""Held-out pages on paper: drawn at 150 dpi in a sans-serif face, then either *scanned*
(grey paper, a slight skew, speckle) or *photographed* (tilted by a few degrees on a darker
desk, uneven light, soft focus, JPEG). Boxes follow the page through every transform, so
they are where the value is in the picture OCR reads."""

from __future__ import annotations

import io
import math
import random
from typing import Any

from testbed.evaluation.truth import Box, Evidence, spans
from testbed.heldout.layout import set_lines
from testbed.heldout.sheet import Sheet

_DPI = 150
_SCALE = _DPI / 72
_PAGE = (1240, 1754)
_MARGIN_X, _MARGIN_Y = 56 * _SCALE, 64 * _SCALE
_FACES = {
    False: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    True: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}


def _font(size: float, bold: bool) -> Any:
    from PIL import ImageFont  # noqa: PLC0415

    return ImageFont.truetype(_FACES[bold], max(8, round(size * _SCALE * 0.92)))


def _measure(text: str, size: float, bold: bool) -> float:
    return float(_font(size, bold).getlength(text)) / _SCALE


def draw_pages(sheet: Sheet) -> list[tuple[Any, dict[str, tuple[int, Box]]]]:
    """Each page of ``sheet`` as a clean greyscale image and the pixel boxes of its marks
    (overflowing pages run on to a new image)."""
    from PIL import Image, ImageDraw  # noqa: PLC0415

    pages: list[tuple[Any, dict[str, tuple[int, Box]]]] = []
    for elements in sheet.pages:
        image = Image.new("L", _PAGE, 250)
        boxes: dict[str, tuple[int, Box]] = {}
        y = _MARGIN_Y
        for line in set_lines(elements, _measure):
            height = line.size * 1.45 * _SCALE
            if y + height > _PAGE[1] - _MARGIN_Y:
                pages.append((image, boxes))
                image, boxes, y = Image.new("L", _PAGE, 250), {}, _MARGIN_Y
            draw = ImageDraw.Draw(image)
            for cell in line.cells:
                font = _font(line.size, cell.bold)
                printed, marked = spans(cell.text)
                width = font.getlength(printed)
                left = _MARGIN_X + cell.x * _SCALE - (width if cell.right else 0)
                draw.text((left, y), printed, fill=25, font=font)
                for name, start, end in marked:
                    x0 = left + font.getlength(printed[:start])
                    _, top, x1, bottom = draw.textbbox((x0, y), printed[start:end], font=font)
                    boxes.setdefault(name, (0, (x0, top, x1, bottom)))
            y += height + line.space_after * _SCALE
        pages.append((image, boxes))
    return pages


def _rotated(
    image: Any, degrees: float, boxes: dict[str, tuple[int, Box]]
) -> tuple[Any, dict[str, tuple[int, Box]]]:
    """``image`` turned ``degrees`` anticlockwise (canvas grown to fit) and the boxes with it."""
    turned = image.rotate(degrees, expand=True, fillcolor=250, resample=3)
    cx, cy = image.width / 2, image.height / 2
    nx, ny = turned.width / 2, turned.height / 2
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)

    def move(x: float, y: float) -> tuple[float, float]:
        dx, dy = x - cx, y - cy
        return dx * cos + dy * sin + nx, -dx * sin + dy * cos + ny

    moved = {}
    for name, (page, (x0, y0, x1, y1)) in boxes.items():
        corners = [move(x, y) for x in (x0, x1) for y in (y0, y1)]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        moved[name] = (page, (min(xs), min(ys), max(xs), max(ys)))
    return turned, moved


def scanned(
    image: Any, boxes: dict[str, tuple[int, Box]], rng: random.Random
) -> tuple[Any, dict[str, tuple[int, Box]]]:
    from PIL import ImageFilter  # noqa: PLC0415

    image, boxes = _rotated(image, rng.uniform(-0.8, 0.8), boxes)
    image = image.filter(ImageFilter.GaussianBlur(0.5))
    pixels = image.load()
    for _ in range(image.width * image.height // 900):  # speckle
        pixels[rng.randrange(image.width), rng.randrange(image.height)] = rng.choice((90, 160, 200))
    return image, boxes


def photographed(
    image: Any, boxes: dict[str, tuple[int, Box]], rng: random.Random
) -> tuple[Any, dict[str, tuple[int, Box]]]:
    from PIL import Image, ImageChops, ImageFilter  # noqa: PLC0415

    image, boxes = _rotated(image, rng.uniform(-3.0, 3.0), boxes)
    # the page on a desk: a darker border around it, light falling off to one side
    desk = Image.new("L", (image.width + 120, image.height + 160), 95)
    offset = (rng.randint(30, 90), rng.randint(40, 120))
    desk.paste(image.point(lambda v: min(v, 236)), offset)
    light = Image.linear_gradient("L").rotate(rng.choice((90, -90))).resize(desk.size)
    desk = ImageChops.multiply(desk, light.point(lambda v: 200 + v // 5))
    desk = desk.filter(ImageFilter.GaussianBlur(0.9))
    moved = {
        n: (p, (x0 + offset[0], y0 + offset[1], x1 + offset[0], y1 + offset[1]))
        for n, (p, (x0, y0, x1, y1)) in boxes.items()
    }
    return desk, moved


def evidence(image: Any, boxes: dict[str, tuple[int, Box]], page: int) -> dict[str, Evidence]:
    w, h = image.width, image.height
    return {
        name: Evidence(
            page, (round(x0 / w, 5), round(y0 / h, 5), round(x1 / w, 5), round(y1 / h, 5))
        )
        for name, (_, (x0, y0, x1, y1)) in boxes.items()
    }


def to_bytes(image: Any, fmt: str) -> bytes:
    buffer = io.BytesIO()
    if fmt == "jpg":
        image.convert("RGB").save(buffer, format="JPEG", quality=72)
    else:
        image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def image_pdf(images: list[Any]) -> bytes:
    """An image-only PDF (what a scanner's "scan to PDF" writes): no text layer."""
    buffer = io.BytesIO()
    first, *rest = [image.convert("L") for image in images]
    first.save(buffer, format="PDF", save_all=True, append_images=rest, resolution=_DPI)
    return buffer.getvalue()
