"""Rules that read the layouts the world prints, beyond one template: header words, discount
columns, count lines, totals flush right or inside the table, labels above their values."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.dateroles import dates_with_roles
from workflow.analyzers.entities import date_spans
from workflow.analyzers.figures import document_number, key_figures
from workflow.analyzers.grid import value_below
from workflow.analyzers.numbers import Money, parse_money, parse_percent
from workflow.analyzers.table_headers import header_role


def analyze(text: str) -> dict[str, Any]:
    return OfflineAnalyzer().analyze(text, media_type="text/plain", filename="doc")


def rows(text: str) -> list[tuple[str, float | None, float | None, float]]:
    return [
        (r["description"], r["quantity"], r["unitPrice"], r["amount"])
        for r in analyze(text)["lineItems"]
    ]


class TestHeaderWords:
    @pytest.mark.parametrize(
        ("cell", "role"),
        [
            ("Unit", "other"), ("Units", "quantity"), ("UoM", "other"), ("Einheit", "other"),
            ("Trans date", "other"), ("Posting date", "other"), ("Buchungsdatum", "other"),
            ("Disc.", "discount"), ("Rabatt", "discount"), ("Stunden", "quantity"),
            ("Update", None),
        ],
    )  # fmt: skip
    def test_roles(self, cell: str, role: str | None) -> None:
        """A singular "Unit" is the unit of measure, any "... date" a date column, a
        discount column its own role; a word that merely ends in "date" is none."""
        assert header_role(cell) == role

    def test_unit_of_measure_beside_a_count(self) -> None:
        """ "Pcs" counts and "Unit" names the measure: the quantities are read."""
        text = (
            "INVOICE\n\nProduct                 Pcs   Unit   Price/Unit   Net Amount\n"
            "Fire extinguisher 6kg     3   ea         61.20       183.60\n"
            "Filing cabinet            2   box       369.00       738.00\n\n"
            "Total: $921.60\n"
        )
        assert rows(text) == [
            ("Fire extinguisher 6kg", 3.0, 61.2, 183.6),
            ("Filing cabinet", 2.0, 369.0, 738.0),
        ]

    def test_a_transaction_date_column(self) -> None:
        """Rows under "Trans date" keep the date out of the description."""
        text = (
            "Card statement\nStatement date: 15 December 2025\n"
            "Trans date  Description  Amount (AUD)\n"
            "25 November 2025  Refund Cascadia Audio  -59.99\n"
            "29 November 2025  Skyway Airlines  159.20\n"
            "New balance:  AUD 470.25\n"
        )
        assert rows(text) == [
            ("Refund Cascadia Audio", None, None, -59.99),
            ("Skyway Airlines", None, None, 159.2),
        ]


class TestTableRows:
    def test_discount_column(self) -> None:
        """Quantity x unit price less the row's discount is its amount: no warning."""
        text = (
            "PURCHASE ORDER\n\n"
            "Code      Description          Pcs   Unit cost   Discount     Amount\n"
            "M210-41   Cable tray 3m         40       38.90   5%         1,478.20\n"
            "T210-69   Safety gloves          5        2.88                  14.40\n\n"
            "Total: $1,492.60\n"
        )
        analysis = analyze(text)
        assert [r["amount"] for r in analysis["lineItems"]] == [1478.2, 14.4]
        assert analysis["lineItems"][0]["quantity"] == 40.0
        assert analysis["warnings"] == []
        assert parse_percent("12,5 %") == 12.5
        assert parse_percent("") is None

    def test_a_labelled_amount_under_the_table_is_no_row(self) -> None:
        """ "Shipping: £9.99" after the table is a field, "Credit: returned item" a row."""
        text = (
            "Order confirmation 308489\n\nItem               Qty     Price\n"
            "Trail tent            1   £189.00\n"
            "Credit: returned item        -£20.00\n\n"
            "Shipping: £9.99\nOrder total: £178.99\n"
        )
        assert [r[0] for r in rows(text)] == ["Trail tent", "Credit: returned item"]

    def test_count_line_above_a_receipt_item(self) -> None:
        """A till's "3 x 5,49" line gives the item below it its count and unit price."""
        text = (
            "Hollyhock Deli\n2025-09-13 21:20\nReceipt: 72-9840\nBasil plant  2,50 B\n  3 x 5,49\n"
            "AA batteries 4pk  16,47 B\nTotal  € 18,97\n"
        )
        assert rows(text) == [
            ("Basil plant", None, None, 2.5),
            ("AA batteries 4pk", 3.0, 5.49, 16.47),
        ]


