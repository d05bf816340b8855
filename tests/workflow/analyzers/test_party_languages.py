"""Parties as German, French, Dutch, Spanish and Italian papers name them: institutions named
in their language, attention lines, greetings and closings, contracts' representatives,
attendee tables and statements' holders; and the layouts of labels over their values."""

from __future__ import annotations

import pytest

from workflow.analyzers.entities import find_dates
from workflow.analyzers.money import find_amounts
from workflow.analyzers.parties import find_parties
from workflow.analyzers.party_fields import mail_headers
from workflow.analyzers.party_names import is_organisation, is_person, strip_honorific


def people(text: str) -> set[str]:
    return {p["name"] for p in find_parties(text) if p["kind"] == "person"}


def organisations(text: str) -> set[str]:
    return {p["name"] for p in find_parties(text) if p["kind"] == "organization"}


class TestInstitutions:
    @pytest.mark.parametrize(
        "name",
        [
            "Mairie de Saint-Priest", "Gemeente Zwolle", "Caja Rural de Teruel",
            "Banca Popolare di Ravenna", "IJssel Spaarbank", "Turnverein Kirchheim",
            "Tennisvereniging De Linde", "Sparkasse Mittelfranken-Süd",
            "Caisse d'Épargne Bretagne", "Stichting Groen Erfgoed",
        ],
    )  # fmt: skip
    def test_an_institution_named_in_its_language(self, name: str) -> None:
        assert is_organisation(name)
        assert not is_person(name)
        assert organisations(f"Minutes of 3 May\n{name}\nPresent: Jan Smit\n") == {name}

    def test_a_surname_ending_like_a_bank_is_a_person(self) -> None:
        assert is_person("Thomas Eubank")

    @pytest.mark.parametrize(
        "footer",
        [
            "Rheinland Volksbank  IBAN DE74 3705 0198 9023 9502 36\n",
            "Kranich Medizintechnik AG  Rabobank Utrecht  VAT ID DE622285455\n"
            "12 rue des Tanneurs  IBAN DE21 3705 0198 8651 4839 28  HRB 64093\n",
        ],
    )
    def test_a_bank_in_the_payment_details_is_no_party(self, footer: str) -> None:
        assert organisations(f"Acme GmbH\n{footer}") <= {"Acme GmbH", "Kranich Medizintechnik AG"}

    @pytest.mark.parametrize(
        "place", ["Place Lazare-Goujon", "Polígono Campollano", "Via Roma", "Am Hafen"]
    )
    def test_a_street_is_no_person(self, place: str) -> None:
        assert not is_person(place)

    def test_a_letterhead_ending_as_firms_end(self) -> None:
        text = "Meridian Trust Card Services\n\nDesmond Okafor\n7 Lakeview Terrace\n"
        assert organisations(text) == {"Meridian Trust Card Services"}

    def test_a_title_compound_is_no_letterhead(self) -> None:
        text = "Wartungsvertrag\n\nVertragsnummer: WV-2027-662\n"
        assert organisations(text) == set()


class TestFirmNames:
    def test_an_elided_word_inside_a_firms_name(self) -> None:
        assert organisations("Client :\nHôtel du Lac d'Annecy SAS\n") == {
            "Hôtel du Lac d'Annecy SAS"
        }

    def test_a_us_state_before_its_zip_is_no_legal_form(self) -> None:
        assert organisations("Priscilla Amankwah\n88 Juniper Way, Reno, NV 89502\n") == set()


class TestLetters:
    @pytest.mark.parametrize(
        "line",
        [
            "z. Hd. Frau Dr. Henrike Voß", "À l'attention de M. Gaspard Moreau",
            "t.a.v. mevrouw Femke Visser", "A la atención de D.ª Paloma Quintana",
            "Alla c.a. Sig.ra Giulia Marchetti", "À l'att. de Gregor Falk  Date  03/01/2026",
        ],
    )  # fmt: skip
    def test_an_attention_line(self, line: str) -> None:
        names = people(f"Gemeente Zwolle\n{line}\nKerkstraat 21\n")
        assert len(names) == 1
        assert names <= {
            "Henrike Voß", "Gaspard Moreau", "Femke Visser", "Paloma Quintana",
            "Giulia Marchetti", "Gregor Falk",
        }  # fmt: skip

    @pytest.mark.parametrize(
        "closing",
        [
            "Mit freundlichen Grüßen",
            "Veuillez agréer nos salutations distinguées.",
            "Met vriendelijke groet,",
            "Atentamente,",
            "Cordiali saluti",
        ],
    )
    def test_the_signer_under_a_closing(self, closing: str) -> None:
        text = f"Geachte heer Bakker,\n\nDe offerte volgt.\n\n{closing}\n\nMalte Jürgensen\n"
        assert "Malte Jürgensen" in people(text)

    def test_the_greeted_name_is_the_addressees_in_full(self) -> None:
        text = "Fiona Lane\nParbold Veterinary Group\n12 Mill Lane\n\nDear Fiona,\nPlease pay.\n"
        assert people(text) == {"Fiona Lane"}

    @pytest.mark.parametrize("written", ["M. Gaspard Moreau", "D. Íñigo Salcedo"])
    def test_a_title_like_an_initial(self, written: str) -> None:
        assert strip_honorific(written) == written[3:]

    def test_an_initial_before_a_surname_stays(self) -> None:
        assert strip_honorific("M. Moreau") == "M. Moreau"

    def test_a_subject_names_no_one(self) -> None:
        assert people("Betreff: Angebot Wartung\n") == set()

    def test_a_letter_without_money_dates_the_way_its_language_does(self) -> None:
        text = (
            "Objet : devis\n\nMadame, vous trouverez ci-joint le devis pour la salle.\n09/05/2026\n"
        )
        assert find_dates(text)[0]["value"] == "2026-05-09"


