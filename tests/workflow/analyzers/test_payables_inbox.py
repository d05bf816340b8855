"""Papers an accounts-payable inbox receives besides invoices: a supplier's payment reminder
(a letter numbered by its reminder, not by the invoices it chases), a payer's remittance
advice (numbered by its payment), a courier's duty and tax notice (a bill)."""

from __future__ import annotations

from support.key_figures import analysis_of, figures_of

_REMINDER = (
    "Harrow Valve Supplies Ltd\n8 Mill Lane, Leeds LS2 7QT\ncredit.control@harrow.example\n"
    "Penrose Dairy Ltd  Date  2 March 2026\n"
    "Accounts Payable  {label}  {ref}\n"
    "Customer no.  418207\n"
    "{title}\n"
    "Dear Sir or Madam,\n"
    "Our records show that the following invoices are overdue.\n"
    "Invoice no.  Invoice date  Due date  Days overdue  Outstanding GBP\n"
    "311842  4 December 2025  3 January 2026  58  1,204.50\n"
    "312907  9 December 2025  8 January 2026  53  388.20\n"
    "Total overdue:  1,592.70 GBP\n"
    "Please arrange payment by 12 March 2026.\n"
    "Yours faithfully,\nMara Quinn\nCredit Control\nHarrow Valve Supplies Ltd\n"
)


class TestPaymentReminder:
    def test_a_final_notice_is_a_letter_numbered_by_its_reminder(self) -> None:
        """A final notice listing overdue invoices is a letter whose number is its
        "Reminder no.", never the first invoice it chases."""
        text = _REMINDER.format(label="Reminder no.", ref="R26-70431", title="FINAL NOTICE")
        analysis = analysis_of(text)
        assert analysis["documentType"] == "letter"
        assert analysis["keyFigures"].get("documentNumber") == "R26-70431"

    def test_a_friendly_reminder_by_the_senders_reference(self) -> None:
        """A reminder with the sender's reference ("Our ref") is numbered by it."""
        text = _REMINDER.format(label="Our ref", ref="AR/QM/5120", title="Friendly reminder")
        analysis = analysis_of(text)
        assert analysis["documentType"] == "letter"
        assert analysis["keyFigures"].get("documentNumber") == "AR/QM/5120"


class TestRemittanceAdvice:
    def test_numbered_by_its_payment(self) -> None:
        """A remittance advice's own number is its "Payment number", not the supplier's
        invoices it settles."""
        text = (
            "Crane & Oakes Fabrication Ltd\nAccounts Payable\n12 Kiln Road, Derby DE1 3AA\n\n"
            "Tamworth Gaskets Ltd\n4 Canal Street, Nottingham NG1 7EH\n\n"
            "Payment number: BAC-220871\nPayment date: 14 May 2026\nPayment method: BACS\n"
            "Supplier no.: 507113\nAmount paid: 2,410.00 GBP\n\nREMITTANCE ADVICE\n\n"
            "Your invoice       Invoice date      Gross   Discount       Paid\n"
            "TG40127        2 April 2026   1,610.00       0.00   1,610.00\n"
            "TG40188        9 April 2026     800.00       0.00     800.00\n\n"
            "Total: 2,410.00 GBP\n"
        )
        analysis = analysis_of(text)
        assert analysis["documentType"] == "other"
        assert analysis["keyFigures"].get("documentNumber") == "BAC-220871"


class TestDutyAndTaxNotice:
    def test_a_couriers_notice_is_a_bill_from_the_courier(self) -> None:
        """A courier's notice of the import duty and VAT it paid for the customer bills
        them: an invoice, its vendor the courier's letterhead."""
        text = (
            "Kestrel Parcel Lines Ltd\nDuties and taxes\n"
            "Orla Textiles Ltd  Notice number  771-2093385\n"
            "9 Quay Street, Galway  Date  3 June 2026\n"
            "Waybill  5810077312\nCustoms entry (MRN)  26IE000123456789\n"
            "Pay by  10 June 2026\n"
            "We have paid import duty and VAT to customs on your behalf for shipment "
            "5810077312.\n"
            "Description  Amount\nImport duty  81.20\nImport VAT  402.77\n"
            "Disbursement / clearance fee  25.00\nTotal payable:  EUR 508.97\n"
        )
        analysis = analysis_of(text)
        assert analysis["documentType"] == "invoice"
        assert analysis["keyFigures"].get("vendor") == "Kestrel Parcel Lines Ltd"
        assert analysis["keyFigures"].get("documentNumber") == "771-2093385"


