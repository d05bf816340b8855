"""Receipts and short documents as the world prints them, written without reading the
analyzer's rules (issue #18): the development set's check that receipts are typed as
receipts and that a short document's number, date and total are read wherever they stand.

Supermarket tills of eight countries (:mod:`testbed.evaluation.variety_slips_tills`); fuel
pumps, pharmacies, bakeries, hardware counters, kiosks, an Australian "Tax invoice" till and
a card terminal's slip alone (:mod:`testbed.evaluation.variety_slips_shops`); restaurant
checks, bar tabs, hotel folios, taxi and ride receipts, parking, toll, transport and museum
tickets (:mod:`testbed.evaluation.variety_slips_going`); payment processors', app stores',
PayPal's and SaaS receipts, donation and rent receipts, handwritten-style Quittung, Recibo
and Reçu forms, gym, doctor and cash vouchers (:mod:`testbed.evaluation.variety_slips_paid`);
and near misses that are no receipt: a pro-forma invoice, an unpaid order confirmation, a
delivery note and a payment reminder (:mod:`testbed.evaluation.variety_slips_near`).

They arrive as they do in the world: till rolls as text, as photographs (JPEG, turned and
unevenly lit), as scans in image-only PDFs and as an e-receipt PDF the width of the roll in
a fixed-pitch font; e-mails with an HTML body (multipart or HTML alone); web pages; PDFs.
Every MIME boundary, message id and date of a file is drawn from the seed.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import random
import re
import zipfile
from collections.abc import Sequence
from dataclasses import replace
from email.message import EmailMessage
from email.policy import SMTPUTF8
from email.utils import format_datetime

from testbed.evaluation.boundary_cases import Generator, drawn
from testbed.evaluation.commerce_cases import aligned_text, wrapped_rows
from testbed.evaluation.corpus import Block, Case
from testbed.evaluation.render import as_html, as_text
from testbed.evaluation.truth import Evidence, Ink, printed_values, spans, unmark
from testbed.evaluation.variety_slips_counter import (
    apotheke,
    baeckerei,
    farmacia,
    fuel_de,
    fuel_fr,
    fuel_uk,
    gas_us,
)
from testbed.evaluation.variety_slips_going import (
    bnb_receipt,
    hotel_rechnung,
    museo,
    ov_ticket,
    parking,
    peage,
    ride_mail,
    taxi_de,
)
from testbed.evaluation.variety_slips_hand import (
    donation_us,
    gym_au,
    honoraires,
    quittung,
    receipt_book,
    recibo,
    recu,
    rent_uk,
    zuwendung,
)
from testbed.evaluation.variety_slips_near import auftrag, lieferschein, proforma, reminder
from testbed.evaluation.variety_slips_paid import (
    app_store,
    paypal_mail,
    play_receipt,
    processor_mail,
    processor_pdf,
    saas_mail,
)
from testbed.evaluation.variety_slips_shops import (
    dairy_nz,
    fatura_pt,
    kiosk_nl,
    kundenbeleg,
    merchant_copy,
    register_us,
    tax_invoice_au,
)
from testbed.evaluation.variety_slips_tables import (
    addition,
    bar_es,
    bewirtung,
    check_us,
    pub_tab,
    split_nl,
    trattoria,
)
from testbed.evaluation.variety_slips_tills import (
    kassabon,
    kassenbon,
    scontrino,
    simplificada,
    ticket_fr,
    till_uk,
)

#: (kind, generator, formats). ``slip``: a text PDF the roll's width in a fixed-pitch font;
#: ``-scan``: a scanned PDF; ``jpg``: a photograph; ``eml``: multipart text and HTML;
#: ``eml-html``: an e-mail with an HTML body alone.
PLAN: tuple[tuple[str, Generator, tuple[str, ...]], ...] = (
    ("receipt", kassenbon, ("txt", "jpg", "slip")),
    ("receipt", till_uk, ("jpg", "txt")),
    ("receipt", ticket_fr, ("pdf-scan", "txt")),
    ("receipt", simplificada, ("jpg", "slip")),
    ("receipt", scontrino, ("png", "txt")),
    ("receipt", kassabon, ("jpg", "txt")),
    ("receipt", fatura_pt, ("slip", "png")),
    ("receipt", register_us, ("jpg", "txt")),
    ("receipt", tax_invoice_au, ("jpg", "txt")),
    ("receipt", dairy_nz, ("png",)),
    ("receipt", kundenbeleg, ("jpg",)),
    ("receipt", merchant_copy, ("pdf-scan",)),
    ("receipt", kiosk_nl, ("txt",)),
    ("receipt", fuel_de, ("jpg", "slip")),
    ("receipt", fuel_uk, ("txt",)),
    ("receipt", fuel_fr, ("png",)),
    ("receipt", gas_us, ("jpg",)),
    ("receipt", apotheke, ("pdf-scan", "txt")),
    ("receipt", farmacia, ("jpg",)),
    ("receipt", baeckerei, ("txt", "png")),
    ("receipt", check_us, ("txt", "jpg")),
    ("receipt", bewirtung, ("pdf-scan", "txt")),
    ("receipt", addition, ("jpg",)),
    ("receipt", bar_es, ("png",)),
    ("receipt", trattoria, ("slip",)),
    ("receipt", pub_tab, ("jpg",)),
    ("receipt", split_nl, ("txt",)),
    ("receipt", ride_mail, ("eml-html", "eml", "pdf")),
    ("receipt", taxi_de, ("jpg",)),
    ("receipt", parking, ("png", "txt")),
    ("receipt", peage, ("jpg",)),
    ("receipt", ov_ticket, ("txt",)),
    ("receipt", museo, ("png",)),
    ("receipt", bnb_receipt, ("pdf", "docx")),
    ("invoice", hotel_rechnung, ("pdf",)),
    ("receipt", processor_mail, ("eml-html", "eml")),
    ("receipt", processor_pdf, ("pdf",)),
    ("receipt", paypal_mail, ("eml", "html")),
    ("receipt", app_store, ("eml-html",)),
    ("receipt", play_receipt, ("eml",)),
    ("receipt", saas_mail, ("eml",)),
    ("receipt", donation_us, ("pdf", "html")),
    ("receipt", zuwendung, ("pdf-scan",)),
    ("receipt", rent_uk, ("docx",)),
    ("receipt", quittung, ("pdf-scan",)),
    ("receipt", recibo, ("pdf-scan", "jpg")),
    ("receipt", recu, ("jpg",)),
    ("receipt", receipt_book, ("pdf-scan",)),
    ("receipt", gym_au, ("pdf",)),
    ("receipt", honoraires, ("pdf",)),
    ("invoice", proforma, ("pdf",)),
    ("other", auftrag, ("pdf",)),
    ("other", lieferschein, ("pdf-scan",)),
    ("letter", reminder, ("docx",)),
)


def build_variety_slips(seed: str) -> list[Case]:
    """The receipts and short documents, named ``slips-<generator>-NN``."""
    return slip_cases(seed, "slips", PLAN)


def slip_cases(
    seed: str, prefix: str, plan: Sequence[tuple[str, Generator, tuple[str, ...]]]
) -> list[Case]:
    """Each generator once per format it names, labelled by it, its file drawn once."""
    cases: list[Case] = []
    for kind, generator, formats in plan:
        name = generator.__name__.replace("_", "-")
        for index, plan_fmt in enumerate(formats):
            rng = random.Random(f"{seed}-{prefix}-{name}-{index}")  # noqa: S311 - not secrets
            blocks, writer = generator(rng)
            fmt = {"slip": "pdf", "eml-html": "eml"}.get(plan_fmt, plan_fmt.removesuffix("-scan"))
            case = Case(
                case_id=f"{prefix}-{name}-{index + 1:02d}",
                kind=kind,
                fmt=fmt,
                layout=f"{name}-{plan_fmt}",
                blocks=tuple(wrapped_rows(blocks, inline=fmt in ("docx", "html", "eml"))),
                labels=writer.labels(kind),
                scanned=plan_fmt.endswith("-scan"),
            )
            cases.append(_drawn(case, plan_fmt, rng))
    return cases


def _drawn(case: Case, plan_fmt: str, rng: random.Random) -> Case:
    if plan_fmt == "slip":
        data, found = roll_pdf(case.blocks)
        return replace(case, data=data, labels=replace(case.labels, evidence=_sorted(found)))
    if plan_fmt.startswith("eml"):
        data = mail(case, rng, html_only=plan_fmt == "eml-html").encode()
        found = {name: Evidence(1, None) for name in printed_values(case.blocks)}
        return replace(case, data=data, labels=replace(case.labels, evidence=_sorted(found)))
    done = drawn(case, rng)
    if case.fmt == "docx":
        from testbed.evaluation.render import render  # noqa: PLC0415

        return replace(done, data=_steady_docx(render(done)))
    return done


def _steady_docx(data: bytes) -> bytes:
    """The DOCX with every zip entry's time and the core properties' dates fixed, so two
    builds write the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb">\d{4}-\d\d-\d\dT[0-9:.]+Z<", b">2026-01-05T09:00:00Z<", body)
            entry = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 5, 9, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, body)
    return out.getvalue()


