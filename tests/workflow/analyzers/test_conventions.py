"""Conventions the generated development documents rarely print (issue #18): a letter's date
after its place, a credit note's negative total, accented names, more legal suffixes."""

from __future__ import annotations

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.dateroles import dates_with_roles


def _analyze(text: str) -> dict[str, object]:
    result = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")
    assert isinstance(result, dict)
    return result


def test_letter_date_after_its_place_is_the_issue_date() -> None:
    text = "Hollerbach GmbH\nKönigstraße 40\n\nStuttgart, 8. September 2026\n\nDear Ms Lind,\n"
    dates = dates_with_roles(text)
    assert [(d["value"], d["role"]) for d in dates] == [("2026-09-08", "issue")]


def test_words_before_a_date_that_are_not_a_place_give_no_role() -> None:
    text = "Hollerbach GmbH\n\nWe spoke on 8 September 2026 about the fee.\n"
    assert [d["role"] for d in dates_with_roles(text)] == [None]


def test_credit_note_total_keeps_its_sign() -> None:
    text = "CREDIT NOTE\nCredit note no.: KN-17\nTotal credit: -1.980,40 EUR\n"
    figures = _analyze(text)["keyFigures"]
    assert isinstance(figures, dict)
    assert figures["total"] == {"amount": -1980.4, "currency": "EUR"}


def test_accented_names_and_further_legal_suffixes() -> None:
    text = (
        "INVOICE\nVendor: Wierzbowy Tekstylia sp. z o.o.\nCustomer: Atelier Maréchal S.à r.l.\n"
        "Ship to: Ferrell Quist PLLC\nContact: Wendelin Østergaard\nTotal: 10.00 EUR\n"
    )
    entities = _analyze(text)["entities"]
    assert isinstance(entities, dict)
    parties = entities["parties"]
    names = {(p["name"], p["kind"]) for p in parties}
    assert ("Wierzbowy Tekstylia sp. z o.o.", "organization") in names
    assert ("Atelier Maréchal S.à r.l.", "organization") in names
    assert ("Ferrell Quist PLLC", "organization") in names
    assert ("Wendelin Østergaard", "person") in names


def _parties(text: str) -> set[tuple[str, str]]:
    entities = _analyze(text)["entities"]
    assert isinstance(entities, dict)
    return {(p["name"], p["kind"]) for p in entities["parties"]}


def test_person_above_or_beside_a_street_address() -> None:
    beside = "INVOICE\nBill to:\nFerrell Quist PLLC\nBertram Osei, 88 Quarry Lane, Tulsa\n"
    assert ("Bertram Osei", "person") in _parties(beside)
    above = "Hollerbach GmbH\n\nAnnelie Strothmann\nLindenallee 5\n71032 Böblingen\n"
    assert ("Annelie Strothmann", "person") in _parties(above)


def test_a_table_header_after_a_label_word_is_no_party() -> None:
    text = "STATEMENT\nPosted       Merchant              Amount\n07/02/2026   Fuel   $5.00\n"
    assert all(name != "Amount" for name, _ in _parties(text))


def test_invoice_number_after_a_bare_colon_and_an_order_confirmation() -> None:
    figures = _analyze("Invoice from Gletschwand AG\n**Invoice:** 775569\nTotal: CHF 5.00\n")
    assert isinstance(figures["keyFigures"], dict)
    assert figures["keyFigures"]["documentNumber"] == "775569"
    mail = _analyze("Subject: Order confirmation PB2123103\nOrder total: £274.00\n")
    assert isinstance(mail["keyFigures"], dict)
    assert mail["keyFigures"]["documentNumber"] == "PB2123103"


def _items(text: str) -> list[tuple[str, float]]:
    items = _analyze(text)["lineItems"]
    assert isinstance(items, list)
    return [(item["description"], item["amount"]) for item in items]


def test_french_header_and_labelled_fields_under_the_table() -> None:
    text = (
        "FACTURE / INVOICE\nInvoice number: F-12\n\nDésignation     Qté   Prix unitaire   Montant\n"
        "Oak panelling   1     1 234,56 €      1 234,56 €\n"
        "Site survey     2     480,00 €        960,00 €\n"
        "Terms:  Net 30\nTotal TTC: 2 194,56 €\n"
    )
    assert _items(text) == [("Oak panelling", 1234.56), ("Site survey", 960.0)]


def test_statement_rows_signed_both_ways() -> None:
    text = (
        "Account statement\nDate  Description  Amount  Balance\n"
        "03.08.2026  Rent Ahornweg 7  -950,00  1.460,15\n"
        "15.08.2026  Salary Quellbrunn  +3.120,00  4.580,15\n"
        "Closing balance:  4.580,15 EUR\n"
    )
    assert _items(text) == [("Rent Ahornweg 7", -950.0), ("Salary Quellbrunn", 3120.0)]


def test_german_till_slip_and_uk_tax_point() -> None:
    till = _analyze(
        "Frischmarkt Auenwald\nVollkornbrot  2,49 A\nSUMME EUR  2,49\nKartenzahlung girocard\n"
        "Bon-Nr. 5126  14.02.2026 18:22\n"
    )
    assert till["documentType"] == "receipt"
    assert isinstance(till["keyFigures"], dict)
    assert till["keyFigures"]["documentNumber"] == "5126"
    assert till["keyFigures"]["total"] == {"amount": 2.49, "currency": "EUR"}
    uk = _analyze("Invoice\nInvoice ref: HP51706\nTax point: 05/10/2026\nTotal: £1,500.00\n")
    assert isinstance(uk["keyFigures"], dict)
    assert uk["keyFigures"]["documentNumber"] == "HP51706"
    assert uk["keyFigures"]["issueDate"] == "2026-10-05"


def test_till_prices_with_a_vat_class_and_a_timestamp_after_the_number() -> None:
    text = (
        "Frischmarkt Auenwald\nKassenbon\nVollkornbrot  2,49 A\nBergkäse 200g  3,79 B\n"
        "SUMME EUR  6,28\nBon-Nr. 5126  14.02.2026 18:22\n"
    )
    assert _items(text) == [("Vollkornbrot", 2.49), ("Bergkäse 200g", 3.79)]
    assert [(d["value"], d["role"]) for d in dates_with_roles(text)] == [("2026-02-14", "issue")]


def test_a_shop_mailbox_names_an_organisation() -> None:
    text = "From: Pebblecombe Outdoor <orders@pebblecombe.example>\nTo: Imogen Falconer\n"
    assert ("Pebblecombe Outdoor", "organization") in _parties(text)


def test_a_misread_product_code_is_no_dollar_sign() -> None:
    """OCR reads a code's "S" as "$" ("$0270"): no sum, so pounds still say the day comes
    first in "04/09/2025"."""
    text = (
        "Brakewell Foodservice Ltd  TAX INVOICE\nUnit 7 Riverside Trading Estate  "
        "Invoice No: SI658719\nExeter EX2 8LB  Date: 04/09/2025\n"
        "Code  Description  Qty  Price  Net\n36411  Disposable coffee cups  6  48.00  288.00\n"
        "$0270  Semi-skimmed milk 2 pint  3  1.35  4.05\nGoods (net)  £292.05\nVAT  £57.60\n"
        "Invoice total  £349.65\nPayment due by 04/10/2025.\n"
    )
    figures = _analyze(text)["keyFigures"]
    assert isinstance(figures, dict)
    assert (figures["issueDate"], figures["dueDate"]) == ("2025-09-04", "2025-10-04")
