"""Receipts as the software behind them prints them: point-of-sale e-mails, payment processors'
and payment apps' receipts, chain-store tills, restaurant bills, card terminal slips; and the
same software's bills, which are no receipts."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.classify import classify
from workflow.analyzers.dateroles import dates_with_roles
from workflow.analyzers.docnumbers import document_number
from workflow.analyzers.dollars import local_dollar
from workflow.analyzers.figures import key_figures


def analyze(text: str) -> dict[str, Any]:
    return OfflineAnalyzer().analyze(text, media_type="text/plain", filename="doc")


class TestMerchant:
    def test_a_payment_apps_merchant_beats_its_sender(self) -> None:
        """The app sends the receipt; the labelled merchant is who sold, whatever its name
        sounds like."""
        text = (
            "From: Paystream <service@paystream.example>\nSubject: Receipt for your payment\n\n"
            "You paid $44.00 USD to Rivermill Outfitters\n\nMerchant: Rivermill Outfitters\n"
            "Transaction ID: 5H35045235720972\nTotal: $44.00 USD\n\n\u00a9 2026 Paystream Ltd\n"
        )
        analysis = analyze(text)
        assert analysis["keyFigures"]["vendor"] == "Rivermill Outfitters"
        assert analysis["keyFigures"]["documentNumber"] == "5H35045235720972"

    def test_the_merchant_in_other_languages(self) -> None:
        """ "Händler" labels a German payment app's merchant, in a table's two cells."""
        text = (
            "From  Paystream <service@paystream.example>\n\nSie haben 44,00 EUR an Velvet Fern "
            "Studio gezahlt\n\nHändler  Velvet Fern Studio\n\nBezahlt mit  Visa endet auf 8573\n\n"
            "Gesamtbetrag  44,00 EUR\n\n"
            "\u00a9 2025 Paystream Ltd\n"
        )
        assert analyze(text)["keyFigures"]["vendor"] == "Velvet Fern Studio"

    def test_a_mail_clients_header_table_names_no_shop(self) -> None:
        """ "Subject  Your receipt from ..." printed as a header table is no shop's name."""
        text = (
            "From  Kettle Row Deli <receipts@cashlane.example>\n\nTo  me@post.example\n\n"
            "Subject  Your receipt from Kettle Row Deli #B69W\n\nKettle Row Deli\n\n"
            "Oudegracht 112\nUSD 10.76\n\nTotal  USD 10.76\n\nReceipt #B69W\n"
        )
        assert analyze(text)["keyFigures"]["vendor"] == "Kettle Row Deli"

    def test_a_receipt_titled_in_german_names_its_seller(self) -> None:
        text = (
            "Beleg von Brightnote Software Ltd\nBeleg Nr. 4705-9705\nAbgebuchter Betrag  90,00 €\n"
        )
        assert analyze(text)["keyFigures"]["vendor"] == "Brightnote Software Ltd"

    def test_a_chains_store_number_is_not_its_name(self) -> None:
        text = (
            "CEDAR LANE MARKET #9779\n77 HARBOR BLVD\nPORTLAND OR 97205\n"
            "DISH SOAP  591470908957 2.94 T\nTOTAL  2.94\nCHANGE DUE  0.00\n"
        )
        assert analyze(text)["keyFigures"]["vendor"] == "CEDAR LANE MARKET"


class TestReceiptNumber:
    def test_the_tills_transaction_beats_the_card_reference(self) -> None:
        """ "REF #" is the card acquirer's reference; "TRANS #" numbers the receipt."""
        text = "TOTAL  38.61\nAPPROVAL # 24565A\nREF # 653638122812\nTRANS # 9594\n"
        assert document_number(text, "receipt") == "9594"

    def test_receipt_and_transaction_numbers_in_their_languages(self) -> None:
        assert document_number("Reçu n° B17X\nTotal: 22,08 €\n", "receipt") == "B17X"
        assert document_number("Transactie  2844\nTotaal  60,88 EUR\n", "receipt") == "2844"
        assert document_number("Transaktionscode: 3F98410063543269\n", "receipt") == (
            "3F98410063543269"
        )
        assert document_number("OPERACION: 0123\nIMPORTE: 23,40 EUR\n", "receipt") == "0123"


