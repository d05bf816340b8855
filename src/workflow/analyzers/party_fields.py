"""Parties named in labelled fields: "Bill To:", "Vendor", "From: Name <mail>", lists of people
under "Attendees:" or "Apologies", and any "Label: First Last" field whose value is a person
(the label is the role). The labels are :mod:`workflow.analyzers.party_labels`'s, the lists
are read by :mod:`workflow.analyzers.party_lists`.
"""

from __future__ import annotations

import re
from itertools import islice

from workflow.analyzers.party_labels import OTHER_LABEL, PARTY_LABEL, PARTY_LABELS
from workflow.analyzers.party_lists import ASIDE, bullets, listed_people, next_nonblank, unfolded
from workflow.analyzers.party_names import (
    CELLS,
    ENDS_WITH_SUFFIX,
    FIELD_LABEL,
    MAX_MATCHES,
    NOT_NAME,
    clean_name,
    first_clause,
    is_organisation,
    is_person,
    is_title,
    natural_order,
    party,
    strip_honorific,
)

#: A department named after a firm in an e-mail's From: "Acme Billing", "Acme Support Team".
_DEPARTMENT = re.compile(
    r"(?:[ \t]+(?:billing|accounts?|sales|support|orders?|customer|service|services|team|desk"
    r"|receivable|payable|finance|bookings?|reservations|no-?reply))+$",
    re.IGNORECASE,
)
#: "To: All staff of Acme Ltd." names the organisation, not a person.
_AUDIENCE = re.compile(
    r"^(?:all|everyone|every)\b[\w ]{0,20}?(?:\bof\b|\bat\b|,)\s*|^(?:staff|employees)\s+of\s+",
    re.IGNORECASE,
)
#: "Label: value" on a line of its own, or "Label  value" (a form's two cells).
_FIELD = re.compile(
    # a label holds no digits: "Industriestraße 27  Goods Inwards" is an address's two cells
    r"^[ \t]*(?P<label>[A-Z][^\W\d_ ]*(?:[ ][^\W\d_]+){0,4}?)(?::[ \t]*|[ \t]{2,}|\t)"
    r"(?P<value>[^\n: \t][^\n:]{2,59})$",
    re.MULTILINE,
)
#: A printed e-mail's header lines other than who sent it and to whom, in five languages.
_MAIL_MARKS = re.compile(
    r"^[ \t]*(?:Gesendet|Betreff|Datum|Envoyé|Objet|Date|Verzonden|Onderwerp|Enviado(?:[ ]el)?"
    r"|Asunto|Fecha|Inviato|Oggetto|Data)[ \t]*:",
    re.MULTILINE,
)
_MAIL_MARKS_NEEDED = 2
_MAIL_HEAD_CHARS = 1500
#: Its fields naming people: the sender's and the recipients'.
_MAIL_FIELD = re.compile(
    r"^[ \t]*(?P<label>Von|An|De|À|A|Van|Aan|Para|Da)[ \t]*:[ \t]*(?P<value>[^\n]{3,300})$",
    re.MULTILINE,
)
#: A letter's or an e-mail's subject line, in six languages.
_SUBJECT_LABELS = frozenset(
    {"subject", "re", "betreff", "objet", "betreft", "onderwerp", "asunto", "oggetto"}
)
#: A value naming several people: "Prepared by: A; B", "Approved by: A and B".
_SEVERAL = re.compile(r";|\band\b|[ \t]&[ \t]")
#: The document's first line: its title or letterhead, never a form's field.
_TITLE_LINE = re.compile(r"\s*[^\n]*")
#: Mailboxes a business writes from (an e-mail's "From: Name <orders@...>").
_ROLE_MAILBOX = re.compile(
    r"<\s*(?:orders?|info|sales|billing|no-?reply|support|accounts?|invoices?|service|hello"
    r"|team|contact|shop|store|bookings?|receipts?|payments?|notifications?)@",
    re.IGNORECASE,
)


#: Labels of whom to pay: the vendor, unless the value is the bank paid into.
_PAYEE_LABELS = frozenset(
    {"remit to", "pay to", "payee", "paid to", "zahlungsempfänger", "betalen aan"}
)
#: A line of bank details: a bank named with these under it is where to pay, not the payee.
_BANK_DETAILS = re.compile(
    r"\b(?:IBAN|BIC|SWIFT|Sort[ \t]code|ABA|Routing(?:[ \t]number)?|Acct\.?"
    r"|Account[ \t]*(?:No\.?|number|#)?)[ \t:#]*[A-Z]{0,4}[ \t]?\d",
    re.IGNORECASE,
)
#: Lines under a payee's name searched for its bank details.
_DETAIL_LINES = 3


