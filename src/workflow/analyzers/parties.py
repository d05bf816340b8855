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
import unicodedata
from itertools import islice
from typing import Any

from workflow.analyzers.entities import MAX_PARTIES
from workflow.analyzers.party_fields import labelled, mail_headers, named_in_fields, officers
from workflow.analyzers.party_letters import (
    addressees,
    attentions,
    attributions,
    correspondents,
    honorific_names,
    letterhead,
    signatures,
)
from workflow.analyzers.party_names import (
    CELLS,
    ENDS_WITH_SUFFIX,
    FOREIGN_INSTITUTION,
    HONORIFIC,
    INSTITUTION,
    MAX_MATCHES,
    ORGANISATION,
    SUFFIX_WORD,
    clean_name,
    is_organisation,
    is_person,
    party,
    strip_honorific,
    unwrapped,
)
from workflow.analyzers.party_prose import defined, introduced, represented
from workflow.analyzers.party_tables import tabled

#: An e-mail's quoting marks: "> " before each quoted line.
_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_LINE_END = re.compile(r"[ \t]*[,.;]?[ \t]*(?:\n|$)")
#: A US town line's state after a comma, before its ZIP code: "Reno, NV 89502" (no "N.V.").
_STATE_ZIP = re.compile(r",[ \t]*[A-Z]{2}$")
_ZIP_AFTER = re.compile(r"[ \t]+\d{5}\b")
#: A line of payment details: the bank named there is where to pay, not a party.
_PAYMENT_LINE = re.compile(
    r"\b(?:IBAN|BIC|SWIFT|Sort[ \t]code|Bankverbindung|Kontonummer|Bank[ \t]details)\b", re.I
)

__all__ = ["clean_name", "find_parties", "is_organisation", "is_person", "merge_parties"]


def find_parties(text: str) -> list[dict[str, str]]:
    """Parties as ``{"name", "role", "kind"}`` (kind ``organization`` or ``person``), first
    the labelled and defined ones, then those found by shape; duplicates merged."""
    text = _QUOTED.sub("", text)  # a reply's quoted lines are read as the text they quote
    lines = text.splitlines()
    parties: list[dict[str, str]] = []
    parties += labelled(text, lines)
    parties += mail_headers(text)
    parties += defined(text)
    parties += represented(text)
    parties += attentions(text)
    parties += letterhead(lines)
    parties += correspondents(text, lines)
    parties += addressees(lines)
    parties += signatures(lines)
    parties += attributions(text)
    parties += tabled(lines)
    parties += honorific_names(text)
    parties += named_in_fields(text)
    parties += officers(text)
    parties += introduced(text)
    joined = unwrapped(text)  # a firm's name the page wrapped over two lines is read whole
    for match in islice(ORGANISATION.finditer(joined), MAX_MATCHES):
        # A name stays in its table cell: "Finance Manager  Company Secretary" names no firm;
        # "Acme SAS  Vidal SARL" are two firms side by side.
        cells = CELLS.split(match.group("name"))
        for cell in cells[:-1]:
            if ENDS_WITH_SUFFIX.search(" " + cell) and len(cell.split()) > 1:
                parties.append(party(clean_name(cell), "organization", "organization"))
        whole = cells[-1]
        if _STATE_ZIP.search(whole) and _ZIP_AFTER.match(joined, match.end()):
            continue  # "Reno, NV 89502": a town line
        if SUFFIX_WORD.fullmatch(whole) or (
            "\n" in whole and not _LINE_END.match(joined, match.end())
        ):
            continue  # a form wrapped onto its own line ends that line: "Construction\nInc."
        for part in _split_organisations(whole):
            name = clean_name(part)
            if name:
                parties.append(party(name, "organization", "organization"))
    institutions: list[dict[str, str]] = []
    for match in islice(INSTITUTION.finditer(joined), MAX_MATCHES):
        name = clean_name(_after_firm(CELLS.split(match.group("name"))[-1]))
        if len(name.split()) > 1:  # "Cascade Credit Union", not "The Bank"
            institutions.append(party(name, "organization", "organization"))
    institutions += _institutions(joined)
    # "Meridian Trust" is the start of "Meridian Trust Card Services", named whole elsewhere
    starts = {
        " ".join(words[:end])
        for p in parties
        if p["kind"] == "organization"
        for words in [p["name"].split()]
        for end in range(1, len(words))
    }
    parties += [p for p in institutions if " ".join(p["name"].split()) not in starts]
    return merge_parties(parties)


