"""Bank and card statements, credit notes and packets of account papers as the world prints
them, written without reading the analyzer's rules (issue #18): the development set's next
check that the rules generalise.

Statements of US, UK, German, French, Spanish and Italian banks and of card issuers
(:mod:`testbed.evaluation.variety_accounts_banks`,
:mod:`testbed.evaluation.variety_accounts_cards`) and the CSV exports online banking gives;
credit notes and corrections in six languages
(:mod:`testbed.evaluation.variety_accounts_credits`); packets bundling a cover letter,
invoices, receipts, claim forms, statements and remittance slips in one PDF
(:mod:`testbed.evaluation.variety_accounts_packets`). A bank's or card's statement has no
vendor and totals its closing balance; a credit note totals its credit as printed.
"""

from __future__ import annotations

import random

from testbed.evaluation.boundary_cases import Generator, planned_cases
from testbed.evaluation.corpus import Block, Case, Writer
from testbed.evaluation.variety_accounts_banks import (
    checking_us,
    current_uk,
    kontoauszug,
    moves,
)
from testbed.evaluation.variety_accounts_cards import card_uk, card_us, kreditkarte
from testbed.evaluation.variety_accounts_credits import (
    avoir,
    credit_memo_us,
    credit_note_uk,
    creditnota,
    gutschrift,
    rectificativa,
)
from testbed.evaluation.variety_accounts_latin import estratto, extracto, releve
from testbed.evaluation.variety_accounts_packets import build_account_packets
from testbed.evaluation.variety_accounts_style import Doc, cents, month_end, someday, when


def bank_csv(rng: random.Random) -> tuple[list[Block], Writer]:
    """Online banking's CSV export: a US bank's summary rows over Date,Description,Amount,
    Running Bal. with quoted amounts, or a German bank's semicolon export with its
    Kontonummer, Zeitraum and Kontostand lines over Buchungstag;Wertstellung;...;Betrag."""
    german = rng.random() < 0.5
    d = Doc(rng, "EUR" if german else "USD", "eu" if german else "us")
    start = someday(rng).replace(day=1)
    end = month_end(start)
    rows = moves(rng, "de" if german else "us", start, end, rng.randint(6, 10))
    opening = cents(rng, 500, 4000)
    closing = round(opening + sum(r[2] for r in rows), 2)
    if german:
        iban = f"DE{rng.randint(10, 99)}{rng.randint(10**17, 10**18 - 1)}"
        lines = [
            f'"Kontonummer:";"{d.number(iban)}";"Girokonto"',
            f'"Zeitraum:";"{when(start, "dot")} - {d.day(end, "dot", "issue")}";',
            f'"Kontostand vom {when(end, "dot")}:";'
            f'"{d.total(closing, d.note(closing, d.num(closing)))} EUR";',
            "",
            '"Buchungstag";"Wertstellung";"Buchungstext";"Auftraggeber / Begünstigter";'
            '"Verwendungszweck";"Betrag (EUR)"',
        ]
        for day, name, amt in rows:
            kind, _, who = name.partition(" ")
            lines.append(
                f'"{when(day, "dot")}";"{when(day, "dot")}";"{kind}";'
                f'"{d.item(who, amt)}";"";"{d.num(amt)}"'
            )
    else:
        lines = [
            "Description,,Summary Amt.",
            f'Beginning balance as of {when(start, "us")},,"{d.num(opening)}"',
            f'Total credits,,"{d.num(sum(r[2] for r in rows if r[2] > 0))}"',
            f'Total debits,,"{d.num(sum(r[2] for r in rows if r[2] < 0))}"',
            f"Ending balance as of {d.day(end, 'us', 'issue')},,"
            f'"{d.total(closing, d.num(closing))}"',
            "",
            "Date,Description,Amount,Running Bal.",
            f'{when(start, "us")},Beginning balance as of {when(start, "us")},,"{d.num(opening)}"',
        ]
        balance = opening
        for day, name, amt in rows:
            balance = round(balance + amt, 2)
            lines.append(
                f'{when(day, "us")},"{d.item(name, amt)}","{d.num(amt)}","{d.num(balance)}"'
            )
    return [("lines", lines)], d.w


#: (kind, generator, the formats of its cases; ``-scan``: a scanned PDF, ``jpg``: a photo).
PLAN: tuple[tuple[str, Generator, tuple[str, ...]], ...] = (
    ("statement", checking_us, ("pdf", "pdf-scan", "txt", "html")),
    ("statement", current_uk, ("pdf", "png", "html")),
    ("statement", kontoauszug, ("pdf", "pdf-scan", "txt", "png")),
    ("statement", releve, ("pdf", "docx", "jpg")),
    ("statement", extracto, ("pdf", "html")),
    ("statement", estratto, ("pdf", "txt")),
    ("statement", bank_csv, ("txt", "txt")),
    ("statement", card_us, ("pdf", "pdf-scan", "html")),
    ("statement", card_uk, ("pdf", "jpg")),
    ("statement", kreditkarte, ("pdf", "txt")),
    ("invoice", credit_note_uk, ("pdf", "docx", "eml")),
    ("invoice", credit_memo_us, ("pdf", "html")),
    ("invoice", gutschrift, ("pdf", "pdf-scan", "txt")),
    ("invoice", avoir, ("pdf", "docx", "pdf-scan")),
    ("invoice", rectificativa, ("pdf", "html", "png")),
    ("invoice", creditnota, ("pdf", "eml", "txt")),
)


def build_variety_accounts(seed: str) -> list[Case]:
    """The account papers, labelled by their generators and drawn once for their evidence,
    named ``accounts-<generator>-NN``, and the packets ``accounts-packet-<name>``."""
    return [*planned_cases(seed, "accounts", PLAN), *build_account_packets(seed)]


__all__ = ["PLAN", "build_variety_accounts"]
