"""mistral's papers of a tenancy and an association: a rent call (avis d'échéance), a rent
receipt (quittance de loyer), a payment reminder (relance), a service contract and the
minutes of a general meeting (procès-verbal).

A rent call bills the coming month: its date of issue, the period it covers and the date the
rent falls due are three different dates, and only the last is the due date. A reminder
letter's number is its own reference, not the invoice it chases; its due date is the new
deadline it sets. A contract takes effect on one day and ends on another; its signature date
is its date of issue.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_mistral_style import (
    EUR_FR,
    EUR_IT,
    Paper,
    a_day,
    digits,
    month_end,
    numeric,
    spelled,
)
from testbed.evaluation.truth import Block, LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

_AGENCIES = [
    "Foncia Gestion Lyon Part-Dieu",
    "Cabinet Immobilier Rivière",
    "Nexity Lamy Nantes",
    "Agence Citya Bordeaux",
    "Gérance Martin & Associés",
]
_TENANTS = [
    "Mme Claire Fontaine",
    "M. Julien Mercier",
    "Mme Sofia Benali",
    "M. Karim Haddad",
    "Mme Inès Carvalho",
]
_OWNERS = ["M. Bernard Lefèvre", "Mme Odile Girard", "M. Patrice Roux"]
_TOWNS = ["Lyon", "Nantes", "Bordeaux", "Marseille", "Montpellier"]


def _next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def rent(rng: random.Random) -> Paper:
    """An agency's rent call for next month: issue date, period, due date, tenant number."""
    agency, tenant, town = rng.choice(_AGENCIES), rng.choice(_TENANTS), rng.choice(_TOWNS)
    issued = a_day(rng)
    start = _next_month(issued)
    end = month_end(start)
    due = start + dt.timedelta(days=rng.choice([0, 4, 9]))
    rent_, charges = float(rng.randrange(450, 1400)), float(rng.randrange(40, 180))
    rows = [
        LineItem("Loyer", None, None, rent_),
        LineItem("Provision sur charges", None, None, charges),
    ]
    if rng.random() < 0.4:
        rows.append(
            LineItem(
                "Taxe d'enlèvement des ordures ménagères", None, None, float(rng.randrange(8, 25))
            )
        )
    total = round(sum(r.amount for r in rows), 2)
    number = f"AE{start:%Y%m}-{digits(rng, 5)}" if rng.random() < 0.6 else None
    paper = Paper(
        "invoice",
        Sheet(),
        number=number,
        vendor=agency,
        total=(total, "EUR"),
        organizations=[agency],
        people=[tenant.split(" ", 1)[1]],
        items=rows,
    )
    for row in rows:
        paper.money(row.amount, "EUR")
    paper.money(total, "EUR")
    paper.on("issue", issued)
    paper.on("due", due)
    panel = [
        ("Édité le", mark("issueDate", numeric(issued))),
        ("Référence locataire", f"{digits(rng, 4)}-{digits(rng, 3)}"),
        ("Lot n°", f"{rng.randrange(1, 40)} — {rng.choice(['T2', 'T3', 'Studio'])}"),
    ]
    if number:
        panel.insert(0, ("Avis n°", mark("documentNumber", number)))
    due_text = rng.choice(["Date d'exigibilité", "Échéance", "À régler avant le"])
    paper.sheet = Sheet(
        head=[
            mark("vendor", agency),
            f"Carte professionnelle CPI {digits(rng, 4)} {digits(rng, 4)}"
            f" {digits(rng, 3)} — Garantie financière {digits(rng, 6)}",
        ],
        panel=panel,
        panel_style=rng.choice(["box", "band"]),
        address=[
            tenant,
            f"{rng.randrange(2, 90)} rue Victor Hugo, appt {rng.randrange(1, 40)}",
            f"{digits(rng, 5)} {town}",
        ],
        body=[
            ("title", "AVIS D'ÉCHÉANCE"),
            (
                "para",
                f"Période du {numeric(start)} au {numeric(end)} — propriétaire : "
                f"{rng.choice(_OWNERS)}",
            ),
            ("table", [["Libellé", "Montant"]] + [[r.description, EUR_FR(r.amount)] for r in rows]),
            (
                "kv",
                [
                    ("Solde antérieur", EUR_FR(0.0)),
                    ("Total à régler", mark("total", EUR_FR(total))),
                    (due_text, mark("dueDate", numeric(due))),
                ],
            ),
            (
                "para",
                "Cet avis ne vaut pas quittance. Prélèvement automatique le jour de "
                "l'échéance si vous avez signé un mandat SEPA.",
            ),
        ],
        footer=[
            f"IBAN FR76 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} "
            f"{digits(rng, 4)} {digits(rng, 3)}"
        ],
        text_panel=rng.choice(["kv", "columns"]),
    )
    return paper


