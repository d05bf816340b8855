"""The office's other papers: a non-disclosure or services agreement (made on one day, in
force from another, to an end date or for a term), minutes of a board or project meeting, and
an internal memo. None of them bills anything, so none has a vendor or a total.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_backoffice_orders import SUPPLIERS
from testbed.evaluation.author_backoffice_style import (
    Paper,
    buyer,
    digits,
    later,
    person,
    some_day,
)
from testbed.evaluation.truth import Block, Labels, mark
from testbed.evaluation.variety_dues_print import Sheet

PARTNERS = (
    *SUPPLIERS,
    "Fernhook Labs B.V.",
    "Harbourline Logistics Ltd",
    "Quillstack Software Ltd",
)


def agreement(rng: random.Random) -> tuple[Sheet, Labels]:
    """An NDA or a services agreement: dated the day it is made or "as of" its effective day,
    ending on a printed day or after a term in words (then it has no end date to read)."""
    p = Paper.of(rng)
    ours, other = buyer(rng, p.place), rng.choice(PARTNERS)
    signers = (person(rng), person(rng))
    made = some_day(rng)
    services = rng.random() < 0.5
    title = "MASTER SERVICES AGREEMENT" if services else "MUTUAL NON-DISCLOSURE AGREEMENT"
    split = rng.random() < 0.35
    effective = later(made.replace(day=1), 32).replace(day=1) if split else made
    years = rng.choice((1, 2, 3))
    end = later(effective.replace(year=effective.year + years), -1)
    dated_end = rng.random() < 0.6
    number = (
        f"{'MSA' if services else 'NDA'}-{made.year}-{digits(rng, 3)}"
        if rng.random() < 0.5
        else None
    )
    dates: list[tuple[str, dt.date]] = []
    if split:
        opening = (
            f"This Agreement is dated {mark('issueDate', p.day(made))} and takes effect on "
            f'{mark("effectiveDate", p.day(effective))} (the "Effective Date").'
        )
        dates += [("issue", made), ("effective", effective)]
    else:
        opening = (
            f"This Agreement is entered into as of {mark('effectiveDate', p.day(effective))} "
            '(the "Effective Date").'
        )
        dates.append(("effective", effective))
    role = "Supplier" if services else "Recipient"
    opening += f' It is made between {ours} ("Company") and {other} ("{role}").'
    if dated_end:
        term = (
            f"This Agreement remains in force until {mark('endDate', p.day(end))}, unless "
            "terminated earlier by either party on 90 days' written notice."
        )
        dates.append(("end", end))
    else:
        term = (
            f"This Agreement continues for {years} year{'s' if years > 1 else ''} from the "
            "Effective Date and renews for successive one-year terms unless either party "
            "gives 90 days' written notice."
        )
    clauses: list[Block] = [("heading", "1. Term"), ("para", term)]
    if services:
        fee = p.price(1500, 12000)
        clauses += [
            ("heading", "2. Fees"),
            (
                "para",
                f"Company shall pay Supplier a fixed fee of {p.money(fee)} per month, "
                "invoiced monthly in advance and payable within 30 days of the invoice "
                "date. Expenses are reimbursed at cost against receipts.",
            ),
        ]
    else:
        clauses += [
            ("heading", "2. Confidential Information"),
            (
                "para",
                "Each party shall keep the other's Confidential Information secret "
                "and use it only to evaluate a possible business relationship. These "
                "obligations survive for five years after the end of this Agreement.",
            ),
        ]
    clauses += [
        ("heading", "3. Governing law"),
        ("para", f"This Agreement is governed by the laws of {_law(p.place.code)}."),
    ]
    signed = [p.day(later(made, rng.randint(-3, 0))), p.day(made)]
    sheet = Sheet(
        head=[title] + ([f"Agreement No. {mark('documentNumber', number)}"] if number else []),
        body=[
            ("para", opening),
            *clauses,
            (
                "columns",
                [
                    (f"For {ours}", f"For {other}"),
                    (f"Name: {signers[0]}", f"Name: {signers[1]}"),
                    ("Title: Chief Financial Officer", "Title: Managing Director"),
                    (f"Signed: {signed[0]}", f"Signed: {signed[1]}"),
                ],
            ),
        ],
        footer=[f"{title.title()} · Page 1 of 1"],
    )
    labels = p.labels(
        "contract", number, organizations=(ours, other), people=signers, dates=tuple(dates)
    )
    return sheet, labels


def _law(code: str) -> str:
    return {
        "US": "the State of New York",
        "UK": "England and Wales",
        "IE": "Ireland",
        "CA": "the Province of Ontario",
        "NL": "the Netherlands",
        "SE": "Sweden",
        "NO": "Norway",
        "DK": "Denmark",
    }[code]


def minutes(rng: random.Random) -> tuple[Sheet, Labels]:
    """Minutes of a board or steering meeting: the meeting's day, the previous and the next
    meeting's days, and sums approved; the meeting's day is the paper's date."""
    p = Paper.of(rng)
    company = buyer(rng, p.place)
    held = some_day(rng)
    present = tuple(dict.fromkeys(person(rng) for _ in range(rng.randint(3, 6))))
    secretary = person(rng) if rng.random() < 0.3 else present[-1]
    board = rng.random() < 0.5
    title = (
        f"Minutes of the meeting of the Board of Directors of {company}"
        if board
        else f"{company} - Project Atlas steering committee minutes"
    )
    capex = round(p.price(20000, 400000), -3)
    revenue = round(p.price(2_000_000, 30_000_000), -3)
    items = [
        f"1. The minutes of the meeting held on {p.day(later(held, -rng.randint(28, 40)))} "
        "were approved as a true record.",
        f"2. Finance: year-to-date revenue of {p.money(revenue)} was noted; the CFO reported "
        "that days payable outstanding had fallen to 41.",
        f"3. The {'board' if board else 'committee'} approved capital expenditure of up to "
        f"{p.money(capex)} for the new packaging line, subject to three quotations.",
        "4. Any other business: none.",
    ]
    nxt = later(held, rng.choice((28, 35, 42)))
    sheet = Sheet(
        head=[title],
        body=[
            (
                "kv",
                [
                    ("Date", mark("issueDate", p.day(held))),
                    ("Time", rng.choice(("10:00", "14:30", "09:15"))),
                    ("Place", rng.choice(("Head office, Room 3", "Video conference"))),
                ],
            ),
            (
                "kv",
                [
                    ("Present", ", ".join(present[1:])),
                    ("Chair", present[0]),
                    ("Minutes", secretary),
                ],
            ),
            *[("para", item) for item in items],
            ("para", f"Next meeting: {p.day(nxt)}."),
            ("lines", ["Signed as a correct record:", "", f"{present[0]}, Chair"]),
        ],
    )
    people = tuple(dict.fromkeys([*present, secretary]))
    return sheet, p.labels(
        "minutes", None, organizations=(company,), people=people, dates=(("issue", held),)
    )


