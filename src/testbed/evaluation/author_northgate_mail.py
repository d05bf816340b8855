"""A Nordic or Polish web shop's order confirmation, as it arrives by e-mail: its headers,
a greeting in the shop's language, the order number beside a customer number, the order date
beside an expected delivery date, and payment terms that name no day.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_northgate_style import (
    MONTHS,
    Book,
    a_day,
    cents,
    day_text,
    digits,
    money,
)
from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_dues_print import Sheet

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
#: Web shops: name, currency, money style, date style, title, order-number label, greeting,
#: VAT rate (prices include it), price scale.
SHOPS = (
    ("Kontorsgiganten AB", "SEK", "space", "iso", "Orderbekräftelse / Order confirmation",
     "Ordernummer", "Hej", 25.0, 10),
    ("Biuromax Sp. z o.o.", "PLN", "space", "dots", "Potwierdzenie zamówienia / Order confirmation",
     "Numer zamówienia", "Dzień dobry", 23.0, 4),
    ("Rautakauppa Kivi Oy", "EUR", "space", "dots", "Tilausvahvistus / Order confirmation",
     "Tilausnumero", "Hei", 25.5, 1),
    ("Dansk Teknikgros ApS", "DKK", "dot", "dots", "Ordrebekræftelse / Order confirmation",
     "Ordrenummer", "Hej", 25.0, 7),
)  # fmt: skip
_GOODS = ("Printer paper A4, 5 x 500 sheets", "Whiteboard markers, 4-pack", "Desk lamp LED",
          "Ethernet cable 5 m", "Archive boxes, 10-pack", "Coffee beans 1 kg",
          "Headset USB-C")  # fmt: skip


def order_mail(rng: random.Random) -> tuple[Sheet, Book]:
    """A web shop's order confirmation by e-mail: what was ordered, for how much, and when it
    should arrive. Its number is the order number; it bills the order's total."""
    shop, currency, style, days, title, order_label, hello, rate, scale = rng.choice(SHOPS)
    book = Book("purchase_order")
    ordered = a_day(rng)
    rows, net = [["Article", "Qty", "Price", "Total"]], 0.0
    for desc in rng.sample(_GOODS, rng.randint(1, 4)):
        qty = rng.randint(1, 10)
        unit = round(cents(rng, 4, 60) * scale, 2)
        rows.append([desc, str(qty), money(unit, style), money(qty * unit, style)])
        book.row(desc, qty, unit, qty * unit)
        net += round(qty * unit, 2)
    shipping = 0.0 if net > 100 * scale else round(rng.choice([4.9, 5.9, 7.9]) * scale, 2)
    total = round(net + shipping, 2)
    vat = round(total * rate / (100 + rate), 2)
    number = digits(rng, rng.choice([7, 9]))
    delivery = ordered + dt.timedelta(days=rng.randint(2, 6))
    buyer = book.person(rng.choice(["Emma Clarke", "David Okafor", "Lucy Brennan"]))
    sent = (f"{_WEEKDAYS[ordered.weekday()]}, {ordered.day} {MONTHS['en'][ordered.month - 1][:3]} "
            f"{ordered.year} 14:{rng.randint(10, 59)} +0100")  # fmt: skip
    payment = rng.choice(["Invoice, 30 days net", f"Card (Visa ****{digits(rng, 4)})",
                          "Invoice, 14 days net"])  # fmt: skip
    body: list[Block] = [
        ("kv", [("From", f"{book.seller(shop)} <order@{shop.split()[0].lower()}.example>"),
                ("To", f"{buyer} <{buyer.split()[0].lower()}@brightwell.example>"),
                ("Subject", f"{title.split(' / ')[0]} {number}"), ("Date", sent)]),
        ("title", title),
        ("para", f"{hello} {buyer.split()[0]}! Thank you for your order. We will send a delivery "
                 "notice with tracking when your parcel leaves our warehouse."),
        ("kv", [(f"{order_label} / Order number", book.num(number)),
                ("Order date", book.day("issue", ordered, day_text(ordered, days))),
                ("Customer number", digits(rng, 6)),
                ("Expected delivery", day_text(delivery, days)), ("Payment", payment)]),
        ("table", rows),
        ("kv", [("Shipping", f"{money(shipping, style)} {currency}"),
                ("Total incl. VAT", f"{book.pay(total, currency, money(total, style))} {currency}"),
                ("of which VAT", f"{money(vat, style)} {currency}")]),
        ("para", f"Questions? Reply to this e-mail or call customer service. Kind regards, {shop}"),
    ]  # fmt: skip
    return Sheet(body=body), book


__all__ = ["order_mail"]
