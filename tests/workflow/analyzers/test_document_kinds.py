"""Kinds the classifier told wrong by a word read out of place (issue 18): a report's cover
with a "risk register", an e-mail whose header labels stand in a table without colons, a
statement whose ledger rows are dated the American way, and bills by other names (a
contractor's application for payment, Brazil's DANFE, a German authority's fee notice)."""

from __future__ import annotations

import pytest

from workflow.analyzers.classify import classify

KINDS = {
    "report cover": ("report", "Falcon Pro 14: Risk Register Review\nPrepared by:  Tran Van Minh\n"
                     "Prepared for:  Marlowe Chambers\nReviewed by:  Mrs Nkechi Okonkwo, CPA\n"
                     "Date:  29/01/2026\nContributors\n- Eleanor Whitlock MSc\n"),
    "mail in a table": ("memo", "From  Oluwaseun Kowalczyk <ok@kaito.example>\nTo  Leilani "
                        "Szymańska <ls@kestrel.example>\nSubject  Vega Sync rollout\nDate  Wed, 07"
                        " Oct 2026 08:05:00 +0000\n\nHi Leilani,\nthe pilot can start once IT has"
                        " signed off.\n\nThanks,\nOluwaseun\n"),
    "statement, US dates": ("statement", "Suministros Albacete S.L.\nStatement of Account\n"
                            "Account no.  C61502\nStatement date  May 30, 2026\n"
                            "Date  Reference  Details  Debit  Credit  Balance\n"
                            "Apr 25, 2026  CN-3962  Credit note  156.94  1,368.66\n"
                            "May 3, 2026  INV-1872  Invoice  2,145.11  3,292.21\n"
                            "May 7, 2026  F-5991  Invoice  1,193.05  4,485.26\n"
                            "May 11, 2026  INV-1222  Invoice  1,506.76  5,992.02\n"
                            "Amount now due  $5,992.02\n"),
    "application for payment": ("invoice", "APPLICATION AND CERTIFICATE FOR PAYMENT\nTO OWNER:"
                                " Cedar Point School District  APPLICATION NO: 4\nORIGINAL "
                                "CONTRACT SUM  $2,491,369.07\nCURRENT PAYMENT DUE  $365,155.23\n"
                                "The undersigned Contractor certifies that the Work covered by "
                                "this Application for Payment has been completed in accordance "
                                "with the Contract Documents.\n"),
    "danfe": ("invoice", "Ferragens Paulista Ltda.  DANFE\nN° 000.677.671  SERIE 001\n"
              "CHAVE DE ACESSO\nDESCRICAO DO PRODUTO  QUANT  V. UNIT  V. TOTAL\n"
              "ARRUELA LISA 8MM  400  0,06  24,00\nVALOR TOTAL DA NOTA  24,00\n"),
    "fee notice": ("invoice", "Stadt Wolfsfelden\nOrdnungsamt\nDatum: 04.06.2025\n"
                   "Kassenzeichen: 5.9003.717914.3\nGebührenbescheid\nVerwaltungsgebühr  45,00 €"
                   "\nZu zahlen: 45,00 €. Bitte geben Sie das Kassenzeichen an.\n"),
}  # fmt: skip


@pytest.mark.parametrize(("kind", "text"), KINDS.values(), ids=KINDS.keys())
def test_kind(kind: str, text: str) -> None:
    assert classify(text).document_type == kind


def test_a_ledgers_rows_dated_the_american_way_say_nothing_of_its_kind() -> None:
    """A row "Apr 25, 2026  CN-3962  Credit note  156.94" is a transaction it lists."""
    scores = classify(KINDS["statement, US dates"][1]).scores
    assert scores["invoice"] == 0


#: Bills by their structure: a US utility's bill headed "Statement" (its meter read, the kWh
#: served and the period), a phone bill that will be collected by direct debit (its "Payment
#: received, thank you" is last month's), and Italy's electronic invoice as its courtesy copy
#: prints it, which never says "Fattura" as a title.
BILLS = {
    "utility": "Sandhill Power & Light Co.\nPO Box 1140, Grand Island, NE 68802\n"
    "Customer Service 1-800-555-0199\nRaymond Castillo  Account Number: 2766-00233-813\n"
    "306 W Koenig St  Statement Date: 05/07/2026\nService Period: Apr 3, 2026 - May 3, 2026\n"
    "Next Read Date: 06/02/2026\nAccount Summary\nPrevious Balance:  $115.71\n"
    "Payment Received 04/15/2026 - Thank You:  -$115.71\nCurrent Charges:  $82.99\n"
    "Total Amount Due:  $82.99\nEnergy charge 489 kWh @ $0.0912  44.60\n"
    "Delivery charge 489 kWh @ $0.0418  20.44\nTotal current charges 82.99\n",
    "phone": "Kestrel Mobile Ltd\nYour bill\nAccount number  Bill number  Bill date  Bill period\n"
    "Hello Aled, here's your bill.\nPayment received, thank you:  -£56.57\n"
    "We'll collect £42.49 by Direct Debit on or after August 5, 2025.\n"
    "Unlimited plan 100GB  £24.28\nRoaming EU day pass  £15.00\nTotal charges £42.49\n",
    "fattura pa": "Copia di cortesia - il documento fiscalmente valido è il file XML trasmesso al"
    " Sistema di Interscambio.\nCedente/prestatore  Cessionario/committente\n"
    "Studio Associato Galli e Neri  Officine Brambilla S.p.A.\n"
    "Tipo documento  Numero documento  Data documento\nTD01 Fattura  53/2026  01/09/2026\n"
    "Onorario  2.750,00\nImponibile:  € 2.750,00\nIVA 22%:  € 605,00\n"
    "Totale documento:  € 3.355,00\nData scadenza  30/09/2026\n",
}


@pytest.mark.parametrize("text", BILLS.values(), ids=BILLS.keys())
def test_bills_by_their_structure_are_invoices(text: str) -> None:
    assert classify(text).document_type == "invoice"
