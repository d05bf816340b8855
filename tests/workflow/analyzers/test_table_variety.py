"""Tables as billing software, shops, banks, utilities and tax regimes print them: column
names run together or missing, counts written into the item's words or in a column no word
names, prices that may be the unit's or the row's, Indian digit groups, statements whose rows
run over page breaks, and a receipt's measure at a rate."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.numbers import parse_money, parse_quantity
from workflow.analyzers.receipts import headerless_items
from workflow.analyzers.rows import Cell, Row
from workflow.analyzers.table_headers import header_role

ANALYZER = OfflineAnalyzer()


def analyze(text: str) -> dict[str, Any]:
    return ANALYZER.analyze(text, media_type="text/plain", filename="doc")


def rows(analysis: dict[str, Any]) -> list[tuple[str, float | None, float]]:
    return [(i["description"], i["quantity"], i["amount"]) for i in analysis["lineItems"]]


def line(page: int, *cells: str, gap: bool = False) -> Row:
    """A row of ``cells`` on ``page``, laid out as word boxes would give it."""
    laid = tuple(Cell(text, 0.1 + 0.4 * i, 0.3 + 0.4 * i) for i, text in enumerate(cells))
    return Row(laid, page, "  ".join(cells), -1, -1, (0.1, 0.1, 0.9, 0.12), True, gap)


class TestValues:
    @pytest.mark.parametrize(
        ("cell", "amount", "currency"),
        [
            ("1,45,500.00", 145500.0, None),
            ("Rs. 1,87,030.00", 187030.0, "INR"),
            ("$(360.00)", -360.0, "USD"),
            ("$-116.04", -116.04, "USD"),
            ("€ 12,50", 12.5, "EUR"),
        ],
    )
    def test_money(self, cell: str, amount: float, currency: str | None) -> None:
        """Lakh groups, a mark before the bracket of a credit, a sign after the mark."""
        money = parse_money(cell)
        assert money is not None
        assert (money.amount, money.currency) == (amount, currency)

    @pytest.mark.parametrize(
        ("cell", "quantity"), [("\u00d7 1", 1.0), ("2 \u00d7", 2.0), ("3 Stk", 3.0)]
    )
    def test_counts_with_a_times_sign(self, cell: str, quantity: float) -> None:
        """A shop's count with a times sign is a count as "x2" is."""
        assert parse_quantity(cell) == quantity


class TestHeaderCells:
    @pytest.mark.parametrize(
        ("cell", "role"),
        [
            ("Date / details", "description"),
            ("Datum / Buchungstext", "description"),
            ("Ref. & description", "description"),
            ("Debit / Credit", None),
            ("Items Ordered", "description"),
            ("Usage", "quantity"),
        ],
    )
    def test_two_names_in_one_cell(self, cell: str, role: str | None) -> None:
        """A cell naming a date and the details is the details' column; debit and credit
        together name no one column."""
        assert header_role(cell) == role

    def test_a_title_is_no_header(self) -> None:
        """ "CREDIT MEMO" names a credit and a memo, and titles the document."""
        analysis = analyze(
            "Ridge Supply Co.\n\nCREDIT MEMO\n\nMemo #: CM-1\nDate: May 23, 2026\n\n"
            "Item                   Qty   Amount\n"
            "Camera rental (week)   1     $(360.00)\n"
            "Seal kit               1     $(86.40)\n\n"
            "Total credit: $(446.40)\n"
        )
        assert rows(analysis) == [("Camera rental (week)", 1.0, -360.0), ("Seal kit", 1.0, -86.4)]


