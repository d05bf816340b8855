"""Papers from South Asia: Indian GST tax invoices as Tally and its kin print them (GSTIN,
IRN, the e-Way Bill, buyer's order and dispatch numbers in boxes beside the invoice's, the
place of supply, amounts in lakhs and in words) and Pakistani and Bangladeshi utility bills
(a consumer reference or bill number, the bill month, reading, issue and due dates, and what
is payable before and after the due date).
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_northgate_gulf import in_words
from testbed.evaluation.author_northgate_style import (
    MONTHS,
    Book,
    a_day,
    cents,
    day_text,
    digits,
    grouped,
    money,
    panel_style,
)
from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_dues_print import Sheet

#: Description, HSN/SAC code, rate range in rupees, unit.
_GOODS = (
    ("PP Granules H110MA", "39021000", 95, 140, "Kg"),
    ("HDPE Drum 200 L", "39231090", 1400, 2100, "Nos"),
    ("Copper winding wire 1.2 mm", "74081990", 780, 980, "Kg"),
    ("MCB 32A 4-pole", "85362030", 650, 1450, "Nos"),
    ("Installation & commissioning", "998719", 8000, 45000, "Job"),
    ("Annual maintenance contract", "998713", 15000, 90000, "Job"),
    ("LED flood light 100W", "94054090", 1100, 2600, "Nos"),
    ("Corrugated carton 5-ply", "48191010", 28, 60, "Nos"),
)
_STATES = (("27", "Maharashtra"), ("29", "Karnataka"), ("33", "Tamil Nadu"), ("24", "Gujarat"),
           ("07", "Delhi"))  # fmt: skip
_SELLERS = ("Shree Ganesh Polymers Pvt. Ltd.", "Kaveri Electricals Private Limited",
            "Sahyadri Packaging Industries", "Vardhman Wires & Cables LLP")  # fmt: skip
_BUYERS = ("Brightwell Instruments India Pvt. Ltd.", "Harrow & Kent Engineering (India) Pvt. Ltd.")
_HEAD = ["Sl No.", "Description of Goods", "HSN/SAC", "Quantity", "Rate", "per", "Amount"]


def _gstin(rng: random.Random, state: str) -> str:
    """A GSTIN: state code, a PAN (five letters, four digits, a letter), 1, Z, a check digit."""
    letters = "".join(rng.choice("ABCDEFGHKLMPRS") for _ in range(5))
    return f"{state}{letters}{digits(rng, 4)}{rng.choice('ABCKLM')}1Z{rng.randrange(10)}"


def gst_invoice(rng: random.Random) -> tuple[Sheet, Book]:
    """An Indian GST tax invoice: boxes of labels over values, IGST between states, CGST and
    SGST within one."""
    book = Book("invoice")
    seller = rng.choice(_SELLERS)
    pair = rng.sample(_STATES, 2) if rng.random() < 0.5 else [rng.choice(_STATES)] * 2
    (code, state), (bcode, bstate) = pair
    issued = a_day(rng)
    fy = issued.year if issued.month >= 4 else issued.year - 1
    years = f"{fy % 100}-{(fy + 1) % 100}"
    style = rng.choice(["mon", "slash", "dots"])
    initials = "".join(word[0] for word in seller.split()[:3] if word.isalpha()).upper()
    number = rng.choice([f"{initials}/{years}/{rng.randint(1, 2999):04d}",
                         f"{rng.randint(1, 2999)}/{fy}-{(fy + 1) % 100}",
                         f"INV{fy % 100}{digits(rng, 5)}"])  # fmt: skip
    rows, net = [_HEAD], 0.0
    for index, (desc, hsn, low, high, per) in enumerate(rng.sample(_GOODS, rng.randint(1, 4)), 1):
        qty = 1 if per == "Job" else rng.randint(2, 400)
        rate = float(rng.randint(low, high))
        net += qty * rate
        rows.append([str(index), desc, hsn, f"{qty} {per}", money(rate, "in"), per,
                     money(qty * rate, "in")])  # fmt: skip
        book.row(desc, qty, rate, qty * rate)
    half = round(net * 0.09, 2)
    exact = net + 2 * half
    gross = float(round(exact))
    taxes = ([("IGST @ 18%", money(2 * half, "in"))] if code != bcode else
             [("CGST @ 9%", money(half, "in")), ("SGST @ 9%", money(half, "in"))])  # fmt: skip
    book.cash(net, "INR")
    days = rng.choice([15, 30, 45, 60])
    panel = [
        ("Invoice No.", book.num(number)),
        ("Dated", book.day("issue", issued, day_text(issued, style))),
        ("e-Way Bill No.", grouped(rng, "", 4, 4, 4)),
        ("Buyer's Order No.", f"PO/{digits(rng, 4)}"),
        ("Order Dated", day_text(issued - dt.timedelta(days=rng.randint(3, 30)), style)),
        ("Mode/Terms of Payment", f"{days} Days"),
        ("Dispatch Doc No.", f"LR-{digits(rng, 6)}"),
    ]
    if rng.random() < 0.4:
        due = issued + dt.timedelta(days=days)
        panel.append(("Due Date", book.day("due", due, day_text(due, style))))
    buyer = book.org(rng.choice(_BUYERS))
    unit = rng.choice(["INR", "Rs."])
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India"])
    ifsc = f"{rng.choice(['HDFC', 'ICIC', 'SBIN'])}0{digits(rng, 6)}"
    irn = "".join(rng.choice("0123456789abcdef") for _ in range(64))
    body: list[Block] = [
        ("title", "TAX INVOICE"),
        ("para", f"IRN: {irn}"),
        ("para", f"Ack No.: {digits(rng, 15)}   Ack Date: {day_text(issued, style)}"),
        ("side", ([("heading", "Buyer (Bill to)"),
                   ("lines", [buyer, f"GSTIN/UIN: {_gstin(rng, bcode)}",
                              f"State Name: {bstate}, Code: {bcode}"])],
                  [("heading", "Place of Supply"), ("lines", [f"{bcode}-{bstate}"])])),
        ("table", rows),
        ("kv", [("Taxable Value", money(net, "in")), *taxes,
                ("Round Off", money(round(gross - exact, 2), "in")),
                ("Total", f"{unit} {book.pay(gross, 'INR', money(gross, 'in'))}")]),
        ("para", f"Amount Chargeable (in words): INR {in_words(int(gross), indian=True)} Only"),
        ("para", f"Company's Bank Details: {bank}, A/c No. {digits(rng, 14)}, IFSC {ifsc}"),
        ("para", "Declaration: We declare that this invoice shows the actual price of the goods "
                 "described and that all particulars are true and correct."),
        ("columns", [("E. & O.E.", f"for {seller}"), ("", "Authorised Signatory")]),
    ]  # fmt: skip
    cin = f"CIN: U{digits(rng, 5)}{rng.choice(['MH', 'KA', 'TN'])}{fy}PTC{digits(rng, 6)}"
    sheet = Sheet(
        head=[book.seller(seller), f"Plot {rng.randint(2, 200)}, Industrial Estate, {state}",
              f"GSTIN/UIN: {_gstin(rng, code)}", f"State Name: {state}, Code: {code}", cin],
        panel=panel, panel_style=panel_style(rng, panel), body=body,
        text_panel=rng.choice(["kv_below", "kv", "columns"]),
        footer=["SUBJECT TO LOCAL JURISDICTION", "This is a Computer Generated Invoice"],
    )  # fmt: skip
    return sheet, book


def _charges(rng: random.Random, units: int, *, bangla: bool, gas: bool) -> list[tuple[str, float]]:
    """The bill's charges, whole rupees or taka, taxes on the energy charges."""
    if bangla:
        energy = round(units * cents(rng, 7.5, 11.0))
        return [("Energy charge", energy), ("Demand charge", 84.0),
                ("VAT (5%)", float(round((energy + 84) * 0.05)))]  # fmt: skip
    energy = round(units * cents(rng, 28, 62))
    fuel = round(units * cents(rng, 1, 5))
    return [("Gas charges" if gas else "Cost of electricity", energy),
            ("Fuel price adjustment", fuel), ("Electricity duty", float(round(energy * 0.015))),
            ("TV fee", 35.0), ("GST", float(round((energy + fuel) * 0.17)))]  # fmt: skip


