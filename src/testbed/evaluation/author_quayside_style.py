"""The print conventions of the quayside author's trading places: how each one writes money,
dates, tax ids and company names, and the few helpers every quayside paper shares.

Business-to-business papers carry many numbers and dates; the locales here only decide how
they look (a Dubai forwarder's ``08-Dec-2026`` and ``AED 1,234.50``, a Rotterdam wholesaler's
``08.12.2026`` and ``EUR 1.234,50``), never which one a reader should take.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from testbed.evaluation.truth import LineItem

_MONTHS = "January February March April May June July August September October November December"
MONTHS = _MONTHS.split()


@dataclass(frozen=True, slots=True)
class Locale:
    """One trading place: currency, how numbers and dates print, tax and company suffixes."""

    key: str
    currency: str
    symbol: str
    #: Date styles the place's billing systems use (see :func:`day`).
    dates: tuple[str, ...]
    #: ``en``: 1,234.50; ``eu``: 1.234,50.
    digits: str
    tax: str
    rate: float
    tax_id: str
    suffixes: tuple[str, ...]
    cities: tuple[str, ...]
    people: tuple[str, ...]


LOCALES: tuple[Locale, ...] = (
    Locale(
        "us",
        "USD",
        "$",
        ("mdy", "mon-d-y", "iso"),
        "en",
        "Sales tax",
        0.0725,
        "EIN",
        ("Inc.", "LLC", "Corp."),
        ("Houston, TX 77002", "Long Beach, CA 90802", "Savannah, GA 31401", "Newark, NJ 07114"),
        ("Dana Whitfield", "Marcus Lee", "Rosa Delgado", "Kevin O'Brien"),
    ),
    Locale(
        "uk",
        "GBP",
        "£",
        ("dmy/", "d-mon-y", "d-month-y"),
        "en",
        "VAT",
        0.20,
        "VAT Reg No.",
        ("Ltd", "Limited", "plc"),
        ("Felixstowe IP11 3TW", "Southampton SO15 1HJ", "Birmingham B7 4BB", "Leeds LS11 5QN"),
        ("Gemma Hollis", "Rajesh Patel", "Owen Pritchard", "Claire Dunmore"),
    ),
    Locale(
        "au",
        "AUD",
        "$",
        ("dmy/", "d-mon-y", "dmy-mon"),
        "en",
        "GST",
        0.10,
        "ABN",
        ("Pty Ltd", "Pty. Limited"),
        (
            "Port Botany NSW 2036",
            "Fishermans Bend VIC 3207",
            "Eagle Farm QLD 4009",
            "Welshpool WA 6106",
        ),
        ("Bronwyn Keane", "Tom Nguyen", "Shane McAllister", "Priya Raman"),
    ),
    Locale(
        "sg",
        "SGD",
        "S$",
        ("d-mon-y", "dmy/", "dmy-mon"),
        "en",
        "GST",
        0.09,
        "GST Reg No.",
        ("Pte. Ltd.", "Pte Ltd"),
        ("Singapore 609431", "Singapore 119963", "Singapore 629586", "Singapore 417942"),
        ("Tan Wei Ming", "Siti Rahmah", "Lim Kok Seng", "Arjun Menon"),
    ),
    Locale(
        "ae",
        "AED",
        "AED",
        ("dmy-mon", "dmy/", "dmy-"),
        "en",
        "VAT",
        0.05,
        "TRN",
        ("LLC", "FZE", "FZCO", "L.L.C."),
        (
            "Jebel Ali Free Zone, Dubai",
            "Al Quoz 3, Dubai",
            "Mussafah, Abu Dhabi",
            "Sharjah Airport Free Zone",
        ),
        ("Faisal Al Mansoori", "Anil Kumar", "Mariam Haddad", "Joseph DSouza"),
    ),
    Locale(
        "eu",
        "EUR",
        "€",
        ("dmy.", "dmy-", "iso", "d-month-y"),
        "eu",
        "VAT",
        0.21,
        "VAT No.",
        ("B.V.", "GmbH", "N.V.", "S.A."),
        ("3089 KM Rotterdam", "20457 Hamburg", "2030 Antwerpen", "1101 BA Amsterdam"),
        ("Sanne de Vries", "Jürgen Brandt", "Pieter Claes", "Elena Rossi"),
    ),
)

_STEMS = (
    "Meridian",
    "Bluewater",
    "Harbourline",
    "Northstar",
    "Crestway",
    "Pinnacle",
    "Tidewater",
    "Ironbark",
    "Silverline",
    "Keystone",
    "Atlas",
    "Coastal",
    "Redgate",
    "Summit",
    "Beacon",
    "Anchor",
    "Westbrook",
    "Orion",
    "Kingfisher",
    "Evergreen",
    "Falcon",
    "Granite",
    "Lighthouse",
)


def company(rng: random.Random, loc: Locale, trade: str, avoid: str = "") -> str:
    """A company name of ``trade`` as firms in ``loc`` write it, different from ``avoid``."""
    while True:
        name = f"{rng.choice(_STEMS)} {trade} {rng.choice(loc.suffixes)}"
        if name.split(maxsplit=1)[0] not in avoid:
            return name


def day(d: dt.date, style: str) -> str:
    """``d`` printed in ``style`` (a :attr:`Locale.dates` entry)."""
    mon = MONTHS[d.month - 1][:3]
    return {
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mon-d-y": f"{mon} {d.day}, {d.year}",
        "iso": d.isoformat(),
        "dmy/": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "d-mon-y": f"{d.day} {mon} {d.year}",
        "d-month-y": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "dmy-mon": f"{d.day:02d}-{mon}-{d.year}",
        "dmy-": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "dmy.": f"{d.day:02d}.{d.month:02d}.{d.year}",
    }[style]


def digits(loc: Locale, amount: float) -> str:
    """``amount`` with two decimals in the place's grouping (no currency)."""
    text = f"{amount:,.2f}"
    if loc.digits == "eu":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


