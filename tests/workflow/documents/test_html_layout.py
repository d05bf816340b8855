"""HTML read as a browser lays it out: a label and its value in spans the page's CSS sets
apart are not glued into one word, and margin-less blocks (a card's label over its value, each
in a div) are one line apart, while a flex or grid box's columns stay apart."""

from __future__ import annotations

from workflow.analyzers import OfflineAnalyzer
from workflow.documents.textual import visible_text


def html(body: str) -> str:
    return f"<html><body>{body}</body></html>"


class TestInlineNeighbours:
    def test_a_label_span_and_its_value_span_are_kept_apart(self) -> None:
        text = visible_text(
            html("<div><span class='k'>Invoice date</span><span>15/01/2026</span></div>")
        )
        assert text.strip() == "Invoice date  15/01/2026"

    def test_what_is_one_word_or_one_amount_stays_so(self) -> None:
        """A number and its ordinal's superscript, a currency sign and its amount."""
        text = visible_text(html("<p>March 1<sup>st</sup>, <span>€</span><span>12,00</span></p>"))
        assert text.strip() == "March 1st, €12,00"


class TestMarginlessBlocks:
    def test_a_cards_label_and_value_are_one_line_apart(self) -> None:
        cards = (
            "<div style='display:flex'>"
            "<div class='card'><div class='k'>Numéro de facture</div><div>RE2026-93</div></div>"
            "<div class='card'><div class='k'>Date de facturation</div><div>25/08/2026</div></div>"
            "</div>"
        )
        text = visible_text(html(f"<h1>FACTURE</h1>{cards}<p>Total TTC 120,00 €</p>"))
        # the flex box's cards are cells of one row: labels over values (2b3e78f, this)
        assert "Numéro de facture  Date de facturation\nRE2026-93  25/08/2026\n" in text
        analysis = OfflineAnalyzer().analyze(text, media_type="text/html", filename="f.html")
        assert analysis["keyFigures"]["documentNumber"] == "RE2026-93"
        assert analysis["keyFigures"]["issueDate"] == "2026-08-25"

    def test_a_flex_boxs_columns_stay_apart(self) -> None:
        """A column of labels beside a column of values: read across, each label beside its
        value, as the table of the same layout is (the box's children are a row's cells)."""
        columns = (
            "<div style='display:flex;justify-content:space-between'>"
            "<div>Sub-total<br>Total Due</div><div>$90.00<br>$97.43</div></div>"
        )
        assert "Sub-total  $90.00\nTotal Due  $97.43" in visible_text(html(columns))