class TestTotals:
    def test_flush_right_and_inside_the_table(self) -> None:
        """A total label indented under the amounts (or in a table's last row) counts."""
        text = (
            "Item     Qty   Net Amount\nBolts      3       183.60\n"
            "              Amount payable    $183.60\n"
        )
        assert key_figures(text, "invoice")["total"] == {"amount": 183.6, "currency": "USD"}
        tabbed = "Item\tAmount\nBolts\tEUR 5,00\n\t\tGesamtbetrag\tEUR 5,00\n"
        assert key_figures(tabbed, "invoice")["total"] == {"amount": 5.0, "currency": "EUR"}

    def test_sentences_name_a_receipts_total_only(self) -> None:
        """ "The sum of" is a receipt's total; in a contract it is a term, not its total."""
        text = "Received from A. Lane the sum of £650.00 for rent.\n"
        assert key_figures(text, "receipt")["total"]["amount"] == 650.0
        assert "total" not in key_figures(text, "contract")

    def test_statement_and_slip_words(self) -> None:
        """ "Balance carried forward" closes a statement; a slip's plain "AMOUNT" is its
        total only when nothing is labelled a total."""
        statement = "Balance carried forward: 3.706,22 €\n"
        assert key_figures(statement, "statement")["total"]["amount"] == 3706.22
        slip = "VISA ****6828\nAMOUNT EUR 43,86\nAPPROVED\n"
        assert key_figures(slip, "receipt")["total"] == {"amount": 43.86, "currency": "EUR"}
        both = "Amount EUR 10,00\nTotal EUR 12,00\n"
        assert key_figures(both, "receipt")["total"]["amount"] == 12.0


class TestNumbers:
    @pytest.mark.parametrize(
        ("text", "kind", "number"),
        [
            ("Subject: Thanks for your order! (NG58256069)", "receipt", "NG58256069"),
            ("Your order 176-6657922 is confirmed", "receipt", "176-6657922"),
            ("Txn R653656", "receipt", "R653656"),
            ("Rechnungsnummer: RE-88213", "invoice", "RE-88213"),
            ("Rechnungs-Nr. 2231", "invoice", "2231"),
            ("Facture n° F-1234", "invoice", "F-1234"),
            ("Bestellnummer: PO-12345", "purchase_order", "PO-12345"),
            ("Standing order rent 950.00", "statement", None),
        ],
    )
    def test_labels(self, text: str, kind: str, number: str | None) -> None:
        """Order numbers without "No.", and German and French labels."""
        assert document_number(text, kind) == number


