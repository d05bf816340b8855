"""The papers around an invoice whose number, dates and total stand among many others, for
the terms generators (:mod:`testbed.evaluation.variety_terms`): purchase orders, statements
of account, reminders and letters and e-mails that carry an invoice.

An SAP purchase order (Bestellnummer/Datum in one field, the supplier's number with the
buyer, a Liefertermin, terms that name no date). The names are this module's own.

Labels, where the schema leaves a choice, are what an accounts-payable clerk keys in: a
purchase order's vendor is the supplier it is sent to, its total the order's value, and a
delivery date is no due date.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_terms_style import (
    Paper,
    beside,
    digits,
    pick_goods,
    someday,
    sums,
)

_BUYERS = ("Jörg Vollmer", "Sabine Kettler", "Ralf Ohnesorge", "Petra Kühn")


def bestellung_sap(rng: random.Random) -> tuple[list[Block], Writer]:
    """An SAP purchase order: Bestellnummer among the supplier's number, the buyer's cost
    centre and the delivery date ("Liefertermin"), the supplier as addressee, terms of
    payment that name no date, and "Gesamtnettowert" as its total."""
    p = Paper(rng, "de")
    issued = someday(rng)
    buyer = p.firm(rng.choice(("Klinikum Weserbergland gGmbH", "Papierfabrik Alfeld AG")))
    supplier = p.firm(
        rng.choice(("Medizintechnik Orth GmbH", "Industriebedarf Hessler KG")), vendor=True
    )
    clerk = p.who(rng.choice(_BUYERS))
    catalogue = (
        ("Schutzhandschuhe Nitril Gr. L", 7.9),
        ("Kabelbinder 300 mm (100)", 4.2),
        ("Sicherheitsschuhe S3 Gr. 43", 64.0),
        ("Druckluftschlauch 10 m", 38.5),
    )
    rows = p.rows(pick_goods(rng, catalogue, 2, 4))
    total = round(sum(r[4] for r in rows), 2)
    number = p.number(f"45{digits(rng, 8)}")
    delivery = issued + dt.timedelta(days=rng.randint(10, 30))
    table = [["Pos.", "Material", "Kurztext", "Bestellmenge", "Nettopreis", "Nettowert"]]
    for index, r in enumerate(rows, 1):
        table.append([str(index * 10), digits(rng, 8), r[0], f"{r[1]} ST", r[2], r[3]])
    blocks: list[Block] = [
        ("lines", [buyer, "Einkauf", "Saint-Maur-Platz 1, 31785 Hameln"]),
        beside(
            [supplier, "Postfach 44 01", "34117 Kassel"],
            [
                f"Bestellnummer/Datum: {number} / {p.date(issued, 'issue')}",
                f"Ihre Lieferantennummer bei uns: {digits(rng, 6)}",
                f"Ansprechpartner: {clerk}",
                f"Kostenstelle: {digits(rng, 4)}",
            ],
        ),
        ("title", "Bestellung"),
        ("para", f"Liefertermin: {p.date(delivery)} frei Haus. Lieferadresse: Wareneingang Tor 3."),
        ("table", table),
        ("kv", [("Gesamtnettowert ohne Mwst EUR", p.total(total, mark=False))]),
        (
            "para",
            "Zahlungsbedingungen: innerhalb 14 Tagen 3 % Skonto, 30 Tage netto. "
            "Bitte geben Sie die Bestellnummer auf Lieferschein und Rechnung an.",
        ),
    ]
    return blocks, p.w


def purchase_order_us(rng: random.Random) -> tuple[list[Block], Writer]:
    """A US company's purchase order: PO number, requisition, vendor number, ship via, F.O.B.
    and terms in a boxed grid, a "required by" date, the supplier's and ship-to blocks side
    by side, freight and sales tax under the lines, and the buyer's signature."""
    p = Paper(rng, "us")
    issued = someday(rng)
    buyer = p.firm(rng.choice(("Sierra Vista Unified School District", "Hartwell Foods Corp.")))
    supplier = p.firm(
        rng.choice(("Summit Janitorial Supply Inc.", "Cascade Lab Equipment LLC")), vendor=True
    )
    signer = p.who(rng.choice(("Denise Albright", "Omar Qureshi", "Patricia Nguyen")))
    catalogue = (
        ("Paper towel, multifold (case)", 32.4),
        ("Trash liner 40x46 (case)", 41.15),
        ("Floor cleaner, neutral (4 gal)", 58.0),
        ("Hand soap, foam 1000ml", 9.95),
        ("Disinfectant wipes (6 canisters)", 36.6),
        ("Mop head, large", 7.8),
    )
    rows = p.rows(pick_goods(rng, catalogue, 3, 5))
    subtotal = round(sum(r[4] for r in rows), 2)
    freight = rng.choice((0.0, 45.0, 87.5))
    tax = round(subtotal * rng.choice((0.0, 0.0825)), 2)
    total = round(subtotal + freight + tax, 2)
    number = p.number(rng.choice((f"PO{digits(rng, 6)}", f"{issued.year}-{digits(rng, 5)}")))
    grid = [
        ("P.O. Number", number),
        ("P.O. Date", p.date(issued, "issue")),
        ("Requisition #", f"R{digits(rng, 5)}"),
        ("Vendor #", f"V{digits(rng, 4)}"),
        ("Ship Via", rng.choice(("UPS Ground", "Best way", "Vendor truck"))),
        ("F.O.B.", "Destination"),
        ("Terms", rng.choice(("Net 30", "Net 45", "2% 10 Net 30"))),
    ]
    table = [["Line", "Qty", "Description", "Unit Cost", "Extended"]]
    for index, r in enumerate(rows, 1):
        table.append([str(index), r[1], r[0], r[2], r[3]])
    money = [("Subtotal", p.bare(subtotal)), ("Freight", p.bare(freight))]
    if tax:
        money.append(("Sales Tax 8.25%", p.bare(tax)))
    money.append(("TOTAL", p.total(total)))
    blocks: list[Block] = [
        ("lines", [buyer, "Purchasing Department", "1200 Tenth Street, Modesto, CA 95354"]),
        ("title", "PURCHASE ORDER"),
        ("table", [[a for a, _ in grid], [b for _, b in grid]]),
        beside(
            ["VENDOR:", supplier, "4870 Commerce Way", "Sacramento, CA 95834"],
            ["SHIP TO:", "Central Warehouse, Dock 4", "1200 Tenth Street", "Modesto, CA 95354"],
        ),
        (
            "para",
            f"Required by: {p.date(issued + dt.timedelta(days=rng.randint(7, 21)))}. "
            "Show the P.O. number on all invoices, packing slips and correspondence.",
        ),
        ("table", table),
        sums(rng, money),
        ("lines", [f"Authorized by: {signer}", "Purchasing Agent", "Page 1 of 1"]),
    ]
    return blocks, p.w


