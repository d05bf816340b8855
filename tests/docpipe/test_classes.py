"""Document classes as configuration: the default file, a user's file, and its errors."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from docpipe import classes as classes_module
from docpipe.classes import (
    FALLBACK_CLASS,
    ClassesError,
    configured_classes,
    default_classes,
    load_classes,
    parse_classes,
)
from docpipe.settings import Settings
from support.claims import CLASSES_FILE
from workflow.analyzers.classify import DOCUMENT_TYPES

MINIMAL = """\
version: 1
classes:
  - name: lab_report
    description: a laboratory's test results
    signals: [specimen, {pattern: '\\breference range\\b', weight: 4}]
    fields:
      - {name: sampleId, type: id, labels: [Sample ID]}
"""


def write(tmp_path: Path, text: str, name: str = "classes.yaml") -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


class TestDefaultFile:
    def test_the_built_in_file_holds_to_the_schema(self) -> None:
        """Processes read the built-in file without the schema check (no jsonschema import on
        a Lambda's start), so the check is made here."""
        text = (Path(classes_module.__file__).parent / "classes.default.yaml").read_text()
        assert parse_classes(text, origin="built-in") == parse_classes(
            text, origin="built-in", against_schema=False
        )

    def test_the_built_in_kinds_in_their_order(self) -> None:
        """The default file is today's twelve kinds, ``other`` last, storing key figures."""
        catalogue = default_classes()
        assert catalogue.names == DOCUMENT_TYPES
        assert {cls.store for cls in catalogue.classes} == {"keyFigures"}

    def test_key_figures_are_typed(self) -> None:
        """Every key figure the analyzers write has a declared type."""
        catalogue = default_classes()
        types = {name: catalogue.key_figure(name) for name in (
            "documentNumber", "invoiceNumber", "vendor", "total", "subtotal", "tax",
            "issueDate", "dueDate", "effectiveDate", "endDate")}  # fmt: skip
        assert {name: spec.type for name, spec in types.items() if spec} == {
            "documentNumber": "id", "invoiceNumber": "id", "vendor": "party", "total": "money",
            "subtotal": "money", "tax": "money", "issueDate": "date", "dueDate": "date",
            "effectiveDate": "date", "endDate": "date",
        }  # fmt: skip
        assert catalogue.key_figure("issueDate").role == "issue"  # type: ignore[union-attr]
        assert catalogue.key_figure("banana") is None


class TestUserFile:
    def test_extends_the_built_in_kinds_first_in_precedence(self, tmp_path: Path) -> None:
        """A user's classes come before the built-in ones (ties go to them); ``other`` last."""
        catalogue = load_classes(write(tmp_path, MINIMAL))
        assert catalogue.names[0] == "lab_report"
        assert catalogue.names[1:] == DOCUMENT_TYPES
        lab = catalogue.get("lab_report")
        assert lab is not None
        assert lab.store == "fields"
        assert [s.weight for s in lab.signals] == [2.0, 4.0]
        assert lab.signals[0].pattern.search("SPECIMEN collected")
        assert not lab.signals[0].pattern.search("specimens")  # a phrase is whole words

    def test_a_class_of_the_same_name_replaces_the_built_in_one(self, tmp_path: Path) -> None:
        text = "classes:\n  - {name: invoice, description: our bills, fields: []}\n"
        catalogue = load_classes(write(tmp_path, text))
        assert catalogue.names.count("invoice") == 1
        assert catalogue.get("invoice").description == "our bills"  # type: ignore[union-attr]

    def test_replace_keeps_only_the_file_and_the_fallback(self, tmp_path: Path) -> None:
        catalogue = load_classes(write(tmp_path, "mode: replace\n" + MINIMAL))
        assert catalogue.names == ("lab_report", FALLBACK_CLASS)

    def test_json_is_read_too(self, tmp_path: Path) -> None:
        document = {"classes": [{"name": "memo_x", "description": "d", "fields": []}]}
        path = write(tmp_path, json.dumps(document, indent=2), "classes.json")
        assert load_classes(path).names[0] == "memo_x"

    def test_the_worked_example_loads(self) -> None:
        """docs/examples/insurance-claims.yaml, the README's example, is a valid file."""
        claim = load_classes(str(CLASSES_FILE)).get("insurance_claim")
        assert claim is not None
        assert [f.name for f in claim.fields if f.required] == ["claimNumber", "policyNumber"]
        items = claim.field("damagedItems")
        assert items is not None
        assert [c.name for c in items.columns] == ["item", "quantity", "cost"]

    def test_from_settings_and_from_s3(self, tmp_path: Path) -> None:
        """``DOCPIPE_CLASSES`` names the file; an ``s3://`` one is read with the S3 client."""
        settings = Settings.from_env({"DOCPIPE_CLASSES": write(tmp_path, MINIMAL)})
        assert configured_classes(settings).names[0] == "lab_report"
        assert configured_classes(Settings()) is default_classes()

        class S3:
            def __init__(self) -> None:
                self.asked: list[tuple[str, str]] = []

            def get_object(self, *, Bucket: str, Key: str) -> dict[str, Any]:  # noqa: N803
                self.asked.append((Bucket, Key))
                return {"Body": io.BytesIO(MINIMAL.encode())}

        s3 = S3()
        remote = Settings(classes="s3://config-bucket/docpipe/classes.yaml")
        assert configured_classes(remote, s3_client=s3).names[0] == "lab_report"
        assert s3.asked == [("config-bucket", "docpipe/classes.yaml")]


class TestErrorsNameTheLine:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "classes:\n  - name: claim\n    description: x\n    fields:\n"
                "      - name: claimNumber\n        type: mony\n",
                "classes.yaml:6: classes[0].fields[0].type: 'mony' is not one of",
            ),
            (
                "classes:\n  - name: claim\n    description: x\n    fields:\n"
                "      - {name: kind, type: enum}\n",
                "classes.yaml:5: classes[0].fields[0]: 'values' is a required property",
            ),
            (
                "classes:\n  - name: claim\n    description: x\n    fields:\n"
                "      - {name: when, type: text, role: due}\n",
                "classes.yaml:5: classes[0].fields[0]",
            ),
            (
                "classes:\n  - name: claim\n    description: x\n    signals:\n"
                "      - {pattern: 'claim (no', weight: 3}\n",
                "classes.yaml:5: classes[0].signals[0].pattern: bad pattern",
            ),
            (
                "classes:\n  - {name: claim, description: x}\n  - {name: claim, description: y}\n",
                "classes.yaml:3: classes[1].name: class 'claim' is declared twice",
            ),
            (
                "classes:\n  - name: Claim Form\n    description: x\n",
                "classes.yaml:2: classes[0].name: 'Claim Form' does not match",
            ),
            ("classes:\n  - name: a\n   description: b\n", "classes.yaml:3: not valid YAML"),
            ("- just a list\n", "classes.yaml:1: (top level): ['just a list'] is not of type"),
            ("version: 1\nclasses: []\nextra: 2\n", "classes.yaml:1: (top level): Additional"),
        ],
    )
    def test_refused_with_file_and_line(self, text: str, expected: str) -> None:
        with pytest.raises(ClassesError) as caught:
            parse_classes(text, origin="classes.yaml")
        assert str(caught.value).startswith(expected), caught.value

    def test_a_missing_file_names_itself(self, tmp_path: Path) -> None:
        with pytest.raises(ClassesError, match=r"DOCPIPE_CLASSES: cannot read .*nope\.yaml"):
            load_classes(str(tmp_path / "nope.yaml"))

    def test_a_bad_s3_url(self) -> None:
        with pytest.raises(ClassesError, match="is not s3://bucket/key"):
            load_classes("s3://only-a-bucket", read_s3=lambda b, k: b"")
