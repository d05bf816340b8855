"""Dutch and Portuguese invoices whose number, dates and total stand among many others, for
the terms generators (:mod:`testbed.evaluation.variety_terms`).

A Dutch factuur with klant-, debiteur- and ordernummer and "uw referentie" beside the
factuurnummer, btw at 21 % and 9 %, the vervaldatum or "binnen 14 dagen"; a Portuguese
fatura from certified software, "Fatura FT 2026A/123" with its ATCUD, the NIFs, the dates of
issue and of payment, IVA at 23 % and 6 %. The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_terms_style import (
    Paper,
    digits,
    header,
    iban,
    pick_goods,
    someday,
    sums,
)


def factuur_nl(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Dutch invoice: factuurnummer beside the klantnummer, debiteurnummer, ordernummer and
    "uw referentie", btw at 21 % and 9 %, and the vervaldatum or "binnen 14 dagen"."""
    p = Paper(rng, "nl")
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Groothandel De Vries B.V.", "Installatiebedrijf Bakker & Zn. B.V.")),
        vendor=True,
    )
    client = p.firm(
        rng.choice(("Restaurant De Gouden Leeuw V.O.F.", "Kinderopvang Het Zonnetje B.V."))
    )
    catalogue = (
        ("Koffiebonen 1 kg", 18.5, 0.09),
        ("Thee assortiment", 12.25, 0.09),
        ("Vaatwastabletten 200 st", 34.0, 0.21),
        ("Keukenrol 24 st", 21.9, 0.21),
        ("Servetten 3-laags", 8.4, 0.21),
    )
    chosen = rng.sample(catalogue, 3)
    table = [["Omschrijving", "Aantal", "Prijs", "Btw", "Bedrag"]]
    by_rate: dict[float, float] = {}
    for name, price, rate in chosen:
        count = float(rng.randint(1, 12))
        amount = round(count * price, 2)
        p.item(name, count, price, amount)
        by_rate[rate] = round(by_rate.get(rate, 0) + amount, 2)
        table.append([name, str(int(count)), p.bare(price), f"{rate * 100:.0f}%", p.bare(amount)])
    net = round(sum(by_rate.values()), 2)
    taxes = {rate: round(base * rate, 2) for rate, base in by_rate.items()}
    total = round(net + sum(taxes.values()), 2)
    number = p.number(f"{issued.year}{digits(rng, 4)}")
    days = rng.choice((14, 30))
    due = issued + dt.timedelta(days=days)
    details = [
        ("Factuurnummer", number),
        ("Factuurdatum", p.date(issued, "issue")),
        ("Klantnummer", digits(rng, 5)),
        ("Debiteurnummer", digits(rng, 6)),
        ("Ordernummer", f"ORD{digits(rng, 6)}"),
        ("Uw referentie", rng.choice(("keuken", "inkoop week 49", "J. Smit"))),
    ]
    if rng.random() < 0.5:
        details.append(("Vervaldatum", p.date(due, "due")))
        terms = (
            "Gelieve het totaalbedrag vóór de vervaldatum over te maken onder vermelding van "
            "het factuurnummer."
        )
    else:
        within = p.due_terms(due, f"binnen {days} dagen")
        terms = f"Wij verzoeken u vriendelijk het bedrag {within} over te maken."
    money = [("Totaal excl. btw", p.money(net))]
    money += [(f"Btw {rate * 100:.0f}%", p.money(tax)) for rate, tax in sorted(taxes.items())]
    money.append(("Totaal incl. btw", p.total(total)))
    blocks: list[Block] = [
        (
            "lines",
            [
                vendor,
                "Industrieweg 31, 3542 AD Utrecht",
                f"KvK {digits(rng, 8)} · Btw NL{digits(rng, 9)}B01",
            ],
        ),
        ("lines", [client, "T.a.v. de administratie", "Oudegracht 120", "3511 AW Utrecht"]),
        ("title", "Factuur"),
        header(rng, details),
        ("table", table),
        sums(rng, money),
        ("para", terms),
        ("lines", [f"IBAN {iban(rng, 'NL', 18)} t.n.v. {vendor}"]),
    ]
    return blocks, p.w


