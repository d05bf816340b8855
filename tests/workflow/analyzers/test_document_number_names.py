"""Documents' own numbers under names the analyzer had not read: a quotation titled with its
number ("QUOTE Q-5526", "Angebot AN-2026-118"), in every language it reads."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of
from workflow.analyzers import OfflineAnalyzer


class TestQuotationTitles:
    @pytest.mark.parametrize(
        "title", ["QUOTE", "# Quote", "Quotation", "Estimate", "Angebot", "Devis", "Preventivo"]
    )
    def test_a_quotation_titled_with_its_number(self, title: str) -> None:
        """The title and the number on one line name the quotation's own number."""
        text = (
            f"{title} Q-5526\n\nAshgrove Plumbing & Heating\nUnit 4, Millbrook Yard\n\n"
            "Quote date: 16/09/2025\nValid until: 16/10/2025\nPrepared for: Clara Wexford\n\n"
            "Flush and refill system  €220.00\nMagnetic filter  €145.00\n\nTotal: €365.00\n"
        )
        assert figures_of(text)["documentNumber"] == "Q-5526"

    def test_an_invoice_mentioning_its_quote_keeps_its_own_number(self) -> None:
        """A sentence naming the quote the work was done under is no number of the invoice."""
        text = (
            "Ashgrove Plumbing & Heating\nINVOICE\nInvoice date: 16/10/2025\n"
            "Work carried out as per our quote Q-5526 of 16/09/2025.\n"
            "Flush and refill system  €220.00\nTotal: €220.00\n"
        )
        assert figures_of(text).get("documentNumber") != "Q-5526"


class TestOrderConfirmations:
    def test_a_german_confirmations_ab_number(self) -> None:
        """ "AB-Nr." abbreviates the Auftragsbestätigung's own number."""
        text = (
            "AUFTRAGSBESTÄTIGUNG\nBrandt Metallbau GmbH  AB-Nr.  AB-451113\n"
            "Gewerbestraße 14  Datum  20.09.2025\nKundennummer  62983\n"
            "Pos.  Artikel / Leistung  Anz.  E-Preis  G-Preis\n"
            "1  LED-Panel 62x62  5  303,77  1.518,85\nSumme netto  1.518,85 €\n"
        )
        assert figures_of(text)["documentNumber"] == "AB-451113"

    @pytest.mark.parametrize(
        "label", ["Conferma n.", "Orderbevestiging nr.", "Confirmación de pedido nº"]
    )
    def test_a_confirmations_number_under_its_label(self, label: str) -> None:
        """A band of labels over their values: the confirmation's number under its label."""
        text = (
            "Officine Bertoldi S.r.l.\nVia Emilia Ovest 45\n41123 Modena\n"
            f"{label}  Data  Agente  Codice cliente\n"
            "SO-18148  02/06/2026  Chiara Bellini  K-88011\nPagamento  Rimessa diretta\n"
            "#  Descrizione  Quantità  Prezzo unit.  Importo\n"
            "1  Sopralluogo tecnico  10  462,49  4.624,90\nTotale  € 4.624,90\n"
        )
        assert figures_of(text)["documentNumber"] == "SO-18148"


