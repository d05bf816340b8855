"""People of minutes and tenancies as their labels print them (issue #18): attendees under a
heading such as "Governors present", absentees under "Excusé(e)" or "Assenti giustificati", a
list joined by "sowie", "et", "y" or "e", the chair named with a role in brackets, a
tenancy's landlord and tenants; and an order form's number."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer


def _analysis(text: str) -> dict[str, Any]:
    return OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")


def _people(text: str) -> dict[str, str]:
    parties = _analysis(text)["entities"]["parties"]
    return {p["name"]: p["role"] for p in parties if p["kind"] == "person"}


class TestWhoWasThere:
    def test_a_heading_naming_the_members_present(self) -> None:
        """ "Trustees present" over one name a line, each with a role after a dash."""
        text = (
            "Hillside Allotment Society\nTrustees present\nNora Quayle - Chair\n"
            "Osman Petrie - Treasurer\n\nBusiness\n1. Accounts approved.\n"
        )
        assert _people(text) == {"Nora Quayle": "attendee", "Osman Petrie": "attendee"}

    @pytest.mark.parametrize(
        ("line", "names"),
        [
            ("Excusé(e) : Lucie Morand", ["Lucie Morand"]),
            ("Assenti giustificati: Carla Neri, Piero Sala", ["Carla Neri", "Piero Sala"]),
            ("Afwezig met kennisgeving: Sanne Vos", ["Sanne Vos"]),
        ],
    )
    def test_those_excused(self, line: str, names: list[str]) -> None:
        """Apologies under the labels French, Italian and Dutch minutes print."""
        text = f"Comité de quartier\nRéunion\n{line}\n1. Ouverture.\n"
        assert _people(text) == dict.fromkeys(names, "absent")

    @pytest.mark.parametrize("joiner", ["sowie", "und", "et", "y", "e", "en"])
    def test_a_list_joined_by_the_languages_and(self, joiner: str) -> None:
        """The last two attendees joined by "and" in the minutes' language."""
        text = f"Sitzung\nAnwesend: Uta Brenner, Kai Lorenz {joiner} Mia Roth\n"
        assert set(_people(text)) == {"Uta Brenner", "Kai Lorenz", "Mia Roth"}

    def test_a_chair_with_a_role_in_brackets(self) -> None:
        """ "Versammlungsleiter: Name (1. Vorsitzender)": the person, without the aside."""
        text = "Turnverein\nVersammlungsleiter: Jens Albrecht (1. Vorsitzender)\n"
        assert _people(text) == {"Jens Albrecht": "chair"}


class TestTenancyParticulars:
    def test_landlord_and_tenants(self) -> None:
        """ "Landlord: Name, c/o Agent Ltd, ..." and "Tenant(s): A and B"."""
        text = (
            "ASSURED SHORTHOLD TENANCY AGREEMENT\n"
            "Landlord: Ruth Penhallow, c/o Kernow Lets Ltd, 2 Quay Street, Falmouth\n"
            "Tenant(s): Idris Vaughan and Mabli Rees\n"
        )
        assert _people(text) == {
            "Ruth Penhallow": "landlord",
            "Idris Vaughan": "tenant",
            "Mabli Rees": "tenant",
        }


class TestOrderFormNumber:
    def test_the_order_forms_own_number(self) -> None:
        """ "Order Form Number  Q-20417" in a table of details: the form's number."""
        text = (
            "Tallgrass Cloud, Inc.\nORDER FORM\nOrder Form Number  Q-20417\n"
            "Order Date  4/2/2026\nSubscription Start Date  5/1/2026\n"
        )
        assert _analysis(text)["keyFigures"].get("documentNumber") == "Q-20417"


def _organisations(text: str) -> set[str]:
    parties = _analysis(text)["entities"]["parties"]
    return {p["name"] for p in parties if p["kind"] == "organization"}


class TestBodiesNamedInTheirLanguage:
    @pytest.mark.parametrize(
        "name",
        [
            "Woningcorporatie Zuiderhaven",
            "Comunidad de Propietarios Las Acacias",
            "Comune di Castiglione sul Lago",
            "Mutua de Levante",
        ],
    )
    def test_an_institution_and_its_long_name(self, name: str) -> None:
        """An institution's noun first, then the words of its name, small words such as
        "sul" among them."""
        assert name in _organisations(f"{name}\nPostbus 12\n\nGeachte heer,\n")

    def test_french_professional_companies(self) -> None:
        """SELARL, SELAS, SCP and SCI are legal forms; "ET" in capitals between two parties
        is no word of the second's name."""
        text = (
            "CONTRAT\nENTRE LES SOUSSIGNÉS :\nCabinet Morel SCP, représenté par A,\n"
            "ET Pharmacie des Halles SELARL, représentée par B.\n"
        )
        assert {"Cabinet Morel SCP", "Pharmacie des Halles SELARL"} <= _organisations(text)
        assert not any(name.startswith("ET ") for name in _organisations(text))
