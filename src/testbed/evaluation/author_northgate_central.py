"""Invoices from Czechia, Hungary and the Baltic states, printed bilingual with English: a
Czech invoice's number repeated as its variable symbol and its taxable-supply date beside the
issue date, Hungarian forints without decimals (or euros with the VAT in forints too) and
year-first dates, and a Baltic panel where the invoice, order and payment-reference numbers
stand one under another.
"""

from __future__ import annotations

import datetime as dt
import random

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
from testbed.evaluation.author_northgate_trade import GOODS, buyer_lines, item_rows, parties, slug
from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_dues_print import Sheet

_CZECH = ("Vltava Strojírny s.r.o.", "Novák Tisk a.s.", "Moravská Elektro s.r.o.",
          "Krkonoše Dřevo s.r.o.")  # fmt: skip
_CZECH_HEAD = ["Popis / Description", "Množství / Qty", "MJ", "Cena za MJ", "DPH",
               "Celkem bez DPH"]  # fmt: skip


def czech_invoice(rng: random.Random) -> tuple[Sheet, Book]:
    """A Czech "Faktura - daňový doklad": its number repeated as the variable symbol."""
    book = Book("invoice")
    seller = rng.choice(_CZECH)
    issued = a_day(rng)
    style = rng.choice(["dots", "cz", "dots", "cz", "long-cs"])
    serial = f"{issued.year}{rng.randint(1, 1999):04d}"
    number = rng.choice([serial, f"FV{serial}", f"{serial[:4]}-{serial[4:]}"])
    due = issued + dt.timedelta(days=rng.choice([14, 15, 30]))
    supplied = issued - dt.timedelta(days=rng.randint(0, 10))
    rows, net = item_rows(rng, book, 25.0, units=("ks", "hod", "m2"))
    rows = [[r[1], r[2], r[3], r[4], "21 %", r[5]] for r in rows]
    vat = round(net * 0.21, 2)
    gross = round(net + vat, 2)
    rounded = float(round(gross))
    book.cash(net, "CZK")
    book.cash(vat, "CZK")
    panel = [
        ("Variabilní symbol / Variable symbol", "".join(ch for ch in number if ch.isdigit())),
        ("Konstantní symbol", "0308"),
        ("Datum vystavení / Date of issue", book.day("issue", issued, day_text(issued, style))),
        ("DUZP / Date of taxable supply", day_text(supplied, style)),
        ("Datum splatnosti / Due date", book.day("due", due, day_text(due, style))),
    ]
    ico = digits(rng, 8)
    account = f"{digits(rng, 9)}/{rng.choice(['0800', '0100', '2010'])}"
    issuer = book.person(rng.choice(["Jana Dvořáková", "Tomáš Černý"]))
    total = f"{book.pay(rounded, 'CZK', money(rounded, 'space'))} Kč"
    body: list[Block] = [
        ("title", f"Faktura - daňový doklad č. {book.num(number)}"),
        ("para", "Invoice - tax document"),
        parties(("Dodavatel / Supplier", [book.seller(seller), f"IČO: {ico}", f"DIČ: CZ{ico}"]),
                ("Odběratel / Customer", buyer_lines(rng, book))),
        ("table", [_CZECH_HEAD, *rows]),
        ("kv", [("Základ daně / Tax base", f"{money(net, 'space')} Kč"),
                ("DPH 21 % / VAT", f"{money(vat, 'space')} Kč"),
                ("Zaokrouhlení / Rounding", money(round(rounded - gross, 2), "space")),
                ("Celkem k úhradě / Total due", total)]),
        ("para", "Forma úhrady / Payment: převodem / bank transfer"),
        ("para", f"Číslo účtu / Account no.: {account}, "
                 f"{grouped(rng, 'IBAN CZ', 2, 4, 4, 4, 4, 4)}. Please quote the variable symbol."),
        ("para", f"Vystavil / Issued by: {issuer}"),
    ]  # fmt: skip
    court = f"Zapsáno v OR vedeném Krajským soudem, oddíl C, vložka {digits(rng, 5)}"
    sheet = Sheet(
        head=[seller, f"{rng.choice(['Praha 4', 'Brno', 'Plzeň'])} · {court}"],
        panel=panel, panel_style=panel_style(rng, panel), body=body,
        text_panel=rng.choice(["kv", "kv_below"]),
        footer=[f"{grouped(rng, 'Tel. +420 ', 3, 3, 3)} · fakturace@{slug(seller)}.cz"],
    )  # fmt: skip
    return sheet, book


