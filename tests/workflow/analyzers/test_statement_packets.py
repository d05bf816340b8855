"""One account's statements back to back, told apart by the date their heads state, and a
remittance slip's sum to pay closing its statement; an invoice's continuation page whose
head shows another date stays with its invoice."""

from __future__ import annotations

from support.section_ranges import ranges


def estratto(day: str, *rows: str) -> list[str]:
    return ["De Wit Installaties B.V.", "Am Mühlbach 7, 79098 Freiburg", "Estratto conto",
            f"Codice cliente: 38764  Data estratto: {day}", "Kröger Elektrotechnik KG",
            "14 rue Victor Hugo, 33000 Bordeaux", *rows]  # fmt: skip


ROWS = ["25/08/2025 Fattura 4099  1.392,49", "29/08/2025 Fattura 3210  985,00"]
SLIP = ["BOLLETTINO DI PAGAMENTO", "Staccare e restituire insieme al pagamento.",
        "Codice cliente: 38764  24/10/2025", "Kröger Elektrotechnik KG",
        "Importo dovuto: 2.377,49 EUR"]  # fmt: skip


class TestStatementsBackToBack:
    def test_a_new_statement_date_under_the_same_title_starts_a_statement(self) -> None:
        """Two months' statements of one account, unnumbered pages, no total closing the
        first page: the second head states another date."""
        first = estratto("24/10/2025", *ROWS)
        second = estratto("21/11/2025", "22/09/2025 Fattura 6626  774,74")
        assert ranges([first, second, ["Saldo da pagare: € 774,74"]]) == [[1, 1], [2, 3]]

    def test_a_statement_repeating_its_head_goes_on(self) -> None:
        """Its second page repeats title and date, and starts with a row's date."""
        first = estratto("24/10/2025", *ROWS)
        second = estratto("24/10/2025", "14/09/2025 Fattura 3043  1.165,67")
        assert ranges([first, second]) == [[1, 2]]

    def test_a_row_date_at_the_top_is_no_statement_date(self) -> None:
        """A continuation page under the title whose first line is a row, dated."""
        first = estratto("24/10/2025", *ROWS)
        second = ["Estratto conto", "14/09/2025 Fattura 3043  1.165,67", "Saldo da pagare: 1,00"]
        assert ranges([first, second]) == [[1, 2]]

    def test_a_slip_s_sum_to_pay_closes_the_statement(self) -> None:
        """The remittance slip behind a statement ends it ("Importo dovuto"), so the same
        account's next statement starts a document even with the same head."""
        first = [*estratto("24/10/2025", *ROWS), "Saldo da pagare: 2.377,49 EUR"]
        second = estratto("24/10/2025", "22/09/2025 Fattura 6626  774,74")
        assert ranges([first, SLIP, second]) == [[1, 2], [3, 3]]


class TestInvoiceContinuations:
    def test_an_invoice_page_under_another_date_goes_on(self) -> None:
        """An invoice's second page repeating its title over the day it was printed."""
        first = ["Ashdown Roofing Ltd", "Kerkstraat 22, 3511 LX Utrecht", "INVOICE",
                 "Invoice date: 12/06/2025", "Description  Qty  Unit price  Amount",
                 "Radiator valve  6  65.50  393.00"]  # fmt: skip
        second = ["Ashdown Roofing Ltd", "Kerkstraat 22, 3511 LX Utrecht", "INVOICE",
                  "Printed: 14/06/2025", "Description  Qty  Unit price  Amount",
                  "Thermostat  6  19.90  119.40", "Total: 512.40"]  # fmt: skip
        assert ranges([first, second]) == [[1, 2]]
