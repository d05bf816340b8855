"""E-mails of :mod:`testbed.evaluation.variety_formats`: web shops' order confirmations in
English, German, French and Dutch, a marketplace's "your order has shipped", SaaS billing's
invoices and receipts, an airline's and a hotel's booking confirmations, a utility's e-bill,
a buyer's purchase order and a tradesman's quote sent by mail. With ``fmt == "eml"`` each
opens with its headers (the number often in the subject); otherwise it is the page the mail's
"view in browser" link opens. The names are this module's own.
"""

# ruff: noqa: RUF001 - documents print en dashes and multiplication signs

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block
from testbed.evaluation.truth import unmark
from testbed.evaluation.variety_formats_style import LOCALES, Kit, code, priced, qty_text, someday

_SHOPS = (
    "Pebblewick Home",
    "Kestrel Outdoor Supply",
    "Larchmont Tea Company",
    "Velvetfox Studio",
    "Brambleby Kids",
)
_GOODS = (
    ("Enamel camping mug", 14.0),
    ("Merino beanie", 29.0),
    ("Linen tea towel set", 22.0),
    ("Ceramic pour-over dripper", 34.5),
    ("Trail headlamp 300lm", 41.0),
    ("Loose leaf sencha 100g", 12.5),
    ("Beeswax candle trio", 18.0),
    ("Wool blend throw", 89.0),
    ("Kids' rain boots", 36.0),
    ("Bamboo cutlery roll", 16.0),
)
_BUYERS = (
    "Imogen Tarrant",
    "Rafael Quintero",
    "Saskia de Vries",
    "Mathis Lefort",
    "Greta Holm",
    "Devon Achebe",
    "Lotte Brandt",
)
_WORDS = {
    "en": {
        "order": "Order number",
        "date": "Order date",
        "item": "Item",
        "qty": "Qty",
        "amount": "Total",
        "sub": "Subtotal",
        "ship": "Shipping",
        "tax": "Sales tax",
        "total": "Order total",
        "hi": "Hi {n}, thanks for shopping with us!",
        "subject": "Your {v} order #{o} is confirmed",
        "title": "Order confirmed",
    },
    "de": {
        "order": "Bestellnummer",
        "date": "Bestelldatum",
        "item": "Artikel",
        "qty": "Menge",
        "amount": "Summe",
        "sub": "Zwischensumme",
        "ship": "Versand",
        "tax": "enthaltene MwSt. 19 %",
        "total": "Gesamtsumme",
        "hi": "Hallo {n}, vielen Dank für deine Bestellung!",
        "subject": "Deine Bestellung {o} bei {v}",
        "title": "Bestellbestätigung",
    },
    "fr": {
        "order": "Commande n°",
        "date": "Date de commande",
        "item": "Article",
        "qty": "Qté",
        "amount": "Montant",
        "sub": "Sous-total",
        "ship": "Livraison",
        "tax": "dont TVA 20 %",
        "total": "Total TTC",
        "hi": "Bonjour {n}, merci pour votre commande !",
        "subject": "Confirmation de votre commande n° {o}",
        "title": "Merci pour votre commande",
    },
    "nl": {
        "order": "Bestelnummer",
        "date": "Besteldatum",
        "item": "Artikel",
        "qty": "Aantal",
        "amount": "Bedrag",
        "sub": "Subtotaal",
        "ship": "Verzendkosten",
        "tax": "waarvan btw 21%",
        "total": "Totaal",
        "hi": "Hoi {n}, bedankt voor je bestelling!",
        "subject": "Bevestiging van je bestelling {o}",
        "title": "Bedankt voor je bestelling",
    },
}


def _head(k: Kit, sender: str, box: str, to: str, subject: str) -> Block:
    domain = "".join(ch for ch in unmark(sender).lower() if ch.isalnum())[:16]
    return (
        "kv",
        [
            ("From", f"{sender} <{box}@{domain}.example>"),
            ("To", f"{to} <{to.split(maxsplit=1)[0].lower()}@inbox.example>"),
            ("Subject", subject),
        ],
    )


