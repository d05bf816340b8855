"""Generate the bundled sample documents in ``src/docpipe_cli/samples/``.

Run from the repository root: ``.venv/bin/python scripts/make_samples.py``. The outputs are
committed (they are what ``make demo`` pushes through the pipeline), so this script only
needs re-running when a sample should change. It needs the dev extra (reportlab).

The samples are realistic on purpose: they exercise every extractor (PDF text layer, OCR,
DOCX, HTML, plain text, Markdown) and give the offline analyzer real work — parties, dates
in several formats, money with currency symbols and codes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER as LETTER_PAGE
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

#: Where the samples live, relative to the repository root.
SAMPLES = Path(__file__).resolve().parent.parent / "src" / "docpipe" / "samples"
#: Every sample must stay commit-sized.
MAX_SAMPLE_BYTES = 200 * 1024
#: Fonts tried for the receipt image, in order; Pillow's built-in font is the fallback.
RECEIPT_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
)

VENDOR = "Northwind Analytics LLC"
CUSTOMER = "Globex Retail Inc."


def make_invoice(path: Path) -> None:
    """A one-page invoice with a text layer: parties, dates, line items, tax and total."""
    styles = getSampleStyleSheet()
    items = [
        ("Data pipeline assessment", 1, 1800.00),
        ("Dashboard development (hours)", 14, 125.00),
        ("Cloud hosting, March 2026", 1, 500.00),
        ("Training workshop (half day)", 1, 200.00),
    ]
    subtotal = sum(qty * price for _, qty, price in items)
    tax = round(subtotal * 0.08, 2)
    rows: list[list[str]] = [["Description", "Qty", "Unit price", "Amount"]]
    rows += [
        [name, str(qty), f"${price:,.2f}", f"${qty * price:,.2f}"] for name, qty, price in items
    ]
    rows += [
        ["", "", "Subtotal", f"${subtotal:,.2f}"],
        ["", "", "Sales tax (8%)", f"${tax:,.2f}"],
        ["", "", "Total due", f"${subtotal + tax:,.2f}"],
    ]
    table = Table(rows, colWidths=[3.3 * inch, 0.6 * inch, 1.3 * inch, 1.3 * inch])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3b57")),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, len(items)), 0.5, colors.grey),
                ("FONTNAME", (2, -1), (-1, -1), "Helvetica-Bold"),
            ]
        )
    )
    body = styles["BodyText"]
    story = [
        Paragraph("INVOICE", styles["Title"]),
        Paragraph(
            f"<b>From:</b> {VENDOR}<br/>415 Mission Street, Suite 300, San Francisco, CA 94105"
            "<br/>billing@northwind-analytics.example",
            body,
        ),
        Spacer(1, 8),
        Paragraph(
            "<b>Invoice #:</b> INV-2026-0042<br/><b>Invoice Date:</b> March 2, 2026"
            "<br/><b>Due Date:</b> April 1, 2026<br/><b>Payment terms:</b> Net 30",
            body,
        ),
        Spacer(1, 8),
        Paragraph(
            f"<b>Bill To:</b> {CUSTOMER}<br/>Attn: Accounts Payable, 1200 Harbor Blvd, "
            "Oakland, CA 94607<br/>ap@globex-retail.example",
            body,
        ),
        Spacer(1, 14),
        table,
        Spacer(1, 14),
        Paragraph(
            "Please pay by bank transfer to account 000123456789 (routing 121000248), quoting "
            "the invoice number. Late payments accrue interest of 1.5% per month. Thank you "
            "for your business.",
            body,
        ),
    ]
    doc = SimpleDocTemplate(
        str(path),
        pagesize=LETTER_PAGE,
        title="Invoice INV-2026-0042",
        author=VENDOR,
        invariant=True,  # no timestamps or random ids: the same bytes on every run
    )
    doc.build(story)


def make_receipt(path: Path) -> None:
    """A till receipt rendered as an image, for the OCR path."""
    lines = [
        "CORNER MARKET",
        "88 Elm Street, Springfield",
        "03/14/2026   10:42 AM",
        "",
        "Organic bananas        3.49",
        "Whole milk 1 gal       4.29",
        "Sourdough bread        5.99",
        "Coffee beans 12oz     11.49",
        "",
        "SUBTOTAL              25.26",
        "TAX                    1.52",
        "TOTAL                $26.78",
        "",
        "VISA **** 4821       $26.78",
        "Cashier: Dana",
        "THANK YOU FOR SHOPPING!",
    ]
    font = _receipt_font(30)
    width, line_height, margin = 620, 44, 36
    image = Image.new("L", (width, margin * 2 + line_height * len(lines)), color=255)
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        draw.text((margin, margin + index * line_height), line, fill=0, font=font)
    image.save(path, format="PNG", optimize=True)


def _receipt_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for candidate in RECEIPT_FONTS:
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size=size)


def make_contract(path: Path) -> None:
    """A short services agreement as DOCX: defined parties, dates, fees, a signature table."""
    document = docx.Document()
    properties = document.core_properties
    properties.title = "Master Services Agreement"
    properties.author = VENDOR
    properties.created = properties.modified = dt.datetime(2026, 2, 20, 9, 0, 0)
    document.add_heading("Master Services Agreement", level=0)
    document.add_paragraph(
        f'This Master Services Agreement (the "Agreement") is entered into as of March 1, '
        f'2026 (the "Effective Date") by and between {VENDOR}, a Delaware limited liability '
        f'company (the "Provider"), and {CUSTOMER}, a California corporation (the "Client").'
    )
    sections = [
        (
            "1. Services",
            "The Provider shall deliver the data engineering and analytics services described "
            "in each statement of work signed by both parties. Each statement of work is "
            "governed by this Agreement.",
        ),
        (
            "2. Term and Termination",
            "This Agreement begins on the Effective Date and continues until February 28, "
            "2027, unless terminated earlier. Either party may terminate this Agreement on "
            "thirty (30) days' written notice to the other party.",
        ),
        (
            "3. Fees and Payment",
            "The Client shall pay the Provider a monthly fee of USD 12,000.00 for the services, "
            "invoiced on the first business day of each month and payable within thirty days. "
            "Expenses above $500.00 require the Client's prior written approval.",
        ),
        (
            "4. Confidentiality",
            "Each party shall keep the other party's confidential information secret and use "
            "it only to perform this Agreement. This obligation survives termination for three "
            "years.",
        ),
        (
            "5. Governing Law",
            "This Agreement is governed by the laws of the State of California. Notices go to "
            "legal@northwind-analytics.example and contracts@globex-retail.example.",
        ),
    ]
    for heading, text in sections:
        document.add_heading(heading, level=1)
        document.add_paragraph(text)
    document.add_paragraph(
        "IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date."
    )
    table = document.add_table(rows=4, cols=2)
    cells = [
        (VENDOR, CUSTOMER),
        ("By: Maria Chen", "By: Thomas Reed"),
        ("Title: Managing Partner", "Title: Chief Operating Officer"),
        ("Date: 2026-03-01", "Date: 2026-03-01"),
    ]
    for row, (left, right) in zip(table.rows, cells, strict=True):
        row.cells[0].text, row.cells[1].text = left, right
    document.save(str(path))
    _pin_zip_timestamps(path)


def _pin_zip_timestamps(path: Path) -> None:
    """python-docx stamps each ZIP member with the current time; pin them so re-running the
    script reproduces the committed bytes."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            pinned = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            pinned.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(pinned, data)


