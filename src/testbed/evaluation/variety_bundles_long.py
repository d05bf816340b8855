"""Single documents of several pages that a reader never splits, for the bundle generators
(:mod:`testbed.evaluation.variety_bundles`): a services agreement with its annexes under one
agreement number, a report whose chapters each start on a new page, an invoice followed by
its terms and conditions or by the remittance slip to send back, a supplier's statement of
account over two pages, and a letter whose second page carries only a running header.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_bundles_style import Doc, address, bare, firm, footer, later
from testbed.evaluation.variety_bundles_trade import invoice


def agreement_with_annexes(
    rng: random.Random, provider: tuple[str, str], client: tuple[str, str], day: dt.date
) -> Doc:
    """A master services agreement: its number and date, the parties, clauses over two pages,
    signatures, then Annex A (fees, a table) and Annex B (service levels), each on a page of
    its own and headed with the agreement's number."""
    w = Writer(rng, currency=rng.choice(("GBP", "USD")))
    number = f"MSA-{day.year}-{rng.randint(10, 99):03d}"
    w.number = number
    start = later(day, rng.choice((14, 30)))
    end = dt.date(start.year + 2, start.month, 1) - dt.timedelta(days=1)
    ours, theirs = firm(w, provider), firm(w, client)
    clauses = [
        (
            "1. Definitions",
            'In this Agreement, "Services" means the managed IT services described '
            'in Annex B, and "Fees" means the charges set out in Annex A.',
        ),
        (
            "2. Term",
            f"This Agreement commences on {w.date(start, 'effective')} and continues until "
            f"{w.date(end, 'end')} unless terminated earlier under clause 9.",
        ),
        ("3. Services", "The Provider shall perform the Services with reasonable skill and care."),
        (
            "4. Fees and payment",
            "The Client shall pay the Fees monthly in advance within 30 days "
            "of the date of each invoice.",
        ),
        ("5. Data protection", "Each party shall comply with applicable data protection law."),
        (
            "6. Liability",
            "Neither party limits liability for death or personal injury caused by negligence.",
        ),
        (
            "7. Confidentiality",
            "Each party shall keep the other's confidential information secret.",
        ),
        ("8. Change control", "Changes to the Services are agreed in writing by both parties."),
        ("9. Termination", "Either party may terminate on 90 days' written notice."),
    ]
    first: list[Block] = [
        ("title", "MASTER SERVICES AGREEMENT"),
        (
            "kv",
            [("Agreement No.", w.key("documentNumber", number)), ("Date", w.date(day, "issue"))],
        ),
        (
            "para",
            f'This Agreement is made between {ours} (the "Provider") and {theirs} (the "Client").',
        ),
    ]
    for heading, text in clauses[:5]:
        first += [("heading", heading), ("para", text)]
    second: list[Block] = []
    for heading, text in clauses[5:]:
        second += [("heading", heading), ("para", text)]
    people = [
        w.person(rng.choice(("Gareth Lyle", "Naomi Fenwick"))),
        w.person(rng.choice(("Abigail Stroud", "Tobias Kerr"))),
    ]
    second.append(
        (
            "columns",
            [
                ("For the Provider", "For the Client"),
                ("", ""),
                tuple(people),
                ("Director", "Chief Operating Officer"),
            ],
        )
    )
    fees = [["Service", "Unit", "Monthly fee"]]
    for service, unit, fee in (
        ("Service desk", "per user", 18.0),
        ("Server monitoring", "per server", 42.0),
        ("Backup 1 TB", "per TB", 65.0),
    ):
        fees.append([service, unit, bare(w, fee)])
    annex_a: list[Block] = [
        ("lines", [f"Agreement {number}"]),
        ("title", "ANNEX A - FEE SCHEDULE"),
        ("table", fees),
        ("para", "Fees are exclusive of VAT and are reviewed annually in line with CPI."),
    ]
    annex_b: list[Block] = [
        ("lines", [f"Agreement {number}"]),
        ("title", "ANNEX B - SERVICE LEVELS"),
        (
            "table",
            [
                ["Priority", "Response", "Resolution"],
                ["P1", "30 minutes", "4 hours"],
                ["P2", "2 hours", "1 business day"],
                ["P3", "1 business day", "5 business days"],
            ],
        ),
    ]
    pages = [first, second, annex_a, annex_b]
    if rng.random() < 0.5:
        for index, page in enumerate(pages, 1):
            page.append(footer(rng, "of", index, len(pages)))
    return Doc("contract", pages, w)


