"""The document-number probes: one-page business papers whose own number a reader must pick
out from the others printed on them (:mod:`testbed.evaluation.probes`).

Each probe is drawn from the cross product of: the language and country (American and British
English, German, French, Dutch, Spanish, Italian, Portuguese, Swedish, Danish, Norwegian,
Finnish, Polish, Czech); the paper (invoice, bill, credit note, purchase order, order
confirmation, quote, statement, receipt) and its title; the number's label in that language
(:mod:`testbed.evaluation.probe_number_words`); the number's format (INV-2026-0417,
2026/0417, 0417/2026, F26-00417, RE 2026 0417, 000417, A-17/26, FV/2026/03/17 ...); where it
stands (label and value on a line, a band of labels over values, the right-hand panel beside
the address, the title line, a table's cell, a sentence asking to quote it); the numbers
beside it that are not its own (customer, the buyer's order, supplier, delivery note, the
invoice a credit note credits, VAT or company id, IBAN, telephone, "Page 1 of 1", dates);
and the rendering (:mod:`testbed.evaluation.probe_sheets`). The number, the issue date, the
total and the vendor are labelled where printed.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.probe_number_words import KIND_OF, PAPERS, WORDS
from testbed.evaluation.probe_sheets import rendering, sheet_case
from testbed.evaluation.truth import Case
from testbed.evaluation.variety_dues_print import Sheet
from testbed.evaluation.variety_dues_style import MONTHS, figure


@dataclass(frozen=True, slots=True)
class Country:
    """How a country prints money, dates and its registration numbers."""

    currency: str
    money: str  # "{n}" the figure
    group: str
    decimal: str
    #: strftime-like patterns of its dates: d, m, y (and "{month}" for its month name).
    dates: tuple[str, ...]
    months: str | None
    suffixes: tuple[str, ...]
    #: Its tax or company id, as printed: "#" a random digit.
    tax_id: tuple[str, ...]
    iban: str  # "#" a random digit
    phone: str


COUNTRIES: dict[str, Country] = {
    "en-US": Country("USD", "${n}", ",", ".", ("{month} {d}, {y}", "{m2}/{d2}/{y}"), "en",
                     ("Inc.", "LLC", "Corp."), ("EIN: ##-#######", "Tax ID ##-#######"),
                     "Routing ######### Account ##########", "(###) ###-####"),
    "en-GB": Country("GBP", "£{n}", ",", ".", ("{d} {month} {y}", "{d2}/{m2}/{y}"), "en",
                     ("Ltd", "Limited", "LLP"), ("VAT Reg. No. GB ### #### ##",
                                                 "Company No. ########"),
                     "GB## ABCD #### #### #### ##", "+44 ## #### ####"),
    "de": Country("EUR", "{n} €", ".", ",", ("{d2}.{m2}.{y}", "{d}. {month} {y}"), "de",
                  ("GmbH", "AG", "GmbH & Co. KG"), ("USt-IdNr.: DE#########",
                                                    "Steuernummer: ##/###/#####"),
                  "DE## #### #### #### #### ##", "+49 ## #######"),
    "fr": Country("EUR", "{n} €", " ", ",", ("{d2}/{m2}/{y}", "{d} {month} {y}"), "fr",
                  ("SARL", "SAS", "SA"), ("N° TVA intracom. : FR## #########",
                                          "SIRET : ### ### ### #####"),
                  "FR## #### #### #### #### #### ###", "+33 # ## ## ## ##"),
    "nl": Country("EUR", "€ {n}", ".", ",", ("{d2}-{m2}-{y}", "{d} {month} {y}"), "nl",
                  ("B.V.", "N.V."), ("BTW-nr: NL#########B01", "KvK: ########"),
                  "NL## ABNA #### #### ##", "+31 ## ### ####"),
    "es": Country("EUR", "{n} €", ".", ",", ("{d2}/{m2}/{y}", "{d} de {month} de {y}"), "es",
                  ("S.L.", "S.A."), ("NIF: B########", "CIF: B-########"),
                  "ES## #### #### ## ##########", "+34 ### ### ###"),
    "it": Country("EUR", "€ {n}", ".", ",", ("{d2}/{m2}/{y}", "{d} {month} {y}"), "it",
                  ("S.r.l.", "S.p.A."), ("P.IVA ###########", "C.F. e P.IVA ###########"),
                  "IT## X ##### ##### ############", "+39 ## #######"),
    "pt": Country("EUR", "{n} €", " ", ",", ("{d2}/{m2}/{y}", "{y}-{m2}-{d2}"), None,
                  ("Lda.", "S.A."), ("NIF: #########", "Contribuinte n.º #########"),
                  "PT50 #### #### ########### ##", "+351 ### ### ###"),
    "sv": Country("SEK", "{n} kr", " ", ",", ("{y}-{m2}-{d2}",), None, ("AB",),
                  ("Org.nr ######-####", "Momsreg.nr SE############"),
                  "SE## #### #### #### #### ####", "08-### ## ##"),
    "da": Country("DKK", "{n} kr.", ".", ",", ("{d2}.{m2}.{y}", "{d2}-{m2}-{y}"), None,
                  ("ApS", "A/S"), ("CVR-nr. ########", "CVR ## ## ## ##"),
                  "DK## #### #### #### ##", "+45 ## ## ## ##"),
    "no": Country("NOK", "kr {n}", " ", ",", ("{d2}.{m2}.{y}",), None, ("AS",),
                  ("Org.nr. ### ### ### MVA", "Foretaksregisteret NO ### ### ### MVA"),
                  "NO## #### ## #####", "+47 ## ## ## ##"),
    "fi": Country("EUR", "{n} €", " ", ",", ("{d}.{m}.{y}", "{d2}.{m2}.{y}"), None, ("Oy",),
                  ("Y-tunnus ###????-#", "ALV-nro FI########"),
                  "FI## #### #### #### ##", "+358 ## ### ####"),
    "pl": Country("PLN", "{n} zł", " ", ",", ("{d2}.{m2}.{y}", "{y}-{m2}-{d2}"), None,
                  ("Sp. z o.o.", "S.A."), ("NIP: ###-###-##-##", "REGON: #########"),
                  "PL## #### #### #### #### #### ####", "+48 ## ### ## ##"),
    "cs": Country("CZK", "{n} Kč", " ", ",", ("{d2}.{m2}.{y}", "{d}. {m}. {y}"), None,
                  ("s.r.o.", "a.s."), ("IČO: ########", "DIČ: CZ########"),
                  "CZ## #### #### #### #### ####", "+420 ### ### ###"),
}  # fmt: skip

#: Invented names of the businesses printing the papers, and of their customers.
_VENDORS = (
    "Halvard Tessaro",
    "Brightmoor Supply",
    "Kestrel & Wynn",
    "Orvalla Systems",
    "Lindqvist Verktyg",
    "Moravec Technika",
    "Vantona Servizi",
    "Quintel Ibérica",
    "Noordhaven Techniek",
    "Feldmark Haustechnik",
    "Atelier Rousselin",
    "Polar Bay Trading",
)
_CUSTOMERS = (
    "Greyfield Dental Practice",
    "Hofmann Bäckerei",
    "Studio Verhoef",
    "Cantina Bellavista",
    "Norrland Bygg",
    "Praha Print Centrum",
    "Oakridge Veterinary",
)
_ITEMS = (
    "Consulting services",
    "Annual maintenance",
    "Spare parts kit",
    "Installation",
    "Freight and packing",
    "Licence renewal",
    "Cleaning service",
    "Printed brochures",
)
#: An item table's column headers, by language: description, quantity, amount.
_COLUMNS = {
    "en": ("Description", "Qty", "Amount"), "de": ("Bezeichnung", "Menge", "Betrag"),
    "fr": ("Désignation", "Qté", "Montant"), "nl": ("Omschrijving", "Aantal", "Bedrag"),
    "es": ("Descripción", "Cant.", "Importe"), "it": ("Descrizione", "Q.tà", "Importo"),
    "pt": ("Descrição", "Qtd.", "Valor"), "sv": ("Beskrivning", "Antal", "Belopp"),
    "da": ("Beskrivelse", "Antal", "Beløb"), "no": ("Beskrivelse", "Antall", "Beløp"),
    "fi": ("Kuvaus", "Määrä", "Summa"), "pl": ("Opis", "Ilość", "Wartość"),
    "cs": ("Popis", "Množství", "Částka"),
}  # fmt: skip
#: The letters a paper's number opens with, by paper.
_PREFIXES = {
    "invoice": ("INV", "RE", "F", "FA", "FV", "R"), "bill": ("B", "INV", "RE"),
    "credit": ("CN", "GS", "AV", "NC", "KR"), "po": ("PO", "BE", "OA", "BC"),
    "confirm": ("OC", "AB", "SO"), "quote": ("Q", "AN", "DV", "OF"), "statement": ("ST", "SOA"),
    "receipt": ("R", "RC", "KV"),
}  # fmt: skip

type NumberFormat = Callable[[random.Random, str, dt.date], str]


def _initial(prefix: str) -> str:
    """The prefix's first letter, as a one-letter series: never I or O, which numbering
    schemes avoid before digits (read as 1 and 0)."""
    return prefix[0] if prefix[0] not in "IO" else "F"


def _serial(rng: random.Random, width: int) -> str:
    return f"{rng.randint(1, 10 ** (width - 1) * 3):0{width}d}"


#: The ways a paper's number is printed: letters, year, month and a serial in their orders.
NUMBER_FORMATS: tuple[NumberFormat, ...] = (
    lambda rng, p, day: f"{p}-{day.year}-{_serial(rng, 4)}",  # INV-2026-0417
    lambda rng, p, day: f"{day.year}/{_serial(rng, 4)}",  # 2026/0417
    lambda rng, p, day: f"{_serial(rng, 4)}/{day.year}",  # 0417/2026
    lambda rng, p, day: f"{_initial(p)}{day:%y}-{_serial(rng, 5)}",  # F26-00417
    lambda rng, p, day: f"{p} {day.year} {_serial(rng, 4)}",  # RE 2026 0417
    lambda rng, p, day: _serial(rng, 6),  # 000417
    lambda rng, p, day: f"{_initial(p)}-{rng.randint(1, 999)}/{day:%y}",  # A-17/26
    lambda rng, p, day: f"{p}/{day.year}/{day.month:02d}/{rng.randint(1, 999)}",  # FV/2026/03/17
    lambda rng, p, day: f"{p}{_serial(rng, 6)}",  # INV004172
    lambda rng, p, day: f"{day.year}{_serial(rng, 5)}",  # 202600417
    lambda rng, p, day: f"{p}-{_serial(rng, 5)}",  # PO-00417
    lambda rng, p, day: str(rng.randint(10000, 99999999)),  # 4172288
)
#: Languages whose letters the shared typesetter's standard PDF fonts lack.
_BEYOND_LATIN_1 = frozenset({"cs", "pl"})
#: Words naming an invoice in date labels ("Invoice Date", "Rechnungsdatum"): only an
#: invoice's date is labelled so.
_INVOICE_WORDS = ("invoice", "rechnung", "facture", "factuur", "factura", "fattura", "fatura",
                  "faktura", "lasku")  # fmt: skip
#: Where the number stands (``sentence``: only invoices and bills ask to quote it).
PLACEMENTS = ("line", "band", "panel", "title", "cell", "sentence")


def build_number_probes(seed: int, count: int) -> list[Case]:
    """``count`` number probes drawn from ``seed``, named ``probe-numbers-<seed>-NNN``."""
    return [_probe(seed, index) for index in range(count)]


def _probe(seed: int, index: int) -> Case:
    rng, language, paper, placement, how = draw_axes(seed, index)
    sheet, writer = number_sheet(rng, language, paper, placement)
    case_id = f"probe-numbers-{seed}-{index + 1:03d}[{language} {paper} {placement} {how}]"
    return sheet_case(case_id, sheet, writer.labels(KIND_OF[paper]), how, rng)


def draw_axes(seed: int, index: int) -> tuple[random.Random, str, str, str, str]:
    """Probe ``index``'s generator and its language, paper, placement and rendering."""
    rng = random.Random(f"probe-numbers-{seed}-{index}")  # noqa: S311 - a sample, not a secret
    language = rng.choice(sorted(WORDS))
    paper = rng.choice(PAPERS)
    placement = rng.choice(PLACEMENTS if paper in ("invoice", "bill") else PLACEMENTS[:-1])
    how = rendering(rng)
    if how == "pdf-flow" and language in _BEYOND_LATIN_1:
        how = "pdf"  # the typesetter's standard fonts print no "č" or "ł": set it at positions
    return rng, language, paper, placement, how