LETTER = """\
Harborview Property Management Ltd.
27 Quay Road, Bristol BS1 4DJ
lettings@harborview.example

12 January 2026

Ms. Priya Patel
Flat 4, 19 Gloucester Road
Bristol BS7 8AA

Re: Renewal of your tenancy at Flat 4, 19 Gloucester Road

Dear Ms. Patel,

I am writing to confirm the renewal of your tenancy, which ends on 28 February 2026. We are
pleased to offer a new twelve-month term beginning on 1 March 2026.

The monthly rent for the new term will be £1,150.00, an increase of £35.00 that reflects the
local market review carried out in December. Your deposit of £1,300.00 remains protected with
the Deposit Protection Service and carries over to the new term.

Please sign and return the enclosed renewal agreement by 15 February 2026. If you have any
questions, please do not hesitate to contact me at lettings@harborview.example.

Kind regards,

Oliver Grant
Lettings Manager
Harborview Property Management Ltd.
"""

MEETING_NOTES = """\
# Platform team weekly sync — 2026-03-09

**Attendees:** Maria Chen, Thomas Reed, Aisha Bello, Jonas Weber

## Summary

The document pipeline reached feature-complete status for the March release. Load testing
showed the worker sustains the target throughput; the OCR path remains the slowest step.

## Decisions

- Ship the offline analyzer as the default; Bedrock stays opt-in behind `DOCPIPE_ANALYZER`.
- Keep the status API read-only for this release.
- Budget for the pilot is capped at $8,500.00 per month, including Bedrock usage.

## Action items

| Owner  | Task                                         | Due        |
|--------|----------------------------------------------|------------|
| Aisha  | Publish the runbook for replaying failed jobs | 2026-03-13 |
| Jonas  | Add the dead-letter queue alarm               | 2026-03-16 |
| Thomas | Confirm the pilot scope with Globex Retail Inc. | 2026-03-20 |

Next sync: March 16, 2026. Questions to platform-team@docpipe.example.
"""