def _bank_paid_into(label: str, name: str, lines: list[str], line_number: int) -> bool:
    """Whether a payee label's value ("Remit To" over "NatWest" over "Sort code 60-16-13")
    is the bank the money goes to: a name with no legal form, bank details under it."""
    if label not in _PAYEE_LABELS or ENDS_WITH_SUFFIX.search(" " + name):
        return False
    return any(
        _BANK_DETAILS.search(line) for line in lines[line_number : line_number + _DETAIL_LINES + 2]
    )


def labelled(text: str, lines: list[str]) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    counted_to, line_number = 0, 0  # line numbers counted incrementally: linear overall
    for match in islice(PARTY_LABEL.finditer(text), MAX_MATCHES):
        role, expects = PARTY_LABELS[match.group("label").lower()]
        line_number += text.count("\n", counted_to, match.start())
        counted_to = match.start()
        rest = _value(match, lines, line_number, text)
        if not rest:
            continue
        inline = bool((match.group("rest") or "").strip())
        if inline:
            rest = unfolded(rest, lines, line_number, wrapped=expects == "people")
        if expects == "people" or (expects == "person" and _SEVERAL.search(rest)):
            listed = [rest] if inline else bullets(lines, line_number + 1)
            found += listed_people(listed, role)
            continue
        value = _AUDIENCE.sub("", CELLS.split(rest)[0].strip())
        # "Pebblecombe Outdoor <orders@...>": a shop's mailbox names the shop, not a person
        audience = value != CELLS.split(rest)[0].strip() or bool(_ROLE_MAILBOX.search(rest))
        if expects == "person":  # "Versammlungsleiter: T. Kettler (1. Vorsitzender)"
            if OTHER_LABEL.match(value):
                continue  # a label of its own under a heading ("Protokoll" over "Datum: ...")
            value = ASIDE.sub("", value).strip() or value
        flipped = natural_order(strip_honorific(clean_name(value)))
        value = flipped if flipped != strip_honorific(clean_name(value)) else first_clause(value)
        name = _mailbox_owner(clean_name(value)) if audience else clean_name(value)
        if not name:
            continue
        if _bank_paid_into(match.group("label").lower(), name, lines, line_number):
            role = "bank"
        if is_organisation(name) or audience:
            found.append(party(name, "vendor" if role == "sender" else role, "organization"))
        elif expects != "org" and is_person(strip_honorific(name)):
            found.append(party(strip_honorific(name), role, "person"))
        elif name.isupper() and expects != "org" and is_person(strip_honorific(name.title())):
            # "Cardholder: KWAME ASANTE": capitals as cards and slips print names
            found.append(party(strip_honorific(name.title()), role, "person"))
        elif (
            expects in ("org", "any")
            and not any(ch.isdigit() for ch in name)
            # a table's header row ("Merchant  Amount") is a label over a label, not a party
            and not all(word.strip(".").lower() in NOT_NAME for word in name.split())
        ):
            found.append(party(name, role, "organization"))
    return found


def _mailbox_owner(name: str) -> str:
    """Who writes from a business's mailbox: "Cobaltline Networks Billing" is the firm, not
    its desk; "Accounts" alone names no party."""
    if all(word.strip(".").lower() in NOT_NAME for word in name.split()):
        return ""
    return _DEPARTMENT.sub("", name).strip() or name


def _value(match: re.Match[str], lines: list[str], line_number: int, text: str) -> str:
    """What a label names: the rest of its cell, else what stands below it."""
    rest = (match.group("rest") or "").strip()
    if OTHER_LABEL.match(rest) or (rest and _other_field(text, match.start("rest"))):
        rest = ""  # "Vendor:  Order no.: 123": the vendor is on the line below
    return rest or _below(lines, line_number, text, match.start())


