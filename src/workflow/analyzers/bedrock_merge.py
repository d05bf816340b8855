"""What the Bedrock analyzer adds around the model: page markers in the text it sends, and
the line items, evidence and sections of a long document's parts put together.

The model cites pages by the ``[page N]`` markers put where each page's text starts (a file
of one page gets none: every citation is page 1). The parts of a long document are read in
order, so their rows concatenate; a figure's evidence is the whole's reading, else the first
part's that cites it; sections found in neighbouring parts that are one document (same kind,
same number, touching pages) are joined.
"""

from __future__ import annotations

from typing import Any

from workflow.analyzers.paging import PagedText
from workflow.analyzers.schema import MAX_SECTIONS
from workflow.analyzers.tables import MAX_LINE_ITEMS


def paged_prompt(paged: PagedText) -> str:
    """The text with a ``[page N]`` line where each page starts (when there are several)."""
    if len(paged.pages) < 2:
        return paged.text
    parts: list[str] = []
    cursor = 0
    for span in paged.pages:
        parts.append(paged.text[cursor : span.start])
        parts.append(f"\n[page {span.page}]\n")
        cursor = span.start
    parts.append(paged.text[cursor:])
    return "".join(parts)


def merged_structure(partials: list[dict[str, Any]], whole: dict[str, Any]) -> dict[str, Any]:
    """``lineItems``, ``evidence``, ``warnings`` and ``sections`` of the whole document from
    its parts' (and the reduce call's evidence, which wins)."""
    rows = [row for part in partials for row in part["lineItems"]][:MAX_LINE_ITEMS]
    evidence: dict[str, Any] = {}
    for part in partials:
        for name, cited in part["evidence"].items():
            evidence.setdefault(name, cited)
    sections: list[dict[str, Any]] = []
    for part in partials:
        for section in part.get("sections", ()):
            if sections and _same_document(sections[-1], section):
                last = sections[-1]
                sections[-1] = {
                    **last,
                    "pages": [last["pages"][0], max(last["pages"][1], section["pages"][1])],
                    "keyFigures": {**section["keyFigures"], **last["keyFigures"]},
                    "lineItems": [*last["lineItems"], *section["lineItems"]][:MAX_LINE_ITEMS],
                }
            else:
                sections.append(section)
    out: dict[str, Any] = {
        "lineItems": rows,
        "evidence": {**evidence, **whole["evidence"]},
        "warnings": list(dict.fromkeys(w for part in partials for w in part["warnings"])),
    }
    if len(sections) > 1:
        out["sections"] = sections[:MAX_SECTIONS]
    return out


def _same_document(before: dict[str, Any], after: dict[str, Any]) -> bool:
    number = before["keyFigures"].get("documentNumber")
    other = after["keyFigures"].get("documentNumber")
    return (
        before["documentType"] == after["documentType"]
        and after["pages"][0] <= before["pages"][1] + 1
        and (number is None or other is None or number == other)
    )


__all__ = ["merged_structure", "paged_prompt"]
