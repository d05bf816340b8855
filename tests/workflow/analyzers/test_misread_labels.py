"""Due dates' labels that OCR misread (English-only OCR of other languages' letters) still
name the due date; other labels near one do not."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of
from workflow.analyzers.misread_labels import fold, misread_due_label


@pytest.mark.parametrize(
    ("label", "due"),
    [
        ("Termin ptatnosci:", "2025-08-10"),  # Polish "Termin płatności", ł read t
        ("Termin ptatnosSci:", "2025-08-10"),  # and a stray letter besides
        ("Erapadiva:", "2025-08-10"),  # Finnish "Eräpäivä"
        ("Falligkeitsdaturn:", "2025-08-10"),  # German "Fälligkeitsdatum", m read rn
        ("Forfallodaturn", "2025-08-10"),  # Swedish "Förfallodatum"
    ],
)
def test_a_misread_due_label_still_names_the_due_date(label: str, due: str) -> None:
    text = (
        "Faktura VAT\nNumer faktury: INV-6695\nData wystawienia: 2025-07-11\n"
        f"{label} 2025-08-10\nRazem do zapłaty:  1 227,59 zł\n"
    )
    assert figures_of(text).get("dueDate") == due


@pytest.mark.parametrize(
    "label",
    ["Lieferdatum:", "Leistungsdatum:", "Bestelldatum:", "Datum:", "Data sprzedaży:", "Termin:"],
)
def test_other_labels_are_not_taken_for_one(label: str) -> None:
    assert not misread_due_label(f"{label} ")


def test_folding_undoes_accents_and_letters_no_accent_makes() -> None:
    assert fold("Termin  PŁATNOŚCI") == "termin platnosci"
    assert fold("Eräpäivä") == "erapaiva"


def test_a_band_whose_numero_sign_ocr_read_as_a_two_is_still_a_band_of_labels() -> None:
    """ "Nº Pedido" read "N2 Pedido" off a scan: the band is labels over values, not a row."""
    text = (
        "Distribuciones Levante S.A.\nFACTURA\n"
        "N° Factura  Fecha  N° Cliente  N2 Pedido  Ne Albaran\n"
        "2025/238  26/12/2025  6913  P37513  ALB-44895\n"
        "Concepto  Cantidad  Precio  Importe\nMaquetacion pagina  6  35,00  210,00\n"
        "TOTAL FACTURA  471,90 €\n"
        "Forma de pago: transferencia bancaria a 30 dias fecha factura\n"
    )
    figures = figures_of(text)
    assert figures.get("issueDate") == "2025-12-26"
    assert figures.get("dueDate") == "2026-01-25"  # 30 days from the invoice's date


def test_a_czech_quote_read_off_a_scan() -> None:
    """ "Nabídka č." read "Nabidka ¢.", "k úhradě" read "k Uhradé", "Kč" read "Ké"."""
    text = (
        "Kestrel & Wynn s.r.o.\nNabidka ¢.\nA-180/26\nDatum vystaveni\n28.05.2026\n"
        "Popis  Mnozstvi  Castka\nConsulting services  1  1 237,70 Ké\n"
        "Celkem k Uhradé:  1 237,70 K¢\n"
    )
    figures = figures_of(text)
    assert figures.get("documentNumber") == "A-180/26"
    assert figures.get("total") == {"amount": 1237.7, "currency": "CZK"}


def test_a_polish_invoice_read_off_a_scan() -> None:
    """ "zł" read "zt": still Poland's złoty; a word that starts so ("ztrata") is none."""
    text = (
        "Quintel Iberica Sp. z o.o.\nFAKTURA VAT nr F-305/25\nData wystawienia: 2025-11-02\n"
        "Opis  Ilosc  Wartosc\nCleaning service  1  516,11 zt\nInstallation  1  1 910,86 zt\n"
        "Do zaptaty: 2 426,97 zt\n"
    )
    assert figures_of(text).get("total") == {"amount": 2426.97, "currency": "PLN"}
    assert (
        figures_of("Invoice 4471\nTotal: 12.50 ztrata\n").get("total", {}).get("currency") != "PLN"
    )