def shop_order(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """A web shop's order confirmation: the number in the subject and again under its label,
    items in a table, shipping and tax between the subtotal and the order total."""
    place = rng.choice(("us", "uk", "de", "fr", "nl"))
    k = Kit(rng, LOCALES[place])
    words = _WORDS[k.loc.lang]
    shop, buyer = rng.choice(_SHOPS), k.person(rng.choice(_BUYERS))
    placed = someday(rng)
    order = code(rng, rng.choice(("#1999", "99999", "A9999-99")).lstrip("#"))
    rows = priced(rng, _GOODS, rng.randint(1, 4))
    sub = round(sum(r[3] for r in rows), 2)
    ship = rng.choice((0.0, 4.95, 5.99))
    tax = round(sub * 0.07, 2) if place == "us" else 0.0
    total = round(sub + ship + tax, 2)
    blocks: list[Block] = []
    if fmt == "eml":
        subject = words["subject"].format(v=shop, o=k.number(order))
        blocks.append(_head(k, k.vendor(shop), "orders", buyer, subject))
    blocks += [
        ("title", k.vendor(shop)),
        ("heading", words["title"]),
        ("para", words["hi"].format(n=buyer.split()[0])),
    ]
    details = [
        (words["order"], k.number(order)),
        (words["date"], k.day(placed, "issue", rng.choice(("long", "numeric", "weekday")))),
    ]
    blocks.append((rng.choice(("kv", "kv_below")), details))
    table = [[words["item"], words["qty"], words["amount"]]]
    for name, qty, _unit, amount in rows:
        table.append([name, qty_text(qty), k.money(amount)])
        k.item(name, qty, None, amount)
    blocks.append(("table", table))
    totals = [(words["sub"], k.money(sub)), (words["ship"], k.money(ship))]
    if tax:
        totals.append((words["tax"], k.money(tax)))
    totals.append((words["total"], k.total(total)))
    if place in ("de", "fr", "nl"):
        rate = {"de": 0.19, "fr": 0.2, "nl": 0.21}[place]
        totals.append((words["tax"], k.money(round(total - total / (1 + rate), 2))))
    ship_to = {
        "en": "Shipping to",
        "de": "Lieferadresse",
        "fr": "Adresse de livraison",
        "nl": "Bezorgadres",
    }
    blocks += [
        ("kv", totals),
        ("lines", [ship_to[k.loc.lang], buyer, "12 Elm Close"]),
        ("lines", [f"{shop} · 14 Orchard Row · support@{shop.split()[0].lower()}.example"]),
    ]
    return blocks, k


def shipped_notice(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """A marketplace's shipping notice: the order number only in a sentence ("Your order ...
    has shipped"), the order date in another, items as lines with their count."""
    k = Kit(rng, LOCALES[rng.choice(("us", "uk", "ca"))])
    market = "Crateway"
    buyer = k.person(rng.choice(_BUYERS))
    placed = someday(rng)
    order = code(rng, "999-9999999-9999999")
    rows = priced(rng, _GOODS, rng.randint(1, 3))
    sub = round(sum(r[3] for r in rows), 2)
    total = round(sub + (0.0 if sub > 35 else 3.99), 2)
    blocks: list[Block] = []
    if fmt == "eml":
        first = rows[0][0]
        more = (
            f" and {len(rows) - 1} more item" + ("s" if len(rows) > 2 else "")
            if len(rows) > 1
            else ""
        )
        blocks.append(
            _head(k, k.vendor(market), "shipment-tracking", buyer, f'Shipped: "{first}"{more}')
        )
    blocks += [
        ("title", k.vendor(market)),
        ("para", f"Hello {buyer.split()[0]}, your order {k.number(order)} has shipped."),
        (
            "para",
            f"You placed this order on {k.day(placed, 'issue', rng.choice(('long', 'weekday')))}. "
            "Track your package from Your Orders.",
        ),
    ]
    lines = []
    for name, qty, _unit, amount in rows:
        lines += [name, f"Qty: {qty}", k.money(amount)]
        k.item(name, qty, None, amount)
    blocks += [
        ("lines", ["Shipping to:", buyer]),
        ("lines", lines),
        ("kv", [("Item subtotal", k.money(sub)), ("Order total", k.total(total))]),
        (
            "para",
            "This email was sent from a notification-only address that cannot accept "
            "incoming email.",
        ),
    ]
    return blocks, k


def saas_billing(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """A SaaS billing system's invoice (amount and due date in a headline) or receipt (amount
    paid, date paid), the service period under the plan, a card's last digits."""
    k = Kit(rng, LOCALES[rng.choice(("us", "ie", "uk"))])
    vendor = rng.choice(("Lumacast", "Tallyforge", "Quillstack"))
    paid = rng.random() < 0.5
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((0, 7, 14, 30)))
    seats = rng.randint(2, 12)
    unit = rng.choice((8.0, 12.0, 15.0, 25.0))
    amount = round(seats * unit, 2)
    tax = round(amount * (0.23 if k.loc.name == "ie" else 0.2 if k.loc.name == "uk" else 0.0), 2)
    total = round(amount + tax, 2)
    number = code(rng, rng.choice(("AAAA9AA9-0099", "9999-9999", "INV-9999-099")))
    customer = k.org(rng.choice(("Orrin Labs", "Fennick & Shaw", "Brightcove Dental")))
    end = issued + dt.timedelta(days=30)
    blocks: list[Block] = []
    what = "receipt" if paid else "invoice"
    if fmt == "eml":
        subject = (
            f"Your {k.vendor(vendor)} {what} #{k.number(number)}"
            if rng.random() < 0.6
            else f"Your {what} from {vendor}"
        )
        blocks.append(_head(k, vendor, "billing", k.person(rng.choice(_BUYERS)), subject))
    blocks.append(("title", f"{what.capitalize()} from {k.vendor(vendor)}"))
    if paid:
        blocks.append(("para", f"{k.total(total)} paid on {k.day(issued, 'issue', 'short')}"))
        details = [
            ("Receipt number", k.number(number)),
            ("Date paid", k.day(issued, "issue", "long")),
            ("Payment method", f"Card ending in {rng.randint(1000, 9999)}"),
        ]
    else:
        blocks.append(("para", f"{k.total(total)} due {k.day(due, 'due', 'short')}"))
        details = [
            ("Invoice number", k.number(number)),
            ("Date of issue", k.day(issued, "issue", "long")),
            ("Date due", k.day(due, "due", "long")),
        ]
    blocks += [("kv", details), ("lines", ["Billed to", customer])]
    period = f"{k.day(issued, None, 'short')} – {k.day(end, None, 'short')}"
    label = f"Team plan × {seats} seats"
    blocks.append(
        (
            "table",
            [
                ["Description", "Qty", "Unit price", "Amount"],
                [label, str(seats), k.money(unit), k.money(amount)],
                [period, "", "", ""],
            ],
        )
    )
    k.item(label, seats, unit, amount)
    totals = [("Subtotal", k.money(amount))]
    if tax:
        totals.append((f"VAT ({round(tax / amount * 100)}%)", k.money(tax)))
    totals += [("Total", k.money(total)), ("Amount paid" if paid else "Amount due", k.money(total))]
    blocks += [
        ("kv", totals),
        ("para", f"Questions? Contact {vendor} at billing@{vendor.lower()}.example."),
    ]
    return blocks, k


def flight_booking(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """An airline's booking confirmation: the booking reference (a six-letter PNR) as the
    number, e-ticket numbers in the passenger table, the flights' days without a role, the fare
    and the taxes as rows of the price table."""
    k = Kit(rng, LOCALES[rng.choice(("ie", "de", "uk", "us"))])
    airline = rng.choice(("Nordavia", "Skylark Air"))
    booked = someday(rng)
    out = booked + dt.timedelta(days=rng.randint(10, 60))
    back = out + dt.timedelta(days=rng.randint(3, 12))
    pnr = code(rng, "AAAAAA")
    passenger = k.person(rng.choice(_BUYERS))
    fare, taxes, seat = (
        round(rng.uniform(120, 480), 2),
        round(rng.uniform(40, 110), 2),
        rng.choice((0.0, 12.0, 18.0)),
    )
    total = round(fare + taxes + seat, 2)
    blocks: list[Block] = []
    if fmt == "eml":
        subject = (
            f"Booking confirmation {k.number(pnr)} – {rng.choice(('Dublin', 'Oslo', 'Lisbon'))}"
        )
        blocks.append(_head(k, k.vendor(airline), "noreply", passenger, subject))
    blocks += [
        ("title", k.vendor(airline)),
        ("heading", "Your booking is confirmed"),
        (
            "kv",
            [
                ("Booking reference", k.number(pnr)),
                ("Booking date", k.day(booked, "issue", "long")),
            ],
        ),
        (
            "table",
            [
                ["Flight", "From", "To", "Date", "Departs"],
                [
                    f"NV{rng.randint(100, 999)}",
                    "Dublin (DUB)",
                    "Oslo (OSL)",
                    k.day(out, None, "weekday"),
                    "07:45",
                ],
                [
                    f"NV{rng.randint(100, 999)}",
                    "Oslo (OSL)",
                    "Dublin (DUB)",
                    k.day(back, None, "weekday"),
                    "18:10",
                ],
            ],
        ),
        ("table", [["Passenger", "E-ticket"], [passenger, code(rng, "999-9999999999")]]),
    ]
    price = [
        ["Description", "Amount"],
        ["Fare", k.money(fare)],
        ["Taxes, fees and charges", k.money(taxes)],
    ]
    k.item("Fare", None, None, fare)
    k.item("Taxes, fees and charges", None, None, taxes)
    if seat:
        price.append(["Seat selection", k.money(seat)])
        k.item("Seat selection", None, None, seat)
    blocks += [
        ("heading", "Payment"),
        ("table", price),
        ("kv", [("Total price", k.total(total))]),
        ("para", "Check-in opens 24 hours before departure."),
    ]
    return blocks, k


def hotel_booking(rng: random.Random, fmt: str) -> tuple[list[Block], Kit]:
    """A booking site's prepaid hotel confirmation: the confirmation number in a sentence and
    a PIN beside it, check-in and check-out days without a role, the price already charged."""
    k = Kit(rng, LOCALES[rng.choice(("es", "it", "fr", "de"))])
    hotel = rng.choice(("Hotel Miravalle", "Casa Almendro Suites", "Hôtel des Tanneurs"))
    booked = someday(rng)
    arrive = booked + dt.timedelta(days=rng.randint(5, 40))
    nights = rng.randint(1, 5)
    guest = k.person(rng.choice(_BUYERS))
    rate = round(rng.uniform(80, 190), 2)
    total = round(rate * nights, 2)
    number = code(rng, "9999999999")
    blocks: list[Block] = []
    if fmt == "eml":
        blocks.append(
            _head(
                k,
                "Stayfinder",
                "confirmations",
                guest,
                f"Your booking at {hotel} is confirmed ({number})",
            )
        )
    blocks += [
        ("title", "Stayfinder"),
        (
            "para",
            f"Thanks, {guest.split()[0]}! Your booking at {k.vendor(hotel)} is confirmed. "
            f"Confirmation number: {k.number(number)}, PIN: {rng.randint(1000, 9999)}.",
        ),
        (
            "kv_below",
            [
                ("Check-in", k.day(arrive, None, "weekday")),
                ("Check-out", k.day(arrive + dt.timedelta(days=nights), None, "weekday")),
                ("Booked on", k.day(booked, "issue", "long")),
                ("Guest name", guest),
            ],
        ),
        (
            "kv",
            [
                ("Room", f"Double room × {nights} nights"),
                ("Total price", k.total(total)),
                ("Payment", "Paid online – nothing to pay at the property"),
            ],
        ),
        ("para", "Stayfinder acts as an agent for the property."),
    ]
    k.org("Stayfinder")
    return blocks, k
