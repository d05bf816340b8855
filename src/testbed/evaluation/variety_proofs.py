"""Proofs of payment of the development set that are not shop slips: a rent receipt, a
charity's donation receipt, a supplier's payment confirmation e-mail and an Australian till
receipt headed "TAX INVOICE". Each is a receipt because money was received, whatever its title
says; labelled by the generator as printed (:mod:`testbed.evaluation.commerce_style`).
"""

from __future__ import annotations

import random

from testbed.evaluation.commerce_style import Printer, pick_style
from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_receipts import card, day_in_range


def rent_receipt(rng: random.Random) -> tuple[list[Block], Writer]:
    """A landlord's handwritten-style rent receipt: received from, the sum of, for the
    period; no items."""
    p = Printer(rng, pick_style(rng, ("uk", "ie", "us", "au")))
    w = p.w
    tenant = w.person(rng.choice(("Ayesha Karim", "Colm Brennan", "Patrick Oyelaran")))
    landlord = w.person(rng.choice(("Gwen Tudor", "Harold Finch", "Miriam Osei")))
    w.number = f"{rng.randint(10, 999)}"
    day = day_in_range(rng)
    amount = float(rng.choice((650, 875, 1200, 1450)))
    blocks: list[Block] = [
        ("title", rng.choice(("Rent Receipt", "RENT RECEIVED", "Rent payment"))),
        ("kv", [("No.", w.key("documentNumber", w.number)), ("Date", p.day(day, "issue"))]),
        (
            "para",
            f"Received from {tenant} the sum of {p.total(amount)} being rent for "
            f"14 Alder Court for the month of {day.strftime('%B %Y')}.",
        ),
        (
            "kv",
            [
                ("Paid by", rng.choice(("bank transfer", "cash", "cheque"))),
                ("Received by", landlord),
            ],
        ),
    ]
    w.line_items = []
    return blocks, w


def donation(rng: random.Random) -> tuple[list[Block], Writer]:
    """A charity's donation acknowledgement: gift amount, date, charity number."""
    p = Printer(rng, pick_style(rng, ("uk", "us", "ca", "de")))
    w = p.w
    charity = rng.choice((("Riverbend Food Bank", ""), ("Friends of Hallam Woods", "CIO")))
    name = w.org(charity) if charity[1] else w.plain_org(charity[0])
    donor = w.person(rng.choice(("Lorna Pettigrew", "Dev Malhotra", "Agnieszka Lis")))
    w.vendor = f"{charity[0]} {charity[1]}".strip()  # the receipt's issuer
    w.number = f"D-{rng.randint(10000, 99999)}"
    day = day_in_range(rng)
    amount = float(rng.choice((25, 50, 100, 250)))
    blocks: list[Block] = [
        (
            "lines",
            [w.key("vendor", name), f"Registered charity no. {rng.randint(1000000, 1199999)}"],
        ),
        ("title", rng.choice(("Donation receipt", "Thank you for your gift", "Official receipt"))),
        (
            "kv",
            [
                ("Receipt no.", w.key("documentNumber", w.number)),
                ("Donor", donor),
                ("Date received", p.day(day, "issue")),
                ("Amount", p.total(amount)),
            ],
        ),
        ("para", "No goods or services were provided in exchange for this contribution."),
    ]
    w.line_items = []
    return blocks, w


def payment_confirmation(rng: random.Random) -> tuple[list[Block], Writer]:
    """A supplier's e-mail confirming a payment received against an invoice: the
    confirmation's own reference is the number; the invoice is only referred to."""
    p = Printer(rng, pick_style(rng, ("us", "uk", "ie", "au")))
    w = p.w
    company = rng.choice((("Cobaltline Networks", "Inc."), ("Tarnwood Joinery", "Ltd")))
    w.vendor = f"{company[0]} {company[1]}".rstrip(".")
    payer = w.person(rng.choice(("Rhys Morgan", "Beatriz Lopes", "Nadia Farouk")))
    w.number = f"PAY-{rng.randint(100000, 999999)}"
    day = day_in_range(rng)
    amount = round(rng.uniform(80, 4000), 2)
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", f"{company[0]} Billing <billing@{company[0].split()[0].lower()}.example>"),
                ("To", f"{payer} <{payer.split()[0].lower()}@client.example>"),
                ("Subject", "Payment confirmation"),
                ("Date", p.day(day, "issue")),
            ],
        ),
        (
            "para",
            f"Dear {payer.split()[0]}, we have received your payment of "
            f"{p.total(amount)} for invoice INV-{rng.randint(1000, 9999)}. Thank you.",
        ),
        (
            "kv",
            [
                ("Payment reference", w.key("documentNumber", w.number)),
                ("Payment method", card(rng)),
                ("Balance remaining", p.money(0.0)),
            ],
        ),
        ("lines", ["Kind regards,", f"Accounts team, {w.key('vendor', w.org(company))}"]),
    ]
    w.line_items = []
    return blocks, w


