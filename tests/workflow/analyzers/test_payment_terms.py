"""Due dates a bill states by its terms rather than a date label: due on receipt, a number of
days with the sum as the sentence's subject ("Der Betrag ist innerhalb von 10 Tagen ohne Abzug
fällig", "het bedrag binnen 14 dagen over te maken", "Zahlbar innert 30 Tagen"), and a direct
debit announced for a day ("Der Rechnungsbetrag wird am ... abgebucht")."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of

_BILL = "{head}\nInvoice No.: 4784\nInvoice date: 2026-09-04\nConsulting  1,000.00\n{terms}\n"


class TestDueOnReceipt:
    @pytest.mark.parametrize(
        "terms",
        ["Terms: Due on receipt", "Payment due upon receipt. Checks payable to Ironwood LLC."],
    )
    def test_due_the_day_it_is_issued(self, terms: str) -> None:
        text = _BILL.format(head="INVOICE", terms=f"Total: $1,000.00\n{terms}")
        assert figures_of(text)["dueDate"] == "2026-09-04"

    def test_a_receipt_acknowledged_is_no_due_date(self) -> None:
        """ "We acknowledge receipt" says nothing about when a bill is due."""
        text = _BILL.format(head="INVOICE", terms="Total: $1,000.00\nWe acknowledge receipt.")
        assert "dueDate" not in figures_of(text)


class TestDaysFromTheSum:
    @pytest.mark.parametrize(
        ("text", "due"),
        [
            (
                "Rechnung Nr. 2025-920\nDatum: 29.06.2025\nRechnungsbetrag: 573,58 €\n"
                "Der Betrag ist innerhalb von 10 Tagen ohne Abzug fällig.\n",
                "2025-07-09",
            ),
            (
                "Factuur\nFactuurnummer: 20264793\nFactuurdatum: 11-3-2026\n"
                "Totaal incl. btw  € 725,06\n"
                "Wij verzoeken u vriendelijk het bedrag binnen 14 dagen over te maken.\n",
                "2026-03-25",
            ),
            (
                "Rechnung 2026-190\nBern, 26.07.2026\nTotal: CHF 888.05\n"
                "Zahlbar innert 30 Tagen netto.\n",
                "2026-08-25",
            ),
        ],
    )
    def test_the_sum_due_within_days(self, text: str, due: str) -> None:
        assert figures_of(text)["dueDate"] == due


class TestDirectDebit:
    def test_the_sum_debited_on_a_day(self) -> None:
        text = (
            "Rechnung Nr. RE-2026-524329 vom 03.02.2026\nGesamtbetrag:  103,53 €\n"
            "Der Rechnungsbetrag wird am 10.02.2026 per SEPA-Lastschrift von Ihrem Konto "
            "abgebucht.\n"
        )
        figures = figures_of(text)
        assert figures["dueDate"] == "2026-02-10"
        assert figures["issueDate"] == "2026-02-03"

    @pytest.mark.parametrize(
        ("sentence", "due"),
        [
            # A card statement's new balance collected from the reference account.
            (
                "Der neue Saldo wird am 30.03.2026 von Ihrem Referenzkonto DE72 7186 5727 3065 "
                "5017 50 eingezogen.",
                "2026-03-30",
            ),
            # A telephone bill's earliest debit: the day it falls due.
            ("Der Betrag wird nicht vor dem 15.06.2026 von Ihrem Konto abgebucht.", "2026-06-15"),
            # AutoPay: the bill's sum will be charged to the card on its day.
            (
                "AutoPay is on: £44.50 will be charged to your card ending 3319 on 04 Apr 2026. "
                "No action needed.",
                "2026-04-04",
            ),
            ("We will charge your card ending 4411 on 04 Apr 2026.", "2026-04-04"),
        ],
    )
    def test_the_sum_to_be_collected_on_a_day(self, sentence: str, due: str) -> None:
        head = "Rechnung Nr. MR-379169536\nRechnungsdatum: 14.03.2026\nGesamtbetrag: 51,33 €\n"
        text = f"{head}{sentence}\n"
        assert figures_of(text).get("dueDate") == due

    def test_a_charge_already_made_is_no_due_date(self) -> None:
        """A receipt says when the card was charged: that day has passed, nothing is due."""
        text = (
            "Receipt No. 4410\nDate: 14 Mar 2026\nTotal: £44.50\n"
            "Your card ending 3319 was charged on 14 Mar 2026.\n"
        )
        assert "dueDate" not in figures_of(text)


def test_a_due_date_after_twenty_dated_rows_is_still_read() -> None:
    """A tenant's statement of account lists a year of rent and payments, then asks for the
    balance by a day: the due date is the sentence's, however many rows precede it."""
    rows = "".join(
        f"{month} 1, 2026  Rent  1,875.00  1,875.00\n{month} 3, 2026  Payment - thank you  "
        "-1,875.00  0.00\n"
        for month in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov")
    )
    text = (
        "Oakridge Rentals LLC\nStatement Date  Dec 3, 2026\nSTATEMENT OF ACCOUNT\n"
        f"Date  Description  Amount  Balance\n{rows}Dec 1, 2026  Rent  1,875.00  1,875.00\n"
        "Balance Due:  $1,875.00\nPlease remit the balance by Dec 13, 2026.\n"
    )
    figures = figures_of(text)
    assert figures.get("dueDate") == "2026-12-13"
    assert figures.get("issueDate") == "2026-12-03"


@pytest.mark.parametrize("past", ["which was due on", "that fell due on", "which were payable by"])
def test_a_day_a_chased_sum_was_due_is_not_the_letters_due_date(past: str) -> None:
    text = (
        "Lakeview Veterinary Clinic\n14/09/2025\nOur ref: AR/5226\n\nDear Brooke Tane,\n\n"
        "Re: Overdue account - invoice 3401\n\n"
        f"Our records show that invoice 3401 dated 01/07/2025 for $514.65, {past}\n"
        "31/07/2025, remains unpaid. The amount now due is $529.65.\n\n"
        "Please arrange payment by 24/09/2025.\n\nYours sincerely,\nTomás Doyle\n"
    )
    assert figures_of(text).get("dueDate") == "2025-09-24"
