"""Rent, tenancy and account papers for the field generators
(:mod:`testbed.evaluation.variety_field`).

A managing agent's rent demand (the quarter's rent and service charge, due on the quarter
day), a US property manager's tenant ledger statement (charges and payments with a running
balance, "Balance Due"), a corporate card's monthly statement ("Closing Date", "New
Balance", "Payment Due Date", the account ending in its last digits) and a French bank's
account statement ("Relevé de compte n°", "Nouveau solde créditeur"). Statements name no
vendor (docs/analysis-schema.md: the vendor is read on invoices, receipts and orders) and
their total is the balance they close on. Names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_field_style import Sheet, code, someday


def rent_demand(rng: random.Random) -> tuple[list[Block], Writer]:
    """A UK managing agent's rent demand for a commercial tenant: "Demand No.", the quarter's
    rent and service charge with VAT, "Due date" the quarter day, the agent "acting for" the
    landlord (the landlord sells the tenancy; the agent only collects)."""
    s = Sheet(rng, "uk")
    quarter = s.pick(((3, 25), (6, 24), (9, 29), (12, 25)))
    year = rng.choice((2025, 2026))
    due = dt.date(year, *quarter)
    issued = due - dt.timedelta(days=rng.randint(14, 28))
    rent = round(rng.uniform(4000, 18000), 2)
    service = round(rent * 0.12, 2)
    vat = round((rent + service) * 0.2, 2)
    total = round(rent + service + vat, 2)
    landlord = s.pick(("Calverley Estates Limited", "Wharfedale Property Holdings Ltd"))
    agent = s.org(
        s.pick(("Hollis Grange Property Management LLP", "Ainsty Chartered Surveyors LLP"))
    )
    s.item(f"Rent for the quarter from {s.day(due, None, 'uk')}", None, None, rent)
    s.item("Service charge on account", None, None, service)
    s.item("VAT @ 20%", None, None, vat)
    blocks: list[Block] = [
        ("lines", [agent, "4 Park Square East, Leeds LS1 2NE"]),
        ("title", "RENT DEMAND / VAT INVOICE"),
        (
            "kv",
            [
                ("Demand No.", s.number(code(rng, "D999999"))),
                ("Date", s.day(issued, "issue", "uk_long")),
                ("Tenant", s.org(s.pick(("Pickering Opticians Ltd", "Little Owl Nursery Ltd")))),
                ("Premises", "Unit 6, Kirkgate Arcade, Otley"),
                ("Landlord", s.vendor(landlord)),
            ],
        ),
        (
            "table",
            [
                ["Description", "Amount"],
                [f"Rent for the quarter from {s.day(due, None, 'uk')}", s.num(rent)],
                ["Service charge on account", s.num(service)],
                ["VAT @ 20%", s.num(vat)],
            ],
        ),
        ("kv", [("Total due", s.total(total)), ("Due date", s.day(due, "due", "uk_long"))]),
        (
            "para",
            f"{agent} acts as agent for the landlord named above. Please pay by bank transfer "
            "quoting the demand number.",
        ),
    ]
    return blocks, s.w


def tenant_ledger(rng: random.Random) -> tuple[list[Block], Writer]:
    """A US property manager's tenant statement: "Tenant Statement", the tenant's unit and
    "Statement Date", a ledger of charges and payments with a running balance, "Balance Due"
    and when rent is due."""
    s = Sheet(rng, "us")
    end = someday(rng).replace(day=rng.randint(20, 28))
    months = [(end.replace(day=1) - dt.timedelta(days=1)).replace(day=1), end.replace(day=1)]
    start = months[0] - dt.timedelta(days=1)
    rent = s.pick((1450.0, 1875.0, 2240.0))
    balance = round(rng.choice((0.0, 75.0)), 2)
    rows = [["Date", "Description", "Charges", "Payments", "Balance"]]
    opening = balance
    rows.append([s.day(start, None, "us"), "Balance forward", "", "", s.num(balance)])
    entries: list[tuple[dt.date, str, float]] = []
    for first in months:
        entries.append((first, "Rent", rent))
        entries.append((first + dt.timedelta(days=rng.randint(1, 4)), "Payment - ACH", -rent))
    entries.append(
        (end - dt.timedelta(days=3), "Late fee", 75.0)
        if rng.random() < 0.5
        else (end - dt.timedelta(days=3), "Water/sewer", 48.6)
    )
    for day, name, amount in entries:
        balance = round(balance + amount, 2)
        s.item(name, None, None, abs(amount))  # as printed in its column
        rows.append(
            [
                s.day(day, None, "us"),
                name,
                s.num(amount) if amount > 0 else "",
                s.num(-amount) if amount < 0 else "",
                s.num(balance),
            ]
        )
    manager = s.org(
        s.pick(("Copperleaf Property Management LLC", "Juniper Ridge Residential Inc."))
    )
    blocks: list[Block] = [
        ("lines", [manager, "PO Box 2281, Boise, ID 83701"]),
        ("title", "Tenant Statement"),
        (
            "columns",
            [
                (
                    s.person(s.pick(("Marisol Quintero", "Brandon Ketchum"))),
                    f"Statement Date: {s.day(end, 'issue', 'us')}",
                ),
                ("1420 W Hays St, Unit 3B", f"Tenant ID: {s.number(code(rng, 't9999999'))}"),
                ("Boise, ID 83702", f"Opening balance: {s.money(opening)}"),
            ],
        ),
        ("table", rows),
        ("kv", [("Balance Due", s.total(balance))]),
        ("para", "Rent is due on the 1st of each month; a late fee applies after the 5th."),
    ]
    return blocks, s.w


def corporate_card(rng: random.Random) -> tuple[list[Block], Writer]:
    """A corporate card statement: the card issuer's name, "Account Ending 9-41003", "Closing
    Date", "New Balance", "Payment Due Date", then the transactions of each card member."""
    s = Sheet(rng, "us")
    closing = someday(rng)
    due = closing + dt.timedelta(days=25)
    previous = round(rng.uniform(800, 4000), 2)
    spend = [
        ("DELTA SKY CLUB ATLANTA GA", 59.0),
        ("HILTON GARDEN INN RALEIGH NC", 412.88),
        ("UBER *TRIP HELP.UBER.COM", 36.4),
        ("STAPLES 00123 CHARLOTTE NC", 88.17),
        ("ZOOM.US 888-799-9666 CA", 149.9),
    ]
    picked = rng.sample(spend, rng.randint(3, 5))
    charges = round(sum(a for _, a in picked), 2)
    new = round(charges, 2)
    member = s.person(s.pick(("Colleen Hartigan", "Vikram Seshadri")))
    company = s.org(s.pick(("Tarheel Biologics Inc.", "Piedmont Freight Brokers LLC")))
    rows = [["Date", "Description", "Amount"]]
    paid_day = closing - dt.timedelta(days=rng.randint(12, 20))
    s.item("PAYMENT RECEIVED - THANK YOU", None, None, -previous)
    rows.append([s.day(paid_day, None, "us"), "PAYMENT RECEIVED - THANK YOU", s.num(-previous)])
    for index, (name, amount) in enumerate(picked):
        s.item(name, None, None, amount)
        rows.append(
            [s.day(closing - dt.timedelta(days=25 - 4 * index), None, "us"), name, s.num(amount)]
        )
    blocks: list[Block] = [
        (
            "columns",
            [
                (s.org("Meridian Commercial Card Services"), "Corporate Card Statement"),
                (company, f"Account Ending {s.number(code(rng, '9-99999'))}"),
                (member, f"Closing Date {s.day(closing, 'issue', 'us')}"),
            ],
        ),
        (
            "table",
            [
                [
                    "Previous Balance",
                    "Payments/Credits",
                    "New Charges",
                    "New Balance",
                    "Payment Due Date",
                ],
                [
                    s.money(previous),
                    s.money(-previous),
                    s.money(charges),
                    s.total(new),
                    s.day(due, "due", "us"),
                ],
            ],
        ),
        (
            "para",
            "Your corporate account is billed in full each month. Please pay the New Balance by "
            "the Payment Due Date.",
        ),
        ("heading", f"Card member {member.upper()}"),
        ("table", rows),
    ]
    return blocks, s.w


