"""Nordic invoices and credit notes as they reach an English-reading office: bilingual labels
("Fakturanr / Invoice no."), a customer and an order number beside the invoice's own, the
payment reference (OCR, KID, FIK, viitenumero) that is a long number of its own, and terms
("Netto 30 dagar") printed with or without the day they lead to.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from testbed.evaluation.author_northgate_style import (
    Book,
    a_day,
    cents,
    day_text,
    digits,
    grouped,
    money,
    panel_style,
)
from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_dues_print import Sheet


@dataclass(frozen=True)
class Country:
    """One Nordic country's invoice vocabulary, in its language over the English."""

    code: str
    currency: str
    style: str  # money style
    days: tuple[str, ...]  # date styles it prints
    invoice: str
    credit: str
    number: str
    credit_number: str
    issued: str
    due: str
    customer: str
    order: str
    delivered: str
    terms: str  # with {n}
    vat: str
    vat_rate: float
    net: str
    payable: str
    credited: str
    reference: str
    relates: str  # how a credit note names the invoice it corrects
    bic: str
    companies: tuple[str, ...]
    people: tuple[str, ...]
    cities: tuple[str, ...]


SWEDEN = Country(
    "SE", "SEK", "space", ("iso",), "FAKTURA", "KREDITFAKTURA", "Fakturanr", "Kreditfakturanr",
    "Fakturadatum", "Förfallodatum", "Kundnr", "Ordernr", "Leveransdatum", "Netto {n} dagar",
    "Moms", 25.0, "Netto", "Att betala", "Att återfå", "OCR-nummer", "Avser faktura", "HANDSESS",
    ("Nordvik Byggvaror AB", "Fjällström Logistik AB", "Sörmlands Verktyg AB",
     "Linnéa Kontorsservice AB"),
    ("Anna Lindqvist", "Johan Ekström", "Karin Sjöberg", "Mats Holmgren"),
    ("SE-114 35 Stockholm", "SE-411 04 Göteborg", "SE-211 20 Malmö"),
)  # fmt: skip
DENMARK = Country(
    "DK", "DKK", "dot", ("dots", "long-da"), "FAKTURA", "KREDITNOTA", "Fakturanr.",
    "Kreditnotanr.", "Fakturadato", "Forfaldsdato", "Kundenr.", "Ordrenr.", "Leveringsdato",
    "Netto {n} dage", "Moms", 25.0, "Subtotal", "I alt at betale", "I alt krediteret",
    "FIK-kode", "Vedr. faktura", "DABADKKK",
    ("Kildegaard A/S", "Havbro Trading ApS", "Østerbro Lys og Lyd ApS", "Vesterhav Fisk A/S"),
    ("Mette Kjærgaard", "Søren Holm", "Line Dahl", "Rasmus Bech"),
    ("DK-2100 København Ø", "DK-8000 Aarhus C", "DK-5000 Odense C"),
)  # fmt: skip
NORWAY = Country(
    "NO", "NOK", "space", ("dots",), "FAKTURA", "KREDITNOTA", "Fakturanr.", "Kreditnotanr.",
    "Fakturadato", "Forfallsdato", "Kundenr.", "Ordrenr.", "Leveringsdato", "Netto {n} dager",
    "MVA", 25.0, "Sum eks. MVA", "Å betale", "Til gode", "KID", "Gjelder faktura", "DNBANOKK",
    ("Bergfjord Elektro AS", "Trollheimen Maskin AS", "Nordlys Kontor AS"),
    ("Ingrid Haugen", "Ola Nordmann Bakke", "Siri Solberg", "Erik Dahle"),
    ("0150 Oslo", "5003 Bergen", "7010 Trondheim"),
)  # fmt: skip
FINLAND = Country(
    "FI", "EUR", "space", ("dots", "long-fi"), "LASKU", "HYVITYSLASKU", "Laskun numero",
    "Hyvityslaskun numero", "Laskun päivämäärä", "Eräpäivä", "Asiakasnumero", "Tilausnumero",
    "Toimituspäivä", "{n} pv netto", "ALV", 25.5, "Veroton yhteensä", "Maksettava yhteensä",
    "Hyvitetään yhteensä", "Viitenumero", "Koskee laskua", "NDEAFIHH",
    ("Kuusikoski Oy", "Järvinen Tekniikka Oy", "Saimaan Puu Oy", "Pohjolan Kuljetus Oy"),
    ("Laura Virtanen", "Mikko Korhonen", "Aino Mäkelä", "Jussi Nieminen"),
    ("00100 Helsinki", "33100 Tampere", "90100 Oulu"),
)  # fmt: skip
COUNTRIES = (SWEDEN, DENMARK, NORWAY, FINLAND)

