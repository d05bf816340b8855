"""German-speaking invoices of author ``rhine``: a German or Austrian Rechnung (customer,
order and delivery-note numbers beside the invoice's own; Skonto, "30 Tage netto" or a
SEPA debit date), a Swiss Rechnung with its QR payment part, and a Gutschrift that names
the invoice it corrects.

As read: the number is the one after "Rechnungsnummer"/"Gutschrift Nr.", never the customer,
order or delivery-note number; the issue date is the Rechnungsdatum (not the Lieferdatum);
the due date is the date the paper says the net amount must be paid (with Skonto: the net
date, not the discount date; with a SEPA debit: the debit day); "30 Tage netto" alone names
no day, so no due date is labelled.
"""

from __future__ import annotations

import random

from testbed.evaluation.author_rhine_paper import buyer, firm, item_table, labels, net_of
from testbed.evaluation.author_rhine_style import (
    COUNTRIES,
    Country,
    day_in_2026,
    digits,
    iban,
    later,
    person,
    rows_of,
)
from testbed.evaluation.truth import Block, Labels, LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

GOODS = [
    ("Heizkörperventil DN15 thermostatisch", 18.9),
    ("Kupferrohr 15 mm, Stange 5 m", 42.5),
    ("Montagearbeiten Geselle (Std.)", 64.0),
    ("Anfahrtspauschale", 35.0),
    ("Druckerpapier A4 80 g, Karton", 24.9),
    ("Bürodrehstuhl ergonomisch", 289.0),
    ("Toner schwarz HP 59A", 112.4),
    ("LED-Panel 60x60 cm 36 W", 54.8),
    ("Kabelkanal 40x60 mm, 2 m", 9.75),
    ("Wartungspauschale Heizungsanlage", 149.0),
    ("Flyer DIN lang, 4/4-farbig, 5.000 Stk.", 186.0),
    ("Schreibtisch 160x80 cm", 412.0),
]


def rechnung(rng: random.Random) -> tuple[Sheet, Labels]:
    """A German or Austrian invoice with several numbers and dates in its details box."""
    code = rng.choice(["DE", "DE€", "DE", "AT"])
    country = COUNTRIES[code]
    seller = firm(rng, code[:2])
    customer = buyer(rng, seller)
    contact = person(rng, "de")
    issued = day_in_2026(rng)
    delivered = later(issued, -rng.randint(1, 12))
    number = rng.choice(
        [
            f"RE-2026-{digits(rng, 5)}",
            f"2026{digits(rng, 4)}",
            f"R{digits(rng, 6)}",
            f"{digits(rng, 3)}/2026",
        ]
    )
    customer_no = digits(rng, 5)
    order_no = f"AB-{digits(rng, 6)}"
    delivery_no = f"LS {digits(rng, 7)}"
    long = rng.random() < 0.25
    rows = rows_of(rng, GOODS, rng.randint(9, 12) if long else rng.randint(2, 5))
    net = net_of(rows)
    rate = 20 if code == "AT" else 19
    tax = round(net * rate / 100, 2)
    gross = round(net + tax, 2)
    issued_text = country.long_date(issued) if code == "AT" else country.date(issued)
    panel = [
        ("Rechnungsnummer" if code != "AT" else "Rechnungs-Nr.", mark("documentNumber", number)),
        ("Rechnungsdatum" if code != "AT" else "Datum", mark("issueDate", issued_text)),
        ("Kundennummer", customer_no),
        ("Auftragsnummer", order_no),
        ("Lieferschein-Nr.", delivery_no),
        ("Lieferdatum", country.date(delivered)),
        ("Ihr Zeichen", f"{contact.split()[1][:2].upper()}/{digits(rng, 2)}"),
    ]
    rng.shuffle(panel[2:5])
    amounts = [(net, "EUR"), (tax, "EUR"), (gross, "EUR")]
    dates = [("issue", issued)]
    terms = rng.choice(["date", "netto", "skonto", "sepa"])
    if terms == "date":
        due = later(issued, rng.choice([10, 14, 30]))
        pay = [
            (
                "para",
                f"Zahlbar ohne Abzug bis zum {mark('dueDate', country.date(due))} auf "
                f"das unten genannte Konto.",
            )
        ]
        dates.append(("due", due))
    elif terms == "netto":
        pay = [
            (
                "para",
                "Zahlungsziel: 30 Tage netto. Bitte geben Sie bei der Überweisung die "
                "Rechnungsnummer an.",
            )
        ]
    elif terms == "skonto":
        early, due = later(issued, 10), later(issued, 30)
        discount = round(gross * 0.02, 2)
        pay = [
            (
                "para",
                f"Bei Zahlung bis {country.date(early)} gewähren wir 2 % Skonto "
                f"({country.money(discount)}), Zahlbetrag {country.money(gross - discount)}. "
                f"Ohne Abzug zahlbar bis {mark('dueDate', country.date(due))}.",
            )
        ]
        amounts += [(discount, "EUR"), (round(gross - discount, 2), "EUR")]
        dates.append(("due", due))
    else:
        due = later(issued, 7)
        pay = [
            (
                "para",
                f"Der Rechnungsbetrag wird am {mark('dueDate', country.date(due))} per "
                f"SEPA-Lastschrift von Ihrem Konto {iban(rng, 'DE')} eingezogen. "
                f"Mandatsreferenz: M-{customer_no}-01, Gläubiger-ID: "
                f"DE98ZZZ0000{digits(rng, 7)}.",
            )
        ]
        dates.append(("due", due))
    totals = [
        ("Summe netto", country.money(net)),
        (f"zzgl. {rate} % USt.", country.money(tax)),
        (
            "Rechnungsbetrag" if code != "AT" else "Gesamtbetrag",
            mark("total", country.money(gross)),
        ),
    ]
    body: list[Block] = [
        ("title", "Rechnung"),
        (
            "para",
            "Sehr geehrte Damen und Herren, für unsere Lieferungen und Leistungen "
            "erlauben wir uns zu berechnen:",
        ),
        *_paged(rows, country),
        ("kv", totals),
        *pay,
        ("para", "Leistungsdatum = Lieferdatum. Mit freundlichen Grüßen"),
    ]
    if long:
        amounts.append((net_of(rows[:6]), "EUR"))
    window = f"{seller.name} · {seller.city}"
    bic = rng.choice(["COBADEFFXXX", "SOLADEST600"] if code != "AT" else ["BKAUATWW", "RZOOAT2L"])
    sheet = Sheet(
        head=[
            mark("vendor", seller.name),
            f"{seller.street} · {seller.city}",
            f"Telefon +49 {digits(rng, 3)} {digits(rng, 6)}",
        ],
        panel=panel,
        panel_style=rng.choice(["box", "box", "stack"]),
        address=[
            *([window] if len(window) <= 46 else []),
            customer.name,
            f"z. Hd. {contact}",
            customer.street,
            customer.city,
        ],
        body=body,
        footer=[
            f"{seller.name} · USt-IdNr. {seller.tax_id} · Amtsgericht HRB {digits(rng, 5)}",
            f"Bankverbindung: IBAN {iban(rng, code[:2])} · BIC {bic}",
        ],
        text_panel=rng.choice(["kv", "columns"]),
        running=f"Rechnung {number} \u00b7 Seite {{page}} von {{pages}}" if long else None,
    )
    rows_labels = labels(
        "invoice",
        number,
        [seller.name, customer.name],
        [contact],
        seller.name,
        (gross, "EUR"),
        amounts,
        dates,
        rows,
    )
    return sheet, rows_labels


