"""A policy's or a hire's period as premium notices, renewals, policy schedules and rental
agreements print it (issue #18): the label right before the first date ("Period of cover:
29/12/2025 to ...", "Versicherungsjahr 01.07.2025 bis ..."), in the languages read, gives the
effective and end dates; a day that is both when cover starts and when the premium is due (or
when an agreement is signed and starts) gives both figures."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.dateroles import dates_with_roles


def _figures(text: str) -> dict[str, Any]:
    analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")
    figures = analysis["keyFigures"]
    assert isinstance(figures, dict)
    return figures


def _roles(text: str) -> list[tuple[str, str | None]]:
    return [(d["value"], d["role"]) for d in dates_with_roles(text)]


class TestPeriodLabels:
    @pytest.mark.parametrize(
        "line",
        [
            "Period of insurance 01/04/2026 to 31/03/2027",
            "Period of cover: 01/04/2026 to 31/03/2027.",
            "Policy period: 01/04/2026 - 31/03/2027",
            "Cover from 01/04/2026 until 31/03/2027",
            "Insurance period  01/04/2026 to 31/03/2027",
            "Versicherungszeitraum: 01.04.2026 - 31.03.2027",
            "Versicherungsjahr 01.04.2026 bis 31.03.2027",
            "Période de garantie : du 01/04/2026 au 31/03/2027",
            "Periodo di copertura: dal 01/04/2026 al 31/03/2027",
            "Vigencia de la póliza: 01/04/2026 - 31/03/2027",
            "Verzekeringsperiode: 01-04-2026 tot 31-03-2027",
        ],
    )
    def test_a_labelled_period_starts_and_ends(self, line: str) -> None:
        """The label right before the first date (with or without "from"): its first day
        takes effect, the one after the joiner ends it."""
        text = f"Policy schedule\n{line}\nThis schedule forms part of your policy.\n"
        assert _roles(text) == [("2026-04-01", "effective"), ("2027-03-31", "end")]

    def test_a_renewal_notice_in_a_sentence(self) -> None:
        """ "Your motor insurance renews on ... Period of cover: ... to ...": the period after
        the sentence, on the same line, still names its days."""
        text = (
            "Harrowgate Motor Underwriting Ltd\nDate: 8 December 2025\nRenewal premium notice\n"
            "Your motor insurance renews on 29 December 2025. Period of cover: 29/12/2025 to "
            "28/12/2026.\nTotal payable:  £617.98\nPlease pay by 22 December 2025.\n"
        )
        figures = _figures(text)
        assert (figures["effectiveDate"], figures["endDate"]) == ("2025-12-29", "2026-12-28")
        assert (figures["issueDate"], figures["dueDate"]) == ("2025-12-08", "2025-12-22")

    def test_a_billing_period_is_still_no_policy_period(self) -> None:
        """ "Billing period 01/11/2026 - 30/11/2026": a bill's period, no effective date."""
        text = "Your bill\nBilling period 01/11/2026 - 30/11/2026\nAmount due  £1.00\n"
        assert [role for _, role in _roles(text)] == [None, None]


class TestOneDayTwoFigures:
    def test_cover_starts_the_day_the_premium_is_due(self) -> None:
        """ "Versicherungsjahr 01.07.2025 bis 30.06.2026" and "fällig am 01.07.2025": the
        first day of cover is also the due date."""
        text = (
            "Hanseatische Hausrat Versicherung AG\nDatum  14.06.2025\nBeitragsrechnung\n"
            "Versicherungsjahr 01.07.2025 bis 30.06.2026\nZu zahlender Beitrag:  489,39 €\n"
            "Der Beitrag ist fällig am 01.07.2025.\n"
        )
        figures = _figures(text)
        assert figures["effectiveDate"] == figures["dueDate"] == "2025-07-01"
        assert (figures["issueDate"], figures["endDate"]) == ("2025-06-14", "2026-06-30")

    def test_the_roles_listed_keep_the_first(self) -> None:
        """The analysis lists each day once, with the role its first mention gave it."""
        text = "Versicherungsjahr 01.07.2025 bis 30.06.2026\nfällig am 01.07.2025\n"
        analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="a.txt")
        assert analysis["entities"]["dates"][0] == {
            "text": "01.07.2025",
            "value": "2025-07-01",
            "role": "effective",
        }


class TestHireAgreements:
    def test_pick_up_and_due_back(self) -> None:
        """A rental agreement's pick-up and due-back days are its period; signed the day the
        car is picked up, that day is also its date."""
        text = (
            "VEHICLE RENTAL AGREEMENT\nAgreement No.: RA1845919\nRenter: Rajesh Kumaran\n"
            "Pick-up: 11/01/2026 09:30, Leeds Bradford Airport\n"
            "Due back: 18/01/2026 09:30, Leeds Bradford Airport\nEstimated charges: £224.00\n"
            "Signed for the Company\tSigned by the Renter\nDate: 11/01/2026\n"
        )
        figures = _figures(text)
        assert (figures["effectiveDate"], figures["endDate"]) == ("2026-01-11", "2026-01-18")
        assert figures["issueDate"] == "2026-01-11"
        assert "dueDate" not in figures
