"""Bills of cloud and software services, marketplaces and freelance platforms, for the field
generators (:mod:`testbed.evaluation.variety_field`).

A cloud provider's monthly invoice (the legal seller only in the footer, "TOTAL AMOUNT DUE ON"
a date, credits applied), an office suite's invoice (details flush right of the seller's
address, "Total in EUR"), an invoice announced by e-mail whose number stands in the subject,
a software shop's tax invoice from Australia billed in US dollars (an order number beside the
invoice's), a chat tool's receipt e-mail, a freelance platform's invoice issued on behalf of
the freelancer, a marketplace's VAT invoice for a third-party seller ("Sold by") and a craft
marketplace's order e-mail. The vendor is who sells: the seller or freelancer, not the
platform that prints the page. Names are this module's own.
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Writer
from testbed.evaluation.variety_field_style import Sheet, code, priced, someday, total_of


def cloud_provider(rng: random.Random) -> tuple[list[Block], Writer]:
    """A cloud provider's invoice: logo word, "Invoice Number", "TOTAL AMOUNT DUE ON <date>",
    charges, credits and VAT in a summary, the legal seller in the footer."""
    s = Sheet(rng, rng.choice(("us", "ie")))
    issued = someday(rng).replace(day=rng.choice((1, 2, 3)))
    start = (issued - dt.timedelta(days=5)).replace(day=1)
    end = issued.replace(day=1) - dt.timedelta(days=1)
    style = s.pick(("us_long", "us_short"))
    seller = s.pick(("Stratus Web Services EMEA SARL", "Nimbus Compute Europe S.à r.l."))
    client = s.org(s.pick(("Fernhill Analytics Ltd", "Quarry Lane Games Limited")))
    services = priced(
        rng,
        (
            ("Elastic Compute Instances", 182.44),
            ("Object Storage", 23.91),
            ("Managed Database Service", 96.3),
            ("Data Transfer", 14.07),
            ("Content Delivery Network", 31.58),
            ("Key Management", 4.0),
        ),
        (3, 5),
    )
    charges = total_of(services)
    credits = round(-min(charges, rng.choice((10.0, 25.0, 50.0))), 2)
    vat = round((charges + credits) * (0.23 if s.loc.currency == "EUR" else 0.0), 2)
    total = round(charges + credits + vat, 2)
    number = s.number(code(rng, s.pick(("EUINIE26-999999", "2999999999"))))
    table = [["Service", "Charges"]]
    for name, _, price, _ in services:
        s.item(name, None, None, price)
        table.append([name, s.money(price)])
    summary = [["Summary", ""], ["Charges", s.money(charges)], ["Credits", s.money(credits)]]
    if vat:
        summary.append(["VAT 23%", s.money(vat)])
    summary.append(["Total for this invoice", s.money(total)])
    blocks: list[Block] = [
        ("lines", [seller.split()[0].lower() + " web services", "", "Tax Invoice"]),
        (
            "kv",
            [
                ("Account number", code(rng, "9999-9999-9999")),
                ("Invoice Number", number),
                ("Invoice Date", s.day(issued, "issue", style)),
            ],
        ),
        ("lines", [f"TOTAL AMOUNT DUE ON {s.day(issued, 'due', style)}   {s.total(total)}"]),
        (
            "columns",
            [
                ("Bill to Address:", ""),
                (client, ""),
                ("ATTN: Accounts Payable", ""),
                ("14 Harcourt Street", ""),
                ("Dublin 2, D02 Y522", ""),
            ],
        ),
        (
            "para",
            f"This invoice is for the billing period {s.day(start, None, style)} - "
            f"{s.day(end, None, style)}. Greetings, we are writing to provide you with "
            "an electronic invoice for your use of our services.",
        ),
        ("table", summary),
        ("heading", "Detail for Consolidated Bill"),
        ("table", table),
        (
            "para",
            f"Service Provider: {s.vendor(seller)}, 38 Avenue J. F. Kennedy, L-1855 "
            "Luxembourg. VAT Registration Number: LU26888617",
        ),
    ]
    return blocks, s.w


def office_suite(rng: random.Random) -> tuple[list[Block], Writer]:
    """An office suite's invoice: the seller's address with the details flush right, "Total in
    EUR" in large type, "Summary for <period>", a table of licences."""
    s = Sheet(rng, "ie")
    issued = someday(rng)
    due = issued + dt.timedelta(days=30)
    style = s.pick(("us_short", "uk_short"))
    seller = s.pick(("Orbit Cloud Ireland Limited", "Lattice Apps Ireland Ltd"))
    users = rng.randint(4, 40)
    client = s.pick(("Brackenridge Design Studio Ltd", "Kilnamona Foods Ltd"))
    rate = s.pick((5.75, 10.8, 13.8))
    net = round(users * rate, 2)
    vat = round(net * 0.23, 2)
    total = round(net + vat, 2)
    s.item("Business Standard licences", users, rate, net)
    due_line = (
        ("Due date", s.day(due, "due", style))
        if rng.random() < 0.6
        else ("Payment", "You will be automatically charged. No action is required.")
    )
    blocks: list[Block] = [
        ("title", "Invoice"),
        (
            "columns",
            [
                (s.vendor(seller), f"Invoice number: {s.number(code(rng, '5999999999'))}"),
                ("Velasco, Clanwilliam Place", f"Invoice date: {s.day(issued, 'issue', style)}"),
                ("Dublin 2, Ireland", f"{due_line[0]}: {due_line[1]}"),
                ("VAT number: IE6388047V", f"Billing ID: {code(rng, '9999-9999-9999')}"),
            ],
        ),
        (
            "kv",
            [
                (
                    "Bill to",
                    s.org(client),
                ),
                ("Domain name", client.split()[0].lower() + ".example"),
            ],
        ),
        (
            "lines",
            [
                f"Total in EUR   {s.total(total)}",
                f"Summary for {s.day(issued - dt.timedelta(days=30), None, style)} - "
                f"{s.day(issued - dt.timedelta(days=1), None, style)}",
            ],
        ),
        (
            "table",
            [
                ["Description", "Interval", "Quantity", "Amount (€)"],
                ["Business Standard licences", "Monthly", str(users), s.num(net)],
            ],
        ),
        (
            "table",
            [
                ["Subtotal in EUR", s.money(net)],
                ["VAT (23%)", s.money(vat)],
                ["Total in EUR", s.money(total)],
            ],
        ),
    ]
    return blocks, s.w