class TestColumns:
    def test_the_first_unnamed_column_describes(self) -> None:
        """ "Ticket type  Qty  Price  Total": no word names the description; the first
        column nothing names is it."""
        analysis = analyze(
            "Boxline Tickets\nOrder P1\n\n"
            "Ticket type         Qty       Price        Total\n"
            "General admission     3   USD 49.50   USD 148.50\n"
            "Booking fee                             USD 8.25\n\n"
            "Payment: Visa\n"
        )
        assert rows(analysis) == [("General admission", 3.0, 148.5), ("Booking fee", None, 8.25)]

    def test_a_count_column_named_by_its_arithmetic(self) -> None:
        """ "Visits" (or "Nights", "Seats") is no word docpipe knows; the cell that times the
        rate makes the amount is the count."""
        analysis = analyze(
            "Lakehead Snow Removal Inc.\nInvoice #: 2025-1\n\n"
            "| Service | Visits | Rate | Amount |\n|---|---|---|---|\n"
            "| Plowing (driveway) | 9 | 65.00 | 585.00 |\n| Salting | 8 | 38.00 | 304.00 |\n\n"
            "Subtotal: $889.00\nHST (13%): $115.57\nTotal (CAD): $1,004.57\n"
        )
        assert rows(analysis) == [("Plowing (driveway)", 9.0, 585.0), ("Salting", 8.0, 304.0)]

    def test_indian_tax_invoice(self) -> None:
        """HSN/SAC codes, lakh groups, CGST and SGST under the table."""
        analysis = analyze(
            "Deccan Fabtech Pvt. Ltd.\nTAX INVOICE\nInvoice No.:  KA/25-26/0354\n\n"
            "HSN/SAC  Description  Qty  Rate  Taxable Value\n"
            "8413  Centrifugal pump 5HP  3  48,500.00  1,45,500.00\n"
            "9987  Installation  2  6,500.00  13,000.00\n"
            "Taxable Amount  Rs. 1,58,500.00\nCGST @ 9%  Rs. 14,265.00\n"
            "SGST @ 9%  Rs. 14,265.00\nGrand Total  Rs. 1,87,030.00\n"
        )
        assert rows(analysis) == [
            ("Centrifugal pump 5HP", 3.0, 145500.0), ("Installation", 2.0, 13000.0),
        ]  # fmt: skip

    def test_a_telecom_bill(self) -> None:
        """Lines under "Line  Plan  Charges": the plan describes the line."""
        analysis = analyze(
            "Prairie Wireless\nInvoice Number  B14-5661581\n\nMonthly Charges\n"
            "Line            Plan            Charges\n"
            "(402) 555-0147  Unlimited Plus  $70.00\n"
            "(402) 555-0191  Connect 5GB     $35.00\n"
            "Total due  $105.00\n"
        )
        assert rows(analysis) == [("Unlimited Plus", None, 70.0), ("Connect 5GB", None, 35.0)]


class TestPrices:
    def test_counts_in_the_item_and_unit_prices(self) -> None:
        """ "2 of: Kitchen scale  $15.99" under "Items Ordered  Price": the subtotal says the
        price is the unit's."""
        analysis = analyze(
            "Order #1\n\nItems Ordered  Price\n"
            "1 of: Cast iron skillet  $29.99\n2 of: Kitchen scale, digital  $15.99\n\n"
            "Sold by: Bazaarly\nCondition: New\n\nShipping Address\nB. Holm\n\n"
            "Item(s) Subtotal  $61.97\nGrand Total  $61.97\n"
        )
        assert rows(analysis) == [
            ("Cast iron skillet", 1.0, 29.99), ("Kitchen scale, digital", 2.0, 31.98),
        ]  # fmt: skip

    def test_the_subtotal_says_the_price_is_the_rows(self) -> None:
        """ "x 2  22,50 €" under a bare "Prezzo": the sum under the table is of row prices."""
        analysis = analyze(
            "Riepilogo ordine\n\nArticolo  Quantità  Prezzo\n"
            "Tea 250 g  \u00d7 1  16,00 €\nChain lube 100 ml  \u00d7 2  22,50 €\n\n"
            "Subtotale  38,50 €\nSpedizione  4,95 €\n"
        )
        assert rows(analysis) == [("Tea 250 g", 1.0, 16.0), ("Chain lube 100 ml", 2.0, 22.5)]


class TestRunningOn:
    def test_a_statement_header_repeated_on_every_sheet(self) -> None:
        """ "Date / details  Amount" heads every sheet; the running header between the sheets
        ("Sheet 2 of 2") is no row and joins no description."""
        analysis = analyze(
            "Alpenland Bank AG  Sheet 1 of 2\nStatement of account\n"
            "Opening balance: 920.02 EUR\n"
            "Date / details  Amount\n"
            "Jan 12, 2025 Card purchase  -266.58\nJan 13, 2025 Transfer out  -120.50\n\n"
            "Alpenland Bank AG  Sheet 2 of 2\n"
            "Date / details  Amount\n"
            "Jan 19, 2025 Direct debit  -496.52\n"
            "Closing balance: 36.44 EUR\n"
        )
        assert [(d.split(", 2025 ")[1], a) for d, _, a in rows(analysis)] == [
            ("Card purchase", -266.58), ("Transfer out", -120.5), ("Direct debit", -496.52),
        ]  # fmt: skip

    def test_headerless_rows_over_a_page_break(self) -> None:
        """A statement's dated lines go on over the page's footer ("Page 1 of 2")."""
        lines = [
            line(1, "Opening balance: 1 616,15 €"),
            line(1, "2025-08-01 Standing order", "-104,78"),
            line(1, "2025-08-02 Transfer", "-440,53"),
            line(1, "Page 1 of 2", gap=True),
            line(2, "2025-08-05 Direct debit", "-261,49"),
            line(2, "Closing balance:", "-611,49 €", gap=True),
        ]
        assert [item.amount for item in headerless_items(lines)] == [-104.78, -440.53, -261.49]


