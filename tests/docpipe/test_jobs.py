"""The job model and job ids: deterministic, colon-free, round-trippable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from docpipe.errors import InvalidJobError
from docpipe.jobs import (
    JOB_ID_PATTERN,
    STEPS,
    DocumentRef,
    Job,
    promise_id,
    readable_job_id,
    results_key,
    s3_job_id,
    validate_job_id,
)

keys = st.text(min_size=1, max_size=200).filter(lambda k: len(k.encode()) <= 1024)
job_ids = st.from_regex(JOB_ID_PATTERN, fullmatch=True)


class TestJobIds:
    def test_steps_are_the_five_in_order(self) -> None:
        """The pipeline's step names are the contract's, in order."""
        assert STEPS == ("download", "extract", "analyze", "store", "notify")

    @given(
        bucket=st.sampled_from(["docpipe-inbox", "my.bucket"]),
        key=keys,
        version=st.none() | st.text(min_size=1, max_size=40),
        etag=st.none() | st.text(min_size=1, max_size=40),
    )
    def test_s3_job_id_is_deterministic_and_valid(
        self, bucket: str, key: str, version: str | None, etag: str | None
    ) -> None:
        """The same object version always gives the same valid, colon-free id."""
        first = s3_job_id(bucket, key, version, etag)
        assert first == s3_job_id(bucket, key, version, etag)
        assert validate_job_id(first) == first
        assert ":" not in promise_id(first)

    def test_new_version_is_new_job(self) -> None:
        """A new version (or a new ETag without versioning) names a new job."""
        assert s3_job_id("b", "k", "v1", "e") != s3_job_id("b", "k", "v2", "e")
        assert s3_job_id("b", "k", None, "e1") != s3_job_id("b", "k", None, "e2")
        assert s3_job_id("b", "k", None, '"e1"') == s3_job_id("b", "k", None, "e1")

    def test_null_version_falls_back_to_the_etag(self) -> None:
        """Versioning suspended: every overwrite reports version "null", so two different
        uploads must still be two jobs (told apart by ETag), not one silently dropped."""
        assert s3_job_id("b", "k", "null", "e1") != s3_job_id("b", "k", "null", "e2")
        assert s3_job_id("b", "k", "null", "e1") == s3_job_id("b", "k", None, "e1")

    @pytest.mark.parametrize("bad", ["", "a:b", "-lead", "x" * 129, "sp ace", "a/b", 7, None])
    def test_invalid_job_ids_are_refused(self, bad: object) -> None:
        """Ids outside the pattern are refused with an InvalidJobError."""
        with pytest.raises(InvalidJobError):
            validate_job_id(bad)

    @given(job_ids)
    def test_results_key_stays_under_the_job_prefix(self, job_id: str) -> None:
        """A job's result keys live under jobs/<jobId>/."""
        assert results_key(job_id, "text.txt", owner="acme") == (
            f"tenants/acme/jobs/{job_id}/text.txt"
        )

    @given(name=st.text(max_size=300))
    def test_readable_job_id_is_always_valid(self, name: str) -> None:
        """Any file name (non-ASCII, spaces, colons, very long) gives an acceptable id."""
        job_id = readable_job_id("demo-", name)
        assert validate_job_id(job_id) == job_id
        assert job_id.startswith("demo-")

    def test_readable_job_id_keeps_the_name_readable(self) -> None:
        """Allowed characters survive; others (here space, colon, accented letter) become -."""
        assert readable_job_id("demo-", "scan 1:é.pdf") == "demo-scan-1--.pdf"


class TestDocumentRef:
    @given(key=keys)
    def test_url_round_trip(self, key: str) -> None:
        """s3://bucket/key parses back to the same bucket and (decoded) key."""
        ref = DocumentRef("docpipe-inbox", key)
        assert DocumentRef.from_url(ref.url) == ref

    @pytest.mark.parametrize(
        "url", ["http://b/k", "s3://bucket", "s3://bucket/", "s3://UPPER/k", 3, "s3:///k"]
    )
    def test_bad_urls_are_refused(self, url: object) -> None:
        """Anything but s3://bucket/key is an InvalidJobError naming the problem."""
        with pytest.raises(InvalidJobError):
            DocumentRef.from_url(url)


class TestJob:
    @given(
        job_id=job_ids,
        key=keys,
        requester=st.none() | st.text(max_size=30),
        declared=st.none() | st.sampled_from(["application/pdf", "text/plain"]),
        source=st.sampled_from(["s3", "sqs"]),
        submitted=st.none() | st.integers(min_value=0, max_value=2**53),
    )
    def test_dict_round_trip(
        self,
        job_id: str,
        key: str,
        requester: str | None,
        declared: str | None,
        source: str,
        submitted: int | None,
    ) -> None:
        """A job survives the JSON round trip it makes as the durable RPC's argument."""
        job = Job(
            job_id=job_id,
            document=DocumentRef("docpipe-inbox", key, "v1", "etag"),
            source=source,  # type: ignore[arg-type]
            requester_id=requester,
            declared_type=declared,
            submitted_at=submitted,
        )
        assert Job.from_dict(job.to_dict()) == job

    def test_unknown_source_is_refused(self) -> None:
        """A job dict from an unknown source is refused, not guessed."""
        data = Job("j1", DocumentRef("docpipe-inbox", "k"), "sqs").to_dict()
        data["source"] = "ftp"
        with pytest.raises(InvalidJobError):
            Job.from_dict(data)
