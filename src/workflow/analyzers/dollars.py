"""Whose dollar a bare "$" is: a document from Australia, Canada or New Zealand prints its
prices as "$12.50" as a US one does, and says where it is from elsewhere: the one other
dollar it names ("Amount Due AUD", "NZ$ 120.00"), or an Australian Business Number, a
Canadian GST/HST registration, sales tax or postal code, a New Zealand GST number, a state or
province with its postcode, a town with its four-digit postcode ("Auckland 1010", "Perth
6000"), a "+61"/"+64" telephone number, GST at the country's rate; the peso of Mexico and
other Latin American countries is "$" too. Without such evidence, or with a "USD"/"US$"
printed, "$" stays the US dollar. Australia, New Zealand and Latin America also write their
dates day first."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

#: Cities as an address prints them before their four-digit postcode ("Auckland 1010",
#: "Perth 6000"): no US, Canadian or British address puts four digits after its town.
_AUSTRALIAN_CITIES = (
    "Sydney|Melbourne|Brisbane|Perth|Adelaide|Hobart|Darwin|Canberra|Gold[ \t]+Coast"
    "|Newcastle|Wollongong|Geelong|Townsville|Cairns|Parramatta|Fremantle|Launceston"
)
_NEW_ZEALAND_CITIES = (
    "Auckland|Wellington|Christchurch|Hamilton|Tauranga|Dunedin|Napier|Nelson"
    "|Palmerston[ \t]+North|Rotorua|New[ \t]+Plymouth|Whangarei|Invercargill"
    "|Queenstown|Lower[ \t]+Hutt|Upper[ \t]+Hutt|Porirua|Whanganui|Gisborne|Timaru"
)
#: An address's postcode ends its line (or is followed by its country): "Sydney 2026" in a
#: sentence is a year.
#: A letterhead may run its address into its contacts on one line ("PO Box 311, Nelson 7040 ·
#: GST 112-304-556"): a dot or a bar between them ends the address as well.
_ADDRESS_END = r"(?=[ \t]*(?:,|$|[·•|]))"
#: A GST line with its rate and a sum in dollars ("GST 15%  $15.00", "incl. 10% GST  $9.09"):
#: Australia's GST is 10%, New Zealand's 15%; Canada's, Singapore's and India's are neither.
_GST_AT = (
    r"(?:\bGST\b[ \t:(@]*{rate}(?:\.0+)?[ \t]?%|(?<![\d.]){rate}(?:\.0+)?[ \t]?%[ \t]+GST\b)"
    r"[^\n$]{{0,30}}\$[ \t]?\d"
)
#: The country's own evidence, as its businesses print it, and its dollar.
_EVIDENCE = (
    (
        "AUD",
        re.compile(
            r"\bABN\b[ \t:.]*\d{2}[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{3}\b"
            # An Australian bank account's branch code: "BSB 062-341", "BSB/Acc 121017 01374670".
            r"|\bBSB\b(?:/Acc(?:ount)?)?[ \t:.]*\d{3}-?\d{3}\b"
            r"|\b(?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT)[ \t]+\d{4}\b(?![-/.]\d)"
            rf"|\b(?:{_AUSTRALIAN_CITIES}),?[ \t]+\d{{4}}{_ADDRESS_END}"
            r"|\+61[ \t(]*\d|^[ \t]*Australia[ \t]*$"
            rf"|{_GST_AT.format(rate=10)}",
            re.MULTILINE,
        ),
    ),
    (
        "CAD",
        re.compile(
            r"\bGST/HST\b|\bHST\b|\b(?:TPS|TVQ|QST)\b"
            r"|\b(?:AB|BC|MB|NB|NL|NS|ON|PE|QC|SK)[ \t]+[ABCEGHJ-NPRSTVXY]\d[A-Z][ ]?\d[A-Z]\d\b"
        ),
    ),
    (
        # Mexico's peso is written "$" too: its tax registration (RFC), electronic invoice
        # (CFDI) and company forms ("S.A. de C.V.") say so.
        "MXN",
        re.compile(
            r"\bRFC\b[ \t:.]*[A-Z&Ñ]{3,4}\d{6}[A-Z0-9]{3}\b|\bCFDI\b"
            r"|\bS\.?\s?A\.?\s+de\s+C\.?\s?V\.?(?!\w)|\bS\.?\s+de\s+R\.?\s?L\.?(?!\w)"
        ),
    ),
    (
        # Chile's peso: its tax number (RUT, "77.654.321-K") ends in a check digit or "K".
        "CLP",
        re.compile(r"\bR\.?U\.?T\.?[ \t:.N°º]*\d{1,2}\.\d{3}\.\d{3}-[\dkK]\b"),
    ),
    (
        # Argentina's peso: a tax number (CUIT, CUIL) is two, eight and one digits.
        "ARS",
        re.compile(r"\bCUI[TL]\b[ \t:.N°º]*\d{2}-\d{8}-\d\b"),
    ),
    (
        # Colombia's peso: a tax number (NIT) is nine digits grouped by dots, and a check digit.
        "COP",
        re.compile(r"\bNIT\b[ \t:.N°º]*\d{3}\.?\d{3}\.?\d{3}-\d\b"),
    ),
    (
        # Brazil's real, printed "$" alone now and then: a company's CNPJ
        # ("12.345.678/0001-90") or a person's CPF ("469.682.720-24").
        "BRL",
        re.compile(
            r"\b\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}\b"
            r"|\bCPF\b[ \t:.N°º]*\d{3}\.\d{3}\.\d{3}-\d{2}\b"
        ),
    ),
    (
        "NZD",
        re.compile(
            r"\bGST(?:[ \t]+(?:No\.?|Number|Reg(?:istration)?(?:[ \t]+No\.?)?))?[ \t:.]*"
            r"\d{2,3}-\d{3}-\d{3}\b"
            r"|\bNew[ \t]+Zealand\b|\bNZBN\b"
            r"|\bIRD[ \t]+(?:No\.?|Number)[ \t:.]*\d{2,3}-\d{3}-\d{3}\b"
            rf"|\b(?:{_NEW_ZEALAND_CITIES}),?[ \t]+\d{{4}}{_ADDRESS_END}"
            r"|\+64[ \t(]*\d|,[ \t]*NZ[ \t]*$"
            rf"|{_GST_AT.format(rate=15)}",
            re.MULTILINE,
        ),
    ),
)
#: Dollars other than the US's as documents name them: a code, or a sign with its country.
_OTHER_DOLLARS = re.compile(
    r"\b(?P<code>AUD|NZD|CAD|SGD|HKD|MXN|ARS|CLP|COP|BRL)\b"
    r"|(?<![^\W\d_])(?P<sign>AU?|NZ|CA?|S|HK|MX|R)\$"
)
_DOLLAR_SIGNS = {"A": "AUD", "AU": "AUD", "NZ": "NZD", "C": "CAD", "CA": "CAD", "S": "SGD",
                 "HK": "HKD", "MX": "MXN", "R": "BRL"}  # fmt: skip
#: Most other-dollar mentions read (a statement may list many).
_MAX_NAMED = 50
#: The dollar countries that write their dates day first.
_DAY_FIRST = frozenset({"AUD", "NZD", "SGD", "HKD", "MXN", "ARS", "CLP", "COP", "BRL"})
#: An Indian paper's own evidence: a "+91" telephone number, a GSTIN (state code, PAN, entity,
#: "Z", check character), a city with its six-digit PIN code ("Mumbai 400001",
#: "Chennai - 600002").
_INDIAN = re.compile(
    r"\+91[ \t-]?\d|\b\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]\b"
    r"|\b(?:Mumbai|Delhi|New[ \t]+Delhi|Bengaluru|Bangalore|Chennai|Kolkata|Hyderabad|Pune"
    r"|Ahmedabad|Jaipur|Lucknow|Kochi|Noida|Gurugram|Gurgaon|Chandigarh|Coimbatore|Nagpur"
    r"|Indore|Surat|Vadodara|Thane)[ \t,:-]+\d{3}[ \t]?\d{3}\b"
)
#: The US dollar said as such: then "$" is the US dollar.
_US_DOLLAR = re.compile(r"\bUSD\b|(?<![^\W\d_])US\$")
#: Characters read for the evidence (a letterhead and a footer print it).
_READ = 20_000


def local_dollar(text: str) -> str | None:
    """The one other dollar ``text`` names, else the dollar of the one country it says it is
    from, else ``None`` (US dollars named, several dollars, or no evidence)."""
    sample = text[:_READ]
    if _US_DOLLAR.search(sample):
        return None
    named = {
        match["code"] or _DOLLAR_SIGNS[match["sign"]]
        for match in islice(_OTHER_DOLLARS.finditer(sample), _MAX_NAMED)
    }
    if named:
        return named.pop() if len(named) == 1 else None
    found = {code for code, evidence in _EVIDENCE if evidence.search(sample)}
    return found.pop() if len(found) == 1 else None


def day_first_in(dollar: str | None, text: str = "") -> bool | None:
    """Australia, New Zealand, Singapore and Hong Kong write "05/01/2026" day first, and so
    does India, whose papers say so by their address or tax number when no rupee is printed
    (a font without "₹"); elsewhere the text decides."""
    if dollar in _DAY_FIRST:
        return True
    return True if dollar is None and _INDIAN.search(text[:_READ]) else None


def in_local_dollars(items: list[dict[str, Any]], dollar: str | None) -> list[dict[str, Any]]:
    """``items`` (amounts) with the US dollar read from a bare "$" as ``dollar``."""
    if dollar is None:
        return items
    return [{**item, "currency": dollar} if item.get("currency") == "USD" else item
            for item in items]  # fmt: skip


def figures_in_local_dollars(figures: dict[str, Any], dollar: str | None) -> None:
    """The money key figures (total, subtotal, tax, ...) in ``dollar``, in place."""
    if dollar is None:
        return
    for name, money in figures.items():
        if isinstance(money, dict) and money.get("currency") == "USD":
            figures[name] = {**money, "currency": dollar}


__all__ = ["day_first_in", "figures_in_local_dollars", "in_local_dollars", "local_dollar"]
