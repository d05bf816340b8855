"""Counters that print short rolls: fuel stations of Germany, Britain, France and the US
(pump, litres or gallons, price per unit), a German Apotheke's Quittung with its
prescription co-payment, an Italian pharmacy's scontrino parlante with the buyer's tax code,
and a bakery's slip."""

from __future__ import annotations

import random

from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_slips_goods import digits, masked_pan
from testbed.evaluation.variety_slips_style import Slip, SlipWriter, cents, clock, some_day


def fuel_de(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A German filling station: owner, tax number, the pump's line, a coffee, the card."""
    w = SlipWriter(rng, loc="de")
    s = Slip(rng.choice((36, 40)))
    station = rng.choice(("BFT Tankstelle Möller", "Tankstelle Kreuzer", "Freie Tankstelle Ost"))
    owner = rng.choice(("Jörg Möller", "Petra Kreuzer", "Uwe Scholz"))
    s.center(
        w.shop(station),
        f"Inh. {w.person(owner)}",
        "Augsburger Str. 120",
        "86368 Gersthofen",
        f"St.-Nr. 102/{digits(rng, 3)}/{digits(rng, 5)}",
    )
    s.blank().add(f"Säule {rng.randint(1, 12):02d}")
    grade = rng.choice(("Super E10", "Super E5", "Diesel", "Super Plus"))
    litres = round(rng.uniform(18, 62), 2)
    price = round(rng.uniform(1.589, 1.899), 3)
    fuel = cents(litres * price)
    s.lr(grade, "A")
    s.lr(f"{w.num(litres)} l x {w.num(price, 3)} EUR/l", w.sign(fuel, "{n} EUR"))
    w.item(grade, fuel, litres, price)
    total = fuel
    if rng.random() < 0.5:
        coffee = rng.choice((2.49, 2.99, 3.49))
        s.lr("Kaffee gross to go   A", w.num(coffee))
        w.item("Kaffee gross to go", coffee)
        total = cents(total + coffee)
    s.rule().lr("Summe EUR", w.sum_bare(total)).blank()
    net = cents(total / 1.19)
    s.cols(["MwSt", "Netto", "MwSt", "Brutto"], [8, -9, -8, -9])
    s.cols(["A 19%", w.num(net), w.num(cents(total - net)), w.num(total)], [8, -9, -8, -9])
    s.blank().add(rng.choice(("Kartenzahlung", "girocard kontaktlos", "Mastercard")))
    day, hour = some_day(rng), clock(rng)
    number = digits(rng, 5)
    if rng.random() < 0.5:
        s.add(f"Beleg-Nr. {w.docno(number)}", f"Datum {w.day(day)}  {hour}")
    else:
        s.lr(w.day(day), hour).add(f"Kasse 1  Beleg {w.docno(number)}  Bed. 02")
    s.add(f"Trace-Nr. {digits(rng, 6)}  Terminal {digits(rng, 8)}")
    s.blank().center("Gute Fahrt!")
    return [("lines", s.lines)], w


def fuel_uk(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A British forecourt: pump, litres at a price in pence, VAT at 20% within."""
    w = SlipWriter(rng, loc="en-GB")
    s = Slip(36)
    s.center(
        w.shop(rng.choice(("Moorside Service Station", "Kingsway Filling Station"))),
        "A65 Keighley Road",
        "Skipton BD23 2QR",
        f"VAT Reg No {digits(rng, 9)}",
    )
    s.blank().center("SALES RECEIPT").blank()
    litres = round(rng.uniform(20, 55), 2)
    pence = round(rng.uniform(131.9, 152.9), 1)
    fuel = cents(litres * pence / 100)
    grade = rng.choice(("UNLEADED", "DIESEL", "SUPER UNLEADED"))
    s.add(f"PUMP {rng.randint(1, 8):02d}  {grade}")
    s.lr(f"{litres:.2f} L @ {pence:.1f}p/L", w.sign(fuel, "£{n}"))
    w.item(grade, fuel, litres, round(pence / 100, 4))
    total = fuel
    if rng.random() < 0.6:
        snack = rng.choice((1.65, 2.10, 3.25))
        s.lr("MEAL DEAL SANDWICH", w.sign(snack, "£{n}"))
        w.item("MEAL DEAL SANDWICH", snack)
        total = cents(total + snack)
    s.rule().lr("TOTAL", w.total_money(total))
    s.lr("VAT @ 20.00% INCL", w.sign(cents(total - total / 1.2), "£{n}"))
    s.lr("CARD", w.sign(total, "£{n}")).blank()
    day, hour = some_day(rng), clock(rng)
    s.add(
        f"{masked_pan(rng)}  CONTACTLESS",
        f"AUTH CODE {digits(rng, 6)}",
        f"MERCHANT ID {digits(rng, 8)}",
    )
    s.add(f"DATE {w.day(day, style='d/m/Y')}  TIME {hour}")
    s.add(f"RECEIPT NO {w.docno(digits(rng, 6))}  TILL 1  OP 07")
    s.blank().center("THANK YOU FOR YOUR CUSTOM")
    return [("lines", s.lines)], w


def fuel_fr(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A French automatic pump's ticket (24/24 card station): no shop, the pump and the card."""
    w = SlipWriter(rng, loc="fr")
    s = Slip(32)
    s.center(
        w.shop(rng.choice(("STATION AVIA DU PONT", "RELAIS DES ALPES"))),
        "RN 7",
        "26200 MONTELIMAR",
        "AUTOMATE 24/24",
    )
    day, hour = some_day(rng), clock(rng)
    s.blank().add(f"LE {w.day(day, style='d/m/y')} A {hour}")
    s.add(f"TICKET N° {w.docno(digits(rng, 6))}", masked_pan(rng), "CB SANS CONTACT").blank()
    grade = rng.choice(("GAZOLE", "SP95-E10", "SP98"))
    litres = round(rng.uniform(15, 50), 2)
    price = round(rng.uniform(1.699, 1.949), 3)
    fuel = cents(litres * price)
    s.add(f"POMPE {rng.randint(1, 8)}  {grade}")
    s.add(f"{w.num(litres)} L x {w.num(price, 3)} EUR/L")
    s.lr("MONTANT", f"{w.sum_bare(fuel)} EUR")
    w.item(grade, fuel, litres, price)
    tva = cents(fuel - fuel / 1.2)
    s.lr("DONT TVA 20,00%", w.num(tva)).blank()
    s.center("MERCI ET BONNE ROUTE")
    return [("lines", s.lines)], w


def gas_us(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A US gas station: the pump's gallons and price per gallon, the tape's INVOICE number."""
    w = SlipWriter(rng, loc="en-US")
    s = Slip(32)
    s.center(
        f"{w.shop(rng.choice(('QUIKFILL', 'PRAIRIE FUEL STOP')))} #{digits(rng, 4)}",
        f"{rng.randint(100, 9000)} US HWY 30",
        "KEARNEY, NE 68847",
    )
    day, hour = some_day(rng), clock(rng, seconds=True)
    s.blank().lr(w.day(day, style="m/d/y"), hour)
    s.add(f"INVOICE {w.docno(digits(rng, 6))}", f"AUTH #{digits(rng, 6)}").blank()
    gallons = round(rng.uniform(7, 21), 3)
    price = round(rng.uniform(2.899, 3.899), 3)
    fuel = cents(gallons * price)
    grade = rng.choice(("Regular", "Unleaded Plus", "Diesel #2"))
    s.add(f"PUMP# {rng.randint(1, 16):02d}", f"{grade:<14}{gallons:.3f}G")
    s.add(f"PRICE/G       ${price:.3f}")
    s.lr("FUEL SALE", w.sign(fuel, "${n}"))
    w.item(grade, fuel, gallons, price)
    s.rule().lr("TOTAL", w.total_money(fuel)).lr("CREDIT", w.num(fuel)).blank()
    s.add(f"VISA  {masked_pan(rng, 'x')}", "ENTRY: CHIP", f"RESP: APPROVED {digits(rng, 6)}")
    s.blank().center("THANK YOU", "HAVE A NICE DAY")
    return [("lines", s.lines)], w


def apotheke(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A German pharmacy's Quittung: PZN lines, the prescription co-payment, paid in cash."""
    w = SlipWriter(rng, loc="de")
    s = Slip(40)
    name = rng.choice(("Löwen-Apotheke", "Apotheke am Markt", "Stern-Apotheke"))
    owner = rng.choice(("Dr. Sabine Kraus", "Thomas Wendt", "Katrin Albers"))
    s.center(
        w.shop(name), f"Inh. {owner}", "Marktplatz 3, 72764 Reutlingen", "Tel. 07121 345678"
    ).blank()
    w.person(owner.removeprefix("Dr. "))
    s.center("QUITTUNG").blank()
    rows = rng.sample(
        (
            ("Ibuprofen 400 akut 20 St", 4.95),
            ("Nasenspray Xylo 10ml", 3.79),
            ("Magnesium 400 50 St", 7.45),
            ("Bepanthen Wundsalbe 20g", 6.98),
            ("Hustensaft Efeu 100ml", 8.49),
        ),
        rng.randint(1, 3),
    )
    for text, price in rows:
        s.lr(text, w.num(price)).add(f"  PZN {digits(rng, 8)}")
        w.item(text, price)
    total = cents(sum(p for _, p in rows))
    if rng.random() < 0.7:
        s.lr("Zuzahlung Rezept", w.num(5.0)).add(f"  Rezept-Nr. {digits(rng, 10)}")
        w.item("Zuzahlung Rezept", 5.0)
        total = cents(total + 5.0)
    s.rule().lr("Summe", w.total_money(total))
    given = float(int(total / 10) * 10 + 10)
    s.lr("Gegeben bar", w.num(given)).lr("Zurück", w.num(cents(given - total))).blank()
    s.add(f"enth. MwSt 19%: {w.num(cents(total - total / 1.19))}")
    day, hour = some_day(rng), clock(rng)
    s.add(f"{w.day(day)} {hour}  Kasse 2  Bon {w.docno(digits(rng, 5))}").blank()
    s.center("Gute Besserung!")
    return [("lines", s.lines)], w


def farmacia(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """An Italian pharmacy's scontrino parlante: the buyer's codice fiscale for the tax
    return, the SSN ticket, every medicine with its AIC code."""
    w = SlipWriter(rng, loc="it")
    s = Slip(40)
    s.center(
        w.shop(rng.choice(("FARMACIA SAN MARCO", "FARMACIA COMUNALE N.3"))),
        "Corso Vittorio Emanuele 88",
        "10121 TORINO",
        f"P.IVA {digits(rng, 11)}",
    )
    s.blank().center("DOCUMENTO COMMERCIALE", "di vendita o prestazione").blank()
    s.cols(["DESCRIZIONE", "IVA", "Prezzo(€)"], [24, -6, -10])
    rows = rng.sample(
        (
            ("TACHIPIRINA 500MG 20CPR", 4.90),
            ("MOMENT 200MG 12CPR", 7.50),
            ("AUGMENTIN 875MG 12CPR", 10.70),
            ("ENTEROGERMINA 10FL", 11.90),
            ("VOLTAREN EMULGEL 60G", 12.40),
        ),
        rng.randint(2, 3),
    )
    for text, price in rows:
        s.cols([text, "10%", w.num(price)], [24, -6, -10]).add(f"  AIC {digits(rng, 9)}")
        w.item(text, price)
    total = cents(sum(p for _, p in rows))
    if rng.random() < 0.5:
        s.cols(["TICKET SSN", "ES", w.num(2.0)], [24, -6, -10])
        w.item("TICKET SSN", 2.0)
        total = cents(total + 2.0)
    s.rule().lr("TOTALE COMPLESSIVO", w.sum_bare(total))
    s.lr("di cui IVA", w.num(cents(total - total / 1.1)))
    s.lr("Pagamento elettronico", w.num(total)).lr("Importo pagato", w.num(total)).blank()
    letters = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
    s.add(f"C.F. acquirente: {letters}{digits(rng, 2)}A{digits(rng, 2)}L219{rng.choice('KQX')}")
    day, hour = some_day(rng), clock(rng)
    number = f"{rng.randint(1, 999):04d}-{rng.randint(1, 300):04d}"
    s.lr(w.day(day, style="d-m-Y"), hour).add(f"DOCUMENTO N. {w.docno(number)}")
    s.add(f"RT 96SEF{digits(rng, 6)}").blank().center("GRAZIE")
    return [("lines", s.lines)], w


def baeckerei(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A bakery's narrow slip: count at a unit price, the Bon number over the date."""
    w = SlipWriter(rng, loc="de")
    s = Slip(32)
    s.center(
        w.shop(rng.choice(("Bäckerei Maier", "Backhaus Ruck", "Bäckerei & Café Sonne"))),
        "Filiale Südstadt",
        "Tel. 0711 998877",
    )
    day, hour = some_day(rng), clock(rng)
    number = str(rng.randint(100, 9999))
    s.blank().lr(f"Bon {w.docno(number)}", f"{w.day(day, style='d.m.y')} {hour}").rule()
    rows = rng.sample(
        (
            ("Brezel", 0.85),
            ("Laugenstange", 1.10),
            ("Bauernbrot 1kg", 4.20),
            ("Kaffee Crema", 2.60),
            ("Butterbrezel", 1.95),
            ("Käsekuchen Stück", 3.20),
            ("Dinkelbrötchen", 0.75),
        ),
        rng.randint(2, 4),
    )
    total = 0.0
    for text, price in rows:
        qty = rng.choice((1, 1, 2, 3, 4))
        amount = cents(qty * price)
        s.lr(f"{qty} x {text}", w.num(amount))
        if qty > 1:
            s.add(f"    à {w.num(price)}")
        w.item(text, amount, qty, price if qty > 1 else None)
        total = cents(total + amount)
    s.rule().lr("SUMME", w.total_money(total))
    given = float(int(total / 5) * 5 + 5)
    s.lr("Gegeben", w.num(given)).lr("Zurück", w.num(cents(given - total)))
    s.add("MwSt 7%  enthalten").blank().center("Danke und bis bald!")
    return [("lines", s.lines)], w


__all__ = ["apotheke", "baeckerei", "farmacia", "fuel_de", "fuel_fr", "fuel_uk", "gas_us"]
