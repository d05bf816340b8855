"""A photographed page made flat: the sheet found on the desk and warped to a rectangle, its
uneven light evened out.

A phone photo of a page shows the sheet as a quadrilateral (the camera is never square to
it) on a darker background, lit more on one side than the other. Tesseract reads lines of
upright text on even paper: a line that runs downhill across a page in perspective breaks
into pieces, and a global threshold turns the dim side of the sheet to ink. So, before the
page's orientation and skew are looked at:

* :func:`unwarped` -- the sheet's outline: paper is the bright part of the picture (Otsu's
  threshold on a reduced copy), each of its four edges a straight line fitted to where the
  paper starts, row by row and column by column. Only a confident outline is used (four
  straight edges clear of the picture's border, a convex quadrilateral holding the paper and
  little else); the quadrilateral is then warped to a rectangle of its own size.
* :func:`evened` -- the light: the paper's brightness everywhere (the page reduced, its ink
  removed by a maximum filter, blurred) divides the page, when it varies by more than
  :data:`_UNEVEN` across the sheet. Evenly lit pages (scans) are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter

if TYPE_CHECKING:
    from PIL.Image import Image

    Corners = tuple[tuple[float, float], ...]

#: The outline is looked for on the picture reduced to this long side (edges stay straight,
#: a few hundred rows and columns to fit them to).
_WORK_SIDE = 600
#: Paper must be this much brighter than the desk around it (Otsu's two classes' means, 0-255).
_MIN_SEPARATION = 40.0
#: The sheet covers at least this share of the picture (a smaller bright patch is not a page).
_MIN_AREA = 0.3
#: Each edge: the share of its rows (columns) whose paper boundary lies on the fitted line,
#: within :data:`_ON_LINE` pixels of the reduced picture.
_MIN_ON_LINE = 0.8
_ON_LINE = 2.0
#: The quadrilateral holds this share of the picture's paper pixels at least, and paper makes
#: up at least this share of it.
_MIN_FILL = 0.95
#: A picture whose sheet's corners all lie within this many reduced pixels of where an
#: upright rectangle would put them is not warped (a scan, or a photo taken square on).
_MIN_WARP = 1.5
#: The corners are moved this many reduced pixels towards the sheet's centre.
_INSET = 2.0
#: Light that varies by more than this share of the brightest paper is evened out.
_UNEVEN = 0.15
#: The light is estimated on the page reduced to this long side; the maximum filter's size
#: there (wide enough to cover a stroke of ink, narrow enough to follow the light).
_LIGHT_SIDE = 300
_LIGHT_FILTER = 7


def unwarped(image: Image) -> Image:
    """The sheet in ``image`` warped to a rectangle, or ``image`` itself when no confident
    outline is found or the sheet is already square to the picture."""
    corners = paper_corners(image)
    if corners is None:
        return image
    width = round((_distance(corners[0], corners[1]) + _distance(corners[3], corners[2])) / 2)
    height = round((_distance(corners[0], corners[3]) + _distance(corners[1], corners[2])) / 2)
    target = ((0.0, 0.0), (float(width), 0.0), (float(width), float(height)), (0.0, float(height)))
    coefficients = perspective_coefficients(target, corners)
    fill = 255 if image.mode == "L" else (255, 255, 255)
    return image.transform(
        (width, height),
        PILImage.Transform.PERSPECTIVE,
        coefficients,
        PILImage.Resampling.BICUBIC,
        fillcolor=fill,
    )


def paper_corners(image: Image) -> Corners | None:
    """The sheet's corners in ``image``'s pixels (top left, top right, bottom right, bottom
    left), or ``None`` when no confident outline is found (see the module docstring) or the
    sheet is already an upright rectangle."""
    grey = image.convert("L")
    scale = min(1.0, _WORK_SIDE / max(grey.size))
    if scale < 1:
        grey = grey.resize((round(grey.width * scale), round(grey.height * scale)))
    quad = _outline(np.asarray(grey, dtype=np.uint8))
    if quad is None:
        return None
    upright = np.array(
        [
            [quad[:, 0].min(), quad[:, 1].min()],
            [quad[:, 0].max(), quad[:, 1].min()],
            [quad[:, 0].max(), quad[:, 1].max()],
            [quad[:, 0].min(), quad[:, 1].max()],
        ]
    )
    if float(np.abs(quad - upright).max()) < _MIN_WARP:
        return None
    # A pixel inside the fitted edges: the desk's blurred rim stays out of the page.
    centre = quad.mean(axis=0)
    quad = quad + _INSET * (centre - quad) / np.linalg.norm(centre - quad, axis=1)[:, None]
    return tuple((float(x) / scale, float(y) / scale) for x, y in quad)


def _outline(pixels: Any) -> Any:
    """The paper's quadrilateral in ``pixels`` (4x2, clockwise from top left), or ``None``."""
    threshold, separation = _otsu(pixels)
    if separation < _MIN_SEPARATION:
        return None
    paper = pixels > threshold
    if paper.mean() < _MIN_AREA:
        return None
    edges = _edges(paper)
    if edges is None:
        return None
    corners = [_crossing(edges[a], edges[b]) for a, b in ((0, 2), (1, 2), (1, 3), (0, 3))]
    if any(c is None for c in corners):
        return None
    quad = np.array(corners, dtype=np.float64)
    return quad if _plausible(quad, paper) else None


