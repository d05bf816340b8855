"""Who sells (``keyFigures.vendor``): a bill's vendor (labelled, titled "Invoice from ..." or
"INVOICE - ...", else the firm beside its registration or the letterhead's organisation that
is not the customer), a receipt's merchant (found by :mod:`workflow.analyzers.merchants`), a
purchase order's supplier (labelled, or the organisation it is sent to)."""

from __future__ import annotations

import re

from workflow.analyzers.headlines import LETTERHEAD_CHARS
from workflow.analyzers.parties import clean_name, is_organisation
from workflow.analyzers.party_agents import agency
from workflow.analyzers.seller_names import (
    in_full,
    labelled_seller,
    labelled_vendor,
    shop_in_subject,
    titled_vendor,
)
from workflow.analyzers.seller_registrations import seller_among
from workflow.analyzers.statement_suppliers import statement_supplier

#: Types whose issuer is a seller, reported as ``keyFigures.vendor``.
_SELLING_TYPES = ("invoice", "receipt", "purchase_order")
#: A shop's thanks for the order: "Thanks for shopping with Field & Fern Home", "vielen Dank
#: für Ihre Bestellung bei Bergzeit Outdoor GmbH", "bedankt voor je bestelling bij ...".
_THANKS = re.compile(
    r"\b(?i:thanks|thank[ \t]+you|danke|dank|bedankt|merci|gracias|grazie|obrigad[oa])[ \t]+"
    r"(?:[^\W\d_]+[ \t]+){1,4}?"
    r"(?i:shopping|order(?:ing)?|purchase|bestellung|einkauf|bestelling|aankoop|commande|achat"
    r"|compra|pedido|ordine|acquisto)[ \t]+(?i:with|at|from|bei|bij|chez|aupr[èe]s[ \t]+de|en"
    r"|da|presso|na|no)[ \t]+(?P<name>(?:[A-ZÀ-Þ][\w'&.-]*|&|and|und|en|et|y|e|de|del|van|von)"
    r"(?:[ \t]+(?:[A-ZÀ-Þ][\w'&.-]*|&|and|und|en|et|y|e|de|del|van|von)){0,5})",
)
#: An e-mail's sender as its From line names it: "From: Quillon Bikes <store@shop.example>".
FROM_NAME = re.compile(
    r"^[ \t]*from\b[ \t]*:?[ \t]*\"?(?P<name>[^\"<@\n:]{2,60}?)\"?[ \t]*<[^>\n]*@", re.I | re.M
)


def vendor_of(document_type: str, parties: list[dict[str, str]], text: str) -> str | None:
    """Who sells: the labelled vendor or merchant, an "Invoice from ..." title, else the first
    organisation that is not the customer, else the name printed alone at the top. A
    supplier's statement of account has one too (:mod:`workflow.analyzers.statement_suppliers`)."""
    if document_type == "statement":
        return statement_supplier(parties, text)
    if document_type not in _SELLING_TYPES:
        return None
    found = _vendor(document_type, parties, text)
    return in_full(found, parties) if found else None


def _vendor(document_type: str, parties: list[dict[str, str]], text: str) -> str | None:
    """Who sells, before a brand is told in full (see :func:`vendor_of`)."""
    # The bank a payee label names ("Remit To" over its sort code) is paid into, sells nothing.
    organisations = [p for p in parties if p["kind"] == "organization" and p["role"] != "bank"]
    agents: set[str] = set()
    principal = None
    if document_type != "purchase_order":  # a buyer's agent orders for the buyer
        # A platform or an agent issuing for the seller is not the seller.
        agents, principal = agency(text, [p["name"] for p in organisations])
        organisations = [p for p in organisations if p["name"] not in agents]
    named = shop_in_subject(text) or principal or labelled_seller(text)
    named = named or _by_role(organisations)
    if named:
        return named
    named = titled_vendor(text) or labelled_vendor(text)
    if named and named not in agents:
        return named
    if document_type == "purchase_order":
        return _supplier(organisations, text)
    if thanked := _THANKS.search(text):  # "Thanks for shopping with Field & Fern Home."
        # the name ends with its sentence ("... B.V.. Dit heb je besteld")
        return clean_name(re.split(r"(?<=\.)\.?\s+", thanked.group("name"))[0]) or None
    sender = FROM_NAME.search(text)
    if sender and (brand := " ".join(sender.group("name").split())) != in_full(brand, parties):
        return in_full(brand, parties)  # "From: Vantage <...>", its legal name in the footer
    seller = seller_among(organisations, parties, text)
    if seller is None and agents:
        # The one an agent issues for, named as the bill's sender ("FROM: Lucía Benavides
        # c/o Workmarket Inc."), whoever it is: a freelancer is a person.
        seller = _sender(parties, text, agents)
    if seller is None and document_type == "invoice" and _OWN_INVOICE.search(text):
        # A freelancer mailing "my invoice" sends it in their own name: the sender sells.
        seller = _mailed_by(parties, text)
    if seller is None and document_type == "receipt" and not organisations:
        # A receipt written by hand or on a pad ("Recibo", "Reçu", "Quittung") between
        # people: who signs it received the money.
        seller = next((p["name"] for p in parties if p["role"] == "signatory"), None)
    return seller


