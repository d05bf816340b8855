"""Documents of the development set that sit between a receipt and something else, as web
shops, booking sites and subscription services send them: a shop's order confirmation (in six
languages), a shipping notice, a marketplace's order summary, a council's online payment
confirmation, a subscription renewal, a refund, an airline's e-ticket receipt, a train
booking and event tickets.

Each is filed as a receipt: money has changed hands and the document is its record, whatever
its title says ("Order #1047", "Your tickets", "Refund processed"). The number a reader writes
down is the order's, the booking's or the transaction's; the vendor is the business paid.
Labelled as printed through :class:`~testbed.evaluation.commerce_style.Printer`.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.boundary_words import (
    EURO_STYLES,
    SHOP_WORDS,
    masked_card,
    printer,
    when,
)
from testbed.evaluation.corpus import Block, Writer

_SHOPS = (("Fernhollow Ceramics", ""), ("Quillon Bikes", ""), ("Mossgarden Tea Co.", ""))
_SHOP_GOODS = (
    ("Stoneware mug, sage", 24.0),
    ("Pour-over kettle", 58.5),
    ("Inner tube 700x28c", 8.9),
    ("Chain lube 100 ml", 11.25),
    ("Sencha loose leaf 250 g", 16.0),
    ("Gift wrapping", 3.5),
    ("Serving bowl, large", 42.0),
)
_CUSTOMERS = ("Ana Lindqvist", "Joaquín Ferrer", "Beatrix Holm", "Tobias Klee", "Noor Haddou")


def _lines_of(p_goods: list[tuple[str, float]], rng: random.Random) -> list[tuple[str, int, float]]:
    return [(name, rng.choice((1, 1, 2, 3)), price) for name, price in p_goods]


def shop_order(rng: random.Random) -> tuple[list[Block], Writer]:
    """A web shop's order confirmation e-mail: "Order #1047", the items, subtotal, shipping,
    tax and total, the card it was charged to; in the customer's language."""
    lang = rng.choice(tuple(SHOP_WORDS))
    words = SHOP_WORDS[lang]
    p = printer(rng, words["style"])
    w = p.w
    shop = rng.choice(_SHOPS)[0]
    w.vendor = w.plain_org(shop)
    buyer = w.person(rng.choice(_CUSTOMERS))
    w.number = f"{rng.randint(1001, 9999)}"
    day = when(rng)
    rows = [[words["item"], words["qty"], words["price"]]]
    subtotal = 0.0
    for name, qty, unit in _lines_of(rng.sample(_SHOP_GOODS, rng.randint(1, 4)), rng):
        amount = round(qty * unit, 2)
        subtotal += amount
        rows.append([name, f"\u00d7 {qty}", p.money(amount)])
        p.item(name, qty, unit, amount)
    subtotal = round(subtotal, 2)
    shipping = rng.choice((0.0, 4.95, 6.5))
    rate = float(words["rate"])
    if rate:  # VAT included in the prices, shown for information
        tax = round((subtotal + shipping) * rate / (1 + rate), 2)
        total = round(subtotal + shipping, 2)
    else:  # sales tax added on top
        tax = round((subtotal + shipping) * 0.0825, 2)
        total = round(subtotal + shipping + tax, 2)
    first = buyer.split()[0]
    # Web shops add the code after a symbol ("$70.95 USD"), never after the code itself.
    code = "" if p.code() in p.mark else f" {p.code()}"
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", f"{shop} <store+{rng.randint(10, 99)}@shops.example>"),
                ("To", f"{buyer} <{first.lower()}@post.example>"),
                ("Subject", words["subject"].format(n=w.key("documentNumber", w.number))),
                ("Date", p.day(day, "issue")),
            ],
        ),
        ("title", w.key("vendor", shop)),
        ("para", words["thanks"]),
        ("para", words["hello"].format(name=first)),
        ("heading", words["summary"]),
        ("table", rows),
        (
            "kv",
            [
                (words["subtotal"], p.money(subtotal)),
                (words["shipping"], p.money(shipping)),
                (words["taxes"], p.money(tax)),
                (words["total"], f"{p.total(total)}{code}"),
            ],
        ),
        ("heading", words["customer"]),
        ("lines", [words["address"], buyer, rng.choice(("Vossegatan 8", "Calle Mayor 21"))]),
        ("kv", [(words["method"], masked_card(rng, lang))]),
        ("para", words["questions"]),
    ]
    return blocks, w


