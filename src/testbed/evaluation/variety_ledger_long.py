"""Item tables longer than a page for the ledger documents
(:mod:`testbed.evaluation.variety_ledger`): a British purchase order of forty-odd lines
whose header repeats on every page under a running head, "Continued on next page" at the
foot; a Dutch food wholesaler's invoice with article numbers and EANs whose sum is carried
from page to page as "Transport"; an Austrian catering supplier's invoice with a VAT rate
on each line (10 % food, 20 % the rest) and the sum carried as "Übertrag".
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.variety_ledger_build import Drawn
from testbed.evaluation.variety_ledger_paper import Doc, Row, Table
from testbed.evaluation.variety_ledger_style import Pen, cents, someday
from testbed.evaluation.variety_ledger_style import number as grouped

_OFFICE = (
    ("A4 copier paper 80gsm, box of 5 reams", "BOX", 21.5), ("Lever arch file A4 75mm, blue",
    "EA", 2.15), ("Ballpoint pen medium, black (pack of 50)", "PK", 8.9), ("Sticky notes "
    "76x76mm yellow, 12 pads", "PK", 5.4), ("Whiteboard marker assorted (pack of 4)", "PK", 3.1),
    ("Desk organiser, mesh, black", "EA", 11.75), ("Toner cartridge compatible HP 26X, high "
    "yield", "EA", 64.0), ("Stapler full strip, 20 sheet capacity", "EA", 6.8),
    ("Staples 26/6 (box of 5000)", "BX", 1.2), ("Suspension files foolscap, green (box of 50)",
    "BX", 17.3), ("Laminating pouches A4 150 micron (pack of 100)", "PK", 9.95),
    ("Envelopes DL self seal white, box of 1000", "BOX", 13.6), ("Padded envelopes size D "
    "(pack of 10)", "PK", 4.7), ("Monitor riser, adjustable height", "EA", 27.5),
    ("USB-C docking station, dual HDMI, 100W power delivery", "EA", 119.0), ("Wireless "
    "keyboard and mouse set, UK layout", "EA", 34.99), ("Cable ties 200mm black (pack of 100)",
    "PK", 2.6), ("Hand sanitiser gel 500ml pump", "EA", 3.45), ("Kitchen roll 2-ply (pack of "
    "12)", "PK", 8.4), ("Instant coffee 750g tin", "EA", 18.9), ("Tea bags (box of 1100)", "BX",
    17.2), ("Paper cups 7oz (sleeve of 50)", "SL", 1.85), ("Bin liners black heavy duty "
    "(roll of 50)", "RL", 4.1), ("Ergonomic footrest, tilting platform", "EA", 22.0),
    ("Copier paper A3 80gsm, ream", "RM", 9.4), ("Coloured card A4 assorted, 250 sheets", "PK",
    7.25), ("Document wallet foolscap, assorted (pack of 50)", "PK", 12.9), ("Ring binder A4 "
    "2-ring 25mm, black", "EA", 1.65), ("Index dividers A4 1-12 numbered", "EA", 1.95),
    ("Correction tape 5mm x 8m (pack of 10)", "PK", 8.2), ("Highlighter assorted (wallet of "
    "6)", "WL", 3.6), ("Pencil HB with eraser tip (box of 12)", "BX", 2.4), ("Scissors 210mm "
    "soft grip", "EA", 2.95), ("Hole punch 2-hole, 30 sheet capacity", "EA", 7.5),
    ("Label printer tape 12mm black on white", "EA", 14.8), ("AA alkaline batteries (pack of "
    "20)", "PK", 9.3), ("Extension lead 4-way 2m, surge protected", "EA", 15.5), ("Desk lamp "
    "LED, dimmable with USB charging port", "EA", 29.0), ("Archive storage box, FSC board, "
    "flat packed (pack of 10)", "PK", 16.4), ("Shredder bags 100 litre (roll of 50)", "RL",
    11.2), ("Fan heater 2kW with thermostat", "EA", 24.99), ("Cleaning wipes multi-surface "
    "(tub of 100)", "TB", 4.3), ("Sugar sticks white (box of 1000)", "BX", 10.6),
    ("Milk portions UHT 12ml (box of 120)", "BX", 6.9), ("Visitor badge holders clip-on "
    "(pack of 50)", "PK", 11.0),
)  # fmt: skip


def long_po(rng: random.Random) -> Drawn:
    """A British purchase order of two or three pages: line, item code, description, quantity,
    unit of measure, unit cost and line total; the header repeated under a running head on
    each page, "Continued on next page" at the foot, the totals on the last page."""
    p = Pen.start(rng, "uk")
    issued = someday(rng)
    buyer = p.firm(rng.choice(("Harrowgate Housing Association Ltd", "Thornbury Academy Trust")))
    seller = p.seller(rng.choice(("OfficeHub Supplies Ltd", "Marlow Business Direct Ltd")))
    number = p.ident(f"PO{rng.randint(100000, 199999)}")
    rows: list[Row] = []
    net = 0.0
    stock = rng.sample(_OFFICE, rng.randint(40, 45))
    for index, (text, unit, price) in enumerate(stock, start=1):
        count = float(rng.choice((1, 2, 4, 5, 10, 12, 20)))
        amount = cents(count * price)
        net += amount
        p.item(text, count, price, amount)
        rows.append(Row([str(index), f"{rng.choice('CDFKMT')}{rng.randint(10000, 99999)}",
                         text, p.qty(count), unit, p.num(price), p.num(amount)],
                        value=amount))  # fmt: skip
    vat = cents(net * 0.2)
    wanted = issued + dt.timedelta(days=14)
    table = Table(["Line", "Item code", "Description", "Qty", "UoM", "Unit cost", "Line total"],
                  rows, frozenset({0, 3, 5, 6}), [6, 11, 47, 6, 6, 10, 12], wrap=2,
                  rules="lines", carry=("Continued on next page", "Continued"),
                  carry_sum=False)  # fmt: skip
    blocks = [
        ("side", ([buyer, "Procurement Office", "Victoria House, 12 Station Parade",
                   "Harrogate HG1 1TE"], ["PURCHASE ORDER", f"PO Number: {number}",
                   f"Order date: {p.day(issued, 'issue')}",
                   f"Delivery required by: {p.day(wanted, 'due')}"])),
        ("gap", 1),
        ("side", (["Supplier", seller, "Unit 3, Axis Park", "Leeds LS12 6BD"],
                  ["Deliver to", "Goods Inwards", "Victoria House", "Harrogate HG1 1TE"])),
        ("gap", 1),
        ("text", ["Please quote our PO number on all invoices and delivery notes."]),
        ("table", table),
        ("totals", [("Order value (net)", p.money(net)), ("VAT @ 20%", p.money(vat)),
                    ("Total order value", p.total(net + vat))]),
        ("small", ["Authorised by the Procurement Office. Invoices without a PO number will "
                   "be returned unpaid."]),
    ]  # fmt: skip
    doc = Doc(blocks, footer="Page {page} of {pages}", running=f"Purchase Order {number} "
              f"- {buyer} - page {{page}}")  # fmt: skip
    return Drawn(doc, p, issued)


_HORECA_NL = (
    ("Friet 10 mm diepvries 4x2,5 kg", "DOOS", 19.8, 9), ("Mayonaise emmer 10 l", "ST", 24.5, 9),
    ("Frituurolie vloeibaar 10 l", "ST", 21.9, 9), ("Kipfilet naturel 2,5 kg", "ZAK", 22.75, 9),
    ("Kroketten rundvlees 40 x 100 g", "DOOS", 17.4, 9),
    ("Bitterballen 160 x 20 g", "DOOS", 23.6, 9),
    ("Frikandellen 40 x 85 g", "DOOS", 15.2, 9), ("Cola regular blik 24 x 33 cl", "TRAY", 13.9, 9),
    ("Spa blauw 24 x 50 cl PET", "TRAY", 9.6, 9), ("Servetten 2-laags 33x33 wit, 1500 st", "DOOS",
    18.3, 21), ("Afhaalbakjes karton 750 ml, 300 st", "DOOS", 29.9, 21), ("Vorkjes hout "
    "14 cm, 1000 st", "DOOS", 11.4, 21), ("Ontvetter keuken 5 l", "CAN", 12.95, 21),
    ("Vuilniszakken 120 l, rol 20 st", "ROL", 3.2, 21), ("Handschoenen nitril blauw maat L, 100 st",
    "DOOS", 6.75, 21), ("Uien gesneden 2,5 kg", "ZAK", 5.9, 9), ("Kaas jong belegen plakken 1 kg",
    "PAK", 9.85, 9), ("Broodjes wit afbak 60 st", "DOOS", 14.1, 9), ("Satésaus kant-en-klaar "
    "2,5 l", "ST", 11.6, 9), ("Curry ketchup emmer 5 l", "ST", 14.3, 9), ("Gehaktballen 50 x "
    "90 g", "DOOS", 26.4, 9), ("Kaassoufflés 30 x 65 g", "DOOS", 13.75, 9), ("Loempia's groot "
    "12 x 200 g", "DOOS", 18.9, 9), ("Sla ijsberg gesneden 1 kg", "ZAK", 4.2, 9),
    ("Augurken schijfjes 2,7 l", "POT", 6.45, 9), ("Fristi 24 x 30 cl", "TRAY", 16.8, 9),
    ("Sinas blik 24 x 33 cl", "TRAY", 12.9, 9), ("Ijsthee perzik 24 x 33 cl", "TRAY", 13.4, 9),
    ("Patatzakjes puntzak 1000 st", "DOOS", 21.5, 21), ("Aluminiumfolie 30 cm x 150 m",
    "ROL", 12.2, 21), ("Vershoudfolie 45 cm x 300 m", "ROL", 9.8, 21), ("Keukenrol 2-laags, "
    "6 rollen", "PAK", 7.4, 21), ("Schuurspons groen, 10 st", "PAK", 2.95, 21),
    ("Vaatwasmiddel vloeibaar professioneel 10 l", "CAN", 28.5, 21), ("Zout fijn 10 kg",
    "ZAK", 4.6, 9), ("Frituurvet blok 10 kg", "DOOS", 23.1, 9),
)  # fmt: skip


def groothandel(rng: random.Random) -> Drawn:
    """A Dutch food wholesaler's invoice over two pages: article number and EAN before the
    description, a discount column, the sum carried over the page break as "Transport",
    VAT at 9 % and 21 %."""
    p = Pen.start(rng, "nl")
    issued = someday(rng)
    seller = p.seller(rng.choice(("Horeca Groothandel Van Leeuwen B.V.", "Versland Brabant B.V.")))
    client = p.firm(rng.choice(("Cafetaria De Molen V.O.F.", "Snackbar 't Hoekje V.O.F.")))
    number = p.ident(f"{issued.year}{rng.randint(10000, 99999)}")
    rows: list[Row] = []
    bases: dict[int, float] = {}
    for text, unit, price, rate in rng.sample(_HORECA_NL, rng.randint(33, 36)):
        count = float(rng.choice((1, 2, 3, 4, 6)))
        off = rng.choice((0, 0, 0, 5, 10))
        amount = cents(count * price * (1 - off / 100))
        bases[rate] = bases.get(rate, 0.0) + amount
        p.item(text, count, price, amount)
        ean = f"87{rng.randint(10**10, 10**11 - 1)}"
        rows.append(Row([str(rng.randint(100000, 999999)), ean, text, p.qty(count), unit,
                         p.num(price), f"{off}%" if off else "", p.num(amount)],
                        value=amount))  # fmt: skip
    net = sum(bases.values())
    taxes = [(f"BTW {rate}% over {p.money(base)}", cents(base * rate / 100))
             for rate, base in sorted(bases.items())]  # fmt: skip
    total = net + sum(t for _, t in taxes)
    due = issued + dt.timedelta(days=14)
    table = Table(["Art.nr.", "EAN", "Omschrijving", "Aantal", "Eenh.", "Prijs", "Korting",
                   "Bedrag"], rows, frozenset({3, 5, 6, 7}), [9, 17, 36, 7, 7, 9, 8, 10],
                  wrap=2, rules="none", carry=("Transport", "Transport"),
                  figure=lambda v: grouped(v, "nl"))  # fmt: skip
    blocks = [
        ("side", ([seller, "Ekkersrijt 4102", "5692 DA Son en Breugel"],
                  ["FACTUUR", f"Factuurnummer {number}", f"Factuurdatum {p.day(issued, 'issue')}",
                   f"Vervaldatum {p.day(due, 'due')}"])),
        ("gap", 1),
        ("text", [client, "Dorpsstraat 21", "5461 JL Veghel",
                  f"Klantnummer {rng.randint(20000, 29999)}"]),
        ("gap", 1),
        ("table", table),
        ("totals", [("Subtotaal", p.money(net)), *((label, p.money(t)) for label, t in taxes),
                    ("Totaal te betalen", p.total(total))]),
        ("small", ["Betaling binnen 14 dagen op NL20 INGB 0001 2345 67 o.v.v. het "
                   "factuurnummer."]),
    ]  # fmt: skip
    return Drawn(Doc(blocks, footer="Pagina {page} van {pages}", size=10.5), p, issued)


_GASTRO_AT = (
    ("Mehl glatt Type W480, 10 kg", "SACK", 9.4, 10), ("Kürbiskernöl g.g.A. 1 l", "FL", 17.9, 10),
    ("Schlagobers 36 % 1 l", "PKG", 4.25, 10), ("Kalbsschnitzel aus der Schale, frisch",
    "KG", 29.8, 10), ("Erdäpfel speckig, 10 kg", "SACK", 8.6, 10), ("Preiselbeeren 1 kg Glas",
    "GL", 7.2, 10), ("Spülmaschinentabs Profi, 200 Stk.", "KRT", 38.5, 20), ("Grüner Veltliner "
    "Qualitätswein 0,75 l, Karton à 6", "KRT", 41.4, 20), ("Mineralwasser prickelnd 1 l, "
    "Kiste 12 Stk.", "KI", 8.9, 20), ("Servietten 40x40 bordeaux, 250 Stk.", "PKG", 12.6, 20),
    ("Butter 250 g, Teebutter", "STK", 2.35, 10), ("Eier Bodenhaltung Größe M, 30 Stk.",
    "TASSE", 7.8, 10), ("Rindsuppe klar, Trockenmischung 1 kg", "DS", 14.9, 10),
    ("Schweinsbraten Schopf, frisch", "KG", 11.4, 10), ("Zwiebel gelb, 5 kg", "SACK", 4.3, 10),
    ("Topfen 20 % 1 kg", "PKG", 4.95, 10), ("Marillenmarmelade 3 kg Kübel", "KÜB", 16.2, 10),
    ("Semmelbrösel 2,5 kg", "SACK", 6.8, 10), ("Staubzucker 1 kg", "PKG", 1.85, 10),
    ("Apfelsaft naturtrüb 1 l, Kiste 6 Stk.", "KI", 10.2, 20), ("Zweigelt Qualitätswein "
    "0,75 l, Karton à 6", "KRT", 47.1, 20), ("Kaffee Espresso Bohne 1 kg", "PKG", 19.6, 10),
    ("Reinigungsmittel Oberflächen 5 l", "KAN", 15.4, 20), ("Alufolie 45 cm x 150 m", "RL",
    18.7, 20), ("Frischhaltefolie 45 cm x 300 m", "RL", 11.3, 20), ("Zitronen lose", "KG",
    2.9, 10), ("Petersilie glatt, Bund", "BD", 0.95, 10), ("Sauerrahm 15 % 1 kg", "PKG",
    4.1, 10),
)  # fmt: skip


def gastro(rng: random.Random) -> Drawn:
    """An Austrian catering supplier's invoice: "USt" rate per line (10 % food, 20 % other),
    weights in kg with decimals, the sum carried over the page as "Übertrag"."""
    p = Pen.start(rng, "at")
    issued = someday(rng)
    seller = p.seller(rng.choice(("Gastro Steiner Großhandel GmbH", "Kärntner Frischdienst GmbH")))
    client = p.firm(rng.choice(("Gasthof Zur Linde KG", "Hotel Alpenblick Brandstätter OG")))
    number = p.ident(f"{rng.randint(2400000, 2499999)}")
    rows: list[Row] = []
    bases: dict[int, float] = {}
    stock = rng.sample(_GASTRO_AT, len(_GASTRO_AT))
    for index, (text, unit, price, rate) in enumerate(stock, start=1):
        count = rng.choice((1.35, 2.4, 4.15)) if unit == "KG" else float(rng.choice((1, 2, 3, 5)))
        amount = cents(count * price)
        bases[rate] = bases.get(rate, 0.0) + amount
        p.item(text, count, price, amount)
        rows.append(Row([str(index), str(rng.randint(10000, 99999)), text, p.qty(count), unit,
                         p.num(price), f"{rate} %", p.num(amount)], value=amount))  # fmt: skip
    net = sum(bases.values())
    taxes = [(f"USt {rate} %", cents(base * rate / 100)) for rate, base in sorted(bases.items())]
    total = net + sum(t for _, t in taxes)
    due = issued + dt.timedelta(days=10)
    table = Table(["Pos", "Art.-Nr.", "Bezeichnung", "Menge", "ME", "Einzelpreis", "USt",
                   "Gesamt"], rows, frozenset({0, 3, 5, 6, 7}), [5, 9, 36, 8, 8, 12, 7, 12],
                  wrap=2, rules="lines", carry=("Übertrag", "Übertrag"),
                  figure=lambda v: grouped(v, "at"))  # fmt: skip
    blocks = [
        ("side", ([seller, "Industriestraße 7", "9020 Klagenfurt am Wörthersee",
                   "UID ATU12345678"], ["Tel. +43 463 123 456", "bestellung@gastro-steiner.at"])),
        ("gap", 1),
        ("text", [client, "Hauptplatz 3", "9580 Drobollach"]),
        ("gap", 1),
        ("rkv", [("Rechnung Nr.", number), ("Rechnungsdatum", p.day(issued, "issue")),
                 ("Lieferdatum", p.day(issued - dt.timedelta(days=1), None)),
                 ("Fällig am", p.day(due, "due"))]),
        ("title", "RECHNUNG"),
        ("table", table),
        ("totals", [("Summe netto", p.money(net)), *((label, p.money(t)) for label, t in taxes),
                    ("Gesamtbetrag", p.total(total))]),
        ("small", ["Zahlbar innerhalb von 10 Tagen ohne Abzug. Es gelten unsere AGB."]),
    ]  # fmt: skip
    return Drawn(Doc(blocks, footer="Seite {page} von {pages}", size=10.5), p, issued)


__all__ = ["gastro", "groothandel", "long_po"]
