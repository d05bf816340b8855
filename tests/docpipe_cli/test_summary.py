"""The one-line outcome the demos print, from the status API's shape."""

from __future__ import annotations

from dataclasses import replace

from docpipe.ports import JobRecord
from docpipe_cli.summary import outcome_summary

BASE = JobRecord(
    job_id="j1", status="done", document_url="s3://docpipe-inbox/a.pdf", created_at=1, updated_at=2
)


def test_done_job_names_type_method_and_words() -> None:
    done = replace(
        BASE,
        result={
            "analysis": {"documentType": "invoice"},
            "extraction": {"method": "pdf-text", "words": 42},
        },
    )
    assert outcome_summary(done.to_api()) == "invoice; pdf-text, 42 words"


def test_done_job_without_details_shows_dashes() -> None:
    assert outcome_summary(replace(BASE, result={}).to_api()) == "-; -, - words"


def test_failed_job_gives_code_and_message() -> None:
    failed = replace(
        BASE, status="failed", error={"code": "corrupt_document", "message": "bad xref"}
    )
    assert outcome_summary(failed.to_api()) == "corrupt_document: bad xref"


def test_unfinished_and_unknown_jobs() -> None:
    running = replace(BASE, status="processing", step="extract", step_started_at=1)
    assert outcome_summary(running.to_api()) == "still extract"
    assert outcome_summary(None) == "never picked up"
