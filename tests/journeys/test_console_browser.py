"""The web console in a real browser (Debian's Chromium, driven by Playwright) against a
running local stack: find the waiting job, approve it with a correction, see it done.

Screenshots go to ``$DOCPIPE_TEST_ARTIFACTS`` (default ``<repo>/.artifacts``):
``console-review.png`` (the review form) and ``console-done.png`` (the finished job).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.browser import ARTIFACTS, UI_TIMEOUT_MS, chromium, playwright_api
from support.business_documents import CLAIM_BUNDLE, INVOICE_TEXT, bundle_pdf
from support.stack import Stack, document, running_stack, wait_until

pytestmark = [pytest.mark.integration, pytest.mark.slow]

playwright_api()


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    yield from running_stack(tmp_path_factory.mktemp("console"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


def send(stack: Stack, job_id: str, text: str, *, review: bool) -> None:
    key = f"console/{job_id}.txt"
    stack.client("s3").put_object(Bucket=stack.info.inbox_bucket, Key=key, Body=document(text))
    body = {"documentUrl": f"s3://{stack.info.inbox_bucket}/{key}", "jobId": job_id}
    if review:
        body["review"] = True
    stack.client("sqs").send_message(QueueUrl=stack.info.queue_url, MessageBody=json.dumps(body))


def test_approve_a_waiting_job_with_a_correction(stack: Stack, browser: Any) -> None:
    """Reviews tab -> the waiting job -> correct documentType -> Approve -> done, corrected."""
    send(stack, "plain-1", "An ordinary invoice", review=False)
    send(stack, "needs-eyes", "Please have a look at this one", review=True)
    stack.wait_finished("plain-1")
    wait_until(
        lambda: (stack.status("needs-eyes") or {}).get("status") == "awaiting_review",
        timeout=120,
        what="the job to await review",
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.set_default_timeout(UI_TIMEOUT_MS)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    assert stack.info.status_api
    page.goto(stack.info.status_api + "/")

    # The jobs list shows both jobs, newest first, with their states.
    page.locator('tr[data-job="plain-1"][data-status="done"]').wait_for()
    page.locator('tr[data-job="needs-eyes"][data-status="awaiting_review"]').wait_for()
    page.select_option('[data-testid="status-filter"]', "awaiting_review")
    page.locator('tr[data-job="plain-1"]').wait_for(state="detached")

    # The review queue leads to the job page with its form.
    page.click('nav a[data-tab="reviews"]')
    page.click('[data-testid="reviews-table"] tr[data-job="needs-eyes"] a')
    form = page.locator('[data-testid="review-form"]')
    form.wait_for(state="visible")
    page.click('nav a[data-tab="jobs"]')
    page.locator('[data-testid="review-form"]').wait_for(state="hidden")
    page.go_back()
    form.wait_for(state="visible")
    for step in ("download", "extract", "analyze", "review"):
        page.locator(f'[data-testid="timeline"] [data-step="{step}"] .bar').wait_for()
    form.locator('[data-testid="class-select"]').select_option("letter")
    form.locator('input[name="reviewer"]').fill("browser-test")
    page.screenshot(path=str(ARTIFACTS / "console-review.png"), full_page=True)
    form.locator('[data-testid="approve"]').click()

    # The console follows the job to done and shows the corrected analysis.
    page.locator('[data-testid="job-status"][data-status="done"]').wait_for()
    form.wait_for(state="hidden")
    page.locator('[data-testid="timeline"] [data-step="notify"] .bar-ok').wait_for()
    analysis = page.locator('[data-testid="analysis"]')
    analysis.filter(has_text="corrected").wait_for()
    assert "letter" in analysis.inner_text()
    page.screenshot(path=str(ARTIFACTS / "console-done.png"), full_page=True)
    assert errors == []

    # The API agrees: done, corrected, the review recorded with its reviewer.
    status = stack.status("needs-eyes")
    assert status is not None
    assert status["result"]["analysis"]["documentType"] == "letter"
    assert status["result"]["review"]["reviewer"] == "browser-test"
    assert status["result"]["review"]["corrections"] == {"documentType": "letter"}


def test_a_job_page_shows_its_line_items(stack: Stack, browser: Any) -> None:
    """An invoice with a table: the job page lists its rows with quantity, price, amount and
    the page each was read from."""
    key = "console/table-invoice.txt"
    stack.client("s3").put_object(
        Bucket=stack.info.inbox_bucket, Key=key, Body=INVOICE_TEXT.encode()
    )
    body = {"documentUrl": f"s3://{stack.info.inbox_bucket}/{key}", "jobId": "table-invoice"}
    stack.client("sqs").send_message(QueueUrl=stack.info.queue_url, MessageBody=json.dumps(body))
    stack.wait_finished("table-invoice")
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.set_default_timeout(UI_TIMEOUT_MS)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    assert stack.info.status_api
    page.goto(stack.info.status_api + "/#/job/table-invoice")
    table = page.locator('[data-testid="analysis"] [data-testid="line-items"]')
    table.wait_for()
    rows = table.locator("tbody tr")
    assert rows.count() == 2
    cells = rows.nth(0).locator("td").all_inner_texts()
    assert cells == ["Cloud hosting (monthly)", "3", "1250", "3750 EUR", "1"]
    assert "Security audit" in rows.nth(1).inner_text()

    # A PDF bundling three documents lists them, each with its pages, type and figures.
    stack.client("s3").put_object(
        Bucket=stack.info.inbox_bucket, Key="console/claim.pdf", Body=bundle_pdf(CLAIM_BUNDLE)
    )
    body = {"documentUrl": f"s3://{stack.info.inbox_bucket}/console/claim.pdf", "jobId": "claim"}
    stack.client("sqs").send_message(QueueUrl=stack.info.queue_url, MessageBody=json.dumps(body))
    # A bundle's whole-file type is unsure, so the job waits for a reviewer, who sees this.
    wait_until(
        lambda: (stack.status("claim") or {}).get("status") in ("awaiting_review", "done"),
        timeout=120,
        what="the bundle to be analysed",
    )
    page.goto(stack.info.status_api + "/#/job/claim")
    sections = page.locator('[data-testid="analysis"] [data-testid="sections"] tbody tr')
    sections.first.wait_for()
    shown = [sections.nth(i).locator("td").all_inner_texts()[:4] for i in range(sections.count())]
    assert shown == [
        ["1", "letter", "", ""],
        ["2", "invoice", "INV-7", "95 USD"],
        ["3", "receipt", "42", "2.49 USD"],
    ]
    page.screenshot(path=str(ARTIFACTS / "console-line-items.png"), full_page=True)
    assert errors == []


def test_a_failed_job_shows_its_error_and_meaning(stack: Stack, browser: Any) -> None:
    """A rejected job's page shows rejected_in_review and what it means."""
    send(stack, "to-reject", "Reject me", review=True)
    wait_until(
        lambda: (stack.status("to-reject") or {}).get("status") == "awaiting_review",
        timeout=120,
        what="the job to await review",
    )
    page = browser.new_page()
    page.set_default_timeout(UI_TIMEOUT_MS)
    assert stack.info.status_api
    page.goto(stack.info.status_api + "/#/job/to-reject")
    page.locator('[data-testid="review-form"]').wait_for(state="visible")
    page.locator('[data-testid="reject"]').click()
    error = page.locator('[data-testid="job-error"]')
    error.wait_for(state="visible")
    assert "rejected_in_review" in error.inner_text()
    assert "A reviewer rejected the analysis." in error.inner_text()