def shipped_notice(rng: random.Random) -> tuple[list[Block], Writer]:
    """A shipping confirmation: the order is on its way, with its tracking number (another
    long number), the items and what the order cost."""
    p = printer(rng, rng.choice(("us", "uk", "de")))
    w = p.w
    shop = rng.choice((("Kestrel Outdoor Supply", "Inc."), ("Brightmoor Electronics", "Ltd")))
    w.vendor = f"{shop[0]} {shop[1]}".rstrip(".")
    buyer = w.person(rng.choice(_CUSTOMERS))
    w.number = f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
    day = when(rng)
    tracking = f"1Z{rng.randint(100, 999)}E{rng.randint(10**9, 10**10 - 1)}"
    goods = rng.sample(
        (
            ("Headlamp 400 lm", 34.99),
            ("Dry bag 20 L", 19.5),
            ("Trekking poles", 72.0),
            ("USB-C charger 65 W", 39.9),
        ),
        2,
    )
    rows = [["Item", "Quantity", "Price"]]
    total = 0.0
    for name, unit in goods:
        qty = rng.choice((1, 2))
        rows.append([name, str(qty), p.money(qty * unit)])
        p.item(name, qty, unit, qty * unit)
        total += qty * unit
    total = round(total, 2)
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", f"{shop[0]} <shipping@{shop[0].split()[0].lower()}.example>"),
                ("To", f"{buyer} <customer@post.example>"),
                ("Subject", "Your order is on its way"),
            ],
        ),
        ("title", "Good news: your package has shipped!"),
        (
            "para",
            f"Items from your order {w.key('documentNumber', w.number)} placed on "
            f"{p.day(day, 'issue')} are on the way. Estimated delivery: "
            f"{p.day(day + dt.timedelta(days=5), None)}.",
        ),
        ("kv", [("Tracking number", tracking)]),
        ("table", rows),
        ("kv", [("Order total", p.total(total)), ("Payment", masked_card(rng, "en"))]),
        ("para", f"Thanks for shopping with {w.key('vendor', w.org(shop))}."),
    ]
    return blocks, w