def statement_of_account(rng: random.Random) -> tuple[list[Block], Writer]:
    """A wholesaler's statement of account: statement date, the customer's account number
    (and a statement number or none), invoices, credit notes and payments with a running
    balance, an ageing band, and the amount due with its date or none."""
    p = Paper(rng, rng.choice(("us", "uk")))
    issued = someday(rng)
    supplier = p.firm(
        rng.choice(("Northgate Building Supplies Ltd", "Redfern Auto Parts Inc.")), vendor=True
    )
    customer = p.firm(rng.choice(("Ashby & Cole Joiners Ltd", "Quarry Lane Motors LLC")))
    account = f"{customer.split()[0][:3].upper()}{digits(rng, 4)}"
    own = rng.random() < 0.5
    number = p.number(f"S{digits(rng, 6)}" if own else account)
    opening = round(rng.uniform(200, 900), 2)
    balance = opening
    table = [["Date", "Reference", "Details", "Debit", "Credit", "Balance"]]
    table.append(
        [p.date(issued.replace(day=1)), "", "Balance brought forward", "", "", p.bare(opening)]
    )
    day = issued.replace(day=2)
    for _ in range(rng.randint(3, 5)):
        day += dt.timedelta(days=rng.randint(1, 5))
        kind = rng.choice(("INV", "INV", "INV", "CRN", "PMT"))
        amount = round(rng.uniform(40, 1400), 2)
        if kind != "INV":  # a payment or a credit takes off part of what is owed
            amount = round(balance * rng.uniform(0.2, 0.8), 2)
        ref = "" if kind == "PMT" else f"{kind}{digits(rng, 5)}"
        details = {"INV": "Invoice", "CRN": "Credit note", "PMT": "Payment - thank you"}[kind]
        debit = kind == "INV"
        balance = round(balance + (amount if debit else -amount), 2)
        p.item(f"{details} {ref}".strip(), None, None, amount)
        table.append(
            [
                p.date(day),
                ref,
                f"{details} {ref}".strip(),
                p.bare(amount) if debit else "",
                "" if debit else p.bare(amount),
                p.bare(balance),
            ]
        )
    head = [f"Statement date: {p.date(issued, 'issue')}", f"Account No: {account}"]
    if own:
        head.insert(0, f"Statement No: {number}")
    else:
        head[1] = f"Account No: {number}"
    pay = issued + dt.timedelta(days=rng.choice((10, 15, 20)))
    due_line = (
        f"Please remit the amount due by {p.date(pay, 'due')}."
        if rng.random() < 0.5
        else "Payment terms: 30 days end of month."
    )
    current = round(balance * 0.6, 2)
    blocks: list[Block] = [
        ("lines", [supplier, "Unit 12, Riverside Park", f"Accounts: 0161 496 {digits(rng, 4)}"]),
        ("title", "STATEMENT OF ACCOUNT"),
        beside([customer, "Accounts Payable", "7 Mill Street"], head),
        ("table", table),
        (
            "table",
            [
                ["Current", "30 days", "60 days", "90+ days"],
                [p.bare(current), p.bare(round(balance - current, 2)), "0.00", "0.00"],
            ],
        ),
        ("kv", [("Amount due", p.total(balance))]),
        ("para", due_line),
        (
            "lines",
            [
                "Please detach and return with your payment",
                f"Account {account}",
                f"Amount due {p.money(balance)}",
                "Amount paid ____________",
            ],
        ),
    ]
    return blocks, p.w


