"""Invoices from small businesses' billing tools for the field generators
(:mod:`testbed.evaluation.variety_field`).

Wave (Canada: "Amount Due (CAD)" after a deposit paid, "Payment Due"), Zervant in French
("FACTURE N° ..." in the title line, "Échéance", "Net à payer"), Billomat ("Rechnung
RE1042" with "Zahlbar bis"), sevDesk (the terms "14 Tage netto" and no date, or "zahlbar
sofort"), Holded ("Nº Factura", "Vencimiento"), a Facturae e-invoice's printout ("Serie",
"Número", "Fecha de expedición") and a Brazilian DANFE ("Nº 000.012.345 Série 001", "Data
de emissão", "Valor total da nota", the first instalment's "Venc."). Names are this
module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_field_style import Sheet, code, priced, qty, someday, total_of

_WORK = (
    ("Website maintenance (monthly)", 350.0),
    ("Logo redesign", 640.0),
    ("Photography - half day", 425.0),
    ("Copywriting, 1,500 words", 280.0),
    ("Social media management", 510.0),
    ("Consulting hour", 95.0),
)
_ARBEIT = (
    ("Beratung (Stunde)", 110.0),
    ("Montage Einbauküche", 780.0),
    ("Fliesenarbeiten m²", 64.5),
    ("Anfahrtspauschale", 35.0),
    ("Wartung Heizungsanlage", 189.0),
)


def wave(rng: random.Random) -> tuple[list[Block], Writer]:
    """Wave: the business top right, "INVOICE" big, "Invoice Number", "Invoice Date",
    "Payment Due", "Amount Due (CAD)" in the grid; the total, a deposit paid and the amount
    due under the items."""
    s = Sheet(rng, "ca")
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((15, 30)))
    rows = priced(rng, _WORK, (2, 4))
    net = total_of(rows)
    hst = round(net * 0.13, 2)
    total = round(net + hst, 2)
    deposit = round(total * s.pick((0.25, 0.5)), 2)
    owing = round(total - deposit, 2)
    table = [["Items", "Quantity", "Price", "Amount"]]
    for name, count, price, amount in rows:
        s.item(name, count, price, amount)
        table.append([name, qty(count), s.money(price), s.money(amount)])
    seller = s.pick(("Maple & Mortar Creative Inc.", "Bluenose Design Co. Ltd."))
    blocks: list[Block] = [
        (
            "columns",
            [
                ("INVOICE", s.vendor(seller)),
                ("", "1208 Barrington St, Halifax NS B3J 1Y6"),
                ("", "HST Registration No. 81234 5678 RT0001"),
            ],
        ),
        (
            "columns",
            [
                ("BILL TO", f"Invoice Number: {s.number(str(rng.randint(12, 240)))}"),
                (
                    s.org(s.pick(("Harbourfront Dental Clinic Inc.", "Peggy's Point Bakery Ltd."))),
                    f"Invoice Date: {s.day(issued, 'issue', 'us_long')}",
                ),
                ("2210 Gottingen St", f"Payment Due: {s.day(due, 'due', 'us_long')}"),
                ("Halifax NS B3K 3B4", f"Amount Due (CAD): {s.money(owing)}"),
            ],
        ),
        ("table", table),
        (
            "table",
            [
                ["Subtotal:", s.money(net)],
                ["HST 13%:", s.money(hst)],
                ["Total:", s.total(total)],
                [
                    f"Payment on {s.day(issued - dt.timedelta(days=10), None, 'us_long')} "
                    "using e-Transfer:",
                    s.money(-deposit),
                ],
                ["Amount Due (CAD):", s.money(owing)],
            ],
        ),
    ]
    return blocks, s.w


def zervant(rng: random.Random) -> tuple[list[Block], Writer]:
    """Zervant in French: "FACTURE N° 2026-0412" as the title line, "Date d'émission",
    "Échéance", "Total HT", "TVA", "Net à payer", the seller's SIRET at the foot."""
    s = Sheet(rng, "fr")
    issued = someday(rng)
    due = issued + dt.timedelta(days=30)
    catalogue = (
        ("Création graphique", 450.0),
        ("Séance photo produit", 380.0),
        ("Rédaction de contenus", 220.0),
        ("Formation bureautique (jour)", 600.0),
    )
    rows = priced(rng, catalogue, (1, 3))
    ht = total_of(rows)
    tva = round(ht * 0.2, 2)
    ttc = round(ht + tva, 2)
    seller = s.pick(("Atelier Lumière SARL", "Studio Garance SAS"))
    s.noted(40.0)
    table = [["Désignation", "Qté", "Prix unitaire HT", "Total HT"]]
    for name, count, price, amount in rows:
        s.item(name, count, price, amount)
        table.append([name, qty(count), s.num(price), s.num(amount)])
    number = f"{issued.year}-{rng.randint(1, 999):04d}"
    blocks: list[Block] = [
        ("lines", [s.vendor(seller), "14 rue Sainte-Catherine, 33000 Bordeaux"]),
        ("title", f"FACTURE N° {s.number(number)}"),
        (
            "columns",
            [
                ("Client", f"Date d'émission : {s.day(issued, 'issue', 'uk')}"),
                (
                    s.org(s.pick(("Cave des Chartrons SARL", "Boulangerie Marceau SAS"))),
                    f"Échéance : {s.day(due, 'due', 'uk')}",
                ),
            ],
        ),
        ("table", table),
        (
            "table",
            [["Total HT", s.money(ht)], ["TVA 20 %", s.money(tva)], ["Net à payer", s.total(ttc)]],
        ),
        (
            "para",
            "Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité forfaitaire "
            "pour frais de recouvrement : 40 €. SIRET 812 345 678 00021",
        ),
    ]
    return blocks, s.w


