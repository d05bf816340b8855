"""Whose franc a "FCFA" is: West Africa's (the BCEAO's ``XOF``: Senegal, Côte d'Ivoire, Mali,
Burkina Faso, Niger, Togo, Benin, Guinea-Bissau) and Central Africa's (the BEAC's ``XAF``:
Cameroon, Gabon, Congo, Chad, the Central African Republic, Equatorial Guinea) both print
"29 320 FCFA", worth the same and not the same currency. The paper says where it is from: its
country's name, its cities, its telephone code. Without such evidence (or with both) "FCFA"
names no currency."""

from __future__ import annotations

import re

from workflow.analyzers.crowns import evidence_counts

#: Each zone's evidence, as its businesses print it, and its franc.
_EVIDENCE = (
    (
        "XOF",
        re.compile(
            r"\b(?:s[ée]n[ée]gal\w*|ivoir\w+|c[ôo]te\s+d['\u2019]ivoire|mali(?:en(?:ne)?)?"
            r"|burkina(?:\s+faso)?|niger(?!ia)\w*|togo\w*|b[ée]nin\w*|guin[ée]e[ -]bissau"
            r"|dakar|abidjan|bamako|ouagadougou|niamey|lom[ée]|cotonou|porto[ -]novo|thi[èe]s"
            r"|bouak[ée]|yamoussoukro|UEMOA|BCEAO)\b"
            r"|\+22[135-9][ \t-]?\d|\+245[ \t-]?\d",
            re.IGNORECASE,
        ),
    ),
    (
        "XAF",
        re.compile(
            r"\b(?:cameroun\w*|cameroon\w*|gabon\w*|congo\w*|tchad\w*|chad|centrafric\w*"
            r"|guin[ée]e\s+[ée]quatoriale|douala|yaound[ée]|libreville|port[ -]gentil"
            r"|brazzaville|pointe[ -]noire|n['\u2019]?djamena|bangui|malabo|CEMAC|BEAC)\b"
            r"|\+23[5-7][ \t-]?\d|\+24[012][ \t-]?\d",
            re.IGNORECASE,
        ),
    ),
)


def local_cfa_franc(text: str) -> str | None:
    """``XOF`` or ``XAF``, the franc of the zone ``text`` holds the more evidence of; ``None``
    with none or a tie."""
    hits = evidence_counts(text, _EVIDENCE)
    west, central = hits["XOF"], hits["XAF"]
    if west == central:
        return None
    return "XOF" if west > central else "XAF"


__all__ = ["local_cfa_franc"]
