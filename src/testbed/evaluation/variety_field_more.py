"""More of the field's placements for the field generators
(:mod:`testbed.evaluation.variety_field`): an Italian e-invoice's printout ("Cedente/
prestatore", "Scadenza", withholding tax under "Totale documento"), a German DIY store's till
receipt ("Beleg-Nr." at its foot), a Spanish water bill ("A pagar antes de"), a US
landscaper's invoice numbered under "Reference" with payment terms in days and its number
again as a barcode line, an auction site's order e-mail naming the seller by their user name,
and a British supplier's reminder letter (its reference and the invoice it chases are not its
number). Names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_field_style import Sheet, code, priced, qty, someday, total_of


def fattura(rng: random.Random) -> tuple[list[Block], Writer]:
    """An Italian FatturaPA printout: "Cedente/prestatore" and "Cessionario/committente"
    blocks, "Fattura n. 2026/412 del <date>", IVA, the professional's withholding
    ("Ritenuta d'acconto") taken off "Totale documento" to give "Netto a pagare",
    "Scadenza" in the payment block."""
    s = Sheet(rng, "it")
    issued = someday(rng)
    due = issued + dt.timedelta(days=s.pick((30, 60)))
    fee = s.pick((1200.0, 850.0, 2400.0))
    cassa = round(fee * 0.04, 2)
    iva = round((fee + cassa) * 0.22, 2)
    total = round(fee + cassa + iva, 2)
    ritenuta = round(fee * 0.2, 2)
    net = round(total - ritenuta, 2)
    seller = s.pick(("Studio Tecnico Ing. Ferri S.r.l.", "Conti & Gallo Consulenti S.r.l."))
    desc = "Consulenza tecnica e redazione perizia"
    s.item(desc, 1, fee, fee)
    s.item("Contributo integrativo cassa 4%", None, None, cassa)
    blocks: list[Block] = [
        ("heading", "Cedente/prestatore (fornitore)"),
        ("lines", [s.vendor(seller), "Via Mazzini 18, 40121 Bologna", "P.IVA 03456780371"]),
        ("heading", "Cessionario/committente (cliente)"),
        (
            "lines",
            [
                s.org(s.pick(("Officine Rinaldi S.p.A.", "Cantina Val di Reno Soc. Coop."))),
                "Via Emilia 210, 40026 Imola",
            ],
        ),
        (
            "title",
            f"Fattura n. {s.number(f'{issued.year}/{rng.randint(100, 999)}')} del "
            f"{s.day(issued, 'issue', 'uk')}",
        ),
        (
            "table",
            [
                ["Descrizione", "Quantità", "Prezzo unitario", "Importo"],
                [desc, "1", s.num(fee), s.num(fee)],
                ["Contributo integrativo cassa 4%", "", "", s.num(cassa)],
            ],
        ),
        (
            "kv",
            [
                ("Imponibile", s.money(round(fee + cassa, 2))),
                ("IVA 22%", s.money(iva)),
                ("Totale documento", s.total(total)),
                ("Ritenuta d'acconto 20%", s.money(-ritenuta)),
                ("Netto a pagare", s.money(net)),
            ],
        ),
        ("heading", "Modalità di pagamento"),
        (
            "table",
            [
                ["Modalità", "IBAN", "Scadenza", "Importo"],
                [
                    "Bonifico",
                    "IT60 X054 2811 1010 0000 0123 456",
                    s.day(due, "due", "uk"),
                    s.num(net),
                ],
            ],
        ),
    ]
    return blocks, s.w


def baumarkt(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German DIY store's till receipt: the store's name and branch on top, items with
    "A"/"B" tax codes, "SUMME EUR", the card payment, the VAT split, "Beleg-Nr." with till
    and operator and the date and time at the foot, the operating company last."""
    s = Sheet(rng, "de")
    day = someday(rng)
    goods = priced(
        rng,
        (
            ("Schrauben 4x40 200St", 6.49),
            ("Malerkrepp 50m", 3.99),
            ("Dispersionsfarbe weiß 10l", 39.95),
            ("Silikon sanitär", 7.29),
            ("Arbeitshandschuhe Gr.9", 4.49),
            ("Kabelbinder 100St", 2.99),
        ),
        (3, 5),
    )
    goods = [(name, 1.0, price, price) for name, _, price, _ in goods]
    total = total_of(goods)
    net = round(total / 1.19, 2)
    lines = []
    for name, _, price, _ in goods:
        s.item(name, None, None, price)
        lines.append(f"{name:<28}{s.num(price):>9} A")
    blocks: list[Block] = [
        (
            "lines",
            ["HAGEDORN BAUMARKT", "Filiale Kassel-Nord", "Holländische Str. 190", "34127 Kassel"],
        ),
        (
            "lines",
            [
                *lines,
                "-" * 40,
                f"SUMME EUR{' ' * (28 - len(s.num(total)))}{s.total(total, s.num(total))}",
                f"Girocard{' ' * (29 - len(s.num(total)))}{s.num(total)}",
            ],
        ),
        (
            "lines",
            [
                f"A 19,0% Netto {s.num(net)} MwSt {s.num(round(total - net, 2))} "
                f"Brutto {s.bare(total)}"
            ],
        ),
        (
            "lines",
            [
                f"Beleg-Nr. {s.number(str(rng.randint(1000, 9999)))}  Kasse 03  Bed. 12",
                f"{s.day(day, 'issue', 'dot2')} {rng.randint(8, 19)}:{rng.randint(10, 59)}",
                s.vendor("Hagedorn Baumarkt GmbH & Co. KG"),
                "Vielen Dank für Ihren Einkauf!",
            ],
        ),
    ]
    return blocks, s.w


