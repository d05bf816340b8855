"""Telecom, utility, government and medical bills for the field generators
(:mod:`testbed.evaluation.variety_field`).

A British mobile bill (the bill number beside the account number, the Direct Debit date as
the due date), a US electricity bill (a boxed "Amount Due / Due Date" stub, the previous
balance paid), a German annual electricity bill (the instalments already paid taken off the
"Rechnungsbetrag", "Fälligkeitsdatum"), a French internet bill ("Facture n°", "Montant TTC",
"Prélevé le"), a Spanish phone bill ("Nº Factura", "Fecha de cargo"), an Australian gas bill
("Pay by" in the payment stub), a German town's fee notice ("Kassenzeichen", "fällig am"), a
British council's licence fee invoice ("Due upon receipt") and a US hospital's patient
statement. Names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_field_style import Sheet, code, someday


def mobile_uk(rng: random.Random) -> tuple[list[Block], Writer]:
    """A UK mobile bill: "Your bill", account and bill numbers side by side, charges and
    VAT, "We'll collect £x by Direct Debit on or just after <date>"."""
    s = Sheet(rng, "uk")
    issued = someday(rng)
    debit = issued + dt.timedelta(days=rng.choice((10, 14)))
    plan = s.pick((18.0, 25.0, 32.0))
    extras = s.pick((0.0, 2.5, 6.4))
    net = round((plan + extras) / 1.2, 2)
    total = round(plan + extras, 2)
    vat = round(total - net, 2)
    s.item("Monthly plan: Unlimited Max 5G", None, None, plan)
    rows = [["Monthly plan: Unlimited Max 5G", s.money(plan)]]
    if extras:
        s.item("Calls and texts outside your allowance", None, None, extras)
        rows.append(["Calls and texts outside your allowance", s.money(extras)])
    holder = s.pick(("Ms Philippa Crane", "Mr Owen Gallagher"))
    s.person(holder.split(" ", 1)[1])
    seller = s.pick(("Skylark Mobile Limited", "Heron Telecom UK Ltd"))
    blocks: list[Block] = [
        (
            "columns",
            [
                (seller.split()[0].upper(), "Your bill"),
                ("", f"Bill date {s.day(issued, 'issue', 'uk_long')}"),
            ],
        ),
        ("lines", [holder, "12 Linden Grove", "Harrogate HG1 5QT"]),
        (
            "table",
            [
                ["Account number", "Bill number"],
                [code(rng, "99999999"), s.number(code(rng, "9999999999"))],
            ],
        ),
        ("heading", "Your charges this month"),
        ("table", [["", "£"], *rows]),
        (
            "table",
            [
                ["Total (excluding VAT)", s.bare(net)],
                ["VAT at 20%", s.bare(vat)],
                ["Total to pay", s.total(total)],
            ],
        ),
        (
            "para",
            f"We'll collect {s.money(total)} by Direct Debit on or just after "
            f"{s.day(debit, 'due', 'uk_long')}. You don't need to do anything.",
        ),
        (
            "para",
            f"{s.vendor(seller)}. Registered in England No. {code(rng, '09999999')}. "
            "Registered office: 4 Wellington Place, Leeds LS1 4AP. VAT No. GB 730 4411 92.",
        ),
    ]
    return blocks, s.w


def electric_us(rng: random.Random) -> tuple[list[Block], Writer]:
    """A US electricity bill: the utility's name top left, a boxed summary top right
    ("Account Number", "Statement Date", "Amount Due", "Due Date"), the previous balance and
    its payment, the current charges, the remittance stub repeating the figures."""
    s = Sheet(rng, "us")
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((18, 21, 25)))
    kwh = rng.randint(380, 1400)
    energy = round(kwh * 0.1342, 2)
    delivery = round(kwh * 0.0611, 2)
    customer_charge = 12.5
    tax = round((energy + delivery + customer_charge) * 0.05, 2)
    current = round(energy + delivery + customer_charge + tax, 2)
    previous = round(rng.uniform(60, 240), 2)
    utility = s.pick(("Cascade Valley Electric Cooperative", "Mesa Ridge Power & Light Company"))
    account = code(rng, "9999 9999 99")
    for name, amount in (
        ("Energy charge", energy),
        ("Delivery charge", delivery),
        ("Customer charge", customer_charge),
        ("State and local taxes", tax),
    ):
        s.item(name, None, None, amount)
    box = [
        ("Account Number", account),
        ("Statement Date", s.day(issued, "issue", "us")),
        ("Amount Due", s.total(current)),
        ("Due Date", s.day(due, "due", "us")),
    ]
    blocks: list[Block] = [
        (
            "columns",
            [(s.vendor(utility), "ACCOUNT SUMMARY")]
            + [
                ("PO Box 4400, Bend, OR 97709" if i == 0 else "", f"{a}  {b}")
                for i, (a, b) in enumerate(box)
            ],
        ),
        (
            "lines",
            [
                s.person(s.pick(("Dolores Whitcomb", "Tyrell Hanford"))),
                "2217 NE Juniper Ave",
                "Bend, OR 97701",
            ],
        ),
        (
            "table",
            [
                ["Previous Balance", s.money(previous)],
                ["Payment Received - Thank You", s.money(-previous)],
                ["Balance Forward", s.money(0.0)],
                ["Current Charges", s.money(current)],
                ["Total Amount Due", s.money(current)],
            ],
        ),
        ("heading", f"Current Charges - Service {kwh} kWh"),
        (
            "table",
            [
                ["Description", "Amount"],
                ["Energy charge", s.num(energy)],
                ["Delivery charge", s.num(delivery)],
                ["Customer charge", s.num(customer_charge)],
                ["State and local taxes", s.num(tax)],
            ],
        ),
        (
            "lines",
            ["- - - - - - - - - Please detach and return with your payment - - - - - - - - -"],
        ),
        (
            "table",
            [
                ["Account Number", "Due Date", "Amount Due", "Amount Enclosed"],
                [account, s.day(due, "due", "us"), s.money(current), "$__________"],
            ],
        ),
    ]
    return blocks, s.w


def strom_de(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German annual electricity bill: "Jahresabrechnung", "Rechnungsnummer" among the
    customer's numbers, the gross "Rechnungsbetrag" less the instalments paid, "Fälligkeitsdatum"
    (or a debit date) for the balance."""
    s = Sheet(rng, "de")
    issued = someday(rng)
    due = issued + dt.timedelta(days=14)
    kwh = rng.randint(1800, 4200)
    work = round(kwh * 0.3187, 2)
    base = round(12 * 11.9, 2)
    net = round(work + base, 2)
    vat = round(net * 0.19, 2)
    gross = round(net + vat, 2)
    paid = round(round(gross / 12 - rng.uniform(5, 15)) * 11, 2)
    rest = round(gross - paid, 2)
    supplier = s.pick(("Stadtwerke Lindenau GmbH", "Energie Rheintal AG"))
    s.item(f"Arbeitspreis {kwh} kWh x 31,87 ct/kWh", kwh, 0.3187, work)
    s.item("Grundpreis 12 Monate x 11,90 €", 12, 11.9, base)
    s.noted(11.9)
    due_line = (
        f"Fälligkeitsdatum: {s.day(due, 'due', 'dot')}"
        if rng.random() < 0.5
        else f"Den Betrag buchen wir am {s.day(due, 'due', 'dot')} von Ihrem Konto ab."
    )
    start = issued.replace(day=1) - dt.timedelta(days=365)
    blocks: list[Block] = [
        ("lines", [s.vendor(supplier), "Am Wasserturm 3, 04109 Leipzig"]),
        (
            "lines",
            [
                f"Herrn {s.person(s.pick(('Klaus Wenzel', 'Jürgen Opitz')))}",
                "Kastanienweg 8",
                "04229 Leipzig",
            ],
        ),
        (
            "kv",
            [
                ("Kundennummer", code(rng, "9999999")),
                ("Vertragskonto", code(rng, "999 999 999")),
                ("Rechnungsnummer", s.number(code(rng, "9999999999"))),
                ("Datum", s.day(issued, "issue", "dot")),
            ],
        ),
        ("title", "Jahresabrechnung Strom"),
        (
            "para",
            f"Abrechnungszeitraum {s.day(start, None, 'dot')} bis "
            f"{s.day(issued.replace(day=1) - dt.timedelta(days=1), None, 'dot')}",
        ),
        (
            "table",
            [
                ["Position", "Menge", "Preis", "Betrag"],
                [f"Arbeitspreis {kwh} kWh x 31,87 ct/kWh", str(kwh), "0,3187", s.num(work)],
                ["Grundpreis 12 Monate x 11,90 €", "12", "11,90", s.num(base)],
            ],
        ),
        (
            "table",
            [
                ["Nettobetrag", s.money(net)],
                ["Umsatzsteuer 19 %", s.money(vat)],
                ["Rechnungsbetrag brutto", s.total(gross)],
                ["abzüglich geleistete Abschläge", s.money(-paid)],
                ["Nachzahlung", s.money(rest)],
            ],
        ),
        ("para", due_line),
    ]
    return blocks, s.w


