"""Documents between a receipt and its neighbours: what a receipt says in the languages the
analyzer reads, the papers no built-in class names (quotations, delivery notes), a supplier's
statement, the names a receipt gives its number and its sum."""

from __future__ import annotations

from typing import Any

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.classify import classify
from workflow.analyzers.figures import key_figures
from workflow.analyzers.numbering import named_numbers


def analyze(text: str) -> dict[str, Any]:
    return OfflineAnalyzer().analyze(text, media_type="text/plain", filename="doc")


class TestReceiptsInTheirLanguages:
    def test_an_italian_shop_order(self) -> None:
        """Thanks for the purchase, the order's summary, paid by a card ending in 4 digits."""
        text = (
            "Quillon Bikes\n\nGrazie per il tuo acquisto!\n\nRiepilogo ordine\n"
            "Camera d'aria  1  8,90 €\n\nTotale  8,90 €\n\n"
            "Metodo di pagamento  Visa che termina con 4242\n"
        )
        assert classify(text).document_type == "receipt"

    def test_a_dutch_till_slip(self) -> None:
        """Till and cashier numbers, cash and change, a loyalty card: no word "receipt"."""
        text = (
            "BUURTSUPER DE LINDE\n2025-04-25  19:41\nKassa 7  Kassier 42  Bon 4289\n"
            "Volkoren brood  2,45 A\nTOTAAL  € 2,45\nCONTANT  € 5,00\nWISSELGELD  € 2,55\n"
            "Bonuskaart ****6333\n"
        )
        analysis = analyze(text)
        assert analysis["documentType"] == "receipt"
        assert analysis["keyFigures"]["documentNumber"] == "4289"
        assert analysis["keyFigures"]["total"] == {"amount": 2.45, "currency": "EUR"}

    def test_a_renewed_subscription_charged_to_a_card(self) -> None:
        text = (
            "Inkpot Cloud GmbH\nYour subscription has been renewed\n"
            "Receipt number: 2841-7730\nAmount charged: $60.00\nCharged to: Visa ending in 4242\n"
        )
        analysis = analyze(text)
        assert analysis["documentType"] == "receipt"
        assert analysis["keyFigures"]["total"] == {"amount": 60.0, "currency": "USD"}

    def test_a_gift_acknowledged_in_a_letter(self) -> None:
        """ "Dear ... Sincerely" around a gift acknowledged for the donor's taxes: a receipt,
        its sum in the sentence."""
        text = (
            "Open Meadow Land Trust\n\nDear Felix,\n\nThank you for your generous gift of "
            "$250.00. No goods or services were provided in exchange for this contribution.\n\n"
            "Sincerely,\nRosa Whitaker\n"
        )
        analysis = analyze(text)
        assert analysis["documentType"] == "receipt"
        assert analysis["keyFigures"]["total"] == {"amount": 250.0, "currency": "USD"}


class TestNeighbours:
    def test_a_quotation_is_no_invoice(self) -> None:
        """Priced rows, VAT and a total, but an offer to accept: ``other``."""
        text = (
            "Atelier Brissac SARL\nDevis\nDevis n°: Q-52533\nDescription  Qty  Unit price  Amount\n"
            "Site survey  1  450,00  450,00\nTotal HT: 450,00 €\nTVA: 90,00 €\n"
            "Total TTC: 540,00 €\n"
            "Bon pour accord : date et signature.\n"
        )
        analysis = analyze(text)
        assert analysis["documentType"] == "other"
        assert analysis["keyFigures"]["documentNumber"] == "Q-52533"

    def test_a_delivery_note_is_no_invoice(self) -> None:
        text = (
            "Halvorsen Joinery AS      Lieferschein\nLieferschein-Nr. LS109040\n"
            "Artikel  Menge  Einheit\nCable tray 3 m  8  pcs\n"
            "Ware in einwandfreiem Zustand erhalten. Unterschrift: ________\n"
        )
        analysis = analyze(text)
        assert analysis["documentType"] == "other"
        assert analysis["keyFigures"]["documentNumber"] == "LS109040"

    def test_a_statement_ages_its_balance(self) -> None:
        """Invoices listed in its rows do not make a statement of account an invoice."""
        text = (
            "Oberlin Elektro GmbH  STATEMENT\nAccount number: 67648\n"
            "Date  Activity  Reference  Amount  Balance\n"
            "01/02/2026  Invoice  INV-1201  1,250.00  1,250.00\n"
            "15/02/2026  Invoice  INV-1202  312.40  1,562.40\n"
            "Current  1-30 days  31-60 days  Over 60 days  Amount due\n"
        )
        assert classify(text).document_type == "statement"

    def test_a_ledgers_rows_are_no_evidence(self) -> None:
        """Payments received, invoices and credit notes listed as dated rows with amounts
        are what a statement lists, not what it is."""
        text = (
            "Brückner Haustechnik GmbH\nRekeningoverzicht\nKlantnummer:  C81353\n"
            "Datum  Referentie Omschrijving  Debet  Credit  Saldo\n"
            "20-09-2025  CN-8056  Creditnota  287,69  73,39\n"
            "24-09-2025  Betaling ontvangen  727,12  -653,73\n"
            "28-09-2025  INV-4552  Factuur  632,56  -21,17\n"
            "02-10-2025  Betaling ontvangen  555,95  -577,12\n"
            "06-10-2025  CN-4172  Creditnota  199,23  -776,35\n"
            "10-10-2025  Betaling ontvangen  1.996,88  -2.773,23\n"
            "Openstaand saldo:  -€ 2.773,23\n"
        )
        assert classify(text).document_type == "statement"

    def test_a_dutch_bank_statement_by_its_balances(self) -> None:
        """Balances brought forward and carried and the account's number, in Dutch."""
        text = (
            "Pioneer Federal Credit Union\nGregor Falk  Datum afschrift  2025-07-16\n"
            "Rekeningnummer  19-73-43 65770743\nDatum  Omschrijving  Af  Bij\n"
            "Vorig saldo € 1.813,11\n2025-06-22  Transfer SAFETY  435,06\n"
            "Nieuw saldo  € 1.378,05\n"
        )
        assert classify(text).document_type == "statement"

    def test_a_shops_order_in_german_is_no_purchase_order(self) -> None:
        """ "Bestellung" in a sentence is a shop customer's order, not a purchase order's
        title."""
        text = (
            "Subject: Bestellung #5962 bestätigt\n\nFernhollow Ceramics\n\n"
            "Vielen Dank für deine Bestellung!\n\nHallo Tobias, wir bereiten deine Bestellung "
            "für den Versand vor.\n\nBestellübersicht\nStoneware mug  1  24,00 EUR\n"
            "Gesamtsumme: 24,00 EUR\nZahlungsart: Visa **** 3197\n"
        )
        assert classify(text).document_type == "receipt"

    def test_a_paid_invoice_is_for_its_total_not_its_zero_balance(self) -> None:
        text = "INVOICE  PAID\nInvoice #: 1042\nTotal: £840.00\nBalance due: £0.00\n"
        figures = key_figures(text, "invoice")
        assert figures["total"] == {"amount": 840.0, "currency": "GBP"}


