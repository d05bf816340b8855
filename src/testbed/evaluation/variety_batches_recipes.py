"""What each batch of :mod:`testbed.evaluation.variety_batches` bundles, drawn from a seed:
the documents in the order they are stapled, the blank backs a duplex scanner adds, and the
line a fax machine stamps on every page."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from testbed.evaluation.variety_batches_docs import (
    CONTINUATIONS,
    Doc,
    Firm,
    bank_statement,
    cab_receipt,
    delivery_note,
    payslip,
    supplier_statement,
    till_receipt,
    trade_invoice,
    writer_for,
)
from testbed.evaluation.variety_batches_papers import (
    adjuster_report,
    claim_form,
    cover_letter,
    email_print,
    expense_claim,
    fax_cover,
    firm_letter,
    photo_sheet,
    reference_letter,
)
from testbed.evaluation.variety_batches_words import (
    ADJUSTERS,
    AGENTS,
    BANKS,
    BROKERS,
    CABS,
    EMPLOYERS,
    GARAGES,
    GOODS,
    HOMES,
    INSURERS,
    PAYEES,
    PEOPLE,
    REPAIRS,
    SHOPS,
    SUPPLIERS,
)


@dataclass
class Batch:
    """The documents of one file in page order; blank pages after document ``i``; the line
    stamped on page ``n`` of ``total`` (a fax)."""

    docs: list[Doc]
    blanks: dict[int, int] = field(default_factory=dict)
    stamp: Callable[[int, int], str] | None = None


def some_day(rng: random.Random) -> dt.date:
    return dt.date(2025, 2, 1) + dt.timedelta(days=rng.randrange(0, 480))


def _items[T](rng: random.Random, pool: tuple[T, ...], low: int, high: int) -> list[T]:
    return rng.sample(pool, rng.randint(low, high))


def _receipt(rng: random.Random, day: dt.date, n: int) -> Doc:
    """A till receipt or a cab's, scanned in."""
    if rng.random() < 0.3:
        firm = rng.choice(CABS)
        w = writer_for(f"{firm}-{n}")
        return Doc(
            "receipt",
            w,
            cab_receipt(
                w, firm, day, rng.randint(9, 60) + 0.5 * rng.randint(0, 1), route="Station - Home"
            ),
            True,
        )
    shop, address, stock = rng.choice(SHOPS)
    w = writer_for(f"{shop}-{n}")
    items = list(rng.sample(stock, rng.randint(1, len(stock))))
    till = f"{rng.randint(1, 9):02d}{rng.randint(10000, 99999)}"
    return Doc("receipt", w, till_receipt(w, shop, address, day, items, till=till), True)


def invoice_doc(
    rng: random.Random,
    firm: Firm,
    customer: list[str],
    pool: tuple[tuple[str, float | None, float], ...],
    *,
    pages: int | None = None,
    number: str | None = None,
    day: dt.date | None = None,
) -> Doc:
    w = writer_for(firm.name)
    count = pages or rng.choice((1, 1, 2))
    items = (
        [(d, q, u) for d, q, u in _items(rng, pool, 3 * count, 4 * count)]
        if len(pool) >= 4 * count
        else list(pool)
    )
    inv = number or f"{rng.choice(('INV', 'SI', ''))}{rng.randint(10000, 99999)}"
    pages_ = trade_invoice(
        w,
        firm,
        customer,
        inv,
        day or some_day(rng),
        items,
        pages=count,
        continuation=rng.choice(CONTINUATIONS),
        due_days=rng.choice((14, 30, None)),
    )
    return Doc("invoice", w, pages_)


def claim(rng: random.Random) -> Batch:
    """A motor claim as the claimant posts it: letter, form, the garage's invoice, receipts."""
    person, home = rng.choice(PEOPLE), rng.choice(HOMES)
    insurer, day = rng.choice(INSURERS), some_day(rng)
    claim_no = f"MC{rng.randint(1000000, 9999999)}"
    garage = rng.choice(GARAGES)
    repair = invoice_doc(rng, garage, [person, *home], REPAIRS, day=day - dt.timedelta(days=3))
    receipts = [
        _receipt(rng, day - dt.timedelta(days=rng.randint(4, 12)), n)
        for n in range(rng.randint(1, 2))
    ]
    w = writer_for(person)
    letter = cover_letter(
        w,
        person,
        home,
        [insurer, "Claims Department", "PO Box 512", "Leeds LS1 9WA"],
        day,
        [
            f"Please find enclosed my completed claim form for the "
            f"damage to my car, together with the "
            f"repair invoice from {garage.name} and receipts for my expenses.",
            "I would be grateful if you could settle the claim as soon as possible.",
        ],
        ["Claim form", "Repair invoice", "Receipts"],
        reference=claim_no,
    )
    wf = writer_for(insurer)
    costs = [("Vehicle repair", repair.writer.total[0] if repair.writer.total else 0.0)]
    costs += [
        (f"Expenses receipt {i + 1}", r.writer.total[0] if r.writer.total else 0.0)
        for i, r in enumerate(receipts)
    ]
    form = claim_form(
        wf,
        insurer,
        person,
        f"PL-{rng.randint(100000, 999999)}",
        claim_no,
        day,
        day - dt.timedelta(days=rng.randint(14, 30)),
        costs,
        pages=rng.choice((1, 2)),
    )
    docs = [Doc("letter", w, letter), Doc("form", wf, form, True), repair, *receipts]
    if rng.random() < 0.4:
        docs.insert(
            3,
            Doc(
                "other",
                writer_for("photos"),
                photo_sheet(
                    writer_for("photos"), claim_no, ["Rear bumper", "Tailgate", "Parking sensor"]
                ),
                True,
            ),
        )
    return Batch(docs)


