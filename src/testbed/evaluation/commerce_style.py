"""How the commerce documents of the development set print money and dates
(:mod:`testbed.evaluation.variety_commerce`): the conventions of the countries they come from,
drawn from a seed, each printed value recorded in the labels as it is printed.

A :class:`Style` fixes a currency, its mark (``$``, ``€``, ``EUR``, ``CHF``) before or after
the number, the decimal mark and thousands separator (``,`` ``.`` space, no-break space,
apostrophe), how a negative amount is written (``-12.00``, ``(12.00)``, ``12.00-``) and the
date styles in use. Everything printed goes through :class:`Printer`, which records it in the
case's :class:`~testbed.evaluation.corpus.Writer`.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from testbed.evaluation.corpus import Writer
from testbed.evaluation.truth import DATE_FIGURES, LineItem

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class Style:
    """One country's way of printing money and dates."""

    name: str
    currency: str
    marks: tuple[str, ...]  # how the currency is written; a leading space: after the number
    decimal: str
    groups: tuple[str, ...]
    dates: tuple[str, ...]
    negatives: tuple[str, ...] = ("-",)

    @property
    def european(self) -> bool:
        return self.decimal == ","


STYLES = (
    Style(
        "us",
        "USD",
        ("$", "USD "),
        ".",
        (",",),
        ("us_slash", "us_long", "us_short", "iso"),
        ("-", "()"),
    ),
    Style(
        "uk", "GBP", ("£", "GBP "), ".", (",",), ("dmy_slash", "uk_long", "dmy_abbr"), ("-", "()")
    ),
    Style("de", "EUR", (" €", " EUR", "EUR "), ",", (".",), ("dmy_dot", "iso"), ("-", "trail")),
    Style("fr", "EUR", (" €",), ",", (" ", "\u00a0"), ("dmy_slash", "uk_long")),
    Style("ie", "EUR", ("€", "EUR "), ".", (",",), ("dmy_slash", "uk_long", "dmy_abbr")),
    Style("nl", "EUR", ("€ ", "EUR "), ",", (".",), ("dmy_dash", "iso")),
    Style("ch", "CHF", ("CHF ",), ".", ("'",), ("dmy_dot",)),
    Style("ca", "CAD", ("CAD ", " CAD"), ".", (",",), ("iso", "us_long")),
    Style("au", "AUD", ("AUD ", " AUD"), ".", (",",), ("dmy_slash", "uk_long")),
)


def format_day(day: dt.date, style: str) -> str:  # noqa: PLR0911 - one return per style
    month = _MONTHS[day.month - 1]
    if style == "us_slash":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "us_long":
        return f"{month} {day.day}, {day.year}"
    if style == "us_short":
        return f"{month[:3]} {day.day}, {day.year}"
    if style == "dmy_slash":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "uk_long":
        return f"{day.day} {month} {day.year}"
    if style == "dmy_abbr":
        return f"{day.day:02d}-{month[:3]}-{day.year}"
    if style == "dmy_dot":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "dmy_dash":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return day.isoformat()


class Printer:
    """Prints one document's values in its :class:`Style` and records them in ``w``."""

    def __init__(self, rng: random.Random, style: Style) -> None:
        self.rng = rng
        self.style = style
        # The Writer holds the labels; its own money styles are not used (it knows fewer
        # currencies), so it is made with one it knows and then told the document's.
        self.w = Writer(rng, currency="USD", european=style.european)
        self.w.currency = style.currency
        self.mark = rng.choice(style.marks)
        self.group = rng.choice(style.groups)
        self.date_style = rng.choice(style.dates)
        self.negative = rng.choice(style.negatives)

    def number(self, amount: float) -> str:
        """``amount`` with this style's separators, no currency, signed its way."""
        whole, cents = f"{abs(amount):,.2f}".split(".")
        text = f"{whole.replace(',', self.group)}{self.style.decimal}{cents}"
        if amount >= 0:
            return text
        if self.negative == "()":
            return f"({text})"
        if self.negative == "trail":
            return f"{text}-"
        return f"-{text}"

    def money(self, amount: float, *, mark: bool = True, record: bool = True) -> str:
        """``amount`` as printed, with the currency mark or without it (the column's header
        or the total's label names the currency then); recorded among the amounts when it
        carries its mark."""
        text = self.number(amount)
        if not mark:
            return text
        if record:
            self._amount(amount)
        if self.mark.startswith(" "):
            return f"{text}{self.mark}"
        if text.startswith(("-", "(")):  # the sign outside the mark: "-$12.00", "($12.00)"
            return f"{text[0]}{self.mark}{text[1:]}"
        return f"{self.mark}{text}"

    def code(self) -> str:
        """The currency as a column header or a total's label names it ("EUR", "$")."""
        return self.style.currency

    def total(self, amount: float, *, mark: bool = True) -> str:
        """The document's total: printed, recorded and marked."""
        self.w.total = (round(amount, 2), self.style.currency)
        self._amount(amount)
        return self.w.key("total", self.money(amount, mark=mark, record=False))

    def day(self, day: dt.date, role: str | None) -> str:
        text = format_day(day, self.date_style)
        if role is None:
            return text
        if (role, day.isoformat()) not in self.w.dates:
            self.w.dates.append((role, day.isoformat()))
        return self.w.key(DATE_FIGURES[role], text) if role in DATE_FIGURES else text

    def item(self, description: str, qty: float | None, unit: float | None, amount: float) -> None:
        self.w.line_items.append(LineItem(description, qty, unit, round(amount, 2)))

    def _amount(self, amount: float) -> None:
        entry = (round(amount, 2), self.style.currency)
        if entry not in self.w.amounts:
            self.w.amounts.append(entry)


def pick_style(rng: random.Random, names: tuple[str, ...] | None = None) -> Style:
    return rng.choice([s for s in STYLES if names is None or s.name in names])


def quantity_text(qty: float, european: bool) -> str:
    """A count as printed: "3", "2.5" or "2,5"."""
    text = f"{qty:g}"
    return text.replace(".", ",") if european else text


__all__ = ["STYLES", "Printer", "Style", "format_day", "pick_style", "quantity_text"]
