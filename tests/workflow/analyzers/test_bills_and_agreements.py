"""Key figures of tax invoices, bills, credit notes, leases and minutes (issue #18): whose
dollars a "$" is, lakh grouping, totals named "incl GST" or "brutto", numbers printed in
digit groups, due dates as a debit or a "date limite", lease terms in German, minutes dated
"celebrada el", and the next meeting's date that is no role."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.dateroles import dates_with_roles
from workflow.analyzers.dollars import local_dollar
from workflow.analyzers.money import find_amounts


def _analysis(text: str) -> dict[str, Any]:
    return OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")


def _figures(text: str) -> dict[str, Any]:
    figures = _analysis(text)["keyFigures"]
    assert isinstance(figures, dict)
    return figures


def _roles(text: str) -> list[tuple[str, str | None]]:
    return [(d["value"], d["role"]) for d in dates_with_roles(text)]


class TestWhoseDollars:
    @pytest.mark.parametrize(
        ("text", "dollar"),
        [
            ("Amount AUD\n$120.00", "AUD"),
            ("Total incl GST: NZ$3,602.26", "NZD"),
            ("GST/HST Reg. No. 81234 5678 RT0001\nTotal $50.00", "CAD"),
            ("No de TPS : 123456789\nTotal : 1 234,56 $", "CAD"),
            ("Coastal Sparkies Pty Ltd\nABN 53 004 085 616\nTotal $99.00", "AUD"),
            ("Total $5.00", None),
            ("Total AUD 5.00, or USD 3.40", None),
            ("Paid in AUD and CAD: $5", None),
        ],
    )
    def test_the_dollar_a_document_names(self, text: str, dollar: str | None) -> None:
        """One other dollar named (or implied by the taxes), and no US dollar: "$" is it."""
        assert local_dollar(text) == dollar

    def test_a_bare_dollar_sign_takes_the_documents_dollar(self) -> None:
        """An Australian tax invoice prints "$" and says "AUD" in a column: its total and
        amounts are Australian dollars."""
        text = (
            "Coastal Sparkies Pty Ltd\nTAX INVOICE\nInvoice Number: INV-4410\n"
            "Description  Quantity  Unit Price  Amount AUD\nSwitchboard  1  1,180.00  1,180.00\n"
            "Subtotal  $1,180.00\nTotal GST 10%  $118.00\nAmount Due AUD  $1,298.00\n"
        )
        analysis = _analysis(text)
        assert analysis["keyFigures"]["total"] == {"amount": 1298.0, "currency": "AUD"}
        assert {a["currency"] for a in analysis["entities"]["amounts"]} == {"AUD"}

    def test_marked_dollars_and_rupees(self) -> None:
        """ "NZ$", "Rs." and Indian grouping (1,18,000.00) are read; "USA$5" is no "A$"."""
        assert find_amounts("NZ$3,602.26")[0]["currency"] == "NZD"
        rupees = find_amounts("Grand Total  Rs. 1,18,000.00")
        assert (rupees[0]["amount"], rupees[0]["currency"]) == (118000.0, "INR")
        assert find_amounts("RS. 450")[0]["currency"] == "INR"
        assert find_amounts("USA$5")[0]["currency"] == "USD"
        assert find_amounts("Mrs 45, Hrs 12.00") == []


class TestTotals:
    @pytest.mark.parametrize(
        ("text", "total"),
        [
            ("Tax Invoice\nTotal excl GST: NZ$100.00\nTotal incl GST: NZ$115.00\n", 115.0),
            ("Rechnung\nSumme netto: 50,40 €\nRechnungsbetrag brutto: 59,98 €\n", 59.98),
            ("Gutschrift Nr. GS-2026-014\nNettobetrag: 340,00 €\nGutschriftsbetrag: 404,60 €\n",
             404.6),
            ("TAX INVOICE\nTaxable Amount  Rs. 1,58,500.00\nGrand Total  Rs. 1,87,030.00\n",
             187030.0),
        ],
    )  # fmt: skip
    def test_total_wordings(self, text: str, total: float) -> None:
        """ "incl GST" after a marked dollar, "brutto" after the label, a credit note's sum,
        rupees in lakhs."""
        assert _figures(text)["total"]["amount"] == total


class TestNumbers:
    def test_a_number_printed_in_digit_groups(self) -> None:
        """ "Rechnungsnummer: 466 568443" is one number, up to the end of its line."""
        text = "Ihre Rechnung\nKundennummer: 4410233\nRechnungsnummer: 466 568443\n"
        assert _figures(text)["documentNumber"] == "466 568443"

    def test_your_account_number_on_a_bill(self) -> None:
        """A statement known by "Your account number"."""
        text = (
            "Your energy bill\nYour account number: 84 1791 4182\n"
            "Opening balance  £10.00\nClosing balance  £95.00\n"
        )
        assert _figures(text)["accountNumber"] == "84 1791 4182"


class TestDateRoles:
    @pytest.mark.parametrize(
        ("text", "role"),
        [
            ("Montant TTC : 189,89 €\nDate limite de paiement : 19/07/2025\n", "due"),
            ("Den Rechnungsbetrag buchen wir am 15.12.2026 von Ihrem Konto ab.", "due"),
            ("The amount will be debited from your account on 15 December 2026.", "due"),
            ("Juliette Marchand\n14 rue des Tilleuls\nFacture du 4 juillet 2025\n", "issue"),
            ("LEASE PARTICULARS\nDate of Lease: 5 December 2026\n", "issue"),
            ("Acta de la junta ordinaria celebrada el 24 de julio de 2025", "issue"),
            ("Mietbeginn ist der 01.01.2027.", "effective"),
            ("Das Mietverhältnis endet am 31.12.2029, ohne dass es einer Kündigung bedarf.",
             "end"),
        ],
    )  # fmt: skip
    def test_cues(self, text: str, role: str) -> None:
        """Due as a "date limite" or a debit; issue in a title or "Date of ..."; minutes
        "celebrada el"; a German lease's start and end."""
        assert [r for _, r in _roles(text)] == [role]

    def test_the_next_meeting_is_no_meetings_date(self) -> None:
        """ "The next meeting will be held on ..." is not the date of the meeting minuted."""
        text = (
            "MINUTES\nHeld at the Library on 12 May 2026\n\n2. Next meeting\n"
            "The next meeting will be held on June 9, 2026.\n"
        )
        assert _roles(text) == [("2026-05-12", "issue"), ("2026-06-09", None)]

    @pytest.mark.parametrize(
        "text",
        [
            "This Amendment amends the Master Services Agreement between the parties dated "
            "April 9, 2024.",
            "Bezug: zu Rechnung Nr. 2025-441 vom 29.04.2025",
            "Original invoice date: 18 Aug 2025",
        ],
    )
    def test_another_documents_date_is_not_this_ones(self, text: str) -> None:
        """The date of the agreement amended or the invoice credited has no role."""
        assert [role for _, role in _roles(text)] == [None]

    def test_a_details_table_with_blank_lines_between_rows(self) -> None:
        """HTML tables come out with blank lines between rows: "Date of Invoice" over its one
        value is the issue date, a transaction table's "Date" column is not."""
        details = "INVOICE\n\nInvoice No.  Date of Invoice  Customer\n\n2026/0555  20/08/2026  Rowing Club\n\nDescription  Qty  Price\n"  # noqa: E501
        assert _roles(details) == [("2026-08-20", "issue")]
        rows = "STATEMENT\n\nDate  Description  Amount\n\n03/08/2026  Rent  -900.00\n\n05/08/2026  Salary  2,400.00\n"  # noqa: E501
        assert [role for _, role in _roles(rows)] == [None, None]


