"""Key figures where real documents print them and the labels alone did not read them: a
band whose values shifted under their labels, an order's day in a sentence, a change "with
effect from" a day, a letter's place and article before its date, a number's letters apart
from its digits, a claim's "N. sinistro", a purchase order's supplier in the envelope window,
and the types of a utility bill, a German purchase order and a letter about a contract."""

from __future__ import annotations

from typing import Any

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.dateroles import dates_with_roles


def analysed(text: str) -> dict[str, Any]:
    return OfflineAnalyzer().analyze(text, media_type="text/plain", filename="doc.txt")


def figures_of(text: str) -> dict[str, Any]:
    figures: dict[str, Any] = analysed(text)["keyFigures"]
    return figures


def roles(text: str) -> dict[str, str | None]:
    return {d["value"]: d["role"] for d in dates_with_roles(text)}


class TestShiftedBand:
    def test_a_date_shifted_right_of_its_label_by_an_address_column(self) -> None:
        """An address under the customer's name takes the first cell, so the due date
        stands under "Reference" while "Due Date" stands over the street."""
        text = (
            "Harbour Design\nInvoice\n"
            "Billed To  Date of Issue  Invoice Number  Amount Due (USD)\n"
            "Oak Studio Ltd  02/23/2026  0000020  $7,171.26\n"
            "Due Date  Reference\n"
            "55 Front St E  03/25/2026\n"
            "Description  Rate  Qty  Line Total\n"
        )
        assert roles(text) == {"2026-02-23": "issue", "2026-03-25": "due"}

    def test_a_date_under_its_own_label_is_not_moved(self) -> None:
        text = "Reference  Due Date\nPO-7781  03/25/2026\n"
        assert roles(text)["2026-03-25"] == "due"


class TestDateCues:
    def test_an_order_placed_on_a_day_is_dated_that_day(self) -> None:
        text = "Items from your order 837-9884295 placed on February 24, 2026 are on the way.\n"
        assert roles(text)["2026-02-24"] == "issue"

    def test_a_change_with_effect_from_a_day(self) -> None:
        assert roles("einer Erhöhung mit Wirkung zum 01.11.2025 zuzustimmen.\n") == {
            "2025-11-01": "effective"
        }
        assert (
            roles("le nouveau tarif s'applique avec effet au 1er mars 2026.\n")["2026-03-01"]
            == "effective"
        )

    def test_a_term_commencing_and_ending(self) -> None:
        text = "a fixed term commencing on December 1, 2025 and ending on November 30, 2026.\n"
        assert roles(text) == {"2025-12-01": "effective", "2026-11-30": "end"}

    def test_a_period_ending_is_no_end_of_an_agreement(self) -> None:
        assert roles("Statement for the period ending on 31 March 2026\n")["2026-03-31"] != "end"

    def test_a_letters_place_and_article_before_its_date(self) -> None:
        for line, value in (
            ("Paris, le 13 juin 2026", "2026-06-13"),
            ("Berlin, den 5. Mai 2026", "2026-05-05"),
        ):
            text = f"Claire Dubois\n27 rue Oberkampf\n\n{line}\n\nObjet : Résiliation\n"
            assert roles(text)[value] == "issue"


class TestNumbers:
    def test_a_numbers_letters_apart_from_its_digits(self) -> None:
        text = "PURCHASE ORDER\nOrder no.: PO 951878  Date: 05-Dec-2025\nOrder total: $16,227.00\n"
        assert figures_of(text)["documentNumber"] == "PO 951878"

    def test_a_contracts_reference(self) -> None:
        text = (
            "Framework Agreement\nContract reference: FA-821/2026\n"
            "This agreement takes effect on 13-Jan-2026 and is made between the parties.\n"
        )
        assert figures_of(text)["documentNumber"] == "FA-821/2026"

    def test_a_claims_number_after_n_dot(self) -> None:
        text = (
            "DENUNCIA DI SINISTRO\nN. polizza: 33-836814\nN. sinistro: 672770\n"
            "Data del sinistro: 16/05/2026\nImporto richiesto: 3.489,66 EUR\n"
        )
        assert figures_of(text)["documentNumber"] == "672770"