def facture_internet(rng: random.Random) -> tuple[list[Block], Writer]:
    """A French internet and TV bill: "Facture n°", "Date de facture", amounts HT and TTC,
    "Montant TTC", and "Prélevé le" or "Date limite de paiement"."""
    s = Sheet(rng, "fr")
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((10, 15)))
    box = s.pick((29.99, 39.99, 44.99))
    option = s.pick((0.0, 5.0, 9.99))
    ttc = round(box + option, 2)
    ht = round(ttc / 1.2, 2)
    seller = s.pick(("Fibrea Télécom SAS", "Onde Box SA"))
    s.item("Forfait Fibre Max", None, None, box)
    rows = [["Forfait Fibre Max", s.num(box)]]
    if option:
        s.item("Option TV Cinéma", None, None, option)
        rows.append(["Option TV Cinéma", s.num(option)])
    due_line = s.pick(("Prélevé le", "Date limite de paiement"))
    s.noted(3_000_000.0)
    blocks: list[Block] = [
        ("lines", [seller.split()[0].upper(), "Votre facture"]),
        (
            "kv",
            [
                ("Facture n°", s.number("FA" + code(rng, "99999999"))),
                ("Date de facture", s.day(issued, "issue", s.pick(("uk", "fr_long")))),
                ("N° client", code(rng, "99999999")),
                (due_line, s.day(due, "due", "uk")),
            ],
        ),
        (
            "lines",
            [
                f"M. {s.person(s.pick(('Antoine Ferrand', 'Yannick Morel')))}",
                "7 rue des Tanneurs",
                "69001 Lyon",
            ],
        ),
        ("table", [["Détail de vos services", "Montant TTC (€)"], *rows]),
        (
            "table",
            [
                ["Total HT", s.money(ht)],
                ["TVA 20 %", s.money(round(ttc - ht, 2))],
                ["Montant TTC", s.total(ttc)],
            ],
        ),
        (
            "para",
            f"{s.vendor(seller)} au capital de 3 000 000 €, RCS Paris 512 345 678, "
            "16 rue de la Ville-l'Évêque, 75008 Paris",
        ),
    ]
    return blocks, s.w


