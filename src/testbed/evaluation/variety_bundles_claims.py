"""The papers of an insurance claim and an expense report, for the bundle generators
(:mod:`testbed.evaluation.variety_bundles`): the policyholder's cover letter, the insurer's
claim form filled in, a garage's or a tradesman's repair invoice, till receipts, a taxi's and
a hotel's receipts, an employee's expense report, and a fax's cover sheet.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_bundles_style import (
    INSURERS,
    SHOPS,
    Doc,
    address,
    bare,
    firm,
    footer,
    later,
    qty,
)

#: Claim themes: what the letter says happened, the form's description, the trades that
#: repair it and the work they bill.
THEMES = {
    "motor": (
        "damage to my car",
        "Reversed into bollard in car park; rear bumper damaged",
        (("Kestrel Auto Body", "Ltd"), ("Quarry Lane Motors", "Ltd")),
        (
            ("Replace rear bumper assembly", 1, 412.0),
            ("Paint & lacquer rear quarter", 1, 286.5),
            ("Labour (hours)", 4.5, 58.0),
            ("Parking sensor, rear left", 1, 74.9),
            ("Wheel alignment", 1, 49.0),
            ("Courtesy car (days)", 3, 25.0),
            ("Headlamp unit LH", 1, 168.0),
            ("Valet after repair", 1, 35.0),
        ),
    ),
    "water": (
        "escape of water at my home",
        "Water leak from pipe under bathroom floor above kitchen",
        (("Fenwick Plumbing & Heating", "Ltd"), ("Tern Valley Joinery", "Ltd")),
        (
            ("Emergency call-out", 1, 95.0),
            ("Isolate and replace burst copper pipe 15mm", 1, 145.0),
            ("Replace ceiling plasterboard, kitchen", 1, 340.0),
            ("Dehumidifier hire (days)", 7, 12.5),
            ("Skim and redecorate ceiling", 1, 280.0),
            ("Labour (hours)", 6, 42.0),
            ("Replace kitchen base unit", 2, 118.0),
        ),
    ),
    "storm": (
        "storm damage to my property",
        "Storm on the night before; rear window and roof tiles damaged",
        (("Marlow Glazing", "Ltd"), ("Copperleaf Roofing", "Ltd")),
        (
            ("Supply and fit double-glazed unit 1200x900", 2, 189.0),
            ("Emergency board-up", 1, 120.0),
            ("Replace slipped roof tiles", 14, 9.5),
            ("Scaffold tower hire (days)", 3, 65.0),
            ("Labour (hours)", 5, 48.0),
            ("Renew lead flashing (m)", 3, 72.0),
        ),
    ),
}
_TILL = (
    ("Meal deal", 3.99), ("Bottled water 500ml", 1.1), ("Flat white", 3.45),
    ("Chicken caesar wrap", 4.75), ("Unleaded 95", 62.4), ("Paracetamol 16s", 0.89),
    ("Phone charger USB-C", 14.99), ("Notebook A5", 3.5), ("Croissant", 2.2),
)  # fmt: skip


def cover_letter(
    rng: random.Random, holder: str, insurer: tuple[str, str], day: dt.date, *, claim: str,
    what: str, enclosed: list[str], currency: str = "GBP", amount: float | None = None,
) -> Doc:  # fmt: skip
    """A policyholder's letter sending the claim papers: home address top right, the
    insurer's claims department, a reference line, the enclosures listed."""
    w = Writer(rng, currency=currency)
    sender = w.person(holder)
    body = (
        f"Further to my telephone call, please find enclosed the documents for my claim "
        f"concerning the {what}."
    )
    if amount is not None:
        body += f" The repair came to {w.money(amount)}, which I paid in full."
    lines = [sender, *address(rng, currency)]
    blocks: list[Block] = [
        ("columns", [("", line) for line in lines]),
        ("lines", ["Claims Department", firm(w, insurer), *address(rng, currency)]),
        ("lines", [w.date(day, "issue")]),
        ("lines", [f"Your ref: {claim}", f"Policy holder: {sender}"]),
        ("para", "Dear Sir or Madam,"),
        ("para", body),
        ("para", "I would be grateful if you could settle the claim at your earliest convenience."),
        ("lines", ["Enclosed:", *(f"  {n}. {item}" for n, item in enumerate(enclosed, 1))]),
        ("lines", ["Yours faithfully,", "", "", sender]),
    ]
    return Doc("letter", [blocks], w)