def billomat(rng: random.Random) -> tuple[list[Block], Writer]:
    """Billomat: "Rechnung RE1042" as the heading, details flush right ("Rechnungsdatum",
    "Kundennr."), "Zahlbar bis" under the totals, the seller's line over the address window."""
    s = Sheet(rng, "de")
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((10, 14, 30)))
    rows = priced(rng, _ARBEIT, (2, 4))
    net = total_of(rows)
    vat = round(net * 0.19, 2)
    gross = round(net + vat, 2)
    seller = s.pick(("Holzwerk Brandl GmbH", "Elektro Sommer e.K."))
    number = s.number(f"RE{rng.randint(1000, 1999)}")
    table = [["Pos.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamt"]]
    for index, (name, count, price, amount) in enumerate(rows, 1):
        s.item(name, count, price, amount)
        table.append(
            [
                str(index),
                name,
                qty(count),
                s.money(price),
                s.money(amount),
            ]
        )
    blocks: list[Block] = [
        ("lines", [f"{s.vendor(seller)} · Gewerbering 7 · 93047 Regensburg"]),
        (
            "columns",
            [
                (
                    s.org(s.pick(("Praxis Dr. Meinhardt GbR", "Café Lindner GmbH"))),
                    f"Rechnungsdatum: {s.day(issued, 'issue', 'dot')}",
                ),
                ("Domplatz 3", f"Kundennr.: {code(rng, 'K9999')}"),
                (
                    "93047 Regensburg",
                    f"Lieferdatum: {s.day(issued - dt.timedelta(days=3), None, 'dot')}",
                ),
            ],
        ),
        ("heading", f"Rechnung {number}"),
        ("table", table),
        (
            "table",
            [
                ["Nettobetrag", s.money(net)],
                ["zzgl. 19 % USt.", s.money(vat)],
                ["Gesamtbetrag", s.total(gross)],
            ],
        ),
        ("para", f"Zahlbar bis {s.day(due, 'due', 'dot')} ohne Abzug."),
    ]
    return blocks, s.w


def sevdesk(rng: random.Random) -> tuple[list[Block], Writer]:
    """sevDesk: "Rechnung Nr. RE-1001", "Rechnungsdatum", "Leistungszeitraum", the terms as
    a sentence: "14 Tage netto" (a due date 14 days on) or "sofort ohne Abzug" (none)."""
    s = Sheet(rng, "de")
    issued = someday(rng)
    rows = priced(rng, _ARBEIT, (1, 3))
    net = total_of(rows)
    vat = round(net * 0.19, 2)
    gross = round(net + vat, 2)
    seller = s.pick(("Malerbetrieb Kovač GmbH", "Sanitär Oberhuber GmbH & Co. KG"))
    table = [["Pos.", "Beschreibung", "Menge", "Preis", "Betrag"]]
    for index, (name, count, price, amount) in enumerate(rows, 1):
        s.item(name, count, price, amount)
        table.append([str(index), name, qty(count), s.num(price), s.num(amount)])
    days = s.pick((0, 7, 14, 30))
    terms = (
        "Zahlbar sofort ohne Abzug."
        if days == 0
        else f"Zahlungsbedingungen: {s.terms(issued, days, f'{days} Tage netto')}"
    )
    blocks: list[Block] = [
        ("lines", [s.vendor(seller), "Landsberger Str. 302", "80687 München"]),
        (
            "lines",
            [
                f"Herrn {s.person(s.pick(('Tobias Reindl', 'Markus Huber')))}",
                "Nymphenburger Str. 41",
                "80335 München",
            ],
        ),
        ("title", f"Rechnung Nr. {s.number(f'RE-{rng.randint(1000, 1400)}')}"),
        (
            "kv",
            [
                ("Rechnungsdatum", s.day(issued, "issue", "dot")),
                (
                    "Leistungszeitraum",
                    f"{s.day(issued - dt.timedelta(days=20), None, 'dot')} - "
                    f"{s.day(issued - dt.timedelta(days=2), None, 'dot')}",
                ),
            ],
        ),
        ("table", table),
        (
            "table",
            [
                ["Summe netto", s.money(net)],
                ["Umsatzsteuer 19 %", s.money(vat)],
                ["Gesamtbetrag", s.total(gross)],
            ],
        ),
        ("para", terms),
        (
            "para",
            "Steuernummer 143/567/12345 · IBAN DE44 7015 0000 1002 3344 55 · "
            "Amtsgericht München HRB 228417",
        ),
    ]
    return blocks, s.w
