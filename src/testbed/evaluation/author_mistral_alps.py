"""mistral's papers from Switzerland and Greece: an invoice with a QR-bill payment part, in
French or Italian, and a Greek service invoice (timologio parochis ypiresion).

A Swiss QR-bill prints a 27-digit payment reference and an IBAN in its payment part beside
the invoice's own number; the reference is for the bank, the number is the invoice's. Many
Swiss invoices give only "payable dans les 30 jours": no due date unless one is printed. A
Greek invoice prints its series and number, the seller's and buyer's tax numbers (AFM) and
tax office (DOY), and the MARK the tax authority's myDATA gave it: the MARK is a filing id,
not the invoice number.
"""

# ruff: noqa: RUF001 - a Greek paper's words are written in Greek letters

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_mistral_style import (
    CHF,
    Money,
    Paper,
    a_day,
    digits,
    item_table,
    numeric,
    priced,
)
from testbed.evaluation.truth import Block, mark
from testbed.evaluation.variety_dues_print import Sheet

_SWISS = {
    "fr": (
        ["Fiduciaire Rochat SA", "Garage du Léman Sàrl", "Chauffage Python & Cie SA"],
        ["Lausanne", "Sion", "Fribourg"],
    ),
    "it": (
        ["Falegnameria Bernasconi SA", "Elettro Lepori Sagl", "Studio Fontana Sagl"],
        ["Lugano", "Bellinzona", "Locarno"],
    ),
}
_PEOPLE = {
    "fr": ["Pierre-Alain Monnier", "Laurent Chappuis", "Sandrine Pittet"],
    "it": ["Chiara Bernasconi", "Marco Lepori", "Giulia Ferrari"],
}
_SWISS_GOODS = {
    "fr": [
        "Révision annuelle",
        "Pièces de rechange",
        "Main-d'œuvre (h)",
        "Déplacement",
        "Tenue de comptabilité (h)",
        "Bouclement annuel",
    ],
    "it": [
        "Revisione annuale",
        "Pezzi di ricambio",
        "Manodopera (ore)",
        "Trasferta",
        "Consulenza (ore)",
        "Materiale elettrico",
    ],
}
_WORDS = {
    "fr": (
        "Facture",
        "Facture n°",
        "Date",
        "N° client",
        "Votre référence",
        "Échéance",
        "Payable dans les 30 jours, net.",
        "Total TTC",
        "Section paiement",
        "Récépissé",
        "Compte / Payable à",
        "Référence",
        "Montant",
        "Désignation",
        "Qté",
        "Prix",
        "Montant",
    ),
    "it": (
        "Fattura",
        "Fattura n.",
        "Data",
        "N. cliente",
        "Vostro riferimento",
        "Scadenza",
        "Pagabile entro 30 giorni netto.",
        "Totale IVA incl.",
        "Sezione pagamento",
        "Ricevuta",
        "Conto / Pagabile a",
        "Riferimento",
        "Importo",
        "Descrizione",
        "Qtà",
        "Prezzo",
        "Importo",
    ),
}


def qr_facture(rng: random.Random) -> Paper:
    """A Swiss invoice with a QR-bill payment part: number, client no., QR reference, IBAN."""
    lang = rng.choice(["fr", "fr", "it"])
    firms, towns = _SWISS[lang]
    w = _WORDS[lang]
    firm, town = rng.choice(firms), rng.choice(towns)
    client = rng.choice(_PEOPLE[lang])
    issued = a_day(rng)
    number = f"{issued:%Y}-{digits(rng, 4)}"
    rows = priced(rng, _SWISS_GOODS[lang], 40, 900, rng.randrange(2, 5))
    net = round(sum(r.amount for r in rows), 2)
    vat = round(net * 0.081, 2)
    total = round(net + vat, 2)
    paper = Paper(
        "invoice",
        Sheet(),
        number=number,
        vendor=firm,
        total=(total, "CHF"),
        organizations=[firm],
        people=[client],
        items=rows,
    )
    for amount in (net, vat, total):
        paper.money(amount, "CHF")
    paper.on("issue", issued)
    panel = [
        (w[1], mark("documentNumber", number)),
        (w[2], mark("issueDate", numeric(issued, "."))),
        (w[3], digits(rng, 5)),
        (
            w[4],
            rng.choice(["Offre du 12.01.", "Tél. du 3.02."] if lang == "fr" else ["Offerta 14/26"]),
        ),
    ]
    terms = w[6]
    if rng.random() < 0.5:
        due = issued + dt.timedelta(days=30)
        paper.on("due", due)
        panel.append((w[5], mark("dueDate", numeric(due, "."))))
    reference = " ".join([digits(rng, 2)] + [digits(rng, 5) for _ in range(5)])
    iban = " ".join(["CH" + digits(rng, 2), "3000", *(digits(rng, 4) for _ in range(3)), "5"])
    paper.sheet = Sheet(
        head=[
            mark("vendor", firm),
            f"{town} — CHE-{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)} TVA/IVA",
        ],
        panel=panel,
        panel_style=rng.choice(["box", "stack"]),
        address=[
            client,
            f"{rng.randrange(1, 60)} {'chemin des Vignes' if lang == 'fr' else 'via Cantonale'}",
            f"{rng.randrange(1000, 6999)} {town}",
        ],
        body=[
            ("title", w[0].upper()),
            ("table", item_table(rows, CHF, [w[13], w[14], w[15], w[16]])),
            (
                "kv",
                [
                    ("Total HT" if lang == "fr" else "Totale netto", CHF(net)),
                    ("TVA 8,1 %" if lang == "fr" else "IVA 8.1%", CHF(vat)),
                    (w[7], mark("total", CHF(total))),
                ],
            ),
            ("para", terms),
        ],
        slip=[
            ("lines", [f"{w[9]}   |   {w[8]}"]),
            (
                "kv",
                [
                    (w[10], f"{iban} — {firm}"),
                    (w[11], reference),
                    (w[12], f"CHF {CHF.bare(total)}"),
                ],
            ),
        ],
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )
    return paper


