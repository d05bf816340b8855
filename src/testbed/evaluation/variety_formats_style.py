"""How the documents of :mod:`testbed.evaluation.variety_formats` print their figures: money and
dates in the conventions of the countries they come from (US, UK, Ireland, Germany,
Switzerland, France, the Netherlands, Spain, Italy, Canada), months written in six languages,
and a :class:`Kit` that prints each figure through the family's :class:`Writer`, so the labels
say exactly what the document says. The names are this family's own.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from testbed.evaluation.corpus import Writer
from testbed.evaluation.truth import DATE_FIGURES, LineItem

_MONTHS = {
    "en": (
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
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
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
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
}
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
}


@dataclass(frozen=True, slots=True)
class Locale:
    """A country's way of printing money and dates."""

    name: str
    lang: str
    currency: str
    group: str  # thousands separator
    point: str  # decimal separator
    sign: str  # "$", "€ ", " €", "CHF " ... where the sign stands is where the space is
    month_first: bool = False
    numeric: str = "{d:02d}/{m:02d}/{y}"


LOCALES = {
    "us": Locale("us", "en", "USD", ",", ".", "$", month_first=True, numeric="{m:02d}/{d:02d}/{y}"),
    "uk": Locale("uk", "en", "GBP", ",", ".", "£"),
    "ie": Locale("ie", "en", "EUR", ",", ".", "€"),
    "ca": Locale(
        "ca", "en", "CAD", ",", ".", "CA$", month_first=True, numeric="{y}-{m:02d}-{d:02d}"
    ),
    "de": Locale("de", "de", "EUR", ".", ",", " €", numeric="{d:02d}.{m:02d}.{y}"),
    "at": Locale("at", "de", "EUR", ".", ",", "EUR ", numeric="{d:02d}.{m:02d}.{y}"),
    "ch": Locale("ch", "de", "CHF", "'", ".", "CHF ", numeric="{d:02d}.{m:02d}.{y}"),
    "fr": Locale("fr", "fr", "EUR", "\u202f", ",", "\u00a0€"),
    "nl": Locale("nl", "nl", "EUR", ".", ",", "€ ", numeric="{d:02d}-{m:02d}-{y}"),
    "es": Locale("es", "es", "EUR", ".", ",", " €"),
    "it": Locale("it", "it", "EUR", ".", ",", "€ "),
}


def number_text(amount: float, loc: Locale) -> str:
    """``amount`` with the locale's separators, no currency: 1,234.56 / 1.234,56 / 1'234.56."""
    whole, cents = f"{abs(amount):,.2f}".split(".")
    text = f"{whole.replace(',', loc.group)}{loc.point}{cents}"
    return f"-{text}" if amount < 0 else text


def month_name(day: dt.date, lang: str, *, short: bool = False) -> str:
    name = _MONTHS[lang][day.month - 1]
    return name[:3] if short else name


def date_text(day: dt.date, loc: Locale, style: str) -> str:  # noqa: PLR0911 - one per style
    """``day`` as a document of ``loc`` writes it in ``style``: ``numeric``, ``long``, ``short``,
    ``weekday``, ``iso``, ``compact`` (EDI's CCYYMMDD) or ``yy`` (two-digit year)."""
    lang, d, m, y = loc.lang, day.day, day.month, day.year
    if style == "iso":
        return day.isoformat()
    if style == "compact":
        return f"{y}{m:02d}{d:02d}"
    if style == "numeric":
        return loc.numeric.format(d=d, m=m, y=y)
    if style == "yy":
        return loc.numeric.format(d=d, m=m, y=f"{y % 100:02d}")
    month = month_name(day, lang, short=style == "short")
    if lang == "en":
        core = f"{month} {d}, {y}" if loc.month_first else f"{d} {month} {y}"
    elif lang == "de":
        core = f"{d}. {month} {y}"
    elif lang == "es":
        core = f"{d} de {month} de {y}"
    else:
        core = f"{d} {month} {y}"
    if style == "weekday":
        weekday = _WEEKDAYS[lang][day.weekday()]
        if lang == "en":
            return f"{weekday[:3]}, {core}" if loc.month_first else f"{weekday} {core}"
        return f"{weekday}, {core}" if lang in ("de", "es") else f"{weekday} {core}"
    return core


