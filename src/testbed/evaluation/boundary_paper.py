"""Business papers of the development set's boundary documents: the ones that look like a
receipt or an invoice and are filed as something else, or the other way round.

- an invoice already paid ("PAID", amount paid, balance due 0.00): still an invoice;
- a pro-forma invoice (payment asked in advance): an invoice;
- a credit note (English, German "Gutschrift", French "Avoir", Spanish "Factura
  rectificativa"): filed with the invoices, as the built-in classes say;
- a quotation or estimate, and a delivery note (a packing slip): the built-in classes have no
  name for them, so a reader files them as ``other``;
- a supplier's statement of account (invoices, payments, ageing): a statement;
- a charity's year-end gift acknowledgement written as a letter: a receipt.

Labelled as printed through :class:`~testbed.evaluation.commerce_style.Printer`.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.boundary_words import printer, when
from testbed.evaluation.commerce_style import Printer
from testbed.evaluation.corpus import Block, Writer

_FIRMS = (
    ("Halvorsen Joinery", "AS"),
    ("Tamsin Reed Design", "Ltd"),
    ("Oberlin Elektro", "GmbH"),
    ("Atelier Brissac", "SARL"),
    ("Cobalt Ridge Consulting", "LLC"),
)
_CLIENTS = (
    ("Millbrook Dental", "Ltd"),
    ("Verdant Schools Trust", ""),
    ("Hofmann Bau", "KG"),
    ("Larchmont Realty", "Inc."),
)
_WORK = (
    ("Site survey", 450.0),
    ("Cabinet build, oak", 1850.0),
    ("Installation (hours)", 65.0),
    ("Design revisions", 120.0),
    ("Materials", 312.4),
    ("Cable tray 3 m", 27.5),
)


def _parties(rng: random.Random, p: Printer, *, selling: bool = True) -> tuple[str, str]:
    """The issuing firm and its client, printed and recorded; the firm is the vendor of the
    selling kinds only (a statement's or a quotation's class has no vendor field)."""
    w = p.w
    firm = rng.choice(_FIRMS)
    client = rng.choice(_CLIENTS)
    w.vendor = f"{firm[0]} {firm[1]}".strip().rstrip(".") if selling else None
    return w.org(firm), (w.org(client) if client[1] else w.plain_org(client[0]))


def _items(
    rng: random.Random, p: Printer, heads: list[str], *, priced: bool = True
) -> tuple[list[list[str]], float]:
    rows = [heads]
    net = 0.0
    for name, unit in rng.sample(_WORK, rng.randint(2, 4)):
        qty = rng.choice((1, 2, 3, 8)) if "hours" in name or "tray" in name else 1
        amount = round(qty * unit, 2)
        net += amount
        if priced:
            rows.append([name, str(qty), p.number(unit), p.number(amount)])
            p.item(name, qty, unit, amount)
        else:
            rows.append([name, str(qty), "pcs"])
    return rows, round(net, 2)


def settled_invoice(rng: random.Random) -> tuple[list[Block], Writer]:
    """An invoice marked paid: the bill and the payment that settled it, balance due 0.00."""
    p = printer(rng, rng.choice(("uk", "us", "au")))
    w = p.w
    firm, client = _parties(rng, p)
    w.number = f"{rng.randint(1000, 1999)}"
    issued = when(rng)
    due = issued + dt.timedelta(days=14)
    rows, net = _items(rng, p, ["Description", "Qty", "Rate", "Amount"])
    tax = round(
        net * 0.1 if p.style.name == "au" else net * 0.2 if p.style.name == "uk" else 0.0, 2
    )
    total = round(net + tax, 2)
    blocks: list[Block] = [
        ("columns", [(w.key("vendor", firm), "INVOICE"), ("", "PAID")]),
        (
            "kv",
            [
                ("Bill to", client),
                ("Invoice #", w.key("documentNumber", w.number)),
                ("Date", p.day(issued, "issue")),
                ("Due date", p.day(due, "due")),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Subtotal", p.money(net)),
                ("Tax", p.money(tax)),
                ("Total", p.total(total)),
                (f"Payment on {p.day(due - dt.timedelta(days=3), None)}", p.money(total)),
                ("Balance due", p.money(0.0)),
            ],
        ),
        ("para", "Thank you for your business. This invoice has been paid in full."),
    ]
    return blocks, w


def proforma(rng: random.Random) -> tuple[list[Block], Writer]:
    """A pro-forma invoice: the goods priced, payment asked before delivery, bank details."""
    p = printer(rng, rng.choice(("de", "nl", "uk")))
    w = p.w
    firm, client = _parties(rng, p)
    w.number = f"PF-{rng.randint(2025, 2026)}-{rng.randint(100, 999)}"
    issued = when(rng)
    rows, net = _items(rng, p, ["Item", "Qty", "Unit price", "Net"])
    vat = round(net * (0.19 if p.style.name == "de" else 0.21 if p.style.name == "nl" else 0.2), 2)
    total = round(net + vat, 2)
    blocks: list[Block] = [
        ("lines", [w.key("vendor", firm), "Exportweg 4, 3089 JK Rotterdam"]),
        ("title", rng.choice(("PRO FORMA INVOICE", "Proforma Invoice"))),
        (
            "kv",
            [
                ("Pro forma no.", w.key("documentNumber", w.number)),
                ("Date", p.day(issued, "issue")),
                ("Customer", client),
                ("Valid until", p.day(issued + dt.timedelta(days=30), None)),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Net amount", p.money(net)),
                ("VAT", p.money(vat)),
                ("Total payable", p.total(total)),
            ],
        ),
        (
            "para",
            "Payment in advance. Goods are dispatched once payment is received. "
            f"IBAN NL{rng.randint(10, 99)} RABO 0{rng.randint(10**8, 10**9 - 1)}.",
        ),
    ]
    return blocks, w


def quotation(rng: random.Random) -> tuple[list[Block], Writer]:
    """A quotation or estimate: the work priced, valid for a time, to be accepted; nothing
    is owed, so it is no invoice (the built-in classes have no name for it: ``other``)."""
    lang = rng.choice(("en", "en", "de", "fr"))
    p = printer(rng, {"en": rng.choice(("uk", "us")), "de": "de", "fr": "fr"}[lang])
    w = p.w
    firm, client = _parties(rng, p, selling=False)
    w.number = f"Q-{rng.randint(10000, 99999)}"
    issued = when(rng)
    words = {
        "en": (
            rng.choice(("QUOTATION", "Estimate", "Quote")),
            "Quote number",
            "Date",
            "Prepared for",
            "Valid until",
            "Subtotal",
            "VAT",
            "Total",
            "To accept this quote, sign and return it.",
        ),
        "de": (
            "Angebot",
            "Angebotsnummer",
            "Datum",
            "Kunde",
            "Gültig bis",
            "Zwischensumme",
            "MwSt.",
            "Gesamtbetrag",
            "Wir freuen uns auf Ihren Auftrag.",
        ),
        "fr": (
            "Devis",
            "Devis n°",
            "Date",
            "Client",
            "Valable jusqu'au",
            "Total HT",
            "TVA",
            "Total TTC",
            "Bon pour accord : date et signature.",
        ),
    }[lang]
    rows, net = _items(rng, p, ["Description", "Qty", "Unit price", "Amount"])
    vat = round(net * 0.2, 2)
    total = round(net + vat, 2)
    blocks: list[Block] = [
        ("lines", [firm]),
        ("title", words[0]),
        (
            "kv",
            [
                (words[1], w.key("documentNumber", w.number)),
                (words[2], p.day(issued, "issue")),
                (words[3], client),
                (words[4], p.day(issued + dt.timedelta(days=30), None)),
            ],
        ),
        ("table", rows),
        ("kv", [(words[5], p.money(net)), (words[6], p.money(vat)), (words[7], p.total(total))]),
        ("para", words[8]),
    ]
    w.line_items = []
    return blocks, w


def delivery_note(rng: random.Random) -> tuple[list[Block], Writer]:
    """A delivery note (packing slip): what was shipped, counts and no prices, a signature
    line for the goods received (``other``: no built-in class names it)."""
    lang = rng.choice(("en", "de"))
    p = printer(rng, "uk" if lang == "en" else "de")
    w = p.w
    firm, client = _parties(rng, p, selling=False)
    w.number = f"{'DN' if lang == 'en' else 'LS'}{rng.randint(100000, 999999)}"
    issued = when(rng)
    words = {
        "en": (
            "DELIVERY NOTE",
            "Delivery note no.",
            "Dispatch date",
            "Deliver to",
            "Your order",
            ["Item", "Qty", "Unit"],
            "Goods received in good condition. Signature: ________",
        ),
        "de": (
            "Lieferschein",
            "Lieferschein-Nr.",
            "Lieferdatum",
            "Lieferanschrift",
            "Ihre Bestellung",
            ["Artikel", "Menge", "Einheit"],
            "Ware in einwandfreiem Zustand erhalten. Unterschrift: ________",
        ),
    }[lang]
    rows, _ = _items(rng, p, list(words[5]), priced=False)
    blocks: list[Block] = [
        (
            "columns",
            [
                (firm, str(words[0])),
                ("", f"{words[1]} {w.key('documentNumber', w.number)}"),
            ],
        ),
        (
            "kv",
            [
                (str(words[2]), p.day(issued, "issue")),
                (str(words[3]), client),
                (str(words[4]), f"PO {rng.randint(4500000, 4599999)}"),
            ],
        ),
        ("table", rows),
        ("para", str(words[6])),
    ]
    w.line_items = []
    return blocks, w


def credit_note(rng: random.Random) -> tuple[list[Block], Writer]:
    """A credit note against an earlier invoice, in the seller's language: the amount
    credited, negative or written as a credit."""
    lang = rng.choice(("en", "de", "fr", "es"))
    p = printer(rng, {"en": "uk", "de": "de", "fr": "fr", "es": "es"}[lang])
    w = p.w
    firm, client = _parties(rng, p)
    w.number = f"{rng.choice(('CN', 'GS', 'AV', 'R'))}-{rng.randint(1000, 9999)}"
    issued = when(rng)
    words = {
        "en": ("CREDIT NOTE", "Credit note no.", "Date", "Against invoice", "Total credit"),
        "de": ("GUTSCHRIFT", "Gutschrift-Nr.", "Datum", "Zu Rechnung", "Gutschriftsbetrag"),
        "fr": ("AVOIR", "Avoir n°", "Date", "Sur facture", "Total de l'avoir"),
        "es": ("FACTURA RECTIFICATIVA", "Número", "Fecha", "Factura rectificada", "Total a abonar"),
    }[lang]
    name, unit = rng.choice(_WORK)
    amount = round(unit * rng.choice((1, 2)), 2)
    p.item(name, None, None, -amount)
    blocks: list[Block] = [
        ("columns", [(w.key("vendor", firm), words[0]), ("", client)]),
        (
            "kv",
            [
                (words[1], w.key("documentNumber", w.number)),
                (words[2], p.day(issued, "issue")),
                (words[3], f"{rng.randint(2025, 2026)}-{rng.randint(100, 999)}"),
            ],
        ),
        ("table", [["Description", "Amount"], [name, p.number(-amount)]]),
        ("kv", [(words[4], p.total(-amount))]),
    ]
    return blocks, w


def account_statement(rng: random.Random) -> tuple[list[Block], Writer]:
    """A supplier's statement of account: the invoices and payments of the period, the
    amount due now and its ageing (current, 30, 60, 90 days)."""
    p = printer(rng, rng.choice(("uk", "au", "us")))
    w = p.w
    firm, client = _parties(rng, p, selling=False)
    w.number = f"{rng.randint(10000, 99999)}"
    issued = when(rng)
    rows = [["Date", "Activity", "Reference", "Amount", "Balance"]]
    balance = 0.0
    for back, (activity, amount) in enumerate(
        (
            ("Invoice", 1250.0),
            ("Payment", -1250.0),
            ("Invoice", round(rng.uniform(300, 900), 2)),
            ("Invoice", round(rng.uniform(100, 400), 2)),
        )
    ):
        balance = round(balance + amount, 2)
        day = issued - dt.timedelta(days=60 - back * 15)
        ref = f"INV-{rng.randint(1000, 1999)}" if activity == "Invoice" else "Thank you"
        rows.append([p.day(day, None), activity, ref, p.number(amount), p.number(balance)])
        p.item(f"{activity} {ref}" if activity == "Invoice" else activity, None, None, amount)
    blocks: list[Block] = [
        (
            "columns",
            [(firm, "STATEMENT"), ("", f"Date: {p.day(issued, 'issue')}")],
        ),
        ("kv", [("To", client), ("Account number", w.key("documentNumber", w.number))]),
        ("table", rows),
        (
            "table",
            [
                ["Current", "1-30 days", "31-60 days", "Over 60 days", "Amount due"],
                [p.number(balance), "0.00", "0.00", "0.00", p.total(balance)],
            ],
        ),
    ]
    return blocks, w


def gift_letter(rng: random.Random) -> tuple[list[Block], Writer]:
    """A charity's acknowledgement of a gift, written as a letter (for the donor's taxes):
    a receipt, though it opens with "Dear" and closes with "Sincerely"."""
    p = printer(rng, rng.choice(("us", "ca")))
    w = p.w
    charity = rng.choice(("Harborlight Shelter Alliance", "Open Meadow Land Trust"))
    w.vendor = w.plain_org(charity)
    donor = w.person(rng.choice(("Margaret Okonjo", "Felix Durand", "Hana Kobayashi")))
    signer = w.person(rng.choice(("Rosa Whitaker", "Daniel Ebert")))
    w.number = f"{rng.randint(2025, 2026)}-{rng.randint(10000, 99999)}"
    day = when(rng)
    gift = float(rng.choice((100, 250, 500, 1200)))
    blocks: list[Block] = [
        ("lines", [w.key("vendor", charity), "PO Box 2291, Portland, OR 97208", "EIN 93-1234567"]),
        ("lines", [p.day(day, "issue"), "", donor, "41 Alder Street"]),
        ("para", f"Dear {donor.split()[0]},"),
        (
            "para",
            f"Thank you for your generous gift of {p.total(gift)}, received on "
            f"{p.day(day - dt.timedelta(days=3), None)}. No goods or services were provided in "
            "exchange for this contribution. Please keep this letter for your tax records.",
        ),
        ("kv", [("Acknowledgement no.", w.key("documentNumber", w.number))]),
        ("lines", ["With gratitude,", signer, "Executive Director"]),
    ]
    w.line_items = []
    return blocks, w


__all__ = [
    "account_statement",
    "credit_note",
    "delivery_note",
    "gift_letter",
    "proforma",
    "quotation",
    "settled_invoice",
]
