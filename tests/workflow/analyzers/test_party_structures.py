"""Parties read from how a document is built (issue 18): firms' names joined by the small
words of their language, the seller's and buyer's blocks an Italian e-invoice labels side by
side, and the seller told from a customer's firm named after a label."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.parties import find_parties


def _vendor(text: str) -> Any:
    analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="bill.txt")
    return analysis["keyFigures"].get("vendor")


def _organisations(text: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in find_parties(text) if p["kind"] == "organization"}


class TestPortugueseJoiners:
    @pytest.mark.parametrize(
        "customer",
        ["Padaria Flor do Campo, Lda.", "Casa das Tintas, Lda.", "Oficina da Ponte, Lda."],
    )
    def test_a_customer_firm_joined_by_do_da_das_is_whole_and_not_the_seller(
        self, customer: str
    ) -> None:
        text = (
            "Serralharia Monteiro & Irmãos, Lda.\nAvenida da Liberdade 12, 1250-096 Lisboa\n"
            f"NIF 509876543\nFatura FT 2026/88\nCliente:  {customer}\nNIF cliente:  501234567\n"
            "Data de emissão:  3 de março de 2026\nTotal (EUR):  120,00 €\n"
        )
        assert customer in _organisations(text)
        assert _vendor(text) == "Serralharia Monteiro & Irmãos, Lda."


class TestItalianEInvoiceBlocks:
    def test_cedente_and_cessionario_side_by_side(self) -> None:
        """A FatturaPA courtesy copy prints "Cedente/prestatore" (the seller) beside
        "Cessionario/committente" (the buyer), their names on the line under; a
        professionals' practice carries no legal form."""
        text = (
            "Cedente/prestatore  Cessionario/committente\n"
            "Studio Legale Ferri e Bassi  Ceramiche Lodi S.r.l.\n"
            "Via Roma 3, 26900 Lodi  Via Dante 8, 20121 Milano\n"
            "Partita IVA IT01234567890  Codice destinatario ABC1234\n"
            "Fattura n. 12/2026 del 04/05/2026\nTotale documento:  € 1.220,00\n"
        )
        assert _organisations(text) == {
            "Studio Legale Ferri e Bassi": "vendor",
            "Ceramiche Lodi S.r.l.": "customer",
        }

    def test_labels_on_their_own_lines(self) -> None:
        text = (
            "Fattura n. 7 del 02/02/2026\nCedente/prestatore:\nStudio Tecnico Rinaldi\n"
            "Cessionario/committente:\nPanificio Sole S.n.c.\nTotale documento: € 500,00\n"
        )
        assert _organisations(text) == {
            "Studio Tecnico Rinaldi": "vendor",
            "Panificio Sole S.n.c.": "customer",
        }


def _people(text: str) -> set[str]:
    return {p["name"] for p in find_parties(text) if p["kind"] == "person"}


class TestAddresseeInTheLeftColumn:
    @pytest.mark.parametrize(
        ("name", "street", "town"),
        [
            ("Dolores Whitfield", "4410 Cedar Bluff Rd", "Macon, GA 31210"),
            ("Hans-Peter Uhlig", "Rote Straße 17a", "21335 Lüneburg"),
            ("Mathieu Lefort", "12 impasse des Lilas", "26000 Valence"),
        ],
    )
    def test_a_person_over_a_street_beside_the_bills_details(
        self, name: str, street: str, town: str
    ) -> None:
        text = (
            "Riverbend Water Authority\nPO Box 88, Macon, GA 31202\n"
            f"{name}  Account Number: 5521-0093\n{street}  Bill Date: 05/07/2026\n"
            f"{town}  Page 1 of 2\nAmount Due:  $41.20\n"
        )
        assert name in _people(text)

    def test_a_tills_items_are_no_addressee(self) -> None:
        text = "CORNER MART\nReceipt #12\nTrail Mix  $5.47\nAa Batteries 8  $9.48\nTotal  $14.95\n"
        assert _people(text) == set()

    def test_a_reference_lines_labels_are_no_addressee(self) -> None:
        text = (
            "Ingenieurbüro Kranz GmbH\nHerrn\nAnton Weil\nHauptstraße 40\n49152 Bad Essen\n"
            "Ihr Zeichen\tIhre Nachricht vom\tUnser Zeichen\nEK 12\t01.06.2026\tmi-881\n"
        )
        assert _people(text) == {"Anton Weil"}


