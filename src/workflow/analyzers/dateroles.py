"""What each date in a document is: when it was issued, when something is due, when an
agreement takes effect or ends.

A date's role comes from the words just before it on its line ("Due date:", "payable by",
"shall terminate on"), from the label on the line above when the date stands alone under it
(tables and forms put labels above values), or from a defined term right after it
(``(the "Effective Date")``). A document's first date standing at the start of a line near
the top (a letter's date line, a receipt's timestamp) is its issue date when nothing labelled
one, as is a date in the title line. Dates with no such evidence (a table of transactions,
"Next meeting: ...") get no role. The words themselves, and what the words before a date
name, are :mod:`workflow.analyzers.datecues`; reading a date's role from its table column or
the label above it is :mod:`workflow.analyzers.datecolumns`; the unlabelled document date is
:mod:`workflow.analyzers.dateheads`.
"""

from __future__ import annotations

import re
from typing import Any

from workflow.analyzers.date_terms import (
    RANGE_AFTER,
    RANGE_BEFORE,
    RANGE_END,
    STATEMENT_PERIOD,
    defined_role,
    period_role,
)
from workflow.analyzers.datecolumns import (
    among_rows,
    cell_above,
    column_role,
    label_above,
    next_line,
    panel_label,
    previous_line,
    stacked_role,
)
from workflow.analyzers.datecues import (
    DELIVERY,
    MADE,
    NEXT_MEETING,
    NUMBER_DATED,
    ORDERED,
    REFERRED,
    THEIR_MESSAGE,
    cue_role,
    unprefixed,
)
from workflow.analyzers.dateheads import unlabelled_issue
from workflow.analyzers.discounts import discount_deadline
from workflow.analyzers.entities import MAX_ENTITIES, date_spans
from workflow.analyzers.grid import is_row

#: Roles a date may have.
DATE_ROLES = ("issue", "due", "effective", "end")
#: Table cells are two or more spaces or a tab apart (every extractor lays tables out so).
_CELL_GAP = re.compile(r"\t|[ ]{2,}")
#: The end of a wrapped label: one to three words, no figures, no colon.
_LABEL_TAIL = re.compile(r"(?:[^\W\d_]|['\u2019.-])+(?: (?:[^\W\d_]|['\u2019.-])+){0,2}")
#: Roles one day may have both of, each giving its key figure: a policy's cover starts the
#: day its premium is due ("Versicherungsjahr 01.07.2025 bis ...", "fällig am 01.07.2025"),
#: a hire agreement is signed the day the car is picked up.
_SHARED_ROLES = frozenset({"issue", "due", "effective", "end", DELIVERY})
#: Characters of the line before a date that are examined for a cue.
_WINDOW = 80
#: Characters a line has at least to be a sentence wrapped onto the next (not a label).
_PROSE = 40
#: Characters within which another issue date makes an order's day none (one document's head).
_SAME_HEAD = 1200
#: Words a date's label has at most ("Date of the invoice:", "Placed on"); more are a sentence.
_LABEL_WORDS = 5


