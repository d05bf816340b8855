"""The development set's name-variety documents: people and organisations written the ways
real documents write them, each printed one labelled, the decoys never."""

from __future__ import annotations

import re

from testbed.evaluation.run import extract
from testbed.evaluation.score import norm_org, norm_person
from testbed.evaluation.variety_name_styles import Person
from testbed.evaluation.variety_names import build_variety_names

_SEED = "docpipe-eval"


class TestPerson:
    def test_the_label_is_given_name_first_with_its_generational_suffix(self) -> None:
        person = Person("Joaquín", "van der Meulen", generational="III")
        assert person.label == "Joaquín van der Meulen III"
        assert person.listed() == "van der Meulen, Joaquín III"
        assert person.initialled == "J. van der Meulen"

    def test_a_family_first_name_is_printed_as_it_is(self) -> None:
        person = Person("", "", native="Nguyen Thi Lan")
        assert person.label == person.listed() == "Nguyen Thi Lan"


class TestVarietyNames:
    def test_every_labelled_party_is_printed(self) -> None:
        """Organisations as printed (punctuation aside); people as printed or in register
        order ("Family, Given"), honorifics and initials' full stops aside."""
        for case in build_variety_names(_SEED):
            if case.fmt == "png":
                continue  # OCR's reading is what is measured there
            text = extract(case)
            squashed = norm_org(text)
            spaced = norm_person(re.sub(r"[^\w\s']", " ", text))
            for name in case.labels.organizations:
                assert norm_org(name) in squashed, (case.case_id, name)
            for name in case.labels.people:
                words = norm_person(re.sub(r"[^\w\s']", " ", name)).split()
                assert all(word in spaced.split() for word in words), (case.case_id, name)

    def test_the_ways_names_are_written(self) -> None:
        text = "\n".join(extract(case) for case in build_variety_names(_SEED))
        for printed in (
            r"Cc: \"[\w' -]+, \w+", r"\bp\.p\. \w+", r"\npp \w+", r"ppa\. \w+", r"i\.A\. \w+",
            r"Herrn\n", r"Prof\. Dr\. \w+", r", (?:PhD|MBA|CPA|FCA|MSc|M\.D\.)", r" (?:Jr|Sr)\.",
            r"Apologies were received from", r"In attendance: Cllr", r"by and between",
            r"Name\s+Role\s+Organisation", r"Prepared by:\s+\S", r"Martin Luther King Jr\.",
            r"\(1\) [A-Z0-9&' ]+ (?:LTD|INC|LIMITED|GMBH)", r"wrote:\n> ", r"\n--\n", r"FAO: ",
            r"Anwesend: ", r"Présents: ", r"Aanwezig: ", r"Asistentes: ", r" \((?:Ms|Mr|Dr)\)\n",
            r"z\. Hd\. ", r"t\.a\.v\. ", r"Alla c\.a\. ", r"vertreten durch", r"rappresentata da",
            r"Kontoinhaber:", r"Intestatario:", r"Nom\s+Fonction\s+Société", r"Mit freundlichen",
            r"Gesendet: ", r"Verzonden: ", r"Para: ",
        ):  # fmt: skip
            assert re.search(printed, text), printed

    def test_departments_products_and_streets_are_not_labelled(self) -> None:
        for case in build_variety_names(_SEED):
            labelled = {norm_org(name) for name in case.labels.organizations} | {
                norm_org(name) for name in case.labels.people
            }
            for decoy in ("Finance Department", "Accounts Payable", "Vega Sync", "San Jose",
                          "Martin Luther King Jr", "Victor Hugo"):  # fmt: skip
                assert norm_org(decoy) not in labelled, (case.case_id, decoy)
