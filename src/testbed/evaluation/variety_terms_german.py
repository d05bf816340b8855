"""German, Austrian and Swiss invoices and a credit note whose number, dates
and total stand among many others, for the terms generators
(:mod:`testbed.evaluation.variety_terms`).

A DATEV-style invoice with its information block (Kunden-Nr., Auftrags-Nr., Lieferschein-Nr.,
USt-IdNr., Seite 1/1), a Leistungszeitraum, two VAT rates and "2 % Skonto bis ..., netto bis
..."; a subscription invoice numbered and dated in its title and collected by SEPA direct
debit ("wird am ... abgebucht", Mandatsreferenz, Gläubiger-ID); an SAP invoice whose details
stand in a boxed grid of labels over values; a credit note naming the invoice it credits; a
Swiss invoice in "CHF 1'234.55" rounded to five centimes. The names are this module's own.

Labels, where the schema leaves a choice, are what an accounts-payable clerk keys in: "netto
bis" is the due date (the Skonto date is an offer), a direct debit's collection date is the
due date, and a credit note's total is its Gutschriftsbetrag as printed (negative or not).
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.truth import unmark
from testbed.evaluation.variety_terms_style import (
    Paper,
    beside,
    digits,
    header,
    iban,
    month_end,
    pick_goods,
    someday,
    sums,
)

_HANDWERK = (
    ("Montagearbeiten Geselle (Std.)", 68.0),
    ("Kupferrohr 15 mm (m)", 9.4),
    ("Pressfitting Bogen 90°", 6.85),
    ("Heizkörperventil Thermostat", 34.9),
    ("Anfahrtspauschale", 45.0),
    ("Entsorgung Altmaterial", 28.0),
)
_BOOKS = (
    ("Fachbuch Steuerrecht 2026", 79.0),
    ("Loseblattwerk Ergänzung 112", 46.5),
    ("Zeitschrift Abo (Quartal)", 38.0),
)
_CLIENTS = (
    "Hausverwaltung Krämer & Söhne GmbH",
    "Zahnarztpraxis Dr. Lindner GbR",
    "Brauerei Oberholz KG",
    "Wohnbau Nordstadt eG",
)
_PEOPLE = ("Jörg Vollmer", "Sabine Kettler", "Ralf Ohnesorge", "Petra Kühn", "Uwe Bräutigam")


def _footer(p: Paper, rng: random.Random, vendor: str) -> Block:
    boss = p.who(rng.choice(_PEOPLE))
    return (
        "lines",
        [
            f"{vendor} · Geschäftsführer: {boss} · Amtsgericht Hannover HRB {digits(rng, 5)}",
            f"USt-IdNr. DE{digits(rng, 9)} · "
            f"Steuernummer {digits(rng, 2)}/{digits(rng, 3)}/{digits(rng, 5)}",
            f"IBAN {iban(rng, 'DE', 22)} · BIC NOLADE21{rng.choice(('HAN', 'XXX'))}",
        ],
    )


def datev_rechnung(rng: random.Random) -> tuple[list[Block], Writer]:
    """A craftsman's invoice from DATEV-style software: the sender line over the window
    address, an information block right of it crowded with numbers, a Leistungszeitraum or
    Lieferdatum, items at 19 % and 7 %, and the terms with or without Skonto."""
    p = Paper(rng, rng.choice(("de", "de_code")))
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Heizung Sanitär Brenner GmbH", "Elektro Wiegand GmbH & Co. KG")), vendor=True
    )
    client = p.firm(rng.choice(_CLIENTS))
    contact = p.who(rng.choice(_PEOPLE[:3]))
    goods = pick_goods(rng, _HANDWERK, 3, 5)
    rows = p.rows(goods)
    reduced = rng.random() < 0.5
    books = p.rows(pick_goods(rng, _BOOKS, 1, 1)) if reduced else []
    net19 = round(sum(r[4] for r in rows), 2)
    net7 = round(sum(r[4] for r in books), 2)
    total = round(net19 * 1.19 + net7 * 1.07, 2)
    number = p.number(f"{issued.year}{digits(rng, 5)}")
    start = (issued.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    period = (
        f"Leistungszeitraum: {p.date(start)} - {p.date(month_end(start))}"
        if rng.random() < 0.5
        else f"Lieferdatum: {p.date(issued - dt.timedelta(days=rng.randint(1, 9)))}"
    )
    info = [
        f"Rechnungs-Nr.: {number}",
        f"Rechnungsdatum: {p.date(issued, 'issue')}",
        f"Kunden-Nr.: {digits(rng, 5)}",
        f"Auftrags-Nr.: AB{digits(rng, 6)}",
        f"Lieferschein-Nr.: {digits(rng, 7)}",
        f"Ihre USt-IdNr.: DE{digits(rng, 9)}",
        f"Ansprechpartner: {contact}",
        "Seite 1/1",
    ]
    rng.shuffle(info)
    table = [["Pos.", "Menge", "Bezeichnung", "Einzelpreis", "Gesamt"]]
    for index, r in enumerate(rows + books, 1):
        table.append([str(index), r[1], r[0], r[2], r[3]])
    money = [("Nettobetrag", p.money(net19 + net7))]
    money.append((f"zzgl. 19 % USt auf {p.bare(net19)}", p.money(round(net19 * 0.19, 2))))
    if net7:
        money.append((f"zzgl. 7 % USt auf {p.bare(net7)}", p.money(round(net7 * 0.07, 2))))
    money.append(("Rechnungsbetrag", p.total(total)))
    style = rng.choice(("skonto", "days", "ziel"))
    if style == "skonto":
        skonto, netto = issued + dt.timedelta(days=10), issued + dt.timedelta(days=30)
        terms = (
            f"Zahlbar bis {p.date(skonto)} mit 2 % Skonto ({p.money(round(total * 0.02, 2))}) "
            f"oder bis {p.date(netto, 'due')} netto ohne Abzug."
        )
    elif style == "days":
        days = rng.choice((8, 14, 21))
        due = p.due_terms(issued + dt.timedelta(days=days), f"innerhalb von {days} Tagen")
        terms = f"Bitte überweisen Sie den Rechnungsbetrag {due} nach Rechnungsdatum ohne Abzug."
    else:
        terms = f"Zahlungsziel: {p.date(issued + dt.timedelta(days=14), 'due')}"
    blocks: list[Block] = [
        ("lines", [vendor, "Am Lindener Hafen 12 · 30453 Hannover · Tel. 0511 4711-0"]),
        beside(
            [
                f"{unmark(vendor)} · Am Lindener Hafen 12 · 30453 Hannover"[:58],
                client,
                f"z. Hd. {contact}",
                "Podbielskistraße 140",
                "30177 Hannover",
            ],
            info,
        ),
        ("heading", "Rechnung"),
        ("para", f"Sehr geehrte Damen und Herren, wir berechnen Ihnen: {period}"),
        ("table", table),
        sums(rng, money),
        ("para", terms),
        _footer(p, rng, vendor),
    ]
    return blocks, p.w


def lastschrift_abo(rng: random.Random) -> tuple[list[Block], Writer]:
    """A software subscription's invoice numbered and dated in its title line ("Rechnung Nr.
    ... vom ..."), the period billed, and the SEPA direct debit's date with the mandate
    reference and creditor id."""
    p = Paper(rng, "de")
    issued = someday(rng)
    vendor = p.firm(rng.choice(("Kontorwerk Software GmbH", "Praxisplaner Cloud AG")), vendor=True)
    client = p.firm(rng.choice(_CLIENTS))
    number = f"RE-{issued.year}-{digits(rng, 6)}"
    title_date = p.date(issued, "issue", rng.choice(("dot", "long-de")))
    start = issued.replace(day=1)
    plans = [
        ("Lizenz Business (5 Nutzer)", float(rng.randint(1, 5)), 29.0),
        ("Zusatzmodul E-Rechnung", 1.0, 12.5),
        ("Speicher 100 GB", 1.0, 4.9),
    ]
    rows = p.rows(plans[: rng.randint(1, 3)])
    net = round(sum(r[4] for r in rows), 2)
    total = round(net * 1.19, 2)
    debit = issued + dt.timedelta(days=rng.choice((3, 5, 7)))
    blocks: list[Block] = [
        ("lines", [vendor, "Friedrichstraße 68, 10117 Berlin"]),
        ("lines", [client, "Buchhaltung", "Podbielskistraße 140", "30177 Hannover"]),
        ("title", f"Rechnung Nr. {p.number(number)} vom {title_date}"),
        (
            "kv",
            [
                ("Kundennummer", f"K{digits(rng, 7)}"),
                ("Vertragsnummer", f"V-{digits(rng, 8)}"),
                ("Leistungszeitraum", f"{p.date(start)} bis {p.date(month_end(start))}"),
            ],
        ),
        (
            "table",
            [
                ["Leistung", "Anzahl", "Preis netto", "Betrag netto"],
                *[[r[0], r[1], r[2], r[3]] for r in rows],
            ],
        ),
        (
            "kv",
            [
                ("Summe netto", p.money(net)),
                ("USt. 19 %", p.money(round(net * 0.19, 2))),
                ("Gesamtbetrag", p.total(total)),
            ],
        ),
        (
            "para",
            f"Der Rechnungsbetrag wird am {p.date(debit, 'due')} per SEPA-Lastschrift von "
            f"Ihrem Konto {iban(rng, 'DE', 22)[:9]}XX XXXX XXXX {digits(rng, 2)} abgebucht. "
            f"Mandatsreferenz: MR{digits(rng, 9)}, "
            f"Gläubiger-ID: DE{digits(rng, 2)}ZZZ{digits(rng, 11)}.",
        ),
        (
            "lines",
            [
                f"Erstellt am {p.date(issued)} · Seite 1 von 1",
                f"{vendor} · Sitz Berlin · AG Charlottenburg HRB {digits(rng, 6)} B",
            ],
        ),
    ]
    return blocks, p.w


def sap_boxed(rng: random.Random) -> tuple[list[Block], Writer]:
    """An SAP invoice: "Belegnummer / Datum / Kundennummer / Ihre Bestellung / Bestelldatum /
    Lieferung / Seite" in a boxed grid, material numbers, "Endbetrag EUR" over a bare number,
    and terms in days with or without the due date printed."""
    p = Paper(rng, "de")
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Kunststofftechnik Ahlen GmbH", "Rheinmetallbau Dormagen AG")), vendor=True
    )
    client = p.firm(rng.choice(("Auto Teile Union GmbH", "Fahrzeugbau Nettetal GmbH")))
    goods = [
        (f"Gehäuse PA6 GF30 Typ {rng.randint(10, 99)}", float(rng.randint(2, 50) * 10), 2.84),
        ("Dichtung EPDM 40x3", float(rng.randint(5, 40) * 100), 0.37),
        ("Verpackung Mehrweg KLT", float(rng.randint(1, 8)), 12.0),
    ]
    rows = p.rows(goods)
    net = round(sum(r[4] for r in rows), 2)
    tax = round(net * 0.19, 2)
    total = round(net + tax, 2)
    number = p.number(f"90{digits(rng, 6)}")
    grid = [
        ("Belegnummer", number),
        ("Datum", p.date(issued, "issue")),
        ("Kundennummer", digits(rng, 6)),
        ("Ihre Bestellung", f"45{digits(rng, 8)}"),
        ("Bestelldatum", p.date(issued - dt.timedelta(days=rng.randint(14, 40)))),
        ("Lieferung", f"80{digits(rng, 6)}"),
        ("Seite", "1 / 1"),
    ]
    days = rng.choice((30, 45, 60))
    due = issued + dt.timedelta(days=days)
    terms = (
        f"Zahlungsbedingungen: {p.due_terms(due, f'{days} Tage netto')}"
        if rng.random() < 0.5
        else f"Zahlungsbedingungen: {days} Tage netto, fällig am {p.date(due, 'due')}"
    )
    table = [["Pos", "Material", "Bezeichnung", "Menge", "Preis/ME", "Wert"]]
    for index, r in enumerate(rows, 1):
        table.append([f"{index * 10:06d}", digits(rng, 7), r[0], f"{r[1]} ST", r[2], r[3]])
    blocks: list[Block] = [
        ("lines", [vendor, "Industriestraße 22-26 · 59229 Ahlen"]),
        ("title", "Rechnung"),
        ("lines", [client, "Kreditorenbuchhaltung", "Postfach 10 12 20", "41334 Nettetal"]),
        ("table", [[a for a, _ in grid], [b for _, b in grid]]),
        ("para", f"Lieferdatum = Leistungsdatum: {p.date(issued - dt.timedelta(days=2))}"),
        ("table", table),
        sums(
            rng,
            [
                ("Gesamtnettowert", p.bare(net)),
                ("MwSt 19,00 %", p.bare(tax)),
                ("Endbetrag EUR", p.total(total, mark=False)),
            ],
        ),
        ("para", terms),
        (
            "lines",
            [f"Buchungsdatum {p.date(issued)}  Druckdatum {p.date(issued + dt.timedelta(days=1))}"],
        ),
    ]
    return blocks, p.w


def gutschrift(rng: random.Random) -> tuple[list[Block], Writer]:
    """A credit note for returned goods: its own number beside the invoice it credits and
    that invoice's date, rows and sums printed negative or as positive amounts credited."""
    p = Paper(rng, rng.choice(("de", "at")))
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Bürobedarf Stolzenberg GmbH", "Laborglas Tirol GmbH")), vendor=True
    )
    client = p.firm(rng.choice(_CLIENTS))
    catalogue = (
        ("Kopierpapier A4 80 g (Karton)", 24.9),
        ("Toner HP 59A schwarz", 118.0),
        ("Ordner 8 cm blau", 2.95),
        ("Bürostuhl Ergo Basic", 239.0),
    )
    goods = pick_goods(rng, catalogue, 1, 2)
    negative = rng.random() < 0.6
    rows = []
    for name, count, price in goods:
        amount = round(count * price, 2) * (-1 if negative else 1)
        p.item(name, count, price, amount)
        rows.append([name, f"{count:g}", p.bare(price), p.bare(amount)])
    net = round(sum(it.amount for it in p.w.line_items), 2)
    rate = 20 if p.m.pattern == "EUR {n}" else 19
    total = round(net * (1 + rate / 100), 2)
    number = p.number(f"GS{digits(rng, 6)}")
    original = f"RE{digits(rng, 6)}"
    blocks: list[Block] = [
        (
            "lines",
            [
                vendor,
                "Lagerstraße 4, 6020 Innsbruck" if rate == 20 else "Kanalstraße 9, 22085 Hamburg",
            ],
        ),
        ("lines", [client, "Podbielskistraße 140", "30177 Hannover"]),
        ("title", "GUTSCHRIFT"),
        header(
            rng,
            [
                ("Gutschrift-Nr.", number),
                ("Datum", p.date(issued, "issue")),
                ("zu Rechnung", original),
                ("vom", p.date(issued - dt.timedelta(days=rng.randint(10, 40)))),
                ("Kunden-Nr.", digits(rng, 5)),
                ("Retouren-Nr.", f"R{digits(rng, 5)}"),
            ],
        ),
        ("para", "Für die von Ihnen zurückgesandte Ware schreiben wir Ihnen gut:"),
        ("table", [["Artikel", "Menge", "Einzelpreis", "Betrag"], *rows]),
        (
            "kv",
            [
                ("Nettobetrag", p.money(net)),
                (f"USt {rate} %", p.money(round(total - net, 2))),
                ("Gutschriftsbetrag", p.total(total)),
            ],
        ),
        ("para", "Der Betrag wird mit Ihrer nächsten Rechnung verrechnet."),
    ]
    return blocks, p.w


