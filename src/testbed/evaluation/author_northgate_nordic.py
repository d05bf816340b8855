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
    money,
)
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
    companies: tuple[str, ...]
    people: tuple[str, ...]
    cities: tuple[str, ...]


SWEDEN = Country(
    "SE",
    "SEK",
    "space",
    ("iso",),
    "FAKTURA",
    "KREDITFAKTURA",
    "Fakturanr",
    "Kreditfakturanr",
    "Fakturadatum",
    "Förfallodatum",
    "Kundnr",
    "Ordernr",
    "Leveransdatum",
    "Netto {n} dagar",
    "Moms",
    25.0,
    "Netto",
    "Att betala",
    "Att återfå",
    "OCR-nummer",
    (
        "Nordvik Byggvaror AB",
        "Fjällström Logistik AB",
        "Sörmlands Verktyg AB",
        "Linnéa Kontorsservice AB",
    ),
    ("Anna Lindqvist", "Johan Ekström", "Karin Sjöberg", "Mats Holmgren"),
    ("SE-114 35 Stockholm", "SE-411 04 Göteborg", "SE-211 20 Malmö"),
)
DENMARK = Country(
    "DK",
    "DKK",
    "dot",
    ("dots", "long-da"),
    "FAKTURA",
    "KREDITNOTA",
    "Fakturanr.",
    "Kreditnotanr.",
    "Fakturadato",
    "Forfaldsdato",
    "Kundenr.",
    "Ordrenr.",
    "Leveringsdato",
    "Netto {n} dage",
    "Moms",
    25.0,
    "Subtotal",
    "I alt at betale",
    "I alt krediteret",
    "FIK-kode",
    ("Kildegaard A/S", "Havbro Trading ApS", "Østerbro Lys og Lyd ApS", "Vesterhav Fisk A/S"),
    ("Mette Kjærgaard", "Søren Holm", "Line Dahl", "Rasmus Bech"),
    ("DK-2100 København Ø", "DK-8000 Aarhus C", "DK-5000 Odense C"),
)
NORWAY = Country(
    "NO",
    "NOK",
    "space",
    ("dots",),
    "FAKTURA",
    "KREDITNOTA",
    "Fakturanr.",
    "Kreditnotanr.",
    "Fakturadato",
    "Forfallsdato",
    "Kundenr.",
    "Ordrenr.",
    "Leveringsdato",
    "Netto {n} dager",
    "MVA",
    25.0,
    "Sum eks. MVA",
    "Å betale",
    "Til gode",
    "KID",
    ("Bergfjord Elektro AS", "Trollheimen Maskin AS", "Nordlys Kontor AS"),
    ("Ingrid Haugen", "Ola Nordmann Bakke", "Siri Solberg", "Erik Dahle"),
    ("0150 Oslo", "5003 Bergen", "7010 Trondheim"),
)
FINLAND = Country(
    "FI",
    "EUR",
    "space",
    ("dots", "long-fi"),
    "LASKU",
    "HYVITYSLASKU",
    "Laskun numero",
    "Hyvityslaskun numero",
    "Laskun päivämäärä",
    "Eräpäivä",
    "Asiakasnumero",
    "Tilausnumero",
    "Toimituspäivä",
    "{n} pv netto",
    "ALV",
    25.5,
    "Veroton yhteensä",
    "Maksettava yhteensä",
    "Hyvitetään yhteensä",
    "Viitenumero",
    ("Kuusikoski Oy", "Järvinen Tekniikka Oy", "Saimaan Puu Oy", "Pohjolan Kuljetus Oy"),
    ("Laura Virtanen", "Mikko Korhonen", "Aino Mäkelä", "Jussi Nieminen"),
    ("00100 Helsinki", "33100 Tampere", "90100 Oulu"),
)
COUNTRIES = (SWEDEN, DENMARK, NORWAY, FINLAND)

