"""The development set's documents as they arrive (e-mails, web pages, Markdown exports,
fixed-width text, screenshots and photographs): every figure the labels name is in the file
itself, and every label is printed (their determinism, place in the development set and key
figures: test_generator_families.py)."""

from __future__ import annotations

import email
import html
import re
from email.message import Message
from email.policy import default

from support.printed_text import assert_labels_printed
from testbed.evaluation.render import render
from testbed.evaluation.truth import printed_values
from testbed.evaluation.variety_formats import build_variety_formats

_SEED = "docpipe-eval"


def _written(amount: float) -> set[str]:
    """``amount`` as the family writes it: "1,234.56", "1.234,56", "1'234.56", "1 234,56"."""
    plain = f"{abs(amount):,.2f}"
    return {
        plain,
        plain.replace(",", ""),
        plain.replace(",", "#").replace(".", ",").replace("#", "."),
        plain.replace(",", "'"),
        plain.replace(",", "\u202f").replace(".", ","),
    }


def _words(data: bytes, fmt: str) -> str:
    """The file's text as a reader sees it: an e-mail's headers and decoded parts, a web
    page without its markup."""
    if fmt == "eml":
        message: Message = email.message_from_bytes(data, policy=default)
        parts = [str(message["Subject"]), str(message["From"])]
        parts += [
            part.get_content()  # type: ignore[attr-defined]
            for part in message.walk()
            if part.get_content_maintype() == "text"
        ]
        text = "\n".join(parts)
    else:
        text = data.decode()
    if fmt in ("eml", "html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(text.split())


class TestVarietyFormats:
    def test_every_marked_figure_is_in_the_file(self) -> None:
        """What the labels cite is in the bytes themselves (decoded), not only in the blocks."""
        for case in build_variety_formats(_SEED):
            if case.fmt in ("png", "jpg"):
                continue
            text = _words(render(case), case.fmt)
            for name, value in printed_values(list(case.blocks)).items():
                assert " ".join(value.split()) in text, (case.case_id, name, value)

    def test_every_label_is_printed(self) -> None:
        """Parties, line items, amounts and the total stand in the document's text."""
        for case in build_variety_formats(_SEED):
            assert_labels_printed(case, _written)

    def test_kinds_and_formats(self) -> None:
        """Receipts, invoices, purchase orders and statements, in every format they arrive in."""
        cases = build_variety_formats(_SEED)
        assert len(cases) >= 55
        assert {"invoice", "receipt", "purchase_order", "statement"} <= {c.kind for c in cases}
        assert {"eml", "html", "md", "txt", "png", "jpg"} <= {c.fmt for c in cases}
        assert all(case.data for case in cases)
