"""Key figures as invoicing software and tills print them (QuickBooks' stacked bands, Odoo's
French title, SAP's part codes, an Italian pharmacy's till, a British supermarket's)."""

from __future__ import annotations

from support.key_figures import figures_of
from workflow.analyzers.dateroles import dates_with_roles
from workflow.analyzers.money import find_amounts


def roles(text: str) -> dict[str, str | None]:
    return {d["value"]: d["role"] for d in dates_with_roles(text)}


def test_bands_of_labels_stacked_over_their_values() -> None:
    text = (
        "BILL TO  SHIP TO\nDana Whitaker  Dana Whitaker\n88 Harbor View Rd  88 Harbor View Rd\n"
        "INVOICE #  DATE  DUE DATE  TERMS\n1486  03/07/2025  04/21/2025  Net 45\n"
        "DATE  ACTIVITY  DESCRIPTION  QTY  RATE  AMOUNT\n"
    )
    assert roles(text) == {"2025-03-07": "issue", "2025-04-21": "due"}


def test_a_date_column_of_several_rows_dates_no_document() -> None:
    text = (
        "Date of issue: 12 March 2026\n\n"
        "Flight    From     To       Date         Departs\n"
        "VS 800    Munich   Rome     8 May 2026   10:35\n"
        "VS 1978   Rome     Munich   15 May 2026  11:35\n"
    )
    assert roles(text) == {"2026-03-12": "issue", "2026-05-08": None, "2026-05-15": None}


def test_payable_by_the_day() -> None:
    assert roles("Zahlbar bis zum 19.07.2026 ohne Abzug.\n")["2026-07-19"] == "due"


def test_a_currency_named_only_in_a_column_header() -> None:
    text = (
        "Farmacia San Marco\nDESCRIZIONE              IVA   Prezzo(€)\n"
        "BENAGOL MIELE LIMONE       10%      7,20\nTOTALE COMPLESSIVO                 7,20\n"
    )
    assert figures_of(text)["total"] == {"amount": 7.2, "currency": "EUR"}


def test_a_part_code_is_no_rupee_amount() -> None:
    assert find_amounts("Kugellager 6204-2RS  6  ST  4,35") == []
    assert find_amounts("Rs. 500")[0]["currency"] == "INR"


def test_a_till_counts_its_items_before_the_total() -> None:
    text = (
        "Thornbury Foodhall\nBANANAS LOOSE       £0.89\nCHEDDAR MATURE 400G £3.75\n"
        "2 BALANCE DUE       £4.64\nVISA DEBIT          £4.64\n"
    )
    assert figures_of(text)["total"] == {"amount": 4.64, "currency": "GBP"}


def test_a_french_title_and_its_number() -> None:
    text = "Atelier Lemoine SARL\n\nFacture FAC/2025/00311\n\nTotal  1.620,19 EUR\n"
    assert figures_of(text)["documentNumber"] == "FAC/2025/00311"


def test_a_number_after_an_abbreviated_label_at_the_foot() -> None:
    text = (
        "Farmacia San Marco\nDOCUMENTO COMMERCIALE\nTACHIPIRINA 500MG  4,90 €\n"
        "TOTALE COMPLESSIVO  4,90 €\n30-06-2025 20:44\nDOCUMENTO N. 1965-0663\n"
    )
    assert figures_of(text)["documentNumber"] == "1965-0663"


def test_an_invoices_po_number_is_the_customers_not_its_own() -> None:
    text = (
        "Bitterroot Supply Co. Inc.  Invoice\n1800 W Broadway, Missoula, MT 59808  #INV65553\n"
        "7/17/2026\nTerms  Due Date  PO #  Sales Rep\nNet 30  8/16/2026  PO-6060  Dana Castillo\n"
        "Total:  $266.45\n"
    )
    assert figures_of(text)["documentNumber"] == "INV65553"


def test_a_total_under_a_label_no_list_names_beats_the_net_total() -> None:
    text = (
        "Castlegate Facilities Management Ltd\nINVOICE\nInvoice Number  Invoice Date\n"
        "5364576  18-Oct-26\nTotal Excluding VAT:  221.00\nVAT @ 20%:  44.20\n"
        "Invoice Amount GBP:  265.20\n"
    )
    assert figures_of(text)["total"] == {"amount": 265.2, "currency": "GBP"}


def test_a_balance_struck_on_a_day() -> None:
    text = (
        "Rekeningafschrift\nRekeningnummer NL12 INGB 0001 2345 67\n"
        "Nieuw saldo per 3-7-2025: € 2.049,61\n"
    )
    assert figures_of(text)["total"] == {"amount": 2049.61, "currency": "EUR"}


def test_due_dates_in_sentences_and_debit_days() -> None:
    assert roles("Totale da pagare € 100,54 entro il 23/09/2026\n")["2026-09-23"] == "due"
    assert (
        roles("Fecha de factura  29/05/2026\nFecha de cargo  06/06/2026\n")["2026-06-06"] == "due"
    )
    assert roles("le contrat prendra fin le 13 juillet 2026.\n")["2026-07-13"] == "end"


def test_claim_numbers_in_their_languages_beat_the_policy_number() -> None:
    spanish = (
        "Zeeuwse N.V.\nPARTE DE SINIESTRO\nN.º de póliza: 49-524772\n"
        "N.º de siniestro: 697581\nImporte reclamado: 2.495,47 €\n"
    )
    english = (
        "Harrowgate plc\nCLAIM FORM\nPolicy number: 52-429260\nClaim number: 316815\n"
        "Amount claimed: £1,313.86\n"
    )
    assert figures_of(spanish)["documentNumber"] == "697581"
    assert figures_of(english)["documentNumber"] == "316815"


def test_a_spanish_invoice_number_after_n_o() -> None:
    text = (
        "Ferretti S.p.A.\nFACTURA\nFactura n.º 2026-9274  Fecha de factura: 2 de agosto de 2026\n"
        "Total factura: 3.428,53 EUR\n"
    )
    assert figures_of(text)["documentNumber"] == "2026-9274"


def test_invoices_a_statement_lists_are_not_its_number() -> None:
    text = (
        "Relevé de compte\nN° de compte: 87222  Date du relevé: 04/02/2026\n"
        "06/12/2025 Facture 3494  1.377,78\n10/12/2025 Facture 9865  1.197,32\n"
        "Solde à payer: 2.575,10 EUR\n"
    )
    assert figures_of(text)["documentNumber"] == "87222"


def test_a_running_head_names_the_invoice() -> None:
    text = (
        "Altmühl Präzisionsteile GmbH  FACTUUR\nDatum  03-08-2026\n"
        "Oak worktop  15  259,22  388,83\n"
        "Pagina 1 van 2\n\nAltmühl Präzisionsteile GmbH - Factuur F-2025-2656  Pagina 2 van 2\n"
        "Totaal te betalen  € 388,83\n"
    )
    assert figures_of(text)["documentNumber"] == "F-2025-2656"


def test_a_delivery_week_before_the_day_and_an_ocr_d_month() -> None:
    text = (
        "Bestelldatum: 16.05.2025\nLiefertermin: KW 22 / 30.05.2025\nZahlbar bis: 21. Marz 2026\n"
    )
    assert roles(text) == {"2025-05-16": "issue", "2025-05-30": "delivery", "2026-03-21": "due"}