def _otsu(pixels: Any) -> tuple[float, float]:
    """Otsu's threshold of ``pixels`` and how far apart the two classes' means are."""
    counts = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    levels = np.arange(256, dtype=np.float64)
    below = np.cumsum(counts)
    below_sum = np.cumsum(counts * levels)
    total, total_sum = below[-1], below_sum[-1]
    above = total - below
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_below = below_sum / below
        mean_above = (total_sum - below_sum) / above
        between = below * above * (mean_below - mean_above) ** 2
    between = np.nan_to_num(between)
    best = int(np.argmax(between))
    if below[best] == 0 or above[best] == 0:
        return float(best), 0.0
    return float(best), float(mean_above[best] - mean_below[best])


def _edges(paper: Any) -> list[tuple[float, float, float]] | None:
    """The four edges of the paper as lines ``a*x + b*y = c``: left, right, top, bottom;
    ``None`` when an edge is not straight or runs along the picture's border."""
    rows, cols = paper.shape
    found = []
    for along_rows, mask, size in ((True, paper, cols), (False, paper.T, rows)):
        has = mask.any(axis=1)
        index = np.nonzero(has)[0]
        if index.size < 0.3 * mask.shape[0]:
            return None
        first = np.argmax(mask, axis=1)[index].astype(np.float64)
        last = (mask.shape[1] - 1 - np.argmax(mask[:, ::-1], axis=1))[index].astype(np.float64)
        # The middle of the span: near the corners the boundary belongs to the other edges.
        keep = slice(round(index.size * 0.15), round(index.size * 0.85))
        for values, border in ((first, 0.0), (last, size - 1.0)):
            line = _fit(index[keep].astype(np.float64), values[keep], border)
            if line is None:
                return None
            slope, offset = line
            # Along rows: x = slope*y + offset, i.e. x - slope*y = offset.
            found.append((1.0, -slope, offset) if along_rows else (-slope, 1.0, offset))
    return found


def _fit(where: Any, boundary: Any, border: float) -> tuple[float, float] | None:
    """A straight line through ``boundary`` (positions along ``where``), refitted once
    without the points far off it; ``None`` when it is not straight or hugs ``border``."""
    if where.size < 20:
        return None
    slope, offset = np.polyfit(where, boundary, 1)
    off = np.abs(boundary - (slope * where + offset))
    near = off <= max(_ON_LINE, float(np.percentile(off, 80)))
    slope, offset = np.polyfit(where[near], boundary[near], 1)
    off = np.abs(boundary - (slope * where + offset))
    if float(np.mean(off <= _ON_LINE)) < _MIN_ON_LINE:
        return None
    if float(np.median(np.abs(boundary - border))) < 2 * _ON_LINE:
        return None  # the paper runs off the picture here: no edge of its own to see
    return float(slope), float(offset)


