"""How the business software of each country writes money, dates and its labels, for
:mod:`testbed.evaluation.variety_prints`: a :class:`Pen` formats every figure a document
prints the way its country's invoicing software does, and records it in the labels.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from testbed.evaluation.corpus import Writer
from testbed.evaluation.truth import DATE_FIGURES

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "at": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "da": "januar februar marts april maj juni juli august september oktober november december",
}


@dataclass(frozen=True, slots=True)
class Country:
    """A country's conventions: its currency, how money and dates are written there."""

    code: str
    lang: str
    currency: str
    #: Money patterns, ``{n}`` the number: the first is the total's, any may be used elsewhere.
    money: tuple[str, ...]
    #: Thousands separator and decimal mark.
    group: str
    decimal: str
    #: Date styles (see :func:`written_date`).
    dates: tuple[str, ...]


COUNTRIES = {
    c.code: c
    for c in (
        Country(
            "us",
            "en",
            "USD",
            ("${n}", "USD {n}", "$ {n}"),
            ",",
            ".",
            ("mdy", "short_us", "long_us"),
        ),
        Country(
            "uk",
            "en",
            "GBP",
            ("£{n}", "GBP {n}"),
            ",",
            ".",
            ("dmy", "short_uk", "long_uk", "abbr_dash"),
        ),
        Country("ie", "en", "EUR", ("€{n}", "EUR {n}"), ",", ".", ("dmy", "long_uk", "short_uk")),
        Country(
            "de",
            "de",
            "EUR",
            ("{n} €", "{n} EUR", "EUR {n}"),
            ".",
            ",",
            ("dot", "long_de", "dot_short"),
        ),
        Country("at", "at", "EUR", ("€ {n}", "EUR {n}", "{n} €"), ".", ",", ("dot", "long_de")),
        Country("ch", "de", "CHF", ("CHF {n}", "{n} CHF"), "'", ".", ("dot",)),
        Country("fr", "fr", "EUR", ("{n} €", "{n} EUR"), " ", ",", ("slash", "long_fr")),
        Country("be", "nl", "EUR", ("€ {n}", "EUR {n}"), ".", ",", ("slash", "long_fr")),
        Country("nl", "nl", "EUR", ("€ {n}", "EUR {n}", "€{n}"), ".", ",", ("dash", "long_fr")),
        Country("es", "es", "EUR", ("{n} €", "{n} EUR"), ".", ",", ("slash", "long_es")),
        Country("it", "it", "EUR", ("€ {n}", "EUR {n}", "{n} €"), ".", ",", ("slash", "long_fr")),
        Country("pt", "pt", "EUR", ("{n} €", "{n} EUR"), " ", ",", ("iso", "dash", "slash")),
        Country("se", "sv", "SEK", ("{n} kr", "{n} SEK"), " ", ",", ("iso",)),
        Country("dk", "da", "DKK", ("DKK {n}", "{n} kr."), ".", ",", ("dot", "dash", "long_da")),
        Country("no", "nb", "NOK", ("kr {n}", "NOK {n}"), " ", ",", ("dot",)),
        Country("fi", "fi", "EUR", ("{n} €", "{n} EUR"), " ", ",", ("fi",)),
    )
}


def written_date(day: dt.date, style: str, lang: str) -> str:
    """``day`` as the style writes it (month names in ``lang``, English by default)."""
    months = _MONTHS.get(lang, _MONTHS["en"]).split()
    month = months[day.month - 1]
    d, m, y = day.day, day.month, day.year
    table = {
        "mdy": f"{m:02d}/{d:02d}/{y}",
        "short_us": f"{_MONTHS['en'].split()[m - 1][:3]} {d}, {y}",
        "long_us": f"{_MONTHS['en'].split()[m - 1]} {d}, {y}",
        "dmy": f"{d:02d}/{m:02d}/{y}",
        "short_uk": f"{d} {_MONTHS['en'].split()[m - 1][:3]} {y}",
        "long_uk": f"{d} {_MONTHS['en'].split()[m - 1]} {y}",
        "abbr_dash": f"{d:02d}-{_MONTHS['en'].split()[m - 1][:3]}-{y}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "dot_short": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "long_de": f"{d}. {month} {y}",
        "long_da": f"{d}. {month} {y}",
        "slash": f"{d:02d}/{m:02d}/{y}",
        "long_fr": f"{d} {month} {y}",
        "dash": f"{d:02d}-{m:02d}-{y}",
        "long_es": f"{d} de {month} de {y}",
        "iso": day.isoformat(),
        "fi": f"{d}.{m}.{y}",
    }
    return table[style]


