"""How the field documents (:mod:`testbed.evaluation.variety_field`) write money, dates,
numbers and names, country by country, each printed value recorded in the labels.

A :class:`Sheet` wraps the corpus's :class:`~testbed.evaluation.corpus.Writer`: its money is
written as the country writes it ("1,234.56", "1.234,56", "1 234,56", "R$ 1.234,56"), its
dates in the forms billing systems print ("12/06/2026", "06.12.2026", "6 déc. 2026",
"06-Dec-26", "Dec 6, 2026"), and every figure goes through it so the labels say what the
page says. Names here are this family's own.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from testbed.evaluation.corpus import Writer
from testbed.evaluation.truth import LineItem


@dataclass(frozen=True, slots=True)
class Locale:
    """A country's way of writing money: currency, separators, the sign and its place."""

    currency: str
    decimal: str
    group: str
    sign: str
    after: bool  # the sign after the number ("12,50 €")


LOCALES = {
    "us": Locale("USD", ".", ",", "$", after=False),
    "uk": Locale("GBP", ".", ",", "£", after=False),
    "ie": Locale("EUR", ".", ",", "€", after=False),
    "au": Locale("AUD", ".", ",", "$", after=False),
    "ca": Locale("CAD", ".", ",", "$", after=False),
    "de": Locale("EUR", ",", ".", "€", after=True),
    "at": Locale("EUR", ",", ".", "EUR", after=False),
    "fr": Locale("EUR", ",", " ", "€", after=True),
    "es": Locale("EUR", ",", ".", "€", after=True),
    "it": Locale("EUR", ",", ".", "€", after=True),
    "nl": Locale("EUR", ",", ".", "€", after=False),
    "br": Locale("BRL", ",", ".", "R$", after=False),
    "ch": Locale("CHF", ".", "'", "CHF", after=False),
}

_MONTH_NAMES = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
}
_MONTHS = {language: names.split() for language, names in _MONTH_NAMES.items()}


def when(day: dt.date, style: str) -> str:  # noqa: PLR0911, PLR0912 - one branch a style
    """``day`` as one kind of system prints it."""
    en = _MONTHS["en"][day.month - 1]
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "us_bare":
        return f"{day.month}/{day.day}/{day.year}"
    if style == "us_long":
        return f"{en} {day.day}, {day.year}"
    if style == "us_short":
        return f"{en[:3]} {day.day}, {day.year}"
    if style == "uk":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "uk_long":
        return f"{day.day} {en} {day.year}"
    if style == "uk_short":
        return f"{day.day} {en[:3]} {day.year}"
    if style == "abbr2":
        return f"{day.day:02d}-{en[:3].upper()}-{day.year % 100:02d}"
    if style == "abbr4":
        return f"{day.day:02d}-{en[:3]}-{day.year}"
    if style == "dot":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "dot2":
        return f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"
    if style == "iso":
        return day.isoformat()
    if style == "de_long":
        return f"{day.day}. {_MONTHS['de'][day.month - 1]} {day.year}"
    if style == "fr_long":
        return f"{day.day} {_MONTHS['fr'][day.month - 1]} {day.year}"
    if style == "fr_short":
        month = _MONTHS["fr"][day.month - 1]
        return f"{day.day} {month if len(month) <= 4 else month[:4] + '.'} {day.year}"
    if style == "es_long":
        return f"{day.day} de {_MONTHS['es'][day.month - 1]} de {day.year}"
    if style == "it_long":
        return f"{day.day} {_MONTHS['it'][day.month - 1]} {day.year}"
    if style == "air":
        return f"{day.day:02d}{en[:3].upper()}{day.year % 100:02d}"
    if style == "dash":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    raise ValueError(style)


def someday(rng: random.Random) -> dt.date:
    """A day in the documents' years (2025 and 2026)."""
    return dt.date(2025, 2, 1) + dt.timedelta(days=rng.randrange(0, 660))