def _forint_rows(rng: random.Random, book: Book) -> tuple[list[list[str]], float]:
    """Item rows in whole forints."""
    rows = []
    for index, (desc, low, high) in enumerate(rng.sample(GOODS, rng.randint(1, 4)), 1):
        qty, price = rng.randint(1, 30), float(rng.randint(low * 39, high * 39) * 10)
        rows.append([str(index), desc, str(qty), "db", money(price, "space", 0),
                     money(qty * price, "space", 0)])  # fmt: skip
        book.row(desc, qty, price, qty * price)
    return rows, sum(item.amount for item in book.items or [])


def hungarian_invoice(rng: random.Random) -> tuple[Sheet, Book]:
    """A Hungarian "Számla": forints without decimals, or euros with the VAT in forints too."""
    book = Book("invoice")
    seller = rng.choice(["Dunakeszi Szerviz Kft.", "Tisza Agro Zrt.", "Balaton Nyomda Kft."])
    issued = a_day(rng)
    style = rng.choice(["hu", "hu", "long-hu"])
    euro = rng.random() < 0.3
    currency, unit, decimals = ("EUR", "EUR", 2) if euro else ("HUF", "Ft", 0)
    number = f"{rng.choice(['NGT', 'DSZ', 'E'])}-{issued.year}/{rng.randint(1, 9999):05d}"
    if euro:
        rows, net = item_rows(rng, book, 1.0, units=("db",))
        vat = round(net * 0.27, 2)
    else:
        rows, net = _forint_rows(rng, book)
        vat = float(round(net * 0.27))
    gross = round(net + vat, 2)
    book.cash(net, currency)
    book.cash(vat, currency)
    due = issued + dt.timedelta(days=rng.choice([8, 15, 30]))
    supplied = issued - dt.timedelta(days=rng.randint(0, 5))
    panel = [
        ("Számla sorszáma / Invoice number", book.num(number)),
        ("Számla kelte / Date of issue", book.day("issue", issued, day_text(issued, style))),
        ("Teljesítés dátuma / Date of supply", day_text(supplied, style)),
        ("Fizetési határidő / Payment due", book.day("due", due, day_text(due, style))),
    ]
    tax = f"{digits(rng, 8)}-2-{rng.choice(['41', '42', '13'])}"
    head = ["#", "Megnevezés / Description", "Menny. / Qty", "Egység", "Egységár / Price",
            f"Nettó / Net ({unit})"]  # fmt: skip
    payable = f"{book.pay(gross, currency, money(gross, 'space', decimals))} {unit}"
    body: list[Block] = [
        ("title", "SZÁMLA / INVOICE"),
        parties(("Eladó / Seller", [book.seller(seller), f"Adószám: {tax}",
                                    f"Közösségi adószám: HU{tax[:8]}"]),
                ("Vevő / Buyer", buyer_lines(rng, book))),
        ("table", [head, *rows]),
        ("kv", [("Nettó összesen / Net total", f"{money(net, 'space', decimals)} {unit}"),
                ("ÁFA 27% / VAT", f"{money(vat, 'space', decimals)} {unit}"),
                ("Fizetendő / Amount payable", payable)]),
    ]  # fmt: skip
    if euro:
        rate = cents(rng, 385, 410)
        forints = money(round(vat * rate), "space", 0)
        body.append(("para", f"ÁFA forintban / VAT in HUF: {forints} Ft "
                             f"(MNB árfolyam / rate {money(rate, 'space')} HUF/EUR)"))  # fmt: skip
    account = f"{digits(rng, 8)}-{digits(rng, 8)}-{digits(rng, 8)}"
    body.append(("para", "Fizetési mód / Payment method: átutalás / bank transfer"))
    body.append(("para", f"Bankszámlaszám / Bank account: {account}. Kérjük, a közleményben "
                         "tüntesse fel a számla sorszámát / Please quote the invoice "
                         "number."))  # fmt: skip
    street = rng.choice(["1138 Budapest, Váci út", "6720 Szeged, Kárász u."])
    sheet = Sheet(
        head=[seller, f"{street} {rng.randint(1, 120)}."],
        panel=panel, panel_style=panel_style(rng, panel), body=body,
        running="{page}/{pages} oldal", text_panel=rng.choice(["kv", "columns"]),
    )  # fmt: skip
    return sheet, book


