"""mistral's bills and statements: electricity and telecom bills from Senegal, Côte d'Ivoire,
Cameroon and Kenya, a mobile-money statement and a French bank statement (relevé de compte).

A utility bill prints an account number, a meter number, a billing period, a meter reading
date, an issue date and a "date limite de paiement" (or "due date"): only the last is the due
date, and the bill's own number stands beside the account number. A mobile-money statement
bills nothing: it has an issue date, balances and transactions, and no total; nor does a bank
statement, whose own number is the "Relevé n°" (not the account number beside it).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial

from testbed.evaluation.author_mistral_style import (
    EUR_FR,
    GHS,
    KES,
    XAF,
    XOF,
    Paper,
    a_day,
    digits,
    month_end,
    numeric,
)
from testbed.evaluation.truth import LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

_UTILITIES = {
    "SN": (XOF, "Senelec", "Sonatel Orange"),
    "CI": (XOF, "Compagnie Ivoirienne d'Électricité", "Moov Africa Côte d'Ivoire"),
    "CM": (XAF, "Eneo Cameroun", "MTN Cameroon"),
}


def utility_bill(rng: random.Random) -> Paper:
    """An electricity or telecom bill: account, meter, period, issue date, pay-by date."""
    kenya = rng.random() < 0.3
    issued = a_day(rng)
    start = (issued.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    end = issued.replace(day=1) - dt.timedelta(days=1)
    due = issued + dt.timedelta(days=rng.choice([14, 15, 21]))
    if kenya:
        money, provider = KES, "Kenya Power and Lighting Company PLC"
        consumption = rng.randrange(80, 600)
        energy = round(consumption * 23.0, 2)
        charges = [
            ("Energy charge", energy),
            ("Fuel cost charge", round(consumption * 3.1, 2)),
            ("VAT 16%", round(energy * 0.16, 2)),
        ]
        labels = (
            "Account No.",
            "Bill No.",
            "Bill date",
            "Due date",
            "Billing period",
            "Total amount due",
        )
        show: Callable[[dt.date], str] = partial(numeric, sep=".")
    else:
        country = rng.choice(list(_UTILITIES))
        money, power, telecom = _UTILITIES[country]
        provider = rng.choice([power, telecom])
        base = float(rng.randrange(8, 90) * 1000)
        charges = [
            ("Consommation", base),
            ("Redevance / abonnement", float(rng.randrange(1, 5) * 1000)),
            ("TVA 18 %", round(base * 0.18)),
        ]
        labels = (
            "N° de compte client",
            "N° de facture",
            "Date d'émission",
            "Date limite de paiement",
            "Période de facturation",
            "Montant à payer",
        )
        show = numeric
    total = round(sum(a for _, a in charges), 2)
    number = f"{digits(rng, 10)}"
    paper = Paper(
        "invoice",
        Sheet(),
        number=number,
        vendor=provider,
        total=(total, money.code),
        organizations=[provider],
        items=[LineItem(d, None, None, a) for d, a in charges],
    )
    for _, amount in charges:
        paper.money(amount, money.code)
    paper.money(total, money.code)
    paper.on("issue", issued)
    paper.on("due", due)
    account_label, bill_label, issue_label, due_label, period_label, total_label = labels
    customer = rng.choice(
        ["Aminata Ndiaye", "Kouassi Yao", "Jean-Pierre Mbarga", "Wanjiru Kariuki"]
    )
    paper.people.append(customer)
    paper.sheet = Sheet(
        head=[mark("vendor", provider), "Service clients : 800 00 " + digits(rng, 4)],
        panel=[
            (account_label, digits(rng, 9)),
            (bill_label, mark("documentNumber", number)),
            (issue_label, mark("issueDate", show(issued))),
            (period_label, f"{show(start)} - {show(end)}"),
            (due_label, mark("dueDate", show(due))),
        ],
        panel_style=rng.choice(["box", "band", "stack"]),
        address=[customer, f"Compteur / Meter {digits(rng, 11)}"],
        body=[
            (
                "table",
                [["Libellé / Description", "Montant"]] + [[d, money.bare(a)] for d, a in charges],
            ),
            (
                "kv",
                [
                    ("Solde précédent / Previous balance", money(0.0)),
                    (total_label, mark("total", money(total))),
                ],
            ),
            (
                "para",
                (
                    f"Meter read on {show(end - dt.timedelta(days=2))}. Pay via M-PESA Paybill "
                    "888880 or at any KPLC office."
                    if kenya
                    else f"Relevé du compteur effectué le {show(end - dt.timedelta(days=2))}. "
                    "Payez par mobile money, en agence ou auprès de nos points agréés."
                ),
            ),
        ],
        slip=[
            (
                "kv",
                [
                    (account_label, "voir ci-dessus"),
                    (total_label, money(total)),
                    (due_label, show(due)),
                ],
            )
        ],
        text_panel=rng.choice(["kv", "columns"]),
    )
    return paper


def mobile_statement(rng: random.Random) -> Paper:
    """A mobile-money statement: period, opening and closing balances, no bill to pay."""
    money, provider, prefix = rng.choice(
        [
            (KES, "Safaricom M-PESA", "+254 7"),
            (GHS, "MTN Mobile Money Ghana", "+233 24"),
            (XOF, "Orange Money Sénégal", "+221 77"),
        ]
    )
    owner = {"KES": "Grace Achieng", "GHS": "Kwame Asante", "XOF": "Moussa Diop"}[money.code]
    issued = a_day(rng)
    start = issued - dt.timedelta(days=30)
    balance = float(rng.randrange(500, 20000))
    opening = balance
    rows, items = [], []
    for step in range(rng.randrange(4, 8)):
        day = start + dt.timedelta(days=4 * step + 1)
        amount = (
            float(rng.randrange(50, 3000))
            if money.code != "XOF"
            else float(rng.randrange(1, 60) * 500)
        )
        paid_in = rng.random() < 0.4
        balance += amount if paid_in else -amount
        text = rng.choice(
            ["Customer Transfer to", "Pay Bill to", "Buy Goods at", "Funds received from"]
        )
        text = (
            "Funds received from" if paid_in else text.replace("Funds received from", "Pay Bill to")
        )
        what = f"{text} {rng.choice(['JOHN MWANGI', 'KPLC PREPAID', 'NAIVAS', 'AMA SERWAA'])}"
        rows.append(
            [
                digits(rng, 4).join("QR") + digits(rng, 4),
                numeric(day),
                what,
                money.bare(amount) if paid_in else "",
                "" if paid_in else money.bare(amount),
                money.bare(balance),
            ]
        )
        items.append(LineItem(what, None, None, amount))
    paper = Paper("statement", Sheet(), organizations=[provider], people=[owner], items=items)
    paper.money(opening, money.code)
    paper.money(balance, money.code)
    paper.on("issue", issued)
    paper.sheet = Sheet(
        head=[provider, "MOBILE MONEY STATEMENT"],
        panel=[
            ("Customer name", owner),
            ("Mobile number", f"{prefix}{digits(rng, 7)}"),
            ("Statement period", f"{numeric(start)} - {numeric(issued)}"),
            ("Request date", mark("issueDate", numeric(issued))),
            ("Verification code", digits(rng, 6).join("SV")),
        ],
        body=[
            ("kv", [("Opening balance", money(opening)), ("Closing balance", money(balance))]),
            (
                "table",
                [["Receipt No.", "Date", "Details", "Paid in", "Withdrawn", "Balance"], *rows],
            ),
        ],
        footer=["This statement is computer generated and does not require a signature."],
    )
    return paper


#: A French bank's statement lines: what was paid, in or out.
_MOVES = [
    ("PRLV SEPA EDF CLIENTS PARTICULIERS", False),
    ("CB CARREFOUR MARKET", False),
    ("VIR SEPA RECU SALAIRE", True),
    ("CB SNCF INTERNET", False),
    ("CHQ N° 0004512", False),
    ("VIR SEPA RECU CAF", True),
    ("PRLV SEPA FREE MOBILE", False),
    ("RETRAIT DAB", False),
]


def releve(rng: random.Random) -> Paper:
    """A French bank's monthly statement: its number, account and period, debits and credits."""
    bank = rng.choice(
        [
            "Crédit Agricole Centre-Est",
            "Banque Populaire Auvergne Rhône Alpes",
            "Caisse d'Épargne Provence-Alpes-Corse",
            "LCL Le Crédit Lyonnais",
        ]
    )
    owner = rng.choice(["Sophie Lambert", "Thomas Girard", "Nadia Bensaïd"])
    closed = month_end(a_day(rng))
    start = closed.replace(day=1)
    issued = closed + dt.timedelta(days=rng.randrange(1, 5))
    number = str(rng.randrange(1, 13))
    balance = round(rng.uniform(200, 4000), 2)
    opening = balance
    rows, items = [], []
    for step, (what, credit) in enumerate(rng.sample(_MOVES, rng.randrange(4, 8))):
        amount = round(rng.uniform(1500, 2600) if credit else rng.uniform(12, 180), 2)
        balance = round(balance + (amount if credit else -amount), 2)
        day = start + dt.timedelta(days=3 * step + 1)
        rows.append(
            [
                numeric(day)[:5],
                what,
                "" if credit else EUR_FR.bare(amount),
                EUR_FR.bare(amount) if credit else "",
            ]
        )
        items.append(LineItem(what, None, None, amount))
    paper = Paper(
        "statement", Sheet(), number=number, organizations=[bank], people=[owner], items=items
    )
    paper.money(opening, "EUR")
    paper.money(balance, "EUR")
    paper.on("issue", issued)
    paper.sheet = Sheet(
        head=[
            bank,
            f"Agence de {rng.choice(['Villeurbanne', 'Valence', 'Chambéry'])}"
            f" — Tél. 09 69 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
        ],
        panel=[
            ("Relevé n°", mark("documentNumber", number)),
            ("Édité le", mark("issueDate", numeric(issued))),
            ("Période", f"du {numeric(start)} au {numeric(closed)}"),
            ("N° de compte", digits(rng, 11)),
            ("Page", "1/1"),
        ],
        address=[f"M. ou Mme {owner}", f"{rng.randrange(1, 90)} rue Paul Bert"],
        body=[
            ("title", "RELEVÉ DE COMPTE COURANT"),
            ("kv", [(f"Solde créditeur au {numeric(start)}", EUR_FR(opening))]),
            ("table", [["Date", "Libellé", "Débit", "Crédit"], *rows]),
            ("kv", [(f"Nouveau solde créditeur au {numeric(closed)}", EUR_FR(balance))]),
        ],
        footer=[
            f"IBAN FR76 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} "
            f"{digits(rng, 4)} {digits(rng, 3)} — BIC AGRIFRPP"
        ],
        text_panel=rng.choice(["kv", "columns"]),
    )
    return paper
