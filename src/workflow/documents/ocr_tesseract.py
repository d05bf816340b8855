"""Tesseract 5 through tesserocr: orientation, deskew, then words with boxes.

The ``tesserocr`` wheel carries the Tesseract library; the trained models are Debian's
``tesseract-ocr-<lang>`` packages (``/usr/share/tesseract-ocr/5/tessdata``; ``TESSDATA_PREFIX``
points elsewhere). Nothing is downloaded.

Before recognition, in this order (each measured by ``bench/ocr_eval.py``):

0. **Photographed pages** -- the sheet found on the desk and warped to a rectangle, uneven
   light divided out (:mod:`workflow.documents.paper`; a scan is left as it is).
1. **Grain and contrast** -- a noisy page (scanner noise, specks) goes through a 3x3 median
   filter; a faint page (grey ink on grey paper) is stretched to black on white.
2. **Orientation** -- Tesseract's orientation detector (``osd.traineddata``) on a reduced
   copy of the page says whether it is turned 90, 180 or 270 degrees; a confident answer
   turns the page upright. A small page (a 150 dpi receipt) it has no answer for is asked
   again enlarged twice: the detector needs a few pixels per stroke.
3. **Skew** -- :func:`workflow.documents.skew.skew_degrees` measures the text lines' tilt
   (Tesseract's layout analysis reports none); a page more than :data:`_MIN_SKEW_DEGREES`
   off is rotated straight, so lines stay lines and boxes stay tight.

After the page's pass, a word that mixes letters and digits has a glyph read twice read once
and its lookalikes (I/1, O/0, T/1, S/$) settled by the page's own sure glyphs
(:mod:`workflow.documents.ocr_glyphs`), numbers it was unsure of are read again on their own
(:mod:`workflow.documents.ocr_reread`), and ink it left unread, shaped like text, is read as
a line of its own (:mod:`workflow.documents.ocr_leftovers`).

``tesserocr`` (the Tesseract library itself) is imported when the engine is built, not with
this module.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image as PILImage
from PIL import ImageFilter

from docpipe.errors import ConfigError
from docpipe.layout import Word
from workflow.documents.ocr import EngineRead, digits_fixed
from workflow.documents.ocr_glyphs import Glyph, GlyphShapes, GlyphWord, mixes_classes
from workflow.documents.ocr_leftovers import LeftoverReader
from workflow.documents.ocr_reread import NumberRereader, PageWord
from workflow.documents.paper import evened, unwarped
from workflow.documents.skew import skew_degrees

if TYPE_CHECKING:
    from PIL.Image import Image

#: Where Debian's packages put the models (Tesseract 5), then older layouts.
TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
)
#: Orientation answers less confident than this are ignored (Tesseract's own scale; a
#: clear page scores 5-20, a blank or noisy one below 1).
_MIN_ORIENTATION_CONFIDENCE = 1.0
#: The orientation detector sees the page reduced to this long side (an A4 page at ~200 dpi:
#: below that it fails on 9-point type).
_ORIENTATION_SIDE = 2400
#: A page whose long side is below this, when the detector has no answer, is asked again
#: enlarged by :data:`_ORIENTATION_RETRY_SCALE` (small 150 dpi receipts turned sideways).
_ORIENTATION_RETRY_SIDE = 2000
_ORIENTATION_RETRY_SCALE = 2
#: A page whose darkest ink and lightest paper (0.1th and 99.9th percentile, 0-255; ink
#: covers a few percent of a page) are closer than this is faint: it is stretched to the
#: full range first. Faint pages measure 80-115 here, blurred and worn scans 165 and more.
_FAINT_RANGE = 150
#: A script is named in a warning only when the detector is at least this sure of it (it
#: calls a plain English ledger "Cyrillic" at 0.6).
_MIN_SCRIPT_CONFIDENCE = 2.0
#: A page whose neighbouring pixels differ by at least this much (median, 0-255) is grainy
#: (scanner noise, specks): a 3x3 median filter goes first. Clean and JPEG'd pages score 0;
#: Tesseract spent 340 s and read nothing on a noisy 300 dpi page left as it was.
_NOISY = 2.0
#: Skew below this is left alone: it does not break lines, the estimate on a page of two
#: short lines is only this good, and every rotation resamples (and blurs) the page.
_MIN_SKEW_DEGREES = 0.4
#: A page the orientation detector turned and whose words are on average less sure than this
#: (0..1) is read as given too: a page read right side up scores 0.85-0.95, one read upside
#: down below 0.5.
_DOUBTFUL_TURN = 0.7
#: Words Tesseract is less sure of than this (0-100) are specks and ruling lines.
_MIN_WORD_CONFIDENCE = 10.0
#: Scripts the orientation detector names -> a Tesseract language that reads them.
_SCRIPT_LANGUAGES = {
    "Latin": "eng",
    "Cyrillic": "rus",
    "Greek": "ell",
    "Arabic": "ara",
    "Hebrew": "heb",
    "Han": "chi_sim",
    "Japanese": "jpn",
    "Hangul": "kor",
    "Devanagari": "hin",
    "Thai": "tha",
}
#: Languages written in each script (the installed-language check for a page's script).
_LATIN = frozenset(
    (
        "eng", "deu", "fra", "spa", "ita", "por", "nld", "swe", "dan", "nor", "fin", "pol",
        "ces", "slk", "slv", "hrv", "hun", "ron", "tur", "cat", "est", "lav", "lit", "isl",
        "gle", "vie", "ind", "msa", "afr", "sqi", "eus", "glg",
    )
)  # fmt: skip


def tessdata_dir(env: dict[str, str] | None = None) -> str | None:
    """The folder holding the models: ``TESSDATA_PREFIX`` if set, else Debian's."""
    environ = os.environ if env is None else env
    configured = environ.get("TESSDATA_PREFIX")
    if configured:
        return configured
    return next((path for path in TESSDATA_DIRS if Path(path).is_dir()), None)


