"""How the world's everyday documents write money and dates, for the world generators
(:mod:`testbed.evaluation.variety_world`), each printed value recorded in the labels.

Money: the number grouped "1,234.56", "1.234,56", "1 234,56", "1'234.50" or the Indian
"1,23,456.00", the currency as a symbol before or after it or as an ISO code. Dates: month
first or day first with slashes as the country writes them, dotted, ISO, "Mar 4, 2026",
"04-Mar-26", "4th March 2026", and the month in words in English, German, French, Dutch,
Spanish and Italian. A country is a :class:`Locale`: its language, its money and the way it
writes a date in digits.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from testbed.evaluation.corpus import Writer
from testbed.evaluation.figure_locale import MONTHS, Money, Sheet, ordinal

#: Work small firms invoice: (description, unit price).
SERVICES = (
    ("Website maintenance (monthly)", 450.0),
    ("Logo refresh", 780.0),
    ("SEO audit", 1200.0),
    ("Content writing - 4 articles", 95.0),
    ("Hosting - annual plan", 240.0),
    ("Product photography", 125.0),
    ("Bookkeeping services", 65.0),
    ("On-site support visit", 140.0),
)
#: Customers of the English-speaking invoices: (name, legal form).
CUSTOMERS = (
    ("Riverside Dental Group", "LLC"),
    ("Copperleaf Studio", "Ltd"),
    ("Bayview Property Management", "Inc."),
    ("Hollins & Crane", "LLP"),
    ("Wattle Creek Winery", "Pty Ltd"),
    ("Marlowe Family Practice", "Ltd"),
)


@dataclass(frozen=True, slots=True)
class IndianMoney(Money):
    """Rupees grouped in lakhs and crores: "1,23,456.00"."""

    def number(self, amount: float) -> str:
        whole, cents = f"{abs(amount):.2f}".split(".")
        head, tail = whole[:-3], whole[-3:]
        groups: list[str] = []
        while len(head) > 2:  # two digits a group above the thousands
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        text = ",".join([*groups, tail]) + f".{cents}"
        return f"-{text}" if amount < 0 else text


@dataclass(frozen=True, slots=True)
class Locale:
    """A country's conventions: language, money, and its date in digits (``us`` 03/04/2026
    or ``eu`` 04/03/2026, ``dot`` 04.03.2026, ``nl`` 4-3-2026)."""

    name: str
    lang: str
    money: Money
    digits: str


LOCALES = {
    "us": Locale("us", "en", Money("USD", "${n}"), "us"),
    "ca": Locale("ca", "en", Money("CAD", "${n}"), "iso"),
    "uk": Locale("uk", "en", Money("GBP", "£{n}"), "eu"),
    "ie": Locale("ie", "en", Money("EUR", "€{n}"), "eu"),
    "au": Locale("au", "en", Money("AUD", "${n}"), "eu"),
    "in": Locale("in", "en", IndianMoney("INR", "Rs. {n}"), "eu"),
    "de": Locale("de", "de", Money("EUR", "{n} €", ",", "."), "dot"),
    "at": Locale("at", "de", Money("EUR", "€ {n}", ",", "."), "dot"),
    "ch": Locale("ch", "de", Money("CHF", "CHF {n}", ".", "'"), "dot"),
    "fr": Locale("fr", "fr", Money("EUR", "{n} €", ",", " "), "eu"),
    "be": Locale("be", "fr", Money("EUR", "{n} EUR", ",", "."), "eu"),
    "nl": Locale("nl", "nl", Money("EUR", "€ {n}", ",", "."), "nl"),
    "es": Locale("es", "es", Money("EUR", "{n} €", ",", "."), "eu"),
    "it": Locale("it", "it", Money("EUR", "€ {n}", ",", "."), "eu"),
}


_MONTH = MONTHS["en"]
#: Date styles in digits and English abbreviations: style -> the date as printed.
_STYLES: dict[str, Callable[[dt.date], str]] = {
    "us": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "us_plain": lambda d: f"{d.month}/{d.day}/{d.year}",
    "us2": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
    "eu": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "eu2": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
    "dot": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "dot2": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    "dash": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "nl": lambda d: f"{d.day}-{d.month}-{d.year}",
    "mdy": lambda d: f"{_MONTH[d.month - 1][:3]} {d.day}, {d.year}",
    "dmy": lambda d: f"{d.day} {_MONTH[d.month - 1][:3]} {d.year}",
    "dmy_dash": lambda d: f"{d.day:02d}-{_MONTH[d.month - 1][:3]}-{d.year % 100:02d}",
    "DMY_DASH": lambda d: f"{d.day:02d}-{_MONTH[d.month - 1][:3].upper()}-{d.year}",
    "us_long": lambda d: f"{_MONTH[d.month - 1]} {d.day}, {d.year}",
    "en_ord": lambda d: f"{ordinal(d.day)} {_MONTH[d.month - 1]} {d.year}",
    "iso": lambda d: d.isoformat(),
}

#: Every style :func:`when` knows.
DATE_STYLES = (*_STYLES, *(f"long-{lang}" for lang in MONTHS))


def when(day: dt.date, style: str) -> str:
    """``day`` as printed in ``style``: ``us`` 03/04/2026, ``us_plain`` 3/4/2026, ``us2``
    03/04/26, ``eu`` 04/03/2026, ``eu2`` 04/03/26, ``dot`` 04.03.2026, ``dot2`` 04.03.26, ``dash``
    04-03-2026, ``nl`` 4-3-2026, ``iso``, ``mdy`` Mar 4, 2026, ``dmy`` 4 Mar 2026,
    ``dmy_dash`` 04-Mar-26, ``DMY_DASH`` 04-MAR-2026, ``us_long`` March 4, 2026, ``en_ord``
    4th March 2026, ``long-<lang>`` the month in words in that language."""
    if style.startswith("long-"):
        return long_date(day, style.removeprefix("long-"))
    return _STYLES[style](day)


def long_date(day: dt.date, lang: str) -> str:
    """The date with its month in words: "4. März 2026", "4 mars 2026", "4 de marzo de
    2026", "4 maart 2026", "4 marzo 2026", "4 March 2026" (the 1st of a French month is
    "1er")."""
    month = MONTHS[lang][day.month - 1]
    if lang == "de":
        return f"{day.day}. {month} {day.year}"
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    if lang == "fr" and day.day == 1:
        return f"1er {month} {day.year}"
    return f"{day.day} {month} {day.year}"


_ONES = (
    "", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
    "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
)  # fmt: skip
_TENS = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")


def _below_thousand(n: int) -> str:
    words = []
    if n >= 100:
        words.append(f"{_ONES[n // 100]} Hundred")
        n %= 100
    if n >= 20:
        words.append(_TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else ""))
    elif n:
        words.append(_ONES[n])
    return " ".join(words)


def rupees_in_words(amount: float) -> str:
    """An amount as Indian invoices spell it: "Indian Rupee One Lakh Twenty-Three Thousand
    Four Hundred Fifty-Six and Fifty Paise Only"."""
    rupees, paise = int(amount), round((amount - int(amount)) * 100)
    parts = []
    for size, name in ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")):
        if rupees >= size:
            parts.append(f"{_below_thousand(rupees // size)} {name}")
            rupees %= size
    if rupees:
        parts.append(_below_thousand(rupees))
    text = "Indian Rupee " + " ".join(parts)
    if paise:
        text += f" and {_below_thousand(paise)} Paise"
    return f"{text} Only"


