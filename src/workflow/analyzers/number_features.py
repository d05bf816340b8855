"""What the number ranker (:mod:`workflow.analyzers.number_model`) sees of each number a
document prints: the candidates (each token with a digit, and the numbers printed in groups:
"DE16 5001 0517", "FT 2026A/154") and, for each, the names of its features: the words before
it on its line and in its cell and over it in the line above (as they are and by class,
:mod:`workflow.analyzers.number_words`), what the rules' lexicon of number labels says of it,
its shape (letters, digits, separators; a date's, an amount's or a time's), where it stands
and how often it is printed, several crossed with the document's type.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from workflow.analyzers.docnumbers import financial_year
from workflow.analyzers.number_labels import (
    LABEL_MEANS,
    NUMBER_FIRST,
    NUMBER_LABEL,
    NUMBER_PREFERENCE,
    OTHER_MATTERS,
    REFERENCES,
    WEAK_LABELS,
)
from workflow.analyzers.number_words import word_classes
from workflow.analyzers.numbering import NOT_A_NUMBER

#: Candidates are read from the head of the text: a document's number is printed near its top.
HEAD_CHARS = 6000
#: Candidates examined per document (bounds the work on adversarial text).
MAX_CANDIDATES = 300
#: The fewest characters a document's number has ("Relevé n° 65").
_SHORTEST = 2
#: A token with a digit: letters, digits and the separators numbers are printed with; a
#: masked card or account ("****9959", "XXXX-1234") too.
_TOKEN = re.compile(r"(?<![\w*])[A-Za-z0-9*][A-Za-z0-9/_.*#-]*[A-Za-z0-9]|(?<![\w*])\d")
#: A number printed in groups: up to seven groups of letters, digits or mask signs apart by
#: single spaces ("DE16 5001 0517 2663 0042 88", "**** **** **** 8310", "FT 2026A/154").
_GROUPED = re.compile(
    # The first group holds a digit or a mask, or is a series' few capitals ("FT"): a word
    # before a number ("IBAN", "DATE") is not part of it.
    r"(?<![\w*/.-])(?:[A-Z]{1,3}|X{2,}|[A-Z0-9*/.-]*[\d*][A-Z0-9*/.-]*)"
    r"(?: [A-Z0-9*][A-Z0-9*/.-]{0,9}){1,6}(?![\w*])"
)
_WORD = re.compile(r"[^\W\d_]+\.?|#|n[°º]", re.IGNORECASE)
_CELL_GAP = re.compile(r"\t|[ ]{2,}")
_DATE_SHAPE = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d\d[./-]\d{1,2}(?:[./-]\d{1,2})?"
)
_AMOUNT_SHAPE = re.compile(r"-?\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}|-?\d+[.,]\d{2}")
_TIME_SHAPE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_YEAR_SHAPE = re.compile(r"(?:19|20)\d\d")
_PHONE_BEFORE = re.compile(r"(?:\+|\b(?:tel|phone|fax|mob|mobile|ph|t|f)\b\.?:?)\s*$", re.I)
_MONEY_SIGN = re.compile(r"[$€£¥₹]|\b(?:usd|eur|gbp|chf|aud|cad|nzd|sek|nok|dkk|pln|czk)\b", re.I)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A number the text prints, and the offset it starts at."""

    text: str
    start: int


def candidates(text: str, also: Iterable[tuple[str, int]] = ()) -> list[Candidate]:
    """Every number in the head of ``text``, once per place it is printed (``also``: others
    to weigh, such as the rules' own reading, wherever they stand)."""
    head = text[:HEAD_CHARS]
    found: dict[tuple[str, int], Candidate] = {}
    for pattern in (_TOKEN, _GROUPED):
        for match in pattern.finditer(head):
            token = match.group().rstrip(".")
            if (
                len(found) < MAX_CANDIDATES
                and not (pattern is _GROUPED and _dated_group(token))
                and not _never_a_number(token)
            ):
                found.setdefault((token, match.start()), Candidate(token, match.start()))
    for token, start in also:
        found.setdefault((token, start), Candidate(token, start))
    return list(found.values())


def _never_a_number(token: str) -> bool:
    """What the rules never take for a document's number, nor the model: no digit, a lone
    digit (a table's row), a date, a time, an amount, a year, a financial year."""
    return (
        not any(ch.isdigit() for ch in token)
        or len(token) < _SHORTEST
        or NOT_A_NUMBER.search(token) is not None
        or _TIME_SHAPE.fullmatch(token) is not None
        or financial_year(token)
    )


