"""Key figures the analyzer must not claim: documents that print a number, a date or an id
that is not theirs (a letter quoting a contract, a till's terminal and merchant ids, an
invoice citing its contract, a form listing what it encloses, a shipping notice's delivery
day). An absent figure is better than a wrong one."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of
from workflow.analyzers import OfflineAnalyzer


class TestLettersHaveNoNumber:
    def test_a_letter_quoting_a_contract_reference(self) -> None:
        """The tenancy's reference is the matter the letter is about, not the letter's."""
        text = (
            "Brightside Lettings Ltd\n4 Market Street, York YO1 8BY\n\n"
            "Mr Tom Ellis\n22 Fossgate, York YO1 9TA\n\n2 May 2026\n\n"
            "Contract reference: TEN-2024-0117\n\nDear Mr Ellis,\n\n"
            "Your tenancy will end on 31 July 2026. Please contact us to arrange the check-out."
            "\n\nKind regards,\nSarah Cole\nBrightside Lettings Ltd\n"
        )
        figures = figures_of(text)
        assert "documentNumber" not in figures
        assert figures["issueDate"] == "2026-05-02"

    def test_a_cover_letter_naming_a_claim_and_its_enclosures(self) -> None:
        text = (
            "Paolo Mancini\nVia Garibaldi 19, 10122 Torino\n\n"
            "Harrowgate Insurance plc\n3 Abbey Lane, Bath BA1 1LY\n\n17 Apr 2026\n\n"
            "Re: Claim number 316815\n\nDear Sir or Madam,\n\n"
            "Please find enclosed the documents for the claim we discussed.\n\n"
            "Yours faithfully,\nPaolo Mancini\n\nEnclosures:\n- Invoice 148097\n"
        )
        assert "documentNumber" not in figures_of(text)

    def test_a_french_termination_letter_quoting_its_contract(self) -> None:
        text = (
            "Claire Dubois\n27 rue Oberkampf\n75011 Paris\n\n"
            "Télécom Horizon SA\nService résiliations\n69401 Lyon Cedex 03\n\n"
            "Paris, le 13 juin 2026\n\nObjet : Résiliation du contrat n° 4533964\n\n"
            "Madame, Monsieur,\n\nPar la présente, je vous informe de ma décision de résilier "
            "le contrat cité en référence.\n\nClaire Dubois\n"
        )
        assert "documentNumber" not in figures_of(text)


class TestOtherMatters:
    def test_an_invoice_citing_only_its_contract(self) -> None:
        """An invoice that prints no number of its own does not take its contract's."""
        text = (
            "Kestrel Facilities Ltd\n9 Quay Road, Hull HU1 1AA\nINVOICE\nDate: 2026-06-03\n"
            "Contract reference: MSA-2025-014\nBill to: Humber Dental Group\n"
            "Cleaning services May 2026  1,250.00\nVAT 20%  250.00\nTotal due  1,500.00 GBP\n"
        )
        figures = figures_of(text)
        assert "documentNumber" not in figures
        assert figures["total"] == {"amount": 1500.0, "currency": "GBP"}

    def test_an_invoice_with_its_own_number_beside_the_contract(self) -> None:
        text = (
            "Kestrel Facilities Ltd\nINVOICE\nInvoice No.: KF-2206\nDate: 2026-06-03\n"
            "Contract reference: MSA-2025-014\nTotal due  1,500.00 GBP\n"
        )
        assert figures_of(text)["documentNumber"] == "KF-2206"

    def test_a_claim_form_listing_its_enclosures(self) -> None:
        """A form with no claim number takes neither its policy's nor an enclosed invoice's."""
        text = (
            "CLAIM FORM\nPolicy number: 52-429260\nClaimant: Ana Ruiz\n"
            "Date of loss: 18 Jun 2026\nDocuments attached:\n- Invoice 148097\n"
            "Amount claimed: 1,313.86 EUR\nDate: 4 Jul 2026  Signed: ____\n"
        )
        assert "documentNumber" not in figures_of(text)

    def test_a_claim_form_keeps_its_claim_number(self) -> None:
        text = (
            "CLAIM FORM\nPolicy number: 52-429260\nClaim number: 316815\n"
            "Date of loss: 18 Jun 2026\nAmount claimed: 1,313.86 EUR\nDate: 4 Jul 2026\n"
        )
        assert figures_of(text)["documentNumber"] == "316815"


class TestTills:
    def test_a_receipt_with_only_its_terminal_and_merchant_ids(self) -> None:
        text = (
            "CAFE LUNA\nVia Roma 12, 00184 Roma\nTerminal ID: 40012345\nMerchant ID: 88120044\n"
            "12/05/2026 13:42\nCappuccino 1,80\nCornetto 1,20\nTOTALE EUR 3,00\nCARTA 3,00\n"
            "Grazie e arrivederci\n"
        )
        figures = figures_of(text)
        assert "documentNumber" not in figures
        assert figures["total"] == {"amount": 3.0, "currency": "EUR"}

    def test_a_year_under_a_receipts_title_is_no_number(self) -> None:
        text = "RECEIPT\n2026\nBakery Sol\nBread 2.50\nTotal 2.50 EUR\n"
        assert "documentNumber" not in figures_of(text)

    def test_a_number_under_a_receipts_title_still_is(self) -> None:
        text = "RECEIPT\nR-2026-0042\nBakery Sol\nBread 2.50\nTotal 2.50 EUR\n"
        assert figures_of(text)["documentNumber"] == "R-2026-0042"


