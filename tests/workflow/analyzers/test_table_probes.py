"""Line-item tables as invoices, tills and statements vary in the world: a column order with
the count first, tab-separated text, descriptions wrapped onto a second line, sums carried
over a page break, a description column whose header cell is blank, a statement's column
named "Opération", a till's weighed item and a size in the item's name ("Screws 4x40"), a
count OCR lost, and a supplier's statement of invoices closed by what is left to pay."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer

ANALYZER = OfflineAnalyzer()


def analyze(text: str) -> dict[str, Any]:
    return ANALYZER.analyze(text, media_type="text/plain", filename="doc")


def rows(text: str) -> list[tuple[str, float | None, float]]:
    return [(i["description"], i["quantity"], i["amount"]) for i in analyze(text)["lineItems"]]


class TestColumnOrders:
    def test_the_count_first(self) -> None:
        """ "Qty  Description  Unit price  Amount"."""
        text = (
            "Harbour Print Ltd\nINVOICE\nInvoice no: HP-2231\n\n"
            "Qty   Description                     Unit price     Amount\n"
            "2     Business cards, 500 pack            24.00       48.00\n"
            "10    Flyers A5 colour                     0.35        3.50\n\n"
            "Subtotal                                              51.50\n"
            "Total                                                 61.80\n"
        )
        assert rows(text) == [("Business cards, 500 pack", 2.0, 48.0),
                              ("Flyers A5 colour", 10.0, 3.5)]  # fmt: skip

    def test_tab_separated_with_code_unit_and_vat(self) -> None:
        """A spreadsheet's export: cells a tab apart, a code, a unit and a VAT rate."""
        text = (
            "Harbour Print Ltd\nINVOICE\nInvoice no: HP-2232\n\n"
            "Item code\tDescription\tQty\tUnit\tUnit price\tVAT %\tAmount\n"
            "BC-500\tBusiness cards, 500 pack\t2\tpack\t24.00\t20%\t48.00\n"
            "FL-A5\tFlyers A5 colour\t10\tpcs\t0.35\t20%\t3.50\n\n"
            "Subtotal\t\t\t\t\t\t51.50\nTotal\t\t\t\t\t\t61.80\n"
        )
        assert rows(text) == [("Business cards, 500 pack", 2.0, 48.0),
                              ("Flyers A5 colour", 10.0, 3.5)]  # fmt: skip

    def test_a_blank_description_header(self) -> None:
        """ "N°  Qte  Prix unitaire  Montant": no word heads the description, which stands
        between the line's number and its count; "5 663,88" groups its thousands by a space."""
        text = (
            "Lyonnaise des Bureaux SAS\nFacture F202667503\n"
            "N°  Qte  Prix unitaire  Montant\n"
            "1   Consulting hours     9   629,32   5 663,88\n"
            "2   Acrylic sign panel   1,5  606,58    909,87\n"
            "Total HT  6 573,75 €\n"
        )
        assert rows(text) == [("Consulting hours", 9.0, 5663.88),
                              ("Acrylic sign panel", 1.5, 909.87)]  # fmt: skip

    def test_a_count_ocr_lost(self) -> None:
        """A row whose count cell is empty or unreadable: its unit price makes its amount
        that many times."""
        text = (
            "Ashdown Roofing Ltd\nFACTURE\nFacture n° RE40655\n"
            "Désignation        Qté    Prix unitaire    Montant\n"
            "Radiator valve       6            65,50     393,00\n"
            "Thermostat                        19,90     119,40\n"
            "Labour (hours)     DoD            65,50     524,00\n"
            "Total HT: 1 036,40 €\n"
        )
        assert rows(text) == [("Radiator valve", 6.0, 393.0), ("Thermostat", 6.0, 119.4),
                              ("Labour (hours)", 8.0, 524.0)]  # fmt: skip


