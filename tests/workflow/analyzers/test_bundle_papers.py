"""Papers that travel together and how each is told apart: an export's packing list behind
its commercial invoice, a supplier's acknowledgement of a customer's order, an employer's
reference addressed to no one by name, and an employee's expense claim."""

from __future__ import annotations

import pytest

from support.section_ranges import kinds
from workflow.analyzers.classify import classify
from workflow.analyzers.docnumbers import document_number


class TestShippingPapers:
    def test_a_packing_list_quoting_the_invoice_is_a_document_of_its_own(self) -> None:
        """The packing list names the invoice it goes with ("Invoice ref"): that is no title
        and no number of its own, so the page is not the invoice's second page."""
        pages = [
            [
                "EXPORT INVOICE",
                "Shipper:  Norrland Valves AB",
                "Invoice number  EX-7731",
                "Date  12 May 2026",
                "Description  Qty  Unit price  Amount",
                "Ball valve DN50  4  85.00  340.00",
                "Total value  USD 340.00",
            ],
            [
                "Norrland Valves AB",
                "Packing List",
                "List no.  PK-2201",
                "Invoice ref:  EX-7731",
                "Carton  Contents  Gross kg",
                "1  Ball valve DN50  18.5",
                "Number of cartons: 1",
            ],
        ]
        assert kinds(pages) == [("invoice", [1, 1]), ("other", [2, 2])]

    def test_the_invoice_a_delivery_paper_quotes_is_not_its_number(self) -> None:
        text = "Harwick Cables Ltd\nDISPATCH NOTE\nInvoice no: 55120\nDispatched 3 carton(s)\n"
        assert document_number(text, "other") is None
        assert document_number(text, "invoice") == "55120"


class TestOrderAcknowledgements:
    @pytest.mark.parametrize(
        "title", ["ORDER ACKNOWLEDGEMENT", "Sales Order Acknowledgment", "SALES ORDER CONFIRMATION"]
    )
    def test_the_suppliers_answer_to_a_purchase_order_is_other(self, title: str) -> None:
        """It quotes "your purchase order" and thanks for the order, but it neither orders
        (a purchase order is the buyer's) nor proves a payment (a receipt)."""
        text = (
            f"Fennimore Tools Inc.\n88 Foundry St, Akron, OH 44308\n{title}\n"
            "Our ref:  SO-4410\nYour PO:  7781-B\nThank you for your order.\n"
            "We confirm the items on your purchase order at the agreed prices; they will ship "
            "within five working days.\n"
        )
        assert classify(text).document_type == "other"

    def test_a_web_shops_order_confirmation_is_still_a_receipt(self) -> None:
        text = (
            "Order confirmation\nThanks for your order, Dana!\nOrder #88213\n"
            "Paid with Visa ending in 1881\nOrder total  $64.20\n"
        )
        assert classify(text).document_type == "receipt"

    def test_a_purchase_order_naming_itself_stays_one(self) -> None:
        text = (
            "Kestrel Dental Group Ltd\nPURCHASE ORDER\nPO Number: 30412\nVendor:\n"
            "Arden Medical Supplies\nShip to: Kestrel Dental, Leeds\n"
            "Please quote our purchase order number on your invoice.\nOrder total  £412.00\n"
        )
        assert classify(text).document_type == "purchase_order"


class TestLettersToNoOneByName:
    def test_a_reference_mentioning_a_contract_is_a_letter(self) -> None:
        """An employer confirms a member of staff's employment "on a permanent contract":
        greeted "To whom it may concern" and signed off, it is a letter."""
        text = (
            "Osprey Logistics Ltd\n2 Dock Road, Hull HU1 1AA\n9 March 2026\n"
            "To whom it may concern,\n"
            "This is to confirm that Ms Jade Morley has worked for us on a permanent, full-time "
            "contract since 2021 and earns £38,500.00 a year.\n"
            "Kind regards,\nAlan Firth\nHR Manager\n"
        )
        assert classify(text).document_type == "letter"

    def test_it_opens_a_document_in_a_bundle(self) -> None:
        pages = [
            ["Tenancy Application Form", "Applicant:  Jade Morley", "Signature:  Jade Morley"],
            [
                "9 March 2026",
                "To whom it may concern,",
                "Jade Morley has rented from me since 2022 and always paid on time.",
                "Yours faithfully,",
                "Peter Lumb",
            ],
        ]
        assert [pages for _, pages in kinds(pages)] == [[1, 1], [2, 2]]


class TestExpenseClaims:
    @pytest.mark.parametrize(
        ("title", "claimed"),
        [
            ("Expense Report", "Total claimed  £212.40"),
            ("TRAVEL EXPENSE CLAIM", "Amount to be reimbursed  £212.40"),
            ("Reisekostenabrechnung", "Erstattungsbetrag  212,40 €"),
            ("Note de frais", "Total à rembourser  212,40 €"),
        ],
    )
    def test_an_employees_claim_for_expenses_is_a_form(self, title: str, claimed: str) -> None:
        """The employee lists what was spent and asks for it back: a form, however its title
        calls it a report."""
        text = (
            f"Harbour Analytics Ltd\n{title}\nEmployee:  Ravi Kumar\nCost centre:  CC-210\n"
            "Date  Merchant  Amount\n02/03/2026  Rail ticket  96.40\n03/03/2026  Hotel  116.00\n"
            f"{claimed}\nApproved by:\n"
        )
        assert classify(text).document_type == "form"

    def test_a_report_with_findings_stays_a_report(self) -> None:
        text = (
            "Quarterly Operations Report\nExecutive summary\nCosts fell 4% against budget; "
            "travel expenses were the largest saving.\nFindings\nRecommendations\n"
        )
        assert classify(text).document_type == "report"


class TestSupplierStatements:
    def test_a_ledger_dated_year_first_is_a_statement(self) -> None:
        """A wholesaler's statement lists its invoices and credit notes row by row, dated
        "2026/03/02" as Japanese and much accounting software print it: the rows name what
        the statement lists, not what it is, and its aged balance makes it a statement."""
        rows = "\n".join(
            f"2026/03/{day:02d}  INV{4400 + day}  Invoice  {day * 41.5:.2f}  {day * 90.25:,.2f}"
            for day in range(2, 24, 3)
        )
        text = (
            "Brightford Paper Supplies Ltd\nSTATEMENT OF ACCOUNT\n"
            "Kellaway Print Ltd  Account: KEL210\n"
            f"Date  Reference  Details  Debit  Credit  Balance\n{rows}\n"
            "Current  30 days  60 days  90+ days\n1,985.50  0.00  0.00  0.00\n"
            "Balance due:  GBP 1,985.50\n"
        )
        assert classify(text).document_type == "statement"


class TestTillNumbers:
    def test_a_tills_transaction_counter_numbers_the_receipt(self) -> None:
        text = (
            "Northgate Pharmacy\nTOTAL  £12.48\nVISA DEBIT  12.48\n14/03/2026 10:12\n"
            "Trans 4471  Till 3  Op 22\n"
        )
        assert document_number(text, "receipt") == "4471"
