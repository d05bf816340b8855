"""Continental recurring bills in their own languages: a German annual electricity settlement,
a French electricity or water bill and a Dutch municipal tax assessment.

How this author reads them: the Rechnungsnummer / numéro de facture / aanslagnummer is the
number, not the Kundennummer, Vertragskonto, PDL, subjectnummer or mandate reference. An
annual settlement's total is the year's gross charge (Rechnungsbetrag), as a bookkeeper books
it; the advance payments already collected are payments against it, and the
Nachzahlung's debit date is its due date.
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
from testbed.evaluation.truth import Block, Labels, mark
from testbed.evaluation.variety_dues_print import Sheet


def settlement_de(rng: random.Random) -> tuple[Sheet, Labels]:
    """A Stadtwerke's Jahresabrechnung: customer, contract account, meter and market location
    numbers, the year's consumption, the advance payments, the balance and new instalments."""
    nb = Notebook(rng.choice(["eur_de", "eur_code"]), rng.choice(["de_num", "de_long"]))
    vendor = rng.choice(["Stadtwerke Lindenau GmbH", "Energieversorgung Mittelrhein AG"])
    person = rng.choice(["Jonas Becker", "Sabine Wolff", "Familie Yilmaz"])
    issued = dt.date(2027, 1, rng.randint(11, 29))
    while issued.weekday() >= 5:
        issued += dt.timedelta(days=1)
    start, end = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    number = rng.choice([f"{digits(rng, 12)}", f"RE-{digits(rng, 9)}"])
    kwh = rng.randint(1800, 5200)
    work = rng.choice([0.3187, 0.3412, 0.2968])
    base = rng.choice([0.4373, 0.3945])
    rows = [["Position", "Menge", "Preis", "Betrag"]]
    for name, qty, price, unit in [
        ("Arbeitspreis", kwh, work, "kWh"),
        ("Grundpreis", 365, base, "Tage"),
    ]:
        amount = round(qty * price, 2)
        nb.row(name, qty, price, amount)
        rows.append([name, f"{qty} {unit}", f"{price:.4f}".replace(".", ","), nb.bare(amount)])
    net = round(sum(item.amount for item in nb.items), 2)
    vat = round(net * 0.19, 2)
    gross = round(net + vat, 2)
    advance = round(gross / 12 * rng.uniform(0.85, 1.12))
    paid = round(advance * 12, 2)
    balance = round(gross - paid, 2)
    new_advance = round(gross / 12 + 1, 0)
    due = issued + dt.timedelta(days=14)
    panel = [
        ("Kundennummer", digits(rng, 8)),
        ("Vertragskonto", digits(rng, 12)),
        ("Rechnungsnummer", mark("documentNumber", number)),
        ("Rechnungsdatum", nb.date(issued, "issue")),
        ("Zählernummer", f"1{letters(rng, 3)}{digits(rng, 8)}"),
        ("Marktlokation", digits(rng, 11)),
    ]
    body: list[Block] = [
        ("title", "Jahresabrechnung Strom"),
        (
            "para",
            f"Abrechnungszeitraum {nb.date(start)} bis {nb.date(end)}, Zählerstand am "
            f"{nb.date(end)}: {rng.randint(10000, 60000)} kWh (abgelesen).",
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Nettobetrag", nb.money(net)),
                ("Umsatzsteuer 19 %", nb.money(vat)),
                ("Rechnungsbetrag", nb.money(gross, "total")),
                (
                    "abzüglich geleistete Abschläge (12 x " + nb.money(advance) + ")",
                    nb.money(-paid),
                ),
            ],
        ),
    ]
    if balance > 0:
        debit = rng.random() < 0.5
        body.append(("kv", [("Nachzahlung", nb.money(balance))]))
        body.append(
            (
                "para",
                f"Den Betrag von {nb.money(balance)} buchen wir am {nb.date(due, 'due')} "
                f"von Ihrem Konto ab (Mandatsreferenz {letters(rng, 2)}{digits(rng, 9)})."
                if debit
                else f"Bitte überweisen Sie {nb.money(balance)} bis zum {nb.date(due, 'due')} "
                f"auf IBAN DE{digits(rng, 2)} 5005 0201 "
                f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}.",
            )
        )
    else:
        body.append(("kv", [("Guthaben", nb.money(-balance))]))
        body.append(
            (
                "para",
                f"Ihr Guthaben von {nb.money(-balance)} erstatten wir in den nächsten "
                f"Tagen auf Ihr Konto.",
            )
        )
    first_new = dt.date(2027, 2, 15)
    body.append(
        (
            "para",
            f"Ihr neuer monatlicher Abschlag beträgt {nb.money(new_advance)}, erstmals "
            f"fällig am {nb.date(first_new)}, danach jeweils am 15. eines Monats.",
        )
    )
    sheet = Sheet(
        head=[
            mark("vendor", vendor),
            "Kundenservice 0800 " + digits(rng, 7) + " · USt-IdNr. DE" + digits(rng, 9),
        ],
        panel=panel,
        panel_style=rng.choice(["box", "stack"]),
        address=[person, f"Lindenstraße {rng.randint(1, 80)}", "04109 Leipzig"],
        body=body,
        running="Seite {page} von {pages}",
        footer=[
            f"{vendor} · Amtsgericht Leipzig HRB {digits(rng, 5)} · "
            f"Gläubiger-ID DE{digits(rng, 2)}ZZZ{digits(rng, 11)}"
        ],
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )
    return sheet, labelled(nb, "invoice", number, (vendor,), (person,), vendor, gross)


