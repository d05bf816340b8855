"""Letters and e-mails whose figures stand in a reference line, a subject or the prose, for
the terms generators (:mod:`testbed.evaluation.variety_terms`).

A German invoice written as a DIN 5008 letter, its number only in the subject line under the
reference line ("Ihr Zeichen, Ihre Nachricht vom, Unser Zeichen, Datum"); an English credit
controller's reminder ("Our ref / Your ref", the invoices overdue and their dates, "pay by");
a German Mahnung with its Mahngebühr; an English accounting tool's invoice e-mail numbered in
its subject; a French supplier's e-mail announcing an invoice "prélevée le". The names are
this module's own.

Labels, where the schema leaves a choice: a reminder is a letter, dated by its date; the
invoices it chases, their dates and the date it asks to be paid by are not its figures. An
e-mail that carries an invoice's figures in its text is that invoice, dated by the invoice
date it states.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_terms_style import Paper, digits, iban, pick_goods, someday


def brief_rechnung(rng: random.Random) -> tuple[list[Block], Writer]:
    """An invoice as a business letter: the reference line of labels over values, "Betreff:
    Rechnung 2026-117 zu Ihrer Bestellung ... vom ...", a salutation, the work in a table, and
    "zahlbar bis" or "innerhalb von 10 Tagen"."""
    p = Paper(rng, "de")
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Ingenieurbüro Sattler GmbH", "Gebäudereinigung Alt KG")), vendor=True
    )
    client = p.firm(rng.choice(("Gemeindewerke Bad Essen GmbH", "Kanzlei Morgenroth PartG mbB")))
    who = rng.choice(
        (
            ("Frau", "Claudia Reimers", "Sehr geehrte Frau Reimers"),
            ("Herrn", "Dieter Blum", "Sehr geehrter Herr Blum"),
        )
    )
    person = p.who(who[1])
    signer = p.who(rng.choice(("Tobias Sattler", "Miriam Alt")))
    catalogue = (
        ("Unterhaltsreinigung Büroflächen (Monat)", 1240.0),
        ("Glasreinigung", 18.5),
        ("Ingenieurleistung (Std.)", 96.0),
        ("Ortstermin inkl. Fahrt", 145.0),
    )
    rows = p.rows(pick_goods(rng, catalogue, 2, 3))
    net = round(sum(r[4] for r in rows), 2)
    total = round(net * 1.19, 2)
    number = p.number(f"{issued.year}-{rng.randint(100, 999)}")
    ordered = issued - dt.timedelta(days=rng.randint(20, 60))
    order = f"{digits(rng, 4)}/{issued.year % 100}"
    refs = [
        ("Ihr Zeichen", rng.choice(("rei-ek", "bl/va", "EK 12"))),
        ("Ihre Nachricht vom", p.date(ordered)),
        ("Unser Zeichen", f"{signer[:2].lower()}-{digits(rng, 3)}"),
        ("Telefon", f"0541 {digits(rng, 6)}"),
        ("Datum", p.date(issued, "issue")),
    ]
    days = rng.choice((10, 14))
    due = issued + dt.timedelta(days=days)
    pay = (
        f"Bitte zahlen Sie den Betrag bis zum {p.date(due, 'due')} auf das unten genannte Konto."
        if rng.random() < 0.5
        else f"Der Betrag ist {p.due_terms(due, f'innerhalb von {days} Tagen')} ohne Abzug fällig."
    )
    blocks: list[Block] = [
        ("lines", [vendor, "Wittekindstraße 9 · 49074 Osnabrück"]),
        ("lines", [client, f"{who[0]} {person}", "Hauptstraße 40", "49152 Bad Essen"]),
        ("table", [[a for a, _ in refs], [b for _, b in refs]]),
        ("para", f"Rechnung {number} zu Ihrer Bestellung {order} vom {p.date(ordered)}"),
        ("para", f"{who[2]},"),
        (
            "para",
            "für die im vergangenen Monat erbrachten Leistungen erlauben wir uns, "
            "wie folgt zu berechnen:",
        ),
        (
            "table",
            [
                ["Leistung", "Menge", "Einzelpreis", "Betrag"],
                *[[r[0], r[1], r[2], r[3]] for r in rows],
            ],
        ),
        (
            "kv",
            [
                ("Summe netto", p.money(net)),
                ("zzgl. 19 % MwSt.", p.money(round(total - net, 2))),
                ("Rechnungsbetrag", p.total(total)),
            ],
        ),
        ("para", pay),
        ("lines", ["Mit freundlichen Grüßen", "", signer]),
        ("lines", [f"IBAN {iban(rng, 'DE', 22)} · USt-IdNr. DE{digits(rng, 9)}"]),
    ]
    return blocks, p.w


def reminder_en(rng: random.Random) -> tuple[list[Block], Writer]:
    """A UK credit controller's reminder letter: our ref and your ref over the date, the
    overdue invoices with their dates and due dates, the amount to pay by a date."""
    p = Paper(rng, "uk")
    issued = someday(rng)
    sender = p.firm(rng.choice(("Medway Office Interiors Ltd", "Clearwater Hygiene Services Ltd")))
    client = p.firm(rng.choice(("Brookfield Veterinary Practice Ltd", "Kingsmead Lettings Ltd")))
    reader = p.who(rng.choice(("Fiona Doyle", "Rajesh Khanna", "Megan Pryce")))
    signer = p.who(rng.choice(("Gareth Lewis", "Helen Marsh")))
    rows, owed = [["Invoice", "Date", "Due", "Amount"]], 0.0
    day = issued - dt.timedelta(days=rng.randint(70, 100))
    for _ in range(rng.randint(1, 3)):
        day += dt.timedelta(days=rng.randint(5, 20))
        amount = round(rng.uniform(120, 2200), 2)
        owed = round(owed + amount, 2)
        rows.append(
            [
                f"INV-{digits(rng, 5)}",
                p.date(day),
                p.date(day + dt.timedelta(days=30)),
                p.money(amount),
            ]
        )
    by = issued + dt.timedelta(days=7)
    ours = p.w.own_number(f"CC/{digits(rng, 4)}/{reader.split()[1][:2].upper()}")
    blocks: list[Block] = [
        ("lines", [sender, "Riverside House, Chatham ME4 4QU", "credit.control@example.co.uk"]),
        (
            "lines",
            [
                f"Our ref: {ours}",
                f"Your ref: PO {digits(rng, 5)}",
                f"Account no: {digits(rng, 6)}",
            ],
        ),
        ("lines", [p.date(issued, "issue", rng.choice(("long-en", "eu", "dmy")))]),
        ("lines", [reader, "Accounts Payable", client, "14 Station Road", "Canterbury CT1 2RB"]),
        ("para", f"Dear {reader.split()[0]},"),
        ("para", "Re: Overdue account"),
        (
            "para",
            "According to our records the following invoices remain unpaid beyond our "
            "agreed terms of 30 days:",
        ),
        ("table", rows),
        (
            "para",
            f"The total overdue is {p.money(owed)}. Please arrange payment by {p.date(by)}, "
            "or let us know if there is a query holding it up. If you have paid in the last "
            "few days, please accept our thanks and disregard this letter.",
        ),
        ("lines", ["Yours sincerely,", "", signer, "Credit Controller"]),
    ]
    return blocks, p.w


def mahnung(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German second reminder: "2. Mahnung", the invoice's number and date, its due date
    long passed, a Mahngebühr and interest, the sum and a last date to pay."""
    p = Paper(rng, "de")
    issued = someday(rng)
    sender = p.firm(rng.choice(("Druckerei Hallbauer GmbH", "Kfz-Meisterbetrieb Janssen e.K.")))
    reader = p.who(rng.choice(("Sven Lorenzen", "Ulrike Pape")))
    invoiced = issued - dt.timedelta(days=rng.randint(45, 80))
    amount = round(rng.uniform(150, 3000), 2)
    fee, interest = 5.0, round(amount * 0.0012 * 30, 2)
    owed = round(amount + fee + interest, 2)
    by = issued + dt.timedelta(days=rng.choice((7, 10)))
    blocks: list[Block] = [
        ("lines", [sender, "Gewerbering 17 · 26789 Leer"]),
        ("lines", [f"Herrn {reader}", "Kirchstraße 8", "26721 Emden"]),
        ("lines", [f"Leer, {p.date(issued, 'issue', rng.choice(('dot', 'long-de')))}"]),
        ("para", f"2. Mahnung - Rechnung Nr. {digits(rng, 5)} vom {p.date(invoiced)}"),
        ("para", f"Sehr geehrter Herr {reader.split()[1]},"),
        (
            "para",
            f"leider konnten wir bis heute keinen Zahlungseingang zu unserer Rechnung "
            f"feststellen, die am {p.date(invoiced + dt.timedelta(days=14))} fällig war.",
        ),
        (
            "kv",
            [
                ("Rechnungsbetrag", p.money(amount)),
                ("Mahngebühr", p.money(fee)),
                ("Verzugszinsen", p.money(interest)),
                ("Offener Gesamtbetrag", p.money(owed)),
            ],
        ),
        (
            "para",
            f"Bitte überweisen Sie den offenen Betrag bis spätestens {p.date(by)}. Danach "
            "übergeben wir die Forderung ohne weitere Ankündigung an ein Inkassounternehmen.",
        ),
        ("lines", ["Mit freundlichen Grüßen", sender]),
    ]
    return blocks, p.w


