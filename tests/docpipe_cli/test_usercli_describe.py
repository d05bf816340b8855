"""How ``docpipe status`` describes a status document in one line."""

from __future__ import annotations

from docpipe_cli.usercli import describe_status


class TestDescribeStatus:
    def test_step_and_its_place(self) -> None:
        """A running job names its step and where that step is in the pipeline."""
        assert describe_status({"status": "processing", "step": "analyze"}) == (
            "processing: analyze (3/5)"
        )

    def test_page_progress_of_a_long_document(self) -> None:
        """A long scan in extract shows pages read out of pages in all."""
        status = {
            "status": "processing",
            "step": "extract",
            "progress": {"pagesDone": 24, "pages": 100},
        }
        assert describe_status(status) == "processing: extract (2/5), pages 24/100"

    def test_failure_says_code_and_message(self) -> None:
        """A failed job shows its error code and message."""
        status = {
            "status": "failed",
            "error": {"code": "too_large", "message": "PDF has 3000 pages"},
        }
        assert describe_status(status) == "failed: too_large: PDF has 3000 pages"

    def test_a_retrying_step_says_why(self) -> None:
        """A step waiting for its next attempt shows the attempt that failed and the cause."""
        status = {
            "status": "processing",
            "step": "download",
            "retrying": {
                "step": "download",
                "attempt": 2,
                "error": {"type": "TransientError", "message": "S3 answered 503"},
                "nextAttemptAt": 1,
            },
        }
        assert describe_status(status) == (
            "processing: download (1/5), retrying after attempt 2 failed: "
            "TransientError: S3 answered 503"
        )

    def test_awaiting_review_says_why_and_what_to_run(self) -> None:
        """A waiting job names the reason and the command that shows the review."""
        status = {"jobId": "j-1", "status": "awaiting_review", "review": {"reason": "requested"}}
        described = describe_status(status)
        assert described.startswith("awaiting review (asked for): ")
        assert described.endswith(" review show j-1")
