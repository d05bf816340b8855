"""Invoices of the English-speaking world whose number, dates and total stand among many
others, for the terms generators (:mod:`testbed.evaluation.variety_terms`).

QuickBooks-style invoices with a P.O. number, a customer id, a discount, shipping, a deposit
paid and "Net 30" or "Due on receipt" terms; a UK exporter's commercial invoice in US dollars
dated day first, its total in words; a Sage-style invoice whose details stand in a boxed grid
(account ref, order no., despatch no., "your ref") with two VAT rates; a contractor's invoice
less a deposit; a Canadian invoice on "2% 10, Net 30". The names are this module's own.

Labels, where the schema leaves a choice, are what an accounts-payable clerk keys in: the
total is the invoice's total before deposits and payments already made (not the balance due),
"Due on receipt" makes the issue date the due date (its evidence the terms), and "2% 10, Net
30" gives the net date, 30 days after the invoice's.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_terms_style import (
    Paper,
    beside,
    digits,
    header,
    in_words,
    pick_goods,
    someday,
    sums,
)

_TRADES = {
    "Cedar Ridge Landscaping LLC": (
        ("Mulch, hardwood (cu yd)", 42.0),
        ("Shrub installation", 65.0),
        ("Irrigation repair - labor", 85.0),
        ("Spring cleanup", 320.0),
        ("Sod, per pallet", 275.0),
    ),
    "Bluestem Electrical Services Inc.": (
        ("Service call", 125.0),
        ("Labor - journeyman (hr)", 96.0),
        ("20A breaker", 18.4),
        ("LED panel light 2x4", 74.5),
        ("GFCI outlet", 22.9),
    ),
    "Harrow & Finch Printing Co.": (
        ("Business cards, 500 ct", 58.0),
        ("Tri-fold brochures, 1000 ct", 412.0),
        ("Vinyl banner 3x8 ft", 139.0),
        ("Design time (hr)", 75.0),
        ("Envelopes #10, 500 ct", 61.0),
    ),
}
_US_CLIENTS = (
    "Pinewood Dental Associates PLLC",
    "Riverbend Property Group LLC",
    "Okafor & Lane CPAs LLP",
    "Greystone Senior Living Inc.",
    "Tallgrass Brewing Company LLC",
)
_PEOPLE = ("Dana Whitfield", "Marcus Oyelaran", "Kristin Alvarado", "Tom Brezinski", "Ines Mahler")


def quickbooks_terms(rng: random.Random) -> tuple[list[Block], Writer]:
    """A small US firm's invoice: P.O. number, customer id and sales rep beside the invoice
    number, terms "Net 15/30" with or without the due date printed or "Due on receipt", a
    discount, shipping and sales tax, a deposit already paid and the balance due."""
    p = Paper(rng, "us")
    issued = someday(rng)
    seller = rng.choice(sorted(_TRADES))
    vendor = p.firm(seller, vendor=True)
    client = p.firm(rng.choice(_US_CLIENTS))
    contact = p.who(rng.choice(_PEOPLE))
    rows = p.rows(pick_goods(rng, _TRADES[seller]))
    subtotal = round(sum(r[4] for r in rows), 2)
    discount = round(subtotal * rng.choice((0, 0.05, 0.1)), 2)
    shipping = rng.choice((0.0, 25.0, 48.5))
    tax = round((subtotal - discount) * 0.0725, 2)
    total = round(subtotal - discount + shipping + tax, 2)
    paid = round(total * rng.choice((0, 0.25, 0.5)), 2)
    number = p.number(str(rng.randint(1040, 4999)))
    terms = rng.choice(("net", "net_printed", "receipt", "receipt_printed"))
    days = rng.choice((15, 30))
    details = [("INVOICE #", number), ("DATE", p.date(issued, "issue"))]
    if terms == "net":
        details.append(("TERMS", p.due_terms(issued + dt.timedelta(days=days), f"Net {days}")))
    elif terms == "net_printed":
        details += [
            ("DUE DATE", p.date(issued + dt.timedelta(days=days), "due")),
            ("TERMS", f"Net {days}"),
        ]
    elif terms == "receipt":
        details.append(("TERMS", p.due_terms(issued, "Due on receipt")))
    else:
        details += [("TERMS", "Due on receipt"), ("DUE DATE", p.date(issued, "due"))]
    details += [("P.O. NUMBER", f"PO-{digits(rng, 5)}"), ("CUSTOMER ID", f"C{digits(rng, 4)}")]
    rng.shuffle(details)
    table = [["ACTIVITY", "QTY", "RATE", "AMOUNT"], *[[r[0], r[1], r[2], r[3]] for r in rows]]
    money = [("SUBTOTAL", p.bare(subtotal))]
    if discount:
        money.append(("DISCOUNT", f"-{p.bare(discount)}"))
    if shipping:
        money.append(("SHIPPING", p.bare(shipping)))
    money += [("TAX (7.25%)", p.bare(tax)), ("TOTAL", p.total(total))]
    if paid:
        money += [("PAYMENT", p.minus(paid)), ("BALANCE DUE", p.money(total - paid))]
    else:
        money.append(("BALANCE DUE", p.money(total)))
    blocks: list[Block] = [
        (
            "lines",
            [
                vendor,
                f"{rng.randint(100, 9999)} County Road {rng.randint(2, 90)}",
                "Lawrence, KS 66044",
                f"(785) 555-{digits(rng, 4)}",
            ],
        ),
        ("title", "INVOICE"),
        beside(
            ["BILL TO", contact, client, "410 Vermont St", "Lawrence, KS 66044"],
            ["SHIP TO", client, "Attn: Receiving", "1200 E 23rd St"],
        ),
        header(rng, details),
        ("table", table),
        sums(rng, money),
        (
            "para",
            "Thank you for your business. Late payments are subject to a 1.5% monthly "
            "finance charge.",
        ),
    ]
    return blocks, p.w


def export_usd(rng: random.Random) -> tuple[list[Block], Writer]:
    """A UK manufacturer's commercial invoice in US dollars, its dates day first as Britain
    writes them: proforma, order and shipment dates around the invoice date, Incoterms, the
    customer's order number, the total in words and "payment 60 days from invoice date"."""
    p = Paper(rng, "uk_usd")
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Pennine Precision Castings Ltd", "Solway Marine Pumps Ltd")), vendor=True
    )
    client = p.firm(rng.choice(("Gulfport Fabrication Inc.", "Lakehead Hydraulics Corp.")))
    goods = [
        ("Impeller housing SG-40, machined", float(rng.randint(8, 40)), 186.0),
        ("Bronze bush 55mm", float(rng.randint(20, 120)), 14.75),
        ("Test certificate EN 10204 3.1", 1.0, 45.0),
    ]
    rows = p.rows(goods[: rng.randint(2, 3)])
    freight = rng.choice((0.0, 380.0))
    total = round(sum(r[4] for r in rows) + freight, 2)
    number = p.number(f"CI{digits(rng, 5)}")
    days = rng.choice((30, 60))
    due = issued + dt.timedelta(days=days)
    printed_due = rng.random() < 0.5
    details = [
        ("Invoice No.", number),
        ("Invoice Date", p.date(issued, "issue")),
        ("Your Order No.", f"{digits(rng, 7)}"),
        ("Order Date", p.date(issued - dt.timedelta(days=rng.randint(20, 50)))),
        ("Proforma Ref.", f"PF{digits(rng, 4)}"),
        ("Date of Shipment", p.date(issued + dt.timedelta(days=rng.randint(1, 6)))),
        ("Incoterms", rng.choice(("FCA Liverpool", "CIF Houston", "EXW Kendal"))),
    ]
    if printed_due:
        details.append(("Payment Due", p.date(due, "due")))
    table = [
        ["Description", "Qty", "Unit Price USD", "Amount USD"],
        *[[r[0], r[1], r[2], r[3]] for r in rows],
    ]
    money = [("Freight & insurance", p.bare(freight))] if freight else []
    money.append(("TOTAL INVOICE VALUE", p.total(total)))
    blocks: list[Block] = [
        (
            "lines",
            [
                vendor,
                "Unit 7, Carrock Industrial Estate",
                "Kendal LA9 6PX, United Kingdom",
                f"VAT Reg. No. GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}",
                f"EORI GB{digits(rng, 12)}",
            ],
        ),
        ("title", "COMMERCIAL INVOICE"),
        beside(
            ["Consignee:", client, "4410 Industrial Blvd", "Houston, TX 77023, USA"],
            [f"{a}: {b}" for a, b in details[:4]],
        ),
        ("kv", details[4:]),
        ("table", table),
        sums(rng, money),
        ("para", f"Amount in words: {in_words(total, 'US dollars')}."),
    ]
    terms = f"Payment {days} days from invoice date by bank transfer in USD."
    blocks.append(("para", terms if printed_due else p.due_terms(due, terms)))
    blocks.append(("para", "Country of origin: United Kingdom. Export sale, zero-rated for VAT."))
    return blocks, p.w


