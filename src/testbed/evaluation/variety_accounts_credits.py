"""Credit notes and corrections as sellers' software prints them, for
:mod:`testbed.evaluation.variety_accounts`: a UK credit note against an invoice, a US
credit memo in brackets, a German Gutschrift or Rechnungskorrektur with minus signs, a French
avoir, a Spanish factura rectificativa, an Italian nota di credito and a Dutch creditnota.
Each names the invoice it credits (that number and date are not its own); its total is the
credit's total as printed, negative where the paper prints it so.
"""

from __future__ import annotations

import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_accounts_style import Doc, cents, someday, when

_GOODS = {
    "en": (
        "Returned: ergonomic office chair",
        "Price adjustment - bulk discount not applied",
        "Damaged in transit: LED panel 60x60",
        "Cancelled service visit 14/02",
        "Overcharge on freight",
    ),
    "de": (
        "Rücknahme Bürostuhl ErgoPlus",
        "Preiskorrektur Staffelrabatt",
        "Transportschaden LED-Panel",
        "Storno Wartungseinsatz",
    ),
    "fr": (
        "Retour marchandise - fauteuil de bureau",
        "Remise quantitative non appliquée",
        "Avarie transport - dalle LED 60x60",
    ),
    "es": (
        "Devolución silla de oficina",
        "Descuento por volumen no aplicado",
        "Abono portes cobrados de más",
    ),
    "it": (
        "Reso merce - sedia ergonomica",
        "Sconto quantità non applicato",
        "Storno spese di trasporto",
    ),
    "nl": (
        "Retour bureaustoel Ergo",
        "Prijscorrectie staffelkorting",
        "Transportschade LED-paneel",
    ),
}


def _rows(rng: random.Random, lang: str) -> list[tuple[str, int, float, float]]:
    names = rng.sample(_GOODS[lang], rng.randint(1, 3))
    out = []
    for name in names:
        count = rng.choice((1, 1, 2, 3, 5))
        price = cents(rng, 12, 380)
        out.append((name, count, price, round(count * price, 2)))
    return out


def credit_note_uk(rng: random.Random) -> tuple[list[Block], Writer]:
    """A UK supplier's CREDIT NOTE from accounting software: seller's block, the customer,
    Credit Note Number / Date / Reference (the invoice credited), Net / VAT / Total credit."""
    d = Doc(rng, "GBP", "us")
    style = rng.choice(("abbr", "uk", "long_en"))
    issued = someday(rng)
    original = issued.replace(day=max(1, issued.day - 9)) if issued.day > 9 else issued
    seller = d.vendor(
        rng.choice(("Ashcombe Office Interiors Ltd", "Pennant Lighting Supplies Ltd"))
    )
    buyer = d.org(rng.choice(("Marlowe & Finch Architects LLP", "Greyfriars Dental Practice Ltd")))
    rows = _rows(rng, "en")
    net = round(sum(r[3] for r in rows), 2)
    vat = round(net * 0.2, 2)
    number = f"CN-{rng.randint(100, 999):05d}"
    invoice = f"INV-{rng.randint(10000, 19999)}"
    blocks: list[Block] = [
        (
            "columns",
            [
                ("CREDIT NOTE", seller),
                (buyer, "Unit 4, Brunel Park"),
                ("FAO Accounts Payable", "Swindon SN2 8BX"),
                ("", "VAT Reg No. GB 284 5512 07"),
            ],
        ),
        (
            "kv",
            [
                ("Credit Note Number", d.number(number)),
                ("Credit Note Date", d.day(issued, style, "issue")),
                ("Reference", f"Against invoice {invoice} dated {when(original, style)}"),
            ],
        ),
    ]
    table = [["Description", "Quantity", "Unit Price", "VAT", "Amount GBP"]]
    table += [
        [d.item(name, amt, count, price), str(count), d.num(price), "20%", d.num(amt)]
        for name, count, price, amt in rows
    ]
    blocks += [
        ("table", table),
        (
            "kv",
            [
                ("Subtotal", d.num(net)),
                ("Total VAT 20%", d.num(vat)),
                ("TOTAL CREDIT GBP", d.total(net + vat, d.note(net + vat, d.num(net + vat)))),
            ],
        ),
        (
            "para",
            "This credit has been applied to your account and will be offset against your "
            "next payment. Registered in England and Wales No. 08812440.",
        ),
    ]
    return blocks, d.w


