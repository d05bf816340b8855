"""Documents of the variety packets, page by page: a cover letter, invoices that run onto a
second page with no title, receipts with no title or number (only the shop's name at the
top), statements numbered "Page 1 of 2", a contract whose signatures stand alone on its last
page, a purchase order, minutes, a claim form.

Each template takes a seeded ``random.Random`` and how many pages the document should fill,
and returns the :class:`~testbed.evaluation.corpus.Writer` holding its labels and its pages.
The names are this module's own; letterheads carry legal forms of many countries.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from testbed.evaluation.corpus import Writer, random_day
from testbed.evaluation.variety_marks import eu_number
from testbed.evaluation.variety_pages import Page

type Template = Callable[[random.Random, int], tuple[Writer, list[Page]]]

#: (name, legal form): firms of several countries.
FIRMS = (
    ("Quellwerk Armaturen", "GmbH"), ("Norrsken Textil", "AB"), ("Fabbrica Ventura", "S.p.A."),
    ("Delacroix Conseil", "SARL"), ("Hollins & Pryce", "Ltd"), ("Kestrel Aviation Parts", "LLC"),
    ("Wisla Logistyka", "sp. z o.o."), ("Ebbesen Marine Supply", "ApS"),
    ("Cordova Vinos", "S.L."), ("Maple Ridge Dental", "P.C."), ("Zeeland Bouwgroep", "B.V."),
    ("Revontuli Software", "Oy"), ("Thornbury Estates", "plc"), ("Helvetia Uhrenteile", "AG"),
    ("Prairie Grain Cooperative", "Inc."), ("Vltava Sklo", "s.r.o."),
    ("Duarte Engenharia", "Ltda."), ("Bergmann Elektro", "KG"), ("Coral Bay Resorts", "Pty Ltd"),
    ("Sakura Optics", "K.K."), ("Danube Agrar", "Kft."), ("Lindenhof Verlag", "e.K."),
)  # fmt: skip
#: Shops that name themselves without a legal form.
SHOPS = ("Rosemary Deli", "Pit Stop Tyres", "Harbourside Chemist", "Lindqvist Bageri",
         "Copper Kettle Tearoom", "Northgate Stationers", "Bay Street Parking")  # fmt: skip
BANKS = (("Fjord Savings Bank", "ASA"), ("Rheinland Volksbank", "eG"), ("Cascade Credit Union", ""))
GIVEN = ("Helena", "Tomas", "Ingrid", "Rafael", "Amara", "Konrad", "Yusuf", "Beatriz", "Elif",
         "Magnus", "Chiara", "Declan", "Sunita", "Pavel", "Leonie", "Kwame")  # fmt: skip
FAMILY = ("Voss", "Okonkwo", "Lindahl", "Moreno", "Achterberg", "Brennan", "Castellano",
          "Dvorak", "Haugen", "Quispe", "Takahashi", "Walsh", "Zielinski", "Ferreira")  # fmt: skip
JOBS = ("Claims Handler", "Finance Manager", "Managing Director", "Account Manager",
        "Head of Procurement", "Company Secretary", "Operations Director")  # fmt: skip
STREETS = ("Lindenallee 12, 10115 Berlin", "14 Wharf Road, Cork T12 X2", "Via Roma 8, 20121 Milano",
           "221 Harbor Blvd, Portland, OR 97201", "Kungsgatan 3, 111 43 Stockholm")  # fmt: skip
SERVICES = ("Valve overhaul", "Site inspection", "Pressure test", "Replacement seals",
            "Engineering hours", "Travel and subsistence", "Calibration", "Spare filters",
            "Hydraulic hose", "Commissioning")  # fmt: skip
GROCERIES = ("Sourdough loaf", "Oat milk", "Tyre valve", "Cough syrup", "Cinnamon bun",
             "Parking 2h", "Notepad A5", "Green tea")  # fmt: skip


_HONORIFICS = ("Dr.", "Prof.", "Mr.", "Ms.")


def person(w: Writer, rng: random.Random, taken: set[str]) -> tuple[str, str]:
    """(full name as labelled, as printed): "Dr. Helena Voss", "H. K. Voss", "Helena Voss"."""
    given = rng.choice([g for g in GIVEN if g not in taken])
    taken.add(given)
    family = rng.choice(FAMILY)
    style = rng.randrange(4)
    if style == 0:
        name = f"{given[0]}. {rng.choice('ABCDEJKLMR')}. {family}"
        return w.person(name), name
    name = w.person(f"{given} {family}")
    return name, f"{rng.choice(_HONORIFICS)} {name}" if style == 1 else name


def _firm(w: Writer, rng: random.Random, taken: set[str]) -> str:
    name, form = rng.choice([f for f in FIRMS if f[0] not in taken])
    taken.add(name)
    return w.org((name, form), dot=True)


def _footer(page: Page, number: int, pages: int, numbered: bool) -> Page:
    if numbered:
        page.footer = f"Page {number} of {pages}"
    return page


def letter(rng: random.Random, pages: int) -> tuple[Writer, list[Page]]:
    """A cover letter: letterhead, date, addressee, salutation, prose, signature."""
    w = Writer(rng, currency="EUR", european=rng.random() < 0.5)
    taken: set[str] = set()
    firm = _firm(w, rng, taken)
    recipient, shown = person(w, rng, taken)
    _, signed = person(w, rng, taken)
    written = random_day(rng)
    page = Page()
    page.add(firm, style="bold")
    page.add(rng.choice(STREETS))
    page.add()
    page.add(shown, w.date(written, "issue"))
    page.add(rng.choice(STREETS))
    page.add()
    page.add(f"Re: claim {rng.randint(10000, 99999)}", style="bold")
    page.add()
    honorific = shown.split()[0]
    greeting = f"{honorific} {recipient.split()[-1]}" if honorific in _HONORIFICS else recipient
    page.add(f"Dear {greeting},")
    page.add("Please find enclosed the documents supporting our claim, as discussed.")
    page.add(f"The amounts add up to {w.money(rng.choice((1840.0, 612.4, 2975.5)))} in all.")
    page.add("We would be grateful for your reply within the usual period.")
    page.add()
    page.add(rng.choice(("Yours sincerely,", "Kind regards,", "Best regards,")))
    page.add()
    page.add(signed)
    page.add(rng.choice(JOBS))
    return w, [page]


def invoice(
    rng: random.Random, pages: int, vendor: tuple[str, str] | None = None
) -> tuple[Writer, list[Page]]:
    """An invoice with Bill to / Ship to side by side; on two pages, the second continues the
    rows untitled (or under "continued") and closes with the totals. ``vendor``: the firm
    that issues it (else one drawn)."""
    currency = rng.choice(("EUR", "GBP", "USD"))
    w = Writer(rng, currency=currency, european=currency == "EUR" and rng.random() < 0.7)
    taken: set[str] = set()
    if vendor is None:
        w.vendor = _firm(w, rng, taken)
    else:
        taken.add(vendor[0])
        w.vendor = w.org(vendor, dot=True)
    customer = _firm(w, rng, taken)
    _, shown = person(w, rng, taken)
    w.number = rng.choice(
        (f"INV-{rng.randint(1000, 9999)}", f"{rng.randint(2025, 2026)}-0{rng.randint(100, 999)}")
    )
    issued = random_day(rng)
    due = issued + dt.timedelta(days=30)
    first = Page()
    first.add(w.key("vendor", w.vendor), style="bold")
    first.add(rng.choice(STREETS))
    first.add(rng.choice(("INVOICE", "Tax Invoice", "Invoice")), style="title")
    first.add(
        f"Invoice no.: {w.key('documentNumber', w.number)}", f"Date: {w.date(issued, 'issue')}"
    )
    first.add("Bill to:", "Ship to:", style="bold")
    first.add(customer, shown)
    first.add(rng.choice(STREETS), rng.choice(STREETS))
    first.add()
    first.row(["Description", "Qty", "Unit price", "Amount"], style="bold")
    items = rng.sample(SERVICES, 3 + 3 * (pages - 1))
    subtotal = 0.0
    out = [first]
    for index, item in enumerate(items):
        if pages > 1 and index == len(items) // 2 + 1:
            page = Page()
            if rng.random() < 0.5:
                page.add(f"Invoice {w.number} (continued)", style="bold")
            page.row(["Description", "Qty", "Unit price", "Amount"], style="bold")
            out.append(page)
        qty = rng.randint(1, 8)
        unit = rng.choice((85.0, 140.0, 36.5, 410.0, 1250.0))
        subtotal += qty * unit
        out[-1].row([item, str(qty), w.money(unit), w.money(qty * unit)])
        w.line_item(item, qty, unit, qty * unit)
    tax = round(subtotal * 0.2, 2)
    last = out[-1]
    last.add()
    last.add("", f"Subtotal: {w.money(subtotal)}")
    last.add("", f"VAT 20%: {w.money(tax)}")
    last.add("", f"Total due: {w.total_money(round(subtotal + tax, 2))}", style="bold")
    last.add(f"Payment due by {w.date(due, 'due')}.")
    numbered = rng.random() < 0.6
    return w, [_footer(p, i + 1, len(out), numbered) for i, p in enumerate(out)]


def receipt(rng: random.Random, pages: int) -> tuple[Writer, list[Page]]:
    """A till receipt: the shop's name on top, no title, perhaps no number."""
    w = Writer(rng, currency=rng.choice(("EUR", "GBP")), european=False)
    shop = rng.choice(SHOPS)
    w.vendor = w.plain_org(shop)
    page = Page()
    page.add(w.key("vendor", shop.upper() if rng.random() < 0.5 else shop), style="bold")
    page.add(rng.choice(STREETS))
    day = random_day(rng)
    page.add(f"{w.date(day, 'issue')}  {rng.randint(8, 19)}:{rng.randint(10, 59)}")
    if rng.random() < 0.5:
        w.number = f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        page.add(f"Receipt no. {w.key('documentNumber', w.number)}")
    total = 0.0
    for item in rng.sample(GROCERIES, 3):
        price = round(rng.uniform(1.5, 19.0), 2)
        total += price
        page.add(item, f"{price:.2f}")
        w.line_item(item, None, None, price)
    page.add("TOTAL", w.total_money(round(total, 2)), style="bold")
    page.add("Paid by card")
    page.add("Thank you for your visit")
    return w, [page]