class TestStatementNumbers:
    def test_a_dutch_statements_own_number_before_its_iban(self) -> None:
        """A "Rekeningoverzicht" is known by its "Overzicht nr.", not by the bank account
        its footer prints."""
        text = (
            "De Groot Drukwerk B.V.  REKENINGOVERZICHT\nIndustrieweg 31\n3542 AD Utrecht\n"
            "Overzicht nr.  Datum  Debiteurnr.\nST-58334  14-07-2026  28668\n"
            "Factuuradres\nBakker Installatietechniek B.V.\n"
            "Datum  Omschrijving  Debet  Credit  Saldo\n"
            "05-06-2026  Factuur RE-2026-89945  1.865,29  1.865,29\n"
            "12-06-2026  Factuur RE-2026-27011  1.630,19  3.495,48\n"
            "Nieuw saldo  € 3.495,48\n"
            "De Groot Drukwerk B.V.  KvK 58158851  IBAN NL12 1839 7893 5736 6243 46\n"
        )
        assert figures_of(text)["documentNumber"] == "ST-58334"

    def test_a_statements_account_in_a_band_of_labels(self) -> None:
        """A statement printing no number of its own is known by its account, here under its
        label in a band of labels ("Statement Date  Account #  Due Date")."""
        text = (
            "Prairie Hills Hospital\nPatient Financial Services\nPO Box 9120, Wichita, KS 67277\n"
            "PATIENT STATEMENT\nStatement Date  Account #  Due Date  Please Pay This Amount\n"
            "08/16/2025  H12369402  09/15/2025  $309.53\nPatient: Curtis Pembrook\n"
            "Date  Description  Amount\n07/24/2025  Emergency room visit level 3  1,240.00\n"
            "08/10/2025  Insurance payment  -930.47\nPatient balance  $309.53\n"
        )
        figures = figures_of(text)
        assert figures["accountNumber"] == "H12369402"
        assert figures["documentNumber"] == "H12369402"


class TestSeriesInABand:
    @pytest.mark.parametrize("number", ["NC 571/2025", "FT 2025A/874"])
    def test_a_series_and_its_number_under_the_label(self, number: str) -> None:
        """A band of labels over their values: the series, a space and the number, whole."""
        text = (
            "Prairie Wind Electric Inc.  CREDIT NOTE\n1840 Industrial Pkwy\n"
            "Springfield, IL 62703\nCredit Note No.  Date  Account No.\n"
            f"{number}  12/28/2025  1033776\nCustomer PO  P020258250\n"
            "#  Product  Quantity  Unit Cost  Line Total\n"
            "1  Safety gloves (pair)  2  133.89  267.78\nTotal Credit  $267.78\n"
            "Prairie Wind Electric Inc.  Contractor Lic. #248400\n"
        )
        assert figures_of(text)["documentNumber"] == number


class TestCardStatements:
    def test_a_german_card_statement_is_known_by_its_card(self) -> None:
        """A card's "Monatsabrechnung" (its credit limit, the last statement's balance) is a
        statement, and one printing no number of its own is known by the card's."""
        text = (
            "Nordbank Card Services AG\nPostfach 10 22 40, 20015 Hamburg\n"
            "Frau Friederike Albers  Abrechnungsdatum: 30.04.2026\n"
            "Eppendorfer Weg 212  Kartennummer: 4543 XXXX XXXX 6763\n"
            "20251 Hamburg  Kreditrahmen: 3.000,00 EUR\n"
            "Monatsabrechnung Ihrer Mastercard Gold\n"
            "Saldo letzte Abrechnung:  190,03 EUR\nLastschrifteinzug:  -190,03 EUR\n"
            "Belegdatum  Buchungsdatum  Umsatz  Betrag EUR\n"
            "01.04.2026  03.04.2026  Amazon EU S.a.r.l. Luxemburg  61,38\n"
            "03.04.2026  05.04.2026  ARAL Station 2231 Hamburg  6,70\n"
            "Neuer Saldo:  68,08 EUR\n"
        )
        analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="k.txt")
        assert analysis["documentType"] == "statement"
        assert analysis["keyFigures"]["documentNumber"] == "4543 XXXX XXXX 6763"


