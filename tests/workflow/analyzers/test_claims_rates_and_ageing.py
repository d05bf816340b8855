"""Totals of trade and municipal papers: a progress claim's "Amount due this claim" (not its
contract sum), a council's "Amount payable for the year" after its discount, a Dutch
municipality's "Totaal aanslag", a Greek invoice's "Πληρωτέο", a penalty notice's charge, a
French rent receipt's sum
in its sentence, a statement's balance at the end of its ageing row, and a New Zealand
letterhead that runs its town's postcode into its GST number."""

from __future__ import annotations

from typing import Any

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.ageing import ageing_balance
from workflow.analyzers.dollars import local_dollar


def _total(text: str) -> Any:
    analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")
    figures = analysis["keyFigures"]
    assert isinstance(figures, dict)
    return figures.get("total")


_PROGRESS_CLAIM = (
    "Crestline Formwork Pty Ltd\nABN 50 189 749 560\nInvoice No.: 87793\nDate: 28-Apr-2026\n"
    "TAX INVOICE / PROGRESS CLAIM No. 9\n"
    "Item  Contract value  % complete  Claimed to date\n"
    "Rough-in level 1-4  128,280.83  40%  51,312.33\n"
    "Contract sum: $435,400.00\nWork completed to date: $255,131.13\n"
    "Less retention 5%:  -$12,756.56\nLess previously claimed:  -$150,786.10\n"
    "This claim (excl. tax): $91,588.47\nGST 10%: $9,158.85\n"
    "Amount due this claim: AUD 100,747.32\n"
)
_COUNCIL_TAX = (
    "Wyvern District Council\nAccount reference: 95733064X\nDate of bill: 12 Mar 2026\n"
    "Council Tax Bill 2026/27\nAuthority\tBand D charge\tYour charge\n"
    "County Council\t1,324.31\t1,030.02\n"
    "Gross charge for the year: £1,505.85\n"
    "Less single person discount (25%): -£376.46\n"
    "Amount payable for the year: £1,129.39\n"
)
_DUTCH_ASSESSMENT = (
    "Gemeente Brederode\nAanslagnummer: 3481.61.133419\nDagtekening: 20-02-2026\n"
    "Aanslagbiljet gemeentelijke belastingen 2026\n"
    "WOZ-waarde (peildatum 1 januari 2025): € 554.000,00\nOmschrijving  Bedrag\n"
    "Onroerendezaakbelasting eigenaar  546,85\nRioolheffing  219,60\n"
    "Totaal aanslag: € 766,45\n"
)
_GREEK_INVOICE = (
    "Παπαδόπουλος Σύμβουλοι Ι.Κ.Ε.\nΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ\nΑριθμός: 971\n"  # noqa: RUF001
    "Ημερομηνία: 03/07/2026\nΠεριγραφή  Ποσότητα  Τιμή  Αξία\n"  # noqa: RUF001
    "Λογιστική υποστήριξη  3  81,45  244,35\n"
    "Καθαρή αξία: 244,35 €\nΦΠΑ 24%: 58,64 €\nΠληρωτέο: 302,99 €\n"  # noqa: RUF001
)
_RENT_RECEIPT = (
    "QUITTANCE DE LOYER\n\nJe soussigné Bernard Lefèvre, propriétaire, déclare avoir reçu de "
    "M. Julien Mercier\nla somme de 813,00 € au titre du loyer de juillet 2026.\n"
    "Reçu le 10/07/2026.\n"
)
_AGEING = [
    "STATEMENT OF ACCOUNT",
    "Date  Reference  Details  Debit  Credit",
    "2026-05-31 INV899868  Invoice INV899868  3,729.92",
    "Current  30 days  60 days 90+ days Balance due",
    "0.00  2,730.92  0.00  3,729.92 USD 6,460.84",
]


class TestWhatTheClaimOrBillAsksNow:
    def test_progress_claim_bills_this_claim(self) -> None:
        """The claim's amount due, not the contract sum nor the work completed to date."""
        assert _total(_PROGRESS_CLAIM) == {"amount": 100747.32, "currency": "AUD"}

    def test_council_tax_after_its_discount(self) -> None:
        assert _total(_COUNCIL_TAX) == {"amount": 1129.39, "currency": "GBP"}

    def test_dutch_assessment_total(self) -> None:
        assert _total(_DUTCH_ASSESSMENT) == {"amount": 766.45, "currency": "EUR"}

    def test_greek_payable(self) -> None:
        assert _total(_GREEK_INVOICE) == {"amount": 302.99, "currency": "EUR"}


class TestPenaltyNotice:
    def test_the_penalty_charge_is_what_it_bills(self) -> None:
        text = (
            "London Borough of Ashgrove\nParking Services\nPCN number  DY51515209\n"
            "Penalty Charge Notice\nDate of contravention  13/10/2026\n"
            "Penalty charge  £130.00\nThe penalty charge of £130.00 must be paid by 15/11/2026."
            " If you pay by 01/11/2026 the charge is reduced to £65.00.\n"
        )
        assert _total(text) == {"amount": 130.0, "currency": "GBP"}

    def test_a_total_beats_a_penalty_it_mentions(self) -> None:
        text = "Invoice 12\nPenalty charge  £40.00\nWidget  100.00\nTotal:  £140.00\n"
        assert _total(text) == {"amount": 140.0, "currency": "GBP"}


class TestSumInASentence:
    def test_french_rent_receipt(self) -> None:
        """ "la somme de 813,00 €" is the receipt's total, as "the sum of" is in English."""
        assert _total("Reçu\n" + _RENT_RECEIPT) == {"amount": 813.0, "currency": "EUR"}


class TestAgeingBalance:
    def test_last_amount_under_the_balance_heading(self) -> None:
        assert ageing_balance(_AGEING, "USD") == ({"amount": 6460.84, "currency": "USD"}, 4)

    def test_a_header_without_age_buckets_is_none(self) -> None:
        lines = ["Description  Qty  Price  Total", "Widget  2  5.00  10.00"]
        assert ageing_balance(lines, "USD") is None


class TestNewZealandLetterhead:
    def test_postcode_before_a_dot_and_a_bare_gst_number(self) -> None:
        head = "Quayside Fitness\nPO Box 311, Nelson 7040 · GST 112-304-556\nTotal:  $623.50\n"
        assert local_dollar(head) == "NZD"
        assert local_dollar("Tahi Club\nGST 112-304-556\nTotal:  $623.50\n") == "NZD"

    def test_an_australian_bank_branch_code(self) -> None:
        """A tradesman's bill with no valid ABN still prints its BSB: Australian dollars."""
        text = "Osei Plumbing\nTOTAL $290.00\nBSB/Acc 121017 01374670\n"
        assert local_dollar(text) == "AUD"
