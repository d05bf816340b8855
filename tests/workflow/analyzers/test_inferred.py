"""Key figures inferred where no label names them (workflow.analyzers.inferred): by where
and how they stand, only for what the labels left unread."""

from __future__ import annotations

from typing import Any

from support.key_figures import figures_of
from workflow.analyzers.dateroles import dates_with_roles
from workflow.analyzers.inferred import infer_missing
from workflow.analyzers.money import find_amounts


def inferred(text: str, document_type: str, **known: Any) -> dict[str, Any]:
    figures = dict(known)
    where: dict[str, int] = {}
    infer_missing(
        text,
        document_type,
        dates=dates_with_roles(text),
        amounts=find_amounts(text),
        figures=figures,
        where=where,
    )
    assert set(where) >= set(figures) - set(known), "every inferred figure cites its place"
    return figures


class TestIssueDate:
    def test_an_unlabelled_date_in_the_head_is_the_issue_date(self) -> None:
        text = (
            "Kestrel Outdoor Inc.\n\nHi Theo, thank you for your order!\n\n"
            "Order number: W45347081\nPlaced on 13-Jul-2026\n\n"
            "Loose leaf Assam 250 g  Qty: 1  £11.25\n\nTotal paid  £11.25\n"
        )
        assert figures_of(text)["issueDate"] == "2026-07-13"

    def test_a_date_a_sentence_mentions_is_not_it(self) -> None:
        text = "Report\n\nPrepared by Contoso Logistics for the board meeting on April 14, 2026.\n"
        assert "issueDate" not in inferred(text, "invoice")

    def test_a_range_and_a_table_row_are_not_it(self) -> None:
        text = (
            "Account statement\nStatement period: 01.09.2026 - 30.09.2026\n\n"
            "Date          Description          Amount\n"
            "03.09.2026    Card payment         -45,10\n"
        )
        assert "issueDate" not in inferred(text, "statement")

    def test_never_after_the_due_date(self) -> None:
        text = "Invoice 2026-9\nLieferung 04.05.2026\n"
        assert "issueDate" not in inferred(text, "invoice", dueDate="2026-04-30")

    def test_a_contract_is_dated_by_its_term(self) -> None:
        text = "Service agreement\n\nSigned 3 March 2026\n"
        assert "issueDate" not in inferred(text, "contract")


class TestTotal:
    def test_the_largest_amount_of_an_invoice(self) -> None:
        text = (
            "Widget  2  EUR 10.00  EUR 20.00\nGadget  1  EUR 5.00  EUR 5.00\n\nBedrag:  EUR 25.00\n"
        )
        total = inferred(text, "invoice")["total"]
        assert total == {"amount": 25.0, "currency": "EUR"}

    def test_not_when_the_largest_amount_is_a_row(self) -> None:
        text = "Widget  2  EUR 37.00  EUR 74.00\n"
        assert "total" not in inferred(text, "invoice")

    def test_not_a_receipt_whose_cash_tendered_is_larger(self) -> None:
        text = "Bread  EUR 2.50\nCash  EUR 5.00\nChange  EUR 2.50\n"
        assert "total" not in inferred(text, "receipt")


class TestDocumentNumber:
    def test_any_label_ending_as_number_labels_end(self) -> None:
        text = "Halvorsen AS\nKunden-Nr. 4411\nVorgangs-Nr. VG-2026-118\n"
        figures = inferred(text, "invoice")
        assert figures["documentNumber"] == "VG-2026-118"
        assert figures["invoiceNumber"] == "VG-2026-118"

    def test_a_label_in_a_right_hand_column(self) -> None:
        """The label stands in a column of details beside a long sender line; the first
        cell's own label still comes first."""
        text = (
            "Oskarsson Maskin AB · Industrigatan 4 · 41104 Göteborg · Sweden  Verk-Nr.:  VK-7731\n"
            "Datum:  04.02.2027\n"
        )
        assert inferred(text, "invoice")["documentNumber"] == "VK-7731"
        first = "Order Nr. 5512  Kunden-Nr. 99871\n"
        assert inferred(first, "purchase_order")["documentNumber"] == "5512"

    def test_someone_elses_numbers_are_not_it(self) -> None:
        text = "Acme Ltd\nVAT No. GB123456789\nTel. No. 0207 946 0000\nCustomer ref: C-1182\n"
        assert "documentNumber" not in inferred(text, "invoice")

    def test_a_companys_registration_and_licence_numbers_are_not_it(self) -> None:
        """A footer's company registration, a contractor's licence, an employer's or a bank's
        routing number, a VAT id ("Registered in England & Wales No.", "Contractor Lic. #",
        "EIN", "ABA", "UID Nr.") identify the business, not the paper."""
        for footer in (
            "Fenwick & Hale Ltd  Registered in England & Wales No. 07256670  Barclays Bank",
            "Bayview Print Works LLC  Contractor Lic. #224724  ABA 466458565",
            "Bayview Print Works LLC  License No. 224724",
            "Helder Bouw B.V.  Handelsregister-Nr. 81234567",
            "Fenwick & Hale Ltd  Registration No. 07256670",
            "Summit Roofing Inc.  EIN No. 57-2744294",
            "UID Nr.: DE887741473",
            "USt-IdNr.: DE887741473",
        ):
            assert "documentNumber" not in inferred(f"Statement\n{footer}\n", "statement"), footer

    def test_a_purchase_orders_own_order_number(self) -> None:
        assert inferred("Acme\nOrder No. 88123\n", "purchase_order")["documentNumber"] == "88123"

    def test_not_on_a_letter(self) -> None:
        assert "documentNumber" not in inferred("Dear Ann,\nRef. No. 2026/44\n", "letter")
