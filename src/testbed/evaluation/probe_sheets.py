"""A probe's page as a labelled case in any of the ways documents arrive: a PDF set at
positions (as billing systems print), a PDF set top-down by the shared typesetter, a scanned
PDF or a phone photograph read back by OCR, DOCX, HTML, plain text and e-mail.

Probes (:mod:`testbed.evaluation.probes`) are drawn by the hundred, so the rendering is drawn
too, by weight: mostly born-digital files, a minority through OCR (it is slow, and its misreads
are the OCR's, not the rules').
"""

from __future__ import annotations

import random
from dataclasses import replace

from testbed.evaluation.boundary_cases import drawn
from testbed.evaluation.commerce_cases import wrapped_rows
from testbed.evaluation.truth import Case, Labels
from testbed.evaluation.variety_dues_print import Sheet, sheet_blocks, sheet_pdf

#: Rendering -> weight. ``pdf``: set at positions; ``pdf-flow``: the shared typesetter;
#: ``pdf-scan``: a scan in an image-only PDF; ``jpg``: a photograph; ``eml``: an e-mail.
RENDERINGS: dict[str, int] = {
    "pdf": 30, "pdf-flow": 14, "docx": 10, "html": 10, "txt": 10, "eml": 10,
    "pdf-scan": 8, "jpg": 8,
}  # fmt: skip


def rendering(rng: random.Random) -> str:
    """A rendering drawn by :data:`RENDERINGS`' weights."""
    names = list(RENDERINGS)
    return rng.choices(names, weights=[RENDERINGS[name] for name in names])[0]


def sheet_case(case_id: str, sheet: Sheet, labels: Labels, how: str, rng: random.Random) -> Case:
    """``sheet`` rendered ``how`` (one of :data:`RENDERINGS`) as a case labelled ``labels``,
    with the evidence of every marked value where the renderer put it."""
    fmt = how.removesuffix("-scan").removesuffix("-flow")
    case = Case(
        case_id=case_id,
        kind=labels.document_type,
        fmt=fmt,
        layout=how,
        blocks=tuple(wrapped_rows(sheet_blocks(sheet), inline=fmt in ("docx", "html"))),
        labels=labels,
        scanned=how.endswith("-scan"),
    )
    if how == "pdf":
        data, found = sheet_pdf(sheet)
        evidence = tuple(sorted(found.items()))
        return replace(case, data=data, labels=replace(labels, evidence=evidence))
    return drawn(case, rng)


__all__ = ["RENDERINGS", "rendering", "sheet_case"]
