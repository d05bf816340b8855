"""Invoices of Germany, Austria, the Netherlands and Switzerland as their software prints
them, for the world generators (:mod:`testbed.evaluation.variety_world`).

SAP ("Belegnummer", "Endbetrag EUR" over a bare number, the due date inside the terms'
sentence), Lexware/DATEV (a sender line over the address window, the details block on the
right, "Zahlbar bis ... ohne Abzug", the managing director in the footer), a Dutch "Factuur"
("Factuurdatum", "Vervaldatum", "Te betalen") and a Swiss "Rechnung" with "1'234.50" and
the date after the place. The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_world_style import (
    eu_number,
    firm,
    items,
    qty,
    sheet,
    someday,
    sum_of,
    when,
)

_WARE = (
    ("Hydraulikschlauch DN10 1,5 m", 38.9),
    ("Kugellager 6204-2RS", 4.35),
    ("Montage vor Ort (Std.)", 78.0),
    ("Dichtungssatz Typ B", 12.6),
    ("Anfahrtspauschale", 45.0),
    ("Steuerplatine SP-200", 264.0),
)
_DIENSTEN = (
    ("Advieswerk (uur)", 95.0),
    ("Installatie zonnepanelen", 1850.0),
    ("Omvormer SolarMax 5kW", 1240.0),
    ("Voorrijkosten", 35.0),
    ("Bekabeling (meter)", 4.8),
)


def sap(rng: random.Random) -> tuple[list[Block], Writer]:
    """An SAP invoice: "Rechnung" with "Belegnummer", "Datum" and the customer's order
    number, the positions with unit, "Endbetrag EUR" over a bare number, the due date in the
    terms' sentence."""
    s, _ = sheet(rng, "de")
    issued = someday(rng)
    due = issued + dt.timedelta(days=30)
    vendor = firm(
        s, rng.choice(("Rheintal Antriebstechnik", "Hessler Fördertechnik")), "GmbH", vendor=True
    )
    client = firm(s, rng.choice(("Brandt Maschinenbau", "Oberland Mühlenwerke")), "KG")
    rows = items(s, rng, _WARE, (2, 4))
    net = sum_of(rows)
    vat = round(net * 0.19, 2)
    total = round(net + vat, 2)
    table = [["Pos.", "Material", "Bezeichnung", "Menge", "ME", "Preis/ME", "Betrag"]]
    for index, (name, count, price, amount) in enumerate(rows, 1):
        table.append(
            [
                f"{index * 10:06d}",
                str(rng.randint(10**6, 10**7)),
                name,
                qty(count, ","),
                "ST",
                eu_number(price),
                eu_number(amount),
            ]
        )
    ordered = issued - dt.timedelta(days=rng.randint(5, 20))
    blocks: list[Block] = [
        ("lines", [vendor, "Industriestraße 40, 68169 Mannheim"]),
        (
            "columns",
            [(client, "Rechnung"), ("Postfach 11 20", ""), ("87600 Kaufbeuren", "")],
        ),
        (
            "kv",
            [
                ("Belegnummer", s.number(str(rng.randint(90000000, 90999999)))),
                ("Datum", s.day(issued, "issue", when(issued, "dot"))),
                ("Kundennummer", str(rng.randint(100000, 199999))),
                (
                    "Ihre Bestellung",
                    f"{rng.randint(4500000000, 4500999999)} vom {when(ordered, 'dot')}",
                ),
            ],
        ),
        ("table", table),
        (
            "kv",
            [
                ("Summe Positionen", eu_number(net)),
                ("Mehrwertsteuer 19,000 %", eu_number(vat)),
                ("Endbetrag EUR", s.total(total, mark=False)),
            ],
        ),
        (
            "para",
            "Zahlungsbedingungen: Zahlbar innerhalb 30 Tagen ohne Abzug bis "
            f"{s.day(due, 'due', when(due, 'dot'))}.",
        ),
    ]
    return blocks, s.w


