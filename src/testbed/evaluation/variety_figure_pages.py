"""Key-figure documents laid out in columns and over pages (:mod:`variety_figures`): an
invoice whose running sum is carried forward to its second page, a cloud-accounting invoice
with each detail under its label in the right-hand column beside the address, a card
statement with two-digit years, an insurance schedule with its period of cover, a French
invoice dated in its title, a German bank statement and a scanned purchase order."""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.figure_locale import Money, Sheet, numeric, spelled

_PARTS = (
    ("Brass gate valve DN25", 38.4), ("PVC conduit 20mm (3m)", 4.15), ("Cable gland M20", 1.9),
    ("Junction box IP65", 12.75), ("Circuit breaker 16A", 9.6), ("Earth rod 1.2m", 22.0),
    ("Site visit and testing", 145.0), ("Distribution board 12-way", 118.0),
)  # fmt: skip


def _day(rng: random.Random) -> dt.date:
    return dt.date(2025, 4, 1) + dt.timedelta(days=rng.randrange(0, 560))


def weekday_letter(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A letter dated with its weekday after the place, references above the salutation."""
    s = Sheet(Writer(rng, currency="GBP"), Money("GBP", "£{n}"))
    written = _day(rng)
    sender = s.w.org(("Ashworth Kerr Solicitors", "LLP"))
    author = s.w.person("Imogen Ashworth")
    recipient = s.w.person("Callum Fairbairn")
    date = f"Leeds, {s.day(written, 'issue', spelled(written, 'en', weekday=True))}"
    ours = s.w.own_number(f"IA/{rng.randint(1000, 9999)}/{written.year % 100}")
    blocks: list[Block] = [
        ("lines", [sender, "3 Park Square East, Leeds LS1 2NE"]),
        ("lines", [recipient, "14 Moor Lane", "Ilkley LS29 9DP"]),
        ("lines", [date]),
        (
            "lines",
            [f"Our ref.: {ours}", "Your ref.: CF"],
        ),
        ("lines", ["Dear Mr Fairbairn,"]),
        (
            "para",
            "We enclose our account for the conveyancing of 14 Moor Lane, which totals "
            f"{s.money(1450.0)} including VAT. Completion took place on "
            f"{numeric(written - dt.timedelta(days=12), 'abbr')}.",
        ),
        ("lines", ["Yours sincerely,", author]),
    ]
    return "docx", blocks, s.w


def carried_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A two-page invoice: the running sum "carried forward" at the foot of page one and
    "brought forward" at the head of page two, the total at the end."""
    s = Sheet(Writer(rng, currency="USD"), Money("USD", "${n}"))
    issued = _day(rng)
    vendor = s.vendor(("Northgate Electrical Contractors", "Inc."))
    customer = s.w.org(("Lakeside Medical Center", "Inc."))
    header = ["Description", "Qty", "Unit Price", "Amount"]
    rows: list[list[str]] = []
    running = 0.0
    for name, price in _PARTS:
        qty = rng.randint(1, 12)
        running = round(running + qty * price, 2)
        rows.append([name, str(qty), f"{price:,.2f}", f"{qty * price:,.2f}"])
        s.item(name, qty, price, qty * price)
    carried = round(sum(float(r[3].replace(",", "")) for r in rows[:5]), 2)
    blocks: list[Block] = [
        ("lines", [vendor, "1450 Industrial Pkwy, Cleveland, OH 44135"]),
        ("title", "INVOICE"),
        (
            "kv",
            [
                ("Invoice #", s.number(f"NEC-{rng.randint(20000, 29999)}")),
                ("Invoice date", s.day(issued, "issue", numeric(issued, "us_ord"))),
                ("Terms", "Net 45"),
            ],
        ),
        ("lines", ["Bill to:", customer]),
        ("table", [header, *rows[:5]]),
        ("columns", [("Balance carried forward", s.money(carried))]),
        ("break", None),
        ("lines", [f"Invoice {s.w.number} (continued)"]),
        ("columns", [("Balance brought forward", s.money(carried))]),
        ("table", [header, *rows[5:]]),
        ("columns", [("Total", s.total(running))]),
    ]
    return "pdf", blocks, s.w


def xero_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A cloud-accounting invoice: the address on the left, each detail's label above its
    value on the right, "Amount Due NZD" over the total."""
    s = Sheet(Writer(rng, currency="USD"), Money("NZD", "{n}"))
    s.w.currency = "NZD"
    issued = _day(rng)
    due = issued + dt.timedelta(days=20)
    vendor = s.vendor(("Kowhai Web Studio", "Limited"))
    customer = s.w.org(("Tasman Kayak Tours", "Ltd"))
    hours = rng.randint(6, 30)
    amount = hours * 135.0
    s.item("Website maintenance (hours)", hours, 135.0, amount)
    gst = round(amount * 0.15, 2)
    blocks: list[Block] = [
        ("title", "TAX INVOICE"),
        (
            "columns",
            [
                (customer, "Invoice Date"),
                ("12 Harbour Road", s.day(issued, "issue", numeric(issued, "abbr"))),
                ("Nelson 7010", "Invoice Number"),
                ("", s.number(f"INV-{rng.randint(1000, 4999)}")),
                ("", "GST Number"),
                ("", f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}"),
            ],
        ),
        ("lines", [vendor, "Level 2, 40 Trafalgar Street, Nelson 7010"]),
        (
            "table",
            [
                ["Description", "Quantity", "Unit Price", "Amount NZD"],
                ["Website maintenance (hours)", f"{hours}.00", "135.00", f"{amount:,.2f}"],
            ],
        ),
        (
            "columns",
            [
                ("Subtotal", f"{amount:,.2f}"),
                ("TOTAL GST 15%", f"{gst:,.2f}"),
                ("Amount Due NZD", s.total(round(amount + gst, 2), mark=False)),
            ],
        ),
        ("para", f"Due Date: {s.day(due, 'due', numeric(due, 'abbr'))}"),
    ]
    s.w.amounts.append((round(amount + gst, 2), "NZD"))  # "NZD  3,570.75": the code tags it
    return "pdf", blocks, s.w


def card_statement_yy(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A card statement with month-first two-digit years ("11/05/26"), as US issuers print
    their summary box."""
    s = Sheet(Writer(rng, currency="USD"), Money("USD", "${n}"))
    closing = _day(rng)
    due = closing + dt.timedelta(days=25)
    s.w.plain_org("Summit Rewards Visa")
    holder = s.w.person("Priscilla Amankwah")
    opening = closing - dt.timedelta(days=30)

    def yy(day: dt.date) -> str:
        return f"{day.month:02d}/{day.day:02d}/{day.year % 100:02d}"

    balance = round(rng.uniform(300, 2500), 2)
    blocks: list[Block] = [
        ("title", "Summit Rewards Visa"),
        ("lines", [holder, "88 Juniper Way, Reno, NV 89502"]),
        ("heading", "ACCOUNT SUMMARY"),
        (
            "columns",
            [
                ("Account Number", s.number(f"XXXX XXXX XXXX {rng.randint(1000, 9999)}")),
                ("Opening/Closing Date", f"{yy(opening)} - {s.day(closing, 'issue', yy(closing))}"),
                ("New Balance", s.total(balance)),
                ("Minimum Payment Due", s.money(40.0)),
                ("Payment Due Date", s.day(due, "due", yy(due))),
            ],
        ),
    ]
    return "txt", blocks, s.w


def insurance_schedule(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """An insurance policy schedule: the policy number, the period of cover "from ... to
    ...", the premium."""
    s = Sheet(Writer(rng, currency="GBP"), Money("GBP", "£{n}"))
    start = dt.date(_day(rng).year + 1, rng.randint(1, 12), 1)
    end = dt.date(start.year + 1, start.month, 1) - dt.timedelta(days=1)
    insurer = s.w.org(("Ravensworth Mutual Insurance", "plc"))
    insured = s.w.org(("Harrogate Bike Works", "Ltd"))
    blocks: list[Block] = [
        ("title", "Commercial Combined Policy - Schedule"),
        (
            "kv",
            [
                ("Insurer", insurer),
                ("Policy number", s.number(f"CC/{rng.randint(100000, 999999)}")),
                ("Insured", insured),
                (
                    "Period of insurance",
                    f"from {s.day(start, 'effective', spelled(start, 'en'))} to "
                    f"{s.day(end, 'end', spelled(end, 'en'))} (both days inclusive)",
                ),
                ("Annual premium", f"{s.money(1840.5)} including Insurance Premium Tax"),
            ],
        ),
        (
            "para",
            "This policy schedule forms part of the contract of insurance between the "
            "Insurer and the Insured and shall be read together with the policy wording.",
        ),
    ]
    return "docx", blocks, s.w


def facture_du(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A French invoice dated in its title ("Facture n° ... du 5 décembre 2026"), "Total HT"
    before "Total TTC", a due date in words."""
    s = Sheet(Writer(rng, currency="EUR", european=True), Money("EUR", "{n} €", ",", " "))
    issued = _day(rng)
    due = issued + dt.timedelta(days=45)
    vendor = s.vendor(("Imprimerie Lavoisier", "SAS"))
    customer = s.w.plain_org("Mairie de Villeurbanne")
    rows = [["Désignation", "Qté", "P.U. HT", "Montant HT"]]
    net = 0.0
    for name, price in (("Affiches A2 quadri", 1.85), ("Dépliants 3 volets", 0.42)):
        qty = rng.choice((250, 500, 1000))
        net = round(net + qty * price, 2)
        rows.append([name, str(qty), s.money(price, mark=False), s.money(qty * price, mark=False)])
        s.item(name, qty, price, qty * price)
    tva = round(net * 0.2, 2)
    number = f"FA{issued.year}-{rng.randint(1000, 9999)}"
    blocks: list[Block] = [
        ("lines", [vendor, "27 rue Lavoisier, 69003 Lyon", "SIRET 512 345 678 00021"]),
        ("lines", ["Client :", customer, "Place Lazare-Goujon, 69100 Villeurbanne"]),
        (
            "title",
            f"Facture n° {s.number(number)} du {s.day(issued, 'issue', spelled(issued, 'fr'))}",
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Total HT", s.money(net)),
                ("TVA 20 %", s.money(tva)),
                ("Total TTC", s.total(round(net + tva, 2))),
                ("Date d'échéance", s.day(due, "due", spelled(due, "fr"))),
            ],
        ),
    ]
    return "txt", blocks, s.w


def scanned_po(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A scanned purchase order: "P.O. No.", "Delivery Date", "Total Order Value"."""
    s = Sheet(Writer(rng, currency="USD"), Money("USD", "USD {n}"))
    ordered = _day(rng)
    delivery = ordered + dt.timedelta(days=rng.randint(10, 30))
    s.w.org(("Cascade Dental Group", "PLLC"))
    supplier = s.vendor(("Pacific Dental Supply", "Co."))
    rows = [["Item", "Qty", "Unit", "Amount"]]
    total = 0.0
    for name, price in (("Nitrile gloves (box)", 8.9), ("Prophy paste (jar)", 21.5)):
        qty = rng.randint(10, 40)
        total = round(total + qty * price, 2)
        rows.append([name, str(qty), f"{price:.2f}", f"{qty * price:,.2f}"])
        s.item(name, qty, price, qty * price)
    blocks: list[Block] = [
        ("lines", ["Cascade Dental Group PLLC", "415 Pine St, Spokane, WA 99201"]),
        ("title", "PURCHASE ORDER"),
        (
            "kv",
            [
                ("P.O. No.", s.number(f"{rng.randint(24000, 24999)}")),
                ("Order Date", s.day(ordered, "issue", numeric(ordered, "us"))),
                ("Delivery Date", s.day(delivery, "due", numeric(delivery, "us"))),
                ("Supplier", supplier),
            ],
        ),
        ("table", rows),
        ("columns", [("Total Order Value", s.total(total))]),
    ]
    return "png", blocks, s.w


__all__ = [
    "card_statement_yy",
    "carried_invoice",
    "facture_du",
    "insurance_schedule",
    "scanned_po",
    "weekday_letter",
    "xero_invoice",
]  # fmt: skip
