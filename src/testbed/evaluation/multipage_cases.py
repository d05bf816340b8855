"""Multi-page documents and packets of the development set (issue #18): the documents of
:mod:`testbed.evaluation.multipage_documents` alone over several pages (none of them may be
split), and bundled as a claims office or an accounts department receives them.

Singles: invoices of two and three pages whose total stands on the last page, three-page
contracts with a signature page (scanned after signing, or typeset), two-page letters, bank
statements numbering their pages at the top; the same invoices written as DOCX, HTML and
Markdown, where a file has one page and every figure is cited on it. Packets: a claim (a cover
letter naming the invoice it encloses, the invoice over two pages, a scanned receipt); a
contract with the supplier's first invoice; two statements of one bank back to back (their
numbering restarting); a memo in front of two invoices of one vendor; a purchase order over
two pages and the invoice for it. Labels come from the generator: each section's pages, and
every key figure's page and box as drawn.
"""

from __future__ import annotations

import random
from dataclasses import replace

from testbed.evaluation import multipage_documents as docs
from testbed.evaluation.corpus import Block, Case, Labels, Writer, with_evidence
from testbed.evaluation.variety_packets import marked, packet_case
from testbed.evaluation.variety_pages import TABLE, Line, Page, draw_pages

#: Single documents: (kind, pages, which pages are scans (1-based), format).
SINGLES: tuple[tuple[str, int, frozenset[int], str], ...] = (
    ("invoice", 2, frozenset(), "pdf"),
    ("invoice", 3, frozenset(), "pdf"),
    ("invoice", 2, frozenset({1, 2}), "pdf"),
    ("invoice", 3, frozenset({3}), "pdf"),
    ("contract", 3, frozenset({3}), "pdf"),
    ("contract", 3, frozenset(), "pdf"),
    ("letter", 2, frozenset(), "pdf"),
    ("letter", 2, frozenset({1, 2}), "pdf"),
    ("statement", 3, frozenset(), "pdf"),
    ("statement", 2, frozenset({1, 2}), "pdf"),
    ("purchase_order", 2, frozenset(), "pdf"),
    ("invoice", 3, frozenset(), "docx"),
    ("invoice", 2, frozenset(), "html"),
    ("contract", 3, frozenset(), "docx"),
    ("statement", 3, frozenset(), "html"),
    ("invoice", 2, frozenset(), "md"),
    ("invoice_terms", 3, frozenset(), "pdf"),
    ("invoice_terms", 2, frozenset({2}), "pdf"),
)
#: Templates that draw a kind of document another way.
KIND_OF = {"invoice_terms": "invoice"}
#: Packets: name -> documents in page order (kind, pages, scanned pages within the document).
_TYPED: frozenset[int] = frozenset()
PACKETS: dict[str, tuple[tuple[str, int, frozenset[int]], ...]] = {
    "claim": (("letter", 1, _TYPED), ("invoice", 2, _TYPED), ("receipt", 1, frozenset({1}))),
    "claim-long-letter": (
        ("letter", 2, _TYPED), ("invoice", 3, frozenset({3})), ("receipt", 1, frozenset({1})),
    ),
    "contract-and-invoice": (("contract", 3, frozenset({3})), ("invoice", 2, _TYPED)),
    "two-statements": (("statement", 3, _TYPED), ("statement", 2, _TYPED)),
    "memo-and-invoices": (("memo", 1, _TYPED), ("invoice", 2, _TYPED), ("invoice", 2, _TYPED)),
    "order-and-invoice": (("purchase_order", 2, _TYPED), ("invoice", 2, _TYPED)),
    "invoices-with-terms": (("invoice_terms", 2, _TYPED), ("invoice_terms", 3, _TYPED)),
    "scanned-claim": (
        ("letter", 2, frozenset({1, 2})),
        ("invoice", 2, frozenset({1, 2})),
        ("receipt", 1, frozenset({1})),
    ),
}  # fmt: skip


def build_multipage(seed: str) -> list[Case]:
    """The single multi-page documents, then the packets; each drawn once for its labels."""
    return [*_singles(seed), *_packets(seed)]


