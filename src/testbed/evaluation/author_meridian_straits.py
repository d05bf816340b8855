"""English-printed bills of Singapore, Malaysia, the Philippines and Hong Kong: a GST tax
invoice, an SST invoice with its e-Invoice validation, an official receipt and a supplier's
statement of account.

Such papers carry a column of numbers in their header (customer account, the buyer's P.O.,
the delivery order, the registration numbers) beside the document's own, and a receipt's
printer permit carries dates of its own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_meridian_style import (
    PURSES,
    dater,
    day,
    digits,
    dmy,
    month_end,
    qty,
    rows_of,
    ymd,
)
from testbed.evaluation.truth import Block, Labels, LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

_SG = (
    (
        "Lion City Office Supplies Pte. Ltd.",
        "10 Ubi Crescent #05-12, Ubi Techpark, Singapore 408564",
    ),
    ("Merlion Aircon Engineering Pte Ltd", "21 Woodlands Close #07-33, Singapore 737854"),
    ("Tanjong Pagar Print House Pte. Ltd.", "60 Tras Street #02-01, Singapore 078999"),
)
_MY = (
    ("Syarikat Perniagaan Cahaya Sdn. Bhd.", "No. 12, Jalan SS 15/4, 47500 Subang Jaya, Selangor"),
    ("Penang Precision Parts Sdn Bhd", "Plot 88, Bayan Lepas FIZ Phase 4, 11900 Pulau Pinang"),
    ("Kedai Elektrik Wah Seng Enterprise", "23, Jalan Tun Razak, 50400 Kuala Lumpur"),
)
_CLIENTS = (
    "Harbourfront Dental Clinic Pte. Ltd.",
    "Sunrise Logistics Sdn. Bhd.",
    "Oakwood Tuition Centre",
    "Greenleaf F&B Management Pte Ltd",
    "Bintang Hardware Trading",
)
_GOODS = (
    ("A4 copier paper 80gsm (box of 5 reams)", 32.5),
    ("Servicing of wall-mounted aircon unit", 45.0),
    ("Toner cartridge TN-2480", 118.0),
    ("Name cards printing (box of 100)", 28.0),
    ("Chemical wash of ceiling cassette unit", 160.0),
    ("Ball bearing 6204-2RS", 9.8),
    ("Labour charges (per hour)", 65.0),
    ("Transport and delivery", 40.0),
)


def _tax_invoice(rng: random.Random, country: str) -> tuple[Sheet, Labels]:
    """One paper for both sides of the Causeway: Singapore prints GST 9% and S$, Malaysia
    SST and RM, with its e-Invoice's UID and validation time."""
    purse = PURSES[country]
    name, address = rng.choice(_SG if country == "SG" else _MY)
    client = rng.choice(_CLIENTS)
    issued = day(rng)
    number = rng.choice(
        (
            f"INV-{issued.year % 100}-{rng.randint(1, 9999):05d}",
            f"{rng.randint(10000, 99999)}",
            f"IV{issued.year % 100}{issued.month:02d}-{rng.randint(1, 999):03d}",
            f"SI/{issued.year}/{rng.randint(1, 9999):04d}",
        )
    )
    rows = rows_of(rng, _GOODS, purse, 5)
    subtotal = purse.round(sum(r.amount for r in rows))
    rate = 0.09 if country == "SG" else rng.choice((0.08, 0.10))
    tax = purse.round(subtotal * rate)
    total = purse.round(subtotal + tax)
    if country == "SG":
        show = dater(rng.choice(("dmy/", "en-short")))
        reg = [f"Co. Reg. No. & GST Reg. No.: {issued.year - rng.randint(3, 20)}{digits(rng, 5)}K"]
        tax_label, total_label = (
            "GST 9%",
            rng.choice(("Total Amount Payable (SGD)", "TOTAL (S$)", "Grand Total")),
        )
        title = "TAX INVOICE"
    else:
        show = dater(rng.choice(("dmy/", "dmy-")))
        reg = [
            f"Company No. 20{digits(rng, 10)} ({digits(rng, 6)}-{rng.choice('ADHKMPTUVWX')})",
            f"SST Reg. No.: W10-{digits(rng, 4)}-{digits(rng, 8)}",
        ]
        tax_label = f"{'Service' if rate == 0.08 else 'Sales'} Tax {round(rate * 100)}%"
        total_label = rng.choice(("Total Payable (RM)", "TOTAL INCLUDING SST", "Nett Total"))
        title = "INVOICE"
    terms = rng.choice((0, 14, 30, 30, 60))
    panel = [
        ("Invoice No.", mark("documentNumber", number)),
        ("Date", mark("issueDate", show(issued))),
        ("Customer A/C", f"{client[:3].upper()}{rng.randint(1, 999):03d}"),
        ("Your P.O. No.", f"PO{rng.randint(100000, 999999)}"),
        ("D/O No.", f"DO-{rng.randint(10000, 99999)}"),
        ("Terms", "C.O.D." if not terms else f"{terms} Days"),
    ]
    dates = [("issue", issued.isoformat())]
    if terms and rng.random() < 0.5:
        due = issued + dt.timedelta(days=terms)
        panel.append(("Due Date", mark("dueDate", show(due))))
        dates.append(("due", due.isoformat()))
    table = [["No.", "Description", "Qty", "UOM", "Unit Price", "Amount"]]
    table += [
        [
            str(i + 1),
            r.description,
            qty(r.quantity),
            rng.choice(("PCS", "UNIT", "LOT")) if "hour" not in r.description else "HR",
            purse.plain(r.unit_price or 0),
            purse.plain(r.amount),
        ]
        for i, r in enumerate(rows)
    ]
    footer = [
        f'Cheques should be crossed and made payable to "{name}".',
        "Interest at 1.5% per month will be charged on overdue accounts. E. & O.E.",
    ]
    extra: list[tuple[str, str]] = []
    if country == "MY":
        extra = [
            (
                "e-Invoice UID",
                "".join(rng.choice("ABCDEFGHJKMNPQRSTVWXYZ0123456789") for _ in range(26)),
            ),
            (
                "Validated on",
                f"{ymd(issued + dt.timedelta(days=1))} "
                f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
            ),
        ]
    sheet = Sheet(
        head=[mark("vendor", name), address, *reg],
        panel=panel,
        panel_style="box",
        address=["Bill To:", client, "Attn: Accounts Department"],
        body=[
            ("title", title),
            ("table", table),
            (
                "kv",
                [
                    ("Sub-Total", purse.money(subtotal)),
                    (tax_label, purse.money(tax)),
                    (total_label, mark("total", purse.money(total))),
                ],
            ),
            *([("kv", extra)] if extra else []),
        ],
        footer=footer,
        text_panel=rng.choice(("kv", "columns", "kv_below")),
    )
    labels = Labels(
        "invoice",
        number,
        (name, client),
        (),
        name,
        (total, purse.code),
        ((subtotal, purse.code), (tax, purse.code), (total, purse.code)),
        tuple(dates),
        tuple(rows),
    )
    return sheet, labels