class TestContracts:
    @pytest.mark.parametrize(
        "clause",
        [
            "Holzbau Reuter GmbH, Lindenstraße 14, vertreten durch den Geschäftsführer "
            "Malte Jürgensen,",
            "Transports Vidal SAS, dont le siège est situé 4 avenue Foch, représentée par "
            "M. Malte Jürgensen, gérant,",
            "Talleres Navarro S.A., con domicilio en Calle Mayor 18, representada por "
            "Malte Jürgensen, en calidad de administrador,",
        ],
    )
    def test_who_represents_a_firm(self, clause: str) -> None:
        assert people(clause + "\n") == {"Malte Jürgensen"}

    def test_a_role_in_the_languages_quotation_marks_is_no_firm(self) -> None:
        text = (
            "ci-après dénommée « le Prestataire »,\n\nClient  Prestataire\nAcme SAS  Vidal SARL\n"
        )
        assert organisations(text) == {"Acme SAS", "Vidal SARL"}


class TestTablesAndLabels:
    @pytest.mark.parametrize(
        "heads",
        ["Name  Funktion  Unternehmen", "Nom  Fonction  Société", "Naam  Functie  Organisatie",
         "Nombre  Cargo  Empresa", "Nome  Ruolo  Azienda"],
    )  # fmt: skip
    def test_an_attendee_table_headed_in_its_language(self, heads: str) -> None:
        text = (
            f"{heads}\nWiebke Sander  Vorsitz  Stadtwerke Lindau\nHenrike Voß  Kasse  Brenner AG\n"
        )
        assert people(text) == {"Wiebke Sander", "Henrike Voß"}

    @pytest.mark.parametrize(
        "label",
        ["Kontoinhaber", "Titulaire du compte", "Rekeninghouder", "Titular", "Intestatario"],
    )
    def test_a_statements_holder(self, label: str) -> None:
        assert people(f"Kontoauszug\n{label}:  Malte Jürgensen\n") == {"Malte Jürgensen"}

    def test_labels_side_by_side_without_colons(self) -> None:
        text = (
            "BILL TO  SHIP TO\nUlrike Stein  Vermeulen Drukkerij N.V.\n"
            "Vermeulen Drukkerij N.V.  Keizersgracht 412\n"
        )
        assert people(text) == {"Ulrike Stein"}

    def test_an_address_line_is_no_label(self) -> None:
        text = "Vendor  Ship To\nSummit Roofing LLC  Vidal SA\nIndustriestraße 27  Goods Inwards\n"
        assert people(text) == set()
        assert {p["name"] for p in find_parties(text) if p["role"] == "vendor"} == {
            "Summit Roofing LLC"
        }

    def test_a_date_under_a_columns_currency_is_no_amount(self) -> None:
        amounts = find_amounts("Datum  Buchungstext  Betrag EUR\n31.07.2026  SEPA  -132,20 €\n")
        assert [a["amount"] for a in amounts] == [-132.2]


class TestPrintedMail:
    @pytest.mark.parametrize(
        ("sender", "sent", "to", "subject"),
        [
            ("Von", "Gesendet", "An", "Betreff"), ("De", "Envoyé", "À", "Objet"),
            ("Van", "Verzonden", "Aan", "Onderwerp"), ("De", "Enviado el", "Para", "Asunto"),
            ("Da", "Inviato", "A", "Oggetto"),
        ],
    )  # fmt: skip
    def test_a_mail_programs_header_in_its_language(
        self, sender: str, sent: str, to: str, subject: str
    ) -> None:
        text = (
            f"{sender}: Wiebke Sander <w.sander@mail.example>\n{sent}: 08.09.2026 15:05\n"
            f"{to}: Oberländer, Lennart; Berger, Yannick\n{subject}: Wartung\n\nHallo Lennart,\n"
        )
        assert people(text) == {"Wiebke Sander", "Lennart Oberländer", "Yannick Berger"}

    def test_without_a_headers_other_lines_no_field_is_a_header(self) -> None:
        assert mail_headers("Protokoll\nA: Jeroen Bakker\nDie Sitzung beginnt.\n") == []

    @pytest.mark.parametrize("closing", ["Viele Grüße", "Bien à vous,", "Groeten,", "Saluti,"])
    def test_the_signer_under_an_informal_closing(self, closing: str) -> None:
        assert "Wiebke Sander" in people(f"Hallo Jan,\n\nDanke.\n\n{closing}\nWiebke Sander\n")
