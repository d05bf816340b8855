"""Web pages, Markdown exports and billing mails of :mod:`testbed.evaluation.variety_formats`:
a hosted invoice page ("Invoice ID", "Payment due", net terms or a printed due date), a payment
receipt page, a freelancer's invoice kept in a note app, a purchase order on a team wiki or
mailed by the buyer, a utility's e-bill, a quote and a credit note. The names are this
module's own.
"""

# ruff: noqa: RUF001 - documents print en dashes and multiplication signs

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block
from testbed.evaluation.truth import unmark
from testbed.evaluation.variety_formats_style import LOCALES, Kit, code, qty_text, someday

_STUDIOS = ("Halvorsen Web Studio", "Marigold Copywriting", "Ostrander Design Co", "Finch & Ferro")
_CLIENTS = ("Tessellate Robotics", "Carrow Veterinary Group", "Mistral Bakehouse", "Hollin Estates")
_PEOPLE = ("Juno Okonkwo", "Pieter Jansma", "Clara Wexford", "Tomás Ibarra", "Elin Sandvik")
_WORK = (
    ("Website maintenance", 65.0),
    ("Landing page copy", 80.0),
    ("Logo refinements", 70.0),
    ("Newsletter template", 55.0),
    ("Photo retouching", 45.0),
    ("Hosting (annual)", 120.0),
)
_PARTS = (
    ("Hex bolt M8x40 (box of 100)", 18.4),
    ("Cable ties 300mm black", 6.9),
    ("Safety gloves size L", 4.25),
    ("Pallet wrap 500mm", 21.0),
    ("Label printer rolls", 12.6),
    ("Copy paper A4 80g (box)", 27.5),
)


def _rows(
    k: Kit, rng: random.Random, goods: tuple[tuple[str, float], ...], hours: bool
) -> list[list[str]]:
    table = [
        ["Description", "Hours" if hours else "Qty", "Rate" if hours else "Unit price", "Amount"]
    ]
    for name, price in rng.sample(goods, rng.randint(2, 4)):
        qty = rng.choice((1.5, 2, 3, 4.5, 6)) if hours else rng.choice((1, 2, 5, 10, 12))
        amount = round(qty * price, 2)
        table.append([name, qty_text(qty), k.money(price), k.money(amount)])
        k.item(name, qty, price, amount)
    return table


def _sum(k: Kit) -> float:
    return round(sum(item.amount for item in k.writer.line_items), 2)


