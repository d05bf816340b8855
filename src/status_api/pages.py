"""Page images for the review console: ``GET /jobs/{jobId}/pages/{page}``.

A reviewer checks a value against the page it was printed on, so the console shows that page
beside the form, with the value's evidence box drawn over it. The console never receives the
document itself: the API reads it from the inbox, renders the one page asked for and answers
with a PNG. A PDF page is rendered with PDFium (``pypdfium2``, the ``pages`` extra of the
status deployable; without it a PDF's pages answer 501), at a width a screen shows whole; an
image document is its own (only) page and is served as it is. Documents without pages (text,
HTML, DOCX) have no page image (404). Each rendering is kept with the job's results
(``tenants/<owner>/jobs/<jobId>/page-images/<page>.png``), so a page is rendered once however
often it is looked at. Only a caller who may see the job gets its pages. pypdfium2 (the
optional ``pages`` extra) is imported when a PDF's page is first asked for.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from docpipe.errors import DocumentNotFound, DocumentTooLarge, InvalidJobError
from docpipe.jobs import DocumentRef, results_key, validate_job_id
from status_api.errors import (
    InvalidRequest,
    NoPageImage,
    RendererMissing,
    StatusApiError,
)
from status_api.identity import authorize

if TYPE_CHECKING:
    from docpipe.ports import BlobStore, JobTable
    from docpipe.tenancy import Caller

#: The rendered page's width in pixels: legible on a screen, small to send.
PAGE_WIDTH_PX = 1000
#: Highest page number asked for (a bound on the route, not on documents).
MAX_PAGE = 100_000
#: Image documents served as they are, by their magic bytes.
_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"BM", "image/bmp"),
)


@dataclass(frozen=True, slots=True)
class PageImage:
    data: bytes
    content_type: str


@dataclass(frozen=True, slots=True)
class PageService:
    jobs: JobTable
    blobs: BlobStore
    results_bucket: str
    #: Largest document read to render a page (``DOCPIPE_MAX_DOCUMENT_BYTES``).
    max_document_bytes: int

    def page(self, job_id: str, raw_page: str, caller: Caller) -> PageImage:
        """Page ``raw_page`` (1-based) of job ``job_id``'s document as an image; 404 for a
        job ``caller`` may not see, as for one that does not exist."""
        try:
            validate_job_id(job_id)
        except InvalidJobError as exc:
            raise InvalidRequest(str(exc)) from exc
        if not raw_page.isdigit() or not 1 <= int(raw_page) <= MAX_PAGE:
            raise InvalidRequest(f"page must be a whole number from 1 to {MAX_PAGE}")
        number = int(raw_page)
        record = authorize(self.jobs.get(job_id), job_id, caller)
        cached = results_key(job_id, f"page-images/{number}.png", owner=record.tenant)
        try:
            return PageImage(self.blobs.get(self.results_bucket, cached, max_bytes=10**8).data,
                             "image/png")  # fmt: skip
        except DocumentNotFound:
            pass
        document = DocumentRef.from_url(record.document_url)
        try:
            data = self.blobs.get(
                document.bucket, document.key, max_bytes=self.max_document_bytes
            ).data
        except DocumentNotFound as exc:
            raise NoPageImage(f"job {job_id!r}: its document is gone") from exc
        except DocumentTooLarge as exc:
            raise NoPageImage(f"job {job_id!r}: {exc}") from exc
        image = next((kind for magic, kind in _IMAGES if data.startswith(magic)), None)
        if image is not None:
            if number != 1:
                raise NoPageImage(f"job {job_id!r}: an image document has one page")
            return PageImage(data, image)
        if not data.startswith(b"%PDF"):
            raise NoPageImage(f"job {job_id!r}: its document has no pages to show")
        png = render_pdf_page(data, number)
        self.blobs.put(self.results_bucket, cached, png, content_type="image/png")
        return PageImage(png, "image/png")


def render_pdf_page(data: bytes, number: int, width: int = PAGE_WIDTH_PX) -> bytes:
    """Page ``number`` of the PDF ``data`` as a PNG ``width`` pixels wide."""
    try:
        import pypdfium2  # noqa: PLC0415 (the pages extra, imported when a page is asked for)
    except ImportError as exc:
        raise RendererMissing(
            "this deployment cannot render PDF pages: install docpipe[pages] (pypdfium2)"
        ) from exc
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise NoPageImage(f"the document does not open as a PDF: {exc}") from exc
    try:
        if number > len(pdf):
            raise NoPageImage(f"the document has {len(pdf)} pages, not {number}")
        page = pdf[number - 1]
        try:
            scale = width / max(1.0, page.get_width())
            bitmap = page.render(
                scale=scale,
                force_bitmap_format=pypdfium2.raw.FPDFBitmap_BGR,
                rev_byteorder=True,  # BGR reversed: RGB rows, what PNG stores
            )
            try:
                rows, stride = bitmap.height, bitmap.stride
                pixels = bytes(bitmap.buffer)
                mode = bitmap.mode
                return encode_png(pixels, bitmap.width, rows, stride, mode)
            finally:
                bitmap.close()
        finally:
            page.close()
    finally:
        pdf.close()


def encode_png(pixels: bytes, width: int, height: int, stride: int, mode: str) -> bytes:
    """A PNG of raw ``RGB``/``RGBA``/``L`` rows (no imaging library in the Lambda)."""
    channels = {"RGB": 3, "RGBA": 4, "L": 1}.get(mode)
    if channels is None:
        raise StatusApiError(f"cannot encode a {mode} bitmap")
    used = width * channels
    raw = bytearray()
    for row in range(height):
        raw += b"\x00" + pixels[row * stride : row * stride + used]
    color = {"L": 0, "RGBA": 6}.get(mode, 2)

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, color, 0, 0, 0)
    return b"".join((
        b"\x89PNG\r\n\x1a\n",
        chunk(b"IHDR", header),
        chunk(b"IDAT", zlib.compress(bytes(raw), 6)),
        chunk(b"IEND", b""),
    ))  # fmt: skip


#: Pages never change for a job: the browser may keep them.
PAGE_HEADERS = {"Cache-Control": "private, max-age=3600", "X-Content-Type-Options": "nosniff"}
