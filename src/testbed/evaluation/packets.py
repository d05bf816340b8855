"""Packets of the development set: several documents bundled in one PDF, each starting on a
new page (an insurance claim's cover letter, invoice and receipt; an order and its invoice),
labelled with the sections a reader would split them into.

The file's top-level labels describe the whole file: its type is the first document's (the
cover the reader meets first), its parties, amounts and dates are every section's; the number,
vendor, total and line items belong to the sections.
"""

from __future__ import annotations

import random
from dataclasses import replace

from testbed.evaluation.corpus import Block, Case, Labels, Section
from testbed.evaluation.truth import Evidence, prefixed

#: Packet name -> the kinds it bundles, in page order.
PACKETS: dict[str, tuple[str, ...]] = {
    "insurance-claim": ("letter", "invoice", "receipt"),
    "order-and-invoice": ("purchase_order", "invoice"),
    "statement-with-letter": ("letter", "statement"),
    "contract-and-invoice": ("contract", "invoice", "invoice"),
    "expense-claim": ("form", "receipt", "receipt"),
    "two-invoices": ("invoice", "invoice"),
}


def build_packets(seed: str) -> list[Case]:
    from testbed.evaluation.kinds import TEMPLATES  # noqa: PLC0415 - kinds imports corpus
    from testbed.evaluation.render import draw  # noqa: PLC0415

    cases = []
    for index, (name, kinds) in enumerate(PACKETS.items()):
        blocks: list[Block] = []
        parts: list[Labels] = []
        for position, kind in enumerate(kinds):
            rng = random.Random(f"{seed}-packet-{name}-{position}")  # noqa: S311
            part, writer = TEMPLATES[kind][0][1](rng, "pdf")
            if position:
                blocks.append(("break", None))
            blocks.extend((k, prefixed(v, f"{position}.")) for k, v in part)
            parts.append(writer.labels(kind))
        rendered = draw("pdf", tuple(blocks))
        ends = [start - 1 for start in rendered.starts[1:]] + [rendered.pages]
        sections = tuple(
            Section(
                pages=(first, last),
                labels=replace(labels, evidence=_evidence(rendered.evidence, f"{position}.")),
            )
            for position, (labels, first, last) in enumerate(
                zip(parts, rendered.starts, ends, strict=True)
            )
        )
        cases.append(
            Case(
                case_id=f"packet-{index + 1:02d}",
                kind="packet",
                fmt="pdf",
                layout=name,
                blocks=tuple(blocks),
                labels=whole_labels(parts, sections),
            )
        )
    return cases


def _evidence(found: dict[str, Evidence], prefix: str) -> tuple[tuple[str, Evidence], ...]:
    return tuple(
        sorted(
            (key.removeprefix(prefix), ev) for key, ev in found.items() if key.startswith(prefix)
        )
    )


def whole_labels(parts: list[Labels], sections: tuple[Section, ...]) -> Labels:
    """A packet's top-level labels: the first document's type, every section's parties,
    amounts and dates; number, vendor, total and line items belong to the sections."""

    def union[T](items: list[tuple[T, ...]]) -> tuple[T, ...]:
        return tuple(dict.fromkeys(item for group in items for item in group))

    return Labels(
        document_type=parts[0].document_type,
        number=None,
        organizations=union([p.organizations for p in parts]),
        people=union([p.people for p in parts]),
        vendor=None,
        total=None,
        amounts=union([p.amounts for p in parts]),
        dates=union([p.dates for p in parts]),
        sections=sections,
    )
