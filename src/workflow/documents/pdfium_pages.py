"""PDF pages through PDFium (pypdfium2): the text layer's words with their boxes, and page
images for OCR.

pypdf (:mod:`workflow.documents.pdf`) parses the file and enforces every limit; PDFium does
what it is fast and faithful at: the positioned characters of the text layer (a C loop over
each character, ~20x faster than pdfminer here) and rendering a page as a viewer shows it
(scanned images placed, cropped and turned as the page says; vector text outlines drawn).

PDFium is not thread-safe, and the worker extracts in threads: every call into it holds
:data:`_lock` (OCR, the slow part, runs outside it). pypdfium2 (the PDFium library) is
imported by the functions that call it, when the first PDF arrives.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PIL import Image as PILImage

from docpipe.errors import CorruptDocument
from docpipe.layout import Word
from workflow.documents.lines import page_text
from workflow.documents.types import PageContent

if TYPE_CHECKING:
    from PIL.Image import Image

_lock = threading.RLock()
#: A page without a text layer or images whose paths have at least this many segments holds
#: text drawn as outlines (a print driver's "text as curves"; a glyph is 10-30 segments, a
#: table's rules a handful): it is rendered and OCR'd.
MIN_OUTLINE_SEGMENTS = 200
#: Pages without images (vector outlines) are rendered at this resolution for OCR.
VECTOR_DPI = 300
#: Scanned pages are rendered at their images' resolution, within these bounds.
MIN_DPI, MAX_DPI = 150, 400
#: A page image covering this share of the page is the page (a scan): OCR reads it as is.
_FULL_PAGE = 0.97
#: PDFium marks a hyphen it found at a line's end with this code point.
_LINE_END_HYPHEN = 0x02


@dataclass(frozen=True, slots=True)
class PageObjects:
    """What is drawn on a page, counted: how a page without text is to be read."""

    images: int
    #: Segments (lines, curves) of all its paths.
    segments: int


@contextmanager
def opened(data: bytes) -> Iterator[Any]:
    """The document, open under the lock; PDFium's refusal is a corrupt document."""
    import pypdfium2 as pdfium  # noqa: PLC0415 - heavy, load on demand

    with _lock:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise CorruptDocument(f"PDF could not be parsed: {exc}") from exc
        try:
            yield document
        finally:
            document.close()


@contextmanager
def _page(document: Any, number: int) -> Iterator[Any]:
    """Page ``number`` (1-based), open under the lock; a page PDFium cannot load (or read)
    is a corrupt document, named."""
    import pypdfium2 as pdfium  # noqa: PLC0415

    with _lock:
        try:
            page = document[number - 1]
        except pdfium.PdfiumError as exc:
            raise CorruptDocument(f"page {number} could not be parsed: {exc}") from exc
        try:
            yield page
        except pdfium.PdfiumError as exc:
            raise CorruptDocument(f"page {number} could not be read: {exc}") from exc
        finally:
            page.close()


def text_layer(document: Any, number: int) -> PageContent:
    """Page ``number`` (1-based) from its text layer: words with boxes, text in lines."""
    with _page(document, number) as page:
        width, height, to_fraction = _frame(page)
        textpage = page.get_textpage()
        try:
            words = list(_words(textpage, to_fraction))
        finally:
            textpage.close()
    text, ordered = page_text(words, width, height)
    return PageContent(page=number, text=text, width=width, height=height, words=ordered)


def objects(document: Any, number: int) -> PageObjects:
    """How many images and path segments page ``number`` draws (form XObjects included)."""
    import pypdfium2.raw as pdfium_c  # noqa: PLC0415

    with _page(document, number) as page:
        images = segments = 0
        for obj in page.get_objects():
            images += obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE
            if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
                segments += max(0, pdfium_c.FPDFPath_CountSegments(obj.raw))
        return PageObjects(images=images, segments=segments)


def page_image(document: Any, number: int, max_pixels: int) -> tuple[Image, float, float]:
    """Page ``number`` as an image to OCR, and the page's upright size in points.

    A scan (one image covering an unrotated page) is its image, decoded as stored: no
    resampling, and a damaged image raises here. Any other page is rendered, at its images'
    resolution or :data:`VECTOR_DPI`, within ``max_pixels``.
    """
    import pypdfium2 as pdfium  # noqa: PLC0415
    import pypdfium2.raw as pdfium_c  # noqa: PLC0415

    with _page(document, number) as page:
        width, height, _ = _frame(page)
        images = list(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)))
        scan = _the_scan(page, images, width, height)
        if scan is not None:
            return _decoded(scan, pdfium), width, height
        dpi = _resolution(images)
        scale = dpi / 72
        if width * height * scale * scale > max_pixels:
            scale = (max_pixels / (width * height)) ** 0.5
        rendered = page.render(scale=scale, grayscale=True, may_draw_forms=True)
        return rendered.to_pil(), width, height


