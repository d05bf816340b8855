"""Receipts written on forms and in letters rather than by a till: a US charity's donation
receipt and Germany's Zuwendungsbestätigung, a landlord's rent receipt, the stationer's
Quittung, Recibo and Reçu pads filled in by hand ("received from ... the sum of"), a US
receipt book's page, a gym's membership payment and a French doctor's receipt of fees."""

from __future__ import annotations

import random

from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_slips_goods import digits
from testbed.evaluation.variety_slips_style import SlipWriter, some_day

#: Round sums and how each language writes them out.
WORDS = {
    50.0: {"de": "fünfzig", "es": "cincuenta", "fr": "cinquante", "en": "Fifty", "pt": "cinquenta"},
    120.0: {
        "de": "einhundertzwanzig",
        "es": "ciento veinte",
        "fr": "cent vingt",
        "en": "One hundred twenty",
        "pt": "cento e vinte",
    },
    250.0: {
        "de": "zweihundertfünfzig",
        "es": "doscientos cincuenta",
        "fr": "deux cent cinquante",
        "en": "Two hundred fifty",
        "pt": "duzentos e cinquenta",
    },
    300.0: {
        "de": "dreihundert",
        "es": "trescientos",
        "fr": "trois cents",
        "en": "Three hundred",
        "pt": "trezentos",
    },
    850.0: {
        "de": "achthundertfünfzig",
        "es": "ochocientos cincuenta",
        "fr": "huit cent cinquante",
        "en": "Eight hundred fifty",
        "pt": "oitocentos e cinquenta",
    },
}