def _sorted(found: dict[str, Evidence]) -> tuple[tuple[str, Evidence], ...]:
    return tuple(sorted(found.items()))


#: The roll: 80 mm wide, Courier 8 pt, lines 10 pt apart.
_ROLL_WIDTH, _MARGIN, _POINTS, _STEP = 226.77, 9.0, 8.0, 10.0


def roll_pdf(blocks: tuple[Block, ...]) -> tuple[bytes, dict[str, Evidence]]:
    """The till roll as an e-receipt PDF: one page as long as the roll, a fixed-pitch font,
    every line where the till printed it; the box of every marked value."""
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415 - bench only
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

    lines = as_text(blocks, keep_marks=True).splitlines()
    height = 2 * _MARGIN + _STEP * len(lines) + 10
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(_ROLL_WIDTH, height), invariant=1)
    canvas.setTitle("Beleg")
    ink = Ink()
    for index, line in enumerate(lines):
        printed, marked = spans(line)
        baseline = _MARGIN + _STEP * (index + 1)
        canvas.setFont("Courier", _POINTS)
        canvas.drawString(_MARGIN, height - baseline, printed)
        for name, start, end in marked:
            x0 = _MARGIN + stringWidth(printed[:start], "Courier", _POINTS)
            x1 = x0 + stringWidth(printed[start:end], "Courier", _POINTS)
            top, bottom = baseline - _POINTS * 0.8, baseline + _POINTS * 0.25
            ink.note(name, 1, (x0 / _ROLL_WIDTH, top / height, x1 / _ROLL_WIDTH, bottom / height))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), ink.found


