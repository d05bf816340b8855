"""A document's number and due date under the labels and layouts billing software prints
them with: a bare "No." or "Nummer" over its value or heading a band of labels, "N° de
facture" alone over its number, Italy's "N. documento", German, Italian and Spanish due
labels with their prepositions, and terms in days written the way the trade writes them."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of
from workflow.analyzers import OfflineAnalyzer

_ITEMS = (
    "\nWindow cleaning          2     £40.00      £80.00\n\nTotal due                      £80.00\n"
)


class TestBareNumberLabels:
    @pytest.mark.parametrize(
        ("head", "number"),
        [
            (
                "Clearview Services Ltd\n\nINVOICE\n\nNo.\nCV-20418\n\nDate\n04/03/2026\n",
                "CV-20418",
            ),
            (
                "Glashelder B.V.\n\nFactuur\n\nNummer       Datum            Vervaldatum\n"
                "F2026-0193   7 januari 2026   28 januari 2026\n",
                "F2026-0193",
            ),
            (
                "Atelier Lenoir SARL\n\nFacture\n\nN° de facture\n2026/532\n\n"
                "Date d'émission\n26/01/2026\n",
                "2026/532",
            ),
            (
                "Ferramenta Bassi S.r.l.                 N. documento: A-04021\n"
                "Via Roma 4, Lodi                        Data documento: 26/05/2026\n\nFATTURA\n",
                "A-04021",
            ),
        ],
    )
    def test_the_number_under_or_after_its_label(self, head: str, number: str) -> None:
        assert figures_of(head + _ITEMS)["documentNumber"] == number

    def test_the_rechnungsnummer_abbreviated_heading_a_band(self) -> None:
        text = (
            "Kessler Haustechnik GmbH\n\nRECHNUNG\n\nRe.-Nr.     Datum        Kunden-Nr.\n"
            "A-05296     03.02.2026   10442\n\nGesamtbetrag  1.321,20 EUR\n"
        )
        assert figures_of(text)["documentNumber"] == "A-05296"

    def test_an_item_tables_row_number_is_no_document_number(self) -> None:
        text = (
            "Clearview Services Ltd\n\nINVOICE\n\nDate: 04/03/2026\n\n"
            "No.   Description        Qty   Price    Amount\n"
            "104   Window cleaning    2     £40.00   £80.00\n\nTotal due  £80.00\n"
        )
        assert "documentNumber" not in figures_of(text)

    def test_a_date_under_a_bare_label_is_no_number(self) -> None:
        text = "Clearview Services Ltd\n\nINVOICE\n\nNo.\n04/03/2026\n" + _ITEMS
        assert "documentNumber" not in figures_of(text)


class TestDueLabels:
    @pytest.mark.parametrize(
        ("text", "due"),
        [
            (
                "RECHNUNG\nRechnungs-Nr.: 2026-118\nDatum: 03.02.2026\nFällig bis: 17.02.2026\n",
                "2026-02-17",
            ),
            (
                "FATTURA\nFattura n. 7/2026\nData: 24/03/2026\nScadenza pagamento: 14/04/2026\n",
                "2026-04-14",
            ),
            (
                "FACTURA\nFactura nº 42975\nFecha: 07/09/2026\nFecha límite de pago: 28/09/2026\n",
                "2026-09-28",
            ),
        ],
    )
    def test_the_labelled_due_date(self, text: str, due: str) -> None:
        assert figures_of(text + "Totale  € 148,80\n")["dueDate"] == due


class TestTermsInDays:
    @pytest.mark.parametrize(
        ("terms", "due"),
        [
            ("Terms: strictly 14 days", "2026-07-31"),
            ("Pagamento: bonifico 30 gg d.f.", "2026-08-16"),
            ("Pagamento a 30 giorni data fattura", "2026-08-16"),
        ],
    )
    def test_days_from_the_invoice_date(self, terms: str, due: str) -> None:
        text = f"INVOICE\nInvoice No: INV-9420\nDate: 17/07/2026\nTotal £1,738.80\n{terms}\n"
        assert figures_of(text)["dueDate"] == due

    def test_days_to_the_end_of_the_month_are_not_counted_from_the_date(self) -> None:
        """ "30 gg d.f.f.m." runs to the end of the month after 30 days: no plain count."""
        text = (
            "FATTURA\nFattura n. 7/2026\nData: 17/07/2026\nTotale € 1.738,80\n"
            "Pagamento: 30 gg d.f.f.m.\n"
        )
        assert "dueDate" not in figures_of(text)


class TestTotalLabels:
    @pytest.mark.parametrize(
        ("head", "net", "label"),
        [
            (
                "FATURA\nValores em EUR\nFatura n.º FT 2026/4471\nData: 12/03/2026",
                "Total ilíquido",
                "Total",
            ),
            (
                "FATURA\nValores em EUR\nFatura n.º FT 2026/4471\nData: 12/03/2026",
                "Total ilíquido",
                "Valor a pagar",
            ),
            (
                "FATURA\nValores em EUR\nFatura n.º FT 2026/4471\nData: 12/03/2026",
                "Total sem IVA",
                "Valor total",
            ),
            (
                "FATTURA\nImporti in EUR\nFattura n. 4471\nData: 12/03/2026",
                "Imponibile",
                "Totale a pagare",
            ),
            (
                "FATTURA\nImporti in EUR\nFattura n. 4471\nData: 12/03/2026",
                "Imponibile",
                "Importo da pagare",
            ),
            (
                "FACTURA\nImportes en EUR\nFactura nº 4471\nFecha: 12/03/2026",
                "Base imponible",
                "Importe a pagar",
            ),
        ],
    )
    def test_the_total_after_tax_not_the_net(self, head: str, net: str, label: str) -> None:
        """The net before tax ("Total ilíquido") is no total; the sum to pay is, also printed
        bare with the currency said once in the head."""
        text = (
            f"Brightwater Trading Lda\n{head}\n\nWidgets  2  1.065,50  2.131,00\n\n"
            f"{net}\t2.131,00\nIVA 23 %\t490,13\n{label}\t2.621,13\n"
        )
        assert figures_of(text)["total"] == {"amount": 2621.13, "currency": "EUR"}


class TestNumbersOfOtherPapers:
    @pytest.mark.parametrize(
        ("title", "label"),
        [
            ("GUTSCHRIFT", "Gutschriftsnummer"),
            ("AVOIR", "N° d'avoir"),
            ("AVOIR", "Numéro d'avoir"),
            ("NOTA DE CRÉDITO", "Nota de crédito nº"),
            ("NOTA DE CRÉDITO", "Nº nota de crédito"),
            ("NOTA DI CREDITO", "Nota di credito n."),
            ("NOTA DI CREDITO", "Numero nota di credito"),
            ("CREDIT NOTE", "CN No."),
            ("PURCHASE ORDER", "P.O. #"),
            ("INKOOPORDER", "Inkoopordernummer"),
            ("ORDEN DE COMPRA", "Orden de compra nº"),
            ("ORDINE D'ACQUISTO", "Ordine d'acquisto n."),
            ("ORDINE", "Numero ordine"),
            ("RECIBO", "Nº de recibo"),
            ("RICEVUTA", "Numero ricevuta"),
            ("KWITANTIE", "Kwitantienummer"),
            ("REÇU", "N° de reçu"),
            ("DEVIS", "N° de devis"),
            ("PRESUPUESTO", "Presupuesto nº"),
            ("OFFERTE", "Offerte nr."),
            ("ANGEBOT", "Angebot Nr."),
        ],
    )
    @pytest.mark.parametrize(
        "layout",
        ["{label}: {number}", "{label}\n{number}", "{label}   Datum\n{number}   12.03.2026"],
    )
    def test_the_number_each_names(self, title: str, label: str, layout: str) -> None:
        head = layout.format(label=label, number="G743/2026")
        text = (
            f"Nordlicht Handel GmbH\nHafenstr. 3, 20457 Hamburg\n\n{title}\n\n{head}\n\n"
            "Artikel A   2   12,50 EUR   25,00 EUR\n\nSumme   25,00 EUR\n"
        )
        assert figures_of(text)["documentNumber"] == "G743/2026"


class TestDatesAreNoNumbers:
    def test_a_date_after_the_documents_name_is_its_date(self) -> None:
        """ "Data fattura  21/07/2026" beside the address: the invoice's date, not its number."""
        text = (
            "Oakridge Joinery Ltd  Fattura\n12 Example Street  N. documento  A-09211\n"
            "Springfield 12345  Data fattura  21/07/2026\nTotale  € 1.956,00\n"
        )
        figures = figures_of(text)
        assert figures["documentNumber"] == "A-09211"
        assert figures["issueDate"] == "2026-07-21"

    def test_date_de_facturation_dates_the_invoice(self) -> None:
        text = (
            "FACTURE\nFacture No 2025-1201\nDate de facturation  01/08/2026\nTotal TTC  480,00 €\n"
        )
        assert figures_of(text)["issueDate"] == "2026-08-01"


