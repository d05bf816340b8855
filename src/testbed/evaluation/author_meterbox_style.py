"""The meterbox author's pen: how recurring bills print money, dates and reference numbers,
and a notebook that records what is printed while a paper is written, so the labels are
taken from the very strings that stand on the page.

Recurring bills are the papers of a household's meter cupboard and letter tray: electricity,
water, phone, insurance, rates, fees. They print a handful of numbers (account, customer,
meter, policy, bill) and dates (bill date, reading dates, period, collection date, pay-by)
side by side, so the notebook keeps the one the author reads as *the* number or due date
apart from the rest only by what the author marks.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from testbed.evaluation.truth import LINE_ITEM_TYPES, Labels, LineItem, mark

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip
_MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember")  # fmt: skip
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december")  # fmt: skip

#: Date style -> how a day is printed in it.
DATE_STYLES: dict[str, Callable[[dt.date], str]] = {
    "uk_long": lambda d: f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}",
    "uk_short": lambda d: f"{d.day} {_MONTHS_EN[d.month - 1][:3]} {d.year}",
    "uk_num": lambda d: f"{d:%d/%m/%Y}",
    "us_long": lambda d: f"{_MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
    "us_short": lambda d: f"{_MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}",
    "us_num": lambda d: f"{d:%m/%d/%Y}",
    "iso": lambda d: d.isoformat(),
    "de_num": lambda d: f"{d:%d.%m.%Y}",
    "de_long": lambda d: f"{d.day}. {_MONTHS_DE[d.month - 1]} {d.year}",
    "fr_long": lambda d: f"{d.day} {_MONTHS_FR[d.month - 1]} {d.year}",
    "fr_num": lambda d: f"{d:%d/%m/%Y}",
    "nl_long": lambda d: f"{d.day} {_MONTHS_NL[d.month - 1]} {d.year}",
    "nl_num": lambda d: f"{d:%d-%m-%Y}",
}


def grouped(amount: float, thousands: str, decimal: str) -> str:
    """``amount`` with two decimals and the given separators (a minus kept in front)."""
    text = f"{abs(amount):,.2f}".replace(",", "\0").replace(".", decimal).replace("\0", thousands)
    return f"-{text}" if amount < 0 else text


def _front(symbol: str, amount: float) -> str:
    """``amount`` after its symbol, a minus in front of both (-£12.50)."""
    return ("-" if amount < 0 else "") + symbol + grouped(abs(amount), ",", ".")


#: Money style -> how an amount is printed (symbol and separators of the place).
MONEY_STYLES: dict[str, Callable[[float], str]] = {
    "gbp": lambda a: _front("£", a),
    "usd": lambda a: _front("$", a),
    "aud": lambda a: _front("$", a),
    "cad": lambda a: _front("$", a),
    "nzd": lambda a: _front("$", a),
    "eur_ie": lambda a: _front("€", a),
    "eur_de": lambda a: f"{grouped(a, '.', ',')} €",
    "eur_fr": lambda a: f"{grouped(a, '\u202f', ',')} €",
    "eur_nl": lambda a: f"€ {grouped(a, '.', ',')}",
    "eur_code": lambda a: f"EUR {grouped(a, '.', ',')}",
    "usd_code": lambda a: f"USD {grouped(a, ',', '.')}",
}
#: Money style -> ISO currency.
CURRENCY = {"gbp": "GBP", "usd": "USD", "aud": "AUD", "cad": "CAD", "nzd": "NZD",
            "eur_ie": "EUR", "eur_de": "EUR", "eur_fr": "EUR", "eur_nl": "EUR",
            "eur_code": "EUR", "usd_code": "USD"}  # fmt: skip


_UK_PEOPLE = (
    "Mrs Helen Garside",
    "Mr Tom Okafor",
    "Ms Priya Raman",
    "Mr Daniel Frost",
    "Mrs Aileen Murphy",
    "Dr Kate Lindqvist",
)
_UK_STREETS = (
    "14 Rowan Close",
    "3 Mill Lane",
    "Flat 2, 87 Station Road",
    "22 Orchard Way",
    "9 Brunswick Terrace",
)
_UK_TOWNS = (
    "Harrogate HG2 7QP",
    "Swindon SN3 1LE",
    "Norwich NR4 6TB",
    "Bangor LL57 2PX",
    "Carlisle CA1 3DN",
)


def uk_address(rng: random.Random) -> tuple[str, list[str]]:
    """A UK householder and the address lines of their window envelope."""
    person = rng.choice(_UK_PEOPLE)
    return person, [person, rng.choice(_UK_STREETS), rng.choice(_UK_TOWNS)]


#: Software vendors that bill by subscription.
SAAS_NAMES = ("Tallyframe", "Inkwell Cloud", "Quorra Analytics", "Parcelbase")


def day_between(rng: random.Random) -> dt.date:
    """A bill date in 2026, on a working day as billing runs go."""
    day = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(0, 340))
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def digits(rng: random.Random, count: int) -> str:
    """``count`` random digits, the first never 0 (a printed reference keeps its width)."""
    return str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(count - 1))


def letters(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))


def first_of_next_month(day: dt.date) -> dt.date:
    return (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


@dataclass
class Notebook:
    """What a paper prints, noted while it is written: every money amount printed with its
    currency, every labelled date, the table rows; the paper's pen (money and date style)."""

    money_style: str
    date_style: str
    amounts: list[tuple[float, str]] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)
    items: list[LineItem] = field(default_factory=list)

    @property
    def currency(self) -> str:
        return CURRENCY[self.money_style]

    def money(self, amount: float, figure: str | None = None) -> str:
        """``amount`` as this paper prints money, noted; marked as ``figure`` if given."""
        amount = round(amount, 2)
        self.amounts.append((amount, self.currency))
        text = MONEY_STYLES[self.money_style](amount)
        return mark(figure, text) if figure else text

    def bare(self, amount: float) -> str:
        """``amount`` without its currency (a table cell under a currency heading)."""
        thousands, decimal = ("." , ",") if self.money_style in ("eur_de", "eur_nl", "eur_code") \
            else ("\u202f", ",") if self.money_style == "eur_fr" else (",", ".")  # fmt: skip
        return grouped(round(amount, 2), thousands, decimal)

    def date(self, day: dt.date, role: str | None = None, style: str | None = None) -> str:
        """``day`` printed; with a ``role`` it is labelled and marked as that key figure."""
        text = DATE_STYLES[style or self.date_style](day)
        if role is None:
            return text
        self.dates.append((role, day.isoformat()))
        return mark({"issue": "issueDate", "due": "dueDate", "effective": "effectiveDate",
                     "end": "endDate"}[role], text)  # fmt: skip

    def also_due(self, day: dt.date) -> None:
        """A further due date (an instalment): labelled, so a role with several dates has
        no single answer, as the reader sees it."""
        self.dates.append(("due", day.isoformat()))

    def row(self, description: str, quantity: float | None, unit: float | None,
            amount: float) -> None:  # fmt: skip
        self.items.append(LineItem(description, quantity, unit, round(amount, 2)))


__all__ = [
    "CURRENCY",
    "DATE_STYLES",
    "MONEY_STYLES",
    "SAAS_NAMES",
    "Notebook",
    "day_between",
    "digits",
    "first_of_next_month",
    "grouped",
    "labelled",
    "letters",
    "uk_address",
]  # fmt: skip


def labelled(  # noqa: PLR0917 - a label has this many parts
    nb: Notebook,
    kind: str,
    number: str | None,
    organizations: tuple[str, ...],
    people: tuple[str, ...],
    vendor: str | None,
    total: float | None,
) -> Labels:
    """The labels of a paper written in ``nb``: its kind, its number, parties, the total
    this author reads (already printed through ``nb``), dates and table rows."""
    return Labels(
        document_type=kind,
        number=number,
        organizations=organizations,
        people=people,
        vendor=vendor,
        total=(round(total, 2), nb.currency) if total is not None else None,
        amounts=tuple(dict.fromkeys(nb.amounts)),
        dates=tuple(dict.fromkeys(nb.dates)),
        line_items=tuple(nb.items) if kind in LINE_ITEM_TYPES else None,
    )
