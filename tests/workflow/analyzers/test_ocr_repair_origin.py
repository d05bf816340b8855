"""Digits OCR reads as letters ("2O26", "3l") are repaired only in text OCR may have read: a
PDF's text layer is what the file says, so its "I25-0042" stays as printed."""

from __future__ import annotations

from typing import Any

from docpipe.layout import Layout, PageLayout, Word
from workflow.analyzers import OfflineAnalyzer

_TEXT = (
    "Harbor Lane Design LLC\n12 Market Street, Chicago\n\nINVOICE\n\n"
    "Invoice No.: I25-0042\nDate: 2026-03-05\n\nTotal  USD 2,741.71\n"
)


def _figures(confidence: float | None) -> dict[str, Any]:
    """Key figures of the text with one page whose words have ``confidence``."""
    words = tuple(
        Word(word, (0.1, 0.1, 0.2, 0.12), confidence, line)
        for line, row in enumerate(_TEXT.splitlines())
        for word in row.split()
    )
    layout = Layout((PageLayout(1, 612.0, 792.0, 0, len(_TEXT), words),))
    analysis = OfflineAnalyzer().analyze(
        _TEXT, media_type="application/pdf", filename="invoice.pdf", layout=layout
    )
    figures: dict[str, Any] = analysis["keyFigures"]
    return figures


class TestOcrRepairByOrigin:
    def test_text_layer_keeps_its_letters(self) -> None:
        """A text layer's "I25-0042" is the number as printed."""
        assert _figures(None)["documentNumber"] == "I25-0042"

    def test_ocr_read_page_is_repaired(self) -> None:
        """A page OCR read still has its look-alike letters read as digits."""
        assert _figures(0.9)["documentNumber"] == "125-0042"
