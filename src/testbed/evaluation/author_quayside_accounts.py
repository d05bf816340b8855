"""Papers about money owed rather than goods sold: a supplier's statement of account with
ageing buckets, a customer's remittance advice, a payment reminder, a quotation and a service
agreement, and a print or marketing agency's invoice.

As a clerk reads them: a statement's number is its statement number (the account number is
the customer's, and many statements print no number of their own), its total the balance it
asks for; a remittance advice is the payer's notice of a payment, its number the payment
reference and its total the payment; a reminder is a letter whose own reference is its
number, whose total is the overdue sum and whose due date is the new pay-by date, not the old
invoices' dates; a quotation's validity date ends it; an agreement runs from its
commencement to its expiry.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_quayside_paper import Paper, end_of_month, panel_layout
from testbed.evaluation.author_quayside_style import (
    Locale,
    bank,
    company,
    items,
    phone,
    quantity,
    reference,
    tax_id,
)
from testbed.evaluation.truth import LineItem
from testbed.evaluation.variety_dues_print import Sheet

_TRADES = ("Packaging", "Industrial Supply", "Freight", "Print", "Hardware", "Chemicals")


def _issued(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 5) + dt.timedelta(rng.randrange(330))


def statement(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A month-end statement of account: open invoices, payments, ageing, balance."""
    paper = Paper("statement", "statement", loc, rng.choice(loc.dates))
    seller = company(rng, loc, rng.choice(_TRADES))
    customer = company(rng, loc, rng.choice(("Constructions", "Retail", "Marine")), seller)
    paper.orgs.append(customer)
    issued = end_of_month(_issued(rng))
    account = reference(rng, "", 6)
    panel = [("Statement date", paper.day(issued, "issue")), ("Account no.", account)]
    if rng.random() < 0.55:
        panel.insert(0, ("Statement no.", paper.doc_number(reference(rng, "ST", 6))))
    panel.append(("Credit terms", rng.choice(("30 days EOM", "Net 30", "14 days"))))
    rows: list[LineItem] = []
    table = [["Date", "Reference", "Details", "Debit", "Credit"]]
    ageing = [0.0, 0.0, 0.0, 0.0]
    entries: list[tuple[dt.date, list[str], LineItem]] = []
    for _ in range(rng.randrange(3, 7)):
        back = rng.randrange(3, 110)
        when = issued - dt.timedelta(back)
        if rng.random() < 0.25:
            value = round(rng.uniform(200, 3000), 2)
            rows.append(LineItem("Payment received - thank you", None, None, value))
            entries.append(
                (
                    when,
                    [
                        reference(rng, "RCT", 5),
                        "Payment received - thank you",
                        "",
                        paper.plain(value),
                    ],
                    rows[-1],
                )
            )
            ageing[0] -= value
        else:
            value = round(rng.uniform(150, 5000), 2)
            ref = reference(rng, "INV", 6)
            rows.append(LineItem(f"Invoice {ref}", None, None, value))
            entries.append((when, [ref, f"Invoice {ref}", paper.plain(value), ""], rows[-1]))
            ageing[min(3, back // 30)] += value
    if ageing[0] < 0:
        ageing[1] += ageing[0]
        ageing[0] = 0.0
    ageing = [max(0.0, round(a, 2)) for a in ageing]
    balance = round(sum(ageing), 2)
    entries.sort(key=lambda entry: entry[0])
    table += [[paper.day(when), *cells] for when, cells, _ in entries]
    paper.rows = [row for _, _, row in entries]
    due_line: list[str] = []
    if rng.random() < 0.4:
        due_line = [
            f"Please pay the overdue balance by {paper.day(issued + dt.timedelta(14), 'due')}."
        ]
    sheet = Sheet(
        head=[
            paper.seller(seller),
            rng.choice(loc.cities),
            f"{loc.tax_id} {tax_id(rng, loc)}  {phone(rng, loc)}",
        ],
        panel=panel,
        address=[customer, rng.choice(loc.cities)],
        running="Page {page} of {pages}",
    )
    panel_layout(rng, sheet, len(panel))
    total = paper.money(balance, code=True, total=True)
    sheet.body = [
        ("title", "STATEMENT OF ACCOUNT"),
        ("table", table),
        (
            "table",
            [
                ["Current", "30 days", "60 days", "90+ days", "Balance due"],
                [paper.plain(a) for a in ageing] + [total],
            ],
        ),
        ("para", " ".join(["All invoices over 30 days are overdue.", *due_line])),
    ]
    sheet.slip = [
        ("title", "REMITTANCE"),
        ("kv", [("Account", account), ("Amount enclosed", "____________")]),
    ]
    sheet.footer = [bank(rng, loc)]
    return sheet, paper


def remittance(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A customer's remittance advice listing the invoices its payment settles."""
    paper = Paper("remittance", "other", loc, rng.choice(loc.dates))
    payer = company(rng, loc, rng.choice(("Constructions", "Retail Group", "Holdings")))
    payee = company(rng, loc, rng.choice(_TRADES), payer)
    paper.orgs += [payer, payee]
    paid = _issued(rng)
    panel = [
        ("Payment reference", paper.doc_number(reference(rng, rng.choice(("EFT", "PAY", "")), 8))),
        ("Payment date", paper.day(paid, "issue")),
        ("Supplier ID", reference(rng, "V", 5)),
        ("Method", rng.choice(("EFT", "Bank transfer", "ACH", "TT"))),
    ]
    table = [["Invoice no.", "Invoice date", "Invoice amount", "Discount", "Paid"]]
    total = 0.0
    for _ in range(rng.randrange(2, 6)):
        value = round(rng.uniform(120, 6000), 2)
        table.append(
            [
                reference(rng, "", 6),
                paper.day(paid - dt.timedelta(rng.randrange(20, 70))),
                paper.plain(value),
                "0.00",
                paper.plain(value),
            ]
        )
        total += value
    sheet = Sheet(
        head=[payer, "Accounts Payable", rng.choice(loc.cities)],
        panel=panel,
        address=[payee, rng.choice(loc.cities)],
    )
    panel_layout(rng, sheet, len(panel))
    sheet.body = [
        ("title", "REMITTANCE ADVICE"),
        ("para", "We have today made a payment to your account for the invoices listed below."),
        ("table", table),
        ("kv", [("Total paid", paper.money(round(total, 2), code=True, total=True))]),
        ("para", f"Paid to: {bank(rng, loc)}. Queries: {phone(rng, loc)}."),
    ]
    return sheet, paper


def reminder(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A second payment reminder: old invoices with their old due dates, a new pay-by date."""
    paper = Paper("reminder", "letter", loc, rng.choice(loc.dates))
    seller = company(rng, loc, rng.choice(_TRADES))
    customer = company(rng, loc, rng.choice(("Marine", "Projects", "Foods")), seller)
    paper.orgs += [seller, customer]
    sent = _issued(rng)
    person = rng.choice(loc.people)
    paper.people.append(person)
    ref = reference(rng, rng.choice(("REM/", "DUN-", "CC/")), 5)
    table = [["Invoice", "Invoice date", "Due date", "Days overdue", "Outstanding"]]
    owed = 0.0
    for _ in range(rng.randrange(1, 4)):
        inv_day = sent - dt.timedelta(rng.randrange(45, 100))
        due_then = inv_day + dt.timedelta(30)
        value = round(rng.uniform(300, 9000), 2)
        owed += value
        table.append(
            [
                reference(rng, "INV", 6),
                paper.day(inv_day),
                paper.day(due_then),
                str((sent - due_then).days),
                paper.plain(value),
            ]
        )
    pay_by = sent + dt.timedelta(rng.choice((7, 10, 14)))
    sheet = Sheet(
        head=[seller, rng.choice(loc.cities), f"Credit Control  {phone(rng, loc)}"],
        address=[customer, "Attn: Accounts Payable", rng.choice(loc.cities)],
    )
    sheet.body = [
        (
            "kv",
            [
                ("Our ref", paper.doc_number(ref)),
                ("Account", reference(rng, "", 6)),
                ("Date", paper.day(sent, "issue")),
            ],
        ),
        ("heading", "Second reminder: overdue account"),
        (
            "para",
            "Dear Sir or Madam, despite our earlier reminder the following invoices remain unpaid:",
        ),
        ("table", table),
        (
            "para",
            f"Please pay the total of {paper.money(round(owed, 2), code=True, total=True)} by "
            f"{paper.day(pay_by, 'due')} to avoid your account being placed on stop. "
            "If you have already paid, please disregard this letter.",
        ),
        ("lines", ["Yours faithfully,", "", person, "Credit Controller"]),
    ]
    sheet.footer = [bank(rng, loc)]
    return sheet, paper


def quotation(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A quotation: prices offered until a validity date; it bills nothing yet."""
    paper = Paper("quotation", "other", loc, rng.choice(loc.dates))
    seller = company(rng, loc, rng.choice(("Print", "Signs", "Industrial Supply")))
    client = company(rng, loc, rng.choice(("Retail", "Events", "Hospitality")), seller)
    paper.orgs += [seller, client]
    quoted = _issued(rng)
    panel = [
        ("Quote No.", paper.doc_number(reference(rng, "Q", 6))),
        ("Date", paper.day(quoted, "issue")),
        ("Valid until", paper.day(quoted + dt.timedelta(rng.choice((14, 30, 60))), "end")),
        ("Enquiry ref", reference(rng, "ENQ", 4)),
    ]
    sheet = Sheet(
        head=[seller, rng.choice(loc.cities), phone(rng, loc)],
        panel=panel,
        address=["Prepared for", client, rng.choice(loc.cities)],
    )
    panel_layout(rng, sheet, len(panel))
    goods = items(
        rng,
        (
            ("Pull-up banner 850x2000", 60.0, 140.0),
            ("A5 flyers 350gsm (1000)", 70.0, 160.0),
            ("Vinyl window graphics per m2", 35.0, 75.0),
            ("Foamboard sign A1", 25.0, 60.0),
            ("Design and artwork (hour)", 55.0, 120.0),
        ),
        rng.randrange(2, 5),
    )
    net = round(sum(r.amount for r in goods), 2)
    table = [["Description", "Qty", "Unit", "Amount"]]
    table += [
        [r.description, quantity(r.quantity), paper.plain(r.unit_price or 0), paper.plain(r.amount)]
        for r in goods
    ]
    tax = round(net * loc.rate, 2)
    sheet.body = [
        ("title", "QUOTATION"),
        ("table", table),
        (
            "kv",
            [
                ("Subtotal", paper.money(net)),
                (loc.tax, paper.money(tax)),
                ("Quote total", paper.money(net + tax, code=True, total=True)),
            ],
        ),
        (
            "para",
            "Lead time 5 working days from artwork approval. 50% deposit on acceptance, "
            "balance 14 days from invoice.",
        ),
    ]
    return sheet, paper


def agreement(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A warehousing service agreement: commencement, term, fees, signatures."""
    paper = Paper("agreement", "contract", loc, rng.choice(loc.dates))
    provider = company(rng, loc, rng.choice(("Warehousing", "3PL Logistics", "Cold Chain")))
    client = company(rng, loc, rng.choice(("Foods", "Beverages", "Pharma")), provider)
    paper.orgs += [provider, client]
    signed = _issued(rng)
    start = end_of_month(signed + dt.timedelta(rng.randrange(0, 40))) + dt.timedelta(1)
    months = rng.choice((12, 24, 36))
    end = end_of_month(start, months - 1)
    signer_a, signer_b = rng.sample(loc.people, 2)
    paper.people += [signer_a, signer_b]
    fee = round(rng.uniform(2000, 20000), -1)
    sheet = Sheet(head=[provider, rng.choice(loc.cities)])
    sheet.body = [
        ("title", "SERVICE AGREEMENT"),
        (
            "kv",
            [
                ("Agreement No.", paper.doc_number(reference(rng, "SA-", 5))),
                ("Date of agreement", paper.day(signed, "issue")),
            ],
        ),
        (
            "para",
            f"This agreement is made between {provider} (the Provider) and {client} (the "
            "Client) for storage, pick-pack and dispatch services.",
        ),
        ("heading", "1. Term"),
        (
            "para",
            f"Services commence on {paper.day(start, 'effective')} and continue for {months} "
            f"months until {paper.day(end, 'end')}, unless terminated on 90 days' notice.",
        ),
        ("heading", "2. Charges"),
        (
            "para",
            f"A minimum monthly fee of {paper.money(fee)} plus {loc.tax}, invoiced monthly in "
            "arrears; invoices are payable 30 days from invoice date. Rates are reviewed "
            "annually on the anniversary of commencement.",
        ),
        ("heading", "3. Liability"),
        (
            "para",
            "The Provider's liability for loss of or damage to goods is limited to "
            f"{paper.money(round(fee * 5, 2))} per event.",
        ),
        (
            "columns",
            [
                ("For the Provider", "For the Client"),
                (signer_a, signer_b),
                ("Director", "Chief Operating Officer"),
                (f"Date: {paper.day(signed)}", f"Date: {paper.day(signed)}"),
            ],
        ),
    ]
    sheet.footer = [f"{loc.tax_id} {tax_id(rng, loc)}"]
    return sheet, paper


__all__ = ["agreement", "quotation", "reminder", "remittance", "statement"]
