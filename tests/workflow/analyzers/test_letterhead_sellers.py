"""Who sells when no label says so: the letterhead over its registration, not the addressee's
block under it; a practice, a club or a county office named by what it is; an Irish address's
"Co. Wicklow" is a county, never a company."""

from __future__ import annotations

from typing import Any

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.parties import find_parties
from workflow.analyzers.statement_suppliers import statement_supplier


def _vendor(text: str) -> Any:
    analysis = OfflineAnalyzer(numbers=None).analyze(
        text, media_type="text/plain", filename="bill.txt"
    )
    return analysis["keyFigures"].get("vendor")


class TestTheRegistrationsOwner:
    def test_the_name_above_the_number_beats_the_addressee_below(self) -> None:
        """The seller's name, its town, its EIN; then the addressee's block with "Attn:"."""
        text = (
            "Harbour Recruitment Corp.\nHouston, TX 77002\nEIN 71-1234567\n"
            "Silver Warehousing Inc.\nAttn: Accounts Payable\nSavannah, GA 31401\n"
            "Invoice #:  TS123456\nInvoice date:  Jul 26, 2026\n\nINVOICE\n\n"
            "Labour hire services  38  30.00  1,140.00\nTotal due  USD 1,140.00\n"
        )
        assert _vendor(text) == "Harbour Recruitment Corp."

    def test_a_free_zone_company_over_its_trn(self) -> None:
        """A UAE free-zone company ("FZCO") over its tax registration number ("TRN")."""
        text = (
            "Ironwood Creative FZCO\nMussafah, Abu Dhabi\nTRN 100941662900975\n"
            "Tidal Hotels LLC\nMarketing Department\nMussafah, Abu Dhabi\n"
            "Invoice number  61107\nDate of issue  14-Apr-2026\n\nINVOICE\n\n"
            "Monthly retainer  1  3490.00  3,490.00\nTotal  AED 3,490.00\n"
        )
        assert _vendor(text) == "Ironwood Creative FZCO"


class TestInstitutionsByWhatTheyAre:
    def test_a_club_not_the_county_of_its_address(self) -> None:
        text = (
            "Fernside Lawn Tennis Club\nMembership Secretary · Kilbride, Co. Wicklow, Ireland\n\n"
            "Ruth Ellis\n\nInvoice no.: M51736\nInvoice date: 10 June 2026\n\n"
            "Annual Subscription Invoice\n\nFull membership  1  560.00  560.00\n"
            "Total payable: €560.00\n"
        )
        names = {party["name"] for party in find_parties(text)}
        assert "Kilbride, Co." not in names
        assert _vendor(text) == "Fernside Lawn Tennis Club"

    def test_a_county_treasurer(self) -> None:
        names = {p["name"] for p in find_parties("Marlow County Treasurer\nCourthouse Annex\n")}
        assert "Marlow County Treasurer" in names


class TestPatientStatements:
    def test_the_practice_supplies_a_patient_statement(self) -> None:
        """A practice's statement of its visits and the insurer's payments has a vendor."""
        text = (
            "Lakeview Pediatrics\n616 Harbor Blvd, Suite 200\nGuarantor: Emily Stone\n"
            "Statement date: Oct 26, 2026\nAmount due: $88.59\nPatient Statement\n"
            "Aug 30, 2026  Office visit, established patient  210.00\n"
            "Sep 18, 2026  Insurance payment - BlueHarbor PPO  -121.41\n"
        )
        assert statement_supplier(find_parties(text), text) == "Lakeview Pediatrics"
