"""Evidence (page, quote, box) for every key figure, and files that hold several documents."""

from __future__ import annotations

from typing import Any

import pytest

from docpipe.layout import Layout
from support.business_documents import INVOICE_TEXT, extracted, invoice_docx, scanned
from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.schema import normalize

ANALYZER = OfflineAnalyzer()

INVOICE_PAGE = [
    "Northwind Analytics LLC",
    "INVOICE",
    "Invoice No: INV-2026-0042",
    "Invoice date: March 3, 2026",
    "Due date: April 2, 2026",
    "Description               Qty   Unit price    Amount",
    "Consulting services       12    95.00         1,140.00",
    "Total due: USD 1,140.00",
]
RECEIPT_PAGE = [
    "GREEN LEAF GROCERS",
    "Receipt # 004211",
    "2026-03-09 14:22",
    "Milk 1L  1.29",
    "Bread  2.49",
    "SUBTOTAL  3.78",
    "TOTAL  $3.78",
]
LETTER_PAGE = [
    "Whitfield Insurance Group plc",
    "10 March 2026",
    "Dear Ms. Patel,",
    "Please find enclosed the invoice and receipt for your claim.",
    "Kind regards,",
    "Tom Reed",
]


def analyze(text: str, layout: Layout | None = None) -> dict[str, Any]:
    return ANALYZER.analyze(text, media_type="application/pdf", filename="doc", layout=layout)


class TestEvidence:
    def test_every_key_figure_is_cited_with_its_words_box(self) -> None:
        """On a scanned page each figure's box is the box of the words that print it."""
        text, layout = scanned([["Cover page", "Claim documents enclosed."], INVOICE_PAGE])
        analysis = analyze(text, layout)
        figures, evidence = analysis["keyFigures"], analysis["evidence"]
        assert set(evidence) == set(figures)
        total = evidence["total"]
        assert total["page"] == 2
        assert total["text"] == "USD 1,140.00"
        words = {w.text: w.bbox for w in layout.pages[1].words}
        assert total["bbox"] == pytest.approx([words["USD"][0], words["USD"][1],
                                               words["1,140.00"][2], words["1,140.00"][3]],
                                              abs=1e-4)  # fmt: skip
        assert evidence["documentNumber"]["text"] == "INV-2026-0042"
        assert evidence["dueDate"]["text"] == "April 2, 2026"
        assert evidence["dueDate"]["bbox"][1] == pytest.approx(words["April"][1], abs=1e-4)

    def test_the_occurrence_read_is_the_one_boxed(self) -> None:
        """An amount printed twice (a row and the total) is boxed where the total is."""
        text, layout = scanned([INVOICE_PAGE])
        box = analyze(text, layout)["evidence"]["total"]["bbox"]
        last_line_top = (len(INVOICE_PAGE) - 1 + 2) / 44
        assert box[1] == pytest.approx(last_line_top, abs=1e-4)

    @pytest.mark.parametrize(
        ("line", "quote"),
        [
            ("Total GBP      2,662.95", "2,662.95"),
            ("Total (EUR)        1.234,56", "1.234,56"),
            ("Amount due          1 234,56", "1 234,56"),
            ("Total due: USD 1,140.00", "USD 1,140.00"),
        ],
    )
    def test_a_total_is_quoted_as_its_figure_not_its_line(self, line: str, quote: str) -> None:
        """The label or its own cell names the currency, the figure stands in the next cell:
        the quote (and so the box) is the figure, not the line from label to figure."""
        text = "\n".join([*INVOICE_PAGE[:-1], line])
        assert analyze(text)["evidence"]["total"]["text"] == quote

    def test_the_vendor_is_cited_where_it_prints_its_name(self) -> None:
        """A fax's cover sheet names the sender after "From:"; the invoice behind it prints
        the name in its letterhead: the letterhead, on page 2, is cited."""
        cover = ["FAX", "To:  Globex Retail Inc.", "From:  Northwind Analytics LLC", "Pages: 2"]
        text, layout = scanned([cover, INVOICE_PAGE])
        vendor = analyze(text, layout)["evidence"]["vendor"]
        assert (vendor["page"], vendor["text"]) == (2, "Northwind Analytics LLC")

    def test_formats_without_geometry_cite_page_one_and_no_box(self) -> None:
        """DOCX: every figure on page 1, quoted as printed, bbox null."""
        text, layout = extracted(invoice_docx(), "invoice.docx")
        evidence = analyze(text, layout)["evidence"]
        assert evidence["total"] == {"page": 1, "text": "14.815,50 EUR", "bbox": None}
        assert evidence["issueDate"] == {"page": 1, "text": "05.10.2026", "bbox": None}
        assert evidence["documentNumber"]["text"] == "2026/118"

    def test_plain_text_vendor_and_number(self) -> None:
        """Text without a layout: page 1; the vendor is quoted where it is first named."""
        evidence = analyze(INVOICE_TEXT)["evidence"]
        assert evidence["vendor"]["text"] == "Alpine Data Systems AG"
        assert evidence["documentNumber"] == {"page": 1, "text": "A-7781", "bbox": None}


