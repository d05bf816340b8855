"""How far a scanned page's text lines are tilted, from the ink alone.

A scan fed in slightly crooked (±3° is common) has lines that drift across the page; OCR
then splits one line into two and boxes grow tall. The angle is the one at which the ink,
projected onto the vertical axis, packs into the sharpest rows: text lines are dense, the
gaps between them empty. For small angles a rotation is nearly a shear, so each candidate
angle costs one histogram of a sample of ink pixels, not a rotation of the image.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from PIL.Image import Image

#: The widest tilt searched for, in degrees (a page further off is a photo, not a scan).
MAX_DEGREES = 5.0
#: The page is reduced to this width for the search (lines stay many pixels apart).
_WORK_WIDTH = 1000
#: At most this many ink pixels take part (enough for a sharp profile, cheap to project).
_SAMPLE = 40_000


def skew_degrees(image: Image) -> float:
    """The text's tilt in degrees, counter-clockwise positive (``image.rotate(-angle)``
    straightens it); 0.0 for a page without enough ink to tell."""
    grey = image.convert("L")
    scale = _WORK_WIDTH / grey.width
    if scale < 1:
        grey = grey.resize((_WORK_WIDTH, max(1, round(grey.height * scale))))
    pixels = np.asarray(grey, dtype=np.uint8)
    # Ink: clearly darker than the page's paper (its bright median), whatever the contrast.
    paper = float(np.percentile(pixels, 90))
    darkest = float(np.percentile(pixels, 1))
    if paper - darkest < 40:
        return 0.0
    ys, xs = np.nonzero(pixels < (paper + darkest) / 2)
    if ys.size < 200:
        return 0.0
    if ys.size > _SAMPLE:
        pick = np.random.default_rng(0).choice(ys.size, _SAMPLE, replace=False)
        ys, xs = ys[pick], xs[pick]
    ys_f = ys.astype(np.float64)
    xs_f = xs.astype(np.float64) - pixels.shape[1] / 2
    rows = pixels.shape[0]

    def sharpness(degrees: float) -> float:
        shifted = ys_f + xs_f * math.tan(math.radians(degrees))
        bins = np.clip(np.round(shifted).astype(np.int64) + rows, 0, 3 * rows)
        counts = np.bincount(bins, minlength=3 * rows + 1).astype(np.float64)
        return float(np.dot(counts, counts))

    best = max(np.arange(-MAX_DEGREES, MAX_DEGREES + 0.01, 0.25), key=sharpness)
    best = max(np.arange(best - 0.25, best + 0.26, 0.05), key=sharpness)
    return round(float(best), 2)