class TestDatesAndSigns:
    def test_an_early_payment_deduction_by_its_sum(self) -> None:
        """A deduction "if paid by DATE1; otherwise the full amount is due by DATE2": the
        discount's deadline is no due date, DATE2 is."""
        text = (
            "Fenwick Tooling Inc.\nINVOICE\nInvoice No.: FT-88213\nInvoice date: Mar 2, 2026\n"
            "Total Due: 1,500.00 USD\n"
            "Terms 2/10 Net 30: deduct 30.00 USD if paid by Mar 12, 2026; otherwise the full "
            "amount is due by Apr 1, 2026.\n"
        )
        assert figures_of(text).get("dueDate") == "2026-04-01"

    def test_a_revised_order_keeps_its_order_date(self) -> None:
        """A revised purchase order's "Revision Date" under its "PO Date" is no issue date."""
        text = (
            "Ashdown Foods Ltd\nPURCHASE ORDER  PO Number  7730114\n"
            "PO Date  11/03/2026\nRevision Date  24/03/2026\nVendor No.  552190\n"
            "Item  Description  Qty  Unit price  Net value\n"
            "00010  Carton 400 x 300  40  2.10  84.00\nTotal  EUR 84.00\n"
        )
        assert figures_of(text).get("issueDate") == "2026-03-11"

    def test_a_folio_is_dated_by_departure_not_arrival(self) -> None:
        """A hotel folio's arrival day is the stay's start, no issue date."""
        text = (
            "The Wharf Hotel Bristol\nFolio No.  551902\nRoom  212\n"
            "Arrival  3 Mar 2026\nDeparture  5 Mar 2026\nGuest Receipt\n"
            "Date  Description  Charges\n3 Mar 2026 Accommodation  120.00\n"
            "4 Mar 2026 Accommodation  120.00\nTotal charges:  240.00 GBP\n"
        )
        assert figures_of(text).get("issueDate") == "2026-03-05"

    def test_an_english_agreements_slashed_dates_are_day_first(self) -> None:
        """An agreement naming no money but governed by the laws of England and Wales writes
        its slashed dates day first."""
        text = (
            "MUTUAL NON-DISCLOSURE AGREEMENT\nThis Agreement is entered into as of 04/09/2026 "
            '(the "Effective Date"). It is made between Brook Lane Ltd and Tarn Systems Ltd.\n'
            "1. Term\nThis Agreement remains in force until 03/09/2028.\n"
            "3. Governing law\nThis Agreement is governed by the laws of England and Wales.\n"
        )
        figures = figures_of(text)
        assert figures.get("effectiveDate") == "2026-09-04"
        assert figures.get("endDate") == "2028-09-03"

    def test_a_credit_memos_minus_before_its_currency_code(self) -> None:
        """A minus before the code, "Total: -GBP 120.00", is negative, as printed (a credit
        note's total keeps its sign)."""
        text = (
            "Quillon Software Inc.\nCredit Memo No.  CN7781022\nDate  4 May 2026\nCREDIT MEMO\n"
            "Subtotal: GBP 100.00\nVAT 20%: GBP 20.00\nTotal: -GBP 120.00\n"
        )
        assert figures_of(text).get("total") == {"amount": -120.0, "currency": "GBP"}


def test_a_reminder_asking_no_day_has_no_due_date() -> None:
    """A reminder that asks for payment "within 7 days" has no due date of its own: the due
    dates in its table are the overdue invoices'."""
    text = _REMINDER.format(label="Reminder no.", ref="R26-70431", title="Payment reminder")
    text = text.replace("Please arrange payment by 12 March 2026.", "Please pay within 7 days.")
    figures = figures_of(text)
    assert figures.get("dueDate") is None
    assert figures.get("issueDate") == "2026-03-02"
