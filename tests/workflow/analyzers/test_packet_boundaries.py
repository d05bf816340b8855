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

    def test_the_terms_behind_an_invoice_stay_with_it(self) -> None:
        """Back matter states no number, date or total of its own."""
        terms = ["Terms and conditions of sale", "1. These terms apply to every order.",
                 "2. Payment is due within 30 days of the invoice date.",
                 "3. Goods remain our property until paid for in full.",
                 "4. The courts of Zug have jurisdiction."]  # fmt: skip
        assert ranges([INVOICE, terms]) == [[1, 2]]
