"""How the kitchen drawer's papers write money, dates, names and addresses in the four places
they come from (United States, United Kingdom, the euro area, Australia), and the
:class:`Paper` a template writes its figures through so that what it prints and what it is
labelled with cannot drift apart.

Written for the independent author ``kitchen`` (:mod:`testbed.evaluation.authors`): the
conventions are those of the papers themselves, not of any reader of them.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from testbed.evaluation.truth import DATE_FIGURES, Labels, LineItem, mark

_MONTHS = (
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
)


@dataclass(frozen=True, slots=True)
class Place:
    """Where a paper comes from: its currency and how it prints money and dates."""

    code: str  # us | uk | eu | au
    currency: str
    #: The date styles papers of this place use (see :func:`day_text`).
    date_styles: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]  # (street-less town line, country line or "")


PLACES = {
    "us": Place(
        "us",
        "USD",
        ("us_long", "us_short", "us_abbr", "iso"),
        (
            ("Columbus, OH 43215", ""),
            ("Portland, OR 97205", ""),
            ("Austin, TX 78704", ""),
            ("Madison, WI 53703", ""),
        ),
    ),
    "uk": Place(
        "uk",
        "GBP",
        ("uk_long", "uk_short", "uk_abbr"),
        (
            ("Leeds LS6 2AB", ""),
            ("Bristol BS3 4QT", ""),
            ("Norwich NR2 1HJ", ""),
            ("Cardiff CF24 3DE", ""),
        ),
    ),
    "eu": Place(
        "eu",
        "EUR",
        ("dot", "uk_long", "iso", "uk_abbr"),
        (
            ("1017 CT Amsterdam", "Netherlands"),
            ("D02 X285 Dublin 2", "Ireland"),
            ("10115 Berlin", "Germany"),
            ("2000 Antwerpen", "Belgium"),
        ),
    ),
    "au": Place(
        "au",
        "AUD",
        ("uk_long", "uk_short", "uk_abbr"),
        (
            ("Fitzroy VIC 3065", ""),
            ("Newtown NSW 2042", ""),
            ("West End QLD 4101", ""),
            ("Norwood SA 5067", ""),
        ),
    ),
}

FIRST = (
    "Maria",
    "James",
    "Priya",
    "Tom",
    "Sofia",
    "Liam",
    "Aoife",
    "Daniel",
    "Hannah",
    "Marco",
    "Chloe",
    "Samuel",
    "Ingrid",
    "Kwame",
    "Rosa",
    "Oliver",
    "Mei",
    "Lucas",
    "Grace",
    "Pieter",
    "Nadia",
    "Ethan",
    "Zoe",
    "Felix",
)
LAST = (
    "Novak",
    "Okafor",
    "Brennan",
    "Whitfield",
    "Lindqvist",
    "Moreau",
    "Haddad",
    "Castillo",
    "Pereira",
    "Kowalski",
    "Yamamoto",
    "Fitzgerald",
    "Van Dijk",
    "Schubert",
    "Abernathy",
    "Rossi",
    "Nguyen",
    "Campbell",
    "Delacroix",
    "Osei",
)
STREETS = (
    "Elm Street",
    "Mill Lane",
    "Harbour Road",
    "Kingsway",
    "Victoria Parade",
    "Maple Avenue",
    "Church Road",
    "Keizersgracht",
    "Station Road",
    "Wattle Street",
    "Orchard Close",
    "Lakeview Drive",
)


def day_text(day: dt.date, style: str) -> str:
    """``day`` as papers of a place print it."""
    month = _MONTHS[day.month - 1]
    return {
        "us_long": f"{month} {day.day}, {day.year}",
        "us_short": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "us_abbr": f"{month[:3]} {day.day}, {day.year}",
        "iso": day.isoformat(),
        "uk_long": f"{day.day} {month} {day.year}",
        "uk_short": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "uk_abbr": f"{day.day:02d} {month[:3]} {day.year}",
        "dot": f"{day.day:02d}.{day.month:02d}.{day.year}",
    }[style]


def money_text(amount: float, place: Place, style: int = 0) -> str:
    """``amount`` with its currency as the place prints it (``style`` picks between the
    symbol and the code where a place uses both)."""
    sign = "-" if amount < 0 else ""
    whole, cents = divmod(round(abs(amount) * 100), 100)
    grouped = f"{whole:,}"
    if place.code == "eu":
        text = f"{grouped.replace(',', '.')},{cents:02d}"
        return f"{sign}{text} €" if style % 2 == 0 else f"EUR {sign}{text}"
    text = f"{grouped}.{cents:02d}"
    symbol = {"us": "$", "uk": "£", "au": "$"}[place.code]
    if place.code == "au" and style % 3 == 2:
        return f"{sign}AUD {text}"
    return f"{sign}{symbol}{text}"


def plain(amount: float, place: Place) -> str:
    """``amount`` as a table cell prints it: no currency, the place's separators."""
    text = money_text(amount, PLACES["us"]).lstrip("-$")
    if place.code == "eu":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"-{text}" if amount < 0 else text


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def address(rng: random.Random, place: Place, name: str) -> list[str]:
    """A postal address block: the name, a street line, the town line (and country)."""
    town, country = rng.choice(place.cities)
    lines = [name, f"{rng.randint(2, 180)} {rng.choice(STREETS)}", town]
    return [*lines, country] if country else lines


