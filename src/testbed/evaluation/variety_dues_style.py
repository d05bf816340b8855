"""How the recurring bills of :mod:`testbed.evaluation.variety_dues` write money and dates in
their countries, and the :class:`Bill` that prints a figure and labels it in one call.

Money: "$1,234.56", "£1,234.56", "1.234,56 €", "€ 1.234,56", "CHF 1'234.55", "1 234,56 zł",
"1 234,56 kr", "kr 1 234,56", "1.234,56 kr."; dates in each country's numbers and month names
("March 5, 2026", "5. März 2026", "le 5 mars 2026", "5 de marzo de 2026", "05-03-2026",
"2026-03-05"). Every printed amount and every date with a role goes into the labels.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from testbed.evaluation.corpus import Writer
from testbed.evaluation.truth import DATE_FIGURES

#: Month names of the languages the bills are written in.
MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
}  # fmt: skip

#: Country -> (currency, how its amounts are written: "{n}" the number, grouping, decimal mark).
_MONEY: dict[str, tuple[str, str, str, str]] = {
    "us": ("USD", "${n}", ",", "."),
    "ca": ("CAD", "${n}", ",", "."),
    "au": ("AUD", "${n}", ",", "."),
    "uk": ("GBP", "£{n}", ",", "."),
    "de": ("EUR", "{n} €", ".", ","),
    "at": ("EUR", "€ {n}", ".", ","),
    "ch": ("CHF", "CHF {n}", "'", "."),
    "fr": ("EUR", "{n} €", " ", ","),
    "be": ("EUR", "{n} EUR", ".", ","),
    "nl": ("EUR", "€ {n}", ".", ","),
    "es": ("EUR", "{n} €", ".", ","),
    "pt": ("EUR", "{n} €", " ", ","),
    "it": ("EUR", "€ {n}", ".", ","),
    "pl": ("PLN", "{n} zł", " ", ","),
    "se": ("SEK", "{n} kr", " ", ","),
    "no": ("NOK", "kr {n}", " ", ","),
    "dk": ("DKK", "{n} kr.", ".", ","),
    "fi": ("EUR", "{n} €", " ", ","),
}


def figure(amount: float, group: str, decimal: str) -> str:
    """``amount`` with ``group`` between thousands and ``decimal`` before the cents."""
    whole, cents = f"{abs(amount):,.2f}".split(".")
    sign = "-" if amount < 0 else ""
    return f"{sign}{whole.replace(',', group)}{decimal}{cents}"


def written_day(day: dt.date, style: str) -> str:  # noqa: PLR0911, PLR0912 - one return per style
    """``day`` as ``style`` writes it."""
    d, m, y = day.day, day.month, day.year
    if style == "us_long":
        return f"{MONTHS['en'][m - 1]} {d}, {y}"
    if style == "us_short":
        return f"{MONTHS['en'][m - 1][:3]} {d}, {y}"
    if style == "us_slash":
        return f"{m:02d}/{d:02d}/{y}"
    if style == "uk_long":
        return f"{d} {MONTHS['en'][m - 1]} {y}"
    if style == "ordinal":
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(d % 10 if d not in (11, 12, 13) else 0, "th")
        return f"{d}{suffix} {MONTHS['en'][m - 1]} {y}"
    if style == "uk_abbr":
        return f"{d:02d} {MONTHS['en'][m - 1][:3]} {y}"
    if style == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "iso":
        return day.isoformat()
    if style == "de_long":
        return f"{d}. {MONTHS['de'][m - 1]} {y}"
    if style in ("es_long", "pt_long"):
        return f"{d} de {MONTHS[style[:2]][m - 1]} de {y}"
    if style in ("fr_long", "nl_long", "it_long"):
        return f"{d} {MONTHS[style[:2]][m - 1]} {y}"
    raise ValueError(style)


def someday(rng: random.Random) -> dt.date:
    """A bill's date in 2025 or 2026."""
    return dt.date(2025, 3, 1) + dt.timedelta(days=rng.randrange(0, 560))


def digits(rng: random.Random, count: int) -> str:
    """``count`` random digits, the first not 0."""
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(count - 1))


@dataclass
class Bill:
    """A bill being written: prints figures in its country's style and labels them."""

    rng: random.Random
    country: str
    w: Writer = field(init=False)

    def __post_init__(self) -> None:
        self.w = Writer(self.rng, currency="USD")
        self.w.currency = self.currency

    @property
    def currency(self) -> str:
        return _MONEY[self.country][0]

    def money(self, amount: float, *, bare: bool = False, record: bool | None = None) -> str:
        """``amount`` as the country writes it (``bare``: the number alone). It is labelled
        as an amount when it is tied to a currency: written with one, or ``record`` (a bare
        number under a column header naming the currency)."""
        if record is None:
            record = not bare
        _, pattern, group, decimal = _MONEY[self.country]
        number = figure(abs(amount), group, decimal)
        if record:
            self.w._add(self.w.amounts, (round(amount, 2), self.currency))
        sign = "-" if amount < 0 else ""
        return sign + (number if bare else pattern.format(n=number))

    def total(self, amount: float, *, bare: bool = False) -> str:
        """The bill's total, printed, labelled and marked."""
        self.w.total = (round(amount, 2), self.currency)
        return self.w.key("total", self.money(amount, bare=bare))

    def day(self, day: dt.date, role: str | None, style: str) -> str:
        """``day`` in ``style``; labelled (and its first printing marked) with ``role``."""
        text = written_day(day, style)
        if role is None:
            return text
        self.w._add(self.w.dates, (role, day.isoformat()))
        return self.w.key(DATE_FIGURES[role], text) if role in DATE_FIGURES else text

    def number(self, text: str) -> str:
        """The bill's own number, labelled and marked where first printed."""
        self.w.number = text
        return self.w.key("documentNumber", text)

    def vendor(self, name: str) -> str:
        """Who bills, named as printed (a party and the vendor)."""
        self.w.vendor = name
        return self.w.key("vendor", self.w.plain_org(name))

    def org(self, name: str) -> str:
        return self.w.plain_org(name)

    def person(self, name: str) -> str:
        return self.w.person(name)

    def item(
        self, description: str, quantity: float | None, unit: float | None, amount: float
    ) -> None:
        self.w.line_item(description, quantity, unit, amount)


__all__ = ["MONTHS", "Bill", "digits", "figure", "someday", "written_day"]
