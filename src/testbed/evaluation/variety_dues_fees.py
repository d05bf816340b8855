"""Premiums, taxes, rent and fees for :mod:`testbed.evaluation.variety_dues`: the notices
that ask a household to pay by a day.

A British motor insurer's premium notice ("Our invoice no." over its value, the policy's
period), a German insurer's Beitragsrechnung ("Der Beitrag ist fällig am"), a British council
tax bill with its instalments, a managing agent's service charge demand ("Please quote
reference ... when paying", "Payment due on or before"), a school's fees invoice, a Swedish
club's membership invoice (Fakturanummer, OCR-nummer, Förfallodag), an American dental
statement with its stub, a Swiss doctor's Rechnung ("zahlbar innert 30 Tagen"), a Dutch
municipality's aanslag (Aanslagnummer, Dagtekening, Vervaldatum) and a Polish internet
provider's faktura (Termin płatności). The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.variety_dues_power import charges
from testbed.evaluation.variety_dues_print import Sheet
from testbed.evaluation.variety_dues_style import Bill, digits, someday


def premium_uk(rng: random.Random) -> tuple[Sheet, Bill]:
    """A UK motor insurer's premium notice: policy number and 'Our invoice no.' over their
    values in a stacked panel, the period of cover, 'Please pay by'."""
    b = Bill(rng, "uk")
    vendor = b.vendor(
        rng.choice(("Wrekin Mutual Insurance plc", "Harrowgate Motor Underwriting Ltd"))
    )
    person = b.person(rng.choice(("Bethan Lloyd-Hughes", "Tariq Mahmood", "Fiona Strachan")))
    issued = someday(rng)
    start = issued + dt.timedelta(days=21)
    end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
    due = start - dt.timedelta(days=rng.choice((1, 7)))
    premium = round(rng.uniform(380, 1100), 2)
    ipt = round(premium * 0.12, 2)
    total = round(premium + ipt, 2)
    number = f"INV{digits(rng, 7)}"
    sheet = Sheet(
        head=[vendor, "Shrewsbury Business Park, Shrewsbury SY2 6LG"],
        address=[person, f"{rng.randint(2, 60)} Coleham Head", "Shrewsbury SY3 7BJ"],
        panel_style="stack",
        text_panel="kv_below",
        footer=["Authorised by the Prudential Regulation Authority. Firm Reference No. 202114."],
    )
    sheet.panel = [
        ("Policy number", f"MTR/{digits(rng, 6)}/{rng.randint(1, 9)}"),
        ("Our invoice no.", b.number(number)),
        ("Date", b.day(issued, "issue", "uk_long")),
    ]
    sheet.body = [
        ("title", "Renewal premium notice"),
        (
            "para",
            f"Your motor insurance renews on {b.day(start, 'effective', 'uk_long')}. Period of "
            f"cover: {b.day(start, 'effective', 'slash')} to {b.day(end, 'end', 'slash')}.",
        ),
        (
            "kv",
            [
                ("Annual premium", b.money(premium)),
                ("Insurance Premium Tax at 12%", b.money(ipt)),
                ("Total payable", b.total(total)),
            ],
        ),
        (
            "para",
            f"Please pay by {b.day(due, 'due', 'uk_long')} so that your cover continues "
            "without a break. Quote your policy number with any payment.",
        ),
    ]
    return sheet, b


def beitrag_de(rng: random.Random) -> tuple[Sheet, Bill]:
    """A German insurer's Beitragsrechnung: Versicherungsschein-Nr. and Rechnungs-Nr. side by
    side, the premium due 'am' a day, the insurance year."""
    b = Bill(rng, "de")
    vendor = b.vendor(
        rng.choice(("Hanseatische Hausrat Versicherung AG", "Württemberger Sachversicherung a.G."))
    )
    person = b.person(rng.choice(("Ingrid Seifert", "Torsten Kühnel", "Miriam Osterloh")))
    issued = someday(rng)
    start = dt.date(issued.year + (issued.month > 10), (issued.month % 12) + 1, 1)
    end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
    net = round(rng.uniform(90, 420), 2)
    tax = round(net * 0.19, 2)
    total = round(net + tax, 2)
    number = f"{digits(rng, 2)}-{digits(rng, 7)}"
    sheet = Sheet(
        head=[vendor, "Ballindamm 40 · 20095 Hamburg"],
        address=[person, f"Goethestraße {rng.randint(2, 90)}", "22767 Hamburg"],
        panel_style="box",
        text_panel=rng.choice(("kv", "columns")),
    )
    sheet.panel = [
        ("Versicherungsschein-Nr.", f"HR {digits(rng, 9)}"),
        ("Rechnungs-Nr.", b.number(number)),
        ("Datum", b.day(issued, "issue", "dot")),
    ]
    sheet.body = [
        ("title", "Beitragsrechnung"),
        (
            "para",
            f"Versicherungsjahr {b.day(start, 'effective', 'dot')} bis {b.day(end, 'end', 'dot')}",
        ),
        ("table", [["Sparte", "Beitrag"], ["Hausratversicherung", b.money(net, bare=True)]]),
        (
            "kv",
            [("Versicherungsteuer 19 %", b.money(tax)), ("Zu zahlender Beitrag", b.total(total))],
        ),
        (
            "para",
            f"Der Beitrag ist fällig am {b.day(start, 'due', 'dot')}. Wir buchen ihn von "
            "Ihrem Konto DE12 2005 0550 **** **** 17 ab (Mandatsreferenz HH-"
            f"{digits(rng, 8)}).",
        ),
    ]
    b.item("Hausratversicherung", None, None, net)
    return sheet, b


def council_tax_uk(rng: random.Random) -> tuple[Sheet, Bill]:
    """A British council tax bill: account reference, bill number and date of issue in a
    box; the year's charge and ten monthly instalments, each due on a day."""
    b = Bill(rng, "uk")
    vendor = b.vendor(rng.choice(("Hartsbury Borough Council", "Kenmore District Council")))
    person = b.person(rng.choice(("Nadia Kowalczyk", "Graham Etherington", "Olu Adebayo")))
    year = rng.choice((2025, 2026))
    issued = dt.date(year, 3, rng.randint(2, 12))
    charge = round(rng.uniform(1400, 2600), 2)
    first = round(charge - 9 * round(charge / 10), 2)
    rest = round(charge / 10)
    number = digits(rng, 8)
    sheet = Sheet(
        head=[vendor, "Revenues Section, Civic Centre, Hartsbury HB1 1AA"],
        address=[person, f"{rng.randint(2, 99)} Orchard Rise", "Hartsbury HB4 6TQ"],
        text_panel="columns",
    )
    sheet.panel = [
        ("Account reference", f"{digits(rng, 9)}"),
        ("Bill number", b.number(number)),
        ("Date of issue", b.day(issued, "issue", "uk_long")),
        ("Band", rng.choice("BCD")),
    ]
    rows = [["Instalment", "Due date", "Amount"]]
    for index in range(10):
        day = dt.date(year, 4 + index, 1) if index < 9 else dt.date(year + 1, 1, 1)
        amount = first if index == 0 else float(rest)
        rows.append([str(index + 1), b.day(day, "due", "uk_abbr"), b.money(amount, bare=True)])
    sheet.body = [
        ("title", f"Council Tax Bill {year}/{str(year + 1)[2:]}"),
        ("kv", [("Annual charge", b.total(charge))]),
        ("para", "Your instalments will be collected by Direct Debit on the dates below."),
        ("table", rows),
    ]
    return sheet, b


