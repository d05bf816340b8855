"""Packets as they arrive: a fax's stamp on every page, blank separator pages, titles and
salutations in the languages of Europe, and the page-level types they decide."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from support.business_documents import scanned
from support.section_ranges import ranges
from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.classify import classify
from workflow.analyzers.pagemarks import file_numbering, masked, page_numbers, stamped_lines
from workflow.analyzers.parties import merge_parties
from workflow.analyzers.sections import unstamped

FAX = "07.01.2026 16:{m}  FAX +49 40 555129  S. {n}/{count}"


def faxed(pages: Sequence[Sequence[str]]) -> list[list[str]]:
    """``pages`` with a fax machine's line on top of each."""
    return [
        [FAX.format(m=20 + n, n=n, count=len(pages)), *lines]
        for n, lines in enumerate(pages, start=1)
    ]


COVER = ["Brandt & Vogel GmbH", "Hafenstrasse 41, 20359 Hamburg", "TELEFAX", "An: Ilse Obi",
         "Von: Brandt & Vogel GmbH", "Datum: 07.01.2026",
         "Seiten (inkl. Deckblatt): 3"]  # fmt: skip
RECHNUNG = ["Brandt & Vogel GmbH", "Hafenstrasse 41, 20359 Hamburg", "RECHNUNG",
            "Rechnungsnummer RE-4471  Rechnungsdatum: 11.10.2025",
            "Bezeichnung  Menge  Einzelpreis  Betrag", "Montage  2  42,00  84,00"]  # fmt: skip
AGB = ["Allgemeine Geschäftsbedingungen", "1. Die Ware bleibt bis zur Bezahlung unser Eigentum.",
       "2. Mängel sind binnen 8 Tagen schriftlich anzuzeigen."]  # fmt: skip


class TestStamps:
    def test_a_fax_line_on_every_page_is_a_stamp(self) -> None:
        """The same line but for its digits, with a time, at the head of every page."""
        pages = faxed([COVER, RECHNUNG, AGB])
        assert stamped_lines(pages) == {masked(pages[0][0])}

    def test_ocr_slips_in_the_stamp_are_forgiven(self) -> None:
        """One page's "S." read as "Ss." is the same stamp."""
        pages = faxed([COVER, RECHNUNG])
        pages[0][0] = pages[0][0].replace("S. 1", "Ss. 1")
        assert len(stamped_lines(pages)) == 2  # both spellings

    def test_a_repeated_letterhead_is_no_stamp(self) -> None:
        """A letterhead and a page number on every page tell no time: the document's own."""
        pages = [["Acme Ltd  Page 1 of 2", "Body"], ["Acme Ltd  Page 2 of 2", "More"]]
        assert stamped_lines(pages) == frozenset()

    def test_a_single_page_has_no_stamp(self) -> None:
        assert stamped_lines([faxed([COVER])[0]]) == frozenset()

    def test_unstamped_keeps_every_offset(self) -> None:
        text = "07.01.2026 16:20  FAX +49 40 555129  S. 1/3\nRECHNUNG\n"
        stamps = frozenset({masked(text.splitlines()[0])})
        out = unstamped(text, stamps)
        assert len(out) == len(text)
        assert out.strip() == "RECHNUNG"


class TestFaxedPackets:
    def test_the_stamps_page_count_does_not_join_the_documents(self) -> None:
        """ "S. 2/3" counts the fax's pages: the cover sheet and the invoice behind it (its terms
        page included) are two documents."""
        assert ranges(faxed([COVER, RECHNUNG, AGB])) == [[1, 1], [2, 3]]

    def test_the_invoice_is_read_without_the_fax_line(self) -> None:
        """The fax's date is not the invoice's, nor its line the invoice's letterhead."""
        text, layout = scanned(faxed([COVER, RECHNUNG, [*AGB[:1], "Gesamtbetrag: 100,00 EUR"]]))
        analysis = OfflineAnalyzer().analyze(
            text, media_type="application/pdf", filename="doc", layout=layout
        )
        sections = analysis["sections"]
        assert [(s["documentType"], s["pages"]) for s in sections] == [
            ("letter", [1, 1]), ("invoice", [2, 3]),
        ]  # fmt: skip
        figures = sections[1]["keyFigures"]
        assert figures["issueDate"] == "2025-10-11"
        assert figures["vendor"] == "Brandt & Vogel GmbH"