class TestPages:
    def test_a_sum_carried_over_a_repeated_header(self) -> None:
        """ "Transport" at the foot of one page and the head of the next carries the sum."""
        text = (
            "Brink Tegelwerken\nFactuur F-2026-14\n"
            "Omschrijving                 Aantal   Prijs      Bedrag\n"
            "Wandtegels 30x60                 12   24,50      294,00\n"
            "Tegellijm 25 kg                   4   18,75       75,00\n"
            "Transport                                       369,00\nPagina 1 van 2\n\n"
            "Omschrijving                 Aantal   Prijs      Bedrag\n"
            "Transport                                       369,00\n"
            "Voegmiddel grijs                  3    9,95       29,85\n"
            "Subtotaal                                       398,85\nPagina 2 van 2\n"
        )
        assert rows(text) == [("Wandtegels 30x60", 12.0, 294.0), ("Tegellijm 25 kg", 4.0, 75.0),
                              ("Voegmiddel grijs", 3.0, 29.85)]  # fmt: skip

    def test_a_wrapped_description_with_a_discount(self) -> None:
        """A German invoice: position, article number, a description over two lines, a
        unit, a discount column."""
        text = (
            "Nordlicht Technik GmbH\nRechnung Nr. 2026-118\n\n"
            "Pos.  Art.-Nr.   Bezeichnung                      Menge  Einheit  Einzelpreis"
            "   Rabatt    Gesamt\n"
            "1     A-1001     Hydraulikschlauch DN12, 2-fach       4  Stk          43,89"
            "      10 %     158,00\n"
            "                 geflochten, 1,5 m mit JIC\n"
            "2     A-2002     Montage vor Ort                      3  Std          65,00"
            "               195,00\n\n"
            "Zwischensumme                                                        353,00\n"
        )
        assert rows(text) == [
            ("Hydraulikschlauch DN12, 2-fach geflochten, 1,5 m mit JIC", 4.0, 158.0),
            ("Montage vor Ort", 3.0, 195.0),
        ]


class TestStatements:
    def test_a_bank_statement_s_operation_column(self) -> None:
        """ "Date  Opération  Montant", a credit grouping its thousands by a space."""
        text = (
            "Crédit Mutuel du Vercors\nRelevé de compte n° 65\n\n"
            "Date         Opération      Montant\n"
            "18/07/2026   VIR SALAIRE    2 150,00\n"
            "24/07/2026   PRLV LOYER     -850,00\n\n"
            "Nouveau solde créditeur: 3 212,07 €\n"
        )
        assert rows(text) == [("VIR SALAIRE", None, 2150.0), ("PRLV LOYER", None, -850.0)]

    @pytest.mark.parametrize(
        "balance", ["Offener Betrag: 1.079,78 EUR", "Solde à payer: 1.079,78 EUR",
                    "Openstaand saldo: EUR 1.079,78", "Saldo da pagare: 1.079,78 EUR"],
    )  # fmt: skip
    def test_a_supplier_statement_closed_by_what_is_left_to_pay(self, balance: str) -> None:
        """Dated invoice lines, no header, over two pages, over the balance left to pay."""
        text = (
            "Pembroke Joinery Ltd\nVia Garibaldi 19, 10122 Torino\nKontoauszug\n"
            "Kontonummer: 74203  Auszugsdatum: 31.05.2026\n"
            "01.04.2026 Rechnung 2886  362,01\n05.04.2026 Rechnung 5007  278,94\n"
            f"09.04.2026 Rechnung 2703  438,83\n{balance}\n"
        )
        assert rows(text) == [("Rechnung 2886", None, 362.01), ("Rechnung 5007", None, 278.94),
                              ("Rechnung 2703", None, 438.83)]  # fmt: skip


class TestTills:
    def test_a_size_is_no_count(self) -> None:
        """ "Screws 4x40" names the screws' size: 4 x 40 is not the line's 20,36."""
        text = (
            "Bouwmarkt Hoekstra\n17/05/2026 18:57\n"
            "Screws 4x40  20,36\nBatteries  15,30\nCoffee 2 @ 4.50  9,00\n"
            "TOTAL  44,66 EUR\nPago con tarjeta\n"
        )
        assert rows(text) == [("Screws 4x40", None, 20.36), ("Batteries", None, 15.3),
                              ("Coffee", 2.0, 9.0)]  # fmt: skip
