"""The long single documents of :mod:`testbed.evaluation.variety_batches`: a bank statement
over several pages, a three-page invoice, a contract with its schedule, minutes, a report and
a letter, whose later pages must stay with the first."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from testbed.evaluation.variety_batches_docs import Doc, writer_for
from testbed.evaluation.variety_batches_papers import (
    adjuster_report,
    contract,
    firm_letter,
    minutes,
)
from testbed.evaluation.variety_batches_recipes import Batch, invoice_doc, some_day, statements
from testbed.evaluation.variety_batches_words import (
    ADJUSTERS,
    AGENTS,
    GOODS,
    HOMES,
    PEOPLE,
    SUPPLIERS,
)


def long_statement(rng: random.Random) -> Batch:
    person, home, day = rng.choice(PEOPLE), rng.choice(HOMES), some_day(rng)
    return Batch(statements(rng, person, home, 1, day, per_page=rng.choice((3, 4))))


def long_invoice(rng: random.Random) -> Batch:
    firm = rng.choice(SUPPLIERS)
    return Batch(
        [
            invoice_doc(
                rng,
                firm,
                ["Greyfriars Hotel Group", "10 Abbey Road", "Bath BA1 1LR"],
                GOODS,
                pages=3,
            )
        ]
    )


CLAUSES = (
    (
        "Services",
        "The Provider shall provide the cleaning and maintenance services "
        "described in Schedule 1 with reasonable skill and care.",
    ),
    (
        "Charges",
        "The Client shall pay the charges set out in Schedule 1 monthly in "
        "arrears within 30 days of the date of each invoice.",
    ),
    (
        "Term",
        "This Agreement starts on the Commencement Date and continues "
        "until the Expiry Date unless terminated earlier.",
    ),
    (
        "Termination",
        "Either party may terminate this Agreement on 90 days' written notice to the other party.",
    ),
    (
        "Liability",
        "Neither party limits its liability for death or personal injury caused by its negligence.",
    ),
    (
        "Insurance",
        "The Provider shall maintain public liability insurance of "
        "not less than 5,000,000 for any one claim.",
    ),
    (
        "Confidentiality",
        "Each party shall keep the other party's confidential "
        "information secret during and after the term.",
    ),
    (
        "Data protection",
        "Each party shall comply with the data protection legislation in force from time to time.",
    ),
    (
        "Notices",
        "Any notice under this Agreement shall be in writing and "
        "delivered by hand or by recorded post.",
    ),
    ("Governing law", "This Agreement is governed by the law of England and Wales."),
)


def long_contract(rng: random.Random) -> Batch:
    day = some_day(rng)
    w = writer_for("contract")
    pages = contract(
        w,
        rng.choice(("SERVICES AGREEMENT", "Facilities Maintenance Agreement")),
        ("Brightmoor Cleaning Services", "Greyfriars Hotel Group"),
        f"SA-{rng.randint(1000, 9999)}",
        day,
        day + dt.timedelta(days=14),
        day + dt.timedelta(days=14 + 729),
        list(CLAUSES),
        pages=rng.choice((2, 3)),
        numbering=rng.choice(("page_of", "dash", "none")),
        schedule=[("Daily cleaning", "1,850.00 per month"), ("Window cleaning", "240.00 per visit")]
        if rng.random() < 0.6
        else None,
    )
    return Batch([Doc("contract", w, pages)])


def long_minutes(rng: random.Random) -> Batch:
    w = writer_for("minutes")
    items = [
        ("Apologies", "Apologies were received from two members."),
        ("Minutes of the last meeting", "The minutes were approved as a true record."),
        (
            "Treasurer's report",
            "The treasurer reported a balance of 4,212.60 in the current account.",
        ),
        (
            "Village hall roof",
            "Three quotations have been obtained; the committee chose the lowest.",
        ),
        ("Summer fete", "The fete will be held in July; volunteers are needed for the tombola."),
        ("Any other business", "The defibrillator cabinet needs a new battery."),
    ]
    pages = minutes(
        w, "Ashby Parva Village Hall Committee", some_day(rng), rng.sample(PEOPLE, 5), items
    )
    return Batch([Doc("minutes", w, pages)])


def long_report(rng: random.Random) -> Batch:
    w = writer_for(ADJUSTERS.name)
    text = [
        "Storm damage to the roof of the insured's detached "
        "garage was reported the following morning.",
        "Strong winds lifted a section of the felt roof covering and rainwater entered the garage.",
        "The roof covering and two sheets of the timber deck "
        "need replacing; contents are undamaged.",
        "The claim falls within the storm section of the policy and should be met in full.",
    ]
    return Batch(
        [
            Doc(
                "report",
                w,
                adjuster_report(
                    w,
                    ADJUSTERS,
                    f"ST/{rng.randint(10000, 99999)}",
                    some_day(rng),
                    rng.choice(PEOPLE),
                    text,
                    pages=2,
                ),
            )
        ]
    )


def long_letter(rng: random.Random) -> Batch:
    day, person, home = some_day(rng), rng.choice(PEOPLE), rng.choice(HOMES)
    w = writer_for(AGENTS.name)
    body = [
        "Re: Renewal of your tenancy at " + home[0] + ".",
        "Your current fixed term comes to an end shortly and the "
        "landlord has asked us to offer a renewal.",
        "The landlord proposes a new fixed term of twelve months at a rent of 1,025.00 per month.",
        "If you wish to accept, please sign and return the enclosed "
        "renewal agreement within fourteen days.",
        "If you decide not to renew, please give notice in writing "
        "in accordance with your tenancy agreement.",
        "We will arrange a check-out inspection and the return of your deposit through the scheme.",
    ]
    pages = firm_letter(
        w,
        AGENTS,
        [person, *home],
        day,
        f"Dear {person.split()[0]},",
        body,
        ("Gemma Hollis", "Property Manager"),
        pages=2,
        header=rng.choice(("short", "dash", "none")),
    )
    return Batch([Doc("letter", w, pages)])


LONG: tuple[tuple[str, Callable[[random.Random], Batch], tuple[str, ...]], ...] = (
    ("long-statement", long_statement, ("pdf", "scan")),
    ("long-invoice", long_invoice, ("pdf", "scan")),
    ("long-contract", long_contract, ("pdf", "pdf", "scan")),
    ("long-minutes", long_minutes, ("pdf",)),
    ("long-report", long_report, ("scan",)),
    ("long-letter", long_letter, ("pdf", "pdf")),
)
