"""How mistral's papers write money and dates: each country's own way, as its printers do.

Southern Europe and the French-speaking world group thousands with spaces or dots and use a
decimal comma; Switzerland groups with an apostrophe; the English-printing African countries
write like the anglophone world; the franc CFA has no cents and the dinar has three
decimals. A template asks for a country's way and never formats a number itself.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from testbed.evaluation.truth import LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

#: Month names by language, January first.
MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "en": "January February March April May June July August September October November December",
}


def grouped(amount: float, thousands: str, decimal: str, places: int = 2) -> str:
    """``amount`` with its thousands grouped by ``thousands`` and ``places`` decimals."""
    sign = "-" if amount < 0 else ""
    whole, _, cents = f"{abs(amount):.{places}f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    body = thousands.join(groups)
    return f"{sign}{body}{decimal}{cents}" if places else f"{sign}{body}"


@dataclass(frozen=True, slots=True)
class Money:
    """A country's way with money: its ISO code, grouping, decimals and where the sign goes."""

    code: str
    thousands: str
    decimal: str
    before: str = ""
    after: str = ""
    places: int = 2

    def __call__(self, amount: float) -> str:
        return (
            f"{self.before}{grouped(amount, self.thousands, self.decimal, self.places)}{self.after}"
        )

    def bare(self, amount: float) -> str:
        """The number alone, for table cells under a currency-headed column."""
        return grouped(amount, self.thousands, self.decimal, self.places)


EUR_FR = Money("EUR", " ", ",", after=" €")
EUR_IT = Money("EUR", ".", ",", before="€ ")
EUR_ES = Money("EUR", ".", ",", after=" €")
EUR_PT = Money("EUR", " ", ",", after=" €")
EUR_BE = Money("EUR", ".", ",", before="EUR ")
CHF = Money("CHF", "'", ".", before="CHF ")
CAD_QC = Money("CAD", " ", ",", after=" $")
MAD = Money("MAD", " ", ",", after=" DH")
TND = Money("TND", " ", ",", after=" DT", places=3)
XOF = Money("XOF", " ", "", after=" FCFA", places=0)
XAF = Money("XAF", " ", "", after=" FCFA", places=0)
ZAR = Money("ZAR", " ", ",", before="R ")
ZAR_EN = Money("ZAR", ",", ".", before="R")
NGN = Money("NGN", ",", ".", before="₦")
KES = Money("KES", ",", ".", before="KES ")
GHS = Money("GHS", ",", ".", before="GHS ")
EGP = Money("EGP", ",", ".", before="EGP ")


def numeric(day: dt.date, sep: str = "/", *, year_first: bool = False) -> str:
    """``day`` as 12/03/2026 (or 2026-03-12 with ``year_first``)."""
    if year_first:
        return f"{day.year}{sep}{day.month:02d}{sep}{day.day:02d}"
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def spelled(day: dt.date, lang: str) -> str:
    """``day`` in words as the language writes it: 12 mars 2026, 12 de marzo de 2026."""
    month = MONTHS[lang].split()[day.month - 1]
    if lang in ("es", "pt"):
        return f"{day.day} de {month} de {day.year}"
    first = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{first} {month} {day.year}"


def a_day(rng: random.Random) -> dt.date:
    """A working day in 2026."""
    day = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(0, 330))
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def month_end(day: dt.date) -> dt.date:
    """The last day of ``day``'s month."""
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


@dataclass
class Paper:
    """One paper being written: its page and what a careful bookkeeper reads from it."""

    kind: str
    sheet: Sheet
    number: str | None = None
    vendor: str | None = None
    total: tuple[float, str] | None = None
    organizations: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    amounts: list[tuple[float, str]] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)
    items: list[LineItem] | None = None

    def on(self, role: str, day: dt.date) -> None:
        self.dates.append((role, day.isoformat()))

    def money(self, amount: float, code: str) -> None:
        self.amounts.append((round(amount, 2), code))


def priced(
    rng: random.Random,
    goods: list[str],
    low: float,
    high: float,
    count: int,
    *,
    whole: bool = False,
) -> list[LineItem]:
    """``count`` rows of ``goods`` with quantities and unit prices that multiply out."""
    rows = []
    for name in rng.sample(goods, count):
        quantity = float(rng.choice([1, 1, 2, 3, 4, 5, 6, 10, 12, 20]))
        unit = (
            float(rng.randrange(int(low), int(high))) if whole else round(rng.uniform(low, high), 2)
        )
        rows.append(LineItem(name, quantity, unit, round(quantity * unit, 2)))
    return rows


def qty(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def item_table(rows: list[LineItem], money: Money, head: list[str]) -> list[list[str]]:
    """An item table under its headings: description, quantity, unit price, amount."""
    return [head] + [
        [r.description, qty(r.quantity), money.bare(r.unit_price or 0.0), money.bare(r.amount)]
        for r in rows
    ]


__all__ = [
    "CAD_QC",
    "CHF",
    "EGP",
    "EUR_BE",
    "EUR_ES",
    "EUR_FR",
    "EUR_IT",
    "EUR_PT",
    "GHS",
    "KES",
    "MAD",
    "NGN",
    "TND",
    "XAF",
    "XOF",
    "ZAR",
    "ZAR_EN",
    "Money",
    "Paper",
    "a_day",
    "digits",
    "grouped",
    "item_table",
    "mark",
    "month_end",
    "numeric",
    "priced",
    "qty",
    "spelled",
]
