"""Main street's orders: a school district's or small manufacturer's purchase order (the
supplier named in its Vendor block, ship-by date and terms beside the PO's own date) and a web
shop's order-confirmation e-mail (order number, placed-on date, estimated delivery).
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_mainstreet_kit import (
    Paper,
    day_between,
    labelled,
    person,
    phone,
    priced,
)
from testbed.evaluation.truth import Block, Labels, mark
from testbed.evaluation.variety_dues_print import Sheet

_SUPPLIES = (
    ("Copy paper, 8.5x11, case", 40, 38.99),
    ("Dry-erase markers, 12pk", 60, 9.49),
    ("Student desk, adjustable", 24, 129.0),
    ("Chromebook charger", 30, 34.95),
    ("Whiteboard 4x8 ft", 6, 289.0),
    ("Hex bolt M8x40, box 100", 15, 22.4),
    ("Aluminium bar stock 6061, 12ft", 20, 61.75),
    ("Nitrile gloves, box", 50, 11.2),
    ("Safety glasses", 36, 6.85),
    ("Shop towels, roll", 48, 3.9),
)


#: A school buyer and a workshop's legal form, by country.
_SCHOOLS = {
    "US": "Unified School District",
    "CA": "District School Board",
    "UK": "Academy Trust",
    "IE": "Community College",
    "AU": "State High School",
    "NZ": "High School Board",
}
_FIRMS = {
    "US": "Machining Inc.",
    "CA": "Machining Ltd.",
    "UK": "Engineering Ltd",
    "IE": "Engineering Ltd",
    "AU": "Engineering Pty Ltd",
    "NZ": "Engineering Ltd",
}


def purchase_order(rng: random.Random) -> tuple[Sheet, Labels]:
    """A buyer's PO: the supplier (the vendor) in a Vendor block, ship-by and terms."""
    paper = Paper.start(rng)
    school = rng.random() < 0.5
    city = paper.city().split(",")[0].split(" ")[0]
    country = paper.place.country
    buyer = paper.org(
        f"{city} {_SCHOOLS[country]}" if school else f"{city} Precision {_FIRMS[country]}"
    )
    supplier = paper.org(
        rng.choice(
            (
                "Midwest School Supply Co.",
                "Allied Industrial Supply",
                "Keystone Office Products",
                "Summit Fastener & Tool",
                "Pacific Educational Furnishings",
            )
        )
    )
    issued = day_between(rng, dt.date(2025, 7, 1), dt.date(2026, 11, 1))
    ship = issued + dt.timedelta(days=rng.randint(7, 30))
    number = rng.choice(
        (
            f"PO-{issued.year}-{rng.randint(100, 2999):05d}",
            f"{rng.randint(26000, 26999)}",
            f"P{rng.randint(100000, 199999)}",
        )
    )
    stock = _SUPPLIES[:5] if school else _SUPPLIES[5:]
    rows = [(t, float(q), u) for t, q, u in rng.sample(stock, rng.randint(2, 4))]
    cells, items, subtotal = priced(paper, rows)
    freight = rng.choice((0.0, 45.0, 120.0))
    total = round(subtotal + freight, 2)
    contact = paper.who(person(rng))
    panel = [
        ("PO Number", mark("documentNumber", number)),
        ("PO Date", paper.day(issued, "issue")),
        ("Ship by", paper.day(ship)),
        ("Terms", rng.choice(("Net 30", "Net 45", "2% 10 Net 30"))),
        ("Requisition #", f"R{rng.randint(10000, 99999)}"),
        ("Vendor #", f"V{rng.randint(1000, 9999)}"),
    ]
    body: list[Block] = [
        ("title", "PURCHASE ORDER"),
        (
            "columns",
            [
                ("Vendor:", "Ship To:"),
                (mark("vendor", supplier), buyer),
                (_depot(rng), f"Receiving - {_depot(rng)}"),
                (paper.city(), paper.city()),
            ],
        ),
        ("table", [["Item / Description", "Qty", "Unit Cost", "Ext. Cost"], *cells]),
        (
            "kv",
            [
                ("Subtotal", paper.money(subtotal)),
                ("Freight", paper.money(freight)),
                ("PO Total", mark("total", paper.money(total, code=True))),
            ],
        ),
        (
            "para",
            "Tax exempt - certificate on file. Invoices must reference the PO number. "
            f"Questions: {contact}, Purchasing, {phone(rng, paper.place)}.",
        ),
        ("columns", [("Authorized signature: ______________", f"Date: {paper.day(issued)}")]),
    ]
    sheet = Sheet(
        head=[buyer, *paper.address(), "Purchasing Department"],
        panel=panel,
        body=body,
        panel_style=rng.choice(("box", "band")),
        text_panel=rng.choice(("kv", "kv_below")),
    )
    return sheet, labelled(
        paper, "purchase_order", number=number, vendor=supplier, total=total, items=items
    )


