"""Property tests: whatever bytes arrive, detection and extraction fail only with our errors."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docpipe.errors import DocpipeError, DocumentError
from docpipe_cli.samples import SAMPLES_DIR
from workflow.documents import ExtractionLimits, detect_type, extract_text
from workflow.documents.types import DocumentType

LIMITS = ExtractionLimits(max_pages=5, max_text_chars=10_000, max_pixels=1_000_000)
SAMPLES = SAMPLES_DIR

#: Headers that route random bytes into each parser, so the fuzzing reaches them.
MAGIC = [
    b"%PDF-1.7\n",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff\xe0",
    b"II*\x00",
    b"MM\x00*",
    b"GIF89a",
    b"RIFF\x00\x00\x00\x00WEBP",
    b"BM\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x28\x00\x00\x00",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"<?xml version='1.0'?>",
    b"<html>",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
]
KINDS = [
    DocumentType("application/pdf", "pdf"),
    DocumentType("image/png", "image"),
    DocumentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    DocumentType("text/html", "html"),
    DocumentType("text/plain", "text"),
    DocumentType("application/xml", "text"),
]
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def mutate(data: bytes, cuts: list[tuple[int, int]]) -> bytes:
    """Overwrite a few bytes of a real document: damage in plausible places."""
    buffer = bytearray(data)
    for position, value in cuts:
        buffer[position % len(buffer)] = value
    return bytes(buffer)


def run(data: bytes) -> None:
    """Detect then extract; only DocpipeError subclasses may escape."""
    try:
        doc_type = detect_type(data, filename="fuzz.bin", declared=None)
        extraction = extract_text(data, doc_type, LIMITS)
    except DocpipeError:
        return
    assert extraction.chars == len(extraction.text) <= LIMITS.max_text_chars


class TestNoForeignExceptions:
    @FUZZ
    @given(st.binary(max_size=2048))
    def test_arbitrary_bytes(self, data: bytes) -> None:
        """Random bytes are refused or read, never crash."""
        run(data)

    @FUZZ
    @given(st.sampled_from(MAGIC), st.binary(max_size=2048))
    def test_magic_prefixed_bytes(self, magic: bytes, tail: bytes) -> None:
        """Random bytes behind a real signature reach each parser and still fail cleanly."""
        run(magic + tail)

    @FUZZ
    @given(
        st.sampled_from(["invoice.pdf", "contract.docx", "report.html"]),
        st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8),
    )
    def test_damaged_samples(self, name: str, cuts: list[tuple[int, int]]) -> None:
        """Real documents with a few bytes overwritten fail cleanly or still extract."""
        run(mutate((SAMPLES / name).read_bytes(), cuts))

    @FUZZ
    @given(st.sampled_from(KINDS), st.binary(max_size=1024))
    def test_extract_with_any_declared_kind(self, doc_type: DocumentType, data: bytes) -> None:
        """Extraction given a wrong kind raises a DocumentError, never a library error."""
        with contextlib.suppress(DocumentError):
            extract_text(data, doc_type, LIMITS)
