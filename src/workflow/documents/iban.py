"""IBANs OCR misread, repaired where their own check digits say how.

The third and fourth characters of an IBAN are always digits (its check digits): a letter
read there is the digit it resembles ("DES1" is "DE51"). Further on, OCR now and then reads
a digit of the groups of four as a letter it resembles; the check digits (ISO 13616: the
number, rearranged, is 1 modulo 97) say which: among the readings that put digits back
where such letters stand, the one that checks is what was printed. Only a number labelled
"IBAN" is touched (one in 97 random strings checks too); a reading that already checks, or
that no substitution (or more than one with the fewest changes) makes check, keeps its
groups as read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

#: Letters OCR reads where a digit was printed, and the digit.
_LOOKALIKES = {"O": "0", "D": "0", "Q": "0", "I": "1", "L": "1", "Z": "2", "S": "5",
               "B": "8", "G": "6", "T": "7"}  # fmt: skip
#: The first group: a country code, then the check digits (perhaps misread).
_FIRST = re.compile(r"^[A-Z]{2}[0-9A-Z]{2}$")
_GROUP = re.compile(r"^[0-9A-Z]{1,4}$")
#: At most this many lookalike letters are tried (2**n readings).
_MAX_TRIES = 8


def iban_fixed(tokens: Sequence[str]) -> list[str]:
    """``tokens`` (a line's words in order) with each labelled IBAN's check digits made digits
    and, when it fails its check, repaired if exactly one repair makes it check."""
    out = list(tokens)
    index = 0
    while index < len(out):
        labelled = index > 0 and out[index - 1].upper().rstrip(":") == "IBAN"
        if not (labelled and _FIRST.match(out[index])):
            index += 1
            continue
        end = index + 1
        while end < len(out) and _GROUP.match(out[end]) and len(out[end - 1]) == 4:
            end += 1
        groups = out[index:end]
        if 15 <= sum(len(g) for g in groups) <= 34:
            repaired = _repaired(_check_digits(out[index]) + "".join(groups[1:]))
            if repaired is not None:
                start = 0
                for offset, group in enumerate(groups):
                    out[index + offset] = repaired[start : start + len(group)]
                    start += len(group)
        index = end
    return out


def valid(iban: str) -> bool:
    """The IBAN's check digits are right."""
    rearranged = iban[4:] + iban[:4]
    if not rearranged.isalnum() or not rearranged.isascii():
        return False
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def _check_digits(first: str) -> str:
    """The first group with lookalike letters where the check digits stand made digits."""
    return first[:2] + "".join(_LOOKALIKES.get(ch, ch) for ch in first[2:4])


def _repaired(iban: str) -> str | None:
    """``iban`` repaired (see the module docstring), or ``None`` to leave it as read."""
    if valid(iban):
        return iban
    if not iban[2:4].isdigit():
        return None
    # The check digits are always digits; further on, letters may be a bank's code.
    spots = [i for i, ch in enumerate(iban) if i >= 2 and ch in _LOOKALIKES]
    if not spots or len(spots) > _MAX_TRIES:
        return iban
    checked = []
    for count in range(1, len(spots) + 1):
        for chosen in itertools.combinations(spots, count):
            letters = list(iban)
            for spot in chosen:
                letters[spot] = _LOOKALIKES[letters[spot]]
            candidate = "".join(letters)
            if candidate[2:4].isdigit() and valid(candidate):
                checked.append(candidate)
        if checked:
            break  # the fewest changes that check
    if len(checked) == 1:
        return checked[0]
    return iban  # the check digits' own repair, if any, is still sure
