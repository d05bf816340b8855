"""Line items read from tables in every format, and the arithmetic that checks them."""

from __future__ import annotations

from typing import Any

import pytest

from docpipe.layout import Layout, PageLayout, Word
from support.business_documents import (
    INVOICE_HTML,
    INVOICE_TEXT,
    RECEIPT_TEXT,
    extracted,
    invoice_docx,
    invoice_pdf,
    scanned,
)
from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.numbers import parse_money, parse_quantity
from workflow.analyzers.tables import header_role

ANALYZER = OfflineAnalyzer()


def analyze(text: str, layout: Layout | None = None) -> dict[str, Any]:
    return ANALYZER.analyze(text, media_type="text/plain", filename="doc", layout=layout)


def rows(analysis: dict[str, Any]) -> list[tuple[str, float | None, float | None, float]]:
    return [
        (item["description"], item["quantity"], item["unitPrice"], item["amount"])
        for item in analysis["lineItems"]
    ]


class TestNumbers:
    @pytest.mark.parametrize(
        ("cell", "amount", "currency"),
        [
            ("12.450,00 EUR", 12450.0, "EUR"),
            ("€ 1.234,56", 1234.56, "EUR"),
            ("US$1,200.00", 1200.0, "USD"),
            ("1 234,56", 1234.56, None),
            ("CHF 1'234.50", 1234.5, "CHF"),
            ("(45.00)", -45.0, None),
            ("12.00-", -12.0, None),
        ],
    )
    def test_money_cells_in_either_convention(
        self, cell: str, amount: float, currency: str | None
    ) -> None:
        """Separators, currency marks on either side and credit notations are all read."""
        money = parse_money(cell)
        assert money is not None
        assert (money.amount, money.currency) == (amount, currency)

    @pytest.mark.parametrize("cell", ["19%", "Tax", "Milk 1L", "6x1.5L", "12-04", ""])
    def test_what_is_not_money(self, cell: str) -> None:
        """Rates, words and descriptions holding a number are not amounts."""
        assert parse_money(cell) is None

    @pytest.mark.parametrize(
        ("cell", "quantity"),
        [("3", 3.0), ("2,5 h", 2.5), ("x3", 3.0), ("10 pcs", 10.0), ("1.000", 1000.0)],
    )
    def test_quantities(self, cell: str, quantity: float) -> None:
        """Counts with units, European decimals and thousands groups."""
        assert parse_quantity(cell) == quantity

    def test_header_words(self) -> None:
        """Header cells name their column in the ways documents print them."""
        assert [header_role(c) for c in ("Qty", "Unit price", "Line total", "Item", "SKU")] == [
            "quantity", "unitPrice", "amount", "description", "other",
        ]  # fmt: skip