def _institutions(text: str) -> list[dict[str, str]]:
    """Institutions named the way their language names them ("Gemeente Zwolle", "IJssel
    Spaarbank"), except a bank in payment details (its line, or the line under it in a
    footer's column, names an IBAN or a BIC)."""
    found: list[dict[str, str]] = []
    for match in islice(FOREIGN_INSTITUTION.finditer(text), MAX_MATCHES):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = text.find("\n", end + 1) if end >= 0 else -1
        if _PAYMENT_LINE.search(text, start, end if end >= 0 else len(text)):
            continue
        name = clean_name(CELLS.split(match.group("name"))[0])
        if len(name.split()) > 1:
            found.append(party(name, "organization", "organization"))
    return found


def _after_firm(name: str) -> str:
    """ "Partners LLC and Prairie View Hospital": the institution named after another firm's
    legal form."""
    words = name.split()
    ends = [index for index, word in enumerate(words[:-1]) if SUFFIX_WORD.fullmatch(word)]
    return " ".join(words[ends[-1] + 1 :]) if ends else name


def _split_organisations(name: str) -> list[str]:
    """ "Siemens AG and Acme Widgets GmbH" names two companies: cut after a legal suffix that
    "and" or "&" follows."""
    words = name.split()
    for index, word in enumerate(words[:-1]):
        if (
            words[index + 1] in ("and", "&")
            and SUFFIX_WORD.fullmatch(word.rstrip(","))
            and not SUFFIX_WORD.fullmatch(
                words[index + 2].rstrip(",") if index + 2 < len(words) else ""
            )
        ):  # "GmbH & Co. KG" is one legal form
            rest = " ".join(words[index + 2 :])
            tail = [rest] if ENDS_WITH_SUFFIX.search(" " + rest) else []
            return [" ".join(words[: index + 1]), *tail]
    return [name]


def _key(name: str) -> str:
    """``name`` for comparison: case, punctuation and accents aside (OCR reads "Ferretería"
    as "Ferreteria"; a document split into sections may name one shop both ways)."""
    folded = unicodedata.normalize("NFKD", strip_honorific(name).casefold())
    return re.sub(r"[\W_]+", "", "".join(ch for ch in folded if not unicodedata.combining(ch)))


def merge_parties(parties: list[dict[str, Any]]) -> list[dict[str, str]]:
    """First mention of each party wins; spelling variants and short forms are folded in."""
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    full_names = {
        word.casefold()
        for p in parties
        if p["kind"] == "person" and len(p["name"].split()) > 1
        for word in (p["name"].split()[0], p["name"].split()[-1])
    }
    lowercase_led = [
        _key(p["name"]) for p in parties if p["kind"] == "organization" and p["name"][:1].islower()
    ]
    # "Harbour Books" and "Harbour Books GmbH" are one company: the fuller name is kept.
    suffixed = {
        _key(ENDS_WITH_SUFFIX.sub("", " " + p["name"])): p["name"]
        for p in parties
        if p["kind"] == "organization" and ENDS_WITH_SUFFIX.search(" " + p["name"])
    }
    # A name read as an organisation anywhere is one ("with Cascadia Audio Inc."): its
    # person-shaped mentions elsewhere are the same firm.
    firms = {_key(p["name"]) for p in parties if p["kind"] == "organization"} | set(suffixed)
    # A logo reduced to text ("LINDQVIST") is its firm's first word: the firm named in full.
    brands = {
        _key(p["name"].split()[0])
        for p in parties
        if p["kind"] == "organization" and len(p["name"].split()) > 1
    }
    # "Studio Tecnico Ing. Ferri S.r.l.": "Ing. Ferri" is part of the firm's name, no person
    firm_names = " | ".join(
        p["name"]
        for p in parties
        if p["kind"] == "organization" and ENDS_WITH_SUFFIX.search(" " + p["name"])
    )
    for found in parties:
        key = _key(found["name"])
        party = found
        if found["kind"] == "organization" and key in suffixed:
            party = {**found, "name": suffixed[key]}
            key = _key(party["name"])
        if not key or key in seen or (party["kind"] == "person" and key in firms):
            continue
        if party["kind"] == "organization" and any(
            other.endswith(key) and other != key for other in lowercase_led
        ):
            continue  # "Insurance Group plc", found by shape, is OCR's "whitfield Insurance ..."
        words = party["name"].split()
        if party["kind"] == "organization" and len(words) == 1 and key in brands:
            continue
        if party["kind"] == "person" and len(words) == 1 and words[0].casefold() in full_names:
            continue  # "Ms. Patel" or "Dear Beatriz," when "Beatriz Patel" is named too
        if (
            party["kind"] == "person"
            and len(words) == 1
            and re.search(rf"(?<!\w){HONORIFIC}[ \t]+{re.escape(party['name'])}(?!\w)", firm_names)
        ):
            continue
        seen.add(key)
        out.append(party)
        if len(out) >= MAX_PARTIES:
            break
    return out
