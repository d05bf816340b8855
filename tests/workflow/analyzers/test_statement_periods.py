"""A statement that prints no statement date is dated at the end of the period it covers, or
the day its title says it is made up to (:mod:`workflow.analyzers.periods`)."""

from __future__ import annotations

from typing import Any

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.dateroles import dates_with_roles
from workflow.analyzers.periods import statement_period


def analysis_of(text: str) -> dict[str, Any]:
    return OfflineAnalyzer().analyze(text, media_type="text/plain", filename="doc.txt")


class TestStatementPeriods:
    def test_a_period_in_words_beside_the_address(self) -> None:
        """ "Statement Period: May 1, 2026 through May 31, 2026" beside the holder's name: the
        statement is dated May 31, and that day is no end date of an agreement."""
        text = (
            "Tri-County Savings Bank\nPO Box 77, Fargo, ND 58107\n\n"
            "OLIVIA GRANGER  Statement Period: May 1, 2026 through May 31, 2026\n"
            "88 ELM ST  Account Number: 5521 0093 1177\nFARGO ND 58102\n\n"
            "Beginning Balance on May 1, 2026: $1,200.00\n"
            "Ending Balance on May 31, 2026: $1,850.40\n\n"
            "Date  Description  Amount\n05/04  PAYROLL DEPOSIT  900.00\n05/19  ATM CASH  249.60\n"
        )
        figures = analysis_of(text)["keyFigures"]
        assert figures["issueDate"] == "2026-05-31"
        assert "endDate" not in figures
        roles = {d["value"]: d["role"] for d in analysis_of(text)["entities"]["dates"]}
        assert roles["2026-05-31"] == "issue"
        assert roles["2026-05-01"] is None

    def test_periods_in_several_languages(self) -> None:
        """A period's two dates joined by a dash or the language's "to"."""
        for line, end in (
            ("Periodo:  01/02/2026 - 28/02/2026", "2026-02-28"),
            ("du 01/04/2026 au 30/04/2026", "2026-04-30"),
            ("Zeitraum: 01.07.2026 bis 31.07.2026", "2026-07-31"),
            ("Statement period:  12/03/2026 to 11/04/2026", "2026-04-11"),
            ("dal 01/09/2026 al 30/09/2026", "2026-09-30"),
        ):
            period = statement_period(f"Caja Rural\n{line}\nSaldo final: 100,00 €\n")
            assert period is not None, line
            assert period.end == end, line

    def test_the_day_a_title_makes_it_up_to(self) -> None:
        """ "ESTRATTO CONTO AL 31/10/2026": one date, after the title's "al"."""
        text = (
            "Banca Agricola del Tanaro\nESTRATTO CONTO CORRENTE AL 31/10/2026\n"
            "Intestatario: Carla Neri\nData  Descrizione  Dare  Avere\n"
            "03/10/2026  PRELIEVO  50,00\nSaldo finale  1.240,00\n"
        )
        assert statement_period(text) == (None, "2026-10-31", text.index("31/10/2026"))

    def test_a_printed_statement_date_stands(self) -> None:
        """A statement dated by its own label keeps that date, whatever its period."""
        text = (
            "Harbour Card Services\nStatement date: 14 May 2026\n"
            "Period: 15 April 2026 to 14 May 2026\nNew balance: £412.30\n"
        )
        assert analysis_of(text)["keyFigures"]["issueDate"] == "2026-05-14"
        text = text.replace("Statement date: 14 May 2026", "Statement date: 16 May 2026")
        assert analysis_of(text)["keyFigures"]["issueDate"] == "2026-05-16"

    def test_no_period_on_the_rows(self) -> None:
        """Two dates of a transaction row side by side (posted, value) are no period."""
        text = "Extracto\n03/02/2026  03/02/2026  RECIBO LUZ  -40,00\n"
        assert statement_period(text) is None


class TestBareFiguresCurrency:
    def test_a_foot_naming_the_currency_in_words(self) -> None:
        """Bare figures under a foot saying "Importi in euro" are euros."""
        text = (
            "Banca Agricola del Tanaro\nESTRATTO CONTO AL 31/10/2026\n"
            "Data  Descrizione  Dare  Avere\n03/10/2026  PRELIEVO  50,00\n"
            "SALDO FINALE  1.240,00\nImporti in euro.\n"
        )
        total = analysis_of(text)["keyFigures"]["total"]
        assert total == {"amount": 1240.0, "currency": "EUR"}

    def test_an_account_in_the_euro_area(self) -> None:
        """No currency printed at all ("... 2.720,98 H"): the IBAN's country pays in euros."""
        text = (
            "Volksbank Hügelland eG\nKontoauszug 4/2026\nIBAN DE12 5009 0000 1234 5678 90\n"
            "Alter Kontostand  1.000,00 H\nNeuer Kontostand  2.720,98 H\n"
        )
        total = analysis_of(text)["keyFigures"]["total"]
        assert total == {"amount": 2720.98, "currency": "EUR"}


class TestStatementBalances:
    def test_a_balance_struck_on_a_day_in_words(self) -> None:
        """ "Ending Balance on March 31, 2026: $912.04": the day between label and amount."""
        text = (
            "Prairie Bank\nBeginning Balance on March 1, 2026:  $500.00\n"
            "Ending Balance on March 31, 2026:  $912.04\n"
        )
        assert analysis_of(text)["keyFigures"]["total"] == {"amount": 912.04, "currency": "USD"}

    def test_the_first_label_of_a_band(self) -> None:
        """A card statement's box: "New balance" leads a band of labels over their values."""
        text = (
            "Harbour Card Services\nYour statement\n\n"
            "New balance  Minimum payment  Please pay by\n£612.40  £25.00  6 April 2026\n\n"
            "Previous balance:  £300.00\n"
        )
        figures = analysis_of(text)["keyFigures"]
        assert figures["total"] == {"amount": 612.4, "currency": "GBP"}
        assert figures["dueDate"] == "2026-04-06"


def test_a_card_balance_collected_on_a_day() -> None:
    """ "Der Betrag von 612,40 EUR wird am 25.03.2026 ... eingezogen": the day it is due."""
    text = (
        "Abrechnungsdatum: 15.03.2026\nNeuer Saldo  612,40 EUR\n"
        "Der Betrag von 612,40 EUR wird am 25.03.2026 von Ihrem Referenzkonto eingezogen.\n"
    )
    roles = {d["value"]: d["role"] for d in dates_with_roles(text)}
    assert roles == {"2026-03-15": "issue", "2026-03-25": "due"}
