"""Key figures as documents of several countries print them (issue #18): month names and
labels in other languages, weekdays and two-digit years, numbers dated in their title line,
boxed details over an item table, accounting negatives, totals named in other words."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.dateroles import dates_with_roles
from workflow.analyzers.entities import date_spans
from workflow.analyzers.money import find_amounts


def _figures(text: str) -> dict[str, Any]:
    result = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")
    figures = result["keyFigures"]
    assert isinstance(figures, dict)
    return figures


def _roles(text: str) -> list[tuple[str, str | None]]:
    return [(d["value"], d["role"]) for d in dates_with_roles(text)]


class TestDatesInWords:
    @pytest.mark.parametrize(
        "written",
        [
            "5. Dezember 2026", "5 décembre 2026", "5 de diciembre de 2026", "5 dicembre 2026",
            "5 december 2026", "sabato 5 dicembre 2026", "December 5th, 2026",
            "the 5th day of December, 2026",
        ],
    )  # fmt: skip
    def test_month_names_of_six_languages(self, written: str) -> None:
        """A date in words reads in English, German, French, Spanish, Italian and Dutch."""
        assert [value for *_, value in date_spans(written)] == ["2026-12-05"]

    def test_french_first_of_the_month(self) -> None:
        """ "1er août 2026" is the first of August."""
        assert [value for *_, value in date_spans("le 1er août 2026")] == ["2026-08-01"]

    def test_two_digit_year_of_a_dotted_date(self) -> None:
        """ "05.12.26" is 5 December 2026; a version number is no date."""
        assert [value for *_, value in date_spans("vom 05.12.26 an")] == ["2026-12-05"]
        assert date_spans("Version 1.2.26.4 and v10.11.12") == []


class TestDateRoles:
    def test_weekday_between_label_and_date(self) -> None:
        """ "Date: Saturday, 5 December 2026": the weekday belongs to the date."""
        text = "INVOICE\nInvoice no.: 12\nDate: Saturday, 5 December 2026\n"
        assert _roles(text) == [("2026-12-05", "issue")]

    def test_place_and_weekday_before_a_letter_date(self) -> None:
        """ "Leeds, Friday, 4 December 2026" leads its line: the letter's date."""
        text = "Ashworth LLP\n3 Park Square\n\nLeeds, Friday, 4 December 2026\n\nDear Sir,\n"
        assert _roles(text) == [("2026-12-04", "issue")]

    @pytest.mark.parametrize(
        ("text", "roles"),
        [
            ("Factuurdatum: 5 december 2026\nVervaldatum: 4 januari 2027\n",
             [("2026-12-05", "issue"), ("2027-01-04", "due")]),
            ("Fecha de emisión\t06/06/2025\nFecha de vencimiento\t05/08/2025\nTotal 10,00 €\n",
             [("2025-06-06", "issue"), ("2025-08-05", "due")]),
            ("Vertragsbeginn: 01.01.2027\nVertragsende: 31.12.2028\n",
             [("2027-01-01", "effective"), ("2028-12-31", "end")]),
            # A delivery's day: the order's due date once its type is known.
            ("Bestelldatum: 03.02.2026\nLiefertermin: 17.02.2026\n",
             [("2026-02-03", "issue"), ("2026-02-17", "delivery")]),
        ],
    )  # fmt: skip
    def test_labels_of_other_languages(self, text: str, roles: list[tuple[str, str]]) -> None:
        """Date labels in Dutch, Spanish and German name the date's role."""
        assert _roles(text) == roles

    def test_meeting_held_on_in_a_heading_below_the_title(self) -> None:
        """The meeting date in the heading is the minutes' date, not the next meeting's."""
        text = (
            "Castleford Allotment Society Ltd\n\n"
            "Minutes of the meeting held on Sunday, 7 December 2025\n\n"
            "Present: A. Holloway (Chair)\n\n2. Date of next meeting\n"
            "Sunday, 4 January 2026 at 7.30 pm.\n"
        )
        assert _figures(text)["issueDate"] == "2025-12-07"

    def test_a_meeting_a_report_mentions_is_not_its_date(self) -> None:
        """ "for the board meeting on April 14" dates the meeting, not the report."""
        text = "Q1 Report\n\nSome words first. Prepared for the board meeting on April 14, 2026.\n"
        assert _roles(text) == [("2026-04-14", None)]

    def test_number_and_date_in_one_title_line(self) -> None:
        """ "Rechnung Nr. 2025-5413 vom 16.08.25": the document's own date."""
        text = "Elektro Hufnagel GmbH\n\nRechnung Nr. 2025-5413 vom 16.08.25\nLieferdatum: x\n"
        assert _roles(text) == [("2025-08-16", "issue")]

    def test_boxed_details_over_the_item_table(self) -> None:
        """One row of values under DATE / INVOICE # / DUE DATE, then the item table's
        header: the row is the document's details, its "DATE" the issue date."""
        text = (
            "INVOICE\nDATE  INVOICE #  TERMS  DUE DATE\n"
            "06/16/2026  1888  Net 30  07/16/2026\n"
            "ACTIVITY  QTY  RATE  AMOUNT\nMowing  2  40.00  80.00\n"
        )
        figures = _figures(text)
        assert (figures["issueDate"], figures["dueDate"]) == ("2026-06-16", "2026-07-16")


