"""Invoices of Germany, Austria and Switzerland as their small-business software prints them
(DIN 5008 letters with a window address, an information block of references on the right,
the number in the subject line, three footer columns), for
:mod:`testbed.evaluation.variety_prints`.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.variety_prints_parts import PEOPLE, goods, item_table, parties, with_vat
from testbed.evaluation.variety_prints_sheet import Sheet
from testbed.evaluation.variety_prints_style import Pen, issue_day, pick

type Print = tuple[Sheet, Pen]

_HEADER = {
    "pos": "Pos.",
    "desc": "Bezeichnung",
    "qty": "Menge",
    "unit": "Einheit",
    "price": "Einzelpreis",
    "amount": "Gesamtpreis",
}


def footer(pen: Pen, seller: list[str], country: str) -> list[list[str]]:
    """The three columns German business letters close every page with (the managing
    director a person of the labels)."""
    rng = pen.rng
    vat = {
        "de": f"USt-IdNr.: DE{rng.randint(10**8, 10**9 - 1)}",
        "at": f"UID: ATU{rng.randint(10**7, 10**8 - 1)}",
        "ch": "MWST-Nr.: "
        f"CHE-{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)} MWST",
    }[country]
    iban = {"de": "DE", "at": "AT", "ch": "CH"}[country]
    digits = " ".join(f"{rng.randint(0, 9999):04d}" for _ in range(4))
    return [
        [seller[0], seller[1], seller[2]],
        [
            f"Geschäftsführer: {pen.person(rng.choice(PEOPLE))}",
            f"Amtsgericht {seller[2].split()[-1]} HRB {rng.randint(1000, 99999)}",
            vat,
        ],
        [
            f"Bank: {pick(rng, 'Sparkasse', 'Volksbank', 'Raiffeisenbank')}",
            f"IBAN: {iban}{rng.randint(10, 99)} {digits} {rng.randint(10, 99)}",
            "BIC: GENODEF1XYZ",
        ],
    ]


def _rows(
    pen: Pen, rng: random.Random, count: int, rate: float
) -> tuple[list[list[str]], float, float, float]:
    table, net = item_table(pen, goods(rng, "de", count), _HEADER)
    tax, gross = with_vat(net, rate)
    return table, net, tax, gross


def lexoffice(rng: random.Random) -> Print:
    """Rechnungsnr., Rechnungsdatum, Lieferdatum, Kundennr. in the information block; the
    title alone; payable within so many days without deduction."""
    pen = Pen(rng, "de")
    seller, buyer = parties(pen, "de")
    issued = issue_day(rng)
    days = pick(rng, 7, 14, 30)
    refs = [
        ("Rechnungsnr.", pen.number(f"RE{rng.randint(1000, 9999)}")),
        ("Rechnungsdatum", pen.day(issued, "issue")),
        ("Lieferdatum", pen.day(issued - dt.timedelta(days=rng.randint(1, 9)))),
        ("Kundennr.", str(rng.randint(10001, 10999))),
        ("Ihr Ansprechpartner", pen.person(rng.choice(PEOPLE))),
    ]
    table, net, tax, gross = _rows(pen, rng, rng.randint(2, 5), 0.19)
    totals = [
        ("Gesamtbetrag netto", pen.money(net)),
        ("zzgl. Umsatzsteuer 19 %", pen.money(tax)),
        ("Gesamtbetrag brutto", pen.total(gross)),
    ]
    terms = pick(
        rng,
        f"Zahlbar innerhalb {days} Tagen ohne Abzug.",
        f"Zahlungsbedingungen: Zahlung innerhalb von {days} Tagen ab Rechnungsdatum ohne Abzug.",
    )
    notes = [
        pen.terms_due(terms, issued + dt.timedelta(days=days)),
        "Vielen Dank für die gute Zusammenarbeit.",
    ]
    sheet = Sheet(
        "din",
        seller,
        "Rechnung",
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        sender_line=" · ".join(seller),
        notes=notes,
        foot=footer(pen, seller, "de"),
        lead=[
            "Sehr geehrte Damen und Herren,",
            "vielen Dank für Ihren Auftrag. Wir berechnen Ihnen folgende Leistungen:",
        ],
    )
    return sheet, pen


def sevdesk(rng: random.Random) -> Print:
    """The number in the subject line (Rechnung Nr. ...), a customer and an order number in
    the block, the due date written out in a sentence."""
    pen = Pen(rng, "de")
    seller, buyer = parties(pen, "de")
    issued = issue_day(rng)
    due = issued + dt.timedelta(days=pick(rng, 10, 14, 21))
    number = f"{issued.year}-{rng.randint(100, 1999):04d}"
    refs = [
        ("Kundennummer", str(rng.randint(1000, 1999))),
        ("Bestellnummer", f"{rng.randint(4500000000, 4500999999)}"),
        ("Datum", pen.day(issued, "issue")),
        (
            "Leistungszeitraum",
            f"{pen.day(issued.replace(day=1) - dt.timedelta(days=20))}\nbis "
            f"{pen.day(issued.replace(day=1) - dt.timedelta(days=1))}",
        ),
    ]
    title = f"Rechnung Nr. {pen.number(number)}"
    table, net, tax, gross = _rows(pen, rng, rng.randint(1, 4), 0.19)
    totals = [
        ("Summe netto", pen.money(net)),
        ("USt. 19 %", pen.money(tax)),
        ("Rechnungsbetrag", pen.total(gross)),
    ]
    notes = [
        f"Bitte überweisen Sie den Rechnungsbetrag bis zum {pen.day(due, 'due')} auf das unten "
        f"genannte Konto.",
        f"Verwendungszweck: {number}",
    ]
    sheet = Sheet(
        "din",
        seller,
        title,
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        sender_line=f"{seller[0]} - {seller[1]} - {seller[2]}",
        notes=notes,
        foot=footer(pen, seller, "de"),
    )
    return sheet, pen


def datev_long(rng: random.Random) -> Print:
    """A trade invoice over several pages: Unser Zeichen, Ihr Zeichen, Ihre Bestellung vom,
    Lieferschein-Nr. and Kunden-Nr. around the Rechnungs-Nr.; positions counted in tens;
    every further page headed with the number; 30 days net."""
    pen = Pen(rng, pick(rng, "de", "at"))
    seller, buyer = parties(pen, pen.c.code)
    issued = issue_day(rng)
    days = pick(rng, 30, 60)
    number = f"{rng.randint(2026000, 2026999)}"
    refs = [
        ("Unser Zeichen", f"{rng.choice('ABKMS')}{rng.choice('ABKMS')}/{rng.choice('ksv')}"),
        ("Ihr Zeichen", rng.choice(PEOPLE).split()[1]),
        ("Ihre Bestellung vom", pen.day(issued - dt.timedelta(days=rng.randint(10, 30)))),
        ("Bestell-Nr.", f"B-{rng.randint(10000, 99999)}"),
        ("Lieferschein-Nr.", f"LS{rng.randint(100000, 999999)}"),
        ("Kunden-Nr.", str(rng.randint(20000, 29999))),
        ("Rechnungs-Nr.", pen.number(number)),
        ("Datum", pen.day(issued, "issue")),
    ]
    header = {
        "pos10": "Pos.",
        "code": "Artikel-Nr.",
        "desc": "Bezeichnung",
        "qty_unit": "Menge",
        "price": "Preis/Einh.",
        "amount": "Betrag",
    }
    table, net = item_table(pen, goods(rng, "de", rng.randint(30, 44)), header)
    rate = 0.19 if pen.c.code == "de" else 0.2
    tax, gross = with_vat(net, rate)
    totals = [
        ("Warenwert netto", pen.num(net)),
        (f"MwSt. {int(rate * 100)} %", pen.num(tax)),
        (f"Endbetrag {pen.c.currency}", pen.total(gross, bare=True)),
    ]
    terms = pick(
        rng,
        f"Zahlungsziel: {days} Tage netto",
        f"Zahlbar innerhalb von {days} Tagen netto ohne Abzug",
    )
    notes = [
        pen.terms_due(terms, issued + dt.timedelta(days=days)),
        "Es gelten unsere Allgemeinen Geschäftsbedingungen.",
    ]
    sheet = Sheet(
        "din",
        seller,
        "Rechnung",
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        sender_line=f"{seller[0]}, {seller[1]}, {seller[2]}",
        notes=notes,
        foot=footer(pen, seller, pen.c.code),
        running=f"Rechnung {number} vom {pen.day(issued)} - Seite {{page}}",
        pager="Seite {page} von {pages}",
    )
    return sheet, pen


def austria(rng: random.Random) -> Print:
    """Rechnung Nr. ... as the title; Rechnungsdatum and Leistungsdatum; the customer's UID;
    a due date or terms of so many days net."""
    pen = Pen(rng, "at")
    seller, buyer = parties(pen, "at", "de")
    issued = issue_day(rng)
    days = pick(rng, 14, 30)
    number = f"{issued.year}-{rng.randint(1, 999):04d}"
    refs = [
        ("Rechnungsdatum:", pen.day(issued, "issue")),
        ("Leistungsdatum:", pen.day(issued - dt.timedelta(days=rng.randint(2, 12)))),
        ("Kundennummer:", str(rng.randint(300, 999))),
        ("UID-Nr. Kunde:", f"DE{rng.randint(10**8, 10**9 - 1)}"),
    ]
    table, net, tax, gross = _rows(pen, rng, rng.randint(2, 4), 0.2)
    totals = [
        ("Nettobetrag", pen.money(net)),
        ("zzgl. 20 % USt.", pen.money(tax)),
        ("Gesamtbetrag", pen.total(gross)),
    ]
    if rng.random() < 0.5:
        notes = [
            pen.terms_due(f"Zahlungsziel: {days} Tage netto", issued + dt.timedelta(days=days))
        ]
    else:
        notes = [f"Zahlbar bis {pen.day(issued + dt.timedelta(days=days), 'due')} ohne Abzug."]
    sheet = Sheet(
        "panel",
        seller,
        f"Rechnung Nr. {pen.number(number)}",
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        notes=notes,
        foot=footer(pen, seller, "at"),
    )
    return sheet, pen


def swiss(rng: random.Random) -> Print:
    """CHF with apostrophes, MWST; Zahlbar bis or 30 Tage netto; the QR-bill's reference."""
    pen = Pen(rng, "ch")
    seller, buyer = parties(pen, "ch")
    issued = issue_day(rng)
    days = pick(rng, 10, 30)
    refs = [
        ("Rechnungsnummer", pen.number(str(rng.randint(20000, 29999)))),
        ("Datum", pen.day(issued, "issue")),
        ("Kunden-Nr.", str(rng.randint(100, 999))),
        ("Ihre Referenz", pen.person(rng.choice(PEOPLE))),
    ]
    table, net, tax, gross = _rows(pen, rng, rng.randint(2, 4), 0.081)
    totals = [
        ("Total exkl. MWST", pen.num(net)),
        ("MWST 8.1 %", pen.num(tax)),
        ("Total CHF", pen.total(gross, bare=True)),
    ]
    if rng.random() < 0.5:
        terms = pen.terms_due(
            f"Zahlungskonditionen: {days} Tage netto", issued + dt.timedelta(days=days)
        )
    else:
        terms = f"Zahlbar bis: {pen.day(issued + dt.timedelta(days=days), 'due')}"
    ref = " ".join(f"{rng.randint(0, 99999):05d}" for _ in range(5))
    notes = [terms, f"Referenz: {ref}", "Besten Dank für Ihren Auftrag."]
    sheet = Sheet(
        pick(rng, "din", "panel"),
        seller,
        "Rechnung",
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        notes=notes,
        foot=footer(pen, seller, "ch"),
    )
    return sheet, pen


__all__ = ["austria", "datev_long", "footer", "lexoffice", "sevdesk", "swiss"]
