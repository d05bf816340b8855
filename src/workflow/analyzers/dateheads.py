"""A document's own date when no label names it: the first date leading its line near the
top (a letter's date line, a receipt's timestamp), alone in the right-hand column of a
letterhead, closing a title ("... du 6 avril 2026"), or after a town ("Würzburg, 14.09.2026").
:mod:`workflow.analyzers.dateroles` asks :func:`unlabelled_issue` only about a date no cue
gave a role, and only until one date has been taken as the issue date."""

from __future__ import annotations

import re

from workflow.analyzers.datecues import NEXT_MEETING, REFERRED, unprefixed

#: A clock time after a date: a till's or terminal's timestamp ("14.02.2026 18:22"), joined
#: by a comma or a word as receipts write it ("Jul 4, 2025 at 9:56 AM", "13 mai 2026 à
#: 08:51", "le 18/08/25 a 18:34:06", "05.12.2026 um 14:31"); French writes the hour with an
#: "h" ("Le 12 novembre 2026 à 18 h 30, les membres se sont réunis").
_TIMESTAMP = re.compile(
    r"[ \t]*,?(?:[ \t]+(?:at|à|a|um|om|alle|ore|a\s+las|kl\.?))?[ \t]+"
    r"\d{1,2}(?::\d{2}(?::\d{2})?|[ \t]?h[ \t]?\d{2})(?:[ \t]?[AP]M)?\b",
    re.IGNORECASE,
)
#: A letter's place before its date ("Stuttgart, 8. September 2026", "London, 3 May 2026"),
#: with the article some languages put there ("Paris, le 13 juin", "Berlin, den 5. Mai",
#: "Madrid, a 5 de mayo", "Roma, lì 5 maggio").
_PLACE = re.compile(
    r"[^\W\d_][^\W\d_ .'-]*(?:[ .'-][^\W\d_]+){0,3},(?:[ \t]+(?:le|den|am|el|a|il|l[ìi]|op))?"
)
#: Lines from the top in which an unlabelled leading date is taken as the issue date.
_HEAD_LINES = 12
#: Lines above a title that closes with its date (a letterhead, a body's name).
_TITLE_LINES = 4
#: Words a title closing with its date has at most.
_TITLE_WORDS = 14
#: The word joining a title to its date ("... du", "... vom", "... del", "... of", "d.d.").
_TITLE_JOIN = re.compile(
    r"[^\W\d_]{3}.*\s(?:du|del|della|dello|vom|van|of|de|d\.\s?d\.|dd\.?|held\s+on)\s*$",
    re.IGNORECASE,
)
#: Someone else's paper named before a date ("your letter of", "Ihr Schreiben vom").
_OTHERS = re.compile(r"\b(?:your|ihr\w*|votre|vos|uw|su|sus|vostr\w|su[oa])\b", re.IGNORECASE)
#: Nothing but punctuation after a date to the end of its line.
_LINE_DONE = re.compile(r"[ \t.,;]*(?:\n|$)")
#: Characters from the top within which that date must start (keeps this check O(1)).
_HEAD_CHARS = 1500
#: Table cells are two or more spaces or a tab apart (every extractor lays tables out so).
_CELL_GAP = re.compile(r"\t|[ ]{2,}")
#: Text that ends with a cell gap: what follows stands in a column of its own.
_CELL_END = re.compile(r"(?:\t|[ ]{2,})$")
#: A line that ends in an amount after some words is a table row.
_ROW_AMOUNT = re.compile(r"[A-Za-z].*\d[.,]\d{2}\s*$")


def unlabelled_issue(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` stands where a document prints its own date
    without a label (see the module's docstring)."""
    return (
        _leads_its_line(text, start)
        or bool(_TIMESTAMP.match(text, end))
        or _ends_head_line(text, start, end)
        or _ends_title(text, start, end)
        or _place_and_date(text, start, end)
    )


def _ends_head_line(text: str, start: int, end: int) -> bool:
    """A date alone in the right-hand column of a letterhead or an address block ("Kwame
    Quispe  10 August 2025"): the date a letter or document was written, as two-column
    headers print it beside the addressee. The cells before it hold words only (no label,
    no figures), and nothing follows it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_start > _HEAD_CHARS or text[end : line_end if line_end != -1 else len(text)].strip():
        return False
    before = text[line_start:start]
    if not before.strip() or not _CELL_END.search(before) or re.search(r"\d", before):
        return False
    head_lines = [ln for ln in text[:line_start].splitlines() if ln.strip()]
    return 0 < len(head_lines) < _HEAD_LINES


def _ends_title(text: str, start: int, end: int) -> bool:
    """A date closing a title near the top after the word joining it to what it dates
    ("Procès-verbal de l'assemblée générale ordinaire du 6 avril 2026", "Verbale della
    riunione del Consiglio Direttivo del 2 settembre 2026", "Notulen d.d. 3 maart 2026"):
    the day the document records. A title is short, no table row, and names no one else's
    paper ("your letter of ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start > _HEAD_CHARS or not _LINE_DONE.match(text, end):
        return False
    before = unprefixed(text[line_start:start])
    head_lines = [ln for ln in text[:line_start].splitlines() if ln.strip()]
    return (
        len(head_lines) < _TITLE_LINES
        and bool(_TITLE_JOIN.search(before))
        and len(before.split()) <= _TITLE_WORDS
        and not _CELL_GAP.search(before.strip())
        and not (NEXT_MEETING.search(before) or REFERRED.search(before) or _OTHERS.search(before))
    )


def _place_and_date(text: str, start: int, end: int) -> bool:
    """A line (or the last sentence of one) holding only a town and the date ("Würzburg,
    14.09.2026" over the signatures, "Letto, approvato e sottoscritto. Torino, 27 ottobre
    2025"): where and when the paper was signed, wherever it stands."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _LINE_DONE.match(text, end):
        return False
    before = re.split(r"[.:;]\s+", unprefixed(text[line_start:start]).strip())[-1]
    return bool(before) and before[0].isupper() and bool(_PLACE.fullmatch(before))


def _leads_its_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if line_start > _HEAD_CHARS:
        return False
    head_lines = [ln for ln in text[:line_start].splitlines() if ln.strip()]
    if not head_lines:
        return True  # a date in the title line ("Weekly sync — 2026-03-09")
    before = unprefixed(text[line_start:start]).strip()
    if len(head_lines) >= _HEAD_LINES or (before and not _PLACE.fullmatch(before)):
        return False
    line_end = text.find("\n", start)
    rest = text[start : line_end if line_end != -1 else len(text)]
    # A row of a table (a transaction: date, description, amount) is not the document's date.
    return not (_CELL_GAP.search(rest.strip()) or _ROW_AMOUNT.search(rest))