def bill_fr(rng: random.Random) -> tuple[Sheet, Labels]:
    """A French electricity or water bill: invoice number, client reference, PDL, period of
    consumption, amounts before and with tax, and "à payer avant le" or a direct-debit day."""
    nb = Notebook("eur_fr", rng.choice(["fr_long", "fr_num"]))
    water = rng.random() < 0.4
    vendor = "Eaux de la Vallée" if water else rng.choice(["Lumière Énergie", "Électricité du Val"])
    person = rng.choice(["M. Julien Moreau", "Mme Claire Dubois", "M. Karim Benali"])
    issued = day_between(rng)
    end = issued - dt.timedelta(days=rng.randint(3, 8))
    start = end - dt.timedelta(days=rng.choice([59, 61]))
    due = issued + dt.timedelta(days=rng.choice([15, 14]))
    number = f"{digits(rng, 10)}" if rng.random() < 0.5 else f"F{issued:%y}-{digits(rng, 7)}"
    rows = [["Désignation", "Quantité", "Prix unitaire", "Montant HT"]]
    entries = (
        [
            ("Abonnement", 2, 7.58),
            ("Consommation eau", rng.randint(12, 40), 2.31),
            ("Redevance pollution", rng.randint(12, 40), 0.38),
        ]
        if water
        else [
            ("Abonnement", 2, 15.47),
            ("Consommation", rng.randint(300, 900), 0.2516),
            ("Accise sur l'électricité", rng.randint(300, 900), 0.0337),
        ]
    )
    for name, qty, price in entries:
        amount = round(qty * price, 2)
        nb.row(name, qty, price, amount)
        rows.append([name, str(qty), f"{price:.4f}".replace(".", ","), nb.bare(amount)])
    net = round(sum(item.amount for item in nb.items), 2)
    vat = round(net * (0.055 if water else 0.20), 2)
    total = round(net + vat, 2)
    direct = rng.random() < 0.5
    panel = [
        ("N° de facture", mark("documentNumber", number)),
        ("Date de facture", nb.date(issued, "issue")),
        ("Référence client", digits(rng, 9)),
        ("Point de livraison", digits(rng, 14)),
    ]
    body: list[Block] = [
        ("title", "Votre facture d'eau" if water else "Votre facture d'électricité"),
        ("para", f"Période de consommation du {nb.date(start)} au {nb.date(end)}."),
        ("table", rows),
        (
            "kv",
            [
                ("Total HT", nb.money(net)),
                (f"TVA {'5,5' if water else '20'} %", nb.money(vat)),
                ("Montant TTC", nb.money(total, "total")),
            ],
        ),
        (
            "para",
            (
                f"Ce montant sera prélevé le {nb.date(due, 'due')} sur votre compte."
                if direct
                else f"Montant à payer avant le {nb.date(due, 'due')}. "
                "En cas de retard, des pénalités "
                f"pourront être appliquées."
            ),
        ),
        (
            "para",
            f"Prochaine facture vers le {nb.date(issued + dt.timedelta(days=61))}. "
            f"Service client 09 69 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}.",
        ),
    ]
    sheet = Sheet(
        head=[
            mark("vendor", vendor),
            f"SIRET {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 5)}",
        ],
        panel=panel,
        panel_style=rng.choice(["box", "band"]),
        address=[person, f"{rng.randint(1, 60)} rue des Tilleuls", "69003 Lyon"],
        body=body,
        footer=[f"{vendor} SA · TVA intracommunautaire FR{digits(rng, 11)}"],
        text_panel=rng.choice(["kv", "columns"]),
    )
    return sheet, labelled(nb, "invoice", number, (vendor,), (person,), vendor, total)