def hosted_invoice(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """An invoicing tool's hosted page: "Invoice ID", "Issued", "Payment due" in a band (or
    the terms alone: "Net 30" gives the due date, "Due on receipt" none)."""
    k = Kit(rng, LOCALES[rng.choice(("us", "ca", "uk", "ie"))])
    studio, client = rng.choice(_STUDIOS), rng.choice(_CLIENTS)
    issued = someday(rng)
    pattern = rng.choice(("INV-0999", "9999", "#0099"))
    number = code(rng, pattern.lstrip("#"))
    terms = rng.choice(("printed", "net", "receipt"))
    days = rng.choice((14, 30, 45))
    blocks: list[Block] = [
        ("title", k.vendor(studio)),
        ("lines", ["Invoice", "hello@" + studio.split()[0].lower() + ".example"]),
    ]
    band = [
        ("Invoice ID", "#" * pattern.startswith("#") + k.number(number)),
        ("Issued", k.day(issued, "issue", rng.choice(("short", "numeric")))),
    ]
    if terms == "printed":
        band.append(("Payment due", k.day(issued + dt.timedelta(days=days), "due", "short")))
    elif terms == "net":
        band.append(("Terms", k.terms_due(issued + dt.timedelta(days=days), f"Net {days}")))
    else:
        band.append(("Terms", "Due on receipt"))
    blocks += [("kv_below", band), ("columns", [("Bill to", "From"), (k.org(client), studio)])]
    blocks.append(("table", _rows(k, rng, _WORK, hours=True)))
    net = _sum(k)
    tax = round(net * (0.13 if k.loc.name == "ca" else 0.0), 2)
    totals = [("Subtotal", k.money(net))]
    if tax:
        totals.append(("HST 13%", k.money(tax)))
    totals += [
        ("Total", k.total(round(net + tax, 2))),
        ("Amount due", k.money(round(net + tax, 2))),
    ]
    blocks += [
        ("kv", totals),
        ("para", "Pay online with card or bank transfer. Thank you for your business!"),
    ]
    return blocks, k


def receipt_page(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """A payment processor's receipt page for a merchant: "Receipt #1843-2290", "Amount paid",
    "Date paid", the card's brand and last digits, the merchant as the vendor."""
    k = Kit(rng, LOCALES[rng.choice(("us", "uk", "ie"))])
    merchant = rng.choice(("Copperline Yoga", "Greystoke Piano Lessons", "Riverbend Pottery"))
    paid = someday(rng)
    number = code(rng, "9999-9999")
    label = rng.choice(("Monthly membership", "Block of 4 lessons", "Wheel class – 6 weeks"))
    amount = round(rng.uniform(35, 240), 0)
    blocks: list[Block] = [
        ("title", f"Receipt from {k.vendor(merchant)}"),
        ("para", f"Receipt #{k.number(number)}"),
        (
            "kv_below",
            [
                ("Amount paid", k.total(amount)),
                ("Date paid", k.day(paid, "issue", "short")),
                ("Payment method", f"Visa – {rng.randint(1000, 9999)}"),
            ],
        ),
        ("heading", "Summary"),
        ("table", [["Item", "Qty", "Amount"], [label, "1", k.money(amount)]]),
        ("kv", [("Amount charged", k.money(amount))]),
        (
            "para",
            f"If you have any questions, contact {merchant} at "
            f"+44 20 7946 0{rng.randint(100, 999)}.",
        ),
    ]
    k.item(label, 1, None, amount)
    return blocks, k


def notes_invoice(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """A freelancer's invoice kept in a note app and exported as Markdown: properties first,
    the hours in a pipe table, the total in bold, terms in days ("payable within 14 days")."""
    place = rng.choice(("de", "nl", "uk", "at"))
    k = Kit(rng, LOCALES[place])
    me, client = k.person(rng.choice(_PEOPLE)), k.org(rng.choice(_CLIENTS))
    k.writer.vendor = me
    issued = someday(rng)
    number = code(rng, rng.choice(("2026-099", "RE-99", "F2026-0099")))
    days = rng.choice((14, 30))
    de = k.loc.lang == "de"
    nl = k.loc.lang == "nl"
    head = [
        ("Rechnungsnummer" if de else "Factuurnummer" if nl else "Invoice No", k.number(number)),
        (
            "Datum" if de else "Factuurdatum" if nl else "Date",
            k.day(issued, "issue", rng.choice(("iso", "numeric", "long"))),
        ),
        ("Kunde" if de else "Klant" if nl else "Client", client),
        ("Status", "Offen" if de else "Open" if nl else "Unpaid"),
    ]
    blocks: list[Block] = [
        ("kv", head),
        ("title", "Rechnung" if de else "Factuur" if nl else "Invoice"),
        ("lines", [k.writer.key("vendor", me), "Freelance design & copy"]),
    ]
    blocks.append(("table", _rows(k, rng, _WORK, hours=True)))
    net = _sum(k)
    vat = round(net * (0.19 if place == "de" else 0.2 if place in ("uk", "at") else 0.21), 2)
    total = round(net + vat, 2)
    label = "Gesamtbetrag" if de else "Totaal" if nl else "Total due"
    blocks.append(
        (
            "kv",
            [
                ("Netto" if de else "Subtotaal" if nl else "Net", k.money(net)),
                ("USt." if de else "Btw" if nl else "VAT", k.money(vat)),
                (label, k.total(total)),
            ],
        )
    )
    due = issued + dt.timedelta(days=days)
    if rng.random() < 0.5:
        text = {
            "de": f"Zahlbar innerhalb von {days} Tagen ohne Abzug.",
            "nl": f"Gelieve binnen {days} dagen te betalen.",
            "en": f"Payable within {days} days.",
        }[k.loc.lang]
        blocks.append(("para", k.terms_due(due, text)))
    else:
        word = {"de": "Fällig am", "nl": "Vervaldatum", "en": "Due date"}[k.loc.lang]
        blocks.append(("para", f"{word}: {k.day(due, 'due', 'numeric')}"))
    return blocks, k


def wiki_po(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """A purchase order kept on a team wiki: the order number in the page title, the supplier
    under "Vendor", a required-by date that is no due date, items with unit prices."""
    k = Kit(rng, LOCALES[rng.choice(("us", "uk", "ch"))])
    buyer, supplier = rng.choice(_CLIENTS), rng.choice(("Dunmore Fasteners", "Ketterby Supplies"))
    number = code(rng, rng.choice(("PO-99999", "4500099999")))
    ordered = someday(rng)
    blocks: list[Block] = [
        ("title", f"Purchase Order {k.number(number)}"),
        (
            "kv",
            [
                ("Buyer", k.org(buyer)),
                ("Vendor", k.vendor(supplier)),
                ("Order date", k.day(ordered, "issue", "iso")),
                ("Required by", k.day(ordered + dt.timedelta(days=21), None, "iso")),
                ("Requested by", k.person(rng.choice(_PEOPLE))),
            ],
        ),
    ]
    blocks += [("heading", "Items"), ("table", _rows(k, rng, _PARTS, hours=False))]
    blocks += [
        ("kv", [("Total", k.total(_sum(k)))]),
        ("para", "Approved in the procurement channel. Deliver to Goods In, Gate 2."),
    ]
    return blocks, k


def utility_ebill(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """A utility's e-bill mail: the account number beside the bill's own number (or none), the
    amount due and the day it is debited or due, in a sentence or a box."""
    k = Kit(rng, LOCALES[rng.choice(("uk", "us", "ie"))])
    utility = rng.choice(("Severn Vale Water", "Brightside Energy"))
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((14, 21)))
    amount = round(rng.uniform(38, 190), 2)
    person = k.person(rng.choice(_PEOPLE))
    account = code(rng, "99999 99999")
    blocks: list[Block] = []
    if fmt == "eml":
        blocks.append(
            _mail_head(k.vendor(utility), "ebilling", person, "Your new bill is ready to view")
        )
    blocks += [
        ("title", k.vendor(utility)),
        ("para", f"Dear {person},"),
        (
            "para",
            f"Your latest bill, dated {k.day(issued, 'issue', 'long')}, is now available in "
            "your online account.",
        ),
    ]
    details = [("Account number", account)]
    if rng.random() < 0.6:
        details.append(("Bill number", k.number(code(rng, "B99999999"))))
    details.append(("Amount due", k.total(amount)))
    blocks.append(("kv", details))
    if rng.random() < 0.5:
        blocks.append(
            (
                "para",
                f"As you pay by Direct Debit, we will collect {k.money(amount)} on or after "
                f"{k.day(due, 'due', 'long')}.",
            )
        )
    else:
        blocks.append(("kv", [("Please pay by", k.day(due, "due", "long"))]))
    blocks.append(("para", "Please don't reply to this email. This mailbox is not monitored."))
    return blocks, k


def _mail_head(sender: str, box: str, to: str, subject: str) -> Block:
    domain = "".join(ch for ch in unmark(sender).lower() if ch.isalnum())[:16]
    return (
        "kv",
        [
            ("From", f"{sender} <{box}@{domain}.example>"),
            ("To", f"{to} <{to.split(maxsplit=1)[0].lower()}@inbox.example>"),
            ("Subject", subject),
        ],
    )


def po_mail(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """A buyer's purchase order in the body of a mail to the supplier: the number in the
    subject and the body, the supplier (the vendor) addressed, a delivery date with no role."""
    k = Kit(rng, LOCALES[rng.choice(("uk", "us", "de"))])
    buyer, supplier = rng.choice(_CLIENTS), rng.choice(("Dunmore Fasteners", "Ketterby Supplies"))
    clerk = k.person(rng.choice(_PEOPLE))
    number = code(rng, "PO99999")
    ordered = someday(rng)
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", f"{clerk} <purchasing@{buyer.split()[0].lower()}.example>"),
                ("To", f"Sales <sales@{supplier.split()[0].lower()}.example>"),
                ("Subject", f"Purchase order {k.number(number)} from {k.org(buyer)}"),
            ],
        )
    ]
    blocks += [
        ("para", f"Hello {k.vendor(supplier)} team,"),
        (
            "para",
            f"Please supply the items below against our purchase order {number} dated "
            f"{k.day(ordered, 'issue', 'long')}. Delivery is required by "
            f"{k.day(ordered + dt.timedelta(days=10), None, 'long')}.",
        ),
        ("table", _rows(k, rng, _PARTS, hours=False)),
        ("kv", [("Order total (excl. VAT)", k.total(_sum(k)))]),
        ("para", "Please quote the PO number on your invoice and delivery note."),
        ("lines", ["Kind regards,", clerk, f"Purchasing, {buyer}"]),
    ]
    return blocks, k


def quote_mail(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """A tradesman's quote: its number, its date, "valid until" (no due date) and the total."""
    k = Kit(rng, LOCALES[rng.choice(("uk", "ie", "us"))])
    trade = rng.choice(("Ashgrove Plumbing & Heating", "Kilbride Roofing"))
    client = k.person(rng.choice(_PEOPLE))
    issued = someday(rng)
    number = code(rng, "Q-9999")
    blocks: list[Block] = []
    if fmt == "eml":
        blocks.append(_mail_head(k.vendor(trade), "office", client, f"Quote {k.number(number)}"))
    blocks += [
        ("title", f"Quote {k.number(number)}"),
        ("lines", [k.vendor(trade), "Unit 4, Millbrook Yard"]),
        (
            "kv",
            [
                ("Quote date", k.day(issued, "issue", "numeric")),
                ("Valid until", k.day(issued + dt.timedelta(days=30), None, "numeric")),
                ("Prepared for", client),
            ],
        ),
    ]
    work = (
        ("Replace combi boiler", 1850.0),
        ("Magnetic filter", 145.0),
        ("Flush and refill system", 220.0),
        ("Ridge tile repointing", 480.0),
        ("Scaffold hire (1 week)", 390.0),
    )
    table = [["Description", "Amount"]]
    for name, price in rng.sample(work, 3):
        table.append([name, k.money(price)])
        k.item(name, None, None, price)
    blocks += [
        ("table", table),
        ("kv", [("Total", k.total(_sum(k)))]),
        ("para", "To accept, simply reply to this email."),
    ]
    return blocks, k


def credit_note(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """A credit note: its own number, the invoice it credits (never its number), the amount
    credited as its total."""
    k = Kit(rng, LOCALES[rng.choice(("uk", "de", "us"))])
    studio, client = rng.choice(_STUDIOS), rng.choice(_CLIENTS)
    issued = someday(rng)
    number, original = code(rng, "CN-2026-099"), code(rng, "INV-2026-0999")
    blocks: list[Block] = []
    if fmt == "eml":
        blocks.append(
            _mail_head(
                k.vendor(studio),
                "accounts",
                k.person(rng.choice(_PEOPLE)),
                f"Credit note {k.number(number)}",
            )
        )
    blocks += [
        ("title", k.vendor(studio)),
        ("heading", "Credit note"),
        (
            "kv",
            [
                ("Credit note no.", k.number(number)),
                ("Date", k.day(issued, "issue", "long")),
                ("Original invoice", original),
                ("Customer", k.org(client)),
            ],
        ),
    ]
    name, price = rng.choice(_WORK)
    blocks += [
        (
            "table",
            [
                ["Description", "Qty", "Unit price", "Amount"],
                [f"{name} – refund", "1", k.money(price), k.money(price)],
            ],
        ),
        ("kv", [("Total credit", k.total(price))]),
        ("para", "This amount will be offset against your next invoice or refunded on request."),
    ]
    k.item(f"{name} – refund", 1, price, price)
    return blocks, k
