"""Due dates' labels as OCR misreads them.

The OCR engine reads with the languages installed (English by default), so a label's letters
outside English come back as their nearest English shapes: Polish "Termin płatności" as
"Termin ptatnosci", Finnish "Eräpäivä" as "Erapadiva", German "Fälligkeitsdatum" as
"Falligkeitsdaturn". The cues of :mod:`workflow.analyzers.datecues` spell each label exactly
(accents optional), so a label one slip away from its spelling names no role. Here a label
that stands right before a date and is one OCR slip from a due date's label (two in a long
one) still names it. Only long labels are compared: a short word one letter from another is
another word ("Datum", "Daten").
"""

from __future__ import annotations

import re
import unicodedata

#: Due dates' labels that say so on their own, folded (no accents, lower case). Each is long
#: enough that one slip cannot turn another word into it.
_DUE_LABELS = (
    "termin platnosci",  # Polish
    "erapaiva",  # Finnish
    "forfallodatum",  # Swedish
    "forfaldsdato",  # Danish
    "forfallsdato",  # Norwegian
    "betalingsfrist",  # Norwegian, Danish
    "datum splatnosti",  # Czech, Slovak
    "fizetesi hatarido",  # Hungarian
    "falligkeitsdatum",  # German
    "zahlungsziel",
    "zahlbar bis",
    "vervaldatum",  # Dutch
    "uiterste betaaldatum",
    "date d'echeance",  # French
    "date limite de paiement",
    "fecha de vencimiento",  # Spanish
    "data di scadenza",  # Italian
    "scadenza pagamento",
    "data de vencimento",  # Portuguese
    "payment due date",  # English
)
#: The shortest label compared, and the length from which two slips are forgiven.
_SHORTEST = 8
_TWO_SLIPS = 14
#: A letter OCR gives for another that no accent folding restores (Polish "ł" read "t").
_LETTER_SLIPS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"})
#: The words closing the text before a date: its label, with up to three words.
_LABEL = re.compile(r"((?:[^\W\d_][\w'.]*[ \t]+){0,3}[^\W\d_][\w'.]*)[\W_]*$")


def fold(text: str) -> str:
    """``text`` lower case, without accents, with runs of spaces as one."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTER_SLIPS))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def misread_due_label(before: str) -> bool:
    """Whether the words right before a date are a due date's label as OCR misread it: their
    last one to four words, folded, are one slip (two in a long label) from one of
    :data:`_DUE_LABELS`."""
    label = _LABEL.search(before)
    if not label:
        return False
    # "rn" is how OCR most often reads an "m" (no label here spells "rn")
    words = fold(label.group(1)).replace("rn", "m").split()
    for known in _DUE_LABELS:
        size = known.count(" ") + 1
        if len(words) < size:
            continue
        read = " ".join(words[-size:])
        if len(known) >= _SHORTEST and _within(read, known, 2 if len(known) >= _TWO_SLIPS else 1):
            return True
    return False


def _within(a: str, b: str, most: int) -> bool:
    """Whether ``a`` is at most ``most`` insertions, deletions or substitutions from ``b``."""
    if abs(len(a) - len(b)) > most:
        return False
    previous = list(range(len(b) + 1))
    for i, ch in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ch != other))
            )
        if min(current) > most:
            return False
        previous = current
    return previous[-1] <= most


__all__ = ["fold", "misread_due_label"]