def assessment_nl(rng: random.Random) -> tuple[Sheet, Labels]:
    """A Dutch municipal tax assessment: aanslagnummer, subjectnummer, dagtekening, WOZ value,
    property tax, waste and sewer levies, and either a last payment day or ten instalments."""
    nb = Notebook("eur_nl", rng.choice(["nl_long", "nl_num"]))
    town = rng.choice(["Gemeente Waterland-Oost", "Gemeente Brederode", "Gemeente Veenhuizen"])
    person = rng.choice(["J. de Vries", "M. Bakker", "S. El Amrani"])
    issued = dt.date(2026, 2, rng.randint(20, 27))
    number = f"{digits(rng, 4)}.{digits(rng, 2)}.{digits(rng, 6)}"
    woz = rng.randint(240, 620) * 1000
    rows = [["Omschrijving", "Bedrag"]]
    for name, raw in [
        ("Onroerendezaakbelasting eigenaar", woz * 0.0009871),
        ("Afvalstoffenheffing meerpersoonshuishouden", 342.0),
        ("Rioolheffing", 219.6),
    ]:
        amount = round(raw, 2)
        nb.row(name, None, None, amount)
        rows.append([name, nb.bare(amount)])
    total = round(sum(item.amount for item in nb.items), 2)
    panel = [
        ("Aanslagnummer", mark("documentNumber", number)),
        ("Subjectnummer", digits(rng, 8)),
        ("Dagtekening", nb.date(issued, "issue")),
        ("Belastingjaar", "2026"),
    ]
    body: list[Block] = [
        ("title", "Aanslagbiljet gemeentelijke belastingen 2026"),
        ("kv", [("WOZ-waarde (peildatum 1 januari 2025)", nb.money(float(woz)))]),
        ("table", rows),
        ("kv", [("Totaal aanslag", nb.money(total, "total"))]),
    ]
    if rng.random() < 0.5:
        due = issued + dt.timedelta(days=60)
        body.append(
            (
                "para",
                f"Betaal het totaalbedrag van {nb.money(total)} uiterlijk op "
                f"{nb.date(due, 'due')} op NL{digits(rng, 2)}BNGH {digits(rng, 10)} "
                f"onder vermelding van het aanslagnummer.",
            )
        )
    else:
        each = round(total / 10, 2)
        days = [dt.date(2026, month, 28) for month in range(3, 13)]
        for day in days:
            nb.also_due(day)
        body.append(
            (
                "para",
                f"U betaalt in 10 termijnen van {nb.money(each)} via automatische "
                f"incasso, op {nb.date(days[0])} en daarna telkens rond de 28e van de "
                f"maand, laatste termijn {nb.date(days[-1])}.",
            )
        )
    body.append(
        (
            "para",
            "Bent u het niet eens met deze aanslag? Dien dan binnen zes weken na de "
            "dagtekening bezwaar in.",
        )
    )
    sheet = Sheet(
        head=[mark("vendor", town), "Afdeling Belastingen, Postbus 100"],
        panel=panel,
        panel_style=rng.choice(["box", "stack", "band"]),
        address=[person, f"Kerkstraat {rng.randint(1, 120)}", "1441 AB Purmerend"],
        body=body,
        footer=["Dit is een aanslag als bedoeld in de Algemene wet inzake rijksbelastingen."],
        text_panel=rng.choice(["kv", "kv_below"]),
    )
    return sheet, labelled(nb, "invoice", number, (town,), (person,), town, total)