def _dated_group(token: str) -> bool:
    """Whether a number printed in groups has a date, a time or a word among them ("DATE
    09/20/2026", "12 08 2026 14:05"): words and dates beside each other, no one number."""
    groups = token.split(" ")
    return any(
        _DATE_SHAPE.fullmatch(group)
        or _TIME_SHAPE.fullmatch(group)
        or (group.isalpha() and len(group) > 4)
        for group in groups
    )


def printed_at(text: str, number: str, near: int) -> int:
    """Where ``number`` is printed: its first place from ``near`` on (the rules cite a
    number's label), else its first anywhere, else ``near``."""
    at = text.find(number, near)
    if at == -1:
        at = text.find(number)
    return near if at == -1 else at


class Page:
    """The text's lines, found once for all the candidates of a document."""

    def __init__(self, text: str, document_type: str, numbers: list[Candidate]) -> None:
        self.text = text
        self.document_type = document_type
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]
        self.counts: dict[str, int] = {}
        for number in numbers:
            key = number.text.casefold()
            self.counts[key] = self.counts.get(key, 0) + 1
        self.order = {id(n): i for i, n in enumerate(sorted(numbers, key=lambda c: c.start))}
        self.labelled = _labelled(text[:HEAD_CHARS], document_type)

    def line(self, index: int) -> str:
        if index < 0 or index >= len(self.starts):
            return ""
        end = self.text.find("\n", self.starts[index])
        return self.text[self.starts[index] : len(self.text) if end == -1 else end]


#: Number labels read per document for the rules' lexicon (bounds the work).
_MAX_LABELS = 200


def _labelled(head: str, kind: str) -> dict[int, list[str]]:
    """What the rules' lexicon of number labels (:mod:`workflow.analyzers.number_labels`)
    says of the value each label gives, by the value's offset: that a label names it, and
    whether the document's type takes that label for its own number, another paper's, a
    weak reference or another matter."""
    said: dict[int, list[str]] = {}
    position = 0
    for _ in range(_MAX_LABELS):
        match = NUMBER_LABEL.search(head, position)
        if match is None:
            break
        position = max(match.end("label"), match.start() + 1)
        if match.group("id") is None:
            continue
        label = NUMBER_FIRST.sub("", " ".join(match.group("label").lower().split()))
        label = LABEL_MEANS.get(label, label)
        marks = ["rl"]
        if label in NUMBER_PREFERENCE.get(kind, ()):
            marks.append("rl:preferred")
        if label in REFERENCES.get(kind, ()):
            marks.append("rl:other_paper")
        if label in WEAK_LABELS:
            marks.append("rl:weak")
        if label in OTHER_MATTERS:
            marks.append("rl:other_matter")
        said.setdefault(match.start("id"), marks)
    return said


def features(page: Page, number: Candidate) -> list[str]:
    """The names of ``number``'s features on ``page`` (each present is worth 1)."""
    kind = page.document_type
    row = bisect_right(page.starts, number.start) - 1
    column = number.start - page.starts[row]
    line = page.line(row)
    before, after = line[:column], line[column + len(number.text) :]
    shape = _shape(number.text)
    marks = page.labelled.get(number.start, [])
    repeats = page.counts.get(number.text.casefold(), 1)
    names = [*shape, *_place(row, page.order.get(id(number), 0)), f"type:{kind}"]
    names.append(_share(number.start, len(page.text)))
    names += [f"rep:{min(repeats, 3)}", *marks]
    names += [f"{kind}|{name}" for name in (*shape, *marks)]
    words = _label_words(before, after, names)
    names += _worded(("l1", "l2", "l3"), words, kind)
    label_classes = {c for c in word_classes(words) if c}
    names += [f"lc:{cls}" for cls in label_classes]
    names += [f"{kind}|lc:{cls}" for cls in label_classes]
    if {"own", "number"} <= label_classes:
        names.append(f"{kind}|own_number")
    line_words = (w.casefold() for w in _WORD.findall(before))
    names += [f"line:{c}" for c in {c for c in word_classes(line_words) if c}]
    over = _over(page, row, column, len(number.text))
    names += _worded(("u1", "u2"), over[-2:], kind)
    if not words and over:
        names.append("under_label")
        names += [f"{kind}|uc:{cls}" for cls in {c for c in word_classes(over) if c}]
    pair = word_classes(words[-2:])
    if len(pair) == 2 and any(pair):
        names += [f"l12c:{pair[0]}_{pair[1]}", f"{kind}|l12c:{pair[0]}_{pair[1]}"]
    names += _band(page, row, number, kind)
    return names + _around(page.text, number, before, after) + _line_shape(line, before, after)


