"""A second reader of a document's own number: a trained ranker over every number it prints.

The rules (:mod:`workflow.analyzers.docnumbers`) read the number a label names, from the
labels and the conventions they know. A paper that names its number otherwise (a label OCR
damaged, a band of labels in a language the rules lack) is read without one. This model reads
every candidate the text prints (:mod:`workflow.analyzers.number_features`: each token with a
digit, the numbers printed in groups; never what the rules never take, a date, an amount, a
year) by what stands around it: the words before it and over it, as they are and by class,
what the rules' label lexicon says of it, its shape and place, several crossed with the
document's type. A conditional logit weighs them: a softmax over the document's candidates and
the reading that it prints no number (:data:`NO_NUMBER`). :func:`second_reading` lets it
overrule the rules only where it is sure of another candidate and gives the rules' own next to
nothing, and fill in where the rules found none only with a number labelled as the paper's own
(:func:`~workflow.analyzers.number_features.fillable`); :class:`Model` holds the thresholds.

The weights and thresholds are trained by ``python -m testbed.evaluation.train_numbers`` on
the development documents and shipped beside this module as ``number_weights.json`` (read
once, on first use); the file's ``trained`` header says on what and how the thresholds were
chosen. Inference is a dictionary lookup per feature: no numpy.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from workflow.analyzers.number_features import (
    Candidate,
    Page,
    candidates,
    features,
    fillable,
    printed_at,
)

#: The file the weights ship in, beside this module.
WEIGHTS_FILE = "number_weights.json"
#: Types that carry no number of their own, or whose number is their sender's reference
#: (:mod:`workflow.analyzers.letterrefs`): the model does not read them.
UNREAD_TYPES = frozenset({"letter", "memo", "minutes", "report"})


@dataclass(frozen=True, slots=True)
class Model:
    """The ranker's weights and when its reading stands against the rules'.

    The model's best candidate replaces the rules' number when it is at least
    ``overrule_at`` sure of it and the rules' number has at most ``rules_below`` of its
    belief; where the rules found no number it is taken from ``fill_at`` on. A threshold over
    1 means never."""

    weights: Mapping[str, float]
    overrule_at: float
    rules_below: float
    fill_at: float


#: The reading that the document prints no number of its own: one more choice in the softmax,
#: so that a paper with one date and one telephone number is not given either as its number.
NO_NUMBER = Candidate("", -1)


def ranked(
    text: str, document_type: str, model: Model, also: Iterable[tuple[str, int]] = ()
) -> list[tuple[Candidate, float]]:
    """Every candidate with the model's belief that it is the document's number, and
    :data:`NO_NUMBER` with its belief that the document prints none (summing to 1 over the
    document), surest first."""
    numbers = candidates(text, also)
    return _beliefs(Page(text, document_type, numbers), numbers, model)


def _beliefs(page: Page, numbers: list[Candidate], model: Model) -> list[tuple[Candidate, float]]:
    """:func:`ranked` of ``numbers`` on ``page``."""
    scores = [sum(model.weights.get(name, 0.0) for name in features(page, n)) for n in numbers]
    scores.append(sum(model.weights.get(name, 0.0) for name in none_features(page.document_type)))
    top = max(scores)
    exp = [math.exp(score - top) for score in scores]
    total = sum(exp)
    pairs = zip([*numbers, NO_NUMBER], exp, strict=True)
    return sorted(((n, e / total) for n, e in pairs), key=lambda pair: -pair[1])


def none_features(document_type: str) -> list[str]:
    """The features of :data:`NO_NUMBER`: a bias, and one for the document's type."""
    return ["none", f"none|{document_type}"]


def belief_in(reading: Sequence[tuple[str, float]], number: str) -> float:
    """The model's belief in ``number`` wherever it is printed (``reading``: each
    candidate's text and belief)."""
    key = number.casefold()
    return sum(p for text, p in reading if text.casefold() == key)


def verdict(
    rules: str | None, reading: Sequence[tuple[str, float]], model: Model, *, may_fill: bool = True
) -> str | None:
    """The number taken: the model's surest candidate where its thresholds let it overrule
    the rules' number or, where the rules found none, fill in (``may_fill``: the candidate is
    one the model may give, :func:`~workflow.analyzers.number_features.fillable`), else the
    rules'."""
    if not reading or not reading[0][0]:
        return rules  # the model believes no number is printed: it neither fills nor overrules
    best, sure = reading[0]
    if rules is not None:
        agrees = best.casefold() == rules.casefold()
        if agrees or sure < model.overrule_at or belief_in(reading, rules) > model.rules_below:
            return rules
    elif sure < model.fill_at or not may_fill:
        return None
    return best


def top_fillable(text: str, document_type: str, reading: list[tuple[Candidate, float]]) -> bool:
    """Whether the model's surest candidate is one it may fill in (for a reading made
    elsewhere, as the trainer's)."""
    return bool(reading) and fillable(Page(text, document_type, []), reading[0][0])


def second_reading(
    text: str,
    document_type: str,
    figures: dict[str, Any],
    where: dict[str, int],
    model: Model,
) -> None:
    """Let ``model`` overrule or fill in the rules' ``documentNumber`` in ``figures`` (and
    its offset in ``where``), as its thresholds say (:func:`verdict`)."""
    if document_type in UNREAD_TYPES:
        return
    found = figures.get("documentNumber")
    rules = found if isinstance(found, str) else None
    near = where.get("documentNumber", 0)
    also = [(rules, printed_at(text, rules, near))] if rules is not None else []
    numbers = candidates(text, also)
    page = Page(text, document_type, numbers)  # read once: the lexicon's labels, the lines
    reading = _beliefs(page, numbers, model)
    may_fill = rules is None and bool(reading) and fillable(page, reading[0][0])
    taken = verdict(rules, [(c.text, p) for c, p in reading], model, may_fill=may_fill)
    if taken is None or taken == rules:
        return
    best = reading[0][0]
    figures["documentNumber"] = best.text
    where["documentNumber"] = best.start
    if document_type == "invoice":
        figures["invoiceNumber"] = best.text
        where["invoiceNumber"] = best.start


@cache
def shipped() -> Model | None:
    """The model trained and shipped beside this module; ``None`` when the file is absent."""
    source = resources.files(__package__ or "workflow.analyzers").joinpath(WEIGHTS_FILE)
    if not source.is_file():
        return None
    raw = json.loads(source.read_text(encoding="utf-8"))
    thresholds = raw["thresholds"]
    return Model(
        weights={str(k): float(v) for k, v in raw["weights"].items()},
        overrule_at=float(thresholds["overrule_at"]),
        rules_below=float(thresholds["rules_below"]),
        fill_at=float(thresholds["fill_at"]),
    )
