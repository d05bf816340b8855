"""Two tenants' jobs on one real local stack (``docpipe up --tenants``), and every way of
getting at the other tenant's: each endpoint called as the other tenant, a forged
``requesterId``, a cursor from the other tenant's listing, an unsigned request, a signature
by a key the tenants file does not map, and a key id without its secret."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from botocore.credentials import Credentials

from docpipe_cli.api_client import ApiClient, ApiResponse, Signer
from support.stack import Stack, document, start_stack, stop_and_check, wait_until
from support.tenants import write_tenants

pytestmark = pytest.mark.integration

#: What moto reports as every message's SenderId: here it is acme's reviewer sending.
MOTO_SENDER = "AIDAIT2UOQQY3AUEKVGXU"
KEYS = {
    "acme-reviewer": ("AKIDACMEREVIEWER0001", "acme-reviewer-secret"),
    "acme-reader": ("AKIDACMEREADER000001", "acme-reader-secret"),
    "globex-reviewer": ("AKIDGLOBEXREVIEWER01", "globex-reviewer-secret"),
    "ops": ("AKIDOPSADMIN00000001", "ops-secret"),
}


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    root = tmp_path_factory.mktemp("tenancy")
    tenants = write_tenants(root / "tenants.json", extra_senders={"acme-reviewer": MOTO_SENDER})
    running = start_stack(root / "state", "--tenants", str(tenants))
    try:
        yield running
    finally:
        stop_and_check(running)


def api(stack: Stack, identity: str | None, *, secret: str | None = None) -> ApiClient:
    assert stack.info.status_api
    if identity is None:
        return ApiClient(stack.info.status_api)
    key, real_secret = KEYS.get(identity, (identity, "unmapped-secret"))
    credentials = Credentials(key, secret or real_secret)
    return ApiClient(stack.info.status_api, signer=Signer(stack.info.region, credentials))


def upload(stack: Stack, key: str, text: str) -> str:
    stack.client("s3").put_object(Bucket=stack.info.inbox_bucket, Key=key, Body=document(text))
    return f"s3://{stack.info.inbox_bucket}/{key}"


def send(stack: Stack, body: dict[str, Any]) -> None:
    stack.client("sqs").send_message(QueueUrl=stack.info.queue_url, MessageBody=json.dumps(body))


def finished(stack: Stack, job_id: str, client: ApiClient) -> dict[str, Any]:
    def done() -> dict[str, Any] | None:
        answer = client.get_json(f"/status/{job_id}")
        body = answer.body if answer.status == 200 else None
        return body if body and body["status"] in ("done", "failed", "awaiting_review") else None

    return wait_until(done, timeout=120, what=f"job {job_id} to settle")


@pytest.fixture(scope="module")
def jobs(stack: Stack) -> dict[str, str]:
    """acme: an upload, a direct message waiting for review; globex: an upload; and a
    message from acme's sender claiming globex's requesterId."""
    upload(stack, "acme/invoice.txt", "acme invoice")
    upload(stack, "globex/invoice.txt", "globex invoice")
    for name in ("acme", "globex"):
        upload(stack, f"{name}/second.txt", f"{name} second")
    waiting_url = upload(stack, "acme/review.txt", "acme review")
    send(stack, {"documentUrl": waiting_url, "jobId": "acme-review", "review": True})
    forged_url = upload(stack, "acme/forged.txt", "forged")
    send(stack, {"documentUrl": forged_url, "jobId": "forged-1", "requesterId": "globex"})
    admin = api(stack, "ops")

    def listed() -> dict[str, str] | None:
        answer = admin.get_json("/jobs?limit=100")
        found = {j["documentUrl"].rsplit("/", 2)[-2] + "/" + j["documentUrl"].rsplit("/", 1)[-1]:
                 j["jobId"] for j in answer.body.get("jobs", [])}  # fmt: skip
        return found if len(found) >= 5 else None

    by_key = wait_until(listed, timeout=120, what="five jobs to be listed")
    ids = {
        "acme": by_key["acme/invoice.txt"],
        "globex": by_key["globex/invoice.txt"],
        "acme-review": "acme-review",
    }
    for job_id in ids.values():
        finished(stack, job_id, admin)
    return ids


def status(client: ApiClient, path: str) -> tuple[int, Any]:
    answer: ApiResponse = client.get_json(path)
    return answer.status, answer.body


class TestOwnership:
    def test_each_upload_belongs_to_its_prefixs_tenant(
        self, stack: Stack, jobs: dict[str, str]
    ) -> None:
        """The row, the status document and the results key name the owner."""
        admin = api(stack, "ops")
        assert status(admin, f"/status/{jobs['acme']}")[1]["tenant"] == "acme"
        assert status(admin, f"/status/{jobs['globex']}")[1]["tenant"] == "globex"
        result = status(admin, f"/status/{jobs['globex']}")[1]["result"]
        assert result["resultKey"].startswith(f"tenants/globex/jobs/{jobs['globex']}/")
        stored = stack.client("s3").list_objects_v2(
            Bucket=stack.info.results_bucket, Prefix="tenants/acme/"
        )
        keys = [item["Key"] for item in stored.get("Contents", [])]
        assert keys
        assert not [key for key in keys if jobs["globex"] in key]

    def test_a_forged_requester_id_ends_in_the_dlq(
        self, stack: Stack, jobs: dict[str, str]
    ) -> None:
        """acme's sender claiming globex: refused every time, moved to the DLQ, no job."""
        sqs = stack.client("sqs")

        def dead() -> list[dict[str, Any]] | None:
            found = sqs.receive_message(QueueUrl=stack.info.dlq_url, WaitTimeSeconds=1)
            return found.get("Messages") or None

        [message] = wait_until(dead, timeout=90, what="the forged message in the DLQ")
        assert json.loads(message["Body"])["requesterId"] == "globex"
        assert status(api(stack, "ops"), "/status/forged-1")[0] == 404


