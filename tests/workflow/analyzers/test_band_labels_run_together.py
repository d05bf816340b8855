"""A band of labels over one row of values whose labels PDF text extraction ran together
with one space ("Fakturadato Periode  Betales senest" over four values): the labels are
split apart, each value takes its own, and no date takes its neighbour's label."""

from __future__ import annotations

import pytest

from workflow.analyzers.dateroles import dates_with_roles


def _roles(text: str) -> dict[str, str | None]:
    return {d["value"]: d["role"] for d in dates_with_roles(text, day_first=True)}


class TestBandLabelsRunTogether:
    @pytest.mark.parametrize(
        ("header", "row"),
        [
            ("Faktura nr  Data wystawienia Termin płatności", "CN-991148  12.06.2026  11.08.2026"),
            (
                "Invoice #  Statement Date Service Period  Amount due by",
                "RE-109746  12.06.2026  01.05.2026 - 31.05.2026  11.08.2026",
            ),
            (
                "Facture n°  Date de facture Période  À régler avant le",
                "2026/692057  12.06.2026  01.05.2026 - 31.05.2026  11.08.2026",
            ),
        ],
    )
    def test_each_value_takes_its_own_label(self, header: str, row: str) -> None:
        """The due label's value is the due date; the issue date is not taken as it."""
        roles = _roles(f"Invoice\n{header}\n{row}\nTotal:  2 092,62 EUR\n")
        assert roles["2026-08-11"] == "due"
        assert roles["2026-06-12"] != "due"


class TestStackedPanel:
    @pytest.mark.parametrize(
        "label", ["Payment due by", "Maksettava viimeistään", "Date d'échéance", "Betales senest"]
    )
    def test_a_label_alone_over_a_value_beside_the_address(self, label: str) -> None:
        """A panel's label over its value, the value beside the addressee's name."""
        text = (
            "Northwind Utilities\nIndustrieweg 12, 4811 Breda  Invoice No.\nF-5808\n"
            f"Date of invoice\n12.06.2026\n{label}\nHarbour Dental Group  11.08.2026\n"
            "Kerkstraat 5\n1017 GA Amsterdam\nInvoice\nTotal due:  £2,472.13\n"
        )
        roles = _roles(text)
        assert (roles["2026-06-12"], roles["2026-08-11"]) == ("issue", "due")

    def test_a_table_row_under_a_heading_is_no_panel(self) -> None:
        """A row of figures under a lone heading takes no role from it."""
        text = "Invoice\nDue date\n2 Widgets  11.08.2026  40.00\nTotal  40.00 EUR\n"
        assert _roles(text).get("2026-08-11") != "due"
