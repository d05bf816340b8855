"""Receipts of the development set beyond the supermarket till: a fuel station's slip, a
ride's e-mailed receipt, a parking ticket, a hotel folio, a restaurant bill with a tip and an
online payment receipt. Most never say "receipt" in a title; what makes them one is what a
reader sees: money already paid, how and when (a card's last digits, "Paid", "Change", an
approval code, "Thank you for riding").

Labelled by the generator as printed (:mod:`testbed.evaluation.commerce_style`).
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.commerce_style import Printer, pick_style, quantity_text
from testbed.evaluation.corpus import Block, Writer

_STATIONS = ("Westfield Fuels", "Autohof Kreuztal", "Northway Petroleum", "Station Bellevue")
_HOTELS = (("Hotel Lindenkrone", "GmbH"), ("The Harrowgate Inn", "Ltd"), ("Casa Olmo", "S.L."))
_RESTAURANTS = ("Trattoria Volpe", "The Copper Pot", "Brasserie Anvers", "Sakura Table")
_DISHES = (
    ("Soup of the day", 6.5),
    ("Grilled halloumi", 9.0),
    ("Risotto ai funghi", 14.5),
    ("Sparkling water", 3.2),
    ("House red (glass)", 6.9),
    ("Tiramisu", 6.0),
    ("Espresso", 2.4),
    ("Fish and chips", 15.5),
)
_APPS = (("Zipline Rides", "Inc."), ("Fahrwerk Mobility", "GmbH"))
_SHOPS_ONLINE = (("Cloudberry Software", "Ltd"), ("Larkspur Fonts", "LLC"))


def day_in_range(rng: random.Random) -> dt.date:
    return dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))


def card(rng: random.Random) -> str:
    return rng.choice(
        (
            f"VISA **** {rng.randint(1000, 9999)}",
            f"Mastercard ending in {rng.randint(1000, 9999)}",
            f"AMEX xxxx{rng.randint(1000, 9999)}",
            f"Debit card ************{rng.randint(1000, 9999)}",
        )
    )


def fuel(rng: random.Random) -> tuple[list[Block], Writer]:
    """A fuel station's slip: the pump's line, litres at a price per litre, paid by card."""
    p = Printer(rng, pick_style(rng, ("uk", "de", "ie", "nl")))
    w = p.w
    station = w.plain_org(rng.choice(_STATIONS))
    w.vendor = station
    w.number = f"{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
    litres = round(rng.uniform(18, 62), 2)
    per_litre = round(rng.uniform(1.49, 1.99), 3)
    amount = round(litres * per_litre, 2)
    pump = f"Pump {rng.randint(1, 12)} {rng.choice(('Unleaded', 'Diesel', 'Super E10'))}"
    p.item(pump, litres, per_litre, amount)
    rate = f"{per_litre:.3f}".replace(".", p.style.decimal)
    lines = [
        w.key("vendor", station.upper()),
        rng.choice(("A4 Services, Junction 12", "Ringstraße 9, 57223 Kreuztal")),
        f"{p.day(day_in_range(rng), 'issue')}  {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}",
        f"{rng.choice(('Trans. no.', 'Receipt no.', 'Beleg-Nr.'))} "
        f"{w.key('documentNumber', w.number)}",
        pump,
        f"  {quantity_text(litres, p.style.european)} l @ {rate}/l  {p.number(amount)}",
    ]
    total = amount
    if rng.random() < 0.5:
        extra, price = rng.choice((("Car wash basic", 8.0), ("Coffee to go", 2.8)))
        lines.append(f"{extra}  {p.number(price)}")
        p.item(extra, None, None, price)
        total = round(total + price, 2)
    lines += [
        f"{rng.choice(('TOTAL', 'Total', 'SUMME'))}  {p.total(total)}",
        card(rng),
        f"Auth code {rng.randint(100000, 999999)}",
        rng.choice(("Drive safely!", "Thank you for your custom")),
    ]
    return [("lines", lines)], w


def ride(rng: random.Random) -> tuple[list[Block], Writer]:
    """A ride-hailing trip, e-mailed: fare parts, a tip, the card charged."""
    p = Printer(rng, pick_style(rng, ("us", "uk", "de", "ca")))
    w = p.w
    app = rng.choice(_APPS)
    w.vendor = f"{app[0]} {app[1]}".rstrip(".")
    rider = w.person(rng.choice(("Elena Marsh", "Jonah Pike", "Sunita Rao")))
    day = day_in_range(rng)
    w.number = f"{rng.choice('ABCDEFGH')}{rng.randint(10000000, 99999999)}"
    parts = [
        ("Trip fare", round(rng.uniform(9, 48), 2)),
        ("Booking fee", 2.5),
        ("Tip", rng.choice((2.0, 3.0, 5.0))),
    ]
    total = round(sum(v for _, v in parts), 2)
    rows = [["Item", "Amount"]]
    for name, value in parts:
        rows.append([name, p.money(value)])
        p.item(name, None, None, value)
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", f"{app[0]} <noreply@{app[0].split()[0].lower()}.example>"),
                ("To", f"{rider} <{rider.split()[0].lower()}@mail.example>"),
                ("Subject", f"Your {rng.choice(('Monday', 'Friday', 'evening'))} trip"),
                ("Date", p.day(day, "issue")),
            ],
        ),
        (
            "para",
            f"Thanks for riding, {rider.split()[0]}. We hope you enjoyed your trip with "
            f"{w.key('vendor', w.org(app))}.",
        ),
        ("kv", [("Trip ID", w.key("documentNumber", w.number))]),
        ("table", rows),
        ("kv", [("Total", p.total(total)), ("Charged to", card(rng))]),
    ]
    return blocks, w


def parking(rng: random.Random) -> tuple[list[Block], Writer]:
    """A car park's ticket receipt: entry and exit times, the fee paid, no items."""
    p = Printer(rng, pick_style(rng, ("uk", "de", "fr", "ch")))
    w = p.w
    operator = w.plain_org(rng.choice(("CityPark Central", "Parkhaus am Markt", "Q-Park Opera")))
    w.vendor = operator
    w.number = f"{rng.randint(1000000, 9999999)}"
    day = day_in_range(rng)
    fee = round(rng.choice((2.5, 4.0, 7.5, 12.0, 18.0)), 2)
    lines = [
        w.key("vendor", operator),
        f"Ticket {w.key('documentNumber', w.number)}",
        f"Entry  {p.day(day, 'issue')} {rng.randint(7, 12):02d}:{rng.randint(0, 59):02d}",
        f"Exit   {p.day(day, None)} {rng.randint(13, 20):02d}:{rng.randint(0, 59):02d}",
        f"{rng.choice(('Fee paid', 'Amount paid', 'Paid'))}  {p.total(fee)}",
        card(rng) if rng.random() < 0.6 else f"Cash  {p.money(fee + 0.5)}",
        "Thank you and drive safely",
    ]
    w.line_items = []
    return [("lines", lines)], w


