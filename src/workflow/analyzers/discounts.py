"""Cash discounts in payment terms: the day a discount for early payment ends is no due date
when the terms name the day the net sum is due after it ("Zahlbar bis 09.01.2026 mit 2 %
Skonto oder bis 29.01.2026 netto", "2% discount if paid by ..., otherwise due by ...")."""

from __future__ import annotations

import re

from workflow.analyzers.entities import date_spans

#: A cash discount's words: "Skonto", "discount", "escompte", "korting", "sconto",
#: "descuento", "desconto".
_DISCOUNT = (
    r"(?:skonto|(?:early\s+payment\s+)?discount|d?'?escompte|korting|sconto|descuento|desconto)"
)
#: A cash discount right after a date: its deadline ("Zahlbar bis 09.01.2026 mit 2 % Skonto",
#: "by 09/01/2026 less 2% discount", "avant le 09/01/2026 avec 2 % d'escompte").
_DISCOUNT_AFTER = re.compile(
    r"[ \t,]*\(?(?:mit|abzgl\.?|abz(?:ü|ue)glich|with|less|avec|met|con|com)?[ \t]*(?:un[ \t]+)?"
    r"\d{1,2}(?:[.,]\d{1,2})?[ \t]*%[ \t]*(?:de[ \t]+|del[ \t]+|di[ \t]+)?" + _DISCOUNT + r"\b",
    re.IGNORECASE,
)
#: A cash discount named before its deadline on the line: "2 % Skonto bei Zahlung bis",
#: "2% discount if paid by", "Skonto bis".
_DISCOUNT_BEFORE = re.compile(_DISCOUNT + r"\b[^.\n]{0,40}$", re.IGNORECASE)
#: An early payment's deduction named by its sum, not its rate: "deduct 307.43 USD if paid
#: by", "you may take off 12.00 if paid before", "less 2% if paid by".
_DEDUCTION_BEFORE = re.compile(
    r"\b(?:deduct|take\s+off|less|save)\b(?:[^.\n;]|\.(?=\d)){0,40}\bif\s+paid\s+(?:by|before|on\s+or\s+before)"
    r"[ \t]*$",
    re.IGNORECASE,
)


def discount_deadline(text: str, start: int, end: int) -> int | None:
    """The end of the line when the date at ``text[start:end]`` is when a cash discount
    ends (the discount named right after it, or before it on its line: "2 % Skonto bei
    Zahlung bis", a sum to "deduct ... if paid by") and another date follows on that line
    (the net sum's day); else ``None``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before = text[line_start:start]
    named = (
        _DISCOUNT_AFTER.match(text, end)
        or _DISCOUNT_BEFORE.search(before)
        or _DEDUCTION_BEFORE.search(before)
    )
    return line_end if named and date_spans(text[end:line_end]) else None


__all__ = ["discount_deadline"]
