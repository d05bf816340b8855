"""Templates of the evaluation set: how invoices, receipts, purchase orders, contracts,
letters, memos, minutes, reports, forms and statements are laid out in the wild.

Each template takes a seeded ``random.Random`` and the target format and returns the
document's blocks and the :class:`~testbed.evaluation.corpus.Writer` holding its labels.
Several layouts per kind: labelled blocks, two-column headers, labels above their values,
tables, European number and date conventions, prose that carries the key facts.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from testbed.evaluation.corpus import (
    BANKS,
    CITIES,
    MERCHANTS,
    STREETS,
    TITLES,
    Block,
    Writer,
    random_day,
)

type Template = Callable[[random.Random, str], tuple[list[Block], Writer]]

_ITEMS = (
    "Consulting services", "Data pipeline setup", "Annual support plan", "Office chairs",
    "Laptop docking station", "Freight handling", "Cloud hosting (monthly)", "Training workshop",
    "Printer toner", "Safety inspection", "Translation services", "Network switches",
)  # fmt: skip
_SHOP_ITEMS = ("Milk 1L", "Bread", "Coffee beans", "Batteries AA", "Notebook", "Apples 1kg",
               "Paracetamol", "Water 6x1.5L", "Light bulb", "Sandwich")  # fmt: skip


def _address(rng: random.Random) -> str:
    return f"{rng.randint(2, 180)} {rng.choice(STREETS)}, {rng.choice(CITIES)}"


def _currency(rng: random.Random) -> tuple[str, bool]:
    currency = rng.choice(("USD", "USD", "EUR", "GBP", "EUR", "CHF", "CAD"))
    return currency, currency in ("EUR", "CHF") and rng.random() < 0.7


def _line_items(w: Writer, rng: random.Random, count: int) -> tuple[list[list[str]], float]:
    rows = [["Description", "Qty", "Unit price", "Amount"]]
    subtotal = 0.0
    for name in rng.sample(_ITEMS, count):
        qty = rng.randint(1, 12)
        unit = rng.choice((45.0, 120.0, 250.0, 89.5, 1200.0, 15.75, 640.0))
        line = round(qty * unit, 2)
        subtotal += line
        rows.append([name, str(qty), w.money(unit), w.money(line)])
        w.line_item(name, qty, unit, line)
    return rows, round(subtotal, 2)


def invoice(rng: random.Random, fmt: str) -> tuple[list[Block], Writer]:
    currency, european = _currency(rng)
    w = Writer(rng, currency=currency, european=european)
    taken: set[str] = set()
    vendor, customer = w.company(taken), w.company(taken)
    layout = rng.randrange(4)
    w.number = rng.choice(
        (f"INV-{rng.randint(2024, 2026)}-{rng.randint(1, 9999):04d}",
         f"{rng.randint(10000, 99999)}",
         f"{rng.randint(2024, 2026)}/{rng.randint(100, 999)}", f"A{rng.randint(1000, 9999)}-B")
    )  # fmt: skip
    issued = random_day(rng)
    due = issued + dt.timedelta(days=rng.choice((14, 30, 45)))
    rows, subtotal = _line_items(w, rng, rng.randint(2, 4))
    rate = rng.choice((0, 8, 19, 20))
    tax = round(subtotal * rate / 100, 2)
    total = round(subtotal + tax, 2)
    w.total = (total, currency)
    w.vendor = w.org(vendor)
    vendor_name = w.key("vendor", w.vendor)
    number = w.key("documentNumber", w.number)
    contact = w.person(w.person_name())
    email = f"billing@{vendor[0].split()[0].lower()}.example"
    totals: list[tuple[str, str]] = [("Subtotal", w.money(subtotal))]
    if rate:
        totals.append((f"VAT ({rate}%)" if european else f"Tax {rate}%", w.money(tax)))
    total_label = rng.choice(("Total due", "Amount due", "TOTAL", "Balance due", "Total"))
    totals.append((total_label, w.total_money(total)))
    blocks: list[Block]
    if layout == 0:  # labelled blocks
        blocks = [
            ("title", "INVOICE"),
            ("lines", [vendor_name, _address(rng), email]),
            ("kv", [(rng.choice(("Invoice No.", "Invoice number", "Invoice #")), number),
                    ("Invoice date", w.date(issued, "issue")), ("Due date", w.date(due, "due"))]),
            ("kv", [(rng.choice(("Bill To", "Billed to", "Customer")), w.org(customer))]),
            ("table", rows),
            ("kv", totals),
            ("para", f"Questions about this invoice? Contact {contact} at {email}."),
        ]  # fmt: skip
    elif layout == 1:  # two-column header: vendor left, invoice details right
        blocks = [
            ("columns", [(vendor_name, "INVOICE"), (_address(rng), f"Invoice #: {number}"),
                         (email, f"Date: {w.date(issued, 'issue')}")]),
            ("lines", ["Billed to:", w.org(customer), _address(rng)]),
            ("table", rows),
            ("kv", totals),
            ("para", f"Payment is due by {w.date(due, 'due')}. Thank you for your business. "
                     f"Your account manager is {contact}."),
        ]  # fmt: skip
    elif layout == 3:  # the seller named only where the money goes: "Remit to" at the foot
        blocks = [
            ("title", rng.choice(("TAX INVOICE", "Invoice"))),
            ("kv", [("Sold to", w.org(customer)), ("Invoice No", number),
                    ("Date of issue", w.date(issued, "issue")),
                    ("Terms", f"Net {(due - issued).days}, due {w.date(due, 'due')}")]),
            ("table", rows),
            ("kv", totals),
            ("lines", [f"Remit to: {vendor_name}", _address(rng), email]),
            ("para", f"Billing queries: {contact}."),
        ]  # fmt: skip
    else:  # labels above their values, customer first
        blocks = [
            ("lines", [w.org(customer), _address(rng)]),
            ("title", f"Invoice from {vendor_name}"),
            ("kv_below", [("Invoice number", number), ("Issue date", w.date(issued, "issue")),
                          ("Payment due", w.date(due, "due"))]),
            ("table", rows),
            ("kv", totals),
            ("para", f"Please transfer the amount within the payment terms. Contact: {contact}."),
        ]  # fmt: skip
    return blocks, w


def receipt(rng: random.Random, fmt: str) -> tuple[list[Block], Writer]:
    currency = rng.choice(("USD", "USD", "GBP", "EUR"))
    w = Writer(rng, currency=currency, european=False)
    merchant = rng.choice(MERCHANTS)
    shown = merchant.upper() if rng.random() < 0.5 else merchant
    w.plain_org(merchant)
    w.vendor = merchant
    shown = w.key("vendor", shown)
    w.number = rng.choice(
        (f"{rng.randint(1000, 999999):06d}", f"R-{rng.randint(10000, 99999)}",
         f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}")
    )  # fmt: skip
    day = random_day(rng)
    rows: list[tuple[str, str]] = []
    subtotal = 0.0
    for item in rng.sample(_SHOP_ITEMS, rng.randint(2, 5)):
        price = round(rng.uniform(0.8, 24.0), 2)
        subtotal += price
        rows.append((item, f"{price:.2f}"))
        w.line_item(item, None, None, price)
    subtotal = round(subtotal, 2)
    tax = round(subtotal * 0.08, 2) if currency == "USD" else 0.0
    total = round(subtotal + tax, 2)
    w.total = (total, currency)
    time = f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"
    number_label = rng.choice(("Receipt #", "Receipt No.", "Receipt:", "Trans #"))
    lines = [shown, _address(rng), f"Tel 0{rng.randint(100, 999)} {rng.randint(100000, 999999)}"]
    if rng.random() < 0.4:  # a greeting printed above the shop's name
        lines.insert(0, rng.choice(("*** WELCOME ***", "Welcome to", "-- CUSTOMER COPY --")))
    lines.append(f"{number_label} {w.key('documentNumber', w.number)}")
    lines.append(f"{w.date(day, 'issue')} {time}")
    lines.extend(f"{item}  {price}" for item, price in rows)
    lines.append(f"SUBTOTAL  {subtotal:.2f}")
    if tax:
        lines.append(f"TAX 8%  {tax:.2f}")
    lines.append(f"TOTAL  {w.total_money(total)}")
    lines.append(rng.choice(("VISA **** 4821", "CASH", "MASTERCARD **** 1177", "DEBIT CARD")))
    lines.append(rng.choice(("THANK YOU FOR SHOPPING WITH US", "Thank you for your visit!")))
    return [("lines", lines)], w


def purchase_order(rng: random.Random, fmt: str) -> tuple[list[Block], Writer]:
    currency, european = _currency(rng)
    w = Writer(rng, currency=currency, european=european)
    taken: set[str] = set()
    buyer, supplier = w.company(taken), w.company(taken)
    w.number = rng.choice(
        (f"PO-{rng.randint(2024, 2026)}-{rng.randint(1, 9999):04d}",
         f"45000{rng.randint(10000, 99999)}",
         f"PO{rng.randint(100000, 999999)}")
    )  # fmt: skip
    ordered = random_day(rng)
    deliver = ordered + dt.timedelta(days=rng.choice((7, 10, 21)))
    rows, subtotal = _line_items(w, rng, rng.randint(2, 4))
    w.total = (subtotal, currency)
    buyer_name = w.org(buyer)
    w.vendor = w.org(supplier)
    supplier_name = w.key("vendor", w.vendor)
    approver = w.person(w.person_name())
    label = rng.choice(("PO Number", "P.O. No.", "Purchase Order No.", "PO #"))
    title = rng.choice(("PURCHASE ORDER", "Purchase Order"))
    blocks: list[Block] = [
        ("title", title),
        ("lines", [buyer_name, _address(rng)]),
        ("kv", [(label, w.key("documentNumber", w.number)),
                ("Order date", w.date(ordered, "issue")),
                (rng.choice(("Delivery date", "Deliver by", "Required by")),
                 w.date(deliver, "due"))]),
        ("kv", [(rng.choice(("Vendor", "Supplier")), supplier_name),
                ("Ship to", f"{buyer_name}, {_address(rng)}")]),
        ("table", rows),
        ("kv", [(rng.choice(("Total", "Order total", "Total amount")), w.total_money(subtotal))]),
        ("para", f"Please confirm receipt of this order. Approved by {approver}, "
                 f"{rng.choice(TITLES)}."),
    ]  # fmt: skip
    if rng.random() < 0.5:  # the vendor block first, the PO number in a header line
        blocks[1], blocks[3] = blocks[3], blocks[1]
    return blocks, w


def contract(rng: random.Random, fmt: str) -> tuple[list[Block], Writer]:
    currency, european = _currency(rng)
    w = Writer(rng, currency=currency, european=european)
    taken: set[str] = set()
    first, second = w.company(taken), w.company(taken)
    kind = rng.choice(("Master Services Agreement", "Consulting Agreement", "Supply Agreement",
                       "Software License Agreement"))  # fmt: skip
    roles = rng.choice((("Client", "Provider"), ("Customer", "Supplier"), ("Licensee", "Licensor")))
    start = random_day(rng)
    end = start.replace(year=start.year + rng.choice((1, 2, 3))) - dt.timedelta(days=1)
    fee = rng.choice((120000.0, 48500.0, 250000.0, 1.2e6, 4.2e6))
    fee_text = w.big_money(fee) if fee >= 1e6 else w.money(fee)
    individual = rng.random() < 0.35  # the second party is a person, not a company
    signers = [w.person(w.person_name()), w.person(w.person_name())]
    number_line: list[Block] = []
    if rng.random() < 0.6:
        w.number = (
            f"{rng.choice(('C', 'MSA', 'AGR'))}-{rng.randint(2024, 2026)}-{rng.randint(1, 999):03d}"
        )
        number_line = [
            (
                "kv",
                [
                    (
                        rng.choice(("Agreement No.", "Contract number")),
                        w.key("documentNumber", w.number),
                    )
                ],
            )
        ]
    a = w.org(first)
    if individual:
        b = signers[1]
        roles = (roles[0], "Consultant")
        described = f"{b}, an individual residing in {rng.choice(CITIES).split(',')[0]}"
    else:
        b = described = w.org(second)
    law = rng.choice(("Delaware", "England and Wales", "Germany"))
    blocks: list[Block] = [
        ("title", kind.upper() if rng.random() < 0.5 else kind),
        *number_line,
        ("para", f'This {kind} (the "Agreement") is entered into as of '
                 f'{w.date(start, "effective")} (the "Effective Date") by and between {a}, a '
                 f"company organised under the laws of {law} "
                 f'(the "{roles[0]}"), and {described} (the "{roles[1]}").'),
        ("heading", "1. Services"),
        ("para", f"The {roles[1]} shall provide the services described in Schedule A. The "
                 f"{roles[0]} shall pay a total fee of {fee_text}, invoiced monthly in arrears."),
        ("heading", "2. Term and termination"),
        ("para", f"This Agreement commences on the Effective Date and shall terminate on "
                 f"{w.date(end, 'end')} unless renewed in writing by both parties. Either party "
                 f"may terminate for material breach on thirty days' written notice."),
        ("heading", "3. Governing law"),
        ("para", "This Agreement is governed by the laws of the jurisdiction stated above."),
        ("para", "IN WITNESS WHEREOF, the parties have executed this Agreement."),
        ("columns", [(f"For {a}", "" if individual else f"For {b}"), (signers[0], signers[1]),
                     (rng.choice(TITLES), rng.choice(TITLES))]),
    ]  # fmt: skip
    return blocks, w


def letter(rng: random.Random, fmt: str) -> tuple[list[Block], Writer]:
    currency, european = _currency(rng)
    w = Writer(rng, currency=currency, european=european)
    sender_company = w.company()
    company = w.org(sender_company)
    recipient = w.person(w.person_name())
    sender = w.person(w.person_name())
    honorific = rng.choice(("Ms.", "Mr.", "Dr.", "Ms", "Mr"))
    written = random_day(rng)
    reply_by = written + dt.timedelta(days=rng.choice((10, 14, 21)))
    amount = rng.choice((1150.0, 380.0, 2400.0, 96.5))
    topic = rng.choice(("your account", "the renewal of your service plan", "your recent order"))
    informal = rng.random() < 0.4  # no honorific anywhere: "Dear Priya Patel,"
    addressee = recipient if informal else f"{honorific} {recipient}"
    greeting = recipient if informal else f"{honorific} {recipient.split()[1]}"
    blocks: list[Block] = [
        ("lines", [company, _address(rng)]),
        ("lines", [w.date(written, "issue")]),
        ("lines", [addressee, _address(rng)]),
        ("lines", [f"Re: {topic.capitalize()}"]),
        ("lines", [f"Dear {greeting},"]),
        ("para", f"I am writing to you regarding {topic}. Following our review, the outstanding "
                 f"balance is {w.money(amount)}, which we would be grateful to receive at your "
                 f"earliest convenience."),
        ("para", f"Please return the signed confirmation by {w.date(reply_by, 'due')}. If you "
                 f"have any questions, please do not hesitate to contact me."),
        ("lines", [rng.choice(("Kind regards,", "Sincerely,", "Yours sincerely,",
                               "Yours faithfully,"))]),
        ("lines", [sender, rng.choice(TITLES), company]),
    ]  # fmt: skip
    return blocks, w


def memo(rng: random.Random, fmt: str) -> tuple[list[Block], Writer]:
    currency, european = _currency(rng)
    w = Writer(rng, currency=currency, european=european)
    company = w.company()
    author = w.person(w.person_name())
    contact = w.person(w.person_name())
    written = random_day(rng)
    effective = written + dt.timedelta(days=rng.choice((7, 14, 30)))
    budget = rng.choice((4.2e6, 850000.0, 1.5e6, 12e6))
    audience = rng.choice(("All staff of", "All employees,", "All staff at", "Everyone at"))
    subject = rng.choice(("Travel policy update", "New expense approval limits",
                          "Office relocation", "Year-end bonus programme"))  # fmt: skip
    header = [("To", f"{audience} {w.org(company)}"), ("From", f"{author}, {rng.choice(TITLES)}")]
    if rng.random() < 0.5:  # copied to a named person, labels in capitals
        header.append(("CC", w.person(w.person_name())))
        header = [(label.upper(), value) for label, value in header]
    blocks: list[Block] = [
        ("title", rng.choice(("MEMORANDUM", "Memo", "INTERNAL MEMO"))),
        ("kv", [*header, ("Date", w.date(written, "issue")), ("Subject", subject)]),
        ("para", f"Please note that the {subject.lower()} takes effect on "
                 f"{w.date(effective, 'effective')}. The programme has a budget of "
                 f"{w.big_money(budget) if budget >= 1e6 else w.money(budget)} for the year."),
        ("para", f"Managers should brief their teams this week. Questions can be sent to "
                 f"{contact} in the finance team."),
    ]  # fmt: skip
    return blocks, w


def minutes(rng: random.Random, fmt: str) -> tuple[list[Block], Writer]:
    currency, european = _currency(rng)
    w = Writer(rng, currency=currency, european=european)
    company = w.company()
    taken: set[str] = set()
    attendees = [w.person(w.person_name(taken)) for _ in range(rng.randint(3, 5))]
    absent = w.person(w.person_name(taken))
    held = random_day(rng)
    following = held + dt.timedelta(days=7)
    title = rng.choice((f"Minutes of the board meeting of {w.org(company)}",
                        f"{w.org(company)} weekly operations meeting: notes",
                        f"Meeting minutes - {w.org(company)} leadership team"))  # fmt: skip
    budget = rng.choice((2.5e6, 640000.0, 1.2e9, 75000.0))
    attendee_label = rng.choice(("Attendees", "Present", "Participants"))
    if rng.random() < 0.4:  # one attendee per bullet under a heading, the chair marked
        who: list[Block] = [
            ("kv", [("Date", w.date(held, "issue"))]),
            ("heading", attendee_label),
            ("bullets", [f"{attendees[0]} (chair)", *attendees[1:]]),
            ("kv", [("Apologies", absent)]),
        ]
    else:
        listed = (
            ", ".join(attendees[:-1]) + f" and {attendees[-1]}"
            if rng.random() < 0.5
            else ", ".join(attendees)
        )
        who = [("kv", [("Date", w.date(held, "issue")), (attendee_label, listed),
                       ("Apologies", absent)])]  # fmt: skip
    blocks: list[Block] = [
        ("title", title),
        *who,
        ("heading", "Decisions"),
        ("para", f"The committee approved a budget of "
                 f"{w.big_money(budget) if budget >= 1e6 else w.money(budget)} for the next "
                 f"phase. {attendees[0].split()[0]} presented the quarterly figures."),
        ("heading", "Action items"),
        ("table", [["Owner", "Action"],
                   [attendees[1], "Circulate the revised plan"],
                   [attendees[2], "Confirm supplier terms"]]),
        ("para", f"Next meeting: {w.date(following, None)}."),
    ]  # fmt: skip
    return blocks, w


def report(rng: random.Random, fmt: str) -> tuple[list[Block], Writer]:
    currency, european = _currency(rng)
    w = Writer(rng, currency=currency, european=european)
    company = w.company()
    author = w.person(w.person_name())
    published = random_day(rng)
    revenue = rng.choice((4.2e6, 12.5e6, 1.2e9, 860000.0, 3.4e9))
    costs = rng.choice((1.1e6, 2.75e6, 450000.0))
    quarter = f"Q{rng.randint(1, 4)} {published.year}"
    name = w.org(company)

    def figure(value: float) -> str:
        return w.big_money(value) if value >= 1e6 else w.money(value)

    if fmt == "md" and rng.random() < 0.7:  # the short Markdown report users drop
        blocks: list[Block] = [
            ("heading", f"{quarter} update - {name}"),
            ("lines", [f"Published {w.date(published, 'issue')} by {author}"]),
            ("bullets", [f"Revenue grew to {figure(revenue)}", f"Costs at {figure(costs)}",
                         "Headcount flat"]),
        ]  # fmt: skip
        return blocks, w
    blocks = [
        ("title", f"{name}: {quarter} performance report"),
        ("kv", [("Prepared by", author), ("Date", w.date(published, "issue"))]),
        ("heading", "Executive summary"),
        ("para", f"Revenue grew to {figure(revenue)} in {quarter}, ahead of plan. Operating costs "
                 f"were held at {figure(costs)} while the customer base expanded in every region."),
        ("heading", "Findings"),
        ("para", "Demand was strongest in logistics and healthcare. Churn fell for the third "
                 "consecutive quarter and the sales cycle shortened."),
        ("heading", "Recommendations"),
        ("para", "We recommend expanding the partner programme and investing in automation."),
    ]  # fmt: skip
    return blocks, w


def form(rng: random.Random, fmt: str) -> tuple[list[Block], Writer]:
    currency, european = _currency(rng)
    w = Writer(rng, currency=currency, european=european)
    company = w.company()
    employee = w.person(w.person_name())
    submitted = random_day(rng)
    w.number = f"EC-{submitted.year}-{rng.randint(1, 9999):04d}"
    rows = [["Date", "Description", "Amount"]]
    total = 0.0
    for item in rng.sample(("Taxi", "Hotel", "Train ticket", "Client dinner", "Parking"), 3):
        value = round(rng.uniform(12, 380), 2)
        total += value
        rows.append([w.date(submitted - dt.timedelta(days=rng.randint(2, 20)), None), item,
                     w.money(value)])  # fmt: skip
    total = round(total, 2)
    w.total = (total, currency)
    blocks: list[Block] = [
        ("title", rng.choice(("Expense Claim Form", "EXPENSE REIMBURSEMENT FORM"))),
        ("para", "Please complete all fields and attach receipts. Claims older than 90 days "
                 "cannot be reimbursed."),
        ("kv", [("Claim number", w.key("documentNumber", w.number)), ("Employee name", employee),
                ("Company", w.org(company)), ("Date submitted", w.date(submitted, "issue"))]),
        ("table", rows),
        ("kv", [("Total claimed", w.total_money(total)), ("Signature", "________________"),
                ("Approved", "[ ] yes   [ ] no")]),
    ]  # fmt: skip
    return blocks, w


def statement(rng: random.Random, fmt: str) -> tuple[list[Block], Writer]:
    currency, european = _currency(rng)
    w = Writer(rng, currency=currency, european=european)
    bank = rng.choice(BANKS)
    holder = w.person(w.person_name())
    issued = random_day(rng)
    due = issued + dt.timedelta(days=21)
    opening = round(rng.uniform(200, 5000), 2)
    rows = [["Date", "Description", "Amount"]]
    balance = opening
    for item in ("Card payment - Metro Hardware", "Direct debit - Lumen Energy", "Salary"):
        value = round(rng.uniform(20, 900), 2)
        balance += value if item == "Salary" else -value
        day = issued - dt.timedelta(days=rng.randint(3, 25))
        rows.append([w.date(day, None), item, f"{value:,.2f}"])
        w.line_item(item, None, None, value)
    balance = round(balance, 2)
    w.total = (balance, currency)
    numbered = rng.random() < 0.6
    if numbered:
        w.number = f"{rng.randint(100, 999)}/{issued.year}"
    account = f"****{rng.randint(1000, 9999)}"
    if not numbered:  # without a statement number, the account number identifies it
        w.number = account
        account = w.key("documentNumber", account)
    header: list[tuple[str, str]] = [("Account holder", holder), ("Account number", account),
                                     ("Statement date", w.date(issued, "issue"))]  # fmt: skip
    if numbered and w.number:
        header.insert(0, ("Statement no.", w.key("documentNumber", w.number)))
    blocks: list[Block] = [
        ("lines", [w.org(bank), _address(rng)]),
        ("title", rng.choice(("Account Statement", "STATEMENT OF ACCOUNT", "Monthly statement"))),
        ("kv", header),
        ("kv", [("Opening balance", w.money(opening))]),
        ("table", rows),
        ("kv", [(rng.choice(("Closing balance", "New balance")), w.total_money(balance)),
                ("Payment due date", w.date(due, "due"))]),
    ]  # fmt: skip
    return blocks, w


#: kind -> (layout name, template); layouts cycle over a kind's cases.
TEMPLATES: dict[str, tuple[tuple[str, Template], ...]] = {
    "invoice": (("invoice", invoice),),
    "receipt": (("receipt", receipt),),
    "purchase_order": (("purchase-order", purchase_order),),
    "contract": (("contract", contract),),
    "letter": (("letter", letter),),
    "memo": (("memo", memo),),
    "minutes": (("minutes", minutes),),
    "report": (("report", report),),
    "form": (("form", form),),
    "statement": (("statement", statement),),
}
