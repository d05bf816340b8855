"""Invoices whose number and dates stand among other references, as invoicing software prints
them (issue #18): the customer's order number, a delivery note's number and the invoice a
credit note corrects beside the document's own number; pro-forma numbers; the Nordic
invoice's labels for its own date and its due date."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.classify import classify


def _analysis(text: str) -> dict[str, Any]:
    return OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")


def _figures(text: str) -> dict[str, Any]:
    figures = _analysis(text)["keyFigures"]
    assert isinstance(figures, dict)
    return figures


class TestNordicDates:
    @pytest.mark.parametrize(
        ("number", "issued", "due"),
        [
            ("Fakturanummer", "Fakturadatum", "Förfallodatum"),
            ("Fakturanr.", "Dato", "Forfaldsdato"),
            ("Fakturanummer", "Fakturadato", "Forfallsdato"),
            ("Laskun numero", "Laskun päivämäärä", "Eräpäivä"),
        ],
    )
    def test_labels_over_values(self, number: str, issued: str, due: str) -> None:
        """A Swedish, Danish, Norwegian or Finnish band of labels over values: the due date's
        label is no issue date's, however it ends ("-datum", "-dato")."""
        text = (
            "Fjällbacka Trä AB\nStorgatan 3\n411 01 Göteborg\n\n"
            f"{number}    {issued}    {due}    Kundnummer\n"
            "40217        2026-02-03      2026-03-05      5512\n\n"
            "Beskrivning        Antal   Pris      Summa\n"
            "Monteringsarbete   3       640,00    1 920,00\n\n"
            "Att betala  2 400,00 SEK\n"
        )
        figures = _figures(text)
        assert figures["issueDate"] == "2026-02-03"
        assert figures["dueDate"] == "2026-03-05"
        assert figures["documentNumber"] == "40217"

    def test_a_finnish_title_is_an_invoice_and_names_no_seller(self) -> None:
        """ "LASKU" heads a Finnish invoice: it is its kind, not its sender's name."""
        text = (
            "LASKU\n\nPohjanmaan Puutyö Oy\nKauppakatu 4\n65100 Vaasa\n\n"
            "Laskun numero: 7781\nLaskun päivämäärä: 4.2.2026\nEräpäivä: 18.2.2026\n\n"
            "Kuvaus   Määrä   À-hinta   Yhteensä\nSuunnittelu   4   85,00   340,00\n\n"
            "Maksettava yhteensä 426,70 EUR\n"
        )
        analysis = _analysis(text)
        assert analysis["documentType"] == "invoice"
        assert analysis["keyFigures"].get("vendor") != "LASKU"


class TestOwnNumberAmongReferences:
    def test_the_invoice_a_credit_note_corrects_is_not_its_number(self) -> None:
        """ "Original invoice INV-3310" before the credit note's own number refers to the
        invoice credited."""
        text = (
            "Harrow Kitchens Ltd\n12 Mill Road\nLeeds LS2 7EE\n\n"
            "Date: 14/04/2026\nOriginal invoice  INV-3310 / 02/04/2026\n\n"
            "CREDIT NOTE No. CN-0457\n\n"
            "Description    Qty   Unit Price   Net\nReturned worktop   1   320.00   320.00\n\n"
            "Total credit  £384.00\n"
        )
        assert _figures(text)["documentNumber"] == "CN-0457"

    @pytest.mark.parametrize(
        ("title", "label"),
        [
            ("PRO FORMA INVOICE", "Pro forma No."),
            ("Proforma-Rechnung", "Proforma-Nr."),
            ("FACTURA PROFORMA", "Nº proforma"),
        ],
    )
    def test_a_pro_forma_number(self, title: str, label: str) -> None:
        """A pro-forma invoice is known by its pro-forma number."""
        text = (
            f"Alder & Finch Ltd\n4 Quay Street\nCork\n\n{title}\n\n"
            f"{label}  PF-2026-088\nDate: 03/03/2026\n\n"
            "Description   Qty   Price   Amount\nSurvey   2   150.00   300.00\n\nTotal  €300.00\n"
        )
        assert _figures(text)["documentNumber"] == "PF-2026-088"

    def test_an_order_number_in_the_panel_of_a_german_invoice(self) -> None:
        """The customer's "Bestellnummer" in the information block is the order billed; the
        subject line "Rechnung Nr. ..." names the invoice, which stays an invoice."""
        text = (
            "Gerber Holzbau GmbH\nTalweg 8\n79098 Freiburg\n\n"
            "Kundennummer  2231\n"
            "Brenner Objektbau KG  Bestellnummer  4500127763\n"
            "Hauptstraße 1  Datum  03.03.26\n\n"
            "Rechnung Nr. 2026-0311\n\n"
            "Pos.  Bezeichnung  Menge  Einzelpreis  Gesamtpreis\n"
            "1  Dachlatten  40  3,10  124,00\n\n"
            "Rechnungsbetrag  147,56 €\n"
            "Bitte überweisen Sie den Rechnungsbetrag bis zum 17.03.26.\n"
        )
        analysis = _analysis(text)
        assert analysis["documentType"] == "invoice"
        assert analysis["keyFigures"]["documentNumber"] == "2026-0311"

    def test_a_delivery_notes_number_on_an_invoice(self) -> None:
        """ "Lieferschein-Nr." labels the delivery billed: the paper is an invoice, and
        neither it nor the order number is the invoice's number."""
        text = (
            "Gerber Holzbau GmbH\nTalweg 8\n79098 Freiburg\n"
            "Gerber Holzbau GmbH, Talweg 8, 79098 Freiburg\n"
            "Unser Zeichen  KM/s\n"
            "Brenner Objektbau KG  Ihr Zeichen  Albrecht\n"
            "Hauptstraße 1  Ihre Bestellung vom  20.02.2026\n"
            "01067 Dresden  Bestell-Nr.  B-7731\n"
            "Lieferschein-Nr.  LS-55120\nKunden-Nr.  2231\n"
            "Rechnungs-Nr.  RG-40118\nDatum  03.03.2026\n\n"
            "Rechnung\n\nPos.  Bezeichnung  Menge  Preis  Betrag\n"
            "10  Dachlatten  40  3,10  124,00\n\n"
            "Endbetrag EUR  147,56\nZahlungsziel: 30 Tage netto\n"
        )
        assert classify(text).document_type == "invoice"
        figures = _figures(text)
        assert figures["documentNumber"] == "RG-40118"
        assert figures["dueDate"] == "2026-04-02"


