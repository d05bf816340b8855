"""Invoices of trades that bill for time, progress or use: a subcontractor's progress claim with
retention, a staffing agency's timesheet invoice, an equipment hire invoice, a fuel card
account invoice and a print or marketing agency's invoice.

They print periods (week ending, hire from/to, billing period, claim period), contract and
claim numbers, retention release dates and direct-debit dates beside the invoice's own. A
progress claim that is also a tax invoice is known by its invoice number (the claim number
counts claims); its total is this claim's amount after retention; a retention release date
is not this claim's due date; a direct-debit date is when the money is due.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.author_quayside_paper import Paper, end_of_month, panel_layout, terms
from testbed.evaluation.author_quayside_style import (
    Locale,
    bank,
    company,
    digits,
    phone,
    quantity,
    reference,
    tax_id,
)
from testbed.evaluation.truth import LineItem
from testbed.evaluation.variety_dues_print import Sheet


def _issued(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 5) + dt.timedelta(rng.randrange(330))


def _rows_table(paper: Paper, head: list[str]) -> list[list[str]]:
    table = [head]
    for r in paper.rows or ():
        price = paper.plain(r.unit_price) if r.unit_price is not None else ""
        table.append([r.description, quantity(r.quantity), price, paper.plain(r.amount)])
    return table


def _with_tax(paper: Paper, net: float, label: str) -> list[tuple[str, str]]:
    tax = round(net * paper.loc.rate, 2)
    return [
        ("Subtotal", paper.money(net)),
        (paper.loc.tax, paper.money(tax)),
        (label, paper.money(net + tax, code=rng_code(net), total=True)),
    ]


def rng_code(net: float) -> bool:
    """Whether a total prints the currency's code (a stable half of papers do)."""
    return int(net * 100) % 2 == 0


