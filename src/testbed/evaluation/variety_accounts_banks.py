"""Bank statements as banks print them, for :mod:`testbed.evaluation.variety_accounts`: a US
checking statement (period and account number beside the address, deposits and withdrawals
in tables of their own, a daily balance), a UK current account (Money out / Money in /
Balance, brought and carried forward) and a German Kontoauszug (Soll/Haben or a signed
amount, Alter/Neuer Kontostand); the postings of six countries' accounts (:func:`moves`).
A bank's statement has no vendor; its
total is the closing balance, its number its own (``Kontoauszug 3/2026``) or the account's.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_accounts_style import (
    Doc,
    cents,
    month_end,
    short,
    someday,
    spread,
    when,
)

#: Transactions per language: (description, low, high, sign).
_MOVES: dict[str, tuple[tuple[str, float, float, int], ...]] = {
    "us": (
        ("POS PURCHASE SAFEWAY #1842 PORTLAND OR", 18, 160, -1),
        ("ACH DEBIT PGE WEB ONLINE PMT", 60, 190, -1),
        ("ATM WITHDRAWAL 0412 NE BROADWAY", 40, 200, -1),
        ("ONLINE TRANSFER TO SAV XXXXXX4410", 100, 500, -1),
        ("DEBIT CARD PURCHASE NETFLIX.COM CA", 15.49, 22.99, -1),
        ("ZELLE PAYMENT TO J MORALES", 25, 300, -1),
        ("DIRECT DEP HALVERSON MFG PAYROLL", 1800, 2900, 1),
        ("MOBILE DEPOSIT REF 558210", 50, 900, 1),
        ("ZELLE FROM K NGUYEN", 20, 250, 1),
    ),
    "uk": (
        ("DD THAMES WATER UTILITI", 28, 61, -1),
        ("CARD PAYMENT TO TESCO STORES 2231", 8, 94, -1),
        ("SO LANDLORD RENT FLAT 4", 650, 1200, -1),
        ("CASH MACHINE WITHDRAWAL", 20, 150, -1),
        ("DD LAMBETH COUNCIL TAX", 110, 190, -1),
        ("FASTER PAYMENT TO A KHAN", 15, 250, -1),
        ("BANK GIRO CREDIT WREN & PIKE SALARY", 1900, 2700, 1),
        ("FASTER PAYMENT FROM R OKORO", 20, 300, 1),
    ),
    "de": (
        ("Lastschrift Stadtwerke Lindenau Abschlag", 60, 140, -1),
        ("Kartenzahlung REWE Markt Lindenau", 12, 95, -1),
        ("Dauerauftrag Miete Hofmann", 650, 1100, -1),
        ("Bargeldauszahlung GA 1123", 20, 200, -1),
        ("Überweisung Allianz Versicherung", 30, 120, -1),
        ("Gutschrift Lohn/Gehalt Brenner GmbH", 2100, 3200, 1),
        ("Gutschrift Rückerstattung Zalando", 20, 90, 1),
    ),
    "fr": (
        ("PRLV SEPA EDF CLIENTS PARTICULIERS", 45, 130, -1),
        ("CB CARREFOUR MARKET 1203", 12, 110, -1),
        ("PRLV SEPA FREE MOBILE", 9.99, 29.99, -1),
        ("RETRAIT DAB LYON BELLECOUR", 20, 150, -1),
        ("CHEQUE N 4417021", 40, 400, -1),
        ("VIR SEPA RECU SALAIRE SARL VERNET", 1700, 2600, 1),
        ("VIR SEPA RECU CAF", 90, 300, 1),
    ),
    "es": (
        ("RECIBO IBERDROLA CLIENTES", 40, 120, -1),
        ("COMPRA TARJ. MERCADONA VALENCIA", 10, 90, -1),
        ("RETIRADA CAJERO 0049", 20, 200, -1),
        ("BIZUM ENVIADO A LUCIA", 10, 60, -1),
        ("RECIBO COMUNIDAD PROPIETARIOS", 40, 90, -1),
        ("TRANSF. RECIBIDA NOMINA TALLERES ALBA", 1500, 2300, 1),
    ),
    "it": (
        ("PAGAMENTO POS ESSELUNGA MILANO", 15, 120, -1),
        ("ADDEBITO SDD ENEL ENERGIA", 50, 160, -1),
        ("PRELIEVO BANCOMAT ATM 2231", 50, 250, -1),
        ("COMMISSIONI TENUTA CONTO", 2.5, 4.9, -1),
        ("BONIFICO A VOSTRO FAVORE STIPENDIO", 1600, 2500, 1),
        ("BONIFICO DA ROSSI PAOLA", 30, 300, 1),
    ),
}


def moves(
    rng: random.Random, lang: str, start: dt.date, end: dt.date, count: int
) -> list[tuple[dt.date, str, float]]:
    """``count`` postings of the language's kinds between ``start`` and ``end``, the first a
    credit so the balance stays up."""
    pool = _MOVES[lang]
    credits = [m for m in pool if m[3] > 0]
    debits = [m for m in pool if m[3] < 0]
    picks = [
        credits[0],
        *(rng.choice(debits if rng.random() < 0.8 else credits) for _ in range(count - 1)),
    ]
    days = spread(rng, start, end, count)
    return [
        (day, name, sign * cents(rng, low, high))
        for day, (name, low, high, sign) in zip(days, picks, strict=True)
    ]


def checking_us(rng: random.Random) -> tuple[list[Block], Writer]:
    """A US bank's checking statement: the bank's block, the customer's address with the
    statement period and account number to its right, an account summary, deposits and
    withdrawals in tables of their own, a daily ending balance; two pages when long."""
    d = Doc(rng, "USD", "us")
    style = rng.choice(("us", "mdy_abbr", "long_us"))
    start = someday(rng).replace(day=1)
    end = month_end(start)
    bank = d.org(
        rng.choice(
            ("Prairie Lakes Bank, N.A.", "Cumberland Savings Bank", "Redstone Valley Credit Union")
        )
    )
    holder = d.person(rng.choice(("Rosalind Achebe", "Terrence Walsh", "Mei-Ling Foster")))
    account = f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    rows = moves(rng, "us", start, end, rng.randint(7, 12))
    opening = cents(rng, 800, 5000)
    ins = [r for r in rows if r[2] > 0]
    outs = [r for r in rows if r[2] < 0]
    closing = round(opening + sum(r[2] for r in rows), 2)
    beside = rng.random() < 0.5
    period = f"{d.day(start, style)} through {d.day(end, style, 'issue')}"
    right = (
        ["Statement Period", period, "Account Number", d.number(account)]
        if beside
        else [f"Statement Period: {period}", f"Account Number: {d.number(account)}", "", ""]
    )
    left = [
        holder.upper(),
        f"{rng.randint(100, 9999)} SW {rng.choice(('ALDER', 'HAWTHORNE', 'MAPLE'))} ST",
        "PORTLAND OR 97205",
        "",
    ]
    blocks: list[Block] = [
        (
            "lines",
            [bank, "P.O. Box 6200, Sioux Falls, SD 57117", "Customer Service 1-800-555-0142"],
        ),
        ("columns", list(zip(left, right, strict=True))),
        (
            "heading",
            rng.choice(("EVERYDAY CHECKING", "Premier Checking Account", "Your Account Statement")),
        ),
        (
            "kv",
            [
                (f"Beginning Balance on {when(start, style)}", d.money(opening, "$")),
                (
                    f"Deposits and Other Credits ({len(ins)})",
                    d.money(sum(r[2] for r in ins), "$", sign="plus"),
                ),
                (
                    f"Withdrawals and Other Debits ({len(outs)})",
                    d.money(sum(r[2] for r in outs), "$"),
                ),
                (f"Ending Balance on {when(end, style)}", d.total(closing, d.money(closing, "$"))),
            ],
        ),
    ]
    table = [["Date", "Description", "Amount"]]
    table += [[short(day, "us"), d.item(name, amt), d.num(amt)] for day, name, amt in ins]
    blocks += [("heading", "DEPOSITS AND OTHER CREDITS"), ("table", table)]
    if len(rows) > 9:
        blocks += [
            ("lines", ["Page 1 of 2"]),
            ("break", None),
            ("lines", [f"{holder.upper()}   Account Number: {account}   Page 2 of 2"]),
        ]
    table = [["Date", "Description", "Amount"]]
    table += [[short(day, "us"), d.item(name, -amt), d.num(-amt)] for day, name, amt in outs]
    blocks += [("heading", "WITHDRAWALS AND OTHER DEBITS"), ("table", table)]
    if rng.random() < 0.6:
        balance, daily = opening, [["Date", "Balance"]]
        for day, _, amt in rows:
            balance = round(balance + amt, 2)
            daily.append([short(day, "us"), d.num(balance)])
        blocks += [("heading", "DAILY ENDING BALANCE"), ("table", daily)]
    blocks.append(("para", "Member FDIC. Equal Housing Lender. Report errors within 60 days."))
    return blocks, d.w


def current_uk(rng: random.Random) -> tuple[list[Block], Writer]:
    """A UK current account: sort code and account number, the summary as Money in / Money
    out, the transactions as Date / Payment type and details / Paid out / Paid in / Balance,
    the date printed once per day, brought forward at the top and carried forward over a
    page break."""
    d = Doc(rng, "GBP", "us")
    style = rng.choice(("abbr", "long_en", "uk"))
    start = someday(rng)
    end = start + dt.timedelta(days=rng.choice((27, 30)))
    bank = d.org(
        rng.choice(("Wessex & Downs Bank plc", "Northgate Building Society", "Carrick Bank plc"))
    )
    holder = d.person(rng.choice(("Samuel Okoro", "Harriet Pemberton", "Callum Fraser")))
    account = f"{rng.randint(10000000, 99999999)}"
    sort = f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
    rows = moves(rng, "uk", start, end, rng.randint(8, 13))
    opening = cents(rng, 300, 3000)
    closing = round(opening + sum(r[2] for r in rows), 2)
    money_in = sum(r[2] for r in rows if r[2] > 0)
    money_out = -sum(r[2] for r in rows if r[2] < 0)
    dated = rng.random() < 0.5
    blocks: list[Block] = [
        ("title", f"{bank.removesuffix(' plc')}"),
        (
            "lines",
            [
                f"Mr {holder}" if holder != "Harriet Pemberton" else f"Mrs {holder}",
                f"{rng.randint(2, 90)} Tollgate Road",
                "Reading",
                "RG1 3NP",
            ],
        ),
        ("heading", "Your Classic Current Account"),
        (
            "kv",
            [
                ("Sort code", sort),
                ("Account number", d.number(account)),
                (
                    "Statement date" if dated else "Statement period",
                    d.day(end, style, "issue")
                    if dated
                    else f"{when(start, style)} to {d.day(end, style, 'issue')}",
                ),
            ],
        ),
        (
            "table",
            [
                ["Opening balance", "Money in", "Money out", "Closing balance"],
                [
                    d.money(opening, "£"),
                    d.money(money_in, "£"),
                    d.money(money_out, "£"),
                    d.total(closing, d.money(closing, "£")),
                ],
            ],
        ),
    ]
    head = ["Date", "Payment type and details", "Paid out", "Paid in", "Balance"]
    balance, table, last = (
        opening,
        [head, ["", "BALANCE BROUGHT FORWARD", "", "", d.num(opening)]],
        None,
    )
    cut = len(rows) // 2 if len(rows) > 10 else None
    for index, (day, name, amt) in enumerate(rows):
        if index == cut:
            table.append(["", "BALANCE CARRIED FORWARD", "", "", d.num(balance)])
            blocks += [
                ("table", table),
                ("lines", ["Page 1 of 2"]),
                ("break", None),
                ("lines", [f"{holder}   Sort code {sort}   Account {account}   Page 2 of 2"]),
            ]
            table, last = [head, ["", "BALANCE BROUGHT FORWARD", "", "", d.num(balance)]], None
        balance = round(balance + amt, 2)
        shown = when(day, "abbr").rsplit(" ", 1)[0] if day != last else ""
        last = day
        out, got = (d.num(-amt), "") if amt < 0 else ("", d.num(amt))
        table.append([shown, d.item(name, -amt if amt < 0 else amt), out, got, d.num(balance)])
    table.append(["", "BALANCE CARRIED FORWARD", "", "", d.num(balance)])
    blocks += [
        ("table", table),
        (
            "para",
            f"{bank} is authorised by the Prudential Regulation Authority. Your "
            "deposits are eligible for protection by the FSCS.",
        ),
    ]
    return blocks, d.w


def kontoauszug(rng: random.Random) -> tuple[list[Block], Writer]:
    """A German savings bank's Kontoauszug: numbered per year in its title with the sheet,
    IBAN and Kontoinhaber, Soll and Haben columns (or one signed Betrag), the old and the new
    balance with H for a credit balance."""
    d = Doc(rng, "EUR", "eu")
    start = someday(rng).replace(day=1)
    end = month_end(start)
    bank = d.org(
        rng.choice(
            (
                "Kreissparkasse Lindenau",
                "Volksbank Mittelhessen-Süd eG",
                "Raiffeisenbank Tegernau eG",
            )
        )
    )
    holder = d.person(rng.choice(("Jürgen Hellwig", "Sabine Krämer", "Oskar Lindemann")))
    groups = [
        rng.randint(10, 99),
        *(rng.randint(1000, 9999) for _ in range(4)),
        rng.randint(10, 99),
    ]
    iban = "DE" + " ".join(str(group) for group in groups)
    rows = moves(rng, "de", start, end, rng.randint(6, 10))
    opening = cents(rng, 500, 4000)
    closing = round(opening + sum(r[2] for r in rows), 2)
    number = f"{start.month}/{start.year}"
    columns = rng.random() < 0.5
    suffix = rng.random() < 0.5
    made = end + dt.timedelta(days=rng.randint(1, 3))

    def bal(value: float) -> str:
        return f"{d.num(value)} H" if suffix else d.note(value, f"{d.num(value)} EUR")

    blocks: list[Block] = [
        ("lines", [bank, "Postfach 1140, 35390 Gießen"]),
        (
            "columns",
            [
                (
                    f"Herrn {holder}" if holder != "Sabine Krämer" else f"Frau {holder}",
                    f"Kontoauszug {d.number(number)}   Blatt 1/1",
                ),
                ("Lindenstraße 14", f"erstellt am {d.day(made, 'dot', 'issue')}"),
                ("35390 Gießen", f"IBAN {iban}"),
            ],
        ),
        ("kv", [("Kontoinhaber", holder), ("Kontokorrent", "Giro Komfort")]),
        (
            "lines",
            [f"Alter Kontostand vom {when(start - dt.timedelta(days=1), 'dot')}   {bal(opening)}"],
        ),
    ]
    if columns:
        table = [["Buchung", "Valuta", "Vorgang", "Soll", "Haben"]]
        for day, name, amt in rows:
            cell = d.num(abs(amt))
            table.append(
                [
                    short(day, "dot"),
                    short(day, "dot"),
                    d.item(name, abs(amt)),
                    cell if amt < 0 else "",
                    "" if amt < 0 else cell,
                ]
            )
    else:
        table = [["Buchungstag", "Wert", "Buchungstext / Verwendungszweck", "Betrag EUR"]]
        table += [
            [when(day, "dot"), when(day, "dot"), d.item(name, amt), d.num(amt, "plus")]
            for day, name, amt in rows
        ]
    blocks += [
        ("table", table),
        ("lines", [f"Neuer Kontostand vom {when(end, 'dot')}   {d.total(closing, bal(closing))}"]),
        (
            "para",
            "Bitte erheben Sie Einwendungen gegen einzelne Buchungen unverzüglich. "
            "Guthaben sind als Einlagen nach Maßgabe des Einlagensicherungsgesetzes geschützt.",
        ),
    ]
    return blocks, d.w


__all__ = ["checking_us", "current_uk", "kontoauszug", "moves"]
