"""Entities found by pattern in extracted text: dates and emails (money is
:mod:`workflow.analyzers.money`'s).

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

from workflow.analyzers.language import guess_language

#: Most entities of one kind kept per document.
MAX_ENTITIES = 20
#: Most parties (people and organisations) kept per document.
MAX_PARTIES = 20
#: Dates outside this range are page numbers or part numbers, not dates.
_YEARS = range(1900, 2101)

#: Matches examined per pattern. The lists are capped anyway; this bounds the work on
#: adversarial text (a page of "$1,0$1,0...").
MAX_MATCHES = 2000


class ClaimedSpans:
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
#: Month names and their usual abbreviations in English, German, French, Spanish, Italian,
#: Dutch and Portuguese (a date in words is written in the document's language: "5. Dezember 2026",
#: "5 décembre 2026", "5 de diciembre de 2026", "5 dicembre 2026", "5 december 2026"); the
#: Nordic names the others lack ("marts", "maj", "augusti", "desember"), and Polish and Czech
#: months in the genitive a day of the month takes ("17 września", "22. května"); Finnish
#: months in the partitive ("28. maaliskuuta 2026") and Hungary's ("2026. augusztus 6."); the
#: Czech months without their accents, as a scan's OCR often reads them ("7. zari 2026", its
#: "ř" read "f": "zafi", "fijna").
for _number, _names in enumerate(
    (
        ("january", "jan", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen",
         "januari", "janeiro", "stycznia", "ledna"),
        ("february", "feb", "februar", "février", "févr", "fevrier", "febrero", "febbraio",
         "februari", "fevereiro", "lutego", "února"),
        ("march", "mar", "märz", "mär", "maerz", "marz", "mrz", "mars", "marzo", "maart", "mrt",
         "março", "marts", "marca", "března"),
        ("april", "apr", "avril", "avr", "abril", "aprile", "kwietnia", "dubna"),
        ("may", "mai", "mayo", "maggio", "mei", "maio", "maj", "maja", "května"),
        ("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "června"),
        ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca",
         "července"),
        ("august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpnia",
         "srpna"),
        ("september", "sept", "sep", "septembre", "septiembre", "settembre", "sett",
         "setembro", "września", "září"),
        ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott",
         "outubro", "października", "října"),
        ("november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopadu"),
        ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre",
         "dic", "dicembre", "dezembro", "desember", "grudnia", "prosince"),
    ),
    start=1,
):  # fmt: skip
    for _name in _names:
        _MONTHS[_name] = _number
for _number, _names in enumerate(
    (
        ("tammikuuta", "január"),
        ("helmikuuta", "február"),
        ("maaliskuuta", "március"),
        ("huhtikuuta", "április"),
        ("toukokuuta", "május"),
        ("kesäkuuta", "június"),
        ("heinäkuuta", "július"),
        ("elokuuta", "augusztus"),
        ("syyskuuta", "szeptember"),
        ("lokakuuta", "október"),
        ("marraskuuta",),
        ("joulukuuta",),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number
_MONTHS.update(
    {"unora": 2, "brezna": 3, "bfezna": 3, "kvetna": 5, "cervna": 6, "cervence": 7, "zari": 9,
     "zafi": 9, "rijna": 10, "fijna": 10}
)  # fmt: skip
# OCR reads a capital O as a zero ("0ctober"); the month is still unmistakable.
_MONTH = (
    r"(?P<month>"
    + "|".join(sorted(_MONTHS, key=len, reverse=True)).replace("oct", "[o0]ct")
    + r")\.?"
)
# "8. September 2026": German writes the day as an ordinal with a full stop; French writes
# the first of the month "1er", Italian "1°", Spanish and Portuguese "1º".
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.|°|º)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

#: (pattern, how to read its groups); tried in order, earlier matches win overlapping spans.
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # 2026-12-05, 2026/12/05 and 2026.12.05 (Hungary, China, Japan write years first);
    # "2026-09-07T10:22:31": an ISO timestamp's date.
    (
        re.compile(
            r"\b(?P<year>\d{4})([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?:\b|(?=T\d\d:\d\d))"
            r"(?!\.\d)"
        ),
        "ymd",
    ),
    # 14-Mar-2026, 14 Mar. 2026 is below
    (re.compile(rf"\b{_DAY}-{_MONTH}-{_YEAR}\b", re.IGNORECASE), "named"),
    # "30MAR26": airlines and reservation systems write the day, month and year run together.
    (
        re.compile(
            r"(?<![\w])(?P<day>[0-3]\d)(?P<month>(?-i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV"
            r"|DEC))(?P<yy>\d{2})(?!\w)"
        ),
        "named",
    ),
    # "05-DEC-26": ERP reports shorten the year after a month's name.
    (re.compile(rf"\b{_DAY}-{_MONTH}-(?P<yy>\d{{2}})\b(?!-)", re.IGNORECASE), "named"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE), "named"),
    # Hungary writes the year first: "2026. augusztus 6.".
    (
        re.compile(rf"\b{_YEAR}\.\s+{_MONTH}\s+(?P<day>[0-3]?\d)\.(?!\d)", re.IGNORECASE),
        "named",
    ),
    # "5 December 2026", "the 1st day of January, 2027", "5 de diciembre de 2026".
    (
        re.compile(
            rf"\b{_DAY}(?:\s+day)?(?:\s+(?:of|de))?\s+{_MONTH},?\s+(?:de\s+)?{_YEAR}\b",
            re.IGNORECASE,
        ),
        "named",
    ),
    (re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})\b"), "slash"),
    # "06-06-2025": dashes in the slashed order (the Netherlands, Denmark, India).
    (
        re.compile(r"(?<![\d-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<year>(?:19|20)\d\d)(?![\d-])"),
        "slash",
    ),
    (re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b"), "dmy"),
    # "17. 8. 2025": Czech and Slovak put a space after each dot.
    (re.compile(r"\b(?P<day>\d{1,2})\. (?P<month>\d{1,2})\. (?P<year>(?:19|20)\d\d)\b"), "dmy"),
    # "05.12.26": German-speaking countries shorten the year of a dotted date to two digits
    # (never a version or section number: those are not followed by a day-month-year check).
    (re.compile(r"(?<![\w.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<yy>\d{2})(?!\.?\d)"), "dmy"),
    # "11/05/26": card statements and US forms shorten a slashed year the same way.
    (re.compile(r"(?<![\w/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<yy>\d{2})(?![\w/])"), "slash"),
    # "28-08-26": Dutch and Danish papers shorten a dashed year the same way.
    (re.compile(r"(?<![\w/.-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<yy>\d{2})(?![\w/.-])"), "slash"),
    # "20260630": EDI messages and their printouts (CCYYMMDD), read only under a date's label.
    (
        re.compile(
            r"(?<![\w.,/-])(?P<year>(?:19|20)\d\d)(?P<month>0[1-9]|1[0-2])"
            r"(?P<day>0[1-9]|[12]\d|3[01])(?![\w.,/-])"
        ),
        "compact",
    ),
)
#: A date's label right before a compact date ("INVOICE DATE : 20260630", "Datum: 20260630").
_COMPACT_LABEL = re.compile(
    r"\b(?:date|datum|fecha|data|dtm)\b[ \t]*(?:\(?(?:ccyymmdd|yyyymmdd|jjjjmmtt)\)?)?"
    r"[ \t]*[:=.]?[ \t]*$",
    re.I,
)


_SLASHED = re.compile(r"\b(?P<a>\d{1,2})[/-](?P<b>\d{1,2})[/-](?:19|20)\d\d\b")
#: Currencies of countries that write the day first (Europe, Australia, New Zealand, India,
#: South Africa, Singapore, Hong Kong, the Gulf, Africa), by code or sign ("kr", "zł", "Kč").
_EUROPEAN_MONEY = re.compile(
    r"[€£₹]|\b(?:EUR|GBP|CHF|AUD|NZD|INR|ZAR|SGD|HKD|SEK|NOK|DKK|PLN|CZK|kr)\b|\bz[łl]\b|\bK[čc]\b"
    # and Latin America's and South-East Asia's (Brazil, Peru, Malaysia, the Philippines)
    r"|\bR\$|\bS/\.?[ \t]?\d|\bRM[ \t]?\d|₱|\b(?:BRL|PEN|MYR|PHP|ARS|CLP|COP|MXN)\b"
    # and the Gulf's, South Asia's and Africa's (the Emirates to Pakistan, Egypt to Nigeria)
    r"|\b(?:AED|SAR|QAR|KWD|BHD|OMR|PKR|BDT|EGP|MAD|TND|KES|NGN|GHS)\b"
    # South Africa's rand by its sign, with cents ("R 1 087,22", "R1,087.22")
    r"|\bR[ \t]?\d{1,3}(?:[ \u00a0,.]\d{3})*[.,]\d\d\b"
)
#: A "$" before a zero and another digit ("$0270") is no sum: OCR's reading of an "S" in a
#: product code ("S0270"); "$0.50" is one. Brazil's "R$" is no dollar.
_DOLLARS = re.compile(r"(?<!\bR)\$(?!0\d)|\bUSD\b")
#: Languages whose writers put the day first in every country that speaks them.
_DAY_FIRST_LANGUAGES = frozenset({"de", "fr", "es", "it", "nl", "pt"})
#: A contract governed by the law of a country that writes the day first ("governed by the
#: laws of England and Wales", "the laws of Ireland", "Dutch law"): where it names no money,
#: its jurisdiction says how its slashed dates read.
_DAY_FIRST_LAW = re.compile(
    r"\blaws?\s+of\s+(?:the\s+)?(?:england(?:\s+and\s+wales)?|scotland|northern\s+ireland"
    r"|(?:republic\s+of\s+)?ireland|united\s+kingdom|netherlands|sweden|norway|denmark|finland"
    r"|germany|france|spain|italy|belgium|austria|switzerland|australia|new\s+zealand|india"
    r"|singapore|hong\s+kong|south\s+africa)\b"
    r"|\b(?:english|scots|irish|dutch|swedish|norwegian|danish|finnish|german|french|australian)"
    r"\s+law\b",
    re.IGNORECASE,
)
#: A date's label in Spanish or Portuguese ("Fecha de emisión", "Data da emissão",
#: "Vencimento"): their writers put the day first whatever money they print ("$").
_LATIN_DATE_WORDS = re.compile(
    r"\b(?:fecha|emisi[óo]n|emiss[ãa]o|vencimiento|vencimento|data\s+d[aoe])\b", re.IGNORECASE
)
#: Dates and amounts looked at to learn a text's convention.
_MAX_CONVENTION_EVIDENCE = 50


def find_dates(text: str) -> list[dict[str, str]]:
    """Dates as ``{"text", "value"}`` with ``value`` in ISO 8601 (``YYYY-MM-DD``).

    Slashed dates are read month-first (US) unless the first number cannot be a month;
    dotted dates are day-first, as they are written in Europe.
    """
    return first_unique(
        ({"text": raw, "value": value} for _, _, raw, value in date_spans(text)),
        key="value",
        limit=MAX_ENTITIES,
    )


def date_spans(text: str, day_first: bool | None = None) -> list[tuple[int, int, str, str]]:
    """Every date in ``text`` as ``(start, end, text as written, ISO value)``, in order.

    A slashed date that could be either ("05/10/2026") is read the way the text's other
    dates show (one with a first number over 12 is day-first), else the way its money does
    (euros, pounds and francs without dollars: day-first), else, with no money, its language
    or the law it is governed by, else month-first; ``day_first``
    decides instead when given."""
    found: list[tuple[int, int, str, str]] = []
    taken = ClaimedSpans()
    if day_first is None:
        day_first = _day_first(text)
    for pattern, layout in _DATE_PATTERNS:
        for match in islice(pattern.finditer(text), MAX_MATCHES):
            if taken.overlaps(match):
                continue
            if layout == "compact" and not _COMPACT_LABEL.search(
                text, max(0, match.start() - 40), match.start()
            ):
                continue  # eight digits with no date's label: a number
            value = _date_value(match, layout, day_first=day_first)
            if value is not None:
                taken.add(match)
                found.append((match.start(), match.end(), " ".join(match.group(0).split()), value))
    return sorted(found)


def _day_first(text: str) -> bool:
    """Whether the text writes its slashed dates day first (see :func:`date_spans`)."""
    for match in islice(_SLASHED.finditer(text), _MAX_CONVENTION_EVIDENCE):
        first, second = int(match.group("a")), int(match.group("b"))
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
    if _LATIN_DATE_WORDS.search(text):  # no country that speaks them is month first
        return True
    european = sum(1 for _ in islice(_EUROPEAN_MONEY.finditer(text), _MAX_CONVENTION_EVIDENCE))
    dollars = sum(1 for _ in islice(_DOLLARS.finditer(text), _MAX_CONVENTION_EVIDENCE))
    if not european and not dollars:  # no money: a letter in French writes 09/05 for May
        return guess_language(text) in _DAY_FIRST_LANGUAGES or bool(_DAY_FIRST_LAW.search(text))
    return european > 0 and dollars == 0


def _date_value(match: re.Match[str], layout: str, *, day_first: bool = False) -> str | None:
    groups = match.groupdict()
    year = 2000 + int(groups["yy"]) if groups.get("yy") else int(groups["year"])
    if layout == "slash":
        first, second = int(groups["a"]), int(groups["b"])
        if first > 12 or (day_first and second <= 12):
            month, day = second, first
        else:
            month, day = first, second
    elif layout == "named":
        month = _MONTHS[groups["month"].lower().rstrip(".").replace("0", "o")]
        day = int(groups["day"])
    else:
        month, day = int(groups["month"]), int(groups["day"])
    if year not in _YEARS:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


_EMAIL = re.compile(
    r"\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}\b"
)


def find_emails(text: str) -> list[str]:
    """Email addresses, lower-cased, first-seen order."""
    matches = islice(_EMAIL.finditer(text), MAX_MATCHES)
    emails = [match.group(0).lower().rstrip(".") for match in matches]
    return list(dict.fromkeys(emails))[:MAX_ENTITIES]


def first_unique[T: dict[str, Any]](
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
