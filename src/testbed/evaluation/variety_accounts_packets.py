"""Packets of account papers, for :mod:`testbed.evaluation.variety_accounts`: one PDF bundling
two to four documents as a claims office or an accounts department receives them (a cover
letter, the repair invoice and a till slip; a claim form with the invoices behind it; a
statement of account with its remittance slip; two months of bank statements; an invoice and
the credit note against it), typeset and scanned pages mixed, "Page 1 of 2" restarting, an
invoice or a statement running over two pages. Each document is labelled as a section.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from testbed.evaluation.corpus import Case
from testbed.evaluation.variety_accounts_banks import moves
from testbed.evaluation.variety_accounts_ledgers import account_statement, bank_pages
from testbed.evaluation.variety_accounts_paper import (
    INVOICE,
    LONG,
    cash,
    claim_form,
    doc,
    invoice,
    letter,
    till,
    who,
)
from testbed.evaluation.variety_accounts_style import Doc, cents, month_end, someday
from testbed.evaluation.variety_packets import marked, packet_case
from testbed.evaluation.variety_pages import Page

#: One bundled document: its kind, its writer, its pages, and whether they are scans.
type Part = tuple[str, Doc, list[Page], bool]

_GARAGES = (
    "Hollis Motor Repairs Ltd",
    "Autohaus Renz GmbH",
    "Garage Besson SARL",
    "Talleres Navarro, S.L.",
    "Carrozzeria Ferri S.r.l.",
)
_CUSTOMERS = {
    "en": "Mr Daniel Whitmore",
    "de": "Frau Katrin Seidel",
    "fr": "M. Julien Perrot",
    "es": "D. Ramón Ortiz",
    "it": "Sig. Marco Gatti",
}
_LETTERS = {
    "en": (
        "Claim {ref} - windscreen replacement",
        [
            "Please find enclosed the repair invoice and the "
            "receipt for the items bought on the day,",
            "in support of the above claim. We would be "
            "grateful for settlement at your earliest convenience.",
        ],
    ),
    "de": (
        "Schadenmeldung {ref} - Unterlagen",
        [
            "anbei übersenden wir Ihnen die Rechnung der Werkstatt sowie die Gutschrift",
            "zu der oben genannten Schadennummer mit der Bitte um Regulierung.",
        ],
    ),
    "fr": (
        "Sinistre {ref} - pièces justificatives",
        [
            "Veuillez trouver ci-joint la facture du garage et le ticket de caisse",
            "relatifs au sinistre cité en référence.",
        ],
    ),
}


def _claim_letter(rng: random.Random, lang: str, insurer: str, day: dt.date, ref: str) -> Part:
    d = doc(rng, lang)
    subject, body = _LETTERS[lang]
    sender = {
        "en": "Ashford & Vale Insurance Brokers Ltd",
        "de": "Maklerbüro Thiel GmbH",
        "fr": "Cabinet Fournier Assurances SARL",
    }[lang]
    to = [
        insurer,
        {"en": "Claims Department", "de": "Schadenabteilung", "fr": "Service Sinistres"}[lang],
        {
            "en": "PO Box 88, Norwich NR1 3NG",
            "de": "Postfach 2210, 80331 München",
            "fr": "BP 412, 75008 Paris",
        }[lang],
    ]
    signer = {"en": "Eleanor Hargreaves", "de": "Tobias Thiel", "fr": "Sophie Fournier"}[lang]
    d.org(insurer)
    return (
        "letter",
        d,
        letter(d, lang, sender, to, day, subject.format(ref=ref), body, signer),
        False,
    )


def _invoice(
    rng: random.Random,
    lang: str,
    vendor: str,
    day: dt.date,
    *,
    pages: int = 1,
    scanned: bool = False,
    numbered: bool = True,
) -> Part:
    d = doc(rng, lang)
    sheets = invoice(d, rng, lang, vendor, _CUSTOMERS[lang], day, pages=pages, numbered=numbered)
    return "invoice", d, sheets, scanned


def _credit(rng: random.Random, lang: str, vendor: str, day: dt.date, against: str) -> Part:
    """A short credit note of the vendor of the invoice before it."""
    d = doc(rng, lang)
    title, number_l, date_l, ref_l, total_l = {
        "en": ("CREDIT NOTE", "Credit note no.", "Date", "Credits invoice", "Total credit"),
        "de": ("GUTSCHRIFT", "Gutschrift-Nr.", "Datum", "zu Rechnung", "Gutschriftsbetrag"),
        "fr": ("AVOIR", "Avoir n°", "Date", "Sur facture", "Total avoir TTC"),
    }[lang]
    value = cents(rng, 20, 180)
    page = Page()
    page.add(d.vendor(vendor), title, style="bold")
    page.add("")
    page.add(
        who(d, _CUSTOMERS[lang]), f"{number_l} {d.number(f'{title[:2]}{rng.randint(100, 999)}')}"
    )
    page.add("", f"{date_l}: {d.day(day, LONG[lang], 'issue')}")
    page.add("", f"{ref_l} {against}")
    page.add("")
    reason = {
        "en": "Goodwill discount on labour",
        "de": "Kulanz Arbeitszeit",
        "fr": "Geste commercial main d'oeuvre",
    }[lang]
    page.row([d.item(reason, -value), "", "", d.num(-value)])
    page.row(["", "", total_l, d.total(-value, cash(d, lang, -value))], style="bold")
    return "invoice", d, [page], False


def _claim(rng: random.Random, lang: str) -> list[Part]:
    """Cover letter, the garage's invoice, a till slip scanned."""
    day = someday(rng)
    insurer = {
        "en": "Harbourside Mutual Insurance plc",
        "de": "Rheinische Versicherung AG",
        "fr": "Mutuelle Alpine d'Assurances",
    }[lang]
    ref = f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
    garage = _GARAGES[("en", "de", "fr").index(lang)]
    shop = {
        "en": "Moto Services Kettering",
        "de": "ARAL Tankstelle Sindelfingen",
        "fr": "Relais Total Dardilly",
    }[lang]
    d = doc(rng, lang)
    return [
        _claim_letter(rng, lang, insurer, day, ref),
        _invoice(rng, lang, garage, day - dt.timedelta(days=6), pages=rng.choice((1, 2))),
        ("receipt", d, till(d, rng, lang, shop, day - dt.timedelta(days=8)), True),
    ]


