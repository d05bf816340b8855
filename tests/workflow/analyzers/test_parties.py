"""Parties read from the structure a document prints them in, not from a list of names."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers.merchants import with_merchant
from workflow.analyzers.parties import find_parties
from workflow.analyzers.party_names import is_person, listed_person
from workflow.analyzers.sellers import vendor_of


def found(text: str) -> dict[str, tuple[str, str]]:
    """name -> (role, kind) of every party found in ``text``."""
    return {p["name"]: (p["role"], p["kind"]) for p in find_parties(text)}


def kinds(parties: dict[str, tuple[str, str]], kind: str) -> set[str]:
    return {name for name, (_, k) in parties.items() if k == kind}


class TestLegalForms:
    @pytest.mark.parametrize(
        "name",
        [
            "Obermaier Logistik GmbH & Co. KG", "Selangor Medika Sdn Bhd",
            "Marlow Keystone Pte Ltd", "Duna Csomagolás Kft.", "Sakura Optics Co., Ltd.",
            "Fjord Savings Bank ASA", "Serra Azul Mineração Ltda.", "Vltava Sklo s.r.o.",
            "Baltic Amber SIA", "Harbor Capital LP", "Lindenhof Verlag e.K.",
        ],
    )  # fmt: skip
    def test_a_legal_form_of_any_country_makes_an_organisation(self, name: str) -> None:
        """Written in prose, the firm is found whole, by its legal form."""
        assert kinds(found(f"We thank {name} for the order."), "organization") == {name}

    def test_two_firms_joined_by_and_stay_two(self) -> None:
        orgs = kinds(found("Between Siemens AG and Acme Widgets GmbH today."), "organization")
        assert orgs == {"Siemens AG", "Acme Widgets GmbH"}

    def test_an_institution_is_named_by_its_last_word(self) -> None:
        """ "Cascade Credit Union" carries no legal form; "the Bank" alone names nobody."""
        parties = found("Statement from Cascade Credit Union.\nThe Bank may change its fees.")
        assert kinds(parties, "organization") == {"Cascade Credit Union"}


class TestPeople:
    @pytest.mark.parametrize(
        "name",
        [
            "R. J. Whitcombe", "A. Lindgren", "K.L. Achterberg", "Siobhan O'Brien",
            "Angus McDonald", "Maria de la Cruz", "Jan van der Berg", "Wendelin Østergaard",
        ],
    )  # fmt: skip
    def test_initials_prefixes_and_particles_make_a_person(self, name: str) -> None:
        assert is_person(name)

    def test_a_name_in_capitals_under_a_label(self) -> None:
        """Cards and slips print "CARDHOLDER: KWAME ASANTE"; a capital word is no person."""
        parties = found("Cardholder: KWAME ASANTE\nMerchant: TOTAL\n")
        assert kinds(parties, "person") == {"Kwame Asante"}

    def test_a_list_of_people_says_a_word_surname_is_a_name(self) -> None:
        """ "Park" is a street word; in "Present:" it is Jiwoo's surname. A team is not one."""
        assert not is_person("Jiwoo Park")
        assert listed_person("Jiwoo Park")
        assert not listed_person("Finance Team")

    def test_present_and_in_attendance_with_titles_and_asides(self) -> None:
        text = (
            "Present: Prof. A. Lindgren (Chair), Dr. Mensah Osei, Jiwoo Park (Treasurer)\n"
            "In attendance: Clara Benedetti (auditor)\n"
        )
        assert kinds(found(text), "person") == {
            "A. Lindgren", "Mensah Osei", "Jiwoo Park", "Clara Benedetti",
        }  # fmt: skip

    def test_an_email_header_names_people_beside_their_addresses(self) -> None:
        text = (
            "From: Ines Albrecht <ines.albrecht@torvald.example>\n"
            "To: Tobias Lindgren <t.lindgren@kvarn.example>\n"
            "Cc: Dr. Omar Farouk <o.farouk@kvarn.example>\n"
        )
        assert kinds(found(text), "person") == {"Ines Albrecht", "Tobias Lindgren", "Omar Farouk"}


