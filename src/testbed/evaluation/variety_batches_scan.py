"""A page of a batch as a sheet-fed scanner gives it for :mod:`testbed.evaluation.variety_batches`:
the plain-text layout on an A4 sheet (a till slip small at its top), skewed a little, softened,
JPEG-compressed in an image-only PDF page, and the box of every marked value on it."""

from __future__ import annotations

import io
import math
import random

from testbed.evaluation.corpus import Block
from testbed.evaluation.render import as_text, scan_font
from testbed.evaluation.truth import Box, Evidence, Ink, spans

#: Most the feeder skews a sheet, in degrees.
_SKEW = 0.6


def scanned(blocks: list[Block], rng: random.Random) -> tuple[bytes, dict[str, Evidence]]:
    """``blocks`` scanned as one PDF page, and the evidence of every marked value on it."""
    from PIL import Image, ImageDraw, ImageFilter  # noqa: PLC0415 - bench only

    lines = as_text(blocks, keep_marks=True).splitlines()
    size = 32
    font = scan_font(size)
    margin, step = 60, int(size * 1.6)
    longest = max((len(spans(line)[0]) for line in lines), default=1)
    width = max(1240, margin * 2 + int(longest * size * 0.62))
    height = max(int(width * 1.414), margin * 2 + step * len(lines))
    image = Image.new("L", (width, height), color=244)
    draw = ImageDraw.Draw(image)
    ink = Ink()
    for index, line in enumerate(lines):
        printed, marked = spans(line)
        origin = (margin, margin + index * step)
        draw.text(origin, printed, fill=25, font=font)
        for name, start, end in marked:
            x0 = origin[0] + draw.textlength(printed[:start], font=font)
            _, top, x1, bottom = draw.textbbox((x0, origin[1]), printed[start:end], font=font)
            ink.note(name, 1, (x0 / width, top / height, x1 / width, bottom / height))
    skew = rng.uniform(-_SKEW, _SKEW)
    image = image.rotate(skew, resample=Image.Resampling.BILINEAR, fillcolor=244)
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=150, quality=rng.randint(70, 85))
    found = {
        n: Evidence(e.page, _turned(e.bbox, skew, width / height)) for n, e in ink.found.items()
    }
    return buffer.getvalue(), found


def _turned(box: Box | None, degrees: float, aspect: float) -> Box | None:
    """``box`` after the sheet is turned ``degrees`` counter-clockwise about its centre."""
    if box is None:
        return None
    angle = math.radians(degrees)
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
        dx, dy = (x - 0.5) * aspect, y - 0.5
        xs.append(0.5 + (dx * math.cos(angle) + dy * math.sin(angle)) / aspect)
        ys.append(0.5 + (-dx * math.sin(angle) + dy * math.cos(angle)))
    return (max(0.0, min(xs)), max(0.0, min(ys)), min(1.0, max(xs)), min(1.0, max(ys)))
