"""How the key-figure documents (:mod:`testbed.evaluation.variety_figures`) print dates and
money in the languages and software they imitate, each printed value recorded in the labels.

Dates: month and weekday names in English, German, French, Spanish, Italian and Dutch; a
weekday before the date; English ordinals ("December 5th, 2026"); two-digit years
("05.12.26"); month-first or day-first slashes as the document's country writes them. Money:
the mark before or after the number, "." or "," as the decimal mark, negative amounts with a
leading or trailing minus or in parentheses.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from testbed.evaluation.corpus import Writer
from testbed.evaluation.truth import DATE_FIGURES, LineItem

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
}  # fmt: skip
#: Portugal's month names, apart from :data:`MONTHS`: variety_world draws one date style per
#: language of that table, so a new language there would change its documents.
MONTHS_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
             "setembro", "outubro", "novembro", "dezembro")  # fmt: skip
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
}


def ordinal(day: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day not in (11, 12, 13) else 0, "th")
    return f"{day}{suffix}"


def spelled(day: dt.date, lang: str, *, weekday: bool = False) -> str:
    """The date in words the way ``lang`` writes it: "5 December 2026", "5. Dezember 2026",
    "5 de diciembre de 2026", with the weekday first when asked ("samedi 5 décembre 2026")."""
    month = MONTHS[lang][day.month - 1]
    text = {
        "en": f"{day.day} {month} {day.year}",
        "de": f"{day.day}. {month} {day.year}",
        "es": f"{day.day} de {month} de {day.year}",
    }.get(lang, f"{day.day} {month} {day.year}")
    if not weekday:
        return text
    name = WEEKDAYS[lang][day.weekday()]
    return f"{name}, {text}" if lang in ("en", "de", "es") else f"{name} {text}"


def numeric(day: dt.date, style: str) -> str:  # noqa: PLR0911 - one return per style
    """``day`` in digits: ``us`` 12/05/2026, ``eu`` 05/12/2026, ``dot`` 05.12.2026, ``dot2``
    05.12.26, ``dash`` 05-12-2026, ``iso`` 2026-12-05, ``abbr`` 5 Dec 2026, ``us_ord``
    December 5th, 2026, ``us_abbr`` Dec. 5, 2026."""
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "eu":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dot":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "dot2":
        return f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"
    if style == "dash":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    if style == "abbr":
        return f"{day.day} {MONTHS['en'][day.month - 1][:3]} {day.year}"
    if style == "us_ord":
        return f"{MONTHS['en'][day.month - 1]} {ordinal(day.day)}, {day.year}"
    if style == "us_abbr":
        month = MONTHS["en"][day.month - 1]
        return f"{month if len(month) <= 4 else month[:3] + '.'} {day.day}, {day.year}"
    return day.isoformat()


@dataclass(frozen=True, slots=True)
class Money:
    """A country's way of writing an amount: ``{n}`` is the number."""

    currency: str
    pattern: str  # "${n}", "{n} €", "EUR {n}"
    decimal: str = "."
    group: str = ","
    negative: str = "-"  # "-", "()" or "trail"

    def number(self, amount: float) -> str:
        whole, cents = f"{abs(amount):,.2f}".split(".")
        text = f"{whole.replace(',', self.group)}{self.decimal}{cents}"
        if amount >= 0:
            return text
        if self.negative == "()":
            return f"({text})"
        return f"{text}-" if self.negative == "trail" else f"-{text}"

    def text(self, amount: float) -> str:
        number = self.number(amount)
        if number.startswith("(") and self.pattern.startswith("{n}"):
            return f"({self.pattern.format(n=number[1:-1])})"
        return self.pattern.format(n=number)


class Sheet:
    """One document's labels: what it prints is recorded as it is printed."""

    def __init__(self, w: Writer, money: Money) -> None:
        self.w = w
        self.m = money
        w.currency = money.currency

    def day(self, day: dt.date, role: str | None, text: str) -> str:
        """``text`` (how ``day`` is printed here), labelled with ``role`` and marked as its
        key figure when the role has one."""
        if role is None:
            return text
        if (role, day.isoformat()) not in self.w.dates:
            self.w.dates.append((role, day.isoformat()))
        figure = DATE_FIGURES.get(role)
        return self.w.key(figure, text) if figure else text

    def money(self, amount: float, *, mark: bool = True) -> str:
        """The amount with its currency (recorded among the amounts), or the bare number."""
        if not mark:
            return self.m.number(amount)
        entry = (round(amount, 2), self.m.currency)
        if entry not in self.w.amounts:
            self.w.amounts.append(entry)
        return self.m.text(amount)

    def total(self, amount: float, *, mark: bool = True) -> str:
        """The total, labelled in the document's currency (its label or column may name the
        currency when the number is printed bare: then it is no tagged amount)."""
        self.w.total = (round(amount, 2), self.m.currency)
        entry = (round(amount, 2), self.m.currency)
        if mark and entry not in self.w.amounts:
            self.w.amounts.append(entry)
        return self.w.key("total", self.m.text(amount) if mark else self.m.number(amount))

    def number(self, ident: str) -> str:
        self.w.number = ident
        return self.w.key("documentNumber", ident)

    def vendor(self, company: tuple[str, str]) -> str:
        name = self.w.org(company, dot=True)
        self.w.vendor = f"{company[0]} {company[1]}".rstrip(".")
        return self.w.key("vendor", name)

    def item(self, description: str, qty: float | None, unit: float | None, amount: float) -> None:
        self.w.line_items.append(LineItem(description, qty, unit, round(amount, 2)))


def item_table(
    s: Sheet, rng: random.Random, goods: tuple[tuple[str, float], ...], header: list[str]
) -> tuple[list[list[str]], float]:
    """An item table of description, quantity, unit price and amount (bare numbers), each row
    labelled as a line item, and the rows' sum."""
    rows, net = [header], 0.0
    for name, price in goods:
        qty = rng.randint(1, 9)
        amount = round(qty * price, 2)
        net = round(net + amount, 2)
        rows.append([name, str(qty), s.money(price, mark=False), s.money(amount, mark=False)])
        s.item(name, qty, price, amount)
    return rows, net


__all__ = [
    "MONTHS", "WEEKDAYS", "Money", "Sheet", "item_table", "numeric", "ordinal", "spelled",
]  # fmt: skip
