"""Tax invoices from the UAE and Saudi Arabia as they reach an English-reading office: the
seller's TRN or VAT number, the invoice number beside LPO and delivery-note numbers, a Hijri
date beside the Gregorian on Saudi papers, payment terms in days of credit (with or without
the due date they lead to) and the total again in words.
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
from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_dues_print import Sheet

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen")  # fmt: skip
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety"


def _small(n: int) -> list[str]:
    """1..999 in words."""
    ones, tens = _ONES.split(), _TENS.split()
    out = []
    if n >= 100:
        out += [ones[n // 100], "hundred"]
        n %= 100
    if n >= 20:
        out.append(tens[n // 10] + (f"-{ones[n % 10]}" if n % 10 else ""))
    elif n:
        out.append(ones[n])
    return out


def in_words(n: int, *, indian: bool = False) -> str:
    """A whole amount in words, as "amount in words" lines print it (Indian: lakh and crore)."""
    western = ((1_000_000, "million"), (1000, "thousand"))
    scales = ((10_000_000, "crore"), (100_000, "lakh"), (1000, "thousand")) if indian else western
    out: list[str] = []
    for size, name in scales:
        if n >= size:
            out += [*_small(n // size), name]
            n %= size
    out += _small(n)
    return " ".join(out or ["zero"]).title()


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The day in the tabular Islamic calendar (year, month, day), as Gulf invoices print it
    beside the Gregorian date (the Umm al-Qura calendar may differ by a day)."""
    rest = day.toordinal() + 1721425 - 1948440 + 10632
    cycles = (rest - 1) // 10631
    rest = rest - 10631 * cycles + 354
    years = ((10985 - rest) // 5316) * ((50 * rest) // 17719) + (rest // 5670) * (
        (43 * rest) // 15238
    )
    rest = (rest - ((30 - years) // 15) * ((17719 * years) // 50)
            - (years // 16) * ((15238 * years) // 43) + 29)  # fmt: skip
    month = (24 * rest) // 709
    return 30 * cycles + years - 30, month, rest - (709 * month) // 24


_GOODS = (
    ("Portland cement 50 kg bag", 14, 22), ("Rebar 12 mm, tonne", 2100, 2900),
    ("Split AC 2.0 TR installation", 350, 900), ("Annual maintenance visit", 450, 1200),
    ("Copier paper A4 80 gsm, box", 85, 140), ("Forklift hire, day", 400, 750),
    ("PPR pipe 32 mm, 4 m length", 18, 40), ("Network cabling Cat6, point", 120, 260),
)  # fmt: skip
_SAUDI = ("Al Rashid Industrial Supplies Co.", "Najd Technical Services Est.",
          "Red Sea Trading Company")  # fmt: skip
_EMIRATI = ("Al Noor Building Materials Trading LLC", "Gulf Horizon Technical Services LLC",
            "Creek Side Office Supplies LLC")  # fmt: skip
_BUYERS = ("Brightwell Instruments FZE", "Harrow & Kent Engineering Middle East LLC",
           "Blue Finch Analytics DMCC")  # fmt: skip


def _tax_number(rng: random.Random, *, saudi: bool) -> str:
    """A Saudi VAT number (15 digits, 3 first and last) or a UAE TRN (100...3)."""
    return f"3{digits(rng, 13)}3" if saudi else f"100{digits(rng, 11)}3"


def gulf_invoice(rng: random.Random) -> tuple[Sheet, Book]:
    """A UAE (AED, 5 %) or Saudi (SAR, 15 %, Hijri date) tax invoice."""
    saudi = rng.random() < 0.4
    book = Book("invoice")
    currency, rate = ("SAR", 15) if saudi else ("AED", 5)
    seller = rng.choice(_SAUDI if saudi else _EMIRATI)
    issued = a_day(rng)
    style = rng.choice(["slash", "mon", "iso"] if saudi else ["slash", "mon", "dots"])
    number = rng.choice([f"INV-{issued.year % 100}-{digits(rng, 5)}",
                         f"TI/{issued.year}/{digits(rng, 4)}", digits(rng, 6)])  # fmt: skip
    days = rng.choice([30, 45, 60, 90])
    due = issued + dt.timedelta(days=days)
    tax_id = "VAT No." if saudi else "TRN"
    rows, net = [["S.No", "Description", "Qty", "Unit Price", f"Amount ({currency})"]], 0.0
    for index, (desc, low, high) in enumerate(rng.sample(_GOODS, rng.randint(1, 4)), 1):
        qty = rng.randint(1, 60) if high < 200 else rng.randint(1, 6)
        unit = cents(rng, low, high)
        net += round(qty * unit, 2)
        rows.append([str(index), desc, str(qty), money(unit, "en"), money(qty * unit, "en")])
        book.row(desc, qty, unit, qty * unit)
    net = round(net, 2)
    vat = round(net * rate / 100, 2)
    gross = round(net + vat, 2)
    book.cash(net, currency)
    book.cash(vat, currency)
    panel = [("Invoice No.", book.num(number)),
             ("Invoice Date", book.day("issue", issued, day_text(issued, style)))]  # fmt: skip
    if saudi:
        year, month, day = hijri(issued)
        panel.append(("Hijri Date", f"{day:02d}/{month:02d}/{year} H"))
    panel += [("LPO No.", f"LPO-{digits(rng, 5)}"), ("Delivery Note", f"DN-{digits(rng, 5)}"),
              ("Payment Terms", f"{days} days credit")]  # fmt: skip
    if rng.random() < 0.6:
        panel.append(("Due Date", book.day("due", due, day_text(due, style))))
    buyer = book.org(rng.choice(_BUYERS))
    bank = rng.choice(["Al Rajhi Bank", "Saudi National Bank"] if saudi else
                      ["Emirates NBD", "Mashreq Bank"])  # fmt: skip
    iban = grouped(rng, f"IBAN {'SA' if saudi else 'AE'}", 2, 4, 4, 4, 4, 3)
    words = f"{'Saudi Riyals' if saudi else 'UAE Dirhams'} {in_words(int(gross))}"
    body: list[Block] = [
        ("title", "TAX INVOICE"),
        ("table", rows),
        ("kv", [("Total (Excl. VAT)", f"{currency} {money(net, 'en')}"),
                (f"VAT @ {rate}%", f"{currency} {money(vat, 'en')}"),
                ("Total Amount Due",
                 f"{currency} {book.pay(gross, currency, money(gross, 'en'))}")]),
        ("para", f"Amount in words: {words} and {round(gross * 100) % 100:02d}/100 Only"),
        ("para", f"Bank: {bank}, A/C {digits(rng, 12)}, {iban}"),
        ("columns", [("Received by: ____________", f"For {seller}"),
                     ("", "Authorised Signatory")]),
    ]  # fmt: skip
    cities = ["Riyadh, Kingdom of Saudi Arabia"] if saudi else ["Dubai, U.A.E.", "Sharjah, U.A.E."]
    city = rng.choice(cities)
    where = rng.choice(["Olaya Street, Riyadh"] if saudi else
                       ["Jebel Ali Free Zone, Dubai", "Business Bay, Dubai"])  # fmt: skip
    sheet = Sheet(
        head=[book.seller(seller), f"P.O. Box {digits(rng, 5)}, {city}",
              f"{tax_id}: {_tax_number(rng, saudi=saudi)}",
              grouped(rng, f"Tel: +{'966 11' if saudi else '971 4'} ", 3, 4)],
        panel=panel, panel_style=panel_style(rng, panel),
        address=["Bill To:", buyer, f"{tax_id}: {_tax_number(rng, saudi=saudi)}", where],
        body=body, text_panel=rng.choice(["kv", "columns"]),
        footer=["This is a computer generated invoice. Goods once sold will not be taken back."],
    )  # fmt: skip
    return sheet, book


__all__ = ["gulf_invoice", "hijri", "in_words"]