def _claim_form(rng: random.Random) -> list[Part]:
    """A motor claim form with the two invoices it lists behind it, the second scanned."""
    day = someday(rng)
    first = _invoice(rng, "en", _GARAGES[0], day - dt.timedelta(days=5), pages=2)
    second = _invoice(
        rng, "en", "Kettering Tyre & Exhaust Ltd", day - dt.timedelta(days=3), scanned=True
    )
    d = doc(rng, "en")
    spent = [
        (f"Invoice {p[1].w.number} ({d.org(p[1].w.vendor or '')})", p[1].w.total[0])
        for p in (first, second)
        if p[1].w.total
    ]
    return [
        (
            "form",
            d,
            claim_form(d, rng, "Daniel Whitmore", "Harbourside Mutual Insurance plc", day, spent),
            False,
        ),
        first,
        second,
    ]


def _expenses(rng: random.Random) -> list[Part]:
    """A claim form listing the receipts stapled behind it, all scanned."""
    day = someday(rng)
    slips = []
    for index, shop in enumerate(
        rng.sample(
            (
                "Moto Services Kettering",
                "Welcome Break Newport Pagnell",
                "Costa Coffee Milton Keynes",
            ),
            rng.randint(2, 3),
        )
    ):
        d = doc(rng, "en")
        slips.append(
            ("receipt", d, till(d, rng, "en", shop, day - dt.timedelta(days=index + 2)), True)
        )
    d = doc(rng, "en")
    spent = [
        (f"Receipt {d.org(p[1].w.vendor or '')}", p[1].w.total[0]) for p in slips if p[1].w.total
    ]
    form = claim_form(d, rng, "Priya Raman", "Beacon Travel Insurance Ltd", day, spent)
    return [("form", d, form, True), *slips]


def _statement_slip(rng: random.Random) -> list[Part]:
    """A supplier's covering letter, then its statement of account and remittance slip."""
    day = someday(rng)
    supplier = "Brightstone Fasteners Ltd"
    d = doc(rng, "en")
    cover = letter(
        d,
        "en",
        supplier,
        ["Accounts Payable", "Oakham Joinery Ltd", "Mill Lane, Oakham LE15 6AB"],
        day,
        "Statement of account",
        [
            "Please find your statement of account enclosed. Two "
            "invoices are now past their terms;",
            "we would be grateful for payment by return.",
        ],
        "Gareth Moss",
    )
    d.org("Oakham Joinery Ltd")
    s = doc(rng, "en")
    return [
        ("letter", d, cover, False),
        (
            "statement",
            s,
            account_statement(s, rng, supplier, "Oakham Joinery Ltd", day, slip=True),
            rng.random() < 0.5,
        ),
    ]


def _statement_invoices(rng: random.Random) -> list[Part]:
    """A statement of account followed by two of the supplier's invoices."""
    day = someday(rng)
    supplier = "Brightstone Fasteners Ltd"
    s = doc(rng, "en")
    return [
        (
            "statement",
            s,
            account_statement(s, rng, supplier, "Oakham Joinery Ltd", day, slip=False),
            False,
        ),
        _invoice(rng, "en", supplier, day - dt.timedelta(days=20)),
        _invoice(rng, "en", supplier, day - dt.timedelta(days=9), scanned=True),
    ]


