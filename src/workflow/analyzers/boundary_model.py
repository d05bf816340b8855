"""How likely a page starts a new document, by a small logistic regression over its signs.

The splitter (:mod:`workflow.analyzers.sections`) decides by rules from the signs a person
leafing through a bundle goes by. Rules are sure of the signs they know (a restarted "Page 1
of 2", another sender's letterhead) and guess where a document ends without saying so: a
contract, a letter or minutes carry no total and no "Page N of N", and the page behind them
may open under a heading no rule knows. This model weighs every sign together, with the
rules' own answer among them, and the splitter lets it overrule the rules only where it is
confident (:func:`decide`).

A page is described by a fixed vector of numbers (:data:`FEATURES`, built by
:func:`features`): the signs of this page and of the page before it, how they compare with
the document read so far, and the shape of the page's first and last lines. The weights and
thresholds are trained by ``python -m testbed.evaluation.train_boundaries`` and shipped
beside this module as ``boundary_weights.json`` (read once, on first use); the file's
``trained`` header says on what. Inference is a dot product: no numpy.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from importlib import resources

from workflow.analyzers.pagemarks import masked
from workflow.analyzers.section_records import PageSigns, Reading

#: The file the weights ship in, beside this module.
WEIGHTS_FILE = "boundary_weights.json"
#: Kinds of document that close with a total or a balance; the others (contracts, letters,
#: minutes, memos, reports, forms) end without saying so.
_TOTALLED_KINDS = frozenset({"invoice", "receipt", "purchase_order", "statement"})
#: Lines read at the head and the foot of a page for their shape.
_HEAD_LINES = 5
_FOOT_LINES = 3
#: A page this long (in characters) is full; the last page of a document is often less.
_FULL_PAGE_CHARS = 2500
#: Letterheads this alike (after folding) are one sender's, as the splitter compares them.
_SAME_NAME_RATIO = 0.8
#: A first line in capitals: this many letters, this share of them upper case.
_CAPS_LETTERS, _CAPS_SHARE = 3, 0.8
#: A first line this short may be a heading.
_SHORT_LINE = 40
#: A sentence's end: the last line of a page that stops mid-sentence runs on.
_SENTENCE_END = re.compile(r"[.!?:;)\]\"'»]\s*$")

#: A name's or a number's token, and the fewest characters that make one telling.
_TOKEN = re.compile(r"[^\W_](?:[\w.,/-]*[^\W_])?")
_MIN_TOKEN = 4

#: The feature vector, in order. Each is 0 or 1 unless its comment says otherwise.
FEATURES: tuple[str, ...] = (
    "rules_start",  # the rules say the page starts a document
    "mark",  # the page prints its number ("Page 2 of 3", "- 2 -")
    "mark_first",  # ... and it is 1
    "letterhead",  # a letterhead at its top
    "letterhead_same",  # ... the document read so far's
    "letterhead_other",  # ... another, or where the document showed none
    "title",  # a title naming a kind of document
    "title_same",  # ... the document's
    "title_other",  # ... another
    "kind_other",  # the page reads as another kind than the document
    "kind_other_sure",  # ... times how sure (0..1)
    "sure",  # how sure its kind is (0..1)
    "number",  # it carries a document number
    "number_same",  # ... the document's
    "number_other",  # ... another, where the document has one
    "closed",  # the page before closed its document (a total, "Page N of N"): see decide()
    "runs_on",  # the page before said the document goes on
    "continues",  # this page says it continues ("(continued)", brought forward)
    "letter",  # a salutation at its top
    "states",  # a date near its top or a total
    "dated_other",  # a stated date other than the document's
    "totalled_kind",  # the document read so far is of a kind that closes with a total
    "head_caps",  # its first line is in capitals
    "head_short",  # its first line is short
    "head_lower",  # its first line starts in lower case (a sentence going on)
    "head_repeated",  # its head's lines (digits aside) were the page before's (0..1)
    "foot_repeated",  # its foot's lines (digits aside) were the page before's (0..1)
    "previous_unfinished",  # the page before stopped mid-sentence
    "previous_fill",  # how full the page before was (0..1)
    "length_ratio",  # log of this page's length over the page before's, over 2 (-1..1)
    "shares_previous",  # share of its names and numbers the page before printed too (0..1)
)

_CLOSED = FEATURES.index("closed")


@dataclass(frozen=True, slots=True)
class Page:
    """A page as the model sees it: its signs and its text."""

    signs: PageSigns
    text: str


@dataclass(frozen=True, slots=True)
class Ruling:
    """A page the splitter's rules decided, as it hands it to an arbiter: where it stands, the
    rules' answer, and its features (:func:`features`), computed when called so that an
    arbiter that does not need them (:func:`arbitrate` behind a closed document) does not pay
    for them."""

    #: The page's number in the file (for arbiters that answer by it, as a trainer's does).
    page: int
    #: The rules' answer: the page starts a document.
    ruled: bool
    #: The document before the page closed (:func:`decide` leaves such pages to the rules).
    closed: bool
    features: Callable[[], tuple[float, ...]]


@dataclass(frozen=True, slots=True)
class Model:
    """Trained weights (one per feature, in :data:`FEATURES` order), the bias, and the
    probabilities past which the model overrules the rules."""

    weights: tuple[float, ...]
    bias: float
    #: The rules said "continues": start a document when the probability is at least this.
    start_at: float
    #: The rules said "starts": continue the document when it is at most this (0: never).
    continue_at: float


def features(
    ruled: bool,
    page: Page,
    previous: Page | None,
    current: Reading,
) -> tuple[float, ...]:
    """The feature vector (:data:`FEATURES`) of ``page`` after ``previous`` (the page before,
    ``None`` if it was blank or there was none) in the document ``current``, the rules having
    answered ``ruled``."""
    signs = page.signs
    head, foot = _edges(page.text)
    before_head, before_foot = _edges(previous.text) if previous else ([], [])
    first = head[0] if head else ""
    letters = [ch for ch in first if ch.isalpha()]
    kind_other = signs.kind != current.kind
    letterhead_same = (
        signs.letterhead is not None
        and current.letterhead is not None
        and _alike(signs.letterhead, current.letterhead)
    )
    values = {
        "rules_start": ruled,
        "mark": signs.mark is not None,
        "mark_first": signs.mark is not None and signs.mark[0] == 1,
        "letterhead": signs.letterhead is not None,
        "letterhead_same": letterhead_same,
        "letterhead_other": signs.letterhead is not None and not letterhead_same,
        "title": signs.title is not None,
        "title_same": signs.title is not None and signs.title == current.title,
        "title_other": signs.title is not None and signs.title != current.title,
        "kind_other": kind_other,
        "kind_other_sure": signs.sure if kind_other else 0.0,
        "sure": signs.sure,
        "number": signs.number is not None,
        "number_same": signs.number is not None and signs.number == current.number,
        "number_other": signs.number is not None
        and current.number is not None
        and signs.number != current.number,
        "closed": current.closed,
        "runs_on": current.runs_on,
        "continues": signs.continues,
        "letter": signs.letter,
        "states": signs.states,
        "dated_other": signs.dated is not None
        and current.dated is not None
        and signs.dated != current.dated,
        "totalled_kind": current.kind in _TOTALLED_KINDS,
        "head_caps": len(letters) >= _CAPS_LETTERS
        and sum(ch.isupper() for ch in letters) >= _CAPS_SHARE * len(letters),
        "head_short": 0 < len(first) <= _SHORT_LINE,
        "head_lower": first[:1].islower(),
        "head_repeated": _repeated(head, before_head),
        "foot_repeated": _repeated(foot, before_foot),
        "previous_unfinished": bool(before_foot) and not _SENTENCE_END.search(before_foot[-1]),
        "previous_fill": _fill(previous.text) if previous else 0.0,
        "length_ratio": _length_ratio(page.text, previous.text) if previous else 0.0,
        "shares_previous": _shared(page.text, previous.text) if previous else 0.0,
    }
    return tuple(float(values[name]) for name in FEATURES)


def probability(vector: Sequence[float], model: Model | None = None) -> float:
    """How likely the page described by ``vector`` starts a document (the shipped model
    unless ``model`` is given)."""
    model = model or shipped()
    score = model.bias + sum(w * x for w, x in zip(model.weights, vector, strict=True))
    if score < 0:  # the logistic function, without overflow either way
        small = math.exp(score)
        return small / (1.0 + small)
    return 1.0 / (1.0 + math.exp(-score))


def decide(ruled: bool, vector: Sequence[float], model: Model | None = None) -> bool:
    """Whether the page starts a document: the rules' answer ``ruled``, overruled only when
    the model is confident of the other (past the model's thresholds), and never behind a
    document that closed: what follows one is the rules' to decide (they keep its back matter,
    its terms or remittance slip, which packets of whole documents do not teach the model)."""
    if vector[_CLOSED]:
        return ruled
    model = model or shipped()
    chance = probability(vector, model)
    if not ruled and chance >= model.start_at:
        return True
    if ruled and chance <= model.continue_at:
        return False
    return ruled


def arbitrate(ruling: Ruling, model: Model | None = None) -> bool:
    """The splitter's default arbiter: :func:`decide` with ``model`` (the shipped one unless
    given), the page's features computed only where the model could overrule the rules: not
    behind a closed document, and not on a side whose threshold no probability reaches (the
    shipped model never turns the rules' "starts" into "goes on")."""
    model = model or shipped()
    if ruling.closed or not _may_overrule(ruling.ruled, model):
        return ruling.ruled
    return decide(ruling.ruled, ruling.features(), model)


def _may_overrule(ruled: bool, model: Model) -> bool:
    """Whether some probability (0 to 1, both reached in floating point) passes the threshold
    that overrules the rules' answer ``ruled``."""
    return model.continue_at >= 0.0 if ruled else model.start_at <= 1.0


@cache
def shipped() -> Model:
    """The model in :data:`WEIGHTS_FILE` (read once per process)."""
    text = resources.files(__package__).joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return loads(text)


def loads(text: str) -> Model:
    """A model from its JSON (as the trainer writes it); its features must be
    :data:`FEATURES`, in order."""
    raw = json.loads(text)
    named = raw["weights"]
    if tuple(named) != FEATURES:
        missing = sorted(set(FEATURES) ^ set(named))
        raise ValueError(f"{WEIGHTS_FILE}: features differ from the model's: {missing or 'order'}")
    thresholds = raw["thresholds"]
    return Model(
        weights=tuple(float(named[name]) for name in FEATURES),
        bias=float(raw["bias"]),
        start_at=float(thresholds["start"]),
        continue_at=float(thresholds["continue"]),
    )


def _edges(text: str) -> tuple[list[str], list[str]]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[:_HEAD_LINES], lines[-_FOOT_LINES:]


def _repeated(lines: list[str], before: list[str]) -> float:
    """The share of ``lines`` that ``before`` printed too, digits aside (a running head or
    foot repeats within a document, with its page number changed)."""
    if not lines or not before:
        return 0.0
    seen = {masked(line) for line in before}
    return sum(masked(line) in seen for line in lines) / len(lines)


def _shared(text: str, before: str) -> float:
    """The share of ``text``'s names and numbers (capitalised words, tokens with digits) that
    ``before`` printed too: a page of one document repeats its parties, its account and its
    sums; the next document, another's."""
    mine, theirs = _tokens(text), _tokens(before)
    if not mine or not theirs:
        return 0.0
    return len(mine & theirs) / min(len(mine), len(theirs))


def _tokens(text: str) -> set[str]:
    return {
        token
        for token in _TOKEN.findall(text)
        if len(token) >= _MIN_TOKEN and (token[0].isupper() or any(ch.isdigit() for ch in token))
    }


def _fill(text: str) -> float:
    return min(1.0, len(text.strip()) / _FULL_PAGE_CHARS)


def _length_ratio(text: str, before: str) -> float:
    ratio = math.log((len(text.strip()) + 1) / (len(before.strip()) + 1)) / 2
    return max(-1.0, min(1.0, ratio))


def _alike(a: str, b: str) -> bool:
    """Two printings of one name (case, spacing, punctuation and OCR's slips aside)."""
    x, y = (re.sub(r"[\W_]+", "", name.casefold()) for name in (a, b))
    return x == y or SequenceMatcher(None, x, y).ratio() >= _SAME_NAME_RATIO


__all__ = [
    "FEATURES",
    "WEIGHTS_FILE",
    "Model",
    "Page",
    "Ruling",
    "arbitrate",
    "decide",
    "features",
    "loads",
    "probability",
    "shipped",
]
