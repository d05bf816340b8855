"""Key figures as printed where OCR or a layout got in the way: a purchase order's "PO"
prefix OCR read as "P0" (only on a page OCR read), a total whose label carries its tax in
brackets ("Gesamtsumme (inkl. MwSt.)"), an item table's "Total" column that is no total, and
a bill's total before the payment already made on it."""

from __future__ import annotations

from typing import Any

from docpipe.layout import Layout, PageLayout, Word
from workflow.analyzers import OfflineAnalyzer


def _layout(text: str, confidence: float | None) -> Layout:
    """One page whose words are the text's tokens, read by OCR (a confidence) or not."""
    words = tuple(
        Word(token, (0.1, 0.02 * line, 0.2, 0.02 * line + 0.015), confidence, line)
        for line, row in enumerate(text.splitlines())
        for token in row.split()
    )
    return Layout((PageLayout(1, 1000.0, 1400.0, 0, len(text), words),))


def figures_of(text: str, *, ocr: bool | None = None) -> dict[str, Any]:
    layout = None if ocr is None else _layout(text, 0.91 if ocr else None)
    media_type = "image/png" if ocr else "application/pdf"
    analysis = OfflineAnalyzer().analyze(text, media_type=media_type, filename="d", layout=layout)
    figures: dict[str, Any] = analysis["keyFigures"]
    return figures


_PO = (
    "Purchase Order\nSupplier: Atlas Freight Limited\nP.O. No.: {number}\n"
    "Order date: 2025-04-29\nDescription  Qty  Unit price  Amount\n"
    "Pallets  4  120.00  480.00\nTotal: 480.00 EUR\n"
)


class TestPurchaseOrderPrefix:
    def test_ocrs_zero_for_the_letter_o(self) -> None:
        assert figures_of(_PO.format(number="P0222839"), ocr=True)["documentNumber"] == "PO222839"

    def test_with_a_year_and_a_dash(self) -> None:
        number = figures_of(_PO.format(number="P02026-372"), ocr=True)["documentNumber"]
        assert number == "PO2026-372"

    def test_a_text_layers_p0_is_what_the_file_says(self) -> None:
        assert figures_of(_PO.format(number="P0222839"), ocr=False)["documentNumber"] == "P0222839"
        assert figures_of(_PO.format(number="P0222839"))["documentNumber"] == "P0222839"

    def test_a_zero_padded_number_is_printed_so(self) -> None:
        """Odoo numbers its orders "P00042": OCR reading it is no reason to change it."""
        assert figures_of(_PO.format(number="P00042"), ocr=True)["documentNumber"] == "P00042"

    def test_an_invoices_number_is_left_alone(self) -> None:
        text = "INVOICE\nInvoice No.: P0222839\nDate: 2025-04-29\nTotal: 480.00 EUR\n"
        assert figures_of(text, ocr=True)["documentNumber"] == "P0222839"


class TestTotals:
    def test_a_total_label_with_its_tax_in_brackets(self) -> None:
        text = (
            "Bestellbestätigung\nBestellnummer  3777274\nBestelldatum  24.03.2026\n"
            "Artikel  Menge  Einzelpreis  Gesamt\n"
            "Wandersocken Merino  1  18,95 €  18,95 €\nIsomatte  1  64,00 €  64,00 €\n"
            "Zwischensumme  82,95 €\nVersand  4,95 €\nGesamtsumme (inkl. MwSt.)  87,90 €\n"
        )
        assert figures_of(text)["total"] == {"amount": 87.9, "currency": "EUR"}

    def test_a_dutch_total_including_vat_in_brackets(self) -> None:
        text = (
            "Bestelbevestiging\nBestelnummer  3921713\nBesteldatum  16-03-2026\n"
            "Product  Aantal  Prijs  Totaal\nMelkopschuimer  1  € 39,00  € 39,00\n"
            "Subtotaal  € 39,00\nTotaal (incl. btw)  € 39,00\n"
        )
        assert figures_of(text)["total"] == {"amount": 39.0, "currency": "EUR"}

    def test_an_item_tables_total_column_is_no_total(self) -> None:
        """With no total printed, the first row under "Gesamt" is not taken for one."""
        text = (
            "Bestellbestätigung\nBestellnummer  3777274\nBestelldatum  24.03.2026\n"
            "Artikel  Menge  Einzelpreis  Gesamt\n"
            "Wandersocken Merino  1  18,95 €  18,95 €\nIsomatte  1  64,00 €  64,00 €\n"
        )
        assert figures_of(text).get("total") != {"amount": 18.95, "currency": "EUR"}

    def test_a_bills_total_before_the_payment_made_on_it(self) -> None:
        text = (
            "INVOICE  Bluenose Design Co. Ltd.\nInvoice Number: 221\n"
            "Invoice Date: November 18, 2026\nAmount Due (CAD): $4,101.90\n"
            "Items  Quantity  Price  Amount\nPhotography  12  $425.00  $5,100.00\n"
            "Copywriting  1  $280.00  $280.00\nSubtotal:  $5,380.00\nHST 13%:  $699.40\n"
            "Total:  $6,079.40\nPayment on November 8, 2026 using e-Transfer:  -$1,977.50\n"
            "Amount Due (CAD):  $4,101.90\n"
        )
        assert figures_of(text)["total"]["amount"] == 6079.4

    def test_an_amount_due_after_a_discount_stays_the_total(self) -> None:
        """A line that pays nothing (a discount) leaves the amount due the total."""
        text = (
            "INVOICE\nInvoice Number: 222\nInvoice Date: 2026-11-18\n"
            "Total:  $500.00\nLoyalty discount:  -$50.00\nAmount due:  $450.00\n"
        )
        assert figures_of(text)["total"]["amount"] == 450.0
