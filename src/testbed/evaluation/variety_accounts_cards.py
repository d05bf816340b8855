"""Credit card statements as issuers print them, for :mod:`testbed.evaluation.variety_accounts`:
a US card (Account Summary with Previous Balance, Payment, Credits, Purchases, New Balance;
Payment Information with the Minimum Payment Due and the Payment Due Date; Opening/Closing
Date), a UK card (Statement date, masked card number, New balance, Minimum payment, payments
marked CR) and a German Kreditkartenabrechnung settled by direct debit. A card statement has
no vendor; its total is the new balance, its number the masked card or account number.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_accounts_style import Doc, cents, short, someday, spread, when

_SPEND = {
    "us": (
        "AMAZON MKTPLACE PMTS AMZN.COM/BILL WA",
        "SHELL OIL 57442183 DENVER CO",
        "TRADER JOE'S #662 DENVER CO",
        "UNITED AIRLINES 0162 HOUSTON TX",
        "SPOTIFY USA NEW YORK NY",
        "CHIPOTLE 1879 AURORA CO",
        "HOME DEPOT #1514 LAKEWOOD CO",
        "UBER *TRIP HELP.UBER.COM CA",
    ),
    "uk": (
        "SAINSBURYS S/MKT CLAPHAM",
        "TFL TRAVEL CH TFL.GOV.UK/CP",
        "AMAZON.CO.UK*RT5YU7",
        "PRET A MANGER VICTORIA",
        "JOHN LEWIS OXFORD ST",
        "EASYJET 0KX7P2 LUTON",
        "BOOTS 1142 BRIXTON",
    ),
    "de": (
        "EDEKA Center Harburg",
        "DB Vertrieb GmbH Frankfurt",
        "Amazon EU S.a.r.l. Luxemburg",
        "ARAL Station 2231 Hamburg",
        "Lufthansa 220-1234567",
        "MediaMarkt Hamburg-Nedderfeld",
    ),
}


def _spend(
    rng: random.Random, lang: str, start: dt.date, end: dt.date, count: int
) -> list[tuple[dt.date, str, float]]:
    days = spread(rng, start, end, count)
    names = rng.sample(_SPEND[lang], min(count, len(_SPEND[lang])))
    return [(day, names[i % len(names)], cents(rng, 6, 180)) for i, day in enumerate(days)]


def masked(rng: random.Random, style: str) -> str:
    last = rng.randint(1000, 9999)
    if style == "x":
        return f"XXXX XXXX XXXX {last}"
    if style == "star":
        return f"{rng.choice(('4929', '5412', '4532'))} **** **** {last}"
    return f"ending in {last}"


def card_us(rng: random.Random) -> tuple[list[Block], Writer]:
    """A US card issuer's monthly statement: Account Summary, Payment Information (New
    Balance, Minimum Payment Due, Payment Due Date), the period as Opening/Closing Date,
    transactions with the payment negative, fees and interest charged."""
    d = Doc(rng, "USD", "us")
    style = rng.choice(("us2", "us"))
    start = someday(rng)
    end = start + dt.timedelta(days=rng.choice((29, 30)))
    due = end + dt.timedelta(days=25)
    issuer = d.org(
        rng.choice(
            ("Summit Peak Card Services", "Bluejay Bank USA, N.A.", "Granite Federal Credit Union")
        )
    )
    holder = d.person(rng.choice(("Kwame Asante", "Brittany Lowell", "Diego Salinas")))
    number = masked(rng, "x")
    rows = _spend(rng, "us", start, end, rng.randint(5, 9))
    previous = cents(rng, 200, 2400)
    paid = previous if rng.random() < 0.6 else round(previous * 0.4, 2)
    purchases = round(sum(r[2] for r in rows), 2)
    interest = 0.0 if paid == previous else round((previous - paid) * 0.0199, 2)
    new = round(previous - paid + purchases + interest, 2)
    minimum = max(35.0, round(new * 0.02, 2)) if new > 35 else new
    pay_day = start + dt.timedelta(days=rng.randint(2, 12))
    blocks: list[Block] = [
        (
            "columns",
            [
                (issuer, f"Account Number: {d.number(number)}"),
                (
                    f"{holder.upper()}",
                    f"Opening/Closing Date {when(start, style)} - {d.day(end, style, 'issue')}",
                ),
                ("1418 W 38TH AVE", "Customer Service: 1-888-555-0199"),
                ("DENVER CO 80211", ""),
            ],
        ),
        ("heading", "ACCOUNT SUMMARY"),
        (
            "kv",
            [
                ("Previous Balance", d.money(previous, "$")),
                ("Payment, Credits", d.money(-paid, "$")),
                ("Purchases", f"+{d.money(purchases, '$')}"),
                ("Cash Advances", d.note(0.0, "$0.00")),
                ("Balance Transfers", "$0.00"),
                ("Fees Charged", "$0.00"),
                (
                    "Interest Charged",
                    f"+{d.money(interest, '$')}" if interest else d.note(0.0, "$0.00"),
                ),
                ("New Balance", d.total(new, d.money(new, "$"))),
                ("Credit Access Line", d.money(float(rng.choice((5000, 8000, 12500))), "$")),
            ],
        ),
        ("heading", "PAYMENT INFORMATION"),
        (
            "kv",
            [
                ("New Balance", d.money(new, "$")),
                ("Minimum Payment Due", d.money(minimum, "$")),
                ("Payment Due Date", d.day(due, style, "due")),
            ],
        ),
        (
            "para",
            "Late Payment Warning: If we do not receive your minimum payment by the date "
            "listed above, you may have to pay a late fee of up to " + d.note(40.0, "$40.00."),
        ),
        ("heading", "ACCOUNT ACTIVITY"),
    ]
    table = [["Date of Transaction", "Merchant Name or Transaction Description", "$ Amount"]]
    table.append([short(pay_day, "us"), d.item("Payment Thank You-Mobile", -paid), d.num(-paid)])
    table.append(["", "PURCHASE", ""])
    table += [[short(day, "us"), d.item(name, amt), d.num(amt)] for day, name, amt in rows]
    if interest:
        table.append(
            [short(end, "us"), d.item("PURCHASE INTEREST CHARGE", interest), d.num(interest)]
        )
    blocks += [
        ("table", table),
        (
            "kv",
            [
                ("Total fees charged in this period", "$0.00"),
                ("Total interest charged in this period", d.note(interest, f"${d.num(interest)}")),
            ],
        ),
    ]
    return blocks, d.w


def card_uk(rng: random.Random) -> tuple[list[Block], Writer]:
    """A UK credit card statement: Statement date, the card number masked in stars, a box
    with New balance, Minimum payment and Payment due date (or "Please pay by"), transactions
    with a date received and posted, payments and refunds marked CR."""
    d = Doc(rng, "GBP", "us")
    style = rng.choice(("long_en", "abbr", "uk"))
    made = someday(rng)
    start = made - dt.timedelta(days=30)
    due = made + dt.timedelta(days=rng.choice((21, 25)))
    issuer = d.org(rng.choice(("Halberd Card Services", "Kestrel Credit Card")))
    holder = d.person(rng.choice(("Niamh Gallagher", "Rupert Ashdown", "Priya Raman")))
    rows = _spend(rng, "uk", start, made, rng.randint(5, 8))
    previous = cents(rng, 100, 1500)
    paid = round(previous if rng.random() < 0.5 else rng.uniform(25, previous), 2)
    refund = cents(rng, 8, 60) if rng.random() < 0.5 else 0.0
    new = round(previous - paid - refund + sum(r[2] for r in rows), 2)
    minimum = round(max(25.0, new * 0.03), 2)
    due_label = rng.choice(("Payment due date", "Please pay by"))
    blocks: list[Block] = [
        ("lines", [issuer, "PO Box 512, Northampton NN4 7XE"]),
        ("title", "Your statement"),
        (
            "columns",
            [
                (holder, f"Statement date  {d.day(made, style, 'issue')}"),
                ("27 Larkhall Rise", f"Card number  {d.number(masked(rng, 'star'))}"),
                (
                    "London SW4 6HU",
                    f"Credit limit  {d.money(float(rng.choice((2500, 4000, 6000))), '£')}",
                ),
            ],
        ),
        (
            "table",
            [
                ["New balance", "Minimum payment", due_label],
                [d.total(new, d.money(new, "£")), d.money(minimum, "£"), d.day(due, style, "due")],
            ],
        ),
        (
            "kv",
            [
                ("Previous balance", d.money(previous, "£")),
                ("Payments to your account", d.money(paid + refund, "£")),
                ("New transactions", d.money(round(sum(r[2] for r in rows), 2), "£")),
            ],
        ),
        ("heading", "Your transactions"),
    ]
    table = [["Date received", "Date posted", "Description", "Amount £"]]
    got = start + dt.timedelta(days=rng.randint(3, 10))
    table.append(
        [
            short(got, "abbr"),
            short(got, "abbr"),
            d.item("PAYMENT RECEIVED - THANK YOU", -paid),
            d.num(-paid, "cr"),
        ]
    )
    for index, (day, name, amt) in enumerate(rows):
        posted = day + dt.timedelta(days=1)
        table.append([short(day, "abbr"), short(posted, "abbr"), d.item(name, amt), d.num(amt)])
        if refund and index == 1:
            table.append(
                [
                    short(posted, "abbr"),
                    short(posted, "abbr"),
                    d.item(f"REFUND {name}", -refund),
                    d.num(-refund, "cr"),
                ]
            )
    blocks += [
        ("table", table),
        (
            "para",
            "If you only make the minimum payment each month, it will take you longer "
            "and cost you more to clear your balance.",
        ),
    ]
    return blocks, d.w


def kreditkarte(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German card's monthly Abrechnung: Abrechnungsdatum, the card number with its middle
    masked, Umsätze with Belegdatum and Buchungsdatum, the new balance collected by direct
    debit on a named day."""
    d = Doc(rng, "EUR", "eu")
    made = someday(rng)
    start = made - dt.timedelta(days=30)
    debit = made + dt.timedelta(days=rng.choice((5, 7, 10)))
    issuer = d.org(rng.choice(("Hanseatic Kartenservice GmbH", "Nordbank Card Services AG")))
    holder = d.person(rng.choice(("Friederike Albers", "Matthias Overbeck")))
    card = f"{rng.choice(('4543', '5232'))} XXXX XXXX {rng.randint(1000, 9999)}"
    rows = _spend(rng, "de", start, made, rng.randint(5, 8))
    previous = cents(rng, 100, 1200)
    new = round(sum(r[2] for r in rows), 2)
    blocks: list[Block] = [
        ("lines", [issuer, "Postfach 10 22 40, 20015 Hamburg"]),
        (
            "columns",
            [
                (
                    f"Frau {holder}" if holder.startswith("F") else f"Herrn {holder}",
                    f"Abrechnungsdatum: {d.day(made, 'dot', 'issue')}",
                ),
                ("Eppendorfer Weg 212", f"Kartennummer: {d.number(card)}"),
                ("20251 Hamburg", d.note(3000.0, "Kreditrahmen: 3.000,00 EUR")),
            ],
        ),
        ("title", "Monatsabrechnung Ihrer Mastercard Gold"),
        (
            "kv",
            [
                ("Saldo letzte Abrechnung", d.money(previous, "EUR", after=True)),
                ("Lastschrifteinzug", d.money(-previous, "EUR", after=True)),
            ],
        ),
    ]
    table = [["Belegdatum", "Buchungsdatum", "Umsatz", "Betrag EUR"]]
    for day, name, amt in rows:
        table.append(
            [
                when(day, "dot"),
                when(day + dt.timedelta(days=2), "dot"),
                d.item(name, amt),
                d.num(amt),
            ]
        )
    blocks += [
        ("table", table),
        ("kv", [("Neuer Saldo", d.total(new, d.money(new, "EUR", after=True)))]),
        (
            "para",
            f"Der Betrag von {d.num(new)} EUR wird am {d.day(debit, 'dot', 'due')} von Ihrem "
            "Referenzkonto per Lastschrift eingezogen. Bitte sorgen Sie für ausreichende Deckung.",
        ),
    ]
    return blocks, d.w


__all__ = ["card_uk", "card_us", "kreditkarte", "masked"]
