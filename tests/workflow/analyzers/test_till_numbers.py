"""A receipt's own number among the ids a till and a card terminal print: a German till's
"Bon 88030" / "Beleg 53356" beside its register, a US till's "TR#" when nothing else names
the sale, a card slip's "INVOICE:" before the acquirer's "REF #"; never the seller's tax
number ("St.-Nr."), a prescription's number, nor a title and its date ("RECEIPT  DATE ...")."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of


class TestGermanTills:
    def test_a_pharmacys_bon_beside_its_register(self) -> None:
        text = (
            "Stern-Apotheke\nMarktplatz 3, 72764 Reutlingen\nQUITTUNG\n"
            "Hustensaft Efeu 100ml  8,49\nZuzahlung Rezept  5,00\n  Rezept-Nr. 3363194478\n"
            "Summe  EUR 13,49\nGegeben bar  20,00\n12.12.2025 20:04  Kasse 2  Bon 88030\n"
        )
        assert figures_of(text)["documentNumber"] == "88030"

    def test_a_fuel_slips_beleg_not_the_stations_tax_number(self) -> None:
        text = (
            "Freie Tankstelle Ost\nAugsburger Str. 120\n86368 Gersthofen\n"
            "St.-Nr. 102/366/19796\nSuper Plus  100,68 EUR\nSumme EUR  100,68\n"
            "31.03.2026  17:09\nKasse 1  Beleg 53356  Bed. 02\nGute Fahrt!\n"
        )
        assert figures_of(text)["documentNumber"] == "53356"

    def test_a_bon_before_a_date_is_no_number(self) -> None:
        text = "Bäckerei Korn\nBrezel  0,90\nSumme EUR 0,90\nBon 12.03.2026 08:14\n"
        assert figures_of(text).get("documentNumber") != "12"


class TestCardSlips:
    def test_a_us_tills_transaction_before_the_acquirers_reference(self) -> None:
        text = (
            "Piggly Plains Grocery\n9595 N Elm Ave\nTulsa OK 74120\n"
            "ST# 4246 OP# 144102 TE# 38 TR# 01174\nBANANAS  1.34\nTOTAL  12.64\n"
            "DEBIT TEND  12.64\nAPPROVAL # 913910\nREF # 572519765636\n11/14/2026  16:30\n"
        )
        assert figures_of(text)["documentNumber"] == "01174"

    def test_a_us_till_with_its_own_trans_line_keeps_it(self) -> None:
        text = (
            "Bayview Hardware\nST# 7283 OP# 000047 TE# 31 TR# 03463\nTRANS # 2096\n"
            "TOTAL  14.69\n11/29/2025\n"
        )
        assert figures_of(text)["documentNumber"] == "2096"

    def test_a_merchant_copys_invoice_before_its_reference(self) -> None:
        text = (
            "Lucky Dragon Noodle Bar\n2210 Guadalupe St\nAustin, TX 78705\n04/18/2026  07:08\n"
            "MERCHANT ID:  907821677692\nTERMINAL ID:  77166132\nSALE\nINVOICE: 966976\n"
            "APPROVAL CODE: 115315\nREF #: 2482365140\nAMOUNT:  $ 21.95\n"
        )
        assert figures_of(text)["documentNumber"] == "966976"

    def test_a_receipt_books_title_and_date_are_no_number(self) -> None:
        text = (
            "RECEIPT  DATE 09/20/2026\nNo. 9470\nRECEIVED FROM: Nina Adeyemi\n"
            "PAID  $850.00\nBY Sunset Court Apartments\n"
        )
        assert figures_of(text)["documentNumber"] == "9470"


class TestTillsAbroad:
    def test_a_british_tills_counters_after_the_date(self) -> None:
        text = (
            "Pennine Co-op Stores\n88 Gloucester Road, Bristol\nBANANAS LOOSE  £0.92\n"
            "5 BALANCE DUE  £0.92\nCONTACTLESS  £0.92\nAID: A0000000435906\n"
            "04/06/25 20:45  ST:4345 TL:12 TR:4787 OP:2172\n"
        )
        assert figures_of(text)["documentNumber"] == "4787"

    def test_an_australian_tills_store_lane_and_trans(self) -> None:
        text = (
            "Drakes Fresh\nTax Invoice\nABN 94 625 747 270\nBASMATI RICE 1KG  1.99\n"
            "TOTAL  $14.28\nEFTPOS  14.28\nTotal includes GST  $0.40\n"
            "Store 4834 Lane 2 Trans 4393\n15/08/2025 09:52\n"
        )
        figures = figures_of(text)
        assert figures["documentNumber"] == "4393"
        assert figures["total"]["amount"] == 14.28

    def test_a_portuguese_simplified_invoices_series_and_number(self) -> None:
        text = (
            "Supermercado Flor do Minho, Lda\nNIF: 530632456\n"
            "Fatura Simplificada FS 099/21378\nData: 03-10-2026 21:35\n"
            "PAO DE FORMA  2,18\nTOTAL A PAGAR  2,18 €\nMultibanco  2,18\n"
        )
        assert figures_of(text)["documentNumber"] == "FS 099/21378"

    @pytest.mark.parametrize(
        ("label", "number"),
        [
            ("FACTURA SIMPLIFICADA:", "3228-003-409388"),
            ("Fra. Simplificada:", "T9/859890"),
            ("Fatura simplificada:", "FS 2026/1187"),
        ],
    )
    def test_a_simplified_invoices_number_after_its_colon(self, label: str, number: str) -> None:
        """Spain's and Portugal's till slip names itself, a colon, then its number."""
        text = (
            "Supermercados El Alba, S.L.\nNIF B93089008\nC/ Mayor, 23 - 46001 Valencia\n"
            f"11/10/2026 12:12  OP: 454688\n{label} {number}\n"
            "1 PAN DE BARRA  0,74\nTOTAL (€)  0,74\nTARJETA BANCARIA  0,74\n"
        )
        assert figures_of(text)["documentNumber"] == number


class TestSlipNumberNames:
    """The names Europe's tills give a slip's number, colon and "N°" forms included."""

    @pytest.mark.parametrize(
        ("label", "language"),
        [
            ("Ticket :", "fr"),
            ("N° ticket :", "fr"),
            ("N° de transaction", "fr"),
            ("Nº ticket:", "es"),
            ("Ticket:", "es"),
            ("N. scontrino:", "it"),
            ("Scontrino n.", "it"),
            ("Kassabon nr.", "nl"),
            ("Vorgang:", "de"),
            ("Beleg:", "de"),
            ("Transaction:", "en"),
        ],
    )
    def test_the_slips_number(self, label: str, language: str) -> None:
        shop = {"fr": "Boulangerie du Marché", "es": "Ferretería López", "it": "Caffè Roma"}
        text = (
            f"{shop.get(language, 'Corner Market')}\nRue 12\n\n"
            f"12/03/2026 14:22\n{label} 4471206\n\n"
            "Croissant  1,20\nCafé  1,80\n----\nTOTAL  3,00 EUR\nCB  3,00\n"
        )
        assert figures_of(text)["documentNumber"] == "4471206"

    def test_a_transactions_date_is_no_number(self) -> None:
        text = (
            "Corner Market\nTransaction: 12/03/2026 14:22\nMilk  1.20\nTOTAL  $1.20\nCASH  $2.00\n"
        )
        assert figures_of(text).get("documentNumber") is None


class TestTillLineReceipt:
    def test_a_british_tills_receipt_counter_after_its_till(self) -> None:
        """A till's counter named a receipt ("Till 01  Receipt 0195465") is the receipt's number."""
        text = (
            "Wrenfield Pharmacy\n7 Bridge Street, Totnes\n16 July 2025 11:28\n"
            "Till 01 Receipt 0189052\nPlasters assorted £3.49\nTOTAL £3.49\nCARD £3.49\n"
            "Thank you for shopping with us\nPlease keep your receipt\n"
        )
        assert figures_of(text)["documentNumber"] == "0189052"


class TestDutchShortNames:
    @pytest.mark.parametrize("label", ["Transactienr:", "Transactienr.", "Bonnr:"])
    def test_a_dutch_number_name_shortened_to_nr(self, label: str) -> None:
        """Dutch shortens "-nummer" to "-nr": "Transactienr: 9984165712" is the slip's."""
        text = (
            "RET\n       Kaartautomaat 7197\n\n         Aankoopbewijs\n"
            f"Datum: 29-08-2025 15:50\n{label} 9984165712\n"
            "1x 24 uur kaart             9,00\nTotaal                    € 9,00\n"
            "Betaald met: Pinpas\n"
        )
        assert figures_of(text)["documentNumber"] == "9984165712"


class TestTitleOverSeries:
    def test_a_portuguese_slips_series_and_number_under_its_title(self) -> None:
        """A slip titled "FATURA SIMPLIFICADA" over "FS A/2860" (its date beside it)."""
        text = (
            "CAFÉ CENTRAL DO BOLHÃO, LDA.\n       Rua de Santa Catarina 112\n"
            "            NIF 507 123 456\n\n          FATURA SIMPLIFICADA\n"
            "FS A/2860                     29/07/2026\nCliente: Consumidor final\n"
            "2   GALAO                    1,30   2,60\nTOTAL                             2,60 €\n"
            "Numerário                          2,60\n"
        )
        assert figures_of(text)["documentNumber"] == "FS A/2860"