def credit_memo_us(rng: random.Random) -> tuple[list[Block], Writer]:
    """A US small business's CREDIT MEMO: CREDIT # and DATE in capitals, the lines and the
    total in brackets, the invoice it is applied to."""
    d = Doc(rng, "USD", "us")
    issued = someday(rng)
    seller = d.vendor(rng.choice(("Copperline Electric LLC", "Bayview Janitorial Supply, Inc.")))
    buyer = d.org(rng.choice(("Harmon Property Group", "Eastside Montessori School")))
    rows = _rows(rng, "en")
    total = round(sum(r[3] for r in rows), 2)
    blocks: list[Block] = [
        ("lines", [seller, "2280 Industrial Pkwy, Hayward, CA 94545", "(510) 555-0187"]),
        ("title", "CREDIT MEMO"),
        (
            "columns",
            [
                ("BILL TO", f"CREDIT # {d.number(str(rng.randint(1001, 1499)))}"),
                (buyer, f"DATE {d.day(issued, 'us', 'issue')}"),
                ("410 Mission Blvd", f"APPLIED TO INVOICE {rng.randint(5000, 5999)}"),
                ("Fremont, CA 94539", ""),
            ],
        ),
    ]
    table = [["ACTIVITY", "QTY", "RATE", "AMOUNT"]]
    table += [
        [d.item(name, -amt, count, price), str(count), d.num(price), d.num(-amt, "()")]
        for name, count, price, amt in rows
    ]
    blocks += [
        ("table", table),
        ("kv", [("TOTAL CREDIT", d.total(-total, d.money(-total, "$", sign="()")))]),
        ("para", "Thank you for your business."),
    ]
    return blocks, d.w


