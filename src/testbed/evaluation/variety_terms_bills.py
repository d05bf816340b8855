"""Utility and telephone bills whose number, dates and total stand among account numbers,
meter numbers, periods and balances, for the terms generators
(:mod:`testbed.evaluation.variety_terms`).

A US electric bill (account number, statement date, service period, previous balance and the
payment received, an AutoPay date), a UK phone bill collected by Direct Debit "on or after"
a date, a German Stadtwerke annual bill (Vertragskonto, Zählernummer, Abschläge paid, a
Nachzahlung debited or a Guthaben refunded, next year's instalments) and a French energy bill
dated in its title and "prélevé le". The names are this module's own.

Labels, where the schema leaves a choice, are what an accounts-payable clerk keys in: a
bill's total is this bill's charges (gross, before the Abschläge paid towards it; a previous
balance already paid is no part of it), and a direct debit's collection date is its due
date. A bill printing only an account number has no number of its own labelled. As the
schema's conventions say, a metered usage before its rate is the row's quantity.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_terms_style import (
    Paper,
    beside,
    digits,
    header,
    iban,
    someday,
)


def utility_us(rng: random.Random) -> tuple[list[Block], Writer]:
    """A US electric bill: account number, statement date, service period and meter read
    dates, the previous balance and the payment received, this month's charges, the amount
    due with its due date, or an AutoPay date instead."""
    p = Paper(rng, "us")
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Prairie Valley Electric Cooperative Inc.", "Sandhill Power & Light Co.")),
        vendor=True,
    )
    holder = p.who(rng.choice(("Raymond Castillo", "Beth Ann Kowalczyk", "Jerome Whitlock")))
    start = issued - dt.timedelta(days=rng.randint(34, 40))
    end = start + dt.timedelta(days=30)
    kwh = rng.randint(480, 1800)
    energy, delivery, fee = round(kwh * 0.0912, 2), round(kwh * 0.0418, 2), 14.0
    tax = round((energy + delivery + fee) * 0.05, 2)
    total = round(energy + delivery + fee + tax, 2)
    previous = round(rng.uniform(60, 220), 2)
    p.item(f"Energy charge {kwh} kWh @ $0.0912", float(kwh), 0.0912, energy)
    p.item(f"Delivery charge {kwh} kWh @ $0.0418", float(kwh), 0.0418, delivery)
    p.item("Customer charge", None, None, fee)
    p.item("State & local taxes", None, None, tax)
    due = issued + dt.timedelta(days=21)
    autopay = rng.random() < 0.5
    account = f"{digits(rng, 4)}-{digits(rng, 5)}-{digits(rng, 3)}"
    summary = [
        ("Previous Balance", p.money(previous)),
        (
            "Payment Received " + p.date(start + dt.timedelta(days=12)) + " - Thank You",
            p.minus(previous),
        ),
        ("Current Charges", p.total(total)),
        ("Total Amount Due", p.money(total)),
    ]
    pay_line = (
        f"AutoPay: {p.money(total)} will be deducted from your bank account on "
        f"{p.date(due, 'due', 'mdy')}. Do not pay."
        if autopay
        else f"Amount due by {p.date(due, 'due')}: {p.money(total)}. A late fee of 1.5% applies."
    )
    blocks: list[Block] = [
        (
            "lines",
            [vendor, "PO Box 1140, Grand Island, NE 68802", "Customer Service 1-800-555-0199"],
        ),
        beside(
            [holder, f"{rng.randint(100, 999)} W Koenig St", "Grand Island, NE 68801"],
            [
                f"Account Number: {account}",
                f"Statement Date: {p.date(issued, 'issue')}",
                f"Service Period: {p.date(start, None, 'mdy')} - {p.date(end, None, 'mdy')}",
                f"Next Read Date: {p.date(end + dt.timedelta(days=30))}",
                "Page 1 of 2",
            ],
        ),
        ("heading", "Account Summary"),
        ("kv", summary),
        ("para", pay_line),
        ("heading", "Current Charges Detail"),
        (
            "table",
            [
                ["Description", "Amount"],
                *[[it.description, p.bare(it.amount)] for it in p.w.line_items],
            ],
        ),
        (
            "lines",
            [
                f"Meter {digits(rng, 8)}  Read {p.date(end, None, 'us')}  Actual",
                f"Total current charges {p.bare(total)}",
            ],
        ),
    ]
    return blocks, p.w


def telecom_uk(rng: random.Random) -> tuple[list[Block], Writer]:
    """A UK mobile or broadband bill: bill number, account number and bill date, the period,
    "We'll collect £x by Direct Debit on or after ...", last bill paid, VAT included."""
    p = Paper(rng, "uk")
    issued = someday(rng)
    vendor = p.firm(rng.choice(("Kestrel Mobile Ltd", "Fenwire Broadband Ltd")), vendor=True)
    holder = p.who(rng.choice(("Siobhan Carrick", "Aled Pritchard", "Nisha Raman")))
    plans = [
        ("Unlimited plan 100GB", 1.0, round(rng.uniform(18, 45), 2)),
        ("Calls to 0800/0845 numbers", 1.0, round(rng.uniform(0.5, 6), 2)),
        ("Roaming EU day pass", float(rng.randint(1, 6)), 2.5),
    ]
    total = 0.0
    for name, count, price in plans:
        amount = round(count * price, 2)
        p.item(name, None, None, amount)
        total = round(total + amount, 2)
    vat = round(total / 6, 2)
    number = p.number(f"{rng.choice(('B', 'KM'))}{digits(rng, 9)}")
    collect = issued + dt.timedelta(days=rng.choice((10, 14)))
    last = round(rng.uniform(20, 60), 2)
    blocks: list[Block] = [
        ("lines", [vendor, "Your bill"]),
        header(
            rng,
            [
                ("Account number", digits(rng, 10)),
                ("Bill number", number),
                ("Bill date", p.date(issued, "issue", "dmy")),
                (
                    "Bill period",
                    f"{p.date(issued - dt.timedelta(days=30), None, 'dmy')} "
                    f"to {p.date(issued - dt.timedelta(days=1), None, 'dmy')}",
                ),
            ],
        ),
        ("para", f"Hello {holder}, here's your bill."),
        (
            "kv",
            [
                ("Your last bill", p.money(last)),
                ("Payment received, thank you", p.minus(last)),
                ("This bill", p.total(total)),
            ],
        ),
        (
            "para",
            f"We'll collect {p.money(total)} by Direct Debit on or after "
            f"{p.date(collect, 'due', 'long-en')} from the account ending {digits(rng, 2)}.",
        ),
        (
            "table",
            [
                ["Charges", "Amount (incl. VAT)"],
                *[[it.description, p.money(it.amount)] for it in p.w.line_items],
            ],
        ),
        (
            "lines",
            [
                f"Total charges {p.money(total)} (includes VAT at 20% of {p.money(vat)})",
                f"{vendor}, Registered in England No. {digits(rng, 8)}. "
                f"VAT No. GB {digits(rng, 9)}",
            ],
        ),
    ]
    return blocks, p.w


def stadtwerke(rng: random.Random) -> tuple[list[Block], Writer]:
    """A municipal utility's annual electricity bill: Vertragskonto, Zählernummer and the
    bill's number, the period billed, the gross amount less the Abschläge paid, and either a
    Nachzahlung collected on a date or a Guthaben refunded; next year's instalment dates."""
    p = Paper(rng, "de")
    issued = someday(rng)
    vendor = p.firm(rng.choice(("Stadtwerke Lüneburg GmbH", "Stadtwerke Rheda AöR")), vendor=True)
    holder = p.who(rng.choice(("Katrin Möllenbeck", "Hans-Peter Uhlig", "Ayşe Demirci")))
    end = issued - dt.timedelta(days=rng.randint(8, 20))
    start = end - dt.timedelta(days=364)
    kwh = rng.randint(1800, 4200)
    energy, base = round(kwh * 0.3184, 2), 142.8
    net = round(energy + base, 2)
    total = round(net * 1.19, 2)
    paid = round(total + rng.choice((-1, 1)) * rng.randint(40, 180), 0)
    rest = round(total - paid, 2)
    p.item(f"Arbeitspreis {kwh} kWh x 31,84 ct", float(kwh), 0.3184, energy)
    p.item("Grundpreis 365 Tage", None, None, base)
    number = p.number(f"{digits(rng, 3)} {digits(rng, 6)}")
    outcome = (
        f"Den Nachzahlungsbetrag von {p.money(rest)} buchen wir am "
        f"{p.date(issued + dt.timedelta(days=14), 'due')} von Ihrem Konto ab."
        if rest > 0
        else f"Ihr Guthaben von {p.money(-rest)} überweisen wir in den nächsten Tagen zurück."
    )
    monthly = round(total / 11, 0)
    plan = [[p.date(dt.date(issued.year + 1, m, 15)), p.money(monthly)] for m in (1, 2, 3)]
    blocks: list[Block] = [
        ("lines", [vendor, "Am Sande 8, 21335 Lüneburg"]),
        beside(
            [holder, "Rote Straße 17a", "21335 Lüneburg"],
            [
                f"Vertragskonto: {digits(rng, 12)}",
                f"Kundennummer: {digits(rng, 8)}",
                f"Rechnungsnummer: {number}",
                f"Zählernummer: 1ESY{digits(rng, 10)}",
                f"Datum: {p.date(issued, 'issue')}",
            ],
        ),
        ("title", "Jahresverbrauchsabrechnung Strom"),
        ("para", f"Abrechnungszeitraum {p.date(start)} bis {p.date(end)}"),
        (
            "table",
            [
                ["Position", "Betrag netto"],
                [f"Arbeitspreis {kwh} kWh x 31,84 ct", p.bare(energy)],
                ["Grundpreis 365 Tage", p.bare(base)],
            ],
        ),
        (
            "kv",
            [
                ("Summe netto", p.money(net)),
                ("Umsatzsteuer 19 %", p.money(round(total - net, 2))),
                ("Rechnungsbetrag brutto", p.total(total)),
                ("abzüglich geleistete Abschläge", p.minus(paid)),
                ("Nachzahlung" if rest > 0 else "Guthaben", p.money(abs(rest))),
            ],
        ),
        ("para", outcome),
        ("heading", "Ihre neuen Abschläge"),
        ("table", [["Fällig am", "Betrag"], *plan]),
    ]
    return blocks, p.w


