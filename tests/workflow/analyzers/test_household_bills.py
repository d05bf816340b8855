"""A household's bills as authorities, utilities and freelancers print them: a council's tax
bill is an invoice though it never says so, a town line's state is no legal form, a utility
bill's previous bill is no part of its total, and a freelancer mailing "my invoice" sells."""

from __future__ import annotations

import pytest

from support.key_figures import analysis_of, figures_of
from workflow.analyzers.docnumbers import financial_year
from workflow.analyzers.party_names import ORGANISATION


class TestAnAuthoritysDemand:
    @pytest.mark.parametrize(
        "title",
        ["Council Tax Bill 2027/28", "Business Rates Demand Notice 2027/28", "Rates Notice",
         "Water Rates Bill", "Property Tax Bill 2027"],
    )  # fmt: skip
    def test_is_an_invoice_from_the_authority(self, title: str) -> None:
        """A council's demand for payment bills the household: vendor and total read."""
        text = (
            "Westmere City Council\nRevenue Services, PO Box 12\n\nJ. Parker\n4 Elm Close\n"
            "Leeds LS6 2AB\n\nAccount reference: 55120931\nDate of bill: 5 March 2027\n\n"
            f"{title}\n\n"
            "Charge for the year  1,904.21\nAmount payable: £1,904.21\n"
        )
        analysis = analysis_of(text)
        figures = analysis["keyFigures"]
        assert analysis["documentType"] == "invoice"
        assert figures["vendor"] == "Westmere City Council"
        assert figures["total"] == {"amount": 1904.21, "currency": "GBP"}

    def test_its_year_is_no_number(self) -> None:
        text = (
            "Westmere City Council\n\nJ. Parker\n4 Elm Close\n\nCouncil Tax Bill 2027/28\n"
            "Date of bill: 5 March 2027\n\nAmount payable for 2027/28: £1,904.21\n"
        )
        assert "documentNumber" not in figures_of(text)

    @pytest.mark.parametrize(
        ("ident", "year"),
        [("2026/27", True), ("2026-2027", True), ("1999/00", True), ("2025/11", False),
         ("2026/28", False), ("2026/1912", False), ("INV-2026/27", False)],
    )  # fmt: skip
    def test_a_year_and_the_next(self, ident: str, year: bool) -> None:
        assert financial_year(ident) is year


class TestAStateAfterATown:
    @pytest.mark.parametrize(
        "line", ["Norwood SA 5067", "Las Vegas NV 89101", "Calgary AB T2P 1J9"]
    )
    def test_is_no_firm(self, line: str) -> None:
        """South Australia, Nevada, Alberta before their postcodes: an address, not S.A./N.V."""
        assert ORGANISATION.search(f"12 Church Road\n{line}\n") is None

    @pytest.mark.parametrize("name", ["Banque Lumière SA", "Helder Stroom NV", "Nordvik AB"])
    def test_a_legal_form_stays_one(self, name: str) -> None:
        found = ORGANISATION.search(f"{name}\n12 Rue Haute, 1000 Bruxelles\n")
        assert found is not None
        assert found.group("name") == name

    def test_the_biller_above_the_family_address(self) -> None:
        text = (
            "Gumtree Early Learning\n86 Church Road\n\nOlivia Haddad\n35 Maple Avenue\n"
            "Norwood SA 5067\n\nFee invoice\nInvoice:  GE-2026-11\nDate:  21 July 2026\n\n"
            "Description  Qty  Rate  Amount\nLong day care  10  110.00  1,100.00\n\n"
            "Total:  AUD 1,100.00\n"
        )
        assert figures_of(text)["vendor"] == "Gumtree Early Learning"


class TestAUtilityBill:
    _HEAD = (
        "Lumen Power B.V.\nCustomer service 0800 1234\n\nA. Reyes  Account number  874 579 544\n"
        "2 Kade  Invoice no.  B7540\nBill date  2026-06-04\n\n"
    )

    def test_totals_the_periods_charges_not_the_previous_bill(self) -> None:
        text = (
            f"{self._HEAD}Previous bill 312,40 €, payment received 312,40 € - thank you.\n"
            "Description  Quantity  Rate  Amount\nElectricity used 273 kWh  273  0,2671  72,92\n"
            "Charges before VAT:  72,92 €\nVAT at 9%:  6,56 €\n"
            "Total charges for this period:  79,48 €\n"
        )
        assert figures_of(text)["total"] == {"amount": 79.48, "currency": "EUR"}

    def test_an_unlabelled_total_is_no_earlier_bill(self) -> None:
        """No total label: the largest amount, but not what the last bill charged."""
        text = (
            f"{self._HEAD}Your last bill 312,40 € was paid in full.\n\n"
            "Energy  61,20 €\nStanding charge  9,80 €\n"
            "We will collect 71,00 € by direct debit on 2026-06-25.\n"
        )
        assert figures_of(text)["total"] == {"amount": 71.0, "currency": "EUR"}

    def test_the_bill_date_beats_the_periods_start(self) -> None:
        """Labels over their values beside the address: the period's first day is not the
        date of a bill whose "Bill date" stands under it."""
        text = (
            "Lumen Power B.V.\nCustomer service 0800 1234  Billing period\n"
            "www.lumen.example  1 May 2026 - 31 May 2026\nBill date\n5 June 2026\n"
            "Account number\nA. Reyes  250 263 848\n\nYour electricity bill\n"
            "Electricity used 499 kWh  499  0,2448  122,16\nAmount due:  122,16 €\n"
        )
        assert figures_of(text)["issueDate"] == "2026-06-05"


class TestAFreelancersMail:
    _MAIL = (
        "From: {sender} <studio@{domain}.example>\nTo: Priya Shah <accounts@client.example>\n"
        "Subject: Invoice 71 - Illustration\n\nHi Priya,\n\n"
        "Please find my invoice for the work done for Quayside Books Ltd (your PO PO-4410) "
        "below.\n\nInvoice no.: 71\nInvoice date: 3 March 2026\n\n"
        "Description  Qty  Rate  Amount\nCover illustration  12  80.00  960.00\n\n"
        "Total: £960.00\n\nThanks,\n{sender}\n"
    )

    @pytest.mark.parametrize("sender", ["Ines Okafor Illustration", "Ines Okafor"])
    def test_the_sender_sells_not_the_client_served(self, sender: str) -> None:
        text = self._MAIL.format(sender=sender, domain="okafor")
        assert figures_of(text)["vendor"] == sender


class TestARenewalLetter:
    def test_pays_by_the_day_named_not_the_expiry(self) -> None:
        """A service's collection (a noun) lapsing on a day is no debit on that day."""
        text = (
            "Shire of Kellerby\nCustomer Services\n\nMs T. Alder  Reference: GW/2027/0114\n"
            "8 Banksia Road  Date: 02/02/2027\n\nRenew your green waste collection\n\n"
            "Dear Ms Alder,\n\nYour green waste collection service expires on 28/02/2027. To "
            "keep it, please pay the annual fee of AUD 72.00 by 21/02/2027.\n\n"
            "Yours sincerely,\nWaste Services\n"
        )
        assert figures_of(text)["dueDate"] == "2027-02-21"

    def test_a_collection_by_direct_debit_is_still_due(self) -> None:
        text = (
            "Lumen Power B.V.\n\nInvoice no.  B7541\nBill date  2026-06-04\n\n"
            "Total charges for this period:  79,48 €\n"
            "We will collect 79,48 € by Direct Debit on or after 2026-06-25.\n"
        )
        assert figures_of(text)["dueDate"] == "2026-06-25"
