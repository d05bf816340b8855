"""Key figures as documents that arrive as text print them rather than as designed pages:
an ERP export's dot leaders between a label and its value, an airline's record locator of
letters only, terms whose verb follows the days (Dutch, German), and an EDI printout's
CCYYMMDD dates under their labels."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.entities import find_dates
from workflow.analyzers.offline import normalise


def analysed(text: str) -> dict[str, Any]:
    return OfflineAnalyzer().analyze(text, media_type="text/plain", filename="doc.txt")


_ERP = """Hartwell Supply Ltd
Unit 9 Foundry Lane

                                 SALES INVOICE

Invoice No .............. SI78068
Invoice date ............ 26/03/2026
Account ................. C7888

Code   Description             Qty  Price  Net
93718  Cable 2.5mm 100m          1  83.32  83.32

Goods ................... 83.32
Invoice total GBP ....... 83.32
"""


class TestDotLeaders:
    def test_a_leader_is_the_gap_between_a_label_and_its_value(self) -> None:
        """The number after "Invoice No ......" is read as after a colon."""
        analysis = analysed(_ERP)
        assert analysis["keyFigures"]["documentNumber"] == "SI78068"
        assert analysis["evidence"]["documentNumber"]["text"] == "SI78068"

    def test_spaced_dots_are_a_leader_too(self) -> None:
        text = _ERP.replace("Invoice No ..............", "Invoice No . . . . . . .")
        assert analysed(text)["keyFigures"]["documentNumber"] == "SI78068"

    @pytest.mark.parametrize("text", ["Wait... what", "1.2.3.4", "Signature .......\nDate"])
    def test_an_ellipsis_or_dots_ending_a_line_stay(self, text: str) -> None:
        """Three dots are an ellipsis; dots with no word after them on their line lead nowhere
        (only dots between printed words on one line are a leader)."""
        assert normalise(text) == text

    def test_offsets_are_kept(self) -> None:
        """The leader's dots become as many spaces: every offset still points at its word."""
        text = "Total ........ 12.50"
        assert normalise(text) == "Total" + " " * 10 + "12.50"


_TICKET = """Skylark Air
Your booking is confirmed

{band}

Flight  From  To  Departs
NV835  Dublin (DUB)  Oslo (OSL)  07:45

Fare  €151.86
Taxes, fees and charges  €86.95
Total price  €238.81
"""


class TestRecordLocators:
    @pytest.mark.parametrize(
        "band",
        [
            "Booking reference: UKUEJF\nBooking date: 7 August 2026",
            "Booking reference  Booking date\nRDRQDG  7 August 2026",
            "Booking code K7QX2P\nBooking date: 7 August 2026",
        ],
    )
    def test_a_locator_of_capitals_is_the_booking_number(self, band: str) -> None:
        """An airline's PNR is five to eight capitals, often with no digit."""
        analysis = analysed(_TICKET.format(band=band))
        assert analysis["keyFigures"]["documentNumber"] in ("UKUEJF", "RDRQDG", "K7QX2P")

    def test_labels_in_capitals_are_no_locator(self) -> None:
        """A band "BOOKING REFERENCE  BOOKING DATE" holds two labels, not a reference."""
        analysis = analysed(_TICKET.format(band="BOOKING REFERENCE  BOOKING DATE"))
        assert analysis["keyFigures"].get("documentNumber") != "BOOKING"


_INVOICE = "INVOICE\nInvoice No.: 4784\nInvoice date: {issued}\nConsulting  1,000.00\n{terms}\n"


class TestTermsWithTheVerbLast:
    @pytest.mark.parametrize(
        ("issued", "terms", "due"),
        [
            ("15-07-2026", "Totaal: € 1.000,00\nGelieve binnen 14 dagen te betalen.", "2026-07-29"),
            ("15-07-2026", "Totaal: € 1.000,00\nBinnen 30 dagen te voldoen.", "2026-08-14"),
            (
                "15.07.2026",
                "Summe: 1.000,00 €\nBitte innerhalb von 14 Tagen zu zahlen.",
                "2026-07-29",
            ),
            ("2026-07-15", "Total: $1,000.00\nPlease pay within 30 days.", "2026-08-14"),
        ],
    )
    def test_the_days_before_the_verb_give_the_due_date(
        self, issued: str, terms: str, due: str
    ) -> None:
        figures = analysed(_INVOICE.format(issued=issued, terms=terms))["keyFigures"]
        assert figures["dueDate"] == due

    def test_pay_without_days_gives_none(self) -> None:
        text = _INVOICE.format(issued="2026-07-15", terms="Total: $1,000.00\nPlease pay online.")
        assert "dueDate" not in analysed(text)["keyFigures"]


class TestCompactDates:
    def test_edi_dates_under_their_labels(self) -> None:
        """An EDI printout's "INVOICE DATE : 20260630" and "PAYMENT DUE DATE : 20260730"."""
        text = (
            "EDI INVOICE PRINT\nINVOICE NUMBER            : 91252247\n"
            "INVOICE DATE              : 20260630\nPAYMENT DUE DATE          : 20260730\n"
            "INVOICE TOTAL AMOUNT      : 124.13 GBP\n"
        )
        figures = analysed(text)["keyFigures"]
        assert (figures["issueDate"], figures["dueDate"]) == ("2026-06-30", "2026-07-30")

    @pytest.mark.parametrize(
        "text", ["ORDER NUMBER : 20260630", "Ref 20250101", "EAN 4006381333931", "Tel 20261231"]
    )
    def test_eight_digits_without_a_date_label_are_no_date(self, text: str) -> None:
        assert find_dates(text) == []


class TestLocatorsGiveWay:
    def test_an_e_tickets_number_beats_the_locator(self) -> None:
        """An e-ticket receipt is known by its ticket number; the booking's locator of
        letters is the number only when nothing else names one."""
        text = _TICKET.format(
            band="Booking reference: DFMAED\nTicket number: 125 6366751154\nDate of issue: 01NOV26"
        )
        assert analysed(text)["keyFigures"]["documentNumber"] == "125 6366751154"


class TestTheCustomersNumbers:
    @pytest.mark.parametrize(
        "line",
        ["Your order ref .......... PO-4529", "Your reference: 88-1234", "Ihre Referenz: 4711"],
    )
    def test_an_invoices_your_order_is_not_its_number(self, line: str) -> None:
        """The customer's order or reference on an invoice is theirs, never the invoice's."""
        text = f"SALES INVOICE\nInvoice date: 15/12/2025\n{line}\nGoods  86.03\nTotal GBP  103.24\n"
        assert "documentNumber" not in analysed(text)["keyFigures"]

    def test_a_receipts_your_order_is_its_number(self) -> None:
        """A web shop's "Your order 176-6657922 is confirmed" names the order it confirms."""
        text = "Thanks for shopping!\nYour order 176-6657922 is confirmed.\nOrder total: $42.10\n"
        figures = analysed(text)["keyFigures"]
        assert figures.get("documentNumber") == "176-6657922"
