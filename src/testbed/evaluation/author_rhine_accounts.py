"""Accounts and recurring bills of author ``rhine``: a bank's Kontoauszug or relevé de compte,
a credit-card statement, an electricity company's annual Stromabrechnung and a telephone
bill (German or French).

As read: a bank statement bills nothing, so it has no total; its number is the statement's
(``10/2026``), its date the day it was drawn up (the period's first and last days are not
the statement's own dates). A card statement bills its new balance, due on the day it is
debited. A utility bill's total is the bill's gross amount for the period (the instalments
already paid are subtracted below it, they do not change what was billed); its due date is
the day the balance is debited or must be paid; the meter, contract and customer numbers
are not the bill's number.
"""

from __future__ import annotations

import random

from testbed.evaluation.author_rhine_paper import labels
from testbed.evaluation.author_rhine_style import (
    COUNTRIES,
    day_in_2026,
    digits,
    iban,
    later,
    month_end,
    person,
)
from testbed.evaluation.truth import Block, Labels, LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

BANKS = {"DE": "Sparkasse Rhein-Neckar-Nord", "FR": "Crédit Mutuel de Bretagne-Atlantique"}
MOVES = {
    "DE": [
        ("Lastschrift Stadtwerke Abschlag", -98.0),
        ("Gehalt/Lohn Lindner Logistik GmbH", 2840.55),
        ("Kartenzahlung REWE Markt", -63.18),
        ("Dauerauftrag Miete", -890.0),
        ("Überweisung Versicherung", -42.7),
        ("Bargeldauszahlung Geldautomat", -200.0),
        ("Gutschrift Rückerstattung", 24.99),
    ],
    "FR": [
        ("PRLV SEPA EDF Échéance", -74.0),
        ("VIR SALAIRE ATELIER LUMIERE", 2310.4),
        ("CB CARREFOUR MARKET", -58.32),
        ("PRLV LOYER", -720.0),
        ("RETRAIT DAB", -60.0),
        ("VIR REMBOURSEMENT CPAM", 17.5),
    ],
}


def bank_statement(rng: random.Random) -> tuple[Sheet, Labels]:
    """A month's account statement: balances, dated movements, no bill."""
    code = rng.choice(["DE", "DE", "FR"])
    country = COUNTRIES["DE" if code == "DE" else "FR"]
    bank = BANKS[code]
    holder = person(rng, country.language)
    start = day_in_2026(rng, 1, 10).replace(day=1)
    end = month_end(start)
    issued = later(end, rng.randint(1, 4))
    month = start.month
    number = f"{month}/2026" if code == "DE" else str(month)
    opening = round(rng.uniform(300, 4000), 2)
    rows = []
    for text, amount in rng.sample(MOVES[code], rng.randint(4, 6)):
        rows.append(LineItem(text, None, None, round(amount * rng.uniform(0.9, 1.1), 2)))
    closing = round(opening + sum(r.amount for r in rows), 2)
    days = sorted(later(start, rng.randint(0, end.day - 1)) for _ in rows)
    account = iban(rng, code)
    table = [
        ["Vorgang", "Buchung", "Wert", "Betrag EUR"]
        if code == "DE"
        else ["Libellé", "Date", "Valeur", "Montant EUR"]
    ]
    for day, row in zip(days, rows, strict=True):
        short = (
            f"{day.day:02d}.{day.month:02d}." if code == "DE" else f"{day.day:02d}/{day.month:02d}"
        )
        table.append(
            [
                row.description,
                short,
                short,
                f"{'+' if row.amount > 0 else ''}{country.number(row.amount)}",
            ]
        )
    if code == "DE":
        panel = [
            ("Kontoauszug", mark("documentNumber", number)),
            ("Blatt", "1 von 1"),
            ("Erstellt am", mark("issueDate", country.date(issued))),
            ("Zeitraum", f"{country.date(start)} bis {country.date(end)}"),
        ]
        balances = [
            ("Alter Kontostand", country.money(opening)),
            ("Neuer Kontostand", country.money(closing)),
        ]
        title, footer = (
            "Kontoauszug",
            "Bitte prüfen Sie diesen Auszug. Einwendungen sind innerhalb von sechs Wochen "
            "zu erheben.",
        )
    else:
        panel = [
            ("Relevé n°", mark("documentNumber", number)),
            ("Date d'édition", mark("issueDate", country.date(issued))),
            ("Période", f"du {country.date(start)} au {country.date(end)}"),
        ]
        balances = [
            ("Ancien solde", country.money(opening)),
            ("Nouveau solde", country.money(closing)),
        ]
        title, footer = "Relevé de compte", "Conservez ce relevé. Réclamations sous 2 mois."
    sheet = Sheet(
        head=[
            mark("vendor", bank),
            "Kundenservice 0621 000 000" if code == "DE" else "Service clients 02 98 00 00 00",
        ],
        panel=panel,
        panel_style=rng.choice(["box", "band"]),
        address=[
            holder,
            "Goethestraße 12" if code == "DE" else "5 rue de Siam",
            "68161 Mannheim" if code == "DE" else "29200 Brest",
        ],
        body=[
            ("title", title),
            ("kv", [("IBAN", account), *balances[:1]]),
            ("table", table),
            ("kv", balances[1:]),
        ],
        footer=[footer, f"{bank} · BIC {'MANSDE66XXX' if code == 'DE' else 'CMBRFR2BXXX'}"],
    )
    return sheet, labels(
        "statement",
        number,
        [bank],
        [holder],
        bank,
        None,
        [(opening, "EUR"), (closing, "EUR")],
        [("issue", issued)],
        rows,
    )


