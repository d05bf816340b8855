"""Whether a labelled number is the document's own or another paper's it mentions: a title
word and a number inside a sentence ("... invoice INV-2295 remains unpaid"), after words that
refer to another paper ("Original invoice", "zu Rechnung"), or under the customer's own label
("Your order ref"). Used by :mod:`workflow.analyzers.docnumbers`."""

from __future__ import annotations

import re

from workflow.analyzers.number_labels import LABEL_MEANS

#: Titles a document prints before its own number ("INVOICE 2026-0042", "Facture 3494").
_TITLES = frozenset({"invoice", "receipt", "credit note", "facture", "rechnung", "quote"})
#: Words of a title before its document's name, capitalised as titles are ("TAX", "Final",
#: "Commercial"), where a sentence's words would be lower case ("please pay invoice ...").
_TITLE_WORDS = re.compile(r"(?:(?-i:[A-Z])[\w.-]*[ \t]+){1,2}")
#: A list's bullet before an item ("- Invoice 148097", "• Receipt 22727", "2) Invoice 88").
_BULLET = re.compile(r"[ \t]*(?:[-*\u2022\u2013\u00b7>]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+", re.I)
#: An e-mail's subject line, in the languages the analyzer reads.
_SUBJECT = re.compile(
    r"[ \t]*(?:subject|betreff|objet|asunto|oggetto|onderwerp|assunto)[ \t]*:", re.I
)
#: A request to quote a number, right before the title word ("Please quote invoice ...",
#: "Merci de rappeler la facture ...").
_ASKED_TO_QUOTE = re.compile(
    r"\b(?:quote|quoting|state|include|mention|rappeler|indiquer|mentionner)[ \t]+"
    r"(?:the[ \t]+|our[ \t]+|la[ \t]+|le[ \t]+|notre[ \t]+)?$",
    re.I,
)
#: An amount with its cents: a row's sum after a document it lists.
_PRICED = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}(?![\d.,])")


def mentioned(text: str, match: re.Match[str]) -> bool:
    """A title word and a number side by side inside a sentence ("... invoice INV-2295
    remains unpaid"): another document mentioned, not this one's title ("INVOICE 2026-0042"
    leads its line; "Your order 176-6657922 is confirmed" names the order confirmed)."""
    label = " ".join(match.group("label").lower().split())
    label = LABEL_MEANS.get(label, label)
    if label not in _TITLES or match.group("id") is None:
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    # An item of a list ("Enclosures:" over "- Invoice 148097") mentions another document; a
    # mail's subject names the one it sends ("Invoice INV-56087 from ... for $1,473.77").
    listed = bool(_BULLET.fullmatch(text[line_start : match.start()]))
    if listed or _in_subject(text, line_start):
        return listed
    if text[match.end("label") : match.start("id")].strip():
        return False  # a label ("Invoice No.:") names this document's number
    line_end = text.find("\n", match.end("id"))
    if _PRICED.search(text[match.end("id") : line_end if line_end >= 0 else len(text)]):
        return True  # a row listing documents ("06/12/2025 Facture 3494  1.377,78")
    # Only words of a sentence before it make a mention; a cell of its own ("09/09/2026
    # 09:01  Receipt 1890": a till's header row) does not.
    own_cell = re.split(r"\t|[ ]{2,}", text[line_start : match.start()])[-1]
    # "Your invoice INV-8812 is ready", "Your Vantage invoice G0068 is ready": the one this
    # message is about; "Please quote invoice F25-12444 with your payment": the number the
    # payer is asked to quote is the one of the paper asking.
    yours = re.search(r"\b(?:your|this)(?:\s+(?-i:[A-Z])[\w&.-]*){0,2}\s*$", own_cell, re.I)
    if yours or _ASKED_TO_QUOTE.search(own_cell):
        return False
    # A running head ("Altmühl GmbH - Factuur F-2025-2656") and the title's own words ("TAX
    # INVOICE INV-0043", "Commercial Invoice 88") are no sentence.
    titled = re.search(r"[-\u2013\u2014|:\u00b7]\s*$", own_cell)
    titled = titled or _TITLE_WORDS.fullmatch(own_cell.lstrip())
    return not titled and bool(re.search(r"[^\W\d_]", own_cell))


#: Words before a number's label that make it another document's: a credit note's "Original
#: invoice INV-0041", "zu Rechnung RE-2026-118", "Rif. fattura n. 79/2026", "Betreft factuur",
#: "Against invoice", "Avoir sur facture n° 101".
_REFERRING = re.compile(
    r"\b(?:original[e]?|ursp(?:r|rü|ru)\w*|zu[rm]?|betreft|betreffend|bez(?:ü|ue|u)glich|rif\."
    r"|riferimento|against|sur|re|relating\s+to|concerne|relativ[ao]\s+(?:a|alla)|referente\s+a)"
    r"[ \t:.]*$",
    re.I,
)


def referred(text: str, label_start: int) -> bool:
    """Whether the words before the label in its cell refer to another document."""
    line_start = text.rfind("\n", 0, label_start) + 1
    cell = re.split(r"\t|[ ]{2,}", text[line_start:label_start])[-1]
    return bool(_REFERRING.search(cell))


#: Numbers an invoice may print as the customer's: its order, its reference.
CUSTOMERS_OWN = frozenset({"order", "ref", "reference"})
#: "Your" opening a label, in the languages the analyzer reads ("Your order ref", "Ihre
#: Referenz", "Uw referentie", "Votre commande", "Su pedido", "Vostro ordine", "Vs. ordine",
#: "V/ Encomenda", "Vaše objednávka", "Deres ref.", "Ert ordernr").
_YOURS = re.compile(
    r"(?:^|\t|[ ]{2})[ \t]*(?:(?:your|ihre?|uw|votre|vos|su|sus|vostr[oa]"
    r"|va[šs]e|v[áa][šs]|wasz[aey]?|deres|er|ert|era)\s|(?:vs\.|v/|s/)[ \t]*)",
    re.I | re.M,
)


def yours(text: str, at: int) -> bool:
    """Whether the label of the value (or label) at ``at`` opens with "your" on its line."""
    line_start = text.rfind("\n", 0, at) + 1
    return bool(_YOURS.search(text, line_start, at))


def _in_subject(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is an e-mail's subject, or its folded continuation
    (a header line opening with a space continues the one above)."""
    if _SUBJECT.match(text, line_start):
        return True
    folded = line_start > 0 and text[line_start : line_start + 1] in (" ", "\t")
    head_start = text.rfind("\n", 0, line_start - 1) + 1
    return folded and bool(_SUBJECT.match(text, head_start))
