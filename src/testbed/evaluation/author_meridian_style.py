"""How Latin America and English-printing Asia write money, dates and registration numbers:
the shared vocabulary of the meridian author's papers.

Each country's paper prints its own way (``R$ 1.234,56`` in São Paulo, ``$ 12.990`` in
Santiago, ``RM 1,234.56`` in Kuala Lumpur), so every formatter here is named for the
country whose habit it copies, and a paper picks the one its country uses.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from testbed.evaluation.truth import LineItem

#: Month names as each language prints them in long dates.
_MESES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
_MESES_PT = (
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
)
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


def grouped(amount: float, decimals: int = 2, *, thousands: str = ",", point: str = ".") -> str:
    """``amount`` with its thousands and decimal separators as a country prints them."""
    text = f"{abs(amount):,.{decimals}f}"
    text = text.replace(",", "\x00").replace(".", point).replace("\x00", thousands)
    return f"-{text}" if amount < 0 else text


def latin(amount: float, decimals: int = 2) -> str:
    """``1.234,56``: Brazil, Argentina, Chile, Colombia."""
    return grouped(amount, decimals, thousands=".", point=",")


def anglo(amount: float, decimals: int = 2) -> str:
    """``1,234.56``: Mexico, Peru and the English-printing Asian countries."""
    return grouped(amount, decimals)


@dataclass(frozen=True, slots=True)
class Purse:
    """A country's currency: its ISO code, its sign as the country prints it, how many
    decimals its prices carry and which separators it uses."""

    code: str
    sign: str
    decimals: int
    latin: bool
    #: Whether a space stands between the sign and the number.
    gap: bool = True

    def plain(self, amount: float) -> str:
        """The number alone, as it stands in a table's column."""
        if self.latin:
            return latin(amount, self.decimals)
        return anglo(amount, self.decimals)

    def money(self, amount: float) -> str:
        """The number with the sign in front (``R$ 1.234,56``, ``S$1,234.56``)."""
        return f"{self.sign}{' ' if self.gap else ''}{self.plain(amount)}"

    def round(self, amount: float) -> float:
        return round(amount, self.decimals)


PURSES = {
    "MX": Purse("MXN", "$", 2, latin=False, gap=False),
    "BR": Purse("BRL", "R$", 2, latin=True),
    "AR": Purse("ARS", "$", 2, latin=True),
    "CL": Purse("CLP", "$", 0, latin=True),
    "CO": Purse("COP", "$", 2, latin=True),
    "PE": Purse("PEN", "S/", 2, latin=False),
    "SG": Purse("SGD", "S$", 2, latin=False, gap=False),
    "HK": Purse("HKD", "HK$", 2, latin=False, gap=False),
    "MY": Purse("MYR", "RM", 2, latin=False),
    "PH": Purse("PHP", "PHP", 2, latin=False),
    "JP": Purse("JPY", "JPY", 0, latin=False),
    "KR": Purse("KRW", "KRW", 0, latin=False),
}


def every_form(amount: float) -> set[str]:
    """Every way a purse of :data:`PURSES` may print ``amount`` (for the tests)."""
    return {purse.plain(amount) for purse in PURSES.values()}


def day(rng: random.Random, start: dt.date = dt.date(2026, 1, 5), span: int = 320) -> dt.date:
    """A working day in the papers' year."""
    found = start + dt.timedelta(days=rng.randrange(span))
    while found.weekday() > 4:
        found += dt.timedelta(days=1)
    return found


def dmy(d: dt.date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def ymd(d: dt.date, sep: str = "-") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def espanol(d: dt.date) -> str:
    """``15 de marzo de 2026``."""
    return f"{d.day} de {_MESES[d.month - 1]} de {d.year}"


def portugues(d: dt.date) -> str:
    """``15 de março de 2026``."""
    return f"{d.day} de {_MESES_PT[d.month - 1]} de {d.year}"


def english(d: dt.date, style: str = "dmy") -> str:
    """``15 March 2026`` (``dmy``), ``15 Mar 2026`` (``short``), ``March 15, 2026`` (``mdy``)."""
    month = _MONTHS[d.month - 1]
    if style == "short":
        return f"{d.day} {month[:3]} {d.year}"
    if style == "mdy":
        return f"{month} {d.day}, {d.year}"
    return f"{d.day} {month} {d.year}"


#: A country's ways of printing a day, by name.
_STYLES: dict[str, Callable[[dt.date], str]] = {
    "dmy/": dmy,
    "dmy-": lambda d: dmy(d, "-"),
    "ymd-": ymd,
    "ymd/": lambda d: ymd(d, "/"),
    "ymd.": lambda d: ymd(d, "."),
    "en": english,
    "en-short": lambda d: english(d, "short"),
    "en-mdy": lambda d: english(d, "mdy"),
}


def dater(style: str) -> Callable[[dt.date], str]:
    """The printer of days in ``style`` (a key of :data:`_STYLES`)."""
    return _STYLES[style]


def month_end(d: dt.date) -> dt.date:
    following = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def uuid_like(rng: random.Random) -> str:
    """A CFDI's folio fiscal: upper-case hex in the 8-4-4-4-12 pattern."""
    hexed = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    return "-".join((hexed[:8], hexed[8:12], hexed[12:16], hexed[16:20], hexed[20:]))


def rows_of(
    rng: random.Random, catalogue: tuple[tuple[str, float], ...], purse: Purse, most: int = 4
) -> list[LineItem]:
    """A few priced rows drawn from ``catalogue`` (description, typical unit price)."""
    picked = rng.sample(catalogue, rng.randint(1, min(most, len(catalogue))))
    rows = []
    for description, price in picked:
        unit = purse.round(price * rng.uniform(0.8, 1.25))
        if purse.decimals == 0:
            unit = float(round(unit, -1 if unit < 10_000 else -2))
        quantity = float(rng.choice((1, 1, 2, 3, 4, 5, 6, 10, 12, 20)))
        rows.append(LineItem(description, quantity, unit, purse.round(quantity * unit)))
    return rows


def qty(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


__all__ = [
    "PURSES",
    "Purse",
    "anglo",
    "dater",
    "day",
    "digits",
    "dmy",
    "english",
    "espanol",
    "every_form",
    "grouped",
    "latin",
    "month_end",
    "portugues",
    "qty",
    "rows_of",
    "uuid_like",
    "ymd",
]
