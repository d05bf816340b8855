"""Pages laid out like typeset office documents (text placed at positions, proportional type,
right-aligned amounts, rules and boxes), drawn two ways from one layout: as a PDF with a text
layer, and as a picture of paper (a scan, a fax, a phone photo) to be read back by OCR.

The two renderings of one :class:`Sheet` are twins: the same words at the same places, so
whatever the analyzers find in the text PDF and miss in the scan is lost on the OCR path
(:mod:`testbed.evaluation.variety_scans` builds the development cases from these sheets).
Each marked key figure's box is measured where it is drawn. The boxes are not moved with the
degradation: docpipe's extractor finds the sheet in a photo and warps it flat, and deskews a
crooked scan, so its boxes are fractions of the page as printed.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from testbed.evaluation.ocr_pages import font_path
from testbed.evaluation.truth import Evidence, Ink, spans

if TYPE_CHECKING:
    from PIL.Image import Image

#: Typefaces (regular, bold) the sheets are set in.
FAMILIES = {
    "sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    "condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "mono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
}
#: How a page reaches docpipe as a picture (see :func:`degraded`).
DEGRADATIONS = ("skew", "fax", "photo", "stamped", "lowres")
_PAPER = 250


@dataclass(frozen=True, slots=True)
class Text:
    """One run of text: ``x`` its left edge (right edge when ``right``), ``y`` its top, in
    inches from the page's top left; ``text`` may hold marks."""

    x: float
    y: float
    text: str
    size: float
    bold: bool = False
    right: bool = False


@dataclass
class Sheet:
    """A page: its size in inches, the typeface family, its text runs and ruled lines."""

    width: float
    height: float
    family: str = "sans"
    texts: list[Text] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)

    def put(
        self, x: float, y: float, text: str, size: float = 9.5, *, bold: bool = False,
        right: bool = False,
    ) -> None:  # fmt: skip
        if text:
            self.texts.append(Text(x, y, text, size, bold, right))

    def stack(
        self, x: float, y: float, lines: list[str], size: float = 9.5, *, bold_first: bool = False,
        right: bool = False, leading: float = 1.3,
    ) -> float:  # fmt: skip
        """``lines`` one under the other from ``y``; returns the ``y`` below them."""
        for index, line in enumerate(lines):
            self.put(x, y, line, size, bold=bold_first and index == 0, right=right)
            y += size * leading / 72
        return y

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.rules.append((x0, y0, x1, y1))

    def frame(self, x0: float, y0: float, x1: float, y1: float) -> None:
        for edge in ((x0, y0, x1, y0), (x1, y0, x1, y1), (x0, y1, x1, y1), (x0, y0, x0, y1)):
            self.rule(*edge)


def _font_file(sheet: Sheet, bold: bool) -> str:
    return font_path(FAMILIES[sheet.family][1 if bold else 0])


# ── the text PDF twin ────────────────────────────────────────────────────────────────────


def as_text_pdf(sheet: Sheet, *more: Sheet) -> tuple[bytes, dict[str, Evidence]]:
    """The sheet (and ``more`` sheets, a page each) as a PDF with a text layer, and the
    evidence of its marked values (first occurrence, with its page)."""
    from reportlab.pdfbase import pdfmetrics  # noqa: PLC0415 - bench only
    from reportlab.pdfbase.ttfonts import TTFont  # noqa: PLC0415
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(sheet.width * 72, sheet.height * 72), invariant=1)
    ink = Ink()
    for page, drawn in enumerate((sheet, *more), start=1):
        names = []
        for bold in (False, True):
            name = FAMILIES[drawn.family][int(bold)].removesuffix(".ttf")
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, _font_file(drawn, bold)))
            names.append(name)
        width, height = drawn.width * 72, drawn.height * 72
        canvas.setPageSize((width, height))
        for run in drawn.texts:
            font = names[int(run.bold)]
            printed, marked = spans(run.text)
            left = run.x * 72
            if run.right:
                left -= pdfmetrics.stringWidth(printed, font, run.size)
            baseline = run.y * 72 + run.size * 0.8
            canvas.setFont(font, run.size)
            canvas.drawString(left, height - baseline, printed)
            for name, start, end in marked:
                x0 = left + pdfmetrics.stringWidth(printed[:start], font, run.size)
                x1 = x0 + pdfmetrics.stringWidth(printed[start:end], font, run.size)
                top, bottom = baseline - run.size * 0.75, baseline + run.size * 0.22
                ink.note(name, page, (x0 / width, top / height, x1 / width, bottom / height))
        canvas.setLineWidth(0.6)
        for x0, y0, x1, y1 in drawn.rules:
            canvas.line(x0 * 72, height - y0 * 72, x1 * 72, height - y1 * 72)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue(), ink.found


# ── the picture of paper ─────────────────────────────────────────────────────────────────