def lexware(rng: random.Random) -> tuple[list[Block], Writer]:
    """Lexware/DATEV: the sender in one small line over the address window, the details on
    the right ("Rechnungs-Nr.", "Rechnungsdatum", "Leistungsdatum"), "Sehr geehrte Damen und
    Herren", "Gesamtbetrag", "Zahlbar bis ... ohne Abzug", the managing director and the
    register in the footer."""
    s, loc = sheet(rng, rng.choice(("de", "at")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=14)
    served = issued - dt.timedelta(days=rng.randint(1, 9))
    name = rng.choice(("Elektro Kranich", "Malerbetrieb Sonnleitner", "Holzbau Wiesinger"))
    seller = firm(s, name, "GmbH", vendor=True)
    title, client = rng.choice(
        (("Frau", "Claudia Brenner"), ("Herrn", "Markus Eder"), ("Frau", "Petra Lindner"))
    )
    s.w.person(client)
    surname = client.split()[-1]
    salute = f"Sehr geehrte Frau {surname}" if title == "Frau" else f"Sehr geehrter Herr {surname}"
    boss = s.w.person(rng.choice(("Stefan Kranich", "Andrea Sonnleitner", "Josef Wiesinger")))
    rows = items(s, rng, _WARE, (2, 4))
    net = sum_of(rows)
    rate = 0.19 if loc.name == "de" else 0.2
    vat = round(net * rate, 2)
    total = round(net + vat, 2)
    table = [["Pos.", "Beschreibung", "Menge", "Einzelpreis", "Gesamtpreis"]]
    for index, (item, count, price, amount) in enumerate(rows, 1):
        table.append([str(index), item, qty(count, ","), s.money(price), s.money(amount)])
    blocks: list[Block] = [
        ("lines", [f"{seller} · Gewerbepark 3 · 84028 Landshut"]),
        (
            "columns",
            [
                (
                    f"{title} {client}",
                    f"Rechnungs-Nr.: {s.number(f'RE-{issued.year}-{rng.randint(1, 999):04d}')}",
                ),
                (
                    "Bahnhofstraße 12",
                    f"Rechnungsdatum: {s.day(issued, 'issue', when(issued, 'dot'))}",
                ),
                ("84034 Landshut", f"Leistungsdatum: {when(served, 'dot')}"),
                ("", f"Kunden-Nr.: {rng.randint(10000, 19999)}"),
            ],
        ),
        ("title", "Rechnung"),
        (
            "para",
            f"{salute}, für die ausgeführten Arbeiten erlauben wir uns, wie folgt zu berechnen:",
        ),
        ("table", table),
        (
            "kv",
            [
                ("Gesamtbetrag netto", s.money(net)),
                (f"zzgl. Umsatzsteuer {int(rate * 100)} %", s.money(vat)),
                ("Gesamtbetrag", s.total(total)),
            ],
        ),
        ("para", f"Zahlbar bis zum {s.day(due, 'due', when(due, 'dot'))} ohne Abzug."),
        ("para", "Mit freundlichen Grüßen"),
        (
            "lines",
            [
                f"{name} GmbH · Geschäftsführer: {boss} · Registergericht Landshut, HRB "
                f"{rng.randint(1000, 9999)} · USt-IdNr. DE{rng.randint(10**8, 10**9 - 1)}"
            ],
        ),
    ]
    return blocks, s.w


def factuur(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Dutch invoice (Moneybird/Exact style): "Factuurnummer", "Factuurdatum",
    "Vervaldatum" with the month in words, "Totaal excl. btw", "Te betalen"."""
    s, _ = sheet(rng, "nl")
    issued = someday(rng)
    due = issued + dt.timedelta(days=14)
    seller = firm(
        s, rng.choice(("Zonnekracht Installaties", "De Groot Techniek")), "B.V.", vendor=True
    )
    client = s.w.person(rng.choice(("Femke de Jong", "Bram Visser", "Sanne Bakker")))
    rows = items(s, rng, _DIENSTEN, (2, 4))
    net = sum_of(rows)
    vat = round(net * 0.21, 2)
    total = round(net + vat, 2)
    style = rng.choice(("long-nl", "nl"))
    table = [["Omschrijving", "Aantal", "Prijs", "Btw", "Bedrag"]]
    for name, count, price, amount in rows:
        table.append([name, qty(count, ","), s.money(price), "21%", s.money(amount)])
    blocks: list[Block] = [
        ("lines", [seller, "Industrieweg 14", "3542 AD Utrecht", "KvK 6123 4567"]),
        ("lines", [client, "Lindenlaan 8", "3721 TB Bilthoven"]),
        ("title", "Factuur"),
        (
            "kv",
            [
                ("Factuurnummer", s.number(f"{issued.year}-{rng.randint(1, 999):04d}")),
                ("Factuurdatum", s.day(issued, "issue", when(issued, style))),
                ("Vervaldatum", s.day(due, "due", when(due, style))),
            ],
        ),
        ("table", table),
        (
            "kv",
            [
                ("Totaal excl. btw", s.money(net)),
                ("21% btw", s.money(vat)),
                ("Te betalen", s.total(total)),
            ],
        ),
        (
            "para",
            f"Wij verzoeken u het bedrag van {s.money(total)} vóór {when(due, style)} over "
            f"te maken op NL{rng.randint(10, 99)} RABO 0{rng.randint(10**8, 10**9 - 1)} "
            "onder vermelding van het factuurnummer.",
        ),
    ]
    return blocks, s.w


def swiss(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Swiss invoice: the date after the place ("Zürich, 4. März 2026"), "Rechnung Nr.",
    amounts as "1'234.50", "Total CHF", "zahlbar innert 30 Tagen" (no due date), the amount
    again on the payment part with a space as the group mark."""
    s, loc = sheet(rng, "ch")
    issued = someday(rng)
    seller = firm(s, rng.choice(("Treuhand Gerber", "Sanitär Bühlmann")), "AG", vendor=True)
    client = s.w.person(rng.choice(("Reto Zimmermann", "Corinne Baumann", "Urs Aebischer")))
    rows = items(s, rng, _WARE, (2, 3))
    net = sum_of(rows)
    vat = round(net * 0.081, 2)
    total = round(net + vat, 2)
    table = [["Pos.", "Bezeichnung", "Anzahl", "Preis", "Betrag"]]
    for index, (item, count, price, amount) in enumerate(rows, 1):
        table.append(
            [str(index), item, qty(count), loc.money.number(price), loc.money.number(amount)]
        )
    blocks: list[Block] = [
        ("lines", [seller, "Seestrasse 88", "8002 Zürich"]),
        (
            "lines",
            [
                f"Herr {client}" if client.startswith(("R", "U")) else f"Frau {client}",
                "Dorfstrasse 5",
                "8706 Meilen",
            ],
        ),
        ("lines", [f"Zürich, {s.day(issued, 'issue', when(issued, 'long-de'))}"]),
        ("title", f"Rechnung Nr. {s.number(f'{issued.year % 100}-{rng.randint(100, 999)}')}"),
        ("table", table),
        (
            "kv",
            [
                ("Zwischentotal", s.money(net)),
                ("MWST 8,1 %", s.money(vat)),
                ("Total", s.total(total)),
            ],
        ),
        ("para", "Zahlbar innert 30 Tagen netto. Besten Dank für Ihren Auftrag."),
        ("heading", "Empfangsschein"),
        (
            "kv",
            [
                ("Konto / Zahlbar an", f"CH44 3199 9123 0008 {rng.randint(1000, 9999)} 7"),
                ("Währung", "CHF"),
                ("Betrag", f"{total:,.2f}".replace(",", " ")),
            ],
        ),
    ]
    return blocks, s.w


__all__ = ["factuur", "lexware", "sap", "swiss"]
