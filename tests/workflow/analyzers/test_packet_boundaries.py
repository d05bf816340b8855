"""Where one document of a packet ends and the next begins, by the signs a reader goes by:
memos and minutes in a series told apart by their dates, and a Swiss QR-bill's payment part
on a page of its own staying with the bill it pays; and single documents left whole."""

from __future__ import annotations

import pytest

from support.section_ranges import ranges


def memo(day: str, subject: str) -> list[str]:
    return ["MEMORANDUM", "To: All staff", "From: Facilities", f"Date: {day}",
            f"Subject: {subject}", "The east car park is closed for resurfacing."]  # fmt: skip


INVOICE = ["Alpen Print AG", "Bahnhofstrasse 5, 6300 Zug", "INVOICE",
           "Invoice no. AP-2026-55  Date: 03.03.2026", "Description  Qty  Unit price  Amount",
           "Brochures  2  600.00  1,200.00", "Total CHF  1,200.00"]  # fmt: skip


class TestSeriesByDate:
    def test_memos_under_one_title_and_other_dates_are_two(self) -> None:
        """Two memos, neither numbered nor under a letterhead: the second's date is new."""
        first = memo("2 March 2026", "Car park")
        second = memo("9 March 2026", "Fire drill")
        assert ranges([first, second]) == [[1, 1], [2, 2]]

    def test_a_memo_repeating_its_head_goes_on(self) -> None:
        assert ranges([memo("2 March 2026", "Car park"), memo("2 March 2026", "Car park")]) == [
            [1, 2]
        ]

    def test_two_meetings_minutes_are_two(self) -> None:
        first = ["Minutes of the Residents' Committee", "Date: 4 February 2026",
                 "Present: A. Lind (Chair), B. Moss", "1. Bins", "Agreed."]  # fmt: skip
        second = ["Minutes of the Residents' Committee", "Date: 4 March 2026",
                  "Present: A. Lind (Chair), C. Ward", "1. Lighting", "Deferred."]  # fmt: skip
        assert ranges([first, second]) == [[1, 1], [2, 2]]


class TestPaymentSlips:
    @pytest.mark.parametrize(
        ("stub", "part"),
        [("Receipt", "Payment part"), ("Empfangsschein", "Zahlteil"),
         ("Récépissé", "Section paiement"), ("Ricevuta", "Sezione pagamento")],
    )  # fmt: skip
    def test_a_qr_bills_payment_part_stays_with_its_bill(self, stub: str, part: str) -> None:
        """The QR-bill printed on a page of its own: its stub's title is no new receipt."""
        slip = [stub, "Account / Payable to", "CH44 3199 9123 0008 8901 2", "Alpen Print AG",
                "Amount  CHF 1,200.00", part, "Currency  Amount", "CHF  1,200.00"]  # fmt: skip
        assert ranges([INVOICE, slip]) == [[1, 2]]

    def test_an_invoice_with_its_payment_part_at_the_foot_is_a_document(self) -> None:
        """A Swiss invoice prints its QR-bill below its total: the page is an invoice under its
        own letterhead and title, not the payment part of the bill before it."""
        swiss = ["Glaserei Imhof AG", "Seestrasse 18, 8800 Thalwil", "Rechnung 2026-311",
                 "Datum: 12.05.2026", "Bezeichnung  Menge  Betrag CHF", "Fenster  2  880.00",
                 "Total  CHF 880.00", "Empfangsschein", "Zahlteil", "Konto / Zahlbar an",
                 "CH58 0900 0000 8754 1229 3", "Währung Betrag  CHF 880.00"]  # fmt: skip
        assert ranges([INVOICE, swiss]) == [[1, 1], [2, 2]]

    def test_a_receipt_behind_an_invoice_is_still_a_document(self) -> None:
        till = ["MIGROS", "Receipt 4471", "Milk  1.60", "TOTAL  1.60", "Card  1.60"]
        assert ranges([INVOICE, till]) == [[1, 1], [2, 2]]


class TestSingleDocuments:
    def test_minutes_citing_the_last_meetings_minutes_stay_one(self) -> None:
        """A heading "Minutes of the previous meeting" over that meeting's date, on the
        second page, is an item of these minutes."""
        first = ["Minutes of the Residents' Committee", "Date: 4 March 2026",
                 "Present: A. Lind (Chair), B. Moss", "1. Apologies", "None."]  # fmt: skip
        second = ["Minutes of the previous meeting",
                  "The minutes of the meeting of 4 February 2026 were approved.",
                  "3. Lighting", "Deferred to the next meeting."]  # fmt: skip
        assert ranges([first, second]) == [[1, 2]]