def statement(rng: random.Random, pages: int) -> tuple[Writer, list[Page]]:
    """A bank statement, "Page 1 of N" at the foot of every page, the rows running on."""
    w = Writer(rng, currency="EUR", european=True)
    name, form = rng.choice(BANKS)
    bank = w.org((name, form), dot=True) if form else w.plain_org(name)
    _, shown = person(w, rng, set())
    issued = random_day(rng)
    account = f"DE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} 00"
    w.number = account
    first = Page()
    first.add(bank, style="bold")
    first.add("Account statement", style="title")
    first.add(f"Account holder: {shown}", f"Statement date: {w.date(issued, 'issue')}")
    first.add(f"Account number: {w.key('documentNumber', account)}")
    first.add()
    out = [first]
    balance = round(rng.uniform(500, 4000), 2)
    first.add(f"Opening balance: {w.money(balance)}")
    for index in range(4 * pages):
        if index and index % 4 == 0:
            out.append(Page())
        value = round(rng.uniform(15, 600), 2)
        label = rng.choice(("Card payment", "Transfer", "Direct debit", "Standing order"))
        balance = round(balance - value, 2)
        day = issued - dt.timedelta(days=30 - index)
        out[-1].row([f"{w.date(day, None)} {label}", "", "", eu_number(-value)])
        w.line_item(f"{label}", None, None, -value)
    out[-1].add()
    out[-1].add("Closing balance:", w.total_money(balance), style="bold")
    return w, [_footer(p, i + 1, len(out), True) for i, p in enumerate(out)]


