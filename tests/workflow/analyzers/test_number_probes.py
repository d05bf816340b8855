"""Document numbers as the number probes (testbed.evaluation.probe_numbers) print them: forms
found missing by probing the analyzer with papers composed at random, each written here as
a general case."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of

_ITEMS = "Description  Qty  Amount\nInstallation  1  1.975,09 €\n\nTotal: 1.975,09 €\n"


class TestSpacedSeries:
    @pytest.mark.parametrize("number", ["RE 2026 0417", "CN 2025 2161", "SOA 2025 1093"])
    def test_after_its_label(self, number: str) -> None:
        """A series, the year and the serial a space apart, after the number's label."""
        text = f"Nordlicht GmbH\nGUTSCHRIFT\n\nGutschrift-Nr.:  {number}\nDatum:  05.03.2026\n\n"
        assert figures_of(text + _ITEMS)["documentNumber"] == number

    def test_under_its_label_in_a_band(self) -> None:
        """Under its label in a band of labels over values."""
        text = (
            "Kestrel Supply Inc.\nCREDIT MEMO\n\nCredit No.  Date  Customer No.  Customer PO\n"
            "CN 2026 0964  06/25/2026  C20528  4500021254\n\n"
        )
        assert figures_of(text + _ITEMS)["documentNumber"] == "CN 2026 0964"

    def test_in_the_title(self) -> None:
        """In the title line after the paper's name."""
        text = (
            "Feldmark GmbH\nKunden-Nr.  K-20729\nLieferschein-Nr.  026626\n\n"
            "Rechnung RE 2025 2161\n\n"
        )
        assert figures_of(text + _ITEMS)["documentNumber"] == "RE 2025 2161"


def _paper(line: str) -> str:
    """A one-page paper with ``line`` (its number's label and value, or its title and number)
    among a customer's number and a date."""
    return (
        f"Nordlicht Handel\nStorgatan 4, 111 22 Stockholm\n\n{line}\n"
        "Datum:  05.03.2026\nKunden-Nr.:  K-20729\n\n" + _ITEMS
    )


class TestPaperNames:
    @pytest.mark.parametrize(
        "line",
        [
            "STATEMENT 2026/0417",
            "Statement of Account 2026/0417",
            "Bestellung 2026/0417",
            "Reçu 2026/0417",
            "Ricevuta 2026/0417",
            "Kwitantie 2026/0417",
            "Conferma d'ordine 2026/0417",
            "Nº Abono:  2026/0417",
            "N. nota di credito:  2026/0417",
            "Nº de confirmación:  2026/0417",
            "SO #:  2026/0417",
            "Orçamento n.º  2026/0417",
            "Nota de encomenda n.º  2026/0417",
            "Extrato de conta 2026/0417",
            "Bon de commande 2026/0417",
            "Confirmation de commande 2026/0417",
            "Ordine d'acquisto 2026/0417",
        ],
    )
    def test_in_the_languages_it_reads(self, line: str) -> None:
        """The papers' names in English, German, French, Dutch, Spanish, Italian, Portuguese,
        as a title before the number or as its label."""
        assert figures_of(_paper(line))["documentNumber"] == "2026/0417"

    @pytest.mark.parametrize(
        "line",
        [
            "Kvittering 2026/0417",
            "Kreditnota nr.:  2026/0417",
            "Kreditfaktura 2026/0417",
            "Tilbudsnr.:  2026/0417",
            "Offertnummer:  2026/0417",
            "Kontoutdrag nr:  2026/0417",
            "Kontoudtog 2026/0417",
            "Ordrebekræftelse nr.:  2026/0417",
            "Orderbekräftelse 2026/0417",
            "Bestillingsnr.:  2026/0417",
            "LASKU\nLaskunro:  2026/0417",
            "Lasku nro:  2026/0417",
            "Tiliote 2026/0417",
            "Tarjousnumero:  2026/0417",
            "Hyvityslasku nro:  2026/0417",
            "FAKTURA VAT\nNr faktury:  2026/0417",
            "Numer zamówienia:  2026/0417",
            "Zamówienie nr  2026/0417",
            "Oferta nr:  2026/0417",
            "FAKTURA\nČíslo faktury:  2026/0417",
            "Faktura č.:  2026/0417",
            "Objednávka č.  2026/0417",
            "Dobropis 2026/0417",
            "Výpis z účtu 2026/0417",
        ],
    )
    def test_in_the_nordic_finnish_polish_and_czech_languages(self, line: str) -> None:
        """Swedish, Danish, Norwegian, Finnish, Polish and Czech papers' names and their
        number words ("nr", "nro", "č.", "Nr faktury", "Číslo faktury")."""
        assert figures_of(_paper(line))["documentNumber"] == "2026/0417"


class TestAskedToQuote:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Please quote invoice F25-12444 with your payment.",
            "When paying, please state invoice F25-12444 as the reference.",
            "Merci de rappeler la facture F25-12444 lors de votre règlement.",
        ],
    )
    def test_the_number_a_payer_is_asked_to_quote(self, sentence: str) -> None:
        """A sentence asking to quote the invoice's number names the invoice's own."""
        text = (
            "Kestrel & Wynn Ltd\n12 Harbour Road, Leeds\n\nINVOICE\n\n"
            "Date:  05/03/2026\nCustomer No.:  K-20729\nYour Order No.:  PO-10488\n\n"
            + _ITEMS
            + f"\nIBAN GB89 ABCD 0735 3112 7535 53. {sentence}\n"
        )
        assert figures_of(text)["documentNumber"] == "F25-12444"