def progress_claim(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A subcontractor's progress claim: work to date, less retention and earlier claims."""
    paper = Paper("progress_claim", "invoice", loc, rng.choice(loc.dates))
    seller = company(rng, loc, rng.choice(("Electrical", "Formwork", "Plumbing", "Steel Fixing")))
    builder = company(rng, loc, rng.choice(("Construction", "Builders", "Projects")), seller)
    paper.orgs.append(builder)
    issued = end_of_month(_issued(rng)) - dt.timedelta(rng.randrange(0, 3))
    claim = rng.randrange(2, 14)
    number = reference(rng, rng.choice(("INV-", "")), 5)
    contract_sum = round(rng.uniform(80_000, 900_000), -2)
    trades = (
        "Preliminaries", "Rough-in level 1-4", "Fit-off level 1-2", "Variations VO-01 to VO-05",
        "Switchboards", "Materials on site",
    )  # fmt: skip
    table = [["Item", "Contract value", "% complete", "Claimed to date"]]
    shares = [rng.uniform(0.5, 2) for _ in trades]
    done = 0.0
    for name, share in zip(trades, shares, strict=True):
        value = round(contract_sum * share / sum(shares), 2)
        percent = rng.choice((0, 10, 25, 40, 50, 60, 75, 90, 100))
        claimed = round(value * percent / 100, 2)
        done += claimed
        row = [name, digits(loc, value), f"{percent}%", digits(loc, claimed)]
        table.append(row)
    done = round(done, 2)
    retention = round(done * 0.05, 2)
    previous = round((done - retention) * rng.uniform(0.5, 0.85), 2)
    this = round(done - retention - previous, 2)
    tax = round(this * loc.rate, 2)
    title = {"uk": "PAYMENT APPLICATION", "ae": "INTERIM PAYMENT APPLICATION"}.get(
        loc.key, "TAX INVOICE / PROGRESS CLAIM"
    )
    panel = [
        ("Invoice No.", paper.doc_number(number)),
        ("Date", paper.day(issued, "issue")),
        ("Claim No.", str(claim)),
        ("Contract / Order", reference(rng, "SC-", 4)),
        ("Period to", paper.day(end_of_month(issued))),
    ]
    if rng.random() < 0.7:
        panel.append(
            ("Due date", paper.day(issued + dt.timedelta(rng.choice((15, 20, 28, 30))), "due"))
        )
        notes = "Payment due per the subcontract payment terms."
    else:
        notes = "Payment within 15 business days of receipt of this claim."
    sheet = Sheet(
        head=[
            paper.seller(seller),
            rng.choice(loc.cities),
            f"{loc.tax_id} {tax_id(rng, loc)}  Licence {reference(rng, '', 6)}",
        ],
        panel=panel,
        address=["To:", builder, "Attn: Contract Administrator"],
    )
    panel_layout(rng, sheet, len(panel))
    release = issued + dt.timedelta(rng.randrange(200, 500))
    sheet.body = [
        ("title", f"{title} No. {claim}"),
        (
            "kv",
            [
                (
                    "Project",
                    f"{rng.choice(('Harbour View', 'Dockside', 'Wharf St'))} Apartments, "
                    f"Stage {rng.randrange(1, 4)}",
                )
            ],
        ),
        ("table", table),
        (
            "kv",
            [
                ("Contract sum", paper.money(contract_sum)),
                ("Work completed to date", paper.money(done)),
                ("Less retention 5%", paper.money(-retention)),
                ("Less previously claimed", paper.money(-previous)),
                ("This claim (excl. tax)", paper.money(this)),
                (f"{loc.tax} {loc.rate * 100:g}%", paper.money(tax)),
                ("Amount due this claim", paper.money(this + tax, code=True, total=True)),
            ],
        ),
        (
            "para",
            f"{notes} Retention held to date {paper.money(retention)}; half released at "
            f"practical completion, balance on {paper.day(release)} (end of defects period).",
        ),
    ]
    if loc.key == "au":
        sheet.body.append(
            (
                "para",
                "This is a payment claim made under the Building and "
                "Construction Industry Security of Payment Act 1999 (NSW).",
            )
        )
    sheet.footer = [bank(rng, loc)]
    return sheet, paper


def timesheet_invoice(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A labour hire agency's weekly invoice from approved timesheets."""
    paper = Paper("timesheet_invoice", "invoice", loc, rng.choice(loc.dates))
    seller = company(rng, loc, rng.choice(("Recruitment", "Workforce Solutions", "Staffing")))
    client = company(rng, loc, rng.choice(("Warehousing", "Logistics", "Cold Storage")), seller)
    paper.orgs.append(client)
    issued = _issued(rng)
    week_end = issued - dt.timedelta((issued.weekday() + 1) % 7 + 1)
    number = reference(rng, rng.choice(("", "TS", "INV")), 6)
    panel = [
        ("Invoice #", paper.doc_number(number)),
        ("Invoice date", paper.day(issued, "issue")),
        ("Client #", reference(rng, "", 4)),
        ("Week ending", paper.day(week_end)),
        ("Client PO", reference(rng, "", 8)),
    ]
    extra, notes = terms(rng, paper, issued)
    panel += extra
    sheet = Sheet(
        head=[paper.seller(seller), rng.choice(loc.cities), f"{loc.tax_id} {tax_id(rng, loc)}"],
        panel=panel,
        address=[client, "Attn: Accounts Payable", rng.choice(loc.cities)],
    )
    panel_layout(rng, sheet, len(panel))
    roles = ("Forklift operator", "Pick packer", "Storeperson", "Truck driver MR")
    rows = []
    for worker in rng.sample(loc.people, rng.randrange(2, 4)):
        role = rng.choice(roles)
        rate = round(rng.uniform(28, 62), 2)
        hours = float(rng.choice((16, 24, 32, 38, 40)))
        rows.append(LineItem(f"{worker} - {role} (ordinary)", hours, rate, round(hours * rate, 2)))
        if rng.random() < 0.5:
            extra_hours = float(rng.choice((2, 4, 6)))
            rows.append(
                LineItem(
                    f"{worker} - overtime x1.5",
                    extra_hours,
                    round(rate * 1.5, 2),
                    round(extra_hours * round(rate * 1.5, 2), 2),
                )
            )
    paper.rows = rows
    net = round(sum(r.amount for r in rows), 2)
    sheet.body = [
        ("title", "TAX INVOICE" if loc.key in ("au", "sg", "ae") else "INVOICE"),
        (
            "para",
            f"Labour hire services for the week ending {paper.day(week_end)} "
            "per approved timesheets.",
        ),
        ("table", _rows_table(paper, ["Worker / description", "Hours", "Rate", "Amount"])),
        ("kv", _with_tax(paper, net, "Total")),
    ]
    if notes:
        sheet.body.append(("para", " ".join(notes)))
    sheet.footer = [bank(rng, loc), f"Payroll queries {phone(rng, loc)}"]
    return sheet, paper


def rental_invoice(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """An equipment hire invoice for a hire period under a rental contract."""
    paper = Paper("rental_invoice", "invoice", loc, rng.choice(loc.dates))
    seller = company(rng, loc, rng.choice(("Equipment Hire", "Plant Rentals", "Access Hire")))
    client = company(rng, loc, rng.choice(("Civil", "Contracting", "Builders")), seller)
    paper.orgs.append(client)
    issued = _issued(rng)
    start = issued - dt.timedelta(rng.randrange(7, 35))
    end = issued - dt.timedelta(rng.randrange(0, 4))
    days = (end - start).days + 1
    number = reference(rng, rng.choice(("R", "HI", "")), 7)
    panel = [
        ("Invoice no.", paper.doc_number(number)),
        ("Invoice date", paper.day(issued, "issue")),
        ("Contract no.", reference(rng, "RC", 6)),
        ("Account", reference(rng, "", 6)),
        ("Hire from", paper.day(start)),
        ("Hire to", paper.day(end)),
    ]
    extra, notes = terms(rng, paper, issued)
    panel += extra
    sheet = Sheet(
        head=[paper.seller(seller), f"Depot: {rng.choice(loc.cities)}", phone(rng, loc)],
        panel=panel,
        address=[client, f"Site: {rng.choice(loc.cities)}"],
    )
    panel_layout(rng, sheet, len(panel))
    kit = (
        ("Scissor lift 19ft electric", 40.0, 95.0),
        ("Excavator 5t with operator", 450.0, 900.0),
        ("Telehandler 14m", 220.0, 420.0),
        ("Generator 60kVA", 90.0, 180.0),
        ("Site fencing panel", 1.2, 3.5),
        ("Light tower", 45.0, 85.0),
    )
    rows = []
    for name, low, high in rng.sample(kit, rng.randrange(1, 4)):
        rate = round(rng.uniform(low, high), 2)
        rows.append(LineItem(f"{name} (per day)", float(days), rate, round(days * rate, 2)))
    rows.append(LineItem("Delivery and collection", 1.0, 185.0, 185.0))
    waiver = round(sum(r.amount for r in rows[:-1]) * 0.08, 2)
    rows.append(LineItem("Damage waiver 8%", None, None, waiver))
    paper.rows = rows
    net = round(sum(r.amount for r in rows), 2)
    sheet.body = [
        ("title", rng.choice(("HIRE INVOICE", "TAX INVOICE", "RENTAL INVOICE"))),
        ("table", _rows_table(paper, ["Equipment", "Days", "Rate", "Amount"])),
        ("kv", _with_tax(paper, net, "Invoice total")),
    ]
    if notes:
        sheet.body.append(("para", " ".join(notes)))
    sheet.footer = [bank(rng, loc), "Off-hire: call the depot and quote your contract number."]
    return sheet, paper


def fuel_invoice(rng: random.Random, loc: Locale) -> tuple[Sheet, Paper]:
    """A fuel card account's monthly invoice, collected by direct debit on a printed date."""
    paper = Paper("fuel_invoice", "invoice", loc, rng.choice(loc.dates))
    seller = company(rng, loc, rng.choice(("Fuel Cards", "Fleet Fuels", "Energy")))
    client = company(rng, loc, rng.choice(("Transport", "Couriers", "Haulage")), seller)
    paper.orgs.append(client)
    period_end = end_of_month(_issued(rng))
    period_start = period_end.replace(day=1)
    issued = period_end + dt.timedelta(rng.randrange(2, 6))
    debit = issued + dt.timedelta(rng.choice((7, 10, 14)))
    number = reference(rng, rng.choice(("FC", "")), 9)
    panel = [
        ("Tax invoice no.", paper.doc_number(number)),
        ("Invoice date", paper.day(issued, "issue")),
        (
            "Account number",
            f"{rng.randrange(7000, 7999)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}",
        ),
        ("Billing period", f"{paper.day(period_start)} - {paper.day(period_end)}"),
        (rng.choice(("Direct debit date", "Amount debited on")), paper.day(debit, "due")),
    ]
    sheet = Sheet(
        head=[paper.seller(seller), rng.choice(loc.cities), f"{loc.tax_id} {tax_id(rng, loc)}"],
        panel=panel,
        address=[client, rng.choice(loc.cities)],
        running="Page {page} of {pages}",
    )
    panel_layout(rng, sheet, len(panel))
    rows = []
    for _ in range(rng.randrange(4, 9)):
        when = period_start + dt.timedelta(rng.randrange(period_end.day))
        litres = round(rng.uniform(35, 420), 2)
        price = round(rng.uniform(1.2, 2.1), 3)
        card = f"...{rng.randrange(1000, 9999)}"
        what = rng.choice(("Diesel", "Unleaded 95", "AdBlue"))
        rows.append(
            (
                when,
                card,
                LineItem(
                    f"{what} {rng.choice(('Botany', 'Depot Rd', 'M1 North'))}",
                    litres,
                    price,
                    round(litres * price, 2),
                ),
            )
        )
    rows.sort(key=lambda r: r[0])
    paper.rows = [r for _, _, r in rows]
    table = [["Date", "Card", "Product / site", "Litres", "Price/L", "Amount"]]
    for when, card, r in rows:
        per_litre, volume = f"{r.unit_price:.3f}", f"{r.quantity:.2f}"
        if loc.digits == "eu":
            per_litre, volume = per_litre.replace(".", ","), volume.replace(".", ",")
        table.append(
            [
                paper.day(when),
                card,
                r.description,
                volume,
                per_litre,
                paper.plain(r.amount),
            ]
        )
    net = round(sum(r.amount for r in paper.rows), 2)
    sheet.body = [
        ("title", "FUEL CARD TAX INVOICE"),
        ("table", table),
        ("kv", _with_tax(paper, net, "Total amount payable")),
        (
            "para",
            "The total will be debited from your nominated account on or after the direct "
            "debit date. Prices include excise.",
        ),
    ]
    return sheet, paper


__all__ = ["fuel_invoice", "progress_claim", "rental_invoice", "timesheet_invoice"]
