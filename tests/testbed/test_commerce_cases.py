"""The commerce documents of the development set: varied, labelled by their generators."""

from __future__ import annotations

import email
from collections import Counter

from testbed.evaluation.commerce_cases import aligned_text, build_commerce, wrapped_rows
from testbed.evaluation.commerce_style import STYLES, Printer
from testbed.evaluation.render import render
from testbed.evaluation.truth import unmark


class TestCommerceCases:
    def test_every_format_and_kind(self) -> None:
        """Invoices, orders, receipts and statements in every format docpipe reads."""
        cases = build_commerce("t")
        assert {case.fmt for case in cases} == {
            "pdf",
            "png",
            "jpg",
            "docx",
            "html",
            "md",
            "txt",
            "eml",
        }
        kinds = Counter(case.kind for case in cases)
        assert set(kinds) == {"invoice", "purchase_order", "receipt", "statement", "letter"}
        assert min(kinds.values()) >= 3

    def test_seeds_vary_the_layouts(self) -> None:
        """Another seed gives other header words, and the same seed the same cases."""
        assert build_commerce("a") == build_commerce("a")
        headers = {
            tuple(value[0])
            for seed in ("a", "b")
            for case in build_commerce(seed)
            for kind, value in case.blocks
            if kind == "table" and case.kind == "invoice"
        }
        assert len(headers) >= 10

    def test_labels_are_printed(self) -> None:
        """Each labelled number, and each line item's amount, is in the text files."""
        for case in build_commerce("t"):
            if case.fmt not in ("txt", "eml"):
                continue
            text = render(case).decode()
            assert case.labels.number is None or case.labels.number in text, case.case_id
            assert case.labels.line_items is not None
            for row in case.labels.line_items:
                assert row.description.split()[0] in text, (case.case_id, row)

    def test_email_has_headers_and_a_body(self) -> None:
        """An e-mail case parses as a message with a plain-text body holding the total."""
        case = next(c for c in build_commerce("t") if c.fmt == "eml")
        message = email.message_from_bytes(render(case))
        assert message["From"]
        assert message["Date"]
        assert message.get_content_type() == "text/plain"


class TestCommerceLayout:
    def test_numbers_flush_right_in_text(self) -> None:
        """Text tables right-align numeric columns and left-align descriptions."""
        text = aligned_text([("table", [["Item", "Amount"], ["Tea", "1.00"], ["Cake", "12.50"]])])
        lines = text.splitlines()
        assert lines[1].endswith(" 1.00")
        assert lines[2].endswith("12.50")
        assert lines[1].startswith("Tea ")

    def test_wrapped_description(self) -> None:
        """A two-line cell stays inline for DOCX/HTML and takes its own row elsewhere."""
        blocks = [("table", [["Item", "Amount"], ["Bolts\nbox of 100", "5.00"]])]
        assert wrapped_rows(blocks, inline=True) == blocks
        assert wrapped_rows(blocks, inline=False)[0][1] == [
            ["Item", "Amount"], ["Bolts", "5.00"], ["box of 100", ""],
        ]  # fmt: skip

    def test_money_styles(self) -> None:
        """Separators, marks and negative forms as each convention prints them."""
        import random  # noqa: PLC0415

        printed = set()
        for style in STYLES:
            for seed in range(6):
                p = Printer(random.Random(seed), style)
                printed.add(unmark(p.money(-1234.5)))
        assert {"-$1,234.50", "($1,234.50)", "1.234,50- €", "-CHF 1'234.50"} <= printed
