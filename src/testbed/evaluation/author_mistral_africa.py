"""mistral's African trade papers: tax invoices from South Africa, Nigeria, Kenya, Ghana and
Egypt, factures from Morocco and Tunisia, till slips and a purchase order.

A South African tax invoice prints the seller's VAT number, an account number and an order
number beside the invoice number, and terms like "30 days from statement" with no date: no
due date. A Moroccan facture prints ICE, RC, IF and patente numbers and states its total in
words. A purchase order's vendor is the supplier it is sent to, not the buyer who prints it.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial

from testbed.evaluation.author_mistral_style import (
    EGP,
    GHS,
    KES,
    MAD,
    NGN,
    TND,
    XAF,
    XOF,
    ZAR,
    ZAR_EN,
    Paper,
    a_day,
    digits,
    item_table,
    numeric,
    priced,
    qty,
    spelled,
)
from testbed.evaluation.truth import LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

_EN = {
    "ZA": (
        ZAR_EN,
        0.15,
        "VAT Reg. No.",
        [
            "Mthembu Hardware (Pty) Ltd",
            "Cape Office Supplies CC",
            "Van der Merwe Electrical (Pty) Ltd",
        ],
    ),
    "NG": (
        NGN,
        0.075,
        "TIN",
        [
            "Adebayo Print Works Ltd",
            "Okafor Building Materials Ltd",
            "Lagos Cold Chain Logistics Ltd",
        ],
    ),
    "KE": (
        KES,
        0.16,
        "PIN",
        ["Kamau Agrovet Supplies Ltd", "Nairobi Office Mart Ltd", "Otieno Auto Spares Ltd"],
    ),
    "GH": (GHS, 0.15, "TIN", ["Mensah Fabrics Enterprise", "Accra Tech Hub Ltd"]),
    "EG": (EGP, 0.14, "Tax Reg. No.", ["Nile Delta Trading Co.", "Cairo Paper Industries S.A.E."]),
}
#: Each country's bank.
_BANKS = {
    "ZA": "FNB",
    "NG": "Access Bank",
    "KE": "Equity Bank",
    "GH": "GCB Bank",
    "EG": "Banque Misr",
}
#: Each country's dialling code.
_DIAL = {"ZA": "27", "NG": "234", "KE": "254", "GH": "233", "EG": "20"}
_EN_CLIENTS = [
    "Sunrise Guest House",
    "Greenfield Academy",
    "Unity Clinic",
    "Harbour View Hotel",
    "Savannah Foods Ltd",
]
_EN_GOODS = [
    "Cement 50kg bag",
    "Steel rebar 12mm",
    "A4 copy paper (ream)",
    "Toner cartridge",
    "Labour (hours)",
    "Delivery charge",
    "Brake pads (set)",
    "Engine oil 5L",
    "Poultry feed 70kg",
    "Printing of banners",
    "Network cabling (m)",
]


def tax_invoice(rng: random.Random) -> Paper:
    """An English-printing African tax invoice: account, order and VAT numbers, terms."""
    country = rng.choice(list(_EN))
    money, rate, tax_id, firms = _EN[country]
    firm, client = rng.choice(firms), rng.choice(_EN_CLIENTS)
    issued = a_day(rng)
    number = rng.choice([f"INV{digits(rng, 6)}", f"IN-{digits(rng, 5)}", f"{digits(rng, 7)}"])
    rows = priced(rng, _EN_GOODS, 50, 9000, rng.randrange(2, 6), whole=True)
    net = round(sum(r.amount for r in rows), 2)
    tax = round(net * rate, 2)
    total = round(net + tax, 2)
    paper = Paper(
        "invoice",
        Sheet(),
        number=number,
        vendor=firm,
        total=(total, money.code),
        organizations=[firm, client],
        items=rows,
    )
    for amount in (net, tax, total):
        paper.money(amount, money.code)
    paper.on("issue", issued)
    za = country == "ZA"
    show: Callable[[dt.date], str] = (
        partial(numeric, sep="/", year_first=True) if za else partial(spelled, lang="en")
    )
    panel = [
        ("Invoice No.", mark("documentNumber", number)),
        ("Date", mark("issueDate", show(issued))),
        ("Account No.", f"{client[:3].upper()}{digits(rng, 3)}"),
        ("Your Order No.", f"PO{digits(rng, 5)}"),
        ("Sales Rep", rng.choice(["T. Nkosi", "A. Bello", "J. Wanjiku", "K. Owusu"])),
    ]
    terms = rng.choice(["date", "days", "statement"])
    if terms == "date":
        due = issued + dt.timedelta(days=rng.choice([14, 30]))
        paper.on("due", due)
        pay = f"Payment due on or before {mark('dueDate', show(due))}."
    elif terms == "days":
        pay = "Terms: strictly 14 days from date of invoice."
    else:
        pay = "Terms: 30 days from statement. E&OE."
    vat_label = {
        "ZA": "VAT 15%",
        "NG": "VAT 7.5%",
        "KE": "VAT 16%",
        "GH": "VAT/NHIL/GETFund 15%",
        "EG": "VAT 14%",
    }[country]
    paper.sheet = Sheet(
        head=[
            mark("vendor", firm),
            f"{tax_id}: {digits(rng, 10)}"
            + (
                f"   Reg. No. 20{digits(rng, 2)}/{digits(rng, 6)}/07"
                if za
                else f"   RC {digits(rng, 6)}"
                if country == "NG"
                else ""
            ),
            f"Tel: +{_DIAL[country]} {digits(rng, 9)}",
        ],
        panel=panel,
        panel_style=rng.choice(["box", "band", "stack"]),
        address=["Bill to:", client, f"P.O. Box {rng.randrange(100, 99999)}"],
        body=[
            ("title", "TAX INVOICE"),
            ("table", item_table(rows, money, ["Description", "Qty", "Unit Price", "Amount"])),
            (
                "kv",
                [
                    ("Sub Total", money(net)),
                    (vat_label, money(tax)),
                    ("TOTAL DUE", mark("total", money(total))),
                ],
            ),
            ("para", pay),
            (
                "lines",
                [
                    f"Banking details: {_BANKS[country]}"
                    f" — Account {digits(rng, 10)} — Branch code {digits(rng, 6)}",
                    f"Please use {number} as your payment reference.",
                ],
            ),
        ],
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )
    return paper


def facture_maghreb(rng: random.Random) -> Paper:
    """A Moroccan or Tunisian facture: ICE/RC/IF or matricule fiscal, the total in words."""
    morocco = rng.random() < 0.6
    money = MAD if morocco else TND
    firm = rng.choice(
        ["Sté Atlas Équipement SARL", "Maroc Bureautique SARL", "Agadir Froid SARL"]
        if morocco
        else ["Sfax Plastiques SARL", "Tunis Informatique SA"]
    )
    client = rng.choice(
        ["Hôtel Riad Zitoun", "Clinique Al Amal", "Café de la Poste", "Société Chaabi Distribution"]
    )
    issued = a_day(rng)
    number = (
        f"{rng.randrange(1, 999):03d}/{issued:%Y}" if morocco else f"F{issued:%y}{digits(rng, 4)}"
    )
    rows = priced(rng, _GOODS_FR, 20, 4000, rng.randrange(2, 5), whole=True)
    net = round(sum(r.amount for r in rows), 2)
    tax = round(net * (0.20 if morocco else 0.19), 2)
    stamp = 0.0 if morocco else 1.0
    total = round(net + tax + stamp, 3)
    paper = Paper(
        "invoice",
        Sheet(),
        number=number,
        vendor=firm,
        total=(total, money.code),
        organizations=[firm, client],
        items=rows,
    )
    for amount in (net, tax, total):
        paper.money(amount, money.code)
    paper.on("issue", issued)
    ids = (
        f"ICE {digits(rng, 15)} — RC {rng.randrange(10000, 99999)} Casablanca — IF "
        f"{digits(rng, 8)} — Patente {digits(rng, 8)} — CNSS {digits(rng, 7)}"
        if morocco
        else f"Matricule fiscal {digits(rng, 7)}/A/M/000 — RC B{digits(rng, 9)}"
    )
    sums = [("Total HT", money(net)), (f"TVA {'20' if morocco else '19'} %", money(tax))]
    if stamp:
        sums.append(("Timbre fiscal", money(stamp)))
    sums.append(("Total TTC", mark("total", money(total))))
    due = issued + dt.timedelta(days=rng.choice([30, 60]))
    has_due = rng.random() < 0.5
    if has_due:
        paper.on("due", due)
    paper.sheet = Sheet(
        head=[
            mark("vendor", firm),
            rng.choice(["Casablanca", "Rabat", "Agadir"])
            if morocco
            else rng.choice(["Tunis", "Sfax", "Sousse"]),
            f"Tél. {digits(rng, 10)}",
        ],
        panel=[
            ("Facture N°", mark("documentNumber", number)),
            ("Date", mark("issueDate", numeric(issued))),
            ("Code client", f"C{digits(rng, 4)}"),
            ("Bon de livraison N°", f"{digits(rng, 5)}"),
        ],
        address=["Client :", client],
        body=[
            ("title", "FACTURE"),
            ("table", item_table(rows, money, ["Désignation", "Qté", "P.U. HT", "Montant HT"])),
            ("kv", sums),
            ("para", f"Arrêtée la présente facture à la somme TTC de {money(total)}."),
            (
                "para",
                "Mode de règlement : chèque ou virement. "
                + (
                    f"Échéance : {mark('dueDate', numeric(due))}."
                    if has_due
                    else "Règlement à 60 jours date de facture."
                ),
            ),
        ],
        footer=[ids, f"RIB {digits(rng, 24)}"],
        text_panel=rng.choice(["kv", "columns"]),
    )
    return paper


_GOODS_FR = [
    "Ramette papier A4",
    "Cartouche d'encre",
    "Climatiseur split 12000 BTU",
    "Installation et mise en service",
    "Câble électrique 2,5 mm² (rouleau)",
    "Main-d'œuvre (heure)",
    "Chaise de bureau",
    "Transport",
]


#: Who sits at the till, by the shop's currency.
_CASHIERS = {
    "GHS": ["Abena", "Kofi"],
    "EGP": ["Mona", "Ahmed"],
    "ZAR": ["Sipho", "Thandi"],
    "MAD": ["Khadija", "Youssef"],
}


def till_slip(rng: random.Random) -> Paper:
    """A till slip from Ghana, Egypt, South Africa or Morocco: receipt number, till, cashier."""
    money, shop = rng.choice(
        [
            (GHS, "Melcom Osu"),
            (EGP, "Seoudi Market Zamalek"),
            (ZAR, "Spar Rondebosch"),
            (MAD, "Marjane Hay Riad"),
        ]
    )
    goods = [
        "Rice 5kg",
        "Cooking oil 2L",
        "Sugar 1kg",
        "Milk 1L",
        "Bread",
        "Tomato paste",
        "Eggs x12",
        "Tea 100 bags",
        "Soap bar",
        "Bottled water 1.5L",
    ]
    rows = priced(rng, goods, 3, 120, rng.randrange(3, 7))
    total = round(sum(r.amount for r in rows), 2)
    tendered = float(int(total // 50 + 1) * 50)
    day = a_day(rng) + dt.timedelta(days=rng.randrange(0, 2))
    number = f"{digits(rng, 6)}"
    paper = Paper(
        "receipt",
        Sheet(),
        number=number,
        vendor=shop,
        total=(total, money.code),
        organizations=[shop],
        items=rows,
    )
    paper.money(total, money.code)
    paper.money(tendered, money.code)
    paper.on("issue", day)
    lines = [
        f"{r.description}"
        + (f"  {qty(r.quantity)} x {money.bare(r.unit_price or 0)}" if r.quantity != 1 else "")
        + f"   {money.bare(r.amount)}"
        for r in rows
    ]
    paper.sheet = Sheet(
        head=[mark("vendor", shop), f"Tax ID {digits(rng, 9)}"],
        body=[
            (
                "lines",
                [
                    f"Till {rng.randrange(1, 12)}   Cashier: {rng.choice(_CASHIERS[money.code])}",
                    f"Receipt {mark('documentNumber', number)}   "
                    f"{mark('issueDate', numeric(day))} "
                    f"{rng.randrange(8, 21)}:{rng.randrange(60):02d}",
                ],
            ),
            ("lines", lines),
            (
                "kv",
                [
                    ("TOTAL", mark("total", money(total))),
                    ("Cash", money(tendered)),
                    ("Change", money.bare(tendered - total)),
                ],
            ),
            (
                "lines",
                [
                    f"Items: {len(rows)}   Loyalty card ****{digits(rng, 4)}",
                    "Thank you for shopping with us",
                ],
            ),
        ],
    )
    return paper


def bon_de_commande(rng: random.Random) -> Paper:
    """A purchase order from a Senegalese, Cameroonian or Moroccan buyer to its supplier."""
    money, buyer = rng.choice(
        [
            (XOF, "Hôpital Principal de Dakar"),
            (XAF, "Brasseries du Littoral SA"),
            (MAD, "Office Régional de Mise en Valeur Agricole"),
        ]
    )
    supplier = rng.choice(
        ["Sahel Bureautique SARL", "Comptoir Commercial du Wouri", "Afrique Matériel Industriel SA"]
    )
    ordered = a_day(rng)
    wanted = ordered + dt.timedelta(days=rng.randrange(7, 30))
    number = f"BC-{ordered:%Y}-{digits(rng, 4)}"
    rows = priced(rng, _GOODS_FR, 5, 400, rng.randrange(2, 5), whole=True)
    if money.places == 0:
        rows = [
            LineItem(r.description, r.quantity, (r.unit_price or 0) * 500, r.amount * 500)
            for r in rows
        ]
    total = round(sum(r.amount for r in rows), 2)
    paper = Paper(
        "purchase_order",
        Sheet(),
        number=number,
        vendor=supplier,
        total=(total, money.code),
        organizations=[buyer, supplier],
        items=rows,
    )
    paper.money(total, money.code)
    paper.on("issue", ordered)
    paper.sheet = Sheet(
        head=[buyer, "Direction des achats"],
        panel=[
            ("Bon de commande n°", mark("documentNumber", number)),
            ("Date", mark("issueDate", numeric(ordered))),
            ("Réf. fournisseur", f"F{digits(rng, 4)}"),
            ("Demande d'achat", f"DA-{digits(rng, 5)}"),
        ],
        address=["Fournisseur :", mark("vendor", supplier)],
        body=[
            (
                "table",
                item_table(rows, money, ["Désignation", "Quantité", "Prix unitaire", "Montant"]),
            ),
            ("kv", [("Montant total", mark("total", money(total)))]),
            (
                "kv",
                [
                    ("Livraison souhaitée le", numeric(wanted)),
                    ("Conditions de paiement", "30 jours après réception de la facture"),
                    ("Lieu de livraison", "Magasin central"),
                ],
            ),
            (
                "para",
                "Merci de rappeler le numéro du bon de commande sur vos bons de livraison "
                "et factures.",
            ),
            ("columns", [("Le demandeur", "Le directeur administratif et financier")]),
        ],
        text_panel=rng.choice(["kv", "columns"]),
    )
    return paper
