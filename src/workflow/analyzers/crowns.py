"""Whose crown a bare "kr" is: Sweden, Norway and Denmark all print their money as "kr"
("2 650,00 kr", "kr 2 439,10", "1.234,56 kr."), and each says elsewhere where it is from: its
company and VAT registrations ("Org.nr 556123-4567", "SE556123456701"; "Org.nr. 917 442 118
MVA", "Foretaksregisteret"; "CVR-nr. 12345678", "DK12345678"), its payment systems
(Bankgiro, Plusgiro; KID; FI-kort), its country's name, and its language's words for the
invoice's labels ("Förfallodag", "Att betala"; "Forfallsdato", "Å betale"; "Forfaldsdato",
"At betale"). The crown is the one country's whose evidence the text holds most of; without
evidence "kr" names no currency."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

#: Each country's evidence, as its businesses print it, and its crown.
_EVIDENCE = (
    (
        "SEK",
        re.compile(
            r"\bSE[ \t]?\d{10}01\b|\borg\.?[ \t]?nr\.?[ \t:]*\d{6}-\d{4}\b"
            r"|\b(?:bankgiro|plusgiro|momsregistrerad|momsreg\.?nr|organisationsnummer"
            r"|f[öo]rfallodag|f[öo]rfallodatum|att\s+betala|fakturadatum|sverige|sweden"
            r"|kronor|belopp|avser|exkl\.?\s+moms|inkl\.?\s+moms)\b"
            # A Swedish postcode: three and two digits before the town ("434 23 Kungsbacka").
            r"|^[^\n]{0,60}\b\d{3}[ \t]\d{2}[ \t]+[A-ZÅÄÖ][a-zåäö]+",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
    (
        "NOK",
        re.compile(
            r"\bNO[ \t]?\d{9}[ \t]?MVA\b|\b\d{3}[ \t]?\d{3}[ \t]?\d{3}[ \t]?MVA\b"
            r"|\b(?:mva|foretaksregisteret|forfallsdato|betalingsfrist|[åa]\s+betale|norge"
            r"|norway|kroner|bel[øo]p|fakturadato|kundenr|(?-i:KID))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "DKK",
        re.compile(
            r"\bCVR(?:-?nr)?\.?\b|\bSE-nr\b|\bDK[ \t]?\d{8}\b|\bA/S\b|\bApS\b"
            r"|\b(?:forfaldsdato|at\s+betale|bel[øo]b|i\s+alt|danmark|denmark|betalingsdato"
            r"|FI-kort|moms)\b",
            re.IGNORECASE,
        ),
    ),
)
#: Matches counted per country (a letterhead, a giro slip and a footer print the evidence).
_MAX_HITS = 30
#: Characters read for the evidence.
_READ = 20_000


def evidence_counts(text: str, evidence: Sequence[tuple[str, re.Pattern[str]]]) -> dict[str, int]:
    """Per currency, how often ``text``'s head shows its country's ``evidence`` (bounded):
    whose crown, or whose rupee (:mod:`workflow.analyzers.rupees`), a bare sign is."""
    sample = text[:_READ]
    return {
        code: sum(1 for _ in islice(pattern.finditer(sample), _MAX_HITS))
        for code, pattern in evidence
    }


def local_crown(text: str) -> str | None:
    """The crown (``SEK``, ``NOK`` or ``DKK``) of the country ``text`` holds the most evidence
    of, ``None`` with none or a tie."""
    hits = evidence_counts(text, _EVIDENCE)
    ranked = sorted(hits.items(), key=lambda item: item[1], reverse=True)
    (best, most), (_, next_most) = ranked[0], ranked[1]
    return best if most > next_most else None


__all__ = ["evidence_counts", "local_crown"]
