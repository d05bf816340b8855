"""People and organisations a document names, each with its role and kind.

Found the ways a reader finds them: labelled fields ("Bill To:", "Vendor", "Attendees:",
"Prepared by"), parties a contract defines ("Acme Inc. (the "Client")"), a letter's
salutation and signature, signature blocks (a name above a job title), names introduced in
prose ("approved by", "contact", "sent to"), and any organisation written with a legal
suffix. A company written once with and once without its trailing full stop is one party;
"Ms. Patel" is merged into "Priya Patel" when the full name is also there.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from workflow.analyzers.entities import MAX_PARTIES

#: Matches examined per pattern (bounds the work on adversarial text).
_MAX_MATCHES = 2000
_FLAGS = re.IGNORECASE | re.MULTILINE


def _words(listing: str) -> frozenset[str]:
    return frozenset(listing.split())


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
    "apologies": ("absent", "people"), "absent": ("absent", "people"), "cc": ("copied", "people"),
}  # fmt: skip
#: A label starts a line or a table cell; its value runs to the end of that cell.
_LABEL = re.compile(
    r"(?:^[ \t]*|(?<=\t)|(?<=[ ]{2}))(?P<label>"
    + "|".join(sorted(_LABELS, key=len, reverse=True))
    + r")[ \t]*(?::|\t|[ \t]{2,}|$)[ \t]*(?P<rest>[^\t\n]*?)[ \t]*(?=\t|[ ]{2}|$)",
    _FLAGS,
)
_SUFFIX = (
    r"Inc|Incorporated|LLC|L\.L\.C|LLP|Ltd|Limited|GmbH|AG|SE|S\.A|SA|SAS|SARL|S\.r\.l|PLC|plc"
    r"|Corp|Corporation|Co|Company|BV|B\.V|NV|N\.V|Pty|Oy|AB|AS|KG|GbR|Group|Holdings"
    r"|PLLC|P\.L\.L\.C|PC|P\.C|ApS|A/S|Oyj|SpA|S\.p\.A|[Ss]p\.?[ \t]z[ \t]o\.o|S\.à[ \t]r\.l"
    r"|S\.a[ \t]r\.l|KGaA|UG|SRL|S\.L|sro|s\.r\.o"
)
_SUFFIXES = rf"(?:{_SUFFIX})\.?(?:[ \t]+(?:{_SUFFIX})\.?)*"
#: One to five capitalised words (or "&") then a company suffix, on one line.
_ORGANISATION = re.compile(
    r"\b(?P<name>(?:(?:[A-Z][\w'&-]*|&|and|of)[ \t]+){0,4}[A-Z][\w'&-]*,?[ \t]+"
    rf"{_SUFFIXES})(?![\w])"
)
_ENDS_WITH_SUFFIX = re.compile(rf"[ \t]{_SUFFIXES}$")
_SUFFIX_WORD = re.compile(rf"(?:{_SUFFIX})\.?")
#: Words that make a name without a legal suffix an organisation.
_ORG_WORDS = _words(
    """
    bank market grocers grocery pharmacy cafe café books bookshop station kitchen
    hardware store stores shop supermarket restaurant hotel services solutions systems
    partners group holdings foods council university hospital clinic insurance logistics
    energy media telecom capital software analytics trust savings bakery fuel
    association foundation department ministry agency institute school college committee
    board team
    """
)
#: Job-title words: a line of them under a name makes a signature block.
_TITLE_WORDS = _words(
    """
    director manager officer head chief president vice partner lead engineer accountant
    secretary chair chairman chairperson treasurer coordinator administrator analyst
    consultant controller counsel founder owner supervisor assistant executive ceo cfo
    coo cto clerk representative specialist
    """
)
#: Capitalised words that are not parts of a person's name.
_NOT_NAME = (
    _words(
        """
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday invoice receipt
    total date due street road avenue lane way park square payment please thank this
    that the dear kind regards yours sincerely account statement order purchase
    agreement client provider customer supplier vendor schedule section page subject
    memo minutes meeting report summary action items decisions budget revenue net tax
    vat subtotal balance amount number description quantity price opening closing new
    card direct debit salary approved signature form claim employee company notes
    apologies present attendees governing law services term termination witness whereof
    effective monthly annual quarterly office policy travel expense update published
    prepared next owner confirm circulate title accounts payable receivable billing support
    sales customer service human resources finance legal operations reception
    """
    )
    | _ORG_WORDS
    | _TITLE_WORDS
)
#: Latin letters with their accents ("Østergaard", "Präzision", "Łukasz").
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĘĚĞĢĤĦĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŜŞŠŢŤŪŮŰŲŹŻŽ"
_LOWER = "a-zß-öø-ÿāăąćĉċčďđēęěğģĥħīįıķĺļľłńņňōőœŕřśŝşšţťūůűųźżž"
_NAME = rf"[{_UPPER}][{_LOWER}]+(?:['-][{_UPPER}]?[{_LOWER}]+)*"
#: Words of one name are one space apart (a tab or a wider gap separates table cells).
_PERSON = re.compile(
    rf"(?P<name>{_NAME}(?: [A-Z]\.)?(?: (?:(?:van|von|de|da|del|der|di|al) )?{_NAME}){{1,2}})"
)
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?"
_HONORIFIC_NAME = re.compile(rf"\b{_HONORIFIC}[ \t]+(?P<name>{_NAME}(?: {_NAME}){{0,2}})")
#: Words in prose that introduce a person: "approved by", "contact", "sent to", "is".
_PROSE_CUE = re.compile(
    rf"\b(?:[Bb]y|[Tt]o|[Cc]ontact|is|[Ww]ith|[Ff]rom|[Aa]ttn\.?):?[ \t]+{_PERSON.pattern}"
)
#: A contract's defined party: ... Acme Inc., a Delaware corporation (the "Client") ...
_ROLE_MARKER = re.compile(
    r"\((?:the |hereinafter(?: referred to as)?(?: the)? )?[\"“](?P<role>[A-Z][\w ]{1,30})[\"”]\)"
)
_PARTY_ROLES = _words(
    """
    client customer provider vendor supplier contractor consultant company employer
    employee landlord tenant buyer seller purchaser licensor licensee lessor lessee
    borrower lender discloser recipient party agency partner
    """
) | {"service provider"}
_SALUTATION = re.compile(
    rf"^[ \t]*Dear[ \t]+(?P<name>(?:{_HONORIFIC}[ \t]+)?[A-Z][\w'.-]*"
    rf"(?:[ \t]+[A-Z][\w'.-]*){{0,3}})[ \t]*[,:]",
    re.MULTILINE,
)
_CLOSING = re.compile(
    r"^[ \t]*(?:sincerely|kind regards|best regards|regards|yours (?:truly|faithfully|sincerely)"
    r"|with thanks|best wishes)[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
#: "To: All staff of Acme Ltd." names the organisation, not a person.
_AUDIENCE = re.compile(
    r"^(?:all|everyone|every)\b[\w ]{0,20}?(?:\bof\b|\bat\b|,)\s*|^(?:staff|employees)\s+of\s+",
    re.IGNORECASE,
)
_LEADING_NOISE = _words(
    """
    also we our your please thanks at in on as per via met see visit call
    the this between and from to by for with of dear bill billed invoice vendor supplier
    customer company client ship sold seller buyer employer contact re subject memo
    minutes meeting statement account holder present attendees
    """
)
#: "Label: value" on a line of its own.
_FIELD = re.compile(r"^[ \t]*[A-Z][\w ]{1,30}:[ \t]*(?P<value>[^\n:]{3,60})$", re.MULTILINE)
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
_CELLS = re.compile(r"[ \t]{2,}|\t|[ \t]*\|[ \t]*")


def find_parties(text: str) -> list[dict[str, str]]:
    """Parties as ``{"name", "role", "kind"}`` (kind ``organization`` or ``person``), first
    the labelled and defined ones, then those found by shape; duplicates merged."""
    lines = text.splitlines()
    parties: list[dict[str, str]] = []
    parties += _labelled(text, lines)
    parties += _defined(text)
    parties += _correspondents(text, lines)
    parties += _addressees(lines)
    parties += _signatures(lines)
    parties += _named_in_fields(text)
    parties += _introduced(text)
    for match in islice(_ORGANISATION.finditer(text), _MAX_MATCHES):
        for part in _split_organisations(match.group("name")):
            name = clean_name(part)
            if name:
                parties.append(_party(name, "organization", "organization"))
    return merge_parties(parties)


def _split_organisations(name: str) -> list[str]:
    """ "Siemens AG and Acme Widgets GmbH" names two companies: cut after a legal suffix that
    "and" or "&" follows."""
    words = name.split()
    for index, word in enumerate(words[:-1]):
        if words[index + 1] in ("and", "&") and _SUFFIX_WORD.fullmatch(word.rstrip(",")):
            rest = " ".join(words[index + 2 :])
            tail = [rest] if _ENDS_WITH_SUFFIX.search(" " + rest) else []
            return [" ".join(words[: index + 1]), *tail]
    return [name]


def _party(name: str, role: str, kind: str) -> dict[str, str]:
    return {"name": name, "role": role, "kind": kind}


def is_organisation(name: str) -> bool:
    words = {word.strip(".,&").lower() for word in name.split()}
    return bool(_ENDS_WITH_SUFFIX.search(" " + name)) or bool(words & _ORG_WORDS)


def is_person(name: str) -> bool:
    """Shaped like a person's name: two to four capitalised words, none a common noun."""
    if not _PERSON.fullmatch(name) or is_organisation(name):
        return False
    return not any(word.strip(".").lower() in _NOT_NAME for word in name.split())