def _depot(rng: random.Random) -> str:
    return f"{rng.randint(2, 2900)} {rng.choice(('Commerce Dr', 'Industrial Pkwy', 'Depot St'))}"


_SHOP = (
    ("Ceramic pour-over set", 1, 42.0),
    ("Merino hiking socks (2 pairs)", 2, 24.5),
    ("Organic dog treats, 300g", 3, 11.95),
    ("Linen tea towel - Sage", 2, 14.0),
    ("Hand-thrown mug, speckled", 4, 28.0),
    ("Beeswax food wraps", 1, 19.9),
    ("Kids' rain jacket, size 6", 1, 54.0),
    ("Cold brew coffee, 1kg", 1, 36.5),
)


def order_email(rng: random.Random) -> tuple[Sheet, Labels]:
    """A small web shop's order confirmation (a receipt: the card is charged when placed)."""
    paper = Paper.start(rng)
    shop = rng.choice(
        (
            "Wren & Willow",
            "Tidewater Goods",
            "Fernbrook Pantry",
            "Little Kiln Co.",
            "Northbound Outfitters",
        )
    )
    paper.org(shop)
    placed = day_between(rng, dt.date(2025, 6, 1), dt.date(2026, 11, 25))
    hashed = rng.random() < 0.4
    number = rng.choice(
        (
            f"{rng.randint(1001, 9999)}",
            f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}",
            f"WW{rng.randint(10000, 99999)}",
        )
    )
    shown = f"#{number}" if hashed else number
    rows = [(t, float(q), u) for t, q, u in rng.sample(_SHOP, rng.randint(1, 3))]
    cells, items, subtotal = priced(paper, rows)
    shipping = rng.choice((0.0, 7.95, 9.5, 12.0))
    tax = round(subtotal * paper.place.tax_rate, 2) if paper.place.country in ("US", "CA") else 0.0
    total = round(subtotal + shipping + tax, 2)
    buyer = paper.who(person(rng))
    arrive = placed + dt.timedelta(days=rng.randint(3, 8))
    head = [
        ("From", f"{shop} <orders@{shop.lower().replace(' ', '').replace('&', '')[:14]}.example>"),
        ("To", f"{buyer.split()[0].lower()}@post.example"),
        ("Subject", f"Order {shown} confirmed"),
        ("Date", paper.day(placed)),
    ]
    sums = [
        ("Subtotal", paper.money(subtotal)),
        ("Shipping", paper.money(shipping) if shipping else "Free"),
    ]
    if tax:
        sums.append(("Tax", paper.money(tax)))
    sums.append(("Total", mark("total", paper.money(total, code=True))))
    body: list[Block] = [
        ("kv", head),
        ("title", mark("vendor", shop)),
        (
            "para",
            f"Hi {buyer.split()[0]}, thanks for your order! We're getting it ready and "
            "will let you know when it ships.",
        ),
        (
            "kv",
            [
                ("Order", ("#" if hashed else "") + mark("documentNumber", number)),
                ("Placed on", paper.day(placed, "issue")),
                (
                    "Estimated delivery",
                    f"{paper.day(arrive)} - {paper.day(arrive + dt.timedelta(days=3))}",
                ),
            ],
        ),
        ("table", [["Item", "Qty", "Price", "Total"], *cells]),
        ("kv", sums),
        (
            "kv",
            [
                ("Payment", f"Visa ending in {rng.randint(1000, 9999)}"),
                ("Shipping to", f"{buyer}, {_depot(rng)}, {paper.city()}"),
            ],
        ),
        ("para", "Questions? Reply to this email or call us. Returns accepted within 30 days."),
    ]
    sheet = Sheet(body=body)
    return sheet, labelled(paper, "receipt", number=number, vendor=shop, total=total, items=items)