def energie_fr(rng: random.Random) -> tuple[list[Block], Writer]:
    """An energy supplier's bill dated in its title ("Facture du 4 juillet 2026"), the client
    reference, the delivery point and the bill's number, the consumption period, the last bill
    paid, and the amount "prélevé le" a date."""
    p = Paper(rng, "fr")
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Énergies Vallée du Rhône SA", "Gaz et Lumière de l'Ouest SAS")), vendor=True
    )
    holder = p.who(rng.choice(("Hélène Garnier", "Mathieu Lefort", "Nadia Benali")))
    end = issued - dt.timedelta(days=rng.randint(3, 9))
    start = end - dt.timedelta(days=60)
    kwh = rng.randint(400, 1600)
    conso, abo = round(kwh * 0.2516, 2), 38.62
    taxes = round((conso + abo) * 0.2, 2)
    total = round(conso + abo + taxes, 2)
    for name, amount in (
        ("Consommation", conso),
        ("Abonnement", abo),
        ("Taxes et contributions", taxes),
    ):
        p.item(name, None, None, amount)
    number = p.number(f"{digits(rng, 10)}")
    debit = issued + dt.timedelta(days=rng.choice((10, 15)))
    blocks: list[Block] = [
        ("lines", [vendor, "Service clients 09 69 00 00 00"]),
        ("title", f"Facture du {p.date(issued, 'issue', 'long-fr')}"),
        beside(
            [holder, "12 impasse des Lilas", "26000 Valence"],
            [
                f"Référence client : {digits(rng, 9)}",
                f"N° de facture : {number}",
                f"Point de livraison : {digits(rng, 14)}",
                "Page 1/3",
            ],
        ),
        (
            "para",
            f"Période de consommation du {p.date(start)} au {p.date(end)} ({kwh} kWh, index réels)",
        ),
        (
            "table",
            [
                ["Détail", "Montant TTC"],
                ["Consommation", p.bare(conso)],
                ["Abonnement", p.bare(abo)],
                ["Taxes et contributions", p.bare(taxes)],
            ],
        ),
        (
            "kv",
            [
                ("Solde de la facture précédente", p.money(round(rng.uniform(60, 200), 2))),
                ("Votre paiement, merci", "réglé"),
                ("Montant TTC de cette facture", p.total(total)),
            ],
        ),
        (
            "para",
            f"Ce montant sera prélevé le {p.date(debit, 'due')} sur votre compte "
            f"{iban(rng, 'FR', 27)[:14]}XXXX.",
        ),
    ]
    return blocks, p.w


__all__ = ["energie_fr", "stadtwerke", "telecom_uk", "utility_us"]