class TestConfirmationNumber:
    @pytest.mark.parametrize(
        "title", ["Auftragsbestätigung 70041288", "ORDER ACKNOWLEDGEMENT 70041288"]
    )
    def test_a_confirmation_titled_with_its_number(self, title: str) -> None:
        """A supplier's order confirmation is known by the number in its title, not by the
        customer's order it confirms."""
        from workflow.analyzers.docnumbers import document_number  # noqa: PLC0415

        text = (
            "Ihre Bestellung  4500118820 vom 02.02.2026\nKunden-Nr.  31177\n"
            f"Datum  04.02.2026\n\n{title}\n\nPos.  Bezeichnung  Menge\n10  Dachlatten  40\n"
        )
        assert document_number(text, "other") == "70041288"


class TestSenderBlockFirst:
    def test_two_address_blocks_under_the_title(self) -> None:
        """Two firms each over their street and no label: the first block is the seller's,
        the one under it the customer's."""
        text = (
            "Factuur F-2026-0107\n\n"
            "Smits Dakwerken B.V.\nIndustrieweg 12\n5961 AB Horst\n\n"
            "Bakkerij Hendriks B.V.\nMarkt 4\n5911 HJ Venlo\n\n"
            "Factuurdatum: 02-03-2026\n\n"
            "Omschrijving   Aantal   Prijs   Bedrag\nDakgoot vervangen   1   640,00   640,00\n\n"
            "Totaal  € 774,40\n"
        )
        assert _figures(text)["vendor"] == "Smits Dakwerken B.V."

    def test_a_letterhead_with_its_legal_form_in_lower_case(self) -> None:
        """ "Schreinerei Albers e.K." at the top is the letterhead though "e.K." is in lower
        case, and the seller though its address repeats in the footer."""
        text = (
            "Tischlerei Brandl e.K.\nAm Anger 7\n87435 Kempten\n"
            "Werkhof Sommer GmbH\nBachstraße 3\n90402 Nürnberg\n"
            "Rechnungsnr.: RE-7712\nRechnungsdatum: 04.03.2026\n\nRechnung\n\n"
            "Pos.\tBezeichnung\tMenge\tGesamtpreis\n1\tRegal Eiche\t1\t640,00\n\n"
            "Gesamtbetrag brutto: 761,60 EUR\n\n"
            "Tischlerei Brandl e.K.\nAm Anger 7\n87435 Kempten\n"
        )
        assert _figures(text)["vendor"] == "Tischlerei Brandl e.K."


class TestNordicTables:
    @pytest.mark.parametrize(
        ("header", "sums"),
        [
            ("Benämning   Antal   Enhet   À-pris   Summa", ("Netto", "Moms 25%", "Att betala")),
            (
                "Beskrivelse   Antal   Enhed   Stk. pris   Beløb",
                ("Momsgrundlag", "Moms 25%", "Total DKK"),
            ),
            (
                "Beskrivelse   Antall   Enhet   Pris   Beløp",
                ("Sum eks. mva", "Mva 25%", "Å betale"),
            ),
            (
                "Kuvaus   Määrä   Yksikkö   À-hinta   Yhteensä",
                ("Veroton", "ALV 25,5%", "Maksettava"),
            ),
            (
                "Descrição   Qtd.   Unid.   Preço Unit.   Total",
                ("Total Ilíquido", "Total IVA", "Total"),
            ),
        ],
    )
    def test_items_under_the_headers_of_five_languages(
        self, header: str, sums: tuple[str, str, str]
    ) -> None:
        """An item table headed in Swedish, Danish, Norwegian, Finnish or Portuguese gives its
        rows, and the sums under it (net, VAT, to pay) are no rows."""
        text = (
            "Fjord Verktøy AS\nStorgata 3\n0155 Oslo\n\nFaktura 40217\nDato 03.02.2026\n\n"
            f"{header}\n"
            "Montering   3   tim   640,00   1 920,00\n"
            "Reisekostnad   1   stk   480,00   480,00\n\n"
            f"{sums[0]}   2 400,00\n{sums[1]}   600,00\n{sums[2]}   3 000,00\n"
        )
        rows = _analysis(text)["lineItems"]
        assert [(r["description"], r["quantity"], r["unitPrice"], r["amount"]) for r in rows] == [
            ("Montering", 3.0, 640.0, 1920.0),
            ("Reisekostnad", 1.0, 480.0, 480.0),
        ]
