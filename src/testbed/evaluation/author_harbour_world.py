"""The English-speaking world harbour's papers come from: each country's money, dates, tax and
places, and the draft a template fills while it writes a page, so the labels are taken down
as the page is written rather than reconstructed afterwards.

Written without reading the analyzer or the other generators: the formats are the ones these
countries' billing software, tills and banks print.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from testbed.evaluation.truth import Labels, LineItem, mark

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Country:
    """How one country prints money, dates and tax."""

    code: str
    currency: str
    #: The symbols its papers put before an amount, most usual first.
    symbols: tuple[str, ...]
    #: Day before month in numeric dates (all but the US; Canada prints ISO dates too).
    day_first: bool
    tax: str
    rate: float
    cities: tuple[str, ...]
    streets: tuple[str, ...]
    suffixes: tuple[str, ...]
    phone: str


COUNTRIES = {
    "US": Country("US", "USD", ("$",), False, "Sales tax", 0.0825,
                  ("Austin, TX 78701", "Columbus, OH 43215", "Portland, OR 97204",
                   "Raleigh, NC 27601", "Denver, CO 80202"),
                  ("1420 Elm Street, Suite 200", "88 Commerce Blvd", "305 W 5th Ave"),
                  ("Inc.", "LLC", "Co."), "(512) 555-0{n}"),
    "UK": Country("UK", "GBP", ("£",), True, "VAT", 0.20,
                  ("Leeds LS1 4DY", "Bristol BS1 5TR", "Manchester M2 3HQ", "Reading RG1 1AF",
                   "Norwich NR2 1TF"),
                  ("Unit 4, Canal Wharf", "17 High Street", "Ashby House, 2 Mill Lane"),
                  ("Ltd", "Limited", "LLP"), "0113 496 0{n}"),
    "IE": Country("IE", "EUR", ("€",), True, "VAT", 0.23,
                  ("Dublin 2, D02 XY45", "Cork, T12 RK20", "Galway, H91 E2W8"),
                  ("Unit 7, Sandyford Business Park", "22 Grand Parade", "3 Eyre Square"),
                  ("Ltd", "DAC", "Teoranta"), "01 555 0{n}"),
    "CA": Country("CA", "CAD", ("$", "CA$"), True, "GST/HST", 0.13,
                  ("Toronto, ON M5V 2T6", "Ottawa, ON K1P 5J2", "Halifax, NS B3J 1S9"),
                  ("220 King Street W", "1 Sparks Street", "45 Barrington St"),
                  ("Inc.", "Ltd.", "Corp."), "(416) 555-0{n}"),
    "AU": Country("AU", "AUD", ("$", "A$"), True, "GST", 0.10,
                  ("Sydney NSW 2000", "Melbourne VIC 3000", "Brisbane QLD 4000",
                   "Perth WA 6000"),
                  ("Level 3, 55 Pitt Street", "12 Chapel Street", "7/140 Queen Street"),
                  ("Pty Ltd", "Pty Ltd", "Pty Limited"), "(02) 5550 0{n}"),
    "NZ": Country("NZ", "NZD", ("$", "NZ$"), True, "GST", 0.15,
                  ("Auckland 1010", "Wellington 6011", "Christchurch 8011"),
                  ("Level 2, 40 Queen Street", "9 Cuba Street", "150 Colombo Street"),
                  ("Limited", "Ltd", "Limited"), "09 555 0{n}"),
    "IN": Country("IN", "INR", ("₹", "Rs. ", "INR "), True, "GST", 0.18,
                  ("Bengaluru 560001", "Pune 411001", "Chennai 600002", "Mumbai 400001"),
                  ("No. 14, 2nd Cross, Indiranagar", "Plot 7, MIDC Bhosari",
                   "4th Floor, Mount Road"),
                  ("Pvt. Ltd.", "Private Limited", "LLP"), "+91 80 5550 0{n}"),
    "SG": Country("SG", "SGD", ("S$", "$"), True, "GST", 0.09,
                  ("Singapore 069542", "Singapore 238859", "Singapore 609601"),
                  ("80 Robinson Road #10-01", "391 Orchard Road #05-12", "2 Jurong East St 21"),
                  ("Pte. Ltd.", "Pte Ltd"), "+65 6555 0{n}"),
}  # fmt: skip

FIRST = ("James", "Priya", "Aoife", "Liam", "Olivia", "Rahul", "Grace", "Ethan", "Mei Ling",
         "Siobhan", "Tom", "Aroha", "Daniel", "Chloe", "Arjun", "Hannah", "Marcus",
         "Niamh")  # fmt: skip
LAST = ("Walker", "Sharma", "O'Brien", "Nguyen", "Thompson", "Patel", "Murphy", "Tan",
        "Campbell", "Iyer", "Robinson", "Fitzgerald", "Kaur", "Henare", "Bennett",
        "Lee")  # fmt: skip
STEMS = ("Harbourside", "Bluegum", "Northgate", "Copperleaf", "Kestrel", "Riverbend",
         "Summit Ridge", "Ironbark", "Lakeshore", "Greenway", "Brightwater", "Oakfield",
         "Meridian", "Redwood", "Saffron", "Tidewater", "Pinecrest", "Westbury")  # fmt: skip
TRADES = ("Plumbing", "Print & Design", "IT Services", "Joinery", "Catering", "Logistics",
          "Electrical", "Office Supplies", "Consulting", "Landscaping", "Signs",
          "Cleaning")  # fmt: skip


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def company(rng: random.Random, land: Country, trade: str | None = None, avoid: str = "") -> str:
    """A business name as its letterhead prints it (not sharing its first word with
    ``avoid``: two parties of one paper are told apart)."""
    stem = rng.choice([s for s in STEMS if not avoid.startswith(s)])
    return f"{stem} {trade or rng.choice(TRADES)} {rng.choice(land.suffixes)}"


def address(rng: random.Random, land: Country) -> list[str]:
    return [rng.choice(land.streets), rng.choice(land.cities)]


def phone(rng: random.Random, land: Country) -> str:
    return land.phone.format(n=rng.randint(100, 199))


def cents(value: float) -> float:
    return round(value + 1e-9, 2)


def grouped(value: float, land: Country) -> str:
    """``value`` with its thousands grouped as the country groups them (India by lakhs)."""
    whole, frac = f"{abs(value):.2f}".split(".")
    if land.code == "IN" and len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        pairs: list[str] = []
        while len(head) > 2:
            pairs.insert(0, head[-2:])
            head = head[:-2]
        whole = ",".join([head, *pairs, tail]) if head else ",".join([*pairs, tail])
    else:
        whole = f"{int(whole):,}"
    return f"{'-' if value < 0 else ''}{whole}.{frac}"


def money(value: float, land: Country, symbol: str | None = None) -> str:
    """``value`` with the country's currency symbol, as a bill prints it."""
    sign = "-" if value < 0 else ""
    return f"{sign}{symbol if symbol is not None else land.symbols[0]}{grouped(abs(value), land)}"