def tax_invoice_sg(rng: random.Random) -> tuple[Sheet, Labels]:
    return _tax_invoice(rng, "SG")


def invoice_my(rng: random.Random) -> tuple[Sheet, Labels]:
    return _tax_invoice(rng, "MY")


def official_receipt_ph(rng: random.Random) -> tuple[Sheet, Labels]:
    """A Philippine official receipt for invoices paid: its OR number, the sales invoices it
    settles, the cheque's own date and the printer's permit with its validity."""
    purse = PURSES["PH"]
    name = rng.choice(
        (
            "Bayanihan Trading Corporation",
            "Mabuhay Janitorial Services Inc.",
            "Cebu Pacific Hardware & Construction Supply",
        )
    )
    client = rng.choice(
        (
            "Makati Medical Imaging Center Inc.",
            "Ortigas Business Hub Condominium Corp.",
            "Juan Miguel Santos",
        )
    )
    paid = day(rng)
    number = (
        f"{rng.randint(100, 99999):07d}" if rng.random() < 0.6 else str(rng.randint(1000, 9999))
    )
    invoices = []
    for _ in range(rng.randint(1, 3)):
        amount = purse.round(rng.uniform(2500, 85000))
        invoices.append(LineItem(f"SI No. {rng.randint(1000, 9999)}", None, None, amount))
    total = purse.round(sum(r.amount for r in invoices))
    show = dater(rng.choice(("en-mdy", "dmy/")))
    table = [["In settlement of", "Invoice Date", "Amount"]]
    table += [
        [r.description, dmy(paid - dt.timedelta(days=rng.randint(20, 70))), purse.plain(r.amount)]
        for r in invoices
    ]
    cheque = rng.random() < 0.6
    issued_atp = dt.date(2025, rng.randint(1, 12), rng.randint(1, 28))
    sheet = Sheet(
        head=[
            mark("vendor", name),
            f"VAT Reg. TIN: {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-00000",
            rng.choice(
                (
                    "123 Rizal Avenue, Sta. Cruz, Manila",
                    "Unit 4B, Mango Avenue, Cebu City",
                    "88 Shaw Blvd., Mandaluyong City",
                )
            ),
        ],
        panel=[
            ("OFFICIAL RECEIPT No.", mark("documentNumber", number)),
            ("Date", mark("issueDate", show(paid))),
        ],
        body=[
            (
                "para",
                f"RECEIVED from {client} with TIN "
                f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)} "
                f"the sum of {mark('total', purse.money(total))} in full payment for the "
                "following:",
            ),
            ("table", table),
            (
                "kv",
                [
                    ("Total Amount", purse.money(total)),
                    (
                        "Form of payment",
                        f"Check No. {digits(rng, 10)} dated {dmy(paid - dt.timedelta(days=2))}"
                        if cheque
                        else "Cash",
                    ),
                ],
            ),
            ("lines", ["By: ____________________", "Cashier / Authorized Representative"]),
        ],
        footer=[
            f"BIR Authority to Print No. {digits(rng, 10)}  Date Issued: {dmy(issued_atp)}  "
            f"Valid until: {dmy(issued_atp.replace(year=2030))}",
            "50 Bklts. (50x3) 0001-2500  Printer's Accreditation No. 037MP2023000000012",
        ],
    )
    labels = Labels(
        "receipt",
        number,
        (name,) + (() if client == "Juan Miguel Santos" else (client,)),
        (client,) if client == "Juan Miguel Santos" else (),
        name,
        (total, "PHP"),
        ((total, "PHP"),),
        (("issue", paid.isoformat()),),
        tuple(invoices),
    )
    return sheet, labels


