"""Documents of several pages as offices print them, for the multi-page cases of the
development set (:mod:`testbed.evaluation.multipage_cases`).

What varies here is what a reader leafing through pages goes by: the letterhead printed again
at the top of every page, or only on the first; a continuation header ("Invoice 4471
(continued)", "Ms Voss - 12 March 2026 - page 2") or none; page numbers in several languages
and styles ("Seite 2 von 3", "Page 2 sur 3", "Pg. 2/3", "2 / 3", "- 2 -"), at the head or the
foot, beside the company's registration line; an invoice whose first page ends on a sum
carried forward and whose total stands on its last page; a contract of three pages whose
clauses run on untitled and whose signatures stand alone on the last page; a statement
numbering its pages at the top right; a cover letter or memo that names the invoice it
encloses and its amount.

Each template takes a seeded ``random.Random`` and the pages it should fill (where that
varies), and returns the :class:`~testbed.evaluation.corpus.Writer` holding its labels and its
pages. The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from testbed.evaluation.corpus import Writer, random_day
from testbed.evaluation.variety_pages import Page

type Template = Callable[[random.Random, int], tuple[Writer, list[Page]]]

#: (name, legal form).
FIRMS = (
    ("Aldercrest Joinery", "Ltd"), ("Brandt & Vogel", "GmbH"), ("Soleil Traiteur", "SAS"),
    ("Kowalczyk Transport", "S.A."), ("Nakamura Precision", "Co."),
    ("Riverbend Veterinary", "PLLC"), ("Osterholm Data", "Oy"), ("Marlowe Print Works", "LLP"),
    ("Ventoux Ingenierie", "SA"), ("Greyfriars Surveyors", "LLP"),
    ("Aurora Cold Storage", "Inc."), ("Tessaro Arredamenti", "S.r.l."),
    ("Hallgrimsson Fisheries", "hf."), ("Pemberton Acoustics", "Ltd"),
)  # fmt: skip
SHOPS = ("Marktplatz Apotheke", "Harrow Road Taxis", "Little Lisbon Bistro", "Quayside Car Park")
BANKS = (("Baltic Coast Bank", "AS"), ("Meridian Savings Bank", "plc"), ("Alpenland Bank", "AG"))
GIVEN = ("Ottilie", "Bram", "Saoirse", "Joaquin", "Nadia", "Florian", "Tove", "Idris", "Marisol",
         "Caspar", "Ilse", "Rohan")  # fmt: skip
FAMILY = ("Vandersteen", "Ashworth", "Kaminski", "Lindgren", "Obi", "Castellanos", "Fairbairn",
          "Nakagawa", "Ruiz", "Halvorsen")  # fmt: skip
ROLES = ("Claims Officer", "Accounts Payable Lead", "Managing Partner", "Office Manager",
         "Director of Finance", "Contracts Manager")  # fmt: skip
ADDRESSES = ("7 Tanner Row, York YO1 6JB", "Hafenstrasse 41, 20359 Hamburg",
             "12 rue des Lilas, 69003 Lyon", "500 Pine Street, Seattle, WA 98101",
             "ul. Dluga 5, 80-827 Gdansk")  # fmt: skip
WORKS = ("Oak staircase", "Fitting labour", "Kitchen cabinets", "Skirting boards", "Door frames",
         "Site survey", "Waste removal", "Varnish and sealant", "Window sills", "Travel time",
         "Design consultation", "Hinges and fixings")  # fmt: skip
#: Page numbering as printers word it: (pattern, whether it states the count).
NUMBERING = ("Page {n} of {m}", "Seite {n} von {m}", "Page {n} sur {m}", "Pg. {n}/{m}",
             "{n} / {m}", "Sheet {n} of {m}", "- {n} -", "Página {n} de {m}")  # fmt: skip
#: Clauses of a seller's terms printed behind its invoices.
TERMS = ("1. These terms apply to every order unless agreed otherwise in writing.",
         "2. Goods remain our property until paid for in full.",
         "3. Complaints must be made in writing within eight days of delivery.",
         "4. Late payments bear interest at the statutory rate.",
         "5. The courts at our registered office have jurisdiction.")  # fmt: skip
#: Labels of the sum a full page carries to the next.
CARRIED = ("Carried forward", "Subtotal carried forward", "Balance c/f", "Transfer to next page")
BROUGHT = ("Brought forward", "Balance b/f", "Carried over from previous page", "Übertrag")


def person(w: Writer, rng: random.Random, taken: set[str]) -> str:
    given = rng.choice([g for g in GIVEN if g not in taken])
    taken.add(given)
    return w.person(f"{given} {rng.choice(FAMILY)}")


def firm(w: Writer, rng: random.Random, taken: set[str]) -> tuple[str, str]:
    name, form = rng.choice([f for f in FIRMS if f[0] not in taken])
    taken.add(name)
    w.org((name, form), dot=True)
    return name, f"{name} {form}"


def numbered(pages: list[Page], style: str, company: str = "") -> list[Page]:
    """Every page's footer: the company's registration line (if any) and its number."""
    for n, page in enumerate(pages, start=1):
        mark = style.format(n=n, m=len(pages))
        page.footer = f"{company}      {mark}" if company else mark
    return pages


def registration(rng: random.Random, firm_name: str) -> str:
    return rng.choice((
        f"{firm_name} - Registered in England and Wales No. {rng.randint(1000000, 9999999)}",
        f"Sitz: Hamburg - HRB {rng.randint(10000, 99999)}"
        f" - USt-IdNr. DE{rng.randint(10**8, 10**9 - 1)}",
        f"SIRET {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)} 00012",
        "",
    ))  # fmt: skip


def long_invoice(
    rng: random.Random, pages: int, vendor: tuple[str, str] | None = None
) -> tuple[Writer, list[Page]]:
    """An invoice of ``pages`` pages: the first ends on a sum carried forward, the next ones
    open with the letterhead again, a continuation header, a sum brought forward, or straight
    with the rows; the totals and the due date stand on the last page."""
    currency = rng.choice(("EUR", "GBP", "USD", "CHF"))
    w = Writer(rng, currency=currency, european=currency == "EUR" and rng.random() < 0.6)
    taken: set[str] = set()
    if vendor is None:
        name, shown = firm(w, rng, taken)
    else:
        name, shown = vendor[0], w.org(vendor, dot=True)
        taken.add(name)
    w.vendor = shown
    street = rng.choice(ADDRESSES)
    out = [_invoice_head(w, rng, taken, street)]
    header = ["Description", "Qty", "Unit price", "Amount"]
    out[0].row(header, style="bold")
    per_page = rng.choice((4, 5))
    items = [rng.choice(WORKS) for _ in range(per_page * (pages - 1) + rng.randint(2, 3))]
    continuation = rng.choice(("letterhead", "continued", "brought", "none", "header"))
    running = 0.0
    for index, item in enumerate(items):
        if index and index % per_page == 0 and len(out) < pages:
            carried = "Subtotal" if continuation == "header" else rng.choice(CARRIED)
            out[-1].add("", f"{carried}: {w.money(running)}", style="bold")
            page = Page()
            if continuation == "header":  # every page under the full header again
                page.lines = list(out[0].lines[:4])
            elif continuation == "letterhead":
                page.add(shown, style="bold")
                page.add(street)
            elif continuation == "continued":
                page.add(f"Invoice {w.number} (continued)", style="bold")
            page.row(header, style="bold")
            if continuation == "brought":
                page.row([rng.choice(BROUGHT), "", "", w.money(running)])
            out.append(page)
        qty, unit = rng.randint(1, 12), rng.choice((18.0, 64.5, 120.0, 355.0, 980.0))
        running += qty * unit
        out[-1].row([item, str(qty), w.money(unit), w.money(qty * unit)])
        w.line_item(item, qty, unit, qty * unit)
    _invoice_foot(w, rng, out[-1], running)
    style = rng.choice(NUMBERING)
    return w, numbered(out, style, registration(rng, name) if rng.random() < 0.6 else "")


def invoice_with_terms(rng: random.Random, pages: int) -> tuple[Writer, list[Page]]:
    """An invoice whose last page prints the seller's terms under its letterhead again, with
    no number, date or amount of its own."""
    w, out = long_invoice(rng, pages - 1)
    terms = Page()
    terms.add(w.vendor or "", style="bold")
    terms.add(rng.choice(ADDRESSES))
    terms.add(rng.choice(("General Terms and Conditions", "Terms of Sale",
                          "Allgemeine Geschaeftsbedingungen")), style="bold")  # fmt: skip
    for clause in TERMS:
        terms.add(clause)
    return w, [*out, terms]


def _invoice_head(w: Writer, rng: random.Random, taken: set[str], street: str) -> Page:
    """The first page's letterhead, title, number, date and customer."""
    _, customer = firm(w, rng, taken)
    w.number = rng.choice((
        f"{rng.randint(4000, 9999)}",
        f"RE-{rng.randint(2025, 2026)}-{rng.randint(100, 999)}",
        f"INV/{rng.randint(10, 99)}/{rng.randint(1000, 9999)}",
    ))  # fmt: skip
    first = Page()
    first.add(w.key("vendor", w.vendor or ""), style="bold")
    first.add(street)
    first.add(rng.choice(("INVOICE", "Tax Invoice", "Invoice")), style="title")
    first.add(
        f"Invoice number: {w.key('documentNumber', w.number)}",
        f"Invoice date: {w.date(random_day(rng), 'issue')}",
    )
    first.add("Customer:", f"Customer no. {rng.randint(10000, 99999)}")
    first.add(customer)
    first.add(rng.choice(ADDRESSES))
    first.add()
    return first


