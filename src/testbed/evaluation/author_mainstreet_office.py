"""Main street's professional offices: a law or accounting firm's bill with its statement of
account, a dental or medical practice's patient statement, an insurer's explanation of
benefits, a property manager's rent invoice and a tenant ledger. They print client, matter,
account and member numbers beside their own, and balances beside what this paper bills.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_mainstreet_kit import (
    Paper,
    bank_line,
    day_between,
    labelled,
    person,
    phone,
)
from testbed.evaluation.truth import Block, Labels, LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

_WORK = (
    "Review title search and survey",
    "Draft contract of sale",
    "Telephone conference with client",
    "Correspondence with opposing counsel",
    "Prepare for and attend settlement",
    "Review lease and advise",
    "Prepare annual accounts",
    "Payroll year-end filings",
    "Research re: zoning variance",
    "Draft will and power of attorney",
)


def law_bill(rng: random.Random) -> tuple[Sheet, Labels]:
    """A professional firm's bill: time entries, disbursements, then a statement of account
    whose balance due includes earlier invoices. The total is this invoice's charges."""
    paper = Paper.start(rng)
    surname = person(rng).split()[1]
    other = next(name for name in (person(rng).split()[1] for _ in range(9)) if name != surname)
    country = paper.place.country
    kind = {
        "US": "LLP",
        "CA": "LLP",
        "UK": "Solicitors",
        "IE": "Solicitors",
        "AU": "Lawyers",
        "NZ": "Barristers & Solicitors",
    }[country]
    firm = paper.org(
        f"{surname} {other} {kind}" if kind == "LLP" else f"{surname} & {other} {kind}"
    )
    client = paper.org(
        rng.choice(
            (
                "Riverside Bakery Inc.",
                "Moana Holdings Ltd",
                "K. & J. Dunne",
                "Cobblestone Veterinary Clinic",
                "Alder Creek Farms",
            )
        )
    )
    issued = day_between(rng, dt.date(2025, 6, 1), dt.date(2026, 11, 20))
    through = issued.replace(day=1) - dt.timedelta(days=1)
    rate = rng.choice((185.0, 225.0, 275.0, 320.0))
    entries = []
    for text in rng.sample(_WORK, rng.randint(2, 4)):
        when = day_between(rng, through.replace(day=1), through)
        entries.append((when, text, rng.choice((0.3, 0.5, 1.2, 1.5, 2.0, 3.4))))
    entries.sort()
    cells, items, fees = [], [], 0.0
    for when, text, hours in entries:
        amount = round(hours * rate, 2)
        fees += amount
        cells.append([paper.day(when), text, f"{hours:.1f}", paper.bare(rate), paper.bare(amount)])
        items.append(LineItem(text, hours, rate, amount))
    disb = rng.choice((0.0, 35.0, 118.4, 250.0))
    tax = round((fees + disb) * paper.place.tax_rate, 2) if country != "US" else 0.0
    total = round(fees + disb + tax, 2)
    previous = rng.choice((0.0, 0.0, round(rng.uniform(400, 3000), 2)))
    paid = previous if rng.random() < 0.5 else round(previous / 2, 2)
    due_line = rng.random() < 0.5
    number = rng.choice(
        (f"{rng.randint(20000, 89999)}", f"{issued.year % 100}-{rng.randint(1000, 9999)}")
    )
    matter = f"{rng.randint(1000, 9999)}-{rng.randint(1, 40):03d}"
    panel = [
        ("Invoice No.", mark("documentNumber", number)),
        ("Invoice Date", paper.day(issued, "issue")),
        ("Client No.", f"{rng.randint(1000, 9999)}"),
        ("Matter No.", matter),
        ("Services through", paper.day(through)),
    ]
    if due_line:
        panel.append(("Due Date", paper.day(issued + dt.timedelta(days=30), "due")))
    body: list[Block] = [
        (
            "title",
            "Tax Invoice" if country in ("AU", "NZ") else "Statement for Professional Services",
        ),
        (
            "para",
            f"Re: {rng.choice(('Purchase of', 'Lease of', 'Estate planning,', 'Advice re'))} "
            f"{paper.address()[0]}",
        ),
        ("table", [["Date", "Description", "Hours", "Rate", "Amount"], *cells]),
    ]
    sums = [("Professional fees", paper.money(fees))]
    if disb:
        sums.append(("Disbursements (filing & search fees)", paper.money(disb)))
    if tax:
        sums.append((paper.place.tax_label, paper.money(tax)))
    sums.append(("Total This Invoice", mark("total", paper.money(total, code=True))))
    body.append(("kv", sums))
    if previous:
        got = issued - dt.timedelta(days=rng.randint(5, 25))
        body += [
            ("heading", "Statement of Account"),
            (
                "kv",
                [
                    ("Previous balance", paper.money(previous)),
                    (f"Payment received {paper.day(got)}", paper.money(-paid)),
                    ("Current charges", paper.money(total)),
                    ("Total Balance Due", paper.money(previous - paid + total, code=True)),
                ],
            ),
        ]
    terms = (
        "Payment is due within 30 days of the invoice date."
        if not due_line
        else "Thank you for your prompt payment."
    )
    body.append(
        (
            "para",
            f"{terms} Please reference the matter number with your remittance. "
            f"Trust account enquiries: {phone(rng, paper.place)}.",
        )
    )
    head = [mark("vendor", firm), *paper.address(), phone(rng, paper.place)]
    sheet = Sheet(
        head=head,
        panel=panel,
        body=body,
        address=[client, f"Attn: {paper.who(person(rng))}", *paper.address()],
        running=None if rng.random() < 0.7 else "Page {page} of {pages}",
        text_panel=rng.choice(("kv", "columns")),
        footer=[f"Remittance: {bank_line(rng, paper.place)}"],
    )
    return sheet, labelled(paper, "invoice", number=number, vendor=firm, total=total, items=items)


