"""The evaluation's tables, side by side: one column group per (set, analyzer) scored, so the
development set the rules are tuned on and the held-out set they never see read across.

Also the held-out goals of the analysis work (issue #18) and whether a scoreboard meets them.
"""

from __future__ import annotations

from dataclasses import dataclass

from testbed.evaluation.score import FIELDS, Counts, Scoreboard
from testbed.evaluation.truth import KEY_FIGURES


@dataclass(frozen=True, slots=True)
class Goal:
    name: str
    value: float
    target: float

    @property
    def met(self) -> bool:
        return self.value >= self.target


def parties(board: Scoreboard) -> Counts:
    """Organisations and people counted as one field: the parties a reader names."""
    orgs, people = board.counts["organizations"], board.counts["people"]
    return Counts(orgs.tp + people.tp, orgs.fp + people.fp, orgs.fn + people.fn)


def goals(board: Scoreboard) -> list[Goal]:
    """The held-out goals: every key figure >= 0.95 right, parties F1 >= 0.9, line items F1
    >= 0.9, evidence pages >= 0.95, sections exact >= 0.9."""
    s = board.structure
    figures = [
        Goal(f"key figure {name}", s.figure_share(name), 0.95)
        for name in KEY_FIGURES
        if s.figures_total[name]
    ]
    return [
        *figures,
        Goal("parties F1", parties(board).f1, 0.9),
        Goal("line items F1", s.rows_f1, 0.9),
        Goal("evidence pages", s.pages_share, 0.95),
        Goal("sections exact", s.sections_share, 0.9),
    ]


def tables(boards: dict[str, Scoreboard]) -> list[str]:
    """Every table, one column group per board (named ``set/analyzer``)."""
    names = list(boards)
    width = max(14, *(len(n) + 2 for n in names))
    lines = ["", f"{'field':<16}" + "".join(f"{n:>{width + 14}}" for n in names) + "   (P  R  F1)"]
    for name in FIELDS:
        row = f"{name:<16}"
        for board in boards.values():
            c = board.counts[name]
            row += f"{'':>{width - 7}}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
        lines.append(row)
    row = f"{'parties':<16}"
    for board in boards.values():
        c = parties(board)
        row += f"{'':>{width - 7}}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
    lines.append(row)
    lines += [
        "",
        f"{'kind':<16}" + "".join(f"{n:>{width + 14}}" for n in names) + "   (docs type all)",
    ]
    kinds = list(dict.fromkeys(k for board in boards.values() for k, *_ in board.kind_table()))
    for kind in kinds:
        row = f"{kind:<16}"
        for board in boards.values():
            found = {k: (d, a, p) for k, d, a, p in board.kind_table()}.get(kind)
            row += f"{'':>{width - 7}}" + (
                f"{found[0]:>7}{found[1]:>7.2f}{found[2]:>7.2f}" if found else f"{'-':>7}{'':>14}"
            )
        lines.append(row)
    lines += _format_rows(boards, width)
    lines += ["", f"{'structure':<26}" + "".join(f"{n:>{width + 4}}" for n in names)]
    lines += _structure_rows(boards, width + 4)
    return lines


def _format_rows(boards: dict[str, Scoreboard], width: int) -> list[str]:
    """Key figures right by the file's format: where a reader (OCR, a parser) loses them."""
    names = list(boards)
    lines = [
        "",
        f"{'format':<16}" + "".join(f"{n:>{width + 14}}" for n in names) + "   (docs key figures)",
    ]
    tables = {name: {f: (d, r, t) for f, d, r, t in b.format_table()} for name, b in boards.items()}
    for fmt in dict.fromkeys(f for table in tables.values() for f in table):
        row = f"{fmt:<16}"
        for name in names:
            found = tables[name].get(fmt)
            cell = (
                f"{found[1] / found[2]:.3f} ({found[1]}/{found[2]})" if found and found[2] else "-"
            )
            row += f"{'':>{width - 7}}{found[0] if found else '-':>7}{cell:>18}"
        lines.append(row)
    return lines


def _structure_rows(boards: dict[str, Scoreboard], width: int) -> list[str]:
    def row(label: str, cells: list[str]) -> str:
        return f"{label:<26}" + "".join(f"{cell:>{width}}" for cell in cells)

    def share(right: int, total: int) -> str:
        return f"{right / total:.3f} ({right}/{total})" if total else "-"

    structures = [board.structure for board in boards.values()]
    out = [
        row(f"  {name}", [share(s.figures_right[name], s.figures_total[name]) for s in structures])
        for name in KEY_FIGURES
    ]
    out.append(
        row(
            "key figures right",
            [
                share(sum(s.figures_right.values()), sum(s.figures_total.values()))
                for s in structures
            ],
        )
    )
    out.append(row("  lost to a wrong split", [str(s.figures_unplaced) for s in structures]))
    out.append(
        row("  claimed, not labelled", [str(sum(s.figures_claimed.values())) for s in structures])
    )
    out.append(row("line items F1", [f"{s.rows_f1:.3f}" for s in structures]))
    out.append(
        row(
            "  rows tp/fp/fn",
            [f"{s.rows_tp}/{s.rows_fp}/{s.rows_fn}" for s in structures],
        )
    )
    out.append(
        row("evidence page right", [share(s.pages_right, s.pages_total) for s in structures])
    )
    out.append(
        row("evidence box overlaps", [share(s.boxes_right, s.boxes_total) for s in structures])
    )
    out.append(row("sections exact", [share(s.packets_exact, s.packets) for s in structures]))
    out.append(row("  single docs split", [str(s.false_splits) for s in structures]))
    return out
