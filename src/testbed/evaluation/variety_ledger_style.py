"""How the ledger documents (:mod:`testbed.evaluation.variety_ledger`) write what they print:
money and quantities in each country's habits ("1,234.56", "1.234,56", "1 234,56",
"1'234.50"), dates as each country writes them, and a :class:`Pen` that prints a figure and
records it in the labels at once, so a label never says what the page does not.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from testbed.evaluation.corpus import Writer
from testbed.evaluation.truth import DATE_FIGURES

#: Locale -> (thousands separator, decimal mark).
SEPARATORS = {
    "us": (",", "."), "uk": (",", "."), "ie": (",", "."), "de": (".", ","),
    "at": (".", ","), "fr": (" ", ","), "be": (".", ","), "es": (".", ","),
    "it": (".", ","), "nl": (".", ","), "pt": (" ", ","), "ch": ("'", "."),
}  # fmt: skip
#: Locale -> (currency, how a sum is written: "{n}" is the number).
CURRENCIES = {
    "us": ("USD", "${n}"), "uk": ("GBP", "£{n}"), "ie": ("EUR", "€{n}"),
    "de": ("EUR", "{n} €"), "at": ("EUR", "€ {n}"), "fr": ("EUR", "{n} €"),
    "be": ("EUR", "€ {n}"), "es": ("EUR", "{n} €"), "it": ("EUR", "€ {n}"),
    "nl": ("EUR", "€ {n}"), "pt": ("EUR", "{n} €"), "ch": ("CHF", "CHF {n}"),
}  # fmt: skip
#: Locale -> its language.
LANGUAGE = {
    "us": "en", "uk": "en", "ie": "en", "de": "de", "at": "de", "ch": "de", "fr": "fr",
    "be": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt",
}  # fmt: skip

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}


def number(value: float, locale: str, places: int = 2) -> str:
    """``value`` with the locale's separators: 1234.5 -> "1.234,50" in Germany."""
    group, decimal = SEPARATORS[locale]
    text = f"{abs(value):,.{places}f}"
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", group)
    out = f"{whole}{decimal}{fraction}" if places else whole
    return f"-{out}" if value < 0 else out


def quantity(value: float, locale: str) -> str:
    """A count as printed: "3", "2,5", "0.856" (no trailing zeros, no grouping)."""
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return text.replace(".", SEPARATORS[locale][1])


def written_date(  # noqa: PLR0911 - one return per country's habit
    day: dt.date, locale: str, style: str = "numeric"
) -> str:
    """``day`` as the locale writes it: numerically, or with the month's name (``long``)."""
    if style == "long":
        month = _MONTHS[LANGUAGE[locale]].split()[day.month - 1]
        if locale == "us":
            return f"{month} {day.day}, {day.year}"
        if LANGUAGE[locale] in ("es", "pt"):
            return f"{day.day} de {month} de {day.year}"
        dot = "." if LANGUAGE[locale] == "de" else ""
        return f"{day.day}{dot} {month} {day.year}"
    if style == "iso":
        return day.isoformat()
    if locale == "us":
        return f"{day.month}/{day.day}/{day.year}"
    if locale in ("de", "at", "ch"):
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if locale == "nl":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    if style == "short":
        return f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}"
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def someday(rng: random.Random) -> dt.date:
    return dt.date(2025, 9, 1) + dt.timedelta(days=rng.randrange(0, 420))


@dataclass
class Pen:
    """Prints one document's figures in its locale and records them in its writer's labels."""

    w: Writer
    locale: str

    @classmethod
    def start(cls, rng: random.Random, locale: str) -> Pen:
        return cls(Writer(rng, currency=CURRENCIES[locale][0]), locale)

    @property
    def lang(self) -> str:
        return LANGUAGE[self.locale]

    @property
    def currency(self) -> str:
        return CURRENCIES[self.locale][0]

    def num(self, value: float) -> str:
        """A bare figure of a table cell (not recorded: it names no currency)."""
        return number(value, self.locale)

    def qty(self, value: float) -> str:
        return quantity(value, self.locale)

    def money(self, value: float, style: str | None = None) -> str:
        """A sum with its currency as the locale writes it, recorded as an amount."""
        self._add(self.w.amounts, (round(value, 2), self.currency))
        text = (style or CURRENCIES[self.locale][1]).format(n=number(abs(value), self.locale))
        return f"-{text}" if value < 0 else text

    def noted(self, value: float) -> None:
        """A sum the page prints in words of its own ("40 €"), recorded as an amount."""
        self._add(self.w.amounts, (round(value, 2), self.currency))

    def coded(self, value: float) -> str:
        """A sum after the currency's code: "EUR 1.234,56"."""
        return self.money(value, f"{self.currency} {{n}}")

    def total(self, value: float, style: str | None = None) -> str:
        self.w.total = (round(value, 2), self.currency)
        return self.w.key("total", self.money(value, style))

    def bare_total(self, value: float) -> str:
        """The total printed bare under a label or column that names the currency."""
        self.w.total = (round(value, 2), self.currency)
        self._add(self.w.amounts, (round(value, 2), self.currency))
        return self.w.key("total", self.num(value))

    def day(self, day: dt.date, role: str | None, style: str = "numeric") -> str:
        text = written_date(day, self.locale, style)
        if role is None:
            return text
        self._add(self.w.dates, (role, day.isoformat()))
        return self.w.key(DATE_FIGURES[role], text) if role in DATE_FIGURES else text

    def ident(self, text: str) -> str:
        """The document's own number."""
        self.w.number = text
        return self.w.key("documentNumber", text)

    def seller(self, name: str, *, upper: bool = False) -> str:
        """The vendor, a firm named with its legal form, marked where it is printed first
        (``upper``: printed in capitals, as tills print it)."""
        self.w.vendor = name
        self._add(self.w.organizations, name.rstrip("."))
        return self.w.key("vendor", name.upper() if upper else name)

    def firm(self, name: str) -> str:
        self._add(self.w.organizations, name.rstrip("."))
        return name

    def person(self, name: str) -> str:
        self._add(self.w.people, name)
        return name

    def item(self, description: str, qty: float | None, unit: float | None, amount: float) -> None:
        self.w.line_item(description, qty, unit, amount)

    @staticmethod
    def _add[T](items: list[T], item: T) -> None:
        if item not in items:
            items.append(item)


def cents(value: float) -> float:
    return round(value + 1e-9, 2)


__all__ = [
    "CURRENCIES", "LANGUAGE", "SEPARATORS", "Pen", "cents", "number", "quantity", "someday",
    "written_date",
]  # fmt: skip