def _supplier(organisations: list[dict[str, str]], text: str) -> str | None:
    """The firm a purchase order is sent to: its addressee (or the firm in its envelope
    window), else the organisation that is not the buyer heading the order (its first line)
    nor a customer's block ("Deliver to")."""
    sent_to = [p["name"] for p in organisations if p["role"] == "recipient"]
    if sent_to:
        return sent_to[0]
    if window := _window_addressee(text):
        return window
    head = next((line for line in text.splitlines() if line.strip()), "")
    others = [
        p["name"]
        for p in organisations
        if p["role"] not in ("customer", "sender") and p["name"] not in head
    ]
    return others[0] if others else None


def _by_role(organisations: list[dict[str, str]]) -> str | None:
    """A merchant named as such beats a vendor inferred from the sender (a payment app sends
    the receipt of a purchase from the merchant)."""
    for role in ("merchant", "vendor"):
        for party in organisations:
            if party["role"] == role:
                return party["name"]
    return None


def _sender(parties: list[dict[str, str]], text: str, agents: set[str]) -> str | None:
    """The party a bill's "From:" names (not an e-mail's sender), unless it is an agent."""
    mailed = {" ".join(m.group("name").split()) for m in FROM_NAME.finditer(text)}
    for party in parties:
        if party["role"] == "sender" and party["name"] not in agents | mailed:
            return party["name"]
    return None


#: A mail saying the invoice is its sender's own ("Please find my invoice", "our invoice").
_OWN_INVOICE = re.compile(r"\b(?:my|our)[ \t]+(?:invoice|bill)\b", re.IGNORECASE)


def _mailed_by(parties: list[dict[str, str]], text: str) -> str | None:
    """The e-mail's sender as its From line names it, when that sender is a party of the
    bill and not its customer."""
    sender = FROM_NAME.search(text)
    name = " ".join(sender.group("name").split()) if sender else ""
    roles = {p["role"] for p in parties if p["name"] == name}
    return name if name and roles and not roles & {"customer", "recipient"} else None


#: The sender's line over an envelope window's address, as business letters print it in
#: small type ("Albrecht GmbH · Postfach 2140 · 33311 Gütersloh", "Acme Ltd | 1 High St |
#: Leeds LS1 4AP", "Sender GmbH + Hauptstr. 3 - 12345 Berlin"): a name, then separators
#: between the parts of an address with a number in it.
_RETURN_ADDRESS = re.compile(
    r"^[ \t]*[^\W\d_][^\n]{2,60}?[ \t]+[\u00b7\u2022|+\u2013\u2014-][ \t]+[^\n]*\d[^\n]*$",
    re.MULTILINE,
)
#: Lines from the top in which the sender's line is looked for.
_RETURN_ADDRESS_LINES = 3


def _window_addressee(text: str) -> str | None:
    """The organisation in an envelope window: the first cell of the line under the sender's
    line (:data:`_RETURN_ADDRESS`), the addressee a purchase order is sent to."""
    lines = [line for line in text[:LETTERHEAD_CHARS].splitlines() if line.strip()]
    for index, line in enumerate(lines[:_RETURN_ADDRESS_LINES]):
        if _RETURN_ADDRESS.fullmatch(line) and index + 1 < len(lines):
            name = clean_name(re.split(r"\t|[ ]{2,}", lines[index + 1].strip())[0])
            return name if is_organisation(name) else None
    return None


__all__ = ["FROM_NAME", "vendor_of"]