class TestReceiptLines:
    def test_a_measure_at_a_rate(self) -> None:
        """ "Usage 315 kWh at 0.31  GBP 97.65": 315 at 0.31."""
        analysis = analyze(
            "Northfield Water Co.\nBill number:  216164\n\nAmount\n"
            "Usage 315 kWh at 0.31  GBP 97.65\nStanding charge  GBP 13.82\n"
            "Amount due:  GBP 111.47\n"
        )
        assert [(q, a) for _, q, a in rows(analysis)] == [(315.0, 97.65), (None, 13.82)]

    def test_amount_charged_closes_the_items(self) -> None:
        """ "Amount charged" is a receipt's total."""
        analysis = analyze(
            "Receipt from Brightnote Software Ltd\nReceipt #1044-4077\n\nSUMMARY\n\n"
            "Pro plan \u00d7 6  USD 144.00\nAmount charged  USD 144.00\n"
        )
        assert rows(analysis) == [("Pro plan", 6.0, 144.0)]


class TestLayouts:
    def test_markdown_rows_keep_their_empty_cells(self) -> None:
        """A Markdown row with empty cells and line breaks written into a cell: each number
        stays in its column; a discount row's amount is the net one, not the gross."""
        analysis = analyze(
            "Cobalt Ridge Systems Inc\n\n# Tax Invoice\n\n**Invoice no.:** F2026/487\n\n"
            "| Part No. | Product | Qty | Unit cost | Disc. % | Net EUR | VAT rate | Gross |\n"
            "|---|---|---:|---:|---:|---:|---:|---:|\n"
            "| 4544 | Self-drilling<br>screws (pack) | 3 | 16.25 |  | 48.75 | 20.0% | 58.50 |\n"
            "|  | Loyalty discount 5% |  |  |  | -2.44 |  | -2.93 |\n\n"
            "**Net total:** EUR 46.31\n**Amount due:** EUR 55.57\n"
        )
        assert rows(analysis) == [
            ("Self-drilling screws (pack)", 3.0, 48.75), ("Loyalty discount 5%", None, -2.44),
        ]  # fmt: skip

    def test_descriptions_that_end_on_the_numbers_line(self) -> None:
        """Each description starts above its numbers and ends on their line ("of two
        mature oaks  1,211.25"): the text between two rows leads the next row."""
        analysis = analyze(
            "Pemberton Lab Supplies Ltd\nRechnung\nRechnungs-Nr.: 2025-4773\n\n"
            "Bezeichnung                       Betrag   Menge   Preis\n"
            "Tree surgery: crown reduction\n"
            "of two mature oaks              1,211.25   12.75   95.00\n"
            "Bookkeeping and VAT return\n"
            "preparation                        29.00     0.5   58.00\n\n"
            "Zwischensumme:  1,240.25\n"
        )
        assert [d for d, _, _ in rows(analysis)] == [
            "Tree surgery: crown reduction of two mature oaks",
            "Bookkeeping and VAT return preparation",
        ]

    def test_a_count_printed_under_its_item(self) -> None:
        """German and Dutch tills print "2 Stk x 3,29" under the item it counts."""
        analysis = analyze(
            "Nahkauf Berger\nKassenbon\n\n"
            "Gouda jung 400g                   6,58 B\n  2 Stk x 3,29\n"
            "Laugenbrezel                      0,89 B\n"
            "SUMME                     EUR      7,47\n"
        )
        assert rows(analysis) == [("Gouda jung 400g", 2.0, 6.58), ("Laugenbrezel", None, 0.89)]

    def test_fuel_in_pence_a_litre(self) -> None:
        """ "42.17 L @ 142.9 p/L  £60.26": the rate is in pence; the count of items before
        "BALANCE DUE" does not hide the total."""
        analysis = analyze(
            "Moorside Service Station\nRECEIPT\n\nPump 01   Unleaded\n"
            "42.17 L @ 142.9 p/L               £60.26\n1 BALANCE DUE                     £60.26\n"
        )
        assert rows(analysis) == [("Pump 01 Unleaded", 42.17, 60.26)]