def _crossing(
    first: tuple[float, float, float], second: tuple[float, float, float]
) -> tuple[float, float] | None:
    (a1, b1, c1), (a2, b2, c2) = first, second
    determinant = a1 * b2 - a2 * b1
    if abs(determinant) < 1e-9:
        return None
    return ((c1 * b2 - c2 * b1) / determinant, (a1 * c2 - a2 * c1) / determinant)


def _plausible(quad: Any, paper: Any) -> bool:
    """A convex quadrilateral inside the picture that holds the paper and little else."""
    rows, cols = paper.shape
    margin = 0.02 * max(rows, cols)
    if (quad[:, 0] < -margin).any() or (quad[:, 0] > cols + margin).any():
        return False
    if (quad[:, 1] < -margin).any() or (quad[:, 1] > rows + margin).any():
        return False
    turns = []
    for index in range(4):
        a, b, c = quad[index], quad[(index + 1) % 4], quad[(index + 2) % 4]
        (ux, uy), (vx, vy) = b - a, c - b
        turns.append(float(ux * vy - uy * vx))
    if not (all(t > 0 for t in turns) or all(t < 0 for t in turns)):
        return False
    outline = PILImage.new("1", (cols, rows), 0)
    ImageDraw.Draw(outline).polygon([(float(x), float(y)) for x, y in quad], fill=1)
    inside = np.asarray(outline, dtype=bool)
    if inside.mean() < _MIN_AREA:
        return False
    held = float((paper & inside).sum())
    return held >= _MIN_FILL * float(paper.sum()) and held >= _MIN_FILL * float(inside.sum())


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return float(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5)


def perspective_coefficients(
    target: Corners | tuple[tuple[float, float], ...], source: Corners
) -> tuple[float, ...]:
    """Pillow's eight perspective coefficients that map each of the output's ``target``
    corners to the input's ``source`` corner."""
    matrix = []
    for (x, y), (u, v) in zip(target, source, strict=True):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    values = [coordinate for point in source for coordinate in point]
    solved = np.linalg.solve(np.array(matrix, dtype=np.float64), np.array(values))
    return tuple(float(v) for v in solved)


def evened(image: Image) -> Image:
    """``image`` (greyscale) divided by its paper's light, or ``image`` itself when the light
    is even enough (see :data:`_UNEVEN`).

    The light is the page without its ink (a maximum filter on a reduced copy) smoothed into
    a quadratic surface, refitted without the places far darker than the fit (a picture, a
    black banner, the desk at a photo's edge): dividing by a smooth surface evens a lamp's
    fall-off but never washes out a dark block, as dividing by the local brightness would.
    """
    grey = image.convert("L")
    scale = min(1.0, _LIGHT_SIDE / max(grey.size))
    small = grey.resize((max(8, round(grey.width * scale)), max(8, round(grey.height * scale))))
    light = np.asarray(small.filter(ImageFilter.MaxFilter(_LIGHT_FILTER)), dtype=np.float64)
    rows, cols = light.shape
    ys, xs = np.mgrid[0:rows, 0:cols]
    x, y = (xs.ravel() / cols - 0.5), (ys.ravel() / rows - 0.5)
    terms = np.stack([np.ones_like(x), x, y, x * x, x * y, y * y], axis=1)
    levels = light.ravel()
    keep = np.ones(levels.size, dtype=bool)
    for _ in range(2):
        coefficients = np.linalg.lstsq(terms[keep], levels[keep], rcond=None)[0]
        fitted = terms @ coefficients
        keep = levels >= 0.9 * fitted
    brightest, darkest = float(fitted.max()), float(fitted.min())
    if brightest <= 0 or darkest <= 0 or (brightest - darkest) / brightest < _UNEVEN:
        return image
    surface = PILImage.fromarray(fitted.reshape(rows, cols).astype(np.float32))
    full = np.asarray(surface.resize(grey.size, _bilinear()), dtype=np.float32)
    ratio = np.asarray(grey, dtype=np.float32) * (255.0 / np.maximum(full, 1.0))
    return PILImage.fromarray(np.clip(ratio, 0, 255).astype(np.uint8))


def _bilinear() -> Any:
    return PILImage.Resampling.BILINEAR