class TestLabelsAboveValues:
    TEXT = (
        "INVOICE\n\nInvoice #   Date of issue          Due\n"
        " 2025/256      08/13/2026   10/12/2026\n\nBill to:\nRiverside Dental\n"
    )

    def test_number_and_dates_of_a_one_row_table(self) -> None:
        """Labels over one row of values: the number, issue and due dates are read."""
        assert document_number(self.TEXT, "invoice") == "2025/256"
        roles = {d["value"]: d["role"] for d in dates_with_roles(self.TEXT)}
        assert roles == {"2026-08-13": "issue", "2026-10-12": "due"}
        tabbed = "Invoice No.\tDate\nA5638-X\t13.05.2025\n"
        assert document_number(tabbed, "invoice") == "A5638-X"
        assert value_below(tabbed, 0) == ("A5638-X", tabbed.index("A5638"))

    def test_abbreviated_labels_and_a_due_column(self) -> None:
        """ "Inv. No." and "Payment due" over their values."""
        text = "INVOICE\nInv. No.  Date of issue  Payment due\nA1052-C  2025-10-24  2025-12-23\n"
        assert document_number(text, "invoice") == "A1052-C"
        roles = {d["value"]: d["role"] for d in dates_with_roles(text)}
        assert roles == {"2025-10-24": "issue", "2025-12-23": "due"}
        assert key_figures("Fee paid  CHF 2.50\n", "receipt")["total"]["amount"] == 2.5

    def test_a_field_under_the_row_of_values_keeps_it_one_row(self) -> None:
        """A boxed row of details followed by "Terms  Net 30" (a label and its value) is
        still the only row under its labels; a second transaction is not."""
        text = (
            "Kettle Creek Signs LLC\n\nInvoice No.  Issued  Payment Due\n"
            "KC-4471  Jun 2, 2026  Jul 2, 2026\nTerms  Net 30\nCustomer ID  88120\n"
        )
        roles = {d["value"]: d["role"] for d in dates_with_roles(text)}
        assert roles == {"2026-06-02": "issue", "2026-07-02": "due"}
        listed = "Date  Payee  Amount\n2026-01-03  Rent  950.00\n2026-01-05  Wages  300.00\n"
        assert {d["role"] for d in dates_with_roles(listed)} == {None}

    def test_a_transactions_date_column_gives_no_role(self) -> None:
        """Under "Date" with more rows following, a date is a transaction's."""
        text = (
            "Date        Description     Amount\n"
            "2026-01-03  Rent   -950.00\n2026-01-05  Pay  3000.00\n"
        )
        assert {d["role"] for d in dates_with_roles(text)} == {None}


class TestDateConventions:
    def test_dashed_and_day_first_currencies(self) -> None:
        """Dashed numeric dates are read like slashed ones; Australian dollars write the
        day first."""
        assert date_spans("Invoice Date: 06-06-2025")[0][3] == "2025-06-06"
        assert date_spans("Date 10/06/2026, total AUD 12.00")[0][3] == "2026-06-10"
        assert date_spans("Date 10/06/2026, total $12.00")[0][3] == "2026-10-06"
        assert date_spans("ref 12-34-2025-x") == []