def quittance(rng: random.Random) -> Paper:
    """A landlord's rent receipt: what was received for which month, dated where signed."""
    owner, tenant, town = rng.choice(_OWNERS), rng.choice(_TENANTS), rng.choice(_TOWNS)
    period = _next_month(a_day(rng))
    signed = period + dt.timedelta(days=rng.randrange(2, 10))
    rent_, charges = float(rng.randrange(400, 1200)), float(rng.randrange(30, 150))
    total = rent_ + charges
    paper = Paper(
        "receipt",
        Sheet(),
        vendor=owner.split(" ", 1)[1],
        total=(total, "EUR"),
        people=[owner.split(" ", 1)[1], tenant.split(" ", 1)[1]],
        items=[LineItem("Loyer", None, None, rent_), LineItem("Charges", None, None, charges)],
    )
    for amount in (rent_, charges, total):
        paper.money(amount, "EUR")
    paper.on("issue", signed)
    paper.sheet = Sheet(
        head=["QUITTANCE DE LOYER"],
        body=[
            (
                "para",
                f"Je soussigné(e) {mark('vendor', owner.split(' ', 1)[1])}, propriétaire du "
                f"logement situé {rng.randrange(2, 90)} rue des Lilas, {town}, déclare avoir "
                f"reçu de {tenant} la somme de {mark('total', EUR_FR(total))} au titre du "
                f"paiement du loyer et des charges pour la période du {numeric(period)} au "
                f"{numeric(month_end(period))}.",
            ),
            (
                "table",
                [["Détail", "Montant"], ["Loyer", EUR_FR(rent_)], ["Charges", EUR_FR(charges)]],
            ),
            ("para", f"Fait à {town}, le {mark('issueDate', spelled(signed, 'fr'))}."),
            ("lines", [f"Signature : {owner}"]),
        ],
    )
    return paper


def relance(rng: random.Random) -> Paper:
    """A reminder letter: its own reference, the invoice chased, its old and new due dates."""
    firm = rng.choice(["Imprimerie du Rhône SAS", "Transports Garnier SA", "Atelier Berthier"])
    client = rng.choice(["Hôtel Les Tilleuls", "Restaurant Chez Paulette", "SCI Les Glycines"])
    sent = a_day(rng)
    invoiced = sent - dt.timedelta(days=rng.randrange(45, 90))
    old_due = invoiced + dt.timedelta(days=30)
    deadline = sent + dt.timedelta(days=rng.choice([8, 10, 15]))
    owed = round(rng.uniform(180, 6000), 2)
    fee = 40.0 if rng.random() < 0.5 else 0.0
    total = round(owed + fee, 2)
    reference = f"REL-{sent:%y}-{digits(rng, 4)}"
    invoice = f"FA-2026-{digits(rng, 5)}"
    paper = Paper(
        "letter", Sheet(), number=reference, total=(total, "EUR"), organizations=[firm, client]
    )
    paper.money(owed, "EUR")
    paper.money(total, "EUR")
    paper.on("issue", sent)
    paper.on("due", deadline)
    lines = [
        f"Facture n° {invoice} du {numeric(invoiced)}, échue le {numeric(old_due)} : {EUR_FR(owed)}"
    ]
    if fee:
        paper.money(fee, "EUR")
        lines.append(f"Indemnité forfaitaire pour frais de recouvrement : {EUR_FR(fee)}")
    lines.append(f"Total restant dû : {mark('total', EUR_FR(total))}")
    paper.sheet = Sheet(
        head=[firm, f"{rng.choice(_TOWNS)} — Service comptabilité clients"],
        panel=[
            ("Notre réf.", mark("documentNumber", reference)),
            ("Votre n° client", f"C{digits(rng, 5)}"),
            ("Date", mark("issueDate", spelled(sent, "fr"))),
        ],
        address=[client, "À l'attention du service comptabilité"],
        body=[
            (
                "heading",
                f"Objet : {rng.choice(['Relance', 'Deuxième relance', 'Rappel'])} — "
                "facture impayée",
            ),
            (
                "para",
                "Madame, Monsieur, sauf erreur ou omission de notre part, la facture "
                "ci-dessous reste impayée à ce jour :",
            ),
            ("lines", lines),
            (
                "para",
                f"Nous vous remercions de bien vouloir régulariser cette situation dans un "
                f"délai de {(deadline - sent).days} jours, soit avant le "
                f"{mark('dueDate', numeric(deadline))}. Passé ce délai, le dossier sera "
                "transmis à notre service contentieux.",
            ),
            ("para", "Veuillez agréer, Madame, Monsieur, nos salutations distinguées."),
            ("lines", ["Le service comptabilité"]),
        ],
        text_panel="kv",
    )
    return paper