class TestDeliveryIsNoDueDate:
    def test_a_shipping_notices_estimated_delivery(self) -> None:
        """An order already paid is due nothing when its parcel arrives."""
        text = (
            "Subject: Your order receipt\n\nThank you for your order.\n"
            "Order number: 500-3359994\nOrder date: 04/06/2026\n"
            "Estimated delivery: 04/11/2026\n\nDry bag 20 L  $19.50\nHeadlamp  $34.99\n"
            "Order total: $54.49\nPaid with American Express\n"
        )
        figures = figures_of(text)
        assert "dueDate" not in figures
        assert figures["issueDate"] == "2026-04-06"


def test_a_paid_bills_zero_left_to_pay_is_not_its_total() -> None:
    """A guesthouse bill settled at checkout: its total is the sum billed, not the 0,00 left."""
    text = "\n".join([
        "Pension Alpenblick · Dorfstraße 9 · 6370 Kitzbühel",
        "Rechnung Nr. 7781",
        "Rechnungsdatum: 02.02.2026",
        "Leistung  Menge  Einzelpreis  Betrag",
        "Übernachtung  3  72,00 EUR  216,00 EUR",
        "Gesamtbetrag:  216,00 EUR",
        "Bezahlt mit EC-Karte:  216,00 EUR",
        "Offener Betrag:  0,00 EUR",
    ])  # fmt: skip
    assert figures_of(text)["total"] == {"amount": 216.0, "currency": "EUR"}


def test_a_receipt_for_a_sum_in_words_is_for_that_sum() -> None:
    """A landlord's receipt names the sum in a sentence and nothing outstanding below it."""
    text = "\n".join([
        "RECEIPT",
        "Receipt No: 118",
        "Date: 03/05/2026",
        "Received with thanks from Omar Lindqvist the sum of £525.00 for the rent of",
        "14 Garden Row for May 2026.",
        "Balance outstanding: £0.00",
        "Landlord: Petra Vance",
    ])  # fmt: skip
    assert figures_of(text)["total"] == {"amount": 525.0, "currency": "GBP"}


def test_a_zero_balance_with_nothing_else_stays_the_total() -> None:
    """A statement whose account is settled: its closing balance is its total, 0.00."""
    text = "\n".join([
        "STATEMENT OF ACCOUNT",
        "Statement date: 31/03/2026",
        "Date  Description  Amount",
        "02/03/2026  Payment received  -120.00",
        "Closing balance  £0.00",
    ])  # fmt: skip
    assert figures_of(text)["total"] == {"amount": 0.0, "currency": "GBP"}


@pytest.mark.parametrize(
    ("total", "paid", "left", "billed"),
    [
        ("Rechnungsbetrag  3.120,00 EUR", "abzgl. Zahlung  1.000,00 EUR",
         "Restbetrag  2.120,00 EUR", 3120.0),
        ("Totaal incl. btw  € 845,90", "Reeds betaald  € 400,00",
         "Openstaand bedrag  € 445,90", 845.9),
        ("Net à payer  1 230,00 €", "Acompte versé  230,00 €", "Reste à payer  1 000,00 €",
         1230.0),
    ],
)  # fmt: skip
def test_a_deposit_under_any_total_label_leaves_that_total(
    total: str, paid: str, left: str, billed: float
) -> None:
    """ "Rechnungsbetrag", "Totaal incl. btw" or "Net à payer" over a payment already made
    over what is left: the total is the sum billed, whatever tier its label is."""
    text = f"Gallo Bauservice GmbH\nRechnung Nr. 2026-118\n\n{total}\n{paid}\n{left}\n"
    assert figures_of(text)["total"]["amount"] == billed


def test_a_credit_notes_number_and_a_statements_closing_words() -> None:
    """ "Gutschriftsnummer" numbers a credit note; "Endsaldo" and "Saldo zu unseren Gunsten"
    close a supplier's statement."""
    note = (
        "Gutschrift\nHalde Metall GmbH\nGutschriftsnummer  GS-2027-0042\nGesamtbetrag  80,00 EUR\n"
    )
    assert figures_of(note)["documentNumber"] == "GS-2027-0042"
    for label in ("Endsaldo", "Saldo zu unseren Gunsten"):
        statement = (
            "Kontoauszug\nHalde Metall GmbH\nDatum  Text  Soll  Haben  Saldo\n"
            f"02.01.2027  RE 118  300,00    300,00\n\n{label}  300,00 EUR\n"
        )
        analysis = OfflineAnalyzer().analyze(statement, media_type="text/plain", filename="s.txt")
        assert analysis["keyFigures"]["total"]["amount"] == 300.0
