"""Invoices of France, Belgium, the Netherlands, Spain, Italy, Portugal and the Nordics as
their invoicing software prints them, for :mod:`testbed.evaluation.variety_prints`: the
number in the title (`Facture n° ...`, `FATTURA N. ... del ...`, `Fatura FT ...`), a band of
labels over values, terms in days in each language, a payment reference beside the number.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.variety_prints_parts import PEOPLE, goods, item_table, parties, with_vat
from testbed.evaluation.variety_prints_sheet import Sheet
from testbed.evaluation.variety_prints_style import Pen, issue_day, pick

type Print = tuple[Sheet, Pen]


def _after(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


def facture(rng: random.Random) -> Print:
    """Facture n° ... as the title; Date d'émission, Échéance or payment in 30 days; the
    legal mentions (SIRET, TVA intracommunautaire, late-payment indemnity)."""
    pen = Pen(rng, "fr")
    seller, buyer = parties(pen, "fr")
    issued, days = issue_day(rng), pick(rng, 30, 45)
    number = pick(
        rng, f"F-{issued.year}-{rng.randint(1, 400):03d}", f"FA{rng.randint(10000, 99999)}"
    )
    refs = [
        ("Date d'émission :", pen.day(issued, "issue")),
        ("Date de livraison :", pen.day(_after(issued, -rng.randint(1, 8)))),
        ("Référence client :", f"CL{rng.randint(1000, 9999)}"),
        ("N° de commande :", f"BC-{rng.randint(100, 999)}"),
    ]
    explicit = rng.random() < 0.5
    if explicit:
        refs.append(("Échéance :", pen.day(_after(issued, days), "due")))
    table, net = item_table(
        pen,
        goods(rng, "fr", rng.randint(2, 4)),
        {
            "desc": "Désignation",
            "qty": "Qté",
            "unit": "Unité",
            "price": "P.U. HT",
            "amount": "Montant HT",
        },
    )
    tax, gross = with_vat(net, 0.2)
    totals = [
        ("Total HT", pen.money(net)),
        ("TVA 20 %", pen.money(tax)),
        ("Total TTC", pen.total(gross)),
        ("Net à payer", pen.money(gross)),
    ]
    terms = "Conditions de paiement : virement à réception."
    if not explicit:
        terms = pen.terms_due(
            f"Conditions de paiement : {days} jours à compter de la date de facture.",
            _after(issued, days),
        )
    notes = [
        terms,
        f"En cas de retard de paiement, indemnité forfaitaire pour frais de recouvrement : "
        f"{pen.money(40)}.",
        "Pas d'escompte pour paiement anticipé.",
    ]
    foot = [
        [
            f"{seller[0]} - capital de {rng.randint(5, 80) * 1000} euros - RCS Lyon "
            f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            f"SIRET {rng.randint(10**13, 10**14 - 1)} - TVA intracommunautaire "
            f"FR{rng.randint(10**10, 10**11 - 1)}",
        ]
    ]
    sheet = Sheet(
        pick(rng, "panel", "stacked"),
        seller,
        f"Facture n° {pen.number(number)}",
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        notes=notes,
        foot=foot,
    )
    return sheet, pen


def odoo(rng: random.Random) -> Print:
    """Factuur INV/2026/00118 as the title, a band of Factuurdatum, Vervaldatum, Bron and
    Referentie, a structured communication to pay with (Belgium)."""
    pen = Pen(rng, pick(rng, "be", "nl"))
    seller, buyer = parties(pen, pen.c.code)
    issued = issue_day(rng)
    due = _after(issued, pick(rng, 15, 30))
    number = f"INV/{issued.year}/{rng.randint(1, 999):05d}"
    band = [
        ("Factuurdatum:", pen.day(issued, "issue")),
        ("Vervaldatum:", pen.day(due, "due")),
        ("Bron:", f"S{rng.randint(10000, 99999)}"),
        ("Referentie:", f"PO {rng.randint(1000, 9999)}"),
    ]
    table, net = item_table(
        pen,
        goods(rng, "nl", rng.randint(2, 4)),
        {
            "desc": "Omschrijving",
            "qty": "Aantal",
            "price": "Prijs per eenheid",
            "vat": "Btw",
            "amount": "Bedrag",
        },
        vat_rate=0.21,
    )
    tax, gross = with_vat(net, 0.21)
    totals = [
        ("Subtotaal", pen.money(net)),
        ("Btw 21%", pen.money(tax)),
        ("Totaal", pen.total(gross)),
    ]
    code = f"+++{rng.randint(100, 999)}/{rng.randint(1000, 9999)}/{rng.randint(10000, 99999)}+++"
    notes = [
        f"Gelieve de volgende mededeling te gebruiken voor uw betaling: "
        f"{code if pen.c.code == 'be' else number}",
        "Betalingsvoorwaarden: zie vervaldatum",
    ]
    sheet = Sheet(
        "stacked",
        seller,
        f"Factuur {pen.number(number)}",
        to=buyer,
        band=band,
        table=table,
        totals=totals,
        notes=notes,
        pager="Pagina: {page} / {pages}",
    )
    return sheet, pen


def moneybird(rng: random.Random) -> Print:
    """Factuur, Factuurnummer / Factuurdatum / Vervaldatum stacked, the quantity first, the
    request to pay before a date in a sentence, KvK and btw in the footer."""
    pen = Pen(rng, "nl")
    seller, buyer = parties(pen, "nl")
    issued = issue_day(rng)
    due = _after(issued, pick(rng, 14, 30))
    number = f"{issued.year}-{rng.randint(1, 999):04d}"
    refs = [
        ("Factuurnummer", pen.number(number)),
        ("Factuurdatum", pen.day(issued, "issue")),
        ("Vervaldatum", pen.day(due, "due")),
    ]
    table, net = item_table(
        pen,
        goods(rng, "nl", rng.randint(1, 4)),
        {"qty": "Aantal", "desc": "Omschrijving", "price": "Prijs", "amount": "Totaal"},
    )
    tax, gross = with_vat(net, 0.21)
    totals = [
        ("Subtotaal", pen.money(net)),
        ("21% btw", pen.money(tax)),
        ("Totaal", pen.total(gross)),
    ]
    notes = [
        f"We verzoeken u vriendelijk het bovenstaande bedrag van {pen.money(gross)} voor "
        f"{pen.day(due)} te voldoen "
        f"op onze bankrekening onder vermelding van het factuurnummer {number}."
    ]
    foot = [
        [
            f"KvK {rng.randint(10**7, 10**8 - 1)}",
            f"Btw-id NL{rng.randint(10**8, 10**9 - 1)}B01",
            f"IBAN NL{rng.randint(10, 99)} RABO 0{rng.randint(10**8, 10**9 - 1)}",
        ]
    ]
    sheet = Sheet(
        "stacked",
        seller,
        "Factuur",
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        notes=notes,
        foot=foot,
    )
    return sheet, pen


def exact(rng: random.Random) -> Print:
    """Factuur 20260412 as the title, Klantnummer / Uw referentie / Ordernummer beside it,
    Betaling binnen 14 dagen."""
    pen = Pen(rng, "nl")
    seller, buyer = parties(pen, "nl")
    issued, days = issue_day(rng), pick(rng, 14, 30)
    number = f"{issued.year}{rng.randint(1000, 9999)}"
    refs = [
        ("Datum", pen.day(issued, "issue")),
        ("Klantnummer", str(rng.randint(100000, 199999))),
        ("Uw referentie", f"{rng.choice(PEOPLE).split()[1]} / {rng.randint(100, 999)}"),
        ("Ordernummer", str(rng.randint(20000, 29999))),
    ]
    table, net = item_table(
        pen,
        goods(rng, "nl", rng.randint(2, 5)),
        {
            "code": "Artikel",
            "desc": "Omschrijving",
            "qty": "Aantal",
            "price": "Prijs",
            "amount": "Bedrag",
        },
    )
    tax, gross = with_vat(net, 0.21)
    totals = [
        ("Totaal excl. btw", pen.num(net)),
        ("Btw hoog 21%", pen.num(tax)),
        ("Totaal EUR", pen.total(gross, bare=True)),
    ]
    terms = pen.terms_due(
        f"Betalingsconditie: betaling binnen {days} dagen na factuurdatum", _after(issued, days)
    )
    sheet = Sheet(
        "panel",
        seller,
        f"Factuur {pen.number(number)}",
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        notes=[terms],
    )
    return sheet, pen


def holded(rng: random.Random) -> Print:
    """FACTURA; Nº factura, Fecha, Vencimiento; NIF; IVA 21 %; Forma de pago."""
    pen = Pen(rng, "es")
    seller, buyer = parties(pen, "es")
    issued, days = issue_day(rng), pick(rng, 30, 60)
    number = pick(
        rng,
        f"F{issued.year}-{rng.randint(1, 999):04d}",
        f"{rng.randint(1, 400)}/{issued.year % 100}",
    )
    explicit = rng.random() < 0.6
    refs = [("Nº factura", pen.number(number)), ("Fecha", pen.day(issued, "issue"))]
    if explicit:
        refs.append(("Vencimiento", pen.day(_after(issued, days), "due")))
    refs.append(("NIF cliente", f"B{rng.randint(10**7, 10**8 - 1)}"))
    table, net = item_table(
        pen,
        goods(rng, "es", rng.randint(2, 4)),
        {"desc": "CONCEPTO", "price": "PRECIO", "qty": "UNIDADES", "amount": "SUBTOTAL"},
    )
    tax, gross = with_vat(net, 0.21)
    totals = [
        ("BASE IMPONIBLE", pen.money(net)),
        ("IVA 21%", pen.money(tax)),
        ("TOTAL", pen.total(gross)),
    ]
    notes = [
        "Forma de pago: Transferencia bancaria",
        f"IBAN: ES{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
        f"{rng.randint(10, 99)} {rng.randint(10**9, 10**10 - 1)}",
    ]
    if not explicit:
        notes.insert(0, pen.terms_due(f"Pago a {days} días fecha factura", _after(issued, days)))
    sheet = Sheet(
        pick(rng, "panel", "band"),
        seller,
        "FACTURA",
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        notes=notes,
    )
    return sheet, pen


def fatture(rng: random.Random) -> Print:
    """FATTURA N. 45/2026 del 05/03/2026 as one title line; P.IVA and codice fiscale; the
    due date in a table of instalments or as 30 days from the invoice date."""
    pen = Pen(rng, "it")
    pen.date_style = "slash"
    seller, buyer = parties(pen, "it")
    issued, days = issue_day(rng), pick(rng, 30, 60)
    number = f"{rng.randint(1, 300)}/{issued.year}"
    title = f"FATTURA N. {pen.number(number)} del {pen.day(issued, 'issue')}"
    refs = [
        ("P.IVA", f"IT{rng.randint(10**10, 10**11 - 1)}"),
        ("Cod. Fiscale", f"{rng.randint(10**10, 10**11 - 1)}"),
        ("Cod. destinatario SDI", "M5UXCR1"),
    ]
    table, net = item_table(
        pen,
        goods(rng, "it", rng.randint(2, 4)),
        {
            "desc": "Descrizione",
            "qty": "Quantità",
            "price": "Prezzo",
            "vat": "IVA",
            "amount": "Importo",
        },
        vat_rate=0.22,
    )
    tax, gross = with_vat(net, 0.22)
    totals = [
        ("Imponibile", pen.money(net)),
        ("IVA 22%", pen.money(tax)),
        ("Totale documento", pen.total(gross)),
    ]
    if rng.random() < 0.5:
        notes = [
            f"Scadenze: {pen.day(_after(issued, days), 'due')}  {pen.money(gross)}",
            "Metodo di pagamento: Bonifico",
        ]
    else:
        notes = [
            pen.terms_due(
                f"Pagamento: bonifico bancario a {days} giorni data fattura", _after(issued, days)
            )
        ]
    sheet = Sheet(
        "panel",
        seller,
        title,
        to=buyer,
        to_label="Spett.le",
        refs=refs,
        table=table,
        totals=totals,
        notes=notes,
        foot=[
            [
                "Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72. "
                "L'originale è disponibile all'indirizzo PEC fornito oppure nella Sua area "
                "riservata dell'Agenzia delle Entrate."
            ]
        ],
    )
    return sheet, pen


def fatura(rng: random.Random) -> Print:
    """Fatura FT 2026/118 with its ATCUD; Data, Vencimento, NIF; certified software's line."""
    pen = Pen(rng, "pt")
    seller, buyer = parties(pen, "pt", "es")
    issued = issue_day(rng)
    number = f"FT {issued.year}/{rng.randint(1, 999)}"
    refs = [
        ("Data", pen.day(issued, "issue")),
        ("Vencimento", pen.day(_after(issued, 30), "due")),
        ("Contribuinte (NIF)", f"{rng.randint(10**8, 10**9 - 1)}"),
        ("ATCUD", f"JFK{rng.randint(1000, 9999)}-{rng.randint(1, 999)}"),
    ]
    table, net = item_table(
        pen,
        goods(rng, "pt", rng.randint(1, 3)),
        {
            "desc": "Descrição",
            "qty": "Qtd.",
            "price": "Preço Unit.",
            "vat": "IVA",
            "amount": "Total",
        },
        vat_rate=0.23,
    )
    tax, gross = with_vat(net, 0.23)
    totals = [
        ("Total Ilíquido", pen.money(net)),
        ("Total IVA", pen.money(tax)),
        ("Total", pen.total(gross)),
    ]
    sheet = Sheet(
        "panel",
        seller,
        f"Fatura {pen.number(number)}",
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        notes=["Original"],
        foot=[[f"Processado por programa certificado n.º {rng.randint(1000, 2999)}/AT"]],
    )
    return sheet, pen


__all__ = ["exact", "facture", "fatture", "fatura", "holded", "moneybird", "odoo"]
