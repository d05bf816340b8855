"""The people of a list: a label's value naming several ("A (Chair), B and C", an e-mail's
mailboxes), a value folded or wrapped onto the next lines, and the bulleted or one name a
line list under a label on its own line ("Attendees:" over "- Maria Chen")."""

from __future__ import annotations

import re

from workflow.analyzers.party_labels import OTHER_LABEL, PARTY_LABEL
from workflow.analyzers.party_names import (
    clean_name,
    first_clause,
    listed_person,
    natural_order,
    party,
    strip_honorific,
)

#: A role after a spaced dash: "Jane Doe - Chair" (a hyphen or an en or em dash).
_ROLE_AFTER = re.compile(r"[ \t]+[-\u2013\u2014][ \t]+[^\n]*$")
#: List items: "- Maria Chen (chair)".
_BULLET = re.compile(r"^[ \t]*(?:[-*•·]|\d+[.)])[ \t]+")
#: An aside in brackets after a name: "Maria Chen (chair)", "Dr. Jane Doe (Acme Ltd)".
ASIDE = re.compile(r"\([^)\n]{0,40}\)")
#: A line shorter than this ended where its writer ended it, not where the page wrapped it.
_WRAP_WIDTH = 60
#: Most words of a name's rest wrapped onto the next line.
_MAX_NAME_WORDS = 3
#: Most lines of a list read under a label.
_MAX_LISTED = 40


def listed_people(listed: list[str], role: str) -> list[dict[str, str]]:
    """The people of a list's items ("A (Chair), B and C", one item per bullet)."""
    found: list[dict[str, str]] = []
    for item in listed:
        for entry in _entries(ASIDE.sub("", item)):
            name = strip_honorific(clean_name(_ROLE_AFTER.sub("", entry).strip(" ()-*•")))
            flipped = natural_order(name)
            name = flipped if flipped != name else first_clause(name)
            if listed_person(name):
                found.append(party(name, role, "person"))
    return found


def _entries(item: str) -> list[str]:
    """A list's entries. Mailboxes ('"Weber, Anna" <a@x.io>, B <b@x.io>') and semicolons
    separate entries that may hold a comma ("Family, Given", "Name, Title"); without them,
    commas, "and" (in six languages), "&" and wide gaps do."""
    if re.search(r">[ \t]*[,;]", item):
        return re.split(r"(?<=>)[ \t]*[,;][ \t]*", item)
    if ";" in item:
        return item.split(";")
    # "and" in the languages minutes are written in: "A sowie B", "A et B", "A y B", "A e B".
    return re.split(r",|\b(?:and|sowie|und|et|y|e|en)\b|&|[ \t]{2,}", item)


def unfolded(rest: str, lines: list[str], line_number: int, *, wrapped: bool) -> str:
    """A value that ends in a comma goes on in the next line: an e-mail header folded over
    lines ("Cc: A <a@x>,", " B <b@x>"). A list of people (``wrapped``) also goes on when its
    paragraph was wrapped ("...; Rafael" over "Whitlock, Treasurer"): the next line is no
    label, no bullet, starts with a name's few words, and the line is as long as a wrapped
    line and does not end a sentence."""
    following = line_number + 1
    while following < len(lines) and lines[following].strip():
        below = lines[following]
        if not rest.endswith(",") and not (
            wrapped
            and rest[-1:].isalpha()
            and len(lines[following - 1]) >= _WRAP_WIDTH
            and not PARTY_LABEL.match(below)
            and not OTHER_LABEL.match(below.strip())
            and not _BULLET.match(below)
            # a name's rest, not a new sentence: few words before the next separator
            and len(re.split(r"[,;(]", below, maxsplit=1)[0].split()) <= _MAX_NAME_WORDS
        ):
            break
        rest = f"{rest} {below.strip()}"
        following += 1
    return rest


def _listed_name(line: str) -> str:
    """The name a list's line holds: "Jane Doe - Chair", "Dr. Jane Doe (Acme Ltd)"."""
    bare = _ROLE_AFTER.sub("", ASIDE.sub("", line)).strip(" .-*")
    return strip_honorific(clean_name(first_clause(bare)))


def bullets(lines: list[str], start: int) -> list[str]:
    """The list under a label on its own line: bulleted lines, or lines that each hold one
    person's name (blank lines between them, as HTML paragraphs give); else the one line
    after the label."""
    items: list[str] = []
    bulleted = False
    for line in lines[start : start + _MAX_LISTED]:
        if not line.strip():
            continue
        if _BULLET.match(line):
            items.append(_BULLET.sub("", line))
            bulleted = True
        elif bulleted:
            break  # a list is written one way: the bullets' end is the list's
        elif listed_person(_listed_name(line)):
            items.append(line)
        else:
            break
    return items or [next_nonblank(lines, start)]


def next_nonblank(lines: list[str], start: int) -> str:
    for line in lines[start : start + 3]:
        if line.strip():
            return line
    return ""


__all__ = ["ASIDE", "bullets", "listed_people", "next_nonblank", "unfolded"]
