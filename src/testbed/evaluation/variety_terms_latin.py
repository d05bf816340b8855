"""French, Italian and Spanish invoices whose number, dates and total stand among many
others, for the terms generators (:mod:`testbed.evaluation.variety_terms`).

A French SME's facture (N° client, N° de commande, Réf. devis, SIRET, TVA intracom., VAT at
20 % and 10 %, an acompte already paid, "Net à payer", "à régler avant le", the 40 € recovery
indemnity); an invoice to the French state through Chorus Pro (engagement number, service
code, "Date limite de paiement"); an Italian FatturaPA courtesy copy (cassa previdenza,
ritenuta d'acconto, "Totale documento" over "Netto a pagare", a table of instalments); a
Spanish invoice with IRPF withheld. The names are this module's own.

Labels, where the schema leaves a choice, are what an accounts-payable clerk keys in: the
total is the invoice's total before deposits paid ("Total TTC", not "Net à payer" after an
acompte); an Italian invoice's total is its "Totale documento" (FatturaPA's
ImportoTotaleDocumento, before the ritenuta), and a Spanish one's is likewise before the IRPF
withheld ("Total factura" over "Total a pagar"); with several instalments the due date is the
first's.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
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


def facture_fr(rng: random.Random) -> tuple[list[Block], Writer]:
    """A French SME's invoice: its number beside the client's, the order's and the quote's,
    a delivery date, VAT at 20 % and 10 %, an acompte paid before and the "Net à payer", the
    due date printed or as "à régler avant le", and the legal mentions of the footer."""
    p = Paper(rng, "fr")
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Menuiserie Rabier SARL", "Atelier Vasseur & Fils SAS")), vendor=True
    )
    client = p.firm(
        rng.choice(("SCI Les Tilleuls", "Boulangerie Martineau SARL", "Cabinet Roussel SELARL"))
    )
    catalogue = (
        ("Fourniture et pose fenêtre PVC 120x135", 690.0, 0.1),
        ("Dépose ancienne menuiserie", 85.0, 0.1),
        ("Volet roulant électrique", 540.0, 0.1),
        ("Main d'œuvre (heure)", 52.0, 0.2),
        ("Déplacement", 35.0, 0.2),
        ("Placard sur mesure", 1280.0, 0.2),
    )
    chosen = rng.sample(catalogue, rng.randint(3, 4))
    table = [["Désignation", "Qté", "PU HT", "TVA", "Montant HT"]]
    by_rate: dict[float, float] = {}
    for name, price, rate in chosen:
        count = float(rng.randint(1, 4))
        amount = round(count * price, 2)
        p.item(name, count, price, amount)
        by_rate[rate] = round(by_rate.get(rate, 0) + amount, 2)
        table.append([name, str(int(count)), p.bare(price), f"{rate * 100:.0f} %", p.bare(amount)])
    net = round(sum(by_rate.values()), 2)
    taxes = {rate: round(base * rate, 2) for rate, base in by_rate.items()}
    total = round(net + sum(taxes.values()), 2)
    deposit = round(total * rng.choice((0, 0.3, 0.4)), 2)
    number = p.number(rng.choice((f"F{issued.year}-{digits(rng, 4)}", f"FA{digits(rng, 6)}")))
    due = issued + dt.timedelta(days=rng.choice((30, 45)))
    details = [
        ("Facture N°", number),
        ("Date", p.date(issued, "issue")),
        ("N° client", f"C{digits(rng, 5)}"),
        ("N° commande", f"BC-{digits(rng, 4)}"),
        ("Réf. devis", f"D{issued.year}-{digits(rng, 3)}"),
        ("Date de livraison", p.date(issued - dt.timedelta(days=rng.randint(2, 12)))),
    ]
    money = [("Total HT", p.money(net))]
    money += [(f"TVA {rate * 100:.0f} %", p.money(tax)) for rate, tax in sorted(taxes.items())]
    money.append(("Total TTC", p.total(total)))
    if deposit:
        paid_on = p.date(issued - dt.timedelta(days=rng.randint(20, 60)))
        money += [
            (f"Acompte versé le {paid_on}", p.minus(deposit)),
            ("Net à payer", p.money(total - deposit)),
        ]
    style = rng.choice(("echeance", "avant", "long"))
    if style == "echeance":
        terms = f"Date d'échéance : {p.date(due, 'due')}"
    elif style == "avant":
        terms = f"À régler avant le {p.date(due, 'due', 'long-fr')} par virement."
    else:
        days = f"{(due - issued).days} jours date de facture"
        terms = f"Conditions de règlement : {p.due_terms(due, days)}"
    blocks: list[Block] = [
        beside(
            [vendor, "14 rue des Artisans", "69007 Lyon", "Tél. 04 78 00 00 00"],
            ["", client, "8 avenue Jean Jaurès", "69100 Villeurbanne"],
        ),
        ("title", "FACTURE"),
        header(rng, details),
        ("table", table),
        sums(rng, money),
        ("para", terms),
        (
            "para",
            "En cas de retard de paiement, pénalités au taux de 3 fois le taux d'intérêt "
            f"légal et indemnité forfaitaire pour frais de recouvrement de {p.money(40.0)}.",
        ),
        (
            "lines",
            [
                f"SARL au capital de {p.money(10000.0)} - "
                f"SIRET {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} 00018 - RCS Lyon",
                f"TVA intracom. FR{digits(rng, 2)} {digits(rng, 9)} - IBAN {iban(rng, 'FR', 27)}",
            ],
        ),
    ]
    return blocks, p.w


def chorus_pro(rng: random.Random) -> tuple[list[Block], Writer]:
    """An invoice to a French public body as deposited on Chorus Pro: the engagement number
    (the order), the service code and the recipient's SIRET beside the invoice's number, and
    the "Date limite de paiement" (or "Paiement à 30 jours")."""
    p = Paper(rng, "fr")
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Nettoyage Pro Atlantique SAS", "Géomètres Experts Lemoine SELARL")),
        vendor=True,
    )
    buyer = p.firm(rng.choice(("Communauté d'agglomération du Pays Basque", "Lycée Jules Verne")))
    rows = p.rows(
        pick_goods(
            rng,
            (
                ("Prestation mensuelle de nettoyage", 1850.0),
                ("Nettoyage vitrerie", 420.0),
                ("Intervention ponctuelle", 95.0),
                ("Fourniture consommables", 136.4),
            ),
            2,
            3,
        )
    )
    net = round(sum(r[4] for r in rows), 2)
    total = round(net * 1.2, 2)
    number = p.number(f"{issued.year}{issued.month:02d}-{digits(rng, 4)}")
    due = issued + dt.timedelta(days=30)
    month_start = (issued.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    details = [
        ("Numéro de facture", number),
        ("Date d'émission", p.date(issued, "issue")),
        ("N° d'engagement juridique", f"EJ {digits(rng, 10)}"),
        ("Code service", f"SERV-{digits(rng, 3)}"),
        ("SIRET destinataire", digits(rng, 14)),
        ("Période", f"du {p.date(month_start)} au {p.date(month_end(month_start))}"),
    ]
    pay = (
        f"Date limite de paiement : {p.date(due, 'due')}"
        if rng.random() < 0.6
        else f"Délai de paiement : {p.due_terms(due, '30 jours à compter de la date de réception')}"
    )
    blocks: list[Block] = [
        (
            "lines",
            [
                vendor,
                "Zone Artisanale de Jalday, 64500 Saint-Jean-de-Luz",
                f"SIRET {digits(rng, 14)} - TVA FR{digits(rng, 11)}",
            ],
        ),
        ("title", "Facture"),
        ("lines", ["Destinataire :", buyer, "Service financier - 15 avenue Foch", "64100 Bayonne"]),
        ("kv", details),
        (
            "table",
            [
                ["Désignation", "Quantité", "Prix unitaire HT", "Total HT"],
                *[[r[0], r[1], r[2], r[3]] for r in rows],
            ],
        ),
        (
            "kv",
            [
                ("Montant HT", p.money(net)),
                ("TVA 20 %", p.money(round(total - net, 2))),
                ("Montant TTC", p.total(total)),
            ],
        ),
        ("para", pay),
        ("para", "Facture déposée sur Chorus Pro. Mode de règlement : virement administratif."),
    ]
    return blocks, p.w


def fattura_pa(rng: random.Random) -> tuple[list[Block], Writer]:
    """The courtesy copy of a professional's FatturaPA: type TD01, number and date among the
    Partita IVA, codice fiscale and codice destinatario, the pension fund's 4 %, IVA 22 %, the
    ritenuta d'acconto 20 %, "Totale documento" and "Netto a pagare", and one or two instalments."""
    p = Paper(rng, "it")
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Studio Tecnico Ferraresi S.r.l.", "Studio Associato Galli e Neri")),
        vendor=True,
    )
    client = p.firm(
        rng.choice(
            (
                "Condominio Via Mazzini 14",
                "Officine Brambilla S.p.A.",
                "Caseificio Valtaleggio Soc. Coop.",
            )
        )
    )
    fee = float(rng.randint(8, 60) * 50)
    p.item("Onorario per prestazione professionale", None, None, fee)
    cassa = round(fee * 0.04, 2)
    p.item("Contributo integrativo 4% (Inarcassa)", None, None, cassa)
    base = round(fee + cassa, 2)
    iva = round(base * 0.22, 2)
    total = round(base + iva, 2)
    ritenuta = round(fee * 0.2, 2)
    payable = round(total - ritenuta, 2)
    number = p.number(
        rng.choice(
            (
                f"{rng.randint(1, 180)}/{issued.year}",
                f"FPR {rng.randint(1, 99)}/{issued.year % 100}",
            )
        )
    )
    first = month_end(issued + dt.timedelta(days=25))
    split = rng.random() < 0.5
    plan = [[p.date(first, "due"), p.money(round(payable / 2, 2) if split else payable)]]
    if split:
        plan.append(
            [
                p.date(month_end(first + dt.timedelta(days=5))),
                p.money(round(payable - payable / 2, 2)),
            ]
        )
    blocks: list[Block] = [
        (
            "para",
            "Copia di cortesia - il documento fiscalmente valido è il file XML trasmesso al "
            "Sistema di Interscambio.",
        ),
        beside(
            [
                "Cedente/prestatore",
                vendor,
                "Via Emilia 212, 40026 Imola (BO)",
                f"Partita IVA IT{digits(rng, 11)}",
            ],
            [
                "Cessionario/committente",
                client,
                "Via Mazzini 14, 20123 Milano",
                f"Codice destinatario {rng.choice(('M5UXCR1', 'KRRH6B9', '0000000'))}",
            ],
        ),
        (
            "table",
            [
                ["Tipo documento", "Numero documento", "Data documento", "Codice fiscale"],
                ["TD01 Fattura", number, p.date(issued, "issue"), digits(rng, 11)],
            ],
        ),
        (
            "table",
            [
                ["Descrizione", "Importo"],
                ["Onorario per prestazione professionale", p.bare(fee)],
                ["Contributo integrativo 4% (Inarcassa)", p.bare(cassa)],
            ],
        ),
        (
            "kv",
            [
                ("Imponibile", p.money(base)),
                ("IVA 22%", p.money(iva)),
                ("Totale documento", p.total(total)),
                ("Ritenuta d'acconto 20%", p.minus(ritenuta)),
                ("Netto a pagare", p.money(payable)),
            ],
        ),
        ("heading", "Modalità di pagamento: bonifico (MP05)"),
        ("table", [["Data scadenza", "Importo"], *plan]),
        ("lines", [f"IBAN {iban(rng, 'IT', 27)}", "Esigibilità IVA: immediata"]),
    ]
    return blocks, p.w


