"""Rules that generalise: documents of kinds and conventions the evaluation set's templates do
not print (order e-mails, IBANs and card numbers, credit notes, Net 30 terms, European
numbers and dates, minutes headings and attendee lists)."""

from __future__ import annotations

from typing import Any

from support.business_documents import (
    BANK_STATEMENT,
    BOARD_MINUTES,
    CARD_STATEMENT,
    CREDIT_NOTE,
    NET_30_INVOICE,
    ORDER_EMAIL,
)
from workflow.analyzers import OfflineAnalyzer


def analyze(text: str) -> dict[str, Any]:
    return OfflineAnalyzer().analyze(text, media_type="message/rfc822", filename="doc")


def people(analysis: dict[str, Any]) -> list[tuple[str, str]]:
    parties = analysis["entities"]["parties"]
    return [(p["name"], p["role"]) for p in parties if p["kind"] == "person"]


class TestOrderConfirmationEmail:
    def test_is_a_receipt_with_its_order_number(self) -> None:
        """ "Your order confirmation" from a shop is a receipt; the order number is its
        number; the sender's address is not part of its name; a European total and date."""
        analysis = analyze(ORDER_EMAIL)
        figures = analysis["keyFigures"]
        assert analysis["documentType"] == "receipt"
        assert figures["documentNumber"] == "HB-100234"
        assert figures["total"] == {"amount": 67.6, "currency": "EUR"}
        assert figures["issueDate"] == "2026-10-05"
        assert figures["vendor"] == "Harbour Books GmbH"
        assert people(analysis) == [("Maria Chen", "recipient")]

    def test_a_bare_price_column_is_the_rows_amount_when_the_sums_say_so(self) -> None:
        """Qty 2 at "€19,80": the subtotal adds up only if 19,80 is the row's amount."""
        rows = [(i["description"], i["quantity"], i["unitPrice"], i["amount"])
                for i in analyze(ORDER_EMAIL)["lineItems"]]  # fmt: skip
        assert rows == [
            ("The Pragmatic Programmer", 1.0, 42.9, 42.9),
            ("Moleskine notebook", 2.0, 9.9, 19.8),
        ]


class TestStatements:
    def test_a_bank_statement_is_known_by_its_iban(self) -> None:
        """No statement number: the account's IBAN, as printed, is the number; a transaction
        row's leading date is not the statement's date, its period's end is."""
        analysis = analyze(BANK_STATEMENT)
        figures = analysis["keyFigures"]
        assert figures["documentNumber"] == "DE44 5001 0517 5407 3249 31"
        assert figures["accountNumber"] == figures["documentNumber"]
        assert figures["total"] == {"amount": 3209.55, "currency": "EUR"}
        assert figures["issueDate"] == "2026-09-30"
        assert [i["amount"] for i in analysis["lineItems"]] == [-45.1, 2500.0, -89.35]

    def test_a_card_statement_and_its_holder(self) -> None:
        """A masked card number; the cardholder is the account holder."""
        analysis = analyze(CARD_STATEMENT)
        assert analysis["documentType"] == "statement"
        assert analysis["keyFigures"]["documentNumber"] == "XXXX XXXX XXXX 1234"
        assert analysis["keyFigures"]["dueDate"] == "2026-10-30"
        assert ("Priya Patel", "account holder") in people(analysis)

    def test_a_statement_number_wins_over_the_account(self) -> None:
        """A statement that prints its own number keeps it."""
        text = BANK_STATEMENT.replace(
            "ACCOUNT STATEMENT\n", "ACCOUNT STATEMENT\nStatement no.: 9/2026\n"
        )
        assert analyze(text)["keyFigures"]["documentNumber"] == "9/2026"


class TestInvoices:
    def test_credit_note(self) -> None:
        """A credit note is a bill's kind: its number and "Total credit" are read."""
        analysis = analyze(CREDIT_NOTE)
        assert analysis["documentType"] == "invoice"
        assert analysis["keyFigures"]["documentNumber"] == "CN-2026-014"
        assert analysis["keyFigures"]["total"] == {"amount": 250.0, "currency": "EUR"}

    def test_net_30_sets_the_due_date(self) -> None:
        """ "Net 30" and a US issue date (10/05/2026): due 30 days later, cited at the terms."""
        analysis = analyze(NET_30_INVOICE)
        assert analysis["keyFigures"]["issueDate"] == "2026-10-05"
        assert analysis["keyFigures"]["dueDate"] == "2026-11-04"
        assert analysis["evidence"]["dueDate"]["text"].startswith("Net 30")


class TestMinutes:
    def test_meeting_date_in_the_heading_and_people_present(self) -> None:
        """The date in the title line is the meeting's; "Present: A (Chair), B, C" lists
        attendees, apologies the absent."""
        analysis = analyze(BOARD_MINUTES)
        assert analysis["documentType"] == "minutes"
        assert analysis["keyFigures"]["issueDate"] == "2026-03-12"
        assert people(analysis) == [
            ("Maria Chen", "attendee"), ("Thomas Reed", "attendee"), ("Aisha Bello", "attendee"),
            ("Jonas Weber", "absent"), ("Sofia Rossi", "secretary"),
        ]  # fmt: skip


class TestReceiptsAndDates:
    def test_a_cafe_bill_counts_and_a_pound_date(self) -> None:
        """ "2 Cappuccino  7.00" is two at 3.50; 05/10/2026 on a bill in pounds is 5 October."""
        analysis = analyze(
            "BLUE DOOR CAFE\n12 Harbour Way, Bristol\n05/10/2026 09:42\n"
            "2 Cappuccino          7.00\n1 Croissant           2.80\n"
            "Subtotal              9.80\nVAT 20%               1.96\nTotal                11.76\n"
            "Card payment       GBP 11.76\n"
        )
        assert analysis["keyFigures"]["issueDate"] == "2026-10-05"
        items = analysis["lineItems"]
        assert [(i["description"], i["quantity"], i["unitPrice"]) for i in items] == [
            ("Cappuccino", 2.0, 3.5), ("Croissant", 1.0, 2.8),
        ]  # fmt: skip

    def test_a_count_after_the_item(self) -> None:
        """ "Wireless mouse x1", "HDMI cable x2" in an order e-mail's list."""
        analysis = analyze(
            "Subject: Order #NW-88213 confirmed\nOrder date: October 5, 2026\n"
            "Wireless mouse x1 $24.99\nHDMI cable x2 $15.98\nOrder total: $40.97\n"
            "Payment: Visa ending in 4821\n"
        )
        assert [(i["description"], i["quantity"], i["amount"]) for i in analysis["lineItems"]] == [
            ("Wireless mouse", 1.0, 24.99), ("HDMI cable", 2.0, 15.98),
        ]  # fmt: skip

    def test_the_texts_own_dates_decide_the_order(self) -> None:
        """One date 25/09/2026 shows the text is day-first: 05/10/2026 is 5 October, in
        dollars too; without such evidence a dollar text reads month-first."""
        text = "INVOICE\nInvoice date: 05/10/2026\nDelivered: 25/09/2026\nTotal due: $10.00\n"
        assert analyze(text)["keyFigures"]["issueDate"] == "2026-10-05"
        us = "INVOICE\nInvoice date: 05/10/2026\nTotal due: $10.00\n"
        assert analyze(us)["keyFigures"]["issueDate"] == "2026-05-10"