#: Goods and services an office buys from Nordic suppliers: description, price range.
GOODS = (
    ("Pallet racking beam 2700 mm", 40, 190), ("Installation work, hours", 45, 110),
    ("Office chair Ergo 3", 180, 420), ("Freight / Frakt", 20, 95),
    ("LED panel 600x600 36W", 25, 80), ("Consulting, project review", 90, 160),
    ("Printer toner TK-5240 black", 60, 140), ("Safety gloves, box of 12", 8, 30),
    ('Hydraulic hose 1/2" x 2 m', 18, 55), ("Annual licence, ERP module", 400, 1500),
)  # fmt: skip
#: The English-reading office the papers are addressed to.
BUYERS = (
    ("Brightwell Instruments Ltd",
     ["Accounts Payable", "14 Chapel Street", "Leeds LS1 4DY", "United Kingdom"]),
    ("Harrow & Kent Engineering Ltd",
     ["Purchasing Dept.", "Unit 7, Riverside Park", "Reading RG1 8EQ", "United Kingdom"]),
    ("Blue Finch Analytics Ltd", ["Finance", "3 Dock Road", "Dublin D02 X285", "Ireland"]),
)  # fmt: skip


def _company_lines(rng: random.Random, country: Country, name: str) -> list[str]:
    """The letterhead: name, street, the company and VAT registration, a phone number."""
    street = {"SE": "Industrivägen", "DK": "Havnegade", "NO": "Storgata", "FI": "Teollisuuskatu"}
    ident = {
        "SE": f"Org.nr 556{digits(rng, 3)}-{digits(rng, 4)} · Momsreg.nr SE556{digits(rng, 7)}01",
        "DK": f"CVR-nr. {digits(rng, 8)}",
        "NO": f"Org.nr. {grouped(rng, '', 3, 3, 3)} MVA",
        "FI": f"Y-tunnus {digits(rng, 7)}-{rng.randrange(10)} · ALV-nro FI{digits(rng, 8)}",
    }[country.code]
    phone = {"SE": "+46 8 ", "DK": "+45 ", "NO": "+47 ", "FI": "+358 9 "}[country.code]
    place = f"{street[country.code]} {rng.randint(2, 88)}, {rng.choice(country.cities)}"
    return [name, place, ident, grouped(rng, f"Tel. {phone}", 3, 2, 2)]


def _payment_ref(rng: random.Random, country: Country) -> tuple[str, str]:
    """The reference to quote and where to pay, as each country prints them."""
    if country.code == "SE":
        return digits(rng, rng.choice([10, 12, 14])), f"Bankgiro {digits(rng, 4)}-{digits(rng, 4)}"
    if country.code == "DK":
        fik = f"+71<{digits(rng, 15)}+{digits(rng, 8)}<"
        return fik, f"Reg.nr. {digits(rng, 4)} Konto {digits(rng, 10)}"
    if country.code == "NO":
        kid = digits(rng, rng.choice([9, 11]))
        return kid, f"Kontonr. {digits(rng, 4)}.{digits(rng, 2)}.{digits(rng, 5)}"
    return grouped(rng, "RF", 2, 4, 4), grouped(rng, "IBAN FI", 2, 4, 4, 4, 2)


def _rows(rng: random.Random, book: Book, country: Country, *, credit: bool) -> list[list[str]]:
    """The item table, quantities negative on a credit note."""
    describe = "Benämning / Description" if country.code == "SE" else "Description"
    rows = [["Art.nr", describe, "Qty", "Unit price", f"Amount {country.currency}"]]
    for desc, low, high in rng.sample(GOODS, rng.randint(1, 2 if credit else 4)):
        qty = (-1 if credit else 1) * rng.randint(1, 12)
        unit = cents(rng, low, high)
        amount = round(qty * unit, 2)
        article = f"{country.code}{rng.choice('ABKMT')}-{digits(rng, 5)}"
        rows.append([article, desc, str(qty), money(unit, country.style),
                     money(amount, country.style)])  # fmt: skip
        book.row(desc, qty, unit, amount)
    return rows