class TestNumbersAndTotals:
    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("Factuur\nFactuurnummer: 20268907\n", "20268907"),
            ("FACTURA\nNº Factura\tA25/994\nTOTAL FACTURA\t1.276,55 €\n", "A25/994"),
            ("Fattura n. 472/2025 del 26/10/2025\n", "472/2025"),
            ("AVOIR N° AV-2025-39\n", "AV-2025-39"),
            ("Wartungsvertrag\nVertragsnummer: WV-2027-662\n", "WV-2027-662"),
            ("CREDIT MEMO\nMemo #: CM-67455\nTotal credit: $(446.40)\n", "CM-67455"),
        ],
    )  # fmt: skip
    def test_number_labels_of_other_languages(self, text: str, number: str) -> None:
        """The document's number after its name in Dutch, Spanish, Italian, French, German,
        and a credit memo's "Memo #"."""
        assert _figures(text)["documentNumber"] == number

    @pytest.mark.parametrize(
        ("text", "total"),
        [
            ("Factuur\nSubtotaal: € 100,00\nTotaal te betalen: € 121,00\n", (121.0, "EUR")),
            ("AVOIR N° 1\nNet à payer : -1 351,28 €\n", (-1351.28, "EUR")),
            ("INVOICE\nTotal VAT Amount: 201.00 GBP\nINVOICE TOTAL: 1,206.00 GBP\n",
             (1206.0, "GBP")),
            ("Bestellung\nGesamtnettowert ohne Mwst: EUR 2.913,30\n", (2913.3, "EUR")),
            ("CREDIT MEMO\nTotal credit: ($446.40)\n", (-446.4, "USD")),
            ("STATEMENT\nBalance due $10.00\nClosing balance  (1,250.00)\n", (-1250.0, "USD")),
        ],
    )  # fmt: skip
    def test_totals(self, text: str, total: tuple[float, str]) -> None:
        """Totals named in other words and languages, negatives as accounts print them."""
        figure = _figures(text)["total"]
        assert (figure["amount"], figure["currency"]) == total

    def test_statement_of_account_known_by_the_customer_number(self) -> None:
        """A supplier's statement with no account number is known by the customer's number
        with the supplier; its outstanding balance is its total."""
        text = (
            "Brückner Haustechnik GmbH\nRekeningoverzicht\nKlantnummer:  C81353\n"
            "Datum:  25-10-2025\nDatum  Omschrijving  Saldo\n15-09-2025  Factuur  361,08\n"
            "Openstaand saldo:  -€ 2.773,23\n"
        )
        figures = _figures(text)
        assert figures["documentNumber"] == "C81353"
        assert figures["total"] == {"amount": -2773.23, "currency": "EUR"}

    @pytest.mark.parametrize(
        "head",
        [
            # In the right-hand panel of a two-column header, beside the letterhead.
            "Fenwick & Hale Stationers Ltd  Customer No.  11268\n"
            "Unit 4, Brookfield Trading Estate  Date  10/05/2026\n",
            # In a band of labels over their values.
            "Bayview Print Works LLC  CUSTOMER STATEMENT\nCustomer No.  Date Issued\n"
            "11268  08/11/2026  Page 1 of 1\n",
        ],
    )
    def test_statement_known_by_a_customer_number_in_a_panel_or_band(self, head: str) -> None:
        text = (
            f"STATEMENT OF ACCOUNT\n{head}Date  Description  Debit  Credit  Balance\n"
            "18/03/2026  INV INV-64444  182.31  1,145.86\nClosing Balance  £1,403.05\n"
        )
        assert _figures(text)["documentNumber"] == "11268"

    def test_accounting_negatives_among_amounts(self) -> None:
        """Parentheses and a trailing minus make an amount negative; a range does not."""
        amounts = find_amounts("($446.40) $(360.00) 150.00- EUR and $20.00-$30.00")
        assert [a["amount"] for a in amounts] == [-446.4, -360.0, -150.0, 20.0, 30.0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Factuur\nFactuurnummer: 1\nBTW 21%\n", "invoice"),
        ("Rekeningafschrift\nRekeninghouder: F. de Groot\nNieuw saldo: € 10,00\n", "statement"),
        ("Bestellung\nBestellnummer 4500012345\nLieferant: Kabelwerk AG\n", "purchase_order"),
        ("Notulen van de ledenvergadering\nAanwezig: J. Verhoeven\n", "minutes"),
        ("Wartungsvertrag\nVertragsnummer: 1\nVertragsbeginn: 01.01.2027\n", "contract"),
        ("Rekeningoverzicht\nKlantnummer: C1\nOpenstaand saldo: € 1,00\nDatum  Omschrijving\n"
         "20-09-2025  Creditnota  287,69\n24-09-2025  Creditnota  27,69\n", "statement"),
    ],
)  # fmt: skip
def test_document_names_of_other_languages(text: str, kind: str) -> None:
    """A document titled in Dutch or German is typed as its English name is."""
    result = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")
    assert result["documentType"] == kind