def timologio(rng: random.Random) -> Paper:
    """A Greek service invoice: series and number, AFM and DOY, the myDATA MARK, 24 % VAT."""
    firm = rng.choice(
        [
            "Παπαδόπουλος Σύμβουλοι Ι.Κ.Ε.",
            "Georgiou Technical Services S.A.",
            "Λογιστικό Γραφείο Νικολάου",
        ]
    )
    client = rng.choice(["Ξενοδοχείο Αθηνά", "Aegean Blue Shipping Ltd", "Ταβέρνα Ο Γιώργος"])
    issued = a_day(rng)
    series, serial = rng.choice(["ΤΠΥ", "Α", "TPY"]), str(rng.randrange(1, 2000))
    money = Money("EUR", ".", ",", after=" €")
    rows = priced(
        rng,
        [
            "Λογιστική υποστήριξη",
            "Τεχνική υποστήριξη (ώρες)",
            "Μεταφορά",
            "Συντήρηση κλιματιστικών",
            "Εργασία",
        ],
        30,
        500,
        rng.randrange(1, 4),
    )
    net = round(sum(r.amount for r in rows), 2)
    vat = round(net * 0.24, 2)
    total = round(net + vat, 2)
    paper = Paper(
        "invoice",
        Sheet(),
        number=serial,
        vendor=firm,
        total=(total, "EUR"),
        organizations=[firm, client],
        items=rows,
    )
    for amount in (net, vat, total):
        paper.money(amount, "EUR")
    paper.on("issue", issued)
    terms = rng.choice(["Μετρητά", "Επί πιστώσει"])
    body: list[Block] = [
        ("title", "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ"),
        (
            "kv",
            [
                ("Σειρά", series),
                ("Αριθμός", mark("documentNumber", serial)),
                ("Ημερομηνία", mark("issueDate", numeric(issued))),
                ("ΜΑΡΚ", digits(rng, 15)),
                ("Τρόπος πληρωμής", terms),
            ],
        ),
        ("kv", [("Πελάτης", client), ("ΑΦΜ", digits(rng, 9)), ("ΔΟΥ", "Α' Πειραιά")]),
        ("table", item_table(rows, money, ["Περιγραφή", "Ποσότητα", "Τιμή", "Αξία"])),
        (
            "kv",
            [
                ("Καθαρή αξία", money(net)),
                ("ΦΠΑ 24%", money(vat)),
                ("Πληρωτέο", mark("total", money(total))),
            ],
        ),
    ]
    if terms == "Επί πιστώσει":
        due = issued + dt.timedelta(days=30)
        paper.on("due", due)
        body.append(("kv", [("Ημερομηνία λήξης", mark("dueDate", numeric(due)))]))
    paper.sheet = Sheet(
        head=[
            mark("vendor", firm),
            f"ΑΦΜ {digits(rng, 9)} — ΔΟΥ ΦΑΕ Αθηνών — ΓΕΜΗ {digits(rng, 12)}",
            f"Λεωφ. Συγγρού {rng.randrange(1, 300)}, Αθήνα — Τηλ. 210 {digits(rng, 7)}",
        ],
        body=body,
        footer=[f"IBAN GR16 0110 1250 0000 {digits(rng, 12)}"],
    )
    return paper
