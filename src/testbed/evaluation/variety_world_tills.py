"""Receipts as tills, card terminals and web shops give them, for the world generators
(:mod:`testbed.evaluation.variety_world`).

A German supermarket slip ("SUMME EUR", "Geg. BAR", "Rückgeld", the tax table, the TSE
lines, "Bon-Nr." at the bottom), a British one ("BALANCE DUE", a two-digit year and the
store, till and transaction numbers on one unlabelled line), an American restaurant check
with the tip added under a first "Total" and a British one with a service charge, fuel
receipts in litres, an Italian pharmacy's "documento commerciale". The names are this module's own.
"""

from __future__ import annotations

import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.figure_locale import Money, Sheet
from testbed.evaluation.truth import unmark
from testbed.evaluation.variety_world_style import brand, someday, when

#: Width of a till slip in characters.
WIDTH = 40


def row(left: str, right: str, width: int = WIDTH) -> str:
    """``left`` and ``right`` on one line, ``right`` flush to ``width`` (marks take no room)."""
    gap = max(1, width - len(unmark(left)) - len(unmark(right)))
    return f"{left}{' ' * gap}{right}"


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"


def supermarket_de(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German supermarket slip: bare amounts with a tax letter, a count line under an
    article ("2 Stk x 0,89"), "SUMME EUR", cash given and change, the tax table, the TSE
    lines, then the date, "Bon-Nr." and the till on the last lines."""
    s = Sheet(Writer(rng), Money("EUR", "EUR {n}", ",", "."))
    day = someday(rng)
    shop = brand(s, rng.choice(("Frischmarkt Hoffmann", "Nahkauf Berger")))
    goods = rng.sample(
        (
            ("Bio Bananen", 1.99, "B"),
            ("Vollmilch 3,5% 1L", 1.15, "B"),
            ("Laugenbrezel", 0.89, "B"),
            ("Spülmittel Zitrone", 1.45, "A"),
            ("Gouda jung 400g", 3.29, "B"),
            ("Mineralwasser 6x1,5L", 3.54, "B"),
        ),
        4,
    )
    lines = [
        shop,
        "Karlsruher Str. 112",
        "76139 Karlsruhe",
        "UID Nr.: DE 143 552 817",
        "",
        row("", "EUR"),
    ]
    total = 0.0
    for name, price, tax in goods:
        count = rng.choice((1, 1, 2, 3))
        amount = round(count * price, 2)
        total = round(total + amount, 2)
        lines.append(row(name, f"{amount:.2f} {tax}".replace(".", ",")))
        if count > 1:
            lines.append(f"  {count} Stk x {price:.2f}".replace(".", ","))
        s.item(name, float(count) if count > 1 else None, price if count > 1 else None, amount)
    given = float(((int(total) // 10) + 1) * 10)
    s.money(total)  # "SUMME EUR 5,17": an amount with its currency, printed bare below
    lines += [
        "-" * WIDTH,
        row("SUMME", f"EUR      {s.total(total, mark=False)}"),
        "=" * WIDTH,
        row("Geg. BAR", s.money(given)),
        row("Rückgeld BAR", s.money(round(given - total, 2))),
        "",
        "Steuer  %    Netto   Steuer   Brutto",
        f"B=  7,0%   {total / 1.07:.2f}   {total - total / 1.07:.2f}   {total:.2f}".replace(
            ".", ","
        ),
        "",
        f"TSE-Transaktion: {rng.randint(10000, 99999)}",
        f"TSE-Start: {day.isoformat()}T{_clock(rng)}:11.000",
        f"Datum: {s.day(day, 'issue', when(day, 'dot'))}   Uhrzeit: {_clock(rng)}:15 Uhr",
        f"Bon-Nr.: {s.number(str(rng.randint(1000, 9999)))}  Markt: {rng.randint(1000, 9999)}"
        f"  Kasse: {rng.randint(1, 9)}",
        "",
        "Vielen Dank für Ihren Einkauf!",
    ]
    return [("lines", lines)], s.w


def supermarket_uk(rng: random.Random) -> tuple[list[Block], Writer]:
    """A British supermarket slip: items in capitals with "£", a count line under one,
    "BALANCE DUE", the card, and the date with a two-digit year beside unlabelled store,
    till and transaction numbers (no receipt number a reader could name)."""
    s = Sheet(Writer(rng), Money("GBP", "£{n}"))
    day = someday(rng)
    shop = brand(s, rng.choice(("Harvest Fresh", "Thornbury Foodhall")))
    goods = rng.sample(
        (
            ("ORGANIC CARROTS 1KG", 0.95),
            ("SEMI SKIMMED MILK 4PT", 1.65),
            ("WHOLEMEAL BREAD 800G", 1.4),
            ("FREE RANGE EGGS 6", 2.1),
            ("CHEDDAR MATURE 400G", 3.75),
            ("BANANAS LOOSE", 0.89),
        ),
        4,
    )
    lines = [
        shop,
        "Store 2231  Tel: 0161 555 0199",
        f"VAT No: GB {rng.randint(100, 999)} 4301 35",
        "",
    ]
    total, count_all = 0.0, 0
    for name, price in goods:
        count = rng.choice((1, 1, 2))
        amount = round(count * price, 2)
        total = round(total + amount, 2)
        count_all += count
        if count > 1:
            lines += [row(name, s.money(amount)), f"  {count} x {s.money(price)}"]
        else:
            lines.append(row(name, s.money(amount)))
        s.item(name, float(count) if count > 1 else None, price if count > 1 else None, amount)
    lines += [
        "-" * WIDTH,
        row(f"{count_all} BALANCE DUE", s.total(total)),
        row("VISA DEBIT", s.money(total)),
        row("CHANGE DUE", s.money(0.0)),
        "",
        f"CARD NUMBER  ************{rng.randint(1000, 9999)}",
        "CONTACTLESS  PLEASE KEEP THIS RECEIPT",
        "",
        f"{s.day(day, 'issue', when(day, 'eu2'))} {_clock(rng)}  2231 {rng.randint(10, 40):03d} "
        f"{rng.randint(1000, 9999)} {rng.randint(100, 999)}",
    ]
    return [("lines", lines)], s.w


def restaurant(rng: random.Random) -> tuple[list[Block], Writer]:
    """A restaurant check: bare prices, "Check #", a first "Total" before the tip (US) or a
    discretionary service charge (UK), then what was charged to the card."""
    us = rng.random() < 0.6
    s = Sheet(Writer(rng), Money("USD", "${n}") if us else Money("GBP", "£{n}"))
    day = someday(rng)
    shop = brand(
        s,
        rng.choice(("The Copper Kettle", "Juniper Table"))
        if us
        else rng.choice(("The Drover's Rest", "Brasserie Quayside")),
    )
    menu = (
        ("Smoked Trout Salad", 14.5),
        ("Bison Burger", 19.0),
        ("Huckleberry Lemonade", 4.25),
        ("Draft IPA", 7.5),
        ("Fish & Chips", 16.95),
        ("Sticky Toffee Pudding", 7.25),
    )
    lines = [
        shop,
        "412 W Main St, Bozeman, MT 59715" if us else "18 Quay Street, Bristol BS1 4DB",
        "",
        row(f"Server: {rng.randint(100, 120)}", f"Check #{s.number(str(rng.randint(1000, 9999)))}"),
        row(f"Table {rng.randint(1, 30)}", f"Guests: {rng.randint(2, 4)}"),
        f"{s.day(day, 'issue', when(day, 'us' if us else 'eu'))} "
        f"{rng.randint(6, 9)}:{rng.randint(10, 59)} PM",
        "",
    ]
    food = 0.0
    for name, price in rng.sample(menu, 4):
        count = rng.choice((1, 1, 2))
        amount = round(count * price, 2)
        food = round(food + amount, 2)
        lines.append(row(f"{count} {name}", f"{amount:.2f}"))
        s.item(name, float(count), None, amount)
    if us:
        tax = round(food * 0.065, 2)
        before = round(food + tax, 2)
        tip = round(before * rng.choice((0.18, 0.2, 0.22)), 0)
        total = round(before + tip, 2)
        lines += [
            row("Subtotal", f"{food:.2f}"),
            row("Tax", f"{tax:.2f}"),
            "",
            row("Total", f"{before:.2f}"),
            "",
            row("Tip:", f"{tip:.2f}"),
            row("Total:", s.total(total, mark=False)),
            "",
            f"VISA XXXXXXXXXXXX{rng.randint(1000, 9999)}",
            f"Auth: {rng.randint(10000, 99999)}B",
            row("Amount:", s.money(total)),
            "",
            "x________________________",
            "Thank you! Come again",
        ]
    else:
        service = round(food * 0.125, 2)
        total = round(food + service, 2)
        lines += [
            row("Subtotal", s.money(food)),
            row("Discretionary service 12.5%", s.money(service)),
            row("TOTAL", s.total(total)),
            "",
            "VAT included at 20%",
            "Service charge is optional and goes",
            "to our whole team. Thank you!",
        ]
    return [("lines", lines)], s.w


def fuel(rng: random.Random) -> tuple[list[Block], Writer]:
    """A fuel receipt: litres at a price per litre (pence in Britain), a car wash, "TOTAL",
    the card terminal's numbers, the receipt number and the date at the bottom; in French
    "TOTAL TTC", "dont TVA", "Ticket n°"."""
    fr = rng.random() < 0.5
    s = Sheet(Writer(rng), Money("EUR", "{n} €", ",", " ") if fr else Money("GBP", "£{n}"))
    day = someday(rng)
    shop = brand(
        s,
        rng.choice(("Relais des Quatre Routes", "Station du Lac"))
        if fr
        else rng.choice(("Moorside Service Station", "Fellgate Fuels")),
    )
    litres = round(rng.uniform(25, 55), 2)
    price = rng.choice((1.689, 1.729, 1.815)) if fr else rng.choice((1.459, 1.429, 1.519))
    amount = round(litres * price, 2)
    wash = rng.random() < 0.4
    total = round(amount + (8.0 if wash else 0.0), 2)
    if fr:
        lines = [
            shop,
            "RN 7 - 26200 Montélimar",
            "",
            f"Pompe {rng.randint(1, 8)}  Gazole",
            row(f"{litres:.2f} L x {price:.3f} €/L".replace(".", ","), s.money(amount)),
        ]
        s.item("Gazole", litres, price, amount)
        if wash:
            lines.append(row("Lavage Premium", s.money(8.0)))
            s.item("Lavage Premium", None, None, 8.0)
        lines += [
            row("TOTAL TTC", s.total(total)),
            row("dont TVA 20%", s.money(round(total / 6, 2))),
            "",
            "CB SANS CONTACT",
            f"A0000000421010  No AUTO: {rng.randint(100000, 999999)}",
            f"Le {s.day(day, 'issue', when(day, 'eu'))} à {_clock(rng)}",
            f"Ticket n° {s.number(f'{rng.randint(10**6, 10**7 - 1):07d}')}",
            "Merci de votre visite",
        ]
    else:
        lines = [
            shop,
            "A61 Harrogate Road, Leeds LS17 9LG",
            "",
            f"Pump {rng.randint(1, 12):02d}   Unleaded",
            row(f"{litres:.2f} L @ {price * 100:.1f} p/L", s.money(amount)),
        ]
        s.item("Unleaded", litres, price, amount)
        if wash:
            lines.append(row("Car wash - Super", s.money(8.0)))
            s.item("Car wash - Super", None, None, 8.0)
        lines += [
            row("TOTAL", s.total(total)),
            "",
            f"VISA DEBIT  ************{rng.randint(1000, 9999)}",
            f"Auth Code: {rng.randint(100000, 999999)}  TID: {rng.randint(10**7, 10**8 - 1)}",
            f"Receipt No: {s.number(f'{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}')}",
            f"{s.day(day, 'issue', when(day, 'eu'))}  {_clock(rng)}:22",
            row("VAT @ 20% included", s.money(round(total / 6, 2))),
        ]
    return [("lines", lines)], s.w


def farmacia(rng: random.Random) -> tuple[list[Block], Writer]:
    """An Italian pharmacy's "documento commerciale": the pharmacist's name under the shop,
    prices under a "Prezzo(€)" header, "TOTALE COMPLESSIVO", "DOCUMENTO N." and the date
    with dashes at the bottom."""
    s = Sheet(Writer(rng), Money("EUR", "€ {n}", ",", "."))
    day = someday(rng)
    shop = brand(s, rng.choice(("Farmacia San Marco", "Farmacia Comunale Due Ponti")))
    doctor = s.w.person(rng.choice(("Elena Ricci", "Paolo Bassi")))
    goods = rng.sample(
        (
            ("TACHIPIRINA 500MG 20CPR", 4.9, "10%"),
            ("BENAGOL MIELE LIMONE", 7.2, "10%"),
            ("CEROTTI ASSORTITI 20PZ", 3.5, "22%"),
            ("CREMA SOLARE SPF50", 16.9, "22%"),
            ("SPRAY NASALE 15ML", 8.4, "10%"),
        ),
        3,
    )
    lines = [
        shop.upper() if rng.random() < 0.5 else shop,
        f"Dott.ssa {doctor}" if doctor.startswith("E") else f"Dott. {doctor}",
        "Via Roma 12 - 35122 Padova",
        f"P.IVA {rng.randint(10**10, 10**11 - 1)}",
        "",
        "DOCUMENTO COMMERCIALE",
        "di vendita o prestazione",
        "",
        row("DESCRIZIONE", "IVA   Prezzo(€)"),
    ]
    total = 0.0
    for name, price, vat in goods:
        total = round(total + price, 2)
        lines.append(row(name, f"{vat:>4}  {price:>8.2f}".replace(".", ",")))
        s.item(name, None, None, price)
    lines += [
        "-" * WIDTH,
        row("TOTALE COMPLESSIVO", s.total(total, mark=False)),
        row("di cui IVA", f"{total * 0.12:.2f}".replace(".", ",")),
        row("Pagamento elettronico", f"{total:.2f}".replace(".", ",")),
        row("Importo pagato", f"{total:.2f}".replace(".", ",")),
        "",
        f"{s.day(day, 'issue', when(day, 'dash'))} {_clock(rng)}",
        f"DOCUMENTO N. {s.number(f'{rng.randint(1000, 9999)}-{rng.randint(1, 999):04d}')}",
        f"RT {rng.randint(10**9, 10**10 - 1)}",
    ]
    return [("lines", lines)], s.w


__all__ = ["farmacia", "fuel", "restaurant", "row", "supermarket_de", "supermarket_uk"]