def _invoice_foot(w: Writer, rng: random.Random, last: Page, net: float) -> None:
    """Net amount, VAT, the total and the due date, under the last rows."""
    rate = rng.choice((0.2, 0.19, 0.077))
    tax = round(net * rate, 2)
    issued = dt.date.fromisoformat(next(day for role, day in w.dates if role == "issue"))
    due = issued + dt.timedelta(days=rng.choice((14, 30)))
    last.add()
    last.add("", f"Net amount: {w.money(net)}")
    last.add("", f"VAT {rate * 100:g}%: {w.money(tax)}")
    label = rng.choice(("Total due", "Amount due", "Invoice total", "Balance due", "Total"))
    last.add("", f"{label}: {w.total_money(round(net + tax, 2))}", style="bold")
    pay_by = w.date(due, "due")
    last.add(
        rng.choice((f"Payment due by {pay_by}.", f"Please pay by {pay_by} quoting the number."))
    )


def contract(rng: random.Random, pages: int) -> tuple[Writer, list[Page]]:
    """An agreement of three pages: the title and parties, clauses running on untitled (one of
    them fixing its end date and mentioning invoices), and a signature page."""
    w = Writer(rng, currency=rng.choice(("EUR", "GBP", "USD")), european=rng.random() < 0.4)
    taken: set[str] = set()
    _, a = firm(w, rng, taken)
    _, b = firm(w, rng, taken)
    signers = [person(w, rng, taken), person(w, rng, taken)]
    start = random_day(rng)
    end = start.replace(year=start.year + rng.choice((1, 2))) - dt.timedelta(days=1)
    title = rng.choice(("MASTER SERVICES AGREEMENT", "Framework Agreement", "Maintenance Contract",
                        "CONSULTANCY AGREEMENT"))  # fmt: skip
    one = Page()
    one.add(title, style="title")
    if rng.random() < 0.5:
        w.number = f"{rng.choice(('MSA', 'FA', 'K'))}-{rng.randint(100, 999)}/{start.year}"
        one.add(f"Contract reference: {w.key('documentNumber', w.number)}")
    made = rng.choice(("This agreement is dated {} and made between:",
                       "This agreement is made on {} between:",
                       "This agreement takes effect on {} and is made between:"))  # fmt: skip
    one.add(made.format(w.date(start, "effective")))
    one.add(f"(1) {a}, of {rng.choice(ADDRESSES)} (the Supplier); and")
    one.add(f"(2) {b}, of {rng.choice(ADDRESSES)} (the Client).")
    one.add()
    one.add("1. Definitions", style="bold")
    one.add("Words defined in the schedules have the same meaning in these clauses.")
    one.add("2. Services", style="bold")
    one.add("The Supplier shall provide the services set out in Schedule 1 with due care.")
    one.add("3. Personnel", style="bold")
    one.add("Each party shall name a contact responsible for the services.")
    two = Page()
    two.add("4. Fees and payment", style="bold")
    two.add(f"The Client shall pay {w.money(rng.choice((36000.0, 8400.0, 125000.0)))} a year.")
    two.add("The Supplier shall invoice quarterly; each invoice is payable within 30 days.")
    two.add("5. Term", style="bold")
    two.add(f"This agreement ends on {w.date(end, 'end')} unless renewed in writing.")
    two.add("6. Termination", style="bold")
    two.add("Either party may end this agreement for material breach on 30 days' notice.")
    two.add("7. Governing law", style="bold")
    two.add("This agreement is governed by the law of the Supplier's registered office.")
    three = Page()
    three.add("IN WITNESS WHEREOF the parties have signed this agreement on the date above.")
    three.add()
    three.add(f"Signed for {a}", f"Signed for {b}")
    three.add("______________________", "______________________")
    three.add(signers[0], signers[1])
    three.add(rng.choice(ROLES), rng.choice(ROLES))
    out = [one, two, three]
    style = rng.choice((*NUMBERING, "", ""))
    return w, numbered(out, style) if style else out


