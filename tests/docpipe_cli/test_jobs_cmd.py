"""``docpipe jobs``: the listing a page at a time, as the status API pages it (issue 21, 4)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from docpipe_cli.cli import main
from support.fake_api import FakeApi, fake_api, live_stack_file


@pytest.fixture
def api(tmp_path: Path) -> Iterator[tuple[FakeApi, Path]]:
    with fake_api() as running, live_stack_file(tmp_path, running) as stack_file:
        yield running, stack_file


def test_one_page_of_a_state_and_the_command_for_the_next(
    api: tuple[FakeApi, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """``--status failed --limit 2`` asks for that page, prints a row per job with its error
    code, and prints the command that fetches the next page."""
    fake, stack = api
    fake.answers["GET", "/jobs?limit=2&status=failed"] = (
        200,
        {
            "jobs": [
                {
                    "jobId": "j-2",
                    "status": "failed",
                    "createdAt": 2,
                    "documentUrl": "s3://b/2",
                    "error": {"code": "too_large"},
                },
                {
                    "jobId": "j-1",
                    "status": "failed",
                    "createdAt": 1,
                    "documentUrl": "s3://b/1",
                    "error": {"code": "not_found"},
                    "retryOf": "j-0",
                },
            ],
            "cursor": "abc",
        },
    )
    assert main(["jobs", "--status", "failed", "--limit", "2", "--stack", str(stack)]) == 0
    out, err = capsys.readouterr()
    rows = [line.split("\t") for line in out.splitlines()]
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [
        ("j-2", "failed", "too_large", "s3://b/2"),
        ("j-1", "failed", "not_found (retry of j-0)", "s3://b/1"),
    ]
    assert f"jobs --status failed --limit 2 --cursor abc --stack {stack}" in err

    fake.answers["GET", "/jobs?limit=2&status=failed&cursor=abc"] = (200, {"jobs": []})
    assert (
        main(
            ["jobs", "--status", "failed", "--limit", "2", "--cursor", "abc", "--stack", str(stack)]
        )
        == 0
    )
    assert capsys.readouterr().out == "no jobs failed\n"


def test_a_limit_out_of_range_is_refused_before_asking(
    api: tuple[FakeApi, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    fake, stack = api
    assert main(["jobs", "--limit", "0", "--stack", str(stack)]) == 2
    assert fake.requests == []