def expenses(rng: random.Random) -> Batch:
    """An expense claim with its receipts scanned behind it, on a duplex scanner (blank backs)."""
    person, day = rng.choice(PEOPLE), some_day(rng)
    receipts = [
        _receipt(rng, day - dt.timedelta(days=rng.randint(2, 20)), n)
        for n in range(rng.randint(2, 4))
    ]
    spent = [
        (
            (r.writer.dates and dt.date.fromisoformat(r.writer.dates[0][1])) or day,
            r.writer.vendor or "Receipt",
            rng.choice(("Travel", "Subsistence", "Sundries")),
            r.writer.total[0] if r.writer.total else 0.0,
        )
        for r in receipts
    ]
    w = writer_for(f"exp-{person}")
    form = expense_claim(
        w, rng.choice(EMPLOYERS), person, f"EXP-{rng.randint(2000, 9999)}", day, spent
    )
    duplex = rng.random() < 0.5
    blanks = dict.fromkeys(range(len(receipts) + 1), 1) if duplex else {}
    return Batch([Doc("form", w, form), *receipts], blanks)


def _payslips(rng: random.Random, person: str, count: int, day: dt.date) -> list[Doc]:
    employer = rng.choice(EMPLOYERS)
    gross = float(rng.randint(2400, 4800))
    out = []
    for month in range(count):
        paid = (day.replace(day=1) - dt.timedelta(days=31 * (count - month))).replace(day=25)
        w = writer_for(f"{employer}-{person}")
        out.append(
            Doc("other", w, payslip(w, employer, person, f"E{len(person) * 37}", paid, gross))
        )
    return out


def statements(
    rng: random.Random,
    person: str,
    home: list[str],
    count: int,
    day: dt.date,
    *,
    per_page: int | None = None,
) -> list[Doc]:
    bank = rng.choice(BANKS)
    account = f"{rng.randint(10000000, 99999999)}"
    balance = float(rng.randint(300, 4000))
    out = []
    for month in range(count):
        start = (day.replace(day=1) - dt.timedelta(days=31 * (count - month))).replace(day=1)
        rows = sorted(
            ((rng.randint(0, 27), p, a) for p, a in rng.sample(PAYEES, rng.randint(6, 12))),
            key=lambda r: r[0],
        )
        w = writer_for(f"{bank}-{account}")
        pages = bank_statement(
            w,
            bank,
            [person, *home[:2]],
            account,
            start,
            rows,
            opening=balance,
            per_page=per_page or rng.choice((6, 8, 14)),
            running=rng.random() < 0.6,
        )
        balance = round(balance + sum(a for _, _, a in rows), 2)
        out.append(Doc("statement", w, pages, True))
    return out


def tenancy(rng: random.Random) -> Batch:
    """A tenancy application's evidence: a reference, payslips, bank statements."""
    person, home, day = rng.choice(PEOPLE), rng.choice(HOMES), some_day(rng)
    w = writer_for(AGENTS.name)
    ref = reference_letter(
        w,
        AGENTS,
        day - dt.timedelta(days=5),
        person,
        ("Gemma Hollis", "Property Manager"),
        f"{person} has rented a flat managed by us since 2021. The rent of 950.00 a month has "
        "always been paid on time and the property was kept in good order.",
    )
    docs = [
        Doc("letter", w, ref),
        *_payslips(rng, person, rng.randint(2, 3), day),
        *statements(rng, person, home, rng.randint(1, 2), day),
    ]
    if rng.random() < 0.5:
        docs.append(docs.pop(0))
    return Batch(docs)


