"""Tables read by their structure: headers in six languages, over two lines or run together,
empty cells in tab- and rule-separated rows, group sub-totals, sums carried over a page
break, descriptions above their numbers, returns."""

from __future__ import annotations

from typing import Any

import pytest

from docpipe.layout import Layout, PageLayout, Word
from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.numbers import parse_quantity
from workflow.analyzers.paging import PagedText
from workflow.analyzers.rows import text_rows
from workflow.analyzers.table_headers import header_role

ANALYZER = OfflineAnalyzer()


def analyze(text: str, layout: Layout | None = None) -> dict[str, Any]:
    return ANALYZER.analyze(text, media_type="text/plain", filename="doc", layout=layout)


def on_page(lines: list[list[tuple[str, float, float]]]) -> dict[str, Any]:
    """An invoice whose table is ``lines`` of cells (text, left, right as page fractions)
    under its title, with a total below: its words spread evenly over each cell."""
    words = [
        Word(word, (x0 + i * (x1 - x0) / len(text.split()), 0.30 + 0.02 * n,
                    x0 + (i + 1) * (x1 - x0) / len(text.split()) - 0.004, 0.31 + 0.02 * n))
        for n, line in enumerate(lines)
        for text, x0, x1 in line
        for i, word in enumerate(text.split())
    ]  # fmt: skip
    text = "\n".join(["INVOICE", *("  ".join(t for t, _, _ in line) for line in lines)])
    text += "\nTotal 999.00\n"
    page = PageLayout(1, 1.0, 1.0, 0, len(text), tuple(words))
    return analyze(text, Layout(pages=(page,)))


def rows(analysis: dict[str, Any]) -> list[tuple[float | None, float | None, float]]:
    return [(i["quantity"], i["unitPrice"], i["amount"]) for i in analysis["lineItems"]]


class TestHeaderWords:
    @pytest.mark.parametrize(
        ("cell", "role"),
        [
            ("Omschrijving", "description"), ("Descrizione", "description"),
            ("Concepto", "description"), ("Aantal", "quantity"), ("Q.tà", "quantity"),
            ("Qty shipped", "quantity"), ("Prezzo unitario", "unitPrice"),
            ("Stuksprijs", "unitPrice"), ("Einzel- preis", "unitPrice"),
            ("Base imponible", "amount"), ("Bedrag excl. btw", "amount"),
            ("Netto- betrag", "amount"), ("Importo €", "amount"),
            ("Betrag in EUR", "amount"), ("Art.-Nr.", "other"), ("Cuota IVA", "other"),
            ("MwSt.-Betrag", "other"), ("VAT amount", "other"), ("U.M.", "other"),
            ("Sconto", "discount"), ("Débit", "debit"),
        ],
    )  # fmt: skip
    def test_the_languages_of_europes_invoices(self, cell: str, role: str) -> None:
        assert header_role(cell) == role

    @pytest.mark.parametrize(
        ("cell", "quantity"), [("1 Psch.", 1.0), ("3 caja", 3.0), ("6 stuks", 6.0), ("-2", -2.0)]
    )
    def test_quantities_with_their_units_and_returns(self, cell: str, quantity: float) -> None:
        assert parse_quantity(cell) == quantity

    def test_a_word_after_a_count_is_no_unit(self) -> None:
        assert parse_quantity("2 Tea") is None


