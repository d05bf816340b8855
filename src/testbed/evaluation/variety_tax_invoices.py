"""Tax invoices of the development set (issue #18): GST and VAT layouts as sellers of
several countries print them.

An Australian tax invoice (ABN, "$" in a document that names "AUD", its details in a column
beside the customer), a New Zealand one ("GST No.", "NZ$"), an Indian GST invoice (GSTIN,
CGST and SGST, lakh grouping "Rs. 1,18,000.00", dates as 05-12-2026), a UK VAT invoice whose
date is also its tax point, an Irish one with its details as a row of labels over values and
its terms in days, an Ontario one with HST, and a Quebec "Facture" with TPS and TVQ and the
dollar sign after the number. The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Case, Template, Writer, labelled_cases
from testbed.evaluation.figure_locale import Money, Sheet, item_table, numeric, spelled


def _day(rng: random.Random) -> dt.date:
    return dt.date(2025, 4, 1) + dt.timedelta(days=rng.randrange(0, 560))


def au_tax_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """An Australian tax invoice: ABN under the seller, details in a column beside the
    customer, amounts in "$" in a document whose columns say "AUD"."""
    s = Sheet(Writer(rng), Money("AUD", "${n}"))
    issued = _day(rng)
    due = issued + dt.timedelta(days=14)
    vendor = s.vendor(("Coastal Sparkies", "Pty Ltd"))
    customer = s.w.org(("Bondi Surf Hire", "Pty Ltd"))
    goods = (("Switchboard upgrade", 1180.0), ("Safety switch (RCD)", 96.5), ("Labour (hr)", 110.0))
    rows, net = item_table(s, rng, goods, ["Description", "Quantity", "Unit Price", "Amount AUD"])
    gst = round(net * 0.1, 2)
    blocks: list[Block] = [
        ("lines", [vendor, "ABN 53 004 085 616", "12 Marine Parade, Coogee NSW 2034"]),
        ("title", "TAX INVOICE"),
        (
            "columns",
            [
                (customer, "Invoice Date"),
                ("44 Campbell Parade", s.day(issued, "issue", numeric(issued, "abbr"))),
                ("Bondi Beach NSW 2026", "Invoice Number"),
                ("", s.number(f"INV-{rng.randint(1000, 9999)}")),
                ("", "Due Date"),
                ("", s.day(due, "due", numeric(due, "abbr"))),
            ],
        ),
        ("table", rows),
        (
            "columns",
            [
                ("Subtotal", s.money(net)),
                ("Total GST 10%", s.money(gst)),
                ("Amount Due AUD", s.total(round(net + gst, 2))),
            ],
        ),
    ]
    return "pdf", blocks, s.w


def nz_tax_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A New Zealand tax invoice: "GST No.", day-first slashes, "NZ$" and "incl GST"."""
    s = Sheet(Writer(rng), Money("NZD", "NZ${n}"))
    issued = _day(rng)
    due = issued + dt.timedelta(days=20)
    vendor = s.vendor(("Kauri Coast Plumbing", "Ltd"))
    customer = s.w.org(("Tui Lodge", "Ltd"))
    goods = (("Hot water cylinder 180L", 1395.0), ("Copper fittings", 42.8))
    rows, net = item_table(s, rng, goods, ["Item", "Qty", "Rate", "Amount"])
    gst = round(net * 0.15, 2)
    blocks: list[Block] = [
        ("lines", [vendor, "GST No: 112-334-556", "8 Totara Street, Dargaville 0310"]),
        ("title", "Tax Invoice"),
        (
            "kv",
            [
                ("Invoice #", s.number(str(rng.randint(3000, 3999)))),
                ("Date", s.day(issued, "issue", numeric(issued, "eu"))),
                ("Due", s.day(due, "due", numeric(due, "eu"))),
                ("To", customer),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Total excl GST", s.money(net)),
                ("GST 15%", s.money(gst)),
                ("Total incl GST", s.total(round(net + gst, 2))),
            ],
        ),
    ]
    return "txt", blocks, s.w


def _lakh(amount: float) -> str:
    """An amount grouped the Indian way: 1,18,000.00."""
    whole, cents = f"{amount:.2f}".split(".")
    head, tail = whole[:-3], whole[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail]) + f".{cents}"