class TestShopAndBookingMails:
    def test_a_shipped_notice_is_a_receipt_known_by_its_order(self) -> None:
        """A shop's mail saying the order it was paid for has shipped is a receipt of it, no
        memo (its From/To/Subject lines notwithstanding): numbered by the order."""
        text = (
            "From: Crateway <shipment-tracking@crateway.example>\nTo: Greta Holm "
            '<greta@inbox.example>\nSubject: Shipped: "Bamboo cutlery roll"\n'
            'Date: Sat, 12 Sep 2026 06:44:35 +0000\n\nShipped: "Bamboo cutlery roll"\n\n'
            "Crateway\n\nHello Greta, your order 373-0732269-3953318 has shipped.\n\n"
            "Bamboo cutlery roll\nQty: 1\n£17.63\n\nItem subtotal  £17.63  Order total  £21.62\n"
        )
        analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="n.eml")
        assert analysis["documentType"] == "receipt"
        assert analysis["keyFigures"]["documentNumber"] == "373-0732269-3953318"

    def test_a_booking_confirmed_by_its_agent_is_a_receipt(self) -> None:
        """ "Your booking ... is confirmed" with its confirmation number: a receipt of it."""
        text = (
            "From: Stayfinder <confirmations@stayfinder.example>\nTo: Saskia de Vries "
            "<saskia@inbox.example>\nSubject: Your booking at Hôtel des Tanneurs is confirmed\n"
            "Date: Sat, 13 Dec 2025 16:15:57 +0000\n\nStayfinder\n\nThanks, Saskia! Your "
            "booking at Hôtel des Tanneurs is confirmed. Confirmation number: 8228932389, "
            "PIN: 6029.\n\nRoom  Double room, 1 night\nTotal price  € 150,36\n"
        )
        analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="b.eml")
        assert analysis["documentType"] == "receipt"
        assert analysis["keyFigures"]["documentNumber"] == "8228932389"


class TestDataFileKeys:
    @pytest.mark.parametrize("key", ["invoice_no", "invoice_number", "Invoice_No"])
    def test_a_front_matter_key_names_the_number(self, key: str) -> None:
        """A note's front matter (YAML) joins a label's words with "_": "invoice_no: ..."."""
        text = (
            f"---\n{key}: 2026-020\ndate: 8 September 2026\nclient: Hollin Estates\n"
            "status: Unpaid\n---\n\n# Invoice\n\nTomás Ibarra\nFreelance design & copy\n\n"
            "| Description | Hours | Rate | Amount |\n|:---|---:|---:|---:|\n"
            "| Website maintenance | 4.5 | £65.00 | £292.50 |\n\n**Total due:** £292.50\n"
        )
        assert figures_of(text)["documentNumber"] == "2026-020"


class TestNumeroSignMisread:
    @pytest.mark.parametrize(
        ("line", "number"),
        [
            ("RECIBO  N2 076", "076"),
            ("RECIBO  N.2 008", "008"),
            ("FACTURA RECTIFICATIVA N.2 R-2026/014", "R-2026/014"),
        ],
    )
    def test_a_scanned_numero_sign(self, line: str, number: str) -> None:
        """OCR reads "Nº"'s raised "o" as a "2": the number is the one after it, not "2"."""
        text = (
            f"{line}\nPor: 50,00 €\nHe recibido de D. Samuel Patel la cantidad de cincuenta "
            "euros en concepto de alquiler de garaje.\nEn Valencia, a 18 de agosto de 2025\n"
        )
        assert figures_of(text)["documentNumber"] == number


class TestCustomerCodes:
    @pytest.mark.parametrize("label", ["Codice cliente", "Código de cliente", "Número de cliente"])
    def test_a_statement_known_by_the_customers_code(self, label: str) -> None:
        """A supplier's statement printing neither its own number nor an account is known by
        the customer's code with the supplier, in Italian, Spanish and Portuguese too."""
        text = (
            "De Wit Installaties B.V.\nAm Mühlbach 7, 79098 Freiburg\nEstratto conto\n"
            f"{label}: 38764  Data estratto: 24/10/2025\nKröger Elektrotechnik KG\n"
            "Data  Documento  Importo  Saldo\n02/10/2025  Fattura 4099  1.392,49  1.392,49\n"
            "09/10/2025  Fattura 3210  985,00  2.377,49\nSaldo finale  2.377,49 €\n"
        )
        assert figures_of(text)["documentNumber"] == "38764"