def money(loc: Locale, amount: float, *, code: bool = False) -> str:
    """``amount`` with its currency: the ISO code (``code``) or the symbol as printed."""
    sign = "-" if amount < 0 else ""
    number = digits(loc, abs(amount))
    if code or loc.symbol == loc.currency:
        return f"{sign}{loc.currency} {number}"
    if loc.key == "eu":
        return f"{sign}€ {number}"
    return f"{sign}{loc.symbol}{number}"


def tax_id(rng: random.Random, loc: Locale) -> str:
    """A tax registration number in the place's shape."""
    n = rng.randrange(10**8, 10**9)
    return {
        "us": f"{n // 10**7:02d}-{n % 10**7:07d}",
        "uk": f"GB {n // 10**6:03d} {n // 1000 % 1000:03d} {n % 1000:03d}",
        "au": f"{rng.randrange(10, 99)} {n // 10**6:03d} {n // 1000 % 1000:03d} {n % 1000:03d}",
        "sg": f"{rng.randrange(199, 202)}{n % 10**6:06d}{rng.choice('KMNRWZ')}",
        "ae": f"100{n:09d}{rng.randrange(100, 999)}",
        "eu": f"NL{n}B01",
    }[loc.key]


def bank(rng: random.Random, loc: Locale) -> str:
    """The bank line of a payment footer."""
    n = rng.randrange(10**7, 10**8)
    return {
        "us": f"Bank: Chase  ABA 021000021  Account {n}{rng.randrange(10, 99)}",
        "uk": f"Bank: Barclays  Sort code 20-{rng.randrange(10, 99)}-{rng.randrange(10, 99)}  "
        f"Account {n}",
        "au": f"BSB 062-{rng.randrange(100, 999)}  Account {n // 10} (CBA)",
        "sg": f"DBS Bank  Swift DBSSSGSG  Account 072-{n % 10**6:06d}-{rng.randrange(1, 9)}",
        "ae": f"Emirates NBD  IBAN AE07 0260 0010 {n:08d} 01",
        "eu": f"ABN AMRO  IBAN NL91 ABNA 04{n:08d}  BIC ABNANL2A",
    }[loc.key]


def phone(rng: random.Random, loc: Locale) -> str:
    """A telephone number as the place prints it."""
    a, b = rng.randrange(200, 999), rng.randrange(1000, 9999)
    return {
        "us": f"(713) {a}-{b}",
        "uk": f"01394 {a}{b // 10}",
        "au": f"(02) 9{a} {b}",
        "sg": f"+65 6{a} {b}",
        "ae": f"+971 4 {a} {b}",
        "eu": f"+31 10 {a} {b}",
    }[loc.key]


def items(
    rng: random.Random, catalogue: tuple[tuple[str, float, float], ...], count: int
) -> list[LineItem]:
    """``count`` rows drawn from ``(description, low price, high price)``."""
    rows = []
    for description, low, high in rng.sample(catalogue, count):
        quantity = float(rng.choice((1, 2, 3, 4, 5, 6, 8, 10, 12, 20, 24, 40, 50)))
        price = round(rng.uniform(low, high), 2)
        rows.append(LineItem(description, quantity, price, round(quantity * price, 2)))
    return rows


def quantity(value: float | None) -> str:
    """A quantity as a table prints it."""
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else f"{value:g}"


def reference(rng: random.Random, prefix: str, width: int = 6) -> str:
    """A system-issued number: ``prefix`` and ``width`` digits."""
    return f"{prefix}{rng.randrange(10 ** (width - 1), 10**width)}"


def container(rng: random.Random) -> str:
    """An ISO 6346 container number (owner code, serial, check digit)."""
    owner = rng.choice(("MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "TGHU", "ONEU"))
    return f"{owner}{rng.randrange(10**6, 10**7)}"


__all__ = [
    "LOCALES",
    "MONTHS",
    "Locale",
    "bank",
    "company",
    "container",
    "day",
    "digits",
    "items",
    "money",
    "phone",
    "quantity",
    "reference",
    "tax_id",
]
