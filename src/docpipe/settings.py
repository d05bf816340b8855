"""Settings, read once at the edge from the environment into a frozen dataclass.

Every variable is listed in the README. Defaults match the local stack, so a developer
runs everything with no configuration; in AWS the SAM template sets each one.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, Literal, get_args

from docpipe.errors import ConfigError

#: The Resonate group the worker joins and the consumer dispatches to.
DEFAULT_WORKER_GROUP = "docpipe-workers"
#: 25 MiB: beyond this a document is refused before it is read into memory.
DEFAULT_MAX_DOCUMENT_BYTES = 25 * 1024 * 1024
#: 40 megapixels: an A4 page scanned at 600 dpi is ~35 MP; anything larger is refused unread.
DEFAULT_MAX_PIXELS = 40_000_000
#: 256 MiB: what a ZIP container (DOCX) may inflate to, checked before anything is inflated.
DEFAULT_MAX_UNZIPPED_BYTES = 256 * 1024 * 1024

type AnalyzerKind = Literal["offline", "bedrock"]
type OcrEngine = Literal["tesseract", "rapidocr"]


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything docpipe reads from its environment."""

    #: Resonate server URL; ``None`` means the SDK's in-process server (tests, one-shot demo).
    resonate_url: str | None = None
    resonate_token: str | None = None
    #: Secrets Manager secret (ARN or name) whose value is the token. In AWS the token is kept
    #: out of every environment; :func:`docpipe.aws.resolve_resonate_token` reads it at start-up.
    resonate_token_secret: str | None = None
    #: Secrets Manager secret (ARN or name) with the Postgres user and password, as RDS keeps
    #: them (``{"username", "password", ...}``), for a ``postgresql://`` ``RESONATE_URL``.
    database_secret: str | None = None
    #: Postgres connections each process's resonate-pg client may pool (the connection budget).
    db_pool_size: int = 8
    #: Custom AWS endpoint (moto server locally); ``None`` means the real AWS endpoints.
    aws_endpoint_url: str | None = None
    region: str = "us-east-1"
    inbox_bucket: str = "docpipe-inbox"
    results_bucket: str = "docpipe-results"
    table: str = "docpipe-jobs"
    topic_arn: str | None = None
    queue_url: str | None = None
    worker_group: str = DEFAULT_WORKER_GROUP
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    #: Upper bound on pages (PDF) or OCR'd images per document: a long archive fits.
    max_pages: int = 2000
    #: Largest image (or image inside a PDF) decoded, in pixels; larger ones are ``too_large``.
    max_pixels: int = DEFAULT_MAX_PIXELS
    #: Most bytes a ZIP container (DOCX) may declare it inflates to.
    max_unzipped_bytes: int = DEFAULT_MAX_UNZIPPED_BYTES
    #: A scanned PDF with more pages than this is OCR'd in page ranges of this size, each a
    #: durable child execution any worker of the group may run.
    pages_per_chunk: int = 8
    #: Page-range chunks of one document dispatched at once (bounds a crash's re-work).
    chunks_in_flight: int = 4
    #: OCR processes a worker reads page ranges in, side by side (a range each); 0 means one
    #: per CPU the worker may use. A worker claims each range it is sent, so it must be able
    #: to start what it holds (``docs/long-documents.md``).
    ocr_processes: int = 0
    #: Extracted text beyond this many characters is truncated (and flagged).
    max_text_chars: int = 2_000_000
    #: The engine that reads scanned pages and images (``bench/ocr_eval.py`` chose it).
    ocr_engine: OcrEngine = "tesseract"
    #: Tesseract languages to read scans in (Debian's ``tesseract-ocr-<lang>`` packages).
    ocr_languages: tuple[str, ...] = ("eng",)
    analyzer: AnalyzerKind = "offline"
    bedrock_model_id: str = "amazon.nova-lite-v1:0"
    #: How long a job may take end to end before its durable promise times out.
    job_timeout_seconds: int = 24 * 3600
    #: Attempts per step for transient errors (1 = no retry).
    step_max_attempts: int = 5
    #: Lease TTL the worker holds tasks under; a crashed worker's job moves after this.
    worker_ttl_seconds: int = 15
    #: Threads a worker runs step bodies and row writes on: how many blocking calls (S3,
    #: DynamoDB, SNS, Bedrock, OCR) its jobs have in flight at once. asyncio's default
    #: (cores + 4) held a 2-core worker to 6, while jobs spend most of a step waiting on I/O.
    worker_threads: int = 32
    #: Longest the consumer waits for the Resonate server to confirm one dispatch (it also
    #: never waits past the Lambda invocation's remaining time).
    dispatch_timeout_seconds: int = 20
    #: An analysis less confident than this waits for a person (0 turns the automatic gate
    #: off; a message's ``"review": true`` still asks for one).
    review_confidence: float = 0.5
    #: How long a job waits for its review before it fails with ``review_timed_out``.
    review_timeout_seconds: int = 7 * 24 * 3600
    #: The document classes file (a path or ``s3://`` URL; :mod:`docpipe.classes`);
    #: ``None`` means the built-in kinds.
    classes: str | None = None
    #: The tenants file (JSON, :mod:`docpipe.tenancy`): who owns jobs and who may read them.
    #: Neither this nor ``tenants_parameter``: a single tenant.
    tenants_file: str | None = None
    #: An SSM parameter holding the tenants file's content (AWS; wins over ``tenants_file``).
    tenants_parameter: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read settings from ``env`` (default :data:`os.environ`); bad values name themselves.

        Each setting is read from the variable :data:`ENV_NAMES` gives it (the one place the
        names are written), parsed by the kind of its default: a number, a fraction, one of a
        few choices, a list; unset or blank keeps the default."""
        environ = os.environ if env is None else env
        defaults = cls()
        values: dict[str, Any] = {}
        for name, variable in ENV_NAMES.items():
            raw = _text(environ, variable)
            for fallback in _FALLBACKS.get(name, ()):
                raw = raw or _text(environ, fallback)
            if raw is not None:
                values[name] = _parse(name, variable, raw, getattr(defaults, name))
        return replace(defaults, **values)

    def require(self, name: str) -> str:
        """Return an optional text setting, or raise naming its environment variable."""
        value = getattr(self, name)
        if not value:
            raise ConfigError(f"{ENV_NAMES[name]} is not set")
        return str(value)


#: Setting name -> the environment variable it is read from: the one place each name is
#: written (``from_env`` reads them, errors and the configuration reference name them).
ENV_NAMES: dict[str, str] = {
    "resonate_url": "RESONATE_URL",
    "resonate_token": "RESONATE_TOKEN",
    "resonate_token_secret": "DOCPIPE_RESONATE_TOKEN_SECRET",
    "database_secret": "DOCPIPE_DATABASE_SECRET",
    "db_pool_size": "DOCPIPE_DB_POOL_SIZE",
    "aws_endpoint_url": "AWS_ENDPOINT_URL",
    "region": "AWS_DEFAULT_REGION",
    "inbox_bucket": "DOCPIPE_INBOX_BUCKET",
    "results_bucket": "DOCPIPE_RESULTS_BUCKET",
    "table": "DOCPIPE_TABLE",
    "topic_arn": "DOCPIPE_TOPIC_ARN",
    "queue_url": "DOCPIPE_QUEUE_URL",
    "worker_group": "DOCPIPE_WORKER_GROUP",
    "max_document_bytes": "DOCPIPE_MAX_DOCUMENT_BYTES",
    "max_pages": "DOCPIPE_MAX_PAGES",
    "max_pixels": "DOCPIPE_MAX_PIXELS",
    "max_unzipped_bytes": "DOCPIPE_MAX_UNZIPPED_BYTES",
    "pages_per_chunk": "DOCPIPE_PAGES_PER_CHUNK",
    "chunks_in_flight": "DOCPIPE_CHUNKS_IN_FLIGHT",
    "ocr_processes": "DOCPIPE_OCR_PROCESSES",
    "max_text_chars": "DOCPIPE_MAX_TEXT_CHARS",
    "ocr_engine": "DOCPIPE_OCR_ENGINE",
    "ocr_languages": "DOCPIPE_OCR_LANGUAGES",
    "analyzer": "DOCPIPE_ANALYZER",
    "bedrock_model_id": "DOCPIPE_BEDROCK_MODEL_ID",
    "job_timeout_seconds": "DOCPIPE_JOB_TIMEOUT_SECONDS",
    "step_max_attempts": "DOCPIPE_STEP_MAX_ATTEMPTS",
    "worker_ttl_seconds": "DOCPIPE_WORKER_TTL_SECONDS",
    "worker_threads": "DOCPIPE_WORKER_THREADS",
    "dispatch_timeout_seconds": "DOCPIPE_DISPATCH_TIMEOUT_SECONDS",
    "review_confidence": "DOCPIPE_REVIEW_CONFIDENCE",
    "review_timeout_seconds": "DOCPIPE_REVIEW_TIMEOUT_SECONDS",
    "classes": "DOCPIPE_CLASSES",
    "tenants_file": "DOCPIPE_TENANTS_FILE",
    "tenants_parameter": "DOCPIPE_TENANTS_PARAMETER",
}
assert set(ENV_NAMES) == {f.name for f in fields(Settings)}
#: Settings read from another variable when theirs is unset (the AWS SDKs' own fallback).
_FALLBACKS: Mapping[str, tuple[str, ...]] = {"region": ("AWS_REGION",)}
#: Settings that take one of a few words.
_CHOICES: Mapping[str, tuple[str, ...]] = {
    "analyzer": get_args(AnalyzerKind.__value__),
    "ocr_engine": get_args(OcrEngine.__value__),
}
#: Integer settings for which 0 means something (the others must be >= 1).
_ZERO_ALLOWED = frozenset({"ocr_processes"})
#: A Tesseract language code (``eng``, ``chi_sim``).
_LANGUAGE = re.compile(r"[a-z]{3}(_[a-z]+)?")


def _text(environ: Mapping[str, str], variable: str) -> str | None:
    value = environ.get(variable, "").strip()
    return value or None


def _parse(name: str, variable: str, raw: str, default: object) -> object:
    """``raw`` (non-blank) as the setting ``name`` (read from ``variable``), parsed by the
    kind of its ``default``."""
    if name in _CHOICES:
        choices = _CHOICES[name]
        if raw not in choices:
            allowed = " or ".join(repr(choice) for choice in choices)
            raise ConfigError(f"{variable} must be {allowed}, got {raw!r}")
        return raw
    if isinstance(default, bool) or default is None or isinstance(default, str):
        return raw
    if isinstance(default, int):
        return _integer(variable, raw, minimum=0 if name in _ZERO_ALLOWED else 1)
    if isinstance(default, float):
        return _fraction(variable, raw)
    if isinstance(default, tuple):
        languages = tuple(lang for lang in re.split(r"[+,\s]+", raw) if lang)
        if not all(_LANGUAGE.fullmatch(lang) for lang in languages):
            raise ConfigError(
                f"{variable} must be Tesseract language codes such as 'eng+deu', got {raw!r}"
            )
        return languages
    raise TypeError(f"no parser for setting {name!r}")  # a new kind of setting: add one


def _integer(variable: str, raw: str, minimum: int = 1) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{variable} must be an integer, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{variable} must be >= {minimum}, got {value}")
    return value


def _fraction(variable: str, raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{variable} must be a number, got {raw!r}") from None
    if not 0 <= value <= 1:
        raise ConfigError(f"{variable} must be between 0 and 1, got {value}")
    return value