def mail_invoice(rng: random.Random) -> tuple[list[Block], Writer]:
    """An accounting tool's e-mail sending an invoice: numbered in the subject (and in the text
    or not), the amount and due date in a sentence, the customer's PO, the account's number."""
    p = Paper(rng, rng.choice(("uk", "us")))
    issued = someday(rng)
    name = rng.choice(("Tern & Wicklow Design Ltd", "Larkspur Bookkeeping LLC"))
    vendor = p.firm(name, vendor=True)
    reader = p.who(rng.choice(("Anna Lindqvist", "Ben Okoro", "Carla Jimenez")))
    signer = p.who(rng.choice(("Harriet Vane", "Josh Penrose")))
    amount = round(rng.uniform(200, 4800), 2)
    number = f"INV-{digits(rng, 5)}"
    due = issued + dt.timedelta(days=rng.choice((7, 14, 30)))
    style = "mdy" if p.m.currency == "USD" else "dmy"
    subject = (
        f"Invoice {p.number(number)} from {name} for {p.total(amount)} "
        f"due {p.date(due, 'due', style)}"
    )
    mailbox = "".join(ch for ch in name.lower() if ch.isalnum())[:12]
    again = f"invoice {number}" if rng.random() < 0.5 else "your invoice"
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", f"{name} <accounts@{mailbox}.example>"),
                ("To", f"{reader} <ap@client.example>"),
                ("Subject", subject),
            ],
        ),
        ("para", f"Hi {reader.split()[0]},"),
        (
            "para",
            f"Here's {again} for {p.money(amount)}, dated {p.date(issued, 'issue', style)}. "
            f"Your PO reference: {digits(rng, 6)}. Customer account: {digits(rng, 5)}.",
        ),
        (
            "para",
            f"The amount outstanding of {p.money(amount)} is due on {p.date(due, None, style)}. "
            "You can view and pay it online from the link below.",
        ),
        ("para", "View invoice: https://in.xero.example/" + digits(rng, 12)),
        (
            "lines",
            ["If you have any questions, please let us know.", "", "Thanks,", signer, vendor],
        ),
    ]
    return blocks, p.w