def installed_languages(path: str | None) -> set[str]:
    """The languages whose ``.traineddata`` is in ``path``."""
    if path is None:
        return set()
    return {model.stem for model in Path(path).glob("*.traineddata")}


class TesseractEngine:
    """One Tesseract instance for the configured languages, and one for orientation."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        import tesserocr  # noqa: PLC0415 - heavy, load on demand

        self._tesserocr = tesserocr
        path = tessdata_dir()
        installed = installed_languages(path)
        usable = tuple(lang for lang in languages if lang in installed)
        missing = [lang for lang in languages if lang not in installed]
        self.warnings = tuple(
            f"OCR language {lang!r} is not installed (Debian package tesseract-ocr-{lang});"
            " pages were read without it"
            for lang in missing
        )
        if not usable:
            raise ConfigError(
                f"no Tesseract model for {'+'.join(languages)} in {path or 'any tessdata folder'}"
                " (install tesseract-ocr-eng, or set DOCPIPE_OCR_LANGUAGES)"
            )
        self.languages = usable
        self._api = tesserocr.PyTessBaseAPI(
            path=path, lang="+".join(usable), psm=tesserocr.PSM.AUTO, oem=tesserocr.OEM.LSTM_ONLY
        )
        # Every symbol's alternatives: lookalikes are settled by them (ocr_glyphs).
        self._api.SetVariable("lstm_choice_mode", "2")
        self._numbers = NumberRereader(tesserocr, path, "+".join(usable))
        self._leftovers = LeftoverReader(tesserocr, path, "+".join(usable), self._numbers)
        self._osd: Any = None
        if "osd" in installed:
            self._osd = tesserocr.PyTessBaseAPI(path=path, lang="osd", psm=tesserocr.PSM.OSD_ONLY)

    def read(self, image: Image) -> EngineRead:
        image = _stretched(_denoised(evened(unwarped(image))))
        rotation, script = self._orientation(image)
        image, words = self._read_turned(image, rotation)
        if rotation and _mean_confidence(words) < _DOUBTFUL_TURN:
            # The detector turns some short upright slips upside down (and reads them as
            # garbage, sure of itself): read the page as given too, and keep the surer.
            upright, as_given = self._read_turned(image.rotate(-rotation, expand=True), 0)
            if _mean_confidence(as_given) > _mean_confidence(words):
                image, words, rotation = upright, as_given, 0
        warnings = self.warnings
        language = _SCRIPT_LANGUAGES.get(script or "")
        if words and language and not self._reads_script(script or ""):
            warnings = (
                *warnings,
                f"page looks written in {script} script, which no configured OCR language"
                f" reads (install tesseract-ocr-{language} and add {language!r} to"
                " DOCPIPE_OCR_LANGUAGES)",
            )
        width, height = image.size
        return EngineRead(
            words=words,
            width=width,
            height=height,
            rotation=rotation,
            warnings=warnings,
            lookalikes_settled=True,
        )

    def _read_turned(self, image: Image, rotation: int) -> tuple[Image, tuple[Word, ...]]:
        """The page turned ``rotation`` degrees and deskewed, and its words."""
        if rotation:
            image = image.rotate(rotation, expand=True)
        image = self._deskewed(image)
        self._api.SetImage(image)
        return image, self._words(image)

    def _reads_script(self, script: str) -> bool:
        if script == "Latin":
            return any(lang in _LATIN for lang in self.languages)
        return _SCRIPT_LANGUAGES[script] in self.languages

    def _orientation(self, image: Image) -> tuple[int, str | None]:
        """Degrees to turn the page (counter-clockwise) to read it upright, and its script."""
        if self._osd is None:
            return 0, None
        grey = image.convert("L")
        scale = _ORIENTATION_SIDE / max(grey.size)
        if scale < 1:
            grey = grey.resize((round(grey.width * scale), round(grey.height * scale)))
        found = self._detect(grey)
        if not _orientation_sure(found) and max(grey.size) < _ORIENTATION_RETRY_SIDE:
            factor = _ORIENTATION_RETRY_SCALE
            larger = grey.resize((grey.width * factor, grey.height * factor), _bicubic())
            found = self._detect(larger) or found
        if not found:
            return 0, None
        sure = found.get("script_conf", 0.0) >= _MIN_SCRIPT_CONFIDENCE
        script = found.get("script_name") if sure else None
        if found.get("orient_conf", 0.0) < _MIN_ORIENTATION_CONFIDENCE:
            return 0, script
        return int(found["orient_deg"]) % 360, script

    def _detect(self, grey: Image) -> dict[str, Any] | None:
        self._osd.SetImage(grey)
        found: dict[str, Any] | None = self._osd.DetectOrientationScript()
        return found

    def _deskewed(self, image: Image) -> Image:
        angle = skew_degrees(image)
        if abs(angle) < _MIN_SKEW_DEGREES:
            return image
        fill = 255 if image.mode == "L" else (255, 255, 255)
        return image.rotate(-angle, resample=_bicubic(), expand=False, fillcolor=fill)

    def _words(self, image: Image) -> tuple[Word, ...]:
        tesserocr = self._tesserocr
        api = self._api
        api.Recognize()
        word_level, symbol_level = tesserocr.RIL.WORD, tesserocr.RIL.SYMBOL
        read: list[tuple[PageWord, GlyphWord]] = []
        line = -1
        iterator = api.GetIterator()
        if iterator is None:
            return ()
        current: GlyphWord | None = None
        for item in tesserocr.iterate_level(iterator, symbol_level):
            if item.IsAtBeginningOf(word_level):
                current = None
                if item.Empty(word_level):
                    continue
                if item.IsAtBeginningOf(tesserocr.RIL.TEXTLINE):
                    line += 1
                try:
                    text = item.GetUTF8Text(word_level)
                except RuntimeError:  # tesserocr's word without text (an image region)
                    continue
                box = item.BoundingBox(word_level)
                if not text or not text.strip() or box is None:
                    continue
                current = GlyphWord(box)
                confidence = item.Confidence(word_level)
                read.append((PageWord(text.strip(), box, confidence, line), current))
            if current is not None:
                current.glyphs.append(_glyph(item, symbol_level))
        thresholded = api.GetThresholdedImage()
        words = _settled(read, thresholded, image.size)
        kept = [
            word
            for word in self._numbers.reread(image, words)
            if word.confidence >= _MIN_WORD_CONFIDENCE
        ]
        kept += self._leftovers.read(image, thresholded, kept)
        kept = [
            word if word.settled else replace(word, text=digits_fixed(word.text)) for word in kept
        ]
        width, height = image.size
        return tuple(
            Word(
                word.text,
                (
                    word.box[0] / width,
                    word.box[1] / height,
                    word.box[2] / width,
                    word.box[3] / height,
                ),
                word.confidence / 100,
            )
            for word in kept
        )


def _glyph(item: Any, level: Any) -> Glyph:
    """The symbol at ``item``, with its choices (``lstm_choice_mode`` 2)."""
    text = item.GetUTF8Text(level) or ""
    box = item.BoundingBox(level) or (0, 0, 0, 0)
    choices = tuple(
        (choice.GetUTF8Text(), float(choice.Confidence())) for choice in item.GetChoiceIterator()
    )
    return Glyph(text, box, choices)


def _settled(
    read: list[tuple[PageWord, GlyphWord]], thresholded: Image, size: tuple[int, int]
) -> list[PageWord]:
    """The words, each that mixes letters and digits with its doubled glyphs read once and
    its lookalikes settled by the page's own glyphs (:mod:`workflow.documents.ocr_glyphs`)."""
    doubtful = [
        index
        for index, (word, glyphs) in enumerate(read)
        if mixes_classes(word.text) and glyphs.text == word.text
    ]
    if not doubtful:
        return [word for word, _ in read]
    ink = np.asarray(thresholded.convert("L")) < 128
    if ink.shape != (size[1], size[0]):
        return [word for word, _ in read]
    shapes = GlyphShapes(ink, [glyphs for _, glyphs in read])
    words = [word for word, _ in read]
    for index in doubtful:
        word, glyphs = read[index]
        text, unsettled = shapes.resolved(glyphs)
        fallback = digits_fixed(text)  # where no shape decides, digits as before
        text = "".join(
            new if position in unsettled else old
            for position, (old, new) in enumerate(zip(text, fallback, strict=True))
        )
        words[index] = replace(word, text=text, settled=True)
    return words