def day(d: dt.date, land: Country, style: str) -> str:
    """``d`` as the country prints it: ``num`` (03/12/2026 or 12/03/2026), ``long``
    (March 12, 2026 or 12 March 2026), ``short`` (Mar 12, 2026 or 12 Mar 2026), ``dash``
    (12-03-2026 in India, 12-Mar-2026 elsewhere) or ``iso``."""
    month = _MONTHS[d.month - 1]
    us = not land.day_first
    if style == "num":
        return f"{d:%m/%d/%Y}" if us else f"{d:%d/%m/%Y}"
    if style == "long":
        return f"{month} {d.day}, {d.year}" if us else f"{d.day} {month} {d.year}"
    if style == "short":
        return f"{month[:3]} {d.day}, {d.year}" if us else f"{d.day} {month[:3]} {d.year}"
    if style == "dash":
        return f"{d:%d-%m-%Y}" if land.code == "IN" else f"{d.day:02d}-{month[:3]}-{d.year}"
    return d.isoformat()


def date_style(rng: random.Random, land: Country) -> str:
    """A date style papers of ``land`` use (Canada often ISO, India often dashes)."""
    styles = ["num", "num", "long", "short"]
    if land.code == "CA":
        styles.append("iso")
    if land.code in ("IN", "UK", "IE"):
        styles.append("dash")
    return rng.choice(styles)


def some_day(rng: random.Random) -> dt.date:
    """A day in 2025-2026, any day of the month (real papers do not avoid 1-12)."""
    return dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(0, 540))


@dataclass
class Draft:
    """What the author notes down about a page while writing it."""

    kind: str
    land: Country
    number: str | None = None
    vendor: str | None = None
    total: float | None = None
    organizations: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    amounts: list[float] = field(default_factory=list)
    dates: list[tuple[str, dt.date]] = field(default_factory=list)
    items: list[LineItem] | None = None

    def money(self, value: float, symbol: str | None = None, *, key: str | None = None) -> str:
        """``value`` printed with a currency symbol and noted among the amounts (``key``:
        marked as that key figure)."""
        value = cents(value)
        self.amounts.append(value)
        text = money(value, self.land, symbol)
        if key == "total":
            self.total = value
        return mark(key, text) if key else text

    def date(self, role: str | None, d: dt.date, style: str) -> str:
        """``d`` printed in ``style``; with a role, noted and marked as its key figure."""
        text = day(d, self.land, style)
        if role is None:
            return text
        self.dates.append((role, d))
        return mark(f"{role}Date", text)

    def num(self, text: str) -> str:
        self.number = text
        return mark("documentNumber", text)

    def seller(self, name: str) -> str:
        self.vendor = name
        self.org(name)
        return mark("vendor", name)

    def org(self, name: str) -> str:
        if name not in self.organizations:
            self.organizations.append(name)
        return name

    def who(self, name: str) -> str:
        if name not in self.people:
            self.people.append(name)
        return name

    def labels(self) -> Labels:
        cur = self.land.currency
        return Labels(
            document_type=self.kind,
            number=self.number,
            organizations=tuple(self.organizations),
            people=tuple(self.people),
            vendor=self.vendor,
            total=(self.total, cur) if self.total is not None else None,
            amounts=tuple(dict.fromkeys((a, cur) for a in self.amounts)),
            dates=tuple(dict.fromkeys((role, d.isoformat()) for role, d in self.dates)),
            line_items=tuple(self.items) if self.items is not None else None,
        )


def plain(value: float, land: Country) -> str:
    """An amount in a table column, without its symbol (the column head names the money)."""
    return grouped(cents(value), land)


def land_of(rng: random.Random, codes: str = "US UK IE CA AU NZ IN SG") -> Country:
    return COUNTRIES[rng.choice(codes.split())]


__all__ = ["COUNTRIES", "Country", "Draft", "address", "company", "day", "money", "person"]