def donation_us(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A US charity's donation receipt: its EIN, the donor, the gift, the statement that no
    goods or services were given in return (what makes it deductible)."""
    w = SlipWriter(rng, loc="en-US", signed=True)
    charity = rng.choice(
        ("Riverbend Food Bank", "Friends of Cedar Park", "Harborlight Animal Rescue")
    )
    donor = w.person_name()
    signer = w.person_name({donor.split()[0]})
    day = some_day(rng)
    amount = float(rng.choice((50, 100, 250, 500)))
    number = f"D-{day.year}-{rng.randint(100, 9999):04d}"
    blocks: list[Block] = [
        ("title", w.shop(charity)),
        ("lines", ["PO Box 2207, Eugene, OR 97402", f"EIN {digits(rng, 2)}-{digits(rng, 7)}"]),
        ("heading", "Donation Receipt"),
        (
            "kv",
            [
                ("Receipt #", w.docno(number)),
                ("Date", w.day(day)),
                ("Donor", w.person(donor)),
                ("Amount", w.total_money(amount)),
                ("Method", rng.choice(("Check #1182", "Credit card", "Cash"))),
            ],
        ),
        (
            "para",
            f"Thank you for your generous gift to {charity}, a 501(c)(3) nonprofit "
            "organization. No goods or services were provided in exchange for your "
            "contribution. Please keep this receipt for your tax records.",
        ),
        ("lines", ["With gratitude,", w.person(signer), "Executive Director"]),
    ]
    return blocks, w


def zuwendung(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """Germany's official Bestätigung über Geldzuwendungen: the donor, the sum in figures and
    in words, the day of the gift, the association's tax exemption; no number."""
    w = SlipWriter(rng, loc="de", signed=True)
    verein = rng.choice(
        ("Förderverein Tierheim Ulm e.V.", "Tafel Rosenheim e.V.", "Sportfreunde Neckartal e.V.")
    )
    donor = w.person_name()
    day = some_day(rng)
    amount = rng.choice((50.0, 120.0, 250.0))
    blocks: list[Block] = [
        ("lines", [w.shop(verein), "Vereinsstraße 4, 89073 Ulm"]),
        ("title", "Bestätigung über Geldzuwendungen"),
        (
            "para",
            "im Sinne des § 10b des Einkommensteuergesetzes an eine der in § 5 Abs. 1 "
            "Nr. 9 des Körperschaftsteuergesetzes bezeichneten Körperschaften",
        ),
        (
            "kv",
            [
                (
                    "Name und Anschrift des Zuwendenden",
                    f"{w.person(donor)}, Blaubeurer Str. 8, 89077 Ulm",
                ),
                ("Betrag der Zuwendung - in Ziffern -", w.total_money(amount)),
                ("- in Buchstaben -", WORDS[amount]["de"]),
                ("Tag der Zuwendung", w.day(day)),
            ],
        ),
        ("para", "Es handelt sich nicht um den Verzicht auf Erstattung von Aufwendungen."),
        (
            "para",
            "Wir sind wegen Förderung des Tierschutzes nach dem Freistellungsbescheid des "
            f"Finanzamtes Ulm, StNr. 88/{digits(rng, 3)}/{digits(rng, 5)}, vom "
            f"{w.day(some_day(rng), None)} von der Körperschaftsteuer befreit.",
        ),
        (
            "lines",
            [
                f"Ulm, {w.day(day, None)}",
                "",
                "____________________",
                "(Unterschrift des Zuwendungsempfängers)",
            ],
        ),
    ]
    return blocks, w


def rent_uk(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A landlord's rent receipt: received from the tenant the sum of, for the period."""
    w = SlipWriter(rng, loc="en-GB", signed=True)
    landlord, tenant = w.person_name(), w.person_name()
    day = some_day(rng)
    amount = rng.choice((850.0, 300.0))
    blocks: list[Block] = [
        ("title", "RENT RECEIPT"),
        ("kv", [("Receipt No", w.docno(f"{rng.randint(1, 60):03d}")), ("Date", w.day(day))]),
        (
            "para",
            f"Received from {w.person(tenant)} the sum of {w.total_money(amount)} "
            f"({WORDS[amount]['en']} pounds) being rent for Flat 2, 41 Albion Street, "
            f"Leeds LS1 6HX for the month of {day.strftime('%B %Y')}.",
        ),
        (
            "kv",
            [
                ("Payment method", rng.choice(("Bank transfer", "Cash", "Standing order"))),
                ("Balance outstanding", w.money(0.0)),
            ],
        ),
        ("lines", ["Signed: ____________________", f"Landlord: {w.shop(landlord)}"]),
    ]
    w.organizations.remove(landlord)
    w.person(landlord)
    return blocks, w


def quittung(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A stationer's Quittung pad filled in: net, VAT and gross, the sum in words, from whom,
    for what, "dankend erhalten", place and date, stamp and signature."""
    w = SlipWriter(rng, loc="de", signed=True)
    payee = rng.choice(("Gartenpflege Beck", "Malerbetrieb Sommer", "Umzüge Krämer"))
    payer = w.person_name()
    day = some_day(rng)
    gross = rng.choice((120.0, 250.0, 300.0))
    net = round(gross / 1.19, 2)
    blocks: list[Block] = [
        (
            "columns",
            [
                ("Quittung", f"Nr. {w.docno(str(rng.randint(1, 99)))}"),
                ("", w.sign(net, "EUR {n}")),
                ("", "+ 19 % MwSt."),
                ("", f"Gesamt EUR {w.sum_bare(gross)}"),
            ],
        ),
        (
            "kv",
            [
                ("EUR in Worten", f"{WORDS[gross]['de']} ----"),
                ("von", f"Herrn {w.person(payer)}"),
                (
                    "für",
                    rng.choice(
                        (
                            "Heckenschnitt und Grünschnittabfuhr",
                            "Streichen Flur",
                            "Transport Kleinmöbel",
                        )
                    ),
                ),
            ],
        ),
        ("para", "richtig erhalten zu haben, bestätigt"),
        (
            "kv",
            [
                ("Ort/Datum", f"Stuttgart, {w.day(day, style='d.m.Y')}"),
                ("Stempel/Unterschrift des Empfängers", w.shop(payee)),
            ],
        ),
    ]
    return blocks, w


def recibo(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A Spanish or Portuguese receipt pad: number and sum on top, "He recibido de" /
    "Recebi de" the sum in words, the concept, the place and date in words."""
    loc = rng.choice(("es", "pt"))
    w = SlipWriter(rng, loc=loc, signed=True)
    payer, payee = w.person_name(), w.person_name()
    day = some_day(rng)
    amount = rng.choice((50.0, 300.0, 850.0))
    es = loc == "es"
    words = WORDS[amount][loc]
    place = "Valencia" if es else "Lisboa"
    dated = w.day(day, style="d de Month de Y")
    blocks: list[Block] = [
        (
            "columns",
            [
                (
                    "RECIBO",
                    f"Nº {w.docno(f'{rng.randint(1, 200):03d}')}"
                    if es
                    else f"N.º {w.docno(f'{rng.randint(1, 200):03d}')}",
                ),
                ("", f"{'Por' if es else 'Valor'}: {w.total_money(amount)}"),
            ],
        ),
        (
            "para",
            (
                f"He recibido de D./Dña. {w.person(payer)} la cantidad de {words} euros "
                f"en concepto de {rng.choice(('clases particulares', 'alquiler de garaje'))}."
            )
            if es
            else (
                f"Recebi de {w.person(payer)} a quantia de {words} euros, referente a "
                f"{rng.choice(('explicações de matemática', 'renda de garagem'))}."
            ),
        ),
        ("para", f"En {place}, a {dated}" if es else f"{place}, {dated}"),
        ("lines", ["Firmado:" if es else "Assinatura:", w.shop(payee)]),
    ]
    w.organizations.remove(payee)
    w.person(payee)
    return blocks, w


def recu(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A French reçu: "Je soussigné(e) ... reconnais avoir reçu de ... la somme de ..."."""
    w = SlipWriter(rng, loc="fr", signed=True)
    payee, payer = w.person_name(), w.person_name()
    day = some_day(rng)
    amount = rng.choice((50.0, 120.0, 300.0))
    blocks: list[Block] = [
        ("title", "REÇU"),
        (
            "para",
            f"Je soussigné(e) {w.shop(payee)}, reconnais avoir reçu de {w.person(payer)} "
            f"la somme de {w.total_money(amount)} ({WORDS[amount]['fr']} euros) en "
            f"espèces, au titre de {rng.choice(('la vente d\u2019un vélo', 'cours de piano'))}.",
        ),
        ("para", f"Fait à Lyon, le {w.day(day, style='d Month Y')}"),
        ("lines", ["Signature :", payee]),
    ]
    w.organizations.remove(payee)
    w.person(payee)
    return blocks, w


def receipt_book(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A page of a US receipt book: date and number on top, received from, dollars in words,
    for rent, account, paid and balance due boxes, cash, check or money order, by."""
    w = SlipWriter(rng, loc="en-US", signed=True)
    payer = w.person_name()
    day = some_day(rng)
    amount = rng.choice((250.0, 850.0))
    blocks: list[Block] = [
        (
            "columns",
            [
                ("RECEIPT", f"DATE {w.day(day, style='m/d/Y')}"),
                ("", f"No. {w.docno(str(rng.randint(100, 9999)))}"),
            ],
        ),
        (
            "kv",
            [
                ("RECEIVED FROM", w.person(payer)),
                ("", f"{WORDS[amount]['en']} and 00/100 ---- DOLLARS"),
                ("FOR RENT", "Unit 3B, March"),
            ],
        ),
        (
            "columns",
            [
                ("ACCT.", w.money(amount)),
                ("PAID", w.total_money(amount)),
                ("BAL. DUE", w.money(0.0)),
            ],
        ),
        (
            "lines",
            ["[ ] CASH   [X] CHECK   [ ] MONEY ORDER", f"BY {w.shop('Sunset Court Apartments')}"],
        ),
    ]
    return blocks, w


def gym_au(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """An Australian gym's membership payment receipt (a tax invoice too: ABN, GST)."""
    w = SlipWriter(rng, loc="en-AU", signed=True)
    gym = rng.choice(("Peak Fitness Fremantle", "Anytime Strong Brunswick"))
    member = w.person_name()
    day = some_day(rng)
    fortnight = rng.choice((27.9, 32.5, 39.95))
    number = f"{rng.randint(100000, 999999)}"
    w.item("Membership fee - fortnightly", fortnight)
    blocks: list[Block] = [
        ("title", w.shop(gym)),
        ("lines", [f"ABN {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"]),
        ("heading", "Tax Invoice / Receipt"),
        (
            "kv",
            [
                ("Member", w.person(member)),
                ("Member no.", digits(rng, 7)),
                ("Receipt no.", w.docno(number)),
                ("Payment date", w.day(day)),
            ],
        ),
        (
            "table",
            [["Description", "Amount"], ["Membership fee - fortnightly", w.money(fortnight)]],
        ),
        (
            "kv",
            [
                ("Total paid (incl. GST)", w.total_money(fortnight)),
                ("GST", w.money(round(fortnight / 11, 2))),
                ("Paid by", "Direct debit"),
            ],
        ),
    ]
    return blocks, w


def honoraires(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A French doctor's receipt of fees (note d'honoraires acquittée) for a consultation."""
    w = SlipWriter(rng, loc="fr", signed=True)
    doctor, patient = w.person_name(), w.person_name()
    day = some_day(rng)
    fee = rng.choice((30.0, 50.0, 60.0))
    w.item("Consultation", fee)
    blocks: list[Block] = [
        (
            "lines",
            [
                f"Docteur {w.shop(doctor)}",
                "Médecin généraliste \u2013 Secteur 2",
                "14 rue des Tanneurs, 67000 Strasbourg",
                f"N° RPPS {digits(rng, 11)}",
            ],
        ),
        ("title", "Reçu d'honoraires"),
        (
            "para",
            f"Je soussigné(e), Docteur {doctor}, certifie avoir reçu de "
            f"{w.person(patient)} la somme de {w.total_money(fee)} pour les actes "
            "ci-dessous.",
        ),
        (
            "table",
            [
                ["Date", "Acte", "Montant"],
                [w.day(day, style="d/m/Y"), "Consultation", w.money(fee)],
            ],
        ),
        ("para", "Payé par carte bancaire. TVA non applicable, art. 261-4-1° du CGI."),
    ]
    w.organizations.remove(doctor)
    w.person(doctor)
    return blocks, w


__all__ = [
    "donation_us",
    "gym_au",
    "honoraires",
    "quittung",
    "receipt_book",
    "recibo",
    "recu",
    "rent_uk",
    "zuwendung",
]