def offene_posten(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German supplier's Kontoauszug of open items, numbered in its title ("Kontoauszug Nr.
    7 vom ..."), the Debitorennummer and the Buchungsdatum beside it, each invoice's date,
    number and Fälligkeit, and the Saldo zu Ihren Lasten."""
    p = Paper(rng, "de")
    issued = someday(rng)
    supplier = p.firm(
        rng.choice(("Baustoffhandel Overmeyer GmbH", "Getränke Lenz GmbH & Co. KG")), vendor=True
    )
    customer = p.firm(rng.choice(("Dachdeckerei Pohl GmbH", "Gasthaus Zur Linde GbR")))
    number = p.number(str(rng.randint(2, 24)))
    table = [["Belegdatum", "Beleg-Nr.", "Fällig am", "Betrag", "Saldo"]]
    balance = 0.0
    day = issued - dt.timedelta(days=70)
    for _ in range(rng.randint(3, 5)):
        day += dt.timedelta(days=rng.randint(5, 15))
        amount = round(rng.uniform(90, 2400), 2)
        if rng.random() < 0.2:
            amount = -round(amount / 4, 2)
        balance = round(balance + amount, 2)
        ref = f"{'GS' if amount < 0 else 'RE'}{digits(rng, 6)}"
        p.item(ref, None, None, amount)
        table.append(
            [p.date(day), ref, p.date(day + dt.timedelta(days=30)), p.bare(amount), p.bare(balance)]
        )
    blocks: list[Block] = [
        ("lines", [supplier, "Hafenstraße 3, 49090 Osnabrück"]),
        ("lines", [customer, "Buchhaltung", "Lotter Straße 55", "49078 Osnabrück"]),
        ("title", f"Kontoauszug Nr. {number} vom {p.date(issued, 'issue')}"),
        (
            "kv",
            [
                ("Debitorennummer", digits(rng, 5)),
                ("Buchungsdatum bis", p.date(issued)),
                ("Seite", "1 von 1"),
            ],
        ),
        (
            "para",
            "Sehr geehrte Damen und Herren, nach unserer Buchhaltung sind folgende Posten offen:",
        ),
        ("table", table),
        ("kv", [("Saldo zu Ihren Lasten", p.total(balance))]),
        (
            "para",
            "Bitte prüfen Sie den Auszug. Haben Sie zwischenzeitlich gezahlt, betrachten "
            "Sie dieses Schreiben als gegenstandslos.",
        ),
    ]
    return blocks, p.w


__all__ = ["bestellung_sap", "offene_posten", "purchase_order_us", "statement_of_account"]
