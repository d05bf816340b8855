"""Packets composed of single documents' extractions, and the evaluation's extraction cache."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from docpipe.layout import Layout, PageLayout, Word
from docpipe_cli.samples import SAMPLES_DIR
from testbed.evaluation import readcache
from testbed.evaluation.composed import composable, compose
from testbed.evaluation.run import Read
from testbed.evaluation.truth import Case, Evidence, Labels, Section
from workflow.documents import Extraction

SAMPLE_PDF = SAMPLES_DIR / "invoice.pdf"


def _document(case_id: str, pages: list[str], fmt: str = "pdf") -> tuple[Case, Extraction]:
    """A labelled document of ``pages`` whose number is printed on its last page."""
    text = "\n\n".join(pages)
    spans, start = [], 0
    for index, page in enumerate(pages, 1):
        word = Word(page.split()[0], (0.1, 0.1, 0.3, 0.2))
        spans.append(PageLayout(index, 600.0, 800.0, start, start + len(page), (word,)))
        start += len(page) + 2
    labels = Labels(
        "invoice", f"{case_id}-NO", (), (), None, None, (), (),
        evidence=(("documentNumber", Evidence(len(pages), (0.1, 0.1, 0.3, 0.2))),),
    )  # fmt: skip
    case = Case(case_id, "invoice", fmt, "plain", (), labels)
    got = Extraction(text, "pdf-text", len(pages), len(text.split()), len(text), False)
    return case, replace(got, layout=Layout(tuple(spans)))


def _reads() -> list[tuple[Case, Read]]:
    return [
        _document("a", ["Alpha one", "Alpha two"]),
        _document("b", ["Bravo"]),
        _document("c", ["Charlie one", "Charlie two", "Charlie three"]),
        _document("d", ["Delta"]),
        _document("e", ["Echo"]),
    ]


class TestCompose:
    def test_pages_are_laid_end_to_end_and_renumbered(self) -> None:
        for case, got in compose(_reads(), count=20, seed=3):
            assert got.layout is not None
            pages = got.layout.pages
            assert [page.page for page in pages] == list(range(1, len(pages) + 1))
            # every page's span still holds that page's words, in the joined text
            for page in pages:
                assert got.text[page.text_start : page.text_end].startswith(page.words[0].text)
            sections = case.labels.sections
            assert 2 <= len(sections) <= 4
            assert sections[0].pages[0] == 1
            assert sections[-1].pages[1] == len(pages)
            for before, after in itertools.pairwise(sections):
                assert after.pages[0] == before.pages[1] + 1

    def test_labels_move_with_their_pages(self) -> None:
        for case, got in compose(_reads(), count=20, seed=5):
            assert got.layout is not None
            for section in case.labels.sections:
                first, last = section.pages
                assert dict(section.labels.evidence)["documentNumber"].page == last
                # the section's pages are its document's: "Alpha ..." pages for "a-NO"
                for page in got.layout.pages[first - 1 : last]:
                    word = got.text[page.text_start : page.text_end].split()[0]
                    assert word[0].lower() == str(section.labels.number)[0]

    def test_same_seed_same_packets(self) -> None:
        def ids(seed: int) -> list[str]:
            return [case.case_id for case, _ in compose(_reads(), count=10, seed=seed)]

        assert ids(1) == ids(1)
        assert ids(1) != ids(2)

    def test_only_single_pdfs_with_a_layout_are_used(self) -> None:
        packet_case, packet_read = _document("p", ["Papa"])
        packet_case = replace(
            packet_case,
            labels=replace(packet_case.labels, sections=(Section((1, 1), packet_case.labels),)),
        )
        html_case, html_read = _document("h", ["Hotel"], fmt="html")
        bare_case, bare_read = _document("t", ["Tango"])
        reads: list[tuple[Case, Read]] = [
            (packet_case, packet_read),
            (html_case, html_read),
            (bare_case, replace(bare_read, layout=None)),
            (bare_case, "text only"),
            *_reads(),
        ]
        assert {case.case_id for case, _ in composable(reads)} == {"a", "b", "c", "d", "e"}
        assert compose(reads[:4], count=5) == []  # too few to compose from


class TestReadCache:
    def test_a_second_read_comes_from_the_cache_and_equals_the_first(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        data = SAMPLE_PDF.read_bytes()
        first = readcache.extract(data, "document.pdf", tmp_path)
        assert first.layout is not None
        assert first.layout.has_geometry
        assert len(list(tmp_path.rglob("*.json"))) == 1

        def no_extraction(*_: Any) -> Extraction:
            raise AssertionError("extracted again")

        monkeypatch.setattr(readcache, "_extract", no_extraction)
        assert readcache.extract(data, "document.pdf", tmp_path) == first

    def test_another_file_or_name_is_another_entry(self, tmp_path: Path) -> None:
        readcache.extract(b"Invoice INV-1\nTotal 10.00 EUR\n", "document.txt", tmp_path)
        readcache.extract(b"Invoice INV-2\nTotal 10.00 EUR\n", "document.txt", tmp_path)
        readcache.extract(b"Invoice INV-2\nTotal 10.00 EUR\n", "document.md", tmp_path)
        assert len(list(tmp_path.rglob("*.json"))) == 3

    def test_without_a_folder_nothing_is_kept(self, tmp_path: Path) -> None:
        got = readcache.extract(b"Invoice INV-1\n", "document.txt", None)
        assert got.text.startswith("Invoice INV-1")
        assert not list(tmp_path.iterdir())
