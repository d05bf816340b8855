"""Bank and card statements and utility and telecom bills, for the world generators
(:mod:`testbed.evaluation.variety_world`).

A British current account ("Paid out", "Paid in" and "Balance" columns, "Balance brought
forward" and "Balance carried forward", the sort code and account number), a Dutch
"Rekeningafschrift" (amounts with "Af"/"Bij", "Nieuw saldo"), an American card statement
("Closing Date", "New Balance", "Payment Due Date", "Minimum Payment Due" in a summary box),
an Australian energy bill ("Amount due" and "Due date" in a box, the period, "Tax invoice"),
an Italian "bolletta" ("Totale da pagare ... entro il ...") and a Spanish telephone bill
("Importe total", "Fecha de cargo"). The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_world_style import (
    brand,
    eu_number,
    sheet,
    signed,
    someday,
    when,
)

#: (description, signed amount) of a month on a current account.
_MONTH = (
    ("SALARY ACME PAYROLL", 2450.0),
    ("DD COUNCIL TAX", -168.0),
    ("CARD 4471 TESCO STORES", -62.35),
    ("SO RENT FLAT 2", -950.0),
    ("FPI J SMITH LOAN", 120.0),
    ("DD BRITISH GAS", -74.5),
)


def bank_uk(rng: random.Random) -> tuple[list[Block], Writer]:
    """A British current account statement: money out and money in in columns of their
    own (no sign), a running balance, the balance brought and carried forward; the account
    number identifies it."""
    s, _ = sheet(rng, "uk")
    end = someday(rng)
    start = end - dt.timedelta(days=30)
    # a statement has no seller: the bank is named (a party), not labelled vendor
    bank = s.w.plain_org(rng.choice(("Thames & Severn Bank", "Northgate Building Society")))
    holder = s.w.person(rng.choice(("Oliver Pennington", "Aisha Rahman")))
    opening = round(rng.uniform(300, 2500), 2)
    rows = [["Date", "Description", "Paid out", "Paid in", "Balance"]]
    rows.append([when(start, "dmy"), "BALANCE BROUGHT FORWARD", "", "", f"{opening:,.2f}"])
    balance = opening
    for offset, (name, value) in enumerate(rng.sample(_MONTH, 5)):
        balance = round(balance + value, 2)
        day = start + dt.timedelta(days=3 + offset * 5)
        out, into = (f"{-value:,.2f}", "") if value < 0 else ("", f"{value:,.2f}")
        rows.append([when(day, "dmy"), name, out, into, f"{balance:,.2f}"])
        s.item(name, None, None, value)
    rows.append([when(end, "dmy"), "BALANCE CARRIED FORWARD", "", "", f"{balance:,.2f}"])
    s.w.total = (balance, "GBP")
    account = f"{rng.randint(10**7, 10**8 - 1)}"
    blocks: list[Block] = [
        ("lines", [bank, "PO Box 88, Reading RG1 3XX"]),
        ("lines", [holder.upper(), "14 Elmfield Road", "Reading RG6 1AP"]),
        ("title", "Your Current Account statement"),
        (
            "kv",
            [
                ("Sort code", f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"),
                ("Account number", s.number(account)),
                ("Statement date", s.day(end, "issue", when(end, "long-en"))),
                ("Period", f"{when(start, 'dmy')} to {when(end, 'dmy')}"),
            ],
        ),
        (
            "kv",
            [
                ("Balance at start", s.money(opening)),
                ("Balance at end", s.w.key("total", s.money(balance))),
            ],
        ),
        ("table", rows),
        ("para", "Please check your statement. If you see anything you do not recognise, call us."),
    ]
    return blocks, s.w


def rekeningafschrift(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Dutch statement: "Rekeningafschrift nr. 3", the IBAN, amounts with "Af" or "Bij"
    instead of a sign, "Vorig saldo", "Nieuw saldo" on a date."""
    s, _ = sheet(rng, "nl")
    end = someday(rng)
    bank = s.w.plain_org(rng.choice(("Polderbank", "Groene Spaarbank")))
    holder = s.w.person(rng.choice(("Daan van Leeuwen", "Lotte Mulder")))
    opening = round(rng.uniform(500, 3000), 2)
    moves = (
        ("Salaris Technolab", 2780.0),
        ("Huur woning", -1125.0),
        ("Albert Heijn 1432", -58.4),
        ("Zorgverzekering", -142.9),
        ("Tikkie terugbetaling", 25.0),
    )
    rows = [["Datum", "Omschrijving", "Bedrag", "Af/Bij"]]
    balance = opening
    for offset, (name, value) in enumerate(moves):
        balance = round(balance + value, 2)
        day = end - dt.timedelta(days=26 - offset * 5)
        rows.append([when(day, "nl"), name, eu_number(abs(value)), "Af" if value < 0 else "Bij"])
        s.item(name, None, None, value)
    s.w.total = (balance, "EUR")
    number = str(rng.randint(1, 12))
    iban = f"NL{rng.randint(10, 99)} PLDR 0{rng.randint(10**8, 10**9 - 1)}"
    blocks: list[Block] = [
        ("lines", [bank, "Postbus 1800, 1000 BV Amsterdam"]),
        ("title", f"Rekeningafschrift nr. {number}"),
        (
            "kv",
            [
                ("Rekeninghouder", holder),
                ("IBAN", s.number(iban)),
                ("Datum", s.day(end, "issue", when(end, "long-nl"))),
            ],
        ),
        ("kv", [("Vorig saldo", s.money(opening))]),
        ("table", rows),
        ("kv", [(f"Nieuw saldo per {when(end, 'nl')}", s.w.key("total", s.money(balance)))]),
    ]
    return blocks, s.w


