"""Whose "$" and whose dates: Australian, New Zealand and Indian papers say where they are from
by their address, telephone number and tax line rather than by a currency code."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of
from workflow.analyzers.dollars import day_first_in, local_dollar


class TestCountryEvidence:
    @pytest.mark.parametrize(
        ("text", "dollar"),
        [
            ("Tui Plumbing Ltd\n14 Victoria Street\nHamilton 3204\nTOTAL $88.00\n", "NZD"),
            ("Kauri Books\nPO Box 90\nDunedin, 9016\nTotal $12.00\n", "NZD"),
            ("Koru Cafe\nPh +64 9 555 0101\nTotal $20.00\n", "NZD"),
            ("Koru Cafe\n1 Main Road\nNelson 7010, NZ\nTotal $20.00\n", "NZD"),
            ("Subtotal $100.00\nGST 15%  $15.00\nTotal $115.00\n", "NZD"),
            ("Banksia Hardware\n12 Hay Street\nPerth WA 6000\nTOTAL $71.25\n", "AUD"),
            ("Wattle Deli\n3 George St\nSydney 2000\nTOTAL $9.50\n", "AUD"),
            ("Wattle Deli\nTel +61 2 5550 0101\nTOTAL $9.50\n", "AUD"),
            ("Subtotal $100.00\nGST (10%)  $10.00\nTotal $110.00\n", "AUD"),
        ],
    )
    def test_the_country_a_paper_says_it_is_from(self, text: str, dollar: str) -> None:
        """A New Zealand or Australian town with its four-digit postcode, a "+64"/"+61"
        telephone number or a GST line at the country's rate makes "$" that country's dollar."""
        assert local_dollar(text) == dollar

    @pytest.mark.parametrize(
        "text",
        [
            "Harbor Supply Inc.\n200 Main St\nWellington, FL 33414\nTOTAL $88.00\n",
            "Hamilton Hardware\n12 King St E\nHamilton, ON L8N 1A1\nTOTAL $88.00\n",
            "Conference notes: Sydney 2026 was a success.\nFee $100.00\n",
            "Auckland office, 5th floor\nTOTAL $42.00\n",
            "Sales tax 10%  $10.00\nTotal $110.00\n",
            "Total net:  GBP 100.00\nGST 10%:  GBP 10.00\nFee  $5.00\n",
        ],
    )
    def test_towns_of_the_same_name_elsewhere_keep_their_dollar(self, text: str) -> None:
        """A US town with a five-digit ZIP code, a year after a city's name, a city named
        without its postcode, a sales tax at 10% or a GST rate over no dollar sum say nothing
        about Australia or New Zealand."""
        assert local_dollar(text) in (None, "CAD")

    def test_a_new_zealand_till_reads_its_dates_day_first(self) -> None:
        """A New Zealand till with an Auckland address: "$" is NZD and 09/01/2026 is 9 January."""
        figures = figures_of(
            "Fernleaf Grocer\n9 Cuba Street\nAuckland 1010\nStore 12  Reg 4\n09/01/2026 09:13\n"
            "BREAD  3.50\nMILK  2.90\nTOTAL $6.40\nGST included in total $0.83\n"
        )
        assert figures["total"] == {"amount": 6.4, "currency": "NZD"}
        assert figures["issueDate"] == "2026-01-09"


class TestIndianDates:
    @pytest.mark.parametrize(
        "text",
        [
            "Udupi Kitchen\nMG Road\nBengaluru 560001\nDate: 06/05/2026\n",
            "Udupi Kitchen\nTel +91 80 5550 0101\nDate: 06/05/2026\n",
            "Udupi Kitchen\nGSTIN 29ABCDE1234F1Z5\nDate: 06/05/2026\n",
        ],
    )
    def test_an_indian_paper_writes_the_day_first(self, text: str) -> None:
        """An Indian address with its PIN code, a "+91" number or a GSTIN: slashed dates are
        day first even when the rupee sign was lost."""
        assert day_first_in(None, text) is True

    def test_an_indian_bill_without_its_rupee_sign(self) -> None:
        """A restaurant bill from Chennai whose "₹" did not print: 06/05/2026 is 6 May."""
        figures = figures_of(
            "Saffron Table\nAnna Salai\nChennai 600002\nCheck: 4411\nDate: 06/05/2026 13:31\n"
            "Dosa  2  240.00\nSubtotal: 240.00\nGST: 12.00\nTOTAL: 252.00\n"
        )
        assert figures["issueDate"] == "2026-05-06"

    def test_a_us_paper_stays_month_first(self) -> None:
        """No country evidence: the text decides, as before."""
        assert day_first_in(None, "Main St\nAustin, TX 78701\nDate: 06/05/2026\n") is None


class TestStatementDates:
    def test_a_card_statements_band_of_labels(self) -> None:
        """A band's "Statement closing date", run together with the next label over its value,
        is the statement's date; its "Payment due date" the due date."""
        figures = figures_of(
            "Harbourline Bank\nGold Card statement\nAlex Reed\n"
            "Account ending  Statement closing date Minimum payment due  Payment due date  "
            "Credit limit\n"
            "7712  12 May 2026  $25.00  2 June 2026  $5,000.00\n"
            "New balance:  $812.40\n"
        )
        assert figures["issueDate"] == "2026-05-12"
        assert figures["dueDate"] == "2026-06-02"

    def test_a_statement_due_by_a_day_below_its_list(self) -> None:
        """A supplier's statement lists its invoices with their own due dates and asks for the
        total by another day: that day is the statement's due date."""
        figures = figures_of(
            "Totara Supplies Ltd\nStatement date 30/06/2026\nAccount no.  C-118\n\nSTATEMENT\n\n"
            "Date  Details  Due date  Debit  Credit  Balance\n"
            "02/05/2026  Invoice INV-101  16/05/2026  120.00  120.00\n"
            "20/05/2026  Invoice INV-117  03/06/2026  80.00  200.00\n"
            "10/06/2026  Payment received  50.00  150.00\n\n"
            "Total due  €150.00\n\nPlease remit the total due by 14/07/2026.\n"
        )
        assert figures["dueDate"] == "2026-07-14"