def _is_title(cell: str) -> bool:
    words = [word.strip(",.").lower() for word in cell.split()]
    return 0 < len(words) <= 6 and any(word in _TITLE_WORDS for word in words)


def _labelled(text: str, lines: list[str]) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    counted_to, line_number = 0, 0  # line numbers counted incrementally: linear overall
    for match in islice(_LABEL.finditer(text), _MAX_MATCHES):
        role, expects = _LABELS[match.group("label").lower()]
        line_number += text.count("\n", counted_to, match.start())
        counted_to = match.start()
        rest = match.group("rest").strip()
        if not rest:
            rest = _next_nonblank(lines, line_number + 1).strip()
        if not rest:
            continue
        if expects == "people":
            listed = [rest] if match.group("rest").strip() else _bullets(lines, line_number + 1)
            for item in listed:
                for cell in re.split(r",|;|\band\b|[ \t]{2,}", _ASIDE.sub("", item)):
                    name = _strip_honorific(cell.strip(" .()-*•"))
                    if is_person(name):
                        found.append(_party(name, role, "person"))
            continue
        value = _AUDIENCE.sub("", _CELLS.split(rest)[0].strip())
        # "Pebblecombe Outdoor <orders@...>": a shop's mailbox names the shop, not a person
        audience = value != _CELLS.split(rest)[0].strip() or bool(_ROLE_MAILBOX.search(rest))
        value = _first_clause(value)
        name = clean_name(value)
        if not name:
            continue
        if is_organisation(name) or audience:
            found.append(_party(name, "vendor" if role == "sender" else role, "organization"))
        elif is_person(_strip_honorific(name)):
            found.append(_party(_strip_honorific(name), role, "person"))
        elif (
            expects in ("org", "any")
            and not any(ch.isdigit() for ch in name)
            # a table's header row ("Merchant  Amount") is a label over a label, not a party
            and not all(word.strip(".").lower() in _NOT_NAME for word in name.split())
        ):
            found.append(_party(name, role, "organization"))
    return found


