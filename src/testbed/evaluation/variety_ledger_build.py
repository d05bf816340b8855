"""Drawing a ledger document (:mod:`testbed.evaluation.variety_ledger`) as the file it
arrives as: a text PDF, a scan in an image-only PDF, a photograph or scanned picture, plain
text (columns aligned by spaces or by tabs), Markdown, HTML, DOCX or an e-mail; the
labels its :class:`~testbed.evaluation.variety_ledger_style.Pen` recorded, with the place
each key figure was drawn.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from testbed.evaluation.corpus import Case
from testbed.evaluation.truth import Evidence, printed_values
from testbed.evaluation.variety_ledger_files import as_docx, as_eml, as_html, as_md, as_txt
from testbed.evaluation.variety_ledger_paper import Doc, Table, picture, printed, set_doc
from testbed.evaluation.variety_ledger_style import Pen


@dataclass
class Drawn:
    """A generated document: its pages' content, its labels' pen, the day it was sent, and
    the headers of the e-mail that brings it (for ``eml``)."""

    doc: Doc
    pen: Pen
    sent: dt.date
    head: dict[str, str] | None = None


type Maker = Callable[[random.Random], Drawn]


def doc_strings(doc: Doc) -> list[str]:
    """Every string the document's blocks hold (marks kept)."""
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif isinstance(value, Table):
            walk(value.header)
            for row in value.rows:
                walk(row.cells)

    walk([v for _, v in doc.blocks])
    return out


def file_of(  # noqa: PLR0911 - one return per format
    drawn: Drawn, fmt: str, rng: random.Random
) -> tuple[bytes, dict[str, Evidence]]:
    """The document's bytes in ``fmt`` (``pdf-scan:<how>``, ``jpg:<how>``, ``txt-tabs``,
    ``html-th``, ``eml-html``, ...) and its key figures' evidence."""
    base, _, how = fmt.partition(":")
    doc = drawn.doc
    if base in ("pdf", "pdf-scan"):
        out = printed(set_doc(doc), rng, how or None if base == "pdf-scan" else None)
        return out.data, out.evidence
    if base in ("png", "jpg"):
        out = picture(set_doc(doc)[0], rng, base, how or "lowres")
        return out.data, out.evidence
    nowhere = {name: Evidence(1, None) for name in printed_values(doc_strings(doc))}
    if base in ("txt", "txt-tabs"):
        return as_txt(doc, tabs=base == "txt-tabs").encode(), nowhere
    if base == "md":
        return as_md(doc).encode(), nowhere
    if base in ("html", "html-th"):
        return as_html(doc, th_first=base == "html-th", nested=True).encode(), nowhere
    if base == "docx":
        return as_docx(doc), nowhere
    if base in ("eml", "eml-html"):
        head = drawn.head or {"From": "office@example.com", "To": "ap@example.org",
                              "Subject": "Document"}  # fmt: skip
        return as_eml(doc, rng, head, drawn.sent, html_too=base == "eml-html"), nowhere
    raise ValueError(fmt)


def extension(fmt: str) -> str:
    base = fmt.partition(":")[0]
    return {"pdf-scan": "pdf", "txt-tabs": "txt", "html-th": "html", "eml-html": "eml"}.get(
        base, base
    )


def ledger_cases(
    seed: str, prefix: str, plan: Sequence[tuple[str, Maker, tuple[str, ...]]]
) -> list[Case]:
    """Each maker of ``plan`` once per format it names, named ``<prefix>-<maker>-NN``."""
    cases: list[Case] = []
    for kind, maker, formats in plan:
        name = maker.__name__.strip("_").replace("_", "-")
        for index, fmt in enumerate(formats):
            rng = random.Random(f"{seed}-{prefix}-{name}-{index}")  # noqa: S311 - not secrets
            drawn = maker(rng)
            data, evidence = file_of(drawn, fmt, rng)
            labels = replace(drawn.pen.w.labels(kind), evidence=tuple(sorted(evidence.items())))
            cases.append(
                Case(
                    case_id=f"{prefix}-{name}-{index + 1:02d}",
                    kind=kind,
                    fmt=extension(fmt),
                    layout=name,
                    blocks=(("lines", doc_strings(drawn.doc)),),
                    labels=labels,
                    data=data,
                    scanned=fmt.startswith("pdf-scan"),
                )
            )
    return cases


__all__ = ["Drawn", "Maker", "doc_strings", "extension", "file_of", "ledger_cases"]
