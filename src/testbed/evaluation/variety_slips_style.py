"""How receipts of several countries write money and dates, and a thermal slip's lines.

A :class:`SlipWriter` is the set's :class:`~testbed.evaluation.corpus.Writer` speaking one
locale (``en-US``, ``en-GB``, ``en-AU``, ``en-NZ``, ``de``, ``fr``, ``es``, ``it``, ``nl``,
``pt``): amounts as its tills print them ("1,99", "12,50 €", "£4.20", "EUR 1.234,56",
"1 234,56 €"), dates as its people write them ("12.03.26", "12/03/2026", "03/12/2026",
"12 mars 2026", "12 de marzo de 2026"), each one recorded in the labels as the Writer does.
A :class:`Slip` lays out a till roll: a fixed width of 32 to 42 characters, text centred or
left, a price flush right, rules of dashes or equals signs.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from testbed.evaluation.corpus import Writer
from testbed.evaluation.figure_locale import MONTHS as LOCALE_MONTHS
from testbed.evaluation.figure_locale import MONTHS_PT
from testbed.evaluation.truth import unmark

#: Each locale's currency and the ways its receipts print an amount (``{n}``: the number).
CURRENCY: dict[str, tuple[str, tuple[str, ...]]] = {
    "en-US": ("USD", ("${n}", "$ {n}", "{n}")),
    "en-GB": ("GBP", ("£{n}", "£{n}")),
    "en-AU": ("AUD", ("${n}", "${n}", "AUD {n}")),
    "en-NZ": ("NZD", ("${n}", "NZ${n}")),
    "de": ("EUR", ("{n} €", "{n} EUR", "EUR {n}", "€ {n}")),
    "fr": ("EUR", ("{n} €", "{n} EUR", "{n}€")),
    "es": ("EUR", ("{n} €", "{n}€", "{n} EUR")),
    "it": ("EUR", ("€ {n}", "{n} €", "EUR {n}")),
    "nl": ("EUR", ("€ {n}", "€{n}", "EUR {n}")),
    "pt": ("EUR", ("{n} €", "€{n}", "{n} EUR")),
}
#: Decimal comma, and the thousands separators seen with it.
_COMMA = {"de": ".", "es": ".", "it": ".", "nl": ".", "pt": ".", "fr": " "}
MONTHS = {**LOCALE_MONTHS, "pt": MONTHS_PT}

#: Date styles each locale's tills and papers print.
DATE_STYLES: dict[str, tuple[str, ...]] = {
    "en-US": ("m/d/Y", "m/d/y", "Mon d, Y", "Month d, Y"),
    "en-GB": ("d/m/Y", "d/m/y", "d Mon Y", "d-Mon-Y"),
    "en-AU": ("d/m/Y", "d/m/y", "d Mon Y"),
    "en-NZ": ("d/m/Y", "d/m/y", "d Mon Y"),
    "de": ("d.m.Y", "d.m.y", "d. Month Y"),
    "fr": ("d/m/Y", "d/m/y", "d Month Y"),
    "es": ("d/m/Y", "d-m-Y", "d/m/y", "d de Month de Y"),
    "it": ("d/m/Y", "d-m-Y", "d/m/y", "d Month Y"),
    "nl": ("d-m-Y", "d-m-y", "d/m/Y", "d Month Y"),
    "pt": ("d/m/Y", "d-m-Y", "Y-m-d"),
}


def when(day: dt.date, style: str, loc: str) -> str:  # noqa: PLR0911 - one return per style
    """``day`` written in ``style`` (tokens: d, m, Y, y, Mon, Month) in ``loc``'s words."""
    lang = loc.split("-", maxsplit=1)[0]
    month = MONTHS.get(lang, MONTHS["en"])[day.month - 1]
    if style in ("d.m.Y", "d/m/Y", "d-m-Y", "m/d/Y", "d.m.y", "d/m/y", "d-m-y", "m/d/y"):
        sep = style[1]
        first, second = (day.day, day.month) if style[0] == "d" else (day.month, day.day)
        year = day.year if style.endswith("Y") else day.year % 100
        return f"{first:02d}{sep}{second:02d}{sep}{year:02d}"
    if style == "Y-m-d":
        return day.isoformat()
    if style == "Mon d, Y":
        return f"{month[:3]} {day.day}, {day.year}"
    if style == "Month d, Y":
        return f"{month} {day.day}, {day.year}"
    if style == "d Mon Y":
        return f"{day.day:02d} {month[:3]} {day.year}"
    if style == "d-Mon-Y":
        return f"{day.day:02d}-{month[:3]}-{day.year}"
    if style == "d. Month Y":
        return f"{day.day}. {month} {day.year}"
    if style == "d de Month de Y":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def some_day(rng: random.Random) -> dt.date:
    """A day in the last eighteen months before the set's date."""
    return dt.date(2025, 6, 2) + dt.timedelta(days=rng.randrange(0, 540))


