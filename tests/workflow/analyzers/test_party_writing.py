"""Names as documents write them: titles and credentials around them, register order,
signatures for another, e-mail address lists, names joined in prose, and the town lines,
departments and table rows that are no party."""

from __future__ import annotations

import pytest

from workflow.analyzers.parties import find_parties
from workflow.analyzers.party_names import is_person, natural_order, strip_honorific


def people(text: str) -> set[str]:
    return {p["name"] for p in find_parties(text) if p["kind"] == "person"}


def organisations(text: str) -> set[str]:
    return {p["name"] for p in find_parties(text) if p["kind"] == "organization"}


class TestTitlesAroundNames:
    @pytest.mark.parametrize(
        ("written", "name"),
        [
            ("Prof. Dr. Rafael de la Fuente", "Rafael de la Fuente"),
            ("Herr Dr. Jens Vogt", "Jens Vogt"), ("Cllr Hamid Whitlock", "Hamid Whitlock"),
            ("Freya R. O'Neil Esq.", "Freya R. O'Neil"), ("Jane Doe, PhD", "Jane Doe"),
            ("Eleanor Whitlock MBA, CPA", "Eleanor Whitlock"),
            ("Thandiwe Kowalczyk, M.D.", "Thandiwe Kowalczyk"),
        ],
    )  # fmt: skip
    def test_honorifics_and_credentials_are_no_part_of_the_name(
        self, written: str, name: str
    ) -> None:
        assert strip_honorific(written) == name

    @pytest.mark.parametrize("name", ["Mikael Kowalczyk III", "Nkechi Vogt Jr.", "John Roe, Sr."])
    def test_a_generational_suffix_is_part_of_the_name(self, name: str) -> None:
        assert is_person(name)

    def test_a_chain_of_honorifics_leaves_no_title_behind(self) -> None:
        found = people("Herrn\nDr. Pham Quoc Bao\n\nSehr geehrter Herr Dr. Pham,\nvielen Dank.")
        assert "Dr" not in found


class TestRegisterOrder:
    @pytest.mark.parametrize(
        ("written", "name"),
        [
            ("Delacroix, Thandiwe K.", "Thandiwe K. Delacroix"),
            ("van der Meulen, Joaquín III", "Joaquín van der Meulen III"),
            ("O'Neil, Siobhan", "Siobhan O'Neil"),
        ],
    )  # fmt: skip
    def test_family_comma_given_is_turned_round(self, written: str, name: str) -> None:
        assert natural_order(written) == name

    @pytest.mark.parametrize(
        "written", ["Jonas Bello, Office Manager", "Acme, Inc.", "Bello, Finance"]
    )
    def test_a_name_and_its_title_or_a_firm_is_left_alone(self, written: str) -> None:
        assert natural_order(written) == written

    def test_a_semicolon_list_keeps_each_entry_whole(self) -> None:
        found = people("Prepared by: Fairbanks, Rosalind T.; van der Meulen, Thandiwe\n")
        assert found == {"Rosalind T. Fairbanks", "Thandiwe van der Meulen"}

    def test_apologies_in_register_order(self) -> None:
        found = people("Apologies: McKenna, Bogdan; Prof. Dr. Leilani T. Haugland\n")
        assert found == {"Bogdan McKenna", "Leilani T. Haugland"}


class TestMailboxes:
    def test_a_folded_cc_header_names_everyone_in_it(self) -> None:
        text = (
            'From: Ines Albrecht <ines@torvald.example>\nCc: "de la Fuente, Zofia" '
            "<zofia@kvarn.example>,\n Rafael Esposito <resposito@torvald.example>\n"
            "Subject: Plan\n"
        )
        assert {"Zofia de la Fuente", "Rafael Esposito"} <= people(text)


class TestSigningForAnother:
    @pytest.mark.parametrize(
        "line", ["pp Tobias O'Neil", "p.p. Tobias O'Neil", "per pro Tobias O'Neil"]
    )
    def test_the_name_after_per_pro_signs(self, line: str) -> None:
        text = f"Yours faithfully,\n\nMarta Lind\n{line}\nHead of Procurement\n"
        assert "Tobias O'Neil" in people(text)

    def test_german_ppa_and_ia_side_by_side(self) -> None:
        text = "Mit freundlichen Grüßen\n\nppa. Bogdan Fairbanks      i.A. Thandiwe K. Esposito\n"
        text += "Prokurist                   Vertrieb\n"
        assert {"Bogdan Fairbanks", "Thandiwe K. Esposito"} <= people(text)

    def test_a_signature_with_credentials_after_the_closing(self) -> None:
        text = "Kind regards,\n\nBogdan Vogt, MBA\nCompany Secretary\n"
        assert "Bogdan Vogt" in people(text)


