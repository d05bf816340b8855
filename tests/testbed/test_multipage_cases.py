"""The development set's documents of several pages, alone and bundled: labelled from the
generator (sections, each figure's page and box), typeset and scanned pages, DOCX and HTML."""

from __future__ import annotations

import io
import itertools

import pytest
from pypdf import PdfReader

from testbed.evaluation.corpus import Case
from testbed.evaluation.multipage_cases import KIND_OF, PACKETS, SINGLES, build_multipage

_SEED = "docpipe-eval"


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return build_multipage(_SEED)


def _pages(case: Case) -> list[str]:
    assert case.data is not None
    return [page.extract_text() for page in PdfReader(io.BytesIO(case.data)).pages]


class TestMultipageCases:
    def test_one_case_per_single_and_packet(self, cases: list[Case]) -> None:
        assert len(cases) == len(SINGLES) + len(PACKETS)

    def test_singles_fill_their_pages_and_cite_the_last_page_total(self, cases: list[Case]) -> None:
        """A PDF single has the pages planned; an invoice's total is cited on its last page,
        its number on the first."""
        singles = [c for c in cases if c.kind != "packet"]
        for case, (template, count, _, fmt) in zip(singles, SINGLES, strict=True):
            kind = KIND_OF.get(template, template)
            assert (case.kind, case.fmt) == (kind, fmt)
            cited = dict(case.labels.evidence)
            if fmt != "pdf":
                assert all(ev.page == 1 and ev.bbox is None for ev in cited.values())
                continue
            assert len(_pages(case)) == count, case.case_id
            if kind == "invoice":  # the totals close the invoice, before any terms page
                last = count - (template != kind)
                assert cited["total"].page == last, case.case_id
                assert cited["documentNumber"].page == 1, case.case_id

    def test_packets_cover_every_page_in_order(self, cases: list[Case]) -> None:
        packets = [c for c in cases if c.kind == "packet"]
        for case in packets:
            spans = [section.pages for section in case.labels.sections]
            assert spans[0][0] == 1
            for (_, last), (first, _) in itertools.pairwise(spans):
                assert first == last + 1, case.case_id
            assert spans[-1][1] == len(_pages(case)), case.case_id
            for section in case.labels.sections:
                cited = dict(section.labels.evidence)
                for name in section.labels.key_figures():
                    assert section.pages[0] <= cited[name].page <= section.pages[1]

    def test_boundaries_a_reader_meets(self, cases: list[Case]) -> None:
        """Carried-forward sums, numbering in other languages, a cover letter that names the
        invoice it encloses."""
        text = "\n".join(page for case in cases if case.data for page in _pages(case))
        assert any(word in text for word in ("Carried forward", "c/f", "Transfer to next page"))
        assert any(word in text for word in ("Seite", "sur", "Pg.", "Sheet", "Página"))
        claim = next(c for c in cases if c.layout == "multipage-claim")
        invoice = claim.labels.sections[1]
        assert invoice.labels.number is not None
        assert invoice.labels.number in _pages(claim)[0]