def dates_with_roles(text: str, day_first: bool | None = None) -> list[dict[str, Any]]:
    """Dates as ``{"text", "value", "role", "offset"}`` (role one of DATE_ROLES, DELIVERY
    until the document's type resolves it, or None), one per value, first-seen order; a value
    keeps the first role any of its mentions has, and the text and offset of the mention that
    gave it (``offset`` is for evidence: the analysis lists dates without it). A day with two
    of these roles (a due day that is also a period's first, an agreement signed the day it
    starts) carries the other, and the offset of the mention that gave it, as ``also`` (for
    key figures only)."""
    spans = date_spans(text, day_first)
    roles: dict[str, str | None] = {}
    written: dict[str, str] = {}
    offsets: dict[str, int] = {}
    also: dict[str, tuple[str, int]] = {}
    issue_seen = False
    net_until = -1  # the end of the line naming a cash discount's deadline
    for start, end, raw, value in spans:
        role = _role(text, start, end)
        if role == "due" and (net_line_end := discount_deadline(text, start, end)) is not None:
            # "Zahlbar bis 09.01.2026 mit 2 % Skonto oder bis 29.01.2026 netto": the day the
            # discount ends is no due date; the day after it on the line is.
            role, net_until = "", net_line_end
        elif role is None and start < net_until:
            role = "due"
        if role is None and not issue_seen and unlabelled_issue(text, start, end):
            role = "issue"
        issue_seen = issue_seen or role in ("issue", ORDERED)
        if value not in roles:
            written[value] = raw
            roles[value] = role
            offsets[value] = start
        elif not roles[value] and role:
            roles[value] = role
            written[value] = raw
            offsets[value] = start
        elif role in _SHARED_ROLES and roles[value] in _SHARED_ROLES and role != roles[value]:
            # The day cover starts and the premium is due: one day, two figures.
            also.setdefault(value, (role, start))
    _drop_listed_dues(text, roles, offsets)
    # An agreement's own date is its issue date beside another day it starts, else the day
    # it takes effect.
    started = any(role == "effective" for role in roles.values())
    made = "issue" if started else "effective"
    # An order's day is the issue date of a paper that names no other near it (a packet's
    # next document has its own).
    issued = [offsets[value] for value, role in roles.items() if role == "issue"]

    def resolved(value: str, role: str | None) -> str | None:
        if role == MADE:
            return made
        if role == ORDERED:
            near = any(abs(offset - offsets[value]) < _SAME_HEAD for offset in issued)
            return None if near else "issue"
        return role

    dates = [
        {
            "text": written[value],
            "value": value,
            "role": resolved(value, role) or None,
            "offset": offsets[value],
            **({"also": also[value]} if value in also else {}),
        }
        for value, role in roles.items()
    ]
    # At most MAX_ENTITIES, but every date with a role: a statement's twenty rows of
    # transactions come before the sentence that names its due date.
    unnamed = max(0, MAX_ENTITIES - sum(1 for date in dates if date["role"]))
    kept = []
    for date in dates:
        if not date["role"]:
            if not unnamed:
                continue
            unnamed -= 1
        kept.append(date)
    return kept


def _drop_listed_dues(text: str, roles: dict[str, str | None], offsets: dict[str, int]) -> None:
    """A reminder lists the unpaid invoices with their due days in rows ("RE-2026-118
    29.05.2026  28.06.2026  3.007,63 EUR"), then sets its own deadline in a sentence ("Bitte
    überweisen Sie den Betrag bis zum 25.07.2026"): the rows' days are the old invoices', the
    deadline outside them the paper's only due date."""
    listed = {value for value, role in roles.items() if role and _in_listing(text, offsets[value])}
    outside = any(role == "due" and value not in listed for value, role in roles.items())
    if not outside:
        return
    for value in listed:
        if roles[value] == "due":
            roles[value] = None


def _in_listing(text: str, at: int) -> bool:
    """Whether the text at ``at`` stands in a row of a table of several rows."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return is_row(line) and among_rows(text, line_start)


def plain_date(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` has no role and nothing rules one out: not a
    date a sentence refers to ("your letter of 3 May"), not the next meeting's, not either end
    of a range ("01.09.2026 - 30.09.2026"), not a table row's (a transaction's, an item's),
    not one a sentence mentions (more words before it on its line than a label has)."""
    if _role(text, start, end) is not None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[max(line_start, start - _WINDOW) : start], text[end:line_end]
    own_cell = _CELL_GAP.split(text[line_start:start])[-1]
    return not (
        len(own_cell.split()) > _LABEL_WORDS
        or NEXT_MEETING.search(before)
        or RANGE_AFTER.match(after)
        or RANGE_BEFORE.search(before)
        or (is_row(text[line_start:line_end]) and among_rows(text, line_start))
    )