class TestAfterAClosedDocument:
    """A page behind a document that closed (its total at the foot), under no letterhead or
    title the splitter knows, still starts the next document when it is one of its own."""

    def test_a_page_with_another_number_is_another_document(self) -> None:
        """An invoice whose sender's line is a panel of dates, its title far down."""
        second = ["Imprimerie Lefebvre SA  Date d'émission :  11 octobre 2026",
                  "45 boulevard Voltaire  Référence client :  CL4449",
                  "Échéance :  10 novembre 2026", "Transports Giraud SAS", "ZI des Chesnes",
                  "38070 Saint-Quentin-Fallavier", "Client : CL4449", "Commande : BC-944",
                  "Livraison : 3 octobre 2026", "Facture n° FA24695",
                  "Désignation  Qté  P.U. HT  Montant HT", "Flyers A5  1  124,51  124,51",
                  "Total TTC  149,41 €"]  # fmt: skip
        assert ranges([INVOICE, second]) == [[1, 1], [2, 2]]

    def test_minutes_under_a_heading_of_their_own_follow_an_invoice(self) -> None:
        notes = ["Harbour Housing Association: Acta de la reunión del", "2026-03-24",
                 "Asistentes: C. Papadakis, I. Brandt, N. Lan", "Ausentes: D. Vogt",
                 "1. Presupuesto", "Se aprueba el presupuesto de mantenimiento."]  # fmt: skip
        assert ranges([INVOICE, notes]) == [[1, 1], [2, 2]]

    def test_a_page_printing_page_2_of_2_under_another_sender_title_and_number(self) -> None:
        """A page numbered as the last of two, behind a document that closed, with a sender,
        a title and a number of its own: the numbering of a document whose first page is not
        in the file, not a page of the one before."""
        second = ["Halvorsen Marine AS  INVOICE", "Strandkaien 4", "5013 Bergen",
                  "Invoice No.  HM-70412", "Date  2 June 2026",
                  "Description  Qty  Amount", "Mooring lines  4  1,920.00",
                  "Total due  NOK 1,920.00", "Page 2/2"]  # fmt: skip
        assert ranges([INVOICE, second]) == [[1, 1], [2, 2]]

    def test_a_second_page_of_the_same_invoice_stays(self) -> None:
        """The same sender's letterhead and number on the page numbered 2 of 2."""
        first = [*INVOICE[:-1], "Page 1 of 2"]
        second = ["Alpen Print AG  INVOICE", "Invoice no. AP-2026-55", "Posters  1  300.00",
                  "Total CHF  1,500.00", "Page 2 of 2"]  # fmt: skip
        assert ranges([first, second]) == [[1, 2]]

    def test_the_terms_behind_an_invoice_stay_with_it(self) -> None:
        """Back matter states no number, date or total of its own."""
        terms = ["Terms and conditions of sale", "1. These terms apply to every order.",
                 "2. Payment is due within 30 days of the invoice date.",
                 "3. Goods remain our property until paid for in full.",
                 "4. The courts of Zug have jurisdiction."]  # fmt: skip
        assert ranges([INVOICE, terms]) == [[1, 2]]


OPEN_INVOICE = ["Nordström Bygg AB", "Faktura  Industrigatan 6", "212 14 Malmö",
                    "Fakturanummer: 52171", "Fakturadatum: 2026-03-02",
                    "Beskrivning  Antal  Belopp", "Snickeri  8  9 600,00"]  # fmt: skip