class Pen:
    """Formats a document's figures in its country's way and records them in its labels."""

    def __init__(self, rng: random.Random, country: str) -> None:
        self.rng = rng
        self.c = COUNTRIES[country]
        known = self.c.currency in ("USD", "EUR", "GBP", "CHF")
        self.w = Writer(rng, currency=self.c.currency if known else "EUR", european=True)
        self.w.currency = self.c.currency
        self.date_style = rng.choice(self.c.dates)
        self.money_style = rng.choice(self.c.money)

    # -- money -------------------------------------------------------------------------------

    def num(self, amount: float, *, decimals: int = 2) -> str:
        """A bare number in the country's way (a table cell, a quantity)."""
        whole, _, cents = f"{abs(amount):,.{decimals}f}".partition(".")
        text = whole.replace(",", self.c.group)
        text = f"{text}{self.c.decimal}{cents}" if decimals else text
        return f"-{text}" if amount < 0 else text

    def qty(self, amount: float) -> str:
        return self.num(amount, decimals=0) if amount == int(amount) else self.num(amount)

    def money(self, amount: float, *, style: str | None = None) -> str:
        """``amount`` with its currency as the document writes it (recorded)."""
        self._amount(amount)
        return (style or self.money_style).format(n=self.num(amount))

    def total(self, amount: float, *, bare: bool = False) -> str:
        """The document's total, labelled and marked (``bare``: without its currency)."""
        self.w.total = (round(amount, 2), self.c.currency)
        text = self.num(amount) if bare else self.money(amount)
        self._amount(amount)
        return self.w.key("total", text)

    def _amount(self, amount: float) -> None:
        figure = (round(amount, 2), self.c.currency)
        if figure not in self.w.amounts:
            self.w.amounts.append(figure)

    # -- dates -------------------------------------------------------------------------------

    def day(self, day: dt.date, role: str | None = None, *, style: str | None = None) -> str:
        """``day`` in the document's date style; a labelled role is recorded and marked."""
        text = written_date(day, style or self.date_style, self.c.lang)
        if role is None:
            return text
        if (role, day.isoformat()) not in self.w.dates:
            self.w.dates.append((role, day.isoformat()))
        return self.w.key(DATE_FIGURES[role], text)

    def terms_due(self, text: str, due: dt.date) -> str:
        """Payment terms in days that give the due date (the Conventions' reading): the due
        date is labelled, the terms marked as where it is stated."""
        self.w.dates.append(("due", due.isoformat()))
        return self.w.key("dueDate", text)

    # -- numbers and parties -------------------------------------------------------------------

    def number(self, text: str) -> str:
        """The document's own number, labelled and marked."""
        self.w.number = text
        return self.w.key("documentNumber", text)

    def org(self, name: str, *, vendor: bool = False) -> str:
        """A firm as printed; ``vendor``: the one who sells."""
        if name not in self.w.organizations:
            self.w.organizations.append(name)
        if vendor:
            self.w.vendor = name
            return self.w.key("vendor", name)
        return name

    def person(self, name: str) -> str:
        return self.w.person(name)

    def item(self, desc: str, qty: float | None, unit: float | None, amount: float) -> None:
        self.w.line_item(desc, qty, unit, amount)


def issue_day(rng: random.Random) -> dt.date:
    """An invoice's date in the year the set covers."""
    return dt.date(2025, 9, 1) + dt.timedelta(days=rng.randrange(0, 420))


def pick[T](rng: random.Random, *options: T) -> T:
    return options[rng.randrange(len(options))]


__all__ = ["COUNTRIES", "Country", "Pen", "issue_day", "pick", "written_date"]
