"""Whose rupee a bare "Rs." is: India, Pakistan, Sri Lanka and Nepal all print their money
as "Rs." ("Rs. 24,258", "Rs 1,200.00"), and each paper says elsewhere where it is from: its
country's name, its cities in an address, its telephone code, its web domain, its tax
registrations (Pakistan's "NTN", Sri Lanka's "TIN" beside a ".lk"). The rupee is the
country's the text holds evidence of; India's when it names none (as "Rs." was read before
any other rupee was known)."""

from __future__ import annotations

import re

from workflow.analyzers.crowns import evidence_counts

#: Each country's evidence, as its businesses and utilities print it, and its rupee.
_EVIDENCE = (
    (
        "PKR",
        re.compile(
            r"\b(?:pakistan|islamabad|karachi|lahore|rawalpindi|faisalabad|peshawar|quetta"
            r"|multan|hyderabad,?\s+sindh|sindh|punjab,\s+pakistan|NTN|STRN)\b"
            r"|\+92[ \t-]?\d|\.pk\b",
            re.IGNORECASE,
        ),
    ),
    (
        "LKR",
        re.compile(r"\b(?:sri\s+lanka|colombo|kandy)\b|\+94[ \t-]?\d|\.lk\b", re.IGNORECASE),
    ),
    (
        "NPR",
        re.compile(r"\b(?:nepal|kathmandu|pokhara)\b|\+977[ \t-]?\d|\.np\b", re.IGNORECASE),
    ),
    (
        "INR",
        re.compile(
            r"\b(?:india|mumbai|delhi|bengaluru|bangalore|chennai|kolkata|pune|GSTIN)\b"
            r"|\+91[ \t-]?\d|\.in\b",
            re.IGNORECASE,
        ),
    ),
)
#: The rupees "Rs." may stand for.
RUPEES = frozenset(code for code, _ in _EVIDENCE)


def local_rupee(text: str) -> str:
    """The rupee (``INR``, ``PKR``, ``LKR`` or ``NPR``) of the country ``text`` holds the
    most evidence of; India's on none or a tie with India."""
    hits = evidence_counts(text, _EVIDENCE)
    best = max(hits, key=lambda code: (hits[code], code == "INR"))
    return best if hits[best] > 0 else "INR"


__all__ = ["RUPEES", "local_rupee"]
