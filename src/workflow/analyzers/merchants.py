"""A receipt's or an e-mail's merchant, added to the parties when none sells among them: the
shop its first line names ("CEDAR LANE MARKET #9779", "Receipt from Larkspur Fonts LLC",
"bazaarly.example"), else the sender that heads its message with its own name."""

from __future__ import annotations

import re

from workflow.analyzers.entities import MAX_PARTIES
from workflow.analyzers.headlines import MAX_MERCHANT_WORDS, TITLE_CELL, names_something
from workflow.analyzers.parties import merge_parties
from workflow.analyzers.seller_names import INVOICE_FROM, labelled_vendor
from workflow.analyzers.sellers import FROM_NAME

#: A chain's store number after its name on a till's first line ("CEDAR LANE MARKET #9779",
#: "Bio Markt Filiale 212"): the shop is the name before it.
_STORE_NUMBER = re.compile(
    r"[ \t]+(?:(?:store|shop|branch|filiale|magasin|tienda|negozio|filiaal)[ \t]*)?"
    r"(?:#|no\.?|nr\.?|n[°º])?[ \t]*#?\d{1,6}[ \t]*$",
    re.IGNORECASE,
)
#: A web shop's address standing for its name: "bazaarly.example", "shop.co.uk".
_DOMAIN = re.compile(r"(?P<name>[a-z0-9][a-z0-9-]*)(?:\.[a-z]{2,3})?\.[a-z]{2,}", re.IGNORECASE)


def with_merchant(parties: list[dict[str, str]], text: str) -> list[dict[str, str]]:
    """Receipts name the shop in their first line (and rarely anywhere else); an e-mailed
    one may print its sender's name as the banner of its body instead."""
    if any(party["role"] in ("vendor", "merchant") for party in parties):
        return parties
    if sold_by := labelled_vendor(text):  # "Sold by: Acme LLC" under "Order Summary"
        merchant = {"name": sold_by, "role": "merchant", "kind": "organization"}
        return merge_parties([merchant, *parties])[:MAX_PARTIES]
    first = next((line.strip() for line in text.splitlines() if names_something(line)), "")
    titled = INVOICE_FROM.match(first)  # "Receipt from Larkspur Fonts LLC": the shop named
    first = titled.group("name").strip() if titled else first
    cells = re.split(r"\t|[ ]{2,}", first)
    if len(cells) > 1 and all(_title_beside(cell) for cell in cells[1:]):
        first = cells[0]  # the shop's name, and the document's title beside it
    if domain := _DOMAIN.fullmatch(first):
        first = domain.group("name")  # "bazaarly.example" is the shop Bazaarly
    store = _STORE_NUMBER.search(first)
    if store and re.search(r"[^\W\d_]{3}", first[: store.start()]) and ":" not in first:
        first = first[: store.start()]
    words = first.split()
    sentence = bool(re.search(r"[!?]$|:\s", first))  # "Good news: your order has shipped!"
    if sentence or not 0 < len(words) <= MAX_MERCHANT_WORDS or any(c.isdigit() for c in first):
        banner = _sender_banner(text)
        if banner is None:
            return parties
        first = banner
    merchant = {"name": first, "role": "merchant", "kind": "organization"}
    return merge_parties([merchant, *parties])[:MAX_PARTIES]


#: A title beside a shop's name is a few words ("E-ticket receipt"), not a sentence that
#: says it received ("reconnais avoir reçu de ...").
_TITLE_CELL_WORDS = 4


def _title_beside(cell: str) -> bool:
    return bool(TITLE_CELL.search(cell)) and len(cell.split()) <= _TITLE_CELL_WORDS


def _sender_banner(text: str) -> str | None:
    """The sender of an e-mail whose name is also printed alone on a line of its body: a
    shop heading its message with its own name (a person signs, but does not head, a mail)."""
    sender = FROM_NAME.search(text)
    if sender is None:
        return None
    name = " ".join(sender.group("name").split())
    if not 0 < len(name.split()) <= MAX_MERCHANT_WORDS or any(c.isdigit() for c in name):
        return None
    alone = re.compile(rf"^[ \t]*{re.escape(name)}[ \t]*$", re.IGNORECASE | re.MULTILINE)
    return name if alone.search(text, sender.end()) else None


__all__ = ["with_merchant"]