#: Goods and services an office buys from Nordic suppliers: description, price range.
GOODS = (
    ("Pallet racking beam 2700 mm", 40, 190),
    ("Installation work, hours", 45, 110),
    ("Office chair Ergo 3", 180, 420),
    ("Freight / Frakt", 20, 95),
    ("LED panel 600x600 36W", 25, 80),
    ("Consulting, project review", 90, 160),
    ("Printer toner TK-5240 black", 60, 140),
    ("Safety gloves, box of 12", 8, 30),
    ('Hydraulic hose 1/2" x 2 m', 18, 55),
    ("Annual licence, ERP module", 400, 1500),
)

#: The English-reading office the papers are addressed to.
BUYERS = (
    (
        "Brightwell Instruments Ltd",
        ["Accounts Payable", "14 Chapel Street", "Leeds LS1 4DY", "United Kingdom"],
    ),
    (
        "Harrow & Kent Engineering Ltd",
        ["Purchasing Dept.", "Unit 7, Riverside Park", "Reading RG1 8EQ", "United Kingdom"],
    ),
    ("Blue Finch Analytics Ltd", ["Finance", "3 Dock Road", "Dublin D02 X285", "Ireland"]),
)


#: How a credit note names the invoice it corrects, and each country's bank.
_RELATES = {
    "SE": "Avser faktura",
    "DK": "Vedr. faktura",
    "NO": "Gjelder faktura",
    "FI": "Koskee laskua",
}
_BIC = {"SE": "HANDSESS", "DK": "DABADKKK", "NO": "DNBANOKK", "FI": "NDEAFIHH"}


def _company_lines(rng: random.Random, country: Country, name_mark: str) -> list[str]:
    street = rng.choice(["Industrivägen", "Havnegade", "Storgata", "Teollisuuskatu"])
    ident = {
        "SE": f"Org.nr 556{digits(rng, 3)}-{digits(rng, 4)} · Momsreg.nr SE556{digits(rng, 7)}01",
        "DK": f"CVR-nr. {digits(rng, 8)}",
        "NO": f"Org.nr. {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} MVA",
        "FI": f"Y-tunnus {digits(rng, 7)}-{rng.randrange(10)} · ALV-nro FI{digits(rng, 8)}",
    }[country.code]
    phone = {"SE": "+46 8", "DK": "+45", "NO": "+47", "FI": "+358 9"}[country.code]
    return [
        name_mark,
        f"{street} {rng.randint(2, 88)}, {rng.choice(country.cities)}",
        ident,
        f"Tel. {phone} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
    ]