_DENTAL = (
    ("D0120 Periodic oral evaluation", 68.0),
    ("D1110 Prophylaxis - adult", 112.0),
    ("D0274 Bitewings - four films", 74.0),
    ("D2392 Resin composite, 2 surf.", 245.0),
    ("99213 Office visit, est. patient", 148.0),
    ("85025 Complete blood count", 42.0),
    ("36415 Venipuncture", 18.0),
)


def patient_statement(rng: random.Random) -> tuple[Sheet, Labels]:
    """A practice's statement to the patient: charges and insurance payments, the amount due
    and the day to pay by, with a remittance slip."""
    paper = Paper.start(rng)
    practice = paper.org(
        rng.choice(
            (
                "Maple Grove Family Dentistry",
                "Harbourside Dental Group",
                "Lakeshore Medical Associates",
                "Bridgewater Family Practice",
                "Smile Studio Dental",
            )
        )
    )
    issued = day_between(rng, dt.date(2025, 6, 1), dt.date(2026, 11, 20))
    due = issued + dt.timedelta(days=rng.choice((14, 21, 30)))
    patient = paper.who(person(rng))
    visit = issued - dt.timedelta(days=rng.randint(20, 50))
    rows = rng.sample(_DENTAL, rng.randint(2, 3))
    insurer = rng.choice(("Delta Dental", "Blue Cross", "Sun Life", "Southern Cross", "Bupa"))
    charges = sum(a for _, a in rows)
    ins = -round(charges * rng.choice((0.5, 0.7, 0.8)), 2)
    lines = [(visit, t, a) for t, a in rows] + [
        (visit + dt.timedelta(days=rng.randint(10, 18)), f"Insurance payment - {insurer}", ins)
    ]
    previous = rng.choice((0.0, 0.0, 35.0))
    due_amount = round(previous + charges + ins, 2)
    account = f"{rng.randint(10000, 99999)}"
    numbered = rng.random() < 0.4
    number = f"S{rng.randint(100000, 999999)}" if numbered else None
    cells = [[paper.day(d), patient.split()[0], t, paper.bare(a)] for d, t, a in lines]
    items = [LineItem(t, None, None, a) for _, t, a in lines]
    panel = [("Statement Date", paper.day(issued, "issue")), ("Account #", account)]
    if number:
        panel.insert(0, ("Statement #", mark("documentNumber", number)))
    panel += [
        ("Amount Due", mark("total", paper.money(due_amount, code=True))),
        (rng.choice(("Please Pay By", "Due Date", "Amount due by")), paper.day(due, "due")),
    ]
    body: list[Block] = [
        ("title", "PATIENT STATEMENT"),
        ("kv", [("Previous balance", paper.money(previous))]),
        ("table", [["Date", "Patient", "Description", "Amount"], *cells]),
        (
            "table",
            [
                ["Current", "31-60 days", "61-90 days", "Over 90"],
                [paper.bare(due_amount - previous), paper.bare(previous), "0.00", "0.00"],
            ],
        ),
        (
            "para",
            f"Your insurance has paid its portion. The balance is your responsibility. "
            f"Questions about your bill? Call {phone(rng, paper.place)}.",
        ),
    ]
    slip = [
        (
            "kv",
            [
                ("Patient", patient),
                ("Account #", account),
                ("Amount Due", paper.money(due_amount)),
                ("Amount Enclosed", "__________"),
            ],
        )
    ]
    sheet = Sheet(
        head=[mark("vendor", practice), *paper.address(), phone(rng, paper.place)],
        panel=panel,
        address=[patient, *paper.address()],
        body=body,
        slip=slip,
        panel_style=rng.choice(("box", "stack")),
        text_panel="kv",
    )
    return sheet, labelled(
        paper, "statement", number=number, vendor=practice, total=due_amount, items=items
    )
