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

    @pytest.mark.parametrize(
        ("weighed", "over"),
        [("  0,812 kg x 2,20 EUR/kg", False), ("0.812 kg @ £2.20/kg", True)],
    )
    def test_a_weighed_item(self, weighed: str, over: bool) -> None:
        """The weight and the price a kilo on a line of their own, under the item (as
        German tills print it) or over it (British)."""
        lines = ["Bananen  1,79", weighed][:: -1 if over else 1]
        text = "\n".join(["SUPERMARKT FRISCH", "12.03.2026 17:44", "Milch  1,19", *lines,
                          "SUMME EUR  2,98", "Bar  5,00"])  # fmt: skip
        assert rows(text) == [("Milch", None, 1.19), ("Bananen", 0.812, 1.79)]


class TestPageHeads:
    def test_the_next_page_s_head_above_a_repeated_header(self) -> None:
        """An invoice repeating letterhead, title with "S. 2 von 2", numbers and date over
        its table's header on the next page: the table goes on under it."""
        head = ["Talleres Ordóñez S.L.", "Kerkstraat 22, 3511 LX Utrecht"]
        text = "\n".join([
            *head, "RECHNUNG  S. 1 von 2", "Rechnungsnummer 2025-7233",
            "Bezeichnung  Menge  Einzelpreis  Betrag",
            "Water damage drying  8  19,90  159,20", "Radiator valve  8  240,00  1.920,00",
            "", *head, "RECHNUNG  S. 2 von 2", "Kundennummer 61613  Rechnungsnummer 2025-7233",
            "07.03.2025", "Bezeichnung  Menge  Einzelpreis  Betrag",
            "Call-out fee  9  42,00  378,00", "Zwischensumme: 2.457,20 EUR",
        ])  # fmt: skip
        assert rows(text) == [
            ("Water damage drying", 8.0, 159.2), ("Radiator valve", 8.0, 1920.0),
            ("Call-out fee", 9.0, 378.0),
        ]  # fmt: skip


class TestRowsEnd:
    def test_a_rule_and_the_tax_in_a_total(self) -> None:
        """An Italian pharmacy's receipt: a rule under the rows, the total, then "di cui
        IVA" (the VAT it holds) and the payment, which are no rows of a next group."""
        text = (
            "Farmacia San Marco\nDOCUMENTO COMMERCIALE\n\n"
            "DESCRIZIONE              IVA   Prezzo(€)\n"
            "BENAGOL MIELE LIMONE       10%      7,20\n"
            "SPRAY NASALE 15ML          10%      8,40\n"
            "----------------------------------------\n"
            "TOTALE COMPLESSIVO                 15,60\n"
            "di cui IVA                          1,42\n"
            "Pagamento elettronico              15,60\n"
            "Importo pagato                     15,60\n"
        )
        assert rows(text) == [("BENAGOL MIELE LIMONE", None, 7.2), ("SPRAY NASALE 15ML", None, 8.4)]

    def test_a_dated_balance_brought_forward_and_the_amount_now_due(self) -> None:
        """A supplier's statement: the balance brought forward on its date is no row, and
        "Amount now due" ends the rows."""
        text = (
            "Suministros Albacete S.L.\nStatement of Account\n\n"
            "Date  Reference  Details  Debit  Credit  Balance\n"
            "Apr 20, 2026  Balance brought forward  1,525.60\n"
            "Apr 25, 2026  CN-3962  Credit note  156.94  1,368.66\n"
            "May 3, 2026  INV-1872  Invoice  2,145.11  3,513.77\n"
            "Amount now due  $3,513.77\n"
        )
        assert [amount for _, _, amount in rows(text)] == [156.94, 2145.11]

    def test_a_description_cut_at_a_wide_gap(self) -> None:
        """ "M8 hex bolts  (box of 100)" under "Description": its second cell stands under
        no column, and is more of its words; "(box of 100)" is no count."""
        text = (
            "Quillon Fasteners Ltd\nINVOICE\n"
            "Description                 Pcs  Unit price   VAT    Total\n"
            "M8 hex bolts   (box of 100)    3       13.64          40.92\n"
            "Subtotal: GBP 40.92\n"
        )
        assert rows(text) == [("M8 hex bolts (box of 100)", 3.0, 40.92)]


class TestShops:
    def test_an_html_table_s_blank_first_header_cell(self) -> None:
        """ "<th></th><th>Qty</th>...": the products' column has no header word, left of
        the count; a charge without a count is a row too."""
        text = (
            "Invoice INV-5521\n\nBluebird Events Ltd\n\n"
            "Qty  Unit price  Amount\n\n"
            "Marquee hire (3 days)  1  £850.00  £850.00\n\n"
            "Folding chairs  120  £1.20  £144.00\n\nDelivery  £60.00\n\nTotal  £1,054.00\n"
        )
        assert rows(text) == [
            ("Marquee hire (3 days)", 1.0, 850.0), ("Folding chairs", 120.0, 144.0),
            ("Delivery", None, 60.0),
        ]  # fmt: skip

    def test_an_order_e_mail_s_product_blocks(self) -> None:
        """Each product over its count and its price, a blank line between products."""
        text = (
            "Subject: Your order #40-2231 has shipped\n\nHi Sam,\n\n"
            "Thanks for your order! Here's what's on its way:\n\n"
            "Ceramic pour-over set\nQty: 1\n$42.00\n\n"
            "Filter papers (pack of 100)\nQty: 3\n$17.85\n\n"
            "Subtotal: $59.85\nShipping: $5.00\nTotal: $64.85\n"
        )
        assert rows(text) == [("Ceramic pour-over set", 1.0, 42.0),
                              ("Filter papers (pack of 100)", 3.0, 17.85)]  # fmt: skip
