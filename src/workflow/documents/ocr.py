"""Optical character recognition with RapidOCR (ONNX models shipped inside the wheel).

Loading the three models takes ~0.5 s and ~100 MB of memory (measured here), so the
engine is built once per process, on first use, under a lock. Inference is serialised by
the same lock: the engine object keeps per-call state, and on the small machines workers
run on, parallel OCR only fights over the same cores.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PIL.Image import Image


class _Engine(Protocol):
    def __call__(self, img_content: Any) -> tuple[list[list[Any]] | None, Any]: ...


_lock = threading.Lock()
_engine: _Engine | None = None
#: Recognitions below this confidence are noise (specks, ruling lines).
MIN_SCORE = 0.5
#: Images are scaled so their long side is at most this before OCR (the detector's sweet spot).
MAX_SIDE = 2500


def engine() -> _Engine:
    """The process's OCR engine, built on first call."""
    global _engine  # noqa: PLW0603 - a lazy per-process singleton is the point
    with _lock:
        if _engine is None:
            from rapidocr_onnxruntime import RapidOCR  # noqa: PLC0415 - heavy, load on demand

            _engine = RapidOCR()
        return _engine


def recognize(image: Image) -> str:
    """The text in ``image``, as lines in reading order (top to bottom, left to right)."""
    return recognize_scored(image)[0]


def recognize_scored(image: Image) -> tuple[str, float | None]:
    """:func:`recognize`, plus the engine's mean confidence over the text it kept (``None``
    when it kept nothing)."""
    import numpy as np  # noqa: PLC0415 - comes with the OCR engine; keep import time low

    rgb = _on_white(image)
    if max(rgb.size) > MAX_SIDE:
        rgb.thumbnail((MAX_SIDE, MAX_SIDE))
    # RapidOCR takes OpenCV's BGR channel order.
    pixels = np.asarray(rgb)[:, :, ::-1]
    ocr = engine()
    with _lock:
        result, _elapsed = ocr(np.ascontiguousarray(pixels))
    kept = _kept(result or [])
    confidence = sum(score for _, _, score in kept) / len(kept) if kept else None
    return _lines(kept), confidence


def _on_white(image: Image) -> Image:
    """RGB for the engine; transparent areas become white paper, not black (a plain
    ``convert`` would turn black text on a transparent background into black on black)."""
    from PIL import Image as PILImage  # noqa: PLC0415

    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        paper = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
        return PILImage.alpha_composite(paper, rgba).convert("RGB")
    return image.convert("RGB")


def _kept(result: list[list[Any]]) -> list[tuple[Any, str, float]]:
    """The recognitions worth keeping: confident enough and not blank."""
    kept = []
    for box, text, score in result:
        if float(score) >= MIN_SCORE and str(text).strip():
            kept.append((box, str(text).strip(), float(score)))
    return kept


def _lines(kept: list[tuple[Any, str, float]]) -> str:
    """Group recognised boxes into text lines by vertical overlap, then order each line by x."""
    boxes: list[tuple[float, float, float, str]] = []
    for box, text, _score in kept:
        ys = [float(point[1]) for point in box]
        xs = [float(point[0]) for point in box]
        boxes.append((min(ys), max(ys), min(xs), text))
    boxes.sort(key=lambda b: (b[0] + b[1]) / 2)
    lines: list[list[tuple[float, float, float, str]]] = []
    for top, bottom, left, text in boxes:
        centre = (top + bottom) / 2
        if lines:
            last = lines[-1]
            line_top = min(b[0] for b in last)
            line_bottom = max(b[1] for b in last)
            if line_top <= centre <= line_bottom:
                last.append((top, bottom, left, text))
                continue
        lines.append([(top, bottom, left, text)])
    return "\n".join(
        "  ".join(item[3] for item in sorted(line, key=lambda b: b[2])) for line in lines
    )
