"""Two pages printed side by side on one sheet: read the left one, then the right one."""

from __future__ import annotations

from docpipe.layout import PageLayout, Word
from workflow.analyzers.rows import word_rows
from workflow.documents.gutter import halves
from workflow.documents.lines import page_text


def sheet(columns: list[tuple[float, list[str]]], *, top: float = 0.1) -> list[Word]:
    """Words set in lines: each column is (its left edge, its lines), 0.05 of the page apart,
    each word 0.012 wide per character, a space of 0.01 between words."""
    words = []
    for left, lines in columns:
        for number, line in enumerate(lines):
            x = left
            y = top + number * 0.05
            for token in line.split():
                words.append(Word(token, (x, y, x + 0.012 * len(token), y + 0.03), 0.9))
                x += 0.012 * len(token) + 0.01
    return words


LEFT = [
    "Glenview Joinery Ltd",
    "Unit 4 Mill Lane",
    "Invoice No. 24-1177",
    "Oak worktop 2 310.00",
    "Roof felt roll 5 44.00",
    "Safety gloves 12 3.50",
    "Page 1/2",
]
RIGHT = [
    "Invoice 24-1177",
    "Delivery charge 1 25.00",
    "Printer paper A4 4 6.20",
    "Net amount 1,102.80",
    "VAT 20% 220.56",
    "Total due 1,323.36",
    "Page 2/2",
]


class TestHalves:
    def test_a_landscape_sheet_of_two_pages_is_cut_at_its_gutter(self) -> None:
        """Lines of words down both halves with a band no word crosses: two blocks."""
        words = sheet([(0.05, LEFT), (0.55, RIGHT)])
        left, right = halves(words, landscape=True)
        assert {w.text for w in left} >= {"Glenview", "1/2"}
        assert {w.text for w in right} >= {"Delivery", "2/2"}
        assert len(left) + len(right) == len(words)

    def test_a_portrait_page_is_one_page_whatever_its_columns(self) -> None:
        """Short descriptions at the left, figures at the right: one page, rows run across."""
        words = sheet([(0.05, LEFT), (0.55, RIGHT)])
        assert halves(words, landscape=False) == [words]

    def test_a_column_of_figures_is_no_page(self) -> None:
        """A landscape table whose right half holds only numbers is one page."""
        figures = [f"{n}.00 {n * 3}.50" for n in range(10, 17)]
        words = sheet([(0.05, LEFT), (0.6, figures)])
        assert halves(words, landscape=True) == [words]

    def test_few_words_make_no_two_pages(self) -> None:
        """A sparse landscape page (a label and its value far apart) stays one block."""
        words = sheet([(0.05, ["Total due"]), (0.7, ["1,323.36 EUR"])])
        assert halves(words, landscape=True) == [words]


class TestTwoUpText:
    def test_the_left_page_is_read_before_the_right_one(self) -> None:
        """Each line keeps to its own page: the left page's lines, then the right page's."""
        text, ordered = page_text(sheet([(0.05, LEFT), (0.55, RIGHT)]), 1169, 827)
        assert text.splitlines() == LEFT + RIGHT
        assert text.split() == [w.text for w in ordered]

    def test_a_portrait_page_reads_across(self) -> None:
        """The same words on an upright page are read line by line across the page."""
        text, _ = page_text(sheet([(0.05, LEFT), (0.55, RIGHT)]), 827, 1169)
        assert text.splitlines()[0] == "Glenview Joinery Ltd  Invoice 24-1177"

    def test_table_rows_follow_the_pages_lines(self) -> None:
        """Rows read from the words are the text's lines: no row joins the two pages."""
        text, ordered = page_text(sheet([(0.05, LEFT), (0.55, RIGHT)]), 1169, 827)
        layout = PageLayout(1, 1169, 827, 0, len(text), ordered)
        assert [" ".join(row.text.split()) for row in word_rows(layout)] == LEFT + RIGHT
