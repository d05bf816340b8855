"""Travel and transport documents for the field generators
(:mod:`testbed.evaluation.variety_field`).

A hotel's folio in English or German (the folio or invoice number beside room and stay
dates, charges by day, the card payment leaving a zero balance, the operating company in the
footer), an airline's e-ticket receipt (the ticket number, "Date of issue 06DEC26", the fare
and taxes in a currency code), a German rail ticket with its "Auftragsnummer", a car rental
company's receipt on return and its rental agreement (pick-up and due-back dates as its
period) and a courier's invoice for import duty and VAT ("Waybill" beside the invoice number,
"Payment Due Date"). Names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_field_style import Sheet, code, someday


def hotel_rechnung(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German hotel's "Rechnung" (see :func:`_folio`)."""
    return _folio(rng, german=True)


def guest_folio(rng: random.Random) -> tuple[list[Block], Writer]:
    """An Irish hotel's "Guest Folio" (see :func:`_folio`)."""
    return _folio(rng, german=False)


def _folio(rng: random.Random, *, german: bool) -> tuple[list[Block], Writer]:
    """A hotel folio: the brand on top, "Folio No." (or "Rechnung Nr.") with room and stay,
    charges by day, the card payment and a zero balance, the operator in the footer."""
    s = Sheet(rng, "de" if german else "ie")
    nights = rng.randint(1, 4)
    arrival = someday(rng)
    departure = arrival + dt.timedelta(days=nights)
    rate = s.pick((119.0, 145.0, 189.0))
    style = "dot2" if german else s.pick(("uk", "abbr4"))
    brand, operator = (
        ("HOTEL AM STADTPARK", "Stadtpark Hotelbetriebs GmbH")
        if german
        else ("THE HARBOURSIDE", "Harbourside Hotels Limited")
    )
    rows = [
        [
            "Datum" if german else "Date",
            "Beschreibung" if german else "Description",
            "Betrag" if german else "Charges",
        ]
    ]
    total = 0.0
    for night in range(nights):
        day = s.day(arrival + dt.timedelta(days=night), None, style)
        name = "Übernachtung" if german else "Accommodation"
        s.item(name, None, None, rate)
        rows.append([day, name, s.num(rate)])
        total += rate
        if rng.random() < 0.5:
            extra = s.pick((("Restaurant", 46.8), ("Minibar", 9.5), ("Bar", 22.0)))
            s.item(extra[0], None, None, extra[1])
            rows.append([day, extra[0], s.num(extra[1])])
            total += extra[1]
    total = round(total, 2)
    label = "Rechnung Nr." if german else s.pick(("Folio No.", "Invoice No."))
    blocks: list[Block] = [
        ("lines", [brand, "Parkallee 4 - 20144 Hamburg" if german else "Quay Street, Galway"]),
        (
            "columns",
            [
                (
                    s.person(s.pick(("Mr Declan Fahey", "Ms Ingrid Solberg"))[3:]),
                    f"{label} {s.number(code(rng, '99999'))}",
                ),
                ("", f"{'Zimmer' if german else 'Room'} {rng.randint(101, 520)}"),
                ("", f"{'Anreise' if german else 'Arrival'} {s.day(arrival, None, style)}"),
                ("", f"{'Abreise' if german else 'Departure'} {s.day(departure, 'issue', style)}"),
            ],
        ),
        ("title", "Rechnung" if german else "Guest Folio"),
        ("table", rows),
        (
            "table",
            [
                ["Gesamtbetrag" if german else "Total", s.total(total)],
                [
                    f"{'Zahlung' if german else 'Payment'} Mastercard xxxx{code(rng, '9999')}",
                    s.money(-total),
                ],
                ["Saldo" if german else "Balance", s.money(0.0)],
            ],
        ),
        (
            "para",
            (
                f"Im Gesamtbetrag sind 7 % MwSt. enthalten. {s.vendor(operator)}, HRB 118204, "
                "USt-IdNr. DE 281 933 410"
            )
            if german
            else (
                f"{s.vendor(operator)}. Registered in Ireland No. 402117. VAT No. IE 9721443H. "
                "We hope you enjoyed your stay."
            ),
        ),
    ]
    return blocks, s.w


