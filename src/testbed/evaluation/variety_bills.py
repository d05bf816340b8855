"""Utility and telecom bills of the development set (issue #18).

A US mobile bill with its account and invoice numbers in a row of labels over values and
"Total Amount Due" beside its due date, a UK energy bill asking "Please pay ... by" in a
sentence, a German telephone bill whose amount is debited on a date, and a French
electricity bill dated in its title with "Date limite de paiement". The names are this
module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Case, Template, Writer, labelled_cases
from testbed.evaluation.figure_locale import MONTHS, Money, Sheet, numeric, spelled


def _day(rng: random.Random) -> dt.date:
    return dt.date(2025, 4, 1) + dt.timedelta(days=rng.randrange(0, 560))


def telecom_bill(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A US mobile bill: account number, invoice number and bill date as a row of labels
    over their values, the billing period, "Total Amount Due" beside its due date, the
    charges on the next page."""
    s = Sheet(Writer(rng), Money("USD", "${n}"))
    billed = _day(rng)
    due = billed + dt.timedelta(days=22)
    start = billed - dt.timedelta(days=30)
    vendor = s.vendor(("Prairie Wireless", ""))
    holder = s.w.person("Gwendolyn Marsh")
    account = f"{rng.randint(100000, 999999)}-{rng.randint(1000, 9999)}"
    rows = [["Line", "Plan", "Charges"]]
    charges = 0.0
    plans = (("(402) 555-0147", "Unlimited Plus", 70.0), ("(402) 555-0191", "Connect 5GB", 35.0))
    for line, plan, value in plans:
        charges = round(charges + value, 2)
        rows.append([line, plan, s.money(value)])
        s.item(plan, None, None, value)
    taxes = round(rng.uniform(6, 14), 2)
    total = round(charges + taxes, 2)
    blocks: list[Block] = [
        ("lines", [vendor, "PO Box 4410, Omaha, NE 68104"]),
        ("lines", [holder, "8812 Maple St, Lincoln, NE 68506"]),
        (
            "table",
            [
                ["Account Number", "Invoice Number", "Bill Date", "Billing Period"],
                [
                    account,
                    s.number(f"B{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"),
                    s.day(billed, "issue", numeric(billed, "us_abbr")),
                    f"{numeric(start, 'us_abbr')} - {numeric(billed, 'us_abbr')}",
                ],
            ],
        ),
        ("title", "Your Monthly Bill"),
        (
            "columns",
            [
                ("Total Amount Due", s.total(total)),
                ("Due By", s.day(due, "due", numeric(due, "us_abbr"))),
            ],
        ),
        ("para", "AutoPay is not set up on this account. Late payments may incur a fee."),
        ("break", None),
        ("heading", "Monthly Charges"),
        ("table", rows),
        ("columns", [("Taxes, Fees and Surcharges", s.money(taxes))]),
    ]
    return "pdf", blocks, s.w