def claim_form(
    rng: random.Random, holder: str, insurer: tuple[str, str], day: dt.date, *, claim: str,
    loss: dt.date, amount: float, theme: str = "motor", currency: str = "GBP", pages: int = 1,
) -> Doc:  # fmt: skip
    """The insurer's claim form as filled in: numbered sections of boxes, the claim number
    pre-printed at the top, a declaration signed and dated."""
    w = Writer(rng, currency=currency)
    w.number = claim
    company = firm(w, insurer)
    title = rng.choice(
        ("CLAIM FORM", "MOTOR CLAIM FORM" if theme == "motor" else "Property Damage Claim Form")
    )
    head: list[Block] = [
        ("lines", [company, "Claims Service Centre"]),
        ("title", title),
        (
            "kv",
            [
                ("Claim number", w.key("documentNumber", claim)),
                ("Policy number", f"HP-{rng.randint(1000000, 9999999)}"),
            ],
        ),
        ("heading", "Section 1 - Policyholder details"),
        (
            "kv",
            [
                ("Full name", w.person(holder)),
                ("Address", address(rng, currency)[0]),
                ("Telephone", f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"),
            ],
        ),
        ("heading", "Section 2 - Details of the incident"),
        (
            "kv",
            [
                ("Date of incident", w.date(loss, None)),
                ("Time", f"{rng.randint(7, 21):02d}:{rng.choice(('05', '20', '45'))}"),
                ("Description", THEMES[theme][1]),
            ],
        ),
    ]
    tail: list[Block] = [
        ("heading", "Section 3 - Amount claimed"),
        (
            "kv",
            [("Repair costs", w.money(amount)), ("Total amount claimed", w.total_money(amount))],
        ),
        ("heading", "Declaration"),
        (
            "para",
            "I declare that the information given on this form is true and complete to the "
            "best of my knowledge.",
        ),
        ("kv", [("Signature", holder), ("Date", w.date(day, "issue"))]),
    ]
    if pages == 1:
        return Doc("form", [head + tail], w)
    style = rng.choice(("of", "slash"))
    return Doc(
        "form",
        [
            [*head, footer(rng, style, 1, 2)],
            [("lines", [f"{title} - {claim}"]), *tail, footer(rng, style, 2, 2)],
        ],
        w,
    )


def repair_invoice(
    rng: random.Random, customer: str, day: dt.date, *, currency: str = "GBP",
    theme: str = "motor", pages: int = 1, numbered: bool = True,
) -> Doc:  # fmt: skip
    """A garage's or tradesman's invoice: letterhead with VAT number, the customer, the job,
    the work done, VAT at 20% and the balance to pay within 14 or 30 days."""
    w = Writer(rng, currency=currency)
    _, _, trades, work = THEMES[theme]
    trade = rng.choice(trades)
    w.number = rng.choice(
        (
            f"INV-{rng.randint(10000, 99999)}",
            f"{rng.randint(2000, 8999)}",
            f"SI{rng.randint(100000, 999999)}",
        )
    )
    picks = rng.sample(work, rng.randint(3, 5) if pages == 1 else len(work))
    rows = [["Description", "Qty", "Unit price", "Net"]]
    net = 0.0
    for text, count, price in picks:
        amount = round(count * price, 2)
        net += amount
        w.line_item(text, count, price, amount)
        rows.append([text, qty(count), bare(w, price), bare(w, amount)])
    vat = round(net * 0.2, 2)
    terms = rng.choice((14, 30))
    head: list[Block] = [
        (
            "lines",
            [
                firm(w, trade, vendor=True),
                *address(rng, currency),
                f"VAT Reg No. GB {rng.randint(100, 999)} {rng.randint(1000, 9999)} 21",
            ],
        ),
        ("title", "INVOICE"),
        (
            "columns",
            [
                ("Invoice to:", "Invoice no: " + w.key("documentNumber", w.number)),
                (w.person(customer), "Date: " + w.date(day, "issue")),
                (address(rng, currency)[0], f"Job ref: J{rng.randint(1000, 9999)}"),
            ],
        ),
    ]
    sums: list[Block] = [
        (
            "kv",
            [
                ("Net total", w.money(net)),
                ("VAT @ 20%", w.money(vat)),
                ("Total due", w.total_money(net + vat)),
            ],
        ),
        (
            "para",
            f"Payment due within {terms} days: by {w.date(later(day, terms), 'due')}. "
            "Bank transfer to sort code 20-45-77, account 73310094.",
        ),
    ]
    if pages == 1:
        return Doc("invoice", [[*head, ("table", rows), *sums]], w)
    cut = len(rows) // 2 + 1
    style = rng.choice(("of", "slash", "dash"))
    first = [*head, ("table", rows[:cut])]
    second: list[Block] = [
        ("lines", [f"Invoice {w.number} (continued)"]),
        ("table", [rows[0], *rows[cut:]]),
        *sums,
    ]
    if numbered:
        first.append(footer(rng, style, 1, 2))
        second.append(footer(rng, style, 2, 2))
    return Doc("invoice", [first, second], w)


def till_receipt(rng: random.Random, day: dt.date, *, shop: str | None = None) -> Doc:
    """A till receipt: the shop's name and address, the items, the total, the card paid,
    the VAT line, the transaction number and time."""
    w = Writer(rng, currency="GBP")
    shop = shop or rng.choice(SHOPS)
    picks = rng.sample(_TILL, rng.randint(1, 4))
    lines = [w.key("vendor", w.plain_org(shop)), rng.choice(STORE_LINES), "VAT No 220 4301 77", ""]
    w.vendor = shop
    total = 0.0
    for text, price in picks:
        total += price
        w.line_item(text, None, None, price)
        lines.append(f"{text:<28}{bare(w, price):>8}")
    total = round(total, 2)
    w.number = f"{rng.randint(1000, 9999)}"
    lines += [
        "-" * 36,
        f"{'TOTAL':<24}{w.total_money(total):>12}",
        f"{'VISA DEBIT':<24}{bare(w, total):>12}",
        "",
        f"{w.date(day, 'issue')}  {rng.randint(8, 20):02d}:{rng.randint(10, 59)}",
        f"Trans {w.key('documentNumber', w.number)}  Till 2  Op 114",
        "Thank you for shopping with us",
    ]
    return Doc("receipt", [[("lines", lines)]], w, scan=True)


STORE_LINES = ("Euston Road, London NW1", "High Street, Guildford", "Unit 3, Kirkstall Rd, Leeds")


def taxi_receipt(rng: random.Random, day: dt.date) -> Doc:
    """A private-hire firm's printed receipt: journey, fare, driver, receipt number."""
    w = Writer(rng, currency="GBP")
    company = ("Metro Cars Private Hire", "Ltd")
    fare = round(rng.uniform(14, 58), 2)
    w.number = f"R{rng.randint(100000, 999999)}"
    blocks: list[Block] = [
        ("lines", [firm(w, company, vendor=True), "Licensed Operator 0457", "0161 555 0190"]),
        ("title", "RECEIPT"),
        (
            "kv",
            [
                ("Receipt No", w.key("documentNumber", w.number)),
                ("Date", w.date(day, "issue")),
                ("From", "Piccadilly Station"),
                ("To", "Salford Quays"),
                ("Driver", f"Badge {rng.randint(1000, 9999)}"),
            ],
        ),
        ("kv", [("Fare", w.total_money(fare)), ("Paid", "Card")]),
    ]
    w.line_item("Fare", None, None, fare)
    return Doc("receipt", [blocks], w, scan=True)


def hotel_receipt(rng: random.Random, guest: str, day: dt.date, nights: int) -> Doc:
    """A hotel's paid folio: the stay, each night's room and breakfast, the card payment."""
    w = Writer(rng, currency="GBP")
    hotel = ("Harbourside Hotel Plymouth", "Ltd")
    rate = float(rng.choice((89, 104, 119)))
    rows = [["Date", "Description", "Amount"]]
    total = 0.0
    for night in range(nights):
        rows.append([w.date(later(day, night), None), "Room charge", bare(w, rate)])
        w.line_item("Room charge", None, None, rate)
        total += rate
    w.number = f"{rng.randint(300000, 399999)}"
    blocks: list[Block] = [
        ("lines", [firm(w, hotel, vendor=True), "Barbican Approach, Plymouth PL4 0LG"]),
        ("title", "Guest Folio - Receipt"),
        (
            "kv",
            [
                ("Folio No.", w.key("documentNumber", w.number)),
                ("Guest", w.person(guest)),
                ("Arrival", w.date(day, None)),
                ("Departure", w.date(later(day, nights), "issue")),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Total", w.total_money(total)),
                ("Mastercard", bare(w, -total)),
                ("Balance", bare(w, 0.0)),
            ],
        ),
    ]
    return Doc("receipt", [blocks], w)


def expense_report(
    rng: random.Random, employee: str, employer: tuple[str, str], day: dt.date,
    receipts: list[Doc],
) -> Doc:  # fmt: skip
    """An employee's expense report: the claimant, cost centre, one row per receipt attached,
    the total to reimburse, approvals."""
    w = Writer(rng, currency="GBP")
    w.number = f"EXP-{day.year}-{rng.randint(100, 999)}"
    rows = [["#", "Date", "Merchant", "Category", "Amount"]]
    total = 0.0
    for n, doc in enumerate(receipts, 1):
        labels = doc.labels()
        assert labels.total is not None
        spent = labels.total[0]
        total += spent
        category = "Travel" if "Cars" in (labels.vendor or "") else "Subsistence"
        when = dt.date.fromisoformat(next(d for r, d in labels.dates if r == "issue"))
        merchant = w.plain_org(labels.vendor or "")
        rows.append([str(n), w.date(when, None), merchant, category, bare(w, spent)])
    blocks: list[Block] = [
        ("lines", [firm(w, employer)]),
        ("title", "Expense Report"),
        (
            "kv",
            [
                ("Report no.", w.key("documentNumber", w.number)),
                ("Employee", w.person(employee)),
                ("Cost centre", f"CC-{rng.randint(100, 480)}"),
                ("Purpose", "Client visit"),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Total claimed", w.total_money(round(total, 2))),
                ("Submitted", w.date(day, "issue")),
            ],
        ),
        ("lines", [f"Receipts attached: {len(receipts)}", "", "Approved by: ____________"]),
    ]
    return Doc("form", [blocks], w)


def fax_cover(
    rng: random.Random, sender: str, to: str, day: dt.date, *, pages: int,
    office: tuple[str, str] | None = None,
) -> Doc:  # fmt: skip
    """A fax cover sheet: the sender's office, To/From/Fax/Pages/Date, a short message."""
    w = Writer(rng, currency="GBP")
    office = office or rng.choice(INSURERS)
    blocks: list[Block] = [
        ("lines", [firm(w, office)]),
        ("title", rng.choice(("FAX", "Fax Cover Sheet", "FACSIMILE TRANSMISSION"))),
        (
            "kv",
            [
                ("To", w.person(to)),
                ("From", w.person(sender)),
                ("Fax", f"0113 496 {rng.randint(1000, 9999)}"),
                ("Pages", f"{pages} (including this page)"),
                ("Date", w.date(day, "issue")),
            ],
        ),
        (
            "para",
            "Please find the following pages for your attention. If you do not receive all "
            "pages, please call us.",
        ),
    ]
    return Doc("letter", [blocks], w)


__all__ = [
    "claim_form", "cover_letter", "expense_report", "fax_cover", "hotel_receipt",
    "repair_invoice", "taxi_receipt", "till_receipt",
]  # fmt: skip
