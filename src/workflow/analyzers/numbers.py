"""Typed reading of the values documents print in table cells and beside labels.

Money in either separator convention ("1,234.56", "12.450,00", "1 234,56", "1'234.50"), with
or without a currency mark on either side, negative as "-12.00", "(12.00)" or "12.00-"
("+12.00" is positive); quantities as people write them ("3", "2.5", "2,5 h", "x3",
"10 pcs"). A cell either is one of these values as a whole or it is not: a description that
holds a number ("Water 6x1.5L") is never read as a quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workflow.analyzers.money import parse_number

#: Currency marks a money cell may carry (codes in capitals only: "TAX" is not a currency).
_MARK = (
    r"(?:US\$|[$€£¥₹]|\bRs\.?(?=[ \t\d]|$)"
    r"|\b(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|INR|CNY|SEK|NOK|DKK|PLN|CZK)\b)"
)
_SYMBOLS = {
    "Rs.": "INR", "Rs": "INR", "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₹": "INR",
}  # fmt: skip
#: Grouped (1.234.567,89), grouped in lakhs and crores as in India (1,45,500.00) or plain
#: (1234.56) digits; at most two decimals for money.
_MONEY_DIGITS = (
    r"\d{1,3}(?:[,.\u00a0 ']\d{3})+(?:[.,]\d{1,2})?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?"
    r"|\d{1,12}(?:[.,]\d{1,2})?"
)
_MONEY = re.compile(
    rf"(?:(?P<cur0>{_MARK})[ \t]*(?=\())?"  # "$(360.00)"
    rf"(?P<open>\()?[ \t]*(?P<lead>-|\u2212|\+)?[ \t]*(?P<cur1>{_MARK})?[ \t]*"
    r"(?P<sign>-|\u2212)?[ \t]*"
    rf"(?P<number>{_MONEY_DIGITS})[ \t]*(?P<cur2>{_MARK})?[ \t]*(?P<trail>-|CR|DR)?[ \t]*"
    r"(?P<close>\))?"
)
#: Quantity units people print after a count.
_UNITS = (
    r"x|pcs?\.?|pieces?|units?|ea\.?|each|h|hrs?\.?|hours?|days?|d|kg|g|l|m|m2|m²|sets?"
    r"|boxes|box|licen[cs]es?|seats?|users?|months?|stk\.?|st\.?|std\.?"
    # and as other languages and trades print them
    r"|stck|st[üu]ck|pces?|pz|pzs|ud|uds|u|un|stuks?|psch|pausch(?:al)?|pck|pkt|packs?|lot"
    r"|caja|cajas|doos|dozen|cf|rolls?|rol|m3|m³|lfm|t|km|cm|mm|min|uur|ore|horas?|heures?"
    r"|jours?|tage?|ltr|lit(?:er|re)s?|kgs|lbs?|ft|yds?|pairs?|ctns?|cartons?|bags?|bottles?"
    r"|sheets?|reams?"
)
_QUANTITY = re.compile(
    rf"(?:[x\u00d7][ \t]*)?(?P<sign>[-\u2212])?(?P<number>\d{{1,7}}(?:[.,]\d{{1,3}})?)[ \t]*"
    rf"(?:(?:{_UNITS})\b\.?|\u00d7)?[ \t]*",
    re.IGNORECASE,
)
#: OCR sets a space before the decimals now and then ("460 ,00"): the number is one.
_OCR_DECIMALS = re.compile(r"(?<=\d) (?=[.,]\d{2}(?:\D|$))")
#: A percentage cell ("19%", "8 %") is a rate, never money.
_PERCENT = re.compile(r"[ \t]*\d+(?:[.,]\d+)?[ \t]*%[ \t]*")
_PERCENT_VALUE = re.compile(r"-?\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*%")


@dataclass(frozen=True, slots=True)
class Money:
    """An amount as printed, read: the number (negative for a credit) and its currency."""

    amount: float
    currency: str | None


def parse_money(cell: str) -> Money | None:
    """``cell`` read as money when the whole cell is an amount, else ``None``."""
    cell = _OCR_DECIMALS.sub("", cell.strip())
    if not cell or _PERCENT.fullmatch(cell):
        return None
    match = _MONEY.fullmatch(cell)
    if not match or (match.group("open") is None) != (match.group("close") is None):
        return None
    marks = [match.group(name) for name in ("cur0", "cur1", "cur2") if match.group(name)]
    if len(marks) > 1:
        return None
    amount = parse_number(match.group("number").replace("'", ""))
    if amount is None:
        return None
    # "+3.120,00": a statement's credit row says its sign too.
    negative = bool(
        match.group("open") or match.group("lead") in ("-", "\u2212") or match.group("sign")
    ) or match.group("trail") in ("-", "DR")
    mark = marks[0] if marks else None
    currency = _SYMBOLS.get(mark, mark) if mark else None
    return Money(-amount if negative else amount, currency)


def parse_percent(cell: str) -> float | None:
    """``cell`` read as a rate in percent ("5%", "12,5 %", "-10%"), else ``None``; an empty
    cell is no rate."""
    match = _PERCENT_VALUE.fullmatch(cell.strip())
    return float(match.group(1).replace(",", ".")) if match else None


def parse_quantity(cell: str) -> float | None:
    """``cell`` read as a count or measure ("3", "2,5 h", "x3", "10 pcs"), else ``None``."""
    match = _QUANTITY.fullmatch(cell.strip())
    if not match:
        return None
    raw = match.group("number")
    sign = -1.0 if match.group("sign") else 1.0  # a return: "-2" taken back
    # "1.000" and "1,000" group thousands; "2.5", "2,5" and "0.125" are fractions.
    if re.fullmatch(r"\d{1,3}[.,]\d{3}", raw) and not raw.startswith("0"):
        return sign * float(raw.replace(",", "").replace(".", ""))
    return sign * float(raw.replace(",", "."))


def is_number_cell(cell: str) -> bool:
    """A cell that holds only a number (money, a count or a rate): not a description."""
    return parse_money(cell) is not None or parse_quantity(cell) is not None


_MARK_TOKEN = re.compile(_MARK)


def value_tokens(text: str) -> list[str]:
    """``text``'s words with each currency mark joined to its number ("GBP 1,200.00",
    "1.200,00 EUR"), so a single-spaced row splits into its values. A mark could belong to
    the number before or after it; the reading that leaves more values ending the row wins
    (the row's own convention)."""
    words = text.split()
    readings = [_joined(words, prefix=True), _joined(words, prefix=False)]
    return max(readings, key=lambda tokens: (_trailing_values(tokens), -len(tokens)))


def _joined(words: list[str], *, prefix: bool) -> list[str]:
    out: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if _MARK_TOKEN.fullmatch(word.lstrip("-\u2212")):  # "-CHF 978.00" as well
            after = f"{word} {words[index + 1]}" if index + 1 < len(words) else ""
            before = f"{out[-1]} {word}" if out else ""
            options = [("after", after), ("before", before)]
            side = next(
                (name for name, joined in (options if prefix else options[::-1])
                 if joined and parse_money(joined) is not None),
                "",
            )  # fmt: skip
            if side == "after":
                out.append(after)
                index += 2
                continue
            if side == "before":
                out[-1] = before
                index += 1
                continue
        out.append(word)
        index += 1
    return out


def _trailing_values(tokens: list[str]) -> int:
    count = 0
    while count < len(tokens) and is_number_cell(tokens[len(tokens) - 1 - count]):
        count += 1
    return count


def close(a: float, b: float) -> bool:
    """Equal as printed money: within a cent, or half a cent per hundred for long rows."""
    return abs(a - b) <= max(0.011, abs(b) * 0.00005)


__all__ = [
    "Money", "close", "is_number_cell", "parse_money", "parse_percent", "parse_quantity",
    "value_tokens",
]  # fmt: skip
