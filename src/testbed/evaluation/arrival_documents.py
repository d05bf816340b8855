"""Documents of the arriving packets (:mod:`testbed.evaluation.arrival_packets`), page by page,
in the six languages of :mod:`testbed.evaluation.arrival_words`.

An invoice's later pages come in the ways billing software prints them: the whole letterhead,
title and number again on every page ("repeat"), one running line naming the seller and the
number ("running"), "Invoice 4711 (continued)" / "Fortsetzung" / "suite" ("continued"), the
rows straight on under a note at the foot of the page before ("bare"), or a sum brought
forward ("brought"); its page numbers worded as the language does, at the foot or beside the
title; the seller's terms on a page of their own behind it. A cover letter, a fax cover sheet
(its "Date:" is the fax's, not the invoice's), an insurer's claim form, a till receipt, a
supplier's statement of account with its remittance slip on a page of its own, a contract
with a price annex. Each template returns the writer holding its labels and its pages.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from testbed.evaluation.arrival_words import (
    CUSTOMER_NO,
    MONEY,
    TITLES,
    WORDS,
    Words,
    date_text,
    page_mark,
)
from testbed.evaluation.corpus import Writer, random_day
from testbed.evaluation.figure_locale import Sheet
from testbed.evaluation.variety_pages import Page

#: (name, legal form) of firms in the packets' countries.
FIRMS = (
    ("Hartmann Haustechnik", "GmbH"), ("Lefèvre Menuiserie", "SARL"),
    ("De Wit Installaties", "B.V."), ("Talleres Ordóñez", "S.L."),
    ("Idraulica Benedetti", "S.r.l."),
    ("Ashdown Roofing", "Ltd"), ("Kröger Elektrotechnik", "KG"), ("Rousseau Bâtiment", "SAS"),
    ("Van Leeuwen Glas", "B.V."), ("Climatizaciones Vidal", "S.A."),
    ("Ferretti Impianti", "S.p.A."), ("Pembroke Joinery", "Ltd"),
)  # fmt: skip
INSURERS = (("Allmark Versicherung", "AG"), ("Mutuelle du Rhône", "SA"),
            ("Zeeuwse Verzekeringen", "N.V."), ("Seguros Atalaya", "S.A."),
            ("Assicurazioni Lario", "S.p.A."), ("Harrowgate Insurance", "plc"))  # fmt: skip
SHOPS = ("Bäckerei Sonnenkorn", "Pharmacie du Port", "Bouwmarkt Hoekstra", "Ferretería El Clavo",
         "Tabaccheria Corso", "Hillside Hardware")  # fmt: skip
PEOPLE = (("Helga", "Brandstätter", 0), ("Claire", "Marchand", 0), ("Joost", "Verhoeven", 1),
          ("Lucía", "Pedrosa", 0), ("Paolo", "Mancini", 1), ("Gareth", "Ellison", 1),
          ("Annelies", "Smit", 0), ("Stefan", "Wirth", 1))  # fmt: skip
STREETS = ("Am Mühlbach 7, 79098 Freiburg", "14 rue Victor Hugo, 33000 Bordeaux",
           "Kerkstraat 22, 3511 LX Utrecht", "Calle Mayor 31, 28013 Madrid",
           "Via Garibaldi 19, 10122 Torino", "3 Abbey Lane, Bath BA1 1LY")  # fmt: skip
WORKS = ("Boiler service", "Pipe replacement", "Labour (hours)", "Thermostat", "Call-out fee",
         "Radiator valve", "Sealing compound", "Water damage drying", "Plasterboard",
         "Skip hire", "Floor tiles", "Electrical inspection")  # fmt: skip
GOODS = ("Bread", "Plasters", "Screws 4x40", "Batteries", "Bottled water", "Tape",
         "Gloves", "Torch")  # fmt: skip
#: How an invoice's later pages begin (module docstring).
CONTINUATIONS = ("repeat", "running", "continued", "bare", "brought")


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    shown: str
    street: str


def sheet(rng: random.Random, lang: str) -> Sheet:
    money = rng.choice(MONEY[lang])
    return Sheet(Writer(rng, currency=money.currency, european=money.decimal == ","), money)


def firm(s: Sheet, rng: random.Random, pool: tuple[tuple[str, str], ...] = FIRMS) -> Party:
    company = rng.choice(pool)
    return Party(company[0], s.w.org(company, dot=True), rng.choice(STREETS))


def person(s: Sheet, rng: random.Random) -> tuple[str, str, int]:
    given, family, man = rng.choice(PEOPLE)
    s.w.person(f"{given} {family}")
    return given, family, man


def invoice(
    rng: random.Random,
    lang: str,
    pages: int,
    *,
    vendor: tuple[str, str] | None = None,
    continuation: str = "repeat",
    terms: bool = False,
) -> tuple[Writer, list[Page]]:
    """An invoice of ``pages`` pages (plus its seller's terms on a page of their own)."""
    words = WORDS[lang]
    s = sheet(rng, lang)
    company = vendor or rng.choice(FIRMS)
    shown = s.vendor(company)
    seller = Party(company[0], f"{company[0]} {company[1]}", rng.choice(STREETS))
    customer = firm(s, rng, tuple(f for f in FIRMS if f != company))
    style = rng.randrange(8)
    number = s.number(rng.choice((
        f"{rng.randint(2025, 2026)}-{rng.randint(1000, 9999)}", f"RE{rng.randint(10000, 99999)}",
        f"F-{rng.randint(100, 999)}/26", f"{rng.randint(100000, 999999)}",
    )))  # fmt: skip
    issued = random_day(rng)
    due = issued + dt.timedelta(days=rng.choice((14, 30)))
    numbering = rng.randrange(5)
    beside = rng.random() < 0.5  # the page number beside the title, else at the foot

    client = f"{CUSTOMER_NO[lang]} {rng.randint(10000, 99999)}"

    def head(page: Page, n: int) -> None:
        page.add(shown if n == 1 else seller.shown, style="bold")
        page.add(seller.street)
        mark = page_mark(words, numbering, n, pages) if beside and pages > 1 else ""
        page.add(words.invoice, mark, style="title")
        if n > 1:  # the whole head again, as "repeat" prints it, the customer's number first
            page.add(client, f"{words.invoice_no} {s.w.number}")
            page.add("", date_text(issued, lang, style))
            page.row(list(words.columns), style="bold")

    first = Page()
    head(first, 1)
    dated = s.day(issued, "issue", date_text(issued, lang, style))
    first.add(f"{words.invoice_no} {number}", f"{words.invoice_date}: {dated}")
    first.add(f"{words.bill_to}:", client)
    first.add(customer.shown)
    first.add(customer.street)
    first.add()
    first.row(list(words.columns), style="bold")
    out = [first]
    running = 0.0
    rows = rng.sample(WORKS, 4 * pages - rng.randint(1, 2))
    per_page = -(-len(rows) // pages)
    for index, work in enumerate(rows):
        if index and index % per_page == 0:
            _turn(out, s, words, continuation, (s.w.number or "", running, len(out) + 1, seller))
            if continuation == "repeat":
                head(out[-1], len(out))
        qty, unit = rng.randint(1, 9), rng.choice((42.0, 65.5, 118.0, 240.0, 19.9))
        running = round(running + qty * unit, 2)
        out[-1].row([work, str(qty), s.money(unit, mark=False), s.money(qty * unit, mark=False)])
        s.item(work, qty, unit, qty * unit)
    _foot(out[-1], s, words, running, s.day(due, "due", date_text(due, lang, style)))
    if not beside and pages > 1:
        for n, page in enumerate(out, start=1):
            page.footer = page_mark(words, numbering, n, pages)
    if terms:
        out.append(_terms(rng, words, seller))
    return s.w, out


def _foot(last: Page, s: Sheet, words: Words, net: float, due: str) -> None:
    """The net amount, the tax, the total and the due date under the last rows."""
    tax = round(net * float(words.vat.split()[-1].rstrip("%")) / 100, 2)
    last.add()
    last.add("", f"{words.net}: {s.money(net)}")
    last.add("", f"{words.vat}: {s.money(tax)}")
    last.add("", f"{words.total}: {s.total(round(net + tax, 2))}", style="bold")
    last.add(f"{words.due}: {due}")


def _terms(rng: random.Random, words: Words, seller: Party) -> Page:
    """The seller's terms, perhaps under its letterhead, with no figure of their own."""
    back = Page()
    if rng.random() < 0.5:
        back.add(seller.shown, style="bold")
        back.add(seller.street)
    back.add(words.terms, style="title")
    for clause in words.clauses:
        back.add(clause)
    return back


def _turn(
    out: list[Page], s: Sheet, words: Words, how: str, at: tuple[str, float, int, Party]
) -> None:
    """A new page of an invoice, begun as ``how`` says; the page before ends accordingly."""
    number, running, next_page, seller = at
    page = Page()
    if how == "brought":
        out[-1].add("", f"{words.carried}: {s.money(running, mark=False)}")
    elif how == "bare":
        out[-1].add("", words.goes_on.format(n=next_page))
    if how == "running":
        page.add(f"{seller.shown} - {words.invoice_no} {number} - {words.continued}")
    elif how == "continued":
        page.add(f"{words.invoice} {number} ({words.continued})", style="bold")
    if how != "repeat":
        page.row(list(words.columns), style="bold")
    if how == "brought":
        page.row([words.brought, "", "", s.money(running, mark=False)])
    out.append(page)


def receipt(rng: random.Random, lang: str, shop: str | None = None) -> tuple[Writer, list[Page]]:
    """A till receipt: the shop's name and street on top, the date and time, items, total.
    ``shop``: the shop it is from (else one drawn)."""
    words = WORDS[lang]
    s = sheet(rng, lang)
    shop = shop or rng.choice(SHOPS)
    s.w.vendor = s.w.plain_org(shop)
    page = Page()
    page.add(s.w.key("vendor", shop.upper() if rng.random() < 0.5 else shop), style="bold")
    page.add(rng.choice(STREETS))
    day = random_day(rng)
    clock = f"{rng.randint(8, 19)}:{rng.randint(10, 59)}"
    page.add(f"{s.day(day, 'issue', date_text(day, lang, 0))}  {clock}")
    if rng.random() < 0.6:
        page.add(f"{words.receipt_no} {s.number(str(rng.randint(1000, 99999)))}")
    total = 0.0
    for item in rng.sample(GOODS, 3):
        price = round(rng.uniform(1.2, 24.0), 2)
        total = round(total + price, 2)
        page.add(item, s.money(price, mark=False))
        s.item(item, None, None, price)
    page.add(words.receipt_total, s.total(total), style="bold")
    page.add(words.paid)
    page.add(words.thanks)
    return s.w, [page]


def cover_letter(
    rng: random.Random,
    lang: str,
    enclosed: list[str],
    claim: str,
    sender: tuple[str, str] | None = None,
) -> tuple[Writer, list[Page]]:
    """The policyholder's letter to the insurer listing what it encloses; or, from a
    ``sender`` firm (the contractor sending its invoice on), under that firm's letterhead."""
    words = WORDS[lang]
    s = sheet(rng, lang)
    given, family, man = person(s, rng)
    insurer = firm(s, rng, INSURERS)
    written = random_day(rng)
    page = Page()
    page.add(s.w.org(sender, dot=True) if sender else f"{given} {family}", style="bold")
    page.add(rng.choice(STREETS))
    page.add()
    page.add(insurer.shown, s.day(written, "issue", date_text(written, lang, rng.randrange(2))))
    page.add(insurer.street)
    page.add()
    page.add(f"{words.regarding} {words.claim_no} {claim}", style="bold")
    page.add()
    title = TITLES[lang][man]
    page.add(words.salutation.format(title=title, name=family))
    page.add(words.body[0])
    page.add(words.body[1])
    page.add()
    page.add(words.closing)
    page.add()
    page.add(f"{given} {family}")
    page.add()
    page.add(words.enclosed)
    for item in enclosed:
        page.add(f"- {item}")
    return s.w, [page]


def fax_cover(
    rng: random.Random, lang: str, total_pages: int, sender_firm: tuple[str, str] | None
) -> tuple[Writer, list[Page]]:
    """A fax cover sheet under the sender's letterhead (the invoice's seller, when it sends
    its invoice): its title, To/From/Date/Pages, a line of text. A reader files it as the
    correspondence it is (a letter); its date is the fax's."""
    words = WORDS[lang]
    s = sheet(rng, lang)
    company = sender_firm or rng.choice(FIRMS)
    sender = Party(company[0], s.w.org(company, dot=True), rng.choice(STREETS))
    given, family, _ = person(s, rng)
    sent = random_day(rng)
    page = Page()
    page.add(sender.shown, style="bold")
    page.add(sender.street)
    page.add(words.fax, style="title")
    page.add(f"{words.fax_to} {given} {family}")
    page.add(f"{words.fax_from} {sender.shown}")
    page.add(f"Fax: +{rng.randint(30, 49)} {rng.randint(10, 99)} {rng.randint(1000000, 9999999)}")
    page.add(f"{words.fax_date} {s.day(sent, 'issue', date_text(sent, lang, 0))}")
    page.add(f"{words.fax_pages} {total_pages}")
    page.add()
    page.add(words.fax_note)
    return s.w, [page]


def claim_form(rng: random.Random, lang: str, claim: str) -> tuple[Writer, list[Page]]:
    """An insurer's claim form filled in: its numbers, the loss, the amount, signed and dated."""
    words = WORDS[lang]
    s = sheet(rng, lang)
    insurer = firm(s, rng, INSURERS)
    given, family, _ = person(s, rng)
    loss = random_day(rng)
    signed = loss + dt.timedelta(days=rng.randint(2, 20))
    page = Page()
    page.add(insurer.shown, style="bold")
    page.add(insurer.street)
    page.add(words.claim_form, style="title")
    page.add(f"{words.policy}: {rng.randint(10, 99)}-{rng.randint(100000, 999999)}")
    page.add(f"{words.claim_no}: {s.number(claim)}")
    page.add(f"{given} {family}", rng.choice(STREETS))
    page.add(f"{words.loss_date}: {date_text(loss, lang, 0)}")
    page.add("[x] 1   [ ] 2   [ ] 3")
    page.add(f"{words.claimed}: {s.total(round(rng.uniform(300, 4000), 2))}")
    page.add()
    page.add(f"{words.fax_date} {s.day(signed, 'issue', date_text(signed, lang, 0))}",
             f"{words.signed}: ____________________")  # fmt: skip
    return s.w, [page]


def statement(
    rng: random.Random, lang: str, pages: int, who: random.Random, *, numbered: bool = True
) -> tuple[Writer, list[Page]]:
    """A supplier's statement of account listing open invoices, "Page n of m" (when
    ``numbered``), and its remittance slip on a page of its own (the account number and the
    amount again). ``who`` draws the supplier, the customer and the account: one account's
    statements of two months share them."""
    words = WORDS[lang]
    s = sheet(rng, lang)
    supplier = firm(s, who)
    customer = firm(s, who)
    account = f"{who.randint(10000, 99999)}"
    issued = random_day(rng)
    numbering = rng.randrange(4)
    first = Page()
    first.add(supplier.shown, style="bold")
    first.add(supplier.street)
    first.add(words.statement, style="title")
    dated = s.day(issued, "issue", date_text(issued, lang, 0))
    first.add(f"{words.account}: {s.number(account)}", f"{words.statement_date}: {dated}")
    first.add(customer.shown)
    first.add(customer.street)
    first.add()
    out = [first]
    balance = 0.0
    for index in range(5 * pages - 2):
        if index and index % 5 == 0:
            out.append(Page())
        amount = round(rng.uniform(80, 1400), 2)
        day = issued - dt.timedelta(days=60 - 4 * index)
        ref = f"{words.invoice.capitalize()} {rng.randint(1000, 9999)}"
        out[-1].row([f"{date_text(day, lang, 0)}  {ref}", "", "", s.money(amount, mark=False)])
        s.item(ref, None, None, amount)
        balance = round(balance + amount, 2)
    out[-1].add()
    out[-1].add("", f"{words.closing_balance}: {s.total(balance)}", style="bold")
    for n, page in enumerate(out if numbered else [], start=1):
        page.footer = page_mark(words, numbering, n, len(out))
    slip = Page()
    slip.add(words.slip, style="title")
    slip.add(words.slip_note)
    slip.add(f"{words.account}: {account}", date_text(issued, lang, 0))
    slip.add(customer.shown)
    slip.add(f"{words.amount_due}: {s.money(balance)}")
    slip.add(f"{supplier.shown}, {supplier.street}")
    return s.w, [*out, slip]


def contract(rng: random.Random, lang: str) -> tuple[Writer, list[Page]]:
    """A services contract over two pages, dated under its parties, and its price annex (a
    table of rates, no total)."""
    words = WORDS[lang]
    s = sheet(rng, lang)
    provider, client = firm(s, rng), firm(s, rng)
    while client.name == provider.name:
        client = firm(s, rng)
    start = random_day(rng)
    one = Page()
    one.add(words.contract, style="title")
    one.add(f"{provider.shown}, {provider.street}")
    one.add(f"{client.shown}, {client.street}")
    one.add(s.day(start, "issue", date_text(start, lang, 1)))  # the date it is made
    one.add()
    for clause in words.contract_clauses[:2]:
        one.add(clause)
    two = Page()
    two.add(words.contract_clauses[2])
    two.add()
    two.add(f"{provider.shown}", f"{client.shown}")
    two.add("____________________", "____________________")
    annex = Page()
    annex.add(words.annex, style="title")
    annex.row([words.columns[0], "", words.columns[2]], style="bold")
    for work in rng.sample(WORKS, 5):
        annex.row([work, "", s.money(rng.choice((45.0, 62.5, 89.0, 120.0)), mark=False)])
    return s.w, [one, two, annex]