class TestOrderDays:
    @pytest.mark.parametrize(
        "other",
        ["Order Date", "Ship Date", "Service Date", "Bestelldatum", "Versanddatum", "Besteldatum"],
    )
    def test_the_invoices_own_date_beats_the_orders(self, other: str) -> None:
        text = (
            "Acme Supplies\n\nINVOICE\n\nInvoice No.: INV-4471\n"
            f"{other}: 03.08.2026\nInvoice Date: 12.08.2026\n\nWidget  2  €10.00  €20.00\n"
            "Total  €20.00\n"
        )
        assert figures_of(text)["issueDate"] == "2026-08-12"

    def test_an_orders_day_dates_a_paper_that_names_no_other(self) -> None:
        text = "Thanks for your order!\nOrder #100482\nOrder date: 9 April 2026\nTotal  €20.70\n"
        assert figures_of(text)["issueDate"] == "2026-04-09"


class TestWrappedLabels:
    """Labels a narrow column broke over two lines, as a PDF's text layer reads them."""

    @pytest.mark.parametrize(
        ("head", "tail", "due"),
        [
            ("Date", "d'échéance", "2026-07-19"),
            ("Payment", "Due", "2026-07-19"),
            ("Te", "betalen vóór", "2026-07-19"),
            ("Zahlbar", "bis", "2026-07-19"),
        ],
    )
    def test_a_label_ended_on_the_next_line_names_the_date(
        self, head: str, tail: str, due: str
    ) -> None:
        text = (
            "Atelier Lenoir SARL  Invoice\n12 rue des Lilas\n"
            "Springfield 12345  Invoice No.  F-2026-118\nDate  05/07/2026\n"
            f"{head}  19/07/2026\n{tail}\nRedwood Dental Group\n{_ITEMS}"
        )
        figures = figures_of(text)
        assert figures["dueDate"] == due
        assert figures["issueDate"] == "2026-07-05"

    def test_a_band_labels_last_cell_numbers_the_value_under_it(self) -> None:
        text = (
            "Kessler Haustechnik GmbH  Rechnung\nMusterstraße 12\n\n"
            "Ihre Bestellung  Fällig am  Datum  Rechnungsnr.\n"
            "2692  26.12.2026  26.11.2026  73530\n\nGesamtbetrag  2.802,00 EUR\n"
        )
        figures = figures_of(text)
        assert figures["documentNumber"] == "73530"
        assert figures["dueDate"] == "2026-12-26"

    def test_a_bare_number_label_beats_the_other_papers_numbers(self) -> None:
        text = (
            "Glashelder B.V.  FACTUUR\nKeizersgracht 1\n"
            "Uw referentie  6975\nNummer  INV-2026-0934\nOrdernummer  ORD-5910\n"
            "Factuurdatum  21-06-2026\n\nGlasbewassing  2  € 40,00  € 80,00\nTotaal  € 80,00\n"
        )
        assert figures_of(text)["documentNumber"] == "INV-2026-0934"

    def test_a_spanish_request_to_pay_before_a_day_dates_the_payment(self) -> None:
        text = (
            "Talleres Ruiz S.L.\nFACTURA\nFactura nº 2026/118\nFecha: 01/03/2026\n"
            "Total  1.210,00 €\nLe rogamos efectúe el pago antes del 31/03/2026.\n"
        )
        assert figures_of(text)["dueDate"] == "2026-03-31"

    def test_fecha_de_pago_is_a_bills_due_date_and_a_receipts_date(self) -> None:
        bill = (
            "Talleres Ruiz S.L.\nFACTURA\nFactura nº 2026/118\nFecha: 01/03/2026\n"
            "Fecha de pago: 31/03/2026\nServicio  1  1.210,00 €  1.210,00 €\nTotal  1.210,00 €\n"
        )
        assert figures_of(bill)["dueDate"] == "2026-03-31"
        ticket = (
            "Café Sol\nTICKET DE COMPRA\nFecha de pago: 31/03/2026 12:02\n"
            "Café con leche  1,80 €\nTOTAL  1,80 €\nPagado con tarjeta\n"
        )
        figures = figures_of(ticket)
        assert figures["issueDate"] == "2026-03-31"
        assert "dueDate" not in figures


