"""A seller as a document names it: a title ("Invoice from Acme Ltd", "INVOICE - ...", an
e-mail's subject "Your Craftmart purchase from ..."), a "Vendor:" or "Seller:" label, and a
brand told in full by the legal name printed elsewhere. Used by
:mod:`workflow.analyzers.sellers` and :mod:`workflow.analyzers.merchants`."""

from __future__ import annotations

import re

from workflow.analyzers.grid import value_below
from workflow.analyzers.parties import clean_name, is_organisation
from workflow.analyzers.party_names import ENDS_WITH_SUFFIX, FIELD_LABEL, SUFFIXES

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
    # a Brazilian boleto's "Beneficiário": the issuer the slip pays
    r"|benefici(?:á|a)rio"
    # an Italian e-invoice's seller: "Cedente/prestatore (fornitore)"
    r"|cedente(?:[ \t]*/[ \t]*prestatore)?(?:[ \t]*\([ \t]*fornitore[ \t]*\))?"
    # a block's heading: "DATOS DEL EMISOR", "Dati del fornitore", "Supplier details"
    r"|(?:datos|dati)[ \t]+del[ \t]+(?:emisor|proveedor|fornitore|vendedor)|emisor"
    r"|(?:supplier|seller|vendor)[ \t]+details"
    # Poland's "Sprzedawca", Hungary's "Eladó", Czechia's "Dodavatel", with their English
    # beside them on a bilingual paper ("Sprzedawca / Seller" beside "Nabywca / Buyer")
    r"|(?:sprzedawca|elad[óo]|dodavatel)(?:[ \t]*/[ \t]*(?:seller|supplier|vendor))?)"
    # a colon, or a cell's gap in a band of labels ("Vendor  Ship To" over their values)
    r"(?:[ \t]*:|(?=\t|[ ]{2,}|[ \t]*$))[ \t]*(?P<rest>[^\n]*)",
    re.IGNORECASE | re.MULTILINE,
)
#: A seller's own label: what it names sells, whatever the name looks like (a marketplace's
#: seller by user name, "Seller: lenscraft_uk (2876)", with its feedback score).
_SELLER_LABEL = re.compile(
    r"^[ \t]*(?P<label>seller|sold[ \t]+by|verk(?:ä|ae)ufer|vendeur|vendedor|venditore|verkoper)"
    r"[ \t]*:[ \t]*(?P<name>[^\s(][^\n(]{0,40}?)[ \t]*(?:\(\d+\))?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: The Romance languages' word for a seller is also a till's clerk's ("Vendedor: Paola").
_CLERK_LABELS = frozenset({"vendedor", "vendeur", "venditore"})
#: A clerk's given name alone, as a till prints it.
_GIVEN_NAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+")
#: A tax number printed after the name on its line, as Latin American papers print their
#: parties ("Metalúrgica Ltda. - CNPJ 12.345.678/0001-90", "Hotel S.A. - RUC 20512345678").
_TAX_NUMBER_AFTER = re.compile(
    r"[ \t]+[-\u2013|,][ \t]*(?:CNPJ|CPF|R\.?U\.?[TC]\.?|NIT|CUI[TL]|RFC)\b[^\n]*$"
)
#: An e-mail's subject line.
_SUBJECT = re.compile(r"^[ \t]*subject[ \t]*:[^\n]*", re.IGNORECASE | re.MULTILINE)


def shop_in_subject(text: str) -> str | None:
    """ "Subject: Your Craftmart purchase from NorthForkPottery": the shop, not the mailer."""
    subject = _SUBJECT.search(text)
    titled = INVOICE_FROM.search(subject.group(0)) if subject else None
    return titled_vendor(titled.group(0)) if titled and titled.group("bought") else None


def labelled_seller(text: str) -> str | None:
    """The name a seller's own label gives (see ``_SELLER_LABEL``), cut at its address."""
    match = _SELLER_LABEL.search(text)
    name = _before_address(clean_name(match.group("name"))) if match else ""
    if match and match.group("label").lower() in _CLERK_LABELS and _GIVEN_NAME.fullmatch(name):
        return None  # a till's "Vendedor: Paola": the clerk who served, no seller
    return name if name and not re.search(r"\d", name) else None


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


def titled_vendor(text: str) -> str | None:
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
        name = _before_address(_TAX_NUMBER_AFTER.sub("", name)) if name else None
        if name and is_organisation(name) and not FIELD_LABEL.search(name):
            return name
    return None


__all__ = [
    "INVOICE_FROM",
    "in_full",
    "labelled_seller",
    "labelled_vendor",
    "shop_in_subject",
    "titled_vendor",
]