def utility_bill(rng: random.Random) -> tuple[Sheet, Book]:
    """A Pakistani electricity or gas bill (a consumer reference, no bill number) or a
    Bangladeshi one (a bill number, Taka in lakhs)."""
    bangla = rng.random() < 0.45
    book = Book("invoice")
    issued = a_day(rng)
    due = issued + dt.timedelta(days=rng.choice([10, 12, 14]))
    style = rng.choice(["mon", "dash"])
    units = rng.randint(90, 900)
    if bangla:
        vendor = rng.choice(["Meghna Power Distribution Co. Ltd.", "Padma Electricity Supply PLC"])
        currency, unit, grouping = "BDT", "Tk.", "in"
        payer, address = rng.choice(
            [("Ms. Farhana Akter", "Road 11, Banani, Dhaka 1213"),
             ("Mr. Tanvir Hossain", "House 5, Dhanmondi, Dhaka")])  # fmt: skip
    else:
        vendor = rng.choice(["Indus Valley Electric Supply Company",
                             "Northern Gas Distribution Co. Ltd."])  # fmt: skip
        currency, unit, grouping = "PKR", "Rs.", "en"
        payer, address = rng.choice([("Mr. Imran Qureshi", "45-B Gulberg III, Lahore"),
                                     ("Brightwell Instruments Liaison Office",
                                      "House 14, Street 7, F-8/3, Islamabad")])  # fmt: skip
    gas = "Gas" in vendor
    charges = _charges(rng, units, bangla=bangla, gas=gas)
    current = float(sum(amount for _, amount in charges))
    arrears = float(rng.choice([0, 0, rng.randint(200, 3000)]))
    payable = current + arrears
    late = float(round(payable * 0.1))
    for name, amount in charges:
        book.row(name, None, None, amount)
    book.cash(current, currency)
    if arrears:
        book.cash(arrears, currency)
    if "Office" in payer:
        book.org(payer)
    else:
        book.person(payer.split(". ", 1)[1])
    month = issued.replace(day=1) - dt.timedelta(days=1)
    if bangla:
        panel = [("Bill No.", book.num(f"{issued.year % 100}{issued.month:02d}-{digits(rng, 7)}")),
                 ("Account No.", digits(rng, 8))]  # fmt: skip
    else:
        panel = [("REFERENCE NO", f"{grouped(rng, '', 2, 5, 7)} U"),
                 ("CONSUMER ID", digits(rng, 7))]  # fmt: skip
    panel += [
        ("BILL MONTH", f"{MONTHS['en'][month.month - 1][:3].upper()} {month.year % 100:02d}"),
        ("READING DATE", day_text(issued - dt.timedelta(days=rng.randint(2, 6)), style)),
        ("ISSUE DATE", book.day("issue", issued, day_text(issued, style))),
        ("LAST DATE OF PAYMENT" if bangla else "DUE DATE",
         book.day("due", due, day_text(due, style))),
    ]  # fmt: skip
    previous = rng.randint(1000, 60000)
    tariff = rng.choice(["A-1(01) Residential", "LT-A Domestic", "B-1 Commercial"])
    within = f"{unit} {book.pay(payable, currency, money(payable, grouping))}"
    after = f"{unit} {money(payable + late, grouping)}"
    body: list[Block] = [
        ("title", "GAS BILL" if gas else "ELECTRICITY BILL"),
        ("kv", [("Meter No.", digits(rng, 8)), ("Previous reading", str(previous)),
                ("Present reading", str(previous + units)), ("Units consumed", str(units)),
                ("Tariff", tariff)]),
        ("table", [["Charges", f"Amount ({unit})"],
                   *[[name, money(amount, grouping)] for name, amount in charges]]),
        ("kv", [("Current bill", f"{unit} {money(current, grouping)}"),
                ("Arrears", f"{unit} {money(arrears, grouping)}"),
                ("PAYABLE WITHIN DUE DATE", within),
                ("L.P. SURCHARGE", f"{unit} {money(late, grouping)}"),
                ("PAYABLE AFTER DUE DATE", after)]),
        ("para", "Pay at any branch of the designated banks, by mobile wallet or online banking. "
                 "A late payment surcharge applies after the due date."),
    ]  # fmt: skip
    helpline = rng.choice(["118", "16116", "1199"])
    site = f"www.{vendor.split()[0].lower()}.{'bd' if bangla else 'pk'}"
    sheet = Sheet(
        head=[book.seller(vendor), f"Helpline {helpline} · {site}"],
        panel=panel, address=[payer, address], body=body,
        text_panel=rng.choice(["kv", "columns"]),
        slip=[("lines", [f"BANK COPY · {vendor}",
                         f"Amount within due date: {unit} {money(payable, grouping)} · "
                         f"After due date: {after}"])],
    )  # fmt: skip
    return sheet, book


__all__ = ["gst_invoice", "utility_bill"]
