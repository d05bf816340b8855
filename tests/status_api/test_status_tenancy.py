"""Every route of the status API, called as each identity of two tenants: nobody reads or
decides a job that is not theirs, and nobody unknown reads anything."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import boto3
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_reviews import REVIEW_ID, FirstWinsPromises, call, request, waiting_record

from docpipe.aws import DynamoJobTable, create_job_table
from docpipe.ports import JobRecord, JobTable
from docpipe.progress import JobUpdate, Terminal
from docpipe.testing import InMemoryBlobStore, InMemoryJobTable, moto_aws
from status_api import handler
from status_api.errors import Forbidden, JobNotFound
from status_api.identity import authorize, principals_of
from status_api.pages import PageService
from status_api.promises import PromiseStatus
from status_api.service import StatusService
from support.tenants import two_tenants

ACME_REVIEWER = "arn:aws:sts::123456789012:assumed-role/acme-app/alice"
ACME_READER = "arn:aws:iam::123456789012:user/acme-reader"
GLOBEX_REVIEWER = "arn:aws:iam::123456789012:role/globex-app"
ADMIN = "arn:aws:iam::123456789012:role/ops"
STRANGER = "arn:aws:iam::123456789012:user/mallory"
#: Who each principal is and the tenant it reads (``None``: every tenant).
SCOPE = {ACME_REVIEWER: "acme", ACME_READER: "acme", GLOBEX_REVIEWER: "globex", ADMIN: None}


def as_caller(event: dict[str, Any], principal: str | None) -> dict[str, Any]:
    """``event`` as API Gateway delivers it for ``principal`` (``None``: unsigned)."""
    context = event["requestContext"]
    if principal is None:
        context.pop("authorizer", None)
    else:
        context["authorizer"] = {"iam": {"userArn": principal, "accessKey": "ASIAEXAMPLE"}}
    return event


def job(job_id: str, tenant: str, status: str = "done", created_at: int = 1000) -> JobRecord:
    base = waiting_record(job_id, created_at) if status == "awaiting_review" else None
    record = base or JobRecord(
        job_id=job_id,
        status=status,  # type: ignore[arg-type]
        document_url="s3://docpipe-inbox/shared.txt",
        created_at=created_at,
        updated_at=created_at + 1,
        result={"analysis": {"total": 42}},
    )
    return replace(record, tenant=tenant, document_url="s3://docpipe-inbox/shared.txt")


@pytest.fixture
def table() -> InMemoryJobTable:
    table = InMemoryJobTable()
    for index, (tenant, status) in enumerate(
        [("acme", "done"), ("globex", "done"), ("acme", "awaiting_review"),
         ("globex", "awaiting_review"), ("acme", "failed"), ("globex", "processing")]
    ):  # fmt: skip
        record = job(f"{tenant}-{index}", tenant, status, created_at=1000 + index)
        table.records[record.job_id] = record
    return table


@pytest.fixture
def engine(table: InMemoryJobTable) -> FirstWinsPromises:
    engine = FirstWinsPromises()
    for record in table.records.values():
        if record.review:
            engine.states[record.review["promiseId"]] = PromiseStatus("pending")
    # Queued: dispatched, no row yet (only its promise says whose it is).
    param_owner = {"docpipe-job-acme-queued": "acme"}
    for promise, owner in param_owner.items():
        engine.states[promise] = PromiseStatus("pending", owner=owner)
    return engine


@pytest.fixture(autouse=True)
def installed(table: InMemoryJobTable, engine: FirstWinsPromises) -> Any:
    handler.use_service(StatusService(jobs=table, promises=engine, tenancy=two_tenants()))
    yield
    handler.use_service(None)


def get(path: str, principal: str | None, query: str = "") -> tuple[int, Any]:
    return call(as_caller(request("GET", path, query=query), principal))


def decide(job_id: str, principal: str | None, decision: str = "approve") -> tuple[int, Any]:
    body = json.dumps({"decision": decision})
    return call(as_caller(request("POST", f"/jobs/{job_id}/review", body=body), principal))


def listed(body: dict[str, Any], name: str = "jobs") -> list[str]:
    return [item["jobId"] for item in body[name]]


class TestNoIdentityNoAccess:
    @pytest.mark.parametrize("principal", [None, STRANGER])
    @pytest.mark.parametrize(
        ("path", "query"),
        [("/status/acme-0", ""), ("/jobs", ""), ("/jobs", "status=done"), ("/reviews", "")],
    )
    def test_reads_without_a_known_identity_are_403(
        self, principal: str | None, path: str, query: str
    ) -> None:
        """An unsigned request, or one by a principal no tenant lists, reads nothing."""
        status, body = get(path, principal, query)
        assert status == 403
        assert "acme" not in json.dumps(body)

    @pytest.mark.parametrize("principal", [None, STRANGER])
    def test_decisions_without_a_known_identity_are_403(self, principal: str | None) -> None:
        """Nor does it decide anything."""
        assert decide("acme-2", principal)[0] == 403

    def test_single_tenant_needs_an_identity_too(self, table: InMemoryJobTable) -> None:
        """Without a tenants file an authenticated caller is admin, an unsigned one nobody."""
        handler.use_service(StatusService(jobs=table))
        assert get("/status/acme-0", None)[0] == 403
        assert get("/status/acme-0", STRANGER)[0] == 200


class TestAnotherTenantsJob:
    @pytest.mark.parametrize("principal", [ACME_REVIEWER, ACME_READER])
    def test_status_of_another_tenants_job_is_404_like_a_missing_one(self, principal: str) -> None:
        """globex's job is 404 to acme, with the very answer of a job that does not exist."""
        status, body = get("/status/globex-1", principal)
        missing_status, missing = get("/status/globex-999", principal)
        assert (status, missing_status) == (404, 404)
        assert body["message"].replace("globex-1", "X") == missing["message"].replace(
            "globex-999", "X"
        )
        assert get("/status/acme-0", principal)[0] == 200

    def test_a_queued_job_is_its_owners_alone(self) -> None:
        """A job with only its promise so far: its owner (from the promise) sees it queued."""
        assert get("/status/acme-queued", ACME_READER)[0] == 200
        assert get("/status/acme-queued", GLOBEX_REVIEWER)[0] == 404

    def test_admin_sees_every_tenant(self) -> None:
        """The admin reads both tenants' jobs."""
        assert get("/status/globex-1", ADMIN)[0] == 200
        assert get("/status/acme-0", ADMIN)[0] == 200

    @pytest.mark.parametrize("principal", list(SCOPE))
    @pytest.mark.parametrize(
        ("path", "query", "name"),
        [
            ("/jobs", "", "jobs"),
            ("/jobs", "status=done", "jobs"),
            ("/jobs", "status=awaiting_review", "jobs"),
            ("/jobs", "documentUrl=s3://docpipe-inbox/shared.txt", "jobs"),
            ("/reviews", "", "reviews"),
        ],
    )
    def test_every_listing_holds_the_callers_jobs_only(
        self, principal: str, path: str, query: str, name: str, table: InMemoryJobTable
    ) -> None:
        """Every list, whatever its filter, holds exactly the jobs the caller may see."""
        status, body = get(path, principal, query)
        assert status == 200
        tenants = {table.records[job_id].tenant for job_id in listed(body, name)}
        scope = SCOPE[principal]
        assert tenants <= ({scope} if scope else {"acme", "globex"})
        if scope is None:
            assert tenants == {"acme", "globex"}

    @pytest.mark.parametrize("query", ["limit=1", "limit=1&status=done", "limit=1&status=failed"])
    def test_a_cursor_from_another_tenants_listing_is_refused(self, query: str) -> None:
        """acme's cursor handed to globex (and an admin's to acme) is 400, never a page of
        someone else's jobs."""
        status, acme = get("/jobs", ACME_READER, "limit=1")
        assert status == 200
        assert "cursor" in acme
        for principal in (GLOBEX_REVIEWER, ADMIN):
            status, body = get("/jobs", principal, f"limit=1&cursor={acme['cursor']}")
            assert status == 400, body
        _, admin = get("/jobs", ADMIN, "limit=1&status=done")
        status, _ = get("/jobs", ACME_READER, f"limit=1&status=done&cursor={admin['cursor']}")
        assert status == 400
        status, _ = get("/jobs", GLOBEX_REVIEWER, query)
        assert status == 200

    def test_a_tenants_own_cursor_pages_through_its_own_jobs(self) -> None:
        """Following acme's cursors lists all acme's jobs and only them."""
        seen: list[str] = []
        query = "limit=1"
        while True:
            status, body = get("/jobs", ACME_READER, query)
            assert status == 200
            seen += listed(body)
            if "cursor" not in body:
                break
            query = f"limit=1&cursor={body['cursor']}"
        assert seen == ["acme-4", "acme-2", "acme-0"]


