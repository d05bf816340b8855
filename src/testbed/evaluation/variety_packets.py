"""Variety packets of the development set: 2 to 5 documents in one PDF, bundled the ways that
make a packet hard to split (issue #18).

Documents that run onto a second page whose top has no title; cover letters in front; receipts
with no title and no number, told apart only by the shop's name at the top; statements that
number their pages "Page 1 of 2" and a bank's next statement restarting at "Page 1 of 1"; two
invoices of one vendor (the same letterhead, another number); a contract whose signatures stand
alone on its last page; pages typeset with a text layer beside pages scanned to pictures (read
by OCR) in one file. The generator knows where each document starts, so the sections are
labelled from it, with each key figure's page and box as drawn.
"""

from __future__ import annotations

import random
from dataclasses import replace

from testbed.evaluation.corpus import Case, Labels, Section
from testbed.evaluation.packets import whole_labels
from testbed.evaluation.truth import Evidence, prefixed
from testbed.evaluation.variety_documents import DOCUMENTS, FIRMS, invoice
from testbed.evaluation.variety_pages import Line, Page, draw_pages

#: Packet name -> its documents in page order: (kind, pages it fills, scanned?).
PACKETS: dict[str, tuple[tuple[str, int, bool], ...]] = {
    "claim-bundle": (("letter", 1, False), ("invoice", 2, False), ("receipt", 1, True)),
    "expense-receipts": (
        ("form", 1, False),
        ("receipt", 1, True),
        ("receipt", 1, False),
        ("receipt", 1, False),
    ),
    "statements-and-letter": (
        ("statement", 2, False),
        ("letter", 1, False),
        ("statement", 1, False),
    ),
    "contract-bundle": (
        ("contract", 2, False),
        ("invoice", 1, False),
        ("purchase_order", 1, False),
    ),
    "board-pack": (("minutes", 1, False), ("letter", 1, False), ("invoice", 2, False)),
    "five-documents": (
        ("letter", 1, False),
        ("invoice", 1, False),
        ("invoice", 2, False),
        ("receipt", 1, False),
        ("statement", 1, False),
    ),
    "scanned-claim": (("letter", 1, True), ("invoice", 2, True), ("receipt", 1, True)),
    "same-vendor-invoices": (("invoice", 1, False), ("invoice", 2, False)),
}
#: Packets whose documents are one vendor's invoices.
_ONE_VENDOR = frozenset({"same-vendor-invoices"})


def build_variety_packets(seed: str) -> list[Case]:
    """The variety packets, each drawn once: its bytes, its sections and their evidence."""
    cases = []
    for index, (name, documents) in enumerate(PACKETS.items()):
        pages: list[Page] = []
        parts: list[Labels] = []
        ranges: list[tuple[int, int]] = []
        # One vendor's invoices share its letterhead: only their numbers tell them apart.
        vendor = random.Random(f"{seed}-{name}").choice(FIRMS) if name in _ONE_VENDOR else None  # noqa: S311
        for position, (kind, count, scanned) in enumerate(documents):
            rng = random.Random(f"{seed}-variety-packet-{name}-{position}")  # noqa: S311
            if vendor is not None:
                writer, drawn = invoice(rng, count, vendor=vendor)
            else:
                writer, drawn = DOCUMENTS[kind](rng, count)
            ranges.append((len(pages) + 1, len(pages) + len(drawn)))
            pages += [marked(page, f"{position}.", scanned) for page in drawn]
            parts.append(writer.labels(kind))
        scanned_any = any(scanned for _, _, scanned in documents)
        case_id, layout = f"variety-packet-{index + 1:02d}", f"variety-{name}"
        cases.append(packet_case(case_id, layout, pages, parts, ranges, scanned=scanned_any))
    return cases


def packet_case(
    case_id: str,
    layout: str,
    pages: list[Page],
    parts: list[Labels],
    ranges: list[tuple[int, int]],
    *,
    scanned: bool,
) -> Case:
    """A packet drawn once as one PDF: ``pages`` (each document's marks prefixed by its
    position, :func:`marked`), one section per document of ``parts`` over its page range, each
    with the evidence its own marks landed at."""
    data, evidence = draw_pages(pages)
    sections = tuple(
        Section(pages=span, labels=replace(labels, evidence=_evidence(evidence, f"{at}.")))
        for at, (labels, span) in enumerate(zip(parts, ranges, strict=True))
    )
    return Case(
        case_id=case_id,
        kind="packet",
        fmt="pdf",
        layout=layout,
        blocks=(),
        labels=whole_labels(parts, sections),
        data=data,
        scanned=scanned,
    )


def marked(page: Page, prefix: str, scanned: bool) -> Page:
    """``page`` with its marks named for its document, as a scan or not."""
    lines = [
        Line(tuple((x, prefixed(text, prefix)) for x, text in line.cells), line.style)
        for line in page.lines
    ]
    return Page(lines, page.footer, scanned)


def _evidence(found: dict[str, Evidence], prefix: str) -> tuple[tuple[str, Evidence], ...]:
    return tuple(
        sorted(
            (key.removeprefix(prefix), ev) for key, ev in found.items() if key.startswith(prefix)
        )
    )