class TestLayoutsAndTerms:
    def test_date_in_the_right_column_beside_the_addressee(self) -> None:
        """A letter's date printed flush right on the addressee's line is its date."""
        text = "Wisla Logistyka\nKwame Quispe  10 August 2025\nRe: claim 51429\nDear Kwame,\n"
        assert _roles(text) == [("2025-08-10", "issue")]

    def test_dutch_order_and_delivery_dates_and_a_label_in_the_middle_column(self) -> None:
        """ "Orderdatum", "Leverdatum", and "Datum afschrift" beside the address."""
        assert _roles("INKOOPORDER\nOrderdatum:  2025-01-01\nLeverdatum:  2025-01-31\n") == [
            ("2025-01-01", "issue"),
            ("2025-01-31", "delivery"),
        ]
        text = "Gregor Falk  Datum afschrift  2025-07-16\n"
        assert _roles(text) == [("2025-07-16", "issue")]

    def test_agreement_made_on(self) -> None:
        """ "This agreement is made on 1 February 2026 between ...": its effective date."""
        text = "Framework Agreement\nThis agreement is made on 1 February 2026 between A and B.\n"
        assert _roles(text) == [("2026-02-01", "effective")]

    def test_agreement_is_dated(self) -> None:
        """ "This agreement is dated 13 January 2026 and made between": its effective date; a
        contract an invoice refers to ("as per the contract dated ...") is no agreement's own."""
        text = "CONSULTANCY AGREEMENT\nThis agreement is dated 13 January 2026 and made between:\n"
        assert _roles(text) == [("2026-01-13", "effective")]
        invoice = "INVOICE\nAs per the contract dated 13 January 2026 we invoice.\n"
        assert _roles(invoice) != [("2026-01-13", "effective")]

    def test_account_number_in_a_middle_column_and_the_statement_number(self) -> None:
        """A statement's account labelled mid-line is its number, unless the statement
        prints a number of its own ("Afschriftnummer")."""
        text = (
            "Rekeningafschrift\nGregor Falk  Rekeningnummer  19-73-43 65770743\n"
            "Nieuw saldo  € 183,56\n"
        )
        assert _figures(text)["documentNumber"] == "19-73-43 65770743"
        numbered = "Rekeningafschrift\nRekeningnummer: NL42 ZZSB 0123\nAfschriftnummer: 2025/11\n"
        assert _figures(numbered)["documentNumber"] == "2025/11"

    def test_number_labels_with_a_colon_or_after_a_timestamp(self) -> None:
        """ "Fattura n.:  RE-99058"; a till's "09/09/2026 09:01  Receipt 1890" (its own cell,
        not a sentence mentioning a receipt)."""
        assert _figures("FATTURA\nFattura n.:  RE-99058\n")["documentNumber"] == "RE-99058"
        text = "HILLSIDE HARDWARE\n09/09/2026 09:01  Receipt 1890\nOak worktop  27.12\n"
        assert _figures(text)["documentNumber"] == "1890"

    @pytest.mark.parametrize(
        ("terms", "due"),
        [
            ("Payable within 14 days.", "2025-08-30"),
            ("Zahlbar innerhalb von 14 Tagen ohne Abzug.", "2025-08-30"),
            ("Terms: 30 days from the date of invoice.", "2025-09-15"),
        ],
    )
    def test_due_date_from_payment_terms(self, terms: str, due: str) -> None:
        """Terms in days after the issue date give the due date when none is printed."""
        text = f"INVOICE\nInvoice no.: 12\nInvoice date: 16 August 2025\n{terms}\n"
        assert _figures(text)["dueDate"] == due

    def test_an_invoice_delivery_date_is_not_its_due_date(self) -> None:
        """ "Delivery date" on an invoice says when goods came; "Net 30" says when to pay."""
        text = (
            "INVOICE\nInvoice no.: 12\nInvoice date: 16 August 2025\n"
            "Delivery date: 11 August 2025\nTerms: Net 30\n"
        )
        assert _figures(text)["dueDate"] == "2025-09-15"


