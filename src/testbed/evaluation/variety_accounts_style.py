"""How the account papers of :mod:`testbed.evaluation.variety_accounts` write their figures:
money with the separators and signs banks and bookkeeping software print (``1,234.56``,
``1.234,56``, ``1 234,56``; ``-45.00``, ``(45.00)``, ``45.00 CR``, ``45,00-``), dates as
each country and each kind of paper writes them, and a :class:`Doc` that records every
printed figure in the labels as it is written.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from testbed.evaluation.corpus import Writer
from testbed.evaluation.figure_locale import MONTHS
from testbed.evaluation.truth import DATE_FIGURES


def month(day: dt.date, lang: str = "en") -> str:
    return MONTHS[lang][day.month - 1]


def when(day: dt.date, style: str) -> str:  # noqa: PLR0911 - one return per style
    """``day`` written in ``style``: ``us``, ``us2``, ``uk``, ``dot``, ``dot2``, ``iso``,
    ``abbr`` (14 Mar 2026), ``mdy_abbr`` (Mar 14, 2026), ``ddmon`` (14MAR26), or ``long_<lang>``."""
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "us2":
        return f"{day.month:02d}/{day.day:02d}/{day.year % 100:02d}"
    if style == "uk":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dot":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "dot2":
        return f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"
    if style == "iso":
        return day.isoformat()
    if style == "abbr":
        return f"{day.day} {month(day)[:3]} {day.year}"
    if style == "mdy_abbr":
        return f"{month(day)[:3]} {day.day}, {day.year}"
    if style == "ddmon":
        return f"{day.day:02d}{month(day)[:3].upper()}{day.year % 100:02d}"
    if style == "long_us":
        return f"{month(day)} {day.day}, {day.year}"
    lang = style.removeprefix("long_")
    name = month(day, lang)
    if lang == "de":
        return f"{day.day}. {name} {day.year}"
    if lang == "es":
        return f"{day.day} de {name} de {day.year}"
    return f"{day.day} {name} {day.year}"


def short(day: dt.date, style: str) -> str:
    """A row's date without its year, as statements print them (``03/14``, ``14.03.``,
    ``14 Mar``)."""
    if style in ("us", "us2"):
        return f"{day.month:02d}/{day.day:02d}"
    if style in ("dot", "dot2"):
        return f"{day.day:02d}.{day.month:02d}."
    if style == "uk":
        return f"{day.day:02d}/{day.month:02d}"
    return f"{day.day:02d} {month(day)[:3]}"


def grouped(value: float, sep: str) -> str:
    """``abs(value)`` with two decimals, grouped as ``sep`` says: ``us`` 1,234.56, ``eu``
    1.234,56, ``fr`` 1 234,56 (a no-break space in print, a space here), ``ch`` 1'234.56."""
    plain = f"{abs(value):,.2f}"
    if sep == "eu":
        return plain.replace(",", "#").replace(".", ",").replace("#", ".")
    if sep == "fr":
        return plain.replace(",", " ").replace(".", ",")
    if sep == "ch":
        return plain.replace(",", "'")
    return plain


def signed(value: float, sep: str, sign: str = "-") -> str:
    """``value`` with its sign as ``sign`` prints a negative: ``-`` (-45.00), ``()``
    ((45.00)), ``cr`` (45.00 CR), ``trail`` (45,00-), ``plus`` (+45.00 / -45.00)."""
    text = grouped(value, sep)
    if value >= 0:
        return f"+{text}" if sign == "plus" and value > 0 else text
    return {"()": f"({text})", "cr": f"{text} CR", "trail": f"{text}-"}.get(sign, f"-{text}")


@dataclass
class Doc:
    """One document being written: its writer (the labels), currency and separators."""

    rng: random.Random
    currency: str = "USD"
    sep: str = "us"
    w: Writer = field(init=False)

    def __post_init__(self) -> None:
        self.w = Writer(
            self.rng, currency="EUR" if self.currency not in ("USD", "GBP") else self.currency
        )

    def num(self, value: float, sign: str = "-") -> str:
        """A bare figure (no currency printed beside it: not an entity amount)."""
        return signed(value, self.sep, sign)

    def money(self, value: float, mark: str, *, after: bool = False, sign: str = "-") -> str:
        """``value`` with its currency mark before it (``£12.00``, ``EUR 12,00``) or after it
        (``12,00 €``), recorded among the document's amounts."""
        self.w._add(self.w.amounts, (round(value, 2), self.currency))
        if sign == "inner":
            return f"{mark}{signed(value, self.sep)}"
        text = signed(value, self.sep, sign)
        if after:
            return f"{text} {mark}".rstrip()
        if text.startswith(("-", "(", "+")) and sign in ("-", "plus", "()"):
            return f"{text[0]}{mark}{text[1:]}"
        return f"{mark}{text}"

    def note(self, value: float, text: str) -> str:
        """``text``, which prints ``value`` tied to the currency by its mark or its label,
        recorded among the document's amounts."""
        self.w._add(self.w.amounts, (round(value, 2), self.currency))
        return text

    def total(self, value: float, text: str) -> str:
        """``text`` (the printed total) labelled as the document's total."""
        self.w.total = (round(value, 2), self.currency)
        return self.w.key("total", text)

    def day(self, day: dt.date, style: str, role: str | None = None) -> str:
        text = when(day, style)
        if role is None:
            return text
        self.w._add(self.w.dates, (role, day.isoformat()))
        return self.w.key(DATE_FIGURES[role], text) if role in DATE_FIGURES else text

    def number(self, text: str) -> str:
        self.w.number = text
        return self.w.key("documentNumber", text)

    def org(self, name: str) -> str:
        self.w._add(self.w.organizations, name.rstrip("."))
        return name

    def person(self, name: str) -> str:
        self.w._add(self.w.people, name)
        return name

    def vendor(self, name: str) -> str:
        self.org(name)
        self.w.vendor = name.rstrip(".")
        return self.w.key("vendor", name)

    def item(
        self, description: str, amount: float, qty: float | None = None, unit: float | None = None
    ) -> str:
        self.w.line_item(description, qty, unit, amount)
        return description


def someday(rng: random.Random) -> dt.date:
    return dt.date(2025, 9, 1) + dt.timedelta(days=rng.randrange(0, 420))


def month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def spread(rng: random.Random, start: dt.date, end: dt.date, count: int) -> list[dt.date]:
    """``count`` posting days between ``start`` and ``end``, in order."""
    span = (end - start).days
    return sorted(start + dt.timedelta(days=rng.randint(0, span)) for _ in range(count))


def cents(rng: random.Random, low: float, high: float) -> float:
    return round(rng.uniform(low, high), 2)


__all__ = [
    "Doc",
    "cents",
    "grouped",
    "month",
    "month_end",
    "short",
    "signed",
    "someday",
    "spread",
    "when",
]