def _payment_ref(rng: random.Random, country: Country) -> tuple[str, str]:
    """The reference to quote and where to pay, as each country prints them."""
    if country.code == "SE":
        return digits(rng, rng.choice([10, 12, 14])), f"Bankgiro {digits(rng, 4)}-{digits(rng, 4)}"
    if country.code == "DK":
        return (
            f"+71<{digits(rng, 15)}+{digits(rng, 8)}<",
            f"Reg.nr. {digits(rng, 4)} Konto {digits(rng, 10)}",
        )
    if country.code == "NO":
        return digits(
            rng, rng.choice([9, 11])
        ), f"Kontonr. {digits(rng, 4)}.{digits(rng, 2)}.{digits(rng, 5)}"
    return (
        f"RF{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)}",
        f"IBAN FI{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
    )


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
    currency = country.currency
    ref, account = _payment_ref(rng, country)
    number = (
        str(rng.randint(10200, 98999)) if rng.random() < 0.7 else f"{issued.year}-{digits(rng, 4)}"
    )
    sign = -1 if credit else 1

    rows, net = (
        [
            [
                "Art.nr",
                "Benämning / Description" if country.code == "SE" else "Description",
                "Qty",
                "Unit price",
                f"Amount {currency}",
            ]
        ],
        0.0,
    )
    for desc, low, high in rng.sample(GOODS, rng.randint(1, 4 if not credit else 2)):
        qty = sign * rng.randint(1, 12)
        unit = cents(rng, low, high)
        amount = round(qty * unit, 2)
        net += amount
        rows.append(
            [
                digits(rng, 5),
                desc,
                str(qty),
                money(unit, country.style),
                money(amount, country.style),
            ]
        )
        book.row(desc, qty, unit, amount)
    net = round(net, 2)
    vat = round(net * country.vat_rate / 100, 2)
    gross = round(net + vat, 2)
    rounding = 0.0
    if country.code == "SE" and not credit and rng.random() < 0.6:
        rounding = round(round(gross) - gross, 2)
    payable = round(gross + rounding, 2)
    book.cash(net, currency)
    book.cash(vat, currency)

    title = country.credit if credit else country.invoice
    english = "CREDIT NOTE" if credit else "INVOICE"
    with_due = not credit and rng.random() < 0.82
    panel = [
        (
            f"{country.credit_number if credit else country.number} / "
            f"{'Credit note' if credit else 'Invoice'} no.",
            book.num(number),
        ),
        (f"{country.issued} / Date", book.day("issue", issued, day_text(issued, style))),
        (f"{country.customer} / Customer no.", digits(rng, 5)),
        (f"{country.order} / Order no.", f"{rng.choice(['', 'PO-', 'ORD '])}{digits(rng, 6)}"),
        ("Vår referens / Our ref." if country.code == "SE" else "Our ref.", our),
        ("Er referens / Your ref." if country.code == "SE" else "Your ref.", your),
    ]
    if with_due:
        panel.append((f"{country.due} / Due date", book.day("due", due, day_text(due, style))))
    if not credit:
        panel.append(
            (
                "Betalningsvillkor / Terms" if country.code == "SE" else "Terms",
                country.terms.format(n=days),
            )
        )
    delivered = issued - dt.timedelta(days=rng.randint(0, 9))

    totals = [
        (f"{country.net} / Net", f"{money(net, country.style)} {currency}"),
        (
            f"{country.vat} {country.vat_rate:g} % / VAT".replace(".", ","),
            f"{money(vat, country.style)} {currency}",
        ),
    ]
    if rounding:
        totals.append(("Öresavrundning / Rounding", money(rounding, country.style)))
    closing = (
        country.credited + " / Amount credited" if credit else country.payable + " / Amount due"
    )
    totals.append(
        (closing, f"{book.pay(payable, currency, money(payable, country.style))} {currency}")
    )

    body: list = [("title", f"{title} / {english}")]
    if credit:
        original = rng.randint(10200, 98999)
        was = issued - dt.timedelta(days=rng.randint(12, 60))
        body.append(
            (
                "para",
                f"{_RELATES[country.code]} / Relates to invoice no. {original} of "
                f"{day_text(was, style)}. Reason: returned goods.",
            )
        )
    else:
        body.append(("para", f"{country.delivered} / Delivery date: {day_text(delivered, style)}"))
    body += [("table", rows), ("kv", totals)]
    if credit:
        body.append(
            (
                "para",
                "The credited amount will be set off against your next invoice "
                "or refunded on request.",
            )
        )
    else:
        pay_by = f" by {day_text(due, style)}" if with_due and rng.random() < 0.4 else ""
        body.append(
            (
                "para",
                f"Please pay{pay_by} to {account}, quoting {country.reference} "
                f"{ref}. Late payment interest 8 % p.a.",
            )
        )
    sheet = Sheet(
        head=_company_lines(rng, country, book.seller(vendor)),
        panel=panel,
        panel_style=rng.choice(["box", "box", "stack"]),
        address=[buyer, *buyer_lines],
        body=body,
        running=rng.choice([None, "Sida / Page {page} ({pages})"]),
        footer=[
            f"{vendor} · {account} · IBAN {country.code}{digits(rng, 2)} {digits(rng, 4)} "
            f"{digits(rng, 4)} {digits(rng, 4)} · BIC {_BIC[country.code]}"
        ],
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )
    return sheet, book


def nordic_credit(rng: random.Random) -> tuple[Sheet, Book]:
    """A Nordic credit note: the invoice's layout with its amounts negative."""
    return nordic_invoice(rng, credit=True)


__all__ = ["BUYERS", "nordic_credit", "nordic_invoice"]