def _bank_months(rng: random.Random) -> list[Part]:
    """One account's statements of two months, each over two pages, "Page 1 of 2" restarting."""
    start = someday(rng).replace(day=1)
    parts: list[Part] = []
    opening = cents(rng, 400, 2500)
    for _ in range(2):
        end = month_end(start)
        d = doc(rng, "en")
        rows = moves(rng, "uk", start, end, rng.randint(8, 12))
        parts.append(
            (
                "statement",
                d,
                bank_pages(d, rng, "Carrick Bank plc", "Helen Marsh", start, end, rows, opening),
                False,
            )
        )
        opening = round(opening + sum(r[2] for r in rows), 2)
        start = end + dt.timedelta(days=1)
    return parts


def _bank_letter(rng: random.Random) -> list[Part]:
    """A bank's letter about changes to the account, then the statement it came with."""
    start = someday(rng).replace(day=1)
    end = month_end(start)
    d = doc(rng, "en")
    note = letter(
        d,
        "en",
        "Carrick Bank plc",
        ["Mrs Helen Marsh", "12 Abbey Close", "Bath BA2 4QT"],
        end + dt.timedelta(days=2),
        "Changes to your account terms",
        [
            "From next month the monthly account fee will change. The new terms are enclosed",
            "with this statement; you need do nothing if you are happy with them.",
        ],
        "Ian Crowther",
    )
    d.person("Helen Marsh")
    s = doc(rng, "en")
    rows = moves(rng, "uk", start, end, rng.randint(8, 12))
    return [
        ("letter", d, note, False),
        (
            "statement",
            s,
            bank_pages(
                s, rng, "Carrick Bank plc", "Helen Marsh", start, end, rows, cents(rng, 300, 2000)
            ),
            False,
        ),
    ]


def _invoice_credit(lang: str) -> Callable[[random.Random], list[Part]]:
    def build(rng: random.Random) -> list[Part]:
        """An invoice and the credit note against it, the credit note scanned or not."""
        day = someday(rng)
        vendor = _GARAGES[("en", "de", "fr").index(lang)]
        bill = _invoice(rng, lang, vendor, day)
        credit = _credit(
            rng, lang, vendor, day + dt.timedelta(days=rng.randint(3, 20)), bill[1].w.number or ""
        )
        return [bill, (*credit[:3], rng.random() < 0.5)]

    build.__name__ = f"invoice_credit_{lang}"
    return build


def _batch(langs: tuple[str, ...]) -> Callable[[random.Random], list[Part]]:
    def build(rng: random.Random) -> list[Part]:
        """Several suppliers' invoices scanned in one batch, one of them over two pages."""
        parts = []
        for index, lang in enumerate(langs):
            vendor = _GARAGES[("en", "de", "fr", "es", "it").index(lang)]
            parts.append(
                _invoice(
                    rng,
                    lang,
                    vendor,
                    someday(rng),
                    pages=2 if index == 0 else 1,
                    scanned=index % 2 == 1,
                )
            )
        return parts

    build.__name__ = "batch_" + "_".join(langs)
    return build


#: (name, the packet's parts).
PACKETS: tuple[tuple[str, Callable[[random.Random], list[Part]]], ...] = (
    ("claim-en", lambda rng: _claim(rng, "en")),
    ("claim-de", lambda rng: _claim(rng, "de")),
    ("claim-fr", lambda rng: _claim(rng, "fr")),
    ("claim-form", _claim_form),
    ("expenses", _expenses),
    ("statement-slip", _statement_slip),
    ("statement-invoices", _statement_invoices),
    ("bank-months", _bank_months),
    ("bank-letter", _bank_letter),
    ("invoice-credit-en", _invoice_credit("en")),
    ("invoice-credit-de", _invoice_credit("de")),
    ("batch-es-it", _batch(("es", "it"))),
    ("batch-it-fr-de", _batch(("it", "fr", "de"))),
)


def build_account_packets(seed: str) -> list[Case]:
    """Each packet drawn once as one PDF, named ``accounts-packet-<name>``."""
    cases = []
    for name, build in PACKETS:
        rng = random.Random(f"{seed}-accounts-packet-{name}")  # noqa: S311 - not for secrets
        parts = build(rng)
        pages: list[Page] = []
        ranges = []
        for at, (_, _, sheets, scanned) in enumerate(parts):
            first = len(pages) + 1
            pages += [marked(sheet, f"{at}.", scanned) for sheet in sheets]
            ranges.append((first, len(pages)))
        labels = [d.w.labels(kind) for kind, d, _, _ in parts]
        cases.append(
            packet_case(
                f"accounts-packet-{name}",
                name,
                pages,
                labels,
                ranges,
                scanned=any(part[3] for part in parts),
            )
        )
    return cases


__all__ = ["INVOICE", "PACKETS", "build_account_packets"]
