"""The commercial papers of :mod:`testbed.evaluation.variety_batches`: a trade's invoice over
one to three pages, till and taxi receipts, a delivery note, a supplier's statement of
account, a bank's statement over several pages and a payslip, each as the page blocks it
prints and the writer that labelled it.

A document's pages are lists of blocks; a page after the first carries only what such
documents really carry there: a running header, ``Page 2 of 3``, ``continued``, or nothing.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from testbed.evaluation.corpus import Block, Writer

#: How a page after the first of a document shows it goes on.
CONTINUATIONS = ("page_of", "running", "continued", "none", "carried")


@dataclass
class Doc:
    """One document of a batch: its type, its pages, the writer holding its labels, and
    whether its pages reach the file as scans."""

    kind: str
    writer: Writer
    pages: list[list[Block]] = field(default_factory=list)
    scan: bool = False


@dataclass(frozen=True)
class Firm:
    """A sender as its letterhead prints it."""

    name: str
    suffix: str
    street: str
    town: str
    phone: str
    extra: str = ""  # a VAT or company registration line


def writer_for(seed: str, currency: str = "GBP", *, european: bool = False) -> Writer:
    """A writer whose number and date style is fixed by ``seed``: one firm prints all its
    papers alike."""
    return Writer(random.Random(seed), currency=currency, european=european)  # noqa: S311


def letterhead(
    w: Writer, firm: Firm, *, sells: bool = True, right: str | None = None
) -> list[Block]:
    """The firm's letterhead: its name (the vendor where it ``sells``), street, town, phone."""
    name = w.org((firm.name, firm.suffix), dot=True) if firm.suffix else w.plain_org(firm.name)
    if sells:
        name = w.key("vendor", name)
        w.vendor = f"{firm.name} {firm.suffix}".strip().rstrip(".")
    lines = [firm.street, firm.town, firm.phone, *([firm.extra] if firm.extra else [])]
    if right:
        return [("columns", [(name, right), *((line, "") for line in lines)])]
    return [("lines", [name, *lines])]