def mail(case: Case, rng: random.Random, *, html_only: bool) -> str:
    """The document as the e-mail that brought it: headers from its leading From/Subject
    block (else from its vendor), a plain-text and an HTML part (or the HTML alone), the
    boundary, message id and time drawn from ``rng``."""
    blocks = list(case.blocks)
    headers: dict[str, str] = {}
    if blocks and blocks[0][0] == "kv" and {a for a, _ in blocks[0][1]} >= {"From", "Subject"}:
        headers = {a: unmark(b) for a, b in blocks[0][1]}
        blocks = blocks[1:]
    vendor = case.labels.vendor or "Service"
    box = "".join(ch for ch in vendor.lower() if ch.isalnum())[:18] or "service"
    title = next((unmark(v) for k, v in blocks if k in ("title", "heading")), "Your receipt")
    sent = next(
        (dt.date.fromisoformat(day) for role, day in case.labels.dates if role == "issue"),
        dt.date(2026, 3, 2),
    )
    message = EmailMessage()
    message["From"] = headers.get("From", f"{vendor} <receipts@{box}.example>")
    message["To"] = headers.get("To", "me@post.example")
    message["Subject"] = headers.get("Subject", title)
    message["Date"] = format_datetime(
        dt.datetime(
            sent.year,
            sent.month,
            sent.day,
            rng.randint(6, 22),
            rng.randint(0, 59),
            rng.randint(0, 59),
            tzinfo=dt.UTC,
        )
    )
    message["Message-ID"] = f"<{rng.getrandbits(64):016x}.{rng.randint(1000, 9999)}@{box}.example>"
    page = _mail_html(blocks)
    if html_only:
        message.set_content(page, subtype="html", cte="quoted-printable")
    else:
        message.set_content(aligned_text(blocks), cte="quoted-printable")
        message.add_alternative(page, subtype="html", cte="quoted-printable")
        message.set_boundary(f"----=_Part_{rng.randint(10**5, 10**6)}_{rng.getrandbits(40)}")
    return message.as_bytes(policy=SMTPUTF8).decode()


def _mail_html(blocks: list[Block]) -> str:
    """A receipt mail's HTML: the document's body inside a centred layout table, as mail
    builders nest it."""
    body = as_html(blocks)
    inner = body.split("<body>", 1)[1].rsplit("</body>", 1)[0]
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="margin:0;background:#f6f9fc"><table width="100%" role="presentation">'
        f'<tr><td align="center"><table width="600" style="background:#fff"><tr><td>{inner}'
        f'</td></tr></table></td></tr><tr><td align="center" style="color:#8898aa">'
        f"{html.escape('You are receiving this e-mail because you made a purchase.')}"
        "</td></tr></table></body></html>"
    )


__all__ = ["PLAN", "build_variety_slips", "mail", "roll_pdf", "slip_cases"]
