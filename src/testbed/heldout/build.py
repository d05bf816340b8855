"""The held-out set: which documents, in which formats, rendered how, and the packets.

Every case is rendered here, once, into the bytes docpipe reads (``Case.data``), with the
evidence its renderer measured; ``Case.blocks`` keeps the page elements (marks included) so
a test can check each label against what the file prints.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from testbed.evaluation.truth import Case, Evidence, Labels, Section, prefixed, printed_values
from testbed.heldout import camera, files
from testbed.heldout.commerce import (
    Made,
    credit_note,
    invoice_eu,
    invoice_us,
    order_email,
    purchase_order,
    till_receipt,
)
from testbed.heldout.finance import bank_statement, card_statement, long_statement
from testbed.heldout.paper import write_pdf
from testbed.heldout.prose import contract, letter, minutes
from testbed.heldout.sheet import Sheet

type Template = Callable[[random.Random, str], Made]

#: How a case reaches docpipe: a file format and, for pictures, how the paper was captured.
#: ``scan-pdf`` is an image-only PDF (read by OCR), ``photo``/``scan`` a single picture.
PLAN: dict[str, tuple[Template, tuple[str, ...]]] = {
    "invoice-eu": (
        invoice_eu,
        ("pdf", "scan-pdf", "docx", "html", "txt", "photo-jpg", "md", "pdf"),
    ),
    "invoice-us": (invoice_us, ("pdf", "html", "docx", "txt", "scan-pdf", "md")),
    "credit-note": (credit_note, ("pdf", "docx", "txt", "html", "scan-pdf")),
    "purchase-order": (purchase_order, ("pdf", "docx", "html", "txt", "md")),
    "till-receipt": (
        till_receipt,
        ("photo-jpg", "photo-png", "scan-pdf", "txt", "pdf", "scan-png"),
    ),
    "order-email": (order_email, ("eml", "eml", "eml", "txt", "eml", "txt")),
    "bank-statement": (bank_statement, ("pdf", "pdf", "html", "txt", "scan-pdf", "docx")),
    "long-statement": (long_statement, ("pdf", "scan-pdf")),
    "card-statement": (card_statement, ("pdf", "txt", "html", "photo-png", "md")),
    "minutes": (minutes, ("docx", "pdf", "md", "txt", "html", "scan-pdf")),
    "letter": (letter, ("pdf", "docx", "txt", "photo-jpg", "html", "md", "pdf")),
    "contract": (contract, ("pdf", "docx", "txt", "md", "scan-pdf")),
}
#: Packets: what each bundles, in page order, and whether it was scanned to one PDF.
PACKETS: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("claim", ("letter", "invoice-eu", "till-receipt"), False),
    ("claim-scanned", ("letter", "invoice-us", "till-receipt"), True),
    ("supplier-file", ("purchase-order", "invoice-eu", "credit-note"), False),
    ("tenancy", ("contract", "long-statement"), False),
    ("loan-application", ("letter", "long-statement", "card-statement"), False),
    ("credit-dispute", ("letter", "credit-note"), True),
    ("expenses", ("till-receipt", "till-receipt", "invoice-us"), False),
    ("board-pack", ("minutes", "letter", "contract"), False),
)

_MEDIA = {"scan-pdf": "pdf", "photo-jpg": "jpg", "photo-png": "png", "scan-png": "png"}


def build_heldout(seed: str) -> list[Case]:
    """The held-out set for ``seed``: the same on every call and every machine."""
    cases = []
    for name, (template, formats) in PLAN.items():
        for index, how in enumerate(formats):
            rng = random.Random(f"{seed}/held-out/{name}/{index}")  # noqa: S311 - not for secrets
            sheet, labels = template(rng, how)
            data, evidence, _ = render([sheet], how, rng)
            cases.append(
                Case(
                    case_id=f"ho-{name}-{index + 1:02d}",
                    kind=labels.document_type,
                    fmt=_MEDIA.get(how, how),
                    layout=f"{name} ({how})",
                    blocks=tuple(sheet.elements()),
                    labels=replace(labels, evidence=tuple(sorted(evidence.items()))),
                    data=data,
                    scanned=how.startswith(("scan", "photo")),
                )
            )
    for index, (name, kinds, scanned) in enumerate(PACKETS):
        cases.append(_packet(seed, index, name, kinds, scanned))
    return cases


def render(
    sheets: list[Sheet], how: str, rng: random.Random
) -> tuple[bytes, dict[str, Evidence], list[int]]:
    """The file's bytes, every marked value's evidence, the page each sheet starts on."""
    if how == "pdf":
        data, evidence, starts, _ = write_pdf(sheets)
        return data, evidence, starts
    if how in ("scan-pdf", "photo-jpg", "photo-png", "scan-png"):
        return _pictures(sheets, how, rng)
    (sheet,) = sheets
    marked = {name: Evidence(1, None) for name in _names(sheet)}
    writer: dict[str, Callable[[Sheet], bytes]] = {
        "txt": lambda s: files.as_text(s).encode(),
        "md": lambda s: files.as_markdown(s).encode(),
        "html": lambda s: files.as_html(s).encode(),
        "docx": files.as_docx,
        "eml": files.as_email,
    }
    return writer[how](sheet), marked, [1]


def _pictures(
    sheets: list[Sheet], how: str, rng: random.Random
) -> tuple[bytes, dict[str, Evidence], list[int]]:
    capture = camera.photographed if how.startswith("photo") else camera.scanned
    images: list[Any] = []
    evidence: dict[str, Evidence] = {}
    starts: list[int] = []
    for sheet in sheets:
        starts.append(len(images) + 1)
        for image, boxes in camera.draw_pages(sheet):
            picture, moved = capture(image, boxes, rng)
            images.append(picture)
            for name, found in camera.evidence(picture, moved, len(images)).items():
                evidence.setdefault(name, found)
    if how == "scan-pdf":
        return camera.image_pdf(images), evidence, starts
    (picture,) = images
    return camera.to_bytes(picture, "jpg" if how.endswith("jpg") else "png"), evidence, starts


def _names(sheet: Sheet) -> set[str]:
    return set(printed_values(list(sheet.elements())))


def _packet(seed: str, index: int, name: str, kinds: tuple[str, ...], scanned: bool) -> Case:
    sheets, parts = [], []
    for position, kind in enumerate(kinds):
        rng = random.Random(f"{seed}/held-out/packet/{name}/{position}")  # noqa: S311
        sheet, labels = PLAN[kind][0](rng, "pdf")
        sheets.append(Sheet(tuple(prefixed(page, f"{position}.") for page in sheet.pages)))
        parts.append(labels)
    rng = random.Random(f"{seed}/held-out/packet/{name}")  # noqa: S311
    data, evidence, starts = render(sheets, "scan-pdf" if scanned else "pdf", rng)
    pages = _page_count(data)
    ends = [start - 1 for start in starts[1:]] + [pages]
    sections = tuple(
        Section(
            (first, last),
            replace(
                labels,
                evidence=tuple(
                    sorted(
                        (key.removeprefix(f"{n}."), ev)
                        for key, ev in evidence.items()
                        if key.startswith(f"{n}.")
                    )
                ),
            ),
        )
        for n, (labels, first, last) in enumerate(zip(parts, starts, ends, strict=True))
    )
    return Case(
        case_id=f"ho-packet-{index + 1:02d}",
        kind="packet",
        fmt="pdf",
        layout=f"packet {name}{' (scanned)' if scanned else ''}",
        blocks=tuple(e for sheet in sheets for e in sheet.elements()),
        labels=_whole(parts, sections),
        data=data,
        scanned=scanned,
    )


def _whole(parts: list[Labels], sections: tuple[Section, ...]) -> Labels:
    def union(items: list[tuple[object, ...]]) -> tuple[object, ...]:
        return tuple(dict.fromkeys(item for group in items for item in group))

    return Labels(
        document_type=parts[0].document_type,
        number=None,
        organizations=union([p.organizations for p in parts]),  # type: ignore[arg-type]
        people=union([p.people for p in parts]),  # type: ignore[arg-type]
        vendor=None,
        total=None,
        amounts=union([p.amounts for p in parts]),  # type: ignore[arg-type]
        dates=union([p.dates for p in parts]),  # type: ignore[arg-type]
        sections=sections,
    )


def _page_count(pdf: bytes) -> int:
    import io  # noqa: PLC0415

    from pypdf import PdfReader  # noqa: PLC0415

    return len(PdfReader(io.BytesIO(pdf)).pages)