class TestReceiptsBeyondTheTill:
    FUEL = (
        "NORTHWAY PETROLEUM\n2025-03-02  14:10\nTrans. no. 522837\nPump 4 Diesel\n"
        "  45,23 l @ 1,759/l  79,56\nCoffee to go  2,80\nTOTAL  82,36 €\nVISA **** 1234\n"
    )

    def test_a_rate_line_under_its_item(self) -> None:
        """A pump's line over "litres @ rate  amount" is one item, the rate to a tenth of a
        cent; the slip's "Trans. no." is its number."""
        analysis = analyze(self.FUEL)
        assert analysis["keyFigures"]["documentNumber"] == "522837"
        assert rows(self.FUEL) == [
            ("Pump 4 Diesel", 45.23, 1.759, 79.56),
            ("Coffee to go", None, None, 2.8),
        ]
        assert analysis["warnings"] == []

    @pytest.mark.parametrize(
        "rate_line", ["45 1@1.845/l  83.03", "45 1 @1.845/11  83.03", "45 I @ 1.845/1  83.03"]
    )
    def test_a_rate_line_as_ocr_reads_the_litre(self, rate_line: str) -> None:
        """A photographed slip's "l" (litre) read as "1", "I" or "11": still litres at a rate."""
        text = (
            f"NORTHWAY PETROLEUM\n2025-03-02  14:10\nPump 10 Unleaded\n{rate_line}\n"
            "TOTAL  83.03\nVISA **** 1234\n"
        )
        assert rows(text) == [("Pump 10 Unleaded", 45.0, 1.845, 83.03)]

    def test_an_explicit_count_line_beats_a_count_in_the_name(self) -> None:
        """ "2 x 2.65" above "Eggs x6  5.30": two packs, not six eggs."""
        text = "Shop\nReceipt 12\n2 x 2.65\nFree-range eggs x6 5.30\nBread 1.00\nTOTAL 6.30\n"
        assert rows(text)[0][1:] == (2.0, 2.65, 5.3)

    @pytest.mark.parametrize(
        ("text", "number"),
        [("Trip ID: F52687768", "F52687768"), ("Ticket 1230389", "1230389"),
         ("Folio no.: 930075", "930075"), ("Ticket price 12.00", None)],
    )  # fmt: skip
    def test_trip_ticket_and_folio_numbers(self, text: str, number: str | None) -> None:
        assert document_number(text, "receipt") == number

    def test_paid_receipts_are_receipts_dated_when_paid(self) -> None:
        """ "Amount paid" and "Date paid" make a receipt (beside an invoice number) and date
        it; a hotel folio is dated at departure."""
        text = (
            "Receipt from Larkspur Fonts LLC\n\nAmount paid: $147.00\nDate paid: 2025-06-22\n"
            "Payment method: VISA **** 4242\nReceipt number: 1729-3904\n"
            "Invoice number: INV-93603\n\nDescription  Qty  Unit price  Amount\n"
            "Team plan  3  $49.00  $147.00\n"
        )
        analysis = analyze(text)
        assert analysis["documentType"] == "receipt"
        assert analysis["keyFigures"]["documentNumber"] == "1729-3904"
        assert analysis["keyFigures"]["issueDate"] == "2025-06-22"
        assert analysis["keyFigures"]["vendor"] == "Larkspur Fonts LLC"
        folio = "Guest folio\nFolio no.: 930075\nDeparture: 23.04.2025\n"
        assert dates_with_roles(folio)[0]["role"] == "issue"


class TestVendorLabel:
    def test_vendor_under_its_label_in_a_two_column_header(self) -> None:
        """A purchase order's "Vendor:" heading a column names the supplier below it."""
        text = (
            "Lindenhof Kliniken GmbH\n\nPurchase Order\n\n"
            "Vendor:                      P.O. #: PO-34135\n"
            "Brackwater Systems Inc.      Date: 27.07.2025\n"
        )
        assert analyze(text)["keyFigures"]["vendor"] == "Brackwater Systems Inc."


class TestProofsOfPayment:
    def test_a_payment_confirmation_is_a_receipt(self) -> None:
        """ "We have received your payment of ..." with its reference: a receipt, its total
        the sum paid, its number the payment's reference, not the invoice it settles."""
        text = (
            "Subject: Payment confirmation\nDate: 2025-04-02\n\nDear Rhys, we have received "
            "your payment of £2,067.58 for invoice INV-4411. Thank you.\n\n"
            "Payment reference: PAY-321916\nPayment method: VISA **** 1234\n"
        )
        analysis = analyze(text)
        assert analysis["documentType"] == "receipt"
        assert analysis["keyFigures"]["total"] == {"amount": 2067.58, "currency": "GBP"}
        assert analysis["keyFigures"]["documentNumber"] == "PAY-321916"

    def test_rent_receipt_in_a_sentence(self) -> None:
        """ "Received from A the sum of ..." under a bare "No.:" label; the title is no shop."""
        text = (
            "Rent Receipt\n\nNo.: 200\nDate: 12/03/2026\n\nReceived from Colm Brennan the sum "
            "of £650.00 being rent for 14 Alder Court for March 2026.\n\nReceived by: Gwen Tudor\n"
        )
        analysis = analyze(text)
        assert analysis["documentType"] == "receipt"
        assert analysis["keyFigures"]["documentNumber"] == "200"
        assert analysis["keyFigures"]["total"]["amount"] == 650.0
        assert "vendor" not in analysis["keyFigures"]

    def test_a_till_slip_headed_tax_invoice_is_a_receipt(self) -> None:
        """EFTPOS and an approval outweigh a "TAX INVOICE" heading."""
        text = (
            "BELLBIRD HARDWARE\nABN 12 004 085 616\nTAX INVOICE\n2026-02-01 10:14\n"
            "Receipt 448812\nMasking tape  4.50\nPaint roller  12.00\nTOTAL  AUD 16.50\n"
            "Includes GST  1.50\nEFTPOS  16.50\nAPPROVED\n"
        )
        assert analyze(text)["documentType"] == "receipt"

    def test_donation_date_received(self) -> None:
        text = "Donation receipt\nReceipt no.: D-11873\nDate received: 18/11/2025\n"
        assert dates_with_roles(text)[0]["role"] == "issue"


