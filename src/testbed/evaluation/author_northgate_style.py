"""How northgate's papers print their figures, and the ledger its templates label with.

The papers come from Northern and Eastern Europe, the Gulf and South Asia, so one amount has
four spellings (``1 234,50``, ``1.234,50``, ``1,234.50``, the Indian ``1,23,456.00``) and one day
a dozen (ISO, day-first with dots or slashes, Hungary's ``2026.11.28.``, month names in English
and in the local language). :class:`Book` collects what a careful bookkeeper reads off the page
while the template writes it, so a labelled figure is always the text that was printed.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from testbed.evaluation.truth import DATE_FIGURES, Labels, LineItem, mark, unmark

_MONTH_NAMES = {
    "en": "January February March April May June July August September October November December",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    # Polish and Czech dates take the genitive: "28 listopada 2026".
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hu": "január február március április május június július augusztus szeptember október "
    "november december",
}
#: Month names by language, January first.
MONTHS = {lang: names.split() for lang, names in _MONTH_NAMES.items()}

#: Numeric date styles: ISO, day first with dots, slashes or dashes, Czech spacing, Hungarian
#: year first, and the day-month-abbreviation-year of Gulf and Indian ledgers.
_NUMERIC = {
    "iso": "{y}-{m:02d}-{d:02d}",
    "dots": "{d:02d}.{m:02d}.{y}",
    "slash": "{d:02d}/{m:02d}/{y}",
    "dash": "{d:02d}-{m:02d}-{y}",
    "cz": "{d}. {m}. {y}",
    "hu": "{y}.{m:02d}.{d:02d}.",
    "mon": "{d:02d}-{b}-{y}",
}


def day_text(day: dt.date, style: str) -> str:
    """``day`` printed in ``style``: one of :data:`_NUMERIC` (``dots`` 28.11.2026, ``hu``
    2026.11.28., ``mon`` 28-Nov-2026...) or ``long-<lang>`` (28 November 2026, 28 listopada
    2026, 28. marraskuuta 2026, 2026. november 28.)."""
    if style in _NUMERIC:
        short = MONTHS["en"][day.month - 1][:3]
        return _NUMERIC[style].format(y=day.year, m=day.month, d=day.day, b=short)
    lang = style.removeprefix("long-")
    if lang == "hu":
        return f"{day.year}. {MONTHS['hu'][day.month - 1]} {day.day}."
    dot = "." if lang in ("fi", "da", "no", "cs") else ""
    return f"{day.day}{dot} {MONTHS[lang][day.month - 1]} {day.year}"


def money(value: float, style: str, decimals: int = 2) -> str:
    """``value`` as printed in ``style``: ``space`` (1 234,50), ``dot`` (1.234,50), ``en``
    (1,234.50), ``in`` (the Indian 1,23,456.00), ``apos`` (1'234.50)."""
    sign = "-" if value < 0 else ""
    whole, cents = divmod(round(abs(value) * 100), 100)
    digits = str(whole)
    if style == "in" and len(digits) > 3:
        head, tail = digits[:-3], digits[-3:]
        pairs: list[str] = []
        while len(head) > 2:
            pairs.insert(0, head[-2:])
            head = head[:-2]
        grouped = ",".join([head, *pairs, tail])
    else:
        groups: list[str] = []
        while digits:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        sep = {"space": " ", "dot": ".", "en": ",", "in": ",", "apos": "'"}[style]
        grouped = sep.join(groups)
    point = "," if style in ("space", "dot") else "."
    return f"{sign}{grouped}{point}{cents:02d}" if decimals else f"{sign}{grouped}"


def written(value: float) -> set[str]:
    """Every way :func:`money` may have printed ``value`` (for the tests)."""
    forms = {money(value, style) for style in ("space", "dot", "en", "in", "apos")}
    if value == round(value):
        forms |= {money(value, style, 0) for style in ("space", "dot", "en", "in")}
    return forms


def cents(rng: random.Random, low: float, high: float) -> float:
    """A price between ``low`` and ``high``, to the cent."""
    return round(rng.uniform(low, high), 2)


def round_price(rng: random.Random, low: int, high: int, step: int = 5) -> float:
    """A price as people set them: a multiple of ``step``."""
    return float(rng.randrange(low // step, high // step + 1) * step)


def a_day(rng: random.Random) -> dt.date:
    """An issue day between spring 2025 and the end of 2026."""
    return dt.date(2025, 3, 1) + dt.timedelta(days=rng.randrange(640))


def digits(rng: random.Random, count: int) -> str:
    """``count`` digits, the first not zero."""
    return str(rng.randint(1, 9)) + "".join(str(rng.randrange(10)) for _ in range(count - 1))


def grouped(rng: random.Random, prefix: str, *sizes: int) -> str:
    """An account number or IBAN printed in groups: ``prefix`` and groups of digits."""
    return prefix + " ".join(digits(rng, size) for size in sizes)


def panel_style(rng: random.Random, panel: list[tuple[str, str]], *, box: float = 0.6) -> str:
    """``box`` (label and value on one line, the box beside the address) with probability
    ``box`` when every row fits its width, else ``stack`` (each label over its value)."""
    fits = all(len(label) * 4.9 + len(unmark(value)) * 6.0 < 215 for label, value in panel)
    return "box" if fits and rng.random() < box else "stack"


@dataclass
class Book:
    """What the reader takes from one paper, written down as the template prints it."""

    kind: str
    number: str | None = None
    vendor: str | None = None
    total: tuple[float, str] | None = None
    organizations: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    amounts: list[tuple[float, str]] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)
    items: list[LineItem] | None = None

    def num(self, text: str) -> str:
        """THE document's number, printed as ``text``."""
        self.number = text
        return mark("documentNumber", text)

    def seller(self, name: str) -> str:
        """The vendor's name as printed (once; later mentions are plain)."""
        self.vendor = name
        self.org(name)
        return mark("vendor", name)

    def org(self, name: str) -> str:
        if name not in self.organizations:
            self.organizations.append(name)
        return name

    def person(self, name: str) -> str:
        if name not in self.people:
            self.people.append(name)
        return name

    def pay(self, value: float, currency: str, text: str) -> str:
        """The total the paper bills, printed as ``text`` (the number only)."""
        self.total = (round(value, 2), currency)
        self.cash(value, currency)
        return mark("total", text)

    def cash(self, value: float, currency: str) -> None:
        """A money amount printed with its currency."""
        entry = (round(value, 2), currency)
        if entry not in self.amounts:
            self.amounts.append(entry)

    def day(self, role: str, day: dt.date, text: str) -> str:
        """A date in ``role`` (issue, due, effective, end), printed as ``text``."""
        self.dates.append((role, day.isoformat()))
        return mark(DATE_FIGURES[role], text)

    def row(
        self, description: str, quantity: float | None, unit: float | None, amount: float
    ) -> None:
        if self.items is None:
            self.items = []
        self.items.append(LineItem(description, quantity, unit, round(amount, 2)))

    def labels(self) -> Labels:
        return Labels(
            document_type=self.kind,
            number=self.number,
            organizations=tuple(self.organizations),
            people=tuple(self.people),
            vendor=self.vendor,
            total=self.total,
            amounts=tuple(self.amounts),
            dates=tuple(self.dates),
            line_items=tuple(self.items) if self.items is not None else None,
        )


__all__ = [
    "MONTHS",
    "Book",
    "a_day",
    "cents",
    "day_text",
    "digits",
    "grouped",
    "money",
    "panel_style",
    "round_price",
    "written",
]
