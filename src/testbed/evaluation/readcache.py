"""The evaluation set's extractions kept on disk between runs, so tuning the analyzer does not
re-run OCR over a thousand documents each time.

An entry is keyed by the rendered file's bytes, its name, the extraction settings and the
source of every module that extracts (``workflow.documents``, ``docpipe.layout``): change the
extractor, a generator's output or the OCR languages and the entry is simply not found. The
benchmark uses the cache only when asked (``--cache``), so its extraction time stays honest.
The libraries' versions are not in the key: after upgrading Tesseract, its models or PDFium,
empty the folder.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import docpipe.layout
import workflow.documents
from docpipe.layout import Layout, PageLayout
from docpipe.settings import Settings
from workflow.documents import Extraction, ExtractionLimits, detect_type, extract_text

#: Where entries go unless a folder is given: beside docpipe's other cached files.
DEFAULT_FOLDER = (
    Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "docpipe" / "eval-reads"
)


#: Bumped when an entry's form changes, so older entries are not read.
_ENTRY_FORM = b"2"


@cache
def _extractor_fingerprint(limits: ExtractionLimits) -> bytes:
    digest = hashlib.sha256(_ENTRY_FORM + repr(limits).encode())
    package = Path(workflow.documents.__file__).parent
    for path in [*sorted(package.rglob("*.py")), Path(docpipe.layout.__file__)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.digest()


def extract(data: bytes, filename: str, folder: Path | None) -> Extraction:
    """What docpipe's extract step reads from ``data``, from the cache in ``folder`` when it
    holds this file read by this extractor (``None``: always extract)."""
    limits = ExtractionLimits.from_settings(Settings.from_env())
    if folder is None:
        return _extract(data, filename, limits)
    key = hashlib.sha256(_extractor_fingerprint(limits) + filename.encode() + b"\0" + data)
    path = folder / key.hexdigest()[:2] / f"{key.hexdigest()}.json"
    if path.exists():
        return _loads(path.read_text())
    got = _extract(data, filename, limits)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(_dumps(got))
    partial.replace(path)  # whole or absent: a killed run leaves no half entry
    return got


def _extract(data: bytes, filename: str, limits: ExtractionLimits) -> Extraction:
    doc_type = detect_type(data, filename=filename, declared=None)
    return extract_text(data, doc_type, limits)


def _dumps(got: Extraction) -> str:
    raw: dict[str, Any] = {
        "text": got.text,
        **got.stats(),
        "failedPages": list(got.failed_pages),
        "confidence": got.confidence,
        "layout": None if got.layout is None else [_page(page) for page in got.layout.pages],
    }
    return json.dumps(raw, separators=(",", ":"))


def _page(page: PageLayout) -> dict[str, Any]:
    """A page as :meth:`PageLayout.to_json` writes it, its boxes unrounded: a cached read
    is the read, to the last digit."""
    return {
        **page.to_json(),
        "words": [[w.text, *w.bbox, w.confidence, w.line] for w in page.words],
    }


def _loads(text: str) -> Extraction:
    raw = json.loads(text)
    layout = raw["layout"]
    return Extraction(
        text=raw["text"],
        method=raw["method"],
        pages=raw["pages"],
        words=raw["words"],
        chars=raw["chars"],
        truncated=raw["truncated"],
        warnings=tuple(raw["warnings"]),
        failed_pages=tuple(raw["failedPages"]),
        confidence=raw["confidence"],
        layout=None if layout is None else Layout(tuple(map(PageLayout.from_json, layout))),
    )
