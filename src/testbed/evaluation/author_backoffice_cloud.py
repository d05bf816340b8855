"""Software and cloud papers: a SaaS subscription invoice, a cloud provider's monthly invoice,
a card-payment receipt for a subscription and a credit memo. Each prints account, subscription,
order and purchase-order numbers beside its own number, and a billing period beside its dates.
"""

from __future__ import annotations

import random

from testbed.evaluation.author_backoffice_style import (
    PLACES,
    Paper,
    address,
    buyer,
    digits,
    later,
    letters,
    month_end,
    person,
    some_day,
)
from testbed.evaluation.truth import Labels, LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

SAAS = (
    "Tallyboard Inc.",
    "Quillstack Software Ltd",
    "Brightlane Analytics Inc.",
    "Fernhook Labs B.V.",
    "Sparrowdesk ApS",
    "Cobaltline CRM Ltd",
    "Hivepoint Technologies Inc.",
)
CLOUD = (
    "Stratus Web Services EMEA SARL",
    "Nimbus Cloud Platform Inc.",
    "Cirrus Compute Ireland Ltd",
    "Northgrid Hosting AB",
)
PLANS = (
    ("Business plan, per seat", 12.0, 45.0),
    ("Enterprise plan, per seat", 30.0, 90.0),
    ("Additional storage 500 GB", 20.0, 60.0),
    ("API calls, per 100k", 4.0, 15.0),
    ("Premium support", 150.0, 900.0),
    ("SSO add-on", 2.0, 6.0),
    ("Sandbox environment", 80.0, 250.0),
)
SERVICES = (
    "Elastic Compute",
    "Object Storage",
    "Data Transfer",
    "Managed Database",
    "Load Balancing",
    "Key Management",
    "Monitoring and Logs",
    "Business Support",
)


def _priced(paper: Paper, count: int) -> tuple[list[list[str]], tuple[LineItem, ...], float]:
    """A subscription's item rows: the table cells, the items, their sum."""
    cells: list[list[str]] = []
    items: list[LineItem] = []
    for name, low, high in paper.rng.sample(PLANS, count):
        quantity = paper.rng.choice((1, 1, 2, 5, 10, 25, 40))
        unit = paper.price(low, high)
        amount = round(quantity * unit, 2)
        cells.append([name, str(quantity), paper.num(unit), paper.num(amount)])
        items.append(LineItem(name, float(quantity), unit, amount))
    return cells, tuple(items), round(sum(i.amount for i in items), 2)


def saas_invoice(rng: random.Random) -> tuple[Sheet, Labels]:
    """A subscription invoice: account, subscription and the customer's PO beside its number;
    terms printed as a due date, or only as "Net 30" or "Due on receipt"; billed in dollars
    to a customer abroad under the reverse charge now and then."""
    home = Paper.of(rng)
    abroad = home.place.code != "US" and rng.random() < 0.3
    p = Paper.of(rng, PLACES[0]) if abroad else home
    vendor, client, contact = rng.choice(SAAS), buyer(rng, home.place), person(rng)
    issued = some_day(rng)
    number = rng.choice(
        (
            f"INV-{issued.year}-{digits(rng, 6)}",
            f"{letters(rng, 3)}{digits(rng, 7)}",
            f"{digits(rng, 4)}-{digits(rng, 4)}",
        )
    )
    account, subscription = f"ACC-{digits(rng, 7)}", f"sub_{digits(rng, 4)}{letters(rng, 6)}"
    start = later(issued, rng.randint(-3, 3)).replace(day=1)
    terms = rng.choice(("Net 30", "Net 15", "Due on receipt", "Net 30"))
    shows_due = terms != "Due on receipt" and rng.random() < 0.7
    due = later(issued, 15 if terms == "Net 15" else 30)
    cells, items, subtotal = _priced(p, rng.randint(2, 4))
    tax = 0.0 if abroad else round(subtotal * p.place.rate, 2)
    total = round(subtotal + tax, 2)
    tax_label = "VAT reverse charge" if abroad else p.place.tax
    panel = [
        ("Invoice number", mark("documentNumber", number)),
        ("Invoice date", mark("issueDate", p.day(issued))),
        ("Account ID", account),
        ("Subscription ID", subscription),
    ]
    if shows_due:
        panel.insert(2, ("Due date", mark("dueDate", p.day(due))))
    if rng.random() < 0.5:
        panel.append(("Customer PO", f"4500{digits(rng, 6)}"))
    totals = [
        ("Subtotal", p.money(subtotal)),
        (tax_label, p.money(tax)),
        ("Total", mark("total", p.money(total))),
    ]
    credit = round(rng.uniform(0.02, 0.3) * subtotal, 2) if rng.random() < 0.25 else 0.0
    if credit:
        totals += [("Account credit applied", p.money(-credit))]
    totals += [("Amount due", p.money(round(total - credit, 2)))]
    sheet = Sheet(
        head=[
            mark("vendor", vendor),
            address(rng, p.place),
            f"billing@{vendor.split()[0].lower()}.example",
        ],
        panel=panel,
        panel_style=rng.choice(("box", "stack", "band")) if len(panel) <= 5 else "box",
        address=["Bill to:", client, f"Attn: {contact}", address(rng, home.place)],
        body=[
            ("title", "Invoice"),
            (
                "para",
                f"Billing period {p.day(start)} to {p.day(month_end(start))}. "
                f"Payment terms: {terms}.",
            ),
            ("table", [["Description", "Qty", "Unit price", f"Amount ({p.currency})"], *cells]),
            ("kv", totals),
        ],
        footer=[
            f"{vendor} · {p.place.bank[0]}",
            f"Please quote invoice {number} with your payment. Questions: support portal.",
        ],
        text_panel=rng.choice(("kv", "columns", "kv_below")),
    )
    dates = [("issue", issued)] + ([("due", due)] if shows_due else [])
    return sheet, p.labels(
        "invoice",
        number,
        organizations=(vendor, client),
        people=(contact,),
        vendor=vendor,
        total=total,
        dates=tuple(dates),
        items=items,
    )