def gutschrift(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German Gutschrift or Rechnungskorrektur: Nr., Datum, Kundennummer, the invoice it
    corrects, positions with minus signs, Netto / USt / Gutschriftsbetrag."""
    d = Doc(rng, "EUR", "eu")
    issued = someday(rng)
    seller = d.vendor(rng.choice(("Brenner Bürotechnik GmbH", "Lichtwerk Sasse GmbH & Co. KG")))
    buyer = d.org(rng.choice(("Praxis Dr. Wenzel MVZ GmbH", "Kanzlei Roth & Partner mbB")))
    rows = _rows(rng, "de")
    net = round(sum(r[3] for r in rows), 2)
    vat = round(net * 0.19, 2)
    correction = rng.random() < 0.4
    title = "Rechnungskorrektur" if correction else "Gutschrift"
    number = f"{'RK' if correction else 'GS'}-{issued.year}-{rng.randint(10, 399):04d}"
    invoice = f"RE-{issued.year}-{rng.randint(1000, 4999)}"
    blocks: list[Block] = [
        ("lines", [f"{seller} · Gutenbergstraße 7 · 70176 Stuttgart"]),
        (
            "columns",
            [
                (buyer, f"{title}-Nr.: {d.number(number)}"),
                ("z. Hd. Buchhaltung", f"Datum: {d.day(issued, 'dot', 'issue')}"),
                ("Königstraße 40", f"Kundennummer: {rng.randint(10000, 99999)}"),
                ("70173 Stuttgart", ""),
            ],
        ),
        ("title", f"{title} zur Rechnung Nr. {invoice}"),
        (
            "para",
            "Sehr geehrte Damen und Herren, wie besprochen schreiben wir Ihnen folgende "
            "Positionen gut:",
        ),
    ]
    table = [["Pos.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamt"]]
    table += [
        [str(i), d.item(name, -amt, count, price), str(count), d.num(price), d.num(-amt)]
        for i, (name, count, price, amt) in enumerate(rows, start=1)
    ]
    blocks += [
        ("table", table),
        (
            "kv",
            [
                ("Nettobetrag", d.money(-net, "€", after=True)),
                ("zzgl. 19 % USt.", d.money(-vat, "€", after=True)),
                (
                    "Gutschriftsbetrag",
                    d.total(-(net + vat), d.money(-(net + vat), "€", after=True)),
                ),
            ],
        ),
        ("para", "Der Betrag wird mit Ihrer nächsten Zahlung verrechnet. Mit freundlichen Grüßen"),
    ]
    return blocks, d.w


def avoir(rng: random.Random) -> tuple[list[Block], Writer]:
    """A French AVOIR: N° and date, the original invoice, Total HT / TVA / Total TTC of the
    credit, in positive amounts under an "avoir" heading or with minus signs."""
    d = Doc(rng, "EUR", "fr")
    issued = someday(rng)
    seller = d.vendor(rng.choice(("Mobilier Delaunay SARL", "Lumières du Rhône SAS")))
    buyer = d.org(rng.choice(("Cabinet Berthier Avocats", "Boulangerie Vasseur SARL")))
    rows = _rows(rng, "fr")
    net = round(sum(r[3] for r in rows), 2)
    vat = round(net * 0.2, 2)
    minus = -1 if rng.random() < 0.5 else 1
    number = f"AV-{issued.year}-{rng.randint(1, 99):03d}"
    blocks: list[Block] = [
        ("lines", [seller, "18 avenue Jean-Jaurès, 69007 Lyon", "SIRET 512 884 390 00027"]),
        ("title", f"AVOIR N° {d.number(number)}"),
        (
            "kv",
            [
                ("Date", d.day(issued, rng.choice(("uk", "long_fr")), "issue")),
                ("Client", buyer),
                (
                    "Facture d'origine",
                    f"FA-{issued.year}-{rng.randint(100, 999)} "
                    f"du {when(issued.replace(day=1), 'uk')}",
                ),
            ],
        ),
    ]
    table = [["Désignation", "Qté", "P.U. HT", "Montant HT"]]
    table += [
        [d.item(name, minus * amt, count, price), str(count), d.num(price), d.num(minus * amt)]
        for name, count, price, amt in rows
    ]
    total = minus * (net + vat)
    blocks += [
        ("table", table),
        (
            "kv",
            [
                ("Total HT", d.money(minus * net, "€", after=True)),
                ("TVA 20 %", d.money(minus * vat, "€", after=True)),
                ("Total TTC de l'avoir", d.total(total, d.money(total, "€", after=True))),
            ],
        ),
        ("para", "Cet avoir sera déduit de votre prochaine facture ou remboursé par virement."),
    ]
    return blocks, d.w


def rectificativa(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Spanish factura rectificativa (or an Italian nota di credito): its number and date,
    the invoice it corrects and why, negative lines, Base imponible / IVA / Total."""
    italian = rng.random() < 0.4
    d = Doc(rng, "EUR", "eu")
    issued = someday(rng)
    if italian:
        seller = d.vendor(rng.choice(("Arredi Colombo S.r.l.", "Luci Brianza S.p.A.")))
        title, rate, lang = "NOTA DI CREDITO", 22, "it"
        number = f"{rng.randint(1, 60)}/{issued.year}"
        heads = ["Descrizione", "Q.tà", "Prezzo unitario", "Importo"]
        sums = ("Imponibile", f"IVA {rate}%", "Totale documento")
        ref = (
            f"Rif. fattura n. {rng.randint(100, 400)}/{issued.year} "
            f"del {when(issued.replace(day=1), 'uk')}"
        )
    else:
        seller = d.vendor(rng.choice(("Mobiliario Levante, S.L.", "Iluminación Turia, S.A.")))
        title, rate, lang = "FACTURA RECTIFICATIVA", 21, "es"
        number = f"R-{issued.year}/{rng.randint(1, 90):03d}"
        heads = ["Concepto", "Cantidad", "Precio", "Importe"]
        sums = ("Base imponible", f"IVA {rate}%", "TOTAL")
        ref = f"Factura rectificada: F-{issued.year}/{rng.randint(100, 999)} - Motivo: devolución"
    buyer = d.org(
        rng.choice(("Gestoría Navarro, S.L.", "Clínica Dental Sorní, S.L.P."))
        if not italian
        else rng.choice(("Studio Legale Ferri", "Farmacia Bellini S.n.c."))
    )
    rows = _rows(rng, lang)
    net = round(sum(r[3] for r in rows), 2)
    vat = round(net * rate / 100, 2)
    blocks: list[Block] = [
        ("lines", [seller, "NIF B-46123987" if not italian else "P.IVA 02314560967"]),
        (
            "title",
            f"{title} N.º {d.number(number)}" if not italian else f"{title} N. {d.number(number)}",
        ),
        (
            "kv",
            [
                ("Fecha" if not italian else "Data", d.day(issued, "uk", "issue")),
                ("Cliente", buyer),
                ("Referencia" if not italian else "Riferimento", ref),
            ],
        ),
    ]
    table = [heads]
    table += [
        [d.item(name, -amt, count, price), str(count), d.num(price), d.num(-amt)]
        for name, count, price, amt in rows
    ]
    blocks += [
        ("table", table),
        (
            "kv",
            [
                (sums[0], d.money(-net, "€", after=True)),
                (sums[1], d.money(-vat, "€", after=True)),
                (sums[2], d.total(-(net + vat), d.money(-(net + vat), "€", after=True))),
            ],
        ),
    ]
    return blocks, d.w


def creditnota(rng: random.Random) -> tuple[list[Block], Writer]:
    """A Dutch creditnota: Creditnotanummer, Creditnotadatum, the invoice it concerns
    (Betreft factuur), negative amounts with the euro sign before them."""
    d = Doc(rng, "EUR", "eu")
    issued = someday(rng)
    seller = d.vendor(rng.choice(("Kantoorland Zwolle B.V.", "Verlichting Groen V.O.F.")))
    buyer = d.org(rng.choice(("Tandartspraktijk De Linde", "Stichting Buurtzorg Oost")))
    rows = _rows(rng, "nl")
    net = round(sum(r[3] for r in rows), 2)
    vat = round(net * 0.21, 2)
    blocks: list[Block] = [
        (
            "lines",
            [seller, "Industrieweg 12, 8013 NP Zwolle", "KvK 08172234 - btw NL8123.45.678.B01"],
        ),
        ("title", "CREDITNOTA"),
        (
            "columns",
            [
                (
                    buyer,
                    f"Creditnotanummer: {d.number(f'CN{issued.year}-{rng.randint(10, 99):03d}')}",
                ),
                (
                    "t.a.v. crediteurenadministratie",
                    f"Creditnotadatum: {d.day(issued, 'dot', 'issue')}",
                ),
                ("Lindenlaan 3", f"Betreft factuur: {issued.year}-{rng.randint(100, 999):04d}"),
            ],
        ),
    ]
    table = [["Omschrijving", "Aantal", "Prijs", "Bedrag"]]
    table += [
        [
            d.item(name, -amt, count, price),
            str(count),
            d.note(price, f"€ {d.num(price)}"),
            d.note(-amt, f"€ {d.num(-amt)}"),
        ]
        for name, count, price, amt in rows
    ]
    blocks += [
        ("table", table),
        (
            "kv",
            [
                ("Totaal excl. btw", d.money(-net, "€ ", sign="inner")),
                ("Btw 21%", d.money(-vat, "€ ", sign="inner")),
                (
                    "Totaal incl. btw",
                    d.total(-(net + vat), d.money(-(net + vat), "€ ", sign="inner")),
                ),
            ],
        ),
        ("para", "Het bedrag wordt verrekend met uw openstaande facturen."),
    ]
    return blocks, d.w


__all__ = ["avoir", "credit_memo_us", "credit_note_uk", "creditnota", "gutschrift", "rectificativa"]
