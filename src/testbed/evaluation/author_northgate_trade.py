"""What northgate's Central and Eastern European invoices share: the goods an English-reading
office buys there, its names and VAT numbers as the buyer, the numbered item rows, and the
seller and buyer printed side by side.
"""

from __future__ import annotations

import random
import unicodedata

from testbed.evaluation.author_northgate_style import Book, cents, digits, money
from testbed.evaluation.corpus import Block

#: What a Central European supplier bills: description, price range (in euro; scaled).
GOODS = (
    ("Steel bracket type L-40", 2, 9), ("CNC machining, hours", 30, 60),
    ("Corrugated box 600x400x400", 1, 3), ("Transport Poznań - Leeds", 380, 900),
    ("Software localisation, pages", 12, 25), ("Powder coating RAL 9005, m2", 6, 14),
    ("Aluminium profile 40x40, 6 m", 20, 48), ("Warehouse storage, pallet-week", 2, 5),
    ("Technical translation EN-PL", 15, 30), ("Printed circuit board assembly", 8, 35),
)  # fmt: skip
#: The English-reading buyers: name, address, the country of their VAT number.
BUYERS = (
    ("Brightwell Instruments Ltd", "14 Chapel Street, Leeds LS1 4DY, United Kingdom", "GB"),
    ("Harrow & Kent Engineering Ltd", "Unit 7, Riverside Park, Reading RG1 8EQ, UK", "GB"),
    ("Blue Finch Analytics Ltd", "3 Dock Road, Dublin D02 X285, Ireland", "IE"),
)


def item_rows(
    rng: random.Random, book: Book, scale: float, *, sign: int = 1, most: int = 5,
    units: tuple[str, ...] = ("szt.", "pcs"),
) -> tuple[list[list[str]], float]:  # fmt: skip
    """Numbered rows (number, description, qty, unit, unit price, net value), written into
    ``book``, and their sum; prices in the euro ranges of :data:`GOODS` times ``scale``."""
    rows, net = [], 0.0
    for index, (desc, low, high) in enumerate(rng.sample(GOODS, rng.randint(1, most)), 1):
        qty = sign * rng.randint(1, 40)
        unit = cents(rng, low * scale, high * scale)
        amount = round(qty * unit, 2)
        net += amount
        price, value = money(unit, "space"), money(amount, "space")
        rows.append([str(index), desc, str(qty), rng.choice(units), price, value])
        book.row(desc, qty, unit, amount)
    return rows, round(net, 2)


def slug(name: str) -> str:
    """A company's first word as a mail domain spells it (no diacritics)."""
    plain = unicodedata.normalize("NFKD", name.split(maxsplit=1)[0]).encode("ascii", "ignore")
    return plain.decode().lower()


def buyer_lines(rng: random.Random, book: Book) -> list[str]:
    """One of :data:`BUYERS` as the addressee, with a VAT number."""
    name, address, country = rng.choice(BUYERS)
    book.org(name)
    return [name, address, f"VAT: {country}{digits(rng, 9)}"]


def parties(seller: tuple[str, list[str]], buyer: tuple[str, list[str]]) -> Block:
    """The seller and the buyer side by side, each under its (bilingual) heading."""
    return (
        "side",
        tuple([("heading", title), ("lines", lines)] for title, lines in (seller, buyer)),
    )


__all__ = ["BUYERS", "GOODS", "buyer_lines", "item_rows", "parties", "slug"]
