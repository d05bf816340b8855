"""What buying things leaves in the drawer: a freelancer's invoice sent as an e-mail, a web
shop's order confirmation and its shipping notice, a card terminal's slip and a supermarket
till receipt.

How they are read (the author's own reading): the e-mailed invoice is an ``invoice`` from the
freelancer; its number is the invoice number, not the client's purchase-order number; "net
30" without a date gives no due date. An order confirmation is a ``receipt`` (paid at
checkout) numbered by its order number, dated the day of the order; the delivery estimate is
not one of its dates. A shipping notice is ``other``: it bills nothing and files under the
order it ships. A terminal slip and a till receipt are ``receipt``\\ s numbered by their
receipt or transaction number (not the terminal, merchant or authorisation code).
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_kitchen_style import (
    PLACES,
    Paper,
    digits,
    person,
    plain,
    town,
)
from testbed.evaluation.truth import Labels, unmark
from testbed.evaluation.variety_dues_print import Sheet

_GOODS = (
    ("Stainless steel water bottle 750ml", 24.99),
    ("USB-C charging cable 2m", 12.49),
    ("Organic cotton bath towel", 19.95),
    ("Paperback: The Quiet Garden", 11.99),
    ("LED desk lamp", 39.00),
    ("Kids' rain boots size 30", 27.50),
    ("Coffee beans 1kg", 21.90),
    ("Yoga mat 6mm", 34.95),
)


def _day(rng: random.Random) -> dt.date:
    return dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))


def freelancer_email(rng: random.Random) -> tuple[Sheet, Labels]:
    """A freelancer's invoice written into the body of an e-mail to the client."""
    place = PLACES[rng.choice(("us", "uk", "eu", "au"))]
    p = Paper(place, rng, "invoice")
    name = person(rng)
    business = rng.choice((name, f"{name.split()[-1]} Studio", f"{name} Translations"))
    client_person = p.who(person(rng))
    client = p.org(
        rng.choice(
            (
                "Fernbrook Media Ltd",
                "Quillon Analytics Inc.",
                "Bureau Tulp B.V.",
                "Harbour Lane Architects",
            )
        )
    )
    issued = _day(rng)
    due = issued + dt.timedelta(days=rng.choice((14, 30)))
    work = rng.choice(
        (
            ("Illustration - book cover", "hours"),
            ("Copy editing", "hours"),
            ("Translation EN>DE", "words"),
            ("Web development", "hours"),
        )
    )
    rows = [["Description", "Qty", "Rate", "Amount"]]
    total = 0.0
    for label in rng.sample(("week 1", "week 2", "revisions", "project call"), rng.randint(1, 3)):
        qty = rng.randint(3, 25) if work[1] == "hours" else rng.randint(800, 4000)
        rate = rng.choice((45.0, 60.0, 85.0)) if work[1] == "hours" else 0.12
        amount = round(qty * rate, 2)
        total = round(total + amount, 2)
        text = f"{work[0]}, {label}"
        p.row(text, qty, rate, amount)
        rows.append([text, f"{qty} {work[1]}", plain(rate, place), plain(amount, place)])
    number = rng.choice((f"{issued.year}-{rng.randint(1, 60):03d}", f"INV{rng.randint(10, 250)}"))
    po = f"PO-{digits(rng, 5)}"
    dated = rng.random() < 0.6
    terms = (
        f"Payment due by {p.day(due, 'due')}."
        if dated
        else f"Payment terms: net {(due - issued).days} days."
    )
    head = [
        (
            "From",
            f"{business} <{name.split()[0].lower()}@{name.split()[-1].lower().replace(' ', '')}"
            ".example>",
        ),
        ("To", f"{client_person} <accounts@client.example>"),
        ("Subject", f"Invoice {number} - {work[0]}"),
    ]
    bank = ("IBAN DE" + digits(rng, 20)) if place.code == "eu" else f"Account {digits(rng, 8)}"
    body = [
        ("kv", head),
        ("para", f"Hi {client_person.split()[0]},"),
        (
            "para",
            f"Please find my invoice for the work done for {client} (your PO {po}) below. "
            "Let me know if anything is unclear.",
        ),
        (
            "kv",
            [
                ("Invoice no.", p.own_number(number)),
                ("Invoice date", p.day(issued, "issue")),
                ("Your PO", po),
            ],
        ),
        ("table", rows),
        ("kv", [("Total", p.money(total, total=True))]),
        ("para", f"{terms} Bank transfer to {bank}, reference {number}."),
        (
            "lines",
            [
                "Thanks and best wishes,",
                p.seller(business, individual=business == name),
                f"ABN {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
                if place.code == "au"
                else town(rng, place),
            ],
        ),
    ]
    return Sheet(body=body), p.labels()