#: A table's cell: text up to two spaces or a tab.
_CELL = re.compile(r"\S+(?: \S+)*")
#: An e-mail's header line that is no document's: its message id, date, route.
_MAIL_HEADER = re.compile(
    r"^(?:message-id|date|received|return-path|in-reply-to|references|x-[\w-]+|content-[\w-]+)"
    r"\s*:",
    re.IGNORECASE,
)


#: A group of a number printed in groups, right after or before a token (one space apart).
_NEXT_GROUP = re.compile(r" [A-Z0-9]*\d")
_GROUP_BEFORE = re.compile(r"(?<!\S)[A-Z0-9]*\d[A-Z0-9]* $")


def _band(page: Page, row: int, number: Candidate, kind: str) -> list[str]:
    """The label over the number in a band of labels: the line above (a blank line between
    is skipped) with as many cells as the number's line, its cell at the number's place."""
    line = page.line(row)
    cells = list(_CELL.finditer(line))
    column = number.start - page.starts[row]
    place = next((i for i, c in enumerate(cells) if c.start() <= column < c.end()), None)
    above = row - 1 if page.line(row - 1).strip() else row - 2
    labels = list(_CELL.finditer(page.line(above))) if above >= 0 else []
    if place is None or len(cells) < 2 or len(labels) != len(cells):
        return []
    words = [w.casefold() for w in _WORD.findall(labels[place].group())]
    if not words:
        return []
    return ["band", *_worded(("b1", "b2"), words[-2:], kind)]


def _line_shape(line: str, before: str, after: str) -> list[str]:
    """The line the number stands in: a table row of prices, a wide band, an e-mail's
    header; the number one group of a longer one ("125 7696103312")."""
    names = []
    amounts = sum(1 for token in line.split() if _AMOUNT_SHAPE.fullmatch(token))
    if amounts:
        names.append("line:money")
    if len(_CELL.findall(line)) >= 4:
        names.append("line:wide")
    if _MAIL_HEADER.match(line.lstrip()):
        names.append("line:mail_header")
    if _NEXT_GROUP.match(after) or _GROUP_BEFORE.search(before):
        names.append("group_part")
    return names


#: What the rules' lexicon says of a number the rules turned down for good: another paper's,
#: a bare reference, another matter (a contract's, a policy's).
_TURNED_DOWN = frozenset({"rl:other_paper", "rl:weak", "rl:other_matter"})


#: Word classes that label another thing's number than the document's own.
_OTHER_THINGS = frozenset(
    {"yours", "account", "tax", "phone", "bank", "order", "item", "delivery", "policy", "store"}
)
#: A number a sentence goes on after ("... invoice INV-2295 today."): mentioned, no label's.
_IN_SENTENCE = re.compile(r" (?-i:[a-z])")


def fillable(page: Page, number: Candidate) -> bool:
    """Whether the model may give ``number`` where the rules found none: one that a number
    word or a paper's name labels, beside it or over it (a bare reference is no number), with
    no word of another thing (the customer's "Your ref", an account, a tax registration, a
    till's store); not one the rules' lexicon calls another paper's, a reference or another
    matter; not in a table row of prices nor in a sentence."""
    if number.start < 0 or _TURNED_DOWN & set(page.labelled.get(number.start, ())):
        return False
    row = bisect_right(page.starts, number.start) - 1
    column = number.start - page.starts[row]
    line = page.line(row)
    before, after = line[:column], line[column + len(number.text) :]
    if _AMOUNT_SHAPE.search(line) or _IN_SENTENCE.match(after):
        return False
    words = _label_words(before, after, []) + _over(page, row, column, len(number.text))
    classes = set(word_classes(words))
    return not classes & _OTHER_THINGS and bool({"own", "number"} & classes)


