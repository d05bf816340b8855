"""Invoices of Sweden, Denmark, Norway and Finland as their accounting software prints
them, for :mod:`testbed.evaluation.variety_prints`: a band of the number, the dates, the
customer number and a payment reference (OCR, FIK, KID, viitenumero) of which only the first
is the invoice's number; terms in days beside an explicit due date.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.variety_prints_parts import goods, item_table, parties, with_vat
from testbed.evaluation.variety_prints_sheet import Sheet
from testbed.evaluation.variety_prints_style import Pen, issue_day, pick

type Print = tuple[Sheet, Pen]


def nordic(rng: random.Random) -> Print:
    """Sweden, Denmark, Norway or Finland: a band of number, dates, customer number and
    references; a payment reference (OCR, KID, viitenumero) beside the number."""
    country = pick(rng, "se", "dk", "no", "fi")
    pen = Pen(rng, country)
    seller, buyer = parties(pen, country)
    issued = issue_day(rng)
    days = pick(rng, 14, 30)
    due = issued + dt.timedelta(days=days)
    number = str(rng.randint(10000, 99999))
    words = {
        "se": (
            "Faktura",
            "Fakturanummer",
            "Fakturadatum",
            "Förfallodatum",
            "Kundnummer",
            "OCR",
            "sv",
            ("Benämning", "Antal", "Enhet", "À-pris", "Summa"),
            ("Netto", "Moms 25%", "Att betala"),
            0.25,
        ),
        "dk": (
            "Faktura",
            "Fakturanr.",
            "Dato",
            "Forfaldsdato",
            "Kundenr.",
            "FIK",
            "da",
            ("Beskrivelse", "Antal", "Enhed", "Stk. pris", "Beløb"),
            ("Momsgrundlag", "Moms 25%", "Total DKK"),
            0.25,
        ),
        "no": (
            "FAKTURA",
            "Fakturanummer",
            "Fakturadato",
            "Forfallsdato",
            "Kundenr.",
            "KID",
            "nb",
            ("Beskrivelse", "Antall", "Enhet", "Pris", "Beløp"),
            ("Sum eks. mva", "Mva 25%", "Å betale"),
            0.25,
        ),
        "fi": (
            "LASKU",
            "Laskun numero",
            "Laskun päivämäärä",
            "Eräpäivä",
            "Asiakasnumero",
            "Viitenumero",
            "fi",
            ("Kuvaus", "Määrä", "Yksikkö", "À-hinta", "Yhteensä"),
            ("Veroton", "ALV 25,5%", "Maksettava"),
            0.255,
        ),
    }[country]
    title, num_l, date_l, due_l, cust_l, ref_l, lang, heads, sums, rate = words
    band = [
        (num_l, pen.number(number)),
        (date_l, pen.day(issued, "issue")),
        (due_l, pen.day(due, "due")),
        (cust_l, str(rng.randint(100, 9999))),
        (ref_l, f"{rng.randint(10**6, 10**9)}"),
    ]
    header = dict(zip(("desc", "qty", "unit", "price", "amount"), heads, strict=True))
    table, net = item_table(pen, goods(rng, lang, rng.randint(1, 4)), header)
    tax, gross = with_vat(net, rate)
    totals = [(sums[0], pen.num(net)), (sums[1], pen.num(tax)), (sums[2], pen.total(gross))]
    notes = {
        "se": [
            f"Betalningsvillkor {days} dagar",
            f"Bankgiro {rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        ],
        "dk": [f"Betalingsbetingelser: Netto {days} dage"],
        "no": [f"Betalingsfrist {days} dager"],
        "fi": [f"Maksuehto {days} pv netto"],
    }[country]
    sheet = Sheet(
        pick(rng, "band", "stacked"),
        seller,
        title,
        to=buyer,
        band=band if rng.random() < 0.6 else [],
        table=table,
        totals=totals,
        notes=notes,
    )
    rng.random()  # a draw this family's first build made: kept, so its documents stay as built
    if not sheet.band:
        sheet.refs = band
    return sheet, pen


__all__ = ["nordic"]
