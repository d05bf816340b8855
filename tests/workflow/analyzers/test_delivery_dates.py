"""A delivery's day is no payment's due date (issue #18, docs/analysis-schema.md): the cues
"Delivery date", "Liefertermin", "Lieferdatum", "Leverdatum" give the date a role of its own,
which the document's type resolves: an order's due date (when the goods are wanted), a delivery
note's own date, nothing to an invoice or a receipt. A payment's due date printed on the same
day as the delivery is still the invoice's due date."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer


def _analysis(text: str) -> dict[str, Any]:
    return OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")


def _roles(analysis: dict[str, Any]) -> dict[str, str | None]:
    return {d["value"]: d["role"] for d in analysis["entities"]["dates"]}


class TestAnInvoicesDelivery:
    @pytest.mark.parametrize("label", ["Lieferdatum", "Liefertermin"])
    def test_the_delivery_day_has_no_due_role(self, label: str) -> None:
        """ "Lieferdatum: 28.11.2026" on an invoice: listed with no role, not as due."""
        text = (
            "RECHNUNG\nRechnungsnummer: 2026-118\nRechnungsdatum: 01.12.2026\n"
            f"{label}: 28.11.2026\nGesamtbetrag: 100,00 EUR\nZahlbar bis 15.12.2026\n"
        )
        analysis = _analysis(text)
        assert _roles(analysis)["2026-11-28"] is None
        assert analysis["keyFigures"]["dueDate"] == "2026-12-15"

    def test_delivered_the_day_payment_is_due(self) -> None:
        """ "Lieferdatum" and "fällig am" name one day: it is the invoice's due date."""
        text = (
            "RECHNUNG\nRechnungsnummer: 2026-118\nRechnungsdatum: 01.12.2026\n"
            "Lieferdatum: 15.12.2026\nGesamtbetrag: 100,00 EUR\n"
            "Der Betrag ist fällig am 15.12.2026.\n"
        )
        analysis = _analysis(text)
        assert analysis["keyFigures"]["dueDate"] == "2026-12-15"
        assert _roles(analysis)["2026-12-15"] == "due"


class TestAnOrdersDelivery:
    @pytest.mark.parametrize("label", ["Liefertermin", "Delivery date", "Leverdatum"])
    def test_the_delivery_day_is_the_orders_due_date(self, label: str) -> None:
        """A purchase order's delivery day is when the goods are due: its due date."""
        text = (
            "PURCHASE ORDER\nP.O. No.: 4500012\nOrder date: 01.12.2026\n"
            f"{label}: 28.12.2026\nTotal Order Value  EUR 100.00\n"
        )
        analysis = _analysis(text)
        assert analysis["documentType"] == "purchase_order"
        assert analysis["keyFigures"]["dueDate"] == "2026-12-28"
        assert _roles(analysis)["2026-12-28"] == "due"


class TestADeliveryNotesDelivery:
    def test_the_delivery_day_dates_the_note(self) -> None:
        """A delivery note is dated the day its goods are delivered."""
        text = (
            "Hofmann Baustoffe GmbH\nLIEFERSCHEIN\nLieferschein-Nr.: LS-20931\n"
            "Lieferdatum: 03.12.2026\nPos. 1  Zement 25 kg  40 Sack\n"
        )
        analysis = _analysis(text)
        assert analysis["keyFigures"]["issueDate"] == "2026-12-03"
        assert "dueDate" not in analysis["keyFigures"]
        assert _roles(analysis)["2026-12-03"] in ("issue", None)
