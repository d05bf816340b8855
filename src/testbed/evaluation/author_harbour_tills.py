"""Receipts: a supermarket till slip, a restaurant bill with a tip line, a fuel docket, and an
online shop's order confirmation e-mail.

Till slips print several numbers (store, register, operator, transaction, approval codes)
and the date beside a time; the one a customer would quote is the receipt or transaction
number. A restaurant's suggested gratuities are not what it billed. An order confirmation
has the order number and date, and an estimated delivery day that is nobody's due date.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_harbour_world import (
    Draft,
    address,
    date_style,
    land_of,
    person,
    phone,
    plain,
)
from testbed.evaluation.truth import LineItem
from testbed.evaluation.variety_dues_print import Sheet

_GROCERIES = (
    "MILK 2L",
    "SOURDOUGH LOAF",
    "BANANAS LOOSE",
    "FREE RANGE EGGS 12PK",
    "CHEDDAR 500G",
    "COFFEE BEANS 1KG",
    "TOMATOES",
    "ORANGE JUICE 1L",
    "PASTA 500G",
    "DISH LIQUID",
    "BABY SPINACH 120G",
    "CHICKEN THIGH FILLET",
)
_CHAINS = ("FreshWay", "Coastal Foods", "Greenfields Market", "Daily Basket", "ValueMart")
_DISHES = (
    "Soup of the day",
    "Fish & chips",
    "Caesar salad",
    "Lamb shank",
    "Margherita pizza",
    "Butter chicken",
    "Sticky toffee pudding",
    "Flat white",
    "Pint of lager",
    "House red (glass)",
)
_PLACES = (
    "The Anchor & Crown",
    "Saffron Table",
    "Blue Door Bistro",
    "Harbour Lights Cafe",
    "Olive & Ash",
)
_SHOPS = ("Northwind Outfitters", "Paperleaf Books", "Kettle & Co Homewares", "Gadget Depot Online")
_WARES = (
    "Merino crew sweater - Navy, M",
    "Trail running socks (3 pack)",
    "The Salt Path (paperback)",
    "Ceramic pour-over set",
    "USB-C charger 65W",
    "Linen tea towels, set of 2",
    "Insulated water bottle 750ml",
)


def _when(rng: random.Random) -> tuple[dt.date, str]:
    d = dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(540))
    return d, f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"


def till_receipt(rng: random.Random) -> tuple[Sheet, Draft]:
    """A supermarket till slip: store and register numbers, an operator, the transaction
    number, items, total, card tendered, and the tax included or added."""
    land = land_of(rng, "UK AU NZ US IE CA SG")
    d = Draft("receipt", land)
    chain = rng.choice(_CHAINS)
    store = f"{chain} {rng.choice(('Central', 'Northside', 'Riverside', 'Westfield'))}"
    when, clock = _when(rng)
    style = rng.choice(("num", "num", "short"))
    rows = []
    for name in rng.sample(_GROCERIES, rng.randint(3, 7)):
        count = rng.choice((1, 1, 1, 2, 3))
        unit = round(rng.uniform(0.8, 9.5), 2)
        rows.append(
            LineItem(
                name,
                count if count > 1 else None,
                unit if count > 1 else None,
                round(unit * count, 2),
            )
        )
    d.items = rows
    total = round(sum(r.amount for r in rows), 2)
    lines = []
    for r in rows:
        if r.quantity:
            lines += [
                r.description,
                f"  {qty_text(r.quantity)} @ {plain(r.unit_price or 0, land)}"
                f"   {plain(r.amount, land)}",
            ]
        else:
            lines.append(f"{r.description:<24}{plain(r.amount, land):>8}")
    txn = str(rng.randint(1000, 9999))
    inclusive = land.code not in ("US", "CA")
    card = rng.choice(("VISA", "MASTERCARD", "EFTPOS", "DEBIT"))
    number_label = rng.choice(("Receipt No", "Trans", "Txn #"))
    if inclusive:
        grand = total
        summary = [
            f"TOTAL {d.money(grand, key='total')}",
            f"{land.tax} included in total {d.money(total * land.rate / (1 + land.rate))}",
        ]
    else:
        grand = total + round(total * land.rate, 2)
        summary = [
            f"SUBTOTAL {d.money(total)}",
            f"{land.tax} {d.money(total * land.rate)}",
            f"TOTAL {d.money(grand, key='total')}",
        ]
    body = [
        (
            "lines",
            [
                f"Store {rng.randint(100, 999)}  Reg {rng.randint(1, 12)}  "
                f"Op {rng.randint(10, 99)}",
                f"{d.date('issue', when, style)} {clock}",
            ],
        ),
        ("lines", lines),
        (
            "lines",
            [
                f"{len(rows)} ITEMS",
                *summary,
                f"{card} {d.money(grand)}",
                f"CARD **** **** **** {rng.randint(1000, 9999)}",
                f"AUTH {rng.randint(100000, 999999)}  APPROVED",
            ],
        ),
        (
            "lines",
            [
                f"{number_label}: {d.num(txn)}",
                "Thank you for shopping with us",
                "Keep your receipt for refunds within 30 days",
            ],
        ),
    ]
    sheet = Sheet(head=[d.seller(store), *address(rng, land), f"Tel {phone(rng, land)}"], body=body)
    return sheet, d


def qty_text(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def restaurant_bill(rng: random.Random) -> tuple[Sheet, Draft]:
    """A restaurant bill: table, covers, server and check number, dishes, tax or service
    charge, the total, and the suggested tips underneath (not part of what was billed)."""
    land = land_of(rng, "US US UK AU CA IN SG NZ")
    d = Draft("receipt", land)
    place = rng.choice(_PLACES)
    when, clock = _when(rng)
    style = date_style(rng, land)
    rows = []
    for dish in rng.sample(_DISHES, rng.randint(2, 6)):
        n = rng.choice((1, 1, 2, 3))
        unit = round(
            rng.uniform(4.5, 32.0) * (60 if land.code == "IN" else 1), 2 if land.code != "IN" else 0
        )
        rows.append(LineItem(dish, n, None, round(n * unit, 2)))  # the bill prints no unit price
    d.items = rows
    food = round(sum(r.amount for r in rows), 2)
    table = [["Item", "Qty", "Price"]] + [
        [r.description, str(int(r.quantity or 1)), plain(r.amount, land)] for r in rows
    ]
    extra: list[tuple[str, str]] = [("Subtotal", d.money(food))]
    total = food
    if land.code in ("US", "CA"):
        tax = round(food * land.rate, 2)
        extra.append((f"{land.tax}", d.money(tax)))
        total += tax
    elif land.code in ("UK", "SG", "IN"):
        charge = round(food * rng.choice((0.10, 0.125)), 2)
        extra.append(("Service charge (optional)", d.money(charge)))
        total += charge
        if land.code in ("SG", "IN"):
            tax = round(total * land.rate, 2)
            extra.append((land.tax, d.money(tax)))
            total += tax
    extra.append(("TOTAL", d.money(total, key="total")))
    server = person(rng).split()[0]  # a first name only: not a party to the sale
    body = [
        (
            "kv",
            [
                ("Check", d.num(str(rng.randint(1000, 99999)))),
                ("Table", str(rng.randint(1, 40))),
                ("Guests", str(rng.randint(1, 6))),
                ("Server", server),
                ("Date", f"{d.date('issue', when, style)} {clock}"),
            ],
        ),
        ("table", table),
        ("kv", extra),
    ]
    if land.code in ("US", "CA"):
        body.append(
            (
                "lines",
                [
                    "Suggested gratuity:",
                    *(f"{p}% = {d.money(total * p / 100)}" for p in (18, 20, 22)),
                ],
            )
        )
    body.append(("para", "Thank you for dining with us! Please come again."))
    sheet = Sheet(head=[d.seller(place), *address(rng, land), phone(rng, land)], body=body)
    return sheet, d


def fuel_receipt(rng: random.Random) -> tuple[Sheet, Draft]:
    """A fuel docket: pump, litres (or gallons) at a price per unit, a shop item, the tax
    included, the site's business number and the docket number."""
    land = land_of(rng, "AU NZ UK US IE CA")
    d = Draft("receipt", land)
    brand = rng.choice(
        {
            "AU": ("Ampol", "Shell", "United"),
            "NZ": ("Z Energy", "Gull", "Mobil"),
            "UK": ("Shell", "Texaco", "Esso"),
            "IE": ("Circle K", "Applegreen"),
            "US": ("Chevron", "Sunoco", "Shell"),
            "CA": ("Petro-Canada", "Esso"),
        }[land.code]
    )
    site = f"{brand} {rng.choice(('Kingsway', 'Airport', 'Highway 1', 'Eastgate'))}"
    when, clock = _when(rng)
    style = rng.choice(("num", "num", "short", "dash"))
    us = land.code == "US"
    unit = "gal" if us else "L"
    volume = round(rng.uniform(8, 18) if us else rng.uniform(25, 70), 2)
    price = round(rng.uniform(3.1, 4.6) if us else rng.uniform(1.55, 2.45), 3)
    fuel = round(volume * price, 2)
    rows = [
        LineItem(
            f"Pump {rng.randint(1, 12)} "
            + rng.choice(("Unleaded 91", "Premium 95", "Diesel", "Regular")),
            volume,
            price,
            fuel,
        )
    ]
    if rng.random() < 0.5:
        rows.append(
            LineItem(rng.choice(("Coffee large", "Water 600ml", "Chocolate bar")), 1, 4.5, 4.5)
        )
    d.items = rows
    total = round(sum(r.amount for r in rows), 2)
    lines = [
        f"{rows[0].description}",
        f"  {volume:.2f} {unit} @ {price:.3f}/{unit}   {plain(fuel, land)}",
    ]
    lines += [f"{r.description}   {plain(r.amount, land)}" for r in rows[1:]]
    tax = (
        "Sales tax incl."
        if us
        else f"Total includes {land.tax} {d.money(total * land.rate / (1 + land.rate))}"
    )
    docket = rng.choice(("Docket No", "Invoice No", "Receipt #"))
    head_extra = {
        "AU": [
            f"ABN {rng.randint(10, 99)} 004 {rng.randint(100, 999)} {rng.randint(100, 999)}",
            "TAX INVOICE",
        ],
        "NZ": [
            f"GST No {rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}",
            "TAX INVOICE",
        ],
    }.get(land.code, [])
    body = [
        (
            "lines",
            [
                f"{docket}: {d.num(str(rng.randint(100000, 999999)))}",
                f"Date: {d.date('issue', when, style)}  Time: {clock}",
                f"Terminal {rng.randint(1, 4)}  Operator {rng.randint(1, 30)}",
            ],
        ),
        ("lines", lines),
        (
            "lines",
            [
                f"TOTAL {d.money(total, key='total')}",
                tax,
                f"{rng.choice(('EFTPOS', 'VISA', 'AMEX', 'Fuel card'))} {d.money(total)}",
            ],
        ),
        ("lines", [f"Odometer: {rng.randint(20000, 180000)}", "Thank you - drive safely"]),
    ]
    sheet = Sheet(head=[d.seller(site), *head_extra, *address(rng, land)], body=body)
    return sheet, d


