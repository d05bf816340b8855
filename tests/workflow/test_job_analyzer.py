"""A job that names its own analyzer (a retry with another one) is analyzed by it; every
other job by the worker's (issue 21, item 4)."""

from __future__ import annotations

from docpipe.jobs import DocumentRef, Job
from docpipe.settings import Settings
from docpipe.testing import InMemoryBlobStore, InMemoryJobTable, RecordingNotifier
from workflow.analyzers import OfflineAnalyzer
from workflow.step_runtime import Runtime
from workflow.worker import analyzer_choice

DOC = DocumentRef(bucket="docpipe-inbox", key="a.txt")


def _deps(settings: Settings) -> Runtime:
    return Runtime.create(
        settings=settings,
        blobs=InMemoryBlobStore(),
        jobs=InMemoryJobTable(),
        notifier=RecordingNotifier(),
        analyzer=OfflineAnalyzer(),
        analyzers=analyzer_choice(settings),
    )


def test_a_job_naming_bedrock_gets_bedrock() -> None:
    """The worker runs offline; a job asking for bedrock gets a Bedrock analyzer (built once)."""
    deps = _deps(Settings(region="us-east-1", bedrock_model_id="m-1"))
    plain = Job(job_id="a", document=DOC, source="sqs")
    retried = Job(
        job_id="a.retry1", document=DOC, source="sqs", retry_of="a", analyzer_override="bedrock"
    )
    assert deps.analyzer_of(plain) is deps.ports.analyzer
    assert deps.ports_for(plain) is deps.ports
    assert deps.ports_for(retried).analyzer.name == "bedrock:m-1"
    chosen = deps.analyzer_of(retried)
    assert chosen.name == "bedrock:m-1"
    assert deps.analyzer_of(retried) is chosen


def test_the_worker_setting_fills_what_the_job_leaves_open() -> None:
    """Without a choice of its own a job gets the worker's analyzer; offline can be asked for."""
    settings = Settings(region="us-east-1", analyzer="bedrock", bedrock_model_id="m-2")
    choose = analyzer_choice(settings)
    assert choose(None, None).name == "bedrock:m-2"
    assert choose("offline", None).name == "offline"