class TestSections:
    def test_a_claim_bundle_splits_into_its_documents(self) -> None:
        """Letter, invoice, receipt: three sections with their own types, pages and figures;
        the top level still describes the whole file."""
        text, layout = scanned([LETTER_PAGE, INVOICE_PAGE, RECEIPT_PAGE])
        analysis = analyze(text, layout)
        sections = analysis["sections"]
        assert [(s["documentType"], s["pages"]) for s in sections] == [
            ("letter", [1, 1]), ("invoice", [2, 2]), ("receipt", [3, 3]),
        ]  # fmt: skip
        invoice, receipt = sections[1], sections[2]
        assert invoice["keyFigures"]["documentNumber"] == "INV-2026-0042"
        assert invoice["keyFigures"]["total"] == {"amount": 1140.0, "currency": "USD"}
        assert [i["description"] for i in invoice["lineItems"]] == ["Consulting services"]
        assert invoice["evidence"]["total"]["page"] == 2
        assert receipt["keyFigures"]["total"] == {"amount": 3.78, "currency": "USD"}
        assert [i["amount"] for i in receipt["lineItems"]] == [1.29, 2.49]
        assert receipt["lineItems"][0]["evidence"]["page"] == 3
        assert analysis["documentType"] in ("invoice", "receipt", "letter")
        assert normalize(analysis, analyzer="offline")["sections"] == sections

    def test_page_numbering_joins_and_restarts(self) -> None:
        """Page 2 of 2 continues the invoice; Page 1 of 1 starts the next document."""
        first = [*INVOICE_PAGE[:6], "Page 1 of 2"]
        second = ["INVOICE", *INVOICE_PAGE[6:], "Page 2 of 2"]
        other = ["INVOICE", "Invoice No: INV-2026-0043", "Total due: USD 80.00", "Page 1 of 1"]
        text, layout = scanned([first, second, other])
        sections = analyze(text, layout)["sections"]
        assert [s["pages"] for s in sections] == [[1, 2], [3, 3]]
        assert sections[0]["keyFigures"]["total"]["amount"] == 1140.0
        assert sections[1]["keyFigures"]["documentNumber"] == "INV-2026-0043"

    def test_a_new_number_under_the_same_title_is_a_new_document(self) -> None:
        """Two invoices back to back, each titled INVOICE, differ by their numbers."""
        other = ["INVOICE", "Invoice No: INV-2026-0043", "Total due: USD 80.00"]
        text, layout = scanned([INVOICE_PAGE, other])
        assert [s["pages"] for s in analyze(text, layout)["sections"]] == [[1, 1], [2, 2]]

    def test_one_document_over_several_pages_has_no_sections(self) -> None:
        """An untitled continuation page is part of the document before it."""
        more = ["Notes", "Payment by bank transfer within 30 days."]
        text, layout = scanned([INVOICE_PAGE, more])
        assert "sections" not in analyze(text, layout)


class TestBundleTitles:
    def test_titles_below_a_letterhead_and_receipts_back_to_back(self) -> None:
        """A title under the sender's address ("Sales Invoice"), a letter whose salutation
        comes after the addresses, two receipts numbered "Receipt: ..." one after the other."""
        letter = [
            "Whitfield Insurance Group plc",
            "10 King Street",
            "Leeds LS1 2AB",
            "10 March 2026",
            "Ms. Priya Patel",
            "3 Elm Avenue",
            "Bristol",
            "Dear Ms. Patel,",
            "Please find the papers enclosed.",
            "Kind regards,",
        ]
        invoice = [
            "Summit Office Supply Inc.",
            "1200 Market Street",
            "Boston, MA 02110",
            "billing@summit.example",
            "Sales Invoice",
            "Invoice no: 88412",
            "Total due: USD 120.00",
        ]
        first = ["Corner Market", "Receipt: 802-2430", "Bread  2.49", "TOTAL  $2.49"]
        second = ["City Fuel Station", "Receipt: 802-9911", "Water  1.99", "TOTAL  $1.99"]
        text, layout = scanned([letter, invoice, first, second])
        sections = analyze(text, layout)["sections"]
        assert [(s["documentType"], s["pages"]) for s in sections] == [
            ("letter", [1, 1]), ("invoice", [2, 2]), ("receipt", [3, 3]), ("receipt", [4, 4]),
        ]  # fmt: skip
        assert [s["keyFigures"].get("documentNumber") for s in sections[1:]] == [
            "88412", "802-2430", "802-9911",
        ]  # fmt: skip


