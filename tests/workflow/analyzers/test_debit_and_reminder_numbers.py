"""A debit note's, a Portuguese invoice's and a reminder letter's own numbers: the paper's
own label beats the other papers it names (the original invoice, the invoices chased)."""

from __future__ import annotations

from workflow.analyzers.docnumbers import document_number
from workflow.analyzers.letterrefs import letter_reference_at


class TestDebitNotes:
    def test_its_own_number_beats_the_original_invoice(self) -> None:
        """A debit note's "Debit Note No." is its own; "Orig. Invoice" is the one it adds to."""
        text = (
            "Harbour Lines Ltd\nPort Road 4\n\nAcme Traders Ltd\n\n"
            "Debit Note No.: DN1234567\nDate: 23-May-2026\nOrig. Invoice: INV7654321\n\n"
            "DEBIT NOTE\n\nDetention charges  825.00\n"
        )
        assert document_number(text, "invoice") == "DN1234567"

    def test_in_a_panel_beside_the_address(self) -> None:
        """The label and its value in the cell right of the customer's address line."""
        text = (
            "Harbour Lines Ltd\n\nAcme Traders Ltd  Debit Note No.  DN7654321\n"
            "Port Town 31401  Date  Jun 26, 2026\nOrig. Invoice  INV1234567\n"
        )
        assert document_number(text, "invoice") == "DN7654321"


class TestPortugueseSeries:
    def test_a_fatura_labelled_with_a_colon(self) -> None:
        """ "Fatura: FT 2026A/12" is the series and the number; the ATCUD is the tax code."""
        text = (
            "Papelaria Lda.\nNIPC 500000000\n\nCliente Lda.\n\n"
            "**Fatura:** FT 2026A/12\n**ATCUD:** AB12C34-12\n**Data de emissão:** 2026-06-30\n"
        )
        assert document_number(text, "invoice") == "FT 2026A/12"


class TestRemindersOwnReference:
    def test_a_french_reminders_reference(self) -> None:
        """A "relance" names the invoice it chases; its own number is "Notre réf."."""
        text = (
            "Atelier Dupont\nService comptabilité\n\nSCI Les Tilleuls\n\n"
            "Notre réf.: REL-26-0042\nDate: 13 février 2026\n\n"
            "Objet : Deuxième relance — facture impayée\n\n"
            "Facture n° FA-2026-00017 du 10/12/2025 : 1 200,00 €\n"
        )
        assert document_number(text, "invoice") == "REL-26-0042"

    def test_a_reminder_without_its_own_reference_has_none(self) -> None:
        text = "Objet : relance\n\nFacture n° FA-2026-00017 du 10/12/2025 : 1 200,00 €\n"
        assert document_number(text, "invoice") is None

    def test_an_italian_register_number(self) -> None:
        """ "Ns. rif.: Prot. n. 12/26": the entry in the sender's register of letters sent."""
        text = "Ditta Rossi S.r.l.\nMilano, 24 giugno 2026\nNs. rif.: Prot. n. 12/26\n"
        found = letter_reference_at(text)
        assert found is not None
        assert found[0] == "12/26"


class TestRentNotices:
    def test_a_french_rent_notice_in_a_band_of_labels(self) -> None:
        """ "Avis n°" over its value in a band: an "Avis d'échéance" numbers itself so."""
        text = (
            "Gestion Immobilière Lyon\nMme Claire Martin\n18226 Lyon\n"
            "Avis n°  Édité le  Référence locataire  Lot n°\n"
            "AE202606-00042  08/05/2026  8066-462  16 — T2\nAVIS D'ÉCHÉANCE\n"
        )
        assert document_number(text, "invoice") == "AE202606-00042"


class TestGreekInvoices:
    def test_the_number_apart_from_its_series(self) -> None:
        """ "Arithmos: 548" (the number) after "Seira" (the series); the 15-digit MARK is the
        tax office's id of the invoice."""
        # "Seira: TPY", "Arithmos: 548", "MARK: ..." in Greek letters
        text = (
            "\u03a3\u03b5\u03b9\u03c1\u03ac: \u03a4\u03a0\u03a5\n"
            "\u0391\u03c1\u03b9\u03b8\u03bc\u03cc\u03c2: 548\n"
            "\u039c\u0391\u03a1\u039a: 084358114947899\n"
        )
        assert document_number(text, "invoice") == "548"
