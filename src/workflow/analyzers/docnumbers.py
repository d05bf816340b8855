"""The document's own number: the labelled one its type calls for ("Invoice No.", "PO #",
"Factuurnummer", "Nº Factura", "Fattura n.", "Vertragsnummer"), else the first one labelled;
a number a sentence merely mentions ("... invoice INV-2295 remains unpaid") is not it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from workflow.analyzers.grid import cells, value_below
from workflow.analyzers.letterrefs import letter_reference_at
from workflow.analyzers.number_context import CUSTOMERS_OWN, mentioned, referred, yours
from workflow.analyzers.number_labels import (
    BARE_REFERENCE,
    LABEL_MEANS,
    NUMBER_FIRST,
    NUMBER_LABEL,
    NUMBER_PREFERENCE,
    OTHER_MATTERS,
    REFERENCES,
    WEAK_LABELS,
    reminder,
)
from workflow.analyzers.numbering import A_DATE, PRINTED_ID, named_numbers, whole_number
from workflow.analyzers.numbering import NOT_A_NUMBER as _NOT_A_NUMBER
from workflow.analyzers.restaurant_checks import check_numbers

#: Number labels examined (bounds the work on adversarial text).
_MAX_NUMBER_LABELS = 200
#: Types that print the delivery note of the goods they bill, sell or list beside their own
#: number.
_DELIVERED_ON = frozenset({"invoice", "receipt", "statement", "purchase_order"})
#: Types whose bare "No.: 200" is their number.
_BARE_NUMBER_TYPES = ("receipt", "invoice", "purchase_order", "statement", "form")
#: A form's bare "No.: 200" when no labelled number is found.
_BARE_NUMBER_LABEL = re.compile(
    r"^[ \t]*(?:no|nr|n[°º])(?:\.[ \t]*:?|[ \t]*:)[ \t]*#?(?P<id>[A-Z0-9][A-Z0-9/_.-]{0,30})",
    re.I | re.M,
)

#: A number printed after its series in a cell of its own ("NC 571/2025", "FT 2025A/874"):
#: the series' capitals, a space, the number (or the year, a space, the serial).
_SERIES_ID = re.compile(r"(?-i:[A-Z]{1,4})(?: \d[\w/.-]{2,20})+")


#: A year and the next ("2026/27", "2026-2027"): a financial or tax year.
_YEAR_AND_NEXT = re.compile(r"(?P<year>(?:19|20)\d\d)[/-](?P<next>\d\d|(?:19|20)\d\d)")


def financial_year(ident: str) -> bool:
    """Whether ``ident`` is a year and the next ("Council Tax Bill 2026/27", "Rates notice
    2026-2027"): the financial or tax year a bill is for, not its number."""
    pair = _YEAR_AND_NEXT.fullmatch(ident)
    if pair is None:
        return False
    year, after = int(pair.group("year")), pair.group("next")
    return int(after) == (year + 1 if len(after) == 4 else (year + 1) % 100)


def document_number(text: str, document_type: str) -> str | None:
    """The document's own number: the labelled one its type calls for, else the first."""
    numbered = document_number_at(text, document_type)
    return numbered[0] if numbered else None


def document_number_at(text: str, document_type: str) -> tuple[str, int] | None:
    """:func:`document_number` and the offset of its label in ``text``."""
    found: list[tuple[str, str, int]] = []
    for match in islice(_number_labels(text), _MAX_NUMBER_LABELS):
        ident, offset = _labelled_id(text, match)
        label = NUMBER_FIRST.sub("", " ".join(match.group("label").lower().split()))
        label = LABEL_MEANS.get(label, label)
        weak = label in WEAK_LABELS and label not in NUMBER_PREFERENCE.get(document_type, ())
        weak = weak or mentioned(text, match) or label in REFERENCES.get(document_type, ())
        weak = weak or referred(text, match.start("label")) or _title_beside_street(text, match)
        # A year and the next ("Council Tax Bill 2026/27") is the year billed, no number.
        dated = ident is not None and (A_DATE.fullmatch(ident) or financial_year(ident))
        if ident and re.search(r"\d", ident) and not weak and not dated:
            found.append((label, ident.rstrip("."), offset))
    # Names that are a number's whole label ("Booking reference", "Auftragsnummer"), a
    # till's counters and a restaurant bill's check, in the order everything stands.
    named = [*named_numbers(text), *_titled_below(text), *check_numbers(text)]
    found = sorted([*found, *named], key=lambda e: e[2])
    found = _without_customers_own(text, document_type, found)
    if document_type in _DELIVERED_ON:
        # An invoice's "Lieferschein-Nr.", a receipt's "Packing slip #": the delivery note the
        # goods came with, never the paper's own number.
        found = [e for e in found if e[0] != "delivery note"]
    found = _reminders_own(text, found)
    preferred = NUMBER_PREFERENCE.get(document_type, ())
    # A record locator of letters only ("Booking reference: DFMAED") is the number only when
    # nothing else names one (an e-ticket receipt's "Ticket number: 125 6366751154").
    if any(entry[0] in preferred and entry[0] != "locator" for entry in found):
        found = [entry for entry in found if entry[0] != "locator"]
    # A bare "No." beats the other papers' numbers printed beside it ("Order No.", "Pakbon").
    own = any(entry[0] in preferred for entry in found)
    if not own and document_type in _BARE_NUMBER_TYPES and (bare := _bare_number(text)):
        return bare
    found = [entry for entry in found if entry[0] in preferred or entry[0] not in OTHER_MATTERS]
    # A bare "Ref" is the last resort: a card slip's "REF # 653638122812" is the acquirer's
    # reference, the till's "TRANS # 9594" below it the receipt's number.
    for label, ident, offset in sorted(found, key=lambda entry: entry[0] in BARE_REFERENCE):
        if label in BARE_REFERENCE:
            # A card slip's "REF #: 2482365140" is the acquirer's: the slip's "INVOICE:
            # 966976", a US till's "TR# 01174" name the sale before it does.
            other = next((e for e in found if e[0] not in BARE_REFERENCE), None)
            till = _US_TILL.search(text) if document_type == "receipt" else None
            if other is not None:
                return other[1], other[2]
            if till is not None:
                return till.group("id"), till.start("id")
        if label in preferred:
            return ident, offset
    if not found and document_type == "receipt" and (till := _US_TILL.search(text)):
        return till.group("id"), till.start("id")
    return (found[0][1], found[0][2]) if found else None


def _without_customers_own(
    text: str, document_type: str, found: list[tuple[str, str, int]]
) -> list[tuple[str, str, int]]:
    """The numbers found less the customer's own ("Your order ref", "Ihre Bestellung Nr."):
    never an invoice's number; an order acknowledgement's (an ``other``) only when nothing
    else is labelled, its own "Auftragsbestätigung Nr." beside the order it answers."""
    if document_type not in ("invoice", "other"):
        return found
    own = [e for e in found if e[0] not in CUSTOMERS_OWN or not yours(text, e[2])]
    return own if own or document_type == "invoice" else found


#: Words that go on in a title's cell past its digits: a street's name after a house number
#: ("2200 Lakeshore Dr, Suite 4", "12 Market Street"); one word alone may be a state ("Order
#: 4411 Confirmed").
_WORDS_AFTER = re.compile(r" (?-i:[A-Z][a-z]+)\.?(?: \w|,)")
#: A till's counters, whose number a word may follow on the slip ("Bon 4289 Kasse 3").
_TILL_COUNTERS = frozenset({"bon", "beleg", "trans", "transaction", "txn", "ticket"})


def _reminders_own(text: str, found: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """``found``, of a payment reminder only its own reference ("Reminder ref.", "Purring
    nr."): the invoices it chases and the payment's reference ("OCR-nummer", "KID") are other
    papers' and the payment's. A reminder with no such label is known by its sender's
    letter reference ("Notre réf.", "Ns. rif."), else it has no number."""
    if not reminder(text):
        return found
    own = [entry for entry in found if entry[0] == "reminder"]
    if not own and (reference := letter_reference_at(text)) is not None:
        # A reminder is a letter: its sender's "Notre réf.", "Our ref" is its own number.
        own = [("reminder", *reference)]
    return own


def _title_beside_street(text: str, match: re.Match[str]) -> bool:
    """Whether a title's digits go on in words in their cell ("Invoice  2200 Lakeshore Dr,
    Suite 4"): the title printed beside the sender's street, the digits a house number. A
    title's own number ends its cell ("Invoice 2200")."""
    ident = match.group("id")
    gap = text[match.end("label") : match.start("id")] if ident else ""
    return (
        ident is not None
        and ident.isdigit()
        and not gap.strip()
        and "\n" not in gap
        and match.group("label").lower() not in _TILL_COUNTERS
        and _WORDS_AFTER.match(text, match.end("id")) is not None
    )


def _number_labels(text: str) -> Iterator[re.Match[str]]:
    """Every number label, each looked for again right after the previous one's label: a
    band's "Order #  Invoice No." is two labels, though the first reads on to the second's
    words as if they were its value."""
    position = 0
    while (match := NUMBER_LABEL.search(text, position)) is not None:
        yield match
        position = max(match.end("label"), match.start() + 1)


#: A till's counters: store, operator, terminal, transaction ("ST# 4246 OP# 144102 TE# 38
#: TR# 01174"); the transaction is the receipt's number when no other label names one.
_US_TILL = re.compile(
    # British tills print them after the date: "04/06/25 20:45  ST:4345 TL:12 TR:4787 OP:2172".
    r"^[^\n]*?\bST[#:][ \t]*\d+[ \t]+(?:(?:OP|TE|TL)[#:][ \t]*\d+[ \t]+){1,3}"
    r"TR[#:][ \t]*(?P<id>\d{2,})",
    re.I | re.M,
)


#: A purchase order's "PO" prefix as OCR reads its letter O: a zero ("P0222839", "P02026-372").
#: A zero-padded "P00042" (Odoo's own numbering) is printed so and left alone.
_OCR_PO = re.compile(r"P0(?=[1-9][\d/-]{3,}$)")


def po_misread(number: str) -> str | None:
    """The purchase order's number with its "PO" restored when OCR read the O as a zero
    (``"P0222839"`` -> ``"PO222839"``); ``None`` when it does not look misread. Only for text
    OCR produced: a text layer's "P0..." is what the file says."""
    return _OCR_PO.sub("PO", number, count=1) if _OCR_PO.match(number) else None


def _labelled_id(text: str, match: re.Match[str]) -> tuple[str | None, int]:
    """The id a number label gives, and the offset it is cited at: after the label, whole
    when printed in groups ("466 568443") or with its letters apart ("PO 951878"); on the next
    line under a label that starts its line; under the label in a band of labels."""
    ident = match.group("id")
    if ident:  # "466 568443", "Order no.: PO 951878": the number whole
        ident = whole_number(text, ident, match.end("id"))
    # The id on the next line belongs to a label that starts its line (a form's label over
    # its value); a label further along is a band's cell ("Account number  Bill number" over
    # two values) or a sentence's word ("... about this receipt:").
    # A label in a cell of its own over the id alone on the next line is a right-hand
    # column's ("Nelson 7010  Invoice Number" over "INV-4051").
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = text[line_start : match.start()]
    leads = not before.strip()
    # A word may lead the label in its cell: "Our Invoice No.", "Tax Invoice No."; so may the
    # label in the paper's own language ("Purring nr. / Reminder ref.").
    own_cell = leads or bool(
        re.search(r"(?:^|\t|[ ]{2,})(?:[^\W\d_]+[ ]|(?:[^\W\d_]+\.?[ ]){1,3}/[ ])?$", before)
    )
    if ident and "\n" in text[match.end("label") : match.start("id")]:
        next_end = text.find("\n", match.start("id"))
        alone = len(cells(text[match.start("id") : next_end if next_end != -1 else len(text)])) == 1
        if not (leads or (own_cell and alone)):
            ident = None
    elif not ident and own_cell:  # the value on the next line, as tables and forms lay it out
        rest = text[match.end() : match.end() + 60].lstrip(" \t:")
        if rest.startswith("\n"):
            following = rest.strip().split("\n", 1)[0].strip()
            ident = following if PRINTED_ID.fullmatch(following) else None
    if not (ident and re.search(r"\d", ident)):  # a row of labels over their values
        below = value_below(text, match.start())
        if below is not None and (PRINTED_ID.fullmatch(below[0]) or _SERIES_ID.fullmatch(below[0])):
            return below
        beside = _beside_address(text, match)
        if beside is not None:
            return beside
    return ident, match.start()


def _beside_address(text: str, match: re.Match[str]) -> tuple[str, int] | None:
    """The value under a label alone on its line in a panel at the right of the address: the
    extractor puts the address line the value stands beside before it ("Faktura č." over
    "Studio Verhoef  FV-22012"), so the value is the last of the next line's two cells."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end("label"))
    if line_end == -1 or text[line_start : match.start()].strip():
        return None
    if re.search(r"\d", text[match.end("label") : line_end]):
        return None  # the label has its value beside it
    below = cells(_next_line(text, line_end)[0])
    if len(below) != 2:
        return None
    (words, _, _), (value, offset, _) = below
    numbered = PRINTED_ID.fullmatch(value) or _SERIES_ID.fullmatch(value)
    if not numbered or PRINTED_ID.fullmatch(words) or _NOT_A_NUMBER.search(value):
        return None
    return value, _next_line(text, line_end)[1] + offset


#: A bare number label in a cell of its own ("No.", "Nr.", "Nummer", "Number"): the header of a
#: band of labels ("No.  Date  Due" over their values) or a form's label over its value.
_BARE_LABEL_CELL = re.compile(
    r"(?:^|\t|[ ]{2})[ \t]*(?P<label>(?:no|nr|n[°º]|number|nummer|num[ée]ro|n[úu]mero)\.?)"
    r"[ \t]*:?[ \t]*(?=\t|[ ]{2}|$)",
    re.I | re.M,
)
#: A line item table's column headers: its "No." column numbers the rows.
_ITEM_HEADERS = re.compile(
    r"\b(?:description|item|qty|quantity|price|amount|artikel|bezeichnung|menge|d[ée]signation"
    r"|descripci[óo]n|descrizione|omschrijving|aantal|cantidad|quantit[àé])\b",
    re.I,
)
#: The shortest number a bare label may give: a row's "1" or "12" under "No." is a count.
_MIN_BARE_NUMBER = 3


def _bare_number(text: str) -> tuple[str, int] | None:
    """The number after a bare "No.:", else under a bare "No." / "Nummer" label, in a band of
    labels or alone on the next line; never a table's row number, a date or an amount."""
    bare = _BARE_NUMBER_LABEL.search(text)
    if bare and PRINTED_ID.fullmatch(bare.group("id")):
        return bare.group("id").rstrip("."), bare.start("id")
    for match in islice(_BARE_LABEL_CELL.finditer(text), _MAX_NUMBER_LABELS):
        line_start = text.rfind("\n", 0, match.start("label")) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end == -1 else line_end
        if _ITEM_HEADERS.search(text, line_start, line_end):
            continue
        # "Nummer  INV-2026-0934": its value beside it; else a band's label over its value.
        beside = text[match.end() : line_end].strip()
        beside = re.split(r"\t|[ ]{2,}", beside)[0] if beside else ""
        if (
            len(beside) >= _MIN_BARE_NUMBER
            and PRINTED_ID.fullmatch(beside)
            and not _NOT_A_NUMBER.search(beside)
        ):
            return beside.rstrip("."), text.index(beside, match.end())
        found = value_below(text, match.start("label"))
        if found is None:
            # Alone on the next line, under a label leading its line or ending it in a cell
            # of its own ("Client: Redwood Dental  No." over "2025/4687").
            below = _next_line(text, line_end)
            leads = not text[line_start : match.start("label")].strip()
            found = below if leads or len(cells(below[0])) == 1 else None
        value = found[0] if found else ""
        if (
            len(value) >= _MIN_BARE_NUMBER
            and PRINTED_ID.fullmatch(value)
            and not _NOT_A_NUMBER.search(value)
        ):
            return found
    return None


def _next_line(text: str, line_end: int) -> tuple[str, int]:
    """The line after the one ending at ``line_end``, stripped, and its offset."""
    start = min(line_end + 1, len(text))
    end = text.find("\n", start)
    line = text[start : len(text) if end == -1 else end]
    return line.strip(), start + len(line) - len(line.lstrip())


#: A title alone on its line over the document's number alone on the next ("INVOICE" over
#: "INV-7781", "Rechnung" over "Nr. 2026-118"), as billing software stacks its heading.
_TITLE_OVER_NUMBER = re.compile(
    r"^[ \t]*(?:(?-i:[A-Z])[\w.-]*[ \t]+){0,2}(?P<label>invoice|receipt|credit\s+note|facture"
    r"|rechnung|gutschrift|avoir|fa(?:c)?tura\s+simplificada|factura|fattura|factuur"
    r"|purchase\s+order)[ \t]*:?[ \t]*\n[ \t]*(?:#|no\.?|nr\.?|n[°º]\.?)?[ \t]*"
    # Portugal's series apart from its number ("FS A/2860"); a till prints the date beside it.
    r"(?P<id>(?-i:[A-Z]{1,4}) [A-Z0-9]\w*/\d+|[A-Z0-9][A-Z0-9/_.-]{2,30})"
    r"(?:(?:\t|[ ]{2,})\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:[ \t]+\d{1,2}:\d{2})?)?[ \t]*$",
    re.I | re.M,
)


def _titled_below(text: str) -> list[tuple[str, str, int]]:
    """``(label, number, offset)`` for a number alone under its document's title."""
    found = []
    for match in islice(_TITLE_OVER_NUMBER.finditer(text), _MAX_NUMBER_LABELS):
        ident = match.group("id").rstrip(".")
        if re.search(r"\d", ident) and not _NOT_A_NUMBER.search(ident):
            label = " ".join(match.group("label").lower().split())
            found.append((LABEL_MEANS.get(label, label), ident, match.start("id")))
    return found