def mortgage(rng: random.Random) -> Batch:
    """A broker's covering letter, then the applicant's payslips and statements."""
    person, home, day = rng.choice(PEOPLE), rng.choice(HOMES), some_day(rng)
    w = writer_for(BROKERS.name)
    letter = firm_letter(
        w,
        BROKERS,
        [
            "Mortgage Underwriting",
            "Northgate Building Society",
            "Northgate House",
            "Swindon SN1 1NG",
        ],
        day,
        "Dear Underwriter,",
        [
            f"Application reference {rng.randint(400000, 499999)} - {person}.",
            "Further to your request we enclose the applicant's "
            "last three payslips and bank statements "
            "covering the last two months, as required under your income verification policy.",
            "Please do not hesitate to contact me if anything further is needed.",
        ],
        ("Paul Everett", "Mortgage Adviser"),
        ours=f"RMA/{rng.randint(100, 999)}",
    )
    return Batch(
        [
            Doc("letter", w, letter),
            *_payslips(rng, person, 3, day),
            *statements(rng, person, home, 2, day),
        ]
    )


def ap_run(rng: random.Random) -> Batch:
    """One supplier's invoices back to back, numbered in sequence, some over two pages."""
    firm = rng.choice(SUPPLIERS)
    customer = ["Accounts Payable", "Greyfriars Hotel Group", "10 Abbey Road", "Bath BA1 1LR"]
    start, day = rng.randint(20000, 89999), some_day(rng)
    docs = [
        invoice_doc(
            rng,
            firm,
            customer,
            GOODS,
            number=f"SI-{start + 3 * i}",
            day=day + dt.timedelta(days=7 * i),
        )
        for i in range(rng.randint(2, 4))
    ]
    return Batch(docs, dict.fromkeys(range(len(docs)), 1) if rng.random() < 0.3 else {})


def supplier_set(rng: random.Random) -> Batch:
    """A supplier's invoice, its delivery note and the month's statement of account."""
    firm = rng.choice(SUPPLIERS)
    customer = ["Greyfriars Hotel Group", "10 Abbey Road", "Bath BA1 1LR"]
    day = some_day(rng)
    invoice = invoice_doc(rng, firm, customer, GOODS, day=day)
    wd = writer_for(firm.name + "-dn")
    rows = [(i.description, i.quantity, i.amount) for i in invoice.writer.line_items]
    note = delivery_note(wd, firm, customer, f"DN{rng.randint(100000, 999999)}", day, rows)
    ws = writer_for(firm.name)
    opened = [
        (
            day - dt.timedelta(days=30),
            f"SI-{rng.randint(10000, 19999)}",
            float(rng.randint(200, 900)) + 0.4,
        ),
        (
            day,
            invoice.writer.number or "",
            invoice.writer.total[0] if invoice.writer.total else 0.0,
        ),
    ]
    statement = supplier_statement(
        ws, firm, customer, f"GRE{rng.randint(100, 999)}", day + dt.timedelta(days=20), opened
    )
    docs = [Doc("other", wd, note), invoice, Doc("statement", ws, statement)]
    if rng.random() < 0.5:
        docs[0], docs[1] = docs[1], docs[0]
    return Batch(docs)


def fax(rng: random.Random) -> Batch:
    """A fax: its cover sheet and the invoices behind it, the machine's line on every page."""
    firm, day = rng.choice(SUPPLIERS), some_day(rng)
    customer = ["Greyfriars Hotel Group", "10 Abbey Road", "Bath BA1 1LR"]
    invoices = [
        invoice_doc(rng, firm, customer, GOODS, day=day - dt.timedelta(days=20 * (i + 1)))
        for i in range(rng.randint(1, 2))
    ]
    total = 1 + sum(len(d.pages) for d in invoices)
    w = writer_for(firm.name + "-fax")
    cover = fax_cover(
        w,
        firm,
        "Accounts Payable, Greyfriars Hotel Group",
        "01225 448 901",
        day,
        total,
        "Copies of the invoices below as requested. These are now overdue; please arrange payment.",
    )
    when = day.strftime("%d/%m/%Y").upper()

    def stamp(page: int, pages: int) -> str:
        sent = f"{when} 14:{rng.randint(10, 59)}  FROM: {firm.phone[-13:]}"
        return f"{sent}  TO: 01225448901  P.{page:03d}/{pages:03d}"

    marks = {n: stamp(n, total) for n in range(1, total + 1)}
    return Batch(
        [Doc("letter", w, cover, True), *(replace_scan(d) for d in invoices)],
        stamp=lambda n, _t: marks[n],
    )


def replace_scan(doc: Doc) -> Doc:
    return Doc(doc.kind, doc.writer, doc.pages, True)


