"""Receipts as they are titled and stamped across Europe, typed as receipts (issue 18): a
receipt headed in its own language, a till slip with no "receipt" on it, a car park's ticket,
a restaurant's bill headed "Facture"; and what must stay something else."""

from __future__ import annotations

import pytest

from workflow.analyzers.classify import classify

RECEIPTS = {
    "quittung": "Quittung Nr. 118\nGesamt EUR 100,00\nvon Thomas Weber\nfür Beratung am"
    " 03.02.2026\ndankend erhalten\nMünchen, 03.02.2026",
    "recibo": "RECIBO N.º 0042\nHe recibido de D. Carlos Ortega la cantidad de 350,00 EUR\n"
    "en concepto de alquiler del mes de marzo 2026\nMadrid, 1 de marzo de 2026",
    "till slip": "Blue Door Cafe\n1 Flat White 3.20\n1 Croissant 2.80\nTOTAL 6.00\n"
    "CARD 6.00\n15/03/2026 09:12",
    "car park": "PARKING INDIGO\nEntrée 08:12  Sortie 17:40\nDurée 9h28\nMontant 18,50 EUR\n"
    "Payé CB\nMerci",
    "restaurant facture": "Le Petit Bistro\nFacture n° 2231\nTable 5 Couverts 2\n"
    "2 Menu du jour 39,00\nTotal TTC 57,00 EUR\nPayé par CB\nMerci et à bientôt",
    "tax invoice till": "Bean There Cafe\nABN 12 345 678 901\nTAX INVOICE\n2 Flat White 9.00"
    "\nTOTAL $14.50\nGST INCL $1.32\nEFTPOS $14.50\n12/03/2026 08:41",
}


@pytest.mark.parametrize("text", RECEIPTS.values(), ids=RECEIPTS.keys())
def test_receipts_are_typed_receipts(text: str) -> None:
    assert classify(text).document_type == "receipt"


def test_a_mail_sent_at_a_minute_is_no_till_slip() -> None:
    text = (
        "Von: Wiebke Sander\nGesendet: 08.09.2026 15:05\nAn: Lennart Oberländer\n"
        "Betreff: Angebot Wartung\n\nHallo Lennart,\n\nanbei unser Angebot.\n\nViele Grüße"
    )
    assert classify(text).document_type != "receipt"


def test_an_invoice_paid_by_direct_debit_stays_an_invoice() -> None:
    text = (
        "Factura n.º 2026/118\nFecha: 02/03/2026\nBase imponible 100,00\nIVA 21% 21,00\n"
        "Total factura 121,00 EUR\nForma de pago: recibo domiciliado"
    )
    assert classify(text).document_type == "invoice"


#: Receipts from the rest of the world, each typed something else before: tills paid by card
#: in Polish, Portuguese, Swedish, Czech and Turkish, Australian and New Zealand tills titled
#: "Tax invoice", a taxi's fare with the tip, a museum's ticket paid by PIN, a day's fare, a
#: charity's thanks for a gift, a deli's till that only says thank you, a payment app's
#: receipt to the payer, and tills as OCR misread them (digits for letters, no title).
WORLD_RECEIPTS = {
    "paragon": "BIEDRONKA Jeronimo Martins Polska S.A.\nNIP 779-10-11-327\nPARAGON FISKALNY\n"
    "Mleko 3,2% 1L 1 x3,49 3,49C\nChleb 1 x4,29 4,29C\nPTU C 5% 0,37\nSUMA PLN 7,78\n"
    "Karta płatnicza 7,78\n",
    "fatura simplificada": "PINGO DOCE - DISTRIBUICAO ALIMENTAR SA\nContribuinte 500829993\n"
    "Fatura Simplificada FS 1234/56789\nLeite meio gordo 0,79\nPao 1,20\nTOTAL 1,99\n"
    "Multibanco 1,99\nIVA 6% 0,11\nObrigado pela sua visita\n",
    "kvitto": "ICA Supermarket Kvantum\nStorgatan 1 Uppsala\nKvitto\nMjölk 1,5% 13,90\n"
    "Bröd 29,90\nTotalt SEK 43,80\nKort 43,80\nMoms% Moms Netto Brutto\n12,00 4,69 39,11 43,80\n",
    "uctenka": "LIDL Česká republika\nÚčtenka\nRohlík 3,90\nMléko 24,90\nCelkem 28,80 Kč\n"
    "Platba kartou 28,80\n",
    "au tax invoice": "WOOLWORTHS\nABN 88 000 014 675\nTAX INVOICE\nFull Cream Milk 2L $3.10\n"
    "Bread $3.50\nTOTAL $6.60\nEFTPOS $6.60\nGST included in total $0.00\n",
    "nz tax invoice": "Countdown Ponsonby\nGST No 123-456-789\nTax Invoice\nMilk $2.99\n"
    "Apples $4.50\nTotal $7.49\nPaywave $7.49\n12/03/26 14:02\n",
    "taxi": "TAXI 2210 Berlin\nFahrpreis 23,40 EUR\nTrinkgeld 2,60\nGesamt 26,00 EUR\n"
    "Fahrt vom Hbf nach Tegel\n12.03.2026\nUnterschrift Fahrer\n",
    "museum": "Rijksmuseum\nToegangskaart Volwassene\n1 x € 22,50\nTotaal € 22,50\nBetaald PIN\n",
    "fare": "Transport for London\nJourney history\nSingle fare Zone 1-2 £2.80\n",
    "train ticket": "FERNBAHN  Ihre Fahrkarte\nAuftragsnummer: 467985724754\nHinfahrt am:"
    " 07.08.2025\nFlexpreis, 2. Klasse, 1 Erwachsener  29,90\nSumme: 29,90 €\n",
    "donation": "Oxfam GB\nThank you, Anna!\nWe received your donation of £25.00 on 12 March"
    " 2026.\nGift Aid: yes\nDonor reference 447123\n",
    "order confirmed": "Subject: Your Hartley & Pike order #HP488686 is confirmed\n\nHi Aoife,\n"
    "Mug set  Qty: 2  £72.00\nSubtotal  £72.00\nTotal  £72.00\n",
    "ocr no title": "C0RNER SHOP\nMILK 1.25\nBREAD 1.10\nT0TAL 2.35\nCA5H 5.00\nCHANGE 2.65\n",
    "ocr capitals": "RECE1PT\nCorner Store\nMilk 1.25\nTOTAI 1.25\nV1SA 1.25\n",
    "deli": "JOE'S DELI\n123 Market St\nSan Francisco CA\nTurkey Sandwich 9.50\nChips 1.75\n"
    "SUBTOTAL 11.25\nTAX 0.98\nTOTAL 12.23\nTHANK YOU!\n",
    "zuwendung": "Sportfreunde Blau-Weiß Kassel e.V.\nBestätigung über Geldzuwendungen\n"
    "im Sinne des § 10b des Einkommensteuergesetzes\nBetrag der Zuwendung: 120,00 EUR\n"
    "Tag der Zuwendung: 14.02.2026\n(Unterschrift des Zuwendungsempfängers)\n",
    "payment app": "Sie haben eine Zahlung über 45,00 EUR an Green Garden Shop gesendet\n"
    "Transaktionscode 8AB12345CD678901E\nTransaktionsdatum 12. März 2026\n",
}