def letter(
    rng: random.Random, pages: int, enclosed: tuple[str, str] | None = None
) -> tuple[Writer, list[Page]]:
    """A letter of one or two pages; the second opens with a continuation header (addressee,
    date, page) or with the prose. ``enclosed``: the number and amount of an invoice it
    encloses, named in the text."""
    w = Writer(rng, currency=rng.choice(("EUR", "GBP")), european=rng.random() < 0.5)
    taken: set[str] = set()
    _, sender = firm(w, rng, taken)
    recipient = person(w, rng, taken)
    signer = person(w, rng, taken)
    written = random_day(rng)
    dated = w.date(written, "issue")
    one = Page()
    one.add(sender, style="bold")
    one.add(rng.choice(ADDRESSES))
    one.add()
    one.add(recipient, dated)
    one.add(rng.choice(ADDRESSES))
    one.add()
    ours = f"{rng.choice('ABCDKLM')}{rng.randint(100, 999)}/{rng.randint(10, 99)}"
    one.add(f"Our ref: {w.own_number(ours)}")  # the sender's reference: the letter's number
    one.add(f"Dear {recipient.split()[0]},")
    if enclosed is not None:
        one.add(f"Please find enclosed invoice {enclosed[0]} for {enclosed[1]}, with the")
        one.add("supporting receipts, for the repairs after the storm damage reported to you.")
    else:
        one.add("Thank you for your letter about the repairs after the storm damage.")
    one.add("We have checked the work against the schedule agreed at the site meeting.")
    out = [one]
    rest = one
    if pages > 1:
        rest = Page()
        if rng.random() < 0.6:
            rest.add(f"{recipient} - {dated} - page 2")
            rest.add()
        out.append(rest)
    rest.add("The contractor has confirmed that the remaining items will be finished soon.")
    rest.add("Should you need anything further, please call me on the number above.")
    rest.add()
    rest.add(rng.choice(("Yours sincerely,", "With kind regards,", "Best wishes,")))
    rest.add(signer)
    rest.add(rng.choice(ROLES))
    return w, out


