"""More key-figure documents (:mod:`testbed.evaluation.variety_figures`): a Sage-style
invoice with values under their labels, purchase orders from an ERP and from SAP, a utility
bill and a card statement over two pages, a Dutch bank statement, contracts whose dates
are written out, and minutes dated in their heading."""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.figure_locale import Money, Sheet, numeric, ordinal, spelled


def _day(rng: random.Random) -> dt.date:
    return dt.date(2025, 2, 1) + dt.timedelta(days=rng.randrange(0, 640))


def sage_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A UK invoice from accounting software: each value under its label, "Tax Date",
    "Account Ref", the total as "INVOICE TOTAL" in pounds with the code after it."""
    s = Sheet(Writer(rng, currency="GBP"), Money("GBP", "{n} GBP"))
    issued = _day(rng)
    vendor = s.vendor(("Calder Valley Joinery", "Ltd"))
    customer = s.w.org(("Hebden Bridge Trust", "Ltd"))
    rows = [["Details", "Quantity", "Unit Price", "Net Amount"]]
    net = 0.0
    for name, price in (("Oak door frames", 184.0), ("Fitting labour (hours)", 42.5)):
        qty = rng.randint(2, 8)
        net = round(net + qty * price, 2)
        rows.append([name, f"{qty}.00", f"{price:,.2f}", f"{qty * price:,.2f}"])
        s.item(name, qty, price, qty * price)
    vat = round(net * 0.2, 2)
    blocks: list[Block] = [
        ("lines", [vendor, "Mytholm Works, Hebden Bridge HX7 6DL"]),
        ("title", "INVOICE"),
        (
            "kv_below",
            [
                ("Invoice No.", s.number(str(rng.randint(2000, 9999)))),
                ("Tax Date", s.day(issued, "issue", numeric(issued, "eu"))),
                ("Account Ref", "HEBTRU01"),
            ],
        ),
        ("lines", ["Invoice Address", customer, "Market Street, Hebden Bridge"]),
        ("table", rows),
        (
            "kv_below",
            [
                ("Total Net Amount", s.money(net)),
                ("Total VAT Amount", s.money(vat)),
                ("INVOICE TOTAL", s.total(round(net + vat, 2))),
            ],
        ),
        ("para", "Terms: 30 days from the date of invoice."),
    ]
    return "md", blocks, s.w


def odoo_purchase_order(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """An ERP purchase order: "Purchase Order #P00042", order date and expected arrival as
    a row of labels over a row of values, the total with the currency code before it."""
    s = Sheet(Writer(rng, currency="USD"), Money("USD", "$ {n}"))
    ordered = _day(rng)
    arrival = ordered + dt.timedelta(days=rng.randint(5, 20))
    buyer = s.w.org(("Greystone Brewing", "Co."))
    supplier = s.vendor(("Palisade Glassworks", "Inc."))
    rows = [["Description", "Date Req.", "Qty", "Unit Price", "Amount"]]
    total = 0.0
    for name, price in (("Amber bottle 330ml (case)", 18.6), ("Crown caps 26mm (box)", 42.0)):
        qty = rng.randint(10, 60)
        total = round(total + qty * price, 2)
        rows.append(
            [name, numeric(arrival, "us"), f"{qty}.00 Units", f"{price:.2f}", s.money(qty * price)]
        )
        s.item(name, qty, price, qty * price)
    blocks: list[Block] = [
        ("lines", [buyer, "410 Foundry St, Asheville, NC 28801"]),
        ("lines", ["Vendor address:", supplier, "77 Kiln Road, Toledo, OH 43604"]),
        ("title", f"Purchase Order #{s.number(f'P{rng.randint(10, 999):05d}')}"),
        (
            "table",
            [
                ["Purchase Representative", "Order Date", "Expected Arrival"],
                [
                    "Dana Whitcombe",
                    s.day(ordered, "issue", numeric(ordered, "us")),
                    s.day(arrival, "due", numeric(arrival, "us")),
                ],
            ],
        ),
        ("table", rows),
        ("columns", [("Total", s.total(total))]),
    ]
    s.w.person("Dana Whitcombe")
    return "pdf", blocks, s.w


def bestellung(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """An SAP purchase order in German: "Bestellnummer/Datum" over "4500012345/05.12.2026",
    "Liefertermin", "Gesamtnettowert ohne Mwst EUR"."""
    s = Sheet(Writer(rng, currency="EUR", european=True), Money("EUR", "EUR {n}", ",", "."))
    ordered = _day(rng)
    delivery = ordered + dt.timedelta(days=rng.randint(7, 28))
    buyer = s.w.org(("Stadtwerke Rosenheim", "GmbH"))
    supplier = s.vendor(("Kabelwerk Oberland", "AG"))
    rows = [["Pos.", "Material", "Menge", "Preis/Einheit", "Nettowert"]]
    total = 0.0
    for pos, (name, price) in enumerate((("NYY-J 5x16 Kabel (m)", 14.2), ("Muffe 5x16", 38.5))):
        qty = rng.randint(20, 200)
        total = round(total + qty * price, 2)
        rows.append([f"{(pos + 1) * 10:05d}", name, str(qty), s.money(price, mark=False),
                     s.money(qty * price, mark=False)])  # fmt: skip
        s.item(name, qty, price, qty * price)
    number = f"45000{rng.randint(10000, 99999)}"
    blocks: list[Block] = [
        ("lines", [buyer, "Bayerstraße 5, 83022 Rosenheim"]),
        ("title", "Bestellung"),
        (
            "table",
            [
                ["Bestellnummer", "Datum"],
                [s.number(number), s.day(ordered, "issue", numeric(ordered, "dot"))],
            ],
        ),
        ("lines", ["Lieferant:", supplier, "Industriestraße 9, 82377 Penzberg"]),
        ("kv", [("Liefertermin", s.day(delivery, "due", numeric(delivery, "dot")))]),
        ("table", rows),
        ("kv", [("Gesamtnettowert ohne Mwst", s.total(total))]),
    ]
    return "docx", blocks, s.w


def utility_bill(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """An electricity bill over two pages: the account summary first (bill date, the service
    period, amount due, due date), the charges on the second page."""
    s = Sheet(Writer(rng, currency="USD"), Money("USD", "${n}"))
    billed = _day(rng)
    due = billed + dt.timedelta(days=21)
    start = billed - dt.timedelta(days=35)
    end = billed - dt.timedelta(days=5)
    s.w.plain_org("Tri-County Electric Cooperative")
    holder = s.w.person("Marisol Quintero")
    account = f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    rows = [["Charge", "Usage", "Rate", "Amount"]]
    charges = 0.0
    kwh = rng.randint(400, 1200)
    for name, usage, rate, amount in (
        ("Customer charge", "", "", 14.0),
        ("Energy charge", f"{kwh} kWh", "$0.1123", round(kwh * 0.1123, 2)),
        ("Fuel cost adjustment", f"{kwh} kWh", "$0.0087", round(kwh * 0.0087, 2)),
    ):
        charges = round(charges + amount, 2)
        rows.append([name, usage, rate, s.money(amount)])
        s.item(name, None, None, amount)
    previous = round(rng.uniform(60, 180), 2)
    blocks: list[Block] = [
        ("lines", ["Tri-County Electric Cooperative", "PO Box 880, Madison, FL 32341"]),
        ("title", "Your Electric Bill"),
        (
            "columns",
            [
                ("Account Number", s.number(account)),
                ("Bill Date", s.day(billed, "issue", numeric(billed, "us_abbr"))),
                ("Service Period", f"{numeric(start, 'us_abbr')} - {numeric(end, 'us_abbr')}"),
            ],
        ),
        ("lines", [holder, "2290 Old Mill Rd, Madison, FL 32340"]),
        ("heading", "Account Summary"),
        (
            "columns",
            [
                ("Previous Balance", s.money(previous)),
                ("Payment Received - Thank You", s.money(-previous)),
                ("Current Charges", s.money(charges)),
                ("Amount Due", s.total(charges)),
                ("Due Date", s.day(due, "due", numeric(due, "us_abbr"))),
            ],
        ),
        ("break", None),
        ("heading", "Details of Current Charges"),
        ("table", rows),
        ("columns", [("Total Current Charges", s.money(charges))]),
    ]
    return "pdf", blocks, s.w


def card_statement(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A credit-card statement: closing date, payment due date and new balance in a summary
    box, a payment in parentheses, two-digit years in the transaction list."""
    s = Sheet(Writer(rng, currency="USD"), Money("USD", "${n}", negative="()"))
    closing = _day(rng)
    due = closing + dt.timedelta(days=25)
    s.w.plain_org("Meridian Trust Card Services")
    holder = s.w.person("Desmond Okafor")
    account = f"XXXX XXXX XXXX {rng.randint(1000, 9999)}"
    rows = [["Date", "Description", "Amount"]]
    balance = previous = round(rng.uniform(200, 900), 2)
    for offset, (name, value) in enumerate(
        (("PAYMENT - THANK YOU", -previous), ("GREENLEAF MARKET #112", 84.23),
         ("SKYWAY AIRLINES", 412.6), ("CITY PARKING 04", 18.0))
    ):  # fmt: skip
        balance = round(balance + value, 2)
        day = closing - dt.timedelta(days=24 - offset * 5)
        rows.append([f"{day.month:02d}/{day.day:02d}/{day.year % 100:02d}", name, s.money(value)])
        s.item(name, None, None, value)
    blocks: list[Block] = [
        ("title", "Meridian Trust Card Services"),
        ("lines", [holder, "7 Lakeview Terrace, Columbus, OH 43215"]),
        (
            "columns",
            [
                ("Account Number", s.number(account)),
                ("Statement Closing Date", s.day(closing, "issue", numeric(closing, "us"))),
                ("Payment Due Date", s.day(due, "due", numeric(due, "us"))),
                ("Previous Balance", s.money(previous)),
                ("New Balance", s.total(balance)),
                ("Minimum Payment Due", s.money(35.0)),
            ],
        ),
        ("heading", "Transactions"),
        ("table", rows),
    ]
    return "html", blocks, s.w


