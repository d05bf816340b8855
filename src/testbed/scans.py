"""Generated scanned PDFs: image-only pages with known text, for tests, benchmarks and demos.

Each page is a greyscale raster (JPEG inside the PDF, as a scanner writes it) with no text
layer, so reading it takes OCR. Every page names itself (``Page 7 of 100``) and carries a
code unique to it (``ref P-0007``), so a reader can check the text came back in page order.
(The hyphen keeps the code's digits a number of their own: glued to the letter, Tesseract's
language model reads some of them as letters, "P0005" as "POOOS", in this typeface.)
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from PIL.Image import Image
    from pypdf.generic import DictionaryObject, StreamObject

#: A compact page: big enough to OCR reliably, small enough to OCR fast.
SMALL_PAGE = (900, 260)
#: An A4 page at 150 dpi, as an office scanner produces.
A4_150DPI = (1240, 1754)


def page_code(number: int) -> str:
    """The code printed on page ``number`` (what a test looks for in the text)."""
    return f"P-{number:04d}"


def scanned_page(number: int, total: int, *, size: tuple[int, int] = SMALL_PAGE) -> Image:
    """One page image: its number, its code, and (on larger pages) lines of invoice text."""
    from PIL import Image as PILImage  # noqa: PLC0415
    from PIL import ImageDraw, ImageFont  # noqa: PLC0415

    width, height = size
    image = PILImage.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=32)
    lines = [f"Page {number} of {total}", f"ref {page_code(number)}"]
    lines += [
        f"Item {number}.{row}: consulting services {number * 10 + row}.00 EUR"
        for row in range(1, max(0, (height - 240) // 60) + 1)
    ]
    for row, text in enumerate(lines):
        draw.text((60, 50 + row * 60), text, fill=0, font=font)
    del width
    return image


def scanned_pdf(
    pages: int, *, size: tuple[int, int] = SMALL_PAGE, corrupt_pages: frozenset[int] = frozenset()
) -> bytes:
    """An image-only PDF of ``pages`` pages; the images of ``corrupt_pages`` (1-based) are
    replaced by bytes no JPEG decoder accepts, as on a damaged scan."""
    images = [scanned_page(number, pages, size=size) for number in range(1, pages + 1)]
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=150)
    data = out.getvalue()
    return _corrupt(data, corrupt_pages) if corrupt_pages else data


def with_typed_cover(data: bytes, lines: list[str]) -> bytes:
    """``data`` (a PDF) behind a typed cover page: a real text layer with ``lines`` on it,
    as when an office prints a cover sheet and scans the signed pages behind it."""
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415
    from reportlab.pdfgen import canvas  # noqa: PLC0415 - dev dependency, tests and bench

    cover = io.BytesIO()
    page = canvas.Canvas(cover, pagesize=SMALL_PAGE, invariant=True)
    for row, line in enumerate(lines):
        page.drawString(40, SMALL_PAGE[1] - 50 - 24 * row, line)
    page.showPage()
    page.save()
    writer = PdfWriter()
    for source in (cover.getvalue(), data):
        writer.append(PdfReader(io.BytesIO(source)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _corrupt(data: bytes, pages: frozenset[int]) -> bytes:
    """``data`` with the image stream of each of ``pages`` overwritten by garbage."""
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415
    from pypdf.generic import NameObject, NumberObject  # noqa: PLC0415

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for number in pages:
        resources = cast("DictionaryObject", writer.pages[number - 1]["/Resources"])
        xobjects = cast("DictionaryObject", resources["/XObject"].get_object())
        for ref in xobjects.values():
            image = cast("StreamObject", ref.get_object())
            # The raw stream (still tagged DCTDecode): the decoder meets garbage.
            image._data = b"\xff\xd8\xff\xe0 this is not a JPEG " * 8
            image[NameObject("/Length")] = NumberObject(len(image._data))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
