"""The kinds of the documents a packet bundles: a customer's remittance advice behind its
supplier's statement, an insurance claim's letter and form asking for a refund, and a
pharmacy's till slip that never says "receipt"."""

from __future__ import annotations

import pytest

from support.section_ranges import kinds
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


# The pages of the packets below.
# fmt: off
_INVOICE = ("Brindle Timber Supplies Ltd", "2 Wharf Road, Hull HU1 2BN", "INVOICE",
            "Invoice no. R-5521  Date: 02/02/2026", "Description  Qty  Unit price  Amount",
            "Oak boards  10  91.00  910.00", "Total  £910.00", "Due date 04/03/2026")
_CREDIT_NOTE = ("Brindle Timber Supplies Ltd", "2 Wharf Road, Hull HU1 2BN", "CREDIT NOTE",
                "Credit note no. CN-118  Date: 10/02/2026", "Against invoice R-5521",
                "Description  Qty  Unit price  Amount", "Damaged board  1  91.00  91.00",
                "Total credit  £91.00")
_STATEMENT = ("Brindle Timber Supplies Ltd", "2 Wharf Road, Hull HU1 2BN", "STATEMENT",
              "Account no. HJ-220  Statement date 28/02/2026",
              "Date  Reference  Debit  Credit  Balance", "02/02/2026  R-5521  910.00    910.00",
              "10/02/2026  CN-118    91.00  819.00", "Balance due  £819.00")
_PAID = ("Harrow Joinery Ltd", "14 Canal Street, Leeds LS1 4AB", "Brindle Timber Supplies Ltd",
         "Date: 04/03/2026", "Dear Sirs,", "We have paid the following invoices by BACS today:",
         "R-5521  910.00", "CN-118  -91.00", "Total  £819.00", "Regards,", "Accounts Payable")
_LETTRE = ("Anne Roux", "3 rue Haute, 69001 Lyon", "Mutuelle du Rhône",
           "12 avenue Foch, 69006 Lyon", "Lyon, le 3 mars 2026",
           "Objet : demande de remboursement", "Madame, Monsieur,",
           "Veuillez trouver ci-joint la note d'honoraires et le reçu de la pharmacie.",
           "Je vous prie d'agréer mes salutations distinguées.", "Anne Roux")
_HONORAIRES = ("Cabinet de kinésithérapie Martin", "5 place Bellecour, 69002 Lyon",
               "NOTE D'HONORAIRES", "N° 2026-044  Date : 20/02/2026", "Patient : Anne Roux",
               "Séances de rééducation  4  40,00  160,00", "Total TTC  160,00 €",
               "Acquittée le 20/02/2026")
_TILL = ("PHARMACIE DU PORT", "3 quai Vauban, 17000 La Rochelle", "Sérum physiologique  3,90",
         "Compresses  2,60", "TOTAL  6,50 €", "CB  6,50 €", "20/02/2026 10:14")
_FATTURA = ("Studio Dentistico Bianchi", "Corso Buenos Aires 12, 20124 Milano",
            "FATTURA N. 44/2026", "Data 20/02/2026", "Descrizione  Importo", "Otturazione  120,00",
            "Totale documento  € 120,00", "Pagamento: bonifico bancario")
_SCONTRINO = ("FARMACIA CENTRALE", "Piazza Duomo 1 Milano", "DOCUMENTO COMMERCIALE",
              "di vendita o prestazione", "Tachipirina 500  4,90", "TOTALE COMPLESSIVO  4,90",
              "Pagamento elettronico  4,90", "20-02-2026 10:14")
_BRIEF = ("Jonas Keller", "Lindenweg 3, 50667 Köln", "Allianz Private Krankenversicherung",
          "Postfach 10, 80331 München", "Köln, 03.03.2026", "Betreff: Zahnbehandlung",
          "Sehr geehrte Damen und Herren,", "anbei der Beleg meiner Kartenzahlung.",
          "Mit freundlichen Grüßen", "Jonas Keller")
_KARTENBELEG = ("Kundenbeleg", "girocard", "Zahnarztpraxis Dr. Vogt", "Terminal-ID 5F2K19",
                "Betrag EUR 180,00", "Zahlung erfolgt")
_FACTURA = ("Fisioterapia Ortiz S.L.", "Avenida Baja Navarra 9, 31002 Pamplona", "FACTURA",
            "Nº Factura 2026/044  Fecha 20/02/2026", "Concepto  Importe",
            "Sesión de fisioterapia x4  160,00", "Total  160,00 €", "Pagado con tarjeta")
# fmt: on


class TestPayersAndFeeNotes:
    """Two kinds a bundle's pages were typed wrong as: a customer's letter saying which
    invoices "we have paid" (a remittance advice, "other", not a letter), and a French
    professional's fee note ("Note d'honoraires", an invoice)."""

    def test_a_suppliers_papers_and_the_customers_payment(self) -> None:
        pages = [_INVOICE, _CREDIT_NOTE, _STATEMENT, _PAID]
        assert kinds(pages) == [
            ("invoice", [1, 1]), ("invoice", [2, 2]), ("statement", [3, 3]), ("other", [4, 4])
        ]  # fmt: skip

    def test_a_claim_with_a_fee_note(self) -> None:
        pages = [_LETTRE, _HONORAIRES, _TILL]
        assert kinds(pages) == [("letter", [1, 1]), ("invoice", [2, 2]), ("receipt", [3, 3])]

    @pytest.mark.parametrize(
        "paid",
        ["Wir haben heute folgende Rechnungen überwiesen:", "Nous avons réglé les factures :",
         "Wij hebben de volgende facturen betaald:", "Hemos pagado las siguientes facturas:",
         "Abbiamo pagato le seguenti fatture:"],
    )  # fmt: skip
    def test_we_have_paid_in_the_analyzers_languages(self, paid: str) -> None:
        """The payer's words alone make the case for "other" (a remittance advice)."""
        text = f"Harrow Joinery Ltd\nBrindle Timber Ltd\n04/03/2026\n{paid}\nR-5521  9,10\n"
        assert classify(text).scores["other"] >= 4

    def test_you_have_paid_is_a_receipt(self) -> None:
        text = "Corner Hardware\nYou have paid £42.10\nPaid with Visa ending in 4242\n"
        assert classify(text).document_type == "receipt"


class TestTillTitlesInPackets:
    """A till's legal title ("Documento commerciale") and a card slip's copy ("Kundenbeleg")
    open a document of their own behind an invoice or a letter; a Spanish invoice paid by
    card ("Nº Factura", which Unicode folding writes "No Factura") stays an invoice."""

    def test_an_italian_till_behind_an_invoice(self) -> None:
        assert kinds([_FATTURA, _SCONTRINO]) == [("invoice", [1, 1]), ("receipt", [2, 2])]

    def test_a_card_slip_behind_a_letter(self) -> None:
        assert kinds([_BRIEF, _KARTENBELEG]) == [("letter", [1, 1]), ("receipt", [2, 2])]

    def test_an_invoice_paid_by_card(self) -> None:
        assert kinds([_BRIEF, _FACTURA]) == [("letter", [1, 1]), ("invoice", [2, 2])]