def memo(
    rng: random.Random, pages: int, enclosed: tuple[str, str] | None = None
) -> tuple[Writer, list[Page]]:
    """An internal memo sending documents on for approval."""
    w = Writer(rng, currency="USD", european=False)
    taken: set[str] = set()
    _, company = firm(w, rng, taken)
    author = person(w, rng, taken)
    page = Page()
    page.add(rng.choice(("MEMORANDUM", "Internal Memo")), style="title")
    page.add(f"To: Accounts Payable, {company}")
    page.add(f"From: {author}")
    page.add(f"Date: {w.date(random_day(rng), 'issue')}")
    page.add("Subject: Documents for approval")
    page.add()
    if enclosed is not None:
        page.add(f"Attached is invoice {enclosed[0]} ({enclosed[1]}) and the delivery papers.")
    page.add("Please approve for payment this week; the goods have been received in full.")
    return w, [page]


def statement(rng: random.Random, pages: int, bank: tuple[str, str] | None = None) -> tuple[
    Writer, list[Page]
]:  # fmt: skip
    """A bank statement of ``pages`` pages: the bank's name again at the top of every page with
    its page number beside it, the rows running on, the closing balance on the last page."""
    w = Writer(rng, currency=rng.choice(("EUR", "GBP")), european=False)
    name, form = bank or rng.choice(BANKS)
    shown = w.org((name, form), dot=True)
    holder = person(w, rng, set())
    issued = random_day(rng)
    sort_code = "-".join(str(rng.randint(10, 99)) for _ in range(3))
    w.number = f"{sort_code} {rng.randint(10**7, 10**8 - 1)}"
    style = rng.choice(("Page {n} of {m}", "Sheet {n} of {m}", "Page {n}/{m}", "{n} of {m}"))
    out = []
    balance = round(rng.uniform(800, 6000), 2)
    for n in range(1, pages + 1):
        page = Page()
        page.add(shown, style.format(n=n, m=pages), style="bold")
        if n == 1:
            page.add("Statement of account", style="title")
            page.add(f"Account holder: {holder}", f"Statement date: {w.date(issued, 'issue')}")
            page.add(f"Account number: {w.key('documentNumber', w.number)}")
            page.add("", f"Opening balance: {w.money(balance)}")
        page.row(["Date / details", "", "", "Amount"], style="bold")
        for index in range(5):
            value = round(rng.uniform(12, 750), 2)
            detail = rng.choice(
                ("Card purchase", "Direct debit", "Transfer out", "Cash withdrawal")
            )
            day = issued - dt.timedelta(days=6 * (pages - n) + 5 - index)
            page.row([f"{w.date(day, None)} {detail}", "", "", f"-{value:,.2f}"])
            w.line_item(detail, None, None, -value)
            balance = round(balance - value, 2)
        out.append(page)
    out[-1].add()
    out[-1].add("", f"Closing balance: {w.total_money(balance)}", style="bold")
    return w, out