def card_us(rng: random.Random) -> tuple[list[Block], Writer]:
    """An American card statement: a summary box ("Previous Balance", "Payments", "New
    Balance", "Minimum Payment Due", "Payment Due Date"), "Closing Date" with a two-digit
    year, the account ending in four digits, the transactions with payments negative."""
    s, _ = sheet(rng, "us")
    closing = someday(rng)
    due = closing + dt.timedelta(days=25)
    bank = s.w.plain_org(rng.choice(("Summit Rewards Card Services", "Prairie Federal Bank")))
    holder = s.w.person(rng.choice(("Jennifer Alvarez", "Robert Nakamura")))
    previous = round(rng.uniform(200, 1500), 2)
    moves = [
        ("PAYMENT - THANK YOU", -previous),
        ("AMAZON MKTPLACE PMTS", round(rng.uniform(20, 90), 2)),
        ("SHELL OIL 57442", round(rng.uniform(30, 70), 2)),
        ("TRADER JOE'S #552", round(rng.uniform(40, 140), 2)),
        ("NETFLIX.COM", 15.49),
    ]
    rows = [["Trans Date", "Description", "Amount"]]
    for offset, (name, value) in enumerate(moves):
        day = closing - dt.timedelta(days=27 - offset * 6)
        rows.append([when(day, "us")[:5], name, f"{value:,.2f}"])
        s.item(name, None, None, value)
    new = round(previous + sum(v for _, v in moves), 2)
    ending = rng.randint(1000, 9999)
    blocks: list[Block] = [
        ("lines", [bank, "P.O. Box 6000, Sioux Falls, SD 57117"]),
        ("lines", [holder.upper(), "902 Larkspur Ln", "Boise, ID 83702"]),
        ("title", "Account Summary"),
        (
            "columns",
            [
                ("Account Number", s.number(f"XXXX XXXX XXXX {ending}")),
                ("Closing Date", s.day(closing, "issue", when(closing, "us2"))),
                ("Previous Balance", s.money(previous)),
                ("Payments/Credits", signed(s, -previous)),
                ("Purchases", s.money(round(sum(v for _, v in moves if v > 0), 2))),
                ("New Balance", s.w.key("total", s.money(new))),
                ("Minimum Payment Due", s.money(max(25.0, round(new * 0.02, 2)))),
                ("Payment Due Date", s.day(due, "due", when(due, "us2"))),
            ],
        ),
        (
            "para",
            "Late Payment Warning: If we do not receive your minimum payment by the date "
            f"listed above, you may have to pay a late fee of up to {s.money(41.0)}.",
        ),
        ("heading", "Transactions"),
        ("table", rows),
    ]
    s.w.total = (new, "USD")
    return blocks, s.w


def energy_au(rng: random.Random) -> tuple[list[Block], Writer]:
    """An Australian energy bill: "Tax invoice", "Amount due" and "Due date" side by side
    in a box at the top, the account and invoice numbers, usage in kWh, GST, "Total
    amount due"."""
    s, _ = sheet(rng, "au")
    issued = someday(rng)
    due = issued + dt.timedelta(days=21)
    vendor = brand(s, rng.choice(("Southern Cross Energy", "Eucalypt Power")))
    holder = s.w.person(rng.choice(("Chloe Nguyen", "Lachlan Brooks")))
    kwh = rng.randint(400, 1200)
    rate = rng.choice((0.2915, 0.3102))
    usage = round(kwh * rate, 2)
    supply = round(91 * 1.0549, 2)
    gst = round((usage + supply) * 0.1, 2)
    total = round(usage + supply + gst, 2)
    s.item("General usage", float(kwh), rate, usage)
    s.item("Daily supply charge", 91.0, 1.0549, supply)
    blocks: list[Block] = [
        ("columns", [(vendor, "Tax invoice"), ("ABN 41 652 118 903", "")]),
        (
            "table",
            [["Amount due", "Due date"], [s.total(total), s.day(due, "due", when(due, "dmy"))]],
        ),
        (
            "kv",
            [
                ("Account number", f"{rng.randint(1000, 9999)} {rng.randint(100000, 999999)}"),
                ("Invoice number", s.number(str(rng.randint(10**8, 10**9 - 1)))),
                ("Issue date", s.day(issued, "issue", when(issued, "dmy"))),
                ("Customer", holder),
            ],
        ),
        ("heading", "Your electricity charges"),
        (
            "table",
            [
                ["Description", "Quantity", "Rate", "Amount"],
                ["General usage", f"{kwh} kWh", f"{rate * 100:.2f} c/kWh", f"${usage:,.2f}"],
                ["Daily supply charge", "91 days", "105.49 c/day", f"${supply:,.2f}"],
            ],
        ),
        ("kv", [("GST", s.money(gst)), ("Total amount due", s.money(total))]),
    ]
    s.money(usage)
    s.money(supply)
    return blocks, s.w