def _bullets(lines: list[str], start: int) -> list[str]:
    """The list under a label on its own line: bulleted lines (or the one line after it)."""
    items: list[str] = []
    for line in lines[start : start + _MAX_LISTED]:
        if _BULLET.match(line):
            items.append(_BULLET.sub("", line))
        elif line.strip() or items:
            break
    return items or [_next_nonblank(lines, start)]


def _first_clause(value: str) -> str:
    """ "Jonas Bello, Office Manager" -> "Jonas Bello"; "Acme, Inc." stays whole."""
    head, sep, tail = value.partition(",")
    if sep and not re.match(rf"\s*{_SUFFIXES}\s*$", tail):
        return head
    return value


def _defined(text: str) -> list[dict[str, str]]:
    """Parties a contract defines in its preamble. A defined term that is a known party role
    ("Client") may name a person or an organisation; any other defined term ("Agreement",
    "Effective Date") counts only if what precedes it is an organisation."""
    found: list[dict[str, str]] = []
    previous_end = 0
    for match in islice(_ROLE_MARKER.finditer(text), _MAX_MATCHES):
        window = text[max(previous_end, match.start() - 200) : match.start()]
        previous_end = match.end()
        role = match.group("role").strip().lower()
        organisations = [m.group("name") for m in _ORGANISATION.finditer(window)]
        if organisations:
            name = clean_name(organisations[-1])
            if name:
                found.append(_party(name, role, "organization"))
        elif role in _PARTY_ROLES:
            people = [m.group("name") for m in _PERSON.finditer(window) if is_person(m.group(0))]
            if people:
                found.append(_party(people[-1], role, "person"))
    return found


