"""Where a document names its parties, and in which role: labelled fields ("Bill To:",
"Vendor", "Attendees:", "Prepared by"), parties a contract defines ("Acme Inc. (the
"Client")"), a letter's salutation and signature, addressees above a street line, signature
blocks (a name above a job title), "Label: Name" fields and names introduced in prose
("approved by", "contact", "sent to").
"""

from __future__ import annotations

import re
from itertools import islice

from workflow.analyzers.party_names import (
    CELLS,
    HONORIFIC,
    HONORIFIC_NAME,
    MAX_MATCHES,
    NOT_NAME,
    ORGANISATION,
    PERSON,
    STREET,
    SUFFIXES,
    clean_name,
    first_clause,
    is_organisation,
    is_person,
    is_title,
    listed_person,
    strip_honorific,
    words,
)

_FLAGS = re.IGNORECASE | re.MULTILINE


#: Label -> (role, what it names: "org", "person", "people" (a list of persons) or "any").
_LABELS: dict[str, tuple[str, str]] = {
    "bill to": ("customer", "any"), "billed to": ("customer", "any"),
    "sold to": ("customer", "any"), "invoice to": ("customer", "any"),
    "ship to": ("customer", "any"), "customer": ("customer", "any"),
    "client": ("customer", "any"), "buyer": ("customer", "any"),
    "vendor": ("vendor", "any"), "seller": ("vendor", "any"), "supplier": ("vendor", "any"),
    "provider": ("vendor", "any"), "service provider": ("vendor", "any"),
    "remit to": ("vendor", "any"), "pay to": ("vendor", "any"), "payee": ("vendor", "any"),
    "contractor": ("vendor", "any"), "merchant": ("merchant", "any"),
    "from": ("sender", "any"), "to": ("recipient", "any"),
    "company": ("organization", "org"), "employer": ("organization", "org"),
    "organisation": ("organization", "org"), "organization": ("organization", "org"),
    "prepared by": ("author", "person"), "author": ("author", "person"),
    "written by": ("author", "person"), "employee name": ("employee", "person"),
    "employee": ("employee", "person"), "name": ("person", "person"),
    "full name": ("person", "person"), "applicant": ("applicant", "person"),
    "account holder": ("account holder", "any"), "account name": ("account holder", "any"),
    "cardholder": ("account holder", "any"), "card holder": ("account holder", "any"),
    "contact": ("contact", "person"), "contact person": ("contact", "person"),
    "attn": ("contact", "person"), "attention": ("contact", "person"),
    "approved by": ("approver", "person"), "signed by": ("signatory", "person"),
    "by": ("signatory", "person"),
    "chair": ("chair", "person"), "minutes taken by": ("secretary", "person"),
    "attendees": ("attendee", "people"), "present": ("attendee", "people"),
    "participants": ("attendee", "people"), "attendance": ("attendee", "people"),
    "in attendance": ("attendee", "people"), "also present": ("attendee", "people"),
    "apologies": ("absent", "people"), "absent": ("absent", "people"), "cc": ("copied", "people"),
}  # fmt: skip
_LABEL_NAMES = "|".join(sorted(_LABELS, key=len, reverse=True))
#: A label starts a line or a table cell; its value runs to the end of that cell, unless the
#: next cell is another label ("Bill to:  Ship to:", the values on the line below).
_LABEL = re.compile(
    rf"(?:^[ \t]*|(?<=\t)|(?<=[ ]{{2}}))(?P<label>{_LABEL_NAMES})[ \t]*(?::|\t|[ \t]{{2,}}|$)"
    rf"[ \t]*(?P<rest>(?:(?!(?:{_LABEL_NAMES})[ \t]*:)[^\s][^\t\n]*?)?)[ \t]*(?=\t|[ ]{{2}}|$)",
    _FLAGS,
)
#: A department named after a firm in an e-mail's From: "Acme Billing", "Acme Support Team".
_DEPARTMENT = re.compile(
    r"(?:[ \t]+(?:billing|accounts?|sales|support|orders?|customer|service|services|team|desk"
    r"|receivable|payable|finance|bookings?|reservations|no-?reply))+$",
    re.IGNORECASE,
)
#: A cell that is a label of its own ("Purchase order no.: 4568"), not a label's value.
_OTHER_LABEL = re.compile(r"^[A-Z][\w .#/-]{0,30}:")
#: Words in prose that introduce a person: "approved by", "contact", "sent to", "is".
_PROSE_CUE = re.compile(
    rf"\b(?:[Bb]y|[Tt]o|[Cc]ontact|is|[Ww]ith|[Ff]rom|[Aa]ttn\.?):?[ \t]+{PERSON.pattern}"
)
#: A contract's defined party: ... Acme Inc., a Delaware corporation (the "Client") ...
_ROLE_MARKER = re.compile(
    r"\((?:the |hereinafter(?: referred to as)?(?: the)? )?[\"“](?P<role>[A-Z][\w ]{1,30})[\"”]\)"
)
_PARTY_ROLES = words(
    """
    client customer provider vendor supplier contractor consultant company employer
    employee landlord tenant buyer seller purchaser licensor licensee lessor lessee
    borrower lender discloser recipient party agency partner
    """
) | {"service provider"}
_SALUTATION = re.compile(
    rf"^[ \t]*Dear[ \t]+(?P<name>(?:{HONORIFIC}[ \t]+)?[A-Z][\w'.-]*"
    rf"(?:[ \t]+[A-Z][\w'.-]*){{0,3}})[ \t]*[,:]",
    re.MULTILINE,
)
_CLOSING = re.compile(
    r"^[ \t]*(?:sincerely|kind regards|best regards|regards|yours (?:truly|faithfully|sincerely)"
    r"|with thanks|best wishes)[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
#: What separates a letterhead from a title on its line: a dash, a bar, a wide gap.
_HEAD_SEPARATOR = re.compile(r"\s+[-\u2013\u2014|]\s+|[ ]{2,}|\t")
_MAX_LETTERHEAD_WORDS = 6
_LETTERHEAD_LINES = 8
_MAX_HEADING_WORDS = 4
#: Contacts under a letterhead: a telephone number, an e-mail address, a website.
_CONTACT = re.compile(r"@|\b(?:tel|phone|fax|www)\b|\+\d|\.(?:com|org|net|example)\b", re.I)
#: What a letterhead never holds: digits, a label, an address, a document's or a greeting's
#: word ("Document" is the placeholder title HTML editors write).
_NOT_A_LETTERHEAD = re.compile(
    r"\d|@|:|\b(?:invoice|receipt|statement|order|bill|tax|credit|note|page|date|total"
    r"|document|memo(?:randum)?|minutes|agreement|contract|report|form|letter|confirmation"
    r"|quot(?:e|ation)|estimate|notice|summary|schedule|policy|claim|application|welcome"
    r"|copy|dear|hi|hello|subject|re|received|payment|paid)\b",
    re.IGNORECASE,
)
#: A line a signer's name stands under: "For the Supplier", "On behalf of Acme Ltd", "pp".
_ON_BEHALF = re.compile(
    r"^[ \t]*(?:for(?:[ \t]+and)?(?:[ \t]+on[ \t]+behalf[ \t]+of)?|on[ \t]+behalf[ \t]+of|p\.?p\.?"
    r"|signed(?:[ \t]+for)?)\b",
    re.IGNORECASE,
)
#: "To: All staff of Acme Ltd." names the organisation, not a person.
_AUDIENCE = re.compile(
    r"^(?:all|everyone|every)\b[\w ]{0,20}?(?:\bof\b|\bat\b|,)\s*|^(?:staff|employees)\s+of\s+",
    re.IGNORECASE,
)
#: "Label: value" on a line of its own.
#: "Label: value" on a line of its own, or "Label  value" (a form's two cells).
_FIELD = re.compile(
    r"^[ \t]*(?P<label>[A-Z][\w ]{1,30}?)(?::[ \t]*|[ \t]{2,}|\t)(?P<value>[^\n: \t][^\n:]{2,59})$",
    re.MULTILINE,
)
#: List items: "- Maria Chen (chair)".
_BULLET = re.compile(r"^[ \t]*(?:[-*•·]|\d+[.)])[ \t]+")
_ASIDE = re.compile(r"\([^)\n]{0,40}\)")
#: Most lines of a list read under a label.
_MAX_LISTED = 40
#: A line of names side by side (a signature row) is never longer than this.
_MAX_SIGNATURE_LINE = 120
#: A line break inside a sentence (the next line goes on, and is not a "Label:" line).
_WRAPPED = re.compile(r"(?<=[a-z,])[ \t]*\n(?=[ \t]*[A-Z][a-z])(?![ \t]*[A-Z][\w ]{0,25}:)")
#: Mailboxes a business writes from (an e-mail's "From: Name <orders@...>").
_ROLE_MAILBOX = re.compile(
    r"<\s*(?:orders?|info|sales|billing|no-?reply|support|accounts?|invoices?|service|hello"
    r"|team|contact|shop|store|bookings?)@",
    re.IGNORECASE,
)
#: Lines longer than this are not an addressee's name (keeps the check cheap).
_MAX_ADDRESSEE_LINE = 80


def party(name: str, role: str, kind: str) -> dict[str, str]:
    return {"name": name, "role": role, "kind": kind}


def labelled(text: str, lines: list[str]) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    counted_to, line_number = 0, 0  # line numbers counted incrementally: linear overall
    for match in islice(_LABEL.finditer(text), MAX_MATCHES):
        role, expects = _LABELS[match.group("label").lower()]
        line_number += text.count("\n", counted_to, match.start())
        counted_to = match.start()
        rest = _value(match, lines, line_number, text)
        if not rest:
            continue
        if expects == "people":
            listed = [rest] if match.group("rest").strip() else _bullets(lines, line_number + 1)
            found += _people(listed, role)
            continue
        value = _AUDIENCE.sub("", CELLS.split(rest)[0].strip())
        # "Pebblecombe Outdoor <orders@...>": a shop's mailbox names the shop, not a person
        audience = value != CELLS.split(rest)[0].strip() or bool(_ROLE_MAILBOX.search(rest))
        value = first_clause(value)
        name = _mailbox_owner(clean_name(value)) if audience else clean_name(value)
        if not name:
            continue
        if is_organisation(name) or audience:
            found.append(party(name, "vendor" if role == "sender" else role, "organization"))
        elif is_person(strip_honorific(name)):
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


def _people(listed: list[str], role: str) -> list[dict[str, str]]:
    """The people of a list's items ("A (Chair), B and C", one item per bullet)."""
    found: list[dict[str, str]] = []
    for item in listed:
        for cell in re.split(r",|;|\band\b|[ \t]{2,}", _ASIDE.sub("", item)):
            name = strip_honorific(clean_name(cell.strip(" .()-*•")))
            if listed_person(name):
                found.append(party(name, role, "person"))
    return found


def _mailbox_owner(name: str) -> str:
    """Who writes from a business's mailbox: "Cobaltline Networks Billing" is the firm, not
    its desk; "Accounts" alone names no party."""
    if all(word.strip(".").lower() in NOT_NAME for word in name.split()):
        return ""
    return _DEPARTMENT.sub("", name).strip() or name


def _value(match: re.Match[str], lines: list[str], line_number: int, text: str) -> str:
    """What a label names: the rest of its cell, else what stands below it."""
    rest = match.group("rest").strip()
    if _OTHER_LABEL.match(rest):
        rest = ""  # "Vendor:  Order no.: 123": the vendor is on the line below
    return rest or _below(lines, line_number, text, match.start())


def _below(lines: list[str], line_number: int, text: str, start: int) -> str:
    """The value printed under a label that ends its cell: in a row of labels ("Bill to:
    Ship to:"), the cell in the same column of the next line; else that line's first cell."""
    below = _next_nonblank(lines, line_number + 1).strip()
    line_start = text.rfind("\n", 0, start) + 1
    column = len(CELLS.findall(text[line_start:start].strip()))
    if text[line_start:start].strip():
        column += 1  # the label is not the line's first cell
    cells = [cell for cell in CELLS.split(below) if cell.strip()]
    if column and len(cells) > column:
        return cells[column].strip()
    return below


def _bullets(lines: list[str], start: int) -> list[str]:
    """The list under a label on its own line: bulleted lines, or lines that each hold one
    person's name (blank lines between them, as HTML paragraphs give); else the one line
    after the label."""
    items: list[str] = []
    for line in lines[start : start + _MAX_LISTED]:
        if not line.strip():
            continue
        if _BULLET.match(line):
            items.append(_BULLET.sub("", line))
        elif listed_person(strip_honorific(clean_name(_ASIDE.sub("", line).strip(" .-*")))):
            items.append(line)
        else:
            break
    return items or [_next_nonblank(lines, start)]


def defined(text: str) -> list[dict[str, str]]:
    """Parties a contract defines in its preamble. A defined term that is a known party role
    ("Client") may name a person or an organisation; any other defined term ("Agreement",
    "Effective Date") counts only if what precedes it is an organisation."""
    found: list[dict[str, str]] = []
    previous_end = 0
    for match in islice(_ROLE_MARKER.finditer(text), MAX_MATCHES):
        window = text[max(previous_end, match.start() - 200) : match.start()]
        previous_end = match.end()
        role = match.group("role").strip().lower()
        organisations = [m.group("name") for m in ORGANISATION.finditer(window)]
        if organisations:
            name = clean_name(organisations[-1])
            if name:
                found.append(party(name, role, "organization"))
        elif role in _PARTY_ROLES:
            people = [m.group("name") for m in PERSON.finditer(window) if is_person(m.group(0))]
            if people:
                found.append(party(people[-1], role, "person"))
    return found


def letterhead(lines: list[str]) -> list[dict[str, str]]:
    """The sender's name printed first, over its address or its contacts, or before the
    document's title ("Bluecrest Card Services - Statement", "Acme Ltd     INVOICE"): an
    organisation, unless it reads as a person's name (then the other cues say who it is)."""
    top = [line.strip() for line in lines[:_LETTERHEAD_LINES] if line.strip()][:3]
    if not top:
        return []
    parts = _HEAD_SEPARATOR.split(top[0], maxsplit=1)
    name = parts[0].strip()
    words = name.split()
    if (
        not 0 < len(words) <= _MAX_LETTERHEAD_WORDS
        or _NOT_A_LETTERHEAD.search(name)
        or not all(word[0].isupper() or word in ("&", "and", "of", "de") for word in words)
        or is_person(strip_honorific(name))
    ):
        return []
    titled = len(parts) > 1 and bool(_NOT_A_LETTERHEAD.search(parts[1]))
    below = top[1] if len(top) > 1 else ""
    if not (titled or STREET.match(below) or _CONTACT.search(below) or _is_heading(below)):
        return []  # a heading or a job title on top, not a sender's name
    return [party(clean_name(name), "sender", "organization")] if clean_name(name) else []


def _is_heading(line: str) -> bool:
    """A short line naming the document: "Account statement", "INVOICE"."""
    return len(line.split()) <= _MAX_HEADING_WORDS and bool(_NOT_A_LETTERHEAD.search(line))


def correspondents(text: str, lines: list[str]) -> list[dict[str, str]]:
    """A letter's recipient (the salutation) and its sender (the signer after the closing)."""
    found: list[dict[str, str]] = []
    salutation = _SALUTATION.search(text)
    if salutation:
        name = strip_honorific(clean_name(salutation.group("name")))
        if name and name.split()[0].lower() not in ("sir", "madam", "customer", "team"):
            found.append(party(name, "recipient", "person"))
    for index, line in enumerate(lines):
        if _CLOSING.match(line):
            following = [ln for ln in lines[index + 1 : index + 6] if ln.strip()][:3]
            for candidate in following:
                if _ON_BEHALF.match(candidate):
                    continue  # "On behalf of Acme Ltd", "pp", "For Acme": the signer is below
                name = strip_honorific(clean_name(candidate))
                if name and is_person(name):
                    found.append(party(name, "sender", "person"))
                break
            break
    return found


def honorific_names(text: str) -> list[dict[str, str]]:
    """Anyone written with an honorific ("Dr. Omar Farouk", "Ms. Patel") and named by no more
    telling cue: most often the one a document is addressed to."""
    found: list[dict[str, str]] = []
    for match in islice(HONORIFIC_NAME.finditer(text), MAX_MATCHES):
        name = match.group("name")
        if is_person(name) or len(name.split()) == 1:
            found.append(party(name, "recipient", "person"))
    return found


def addressees(lines: list[str]) -> list[dict[str, str]]:
    """A person named just above (or just before, after a comma) a street address, or above
    the firm over it; not the name printed first, above the first address: that is the
    sender's letterhead."""
    found: list[dict[str, str]] = []
    top = next((index for index, line in enumerate(lines) if line.strip()), -1)
    for index, line in enumerate(lines):
        if index == top or len(line) > _MAX_ADDRESSEE_LINE or not line[:1].isupper():
            continue
        head, sep, tail = line.strip().partition(",")
        after = tail if sep else (lines[index + 1] if index + 1 < len(lines) else "")
        if not STREET.match(after) and not sep and is_organisation(after.strip()):
            # "Marcus Webb / Parbold Veterinary Group / 12 Mill Lane": the firm between
            after = lines[index + 2] if index + 2 < len(lines) else ""
        if STREET.match(after) and is_person(strip_honorific(head.strip())):
            found.append(party(strip_honorific(head.strip()), "recipient", "person"))
    return found


def signatures(lines: list[str]) -> list[dict[str, str]]:
    """Names written above job titles: signature blocks, also side by side in columns."""
    found: list[dict[str, str]] = []
    for index, line in enumerate(lines):
        if len(line) > _MAX_SIGNATURE_LINE or not (line[:1].isupper() or line[:1].isspace()):
            continue  # prose, a table row of figures: not a line of names
        cells = [strip_honorific(cell) for cell in CELLS.split(line) if cell.strip()]
        if not cells or not all(is_person(first_clause(cell)) for cell in cells):
            continue
        if all(is_title(cell.partition(",")[2]) for cell in cells):
            found += [party(first_clause(cell), "signatory", "person") for cell in cells]
            continue
        if not all(is_person(cell) for cell in cells):
            continue  # "Hi Bartholomew, thank you ...": a greeting, not a name
        ahead = [ln for ln in lines[index + 1 : index + 6] if ln.strip()][:3]
        behind = [ln for ln in lines[max(0, index - 3) : index] if ln.strip()][-1:]
        if any(is_title(cell) for ln in ahead for cell in CELLS.split(ln.strip())) or any(
            _ON_BEHALF.match(ln) for ln in behind
        ):
            found += [party(cell, "signatory", "person") for cell in cells]
    return found


def named_in_fields(text: str) -> list[dict[str, str]]:
    """Any "Label: First Last" (or "Label  First Last") field whose whole value is a person's
    name ("Billing queries: Ethan Garcia.", "Donor  Dev Malhotra"): forms name people this way,
    and the label is their role."""
    found: list[dict[str, str]] = []
    for match in islice(_FIELD.finditer(text), MAX_MATCHES):
        name = strip_honorific(match.group("value").strip().rstrip("."))
        if is_person(name):
            # The label says the role: "Donor  Dev Malhotra" is the donor.
            found.append(party(name, match.group("label").strip().lower(), "person"))
    return found


def introduced(text: str) -> list[dict[str, str]]:
    """People named in prose after a cue: "approved by X", "contact X", "sent to X"."""
    found: list[dict[str, str]] = []
    text = _WRAPPED.sub(" ", text)  # a name may be wrapped onto the next line
    for match in islice(_PROSE_CUE.finditer(text), MAX_MATCHES):
        name = match.group("name")
        following = text[match.end() : match.end() + 16]
        if re.match(rf"[ \t,]*{SUFFIXES}\b", following) or not is_person(name):
            continue
        found.append(party(name, "person", "person"))
    return found


def _next_nonblank(lines: list[str], start: int) -> str:
    for line in lines[start : start + 3]:
        if line.strip():
            return line
    return ""
