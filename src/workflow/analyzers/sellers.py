"""Who sells (``keyFigures.vendor``): a bill's vendor (labelled, titled "Invoice from ..." or
"INVOICE - ...", else the firm beside its registration or the letterhead's organisation that
is not the customer), a receipt's merchant (found by :mod:`workflow.analyzers.merchants`), a
purchase order's supplier (labelled, or the organisation it is sent to)."""

from __future__ import annotations

import re

from workflow.analyzers.grid import value_below
from workflow.analyzers.headlines import LETTERHEAD_CHARS, letterhead
from workflow.analyzers.parties import clean_name, is_organisation
from workflow.analyzers.party_agents import agency
from workflow.analyzers.party_names import ENDS_WITH_SUFFIX, FIELD_LABEL, SUFFIXES

#: Types whose issuer is a seller, reported as ``keyFigures.vendor``.
_SELLING_TYPES = ("invoice", "receipt", "purchase_order")
#: A title naming who issued the document: "Invoice from Acme Ltd", "Receipt from ...",
#: "INVOICE - Acme Ltd", "Rechnung - ...", and in the other languages, a capital after the
#: preposition ("Beleg von Acme GmbH", "Reçu de Acme SAS"; "Reçu de paiement" names no one).
INVOICE_FROM = re.compile(
    r"\b(?:invoice|receipt|bill|(?P<bought>order|purchase)|credit\s+note|statement|rechnung"
    r"|facture|factura|fattura"
    r"|beleg|quittung|re[çc]u|recibo|ricevuta|bon|kassenbon)"
    r"[ \t]+(?:from[ \t]+|[-\u2013\u2014:|][ \t]*|(?:von|de|di|da|van)[ \t]+(?=(?-i:[A-Z])))"
    r"(?P<name>[^\n]+)",
    re.IGNORECASE,
)
#: "Vendor:" / "Supplier:" with the name after it, or under it in a two-column header.
_VENDOR_LABEL = re.compile(
    r"^[ \t]*(?:vendor|supplier|seller|sold\s+by|lieferant|fournisseur|leverancier|proveedor"
    r"|fornitore|vendedor|vendeur|verk(?:ä|ae)ufer|rechnungssteller|[ée]metteur|emittente"
    # who issued a ticket or a bill: "Issued by", a rail ticket's "Beförderer" (carrier),
    # the contractor of an application for payment, the landlord an agent collects for
    r"|issued\s+by|ausgestellt\s+von|[ée]mis\s+par|emitido\s+por|emesso\s+da"
    r"|bef(?:ö|oe|o)rderer|(?:from\s+)?contractor|landlord|lessor|vermieter(?:in)?|bailleur"
    r"|arrendador|locatore|verhuurder"
    # an Italian e-invoice's seller: "Cedente/prestatore (fornitore)"
    r"|cedente(?:[ \t]*/[ \t]*prestatore)?(?:[ \t]*\([ \t]*fornitore[ \t]*\))?"
    # a block's heading: "DATOS DEL EMISOR", "Dati del fornitore", "Supplier details"
    r"|(?:datos|dati)[ \t]+del[ \t]+(?:emisor|proveedor|fornitore|vendedor)|emisor"
    r"|(?:supplier|seller|vendor)[ \t]+details)"
    # a colon, or a cell's gap in a band of labels ("Vendor  Ship To" over their values)
    r"(?:[ \t]*:|(?=\t|[ ]{2,}|[ \t]*$))[ \t]*(?P<rest>[^\n]*)",
    re.IGNORECASE | re.MULTILINE,
)
#: A seller's own label: what it names sells, whatever the name looks like (a marketplace's
#: seller by user name, "Seller: lenscraft_uk (2876)", with its feedback score).
_SELLER_LABEL = re.compile(
    r"^[ \t]*(?:seller|sold[ \t]+by|verk(?:ä|ae)ufer|vendeur|vendedor|venditore|verkoper)"
    r"[ \t]*:[ \t]*(?P<name>[^\s(][^\n(]{0,40}?)[ \t]*(?:\(\d+\))?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
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
    r"|company[ \t]+(?:no\.?|number|reg(?:istration)?)|registered[ \t]+in|HRB|tax[ \t]+id|EIN)\b",
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

#: An e-mail's sender as its From line names it: "From: Quillon Bikes <store@shop.example>".
FROM_NAME = re.compile(
    r"^[ \t]*from\b[ \t]*:?[ \t]*\"?(?P<name>[^\"<@\n:]{2,60}?)\"?[ \t]*<[^>\n]*@", re.I | re.M
)
#: An e-mail's subject line.
_SUBJECT = re.compile(r"^[ \t]*subject[ \t]*:[^\n]*", re.IGNORECASE | re.MULTILINE)


#: The names of the bills a statement of account lists, in the languages read.
_BILL_NAMES = (
    r"(?:invoice|inv|factuur|facture|factura|fattura|rechnung|credit[ \t]+note|creditnota"
    r"|avoir|abono|nota[ \t]+di[ \t]+credito|faktura|lasku|fatura|kreditnota|hyvityslasku"
    r"|dobropis|nota[ \t]+de[ \t]+cr[ée]dito)"
)
#: A statement's row naming an invoice or a credit note it lists ("28-09-2025  INV-4552
#: Factuur  632,56", "21.01.2026  RE SI-629093  359,05"), or opening with the bill's name
#: and number ("Lasku 02181  364,91 €", "Faktura - daňový doklad 09560  584,44 Kč"): a
#: supplier's statement of account.
_ACCOUNT_ROW = re.compile(
    r"^[ \t]*(?:(?:\d|[^\W\d_]{3,9}\.?[ \t]+\d)[^\n]*?"
    rf"(?:\b{_BILL_NAMES}\b"
    r"|(?:^|\t|[ ]{2})(?:RE|FA|FV|CN)[ \t]+[A-Z]{0,4}[-/]?\d)"
    rf"|{_BILL_NAMES}\b[ \t]*(?:[-\u2013][^\n\d]{{0,24}})?(?:no\.?|nr\.?|\#)?"
    r"[ \t]*[A-Z]{0,4}[-/]?\d"
    r"[^\n]*\d[.,]\d\d\b)",
    re.IGNORECASE | re.MULTILINE,
)
#: An ageing of the balance in 30-day columns ("Current  1-30 Days  31-60 Days ...").
_AGEING = re.compile(r"\b31[ \t]*-[ \t]*60\b[^\n]*\b61[ \t]*-[ \t]*90\b")
#: An account holder's label: a bank's or a card's statement ("Kontoinhaber: ...").
_HOLDER = re.compile(
    r"\b(?:account[ \t]+holder|card[ \t]?holder|kontoinhaber(?:in)?|titulaire"
    r"|rekeninghouder|titular|intestatari[oa])\b",
    re.IGNORECASE,
)
#: Rows that make a statement a supplier's (one will do: a small account lists one invoice).
_MIN_ACCOUNT_ROWS = 1
#: An issuer that is a bank or a card's: its statement sells nothing.
_BANKING = re.compile(
    r"\b(?:\w*bank|banco|banca|banque|\w*sparkasse|raiffeisen\w*|credit[ \t]+union"
    r"|building[ \t]+society|card[ \t]+services|cr[ée]dit[ \t]+(?:agricole|mutuel|lyonnais)|caixa"
    r"|caja|cassa)\b",
    re.IGNORECASE,
)


def vendor_of(document_type: str, parties: list[dict[str, str]], text: str) -> str | None:
    """Who sells: the labelled vendor or merchant, an "Invoice from ..." title, else the first
    organisation that is not the customer, else the name printed alone at the top. A
    supplier's statement of account has one too (:func:`_statement_supplier`)."""
    if document_type == "statement":
        return _statement_supplier(parties, text)
    if document_type not in _SELLING_TYPES:
        return None
    found = _vendor(document_type, parties, text)
    return in_full(found, parties) if found else None


def _statement_supplier(parties: list[dict[str, str]], text: str) -> str | None:
    """The supplier whose statement of account lists the invoices, credit notes and payments
    of a customer's account (rows naming invoices, or the balance aged in 30-day columns): the
    seller a bill would name. A bank's or a card's statement has none."""
    rows = len(_ACCOUNT_ROW.findall(text))
    if (rows < _MIN_ACCOUNT_ROWS and not _AGEING.search(text)) or _HOLDER.search(text):
        return None
    organisations = [p for p in parties if p["kind"] == "organization" and p["role"] != "bank"]
    found = _seller(organisations, parties, text)
    firms = {p["name"] for p in organisations}
    if found is None or found not in firms or _BANKING.search(found):
        return None
    return in_full(found, parties)


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
    named = _shop_in_subject(text) or principal or _labelled_seller(text)
    named = named or _by_role(organisations)
    if named:
        return named
    named = _titled_vendor(text) or labelled_vendor(text)
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
    seller = _seller(organisations, parties, text)
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


def _shop_in_subject(text: str) -> str | None:
    """ "Subject: Your Craftmart purchase from NorthForkPottery": the shop, not the mailer."""
    subject = _SUBJECT.search(text)
    titled = INVOICE_FROM.search(subject.group(0)) if subject else None
    return _titled_vendor(titled.group(0)) if titled and titled.group("bought") else None


def _labelled_seller(text: str) -> str | None:
    """The name a seller's own label gives (see ``_SELLER_LABEL``), cut at its address."""
    match = _SELLER_LABEL.search(text)
    name = _before_address(clean_name(match.group("name"))) if match else ""
    return name if name and not re.search(r"\d", name) else None


def _by_role(organisations: list[dict[str, str]]) -> str | None:
    """A merchant named as such beats a vendor inferred from the sender (a payment app sends
    the receipt of a purchase from the merchant)."""
    for role in ("merchant", "vendor"):
        for party in organisations:
            if party["role"] == role:
                return party["name"]
    return None


def in_full(name: str, parties: list[dict[str, str]]) -> str:
    """A brand ("Vantage", "THE HARBOURSIDE") named in full with its legal form elsewhere
    ("Vantage Cloud Ireland Operations Limited" in a footer) is that company: the legal name
    is who sells."""
    if ENDS_WITH_SUFFIX.search(" " + name):
        return name
    short = _words(name)
    for party in parties:
        full = _words(party["name"])
        if (
            party["kind"] == "organization"
            and party["role"] not in ("customer", "recipient")
            and len(full) > len(short) > 0
            and full[: len(short)] == short
            and ENDS_WITH_SUFFIX.search(" " + party["name"])
        ):
            return party["name"]
    return name


def _words(name: str) -> list[str]:
    """A name's words for comparison: case and a leading "The" aside."""
    words = re.findall(r"[^\W_]+", name.casefold())
    return words[1:] if words[:1] == ["the"] else words


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


def _seller(
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
    distances = [
        (abs(i - m), rank)
        for rank, name in enumerate(names)
        for i, line in enumerate(lines)
        if name in line
        for m in marked
        if abs(i - m) <= _REGISTRATION_LINES and blocks[i] == blocks[m]
    ]
    return names[min(distances)[1]] if distances else None


def _titled_vendor(text: str) -> str | None:
    """The organisation of an "Invoice from ..." (or receipt, bill, order) title; whoever an
    order or a purchase is from sells ("Your Craftmart purchase from NorthForkPottery
    (3134124491)"), a shop whatever its name looks like."""
    titled = INVOICE_FROM.search(text)
    if titled is None:
        return None
    name = _before_address(clean_name(titled.group("name").split("(")[0]))
    if name and is_organisation(name):
        return name
    bought = titled.group("bought") and re.fullmatch(r"[A-ZÀ-Þ][^\W\d_]*(?: [^\W\d_]+){0,3}", name)
    return name if bought else None


def _before_address(name: str) -> str:
    """A firm's name without the address run into it: "Hollybrook Home Ltd, Unit 4 Riverside
    Trading Estate, Leicester" is "Hollybrook Home Ltd" ("Brisa, S.A.U." keeps its form)."""
    parts = name.split(",")
    kept = parts[0]
    for part in parts[1:]:
        if not re.fullmatch(rf"[ \t]*{SUFFIXES}[ \t]*", part):
            break
        kept = f"{kept},{part}"
    return kept.strip() if kept != name and is_organisation(kept) else name


def labelled_vendor(text: str) -> str | None:
    """The organisation after a "Vendor:" label, or under it (the next line, or the same
    column of the next line when the label heads a two-column header: "Vendor:   P.O. #: 123"
    over "Acme Ltd   Date: ...")."""
    match = _VENDOR_LABEL.search(text)
    if match is None:
        return None
    candidates = [re.split(r"\t|[ ]{2,}", match.group("rest").strip())[0]]
    below = value_below(text, match.start() + len(match.group(0)) - len(match.group(0).lstrip()))
    if below is not None:
        candidates.append(below[0])
    following = text[match.end() :].lstrip("\n").split("\n", 1)[0]
    candidates.append(re.split(r"\t|[ ]{2,}", following.strip())[0])
    for candidate in candidates:
        # a table's rule that OCR reads as a bar before the cell: "| Summit Ridge LLC"
        name = clean_name(candidate.lstrip("|¦ ")) if candidate else None
        name = _before_address(name) if name else None
        if name and is_organisation(name) and not FIELD_LABEL.search(name):
            return name
    return None


__all__ = ["FROM_NAME", "INVOICE_FROM", "in_full", "labelled_vendor", "vendor_of"]