class TestBoundaries:
    """Page-level signs of where one document ends and the next begins."""

    SHOP = ("Rosemary Deli", "14 Wharf Road, Cork", "2026-03-09 14:22", "Oat milk  2.10",
            "TOTAL  EUR 2.10", "Paid by card")  # fmt: skip

    def test_a_total_closes_a_receipt_and_the_same_shop_opens_the_next(self) -> None:
        """Two title-less, number-less receipts of one shop: the first's total closes it, the
        letterhead over a street line opens the second."""
        other = [*self.SHOP[:3], "Green tea  3.40", "TOTAL  EUR 3.40", "Paid by card"]
        text, layout = scanned([self.SHOP, other])
        sections = analyze(text, layout)["sections"]
        assert [(s["documentType"], s["pages"]) for s in sections] == [
            ("receipt", [1, 1]), ("receipt", [2, 2]),
        ]  # fmt: skip

    def test_the_last_page_by_its_numbering_closes_the_document(self) -> None:
        """ "Page 2 of 2" ends the invoice; an untitled receipt page after it is its own."""
        first = [*INVOICE_PAGE[:6], "Page 1 of 2"]
        second = [*INVOICE_PAGE[6:], "Page 2 of 2"]
        text, layout = scanned([first, second, self.SHOP])
        sections = analyze(text, layout)["sections"]
        assert [s["pages"] for s in sections] == [[1, 2], [3, 3]]
        assert sections[1]["documentType"] == "receipt"

    def test_another_senders_letterhead_starts_a_document(self) -> None:
        """Two untitled notes, no salutation, no numbers: only the letterhead changes."""
        first = [
            "Quellwerk Armaturen GmbH",
            "Lindenallee 12, 10115 Berlin",
            "We confirm the visit.",
        ]
        second = ["Hollins & Pryce Ltd", "14 Wharf Road, Cork", "We confirm the order."]
        text, layout = scanned([first, second])
        assert [s["pages"] for s in analyze(text, layout)["sections"]] == [[1, 1], [2, 2]]

    def test_the_same_letterhead_without_a_close_continues(self) -> None:
        """A second page under the sender's own letterhead, the first not closed: one
        document."""
        first = INVOICE_PAGE[:6]
        second = [INVOICE_PAGE[0], "12 Quay Road, Boston", *INVOICE_PAGE[6:]]
        text, layout = scanned([first, second])
        assert "sections" not in analyze(text, layout)

    def test_a_page_with_the_closed_documents_number_continues_it(self) -> None:
        """Totals on the first page, details after under the same title and number."""
        details = ["INVOICE", "Invoice No: INV-2026-0042", "Timesheet: 12 hours of consulting"]
        text, layout = scanned([INVOICE_PAGE, details])
        assert "sections" not in analyze(text, layout)

    def test_a_title_flush_right_of_the_letterhead(self) -> None:
        """ "Oakridge Ltd.   INVOICE" heads both pages; their numbers tell them apart."""
        first = ["Van Dijk Logistiek B.V.   INVOICE", "136 Quay Road   Invoice #: 98690",
                 "Training workshop  7  $640.00  $4,480.00", "TOTAL:  $4,480.00"]  # fmt: skip
        second = ["Oakridge Facilities Ltd.   INVOICE", "109 Quay Road   Invoice #: 99352",
                  "Safety inspection  5  $15.75  $78.75", "TOTAL:  $78.75"]  # fmt: skip
        text, layout = scanned([first, second])
        sections = analyze(text, layout)["sections"]
        assert [(s["documentType"], s["pages"]) for s in sections] == [
            ("invoice", [1, 1]), ("invoice", [2, 2]),
        ]  # fmt: skip

    def test_a_letterhead_after_a_titled_form_starts_a_document(self) -> None:
        """A claim form (a title, no letterhead) then a receipt under a shop's letterhead."""
        form = ["EXPENSE CLAIM FORM", "Employee name: Elif Dvorak", "Receipts attached overleaf."]
        text, layout = scanned([form, self.SHOP])
        sections = analyze(text, layout)["sections"]
        assert [(s["documentType"], s["pages"]) for s in sections] == [
            ("form", [1, 1]), ("receipt", [2, 2]),
        ]  # fmt: skip
