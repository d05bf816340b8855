"""Invoices of France, Belgium, Italy and Spain as their software prints them, for the
world generators (:mod:`testbed.evaluation.variety_world`).

Odoo in French ("Facture FAC/2026/00042" as the heading, "Date de facturation" and "Date
d'échéance" as labels over values), an Italian "Fattura n. 42/2026 del 04/03/2026" (number
and date in one line, the due date in a payment table) and a Spanish freelancer's "Factura"
with IRPF withheld from the total. The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_world_style import (
    eu_number,
    firm,
    items,
    qty,
    sheet,
    someday,
    sum_of,
    when,
)

_PRESTATIONS = (
    ("Développement site vitrine", 2400.0),
    ("Maintenance mensuelle", 180.0),
    ("Hébergement (12 mois)", 144.0),
    ("Formation utilisateurs (jour)", 650.0),
    ("Rédaction de contenus", 95.0),
)
_SERVIZI = (
    ("Consulenza fiscale", 350.0),
    ("Elaborazione buste paga (mese)", 28.0),
    ("Dichiarazione dei redditi", 420.0),
    ("Tenuta contabilità", 160.0),
)
_SERVICIOS = (
    ("Diseño de identidad corporativa", 1600.0),
    ("Traducción técnica (palabra)", 0.09),
    ("Sesión fotográfica", 450.0),
    ("Maquetación catálogo (página)", 35.0),
)


def odoo(rng: random.Random) -> tuple[list[Block], Writer]:
    """Odoo in French: "Facture FAC/2026/00042" as the heading, "Date de facturation" and
    "Date d'échéance" as labels over values, "Montant HT", "Total", the payment reference."""
    s, loc = sheet(rng, rng.choice(("fr", "be")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((30, 45)))
    seller = firm(
        s, rng.choice(("Atelier Numérique Lemoine", "Studio Cerisaie")), "SARL", vendor=True
    )
    client = firm(s, rng.choice(("Boulangerie Fournil d'Or", "Cabinet Vasseur & Associés")), "SAS")
    rows = items(s, rng, _PRESTATIONS, (2, 3))
    net = sum_of(rows)
    vat = round(net * (0.2 if loc.name == "fr" else 0.21), 2)
    total = round(net + vat, 2)
    number = f"FAC/{issued.year}/{rng.randint(1, 400):05d}"
    table = [["Description", "Quantité", "Prix unitaire", "Taxes", "Montant"]]
    for name, count, price, amount in rows:
        table.append(
            [
                name,
                f"{count:.2f}".replace(".", ","),
                s.money(price, mark=False),
                "TVA 20%" if loc.name == "fr" else "TVA 21%",
                s.money(amount),
            ]
        )
    blocks: list[Block] = [
        ("lines", [seller, "12 rue de la République", "69002 Lyon", "France"]),
        ("lines", [client, "3 place du Marché", "21000 Dijon"]),
        ("title", f"Facture {s.number(number)}"),
        (
            "table",
            [
                ["Date de facturation", "Date d'échéance", "Origine"],
                [
                    s.day(issued, "issue", when(issued, "eu")),
                    s.day(due, "due", when(due, "eu")),
                    f"S{rng.randint(10000, 99999)}",
                ],
            ],
        ),
        ("table", table),
        ("kv", [("Montant HT", s.money(net)), ("TVA", s.money(vat)), ("Total", s.total(total))]),
        ("para", f"Veuillez utiliser la communication suivante pour votre paiement : {number}"),
        (
            "para",
            "Conditions de paiement : 30 jours fin de mois"
            if rng.random() < 0.5
            else "En cas de retard de paiement, une indemnité forfaitaire de 40 € sera due.",
        ),
    ]
    return blocks, s.w


def fattura(rng: random.Random) -> tuple[list[Block], Writer]:
    """An Italian invoice: "Fattura n. 42/2026 del 04/03/2026" (number and date in one
    line), "Cedente/prestatore" and "Cessionario/committente", "Imponibile", "Totale
    documento", the due date in a payment table."""
    s, _ = sheet(rng, "it")
    issued = someday(rng)
    due = issued + dt.timedelta(days=30)
    seller = firm(
        s,
        rng.choice(("Studio Bernardi Commercialisti", "Servizi Contabili Ferri")),
        "S.r.l.",
        vendor=True,
    )
    client = firm(s, rng.choice(("Trattoria Da Gino", "Ottica Mazzanti")), "S.n.c.")
    rows = items(s, rng, _SERVIZI, (2, 3))
    net = sum_of(rows)
    vat = round(net * 0.22, 2)
    total = round(net + vat, 2)
    table = [["Descrizione", "Quantità", "Prezzo unitario", "IVA", "Importo"]]
    for name, count, price, amount in rows:
        table.append([name, qty(count, ","), eu_number(price), "22%", eu_number(amount)])
    number = f"{rng.randint(1, 180)}/{issued.year}"
    blocks: list[Block] = [
        (
            "columns",
            [
                ("Cedente/prestatore", "Cessionario/committente"),
                (seller, client),
                ("Via Garibaldi 21, 40121 Bologna", "Piazza Maggiore 4, 40124 Bologna"),
                (
                    f"P.IVA {rng.randint(10**10, 10**11 - 1)}",
                    f"P.IVA {rng.randint(10**10, 10**11 - 1)}",
                ),
            ],
        ),
        (
            "title",
            f"Fattura n. {s.number(number)} del {s.day(issued, 'issue', when(issued, 'eu'))}",
        ),
        ("table", table),
        (
            "kv",
            [
                ("Imponibile", s.money(net)),
                ("IVA 22%", s.money(vat)),
                ("Totale documento", s.total(total)),
            ],
        ),
        (
            "table",
            [
                ["Modalità", "Scadenza", "Importo"],
                ["Bonifico bancario", s.day(due, "due", when(due, "eu")), eu_number(total)],
            ],
        ),
        ("para", f"IBAN IT{rng.randint(10, 99)} K030 6902 4{rng.randint(10**9, 10**10 - 1)}"),
    ]
    return blocks, s.w