def _decoded(image: Any, pdfium: Any) -> Image:
    """The scan's pixels as stored. A JPEG (what scanners write) is decoded by Pillow from
    its own bytes, which refuses a damaged one (PDFium would draw it blank)."""
    try:
        if image.get_filters() == ["DCTDecode"]:
            with PILImage.open(io.BytesIO(image.get_data(decode_simple=True))) as jpeg:
                jpeg.load()
                return jpeg.copy() if jpeg.mode in ("L", "RGB") else jpeg.convert("RGB")
        decoded: Image = image.get_bitmap(render=False).to_pil()
    except (pdfium.PdfiumError, OSError, SyntaxError, ValueError) as exc:
        raise CorruptDocument(f"page image could not be decoded: {exc}") from exc
    return decoded


def _the_scan(page: Any, images: list[Any], width: float, height: float) -> Any:
    """The page's one image when it is the whole (unrotated, upright) page, else ``None``."""
    if len(images) != 1 or page.get_rotation() != 0:
        return None
    image = images[0]
    matrix = image.get_matrix()
    if matrix.b != 0 or matrix.c != 0 or matrix.a <= 0 or matrix.d <= 0:
        return None
    if image.get_filters() != ["DCTDecode"] and image.get_metadata().bits_per_pixel < 8:
        return None  # 1-bit scans may carry a decode array only rendering honours
    left, bottom, right, top = image.get_bounds()
    box_left, box_bottom, box_right, box_top = page.get_cropbox()
    covered_w = min(right, box_right) - max(left, box_left)
    covered_h = min(top, box_top) - max(bottom, box_bottom)
    if covered_w < _FULL_PAGE * width or covered_h < _FULL_PAGE * height:
        return None
    return image


def _resolution(images: list[Any]) -> float:
    """The highest resolution of the page's images, within bounds (vector pages: 300)."""
    found = [
        float(max(meta.horizontal_dpi, meta.vertical_dpi))
        for meta in (image.get_metadata() for image in images)
    ]
    if not found or max(found) <= 0:
        return VECTOR_DPI
    return min(MAX_DPI, max(MIN_DPI, *found))


def _frame(page: Any) -> tuple[float, float, Any]:
    """The page's upright size in points, and the map from PDF user space to fractions of
    the upright page (origin top left), honouring the crop box and ``/Rotate``."""
    left, bottom, right, top = page.get_cropbox()
    box_w, box_h = max(right - left, 1e-6), max(top - bottom, 1e-6)
    rotation = page.get_rotation() % 360

    def to_fraction(x: float, y: float) -> tuple[float, float]:
        u, v = (x - left) / box_w, (top - y) / box_h
        if rotation == 90:
            return 1 - v, u
        if rotation == 180:
            return 1 - u, 1 - v
        if rotation == 270:
            return v, 1 - u
        return u, v

    if rotation in (90, 270):
        return box_h, box_w, to_fraction
    return box_w, box_h, to_fraction


def _words(textpage: Any, to_fraction: Any) -> Iterator[Word]:
    """The text layer's words: runs of characters between spaces and line breaks."""
    import pypdfium2.raw as pdfium_c  # noqa: PLC0415

    raw = textpage.raw
    chars: list[str] = []
    box: list[float] = []
    previous_right = 0.0
    for index in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(raw, index)
        char = "-" if code == _LINE_END_HYPHEN else chr(code) if code < 0x110000 else ""
        if not char or char.isspace() or not char.isprintable():
            if chars:
                yield _word(chars, box, to_fraction)
                chars, box = [], []
            continue
        left, bottom, right, top = textpage.get_charbox(index, loose=True)
        if chars and (left < previous_right - (top - bottom) or bottom > box[3]):
            # A new line with no break character between: the word ended.
            yield _word(chars, box, to_fraction)
            chars, box = [], []
        previous_right = right
        if chars:
            box = [min(box[0], left), min(box[1], bottom), max(box[2], right), max(box[3], top)]
        else:
            box = [left, bottom, right, top]
        chars.append(char)
    if chars:
        yield _word(chars, box, to_fraction)


def _word(chars: list[str], box: list[float], to_fraction: Any) -> Word:
    x_a, y_a = to_fraction(box[0], box[3])
    x_b, y_b = to_fraction(box[2], box[1])
    return Word(
        "".join(chars),
        (
            _clamp(min(x_a, x_b)),
            _clamp(min(y_a, y_b)),
            _clamp(max(x_a, x_b)),
            _clamp(max(y_a, y_b)),
        ),
    )


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))