def clock(rng: random.Random, *, seconds: bool = False) -> str:
    hour, minute = rng.randint(7, 21), rng.randint(0, 59)
    return f"{hour:02d}:{minute:02d}" + (f":{rng.randint(0, 59):02d}" if seconds else "")


@dataclass
class SlipWriter(Writer):
    """The set's Writer in one locale: amounts and dates as that country prints them."""

    loc: str = "en-US"
    _pattern: str = "{n}"
    taken: set[str] = field(default_factory=set)
    #: Always with a currency sign (papers and e-mails; tills may print bare numbers).
    signed: bool = False

    def __post_init__(self) -> None:
        self.currency, patterns = CURRENCY[self.loc]
        self.european = self.loc in _COMMA
        self._group = None
        self._pattern = self.rng.choice(patterns)
        if self.signed and self._pattern == "{n}":
            self._pattern = patterns[0]
        self._date_style = self.rng.choice(DATE_STYLES[self.loc])

    def num(self, amount: float, places: int = 2) -> str:
        """The bare number as the locale prints it (no currency, nothing recorded)."""
        text = f"{amount:,.{places}f}"
        if self.european:
            group = _COMMA[self.loc]
            text = text.replace(",", "#").replace(".", ",").replace("#", group)
        return text

    def money(self, amount: float, *, record: bool = True) -> str:
        """``amount`` with the locale's currency sign, recorded as an amount."""
        if record:
            self._add(self.amounts, (round(amount, 2), self.currency))
        return self._pattern.replace("{n}", self.num(amount))

    def sign(self, amount: float, pattern: str) -> str:
        """``amount`` in ``pattern`` (``{n}``: its number unsigned), recorded as an amount."""
        self._add(self.amounts, (round(amount, 2), self.currency))
        return pattern.replace("{n}", self.num(abs(amount)))

    def sum_bare(self, amount: float) -> str:
        """The total printed as a bare number beside a label naming its currency."""
        self.total = (round(amount, 2), self.currency)
        self._add(self.amounts, (round(amount, 2), self.currency))
        return self.key("total", self.num(amount))

    def day(self, day: dt.date, role: str | None = "issue", style: str | None = None) -> str:
        """``day`` in this receipt's (or the given) date style, recorded with its role."""
        text = when(day, style or self._date_style, self.loc)
        if role is None:
            return text
        self._add(self.dates, (role, day.isoformat()))
        return self.key({"issue": "issueDate", "due": "dueDate"}[role], text)

    def docno(self, text: str) -> str:
        """The receipt's own number, labelled and marked."""
        self.number = text
        return self.key("documentNumber", text)

    def shop(self, name: str) -> str:
        """The merchant: the vendor and an organisation."""
        self.vendor = name
        self.plain_org(name)
        return self.key("vendor", name)

    def item(
        self, text: str, amount: float, qty: float | None = None, unit: float | None = None
    ) -> None:
        self.line_item(text, qty, unit, amount)


class Slip:
    """A till roll's lines at a fixed width."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.lines: list[str] = []

    def add(self, *texts: str) -> Slip:
        self.lines.extend(texts)
        return self

    def center(self, *texts: str) -> Slip:
        for text in texts:
            pad = max(0, (self.width - len(unmark(text))) // 2)
            self.lines.append(" " * pad + text)
        return self

    def lr(self, left: str, right: str, *, indent: int = 0) -> Slip:
        """``left`` and ``right`` on one line, ``right`` flush with the roll's edge."""
        gap = max(1, self.width - indent - len(unmark(left)) - len(unmark(right)))
        self.lines.append(" " * indent + left + " " * gap + right)
        return self

    def cols(self, cells: list[str], widths: list[int]) -> Slip:
        """Cells in fixed columns: a negative width is flush right."""
        out = ""
        for cell, width in zip(cells, widths, strict=True):
            pad = " " * max(0, abs(width) - len(unmark(cell)))
            out += pad + cell if width < 0 else cell + pad
        self.lines.append(out.rstrip())
        return self

    def rule(self, char: str = "-") -> Slip:
        self.lines.append(char * self.width)
        return self

    def blank(self) -> Slip:
        self.lines.append("")
        return self


def pick[T](rng: random.Random, options: tuple[T, ...] | list[T]) -> T:
    return rng.choice(options)


def cents(value: float) -> float:
    return round(value + 1e-9, 2)


__all__ = ["CURRENCY", "DATE_STYLES", "Slip", "SlipWriter", "clock", "some_day", "when"]
