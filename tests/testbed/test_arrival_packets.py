"""The development set's packets as they arrive: sections cover every page in order, each
with its own figures where they were drawn; fax covers are letters with their own date."""

from __future__ import annotations

from itertools import pairwise

from testbed.evaluation.arrival_packets import PACKETS, build_arrival_packets

_SEED = "docpipe-eval"


class TestArrivalPackets:
    def test_deterministic_one_case_per_packet(self) -> None:
        cases = build_arrival_packets(_SEED)
        assert len(cases) == len(PACKETS)
        assert [c.data for c in cases] == [c.data for c in build_arrival_packets(_SEED)]
        assert len({c.case_id for c in cases}) == len(cases)

    def test_sections_cover_every_page_in_order(self) -> None:
        """Blank pages belong to a document (the one before, or the first), so the sections
        run from page 1 to the last without a gap; each cites its figures on its own pages."""
        for case in build_arrival_packets(_SEED):
            ranges = [s.pages for s in case.labels.sections]
            assert ranges[0][0] == 1, case.case_id
            assert all(a[1] + 1 == b[0] for a, b in pairwise(ranges))
            for section in case.labels.sections:
                first, last = section.pages
                assert all(first <= e.page <= last for _, e in section.labels.evidence)
                assert {name for name, _ in section.labels.evidence} <= set(
                    section.labels.key_figures()
                ) | {"vendor"}

    def test_a_fax_cover_is_a_letter_dated_apart_from_the_invoice(self) -> None:
        for case in build_arrival_packets(_SEED):
            if not case.layout.startswith("arrival-fax-"):
                continue
            cover, invoice = case.labels.sections
            assert cover.labels.document_type == "letter"
            assert invoice.labels.document_type == "invoice"
            dates = cover.labels.key_figures()["issueDate"], invoice.labels.key_figures()
            assert dates[0] != dates[1]["issueDate"]
