"""Freight papers: a forwarder's invoice for an ocean or air shipment (bills of lading,
container, vessel and sailing dates beside the invoice's own number and dates), an express
courier's account invoice listing waybills, and a duty-and-import-VAT notice a courier sends
after clearing a parcel through customs.
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
from testbed.evaluation.truth import Block, Labels, LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

FORWARDERS = (
    "Harbourline Logistics Ltd",
    "Baltic Bridge Freight AB",
    "Lakeshore Forwarding Inc.",
    "Maas Cargo Services B.V.",
    "Shannon Freight Solutions Ltd",
    "Skagerrak Shipping AS",
)
COURIERS = (
    "Maple Courier Express Inc.",
    "Swiftpost Express Ltd",
    "Nordflyt Express AB",
    "Atlantic Parcel Services Ltd",
)
CHARGES = (
    ("OFR", "Ocean freight", 900, 3800),
    ("BAF", "Bunker adjustment factor", 80, 420),
    ("THC", "Terminal handling, destination", 120, 380),
    ("DOC", "Documentation fee", 35, 75),
    ("CUS", "Customs clearance", 60, 180),
    ("DEL", "Delivery to consignee", 180, 650),
    ("ISP", "ISPS security surcharge", 10, 30),
    ("INS", "Cargo insurance", 40, 160),
)
PORTS = (
    "Rotterdam",
    "Felixstowe",
    "Gothenburg",
    "Montreal",
    "Dublin",
    "Shanghai",
    "Busan",
    "Savannah",
    "Aarhus",
    "Antwerp",
)
SERVICES = (
    "Express Worldwide",
    "Express 12:00",
    "Economy Select",
    "Domestic Express",
    "Express Envelope",
)
TOWNS = (
    "Dublin IE",
    "Chicago US",
    "Leeds GB",
    "Oslo NO",
    "Toronto CA",
    "Utrecht NL",
    "Aarhus DK",
    "Malmo SE",
    "Boston US",
    "Cork IE",
)


def freight_invoice(rng: random.Random) -> tuple[Sheet, Labels]:
    """A forwarder's invoice: a shipment block full of references and sailing dates beside the
    invoice's number, date and due date (or only its terms)."""
    p = Paper.of(rng)
    vendor, client = rng.choice(FORWARDERS), buyer(rng, p.place)
    issued = some_day(rng)
    etd = later(issued, -rng.randint(20, 40))
    eta = later(etd, rng.randint(12, 30))
    number = rng.choice(
        (
            f"{digits(rng, 2)}{letters(rng, 2)}{digits(rng, 6)}",
            f"SI-{digits(rng, 7)}",
            digits(rng, 9),
        )
    )
    hbl, mbl = f"HBL{digits(rng, 8)}", f"{letters(rng, 4)}{digits(rng, 9)}"
    container = f"{letters(rng, 3)}U {digits(rng, 6)}-{rng.randint(0, 9)}"
    job = f"{letters(rng, 2)}-{digits(rng, 6)}"
    days = rng.choice((30, 30, 45, 14))
    due = later(issued, days)
    shows_due = rng.random() < 0.75
    rows = []
    for code, name, low, high in rng.sample(CHARGES, rng.randint(3, 6)):
        quantity = rng.choice((1, 1, 1, 2))
        unit = p.price(low, high)
        rows.append((code, name, quantity, unit, round(quantity * unit, 2)))
    subtotal = round(sum(r[4] for r in rows), 2)
    tax = round(subtotal * p.place.rate, 2) if rng.random() < 0.6 else 0.0
    total = round(subtotal + tax, 2)
    items = tuple(LineItem(name, float(q), unit, amount) for _, name, q, unit, amount in rows)
    panel = [
        ("Invoice No.", mark("documentNumber", number)),
        ("Invoice Date", mark("issueDate", p.day(issued))),
        ("Customer No.", digits(rng, 6)),
        ("Our Job Ref.", job),
    ]
    if shows_due:
        panel.insert(2, ("Due Date", mark("dueDate", p.day(due))))
    else:
        panel.insert(2, ("Terms", f"{days} days net"))
    origin, dest = rng.sample(PORTS, 2)
    shipment = [
        ("House B/L", hbl),
        ("Master B/L", mbl),
        ("Container", container),
        (
            "Vessel / Voyage",
            f"{rng.choice(('MSC', 'MAERSK', 'CMA CGM'))} "
            f"{rng.choice(('ARIES', 'HALDEN', 'LUNA'))} / {digits(rng, 3)}W",
        ),
        ("Port of Loading", origin),
        ("Port of Discharge", dest),
        ("ETD", p.day(etd)),
        ("ETA", p.day(eta)),
    ]
    sums = [("Net amount", p.money(subtotal))]
    if tax:
        sums.append((p.place.tax, p.money(tax)))
    sums.append(("Invoice total", mark("total", p.money(total))))
    sheet = Sheet(
        head=[
            mark("vendor", vendor),
            f"Freight forwarding · Customs brokerage · {address(rng, p.place)}",
        ],
        panel=panel,
        address=[client, f"Attn: {person(rng)}", address(rng, p.place)],
        body=[
            ("title", "INVOICE"),
            ("heading", "Shipment details"),
            ("side", ([("kv", shipment[:4])], [("kv", shipment[4:])])),
            (
                "table",
                [
                    ["Code", "Description", "Qty", "Rate", f"Amount {p.currency}"],
                    *[[c, n, str(q), p.num(u), p.num(a)] for c, n, q, u, a in rows],
                ],
            ),
            ("kv", sums),
            (
                "para",
                f"Payment terms {days} days net. Please quote the invoice number and our "
                f"job reference {job} on your remittance.",
            ),
        ],
        footer=[
            f"{vendor} · {p.place.bank[0]}",
            "All business is transacted under our standard trading conditions.",
        ],
        text_panel=rng.choice(("kv", "columns")),
    )
    people = tuple(line.removeprefix("Attn: ") for line in sheet.address if line.startswith("Attn"))
    dates = [("issue", issued)] + ([("due", due)] if shows_due else [])
    return sheet, p.labels(
        "invoice",
        number,
        organizations=(vendor, client),
        people=people,
        vendor=vendor,
        total=total,
        dates=tuple(dates),
        items=items,
    )