def _correspondents(text: str, lines: list[str]) -> list[dict[str, str]]:
    """A letter's recipient (the salutation, or an addressee line with an honorific) and its
    sender (the line after the closing)."""
    found: list[dict[str, str]] = []
    for match in islice(_HONORIFIC_NAME.finditer(text), _MAX_MATCHES):
        name = match.group("name")
        if is_person(name) or len(name.split()) == 1:
            found.append(_party(name, "recipient", "person"))
    salutation = _SALUTATION.search(text)
    if salutation:
        name = _strip_honorific(clean_name(salutation.group("name")))
        if name and name.split()[0].lower() not in ("sir", "madam", "customer", "team"):
            found.append(_party(name, "recipient", "person"))
    for index, line in enumerate(lines):
        if _CLOSING.match(line):
            name = clean_name(_next_nonblank(lines, index + 1))
            if name and is_person(name):
                found.append(_party(name, "sender", "person"))
            break
    return found


#: An address's street line: "88 Quarry Lane", "Lindenallee 5", "12 rue des Tanneurs".
_STREET = re.compile(
    r"^\s*(?:\d{1,5}[a-z]?\s+[^\W\d_]|[^\W\d_][\w.'-]*(?:\s[\w.'-]+){0,3}\s\d{1,5}[a-z]?\s*(?:,|$))"
)
#: Lines longer than this are not an addressee's name (keeps the check cheap).
_MAX_ADDRESSEE_LINE = 80


def _addressees(lines: list[str]) -> list[dict[str, str]]:
    """A person named just above (or just before, after a comma) a street address."""
    found: list[dict[str, str]] = []
    for index, line in enumerate(lines):
        if len(line) > _MAX_ADDRESSEE_LINE or not line[:1].isupper():
            continue
        head, sep, tail = line.strip().partition(",")
        after = tail if sep else (lines[index + 1] if index + 1 < len(lines) else "")
        if _STREET.match(after) and is_person(_strip_honorific(head.strip())):
            found.append(_party(_strip_honorific(head.strip()), "recipient", "person"))
    return found


def _signatures(lines: list[str]) -> list[dict[str, str]]:
    """Names written above job titles: signature blocks, also side by side in columns."""
    found: list[dict[str, str]] = []
    for index, line in enumerate(lines):
        if len(line) > _MAX_SIGNATURE_LINE or not (line[:1].isupper() or line[:1].isspace()):
            continue  # prose, a table row of figures: not a line of names
        cells = [cell.strip() for cell in _CELLS.split(line) if cell.strip()]
        if not cells or not all(is_person(_first_clause(cell)) for cell in cells):
            continue
        if all(_is_title(cell.partition(",")[2]) for cell in cells):
            found += [_party(_first_clause(cell), "signatory", "person") for cell in cells]
            continue
        ahead = [ln for ln in lines[index + 1 : index + 6] if ln.strip()][:3]
        if any(_is_title(cell) for ln in ahead for cell in _CELLS.split(ln.strip())):
            found += [_party(cell, "signatory", "person") for cell in cells]
    return found


