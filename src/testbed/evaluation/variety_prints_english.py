"""Invoices of US, UK and Irish small-business and ERP software, for
:mod:`testbed.evaluation.variety_prints`: a boxed panel of references beside the address, a
stacked column of labels over values, a ruled band, a web shop plugin's invoice, an ERP's
invoice over several pages with its number in the running header, terms in days instead of a
due date.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.variety_prints_parts import goods, item_table, parties, with_vat
from testbed.evaluation.variety_prints_sheet import Sheet
from testbed.evaluation.variety_prints_style import Pen, issue_day, pick

type Print = tuple[Sheet, Pen]


def _terms(pen: Pen, issued: dt.date, days: int, text: str, *, explicit: bool) -> str:
    """The terms as printed; they label the due date unless a due date is printed too."""
    return text if explicit else pen.terms_due(text, issued + dt.timedelta(days=days))


def quickbooks(rng: random.Random) -> Print:
    """A boxed panel of INVOICE #, DATE, TERMS, DUE DATE; BILL TO beside SHIP TO."""
    pen = Pen(rng, "us")
    seller, buyer = parties(pen, "us")
    issued, days = issue_day(rng), pick(rng, 15, 30, 45)
    explicit = rng.random() < 0.5
    number = str(rng.randint(1001, 1999))
    refs = [("INVOICE #", pen.number(number)), ("DATE", pen.day(issued, "issue"))]
    refs.append(("TERMS", _terms(pen, issued, days, f"Net {days}", explicit=explicit)))
    if explicit:
        refs.append(("DUE DATE", pen.day(issued + dt.timedelta(days=days), "due")))
    if rng.random() < 0.5:
        refs.append(("P.O. NUMBER", f"PO-{rng.randint(20000, 29999)}"))
    table, net = item_table(
        pen,
        goods(rng, "en", rng.randint(2, 5)),
        {"desc": "ACTIVITY", "qty": "QTY", "price": "RATE", "amount": "AMOUNT"},
    )
    tax, gross = with_vat(net, pick(rng, 0.0625, 0.0725, 0.08))
    totals = [
        ("SUBTOTAL", pen.num(net)),
        ("TAX", pen.num(tax)),
        ("TOTAL", pen.total(gross)),
        ("BALANCE DUE", pen.money(gross)),
    ]
    head = [
        *seller,
        f"({rng.randint(200, 989)}) 555-0{rng.randint(100, 199)}",
        "billing@example.com",
    ]
    sheet = Sheet(
        "panel",
        head,
        "INVOICE",
        to=buyer,
        to_label="BILL TO",
        ship=buyer,
        ship_label="SHIP TO",
        refs=refs,
        table=table,
        totals=totals,
        boxed=True,
        notes=["Thank you for your business."],
    )
    return sheet, pen


def xero(rng: random.Random) -> Print:
    """TAX INVOICE, labels stacked over values on the right, a payment advice at the foot."""
    pen = Pen(rng, pick(rng, "uk", "ie"))
    seller, buyer = parties(pen, pen.c.code, "uk")
    issued = issue_day(rng)
    due = issued + dt.timedelta(days=pick(rng, 14, 30))
    number = f"INV-{rng.randint(1, 9999):04d}"
    reference = f"PO {rng.randint(1000, 9999)}"
    refs = [
        ("Invoice Date", pen.day(issued, "issue")),
        ("Invoice Number", pen.number(number)),
        ("Reference", reference),
        (
            "VAT Number",
            f"{pen.c.code.upper().replace('UK', 'GB')} {rng.randint(100, 999)} "
            f"{rng.randint(1000, 9999)} {rng.randint(10, 99)}",
        ),
    ]
    table, net = item_table(
        pen,
        goods(rng, "en", rng.randint(1, 4)),
        {
            "desc": "Description",
            "qty": "Quantity",
            "price": "Unit Price",
            "vat": "VAT",
            "amount": f"Amount {pen.c.currency}",
        },
        vat_rate=0.2,
    )
    tax, gross = with_vat(net, 0.2)
    totals = [
        ("Subtotal", pen.num(net)),
        ("TOTAL VAT 20%", pen.num(tax)),
        (f"TOTAL {pen.c.currency}", pen.total(gross, bare=True)),
    ]
    notes = [
        f"Due Date: {pen.day(due, 'due')}",
        f"Bank: Sort code {rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}  "
        f"Account {rng.randint(10**7, 10**8 - 1)}",
        "",
        "PAYMENT ADVICE",
        f"To: {seller[0]}",
        f"Customer: {buyer[0]}",
        f"Invoice Number: {number}",
        f"Amount Due: {pen.num(gross)}",
        f"Due Date: {pen.day(due)}",
    ]
    foot = [
        [
            f"Company Registration No: {rng.randint(10**7, 10**8 - 1)}. Registered Office: "
            f"{seller[1]}, {seller[2]}."
        ]
    ]
    sheet = Sheet(
        "stacked",
        seller,
        "TAX INVOICE",
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        notes=notes,
        foot=foot,
    )
    return sheet, pen


