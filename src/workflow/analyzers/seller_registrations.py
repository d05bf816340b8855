"""A bill's seller by where the firms stand on it: the firm printed beside its registration
(a VAT, tax or company number) that is not labelled as the customer's, else the first
organisation that is not the customer, else the letterhead. Who the customer is comes from
its label ("Bill to", "Kunde", "Cliente"...), the bill's addressees, and a sentence saying
whom the work was done for."""

from __future__ import annotations

import re

from workflow.analyzers.grid import value_below
from workflow.analyzers.headlines import letterhead
from workflow.analyzers.parties import clean_name

#: A customer's label, in the languages the analyzer reads: what it labels (after it, or
#: under it in a band of labels) is the customer, however else the name is read.
_CUSTOMER_LABEL = re.compile(
    r"(?:^|(?<=\t)|(?<=[ ]{2}))[ \t]*(?:bill(?:ed)?[ \t]+to|invoice[ \t]+to|sold[ \t]+to"
    r"|ship(?:ped)?[ \t]+to|deliver[ \t]+to|(?:customer|client)(?:[ \t]+details)?|buyer|purchaser"
    r"|(?:datos|dati)[ \t]+del[ \t]+(?:cliente|comprador|destinatario)|kundendaten"
    r"|rechnungs(?:empf(?:ä|ae)nger|adresse)|kunde|lieferanschrift|lieferadresse"
    r"|factur[ée][ \t]+[àa]|adresse[ \t]+de[ \t]+facturation|factureren[ \t]+aan|klant"
    r"|factuuradres|afleveradres|rechnungsanschrift|direcci[óo]n[ \t]+de[ \t]+facturaci[óo]n"
    r"|facturar[ \t]+a|facturado[ \t]+a|cliente|intestatario|destinatario|spett\.?(?:le)?"
    r"|cessionario(?:[ \t]*/[ \t]*committente)?(?:[ \t]*\([ \t]*cliente[ \t]*\))?)"
    r"[ \t]*(?::|\t|[ ]{2,}|[ \t]*$)[ \t]*(?P<rest>[^\n]*)",
    re.IGNORECASE | re.MULTILINE,
)
#: A line of a firm's registration: its tax number, VAT or company number. The seller
#: prints its own beside its name; a customer's is labelled as the customer's.
_REGISTRATION = re.compile(
    r"\b(?:ABN|ACN|GST(?:IN)?[ \t]*(?:no\.?|number|reg\.?)|VAT[ \t]*(?:no\.?|number|reg\.?|id)"
    r"|USt[.-]?[ \t]?Id(?:[.-]?Nr\.?)?|Steuer-?(?:nummer|nr\.?)|SIRE[NT]|N°[ \t]*TVA|TVA[ \t]*intra"
    r"|P\.?[ \t]?IVA|partita[ \t]+IVA|KvK|BTW[ \t-]?(?:nr\.?|nummer|id)|NIF|CIF"
    r"|company[ \t]+(?:no\.?|number|reg(?:istration)?)|registered[ \t]+in|HRB|tax[ \t]+id|EIN"
    # the UAE's VAT registration, its tax registration number: "TRN 100941662900975"
    r"|TRN)\b",
    re.IGNORECASE,
)
#: Registrations only the seller prints (a customer's VAT number is printed on EU B2B bills).
_SELLERS_ONLY = re.compile(
    r"\b(?:ABN|ACN|GST(?:IN)?[ \t]*(?:no\.?|number|reg\.?)|Steuer-?(?:nummer|nr\.?)|SIRE[NT]|KvK"
    r"|company[ \t]+(?:no\.?|number|reg(?:istration)?)|registered[ \t]+in|HRB|EIN)\b",
    re.IGNORECASE,
)
#: A registration labelled as the customer's: "Customer VAT ID", "Your VAT number".
_THEIR_REGISTRATION = re.compile(
    r"\b(?:customer|client|your|buyer|kund(?:e|en)?|ihre?|votre|du[ \t]+client|uw|klant|cliente"
    r"|vostr[oa]|su)\b",
    re.IGNORECASE,
)
#: A registration's number: five digits or more, in groups ("43 237 696 946", "DE123456789").
_NUMBERED = re.compile(r"\d(?:[ .-]?\d){4,}")
#: How many lines apart a firm's name and its registration may stand (a name over its
#: address over its number, or under a column of numbers).
_REGISTRATION_LINES = 3