SHOP = ("Rosemary Deli", "14 Wharf Road, Cork", "2026-03-09 14:22", "Oat milk  2.10",
            "TOTAL  EUR 2.10", "Paid by card")  # fmt: skip


class TestFileNumbering:
    def test_every_number_printed_is_read(self) -> None:
        """The document's own number and the one the file system stamped beside it."""
        assert page_numbers(["Body", "Seite 1/2      Seite 3 von 4"]) == [(1, 2), (3, 4)]

    def test_a_bare_number_beside_a_worded_one_is_read(self) -> None:
        """The invoice's "1/2" beside its title, the file's "Seite 2 von 4" at the foot."""
        assert page_numbers(["Acme GmbH", "RECHNUNG  1/2", "Body", "Seite 2 von 4"]) == [
            (1, 2), (2, 4),
        ]  # fmt: skip

    def test_the_page_a_document_goes_on_to_is_not_this_pages_number(self) -> None:
        assert page_numbers(["RECHNUNG", "Body", "Suite page 2"]) == []
        assert page_numbers(["RECHNUNG", "Body", "Fortsetzung auf Seite 2", "1 / 2"]) == [(1, 2)]

    def test_numbers_counting_the_files_pages_beside_the_documents_own(self) -> None:
        marks = [[(1, 3)], [(1, 2), (2, 3)], [(2, 2), (3, 3)]]
        assert file_numbering(marks)

    def test_one_document_numbered_over_the_file_keeps_its_numbers(self) -> None:
        assert not file_numbering([[(1, 3)], [(2, 3)], [(3, 3)]])

    def test_a_page_without_the_files_number_is_no_file_numbering(self) -> None:
        assert not file_numbering([[(1, 3)], [(1, 2)], [(2, 2)]])

    def test_the_files_numbers_do_not_join_its_documents(self) -> None:
        """A letter, an invoice numbered 1/2 and 2/2, a receipt: each page also stamped
        "Seite n von 4"; the receipt after the invoice's last page is its own."""
        stamp = "Seite {} von 4"
        letter = [*TestTitlesAbroad.LETTER, stamp.format(1)]
        first = [*RECHNUNG, f"Seite 1/2      {stamp.format(2)}"]
        second = ["Montage  1  42,00  42,00", "Gesamtbetrag: 126,00 EUR",
                  f"Seite 2/2      {stamp.format(3)}"]  # fmt: skip
        assert ranges([letter, first, second, [*SHOP, stamp.format(4)]]) == [
            [1, 1], [2, 3], [4, 4],
        ]  # fmt: skip


class TestBlankPages:
    @pytest.mark.parametrize("blank", [[], ["This page intentionally left blank"]])
    def test_a_blank_page_goes_with_the_document_before(self, blank: list[str]) -> None:
        """A separator sheet neither opens a document nor undoes the close of the one
        before: the same shop's next receipt after it is a document of its own."""
        assert ranges([SHOP, blank, SHOP, blank]) == [[1, 2], [3, 4]]

    def test_a_blank_first_page_goes_with_the_first_document(self) -> None:
        assert ranges([[], SHOP, RECHNUNG]) == [[1, 2], [3, 3]]


