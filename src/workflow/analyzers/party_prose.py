"""Parties named in running text: those a contract defines in its preamble ("Acme Inc. (the
"Client")") and people introduced by a cue ("approved by", "contact", "sent to").
"""

from __future__ import annotations

import re
from itertools import islice

from workflow.analyzers.party_names import (
    ENDS_WITH_SUFFIX,
    MAX_MATCHES,
    NOT_NAME,
    ORGANISATION,
    PERSON,
    SUFFIXES,
    clean_name,
    is_organisation,
    is_person,
    party,
    strip_honorific,
    words,
)

#: Words in prose that introduce a person: "approved by", "contact", "sent to", "is".
_PROSE_CUE = re.compile(
    r"\b(?:[Bb]y|[Tt]o|[Cc]ontact|is|[Ww]ith|[Ff]rom|[Aa]ttn\.?|[Aa]ttention(?: of)?|FAO"
    r"|(?P<at>at))"
    r":?[ \t]+" + PERSON.pattern
)
#: Who signs for a firm in a contract's preamble: "represented by", "vertreten durch",
#: "représentée par", "vertegenwoordigd door", "representada por", "rappresentata da".
_REPRESENTED = re.compile(
    r"\b(?:represented[ \t]+by|acting[ \t]+through|vertreten[ \t]+durch"
    r"|repr[ée]sent[ée]e?s?[ \t]+par"
    r"|vertegenwoordigd[ \t]+door|representad[oa]s?[ \t]+por|rappresentat[oa][ \t]+da"
    r"|en[ \t]+(?:su[ \t]+)?(?:nombre[ \t]+y[ \t]+)?representaci[óo]n[ \t]+de)[ \t]+"
    r"(?P<clause>[^\n,;()]{3,80})",
    re.IGNORECASE,
)
#: More people joined to the one a cue introduced: "from A, B and C", "to A & B".
_JOINED = re.compile(rf"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*){PERSON.pattern}")
#: How far before a defined term its party's name is looked for.
_WINDOW = 300
#: Where a party's address begins in a contract's preamble.
_ADDRESS_CLAUSE = re.compile(
    r"\b(?:of|at|residing at|whose registered office is at|with (?:its )?offices? at"
    r"|having its (?:registered )?office at)[ \t]+(?=\d|[A-Z][\w.'-]*[ \t]+\d|[a-z]+[ \t])"
)
_CAPITALS = re.compile(r"\b[A-Z][A-Z'-]+(?:[ \t][A-Z][A-Z'-]+){1,3}\b")
#: A contract's defined party: ... Acme Inc., a Delaware corporation (the "Client") ...
_ROLE_MARKER = re.compile(
    r"\((?:the |hereinafter(?: referred to as)?(?: the)? )?[\"“](?P<role>[A-Z][\w ]{1,30})[\"”]\)"
    # „Auftraggeber“, « le Prestataire », "(en adelante, «el Cliente»)"
    r"|(?:nachstehend|ci-après[ \t]+dénommée?s?|hierna[ \t]+te[ \t]+noemen:?|en[ \t]+adelante,?"
    r"|di[ \t]+seguito)[ \t]+[„“«\"][ \t]*(?:(?:le|la|l'|el|il|lo|der|die|das|de)[ \t]+)?"
    r"(?P<foreign>[A-ZÀ-Ý][\w ]{1,30}?)[ \t]*[“”»\"]"
)
_PARTY_ROLES = words(
    """
    client customer provider vendor supplier contractor consultant company employer
    employee landlord tenant buyer seller purchaser licensor licensee lessor lessee
    borrower lender discloser recipient party agency partner
    """
) | {"service provider"}
#: A line break inside a sentence (the next line goes on, and is not a "Label:" line).
_WRAPPED = re.compile(
    r"(?<=[a-z,])[ \t]*\n(?=[ \t]*[A-Z][a-z])(?![ \t]*[A-Z][\w ]{0,25}:)"
    # nor onto an address's street line ("12 Mill Lane", "Avenida Simón Bolívar 310")
    r"(?![ \t]*(?:\d{1,5}[a-z]?[ \t]+[^\W\d_]|[^\W\d_][\w.'-]*(?:[ \t][\w.'-]+){0,3}[ \t]\d{1,5}"
    r"[a-z]?[ \t]*(?:,|\n|$)))"
)


