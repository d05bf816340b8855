"""Pages as a phone or a scanner gives them: the plain-text layout drawn on a page
(:func:`testbed.evaluation.render.as_scan`), turned a little, lit unevenly, blurred and saved
as a JPEG photograph or wrapped in an image-only PDF, with each marked value's box moved
the way the page was turned.
"""

from __future__ import annotations

import io
import math
import random

from testbed.evaluation.corpus import Block
from testbed.evaluation.render import as_scan
from testbed.evaluation.truth import Box, Evidence

#: Most a photographed page is turned, in degrees.
MAX_TILT = 0.8
#: Points per pixel of the page image in the PDF (the scan's resolution: 96 dpi).
_POINTS_PER_PIXEL = 0.75


def photographed(
    blocks: tuple[Block, ...], rng: random.Random, *, pdf: bool
) -> tuple[bytes, dict[str, Evidence]]:
    """The page as a JPEG photograph, or (``pdf``) a scan in an image-only PDF, and the
    evidence of every marked value on it."""
    from PIL import Image, ImageFilter  # noqa: PLC0415 - bench only

    png, evidence = as_scan(blocks)
    image = Image.open(io.BytesIO(png)).convert("L")
    tilt = rng.uniform(-MAX_TILT, MAX_TILT)
    image = image.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=246)
    width, height = image.size
    shade = Image.linear_gradient("L").resize((width, height)).point(lambda v: 255 - v // 5)
    image = Image.composite(image, Image.new("L", image.size, 0), shade)
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    moved = {
        name: Evidence(e.page, _turned(e.bbox, tilt, width / height))
        for name, e in evidence.items()
    }
    buffer = io.BytesIO()
    if not pdf:
        image.save(buffer, format="JPEG", quality=rng.randint(60, 80))
        return buffer.getvalue(), moved
    from reportlab.lib.utils import ImageReader  # noqa: PLC0415
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

    size = (width * _POINTS_PER_PIXEL, height * _POINTS_PER_PIXEL)
    canvas = Canvas(buffer, pagesize=size, invariant=1)
    canvas.drawImage(ImageReader(image), 0, 0, width=size[0], height=size[1])
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), moved


def _turned(box: Box | None, degrees: float, aspect: float) -> Box | None:
    """``box`` (page fractions) after the page is turned ``degrees`` counter-clockwise about
    its centre: the box around its turned corners."""
    if box is None:
        return None
    angle = math.radians(degrees)
    corners = [(box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])]
    points = []
    for x, y in corners:
        dx, dy = (x - 0.5) * aspect, y - 0.5  # in units of the page's height
        tx = dx * math.cos(angle) + dy * math.sin(angle)
        ty = -dx * math.sin(angle) + dy * math.cos(angle)
        points.append((0.5 + tx / aspect, 0.5 + ty))
    return (
        max(0.0, min(p[0] for p in points)),
        max(0.0, min(p[1] for p in points)),
        min(1.0, max(p[0] for p in points)),
        min(1.0, max(p[1] for p in points)),
    )


__all__ = ["MAX_TILT", "photographed"]