def factura_movil(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Spanish phone bill: "Nº Factura", "Fecha de emisión", "Periodo de facturación",
    "Fecha de cargo", IVA, "Total factura"."""
    s = Sheet(rng, "es")
    issued = someday(rng)
    debit = issued + dt.timedelta(days=rng.choice((5, 7, 10)))
    cuota = s.pick((25.0, 35.5, 48.0))
    extra = s.pick((0.0, 3.2, 7.9))
    net = round(cuota + extra, 2)
    iva = round(net * 0.21, 2)
    total = round(net + iva, 2)
    seller = s.pick(("Telefonía Brisa, S.A.U.", "Olacom Comunicaciones S.L."))
    s.item("Cuota mensual Tarifa Ilimitada", None, None, cuota)
    rows = [["Cuota mensual Tarifa Ilimitada", s.money(cuota)]]
    if extra:
        s.item("Consumo fuera de tarifa", None, None, extra)
        rows.append(["Consumo fuera de tarifa", s.money(extra)])
    blocks: list[Block] = [
        (
            "lines",
            [s.vendor(seller), "CIF A-82018474 - Ronda de la Comunicación s/n, 28050 Madrid"],
        ),
        ("title", "Factura"),
        (
            "kv",
            [
                ("Nº Factura", s.number(code(rng, "AA99-999999999"))),
                ("Fecha de emisión", s.day(issued, "issue", "uk")),
                (
                    "Periodo de facturación",
                    f"{s.day(issued - dt.timedelta(days=30), None, 'uk')} - "
                    f"{s.day(issued - dt.timedelta(days=1), None, 'uk')}",
                ),
                ("Titular", s.person(s.pick(("Marta Iglesias Pardo", "Sergio Llorente Gil")))),
            ],
        ),
        ("table", [["Concepto", "Importe"], *rows]),
        (
            "table",
            [
                ["Base imponible", s.money(net)],
                ["IVA (21%)", s.money(iva)],
                ["Total factura", s.total(total)],
            ],
        ),
        (
            "para",
            f"Fecha de cargo: {s.day(debit, 'due', 'uk')}. El importe se cargará en su cuenta "
            "ES91 **** **** **** 1332.",
        ),
    ]
    return blocks, s.w


def gas_au(rng: random.Random) -> tuple[list[Block], Writer]:
    """An Australian gas bill: "Tax invoice", "Amount due" and "Pay by" in a box, the GST
    included, a payment slip with a biller code and the invoice number as reference."""
    s = Sheet(rng, "au")
    issued = someday(rng)
    due = issued + dt.timedelta(days=21)
    mj = rng.randint(3000, 12000)
    usage = round(mj * 0.0381, 2)
    supply = round(91 * 0.9, 2)
    gst = round((usage + supply) * 0.1, 2)
    total = round(usage + supply + gst, 2)
    seller = s.pick(("Southern Cross Gas Pty Ltd", "Wattle Energy Retail Pty Ltd"))
    s.item(f"Gas usage {mj} MJ", mj, 0.0381, usage)
    s.noted(0.0381, 0.9)
    s.item("Supply charge 91 days", 91, 0.9, supply)
    number = s.number(code(rng, "9999999999"))
    blocks: list[Block] = [
        (
            "columns",
            [
                (s.vendor(seller), "Tax invoice"),
                ("ABN 31 604 118 227", f"Invoice no. {number}"),
                ("", f"Issue date {s.day(issued, 'issue', s.pick(('uk_short', 'uk')))}"),
            ],
        ),
        (
            "lines",
            [
                s.person(s.pick(("Kylie Marchetti", "Brendan Lowe"))),
                "14 Banksia Street",
                "Geelong VIC 3220",
            ],
        ),
        ("table", [["Amount due", "Pay by"], [s.total(total), s.day(due, "due", "uk_short")]]),
        (
            "table",
            [
                ["Your charges", "Quantity", "Rate", "Amount"],
                [f"Gas usage {mj} MJ", str(mj), "$0.0381", s.money(usage)],
                ["Supply charge 91 days", "91", "$0.9000", s.money(supply)],
            ],
        ),
        ("table", [["GST", s.money(gst)], ["Total charges incl GST", s.money(total)]]),
        ("lines", ["Biller code: 23796", f"Ref: {number}"]),
    ]
    return blocks, s.w