def _split[T](rows: list[T], pages: int) -> list[list[T]]:
    size = -(-len(rows) // pages)
    return [rows[i * size : (i + 1) * size] for i in range(pages)]


def trade_invoice(  # noqa: PLR0917 - the parts in the order they print
    w: Writer,
    firm: Firm,
    customer: list[str],
    number: str,
    day: dt.date,
    items: list[tuple[str, float | None, float]],
    *,
    pages: int = 1,
    continuation: str = "page_of",
    vat: float = 0.2,
    due_days: int | None = 30,
    title: str = "INVOICE",
) -> list[list[Block]]:
    """An invoice of a trade or a supplier: letterhead, title, number and dates beside the
    customer, an item table (``items``: description, quantity or ``None``, unit price) that
    may run over ``pages``, and its totals on the last page."""
    w.number = number
    head = letterhead(w, firm)
    head.append(("title", title))
    details = [("Invoice No.", w.key("documentNumber", number)), ("Date", w.date(day, "issue"))]
    if due_days is not None:
        details.append(("Due date", w.date(day + dt.timedelta(days=due_days), "due")))
    head.append(
        ("columns", [(line, f"{a}: {b}" if a else "") for line, (a, b) in _zip(customer, details)])
    )
    rows: list[list[str]] = []
    amounts: list[float] = []
    subtotal = 0.0
    for description, quantity, unit in items:
        amount = round((quantity or 1) * unit, 2)
        subtotal += amount
        amounts.append(amount)
        w.line_item(description, quantity, unit if quantity is not None else None, amount)
        shown = f"{quantity:g}" if quantity is not None else ""
        rows.append([description, shown, w.money(unit) if shown else "", w.money(amount)])
    header = ["Description", "Qty", "Unit price", "Amount"]
    chunks = _split(rows, pages)
    sums = [sum(part) for part in _split(amounts, pages)]
    out: list[list[Block]] = []
    carried = 0.0
    for index, chunk in enumerate(chunks):
        page: list[Block] = (
            head if index == 0 else _continued(w, number, index, pages, continuation)
        )
        if index and continuation == "carried":
            page.append(("kv", [("Brought forward", w.money(carried))]))
        page.append(("table", [header, *chunk]))
        carried = round(carried + sums[index], 2)
        last = index == pages - 1
        if not last:
            if continuation == "carried":
                page.append(("kv", [("Carried forward", w.money(carried))]))
            if continuation == "page_of":
                page.append(("para", f"Page {index + 1} of {pages}"))
            if continuation == "continued":
                page.append(("para", "Continued overleaf"))
        out.append(page)
    tax = round(subtotal * vat, 2)
    totals = [("Subtotal", w.money(subtotal))]
    if vat:
        totals.append((f"VAT @ {vat * 100:g}%", w.money(tax)))
    totals.append(("Total due", w.total_money(subtotal + tax)))
    out[-1].append(("kv", totals))
    out[-1].append(
        ("para", f"Payment by bank transfer to sort code 20-45-77, account 5301{number[-4:]}.")
    )
    if continuation == "page_of" and pages > 1:
        out[-1].append(("para", f"Page {pages} of {pages}"))
    return out


def _zip(left: list[str], right: list[tuple[str, str]]) -> list[tuple[str, tuple[str, str]]]:
    size = max(len(left), len(right))
    padded_left = left + [""] * (size - len(left))
    padded_right = right + [("", "")] * (size - len(right))
    return [(a, b) for a, b in zip(padded_left, padded_right, strict=True) if a or b[0]]


def _continued(w: Writer, number: str, index: int, pages: int, how: str) -> list[Block]:
    """What tops a page after the first: the firm's running header, or nothing."""
    if how == "running":
        return [("lines", [f"{w.vendor} - Invoice {number} - page {index + 1}"])]
    if how == "continued":
        return [("lines", [f"Invoice {number} (continued)"])]
    return []


def till_receipt(
    w: Writer, shop: str, address: str, day: dt.date, items: list[tuple[str, float]], *, till: str
) -> list[list[Block]]:
    """A till's slip: the shop, its lines priced on the right, the total, how it was paid."""
    w.vendor = shop
    lines = [w.key("vendor", w.plain_org(shop)), address, ""]
    lines.append(f"{w.date(day, 'issue')}  {10 + len(items)}:{len(shop) + 10:02d}")
    lines.append(f"Till {till[:2]}  Receipt {w.key('documentNumber', till)}")
    w.number = till
    lines.append("")
    total = 0.0
    for name, price in items:
        total += price
        w.line_item(name, None, None, price)
        lines.append(f"{name:<26}{w.money(price):>12}")
    lines.append(f"{'TOTAL':<26}{w.total_money(total):>12}")
    lines.append(f"{'CARD':<26}{w.money(total):>12}")
    lines += ["", "Thank you for shopping with us", "Please keep your receipt"]
    return [[("lines", lines)]]


def cab_receipt(
    w: Writer, firm: str, day: dt.date, fare: float, *, route: str
) -> list[list[Block]]:
    """A private-hire firm's receipt: no item table, the fare paid."""
    w.vendor = firm
    name = w.key("vendor", w.plain_org(firm))
    return [
        [
            ("lines", [name, "Licensed private hire operator", ""]),
            ("heading", "RECEIPT"),
            (
                "kv",
                [
                    ("Date", w.date(day, "issue")),
                    ("Journey", route),
                    ("Driver no.", "4417"),
                    ("Fare paid", w.total_money(fare)),
                ],
            ),
            ("para", "Received with thanks."),
        ]
    ]


def delivery_note(  # noqa: PLR0917 - the parts in the order they print
    w: Writer,
    firm: Firm,
    customer: list[str],
    number: str,
    day: dt.date,
    items: list[tuple[str, float | None, float]],
) -> list[list[Block]]:
    """A delivery note: the supplier's letterhead, what was delivered, no prices."""
    head = [*letterhead(w, firm, sells=False), ("title", "DELIVERY NOTE")]
    head.append(
        (
            "kv",
            [
                ("Delivery note", number),
                ("Delivery date", w.date(day, "issue")),
                ("Deliver to", ", ".join(customer)),
            ],
        )
    )
    rows = [["Item", "Qty ordered", "Qty delivered"]]
    rows += [[d, f"{q or 1:g}", f"{q or 1:g}"] for d, q, _ in items]
    head += [
        ("table", rows),
        ("para", "Received in good condition: ____________  Signed: ____________"),
    ]
    return [head]


def supplier_statement(  # noqa: PLR0917 - the parts in the order they print
    w: Writer,
    firm: Firm,
    customer: list[str],
    account: str,
    day: dt.date,
    invoices: list[tuple[dt.date, str, float]],
) -> list[list[Block]]:
    """A supplier's statement of account: the invoices open on the account and its balance."""
    head = [*letterhead(w, firm), ("title", "STATEMENT OF ACCOUNT")]
    w.number = account
    head.append(
        (
            "columns",
            [
                (customer[0], f"Account no: {w.key('documentNumber', account)}"),
                (customer[1], f"Statement date: {w.date(day, 'issue')}"),
            ],
        )
    )
    rows = [["Date", "Reference", "Details", "Debit", "Credit", "Balance"]]
    balance = 0.0
    for when, ref, amount in invoices:
        balance += amount
        w.line_item(f"Invoice {ref}", None, None, amount)
        rows.append(
            [
                w.date(when, None),
                ref,
                f"Invoice {ref}",
                w.money(amount),
                "",
                w.money(balance),
            ]
        )
    head.append(("table", rows))
    head.append(("kv", [("Balance due", w.total_money(balance))]))
    head.append(("para", "Please remit any overdue balance by return. Thank you for your custom."))
    return [head]


def bank_statement(  # noqa: PLR0917 - the parts in the order they print
    w: Writer,
    bank: str,
    holder: list[str],
    account: str,
    start: dt.date,
    rows: list[tuple[int, str, float]],
    *,
    opening: float,
    per_page: int = 12,
    running: bool = True,
) -> list[list[Block]]:
    """A bank's monthly statement: ``rows`` (day of the period, payee, signed amount) in
    pages of ``per_page``, the balance brought forward, a running header on later pages."""
    end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    w.number = account
    period = f"{w.date(start, None)} to {w.date(end, 'issue')}"
    head: list[Block] = [("lines", [w.plain_org(bank), "Statement of account"])]
    head.append(
        (
            "columns",
            [
                (holder[0], f"Account number: {w.key('documentNumber', account)}"),
                (holder[1], f"Sort code: 40-11-{account[-2:]}0"),
                (holder[2], f"Statement period: {period}"),
            ],
        )
    )
    header = ["Date", "Description", "Paid out", "Paid in", "Balance"]
    balance = opening
    chunks = [rows[i : i + per_page] for i in range(0, len(rows), per_page)]
    pages: list[list[Block]] = []
    for index, chunk in enumerate(chunks):
        page = head if index == 0 else []
        if index and running:
            page.append(("lines", [f"{bank}  Account {account}  Page {index + 1}"]))
        table = [
            header,
            [
                w.date(start, None),
                "Balance brought forward",
                "",
                "",
                w.money(balance),
            ],
        ]
        for offset, payee, amount in chunk:
            balance = round(balance + amount, 2)
            shown = w.money(abs(amount))
            w.line_item(payee, None, None, abs(amount))
            cells = ["", shown] if amount > 0 else [shown, ""]
            table.append(
                [
                    w.date(start + dt.timedelta(days=offset), None),
                    payee,
                    *cells,
                    w.money(balance),
                ]
            )
        if index < len(chunks) - 1:
            table.append(["", "Balance carried forward", "", "", w.money(balance)])
        page.append(("table", table))
        pages.append(page)
    pages[-1].append(("kv", [("Closing balance", w.total_money(balance))]))
    pages[-1].append(("para", f"{bank} is authorised by the Prudential Regulation Authority."))
    return pages


def payslip(  # noqa: PLR0917 - the parts in the order they print
    w: Writer, employer: str, employee: str, number: str, day: dt.date, gross: float
) -> list[list[Block]]:
    """A monthly payslip: pay, deductions and net pay, dated the day it is paid (``other``)."""
    tax = round(gross * 0.17, 2)
    ni = round(gross * 0.08, 2)
    w.plain_org(employer)
    return [
        [
            (
                "columns",
                [
                    (employer, "PAYSLIP"),
                    (f"Employee: {w.person(employee)}", f"Pay date: {w.date(day, 'issue')}"),
                    (f"Employee no: {number}", "Tax code: 1257L"),
                ],
            ),
            (
                "table",
                [
                    ["Payments", "Amount", "Deductions", "Amount"],
                    ["Basic salary", w.money(gross), "Income tax", w.money(tax)],
                    ["", "", "National Insurance", w.money(ni)],
                ],
            ),
            (
                "kv",
                [
                    ("Gross pay", w.money(gross)),
                    ("Total deductions", w.money(tax + ni)),
                    ("Net pay", w.money(gross - tax - ni)),
                ],
            ),
        ]
    ]