class TestIssuers:
    def test_the_addressee_of_a_bill_is_no_vendor(self) -> None:
        """ "To: Tui Lodge Ltd" names the customer; the seller is the letterhead's firm."""
        text = (
            "Kauri Coast Plumbing Ltd\nGST No: 112-334-556\n\nTax Invoice\n\nInvoice #: 3771\n"
            "Date: 10/05/2026\nTo: Tui Lodge Ltd\n\nTotal incl GST: NZ$3,602.26\n"
        )
        assert _figures(text)["vendor"] == "Kauri Coast Plumbing Ltd"

    def test_names_with_accented_capitals_and_small_words(self) -> None:
        """ "Ébénisterie Laurentide Inc." and "Café du Vieux-Port Inc." are whole names."""
        text = "Ébénisterie Laurentide Inc.\n\nFACTURE\nNo de facture : F-20931\nClient : Café du Vieux-Port Inc.\n"  # noqa: E501
        names = {party["name"] for party in _analysis(text)["entities"]["parties"]}
        assert {"Ébénisterie Laurentide Inc.", "Café du Vieux-Port Inc."} <= names
        assert _figures(text)["vendor"] == "Ébénisterie Laurentide Inc."

    def test_a_lease_is_a_contract(self) -> None:
        """Lease particulars name a landlord and a tenant."""
        text = (
            "LEASE PARTICULARS\nDate of Lease: 5 December 2026\nLandlord: Mercia Estates Ltd\n"
            "Tenant: Ludlow Craft Brewery Ltd\nExpiry Date: 24 December 2031\n"
        )
        assert _analysis(text)["documentType"] == "contract"


