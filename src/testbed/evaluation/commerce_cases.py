"""The commerce documents of the development set as files: each generator of
:mod:`testbed.evaluation.variety_commerce`, :mod:`testbed.evaluation.variety_slips` and
:mod:`testbed.evaluation.variety_receipts` drawn several times from the seed, in every format
docpipe reads (text PDF, scanned PNG, a scan in an image-only PDF and a JPEG photograph read
back by OCR, DOCX, HTML, Markdown, plain text and e-mail).

Plain text and e-mail are laid out here, not by the shared renderer: numbers right-aligned
in their columns as accounting software prints them, and an e-mail with its RFC 5322 headers.
A description wrapped over two lines stays in one cell in DOCX and HTML (a line break inside
it) and takes a row of its own everywhere else.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import replace
from email.message import EmailMessage
from email.policy import SMTPUTF8
from email.utils import format_datetime

from testbed.evaluation.corpus import Block, Case, Writer, with_evidence
from testbed.evaluation.photos import photographed
from testbed.evaluation.render import as_text
from testbed.evaluation.truth import Evidence, printed_values, unmark
from testbed.evaluation.variety_commerce import invoice, purchase_order
from testbed.evaluation.variety_proofs import (
    donation,
    gst_till,
    payment_confirmation,
    reminder_letter,
    rent_receipt,
)
from testbed.evaluation.variety_receipts import (
    fuel,
    hotel_folio,
    parking,
    payment_receipt,
    restaurant,
    ride,
)
from testbed.evaluation.variety_slips import (
    bank_statement,
    card_slip,
    card_statement,
    order_email,
    till_receipt,
)

type _Generator = Callable[[random.Random], tuple[list[Block], Writer]]

#: (kind, generator, the formats of its cases in order).
PLAN: tuple[tuple[str, _Generator, tuple[str, ...]], ...] = (
    (
        "invoice",
        invoice,
        (
            "pdf",
            "png",
            "docx",
            "html",
            "md",
            "txt",
            "eml",
            "pdf",
            "docx",
            "txt",
            "html",
            "pdf",
            "png",
            "md",
            "pdf",
            "txt",
        ),
    ),
    ("purchase_order", purchase_order, ("pdf", "docx", "html", "txt", "md", "png", "pdf")),
    ("receipt", till_receipt, ("txt", "png", "pdf", "png", "txt", "html", "md")),
    ("receipt", card_slip, ("png", "txt", "pdf", "png")),
    ("receipt", order_email, ("eml", "eml", "html", "eml", "txt", "pdf")),
    ("statement", bank_statement, ("pdf", "png", "docx", "html", "txt", "md", "pdf")),
    ("statement", card_statement, ("pdf", "txt", "html", "png")),
    ("receipt", fuel, ("png", "jpg", "txt", "pdf-scan")),
    ("receipt", ride, ("eml", "html", "eml")),
    ("receipt", parking, ("jpg", "txt", "png")),
    ("receipt", hotel_folio, ("pdf", "docx", "pdf-scan")),
    ("receipt", restaurant, ("png", "txt", "jpg", "md")),
    ("receipt", payment_receipt, ("pdf", "html", "eml")),
    ("invoice", invoice, ("pdf-scan", "jpg", "pdf-scan")),
    ("statement", bank_statement, ("pdf-scan", "jpg")),
    ("receipt", rent_receipt, ("docx", "pdf", "txt")),
    ("receipt", donation, ("pdf", "html", "png")),
    ("receipt", payment_confirmation, ("eml", "eml", "html")),
    ("receipt", gst_till, ("png", "txt", "jpg")),
    ("letter", reminder_letter, ("docx", "pdf", "txt")),
)
#: A column is numeric (right-aligned in text) when every body cell starts like a number.
_NUMERIC_START = (*"0123456789-+($€£", "CHF", "USD", "EUR", "GBP", "CAD", "AUD")


def build_commerce(seed: str) -> list[Case]:
    """The commerce cases, labelled by their generators and drawn once for their evidence."""
    cases: list[Case] = []
    for kind, generator, formats in PLAN:
        name = generator.__name__.replace("_", "-")
        for plan_fmt in formats:
            number = sum(c.layout == name for c in cases) + 1
            rng = random.Random(f"{seed}-commerce-{name}-{number - 1}")  # noqa: S311
            blocks, writer = generator(rng)
            fmt = plan_fmt.removesuffix("-scan")
            blocks = wrapped_rows(blocks, inline=fmt in ("docx", "html"))
            case = Case(
                case_id=f"commerce-{name}-{number:02d}",
                kind=kind,
                fmt=fmt,
                layout=name,
                blocks=tuple(blocks),
                labels=writer.labels(kind),
                scanned=plan_fmt.endswith("-scan"),
            )
            cases.append(_drawn(case, rng))
    return cases


def _drawn(case: Case, rng: random.Random) -> Case:
    if case.scanned or case.fmt == "jpg":
        data, found = photographed(case.blocks, rng, pdf=case.scanned)
        evidence = tuple(sorted(found.items()))
        return replace(case, data=data, labels=replace(case.labels, evidence=evidence))
    if case.fmt not in ("txt", "eml"):
        return with_evidence(case)
    text = aligned_text(case.blocks)
    issued = next(
        (dt.date.fromisoformat(day) for role, day in case.labels.dates if role == "issue"),
        dt.date(2026, 1, 5),
    )
    data = (as_email(case.blocks, rng, issued) if case.fmt == "eml" else text).encode()
    evidence = tuple(sorted((name, Evidence(1, None)) for name in printed_values(case.blocks)))
    return replace(case, data=data, labels=replace(case.labels, evidence=evidence))


def wrapped_rows(blocks: list[Block], *, inline: bool) -> list[Block]:
    """Table cells holding a line break: kept (``inline``), or the second line moved to a
    row of its own under the first, the other cells empty."""
    out: list[Block] = []
    for kind, value in blocks:
        if kind != "table" or inline:
            out.append((kind, value))
            continue
        rows: list[list[str]] = []
        for row in value:
            rows.append([cell.split("\n")[0] for cell in row])
            if any("\n" in cell for cell in row):
                rows.append([cell.split("\n", 1)[1] if "\n" in cell else "" for cell in row])
        out.append((kind, rows))
    return out


def aligned_text(blocks: tuple[Block, ...] | list[Block]) -> str:
    """Plain text as accounting software prints it: tables with numeric columns flush right;
    everything else as the shared text renderer lays it out."""
    parts = []
    for kind, value in blocks:
        parts.append(_table(value) if kind == "table" else as_text([(kind, value)]).rstrip("\n"))
    return "\n\n".join(parts) + "\n"


def _table(rows: list[list[str]]) -> str:
    plain = [[unmark(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in plain) for i in range(len(plain[0]))]
    numeric = [
        all(not row[i] or row[i].startswith(_NUMERIC_START) for row in plain[1:])
        for i in range(len(plain[0]))
    ]
    lines = []
    for row in plain:
        cells = [
            cell.rjust(width) if right else cell.ljust(width)
            for cell, width, right in zip(row, widths, numeric, strict=True)
        ]
        lines.append("   ".join(cells).rstrip())
    return "\n".join(lines)


def as_email(blocks: tuple[Block, ...], rng: random.Random, sent: dt.date) -> str:
    """The document as an e-mail sent on ``sent``: its leading "From/To/Subject/Date" block
    as the message's headers when it has one, the rest as a UTF-8 plain-text body."""
    headers: dict[str, str] = {}
    body = list(blocks)
    if body and body[0][0] == "kv" and {a for a, _ in body[0][1]} >= {"From", "Subject"}:
        headers = {a: unmark(b) for a, b in body[0][1]}
        body = body[1:]
    message = EmailMessage()
    message["From"] = headers.get("From", "Accounts <accounts@billing.example>")
    message["To"] = headers.get("To", "purchasing@customer.example")
    message["Subject"] = headers.get("Subject", "Your invoice")
    when = dt.datetime(
        sent.year, sent.month, sent.day, rng.randint(7, 20), rng.randint(0, 59), tzinfo=dt.UTC
    )
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<{rng.randint(10**9, 10**10)}@mail.example>"
    text = aligned_text(body)
    if "Date" in headers:  # the order's date as the shop's mail shows it, above the text
        text = f"Order date: {headers['Date']}\n\n{text}"
    message.set_content(text, cte="8bit")
    return message.as_bytes(policy=SMTPUTF8).decode()


__all__ = ["PLAN", "aligned_text", "as_email", "build_commerce", "wrapped_rows"]
