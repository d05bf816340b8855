"""Bookings paid in advance, as the development set's boundary documents: an airline's
e-ticket receipt, a rail operator's booking confirmation and an event's tickets.

A reader files each as a receipt (the fare is paid; the page is its proof) and writes down
the booking reference or order number, not the ticket's or the train's; the flight and travel
dates are not the document's date (it was issued when booked). Labelled as printed through
:class:`~testbed.evaluation.commerce_style.Printer`.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from testbed.evaluation.boundary_words import masked_card, printer, when
from testbed.evaluation.corpus import Block, Writer

_AIRLINES = (("Aerovia Nord", "AN"), ("Skylark Atlantic", "SK"), ("Volare Sud", "VS"))
_ROUTES = (
    ("LHR", "London Heathrow"),
    ("AMS", "Amsterdam"),
    ("FCO", "Rome Fiumicino"),
    ("MUC", "Munich"),
    ("LIS", "Lisbon"),
    ("BCN", "Barcelona"),
)
_TRAVELLERS = ("Greta Sandoval", "Piet Vermeulen", "Chiara Bellandi", "Rohan Mehta")


def _pnr(rng: random.Random) -> str:
    """A booking reference: six letters and digits, a digit among them."""
    letters = [
        rng.choice(string.ascii_uppercase.replace("O", "").replace("I", "")) for _ in range(5)
    ]
    letters.insert(rng.randrange(1, 5), str(rng.randint(2, 9)))
    return "".join(letters)


def flight(rng: random.Random) -> tuple[list[Block], Writer]:
    """An airline's e-ticket receipt: booking reference, passenger, flights, fare, taxes and
    carrier charges, the total paid and the form of payment."""
    lang = rng.choice(("en", "en", "de", "it"))
    p = printer(rng, {"en": rng.choice(("uk", "ie")), "de": "de", "it": "it"}[lang])
    w = p.w
    airline, code = rng.choice(_AIRLINES)
    w.vendor = w.plain_org(airline)
    passenger = w.person(rng.choice(_TRAVELLERS))
    w.number = _pnr(rng)
    booked = when(rng)
    out = booked + dt.timedelta(days=rng.randint(7, 60))
    back = out + dt.timedelta(days=rng.randint(2, 9))
    origin, destination = rng.sample(_ROUTES, 2)
    fare = float(rng.choice((89, 146, 212, 318)))
    taxes = round(rng.uniform(38, 96), 2)
    total = round(fare + taxes, 2)
    words = {
        "en": (
            "E-ticket receipt",
            "Booking reference",
            "Date of issue",
            "Passenger",
            "Fare",
            "Taxes, fees and charges",
            "Total paid",
            "Form of payment",
            "Ticket number",
            "This receipt is your proof of purchase. Check-in opens 24 hours before departure.",
        ),
        "de": (
            "Ihr Flugticket / Beleg",
            "Buchungscode",
            "Ausstellungsdatum",
            "Fluggast",
            "Flugpreis",
            "Steuern, Gebühren und Entgelte",
            "Gesamtpreis",
            "Zahlungsart",
            "Ticketnummer",
            "Der Online-Check-in öffnet 24 Stunden vor Abflug.",
        ),
        "it": (
            "Ricevuta del biglietto elettronico",
            "Codice di prenotazione",
            "Data di emissione",
            "Passeggero",
            "Tariffa",
            "Tasse e supplementi",
            "Totale pagato",
            "Forma di pagamento",
            "Numero biglietto",
            "Il check-in online apre 24 ore prima della partenza.",
        ),
    }[lang]
    rows = [["Flight", "From", "To", "Date", "Departs"]]
    for day, (a, b) in ((out, (origin, destination)), (back, (destination, origin))):
        rows.append(
            [
                f"{code} {rng.randint(100, 2999)}",
                f"{a[1]} ({a[0]})",
                f"{b[1]} ({b[0]})",
                p.day(day, None),
                f"{rng.randint(6, 21):02d}:{rng.choice(('05', '35', '50'))}",
            ]
        )
    p.item(words[4], None, None, fare)
    p.item(words[5], None, None, taxes)
    blocks: list[Block] = [
        (
            "columns",
            [
                (w.key("vendor", airline), words[0]),
                ("", f"{words[1]}: {w.key('documentNumber', w.number)}"),
            ],
        ),
        (
            "kv",
            [
                (words[2], p.day(booked, "issue")),
                (words[3], passenger.upper()),
                (words[8], f"{rng.randint(100, 999)}-{rng.randint(10**9, 10**10 - 1)}"),
            ],
        ),
        ("table", rows),
        (
            "table",
            [["Description", "Amount"], [words[4], p.money(fare)], [words[5], p.money(taxes)]],
        ),
        ("kv", [(words[6], p.total(total)), (words[7], masked_card(rng, lang).upper())]),
        ("para", words[9]),
    ]
    return blocks, w


def rail(rng: random.Random) -> tuple[list[Block], Writer]:
    """A rail operator's booking confirmation: the order number, the journey, the price and
    how it was paid; the ticket itself is a code printed beside it."""
    lang = rng.choice(("de", "fr", "nl", "en"))
    p = printer(rng, {"de": "de", "fr": "fr", "nl": "nl", "en": "uk"}[lang])
    w = p.w
    operator = {
        "de": "Bahnwerk Fernverkehr",
        "fr": "Rail Express Régional",
        "nl": "Spoorlijn Noord",
        "en": "Greenline Rail",
    }[lang]
    w.vendor = w.plain_org(operator)
    traveller = w.person(rng.choice(_TRAVELLERS))
    w.number = f"{rng.randint(10**11, 10**12 - 1)}"
    booked = when(rng)
    travel = booked + dt.timedelta(days=rng.randint(1, 30))
    price = round(rng.choice((19.9, 29.9, 47.5, 63.2, 89.0)), 2)
    words = {
        "de": (
            "Buchungsbestätigung",
            "Auftragsnummer",
            "Reisender",
            "Hinfahrt",
            "Gebucht am",
            "Gesamtpreis",
            "Bezahlt mit",
            "Vielen Dank für Ihre Buchung.",
        ),
        "fr": (
            "Confirmation de réservation",
            "Référence de commande",
            "Voyageur",
            "Aller",
            "Réservé le",
            "Prix total",
            "Payé par",
            "Merci pour votre réservation.",
        ),
        "nl": (
            "Boekingsbevestiging",
            "Bestelnummer",
            "Reiziger",
            "Heenreis",
            "Geboekt op",
            "Totaalprijs",
            "Betaald met",
            "Bedankt voor je boeking.",
        ),
        "en": (
            "Booking confirmation",
            "Order number",
            "Passenger",
            "Outward",
            "Booked on",
            "Total price",
            "Paid with",
            "Thank you for booking with us.",
        ),
    }[lang]
    journey = (
        f"{p.day(travel, None)} {rng.randint(6, 20):02d}:{rng.choice(('12', '42'))}, "
        f"{rng.choice(('ICE', 'IC', 'TGV', 'EC'))} {rng.randint(500, 999)}, 2nd class"
    )
    blocks: list[Block] = [
        ("lines", [w.key("vendor", operator)]),
        ("title", words[0]),
        (
            "kv",
            [
                (words[1], w.key("documentNumber", w.number)),
                (words[4], p.day(booked, "issue")),
                (words[2], traveller),
                (words[3], journey),
            ],
        ),
        ("kv", [(words[5], p.total(price)), (words[6], masked_card(rng, lang))]),
        ("para", words[7]),
    ]
    w.line_items = []
    return blocks, w


def event_tickets(rng: random.Random) -> tuple[list[Block], Writer]:
    """An event's ticket order: tickets by type, a booking fee, the total paid; the door
    opening time and the event's date are not the order's."""
    p = printer(rng, rng.choice(("uk", "us", "au")))
    w = p.w
    seller = rng.choice(("Boxline Tickets", "Turnstyle"))
    w.vendor = w.plain_org(seller)
    buyer = w.person(rng.choice(_TRAVELLERS))
    w.number = f"{rng.choice(string.ascii_uppercase)}{rng.randint(10**6, 10**7 - 1)}"
    ordered = when(rng)
    show = ordered + dt.timedelta(days=rng.randint(10, 90))
    count = rng.randint(1, 4)
    price = float(rng.choice((28, 35, 49.5, 65)))
    fee = round(count * 2.75, 2)
    total = round(count * price + fee, 2)
    p.item("General admission", count, price, count * price)
    p.item("Booking fee", None, None, fee)
    blocks: list[Block] = [
        ("lines", [w.key("vendor", seller)]),
        ("title", f"You're going! Order {w.key('documentNumber', w.number)}"),
        ("para", f"Hi {buyer.split()[0]}, here are your tickets. Show the QR code at the door."),
        (
            "kv",
            [
                ("Event", "The Lantern Quartet - Live"),
                ("When", f"{p.day(show, None)}, doors 19:00"),
                ("Ordered", p.day(ordered, "issue")),
            ],
        ),
        (
            "table",
            [
                ["Ticket type", "Qty", "Price", "Total"],
                ["General admission", str(count), p.money(price), p.money(count * price)],
                ["Booking fee", "", "", p.money(fee)],
            ],
        ),
        ("kv", [("Total paid", p.total(total)), ("Payment", masked_card(rng, "en"))]),
    ]
    return blocks, w


__all__ = ["event_tickets", "flight", "rail"]
