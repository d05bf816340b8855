"""Web shops' order confirmations for the ledger documents
(:mod:`testbed.evaluation.variety_ledger`): a British shop's plain-text e-mail with each
product's name, its variant on the line below and "Qty: 2" beside the line's price; a German
and a Dutch shop's message with the items in a table ("Artikel Menge Einzelpreis Gesamt",
"Product Aantal Prijs Totaal"), the shipping and the voucher under the subtotal.
"""

from __future__ import annotations

import random

from testbed.evaluation.truth import unmark
from testbed.evaluation.variety_ledger_build import Drawn
from testbed.evaluation.variety_ledger_paper import Doc, Row, Table
from testbed.evaluation.variety_ledger_style import Pen, cents, someday

_UK_SHOP = (
    ("Merino crew jumper", "Oatmeal / M", 68.0), ("Linen cushion cover 45 x 45 cm", "Sage", 22.0),
    ("Stoneware mug set of 4", "Speckled white", 36.0),
    ("Wool throw 130 x 180 cm", "Charcoal", 89.0),
    ("Beeswax candle, tall", "Natural", 12.5), ("Enamel colander", "Cream", 27.0),
)  # fmt: skip


def order_uk(rng: random.Random) -> Drawn:
    """A British shop's order e-mail: the product's name, its variant under it, then
    "Qty: 2" and the line's price; delivery and a promo code under the subtotal."""
    p = Pen.start(rng, "uk")
    placed = someday(rng)
    shop = p.seller(rng.choice(("Hartley & Pike", "Field & Fern Home")))
    name = rng.choice(("Rosie", "Tom", "Aoife"))
    number = p.ident(f"HP{rng.randint(100000, 999999)}")
    lines = [f"Hi {name},", "", f"Thanks for shopping with {shop}. We're getting your order "
             "ready and will email you again when it's on its way.", "",
             f"ORDER #{number}", f"Placed on {p.day(placed, 'issue', 'long')}", ""]  # fmt: skip
    subtotal = 0.0
    for text, variant, price in rng.sample(_UK_SHOP, rng.randint(2, 4)):
        count = rng.choice((1, 1, 2, 3))
        amount = cents(count * price)
        subtotal += amount
        p.item(text, float(count), None if count > 1 else price, amount)
        lines += [text, variant, f"Qty: {count}".ljust(40) + p.money(amount), ""]
    delivery = rng.choice((3.95, 4.95, 0.0))
    off = cents(subtotal * 0.1)
    total = subtotal + delivery - off
    lines += [
        "Subtotal".ljust(40) + p.money(subtotal),
        "Delivery (Standard 3-5 working days)".ljust(40)
        + (p.money(delivery) if delivery else "FREE"),
        "Discount (WELCOME10)".ljust(40) + p.money(-off),
        "Total".ljust(40) + p.total(total), "",
        "Delivery address", f"{name} Gallagher", "27 Wellington Road", "Bristol BS6 5AE", "",
        f"Questions? Reply to this email or visit our help centre. - The {shop} team",
    ]  # fmt: skip
    p.person(f"{name} Gallagher")
    head = {"From": f"{shop} <orders@hartleyandpike.co.uk>",
            "To": f"{name.lower()}.gallagher@postbox.example",
            "Subject": f"Your {shop} order #{number} is confirmed"}  # fmt: skip
    return Drawn(Doc([("text", lines)]), p, placed, head)