class TestReceiptDate:
    def test_a_timestamp_joined_by_a_word(self) -> None:
        """ "at", "à", "a", "um": the date before a clock time is the receipt's date."""
        for line, day in (
            ("Jul 4, 2025 at 9:56 AM", "2025-07-04"),
            ("13 May 2026 à 08:51", "2026-05-13"),
            ("le 18/08/25 a 18:34:06", "2025-08-18"),
            ("05.12.2026 um 14:31", "2026-12-05"),
        ):
            text = f"Larkspur Coffee Bar\n\nFlat white  3,80\n\nVisa ****4242\n{line}\n"
            dated = {d["value"]: d["role"] for d in dates_with_roles(text)}
            assert dated == {day: "issue"}, line

    def test_a_band_of_labels_spaced_by_blank_lines(self) -> None:
        """HTML puts a blank line between a band's labels and its values."""
        text = (
            "Rechnung von Loomwise GmbH\n\nRECHNUNGSNUMMER  FÄLLIG AM  FÄLLIGER BETRAG\n\n"
            "LOO-3989  2026-08-07  880,00 EUR\n\nRechnung bezahlen\n"
        )
        dated = {d["value"]: d["role"] for d in dates_with_roles(text)}
        assert dated == {"2026-08-07": "due"}

    def test_transaction_rows_spaced_by_blank_lines_are_no_date_of_the_document(self) -> None:
        text = (
            "Date  Description  Amount\n\n2026-01-03  Card payment  12.00\n\n"
            "2026-01-05  Transfer  40.00\n"
        )
        assert all(d["role"] is None for d in dates_with_roles(text))


class TestReceiptTotal:
    def test_the_amount_under_its_label_in_a_band(self) -> None:
        """ "AMOUNT DUE" in a band of labels, its value in the same column below."""
        text = (
            "Invoice from Loomwise GmbH\nINVOICE NUMBER  DUE DATE  AMOUNT DUE\n"
            "LOO-7122  13/11/2025  GBP 560.00\nPay this invoice\n"
        )
        assert key_figures(text, "invoice")["total"] == {"amount": 560.0, "currency": "GBP"}

    def test_the_amount_due_under_a_statements_ageing(self) -> None:
        """The ageing's "1-30 days" columns are labels too."""
        text = (
            "Oberlin Elektro GmbH  STATEMENT\nAccount number:  67648\n"
            "Current  1-30 days  31-60 days  Over 60 days  Amount due\n"
            "583.12  0.00  0.00  0.00  583.12 AUD\n"
        )
        assert key_figures(text, "statement")["total"] == {"amount": 583.12, "currency": "AUD"}

    def test_a_us_till_without_dollar_signs(self) -> None:
        """No currency printed anywhere: a US address says the total is in dollars."""
        text = "BAYVIEW HARDWARE\n2200 W LAKE AVE\nAUSTIN TX 78701\nSUBTOTAL  14.69\nTOTAL  14.69\n"
        assert key_figures(text, "receipt")["total"] == {"amount": 14.69, "currency": "USD"}

    def test_no_currency_without_an_address(self) -> None:
        assert key_figures("SUBTOTAL  14.69\nTOTAL  14.69\n", "receipt")["total"] == {
            "amount": 14.69,
            "currency": None,
        }


class TestRestaurantBills:
    def test_a_german_restaurant_bill_headed_rechnung_is_a_receipt(self) -> None:
        """Table and server, paid at the table, the entertainment-expense lines (OCR read
        "für" as "fur")."""
        text = (
            "Ristorante Da Nino\nRechnung Nr. 56973\nTisch 28  Bedienung: 4\n15.05.2026  15:06\n"
            "1 x Apfelstrudel  6,80\nSumme  30,70 €\nKartenzahlung  30,70 €\n"
            "MwSt 19%  Netto 25,80  MwSt 4,90\nBewirtete Person(en):\nAnlass der Bewirtung:\n"
            "Vielen Dank fur Ihren Besuch!\n"
        )
        assert classify(text).document_type == "receipt"

    def test_an_invoice_stays_an_invoice(self) -> None:
        text = (
            "Rechnung Nr. 2026-118\nRechnungsdatum: 05.12.2026\nZahlbar bis 19.12.2026\n"
            "Beratung  10 Std.  1.100,00 €\nGesamtbetrag  1.100,00 €\n"
        )
        assert classify(text).document_type == "invoice"


