"""The mainstreet author's shared furniture: where a paper comes from (its country, currency
and the way it writes dates), the names on it, and the bookkeeping of which amounts it
printed, so each template only says what its paper looks like and how a bookkeeper reads it.

The papers are those of North American, British, Irish, Australian and New Zealand small
businesses, professionals and non-profits: each country writes its dates its own way (month
first in the US, day first elsewhere, ISO often in Canada) and its own money.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from testbed.evaluation.truth import Labels, LineItem, mark


@dataclass(frozen=True, slots=True)
class Place:
    """A country's conventions as its small businesses print them."""

    country: str
    currency: str
    symbol: str
    #: strftime-like patterns its papers use for dates (``{o}``: the day with its ordinal).
    date_styles: tuple[str, ...]
    cities: tuple[str, ...]
    tax_label: str
    tax_rate: float


PLACES = (
    Place(
        "US",
        "USD",
        "$",
        ("%m/%d/%Y", "{B} {d}, %Y", "{b} {d}, %Y"),
        (
            "Springfield, IL 62704",
            "Dayton, OH 45402",
            "Boise, ID 83702",
            "Tulsa, OK 74103",
            "Burlington, VT 05401",
            "Eugene, OR 97401",
            "Albany, NY 12207",
        ),
        "Sales Tax",
        0.07,
    ),
    Place(
        "CA",
        "CAD",
        "$",
        ("%Y-%m-%d", "{B} {d}, %Y", "{b} {d}, %Y"),
        (
            "Kingston, ON K7L 2V7",
            "Halifax, NS B3J 1S9",
            "Red Deer, AB T4N 1X5",
            "Kelowna, BC V1Y 6H2",
        ),
        "GST/HST",
        0.13,
    ),
    Place(
        "UK",
        "GBP",
        "£",
        ("%d/%m/%Y", "{d} {B} %Y", "{o} {B} %Y", "{d} {b} %Y"),
        (
            "Leeds LS1 4AP",
            "Norwich NR2 1RQ",
            "Bristol BS1 5TR",
            "Chester CH1 2HT",
            "Swindon SN1 1QN",
        ),
        "VAT",
        0.20,
    ),
    Place(
        "IE",
        "EUR",
        "€",
        ("%d/%m/%Y", "{d} {B} %Y", "{o} {B} %Y"),
        ("Galway H91 E2K3", "Cork T12 X70A", "Kilkenny R95 P2C4"),
        "VAT",
        0.23,
    ),
    Place(
        "AU",
        "AUD",
        "$",
        ("{d}/%m/%Y", "%d/%m/%Y", "{d} {B} %Y", "{d} {b} %Y"),
        ("Geelong VIC 3220", "Toowoomba QLD 4350", "Wollongong NSW 2500", "Hobart TAS 7000"),
        "GST",
        0.10,
    ),
    Place(
        "NZ",
        "NZD",
        "$",
        ("{d}/%m/%Y", "%d/%m/%Y", "{d} {B} %Y", "{o} {B} %Y"),
        ("Hamilton 3204", "Nelson 7010", "Dunedin 9016", "Tauranga 3110"),
        "GST",
        0.15,
    ),
)

FIRST = (
    "Dana",
    "Marcus",
    "Priya",
    "Owen",
    "Leah",
    "Tomás",
    "Grace",
    "Declan",
    "Aroha",
    "Samir",
    "Colleen",
    "Wei",
    "Brooke",
    "Hamish",
    "Nadia",
    "Curtis",
    "Siobhan",
    "Ray",
)
LAST = (
    "Whitfield",
    "Okafor",
    "Brennan",
    "Castillo",
    "Nguyen",
    "McAllister",
    "Ferreira",
    "Kowalski",
    "Tane",
    "Harrington",
    "Lindqvist",
    "Osei",
    "Doyle",
    "Pemberton",
    "Ruiz",
)
STREETS = (
    "Main St",
    "Elm Street",
    "Harbour Rd",
    "Church Lane",
    "King St W",
    "Ferry Road",
    "Maple Ave",
    "High Street",
    "Station Rd",
    "Oak Drive",
    "Queen St",
)


def person(rng: random.Random) -> str:
    """A full name as printed on an address block."""
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def street(rng: random.Random) -> str:
    return f"{rng.randint(2, 2900)} {rng.choice(STREETS)}"


def day_between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def written(day: dt.date, style: str) -> str:
    """``day`` in ``style``: strftime plus ``{d}`` (unpadded day), ``{o}`` (ordinal day),
    ``{B}``/``{b}`` (month names, locale-free)."""
    named = style.format(d=day.day, o=_ordinal(day.day), B=day.strftime("%B"), b=day.strftime("%b"))
    return day.strftime(named)