def bolletta(rng: random.Random) -> tuple[list[Block], Writer]:
    """An Italian utility bill: "Bolletta n.", "del" a date, "Totale da pagare € 84,20 entro
    il 18/03/2026" in one line, the period "dal ... al ..."."""
    s, _ = sheet(rng, "it")
    issued = someday(rng)
    due = issued + dt.timedelta(days=20)
    vendor = brand(s, rng.choice(("Luce Verde Energia", "Acque del Brenta")))
    holder = s.w.person(rng.choice(("Giulia Conti", "Alessandro Greco")))
    parts = (
        ("Spesa per la materia energia", round(rng.uniform(30, 80), 2)),
        ("Spesa per il trasporto e la gestione del contatore", round(rng.uniform(12, 25), 2)),
        ("Oneri di sistema", round(rng.uniform(5, 15), 2)),
    )
    net = round(sum(v for _, v in parts), 2)
    vat = round(net * 0.1, 2)
    total = round(net + vat, 2)
    for name, value in parts:
        s.item(name, None, None, value)
    start = issued - dt.timedelta(days=60)
    blocks: list[Block] = [
        ("lines", [vendor, "Servizio clienti 800 123 456"]),
        ("lines", [holder, "Via dei Mille 40, 35131 Padova"]),
        (
            "title",
            f"Bolletta n. {s.number(f'{rng.randint(10**9, 10**10 - 1)}')} del "
            f"{s.day(issued, 'issue', when(issued, 'eu'))}",
        ),
        (
            "para",
            f"Totale da pagare {s.total(total)} entro il {s.day(due, 'due', when(due, 'eu'))}",
        ),
        (
            "kv",
            [
                ("Periodo di fatturazione", f"dal {when(start, 'eu')} al {when(issued, 'eu')}"),
                ("Codice cliente", str(rng.randint(10**6, 10**7 - 1))),
            ],
        ),
        ("table", [["Voce", "Importo"], *[[name, s.money(value)] for name, value in parts]]),
        ("kv", [("IVA 10%", s.money(vat)), ("Totale bolletta", s.money(total))]),
        ("para", "Pagamento con domiciliazione bancaria: non è necessario fare nulla."),
    ]
    return blocks, s.w


def factura_telefono(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Spanish telephone bill: "Nº de factura", "Fecha de factura" in words, the amount
    charged to the account on "Fecha de cargo", "Importe total"."""
    s, _ = sheet(rng, "es")
    issued = someday(rng)
    charged = issued + dt.timedelta(days=8)
    vendor = brand(s, rng.choice(("Telefónica Levante", "Onda Móvil")))
    holder = s.w.person(rng.choice(("Carmen Vidal Ortega", "Sergio Blanco Pérez")))
    parts = (
        ("Fibra 600 Mb + Móvil", 45.0),
        ("Línea adicional", 9.5),
        ("Llamadas fuera de tarifa", 3.2),
    )
    net = round(sum(v for _, v in parts), 2)
    vat = round(net * 0.21, 2)
    total = round(net + vat, 2)
    for name, value in parts:
        s.item(name, None, None, value)
    blocks: list[Block] = [
        ("lines", [vendor, "Apartado de Correos 46080, Valencia"]),
        ("title", "Tu factura"),
        (
            "kv",
            [
                ("Titular", holder),
                ("Nº de factura", s.number(f"TL{rng.randint(10**8, 10**9 - 1)}")),
                ("Fecha de factura", s.day(issued, "issue", when(issued, "long-es"))),
                ("Fecha de cargo", s.day(charged, "due", when(charged, "eu"))),
            ],
        ),
        ("table", [["Concepto", "Importe"], *[[n, s.money(v)] for n, v in parts]]),
        (
            "kv",
            [
                ("Base imponible", s.money(net)),
                ("IVA 21%", s.money(vat)),
                ("Importe total", s.total(total)),
            ],
        ),
        (
            "para",
            f"Cargaremos {s.money(total)} en tu cuenta ES** **** **** **{rng.randint(10, 99)} "
            f"{rng.randint(1000, 9999)} el {when(charged, 'long-es')}.",
        ),
    ]
    return blocks, s.w


__all__ = ["bank_uk", "bolletta", "card_us", "energy_au", "factura_telefono", "rekeningafschrift"]