def email_batch(rng: random.Random) -> Batch:
    """An e-mail printed from the mail program with its attachments printed after it."""
    firm, day = rng.choice(SUPPLIERS + GARAGES), some_day(rng)
    person = rng.choice(PEOPLE)
    invoice = invoice_doc(
        rng, firm, [person, *rng.choice(HOMES)], GOODS if firm in SUPPLIERS else REPAIRS, day=day
    )
    receipt = _receipt(rng, day, 7)
    w = writer_for(f"mail-{person}")
    mail = email_print(
        w,
        "Lucy Marsh",
        (person, f"{person.split()[0].lower()}@postbox.example"),
        ("Lucy Marsh", "l.marsh@greyfriars.example"),
        day + dt.timedelta(days=2),
        f"Claim for reimbursement - {firm.name}",
        [
            "Hi Lucy,",
            "As discussed, attached are the invoice and the receipt for the items I bought for "
            "the event. Could you please reimburse me?",
        ],
        ["invoice.pdf", "receipt.jpg"],
    )
    return Batch([Doc("letter", w, mail), invoice, receipt])


def correspondence(rng: random.Random) -> Batch:
    """An insurer's letter enclosing the adjuster's report and the invoice it settles."""
    insurer, person, home, day = (
        rng.choice(INSURERS),
        rng.choice(PEOPLE),
        rng.choice(HOMES),
        some_day(rng),
    )
    claim_no = f"HH/{rng.randint(100000, 999999)}"
    firm = Firm(insurer, "", "Claims Centre, Riverside Park", "Norwich NR1 1SR", "0345 600 2211")
    w = writer_for(insurer)
    letter = firm_letter(
        w,
        firm,
        [person, *home],
        day,
        f"Dear {person.split()[0]},",
        [
            f"Your home insurance claim {claim_no}.",
            "We have now received the loss adjuster's report, "
            "a copy of which is enclosed, and the contractor's invoice for the repairs.",
            "We are pleased to confirm that your claim has been "
            "accepted in full, less the policy excess.",
            "Payment will be made directly to the contractor within ten working days.",
        ],
        ("Sarah Quinlan", "Claims Handler"),
        ours=claim_no,
        pages=rng.choice((1, 2)),
        header=rng.choice(("short", "dash", "none")),
    )
    wr = writer_for(ADJUSTERS.name)
    text = [
        "Escape of water from a failed compression joint "
        "beneath the kitchen sink damaged the floor.",
        "The insured noticed the leak on returning home and closed the stopcock at once.",
        "We inspected the kitchen and found the laminate floor "
        "lifted across about twelve square metres.",
        "We recommend the claim is met in full subject to the policy excess of 250.00.",
    ]
    report = adjuster_report(
        wr, ADJUSTERS, claim_no, day - dt.timedelta(days=9), person, text, pages=rng.choice((1, 2))
    )
    invoice = invoice_doc(
        rng,
        rng.choice(GARAGES[:1] + SUPPLIERS[:1]),
        [person, *home],
        GOODS,
        day=day - dt.timedelta(days=12),
    )
    return Batch([Doc("letter", w, letter), Doc("report", wr, report), invoice])


def duplex_mix(rng: random.Random) -> Batch:
    """Post of a morning scanned duplex: invoices of several suppliers and a receipt, each
    one-sided sheet followed by its blank back."""
    customer = ["Greyfriars Hotel Group", "10 Abbey Road", "Bath BA1 1LR"]
    firms = rng.sample(SUPPLIERS, 2)
    docs = [invoice_doc(rng, f, customer, GOODS, pages=1) for f in firms]
    docs.insert(rng.randint(0, 2), _receipt(rng, some_day(rng), 3))
    return Batch(docs, dict.fromkeys(range(len(docs)), 1))


PACKETS: tuple[tuple[str, Callable[[random.Random], Batch], tuple[str, ...]], ...] = (
    ("claim", claim, ("mixed", "pdf", "scan", "mixed", "mixed")),
    ("expenses", expenses, ("mixed", "scan", "mixed", "pdf")),
    ("tenancy", tenancy, ("pdf", "mixed", "scan", "mixed")),
    ("mortgage", mortgage, ("mixed", "pdf", "scan")),
    ("ap-run", ap_run, ("pdf", "scan", "pdf", "scan", "pdf")),
    ("supplier-set", supplier_set, ("pdf", "scan", "pdf", "mixed")),
    ("fax", fax, ("scan", "scan", "scan")),
    ("email", email_batch, ("mixed", "pdf", "mixed", "scan")),
    ("correspondence", correspondence, ("pdf", "scan", "mixed", "pdf")),
    ("duplex", duplex_mix, ("scan", "scan", "mixed", "scan")),
)