def contract(rng: random.Random, pages: int) -> tuple[Writer, list[Page]]:
    """A services agreement between two firms named with their roles; its signatures stand
    alone on the last page."""
    w = Writer(rng, currency="EUR", european=True)
    taken: set[str] = set()
    supplier, customer = _firm(w, rng, taken), _firm(w, rng, taken)
    signers = [person(w, rng, taken), person(w, rng, taken)]
    start = random_day(rng)
    first = Page()
    first.add("SERVICES AGREEMENT", style="title")
    first.add(f"This agreement is made on {w.date(start, 'effective')} between")
    first.add(f"{supplier} (the Supplier) and")
    first.add(f"{customer} (the Customer).")
    first.add("1. The Supplier shall maintain the Customer's equipment as scheduled.")
    first.add(f"2. The Customer shall pay {w.money(rng.choice((24000.0, 9600.0)))} a year.")
    first.add("3. Either party may end this agreement on three months' notice.")
    last = Page()
    last.add("Signed for and on behalf of the parties:")
    last.add()
    last.add(f"For {supplier}", f"For {customer}")
    last.add(signers[0][1], signers[1][1])
    last.add(rng.choice(JOBS), rng.choice(JOBS))
    return w, [first, last]


def purchase_order(rng: random.Random, pages: int) -> tuple[Writer, list[Page]]:
    w = Writer(rng, currency="USD", european=False)
    taken: set[str] = set()
    buyer = _firm(w, rng, taken)
    w.vendor = _firm(w, rng, taken)
    _, shown = person(w, rng, taken)
    w.number = f"PO-{rng.randint(10000, 99999)}"
    ordered = random_day(rng)
    page = Page()
    page.add(buyer, style="bold")
    page.add("PURCHASE ORDER", style="title")
    page.add(
        f"PO number: {w.key('documentNumber', w.number)}", f"Order date: {w.date(ordered, 'issue')}"
    )
    page.add(f"Supplier: {w.key('vendor', w.vendor)}")
    page.row(["Description", "Qty", "Unit price", "Amount"], style="bold")
    total = 0.0
    for item in rng.sample(SERVICES, 2):
        qty, unit = rng.randint(2, 20), rng.choice((12.5, 48.0, 220.0))
        total += qty * unit
        page.row([item, str(qty), w.money(unit), w.money(qty * unit)])
        w.line_item(item, qty, unit, qty * unit)
    page.add("", f"Order total: {w.total_money(round(total, 2))}", style="bold")
    page.add(f"Approved by: {shown}")
    return w, [page]