def _role(text: str, start: int, end: int) -> str | None:
    line_start = text.rfind("\n", 0, start) + 1
    before = unprefixed(text[max(line_start, start - _WINDOW) : start])
    referred = REFERRED.search(before)
    numbered = NUMBER_DATED.search(before)
    defined = defined_role(text, end) or (("" if referred else "issue") if numbered else None)
    gapped = _CELL_GAP.split(before)
    # Only what follows the previous date (its year); but a number closing the cell before the
    # date's own (an address's postcode, "Mundelein IL 60060  08/13/2025") is no date, nor is
    # a card's last four digits ("charged to your card ending 3319 on").
    beside = len(gapped) == 2 and not re.search(r"\w", gapped[-1]) and not date_spans(gapped[0])
    before = before if beside else re.split(r"(?<!\bending )(?<!\bending in )\d{4}\b", before)[-1]
    period = period_role(text[line_start:start], before)
    # Under "Statement Period" in a right-hand column: dated at its end.
    if (
        period is None
        and not re.search(r"[^\W\d_]", before)
        and STATEMENT_PERIOD.search(cell_above(text, line_start, start) or "")
    ):
        period = "issue" if RANGE_END.search(before) else ""
    if defined is not None or period is not None:
        return defined or period or ""  # "": no role, and no other reading
    if not re.search(r"[^\W\d_]", before):
        if _CELL_GAP.search(previous_line(text, line_start, any_length=True)):
            return column_role(text, line_start, start)  # under a row of column labels
        before = _wrapped_cue(text, line_start) or previous_line(text, line_start)
        # a right-hand panel's label ending the line above, its value not indented under it
        before = before or panel_label(text, line_start, start)
    elif _CELL_GAP.search(before):
        cells = _CELL_GAP.split(before)
        before = cells[-1]  # the date's own cell
        if not re.search(r"[^\W\d_]", before):
            # "Label  value" (a two-column form row), else a column under a header
            label = cells[-2] if len(cells) > 1 else ""
            # A panel's label alone over its value beside the address ("Zahlungsziel" over
            # "Meridian Tools  25. Juni 2026") is the value's, not the address's cell glued to
            # the next line's label ("Meridian Tools" + "Lieferdatum").
            stacked = None if cue_role(label + " ") else stacked_role(text, line_start, start)
            role = (
                stacked
                or cue_role(_wrapped_label(text, line_start, label) + " ")
                or cue_role(label + " ")
            )
            if THEIR_MESSAGE.search(label):
                role = ""  # "Ihre Nachricht vom:  27.04.2026": the correspondent's date
            if role is not None:
                return role
            return column_role(text, line_start, start) or label_above(text, line_start, start)
    if NEXT_MEETING.search(before):
        return None
    cued = cue_role(before)
    if cued is None and before == text[line_start:start]:
        # a cue split by the line break: "... that is on" over "or before 30 August 2026"
        cued = cue_role(f"{_sentence_above(text, line_start)} {before}") or None
    # "": no role, and no other reading (the first date near the top is not taken either);
    # "Ihre Nachricht vom" over "10.11.2026" is the correspondent's date.
    referred = referred or REFERRED.search(before)
    theirs = cued in (None, "issue") and THEIR_MESSAGE.search(before)
    return "" if (cued == "issue" and referred) or theirs else cued


def _wrapped_cue(text: str, line_start: int) -> str:
    """The cue ending the line before, when a sentence wrapped there ("... con decorrenza
    dal 1° dicembre 2025 e scadenza il" over "30 novembre 2029."): a line of prose ending in
    a word, right above, whose last words name a role ("" when they do not)."""
    tail = _sentence_above(text, line_start)
    return tail if tail and cue_role(tail) else ""


def _sentence_above(text: str, line_start: int) -> str:
    """The end of a sentence the line above breaks off in ("... that is on" over "or before
    30 August 2026"); "" when the line above is no prose ending in a word."""
    above = text[max(0, line_start - _WINDOW * 3) : max(0, line_start - 1)].rsplit("\n", 1)[-1]
    prose = len(above) > _PROSE and not _CELL_GAP.search(above.strip())
    if not prose or not re.search(r"[^\W\d_]$", above):
        return ""
    return unprefixed(re.split(r"\d{4}\b", above[-_WINDOW:])[-1])


def _wrapped_label(text: str, line_start: int, label: str) -> str:
    """A label a narrow column broke over two lines, its value beside the first ("Date
    19/07/2026" over "d'échéance", "Payment  2026-01-17" over "Due"): the label with the words
    the next line ends in, when those are a short run of words and nothing else."""
    if not label or label.endswith(":") or re.search(r"\d", label):
        return label  # a closed label, or a value ("AE202606-74033" over a title): no wrap
    below = _CELL_GAP.split(next_line(text, line_start).strip())[-1]
    if not _LABEL_TAIL.fullmatch(below) or _over_own_date(text, line_start):
        return label
    return f"{label} {below}"


def _over_own_date(text: str, line_start: int) -> bool:
    """Whether the line below stands over a date of its own (a column's next label, "Bill
    date" over "5 June 2026"), so its words are no wrapped end of the label above."""
    below_start = text.find("\n", line_start) + 1
    after = next_line(text, below_start).strip() if below_start else ""
    spans = date_spans(after) if after else []
    return bool(spans) and spans[0][0] == 0
