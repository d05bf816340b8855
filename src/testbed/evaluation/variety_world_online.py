"""Invoices and receipts of online services, for the world generators
(:mod:`testbed.evaluation.variety_world`).

FreshBooks (a row of labels over values, "Amount Due (CAD)"), Stripe (the amount and its
due date in one sentence, as a PDF or an e-mail, in English or German) and a web shop's
order confirmation e-mail in Dutch or Spanish. The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.figure_locale import Money, Sheet
from testbed.evaluation.variety_world_style import (
    CUSTOMERS,
    SERVICES,
    brand,
    firm,
    items,
    long_date,
    qty,
    sheet,
    someday,
    sum_of,
    when,
)


def freshbooks(rng: random.Random) -> tuple[list[Block], Writer]:
    """FreshBooks: a row of labels over values ("Billed To", "Date of Issue", "Invoice
    Number", "Amount Due (CAD)"), the due date under the date of issue, rates with their
    currency sign, "Amount Due (CAD)" again under the totals."""
    s, loc = sheet(rng, rng.choice(("ca", "us")))
    code = loc.money.currency
    issued = someday(rng)
    due = issued + dt.timedelta(days=30)
    vendor = brand(s, rng.choice(("Northpaw Creative", "Juniper & Pine Design")))
    client = firm(s, *rng.choice(CUSTOMERS))
    rows = items(s, rng, SERVICES, hours=True)
    net = sum_of(rows)
    tax = round(net * 0.13, 2)
    total = round(net + tax, 2)
    style = "iso" if code == "CAD" else "us"
    table = [["Description", "Rate", "Qty", "Line Total"]]
    for name, count, price, amount in rows:
        table.append([name, s.money(price), qty(count), s.money(amount)])
    blocks: list[Block] = [
        (
            "lines",
            [
                vendor,
                "221 Queen St W",
                "Toronto, ON M5V 1Z4" if code == "CAD" else "Portland, OR 97205",
            ],
        ),
        ("title", "Invoice"),
        (
            "table",
            [
                ["Billed To", "Date of Issue", "Invoice Number", f"Amount Due ({code})"],
                [
                    client,
                    s.day(issued, "issue", when(issued, style)),
                    s.number(f"{rng.randint(1, 999):07d}"),
                    s.total(total),
                ],
                ["", "Due Date", "Reference", ""],
                ["55 Front St E", s.day(due, "due", when(due, style)), "", ""],
            ],
        ),
        ("table", table),
        (
            "kv",
            [
                ("Subtotal", s.money(net)),
                ("Tax (13%)", s.money(tax)),
                ("Total", s.money(total)),
                ("Amount Paid", s.money(0.0)),
                (f"Amount Due ({code})", s.money(total)),
            ],
        ),
        ("para", "Terms: Please pay within 30 days. Thank you for your business!"),
    ]
    return blocks, s.w


def stripe(rng: random.Random) -> tuple[list[Block], Writer]:
    """Stripe's invoice PDF (:func:`stripe_mail` without the message headers)."""
    blocks, w = stripe_mail(rng)
    return blocks[1:], w


def stripe_mail(rng: random.Random) -> tuple[list[Block], Writer]:
    """A hosted invoice as Stripe sends it: "Invoice number", "Date of issue", "Date due",
    then the amount and its due date in one sentence ("$1,234.56 due April 3, 2026"), in
    English or German."""
    german = rng.random() < 0.4
    s, loc = sheet(rng, "de" if german else rng.choice(("us", "ie")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((14, 30)))
    seller = rng.choice((("Cobaltline Software", "Inc."), ("Tessellate Labs", "GmbH")))
    style = "long-de" if german else ("us_long" if loc.name == "us" else "long-en")
    plan = rng.choice(
        (("Team plan (annual)", 1188.0), ("Pro seats", 29.0), ("API calls (per 1,000)", 0.4))
    )
    count = 1.0 if "annual" in plan[0] else float(rng.choice((5, 12, 250)))
    amount = round(count * plan[1], 2)
    s.item(plan[0], count, plan[1], amount)
    total = amount
    number = f"{rng.randint(16**7, 16**8 - 1):08X}-{rng.randint(1, 40):04d}"
    words = (
        (
            "Rechnung",
            "Rechnungsnummer",
            "Rechnungsdatum",
            "Fälligkeitsdatum",
            "fällig am",
            "Online bezahlen",
            "Beschreibung",
            "Menge",
            "Stückpreis",
            "Betrag",
            "Zwischensumme",
            "Gesamt",
            "Fälliger Betrag",
            "Rechnung an",
        )
        if german
        else (
            "Invoice",
            "Invoice number",
            "Date of issue",
            "Date due",
            "due",
            "Pay online",
            "Description",
            "Qty",
            "Unit price",
            "Amount",
            "Subtotal",
            "Total",
            "Amount due",
            "Bill to",
        )
    )
    buyer = s.w.person(rng.choice(("Priyanka Raman", "Tobias Engel", "Megan Doyle")))
    name = f"{seller[0]} {seller[1]}"
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", f"{name} <invoice+statements@{seller[0].split()[0].lower()}.example>"),
                ("To", f"{buyer} <{buyer.split()[0].lower()}@post.example>"),
                (
                    "Subject",
                    f"{'Neue Rechnung von' if german else 'New invoice from'} {name} #{number}",
                ),
            ],
        ),
        ("title", words[0]),
        (
            "kv",
            [
                (words[1], s.number(number)),
                (words[2], s.day(issued, "issue", when(issued, style))),
                (words[3], s.day(due, "due", when(due, style))),
            ],
        ),
        ("columns", [(firm(s, *seller, vendor=True), words[13]), ("548 Market St", buyer)]),
        ("heading", f"{s.total(total)} {words[4]} {when(due, style)}"),
        ("para", words[5]),
        (
            "table",
            [
                [words[6], words[7], words[8], words[9]],
                [plan[0], qty(count), s.money(plan[1]), s.money(amount)],
            ],
        ),
        (
            "kv",
            [(words[10], s.money(total)), (words[11], s.money(total)), (words[12], s.money(total))],
        ),
    ]
    return blocks, s.w


