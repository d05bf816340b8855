"""Papers people send about themselves, for the bundle generators
(:mod:`testbed.evaluation.variety_bundles`): a rental application and the employer's letter
behind it, a bank's current-account statement (one page or several, brought and carried
forward), a mortgage broker's covering letter, an offer of employment, the contract of
employment and the new starter's details form.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_bundles_style import BANKS, Doc, address, bare, firm, footer, later

_PAYEES = (
    ("CARD PAYMENT TESCO STORES", -1), ("DIRECT DEBIT BRITISH GAS", -1), ("SALARY", 1),
    ("STANDING ORDER RENT", -1), ("CARD PAYMENT AMAZON.CO.UK", -1), ("TFL TRAVEL CH", -1),
    ("TRANSFER FROM SAVINGS", 1), ("DD COUNCIL TAX", -1), ("CASH ATM LLOYDS", -1),
    ("FASTER PAYMENT J MENSAH", 1), ("CARD PAYMENT PRET A MANGER", -1),
)  # fmt: skip


def bank_statement(
    rng: random.Random, holder: str, start: dt.date, *, pages: int = 1, bank: str | None = None,
    account: str | None = None, numbered: bool = True, opening: float | None = None,
) -> Doc:  # fmt: skip
    """A current account's monthly statement: the bank's name, the holder's address, sort
    code and account number, the period, Paid out / Paid in / Balance, brought and carried
    forward between pages, the closing balance."""
    w = Writer(rng, currency="GBP")
    bank = bank or rng.choice(BANKS)
    account = account or f"{rng.randint(10000000, 99999999)}"
    w.number = account
    end = later(start, 30)
    balance = opening if opening is not None else round(rng.uniform(300, 4200), 2)
    opening_text = bare(w, balance)
    per_page = rng.randint(8, 12)
    rows: list[list[str]] = []
    for index in range(per_page * pages - rng.randint(0, 3)):
        text, sign = rng.choice(_PAYEES)
        amount = round(rng.uniform(1800, 2900) if text == "SALARY" else rng.uniform(3, 180), 2)
        if sign < 0 and balance - amount < 50:
            text, sign = "TRANSFER FROM SAVINGS", 1
        when = later(start, min(30, index * 30 // (per_page * pages)))
        balance = round(balance + sign * amount, 2)
        paid_out, paid_in = (bare(w, amount), "") if sign < 0 else ("", bare(w, amount))
        w.line_item(text, None, None, amount)
        rows.append([w.date(when, None), text, paid_out, paid_in, bare(w, balance)])
    header = ["Date", "Description", "Paid out", "Paid in", "Balance"]
    top: list[Block] = [
        ("lines", [w.plain_org(bank), "Your current account statement"]),
        (
            "columns",
            [
                (w.person(holder), "Sort code 30-96-" + f"{rng.randint(10, 99)}"),
                (address(rng, "GBP")[0], "Account number " + w.key("documentNumber", account)),
                (address(rng, "GBP")[1], "Statement date " + w.date(end, "issue")),
            ],
        ),
        ("lines", [f"Period: {w.date(start, None)} to {w.date(end, None)}"]),
    ]
    out: list[list[Block]] = []
    size = -(-len(rows) // pages)
    style = rng.choice(("of", "slash", "pg"))
    for page in range(pages):
        part = rows[page * size : (page + 1) * size]
        blocks: list[Block] = (
            list(top)
            if page == 0
            else [("lines", [f"{bank}  Account {account}  Statement continued"])]
        )
        forward = "Balance brought forward" if page else "Opening balance"
        carried = opening_text if page == 0 else rows[page * size - 1][4]
        table = [header, ["", forward, "", "", carried], *part]
        if page < pages - 1:
            table.append(["", "Balance carried forward", "", "", part[-1][4]])
        blocks.append(("table", table))
        if page == pages - 1:
            blocks.append(("kv", [("Closing balance", w.total_money(balance))]))
        if numbered:
            blocks.append(footer(rng, style, page + 1, pages))
        out.append(blocks)
    return Doc("statement", out, w)


def rental_application(
    rng: random.Random, applicant: str, agent: tuple[str, str], day: dt.date
) -> Doc:
    """A letting agent's tenancy application as filled in: property, applicant, employment,
    income, previous address, consent, signature and date."""
    w = Writer(rng, currency="GBP")
    rent = float(rng.choice((950, 1175, 1400, 1650)))
    blocks: list[Block] = [
        ("lines", [firm(w, agent), "Lettings | 01603 555 210"]),
        ("title", "Tenancy Application Form"),
        (
            "kv",
            [
                ("Property applied for", "Flat 3, 27 Unthank Road, Norwich"),
                ("Monthly rent", w.money(rent)),
                ("Move-in date", w.date(later(day, 30), None)),
            ],
        ),
        ("heading", "Applicant"),
        (
            "kv",
            [
                ("Full name", w.person(applicant)),
                ("Date of birth", "14/03/1991"),
                ("Current address", address(rng, "GBP")[0]),
                ("Time at address", "3 years"),
            ],
        ),
        ("heading", "Employment"),
        (
            "kv",
            [
                ("Employer", firm(w, ("Helmsley Foods", "plc"))),
                ("Position", "Logistics Planner"),
                ("Annual salary", w.money(float(rng.choice((31500, 36000, 42750))))),
            ],
        ),
        ("heading", "Declaration"),
        ("para", "I confirm the above is correct and consent to a credit and referencing check."),
        ("kv", [("Signed", applicant), ("Date", w.date(day, "issue"))]),
    ]
    return Doc("form", [blocks], w)


def employer_letter(
    rng: random.Random, employee: str, employer: tuple[str, str], day: dt.date
) -> Doc:
    """An employer's reference: letterhead, 'To whom it may concern', the employee's role,
    start date and salary, signed by HR."""
    w = Writer(rng, currency="GBP")
    signer = w.person(rng.choice(("Fiona Gallagher", "Ravi Chandran", "Olwen Price")))
    blocks: list[Block] = [
        ("lines", [firm(w, employer), *address(rng, "GBP"), "People Team"]),
        ("lines", [w.date(day, "issue")]),
        ("para", "To whom it may concern,"),
        ("heading", f"Employment reference - {w.person(employee)}"),
        (
            "para",
            f"I confirm that {employee} has been employed by us on a permanent, full-time "
            f"contract since {w.date(later(day, -900), None)} and is currently paid a gross "
            f"annual salary of {w.money(float(rng.choice((34000, 41500, 52000))))}.",
        ),
        ("para", "Please contact me should you require anything further."),
        ("lines", ["Kind regards,", "", signer, "HR Business Partner"]),
    ]
    return Doc("letter", [blocks], w)


def broker_letter(
    rng: random.Random, client: str, broker: tuple[str, str], lender: str, day: dt.date
) -> Doc:
    """A mortgage broker's covering letter to the lender's underwriters listing the file."""
    w = Writer(rng, currency="GBP")
    loan = float(rng.choice((185000, 242500, 310000)))
    adviser = w.person(rng.choice(("Simon Adeyemi", "Claire Rowntree")))
    blocks: list[Block] = [
        ("lines", [firm(w, broker), *address(rng, "GBP"), "FCA No. 612094"]),
        ("lines", ["Underwriting Team", w.plain_org(lender)]),
        ("lines", [w.date(day, "issue")]),
        (
            "lines",
            [f"Re: Mortgage application - {w.person(client)}", f"Loan amount: {w.money(loan)}"],
        ),
        ("para", "Dear Underwriter,"),
        (
            "para",
            "Please find enclosed the supporting documents for the above application: the "
            "applicant's last two bank statements and an employer's reference.",
        ),
        ("lines", ["Yours sincerely,", "", adviser, "Mortgage Adviser"]),
    ]
    return Doc("letter", [blocks], w)


def offer_letter(
    rng: random.Random, hire: str, employer: tuple[str, str], day: dt.date, start: dt.date
) -> Doc:
    """An offer of employment: the role, the salary, the start date, the conditions."""
    w = Writer(rng, currency=rng.choice(("GBP", "USD")))
    signer = w.person(rng.choice(("Meredith Oyelaran", "Jonah Eastwood")))
    blocks: list[Block] = [
        ("lines", [firm(w, employer), *address(rng, w.currency)]),
        ("lines", [w.date(day, "issue"), "", "Private & Confidential", w.person(hire)]),
        ("title", "Offer of Employment"),
        ("para", f"Dear {hire.split(maxsplit=1)[0]},"),
        (
            "para",
            f"We are delighted to offer you the position of Operations Analyst, starting on "
            f"{w.date(start, None)}, at a salary of {w.money(float(rng.choice((38000, 46500))))} "
            "per annum, subject to satisfactory references.",
        ),
        ("para", "Your contract of employment is enclosed. Please sign and return one copy."),
        ("lines", ["Best wishes,", "", signer, "Talent Acquisition"]),
    ]
    return Doc("letter", [blocks], w)


def employment_contract(
    rng: random.Random, hire: str, employer: tuple[str, str], day: dt.date, start: dt.date,
    *, pages: int = 2,
) -> Doc:  # fmt: skip
    """A contract of employment: numbered clauses over several pages, the start date, the
    signatures on the last page; page numbered at the foot, or not."""
    w = Writer(rng, currency="GBP")
    company = firm(w, employer)
    clauses = [
        (
            "1. Parties",
            f"This contract is made on {w.date(day, 'issue')} between {company} (the "
            f'"Employer") and {w.person(hire)} (the "Employee").',
        ),
        (
            "2. Commencement",
            f"Your employment begins on {w.date(start, 'effective')}. No previous "
            "employment counts as continuous employment.",
        ),
        (
            "3. Job title",
            "You are employed as Operations Analyst and report to the Head of Operations.",
        ),
        (
            "4. Place of work",
            "Your normal place of work is our Leeds office; hybrid working applies.",
        ),
        ("5. Hours", "Your normal hours are 37.5 per week, Monday to Friday."),
        ("6. Salary", f"Your salary is {w.money(46500.0)} per annum, paid monthly in arrears."),
        ("7. Holidays", "You are entitled to 25 days' holiday plus bank holidays."),
        ("8. Sickness", "Statutory sick pay applies subject to the company sickness policy."),
        (
            "9. Notice",
            "After the probationary period, either party may end this contract with one "
            "month's written notice.",
        ),
        (
            "10. Confidentiality",
            "You must not disclose confidential information during or after your employment.",
        ),
    ]
    per = -(-len(clauses) // pages)
    out: list[list[Block]] = []
    numbered = rng.random() < 0.6
    for page in range(pages):
        blocks: list[Block] = [("title", "CONTRACT OF EMPLOYMENT")] if page == 0 else []
        for heading, text in clauses[page * per : (page + 1) * per]:
            blocks += [("heading", heading), ("para", text)]
        if page == pages - 1:
            blocks.append(
                (
                    "columns",
                    [
                        ("Signed for the Employer", "Signed by the Employee"),
                        ("", ""),
                        (w.person("Meredith Oyelaran"), hire),
                    ],
                )
            )
        if numbered:
            blocks.append(footer(rng, "of", page + 1, pages))
        out.append(blocks)
    return Doc("contract", out, w)


def starter_form(rng: random.Random, hire: str, employer: tuple[str, str], day: dt.date) -> Doc:
    """The new starter's details form: personal details, bank details for pay, emergency
    contact, signed and dated."""
    w = Writer(rng, currency="GBP")
    blocks: list[Block] = [
        ("lines", [firm(w, employer)]),
        ("title", rng.choice(("New Starter Form", "Employee Details Form"))),
        ("heading", "Personal details"),
        (
            "kv",
            [
                ("Name", w.person(hire)),
                ("NI number", f"QQ {rng.randint(10, 99)} 45 67 C"),
                ("Address", address(rng, "GBP")[0]),
            ],
        ),
        ("heading", "Bank details"),
        ("kv", [("Account name", hire), ("Sort code", "20-00-00"), ("Account no.", "55779911")]),
        ("heading", "Emergency contact"),
        ("kv", [("Name", w.person("Elena Vogt")), ("Relationship", "Partner")]),
        ("kv", [("Signature", hire), ("Date", w.date(day, "issue"))]),
    ]
    return Doc("form", [blocks], w)


__all__ = [
    "bank_statement", "broker_letter", "employer_letter", "employment_contract", "offer_letter",
    "rental_application", "starter_form",
]  # fmt: skip