class TestPages:
    def test_another_tenants_page_images_are_404_before_anything_is_read(
        self, table: InMemoryJobTable
    ) -> None:
        """acme asking for globex's page image: 404, and no object is read or rendered;
        unsigned: 403."""
        store = InMemoryBlobStore()
        handler.use_pages(PageService(table, store, "docpipe-results", max_document_bytes=10**6))
        try:
            for principal in (ACME_READER, ACME_REVIEWER):
                assert get("/jobs/globex-1/pages/1", principal)[0] == 404
            assert get("/jobs/globex-1/pages/1", None)[0] == 403
            assert store.objects == {}
        finally:
            handler.use_pages(None)


class TestDecisions:
    def test_another_tenants_review_is_404(self, engine: FirstWinsPromises) -> None:
        """globex's reviewer deciding acme's job finds no such job, and settles nothing."""
        status, _ = decide("acme-2", GLOBEX_REVIEWER)
        assert status == 404
        assert engine.resolves == []

    def test_a_readers_decision_is_403(self, engine: FirstWinsPromises) -> None:
        """acme's reader may see acme's waiting job but not decide it."""
        assert get("/status/acme-2", ACME_READER)[0] == 200
        status, body = decide("acme-2", ACME_READER)
        assert status == 403
        assert "acme-reader" in body["message"]
        assert engine.resolves == []

    def test_the_owners_reviewer_and_the_admin_decide(self, engine: FirstWinsPromises) -> None:
        """acme's reviewer settles acme's job; the admin settles globex's."""
        assert decide("acme-2", ACME_REVIEWER)[0] == 200
        assert decide("globex-3", ADMIN)[0] == 200
        assert [promise for promise, _ in engine.resolves] == [
            "docpipe-job-acme-2:4",
            "docpipe-job-globex-3:4",
        ]
        assert REVIEW_ID not in engine.states


