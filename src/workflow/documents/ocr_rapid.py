"""RapidOCR (ONNX models inside the ``rapidocr-onnxruntime`` wheel), as docpipe first used it.

It reads line segments, not words: each segment's words get a share of its box in
proportion to their characters. Loading the three models takes ~0.5 s and ~100 MB; the
engine is built once per process (:func:`workflow.documents.ocr.engine`), and its package
(the optional ``rapidocr`` extra) is imported then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from workflow.documents.lines import split_box
from workflow.documents.ocr import EngineRead

if TYPE_CHECKING:
    from PIL.Image import Image

    from docpipe.layout import Word

#: Recognitions below this confidence are noise (specks, ruling lines).
MIN_SCORE = 0.5
#: Images are scaled so their long side is at most this before OCR (the detector's sweet spot).
MAX_SIDE = 2500


class RapidEngine:
    """RapidOCR with its shipped models and default settings (``**params`` override them)."""

    def __init__(self, **params: Any) -> None:
        from rapidocr_onnxruntime import RapidOCR  # noqa: PLC0415 - heavy, load on demand

        self._ocr = RapidOCR(**params)

    def read(self, image: Image) -> EngineRead:
        rgb = image.convert("RGB")
        if max(rgb.size) > MAX_SIDE:
            rgb.thumbnail((MAX_SIDE, MAX_SIDE))
        width, height = rgb.size
        # RapidOCR takes OpenCV's BGR channel order.
        pixels = np.ascontiguousarray(np.asarray(rgb)[:, :, ::-1])
        result, _elapsed = self._ocr(pixels)
        words: list[Word] = []
        for box, text, score in result or []:
            if float(score) < MIN_SCORE or not str(text).strip():
                continue
            xs = [float(point[0]) for point in box]
            ys = [float(point[1]) for point in box]
            bbox = (min(xs) / width, min(ys) / height, max(xs) / width, max(ys) / height)
            words.extend(split_box(str(text), bbox, float(score)))
        return EngineRead(words=tuple(words), width=width, height=height)
