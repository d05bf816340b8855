"""Papers from employees' expense claims: a hotel folio printed at check-out (arrival and
departure, room, confirmation and folio numbers, a night-by-night charge table, the card
payment that settles it) and an airline's e-ticket receipt (booking reference, ticket number,
the itinerary's flight dates, the fare and its taxes).
"""

from __future__ import annotations

import random

from testbed.evaluation.author_backoffice_style import (
    Paper,
    address,
    buyer,
    digits,
    later,
    letters,
    person,
    some_day,
)
from testbed.evaluation.truth import Labels, LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

HOTELS = (
    "The Grafton Quay Hotel",
    "Hotel Nordlys Oslo",
    "Canalside Suites Amsterdam",
    "Riverside Park Hotel Leeds",
    "The Bay Street Inn Toronto",
    "Hotel Kungsholmen",
)
AIRLINES = (
    ("Aer Celtic", "EI", "053"),
    ("NorthSky Airways", "NS", "314"),
    ("Maple Air", "MX", "014"),
    ("Lowlands Airlines", "LW", "074"),
)
AIRPORTS = ("DUB", "LHR", "AMS", "ARN", "OSL", "CPH", "YYZ", "JFK", "MAN", "BOS")


def hotel_folio(rng: random.Random) -> tuple[Sheet, Labels]:
    """A guest folio: charges per night, settled by card, so the balance is nil. The folio's
    number is its own; the confirmation number and room are the stay's."""
    p = Paper.of(rng)
    hotel, guest, company = rng.choice(HOTELS), person(rng), buyer(rng, p.place)
    nights = rng.randint(1, 4)
    departure = some_day(rng)
    arrival = later(departure, -nights)
    rate = p.price(110, 320)
    rows: list[tuple[str, str, float]] = []
    for night in range(nights):
        day = p.day(later(arrival, night))
        rows.append((day, "Accommodation", rate))
        if rng.random() < 0.5:
            rows.append((day, rng.choice(("Restaurant", "Bar", "Room service")), p.price(12, 70)))
    if rng.random() < 0.6:
        rows.append((p.day(arrival), "City tax", round(rate * 0.07 * nights, 2)))
    if rng.random() < 0.4:
        rows.append((p.day(departure), "Parking", p.price(15, 35)))
    total = round(sum(r[2] for r in rows), 2)
    folio = rng.choice((digits(rng, 6), f"F{digits(rng, 7)}"))
    card = f"{rng.choice(('VISA', 'MC', 'AMEX'))} XXXX{digits(rng, 4)}"
    net = round(total / (1 + p.place.rate), 2)
    sheet = Sheet(
        head=[
            mark("vendor", hotel),
            address(rng, p.place),
            f"VAT reg. {letters(rng, 2)}{digits(rng, 9)}",
        ],
        panel=[
            ("Folio No.", mark("documentNumber", folio)),
            ("Room", str(rng.randint(101, 918))),
            ("Arrival", p.day(arrival)),
            ("Departure", p.day(departure)),
            ("Confirmation No.", digits(rng, 8)),
            ("Page", "1 of 1"),
        ],
        address=[guest, company, address(rng, p.place)],
        body=[
            ("title", rng.choice(("Guest Folio", "INFORMATION INVOICE", "Guest Receipt"))),
            (
                "table",
                [["Date", "Description", "Charges"], *[[d, n, p.num(a)] for d, n, a in rows]],
            ),
            (
                "kv",
                [
                    ("Total charges", mark("total", p.money(total))),
                    (f"Paid by card {card}", p.money(total)),
                    ("Balance", p.money(0.0)),
                ],
            ),
            (
                "para",
                f"Net of VAT {p.money(net)}. Printed {mark('issueDate', p.day(departure))} "
                f"by cashier {rng.randint(10, 99)}. Thank you for staying with us.",
            ),
        ],
        footer=[f"{hotel} · reservations@{hotel.split()[-1].lower()}.example"],
        text_panel=rng.choice(("kv", "columns")),
    )
    items = tuple(LineItem(n, None, None, a) for _, n, a in rows)
    return sheet, p.labels(
        "receipt",
        folio,
        organizations=(hotel, company),
        people=(guest,),
        vendor=hotel,
        total=total,
        dates=(("issue", departure),),
        items=items,
    )


def eticket_receipt(rng: random.Random) -> tuple[Sheet, Labels]:
    """An e-ticket receipt: the ticket number is the document's; the booking reference and the
    flights' dates stand beside the date of issue."""
    p = Paper.of(rng)
    airline, code, prefix = rng.choice(AIRLINES)
    first, last = person(rng).split(" ", 1)
    passenger = rng.choice((f"{last.upper()}/{first.upper()}", f"{first} {last}"))
    company = buyer(rng, p.place)
    issued = some_day(rng)
    out = later(issued, rng.randint(3, 40))
    back = later(out, rng.randint(1, 6))
    pnr = letters(rng, 6)
    ticket = f"{prefix} {digits(rng, 10)}" if rng.random() < 0.5 else f"{prefix}-{digits(rng, 10)}"
    origin, dest = rng.sample(AIRPORTS, 2)
    fare = p.price(120, 900)
    taxes = [
        (name, p.price(low, high))
        for name, low, high in (
            ("Air passenger duty / taxes", 15, 90),
            ("Airport charges", 8, 40),
            ("Carrier-imposed surcharge", 10, 120),
        )
    ]
    total = round(fare + sum(a for _, a in taxes), 2)
    flights = [
        [f"{code} {rng.randint(100, 999)}", p.day(out), f"{origin} - {dest}", "08:40", "Y", "OK"],
        [f"{code} {rng.randint(100, 999)}", p.day(back), f"{dest} - {origin}", "17:25", "Y", "OK"],
    ]
    sheet = Sheet(
        head=[mark("vendor", airline), "Electronic Ticket Receipt / Itinerary"],
        panel=[
            ("Passenger", passenger),
            ("Booking reference", pnr),
            ("Ticket number", mark("documentNumber", ticket)),
            ("Date of issue", mark("issueDate", p.day(issued))),
            ("Issuing office", f"{airline} web {digits(rng, 8)}"),
        ],
        panel_style=rng.choice(("box", "stack")),
        address=[company, "Corporate travel account"],
        body=[
            ("heading", "Itinerary"),
            ("table", [["Flight", "Date", "From - To", "Dep", "Class", "Status"], *flights]),
            ("heading", "Fare details"),
            (
                "kv",
                [
                    ("Fare", p.money(fare)),
                    *[(n, p.money(a)) for n, a in taxes],
                    ("Total amount", mark("total", p.money(total))),
                    (
                        "Form of payment",
                        f"CC {rng.choice(('VI', 'CA', 'AX'))}XXXXXXXXXXXX{digits(rng, 4)}",
                    ),
                ],
            ),
            (
                "para",
                "Check-in closes 45 minutes before departure. This receipt is your proof of "
                "purchase; keep it for your expense claim.",
            ),
        ],
        text_panel=rng.choice(("kv", "kv_below")),
    )
    return sheet, p.labels(
        "receipt",
        ticket,
        organizations=(airline, company),
        people=(passenger,),
        vendor=airline,
        total=total,
        dates=(("issue", issued),),
        items=(),
    )


__all__ = ["eticket_receipt", "hotel_folio"]
