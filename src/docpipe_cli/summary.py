"""One line that says how a job ended, for people reading a demo's table.

Works on the status API's JSON shape (:meth:`docpipe.ports.JobRecord.to_api`), so a demo
that reads the job table and one that polls the status API print the same words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def outcome_summary(status: Mapping[str, Any] | None) -> str:
    """The failure's code and message, or the document type, extraction method and words."""
    if status is None:
        return "never picked up"
    if status.get("status") == "failed":
        error = status.get("error") or {}
        return f"{error.get('code')}: {error.get('message')}"
    if status.get("status") != "done":
        return f"still {status.get('step') or status.get('status')}"
    result = status.get("result") or {}
    analysis = result.get("analysis") or {}
    extraction = result.get("extraction") or {}
    kind = analysis.get("documentType") or "-"
    return f"{kind}; {extraction.get('method', '-')}, {extraction.get('words', '-')} words"
