"""How the terms generators (:mod:`testbed.evaluation.variety_terms`) write what they print:
a :class:`Paper` holds one document's labels and prints each figure through the
:class:`~testbed.evaluation.corpus.Writer`, in the conventions of the country it comes from.

Money: "1,234.56", "1.234,56", "1 234,56", "1'234.50", with the currency as a symbol or an
ISO code before or after. Dates: month first (US) or day first with slashes, dotted, ISO,
"6-12-2026", "06-Dec-26", "Dec 6, 2026", and in words in English, German, French, Spanish,
Italian, Dutch and Portuguese. Also the references a business paper is crowded with (IBANs,
VAT ids, mandate references, order and delivery-note numbers) and amounts in words.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.figure_locale import MONTHS as LOCALE_MONTHS
from testbed.evaluation.figure_locale import MONTHS_PT, Money, Sheet

MONTHS = {**LOCALE_MONTHS, "pt": MONTHS_PT}


@dataclass(frozen=True, slots=True)
class Country:
    """A country's conventions: language, how it writes money, its date in digits."""

    lang: str
    money: Money
    digits: str  # a style of :func:`day_text`


COUNTRIES = {
    "us": Country("en", Money("USD", "${n}"), "us"),
    "ca": Country("en", Money("CAD", "${n}"), "mdy"),
    "uk": Country("en", Money("GBP", "£{n}"), "eu"),
    "uk_usd": Country("en", Money("USD", "US${n}"), "eu"),
    "de": Country("de", Money("EUR", "{n} €", ",", "."), "dot"),
    "de_code": Country("de", Money("EUR", "{n} EUR", ",", "."), "dot"),
    "at": Country("de", Money("EUR", "EUR {n}", ",", " "), "dot"),
    "ch": Country("de", Money("CHF", "CHF {n}", ".", "'"), "dot"),
    "fr": Country("fr", Money("EUR", "{n} €", ",", " "), "eu"),
    "be": Country("fr", Money("EUR", "€ {n}", ",", "."), "eu"),
    "nl": Country("nl", Money("EUR", "€ {n}", ",", "."), "nl"),
    "es": Country("es", Money("EUR", "{n} €", ",", "."), "eu"),
    "it": Country("it", Money("EUR", "€ {n}", ",", "."), "eu"),
    "pt": Country("pt", Money("EUR", "{n} €", ",", " "), "dash"),
}


def day_text(day: dt.date, style: str) -> str:
    """``day`` as printed in ``style``: ``us`` 12/06/2026, ``eu`` 06/12/2026, ``dot``
    06.12.2026, ``dot2`` 06.12.26, ``dash`` 06-12-2026, ``nl`` 6-12-2026, ``iso``, ``mdy``
    Dec 6, 2026, ``dmy`` 6 Dec 2026, ``dmy_dash`` 06-Dec-26, ``DMY`` 06-DEC-2026, ``ymd_dot``
    2026.12.06, ``long-<lang>`` in words."""
    if style.startswith("long-"):
        return spelled(day, style.removeprefix("long-"))
    month = MONTHS["en"][day.month - 1]
    styles = {
        "us": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "eu": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "dot": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "dot2": f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}",
        "dash": f"{day.day:02d}-{day.month:02d}-{day.year}",
        "nl": f"{day.day}-{day.month}-{day.year}",
        "iso": day.isoformat(),
        "mdy": f"{month[:3]} {day.day}, {day.year}",
        "dmy": f"{day.day} {month[:3]} {day.year}",
        "dmy_dash": f"{day.day:02d}-{month[:3]}-{day.year % 100:02d}",
        "DMY": f"{day.day:02d}-{month[:3].upper()}-{day.year}",
        "ymd_dot": f"{day.year}.{day.month:02d}.{day.day:02d}",
    }
    return styles[style]


def spelled(day: dt.date, lang: str) -> str:
    """The date in words: "6 December 2026", "6. Dezember 2026", "6 décembre 2026" ("1er"),
    "6 de diciembre de 2026", "6 dicembre 2026", "6 december 2026", "6 de dezembro de 2026"."""
    month = MONTHS[lang][day.month - 1]
    if lang == "de":
        return f"{day.day}. {month} {day.year}"
    if lang in ("es", "pt"):
        return f"{day.day} de {month} de {day.year}"
    if lang == "fr" and day.day == 1:
        return f"1er {month} {day.year}"
    if lang == "en" and day.day % 2:
        return f"{month} {day.day}, {day.year}"
    return f"{day.day} {month} {day.year}"


def someday(rng: random.Random) -> dt.date:
    """A document's date: spring 2025 to late 2026."""
    return dt.date(2025, 3, 3) + dt.timedelta(days=rng.randrange(0, 630))


def month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


