"""The console on finished and retried jobs, in a real browser (issue 21, item 6): a finished
job shows how long it ran (not an age that keeps counting), a retry links to the job it
retries, a done job links its extracted text and result.json, and the page has an icon (no
404 for /favicon.ico)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from support.browser import UI_TIMEOUT_MS, chromium, playwright_api
from support.stack import Stack, document, running_stack

pytestmark = [pytest.mark.integration, pytest.mark.slow]

playwright_api()


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    yield from running_stack(tmp_path_factory.mktemp("console-runs"))


def test_run_time_retry_link_and_icon(stack: Stack) -> None:
    bucket = stack.info.inbox_bucket
    url = f"s3://{bucket}/console/late.txt"
    stack.client("sqs").send_message(
        QueueUrl=stack.info.queue_url,
        MessageBody=json.dumps({"documentUrl": url, "jobId": "gone-1"}),
    )
    assert stack.wait_finished("gone-1")["status"] == "failed"
    stack.client("s3").put_object(Bucket=bucket, Key="console/late.txt", Body=document("late"))
    code, answer = stack.post_json("/jobs/gone-1/retry", {})
    assert code == 202, answer
    assert stack.wait_finished("gone-1.retry1")["status"] == "done"

    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.set_default_timeout(UI_TIMEOUT_MS)
        missing: list[str] = []
        page.on("response", lambda r: missing.append(r.url) if r.status == 404 else None)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        assert stack.info.status_api
        page.goto(stack.info.status_api + "/")

        for job in ("gone-1", "gone-1.retry1"):
            cell = page.locator(f'tr[data-job="{job}"] td.run-time')
            cell.wait_for()
            assert re.fullmatch(r"took \d+(\.\d+)? (ms|s)", cell.inner_text()), job

        page.click('tr[data-job="gone-1.retry1"] a')
        link = page.locator('[data-fact="Retry of"] a')
        link.wait_for()
        assert link.inner_text() == "gone-1"
        assert page.locator('[data-fact="Ran for"]').inner_text()
        for name, expected in (
            ("result.json", '"jobId": "gone-1.retry1"'),
            ("text.txt", "late"),
        ):
            href = page.locator(f'a[data-file="{name}"]').get_attribute("href")
            assert href
            answer = page.request.get(stack.info.status_api + "/" + href)
            assert answer.status == 200, (name, answer.status)
            assert expected in answer.text(), name
        link.click()
        page.locator('#job-status[data-status="failed"]').wait_for()

        icon = page.locator('link[rel="icon"]').get_attribute("href") or ""
        assert icon.startswith("data:image/svg+xml")
        assert not [u for u in missing if u.endswith("/favicon.ico")]
        assert errors == []