class TestTitledNumbers:
    @pytest.mark.parametrize("title", ["FAKTURA", "Faktura", "BILL", "Bill"])
    def test_a_bills_or_a_fakturas_title_carries_its_number(self, title: str) -> None:
        text = (
            f"Nordlys Rør AS  {title} F2025-9294\nStorgata 1  Date: 12/03/2026\n\n"
            f"Bill to: Studio Rossi\n{_ITEMS}"
        )
        assert figures_of(text)["documentNumber"] == "F2025-9294"


class TestReferencePanels:
    @pytest.mark.parametrize(("name", "number"), [("Pakbon", "PB37952"), ("Albarán", "ALB39560")])
    def test_an_invoice_naming_its_delivery_note_is_still_an_invoice(
        self, name: str, number: str
    ) -> None:
        text = (
            "Pinecrest Analytics LLC  FACTUUR 61134\n12 Example Street\n"
            "Springfield 12345  Datum  26-08-2026\n"
            f"{name}  {number}\nFernhill Primary School\n\n"
            "Description  Qty  Price  Amount\nConsulting  2  € 100,00  € 200,00\n"
            "Totaal  € 242,00\n"
        )
        analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="doc.txt")
        assert analysis["documentType"] == "invoice"
        assert analysis["keyFigures"]["documentNumber"] == "61134"

    def test_a_delivery_notes_title_with_its_number_still_names_it(self) -> None:
        text = (
            "Acme Supplies\nDELIVERY NOTE  DN-1234\nDate: 12/03/2026\n"
            "Item  Qty delivered\nBolts  200\nReceived in good condition: ________\n"
        )
        analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="doc.txt")
        assert analysis["documentType"] == "other"
