"""Entities found by pattern in extracted text: dates, money amounts, emails, parties.

Values are normalised (ISO 8601 dates, ``{amount, currency}`` money) so results compare
across documents and analyzers. Every list keeps first-seen order and is capped, so the
result stays small whatever the input.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from itertools import islice
from typing import Any

#: Most entities of one kind kept per document.
MAX_ENTITIES = 20
#: Most parties kept per document.
MAX_PARTIES = 10
#: Dates outside this range are page numbers or part numbers, not dates.
_YEARS = range(1900, 2101)

#: Matches examined per pattern. The lists are capped anyway; this bounds the work on
#: adversarial text (a page of "$1,0$1,0...").
_MAX_MATCHES = 2000


class _Spans:
    """Claimed, non-overlapping text spans, kept sorted so an overlap check is a bisection:
    a later, less specific pattern must not re-read text an earlier one matched."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, match: re.Match[str]) -> bool:
        index = bisect_left(self._starts, match.end())
        return index > 0 and self._ends[index - 1] > match.start()

    def add(self, match: re.Match[str]) -> None:
        index = bisect_left(self._starts, match.start())
        self._starts.insert(index, match.start())
        self._ends.insert(index, match.end())


_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):  # fmt: skip
    for _name in _names:
        _MONTHS[_name] = _number
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

#: (pattern, how to read its groups); tried in order, earlier matches win overlapping spans.
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"), "ymd"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE), "named"),
    (re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE), "named"),
    (re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})\b"), "slash"),
    (re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b"), "dmy"),
)


def find_dates(text: str) -> list[dict[str, str]]:
    """Dates as ``{"text", "value"}`` with ``value`` in ISO 8601 (``YYYY-MM-DD``).

    Slashed dates are read month-first (US) unless the first number cannot be a month;
    dotted dates are day-first, as they are written in Europe.
    """
    found: list[tuple[int, str, str]] = []
    taken = _Spans()
    for pattern, layout in _DATE_PATTERNS:
        for match in islice(pattern.finditer(text), _MAX_MATCHES):
            if taken.overlaps(match):
                continue
            value = _date_value(match, layout)
            if value is not None:
                taken.add(match)
                found.append((match.start(), match.group(0), value))
    return _unique(
        ({"text": " ".join(raw.split()), "value": value} for _, raw, value in sorted(found)),
        key="value",
        limit=MAX_ENTITIES,
    )


def _date_value(match: re.Match[str], layout: str) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if layout == "slash":
        first, second = int(groups["a"]), int(groups["b"])
        month, day = (second, first) if first > 12 else (first, second)
    elif layout == "named":
        month, day = _MONTHS[groups["month"].lower().rstrip(".")], int(groups["day"])
    else:
        month, day = int(groups["month"]), int(groups["day"])
    if year not in _YEARS:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