class TestTypes:
    def test_an_italian_utility_bill_is_an_invoice(self) -> None:
        text = (
            "Acque del Brenta\nServizio clienti 800 123 456\nAlessandro Greco\n"
            "Via dei Mille 40, 35131 Padova\nBolletta n. 3935706903 del 03/09/2026\n"
            "Totale da pagare € 100,54 entro il 23/09/2026\nTotale bolletta: € 100,54\n"
        )
        analysis = analysed(text)
        assert analysis["documentType"] == "invoice"
        assert analysis["keyFigures"]["documentNumber"] == "3935706903"
        assert analysis["keyFigures"]["dueDate"] == "2026-09-23"

    def test_a_german_purchase_order_titled_beside_its_addressee(self) -> None:
        """The title in a cell beside the address window; the supplier is the addressee
        under the buyer's return-address line."""
        text = (
            "Albrecht Landtechnik GmbH & Co. KG + Postfach 2140 - 33311 Gütersloh\n"
            "Hagemann Antriebe GmbH  Bestellung\nGewerbering 8\n42781 Haan\n"
            "Bestellnummer: 4500761749\nBestelldatum: 16.05.2025\n"
            "Gesamtnettowert ohne Mwst EUR: 5.121,75\n"
        )
        analysis = analysed(text)
        assert analysis["documentType"] == "purchase_order"
        assert analysis["keyFigures"]["vendor"] == "Hagemann Antriebe GmbH"

    def test_a_letter_terminating_a_contract_is_a_letter(self) -> None:
        text = (
            "Claire Dubois\n27 rue Oberkampf\n75011 Paris\n\nTélécom Horizon SA\n69401 Lyon\n\n"
            "Paris, le 13 juin 2026\n\nObjet : Résiliation du contrat n° 4533964\n\n"
            "Madame, Monsieur,\n\nPar la présente, je vous informe de ma décision de résilier "
            "le contrat cité en référence. Le contrat prendra fin le 13 juillet 2026.\n\n"
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
            "distinguées.\n\nClaire Dubois\n"
        )
        analysis = analysed(text)
        assert analysis["documentType"] == "letter"
        assert analysis["keyFigures"]["issueDate"] == "2026-06-13"


class TestDueInASentence:
    def test_payment_asked_for_by_a_day_in_five_languages(self) -> None:
        for sentence, value in (
            ("Bitte überweisen Sie den Betrag bis zum 19.10.2026 auf unser Konto.", "2026-10-19"),
            ("Merci de régler la somme de 190 € au plus tard le 4 novembre 2026.", "2026-11-04"),
            ("Le rogamos abone el importe antes del 04/11/2026.", "2026-11-04"),
            ("Gelieve het bedrag uiterlijk op 04-11-2026 over te maken.", "2026-11-04"),
            ("Please remit the balance before 4 November 2026.", "2026-11-04"),
        ):
            assert roles(f"Total: 1.190,00 €\n{sentence}\n")[value] == "due", sentence


class TestTitleNumbers:
    def test_a_title_of_two_words_before_its_number(self) -> None:
        text = "Acme Widgets Ltd\nTAX INVOICE  INV-0043\n3 October 2026\nTotal due $1,250.00\n"
        assert figures_of(text)["documentNumber"] == "INV-0043"

    def test_a_sentence_mentioning_an_invoice_is_no_title(self) -> None:
        text = "Acme Ltd\nStatement\nplease settle invoice INV-2295 today.\nTotal: $20.00\n"
        assert figures_of(text).get("documentNumber") != "INV-2295"

    def test_a_folio_numbers_a_bill(self) -> None:
        text = (
            "Servicios Integrales SA de CV\nFACTURA\nFolio: A-18822\n"
            "Fecha de emisión: 05/10/2026\nTotal: $11,600.00\n"
        )
        figures = figures_of(text)
        assert figures["documentNumber"] == "A-18822"
        # A Mexican firm's "$" is the peso, and its dates are day first.
        assert figures["total"] == {"amount": 11600.0, "currency": "MXN"}
        assert figures["issueDate"] == "2026-10-05"


