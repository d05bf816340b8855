"""Optical character recognition: a page image in, its words (boxes, confidences) and text out.

Two engines, chosen by ``DOCPIPE_OCR_ENGINE`` (measured by ``bench/ocr_eval.py``):

* ``tesseract`` (default) -- Tesseract 5 through ``tesserocr`` (the wheel carries the
  library; the language data comes from Debian's ``tesseract-ocr-<lang>`` packages). Pages
  are turned upright first (Tesseract's orientation detection, ``tesseract-ocr-osd``) and
  deskewed, so sideways, upside-down and slightly rotated scans read like upright ones.
* ``rapidocr`` -- RapidOCR's ONNX models shipped in its wheel (the optional extra
  ``docpipe[rapidocr]``), as docpipe used before; it reads line segments, whose words get
  a share of the segment's box.

Either way the words go through :func:`workflow.documents.lines.page_text`, so the text reads
the same: lines in reading order, columns two spaces apart. Each engine is built once per
process, on first use, under a lock; recognition is serialised by the same lock (the engine
objects keep per-call state, and on the small machines workers run on, parallel OCR only
fights over the same cores).

An engine's module is imported when the engine is built (imports inside ``_build``): the
one not configured is never loaded, and RapidOCR is an optional extra.
"""

from __future__ import annotations

import itertools
import re
import threading
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from PIL import Image as PILImage

from workflow.documents.iban import iban_fixed
from workflow.documents.lines import page_text
from workflow.documents.types import OcrOptions

if TYPE_CHECKING:
    from PIL.Image import Image

    from docpipe.layout import Word


@dataclass(frozen=True, slots=True)
class EngineRead:
    """What an engine found on one image: words with boxes as fractions of the upright
    image, the upright size in pixels, and the turn (degrees) that made it upright."""

    words: tuple[Word, ...]
    width: int
    height: int
    rotation: int = 0
    warnings: tuple[str, ...] = ()
    #: The engine told lookalike letters and digits apart itself (else
    #: :func:`digits_fixed` does, from the text alone).
    lookalikes_settled: bool = False


@dataclass(frozen=True, slots=True)
class OcrPage:
    """One image's text, its words in text order, and what the reader should know."""

    text: str
    words: tuple[Word, ...]
    width: int
    height: int
    #: Degrees (0, 90, 180, 270) the image was turned to read it upright.
    rotation: int
    #: Mean word confidence, 0..1 (``None``: no text found).
    confidence: float | None
    warnings: tuple[str, ...] = ()


class Engine(Protocol):
    """An OCR engine: one image in, its words out (the caller holds the lock)."""

    def read(self, image: Image) -> EngineRead: ...


_lock = threading.Lock()
_engines: dict[OcrOptions, Engine] = {}


def engine(options: OcrOptions | None = None) -> Engine:
    """The process's engine for ``options`` (default: Tesseract, English), built on first
    call."""
    options = options or OcrOptions()
    with _lock:
        built = _engines.get(options)
        if built is None:
            built = _build(options)
            _engines[options] = built
        return built


def _build(options: OcrOptions) -> Engine:
    # Each engine imports its library on demand: both are heavy, and only one is used.
    if options.engine == "rapidocr":
        from workflow.documents.ocr_rapid import RapidEngine  # noqa: PLC0415

        return RapidEngine()
    from workflow.documents.ocr_tesseract import TesseractEngine  # noqa: PLC0415

    return TesseractEngine(options.languages)


def recognize(image: Image, options: OcrOptions | None = None) -> OcrPage:
    """The text in ``image``: lines in reading order, with every word's box and confidence."""
    return read_with(engine(options or OcrOptions()), image)


def read_with(ocr: Engine, image: Image) -> OcrPage:
    """:func:`recognize` with a given engine (the bench compares engines and settings)."""
    paper = on_white(image)
    with _lock:
        read = ocr.read(paper)
    text, words = page_text(
        (
            word if read.lookalikes_settled else replace(word, text=digits_fixed(word.text))
            for word in read.words
        ),
        read.width,
        read.height,
    )
    text, words = _ibans_checked(text, words)
    scores = [word.confidence for word in words if word.confidence is not None]
    return OcrPage(
        text=text,
        words=words,
        width=read.width,
        height=read.height,
        rotation=read.rotation,
        confidence=sum(scores) / len(scores) if scores else None,
        warnings=read.warnings,
    )


def _ibans_checked(text: str, words: tuple[Word, ...]) -> tuple[str, tuple[Word, ...]]:
    """The page with IBANs repaired by their check digits (:mod:`workflow.documents.iban`);
    the text's tokens stay its words."""
    if "IBAN" not in text.upper():
        return text, words
    fixed: list[Word] = []
    for _, line in itertools.groupby(words, key=lambda word: word.line):
        run = list(line)
        fixed += [
            word if word.text == new else replace(word, text=new)
            for word, new in zip(run, iban_fixed([w.text for w in run]), strict=True)
        ]
    if all(a is b for a, b in zip(fixed, words, strict=True)):
        return text, words
    tokens = iter(word.text for word in fixed)
    rebuilt = re.sub(r"\S+", lambda _: next(tokens), text)
    return rebuilt, tuple(fixed)


#: Letters OCR reads where a digit was meant, when they touch a digit inside a word.
_DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
_LOOKALIKE_RUN = re.compile(r"(?<=\d)[OolI]+|[OolI]+(?=\d)")


def digits_fixed(text: str) -> str:
    """``text`` with O/o/l/I that touch a digit read as 0/1 ("POOO1" -> "P0001",
    "2O27" -> "2027"): in the fonts people print numbers in, OCR engines confuse them, and
    a reference or amount with a letter inside is wrong where it matters most. A word
    without a digit is left alone."""
    if not any(ch.isdigit() for ch in text):
        return text
    return _LOOKALIKE_RUN.sub(lambda match: match.group().translate(_DIGIT_LOOKALIKES), text)


def on_white(image: Image) -> Image:
    """RGB or greyscale for the engine; transparent areas become white paper, not black (a
    plain ``convert`` would turn black text on a transparent background into black on
    black)."""
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        paper = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
        return PILImage.alpha_composite(paper, rgba).convert("RGB")
    if image.mode in ("L", "RGB"):
        return image
    return image.convert("RGB")