def order_confirmation(rng: random.Random) -> tuple[Sheet, Labels]:
    """A web shop's 'thank you for your order' e-mail or page."""
    place = PLACES[rng.choice(("us", "uk", "eu", "au"))]
    p = Paper(place, rng, "receipt")
    shop = rng.choice(
        ("Homebase Direct", "Kettle & Crumb Online", "Bergmann Versand GmbH", "Shopnest")
    )
    buyer = p.who(person(rng))
    ordered = _day(rng)
    arrive = ordered + dt.timedelta(days=rng.randint(2, 6))
    rows = [["Item", "Qty", "Price", "Total"]]
    sub = 0.0
    for text, price in rng.sample(_GOODS, rng.randint(1, 4)):
        qty = rng.choice((1, 1, 2, 3))
        amount = round(qty * price, 2)
        sub = round(sub + amount, 2)
        p.row(text, qty, price, amount)
        rows.append([text, str(qty), plain(price, place), plain(amount, place)])
    ship = rng.choice((0.0, 3.95, 4.99, 7.50))
    tax = round(sub * 0.0825, 2) if place.code == "us" else 0.0
    total = round(sub + ship + tax, 2)
    number = rng.choice(
        (
            f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}",
            f"#{digits(rng, 6)}",
            f"WEB{digits(rng, 8)}",
        )
    )
    printed = number.lstrip("#")
    sums = [("Subtotal", p.money(sub)), ("Shipping", p.money(ship) if ship else "FREE")]
    if tax:
        sums.append(("Sales tax", p.money(tax)))
    sums.append(("Order total", p.money(total, total=True)))
    body = [
        (
            "kv",
            [
                ("From", f"{shop} <orders@{shop.split()[0].lower()}.example>"),
                ("To", buyer),
                ("Subject", f"Your {shop} order {number} is confirmed"),
            ],
        ),
        ("title", "Thanks for your order!"),
        (
            "para",
            f"Hi {buyer.split()[0]}, we've received your order and are getting it ready. "
            f"Estimated delivery: {p.day(arrive)} - {p.day(arrive + dt.timedelta(days=2))}.",
        ),
        (
            "kv",
            [
                ("Order number", ("#" if number.startswith("#") else "") + p.own_number(printed)),
                ("Order date", p.day(ordered, "issue")),
                ("Customer number", f"C{digits(rng, 7)}"),
                ("Payment", f"Visa ending in {digits(rng, 4)}"),
            ],
        ),
        ("table", rows),
        ("kv", sums),
        (
            "para",
            f"Sold by {p.seller(shop)}. Returns accepted within 30 days. Keep this e-mail "
            "as your receipt.",
        ),
    ]
    return Sheet(body=body), p.labels()


def shipping_notice(rng: random.Random) -> tuple[Sheet, Labels]:
    """'Your parcel is on its way': the order, the carrier's tracking number, the dates."""
    place = PLACES[rng.choice(("us", "uk", "eu", "au"))]
    p = Paper(place, rng, "other")
    shop = p.org(
        rng.choice(
            ("Shopnest", "Kettle & Crumb Online", "Bergmann Versand GmbH", "Pixel Parts Co.")
        )
    )
    buyer = p.who(person(rng))
    ordered = _day(rng)
    shipped = ordered + dt.timedelta(days=rng.randint(1, 3))
    arrive = shipped + dt.timedelta(days=rng.randint(1, 4))
    carrier = p.org(rng.choice(("Royal Mail", "DHL Parcel", "UPS", "Australia Post", "PostNL")))
    order = f"{rng.choice(('', 'SN-', 'KC'))}{digits(rng, 7)}"
    tracking = f"{rng.choice(('1Z', 'JD', 'RM'))}{digits(rng, 12)}"
    items = [text for text, _ in rng.sample(_GOODS, rng.randint(1, 3))]
    body = [
        (
            "kv",
            [
                ("From", f"{shop} <shipping@shop.example>"),
                ("To", buyer),
                ("Subject", f"Your order {order} has shipped"),
            ],
        ),
        ("title", "Good news - your order is on its way"),
        (
            "kv",
            [
                ("Order", p.own_number(order)),
                ("Ordered on", p.day(ordered)),
                ("Shipped on", p.day(shipped, "issue")),
                ("Carrier", carrier),
                ("Tracking number", tracking),
                ("Estimated delivery", p.day(arrive)),
            ],
        ),
        ("bullets", items),
        (
            "para",
            f"Shipment 1 of 1. Track your parcel on the {carrier} website. If you are "
            "not home, your parcel will be left at a safe place or the nearest pickup point.",
        ),
    ]
    return Sheet(body=body), p.labels()