def gst_till(rng: random.Random) -> tuple[list[Block], Writer]:
    """An Australian-style till receipt headed "TAX INVOICE" with an ABN, GST included and
    an EFTPOS approval: a receipt for money paid, whatever its title says."""
    p = Printer(rng, pick_style(rng, ("au",)))
    w = p.w
    shop = w.plain_org(rng.choice(("Bellbird Hardware", "Wattle Street Pharmacy")))
    w.vendor = shop
    w.number = f"{rng.randint(100000, 999999)}"
    lines = [
        w.key("vendor", shop.upper()),
        f"ABN {rng.randint(10, 99)} 004 085 616",
        "TAX INVOICE",
        f"{p.day(day_in_range(rng), 'issue')} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}",
        f"Receipt {w.key('documentNumber', w.number)}",
    ]
    total = 0.0
    for name, price in rng.sample(
        (
            ("Wood screws 50pk", 7.95),
            ("Masking tape", 4.5),
            ("Paint roller", 12.0),
            ("Sandpaper pack", 6.25),
        ),
        3,
    ):
        lines.append(f"{name}  {p.number(price)}")
        p.item(name, None, None, price)
        total += price
    total = round(total, 2)
    lines += [
        f"TOTAL  {p.total(total)}",
        f"Includes GST  {p.number(round(total / 11, 2))}",
        f"EFTPOS  {p.number(total)}",
        "APPROVED",
        "Thank you, come again",
    ]
    return [("lines", lines)], w


def reminder_letter(rng: random.Random) -> tuple[list[Block], Writer]:
    """A supplier's payment reminder: a letter with "Our ref" and "Your ref" lines, the
    invoice it chases and the sum owed in a sentence. Its number is its own reference ("Our
    ref"); it has no total of its own: "Your ref" and the invoice are other documents'."""
    p = Printer(rng, pick_style(rng, ("uk", "ie", "us")))
    w = p.w
    company = rng.choice((("Quillon Fasteners", "Ltd"), ("Ravelin Office Supplies", "LLC")))
    sender = w.org(company)
    recipient = w.person(rng.choice(("Fiona Lane", "Marcus Webb", "Chidi Obi")))
    author = w.person(rng.choice(("Helen Asquith", "Tom Varga")))
    day = day_in_range(rng)
    owed = round(rng.uniform(300, 9000), 2)
    ours = w.own_number(f"{rng.choice('ABKM')}{rng.choice('ABKM')}/{rng.randint(100, 999)}")
    blocks: list[Block] = [
        ("lines", [sender, "Unit 7, Causeway Park"]),
        (
            "lines",
            [
                f"Our ref: {ours}",
                f"Your ref: PO-{rng.randint(10000, 99999)}",
                p.day(day, "issue"),
            ],
        ),
        ("lines", [recipient, "Parbold Veterinary Group", "12 Mill Lane"]),
        ("lines", [f"Dear {recipient.split()[0]},"]),
        (
            "para",
            f"Our records show that invoice INV-{rng.randint(1000, 9999)} remains unpaid. "
            f"We would be grateful if you could settle the sum of {p.money(owed)} within "
            "fourteen days, or let us know if payment has already been made.",
        ),
        ("lines", ["Yours sincerely,", author, f"Credit control, {sender}"]),
    ]
    w.plain_org("Parbold Veterinary Group")
    w.line_items = []
    return blocks, w


__all__ = ["donation", "gst_till", "payment_confirmation", "reminder_letter", "rent_receipt"]