def courier_invoice(rng: random.Random) -> tuple[Sheet, Labels]:
    """An express courier's weekly account invoice: one row per waybill, with its ship date;
    a busy week's runs to a second page of shipment detail under a running header."""
    p = Paper.of(rng)
    vendor, client = rng.choice(COURIERS), buyer(rng, p.place)
    issued = some_day(rng)
    due = later(issued, rng.choice((14, 30)))
    account, number = (
        digits(rng, 9),
        rng.choice((f"{letters(rng, 3)}I{digits(rng, 6)}", digits(rng, 10))),
    )
    long = rng.random() < 0.3
    rows = []
    for _ in range(rng.randint(22, 34) if long else rng.randint(3, 7)):
        waybill = (
            " ".join(digits(rng, 4) for _ in range(3)) if rng.random() < 0.5 else digits(rng, 10)
        )
        service = f"{rng.choice(SERVICES)}, {rng.choice(TOWNS)}"
        shipped = later(issued, -rng.randint(2, 9))
        rows.append(
            (p.day(shipped), waybill, service, f"{rng.uniform(0.5, 24):.1f}", p.price(18, 240))
        )
    subtotal = round(sum(r[4] for r in rows), 2)
    fuel = round(subtotal * 0.18, 2)
    tax = round((subtotal + fuel) * p.place.rate, 2)
    total = round(subtotal + fuel + tax, 2)
    items = tuple(LineItem(r[2], None, None, r[4]) for r in rows)
    due_text = mark("dueDate", p.day(due))
    table: Block = (
        "table",
        [
            ["Ship date", "Waybill", "Service / destination", "Weight kg", "Charge"],
            *[[a, b, c, d, p.num(e)] for a, b, c, d, e in rows],
        ],
    )
    summary: list[Block] = [
        (
            "kv",
            [
                ("Transport charges", p.money(subtotal)),
                ("Fuel surcharge 18%", p.money(fuel)),
                (p.place.tax, p.money(tax)),
                ("Total", p.money(total)),
            ],
        ),
        (
            "para",
            "Queries about this invoice must be raised within 14 days of the invoice "
            "date. Pay online with your account number as the reference.",
        ),
    ]
    sheet = Sheet(
        head=[mark("vendor", vendor), "Account invoice"],
        panel=[
            ("Account number", account),
            ("Invoice number", mark("documentNumber", number)),
            ("Invoice date", mark("issueDate", p.day(issued))),
            ("Payment due", due_text),
            ("Amount due", mark("total", p.money(total))),
        ],
        panel_style=rng.choice(("band", "box")),
        address=[client, "Accounts payable", address(rng, p.place)],
        body=[*summary, ("break", None), ("heading", "Shipment detail"), table]
        if long
        else [table, *summary],
        running=f"{vendor} · Invoice {number} · Page {{page}} of {{pages}}" if long else None,
        footer=[f"{vendor} · {p.place.bank[0]}"],
        text_panel=rng.choice(("kv", "kv_below")),
    )
    return sheet, p.labels(
        "invoice",
        number,
        organizations=(vendor, client),
        vendor=vendor,
        total=total,
        dates=(("issue", issued), ("due", due)),
        items=items,
    )