def marketplace_order(rng: random.Random) -> tuple[list[Block], Writer]:
    """A marketplace's printable order summary: order placed, order number, the items sold
    and dispatched by it, postage, VAT and a grand total, the payment method's last digits."""
    p = printer(rng, rng.choice(("uk", "us")))
    w = p.w
    market = rng.choice(("Trovemart", "Bazaarly"))
    w.vendor = w.plain_org(market)
    buyer = w.person(rng.choice(_CUSTOMERS))
    w.number = (
        f"{rng.randint(200, 409)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}"
    )
    day = when(rng)
    goods = rng.sample(
        (
            ("Cast iron skillet 26 cm", 29.99),
            ("Silicone spatula set", 9.49),
            ("Kitchen scale, digital", 15.99),
            ("Beeswax wraps (3)", 12.0),
        ),
        3,
    )
    rows = [["Items Ordered", "Price"]]
    subtotal = 0.0
    for name, unit in goods:
        qty = rng.choice((1, 1, 2))
        shown = f"{qty} of: {name}"
        rows.append([shown, p.money(unit)])
        p.item(name, qty, unit, round(qty * unit, 2))
        subtotal += qty * unit
    subtotal = round(subtotal, 2)
    postage = rng.choice((0.0, 2.99, 4.49))
    vat = round((subtotal + postage) / 6, 2)
    total = round(subtotal + postage, 2)
    blocks: list[Block] = [
        ("lines", [f"{market.lower()}.example", "Your Account > Your Orders"]),
        ("title", f"Details for Order #{w.key('documentNumber', w.number)}"),
        (
            "kv",
            [
                ("Order Placed", p.day(day, "issue")),
                (f"{market}.example order number", w.number),
                ("Order Total", p.money(total)),
            ],
        ),
        ("heading", f"Dispatched on {p.day(day + dt.timedelta(days=1), None)}"),
        ("table", rows),
        ("lines", [f"Sold by: {w.key('vendor', market)}", "Condition: New"]),
        ("heading", "Shipping Address"),
        ("lines", [buyer, "7 Larch Close", "Harrogate HG1 2RT"]),
        ("heading", "Payment information"),
        (
            "kv",
            [
                ("Payment Method", f"Visa | Last digits: {rng.randint(1000, 9999)}"),
                ("Item(s) Subtotal", p.money(subtotal)),
                ("Postage & Packing", p.money(postage)),
                ("Total before VAT", p.money(round(total - vat, 2))),
                ("VAT", p.money(vat)),
                ("Grand Total", p.total(total)),
            ],
        ),
    ]
    return blocks, w


def council_payment(rng: random.Random) -> tuple[list[Block], Writer]:
    """A public body's online payment confirmation: what was paid for, the transaction's
    reference and authorisation, the card; printed from the payment portal."""
    p = printer(rng, rng.choice(("uk", "ie")))
    w = p.w
    body = rng.choice(("Westmere District Council", "Carrowbeg County Council"))
    w.vendor = w.plain_org(body)
    payer = w.person(rng.choice(_CUSTOMERS))
    w.number = f"{rng.choice(('WDC', 'PAY', 'CCC'))}{rng.randint(10**7, 10**8 - 1)}"
    day = when(rng)
    amount = rng.choice((85.0, 142.5, 1260.0, 35.0))
    service = rng.choice(("Council Tax", "Parking Penalty Charge", "Garden waste permit"))
    blocks: list[Block] = [
        ("lines", [w.key("vendor", body), "Online Payments"]),
        ("title", rng.choice(("Payment successful", "Your payment is complete"))),
        (
            "para",
            f"Thank you, {payer}. Your payment has been taken. "
            "Please keep this page for your records.",
        ),
        (
            "kv",
            [
                ("Payment reference", w.key("documentNumber", w.number)),
                ("Paying for", f"{service} - account {rng.randint(1000000, 9999999)}"),
                ("Amount", p.total(amount)),
                (
                    "Date and time",
                    f"{p.day(day, 'issue')} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}",
                ),
                ("Card", masked_card(rng, "en")),
                ("Authorisation code", f"{rng.randint(100000, 999999)}"),
            ],
        ),
        ("para", "A confirmation email has been sent to the address you gave us."),
    ]
    w.line_items = []
    return blocks, w


_SERVICES = (
    (("Stackfield Labs", "Inc."), "Pro plan (annual)", 240.0),
    (("Cinewave", ""), "Premium membership", 15.99),
    (("Inkpot Cloud", "GmbH"), "Business plan, 5 seats", 60.0),
)


