"""Every sample event in ``events/`` (except the API Gateway ones) parses as documented."""

from __future__ import annotations

import pytest
from consumer_support import EVENTS_DIR, load_event

from consumer.records import Ignored, parse_sqs_record
from docpipe.jobs import s3_job_id

IGNORED = "ignored"
#: Spaces, a literal plus, an en dash and an umlaut (escaped here to keep the source ASCII).
QUARTERLY_KEY = "inbox/Quarterly report + notes \u2013 M\u00e4rz.pdf"

#: File -> per SQS record: IGNORED, or the (job id, bucket, decoded key) of each job.
EXPECTED: dict[str, list[str | list[tuple[str, str, str]]]] = {
    "sqs-direct.json": [
        [("lease-2026-review", "docpipe-inbox", "contracts/lease 2026.pdf")],
        [("0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f", "docpipe-inbox", "scans/receipt-0042.png")],
    ],
    "s3-via-sqs.json": [
        [
            (
                s3_job_id(
                    "docpipe-inbox",
                    QUARTERLY_KEY,
                    "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo",
                    None,
                ),
                "docpipe-inbox",
                QUARTERLY_KEY,
            )
        ],
        [
            (
                s3_job_id(
                    "docpipe-inbox",
                    "scans/2026-01-01T10:00:00/page 1 of 2.docx",
                    None,
                    "d41d8cd98f00b204e9800998ecf8427e-2",
                ),
                "docpipe-inbox",
                "scans/2026-01-01T10:00:00/page 1 of 2.docx",
            )
        ],
    ],
    "s3-test-event.json": [IGNORED],
    "s3-multi-record.json": [
        [
            (
                s3_job_id(
                    "docpipe-inbox", "batch/invoice 1.pdf", None, "0cc175b9c0f1b6a831c399e269772661"
                ),
                "docpipe-inbox",
                "batch/invoice 1.pdf",
            ),
            (
                s3_job_id(
                    "docpipe-inbox", "batch/invoice+2.pdf", None, "92eb5ffee6ae2fec3ad71c777531578f"
                ),
                "docpipe-inbox",
                "batch/invoice+2.pdf",
            ),
        ]
    ],
    "sqs-fifo.json": [
        [("acme-0001", "docpipe-inbox", "acme/first.pdf")],
        [("acme-0002", "docpipe-inbox", "acme/second.docx")],
        [("acme-0003", "docpipe-inbox", "acme/third.png")],
    ],
    "s3-via-sns.json": [
        [
            (
                s3_job_id(
                    "docpipe-inbox",
                    "shared/meeting notes (draft).txt",
                    "UIORUnfndfiufdisojhr398493jfdkjFJjkndnqUifhnw89493jJFJ",
                    None,
                ),
                "docpipe-inbox",
                "shared/meeting notes (draft).txt",
            )
        ]
    ],
}


def sample_names() -> list[str]:
    return sorted(
        path.name for path in EVENTS_DIR.glob("*.json") if not path.name.startswith("apigw-")
    )


def test_every_sample_has_an_expectation() -> None:
    """A new sample event must say what it parses to (and a listed one must exist)."""
    assert sample_names() == sorted(EXPECTED)


@pytest.mark.parametrize("name", sample_names())
def test_sample_parses_as_expected(name: str) -> None:
    """Each record of the sample yields exactly the expected jobs, or is ignored."""
    records = load_event(name)["Records"]
    assert len(records) == len(EXPECTED[name])
    for record, expected in zip(records, EXPECTED[name], strict=True):
        parsed = parse_sqs_record(record)
        if expected == IGNORED:
            assert isinstance(parsed, Ignored)
            continue
        assert isinstance(parsed, tuple)
        assert [(job.job_id, job.document.bucket, job.document.key) for job in parsed] == expected
        assert all(job.submitted_at is not None for job in parsed)


def test_fifo_sample_comes_from_a_fifo_queue() -> None:
    """The FIFO sample is recognisable as FIFO by its source ARN, as the handler checks."""
    records = load_event("sqs-fifo.json")["Records"]
    assert all(record["eventSourceARN"].endswith(".fifo") for record in records)
    assert len({record["attributes"]["MessageGroupId"] for record in records}) == 1
