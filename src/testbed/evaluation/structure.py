"""Scoring what an analysis says about a document's structure: key figures, line items,
evidence and the sections of a packet.

- **Key figures** (``keyFigures``): each labelled figure is right or not (numbers compared
  case-blind, vendors as organisations compare, totals to the cent with their currency,
  dates as ISO days). A figure the analysis states that the labels do not fix is a false
  claim: counted, but only a miss of a labelled figure lowers the share right.
- **Line items**: a predicted row matches a labelled row (one to one, in order of the
  labels) when the amount agrees to the cent, the quantity agrees (a row printed without a
  quantity accepts none or 1), and the descriptions agree once case, punctuation and
  spacing are ignored (or one holds the other, or they are 80% alike: OCR drops letters).
  F1 over rows, micro-averaged; scored on document types that carry line items.
- **Evidence**: per labelled key figure, the page is right when the cited 1-based page is
  the one the renderer printed it on; the box is right when the cited box overlaps the
  printed one with an intersection over union of at least :data:`MIN_IOU` (a word's box
  against a value's box, or a line's box against a word's, both clear it; a box around the
  whole page does not). Boxes are scored only where the format has geometry (PDF, scans). A
  packet section's figures are looked up in the section's own ``evidence`` when it has one,
  else in the file's.
- **Sections**: a packet's sections are exact when the list of ``(documentType, [first,
  last])`` equals the labelled one; a single document cut into sections is a false split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from testbed.evaluation.truth import DATE_FIGURES, KEY_FIGURES, Box, Evidence, LineItem

#: Least intersection over union for a cited box to count as pointing at the value.
MIN_IOU = 0.1
#: Descriptions this alike (difflib ratio, after normalising) are one description.
MIN_DESCRIPTION_RATIO = 0.8
_NON_WORD = re.compile(r"[\W_]+")


def norm_text(text: str) -> str:
    return _NON_WORD.sub("", text.casefold())


def predicted_figures(figures: dict[str, Any], norm_org: Any) -> dict[str, Any]:
    """An analysis' ``keyFigures`` in the labels' terms."""
    out: dict[str, Any] = {}
    number = figures.get("documentNumber") or figures.get("invoiceNumber")
    if number:
        out["documentNumber"] = str(number).casefold()
    if figures.get("vendor"):
        out["vendor"] = norm_org(str(figures["vendor"]))
    total = figures.get("total")
    if isinstance(total, dict) and total.get("amount") is not None:
        out["total"] = (round(float(total["amount"]), 2), total.get("currency"))
    for name in DATE_FIGURES.values():
        if figures.get(name):
            out[name] = str(figures[name])
    return out


def rows_match(got: dict[str, Any], want: LineItem) -> bool:
    """Whether a predicted ``lineItems`` row is the labelled row."""
    try:
        amount = float(got.get("amount"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    if abs(amount - want.amount) > 0.005:
        return False
    quantity = got.get("quantity")
    if want.quantity is None:
        if quantity not in (None, 1, 1.0):
            return False
    elif quantity is None or abs(float(quantity) - want.quantity) > 1e-6:
        return False
    a, b = norm_text(str(got.get("description") or "")), norm_text(want.description)
    if not a:
        return False
    return (
        a == b or a in b or b in a or SequenceMatcher(None, a, b).ratio() >= MIN_DESCRIPTION_RATIO
    )


def matched_rows(got: list[dict[str, Any]], want: tuple[LineItem, ...]) -> int:
    """Rows matched one to one (each labelled row takes the first free predicted match)."""
    free = list(range(len(got)))
    hits = 0
    for row in want:
        for index in free:
            if rows_match(got[index], row):
                free.remove(index)
                hits += 1
                break
    return hits


def iou(a: Box, b: Box) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    if width <= 0 or height <= 0:
        return 0.0
    inter = width * height
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def _box(raw: Any) -> Box | None:
    if not isinstance(raw, list | tuple) or len(raw) != 4:
        return None
    try:
        x0, y0, x1, y1 = (float(v) for v in raw)
    except (TypeError, ValueError):
        return None
    return (x0, y0, x1, y1)


@dataclass
class Structure:
    """Counts for key figures, line items, evidence and sections over a set."""

    figures_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KEY_FIGURES, 0))
    figures_total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KEY_FIGURES, 0))
    figures_claimed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KEY_FIGURES, 0))
    rows_tp: int = 0
    rows_fp: int = 0
    rows_fn: int = 0
    pages_right: int = 0
    pages_total: int = 0
    boxes_right: int = 0
    boxes_total: int = 0
    packets: int = 0
    packets_exact: int = 0
    false_splits: int = 0
    #: Key figures of packet sections whose pages no predicted section has: lost to the split
    #: whatever the extraction read, so a wrong boundary is told apart from a wrong rule.
    figures_unplaced: int = 0
    misses: list[str] = field(default_factory=list)

    def add_figures(self, case_id: str, got: dict[str, Any], want: dict[str, Any]) -> None:
        for name in KEY_FIGURES:
            if name in want:
                self.figures_total[name] += 1
                if got.get(name) == want[name]:
                    self.figures_right[name] += 1
                else:
                    self.misses.append(
                        f"{case_id} {name}: want {want[name]!r} got {got.get(name)!r}"
                    )
            elif name in got:
                self.figures_claimed[name] += 1

    def add_rows(self, case_id: str, got: list[dict[str, Any]], want: tuple[LineItem, ...]) -> None:
        hits = matched_rows(got, want)
        self.rows_tp += hits
        self.rows_fp += len(got) - hits
        self.rows_fn += len(want) - hits
        if hits != len(want) or hits != len(got):
            self.misses.append(
                f"{case_id} lineItems: {hits} of {len(want)} rows matched, {len(got)} given"
            )

    def add_evidence(
        self, case_id: str, got: dict[str, Any], want: tuple[tuple[str, Evidence], ...]
    ) -> None:
        for name, truth in want:
            raw = got.get(name)
            cited: dict[str, Any] = raw if isinstance(raw, dict) else {}
            self.pages_total += 1
            page_right = cited.get("page") == truth.page
            self.pages_right += page_right
            if not page_right:
                self.misses.append(
                    f"{case_id} evidence {name}: page {cited.get('page')} not {truth.page}"
                )
            if truth.bbox is not None:
                self.boxes_total += 1
                box = _box(cited.get("bbox"))
                if page_right and box is not None and iou(box, truth.bbox) >= MIN_IOU:
                    self.boxes_right += 1
                else:
                    self.misses.append(f"{case_id} evidence {name}: box {box} not {truth.bbox}")

    @property
    def figures_share(self) -> float:
        total = sum(self.figures_total.values())
        return sum(self.figures_right.values()) / total if total else 1.0

    def figure_share(self, name: str) -> float:
        total = self.figures_total[name]
        return self.figures_right[name] / total if total else 1.0

    @property
    def rows_f1(self) -> float:
        p = self.rows_tp / (self.rows_tp + self.rows_fp) if self.rows_tp + self.rows_fp else 1.0
        r = self.rows_tp / (self.rows_tp + self.rows_fn) if self.rows_tp + self.rows_fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def pages_share(self) -> float:
        return self.pages_right / self.pages_total if self.pages_total else 1.0

    @property
    def boxes_share(self) -> float:
        return self.boxes_right / self.boxes_total if self.boxes_total else 1.0

    @property
    def sections_share(self) -> float:
        return self.packets_exact / self.packets if self.packets else 1.0
