"""Text drawn as glyph outlines (curves, no text layer), as print drivers' "text as curves"
and some PDF exporters write it: such a page holds neither text nor images, and only
rendering it and reading it by OCR recovers its words.

The outlines come from a TrueType font through fontTools and are filled on a reportlab
canvas.
"""

from __future__ import annotations

from functools import cache
from typing import Any

#: Debian's DejaVu (fonts-dejavu-core), the typeface every generated outline page uses.
DEJAVU_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@cache
def _font(path: str) -> Any:
    from fontTools.ttLib import TTFont  # noqa: PLC0415 - dev dependency, tooling only

    return TTFont(path)


def draw_outlined(
    canvas: Any, text: str, x: float, y: float, size: float, *, font_path: str = DEJAVU_SANS
) -> float:
    """Fill ``text``'s glyph outlines on ``canvas`` with its baseline starting at ``(x, y)``
    (points); the x where the text ends."""
    from fontTools.pens.basePen import BasePen  # noqa: PLC0415

    font = _font(font_path)
    glyphs = font.getGlyphSet()
    cmap = font.getBestCmap()
    scale = size / font["head"].unitsPerEm
    path = canvas.beginPath()
    origin = [x]

    def at(point: tuple[float, float]) -> tuple[float, float]:
        return origin[0] + point[0] * scale, y + point[1] * scale

    class _Pen(BasePen):  # type: ignore[misc]
        def _moveTo(self, pt: tuple[float, float]) -> None:  # noqa: N802 - fontTools' names
            path.moveTo(*at(pt))

        def _lineTo(self, pt: tuple[float, float]) -> None:  # noqa: N802
            path.lineTo(*at(pt))

        def _curveToOne(  # noqa: N802
            self, p1: tuple[float, float], p2: tuple[float, float], p3: tuple[float, float]
        ) -> None:
            path.curveTo(*at(p1), *at(p2), *at(p3))

        def _closePath(self) -> None:  # noqa: N802
            path.close()

    pen = _Pen(glyphs)
    for char in text:
        name = cmap.get(ord(char), ".notdef")
        glyphs[name].draw(pen)
        origin[0] += font["hmtx"][name][0] * scale
    canvas.drawPath(path, stroke=0, fill=1)
    return origin[0]