def represented(text: str) -> list[dict[str, str]]:
    """People who sign for a firm: "Acme GmbH, vertreten durch den Geschäftsführer Malte
    Jürgensen", "représentée par M. Gaspard Moreau, gérant"."""
    found: list[dict[str, str]] = []
    text = _WRAPPED.sub(" ", text)
    for match in islice(_REPRESENTED.finditer(text), MAX_MATCHES):
        clause = strip_honorific(match.group("clause").strip())
        words_ = clause.split()
        while len(words_) > 1 and (
            words_[0][:1].islower() or words_[0].strip(".").lower() in NOT_NAME
        ):
            words_.pop(0)  # "den Geschäftsführer", "its director", "la société"
            clause = strip_honorific(" ".join(words_))
            words_ = clause.split()
        person = PERSON.match(clause)
        if person and is_person(person.group("name")):
            found.append(party(person.group("name"), "signatory", "person"))
    return found


def defined(text: str) -> list[dict[str, str]]:
    """Parties a contract defines in its preamble. A defined term that is a known party role
    ("Client") may name a person or an organisation; any other defined term ("Agreement",
    "Effective Date") counts only if what precedes it is an organisation."""
    found: list[dict[str, str]] = []
    previous_end = 0
    for match in islice(_ROLE_MARKER.finditer(text), MAX_MATCHES):
        window = text[max(previous_end, match.start() - _WINDOW) : match.start()]
        previous_end = match.end()
        role = (match.group("role") or match.group("foreign")).strip().lower()
        # the party is named before its address: "(2) JANE DOE of 14 rue Victor Hugo"
        window = (
            _ADDRESS_CLAUSE.split(window, maxsplit=1)[0]
            if _ADDRESS_CLAUSE.search(window)
            else window
        )
        organisations = [m.group("name") for m in ORGANISATION.finditer(window)]
        if organisations:
            name = clean_name(organisations[-1])
            if name:
                found.append(party(name, role, "organization"))
        elif role in _PARTY_ROLES:
            people = [m.group("name") for m in PERSON.finditer(window) if is_person(m.group(0))]
            people += [
                m.group(0).title()  # "(2) JANE DOE": deeds print their parties in capitals
                for m in _CAPITALS.finditer(window)
                if is_person(m.group(0).title())
            ]
            if people:
                found.append(party(people[-1], role, "person"))
    return found


def introduced(text: str) -> list[dict[str, str]]:
    """People named in prose after a cue: "approved by X", "contact X", "sent to X", and
    those joined to them ("received from X and Y")."""
    found: list[dict[str, str]] = []
    text = _WRAPPED.sub(" ", text)  # a name may be wrapped onto the next line
    for match in islice(_PROSE_CUE.finditer(text), MAX_MATCHES):
        name = match.group("name")
        following = text[match.end() : match.end() + 16]
        if re.match(rf"[ \t,]*{SUFFIXES}\b", following):
            continue
        if not is_person(name) or match.group("at"):  # "at" leads to places and firms only
            if (
                is_organisation(name)
                and name.split()[0].lower() not in NOT_NAME
                and not ENDS_WITH_SUFFIX.search(" " + name)  # found whole by its legal form
            ):
                # "our call with Blackthorn Architects": a firm, by the noun it ends with
                found.append(party(name, "organization", "organization"))
            continue
        found.append(party(name, "person", "person"))
        end = match.end()
        while joined := _JOINED.match(text, end):  # "from A, B and C": all of them
            end = joined.end()
            after = text[end : end + 16]
            if re.match(rf"[ \t,]*{SUFFIXES}\b", after) or not is_person(joined.group("name")):
                break
            found.append(party(joined.group("name"), "person", "person"))
    return found