class TestNamedNumbers:
    def test_whole_labels_in_several_languages(self) -> None:
        """A label that is a number's whole name, its value after a colon, a cell's gap or a
        space; a name without a value holding a digit names nothing."""
        text = (
            "Booking reference: K7QX2P\nAuftragsnummer  482910337211\nOrdine n. 4092\n"
            "Payment reference  CCC66885745\nBestellnummer: siehe unten\n"
        )
        assert [(kind, ident) for kind, ident, _ in named_numbers(text)] == [
            ("booking", "K7QX2P"),
            ("order", "482910337211"),
            ("order", "4092"),
            ("transaction", "CCC66885745"),
        ]

    def test_a_tills_counters_end_with_its_transaction(self) -> None:
        found = named_numbers("Till 3  Op 42  Trans 3817\nCaja 2  Cajero 33  Nº 6399\n")
        assert [ident for _, ident, _ in found] == ["3817", "6399"]

    def test_a_booking_reference_before_the_ticket_number(self) -> None:
        """An airline's receipt: the booking is what a reader files it under."""
        text = (
            "Skylark Atlantic  E-ticket receipt\nBooking reference: K7QX2P\n"
            "Ticket number: 125-2345678901\nTotal paid: EUR 312,40\n"
        )
        assert key_figures(text, "receipt")["documentNumber"] == "K7QX2P"


class TestMerchant:
    def test_an_e_mails_sender_heading_its_body(self) -> None:
        """The From name printed alone above the message is the shop, not a person."""
        text = (
            "From  Quillon Bikes <store+70@shops.example>\n\nTo  Tobias Klee <t@post.example>\n\n"
            "Subject  Ordine n. 4092 confermato\n\nDate  01.05.2025\n\nQuillon Bikes\n\n"
            "Grazie per il tuo acquisto!\n\nCiao Tobias, stiamo preparando il tuo ordine per la "
            "spedizione.\n\nTotale  70,95 €\n"
        )
        assert analyze(text)["keyFigures"]["vendor"] == "Quillon Bikes"

    def test_a_title_beside_the_name_and_a_sentence_are_no_name(self) -> None:
        """ "Volare Sud  E-ticket receipt": the name is the first cell; "Good news: your
        package has shipped!" is a sentence, the firm is found elsewhere."""
        airline = "Volare Sud  E-ticket receipt\nBooking reference: K7QX2P\nTotal paid: €146.22\n"
        assert analyze(airline)["keyFigures"]["vendor"] == "Volare Sud"
        shipped = (
            "Good news: your package has shipped!\nOrder total: $54.49\n"
            "Payment: Visa ending in 1234\n"
            "Thanks for shopping with Kestrel Outdoor Supply Inc.\n"
        )
        assert analyze(shipped)["keyFigures"]["vendor"] == "Kestrel Outdoor Supply Inc."

    def test_a_web_shops_address_is_its_name(self) -> None:
        text = (
            "bazaarly.example\nOrder summary\nGrand Total: £29.99\nPaid with Visa ending in 1234\n"
        )
        assert analyze(text)["keyFigures"]["vendor"] == "bazaarly"
