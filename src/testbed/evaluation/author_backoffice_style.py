"""How the accounts-payable inbox's papers print: the countries they come from (each with its
currency, tax, date and number habits), the names in them, and a :class:`Paper` that writes
every date and amount of one document in one consistent house style and remembers each
amount it printed with a currency, so the labels list exactly what the page shows.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from testbed.evaluation.truth import Labels, LineItem

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
    """A country the inbox hears from, and how its papers write days and money."""

    code: str
    currency: str
    #: Currency as written before the amount (``$``, ``£``, ``€ ``) or after it (`` SEK``).
    before: tuple[str, ...]
    after: tuple[str, ...]
    #: Day formats this country's software prints (see :meth:`Paper.day`).
    days: tuple[str, ...]
    #: (thousands, decimal) separators in use.
    numbers: tuple[tuple[str, str], ...]
    tax: str
    rate: float
    towns: tuple[str, ...]
    bank: tuple[str, ...]
    #: Prices in this currency are about this many times a dollar price.
    scale: float = 1.0


PLACES = (
    Place(
        "US",
        "USD",
        ("$", "USD "),
        (" USD",),
        ("mdy_long", "mdy_slash", "mdy_short", "iso"),
        ((",", "."),),
        "Sales tax",
        0.0725,
        ("Columbus, OH 43215", "Austin, TX 78701", "Denver, CO 80202", "Raleigh, NC 27601"),
        (
            "ABA routing 021000089 · Account 4407 1182 93",
            "Remit ACH to routing 071000013, account 551203377",
        ),
    ),
    Place(
        "UK",
        "GBP",
        ("£", "GBP "),
        (" GBP",),
        ("dmy_long", "dmy_slash", "dmy_short", "dmy_dash"),
        ((",", "."),),
        "VAT 20%",
        0.20,
        ("Leeds LS1 4DY", "Bristol BS1 6QF", "Reading RG1 1AZ", "Manchester M2 3HZ"),
        ("Sort code 20-45-77 · Account 43917256", "IBAN GB29 NWBK 6016 1331 9268 19"),
    ),
    Place(
        "IE",
        "EUR",
        ("€", "EUR "),
        (" EUR",),
        ("dmy_long", "dmy_slash", "dmy_short"),
        ((",", "."),),
        "VAT 23%",
        0.23,
        ("Dublin 2, D02 X285", "Cork T12 RX46", "Galway H91 E2K3"),
        ("IBAN IE64 IRCE 9205 0112 3456 78 · BIC IRCEIE2D",),
    ),
    Place(
        "CA",
        "CAD",
        ("CA$", "CAD "),
        (" CAD",),
        ("iso", "mdy_long", "mdy_short"),
        ((",", "."),),
        "GST/HST 13%",
        0.13,
        ("Toronto, ON M5V 2T6", "Ottawa, ON K1P 5G8", "Mississauga, ON L5B 3C2"),
        ("Transit 00012 · Institution 003 · Account 1047729",),
        1.35,
    ),
    Place(
        "NL",
        "EUR",
        ("€ ", "EUR "),
        (" EUR",),
        ("dmy_long", "dmy_dash", "iso"),
        ((".", ","), (",", ".")),
        "VAT 21%",
        0.21,
        ("1017 CE Amsterdam", "3011 AD Rotterdam", "5611 AZ Eindhoven"),
        ("IBAN NL91 ABNA 0417 1643 00 · BIC ABNANL2A",),
    ),
    Place(
        "SE",
        "SEK",
        ("SEK ",),
        (" SEK", " kr"),
        ("iso", "dmy_dot", "dmy_long"),
        ((" ", ","),),
        "VAT 25%",
        0.25,
        ("111 52 Stockholm", "411 06 Göteborg", "211 20 Malmö"),
        ("Bankgiro 5050-1055 · IBAN SE45 5000 0000 0583 9825 7466",),
        10.0,
    ),
    Place(
        "NO",
        "NOK",
        ("NOK ",),
        (" NOK",),
        ("dmy_dot", "iso", "dmy_long"),
        ((" ", ","),),
        "VAT (MVA) 25%",
        0.25,
        ("0150 Oslo", "5003 Bergen"),
        ("Account 1503 12 34567 · IBAN NO93 8601 1117 947",),
        10.0,
    ),
    Place(
        "DK",
        "DKK",
        ("DKK ",),
        (" DKK",),
        ("dmy_dot", "dmy_long", "iso"),
        ((".", ","),),
        "VAT (moms) 25%",
        0.25,
        ("1620 København V", "8000 Aarhus C"),
        ("Reg. 5301 · Account 0264 1512 · IBAN DK50 0040 0440 1162 43",),
        7.0,
    ),
)

BUYERS = {
    "US": ("Brightwater Components Inc.", "Halvorsen Medical Devices Inc."),
    "UK": ("Alder & Finch Manufacturing Ltd", "Pennine Control Systems Ltd"),
    "IE": ("Liffey Biologics Ltd", "Corrib Data Services Ltd"),
    "CA": ("Maplecrest Instruments Inc.", "Northshore Robotics Ltd."),
    "NL": ("Oakridge Precision B.V.", "Veldhoven Optics B.V."),
    "SE": ("Nordvik Systems AB", "Ljusdal Sensor AB"),
    "NO": ("Fjordline Subsea AS",),
    "DK": ("Kattegat Automation ApS",),
}
FIRST = (
    "Emma",
    "Liam",
    "Sofia",
    "Noah",
    "Aisling",
    "Oliver",
    "Freya",
    "Lucas",
    "Maya",
    "Ethan",
    "Ingrid",
    "Daan",
    "Chloe",
    "Samuel",
    "Astrid",
    "Ciaran",
    "Hannah",
    "Mateo",
    "Priya",
    "Erik",
)
LAST = (
    "Walsh",
    "Patel",
    "Lindqvist",
    "de Vries",
    "Okafor",
    "Murphy",
    "Bennett",
    "Hansen",
    "Tremblay",
    "Nguyen",
    "Kowalski",
    "Brennan",
    "Jansen",
    "Fraser",
    "Berg",
    "Chen",
)
STREETS = (
    "200 Market Street",
    "14 Wellington Place",
    "Unit 6, Riverside Park",
    "Keizersgracht 62",
    "Drottninggatan 45",
    "88 Queen Street West",
    "Suite 400, 1 Harbour Square",
    "Vesterbrogade 12",
)


def person(rng: random.Random) -> str:
    """A name as people sign it."""
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def digits(rng: random.Random, count: int) -> str:
    """``count`` digits, the first not zero."""
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(count - 1))


def letters(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(count))


def some_day(rng: random.Random) -> dt.date:
    """A working day of 2025 or 2026, the inbox's years."""
    day = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 700))
    while day.isoweekday() > 5:
        day += dt.timedelta(days=1)
    return day


