"""Numbers and sums of everyday papers: a restaurant bill's own check number beside its
table, guests and server ("Check: 5512", "Chk 2207", "Bill No. 77"), never a unit number of
its address; a till's transaction after a colon ("Trans: 7781", "Txn: 0912") under its
store, register and operator; a payment receipt's sum received ("The sum of: $3,150.00")
above the invoices it settles, not the first of them nor the balance left; a currency sign
the font could not draw ("\u25a0") before a figure."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of


def _bill(number_line: str, *, served: str = "Table: 7\nGuests: 2\nServer: Maya\n") -> str:
    return (
        "Juniper Kitchen\n14 Marina View #04-12\nSingapore 018961\n+65 6555 0199\n"
        f"{number_line}\n{served}Date: 3 Mar 2026 19:40\n"
        "Item  Qty  Price\nLaksa  2  24.00\nIced tea  2  7.00\n"
        "Subtotal: S$31.00\nGST: S$2.79\nTOTAL: S$33.79\nThank you!\n"
    )


class TestRestaurantChecks:
    @pytest.mark.parametrize(
        ("number_line", "number"),
        [
            ("Check: 5512", "5512"),
            ("Check:  5512", "5512"),
            ("Chk 2207", "2207"),
            ("Guest check #0815", "0815"),
            ("Bill No. 77", "77"),
        ],
    )
    def test_the_check_beside_the_table_is_the_bills_number(
        self, number_line: str, number: str
    ) -> None:
        """A bill served at a table is numbered by its check, not the address's unit."""
        assert figures_of(_bill(number_line))["documentNumber"] == number

    def test_a_table_and_its_covers_on_one_line_show_the_service(self) -> None:
        """A table and its covers beside each other ("Table 12  Covers 4") show the service."""
        text = _bill("Check: 3318", served="Table 12  Covers 4\n")
        assert figures_of(text)["documentNumber"] == "3318"

    def test_a_cheque_on_a_paper_not_served_at_a_table_is_not_its_number(self) -> None:
        """Without a table's service, "Check: 4471" may be the cheque that paid."""
        text = (
            "Fernhill Joinery Ltd\n8 Quarry Road\nLeeds LS6 2AB\nRECEIPT\n"
            "Date: 12/02/2026\nReceived with thanks\nPayment method\nCheck: 4471\n"
            "Amount: £420.00\n"
        )
        assert figures_of(text).get("documentNumber") != "4471"


class TestTillTransactions:
    @pytest.mark.parametrize("label", ["Trans:", "Txn:", "Transaction:", "Trans: #"])
    def test_the_transaction_after_a_colon_is_the_slips_number(self, label: str) -> None:
        """The store, register, operator and the card's AUTH code are never the number."""
        text = (
            "FreshWay Market\n21 Harbour Street\nWellington 6011\n"
            "Store 512  Reg 3  Op 17\n05/03/2026 10:12\nMILK 2L  3.90\nBREAD  4.20\n"
            "2 ITEMS\nTOTAL $8.10\nEFTPOS $8.10\nCARD  4411\nAUTH 334455  APPROVED\n"
            f"{label} 7781\nThank you for shopping with us\n"
        )
        assert figures_of(text)["documentNumber"] == "7781"


class TestPaymentReceipts:
    def test_the_sum_received_is_the_total_not_an_invoice_paid(self) -> None:
        """The sum received ("The sum of") is the total; the table lists what it settles."""
        text = (
            "Brightwater Plumbing Ltd\n12 Kent Street\nNewcastle NE1 4AB\n\nRECEIPT\n\n"
            "Receipt No.  RC-5120\nDate  02/03/2026\nReceived from  Arden Bakery Ltd\n"
            "The sum of  £3,150.00\nPayment by  Bank transfer\n\n"
            "Being payment of the following invoice(s):\n\n"
            "Invoice  Invoice date  Amount paid\nINV-2231  02/01/2026  2,000.00\n"
            "INV-2298  03/02/2026  1,150.00\n\nBalance outstanding on account: £0.00\n"
        )
        assert figures_of(text)["total"] == {"amount": 3150.0, "currency": "GBP"}

    def test_a_sum_received_labelled_with_a_colon(self) -> None:
        """A "Sum received:" over one invoice paid in full is the receipt's total."""
        text = (
            "Kestrel Couriers Pty Ltd\n3 Wharf Lane\nHobart TAS 7000\nRECEIPT\n"
            "Receipt No.: R-0417\nDate: 09/03/2026\nSum received: $980.00\n"
            "Invoice  Invoice date Amount paid\nINV-8801  01/03/2026  980.00\n"
            "Balance outstanding on account: $0.00\n"
        )
        assert figures_of(text)["total"]["amount"] == 980.0


class TestSignsTheFontCouldNotDraw:
    def test_a_missing_rupee_glyph_leaves_the_figure_in_rupees(self) -> None:
        """A "\u25a0" before each figure is a sign the font lacked; "+91" says rupees."""
        text = (
            "Masala Yard\nPlot 12, Linking Road\nMumbai 400050\n+91 22 5550 0123\n"
            "Check: 6021\nTable: 4\nGuests: 3\nServer: Ravi\nDate: 14/03/2026 20:15\n"
            "Item  Qty  Price\nDal makhani  2  1,180.00\nGarlic naan  4  2,600.00\n"
            "Subtotal:  \u25a03,780.00\nGST:  \u25a0189.00\nTOTAL:  \u25a03,969.00\n"
        )
        assert figures_of(text)["total"] == {"amount": 3969.0, "currency": "INR"}

    def test_a_replacement_character_before_a_figure_is_no_digit(self) -> None:
        """A "\ufffd" before "42.50" is a sign unread, not part of the number."""
        text = (
            "Corner Deli\n310 Pine St\nSeattle, WA 98101\nRECEIPT\nSandwich  \ufffd42.50\n"
            "TOTAL  \ufffd42.50\n"
        )
        assert figures_of(text)["total"] == {"amount": 42.5, "currency": "USD"}
