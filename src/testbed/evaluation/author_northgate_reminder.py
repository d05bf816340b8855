"""A Nordic payment reminder ("Betalningspåminnelse", "Betalingspåmindelse", "Purring",
"Maksumuistutus"): a letter that lists an unpaid invoice with its own number, date and due
date, adds a reminder fee and interest, and names a new day to pay by.

Read as its reader would: it is a letter, not a new invoice; its number is its own reference
where it prints one (never the number of the invoice it chases); its due date is the new day
to pay by, not the invoice's passed one; its total is what it asks for, fee included.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_northgate_nordic import BUYERS, COUNTRIES
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

#: Country -> title, fee label, "pay by" label, own-reference label, fee, date label.
_WORDS = {
    "SE": ("BETALNINGSPÅMINNELSE / PAYMENT REMINDER", "Påminnelseavgift / Reminder fee",
           "Betala senast / Please pay by", "Påminnelse nr / Reminder ref.", 60.0, "Datum"),
    "DK": ("BETALINGSPÅMINDELSE / PAYMENT REMINDER", "Rykkergebyr / Reminder fee",
           "Betales senest / Please pay by", "Rykker nr. / Reminder ref.", 100.0, "Dato"),
    "NO": ("PURRING / PAYMENT REMINDER", "Purregebyr / Reminder fee",
           "Betales innen / Please pay by", "Purring nr. / Reminder ref.", 35.0, "Dato"),
    "FI": ("MAKSUMUISTUTUS / PAYMENT REMINDER", "Muistutusmaksu / Reminder fee",
           "Maksettava viimeistään / Please pay by", "Muistutus nro / Reminder ref.", 5.0,
           "Päiväys"),
}  # fmt: skip


def nordic_reminder(rng: random.Random) -> tuple[Sheet, Book]:
    """A reminder for one or two overdue invoices, with a fee, interest and a new due date."""
    country = rng.choice(COUNTRIES)
    title, fee_label, pay_by, ref_label, fee, dated = _WORDS[country.code]
    book = Book("letter")
    vendor = rng.choice(country.companies)
    buyer, buyer_lines = rng.choice(BUYERS)
    book.org(buyer)
    style = rng.choice(country.days)
    sent = a_day(rng)
    due = sent + dt.timedelta(days=rng.choice([7, 10, 14]))
    scale = 1.0 if country.currency == "EUR" else 10.0
    rows = [[f"{country.number} / Invoice no.", f"{country.issued} / Date",
             f"{country.due} / Due date", f"Amount {country.currency}"]]  # fmt: skip
    owed = 0.0
    for _ in range(rng.choice([1, 1, 2])):
        passed = sent - dt.timedelta(days=rng.randint(10, 40))
        issued = passed - dt.timedelta(days=rng.choice([14, 30]))
        amount = round(cents(rng, 80, 2500) * scale, 2)
        owed += amount
        rows.append([str(rng.randint(10200, 98999)), day_text(issued, style),
                     day_text(passed, style), money(amount, country.style)])  # fmt: skip
        book.cash(amount, country.currency)
    interest = round(owed * 0.08 * 30 / 365, 2)
    total = round(owed + fee + interest, 2)
    book.cash(fee, country.currency)
    panel = [(f"{dated} / Date", book.day("issue", sent, day_text(sent, style))),
             (f"{country.customer} / Customer no.", digits(rng, 5))]  # fmt: skip
    if rng.random() < 0.5:
        panel.insert(0, (ref_label, book.num(f"{rng.choice(['P', 'R'])}-{digits(rng, 6)}")))
    ref, account = (digits(rng, 12), f"Bankgiro {digits(rng, 4)}-{digits(rng, 4)}")
    if country.code != "SE":
        account = grouped(rng, f"IBAN {country.code}", 2, 4, 4, 4, 2)
    payable = f"{book.pay(total, country.currency, money(total, country.style))} {country.currency}"
    clerk = book.person(rng.choice(country.people))
    body: list[Block] = [
        ("title", title),
        ("para", "According to our records the invoice(s) below are still unpaid. If you have "
                 "already paid, please disregard this reminder."),
        ("table", rows),
        ("kv", [(fee_label, money(fee, country.style)),
                ("Dröjsmålsränta / Interest" if country.code == "SE" else "Interest",
                 money(interest, country.style)),
                (f"{country.payable} / Amount to pay", payable),
                (pay_by, book.day("due", due, day_text(due, style)))]),
        ("para", f"Pay to {account}, quoting {country.reference} {ref}. Unpaid amounts may be "
                 "passed to a debt collection agency after the date above."),
        ("para", f"Kind regards, {clerk}, Accounts receivable"),
    ]  # fmt: skip
    sheet = Sheet(
        head=[book.seller(vendor), rng.choice(country.cities)],
        panel=panel, panel_style=panel_style(rng, panel),
        address=[buyer, *buyer_lines], body=body,
    )  # fmt: skip
    return sheet, book


__all__ = ["nordic_reminder"]