def shop_mail(rng: random.Random) -> tuple[list[Block], Writer]:
    """A web shop's order confirmation e-mail in Dutch or Spanish: a greeting, the order
    number and date, the items with their count, "Verzendkosten: Gratis", the total "incl.
    btw" / "IVA incluido", how it was paid."""
    nl = rng.random() < 0.5
    s = Sheet(
        Writer(rng), Money("EUR", "€ {n}", ",", ".") if nl else Money("EUR", "{n} €", ",", ".")
    )
    day = someday(rng)
    shop = (
        rng.choice(("Huis & Haard", "Fietsenwinkel Spaak"))
        if nl
        else rng.choice(("Casa Olivo", "Tienda Brisa"))
    )
    buyer = (
        rng.choice(("Femke de Jong", "Joris Smit"))
        if nl
        else rng.choice(("Carmen Vidal", "Pablo Ortega"))
    )
    goods = (
        (("Plaid wol 130x170", 49.95), ("Geurkaars vijg", 14.99), ("Theedoek set (3)", 12.5))
        if nl
        else (
            ("Aceite de oliva virgen extra 5 L", 38.9),
            ("Tabla de olivo", 24.0),
            ("Jabón artesano", 5.5),
        )
    )
    w = (
        (
            "Bedankt voor je bestelling",
            "Hoi",
            "Bestelnummer",
            "Besteldatum",
            "Artikel",
            "Aantal",
            "Prijs",
            "Subtotaal",
            "Verzendkosten",
            "Gratis",
            "Totaal (incl. btw)",
            "Betaald met iDEAL",
            "Bezorgadres",
        )
        if nl
        else (
            "Gracias por tu pedido",
            "Hola",
            "Número de pedido",
            "Fecha del pedido",
            "Producto",
            "Cantidad",
            "Precio",
            "Subtotal",
            "Gastos de envío",
            "Gratis",
            "Total (IVA incluido)",
            "Pagado con tarjeta",
            "Dirección de entrega",
        )
    )
    number = (
        f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        if nl
        else f"ES{rng.randint(10**7, 10**8 - 1)}"
    )
    table = [[w[4], w[5], w[6]]]
    total = 0.0
    for name, price in rng.sample(goods, rng.randint(2, 3)):
        count = rng.choice((1, 1, 2))
        amount = round(count * price, 2)
        total = round(total + amount, 2)
        table.append([name, str(count), s.money(amount)])
        s.item(name, float(count), None, amount)
    lang = "nl" if nl else "es"
    s.w.plain_org(shop)
    s.w.person(buyer)
    s.w.vendor = shop
    domain = "".join(ch for ch in shop.lower() if ch.isalpha())[:14]
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", f"{shop} <noreply@{domain}.example>"),
                ("To", f"{buyer} <{buyer.split()[0].lower()}@post.example>"),
                ("Subject", f"{w[0]} {number}"),
            ],
        ),
        ("title", s.w.key("vendor", shop)),
        ("para", f"{w[1]} {buyer.split()[0]}, {w[0].lower()}!"),
        ("kv", [(w[2], s.number(number)), (w[3], s.day(day, "issue", long_date(day, lang)))]),
        ("table", table),
        ("kv", [(w[7], s.money(total)), (w[8], w[9]), (w[10], s.total(total))]),
        ("para", w[11]),
        (
            "lines",
            [
                w[12],
                buyer,
                "Lindenlaan 8, 3721 TB Bilthoven" if nl else "Calle Mayor 3, 28013 Madrid",
            ],
        ),
    ]
    return blocks, s.w


__all__ = ["freshbooks", "shop_mail", "stripe", "stripe_mail"]
