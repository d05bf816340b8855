"""Page numbers and "goes on" signs as printers word them, and the sections they decide."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from support.section_ranges import text_layer
from workflow.analyzers.pagemarks import continues, page_number, runs_on
from workflow.analyzers.paging import PagedText
from workflow.analyzers.sections import split_sections


def paged(pages: Sequence[Sequence[str]]) -> PagedText:
    """Text-layer pages (cells two spaces apart, as the extractor lays them out)."""
    return PagedText.read(*text_layer(pages), lambda t: t, 10**6)


def ranges(pages: Sequence[Sequence[str]]) -> list[list[int]]:
    return [[run[0].page, run[-1].page] for run in split_sections(paged(pages))]


class TestPageNumber:
    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("Page 2 of 3", (2, 3)),
            ("Seite 2 von 3", (2, 3)),
            ("Page 2 sur 3", (2, 3)),
            ("Página 1 de 2", (1, 2)),
            ("Sida 2 av 2", (2, 2)),
            ("Pg. 2/3", (2, 3)),
            ("Sheet 3 of 3", (3, 3)),
            ("S. 1 von 4", (1, 4)),
            ("Folio 2 de 3", (2, 3)),
            ("Acme Ltd - Registered in England No. 1234567  Page 1 of 2.", (1, 2)),
        ],
    )
    def test_a_page_word_with_its_count_anywhere(
        self, line: str, expected: tuple[int, int]
    ) -> None:
        """The number and the count, in several languages and abbreviations."""
        assert page_number(["Some heading", "body text", line]) == expected

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("2 / 3", (2, 3)),
            ("VAT No. GB123  1/2", (1, 2)),
            ("- 2 -", (2, None)),
            ("Ms Helena Voss - 12 March 2026 - page 2", (2, None)),
        ],
    )
    def test_a_bare_number_as_a_cell_at_the_edge(
        self, line: str, expected: tuple[int, int | None]
    ) -> None:
        """A cell of its own at the foot (or head) of the page: "2 / 3", "- 2 -"."""
        body = [f"line {n} of the text" for n in range(8)]
        assert page_number([*body, line]) == expected
        assert page_number([line, *body]) == expected

    @pytest.mark.parametrize(
        "line",
        [
            "Invoice date: 12/2026",  # a month, not a page
            "Paid 3 of 4 instalments",  # no page word, not a cell of its own
            "Oak staircase  6  CHF 980.00  CHF 5,880.00",
            "see page 2 for the terms",  # no count, not at the end of a cell
            "Total  7/3",  # more pages than the count
            "Landsberger Str. 302",  # a street's number, not Polish "str." (strona)
            "Hauptstr. 12",
            "Rue de la Paix p 4",
            # a company register's leaf, cited in Spanish letterheads and footers
            "Calle de Alcala 214  Reg. Merc. Madrid, Tomo 4028, Folio 182  IBAN ES25 3858",
            "Tomo 4028  Folio 182  Hoja M-71234",
            "10/11  NETFLIX.COM  15.49",  # a statement row's date (MM/DD) at the foot
        ],
    )
    def test_other_numbers_are_no_page_numbers(self, line: str) -> None:
        assert page_number(["Heading", line]) is None

    def test_an_abbreviated_page_word_numbers_only_a_cell_of_its_own(self) -> None:
        """A cell "S. 2" or "Str. 3" at the foot is a page number; ending an address it is not."""
        body = [f"line {n} of the text" for n in range(8)]
        assert page_number([*body, "S. 2"]) == (2, None)
        assert page_number([*body, "Str. 3"]) == (3, None)
        assert page_number(["Sanitär Huber GmbH", "Landsberger Str. 302", *body]) is None

    def test_a_bare_number_mid_page_is_ignored(self) -> None:
        """A fraction inside the page's body is not its number."""
        lines = ["Heading", "a", "b", "c", "1 / 2", "d", "e", "f"]
        assert page_number(lines) is None