def _totals(rng: random.Random, book: Book, country: Country, *, credit: bool) -> Block:
    """Net, VAT, a Swedish öre rounding sometimes, and what is to be paid (or credited)."""
    net = round(sum(item.amount for item in book.items or []), 2)
    vat = round(net * country.vat_rate / 100, 2)
    gross = round(net + vat, 2)
    rounding = 0.0
    if country.code == "SE" and not credit and rng.random() < 0.6:
        rounding = round(round(gross) - gross, 2)
    payable = round(gross + rounding, 2)
    book.cash(net, country.currency)
    book.cash(vat, country.currency)
    style, currency = country.style, country.currency
    rate = f"{country.vat_rate:g}".replace(".", ",")
    rows = [(f"{country.net} / Net", f"{money(net, style)} {currency}"),
            (f"{country.vat} {rate} % / VAT", f"{money(vat, style)} {currency}")]  # fmt: skip
    if rounding:
        rows.append(("Öresavrundning / Rounding", money(rounding, style)))
    closing = (
        f"{country.credited} / Amount credited" if credit else f"{country.payable} / Amount due"
    )
    rows.append((closing, f"{book.pay(payable, currency, money(payable, style))} {currency}"))
    return ("kv", rows)


def nordic_invoice(rng: random.Random, *, credit: bool = False) -> tuple[Sheet, Book]:
    """A Nordic supplier's invoice (or credit note) to a British or Irish customer."""
    country = rng.choice(COUNTRIES)
    book = Book("invoice")
    vendor = rng.choice(country.companies)
    buyer, buyer_lines = rng.choice(BUYERS)
    book.org(buyer)
    our, your = book.person(rng.choice(country.people)), rng.choice(["J. Carter", "P. Walsh"])
    issued = a_day(rng)
    style = rng.choice(country.days)
    days = rng.choice([10, 14, 20, 30])
    due = issued + dt.timedelta(days=days)
    ref, account = _payment_ref(rng, country)
    number = (
        str(rng.randint(10200, 98999)) if rng.random() < 0.7 else f"{issued.year}-{digits(rng, 4)}"
    )
    rows = _rows(rng, book, country, credit=credit)
    swedish = country.code == "SE"
    label = (
        f"{country.credit_number} / Credit note no."
        if credit
        else f"{country.number} / Invoice no."
    )
    panel = [
        (label, book.num(number)),
        (f"{country.issued} / Date", book.day("issue", issued, day_text(issued, style))),
        (f"{country.customer} / Customer no.", digits(rng, 5)),
        (f"{country.order} / Order no.", f"{rng.choice(['', 'PO-', 'ORD '])}{digits(rng, 6)}"),
        ("Vår referens / Our ref." if swedish else "Our ref.", our),
        ("Er referens / Your ref." if swedish else "Your ref.", your),
    ]  # fmt: skip
    with_due = not credit and rng.random() < 0.82
    if with_due:
        panel.append((f"{country.due} / Due date", book.day("due", due, day_text(due, style))))
    if not credit:
        terms = country.terms.format(n=days)
        panel.append(("Betalningsvillkor / Terms" if swedish else "Terms", terms))
    title = f"{country.credit} / CREDIT NOTE" if credit else f"{country.invoice} / INVOICE"
    body: list[Block] = [("title", title)]
    if credit:
        was = day_text(issued - dt.timedelta(days=rng.randint(12, 60)), style)
        original = rng.randint(10200, 98999)
        body.append(("para", f"{country.relates} / Relates to invoice no. {original} of {was}. "
                             "Reason: returned goods."))  # fmt: skip
    else:
        delivered = day_text(issued - dt.timedelta(days=rng.randint(0, 9)), style)
        body.append(("para", f"{country.delivered} / Delivery date: {delivered}"))
    body += [("table", rows), _totals(rng, book, country, credit=credit)]
    if credit:
        body.append(("para", "The credited amount will be set off against your next invoice "
                             "or refunded on request."))  # fmt: skip
    else:
        pay_by = f" by {day_text(due, style)}" if with_due and rng.random() < 0.4 else ""
        body.append(("para", f"Please pay{pay_by} to {account}, quoting {country.reference} "
                             f"{ref}. Late payment interest 8 % p.a."))  # fmt: skip
    iban = grouped(rng, f"IBAN {country.code}", 2, 4, 4, 4)
    sheet = Sheet(
        head=_company_lines(rng, country, book.seller(vendor)),
        panel=panel, panel_style=panel_style(rng, panel),
        address=[buyer, *buyer_lines], body=body,
        running=rng.choice([None, ("Sida / Page" if swedish else "Page") + " {page} ({pages})"]),
        footer=[" · ".join([vendor, account, *([] if account.startswith("IBAN") else [iban]),
                            f"BIC {country.bic}"])],
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )  # fmt: skip
    return sheet, book


def nordic_credit(rng: random.Random) -> tuple[Sheet, Book]:
    """A Nordic credit note: the invoice's layout with its amounts negative."""
    return nordic_invoice(rng, credit=True)


__all__ = ["BUYERS", "nordic_credit", "nordic_invoice"]