def card_statement(rng: random.Random) -> tuple[Sheet, Labels]:
    """A monthly credit-card statement: last month's balance paid, new purchases, the new
    balance debited on a given day."""
    country = COUNTRIES["DE"]
    issuer = rng.choice(["Hanseatic Kartenservice AG", "Bayerische Landesbank Kartendienste"])
    holder = person(rng, "de")
    issued = day_in_2026(rng, 2)
    debit = later(issued, rng.choice([7, 10, 14]))
    previous = round(rng.uniform(150, 900), 2)
    shops = [
        "Lufthansa Frankfurt",
        "Amazon EU S.a.r.l.",
        "Hotel Adlon Berlin",
        "Shell Tankstelle",
        "Spotify Stockholm",
        "Deutsche Bahn Online",
        "IKEA Walldorf",
    ]
    rows = [LineItem("Zahlungseingang, danke", None, None, -previous)]
    rows += [
        LineItem(shop, None, None, round(rng.uniform(9, 420), 2))
        for shop in rng.sample(shops, rng.randint(3, 5))
    ]
    balance = round(sum(r.amount for r in rows[1:]), 2)
    table = [["Beschreibung", "Datum", "Betrag EUR"]]
    days = sorted(later(issued, -rng.randint(1, 28)) for _ in rows)
    for day, row in zip(days, rows, strict=True):
        table.append([row.description, country.date(day), country.number(row.amount)])
    sheet = Sheet(
        head=[mark("vendor", issuer), "Postfach 10 20 30 · 22001 Hamburg"],
        panel=[
            ("Abrechnungsdatum", mark("issueDate", country.date(issued))),
            ("Kartennummer", f"4871 **** **** {digits(rng, 4)}"),
            ("Kreditrahmen", country.money(rng.choice([2500, 5000, 7500]))),
        ],
        address=[holder, "Rosenweg 3", "24103 Kiel"],
        body=[
            ("title", "Kreditkartenabrechnung"),
            ("kv", [("Saldo Vormonat", country.money(previous))]),
            ("table", table),
            ("kv", [("Neuer Saldo", mark("total", country.money(balance)))]),
            (
                "para",
                f"Der neue Saldo wird am {mark('dueDate', country.date(debit))} von Ihrem "
                f"Referenzkonto {iban(rng, 'DE')} eingezogen.",
            ),
        ],
        footer=[f"{issuer} · Sitz Hamburg"],
    )
    return sheet, labels(
        "statement",
        None,
        [issuer],
        [holder],
        issuer,
        (balance, "EUR"),
        [(previous, "EUR"), (balance, "EUR")],
        [("issue", issued), ("due", debit)],
        rows,
    )