def _filled(rng: random.Random, pattern: str) -> str:
    """``pattern`` with each "#" a random digit and each "?" a random digit too."""
    return "".join(str(rng.randint(0, 9)) if ch in "#?" else ch for ch in pattern)


def _day(country: Country, rng: random.Random, day: dt.date) -> str:
    pattern = rng.choice(country.dates)
    month = MONTHS[country.months][day.month - 1] if country.months else ""
    return pattern.format(d=day.day, d2=f"{day.day:02d}", m=day.month, m2=f"{day.month:02d}",
                          y=day.year, month=month)  # fmt: skip


def _money(country: Country, amount: float) -> str:
    return country.money.format(n=figure(amount, country.group, country.decimal))


def number_sheet(  # noqa: PLR0915 - one page, written top to bottom
    rng: random.Random, language: str, paper: str, placement: str
) -> tuple[Sheet, Writer]:
    """One paper's page with its own number printed at ``placement``, and its labels."""
    words, country = WORDS[language], COUNTRIES[language]
    w = Writer(rng)  # its own money and date styles unused: the country's are
    w.currency = country.currency
    issued = dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(0, 500))
    prefixes = _PREFIXES[paper]
    shape = rng.choice(NUMBER_FORMATS)
    number = shape(rng, rng.choice(prefixes), issued)
    title = rng.choice(words.titles[paper])

    issuer = f"{rng.choice(_VENDORS)} {rng.choice(country.suffixes)}"
    customer = w.plain_org(rng.choice(_CUSTOMERS))
    head = [
        w.key("vendor", w.plain_org(issuer)) if paper != "po" else w.plain_org(issuer),
        "Industrial Park 12, 4410 Riverside",
        f"{words.phone} {_filled(rng, country.phone)}",
    ]
    if paper != "po":
        w.vendor = issuer
    tax_id = _filled(rng, rng.choice(country.tax_id))
    iban = _filled(rng, country.iban)

    # The numbers printed beside the paper's own, none of them its own.
    others = [(rng.choice(words.customer), _other_number(rng, number, "customer"))]
    if paper in ("invoice", "bill", "credit", "confirm"):
        others.append((rng.choice(words.order), _other_number(rng, number, "order")))
    if paper in ("invoice", "credit") and rng.random() < 0.5:
        others.append((rng.choice(words.delivery), _other_number(rng, number, "delivery")))
    if paper == "po":
        others.append((rng.choice(words.supplier), _other_number(rng, number, "supplier")))
    if paper == "credit":
        original = shape(rng, rng.choice(prefixes), issued - dt.timedelta(days=20))
        if original != number:
            others.append((words.original, original))
    rng.shuffle(others)
    own = (rng.choice(words.labels[paper]), w.key("documentNumber", number))
    w.number = number
    dates = [
        label
        for label in words.date
        if paper in ("invoice", "bill", "credit")
        or not any(word in label.casefold() for word in _INVOICE_WORDS)
    ]
    dated = (rng.choice(dates or words.date[:1]), _issue(w, country, rng, issued))
    fields = [own, dated, *others] if rng.random() < 0.6 else [dated, *others[:1], own, *others[1:]]

    body: list[Block] = []
    sheet = Sheet(head=head, address=[customer, "Market Street 4", "1200 Eastbourne"])
    sheet.footer = [f"{tax_id} · IBAN {iban}", words.page]
    if rng.random() < 0.3:
        sheet.running, sheet.footer = f"{issuer} · {words.page}", sheet.footer[:1]
    if placement in ("title", "sentence"):
        fields = [pair for pair in fields if pair is not own]
        if placement == "title":
            w.marked.discard("documentNumber")
            body.append(("title", f"{title} {w.key('documentNumber', number)}"))
        else:
            body.append(("title", title))
    else:
        body.append(("title", title))
    _place(rng, sheet, body, placement, fields)
    body.extend(_items(rng, w, language, paper))
    if placement == "sentence":
        w.marked.discard("documentNumber")
        sentence = rng.choice(words.quote_it).format(n=w.key("documentNumber", number))
        body.append(("para", f"IBAN {iban}. {sentence}"))
    sheet.body = body
    return sheet, w