def test_older_jobs_load_page_by_page_and_the_list_holds_still(stack: Stack, browser: Any) -> None:
    """With pages of one job, "Older jobs" appends the next job of every state, in the API's
    newest-first order, and the list stops refreshing until "Back to the newest"."""
    for index in range(3):
        send(stack, f"paged-{index}", f"Paged document {index}", review=False)
    for index in range(3):
        stack.wait_finished(f"paged-{index}")
    status, listing = stack.get_json("/jobs?limit=3")
    assert status == 200
    newest = [job["jobId"] for job in listing["jobs"]]
    page = browser.new_page()
    page.set_default_timeout(UI_TIMEOUT_MS)
    assert stack.info.status_api
    page.goto(stack.info.status_api + "/?pageSize=1")
    rows = page.locator('[data-testid="jobs-table"] tr[data-job]')
    rows.first.wait_for()
    assert rows.count() == 1
    for shown in (2, 3):
        page.click('[data-testid="jobs-more"]')
        rows.nth(shown - 1).wait_for()
    assert [rows.nth(i).get_attribute("data-job") for i in range(3)] == newest
    page.locator('[data-testid="jobs-newest"]').wait_for(state="visible")
    page.click('[data-testid="jobs-newest"]')
    rows.nth(1).wait_for(state="detached")
    assert rows.count() == 1


def test_docpipe_console_serves_the_app_through_its_proxy(stack: Stack, browser: Any) -> None:
    """``docpipe console --stack`` serves the same app and forwards its calls: the jobs list
    loads in the browser from the local proxy."""
    stackfile = str(stack.state_dir / "stack.json")
    process = stack.spawn(
        [sys.executable, "-m", "docpipe_cli.cli", "console", "--stack", stackfile, "--port", "0"],
        stack.logs / "console.log",
        stack.env(),
    )
    url = wait_until(
        lambda: _first_line(stack.logs / "console.log"), timeout=30, what="docpipe console"
    )
    page = browser.new_page()
    page.set_default_timeout(UI_TIMEOUT_MS)
    page.goto(url + "/")
    page.locator('[data-testid="jobs-table"] tr[data-job]').first.wait_for()
    assert process.poll() is None  # stopped with the stack


def _first_line(log: Path) -> str | None:
    try:
        lines = log.read_text().splitlines()
    except FileNotFoundError:
        return None
    return next((line for line in lines if line.startswith("http://")), None)