def seller_among(
    organisations: list[dict[str, str]], parties: list[dict[str, str]], text: str
) -> str | None:
    """A bill's seller: the firm beside its registration, else the first organisation that
    is not the customer, else the letterhead that is not the customer."""
    labelled, addressed = _customers(parties, text)
    served = {_key(p["name"]) for p in organisations if _served(p["name"], text)}
    head = letterhead(text)
    if not labelled and head and _key(head) in addressed and len(addressed) > 1:
        # Two firms each over their street and no label saying who buys: the block at the
        # top is the sender's (its letterhead), the one under it the addressee.
        addressed = addressed - {_key(head)}
    customers = (labelled or addressed) | served
    # A firm beside its registration is the seller even when it is printed over a street
    # the way an addressee is (a Xero invoice's column under its details).
    # So is the name at the top over its own registration (a tradesman's "De Vries
    # Schilderwerken" over its street, read as an addressee).
    sellers = [p["name"] for p in organisations if _key(p["name"]) not in labelled | served]
    if head and _key(head) not in labelled:
        sellers.append(head)
    # An addressee's VAT number is the customer's (a B2B bill in the EU prints it under the
    # customer's address); only a number no customer prints (an ABN, a company number) makes
    # an addressee the seller.
    registered = _registered([n for n in sellers if _key(n) not in customers], text)
    registered = registered or _registered(sellers, text, _SELLERS_ONLY)
    if registered:
        return registered
    for party in organisations:
        if _key(party["name"]) not in customers:
            return party["name"]
    return head if head and _key(head) not in customers else None


#: A sentence saying whom the work was done for ("my invoice for the work done for Fernbrook
#: Media Ltd (your PO ...)", "services provided to Acme Ltd"): that firm is the customer.
_SERVED_BEFORE = (
    r"\b(?:work|services?|jobs?|tasks?|project)[ \t]+(?:done|carried[ \t]+out|performed|provided"
    r"|completed|delivered|undertaken|rendered)[ \t]+(?:for|to)[ \t]+(?:the[ \t]+)?"
)


def _served(name: str, text: str) -> bool:
    """Whether a sentence says the work billed was done for ``name``."""
    return re.search(_SERVED_BEFORE + re.escape(name), text, re.IGNORECASE) is not None


def _key(name: str) -> str:
    """``name`` for comparison: case, a final full stop and a leading "The" aside (an
    addressee "The Laughing Kettle Ltd" is the firm "Laughing Kettle Ltd" found by shape)."""
    return re.sub(r"^the\s+", "", name.casefold().rstrip("."))


def _customers(parties: list[dict[str, str]], text: str) -> tuple[set[str], set[str]]:
    """Who buys: the parties and values under a customer's label, and the bill's addressees
    ("To: Tui Lodge Ltd", or a firm over its street). Where a label names the customer, a
    firm over a street elsewhere is the seller's block (under the title "INVOICE", or in the
    column under the invoice's details), so the addressees count only without a label."""
    labelled = {_key(p["name"]) for p in parties if p["role"] == "customer"}
    for match in _CUSTOMER_LABEL.finditer(text):
        values = [re.split(r"\t|[ ]{2,}", match.group("rest").strip())[0]]
        label_at = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        below = value_below(text, label_at)
        if below is not None:
            values.append(below[0])  # a band of labels over their values
        elif not values[0]:
            following = text[match.end() :].lstrip("\n").split("\n", 1)[0]
            values.append(re.split(r"\t|[ ]{2,}", following.strip())[0])
        labelled |= {_key(name) for value in values if (name := clean_name(value))}
    addressed = {_key(p["name"]) for p in parties if p["role"] == "recipient"}
    return labelled, addressed


def _registered(
    names: list[str], text: str, registration: re.Pattern[str] = _REGISTRATION
) -> str | None:
    """The firm printed beside a registration (a VAT, tax or company number) that is not
    labelled as the customer's: the seller's block or its footer."""
    lines = text.splitlines()
    marked = [
        index
        for index, line in enumerate(lines)
        if (found := registration.search(line))
        and not _THEIR_REGISTRATION.search(line[: found.start()])
        # its number on the line, or under the label in a column of details
        and _NUMBERED.search(" ".join(lines[index : index + 2]))
    ]
    blocks = [0]  # each line's block: lines between blank lines
    for line in lines[1:]:
        blocks.append(blocks[-1] + (not line.strip()))
    # A firm prints its registration under its name and address: a name above the number
    # is its owner before one below it (the addressee's block under the seller's "EIN").
    distances = [
        (i > m, abs(i - m), rank)
        for rank, name in enumerate(names)
        for i, line in enumerate(lines)
        if name in line
        for m in marked
        if abs(i - m) <= _REGISTRATION_LINES and blocks[i] == blocks[m]
    ]
    return names[min(distances)[2]] if distances else None


__all__ = ["seller_among"]
