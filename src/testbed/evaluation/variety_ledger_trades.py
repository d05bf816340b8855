"""Tradespeople's and suppliers' invoices of continental Europe for the ledger documents
(:mod:`testbed.evaluation.variety_ledger`), each with the item table its country's
software prints: a German electrician's "Pos. Menge Einh. Bezeichnung" with "Arbeitsleistung"
and "Material" as headings inside the table and a sum under each; a French joiner's grid
with a discount and a VAT rate on every line; a Spanish wholesaler's codes and "uds."; an
Italian hardware shop's "U.M." and the VAT code after the amount; a Portuguese workshop's
ISO dates and "1 234,56 €"; a Swiss painter's "1'234.50" with a discount column.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.variety_ledger_build import Drawn
from testbed.evaluation.variety_ledger_paper import Doc, Row, Table
from testbed.evaluation.variety_ledger_style import Pen, cents, someday


def _pick[T](rng: random.Random, items: tuple[T, ...], low: int, high: int) -> list[T]:
    return rng.sample(items, rng.randint(low, min(high, len(items))))


_LABOUR_DE = (
    ("Elektroinstallation Küche: Leitungen verlegen, Dosen setzen und anschließen", "Std.", 58.0),
    ("Fehlersuche an der Unterverteilung und Prüfung der Fehlerstromschutzschalter", "Std.", 64.0),
    ("Anfahrt / Fahrtkostenpauschale", "pausch.", 35.0),
    ("Helfer", "Std.", 42.0),
    ("E-Check nach DGUV V3 mit Prüfprotokoll", "Std.", 61.5),
)
_MATERIAL_DE = (
    ("NYM-J 3x1,5 mm² Mantelleitung", "m", 0.89),
    ("Unterputz-Schalterdose tief", "Stk.", 1.35),
    ("FI/LS-Schalter B16 30mA", "Stk.", 48.9),
    ("Steckdose Schuko reinweiß, Serie Busch-Jaeger", "Stk.", 6.75),
    ("Kabelkanal 40x60 weiß", "m", 4.2),
    ("Kleinmaterial (Dübel, Schrauben, Klemmen)", "pausch.", 18.5),
)


def werkstatt(rng: random.Random) -> Drawn:
    """A German electrician's invoice: labour and material under headings in one table,
    each with its sum, hours as "2,5", units "Std.", "m", "Stk."."""
    p = Pen.start(rng, "de")
    issued = someday(rng)
    firm = p.seller(rng.choice(("Elektro Brandner GmbH & Co. KG", "Elektrotechnik Vogl GmbH")))
    client, sir, dear = rng.choice((("Klaus Rieger", "Herrn", "Sehr geehrter Herr"),
                                    ("Monika Haberl", "Frau", "Sehr geehrte Frau"),
                                    ("Jürgen Stadler", "Herrn", "Sehr geehrter Herr")))  # fmt: skip
    p.person(client)
    number = p.ident(f"RE-{issued.year}-{rng.randint(100, 999)}")
    rows: list[Row] = []
    position = 0
    net = 0.0
    for heading, stock, counts in (
        ("Arbeitsleistung", _LABOUR_DE, (0.5, 1.0, 2.5, 3.0, 4.5, 6.0)),
        ("Material", _MATERIAL_DE, (2, 4, 6, 12, 25, 40)),
    ):
        rows.append(Row(["", "", "", heading, "", ""], "group"))
        group = 0.0
        for text, unit, price in _pick(rng, stock, 2, 4):
            position += 1
            count = 1.0 if unit == "pausch." else float(rng.choice(counts))
            amount = cents(count * price)
            group += amount
            p.item(text, count, price, amount)
            rows.append(
                Row(
                    [str(position), p.qty(count), unit, text, p.num(price), p.num(amount)],
                    value=amount,
                )
            )
        rows.append(Row(["", "", "", f"Summe {heading}", "", p.num(group)], "sum"))
        net += group
    tax = cents(net * 0.19)
    due = issued + dt.timedelta(days=14)
    table = Table(["Pos.", "Menge", "Einh.", "Bezeichnung", "E-Preis €", "G-Preis €"], rows,
                  frozenset({1, 4, 5}), [5, 8, 8, 47, 13, 13], wrap=3,
                  rules=rng.choice(("lines", "grid")))  # fmt: skip
    blocks = [
        ("side", ([firm, "Bahnhofstraße 12", "72488 Sigmaringen"],
                  ["Tel. 07571 68 21 40", "info@elektro-brandner.de", "www.elektro-brandner.de"])),
        ("gap", 1),
        ("small", [f"{firm} · Bahnhofstraße 12 · 72488 Sigmaringen"]),
        ("text", [sir, client, "Am Mühlbach 7", "72501 Gammertingen"]),
        ("gap", 1),
        ("rkv", [("Rechnungs-Nr.:", number), ("Datum:", p.day(issued, "issue")),
                 ("Kunden-Nr.:", str(rng.randint(10000, 19999)))]),
        ("title", "Rechnung"),
        ("para", f"{dear} {client.split()[1]}, für die in Ihrem Auftrag "
                 "ausgeführten Arbeiten erlauben wir uns wie folgt zu berechnen:"),
        ("table", table),
        ("totals", [("Nettobetrag", p.money(net)), ("zzgl. 19 % MwSt.", p.money(tax)),
                    ("Rechnungsbetrag", p.total(net + tax))]),
        ("para", f"Zahlbar innerhalb von 14 Tagen ohne Abzug bis zum {p.day(due, 'due')}."),
        ("small", ["Sparkasse Zollernalb · IBAN DE41 6535 1260 0134 0567 89 · BIC SOLADES1BAL",
                   "Steuernummer 81025/12345 · Amtsgericht Ulm HRA 720123"]),
    ]  # fmt: skip
    return Drawn(Doc(blocks, footer="Seite {page} von {pages}"), p, issued)


_JOINERY_FR = (
    ("Fourniture et pose de plinthes chêne massif 70 mm, finition vernis mat", "ml", 24.5, 10),
    ("Porte intérieure isoplane 83 cm, huisserie et quincaillerie comprises", "u", 212.0, 10),
    ("Main d'œuvre menuisier", "h", 45.0, 10),
    ("Dépose et évacuation des anciennes menuiseries", "forfait", 180.0, 10),
    ("Parquet contrecollé chêne 14 mm, pose flottante sur sous-couche", "m²", 38.9, 10),
    ("Isolant laine de bois 100 mm (rénovation énergétique)", "m²", 16.4, 5.5),
)


def facture(rng: random.Random) -> Drawn:
    """A French joiner's invoice: a ruled grid with a discount and a VAT rate on each line,
    "1 234,56 €", totals HT, TVA by rate and TTC."""
    p = Pen.start(rng, "fr")
    issued = someday(rng)
    firm = p.seller(rng.choice(("Menuiserie Delorme SARL", "Atelier Vasseur et Fils SAS")))
    client = p.person(rng.choice(("Hélène Marchand", "Bruno Lefèvre")))
    number = p.ident(f"FA{issued.year % 100:02d}{issued.month:02d}-{rng.randint(100, 999):04d}")
    rows: list[Row] = []
    net = 0.0
    vat: dict[float, float] = {}
    for text, unit, price, rate in _pick(rng, _JOINERY_FR, 3, 5):
        counts = {"forfait": (1,), "u": (1, 2, 3), "h": (3.5, 7, 14, 21)}.get(
            unit, (6.5, 12.5, 18, 26)
        )
        count = float(rng.choice(counts))
        off = rng.choice((0, 0, 5, 10))
        amount = cents(count * price * (1 - off / 100))
        net += amount
        vat[rate] = vat.get(rate, 0.0) + amount
        p.item(text, count, price, amount)
        rows.append(Row([f"{rng.randint(100, 999)}-{rng.randint(10, 99)}", text, p.qty(count),
                         unit, p.num(price), f"{off} %" if off else "", p.qty(rate) + " %",
                         p.num(amount)], value=amount))  # fmt: skip
    taxes = [
        (f"TVA {p.qty(rate)} %", cents(base * rate / 100)) for rate, base in sorted(vat.items())
    ]
    total = net + sum(t for _, t in taxes)
    due = issued + dt.timedelta(days=30)
    p.noted(40.0)
    table = Table(["Réf.", "Désignation", "Qté", "Unité", "PU HT", "Remise", "TVA", "Montant HT"],
                  rows, frozenset({2, 4, 5, 6, 7}), [9, 37, 6, 7, 10, 8, 7, 12], wrap=1,
                  rules="grid")  # fmt: skip
    blocks = [
        ("side", ([firm, "14 rue des Tanneurs", "49100 Angers", "SIRET 512 347 889 00021"],
                  [f"FACTURE N° {number}", f"Date : {p.day(issued, 'issue')}",
                   f"Échéance : {p.day(due, 'due')}"])),
        ("gap", 1),
        ("rkv", [("Client :", client), ("", "8 allée des Tilleuls"), ("", "49000 Angers")]),
        ("text", [f"Chantier : rénovation séjour - devis accepté le "
                  f"{p.day(issued - dt.timedelta(days=40), None)}"]),
        ("table", table),
        ("totals", [("Total HT", p.money(net)), *((label, p.money(t)) for label, t in taxes),
                    ("Net à payer TTC", p.total(total))]),
        ("small", ["Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité "
                   "forfaitaire pour frais de recouvrement : 40 €.",
                   "RIB : FR76 1790 6000 3200 0845 7312 418 - Crédit Agricole Anjou Maine"]),
    ]  # fmt: skip
    return Drawn(Doc(blocks, footer="Page {page}/{pages}"), p, issued)


_SUPPLY_ES = (
    ("Tubo multicapa 16x2 mm, rollo 100 m", 1.85, "m"),
    ("Codo latón press 16 mm", 2.4, "uds."),
    ('Válvula de esfera 1/2" con maneta mariposa', 6.9, "uds."),
    ("Termo eléctrico 80 l vertical, clase energética C", 214.0, "uds."),
    ("Cinta de teflón profesional 12 m x 12 mm", 0.95, "uds."),
    ("Grifo monomando lavabo cromado con desagüe clic-clac", 39.5, "uds."),
)


def factura(rng: random.Random) -> Drawn:
    """A Spanish plumbing wholesaler's invoice: article codes, "4 uds." in the quantity,
    a discount per line, "Base imponible", "IVA 21 %", "Total factura"."""
    p = Pen.start(rng, "es")
    issued = someday(rng)
    firm = p.seller(rng.choice(("Suministros Gálvez, S.L.", "Fontanería Arrieta Hermanos, S.A.")))
    client = p.firm(rng.choice(("Reformas Llorente, S.L.", "Instalaciones Ebro, S.L.U.")))
    number = p.ident(f"A-{issued.year}/{rng.randint(1000, 9999)}")
    rows: list[Row] = []
    net = 0.0
    for text, price, unit in _pick(rng, _SUPPLY_ES, 3, 6):
        count = float(rng.choice((2, 4, 10, 25, 50) if price < 10 else (1, 2)))
        off = rng.choice((0, 5, 10, 12))
        amount = cents(count * price * (1 - off / 100))
        net += amount
        p.item(text, count, price, amount)
        rows.append(Row([f"{rng.randint(10, 99)}.{rng.randint(1000, 9999)}", text,
                         f"{p.qty(count)} {unit}", p.num(price), p.qty(off) if off else "",
                         p.num(amount)], value=amount))  # fmt: skip
    tax = cents(net * 0.21)
    due = issued + dt.timedelta(days=rng.choice((30, 60)))
    table = Table(["Código", "Concepto", "Cant.", "Precio", "Dto. %", "Importe"], rows,
                  frozenset({2, 3, 4, 5}), [11, 45, 10, 10, 8, 12], wrap=1,
                  rules=rng.choice(("lines", "none")))  # fmt: skip
    blocks = [
        ("title", "FACTURA"),
        ("side", ([firm, "Polígono Malpica, calle E, nave 14", "50016 Zaragoza",
                   "CIF B50123456"],
                  [f"Nº factura: {number}", f"Fecha: {p.day(issued, 'issue')}",
                   f"Vencimiento: {p.day(due, 'due')}"])),
        ("gap", 1),
        ("kv", [("Cliente:", client), ("Dirección:", "Avda. de Navarra 88, 50010 Zaragoza"),
                ("CIF:", "B99887766")]),
        ("gap", 1),
        ("table", table),
        ("totals", [("Base imponible", p.money(net)), ("IVA 21 %", p.money(tax)),
                    ("Total factura", p.total(net + tax))]),
        ("small", ["Forma de pago: transferencia a ES91 2100 0418 4502 0005 1332 (CaixaBank)"]),
    ]  # fmt: skip
    return Drawn(Doc(blocks, footer="Página {page} de {pages}"), p, issued)


_HARDWARE_IT = (
    ("Vite autofilettante testa svasata 4x40 zincata (conf. 200 pz)", "CF", 7.9),
    ("Silicone neutro trasparente 310 ml", "PZ", 5.6),
    ("Tassello in nylon 8 mm con vite", "PZ", 0.18),
    ("Trapano avvitatore a batteria 18V, 2 batterie 2,0 Ah e valigetta", "PZ", 149.0),
    ("Cavo elettrico FG16OR16 3G2,5", "MT", 1.72),
    ("Pittura lavabile per interni bianca 14 l", "PZ", 42.5),
)


def fattura(rng: random.Random) -> Drawn:
    """An Italian hardware shop's invoice: "Cod. articolo", "U.M.", a discount column, the
    amount and then the VAT code, "Imponibile", "IVA 22%", "Totale documento"."""
    p = Pen.start(rng, "it")
    issued = someday(rng)
    firm = p.seller(rng.choice(("Ferramenta Colombo S.r.l.", "Brambilla Utensileria S.n.c.")))
    client = p.firm(rng.choice(("Edilnova S.r.l.", "Impresa Galli Costruzioni S.p.A.")))
    number = p.ident(f"{rng.randint(100, 999)}/{issued.year}")
    rows: list[Row] = []
    net = 0.0
    for text, unit, price in _pick(rng, _HARDWARE_IT, 3, 6):
        count = float(rng.choice((1, 2, 5) if price > 20 else (10, 25, 50, 100, 2.5)))
        off = rng.choice((0, 0, 10, 15))
        amount = cents(count * price * (1 - off / 100))
        net += amount
        p.item(text, count, price, amount)
        rows.append(Row([f"{rng.choice('ABFKT')}{rng.randint(10000, 99999)}", text, unit,
                         p.qty(count), p.num(price), p.qty(off) if off else "", p.num(amount),
                         "22"], value=amount))  # fmt: skip
    tax = cents(net * 0.22)
    due = issued + dt.timedelta(days=30)
    table = Table(["Cod. articolo", "Descrizione", "U.M.", "Quantità", "Prezzo unitario",
                   "Sconto %", "Importo", "IVA"], rows, frozenset({3, 4, 5, 6}),
                  [12, 38, 6, 9, 11, 8, 11, 5], wrap=1, rules="lines")  # fmt: skip
    blocks = [
        ("side", ([firm, "Via Garibaldi 41", "20900 Monza (MB)", "P.IVA 01234567890"],
                  ["Spett.le", client, "Via dei Mille 3", "20831 Seregno (MB)"])),
        ("gap", 1),
        ("bold", [f"FATTURA N. {number} del {p.day(issued, 'issue')}"]),
        ("kv", [("Pagamento:", "Bonifico bancario 30 gg d.f."),
                ("Scadenza:", p.day(due, "due"))]),
        ("table", table),
        ("totals", [("Imponibile", p.money(net)), ("IVA 22%", p.money(tax)),
                    ("Totale documento", p.total(net + tax))]),
        ("small", ["IBAN IT60 X054 2811 1010 0000 0123 456 - Banca Popolare di Sondrio"]),
    ]  # fmt: skip
    return Drawn(Doc(blocks, footer="Pag. {page} di {pages}"), p, issued)


_WORKSHOP_PT = (
    ("Mudança de óleo e filtro, óleo 5W30 sintético", "L", 11.9),
    ("Pastilhas de travão dianteiras", "UN", 46.0),
    ("Mão de obra mecânica", "H", 32.5),
    ("Escovas limpa-vidros (par)", "UN", 18.75),
    ("Diagnóstico eletrónico com equipamento de marca", "UN", 35.0),
    ("Líquido de refrigeração G12", "L", 4.8),
)


def fatura(rng: random.Random) -> Drawn:
    """A Portuguese workshop's invoice: "Artigo Descrição Qtd. Un. Preço Unit. Desc. IVA
    Valor", ISO dates, "1 234,56 €", the tax summary after the total."""
    p = Pen.start(rng, "pt")
    issued = someday(rng)
    firm = p.seller(
        rng.choice(("Auto Reparadora Moreira, Lda.", "Oficina Pinheiro & Filhos, Lda."))
    )
    client = p.person(rng.choice(("Ana Rodrigues", "Tiago Ferreira")))
    number = p.ident(f"FT {issued.year}A/{rng.randint(100, 999)}")
    rows: list[Row] = []
    net = 0.0
    for text, unit, price in _pick(rng, _WORKSHOP_PT, 3, 5):
        count = float(rng.choice((1, 2) if unit == "UN" else (1.5, 2.5, 4, 4.5)))
        off = rng.choice((0, 0, 5))
        amount = cents(count * price * (1 - off / 100))
        net += amount
        p.item(text, count, price, amount)
        rows.append(Row([f"{rng.randint(1000, 9999)}", text, p.qty(count), unit, p.num(price),
                         p.num(off) if off else "0,00", "23%", p.num(amount)],
                        value=amount))  # fmt: skip
    tax = cents(net * 0.23)
    due = issued + dt.timedelta(days=15)
    table = Table(["Artigo", "Descrição", "Qtd.", "Un.", "Preço Unit.", "Desc. %", "IVA",
                   "Valor"], rows, frozenset({2, 4, 5, 6, 7}), [8, 40, 6, 5, 11, 8, 6, 12],
                  wrap=1, rules=rng.choice(("none", "lines")))  # fmt: skip
    blocks = [
        ("side", ([firm, "Rua do Almada 212", "4050-031 Porto", "NIF 509 876 543"],
                  ["Original", f"Fatura {number}", f"Data: {p.day(issued, 'issue', 'iso')}",
                   f"Vencimento: {p.day(due, 'due', 'iso')}"])),
        ("gap", 1),
        ("kv", [("Cliente:", client), ("NIF:", "213 456 789"),
                ("Morada:", "Travessa das Flores 9, 4000-123 Porto")]),
        ("gap", 1),
        ("table", table),
        ("totals", [("Total ilíquido", p.money(net)), ("Total IVA", p.money(tax)),
                    ("Total a pagar", p.total(net + tax))]),
        ("small", ["Taxa   Incidência   Valor IVA",
                   f"23%    {p.num(net)}   {p.num(tax)}",
                   "Processado por programa certificado n.º 1234/AT"]),
    ]  # fmt: skip
    return Drawn(Doc(blocks), p, issued)