class TestSignsMisread:
    """What looked like a page number or a table's header row was not one."""

    def test_a_letterhead_with_the_panels_values_on_its_line_opens_a_document(self) -> None:
        second = ["Sousa & Filhos, Lda.  Data  2026-03-19", "Vencimento  2026-04-18",
                  "Rua do Almada 120  Contribuinte (NIF)  599465200", "4050-031 Porto",
                  "Talleres Ruiz S.L.", "Fatura FT 2026/732", "Descrição  Qtd.  Valor",
                  "Reparação  1  410,00", "Total  504,30 €"]  # fmt: skip
        assert ranges([OPEN_INVOICE, second]) == [[1, 1], [2, 2]]

    def test_a_statement_rows_date_at_its_foot_is_no_page_number(self) -> None:
        receipt = ["MAPLE ROW GROCERS", "1200 Queen St W, Toronto ON", "RECEIPT",
                   "Receipt #72065", "Milk  4.29", "TOTAL  4.29"]  # fmt: skip
        statement = ["Prairie Federal Bank", "P.O. Box 6000, Sioux Falls, SD 57117",
                     "Account Summary", "Statement period 09/01/2026 - 09/30/2026",
                     "09/17  PAYMENT - THANK YOU  -1,002.68", "09/29  SHELL OIL 57442  68.00",
                     "10/11  NETFLIX.COM  15.49"]  # fmt: skip
        assert ranges([receipt, statement]) == [[1, 1], [2, 2]]

    def test_a_company_registers_folio_is_no_page_number(self) -> None:
        second = ["Talleres Guadiana S.A.  FACTURA", "Calle de Alcala 214", "28028 Madrid",
                  "N° Factura  Fecha de emision", "S1-554644  03/06/2026",
                  "Total  1.210,00 EUR",
                  "Calle de Alcala 214  Reg. Merc. Madrid, Tomo 4028, Folio 182"]  # fmt: skip
        assert ranges([INVOICE, second]) == [[1, 1], [2, 2]]

    def test_minutes_under_a_long_heading_follow_an_invoice_that_did_not_close(self) -> None:
        notes = ["Notulen ledenvergadering Buurtvereniging De Molenwijk", "Datum:  4-6-2026",
                 "Aanwezig:  Annelies Kuipers (voorzitter), Sander Hoekstra",
                 "1. Opening", "De voorzitter opent de vergadering."]  # fmt: skip
        assert ranges([OPEN_INVOICE, notes]) == [[1, 1], [2, 2]]


class TestOpeningSigns:
    """A page opens a document of its own by how it heads itself."""

    def test_an_emails_header_opens_a_printed_email(self) -> None:
        mail = ["De: Inès Chevalier <i.chevalier@mail.example>", "Envoyé: 25-10-2026 15:20",
                "À: Lemoine, Baptiste", "Objet: devis d'entretien", "Bonjour Baptiste,",
                "Vous trouverez ci-joint notre devis."]  # fmt: skip
        assert ranges([OPEN_INVOICE, mail]) == [[1, 1], [2, 2]]

    def test_a_heading_after_its_owners_name(self) -> None:
        report = ["Solaris Components SAS: Q1 2026 performance report",
                  "Prepared by:  David Fischer", "Executive summary",
                  "Revenue grew in every region."]  # fmt: skip
        assert ranges([OPEN_INVOICE, report]) == [[1, 1], [2, 2]]

    @pytest.mark.parametrize(
        "title", ["Guest Folio", "Hotel folio", "APPLICATION AND CERTIFICATE FOR PAYMENT",
                  "Application for Payment"],
    )  # fmt: skip
    def test_a_hotels_folio_or_a_contractors_application_for_payment(self, title: str) -> None:
        """Bills under names of their own trades: a hotel's folio, a builder's application
        for payment, behind a closed invoice, under no letterhead the splitter knows and with
        no number."""
        bill = ["THE LANTERN HOUSE", "Pier Road, Whitby", title,
                "Date  14-Apr-2026", "Description  Amount", "Room 2 nights  240.00",
                "Total  GBP 240.00"]  # fmt: skip
        assert ranges([INVOICE, bill]) == [[1, 1], [2, 2]]

    def test_a_folio_number_is_no_title(self) -> None:
        """ "Folio 2" numbers a sheet (Spanish, Italian): the page goes on."""
        first = ["Ferretería Ruiz S.L.", "Calle Mayor 3, 28013 Madrid", "FACTURA",
                 "Factura n.º F-2026-118", "Concepto  Importe", "Tornillos  12,00"]  # fmt: skip
        second = ["Folio 2", "Arandelas  3,00", "Total  15,00 €"]
        assert ranges([first, second]) == [[1, 2]]

    def test_a_contract_under_another_title_is_the_next(self) -> None:
        first = ["Arbeitsvertrag", "zwischen der Mainfranken Logistik GmbH und Frau S. Grabowski",
                 "§ 1 Beginn", "Das Arbeitsverhältnis beginnt am 1. März 2026."]  # fmt: skip
        second = ["CONTRATTO DI LOCAZIONE AD USO ABITATIVO",
                  "Con la presente scrittura privata il Sig. Massimo Bellandi",
                  "Art. 1 - La locazione avrà la durata di anni quattro."]  # fmt: skip
        assert ranges([first, second]) == [[1, 1], [2, 2]]

    def test_an_annex_under_the_agreements_name_stays(self) -> None:
        first = ["MASTER SERVICES AGREEMENT", "Agreement No.:  MSA-2025-070",
                 "1. Services", "The Supplier provides the services in Annex A."]  # fmt: skip
        annex = ["Agreement MSA-2025-070", "ANNEX A - FEE SCHEDULE", "Service  Unit  Monthly fee",
                 "Help desk  user  12.00"]  # fmt: skip
        assert ranges([first, annex]) == [[1, 2]]