def someday(rng: random.Random) -> dt.date:
    """A document's date: spring 2025 to late 2026."""
    return dt.date(2025, 3, 1) + dt.timedelta(days=rng.randrange(0, 600))


def sheet(rng: random.Random, locale: str) -> tuple[Sheet, Locale]:
    """A fresh sheet writing money as ``locale`` does, and the locale."""
    loc = LOCALES[locale]
    return Sheet(Writer(rng), loc.money), loc


def brand(s: Sheet, name: str) -> str:
    """A vendor known by a name without a legal form (a shop, a brand), marked."""
    s.w.plain_org(name)
    s.w.vendor = name
    return s.w.key("vendor", name)


def signed(s: Sheet, amount: float) -> str:
    """A negative amount with its minus before the currency sign ("-$1,002.68"), recorded."""
    entry = (round(amount, 2), s.m.currency)
    if entry not in s.w.amounts:
        s.w.amounts.append(entry)
    text = s.m.text(abs(amount))
    return f"-{text}" if amount < 0 else text


def firm(s: Sheet, name: str, suffix: str, *, vendor: bool = False) -> str:
    """A company as printed (its legal form as given), recorded; marked when it is the
    vendor."""
    if vendor:
        return s.vendor((name, suffix))
    return s.w.org((name, suffix), dot=True)


def items(
    s: Sheet,
    rng: random.Random,
    goods: tuple[tuple[str, float], ...],
    count: tuple[int, int] = (2, 4),
    *,
    hours: bool = False,
) -> list[tuple[str, float, float, float]]:
    """Some of ``goods`` with a quantity (whole, or hours in quarters), unit price and
    amount, each labelled as a line item."""
    rows = []
    for name, price in rng.sample(goods, rng.randint(*count)):
        qty = rng.choice((1.5, 2.0, 4.0, 7.5, 12.0, 3.25)) if hours else float(rng.randint(1, 12))
        amount = round(qty * price, 2)
        rows.append((name, qty, price, amount))
        s.item(name, qty, price, amount)
    return rows


def qty(value: float, decimal: str = ".") -> str:
    """A quantity as printed: whole numbers bare, fractions with the locale's mark."""
    text = f"{value:g}" if value != int(value) else str(int(value))
    return text.replace(".", decimal)


def sum_of(rows: list[tuple[str, float, float, float]]) -> float:
    return round(sum(row[3] for row in rows), 2)


def eu_number(value: float, decimal: str = ",", group: str = ".") -> str:
    """``value`` with a comma as the decimal mark and dots between thousands."""
    whole, cents = f"{value:,.2f}".split(".")
    return f"{whole.replace(',', group)}{decimal}{cents}"


__all__ = [
    "CUSTOMERS",
    "DATE_STYLES",
    "LOCALES",
    "SERVICES",
    "IndianMoney",
    "Locale",
    "brand",
    "eu_number",
    "firm",
    "items",
    "long_date",
    "qty",
    "rupees_in_words",
    "sheet",
    "signed",
    "someday",
    "sum_of",
    "when",
]
