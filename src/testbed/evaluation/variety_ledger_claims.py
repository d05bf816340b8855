"""The papers of a health insurance claim for the ledger packets
(:mod:`testbed.evaluation.variety_ledger_packets`), in English, Spanish and German: the
claimant's cover letter, the insurer's claim form filled in (boxes ticked, the amount
claimed), a physiotherapy practice's invoice with a treatment a line, and a pharmacy's till
receipt set on an A4 page as a scanner takes it.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from testbed.evaluation.truth import unmark
from testbed.evaluation.variety_ledger_build import Drawn
from testbed.evaluation.variety_ledger_paper import Doc, Row, Table
from testbed.evaluation.variety_ledger_style import Pen, cents

_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "insurer": "Harbourside Health Insurance plc", "street": "PO Box 4471, Leeds LS1 9AX",
        "me": ("Eleanor Pryce", "14 Orchard Close", "Cheltenham GL52 3PE"), "place": "Cheltenham",
        "subject": "Claim for physiotherapy treatment - policy {policy}",
        "dear": "Dear Sir or Madam,",
        "body": "Please find enclosed my completed claim form, the invoice from my "
        "physiotherapist and the receipt for the supports I was advised to buy. I would be "
        "grateful if you could reimburse the amount to the account you hold for me.",
        "close": "Yours faithfully,",
        "form": "CLAIM FORM - OUTPATIENT TREATMENT", "claim": "Claim number",
        "policy": "Policy number", "holder": "Policyholder", "loss": "Date symptoms began",
        "kind": "[X] Physiotherapy   [ ] Consultation   [ ] Diagnostic test",
        "sum": "Total amount claimed", "sign": "Signature", "signed": "Date",
        "declare": "I declare that the information given is true and complete.",
        "clinic": ("Cotswold Physio Clinic Ltd", "3 Rodney Road, Cheltenham GL50 1JF"),
        "inv": "INVOICE", "invno": "Invoice no.", "date": "Date", "due": "Payment due",
        "patient": "Patient", "cols": ("Date", "Treatment", "Code", "Fee"),
        "treat": ("Initial assessment and treatment, 45 min", "Follow-up treatment, 30 min",
                  "Acupuncture session", "Shockwave therapy, one area"),
        "fees": (75.0, 55.0, 60.0, 85.0), "total": "Total due",
        "shop": "Lansdown Pharmacy", "street2": "22 Lansdown Road, Cheltenham",
    },
    "es": {
        "insurer": "Aseguradora Médica del Norte, S.A.", "street": "Apartado 1204, 48080 Bilbao",
        "me": ("Carmen Etxeberria", "Calle Ercilla 17, 3º B", "48011 Bilbao"), "place": "Bilbao",
        "subject": "Asunto: solicitud de reembolso - póliza {policy}",
        "dear": "Estimados señores:",
        "body": "Les adjunto el formulario de solicitud de reembolso cumplimentado, la "
        "factura de la clínica de fisioterapia y el ticket de la farmacia. Les ruego que "
        "abonen el importe en la cuenta que figura en mi póliza.",
        "close": "Atentamente,",
        "form": "SOLICITUD DE REEMBOLSO DE GASTOS MÉDICOS", "claim": "Nº de siniestro",
        "policy": "Nº de póliza", "holder": "Asegurado/a", "loss": "Fecha de inicio",
        "kind": "[X] Fisioterapia   [ ] Consulta   [ ] Pruebas diagnósticas",
        "sum": "Importe total solicitado", "sign": "Firma", "signed": "Fecha",
        "declare": "Declaro que los datos facilitados son ciertos.",
        "clinic": ("Clínica Fisioterapia Abando, S.L.", "Calle Colón de Larreátegui 26, "
                   "48001 Bilbao"),
        "inv": "FACTURA", "invno": "Nº factura", "date": "Fecha", "due": "Vencimiento",
        "patient": "Paciente", "cols": ("Fecha", "Tratamiento", "Código", "Importe"),
        "treat": ("Valoración inicial y tratamiento", "Sesión de fisioterapia",
                  "Punción seca", "Ondas de choque"),
        "fees": (50.0, 40.0, 45.0, 70.0), "total": "Total factura",
        "shop": "Farmacia Zubiaurre", "street2": "Alameda Urquijo 40, Bilbao",
    },
    "de": {
        "insurer": "Rheinland Krankenversicherung AG", "street": "Postfach 10 12 20, 50452 Köln",
        "me": ("Sabine Wendler", "Gartenstraße 9", "53111 Bonn"), "place": "Bonn",
        "subject": "Erstattungsantrag zu Vertrag {policy}",
        "dear": "Sehr geehrte Damen und Herren,",
        "body": "anbei übersende ich Ihnen den ausgefüllten Erstattungsantrag, die Rechnung "
        "der Physiotherapiepraxis und den Kassenbeleg der Apotheke mit der Bitte um "
        "Erstattung auf mein bekanntes Konto.",
        "close": "Mit freundlichen Grüßen",
        "form": "ANTRAG AUF LEISTUNGSERSTATTUNG", "claim": "Vorgangsnummer",
        "policy": "Versicherungsnummer", "holder": "Versicherte Person",
        "loss": "Behandlungsbeginn",
        "kind": "[X] Heilmittel   [ ] Arztrechnung   [ ] Arzneimittel",
        "sum": "Erstattungsbetrag gesamt", "sign": "Unterschrift", "signed": "Datum",
        "declare": "Ich versichere die Richtigkeit meiner Angaben.",
        "clinic": ("Physiotherapie am Hofgarten GmbH", "Adenauerallee 41, 53113 Bonn"),
        "inv": "RECHNUNG", "invno": "Rechnungsnummer", "date": "Datum", "due": "Zahlbar bis",
        "patient": "Patientin", "cols": ("Datum", "Leistung", "Ziffer", "Betrag"),
        "treat": ("Krankengymnastik (KG)", "Manuelle Therapie (MT)", "Klassische Massage",
                  "Wärmetherapie (Fango)"),
        "fees": (32.5, 38.0, 24.0, 14.5), "total": "Rechnungsbetrag",
        "shop": "Apotheke am Markt", "street2": "Markt 6, 53111 Bonn",
    },
}  # fmt: skip
_LOCALE = {"en": "uk", "es": "es", "de": "de"}


@dataclass(frozen=True, slots=True)
class Claim:
    """What the papers of one claim share."""

    lang: str
    day: dt.date
    policy: str
    claim: str
    invoice_total: float
    receipt_total: float


def claim_facts(rng: random.Random, lang: str, day: dt.date) -> Claim:
    return Claim(lang, day, f"{rng.randint(10**7, 10**8 - 1)}", f"CL-{rng.randint(100000, 999999)}",
                 0.0, 0.0)  # fmt: skip


def cover_letter(rng: random.Random, c: Claim) -> Drawn:
    words = _WORDS[c.lang]
    p = Pen.start(rng, _LOCALE[c.lang])
    name, street, town = words["me"]
    p.person(name)
    insurer = p.firm(words["insurer"])
    blocks = [
        ("text", [name, street, town]),
        ("gap", 2),
        ("text", [insurer, words["street"]]),
        ("gap", 1),
        ("text", [f"{words['place']}, {p.day(c.day, 'issue', 'long')}"]),
        ("gap", 1),
        ("bold", [words["subject"].format(policy=c.policy)]),
        ("gap", 1),
        ("text", [words["dear"]]),
        ("para", words["body"]),
        ("gap", 1),
        ("text", [words["close"], "", name]),
    ]  # fmt: skip
    return Drawn(Doc(blocks, family="serif", size=10.5), p, c.day)


def claim_form(rng: random.Random, c: Claim) -> Drawn:
    words = _WORDS[c.lang]
    p = Pen.start(rng, _LOCALE[c.lang])
    insurer = p.firm(words["insurer"])
    name = p.person(words["me"][0])
    amount = cents(c.invoice_total + c.receipt_total)
    blocks = [
        ("side", ([insurer], [words["street"]])),
        ("gap", 1),
        ("title", words["form"]),
        ("kv", [(words["claim"], p.ident(c.claim)), (words["policy"], c.policy),
                (words["holder"], name),
                (words["loss"], p.day(c.day - dt.timedelta(days=50), None))]),
        ("gap", 1),
        ("text", [words["kind"]]),
        ("gap", 1),
        ("kv", [(words["sum"], p.total(amount))]),
        ("gap", 2),
        ("text", [words["declare"]]),
        ("gap", 1),
        ("kv", [(words["sign"], name), (words["signed"], p.day(c.day, "issue"))]),
    ]  # fmt: skip
    return Drawn(Doc(blocks), p, c.day)


def physio_invoice(rng: random.Random, c: Claim) -> tuple[Drawn, float]:
    words = _WORDS[c.lang]
    p = Pen.start(rng, _LOCALE[c.lang])
    clinic, street = words["clinic"]
    clinic = p.seller(clinic)
    patient = p.person(words["me"][0])
    issued = c.day - dt.timedelta(days=rng.randint(3, 9))
    number = p.ident(f"{rng.randint(2000, 2999)}/{issued.year % 100}")
    rows: list[Row] = []
    total = 0.0
    start = issued - dt.timedelta(days=40)
    for visit in range(rng.randint(3, 6)):
        which = 0 if visit == 0 else rng.randint(1, 3)
        fee = words["fees"][which]
        total += fee
        text = words["treat"][which]
        p.item(text, None, None, fee)
        day = start + dt.timedelta(days=7 * visit)
        rows.append(Row([p.day(day, None), text, f"{rng.choice('KMPX')}{rng.randint(100, 999)}",
                         p.num(fee)], value=fee))  # fmt: skip
    cols = list(words["cols"])
    table = Table(cols, rows, frozenset({3}), [14, 52, 10, 14], wrap=1, rules="lines")
    blocks = [
        ("side", ([clinic, street], [words["inv"]])),
        ("gap", 1),
        ("kv", [(words["invno"], number), (words["date"], p.day(issued, "issue")),
                (words["patient"], patient), (words["due"], p.day(issued + dt.timedelta(days=14),
                                                                   "due"))]),
        ("gap", 1),
        ("table", table),
        ("totals", [(words["total"], p.total(total))]),
    ]  # fmt: skip
    return Drawn(Doc(blocks), p, issued), total


_PHARMACY = {
    "en": (
        ("Knee support, elastic, M", 14.99),
        ("Ibuprofen 200mg 16 tabs", 2.49),
        ("Cold pack reusable", 6.5),
        ("Kinesiology tape 5cm x 5m", 8.99),
    ),
    "es": (
        ("Rodillera elástica T.M", 18.9),
        ("Ibuprofeno 400 mg 30 comp.", 3.2),
        ("Bolsa de frío reutilizable", 7.45),
        ("Vendaje neuromuscular 5cm", 9.95),
    ),
    "de": (
        ("Kniebandage Gr. M", 24.95),
        ("Ibuprofen 400 mg 20 Tbl.", 4.98),
        ("Kühlkompresse 13x14 cm", 5.49),
        ("Kinesio Tape 5 cm x 5 m", 11.9),
    ),
}


def pharmacy_receipt(rng: random.Random, c: Claim) -> tuple[Drawn, float]:
    """A pharmacy's till receipt set on an A4 page (a strip of paper on a scanner's glass)."""
    words = _WORDS[c.lang]
    p = Pen.start(rng, _LOCALE[c.lang])
    shop = p.seller(words["shop"], upper=True)
    day = c.day - dt.timedelta(days=rng.randint(10, 30))
    number = p.ident(str(rng.randint(10000, 99999)))
    label = {"en": ("Receipt", "TOTAL", "Card"), "es": ("Ticket", "TOTAL", "Tarjeta"),
             "de": ("Beleg-Nr.", "SUMME", "Karte")}[c.lang]  # fmt: skip
    lines = [shop, words["street2"], "", f"{label[0]} {number}   {p.day(day, 'issue')}", ""]
    total = 0.0
    for text, price in rng.sample(_PHARMACY[c.lang], rng.randint(2, 3)):
        count = rng.choice((1, 1, 2))
        amount = cents(count * price)
        if count > 1:
            lines.append(f"  {count} x {p.num(price)}")
            p.item(text, float(count), price, amount)
        else:
            p.item(text, None, None, amount)
        lines.append(f"{text:<30}{p.num(amount):>9}")
        total += amount
    shown = p.total(total)
    lines += [
        "-" * 39,
        f"{label[1]:<24}" + " " * (15 - len(unmark(shown))) + shown,
        f"{label[2]:<30}{p.num(total):>9}",
    ]
    doc = Doc([("gap", 3), ("text", lines)], family="mono", margin=2.6, size=8.5)
    return Drawn(doc, p, day), total


__all__ = ["Claim", "claim_facts", "claim_form", "cover_letter", "pharmacy_receipt",
           "physio_invoice"]  # fmt: skip
