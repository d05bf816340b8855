"""An insurance claim as a two-page PDF with a text layer, for the document-class tests.

Page 1 is a covering letter (so evidence that lands on page 2 is seen to), page 2 the claim
form: labelled values, one under its label, and a table of damaged items.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

#: The example classes file the README and docs/classes.md show.
CLASSES_FILE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "insurance-claims.yaml"

#: What the form states, as the analysis should read it.
EXPECTED_FIELDS = {
    "claimNumber": "CLM-2026-0042",
    "policyNumber": "POL-778812",
    "policyholder": "Maria Jensen",
    "incidentDate": "2026-02-14",
    "vehicleRegistration": "AB12CDE",
    "claimType": "collision",
    "amountClaimed": {"amount": 2450.0, "currency": "EUR"},
    "damagedItems": [
        {"item": "Rear bumper", "quantity": 1, "cost": {"amount": 1800.0, "currency": "EUR"}},
        {"item": "Tail light", "quantity": 2, "cost": {"amount": 650.0, "currency": "EUR"}},
    ],
}


def claim_pdf() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    _width, height = A4
    pdf.setFont("Helvetica", 11)
    letter = [
        "Northwind Mutual Insurance",
        "Claims Department",
        "",
        "Dear claims handler,",
        "please find my claim form enclosed. I am writing about the collision last month.",
        "Kind regards,",
        "Maria Jensen",
    ]
    for row, line in enumerate(letter):
        pdf.drawString(72, height - 80 - 16 * row, line)
    pdf.showPage()
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(72, height - 72, "MOTOR INSURANCE CLAIM FORM")
    pdf.setFont("Helvetica", 11)
    form = [
        ("Claim number:", "CLM-2026-0042"),
        ("Policy number:", "POL-778812"),
        ("Policyholder:", "Maria Jensen"),
        ("Date of loss:", "14 February 2026"),
        ("Vehicle registration:", "AB12CDE"),
        ("Type of claim:", "Collision"),
    ]
    for row, (label, value) in enumerate(form):
        y = height - 110 - 20 * row
        pdf.drawString(72, y, label)
        pdf.drawString(230, y, value)
    y = height - 250
    pdf.drawString(72, y, "Amount claimed")  # the value under its label, as forms have it
    pdf.drawString(72, y - 16, "EUR 2,450.00")
    y -= 60
    for row, cells in enumerate(
        [("Item", "Qty", "Cost"), ("Rear bumper", "1", "EUR 1,800.00"),
         ("Tail light", "2", "EUR 650.00")]
    ):  # fmt: skip
        for x, cell in zip((72, 260, 340), cells, strict=True):
            pdf.drawString(x, y - 18 * row, cell)
    pdf.drawString(72, y - 90, "I declare the information above is true.  Signature: M. Jensen")
    pdf.showPage()
    pdf.save()
    return out.getvalue()
