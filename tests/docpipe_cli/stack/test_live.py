"""``docpipe up``'s live lines: events followed in the components' logs, described for people."""

from __future__ import annotations

import json
from pathlib import Path

from docpipe import events
from docpipe_cli.stack.live import LivePrinter, LogFollower, describe

TS = 1_763_715_600_000


def line(**fields: object) -> str:
    return json.dumps({"level": "INFO", "service": "docpipe-worker", **fields}) + "\n"


class TestLogFollower:
    def test_new_events_once_each_and_only_whole_lines(self, tmp_path: Path) -> None:
        """Events appended after the start are yielded once; a half-written line waits for
        its end; non-event lines are skipped."""
        log = tmp_path / "worker.log"
        log.write_text(line(event="step.start", jobId="old", step="download"))
        follower = LogFollower(tmp_path, ["worker", "poller"]).start_at_end()
        assert follower.poll() == []
        whole = line(event="step.start", jobId="j1", step="download")
        half = line(event="job.done", jobId="j1")
        with log.open("a") as handle:
            handle.write(line(message="worker started") + whole + half[:10])
        assert [(c, e["jobId"]) for c, e in follower.poll()] == [("worker", "j1")]
        with log.open("a") as handle:
            handle.write(half[10:])
        assert [e["event"] for _, e in follower.poll()] == ["job.done"]
        assert follower.poll() == []

    def test_a_log_that_appears_later_is_followed(self, tmp_path: Path) -> None:
        """A component whose log did not exist at the start is read from its beginning."""
        follower = LogFollower(tmp_path, ["poller"]).start_at_end()
        (tmp_path / "poller.log").write_text(line(event="job.accepted", jobId="j2"))
        assert [e["jobId"] for _, e in follower.poll()] == ["j2"]


class TestDescribe:
    def test_job_events_read_as_sentences(self) -> None:
        """Accepted, step finished with its duration, retrying with the reason and delay,
        failed with code and message, done."""
        said = [
            describe({"event": events.JOB_ACCEPTED, "jobId": "j", "messageId": "m-1"}),
            describe(
                {"event": events.STEP_FINISH, "jobId": "j", "step": "extract", "durationMs": 1400}
            ),
            describe(
                {
                    "event": events.STEP_RETRY,
                    "jobId": "j",
                    "step": "download",
                    "attempt": 1,
                    "errorType": "TransientError",
                    "error": "S3 answered 503",
                    "nextDelaySeconds": 2,
                }
            ),
            describe(
                {
                    "event": events.JOB_FAILED,
                    "jobId": "j",
                    "error": {"code": "corrupt_document", "message": "not a PDF"},
                }
            ),
            describe({"event": events.JOB_DONE, "jobId": "j"}),
        ]
        assert [text for text, _ in filter(None, said)] == [
            "job j accepted (message m-1)",
            "job j extract finished in 1.4 s",
            "job j download attempt 1 failed (TransientError: S3 answered 503); retrying in 2 s",
            "job j failed: corrupt_document: not a PDF",
            "job j done",
        ]

    def test_page_ranges_say_how_they_ended(self) -> None:
        """A range read (with its unreadable pages), one that will retry, one that gave up."""
        said = [
            describe(
                {
                    "event": events.CHUNK_FINISH,
                    "jobId": "j",
                    "pages": [9, 16],
                    "durationMs": 8200,
                    "chars": 5120,
                    "failedPages": 1,
                }
            ),
            describe(
                {
                    "event": events.CHUNK_RETRY,
                    "jobId": "j",
                    "pages": [1, 8],
                    "attempt": 1,
                    "errorType": "TransientError",
                    "error": "S3 answered 503",
                    "nextDelaySeconds": 2,
                }
            ),
            describe(
                {
                    "event": events.CHUNK_RETRY,
                    "jobId": "j",
                    "pages": [1, 8],
                    "attempt": 5,
                    "errorType": "TransientError",
                    "error": "S3 answered 503",
                }
            ),
        ]
        assert [text for text, _ in filter(None, said)] == [
            "job j extract pages 9-16 read in 8.2 s (5120 characters, 1 unreadable)",
            "job j extract pages 1-8 attempt 1 failed (TransientError: S3 answered 503);"
            " retrying in 2 s",
            "job j extract pages 1-8 attempt 5 failed (TransientError: S3 answered 503); giving up",
        ]

    def test_a_review_gate_shows_waiting_and_its_end(self) -> None:
        """Awaiting review with the reason; the decision when it is settled."""
        waiting = describe(
            {"event": events.JOB_AWAITING, "jobId": "j", "awaiting": "review", "reason": "low"}
        )
        settled = describe({"event": events.REVIEW_SETTLED, "jobId": "j", "decision": "approve"})
        assert waiting is not None
        assert settled is not None
        assert (waiting[0], settled[0]) == ("job j awaiting review: low", "job j review approve")

    def test_readiness_and_requests_are_not_shown(self) -> None:
        assert describe({"event": events.WORKER_READY}) is None
        assert describe({"event": events.API_REQUEST, "request": "GET /"}) is None

    def test_long_job_ids_are_shortened(self) -> None:
        """An S3 job id (43 characters) is cut to keep lines readable."""
        described = describe({"event": events.JOB_DONE, "jobId": "s3-" + "a" * 40})
        assert described is not None
        assert described[0] == "job s3-" + "a" * 20 + "… done"


class TestLivePrinter:
    def test_label_from_the_service_time_from_the_event(self) -> None:
        """The consumer's lines (in the poller's log) are labelled consumer; plain without
        a terminal, ANSI colour with one."""
        out: list[str] = []
        event = {"event": events.JOB_DONE, "jobId": "j", "ts": TS, "service": "docpipe-consumer"}
        assert LivePrinter(out.append).show("poller", event)
        [plain] = out
        assert plain.endswith(" consumer | job j done")
        assert "\033[" not in plain
        LivePrinter(out.append, colour=True).show(
            "worker", {"event": events.JOB_DONE, "jobId": "j"}
        )
        assert "\033[32mjob j done\033[0m" in out[1]

    def test_other_events_print_nothing(self) -> None:
        out: list[str] = []
        assert not LivePrinter(out.append).show("worker", {"event": events.WORKER_READY})
        assert out == []
