"""Main street's money papers: a credit-card statement (closing date, payment due date,
minimum payment and new balance side by side), a bank statement (a period, balances, no bill)
and a charity's donation receipt (the gift's date beside the receipt's own).
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_mainstreet_kit import (
    Paper,
    day_between,
    labelled,
    person,
    phone,
    tax_id,
)
from testbed.evaluation.truth import Block, Labels, LineItem, mark
from testbed.evaluation.variety_dues_print import Sheet

_SHOPS = (
    "SAFEWAY #1432",
    "SHELL OIL 5744",
    "AMAZON MKTP",
    "NETFLIX.COM",
    "COSTCO WHSE 0112",
    "TIM HORTONS 2231",
    "TESCO STORES 3312",
    "WOOLWORTHS 1180",
    "COUNTDOWN RICCARTON",
    "HOME DEPOT 4410",
    "UBER TRIP",
    "SPOTIFY",
    "BP CONNECT",
    "CAFE NERO",
)


def card_statement(rng: random.Random) -> tuple[Sheet, Labels]:
    """A card statement: it bills the new balance by the payment due date; the minimum
    payment, the previous balance and the credit limit are other amounts on the same page."""
    paper = Paper.start(rng)
    bank = paper.org(
        rng.choice(
            (
                "First Prairie Bank",
                "Lakeland Credit Union",
                "Harbour Bank",
                "Tui Credit Union",
                "Northern Rock Savings",
                "Redgum Bank",
            )
        )
    )
    card = rng.choice(("Visa", "Mastercard", "Visa Platinum", "Rewards Mastercard"))
    holder = paper.who(person(rng))
    closing = day_between(rng, dt.date(2025, 6, 1), dt.date(2026, 11, 25))
    opening = closing - dt.timedelta(days=rng.choice((29, 30, 31)))
    due = closing + dt.timedelta(days=rng.choice((21, 25, 25, 28)))
    previous = round(rng.uniform(200, 2400), 2)
    paid = round(previous if rng.random() < 0.5 else rng.uniform(50, previous), 2)
    rows = [(opening + dt.timedelta(days=rng.randint(2, 8)), "PAYMENT - THANK YOU", -paid)]
    rows += [
        (day_between(rng, opening, closing), shop, round(rng.uniform(4, 260), 2))
        for shop in rng.sample(_SHOPS, rng.randint(3, 7))
    ]
    rows.sort()
    purchases = round(sum(amount for _, _, amount in rows if amount > 0), 2)
    items = [LineItem(text, None, None, amount) for _, text, amount in rows]
    interest = 0.0 if paid >= previous else round((previous - paid) * 0.0175, 2)
    new = round(previous - paid + purchases + interest, 2)
    minimum = round(max(25.0, new * 0.02), 2) if new > 25 else new
    limit = float(rng.choice((3000, 5000, 8000, 12000)))
    shown = [
        [paper.day(w), paper.day(w + dt.timedelta(days=1)), t, paper.bare(a)] for w, t, a in rows
    ]
    us = paper.place.country in ("US", "CA")
    last4 = rng.randint(1000, 9999)
    panel = [
        ("Account Number", f"XXXX XXXX XXXX {last4}"),
        ("Statement Closing Date" if us else "Statement Date", paper.day(closing, "issue")),
        ("Payment Due Date", paper.day(due, "due")),
        ("New Balance", mark("total", paper.money(new, code=True))),
        ("Minimum Payment Due" if us else "Minimum Payment", paper.money(minimum)),
    ]
    summary = [
        ("Previous Balance", paper.money(previous)),
        ("Payments", paper.money(-paid)),
        ("Purchases", paper.money(purchases)),
        ("Interest Charged", paper.money(interest)),
        ("New Balance", paper.money(new)),
        ("Credit Limit", paper.money(limit)),
        ("Available Credit", paper.money(max(0.0, limit - new))),
    ]
    period = f"{paper.day(opening)} - {paper.day(closing)}"
    body: list[Block] = [
        ("title", f"{card} Statement"),
        ("kv", [("Statement period", period), ("Cardholder", holder)]),
        ("heading", "Account Summary"),
        ("kv", summary),
        ("heading", "Transactions"),
        ("table", [["Trans Date", "Post Date", "Description", "Amount"], *shown]),
        (
            "para",
            "Late Payment Warning: If we do not receive your minimum payment by the date "
            f"listed above, you may have to pay a late fee of up to {paper.money(41.0)}. "
            "Minimum Payment Warning: paying only the minimum will take longer to pay off "
            f"your balance. Customer service {phone(rng, paper.place)}.",
        ),
    ]
    slip = [
        (
            "kv",
            [
                ("Account ending in", str(last4)),
                ("Payment Due Date", paper.day(due)),
                ("New Balance", paper.money(new)),
                ("Amount Enclosed", f"{paper.place.symbol}__________"),
            ],
        )
    ]
    sheet = Sheet(
        head=[mark("vendor", bank), card, "PO Box " + str(rng.randint(100, 9999))],
        panel=panel,
        address=[holder, *paper.address()],
        body=body,
        slip=slip,
        panel_style=rng.choice(("box", "stack")),
        text_panel=rng.choice(("kv", "columns")),
    )
    return sheet, labelled(paper, "statement", number=None, vendor=bank, total=new, items=items)


def bank_statement(rng: random.Random) -> tuple[Sheet, Labels]:
    """A current account statement: it bills nothing (no total); its date is the statement
    date when printed, else the period's last day."""
    paper = Paper.start(rng)
    bank = paper.org(
        rng.choice(
            (
                "Cornerstone Community Bank",
                "Bank of the Midlands",
                "Kauri Savings Bank",
                "Southern Cross Credit Union",
                "Maritime Savings & Loan",
            )
        )
    )
    holder = paper.org(
        rng.choice(
            (
                "Blue Heron Bakery LLC",
                "T. & M. Ashworth",
                "Fraser Valley Dog Rescue",
                "Bayview Physio Ltd",
            )
        )
    )
    end = _month_end(day_between(rng, dt.date(2025, 6, 1), dt.date(2026, 10, 31)))
    start = end.replace(day=1)
    dated = rng.random() < 0.5
    opening = round(rng.uniform(1500, 25000), 2)
    balance, rows, items = opening, [], []
    for _ in range(rng.randint(4, 10)):
        out = rng.random() < 0.6
        amount = round(rng.uniform(20, 1800), 2)
        text = (
            rng.choice(
                (
                    "EFTPOS PURCHASE",
                    "DIRECT DEBIT - INSURANCE",
                    "CHEQUE 000" + str(rng.randint(100, 999)),
                    "ACH PAYROLL",
                    "ONLINE TRANSFER",
                    "CARD PURCHASE OFFICEWORKS",
                )
            )
            if out
            else rng.choice(
                ("DEPOSIT", "SQUARE SETTLEMENT", "STRIPE PAYOUT", "TRANSFER FROM SAVINGS")
            )
        )
        balance = round(balance + (-amount if out else amount), 2)
        rows.append((day_between(rng, start, end), text, amount, out))
    rows.sort()
    balance, shown = opening, []
    for when, text, amount, out in rows:
        balance = round(balance + (-amount if out else amount), 2)
        shown.append(
            [
                paper.day(when),
                text,
                paper.bare(amount) if out else "",
                "" if out else paper.bare(amount),
                paper.bare(balance),
            ]
        )
        items.append(LineItem(text, None, None, amount))
    code = {
        "US": "Routing No.",
        "CA": "Transit No.",
        "UK": "Sort Code",
        "IE": "BIC",
        "AU": "BSB",
        "NZ": "Branch",
    }[paper.place.country]
    if dated:
        issued = end + dt.timedelta(days=rng.randint(1, 3))
        period = f"{paper.day(start)} to {paper.day(end)}"
        panel = [("Statement Date", paper.day(issued, "issue")), ("Statement Period", period)]
    else:
        panel = [("Statement Period", f"{paper.day(start)} to {paper.day(end, 'issue')}")]
    panel += [
        ("Account Number", f"{rng.randint(10000000, 99999999)}"),
        (code, _branch(paper.place.country, rng.randint(100, 999), rng.randint(100, 999))),
        ("Page", "1 of 1"),
    ]
    body: list[Block] = [
        (
            "title",
            rng.choice(
                ("Business Checking Statement", "Account Statement", "Statement of Account")
            ),
        ),
        (
            "kv",
            [("Opening balance", paper.money(opening)), ("Closing balance", paper.money(balance))],
        ),
        ("table", [["Date", "Description", "Withdrawals", "Deposits", "Balance"], *shown]),
        (
            "para",
            "Please examine this statement promptly and report any discrepancy within 30 "
            f"days. Telephone banking {phone(rng, paper.place)}.",
        ),
    ]
    sheet = Sheet(
        head=[mark("vendor", bank), *paper.address()],
        panel=panel,
        address=[holder, *paper.address()],
        body=body,
        text_panel=rng.choice(("kv", "columns")),
    )
    return sheet, labelled(paper, "statement", number=None, vendor=bank, total=None, items=items)


