"""Papers of a trade account: a supplier's statement of account to a trade customer (every
open invoice with its own number, date and due date, payments and credit notes against them,
an ageing band, the total now due and a remittance slip), and the receipt a firm issues when
a customer pays on account.

The statement is full of invoice numbers and dates that are not the statement's: its date is
the statement date, its total the balance it asks for, its due date only the "please remit
by" date when one is printed (the invoices' own due dates are theirs), and its number only a
printed statement number (the customer's account number names the account, not the paper).
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_harbour_world import (
    Country,
    Draft,
    address,
    company,
    date_style,
    day,
    land_of,
    money,
    plain,
)
from testbed.evaluation.truth import LineItem
from testbed.evaluation.variety_dues_print import Sheet


def _ledger(
    rng: random.Random, land: Country, issued: dt.date, terms: int
) -> tuple[list[list[str]], list[LineItem], list[float], float]:
    """The account's last three months: invoices, payments and credits with a running
    balance, each as a row and a line item, and the balance aged (current, 30, 60, 90+ days
    past due; unapplied payments taken off the oldest)."""
    balance = 0.0
    rows = [["Date", "Details", "Due date", "Debit", "Credit", "Balance"]]
    items: list[LineItem] = []
    ageing = [0.0, 0.0, 0.0, 0.0]  # current, 30, 60, 90+ days past due
    when = issued - dt.timedelta(days=rng.randint(80, 110))
    for _ in range(rng.randint(4, 7)):
        when += dt.timedelta(days=rng.randint(6, 20))
        if when >= issued:
            break
        if items and rng.random() < 0.3:
            paid = round(min(balance, rng.uniform(100, 1500)), 2)
            if paid <= 0:
                continue
            balance = round(balance - paid, 2)
            text = rng.choice(
                ("Payment received - thank you", "Credit note CN-" + str(rng.randint(100, 999)))
            )
            rows.append(
                [day(when, land, "num"), text, "", "", plain(paid, land), plain(balance, land)]
            )
            items.append(LineItem(text, None, None, paid))
            ageing[0] -= paid
            continue
        amount = round(rng.uniform(120, 4200), 2)
        due = when + dt.timedelta(days=terms)
        balance = round(balance + amount, 2)
        text = f"Invoice INV-{rng.randint(10000, 99999)}"
        rows.append([day(when, land, "num"), text, day(due, land, "num"), plain(amount, land), "",
                     plain(balance, land)])  # fmt: skip
        items.append(LineItem(text, None, None, amount))
        late = (issued - due).days
        ageing[0 if late <= 0 else 1 if late <= 30 else 2 if late <= 60 else 3] += amount
    if not items:
        amount = round(rng.uniform(120, 4200), 2)
        first = day(issued + dt.timedelta(days=terms), land, "num")
        rows.append([day(issued, land, "num"), "Invoice INV-10001", first, plain(amount, land), "",
                     plain(amount, land)])  # fmt: skip
        items.append(LineItem("Invoice INV-10001", None, None, amount))
        balance = ageing[0] = amount
    if ageing[0] < 0:  # unapplied credits come off the oldest balance
        for i in (3, 2, 1):
            take = min(ageing[i], -ageing[0])
            ageing[i] -= take
            ageing[0] += take
    return rows, items, ageing, balance


def supplier_statement(rng: random.Random) -> tuple[Sheet, Draft]:
    """A statement of account: the customer's account number, the statement date, a ledger of
    invoices, payments and credits with a running balance, ageing, the amount due, and a
    remittance slip repeating it."""
    land = land_of(rng, "UK AU NZ US IE CA SG")
    d = Draft("statement", land)
    style = date_style(rng, land)
    seller = company(rng, land)
    buyer = company(rng, land, avoid=seller)
    issued = dt.date(2025, 7, 1) + dt.timedelta(days=rng.randrange(480))
    terms = rng.choice((14, 30))
    rows, items, ageing, balance = _ledger(rng, land, issued, terms)
    d.items = items
    heads = ["Current", "30 days", "60 days", "90+ days", "Total due"]
    band = [*(money(max(a, 0.0), land) for a in ageing), d.money(balance, key="total")]
    panel = [("Statement date", d.date("issue", issued, style)),
             ("Account no.", f"{buyer.split()[0][:3].upper()}{rng.randint(100, 999)}"),
             ("Terms", f"{terms} days")]  # fmt: skip
    if rng.random() < 0.4:
        panel.insert(0, ("Statement no.", d.num(f"ST{rng.randint(1000, 99999)}")))
    remit = rng.random() < 0.5
    by = issued + dt.timedelta(days=14)
    pay = (
        f"Please remit the total due by {d.date('due', by, style)}."
        if remit
        else "Please pay the overdue items now and the current items by their due dates."
    )
    body = [
        ("title", rng.choice(("STATEMENT", "Statement of Account"))),
        ("table", rows),
        ("table", [heads, band]),
        ("para", pay + " If you have already paid, thank you - please ignore this statement."),
    ]
    slip = [
        ("lines", ["REMITTANCE ADVICE - return with your payment"]),
        ("kv", [("Customer", buyer), ("Account no.", panel[-2][1]),
                ("Amount due", money(balance, land)), ("Amount paid", "____________")]),
    ]  # fmt: skip
    sheet = Sheet(
        head=[d.seller(seller), *address(rng, land)],
        panel=panel,
        panel_style=rng.choice(("box", "stack")),
        address=[d.org(buyer), "Accounts Payable", *address(rng, land)],
        body=body,
        slip=slip,
        text_panel=rng.choice(("kv", "columns")),
    )
    return sheet, d


def payment_receipt(rng: random.Random) -> tuple[Sheet, Draft]:
    """A receipt a firm issues for a payment on account: its own receipt number and date, who
    paid, how (a cheque number, a bank reference), and the invoices it settles with their
    numbers and dates. The receipt's number is its own; the invoices' are what it pays."""
    land = land_of(rng, "SG IN UK AU NZ US IE")
    d = Draft("receipt", land)
    style = date_style(rng, land)
    seller = company(rng, land)
    payer = company(rng, land, avoid=seller)
    paid_on = dt.date(2025, 7, 1) + dt.timedelta(days=rng.randrange(480))
    scale = 80 if land.code == "IN" else 1
    rows = [["Invoice", "Invoice date", "Amount paid"]]
    items = []
    for _ in range(rng.randint(1, 3)):
        billed = paid_on - dt.timedelta(days=rng.randint(10, 60))
        amount = round(rng.uniform(150, 3000) * scale, 2)
        ref = f"INV-{rng.randint(10000, 99999)}"
        rows.append([ref, day(billed, land, "num"), plain(amount, land)])
        items.append(LineItem(ref, None, None, amount))
    d.items = items
    total = round(sum(i.amount for i in items), 2)
    how = rng.choice((f"Cheque No. {rng.randint(100000, 999999)}", "Bank transfer (EFT)",
                      f"PayNow ref {rng.randint(10**7, 10**8 - 1)}", "Cash"))  # fmt: skip
    signer = d.who(f"{rng.choice(('J.', 'P.', 'A.', 'S.'))} {rng.choice(('Lim', 'Rao', 'Hughes'))}")
    prefix = rng.choice(("R", "OR", "RCT"))
    title = {"SG": "OFFICIAL RECEIPT", "IN": "PAYMENT RECEIPT"}.get(land.code, "RECEIPT")
    body = [
        ("title", title),
        ("kv", [("Receipt No.", d.num(f"{prefix}-{rng.randint(1000, 9999)}")),
                ("Date", d.date("issue", paid_on, style)), ("Received from", d.org(payer)),
                ("The sum of", d.money(total, key="total")), ("Payment by", how)]),
        ("para", "Being payment of the following invoice(s):"),
        ("table", rows),
        ("lines", ["Balance outstanding on account: " + money(0.0, land), "",
                   f"Received by: {signer}", f"for {seller}"]),
    ]  # fmt: skip
    sheet = Sheet(head=[d.seller(seller), *address(rng, land)], body=body)
    return sheet, d


__all__ = ["payment_receipt", "supplier_statement"]
