"""Papers that bill nothing: a board's or an association's minutes (the meeting's date, the
next meeting's, the day the minutes were approved, budgets quoted in the decisions) and a
lease (signed on one day, running from a start to an end date, with rent, deposit and a
notice period).
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_northgate_style import (
    Book,
    a_day,
    day_text,
    digits,
    money,
    round_price,
)
from testbed.evaluation.corpus import Block
from testbed.evaluation.variety_dues_print import Sheet

#: Boards: the body, its language's title for the minutes, currency, money style, date style,
#: the members' names.
BOARDS = (
    (
        "Bostadsrättsföreningen Björken 12",
        "Protokoll fört vid styrelsemöte / Minutes of board meeting",
        "SEK",
        "space",
        "iso",
        ("Eva Lundberg", "Henrik Olsson", "Sara Nilsson", "Per Andersson", "Maja Berg"),
    ),
    (
        "Brightwell Instruments Polska Sp. z o.o.",
        "Protokół z posiedzenia Zarządu / Minutes of the Management Board meeting",
        "PLN",
        "space",
        "dots",
        ("Marek Lewandowski", "Agnieszka Zając", "Sarah Whitfield", "Paweł Kamiński"),
    ),
    (
        "Kaveri Electricals Private Limited",
        "Minutes of the Meeting of the Board of Directors",
        "INR",
        "in",
        "long-en",
        ("Ramesh Iyer", "Lakshmi Narayanan", "Anil Deshpande", "Meera Pillai"),
    ),
    (
        "Tallinn British Business Club MTÜ",
        "Minutes of the Annual General Meeting",
        "EUR",
        "space",
        "dots",
        ("Kristjan Tamm", "Helen Ward", "Mari Kask", "Andrus Saar", "James Doyle"),
    ),
)


def board_minutes(rng: random.Random) -> tuple[Sheet, Book]:
    """A board's minutes: present and absent, numbered items, a budget decided, next meeting."""
    body_name, title, currency, style, days, names = rng.choice(BOARDS)
    book = Book("minutes")
    book.org(body_name)
    held = a_day(rng)
    present = rng.sample(names, rng.randint(3, len(names)))
    absent = [name for name in names if name not in present]
    for name in (*present, *absent):
        book.person(name)
    chair, secretary = present[0], present[1]
    budget = round_price(rng, 20000, 400000, 500) * (8 if currency == "INR" else 1)
    quote = round_price(rng, 5000, 60000, 100) * (8 if currency == "INR" else 1)
    book.cash(budget, currency)
    book.cash(quote, currency)
    next_meeting = held + dt.timedelta(days=rng.choice([28, 35, 42, 56]))
    approved = held + dt.timedelta(days=rng.randint(3, 12))
    hour = rng.choice(["17:30", "18:00", "10:00"])
    place = rng.choice(["the association office", "Conference room 2", "online (Teams)"])
    lines = [f"Date: {book.day('issue', held, day_text(held, days))}, {hour}", f"Place: {place}"]
    if rng.random() < 0.6:
        lines.insert(0, f"Meeting no.: {book.num(f'{rng.randint(1, 12)}/{held.year}')}")
    point = "§" if currency in ("SEK", "PLN") else "Item "
    approved_label = "Justerat / Approved" if currency == "SEK" else "Approved on"
    start_by = day_text(held + dt.timedelta(days=60), days)
    items = [
        f"{point}1. Opening. {chair} opened the meeting and was elected chair; {secretary} kept "
        "the minutes.",
        f"{point}2. The agenda was approved.",
        f"{point}3. The minutes of the previous meeting were approved and placed on file.",
        f"{point}4. Finance. The treasurer reported the accounts to date. The board approved a "
        f"budget of {currency} {money(budget, style, 0)} for the coming year.",
        f"{point}5. Maintenance. A quote of {money(quote, style, 0)} {currency} (quote no. "
        f"{digits(rng, 5)}) was accepted; work to start no later than {start_by}.",
        f"{point}6. Next meeting: {day_text(next_meeting, days)}.",
        f"{point}7. The chair closed the meeting.",
    ]
    body: list[Block] = [
        ("title", title),
        ("lines", lines),
        ("kv", [("Present", ", ".join(present)), ("Absent", ", ".join(absent) or "none")]),
        ("para", " ".join(items[:2])),
        *[("para", item) for item in items[2:]],
        (
            "columns",
            [
                (f"{secretary}, secretary", f"{chair}, chair"),
                (f"{approved_label} {day_text(approved, days)}", ""),
            ],
        ),
    ]
    sheet = Sheet(
        head=[body_name, f"Reg. no. {digits(rng, 6)}-{digits(rng, 4)}"],
        body=body,
        running=rng.choice([None, "Page {page} / {pages}"]),
    )
    return sheet, book