@pytest.mark.parametrize("text", WORLD_RECEIPTS.values(), ids=WORLD_RECEIPTS.keys())
def test_receipts_of_the_world_are_typed_receipts(text: str) -> None:
    assert classify(text).document_type == "receipt"


#: Near misses: papers about a payment that are no proof of one.
NOT_RECEIPTS = {
    "pro forma": ("invoice", "PRO FORMA INVOICE\nSeller: Acme Ltd\nBuyer: Beta GmbH\n"
                  "Widget 10 x 5.00 50.00\nTotal 50.00 EUR\nPayment in advance by bank transfer\n"),
    "delivery note": ("other", "DELIVERY NOTE\nDelivery note no. DN-2231\nShip to: Beta GmbH\n"
                      "Item Qty\nChair 4\nTable 1\nGoods received in good condition: ______\n"),
    "reminder": ("letter", "Dear Mr Dholakia,\nInvoice INV-03828 dated 7 February 2026 for "
                 "£3,812.42 remains unpaid. Please arrange payment within seven days.\n"
                 "Yours sincerely,\nMark Tolley\nCredit Controller\n"),
    "card statement": ("statement", "VISA CREDIT CARD STATEMENT\nCard number ending 4421\n"
                       "Statement date 12/03/2026\nPrevious balance 120.00\n"
                       "12/02 TESCO STORES 23.40\nNew balance 143.40\nMinimum payment 25.00\n"),
    "direct debit": ("invoice", "INVOICE 2026-118\nInvoice date 02/03/2026\nBroadband March"
                     " 30.00\nVAT 6.00\nTotal 36.00\nPaid by direct debit on 15/03/2026.\n"),
    "paid invoice": ("invoice", "INVOICE\nInvoice no. 4451\nConsulting 10 h 100.00 1000.00\n"
                     "VAT 20% 200.00\nTotal 1200.00\nPAID - Thank you\n"),
    "order acknowledgement": ("other", "Kabelwerk Süd GmbH\nAuftragsbestätigung\n"
                              "Auftrags-Nr.: AB-1182  Datum: 04.03.2026\nPos.  Artikel  Menge  "
                              "Einzelpreis  Gesamt\n1  Kabel NYM 3x1,5  100  0,89  89,00\n"
                              "Auftragswert netto: 89,00 EUR\nDie Rechnung erhalten Sie mit der "
                              "Lieferung, zahlbar 30 Tage nach Rechnungsdatum.\n"),
    "fatura": ("invoice", "FATURA N.º FT 2026/118\nData de vencimento 30/03/2026\n"
               "Serviços de consultoria 1 500,00 500,00\nIVA 23% 115,00\nTotal 615,00 EUR\n"),
}  # fmt: skip


@pytest.mark.parametrize(("kind", "text"), NOT_RECEIPTS.values(), ids=NOT_RECEIPTS.keys())
def test_papers_about_a_payment_are_no_receipts(kind: str, text: str) -> None:
    assert classify(text).document_type == kind


def test_digits_in_a_code_are_not_read_as_letters() -> None:
    """A card terminal's application id keeps its zeros (its cue needs them)."""
    text = "Bistro 9\nAID: A0000000031010\nPAN SEQ 01\nTotal 12.00\n"
    assert classify(text).scores["receipt"] >= 4