def _issue(w: Writer, country: Country, rng: random.Random, issued: dt.date) -> str:
    """The issue date as the country writes it, labelled and marked."""
    w.dates.append(("issue", issued.isoformat()))
    return w.key("issueDate", _day(country, rng, issued))


#: How the other numbers are printed, by what they number.
_OTHER_SHAPES = {
    "customer": ("{d6}", "K-{d5}", "{d8}", "C{d5}", "{d4}-{d3}"),
    "order": ("{d6}", "PO-{d5}", "{d8}", "{d4}-{d3}", "4500{d6}"),
    "delivery": ("{d6}", "LS-{d6}", "DN{d5}", "{d8}"),
    "supplier": ("{d5}", "V-{d4}", "{d6}"),
}


def _other_number(rng: random.Random, own: str, role: str) -> str:
    """A number of another paper (customer, order, delivery note), never the own one."""
    while True:
        shape = rng.choice(_OTHER_SHAPES[role])
        text = shape.format(d3=_serial(rng, 3), d4=_serial(rng, 4), d5=_serial(rng, 5),
                            d6=_serial(rng, 6), d8=_serial(rng, 8))  # fmt: skip
        if text != own:
            return text


def _place(
    rng: random.Random,
    sheet: Sheet,
    body: list[Block],
    placement: str,
    fields: list[tuple[str, str]],
) -> None:
    """The fields (the number among them unless it stands in the title or a sentence) where
    ``placement`` puts them."""
    if placement == "band":
        body.append(("table", [[label for label, _ in fields], [value for _, value in fields]]))
    elif placement == "cell":
        body.append(("table", [[label, value] for label, value in fields]))
    elif placement == "line":
        body.append(("kv", fields))
    else:  # the right-hand panel beside the address
        sheet.panel = fields
        sheet.panel_style = rng.choice(("box", "stack"))
        sheet.text_panel = rng.choice(("kv", "columns", "kv_below"))


