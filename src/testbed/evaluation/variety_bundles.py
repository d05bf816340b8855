"""Files that hold several documents, as the world sends them, and long documents that hold
only one, written without reading the analyzer's rules (issue #18: a multi-document file is
split into sections with exact page ranges and types; a long one is not split at all).

Bundles: an insurance claim (the policyholder's cover letter, the claim form, the repair
invoice, till receipts), an expense report with its receipts one a page, an export's
commercial invoice, packing list and delivery note, an accounts-payable batch of invoices of
several suppliers in one scan (blank separator sheets between them, or a fax cover sheet
before them), a rental application with the employer's reference and a bank statement, a
mortgage file (the broker's letter, two months of one account's statements, a reference), an
employee's onboarding (offer letter, contract of employment, starter form), a procurement
file from one supplier (the buyer's purchase order, the supplier's acknowledgement and its
invoice) and two invoices of one vendor back to back, alike but for their numbers, dates and
items. Documents run over one to three pages, with "Page 1 of 2" restarting per document, bare
page numbers or none, and continuation headers.

Single documents: invoices over three pages, numbered or only continued, a services agreement
with its annexes under one number, a bank statement over three pages, a report whose chapters
each start a new page, an invoice followed by its terms or its remittance slip, a supplier's
statement over two pages and a two-page letter.

Each file is a PDF: typed (``pdf``), scanned page by page and read back by OCR (``scan``), or
typed with its receipts scanned into it (``mixed``).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from testbed.evaluation.corpus import Case
from testbed.evaluation.variety_bundles_claims import (
    THEMES,
    claim_form,
    cover_letter,
    expense_report,
    fax_cover,
    hotel_receipt,
    repair_invoice,
    taxi_receipt,
    till_receipt,
)
from testbed.evaluation.variety_bundles_long import (
    agreement_with_annexes,
    chapter_report,
    invoice_with_slip,
    invoice_with_terms,
    supplier_statement,
    two_page_letter,
)
from testbed.evaluation.variety_bundles_personal import (
    bank_statement,
    broker_letter,
    employer_letter,
    employment_contract,
    offer_letter,
    rental_application,
    starter_form,
)
from testbed.evaluation.variety_bundles_style import (
    BANKS,
    BUYERS,
    INSURERS,
    SUPPLIERS,
    TRADES,
    Doc,
    bundle_case,
    day_in,
    later,
    name_of,
    single_case,
)
from testbed.evaluation.variety_bundles_trade import (
    acknowledgement,
    commercial_invoice,
    delivery_note,
    invoice,
    packing_list,
    purchase_order,
)

type Recipe = Callable[[random.Random], list[Doc]]


def insurance_claim(rng: random.Random) -> list[Doc]:
    holder, insurer = name_of(rng), rng.choice(INSURERS)
    theme = rng.choice(("motor", "water", "storm"))
    loss = day_in(rng)
    sent = later(loss, rng.randint(10, 25))
    claim = rng.choice(
        (
            f"CLM-{rng.randint(100000, 999999)}",
            f"{rng.randint(40, 49)}/{rng.randint(10000, 99999)}/MO",
        )
    )
    repair = repair_invoice(
        rng,
        holder,
        later(loss, 6),
        theme=theme,
        pages=rng.choice((1, 1, 2)),
        numbered=rng.random() < 0.5,
    )
    spent = repair.labels().total
    assert spent is not None
    receipts = [till_receipt(rng, later(loss, n)) for n in range(rng.randint(1, 2))]
    enclosed = ["Claim form", "Repair invoice", *(["Receipts"] if receipts else [])]
    letter = cover_letter(
        rng,
        holder,
        insurer,
        sent,
        claim=claim,
        what=THEMES[theme][0],
        enclosed=enclosed,
        amount=spent[0] if rng.random() < 0.5 else None,
    )
    form = claim_form(
        rng,
        holder,
        insurer,
        later(sent, -1),
        claim=claim,
        loss=loss,
        amount=spent[0],
        theme=theme,
        pages=rng.choice((1, 2)),
    )
    order = [letter, form, repair, *receipts]
    if rng.random() < 0.4:
        order = [letter, repair, *receipts, form]
    return order


def expense_claim(rng: random.Random) -> list[Doc]:
    employee = name_of(rng)
    trip = day_in(rng)
    receipts = [till_receipt(rng, later(trip, n)) for n in range(rng.randint(1, 2))]
    receipts.append(taxi_receipt(rng, trip))
    if rng.random() < 0.6:
        receipts.insert(0, hotel_receipt(rng, employee, trip, rng.randint(1, 3)))
    report = expense_report(rng, employee, rng.choice(BUYERS), later(trip, 9), receipts)
    return [report, *receipts]


def shipping_set(rng: random.Random) -> list[Doc]:
    exporter, importer = rng.sample(SUPPLIERS, 2)
    day = day_in(rng)
    commercial = commercial_invoice(rng, exporter, importer, day)
    ref = commercial.writer.number or ""
    return [
        commercial,
        packing_list(rng, exporter, day, ref),
        delivery_note(rng, ("Rapid Freight Forwarding", "Ltd"), name_of(rng), later(day, 4)),
    ]


def payables_batch(rng: random.Random) -> list[Doc]:
    buyer = rng.choice(BUYERS)
    docs = []
    for vendor in rng.sample(SUPPLIERS, 3):
        style = rng.choice(("us", "uk", "de"))
        pages = rng.choice((1, 1, 2))
        docs.append(
            invoice(
                rng,
                vendor,
                buyer,
                day_in(rng),
                _number(rng, style),
                style=style,
                pages=pages,
                footers=rng.choice(("of", "slash", None)),
                items=rng.randint(3, 6) * pages,
            )
        )
    return docs


def separated_batch(rng: random.Random) -> list[Doc]:
    """The batch with a blank separator sheet (or an empty back page) after each document."""
    docs = payables_batch(rng)
    for doc in docs[:-1]:
        doc.trailing_blanks = 1
    return docs


def faxed_invoices(rng: random.Random) -> list[Doc]:
    sender = rng.choice(SUPPLIERS)
    docs = [
        invoice(
            rng,
            sender,
            rng.choice(BUYERS),
            day_in(rng),
            _number(rng, "uk"),
            style="uk",
            footers=None,
        )
        for _ in range(rng.randint(1, 2))
    ]
    pages = 1 + sum(len(doc.pages) for doc in docs)
    sent = day_in(rng)
    return [fax_cover(rng, name_of(rng), name_of(rng), sent, pages=pages, office=sender), *docs]


def rental_file(rng: random.Random) -> list[Doc]:
    applicant = name_of(rng)
    day = day_in(rng)
    statement = bank_statement(rng, applicant, later(day, -40), pages=rng.choice((1, 2)))
    statement.scan = True  # printed at home and scanned into the application
    return [
        rental_application(rng, applicant, ("Castlegate Lettings", "Ltd"), day),
        employer_letter(rng, applicant, ("Helmsley Foods", "plc"), later(day, -3)),
        statement,
    ]


def mortgage_file(rng: random.Random) -> list[Doc]:
    client = name_of(rng)
    day = day_in(rng)
    bank = rng.choice(BANKS)
    account = f"{rng.randint(10000000, 99999999)}"
    first = bank_statement(
        rng,
        client,
        later(day, -70),
        bank=bank,
        account=account,
        pages=rng.choice((1, 2)),
        numbered=rng.random() < 0.7,
    )
    closing = first.labels().total
    assert closing is not None
    second = bank_statement(
        rng,
        client,
        later(day, -39),
        bank=bank,
        account=account,
        numbered=rng.random() < 0.7,
        opening=closing[0],
    )
    docs = [
        broker_letter(rng, client, ("Keystone Mortgage Solutions", "Ltd"), "Northfield Bank", day),
        first,
        second,
    ]
    if rng.random() < 0.5:
        docs.append(employer_letter(rng, client, rng.choice(BUYERS), later(day, -6)))
    return docs


def onboarding(rng: random.Random) -> list[Doc]:
    hire = name_of(rng)
    employer = rng.choice(BUYERS)
    day = day_in(rng)
    start = later(day, 28)
    return [
        offer_letter(rng, hire, employer, day, start),
        employment_contract(rng, hire, employer, day, start, pages=rng.choice((2, 3))),
        starter_form(rng, hire, employer, later(day, 5)),
    ]


def procurement(rng: random.Random) -> list[Doc]:
    buyer, supplier = rng.choice(BUYERS), rng.choice(SUPPLIERS)
    day = day_in(rng)
    order = f"PO-{rng.randint(10000, 99999)}"
    style = rng.choice(("us", "uk"))
    currency = "USD" if style == "us" else "GBP"
    return [
        purchase_order(rng, buyer, supplier, day, order, currency=currency),
        acknowledgement(rng, supplier, buyer, later(day, 1), order, currency=currency),
        invoice(
            rng,
            supplier,
            buyer,
            later(day, 9),
            _number(rng, style),
            style=style,
            order=order,
            footers=rng.choice(("of", None)),
        ),
    ]


def same_vendor_pair(rng: random.Random) -> list[Doc]:
    vendor, buyer = rng.choice(SUPPLIERS + TRADES), rng.choice(BUYERS)
    style = rng.choice(("us", "uk", "de"))
    pages = rng.choice((1, 2))
    footers = rng.choice(("of", "slash", "dash", None))
    base = _number(rng, style)
    first = day_in(rng)
    docs = []
    for index in range(2):
        number = _next(base, index)
        docs.append(
            invoice(
                rng,
                vendor,
                buyer,
                later(first, 7 * index),
                number,
                style=style,
                pages=pages,
                footers=footers,
                items=3 * pages,
            )
        )
    return docs


def _number(rng: random.Random, style: str) -> str:
    if style == "de":
        return f"RE-{rng.randint(2025, 2026)}-{rng.randint(1000, 9999)}"
    if style == "uk":
        return rng.choice((f"INV{rng.randint(10000, 99999)}", f"SI-{rng.randint(1000, 9999)}"))
    return str(rng.randint(10000, 99999))


def _next(number: str, step: int) -> str:
    head = number.rstrip("0123456789")
    digits = number[len(head) :]
    return f"{head}{int(digits) + step:0{len(digits)}d}"


# -- single documents ---------------------------------------------------------------------------


def long_invoice(rng: random.Random) -> list[Doc]:
    style = rng.choice(("us", "uk", "de"))
    return [
        invoice(
            rng,
            rng.choice(SUPPLIERS),
            rng.choice(BUYERS),
            day_in(rng),
            _number(rng, style),
            style=style,
            pages=3,
            footers="of",
            items=18,
        )
    ]


def continued_invoice(rng: random.Random) -> list[Doc]:
    style = rng.choice(("us", "uk"))
    return [
        invoice(
            rng,
            rng.choice(SUPPLIERS),
            rng.choice(BUYERS),
            day_in(rng),
            _number(rng, style),
            style=style,
            pages=2,
            footers=None,
            items=12,
        )
    ]


def services_agreement(rng: random.Random) -> list[Doc]:
    provider, client = rng.sample(SUPPLIERS, 2)
    return [agreement_with_annexes(rng, provider, client, day_in(rng))]


def long_statement(rng: random.Random) -> list[Doc]:
    return [bank_statement(rng, name_of(rng), day_in(rng), pages=3)]


def survey_report(rng: random.Random) -> list[Doc]:
    return [chapter_report(rng, ("Greenhalgh Building Consultancy", "LLP"), day_in(rng))]


def terms_invoice(rng: random.Random) -> list[Doc]:
    return [invoice_with_terms(rng, rng.choice(SUPPLIERS), rng.choice(BUYERS), day_in(rng))]


def slip_invoice(rng: random.Random) -> list[Doc]:
    return [invoice_with_slip(rng, rng.choice(SUPPLIERS), rng.choice(BUYERS), day_in(rng))]


def account_statement(rng: random.Random) -> list[Doc]:
    return [supplier_statement(rng, rng.choice(SUPPLIERS), rng.choice(BUYERS), day_in(rng))]


def long_letter(rng: random.Random) -> list[Doc]:
    return [two_page_letter(rng, ("Pennant Surveyors", "LLP"), name_of(rng), day_in(rng))]


#: (recipe, the modes of its files in order; ``pdf`` typed, ``scan`` scanned, ``mixed``).
BUNDLES: tuple[tuple[Recipe, tuple[str, ...]], ...] = (
    (insurance_claim, ("pdf", "mixed", "scan", "pdf", "mixed", "pdf")),
    (expense_claim, ("mixed", "mixed", "pdf", "scan", "mixed")),
    (shipping_set, ("pdf", "scan", "pdf")),
    (payables_batch, ("scan", "pdf", "scan", "pdf")),
    (separated_batch, ("scan", "pdf")),
    (faxed_invoices, ("scan", "scan", "pdf")),
    (rental_file, ("pdf", "mixed", "pdf")),
    (mortgage_file, ("pdf", "scan", "pdf")),
    (onboarding, ("pdf", "pdf", "scan")),
    (procurement, ("pdf", "pdf", "scan", "pdf")),
    (same_vendor_pair, ("pdf", "scan", "pdf", "pdf")),
)
SINGLES: tuple[tuple[Recipe, tuple[str, ...]], ...] = (
    (long_invoice, ("pdf", "scan")),
    (continued_invoice, ("pdf",)),
    (services_agreement, ("pdf", "pdf")),
    (long_statement, ("pdf", "scan")),
    (survey_report, ("pdf",)),
    (terms_invoice, ("pdf",)),
    (slip_invoice, ("pdf",)),
    (account_statement, ("pdf",)),
    (long_letter, ("pdf",)),
)


def build_variety_bundles(seed: str) -> list[Case]:
    """The bundles and the long single documents, named ``bundles-<recipe>-NN``."""
    cases: list[Case] = []
    for plan, single in ((BUNDLES, False), (SINGLES, True)):
        for recipe, modes in plan:
            name = recipe.__name__.replace("_", "-")
            for index, mode in enumerate(modes):
                rng = random.Random(f"{seed}-bundles-{name}-{index}")  # noqa: S311 - not secrets
                docs = recipe(rng)
                case_id = f"bundles-{name}-{index + 1:02d}"
                if single:
                    cases.append(single_case(case_id, name, docs[0], mode, rng))
                else:
                    cases.append(bundle_case(case_id, name, docs, mode, rng))
    return cases


__all__ = ["BUNDLES", "SINGLES", "build_variety_bundles"]