def lease(rng: random.Random) -> tuple[Sheet, Book]:
    """A lease for premises: Swedish, Polish, or a Dubai tenancy contract (its value stated)."""
    where = rng.choice(["SE", "PL", "AE"])
    book = Book("contract")
    signed = a_day(rng)
    start = (signed + dt.timedelta(days=rng.randint(10, 70))).replace(day=1)
    years = rng.choice([1, 2, 3, 5])
    end = start.replace(year=start.year + years) - dt.timedelta(days=1)
    tenant = rng.choice(["Brightwell Instruments Ltd", "Harrow & Kent Engineering Ltd"])
    if where == "SE":
        landlord, currency, style = "Fastighets AB Stensund", "SEK", "space"
        days = rng.choice(["iso", "long-sv"])
        title = "Hyresavtal för lokal / Lease agreement for premises"
        rent = round_price(rng, 12000, 60000, 100)
        number = f"Avtal nr / Agreement no. {book.num(f'{digits(rng, 4)}-{digits(rng, 3)}')}"
    elif where == "PL":
        landlord, currency, style, days = "Warta Nieruchomości Sp. z o.o.", "PLN", "space", "dots"
        title = "Umowa najmu lokalu użytkowego / Commercial lease agreement"
        rent = round_price(rng, 4000, 25000, 50)
        number = (
            f"Nr umowy / Agreement no. {book.num(f'UN/{signed.year}/{rng.randint(1, 99):02d}')}"
        )
    else:
        landlord, currency, style, days = "Al Safa Real Estate LLC", "AED", "en", "slash"
        title = "Tenancy Contract"
        rent = round_price(rng, 60000, 400000, 1000)
        number = f"Contract No. {book.num(digits(rng, 10))}"
    book.org(landlord)
    book.org(tenant)
    deposit = rent * (3 if where != "AE" else 0.05)
    book.cash(rent, currency)
    book.cash(deposit, currency)
    signer = book.person(rng.choice(["Sarah Whitfield", "James Doyle", "Helen Ward"]))
    term = [
        (
            "Start date / Tillträde" if where == "SE" else "Start date",
            book.day("effective", start, day_text(start, days)),
        ),
        ("End date", book.day("end", end, day_text(end, days))),
    ]
    if where == "AE":
        money_rows = [
            ("Annual Rent", f"AED {money(rent, style)}"),
            ("Contract Value", f"AED {book.pay(rent * years, 'AED', money(rent * years, style))}"),
            ("Security Deposit", f"AED {money(deposit, style)}"),
            ("Mode of Payment", f"{rng.choice([1, 2, 4, 12])} cheques"),
        ]
        book.cash(rent * years, currency)
        area = rng.choice(["Business Bay", "Al Barsha", "Deira"])
        premises = f"Office {rng.randint(101, 2405)}, {area}, Dubai"
    else:
        money_rows = [
            ("Monthly rent excl. VAT", f"{money(rent, style)} {currency}"),
            ("Deposit (3 months' rent)", f"{money(deposit, style)} {currency}"),
            ("Rent payable", "monthly in advance, by the last working day of the preceding month"),
        ]
        premises = (
            "Industrivägen 7, plan 2, Solna" if where == "SE" else "ul. Towarowa 22, lok. 5, Poznań"
        )
    body: list[Block] = [
        ("title", title),
        ("para", number),
        (
            "kv",
            [
                ("Landlord", landlord),
                ("Tenant", tenant),
                ("Premises", premises),
                ("Area", f"{rng.randint(60, 900)} m2"),
                ("Use", "office and light storage"),
            ],
        ),
        ("heading", "Term"),
        ("kv", term),
        (
            "para",
            f"The lease runs for {years} year(s) and is extended by one year at a time unless "
            f"terminated in writing no later than {rng.choice([3, 6, 9])} months before the end "
            "date.",
        ),
        ("heading", "Rent"),
        ("kv", money_rows),
        (
            "para",
            "The rent is indexed each January to the consumer price index. The tenant insures "
            "its own property and keeps the premises in good order.",
        ),
        (
            "columns",
            [
                (
                    f"Signed: {book.day('issue', signed, day_text(signed, days))}",
                    f"Signed: {day_text(signed, days)}",
                ),
                (f"For the landlord: {landlord}", f"For the tenant: {signer}, {tenant}"),
            ],
        ),
    ]
    sheet = Sheet(
        head=[landlord, f"Reg. {digits(rng, 8)}"],
        body=body,
        running=rng.choice([None, "{page} ({pages})"]),
    )
    return sheet, book


__all__ = ["board_minutes", "lease"]
