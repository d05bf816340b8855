"""A letter's number is the reference its sender gives it ("Our ref"), never the recipient's
reference nor the number of the matter it writes about."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of
from workflow.analyzers.letterrefs import letter_reference_at

_BODY = (
    "Ms Ann Lee\n5 Larkspur Close\nTaunton\n\nDear Ms Lee,\n\nRe: Invoice INV-4999\n\n"
    "We write about invoice INV-4999, which remains unpaid, and claim number 316815.\n\n"
    "Yours sincerely,\n\nBob Grant\n"
)


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Our ref: AL/MC/9210      Your ref: BCX 123", "AL/MC/9210"),
        ("Your ref: BCX 123      Our ref: AL/MC/9210", "AL/MC/9210"),
        ("Our reference: SA/057668/B", "SA/057668/B"),
        ("Your reference number: 55\nReference number: PP/2026/0042", "PP/2026/0042"),
        ("Ihr Zeichen: AB-12      Unser Zeichen: KL/2026/77", "KL/2026/77"),
        ("N/Réf. : AB/123      V/Réf. : dossier 4411", "AB/123"),
        ("Uw kenmerk: 12      Ons kenmerk: HV-26-0412", "HV-26-0412"),
    ],
)
def test_the_senders_reference(line: str, number: str) -> None:
    text = f"Pellow & Vance LLP\n14 Cathedral Yard, Exeter\n\n{line}\n3 March 2026\n\n{_BODY}"
    assert figures_of(text).get("documentNumber") == number


def test_under_its_label_in_a_row_of_labels() -> None:
    text = "Our ref      Your ref     Date\nAL/MC/9210   BCX 123      3 March 2026\n\n"
    found = letter_reference_at(text)
    assert found is not None
    assert found[0] == "AL/MC/9210"


@pytest.mark.parametrize(
    "line",
    ["Your ref: BCX 123", "Our ref: JD/kl", "Ihr Zeichen: AB-12", "V/Réf. : dossier 4411", ""],
)
def test_no_reference_of_its_own(line: str) -> None:
    """The recipient's reference, a typist's initials, or none: a letter without a number,
    whatever invoices and claims it writes about."""
    text = f"Pellow & Vance LLP\n14 Cathedral Yard, Exeter\n\n{line}\n3 March 2026\n\n{_BODY}"
    assert "documentNumber" not in figures_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our ref: 7\n\nDear Ms Lee,\n", None),
        ("Our ref: 7.\n\nDear Ms Lee,\n", None),
        ("Our ref: 7B\n\nDear Ms Lee,\n", ("7B", 9)),
        ("Our ref      Date\n7            3 March 2026\n", None),
        ("Our ref      Date\n7B           3 March 2026\n", ("7B", 18)),
    ],
)
def test_a_reference_has_two_characters_at_least(
    text: str, expected: tuple[str, int] | None
) -> None:
    """A reference is printed as a document's number is, but a lone digit is none."""
    assert letter_reference_at(text) == expected