def receipt(rng: random.Random, pages: int) -> tuple[Writer, list[Page]]:
    """A till or taxi receipt: the business's name on top, perhaps a number, a total."""
    w = Writer(rng, currency=rng.choice(("EUR", "GBP")), european=False)
    shop = rng.choice(SHOPS)
    w.vendor = w.plain_org(shop)
    page = Page()
    page.add(w.key("vendor", shop), style="bold")
    page.add(rng.choice(ADDRESSES))
    page.add(f"{w.date(random_day(rng), 'issue')}  {rng.randint(7, 22)}:{rng.randint(10, 59)}")
    if rng.random() < 0.6:
        w.number = f"{rng.randint(1000, 9999)}"
        page.add(f"Receipt {rng.choice(('no.', '#', 'No:'))} {w.key('documentNumber', w.number)}")
    total = 0.0
    for item in rng.sample(("Fare", "Tip", "Parking", "Espresso", "Ibuprofen", "Toll"), 2):
        price = round(rng.uniform(2.0, 24.0), 2)
        total += price
        page.add(item, f"{price:.2f}")
        w.line_item(item, None, None, price)
    page.add("TOTAL", w.total_money(round(total, 2)), style="bold")
    page.add("Thank you")
    return w, [page]


def purchase_order(rng: random.Random, pages: int) -> tuple[Writer, list[Page]]:
    """A purchase order whose rows run onto an untitled second page with its total."""
    w = Writer(rng, currency="USD", european=False)
    taken: set[str] = set()
    _, buyer = firm(w, rng, taken)
    _, w.vendor = firm(w, rng, taken)
    w.number = f"PO {rng.randint(100000, 999999)}"
    one = Page()
    one.add(buyer, style="bold")
    one.add(rng.choice(ADDRESSES))
    one.add("PURCHASE ORDER", style="title")
    one.add(
        f"Order no.: {w.key('documentNumber', w.number)}",
        f"Date: {w.date(random_day(rng), 'issue')}",
    )
    one.add(f"Vendor: {w.key('vendor', w.vendor)}")
    one.add()
    one.row(["Item", "Qty", "Price", "Line total"], style="bold")
    out = [one]
    total = 0.0
    for index, item in enumerate(rng.sample(WORKS, 3 + 3 * (pages - 1))):
        if index == 3 and pages > 1:
            out.append(Page())
        qty, unit = rng.randint(1, 30), rng.choice((4.75, 22.0, 310.0))
        total += qty * unit
        out[-1].row([item, str(qty), w.money(unit), w.money(qty * unit)])
        w.line_item(item, qty, unit, qty * unit)
    out[-1].add("", f"Order total: {w.total_money(round(total, 2))}", style="bold")
    out[-1].add("Authorised signature: ______________")
    return w, out


#: template name -> template (the kind it draws, or ``invoice_terms``: an invoice).
DOCUMENTS: dict[str, Template] = {
    "invoice": long_invoice, "invoice_terms": invoice_with_terms, "contract": contract,
    "letter": letter, "memo": memo, "statement": statement, "receipt": receipt,
    "purchase_order": purchase_order,
}  # fmt: skip
