"""Payment reminders: their own reference is their number, the day they ask the sum by is
their due date; the overdue invoices their table lists are other papers with passed days.
And minutes' deadlines for work to start owe nothing."""

from __future__ import annotations

from support.key_figures import figures_of

_REMINDER = """Osterbro Lys og Lyd ApS
DK-5000 Odense C

Harrow & Kent Engineering Ltd
Unit 7, Riverside Park
Reading RG1 8EQ
{reference}
Dato / Date: 05.11.2025
Kundenr. / Customer no.: 14051

BETALINGSPAMINDELSE / PAYMENT REMINDER

According to our records the invoice(s) below are still unpaid.

Fakturanr. / Invoice no.  Fakturadato / Date  Forfaldsdato / Due date  Amount DKK
61730  21.09.2025  21.10.2025  15.144,90

Rykkergebyr / Reminder fee: 100,00
I alt at betale / Amount to pay:  15.244,90 DKK
Betales senest / Please pay by:  15.11.2025
Pay to IBAN DK37 3702 3570 3100 83, quoting FIK-kode 621924169463.
"""


class TestPaymentReminders:
    def test_the_day_it_asks_the_sum_by_is_its_due_date_not_the_chased_invoices(self) -> None:
        figures = figures_of(_REMINDER.format(reference=""))
        assert figures["dueDate"] == "2025-11-15"

    def test_its_own_reference_is_its_number(self) -> None:
        text = _REMINDER.format(reference="Rykker nr. / Reminder ref.: R-471839")
        assert figures_of(text)["documentNumber"] == "R-471839"

    def test_its_reference_under_a_bilingual_label_in_a_right_hand_cell(self) -> None:
        text = _REMINDER.format(reference="7010 Trondheim  Purring nr. / Reminder ref.\nP-978463")
        assert figures_of(text)["documentNumber"] == "P-978463"

    def test_without_a_reference_it_has_no_number(self) -> None:
        assert "documentNumber" not in figures_of(_REMINDER.format(reference=""))

    def test_an_invoice_keeps_its_own_due_date_and_number(self) -> None:
        text = (
            "Osterbro Lys og Lyd ApS\n\nFAKTURA / INVOICE\nFakturanr. / Invoice no.: 61730\n"
            "Dato / Date: 21.09.2025\nForfaldsdato / Due date: 21.10.2025\n\n"
            "Item  Qty  Price  Amount\nLamp  2  50,00  100,00\n\nI alt / Total: 100,00 DKK\n"
        )
        figures = figures_of(text)
        assert (figures["documentNumber"], figures["dueDate"]) == ("61730", "2025-10-21")


class TestMinutesDeadlines:
    def test_work_to_start_no_later_than_a_day_is_no_due_date(self) -> None:
        text = (
            "Minutes of the Annual General Meeting\nDate: 25.03.2026\n\n"
            "Item 5. Maintenance. A quote of 17 500 EUR was accepted; work to start no later than\n"
            "24.05.2026.\nItem 6. Next meeting: 06.05.2026.\n"
        )
        assert "dueDate" not in figures_of(text)

    def test_payment_no_later_than_a_day_is_still_due(self) -> None:
        text = (
            "INVOICE 4711\nDate: 01.03.2026\nPlease pay no later than 31.03.2026.\n"
            "Total: 100,00 EUR\n"
        )
        assert figures_of(text)["dueDate"] == "2026-03-31"
