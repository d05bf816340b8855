"""Numbers of credit notes and corrections as their software labels them, and card and
account numbers where statements print them."""

from __future__ import annotations

from support.key_figures import figures_of


class TestCreditNoteNumbers:
    def test_a_credit_memo_is_known_by_its_credit_number(self) -> None:
        """ "CREDIT # 311" beside the customer; the invoice it is applied to is another's."""
        text = (
            "Ridgeway Plumbing LLC\n14 Quarry Rd, Boise, ID 83702\nCREDIT MEMO\n"
            "BILL TO  CREDIT # 311\nLantern Hill Apartments  DATE 04/02/2026\n"
            "22 Elm Ct  APPLIED TO INVOICE 9120\n\nACTIVITY  QTY  RATE  AMOUNT\n"
            "Refund: duplicate charge  1  80.00  (80.00)\nTOTAL CREDIT  ($80.00)\n"
        )
        assert figures_of(text)["documentNumber"] == "311"

    def test_corrections_named_in_their_languages(self) -> None:
        """A correction's own number under its name, before the invoice it corrects."""
        for title, number in (
            ("Rechnungskorrektur-Nr.: RK-2026-0114", "RK-2026-0114"),
            ("FACTURA RECTIFICATIVA N.º R-2026/033", "R-2026/033"),
            ("NOTA DI CREDITO N. 17/2026", "17/2026"),
            ("Stornorechnung Nr. SR-5521", "SR-5521"),
        ):
            text = (
                f"Elektro Vogt GmbH\n{title}\nDatum: 03.03.2026\n"
                "bezogen auf Rechnung Nr. RE-2026-0990\nGesamt  -119,00 €\n"
            )
            assert figures_of(text)["documentNumber"] == number, title


class TestCardAndAccountNumbers:
    def test_a_card_number_in_german(self) -> None:
        """ "Kartennummer: 4543 XXXX XXXX 1234" is the card statement's number."""
        text = (
            "Nordsee Kartenservice AG\nMonatsabrechnung\nKartennummer: 4543 XXXX XXXX 1234\n"
            "Abrechnungsdatum: 15.03.2026\nNeuer Saldo  612,40 EUR\n"
        )
        figures = figures_of(text)
        assert figures["accountNumber"] == "4543 XXXX XXXX 1234"
        assert figures["documentNumber"] == "4543 XXXX XXXX 1234"

    def test_an_account_number_under_its_label_at_a_lines_end(self) -> None:
        """A right-hand column's label ends the address line; its value stands alone on the
        next line, its indentation lost."""
        text = (
            "Prairie Bank\nDANA KRUEGER  Statement Period\n41 OAK ST  03/01/2026 through "
            "03/31/2026\nSALEM OR 97301  Account Number\n2207 4410 9963\n\n"
            "Ending Balance on 03/31/2026:  $912.04\n"
        )
        assert figures_of(text)["documentNumber"] == "2207 4410 9963"