REPORT_HTML = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Q1 2026 Operations Report</title>
  <style>body { font-family: sans-serif; } .kpi { font-weight: bold; }</style>
  <script>window.analytics = { track: function () { return "ignored"; } };</script>
</head>
<body>
  <h1>Q1 2026 Operations Report</h1>
  <p>Prepared by Contoso Logistics GmbH for the board meeting on April 14, 2026.</p>
  <h2>Executive summary</h2>
  <p>Revenue for the quarter reached EUR 2,450,000, up 12% on Q4 2025. On-time delivery
     improved to 96.4%, and the new Rotterdam hub opened on February 2, 2026, two weeks
     ahead of plan.</p>
  <h2>Key findings</h2>
  <ul>
    <li>Fuel costs fell to &euro;310,500 after the route optimisation rollout.</li>
    <li>Warehouse utilisation averaged 87% across all sites.</li>
    <li>Customer complaints dropped by a third compared with the previous quarter.</li>
  </ul>
  <h2>Recommendations</h2>
  <p>We recommend extending route optimisation to the Hamburg region and hiring four
     additional dispatchers before the summer peak.</p>
  <table>
    <tr><th>Metric</th><th>Q4 2025</th><th>Q1 2026</th></tr>
    <tr><td>Revenue</td><td>EUR 2,187,500</td><td>EUR 2,450,000</td></tr>
    <tr><td>On-time delivery</td><td>93.1%</td><td>96.4%</td></tr>
  </table>
  <p>Contact: operations@contoso-logistics.example</p>
  <noscript>Enable JavaScript for interactive charts.</noscript>
</body>
</html>
"""

#: Sample file name -> how to make it.
MAKERS: dict[str, Callable[[Path], object]] = {
    "invoice.pdf": make_invoice,
    "receipt.png": make_receipt,
    "contract.docx": make_contract,
    "letter.txt": lambda path: path.write_text(LETTER, encoding="utf-8"),
    "meeting-notes.md": lambda path: path.write_text(MEETING_NOTES, encoding="utf-8"),
    "report.html": lambda path: path.write_text(REPORT_HTML, encoding="utf-8"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=SAMPLES, help="output directory")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, make in MAKERS.items():
        path = args.out / name
        make(path)
        size = path.stat().st_size
        if size > MAX_SAMPLE_BYTES:
            raise SystemExit(f"{name} is {size} bytes; samples must stay under {MAX_SAMPLE_BYTES}")
        print(f"{path}  {size:>7} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