class TestTheOtherTenant:
    @pytest.mark.parametrize(
        ("caller", "own", "other"),
        [("acme-reader", "acme", "globex"), ("globex-reviewer", "globex", "acme")],
    )
    def test_status_is_404_for_the_other_tenants_job(
        self, stack: Stack, jobs: dict[str, str], caller: str, own: str, other: str
    ) -> None:
        """Each tenant reads its own job and gets 404 for the other's."""
        client = api(stack, caller)
        assert status(client, f"/status/{jobs[own]}")[0] == 200
        code, body = status(client, f"/status/{jobs[other]}")
        assert code == 404
        assert other not in json.dumps(body).replace(jobs[other], "")

    @pytest.mark.parametrize("caller", ["acme-reader", "globex-reviewer"])
    @pytest.mark.parametrize(
        "path",
        [
            "/jobs?limit=100",
            "/jobs?status=done&limit=100",
            "/jobs?status=awaiting_review",
            "/reviews",
            "/jobs?documentUrl={url}",
        ],
    )
    def test_every_listing_holds_only_the_callers_jobs(
        self, stack: Stack, jobs: dict[str, str], caller: str, path: str
    ) -> None:
        """Whatever the filter, a tenant lists its own jobs and none of the other's."""
        tenant = caller.split("-", maxsplit=1)[0]
        url = quote(f"s3://{stack.info.inbox_bucket}/{tenant}/invoice.txt", safe="")
        code, body = status(api(stack, caller), path.format(url=url))
        assert code == 200
        items = body.get("jobs", body.get("reviews", []))
        assert {item["tenant"] for item in items} <= {tenant}
        if "invoice" in path or path.startswith("/jobs?limit"):
            assert items

    def test_a_cursor_from_the_other_tenants_listing_is_refused(
        self, stack: Stack, jobs: dict[str, str]
    ) -> None:
        """acme's cursors (every-state and one-state) are 400 for globex, not its jobs."""
        acme, globex = api(stack, "acme-reader"), api(stack, "globex-reviewer")
        for query in ("limit=1", "status=done&limit=1"):
            code, page = status(acme, f"/jobs?{query}")
            assert code == 200
            assert "cursor" in page
            code, body = status(globex, f"/jobs?{query}&cursor={page['cursor']}")
            assert code == 400, body

    def test_review_decisions(self, stack: Stack, jobs: dict[str, str]) -> None:
        """globex deciding acme's job: 404; acme's reader: 403; acme's reviewer: settled."""
        path = f"/jobs/{jobs['acme-review']}/review"
        assert api(stack, "globex-reviewer").post_json(path, {"decision": "approve"}).status == 404
        assert api(stack, "acme-reader").post_json(path, {"decision": "approve"}).status == 403
        answer = api(stack, "acme-reviewer").post_json(path, {"decision": "approve"})
        assert answer.status == 200, answer.body
        assert answer.body["settled"] is True


class TestNoWayIn:
    @pytest.mark.parametrize(
        ("caller", "secret", "says"),
        [
            (None, None, "Missing Authentication Token"),
            ("AKIDUNMAPPED00000001", None, "security token"),
            ("acme-reviewer", "a-guessed-secret", "signature"),
        ],
    )
    def test_unsigned_unmapped_and_forged_signatures_get_403(
        self, stack: Stack, jobs: dict[str, str], caller: str | None, secret: str | None, says: str
    ) -> None:
        """No signature, a key no identity has, a mapped key id without its secret: 403 on
        every route, reads and decisions alike."""
        client = api(stack, caller, secret=secret)
        for answer in (
            client.get_json(f"/status/{jobs['acme']}"),
            client.get_json("/jobs"),
            client.get_json("/reviews"),
            client.post_json(f"/jobs/{jobs['acme-review']}/review", {"decision": "reject"}),
        ):
            assert answer.status == 403
            assert says in answer.message


class TestCommands:
    def test_the_cli_signs_as_docpipe_identity(self, stack: Stack, jobs: dict[str, str]) -> None:
        """``docpipe status`` as acme's reader reads acme's job and not globex's; without an
        identity it says which to set."""
        stack_file = str(stack.state_dir / "stack.json")

        def run(job_id: str, **env: str) -> subprocess.CompletedProcess[str]:
            argv = [
                sys.executable,
                "-m",
                "docpipe_cli.cli",
                "status",
                job_id,
                "--stack",
                stack_file,
            ]
            return subprocess.run(
                argv, env=stack.env(**env), capture_output=True, text=True, timeout=60, check=False
            )

        assert run(jobs["acme"], DOCPIPE_IDENTITY="acme-reader").returncode == 0
        assert run(jobs["globex"], DOCPIPE_IDENTITY="acme-reader").returncode == 4
        missing = run(jobs["acme"])
        assert missing.returncode != 0
        assert "DOCPIPE_IDENTITY" in missing.stderr