def dutch_bank(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A Dutch bank statement: "Rekeningafschrift", debit/credit marks, "Nieuw saldo"."""
    s = Sheet(Writer(rng, currency="EUR", european=True), Money("EUR", "€ {n}", ",", "."))
    dated = _day(rng)
    s.w.plain_org("Zuiderzee Spaarbank")
    holder = s.w.person("Femke de Groot")
    rows = [["Datum", "Omschrijving", "Af", "Bij"]]
    balance = opening = round(rng.uniform(800, 4000), 2)
    for offset, (name, value) in enumerate(
        (("Salaris november", 2840.0), ("Huur december", -1150.0), ("Albert Heijn 1021", -64.37))
    ):
        balance = round(balance + value, 2)
        day = dated - dt.timedelta(days=20 - offset * 6)
        amount = s.money(abs(value), mark=False)
        rows.append([numeric(day, "dash"), name, "" if value > 0 else amount,
                     amount if value > 0 else ""])  # fmt: skip
        s.item(name, None, None, abs(value))
    blocks: list[Block] = [
        ("lines", ["Zuiderzee Spaarbank", "Postbus 1200, 8200 BA Lelystad"]),
        ("title", "Rekeningafschrift"),
        (
            "kv",
            [
                ("Rekeninghouder", holder),
                ("Rekeningnummer", "NL42 ZZSB 0123 4567 89"),
                ("Afschriftnummer", s.number(f"{dated.year}/{dated.month:02d}")),
                ("Datum", s.day(dated, "issue", numeric(dated, "dash"))),
            ],
        ),
        ("kv", [("Vorig saldo", s.money(opening))]),
        ("table", rows),
        ("kv", [("Nieuw saldo", s.total(balance))]),
    ]
    return "md", blocks, s.w


def german_contract(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A German service contract: "Vertragsnummer", "Vertragsbeginn" and "Vertragsende"."""
    s = Sheet(Writer(rng, currency="EUR", european=True), Money("EUR", "{n} €", ",", "."))
    begin = dt.date(_day(rng).year + 1, rng.choice((1, 4, 7)), 1)
    end = dt.date(begin.year + rng.randint(1, 3), begin.month, 1) - dt.timedelta(days=1)
    provider = s.w.org(("Aufzugsdienst Sommer", "GmbH"))
    client = s.w.org(("Wohnbau Neckartal", "eG"))
    blocks: list[Block] = [
        ("title", "Wartungsvertrag"),
        ("kv", [("Vertragsnummer", s.number(f"WV-{begin.year}-{rng.randint(100, 999)}"))]),
        (
            "para",
            f"zwischen {provider}, Neckarstraße 4, 72070 Tübingen (Auftragnehmer) und "
            f"{client}, Uhlandstraße 9, 72072 Tübingen (Auftraggeber).",
        ),
        ("heading", "§ 1 Laufzeit"),
        (
            "kv",
            [
                ("Vertragsbeginn", s.day(begin, "effective", numeric(begin, "dot"))),
                ("Vertragsende", s.day(end, "end", numeric(end, "dot"))),
            ],
        ),
        ("heading", "§ 2 Vergütung"),
        ("para", f"Die jährliche Pauschale beträgt {s.money(4800.0)} zzgl. USt."),
    ]
    return "txt", blocks, s.w


def us_contract(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """An English agreement whose dates are written in words ("the 1st day of January,
    2027") and defined after them."""
    s = Sheet(Writer(rng, currency="USD"), Money("USD", "${n}"))
    begin = dt.date(_day(rng).year + 1, rng.choice((1, 3, 9)), 1)
    end = dt.date(begin.year + 1, begin.month, 1) - dt.timedelta(days=1)
    a = s.w.org(("Bluestem Staffing Partners", "LLC"))
    b = s.w.org(("Prairie View Hospital", "Inc."))
    month = begin.strftime("%B")
    start_text = f"the {ordinal(begin.day)} day of {month}, {begin.year}"
    blocks: list[Block] = [
        ("title", "STAFFING SERVICES AGREEMENT"),
        (
            "para",
            f"This Staffing Services Agreement is entered into by and between {a} and {b}. "
            f"The term of this Agreement shall commence on "
            f'{s.day(begin, "effective", start_text)} (the "Commencement Date") and shall '
            f"continue until {s.day(end, 'end', numeric(end, 'us_ord'))}, unless terminated "
            "earlier as provided herein.",
        ),
        ("para", f"Fees shall not exceed {s.money(250000.0)} in any contract year."),
    ]
    return "pdf", blocks, s.w


def minutes_heading(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """Minutes whose heading carries the meeting date with its weekday; the next meeting's
    date later on has no role."""
    s = Sheet(Writer(rng, currency="GBP"), Money("GBP", "£{n}"))
    held = _day(rng)
    later = held + dt.timedelta(days=28)
    s.w.org(("Castleford Allotment Society", "Ltd"))
    chair, clerk = s.w.person("Beatrice Holloway"), s.w.person("Owen Pritchard")
    date = s.day(held, "issue", spelled(held, "en", weekday=True))
    heading = f"Minutes of the meeting held on {date}"
    blocks: list[Block] = [
        ("title", "Castleford Allotment Society Ltd"),
        ("heading", heading),
        ("lines", [f"Present: {chair} (Chair), {clerk} (Secretary)"]),
        ("heading", "1. Water charges"),
        ("para", f"The treasurer reported water charges of {s.money(612.4)} for the year."),
        ("heading", "2. Date of next meeting"),
        ("para", f"{spelled(later, 'en', weekday=True)} at 7.30 pm in the pavilion."),
    ]
    return "md", blocks, s.w


def notulen(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """Dutch minutes: "Notulen van de ledenvergadering van dinsdag 3 maart 2026"."""
    s = Sheet(Writer(rng, currency="EUR", european=True), Money("EUR", "€ {n}", ",", "."))
    held = _day(rng)
    s.w.plain_org("Tennisvereniging De Linde")
    chair, secretary = s.w.person("Joost Verhoeven"), s.w.person("Anouk Smits")
    date = s.day(held, "issue", spelled(held, "nl", weekday=True))
    heading = f"Notulen van de ledenvergadering van {date}"
    blocks: list[Block] = [
        ("title", heading),
        ("lines", ["Tennisvereniging De Linde"]),
        ("lines", [f"Aanwezig: {chair} (voorzitter), {secretary} (secretaris)"]),
        ("heading", "1. Contributie"),
        ("para", f"De contributie voor 2027 wordt vastgesteld op {s.money(185.0)} per lid."),
    ]
    return "docx", blocks, s.w


__all__ = [
    "bestellung", "card_statement", "dutch_bank", "german_contract", "minutes_heading",
    "notulen", "odoo_purchase_order", "sage_invoice", "us_contract", "utility_bill",
]  # fmt: skip