def eticket(rng: random.Random) -> tuple[list[Block], Writer]:
    """An airline's e-ticket receipt: passenger "SURNAME/FIRST MS", booking reference and
    ticket number, "Date of issue" in the airline's DDMMMYY, the fare, taxes and total with a
    currency code, the form of payment."""
    s = Sheet(rng, rng.choice(("ie", "uk")))
    issued = someday(rng)
    outbound = issued + dt.timedelta(days=rng.randint(7, 60))
    first, last = s.pick((("Maria", "Chen"), ("Kenji", "Sato"), ("Aisling", "Doherty")))
    s.person(f"{first} {last}")
    fare = s.pick((88.0, 142.0, 212.0))
    taxes = s.pick((41.37, 58.43, 63.1))
    total = round(fare + taxes, 2)
    cur = s.loc.currency
    airline = s.pick(("Aurora Airways Limited", "Celtic Wings DAC"))
    ref = code(rng, "AAAAAA")
    ticket = code(rng, "125 9999999999")
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", f"{airline.split()[0]} {airline.split()[1]} <eticket@airline.example>"),
                ("To", "traveller@post.example"),
                ("Subject", f"Your e-ticket receipt - booking {ref}"),
            ],
        ),
        (
            "para",
            f"Dear {first} {last}, thank you for flying with us. Your e-ticket receipt is below.",
        ),
        ("title", "ELECTRONIC TICKET RECEIPT"),
        (
            "kv",
            [
                (
                    "Passenger",
                    f"{last.upper()}/{first.upper()} {'MR' if first == 'Kenji' else 'MS'}",
                ),
                ("Booking reference", ref),
                ("Ticket number", s.number(ticket)),
                ("Date of issue", s.day(issued, "issue", "air")),
                ("Issued by", s.vendor(airline)),
            ],
        ),
        (
            "table",
            [
                ["Flight", "Date", "From", "To", "Departs", "Class"],
                [
                    code(rng, "AA 999"),
                    s.day(outbound, None, "air"),
                    "DUBLIN",
                    "AMSTERDAM",
                    "07:40",
                    "Y",
                ],
            ],
        ),
        (
            "table",
            [
                ["Fare", f"{cur} {s.num(fare)}"],
                ["Taxes, fees and charges", f"{cur} {s.num(taxes)}"],
                ["Total", s.total(total, f"{cur} {s.num(total)}")],
                ["Form of payment", f"CC VI XXXXXXXXXXXX{code(rng, '9999')}"],
            ],
        ),
    ]
    s.bare(fare)
    s.bare(taxes)
    s.item("Fare", None, None, fare)
    s.item("Taxes, fees and charges", None, None, taxes)
    return blocks, s.w