def agua(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Spanish water bill: "FACTURA Nº", "Fecha factura", the reading period, the charges
    with IVA at 10%, "IMPORTE TOTAL", "A pagar antes de", and a payment reference that is not
    the bill's number."""
    s = Sheet(rng, "es")
    issued = someday(rng)
    due = issued + dt.timedelta(days=20)
    m3 = rng.randint(9, 40)
    supply = round(m3 * 0.7421, 2)
    fixed = 9.84
    sewer = round(m3 * 0.3105, 2)
    net = round(supply + fixed + sewer, 2)
    iva = round(net * 0.1, 2)
    total = round(net + iva, 2)
    seller = s.pick(("Aguas de la Plana, S.A.", "Empresa Municipal de Aguas de Albacete, S.A."))
    rows = [("Cuota de servicio", fixed), (f"Consumo {m3} m³", supply), ("Alcantarillado", sewer)]
    for name, amount in rows:
        s.item(name, None, None, amount)
    blocks: list[Block] = [
        (
            "columns",
            [
                (s.vendor(seller), "FACTURA"),
                ("CIF A12345678", f"Nº: {s.number(code(rng, '2999/99999999'))}"),
                ("", f"Fecha factura: {s.day(issued, 'issue', 'uk')}"),
            ],
        ),
        (
            "kv",
            [
                ("Titular", s.person(s.pick(("Rosa Martínez Soler", "Andrés Navarro Gil")))),
                ("Referencia de cobro", code(rng, "9999999999999")),
                (
                    "Periodo de lectura",
                    f"{s.day(issued - dt.timedelta(days=62), None, 'uk')} a "
                    f"{s.day(issued - dt.timedelta(days=2), None, 'uk')}",
                ),
            ],
        ),
        ("table", [["Concepto", "Importe (€)"], *[[name, s.num(amount)] for name, amount in rows]]),
        (
            "kv",
            [
                ("Base imponible", s.money(net)),
                ("IVA 10%", s.money(iva)),
                ("IMPORTE TOTAL", s.total(total)),
            ],
        ),
        ("lines", [f"A pagar antes de: {s.day(due, 'due', 'uk')}"]),
    ]
    return blocks, s.w


def landscaper(rng: random.Random) -> tuple[list[Block], Writer]:
    """A US landscaper's invoice from a word-processor template: the company's name only in
    "Remit to" at the foot, the number under "Reference", terms in days ("Net 30", "30 days
    net", "Payment due within 15 days") and no due date, the number again as a barcode line."""
    s = Sheet(rng, "us")
    issued = someday(rng)
    rows = priced(
        rng,
        (
            ("Weekly mowing and edging", 65.0),
            ("Spring cleanup", 240.0),
            ("Mulch, installed (cu yd)", 58.0),
            ("Hedge trimming", 120.0),
            ("Irrigation start-up", 85.0),
        ),
        (2, 4),
    )
    total = total_of(rows)
    days, wording = s.pick(
        ((30, "Net 30"), (30, "30 days net"), (15, "Payment due within 15 days"))
    )
    number = f"{issued.year}-{rng.randint(100, 999):04d}"
    table = [["Service", "Qty", "Rate", "Amount"]]
    for name, count, price, amount in rows:
        s.item(name, count, price, amount)
        table.append([name, qty(count), s.num(price), s.num(amount)])
    seller = s.pick(("Cedar Hollow Landscaping LLC", "Green Acre Grounds Co."))
    blocks: list[Block] = [
        ("title", "INVOICE"),
        (
            "kv",
            [
                ("Reference", s.number(number)),
                ("Date", s.day(issued, "issue", "us_bare")),
                ("Customer", s.person(s.pick(("Margaret Dunleavy", "Howard Pruitt")))),
                ("Property", "41 Orchard Hill Rd, Glastonbury, CT"),
            ],
        ),
        ("table", table),
        ("kv", [("Total", s.total(total)), ("Terms", s.terms(issued, days, wording))]),
        (
            "lines",
            [
                f"Remit to: {s.vendor(seller)}, PO Box 311, Manchester, CT 06045",
                "Thank you for your business!",
                f"*{number}*",
            ],
        ),
    ]
    return blocks, s.w


def auction_order(rng: random.Random) -> tuple[list[Block], Writer]:
    """An auction site's order e-mail: "Order confirmed" with the item in the subject, the
    order number in groups, the seller by their user name and feedback score, item price,
    postage and "Order total"."""
    s = Sheet(rng, "uk")
    ordered = someday(rng)
    item = s.pick(
        (
            "Vintage Helios 44-2 58mm f/2 lens",
            "Pyrex 1970s casserole dish, orange",
            "LEGO 10255 Assembly Square, boxed",
        )
    )
    price = s.pick((34.99, 18.5, 164.0))
    post = s.pick((3.2, 4.95, 0.0))
    total = round(price + post, 2)
    seller = s.pick(("lenscraft_uk", "retro.kitchen.finds", "brickvault-2010"))
    s.item(item, 1, price, price)
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", "AuctionHub <orders@auctionhub.example>"),
                ("To", "buyer@post.example"),
                ("Subject", f"Order confirmed: {item}"),
            ],
        ),
        ("title", "Your order is confirmed"),
        (
            "kv",
            [
                ("Order number", s.number(code(rng, "99-99999-99999"))),
                ("Order date", s.day(ordered, "issue", "uk_short")),
                ("Seller", f"{s.vendor(seller)} ({rng.randint(120, 9800)})"),
            ],
        ),
        ("table", [["Item", "Qty", "Price"], [item, "1", s.money(price)]]),
        ("kv", [("Postage", s.money(post) if post else "Free"), ("Order total", s.total(total))]),
        ("para", "We'll let you know when your item is on its way."),
    ]
    return blocks, s.w


