"""Energy, water and telephone bills for :mod:`testbed.evaluation.variety_dues`, as utilities
of several countries print them.

An American electric co-op's bill with its return stub ("Please return this portion with your
payment"), a British energy supplier's bill paid by Direct Debit ("on or after"), a German
Stadtwerk's Rechnung with Kundennummer, Vertragskonto and Rechnungsnummer side by side and the
debit announced in a sentence, an Australian water authority's tax invoice whose invoice
number stands only on the payment slip, a French internet box's facture, a Dutch mobile
operator's factuur, an Italian bolletta, a Spanish electricity factura, a Canadian
telephone company's bill of two pages numbered in its running header, an Austrian Strom
invoice as text. The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_dues_print import Sheet
from testbed.evaluation.variety_dues_style import Bill, digits, someday


def charges(
    b: Bill,
    header: list[str],
    rows: Sequence[tuple[str, float | None, float | None, float]],
    *,
    unit: str = "",
    rate_places: int = 4,
) -> tuple[Block, float]:
    """The charges table (description, [quantity, rate,] amount) and the sum of its rows;
    its amounts, printed bare, are tied to a currency when the last header names one."""
    table: list[list[str]] = [header]
    named = any(sign in header[-1] for sign in ("$", "£", "€", "EUR", "GBP"))
    for text, quantity, rate, amount in rows:
        b.item(text, quantity, rate, amount)
        money = b.money(amount, bare=True, record=named)
        if len(header) == 2:
            table.append([text, money])
            continue
        shown_q = "" if quantity is None else f"{quantity:g}{unit}"
        shown_r = "" if rate is None else f"{rate:.{rate_places}f}"
        if b.currency == "EUR":
            shown_r = shown_r.replace(".", ",")
        table.append([text, shown_q, shown_r, money])
    return ("table", table), round(sum(r[3] for r in rows), 2)


def electric_us(rng: random.Random) -> tuple[Sheet, Bill]:
    """A US electric co-op's monthly bill: account and bill number in a box at the right, the
    usage and its rate in the detail table, and the stub to return with a check."""
    b = Bill(rng, "us")
    vendor = b.vendor(
        rng.choice(("Cascade Valley Electric Cooperative", "Tri-County Power Company"))
    )
    person = b.person(rng.choice(("Dolores Whitcomb", "Raymond Okonjo", "Teresa Vanlandingham")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((17, 20, 21)))
    start = issued - dt.timedelta(days=33)
    end = issued - dt.timedelta(days=3)
    kwh = rng.randint(380, 1650)
    rate = rng.choice((0.1124, 0.0987, 0.1318))
    rows = [
        ("Basic Charge", None, None, rng.choice((18.0, 22.5, 25.0))),
        (f"Energy Charge {kwh} kWh x {rate}", kwh, rate, round(kwh * rate, 2)),
        ("Power Cost Adjustment", None, None, round(kwh * 0.0041, 2)),
        ("City Franchise Fee 3%", None, None, round(kwh * rate * 0.03, 2)),
    ]
    table, current = charges(b, ["Description", "Amount"], rows)
    account = f"{digits(rng, 4)}-{digits(rng, 5)}-{rng.randint(1, 9):03d}"
    number = digits(rng, 9)
    due_label = rng.choice(("Due Date", "Please Pay By", "Amount Due By"))
    on_stub = rng.random() < 0.5
    sheet = Sheet(
        head=[vendor, "PO Box 4410, Bend, OR 97708", "Member Services 1-800-555-0142"],
        address=[person.upper(), f"{rng.randint(100, 9999)} NW Juniper Ln", "Redmond OR 97756"],
        text_panel=rng.choice(("kv", "columns")),
    )
    sheet.panel = [("Account Number", account), ("Bill Date", b.day(issued, "issue", "us_slash"))]
    if not on_stub:
        sheet.panel.append(("Bill Number", b.number(number)))
    previous = round(rng.uniform(60, 240), 2)
    sheet.panel += [("Amount Due", b.total(current)), (due_label, b.day(due, "due", "us_slash"))]
    sheet.body = [
        ("heading", "Account Summary"),
        (
            "kv",
            [
                ("Previous Balance", b.money(previous)),
                ("Payment Received - Thank You", b.money(-previous)),
                ("Balance Forward", b.money(0.0)),
                ("Current Charges", b.money(current)),
                ("Total Amount Due", b.money(current)),
            ],
        ),
        ("heading", "Electric Service Detail"),
        (
            "para",
            f"Service from {b.day(start, None, 'us_slash')} to "
            f"{b.day(end, None, 'us_slash')} ({(end - start).days} days)",
        ),
        table,
        (
            "para",
            "A late payment charge of 1.5% will be added to balances not received by the "
            "due date. Capital credits are allocated to members each spring.",
        ),
    ]
    stub = [("Account Number", account)]
    if on_stub:
        stub.append(("Invoice No.", b.number(number)))
    stub += [
        ("Amount Due", b.money(current)),
        (due_label, b.day(due, "due", "us_short")),
        ("Amount Enclosed", "$"),
    ]
    sheet.slip = [
        ("para", f"Please return this portion with your payment. Make checks payable to {vendor}."),
        ("kv", stub),
        ("lines", [vendor, "PO Box 4411", "Bend OR 97708-4411"]),
    ]
    return sheet, b


def energy_uk(rng: random.Random) -> tuple[Sheet, Bill]:
    """A British energy supplier's bill: 'Bill reference' beside 'Your account number', paid
    by Direct Debit taken 'on or after' a day, gas and electricity in two columns."""
    b = Bill(rng, "uk")
    vendor = b.vendor(rng.choice(("Hearthstone Energy Ltd", "Brightmoor Power Limited")))
    person = b.person(rng.choice(("Gwen Pritchard", "Callum Dunbar", "Aisling Moran")))
    issued = someday(rng)
    debit = issued + dt.timedelta(days=rng.choice((10, 14)))
    start = issued - dt.timedelta(days=rng.choice((30, 31)))
    gas_units, elec_units = rng.randint(300, 1400), rng.randint(150, 420)
    gas_rate, elec_rate = rng.choice((0.0631, 0.0594)), rng.choice((0.2486, 0.2713))
    days = (issued - start).days
    gas = [
        (
            f"Gas used {gas_units} kWh at {gas_rate * 100:.2f}p",
            gas_units,
            gas_rate,
            round(gas_units * gas_rate, 2),
        ),
        (f"Standing charge {days} days at 31.43p", days, 0.3143, round(days * 0.3143, 2)),
    ]
    elec = [
        (
            f"Electricity used {elec_units} kWh at {elec_rate * 100:.2f}p",
            elec_units,
            elec_rate,
            round(elec_units * elec_rate, 2),
        ),
        (f"Standing charge {days} days at 53.35p", days, 0.5335, round(days * 0.5335, 2)),
    ]
    gas_table, gas_sum = charges(b, ["Gas", "£"], gas)
    elec_table, elec_sum = charges(b, ["Electricity", "£"], elec)
    net = round(gas_sum + elec_sum, 2)
    vat = round(net * 0.05, 2)
    total = round(net + vat, 2)
    ref = f"{rng.choice('BHK')}{digits(rng, 8)}"
    sheet = Sheet(
        head=[vendor, "Freepost HEARTH ENERGY", "0330 555 0198 · hearthstone.example/myaccount"],
        address=[
            f"Mx {person}" if rng.random() < 0.3 else person,
            f"Flat {rng.randint(1, 9)}, {rng.randint(2, 90)} Ladysmith Road",
            "Exeter EX1 2PU",
        ],
        panel_style=rng.choice(("box", "stack")),
        text_panel=rng.choice(("kv", "kv_below")),
        footer=[
            f"{vendor}. Registered in England and Wales No. {digits(rng, 8)}. "
            "Registered office: 3 Quay Street, Bristol BS1 4DJ. VAT No. GB 284 1177 30"
        ],
    )
    sheet.panel = [
        ("Your account number", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"),
        ("Bill reference", b.number(ref)),
        ("Bill date", b.day(issued, "issue", "uk_long")),
    ]
    sheet.body = [
        ("title", "Your energy bill"),
        (
            "para",
            f"For the period {b.day(start, None, 'uk_long')} to "
            f"{b.day(issued - dt.timedelta(days=1), None, 'uk_long')}",
        ),
        ("side", ([gas_table], [elec_table])),
        (
            "kv",
            [
                ("Total charges before VAT", b.money(net)),
                ("VAT at 5%", b.money(vat)),
                ("Total charges for this period", b.total(total)),
            ],
        ),
        (
            "para",
            f"We'll take your Direct Debit of {b.money(total)} on or after "
            f"{b.day(debit, 'due', 'uk_long')}. You don't need to do anything.",
        ),
    ]
    return sheet, b


def stadtwerke_de(rng: random.Random) -> tuple[Sheet, Bill]:
    """A German municipal utility's monthly Rechnung: Kundennummer, Vertragskonto and
    Rechnungsnummer in the block at the right; the debit announced in a sentence."""
    b = Bill(rng, "de")
    vendor = b.vendor(rng.choice(("Stadtwerke Lindenau GmbH", "Energieversorgung Talheim AG")))
    person = b.person(rng.choice(("Jürgen Albers", "Sabine Wolfrum", "Katrin Ehlers")))
    issued = someday(rng)
    debit = issued + dt.timedelta(days=rng.choice((12, 14, 15)))
    start = dt.date(issued.year, issued.month, 1) - dt.timedelta(days=28)
    kwh = rng.randint(180, 420)
    rate = rng.choice((0.3187, 0.2944))
    rows = [
        (
            f"Arbeitspreis {kwh} kWh x {rate * 100:.2f} ct/kWh".replace(".", ","),
            kwh,
            rate,
            round(kwh * rate, 2),
        ),
        ("Grundpreis 1 Monat", None, None, 11.9),
        ("Messstellenbetrieb", None, None, 2.5),
    ]
    table, net = charges(b, ["Position", "Betrag (EUR)"], rows)
    vat = round(net * 0.19, 2)
    total = round(net + vat, 2)
    number = f"{digits(rng, 3)} {digits(rng, 6)}" if rng.random() < 0.5 else digits(rng, 10)
    sheet = Sheet(
        head=[vendor, "Am Wasserturm 4 · 74189 Talheim"],
        address=[
            f"Frau {person}" if person.startswith(("S", "K")) else f"Herrn {person}",
            "Lerchenweg 17",
            "74189 Talheim",
        ],
        panel_style=rng.choice(("box", "stack")),
        text_panel=rng.choice(("kv", "columns")),
        footer=[
            "Sitz der Gesellschaft: Talheim · Amtsgericht Stuttgart HRB 7241 · "
            "USt-IdNr. DE 811 402 337"
        ],
    )
    sheet.panel = [
        ("Kundennummer", digits(rng, 8)),
        ("Vertragskonto", digits(rng, 12)),
        ("Rechnungsnummer", b.number(number)),
        ("Datum", b.day(issued, "issue", "dot")),
    ]
    wording = rng.choice(
        (
            "Den Rechnungsbetrag buchen wir am {} von Ihrem Konto ab.",
            "Der Betrag wird am {} per SEPA-Lastschrift eingezogen.",
            "Bitte überweisen Sie den Betrag bis zum {}.",
        )
    )
    debit_text = wording.format(b.day(debit, "due", "de_long" if "bis" in wording else "dot"))
    sheet.body = [
        ("title", "Rechnung Strom"),
        (
            "para",
            f"Abrechnungszeitraum {b.day(start, None, 'dot')} bis "
            f"{b.day(issued - dt.timedelta(days=1), None, 'dot')}, "
            f"Zählernummer 1ESY{digits(rng, 8)}",
        ),
        table,
        (
            "kv",
            [
                ("Nettobetrag", b.money(net)),
                ("Umsatzsteuer 19 %", b.money(vat)),
                ("Rechnungsbetrag", b.total(total)),
            ],
        ),
        ("para", debit_text),
        ("para", "Bitte geben Sie bei Rückfragen immer Ihre Kundennummer an."),
    ]
    return sheet, b


def water_au(rng: random.Random) -> tuple[Sheet, Bill]:
    """An Australian water authority's quarterly tax invoice: 'Pay by' in a band, the
    invoice number printed only on the payment slip with the BPAY reference."""
    b = Bill(rng, "au")
    vendor = b.vendor(rng.choice(("Yarra Downs Water Corporation", "Murrumbidgee Coast Water")))
    person = b.person(rng.choice(("Hamish Doyle", "Priscilla Nguyen", "Warrick Teale")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=28)
    kl = rng.randint(40, 160)
    rows = [
        ("Water service charge", None, None, 74.12),
        ("Sewerage service charge", None, None, 141.87),
        (f"Water usage {kl} kL @ $3.2134", kl, 3.2134, round(kl * 3.2134, 2)),
        ("Parks charge (State Government)", None, None, 21.5),
    ]
    table, total = charges(b, ["Charges this quarter", "Amount $"], rows)
    account = f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    number = digits(rng, 10)
    sheet = Sheet(
        head=[vendor, "ABN 71 066 902 467", "Locked Bag 350, Mitcham VIC 3132"],
        address=[person.upper(), f"{rng.randint(2, 80)} Wattle Grove", "BLACKBURN VIC 3130"],
        panel_style="band",
        text_panel=rng.choice(("kv", "kv_below")),
    )
    sheet.panel = [
        ("Account number", account),
        ("Issue date", b.day(issued, "issue", "uk_abbr")),
        ("Amount due", b.total(total)),
        ("Pay by", b.day(due, "due", "uk_abbr")),
    ]
    sheet.body = [
        ("title", "Tax invoice"),
        table,
        ("para", "Total includes GST of $0.00. Water and sewerage charges are GST-free."),
        ("para", "Set up direct debit at yarradowns.example/pay and never miss a due date."),
    ]
    sheet.slip = [
        ("lines", ["Payment slip", vendor]),
        (
            "kv",
            [
                ("Invoice no.", b.number(number)),
                ("Account no.", account),
                ("Amount due", b.money(total)),
                ("Due date", b.day(due, "due", "slash")),
            ],
        ),
        ("lines", [f"Biller code: 1{digits(rng, 5)}   Ref: {number}{rng.randint(0, 9)}"]),
    ]
    return sheet, b


def telecom_fr(rng: random.Random) -> tuple[Sheet, Bill]:
    """A French internet box's facture: N° de facture at the top right, the amount taken 'le'
    a day or 'à régler avant le' a day."""
    b = Bill(rng, "fr")
    vendor = b.vendor(rng.choice(("Orbeline Télécom SAS", "Fibréa SA")))
    person = b.person(rng.choice(("Hélène Marchetti", "Rémi Castagnet", "Odile Ferrand")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((8, 10, 15)))
    rows = [
        ("Forfait Fibre 1 Gb/s", None, None, 29.99),
        ("Option TV", None, None, 4.99),
        ("Communications hors forfait", None, None, round(rng.uniform(0.5, 9), 2)),
    ]
    table, ttc = charges(b, ["Détail", "Montant TTC"], rows)
    number = f"F{issued:%y%m}{digits(rng, 7)}"
    debit = rng.random() < 0.5
    due_text = (
        f"Montant prélevé le {b.day(due, 'due', 'slash')} sur le compte FR76 **** 418"
        if debit
        else f"Montant à régler avant le {b.day(due, 'due', 'fr_long')}"
    )
    sheet = Sheet(
        head=[vendor, "Service clients - TSA 40118 - 69311 Lyon Cedex 07", "SIREN 822 416 903"],
        address=[person, f"{rng.randint(2, 60)} rue des Tanneurs", "31000 Toulouse"],
        panel_style=rng.choice(("box", "stack")),
        text_panel=rng.choice(("kv", "columns")),
    )
    sheet.panel = [
        ("N° de facture", b.number(number)),
        ("Date de facture", b.day(issued, "issue", "slash")),
        ("N° client", digits(rng, 8)),
        ("Ligne", f"05 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}"),
    ]
    ht = round(ttc / 1.2, 2)
    sheet.body = [
        ("title", "Votre facture"),
        ("kv", [("Montant total TTC", b.total(ttc))]),
        ("para", due_text),
        table,
        (
            "kv",
            [
                ("Total HT", b.money(ht)),
                ("TVA 20 %", b.money(round(ttc - ht, 2))),
                ("Total TTC", b.money(ttc)),
            ],
        ),
    ]
    return sheet, b


def mobile_nl(rng: random.Random) -> tuple[Sheet, Bill]:
    """A Dutch mobile operator's factuur: Factuurnummer, Klantnummer and Factuurdatum in a
    band, 'Te betalen vóór' or the direct debit 'rond' a day."""
    b = Bill(rng, "nl")
    vendor = b.vendor(rng.choice(("Belmobiel B.V.", "Zeelink Telecom B.V.")))
    person = b.person(rng.choice(("Joost van Wieringen", "Anouk de Graaf", "Sanne Kuipers")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=14)
    rows = [
        ("Abonnement Onbeperkt 20 GB", None, None, 22.5),
        ("Toestelbetaling", None, None, 15.0),
        ("Bellen buiten bundel", None, None, round(rng.uniform(0.4, 6), 2)),
    ]
    table, total = charges(b, ["Omschrijving", "Bedrag"], rows)
    number = f"{digits(rng, 10)}"
    sheet = Sheet(
        head=[vendor, "Postbus 3311, 3502 GH Utrecht"],
        address=[person, f"Merelstraat {rng.randint(2, 120)}", "3514 CN Utrecht"],
        panel_style="band",
        text_panel=rng.choice(("kv", "kv_below")),
    )
    sheet.panel = [
        ("Klantnummer", digits(rng, 9)),
        ("Factuurnummer", b.number(number)),
        ("Factuurdatum", b.day(issued, "issue", "nl_long")),
        ("Periode", f"{issued:%m}-{issued.year}"),
    ]
    debit = rng.random() < 0.5
    pay = (
        f"Het bedrag van {b.money(total)} wordt rond {b.day(due, 'due', 'nl_long')} "
        "afgeschreven van uw rekening."
        if debit
        else f"Te betalen vóór {b.day(due, 'due', 'dash')} op NL44 ABNA 0412 3377 01."
    )
    sheet.body = [
        ("title", "Uw factuur"),
        table,
        ("kv", [("Totaal incl. btw", b.total(total))]),
        ("para", pay),
    ]
    return sheet, b


def bolletta_it(rng: random.Random) -> tuple[Sheet, Bill]:
    """An Italian gas bolletta: Bolletta n. and Codice cliente, 'Totale da pagare' and
    'Scadenza' in a box, the POD/PDR and period below."""
    b = Bill(rng, "it")
    vendor = b.vendor(rng.choice(("Gasluce Padana S.p.A.", "Energia Ligure S.r.l.")))
    person = b.person(rng.choice(("Giovanna Ferraresi", "Massimo Tedeschi", "Lucia Brambilla")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=20)
    smc = rng.randint(40, 230)
    rows = [
        (f"Spesa per la materia gas naturale {smc} Smc", None, None, round(smc * 0.61, 2)),
        ("Spesa per il trasporto e la gestione del contatore", None, None, 21.34),
        ("Spesa per oneri di sistema", None, None, 3.12),
        ("Imposte", None, None, round(smc * 0.19, 2)),
    ]
    table, net = charges(b, ["Sintesi degli importi", "Importo"], rows)
    iva = round(net * 0.1, 2)
    total = round(net + iva, 2)
    number = f"{issued.year}/{digits(rng, 9)}"
    sheet = Sheet(
        head=[vendor, "Via Emilia Ovest 212, 43126 Parma", "P. IVA 02814470341"],
        address=[person.upper(), f"Via Garibaldi {rng.randint(1, 99)}", "43121 Parma PR"],
        panel_style=rng.choice(("box", "stack")),
        text_panel=rng.choice(("kv", "columns")),
    )
    sheet.panel = [
        ("Bolletta n.", b.number(number)),
        ("del", b.day(issued, "issue", "slash")),
        ("Codice cliente", digits(rng, 8)),
        ("Totale da pagare", b.total(total)),
        ("Scadenza", b.day(due, "due", "slash")),
    ]
    sheet.body = [
        ("title", "Bolletta gas naturale"),
        (
            "para",
            f"PDR {digits(rng, 14)} - Periodo di fatturazione: "
            f"{b.day(issued - dt.timedelta(days=60), None, 'it_long')} - "
            f"{b.day(issued - dt.timedelta(days=1), None, 'it_long')}",
        ),
        table,
        ("kv", [("IVA 10%", b.money(iva)), ("Totale bolletta", b.money(total))]),
    ]
    return sheet, b


def luz_es(rng: random.Random) -> tuple[Sheet, Bill]:
    """A Spanish electricity factura: Nº de factura, Fecha de emisión, 'Fecha de vencimiento'
    or 'Fecha de cargo' in the summary, the CUPS and contract number beside them."""
    b = Bill(rng, "es")
    vendor = b.vendor(rng.choice(("Eléctrica del Jalón S.L.", "Iberluz Comercializadora S.A.")))
    person = b.person(rng.choice(("Rocío Montalbán", "Iñaki Etxeberria", "Pilar Quintana")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((7, 10)))
    kwh = rng.randint(150, 480)
    rows = [
        ("Término de potencia", None, None, 14.27),
        (f"Energía consumida {kwh} kWh x 0,1427 €/kWh", kwh, 0.1427, round(kwh * 0.1427, 2)),
        ("Impuesto eléctrico", None, None, round(kwh * 0.0073, 2)),
        ("Alquiler de equipos", None, None, 0.81),
    ]
    table, base = charges(b, ["Concepto", "Importe"], rows)
    iva = round(base * 0.21, 2)
    total = round(base + iva, 2)
    number = f"{rng.choice(('FE', 'PM'))}{issued:%y}{digits(rng, 8)}"
    due_label = rng.choice(("Fecha de vencimiento", "Fecha de cargo"))
    sheet = Sheet(
        head=[vendor, "CIF B50418337 · Paseo de la Independencia 8, 50004 Zaragoza"],
        address=[person, f"C/ Mayor {rng.randint(1, 80)}, 2º B", "50001 Zaragoza"],
        text_panel=rng.choice(("kv", "kv_below")),
    )
    sheet.panel = [
        ("Nº de factura", b.number(number)),
        ("Fecha de emisión", b.day(issued, "issue", "slash")),
        ("Nº de contrato", digits(rng, 9)),
        ("Importe total", b.total(total)),
        (due_label, b.day(due, "due", "es_long")),
    ]
    sheet.body = [
        ("title", "Factura de electricidad"),
        ("para", f"CUPS ES0031{digits(rng, 12)}JF0F"),
        table,
        ("kv", [("IVA 21%", b.money(iva)), ("Total factura", b.money(total))]),
    ]
    return sheet, b


def phone_ca(rng: random.Random) -> tuple[Sheet, Bill]:
    """A Canadian phone and internet bill over two pages: the bill number in the running
    header of each page, 'Total due by' on page one, the itemised charges on page two."""
    b = Bill(rng, "ca")
    vendor = b.vendor(rng.choice(("Northshore Telecom Inc.", "Laurentide Communications Inc.")))
    person = b.person(rng.choice(("Marc-André Gagnon", "Heather MacLeod", "Devinder Sandhu")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=21)
    number = f"{digits(rng, 4)}{digits(rng, 4)}"
    rows = [
        ("Internet 500", None, None, 85.0),
        ("Home Phone Basic", None, None, 32.95),
        ("Long distance", None, None, round(rng.uniform(1, 12), 2)),
        ("911 service fee", None, None, 0.47),
    ]
    table, net = charges(b, ["Service", "Amount"], rows)
    hst = round(net * 0.13, 2)
    total = round(net + hst, 2)
    account = f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"
    sheet = Sheet(
        running=f"Account {account} · Bill number {b.number(number)} · Page {{page}} of {{pages}}",
        head=[vendor, "PO Box 8750, Station A, Toronto ON M5W 3C2", "HST No. 81447 2291 RT0001"],
        address=[person, f"{rng.randint(10, 900)} Bayview Ave", "Toronto ON M4G 3B9"],
        text_panel="kv",
    )
    sheet.panel = [
        ("Bill date", b.day(issued, "issue", "us_short")),
        ("Total due", b.total(total)),
        ("Total due by", b.day(due, "due", "us_short")),
    ]
    sheet.body = [
        ("heading", "Summary"),
        (
            "kv",
            [
                ("Previous bill", b.money(total + 3.1)),
                ("Payment received, thank you", b.money(-(total + 3.1))),
                ("New charges", b.money(total)),
            ],
        ),
        (
            "para",
            "Pre-authorized payment: the total will be withdrawn from your bank "
            "account on the due date.",
        ),
        ("break", None),
        ("heading", "Your charges in detail"),
        table,
        ("kv", [("HST 13%", b.money(hst)), ("Total new charges", b.money(total))]),
    ]
    return sheet, b


def strom_at(rng: random.Random) -> tuple[Sheet, Bill]:
    """An Austrian electricity Teilbetragsrechnung as a text e-mail's body: Rechnungsnummer in
    a line of several numbers, 'Fällig am' and 'Zahlbar bis'."""
    b = Bill(rng, "at")
    vendor = b.vendor(rng.choice(("Alpenstrom Vertrieb GmbH", "Innviertler Energie AG")))
    person = b.person(rng.choice(("Florian Hochleitner", "Theresa Gruber", "Lukas Pichler")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=14)
    net = rng.choice((58.0, 64.0, 72.0, 81.0))
    vat = round(net * 0.2, 2)
    total = round(net + vat, 2)
    number = f"{issued.year}{digits(rng, 7)}"
    sheet = Sheet(
        head=[vendor, "Linzer Straße 12, 4910 Ried im Innkreis"],
        address=[person, "Hauptplatz 3", "4910 Ried im Innkreis"],
    )
    sheet.body = [
        ("title", "Teilbetragsrechnung"),
        (
            "lines",
            [
                f"Kundennr. {digits(rng, 7)}   Vertragskontonr. {digits(rng, 10)}   "
                f"Rechnungsnr. {b.number(number)}",
                f"Rechnungsdatum: {b.day(issued, 'issue', 'dot')}",
            ],
        ),
        (
            "kv",
            [
                ("Teilbetrag netto", b.money(net)),
                ("20 % USt", b.money(vat)),
                ("Gesamtbetrag", b.total(total)),
                ("Fällig am", b.day(due, "due", "dot")),
            ],
        ),
        (
            "para",
            f"Zahlbar bis {b.day(due, 'due', 'dot')} ohne Abzug auf AT61 1904 3002 3457 "
            "3201 unter Angabe der Rechnungsnummer.",
        ),
    ]
    return sheet, b


__all__ = [
    "bolletta_it",
    "charges",
    "electric_us",
    "energy_uk",
    "luz_es",
    "mobile_nl",
    "phone_ca",
    "stadtwerke_de",
    "strom_at",
    "telecom_fr",
    "water_au",
]
