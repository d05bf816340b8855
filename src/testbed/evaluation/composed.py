"""Packets composed from the development set's own single documents, to test the splitter on
every layout the set has rather than on the packets written beside its rules.

A composed packet is 2 to 4 single-document PDFs (typed or scanned) drawn at random, their
extractions laid end to end as one file's would be: texts joined by the blank line the
extractor puts between pages, pages renumbered, the labels' evidence pages moved with them.
Nothing is rendered or read again, so a few hundred packets cost only their analysis. The
packets are labelled exactly (each part's labels, on its pages), so they score like the
written packets: sections exact, and the key figures a wrong split loses.
"""

from __future__ import annotations

import random
from dataclasses import replace

from docpipe.layout import Layout, PageLayout
from testbed.evaluation.packets import whole_labels
from testbed.evaluation.run import Read
from testbed.evaluation.truth import Case, Labels, Section
from workflow.documents import Extraction

#: Parts per packet, fewest and most.
PARTS = (2, 4)
#: The blank line :func:`workflow.documents.types.build_extraction` puts between pages.
_PAGE_GAP = "\n\n"


def composable(reads: list[tuple[Case, Read]]) -> list[tuple[Case, Extraction]]:
    """The single documents a packet can be made of: PDFs (typed or scanned) read with a
    layout, so their pages can be laid end to end."""
    return [
        (case, got)
        for case, got in reads
        if case.fmt == "pdf"
        and not case.labels.sections
        and isinstance(got, Extraction)
        and got.layout is not None
        and got.layout.pages
    ]


def compose(
    reads: list[tuple[Case, Read]], *, count: int, seed: int = 1
) -> list[tuple[Case, Extraction]]:
    """``count`` packets of random single documents from ``reads`` (the same ``seed`` and
    ``reads`` give the same packets)."""
    singles = composable(reads)
    if len(singles) < PARTS[1]:
        return []
    rng = random.Random(seed)  # noqa: S311 - a sample, not a secret
    return [
        _packet(f"composed-{seed}-{index + 1:03d}", rng.sample(singles, rng.randint(*PARTS)))
        for index in range(count)
    ]


def _packet(case_id: str, parts: list[tuple[Case, Extraction]]) -> tuple[Case, Extraction]:
    texts: list[str] = []
    pages: list[PageLayout] = []
    sections: list[Section] = []
    offset = 0
    for case, got in parts:
        assert got.layout is not None  # composable() kept only these
        if texts:
            offset += len(_PAGE_GAP)
        first = len(pages) + 1
        for page in got.layout.pages:
            pages.append(
                replace(
                    page,
                    page=len(pages) + 1,
                    text_start=page.text_start + offset,
                    text_end=page.text_end + offset,
                )
            )
        texts.append(got.text)
        offset += len(got.text)
        sections.append(Section(pages=(first, len(pages)), labels=_moved(case.labels, first - 1)))
    text = _PAGE_GAP.join(texts)
    extraction = Extraction(
        text=text,
        method=parts[0][1].method,
        pages=len(pages),
        words=sum(got.words for _, got in parts),
        chars=len(text),
        truncated=False,
        layout=Layout(tuple(pages)),
    )
    labels = whole_labels([section.labels for section in sections], tuple(sections))
    names = "+".join(case.case_id for case, _ in parts)
    case = Case(
        case_id=f"{case_id}[{names}]",  # a miss names the documents it is made of
        kind="packet",
        fmt="pdf",
        layout="composed",
        blocks=(),
        labels=labels,
    )
    return case, extraction


def _moved(labels: Labels, pages_before: int) -> Labels:
    """``labels`` of a part that now starts after ``pages_before`` other pages."""
    evidence = tuple(
        (name, replace(found, page=found.page + pages_before)) for name, found in labels.evidence
    )
    return replace(labels, evidence=evidence)
