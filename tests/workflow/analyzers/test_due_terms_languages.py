"""Payment terms in days in the languages the due-date labels are read in: Portuguese,
Swedish, Danish, Norwegian, Finnish, Polish and Czech ("Prazo de pagamento: 10 dias",
"Betalningsvillkor: 30 dagar netto", "Maksuehto: 14 pv netto", "Termin płatności: 14 dni",
"Splatnost: 15 dní"), and a Dutch or English label whose value says "within" ("binnen 7
dagen"): due that many days after the invoice's date."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of


def _invoice(line: str) -> str:
    return (
        "Lumen Software AB\nStorgatan 4, 111 51 Stockholm\nFAKTURA\n"
        "Invoice no: F-20417\nInvoice date: 12.03.2026\n"
        f"{line}\nTotal  1 250,00 EUR\n"
    )


class TestTermsInDays:
    @pytest.mark.parametrize(
        ("line", "due"),
        [
            ("Prazo de pagamento: 10 dias", "2026-03-22"),
            ("Condições de pagamento: 30 dias", "2026-04-11"),
            ("Betalningsvillkor: 30 dagar netto", "2026-04-11"),
            ("Betalingsbetingelser: Netto 14 dage", "2026-03-26"),
            ("Betalingsbetingelser: 14 dager netto", "2026-03-26"),
            ("Maksuehto: 14 pv netto", "2026-03-26"),
            ("Termin płatności: 14 dni", "2026-03-26"),
            ("Splatnost: 15 dní", "2026-03-27"),
            ("Betalingsvoorwaarden: binnen 7 dagen", "2026-03-19"),
            ("Payment terms: within 30 days", "2026-04-11"),
        ],
    )
    def test_due_that_many_days_after_the_invoice(self, line: str, due: str) -> None:
        """The terms' days count from the invoice's date."""
        assert figures_of(_invoice(line)).get("dueDate") == due

    def test_a_printed_date_under_the_same_label_wins(self) -> None:
        """'Termin płatności: 26.03.2026' is the date itself, no terms."""
        assert figures_of(_invoice("Termin płatności: 26.03.2026")).get("dueDate") == "2026-03-26"

    def test_a_band_of_labels_over_the_terms(self) -> None:
        """The terms under their label in a band read as after a colon."""
        text = (
            "Lumen Software Oy\nFAKTURA\n"
            "Laskun numero  Päiväys  Maksuehto\n"
            "F-62458  02.03.2026  14 pv netto\nYhteensä: 2 711,38 €\n"
        )
        assert figures_of(text).get("dueDate") == "2026-03-16"