#: Each Baltic state's words: title, number, date, due date, payment reference, order number,
#: VAT and its rate, the amount to pay, the date style, sellers.
BALTIC = {
    "EE": ("ARVE / INVOICE", "Arve nr / Invoice no.", "Kuupäev / Date", "Maksetähtaeg / Due date",
           "Viitenumber / Reference no.", "Tellimuse nr / Order no.", "Käibemaks / VAT", 24,
           "Tasuda / Amount to pay", "dots", ("Läänemere Puit OÜ", "Tallinna Pakend AS")),
    "LV": ("RĒĶINS / INVOICE", "Rēķina Nr. / Invoice No.", "Datums / Date",
           "Apmaksas termiņš / Payment due", "Maksājuma mērķis / Payment reference",
           "Pasūtījuma Nr. / Order No.", "PVN / VAT", 21, "Kopā apmaksai / Total to pay", "iso",
           ("Daugava Serviss SIA", "Rīgas Metāls SIA")),
    "LT": ("PVM SĄSKAITA FAKTŪRA / VAT INVOICE", "Serija ir Nr. / Series and No.",
           "Data / Date", "Apmokėti iki / Pay by", "Mokėjimo paskirtis / Payment reference",
           "Užsakymo Nr. / Order No.", "PVM / VAT", 21, "Iš viso mokėti / Total payable", "iso",
           ("Nemuno Prekyba UAB", "Vilniaus Logistika UAB")),
}  # fmt: skip


def baltic_invoice(rng: random.Random) -> tuple[Sheet, Book]:
    """An Estonian, Latvian or Lithuanian invoice in euros: its number, an order number and a
    payment reference in one panel."""
    country = rng.choice(sorted(BALTIC))
    title, no, date, due_label, ref, order, vat_label, rate, payable, style, sellers = BALTIC[
        country
    ]
    book = Book("invoice")
    seller = rng.choice(sellers)
    issued = a_day(rng)
    due = issued + dt.timedelta(days=rng.choice([7, 14, 30]))
    number = {
        "LT": f"{rng.choice(['NPR', 'VLG', 'BB'])} {rng.randint(1, 99999):06d}",
        "EE": f"{rng.randint(1, 9999)}",
        "LV": f"{issued.year}/{rng.randint(1, 999):03d}",
    }[country]
    rows, net = item_rows(rng, book, 1.0)
    rows = [[r[1], r[2], r[4], r[5]] for r in rows]
    vat = round(net * rate / 100, 2)
    gross = round(net + vat, 2)
    book.cash(net, "EUR")
    book.cash(vat, "EUR")
    panel = [
        (no, book.num(number)),
        (date, book.day("issue", issued, day_text(issued, style))),
        (due_label, book.day("due", due, day_text(due, style))),
        (order, f"{rng.choice(['PO', 'TL', ''])}{digits(rng, 6)}"),
        (ref, digits(rng, rng.choice([7, 9, 11]))),
    ]
    iban = grouped(rng, f"IBAN {country}", 2, 4, 4, 4, 4)
    body: list[Block] = [
        ("title", title),
        ("table", [["Description", "Qty", "Unit price EUR", "Amount EUR"], *rows]),
        ("kv", [("Summa / Subtotal", money(net, "space")),
                (f"{vat_label} {rate}%", money(vat, "space")),
                (payable, f"{book.pay(gross, 'EUR', money(gross, 'space'))} EUR")]),
        ("para", f"{iban} · Swedbank · Please quote the reference."),
    ]  # fmt: skip
    sheet = Sheet(
        head=[book.seller(seller), f"Reg. {digits(rng, 8)} · VAT {country}{digits(rng, 9)}"],
        panel=panel, panel_style=panel_style(rng, panel),
        address=buyer_lines(rng, book), body=body,
        text_panel=rng.choice(["kv", "columns", "kv_below"]),
    )  # fmt: skip
    return sheet, book


__all__ = ["baltic_invoice", "czech_invoice", "hungarian_invoice"]
