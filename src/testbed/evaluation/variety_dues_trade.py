"""Service invoices for :mod:`testbed.evaluation.variety_dues`: subscriptions, freight,
customs and tradespeople, as they bill in their countries.

A SaaS renewal invoice ("Invoice number", "Date of issue", "Date due"), a German hosting
provider's Rechnung numbered and dated in its title ("Rechnung Nr. ... vom ..."), a Dutch
forwarder's freight invoice with bill of lading, container and customs entry numbers beside
its own, a courier's import duty and VAT notice ("Pay by"), a British plumber's Word invoice
payable "within 14 days of the invoice date", a German Handwerker's Rechnung "zahlbar
innerhalb von 14 Tagen", an Italian artisan's fattura "n. 18/2026 del ..." with its Scadenza,
a Portuguese fatura (Data de vencimento), a Norwegian faktura (Forfallsdato, KID), a Finnish
lasku (Eräpäivä, viitenumero) and a Belgian facture (Date d'échéance, communication
structurée). The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.variety_dues_power import charges
from testbed.evaluation.variety_dues_print import Sheet
from testbed.evaluation.variety_dues_style import Bill, digits, someday


def saas_renewal(rng: random.Random) -> tuple[Sheet, Bill]:
    """A software subscription's renewal invoice: seats times a price, the service period in
    the row, 'Date due' under 'Date of issue' at the right."""
    b = Bill(rng, "us")
    vendor = b.vendor(
        rng.choice(("Quillstack, Inc.", "Beaconly Software LLC", "Tessellate Labs Inc."))
    )
    customer = b.org(rng.choice(("Marlowe & Pike Architects LLP", "Sunbelt Dental Partners LLC")))
    person = b.person(rng.choice(("Jordan Whitaker", "Mei-Ling Hsu", "Carlos Ibarra")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((0, 15, 30)))
    seats = rng.randint(5, 60)
    price = rng.choice((12.0, 19.0, 29.0))
    end = issued.replace(year=issued.year + 1) - dt.timedelta(days=1)
    period = f"{b.day(issued, None, 'us_short')} - {b.day(end, None, 'us_short')}"
    rows = [
        (f"Team plan (annual), {period}", seats, price * 12, seats * price * 12),
        ("Priority support add-on", 1, 480.0, 480.0),
    ]
    table, net = charges(b, ["Description", "Qty", "Unit price", "Amount"], rows, rate_places=2)
    tax = round(net * 0.0625, 2)
    total = round(net + tax, 2)
    number = f"{rng.choice(('QS', 'BCN', 'TSL'))}-{digits(rng, 4)}-{digits(rng, 4)}"
    sheet = Sheet(
        head=[
            vendor,
            "548 Market St PMB 70112, San Francisco, CA 94104",
            "billing@quillstack.example",
        ],
        address=["Bill to", customer, f"Attn: {person}", "2200 Commerce St, Dallas, TX 75201"],
        panel_style=rng.choice(("box", "stack")),
        text_panel=rng.choice(("kv", "columns")),
    )
    due_text = (
        b.w.key("dueDate", "Due on receipt") if due == issued else b.day(due, "due", "us_long")
    )
    sheet.panel = [
        ("Invoice number", b.number(number)),
        ("Date of issue", b.day(issued, "issue", "us_long")),
        ("Date due", due_text),
    ]
    if due == issued:
        b.w._add(b.w.dates, ("due", due.isoformat()))
    sheet.body = [
        ("title", "Invoice"),
        ("para", f"{b.money(total)} due {due_text if due != issued else 'on receipt'}"),
        table,
        (
            "kv",
            [
                ("Subtotal", b.money(net)),
                ("Sales tax (6.25%)", b.money(tax)),
                ("Total", b.total(total)),
                ("Amount due", b.money(total)),
            ],
        ),
        ("para", "Your subscription renews automatically. Pay online at pay.quillstack.example."),
    ]
    return sheet, b


def hosting_de(rng: random.Random) -> tuple[Sheet, Bill]:
    """A German hosting provider's Rechnung, numbered and dated in its title, the customer
    number in the line beneath, 'Zahlbar bis' or the debit."""
    b = Bill(rng, "de")
    vendor = b.vendor(rng.choice(("Serverwerk Nord GmbH", "Rechenhaus Oberpfalz GmbH")))
    customer = b.org(rng.choice(("Bäckerei Hufnagel GmbH", "Kanzlei Brandt & Vogt PartG mbB")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((7, 10, 14)))
    rows = [
        ("Managed Server M (Monat)", 1, 49.0, 49.0),
        ("Domain .de", 3, 0.99, 2.97),
        ("Backup-Speicher 200 GB", 1, 9.5, 9.5),
    ]
    table, net = charges(b, ["Leistung", "Menge", "Einzelpreis", "Gesamt"], rows, rate_places=2)
    vat = round(net * 0.19, 2)
    total = round(net + vat, 2)
    number = f"RE{issued.year}-{digits(rng, 6)}"
    sheet = Sheet(
        head=[vendor, "Hafenstraße 21 · 24937 Flensburg", "USt-IdNr. DE 298 117 642"],
        address=[customer, "Marktplatz 4", "24103 Kiel"],
        footer=["Geschäftsführer: Henning Asmussen · Amtsgericht Flensburg HRB 11872 FL"],
    )
    sheet.body = [
        ("title", f"Rechnung Nr. {b.number(number)} vom {b.day(issued, 'issue', 'dot')}"),
        ("para", f"Kundennummer K-{digits(rng, 6)} · Leistungszeitraum {issued:%m}/{issued.year}"),
        table,
        (
            "kv",
            [
                ("Summe netto", b.money(net)),
                ("zzgl. 19 % USt.", b.money(vat)),
                ("Rechnungsbetrag", b.total(total)),
            ],
        ),
        (
            "para",
            rng.choice(
                ("Zahlbar bis {} ohne Abzug.", "Der Betrag wird am {} per Lastschrift eingezogen.")
            ).format(b.day(due, "due", "dot")),
        ),
    ]
    b.person("Henning Asmussen")
    return sheet, b


def freight_nl(rng: random.Random) -> tuple[Sheet, Bill]:
    """A Dutch forwarder's freight invoice in English: B/L, container, customs entry and the
    customer's order beside the invoice number, 'Invoice no.' over its value."""
    b = Bill(rng, "nl")
    vendor = b.vendor(rng.choice(("Maasvlakte Forwarding B.V.", "Van Rijn Cargo Services B.V.")))
    customer = b.org(rng.choice(("Kessler Maschinenbau GmbH", "Brightline Outdoor Ltd")))
    issued = someday(rng)
    days = rng.choice((14, 30))
    due = issued + dt.timedelta(days=days)
    rows = [
        ("Ocean freight Shanghai - Rotterdam 1 x 40'HC", 1, 1850.0, 1850.0),
        ("Terminal handling charges", 1, 285.0, 285.0),
        ("Customs clearance (import declaration)", 1, 95.0, 95.0),
        ("Trucking Rotterdam - Venlo", 1, 420.0, 420.0),
    ]
    table, net = charges(b, ["Description", "Units", "Rate", "Amount EUR"], rows, rate_places=2)
    vat = round(420.0 * 0.21, 2)
    total = round(net + vat, 2)
    number = f"{issued.year % 100}{digits(rng, 6)}"
    sheet = Sheet(
        head=[
            vendor,
            "Europaweg 875, 3199 LD Maasvlakte Rotterdam",
            "KvK 24418337 · VAT NL8137.22.914.B01",
        ],
        address=[customer, "Industriestraße 12", "41334 Nettetal, Germany"],
        panel_style="stack",
        text_panel="kv_below",
    )
    sheet.panel = [
        ("Invoice no.", b.number(number)),
        ("Invoice date", b.day(issued, "issue", "dash")),
        ("Due date", b.day(due, "due", "dash")),
    ]
    sheet.body = [
        ("title", "Invoice"),
        (
            "columns",
            [
                ("B/L no.", f"COSU{digits(rng, 10)}"),
                ("Container", f"MSKU {digits(rng, 7)}"),
                ("Customs entry (MRN)", f"{issued.year % 100}NL{digits(rng, 12)}"),
                ("Your order", f"PO-{digits(rng, 5)}"),
            ],
        ),
        table,
        (
            "kv",
            [
                ("Total excl. VAT", b.money(net)),
                ("VAT 21% on 420,00", b.money(vat)),
                ("Total", b.total(total)),
            ],
        ),
        (
            "para",
            f"Payment terms: {days} days net. Please state our invoice number with your payment.",
        ),
    ]
    return sheet, b