def _denoised(image: Image) -> Image:
    """``image``, through a median filter when it is grainy (see :data:`_NOISY`)."""
    grey = np.asarray(image.convert("L"), dtype=np.int16)
    step = max(1, grey.shape[0] // 400)  # every few rows are enough to tell
    rows = grey[::step]
    if float(np.median(np.abs(rows[:, 1:] - rows[:, :-1]))) < _NOISY:
        return image
    return image.filter(ImageFilter.MedianFilter(3))


def _orientation_sure(found: dict[str, Any] | None) -> bool:
    return bool(found) and found.get("orient_conf", 0.0) >= _MIN_ORIENTATION_CONFIDENCE  # type: ignore[union-attr]


def _stretched(image: Image) -> Image:
    """``image`` stretched to black on white when its ink is faint (see :data:`_FAINT_RANGE`)."""
    grey = image.convert("L")
    low, high = (float(v) for v in np.percentile(np.asarray(grey)[::4, ::4], (0.1, 99.9)))
    if high - low >= _FAINT_RANGE or high - low < 1:
        return image
    scale = 255 / (high - low)
    return grey.point(lambda v: round(min(255.0, max(0.0, (v - low) * scale))))


def _bicubic() -> Any:
    return PILImage.Resampling.BICUBIC


def _mean_confidence(words: tuple[Word, ...]) -> float:
    """The words' mean confidence (0..1), weighted by their length; 0 for none."""
    weights = [len(word.text) for word in words]
    if not sum(weights):
        return 0.0
    return sum((word.confidence or 0.0) * w for word, w in zip(words, weights, strict=True)) / sum(
        weights
    )