class TestMoreNumbers:
    @pytest.mark.parametrize(
        ("text", "kind", "number"),
        [
            ("INVOICE 2026-0042\nDate: 2026-01-02", "invoice", "2026-0042"),
            ("Invoice: #10042", "invoice", "10042"),
            ("Ref.: ABC-1234", "form", "ABC-1234"),
            ("Bill No. 7781", "invoice", "7781"),
            ("Invoice 100% paid", "invoice", None),
            ("Invoice 3 items", "invoice", None),
            ("Quittung Nr. 4411", "receipt", "4411"),
            ("Our ref: AB/1234\nDear Ms Lane,", "letter", None),
            ("Our records show that invoice INV-2295 remains unpaid.", "letter", None),
            ("Ticket 1230389 was raised about the outage.", "report", None),
        ],
    )
    def test_titles_and_labels(self, text: str, kind: str, number: str | None) -> None:
        """A title followed by its number, "#" before it, "Ref.:", "Bill No."; a letter's
        reference or a ticket a report mentions is not the document's number."""
        assert document_number(text, kind) == number

    def test_a_bare_account_label_needs_a_digit(self) -> None:
        text = "Account: Savings\nAccount: 12-3456-7890123-00\n"
        assert key_figures(text, "statement")["accountNumber"] == "12-3456-7890123-00"


class TestOcrTolerance:
    def test_split_decimals_and_header_words(self) -> None:
        """OCR's "460 ,00" is one amount and "Qu antity" the quantity header; an unreadable
        first row does not end the table."""
        assert parse_money("460 ,00") == Money(460.0, None)
        assert header_role("Qu antity") == "quantity"
        text = (
            "INVOICE\nInvoice no: F-1127\nItem description  Qty.  Net Amount\n"
            "Oak veneer sheet  1O  46O ,OO x\nLED panel 60x60  8  475,20\n"
            "Bolts (box of 100)  10  111,60\nSubtotal  586,80 €\n"
        )
        assert [r[0] for r in rows(text)] == ["LED panel 60x60", "Bolts (box of 100)"]


class TestRowsThatAreNotItems:
    def test_a_page_footer_inside_a_table(self) -> None:
        """ "Page 1 of 2" between a table's rows on two pages is no row."""
        text = (
            "INVOICE\nInvoice no: 77\nItem  Qty  Unit price  Amount\n"
            "Valve overhaul  4  $36.50  $146.00\nPage 1 of 2\n"
            "Calibration  5  $36.50  $182.50\nTotal: $328.50\n"
        )
        assert [r[0] for r in rows(text)] == ["Valve overhaul", "Calibration"]

    def test_a_statement_row_date_is_no_count(self) -> None:
        """A headerless statement row "4 January 2025 Standing order -50,56": the day is no
        quantity and the date no part of the description."""
        text = (
            "Account statement\nStatement date: 31.01.2025\n"
            "4 January 2025 Standing order -50,56\n5 January 2025 Transfer -410,07\n"
            "Closing balance 1.234,00 EUR\n"
        )
        assert rows(text) == [
            ("Standing order", None, None, -50.56),
            ("Transfer", None, None, -410.07),
        ]
