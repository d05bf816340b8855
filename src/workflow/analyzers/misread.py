"""A row's quantity or unit price read back from its arithmetic when one character of it was
misread.

OCR drops or invents a decimal point ("2.5" read "25"), and confuses digits of similar shape
("2.5" read "2.9", "3" read "8"), most often in small type, faxes and photos. A table row
checks itself: its amount is its quantity times its unit price. When the three disagree and
the amount divided by the unit price is a clean count that differs from the printed one by
exactly such a slip (the same digits with the point moved, or one digit swapped), the
printed count was misread and the row's arithmetic says what it is; likewise for the unit
price against amount / quantity. Anything further from the print (a discount, a wrong
column) is left as printed for :mod:`workflow.analyzers.reconcile` to report.
"""

from __future__ import annotations

from workflow.analyzers.numbers import close

#: Decimals a quantity may have (litres, hours, kilograms); a unit price has cents.
_QUANTITY_DECIMALS = 3
_PRICE_DECIMALS = 2


def misread_fixed(
    printed: str, value: float, other: float, amount: float, *, price: bool
) -> float | None:
    """The value ``printed`` (read as ``value``) should be when ``value x other`` is not
    ``amount`` but ``amount / other`` is a clean number one OCR slip away from ``printed``;
    ``None`` when the row adds up or no such number exists. ``price``: the value is a unit
    price (cents), else a quantity."""
    if not other or not value or close(value * other, amount):
        return None
    decimals = _PRICE_DECIMALS if price else _QUANTITY_DECIMALS
    wanted = round(amount / other, decimals)
    if wanted <= 0 or not close(wanted * other, amount):
        return None
    return wanted if _one_slip(printed, wanted, decimals) else None


def _one_slip(printed: str, wanted: float, most: int) -> bool:
    """``printed`` is ``wanted`` with one digit swapped (written with as many decimals as
    printed), or ``wanted``'s digits with the decimal point lost, added or moved (written
    with up to ``most`` decimals)."""
    digits = "".join(ch for ch in printed if ch.isdigit())
    separator = max(printed.rfind("."), printed.rfind(","))
    after = printed[separator + 1 :] if separator >= 0 else ""
    shown = len(after) - len(after.lstrip("0123456789"))
    same = _digits(wanted, shown)
    if (
        same is not None
        and len(same) == len(digits)
        and sum(a != b for a, b in zip(same, digits, strict=True)) == 1
    ):
        return True
    return any(_digits(wanted, places) == digits for places in range(most + 1) if places != shown)


def _digits(number: float, places: int) -> str | None:
    """``number`` written with ``places`` decimals, digits only; ``None`` when that would
    round it."""
    text = f"{number:.{places}f}"
    return text.replace(".", "") if abs(float(text) - number) < 1e-9 else None
