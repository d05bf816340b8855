"""The records that cross docpipe's seams: step checkpoints, the job's result, failures.

One type per shape, defined once, serialised at the edge. Each is a frozen msgspec Struct
whose JSON field names are the camelCase names checkpoints, ``result.json``, the job row,
the status API and the SNS message have always used, so a checkpoint written by an older
worker loads into today's record (``from_dict``) and a record written today reads as before
(``to_dict``)::

    download  -> Downloaded
    extract   -> Extracted | PagePlan  (a long scan: read in page ranges, each a PageRange)
    analyze   -> Analysis              (the analyzer's JSON object, new keys flow through)
    store     -> Stored                (holds the JobResult)
    notify    -> Notified
    a step that failed for good -> Failure, checkpointed as {"failed": {...}}

:class:`JobResult` is the job's one result: what ``result.json`` and the job row hold, what
the workflow returns, what the status API answers under ``result`` and what SNS carries.

A malformed value raises :class:`InvalidRecord` naming the record and the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, cast

import msgspec

from docpipe.errors import DocpipeError
from docpipe.jobs import StepName

type Json = dict[str, Any]
#: How a job ended.
type FinalStatus = Literal["done", "failed"]
#: Where a failed job stopped: one of the five steps, or the review gate.
type FailedAt = StepName | Literal["review"]


class InvalidRecord(DocpipeError):
    """A stored value that does not have its record's shape."""


class Record(msgspec.Struct, frozen=True, kw_only=True, rename="camel"):
    """Base of every record: camelCase JSON names, plain-JSON ``to_dict`` / ``from_dict``."""

    def to_dict(self) -> Json:
        """The record as plain JSON values (what is stored and sent: tuples become lists)."""
        return cast("Json", msgspec.json.decode(msgspec.json.encode(self)))

    @classmethod
    def from_dict(cls, data: object) -> Self:
        """Read a stored value back (unknown keys are ignored, so newer writers load)."""
        try:
            return msgspec.convert(data, cls)
        except msgspec.ValidationError as exc:
            raise InvalidRecord(f"{cls.__name__}: {exc}") from exc


class Failure(Record, frozen=True):
    """Why a job (or one step) failed: a stable ``code`` to match on and a message."""

    code: str
    message: str

    #: Key under which a step checkpoints a failure instead of its result.
    CHECKPOINT_KEY: ClassVar[str] = "failed"

    def to_checkpoint(self) -> Json:
        return {self.CHECKPOINT_KEY: self.to_dict()}

    @classmethod
    def from_checkpoint(cls, checkpoint: Mapping[str, Any]) -> Failure | None:
        """The failure a step checkpointed instead of a result, if it failed permanently."""
        failed = checkpoint.get(cls.CHECKPOINT_KEY)
        return cls.from_dict(failed) if isinstance(failed, dict) else None


class Downloaded(Record, frozen=True):
    """What download saw: the document's size, digest, type and the version it pinned."""

    size: int
    sha256: str
    media_type: str
    kind: str
    version_id: str | None = None
    etag: str | None = None


class TextRef(Record, frozen=True, omit_defaults=True):
    """Where the extracted text (and, since layouts, where it sits on the pages) is stored."""

    bucket: str | None
    key: str | None
    layout_key: str | None = None


class Extracted(Record, frozen=True, omit_defaults=True):
    """The extraction: a pointer to ``text.txt`` (and ``layout.json``) plus its statistics.

    ``stats`` is the extractor's own summary (``method``, ``pages``, ``words``, ``chars``,
    ``truncated``, ``warnings``, and for OCR ``failedPages`` and ``confidence``), stored flat
    beside the pointer as it always was; keys an extractor adds later flow through unchanged.
    """

    bucket: str
    key: str
    #: ``None`` in a checkpoint written before layouts were stored.
    layout_key: str | None = None
    #: How many page ranges a long scan was read in (absent when read in one go).
    chunks: int | None = None
    stats: Json = msgspec.field(default_factory=dict)

    _POINTER: ClassVar[tuple[str, ...]] = ("bucket", "key", "layoutKey", "chunks")

    @property
    def method(self) -> str | None:
        method = self.stats.get("method")
        return method if isinstance(method, str) else None

    @property
    def text(self) -> TextRef:
        return TextRef(bucket=self.bucket, key=self.key, layout_key=self.layout_key)

    def to_dict(self) -> Json:
        pointer = {k: v for k, v in super().to_dict().items() if k != "stats"}
        return {**self.stats, **pointer}

    @classmethod
    def from_dict(cls, data: object) -> Self:
        if not isinstance(data, dict):
            raise InvalidRecord(f"{cls.__name__}: expected an object, got {type(data).__name__}")
        stats = {k: v for k, v in data.items() if k not in cls._POINTER}
        pointer = {k: v for k, v in data.items() if k in cls._POINTER}
        return super().from_dict({**pointer, "stats": stats})

    def statistics(self) -> Json:
        """What ``result.json`` lists under ``extraction``: everything but the pointer."""
        extraction = dict(self.stats)
        if self.chunks is not None:
            extraction["chunks"] = self.chunks
        return extraction


class PagePlan(Record, frozen=True):
    """Extract's answer for a scan too long for one step: read it in page ranges."""

    pages: int
    pages_per_chunk: int
    chunks_in_flight: int
    warnings: list[str] = msgspec.field(default_factory=list)

    CHECKPOINT_KEY: ClassVar[str] = "chunked"

    def to_checkpoint(self) -> Json:
        return {self.CHECKPOINT_KEY: self.to_dict()}