def _branch(country: str, first: int, second: int) -> str:
    """The bank's branch code the way the country writes it (a UK sort code in pairs)."""
    if country == "UK":
        return f"{first // 10}-{first % 10}{second // 100}-{second % 100:02d}"
    if country == "IE":
        return f"AIBKIE2D{first}"[:11]
    if country == "US":
        return f"0{first}{second}{(first + second) % 100:02d}"
    if country == "CA":
        return f"{first}{second % 100:02d}-00{first % 10}"
    if country == "NZ":
        return f"{first % 38 + 1:02d}-{second}{first % 10}"
    return f"{first}-{second}"


def _month_end(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def donation_receipt(rng: random.Random) -> tuple[Sheet, Labels]:
    """A charity's receipt for a gift: the receipt's issue date, the gift's date beside it."""
    paper = Paper.start(rng)
    country = paper.place.country
    charity = paper.org(
        rng.choice(
            (
                "Riverside Food Bank",
                "Hope Harbour Animal Shelter",
                "Friends of the Public Library",
                "Coastal Trails Trust",
                "St. Anne's Community Kitchen",
            )
        )
    )
    donor = paper.who(person(rng))
    gift = day_between(rng, dt.date(2025, 1, 10), dt.date(2026, 11, 20))
    issued = gift + dt.timedelta(days=rng.choice((0, 3, 12, 40)))
    amount = float(rng.choice((25, 50, 100, 150, 250, 500, 1000)))
    number = rng.choice(
        (f"{gift.year}-{rng.randint(100, 4999):05d}", f"R{rng.randint(10000, 99999)}")
    )
    reg = {
        "US": f"EIN {rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}",
        "CA": f"Charitable Registration No. {rng.randint(100000000, 999999999)} RR0001",
        "UK": f"Registered Charity No. {rng.randint(1000000, 1199999)}",
        "IE": f"RCN {rng.randint(20000000, 20099999)}",
        "AU": tax_id(rng, paper.place),
        "NZ": f"Charities Services No. CC{rng.randint(10000, 59999)}",
    }[country]
    title = "Official Receipt for Income Tax Purposes" if country == "CA" else "Donation Receipt"
    fields = [
        ("Receipt No.", mark("documentNumber", number)),
        ("Date issued" if country == "CA" else "Receipt date", paper.day(issued, "issue")),
        ("Date donation received", paper.day(gift)),
        ("Donor", donor),
        ("Amount of gift", mark("total", paper.money(amount, code=True))),
    ]
    if country == "CA":
        fields.append(("Eligible amount of gift for tax purposes", paper.money(amount)))
    note = {
        "US": "No goods or services were provided in exchange for this contribution.",
        "AU": "Donations of $2 or more are tax deductible.",
        "UK": "Gift Aid: we will reclaim 25p of tax on every £1 you give.",
    }.get(country, "Thank you for your generous support.")
    body: list[Block] = [
        ("title", title),
        ("kv", fields),
        ("para", note),
        ("para", f"Thank you, {donor.split()[0]}! Your gift helps us serve our community."),
        (
            "columns",
            [("Authorized signature: ______________", f"{paper.who(person(rng))}, Treasurer")],
        ),
    ]
    sheet = Sheet(
        head=[mark("vendor", charity), *paper.address(), reg],
        address=[donor, *paper.address()],
        body=body,
    )
    return sheet, labelled(paper, "receipt", number=number, vendor=charity, total=amount)