class TestDatesOfOtherEvents:
    def test_a_loss_date_is_not_the_forms_date(self) -> None:
        text = (
            "SCHADEFORMULIER\nPolisnummer: 21-965540\nSchadenummer: 792631\n"
            "Schadedatum: 10-07-2026\nGeclaimd bedrag: EUR 2.823,64\nDatum: 28-07-2026\n"
        )
        assert roles(text) == {"2026-07-10": None, "2026-07-28": "issue"}

    def test_a_delivery_note_is_dated_by_its_delivery(self) -> None:
        text = (
            "Halvorsen Joinery AS      Lieferschein\n"
            "                          Lieferschein-Nr. LS109040\n\n"
            "Lieferdatum: 2025-12-13\nLieferanschrift: Hofmann Bau KG\n\n"
            "Artikel                Menge   Einheit\nCable tray 3 m             3   pcs\n"
        )
        figures = figures_of(text)
        assert figures["issueDate"] == "2025-12-13"
        assert "dueDate" not in figures

    def test_months_as_german_and_portuguese_documents_abbreviate_and_write_them(self) -> None:
        assert list(roles("Datum: 5 Mrz. 2026\n")) == ["2026-03-05"]
        assert list(roles("Data de emissão: 10 de outubro de 2025\n")) == ["2025-10-10"]


class TestTerms:
    def test_terms_from_an_issue_date_no_label_names(self) -> None:
        """The issue date is inferred (a date alone under the number), and the terms count
        from it."""
        text = (
            "Acme Widgets Ltd\nINVOICE\nINV-7781\n3 October 2026\nTerms: Net 30\nTotal: £1,250.00\n"
        )
        figures = figures_of(text)
        assert figures["documentNumber"] == "INV-7781"
        assert (figures["issueDate"], figures["dueDate"]) == ("2026-10-03", "2026-11-02")

    def test_terms_as_a_labels_value_and_days_net(self) -> None:
        for terms, due in (
            ("Zahlungsziel: 14 Tage", "2026-10-19"),
            ("Payment terms: 30 days net", "2026-11-04"),
            ("Payment within 14 days of receipt.", "2026-10-19"),
        ):
            text = (
                f"Rechnung Nr. 2026-118\nRechnungsdatum: 05.10.2026\n{terms}\nTotal: 1.190,00 EUR\n"
            )
            assert figures_of(text)["dueDate"] == due, terms

    def test_terms_to_the_end_of_a_month_are_not_counted_in_days(self) -> None:
        text = (
            "Facture n° 311\nDate : 05/10/2026\nConditions de paiement : 30 jours fin de mois\n"
            "Total TTC : 1 190,00 €\n"
        )
        assert "dueDate" not in figures_of(text)


class TestNumberUnderTitle:
    def test_a_number_alone_under_the_title(self) -> None:
        text = "Müller GmbH\nRechnung\nNr. 2026-118\nDatum: 05.10.2026\nSumme: 1.190,00 EUR\n"
        assert figures_of(text)["documentNumber"] == "2026-118"

    def test_a_date_under_the_title_is_no_number(self) -> None:
        text = "Acme Ltd\nINVOICE\n2026-10-03\nTotal: £20.00\n"
        assert "documentNumber" not in figures_of(text)


class TestMessages:
    def test_a_number_a_sentence_gives(self) -> None:
        text = (
            "From: orders@shop.example\nSubject: Thanks for your order!\n\nHi Sam,\n"
            "Your order number is 112-4455. We'll email you when it ships.\n"
            "Order date: 3 March 2026\nTotal: $54.20\nThanks for shopping with Shop Co.\n"
        )
        figures = figures_of(text)
        assert figures["documentNumber"] == "112-4455"
        assert figures.get("vendor") != "Hi Sam,"  # a greeting names the reader

    def test_a_value_in_two_cells_does_not_shift_the_dates(self) -> None:
        text = (
            "Invoice Number  Invoice Date  Due Date\nINV  1044  03/03/2026  04/02/2026\n"
            "Description  Amount\n"
        )
        assert roles(text) == {"2026-03-03": "issue", "2026-04-02": "due"}

    def test_a_short_number_alone_with_its_title(self) -> None:
        assert (
            figures_of("Acme Pty Ltd\nTax Invoice 991\nTotal inc GST  $110.00\n")["documentNumber"]
            == "991"
        )
        page_mark = "Altmühl GmbH\nFACTUUR  1/2\nTotaal: € 121,00\n"
        assert figures_of(page_mark).get("documentNumber") != "1"