#: Currency symbols and the ISO 4217 code each stands for (``$`` is read as US dollars).
_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "CHF": "CHF"}
_CODES = ("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "INR", "CNY", "SEK", "NOK", "DKK")
_SYMBOL = "|".join(re.escape(symbol) for symbol in sorted(_SYMBOLS, key=len, reverse=True))
_CODE = "|".join(_CODES)
#: 1,234.56 / 1234.56 / 1.234,56 / 1 234,56 — at most 12 integer digits (exact in a float).
_NUMBER = r"(?P<number>\d{1,3}(?:[,.\u00a0 ]\d{3}){1,3}(?:[.,]\d{1,2})?|\d{1,12}(?:[.,]\d{1,2})?)"
_AMOUNT_PATTERNS = (
    re.compile(rf"(?P<cur>{_SYMBOL}|\b(?:{_CODE})\b)\s?-?{_NUMBER}(?![\d])"),
    re.compile(rf"(?<![\d.,]){_NUMBER}\s?(?P<cur>{_SYMBOL}|\b(?:{_CODE})\b)"),
)


def find_amounts(text: str) -> list[dict[str, Any]]:
    """Money as ``{"text", "amount", "currency"}``: only numbers tied to a currency."""
    found: list[tuple[int, str, float, str]] = []
    taken = _Spans()
    for pattern in _AMOUNT_PATTERNS:
        for match in islice(pattern.finditer(text), _MAX_MATCHES):
            if taken.overlaps(match):
                continue
            amount = parse_number(match.group("number"))
            if amount is None:
                continue
            taken.add(match)
            currency = _SYMBOLS.get(match.group("cur"), match.group("cur"))
            found.append((match.start(), match.group(0).strip(), amount, currency))
    amounts = (
        {"text": raw, "amount": amount, "currency": currency}
        for _, raw, amount, currency in sorted(found)
    )
    return _unique(amounts, key=("amount", "currency"), limit=MAX_ENTITIES)


def parse_number(raw: str) -> float | None:
    """A money number with either separator convention: the last ``.`` or ``,`` followed by
    one or two digits is the decimal point; every other separator groups thousands."""
    cleaned = raw.replace("\u00a0", "").replace(" ", "")
    decimal = re.search(r"[.,](\d{1,2})$", cleaned)
    if decimal:
        whole = re.sub(r"[.,]", "", cleaned[: decimal.start()])
        value = f"{whole}.{decimal.group(1)}"
    else:
        value = re.sub(r"[.,]", "", cleaned)
    if not value.replace(".", "").isdigit():
        return None
    return round(float(value), 2)


_EMAIL = re.compile(
    r"\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}\b"
)


def find_emails(text: str) -> list[str]:
    """Email addresses, lower-cased, first-seen order."""
    matches = islice(_EMAIL.finditer(text), _MAX_MATCHES)
    emails = [match.group(0).lower().rstrip(".") for match in matches]
    return list(dict.fromkeys(emails))[:MAX_ENTITIES]


#: Labels that introduce a party on an invoice, receipt or letter, and the role they imply.
_ROLE_LABELS: dict[str, str] = {
    "bill to": "customer", "billed to": "customer", "sold to": "customer",
    "ship to": "customer", "customer": "customer", "client": "customer", "buyer": "customer",
    "invoice to": "customer", "from": "vendor", "vendor": "vendor", "seller": "vendor",
    "supplier": "vendor", "provider": "vendor", "remit to": "vendor", "pay to": "vendor",
    "service provider": "vendor", "contractor": "vendor", "company": "organization",
    "employer": "organization",
}  # fmt: skip
_LABEL = re.compile(
    r"^[ \t]*(?P<label>"
    + "|".join(sorted(_ROLE_LABELS, key=len, reverse=True))
    + r")[ \t]*:[ \t]*(?P<rest>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_SUFFIXES = (
    r"Inc|Incorporated|LLC|L\.L\.C|LLP|Ltd|Limited|GmbH|AG|SE|S\.A|SAS|SARL|S\.r\.l|PLC|plc"
    r"|Corp|Corporation|Co|Company|BV|B\.V|NV|N\.V|Pty|Oy|AB|KG|GbR|Group|Holdings"
)
#: One to five capitalised words (or "&") then a company suffix, on one line.
_ORGANISATION = re.compile(
    r"\b(?P<name>(?:(?:[A-Z][\w'&-]*|&|and|of)[ \t]+){0,4}[A-Z][\w'&-]*,?[ \t]+"
    rf"(?:{_SUFFIXES})\.?)(?![\w])"
)
#: A contract's defined party: ... Acme Inc., a Delaware corporation (the "Client") ...
_ROLE_MARKER = re.compile(
    r"\((?:the |hereinafter(?: referred to as)?(?: the)? )?[\"“](?P<role>[A-Z][\w ]{1,30})[\"”]\)"
)
#: Fallback for a defined party that is a person: two to four capitalised words.
_PERSON = re.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z]\.?)?(?:[ \t]+[A-Z][a-z]+){1,3}\b")
#: Defined terms in a contract that name a party rather than a thing.
_PARTY_ROLES = frozenset(
    {
        "client", "customer", "provider", "vendor", "supplier", "contractor", "consultant",
        "company", "employer", "employee", "landlord", "tenant", "buyer", "seller", "purchaser",
        "licensor", "licensee", "lessor", "lessee", "borrower", "lender", "discloser",
        "recipient", "party", "service provider", "agency", "partner",
    }
)  # fmt: skip
_SALUTATION = re.compile(
    r"^[ \t]*Dear[ \t]+(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+)?"
    r"[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,3})[ \t]*[,:]",
    re.MULTILINE,
)
_CLOSING = re.compile(
    r"^[ \t]*(?:sincerely|kind regards|best regards|regards|yours (?:truly|faithfully|sincerely)"
    r"|with thanks|best wishes)[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
#: Capitalised words that start sentences or labels rather than names.
_LEADING_NOISE = frozenset(
    {"the", "this", "between", "and", "from", "to", "by", "for", "with", "of", "dear", "bill"}
)


def find_parties(text: str) -> list[dict[str, str]]:
    """Parties as ``{"name", "role"}``: labelled blocks first (Bill To, From, ...), then
    parties a contract defines ("Acme Inc. (the "Client")"), then any organisation named
    with a company suffix."""
    parties: list[dict[str, str]] = []
    lines = text.splitlines()
    for match in islice(_LABEL.finditer(text), _MAX_MATCHES):
        name = match.group("rest").strip()
        if not name:
            line_number = text.count("\n", 0, match.start())
            name = _next_nonblank(lines, line_number + 1)
        name = _clean_name(name)
        if name:
            parties.append({"name": name, "role": _ROLE_LABELS[match.group("label").lower()]})
    parties.extend(_defined_parties(text))
    parties.extend(_correspondents(text, lines))
    for match in islice(_ORGANISATION.finditer(text), _MAX_MATCHES):
        name = _clean_name(match.group("name"))
        if name:
            parties.append({"name": name, "role": "organization"})
    return _unique(parties, key="name", limit=MAX_PARTIES, fold_case=True)


def _defined_parties(text: str) -> list[dict[str, str]]:
    """Parties a contract defines in its preamble. A defined term that is a known party role
    ("Client") may name a person or an organisation; any other defined term ("Agreement",
    "Effective Date") counts only if what precedes it is an organisation."""
    found: list[dict[str, str]] = []
    previous_end = 0
    for match in islice(_ROLE_MARKER.finditer(text), _MAX_MATCHES):
        window = text[max(previous_end, match.start() - 200) : match.start()]
        previous_end = match.end()
        role = match.group("role").strip().lower()
        candidates = [m.group("name") for m in _ORGANISATION.finditer(window)]
        if not candidates and role in _PARTY_ROLES:
            candidates = [m.group(0) for m in _PERSON.finditer(window)]
        name = _clean_name(candidates[-1]) if candidates else ""
        if name:
            found.append({"name": name, "role": role})
    return found


def _correspondents(text: str, lines: list[str]) -> list[dict[str, str]]:
    """A letter's recipient (from the salutation) and sender (the line after the closing)."""
    found: list[dict[str, str]] = []
    salutation = _SALUTATION.search(text)
    if salutation:
        name = _clean_name(salutation.group("name"))
        if name:
            found.append({"name": name, "role": "recipient"})
    for index, line in enumerate(lines):
        if _CLOSING.match(line):
            name = _clean_name(_next_nonblank(lines, index + 1))
            if name and len(name.split()) <= 5:
                found.append({"name": name, "role": "sender"})
            break
    return found


def _next_nonblank(lines: list[str], start: int) -> str:
    for line in lines[start : start + 3]:
        if line.strip():
            return line
    return ""


def _clean_name(name: str) -> str:
    name = re.split(r"[ ]{2,}|\t| \| ", name.strip())[0]
    words = name.split()
    while words and words[0].lower() in _LEADING_NOISE:
        words.pop(0)
    name = " ".join(words).strip(" ,;:-")
    if not name or len(name) > 80 or not re.search(r"[A-Za-z]", name):
        return ""
    if re.fullmatch(r"(?:the|and|of|\W+)", name, re.IGNORECASE):
        return ""
    return name


def _unique[T: dict[str, Any]](
    items: Any, *, key: str | tuple[str, ...], limit: int, fold_case: bool = False
) -> list[T]:
    """First occurrence of each key, in order, at most ``limit``."""
    keys = (key,) if isinstance(key, str) else key
    seen: set[tuple[Any, ...]] = set()
    out: list[T] = []
    for item in items:
        ident = tuple(str(item[k]).lower() if fold_case else item[k] for k in keys)
        if ident in seen:
            continue
        seen.add(ident)
        out.append(item)
        if len(out) >= limit:
            break
    return out