def cloud_invoice(rng: random.Random) -> tuple[Sheet, Labels]:
    """A cloud provider's monthly invoice: a 12-digit account number above the invoice number,
    the billing period, and the day the amount is due by."""
    p = Paper.of(rng)
    vendor, client = rng.choice(CLOUD), buyer(rng, p.place)
    issued = some_day(rng).replace(day=rng.randint(2, 5))
    start = later(issued.replace(day=1), -1).replace(day=1)
    due = later(issued, rng.choice((15, 30)))
    account, number = digits(rng, 12), rng.choice((digits(rng, 10), f"EUINIE{digits(rng, 8)}"))
    rows = [(name, p.price(3, 1800)) for name in rng.sample(SERVICES, rng.randint(3, 6))]
    subtotal = round(sum(a for _, a in rows), 2)
    tax = round(subtotal * p.place.rate, 2)
    total = round(subtotal + tax, 2)
    items = tuple(LineItem(name, None, None, amount) for name, amount in rows)
    wording = rng.choice(("Total amount due by", "Payment due date", "Due by"))
    sheet = Sheet(
        head=[mark("vendor", vendor), "Tax Invoice", address(rng, p.place)],
        panel=[
            ("Account number", account),
            ("Invoice Number", mark("documentNumber", number)),
            ("Invoice Date", mark("issueDate", p.day(issued))),
            ("Billing Period", f"{p.day(start)} - {p.day(month_end(start))}"),
            (wording, mark("dueDate", p.day(due))),
        ],
        address=[client, "Accounts Payable", address(rng, p.place)],
        body=[
            ("heading", "Summary"),
            (
                "kv",
                [
                    ("Charges", p.money(subtotal)),
                    (p.place.tax, p.money(tax)),
                    ("Total for this invoice", mark("total", p.money(total))),
                ],
            ),
            ("heading", "Detail for account " + account),
            ("table", [["Service", "Charges"], *[[n, p.num(a)] for n, a in rows]]),
            (
                "para",
                f"Usage from {p.day(start)} through {p.day(month_end(start))}. Charges "
                "are billed in arrears; the card or bank account on file is not charged.",
            ),
        ],
        footer=[
            f"Pay by bank transfer: {p.place.bank[-1]}",
            f"Reference: invoice number and account {account}.",
        ],
        text_panel=rng.choice(("kv", "columns")),
    )
    return sheet, p.labels(
        "invoice",
        number,
        organizations=(vendor, client),
        vendor=vendor,
        total=total,
        dates=(("issue", issued), ("due", due)),
        items=items,
    )


