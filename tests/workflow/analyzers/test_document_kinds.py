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
