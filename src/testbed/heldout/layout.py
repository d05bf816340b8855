"""Setting a held-out page's elements into visual lines of positioned cells (in points on an
A4 page), which the PDF writer and the camera both draw: numbers flush right in their
columns, details flush right in a two-column header, totals flush right under the table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from testbed.evaluation.truth import unbreakable, unmark
from testbed.heldout.sheet import Element

#: Usable width of an A4 page between 56 pt margins.
WIDTH = 483.0
BODY, HEADING = 10.0, 14.0

#: (text, size, bold) -> width in points.
type Measure = Callable[[str, float, bool], float]


@dataclass(frozen=True, slots=True)
class Cell:
    x: float  # left edge, or right edge when ``right``
    text: str  # may hold marks
    right: bool = False
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Line:
    size: float
    cells: list[Cell] = field(default_factory=list)
    space_after: float = 0.0


def set_lines(elements: tuple[Element, ...] | list[Element], measure: Measure) -> list[Line]:
    out: list[Line] = []
    for element in elements:
        out += _element(element, measure)
        if out:
            last = out[-1]
            out[-1] = Line(last.size, last.cells, last.space_after + 7)
    return out


def _wrap(text: str, size: float, bold: bool, measure: Measure, width: float = WIDTH) -> list[str]:
    lines, line = [], ""
    for word in unbreakable(text).split(" "):
        candidate = f"{line} {word}" if line else word
        if line and measure(unmark(candidate).replace("\u00a0", " "), size, bold) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [part.replace("\u00a0", " ") for part in [*lines, line] if part]


def _element(element: Element, measure: Measure) -> list[Line]:  # noqa: PLR0911 - one per kind
    kind = element[0]
    if kind == "title":
        return [
            Line(HEADING, [Cell(0, t, bold=True)])
            for t in _wrap(element[1], HEADING, True, measure)
        ]
    if kind == "text":
        return [Line(BODY, [Cell(0, t)]) for t in _wrap(element[1], BODY, False, measure)]
    if kind == "lines":
        return [
            Line(BODY, [Cell(0, t)])
            for line in element[1]
            for t in _wrap(line, BODY, False, measure) or [""]
        ]
    if kind in ("fields", "mail"):
        pairs = element[1]
        column = max(measure(f"{label}:", BODY, True) for label, _ in pairs) + 12
        out = []
        for label, value in pairs:
            parts = _wrap(value, BODY, False, measure, WIDTH - column) or [""]
            out.append(Line(BODY, [Cell(0, f"{label}:", bold=True), Cell(column, parts[0])]))
            out += [Line(BODY, [Cell(column, part)]) for part in parts[1:]]
        return out
    if kind == "head":
        left, right = element[1], element[2]
        return [
            Line(
                BODY,
                [
                    *([Cell(0, left[i], bold=i == 0)] if i < len(left) else []),
                    *([Cell(WIDTH, right[i], right=True)] if i < len(right) else []),
                ],
            )
            for i in range(max(len(left), len(right)))
        ]
    if kind == "grid":
        return _grid(element[1], element[2], element[3], measure)
    if kind == "sums":
        return [
            Line(
                BODY,
                [
                    Cell(WIDTH - 120, label, right=True, bold=i == len(element[1]) - 1),
                    Cell(WIDTH, value, right=True, bold=i == len(element[1]) - 1),
                ],
            )
            for i, (label, value) in enumerate(element[1])
        ]
    if kind == "sign":
        blocks = element[1]
        step = WIDTH / len(blocks)
        depth = max(len(b) for b in blocks)
        return [Line(BODY, [Cell(0, "")], 14)] + [
            Line(
                BODY, [Cell(step * n, block[i]) for n, block in enumerate(blocks) if i < len(block)]
            )
            for i in range(depth)
        ]
    raise ValueError(f"unknown element {kind!r}")


def _grid(
    header: list[str], rows: list[list[str]], numeric: list[bool], measure: Measure
) -> list[Line]:
    widths = [
        max(measure(unmark(row[i]), BODY, True) for row in [header, *rows]) + 16
        for i in range(len(header))
    ]
    spare = WIDTH - sum(widths)
    if spare > 0:  # the description column takes the slack, as spreadsheets lay it out
        wide = max(range(len(header)), key=lambda i: widths[i] if not numeric[i] else 0)
        widths[wide] += spare
    lefts = [sum(widths[:i]) for i in range(len(widths))]
    out = []
    for index, row in enumerate([header, *rows]):
        cells = [
            Cell(lefts[i] + widths[i] - 8, text, right=True, bold=index == 0)
            if numeric[i]
            else Cell(lefts[i], text, bold=index == 0)
            for i, text in enumerate(row)
        ]
        out.append(Line(BODY, cells, 2))
    return out
