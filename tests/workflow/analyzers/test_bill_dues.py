"""A recurring bill's own number and its due date where bills print them (issue #18): a
label closing its line in a right-hand column with its value under it, a title's tax word
("Faktura VAT nr"), a document's name leading a band of labels, a municipal assessment's
number; deadlines in Norwegian, Danish, Polish and Dutch words, a Dutch debit announced, a
Direct Debit "of £X on or after", fees "payable before" a described day, and a due date
beside an address that ends in a postcode."""

from __future__ import annotations

from workflow.analyzers.dateroles import dates_with_roles
from workflow.analyzers.docnumbers import document_number
from workflow.analyzers.money import find_amounts


def _roles(text: str) -> list[tuple[str, str | None]]:
    return [(d["value"], d["role"]) for d in dates_with_roles(text)]


class TestBillNumbers:
    def test_label_closing_its_line_in_a_right_hand_column(self) -> None:
        """ "Bolletta n." ends the letterhead's line; its number ends the next one."""
        text = (
            "Acquedotto Brianza S.p.A.\n"
            "Via Roma 9, 20900 Monza  Bolletta n.\n"
            "P.IVA 01187320963  2026/0004471\n"
        )
        assert document_number(text, "invoice") == "2026/0004471"

    def test_tax_word_between_the_name_and_its_number(self) -> None:
        """ "Faktura VAT nr FS/118/2026": the Polish VAT invoice's title gives its number."""
        text = "Usługi Kowal sp.j.\nFaktura VAT nr FS/118/2026\nData wystawienia: 02.03.2026\n"
        assert document_number(text, "invoice") == "FS/118/2026"

    def test_document_name_leading_a_band_of_labels(self) -> None:
        """ "Factura  Fecha  Vencimiento" over "FV 2026/31  ...": the value under the name,
        its series printed apart."""
        text = (
            "Talleres Ebro S.L.\n"
            "Factura  Fecha  Vencimiento\n"
            "FV 2026/31  04/03/2026  03/04/2026\n"
            "Concepto  Importe\n"
        )
        assert document_number(text, "invoice") == "FV 2026/31"

    def test_a_column_of_invoices_is_no_band(self) -> None:
        """A statement listing invoices under "Invoice" takes none of them as its number."""
        text = (
            "Statement of account\n"
            "Invoice  Date  Amount\n"
            "IN-3301  02.02.2026  40,00\n"
            "IN-3342  09.02.2026  18,50\n"
        )
        assert document_number(text, "statement") is None

    def test_municipal_tax_assessment(self) -> None:
        """A Dutch "Aanslagnummer" is the assessment's own number."""
        text = "Gemeente Heuvelrug\nAanslagnummer: 6120.0034.7781\nDagtekening: 28-02-2026\n"
        assert document_number(text, "invoice") == "6120.0034.7781"


class TestBillDueDates:
    def test_direct_debit_of_an_amount_on_or_after(self) -> None:
        """The amount's decimal point does not end the debit's sentence."""
        text = (
            "Bill date: 2 March 2026\n"
            "We will collect your Direct Debit of £61.20 on or after 16 March 2026.\n"
        )
        assert _roles(text) == [("2026-03-02", "issue"), ("2026-03-16", "due")]

    def test_payable_before_a_described_day(self) -> None:
        """ "payable before the start of the season, 1 April 2026": the day after the comma."""
        text = (
            "Invoice date: 1 March 2026\n"
            "Subscriptions are payable before the start of the season, 1 April 2026.\n"
        )
        assert _roles(text) == [("2026-03-01", "issue"), ("2026-04-01", "due")]

    def test_dutch_debit_announced(self) -> None:
        """ "Het bedrag ... wordt rond ... afgeschreven" is the bill's due date."""
        text = (
            "Factuurdatum: 3 maart 2026\n"
            "Het bedrag van € 18,75 wordt rond 17 maart 2026 afgeschreven.\n"
        )
        assert _roles(text) == [("2026-03-03", "issue"), ("2026-03-17", "due")]

    def test_norwegian_danish_polish_and_dutch_labels(self) -> None:
        """Fakturadato/Betalingsfrist, Data wystawienia/Termin płatności,
        Dagtekening/Vervaldatum: the issue and due dates."""
        for issue, due in (
            ("Fakturadato", "Betalingsfrist"),
            ("Fakturadato", "Sidste rettidige betalingsdag"),
            ("Data wystawienia", "Termin płatności"),
            ("Dagtekening", "Vervaldatum"),
        ):
            text = f"{issue}: 05.03.2026\n{due}: 19.03.2026\n"
            assert _roles(text) == [("2026-03-05", "issue"), ("2026-03-19", "due")], issue

    def test_due_date_beside_an_address_with_a_postcode(self) -> None:
        """ "Pay by" closing the street's line, its date beside the town and ZIP below."""
        text = (
            "Statement date\n03/02/2026\n"
            "LENA MARSH  $41.00\n"
            "14 Elm St  Pay by\n"
            "Dayton OH 45402  03/20/2026\n"
        )
        assert _roles(text) == [("2026-03-02", "issue"), ("2026-03-20", "due")]


class TestZloty:
    def test_amounts_in_zloty(self) -> None:
        """ "249,00 zł" is in Polish zloty; a word that starts with the letters is none."""
        amounts = find_amounts("Do zapłaty: 249,00 zł (słownie: dwieście złotych), złożono 2 razy")
        assert [(a["amount"], a["currency"]) for a in amounts] == [(249.0, "PLN")]