def chapter_report(rng: random.Random, author: tuple[str, str], day: dt.date) -> Doc:
    """A consultant's report: a title page (client, author, date), contents, then each
    numbered chapter starting on a page of its own; no page numbers, or bare ones."""
    w = Writer(rng, currency="GBP")
    title = rng.choice(
        ("Condition Survey Report", "Energy Efficiency Review", "Fire Risk Assessment")
    )
    writer = w.person(rng.choice(("Dr Ingrid Sundqvist", "Patrick Halloran")))
    cover: list[Block] = [
        ("title", title),
        (
            "lines",
            [
                "Riverside House, Tacoma",
                "",
                f"Prepared by {writer}",
                firm(w, author),
                "",
                w.date(day, "issue"),
                "Version 1.2 - Final",
            ],
        ),
        ("heading", "Contents"),
        ("lines", ["1  Introduction", "2  Findings", "3  Recommendations"]),
    ]
    chapters = [
        (
            "1  Introduction",
            "This report sets out the findings of our inspection of the building "
            "and its services, carried out over two days.",
        ),
        (
            "2  Findings",
            "The roof coverings are in fair condition; flashings to the north elevation "
            "require renewal. The heating plant is nearing the end of its life.",
        ),
        (
            "3  Recommendations",
            "We recommend the works below are programmed over the next three "
            "financial years, with the roof repairs given priority.",
        ),
    ]
    pages = [cover]
    for heading, text in chapters:
        pages.append([("heading", heading), ("para", text), ("para", text)])
    if rng.random() < 0.5:
        for index, page in enumerate(pages[1:], 2):
            page.append(("lines", ["", f"{title}  |  {index}"]))
    return Doc("report", pages, w)


def invoice_with_terms(
    rng: random.Random, vendor: tuple[str, str], customer: tuple[str, str], day: dt.date
) -> Doc:
    """An invoice whose second page is the seller's conditions of sale, titled."""
    doc = invoice(
        rng, vendor, customer, day, f"{rng.randint(400000, 499999)}", style="uk", footers=None
    )
    doc.pages.append(
        [
            ("title", "TERMS AND CONDITIONS OF SALE"),
            ("para", "1. These conditions apply to all goods supplied by the Seller."),
            (
                "para",
                "2. Payment is due by the date shown on the invoice. Interest is charged on late "
                "payment under the Late Payment of Commercial Debts (Interest) Act 1998.",
            ),
            ("para", "3. Title in the goods passes only when payment has been received in full."),
            ("para", "4. Claims for shortages must be notified within 48 hours of delivery."),
        ]
    )
    return doc


def invoice_with_slip(
    rng: random.Random, vendor: tuple[str, str], customer: tuple[str, str], day: dt.date
) -> Doc:
    """A US invoice with the remittance slip to detach and return on its own page."""
    number = f"{rng.randint(70000, 79999)}"
    doc = invoice(rng, vendor, customer, day, number, style="us", footers=None)
    doc.pages.append(
        [
            ("lines", ["- - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"]),
            ("title", "REMITTANCE SLIP"),
            ("para", "Please detach and return this portion with your payment."),
            (
                "kv",
                [
                    ("Invoice #", number),
                    ("Customer", customer[0]),
                    ("Amount enclosed", "$__________"),
                ],
            ),
            (
                "lines",
                [
                    "Make checks payable to",
                    f"{vendor[0]} {vendor[1]}",
                    "PO Box 4471, Chicago, IL 60680",
                ],
            ),
        ]
    )
    return doc