def energy_bill_uk(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A UK energy bill: "Your account number", "Date of bill", "Please pay £... by ..." in
    a sentence, a period in words."""
    s = Sheet(Writer(rng), Money("GBP", "£{n}"))
    billed = _day(rng)
    due = billed + dt.timedelta(days=14)
    start = billed - dt.timedelta(days=31)
    s.w.plain_org("Severn Valley Energy")
    holder = s.w.person("Rhiannon Pugh")
    account = f"{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    rows = [["", "Units", "Rate", "Cost"]]
    cost = 0.0
    fuels = (("Electricity", rng.randint(180, 420), 0.245), ("Gas", rng.randint(600, 1400), 0.0624))
    for name, units, rate in fuels:
        value = round(units * rate, 2)
        cost = round(cost + value, 2)
        rows.append([name, f"{units} kWh", f"{rate * 100:.2f}p", s.money(value)])
        s.item(name, None, None, value)
    vat = round(cost * 0.05, 2)
    total = round(cost + vat, 2)
    period = f"{spelled(start, 'en')} to {spelled(billed, 'en')}"
    blocks: list[Block] = [
        ("lines", ["Severn Valley Energy", "Freepost SVE, Worcester WR1 2AA"]),
        ("lines", [holder, "7 Orchard Close, Malvern WR14 3BE"]),
        ("title", "Your energy bill"),
        (
            "kv",
            [
                ("Your account number", s.number(account)),
                ("Date of bill", s.day(billed, "issue", spelled(billed, "en"))),
                ("Bill period", period),
            ],
        ),
        ("table", rows),
        ("kv", [("VAT at 5%", s.money(vat)), ("Total to pay", s.total(total))]),
        (
            "para",
            f"Please pay {s.money(total)} by {s.day(due, 'due', spelled(due, 'en'))}. If you "
            "pay by Direct Debit you do not need to do anything.",
        ),
    ]
    return "pdf", blocks, s.w


def telefonrechnung(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A German telephone bill: "Kundennummer", "Rechnungsnummer", "Rechnungsdatum", the
    amount debited "am" a date, "Rechnungsbetrag" with "brutto"."""
    s = Sheet(Writer(rng), Money("EUR", "{n} €", ",", "."))
    billed = _day(rng)
    debit = billed + dt.timedelta(days=10)
    vendor = s.vendor(("Alpenfunk Telekommunikation", "GmbH"))
    holder = s.w.person("Sabine Reiter")
    number = f"{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    rows = [["Leistung", "Zeitraum", "Betrag netto"]]
    net = 0.0
    for name, value in (("Festnetz & Internet 100", 33.6), ("Mobilfunk Tarif M", 16.8)):
        net = round(net + value, 2)
        rows.append([name, MONTHS["de"][billed.month - 1], s.money(value, mark=False)])
        s.item(name, None, None, value)
    gross = round(net * 1.19, 2)
    blocks: list[Block] = [
        ("lines", [vendor, "Postfach 12 04, 83004 Rosenheim"]),
        ("lines", [holder, "Kufsteiner Str. 18, 83022 Rosenheim"]),
        ("title", "Ihre Rechnung"),
        (
            "kv",
            [
                ("Kundennummer", str(rng.randint(1000000, 9999999))),
                ("Rechnungsnummer", s.number(number)),
                ("Rechnungsdatum", s.day(billed, "issue", numeric(billed, "dot"))),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Summe netto", s.money(net)),
                ("Umsatzsteuer 19 %", s.money(round(gross - net, 2))),
                ("Rechnungsbetrag brutto", s.total(gross)),
            ],
        ),
        (
            "para",
            f"Den Rechnungsbetrag buchen wir am {s.day(debit, 'due', numeric(debit, 'dot'))} "
            "von Ihrem Konto ab.",
        ),
    ]
    return "txt", blocks, s.w


def facture_electricite(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A French electricity bill: "Facture du", "N° de facture", "Montant TTC", "Date limite
    de paiement"."""
    s = Sheet(Writer(rng), Money("EUR", "{n} €", ",", " "))
    billed = _day(rng)
    due = billed + dt.timedelta(days=15)
    vendor = s.vendor(("Énergie Rhône-Alpes", "SA"))
    holder = s.w.person("Juliette Marchand")
    rows = [["Désignation", "Quantité", "Prix unitaire HT", "Montant HT"]]
    ht = 0.0
    kwh = rng.randint(250, 900)
    for name, qty, price in (("Abonnement", 1, 14.7), ("Consommation (kWh)", kwh, 0.2016)):
        value = round(qty * price, 2)
        ht = round(ht + value, 2)
        rows.append([name, str(qty), s.money(price, mark=False), s.money(value, mark=False)])
        s.item(name, qty, price, value)
    ttc = round(ht * 1.2, 2)
    blocks: list[Block] = [
        ("lines", [vendor, "Service clients, 69003 Lyon"]),
        ("lines", [holder, "14 rue des Tilleuls, 38000 Grenoble"]),
        ("title", f"Facture du {s.day(billed, 'issue', spelled(billed, 'fr'))}"),
        (
            "kv",
            [
                ("N° de facture", s.number(str(rng.randint(10000000, 99999999)))),
                ("Référence client", str(rng.randint(100000, 999999))),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Total HT", s.money(ht)),
                ("TVA 20 %", s.money(round(ttc - ht, 2))),
                ("Montant TTC", s.total(ttc)),
                ("Date limite de paiement", s.day(due, "due", numeric(due, "eu"))),
            ],
        ),
    ]
    return "pdf", blocks, s.w


#: (kind, template) in case order.
_DOCS: tuple[tuple[str, Template], ...] = (
    ("invoice", telecom_bill),
    ("invoice", energy_bill_uk),  # a utility's bill (docs/analysis-schema.md, Conventions)
    ("invoice", telefonrechnung),
    ("invoice", facture_electricite),
)


def build_variety_bills(seed: str) -> list[Case]:
    """The bills, labelled and drawn once for their evidence."""
    return labelled_cases(seed, "bills", _DOCS)


__all__ = ["build_variety_bills"]