@dataclass
class Paper:
    """One document's house style: how it writes days and money, and the money it printed."""

    rng: random.Random
    place: Place
    day_style: str = ""
    sep: tuple[str, str] = (",", ".")
    sign: str = ""
    signed_after: bool = False
    seen: list[tuple[float, str]] = field(default_factory=list)

    @classmethod
    def of(cls, rng: random.Random, place: Place | None = None) -> Paper:
        place = place or rng.choice(PLACES)
        paper = cls(rng, place, rng.choice(place.days), rng.choice(place.numbers))
        paper.signed_after = rng.random() < len(place.after) / (
            len(place.after) + len(place.before)
        )
        paper.sign = rng.choice(place.after if paper.signed_after else place.before)
        return paper

    @property
    def currency(self) -> str:
        return self.place.currency

    def price(self, low: float, high: float) -> float:
        """A price between ``low`` and ``high`` dollars, in this paper's currency."""
        return round(self.rng.uniform(low, high) * self.place.scale, 2)

    def day(self, day: dt.date, style: str | None = None) -> str:
        """``day`` in this paper's (or the given) format."""
        month = _MONTHS[day.month - 1]
        return {
            "mdy_long": f"{month} {day.day}, {day.year}",
            "mdy_short": f"{month[:3]} {day.day}, {day.year}",
            "mdy_slash": f"{day.month:02d}/{day.day:02d}/{day.year}",
            "dmy_long": f"{day.day} {month} {day.year}",
            "dmy_short": f"{day.day} {month[:3]} {day.year}",
            "dmy_slash": f"{day.day:02d}/{day.month:02d}/{day.year}",
            "dmy_dash": f"{day.day:02d}-{day.month:02d}-{day.year}",
            "dmy_dot": f"{day.day:02d}.{day.month:02d}.{day.year}",
            "iso": day.isoformat(),
        }[style or self.day_style]

    def num(self, value: float) -> str:
        """``value`` with this paper's separators, two decimals, no currency."""
        thousands, decimal = self.sep
        text = f"{abs(value):,.2f}".replace(",", "\0").replace(".", decimal)
        return ("-" if value < 0 else "") + text.replace("\0", thousands)

    def money(self, value: float) -> str:
        """``value`` with its currency, as this paper writes it (and noted as printed)."""
        self.seen.append((round(value, 2), self.currency))
        number = self.num(value)
        if self.signed_after:
            return f"{number}{self.sign}"
        if value < 0:
            return f"-{self.sign}{number[1:]}"
        return f"{self.sign}{number}"

    def labels(
        self,
        kind: str,
        number: str | None,
        *,
        organizations: tuple[str, ...],
        people: tuple[str, ...] = (),
        vendor: str | None = None,
        total: float | None = None,
        dates: tuple[tuple[str, dt.date], ...] = (),
        items: tuple[LineItem, ...] | None = None,
    ) -> Labels:
        """The labels of this paper, its amounts being every one it printed with a currency."""
        return Labels(
            document_type=kind,
            number=number,
            organizations=organizations,
            people=people,
            vendor=vendor,
            total=(round(total, 2), self.currency) if total is not None else None,
            amounts=tuple(dict.fromkeys(self.seen)),
            dates=tuple((role, day.isoformat()) for role, day in dates),
            line_items=items,
        )


#: Country names as an address's last line prints them (papers crossing a border do).
COUNTRIES = {"US": "USA", "UK": "United Kingdom", "IE": "Ireland", "CA": "Canada",
             "NL": "The Netherlands", "SE": "Sweden", "NO": "Norway", "DK": "Denmark"}  # fmt: skip


def address(rng: random.Random, place: Place) -> str:
    """A street and a town of ``place``, now and then with its country."""
    line = f"{rng.choice(STREETS)}, {rng.choice(place.towns)}"
    return f"{line}, {COUNTRIES[place.code]}" if rng.random() < 0.35 else line


def buyer(rng: random.Random, place: Place) -> str:
    """Our own company, in the country the paper is addressed to."""
    return rng.choice(BUYERS[place.code])


def cents(rng: random.Random, low: float, high: float) -> float:
    return round(rng.uniform(low, high), 2)


def month_end(day: dt.date) -> dt.date:
    """The last day of ``day``'s month."""
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def later(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


__all__ = [
    "PLACES",
    "Paper",
    "Place",
    "address",
    "buyer",
    "cents",
    "digits",
    "later",
    "letters",
    "month_end",
    "person",
    "some_day",
]
