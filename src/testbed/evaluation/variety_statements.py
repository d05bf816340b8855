"""Bank and card statements of the development set in several languages (issue #18).

A Spanish "Extracto de cuenta" (IBAN, "Fecha de emisión", "Saldo final"), an Italian
"Estratto conto" numbered "n. 11/2026" with "Saldo finale", a French "Relevé de compte"
("Édité le", "Nouveau solde créditeur"), a German "Kontoauszug" ("erstellt am", "Neuer
Kontostand" with "H" for credit), a UK credit-card statement ("Statement date", "Payment due
date", "Balance this statement") and a US checking statement ("Statement Period", "Ending
Balance" flush right, the account number masked). The names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Case, Template, Writer, labelled_cases
from testbed.evaluation.figure_locale import Money, Sheet, numeric, spelled

_MOVES = (
    ("Nómina", 2150.0), ("Alquiler", -850.0), ("Mercadona", -64.2), ("Recibo luz", -48.9),
)  # fmt: skip


def _day(rng: random.Random) -> dt.date:
    return dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(0, 520))


def _moves(
    s: Sheet, rng: random.Random, names: tuple[str, ...], issued: dt.date, style: str
) -> tuple[list[list[str]], float, float]:
    """Rows of date, description and signed amount (bare numbers), the opening and closing
    balances."""
    opening = balance = round(rng.uniform(900, 4000), 2)
    rows = []
    for offset, (name, (_, value)) in enumerate(zip(names, _MOVES, strict=False)):
        balance = round(balance + value, 2)
        day = issued - dt.timedelta(days=25 - offset * 6)
        rows.append([numeric(day, style), name, s.money(value, mark=False)])
        s.item(name, None, None, value)
    return rows, opening, balance


def extracto(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A Spanish account statement: IBAN, "Fecha de emisión", "Saldo final"."""
    s = Sheet(Writer(rng), Money("EUR", "{n} €", ",", "."))
    issued = _day(rng)
    s.w.plain_org("Caja Rural del Turia")
    holder = s.w.person("Lucía Navarro")
    iban = f"ES91 2100 0418 45{rng.randint(10, 99)} {rng.randint(1000, 9999)} 1332"
    names = ("Nómina empresa", "Alquiler piso", "Mercadona 0412", "Recibo Iberdrola")
    rows, opening, closing = _moves(s, rng, names, issued, "eu")
    blocks: list[Block] = [
        ("lines", ["Caja Rural del Turia", "Plaza del Ayuntamiento 7, 46002 Valencia"]),
        ("title", "Extracto de cuenta"),
        (
            "kv",
            [
                ("Titular", holder),
                ("IBAN", s.number(iban)),
                ("Fecha de emisión", s.day(issued, "issue", numeric(issued, "eu"))),
            ],
        ),
        ("kv", [("Saldo anterior", s.money(opening))]),
        ("table", [["Fecha", "Concepto", "Importe"], *rows]),
        ("kv", [("Saldo final", s.total(closing))]),
    ]
    return "pdf", blocks, s.w