def service_charge_uk(rng: random.Random) -> tuple[Sheet, Bill]:
    """A managing agent's service charge and ground rent demand: the number only in a
    'Please quote reference' sentence, 'Payment due on or before' the quarter day."""
    b = Bill(rng, "uk")
    vendor = b.vendor(
        rng.choice(("Calder Block Management Ltd", "Beaumont & Reeve Property Management LLP"))
    )
    person = b.person(rng.choice(("Harriet Osei", "Dominic Fairweather", "Yasmin Chaudhry")))
    issued = someday(rng)
    due = rng.choice(
        (
            dt.date(issued.year, 3, 25),
            dt.date(issued.year, 6, 24),
            dt.date(issued.year, 9, 29),
            dt.date(issued.year, 12, 25),
        )
    )
    issued = due - dt.timedelta(days=rng.choice((21, 28, 30)))
    rows = [
        ("Service charge (half year on account)", None, None, round(rng.uniform(600, 1400), 2)),
        ("Reserve fund contribution", None, None, 250.0),
        ("Ground rent", None, None, 125.0),
    ]
    table, total = charges(b, ["Description", "Amount £"], rows)
    number = f"D{digits(rng, 6)}"
    sheet = Sheet(
        head=[vendor, "2 Piece Hall Yard, Halifax HX1 1RE"],
        address=[person, f"Flat {rng.randint(1, 30)}, Wainhouse Court", "Halifax HX3 0AB"],
        text_panel="kv",
        footer=["A summary of tenants' rights and obligations accompanies this demand."],
    )
    sheet.panel = [
        ("Property", f"Flat {rng.randint(1, 30)}, Wainhouse Court"),
        ("Date", b.day(issued, "issue", "ordinal")),
    ]
    sheet.body = [
        ("title", "Demand for payment"),
        table,
        ("kv", [("Total now due", b.total(total))]),
        (
            "para",
            f"Payment due on or before {b.day(due, 'due', 'uk_long')}. Please quote "
            f"reference {b.number(number)} when paying by bank transfer to sort code "
            "40-11-62, account 71203349.",
        ),
    ]
    return sheet, b