def _paged(rows: list[LineItem], country: Country) -> list[Block]:
    """The item table, split over two pages after six rows when it is long, the first
    page's sum carried over (Übertrag) at its foot and at the head of the next."""
    header = ["Bezeichnung", "Menge", "Einzelpreis", "Gesamt"]
    if len(rows) <= 6:
        return [item_table(header, rows, country)]
    carried = ("kv", [("Übertrag", country.money(net_of(rows[:6])))])
    return [item_table(header, rows[:6], country), carried, ("break", None), carried,
            item_table(header, rows[6:], country)]  # fmt: skip


def swiss_rechnung(rng: random.Random) -> tuple[Sheet, Labels]:
    """A Swiss invoice: dated like a letter, CHF with apostrophes, a QR payment part."""
    country = COUNTRIES["CH"]
    seller = firm(rng, "CH")
    customer = buyer(rng, seller)
    issued = day_in_2026(rng)
    number = f"{digits(rng, 4)}-{rng.randint(10, 99)}"
    rows = rows_of(
        rng,
        [
            ("Buchhaltung Quartal (Std.)", 145.0),
            ("Jahresabschluss", 1850.0),
            ("Lohnadministration pro Mitarbeitende", 38.0),
            ("Velo-Service Standard", 89.0),
            ("Ersatzteile Bremse", 46.5),
            ("Spesen pauschal", 60.0),
        ],
        rng.randint(2, 4),
    )
    net = net_of(rows)
    tax = round(net * 0.081, 2)
    gross = round(round((net + tax) * 20) / 20, 2)  # rounded to 5 Rappen
    by_date = rng.random() < 0.5
    due = later(issued, 30)
    pay = (
        f"Zahlbar bis {mark('dueDate', country.date(due))} rein netto."
        if by_date
        else "Zahlbar innert 30 Tagen rein netto."
    )
    account = iban(rng, "CH")
    reference = " ".join([digits(rng, 2), *(digits(rng, 5) for _ in range(5))])
    qr_amount = f"{gross:,.2f}".replace(",", " ")
    sheet = Sheet(
        head=[
            mark("vendor", seller.name),
            f"{seller.street}, {seller.city}",
            f"MWST-Nr. {seller.tax_id}",
        ],
        address=[customer.name, customer.street, customer.city],
        body=[
            (
                "lines",
                [f"{seller.city.split()[-1]}, {mark('issueDate', country.long_date(issued))}"],
            ),
            ("title", f"Rechnung Nr. {mark('documentNumber', number)}"),
            (
                "kv",
                [
                    ("Kunden-Nr.", digits(rng, 4)),
                    (
                        "Leistungszeitraum",
                        f"{country.date(later(issued, -40))} \u2013 "
                        f"{country.date(later(issued, -10))}",
                    ),
                ],
            ),
            item_table(["Leistung", "Anzahl", "Ansatz", "Betrag CHF"], rows, country),
            (
                "kv",
                [
                    ("Total exkl. MWST", country.money(net)),
                    ("MWST 8.1 %", country.money(tax)),
                    ("Total inkl. MWST", mark("total", country.money(gross))),
                ],
            ),
            ("para", f"{pay} Besten Dank für Ihren Auftrag."),
        ],
        slip=[
            ("heading", "Zahlteil"),
            (
                "kv",
                [
                    ("Konto / Zahlbar an", account),
                    ("Referenz", reference),
                    ("Währung", "CHF"),
                    ("Betrag", qr_amount),
                ],
            ),
        ],
        footer=[f"{seller.name} · {seller.street} · {seller.city}"],
    )
    dates = [("issue", issued)] + ([("due", due)] if by_date else [])
    return sheet, labels(
        "invoice",
        number,
        [seller.name, customer.name],
        [],
        seller.name,
        (gross, "CHF"),
        [(net, "CHF"), (tax, "CHF"), (gross, "CHF")],
        dates,
        rows,
    )