class TestAuthorize:
    """The one check a route reading or changing one job makes (retry, pages, evidence)."""

    def test_own_job_passes_other_tenants_is_404_readers_change_is_403(self) -> None:
        """acme's reviewer gets acme's row; globex's is 404 like a missing one; acme's
        reader may read it but not change it; the admin may change globex's."""
        tenancy = two_tenants()
        reviewer, reader = tenancy.caller(ACME_REVIEWER), tenancy.caller(ACME_READER)
        admin = tenancy.caller(ADMIN)
        assert reviewer is not None
        assert reader is not None
        assert admin is not None
        acme, globex = job("acme-0", "acme"), job("globex-1", "globex")
        assert authorize(acme, "acme-0", reviewer, change=True) is acme
        for record in (globex, None):
            with pytest.raises(JobNotFound, match="no job with id"):
                authorize(record, "globex-1", reviewer)
        assert authorize(acme, "acme-0", reader) is acme
        with pytest.raises(Forbidden):
            authorize(acme, "acme-0", reader, change=True)
        assert authorize(globex, "globex-1", admin, change=True) is globex


class TestPrincipals:
    def test_reads_http_api_and_rest_api_contexts(self) -> None:
        """Payload 2.0's authorizer.iam and 1.0's identity both name the caller."""
        v2 = {"requestContext": {"authorizer": {"iam": {"userArn": "a", "accessKey": "k"}}}}
        v1 = {"requestContext": {"identity": {"userArn": "a", "accessKey": "k", "user": "u"}}}
        assert principals_of(v2) == ("a", "k")
        assert principals_of(v1) == ("a", "u", "k")
        assert principals_of({"requestContext": {}}) == ()
        assert principals_of({}) == ()


#: One request: who, which route, which job (or which page of which listing).
requests = st.tuples(
    st.sampled_from([ACME_REVIEWER, ACME_READER, GLOBEX_REVIEWER]),
    st.sampled_from(["status", "jobs", "jobs-state", "reviews", "decide", "document"]),
    st.sampled_from(["acme-0", "globex-1", "acme-2", "globex-3", "acme-4", "globex-5"]),
    st.sampled_from(["approve", "reject"]),
)


#: The jobs each property example starts from: (tenant, state), created in this order.
SEEDED = [
    ("acme", "done"),
    ("globex", "done"),
    ("acme", "awaiting_review"),
    ("globex", "awaiting_review"),
    ("acme", "failed"),
    ("globex", "awaiting_review"),
]