def _singles(seed: str) -> list[Case]:
    cases = []
    for index, (template, count, scans, fmt) in enumerate(SINGLES):
        rng = random.Random(f"{seed}-multipage-{index}")  # noqa: S311 - not for secrets
        writer, pages = docs.DOCUMENTS[template](rng, count)
        kind = KIND_OF.get(template, template)
        labels = writer.labels(kind)
        case_id = f"multipage-{index + 1:02d}"
        layout = f"multipage-{kind}-{count}"
        if fmt != "pdf":
            blocks = as_blocks(pages)
            case = Case(case_id, kind, fmt, layout, blocks, labels)
            cases.append(with_evidence(case))
            continue
        drawn = [_scan(page, n in scans) for n, page in enumerate(pages, start=1)]
        data, evidence = draw_pages(drawn)
        cases.append(
            Case(
                case_id, kind, "pdf", layout, (),
                replace(labels, evidence=tuple(sorted(evidence.items()))),
                data=data, scanned=bool(scans),
            )
        )  # fmt: skip
    return cases


def _packets(seed: str) -> list[Case]:
    cases = []
    for index, (name, documents) in enumerate(PACKETS.items()):
        pages: list[Page] = []
        parts: list[Labels] = []
        ranges: list[tuple[int, int]] = []
        drawn = _documents(seed, name, documents)
        for position, (writer, document) in enumerate(drawn):
            kind, _, scans = documents[position]
            ranges.append((len(pages) + 1, len(pages) + len(document)))
            pages += [
                marked(page, f"{position}.", n in scans) for n, page in enumerate(document, start=1)
            ]
            parts.append(writer.labels(KIND_OF.get(kind, kind)))
        scanned = any(scans for _, _, scans in documents)
        case_id, layout = f"multipage-packet-{index + 1:02d}", f"multipage-{name}"
        cases.append(packet_case(case_id, layout, pages, parts, ranges, scanned=scanned))
    return cases


def _documents(
    seed: str, name: str, documents: tuple[tuple[str, int, frozenset[int]], ...]
) -> list[tuple[Writer, list[Page]]]:
    """A packet's documents drawn: the others first, so a cover letter or memo in front can
    name the first invoice it encloses (its number and amount as printed)."""
    drawn: dict[int, tuple[Writer, list[Page]]] = {}
    vendor = bank = None
    enclosed: tuple[str, str] | None = None
    covers = [at for at, (kind, _, _) in enumerate(documents) if kind in ("letter", "memo")]
    for position, (kind, count, _) in enumerate(documents):
        rng = random.Random(f"{seed}-multipage-packet-{name}-{position}")  # noqa: S311
        if position in covers:
            continue
        if kind == "invoice":
            if name == "memo-and-invoices":  # one vendor's invoices: the same letterhead
                vendor = vendor or rng.choice(docs.FIRMS)
            writer, pages = docs.long_invoice(rng, count, vendor=vendor)
            if enclosed is None and writer.number and writer.total:
                enclosed = (writer.number, writer.money(writer.total[0], record=False))
        elif kind == "statement":  # one bank's statements
            bank = bank or rng.choice(docs.BANKS)
            writer, pages = docs.statement(rng, count, bank=bank)
        else:
            writer, pages = docs.DOCUMENTS[kind](rng, count)
        drawn[position] = (writer, pages)
    for position in covers:
        kind, count, _ = documents[position]
        rng = random.Random(f"{seed}-multipage-packet-{name}-{position}")  # noqa: S311
        cover = docs.letter if kind == "letter" else docs.memo
        drawn[position] = cover(rng, count, enclosed)
    return [drawn[at] for at in range(len(documents))]


def as_blocks(pages: list[Page]) -> tuple[Block, ...]:
    """Pages as format-neutral blocks (for DOCX, HTML, Markdown): a title, table rows as one
    table, other lines as lines with their cells apart; pages end with a page break."""
    blocks: list[Block] = []
    for number, page in enumerate(pages):
        if number:
            blocks.append(("break", None))
        table: list[list[str]] = []
        text: list[str] = []
        for line in [*page.lines, *([Line(((TABLE[0], page.footer),))] if page.footer else [])]:
            cells = [cell for _, cell in line.cells]
            if len(line.cells) > 2 and line.cells[1][0] == TABLE[1]:
                if text:
                    blocks.append(("lines", text))
                    text = []
                table.append([*cells, *[""] * (len(TABLE) - len(cells))])
                continue
            if table:
                blocks.append(("table", table))
                table = []
            if line.style == "title":
                if text:
                    blocks.append(("lines", text))
                    text = []
                blocks.append(("title", cells[0]))
            elif any(cells):
                text.append("    ".join(cell for cell in cells if cell))
        if table:
            blocks.append(("table", table))
        if text:
            blocks.append(("lines", text))
    return tuple(blocks)


def _scan(page: Page, scanned: bool) -> Page:
    return Page(page.lines, page.footer, scanned)