def _thousands(count: int) -> str:
    return f"{count:,}".replace(",", ".")


def power_bill(rng: random.Random) -> tuple[Sheet, Labels]:
    """An annual electricity or gas bill: consumption and standing charge, instalments
    deducted (gas reckoned from cubic metres to kWh as German bills show it)."""
    country = COUNTRIES["DE"]
    supplier = rng.choice(["Stadtwerke Lindau Energie GmbH", "Enerkon Strom & Gas AG"])
    holder = person(rng, "de")
    issued = day_in_2026(rng, 2)
    period_end = month_end(later(issued.replace(day=1), -1))
    following = later(period_end, 1)
    period_start = following.replace(year=following.year - 1)
    gas = rng.random() < 0.4
    cubic = rng.randint(600, 1900)
    kwh = round(cubic * 11.204 * 0.9512) if gas else rng.randint(1800, 4200)
    price = rng.choice([0.1190, 0.1245]) if gas else rng.choice([0.3124, 0.2987, 0.3410])
    daily = 0.3945 if gas else 0.4521
    energy = round(kwh * price, 2)
    standing = round(365 * daily, 2)
    net = round(energy + standing, 2)
    tax = round(net * 0.19, 2)
    gross = round(net + tax, 2)
    paid = float(rng.choice([85, 95, 110, 120]) * 12)
    rest = round(gross - paid, 2)
    due = later(issued, 14)
    number = f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    rows = [
        LineItem("Arbeitspreis", float(kwh), price, energy),
        LineItem("Grundpreis (Tage)", 365.0, daily, standing),
    ]
    table = [
        ["Position", "Menge", "Preis", "Betrag EUR"],
        [
            "Arbeitspreis",
            f"{_thousands(kwh)} kWh",
            f"{price:.4f} €/kWh".replace(".", ","),
            country.number(energy),
        ],
        [
            "Grundpreis (Tage)",
            "365",
            f"{daily:.4f} €/Tag".replace(".", ","),
            country.number(standing),
        ],
    ]
    owe = rest > 0
    reckoning: list[Block] = []
    if gas:
        reckoning = [
            (
                "para",
                f"Verbrauch: {_thousands(cubic)} m³ \u00d7 Brennwert 11,204 kWh/m³ \u00d7 "
                f"Zustandszahl 0,9512 = {_thousands(kwh)} kWh",
            )
        ]
    settle = (
        f"Den Nachzahlungsbetrag von {country.money(rest)} buchen wir am "
        f"{mark('dueDate', country.date(due))} von Ihrem Konto ab."
        if owe
        else f"Ihr Guthaben von {country.money(-rest)} erstatten wir auf Ihr Konto."
    )
    new_rate = float(rng.choice([90, 100, 115, 125]))
    sheet = Sheet(
        head=[mark("vendor", supplier), "Kundenservice 0800 123 4567 (kostenfrei)"],
        panel=[
            ("Rechnungsnummer", mark("documentNumber", number)),
            ("Rechnungsdatum", mark("issueDate", country.date(issued))),
            ("Kundennummer", digits(rng, 8)),
            ("Vertragskonto", digits(rng, 12)),
            ("Zählernummer", f"{'7GMT' if gas else '1ESY'}{digits(rng, 10)}"),
            ("Abrechnungszeitraum", f"{country.date(period_start)} - {country.date(period_end)}"),
        ],
        address=[holder, "Seestraße 8", "88131 Lindau"],
        body=[
            ("title", "Jahresabrechnung Erdgas" if gas else "Jahresabrechnung Strom"),
            *reckoning,
            ("table", table),
            (
                "kv",
                [
                    ("Summe netto", country.money(net)),
                    ("Umsatzsteuer 19 %", country.money(tax)),
                    ("Rechnungsbetrag", mark("total", country.money(gross))),
                    ("abzüglich geleistete Abschläge", f"-{country.money(paid)}"),
                    ("Nachzahlung" if owe else "Guthaben", country.money(abs(rest))),
                ],
            ),
            ("para", settle),
            (
                "para",
                f"Ihr neuer monatlicher Abschlag ab {country.date(later(due, 20).replace(day=1))}: "
                f"{country.money(new_rate)}.",
            ),
        ],
        footer=[f"{supplier} · Gläubiger-ID DE12ZZZ0000{digits(rng, 7)}"],
    )
    dates = [("issue", issued)] + ([("due", due)] if owe else [])
    amounts = [
        (net, "EUR"),
        (tax, "EUR"),
        (gross, "EUR"),
        (-paid, "EUR"),
        (abs(rest), "EUR"),
        (new_rate, "EUR"),
    ]
    return sheet, labels(
        "invoice", number, [supplier], [holder], supplier, (gross, "EUR"), amounts, dates, rows
    )


