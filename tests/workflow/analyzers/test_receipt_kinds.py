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