class TestRunsOn:
    @pytest.mark.parametrize(
        "line",
        [
            "Carried forward: EUR 9,345.00",
            "Subtotal carried forward  1.240,00",
            "Balance c/f  £2,100.00",
            "Übertrag: 4.512,00 €",
            "Continued overleaf",
            "Transfer to next page: CHF 19,150.50",
            "PTO",
        ],
    )
    def test_the_foot_says_the_document_goes_on(self, line: str) -> None:
        assert runs_on(["Heading", "rows", line, "Page footer"])

    def test_a_total_does_not_run_on(self) -> None:
        assert not runs_on(["Heading", "Total due: 120.00", "Thank you"])

    @pytest.mark.parametrize(
        "line",
        [
            "Invoice 4471 (continued)",
            "Statement (cont'd)",
            "Brought forward  9,345.00",
            "Balance b/f  2,100.00",
            "Übertrag  4.512,00",
            "Continued from page 1",
        ],
    )
    def test_the_head_says_it_continues(self, line: str) -> None:
        assert continues([line, "Description  Qty  Amount"])

    def test_a_new_title_does_not_continue(self) -> None:
        assert not continues(["INVOICE", "Invoice no. 12"])


class TestSplitting:
    LETTERHEAD = ("Brandt & Vogel GmbH", "Hafenstrasse 41, 20359 Hamburg", "INVOICE",
                  "Invoice number: 8017  Invoice date: 10.02.2026")  # fmt: skip
    ROWS = ("Description  Qty  Unit price  Amount", "Oak staircase  6  980.00  5,880.00")

    def test_pages_numbered_in_german_are_one_document(self) -> None:
        """ "Seite 2 von 3" continues, whatever the page opens with."""
        pages = [
            [*self.LETTERHEAD, *self.ROWS, "Seite 1 von 3"],
            [*self.ROWS, "Seite 2 von 3"],
            [*self.ROWS, "Invoice total: 12,000.00", "Seite 3 von 3"],
        ]
        assert ranges(pages) == [[1, 3]]

    def test_a_table_header_is_no_letterhead(self) -> None:
        """A page opening on the table's header row continues the invoice, its totals too."""
        pages = [
            [*self.LETTERHEAD, *self.ROWS],
            [*self.ROWS, "Net amount: 11,000.00", "Invoice total: 12,000.00"],
        ]
        assert ranges(pages) == [[1, 2]]

    def test_a_sum_carried_forward_joins_the_next_page(self) -> None:
        """The first page's total is carried forward; the second repeats the letterhead
        without the number: one invoice."""
        pages = [
            [*self.LETTERHEAD, *self.ROWS, "Total carried forward: 5,880.00"],
            [*self.LETTERHEAD[:2], *self.ROWS, "Total due: 12,000.00"],
        ]
        assert ranges(pages) == [[1, 2]]

    def test_a_continued_header_joins_and_a_restart_splits(self) -> None:
        """ "(continued)" joins the page; "1 / 1" at the foot of the next starts another."""
        other = ["Aldercrest Joinery Ltd", "7 Tanner Row, York", "Receipt", "TOTAL  4.50", "1 / 1"]
        pages = [
            [*self.LETTERHEAD, *self.ROWS, "1 / 2"],
            ["Invoice 8017 (continued)", *self.ROWS, "Total due: 12,000.00", "2 / 2"],
            other,
        ]
        assert ranges(pages) == [[1, 2], [3, 3]]

    def test_a_letters_continuation_header(self) -> None:
        """ "Ms Voss - 12 March 2026 - page 2" heads the letter's second page."""
        first = ["Pemberton Acoustics Ltd", "7 Tanner Row, York YO1 6JB", "12 March 2026",
                 "Dear Helena,", "Thank you for your letter."]  # fmt: skip
        second = ["Helena Voss - 12 March 2026 - page 2", "Yours sincerely,", "Idris Obi"]
        assert ranges([first, second]) == [[1, 2]]

    def test_terms_under_the_same_letterhead_belong_to_the_closed_invoice(self) -> None:
        """A closed invoice, then its seller's terms under the same letterhead (no number,
        date or amount of their own): one document; another invoice of the seller: two."""
        invoice = [*self.LETTERHEAD, *self.ROWS, "Total due: 5,880.00"]
        terms = [*self.LETTERHEAD[:2], "General Terms and Conditions",
                 "1. Goods remain our property until paid for in full."]  # fmt: skip
        assert ranges([invoice, terms]) == [[1, 2]]
        again = [*self.LETTERHEAD[:2], "Date: 11.02.2026", *self.ROWS, "Total due: 5,880.00"]
        assert ranges([invoice, again]) == [[1, 1], [2, 2]]