def gutschrift(rng: random.Random) -> tuple[Sheet, Labels]:
    """A credit note (Gutschrift or avoir) for goods sent back: it names the invoice it
    corrects, whose number and date are not the credit note's own."""
    french = rng.random() < 0.4
    code = "FR" if french else rng.choice(["DE", "DE€"])
    country = COUNTRIES[code]
    seller = firm(rng, code[:2])
    customer = buyer(rng, seller)
    issued = day_in_2026(rng, 2)
    invoiced = later(issued, -rng.randint(15, 40))
    number = f"{'AV' if french else 'GS'}-2026-{digits(rng, 4)}"
    original = f"{'F' if french else 'RE'}-2026-{digits(rng, 5)}"
    goods = (
        GOODS
        if not french
        else [
            ("Luminaire suspendu laiton", 189.0),
            ("Ampoule LED E27 8 W", 6.9),
            ("Applique murale", 74.0),
            ("Câble textile 3 m", 12.5),
        ]
    )
    rows = rows_of(rng, goods, rng.randint(1, 3))
    net = net_of(rows)
    rate = 20 if french else 19
    tax = round(net * rate / 100, 2)
    gross = round(net + tax, 2)
    if french:
        body: list[Block] = [
            ("title", f"AVOIR N° {mark('documentNumber', number)}"),
            (
                "kv",
                [
                    ("Date", mark("issueDate", country.date(issued))),
                    ("Facture d'origine", f"{original} du {country.date(invoiced)}"),
                    ("Motif", "Retour de marchandise"),
                ],
            ),
            item_table(["Désignation", "Qté", "P.U. HT", "Montant HT"], rows, country),
            (
                "kv",
                [
                    ("Total HT", country.money(net)),
                    (f"TVA {rate} %", country.money(tax)),
                    ("Montant de l'avoir TTC", mark("total", country.money(gross))),
                ],
            ),
            ("para", "Ce montant sera déduit de votre prochaine facture."),
        ]
    else:
        body = [
            ("title", f"Gutschrift Nr. {mark('documentNumber', number)}"),
            (
                "kv",
                [
                    ("Datum", mark("issueDate", country.date(issued))),
                    ("Bezug", f"Rechnung {original} vom {country.date(invoiced)}"),
                    ("Grund", "Rücksendung beschädigter Ware"),
                ],
            ),
            item_table(["Artikel", "Menge", "Einzelpreis", "Betrag"], rows, country),
            (
                "kv",
                [
                    ("Nettobetrag", country.money(net)),
                    (f"USt. {rate} %", country.money(tax)),
                    ("Gutschriftsbetrag", mark("total", country.money(gross))),
                ],
            ),
            ("para", "Den Betrag überweisen wir innerhalb von 8 Tagen auf Ihr Konto."),
        ]
    sheet = Sheet(
        head=[mark("vendor", seller.name), f"{seller.street} · {seller.city}"],
        address=[customer.name, customer.street, customer.city],
        body=body,
        footer=[f"{'TVA intracom.' if french else 'USt-IdNr.'} {seller.tax_id}"],
    )
    return sheet, labels(
        "invoice",
        number,
        [seller.name, customer.name],
        [],
        seller.name,
        (gross, "EUR"),
        [(net, "EUR"), (tax, "EUR"), (gross, "EUR")],
        [("issue", issued)],
        rows,
    )


__all__ = ["gutschrift", "rechnung", "swiss_rechnung"]