def sage_crowded(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Sage-style UK invoice: invoice number, tax date, account ref, order no., despatch
    no., "your ref" and page in a boxed grid, goods at 20% and 5% VAT, carriage, and terms
    "30 days from date of invoice" with no due date printed."""
    p = Paper(rng, "uk")
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Thornbury Catering Supplies Ltd", "Marsh Lane Janitorial Ltd")), vendor=True
    )
    client = p.firm(rng.choice(("The Old Bakehouse Bistro Ltd", "Hartley Care Homes Ltd")))
    goods = [
        ("Catering foil 450mm x 75m", 12.4, 0.2),
        ("Blue roll 2-ply (6)", 9.85, 0.2),
        ("Antibacterial spray 5L", 14.2, 0.2),
        ("Milk 2L semi-skimmed", 1.45, 0.0),
        ("Sanitary towels (pk 20)", 3.1, 0.05),
        ("Nitrile gloves L (100)", 6.75, 0.2),
    ]
    chosen = rng.sample(goods, 4)
    table = [["Quantity", "Details", "Unit Price", "Net Amount", "VAT %"]]
    net, vat = 0.0, 0.0
    for name, price, rate in chosen:
        count = float(rng.randint(2, 24))
        amount = round(count * price, 2)
        p.item(name, count, price, amount)
        net, vat = round(net + amount, 2), round(vat + amount * rate, 2)
        table.append([f"{count:.2f}", name, p.bare(price), p.bare(amount), f"{rate * 100:.2f}"])
    carriage = rng.choice((0.0, 7.5, 12.0))
    vat = round(vat + carriage * 0.2, 2)
    total = round(net + carriage + vat, 2)
    number = p.number(str(rng.randint(20100, 29999)))
    due = p.due_terms(issued + dt.timedelta(days=30), "30 days from date of invoice")
    grid = [
        ("Invoice No.", number),
        ("Invoice/Tax Date", p.date(issued, "issue")),
        ("Account Ref", f"{client.split()[1][:4].upper()}00{rng.randint(1, 9)}"),
        ("Order No.", f"{digits(rng, 6)}"),
        ("Despatch No.", f"DN{digits(rng, 5)}"),
        ("Your Ref", rng.choice(("Kitchen", "Sally", "Weekly order"))),
        ("Page", "1/1"),
    ]
    blocks: list[Block] = [
        (
            "lines",
            [
                vendor,
                "Units 3-4 Marsh Lane Trading Estate",
                "Bristol BS3 2NA",
                f"Tel 0117 496 {digits(rng, 4)}  VAT Reg No. {digits(rng, 3)} {digits(rng, 4)} 21",
            ],
        ),
        ("title", "INVOICE"),
        ("lines", ["Invoice Address", client, "14 Church Street", "Thornbury BS35 2AD"]),
        ("table", [[a for a, _ in grid], [b for _, b in grid]]),
        ("table", table),
        (
            "kv",
            [
                ("Total Net Amount", p.bare(net)),
                ("Carriage Net", p.bare(carriage)),
                ("Total VAT Amount", p.bare(vat)),
                ("Invoice Total", p.total(total)),
            ],
        ),
        ("para", f"Terms: {due}. Please quote the invoice number with your remittance."),
        ("lines", [f"Sort code 40-{digits(rng, 2)}-{digits(rng, 2)}  Account {digits(rng, 8)}"]),
    ]
    return blocks, p.w


def contractor(rng: random.Random) -> tuple[list[Block], Writer]:
    """A remodeling contractor's invoice: job number, license and permit numbers beside the
    invoice's, the contract price, change orders, the deposit received and the balance
    "due upon receipt" (or a date printed)."""
    p = Paper(rng, "us")
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Ironwood Remodeling LLC", "Brightline Roofing & Siding Inc.")), vendor=True
    )
    owner = p.who(rng.choice(("Gregory Salcedo", "Amy Nakashima", "Lorraine Beaudet")))
    contract = float(rng.randint(80, 240) * 100)
    changes = [
        ("Change order #1 - upgraded fixtures", float(rng.randint(3, 15) * 100)),
        ("Change order #2 - additional drywall", float(rng.randint(2, 9) * 100)),
    ]
    changes = changes[: rng.randint(1, 2)]
    for name, amount in [("Contract price per agreement", contract), *changes]:
        p.item(name, None, None, amount)
    total = round(contract + sum(a for _, a in changes), 2)
    deposit = round(contract * rng.choice((0.3, 0.33, 0.5)), 2)
    number = p.number(f"{issued.year % 100}-{rng.randint(101, 499)}")
    table = [
        ["Description", "Amount"],
        ["Contract price per agreement", p.bare(contract)],
        *[[name, p.bare(amount)] for name, amount in changes],
    ]
    when_due = (
        p.due_terms(issued, "Payment due upon receipt")
        if rng.random() < 0.6
        else f"Payment due by {p.date(issued + dt.timedelta(days=10), 'due', 'mdy')}"
    )
    blocks: list[Block] = [
        ("title", vendor),
        (
            "lines",
            ["License #" + digits(rng, 6), f"PO Box {rng.randint(100, 999)}, Boise, ID 83701"],
        ),
        beside(
            [f"Customer: {owner}", "2217 N Harrison Blvd", "Boise, ID 83702"],
            [
                f"Invoice: {number}",
                f"Invoice date: {p.date(issued, 'issue')}",
                f"Job #: {digits(rng, 4)}",
                f"Permit #: BLD{issued.year}-{digits(rng, 5)}",
                f"Contract date: {p.date(issued - dt.timedelta(days=70))}",
            ],
        ),
        ("table", table),
        sums(
            rng,
            [
                ("Total contract amount", p.total(total)),
                ("Less deposit received", p.minus(deposit, paren=True)),
                ("BALANCE DUE", p.money(total - deposit)),
            ],
        ),
        ("para", f"{when_due}. Make checks payable to {vendor}."),
    ]
    return blocks, p.w


def canada_terms(rng: random.Random) -> tuple[list[Block], Writer]:
    """A British Columbia wholesaler's invoice: GST and PST lines, "2% 10, Net 30" terms and
    no due date printed, the customer's PO and a ship date beside the invoice date."""
    p = Paper(rng, "ca")
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Coastline Restaurant Supply Ltd.", "Fraser Valley Seed Co. Ltd.")), vendor=True
    )
    client = p.firm(rng.choice(("Kitsilano Noodle House Inc.", "Salt Spring Organics Ltd.")))
    catalogue = (
        ("Cutting board 18x24", 38.0),
        ("Sheet pan full size", 17.5),
        ("Chef knife 10in", 64.0),
        ("Deli container 32oz (240)", 71.0),
        ("Tongs 12in", 6.25),
    )
    rows = p.rows(pick_goods(rng, catalogue))
    net = round(sum(r[4] for r in rows), 2)
    gst, pst = round(net * 0.05, 2), round(net * 0.07, 2)
    total = round(net + gst + pst, 2)
    number = p.number(f"{rng.randint(300000, 399999)}")
    due = issued + dt.timedelta(days=30)
    details = [
        ("Invoice", number),
        ("Date", p.date(issued, "issue")),
        ("Ship Date", p.date(issued + dt.timedelta(days=rng.randint(0, 3)))),
        ("Customer PO", f"{digits(rng, 4)}"),
        ("Account", f"{client[:3].upper()}{digits(rng, 3)}"),
        ("Terms", p.due_terms(due, "2% 10, Net 30")),
    ]
    blocks: list[Block] = [
        ("title", vendor),
        (
            "lines",
            [
                "8850 River Rd, Richmond, BC V6X 1Y4",
                f"GST/HST # {digits(rng, 9)} RT0001",
                f"PST # PST-{digits(rng, 4)}-{digits(rng, 4)}",
            ],
        ),
        ("heading", "INVOICE"),
        beside(
            ["Sold to:", client, "2191 W 4th Ave", "Vancouver, BC V6K 1N9"],
            [f"{a}: {b}" for a, b in details],
        ),
        ("table", [["Item", "Qty", "Price", "Ext."], *[[r[0], r[1], r[2], r[3]] for r in rows]]),
        sums(
            rng,
            [
                ("Subtotal", p.bare(net)),
                ("GST 5%", p.bare(gst)),
                ("PST 7%", p.bare(pst)),
                ("Total CAD", p.total(total)),
            ],
        ),
        ("para", "2% discount if paid within 10 days. Overdue accounts charged 2% per month."),
    ]
    return blocks, p.w


__all__ = ["canada_terms", "contractor", "export_usd", "quickbooks_terms", "sage_crowded"]
