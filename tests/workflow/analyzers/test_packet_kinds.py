"""The kinds of the documents a packet bundles: a customer's remittance advice behind its
supplier's statement, an insurance claim's letter and form asking for a refund, and a
pharmacy's till slip that never says "receipt"."""

from __future__ import annotations

import pytest

from workflow.analyzers.classify import classify


class TestRemittanceAdvice:
    @pytest.mark.parametrize(
        ("title", "paid", "total"),
        [
            ("REMITTANCE ADVICE", "Invoices paid  Amount paid", "Total paid  £1,410.00"),
            ("AVIS DE PAIEMENT", "Factures réglées  Montant réglé", "Total réglé  1 410,00 €"),
            ("ZAHLUNGSAVIS", "Bezahlte Rechnungen  Betrag", "Gesamt bezahlt  1.410,00 €"),
            ("AVISO DE PAGO", "Facturas pagadas  Importe", "Total pagado  1.410,00 €"),
        ],
    )
    def test_the_payers_notice_is_no_receipt(self, title: str, paid: str, total: str) -> None:
        """The customer's notice of the invoices it paid, which the schema calls "other":
        a receipt is the payee's proof, a remittance advice the payer's."""
        text = (
            f"Harrow Joinery Ltd  {title}\n14 Canal Street, Leeds LS1 4AB\n"
            "Brindle Timber Supplies Ltd\n2 Wharf Road, Hull HU1 2BN\n"
            f"Account no.  HJ-220\nPayment date  04/03/2026\n{paid}\n"
            f"R-5521  910.00\nR-5530  500.00\n{total}\n"
        )
        assert classify(text).document_type == "other"

    def test_a_shops_payment_receipt_is_still_a_receipt(self) -> None:
        text = (
            "Corner Hardware\nPayment receipt\nAmount paid  $42.10\n"
            "Paid with Visa ending in 4242\nThank you for your purchase!\n"
        )
        assert classify(text).document_type == "receipt"


class TestClaimPapers:
    def test_a_letter_asking_for_a_refund_is_a_letter(self) -> None:
        """A policyholder asks for a refund ("solicitud de reembolso") and greets in the
        plural ("Estimados señores"): a letter, not a refund's receipt."""
        text = (
            "Lucía Arrieta\nCalle Mayor 4, 2º\n31001 Pamplona\n"
            "Mutua Sanitaria del Ebro, S.A.\nApartado 88, 50080 Zaragoza\n"
            "Pamplona, 3 de marzo de 2026\nAsunto: solicitud de reembolso - póliza 5510298\n"
            "Estimados señores:\nLes adjunto el formulario, la factura del dentista y el "
            "ticket de la farmacia. Les ruego que abonen el importe en mi cuenta.\n"
            "Atentamente,\nLucía Arrieta\n"
        )
        assert classify(text).document_type == "letter"

    @pytest.mark.parametrize(
        ("title", "declaration", "signature", "boxes"),
        [
            ("SOLICITUD DE REEMBOLSO DE GASTOS", "Declaro que los datos son ciertos.",
             "Firma  Lucía Arrieta", "[X] Dentista  [] Farmacia"),
            ("ANTRAG AUF KOSTENERSTATTUNG", "Ich versichere die Richtigkeit meiner Angaben.",
             "Unterschrift  Jonas Keller", "(X] Zahnarzt  [ ] Apotheke"),
            ("DEMANDE DE REMBOURSEMENT", "Je déclare sur l'honneur l'exactitude des données.",
             "Signature  Anne Roux", "[x] Dentiste  [ ] Pharmacie"),
        ],
    )  # fmt: skip
    def test_a_claim_form_asking_for_a_refund_is_a_form(
        self, title: str, declaration: str, signature: str, boxes: str
    ) -> None:
        """Titled as a request for a refund, with ticked boxes (as OCR reads them), the
        signer's declaration and the signature's label."""
        text = (
            f"Mutua Sanitaria del Ebro, S.A.  Apartado 88, 50080 Zaragoza\n{title}\n"
            f"N° de siniestro  CL-1182\nPóliza  5510298\n{boxes}\n"
            f"Importe total  212,00 €\n{declaration}\n{signature}\nFecha  03/03/2026\n"
        )
        assert classify(text).document_type == "form"


class TestTillSlips:
    @pytest.mark.parametrize(
        ("head", "items", "total", "tender"),
        [
            ("APOTHEKE AM DOM\nDomplatz 2, 50667 Köln\nBeleg-Nr. 4471  02.03.2026",
             "Nasenspray 10 ml  4,95\n2 x 3,20\nHalstabletten  6,40", "SUMME  11,35 €",
             "Karte  11,35"),
            ("FARMACIA ORTIZ\nAvenida Sancho el Fuerte 9, Pamplona\nTicket 88102  02/03/2026",
             "Paracetamol 1 g  2,95\nVendas  4,10", "TOTAL\n7,05", "Tarjeta\n7,05"),
            ("PHARMACIE DU PORT\n3 quai Vauban, 17000 La Rochelle\n02/03/2026 10:14",
             "Sérum physiologique  3,90\nCompresses  2,60", "TOTAL  6,50 €",
             "CB  6,50 €"),
        ],
    )  # fmt: skip
    def test_a_till_paid_by_card_is_a_receipt(
        self, head: str, items: str, total: str, tender: str
    ) -> None:
        """A total and, under it, the tender that paid the same sum; a count line over an
        item; a slip's number: a till's receipt, with no word "receipt"."""
        assert classify(f"{head}\n{items}\n{total}\n{tender}\n").document_type == "receipt"

    def test_an_invoice_with_a_card_payment_line_stays_an_invoice(self) -> None:
        text = (
            "Elm Street Dental Ltd\nINVOICE\nInvoice no. 2231  Due date 30/03/2026\n"
            "Description  Qty  Unit price  Amount\nCheck-up  1  60.00  60.00\n"
            "Total  60.00\nCard  60.00\n"
        )
        assert classify(text).document_type == "invoice"