def _named_in_fields(text: str) -> list[dict[str, str]]:
    """Any "Label: First Last" field whose whole value is a person's name ("Billing queries:
    Ethan Garcia.", "Sales rep: ..."): forms name people this way."""
    found: list[dict[str, str]] = []
    for match in islice(_FIELD.finditer(text), _MAX_MATCHES):
        name = _strip_honorific(match.group("value").strip().rstrip("."))
        if is_person(name):
            found.append(_party(name, "contact", "person"))
    return found


def _introduced(text: str) -> list[dict[str, str]]:
    """People named in prose after a cue: "approved by X", "contact X", "sent to X"."""
    found: list[dict[str, str]] = []
    text = _WRAPPED.sub(" ", text)  # a name may be wrapped onto the next line
    for match in islice(_PROSE_CUE.finditer(text), _MAX_MATCHES):
        name = match.group("name")
        following = text[match.end() : match.end() + 16]
        if re.match(rf"[ \t,]*{_SUFFIXES}\b", following) or not is_person(name):
            continue
        found.append(_party(name, "person", "person"))
    return found


def _next_nonblank(lines: list[str], start: int) -> str:
    for line in lines[start : start + 3]:
        if line.strip():
            return line
    return ""


def _strip_honorific(name: str) -> str:
    return re.sub(rf"^{_HONORIFIC}[ \t]+", "", name.strip())


#: An e-mail header's address beside the name: "Harbour Books <orders@harbour.example>".
_ADDRESS = re.compile(r"\s*(?:<[^<>\n]*>|\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?)\s*")


def clean_name(name: str) -> str:
    name = _ADDRESS.sub(" ", name).strip().strip('"')
    name = _CELLS.split(name.strip())[0]
    words = name.split()
    while words and words[0].lower().strip(":") in _LEADING_NOISE:
        words.pop(0)
    name = " ".join(words).strip(" ,;:-")
    if name.endswith(".") and not _ENDS_WITH_SUFFIX.search(" " + name):
        name = name.rstrip(".")  # a sentence's full stop, not an abbreviation
    if not name or len(name) > 80 or not re.search(r"[A-Za-z]", name):
        return ""
    if re.fullmatch(r"(?:the|and|of|\W+)", name, re.IGNORECASE):
        return ""
    return name


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", _strip_honorific(name).casefold())


def merge_parties(parties: list[dict[str, Any]]) -> list[dict[str, str]]:
    """First mention of each party wins; spelling variants and short forms are folded in."""
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    full_surnames = {
        p["name"].split()[-1].casefold()
        for p in parties
        if p["kind"] == "person" and len(p["name"].split()) > 1
    }
    lowercase_led = [
        _key(p["name"]) for p in parties if p["kind"] == "organization" and p["name"][:1].islower()
    ]
    # "Harbour Books" and "Harbour Books GmbH" are one company: the fuller name is kept.
    suffixed = {
        _key(_ENDS_WITH_SUFFIX.sub("", " " + p["name"])): p["name"]
        for p in parties
        if p["kind"] == "organization" and _ENDS_WITH_SUFFIX.search(" " + p["name"])
    }
    for found in parties:
        key = _key(found["name"])
        party = found
        if found["kind"] == "organization" and key in suffixed:
            party = {**found, "name": suffixed[key]}
            key = _key(party["name"])
        if not key or key in seen:
            continue
        if party["kind"] == "organization" and any(
            other.endswith(key) and other != key for other in lowercase_led
        ):
            continue  # "Insurance Group plc", found by shape, is OCR's "whitfield Insurance ..."
        words = party["name"].split()
        if party["kind"] == "person" and len(words) == 1 and words[0].casefold() in full_surnames:
            continue  # "Ms. Patel" when "Priya Patel" is named too
        seen.add(key)
        out.append(party)
        if len(out) >= MAX_PARTIES:
            break
    return out
