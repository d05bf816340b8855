"""Text in raster images (scans, photos of receipts) via OCR.

Pillow's ``open`` reads only the header, so the pixel count is checked before a single
pixel is decoded: a 1 KB PNG can declare 100k x 100k pixels and ask for 30 GB.
"""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image, ImageSequence, UnidentifiedImageError

from docpipe.errors import CorruptDocument, DocumentTooLarge
from workflow.documents import ocr
from workflow.documents.types import Extraction, ExtractionLimits, PageContent, build_extraction

#: What Pillow raises on damaged image data (``SyntaxError`` is its own odd choice for some
#: malformed headers).
_DECODE_FAILURES: tuple[type[Exception], ...] = (
    UnidentifiedImageError,
    OSError,
    ValueError,
    SyntaxError,
    EOFError,
    IndexError,
    KeyError,
    TypeError,
    ZeroDivisionError,
    struct.error,
    zlib.error,
)


def extract_image(data: bytes, limits: ExtractionLimits) -> Extraction:
    """OCR every frame of the image (TIFF scans may hold many pages)."""
    try:
        return _extract(data, limits)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # Pillow's own bomb guard fires in ``open`` for sizes far past ours.
        raise DocumentTooLarge(f"image is too large to decode: {exc}") from exc
    except _DECODE_FAILURES as exc:
        raise CorruptDocument(f"image could not be decoded: {exc}") from exc


def _extract(data: bytes, limits: ExtractionLimits) -> Extraction:
    with Image.open(io.BytesIO(data)) as image:
        frames = getattr(image, "n_frames", 1)
        if image.format == "TIFF" and frames > limits.max_pages:
            raise DocumentTooLarge(f"TIFF has {frames} pages (limit {limits.max_pages})")
        contents: list[PageContent] = []
        warnings: list[str] = []
        for frame in ImageSequence.Iterator(image):
            width, height = frame.size
            if width * height > limits.max_pixels:
                raise DocumentTooLarge(
                    f"image is {width}x{height} = {width * height} pixels"
                    f" (limit {limits.max_pixels}, DOCPIPE_MAX_PIXELS)"
                )
            frame.load()
            read = ocr.recognize(frame, limits.ocr)
            contents.append(
                PageContent(
                    page=len(contents) + 1,
                    text=read.text,
                    width=read.width,
                    height=read.height,
                    words=read.words,
                    rotation=read.rotation,
                )
            )
            warnings.extend(w for w in read.warnings if w not in warnings)
            if image.format != "TIFF":
                break  # an animated GIF/WebP: the first frame is the document
        pages = len(contents)
    if not any(content.text for content in contents):
        warnings.append("OCR found no text")
    return build_extraction(
        contents, method="ocr", pages=pages, limits=limits, warnings=tuple(warnings)
    )