def fatura_pt(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Portuguese fatura from certified software: "Fatura FT 2026A/123" with its ATCUD, the
    NIFs of both sides, "Data de emissão" and "Data de vencimento", IVA 23 % and 6 %, the
    software's certificate line."""
    p = Paper(rng, "pt")
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Gráfica Ribeiro & Filhos, Lda.", "Tecnifrio Climatização, Lda.")), vendor=True
    )
    client = p.firm(
        rng.choice(("Pastelaria Estrela do Mar, Lda.", "Clínica Dentária Sorriso, S.A."))
    )
    catalogue = (
        ("Manutenção ar condicionado", 85.0, 0.23),
        ("Gás refrigerante R32 (kg)", 42.0, 0.23),
        ("Livros escolares", 18.9, 0.06),
        ("Deslocação", 25.0, 0.23),
    )
    chosen = rng.sample(catalogue, 3)
    table = [["Descrição", "Qtd.", "Preço Unit.", "IVA", "Total"]]
    net, tax = 0.0, 0.0
    for name, price, rate in chosen:
        count = float(rng.randint(1, 5))
        amount = round(count * price, 2)
        p.item(name, count, price, amount)
        net, tax = round(net + amount, 2), round(tax + amount * rate, 2)
        table.append([name, str(int(count)), p.bare(price), f"{rate * 100:.0f}%", p.bare(amount)])
    total = round(net + tax, 2)
    series = f"FT {issued.year}A/{rng.randint(10, 999)}"
    number = p.number(series)
    due = issued + dt.timedelta(days=rng.choice((15, 30, 60)))
    style = rng.choice(("dash", "long-pt", "iso"))
    blocks: list[Block] = [
        ("lines", [vendor, "Rua de Santa Catarina 410, 4000-446 Porto", f"NIF {digits(rng, 9)}"]),
        ("title", f"Fatura {number}"),
        (
            "kv",
            [
                ("ATCUD", f"J{rng.choice('ABCDEFGH')}{digits(rng, 6)}-{series.rsplit('/', 1)[1]}"),
                ("Cliente", client),
                ("NIF cliente", digits(rng, 9)),
                ("Data de emissão", p.date(issued, "issue", style)),
                ("Data de vencimento", p.date(due, "due", style)),
                ("Requisição", f"REQ {digits(rng, 4)}"),
            ],
        ),
        ("table", table),
        sums(
            rng,
            [
                ("Total ilíquido", p.money(net)),
                ("Total IVA", p.money(tax)),
                ("Total (EUR)", p.total(total)),
            ],
        ),
        (
            "lines",
            [
                f"{digits(rng, 4)}-Processado por programa certificado "
                f"n.º {rng.randint(1000, 2999)}/AT",
                "Os bens/serviços foram colocados à disposição do adquirente na data do documento.",
            ],
        ),
    ]
    return blocks, p.w


def odoo_be(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Belgian firm's invoice from Odoo: "Invoice INV/2026/00123" as the title with no label,
    the invoice and due dates, the sales order as "Source", the customer's reference, the
    structured payment communication, and "Paid on ..." above the amount due when part is
    paid."""
    p = Paper(rng, "be")
    issued = someday(rng)
    vendor = p.firm(
        rng.choice(("Brasserie Artisanale Hainaut SRL", "Lumen Studio BV")), vendor=True
    )
    client = p.firm(rng.choice(("Café Le Sablon SRL", "Kinepolis Events NV", "Atelier Demol SA")))
    catalogue = (
        ("[BR-33] Bière blonde 33cl (casier 24)", 31.2),
        ("[FUT-20] Fût 20L ambrée", 78.0),
        ("[VID] Consigne casier", 3.0),
        ("[LIV] Livraison Bruxelles", 25.0),
    )
    rows = p.rows(pick_goods(rng, catalogue, 2, 4))
    net = round(sum(r[4] for r in rows), 2)
    vat = round(net * 0.21, 2)
    total = round(net + vat, 2)
    seq = f"INV/{issued.year}/{rng.randint(1, 999):05d}"
    due = issued + dt.timedelta(days=rng.choice((15, 30)))
    comm = f"+++{digits(rng, 3)}/{digits(rng, 4)}/{digits(rng, 5)}+++"
    paid = round(total * 0.5, 2) if rng.random() < 0.4 else 0.0
    money = [("Untaxed Amount", p.money(net)), ("VAT 21%", p.money(vat)), ("Total", p.total(total))]
    if paid:
        money += [
            (f"Paid on {p.date(issued + dt.timedelta(days=2))}", p.money(paid)),
            ("Amount Due", p.money(round(total - paid, 2))),
        ]
    blocks: list[Block] = [
        (
            "lines",
            [
                vendor,
                "Rue de la Station 14",
                "7000 Mons",
                f"BE 0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}",
            ],
        ),
        ("lines", [client, "Place du Grand Sablon 7", "1000 Bruxelles", f"BE 0{digits(rng, 9)}"]),
        ("title", f"Invoice {p.number(seq)}"),
        (
            "table",
            [
                ["Invoice Date:", "Due Date:", "Source:", "Reference:"],
                [
                    p.date(issued, "issue"),
                    p.date(due, "due"),
                    f"S{digits(rng, 5)}",
                    rng.choice(("Bon de commande 118", "PO-2291", "Festival stock")),
                ],
            ],
        ),
        (
            "table",
            [
                ["Description", "Quantity", "Unit Price", "Amount"],
                *[[r[0], r[1], r[2], r[3]] for r in rows],
            ],
        ),
        ("kv", money),
        ("para", f"Please use the following communication for your payment: {comm}"),
        ("lines", [f"IBAN {iban(rng, 'BE', 16)}  BIC GEBABEBB", "Page: 1 / 1"]),
    ]
    return blocks, p.w


__all__ = ["factuur_nl", "fatura_pt", "odoo_be"]