@dataclass
class Paper:
    """One paper being written: its place, its date style and what it has printed so far
    (money with a currency, parties), so the labels list exactly what the page shows."""

    rng: random.Random
    place: Place
    style: str
    amounts: list[tuple[float, str]] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)
    #: Dollar countries other than the US sometimes print the code after key amounts.
    coded: bool = False

    @classmethod
    def start(cls, rng: random.Random, countries: tuple[str, ...] = ()) -> Paper:
        places = [p for p in PLACES if not countries or p.country in countries]
        place = rng.choice(places)
        coded = place.symbol == "$" and place.country != "US" and rng.random() < 0.6
        return cls(rng, place, rng.choice(place.date_styles), coded=coded)

    @property
    def currency(self) -> str:
        return self.place.currency

    def money(self, amount: float, *, code: bool = False) -> str:
        """``amount`` with the currency sign (and code when this paper codes its key
        amounts), recorded among the amounts the page prints."""
        amount = round(amount, 2)
        self.amounts.append((amount, self.currency))
        sign = "-" if amount < 0 else ""
        text = f"{sign}{self.place.symbol}{abs(amount):,.2f}"
        return f"{text} {self.currency}" if code and self.coded else text

    @staticmethod
    def bare(amount: float) -> str:
        """A table cell's number: no sign of the currency (so not among the amounts)."""
        return f"{amount:,.2f}"

    def day(self, day: dt.date, role: str | None = None, figure: str | None = None) -> str:
        """``day`` in this paper's style; with ``role`` labelled (and marked as ``figure``)."""
        text = written(day, self.style)
        if role:
            self.dates.append((role, day.isoformat()))
            return mark(figure or _FIGURES[role], text)
        return text

    def org(self, name: str) -> str:
        if name not in self.organizations:
            self.organizations.append(name)
        return name

    def who(self, name: str) -> str:
        if name not in self.people:
            self.people.append(name)
        return name

    def city(self) -> str:
        return self.rng.choice(self.place.cities)

    def address(self) -> list[str]:
        return [street(self.rng), self.city()]


_FIGURES = {"issue": "issueDate", "due": "dueDate", "effective": "effectiveDate", "end": "endDate"}


def priced(
    paper: Paper, rows: list[tuple[str, float, float]]
) -> tuple[list[list[str]], list[LineItem], float]:
    """Item rows (description, quantity, unit price) as table cells, line items and the sum."""
    cells, items, total = [], [], 0.0
    for text, qty, unit in rows:
        amount = round(qty * unit, 2)
        total += amount
        shown = f"{qty:g}"
        cells.append([text, shown, paper.bare(unit), paper.bare(amount)])
        items.append(LineItem(text, qty, unit, amount))
    return cells, items, round(total, 2)


def phone(rng: random.Random, place: Place) -> str:
    if place.country in ("US", "CA"):
        return f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    if place.country == "UK":
        return f"01{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    if place.country == "AU":
        return f"(0{rng.choice((2, 3, 7, 8))}) {rng.randint(4000, 9999)} {rng.randint(1000, 9999)}"
    return f"0{rng.randint(3, 9)} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"


def bank_line(rng: random.Random, place: Place) -> str:
    """The remittance details a small business prints in its footer."""
    n = rng.randint
    return {
        "US": f"ACH/wire: Routing {n(10000000, 99999999)}1, Account {n(1000000, 9999999)}",
        "CA": f"EFT: Transit {n(10000, 99999)}, Inst. 00{n(1, 9)}, Acct {n(1000000, 9999999)}",
        "UK": f"BACS: Sort code {n(10, 99)}-{n(10, 99)}-{n(10, 99)}, Acct {n(10000000, 99999999)}",
        "IE": f"IBAN IE{n(10, 99)} AIBK 9311 {n(1000, 9999)} {n(1000, 9999)} {n(10, 99)}",
        "AU": f"EFT: BSB {n(10, 99)}{n(1, 9)}-{n(100, 999)}, Account {n(10000000, 99999999)}",
        "NZ": f"Internet banking: {n(10, 38)}-{n(1000, 9999)}-{n(1000000, 9999999)}-00",
    }[place.country]


def tax_id(rng: random.Random, place: Place) -> str:
    """The business registration a paper from ``place`` prints in its letterhead."""
    n = rng.randint
    return {
        "US": f"EIN {n(10, 99)}-{n(1000000, 9999999)}",
        "CA": f"GST/HST No. {n(100000000, 999999999)} RT0001",
        "UK": f"VAT Reg. No. GB {n(100, 999)} {n(1000, 9999)} {n(10, 99)}",
        "IE": f"VAT No. IE{n(1000000, 9999999)}W",
        "AU": f"ABN {n(10, 99)} {n(100, 999)} {n(100, 999)} {n(100, 999)}",
        "NZ": f"GST No. {n(100, 139)}-{n(100, 999)}-{n(100, 999)}",
    }[place.country]


__all__ = [
    "PLACES",
    "Paper",
    "Place",
    "bank_line",
    "day_between",
    "labelled",
    "person",
    "phone",
    "priced",
    "street",
    "tax_id",
]


def labelled(
    paper: Paper,
    kind: str,
    *,
    number: str | None,
    vendor: str | None,
    total: float | None,
    items: list[LineItem] | None = None,
) -> Labels:
    """The labels of ``paper`` as written so far: its amounts, parties and labelled dates."""
    return Labels(
        document_type=kind,
        number=number,
        organizations=tuple(paper.organizations),
        people=tuple(paper.people),
        vendor=vendor,
        total=(round(total, 2), paper.currency) if total is not None else None,
        amounts=tuple(dict.fromkeys(paper.amounts)),
        dates=tuple(dict.fromkeys(paper.dates)),
        line_items=tuple(items) if items is not None else None,
    )
