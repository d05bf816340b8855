"""The lines at a document's head that name no one (a title, a greeting to the reader, a
till's banner, an e-mail's header line), and the name printed alone there: the letterhead a
bill's seller is read from when nothing labels one, the line a receipt names its shop in."""

from __future__ import annotations

import re

from workflow.analyzers.parties import clean_name
from workflow.analyzers.party_names import ENDS_WITH_SUFFIX, words

#: A receipt's first line longer than this is not a shop name.
MAX_MERCHANT_WORDS = 6
_DECORATION = re.compile(
    # a greeting to the customer: "Hi Rosie,", "Hallo Lena,", "Beste Joost,"
    r"^[ \t]*(?:hi|hello|hey|dear|hallo|liebe[rs]?|beste|bonjour|hola|ciao|buongiorno|hoi)\b"
    r"[^\n]{0,40},[ \t]*$|"
    r"^[\W_]*(?:welcome(?:\s+to)?|(?:customer|merchant|duplicate)\s+copy|copy|receipt"
    # a title: "Rent Receipt", "RENT RECEIVED", "Payment confirmation"
    r"|(?:[^\W\d_]+\s+){0,2}(?:receipt|received|payment|confirmation)|document)[\W_]*$",
    re.IGNORECASE,
)
#: Words a document's title is made of ("APPLICATION AND CERTIFICATE FOR PAYMENT",
#: "ELECTRONIC TICKET RECEIPT", "Gebührenbescheid"): a line of them alone names no one.
_TITLE_WORDS = words(
    """
    application certificate for payment and of the your tax vat gst invoice receipt statement
    account notice demand confirmation order booking electronic e-ticket ticket guest folio
    itinerary summary remittance advice delivery note credit debit pro forma proforma bill
    sale sales purchase request quotation quote estimate progress interim final copy original
    duplicate simplified rent service charge charges fee fees reminder
    rechnung quittung beleg gutschrift bestellung auftragsbestätigung mahnung bescheid
    gebührenbescheid kostenvoranschlag angebot fahrkarte ihre facture reçu recu avoir devis
    commande bon de livraison factura recibo pedido presupuesto albarán fattura ricevuta
    ordine preventivo factuur bestelling offerte bestellbestätigung bestelbevestiging
    orderbevestiging confirmación confirmacion conferma faktura lasku
    """
)
#: Where a letterhead is looked for, and what is never one (a title, a label, an address).
_LETTERHEAD_LINES = 3
LETTERHEAD_CHARS = 600
_NOT_A_NAME = re.compile(
    # "Document": the placeholder title HTML editors write.
    r"\d|@|:|\b(?:invoice|receipt|statement|order|bill|tax|credit|note|page|date|total"
    r"|document|summary"
    # the titles of German, French, Dutch, Spanish and Italian bills
    r"|rechnung|gutschrift|bestellung|quittung|beleg|facture|avoir|factuur|factura|recibo"
    r"|fattura|ricevuta|bolletta|scontrino"
    # and of the Nordic ones
    r"|faktura|lasku)\b",
    re.IGNORECASE,
)
#: Small words inside a firm's name written in lower case ("Acque del Brenta").
_PARTICLES = frozenset(
    ("&", "and", "of", "the", "de", "del", "della", "di", "da", "du", "des", "la", "le", "van",
     "von", "der", "den", "y", "e", "et", "und", "en")
)  # fmt: skip


#: An e-mail's header line: "Subject: Your invoice", "MIME-Version: 1.0".
_HEADER_LINE = re.compile(
    r"^\s*(?:subject|date|sent|from|to|cc|bcc|reply-to|message-id|content-[\w-]+|mime-version)"
    # a colon, or a cell's gap where a mail client prints its headers as a table
    r"[ \t]*(?::|\t|[ ]{2,})",
    re.IGNORECASE,
)


#: A message's greeting ("Hi Sam,", "Hallo Anna!", "Bonjour Marie,"): the reader, not the shop.
_GREETING = re.compile(
    r"^\W*(?:hi|hello|hey|dear|hallo|liebe[rn]?|guten\s+tag|bonjour|hola|ciao|buongiorno"
    r"|beste|goedendag|estimad[oa])\b[^\n]{0,40}[,!:]?[ \t]*$",
    re.IGNORECASE,
)
#: A document's title printed beside the shop's name on its first line ("Volare Sud
#: E-ticket receipt"), in the languages the analyzer reads.
TITLE_CELL = re.compile(
    r"\b(?:receipt|invoice|ticket|bill|statement|confirmation|quittung|beleg|rechnung|re[çc]u"
    r"|facture|ricevuta|biglietto|recibo|factura|bon|kassabon|scontrino)\b",
    re.IGNORECASE,
)


def names_something(line: str) -> bool:
    """Not a blank line, a greeting printed above a shop's name ("*** WELCOME ***"), a
    document's title or an e-mail's header line (an address, "Subject: ...")."""
    return (
        bool(re.search(r"[A-Za-z]", line))
        and not _DECORATION.match(line)
        and not _is_title(line)
        and "@" not in line
        and not _HEADER_LINE.match(line)
        and not _GREETING.match(line)
    )


#: A document's number after its title: "Quittung  Nr. 60", "RECIBO  N° 076" (OCR reads the
#: "°" as a "2" or an "o": "N2 076"), "Receipt #0042".
_TITLE_NUMBER = re.compile(
    r"[ \t]*(?:(?:no|nr|n[°º2o]|núm|num)\.?|#)?[ \t]*\d[\w/.-]*[ \t]*$", re.IGNORECASE
)


def _is_title(line: str) -> bool:
    """A line of title words only: "APPLICATION AND CERTIFICATE FOR PAYMENT", and the
    document's number after them ("Quittung  Nr. 60")."""
    line = _TITLE_NUMBER.sub("", line)
    words = [word.strip(".,:;-/|*#()").casefold() for word in line.split()]
    return bool(words) and all(word in _TITLE_WORDS for word in words if word)


def letterhead(text: str) -> str | None:
    """A name printed alone at the top (a seller without a legal suffix: "Harbor Logistics"),
    or beside the document's title ("Eucalypt Power   Tax invoice"), above the labelled
    fields."""
    lines = (line.strip() for line in text[:LETTERHEAD_CHARS].splitlines())
    for line in [line for line in lines if line][:_LETTERHEAD_LINES]:
        cells = re.split(r"\t|[ ]{2,}", line)
        titled = len(cells) > 1 and all(TITLE_CELL.search(cell) for cell in cells[1:])
        name = cells[0] if titled else line  # the seller's name, and the title beside it
        if _NOT_A_NAME.search(name) or not names_something(name):
            continue
        words = name.split()
        # A legal form may be written in lower case ("Schreinerei Albers e.K.").
        formed = len(words) > 1 and bool(ENDS_WITH_SUFFIX.search(name))
        if (
            len(words) <= MAX_MERCHANT_WORDS
            and words[0][0].isupper()
            and all(w[0].isupper() or w in _PARTICLES for w in words[: -1 if formed else None])
        ):
            return clean_name(name) or None
    return None


__all__ = ["LETTERHEAD_CHARS", "MAX_MERCHANT_WORDS", "TITLE_CELL", "letterhead", "names_something"]