class TestFieldLayouts:
    def test_a_number_label_in_a_band_reads_its_own_column(self) -> None:
        text = (
            "HERON  Your bill\nBill date 7 March 2025\nAccount number  Bill number\n"
            "95869629  7879997480\nTotal to pay  £38.40\n"
            "We'll collect £38.40 by Direct Debit on or just after 17 March 2025.\n"
        )
        figures = figures_of(text)
        assert figures.get("documentNumber") != "95869629"
        assert roles(text)["2025-03-17"] == "due"

    def test_a_sentences_label_takes_no_number_from_the_next_line(self) -> None:
        text = (
            "REDLINE\nRENTAL RECEIPT\nRENTAL AGREEMENT NUMBER: 65084447\n"
            "TOTAL CHARGES: $192.38\nQuestions about this receipt:\n1-800-555-0199.\n"
        )
        assert figures_of(text)["documentNumber"] == "65084447"

    def test_a_number_alone_under_a_right_hand_label(self) -> None:
        """Xero's column: the label in a cell of its own, the number alone under it."""
        text = (
            "TAX INVOICE\nTasman Kayak Tours Ltd  Invoice Date\n12 Harbour Road  9 May 2025\n"
            "Nelson 7010  Invoice Number\nINV-4051\nAmount Due NZD  3,570.75\n"
        )
        assert figures_of(text)["documentNumber"] == "INV-4051"

    def test_a_portuguese_invoice(self) -> None:
        text = (
            "Oficina Pinheiro & Filhos, Lda.  Original\nRua do Almada 212  Fatura FT 2026A/154\n"
            "4050-031 Porto  Data: 2026-07-14\nNIF 509 876 543  Vencimento: 2026-07-29\n"
            "Total a pagar  182,27 €\n"
        )
        figures = figures_of(text)
        assert figures["documentNumber"] == "FT 2026A/154"
        assert figures["dueDate"] == "2026-07-29"

    def test_a_statement_dated_by_its_closing_balance(self) -> None:
        text = (
            "Banque Populaire\nRelevé de compte n° 5\nIBAN: FR76 1007 1690 0000 4419 2817 306\n"
            "Période: du 01/03/2025 au 28/03/2025\nAncien solde au 01/03/2025: 1 350,77 €\n"
            "Date  Libellé  Débit  Crédit\n04/03  RETRAIT DAB LYON  60,00\n"
            "Nouveau solde créditeur au 28/03/2025: 3 524,21 €\n"
        )
        assert figures_of(text)["issueDate"] == "2025-03-28"

    def test_a_swiss_total_with_apostrophes(self) -> None:
        text = "Farbwerk GmbH\nRechnung Nr.  26847\nDatum  16.09.2026\nTotal CHF  3'847.00\n"
        assert figures_of(text)["total"] == {"amount": 3847.0, "currency": "CHF"}

    def test_labels_of_dates_that_are_not_the_documents(self) -> None:
        assert roles("Date of loss:  17/03/2025\nDate: 28/03/2025\n") == {
            "2025-03-17": None,
            "2025-03-28": "issue",
        }
        assert roles("Rechnungsdatum/Lieferdatum:  07.08.2025\n")["2025-08-07"] == "issue"
        assert roles("Zahlbar innerhalb von 14 Tagen ohne Abzug bis zum 12.03.2026.\n") == {
            "2026-03-12": "due"
        }

    def test_numbers_of_authorities_and_airlines(self) -> None:
        assert list(roles("Date of issue:  30MAR26\n")) == ["2026-03-30"]
        mail = (
            "From: Vantage <v@vantage.example>\nSubject: Your Vantage invoice G006870317 is "
            "ready\n\nInvoice date: Aug 9, 2026\nAmount due: $275.00\n"
        )
        assert figures_of(mail)["documentNumber"] == "G006870317"
