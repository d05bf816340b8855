"""The development set's item tables and packets as the world prints them: in the development
set, deterministic, every label printed in the document it labels, and packets whose
sections cover their pages in order."""

from __future__ import annotations

import inspect
import itertools
import re

import pytest

from testbed.evaluation import corpus
from testbed.evaluation.corpus import Case, Labels
from testbed.evaluation.truth import printed_values, unmark
from testbed.evaluation.variety_ledger import PLAN, build_variety_ledger
from testbed.evaluation.variety_ledger_build import ledger_cases
from testbed.evaluation.variety_ledger_style import number

_SEED = "docpipe-eval"
_LOCALES = ("us", "de", "fr", "ch")


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return build_variety_ledger(_SEED)


def _text(case: Case) -> str:
    """The document's printed strings, spaces collapsed."""
    return " ".join(" ".join(unmark(s) for s in case.blocks[0][1]).split())


def _written(amount: float) -> set[str]:
    """``amount`` as the ledger documents write it, in each separator style, bare or with
    two places."""
    return {number(abs(amount), locale) for locale in _LOCALES} | {f"{abs(amount):.2f}"}


def _documents(cases: list[Case]) -> list[tuple[str, Case, Labels]]:
    """Every labelled document: each case, or each section of a packet."""
    out: list[tuple[str, Case, Labels]] = []
    for case in cases:
        parts = [s.labels for s in case.labels.sections] or [case.labels]
        out += [(case.case_id, case, labels) for labels in parts]
    return out


class TestVarietyLedger:
    def test_listed_in_the_development_set(self) -> None:
        """The development set's builder calls this generator."""
        assert "build_variety_ledger(seed)" in inspect.getsource(corpus.build_corpus)

    def test_deterministic(self) -> None:
        """The same files and labels on every build (the formats without a scan)."""
        plan = [(k, m, tuple(f for f in fmts if f in ("pdf", "txt", "docx")))
                for k, m, fmts in PLAN]  # fmt: skip
        assert ledger_cases(_SEED, "ledger", plan) == ledger_cases(_SEED, "ledger", plan)

    def test_sizes_kinds_and_formats(self, cases: list[Case]) -> None:
        """Fifty-odd documents and a dozen packets, in every format documents arrive in."""
        packets = [c for c in cases if c.kind == "packet"]
        assert len(cases) - len(packets) >= 50
        assert len(packets) >= 10
        assert {"invoice", "receipt", "purchase_order"} <= {c.kind for c in cases}
        formats = {f"{c.fmt}{'-scan' if c.scanned else ''}" for c in cases}
        assert {"pdf", "pdf-scan", "png", "jpg", "docx", "html", "md", "txt", "eml"} <= formats
        assert len({c.case_id for c in cases}) == len(cases)

    def test_every_key_figure_is_marked_and_printed(self, cases: list[Case]) -> None:
        """Each labelled key figure has evidence, and its marked text is in the document."""
        for case_id, case, labels in _documents(cases):
            cited = dict(labels.evidence)
            printed = printed_values(list(case.blocks))
            text = _text(case)
            for name in labels.key_figures():
                assert name in cited, (case_id, name)
                shown = [v for k, v in printed.items() if k.rsplit(".", 1)[-1] == name]
                assert any(" ".join(v.split()) in text for v in shown), (case_id, name)

    def test_every_label_is_printed(self, cases: list[Case]) -> None:
        """Parties, line items and the total are in the document's text."""
        for case_id, case, labels in _documents(cases):
            text = _text(case)
            folded = text.casefold()
            for name in (*labels.organizations, *labels.people):
                assert name.rstrip(".").casefold() in folded, (case_id, name)
            for row in labels.line_items or ():
                assert row.description in text, (case_id, row)
                assert any(form in text for form in _written(row.amount)), (case_id, row)
            total = labels.total
            if total:
                assert any(form in text for form in _written(total[0])), (case_id, total)

    def test_rows_add_up(self, cases: list[Case]) -> None:
        """A row's quantity times its unit price is its amount, less a printed discount."""
        for case_id, _, labels in _documents(cases):
            for row in labels.line_items or ():
                if row.quantity is not None and row.unit_price is not None:
                    gross = row.quantity * row.unit_price
                    assert abs(row.amount) <= abs(gross) + 0.01, (case_id, row)

    def test_packets_cover_their_pages(self, cases: list[Case]) -> None:
        """A packet's sections follow one another from page 1 with no gap, each with its
        key figures' evidence on its own pages."""
        for case in (c for c in cases if c.kind == "packet"):
            sections = case.labels.sections
            assert sections[0].pages[0] == 1
            for before, after in itertools.pairwise(sections):
                assert after.pages[0] == before.pages[1] + 1, case.case_id
            for section in sections:
                first, last = section.pages
                for name, where in section.labels.evidence:
                    assert first <= where.page <= last, (case.case_id, name)

    def test_carried_sums_are_no_rows(self, cases: list[Case]) -> None:
        """Sums carried over a page break, group sums and opening balances are no rows."""
        words = re.compile(r"^(Transport|Übertrag|Summe |Solde reporté|Balance brought)")
        for case_id, _, labels in _documents(cases):
            for row in labels.line_items or ():
                assert not words.match(row.description), (case_id, row)