class TestNamesInProse:
    def test_every_name_joined_to_a_cue(self) -> None:
        text = "Apologies were received from Anneliese Brandt and Beatriz T. Haugland.\n"
        assert people(text) >= {"Anneliese Brandt", "Beatriz T. Haugland"}

    def test_attention_introduces_a_person(self) -> None:
        text = "Notices shall be sent to Attention: Mikael Kowalczyk III, General Counsel.\n"
        assert "Mikael Kowalczyk III" in people(text)


class TestNoParty:
    def test_a_us_town_line_under_an_address_is_no_name(self) -> None:
        text = "Acme Robotics Inc.\n27 Harbor Way\nSan Jose, CA 95112\n\nDear Ms Lind,\n"
        assert "San Jose" not in people(text)

    def test_a_table_row_of_name_role_and_firm_is_no_signature_block(self) -> None:
        text = (
            "Name\tRole\tOrganisation\nDr. Karl Brandt\tProject Sponsor\tGreenway Dental\n"
            "Vogt, Siobhan\tMinutes\tVandermolen Bouw B.V.\n"
            "Mr Beatriz McKenna\tTreasurer\tGreenway Dental\n"
        )
        assert not {"Project Sponsor", "Greenway Dental"} & people(text)

    def test_a_department_in_a_cc_list_is_no_person(self) -> None:
        assert people("CC: Zofia Brandt; Facilities Management\n") == {"Zofia Brandt"}


class TestFirmNames:
    @pytest.mark.parametrize("name", ["4Sight Optics Inc.", "3K Plastics GmbH", "Q8 Maritime Ltd"])
    def test_a_firm_name_may_start_with_digits(self, name: str) -> None:
        assert organisations(f"We thank {name} for the order.") == {name}


class TestTablesOfPeople:
    def test_a_name_column_holds_people_and_an_organisation_column_firms(self) -> None:
        text = (
            "Attendees\n\nName  Role  Organisation\n\n"
            "Delacroix, Thandiwe K.  Chair  Greenway Dental\n\n"
            "Dr. Karl Brandt  Project Sponsor  Vandermolen Bouw B.V.\n\nNext Steps\n"
        )
        assert people(text) == {"Thandiwe K. Delacroix", "Karl Brandt"}
        assert organisations(text) == {"Greenway Dental", "Vandermolen Bouw B.V."}

    def test_a_forms_label_and_value_is_no_heading_row(self) -> None:
        text = "Company  Everline Telecom AG\n\nDate submitted  23 January 2026\n"
        assert organisations(text) == {"Everline Telecom AG"}


class TestLists:
    def test_a_wrapped_list_of_people_goes_on_in_the_next_line(self) -> None:
        text = (
            "In attendance: Cllr Leilani Esposito Sr. (Chair); Mrs Cormac van der Meulen; "
            "Rafael\n"
            "Whitlock, Treasurer\n\nApologies were received from Anneliese Brandt.\n"
        )
        assert "Rafael Whitlock" in people(text)

    def test_a_short_line_ends_its_list(self) -> None:
        assert people("Apologies: Grace Haddad\nDecisions\nThe budget was approved.\n") == {
            "Grace Haddad"
        }

    def test_contributors_are_listed_by_bullets_and_a_heading_ends_them(self) -> None:
        text = "Contributors\n\n- Rafael Delacroix Esq.\n- Nguyen Thi Lan, CPA\n\nScope Of Work\n"
        assert people(text) == {"Rafael Delacroix", "Nguyen Thi Lan"}

    def test_prepared_for_names_the_client(self) -> None:
        assert organisations("Prepared for: Marlowe Chambers\n") == {"Marlowe Chambers"}


class TestTitlesAndHeadings:
    def test_a_heading_with_a_joining_word_is_no_name(self) -> None:
        assert not is_person("Scope Of Work")

    def test_the_title_line_is_no_field(self) -> None:
        assert people("Vega Sync: Lessons Learned Review\n\nRevenue grew.\n") == set()

    def test_a_firm_before_the_minutes_title_is_the_sender(self) -> None:
        text = "Greenway Dental: Minutes of the meeting held on 21 June 2026\nIn attendance: A\n"
        assert "Greenway Dental" in organisations(text)

    def test_a_firm_met_in_prose_by_its_noun(self) -> None:
        text = "Following our call with Blackthorn Architects in March, the pilot starts.\n"
        assert organisations(text) == {"Blackthorn Architects"}


