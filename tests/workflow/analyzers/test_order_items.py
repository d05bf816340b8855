"""Line items of orders as web shops send them: no header row, the count among the product's
words or in a cell of its own, options under the product, and the charges, reductions and
subtotals printed between the items and the total (which are never items)."""

from __future__ import annotations

from typing import Any

from workflow.analyzers import OfflineAnalyzer

ANALYZER = OfflineAnalyzer()


def analyze(text: str, media_type: str = "text/plain") -> dict[str, Any]:
    return ANALYZER.analyze(text, media_type=media_type, filename="doc")


def rows(analysis: dict[str, Any]) -> list[tuple[str, float | None, float]]:
    return [(i["description"], i["quantity"], i["amount"]) for i in analysis["lineItems"]]


class TestOrderLines:
    def test_charges_above_the_total_are_not_items(self) -> None:
        """Shipping and a promo code between the items and the total, labelled "Label:",
        are the totals' lines; an options line under a product joins its description."""
        analysis = analyze(
            "Thanks for shopping with us, Ann.\nOrder #1042\n\n"
            "Desk lamp  \u00d7 2                          $48.00\n"
            "  Colour: Black\n"
            "Loose leaf tea  x 1                      $9.00\n"
            "----------------------------------------\n"
            "Delivery:                                $4.95\n"
            "Promo code SPRING15:                    -$5.70\n"
            "Total paid:                             $56.25\n"
        )
        assert analysis["documentType"] == "receipt"
        assert rows(analysis) == [
            ("Desk lamp Colour: Black", 2.0, 48.0),
            ("Loose leaf tea", 1.0, 9.0),
        ]

    def test_a_line_summing_the_items_is_their_subtotal(self) -> None:
        """ "Merchandise" sums the items (in a table of its own below them): not an item, nor
        is the shipping under it; "Qty: 1" among the product's words is its count."""
        analysis = analyze(
            "Your order is confirmed.\nOrder no. 77\n\n"
            "Ceramic set Colour: Sand Qty: 1 Sold by: Bramble Home  \u00a334.65\n"
            "Assam tea 250 g Quantity: 2  \u00a322.50\n\n"
            "Merchandise  \u00a357.15\nShipping  \u00a34.95\nTotal  \u00a362.10\n"
        )
        assert [(q, a) for _, q, a in rows(analysis)] == [(1.0, 34.65), (2.0, 22.5)]
        assert analysis["lineItems"][0]["description"].startswith("Ceramic set Colour: Sand")

    def test_a_count_in_a_cell_of_its_own(self) -> None:
        """ "Linen cover  2  CAD 115.20": the bare number before the price is the count."""
        analysis = analyze(
            "Order confirmation\nOrder no. 5\n\n"
            "Socks  \u00d7 1  CAD 14.00\nLinen cover  2  CAD 115.20\n"
            "Order total  CAD 129.20\n"
        )
        assert rows(analysis) == [("Socks", 1.0, 14.0), ("Linen cover", 2.0, 115.2)]

    def test_a_product_over_lines_of_its_own(self) -> None:
        """The product's line, then indented under it its options, its count and its amount
        alone on a line."""
        analysis = analyze(
            "Thank you for your order!\nOrder #19767\n\nYOUR ORDER\n" + "-" * 30 + "\n"
            "Beeswax food wraps\n  Quantity: 1\n  \u20ac17.60\n"
            "Dot grid notebook A5\n  Pack of 3\n  Qty: 2\n  \u20ac20.90\n" + "-" * 30 + "\n"
            "Items subtotal:        \u20ac38.50\nDelivery:                FREE\n"
            "Total paid:            \u20ac38.50\n"
        )
        assert rows(analysis) == [
            ("Beeswax food wraps", 1.0, 17.6),
            ("Dot grid notebook A5 Pack of 3", 2.0, 20.9),
        ]


class TestOrderTables:
    def test_charges_under_the_subtotal_are_no_group_of_rows(self) -> None:
        """Rows with counts, then a subtotal: "Shipping  7.50" below it has no count, so it
        starts no second group of rows."""
        analysis = analyze(
            "Order confirmation\nOrder #15708\n\n"
            "Item  Quantity  Unit price  Amount\n"
            "Cutting board  3  27.00  81.00\nFood wraps  1  16.00  16.00\n"
            "Items subtotal  97.00\nShipping  7.50\nPromo code WELCOME10  -14.55\n"
            "Total paid  89.95\n"
        )
        assert rows(analysis) == [("Cutting board", 3.0, 81.0), ("Food wraps", 1.0, 16.0)]
        assert analysis["warnings"] == []

    def test_a_row_summing_the_rows_above_ends_the_table(self) -> None:
        """ "Merchandise  218.52" is a subtotal in other words: the table ends there."""
        analysis = analyze(
            "Order confirmation\nOrder #9\n\n"
            "Item  Quantity  Unit price  Amount\n"
            "Skillet  2  44.91  89.82\nPour-over set  2  34.65  69.30\n"
            "Merchandise  159.12\nShipping & handling  7.50\nOrder total  166.62\n"
        )
        assert [a for _, _, a in rows(analysis)] == [89.82, 69.3]

    def test_a_payment_settling_a_ledger_is_a_row(self) -> None:
        """In a folio (charges and payments columns) the payment equals the charges above
        it and is a row of its own."""
        analysis = analyze(
            "Hotel folio receipt\nFolio no.: 930075\n\n"
            "Date  Description  Amount  Payments\n"
            "20.04.2025  Room 214  210.00\n"
            "21.04.2025  Room 214  210.00\n"
            "23.04.2025  Payment AMEX xxxx4497                 420.00\n"
            "Balance:  CHF 0.00\n"
        )
        assert [a for _, _, a in rows(analysis)] == [210.0, 210.0, 420.0]