def bahn_ticket(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German rail ticket bought online: "Ihre Fahrkarte", the "Auftragsnummer", booking
    date, the journey, "Summe" with the VAT included, the railway company in the footer."""
    s = Sheet(rng, "de")
    booked = someday(rng)
    travel = booked + dt.timedelta(days=rng.randint(1, 30))
    price = s.pick((29.9, 59.9, 87.5, 119.0))
    vat = round(price - price / 1.07, 2)
    traveller = s.person(s.pick(("Lena Hartmann", "Felix Brandner")))
    s.item("Flexpreis, 2. Klasse, 1 Erwachsener", None, None, price)
    blocks: list[Block] = [
        (
            "columns",
            [
                ("FERNBAHN", "Ihre Fahrkarte"),
                ("", f"Auftragsnummer: {s.number(code(rng, '999999999999'))}"),
            ],
        ),
        (
            "kv",
            [
                ("Reisende(r)", traveller),
                ("Buchungsdatum", s.day(booked, "issue", "dot")),
                ("Hinfahrt am", s.day(travel, None, "dot")),
            ],
        ),
        (
            "table",
            [
                ["Von", "Nach", "Zug", "Ab", "An"],
                ["Hamburg Hbf", "Köln Hbf", code(rng, "ICE 999"), "08:46", "12:50"],
            ],
        ),
        ("table", [["Leistung", "Preis"], ["Flexpreis, 2. Klasse, 1 Erwachsener", s.num(price)]]),
        ("kv", [("Summe", s.total(price)), ("Enthaltene MwSt. 7 %", s.money(vat))]),
        (
            "para",
            f"Beförderer: {s.vendor('Fernbahn Nord AG')}, Europaplatz 1, 10557 Berlin. "
            "Die Fahrkarte gilt nur mit einem amtlichen Lichtbildausweis.",
        ),
    ]
    return blocks, s.w


def rental_return(rng: random.Random) -> tuple[list[Block], Writer]:
    """A car rental receipt printed on return: "RENTAL AGREEMENT NUMBER", pick-up and return,
    time and mileage at a daily rate, waivers, fees and tax, "TOTAL CHARGES", the card."""
    s = Sheet(rng, "us")
    out = someday(rng)
    days = rng.randint(2, 6)
    back = out + dt.timedelta(days=days)
    rate = s.pick((39.99, 54.99, 71.5))
    tm = round(days * rate, 2)
    ldw = round(days * 29.99, 2) if rng.random() < 0.5 else 0.0
    fee = round(tm * 0.111, 2)
    fuel = s.pick((0.0, 48.75))
    tax = round((tm + ldw + fee + fuel) * 0.0825, 2)
    total = round(tm + ldw + fee + fuel + tax, 2)
    rows = [["DESCRIPTION", "RATE", "AMOUNT"], [f"T&M {days} DAYS @", s.num(rate), s.num(tm)]]
    s.item(f"T&M {days} DAYS @", days, rate, tm)
    for name, amount in (
        ("LDW COVERAGE", ldw),
        ("CONCESSION RECOVERY FEE 11.1%", fee),
        ("FUEL SERVICE", fuel),
        ("SALES TAX 8.25%", tax),
    ):
        if amount:
            s.item(name, None, None, amount)
            rows.append([name, "", s.num(amount)])
    renter = s.pick(("Walter Kincaid", "Priscilla Avenel"))
    blocks: list[Block] = [
        ("lines", ["REDLINE", "RENTAL RECEIPT"]),
        (
            "kv",
            [
                ("RENTAL AGREEMENT NUMBER", s.number(code(rng, "99999999"))),
                ("RENTER", s.person(renter).upper()),
                ("PICKUP", f"DALLAS LOVE FIELD  {s.day(out, None, 'us')} 10:12"),
                ("RETURN", f"DALLAS LOVE FIELD  {s.day(back, 'issue', 'us')} 16:40"),
                ("VEHICLE", "2025 Toyota Corolla  MILES OUT 18204  MILES IN 18671"),
            ],
        ),
        ("table", rows),
        (
            "kv",
            [
                ("TOTAL CHARGES", s.total(total)),
                ("PAID VISA XXXX" + code(rng, "9999"), s.money(total)),
                ("BALANCE DUE", s.money(0.0)),
            ],
        ),
        (
            "para",
            f"Thank you for renting with {s.vendor('Redline Car Rental LLC')}. "
            "Questions about this "
            "receipt: 1-800-555-0199.",
        ),
    ]
    return blocks, s.w


def rental_agreement(rng: random.Random) -> tuple[list[Block], Writer]:
    """A car rental agreement signed at the counter: "Agreement No.", the renter and the
    company, pick-up and due-back dates as its period, estimated charges, terms, signatures."""
    s = Sheet(rng, "uk")
    out = someday(rng)
    back = out + dt.timedelta(days=rng.randint(3, 14))
    company = s.org(s.pick(("Kestrel Vehicle Hire Ltd", "Moorland Car & Van Rental Ltd")))
    renter = s.person(s.pick(("Harriet Ellwood", "Rajesh Kumaran")))
    estimate = round((back - out).days * s.pick((32.0, 44.5)), 2)
    blocks: list[Block] = [
        ("title", "VEHICLE RENTAL AGREEMENT"),
        (
            "kv",
            [
                ("Agreement No.", s.number("RA" + code(rng, "9999999"))),
                ("Renter", renter),
                ("Licence No.", code(rng, "AAAAA999999AA9AA")),
                ("Vehicle", "Ford Focus Estate, reg. " + code(rng, "AA99 AAA")),
                ("Pick-up", f"{s.day(out, 'effective', 'uk')} 09:30, Leeds Bradford Airport"),
                ("Due back", f"{s.day(back, 'end', 'uk')} 09:30, Leeds Bradford Airport"),
                ("Estimated charges", s.money(estimate)),
            ],
        ),
        (
            "para",
            f'This agreement is made between {company} ("the Company") and the Renter named '
            "above. The Renter agrees to return the vehicle by the date and time stated, with "
            "the same level of fuel, and is liable for the excess of £1,250.00 in the event "
            "of damage.",
        ),
        (
            "columns",
            [
                ("Signed for the Company", "Signed by the Renter"),
                ("", renter),
                (f"Date: {s.day(out, 'issue', 'uk')}", ""),
            ],
        ),
    ]
    s.money(1250.0)
    return blocks, s.w


def duty_invoice(rng: random.Random) -> tuple[list[Block], Writer]:
    """A courier's invoice for import duty and VAT paid on the customer's behalf: "Duty &
    Tax Invoice", the waybill beside the invoice number, "Payment Due Date", "Total Amount
    Due", the courier's legal name in the footer."""
    s = Sheet(rng, "uk")
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((7, 14)))
    value = round(rng.uniform(180, 900), 2)
    duty = round(value * 0.04, 2)
    vat = round((value + duty) * 0.2, 2)
    fee = 11.0
    fee_vat = round(fee * 0.2, 2)
    total = round(duty + vat + fee + fee_vat, 2)
    courier = s.pick(("Swiftpost Express (UK) Limited", "Orbis Parcel International Ltd"))
    for name, amount in (
        ("Import Duty", duty),
        ("Import VAT", vat),
        ("Advancement Fee", fee),
        ("VAT on Advancement Fee", fee_vat),
    ):
        s.item(name, None, None, amount)
    blocks: list[Block] = [
        (
            "columns",
            [
                (courier.split()[0].upper(), "DUTY & TAX INVOICE"),
                ("", f"Invoice Number: {s.number(code(rng, 'AAA999999'))}"),
                ("", f"Invoice Date: {s.day(issued, 'issue', 'uk')}"),
                ("", f"Payment Due Date: {s.day(due, 'due', 'uk')}"),
            ],
        ),
        (
            "kv",
            [
                ("Waybill Number", code(rng, "9999999999")),
                ("Account Number", code(rng, "999999999")),
                ("Consignee", s.org(s.pick(("Kilnworth Ceramics Ltd", "Tandem Cycles Ltd")))),
                ("Declared value", s.money(value)),
            ],
        ),
        (
            "table",
            [
                ["Description", "Amount (GBP)"],
                ["Import Duty", s.num(duty)],
                ["Import VAT", s.num(vat)],
                ["Advancement Fee", s.num(fee)],
                ["VAT on Advancement Fee", s.num(fee_vat)],
            ],
        ),
        ("kv", [("Total Amount Due", s.total(total))]),
        (
            "para",
            f"{s.vendor(courier)}, Orbital Park, Hounslow TW4 6JS. VAT Reg No. GB 205 4137 70. "
            "Please quote the invoice number with your payment.",
        ),
    ]
    return blocks, s.w
