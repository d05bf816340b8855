"""A letter is told by its shape: greeted, closed and naming no sum, it is a letter whatever
documents it encloses or mentions (a statement, an invoice, a claim)."""

from __future__ import annotations

from workflow.analyzers.classify import classify


class TestCoverLetters:
    def test_a_supplier_covering_its_statement(self) -> None:
        """ "Statement of account" as its subject, the statement enclosed: still a letter."""
        text = (
            "Holloway Timber Supplies Ltd\n\nAccounts Payable  3 March 2026\n"
            "Marsh Lane Builders Ltd\n\nStatement of account\n\nDear Sir or Madam,\n"
            "Please find your statement of account enclosed. The statement shows two items\n"
            "past their terms.\n\nYours faithfully,\n\nNina Pryce\n"
        )
        assert classify(text).document_type == "letter"

    def test_a_broker_enclosing_an_invoice_in_german(self) -> None:
        """ "anbei die Rechnung ... und die Gutschrift": a covering letter, not the invoice."""
        text = (
            "Versicherungsmakler Lenz GmbH\n\nHanse Versicherung AG  04.02.2026\n\n"
            "Schaden 77-1200 - Unterlagen\n\nSehr geehrte Damen und Herren,\n"
            "anbei erhalten Sie die Rechnung der Werkstatt und die Gutschrift zur Rechnung.\n"
            "\nMit freundlichen Grüßen\n\nPaula Lenz\n"
        )
        assert classify(text).document_type == "letter"

    def test_a_statement_that_greets_its_reader_is_read_by_its_words(self) -> None:
        """A statement with a greeting and a close names its balances: its words decide."""
        text = (
            "Carrick Bank plc\nAccount statement\n\nDear Mrs Marsh,\n"
            "Here is your statement for March.\nOpening balance  £1,200.00\n"
            "Closing balance  £1,412.50\n\nYours sincerely,\nCustomer Services\n"
        )
        assert classify(text).document_type == "statement"

    def test_a_mail_confirming_a_payment_is_read_by_its_words(self) -> None:
        """ "we have received your payment of 1,265.60 AUD": a sum named, its words decide."""
        text = (
            "From  Linden Joinery Billing <billing@linden.example>\nSubject  Payment received\n\n"
            "Dear Ana, we have received your payment of 1,265.60 AUD for invoice INV-7020.\n\n"
            "Payment reference  PAY-112233\nBalance remaining  0.00 AUD\n\nKind regards,\n"
            "Accounts team\n"
        )
        assert classify(text).document_type != "letter"