def supplier_statement(
    rng: random.Random, supplier: tuple[str, str], customer: tuple[str, str], day: dt.date
) -> Doc:
    """A wholesaler's statement of account over two pages: invoices, credit notes and
    payments, the running balance, the aged balance and the amount due."""
    w = Writer(rng, currency="GBP")
    account = f"{customer[0][:3].upper()}{rng.randint(100, 999)}"
    w.number = account
    rows = [["Date", "Reference", "Details", "Debit", "Credit", "Balance"]]
    balance = 0.0
    for index in range(rng.randint(14, 20)):
        when = later(day, -80 + index * 4)
        kind = rng.choice(("INV", "INV", "INV", "CRN", "PAY"))
        amount = round(rng.uniform(40, 900), 2)
        if kind != "INV" and amount > balance:
            kind = "INV"
        balance = round(balance + (amount if kind == "INV" else -amount), 2)
        debit, credit = (bare(w, amount), "") if kind == "INV" else ("", bare(w, amount))
        text = {"INV": "Invoice", "CRN": "Credit note", "PAY": "Payment - thank you"}[kind]
        w.line_item(text, None, None, amount)
        rows.append(
            [
                w.date(when, None),
                f"{kind}{rng.randint(10000, 99999)}",
                text,
                debit,
                credit,
                bare(w, balance),
            ]
        )
    cut = len(rows) // 2 + 1
    first: list[Block] = [
        ("lines", [firm(w, supplier, vendor=True), *address(rng, "GBP")]),
        ("title", "STATEMENT OF ACCOUNT"),
        (
            "columns",
            [
                (firm(w, customer), "Account: " + w.key("documentNumber", account)),
                (address(rng, "GBP")[0], "Date: " + w.date(day, "issue")),
            ],
        ),
        ("table", rows[:cut]),
        footer(rng, "of", 1, 2),
    ]
    second: list[Block] = [
        ("lines", [f"Statement - account {account} (continued)"]),
        ("table", [rows[0], *rows[cut:]]),
        (
            "table",
            [
                ["Current", "30 days", "60 days", "90+ days"],
                [bare(w, balance), "0.00", "0.00", "0.00"],
            ],
        ),
        ("kv", [("Balance due", w.total_money(balance))]),
        footer(rng, "of", 2, 2),
    ]
    return Doc("statement", [first, second], w)


def two_page_letter(rng: random.Random, sender: tuple[str, str], to: str, day: dt.date) -> Doc:
    """A council's or firm's long letter: page two has only the running header (addressee,
    date, page) and the signature."""
    w = Writer(rng, currency="GBP")
    dated = w.date(day, "issue")
    name = w.person(to)
    paragraphs = [
        "Thank you for your letter about the proposed works to the shared boundary wall.",
        "We have now reviewed the surveyor's report and the photographs you supplied. The wall "
        "leans by approximately 40 mm over its length and two sections of coping are loose.",
        "Under the Party Wall etc. Act 1996 we are required to serve notice on the adjoining "
        "owner before any works begin. We propose to serve that notice within the next week.",
        "The contractor has provided a method statement which we enclose for your information.",
    ]
    first: list[Block] = [
        ("lines", [firm(w, sender), *address(rng, "GBP")]),
        ("lines", [name, *address(rng, "GBP")]),
        ("lines", [dated, f"Our ref: {w.own_number('PW/2231/KM')}"]),
        ("para", f"Dear {name.split()[0]},"),
        *(("para", text) for text in paragraphs * 2),
    ]
    second: list[Block] = [
        ("lines", [f"{name} - {dated} - page 2"]),
        (
            "para",
            "We will write again once the notice period has passed. Please do not hesitate "
            "to contact me if you have any questions in the meantime.",
        ),
        ("lines", ["Yours sincerely,", "", w.person("Katherine Mwale"), "Senior Surveyor"]),
    ]
    return Doc("letter", [first, second], w)


__all__ = [
    "agreement_with_annexes", "chapter_report", "invoice_with_slip", "invoice_with_terms",
    "supplier_statement", "two_page_letter",
]  # fmt: skip