def gst_invoice_india(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """An Indian GST invoice: GSTIN, HSN codes, CGST and SGST, amounts grouped in lakhs,
    dates with dashes, the total in words under the figure."""
    s = Sheet(Writer(rng), Money("INR", "Rs. {n}"))
    issued = _day(rng)
    due = issued + dt.timedelta(days=30)
    vendor = s.vendor(("Deccan Fabtech", "Pvt. Ltd."))
    customer = s.w.org(("Shree Ganesh Traders", "LLP"))
    rows = [["HSN/SAC", "Description", "Qty", "Rate", "Taxable Value"]]
    net = 0.0
    goods = (("8413", "Centrifugal pump 5HP", 48500.0), ("9987", "Installation", 6500.0))
    for code, name, price in goods:
        qty = rng.randint(2, 6)
        net = round(net + qty * price, 2)
        rows.append([code, name, str(qty), _lakh(price), _lakh(qty * price)])
        s.item(name, qty, price, qty * price)
    half = round(net * 0.09, 2)
    total = round(net + 2 * half, 2)
    for value in (net, half):
        s.w.amounts.append((value, "INR"))
    s.w.total = (total, "INR")
    s.w.amounts.append((total, "INR"))
    year = issued.year % 100 if issued.month > 3 else issued.year % 100 - 1
    blocks: list[Block] = [
        ("lines", [vendor, "Plot 14, Peenya Industrial Area, Bengaluru 560058"]),
        ("lines", ["GSTIN: 29AAGCD4417K1Z3", "State: Karnataka, Code: 29"]),
        ("title", "TAX INVOICE"),
        (
            "kv",
            [
                ("Invoice No.", s.number(f"KA/{year}-{year + 1}/{rng.randint(100, 999):04d}")),
                ("Invoice Date", s.day(issued, "issue", numeric(issued, "dash"))),
                ("Due Date", s.day(due, "due", numeric(due, "dash"))),
            ],
        ),
        ("lines", ["Bill to:", customer, "GSTIN: 29AAJFS2210M1ZQ"]),
        ("table", rows),
        (
            "columns",
            [
                ("Taxable Amount", f"Rs. {_lakh(net)}"),
                ("CGST @ 9%", f"Rs. {_lakh(half)}"),
                ("SGST @ 9%", f"Rs. {_lakh(half)}"),
                ("Grand Total", s.w.key("total", f"Rs. {_lakh(total)}")),
            ],
        ),
        ("para", "Amount in words: Indian Rupees only. E. & O.E."),
    ]
    return "pdf", blocks, s.w


def uk_vat_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A UK VAT invoice: "VAT Reg No.", one date that is both the invoice date and the tax
    point, "Payment due" in words, "Total payable"."""
    s = Sheet(Writer(rng), Money("GBP", "£{n}"))
    issued = _day(rng)
    due = issued + dt.timedelta(days=30)
    vendor = s.vendor(("Pennine Print Works", "Ltd"))
    customer = s.w.org(("Saltaire Arts Festival", "CIC"))
    goods = (("A2 posters, gloss (100)", 145.0), ("Programme booklets (250)", 312.0))
    rows, net = item_table(s, rng, goods, ["Description", "Qty", "Unit price", "Net"])
    vat = round(net * 0.2, 2)
    blocks: list[Block] = [
        ("lines", [vendor, "Unit 3, Canal Wharf, Shipley BD18 3LA", "VAT Reg No: GB 284 5531 92"]),
        ("title", "VAT Invoice"),
        (
            "kv",
            [
                ("Invoice number", s.number(str(rng.randint(10000, 19999)))),
                ("Invoice date / tax point", s.day(issued, "issue", spelled(issued, "en"))),
                ("Customer", customer),
                ("Payment due", s.day(due, "due", spelled(due, "en"))),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Net total", s.money(net)),
                ("VAT at 20%", s.money(vat)),
                ("Total payable", s.total(round(net + vat, 2))),
            ],
        ),
    ]
    return "docx", blocks, s.w


def irish_vat_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """An Irish invoice: "VAT No. IE...", "Date of Invoice", terms in days and no printed due
    date, the total in euros with "(EUR)" in its label."""
    s = Sheet(Writer(rng), Money("EUR", "€{n}"))
    issued = _day(rng)
    days = rng.choice((14, 30))
    vendor = s.vendor(("Shannonside Catering", "Ltd"))
    customer = s.w.org(("Limerick Rowing Club", "CLG"))
    goods = (("Buffet lunch (per head)", 18.5), ("Tea and coffee station", 95.0))
    rows, net = item_table(s, rng, goods, ["Description", "Qty", "Price", "Line Total"])
    vat = round(net * 0.135, 2)
    blocks: list[Block] = [
        ("lines", [vendor, "Dock Road, Limerick V94 X2T4", "VAT No. IE 6388047V"]),
        ("title", "INVOICE"),
        (
            "table",
            [
                ["Invoice No.", "Date of Invoice", "Customer"],
                [
                    s.number(f"{issued.year}/{rng.randint(100, 999):04d}"),
                    s.day(issued, "issue", numeric(issued, "eu")),
                    customer,
                ],
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Goods/Services", s.money(net)),
                ("VAT @ 13.5%", s.money(vat)),
                ("Total Due (EUR)", s.total(round(net + vat, 2))),
            ],
        ),
        ("para", f"{_terms(s, issued, days)} Please quote the invoice number with payment."),
    ]
    return "html", blocks, s.w


def _terms(s: Sheet, issued: dt.date, days: int) -> str:
    """Terms in days with no due date printed: the due date they give, cited by the terms
    (docs/analysis-schema.md)."""
    due = issued + dt.timedelta(days=days)
    if ("due", due.isoformat()) not in s.w.dates:
        s.w.dates.append(("due", due.isoformat()))
    return s.w.key("dueDate", f"Terms: strictly {days} days.")


def canada_hst_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """An Ontario invoice: "GST/HST Reg. No.", ISO dates, HST 13%, "Total (CAD)"."""
    s = Sheet(Writer(rng), Money("CAD", "${n}"))
    issued = _day(rng)
    due = issued + dt.timedelta(days=30)
    vendor = s.vendor(("Lakehead Snow Removal", "Inc."))
    customer = s.w.org(("Current River Condominium Corp.", ""))
    goods = (("Plowing visits (driveway)", 65.0), ("Salting", 38.0))
    rows, net = item_table(s, rng, goods, ["Service", "Visits", "Rate", "Amount"])
    hst = round(net * 0.13, 2)
    blocks: list[Block] = [
        ("lines", [vendor, "220 Red River Rd, Thunder Bay, ON P7B 1A6"]),
        ("lines", ["GST/HST Reg. No. 81234 5678 RT0001"]),
        ("title", "Invoice"),
        (
            "kv",
            [
                ("Invoice #", s.number(f"{issued.year}-{rng.randint(100, 999):04d}")),
                ("Date", s.day(issued, "issue", issued.isoformat())),
                ("Due Date", s.day(due, "due", due.isoformat())),
                ("Bill To", customer),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Subtotal", s.money(net)),
                ("HST (13%)", s.money(hst)),
                ("Total (CAD)", s.total(round(net + hst, 2))),
            ],
        ),
    ]
    return "md", blocks, s.w


def quebec_facture(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A Quebec invoice in French: TPS and TVQ numbers and lines, "1 234,56 $", the date in
    words, "Date d'échéance"."""
    s = Sheet(Writer(rng), Money("CAD", "{n} $", ",", " "))
    issued = _day(rng)
    due = issued + dt.timedelta(days=30)
    vendor = s.vendor(("Ébénisterie Laurentide", "Inc."))
    customer = s.w.org(("Café du Vieux-Port", "Inc."))
    goods = (("Comptoir en érable", 2450.0), ("Tabourets", 185.0))
    rows, net = item_table(s, rng, goods, ["Description", "Qté", "Prix unitaire", "Montant"])
    tps, tvq = round(net * 0.05, 2), round(net * 0.09975, 2)
    blocks: list[Block] = [
        ("lines", [vendor, "1420, rue Principale, Saint-Sauveur (Québec) J0R 1R0"]),
        ("lines", ["No de TPS : 123456789 RT0001", "No de TVQ : 1234567890 TQ0001"]),
        ("title", "FACTURE"),
        (
            "kv",
            [
                ("No de facture", s.number(f"F-{rng.randint(20000, 29999)}")),
                ("Date", s.day(issued, "issue", spelled(issued, "fr"))),
                ("Client", customer),
                ("Date d'échéance", s.day(due, "due", spelled(due, "fr"))),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Sous-total", s.money(net)),
                ("TPS (5 %)", s.money(tps)),
                ("TVQ (9,975 %)", s.money(tvq)),
                ("Total", s.total(round(net + tps + tvq, 2))),
            ],
        ),
    ]
    return "txt", blocks, s.w


#: (kind, template) in case order.
_DOCS: tuple[tuple[str, Template], ...] = (
    ("invoice", au_tax_invoice),
    ("invoice", nz_tax_invoice),
    ("invoice", gst_invoice_india),
    ("invoice", uk_vat_invoice),
    ("invoice", irish_vat_invoice),
    ("invoice", canada_hst_invoice),
    ("invoice", quebec_facture),
)


def build_variety_tax_invoices(seed: str) -> list[Case]:
    """The tax invoices, labelled and drawn once for their evidence."""
    return labelled_cases(seed, "tax-invoices", _DOCS)


__all__ = ["build_variety_tax_invoices"]