class TestHeaderLayouts:
    def test_a_header_over_two_lines(self) -> None:
        """ "Unit" over "price" and "Line" over "total": the second line joins the first."""
        analysis = analyze(
            "INVOICE\nInvoice no: 5\n"
            "Qty   Description           Unit       Line\n"
            "                            price      total\n"
            "3     Hex bolts M8          12.00      36.00\n"
            "2     Washers               1.50       3.00\n"
            "Total: $39.00\n"
        )
        assert rows(analysis) == [(3.0, 12.0, 36.0), (2.0, 1.5, 3.0)]
        assert [item["description"] for item in analysis["lineItems"]] == [
            "Hex bolts M8", "Washers",
        ]  # fmt: skip

    def test_header_words_run_together_by_narrow_columns(self) -> None:
        """Word boxes: "Code Description" in one cell (the columns set close) is cut in two."""
        analysis = on_page([
            [("Code Description", 0.10, 0.40), ("Qty", 0.60, 0.64), ("Price", 0.70, 0.76),
             ("Amount", 0.84, 0.92)],
            [("A-1", 0.10, 0.14), ("Drill bits", 0.20, 0.30), ("4", 0.62, 0.64),
             ("5.00", 0.72, 0.76), ("20.00", 0.87, 0.92)],
            [("B-2", 0.10, 0.14), ("Saw blade", 0.20, 0.30), ("1", 0.62, 0.64),
             ("9.00", 0.72, 0.76), ("9.00", 0.88, 0.92)],
        ])  # fmt: skip
        assert rows(analysis) == [(4.0, 5.0, 20.0), (1.0, 9.0, 9.0)]

    def test_a_two_line_header_whose_lines_run_words_together(self) -> None:
        """ "Price / each", "Disc. / %" and "Net / amount" set close: each line is cut into
        its phrases, then the lines joined column by column."""
        analysis = on_page([
            [("Price Disc. Net", 0.50, 0.72), ("Gross", 0.85, 0.92)],
            [("Description", 0.10, 0.30), ("Qty", 0.40, 0.44), ("each % amount", 0.50, 0.72),
             ("amount", 0.85, 0.92)],
            [("Gloves", 0.10, 0.20), ("10", 0.42, 0.44), ("2.00", 0.50, 0.55),
             ("10%", 0.58, 0.62), ("18.00", 0.67, 0.72), ("21.60", 0.87, 0.92)],
        ])  # fmt: skip
        assert rows(analysis) == [(10.0, 2.0, 18.0)]


class TestOnThePage:
    def test_numbers_in_a_code_or_a_description_are_no_amounts(self) -> None:
        """A numeric article code and a wrapped description's "1500" stand in text columns:
        neither is read as a row's amount."""
        analysis = on_page([
            [("Code", 0.10, 0.16), ("Description", 0.20, 0.40), ("Qty", 0.60, 0.64),
             ("Price", 0.70, 0.76), ("Amount", 0.84, 0.92)],
            [("424969", 0.10, 0.16), ("Line-interactive", 0.20, 0.34), ("2", 0.62, 0.64),
             ("489.00", 0.70, 0.76), ("978.00", 0.86, 0.92)],
            [("Rack-mount UPS 1500", 0.20, 0.40)],
            [("577452", 0.10, 0.16), ("Cable ties", 0.20, 0.30)],
        ])  # fmt: skip
        assert rows(analysis) == [(2.0, 489.0, 978.0)]

    def test_numbers_on_the_last_line_of_a_wrapped_row(self) -> None:
        """Code and description above, the numbers beside the description's last words
        ("1-4"): one row, its description whole."""
        analysis = on_page([
            [("Code", 0.10, 0.16), ("Description", 0.20, 0.40), ("Qty", 0.60, 0.64),
             ("Price", 0.70, 0.76), ("Amount", 0.84, 0.92)],
            [("AR-1", 0.10, 0.16), ("Proofreading of annual", 0.20, 0.40)],
            [("report, chapters", 0.20, 0.34)],
            [("1-4", 0.20, 0.23), ("3", 0.62, 0.64), ("65.00", 0.70, 0.76),
             ("195.00", 0.86, 0.92)],
        ])  # fmt: skip
        assert rows(analysis) == [(3.0, 65.0, 195.0)]
        assert analysis["lineItems"][0]["description"] == (
            "Proofreading of annual report, chapters 1-4"
        )