def extract_result(checkpoint: Mapping[str, Any]) -> Extracted | PagePlan:
    """Read extract's checkpoint: a plan for page ranges, or the extraction itself."""
    plan = checkpoint.get(PagePlan.CHECKPOINT_KEY)
    if isinstance(plan, dict):
        return PagePlan.from_dict(plan)
    return Extracted.from_dict(dict(checkpoint))


class PageRange(Record, frozen=True):
    """One page range of a long scan, read and stored (``key``: its pages' JSON)."""

    key: str
    #: ``[first, last]``, 1-based, inclusive.
    pages: tuple[int, int]
    chars: int
    failed_pages: list[int] = msgspec.field(default_factory=list)
    confidence: float | None = None


class LineItem(Record, frozen=True, omit_defaults=True):
    """One line of an invoice-like document, in ``keyFigures.total.currency``."""

    description: str | None = None
    quantity: float | None = None
    unit_price: float | None = None
    amount: float | None = None


class Evidence(Record, frozen=True):
    """Where a key figure was read: 1-based page, the text, and its box as fractions of the
    page (``[x0, y0, x1, y1]``; ``None`` without geometry)."""

    page: int
    text: str
    bbox: tuple[float, float, float, float] | None = None


class Section(Record, frozen=True, omit_defaults=True):
    """One document inside a file that holds several."""

    document_type: str
    #: ``[first, last]`` page.
    pages: tuple[int, int]
    confidence: float | None = None
    key_figures: Json = msgspec.field(default_factory=dict)
    line_items: list[LineItem] = msgspec.field(default_factory=list)


class Analysis(msgspec.Struct, frozen=True):
    """The analyzer's answer: a JSON object whose shape is documented, and which grows.

    The object is kept as the analyzer returned it (``data``), so every key, including ones
    added after this record was written, reaches the result, the row and the message
    unchanged. The documented fields are read through typed properties.
    """

    data: Json

    def to_dict(self) -> Json:
        return self.data

    @classmethod
    def from_dict(cls, data: object) -> Analysis:
        if not isinstance(data, dict):
            raise InvalidRecord(f"Analysis: expected an object, got {type(data).__name__}")
        return cls(data)

    @property
    def document_type(self) -> str | None:
        value = self.data.get("documentType")
        return value if isinstance(value, str) else None

    @property
    def confidence(self) -> float | None:
        value = self.data.get("confidence")
        return float(value) if isinstance(value, int | float) else None

    @property
    def key_figures(self) -> Json:
        value = self.data.get("keyFigures")
        return value if isinstance(value, dict) else {}

    @property
    def line_items(self) -> list[LineItem]:
        return _records(LineItem, self.data.get("lineItems"))

    @property
    def evidence(self) -> dict[str, Evidence]:
        value = self.data.get("evidence")
        if not isinstance(value, dict):
            return {}
        return {name: Evidence.from_dict(found) for name, found in value.items()}

    @property
    def sections(self) -> list[Section]:
        return _records(Section, self.data.get("sections"))

    @property
    def fields(self) -> Json:
        value = self.data.get("fields")
        return value if isinstance(value, dict) else {}

    @property
    def warnings(self) -> list[str]:
        value = self.data.get("warnings")
        return [str(w) for w in value] if isinstance(value, list) else []


def _records[R: Record](kind: type[R], value: object) -> list[R]:
    return [kind.from_dict(item) for item in value] if isinstance(value, list) else []


class JobResult(Record, frozen=True, omit_defaults=True):
    """The job's result, in one shape for everyone who reads it.

    ``store`` writes it as ``result.json`` and onto the job row; the status API answers it
    under ``result``; ``notify`` publishes it to SNS; the workflow returns it with the
    notification's id. A ``done`` job carries the document, extraction, text pointer and
    analysis; a ``failed`` one says where it stopped and why.
    """

    job_id: str
    status: FinalStatus
    #: Absent only in a workflow summary written before results were one record.
    document_url: str | None = None
    document: Downloaded | None = None
    extraction: Json | None = None
    text: TextRef | None = None
    analysis: Json | None = None
    analyzer: str | None = None
    result_key: str | None = None
    #: ``s3://bucket/key`` of ``result.json``, once stored.
    result_url: str | None = None
    #: The review decision (``decision``, ``reviewer``, ``comment``, ``corrections``, ``at``,
    #: ``reason``) when the job went through review.
    review: Json | None = None
    failed_step: FailedAt | None = None
    error: Failure | None = None
    #: The SNS message that announced the result (known once notify ran).
    message_id: str | None = None
    #: The failed job this one is a new attempt at (``POST /jobs/{jobId}/retry``).
    retry_of: str | None = None


class Stored(Record, frozen=True, omit_defaults=True):
    """Where store wrote ``result.json``, and the result; empty when nothing was stored."""

    bucket: str | None = None
    key: str | None = None
    result: JobResult | None = None

    @property
    def url(self) -> str | None:
        return f"s3://{self.bucket}/{self.key}" if self.bucket and self.key else None


class Notified(Record, frozen=True):
    """The id of the SNS message that announced the outcome (``None``: none was sent)."""

    message_id: str | None = None


__all__ = [
    "Analysis",
    "Downloaded",
    "Evidence",
    "Extracted",
    "FailedAt",
    "Failure",
    "FinalStatus",
    "InvalidRecord",
    "JobResult",
    "LineItem",
    "Notified",
    "PagePlan",
    "PageRange",
    "Record",
    "Section",
    "Stored",
    "TextRef",
    "extract_result",
]
