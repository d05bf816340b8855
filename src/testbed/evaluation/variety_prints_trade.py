"""The papers around an invoice as the same software prints them, for
:mod:`testbed.evaluation.variety_prints`: credit notes naming the invoice they credit,
pro-forma invoices paid in advance, a supplier's order confirmation and delivery note (both
``other``: they bill nothing), and purchase orders, whose vendor is the supplier addressed.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.variety_prints_german import footer
from testbed.evaluation.variety_prints_parts import PEOPLE, goods, item_table, parties, with_vat
from testbed.evaluation.variety_prints_sheet import Sheet
from testbed.evaluation.variety_prints_style import Pen, issue_day, pick

type Print = tuple[Sheet, Pen]

#: Credit notes by country: title, number label, "to invoice", language, header, sums.
_CREDIT = {
    "uk": (
        "CREDIT NOTE",
        "Credit Note No.",
        "Original Invoice",
        "en",
        ("Description", "Qty", "Unit Price", "Net"),
        ("Net", "VAT 20%", "Total Credit"),
        0.2,
        "CN-{n:05d}",
        "INV-{m:05d}",
    ),
    "de": (
        "Gutschrift",
        "Gutschrift-Nr.",
        "zu Rechnung",
        "de",
        ("Bezeichnung", "Menge", "Einzelpreis", "Betrag"),
        ("Nettobetrag", "USt. 19 %", "Gutschriftsbetrag"),
        0.19,
        "GS-2026-{n:04d}",
        "RE-2026-{m:04d}",
    ),
    "fr": (
        "AVOIR",
        "Avoir n°",
        "Facture d'origine",
        "fr",
        ("Désignation", "Qté", "P.U. HT", "Montant HT"),
        ("Total HT", "TVA 20 %", "Total TTC"),
        0.2,
        "AV-{n:04d}",
        "F-2026-{m:03d}",
    ),
    "it": (
        "NOTA DI CREDITO",
        "Nota di credito n.",
        "Rif. fattura n.",
        "it",
        ("Descrizione", "Q.tà", "Prezzo", "Importo"),
        ("Imponibile", "IVA 22%", "Totale nota di credito"),
        0.22,
        "NC{n}/2026",
        "{m}/2026",
    ),
    "nl": (
        "Creditnota",
        "Creditnotanummer",
        "Betreft factuur",
        "nl",
        ("Omschrijving", "Aantal", "Prijs", "Bedrag"),
        ("Subtotaal", "Btw 21%", "Totaal te crediteren"),
        0.21,
        "CN{n:06d}",
        "2026-{m:04d}",
    ),
}


def credit_note(rng: random.Random) -> Print:
    """A credit note in its country's words, numbered in the title line or in the panel,
    beside the number and date of the invoice it credits."""
    country = pick(rng, *_CREDIT)
    title, num_l, inv_l, lang, heads, sums, rate, fmt_n, fmt_m = _CREDIT[country]
    pen = Pen(rng, country)
    seller, buyer = parties(pen, country)
    issued = issue_day(rng)
    number = fmt_n.format(n=rng.randint(1, 999))
    invoice = fmt_m.format(m=rng.randint(1, 999))
    in_title = rng.random() < 0.5
    refs = [] if in_title else [(num_l, pen.number(number))]
    date_label = {"en": "Date", "de": "Datum", "fr": "Date :", "it": "Data", "nl": "Datum"}[lang]
    refs += [
        (date_label, pen.day(issued, "issue")),
        (inv_l, f"{invoice} / {pen.day(issued - dt.timedelta(days=rng.randint(5, 40)))}"),
        (
            "Customer No." if lang == "en" else "Kd.-Nr." if lang == "de" else "Client",
            str(rng.randint(1000, 9999)),
        ),
    ]
    header = dict(zip(("desc", "qty", "price", "amount"), heads, strict=True))
    table, net = item_table(pen, goods(rng, lang, rng.randint(1, 3)), header)
    tax, gross = with_vat(net, rate)
    totals = [(sums[0], pen.money(net)), (sums[1], pen.money(tax)), (sums[2], pen.total(gross))]
    word = {"en": "No.", "de": "Nr.", "fr": "n°", "it": "n.", "nl": "nr."}[lang]
    shown = f"{title} {word} {pen.number(number)}" if in_title else title
    sheet = Sheet(
        pick(rng, "panel", "din"),
        seller,
        shown,
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        notes=["The amount will be set off against your next payment." if lang == "en" else ""],
    )
    sheet.notes = [n for n in sheet.notes if n]
    return sheet, pen


def proforma(rng: random.Random) -> Print:
    """A pro-forma invoice: numbered, dated, valid until a date, paid in advance."""
    country = pick(rng, "uk", "de", "es")
    pen = Pen(rng, country)
    seller, buyer = parties(pen, country)
    issued = issue_day(rng)
    lang = {"uk": "en", "de": "de", "es": "es"}[country]
    number = f"PF-{issued.year}-{rng.randint(1, 300):03d}"
    words = {
        "en": (
            "PRO FORMA INVOICE",
            "Pro forma No.",
            "Date",
            "Valid until",
            "Payment: 100% in advance by bank transfer.",
            ("Description", "Qty", "Unit Price", "Amount"),
            ("Subtotal", "VAT 20%", "Total"),
            0.2,
        ),
        "de": (
            "Proforma-Rechnung",
            "Proforma-Nr.",
            "Datum",
            "Gültig bis",
            "Zahlung: Vorkasse. Die Lieferung erfolgt nach Zahlungseingang.",
            ("Bezeichnung", "Menge", "Einzelpreis", "Gesamt"),
            ("Netto", "USt. 19 %", "Gesamtbetrag"),
            0.19,
        ),
        "es": (
            "FACTURA PROFORMA",
            "Nº proforma",
            "Fecha",
            "Válida hasta",
            "Forma de pago: pago anticipado por transferencia.",
            ("Concepto", "Cantidad", "Precio", "Importe"),
            ("Base imponible", "IVA 21%", "Total"),
            0.21,
        ),
    }[lang]
    title, num_l, date_l, valid_l, pay, heads, sums, rate = words
    refs = [
        (num_l, pen.number(number)),
        (date_l, pen.day(issued, "issue")),
        (valid_l, pen.day(issued + dt.timedelta(days=30))),
    ]
    table, net = item_table(
        pen,
        goods(rng, lang, rng.randint(2, 4)),
        dict(zip(("desc", "qty", "price", "amount"), heads, strict=True)),
    )
    tax, gross = with_vat(net, rate)
    totals = [(sums[0], pen.money(net)), (sums[1], pen.money(tax)), (sums[2], pen.total(gross))]
    sheet = Sheet(
        pick(rng, "stacked", "panel"),
        seller,
        title,
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        notes=[pay],
    )
    return sheet, pen


def confirmation(rng: random.Random) -> Print:
    """A supplier's order confirmation: its own number in the title, the customer's order
    number and date beside it, a delivery week; to be invoiced on delivery (``other``)."""
    country = pick(rng, "de", "uk")
    pen = Pen(rng, country)
    seller, buyer = parties(pen, country)
    pen.w.vendor = None  # an order confirmation bills nothing: no vendor is labelled
    issued = issue_day(rng)
    number = str(rng.randint(10004000, 10009999))
    ordered = issued - dt.timedelta(days=rng.randint(1, 6))
    week = (issued + dt.timedelta(days=14)).isocalendar()[1]
    if country == "de":
        title = f"Auftragsbestätigung {pen.number(number)}"
        refs = [
            ("Ihre Bestellung", f"{rng.randint(4500000000, 4500999999)} vom {pen.day(ordered)}"),
            ("Kunden-Nr.", str(rng.randint(20000, 29999))),
            ("Datum", pen.day(issued, "issue")),
            ("Liefertermin", f"KW {week}/{issued.year}"),
        ]
        heads, lang = (
            {
                "pos10": "Pos.",
                "desc": "Bezeichnung",
                "qty_unit": "Menge",
                "price": "Preis",
                "amount": "Wert",
            },
            "de",
        )
        notes = [
            "Die Rechnung erhalten Sie mit der Lieferung.",
            "Es gelten unsere Lieferbedingungen.",
        ]
    else:
        title = "ORDER ACKNOWLEDGEMENT"
        refs = [
            ("Our Order No.", pen.number(f"SO-{number[-5:]}")),
            ("Your Order No.", f"PO {rng.randint(80000, 89999)}"),
            ("Order Date", pen.day(ordered)),
            ("Date", pen.day(issued, "issue")),
            ("Estimated Despatch", f"Week {week}"),
        ]
        heads, lang = (
            {
                "code": "Item",
                "desc": "Description",
                "qty": "Qty",
                "price": "Price",
                "amount": "Value",
            },
            "en",
        )
        notes = ["We will invoice you on despatch. Thank you for your order."]
    table, net = item_table(pen, goods(rng, lang, rng.randint(2, 5)), heads)
    pen.w.line_items.clear()  # not a billing document: its rows are not labelled
    totals = [("Nettowert" if lang == "de" else "Order Value (excl. VAT)", pen.money(net))]
    sheet = Sheet(
        "din" if lang == "de" else "panel",
        seller,
        title,
        to=buyer,
        refs=refs,
        table=table,
        totals=totals,
        notes=notes,
        foot=footer(pen, seller, "de") if lang == "de" else [],
    )
    return sheet, pen


def delivery_note(rng: random.Random) -> Print:
    """A delivery note: its number, the order it fills, quantities and no prices (``other``)."""
    country = pick(rng, "de", "uk", "nl")
    pen = Pen(rng, country)
    seller, buyer = parties(pen, country)
    pen.w.vendor = None
    issued = issue_day(rng)
    lang = {"de": "de", "uk": "en", "nl": "nl"}[country]
    number = f"{rng.randint(800000, 899999)}"
    words = {
        "de": (
            "Lieferschein",
            "Lieferschein-Nr.",
            "Lieferdatum",
            "Auftrags-Nr.",
            ("Pos.", "Bezeichnung", "Menge", "Einheit"),
            "Ware erhalten:",
        ),
        "en": (
            "DELIVERY NOTE",
            "Delivery Note No.",
            "Despatch Date",
            "Order No.",
            ("Line", "Description", "Qty", "Unit"),
            "Received in good condition by:",
        ),
        "nl": (
            "Pakbon",
            "Pakbonnummer",
            "Leverdatum",
            "Ordernummer",
            ("Regel", "Omschrijving", "Aantal", "Eenheid"),
            "Goederen ontvangen:",
        ),
    }[lang]
    title, num_l, date_l, order_l, heads, sign = words
    refs = [
        (num_l, pen.number(number)),
        (date_l, pen.day(issued, "issue")),
        (order_l, f"{rng.randint(10004000, 10009999)}"),
        ("Kunden-Nr." if lang == "de" else "Customer", str(rng.randint(1000, 9999))),
    ]
    table = [list(heads)]
    for index, (desc, unit, qty, _) in enumerate(goods(rng, lang, rng.randint(2, 6))):
        table.append([str(index + 1), desc, pen.qty(qty), unit])
    sheet = Sheet(
        pick(rng, "din", "panel"),
        seller,
        title,
        to=buyer,
        refs=refs,
        table=table,
        notes=[sign, "", "____________________________   Datum / Date"],
    )
    return sheet, pen


def purchase_order(rng: random.Random) -> Print:
    """A buyer's purchase order: its number, date, delivery date and the supplier's number
    with the buyer; the supplier it is sent to is the vendor."""
    country = pick(rng, "us", "de", "fr")
    pen = Pen(rng, country)
    taken: set[str] = set()
    from testbed.evaluation.variety_prints_parts import address, firm  # noqa: PLC0415

    buyer = address(pen, firm(rng, country, taken))
    supplier = address(pen, firm(rng, country, taken), vendor=True)
    issued = issue_day(rng)
    wanted = issued + dt.timedelta(days=rng.randint(7, 30))
    lang = {"us": "en", "de": "de", "fr": "fr"}[country]
    number = {
        "us": f"PO-{issued.year}-{rng.randint(1, 999):04d}",
        "de": str(rng.randint(4500000000, 4500999999)),
        "fr": f"BC{issued.year % 100}{rng.randint(1000, 9999)}",
    }[country]
    words = {
        "en": (
            "PURCHASE ORDER",
            "PO Number",
            "PO Date",
            "Vendor ID",
            "Required By",
            "Requisitioner",
            "VENDOR",
            "SHIP TO",
            ("Item #", "Description", "Qty", "Unit Price", "Total"),
            "TOTAL",
            "Please reference the PO number on all invoices.",
        ),
        "de": (
            "Bestellung",
            "Bestellnummer",
            "Bestelldatum",
            "Lieferanten-Nr.",
            "Liefertermin",
            "Ansprechpartner",
            "Lieferant",
            "Lieferanschrift",
            ("Material", "Kurztext", "Menge", "Preis", "Nettowert"),
            "Gesamtnettowert",
            "Bitte geben Sie unsere Bestellnummer auf allen Lieferpapieren und Rechnungen an.",
        ),
        "fr": (
            "BON DE COMMANDE",
            "N° de commande",
            "Date de commande",
            "Code fournisseur",
            "Livraison souhaitée",
            "Acheteur",
            "Fournisseur",
            "Adresse de livraison",
            ("Réf.", "Désignation", "Qté", "P.U. HT", "Total HT"),
            "Total HT",
            "Merci de rappeler le numéro de commande sur vos factures.",
        ),
    }[lang]
    title, num_l, date_l, vid_l, req_l, who_l, ven_l, ship_l, heads, total_l, note = words
    refs = [
        (num_l, pen.number(number)),
        (date_l, pen.day(issued, "issue")),
        (vid_l, str(rng.randint(70000, 79999))),
        (req_l, pen.day(wanted, "due")),
        (who_l, pen.person(rng.choice(PEOPLE))),
    ]
    header = dict(zip(("code", "desc", "qty", "price", "amount"), heads, strict=True))
    table, net = item_table(pen, goods(rng, lang, rng.randint(2, 5)), header)
    totals = [(total_l, pen.total(net))]
    sheet = Sheet(
        pick(rng, "panel", "stacked"),
        buyer,
        title,
        to=supplier,
        to_label=ven_l,
        ship=buyer,
        ship_label=ship_l,
        refs=refs,
        table=table,
        totals=totals,
        notes=[note],
    )
    return sheet, pen


__all__ = ["confirmation", "credit_note", "delivery_note", "proforma", "purchase_order"]