class TestCells:
    def test_an_empty_cell_keeps_its_column_in_tab_separated_rows(self) -> None:
        paged = PagedText.read("a\t\tb\t3.00\n| x |  | 4.00 |\n", None, str.strip, 1000)
        first, second = text_rows(paged)
        assert [(c.text, c.x0) for c in first.cells] == [("a", 0.0), ("b", 2.0), ("3.00", 3.0)]
        assert [(c.text, c.x0) for c in second.cells] == [("x", 0.0), ("4.00", 2.0)]

    def test_a_fee_line_in_a_tab_separated_table(self) -> None:
        """A row with empty quantity and price cells and a rate after its amount: each cell
        is read in its own column."""
        analysis = analyze(
            "INVOICE\nInvoice no: 5\nDescription\tQty\tUnit price\tAmount\tVAT %\n"
            "Desk lamp\t2\t40.00\t80.00\t20%\nDelivery fee\t\t\t8.00\t20%\n"
            "Total: EUR 88.00\n"
        )
        assert rows(analysis) == [(2.0, 40.0, 80.0), (None, None, 8.0)]


class TestTableBody:
    def test_groups_with_sub_headings_and_sub_totals(self) -> None:
        """A sub-total that is its group's sum, more rows below it: the table goes on."""
        analysis = analyze(
            "INVOICE\nInvoice no: 5\n"
            "Description            Qty    Unit price    Amount\n"
            "Hardware\n"
            "Router                 2      80.00         160.00\n"
            "Switch                 1      120.00        120.00\n"
            "Subtotal Hardware                           280.00\n"
            "Labour\n"
            "Installation           3      50.00         150.00\n"
            "Subtotal Labour                             150.00\n"
            "Total: $430.00\n"
        )
        assert rows(analysis) == [(2.0, 80.0, 160.0), (1.0, 120.0, 120.0), (3.0, 50.0, 150.0)]

    def test_the_grand_total_is_no_group_total(self) -> None:
        """A total equal to the rows' sum with bank details under it ends the table."""
        analysis = analyze(
            "INVOICE\nInvoice no: 5\nItem      Qty   Price   Amount\n"
            "Paper     2     5.00    10.00\nTOTAL  EUR 10.00\nIBAN GB80 NWBK 6016 1331 9268 19\n"
        )
        assert rows(analysis) == [(2.0, 5.0, 10.0)]

    def test_a_sum_carried_over_a_page_break(self) -> None:
        """ "Übertrag" at the foot of a page and the head of the next is never a row."""
        analysis = analyze(
            "Rechnung\nRechnungs-Nr.: 7\n"
            "Bezeichnung          Menge    Einzelpreis    Betrag\n"
            "Schrauben            2        3,00           6,00\n"
            "Übertrag                                     6,00\n\f"
            "Bezeichnung          Menge    Einzelpreis    Betrag\n"
            "Übertrag                                     6,00\n"
            "Dübel                4        0,50           2,00\n"
            "Rechnungsbetrag: 8,00 EUR\n"
        )
        assert rows(analysis) == [(2.0, 3.0, 6.0), (4.0, 0.5, 2.0)]

    def test_page_footers_and_running_headers_are_no_rows(self) -> None:
        """ "Pagina 1 van 2" under the rows, the next page's header line ending in its page
        number: neither is a row, and the sum carried over them still carries."""
        analysis = analyze(
            "FACTUUR\nFactuurnummer: 7\n"
            "Omschrijving     Aantal   Prijs   Bedrag\n"
            "Tegels           10       2,00    20,00\n"
            "Transport                         20,00\n"
            "Pagina 1 van 2\n\f"
            "Bouwmarkt Vos · Factuur 7      Pagina 2 van 2\n"
            "Transport                         20,00\n"
            "Omschrijving     Aantal   Prijs   Bedrag\n"
            "Lijm             3        4,00    12,00\n"
            "Totaal: EUR 32,00\n"
        )
        assert rows(analysis) == [(10.0, 2.0, 20.0), (3.0, 4.0, 12.0)]

    def test_a_statement_carries_its_balance_over_the_page(self) -> None:
        """Dutch columns "Af"/"Bij"; the opening balance, the balance carried ("Transport")
        at the foot of a page and brought at the head of the next, and the closing balance
        are no rows; each row's amount is as printed in its column."""
        analysis = analyze(
            "Rabo Dommel\nRekeningafschrift\nRekeningnummer  12-3456789\n"
            "Datum        Omschrijving          Af        Bij\n"
            "Vorig saldo € 100,00\n"
            "2025-03-01   Huur                  150,00\n"
            "Transport                          -50,00\n\f"
            "Datum        Omschrijving          Af        Bij\n"
            "Transport -50,00\n"
            "2025-03-05   Salaris                         900,00\n"
            "Nieuw saldo                        € 850,00\n"
        )
        assert rows(analysis) == [(None, None, 150.0), (None, None, 900.0)]

    def test_a_net_amount_ends_the_table(self) -> None:
        analysis = analyze(
            "INVOICE\nInvoice no: 5\nDescription     Qty   Unit price   Amount\n"
            "Oak worktop     2     310.00       620.00\nNet amount                   $620.00\n"
            "VAT 20%                      $124.00\nTotal due                    $744.00\n"
        )
        assert rows(analysis) == [(2.0, 310.0, 620.0)]

    def test_transport_is_a_row_unless_it_carries_the_sum(self) -> None:
        analysis = analyze(
            "FACTUUR\nFactuurnummer: 7\nOmschrijving     Aantal   Prijs   Bedrag\n"
            "Tegels           10       2,00    20,00\nTransport        1        15,00   15,00\n"
            "Totaal: EUR 35,00\n"
        )
        assert rows(analysis) == [(10.0, 2.0, 20.0), (1.0, 15.0, 15.0)]

    def test_a_description_printed_above_its_numbers(self) -> None:
        """The first row's wrapped description comes before its numbers: neither line is
        lost as text under the header."""
        analysis = analyze(
            "INVOICE\nInvoice no: 5\nDescription                 Qty    Unit price    Amount\n"
            "Hydraulic hose assembly\n"
            "DN12, 2-wire braid          3      46.20         138.60\n"
            "Total: $138.60\n"
        )
        assert analysis["lineItems"][0]["description"] == (
            "Hydraulic hose assembly DN12, 2-wire braid"
        )
        assert rows(analysis) == [(3.0, 46.2, 138.6)]

    def test_a_return_with_a_negative_count(self) -> None:
        analysis = analyze(
            "INVOICE\nInvoice no: 5\nDescription    Qty   Unit price   Amount\n"
            "Gloves         10    2.00         20.00\nReturned: Gloves   -2    2.00   -4.00\n"
            "Total: $16.00\n"
        )
        assert rows(analysis) == [(10.0, 2.0, 20.0), (-2.0, 2.0, -4.0)]


class TestWithoutAHeader:
    def test_lines_whose_numbers_multiply_out(self) -> None:
        """No header: a count, a price and their product end each line (the count first or
        after the description); a wrapped description's second line joins its row."""
        analysis = analyze(
            "INVOICE\nInvoice no: 5\n\n"
            "Self-drilling screws 4.8 x 38 mm, zinc plated   25   18,47 €   461,75 €\n"
            "(pack of 250)\n"
            "Rack-mount UPS 1500 VA                            1   464,55 €   464,55 €\n\n"
            "Total HT: 926,30 €\n"
        )
        assert rows(analysis) == [(25.0, 18.47, 461.75), (1.0, 464.55, 464.55)]
        assert analysis["lineItems"][0]["description"].endswith("(pack of 250)")

    def test_one_line_needs_the_totals_under_it(self) -> None:
        """A lone line that multiplies out is a row only when the totals follow it."""
        lone = analyze("INVOICE\nInvoice no: 5\nStorage  3  4.00  12.00\nThank you.\n")
        assert lone["lineItems"] == []
        table = analyze("INVOICE\nInvoice no: 5\n3  Boxes  4.00  12.00\nTotal: $12.00\n")
        assert rows(table) == [(3.0, 4.0, 12.0)]