def hotel_folio(rng: random.Random) -> tuple[list[Block], Writer]:
    """A hotel's folio at check-out: nights and extras, the card payment settling it."""
    p = Printer(rng, pick_style(rng, ("de", "uk", "fr", "ch")))
    w = p.w
    hotel = rng.choice(_HOTELS)
    w.vendor = f"{hotel[0]} {hotel[1]}".rstrip(".")
    guest = w.person(rng.choice(("Marta Kowalczyk", "Rupert Hale", "Ines Duarte")))
    arrival = day_in_range(rng)
    nights = rng.randint(1, 5)
    rate = float(rng.choice((89, 119, 145, 210)))
    w.number = f"{rng.randint(100000, 999999)}"
    rows = [["Date", "Description", rng.choice(("Charges", "Amount")), "Payments"]]
    total = 0.0
    for night in range(nights):
        rows.append(
            [
                p.day(arrival + dt.timedelta(days=night), None),
                "Room 214 accommodation",
                p.number(rate),
                "",
            ]
        )
        p.item("Room 214 accommodation", None, None, rate)
        total += rate
    for extra, price in rng.sample((("Breakfast", 18.5), ("Minibar", 7.0), ("City tax", 5.0)), 2):
        rows.append([p.day(arrival, None), extra, p.number(price), ""])
        p.item(extra, None, None, price)
        total += price
    total = round(total, 2)
    rows.append(
        [
            p.day(arrival + dt.timedelta(days=nights), None),
            f"Payment {card(rng)}",
            "",
            p.number(total),
        ]
    )
    p.item(rows[-1][1], None, None, total)
    blocks: list[Block] = [
        ("lines", [w.key("vendor", w.org(hotel)), "Lindenplatz 3"]),
        ("title", rng.choice(("Guest folio", "Hotel bill", "Folio"))),
        (
            "kv",
            [
                ("Guest", guest),
                ("Folio no.", w.key("documentNumber", w.number)),
                ("Departure", p.day(arrival + dt.timedelta(days=nights), "issue")),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [(rng.choice(("Total", "Total charges")), p.total(total)), ("Balance", p.money(0.0))],
        ),
        ("para", "Paid in full. Thank you for staying with us."),
    ]
    return blocks, w


def restaurant(rng: random.Random) -> tuple[list[Block], Writer]:
    """A restaurant bill: table and server, dishes with counts, service, a tip, paid."""
    p = Printer(rng, pick_style(rng, ("us", "uk", "de", "fr", "ie")))
    w = p.w
    name = w.plain_org(rng.choice(_RESTAURANTS))
    w.vendor = name
    w.number = f"{rng.randint(100, 9999)}"
    lines = [
        w.key("vendor", name),
        rng.choice(("14 Canal Walk", "Via Roma 21")),
        f"Table {rng.randint(1, 30)}   Server: {rng.choice(('Lea', 'Sam', 'Marco'))}",
        f"{rng.choice(('Check', 'Bill', 'Order'))} #{w.key('documentNumber', w.number)}",
        f"{p.day(day_in_range(rng), 'issue')} {rng.randint(12, 22):02d}:{rng.randint(0, 59):02d}",
    ]
    subtotal = 0.0
    for dish, price in rng.sample(_DISHES, rng.randint(2, 5)):
        qty = rng.choice((1, 1, 2))
        amount = round(qty * price, 2)
        subtotal += amount
        lines.append(
            f"{qty} {dish}  {p.number(amount)}" if qty > 1 else f"{dish}  {p.number(amount)}"
        )
        p.item(dish, qty if qty > 1 else None, price if qty > 1 else None, amount)
    subtotal = round(subtotal, 2)
    tip = round(subtotal * 0.15, 2)
    total = round(subtotal + tip, 2)
    lines += [
        f"Subtotal  {p.number(subtotal)}",
        f"{rng.choice(('Tip', 'Gratuity'))}  {p.number(tip)}",
        f"Total  {p.total(total)}",
        f"Paid {card(rng)}",
        "Grazie! Come again soon",
    ]
    return [("lines", lines)], w


def payment_receipt(rng: random.Random) -> tuple[list[Block], Writer]:
    """A software company's payment receipt: amount paid, date paid, the method, a
    summary table; its own number beside an invoice's."""
    p = Printer(rng, pick_style(rng, ("us", "uk", "ie", "au")))
    w = p.w
    seller = rng.choice(_SHOPS_ONLINE)
    w.vendor = f"{seller[0]} {seller[1]}".rstrip(".")
    w.number = f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    paid = day_in_range(rng)
    seats = rng.randint(1, 12)
    unit = float(rng.choice((8, 12, 29, 49)))
    amount = round(seats * unit, 2)
    p.item("Team plan (monthly)", seats, unit, amount)
    blocks: list[Block] = [
        ("title", f"Receipt from {w.key('vendor', w.org(seller))}"),
        (
            "kv",
            [
                ("Amount paid", p.total(amount)),
                ("Date paid", p.day(paid, "issue")),
                ("Payment method", card(rng)),
                (rng.choice(("Receipt number", "Receipt #")), w.key("documentNumber", w.number)),
                ("Invoice number", f"INV-{rng.randint(10000, 99999)}"),
            ],
        ),
        (
            "table",
            [
                ["Description", "Qty", "Unit price", "Amount"],
                ["Team plan (monthly)", str(seats), p.money(unit), p.money(amount)],
            ],
        ),
        ("para", "If you have any questions, contact us at billing@example.com."),
    ]
    return blocks, w


__all__ = [
    "card", "day_in_range", "fuel", "hotel_folio", "parking", "payment_receipt", "restaurant",
    "ride",
]  # fmt: skip
