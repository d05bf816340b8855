"""Money found by pattern in extracted text: ``{amount, currency}`` for every number tied to a
currency sign or code, with either separator convention and accounting's negatives."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from workflow.analyzers.cfa_francs import local_cfa_franc
from workflow.analyzers.crowns import local_crown
from workflow.analyzers.entities import MAX_ENTITIES, MAX_MATCHES, ClaimedSpans, first_unique
from workflow.analyzers.rupees import local_rupee

#: Sweden's, Norway's and Denmark's "kr": whose crown it is, the text says elsewhere
#: (:func:`workflow.analyzers.crowns.local_crown`).
_CROWN = "kr"
#: West and Central Africa's "FCFA": whose franc it is, the text says elsewhere
#: (:func:`workflow.analyzers.cfa_francs.local_cfa_franc`).
_CFA_FRANC = "CFA"
#: South Asia's "Rs.": whose rupee it is, the text says elsewhere
#: (:func:`workflow.analyzers.rupees.local_rupee`).
_RUPEE = "Rs"
#: Currency symbols and the ISO 4217 code each stands for (``$`` is read as US dollars, unless
#: the document says whose dollars it prints: :mod:`workflow.analyzers.dollars`).
_SYMBOLS = {
    "US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "CHF": "CHF",
    "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "C$": "CAD", "CA$": "CAD", "S$": "SGD",
    "HK$": "HKD", "Rs.": _RUPEE, "Rs": _RUPEE, "₨": _RUPEE, "zł": "PLN", "Kč": "CZK", "kr.": _CROWN,
    "kr": _CROWN,
    # Brazil's real, Peru's sol, Malaysia's ringgit and the Philippine peso by their signs.
    "R$": "BRL", "S/.": "PEN", "S/": "PEN", "RM": "MYR", "₱": "PHP",
    # Poland's "zł" and Czechia's "Kč" as English OCR reads them off a scan.
    "zt": "PLN", "Ké": "CZK", "K¢": "CZK",
    # Bangladesh's taka ("Tk. 6,525.00", "৳") and Hungary's forint ("326 619 Ft").
    "Tk.": "BDT", "Tk": "BDT", "৳": "BDT", "Ft": "HUF",
    # Nigeria's naira by its sign; Morocco's dirham ("13 812,00 DH") and the CFA franc
    # ("29 320 FCFA") after the number.
    "₦": "NGN", "DH": "MAD", "FCFA": _CFA_FRANC, "F CFA": _CFA_FRANC,
}  # fmt: skip
#: Signs that are a currency only as printed in their case: "ft" is feet, "TK" a code.
_CASED = frozenset({"Tk.", "Tk", "Ft", "DH"})
#: Signs printed only after their number: a "DH" before one is a code or an id ("DH 4410").
_AFTER_ONLY = frozenset({"DH", "FCFA", "F CFA"})
#: Signs spelled as a word's letters: never followed by another letter ("kronor", "ztrata").
_WORDLIKE = frozenset({"kr", "kr.", "zt", "Ké", "K¢", "Tk", "Ft", "DH", "FCFA", "F CFA"})
_CODES = (
    "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "INR", "CNY", "SEK", "NOK", "DKK", "NZD",
    "SGD", "HKD", "ZAR", "PLN", "CZK", "HUF", "MXN", "BRL", "ARS", "CLP", "COP", "PEN", "MYR",
    "PHP",
    # The Gulf's dirham, riyals and dinars; Pakistan's rupee and the taka (not Nepal's "NPR",
    # a Baltic registry's prefix: "NPR 034030").
    "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "PKR", "BDT",
    # Africa's: Morocco's and Tunisia's dinar and dirham, Egypt's pound, Ghana's cedi,
    # Kenya's shilling, Nigeria's naira, the CFA francs.
    "MAD", "TND", "EGP", "GHS", "KES", "NGN", "XOF", "XAF",
)  # fmt: skip
#: Codes that are also the start of a word or an id ("PEN843", "PHPUnit", an account's
#: "KES052"): never touching a number.
_SPACED_CODES = frozenset(
    {
        "ARS",
        "CLP",
        "COP",
        "PEN",
        "MYR",
        "PHP",
        "MAD",
        "TND",
        "EGP",
        "GHS",
        "KES",
        "NGN",
        "XOF",
        "XAF",
    }
)
_FOLDED_SYMBOLS = {symbol.casefold(): code for symbol, code in _SYMBOLS.items()}


def _symbols(signs: list[str]) -> str:
    """A pattern for any of ``signs``, the longest first."""
    return "|".join(_symbol(sign) for sign in sorted(signs, key=len, reverse=True))


def _symbol(symbol: str) -> str:
    """A symbol that starts with letters ("NZ$", "CHF", "Rs") is no symbol inside a word
    ("USA$") nor after a digit (a part's code: "Kugellager 6204-2RS"). "kr" is no symbol at
    the start of a word either ("kronor", "Kredit")."""
    return (
        (r"(?<![^\W_])" if symbol[0].isalpha() else "")
        # "2 RM  9.40", "12  RM  9.40": reams counted, no ringgit
        + (r"(?<!\d[ \t])(?<!\d[ \t]{2})(?<!\d[ \t]{3})" if symbol == "RM" else "")
        + (f"(?-i:{re.escape(symbol)})" if symbol in _CASED else re.escape(symbol))
        + (r"(?![^\W\d_])" if symbol in _WORDLIKE else "")
    )


_SYMBOL = _symbols(list(_SYMBOLS))
_SYMBOL_BEFORE = _symbols([sign for sign in _SYMBOLS if sign not in _AFTER_ONLY])
_CODE = "|".join(_CODES)
_TOUCHING_CODE = "|".join(code for code in _CODES if code not in _SPACED_CODES)
#: 1,234.56 / 1234.56 / 1.234,56 / 1 234,56 / 12'450.00 (Swiss) / 1,18,000.00 (India's lakhs
#: and crores) — at most 12 integer digits (exact in a float).
_NUMBER = (
    r"(?P<number>\d{1,2}(?:,\d\d){1,4},\d{3}(?:\.\d{1,2})?"
    r"|\d{1,3}(?:[,.\u00a0 '\u2019]\d{3}){1,3}(?:[.,]\d{1,2})?|\d{1,12}(?:[.,]\d{1,2})?)"
)
#: Magnitude words after a number ("$4.2 million", "EUR 1.2bn", "£350k") and their factor.
_MAGNITUDES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
_MAGNITUDE = r"(?:\s?(?P<mag>" + "|".join(sorted(_MAGNITUDES, key=len, reverse=True)) + r")\b)?"
_CURRENCY = rf"(?:{_SYMBOL}|\b(?:{_CODE})\b)"
_AMOUNT_PATTERNS = (
    re.compile(
        # "USD" may end a line whose next line holds the number (a wrapped paragraph).
        # "-$500.00": the sign may come before the currency (a payment on a statement).
        rf"(?:(?<![^\s(])(?P<lead>-|\u2212))?"
        # "$(360.00)": a negative in parentheses after its currency.
        # "USD1,234.56": a code may touch its number.
        rf"(?P<cur>{_SYMBOL_BEFORE}|\b(?:{_TOUCHING_CODE})(?![^\W\d_])|\b(?:{_CODE})\b)"
        r"(?:[ \t]{0,3}|[ \t]*\n[ \t]*)"
        r"(?P<sign>-|\((?=[\d.,\u00a0 '\u2019]+\)))?"
        # "Betrag EUR" over "31.07.2026": a date under a column's currency is no amount
        rf"{_NUMBER}{_MAGNITUDE}(?![\d]|[./-]\d)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<![\d.,])(?P<sign>-)?{_NUMBER}{_MAGNITUDE}(?P<trail>-)?[ \t]{{0,3}}"
        rf"(?P<cur>{_SYMBOL}|\b(?:{_CODE})\b)",
        re.IGNORECASE,
    ),
)
#: Tunisia's dinar counts a thousand millimes: "9 005,730 DT", "TND 1 437,730" print three
#: decimals after a comma, its thousands grouped by spaces or dots.
_MILLIMES = r"(?P<number>\d{1,3}(?:[ .\u00a0]\d{3})*,\d{3})(?![\d.,]\d)"
_DINAR_AMOUNT = re.compile(
    rf"(?<![\d.,])(?P<sign>-)?{_MILLIMES}[ \t]{{0,3}}(?:(?-i:DT)|TND)(?![^\W\d_])"
    rf"|\bTND[ \t]{{0,3}}(?P<after>-)?{_MILLIMES.replace('number', 'value')}",
    re.IGNORECASE,
)
#: Accounting's negatives: "($446.40)", "(1.250,00 EUR)", "EUR 150.00-".
_OPEN_PAREN = re.compile(r"\([ \t]*$")
_CLOSE_PAREN = re.compile(r"^[ \t]*\)")
_TRAILING_MINUS = re.compile(r"^-(?=[\s,;)]|$)")


#: A currency written before a number with no number before it / after one with none after.
_CLEAR_PREFIX = re.compile(rf"(?<![\d.,])(?<![\d.,][ \t]){_CURRENCY}[ \t]?-?\d", re.IGNORECASE)
_CLEAR_SUFFIX = re.compile(rf"\d[ \t]?{_CURRENCY}(?![ \t]?-?\d)", re.IGNORECASE)
#: Unambiguous placements counted to learn a text's convention.
_MAX_PLACEMENT_EVIDENCE = 50


def find_amounts(text: str) -> list[dict[str, Any]]:
    """Money as ``{"text", "amount", "currency"}``: only numbers tied to a currency.

    In "1,200.00 €  13,200.00 €" the middle "€" could go either way; the text's own
    convention decides (which placement its unambiguous amounts use), prefix on a tie."""
    found: list[tuple[int, str, float, str]] = []
    taken = ClaimedSpans()
    prefix = sum(1 for _ in islice(_CLEAR_PREFIX.finditer(text), _MAX_PLACEMENT_EVIDENCE))
    suffix = sum(1 for _ in islice(_CLEAR_SUFFIX.finditer(text), _MAX_PLACEMENT_EVIDENCE))
    patterns = _AMOUNT_PATTERNS if prefix >= suffix else _AMOUNT_PATTERNS[::-1]
    crowns: list[str | None] = []  # the text's crown, read when a "kr" is found
    rupees: list[str] = []  # the text's rupee, read when a "Rs." is found
    francs: list[str | None] = []  # the text's CFA franc, read when a "FCFA" is found
    for match in islice(_DINAR_AMOUNT.finditer(text), MAX_MATCHES):
        taken.add(match)  # read before the two-decimal patterns see "9 005,730" as millions
        found.append((match.start(), " ".join(match.group(0).split()), _dinars(text, match), "TND"))
    for pattern in patterns:
        for match in islice(pattern.finditer(text), MAX_MATCHES):
            if taken.overlaps(match):
                continue
            amount = parse_number(match.group("number"))
            if amount is None:
                continue
            if match.group("mag"):
                amount = round(amount * _MAGNITUDES[match.group("mag").lower()], 2)
            if match.group("sign") or match.groupdict().get("lead") or _negative(text, match):
                amount = -amount
            cur = match.group("cur")
            currency = _SYMBOLS.get(cur) or _FOLDED_SYMBOLS.get(cur.casefold(), cur.upper())
            if currency == _CROWN:
                crowns = crowns or [local_crown(text)]
                if crowns[0] is None:
                    continue  # a crown of no country the text names: no currency known
                currency = crowns[0]
            if currency == _CFA_FRANC:
                francs = francs or [local_cfa_franc(text)]
                if francs[0] is None:
                    continue  # a franc of no country the text names: no currency known
                currency = francs[0]
            if currency == _RUPEE:
                rupees = rupees or [local_rupee(text)]
                currency = rupees[0]
            taken.add(match)
            found.append((match.start(), " ".join(match.group(0).split()), amount, currency))
    amounts = (
        {"text": raw, "amount": amount, "currency": currency}
        for _, raw, amount, currency in sorted(found)
    )
    return first_unique(amounts, key=("amount", "currency"), limit=MAX_ENTITIES)


def _dinars(text: str, match: re.Match[str]) -> float:
    """A dinar amount's value: its millimes are the three digits after the comma."""
    digits = match.group("number") or match.group("value")
    whole, millimes = re.sub(r"[ .\u00a0]", "", digits).split(",")
    amount = round(int(whole) + int(millimes) / 1000, 2)
    negative = match.group("sign") or match.group("after") or _negative(text, match)
    return -amount if negative else amount


def _negative(text: str, match: re.Match[str]) -> bool:
    """An amount in parentheses, or with its minus after it, is negative (as accounts and
    statements print credits)."""
    if match.groupdict().get("trail"):
        return True
    before, after = text[max(0, match.start() - 3) : match.start()], text[match.end() :]
    if _OPEN_PAREN.search(before) and _CLOSE_PAREN.match(after[:3]):
        return True
    return bool(_TRAILING_MINUS.match(after[:2]))


def parse_number(raw: str) -> float | None:
    """A money number with either separator convention: the last ``.`` or ``,`` followed by
    one or two digits is the decimal point; every other separator groups thousands."""
    cleaned = re.sub(r"[\u00a0 '\u2019]", "", raw)
    decimal = re.search(r"[.,](\d{1,2})$", cleaned)
    if decimal:
        whole = re.sub(r"[.,]", "", cleaned[: decimal.start()])
        value = f"{whole}.{decimal.group(1)}"
    else:
        value = re.sub(r"[.,]", "", cleaned)
    if not value.replace(".", "").isdigit():
        return None
    return round(float(value), 2)