def _other_field(text: str, start: int) -> bool:
    """Whether the cells from ``start`` (after a party's label) to the end of its line are
    another field's label and its value ("Supplier:  PO number  PO-412700"): the party's
    name stands below, not beside."""
    end = text.find("\n", start)
    line = text[start : len(text) if end < 0 else end]
    beside = [cell.strip() for cell in CELLS.split(line) if cell.strip()]
    return (
        len(beside) >= 2  # a label and its value
        and FIELD_LABEL.search(beside[0]) is not None
        and re.search(r"\d", beside[1]) is not None
    )


def _below(lines: list[str], line_number: int, text: str, start: int) -> str:
    """The value printed under a label that ends its cell: in a row of labels ("Bill to:
    Ship to:"), the cell in the same column of the next line; else that line's first cell."""
    below = next_nonblank(lines, line_number + 1).strip()
    line_start = text.rfind("\n", 0, start) + 1
    column = len(CELLS.findall(text[line_start:start].strip()))
    if text[line_start:start].strip():
        column += 1  # the label is not the line's first cell
    cells = [cell for cell in CELLS.split(below) if cell.strip()]
    if column and len(cells) > column:
        return cells[column].strip()
    return below


def mail_headers(text: str) -> list[dict[str, str]]:
    """The sender and recipients of an e-mail printed by a mail program in German, French,
    Dutch, Spanish or Italian ("Von:", "An:", "De :", "À :", "Van:", "Aan:", "Para:", "Da:",
    "A:"): read only where the message's other header lines show it is one ("Gesendet:",
    "Betreff:", "Objet :", ...), as "An" or "A" alone are words of the text."""
    head = text[:_MAIL_HEAD_CHARS]
    if len(_MAIL_MARKS.findall(head)) < _MAIL_MARKS_NEEDED:
        return []
    found: list[dict[str, str]] = []
    for match in _MAIL_FIELD.finditer(head):
        role = "sender" if match.group("label").lower() in ("von", "de", "van", "da") else ""
        found += listed_people([match.group("value")], role or "recipient")
        if not role:
            continue
        name = clean_name(match.group("value"))
        if name and is_organisation(name) and not is_person(name):
            found.append(party(name, "sender", "organization"))
    return found


def named_in_fields(text: str) -> list[dict[str, str]]:
    """Any "Label: First Last" (or "Label  First Last") field whose whole value is a person's
    name ("Billing queries: Ethan Garcia.", "Donor  Dev Malhotra"): forms name people this way,
    and the label is their role."""
    found: list[dict[str, str]] = []
    title_end = _TITLE_LINE.match(text)
    for match in islice(_FIELD.finditer(text), MAX_MATCHES):
        if title_end and match.start() < title_end.end() and ":" in match.group(0):
            continue  # "Vega Sync: Lessons Learned Review": the document's title, no field
        if match.group("label").strip().lower() in _SUBJECT_LABELS:
            continue  # "Betreff: Angebot Wartung": a subject names a matter, not its role
        name = strip_honorific(match.group("value").strip().rstrip("."))
        if is_person(name):
            # The label says the role: "Donor  Dev Malhotra" is the donor.
            found.append(party(name, match.group("label").strip().lower(), "person"))
    return found


#: A cell of a footer's line, between dots or bars: "Geschäftsführer: Jörg Vollmer",
#: "Gérant : Paul Morel", "Directors: A. Smith, B. Jones" (German and Austrian firms must
#: print their managing directors on their business papers).
_FOOTER_CELL = re.compile(
    r"(?:^|[·|•])[ \t]*(?P<label>[^\W\d_][^\n:·|•]{1,40}?)[ \t]*:[ \t]*"
    r"(?P<value>[^\n:·|•]{3,80})",
    re.MULTILINE,
)


def officers(text: str) -> list[dict[str, str]]:
    """The people a footer's cell names under a job title ("Geschäftsführer: Jörg Vollmer"),
    the title their role, wherever the cell stands on its line."""
    found: list[dict[str, str]] = []
    for match in islice(_FOOTER_CELL.finditer(text), MAX_MATCHES):
        label = match.group("label").strip()
        if not is_title(label) and not is_title(label.removesuffix("s")):  # "Directors"
            continue
        for entry in re.split(r",|;|\band\b|\bund\b|\bet\b|&", match.group("value")):
            name = strip_honorific(entry.strip())
            if is_person(name):
                found.append(party(name, label.lower(), "person"))
    return found


__all__ = ["labelled", "mail_headers", "named_in_fields", "officers"]