def _label_words(before: str, after: str, names: list[str]) -> list[str]:
    """The last three words of the label before the number (its own cell's, else the cell
    before it), lower case; the number's place in its cell and line joins ``names``."""
    cells = _CELL_GAP.split(before)
    starts_cell = not cells[-1].strip()
    names.append("cell:start" if starts_cell else "cell:inside")
    if starts_cell and (not after.strip() or _CELL_GAP.match(after)):
        names.append("cell:alone")
    if not before.strip() and not after.strip():
        names.append("line:alone")
    gap = before.rstrip()[-1:] if before.rstrip() else "^"
    names.append(f"sep:{gap if not gap.isalnum() else 'w'}")
    label = cells[-1] if not starts_cell else (cells[-2] if len(cells) > 1 else "")
    words = [w.casefold() for w in _WORD.findall(label)][-3:]
    if not words:
        names.append("label:none")
    return words


def _worded(places: tuple[str, ...], words: list[str], kind: str) -> list[str]:
    """Features of ``words`` nearest first: each as it is, its class, its class for the type."""
    names = []
    for place, word, cls in zip(
        places, reversed(words), reversed(word_classes(words)), strict=False
    ):
        names.append(f"{place}:{word}")
        if cls:
            names += [f"{place}c:{cls}", f"{kind}|{place}c:{cls}"]
    return names


def _around(text: str, number: Candidate, before: str, after: str) -> list[str]:
    """The number's company: the word after it, a telephone's, a price's, a percentage's or
    an e-mail address's signs beside it."""
    names = [f"r1:{word.casefold()}" for word in _WORD.findall(after)[:1]]
    if _PHONE_BEFORE.search(before):
        names.append("ctx:phone")
    if _MONEY_SIGN.search(before[-4:]) or _MONEY_SIGN.match(after.lstrip()[:4]):
        names.append("ctx:money")
    if after.startswith("%"):
        names.append("ctx:percent")
    if "@" in text[max(0, number.start - 30) : number.start + len(number.text) + 30]:
        names.append("ctx:mail")
    return names


def _shape(token: str) -> list[str]:
    digits = sum(ch.isdigit() for ch in token)
    letters = sum(ch.isalpha() for ch in token)
    names = [f"len:{min(len(token) // 3, 8)}", f"digits:{min(digits // 2, 8)}"]
    if letters:
        names.append("letters")
        prefix = re.match(r"[A-Za-z]+", token)
        if prefix:
            names.append(f"prefix_len:{min(len(prefix.group()), 5)}")
    for sign, name in (("-", "dash"), ("/", "slash"), (".", "dot"), (" ", "space"), ("*", "mask")):
        if sign in token:
            names.append(f"has:{name}")
    if token.isdigit():
        names.append("all_digits")
        if token.startswith("0"):
            names.append("leading_zero")
    for pattern, name in (
        (_DATE_SHAPE, "date"),
        (_AMOUNT_SHAPE, "amount"),
        (_TIME_SHAPE, "time"),
        (_YEAR_SHAPE, "year"),
    ):
        if pattern.fullmatch(token):
            names.append(f"shape:{name}")
    return names


def _share(start: int, length: int) -> str:
    """How far down the text a number stands, in fifths: a footer's registrations are last."""
    return f"fifth:{min(4, 5 * start // max(length, 1))}"


def _place(row: int, order: int) -> list[str]:
    bucket = next(i for i, top in enumerate((1, 2, 3, 5, 8, 12, 20, 35, 60, 10**9)) if row < top)
    rank = next(i for i, top in enumerate((1, 2, 3, 5, 8, 12, 20, 10**9)) if order < top)
    return [f"row:{bucket}", f"order:{rank}"]


def _over(page: Page, row: int, column: int, width: int) -> list[str]:
    """The words of the cell over the candidate in the line above it (a blank line between
    is skipped): a band of labels over their values, a label over its value."""
    above = row - 1
    if above >= 0 and not page.line(above).strip():
        above -= 1
    line = page.line(above)
    if not line.strip():
        return []
    for cell in re.finditer(r"\S+(?: \S+)*", line):
        if cell.start() < column + width and cell.end() > column:
            if any(ch.isdigit() for ch in cell.group()) and not _WORD.search(cell.group()):
                return []
            return [w.casefold() for w in _WORD.findall(cell.group())]
    return []