class TestStructure:
    def test_labels_side_by_side_take_the_values_below_them(self) -> None:
        """ "Bill to:  Ship to:" on one line: the customer and the receiver on the next, each
        under its own label."""
        text = (
            "Bill to:  Ship to:\n"
            "Hollins & Pryce Ltd  Beatriz Zielinski\n"
            "14 Wharf Road, Cork  221 Harbor Blvd, Portland\n"
        )
        parties = found(text)
        assert parties["Hollins & Pryce Ltd"] == ("customer", "organization")
        assert parties["Beatriz Zielinski"] == ("customer", "person")

    def test_the_signer_under_on_behalf_of(self) -> None:
        text = (
            "Yours faithfully,\nOn behalf of Castelli & Figli S.r.l.\nG. Castelli\nExport Manager"
        )
        assert found(text)["G. Castelli"] == ("sender", "person")

    def test_a_signature_under_for_the_party_needs_no_title_word(self) -> None:
        """Under "For the Supplier  For the Customer" stand the signers, whatever their
        titles' language."""
        text = (
            "For the Supplier  For the Customer\n"
            "R. J. Whitcombe  Dr. Annegret Obermaier\n"
            "Direktor  Geschäftsführerin\n"
        )
        people: dict[str, Any] = found(text)
        assert people["R. J. Whitcombe"] == ("signatory", "person")
        assert people["Annegret Obermaier"] == ("signatory", "person")

    def test_the_letterhead_above_a_street_is_the_sender_not_an_addressee(self) -> None:
        """The name printed first, over the first address, is no person to whom the document
        is sent; a name over a later address is."""
        text = "Northgate Stationers\n14 Wharf Road, Cork\n\nMaria Lopez\n3 Elm Avenue, Leeds\n"
        assert kinds(found(text), "person") == {"Maria Lopez"}


class TestLetterheadsAndLists:
    def test_a_letterhead_before_the_title_is_the_sender(self) -> None:
        """ "Bluecrest Card Services - Statement": the issuer, though it has no legal form."""
        parties = found("Bluecrest Card Services - Statement\nCardholder: Desmond Yarrow\n")
        assert parties["Bluecrest Card Services"] == ("sender", "organization")

    def test_a_heading_or_job_title_on_top_is_no_letterhead(self) -> None:
        """Only a name over an address, contacts or the document's title is a letterhead."""
        assert found("Quarterly Business Review\nRevenue grew by a tenth.") == {}
        assert found("Project Manager\nCo-ordinates the work.") == {}

    def test_names_one_per_line_under_a_heading(self) -> None:
        """HTML paragraphs: a name per line, blank lines between, under "Attendees"."""
        text = "Attendees\n\nVictor Tanaka (chair)\n\nSofia Bello\n\nApologies  Samuel Chen\n"
        assert kinds(found(text), "person") == {"Victor Tanaka", "Sofia Bello", "Samuel Chen"}

    def test_a_legal_form_wrapped_onto_the_next_line(self) -> None:
        text = "Minutes of the board meeting of Granite Peak Construction\nInc.\nDate: 2025"
        assert kinds(found(text), "organization") == {"Granite Peak Construction Inc."}

    def test_a_firm_is_not_also_a_person(self) -> None:
        """ "with Cascadia Audio Inc." makes the e-mail's "Cascadia Audio" the firm; a
        department's mailbox names no party; a greeting above a table is no signature."""
        text = (
            "From: Accounts <accounts@billing.example>\n"
            "To: Bartholomew Ng <b@mail.example>\n\n"
            "Hi Bartholomew, thank you for your order with Cascadia Audio Inc. We'll write\n"
            "when it ships.\n\nQty  Description\n1  Ergonomic task chair\n"
        )
        parties = found(text)
        assert kinds(parties, "person") == {"Bartholomew Ng"}
        assert kinds(parties, "organization") == {"Cascadia Audio Inc."}

    def test_an_honorific_name_in_a_signature_row_signs(self) -> None:
        text = "For Acme Ltd  For Beta GmbH\nDr. Anna de Wit  Ms. Jo Park-Lee\n"
        parties = found(text)
        assert parties["Anna de Wit"] == ("signatory", "person")


