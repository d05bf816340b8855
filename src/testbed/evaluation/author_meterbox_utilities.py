"""Bills from the meter cupboard: a UK electricity bill and an Australian water or gas bill
with its BPAY slip.

How this author reads them: the bill number is the document's number, never the account,
meter or supply number beside it; where a bill prints only an account number (many water
bills do), it has no number of its own. The due date is the day the money is asked for:
"pay by", "due date", or the direct-debit collection date. The total is what this bill
charges for its period, tax included, not a balance brought forward from earlier bills.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_meterbox_style import (
    Notebook,
    day_between,
    digits,
    labelled,
    letters,
    uk_address,
)
from testbed.evaluation.truth import Labels, mark
from testbed.evaluation.variety_dues_print import Sheet


def electricity_uk(rng: random.Random) -> tuple[Sheet, Labels]:
    """A quarterly or monthly electricity bill: account, bill number, MPAN and meter serial
    in the box; readings with their dates; a direct-debit line or a pay-by date."""
    nb = Notebook("gbp", rng.choice(["uk_long", "uk_short", "uk_num"]))
    vendor = rng.choice(["Brightwell Energy", "Northern Spark Power", "Hearth & Grid Energy"])
    person, address = uk_address(rng)
    issued = day_between(rng)
    end = issued - dt.timedelta(days=rng.randint(2, 6))
    start = end - dt.timedelta(days=rng.choice([30, 91]) - 1)
    days = (end - start).days + 1
    number = f"{rng.choice(['', 'B', 'INV'])}{digits(rng, 9)}"
    account = digits(rng, 8)
    units = rng.randint(180, 1100)
    rate = rng.choice([24.50, 26.14, 27.03, 28.62])
    standing = rng.choice([46.36, 53.35, 60.10])
    energy = round(units * rate / 100, 2)
    stand = round(days * standing / 100, 2)
    net = round(energy + stand, 2)
    vat = round(net * 0.05, 2)
    total = round(net + vat, 2)
    nb.row("Electricity", units, rate / 100, energy)
    nb.row("Standing charge", days, standing / 100, stand)
    previous = round(rng.uniform(40, 220), 2)
    direct_debit = rng.random() < 0.6
    due = issued + dt.timedelta(days=rng.choice([10, 14, 21]))
    panel = [
        ("Account number", account),
        ("Bill number", mark("documentNumber", number)),
        ("Bill date", nb.date(issued, "issue")),
        ("Billing period", f"{nb.date(start)} - {nb.date(end)}"),
        (
            "MPAN",
            f"S 01 801 100 {digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}",
        ),
        ("Meter serial", f"{letters(rng, 1)}{digits(rng, 2)}{letters(rng, 1)} {digits(rng, 5)}"),
    ]
    first = digits(rng, 5)
    later = int(first) + units
    summary = [
        ("Balance from your last bill", nb.money(previous)),
        (
            f"Payment received {nb.date(start + dt.timedelta(days=rng.randint(3, 20)))}, thank you",
            nb.money(-previous),
        ),
        ("Charges for this period (incl. VAT)", nb.money(total, "total")),
        ("Amount to pay", nb.money(total)),
    ]
    if direct_debit:
        pay = (
            f"We will collect {nb.money(total)} by Direct Debit from your account ending "
            f"{digits(rng, 2)}{rng.randrange(10)} on or after {nb.date(due, 'due')}. "
            f"You don't need to do anything."
        )
    else:
        pay = (
            f"Please pay {nb.money(total)} by {nb.date(due, 'due')}. Pay online, by phone on "
            f"0330 808 {digits(rng, 4)} or at any Post Office with the slip below."
        )
    body = [
        ("heading", "Your electricity bill"),
        ("kv", summary),
        ("para", pay),
        ("heading", "Meter readings"),
        (
            "table",
            [
                ["Meter", "Previous reading", "Latest reading", "Units used"],
                [
                    panel[5][1],
                    f"{first} (A) {nb.date(start - dt.timedelta(days=1))}",
                    f"{later} ({rng.choice('AEC')}) {nb.date(end)}",
                    f"{units} kWh",
                ],
            ],
        ),
        ("heading", "Your charges"),
        (
            "table",
            [
                ["Description", "Quantity", "Rate", "Amount"],
                ["Electricity", f"{units} kWh", f"{rate:.2f}p", nb.bare(energy)],
                ["Standing charge", f"{days} days", f"{standing:.2f}p", nb.bare(stand)],
            ],
        ),
        (
            "kv",
            [
                ("Charges before VAT", nb.money(net)),
                ("VAT at 5%", nb.money(vat)),
                ("Total charges", nb.money(total)),
            ],
        ),
        (
            "para",
            f"Your next bill is due around "
            f"{nb.date(end + dt.timedelta(days=days + 3))}. A = actual reading, "
            f"E = estimated, C = customer reading.",
        ),
    ]
    slip = (
        []
        if direct_debit
        else [
            (
                "kv",
                [
                    ("Bank Giro Credit", vendor),
                    ("Account number", account),
                    ("Amount due", nb.money(total)),
                ],
            ),
        ]
    )
    sheet = Sheet(
        head=[
            mark("vendor", vendor),
            "PO Box 4410, Leeds LS1 9ZT",
            f"Customer service 0330 808 1234 · VAT reg. GB {digits(rng, 3)} {digits(rng, 4)} 55",
        ],
        panel=panel,
        panel_style=rng.choice(["box", "stack"]),
        address=address,
        body=body,
        slip=slip,
        running="Account " + account + " · page {page} of {pages}",
        footer=[
            f"{vendor} Ltd, registered in England and Wales no. {digits(rng, 8)}.",
            "Emergencies and power cuts: call 105 (free).",
        ],
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )
    labels = labelled(nb, "invoice", number, (vendor,), (person,), vendor, total)
    return sheet, labels


_AU_PEOPLE = ("Jessica Tran", "Liam O'Donnell", "Mei Chen", "Rhys Walker", "Aroha Ngata")
_AU_PLACES = (
    "17 Banksia Street, Bentleigh VIC 3204",
    "5/41 Kent Road, Marrickville NSW 2204",
    "88 Jacaranda Drive, Toowong QLD 4066",
    "2 Lobelia Court, Prospect SA 5082",
)


def water_au(rng: random.Random) -> tuple[Sheet, Labels]:
    """An Australian water or gas bill: account and customer numbers, issue and due dates
    across a band, a usage table, and a BPAY slip with biller code and reference. Most print
    no bill number of their own; a few carry a tax invoice number."""
    nb = Notebook("aud", rng.choice(["uk_num", "uk_short"]))
    water = rng.random() < 0.55
    vendor = rng.choice(
        ["Riverlea Water", "Southbank Water Corporation"]
        if water
        else ["Coastline Gas", "Bluegum Energy"]
    )
    person = rng.choice(_AU_PEOPLE)
    place = rng.choice(_AU_PLACES)
    issued = day_between(rng)
    due = issued + dt.timedelta(days=rng.choice([14, 21, 28]))
    end = issued - dt.timedelta(days=rng.randint(3, 9))
    start = end - dt.timedelta(days=rng.choice([90, 91, 92]) - 1)
    days = (end - start).days + 1
    account = f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}"
    invoice = digits(rng, 10) if rng.random() < 0.35 else None
    if water:
        used = round(rng.uniform(20, 90), 1)
        tiers = [
            ("Water usage Tier 1", min(used, 40.0), 2.6411),
            ("Water usage Tier 2", round(max(0.0, used - 40.0), 1), 3.3740),
        ]
        unit = "kL"
        fixed = [("Water service charge", days, 0.2734), ("Sewerage service charge", days, 0.5412)]
    else:
        used = float(rng.randint(3000, 14000))
        tiers = [("Gas usage (MJ)", used, 0.0412)]
        unit = "MJ"
        fixed = [("Supply charge", days, 0.8910)]
    rows = [["Charge", "Quantity", "Rate", "Amount ($)"]]
    for name, qty, rate in [*tiers, *fixed]:
        if qty <= 0:
            continue
        amount = round(qty * rate, 2)
        nb.row(name, qty, rate, amount)
        quantity = f"{qty:g} {unit}" if name in {n for n, _, _ in tiers} else f"{qty} days"
        rows.append([name, quantity, f"${rate:.4f}", nb.bare(amount)])
    net = round(sum(item.amount for item in nb.items), 2)
    gst = 0.0 if water else round(net * 0.10, 2)
    total = round(net + gst, 2)
    panel = [
        ("Account number", account),
        ("Issue date", nb.date(issued, "issue")),
        ("Due date", nb.date(due, "due")),
        ("Total due", nb.money(total, "total")),
    ]
    if invoice:
        panel.insert(1, ("Tax invoice no.", mark("documentNumber", invoice)))
    crn = digits(rng, 11)
    biller = digits(rng, 5)
    body = [
        ("title", f"Your {'water' if water else 'gas'} account"),
        (
            "kv",
            [
                ("Customer number", digits(rng, 7)),
                ("Property", place),
                ("Meter number", f"{letters(rng, 2)}{digits(rng, 6)}"),
                ("Reading period", f"{nb.date(start)} to {nb.date(end)} ({days} days)"),
                ("Average daily use", f"{used / days:.2f} {unit}"),
            ],
        ),
        (
            "kv",
            [
                ("Last bill", nb.money(round(total * rng.uniform(0.8, 1.2), 2))),
                (
                    "Payments received - thank you",
                    "$0.00 CR" if rng.random() < 0.2 else "Paid in full",
                ),
                ("New charges", nb.money(total)),
            ],
        ),
        ("table", rows),
        ("kv", [("GST", nb.money(gst)), ("Total due", nb.money(total))]),
        (
            "para",
            f"Next meter reading scheduled for {nb.date(end + dt.timedelta(days=91))}. "
            f"Payment difficulties? Call 13 {digits(rng, 2)} {digits(rng, 2)} to set up a "
            f"payment plan before the due date.",
        ),
    ]
    slip = [
        (
            "kv",
            [
                ("Biller code", biller),
                ("Ref", crn),
                ("Due date", nb.date(due)),
                ("Amount due", nb.money(total)),
            ],
        ),
        (
            "para",
            f"Pay via BPAY from your bank (biller code {biller}), by card on 1300 {digits(rng, 3)} "
            f"{digits(rng, 3)}, or at Australia Post with this slip.",
        ),
    ]
    sheet = Sheet(
        head=[
            mark("vendor", vendor),
            f"ABN {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
            "Faults and emergencies 13 20 90 (24 hours)",
        ],
        panel=panel,
        panel_style=rng.choice(["band", "box"]),
        address=[person.upper(), *place.upper().split(", ", 1)],
        body=body,
        slip=slip,
        footer=[f"{vendor} is a member of the Energy and Water Ombudsman scheme."],
        text_panel=rng.choice(["kv", "columns"]),
    )
    kind = "invoice"
    return sheet, labelled(nb, kind, invoice, (vendor,), (person,), vendor, total)