def _items(rng: random.Random, w: Writer, language: str, paper: str) -> list[Block]:
    """The paper's table and its total: items and prices, or a statement's open invoices."""
    words, country = WORDS[language], COUNTRIES[language]
    rows: list[list[str]] = []
    net = 0.0
    for item in rng.sample(_ITEMS, rng.randint(1, 3)):
        amount = round(rng.uniform(20, 2400), 2)
        net = round(net + amount, 2)
        if paper == "statement":
            listed = f"{words.titles['invoice'][-1]} {_serial(rng, 5)}"
            rows.append([listed, _money(country, amount)])
            w.line_item(listed, None, None, amount)
        else:
            rows.append([item, "1", _money(country, amount)])
            w.line_item(item, 1, amount, amount)
            w.amounts.append((amount, country.currency))
    described, counted, priced = _COLUMNS[language.split("-", maxsplit=1)[0]]
    header = [described, priced] if paper == "statement" else [described, counted, priced]
    total_label = rng.choice(words.total)
    if paper == "statement":
        return [("table", [header, *rows]), ("kv", [(total_label, _money(country, net))])]
    w.total = (net, country.currency)
    w.amounts.append((net, country.currency))
    return [
        ("table", [header, *rows]),
        ("kv", [(total_label, w.key("total", _money(country, net)))]),
    ]


__all__ = [
    "COUNTRIES", "NUMBER_FORMATS", "PLACEMENTS", "build_number_probes", "draw_axes", "number_sheet",
]  # fmt: skip