def card_slip(rng: random.Random) -> tuple[Sheet, Labels]:
    """A card terminal's customer copy: merchant, terminal and merchant ids, the amount."""
    place = PLACES[rng.choice(("uk", "eu", "au", "us"))]
    p = Paper(place, rng, "receipt", date_style="uk_short" if place.code != "us" else "us_short")
    p.items = []
    merchant = rng.choice(
        ("THE CORNER CAFE", "GREENLEAF PHARMACY", "CITY PARKING", "BAKERY SOLEIL")
    )
    paid = _day(rng)
    amount = round(rng.uniform(3, 95), 2)
    receipt = digits(rng, 4)
    label = rng.choice(("RECEIPT NO", "TRANS NO", "INVOICE"))
    lines = [
        p.seller(merchant),
        f"{rng.randint(1, 99)} HIGH ST",
        town(rng, place).upper(),
        f"ABN {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
        if place.code == "au"
        else "",
        f"TID: {digits(rng, 8)}",
        f"MID: {digits(rng, 12)}",
        f"DATE: {p.day(paid, 'issue')}  TIME: {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}",
        f"{label}: {p.own_number(receipt)}",
        f"AID: A0000000{digits(rng, 5)}",
        "",
        rng.choice(("VISA CONTACTLESS", "MASTERCARD", "DEBIT MASTERCARD")),
        f"************{digits(rng, 4)}",
        "",
        "SALE",
        f"AMOUNT  {p.money(amount, total=True)}",
        "",
        f"AUTH CODE: {digits(rng, 6)}",
        "NO CARDHOLDER VERIFICATION",
        "",
        "*** CUSTOMER COPY ***",
        "PLEASE RETAIN FOR YOUR RECORDS",
    ]
    return Sheet(body=[("lines", lines)]), p.labels()


def supermarket(rng: random.Random) -> tuple[Sheet, Labels]:
    """A supermarket till receipt: priced lines, total, card payment, loyalty points."""
    place = PLACES[rng.choice(("uk", "eu", "au", "us"))]
    p = Paper(place, rng, "receipt", date_style="uk_short" if place.code != "us" else "us_short")
    store, street = {
        "uk": ("FRESHWAY SUPERMARKET", "London Rd"),
        "eu": ("ALBERT MARKT", "Hauptstr."),
        "au": ("COLESWORTH", "Sydney Rd"),
        "us": ("VALUEMART", "Market St"),
    }[place.code]
    bought = _day(rng)
    goods = rng.sample(
        [
            ("MILK SEMI 2L", 1.45),
            ("BREAD WHOLEMEAL", 1.10),
            ("BANANAS LOOSE", 0.98),
            ("FREE RANGE EGGS 12", 3.20),
            ("CHEDDAR 400G", 3.75),
            ("PASTA FUSILLI", 0.89),
            ("TOMATOES TINNED", 0.65),
            ("DISH SOAP", 1.99),
            ("APPLES 1KG", 2.30),
            ("COFFEE GROUND", 4.50),
            ("YOGHURT GREEK", 2.15),
        ],
        rng.randint(5, 9),
    )
    lines = []
    total = 0.0
    for text, price in goods:
        qty = rng.choice((1, 1, 1, 2))
        amount = round(qty * price, 2)
        total = round(total + amount, 2)
        if qty > 1:
            p.row(text, qty, price, amount)
            lines.append(f"{text:<22}{plain(amount, place):>8}")
            lines.append(f"  {qty} x {plain(price, place)}")
        else:
            p.row(text, None, None, amount)
            lines.append(f"{text:<22}{plain(amount, place):>8}")
    tx = digits(rng, 4)
    head = [
        p.seller(store),
        f"Store #{digits(rng, 4)}",
        f"{rng.randint(1, 300)} {street}, {town(rng, place)}",
        {
            "au": f"ABN {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
            "us": f"Tel {digits(rng, 3)} {digits(rng, 4)}",
        }.get(place.code, f"VAT No {digits(rng, 9)}"),
    ]
    shown = p.money(total, total=True)
    foot = [
        f"{'TOTAL':<22}{' ' * (8 - len(unmark(shown)))}{shown}",
        f"{'CARD':<22}{plain(total, place):>8}",
        f"{'CHANGE':<22}{plain(0, place):>8}",
        "",
        f"{p.day(bought, 'issue')} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}  "
        f"ST {digits(rng, 4)} TILL {rng.randint(1, 12)} OP {digits(rng, 3)} TRN {p.own_number(tx)}",
        f"Loyalty card ****{digits(rng, 4)}  Points today {int(total)}",
        "TOTAL INCLUDES GST" if place.code == "au" else "",
        "THANK YOU FOR SHOPPING WITH US",
    ]
    return Sheet(body=[("lines", head), ("lines", lines), ("lines", foot)]), p.labels()


__all__ = ["card_slip", "freelancer_email", "order_confirmation", "shipping_notice", "supermarket"]
