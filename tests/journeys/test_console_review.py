"""The console's review form drawn from the document classes, in a real browser (Debian's
Chromium through Playwright) against a local stack started with the README's insurance-claim
classes: a wrong value refused with its message, a field added, the evidence box drawn on the
page it was read from, and two reviews in a row each recording their own reviewer and comment.

Screenshots go to ``$DOCPIPE_TEST_ARTIFACTS`` (default ``<repo>/.artifacts``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from docpipe.jobs import results_key
from support.browser import ARTIFACTS, UI_TIMEOUT_MS, chromium, playwright_api
from support.claims import CLASSES_FILE, claim_pdf
from support.stack import Stack, document, running_stack, wait_until

pytestmark = [pytest.mark.integration, pytest.mark.slow]

playwright_api()


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    yield from running_stack(
        tmp_path_factory.mktemp("console-review"),
        env={"DOCPIPE_CLASSES": str(CLASSES_FILE), "DOCPIPE_REVIEW_TIMEOUT_SECONDS": "600"},
    )


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


def send(stack: Stack, job_id: str, body: bytes, suffix: str) -> None:
    """Upload ``body`` and ask for a review of it; wait until it waits."""
    key = f"console-review/{job_id}.{suffix}"
    stack.client("s3").put_object(Bucket=stack.info.inbox_bucket, Key=key, Body=body)
    message = {"documentUrl": f"s3://{stack.info.inbox_bucket}/{key}", "jobId": job_id}
    stack.client("sqs").send_message(
        QueueUrl=stack.info.queue_url, MessageBody=json.dumps({**message, "review": True})
    )
    wait_until(
        lambda: (stack.status(job_id) or {}).get("status") == "awaiting_review",
        timeout=120,
        what=f"{job_id} to await review",
    )


def open_job(stack: Stack, browser: Any, job_id: str) -> tuple[Any, Any, list[str]]:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(UI_TIMEOUT_MS)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    assert stack.info.status_api
    page.goto(f"{stack.info.status_api}/#/job/{job_id}")
    form = page.locator('[data-testid="review-form"]')
    form.wait_for(state="visible")
    return page, form, errors


def test_typed_form_refuses_adds_and_shows_evidence(stack: Stack, browser: Any) -> None:
    """The claim's form: the class select holds the configured classes; money without a
    currency is refused with the API's message and the field marked; a missing field is
    added; the evidence box of the policy number is drawn on page 2; the approval lands."""
    send(stack, "claim-form", claim_pdf(), "pdf")
    page, form, errors = open_job(stack, browser, "claim-form")
    select = form.locator('[data-testid="class-select"]')
    assert select.input_value() == "insurance_claim"
    assert "invoice" in select.locator("option").all_inner_texts()

    # The evidence of the policy number: page 2, the box where the value was printed.
    policy = form.locator('[data-field="fields.policyNumber"]')
    policy.locator('[data-testid="evidence-link"]').click()
    view = page.locator('[data-testid="page-view"][data-page="2"]')
    view.wait_for()
    page.locator('[data-testid="page-image"]:visible').wait_for()
    box = page.locator('[data-testid="evidence-box"]')
    box.wait_for(state="visible")
    cited = stack.status("claim-form")["review"]["analysis"]["evidence"]["fields.policyNumber"]
    assert cited["page"] == 2
    assert cited["text"] == "POL-778812"

    def drawn_box() -> list[float] | None:
        """The box on screen once it is the policy number's own (not the first field's,
        which the page was loading for when "where?" was clicked)."""
        raw = box.get_attribute("data-bbox") or ""
        values = [float(v) for v in raw.split(",")] if raw else []
        same = len(values) == 4 and all(
            abs(a - b) < 1e-6 for a, b in zip(values, cited["bbox"], strict=True)
        )
        return values if same else None

    wait_until(drawn_box, timeout=30, what="the policy number's evidence box")
    x0, y0, x1, y1 = cited["bbox"]
    assert 0 < x0 < x1 < 1
    assert 0 < y0 < y1 < 0.5  # near the top of the form page
    image = page.locator('[data-testid="page-image"]').bounding_box()
    drawn = box.bounding_box()
    assert image is not None
    assert drawn is not None
    assert drawn["x"] == pytest.approx(image["x"] + x0 * image["width"], abs=3)
    assert drawn["y"] == pytest.approx(image["y"] + y0 * image["height"], abs=3)
    page.screenshot(path=str(ARTIFACTS / "console-evidence.png"), full_page=True)

    # Money without a currency: refused, the message shown, the field marked.
    amount = form.locator('[data-field="fields.amountClaimed"]')
    amount.locator('[data-part="amount"]').fill("2600")
    amount.locator('[data-part="currency"]').fill("")
    form.locator('[data-testid="approve"]').click()
    message = form.locator('[data-testid="review-message"][data-outcome="error"]')
    message.wait_for()
    assert "fields.amountClaimed: money needs a currency" in message.inner_text()
    form.locator('.field.invalid[data-field="fields.amountClaimed"]').wait_for()
    assert (stack.status("claim-form") or {})["status"] == "awaiting_review"

    # A field the analysis lacks is added; the currency is put back.
    amount.locator('[data-part="currency"]').fill("EUR")
    form.locator('[data-testid="add-field-select"]').select_option("keyFigures.dueDate")
    form.locator('[data-testid="add-field"]').click()
    form.locator('[data-field="keyFigures.dueDate"] input').fill("2026-03-31")
    items = form.locator('[data-field="fields.damagedItems"]')
    items.locator('[data-testid="add-row"]').click()
    last = items.locator("tr[data-row]").last
    last.locator('td[data-column="item"] input').fill("Wing mirror")
    last.locator('td[data-column="quantity"] input').fill("1")
    last.locator('td[data-column="cost"] [data-part="amount"]').fill("150")
    last.locator('td[data-column="cost"] [data-part="currency"]').fill("EUR")
    form.locator('[data-testid="reviewer"]').fill("carol")
    page.screenshot(path=str(ARTIFACTS / "console-typed-form.png"), full_page=True)
    form.locator('[data-testid="approve"]').click()
    page.locator('[data-testid="job-status"][data-status="done"]').wait_for()
    assert errors == []

    done = stack.status("claim-form") or {}
    analysis = done["result"]["analysis"]
    assert analysis["fields"]["amountClaimed"] == {"amount": 2600, "currency": "EUR"}
    assert analysis["keyFigures"]["dueDate"] == "2026-03-31"
    mirror = {"item": "Wing mirror", "quantity": 1, "cost": {"amount": 150, "currency": "EUR"}}
    assert analysis["fields"]["damagedItems"][-1] == mirror
    review = done["result"]["review"]
    assert review["reviewer"] == "carol"
    changed = {change["field"] for change in review["changes"]}
    assert changed == {"fields.amountClaimed", "keyFigures.dueDate", "fields.damagedItems"}


def test_two_reviews_in_a_row_keep_their_own_reviewer_and_comment(
    stack: Stack, browser: Any
) -> None:
    """Approve A as alice with a comment, go to B: its form is blank; reject B as bob: each
    job records its own reviewer and comment. "Remember me" brings the name back, only it."""
    send(stack, "job-a", document("First of two"), "txt")
    send(stack, "job-b", document("Second of two"), "txt")
    send(stack, "job-c", document("Third of three"), "txt")
    page, form, errors = open_job(stack, browser, "job-a")
    form.locator('[data-testid="reviewer"]').fill("alice")
    form.locator('[data-testid="comment"]').fill("checked against the order")
    form.locator('[data-testid="approve"]').click()
    page.locator('[data-testid="job-status"][data-status="done"]').wait_for()

    page.click('nav a[data-tab="reviews"]')
    page.click('[data-testid="reviews-table"] tr[data-job="job-b"] a')
    form.wait_for(state="visible")
    assert form.locator('[data-testid="reviewer"]').input_value() == ""
    assert form.locator('[data-testid="comment"]').input_value() == ""
    form.locator('[data-testid="reviewer"]').fill("bob")
    form.locator('[data-testid="comment"]').fill("not one of ours")
    form.locator('[data-testid="remember"]').check()
    form.locator('[data-testid="reject"]').click()
    page.locator('[data-testid="job-status"][data-status="failed"]').wait_for()

    page.goto(f"{stack.info.status_api}/#/job/job-c")
    form.wait_for(state="visible")
    assert form.locator('[data-testid="reviewer"]').input_value() == "bob"  # remembered
    assert form.locator('[data-testid="comment"]').input_value() == ""
    assert errors == []

    first = (stack.status("job-a") or {})["result"]["review"]
    assert (first["reviewer"], first["comment"]) == ("alice", "checked against the order")
    rejected = stack.status("job-b") or {}
    assert rejected["error"]["message"] == "rejected in review by bob: not one of ours"
    stored = stack.client("s3").get_object(
        Bucket=stack.info.results_bucket,
        Key=results_key("job-b", "result.json", owner=rejected.get("tenant", "default")),
    )
    second = json.loads(stored["Body"].read())["review"]
    assert (second["decision"], second["reviewer"], second["comment"]) == (
        "reject", "bob", "not one of ours")  # fmt: skip