def swiss_rundung(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Swiss invoice: CHF with apostrophes, MWST 8.1 %, a rounding line to five centimes,
    "zahlbar innert 30 Tagen netto" or a printed due date, and a QR-bill's payment part with
    its own account and reference numbers."""
    p = Paper(rng, "ch")
    issued = someday(rng)
    vendor = p.firm(rng.choice(("Schreinerei Zbinden AG", "Gartenbau Rüegg GmbH")), vendor=True)
    client = p.firm(rng.choice(("Immobilien Wyss AG", "Genossenschaft Sonnmatt")))
    catalogue = (
        ("Arbeitsstunden Meister", 112.0),
        ("Arbeitsstunden Lehrling", 58.0),
        ("Eichenbrett 27 mm (m2)", 96.5),
        ("Kleinmaterial pauschal", 35.0),
    )
    rows = p.rows(pick_goods(rng, catalogue, 3, 4))
    net = round(sum(r[4] for r in rows), 2)
    vat = round(net * 0.081, 2)
    raw = round(net + vat, 2)
    total = round(round(raw * 20) / 20, 2)
    number = p.number(f"{issued.year}-{rng.randint(100, 999)}")
    days = rng.choice((10, 30))
    due = issued + dt.timedelta(days=days)
    terms = (
        p.due_terms(due, f"Zahlbar innert {days} Tagen netto.")
        if rng.random() < 0.5
        else f"Zahlbar bis {p.date(due, 'due')} netto."
    )
    blocks: list[Block] = [
        (
            "lines",
            [
                vendor,
                "Dorfstrasse 41, 3123 Belp",
                f"MWST-Nr. CHE-{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)} MWST",
            ],
        ),
        beside(
            [client, "Bahnhofplatz 5", "3011 Bern"],
            [
                f"Bern-Belp, {p.date(issued, 'issue', rng.choice(('dot', 'long-de')))}",
                f"Objekt: Sonnmattweg {rng.randint(2, 40)}",
                f"Offerte Nr. {rng.randint(100, 999)}",
            ],
        ),
        ("title", f"Rechnung {number}"),
        (
            "table",
            [
                ["Bezeichnung", "Menge", "Preis", "Betrag CHF"],
                *[[r[0], r[1], r[2], r[3]] for r in rows],
            ],
        ),
        sums(
            rng,
            [
                ("Total exkl. MWST", p.bare(net)),
                ("MWST 8.1 %", p.bare(vat)),
                ("Rundungsdifferenz", p.bare(round(total - raw, 2))),
                ("Total", p.total(total)),
            ],
        ),
        ("para", terms),
        ("heading", "Zahlteil"),
        (
            "kv",
            [
                (
                    "Konto / Zahlbar an",
                    f"CH{digits(rng, 2)} 3000 0{digits(rng, 3)} "
                    f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 1)}",
                ),
                (
                    "Referenz",
                    " ".join([digits(rng, 2), *(digits(rng, 5) for _ in range(5))]),
                ),
                ("Währung  Betrag", f"CHF  {p.bare(total)}"),
            ],
        ),
    ]
    return blocks, p.w


__all__ = ["datev_rechnung", "gutschrift", "lastschrift_abo", "sap_boxed", "swiss_rundung"]