def mail_facture(rng: random.Random) -> tuple[list[Block], Writer]:
    """A French supplier's e-mail announcing a bill: "Votre facture n° ... est disponible",
    the client number and contract number beside it, the amount, the date of the bill and the
    date it will be "prélevé"."""
    p = Paper(rng, "fr")
    issued = someday(rng)
    name = rng.choice(("Aquavia Services des Eaux SA", "Fibréo Télécom SAS"))
    vendor = p.firm(name, vendor=True)
    reader = p.who(rng.choice(("Camille Perrin", "Julien Marchand")))
    amount = round(rng.uniform(25, 190), 2)
    number = p.number(f"{digits(rng, 2)}{digits(rng, 8)}")
    debit = issued + dt.timedelta(days=rng.choice((8, 10, 12)))
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", f"{name} <ne-pas-repondre@facture.example>"),
                ("To", f"{reader} <c.client@mail.example>"),
                ("Subject", f"Votre facture n° {number} est disponible"),
            ],
        ),
        ("para", f"Bonjour {reader},"),
        (
            "para",
            f"Votre facture du {p.date(issued, 'issue', 'long-fr')} est disponible dans votre "
            "espace client.",
        ),
        (
            "kv",
            [
                ("Référence client", digits(rng, 10)),
                ("N° de contrat", f"CT{digits(rng, 7)}"),
                ("Montant TTC", p.total(amount)),
                ("Date de prélèvement", p.date(debit, "due")),
            ],
        ),
        (
            "para",
            f"Le montant sera prélevé sur votre compte se terminant par {digits(rng, 3)}. "
            "Vous n'avez aucune démarche à effectuer.",
        ),
        ("lines", ["Cordialement,", f"Le service clients {vendor}"]),
    ]
    return blocks, p.w


__all__ = ["brief_rechnung", "mahnung", "mail_facture", "mail_invoice", "reminder_en"]