class TestGreetingsAndFooters:
    def test_a_bills_informal_greeting_by_full_name(self) -> None:
        text = "Kestrel Mobile Ltd\nYour bill\nHello Aled Pritchard, here's your bill.\n"
        assert _people(text) == {"Aled Pritchard"}

    @pytest.mark.parametrize("greeting", ["Hi All,", "Hello Team!", "Hi there,"])
    def test_a_greeting_to_no_one_in_particular(self, greeting: str) -> None:
        assert _people(f"Acme Ltd\n{greeting}\nYour order has shipped.\n") == set()

    @pytest.mark.parametrize(
        ("footer", "names"),
        [
            (
                "Heizung Brenner GmbH · Geschäftsführer: Jörg Vollmer · Amtsgericht Hannover",
                {"Jörg Vollmer"},
            ),
            ("Morel SARL | Gérant : Paul Morel | RCS Lyon 512 345 678", {"Paul Morel"}),
            (
                "Registered office: 1 High St · Directors: Anna Holt, Ben Carver",
                {"Anna Holt", "Ben Carver"},
            ),
        ],
    )  # fmt: skip
    def test_officers_named_in_a_footers_cell(self, footer: str, names: set[str]) -> None:
        assert _people(f"Rechnung 12\nTotal 10,00 EUR\n{footer}\n") == names

    def test_a_practice_named_with_an_honorific_is_no_person(self) -> None:
        """ "Zahnarztpraxis Dr. Lindner GbR": the doctor's name is the firm's."""
        text = "Rechnung\nZahnarztpraxis Dr. Lindner GbR\nPodbielskistraße 140\n30177 Hannover\n"
        assert _people(text) == set()
        assert "Zahnarztpraxis Dr. Lindner GbR" in _organisations(text)

    def test_a_cooperative_named_in_german(self) -> None:
        text = (
            "Schreinerei Zbinden AG\nGenossenschaft Sonnmatt  Belp, 25. Mai 2026\nBahnhofplatz 5\n"
        )
        assert "Genossenschaft Sonnmatt" in _organisations(text)
        assert _people(text) == set()


class TestReceiptPads:
    @pytest.mark.parametrize(
        ("text", "signer"),
        [
            (
                "RECIBO  N° 076\nPor: 50,00 €\nHe recibido de D. Samuel Ortiz la cantidad de "
                "cincuenta euros.\nEn Valencia, a 18 de agosto de 2025\nFirmado:\nNina Lozano\n",
                "Nina Lozano",
            ),
            (
                "RECU\nJe soussigné Paul Girard,  reconnais avoir reçu de Anne Roy la somme de "
                "50,00 €\nFait à Lyon, le 21 juin 2026\nSignature :\nPaul Girard\n",
                "Paul Girard",
            ),
        ],
    )
    def test_the_signer_of_a_receipt_between_people_sells(self, text: str, signer: str) -> None:
        """A pad's title ("RECIBO", "RECU", with its number) names no shop, nor does the
        sentence that says the money was received; the one who signs received it."""
        assert signer in _people(text)
        assert _vendor(text) == signer

    def test_a_pads_title_with_its_number_is_no_merchant(self) -> None:
        text = "Quittung  Nr. 60\nGesamt EUR 120,00\nvon: Herrn Samuel Tanaka\n"
        assert _vendor(text) != "Quittung"
        assert "Quittung" not in _organisations(text)

    def test_a_shops_receipt_keeps_its_shop(self) -> None:
        text = "Corner Books  Receipt\n12 High St\nSignature:\nAnna Holt\nTotal  £5.00\n"
        assert _vendor(text) == "Corner Books"


class TestStreetsNamedWithATitle:
    def test_a_street_named_after_a_meester_is_no_person(self) -> None:
        """Dutch streets carry the title "Mr." (meester): "Mr. Treublaan 7"."""
        text = "Riide\nTotal  £34.64\nRiide B.V., Mr. Treublaan 7, 1097 DP Amsterdam\n"
        assert _people(text) == set()

    def test_a_person_with_an_honorific_still_counts(self) -> None:
        assert "Smith" in _people("Acme Ltd\nInvoice 12\nAttn Mr. Smith, please pay by 3 May.\n")