def town(rng: random.Random, place: Place) -> str:
    """A town line of the place (postcode, state or country as it prints them)."""
    line, country = rng.choice(place.cities)
    return f"{line}, {country}" if country else line


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


@dataclass
class Paper:
    """One paper's figures as it prints them, so its labels are exactly what it prints.

    Each method returns the printed text (marked when it is a key figure) and notes the
    value for the labels.
    """

    place: Place
    rng: random.Random
    document_type: str
    date_style: str = ""
    money_style: int = 0
    number: str | None = None
    vendor: str | None = None
    total: tuple[float, str] | None = None
    organizations: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    amounts: list[tuple[float, str]] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)
    items: list[LineItem] | None = None

    def __post_init__(self) -> None:
        self.date_style = self.date_style or self.rng.choice(self.place.date_styles)
        self.money_style = self.rng.randint(0, 5)

    def money(self, amount: float, *, total: bool = False) -> str:
        """The amount printed with its currency; ``total``: it is what the paper bills."""
        value = (round(amount, 2), self.place.currency)
        if value not in self.amounts:
            self.amounts.append(value)
        text = money_text(amount, self.place, self.money_style)
        if total:
            self.total = value
            return mark("total", text)
        return text

    def day(
        self, day: dt.date, role: str | None = None, style: str | None = None, *, cite: bool = True
    ) -> str:
        """The date printed in the paper's style; ``role``: issue, due, effective or end;
        ``cite``: mark it (a role with several dates has no single key figure to cite)."""
        text = day_text(day, style or self.date_style)
        if role is None:
            return text
        if (role, day.isoformat()) not in self.dates:
            self.dates.append((role, day.isoformat()))
        return mark(DATE_FIGURES[role], text) if cite else text

    def own_number(self, text: str) -> str:
        """The document's own number, as printed."""
        self.number = text
        return mark("documentNumber", text)

    def seller(self, name: str, *, individual: bool = False) -> str:
        """Who sells or issues the paper: one of its organisations, or (``individual``, a
        freelancer trading under their own name) one of its people."""
        self.vendor = name
        if individual:
            self.who(name)
        else:
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

    def row(
        self, description: str, quantity: float | None, unit: float | None, amount: float
    ) -> LineItem:
        """One row of the paper's item table."""
        item = LineItem(description, quantity, unit, round(amount, 2))
        self.items = [*(self.items or []), item]
        return item

    def labels(self) -> Labels:
        return Labels(
            document_type=self.document_type,
            number=self.number,
            organizations=tuple(self.organizations),
            people=tuple(self.people),
            vendor=self.vendor,
            total=self.total,
            amounts=tuple(self.amounts),
            dates=tuple(self.dates),
            line_items=tuple(self.items) if self.items is not None else None,
        )


def qty_text(quantity: float) -> str:
    return f"{quantity:g}"


__all__ = [
    "PLACES",
    "Paper",
    "Place",
    "address",
    "day_text",
    "digits",
    "money_text",
    "person",
    "plain",
    "qty_text",
    "town",
]