def customs_notice(rng: random.Random) -> tuple[Sheet, Labels]:
    """A courier's duty and import VAT invoice after customs clearance: the customs entry
    number, the waybill and the consignment's value beside the notice's own number."""
    p = Paper.of(rng)
    vendor, client = rng.choice(COURIERS), buyer(rng, p.place)
    issued = some_day(rng)
    due = later(issued, rng.choice((7, 10, 14)))
    number = rng.choice((f"DT{digits(rng, 8)}", f"{digits(rng, 3)}-{digits(rng, 7)}"))
    entry = f"{issued.year % 100}{p.place.code[:2]}{letters(rng, 3)}{digits(rng, 10)}"
    waybill = digits(rng, 10)
    value = p.price(400, 6000)
    duty = round(value * rng.choice((0.02, 0.035, 0.045, 0.065)), 2)
    vat = round((value + duty) * p.place.rate, 2)
    fee = p.price(11, 35)
    total = round(duty + vat + fee, 2)
    rows = [("Import duty", duty), ("Import VAT", vat), ("Disbursement / clearance fee", fee)]
    labels = ("Duty & Tax Invoice No.", "Notice number", "Invoice No.")
    sheet = Sheet(
        head=[mark("vendor", vendor), "Duties and taxes"],
        panel=[
            (rng.choice(labels), mark("documentNumber", number)),
            ("Date", mark("issueDate", p.day(issued))),
            ("Waybill", waybill),
            ("Customs entry (MRN)", entry),
            ("Pay by", mark("dueDate", p.day(due))),
        ],
        address=[client, address(rng, p.place)],
        body=[
            (
                "para",
                f"We have paid import duty and VAT to customs on your behalf for shipment "
                f"{waybill} from {rng.choice(('Shenzhen CN', 'Boston US', 'Osaka JP'))}. "
                f"Declared value {p.money(value)}. Your goods are held until payment.",
            ),
            ("table", [["Description", "Amount"], *[[n, p.num(a)] for n, a in rows]]),
            ("kv", [("Total payable", mark("total", p.money(total)))]),
        ],
        footer=[f"{vendor} acts as your customs agent. {p.place.bank[0]}"],
        text_panel=rng.choice(("kv", "columns")),
    )
    items = tuple(LineItem(n, None, None, a) for n, a in rows)
    return sheet, p.labels(
        "invoice",
        number,
        organizations=(vendor, client),
        vendor=vendor,
        total=total,
        dates=(("issue", issued), ("due", due)),
        items=items,
    )


__all__ = ["courier_invoice", "customs_notice", "freight_invoice"]
