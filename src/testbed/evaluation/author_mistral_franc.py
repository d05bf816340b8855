"""mistral's French-language papers: France, Belgium, Switzerland and Quebec.

A French invoice prints its legal mentions (SIRET, TVA intracommunautaire, RCS), a client
number, an order and a delivery-note number beside its own, and its terms either as a date
("Date d'échéance") or only as a rule ("à 30 jours fin de mois"): a bookkeeper reads a due
date only where one is printed. A credit note (avoir) is an invoice with its sign turned and
no due date; a quote (devis) has a validity date, which is when the offer ends.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial

from testbed.evaluation.author_mistral_style import (
    CAD_QC,
    CHF,
    EUR_BE,
    EUR_FR,
    Money,
    Paper,
    a_day,
    digits,
    item_table,
    numeric,
    priced,
    spelled,
)
from testbed.evaluation.truth import mark
from testbed.evaluation.variety_dues_print import Sheet

_FIRMS = {
    "FR": [
        "Menuiserie Lacroix SARL",
        "Imprimerie du Rhône SAS",
        "Atelier Berthier & Fils",
        "Boulangerie-Pâtisserie Morel",
        "Transports Garnier SA",
        "Agence Clément Conseil",
    ],
    "BE": ["Brasserie Van den Bossche SPRL", "Électricité Dubois SRL", "Papeterie Lemaire SA"],
    "QC": ["Plomberie Tremblay inc.", "Imprimerie Gagnon ltée", "Services Informatiques Roy inc."],
    "CH": ["Fiduciaire Rochat SA", "Garage du Léman Sàrl", "Menuiserie Favre SA"],
}
_CLIENTS = [
    "Mairie de Villeurbanne",
    "Cabinet Durand Avocats",
    "Hôtel Les Tilleuls",
    "Clinique Saint-Roch",
    "Association Les Amis du Vieux Port",
    "Lycée Jean Moulin",
    "Restaurant Chez Paulette",
    "SCI Les Glycines",
]
_TOWNS = {
    "FR": ["Lyon", "Nantes", "Bordeaux", "Lille", "Toulouse"],
    "BE": ["Liège", "Namur", "Bruxelles"],
    "QC": ["Québec", "Montréal", "Sherbrooke"],
    "CH": ["Lausanne", "Genève", "Neuchâtel"],
}
_GOODS = [
    "Pose de parquet chêne (m²)",
    "Fourniture plinthes",
    "Main-d'œuvre (heure)",
    "Déplacement",
    "Impression flyers A5",
    "Reliure spirale",
    "Câble RJ45 cat. 6",
    "Maintenance annuelle",
    "Location nacelle (jour)",
    "Peinture acrylique 10 L",
    "Conseil et accompagnement (jour)",
    "Carton d'emballage",
]
_MONEY: dict[str, Money] = {"FR": EUR_FR, "BE": EUR_BE, "QC": CAD_QC, "CH": CHF}


def facture(rng: random.Random) -> Paper:
    """A French, Belgian or Quebec invoice with its legal mentions and several numbers."""
    country = rng.choice(["FR", "FR", "FR", "BE", "QC"])
    money, code = _MONEY[country], _MONEY[country].code
    firm, client, town = (
        rng.choice(_FIRMS[country]),
        rng.choice(_CLIENTS),
        rng.choice(_TOWNS[country]),
    )
    issued = a_day(rng)
    number = rng.choice(
        [f"FA-2026-{digits(rng, 5)}", f"F{issued:%Y%m}-{digits(rng, 3)}", f"2026/{digits(rng, 4)}"]
    )
    customer, order = f"CL{digits(rng, 5)}", f"BC-{digits(rng, 6)}"
    delivered = issued - dt.timedelta(days=rng.randrange(1, 9))
    rows = priced(rng, _GOODS, 8, 900, rng.randrange(2, 6))
    net = round(sum(r.amount for r in rows), 2)
    if country == "QC":
        taxes = [("TPS 5 %", round(net * 0.05, 2)), ("TVQ 9,975 %", round(net * 0.09975, 2))]
    else:
        rate = 0.21 if country == "BE" else 0.20
        taxes = [(f"TVA {rate * 100:.0f} %", round(net * rate, 2))]
    total = round(net + sum(t for _, t in taxes), 2)
    paper = Paper(
        "invoice",
        Sheet(),
        number=number,
        vendor=firm,
        total=(total, code),
        organizations=[firm, client],
        items=rows,
    )
    paper.money(net, code)
    for _, tax in taxes:
        paper.money(tax, code)
    paper.money(total, code)
    when = rng.choice(["numeric", "spelled"])
    show: Callable[[dt.date], str] = numeric if when == "numeric" else partial(spelled, lang="fr")
    paper.on("issue", issued)
    panel = [
        ("Facture N°", mark("documentNumber", number)),
        ("Date", mark("issueDate", show(issued))),
        ("N° client", customer),
        ("Votre commande", order),
        ("Bon de livraison", f"BL{digits(rng, 6)} du {numeric(delivered)}"),
    ]
    terms = rng.choice(["due", "fdm", "reception", "until"])
    if terms == "due":
        due = issued + dt.timedelta(days=rng.choice([30, 45, 60]))
        panel.append(("Date d'échéance", mark("dueDate", show(due))))
        paper.on("due", due)
        pay = "Conditions de paiement : virement à réception de facture, au plus tard à l'échéance."
    elif terms == "until":
        due = issued + dt.timedelta(days=30)
        pay = f"Montant à régler avant le {mark('dueDate', numeric(due))} par virement bancaire."
        paper.on("due", due)
    elif terms == "fdm":
        pay = "Paiement à 30 jours fin de mois. Pas d'escompte pour paiement anticipé."
    else:
        pay = "Payable à réception de facture."
    legal = {
        "FR": f"SIRET {digits(rng, 14)} — TVA intracommunautaire FR{digits(rng, 11)} — RCS {town}",
        "BE": f"TVA BE 0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)} — RPM {town}",
        "QC": f"TPS {digits(rng, 9)} RT0001 — TVQ {digits(rng, 10)} TQ0001",
    }[country]
    paper.sheet = Sheet(
        head=[
            mark("vendor", firm),
            f"{rng.randrange(1, 120)} rue de la République",
            f"{digits(rng, 5)} {town}",
            f"Tél. 0{rng.randrange(1, 6)} {digits(rng, 2)} "
            f"{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
        ],
        panel=panel,
        panel_style=rng.choice(["box", "stack", "band"]),
        address=[client, f"{rng.randrange(1, 80)} avenue Jean Jaurès", f"{digits(rng, 5)} {town}"],
        body=[
            ("title", "FACTURE"),
            ("table", item_table(rows, money, ["Désignation", "Qté", "P.U. HT", "Montant HT"])),
            (
                "kv",
                [("Total HT", money(net))]
                + [(label, money(t)) for label, t in taxes]
                + [("Net à payer TTC", mark("total", money(total)))],
            ),
            ("para", pay),
            (
                "para",
                "En cas de retard de paiement, pénalités au taux de 3 fois le taux d'intérêt "
                "légal et indemnité forfaitaire de 40 € pour frais de recouvrement.",
            ),
        ],
        footer=[
            f"{firm} — {legal}",
            {
                "FR": f"IBAN FR76 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} "
                f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)} — BIC BNPAFRPP",
                "BE": f"IBAN BE68 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} "
                "— BIC GEBABEBB",
                "QC": f"Dépôt direct : transit {digits(rng, 5)}, institution 815, "
                f"compte {digits(rng, 7)}",
            }[country],
        ],
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )
    return paper


def avoir(rng: random.Random) -> Paper:
    """A credit note: its own number, the invoice it cancels, a refund and no due date."""
    country = rng.choice(["FR", "BE"])
    money, code = _MONEY[country], _MONEY[country].code
    firm, client = rng.choice(_FIRMS[country]), rng.choice(_CLIENTS)
    issued = a_day(rng)
    number = f"AV-2026-{digits(rng, 4)}"
    original = f"FA-2026-{digits(rng, 5)}"
    invoiced = issued - dt.timedelta(days=rng.randrange(10, 60))
    rows = priced(rng, _GOODS, 10, 400, rng.randrange(1, 3))
    net = round(sum(r.amount for r in rows), 2)
    tax = round(net * (0.21 if country == "BE" else 0.20), 2)
    total = round(net + tax, 2)
    paper = Paper(
        "invoice",
        Sheet(),
        number=number,
        vendor=firm,
        total=(total, code),
        organizations=[firm, client],
        items=rows,
    )
    for amount in (net, tax, total):
        paper.money(amount, code)
    paper.on("issue", issued)
    paper.sheet = Sheet(
        head=[mark("vendor", firm), f"N° TVA {country}{digits(rng, 10)}"],
        panel=[
            ("Avoir n°", mark("documentNumber", number)),
            ("Émis le", mark("issueDate", numeric(issued))),
            ("Réf. client", f"C-{digits(rng, 4)}"),
        ],
        panel_style=rng.choice(["box", "stack"]),
        address=[client, f"{rng.randrange(1, 80)} boulevard Voltaire"],
        body=[
            ("title", "AVOIR"),
            (
                "para",
                f"Annule et remplace partiellement notre facture n° {original} du "
                f"{numeric(invoiced)} (marchandise retournée).",
            ),
            ("table", item_table(rows, money, ["Désignation", "Qté", "Prix unitaire", "Montant"])),
            (
                "kv",
                [
                    ("Total HT", money(net)),
                    ("TVA", money(tax)),
                    ("Montant de l'avoir TTC", mark("total", money(total))),
                ],
            ),
            (
                "para",
                "Ce montant sera déduit de votre prochain règlement ou remboursé par "
                "virement sous 15 jours.",
            ),
        ],
        text_panel=rng.choice(["kv", "columns"]),
    )
    return paper


def devis(rng: random.Random) -> Paper:
    """A quote from a Swiss or French firm: its number, a validity date and a total."""
    country = rng.choice(["CH", "CH", "FR"])
    money, code = _MONEY[country], _MONEY[country].code
    firm, client = rng.choice(_FIRMS[country]), rng.choice(_CLIENTS)
    issued = a_day(rng)
    valid = issued + dt.timedelta(days=rng.choice([30, 60, 90]))
    number = f"DEV-{digits(rng, 5)}"
    rows = priced(rng, _GOODS, 20, 1500, rng.randrange(2, 5))
    net = round(sum(r.amount for r in rows), 2)
    rate = 0.081 if country == "CH" else 0.20
    tax = round(net * rate, 2)
    total = round(net + tax, 2)
    paper = Paper(
        "other",
        Sheet(),
        number=number,
        vendor=firm,
        total=(total, code),
        organizations=[firm, client],
    )
    for amount in (net, tax, total):
        paper.money(amount, code)
    paper.on("issue", issued)
    paper.on("end", valid)
    ident = (
        f"IDE CHE-{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)} TVA"
        if country == "CH"
        else f"SIRET {digits(rng, 14)}"
    )
    paper.sheet = Sheet(
        head=[mark("vendor", firm), ident],
        panel=[
            ("Devis n°", mark("documentNumber", number)),
            ("Date", mark("issueDate", spelled(issued, "fr"))),
            ("Interlocuteur", rng.choice(["M. Rochat", "Mme Favre", "M. Blanc"])),
        ],
        address=[client, f"{rng.choice(['Lausanne', 'Genève', 'Lyon'])}"],
        body=[
            ("title", "DEVIS"),
            ("table", item_table(rows, money, ["Prestation", "Qté", "Prix unit.", "Total"])),
            (
                "kv",
                [
                    ("Total HT", money(net)),
                    (f"TVA {rate * 100:.1f} %", money(tax)),
                    ("Total TTC", mark("total", money(total))),
                ],
            ),
            (
                "para",
                f"Offre valable jusqu'au {mark('endDate', numeric(valid, '.'))}. Délai "
                f"d'exécution : {rng.randrange(2, 8)} semaines après acceptation. Acompte "
                "de 30 % à la commande.",
            ),
            ("para", "Bon pour accord, date et signature du client :"),
        ],
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )
    return paper