class TestLabelForms:
    def test_portuguese_numero_da_fatura(self) -> None:
        """Portuguese joins the number word to the paper's name with "da": "Número da fatura"."""
        text = (
            "Quintel Ibérica S.A.\nRua Augusta 12, Lisboa\n\n"
            "Studio Verhoef       Data de emissão  2026-02-02\n"
            "Market Street 4      Cliente n.º  K-18336\n"
            "1200 Eastbourne      Número da fatura  RE-2026-0158\n\nFatura\n\n" + _ITEMS
        )
        assert figures_of(text)["documentNumber"] == "RE-2026-0158"

    def test_n_closing_its_cell_in_a_band(self) -> None:
        """ "Fattura N." closing its cell in a band of labels: the number under it."""
        text = (
            "Atelier Rousselin S.r.l.\nVia Roma 4, Milano\n\nFattura\n\n"
            "  Data documento   Cod. cliente   Fattura N.    Vs. ordine n.\n"
            "13 febbraio 2026       1508-027   R 2026 1905        2202-063\n\n" + _ITEMS
        )
        assert figures_of(text)["documentNumber"] == "R 2026 1905"

    @pytest.mark.parametrize("yours", ["Vs. ordine n.:", "V/ Encomenda n.º", "S/ Pedido nº"])
    def test_the_customers_order_abbreviated_yours(self, yours: str) -> None:
        """ "Vs." (vostro), "V/" and "S/" (vosso, su) open the customer's own numbers' labels."""
        text = (
            "Atelier Rousselin S.r.l.\nVia Roma 4, Milano\n\nFATTURA\n\n"
            f"{yours}  2202-063\nDocumento n.:  2026/0417\n\n" + _ITEMS
        )
        assert figures_of(text)["documentNumber"] == "2026/0417"

    def test_czech_doklad(self) -> None:
        """Czech "Doklad č." (the document's number) on a "daňový doklad" (tax invoice)."""
        text = (
            "Brightmoor Supply s.r.o.\nNa Příkopě 4, Praha\n\nFaktura - daňový doklad\n"
            "Vaše objednávka č.  0107-210\nDoklad č.  RE/2026/10/511\nDatum  04.10.2026\n\n"
            + _ITEMS
        )
        assert figures_of(text)["documentNumber"] == "RE/2026/10/511"

    @pytest.mark.parametrize(
        "title", ["Rekeningoverzicht SOA294528", "Factura rectificativa SOA294528"]
    )
    def test_titles_before_their_number(self, title: str) -> None:
        """A Dutch statement's and a Spanish corrective invoice's title before its number."""
        text = (
            "Vantona Servizi B.V.\nKeizersgracht 4, Amsterdam\n\nSu pedido  4500154034\n"
            f"Klantnummer  C22233\n\n{title}\n\n" + _ITEMS
        )
        assert figures_of(text)["documentNumber"] == "SOA294528"


class TestPanelBesideTheAddress:
    @pytest.mark.parametrize(
        ("label", "address"),
        [("Faktura č.", "Studio Verhoef"), ("Nº de recibo", "Praha Print Centrum"),
         ("Invoice No.", "Greyfield Dental Practice")],
    )  # fmt: skip
    def test_the_value_after_the_address_line_it_stands_beside(
        self, label: str, address: str
    ) -> None:
        """A label alone on its line at the right, its value beside the address below it."""
        text = (
            "Polar Bay Trading s.r.o.\nIndustrial Park 12  Datum\n"
            f"Tel. +420 484 134 130  25.03.2026\n{label}\n{address}  FV-22012\n"
            "Market Street 4  Customer No.\n1200 Eastbourne  K-00795\n\nINVOICE\n\n" + _ITEMS
        )
        assert figures_of(text)["documentNumber"] == "FV-22012"


class TestInvoicesOwnBeside:
    _HEAD = "Noordhaven Techniek AG\nHafenstraße 4, 20457 Hamburg\n\nRechnung\n\n"

    def test_a_german_invoices_beleg_nr(self) -> None:
        """ "Beleg-Nr." (German accounting software's voucher number) is an invoice's own."""
        text = self._HEAD + (
            "Beleg-Nr.  2026/1668\nDatum  22.09.2026\nIhre Bestellung  4500277557\n"
            "Kd.-Nr.  C24941\nLieferscheinnummer  030264\n\n" + _ITEMS
        )
        assert figures_of(text)["documentNumber"] == "2026/1668"

    def test_never_the_delivery_notes_number(self) -> None:
        """The delivery note printed beside an invoice's own number is never its number."""
        text = self._HEAD + (
            "Lieferschein-Nr.  030264\nRechnungsdatum  22.09.2026\nKunden-Nr.  C24941\n"
            "Belegnummer  2026/1668\n\n" + _ITEMS
        )
        assert figures_of(text)["documentNumber"] == "2026/1668"