_DE_SHOP: tuple[tuple[str, float], ...] = (
    ("Trekkingrucksack 38 l, Farbe: Petrol", 119.95), ("Funktionsshirt Herren, Gr. L", 34.9),
    ("Isomatte selbstaufblasend 183 x 51 cm", 64.0), ("Stirnlampe 400 Lumen, USB-C", 29.99),
    ("Trinkflasche Edelstahl 0,75 l", 21.5), ("Wandersocken Merino, 2er-Pack, Gr. 43-46", 18.95),
)  # fmt: skip
_NL_SHOP: tuple[tuple[str, float], ...] = (
    ("Koffiemolen handmatig, keramisch maalwerk", 44.95), ("Theepot glas 1,2 l met filter", 24.99),
    ("Espressokopjes 4 stuks, mat zwart", 19.95), ("Melkopschuimer elektrisch", 39.0),
    ("Bonen Ethiopië Sidamo 1 kg", 27.5),
)  # fmt: skip
_WORDS = {
    "de": ("Bestellbestätigung", "Hallo {n},", "vielen Dank für Ihre Bestellung bei {s}. "
           "Hier ist die Übersicht:", "Bestellnummer", "Bestelldatum",
           ("Artikel", "Menge", "Einzelpreis", "Gesamt"), "Zwischensumme", "Versand",
           "Gutschein", "Gesamtsumme (inkl. MwSt.)"),
    "nl": ("Bestelbevestiging", "Beste {n},", "bedankt voor je bestelling bij {s}. "
           "Dit heb je besteld:", "Bestelnummer", "Besteldatum",
           ("Product", "Aantal", "Prijs", "Totaal"), "Subtotaal", "Verzendkosten",
           "Kortingscode", "Totaal (incl. btw)"),
}  # fmt: skip


def _order_table(rng: random.Random, locale: str) -> Drawn:
    p = Pen.start(rng, locale)
    placed = someday(rng)
    words = _WORDS[p.lang]
    if locale == "de":
        shop = p.seller(rng.choice(("Bergzeit Outdoor GmbH", "Gipfelglück Versand GmbH")))
        name, stock = rng.choice(("Lena Hoffmann", "Tobias Krämer")), _DE_SHOP
    else:
        shop = p.seller(rng.choice(("Koffiehuis Online B.V.", "Brouwerij & Bonen B.V.")))
        name, stock = rng.choice(("Sanne de Vries", "Joost Bakker")), _NL_SHOP
    p.person(name)
    number = p.ident(f"{rng.randint(3000000, 3999999)}")
    rows: list[Row] = []
    subtotal = 0.0
    for text, price in rng.sample(stock, rng.randint(2, 4)):
        count = rng.choice((1, 1, 2))
        amount = cents(count * price)
        subtotal += amount
        p.item(text, float(count), price, amount)
        code = (
            f"Art.-Nr. {rng.randint(100000, 999999)}"
            if locale == "de"
            else f"SKU {rng.randint(1000, 9999)}"
        )
        rows.append(Row([f"{text}\n{code}", str(count), p.money(price), p.money(amount)],
                        value=amount))  # fmt: skip
    ship = rng.choice((4.95, 5.9, 0.0))
    off = rng.choice((5.0, 10.0))
    total = subtotal + ship - off
    table = Table(list(words[5]), rows, frozenset({1, 2, 3}), [50, 8, 14, 14], wrap=0,
                  rules="lines")  # fmt: skip
    blocks = [
        ("title", words[0]),
        ("text", [words[1].format(n=name.split()[0]), words[2].format(s=shop)]),
        ("kv", [(words[3], number), (words[4], p.day(placed, "issue"))]),
        ("table", table),
        ("totals", [(words[6], p.money(subtotal)), (words[7], p.money(ship)),
                    (words[8], p.money(-off)), (words[9], p.total(total))]),
        ("text", ["", name, "Lindenstraße 14, 50674 Köln" if locale == "de"
                  else "Oudegracht 120, 3511 AX Utrecht"]),
    ]  # fmt: skip
    domain = "".join(c for c in unmark(shop).split()[0].lower() if c.isalpha())
    head = {"From": f"{shop} <bestellung@{domain}.example>", "To": f"{name.split()[0].lower()}"
            "@mail.example", "Subject": f"{words[0]} {number}"}  # fmt: skip
    return Drawn(Doc(blocks), p, placed, head)


def bestellung(rng: random.Random) -> Drawn:
    """A German outdoor shop's order confirmation: the items in a table with an article
    number under each name, voucher and shipping under the subtotal."""
    return _order_table(rng, "de")


def bestelling(rng: random.Random) -> Drawn:
    """A Dutch coffee shop's order confirmation: "Product Aantal Prijs Totaal"."""
    return _order_table(rng, "nl")


__all__ = ["bestelling", "bestellung", "order_uk"]
