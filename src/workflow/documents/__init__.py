"""Document handling: what a document is (from its bytes) and the text inside it.

Plain synchronous functions on small frozen records; no AWS, no Resonate. Failures are
``docpipe.errors.DocumentError`` subclasses with stable codes, never library exceptions.
"""

from workflow.documents.detect import detect_type
from workflow.documents.extract import extract_text, read_document
from workflow.documents.types import DocumentKind, DocumentType, Extraction, ExtractionLimits

__all__ = [
    "DocumentKind",
    "DocumentType",
    "Extraction",
    "ExtractionLimits",
    "detect_type",
    "extract_text",
    "read_document",
]
