"""Due dates as the development set built from another seed prints them: an Italian bill's
single instalment after "Scadenze:", French terms under the old spelling "réglement", and an
order's wished-for delivery day in French, Spanish, Italian and German."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of


def test_a_single_instalment_after_scadenze() -> None:
    text = (
        "Studio Grafico Conti S.n.c.\nFATTURA N. 104/2026 del 25/08/2026\n"
        "Totale documento  EUR 990,80\nScadenze: 24/09/2026 EUR 990,80\n"
    )
    assert figures_of(text)["dueDate"] == "2026-09-24"


def test_terms_under_reglement_spelled_with_an_acute() -> None:
    text = (
        "Menuiserie Rabier SARL\nFACTURE\nFacture N°: FA642880\nDate: 22/05/2026\n"
        "Total TTC: 7 968,00 €\nConditions de réglement : 45 jours date de facture\n"
    )
    assert figures_of(text)["dueDate"] == "2026-07-06"


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("BON DE COMMANDE", "Livraison souhaitée"),
        ("BON DE COMMANDE", "Date de livraison"),
        ("ORDEN DE COMPRA", "Fecha de entrega"),
        ("ORDINE D'ACQUISTO", "Data di consegna"),
        ("BESTELLUNG", "Wunschtermin"),
    ],
)
def test_an_orders_delivery_day_is_its_due_date(title: str, label: str) -> None:
    text = (
        f"Transports Giraud SAS\n{title}\nN° de commande  BC264406\n"
        f"Date de commande  22/04/2026\n{label}  29/04/2026\n"
        "Réf.  Désignation  Qté  P.U. HT  Total HT\n96245  Brochures  3  256,16  768,48\n"
        "Total HT  768,48 EUR\n"
    )
    assert figures_of(text).get("dueDate") == "2026-04-29"
