"""Realistic business documents for the analyzer tests, in the formats users send: a text
PDF (reportlab), DOCX (python-docx), HTML, aligned plain text, and OCR-like word boxes."""

from __future__ import annotations

import io
from collections.abc import Sequence

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from docpipe.layout import Layout, PageLayout, Word
from docpipe.settings import Settings
from workflow.documents import ExtractionLimits, detect_type, extract_text

ITEMS = (
    ("Consulting services", "12", "95.00", "1,140.00"),
    ("Data pipeline setup", "1", "2,400.00", "2,400.00"),
    ("Annual support plan", "2", "480.00", "960.00"),
)


def extracted(data: bytes, filename: str) -> tuple[str, Layout]:
    """The text and layout docpipe's extract step gives for ``data``."""
    doc_type = detect_type(data, filename=filename, declared=None)
    extraction = extract_text(data, doc_type, ExtractionLimits.from_settings(Settings()))
    return extraction.text, extraction.page_layout


def invoice_pdf(rows: Sequence[tuple[str, str, str, str]] = ITEMS) -> bytes:
    styles = getSampleStyleSheet()
    story = [
        Paragraph("INVOICE", styles["Title"]),
        Paragraph("Northwind Analytics LLC, 12 Quay Road, Boston", styles["BodyText"]),
        Table([["Invoice No.:", "INV-2026-0042"], ["Invoice date:", "March 3, 2026"]]),
        Table([["Description", "Qty", "Unit price", "Amount"], *[list(r) for r in rows]]),
        Table([["Subtotal:", "USD 4,500.00"], ["Tax 10%:", "USD 450.00"]]),
        Table([["Total due:", "USD 4,950.00"]]),
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    return buffer.getvalue()


def invoice_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Rechnung / Invoice", level=1)
    document.add_paragraph("Keller & Sohn GmbH, Hauptstrasse 4, 80331 München")
    document.add_paragraph("Invoice No.: 2026/118")
    document.add_paragraph("Invoice date: 05.10.2026")
    rows = [
        ("Description", "Qty", "Unit price", "Amount"),
        ("Network switches", "4", "1.200,00 EUR", "4.800,00 EUR"),
        ("Installation", "1", "650,00 EUR", "650,00 EUR"),  # python-docx drops the repeat
        ("Cabling (per metre)", "250", "28,00 EUR", "7.000,00 EUR"),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    document.add_paragraph("Subtotal: 12.450,00 EUR")
    document.add_paragraph("VAT 19%: 2.365,50 EUR")
    document.add_paragraph("Total: 14.815,50 EUR")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


INVOICE_HTML = """<!doctype html><html><body>
<h1>Invoice</h1><p>Harbor Logistics Inc.</p><p>Invoice #: H-5521</p>
<table>
<tr><th>Item</th><th>Quantity</th><th>Rate</th><th>Line total</th></tr>
<tr><td>Freight handling</td><td>3</td><td>$640.00</td><td>$1,920.00</td></tr>
<tr><td>Customs paperwork</td><td>1</td><td>$150.00</td><td>$150.00</td></tr>
</table>
<p>Subtotal: $2,070.00</p><p>Total: $2,070.00</p></body></html>"""

INVOICE_TEXT = """\
Alpine Data Systems AG                    INVOICE
Bahnhofstrasse 1, Zurich                  Invoice no: A-7781
                                          Date: 05.10.2026

Pos  Description                 Qty    Unit price       Amount
1    Cloud hosting (monthly)       3      1.250,00     3.750,00
2    Security audit                1      8.700,00     8.700,00

Subtotal                                               12.450,00 EUR
Total                                                  12.450,00 EUR
"""

RECEIPT_TEXT = """\
GREEN LEAF GROCERS
14 Market Street
Receipt # 004211
2026-03-09 14:22
Milk 1L  1.29
2 x Coffee beans  17.98
Bread  2.49
SUBTOTAL  21.76
TOTAL  $21.76
VISA **** 4821
"""

ORDER_EMAIL = """\
From: Harbour Books <orders@harbourbooks.example>
To: Maria Chen <maria.chen@example.com>
Subject: Your order confirmation #HB-100234
Date: Mon, 5 Oct 2026 09:14:02 +0200

Hi Maria,

Thanks for your order! We're getting it ready to ship.

Order number: HB-100234
Order date: 05.10.2026

Item                          Qty    Price
The Pragmatic Programmer       1     €42,90
Moleskine notebook             2     €19,80

Subtotal: €62,70
Shipping: €4,90
Order total: €67,60

Paid with Visa ending 4821.
Harbour Books GmbH · Hafenstraße 1 · 20457 Hamburg
"""

BANK_STATEMENT = """\
Continental Savings Bank AG
Kaiserstraße 12, 60311 Frankfurt

ACCOUNT STATEMENT
Account holder: Jonas Weber
IBAN: DE44 5001 0517 5407 3249 31
Statement period: 01.09.2026 - 30.09.2026

Date          Description                      Amount (EUR)
03.09.2026    Card payment - Metro Hardware        -45,10
15.09.2026    Salary                            2.500,00
28.09.2026    Direct debit - Lumen Energy         -89,35

Opening balance: 844,00 EUR
Closing balance: 3.209,55 EUR
"""

CARD_STATEMENT = """\
Union Trust Bank Inc.
Credit Card Statement
Cardholder: Priya Patel
Card number: XXXX XXXX XXXX 1234
Statement date: October 5, 2026
Payment due date: October 30, 2026

Date        Description                   Amount
09/12/2026  Blue Door Cafe                  $12.50
09/20/2026  City Fuel Station               $64.20

New balance: $76.70
Minimum payment due: $25.00
"""

BOARD_MINUTES = """\
Minutes of the Board Meeting — 12 March 2026

Present: Maria Chen (Chair), Thomas Reed, Aisha Bello
Apologies: Jonas Weber
Minutes taken by: Sofia Rossi

1. The minutes of the previous meeting were approved.
2. The board approved the 2026 budget.

Next meeting: 9 April 2026
"""

CREDIT_NOTE = """\
Nordlicht Software GmbH
CREDIT NOTE
Credit note no.: CN-2026-014
Date: 05.10.2026
Customer: Brightwater Foods Ltd.

Description                Qty    Unit price      Amount
Returned docking station     1    250,00 EUR    250,00 EUR

Total credit: 250,00 EUR
"""

NET_30_INVOICE = """\
Summit Office Supply Inc.
1200 Market Street, Boston, MA 02110

INVOICE
Invoice number: 88412
Invoice date: 10/05/2026
Payment terms: Net 30
Bill to: Globex Retail Inc.

Description            Quantity   Rate      Amount
Printer toner          4          $89.50    $358.00
Office chairs          2          $245.00   $490.00

Subtotal    $848.00
Sales tax (6.25%)    $53.00
Total    $901.00
"""


def scanned_page(lines: Sequence[str], page: int = 1, start: int = 0) -> PageLayout:
    """A page as OCR returns it: single-spaced text, words with boxes where the characters
    were drawn (monospaced, 60 columns across the page, 40 lines down)."""
    words: list[Word] = []
    for number, line in enumerate(lines):
        column = 0
        for token in line.split(" "):
            if token:
                x0 = (column + 2) / 64
                x1 = (column + 2 + len(token)) / 64
                y0 = (number + 2) / 44
                words.append(Word(token, (x0, y0, x1, y0 + 0.6 / 44), 0.93, number))
            column += len(token) + 1
    text = "\n".join(" ".join(line.split()) for line in lines)
    return PageLayout(page, 2480, 3508, start, start + len(text), tuple(words))


def scanned(pages: Sequence[Sequence[str]]) -> tuple[str, Layout]:
    """Pages of OCR'd lines joined the way the extractor joins pages (a blank line)."""
    texts: list[str] = []
    layouts: list[PageLayout] = []
    offset = 0
    for number, lines in enumerate(pages, start=1):
        page = scanned_page(lines, number, offset)
        texts.append("\n".join(" ".join(line.split()) for line in lines))
        layouts.append(page)
        offset = page.text_end + 2
    return "\n\n".join(texts), Layout(tuple(layouts))


def bundle_pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """A PDF of several documents, one per page, each line drawn where a typist puts it."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for lines in pages:
        for number, line in enumerate(lines):
            pdf.drawString(60, A4[1] - 80 - 16 * number, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


CLAIM_BUNDLE = (
    ("Whitfield Insurance Group plc", "Dear Ms. Patel,", "Your claim papers follow.",
     "Kind regards,", "Tom Reed"),
    ("INVOICE", "Invoice No: INV-7", "Total due: USD 95.00"),
    ("RECEIPT", "Receipt No. 42", "Bread  2.49", "TOTAL  $2.49"),
)  # fmt: skip