class TestColumnsAndPeriods:
    def test_label_above_its_value_beside_an_address(self) -> None:
        """The address on the left, "Invoice Date" above its value on the right."""
        text = "TAX INVOICE\nTasman Kayak Tours Ltd  Invoice Date\n12 Harbour Road  9 May 2025\n"
        assert _roles(text) == [("2025-05-09", "issue")]

    def test_total_carried_forward_is_no_invoice_total(self) -> None:
        """A running sum carried to the next page is not the invoice's total (it is a
        statement's closing balance)."""
        text = (
            "INVOICE\nInvoice #: NEC-1\nBalance carried forward  $151.00\n\n"
            "Balance brought forward  $151.00\nEarth rod  7  22.00  154.00\nTotal  $305.00\n"
        )
        assert _figures(text)["total"] == {"amount": 305.0, "currency": "USD"}
        statement = "Account statement\nAccount number: 12345678\nBalance carried forward  $9.00\n"
        assert _figures(statement)["total"] == {"amount": 9.0, "currency": "USD"}

    def test_currency_named_by_the_total_label(self) -> None:
        """ "Amount Due NZD  3,570.75" and "Total Order Value  USD 382.60"."""
        text = "TAX INVOICE\nSubtotal  3,105.00\nAmount Due NZD  3,570.75\n"
        assert _figures(text)["total"] == {"amount": 3570.75, "currency": "NZD"}
        order = "PURCHASE ORDER\nP.O. No.: 24001\nTotal Order Value  USD 382.60\n"
        assert _figures(order)["total"] == {"amount": 382.6, "currency": "USD"}

    def test_two_digit_slashed_years_and_an_opening_closing_range(self) -> None:
        """ "Opening/Closing Date 07/15/26 - 08/14/26": the statement is dated at its close."""
        text = "Card statement\nOpening/Closing Date  07/15/26 - 08/14/26\nNew Balance  $1.00\n"
        assert _roles(text) == [("2026-07-15", None), ("2026-08-14", "issue")]

    def test_period_of_insurance(self) -> None:
        """A policy's period of cover: from its effective date to its end."""
        text = (
            "Commercial Combined Policy - Schedule\nPolicy number: CC/673542\n"
            "Period of insurance: from 1 August 2027 to 31 July 2028 (both days inclusive)\n"
            "This policy schedule forms part of the contract of insurance with the insured.\n"
        )
        figures = _figures(text)
        assert (figures["effectiveDate"], figures["endDate"]) == ("2027-08-01", "2028-07-31")
        assert figures["documentNumber"] == "CC/673542"

    def test_a_billing_period_has_no_effective_date(self) -> None:
        """ "Service period Nov 1 - Nov 30": a bill's period, not an agreement's term."""
        text = "Your Electric Bill\nService Period  Nov 1, 2026 - Nov 30, 2026\nAmount Due  $1.00\n"
        assert [role for _, role in _roles(text)] == [None, None]


