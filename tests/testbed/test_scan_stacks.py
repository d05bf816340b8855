"""The development set's scanned documents of several pages and their text-PDF twins."""

from __future__ import annotations

import io

from pypdf import PdfReader

from testbed.evaluation.scan_stacks import PLAN, build_scan_stacks

_SEED = "docpipe-eval"


class TestScanStacks:
    def test_a_scan_and_its_twin_for_each_stack(self) -> None:
        cases = build_scan_stacks(_SEED)
        assert len(cases) == 2 * len(PLAN)

    def test_a_stack_is_one_pdf_of_pictures_beside_its_text_twin(self) -> None:
        """Same pages, same figures on the same pages; the scan's pages hold no text."""
        cases = build_scan_stacks(_SEED)
        for twin, scan in zip(cases[::2], cases[1::2], strict=True):
            assert twin.data is not None
            assert scan.data is not None
            pages = PdfReader(io.BytesIO(twin.data)).pages
            assert scan.labels.line_items == twin.labels.line_items
            found, drawn = dict(twin.labels.evidence), dict(scan.labels.evidence)
            assert {k: v.page for k, v in found.items()} == {k: v.page for k, v in drawn.items()}
            if scan.fmt == "pdf":
                assert scan.scanned
                scanned = PdfReader(io.BytesIO(scan.data)).pages
                assert len(scanned) == len(pages)
                assert not any(page.extract_text().strip() for page in scanned)

    def test_figures_stand_on_later_pages(self) -> None:
        """The totals of a document of two pages are on page 2."""
        pages = {
            case.layout: {name: e.page for name, e in case.labels.evidence}
            for case in build_scan_stacks(_SEED)
        }
        assert pages["invoice-over-pages"]["total"] == 2
        assert pages["statement-over-pages"]["total"] == 2

    def test_a_fax_is_its_cover_and_the_invoice_behind_it(self) -> None:
        """The cover sheet is a letter of its own, dated the day the fax went; every figure of
        the invoice stands on page 2."""
        fax = next(c for c in build_scan_stacks(_SEED) if c.layout == "fax-with-cover")
        cover, invoice = fax.labels.sections
        assert (cover.labels.document_type, cover.pages) == ("letter", (1, 1))
        assert {name: e.page for name, e in cover.labels.evidence} == {"issueDate": 1}
        assert (invoice.labels.document_type, invoice.pages) == ("invoice", (2, 2))
        assert {e.page for _, e in invoice.labels.evidence} == {2}
        assert cover.labels.key_figures()["issueDate"] != invoice.labels.key_figures()["issueDate"]
