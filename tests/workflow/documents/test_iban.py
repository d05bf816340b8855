"""IBANs OCR misread are repaired by their own check digits, and nothing else is touched."""

from __future__ import annotations

from workflow.documents.iban import iban_fixed, valid

# A valid German IBAN (check digits computed by ISO 13616), in its printed groups.
PRINTED = ["DE89", "3704", "0044", "0532", "0130", "00"]


def test_the_example_is_valid() -> None:
    assert valid("".join(PRINTED))
    assert not valid("DE88370400440532013000")


def test_a_letter_read_for_a_digit_is_put_back() -> None:
    misread = ["IBAN", "DEB9", "3704", "OO44", "0532", "0130", "00"]
    assert iban_fixed(misread) == ["IBAN", *PRINTED]


def test_an_iban_that_checks_is_left_as_read() -> None:
    assert iban_fixed(["IBAN", *PRINTED]) == ["IBAN", *PRINTED]


def test_a_wrong_digit_cannot_be_guessed_and_stays() -> None:
    wrong = ["IBAN", "DE89", "3704", "0044", "0532", "0130", "01"]
    assert iban_fixed(wrong) == wrong


def test_groups_without_the_label_are_not_touched() -> None:
    """One random string in 97 checks: only a number labelled IBAN is repaired."""
    tokens = ["Ref", "DE8B", "3704", "OO44", "0532", "0130", "00"]
    assert iban_fixed(tokens) == tokens


def test_a_letter_where_the_check_digits_stand_is_a_digit() -> None:
    """Even when the IBAN does not check (a specimen, or another digit misread)."""
    misread = ["IBAN", "DES1", "6133", "7068", "9625", "5086", "92"]
    assert iban_fixed(misread)[1] == "DE51"


def test_an_ocr_page_keeps_its_tokens_its_words() -> None:
    from PIL import Image  # noqa: PLC0415

    from docpipe.layout import Word  # noqa: PLC0415
    from workflow.documents.ocr import EngineRead, read_with  # noqa: PLC0415

    class Engine:
        def read(self, image: Image.Image) -> EngineRead:
            texts = ["Pay", "to", "IBAN", "DES1", "6133", "7068", "9625", "5086", "92"]
            words = tuple(
                Word(text, (0.05 + 0.1 * i, 0.1, 0.13 + 0.1 * i, 0.12), 0.9)
                for i, text in enumerate(texts)
            )
            return EngineRead(words=words, width=1000, height=1000)

    read = read_with(Engine(), Image.new("L", (10, 10), 255))
    assert "IBAN DE51 6133" in read.text
    assert read.text.split() == [word.text for word in read.words]