def freshbooks(rng: random.Random) -> Print:
    """A ruled band: Date of Issue, Invoice Number, Amount Due, Due Date, labels over values."""
    pen = Pen(rng, "us")
    seller, buyer = parties(pen, "us")
    issued = issue_day(rng)
    due = issued + dt.timedelta(days=pick(rng, 14, 30, 60))
    number = f"{rng.randint(1, 999):07d}"
    rows = goods(rng, "en", rng.randint(2, 4))
    table, net = item_table(
        pen, rows, {"desc": "Description", "price": "Rate", "qty": "Qty", "amount": "Line Total"}
    )
    tax, gross = with_vat(net, 0.0)
    band = [
        ("Date of Issue", pen.day(issued, "issue")),
        ("Invoice Number", pen.number(number)),
        ("Amount Due (USD)", pen.money(gross)),
        ("Due Date", pen.day(due, "due")),
    ]
    totals = [
        ("Subtotal", pen.num(net)),
        ("Tax", pen.num(tax)),
        ("Total", pen.total(gross)),
        ("Amount Paid", pen.num(0)),
        ("Amount Due (USD)", pen.money(gross)),
    ]
    sheet = Sheet(
        "band",
        seller,
        "Invoice",
        to=buyer,
        to_label="Billed To",
        band=band,
        table=table,
        totals=totals,
        notes=["Terms: please pay within the due date."],
    )
    return sheet, pen


def wave(rng: random.Random) -> Print:
    """Labels right-aligned before values: Invoice Number, P.O./S.O. Number, Payment Due."""
    pen = Pen(rng, "us")
    seller, buyer = parties(pen, "us")
    issued = issue_day(rng)
    due = issued + dt.timedelta(days=pick(rng, 7, 15, 30))
    table, net = item_table(
        pen,
        goods(rng, "en", rng.randint(1, 4)),
        {"desc": "Items", "qty": "Quantity", "price": "Price", "amount": "Amount"},
    )
    gross = net
    refs = [
        ("Invoice Number:", pen.number(str(rng.randint(10, 400)))),
        ("P.O./S.O. Number:", str(rng.randint(1000, 9999))),
        ("Invoice Date:", pen.day(issued, "issue")),
        ("Payment Due:", pen.day(due, "due")),
        ("Amount Due (USD):", pen.money(gross)),
    ]
    totals = [
        ("Subtotal:", pen.num(net)),
        ("Total:", pen.total(gross)),
        ("Amount Due (USD):", pen.money(gross)),
    ]
    sheet = Sheet(
        "panel",
        seller,
        "INVOICE",
        to=buyer,
        to_label="BILL TO",
        refs=refs,
        table=table,
        totals=totals,
        foot=[["Powered by Wave"]],
    )
    return sheet, pen


def sage(rng: random.Random) -> Print:
    """A framed block: Invoice No., Invoice/Tax Date, Your Ref, A/C No., Order No.; terms as
    days from the date of invoice."""
    pen = Pen(rng, "uk")
    seller, buyer = parties(pen, "uk")
    issued = issue_day(rng)
    days = pick(rng, 30, 60)
    refs = [
        ("Invoice No.", pen.number(str(rng.randint(10000, 19999)))),
        ("Invoice/Tax Date", pen.day(issued, "issue")),
        ("Your Ref", f"{rng.choice(('PO', 'ORD', 'REQ'))}{rng.randint(1000, 9999)}"),
        ("A/C No.", f"{buyer[0][:3].upper()}{rng.randint(1, 99):03d}"),
        ("Order No.", str(rng.randint(5000, 5999))),
    ]
    table, net = item_table(
        pen,
        goods(rng, "en", rng.randint(2, 4)),
        {
            "qty": "Quantity",
            "desc": "Details",
            "price": "Unit Price",
            "amount": "Net Amount",
            "vat": "VAT %",
        },
        vat_rate=0.2,
    )
    tax, gross = with_vat(net, 0.2)
    totals = [
        ("Total Net Amount", pen.num(net)),
        ("Total VAT Amount", pen.num(tax)),
        ("Invoice Total", pen.total(gross)),
    ]
    text = f"Payment terms: {days} days from the date of invoice"
    notes = [_terms(pen, issued, days, text, explicit=False), "VAT Reg No. 288 4410 37"]
    sheet = Sheet(
        "panel",
        seller,
        "INVOICE",
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        notes=notes,
        boxed=True,
    )
    return sheet, pen