class TestFormats:
    def test_text_pdf_table(self) -> None:
        """A reportlab table: the PDF text layer gives one cell per line; rows come back whole."""
        text, layout = extracted(invoice_pdf(), "invoice.pdf")
        analysis = analyze(text, layout)
        assert rows(analysis) == [
            ("Consulting services", 12.0, 95.0, 1140.0),
            ("Data pipeline setup", 1.0, 2400.0, 2400.0),
            ("Annual support plan", 2.0, 480.0, 960.0),
        ]
        assert analysis["warnings"] == []
        assert analysis["lineItems"][0]["evidence"]["page"] == 1
        assert "Consulting services" in analysis["lineItems"][0]["evidence"]["text"]

    def test_docx_table_with_european_numbers(self) -> None:
        """Tab-separated DOCX rows; a row whose unit price equals its amount is read; 12.450,00
        EUR is twelve thousand."""
        text, layout = extracted(invoice_docx(), "invoice.docx")
        analysis = analyze(text, layout)
        assert rows(analysis) == [
            ("Network switches", 4.0, 1200.0, 4800.0),
            ("Installation", 1.0, 650.0, 650.0),
            ("Cabling (per metre)", 250.0, 28.0, 7000.0),
        ]
        assert analysis["keyFigures"]["subtotal"] == {"amount": 12450.0, "currency": "EUR"}
        assert analysis["keyFigures"]["issueDate"] == "2026-10-05"
        assert analysis["warnings"] == []

    def test_html_table(self) -> None:
        """HTML cells come through the extractor as tabs; header words differ from DOCX's."""
        text, layout = extracted(INVOICE_HTML.encode(), "invoice.html")
        analysis = analyze(text, layout)
        assert rows(analysis) == [
            ("Freight handling", 3.0, 640.0, 1920.0),
            ("Customs paperwork", 1.0, 150.0, 150.0),
        ]
        assert analysis["keyFigures"]["total"] == {"amount": 2070.0, "currency": "USD"}

    def test_aligned_plain_text_with_a_position_column(self) -> None:
        """Columns by their character positions; a "Pos" column is not the description."""
        analysis = analyze(INVOICE_TEXT)
        assert rows(analysis) == [
            ("Cloud hosting (monthly)", 3.0, 1250.0, 3750.0),
            ("Security audit", 1.0, 8700.0, 8700.0),
        ]
        assert analysis["warnings"] == []

    def test_receipt_without_a_header(self) -> None:
        """The priced lines above SUBTOTAL are the items; "2 x" is a quantity."""
        analysis = analyze(RECEIPT_TEXT)
        assert analysis["documentType"] == "receipt"
        assert rows(analysis) == [
            ("Milk 1L", None, None, 1.29),
            ("Coffee beans", 2.0, 8.99, 17.98),
            ("Bread", None, None, 2.49),
        ]
        assert analysis["warnings"] == []

    def test_ocr_word_boxes(self) -> None:
        """A scan: OCR's text is single-spaced, so the columns come from the word boxes;
        each row's evidence is its box on the page."""
        text, layout = scanned([[
            "INVOICE   Invoice No: 7781",
            "Item                    Qty   Price     Amount",
            "Safety inspection        2    250.00    500.00",
            "Printer toner            10    15.75    157.50",
            "Total due                                657.50 USD",
        ]])  # fmt: skip
        analysis = analyze(text, layout)
        assert rows(analysis) == [
            ("Safety inspection", 2.0, 250.0, 500.0),
            ("Printer toner", 10.0, 15.75, 157.5),
        ]
        first = analysis["lineItems"][0]["evidence"]
        assert first["page"] == 1
        assert first["bbox"] is not None
        x0, y0, _, y1 = first["bbox"]
        assert x0 == pytest.approx(2 / 64, abs=1e-3)
        assert y0 == pytest.approx(4 / 44, abs=1e-3)
        assert y1 < 5 / 44

    def test_statement_with_debit_and_credit_columns(self) -> None:
        """Each row's amount as printed, in whichever column it stands; the balance column is
        not read."""
        analysis = analyze(
            "Monthly statement\nAccount number: 12345678\n\n"
            "Date         Description              Debit      Credit     Balance\n"
            "02/03/2026   Card payment - Metro     45.10                 954.90\n"
            "05/03/2026   Salary                              2,500.00   3,454.90\n"
            "\nClosing balance: $3,454.90\n"
        )
        assert rows(analysis) == [
            ("Card payment - Metro", None, None, 45.1),
            ("Salary", None, None, 2500.0),
        ]


class TestReconciliation:
    def test_a_row_that_does_not_multiply_out_is_flagged(self) -> None:
        """3 x 1.250,00 printed as 3.570,00: a warning names the row and confidence drops."""
        good = analyze(INVOICE_TEXT)
        bad = analyze(INVOICE_TEXT.replace("     3.750,00", "     3.570,00"))
        assert any("line item 1" in warning for warning in bad["warnings"])
        assert bad["confidence"] < good["confidence"]

    def test_rows_that_do_not_add_up_to_the_subtotal_are_flagged(self) -> None:
        """A missing row shows as a sum that misses the subtotal."""
        dropped = "2    Security audit                1      8.700,00     8.700,00\n"
        assert dropped in INVOICE_TEXT
        analysis = analyze(INVOICE_TEXT.replace(dropped, ""))
        assert any("subtotal" in warning for warning in analysis["warnings"])

    def test_tax_closes_the_gap_to_the_total(self) -> None:
        """Without a subtotal, rows plus tax equal to the total is consistent."""
        html = INVOICE_HTML.replace(
            "<p>Subtotal: $2,070.00</p><p>Total: $2,070.00</p>",
            "<p>Sales tax: $207.00</p><p>Total: $2,277.00</p>",
        )
        text, layout = extracted(html.encode(), "invoice.html")
        assert analyze(text, layout)["warnings"] == []

    def test_documents_without_tables_have_no_line_items(self) -> None:
        """A letter has no line items and no warnings."""
        analysis = analyze("Dear Ms. Patel,\n\nThank you for your letter.\n\nKind regards,\nTom")
        assert analysis["lineItems"] == []
        assert analysis["warnings"] == []