def statement_hk(rng: random.Random) -> tuple[Sheet, Labels]:
    """A Hong Kong supplier's monthly statement of account: the balance brought forward, the
    month's invoices and payments, and the balance due, sometimes with a settle-by date."""
    purse = PURSES["HK"]
    name = rng.choice(
        (
            "Wing Fat Trading Co. Ltd.",
            "Kowloon Bay Stationery Company Limited",
            "Tai Hing Seafood Supply Ltd.",
        )
    )
    client = rng.choice(
        (
            "Golden Dragon Restaurant Ltd.",
            "Harbour View Property Management Ltd.",
            "Lee & Partners Solicitors",
        )
    )
    closing = month_end(day(rng, dt.date(2026, 1, 5), 300))
    start = closing.replace(day=1)
    forward = purse.round(rng.uniform(0, 20000))
    rows, balance = [], forward
    table = [["Date", "Ref. No.", "Description", "Debit", "Credit", "Balance"]]
    long = rng.random() < 0.25
    count = rng.randint(34, 48) if long else rng.randint(2, 5)
    moments = sorted(start + dt.timedelta(days=rng.randrange(closing.day)) for _ in range(count))
    for index, moment in enumerate(moments):
        paying = index > 0 and rng.random() < 0.3
        amount = purse.round(
            rng.uniform(800, 15000) if not paying else min(balance, rng.uniform(2000, 10000))
        )
        ref = f"RV{rng.randint(1000, 9999)}" if paying else f"INV{rng.randint(10000, 99999)}"
        text = "Payment received - thank you" if paying else "Sales invoice"
        balance = purse.round(balance - amount if paying else balance + amount)
        rows.append(LineItem(text, None, None, amount))
        table.append(
            [
                dmy(moment),
                ref,
                text,
                "" if paying else purse.plain(amount),
                purse.plain(amount) if paying else "",
                purse.plain(balance),
            ]
        )
    numbered = rng.random() < 0.4
    number = (
        f"SOA-{closing.year % 100}{closing.month:02d}-{rng.randint(1, 999):03d}"
        if numbered
        else None
    )
    panel = [
        ("Statement Date", mark("issueDate", dmy(closing))),
        ("Account No.", f"A-{rng.randint(10000, 99999)}"),
        ("Currency", "HKD"),
        ("Terms", "30 days"),
    ]
    if number:
        panel.insert(0, ("Statement No.", mark("documentNumber", number)))
    dates = [("issue", closing.isoformat())]
    body = [
        ("title", "STATEMENT OF ACCOUNT"),
        ("kv", [("Balance brought forward", purse.money(forward))]),
        *_split(table, 26 if long else len(table)),
        ("kv", [("Balance Due", mark("total", purse.money(balance)))]),
    ]
    if rng.random() < 0.5:
        due = closing + dt.timedelta(days=30)
        body.append(
            (
                "para",
                f"Kindly settle the above balance on or before {mark('dueDate', dmy(due))}. "
                "Please ignore this statement if payment has already been made.",
            )
        )
        dates.append(("due", due.isoformat()))
    body.append(
        (
            "table",
            [
                ["Current", "30 days", "60 days", "Over 90 days"],
                [
                    purse.plain(balance - forward if balance > forward else balance),
                    purse.plain(forward if balance > forward else 0.0),
                    "0.00",
                    "0.00",
                ],
            ],
        )
    )
    sheet = Sheet(
        head=[
            mark("vendor", name),
            f"Unit {rng.randint(101, 2512)}, {rng.randint(2, 25)}/F, "
            "Hunghom Commercial Centre, 37 Ma Tau Wai Road, Kowloon",
            f"Tel: 2{digits(rng, 3)} {digits(rng, 4)}",
        ],
        panel=panel,
        running="Statement of Account - Page {page} of {pages}" if long else None,
        address=[
            "To:",
            client,
            f"Attn: {rng.choice(('Mr. Chan Tai Man', 'Ms. Wong Mei Ling', 'Accounts Payable'))}",
        ],
        body=body,
        footer=[
            "Cheques should be crossed and made payable to the company. FPS ID: " + digits(rng, 9)
        ],
        text_panel=rng.choice(("kv", "columns")),
    )
    people = tuple(p for p in ("Mr. Chan Tai Man", "Ms. Wong Mei Ling") if p in str(sheet.address))
    labels = Labels(
        "statement",
        number,
        (name, client),
        people,
        name,
        (balance, "HKD"),
        ((forward, "HKD"), (balance, "HKD")),
        tuple(dates),
        tuple(rows),
    )
    return sheet, labels


def _split(table: list[list[str]], first: int) -> list[Block]:
    """A table of more rows than a page holds: its first rows, then the rest on a new page
    under the header repeated."""
    if first >= len(table):
        return [("table", table)]
    return [("table", table[:first]), ("break", None), ("table", [table[0], *table[first:]])]


__all__ = ["invoice_my", "official_receipt_ph", "statement_hk", "tax_invoice_sg"]
