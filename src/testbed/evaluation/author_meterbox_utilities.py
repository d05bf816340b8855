"""Bills from the meter cupboard: a UK electricity bill, an Australian water or gas bill with
its BPAY slip, a phone or broadband bill, and the final notice that follows an unpaid one.

How this author reads them: the bill number is the document's number, never the account,
meter or supply number beside it; where a bill prints only an account number (many water
bills do), it has no number of its own. The due date is the day the money is asked for:
"pay by", "due date", or the direct-debit collection date. The total is what this bill
charges for its period, tax included, not a balance brought forward from earlier bills.
A final notice is a letter: its own reference (if any) is its number, the new pay-by day its
due date and the overdue sum its total.
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
)
from testbed.evaluation.truth import Labels, mark
from testbed.evaluation.variety_dues_print import Sheet

_UK_PEOPLE = ("Mrs Helen Garside", "Mr Tom Okafor", "Ms Priya Raman", "Mr Daniel Frost",
              "Mrs Aileen Murphy", "Dr Kate Lindqvist")  # fmt: skip
_UK_STREETS = ("14 Rowan Close", "3 Mill Lane", "Flat 2, 87 Station Road", "22 Orchard Way",
               "9 Brunswick Terrace")  # fmt: skip
_UK_TOWNS = ("Harrogate HG2 7QP", "Swindon SN3 1LE", "Norwich NR4 6TB", "Bangor LL57 2PX",
             "Carlisle CA1 3DN")  # fmt: skip


def _uk_address(rng: random.Random) -> tuple[str, list[str]]:
    person = rng.choice(_UK_PEOPLE)
    return person, [person, rng.choice(_UK_STREETS), rng.choice(_UK_TOWNS)]


def electricity_uk(rng: random.Random) -> tuple[Sheet, Labels]:
    """A quarterly or monthly electricity bill: account, bill number, MPAN and meter serial
    in the box; readings with their dates; a direct-debit line or a pay-by date."""
    nb = Notebook("gbp", rng.choice(["uk_long", "uk_short", "uk_num"]))
    vendor = rng.choice(["Brightwell Energy", "Northern Spark Power", "Hearth & Grid Energy"])
    person, address = _uk_address(rng)
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
        ("MPAN", f"S 01 801 100 {digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}"),
        ("Meter serial", f"{letters(rng, 1)}{digits(rng, 2)}{letters(rng, 1)} {digits(rng, 5)}"),
    ]  # fmt: skip
    first = digits(rng, 5)
    later = int(first) + units
    summary = [
        ("Balance from your last bill", nb.money(previous)),
        (f"Payment received {nb.date(start + dt.timedelta(days=rng.randint(3, 20)))}, thank you",
         nb.money(-previous)),
        ("Charges for this period (incl. VAT)", nb.money(total, "total")),
        ("Amount to pay", nb.money(total)),
    ]  # fmt: skip
    if direct_debit:
        pay = (f"We will collect {nb.money(total)} by Direct Debit from your account ending "
               f"{digits(rng, 2)}{rng.randrange(10)} on or after {nb.date(due, 'due')}. "
               f"You don't need to do anything.")  # fmt: skip
    else:
        pay = (f"Please pay {nb.money(total)} by {nb.date(due, 'due')}. Pay online, by phone on "
               f"0330 808 {digits(rng, 4)} or at any Post Office with the slip below.")  # fmt: skip
    body = [
        ("heading", "Your electricity bill"),
        ("kv", summary),
        ("para", pay),
        ("heading", "Meter readings"),
        ("table", [["Meter", "Previous reading", "Latest reading", "Units used"],
                   [panel[5][1], f"{first} (A) {nb.date(start - dt.timedelta(days=1))}",
                    f"{later} ({rng.choice('AEC')}) {nb.date(end)}", f"{units} kWh"]]),
        ("heading", "Your charges"),
        ("table", [["Description", "Quantity", "Rate", "Amount"],
                   ["Electricity", f"{units} kWh", f"{rate:.2f}p", nb.bare(energy)],
                   ["Standing charge", f"{days} days", f"{standing:.2f}p", nb.bare(stand)]]),
        ("kv", [("Charges before VAT", nb.money(net)), ("VAT at 5%", nb.money(vat)),
                ("Total charges", nb.money(total))]),
        ("para", f"Your next bill is due around "
                 f"{nb.date(end + dt.timedelta(days=days + 3))}. A = actual reading, "
                 f"E = estimated, C = customer reading."),
    ]  # fmt: skip
    slip = [] if direct_debit else [
        ("kv", [("Bank Giro Credit", vendor), ("Account number", account),
                ("Amount due", nb.money(total))]),
    ]  # fmt: skip
    sheet = Sheet(
        head=[mark("vendor", vendor), "PO Box 4410, Leeds LS1 9ZT",
              f"Customer service 0330 808 1234 · VAT reg. GB {digits(rng, 3)} {digits(rng, 4)} 55"],
        panel=panel,
        panel_style=rng.choice(["box", "stack"]),
        address=address,
        body=body,
        slip=slip,
        running="Account " + account + " · page {page} of {pages}",
        footer=[f"{vendor} Ltd, registered in England and Wales no. {digits(rng, 8)}.",
                "Emergencies and power cuts: call 105 (free)."],
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )  # fmt: skip
    labels = labelled(nb, "invoice", number, (vendor,), (person,), vendor, total)
    return sheet, labels


_AU_PEOPLE = ("Jessica Tran", "Liam O'Donnell", "Mei Chen", "Rhys Walker", "Aroha Ngata")
_AU_PLACES = ("17 Banksia Street, Bentleigh VIC 3204", "5/41 Kent Road, Marrickville NSW 2204",
              "88 Jacaranda Drive, Toowong QLD 4066", "2 Lobelia Court, Prospect SA 5082")  # fmt: skip


def water_au(rng: random.Random) -> tuple[Sheet, Labels]:
    """An Australian water or gas bill: account and customer numbers, issue and due dates
    across a band, a usage table, and a BPAY slip with biller code and reference. Most print
    no bill number of their own; a few carry a tax invoice number."""
    nb = Notebook("aud", rng.choice(["uk_num", "uk_short"]))
    water = rng.random() < 0.55
    vendor = rng.choice(["Riverlea Water", "Southbank Water Corporation"] if water
                        else ["Coastline Gas", "Bluegum Energy"])  # fmt: skip
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
        tiers = [("Water usage Tier 1", min(used, 40.0), 2.6411), ("Water usage Tier 2",
                 round(max(0.0, used - 40.0), 1), 3.3740)]  # fmt: skip
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
    panel = [("Account number", account), ("Issue date", nb.date(issued, "issue")),
             ("Due date", nb.date(due, "due")), ("Total due", nb.money(total, "total"))]
    if invoice:
        panel.insert(1, ("Tax invoice no.", mark("documentNumber", invoice)))
    crn = digits(rng, 11)
    biller = digits(rng, 5)
    body = [
        ("title", f"Your {'water' if water else 'gas'} account"),
        ("kv", [("Customer number", digits(rng, 7)), ("Property", place),
                ("Meter number", f"{letters(rng, 2)}{digits(rng, 6)}"),
                ("Reading period", f"{nb.date(start)} to {nb.date(end)} ({days} days)"),
                ("Average daily use", f"{used / days:.2f} {unit}")]),
        ("kv", [("Last bill", nb.money(round(total * rng.uniform(0.8, 1.2), 2))),
                ("Payments received - thank you", "$0.00 CR" if rng.random() < 0.2
                 else "Paid in full"),
                ("New charges", nb.money(total))]),
        ("table", rows),
        ("kv", [("GST", nb.money(gst)), ("Total due", nb.money(total))]),
        ("para", f"Next meter reading scheduled for {nb.date(end + dt.timedelta(days=91))}. "
                 f"Payment difficulties? Call 13 {digits(rng, 2)} {digits(rng, 2)} to set up a "
                 f"payment plan before the due date."),
    ]  # fmt: skip
    slip = [
        ("kv", [("Biller code", biller), ("Ref", crn), ("Due date", nb.date(due)),
                ("Amount due", nb.money(total))]),
        ("para", f"Pay via BPAY from your bank (biller code {biller}), by card on 1300 {digits(rng, 3)} "
                 f"{digits(rng, 3)}, or at Australia Post with this slip."),
    ]  # fmt: skip
    sheet = Sheet(
        head=[mark("vendor", vendor), f"ABN {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} "
              f"{digits(rng, 3)}", "Faults and emergencies 13 20 90 (24 hours)"],
        panel=panel,
        panel_style=rng.choice(["band", "box"]),
        address=[person.upper(), *place.upper().split(", ", 1)],
        body=body,
        slip=slip,
        footer=[f"{vendor} is a member of the Energy and Water Ombudsman scheme."],
        text_panel=rng.choice(["kv", "columns"]),
    )  # fmt: skip
    kind = "invoice"
    return sheet, labelled(nb, kind, invoice, (vendor,), (person,), vendor, total)


def phone_bill(rng: random.Random) -> tuple[Sheet, Labels]:
    """A mobile or broadband bill (US, Ireland or UK): account, invoice number, the line's
    phone number and a handset instalment "7 of 24" in the table; due date or autopay date."""
    place = rng.choice(["us", "ie", "uk"])
    nb = Notebook({"us": "usd", "ie": "eur_ie", "uk": "gbp"}[place],
                  {"us": "us_short", "ie": "uk_short", "uk": "uk_long"}[place])  # fmt: skip
    vendor = rng.choice({"us": ["Crestline Wireless", "Prairie Fiber"],
                         "ie": ["Liffey Mobile", "Atlantic Broadband"],
                         "uk": ["Kestrel Mobile", "Fenwire Broadband"]}[place])  # fmt: skip
    person = rng.choice({"us": ["Marcus Bell", "Sofia Alvarez"], "ie": ["Siobhan Kelly",
                         "Eoin Brady"], "uk": ["Gemma Hart", "Raj Patel"]}[place])  # fmt: skip
    issued = day_between(rng)
    start = issued.replace(day=1) if issued.day > 1 else issued - dt.timedelta(days=31)
    end = start + dt.timedelta(days=29)
    due = issued + dt.timedelta(days=rng.choice([14, 18, 21]))
    number = rng.choice([f"{digits(rng, 10)}", f"INV-{digits(rng, 8)}", f"{letters(rng, 2)}{digits(rng, 7)}"])
    account = digits(rng, 9)
    line = {"us": f"({digits(rng, 3)}) 555-{digits(rng, 4)}", "ie": f"087 {digits(rng, 3)} {digits(rng, 4)}",
            "uk": f"07{digits(rng, 3)} {digits(rng, 6)}"}[place]  # fmt: skip
    plan = rng.choice([25.0, 35.0, 45.0, 55.0])
    rows = [["Description", "Qty", "Unit price", "Amount"]]
    entries = [(rng.choice(["Unlimited Plus plan", "Fibre 500 broadband", "SIM only 100GB"]), 1, plan)]
    if rng.random() < 0.6:
        entries.append((f"Handset instalment {rng.randint(2, 23)} of 24", 1, rng.choice([18.75, 29.17, 33.33])))
    if rng.random() < 0.5:
        entries.append(("International minutes", rng.randint(5, 60), 0.12))
    entries.append(("Line rental" if place != "us" else "Regulatory fee", 1, rng.choice([3.99, 4.50])))
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
    due_text = (f"AutoPay will charge your card on {nb.date(due, 'due')}"
                if autopay else f"Amount due by {nb.date(due, 'due')}")  # fmt: skip
    panel = [("Account no.", account), ("Invoice no.", mark("documentNumber", number)),
             ("Invoice date", nb.date(issued, "issue")), ("Phone number" if place != "us" else
             "Wireless number", line), ("Total amount due", nb.money(total, "total"))]  # fmt: skip
    body = [
        ("heading", f"Bill for {nb.date(start)} - {nb.date(end)}"),
        ("para", due_text + "."),
        ("table", rows),
        ("kv", [("Subtotal", nb.money(net)), (tax_name, nb.money(tax)),
                ("Total", nb.money(total))]),
        ("para", f"Previous bill {nb.money(round(total + rng.uniform(-6, 6), 2))} - payment "
                 f"received {nb.date(issued - dt.timedelta(days=rng.randint(3, 12)))}. Thank you."),
        ("para", f"Questions? Call 1-800-555-{digits(rng, 4)}" if place == "us" else
                 f"Questions? Call {'1800' if place == 'ie' else '0345'} {digits(rng, 3)} {digits(rng, 3)} or visit My Account."),
    ]  # fmt: skip
    sheet = Sheet(
        head=[mark("vendor", vendor), "Customer care · " + {"us": "PO Box 66021, Dallas TX 75266",
              "ie": "Block C, Eastpoint, Dublin 3, D03 X2Y4", "uk": "Freepost " + vendor.split()[0].upper()}[place]],
        panel=panel,
        panel_style=rng.choice(["box", "stack", "band"]),
        address=[person, "12 Harbour View" if place != "us" else "4410 Elm Ridge Dr"],
        body=body,
        running="Page {page} of {pages}",
        footer=[f"{vendor} · Registered office and VAT/tax ids on our website."],
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )  # fmt: skip
    return sheet, labelled(nb, "invoice", number, (vendor,), (person,), vendor, total)


def final_notice(rng: random.Random) -> tuple[Sheet, Labels]:
    """A final notice / disconnection warning: the letter date, the unpaid bill's number and
    date and its old due date, and a new "pay before" day to avoid disconnection."""
    nb = Notebook("gbp", rng.choice(["uk_long", "uk_num"]))
    vendor = rng.choice(["Brightwell Energy", "Fenwire Broadband", "Severn Dale Water"])
    person, address = _uk_address(rng)
    issued = day_between(rng)
    bill_day = issued - dt.timedelta(days=rng.randint(35, 50))
    old_due = bill_day + dt.timedelta(days=14)
    due = issued + dt.timedelta(days=rng.choice([7, 10, 14]))
    owed = round(rng.uniform(60, 480), 2)
    reference = f"FN/{issued.year}/{digits(rng, 6)}" if rng.random() < 0.6 else None
    account = digits(rng, 8)
    refs = [("Account number", account)]
    if reference:
        refs.insert(0, ("Our reference", mark("documentNumber", reference)))
    refs.append(("Date", nb.date(issued, "issue")))
    body = [
        ("title", "FINAL NOTICE"),
        ("para", f"Dear {person},"),
        ("para", f"Our records show that bill no. {digits(rng, 9)} dated {nb.date(bill_day)} for "
                 f"{nb.money(owed)} was due for payment on {nb.date(old_due)} and remains unpaid."),
        ("kv", [("Amount overdue", nb.money(owed, "total")),
                ("Pay before", nb.date(due, "due"))]),
        ("para", f"To avoid disconnection, please pay the full amount of {nb.money(owed)} before "
                 f"{nb.date(due)}. If we do not hear from you, we may apply for a warrant to fit "
                 f"a prepayment meter and add a charge of {nb.money(rng.choice([60.0, 150.0]))}."),
        ("para", f"If you have already paid, please ignore this letter. If you are struggling, "
                 f"call us on 0330 808 {digits(rng, 4)}; we can agree a payment plan."),
        ("lines", ["Yours sincerely,", "", "Collections Team", vendor]),
    ]  # fmt: skip
    sheet = Sheet(
        head=[vendor, "Collections, PO Box 77, Bristol BS99 1UZ"],
        panel=refs,
        address=address,
        body=body,
        footer=[f"{vendor} Ltd. Calls may be recorded."],
        text_panel=rng.choice(["kv", "columns"]),
    )  # fmt: skip
    return sheet, labelled(nb, "letter", reference, (vendor,), (person,), None, owed)