def reminder(rng: random.Random) -> tuple[list[Block], Writer]:
    """A British supplier's reminder letter: "Our ref", the date, "Dear Ms X", the invoice
    chased with its number, date and amount, a request to pay within seven days, signed by the
    credit controller."""
    s = Sheet(rng, "uk")
    day = someday(rng)
    invoiced = day - dt.timedelta(days=rng.randint(40, 75))
    amount = round(rng.uniform(300, 4000), 2)
    first, last = s.pick((("Joanna", "Petrie"), ("Sanjay", "Dholakia")))
    writer = s.person(s.pick(("Claire Hennessy", "Mark Tolley")))
    blocks: list[Block] = [
        (
            "lines",
            [
                s.org(s.pick(("Tyne Valley Office Supplies Ltd", "Wessex Catering Equipment Ltd"))),
                "Unit 4, Riverside Park, Hexham NE46 4JN",
            ],
        ),
        (
            "lines",
            [
                f"{'Ms' if first == 'Joanna' else 'Mr'} {s.person(f'{first} {last}')}",
                "Accounts Payable",
                s.org(s.pick(("Coquet Dental Practice Ltd", "Alnwick Garden Café Ltd"))),
                "12 Bondgate Within, Alnwick NE66 1TD",
            ],
        ),
        (
            "lines",
            [f"Our ref: {s.w.own_number(code(rng, 'AAA/999'))}", s.day(day, "issue", "uk_long")],
        ),
        ("para", f"Dear {'Ms' if first == 'Joanna' else 'Mr'} {last},"),
        (
            "para",
            f"Invoice {code(rng, 'INV-99999')} dated {s.day(invoiced, None, 'uk_long')} for "
            f"{s.money(amount)} remains unpaid. Please arrange payment within seven days or let "
            "us know if there is a problem with the invoice.",
        ),
        ("para", "Yours sincerely,"),
        ("lines", [writer, "Credit Controller"]),
    ]
    return blocks, s.w