def factura_es(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Spanish invoice: a freelancer's or a firm's, its number among the client's, the
    order's and the delivery note's, dates in words or digits, IVA 21 %, IRPF -15 % withheld
    from a professional's fee between "Total factura" and "Total a pagar", and the due date
    or "a 30 días"."""
    p = Paper(rng, "es")
    issued = someday(rng)
    freelancer = rng.random() < 0.5
    if freelancer:
        name = rng.choice(("Lucía Herrero Campos", "Álvaro Méndez Ruiz"))
        vendor = p.w.key("vendor", p.who(name))
        p.w.vendor = name
        ident = f"NIF {digits(rng, 8)}K"
    else:
        vendor = p.firm(
            rng.choice(("Reformas Albarrán S.L.", "Distribuciones Levante S.A.")), vendor=True
        )
        ident = f"CIF B{digits(rng, 8)}"
    client = p.firm(
        rng.choice(("Gestoría Ortega y Asociados S.L.", "Hotel Mirador del Puerto S.A."))
    )
    catalogue = (
        ("Diseño de catálogo de productos", 950.0),
        ("Sesión fotográfica (jornada)", 480.0),
        ("Maquetación página", 35.0),
        ("Reunión de seguimiento", 60.0),
    )
    rows = p.rows(pick_goods(rng, catalogue, 2, 3))
    base = round(sum(r[4] for r in rows), 2)
    iva = round(base * 0.21, 2)
    irpf = round(base * 0.15, 2) if freelancer else 0.0
    total = round(base + iva, 2)
    number = p.number(
        rng.choice((f"{issued.year}/{rng.randint(10, 300):03d}", f"A-{digits(rng, 5)}"))
    )
    style = rng.choice(("dmy", "long"))
    show = "eu" if style == "dmy" else "long-es"
    grid = [
        ("Nº Factura", number),
        ("Fecha", p.date(issued, "issue", show)),
        ("Nº Cliente", digits(rng, 4)),
        ("Nº Pedido", f"P{digits(rng, 5)}"),
        ("Nº Albarán", f"ALB-{digits(rng, 5)}"),
    ]
    due = issued + dt.timedelta(days=30)
    terms = (
        f"Vencimiento: {p.date(due, 'due', show)}"
        if rng.random() < 0.5
        else f"Forma de pago: transferencia bancaria {p.due_terms(due, 'a 30 días fecha factura')}"
    )
    money = [("Base imponible", p.money(base)), ("IVA 21%", p.money(iva))]
    if irpf:
        money += [
            ("Total factura", p.total(total)),
            ("Retención IRPF 15%", p.minus(irpf)),
            (rng.choice(("TOTAL A PAGAR", "Líquido a percibir")), p.money(total - irpf)),
        ]
    else:
        money.append(("TOTAL FACTURA", p.total(total)))
    blocks: list[Block] = [
        ("lines", [vendor, ident, "Calle Colón 18, 3º B", "46004 Valencia"]),
        ("title", "FACTURA"),
        (
            "lines",
            ["Cliente:", client, f"CIF B{digits(rng, 8)}", "Avenida del Puerto 77, 46024 Valencia"],
        ),
        ("table", [[a for a, _ in grid], [b for _, b in grid]]),
        (
            "table",
            [
                ["Concepto", "Cantidad", "Precio", "Importe"],
                *[[r[0], r[1], r[2], r[3]] for r in rows],
            ],
        ),
        sums(rng, money),
        ("para", terms),
        ("lines", [f"IBAN {iban(rng, 'ES', 24)}"]),
    ]
    return blocks, p.w


__all__ = ["chorus_pro", "factura_es", "facture_fr", "fattura_pa"]