def invoice_mail(rng: random.Random) -> tuple[list[Block], Writer]:
    """A productivity suite's e-mail: "Your invoice G0... is ready" in the subject, the
    figures in a short list, the seller's legal name in the small print."""
    s = Sheet(rng, rng.choice(("uk", "us")))
    issued = someday(rng)
    due = issued + dt.timedelta(days=rng.choice((15, 30)))
    style = "uk_short" if s.loc.currency == "GBP" else "us_short"
    number = s.number(code(rng, "G099999999"))
    seats = rng.randint(3, 25)
    net = round(seats * 12.5, 2)
    tax = round(net * (0.2 if s.loc.currency == "GBP" else 0.0), 2)
    total = net + tax
    s.item("Vantage 365 Business Premium", seats, 12.5, net)
    client = s.org(s.pick(("Hollins & Reeve Ltd", "Cobalt Creek Dental LLC")))
    blocks: list[Block] = [
        (
            "kv",
            [
                ("From", "Vantage <vantage-noreply@vantage.example>"),
                ("To", "accounts@customer.example"),
                ("Subject", f"Your Vantage invoice {number} is ready"),
            ],
        ),
        ("title", "Your invoice is ready"),
        (
            "para",
            f"The invoice for your billing account {client} is now available. "
            "Sign in to the admin centre to view or download it.",
        ),
        (
            "kv",
            [
                ("Invoice date", s.day(issued, "issue", style)),
                ("Due date", s.day(due, "due", style)),
                ("Amount due", s.total(total)),
                ("Billing profile", code(rng, "AAAA-AAAA-AAA-AAA")),
            ],
        ),
        (
            "table",
            [
                ["Product", "Quantity", "Unit price", "Amount"],
                ["Vantage 365 Business Premium", str(seats), s.num(12.5), s.num(net)],
            ],
        ),
        (
            "para",
            "This message was sent from an unmonitored address. "
            f"{s.vendor('Vantage Cloud Ireland Operations Limited')}, "
            "One Microsoft Place, Leopardstown, Dublin 18.",
        ),
    ]
    return blocks, s.w


def software_shop(rng: random.Random) -> tuple[list[Block], Writer]:
    """An Australian software company's tax invoice billed in US dollars: a grid of details
    top right with an order number beside the invoice number, ABN in the footer."""
    s = Sheet(rng, "us")
    issued = someday(rng)
    paid = rng.random() < 0.4
    due = issued + dt.timedelta(days=30)
    seller = "Kestrel Software Pty Ltd"
    users = rng.choice((10, 25, 50, 100))
    rate = s.pick((7.75, 8.6, 3.4))
    net = round(users * rate, 2)
    desc = f"Tracker Standard (Cloud) - Monthly - {users} users"
    s.item(desc, 1, net, net)
    grid = [
        ["Invoice number", s.number(code(rng, "IN-009-999-999"))],
        ["Order number", "AT-" + code(rng, "999999999")],
        ["Invoice date", s.day(issued, "issue", "us_short")],
    ]
    if paid:
        grid.append(["Status", "PAID - no payment required"])
    else:
        grid.append(["Due date", s.day(due, "due", "us_short")])
    blocks: list[Block] = [
        ("columns", [("KESTREL", "Tax invoice")]),
        ("table", grid),
        (
            "kv_below",
            [
                ("Bill to", s.org(s.pick(("Pelican Bay Robotics Inc.", "Tamarack Health Inc.")))),
                ("Technical contact", s.person(s.pick(("Renata Okoye", "Garrett Lindahl")))),
            ],
        ),
        (
            "table",
            [
                ["Description", "Unit price", "Quantity", "Amount excl. tax"],
                [desc, s.num(net), "1", s.num(net)],
            ],
        ),
        (
            "table",
            [
                ["Subtotal (excl. tax)", s.bare(net)],
                ["Tax (0%)", s.bare(0.0)],
                ["Invoice total (USD)", s.total(net, f"$ {s.num(net)}")],
            ],
        ),
        (
            "lines",
            [
                f"{s.vendor(seller)}  ABN 53 102 443 916",
                "Level 6, 341 George Street, Sydney NSW 2000, Australia",
            ],
        ),
    ]
    return blocks, s.w
