"""Printing helpers of the variety documents (:mod:`testbed.evaluation.variety`): values in
styles :class:`~testbed.evaluation.corpus.Writer` has no name for, recorded in its labels."""

from __future__ import annotations

import datetime as dt

from testbed.evaluation.corpus import Writer
from testbed.evaluation.truth import LineItem


def record_money(w: Writer, amount: float, text: str) -> str:
    """``text`` (``amount`` printed in a style :class:`Writer` has no name for), recorded."""
    if (round(amount, 2), w.currency) not in w.amounts:
        w.amounts.append((round(amount, 2), w.currency))
    return text


def eu_number(amount: float, group: str = ".") -> str:
    whole, cents = f"{abs(amount):,.2f}".split(".")
    sign = "-" if amount < 0 else ""
    return f"{sign}{whole.replace(',', group)},{cents}"


def chf_number(amount: float) -> str:
    return f"{amount:,.2f}".replace(",", "'")


def record_day(w: Writer, day: dt.date, role: str | None, text: str) -> str:
    """``text`` (``day`` printed in an explicit style), recorded under ``role``."""
    if role is None:
        return text
    if (role, day.isoformat()) not in w.dates:
        w.dates.append((role, day.isoformat()))
    figure = {"issue": "issueDate", "due": "dueDate", "effective": "effectiveDate"}.get(role)
    return w.key(figure, text) if figure else text


def record_item(w: Writer, name: str, qty: int | None, unit: float | None, amount: float) -> None:
    w.line_items.append(LineItem(name, qty, unit, round(amount, 2)))


def record_total(w: Writer, amount: float, text: str) -> str:
    w.total = (round(amount, 2), w.currency)
    return w.key("total", record_money(w, amount, text))