@dataclass
class Kit:
    """Prints a document's figures in its locale and records them in its writer's labels."""

    rng: random.Random
    loc: Locale
    writer: Writer = field(init=False)

    def __post_init__(self) -> None:
        currency = self.loc.currency
        self.writer = Writer(random.Random(self.rng.random()), currency=currency)  # noqa: S311

    # -- money ---------------------------------------------------------------------------------

    def money(self, amount: float, *, sign: str | None = None, record: bool = True) -> str:
        """``amount`` with the locale's currency sign (or ``sign``; ``""``: none, and then it
        is no amount of the labels: a bare number is tied to no currency)."""
        if record and sign != "":
            self.writer._add(self.writer.amounts, (round(amount, 2), self.loc.currency))
        sign = self.loc.sign if sign is None else sign
        number = number_text(amount, self.loc)
        if sign.startswith((" ", "\u00a0")):
            return f"{number}{sign}"
        if amount < 0 and sign:
            return f"-{sign}{number[1:]}"
        return f"{sign}{number}"

    def total(self, amount: float, *, sign: str | None = None) -> str:
        """The document's total, printed, labelled and marked (an amount also when printed
        bare: its label names the currency, "Invoice total GBP", "SUMME EUR")."""
        self.writer.total = (round(amount, 2), self.loc.currency)
        self.writer._add(self.writer.amounts, self.writer.total)
        return self.writer.key("total", self.money(amount, sign=sign))

    # -- dates, numbers, parties ------------------------------------------------------------------

    def day(self, day: dt.date, role: str | None, style: str) -> str:
        """``day`` printed in ``style``; labelled (and marked) when it has a role."""
        text = date_text(day, self.loc, style)
        if role is None:
            return text
        self.writer._add(self.writer.dates, (role, day.isoformat()))
        return self.writer.key(DATE_FIGURES[role], text)

    def terms_due(self, due: dt.date, text: str) -> str:
        """Payment terms in days (``Net 30``) with no due date printed: the due date they give,
        labelled, its evidence the terms."""
        self.writer._add(self.writer.dates, ("due", due.isoformat()))
        return self.writer.key("dueDate", text)

    def number(self, text: str) -> str:
        self.writer.number = text
        return self.writer.key("documentNumber", text)

    def vendor(self, name: str) -> str:
        """The seller's name as printed (its first printing is the marked one)."""
        self.writer.plain_org(name)
        self.writer.vendor = name
        return self.writer.key("vendor", name)

    def org(self, name: str) -> str:
        return self.writer.plain_org(name)

    def person(self, name: str) -> str:
        return self.writer.person(name)

    def item(self, description: str, qty: float | None, unit: float | None, amount: float) -> None:
        self.writer.line_items.append(LineItem(description, qty, unit, round(amount, 2)))


def qty_text(qty: float) -> str:
    return f"{qty:g}"


def someday(rng: random.Random) -> dt.date:
    return dt.date(2025, 9, 1) + dt.timedelta(days=rng.randrange(0, 400))


def priced(
    rng: random.Random, goods: tuple[tuple[str, float], ...], count: int
) -> list[tuple[str, int, float, float]]:
    """``count`` distinct goods with a quantity, unit price and row amount."""
    rows = []
    for name, price in rng.sample(goods, count):
        qty = rng.choice((1, 1, 1, 2, 3))
        unit = round(price * rng.uniform(0.85, 1.2), 2)
        rows.append((name, qty, unit, round(qty * unit, 2)))
    return rows


def code(rng: random.Random, pattern: str) -> str:
    """``pattern`` with ``9`` a digit and ``A`` a capital letter (no I or O)."""
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "".join(
        str(rng.randint(0, 9)) if ch == "9" else rng.choice(letters) if ch == "A" else ch
        for ch in pattern
    )


__all__ = ["LOCALES", "Kit", "Locale", "code", "date_text", "priced", "qty_text", "someday"]
