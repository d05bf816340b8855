"""Plans paid by the month or the year: a mobile or broadband bill and a software
subscription invoice or receipt.

How this author reads them: the invoice number is the number, never the account, customer,
subscription or phone number; the due date is the printed "amount due by" or autopay day;
"Net 30" without a printed date gives no due date, and a receipt paid by card has none.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_meterbox_style import (
    SAAS_NAMES,
    Notebook,
    day_between,
    digits,
    labelled,
    letters,
)
from testbed.evaluation.truth import Block, Labels, mark
from testbed.evaluation.variety_dues_print import Sheet


def phone_bill(rng: random.Random) -> tuple[Sheet, Labels]:
    """A mobile or broadband bill (US, Ireland or UK): account, invoice number, the line's
    phone number and a handset instalment "7 of 24" in the table; due date or autopay date."""
    place = rng.choice(["us", "ie", "uk"])
    nb = Notebook(
        {"us": "usd", "ie": "eur_ie", "uk": "gbp"}[place],
        {"us": "us_short", "ie": "uk_short", "uk": "uk_long"}[place],
    )
    vendor = rng.choice(
        {
            "us": ["Crestline Wireless", "Prairie Fiber"],
            "ie": ["Liffey Mobile", "Atlantic Broadband"],
            "uk": ["Kestrel Mobile", "Fenwire Broadband"],
        }[place]
    )
    person = rng.choice(
        {
            "us": ["Marcus Bell", "Sofia Alvarez"],
            "ie": ["Siobhan Kelly", "Eoin Brady"],
            "uk": ["Gemma Hart", "Raj Patel"],
        }[place]
    )
    issued = day_between(rng)
    start = issued.replace(day=1) if issued.day > 1 else issued - dt.timedelta(days=31)
    end = start + dt.timedelta(days=29)
    due = issued + dt.timedelta(days=rng.choice([14, 18, 21]))
    number = rng.choice(
        [f"{digits(rng, 10)}", f"INV-{digits(rng, 8)}", f"{letters(rng, 2)}{digits(rng, 7)}"]
    )
    account = digits(rng, 9)
    line = {
        "us": f"({digits(rng, 3)}) 555-{digits(rng, 4)}",
        "ie": f"087 {digits(rng, 3)} {digits(rng, 4)}",
        "uk": f"07{digits(rng, 3)} {digits(rng, 6)}",
    }[place]
    plan = rng.choice([25.0, 35.0, 45.0, 55.0])
    rows = [["Description", "Qty", "Unit price", "Amount"]]
    entries = [
        (rng.choice(["Unlimited Plus plan", "Fibre 500 broadband", "SIM only 100GB"]), 1, plan)
    ]
    if rng.random() < 0.6:
        entries.append(
            (f"Handset instalment {rng.randint(2, 23)} of 24", 1, rng.choice([18.75, 29.17, 33.33]))
        )
    if rng.random() < 0.5:
        entries.append(("International minutes", rng.randint(5, 60), 0.12))
    entries.append(
        ("Line rental" if place != "us" else "Regulatory fee", 1, rng.choice([3.99, 4.50]))
    )
    for name, qty, unit in entries:
        amount = round(qty * unit, 2)
        nb.row(name, qty, unit, amount)
        rows.append([name, str(qty), nb.bare(unit), nb.bare(amount)])
    net = round(sum(item.amount for item in nb.items), 2)
    rate = {"us": 0.0725, "ie": 0.23, "uk": 0.20}[place]
    tax = round(net * rate, 2)
    total = round(net + tax, 2)
    autopay = rng.random() < 0.45
    tax_name = {"us": "Sales tax 7.25%", "ie": "VAT @ 23%", "uk": "VAT @ 20%"}[place]
    due_text = (
        f"AutoPay will charge your card on {nb.date(due, 'due')}"
        if autopay
        else f"Amount due by {nb.date(due, 'due')}"
    )
    panel = [
        ("Account no.", account),
        ("Invoice no.", mark("documentNumber", number)),
        ("Invoice date", nb.date(issued, "issue")),
        ("Phone number" if place != "us" else "Wireless number", line),
        ("Total amount due", nb.money(total, "total")),
    ]
    body = [
        ("heading", f"Bill for {nb.date(start)} - {nb.date(end)}"),
        ("para", due_text + "."),
        ("table", rows),
        (
            "kv",
            [("Subtotal", nb.money(net)), (tax_name, nb.money(tax)), ("Total", nb.money(total))],
        ),
        (
            "para",
            f"Previous bill {nb.money(round(total + rng.uniform(-6, 6), 2))} - payment "
            f"received {nb.date(issued - dt.timedelta(days=rng.randint(3, 12)))}. Thank you.",
        ),
        (
            "para",
            f"Questions? Call 1-800-555-{digits(rng, 4)}"
            if place == "us"
            else f"Questions? Call {'1800' if place == 'ie' else '0345'} "
            f"{digits(rng, 3)} {digits(rng, 3)} or visit My Account.",
        ),
    ]
    sheet = Sheet(
        head=[
            mark("vendor", vendor),
            "Customer care · "
            + {
                "us": "PO Box 66021, Dallas TX 75266",
                "ie": "Block C, Eastpoint, Dublin 3, D03 X2Y4",
                "uk": "Freepost " + vendor.split()[0].upper(),
            }[place],
        ],
        panel=panel,
        panel_style=rng.choice(["box", "stack", "band"]),
        address=[person, "12 Harbour View" if place != "us" else "4410 Elm Ridge Dr"],
        body=body,
        running="Page {page} of {pages}",
        footer=[f"{vendor} · Registered office and VAT/tax ids on our website."],
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )
    return sheet, labelled(nb, "invoice", number, (vendor,), (person,), vendor, total)


def saas_invoice(rng: random.Random) -> tuple[Sheet, Labels]:
    """A software subscription invoice or card receipt: invoice number, customer id,
    subscription id, billing period, seats, tax; a due date, "Net 30" alone, or paid."""
    money = rng.choice(["usd", "eur_ie", "gbp", "usd_code"])
    nb = Notebook(money, rng.choice(["us_short", "uk_short", "iso"]))
    vendor = rng.choice(SAAS_NAMES)
    company = f"{vendor} Inc."
    buyer = rng.choice(["Moss & Finch Design Ltd", "Riverbend Dental Practice", "Kowalski Bakery"])
    issued = day_between(rng)
    number = rng.choice(
        [
            f"{letters(rng, 4)}-{digits(rng, 4)}",
            f"INV-{issued.year}-{digits(rng, 5)}",
            f"{digits(rng, 8)}-{digits(rng, 4)}",
        ]
    )
    annual = rng.random() < 0.4
    end = issued.replace(year=issued.year + 1) if annual else issued + dt.timedelta(days=30)
    seats = rng.randint(1, 25)
    unit = rng.choice([8.0, 12.0, 15.0, 29.0]) * (12 if annual else 1)
    rows = [["Description", "Qty", "Unit price", "Amount"]]
    plan = f"{rng.choice(['Team', 'Business', 'Pro'])} plan ({'annual' if annual else 'monthly'})"
    nb.row(plan, seats, unit, seats * unit)
    rows.append([plan, str(seats), nb.bare(unit), nb.bare(seats * unit)])
    if rng.random() < 0.4:
        nb.row("Extra storage 100 GB", 1, 5.0, 5.0)
        rows.append(["Extra storage 100 GB", "1", nb.bare(5.0), nb.bare(5.0)])
    net = round(sum(item.amount for item in nb.items), 2)
    rate = {"usd": 0.0, "usd_code": 0.0, "eur_ie": 0.23, "gbp": 0.20}[money]
    tax = round(net * rate, 2)
    total = round(net + tax, 2)
    mode = rng.choice(["due", "net", "paid"])
    panel = [
        ("Invoice number", mark("documentNumber", number)),
        ("Date of issue", nb.date(issued, "issue")),
    ]
    if mode == "due":
        panel.append(("Date due", nb.date(issued + dt.timedelta(days=rng.choice([14, 30])), "due")))
    elif mode == "net":
        panel.append(("Payment terms", "Net 30"))
    else:
        panel.append(("Date paid", nb.date(issued)))
    panel.append(("Customer ID", f"cus_{letters(rng, 6).lower()}{digits(rng, 4)}"))
    body: list[Block] = [
        ("title", "Receipt" if mode == "paid" else "Invoice"),
        (
            "columns",
            [
                ("Bill to", "From"),
                (buyer, vendor + " Inc."),
                (
                    f"VAT no. IE{digits(rng, 7)}{letters(rng, 1)}" if rate else "Tax id on file",
                    f"Subscription sub_{digits(rng, 10)}",
                ),
            ],
        ),
        ("para", f"Billing period {nb.date(issued)} - {nb.date(end)}"),
        ("table", rows),
        (
            "kv",
            [
                ("Subtotal", nb.money(net)),
                (f"Tax ({rate:.0%})", nb.money(tax)),
                ("Total", nb.money(total, "total")),
                (
                    "Amount paid" if mode == "paid" else "Amount due",
                    nb.money(total),
                ),
            ],
        ),
    ]
    if mode == "paid":
        body.append(
            ("para", f"Charged to Visa ending {digits(rng, 4)}. Thank you for your business.")
        )
    else:
        body.append(
            (
                "para",
                f"Pay online at billing.{vendor.split()[0].lower()}.example/pay/{number.lower()} "
                f"or by transfer to IBAN IE{digits(rng, 2)} BOFI 9000 "
                f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}.",
            )
        )
    sheet = Sheet(
        head=[mark("vendor", company), "548 Market St, San Francisco CA 94104"],
        panel=panel,
        panel_style=rng.choice(["box", "stack"]),
        body=body,
        running="Page {page} of {pages}",
        footer=[f"Questions? Contact billing@{vendor.split()[0].lower()}.example"],
        text_panel=rng.choice(["kv", "kv_below"]),
    )
    kind = "receipt" if mode == "paid" else "invoice"
    return sheet, labelled(nb, kind, number, (company, buyer), (), company, total)
