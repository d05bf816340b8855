"""Variety documents of the development set that name their parties the many ways documents
do (issue #18): "Between X Ltd (the Supplier) and Y GmbH (the Customer)" without quotes, Bill
to and Ship to side by side, signature blocks with titles and initials, an e-mail's From, To
and Cc with addresses, "Present: A (Chair), B, C" with honorifics, "In attendance:", a memo
"From: Name, Job title", "Attn:", "On behalf of", and letterheads with legal forms of several
countries (Pte Ltd, Sdn Bhd, Kft., S.r.l., AS, Ltda., GmbH & Co. KG).

Each template writes one document and records every party it prints; the labels hold the
person's name without honorific (the scorer ignores honorifics and full stops of initials).
"""

from __future__ import annotations

import datetime as dt
import random

from testbed.evaluation.corpus import Block, Case, Template, Writer, labelled_cases


def _contract(rng: random.Random) -> tuple[str, list[Block], Writer]:
    w = Writer(rng, currency="GBP")
    supplier = w.org(("Kettering Hale", "Ltd"), dot=False)
    customer = w.org(("Obermaier Logistik", "GmbH & Co. KG"), dot=False)
    start = dt.date(2026, 2, 1)
    a, b = w.person("R. J. Whitcombe"), w.person("Annegret Obermaier")
    return "docx", [
        ("title", "Framework Agreement"),
        ("para", f"This agreement is made on {w.date(start, 'effective')} between {supplier} "
                 f"(the Supplier) and {customer} (the Customer)."),
        ("para", f"The Customer shall pay the Supplier {w.money(18400.0)} a year in advance."),
        ("columns", [("For the Supplier", "For the Customer"), (a, f"Dr. {b}"),
                     ("Director", "Geschäftsführerin")]),
    ], w  # fmt: skip


def _email(rng: random.Random) -> tuple[str, list[Block], Writer]:
    w = Writer(rng, currency="EUR", european=True)
    sender, recipient, copied = (
        w.person("Ines Albrecht"),
        w.person("Tobias Lindgren"),
        w.person("Omar Farouk"),
    )
    firm = w.org(("Torvald Systems", "AS"), dot=False)
    sent = dt.date(2026, 4, 14)
    return "txt", [
        ("lines", [f"From: {sender} <ines.albrecht@torvald.example>",
                   f"To: {recipient} <t.lindgren@kvarn.example>",
                   f"Cc: Dr. {copied} <o.farouk@kvarn.example>",
                   f"Date: {w.date(sent, 'issue')}", "Subject: Revised delivery plan"]),
        ("para", "Hello Tobias, attached is the revised plan for the second phase. The cost "
                 f"stays at {w.money(7250.0)} as agreed."),
        ("lines", ["Best regards,", sender, "Senior Buyer", firm]),
    ], w  # fmt: skip


def _ship_to_invoice(rng: random.Random) -> tuple[str, list[Block], Writer]:
    w = Writer(rng, currency="USD")
    w.vendor = w.org(("Marlow Keystone", "Pte Ltd"), dot=False)
    buyer = w.org(("Selangor Medika", "Sdn Bhd"), dot=False)
    receiver = w.person("Farah Iskandar")
    w.number = f"MK-{rng.randint(10000, 99999)}"
    issued = dt.date(2026, 6, 2)
    total = 4 * 312.5
    w.line_item("Infusion pump service", 4, 312.5, total)
    return "html", [
        ("lines", [w.key("vendor", w.vendor), "8 Marina View, Singapore 018960"]),
        ("title", "Invoice"),
        ("kv", [("Invoice no.", w.key("documentNumber", w.number)),
                ("Invoice date", w.date(issued, "issue"))]),
        ("columns", [("Bill to", "Ship to"), (buyer, f"Attn: Ms. {receiver}"),
                     ("Jalan Ampang 50, Kuala Lumpur", "Ward 4, Jalan Tun Razak 12")]),
        ("table", [["Description", "Qty", "Unit price", "Amount"],
                   ["Infusion pump service", "4", w.money(312.5), w.money(total)]]),
        ("kv", [("Total", w.total_money(total))]),
    ], w  # fmt: skip


def _minutes(rng: random.Random) -> tuple[str, list[Block], Writer]:
    w = Writer(rng, currency="EUR", european=True)
    council = w.org(("Vasaros Festival", "Association"), dot=False)
    chair, member, guest = w.person("A. Lindgren"), w.person("Mensah Osei"), w.person("Jiwoo Park")
    observer, absent = w.person("Clara Benedetti"), w.person("Pieter de Wit")
    held = dt.date(2026, 9, 8)
    return "md", [
        ("title", f"{council}: committee meeting of {w.date(held, 'issue')}"),
        ("para", f"Present: Prof. {chair} (Chair), Dr. {member}, {guest} (Treasurer)"),
        ("para", f"In attendance: {observer} (auditor)"),
        ("para", f"Apologies: {absent}"),
        ("heading", "Decisions"),
        ("para", f"The committee approved a stage budget of {w.money(12000.0)}."),
    ], w  # fmt: skip


def _letter(rng: random.Random) -> tuple[str, list[Block], Writer]:
    w = Writer(rng, currency="EUR", european=True)
    firm = w.org(("Castelli & Figli", "S.r.l."), dot=True)
    client = w.org(("Duna Csomagolás", "Kft."), dot=True)
    addressee, signer = w.person("Réka Horváth"), w.person("G. Castelli")
    written = dt.date(2026, 1, 19)
    return "pdf", [
        ("lines", [firm, "Via dei Mille 40, 10123 Torino"]),
        ("lines", [w.date(written, "issue")]),
        ("lines", [client, f"Attn: Mrs. {addressee}", "Váci út 22, 1132 Budapest"]),
        ("lines", ["Dear Mrs. Horváth,"]),
        ("para", f"We confirm the price of {w.money(3480.0)} for the spring shipment."),
        ("lines", ["Yours faithfully,", f"On behalf of {firm}", signer, "Export Manager"]),
    ], w  # fmt: skip


def _memo(rng: random.Random) -> tuple[str, list[Block], Writer]:
    w = Writer(rng, currency="USD")
    company = w.org(("Serra Azul Mineração", "Ltda."), dot=True)
    author, reader = w.person("Sabine Krüger"), w.person("Paulo Menezes")
    written = dt.date(2026, 11, 3)
    return "txt", [
        ("title", "MEMORANDUM"),
        ("kv", [("To", f"All staff of {company}"), ("From", f"{author}, Head of Finance"),
                ("CC", reader), ("Date", w.date(written, "issue"))]),
        ("para", f"Travel advances above {w.money(2000.0)} now need two approvals."),
    ], w  # fmt: skip


#: (kind, template) in case order.
_DOCS: tuple[tuple[str, Template], ...] = (
    ("contract", _contract),
    ("memo", _email),
    ("invoice", _ship_to_invoice),
    ("minutes", _minutes),
    ("letter", _letter),
    ("memo", _memo),
)


def build_variety_parties(seed: str) -> list[Case]:
    """The party documents, labelled and drawn once for their evidence."""
    return labelled_cases(seed, "variety-parties", _DOCS)
