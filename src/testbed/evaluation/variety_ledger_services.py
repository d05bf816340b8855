"""Invoices of services and of goods in English-speaking countries for the ledger documents
(:mod:`testbed.evaluation.variety_ledger`): a London studio's hours with descriptions of two
and three lines and no rules; a freelancer's plain invoice that writes the hours and the
rate inside the description ("6.5 hrs @ $185.00/hr"); a catering wholesaler's VAT rate and
VAT amount on every line; a US distributor's "Ordered Shipped B/O" columns (the quantity
billed is the one shipped); a cash-and-carry's dot-matrix table with the amount first and
the description last; a builders' merchant's returned goods and credited damage as negative
lines, the delivery charge a row of the table.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.variety_ledger_build import Drawn
from testbed.evaluation.variety_ledger_paper import Doc, Row, Table
from testbed.evaluation.variety_ledger_style import Pen, cents, someday

_STUDIO = (
    ("Discovery workshop with marketing and product teams, incl. preparation of the "
     "stakeholder interview guide and summary of findings", 95.0),
    ("Brand identity refresh - logo refinement, colour palette and typography, two rounds "
     "of revisions", 95.0),
    ("Website wireframes (home, product listing, product detail, checkout)", 85.0),
    ("Copywriting: product pages and category introductions", 70.0),
    ("Project management and weekly status calls", 60.0),
    ("Photography art direction on location, 1 day shoot, travel within zone 1-3 included",
     110.0),
)  # fmt: skip


def studio(rng: random.Random) -> Drawn:
    """A London design studio's invoice: dated lines of work over two or three lines of
    description, hours with a decimal, a rate, no ruling lines, VAT at 20%."""
    p = Pen.start(rng, "uk")
    issued = someday(rng)
    firm, mail = rng.choice(
        (
            ("Fenwick & Hale Creative Ltd", "studio@fenwickhale.co.uk"),
            ("Northbank Studio Limited", "hello@northbank.studio"),
        )
    )
    firm = p.seller(firm)
    client = p.firm(rng.choice(("Larkspur Home Goods Ltd", "Quillon Tea Company Ltd")))
    contact = p.person(rng.choice(("Rosie Blackwood", "Imran Chaudhry")))
    number = p.ident(f"NS-{rng.randint(1000, 1999)}")
    rows: list[Row] = []
    net = 0.0
    work = sorted(rng.sample(range(2, 26), 4))
    for offset, (text, rate) in zip(work, rng.sample(_STUDIO, 4), strict=True):
        hours = rng.choice((2.5, 4.0, 6.75, 7.5, 12.0, 15.25))
        amount = cents(hours * rate)
        net += amount
        p.item(text, hours, rate, amount)
        day = issued - dt.timedelta(days=30 - offset)
        rows.append(Row([day.strftime("%d/%m/%Y"), text, f"{hours:.2f}", f"{rate:,.2f}",
                         f"{amount:,.2f}"], value=amount))  # fmt: skip
    vat = cents(net * 0.2)
    due = issued + dt.timedelta(days=30)
    table = Table(["Date", "Description", "Hours", "Rate (£)", "Amount (£)"], rows,
                  frozenset({2, 3, 4}), [12, 52, 9, 11, 13], wrap=1, rules="none")  # fmt: skip
    blocks = [
        ("side", ([firm, "Unit 4, 21 Bermondsey Street", "London SE1 2EG"],
                  [mail, "VAT Reg. No. GB 284 5512 09"])),
        ("gap", 1),
        ("title", "Invoice"),
        ("side", (["Invoice to", client, f"FAO {contact}", "88 Cowcross Street",
                   "London EC1M 6EL"],
                  [f"Invoice number  {number}", f"Invoice date  {p.day(issued, 'issue', 'long')}",
                   f"Due date  {p.day(due, 'due', 'long')}"])),
        ("gap", 1),
        ("table", table),
        ("totals", [("Subtotal", p.money(net)), ("VAT at 20%", p.money(vat)),
                    ("Total due", p.total(net + vat))]),
        ("gap", 1),
        ("small", [f"Payment by bank transfer to {firm}, sort code 20-45-77, "
                   "account 43917265.", "Registered in England and Wales No. 09876543."]),
    ]  # fmt: skip
    return Drawn(Doc(blocks, family="serif"), p, issued)


_FREELANCE = (
    ("Strategy workshop facilitation", 185.0),
    ("Interview synthesis and journey map", 150.0),
    ("Usability test sessions, remote", 150.0),
    ("Report writing and presentation deck", 135.0),
)


def freelancer(rng: random.Random) -> Drawn:
    """A US freelancer's invoice typed by hand: a description and an amount per line, the
    hours and rate written in the description ("6.5 hrs @ $185.00/hr"), one flat fee."""
    p = Pen.start(rng, "us")
    issued = someday(rng)
    me = p.person(rng.choice(("Dana Whitlock", "Marcus Ferreira")))
    p.w.vendor = me
    me = p.w.key("vendor", me)
    client = p.firm(rng.choice(("Copperline Outdoor Co.", "Bayview Dental Group, PLLC")))
    number = p.ident(f"{issued.year}-{rng.randint(10, 48):03d}")
    rows: list[Row] = []
    total = 0.0
    for text, rate in rng.sample(_FREELANCE, 3):
        hours = rng.choice((3.0, 6.5, 8.0, 10.5, 14.0))
        amount = cents(hours * rate)
        total += amount
        words = f"{text} - {p.qty(hours)} hrs @ {p.money(rate)}/hr"
        p.item(words, hours, rate, amount)
        rows.append(Row([words, p.money(amount)], value=amount))
    fee = rng.choice((250.0, 400.0))
    total += fee
    p.item("Travel (flat fee)", None, None, fee)
    rows.append(Row(["Travel (flat fee)", p.money(fee)], value=fee))
    due = issued + dt.timedelta(days=15)
    table = Table(["Description", "Amount"], rows, frozenset({1}), [70, 15], wrap=0,
                  rules="lines")  # fmt: skip
    blocks = [
        ("title", "INVOICE"),
        ("text", [me, "UX Research & Strategy", "1520 NE Alberta St, Portland, OR 97211"]),
        ("gap", 1),
        ("kv", [("Invoice #:", number), ("Date:", p.day(issued, "issue", "long")),
                ("Due:", p.day(due, "due", "long")), ("Bill to:", client)]),
        ("gap", 1),
        ("table", table),
        ("totals", [("TOTAL DUE", p.total(total))]),
        ("para", "Thank you! Payment via Zelle or check made payable to the name above."),
    ]  # fmt: skip
    return Drawn(Doc(blocks), p, issued)


_CATERING = (
    ("Semi-skimmed milk 2 pint", "each", 1.35, 0),
    ("Free range eggs, tray of 30", "tray", 7.9, 0),
    ("Washing-up liquid 5L", "each", 6.4, 20),
    ("Paper napkins 2-ply white x 2000", "case", 14.25, 20),
    ("Orange juice smooth 1L x 12", "case", 15.6, 20),
    ("Olive oil extra virgin 5L", "each", 32.5, 0),
    ("Disposable coffee cups 12oz x 1000", "case", 48.0, 20),
    ("Basmati rice 10kg", "sack", 17.8, 0),
)


def vat_lines(rng: random.Random) -> Drawn:
    """A UK catering wholesaler's invoice: each line with its VAT rate and VAT amount
    beside the net amount, zero-rated food and standard-rated goods in one table."""
    p = Pen.start(rng, "uk")
    issued = someday(rng)
    firm = p.seller(rng.choice(("Brakewell Foodservice Ltd", "Dunmore Catering Supplies Ltd")))
    client = p.firm(rng.choice(("The Old Forge Café Ltd", "Saltmarsh Kitchen Ltd")))
    number = p.ident(f"SI{rng.randint(100000, 999999)}")
    rows: list[Row] = []
    net = vat = 0.0
    for text, unit, price, rate in rng.sample(_CATERING, rng.randint(4, 7)):
        count = float(rng.choice((1, 2, 3, 6, 12)))
        amount = cents(count * price)
        tax = cents(amount * rate / 100)
        net, vat = net + amount, vat + tax
        p.item(text, count, price, amount)
        rows.append(Row([f"{rng.randint(10000, 99999)}", text, p.qty(count), unit,
                         p.num(price), f"{rate}%", p.num(tax), p.num(amount)],
                        value=amount))  # fmt: skip
    due = issued + dt.timedelta(days=30)
    table = Table(["Code", "Description", "Qty", "Unit", "Price", "VAT rate", "VAT", "Net"],
                  rows, frozenset({2, 4, 5, 6, 7}), [8, 36, 6, 7, 9, 8, 8, 10], wrap=1,
                  rules=rng.choice(("grid", "lines")))  # fmt: skip
    blocks = [
        ("side", ([firm, "Unit 7 Riverside Trading Estate", "Exeter EX2 8LB"],
                  ["TAX INVOICE", f"Invoice No: {number}", f"Date: {p.day(issued, 'issue')}",
                   f"Account: {rng.choice('ABCDEFGH')}{rng.randint(1000, 9999)}"])),
        ("gap", 1),
        ("kv", [("Deliver to:", client), ("", "3 Harbour Walk, Topsham EX3 0JB")]),
        ("gap", 1),
        ("table", table),
        ("totals", [("Goods (net)", p.money(net)), ("VAT", p.money(vat)),
                    ("Invoice total", p.total(net + vat))]),
        ("small", [f"Payment due by {p.day(due, 'due')}. VAT registration GB 339 1024 77."]),
    ]  # fmt: skip
    return Drawn(Doc(blocks, footer="Page {page} of {pages}"), p, issued)


_PARTS_US = (
    ("HX-2210", 'Hex bolt 3/8-16 x 2" grade 8 zinc (box/50)', 18.4),
    ("WS-0375", 'Flat washer 3/8" SAE zinc (box/100)', 6.15),
    ("TB-4410", "Threaded rod 1/2-13 x 6 ft galvanized", 9.8),
    ("SA-1020", "Safety glasses clear anti-fog", 3.25),
    ("GL-7781", "Nitrile gloves 6 mil, large (box/100)", 14.9),
    ("CS-3050", 'Cut-off wheel 4-1/2" x .045 x 7/8"', 2.1),
    ("LB-0090", "Lithium grease cartridge 14 oz", 7.45),
)


def backorder(rng: random.Random) -> Drawn:
    """A US industrial distributor's invoice: "Ordered Shipped B/O" side by side, the
    amount billed on the quantity shipped, freight and sales tax under the table."""
    p = Pen.start(rng, "us")
    issued = someday(rng)
    firm = p.seller(rng.choice(("Tri-County Fastener Supply, Inc.", "Great Lakes Industrial Co.")))
    client = p.firm(rng.choice(("Kessler Machine Works LLC", "Midstate Fabrication Inc.")))
    number = p.ident(f"{rng.randint(400000, 499999)}")
    rows: list[Row] = []
    net = 0.0
    for code, text, price in rng.sample(_PARTS_US, rng.randint(4, 6)):
        ordered = rng.choice((5, 10, 12, 20, 24))
        short = rng.choice((0, 0, 0, 2, ordered))
        shipped = ordered - short
        amount = cents(shipped * price)
        net += amount
        p.item(text, float(shipped), price, amount)
        rows.append(Row([str(ordered), str(shipped), str(short), code, text, f"{price:,.2f}",
                         f"{amount:,.2f}"], value=amount))  # fmt: skip
    freight = rng.choice((24.5, 38.0, 61.75))
    tax = cents(net * 0.06)
    due = issued + dt.timedelta(days=30)
    table = Table(["Ordered", "Shipped", "B/O", "Item #", "Description", "Unit Price",
                   "Ext. Price"], rows, frozenset({0, 1, 2, 5, 6}), [8, 8, 6, 10, 40, 10, 11],
                  wrap=4, rules="grid")  # fmt: skip
    blocks = [
        ("side", ([firm, "2250 Industrial Pkwy", "Saginaw, MI 48601"],
                  ["INVOICE", f"Invoice No. {number}", f"Invoice Date {p.day(issued, 'issue')}",
                   "Terms: Net 30"])),
        ("gap", 1),
        ("side", (["SOLD TO", client, "118 Foundry Rd", "Bay City, MI 48706"],
                  ["SHIP VIA", "UPS Freight", f"Customer PO {rng.randint(10000, 99999)}"])),
        ("gap", 1),
        ("table", table),
        ("totals", [("Merchandise", p.money(net)), ("Freight", p.money(freight)),
                    ("Sales Tax 6%", p.money(tax)),
                    ("Invoice Total", p.total(net + freight + tax))]),
        ("small", [f"Due {p.day(due, 'due')}. Back-ordered items ship when available and are "
                   "invoiced then."]),
    ]  # fmt: skip
    return Drawn(Doc(blocks, family="condensed"), p, issued)


_CASH_CARRY = (
    ("COCA COLA 330ML CAN X24", 11.49), ("WALKERS CRISPS VAR 32PK", 7.99),
    ("HEINZ BAKED BEANS 415G X24", 14.75), ("TETLEY TEA BAGS 1100", 18.2),
    ("ANDREX TOILET TISSUE 9PK", 4.59), ("MCVITIES DIGESTIVE 400G X12", 12.3),
    ("FAIRY LIQUID ORIG 1.5L", 3.85),
)  # fmt: skip


def cash_carry(rng: random.Random) -> Drawn:
    """An Irish cash-and-carry's invoice from a dot-matrix printer: the amount first, then
    the quantity and price, the description last; VAT analysis under the total."""
    p = Pen.start(rng, "ie")
    issued = someday(rng)
    firm = p.seller(
        rng.choice(("Musgrave Wholesale Partners Ltd", "Corrib Cash & Carry Ltd")), upper=True
    )
    client = p.firm(rng.choice(("Daly's Centra Ltd", "Fitzgerald Stores Ltd")))
    number = p.ident(f"{rng.randint(1, 9)}{rng.randint(1000000, 9999999)}")
    rows: list[Row] = []
    net = 0.0
    for text, price in rng.sample(_CASH_CARRY, rng.randint(4, 6)):
        count = float(rng.choice((1, 2, 3, 4, 6)))
        amount = cents(count * price)
        net += amount
        p.item(text, count, price, amount)
        rows.append(Row([f"{amount:.2f}", p.qty(count), f"{price:.2f}", text], value=amount))
    vat = cents(net * 0.23)
    table = Table(["AMOUNT", "QTY", "PRICE", "DESCRIPTION"], rows, frozenset({0, 1, 2}),
                  [12, 6, 10, 50], wrap=3, rules="lines")  # fmt: skip
    blocks = [
        ("text", [firm, "BALLYBRIT BUSINESS PARK, GALWAY", "VAT NO IE 6388047V"]),
        ("gap", 1),
        ("kv", [("INVOICE NO", number), ("DATE", p.day(issued, "issue")),
                ("CUSTOMER", client.upper())]),
        ("gap", 1),
        ("table", table),
        ("totals", [("GOODS", f"{net:.2f}"), ("VAT 23%", f"{vat:.2f}"),
                    ("TOTAL EUR", p.bare_total(net + vat))]),
        ("text", ["PAID CASH - THANK YOU"]),
    ]  # fmt: skip
    return Drawn(Doc(blocks, family="mono", size=9.0), p, issued)


_BUILDERS = (
    ("Timber C24 47x100mm 4.8m", "each", 9.85), ("Ballast bulk bag", "bag", 54.0),
    ("Cement 25kg", "bag", 6.4), ("Plasterboard 12.5mm 2400x1200", "sheet", 11.2),
    ("Copper pipe 15mm x 3m", "length", 14.6), ("Kiln dried sand 25kg", "bag", 4.9),
)  # fmt: skip


def returns(rng: random.Random) -> Drawn:
    """A UK builders' merchant's invoice: goods, a return of goods bought earlier as a
    negative quantity, a credit for a damaged item as a negative price, the delivery charge
    as a row of the table."""
    p = Pen.start(rng, "uk")
    issued = someday(rng)
    firm = p.seller(
        rng.choice(("Pennine Builders Merchants Ltd", "Calder Timber & Building Supplies Ltd"))
    )
    client = p.firm(rng.choice(("J. Whitworth Building Services Ltd", "Moorside Joinery Ltd")))
    number = p.ident(f"INV/{rng.randint(200000, 299999)}")
    stock = rng.sample(_BUILDERS, 5)
    rows: list[Row] = []
    net = 0.0

    def line(text: str, count: float | None, unit: str, price: float | None, amount: float) -> None:
        nonlocal net
        net += amount
        p.item(text, count, price, amount)
        rows.append(Row([text, "" if count is None else p.qty(count), unit,
                         "" if price is None else p.num(price), p.num(amount)],
                        value=amount))  # fmt: skip

    for text, unit, price in stock[:3]:
        count = float(rng.choice((4, 10, 12, 20)) if price < 20 else rng.choice((1, 2)))
        line(text, count, unit, price, cents(count * price))
    text, unit, price = stock[3]
    back = float(rng.choice((2, 3, 5)))
    line(f"RETURN: {text} (unused)", -back, unit, price, cents(-back * price))
    credit = rng.choice((15.0, 22.4, 35.0))
    line(f"Credit - damaged on delivery, ref. {number[-4:]}", 1.0, "each", -credit, -credit)
    line("Delivery charge (crane offload)", 1.0, "each", 45.0, 45.0)
    vat = cents(net * 0.2)
    table = Table(["Description", "Qty", "Unit", "Price", "Value"], rows, frozenset({1, 3, 4}),
                  [50, 8, 9, 11, 12], wrap=0, rules="lines")  # fmt: skip
    blocks = [
        ("side", ([firm, "Canal Wharf, Sowerby Bridge HX6 2AG"],
                  [f"Invoice {number}", f"Tax point {p.day(issued, 'issue')}"])),
        ("gap", 1),
        ("kv", [("Account", client), ("Site", "Plot 6, Longroyde Rd, Brighouse")]),
        ("gap", 1),
        ("table", table),
        ("totals", [("Net", p.money(net)), ("VAT 20%", p.money(vat)),
                    ("Total", p.total(net + vat))]),
        ("small", ["Terms: payment by the end of the month following invoice."]),
    ]  # fmt: skip
    return Drawn(Doc(blocks), p, issued)


__all__ = ["backorder", "cash_carry", "freelancer", "returns", "studio", "vat_lines"]