class TestMoreWaysOfListing:
    def test_a_role_after_a_dash_is_no_part_of_the_name(self) -> None:
        text = "Present\nHamid Brandt \u2013 Chair\nBogdan Papadakis - Treasurer\n\nBudget\n"
        assert people(text) == {"Hamid Brandt", "Bogdan Papadakis"}

    def test_guests_with_their_firm_in_brackets_wrapped_by_the_page(self) -> None:
        text = (
            "Guests: Tran Van Minh (Brandt & Kessler GmbH & Co. KG), Eleanor Esposito "
            "(Vandermolen\n"
            "Bouw B.V.)\n"
        )
        assert people(text) == {"Tran Van Minh", "Eleanor Esposito"}
        assert organisations(text) == {"Brandt & Kessler GmbH & Co. KG", "Vandermolen Bouw B.V."}

    def test_minutes_labels_in_other_languages(self) -> None:
        text = "Anwesend: Eleanor Fairbanks, Siobhan T. Kowalczyk\nEntschuldigt: Cormac Vogt\n"
        assert people(text) == {"Eleanor Fairbanks", "Siobhan T. Kowalczyk", "Cormac Vogt"}

    @pytest.mark.parametrize("line", ["FAO: Pham Quoc Bao", "For the attention of Pham Quoc Bao"])
    def test_for_the_attention_of(self, line: str) -> None:
        text = f"12 May 2026\n\nOrchard Lane Veterinary Practice\n{line}\n12 Mill Lane\n"
        assert "Pham Quoc Bao" in people(text)
        assert "Orchard Lane Veterinary Practice" in organisations(text)


class TestLettersAndMail:
    def test_an_honorific_in_brackets_after_the_signer(self) -> None:
        assert "Beatriz O'Neil" in people("Yours faithfully,\n\nBeatriz O'Neil (Ms)\nDirector\n")

    def test_the_name_after_a_signature_separator_signs(self) -> None:
        text = "Hi Jo, yes.\n\n--\nAnneliese K. Fairbanks | Managing Partner | Tessaro S.p.A.\n"
        assert "Anneliese K. Fairbanks" in people(text)
        assert organisations(text) == {"Tessaro S.p.A."}

    def test_the_writer_of_a_quoted_message(self) -> None:
        text = (
            "Thanks.\n\nOn Sep 2, 2026, Joaquín van der Meulen <jvdm@marlowe.example> wrote:\n"
            "> Does the quote still hold? The team at\n> Marlowe Chambers would like to order.\n"
        )
        assert "Joaquín van der Meulen" in people(text)

    def test_a_logo_in_capitals_is_its_firm(self) -> None:
        text = (
            "LINDQVIST\nPrecision since 1962\n\nDear Sir or Madam,\nThe plan is enclosed.\n\n"
            "Lindqvist Hagberg & Partners LLP · Registered office: 12 Mill Lane\n"
        )
        assert organisations(text) == {"Lindqvist Hagberg & Partners LLP"}


class TestDeeds:
    def test_numbered_parties_in_capitals_named_before_their_address(self) -> None:
        text = (
            "(1) NORDHAVN SHIPPING LIMITED incorporated in England with company number 01234567 "
            'whose registered office is at 14 rue Victor Hugo, Paris (the "Supplier"); and\n'
            '(2) JANE DOE of 8 Florence Nightingale Close (the "Consultant").\n'
        )
        assert people(text) == {"Jane Doe"}
        assert organisations(text) == {"NORDHAVN SHIPPING LIMITED"}


class TestPlacesAndFirms:
    @pytest.mark.parametrize("town", ["San Jose", "Los Alamos", "Den Haag", "Santa Monica"])
    def test_a_town_is_no_person(self, town: str) -> None:
        assert not is_person(town)

    def test_small_words_inside_a_firms_name(self) -> None:
        assert organisations("We wrote to Lyonnaise des Bureaux SAS today.") == {
            "Lyonnaise des Bureaux SAS"
        }

    def test_an_institution_named_after_another_firm(self) -> None:
        text = "between Bluestem Staffing Partners LLC and Prairie View Hospital today"
        assert organisations(text) == {"Bluestem Staffing Partners LLC", "Prairie View Hospital"}

    def test_a_layout_row_is_not_joined_to_the_line_above(self) -> None:
        text = (
            "Kranich Medizintechnik AG: 12 rue des Tanneurs 92339 Beilngries, Bavaria\n"
            "Blackthorn Signage Ltd  Invoice No.  202465173\n"
        )
        assert organisations(text) == {"Kranich Medizintechnik AG", "Blackthorn Signage Ltd"}
