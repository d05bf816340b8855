"""The promise fallback: ResonatePromiseReader against the SDK's in-process server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from resonate.resonate import Resonate
from resonate.types import Value

from status_api.promises import ResonatePromiseReader

FAR_FUTURE = 1 << 50


@pytest.fixture
def reader() -> Iterator[ResonatePromiseReader]:
    client = Resonate(env={}, subscription_refresh_secs=0, autostart=False)
    reader = ResonatePromiseReader(client)
    yield reader
    reader.close()


def create(reader: ResonatePromiseReader, promise_id: str) -> None:
    """Create a pending promise through the reader's own client and loop."""
    client = reader._resonate
    reader._loop.run_until_complete(
        client.promises.create(promise_id, FAR_FUTURE, Value(data=None), {})
    )


class TestResonatePromiseReader:
    def test_missing_promise_is_none(self, reader: ResonatePromiseReader) -> None:
        assert reader.get_state("docpipe-job-nope") is None

    def test_pending_promise_is_pending(self, reader: ResonatePromiseReader) -> None:
        create(reader, "docpipe-job-a")
        found = reader.get_state("docpipe-job-a")
        assert found is not None
        assert found.state == "pending"

    def test_rejected_promise_carries_its_message(self, reader: ResonatePromiseReader) -> None:
        """A rejection's error message becomes the reason the status API reports."""
        create(reader, "docpipe-job-b")
        client = reader._resonate
        reader._loop.run_until_complete(
            client.promises.reject("docpipe-job-b", Value(data={"message": "notify failed"}))
        )
        found = reader.get_state("docpipe-job-b")
        assert found is not None
        assert (found.state, found.reason) == ("rejected", "notify failed")