def factura(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Spanish freelancer's invoice: "Nº factura", "Fecha de emisión" in words, NIF, the
    IRPF withheld (the total is the base plus IVA minus IRPF), "Total factura"."""
    s, _ = sheet(rng, "es")
    issued = someday(rng)
    name = rng.choice(("Lucía Ferrer Soler", "Javier Moreno Ruiz", "Marta Gil Navarro"))
    s.w.person(name)
    s.w.vendor = name
    client = firm(
        s, rng.choice(("Cervezas Artesanas del Turia", "Hotel Mirador de Sóller")), "S.L."
    )
    rows = items(s, rng, _SERVICIOS, (1, 3))
    net = sum_of(rows)
    vat = round(net * 0.21, 2)
    irpf = round(net * 0.15, 2)
    total = round(net + vat - irpf, 2)
    table = [["Concepto", "Cantidad", "Precio", "Importe"]]
    for item, count, price, amount in rows:
        table.append([item, qty(count, ","), s.money(price), s.money(amount)])
    blocks: list[Block] = [
        (
            "lines",
            [
                s.w.key("vendor", name),
                f"NIF {rng.randint(10**7, 10**8 - 1)}K",
                "Calle de Colón 18, 3º B",
                "46004 Valencia",
            ],
        ),
        ("title", "FACTURA"),
        (
            "kv",
            [
                ("Nº factura", s.number(f"{issued.year}/{rng.randint(1, 200):03d}")),
                ("Fecha de emisión", s.day(issued, "issue", when(issued, "long-es"))),
            ],
        ),
        (
            "lines",
            [
                "Cliente:",
                client,
                f"CIF B{rng.randint(10**7, 10**8 - 1)}",
                "Avenida del Puerto 110, 46023 Valencia",
            ],
        ),
        ("table", table),
        (
            "kv",
            [
                ("Base imponible", s.money(net)),
                ("IVA (21%)", s.money(vat)),
                ("Retención IRPF (-15%)", s.money(-irpf)),
                ("Total factura", s.total(total)),
            ],
        ),
        (
            "para",
            "Forma de pago: transferencia bancaria a ES"
            f"{rng.randint(10, 99)} 2100 {rng.randint(1000, 9999)} "
            f"{rng.randint(10, 99)} {rng.randint(10**9, 10**10 - 1)}",
        ),
    ]
    return blocks, s.w


__all__ = ["factura", "fattura", "odoo"]