class TestMoreConventions:
    def test_year_first_dots_and_erp_two_digit_years(self) -> None:
        """ "2026.12.05" and "05-DEC-26" are 5 December 2026."""
        assert [v for *_, v in date_spans("2026.12.05 and 05-DEC-26")] == ["2026-12-05"] * 2

    def test_german_and_french_bank_statements(self) -> None:
        """ "Kontoauszug Nr. 11/2026" is the statement's number; "Date d'arrêté" its date."""
        text = "Kontoauszug Nr. 11/2026\nIBAN: DE12 3456 7890 1234\nNeuer Kontostand: 1,00 EUR\n"
        assert _figures(text)["documentNumber"] == "11/2026"
        assert _roles("RELEVÉ DE COMPTE\nDate d'arrêté : 30/11/2026\n") == [("2026-11-30", "issue")]

    def test_credit_total_and_an_e_mail_about_your_invoice(self) -> None:
        """ "Credit total: -£250.00"; "Your invoice INV-8812 is ready" names this invoice."""
        figure = _figures("CREDIT NOTE CN-2026-014\nCredit total: -£250.00\n")["total"]
        assert figure == {"amount": -250.0, "currency": "GBP"}
        text = "Subject: Your invoice INV-8812 is ready\n\nAmount due: $320.00 by 18 Dec 2026\n"
        assert _figures(text)["documentNumber"] == "INV-8812"

    @pytest.mark.parametrize(
        ("text", "total"),
        [
            ("Rechnung\nSumme brutto: 119,00 €\n", 119.0),
            ("Rechnung\nZu zahlender Betrag: 119,00 €\n", 119.0),
            ("Facture\nMontant TTC : 1 200,00 €\n", 1200.0),
            ("INVOICE\nTotal Amount Due ......... $1,234.56\n", 1234.56),
            ("INVOICE\nTotal: USD1,234.56\n", 1234.56),
        ],
    )
    def test_more_total_wordings(self, text: str, total: float) -> None:
        """Gross totals in German and French, dot leaders, a code touching its number."""
        assert _figures(text)["total"]["amount"] == total

    def test_numbers_with_the_number_word_first_or_no_colon(self) -> None:
        """ "Numero fattura: 45/2026"; an invoice's "No. 2026-118"."""
        assert _figures("Fattura\nNumero fattura: 45/2026\n")["documentNumber"] == "45/2026"
        text = "Invoice\nNo. 2026-118\nDate 05.12.2026\nTotal EUR 99,00\n"
        assert _figures(text)["documentNumber"] == "2026-118"

    def test_agreement_dates_in_prose_and_labels(self) -> None:
        """ "Held at the Town Hall on ...", "Termination Date", "for a period of one year
        from ..."."""
        minutes = "MINUTES OF THE AGM\nHeld at the Town Hall on 3rd March 2026 at 7pm\n"
        assert _roles(minutes) == [("2026-03-03", "issue")]
        assert _roles("AGREEMENT\nTermination Date: December 31, 2027\n") == [("2027-12-31", "end")]
        text = "This Agreement shall remain in force for a period of one year from 1 January 2027."
        assert _roles(text) == [("2027-01-01", "effective")]
