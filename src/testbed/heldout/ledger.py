"""How the held-out documents print money, dates and names, and the ledger that records
every fact a document prints as its labels.

Labelling rules (the same a careful reader applies): an amount is labelled when it is printed
with its currency (a bare number in a column is not); a date is labelled when it has one of
the scored roles (issue, due, effective, end); every organisation and person named is a
party. Key figures are marked where they are first printed (:mod:`testbed.evaluation.truth`).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from testbed.evaluation.truth import DATE_FIGURES, Labels, LineItem, mark
from testbed.heldout.vocab import FAMILY, GIVEN

#: Country style -> currency.
CURRENCY = {"dk": "DKK", "se": "SEK", "ch": "CHF", "uk": "GBP", "us": "USD"}
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


def grouped(amount: float, thousands: str, decimal: str) -> str:
    """``amount`` with two decimals, its thousands grouped: 12.450,00 / 12,450.00 / 12'450.00."""
    whole, cents = f"{abs(amount):,.2f}".split(".")
    sign = "-" if amount < 0 else ""
    return f"{sign}{whole.replace(',', thousands)}{decimal}{cents}"


def money_forms(style: str) -> list[str]:
    """Ways documents of ``style`` print money; ``{n}`` is the number, ``{c}`` the code."""
    if style == "us":
        return ["${n}", "USD {n}", "{n} USD", "$ {n}"]
    if style == "uk":
        return ["£{n}", "GBP {n}"]
    if style == "ch":
        return ["CHF {n}", "{n} CHF", "Fr. {n}"]
    if style in ("dk", "se"):
        return ["{n} {c}", "{c} {n}"]
    return ["{n} EUR", "EUR {n}", "€ {n}", "{n} €"]


def number_form(style: str, rng: random.Random) -> tuple[str, str]:
    """(thousands separator, decimal mark) for ``style``."""
    if style in ("us", "uk"):
        return ",", "."
    if style == "ch":
        return "'", "."
    if style in ("fr", "se", "fi"):
        return " ", ","
    return rng.choice(((".", ","), (".", ","), (" ", ","))) if style != "de" else (".", ",")


def date_forms(style: str) -> list[str]:
    if style == "us":
        return ["us_long", "us_slash", "us_abbr", "us_dash"]
    if style == "uk":
        return ["day_month", "uk_slash", "day_abbr"]
    if style == "fr":
        return ["eu_slash", "eu_dot"]
    return ["eu_dot", "day_month", "iso"]


def show_date(day: dt.date, form: str) -> str:  # noqa: PLR0911 - one return per form
    month = _MONTHS[day.month - 1]
    if form == "us_long":
        return f"{month} {day.day}, {day.year}"
    if form == "us_slash":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if form == "us_abbr":
        return f"{month[:3]}. {day.day}, {day.year}"
    if form == "us_dash":
        return f"{day.month:02d}-{day.day:02d}-{day.year}"
    if form == "day_month":
        return f"{day.day} {month} {day.year}"
    if form in {"uk_slash", "eu_slash"}:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if form == "day_abbr":
        return f"{day.day} {month[:3]} {day.year}"
    if form == "iso":
        return day.isoformat()
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


@dataclass
class Ledger:
    """Prints a document's facts in its country's conventions and records them as labels."""

    rng: random.Random
    style: str
    orgs: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    amounts: list[tuple[float, str]] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)
    items: list[LineItem] = field(default_factory=list)
    number: str | None = None
    vendor: str | None = None
    total: tuple[float, str] | None = None
    marked: set[str] = field(default_factory=set)
    taken: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.currency = CURRENCY.get(self.style, "EUR")
        self.money_form = self.rng.choice(money_forms(self.style))
        self.separators = number_form(self.style, self.rng)
        self.date_form = self.rng.choice(date_forms(self.style))

    # -- parties -----------------------------------------------------------------------------

    def org(self, name: str) -> str:
        if name not in self.orgs:
            self.orgs.append(name)
        return name

    def firm(self, firm: tuple[str, str, str]) -> str:
        return self.org(f"{firm[0]} {firm[1]}")

    def person(self, name: str | None = None) -> str:
        while name is None:
            candidate = f"{self.rng.choice(GIVEN)} {self.rng.choice(FAMILY)}"
            given = candidate.split(maxsplit=1)[0]
            if given not in self.taken:
                self.taken.add(given)
                name = candidate
        if name not in self.people:
            self.people.append(name)
        return name

    # -- money and dates ---------------------------------------------------------------------

    def bare(self, amount: float) -> str:
        """A number as a column prints it, without currency (not labelled as an amount)."""
        return grouped(amount, *self.separators)

    def money(self, amount: float) -> str:
        amount = round(amount, 2)
        if (amount, self.currency) not in self.amounts:
            self.amounts.append((amount, self.currency))
        return self.money_form.format(n=self.bare(amount), c=self.currency)

    def day(self, day: dt.date, role: str | None = None, form: str | None = None) -> str:
        text = show_date(day, form or self.date_form)
        if role is None:
            return text
        if (role, day.isoformat()) not in self.dates:
            self.dates.append((role, day.isoformat()))
        return self.key(DATE_FIGURES[role], text) if role in DATE_FIGURES else text

    # -- key figures and rows ----------------------------------------------------------------

    def key(self, name: str, text: str) -> str:
        if name in self.marked:
            return text
        self.marked.add(name)
        return mark(name, text)

    def doc_number(self, number: str) -> str:
        self.number = number
        return self.key("documentNumber", number)

    def seller(self, name: str) -> str:
        self.vendor = self.org(name)
        return self.key("vendor", name)

    def grand_total(self, amount: float) -> str:
        self.total = (round(amount, 2), self.currency)
        return self.key("total", self.money(amount))

    def row(
        self, description: str, quantity: float | None, unit: float | None, amount: float
    ) -> None:
        self.items.append(LineItem(description, quantity, unit, round(amount, 2)))

    def labels(self, document_type: str, *, items: bool = False) -> Labels:
        return Labels(
            document_type=document_type,
            number=self.number,
            organizations=tuple(self.orgs),
            people=tuple(self.people),
            vendor=self.vendor,
            total=self.total,
            amounts=tuple(self.amounts),
            dates=tuple(self.dates),
            line_items=tuple(self.items) if items else None,
        )


def some_day(rng: random.Random) -> dt.date:
    """A day in 2026 or early 2027 (the development set's dates start in 2025)."""
    return dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(0, 420))