class TestStatements:
    @pytest.mark.parametrize(
        ("text", "number", "total"),
        [
            ("Banca Popolare\nEstratto conto n. 9/2026\nData: 30/09/2026\n"
             "Saldo iniziale: € 1.000,00\nSaldo finale: € 2.087,53\n", "9/2026", 2087.53),
            ("Relevé de compte n° 65\nÉdité le 12 août 2026\n"
             "Nouveau solde créditeur : 3 212,07 €\n", "65", 3212.07),
            ("Volksbank\nKontoauszug 11/2026\nerstellt am 20.09.2026\n"
             "IBAN: DE44 6509 1040 0814 3174 31\nNeuer Kontostand: 1.234,50 EUR H\n",
             "11/2026", 1234.5),
        ],
    )  # fmt: skip
    def test_statements_of_three_languages(self, text: str, number: str, total: float) -> None:
        """The statement's own number in its title ("Estratto conto n.", "Relevé de compte
        n°", "Kontoauszug 11/2026") beats the account's; "Saldo finale", "Nouveau solde
        créditeur"; "Édité le" and "erstellt am" date it."""
        figures = _figures(text)
        assert (figures["documentNumber"], figures["total"]["amount"]) == (number, total)
        assert "issueDate" in figures

    def test_account_number_and_period_in_a_right_hand_column(self) -> None:
        """ "Account Number" over "******7095" beside the holder's address; "Statement
        Period" over a range: the statement is dated at its end."""
        text = (
            "Checking Account Statement\n\n"
            "Tyrone Whitfield       Account Number\n"
            "1620 W Dean Ave        ******7095\n"
            "Spokane, WA 99201      Statement Period\n"
            "                       Sep. 20, 2026 - Oct. 20, 2026\n\n"
            "Date         Description          Amount\n"
            "09/30/2026   DIRECT DEP PAYROLL   1,840.00\n\n"
            "Ending Balance         $2,391.20\n"
        )
        figures = _figures(text)
        assert figures["documentNumber"] == "******7095"
        assert figures["issueDate"] == "2026-10-20"
        assert _roles(text)[0] == ("2026-09-20", None)


class TestInstitutionsAndAttendees:
    @pytest.mark.parametrize(
        "name",
        ["Banca Popolare del Lario", "Caja Rural del Turia", "Crédit Mutuel du Vercors",
         "Volksbank Allgäu-Oberschwaben", "Circolo Nautico Garda"],
    )  # fmt: skip
    def test_institutions_named_noun_first(self, name: str) -> None:
        """Banks and clubs of other languages put the institution's noun first."""
        text = f"{name}\nVia Volta 12, 22100 Como\n\nEstratto conto\n"
        parties = _analysis(text)["entities"]["parties"]
        assert name in {p["name"] for p in parties if p["kind"] == "organization"}

    def test_english_credit_is_no_institution(self) -> None:
        """ "Credit Card Statement", "Credit Note No" name no firm."""
        text = "Your Credit Card Statement\nCredit Note No: CN-00412\n"
        assert _analysis(text)["entities"]["parties"] == []

    @pytest.mark.parametrize(
        "line",
        ["Presenti: Giulia Ferrari (presidente), Paolo Greco (segretario)",
         "Asistentes: Giulia Ferrari (presidenta), Paolo Greco (secretario)",
         "Anwesend: Giulia Ferrari, Paolo Greco"],
    )  # fmt: skip
    def test_attendees_in_other_languages(self, line: str) -> None:
        """Minutes list who was present as "Presenti", "Asistentes", "Anwesend"."""
        text = f"Verbale della riunione\n{line}\n"
        people = {p["name"] for p in _analysis(text)["entities"]["parties"]}
        assert {"Giulia Ferrari", "Paolo Greco"} <= people