class TestTitlesAbroad:
    LETTER = ("Helga Brandstätter", "Am Mühlbach 7, 79098 Freiburg", "Allmark Versicherung AG",
              "Sehr geehrte Frau Obi,", "anbei die Unterlagen.",
              "Mit freundlichen Grüßen")  # fmt: skip

    @pytest.mark.parametrize(
        "title",
        ["DIENSTLEISTUNGSVERTRAG", "Kontoauszug", "SCHADENMELDUNG", "FACTURE", "Fattura",
         "CONTRATO DE PRESTACIÓN DE SERVICIOS", "Rekeningafschrift"],
    )  # fmt: skip
    def test_a_title_in_another_language_starts_a_document(self, title: str) -> None:
        """After a letter, an untitled-by-English page opens with its own language's title."""
        page = [title, "Lorem 12 ipsum", "Dolor sit amet 2026"]
        assert ranges([self.LETTER, page]) == [[1, 1], [2, 2]]

    @pytest.mark.parametrize(
        "greeting", ["Geachte heer Jansen,", "Madame, Monsieur,", "Estimada Sra. Pedrosa:",
                     "Gentile Sig.ra Mancini,"],
    )  # fmt: skip
    def test_a_salutation_opens_a_letter(self, greeting: str) -> None:
        """An untitled page after a closed invoice that greets its reader is a letter."""
        invoice = [*RECHNUNG, "Total: 84,00 EUR"]
        letter = ["", greeting, "Wij sturen u de stukken voor de schade aan het dak.", "Groeten"]
        assert ranges([invoice, letter]) == [[1, 1], [2, 2]]

    def test_a_fax_number_is_no_title(self) -> None:
        """ "Fax: +49 ..." under an invoice's letterhead labels a number; the page goes on."""
        first = RECHNUNG[:4]
        second = ["Fax: +49 40 555129", *RECHNUNG[4:]]
        assert ranges([first, second]) == [[1, 2]]


class TestClosing:
    BON = ("Bäckerei Sonnenkorn", "Am Mühlbach 7, 79098 Freiburg", "12.03.2026  08:14",
           "Brötchen  1,20", "SUMME EUR  1,20", "Kartenzahlung")  # fmt: skip

    @pytest.mark.parametrize(
        "total",
        ["SUMME EUR  1,20", "Gesamtbetrag: 1,20 EUR", "Totale  1,20", "Totaal te betalen: € 1,20",
         "Importe total: 1,20 €", "Balance now due: £1.20"],
    )  # fmt: skip
    def test_a_total_in_its_own_language_closes_the_document(self, total: str) -> None:
        """The same shop's next receipt after a total is a document of its own."""
        bon = [*self.BON[:4], total, self.BON[5]]
        assert ranges([bon, bon]) == [[1, 1], [2, 2]]

    def test_a_reference_to_an_order_is_no_title(self) -> None:
        """ "Ihre Bestellung vom ..." under an invoice's repeated head refers to the order."""
        second = [*RECHNUNG[:2], "Ihre Bestellung vom 02.10.2025", *RECHNUNG[4:]]
        assert ranges([RECHNUNG, second]) == [[1, 2]]


class TestPageTypes:
    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("\n".join(COVER), "letter"),
            ("FAX\nTo: Paolo Mancini\nFrom: Ashdown Roofing Ltd\nDate: 22 Feb 2026\n"
             "Pages (including this one): 3", "letter"),
            ("DÉCLARATION DE SINISTRE\nN° de contrat: 32-635426\nN° de sinistre: 490164\n"
             "Date du sinistre: 12/03/2026\nMontant réclamé: 1 644,88 €", "form"),
            ("HILLSIDE HARDWARE\n24/02/2026 16:19\nTape  15,42\nTOTALE  28,96 EUR\n"
             "Pagamento con carta\nGrazie e arrivederci", "receipt"),
        ],
    )  # fmt: skip
    def test_a_page_reads_as_what_it_is(self, text: str, kind: str) -> None:
        assert classify(text).document_type == kind


class TestPartiesAcrossSections:
    def test_one_shop_with_and_without_its_accents_is_one_party(self) -> None:
        """OCR reads a scanned receipt's "Ferretería" as "Ferreteria"; the typeset one first
        names it as printed, and that spelling is kept."""
        shop = {"role": "merchant", "kind": "organization"}
        merged = merge_parties([
            {**shop, "name": "Ferretería El Clavo"}, {**shop, "name": "Ferreteria El Clavo"},
        ])  # fmt: skip
        assert [p["name"] for p in merged] == ["Ferretería El Clavo"]