def estratto_conto(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """An Italian statement: "Estratto conto n. 11/2026", "Data", "Saldo finale"."""
    s = Sheet(Writer(rng), Money("EUR", "€ {n}", ",", "."))
    issued = _day(rng)
    s.w.plain_org("Banca Popolare del Lario")
    holder = s.w.person("Marco Bellini")
    names = ("Stipendio", "Affitto", "Esselunga", "Bolletta Enel")
    rows, opening, closing = _moves(s, rng, names, issued, "eu")
    blocks: list[Block] = [
        ("lines", ["Banca Popolare del Lario", "Via Volta 12, 22100 Como"]),
        ("title", f"Estratto conto n. {s.number(f'{issued.month}/{issued.year}')}"),
        (
            "kv",
            [
                ("Intestatario", holder),
                ("Conto corrente", f"IT60 X054 2811 1010 0000 0{rng.randint(100000, 999999)}"),
                ("Data", s.day(issued, "issue", numeric(issued, "eu"))),
            ],
        ),
        ("table", [["Data", "Descrizione", "Importo"], *rows]),
        ("kv", [("Saldo iniziale", s.money(opening)), ("Saldo finale", s.total(closing))]),
    ]
    return "html", blocks, s.w


def releve(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A French statement: "Relevé de compte n° 11", "Édité le", the period "du ... au ...",
    "Nouveau solde créditeur"."""
    s = Sheet(Writer(rng), Money("EUR", "{n} €", ",", " "))
    issued = _day(rng)
    start = issued - dt.timedelta(days=30)
    s.w.plain_org("Crédit Mutuel du Vercors")
    holder = s.w.person("Hélène Bertrand")
    names = ("VIR SALAIRE", "PRLV LOYER", "CB CARREFOUR", "PRLV EDF")
    rows, opening, closing = _moves(s, rng, names, issued, "eu")
    blocks: list[Block] = [
        ("lines", ["Crédit Mutuel du Vercors", "8 place Victor Hugo, 38000 Grenoble"]),
        ("title", f"Relevé de compte n° {s.number(str(rng.randint(10, 99)))}"),
        (
            "lines",
            [
                f"Édité le {s.day(issued, 'issue', spelled(issued, 'fr'))}",
                f"Période du {numeric(start, 'eu')} au {numeric(issued, 'eu')}",
                f"Titulaire : {holder}",
            ],
        ),
        ("kv", [("Ancien solde créditeur", s.money(opening))]),
        ("table", [["Date", "Opération", "Montant"], *rows]),
        ("kv", [("Nouveau solde créditeur", s.total(closing))]),
    ]
    return "txt", blocks, s.w


def kontoauszug(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A German statement: "Kontoauszug 11/2026", "erstellt am", balances with "H"."""
    s = Sheet(Writer(rng), Money("EUR", "{n} EUR", ",", "."))
    issued = _day(rng)
    s.w.plain_org("Volksbank Allgäu-Oberschwaben")
    holder = s.w.person("Jonas Hartmann")
    names = ("Gehalt", "Miete", "REWE Markt", "Stadtwerke")
    rows, opening, closing = _moves(s, rng, names, issued, "dot")
    number = f"{rng.randint(1, 12)}/{issued.year}"
    blocks: list[Block] = [
        ("lines", ["Volksbank Allgäu-Oberschwaben", "Marktplatz 3, 88212 Ravensburg"]),
        ("title", f"Kontoauszug {s.number(number)}"),
        (
            "lines",
            [
                f"erstellt am {s.day(issued, 'issue', numeric(issued, 'dot'))}",
                f"Kontoinhaber: {holder}",
                f"IBAN: DE44 6509 1040 0{rng.randint(100000000, 999999999)}",
            ],
        ),
        ("kv", [("Alter Kontostand", f"{s.money(opening)} H")]),
        ("table", [["Buchungstag", "Vorgang", "Betrag"], *rows]),
        ("kv", [("Neuer Kontostand", f"{s.total(closing)} H")]),
    ]
    return "md", blocks, s.w


def card_statement_uk(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A UK credit-card statement: "Statement date", "Payment due date", "Balance this
    statement", the card number masked."""
    s = Sheet(Writer(rng), Money("GBP", "£{n}"))
    issued = _day(rng)
    due = issued + dt.timedelta(days=25)
    s.w.plain_org("Thistle Card Services")
    holder = s.w.person("Callum Fraser")
    rows, total = [["Date", "Transaction", "Amount"]], 0.0
    for offset, (name, value) in enumerate((("TESCO STORES 2231", 54.6), ("SCOTRAIL", 38.2))):
        total = round(total + value, 2)
        day = issued - dt.timedelta(days=18 - offset * 5)
        rows.append([numeric(day, "abbr"), name, s.money(value, mark=False)])
        s.item(name, None, None, value)
    blocks: list[Block] = [
        ("lines", ["Thistle Card Services", "PO Box 410, Edinburgh EH3 9AA"]),
        ("title", "Your Credit Card Statement"),
        (
            "columns",
            [
                ("Card number", s.number(f"**** **** **** {rng.randint(1000, 9999)}")),
                ("Statement date", s.day(issued, "issue", spelled(issued, "en"))),
                ("Payment due date", s.day(due, "due", spelled(due, "en"))),
                ("Balance this statement", s.total(total)),
                ("Minimum payment", s.money(25.0)),
            ],
        ),
        ("lines", [holder]),
        ("table", rows),
    ]
    return "pdf", blocks, s.w


def checking_statement(rng: random.Random) -> tuple[str, list[Block], Writer]:
    """A US checking statement: "Statement Period" from one date to another (the statement
    is dated at its end), "Ending Balance" flush right, the account number masked."""
    s = Sheet(Writer(rng), Money("USD", "${n}"))
    end = _day(rng)
    start = end - dt.timedelta(days=30)
    s.w.plain_org("Cascade Federal Credit Union")
    holder = s.w.person("Tyrone Whitfield")
    rows, total = [["Date", "Description", "Amount"]], 0.0
    opening = round(rng.uniform(400, 3000), 2)
    total = opening
    moves = (("DIRECT DEP PAYROLL", 1840.0), ("CHECK 1042", -600.0))
    for offset, (name, value) in enumerate(moves):
        total = round(total + value, 2)
        day = end - dt.timedelta(days=20 - offset * 7)
        rows.append([numeric(day, "us"), name, s.money(value, mark=False)])
        s.item(name, None, None, value)
    period = f"{numeric(start, 'us_abbr')} - {s.day(end, 'issue', numeric(end, 'us_abbr'))}"
    blocks: list[Block] = [
        ("lines", ["Cascade Federal Credit Union", "PO Box 2200, Spokane, WA 99210"]),
        ("title", "Checking Account Statement"),
        (
            "columns",
            [
                (holder, "Account Number"),
                ("1620 W Dean Ave", s.number(f"******{rng.randint(1000, 9999)}")),
                ("Spokane, WA 99201", "Statement Period"),
                ("", period),
            ],
        ),
        ("table", rows),
        (
            "columns",
            [("Beginning Balance", s.money(opening)), ("Ending Balance", s.total(total))],
        ),
    ]
    return "txt", blocks, s.w


#: (kind, template) in case order.
_DOCS: tuple[tuple[str, Template], ...] = (
    ("statement", extracto),
    ("statement", estratto_conto),
    ("statement", releve),
    ("statement", kontoauszug),
    ("statement", card_statement_uk),
    ("statement", checking_statement),
)


def build_variety_statements(seed: str) -> list[Case]:
    """The bank and card statements, labelled and drawn once for their evidence."""
    return labelled_cases(seed, "statements", _DOCS)


__all__ = ["build_variety_statements"]
