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


class TestNumbersWhereLayoutsPutThem:
    def test_a_number_and_its_date_under_one_label(self) -> None:
        """SAP's "Bestellnummer/Datum: 4513828497 / 13.02.2026"."""
        text = (
            "Klinikum Weserbergland gGmbH\nEinkauf\n"
            "Medizintechnik Orth GmbH  Bestellnummer/Datum: 4513828497 / 13.02.2026\n"
            "Bestellung\nPos.  Material  Kurztext  Bestellmenge  Nettopreis  Nettowert\n"
            "10  16779994  Sicherheitsschuhe  3 ST  64,00  192,00\n"
            "Gesamtnettowert ohne Mwst EUR: 192,00\n"
        )
        figures = figures_of(text)
        assert figures["documentNumber"] == "4513828497"
        assert figures["issueDate"] == "2026-02-13"

    def test_a_document_number_in_a_band_of_labels(self) -> None:
        text = (
            "Kunststofftechnik Ahlen GmbH\nRechnung\n"
            "Belegnummer  Datum  Kundennummer  Ihre Bestellung  Seite\n"
            "90316519  22.08.2026  253445  4591470671  1 / 1\n"
            "Endbetrag EUR:  2.237,20\n"
        )
        assert figures_of(text)["documentNumber"] == "90316519"

    def test_a_band_label_over_a_date_gives_no_number(self) -> None:
        text = (
            "Kunststofftechnik Ahlen GmbH\nRechnung\nBelegnummer  Datum\n22.08.2026  23.08.2026\n"
            "Endbetrag EUR:  2.237,20\n"
        )
        assert figures_of(text).get("documentNumber") != "22.08.2026"

    def test_a_mails_subject_names_the_invoice_it_sends(self) -> None:
        text = (
            "From: Tern & Wicklow Design Ltd <accounts@tern.example>\n"
            "Subject: Invoice INV-56087 from Tern & Wicklow Design Ltd for $1,473.77\n\n"
            "Hi Carla,\n\nHere's invoice INV-56087 for $1,473.77, dated Apr 15, 2025.\n"
        )
        assert figures_of(text)["documentNumber"] == "INV-56087"

    def test_a_statements_row_still_only_mentions_an_invoice(self) -> None:
        text = (
            "STATEMENT\nStatement No.: ST-88\nDate: 2026-05-31\n"
            "12/05/2026  Invoice 1001  120.00\nBalance due  120.00 GBP\n"
        )
        assert figures_of(text)["documentNumber"] == "ST-88"

    def test_a_folded_subject_names_the_invoice_too(self) -> None:
        text = (
            "From: Tern & Wicklow Design Ltd <accounts@tern.example>\nSubject:\n"
            " Invoice INV-51633 from Tern & Wicklow Design Ltd for £3,058.73 due 8 Jan 2026\n"
            "Date: Thu, 25 Dec 2025 14:13:00 +0000\n\nHi Anna,\n\n"
            "Here's your invoice for £3,058.73, dated 25 Dec 2025.\n"
        )
        assert figures_of(text)["documentNumber"] == "INV-51633"


class TestTotalsNamedByTheirDocument:
    def test_a_french_bills_amount_of_this_invoice(self) -> None:
        """The "Détail  Montant TTC" header's first row is no total; the label naming this
        bill's amount is."""
        text = (
            "Facture du 20 juillet 2026\nN° de facture : 6478028306\n"
            "Détail  Montant TTC\nConsommation  325,82\nAbonnement  38,62\n"
            "Solde de la facture précédente:  186,40 €\n"
            "Montant TTC de cette facture:  364,44 €\n"
        )
        assert figures_of(text)["total"] == {"amount": 364.44, "currency": "EUR"}

    def test_a_german_statements_balance_owed(self) -> None:
        text = (
            "Kontoauszug Nr. 16 vom 02.07.2026\nDebitorennummer: 04955\n"
            "Belegdatum  Beleg-Nr.  Fällig am  Betrag  Saldo\n"
            "11.05.2026  RE294297  10.06.2026  1.681,27  1.681,27\n"
            "Saldo zu Ihren Lasten: 1.681,27 €\n"
        )
        assert figures_of(text)["total"] == {"amount": 1681.27, "currency": "EUR"}