class TestReceiptItems:
    def items(self, text: str) -> list[tuple[str, float | None, float]]:
        return [
            (item["description"], item["quantity"], item["amount"])
            for item in analyze(text)["lineItems"]
        ]

    def test_a_price_with_its_currency_mark(self) -> None:
        """ "Cardamom bun   3,50 €", "Banana bread USD 3.20": the mark is the price's."""
        text = (
            "Larkspur Coffee Bar\n\nCardamom bun   3,50 €\nSourdough loaf \u00d7 2   12,00 €\n\n"
            "Total: 15,50 €\n\nVisa **** 4242\n"
        )
        assert self.items(text) == [("Cardamom bun", None, 3.5), ("Sourdough loaf", 2.0, 12.0)]
        text = "Kettle Row Deli\n\nBanana bread USD 3.20\n\nTotal  USD 3.20\n\nVisa **** 4242\n"
        assert self.items(text) == [("Banana bread", None, 3.2)]

    def test_a_us_tills_codes_flags_and_counts(self) -> None:
        """The article code and the tax flag around the price; "2 AT 1 FOR 3.48" above."""
        text = (
            "BAYVIEW HARDWARE\nAUSTIN TX 78701\nST# 7283 OP# 000047 TE# 31 TR# 03463\n"
            "WOOD SCREWS 100  698047276031 6.28 N\n  2 AT 1 FOR 3.48\n"
            "2% MILK GAL  610444010358 6.96 T\nSUBTOTAL  13.24\nTOTAL  13.24\nCHANGE DUE  0.00\n"
        )
        assert self.items(text) == [("WOOD SCREWS 100", None, 6.28), ("2% MILK GAL", 2.0, 6.96)]


class TestLocalDollar:
    def test_the_dollar_of_the_country_the_till_is_in(self) -> None:
        """An ABN, a Canadian GST/HST number, a New Zealand GST number: "$" is theirs, and
        Australia and New Zealand write their slashed dates day first."""
        for head, dollar in (
            ("214 George St, Sydney NSW 2000\nABN 51 824 753 556", "AUD"),
            ("1200 Queen St W, Toronto ON M5V 2T6\nGST/HST # 812345 6789 RT0001", "CAD"),
            ("88 Cuba Street, Wellington 6011\nGST No. 112-345-678", "NZD"),
        ):
            text = f"KOWHAI BOOKS\n{head}\n05/01/2026 13:49\nTrail Mix  $5.47\nTOTAL  $5.47\n"
            analysis = analyze(text)
            assert analysis["keyFigures"]["total"] == {"amount": 5.47, "currency": dollar}
            assert {a["currency"] for a in analysis["entities"]["amounts"]} == {dollar}
            if dollar != "CAD":
                assert analysis["keyFigures"]["issueDate"] == "2026-01-05"

    @pytest.mark.parametrize(("sign", "dollar"), [("S$", "SGD"), ("HK$", "HKD")])
    def test_singapore_and_hong_kong_write_the_day_first(self, sign: str, dollar: str) -> None:
        text = f"TAX INVOICE\nInvoice No: LC-2026-044\nDate: 07/08/2026\nTotal  {sign}327.00\n"
        figures = analyze(text)["keyFigures"]
        assert figures["total"] == {"amount": 327.0, "currency": dollar}
        assert figures["issueDate"] == "2026-08-07"

    def test_dollars_said_to_be_us_dollars_stay_so(self) -> None:
        assert local_dollar("ABN 51 824 753 556\nTotal: US$40.00\n") is None

    def test_no_evidence_no_other_dollar(self) -> None:
        assert local_dollar("Trail Mix  $5.47\nTOTAL  $5.47\n") is None
        assert analyze("Receipt\nTrail Mix  $5.47\nTOTAL  $5.47\n")["keyFigures"]["total"] == {
            "amount": 5.47,
            "currency": "USD",
        }
