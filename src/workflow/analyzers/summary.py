"""Extractive summaries: the document's most representative sentences, in their order.

A sentence scores by the average document frequency of its content words (words that recur
across the document carry its topic), with a small bonus for coming early (documents state
their purpose first). The top sentences are returned in original order, within a length
budget, so the summary reads as the document does.
"""

from __future__ import annotations

import re
from collections import Counter

#: Summary length budget in characters.
MAX_SUMMARY_CHARS = 480
#: Most sentences picked.
MAX_SENTENCES = 3
#: Sentences shorter than this (in words) are headings or table cells, not statements.
_MIN_WORDS = 6
#: Sentences longer than this are run-ons from text without punctuation; they are clipped.
_MAX_WORDS = 60
#: A line without closing punctuation must be this long to count as a sentence.
_MIN_UNPUNCTUATED_WORDS = 10
#: Sentences considered: enough for any summary, bounded for huge documents.
_MAX_CANDIDATES = 2000

_STOPWORDS = frozenset(
    " ".join(
        (
            "a an and are as at be been but by for from has have he her his i if in into is it",
            "its of on or our she so such that the their them then there these they this to",
            "was we were will with you your not no do does did can could would should may might",
            "must shall which who whom what when where why how all any each other some than too",
            "very s t just also",
        )
    ).split()
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])")
#: A line that carries on the previous one: starts in lower case or with a continuing mark.
_CONTINUES = re.compile(r"(?:[a-z][a-z'-]*|[(,;&])(?:[\s,.;:)]|$)")
#: Markdown decoration stripped before reading (heading hashes, list bullets, emphasis).
_MARKUP = re.compile(r"^\s*(?:#{1,6}\s+|[-*+•]\s+|>\s+|\d+[.)]\s+)|\*\*|__|`")
_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


def summarize(text: str) -> str:
    """A short extractive summary of ``text`` ("" if it has no sentence-like content)."""
    sentences = _sentences(text)
    if not sentences:
        return ""
    frequencies = Counter(word for sentence in sentences for word in _content_words(sentence))
    top = max(frequencies.values(), default=1)
    scored: list[tuple[float, int]] = []
    for index, sentence in enumerate(sentences):
        words = _content_words(sentence)
        if not words:
            continue
        score = sum(frequencies[word] / top for word in words) / len(words)
        score += 0.25 / (1 + index)  # lead bias
        scored.append((score, index))
    chosen: list[int] = []
    length = 0
    for _score, index in sorted(scored, key=lambda item: (-item[0], item[1])):
        cost = len(sentences[index]) + 1
        if length + cost > MAX_SUMMARY_CHARS and chosen:
            continue
        chosen.append(index)
        length += cost
        if len(chosen) == MAX_SENTENCES:
            break
    summary = " ".join(_closed(sentences[index]) for index in sorted(chosen))
    return _clip(summary, MAX_SUMMARY_CHARS)


def _sentences(text: str) -> list[str]:
    """Sentences worth quoting: prose only, not headings, address lines or table rows."""
    out: list[str] = []
    for unit in _units(text):
        for raw in _SENTENCE_END.split(unit):
            sentence = " ".join(raw.split())
            words = sentence.split()
            if len(words) < _MIN_WORDS or not _is_prose(sentence, words):
                continue
            if len(words) > _MAX_WORDS:
                sentence = " ".join(words[:_MAX_WORDS]) + " …"
            if sentence in out:
                continue  # a letterhead repeated in the signature, a running header
            out.append(sentence)
            if len(out) >= _MAX_CANDIDATES:
                return out
    return out


def _units(text: str) -> list[str]:
    """Lines re-joined into paragraphs where a line was merely wrapped (the next one goes on
    in lower case); every other line break ends a unit, so headings, address blocks and
    table cells stay apart from the prose around them."""
    units: list[str] = []
    current = ""
    for raw_line in text.splitlines():
        line = _MARKUP.sub("", raw_line).strip()
        if line.startswith("|"):
            line = ""  # a Markdown table row
        if current and line and _CONTINUES.match(line) and not current.endswith((".", "!", "?")):
            current = f"{current} {line}"
            continue
        if current:
            units.append(current)
        current = line
    if current:
        units.append(current)
    return units


def _is_prose(sentence: str, words: list[str]) -> bool:
    """Ends like a sentence (or is long enough to be one) and is not mostly numbers."""
    numeric = sum(1 for word in words if any(ch.isdigit() for ch in word))
    if numeric / len(words) > 0.3 or not re.search(r"[^\W\d_]{3}", sentence):
        return False
    return sentence.endswith((".", "!", "?", "…")) or len(words) >= _MIN_UNPUNCTUATED_WORDS


def _content_words(sentence: str) -> list[str]:
    return [
        word
        for word in (match.group(0).lower() for match in _WORD.finditer(sentence))
        if word not in _STOPWORDS and len(word) > 2 and not word.isdigit()
    ]


def _closed(sentence: str) -> str:
    """A subject line or heading-like sentence gets a full stop so the summary reads on."""
    return sentence if sentence.endswith((".", "!", "?", "…")) else sentence + "."


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"
