"""Scoring OCR against the true text of a page.

* **CER** -- character edit distance over the true text's length, both with runs of
  whitespace collapsed to one space (column gaps are layout, not characters), reading order
  included;
* **WER** -- the same over words;
* **numbers** -- the share of the true text's numeric tokens (anything with a digit: amounts,
  dates, references, IBAN groups, quantities) that OCR gave back exactly, each counted as
  often as it occurs; a trailing full stop or comma of a sentence is not part of the number.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_EDGE_PUNCTUATION = ".,;:)("


@dataclass(frozen=True, slots=True)
class PageScore:
    """One page read by one engine."""

    chars: int
    char_errors: int
    words: int
    word_errors: int
    numbers: int
    numbers_right: int

    def __add__(self, other: PageScore) -> PageScore:
        return PageScore(
            self.chars + other.chars,
            self.char_errors + other.char_errors,
            self.words + other.words,
            self.word_errors + other.word_errors,
            self.numbers + other.numbers,
            self.numbers_right + other.numbers_right,
        )

    @property
    def cer(self) -> float:
        return self.char_errors / self.chars if self.chars else 0.0

    @property
    def wer(self) -> float:
        return self.word_errors / self.words if self.words else 0.0

    @property
    def numbers_share(self) -> float:
        return self.numbers_right / self.numbers if self.numbers else 1.0


EMPTY = PageScore(0, 0, 0, 0, 0, 0)


def normalised(text: str) -> str:
    return " ".join(text.split())


def numeric_tokens(text: str) -> Counter[str]:
    tokens = (token.strip(_EDGE_PUNCTUATION) for token in text.split())
    return Counter(token for token in tokens if re.search(r"\d", token))


def score(read: str, truth: str) -> PageScore:
    """How well ``read`` gives back ``truth``."""
    from rapidfuzz.distance import Levenshtein  # noqa: PLC0415 - test bed dependency

    read_norm, truth_norm = normalised(read), normalised(truth)
    truth_words, read_words = truth_norm.split(), read_norm.split()
    wanted, found = numeric_tokens(truth), numeric_tokens(read)
    return PageScore(
        chars=len(truth_norm),
        char_errors=Levenshtein.distance(read_norm, truth_norm),
        words=len(truth_words),
        word_errors=Levenshtein.distance(read_words, truth_words),
        numbers=sum(wanted.values()),
        numbers_right=sum(min(count, found[token]) for token, count in wanted.items()),
    )