def phone_bill(rng: random.Random) -> tuple[Sheet, Labels]:
    """A monthly telephone bill, debited on a printed day."""
    french = rng.random() < 0.45
    country = COUNTRIES["FR" if french else "DE€"]
    carrier = "Atlantique Télécom SA" if french else "Nordnetz Mobilfunk GmbH"
    holder = person(rng, country.language)
    issued = day_in_2026(rng, 2)
    start = later(issued.replace(day=1), -1).replace(day=1)
    end = month_end(start)
    debit = later(issued, 10)
    number = f"{'FM' if french else 'MR'}{digits(rng, 9)}"
    plan = rng.choice([19.99, 29.99, 39.99])
    extra = round(rng.uniform(0, 12), 2)
    roaming = round(rng.uniform(0, 8), 2)
    rows = [
        LineItem("Forfait mensuel" if french else "Grundgebühr Tarif L", None, None, plan),
        LineItem("Communications hors forfait" if french else "Verbindungen", None, None, extra),
        LineItem("Itinérance" if french else "Roaming EU", None, None, roaming),
    ]
    total = round(plan + extra + roaming, 2)
    table = [["Prestation" if french else "Leistung", "Montant TTC" if french else "Betrag"]]
    table += [[r.description, country.money(r.amount)] for r in rows]
    if french:
        panel = [
            ("Facture n°", mark("documentNumber", number)),
            ("Date de facture", mark("issueDate", country.date(issued))),
            ("N° client", digits(rng, 8)),
            ("Ligne", f"06 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"),
            ("Période", f"du {country.date(start)} au {country.date(end)}"),
        ]
        sums = [("Montant total TTC", mark("total", country.money(total)))]
        pay = f"Ce montant sera prélevé le {mark('dueDate', country.date(debit))} sur votre compte."
    else:
        panel = [
            ("Rechnungsnummer", mark("documentNumber", number)),
            ("Rechnungsdatum", mark("issueDate", country.date(issued))),
            ("Kundennummer", digits(rng, 8)),
            ("Rufnummer", f"0151 {digits(rng, 8)}"),
            ("Zeitraum", f"{country.date(start)} - {country.date(end)}"),
        ]
        sums = [("Gesamtbetrag (inkl. 19 % USt.)", mark("total", country.money(total)))]
        pay = (
            f"Der Betrag wird nicht vor dem {mark('dueDate', country.date(debit))} von Ihrem "
            "Konto abgebucht."
        )
    sheet = Sheet(
        head=[
            mark("vendor", carrier),
            "Service client 3900" if french else "Hotline 0800 330 1000",
        ],
        panel=panel,
        panel_style=rng.choice(["box", "stack", "band"]),
        address=[
            holder,
            "14 allée des Tilleuls" if french else "Ahornweg 21",
            "44000 Nantes" if french else "24937 Flensburg",
        ],
        body=[
            ("title", "Votre facture mobile" if french else "Ihre Mobilfunkrechnung"),
            ("table", table),
            ("kv", sums),
            ("para", pay),
        ],
        footer=[carrier],
    )
    return sheet, labels(
        "invoice",
        number,
        [carrier],
        [holder],
        carrier,
        (total, "EUR"),
        [*((r.amount, "EUR") for r in rows), (total, "EUR")],
        [("issue", issued), ("due", debit)],
        rows,
    )


__all__ = ["bank_statement", "card_statement", "phone_bill", "power_bill"]
