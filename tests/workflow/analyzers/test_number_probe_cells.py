"""Document numbers the number probes (testbed.evaluation.probe_numbers) still missed: a
till's counter glued to its colon, a number spaced into groups after a name of the other list,
a title followed by an address rather than a number. Each is written here as a general case."""

from __future__ import annotations

from support.key_figures import figures_of

_ITEMS = "Description  Qty  Amount\nInstallation  1  1.975,09 €\n\nTotal: 1.975,09 €\n"


class TestTillCounterAfterColon:
    def test_bon_glued_to_its_colon(self) -> None:
        """A German till's "Bon:6273" beside the date and time is the receipt's number."""
        text = (
            "Bäckerei Lindner\nHauptstr. 12\n80331 München\n\nBrezel  1,20\nKaffee  2,80\n"
            "SUMME EUR  4,00\nBar  5,00\nRückgeld  1,00\n\n06.04.2026  14:19:04 Bon:6273\n"
            "Vielen Dank für Ihren Einkauf\n"
        )
        assert figures_of(text)["documentNumber"] == "6273"

    def test_bon_after_colon_and_space(self) -> None:
        """The same counter with a space after the colon."""
        text = (
            "Bäckerei Lindner\nHauptstr. 12\n80331 München\n\nBrezel  1,20\nKaffee  2,80\n"
            "SUMME EUR  4,00\nBar  5,00\n\n06.04.2026  14:19:04 Bon: 6273\n"
        )
        assert figures_of(text)["documentNumber"] == "6273"


class TestSpacedAfterAName:
    def test_series_year_and_serial_after_ab_nr(self) -> None:
        """ "AB-Nr. OC 2025 1538": the series, the year and the serial a space apart, whole."""
        text = (
            "Feldmark GmbH\nAuftragsbestätigung\n\nAB-Nr.  OC 2025 1538\nDatum:  05.03.2026\n"
            "Kunden-Nr.:  K-20729\n\n"
        )
        assert figures_of(text + _ITEMS)["documentNumber"] == "OC 2025 1538"

    def test_digit_groups_after_a_name(self) -> None:
        """ "Auftragsnummer 2025 1538": digits in groups, whole."""
        text = (
            "Feldmark GmbH\nAuftragsbestätigung\n\nAuftragsnummer:  2025 1538\n"
            "Datum:  05.03.2026\n\n"
        )
        assert figures_of(text + _ITEMS)["documentNumber"] == "2025 1538"


class TestTitleBesideAnAddress:
    def test_house_number_is_not_the_titles(self) -> None:
        """ "Invoice  2200 Lakeshore Dr, Suite 4": the title's cell is followed by the street
        the sender is at, so the number under "Invoice Number" in the band is the invoice's."""
        text = (
            "Harbor Lane Design LLC\nInvoice 2200 Lakeshore Dr, Suite 4\nChicago, IL 60601\n\n"
            "Date of Issue  Invoice Number  Amount Due (USD)  Due Date\n"
            "November 8, 2025  0000019  USD 2,741.71  December 8, 2025\n\n"
            "Description  Qty  Amount\nDesign work  1  2,741.71\n\nTotal  USD 2,741.71\n"
        )
        assert figures_of(text)["documentNumber"] == "0000019"

    def test_title_and_its_number_still_read(self) -> None:
        """A title and its number ending the line is still the number."""
        text = "Harbor Lane Design LLC\nInvoice 2200\n\nTotal  USD 2,741.71\n"
        assert figures_of(text)["documentNumber"] == "2200"

    def test_title_number_and_one_word_still_read(self) -> None:
        """A title, its number and a word of state ("Order 4411 Confirmed") is still read."""
        text = "Harbor Lane Design LLC\nOrder 441122 Confirmed\n\nTotal  USD 2,741.71\n"
        assert figures_of(text)["documentNumber"] == "441122"


class TestTaxInvoiceTitle:
    def test_faktura_vat_and_its_number(self) -> None:
        """Poland's tax invoice titled with its number: "FAKTURA VAT R-2025-1895"."""
        text = (
            "Wisła Serwis Sp. z o.o.\nul. Długa 4, 00-001 Warszawa\n\n"
            "FAKTURA VAT R-2025-1895\nData wystawienia:  05.03.2026\n\n" + _ITEMS
        )
        assert figures_of(text)["documentNumber"] == "R-2025-1895"


class TestSpacedNumberInASentence:
    def test_series_spaced_in_a_request_to_quote_it(self) -> None:
        """Danish "Angiv venligst fakturanummer F 2026 2344 ved betaling.": the series, the
        year and the serial, whole, though words follow in the sentence."""
        text = (
            "Nordlys ApS\nStrøget 4, 1160 København\n\nFAKTURA\nDato:  05.03.2026\n\n"
            + _ITEMS
            + "\nAngiv venligst fakturanummer F 2026 2344 ved betaling.\n"
        )
        assert figures_of(text)["documentNumber"] == "F 2026 2344"


class TestBandOverTheItems:
    def test_band_value_before_the_items_headers(self) -> None:
        """ "Angebotsnummer" in a band of labels over one row of values, the items' table's
        headers after it (as many cells, no digit): the value under the label, not a list."""
        text = (
            "Quintel GmbH\nIndustriestr. 12, 80331 München\n\nAngebot\n\n"
            "Belegdatum  Kd.-Nr.  Angebotsnummer\n19.09.2025  K-21769  A-580/25\n\n"
            "Bezeichnung  Menge  Betrag\nSpare parts kit  1  647,23 €\n\n"
            "Gesamtbetrag  647,23 €\n"
        )
        assert figures_of(text)["documentNumber"] == "A-580/25"


class TestCellsJoinedByOneSpace:
    def test_value_under_a_label_one_space_after_another(self) -> None:
        """ "Kundenummer Ordrenr." over "262352 BE/2025/12/418" (a PDF's text joining two
        cells with one space on both lines): the order's number is the value's last word."""
        text = (
            "Halvard AS\nStorgata 4, 0155 Oslo\n\nInnkjøpsordre\n"
            "Dato  Kundenummer Ordrenr.  Leverandørnr.\n22.12.2025  262352 BE/2025/12/418  V-0054\n"
            "Beskrivelse  Antall Beløp\nConsulting services  1 kr 2 319,15\nTotalt:  kr 2 319,15\n"
        )
        assert figures_of(text)["documentNumber"] == "BE/2025/12/418"

    def test_series_under_a_word_and_a_label_whole(self) -> None:
        """ "Our Invoice No." over "RE 0417": the series and its number, whole."""
        text = (
            "Nordlicht GmbH\nHauptstr. 4, 10115 Berlin\n\nINVOICE\n"
            "Our Invoice No.  Date  Customer\nRE 0417  05.03.2026  K-20729\n\n" + _ITEMS
        )
        assert figures_of(text)["documentNumber"] == "RE 0417"