def seed(table: JobTable, engine: FirstWinsPromises) -> None:
    """Write :data:`SEEDED` through the port, as the worker would: a step, then the end."""
    for index, (tenant, state) in enumerate(SEEDED):
        job_id, now = f"{tenant}-{index}", 1000 + index
        row = {"job_id": job_id, "document_url": "s3://docpipe-inbox/shared.txt", "tenant": tenant}
        table.update(JobUpdate(**row, started="analyze", at=now))
        if state == "awaiting_review":
            review = dict(waiting_record(job_id, now).review or {})
            table.update(JobUpdate(**row, review=review, at=now))
            engine.states[review["promiseId"]] = PromiseStatus("pending")
        else:
            terminal = Terminal(status=state)  # type: ignore[arg-type]
            table.update(JobUpdate(**row, terminal=terminal, at=now))


@pytest.fixture(scope="module")
def dynamodb() -> Iterator[Any]:
    """moto's DynamoDB for the module (started once: each example makes its own table)."""
    with moto_aws("us-east-1"):
        yield boto3.client("dynamodb", region_name="us-east-1")


def job_table(backend: str, dynamodb: Any) -> JobTable:
    """A fresh in-memory table, or a fresh DynamoDB (moto) one with its byTenantStatus index."""
    if backend == "fake":
        return InMemoryJobTable()
    name = f"jobs-{next(_TABLES)}"
    create_job_table(dynamodb, name)
    return DynamoJobTable(dynamodb, name)


_TABLES = itertools.count()


class TestNobodyReadsAJobNotTheirs:
    @settings(max_examples=60, deadline=None)
    @given(st.lists(requests, min_size=1, max_size=25))
    def test_request_sequences_across_three_identities(
        self, sequence: list[tuple[str, str, str, str]]
    ) -> None:
        """Any sequence of calls by acme's reviewer, acme's reader and globex's reviewer --
        reads, listings followed by their own and each other's cursors, decisions -- never
        answers with a job of another tenant, and never changes one."""
        self._run(InMemoryJobTable(), sequence)

    @settings(max_examples=12, deadline=None)
    @given(st.lists(requests, min_size=1, max_size=25))
    def test_the_same_on_dynamodb(
        self, dynamodb: Any, sequence: list[tuple[str, str, str, str]]
    ) -> None:
        """The same property on DynamoDB's table (moto): its byTenantStatus partitions and its
        own cursors (fewer examples: moto is slow)."""
        self._run(job_table("moto", dynamodb), sequence)

    def _run(self, table: JobTable, sequence: list[tuple[str, str, str, str]]) -> None:
        engine = FirstWinsPromises()
        seed(table, engine)
        self._check(table, engine, sequence)

    @staticmethod
    def _check(
        table: JobTable, engine: FirstWinsPromises, sequence: list[tuple[str, str, str, str]]
    ) -> None:
        handler.use_service(StatusService(jobs=table, promises=engine, tenancy=two_tenants()))
        owner = {f"{tenant}-{index}": tenant for index, (tenant, _) in enumerate(SEEDED)}
        cursors: list[str] = []  # every cursor anyone was given, tried by everyone
        for principal, route, job_id, decision in sequence:
            tenant = SCOPE[principal]
            if route == "decide":
                before = len(engine.resolves)
                status, body = decide(job_id, principal, decision)
                changed = len(engine.resolves) > before
                if owner[job_id] != tenant:
                    assert status == 404
                    assert not changed
                elif principal == ACME_READER:
                    assert status == 403
                    assert not changed
                continue
            if route == "status":
                status, body = get(f"/status/{job_id}", principal)
                assert (status == 200) == (owner[job_id] == tenant)
                items = [body] if status == 200 else []
            else:
                path, name, query = {
                    "jobs": ("/jobs", "jobs", "limit=2"),
                    "jobs-state": ("/jobs", "jobs", "limit=1&status=awaiting_review"),
                    "reviews": ("/reviews", "reviews", "limit=1"),
                    "document": ("/jobs", "jobs", "documentUrl=s3://docpipe-inbox/shared.txt"),
                }[route]
                if cursors and route != "document":
                    query += f"&cursor={cursors[-1]}"
                status, body = get(path, principal, query)
                assert status in (200, 400)
                items = body.get(name, []) if status == 200 else []
                if status == 200 and "cursor" in body:
                    cursors.append(body["cursor"])
            for item in items:
                assert owner[item["jobId"]] == tenant, (principal, route, item["jobId"])
                assert item["tenant"] == tenant