def minutes(rng: random.Random, pages: int) -> tuple[Writer, list[Page]]:
    """Minutes with "Present: A (Chair), B, C" and the meeting's date in the heading."""
    w = Writer(rng, currency="EUR", european=False)
    taken: set[str] = set()
    firm = _firm(w, rng, taken)
    people = [person(w, rng, taken) for _ in range(4)]
    held = random_day(rng)
    page = Page()
    page.add(f"Minutes of the board meeting of {firm}, {w.date(held, 'issue')}", style="bold")
    page.add(f"Present: {people[0][1]} (Chair), {people[1][1]}, {people[2][1]}")
    page.add(f"Apologies: {people[3][1]}")
    page.add("1. The minutes of the last meeting were approved.")
    page.add(f"2. The board approved a budget of {w.money(rng.choice((18000.0, 52500.0)))}.")
    return w, [page]


def form(rng: random.Random, pages: int) -> tuple[Writer, list[Page]]:
    """An expense claim form: the claimant and the amount claimed, labelled."""
    w = Writer(rng, currency="GBP", european=False)
    taken: set[str] = set()
    firm = _firm(w, rng, taken)
    _, shown = person(w, rng, taken)
    submitted = random_day(rng)
    page = Page()
    page.add("EXPENSE CLAIM FORM", style="title")
    page.add(f"Employee name: {shown}")
    page.add(f"Company: {firm}")
    page.add(f"Date submitted: {w.date(submitted, 'issue')}")
    page.add(f"Amount claimed: {w.money(rng.choice((86.4, 212.9, 47.15)))}")
    page.add("Receipts attached overleaf.")
    return w, [page]


#: kind -> template.
DOCUMENTS: dict[str, Template] = {
    "letter": letter, "invoice": invoice, "receipt": receipt, "statement": statement,
    "contract": contract, "purchase_order": purchase_order, "minutes": minutes, "form": form,
}  # fmt: skip
