"""Polish invoices printed bilingual for a foreign buyer: "Faktura VAT nr FV/0457/11/2026" in
the title, the place and dates of issue and of sale in a box, seller and buyer side by side
with their NIP and VAT numbers, net and gross columns, and the payment term as a date or only
as "14 dni". A correction ("Faktura korygująca") names the invoice it corrects and its date.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_northgate_style import (
    Book,
    a_day,
    day_text,
    digits,
    grouped,
    money,
    panel_style,
)
from testbed.evaluation.author_northgate_trade import buyer_lines, item_rows, parties
from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_dues_print import Sheet

_SELLERS = ("Polmetal Sp. z o.o.", "Wiśniewski Trans Sp. z o.o.",
            "Zakłady Mechaniczne Warta S.A.", "Bałtyk Opakowania Sp. z o.o.")  # fmt: skip
_HEAD = ["Lp.", "Nazwa / Description", "Ilość / Qty", "J.m.", "Cena netto", "Wartość netto",
         "VAT"]  # fmt: skip


def _pln(value: float) -> str:
    return f"{money(value, 'space')} PLN"


def _totals(rng: random.Random, book: Book, net: float, *, correction: bool) -> list[Block]:
    """The sums under the table; an advance already paid is shown, the invoice still bills
    its gross total."""
    vat = round(net * 0.23, 2)
    gross = round(net + vat, 2)
    book.cash(net, "PLN")
    book.cash(vat, "PLN")
    rows = [("Razem netto / Total net", _pln(net)), ("VAT 23%", _pln(vat))]
    billed = f"{book.pay(gross, 'PLN', money(gross, 'space'))} PLN"
    if correction:
        rows += [("Razem korekta brutto / Total correction (gross)", billed),
                 ("Do zwrotu / To be refunded", _pln(-gross))]  # fmt: skip
    elif rng.random() < 0.2:
        paid = round(gross * rng.choice([0.2, 0.3, 0.5]))
        rows += [("Razem brutto / Total gross", billed), ("Zapłacono / Paid (advance)", _pln(paid)),
                 ("Pozostało do zapłaty / Balance due", _pln(gross - paid))]  # fmt: skip
    else:
        rows.append(("Do zapłaty / Amount due", billed))
    return [("kv", rows)]


def polish_invoice(rng: random.Random, *, correction: bool = False) -> tuple[Sheet, Book]:
    """A Polish "Faktura VAT" (or its correction, "Faktura korygująca") to a British buyer."""
    book = Book("invoice")
    seller = rng.choice(_SELLERS)
    city = rng.choice(["Poznań", "Gdańsk", "Łódź", "Wrocław"])
    issued = a_day(rng)
    style = rng.choice(["iso", "dots", "iso", "dots", "long-pl"])
    seq = rng.randint(12, 980)
    month = f"{issued.month:02d}/{issued.year}"
    number = rng.choice([f"FV/{seq:04d}/{month}", f"{seq}/{month}", f"FS {seq}/{issued.year}"])
    if correction:
        number = f"KOR/{rng.randint(1, 60)}/{issued.year}"
    sign, most = (-1, 2) if correction else (1, 5)
    rows, net = item_rows(rng, book, 4.2, sign=sign, most=most)
    for row in rows:
        row.append("23%")
    shown = book.day("issue", issued, day_text(issued, style))
    panel = [("Miejsce wystawienia / Place of issue", city),
             ("Data wystawienia / Date of issue", shown)]  # fmt: skip
    if not correction:
        sold = issued - dt.timedelta(days=rng.randint(0, 6))
        panel.append(("Data sprzedaży / Date of sale", day_text(sold, style)))
    title = "Faktura korygująca / Corrective invoice" if correction else "Faktura VAT / VAT Invoice"
    body: list[Block] = [("title", f"{title} nr {book.num(number)}")]
    if rng.random() < 0.5:
        body.append(("para", rng.choice(["ORYGINAŁ / ORIGINAL", "KOPIA / COPY"])))
    street = f"ul. Przemysłowa {rng.randint(1, 90)}, {digits(rng, 2)}-{digits(rng, 3)} {city}"
    nip = f"NIP: {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}"
    body.append(parties(("Sprzedawca / Seller", [book.seller(seller), street, nip]),
                        ("Nabywca / Buyer", buyer_lines(rng, book))))  # fmt: skip
    if correction:
        original = f"FV/{rng.randint(12, 980):04d}/{issued.month:02d}/{issued.year}"
        was = day_text(issued - dt.timedelta(days=rng.randint(5, 40)), style)
        body.append(("para", f"Dotyczy faktury / Relates to invoice nr {original} z dnia / of "
                              f"{was}. Przyczyna korekty / Reason: zwrot towaru / return of "
                              "goods."))  # fmt: skip
    body += [("table", [_HEAD, *rows]), *_totals(rng, book, net, correction=correction)]
    days = rng.choice([7, 14, 21, 30])
    due = issued + dt.timedelta(days=days)
    terms = [("Sposób płatności / Payment method", "przelew / bank transfer")]
    if correction:
        terms.append(("Termin zwrotu / Refund", f"{days} dni / days"))
    elif rng.random() < 0.75:
        terms.append(("Termin płatności / Payment due", book.day("due", due, day_text(due, style))))
    else:
        terms.append(("Termin płatności / Payment terms", f"{days} dni / days"))
    terms.append(("Nr konta / Bank account", grouped(rng, "PL", 2, 4, 4, 4, 4, 4, 4)))
    issuer = book.person(rng.choice(["Anna Kowalska", "Piotr Nowak", "Katarzyna Wójcik"]))
    signed = [(f"Wystawił(a) / Issued by: {issuer}", "Odebrał(a) / Received by: ")]
    body += [("kv", terms), ("columns", signed)]
    phone = grouped(rng, "tel. +48 ", 2, 3, 2, 2)
    capital = rng.choice(["50 000", "100 000", "500 000"])
    sheet = Sheet(
        head=[seller, f"{city} · BDO {digits(rng, 9)} · {phone}"],
        panel=panel, panel_style=panel_style(rng, panel),
        text_panel=rng.choice(["kv", "columns"]), body=body,
        running=rng.choice([None, "Strona / Page {page} z / of {pages}"]),
        footer=[f"KRS {digits(rng, 10)} · Kapitał zakładowy / Share capital {capital} PLN"],
    )  # fmt: skip
    return sheet, book


def polish_correction(rng: random.Random) -> tuple[Sheet, Book]:
    """A Polish corrective invoice: a return credited, the difference negative."""
    return polish_invoice(rng, correction=True)


__all__ = ["polish_correction", "polish_invoice"]