def duty_uk(rng: random.Random) -> tuple[Sheet, Bill]:
    """A courier's import VAT and duty notice: the waybill and the 'Invoice number', 'Pay by'
    a day before the parcel goes back."""
    b = Bill(rng, "uk")
    vendor = b.vendor(rng.choice(("Swiftlane Parcels UK Ltd", "Redhawk Express Ltd")))
    person = b.person(rng.choice(("Imogen Hartley", "Kwame Boateng", "Ruairi Gallagher")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((7, 10)))
    duty = round(rng.uniform(4, 30), 2)
    vat = round(rng.uniform(12, 60), 2)
    fee = 11.5
    rows = [
        ("Import duty", None, None, duty),
        ("Import VAT", None, None, vat),
        ("Clearance fee", None, None, fee),
    ]
    table, total = charges(b, ["Charge", "Amount"], rows)
    number = f"{digits(rng, 10)}"
    sheet = Sheet(
        head=[vendor, "Customs Team, Unit 4 Heathrow Cargo Centre, TW6 2JS"],
        address=[person, f"{rng.randint(1, 90)} Tanners Hill", "London SE8 4PX"],
    )
    sheet.body = [
        ("title", "Import charges to pay"),
        (
            "para",
            f"Hello {person.split()[0]}, your parcel from Hong Kong is being held at our "
            "depot until the duty and VAT are paid.",
        ),
        (
            "kv",
            [
                ("Waybill", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"),
                ("Invoice number", b.number(number)),
                ("Date", b.day(issued, "issue", "uk_abbr")),
            ],
        ),
        table,
        ("kv", [("Total to pay", b.total(total))]),
        (
            "para",
            f"Pay by {b.day(due, 'due', 'uk_long')} or your parcel will be returned to the sender.",
        ),
    ]
    return sheet, b


def plumber_uk(rng: random.Random) -> tuple[Sheet, Bill]:
    """A plumber's invoice typed in Word: the number as 'Invoice No:', labour and parts, and
    payment asked 'within 14 days of the invoice date'."""
    b = Bill(rng, "uk")
    trader = rng.choice(("Gareth Price Plumbing & Heating", "D. Kaminski Heating Services"))
    vendor = b.vendor(trader)
    person = b.person(rng.choice(("Sheila Thornbury", "Adrian Mbeki", "Lorna Cattermole")))
    issued = someday(rng)
    days = rng.choice((7, 14, 30))
    hours = rng.choice((2.5, 3.0, 4.0))
    rows = [
        ("Labour", hours, 55.0, hours * 55.0),
        ("Thermostatic radiator valves", 2, 18.5, 37.0),
        ("Magnetic system filter", 1, 89.0, 89.0),
    ]
    table, total = charges(b, ["Description", "Qty/Hrs", "Rate", "Total"], rows, rate_places=2)
    number = f"{rng.randint(40, 400):04d}"
    due = issued + dt.timedelta(days=days)
    b.w._add(b.w.dates, ("due", due.isoformat()))
    sheet = Sheet(
        head=[vendor, "Gas Safe Reg. 551904", "07700 900461"],
        address=["To:", person, f"{rng.randint(2, 80)} Chapel Street", "Cardiff CF5 1NN"],
    )
    sheet.body = [
        ("title", "INVOICE"),
        ("kv", [("Invoice No", b.number(number)), ("Date", b.day(issued, "issue", "slash"))]),
        (
            "para",
            "Works: replaced two radiator valves, fitted filter, flushed and "
            "re-pressurised system.",
        ),
        table,
        ("kv", [("TOTAL DUE", b.total(total))]),
        (
            "para",
            f"{b.w.key('dueDate', f'Payment within {days} days of the invoice date')} "
            "please. Not VAT registered. Bank: sort code 30-94-57, account 22104418.",
        ),
    ]
    return sheet, b


def handwerker_de(rng: random.Random) -> tuple[Sheet, Bill]:
    """A German tradesman's Rechnung: Rechnungsnummer under Kundennummer and Auftrag, the
    Leistungsdatum, 'zahlbar innerhalb von 14 Tagen ohne Abzug'."""
    b = Bill(rng, "de")
    vendor = b.vendor(rng.choice(("Malerbetrieb Stefan Korte", "Elektro Wiesinger GmbH")))
    person = b.person(rng.choice(("Renate Hofbauer", "Dieter Lampe", "Claudia Ostrowski")))
    issued = someday(rng)
    days = rng.choice((8, 14))
    rows = [
        ("Arbeitszeit Geselle", 6.5, 52.0, 338.0),
        ("Arbeitszeit Meister", 1.0, 68.0, 68.0),
        ("Material lt. Aufstellung", 1, 143.6, 143.6),
        ("Anfahrtspauschale", 1, 35.0, 35.0),
    ]
    table, net = charges(b, ["Bezeichnung", "Menge", "Einzelpreis", "Betrag"], rows, rate_places=2)
    vat = round(net * 0.19, 2)
    total = round(net + vat, 2)
    number = f"{issued.year}-{rng.randint(100, 999)}"
    due = issued + dt.timedelta(days=days)
    b.w._add(b.w.dates, ("due", due.isoformat()))
    sheet = Sheet(
        head=[vendor, "Kirchgasse 5 · 93047 Regensburg · Tel. 0941 55 80 12"],
        address=[
            f"Frau {person}" if person.startswith(("R", "C")) else f"Herrn {person}",
            "Am Singrün 9",
            "93049 Regensburg",
        ],
        panel_style="box",
        text_panel=rng.choice(("kv", "columns")),
    )
    sheet.panel = [
        ("Kundennummer", digits(rng, 5)),
        ("Rechnungsnummer", b.number(number)),
        ("Rechnungsdatum", b.day(issued, "issue", "dot")),
        ("Leistungsdatum", b.day(issued - dt.timedelta(days=3), None, "dot")),
    ]
    sheet.body = [
        ("title", "Rechnung"),
        table,
        (
            "kv",
            [
                ("Nettobetrag", b.money(net)),
                ("MwSt. 19 %", b.money(vat)),
                ("Gesamtbetrag", b.total(total)),
            ],
        ),
        (
            "para",
            f"Der Rechnungsbetrag ist {b.w.key('dueDate', f'zahlbar innerhalb von {days} Tagen')} "
            "ohne Abzug. Lohnanteil gem. § 35a EStG: "
            f"{b.money(406.0)}.",
        ),
    ]
    return sheet, b


def fattura_it(rng: random.Random) -> tuple[Sheet, Bill]:
    """An Italian artisan's fattura numbered and dated in one line ('n. 18/2026 del ...'),
    the Scadenza in the payment block at the foot."""
    b = Bill(rng, "it")
    vendor = b.vendor(rng.choice(("Idraulica Bertolini S.n.c.", "Falegnameria Rinaldi S.r.l.")))
    person = b.person(rng.choice(("Francesca Lombardi", "Giorgio Sala", "Elena Marchesi")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=30)
    rows = [
        ("Manodopera", 5, 38.0, 190.0),
        ("Miscelatore termostatico", 1, 164.0, 164.0),
        ("Materiale di consumo", 1, 22.5, 22.5),
    ]
    table, net = charges(b, ["Descrizione", "Q.tà", "Prezzo", "Importo"], rows, rate_places=2)
    iva = round(net * 0.22, 2)
    total = round(net + iva, 2)
    number = f"{rng.randint(3, 90)}/{issued.year}"
    sheet = Sheet(
        head=[vendor, "Via dei Mille 14, 25122 Brescia", "P.IVA 03318420987"],
        address=["Spett.le", person, "Via Trieste 3", "25121 Brescia"],
    )
    sheet.body = [
        ("title", f"Fattura n. {b.number(number)} del {b.day(issued, 'issue', 'slash')}"),
        table,
        (
            "kv",
            [
                ("Imponibile", b.money(net)),
                ("IVA 22%", b.money(iva)),
                ("Totale documento", b.total(total)),
            ],
        ),
        ("heading", "Pagamento"),
        (
            "kv",
            [
                ("Modalità", "Bonifico bancario"),
                ("IBAN", "IT60 X054 2811 1010 0000 0123 456"),
                ("Scadenza", b.day(due, "due", "slash")),
            ],
        ),
    ]
    return sheet, b


def fatura_pt(rng: random.Random) -> tuple[Sheet, Bill]:
    """A Portuguese fatura from certified software: 'Fatura FT 2026A/118', Data de emissão,
    Data de vencimento, the ATCUD."""
    b = Bill(rng, "pt")
    vendor = b.vendor(
        rng.choice(("Climatejo Instalações, Lda.", "Serralharia Duarte & Filhos, Lda."))
    )
    customer = b.org(rng.choice(("Padaria Estrela do Minho, Lda.", "Clínica Sorriso Azul, Lda.")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((15, 30)))
    rows = [
        ("Manutenção anual ar condicionado", 2, 75.0, 150.0),
        ("Filtro de substituição", 4, 12.4, 49.6),
    ]
    table, net = charges(b, ["Descrição", "Qtd.", "Preço unit.", "Valor"], rows, rate_places=2)
    iva = round(net * 0.23, 2)
    total = round(net + iva, 2)
    number = f"FT {issued.year}A/{rng.randint(20, 900)}"
    sheet = Sheet(
        head=[vendor, "Rua do Comércio 41, 4700-321 Braga", "NIF 514 227 830"],
        address=[customer, "Avenida da Liberdade 77", "4710-249 Braga"],
        panel_style="band",
        text_panel=rng.choice(("kv", "kv_below")),
    )
    sheet.panel = [
        ("Fatura", b.number(number)),
        ("Data de emissão", b.day(issued, "issue", "iso")),
        ("Data de vencimento", b.day(due, "due", "iso")),
        ("ATCUD", f"JF{digits(rng, 6)}-{rng.randint(20, 900)}"),
    ]
    sheet.body = [
        ("title", "Original"),
        table,
        (
            "kv",
            [
                ("Total ilíquido", b.money(net)),
                ("IVA 23%", b.money(iva)),
                ("Total a pagar", b.total(total)),
            ],
        ),
        ("para", "Processado por programa certificado n.º 2187/AT"),
    ]
    return sheet, b


def faktura_no(rng: random.Random) -> tuple[Sheet, Bill]:
    """A Norwegian faktura: Fakturanr., Fakturadato and Forfallsdato at the right, the KID and
    account on the giro at the foot."""
    b = Bill(rng, "no")
    vendor = b.vendor(rng.choice(("Fjordvarme AS", "Bergli Rørleggerservice AS")))
    person = b.person(rng.choice(("Ingrid Solberg", "Håkon Berntsen", "Sigrid Dahle")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((14, 20)))
    rows = [
        ("Fjernvarme energiledd 1840 kWh", 1840, 0.892, round(1840 * 0.892, 2)),
        ("Fastledd", None, None, 310.0),
    ]
    table, net = charges(b, ["Beskrivelse", "Antall", "Pris", "Beløp"], rows, rate_places=3)
    mva = round(net * 0.25, 2)
    total = round(net + mva, 2)
    number = digits(rng, 7)
    sheet = Sheet(
        head=[vendor, "Sandviksboder 8, 5035 Bergen", "Org.nr. 917 442 118 MVA"],
        address=[person, f"Kalfarveien {rng.randint(2, 90)}", "5018 Bergen"],
        text_panel=rng.choice(("kv", "columns")),
    )
    sheet.panel = [
        ("Kundenr.", digits(rng, 6)),
        ("Fakturanr.", b.number(number)),
        ("Fakturadato", b.day(issued, "issue", "dot")),
        ("Forfallsdato", b.day(due, "due", "dot")),
    ]
    sheet.body = [
        ("title", "Faktura"),
        table,
        (
            "kv",
            [
                ("Sum eks. mva", b.money(net)),
                ("Mva 25 %", b.money(mva)),
                ("Å betale", b.total(total)),
            ],
        ),
    ]
    sheet.slip = [
        ("lines", ["GIRO   Betalingsinformasjon"]),
        (
            "kv",
            [
                ("KID", f"{number}{digits(rng, 3)}"),
                ("Til konto", "1503.22.18844"),
                ("Beløp", b.money(total)),
                ("Betalingsfrist", b.day(due, "due", "dot")),
            ],
        ),
    ]
    return sheet, b


def lasku_fi(rng: random.Random) -> tuple[Sheet, Bill]:
    """A Finnish lasku: Laskun numero, Päiväys, Eräpäivä and the viitenumero, the terms as
    '14 pv netto'."""
    b = Bill(rng, "fi")
    vendor = b.vendor(rng.choice(("Kiinteistöhuolto Laine Oy", "Tampereen Putkityö Oy")))
    customer = b.org(rng.choice(("Asunto Oy Koivuranta", "Asunto Oy Pellavatehdas")))
    issued = someday(rng)
    days = rng.choice((14, 21))
    due = issued + dt.timedelta(days=days)
    rows = [("Kiinteistöhuolto, kuukausimaksu", 1, 640.0, 640.0), ("Lumityöt", 6, 45.0, 270.0)]
    table, net = charges(b, ["Tuote", "Määrä", "à-hinta", "Yhteensä"], rows, rate_places=2)
    alv = round(net * 0.255, 2)
    total = round(net + alv, 2)
    number = digits(rng, 5)
    sheet = Sheet(
        head=[vendor, "Hämeenkatu 12, 33100 Tampere", "Y-tunnus 2841137-5"],
        address=[customer, "Isännöitsijä", "Koivurannantie 4", "33400 Tampere"],
        panel_style="stack",
        text_panel="kv_below",
    )
    sheet.panel = [
        ("Laskun numero", b.number(number)),
        ("Päiväys", b.day(issued, "issue", "dot")),
        ("Maksuehto", f"{days} pv netto"),
        ("Eräpäivä", b.day(due, "due", "dot")),
        ("Viitenumero", f"{number}{digits(rng, 3)}"),
    ]
    sheet.body = [
        ("title", "LASKU"),
        table,
        (
            "kv",
            [
                ("Veroton yhteensä", b.money(net)),
                ("ALV 25,5 %", b.money(alv)),
                ("Yhteensä", b.total(total)),
            ],
        ),
    ]
    return sheet, b


def facture_be(rng: random.Random) -> tuple[Sheet, Bill]:
    """A Belgian facture: Facture n° and Date in a band, the communication structurée
    +++ ... +++ to quote, 'Date d'échéance' beside the amount to pay."""
    b = Bill(rng, "be")
    vendor = b.vendor(rng.choice(("Chauffage Delvaux SRL", "Toitures Lemaire SPRL")))
    person = b.person(rng.choice(("Véronique Dubois", "Thierry Wauters", "Nathalie Peeters")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=30)
    rows = [("Entretien chaudière gaz", 1, 135.0, 135.0), ("Déplacement", 1, 25.0, 25.0)]
    table, net = charges(
        b, ["Description", "Qté", "Prix unitaire", "Total HTVA"], rows, rate_places=2
    )
    tva = round(net * 0.06, 2)
    total = round(net + tva, 2)
    number = f"{issued.year}/{rng.randint(100, 999):04d}"
    sheet = Sheet(
        head=[vendor, "Rue de Fragnée 82, 4000 Liège", "TVA BE 0712.448.309"],
        address=[person, f"Avenue Rogier {rng.randint(2, 80)}", "4000 Liège"],
        panel_style="band",
        text_panel=rng.choice(("kv", "columns")),
    )
    sheet.panel = [
        ("Facture n°", b.number(number)),
        ("Date", b.day(issued, "issue", "slash")),
        ("N° client", digits(rng, 4)),
    ]
    sheet.body = [
        ("title", "Facture"),
        table,
        (
            "kv",
            [
                ("Total HTVA", b.money(net)),
                ("TVA 6 %", b.money(tva)),
                ("Total TVAC", b.total(total)),
                ("Date d'échéance", b.day(due, "due", "slash")),
            ],
        ),
        (
            "para",
            f"Merci de verser le montant sur BE71 0961 2345 6769 avec la communication "
            f"+++{digits(rng, 3)}/{digits(rng, 4)}/{digits(rng, 5)}+++.",
        ),
    ]
    return sheet, b


__all__ = [
    "duty_uk",
    "facture_be",
    "faktura_no",
    "fattura_it",
    "fatura_pt",
    "freight_nl",
    "handwerker_de",
    "hosting_de",
    "lasku_fi",
    "plumber_uk",
    "saas_renewal",
]