def contrat(rng: random.Random) -> Paper:
    """A service contract (French or Italian): number, start, end, signing date, a fee."""
    italian = rng.random() < 0.4
    signed = a_day(rng)
    start = _next_month(signed)
    months = rng.choice([12, 24, 36])
    end = (start.replace(year=start.year + months // 12)) - dt.timedelta(days=1)
    fee = float(rng.randrange(12, 90) * 100)
    money = EUR_IT if italian else EUR_FR
    number = f"{'CTR' if italian else 'CPS'}-2026-{digits(rng, 3)}"
    provider = (
        rng.choice(["Manutenzioni Rossi S.r.l.", "Clima Service Bianchi S.p.A."])
        if italian
        else rng.choice(["Net-Propreté SARL", "Sécurité Alpes SAS", "Ascenseurs Girard SA"])
    )
    client = (
        rng.choice(["Condominio Via Roma 12", "Hotel Bellavista"])
        if italian
        else rng.choice(["Syndic Les Terrasses", "Clinique Saint-Roch", "Mairie de Vénissieux"])
    )
    paper = Paper("contract", Sheet(), number=number, organizations=[provider, client])
    paper.money(fee, "EUR")
    paper.on("issue", signed)
    paper.on("effective", start)
    paper.on("end", end)
    lang = "it" if italian else "fr"
    if italian:
        body: list[Block] = [
            ("title", "CONTRATTO DI MANUTENZIONE"),
            (
                "para",
                f"Contratto n. {mark('documentNumber', number)} tra {provider} (P.IVA "
                f"{digits(rng, 11)}), di seguito «il Fornitore», e {client} (C.F. "
                f"{digits(rng, 11)}), di seguito «il Cliente».",
            ),
            (
                "para",
                f"Art. 1 — Durata. Il contratto decorre dal "
                f"{mark('effectiveDate', spelled(start, 'it'))} e scade il "
                f"{mark('endDate', numeric(end))}, salvo disdetta con preavviso di 90 giorni.",
            ),
            (
                "para",
                f"Art. 2 — Corrispettivo. Canone annuo di {money(fee)} + IVA, fatturato in rate "
                "trimestrali anticipate, pagamento a 30 giorni data fattura.",
            ),
            (
                "para",
                f"Letto, confermato e sottoscritto. Milano, {mark('issueDate', numeric(signed))}",
            ),
        ]
    else:
        body = [
            ("title", "CONTRAT DE PRESTATION DE SERVICES"),
            (
                "kv",
                [
                    ("Contrat n°", mark("documentNumber", number)),
                    ("Prestataire", provider),
                    ("Client", client),
                    ("SIRET prestataire", digits(rng, 14)),
                ],
            ),
            (
                "para",
                f"Article 3 — Durée. Le présent contrat prend effet le "
                f"{mark('effectiveDate', spelled(start, 'fr'))} pour une durée de {months} "
                f"mois, soit jusqu'au {mark('endDate', numeric(end))}. Il pourra être "
                "reconduit par avenant.",
            ),
            (
                "para",
                f"Article 5 — Prix. Redevance annuelle forfaitaire de {money(fee)} HT, "
                "payable par trimestre à 30 jours date de facture.",
            ),
            (
                "para",
                f"Fait en deux exemplaires à {rng.choice(_TOWNS)}, le "
                f"{mark('issueDate', spelled(signed, lang))}.",
            ),
        ]
    body.append(
        (
            "columns",
            [
                (
                    "Pour le prestataire" if not italian else "Il Fornitore",
                    "Pour le client" if not italian else "Il Cliente",
                )
            ],
        )
    )
    paper.sheet = Sheet(body=body)
    return paper


def proces_verbal(rng: random.Random) -> Paper:
    """The minutes of an association's general meeting: its date, attendees, a budget."""
    held = a_day(rng)
    chair, secretary = rng.sample(
        ["Martine Dupuis", "Ahmed Belkacem", "Jean-Luc Perrin", "Fatou Diallo", "Nathalie Roche"], 2
    )
    body_name = rng.choice(
        [
            "Association sportive de Saint-Genis",
            "Comité des fêtes de Pézenas",
            "Association des parents d'élèves du collège Molière",
        ]
    )
    budget = float(rng.randrange(40, 300) * 100)
    dues = float(rng.choice([15, 20, 25, 30]))
    paper = Paper("minutes", Sheet(), organizations=[body_name], people=[chair, secretary])
    paper.money(budget, "EUR")
    paper.money(dues, "EUR")
    paper.on("issue", held)
    next_meeting = held + dt.timedelta(days=rng.randrange(60, 120))
    paper.sheet = Sheet(
        body=[
            ("title", "PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE"),
            ("para", f"{body_name} — association loi 1901, RNA W{digits(rng, 9)}"),
            (
                "para",
                f"Le {mark('issueDate', spelled(held, 'fr'))} à 18 h 30, les membres se sont "
                f"réunis en assemblée générale ordinaire sous la présidence de {chair}. "
                f"{secretary} est désigné(e) secrétaire de séance. {rng.randrange(18, 80)} "
                "membres présents ou représentés ; le quorum est atteint.",
            ),
            (
                "bullets",
                [
                    "Rapport moral adopté à l'unanimité.",
                    f"Budget prévisionnel de {EUR_FR(budget)} adopté.",
                    f"Cotisation annuelle maintenue à {EUR_FR(dues)}.",
                    f"Prochaine réunion du bureau le {numeric(next_meeting)}.",
                ],
            ),
            ("para", "L'ordre du jour étant épuisé, la séance est levée à 20 h 15."),
            (
                "columns",
                [(f"La présidente / le président : {chair}", f"Le/la secrétaire : {secretary}")],
            ),
        ]
    )
    return paper