def stripe(rng: random.Random) -> Print:
    """Invoice number, Date of issue, Date due stacked; "$x due <date>" as the lead."""
    pen = Pen(rng, "us")
    seller, buyer = parties(pen, "us")
    issued = issue_day(rng)
    due = issued + dt.timedelta(days=pick(rng, 0, 7, 30))
    number = f"{rng.randint(0x10000000, 0xFFFFFFFF):08X}-{rng.randint(1, 20):04d}"
    table, net = item_table(
        pen,
        goods(rng, "en", rng.randint(1, 3)),
        {"desc": "Description", "qty": "Qty", "price": "Unit price", "amount": "Amount"},
    )
    refs = [
        ("Invoice number", pen.number(number)),
        ("Date of issue", pen.day(issued, "issue")),
        ("Date due", pen.day(due, "due")),
    ]
    lead = [f"{pen.money(net)} due {pen.day(due)}", "Pay online"]
    totals = [
        ("Subtotal", pen.money(net)),
        ("Total", pen.total(net)),
        ("Amount due", pen.money(net)),
    ]
    sheet = Sheet(
        "stacked",
        seller,
        "Invoice",
        to=buyer,
        to_label="Bill to",
        refs=refs,
        lead=lead,
        table=table,
        totals=totals,
        pager=f"{number} · {pen.money(net)} due {pen.day(due)} · Page {{page}} of {{pages}}",
    )
    return sheet, pen


def woocommerce(rng: random.Random) -> Print:
    """A web shop plugin's invoice: Invoice Number beside Order Number, Order Date, Payment
    Method; the Price column is the line's amount; shipping in the totals."""
    pen = Pen(rng, pick(rng, "us", "uk"))
    seller, buyer = parties(pen, "us" if pen.c.code == "us" else "uk")
    issued = issue_day(rng)
    ordered = issued - dt.timedelta(days=rng.randint(0, 3))
    table, net = item_table(
        pen,
        goods(rng, "en", rng.randint(1, 4)),
        {"desc": "Product", "qty": "Quantity", "amount": "Price"},
    )
    shipping = pick(rng, 4.95, 7.5, 12.0)
    refs = [
        ("Invoice Number:", pen.number(str(rng.randint(100, 999)))),
        ("Invoice Date:", pen.day(issued, "issue")),
        ("Order Number:", str(rng.randint(1000, 9999))),
        ("Order Date:", pen.day(ordered)),
        ("Payment Method:", pick(rng, "Credit Card (Stripe)", "PayPal", "Direct bank transfer")),
    ]
    totals = [
        ("Subtotal", pen.money(net)),
        ("Shipping", pen.money(shipping)),
        ("Total", pen.total(net + shipping)),
    ]
    sheet = Sheet(
        "panel",
        seller,
        "INVOICE",
        to=buyer,
        to_label="Billing Address:",
        refs=refs,
        table=table,
        totals=totals,
    )
    return sheet, pen


def erp_long(rng: random.Random) -> Print:
    """An ERP's invoice of many lines over several pages: a panel crowded with references
    (customer, order, shipment, your reference), the number again in every page's header."""
    pen = Pen(rng, pick(rng, "us", "uk"))
    seller, buyer = parties(pen, pen.c.code)
    issued = issue_day(rng)
    days = pick(rng, 30, 45)
    number = str(rng.randint(103000, 109999))
    explicit = rng.random() < 0.5
    refs = [
        ("Customer No.", f"C{rng.randint(10000, 99999)}"),
        ("Your Reference", f"PO-{rng.randint(100000, 999999)}"),
        ("Order No.", f"SO{rng.randint(100000, 199999)}"),
        ("Shipment No.", f"SH{rng.randint(100000, 199999)}"),
        ("Invoice No.", pen.number(number)),
        ("Posting Date", pen.day(issued, "issue")),
    ]
    terms = _terms(pen, issued, days, f"{days} Days", explicit=explicit)
    if explicit:
        refs.append(("Due Date", pen.day(issued + dt.timedelta(days=days), "due")))
    refs.append(("Payment Terms", terms))
    header = {
        "code": "No.",
        "desc": "Description",
        "qty": "Quantity",
        "unit": "Unit",
        "price": "Unit Price",
        "amount": "Line Amount",
    }
    table, net = item_table(pen, goods(rng, "en", rng.randint(34, 48)), header)
    tax, gross = with_vat(net, 0.2 if pen.c.code == "uk" else 0.0)
    totals = [
        ("Total Excl. Tax", pen.num(net)),
        ("Tax Amount", pen.num(tax)),
        (f"Total {pen.c.currency} Incl. Tax", pen.total(gross, bare=True)),
    ]
    layout = pick(rng, "panel", "din")
    sheet = Sheet(
        layout,
        seller,
        f"Sales - Invoice {number}" if layout == "din" else "Sales Invoice",
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        running=f"Sales - Invoice {number}   {seller[0]}   Page {{page}}",
        pager="Page {page} of {pages}",
        foot=[[seller[0], seller[1], seller[2]]],
    )
    return sheet, pen


__all__ = ["erp_long", "freshbooks", "quickbooks", "sage", "stripe", "wave", "woocommerce", "xero"]