def order_email(rng: random.Random) -> tuple[Sheet, Draft]:
    """An online shop's order confirmation e-mail: From/To/Subject headers, the order number
    and date, items, delivery and tax, the order total, the card charged, and an estimated
    delivery window."""
    land = land_of(rng, "US UK AU CA NZ IN")
    d = Draft("receipt", land)
    shop = rng.choice(_SHOPS)
    buyer = d.who(person(rng))
    placed, _ = _when(rng)
    style = rng.choice(("long", "short", "num"))
    scale = 80 if land.code == "IN" else 1
    rows = []
    for ware in rng.sample(_WARES, rng.randint(1, 3)):
        n = rng.choice((1, 1, 2))
        unit = round(rng.uniform(9, 120) * scale, 2)
        rows.append(LineItem(ware, n, None, round(n * unit, 2)))  # no unit price printed
    d.items = rows
    goods = round(sum(r.amount for r in rows), 2)
    ship = rng.choice((0.0, 4.95, 7.99, 9.5)) * scale
    total = goods + ship
    order = rng.choice(
        (
            f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-"
            f"{rng.randint(1000000, 9999999)}",
            str(rng.randint(10000, 99999)),
            f"NW{rng.randint(1000000, 9999999)}",
        )
    )
    # A bare number is printed after "#" ("Order #40213"), the sign not being part of it.
    hashed = f"#{order}" if order.isdigit() else order
    eta = placed + dt.timedelta(days=rng.randint(2, 7))
    table = [["Item", "Qty", "Price"]] + [
        [r.description, qty_text(r.quantity or 1), plain(r.amount, land)] for r in rows
    ]
    sums = [("Items", d.money(goods)), ("Shipping", d.money(ship) if ship else "FREE")]
    if land.code in ("US", "CA"):
        tax = round(goods * land.rate, 2)
        sums.append(("Estimated tax", d.money(tax)))
        total += tax
    sums.append(("Order total", d.money(total, key="total")))
    slug = shop.split()[0].lower()
    body = [
        (
            "kv",
            [
                ("From", f"{shop} <orders@{slug}.example>"),
                ("To", f"{buyer.split()[0].lower()}@mail.example"),
                ("Subject", f"Your {shop} order {hashed} is confirmed"),
            ],
        ),
        ("lines", [d.seller(shop)]),
        (
            "para",
            f"Hi {buyer.split()[0]}, thanks for your order! We'll let you know when it ships.",
        ),
        (
            "kv",
            [
                ("Order number", ("#" if hashed != order else "") + d.num(order)),
                ("Order date", d.date("issue", placed, style)),
                ("Estimated delivery", day_text(d, eta, style)),
            ],
        ),
        ("table", table),
        ("kv", sums),
        ("lines", ["Ship to:", buyer, *address(rng, land)]),
        (
            "para",
            f"Paid with {rng.choice(('Visa', 'Mastercard', 'PayPal'))} "
            f"ending {rng.randint(1000, 9999)}. "
            "Returns are free within 30 days.",
        ),
    ]
    return Sheet(body=body), d


def day_text(d: Draft, when: dt.date, style: str) -> str:
    return when.strftime("%A, ") + d.date(None, when, style)


__all__ = ["fuel_receipt", "order_email", "restaurant_bill", "till_receipt"]