class TestSingleSpacedRows:
    def test_a_pdf_text_line_per_row(self) -> None:
        """A text layer that gives each row as one single-spaced line: the header's words
        are cut into phrases, each row into its description and the values ending it, a
        currency code kept with its number on either side."""
        analysis = analyze(
            "TAX INVOICE\nInvoice No: 2025/830\n"
            "Pos Description Qty Unit price Amount\n"
            "1 Laptop docking station 9 GBP 1,200.00 GBP 10,800.00\n"
            "2 Cabling 250 28,00 EUR 7.000,00 EUR\n"
            "Order total: GBP 17,800.00\n"
            "Please confirm receipt of this order.\n"
        )
        assert rows(analysis) == [
            ("Laptop docking station", 9.0, 1200.0, 10800.0),
            ("Cabling", 250.0, 28.0, 7000.0),
        ]

    def test_a_statement_row_starts_with_its_date(self) -> None:
        """The date column's cell, however the date is written, is not the description."""
        analysis = analyze(
            "Monthly statement\nDate Description Amount\n"
            "7th November 2025 Card payment - Metro Hardware 141.79\n"
            "2025-11-23 Salary 631.14\nNew balance: USD 5,357.57\n"
        )
        assert rows(analysis) == [
            ("Card payment - Metro Hardware", None, None, 141.79),
            ("Salary", None, None, 631.14),
        ]


class TestHeaders:
    def test_one_column_the_vocabulary_lacks(self) -> None:
        """A "Colour" column among known ones: the header still counts, the cell is skipped."""
        analysis = analyze(
            "INVOICE\nInvoice no: 5\n"
            "Item            Colour    Qty   Price    Amount\n"
            "T-shirt         Blue      3     12.00    36.00\n"
            "Cap             Red       1     8.50     8.50\n"
            "Total: $44.50\n"
        )
        assert rows(analysis) == [("T-shirt", 3.0, 12.0, 36.0), ("Cap", 1.0, 8.5, 8.5)]

    def test_a_subtotal_column_is_not_the_documents_subtotal(self) -> None:
        """A header ending in "Subtotal" does not make the first row's amount the subtotal."""
        analysis = analyze(
            "Order confirmation\nOrder #: 5531\nProduct\tQty\tUnit price\tSubtotal\n"
            "USB-C cable\t3\t$9.99\t$29.97\nLaptop stand\t1\t$39.00\t$39.00\n"
            "Order total: $68.97\n"
        )
        assert "subtotal" not in analysis["keyFigures"]
        assert [item["amount"] for item in analysis["lineItems"]] == [29.97, 39.0]
        assert analysis["warnings"] == []

    def test_net_and_gross_columns(self) -> None:
        """Two amount columns: the row's amount is the one that is quantity x unit price."""
        analysis = analyze(
            "INVOICE\nInvoice no: 44\n"
            "Description   Qty   Unit price   Net     VAT %   Gross\n"
            "Widget        2     10.00        20.00   19%     23.80\n"
            "Total: EUR 23.80\n"
        )
        assert rows(analysis) == [("Widget", 2.0, 10.0, 20.0)]

    def test_a_description_above_its_numbers(self) -> None:
        """A narrow description column pushes the numbers onto the next line."""
        analysis = analyze(
            "INVOICE\nInvoice no: 5\n"
            "Description                     Qty    Unit price    Amount\n"
            "Cloud hosting for the data platform\n"
            "                                3      1,250.00      3,750.00\n"
            "Security audit                  1      8,700.00      8,700.00\n"
            "Total: EUR 12,450.00\n"
        )
        assert rows(analysis) == [
            ("Cloud hosting for the data platform", 3.0, 1250.0, 3750.0),
            ("Security audit", 1.0, 8700.0, 8700.0),
        ]


class TestScannedReceipts:
    def test_rows_set_wide_apart_are_not_blank_lines(self) -> None:
        """A scan set with a 1.6 line pitch (words half a step tall): the priced lines above
        SUBTOTAL are one run, however wide the steps between them."""
        lines = ["CITY FUEL STATION", "Coffee beans  18.21", "Light bulb  14.20",
                 "Milk 1L  13.04", "SUBTOTAL  45.45", "TOTAL  GBP 45.45"]  # fmt: skip
        words: list[Word] = []
        for number, line in enumerate(lines):
            column = 0
            for token in line.split(" "):
                if token:
                    top = 0.05 + number * 0.04
                    box = (column / 60, top, (column + len(token)) / 60, top + 0.018)
                    words.append(Word(token, box, 0.9, number))
                column += len(token) + 1
        text = "\n".join(" ".join(line.split()) for line in lines)
        layout = Layout((PageLayout(1, 1000, 1400, 0, len(text), tuple(words)),))
        assert rows(analyze(text, layout)) == [
            ("Coffee beans", None, None, 18.21), ("Light bulb", None, None, 14.2),
            ("Milk 1L", None, None, 13.04),
        ]  # fmt: skip