def saas_receipt(rng: random.Random) -> tuple[Sheet, Labels]:
    """A card payment's receipt: the receipt number is its own; the invoice it pays has another."""
    p = Paper.of(rng)
    vendor, client = rng.choice(SAAS), buyer(rng, p.place)
    paid = some_day(rng)
    number = f"{digits(rng, 4)}-{digits(rng, 4)}"
    invoice = f"{letters(rng, 4)}{digits(rng, 4)}-{digits(rng, 4)}"
    cells, items, subtotal = _priced(p, rng.randint(1, 3))
    tax = round(subtotal * p.place.rate, 2) if rng.random() < 0.6 else 0.0
    total = round(subtotal + tax, 2)
    card = f"{rng.choice(('Visa', 'Mastercard', 'Amex'))} - {digits(rng, 4)}"
    sums = [("Subtotal", p.money(subtotal))] + ([(p.place.tax, p.money(tax))] if tax else [])
    sheet = Sheet(
        head=[
            f"Receipt from {mark('vendor', vendor)}",
            address(rng, p.place),
        ],
        panel=[
            ("Receipt", "#" + mark("documentNumber", number)),
            ("Invoice", "#" + invoice),
            ("Date paid", mark("issueDate", p.day(paid))),
            ("Payment method", card),
        ],
        panel_style=rng.choice(("band", "box")),
        address=[client, address(rng, p.place)],
        body=[
            ("heading", "Summary"),
            ("table", [["Item", "Qty", "Unit price", "Amount"], *cells]),
            ("kv", [*sums, ("Amount paid", mark("total", p.money(total)))]),
            (
                "para",
                f"Questions? Contact the {vendor} support team. You are receiving this "
                "email because you made a purchase with us.",
            ),
        ],
        text_panel="kv",
    )
    return sheet, p.labels(
        "receipt",
        number,
        organizations=(vendor, client),
        vendor=vendor,
        total=total,
        dates=(("issue", paid),),
        items=items,
    )


def credit_memo(rng: random.Random) -> tuple[Sheet, Labels]:
    """A credit memo against an earlier invoice, whose number and date it prints too; the total
    is printed as a credit, with or without a minus, and labelled as printed."""
    p = Paper.of(rng)
    vendor, client = rng.choice(SAAS + CLOUD), buyer(rng, p.place)
    issued, original = some_day(rng), None
    original = later(issued, -rng.randint(10, 60))
    number = rng.choice((f"CM-{digits(rng, 6)}", f"CN{issued.year % 100}{digits(rng, 5)}"))
    invoice = f"INV-{original.year}-{digits(rng, 6)}"
    cells, items, subtotal = _priced(p, rng.randint(1, 2))
    tax = round(subtotal * p.place.rate, 2)
    total = round(subtotal + tax, 2)
    minus = rng.random() < 0.5
    shown = -total if minus else total
    title = rng.choice(("Credit Memo", "Credit Note"))
    sheet = Sheet(
        head=[mark("vendor", vendor), address(rng, p.place)],
        panel=[
            (f"{title} No.", mark("documentNumber", number)),
            ("Date", mark("issueDate", p.day(issued))),
            ("Original invoice", invoice),
            ("Invoice date", p.day(original)),
            ("Customer no.", digits(rng, 6)),
        ],
        address=[client, address(rng, p.place)],
        body=[
            ("title", title.upper()),
            (
                "para",
                rng.choice(
                    (
                        "Credit for seats removed before renewal.",
                        "Service credit for the outage under the SLA.",
                        "Duplicate billing corrected.",
                    )
                ),
            ),
            ("table", [["Description", "Qty", "Unit price", "Amount"], *cells]),
            (
                "kv",
                [
                    ("Subtotal", p.money(subtotal)),
                    (p.place.tax, p.money(tax)),
                    ("Total credit" if not minus else "Total", mark("total", p.money(shown))),
                ],
            ),
            (
                "para",
                "This credit will be applied to your next invoice unless you ask for a refund.",
            ),
        ],
        text_panel=rng.choice(("kv", "columns")),
    )
    return sheet, p.labels(
        "invoice",
        number,
        organizations=(vendor, client),
        vendor=vendor,
        total=shown,
        dates=(("issue", issued),),
        items=items,
    )


__all__ = ["cloud_invoice", "credit_memo", "saas_invoice", "saas_receipt"]