_PAINT_CH = (
    ("Abdecken von Böden und Fenstern, inkl. Material", "psch", 180.0),
    ("Wände spachteln und schleifen", "m²", 12.5),
    ("Dispersionsfarbe weiss, 2x streichen", "m²", 18.4),
    ("Türrahmen lackieren, Farbton NCS S 0502-Y", "Stk", 95.0),
    ("Malerarbeiten Regie", "Std", 88.0),
)


def swiss(rng: random.Random) -> Drawn:
    """A Swiss painter's invoice in francs written "1'234.50", a discount column and the
    amount in "Betrag CHF", VAT at 8.1 %, a rounding line before the total."""
    p = Pen.start(rng, "ch")
    issued = someday(rng)
    firm = p.seller(rng.choice(("Malerei Gisler AG", "Farbwerk Zürcher GmbH")))
    client = p.firm(rng.choice(("Stockwerkeigentümergemeinschaft Seefeld",
                                "Immobilien Huber AG")))  # fmt: skip
    number = p.ident(str(rng.randint(20000, 29999)))
    rows: list[Row] = []
    net = 0.0
    for index, (text, unit, price) in enumerate(_pick(rng, _PAINT_CH, 3, 5), start=1):
        counts = {"psch": (1,), "Stk": (2, 4, 6), "Std": (6.5, 12, 38)}.get(unit, (38, 64.5, 120))
        count = float(rng.choice(counts))
        off = rng.choice((0, 5, 10))
        amount = cents(count * price * (1 - off / 100))
        net += amount
        p.item(text, count, price, amount)
        rows.append(Row([str(index * 10), text, p.qty(count), unit, p.num(price),
                         f"{off}%" if off else "", p.num(amount)], value=amount))  # fmt: skip
    tax = cents(net * 0.081)
    gross = net + tax
    rounded = round(gross * 20) / 20
    due = issued + dt.timedelta(days=30)
    table = Table(["Pos.", "Bezeichnung", "Menge", "Einheit", "Preis", "Rabatt", "Betrag CHF"],
                  rows, frozenset({2, 4, 5, 6}), [6, 44, 8, 8, 10, 8, 13], wrap=1,
                  rules="lines")  # fmt: skip
    blocks = [
        ("side", ([firm, "Seestrasse 118", "8002 Zürich"],
                  ["CHE-123.456.789 MWST", "Tel. 044 201 33 44"])),
        ("gap", 2),
        ("text", [client, "Verwaltung", "Dufourstrasse 55", "8008 Zürich"]),
        ("gap", 1),
        ("rkv", [("Rechnung Nr.", number), ("Datum", p.day(issued, "issue")),
                 ("Zahlbar bis", p.day(due, "due"))]),
        ("title", "Rechnung"),
        ("text", ["Objekt: Treppenhaus Haus B, Malerarbeiten"]),
        ("table", table),
        ("totals", [("Total exkl. MWST", p.money(net)), ("MWST 8.1 %", p.money(tax)),
                    ("Rundung", p.num(cents(rounded - gross))),
                    ("Total CHF", p.bare_total(rounded))]),
        ("small", ["Zahlbar innert 30 Tagen netto. QR-IBAN CH44 3000 0001 2345 6789 0"]),
    ]  # fmt: skip
    return Drawn(Doc(blocks, footer="Seite {page}/{pages}"), p, issued)


__all__ = ["factura", "facture", "fattura", "fatura", "swiss", "werkstatt"]