def school_fees(rng: random.Random) -> tuple[Sheet, Bill]:
    """An independent school's termly fees invoice: pupil and account numbers beside the
    invoice number, fees 'payable before the first day of term'."""
    b = Bill(rng, "uk")
    vendor = b.vendor(rng.choice(("St Aldhelm's School Trust", "Ravensworth College")))
    parent = b.person(rng.choice(("Caroline Hext", "Jonathan Adeyemi", "Rebecca Sturridge")))
    issued = someday(rng)
    term = issued + dt.timedelta(days=rng.choice((24, 30, 35)))
    fee = round(rng.uniform(5200, 8900), 2)
    rows = [
        ("Tuition fee", None, None, fee),
        ("Lunches", None, None, 412.5),
        ("Music tuition (violin, 10 lessons)", 10, 28.5, 285.0),
    ]
    table, total = charges(b, ["Item", "Qty", "Rate", "Amount"], rows, rate_places=2)
    number = f"{digits(rng, 5)}"
    sheet = Sheet(
        head=[vendor, "Bursary, The Old Rectory, Sherborne DT9 3AP", "Registered charity 1009431"],
        address=[
            f"Mrs {parent}" if parent.startswith(("C", "R")) else f"Mr {parent}",
            "Yew Tree Cottage",
            "Milborne Port DT9 5BB",
        ],
        panel_style=rng.choice(("box", "stack")),
        text_panel=rng.choice(("kv", "columns")),
    )
    sheet.panel = [
        ("Invoice No", b.number(number)),
        ("Family account", f"F{digits(rng, 4)}"),
        ("Pupil", f"{rng.choice(('Tom', 'Ella', 'Kit'))} (Year {rng.randint(7, 11)})"),
        ("Invoice date", b.day(issued, "issue", "uk_long")),
    ]
    sheet.body = [
        ("title", "Fees invoice"),
        table,
        ("kv", [("Amount due", b.total(total))]),
        (
            "para",
            f"Fees are payable before the first day of term, {b.day(term, 'due', 'uk_long')}. "
            "A term's notice in writing is required before a pupil is withdrawn.",
        ),
    ]
    return sheet, b


