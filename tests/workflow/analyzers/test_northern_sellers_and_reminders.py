"""Sellers and kinds of Nordic and Central European papers: "Sprzedawca / Seller" over the
seller beside "Nabywca / Buyer", a firm whose name joins its words with the Nordic "og", a
page's number printed above the letterhead, and a payment reminder in the Nordic languages,
which is a letter chasing an invoice, not the invoice."""

from __future__ import annotations

from typing import Any

from workflow.analyzers import OfflineAnalyzer


def _analyze(text: str) -> dict[str, Any]:
    return OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")


def _vendor(text: str) -> Any:
    figures = _analyze(text)["keyFigures"]
    assert isinstance(figures, dict)
    return figures.get("vendor")


def test_polish_seller_under_its_bilingual_label() -> None:
    text = (
        "Strona / Page 1 z / of 1\n\nMiejsce wystawienia / Place of issue  Gdańsk\n"
        "Faktura VAT / VAT Invoice nr 12/2026\n\nSprzedawca / Seller\n\n"
        "Wydma Stal Sp. z o.o.\nul. Portowa 3, 80-001 Gdańsk\nNIP: 111-222-33-44\n\n"
        "Nabywca / Buyer\n\nAcme Trading Ltd\n5 High Street, Leeds LS1 1AA\n\n"
        "Do zapłaty / Amount due  1 230,00 PLN\n"
    )
    assert _vendor(text) == "Wydma Stal Sp. z o.o."


def test_danish_firm_joined_by_og() -> None:
    text = (
        "Amager Bord og Stol ApS\nHavnegade 3, DK-5000 Odense C  Fakturanr. / Invoice no.\n"
        "CVR-nr. 12345678  2026-100\nFAKTURA / INVOICE\n"
        "I alt at betale / Amount due:  1.000,00 DKK\n"
    )
    assert _vendor(text) == "Amager Bord og Stol ApS"


def test_page_number_above_the_letterhead() -> None:
    text = (
        "Sida / Page 1 (1)\nVästra Verktyg AB\nIndustrivägen 9, SE-114 35 Stockholm\n"
        "Org.nr 556000-0000\nAcme Trading Ltd  Fakturanr / Invoice no.  501\n"
        "Unit 7, Riverside Park\nReading RG1 8EQ\nFAKTURA / INVOICE\n"
        "Att betala / Amount due:  259,00 SEK\n"
    )
    assert _vendor(text) == "Västra Verktyg AB"


def test_nordic_payment_reminder_is_a_letter() -> None:
    text = (
        "Fjordvik Handel AS\n7010 Trondheim\nAcme Trading Ltd\nDato / Date: 29.11.2026\n"
        "PURRING / PAYMENT REMINDER\nAccording to our records the invoice below is still "
        "unpaid. If you have already paid, please disregard this reminder.\n"
        "Fakturanr. / Invoice no.  Fakturadato / Date  Forfallsdato / Due date  Amount NOK\n"
        "34164  14.10.2026  13.11.2026  1 000,00\nPurregebyr / Reminder fee:  35,00\n"
        "Å betale / Amount to pay:  1 035,00 NOK\nKind regards, Erik Dahl\n"
    )
    assert _analyze(text)["documentType"] == "letter"
