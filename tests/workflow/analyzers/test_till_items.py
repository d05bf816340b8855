"""Tills' item lines as the world prints them: a count printed bare before the item under a
header with no count column, a unit price on its own line under a counted item ("à 0,85"),
and the cash given, the change and the card paid with, which are never items."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.lineitem import TENDER

ANALYZER = OfflineAnalyzer()


def items(text: str) -> list[tuple[str, float | None, float | None, float]]:
    analysis: dict[str, Any] = ANALYZER.analyze(text, media_type="text/plain", filename="doc")
    return [
        (i["description"], i["quantity"], i["unitPrice"], i["amount"])
        for i in analysis["lineItems"]
    ]


def test_bare_count_before_the_item_under_a_header_without_a_count_column() -> None:
    text = (
        "FRUTAS GIL S.L.\nFACTURA SIMPLIFICADA: 4847-008\n"
        "Descripción  P. Unit  Importe\n"
        "1 PAPEL HIGIENICO 12R  4,15\n"
        "4 DETERGENTE GEL  6,73  26,92\n"
        "4 AGUA MINERAL 1,5L  0,58  2,32\n"
        "TOTAL (€)  33,39\nTARJETA BANCARIA  33,39\nIVA 21%  5,79\n"
    )
    assert items(text) == [
        ("PAPEL HIGIENICO 12R", 1.0, 4.15, 4.15),
        ("DETERGENTE GEL", 4.0, 6.73, 26.92),
        ("AGUA MINERAL 1,5L", 4.0, 0.58, 2.32),
    ]


def test_a_leading_number_that_is_no_count_stays_in_the_description() -> None:
    text = (
        "FRUTAS GIL S.L.\nFACTURA SIMPLIFICADA: 4847-008\n"
        "Descripción  P. Unit  Importe\n"
        "12 HUEVOS L  3,49\n"  # a dozen, one pack: no unit price says it is counted
        "1 PAN DE BARRA  2,10\n"
        "TOTAL (€)  5,59\n"
    )
    assert items(text) == [("12 HUEVOS L", None, None, 3.49), ("PAN DE BARRA", 1.0, 2.1, 2.1)]


def test_unit_price_under_a_counted_item_and_cash_change_not_items() -> None:
    text = (
        "Backhaus Ruck\nBon 306           18.07.26 15:37\n"
        "--------------------------------\n"
        "2 x Bauernbrot 1kg          8,40\n"
        "    à 4,20\n"
        "3 x Brezel                  2,55\n"
        "    à 0,85\n"
        "--------------------------------\n"
        "SUMME                    10,95 €\n"
        "Gegeben                    20,00\n"
        "Zurück                      9,05\n"
    )
    assert items(text) == [("Bauernbrot 1kg", 2.0, 4.2, 8.4), ("Brezel", 3.0, 0.85, 2.55)]


def test_unit_price_line_that_does_not_make_the_amount_is_not_read() -> None:
    text = "Café Lumen\n2 x Espresso  5,00\n  à 2,60\nTOTAL  5,00\n"
    assert items(text) == []


@pytest.mark.parametrize(
    "line",
    ["Gegeben  20,00", "Zurück  3,20", "Rückgeld 1,50", "TARJETA BANCARIA  38,23",
     "Efectivo 20,00", "Cambio 1,77", "Espèces  20,00", "Rendu  2,10", "Contanti 50,00",
     "Resto 3,40", "Wisselgeld 0,45", "PIN  12,30", "Bar 20,00", "Cash tendered 20.00",
     "Change due 2.15"],
)  # fmt: skip
def test_tender_and_change_lines(line: str) -> None:
    assert TENDER.match(line)


@pytest.mark.parametrize("line", ["Barista blend 250g  6,90", "Pinot grigio  8,50", "Resistor 1k"])
def test_items_that_start_like_tender_words(line: str) -> None:
    assert not TENDER.match(line)


def test_fuel_rate_line_under_the_grade() -> None:
    text = (
        "Tankstelle Kreuzer\nSäule 12\nDiesel  A\n"
        "56,11 l x 1,803 EUR/l  101,17 EUR\n"
        "----------------------------------------\n"
        "Summe EUR  101,17\nKartenzahlung\n"
    )
    assert items(text) == [("Diesel A", 56.11, 1.803, 101.17)]


def test_item_count_before_subtotal_and_a_loyalty_card_saving() -> None:
    text = (
        "Pennine Co-op Stores\n"
        "KITCHEN ROLL 2PK  £2.07\n"
        "BANANAS LOOSE  £0.92\n"
        "CARD PRICE SAVING  -£0.75\n"
        "3 SUBTOTAL  £2.24\n"
        "TOTAL  £2.24\n"
        "CARD  £2.24\n"
    )
    assert items(text) == [
        ("KITCHEN ROLL 2PK", None, None, 2.07),
        ("BANANAS LOOSE", None, None, 0.92),
        ("CARD PRICE SAVING", None, None, -0.75),
    ]