class TestSellers:
    def test_a_title_naming_the_issuer_names_the_vendor(self) -> None:
        """ "INVOICE - Quillon Fasteners Ltd" under the customer's name at the top."""
        text = "Riverside Dental PC\n14 Rue Lafayette\nINVOICE - Quillon Fasteners Ltd\nTotal 5.00"
        assert vendor_of("invoice", find_parties(text), text) == "Quillon Fasteners Ltd"

    def test_a_purchase_order_is_sent_to_its_supplier(self) -> None:
        """The buyer's letterhead on top; "To:" names the seller."""
        text = "Brightmoor Schools Trust\nMill Lane 4\nPurchase Order\nTo:\nTarnwood Joinery Ltd\n"
        assert vendor_of("purchase_order", find_parties(text), text) == "Tarnwood Joinery Ltd"

    def test_a_label_beside_another_label_takes_the_value_below(self) -> None:
        """ "Vendor:  Purchase order no.: 4568": the vendor is printed on the next line."""
        text = (
            "Vendor:  Purchase order no.: 4568486741\n"
            "Brackwater Systems Inc  Order date: 14 July 2025\n"
        )
        assert found(text)["Brackwater Systems Inc"] == ("vendor", "organization")


class TestCorrespondence:
    def test_a_firms_desk_in_from_is_the_firm(self) -> None:
        """ "Cobaltline Networks Billing <billing@...>" and "Dear Beatriz," fold into the firm
        and the person named in full."""
        text = (
            "From: Cobaltline Networks Billing <billing@cobaltline.example>\n"
            "To: Beatriz Lopes <beatriz@client.example>\n\n"
            "Dear Beatriz, we have received your payment.\n\n"
            "Kind regards,\nAccounts team, Cobaltline Networks Inc\n"
        )
        parties = found(text)
        assert kinds(parties, "organization") == {"Cobaltline Networks Inc"}
        assert kinds(parties, "person") == {"Beatriz Lopes"}

    def test_a_forms_label_gives_the_role(self) -> None:
        """ "Donor  Dev Malhotra": two cells, the label is the person's role."""
        assert found("Donor  Dev Malhotra\n")["Dev Malhotra"] == ("donor", "person")

    def test_a_name_ends_at_its_word(self) -> None:
        """ "with Fahrwerk Mobility GmbH" names a firm, never a person "Fahrwerk Mobility Gmb"."""
        parties = found("Thanks for riding with Fahrwerk Mobility GmbH today.\n")
        assert kinds(parties, "person") == set()

    def test_an_email_header_is_no_shop(self) -> None:
        text = "Subject: Your invoice\n\nReceipt from Cloudberry Software Ltd\nTotal  €245.00\n"
        parties = with_merchant(find_parties(text), text)
        assert {p["name"] for p in parties if p["role"] == "merchant"} == {
            "Cloudberry Software Ltd"
        }

    def test_an_addressee_above_the_firm_above_the_street(self) -> None:
        """ "Marcus Webb / Parbold Veterinary Group / 12 Mill Lane", then "Dear Marcus,"."""
        text = (
            "Quillon Fasteners Ltd\nUnit 7, Causeway Park\n\n"
            "Marcus Webb\nParbold Veterinary Group\n12 Mill Lane\n\nDear Marcus,\n"
        )
        assert kinds(found(text), "person") == {"Marcus Webb"}