def releve(rng: random.Random) -> tuple[list[Block], Writer]:
    """A French bank's account statement: "Relevé de compte n° 11", "du ... au ...",
    "Ancien solde", debits and credits in two columns, "Nouveau solde créditeur au ..."."""
    s = Sheet(rng, "fr")
    end = someday(rng).replace(day=28)
    start = end.replace(day=1)
    opening = round(rng.uniform(800, 6000), 2)
    moves = [
        ("PRLV SEPA EDF CLIENTS PARTICULIERS", -78.4),
        ("CB CARREFOUR 12/ LYON", -63.27),
        ("VIR SEPA SALAIRE SOCIETE ATLANTE", 2410.0),
        ("CB PHARMACIE DU PARC", -14.9),
        ("PRLV SEPA FREE MOBILE", -19.99),
        ("RETRAIT DAB LYON BELLECOUR", -60.0),
    ]
    picked = rng.sample(moves, rng.randint(3, 6))
    rows = [["Date", "Libellé", "Débit", "Crédit"]]
    balance = opening
    for index, (name, amount) in enumerate(picked):
        balance = round(balance + amount, 2)
        s.item(name, None, None, abs(amount))  # as printed in its column
        rows.append(
            [
                s.day(start + dt.timedelta(days=3 + 4 * index), None, "uk")[:5],
                name,
                s.num(-amount) if amount < 0 else "",
                s.num(amount) if amount > 0 else "",
            ]
        )
    holder = s.person(s.pick(("Camille Devaux", "Hugo Lemaire")))
    blocks: list[Block] = [
        (
            "lines",
            [
                s.org(s.pick(("Banque Populaire du Rhône-Vercors", "Crédit Lyonnais du Centre"))),
                "Agence Lyon Bellecour",
            ],
        ),
        ("title", f"Relevé de compte n° {s.number(str(rng.randint(2, 12)))}"),
        (
            "kv",
            [
                ("Titulaire du compte", f"M. {holder}"),
                ("IBAN", "FR76 1007 1690 0000 4419 2817 306"),
                ("Période", f"du {s.day(start, None, 'uk')} au {s.day(end, 'issue', 'uk')}"),
            ],
        ),
        ("kv", [(f"Ancien solde au {s.day(start, None, 'uk')}", s.money(opening))]),
        ("table", rows),
        ("kv", [(f"Nouveau solde créditeur au {s.day(end, None, 'uk')}", s.total(balance))]),
    ]
    return blocks, s.w
