"""Due dates under the labels and in the sentences of the Nordic, Polish, Czech and Swiss
invoices: "Betales senest", "Betala senast", "Maksettava viimeistään", "Splatnost", "Datum
splatnosti", "Zapłacić do", "Zahlungsfrist"; "Vennligst betal ... innen", "uhraďte do"."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of


def _invoice(line: str) -> str:
    return (
        "Lumen Software AB\nStorgatan 4, 111 51 Stockholm\nFAKTURA\n"
        "Invoice no: F-20417\nInvoice date: 12.03.2026\n"
        f"{line}\nTotal  1 250,00 EUR\n"
    )


class TestDueLabels:
    @pytest.mark.parametrize(
        "label",
        ["Betales senest:", "Betala senast:", "Maksettava viimeistään:", "Splatnost:",
         "Datum splatnosti:", "Splatno dne:", "Zapłacić do:", "Zahlungsfrist:"],
    )  # fmt: skip
    def test_the_label_names_the_day_to_pay_by(self, label: str) -> None:
        """The label before the date makes it the due date."""
        assert figures_of(_invoice(f"{label} 11.04.2026")).get("dueDate") == "2026-04-11"

    def test_terms_under_the_same_label_give_no_date(self) -> None:
        """'Zahlungsfrist: 30 Tage' is terms: the due date is counted, not the label read."""
        assert figures_of(_invoice("Zahlungsfrist: 30 Tage")).get("dueDate") == "2026-04-11"


class TestDueSentences:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Vennligst betal kr 1 250,00 innen 11.04.2026.",
            "Vänligen betala 1 250,00 kr senast 11.04.2026.",
            "Beløbet 1.250,00 kr. bedes betalt senest 11.04.2026.",
            "Pyydämme maksamaan 1 250,00 € viimeistään 11.04.2026.",
            "Prosimy o wpłatę kwoty 1 250,00 zł do dnia 11.04.2026.",
            "Částku 1 250,00 Kč prosím uhraďte do 11.04.2026.",
            # The amount's decimal point does not end the sentence.
            "Bitte überweisen Sie den Betrag von 1.250,00 € bis zum 11.04.2026.",
            "Bitte überweisen Sie den Betrag von CHF 1'250.00 bis zum 11.04.2026.",
        ],
    )
    def test_a_sentence_asks_for_payment_by_the_day(self, sentence: str) -> None:
        """The words asking for the payment before the date make it the due date."""
        assert figures_of(_invoice(sentence)).get("dueDate") == "2026-04-11"


class TestMoreDueForms:
    @pytest.mark.parametrize(
        "line",
        [
            "Forfall: 11.04.2026",
            "Pagar até: 11.04.2026",
            "Queira pagar o montante de 1 250,00 € até 11.04.2026.",
        ],
    )
    def test_norwegian_and_portuguese_due_labels(self, line: str) -> None:
        """Norway's short "Forfall", Portugal's "Pagar até" and its sentence."""
        assert figures_of(_invoice(line)).get("dueDate") == "2026-04-11"

    @pytest.mark.parametrize(
        "terms",
        ["Conditions de paiement : paiement à réception", "Pagamento: rimessa diretta a vista",
         "Betalingsvoorwaarden: direct te voldoen", "Forma de pago: al contado"],
    )  # fmt: skip
    def test_payment_on_receipt_is_due_the_issue_day(self, terms: str) -> None:
        """Terms asking for payment at once make the invoice due the day it is issued."""
        assert figures_of(_invoice(terms)).get("dueDate") == "2026-03-12"


class TestDayFirstCurrencies:
    @pytest.mark.parametrize("money", ["2.675,04 kr.", "2 092,62 zł", "1 628,82 Kč"])
    def test_the_money_sign_makes_dashed_dates_day_first(self, money: str) -> None:
        """Kroner, złoty and koruna are day-first countries' money, as their codes are."""
        text = (
            "Faktura\nFakturanummer: CN-6279\nFakturadato: 05-11-2025\n"
            f"Betales senest: 04-01-2026\nAt betale: {money}\n"
        )
        figures = figures_of(text)
        assert (figures.get("issueDate"), figures.get("dueDate")) == ("2025-11-05", "2026-01-04")


class TestIssueAndOrderDays:
    def test_a_czech_band_with_its_terms(self) -> None:
        """ "Datum vystavení" dates the invoice, "Datum objednávky" only the order; the
        terms count from the invoice's day."""
        text = (
            "Faktura - daňový doklad\n"
            "Číslo faktury  Datum vystavení  Datum objednávky  Splatnost\n"
            "RE-78557  27. 11. 2025  1. 11. 2025  10 dní\nK úhradě:  1 628,82 Kč\n"
        )
        figures = figures_of(text)
        assert (figures.get("issueDate"), figures.get("dueDate")) == ("2025-11-27", "2025-12-07")

    @pytest.mark.parametrize(
        ("header", "terms", "due"),
        [
            ("Faktura nr  Data wystawienia  Data zamówienia  Termin płatności", "14 dni",
             "2026-03-26"),
            ("Číslo faktury  Datum vystavení  Datum objednávky  Splatnost", "15 dní",
             "2026-03-27"),
        ],
    )  # fmt: skip
    def test_an_order_day_in_a_band_is_no_due_date(self, header: str, terms: str, due: str) -> None:
        """The order's column dates the order: its day does not take the due label of the
        column beside it, which holds terms, not a date."""
        text = f"Faktura\n{header}\nF-20417  12.03.2026  02.03.2026  {terms}\nRazem:  1 250,00 zł\n"
        assert figures_of(text).get("dueDate") == due