class Paper(Sheet):
    """One document's labels, printed in ``country``'s conventions."""

    def __init__(self, rng: random.Random, country: str) -> None:
        self.country = COUNTRIES[country]
        super().__init__(Writer(rng), self.country.money)
        self.rng = rng

    def date(self, day: dt.date, role: str | None = None, style: str | None = None) -> str:
        """``day`` in ``style`` (the country's digits by default), labelled with ``role``."""
        return self.day(day, role, day_text(day, style or self.country.digits))

    def firm(self, name: str, *, vendor: bool = False) -> str:
        """An organisation named in full (its legal form included), the vendor if asked."""
        if name not in self.w.organizations:
            self.w.organizations.append(name)
        if not vendor:
            return name
        self.w.vendor = name.rstrip(".")
        return self.w.key("vendor", name)

    def who(self, name: str) -> str:
        """A person, as a reader lists them (the honorific printed around it is not theirs)."""
        return self.w.person(name)

    def minus(self, amount: float, *, paren: bool = False) -> str:
        """``amount`` taken off (a payment, a deposit, a tax withheld): printed "-$50.00" or
        "($50.00)" and recorded negative, as printed."""
        self.money(-amount)
        text = self.m.text(amount)
        return f"({text})" if paren else f"-{text}"

    def bare(self, amount: float) -> str:
        """The number alone, as printed in a column whose header names the currency."""
        return self.m.number(amount)

    def due_terms(self, due: dt.date, text: str) -> str:
        """Payment terms that fix the due date without printing it (``Net 30``), marked as
        the due date's evidence."""
        return self.day(due, "due", text)

    def rows(
        self, goods: list[tuple[str, float, float]], *, money: bool = False
    ) -> list[tuple[str, str, str, str, float]]:
        """Item rows ``(description, qty, unit price, amount)`` as printed, labelled as line
        items; the amount last as a number."""
        out = []
        for name, count, price in goods:
            amount = round(count * price, 2)
            self.item(name, count, price, amount)
            shown = self.money if money else self.bare
            qty = f"{count:g}" if count != int(count) else str(int(count))
            if self.m.decimal == ",":
                qty = qty.replace(".", ",")
            out.append((name, qty, shown(price), shown(amount), amount))
        return out


def pick_goods(
    rng: random.Random, catalogue: tuple[tuple[str, float], ...], low: int = 2, high: int = 5
) -> list[tuple[str, float, float]]:
    """A few of ``catalogue``'s goods with a count each."""
    chosen = rng.sample(catalogue, rng.randint(low, min(high, len(catalogue))))
    return [
        (name, float(rng.choice((1, 1, 2, 3, 4, 5, 6, 10, 12))), price) for name, price in chosen
    ]


def header(rng: random.Random, pairs: list[tuple[str, str]], *, colon: bool = True) -> Block:
    """Details as one of the layouts software prints them in: label and value side by side,
    label above value, or a boxed grid (a row of labels over a row of values)."""
    style = rng.choice(("kv", "kv_below", "grid", "grid"))
    if style == "kv" and colon:
        return ("kv", pairs)
    if style == "kv_below":
        return ("kv_below", pairs)
    if style == "kv":
        width = max(len(a) for a, _ in pairs) + 3
        return ("lines", [f"{a.ljust(width)}{b}" for a, b in pairs])
    return ("table", [[a for a, _ in pairs], [b for _, b in pairs]])


def beside(left: list[str], right: list[str]) -> Block:
    """A two-column header: the address block left, the document's details right."""
    size = max(len(left), len(right))
    left = left + [""] * (size - len(left))
    right = right + [""] * (size - len(right))
    return ("columns", list(zip(left, right, strict=True)))


def iban(rng: random.Random, country: str, length: int) -> str:
    """An IBAN of ``country`` in groups of four, as printed."""
    digits = "".join(str(rng.randint(0, 9)) for _ in range(length - 4))
    raw = f"{country}{rng.randint(10, 99)}{digits}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


_ONES = (
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _hundreds(n: int) -> str:
    words = []
    if n >= 100:
        words.append(f"{_ONES[n // 100]} hundred")
        n %= 100
    if n >= 20:
        words.append(_TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else ""))
    elif n:
        words.append(_ONES[n])
    return " ".join(words)


def in_words(amount: float, unit: str) -> str:
    """An amount as a cheque or an export invoice spells it: "One thousand two hundred
    thirty-four and 56/100 US dollars"."""
    whole, cents = int(abs(amount)), round((abs(amount) - int(abs(amount))) * 100)
    parts = []
    if whole >= 1000:
        parts.append(f"{_hundreds(whole // 1000)} thousand")
    if whole % 1000:
        parts.append(_hundreds(whole % 1000))
    text = " ".join(parts) or "zero"
    return f"{text[0].upper()}{text[1:]} and {cents:02d}/100 {unit}"


def sums(rng: random.Random, pairs: list[tuple[str, str]]) -> Block:
    """A totals block: labels beside values, flush right under the table, or a small table."""
    style = rng.choice(("kv", "columns", "lines"))
    if style == "kv":
        return ("kv", pairs)
    if style == "columns":
        return ("columns", pairs)
    width = max(len(a) for a, _ in pairs) + 4
    return ("lines", [f"{' ' * 30}{a.ljust(width)}{b}" for a, b in pairs])


__all__ = [
    "COUNTRIES",
    "MONTHS",
    "Paper",
    "beside",
    "day_text",
    "digits",
    "header",
    "iban",
    "in_words",
    "month_end",
    "pick_goods",
    "someday",
    "spelled",
    "sums",
]