def memo(rng: random.Random) -> tuple[Sheet, Labels]:
    """An internal memo from finance: its own date, a reference sometimes, and the days it
    talks about (a closing deadline, a policy's start, which is its effective date)."""
    p = Paper.of(rng)
    company = buyer(rng, p.place)
    writer, reader = person(rng), person(rng)
    sent = some_day(rng)
    number = f"FIN-M-{sent.year}-{digits(rng, 3)}" if rng.random() < 0.4 else None
    cutoff = later(sent, rng.randint(5, 12))
    policy = rng.random() < 0.5
    starts = later(sent.replace(day=1), 40).replace(day=1)
    rate = p.price(35, 80)
    paras = [
        f"Month-end close: please submit all expense claims with receipts, and approve open "
        f"purchase orders in the ERP, by {p.day(cutoff)}. Claims received later will be paid "
        "in the following cycle."
    ]
    if policy:
        paras.append(
            f"The new travel policy takes effect on {mark('effectiveDate', p.day(starts))}: "
            f"the daily meal allowance rises to {p.money(rate)} and hotel bookings must "
            "go through the corporate travel portal."
        )
    else:
        paras.append(
            f"The daily meal allowance remains {p.money(rate)}. Supplier invoices must "
            "quote a valid PO number; AP will return invoices without one."
        )
    head = [
        ("To", "All budget holders"),
        ("CC", reader),
        ("From", f"{writer}, Finance"),
        ("Date", mark("issueDate", p.day(sent))),
        ("Subject", rng.choice(("Month-end close and expenses", "Expenses and travel policy"))),
    ]
    if number:
        head.append(("Ref", mark("documentNumber", number)))
    sheet = Sheet(
        head=[company, "MEMORANDUM"],
        body=[("kv", head), *[("para", text) for text in paras], ("lines", ["Thank you,", writer])],
    )
    dates = [("issue", sent)] + ([("effective", starts)] if policy else [])
    return sheet, p.labels(
        "memo", number, organizations=(company,), people=(writer, reader), dates=tuple(dates)
    )


__all__ = ["agreement", "memo", "minutes"]