def raster(sheet: Sheet, dpi: int, page: int = 1) -> tuple[Image, dict[str, Evidence]]:
    """The sheet printed at ``dpi``, greyscale, and each marked value's box on it (the
    document's ``page``)."""
    from PIL import Image as PILImage  # noqa: PLC0415
    from PIL import ImageDraw, ImageFont  # noqa: PLC0415

    size = (round(sheet.width * dpi), round(sheet.height * dpi))
    image = PILImage.new("L", size, _PAPER)
    draw = ImageDraw.Draw(image)
    fonts: dict[tuple[bool, float], ImageFont.FreeTypeFont] = {}
    ink = Ink()
    for run in sheet.texts:
        key = (run.bold, run.size)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(_font_file(sheet, run.bold), run.size * dpi / 72)
        font = fonts[key]
        printed, marked = spans(run.text)
        left = run.x * dpi - (font.getlength(printed) if run.right else 0)
        top = run.y * dpi
        draw.text((left, top + run.size * dpi / 72 * 0.8), printed, fill=25, font=font, anchor="ls")
        for name, start, end in marked:
            x0 = left + font.getlength(printed[:start])
            x1 = x0 + font.getlength(printed[start:end])
            y0, y1 = top + run.size * dpi / 72 * 0.05, top + run.size * dpi / 72 * 1.02
            ink.note(name, page, (x0 / size[0], y0 / size[1], x1 / size[0], y1 / size[1]))
    for x0, y0, x1, y1 in sheet.rules:
        draw.line((x0 * dpi, y0 * dpi, x1 * dpi, y1 * dpi), fill=60, width=max(1, dpi // 100))
    return image, ink.found


def degraded(image: Image, how: str, rng: random.Random) -> Image:
    """``image`` as the page reaches docpipe:

    * ``skew`` -- fed crooked through a scanner (1-3 degrees), light noise;
    * ``fax`` -- a standard-resolution fax: half the vertical resolution, black and white,
      streaks along the lines;
    * ``photo`` -- a phone photograph: seen in perspective on a darker desk, lit from one
      side, JPEG;
    * ``stamped`` -- a "PAID"/"RECEIVED"-style rubber stamp and a signature scrawled over
      the page, scanned slightly turned;
    * ``lowres`` -- scanned at a low resolution, blurred and JPEG-compressed.
    """
    from PIL import Image as PILImage  # noqa: PLC0415
    from PIL import ImageFilter  # noqa: PLC0415

    if how == "skew":
        angle = rng.uniform(1.0, 3.0) * rng.choice((-1, 1))
        return _noisy(_turned(image, angle), rng, 10)
    if how == "fax":
        width, height = image.size
        coarse = image.resize((width, height // 2), PILImage.Resampling.BILINEAR)
        coarse = coarse.resize((width, height), PILImage.Resampling.NEAREST)
        bw = coarse.point(lambda v: 0 if v < 150 else 255)
        return _streaked(bw, rng)
    if how == "photo":
        return _photo(image, rng)
    if how == "stamped":
        angle = rng.uniform(0.4, 1.2) * rng.choice((-1, 1))
        marked = _stamp(image, rng)
        return _turned(marked, angle)
    soft = image.filter(ImageFilter.GaussianBlur(0.7))
    return _jpeg(soft, rng.randint(30, 50))


def encoded(image: Image, fmt: str, rng: random.Random, dpi: int) -> bytes:
    """The picture as the file docpipe receives: PNG, JPEG, or an image-only PDF."""
    buffer = io.BytesIO()
    if fmt == "jpg":
        image.convert("RGB").save(buffer, format="JPEG", quality=rng.randint(70, 85))
    elif fmt == "pdf":
        return image_pdf([image], dpi)
    else:
        image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def image_pdf(images: list[Image], dpi: int) -> bytes:
    """The pictures as an image-only PDF, a page each, as a scanner files a stack of paper
    (reportlab's invariant mode: the same bytes on every run)."""
    from reportlab.lib.utils import ImageReader  # noqa: PLC0415
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for image in images:
        size = (image.size[0] * 72 / dpi, image.size[1] * 72 / dpi)
        canvas.setPageSize(size)
        canvas.drawImage(ImageReader(image.convert("L")), 0, 0, width=size[0], height=size[1])
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _turned(image: Image, degrees: float) -> Image:
    from PIL import Image as PILImage  # noqa: PLC0415

    return image.rotate(degrees, PILImage.Resampling.BICUBIC, fillcolor=_PAPER)


def _noisy(image: Image, rng: random.Random, sigma: float) -> Image:
    import numpy as np  # noqa: PLC0415
    from PIL import Image as PILImage  # noqa: PLC0415

    generator = np.random.default_rng(rng.randrange(2**32))
    pixels = np.asarray(image, dtype=np.float32) + generator.normal(0, sigma, image.size[::-1])
    return PILImage.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def _streaked(image: Image, rng: random.Random) -> Image:
    """Thin dark streaks across a fax page, where the line scanner caught dirt."""
    from PIL import ImageDraw  # noqa: PLC0415

    draw = ImageDraw.Draw(image)
    width, height = image.size
    for _ in range(rng.randint(2, 4)):
        y = rng.randrange(height)
        x0 = rng.randrange(width // 2)
        draw.line((x0, y, x0 + rng.randrange(width // 4, width // 2), y), fill=0, width=1)
    return image


def _jpeg(image: Image, quality: int) -> Image:
    from PIL import Image as PILImage  # noqa: PLC0415

    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return PILImage.open(io.BytesIO(buffer.getvalue())).convert("L")


def _stamp(image: Image, rng: random.Random) -> Image:
    """A rubber stamp (a framed word, turned) and a scrawl, in grey ink over the page."""
    from PIL import Image as PILImage  # noqa: PLC0415
    from PIL import ImageDraw, ImageFont  # noqa: PLC0415

    width, height = image.size
    word = rng.choice(("PAID", "RECEIVED", "BEZAHLT", "COPY", "POSTED", "APPROVED"))
    font = ImageFont.truetype(font_path(FAMILIES["sans"][1]), width // 18)
    stamp = PILImage.new("L", (width // 2, width // 7), 0)
    pen = ImageDraw.Draw(stamp)
    pen.rectangle((4, 4, stamp.size[0] - 5, stamp.size[1] - 5), outline=255, width=width // 250)
    pen.text((stamp.size[0] // 2, stamp.size[1] // 2), word, fill=255, font=font, anchor="mm")
    stamp = stamp.rotate(rng.uniform(-25, 25), expand=True)
    where = (rng.randrange(width // 3, width // 2), rng.randrange(height // 6, height // 2))
    out = image.copy()
    out.paste(PILImage.new("L", stamp.size, 120), where, stamp.point(lambda v: v * 3 // 5))
    pen = ImageDraw.Draw(out)
    x, y = rng.randrange(width // 10, width // 3), rng.randrange(height * 3 // 4, height - 60)
    wave = rng.uniform(0.6, 1.1)
    points = [(x + step * width // 160, y + 14 * math.sin(step * wave)) for step in range(40)]
    pen.line(points, fill=40, width=max(2, width // 500))
    return out


def _photo(image: Image, rng: random.Random) -> Image:
    """A phone photo: the page in perspective on a desk, lit unevenly, JPEG."""
    import numpy as np  # noqa: PLC0415
    from PIL import Image as PILImage  # noqa: PLC0415
    from PIL import ImageFilter  # noqa: PLC0415

    width, height = image.size
    margin = 0.05
    w, h = round(width * (1 + 2 * margin)), round(height * (1 + 2 * margin))
    canvas = PILImage.new("L", (w, h), 80)
    canvas.paste(image, (round(width * margin), round(height * margin)))
    square = [(0.0, 0.0), (float(w), 0.0), (float(w), float(h)), (0.0, float(h))]
    seen = [(x + rng.uniform(-0.03, 0.03) * w, y + rng.uniform(-0.03, 0.03) * h) for x, y in square]
    back = _homography(seen, square)  # Pillow maps each picture point back to the canvas
    photo = canvas.transform(
        (w, h), PILImage.Transform.PERSPECTIVE, back, PILImage.Resampling.BICUBIC, fillcolor=80
    )
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = rng.uniform(0, 2 * math.pi)
    ramp = (xs / w) * math.cos(angle) + (ys / h) * math.sin(angle)
    ramp = (ramp - ramp.min()) / max(float(ramp.max() - ramp.min()), 1e-6)
    lit = np.asarray(photo, dtype=np.float32) * (0.6 + 0.4 * ramp)
    photo = PILImage.fromarray(np.clip(lit, 0, 255).astype(np.uint8))
    return _jpeg(photo.filter(ImageFilter.GaussianBlur(0.6)), 75)


def _homography(
    source: list[tuple[float, float]], target: list[tuple[float, float]]
) -> tuple[float, float, float, float, float, float, float, float]:
    """The projective map taking each ``source`` corner to its ``target`` corner."""
    import numpy as np  # noqa: PLC0415

    rows = []
    for (x, y), (u, v) in zip(source, target, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    solved = np.linalg.solve(np.array(rows), np.array([c for p in target for c in p]))
    a, b, c, d, e, f, g, k = (float(v) for v in solved)
    return a, b, c, d, e, f, g, k


__all__ = [
    "DEGRADATIONS",
    "FAMILIES",
    "Sheet",
    "as_text_pdf",
    "degraded",
    "encoded",
    "image_pdf",
    "raster",
]
