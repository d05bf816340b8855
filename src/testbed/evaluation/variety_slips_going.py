"""Receipts of getting about and staying: a ride-hailing trip e-mail, a German taxi meter's
Quittung, car park tickets of Britain and Germany, a French motorway toll, a Dutch public
transport ticket machine, an Italian museum ticket, a British B&B's receipt and a German
hotel's paid Rechnung (an invoice, though paid)."""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_slips_goods import digits, masked_pan
from testbed.evaluation.variety_slips_style import Slip, SlipWriter, cents, clock, some_day


def ride_mail(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A ride-hailing app's trip receipt e-mail: the fare broken down, the driver, the card;
    no receipt number, the platform as the seller."""
    loc = rng.choice(("en-GB", "de", "fr", "nl"))
    w = SlipWriter(rng, loc=loc, signed=True)
    brand = rng.choice(("Movo", "Zippa", "Riide"))
    rider, driver = w.person_name(), rng.choice(("Ahmed", "Ioana", "Kofi", "Pedro"))
    words = {
        "en-GB": (
            "Thanks for riding, {n}",
            "Total",
            "Trip fare",
            "Booking fee",
            "Tip",
            "Payments",
            "You rode with {d}",
            "Your trip",
        ),
        "de": (
            "Danke für deine Fahrt, {n}",
            "Gesamt",
            "Fahrpreis",
            "Servicegebühr",
            "Trinkgeld",
            "Zahlungen",
            "Du bist mit {d} gefahren",
            "Deine Fahrt",
        ),
        "fr": (
            "Merci pour votre course, {n}",
            "Total",
            "Prix de la course",
            "Frais de réservation",
            "Pourboire",
            "Paiements",
            "Votre chauffeur : {d}",
            "Votre course",
        ),
        "nl": (
            "Bedankt voor je rit, {n}",
            "Totaal",
            "Ritprijs",
            "Boekingskosten",
            "Fooi",
            "Betalingen",
            "Je reed met {d}",
            "Je rit",
        ),
    }[loc]
    first = rider.split()[0]
    times = sorted((clock(rng), clock(rng)))
    day = some_day(rng)
    fare, fee = cents(rng.uniform(8, 38)), rng.choice((1.5, 2.0, 2.5))
    tip = rng.choice((0.0, 1.0, 2.0, 3.0))
    total = cents(fare + fee + tip)
    rows = [[words[2], w.money(fare)], [words[3], w.money(fee)]]
    w.item(words[2], fare)
    w.item(words[3], fee)
    if tip:
        rows.append([words[4], w.money(tip)])
        w.item(words[4], tip)
    head = [
        ("From", f"{brand} <noreply@{brand.lower()}.example>"),
        ("To", f"{w.person(rider)} <{first.lower()}@post.example>"),
        ("Subject", f"{words[7]} \u2013 {w.day(day, None)}"),
    ]
    blocks: list[Block] = [
        ("kv", head),
        ("title", w.shop(brand)),
        ("para", w.day(day)),
        ("heading", words[0].format(n=first)),
        ("kv", [(words[1], w.total_money(total))]),
        ("table", [["", ""], *rows]),
        ("heading", words[5]),
        ("lines", [f"Visa ••••{digits(rng, 4)}    {w.num(total)}"]),
        ("para", words[6].format(d=driver)),
        (
            "lines",
            [
                f"{times[0]}  {rng.choice(('Hauptbahnhof', 'Gare du Nord', 'Station'))}",
                f"{times[1]}  {rng.choice(('Airport', 'Flughafen', 'Centraal'))}",
            ],
        ),
        ("para", f"{brand} B.V., Mr. Treublaan 7, 1097 DP Amsterdam"),
    ]
    w.plain_org(f"{brand} B.V.")
    return blocks, w


def taxi_de(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A German taxi meter's printed Quittung: company, Ordnungsnummer, route, fare, tip."""
    w = SlipWriter(rng, loc="de", signed=True)
    s = Slip(32)
    s.center(
        "QUITTUNG",
        "",
        w.shop(rng.choice(("Taxi Huber", "Funktaxi Schwabing"))),
        "Ordnungs-Nr. 1" + digits(rng, 3),
        "Tel. 089 21610",
    ).blank()
    day = some_day(rng)
    start, end = sorted((clock(rng), clock(rng)))
    s.lr("Datum", w.day(day, style="d.m.Y")).lr("Beginn", start).lr("Ende", end)
    s.lr("Beleg-Nr.", w.docno(digits(rng, 4))).lr("Strecke km", w.num(rng.uniform(3, 25), 1))
    fare = cents(rng.uniform(12, 58))
    tip = rng.choice((0.0, 1.5, 2.0, 3.0))
    total = cents(fare + tip)
    s.rule().lr("Fahrpreis", w.num(fare))
    w.item("Fahrpreis", fare)
    if tip:
        s.lr("Trinkgeld", w.num(tip))
        w.item("Trinkgeld", tip)
    s.lr("Gesamt EUR", w.sum_bare(total)).lr("enth. MwSt 7%", w.num(cents(total - total / 1.07)))
    s.blank().add(
        "Von: ____________________", "Nach: ___________________", "", "Fahrer: ________________"
    ).blank().center("Gute Fahrt!")
    return [("lines", s.lines)], w


def parking(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A car park's exit receipt: entry and exit times, duration, tariff, amount paid."""
    loc = rng.choice(("en-GB", "de"))
    w = SlipWriter(rng, loc=loc, signed=True)
    s = Slip(32)
    day = some_day(rng)
    hours = rng.randint(1, 9)
    fee = float(rng.choice((2.5, 3.0, 3.5))) * hours
    if loc == "de":
        s.center(
            w.shop(rng.choice(("Parkhaus Altstadt", "Tiefgarage am Theater"))),
            "Betreiber: City Parking GmbH",
        ).blank()
        w.plain_org("City Parking GmbH")
        s.add(f"Ticket-Nr.  {w.docno(digits(rng, 9))}")
        s.add(f"Einfahrt    {w.day(day, style='d.m.Y')} 08:{rng.randint(10, 59)}")
        s.add(f"Ausfahrt    {w.day(day, None, 'd.m.Y')} {8 + hours}:{rng.randint(10, 59)}")
        s.add(f"Parkdauer   {hours} h {rng.randint(1, 59)} min").rule()
        s.lr("Betrag", w.sign(fee, "{n} EUR"))
        s.lr("Bezahlt EC", f"{w.sum_bare(fee)} EUR")
        s.lr("darin MwSt 19%", w.num(cents(fee - fee / 1.19))).blank().center("Gute Fahrt")
    else:
        s.center(
            "PAY ON FOOT",
            w.shop(rng.choice(("Broadmarsh Car Park", "Quayside Parking"))),
            "Operated by Park Right Ltd",
        ).blank()
        w.plain_org("Park Right Ltd")
        s.add(f"TICKET NO: {w.docno(digits(rng, 8))}")
        s.add(f"ENTRY: 08:{rng.randint(10, 59)} {w.day(day, style='d/m/y')}")
        s.add(f"PAID:  {8 + hours}:{rng.randint(10, 59)} {w.day(day, None, 'd/m/y')}")
        s.add(f"TARIFF: UP TO {hours + 1} HRS").rule()
        s.lr("AMOUNT PAID", w.total_money(fee)).lr("VAT INCLUDED", w.num(cents(fee / 6)))
        s.add(f"VAT No: GB{digits(rng, 9)}").blank().center("15 MINS TO EXIT", "DRIVE SAFELY")
    return [("lines", s.lines)], w


def peage(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A French motorway toll's reçu: the company, the toll gate, the class, the TVA."""
    w = SlipWriter(rng, loc="fr", signed=True)
    s = Slip(32)
    s.center(
        w.shop(rng.choice(("AUTOROUTES DU SUD", "SOCIETE DES AUTOROUTES RHONE-ALPES"))),
        f"GARE DE {rng.choice(('VIENNE', 'MONTELIMAR NORD', 'ORANGE'))}",
    ).blank()
    day, hour = some_day(rng), clock(rng)
    amount = cents(rng.uniform(3.2, 28.9))
    s.center("REÇU").add(f"LE {w.day(day, style='d/m/Y')} A {hour}")
    s.add(f"VOIE {rng.randint(1, 18):02d}  CLASSE {rng.randint(1, 2)}")
    s.add(f"REÇU N° {w.docno(digits(rng, 7))}").rule()
    s.lr("MONTANT", w.total_money(amount)).lr("DONT TVA 20%", w.num(cents(amount / 6)))
    s.add("CB " + masked_pan(rng)[-8:]).blank().center("BONNE ROUTE")
    return [("lines", s.lines)], w


def ov_ticket(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A Dutch ticket machine's purchase receipt: a journey, its price, the card."""
    w = SlipWriter(rng, loc="nl", signed=True)
    s = Slip(32)
    s.center(w.shop(rng.choice(("GVB", "RET"))), "Kaartautomaat " + digits(rng, 4)).blank()
    day, hour = some_day(rng), clock(rng)
    s.center("Aankoopbewijs").add(f"Datum: {w.day(day, style='d-m-Y')} {hour}")
    s.add(f"Transactienr: {w.docno(digits(rng, 10))}").rule()
    product = rng.choice(("1 uur kaartje", "24 uur kaart", "Enkele reis volwassene"))
    price = {"1 uur kaartje": 3.4, "24 uur kaart": 9.0, "Enkele reis volwassene": 4.2}[product]
    count = rng.choice((1, 2))
    s.lr(f"{count}x {product}", w.num(cents(count * price)))
    w.item(product, cents(count * price), count, price if count > 1 else None)
    s.rule().lr("Totaal", w.total_money(cents(count * price))).add("Betaald met: Pinpas")
    s.add("Incl. 9% btw").blank().center("Goede reis!")
    return [("lines", s.lines)], w


def museo(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """An Italian museum ticket: biglietto number, intero and ridotto, a time slot."""
    w = SlipWriter(rng, loc="it", signed=True)
    s = Slip(36)
    s.center(
        w.shop(rng.choice(("MUSEI CIVICI DI VENEZIA", "PINACOTECA NAZIONALE"))),
        "BIGLIETTO D'INGRESSO",
    ).blank()
    day = some_day(rng)
    s.add(f"Biglietto n. {w.docno(digits(rng, 8))}", f"Data visita: {w.day(day, style='d/m/Y')}")
    s.add(f"Fascia oraria: {rng.randint(9, 16)}:00").rule()
    full, reduced = rng.randint(1, 3), rng.randint(0, 2)
    s.lr(f"{full} x Intero", w.sign(full * 14.0, "€ {n}"))
    w.item("Intero", full * 14.0, full, 14.0)
    total = full * 14.0
    if reduced:
        s.lr(f"{reduced} x Ridotto", w.sign(reduced * 8.0, "€ {n}"))
        w.item("Ridotto", reduced * 8.0, reduced, 8.0)
        total += reduced * 8.0
    s.rule().lr("TOTALE", w.total_money(total)).add("Pagato con carta")
    s.blank().center("Esente IVA art. 10 DPR 633/72", "Conservare il biglietto")
    return [("lines", s.lines)], w


def bnb_receipt(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A British B&B's receipt for a stay: nights at a rate, paid in full, the guest named."""
    w = SlipWriter(rng, loc="en-GB", signed=True)
    name = rng.choice(("Rosebank Guest House", "The Old Rectory B&B", "Harbour View Lodge"))
    guest = w.person_name()
    arrive = some_day(rng)
    nights = rng.randint(1, 4)
    leave = arrive + dt.timedelta(days=nights)
    rate = float(rng.choice((85, 95, 110, 125)))
    rows = [
        ["Description", "Nights", "Rate", "Amount"],
        ["Double room, B&B", str(nights), w.money(rate), w.money(nights * rate)],
    ]
    w.item("Double room, B&B", nights * rate, nights, rate)
    total = nights * rate
    if rng.random() < 0.6:
        rows.append(["Dinner (2 covers)", "", "", w.money(54.0)])
        w.item("Dinner (2 covers)", 54.0)
        total += 54.0
    number = f"R-{rng.randint(100, 999)}"
    blocks: list[Block] = [
        ("title", w.shop(name)),
        ("lines", ["14 Castle Street, Conwy LL32 8AY", "01492 555 218"]),
        ("heading", "RECEIPT"),
        (
            "kv",
            [
                ("Receipt No", w.docno(number)),
                ("Date", w.day(leave)),
                ("Guest", w.person(guest)),
                ("Stay", f"{w.day(arrive, None)} to {w.day(leave, None)}"),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("Total", w.total_money(total)),
                ("Paid by card", w.money(total)),
                ("Balance", w.money(0.0)),
            ],
        ),
        ("para", "Payment received with thanks. We hope to welcome you back."),
    ]
    return blocks, w


def hotel_rechnung(rng: random.Random) -> tuple[list[Block], SlipWriter]:
    """A German hotel's Rechnung handed over at check-out, paid by card: an invoice still."""
    w = SlipWriter(rng, loc="de", signed=True)
    hotel = rng.choice(("Hotel Zur Post", "Landhotel Sonnenhof", "Hotel Am Stadtpark"))
    guest = w.person_name()
    leave = some_day(rng)
    nights = rng.randint(1, 3)
    arrive = leave - dt.timedelta(days=nights)
    rate, breakfast = float(rng.choice((89, 99, 118))), 16.5
    number = f"{leave.year}-{rng.randint(1000, 9999)}"
    room, meal = nights * rate, nights * breakfast
    total = room + meal
    w.item("Übernachtung Doppelzimmer", room, nights, rate)
    w.item("Frühstück", meal, nights, breakfast)
    blocks: list[Block] = [
        ("lines", [f"{w.shop(hotel)} · Poststraße 2 · 83646 Bad Tölz"]),
        ("lines", [f"Herrn {w.person(guest)}", "Am Anger 5", "80331 München"]),
        ("title", f"Rechnung Nr. {w.docno(number)}"),
        (
            "kv",
            [
                ("Rechnungsdatum", w.day(leave)),
                ("Anreise", w.day(arrive, None)),
                ("Abreise", w.day(leave, None)),
                ("Zimmer", str(rng.randint(101, 320))),
            ],
        ),
        (
            "table",
            [
                ["Leistung", "Menge", "Einzelpreis", "Betrag"],
                ["Übernachtung Doppelzimmer", str(nights), w.money(rate), w.money(room)],
                ["Frühstück", str(nights), w.money(breakfast), w.money(meal)],
            ],
        ),
        (
            "kv",
            [
                ("Gesamtbetrag", w.total_money(total)),
                ("enthaltene MwSt 7% auf", w.money(room)),
                ("enthaltene MwSt 19% auf", w.money(meal)),
                ("Bezahlt mit Mastercard", w.money(total)),
                ("Offener Betrag", w.money(0.0)),
            ],
        ),
        (
            "para",
            f"Vielen Dank für Ihren Aufenthalt! {hotel} · USt-IdNr. "
            f"DE{digits(rng, 9)} · Amtsgericht München HRB {digits(rng, 6)}",
        ),
    ]
    return blocks, w


__all__ = [
    "bnb_receipt",
    "hotel_rechnung",
    "museo",
    "ov_ticket",
    "parking",
    "peage",
    "ride_mail",
    "taxi_de",
]