def renewal(rng: random.Random) -> tuple[list[Block], Writer]:
    """A subscription's renewal receipt: the plan renewed, the amount charged to a card, the
    period covered and when the next charge falls (not a due date: nothing is owed)."""
    lang = rng.choice(("en", "en", "de", "nl"))
    p = printer(rng, {"en": rng.choice(("us", "uk")), "de": "de", "nl": "nl"}[lang])
    w = p.w
    company, plan, amount = rng.choice(_SERVICES)
    w.vendor = f"{company[0]} {company[1]}".strip().rstrip(".")
    member = w.person(rng.choice(_CUSTOMERS))
    w.number = f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    day = when(rng)
    later = day + dt.timedelta(days=365 if "annual" in plan else 30)
    words = {
        "en": (
            "Your subscription has been renewed",
            f"Hi {member.split()[0]}, thanks for staying with us. "
            "We charged your card for the next period.",
            "Receipt number",
            "Amount charged",
            "Date",
            "Charged to",
            "Next billing date",
        ),
        "de": (
            "Dein Abonnement wurde verlängert",
            f"Hallo {member.split()[0]}, danke, dass du dabei bleibst. "
            "Wir haben deine Karte für den nächsten Zeitraum belastet.",
            "Belegnummer",
            "Abgebuchter Betrag",
            "Datum",
            "Belastet auf",
            "Nächste Abrechnung",
        ),
        "nl": (
            "Je abonnement is verlengd",
            f"Hoi {member.split()[0]}, bedankt dat je blijft. "
            "We hebben je kaart belast voor de volgende periode.",
            "Bonnummer",
            "Afgeschreven bedrag",
            "Datum",
            "Betaald met",
            "Volgende betaling",
        ),
    }[lang]
    p.item(plan, None, None, amount)
    blocks: list[Block] = [
        ("lines", [w.key("vendor", w.org(company) if company[1] else w.plain_org(company[0]))]),
        ("title", words[0]),
        ("para", words[1]),
        (
            "kv",
            [
                (words[2], w.key("documentNumber", w.number)),
                (words[4], p.day(day, "issue")),
                (words[6], p.day(later, None)),
            ],
        ),
        ("table", [["Description", "Amount"], [plan, p.money(amount)]]),
        ("kv", [(words[3], p.total(amount)), (words[5], masked_card(rng, lang))]),
    ]
    return blocks, w


def refund(rng: random.Random) -> tuple[list[Block], Writer]:
    """A shop's refund confirmation: the returned item, the amount refunded to the card it was
    paid with, the original order's number."""
    lang = rng.choice(("en", "fr", "es"))
    p = printer(rng, {"en": "uk", "fr": "fr", "es": "es"}[lang])
    w = p.w
    shop = rng.choice(_SHOPS)[0]
    w.vendor = w.plain_org(shop)
    w.number = f"{rng.randint(1001, 9999)}"
    day = when(rng)
    name, unit = rng.choice(_SHOP_GOODS)
    words = {
        "en": (
            "Your refund has been processed",
            "Order",
            "Refund date",
            "Refunded item",
            "Refund amount",
            "Refunded to",
            "It can take 5-10 business days to appear on your statement.",
        ),
        "fr": (
            "Votre remboursement a été effectué",
            "Commande n°",
            "Date du remboursement",
            "Article remboursé",
            "Montant remboursé",
            "Remboursé sur",
            "Le montant apparaîtra sous 5 à 10 jours ouvrés.",
        ),
        "es": (
            "Tu reembolso se ha procesado",
            "Pedido n.º",
            "Fecha del reembolso",
            "Artículo devuelto",
            "Importe reembolsado",
            "Reembolsado a",
            "El importe aparecerá en tu extracto en 5-10 días hábiles.",
        ),
    }[lang]
    blocks: list[Block] = [
        ("title", w.key("vendor", shop)),
        ("heading", words[0]),
        (
            "kv",
            [
                (words[1], w.key("documentNumber", w.number)),
                (words[2], p.day(day, "issue")),
                (words[3], name),
                (words[4], p.total(unit)),
                (words[5], masked_card(rng, lang)),
            ],
        ),
        ("para", words[6]),
    ]
    w.line_items = []
    return blocks, w


__all__ = [
    "EURO_STYLES",
    "council_payment",
    "marketplace_order",
    "refund",
    "renewal",
    "shipped_notice",
    "shop_order",
]