def club_se(rng: random.Random) -> tuple[Sheet, Bill]:
    """A Swedish sports club's membership invoice: Fakturanummer and OCR-nummer, Förfallodag
    in a band, Bankgiro on the slip."""
    b = Bill(rng, "se")
    vendor = b.vendor(rng.choice(("Kungsbacka Tennisklubb", "IFK Västerhöjd")))
    person = b.person(rng.choice(("Ebba Lindgren", "Oskar Holmqvist", "Maja Forsberg")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=30)
    rows = [
        ("Medlemsavgift vuxen", None, None, 650.0),
        ("Träningsavgift vår", None, None, 1850.0),
        ("Licensavgift", None, None, 150.0),
    ]
    table, total = charges(b, ["Avser", "Belopp"], rows)
    number = digits(rng, 5)
    ocr = f"{number}{digits(rng, 4)}"
    sheet = Sheet(
        head=[vendor, "Box 214, 434 23 Kungsbacka", "Org.nr 849600-1172"],
        address=[person, f"Särövägen {rng.randint(2, 90)}", "434 37 Kungsbacka"],
        panel_style="band",
        text_panel=rng.choice(("kv", "kv_below")),
    )
    sheet.panel = [
        ("Fakturadatum", b.day(issued, "issue", "iso")),
        ("Fakturanummer", b.number(number)),
        ("Förfallodag", b.day(due, "due", "iso")),
        ("Att betala", b.total(total)),
    ]
    sheet.body = [("title", "Faktura"), table, ("para", "Föreningen är inte momsregistrerad.")]
    sheet.slip = [
        ("lines", ["Inbetalning"]),
        (
            "kv",
            [
                ("Bankgiro", "5521-4417"),
                ("OCR-nummer", ocr),
                ("Belopp", b.money(total)),
                ("Förfallodag", b.day(due, "due", "iso")),
            ],
        ),
    ]
    return sheet, b


def dental_us(rng: random.Random) -> tuple[Sheet, Bill]:
    """An American dental practice's patient statement: insurance payments in the rows,
    'Statement #' and 'Please pay this amount by' on the stub at the top."""
    b = Bill(rng, "us")
    vendor = b.vendor(
        rng.choice(("Lakeview Family Dentistry, P.C.", "Copper Creek Dental Group, PLLC"))
    )
    person = b.person(rng.choice(("Brandon Kowalski", "Alicia Ferreira", "Wendell Ames")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((15, 30)))
    visit = issued - dt.timedelta(days=rng.randint(20, 40))
    fees = [
        ("D0120 Periodic oral evaluation", 62.0),
        ("D1110 Prophylaxis - adult", 118.0),
        ("D0274 Bitewings - four films", 84.0),
        ("D2392 Resin composite, 2 surfaces", 245.0),
    ]
    rows = [["Date", "Code / Description", "Charge", "Credit"]]
    charged = 0.0
    for text, fee in rng.sample(fees, 3):
        rows.append([b.day(visit, None, "us_slash"), text, b.money(fee, bare=True), ""])
        b.item(text, None, None, fee)
        charged += fee
    paid = round(charged * 0.7, 2)
    rows.append(
        [
            b.day(visit + dt.timedelta(days=14), None, "us_slash"),
            "Insurance payment - Delta Benefit Plan",
            "",
            b.money(-paid, bare=True),
        ]
    )
    b.item("Insurance payment - Delta Benefit Plan", None, None, -paid)
    balance = round(charged - paid, 2)
    number = digits(rng, 6)
    sheet = Sheet(
        head=[vendor, "1180 Lakeview Pkwy, Suite 210, Vernon Hills, IL 60061", "(847) 555-0133"],
        address=[person.upper(), f"{rng.randint(100, 999)} Aspen Ct", "Mundelein IL 60060"],
        text_panel="columns",
        panel_style="stack",
    )
    sheet.panel = [
        ("Statement #", b.number(number)),
        ("Statement Date", b.day(issued, "issue", "us_slash")),
        ("Please pay this amount", b.total(balance)),
        ("by", b.day(due, "due", "us_slash")),
    ]
    sheet.body = [
        ("title", "Patient Statement"),
        ("para", f"Account # {digits(rng, 5)}   Patient: {person}"),
        ("table", rows),
        ("kv", [("Patient balance", b.money(balance))]),
        ("para", "Thank you! We accept Visa, MasterCard, Discover and CareCredit."),
    ]
    return sheet, b


def arzt_ch(rng: random.Random) -> tuple[Sheet, Bill]:
    """A Swiss doctor's Rechnung (Tiers garant): Rechnungs-Nr. over its value, payable
    'innert 30 Tagen' from the invoice date, positions with tariff points."""
    b = Bill(rng, "ch")
    vendor = b.vendor(rng.choice(("Praxis am Rosenberg AG", "Hausarztzentrum Limmattal AG")))
    person = b.person(rng.choice(("Urs Bachmann", "Regula Meier-Studer", "Beat Zollinger")))
    issued = someday(rng)
    days = rng.choice((30, 30, 20))
    rows = [
        ("Konsultation, erste 5 Min.", 1, 17.79, 17.79),
        ("Konsultation, jede weiteren 5 Min.", 3, 17.79, 53.37),
        ("Labor: Blutbild", 1, 23.4, 23.4),
    ]
    table, total = charges(b, ["Leistung", "Anzahl", "Preis", "Betrag"], rows, rate_places=2)
    number = f"{digits(rng, 6)}"
    sheet = Sheet(
        head=[
            vendor,
            "Rosenbergstrasse 30, 9000 St. Gallen",
            "ZSR-Nr. K 1712.34 · GLN 7601000123456",
        ],
        address=[f"Herr {person}", "Bahnhofstrasse 8", "9000 St. Gallen"],
        panel_style="stack",
        text_panel="kv_below",
    )
    sheet.panel = [
        ("Rechnungs-Nr.", b.number(number)),
        ("Rechnungsdatum", b.day(issued, "issue", "dot")),
        ("Patient", f"{person}, geb. 14.02.1961"),
    ]
    due = issued + dt.timedelta(days=days)
    b.w._add(b.w.dates, ("due", due.isoformat()))
    sheet.body = [
        ("title", "Rechnung"),
        (
            "para",
            "Tiers garant - Krankheit - Behandlung "
            f"vom {b.day(issued - dt.timedelta(days=6), None, 'dot')}",
        ),
        table,
        ("kv", [("Total", b.total(total))]),
        (
            "para",
            f"{b.w.key('dueDate', f'Zahlbar innert {days} Tagen')}. Bitte benützen Sie den "
            "beiliegenden Einzahlungsschein. Rückforderungsbeleg für Ihre Krankenkasse.",
        ),
    ]
    return sheet, b


def gemeente_nl(rng: random.Random) -> tuple[Sheet, Bill]:
    """A Dutch municipality's tax assessment: Aanslagnummer, Dagtekening and Vervaldatum in
    a box; OZB, afvalstoffenheffing and rioolheffing as rows."""
    b = Bill(rng, "nl")
    vendor = b.vendor(rng.choice(("Gemeente Wijkendam", "Gemeente Oosterveld")))
    person = b.person(rng.choice(("Pieter Brouwer", "Femke Hoekstra", "Ruud Verhoeven")))
    year = rng.choice((2025, 2026))
    issued = dt.date(year, 2, rng.randint(20, 28))
    due = issued + dt.timedelta(days=rng.choice((30, 60)))
    rows = [
        ("Onroerendezaakbelasting eigenaren", None, None, round(rng.uniform(220, 480), 2)),
        ("Afvalstoffenheffing meerpersoonshuishouden", None, None, 312.0),
        ("Rioolheffing", None, None, 198.5),
    ]
    table, total = charges(b, ["Belastingsoort", "Bedrag"], rows)
    number = f"{digits(rng, 4)}.{digits(rng, 4)}.{digits(rng, 4)}"
    sheet = Sheet(
        head=[vendor, "Afdeling Belastingen, Postbus 40, 7200 AA Wijkendam"],
        address=[f"De heer {person}", f"Kerkstraat {rng.randint(1, 80)}", "7201 BK Wijkendam"],
        text_panel=rng.choice(("kv", "columns")),
    )
    sheet.panel = [
        ("Aanslagnummer", b.number(number)),
        ("Dagtekening", b.day(issued, "issue", "dash")),
        ("Vervaldatum", b.day(due, "due", "dash")),
        ("Belastingjaar", str(year)),
    ]
    sheet.body = [
        ("title", f"Aanslagbiljet gemeentelijke belastingen {year}"),
        table,
        ("kv", [("Totaal aanslag", b.total(total))]),
        (
            "para",
            "Betaalt u liever in termijnen? Machtig de gemeente voor automatische "
            "incasso in tien termijnen.",
        ),
    ]
    return sheet, b


def internet_pl(rng: random.Random) -> tuple[Sheet, Bill]:
    """A Polish internet provider's faktura VAT: its number in the title, 'Data wystawienia'
    and 'Termin płatności', the customer's number beside them."""
    b = Bill(rng, "pl")
    vendor = b.vendor(rng.choice(("Wiślanet Sp. z o.o.", "Mazowiecka Sieć Światłowodowa S.A.")))
    person = b.person(rng.choice(("Agnieszka Wróblewska", "Tomasz Zieliński", "Katarzyna Nowicka")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=14)
    net = rng.choice((48.77, 56.91, 64.23))
    vat = round(net * 0.23, 2)
    gross = round(net + vat, 2)
    number = f"FV/{digits(rng, 5)}/{issued:%m}/{issued.year}"
    table = (
        "table",
        [
            ["Lp.", "Nazwa usługi", "Netto", "VAT", "Brutto"],
            [
                "1",
                "Internet światłowodowy 600 Mb/s",
                b.money(net, bare=True),
                "23%",
                b.money(gross, bare=True),
            ],
        ],
    )
    b.item("Internet światłowodowy 600 Mb/s", None, None, gross)
    sheet = Sheet(
        head=[vendor, "ul. Grochowska 112, 04-301 Warszawa", "NIP 113-27-44-915"],
        address=[
            person,
            f"ul. Kwiatowa {rng.randint(2, 60)} m. {rng.randint(1, 40)}",
            "04-305 Warszawa",
        ],
        text_panel="kv",
    )
    sheet.panel = [
        ("Numer klienta", digits(rng, 7)),
        ("Data wystawienia", b.day(issued, "issue", "dot")),
        ("Termin płatności", b.day(due, "due", "dot")),
    ]
    sheet.body = [
        ("title", f"Faktura VAT nr {b.number(number)}"),
        table,
        ("kv", [("Razem do zapłaty", b.total(gross))]),
        (
            "para",
            f"Wpłaty prosimy kierować na indywidualny rachunek: 21 1140 2004 0000 "
            f"3102 {digits(rng, 4)} {digits(rng, 4)}",
        ),
    ]
    return sheet, b


__all__ = [
    "arzt_ch",
    "beitrag_de",
    "club_se",
    "council_tax_uk",
    "dental_us",
    "gemeente_nl",
    "internet_pl",
    "premium_uk",
    "school_fees",
    "service_charge_uk",
]