class Sheet:
    """One document's writer: figures formatted by ``locale``, recorded as they are printed."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.loc = LOCALES[locale]
        self.w = Writer(rng)
        self.w.currency = self.loc.currency

    # -- money -----------------------------------------------------------------------------

    def num(self, amount: float) -> str:
        """The bare number as the country writes it (not recorded: a table cell)."""
        whole, cents = f"{abs(amount):,.2f}".split(".")
        text = f"{whole.replace(',', self.loc.group)}{self.loc.decimal}{cents}"
        return f"-{text}" if amount < 0 else text

    def money(self, amount: float, *, code: bool = False, record: bool = True) -> str:
        """``amount`` with its sign (or ISO code), recorded as an amount of the document."""
        if record:
            self._note(self.w.amounts, (round(amount, 2), self.loc.currency))
        sign = self.loc.currency if code else self.loc.sign
        number = self.num(amount)
        if self.loc.after or (code and self.loc.decimal == ","):
            return f"{number} {sign}"
        if len(sign) > 1 or code:
            return f"{sign} {number}"
        return f"-{sign}{number[1:]}" if amount < 0 else f"{sign}{number}"

    def noted(self, *amounts: float) -> None:
        """Amounts printed inside a sentence or a description (recorded, not formatted)."""
        for amount in amounts:
            self._note(self.w.amounts, (round(amount, 4), self.loc.currency))

    def bare(self, amount: float) -> str:
        """A bare number in a totals block: recorded as an amount."""
        self._note(self.w.amounts, (round(amount, 2), self.loc.currency))
        return self.num(amount)

    def total(self, amount: float, text: str | None = None) -> str:
        """The document's total: labelled, marked, printed as ``text`` (default: money)."""
        self.w.total = (round(amount, 2), self.loc.currency)
        self._note(self.w.amounts, (round(amount, 2), self.loc.currency))
        return self.w.key("total", text if text is not None else self.money(amount))

    # -- dates -----------------------------------------------------------------------------

    def day(self, day: dt.date, role: str | None, style: str) -> str:
        """``day`` in ``style``; labelled (and marked) when it has a role."""
        text = when(day, style)
        if role is None:
            return text
        self._note(self.w.dates, (role, day.isoformat()))
        return self.w.key(
            {
                "issue": "issueDate",
                "due": "dueDate",
                "effective": "effectiveDate",
                "end": "endDate",
            }[role],
            text,
        )

    def terms(self, issued: dt.date, days: int, text: str) -> str:
        """Payment terms with no date printed ("Net 30"): the reader's due date, ``days``
        after the issue date, cited by the terms (docs/analysis-schema.md)."""
        due = issued + dt.timedelta(days=days)
        self._note(self.w.dates, ("due", due.isoformat()))
        return self.w.key("dueDate", text)

    # -- names, numbers, items -------------------------------------------------------------

    def number(self, text: str) -> str:
        """The document's own number, labelled and marked."""
        self.w.number = text
        return self.w.key("documentNumber", text)

    def vendor(self, name: str, shown: str | None = None, *, person: bool = False) -> str:
        """The seller ``name`` (as a reader records it), printed as ``shown`` (default the
        name), labelled and marked at its first printing; ``person``: a freelancer."""
        self.w.vendor = name
        if person:
            self.person(name)
        else:
            self.org(name)
        return self.w.key("vendor", shown if shown is not None else name)

    def org(self, name: str) -> str:
        self._note(self.w.organizations, name.rstrip("."))
        return name

    def person(self, name: str) -> str:
        self._note(self.w.people, name)
        return name

    def item(
        self, description: str, quantity: float | None, unit: float | None, amount: float
    ) -> None:
        self.w.line_items.append(LineItem(description, quantity, unit, round(amount, 2)))

    def pick[T](self, options: tuple[T, ...] | list[T]) -> T:
        return self.rng.choice(options)

    @staticmethod
    def _note[T](items: list[T], item: T) -> None:
        if item not in items:
            items.append(item)


def qty(count: float) -> str:
    """A count as billing software prints it: whole numbers bare, else two decimals."""
    return str(int(count)) if float(count).is_integer() else f"{count:.2f}"


def priced(
    rng: random.Random, catalogue: tuple[tuple[str, float], ...], count: tuple[int, int]
) -> list[tuple[str, float, float, float]]:
    """A few rows drawn from ``catalogue``: (description, quantity, unit price, amount)."""
    rows = []
    for name, price in rng.sample(list(catalogue), rng.randint(*count)):
        quantity = float(rng.choice((1, 1, 2, 3, 4, 5, 10, 12)))
        rows.append((name, quantity, price, round(quantity * price, 2)))
    return rows


def total_of(rows: list[tuple[str, float, float, float]]) -> float:
    return round(sum(row[3] for row in rows), 2)


def code(rng: random.Random, pattern: str) -> str:
    """An identifier from ``pattern``: ``9`` a digit, ``A`` a capital, anything else kept."""
    out = []
    for ch in pattern:
        if ch == "9":
            out.append(str(rng.randint(0, 9)))
        elif ch == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


__all__ = ["LOCALES", "Sheet", "code", "priced", "qty", "someday", "total_of", "when"]
