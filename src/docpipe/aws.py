"""AWS implementations of the ports, and the one place boto3 clients are built.

Clients are built by :func:`client` from :class:`~docpipe.settings.Settings` (endpoint,
region) and injected; nothing here runs at import time. boto3 itself (and botocore's client
machinery, about a third of a Lambda's cold import) is imported by :func:`client`, when the
first client is built: a consumer without a tenants parameter or requester metadata never
builds one. Only botocore's exception classes, which the adapters catch, load with this module.
"""

from __future__ import annotations

import base64
import json
import threading
from collections import OrderedDict
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

import msgspec
from botocore.exceptions import ClientError, HTTPClientError
from botocore.exceptions import ConnectionError as BotoConnectionError

from docpipe.errors import ConfigError, DocumentNotFound, DocumentTooLarge, TransientError
from docpipe.jobs import DocumentRef, pages_in
from docpipe.ports import Announcement, Blob, JobPage, JobRecord
from docpipe.table_writes import (
    PAGE_RUNS,
    RUN_PREFIX,
    TENANT_STATUS,
    new_item,
    page_runs,
    tenant_status,
    update_request,
)
from docpipe.tenancy import DEFAULT_TENANT, Tenancy

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_s3 import S3Client
    from mypy_boto3_sns import SNSClient

    from docpipe.jobs import JobState, StepName
    from docpipe.progress import JobUpdate
    from docpipe.settings import Settings

#: botocore's "standard" retry mode: bounded retries with backoff for throttling and 5xx;
#: the client ``Config``'s arguments.
_CLIENT_CONFIG: dict[str, Any] = {
    "retries": {"mode": "standard", "max_attempts": 4},
    "connect_timeout": 5,
    "read_timeout": 60,
}
#: botocore's own connection pool size per client.
_BOTOCORE_POOL = 10
#: Network-level failures worth retrying. Other BotoCoreErrors (bad parameters, missing
#: credentials) are bugs or misconfiguration and propagate as they are.
_NETWORK_ERRORS = (BotoConnectionError, HTTPClientError)
#: Service errors (throttling, 5xx, ...) plus network failures: the transient set.
_AWS_ERRORS = (ClientError, BotoConnectionError, HTTPClientError)
_READ_ERRORS = (BotoConnectionError, HTTPClientError, OSError)
#: Error codes that mean "the object is not there".
_MISSING_CODES = frozenset({"NoSuchKey", "NoSuchVersion", "NoSuchBucket", "404", "NotFound"})
#: Name of the table's index on documentUrl (partition) and createdAt (sort).
DOCUMENT_INDEX = "byDocument"
#: Name of the table's index on status (partition) and createdAt (sort): job lists, reviews.
STATUS_INDEX = "byStatus"
#: Name of the table's index on tenantStatus (``<tenant>#<status>``, partition) and createdAt
#: (sort): one tenant's jobs in one state.
TENANT_STATUS_INDEX = "byTenantStatus"
#: The attributes a page's ``LastEvaluatedKey`` holds, per index (table key + index key).
_INDEX_KEYS = {
    STATUS_INDEX: {"jobId", "status", "createdAt"},
    TENANT_STATUS_INDEX: {"jobId", TENANT_STATUS, "createdAt"},
}
#: Largest read buffer: we read the body in chunks so a lying Content-Length cannot blow memory.
_CHUNK = 1024 * 1024
#: Jobs whose row a job table remembers writing (one per job in flight on a worker, and more).
_KNOWN_ROWS = 4096


def client(service: str, settings: Settings, *, connections: int = _BOTOCORE_POOL) -> Any:
    """A boto3 client for ``service`` configured from ``settings``, keeping up to
    ``connections`` connections open (the worker passes one per step thread)."""
    import boto3  # noqa: PLC0415 -- cold start: see the module's docstring
    from botocore.config import Config  # noqa: PLC0415

    return boto3.client(  # type: ignore[call-overload]
        service,
        region_name=settings.region,
        endpoint_url=settings.aws_endpoint_url,
        # A connection per thread calling at once, instead of botocore's 10 and a new
        # connection (opened and dropped) for every call past them.
        config=Config(**_CLIENT_CONFIG, max_pool_connections=max(_BOTOCORE_POOL, connections)),
    )


def transient(exc: Exception) -> TransientError:
    """Wrap an AWS failure that is worth retrying, keeping its cause."""
    err = TransientError(f"AWS call failed: {exc}")
    err.__cause__ = exc
    return err


def _error_code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


#: Secrets Manager errors that retrying cannot fix: the deployment is misconfigured.
_SECRET_CONFIG_CODES = frozenset(
    {"ResourceNotFoundException", "AccessDeniedException", "InvalidRequestException"}
)


def resolve_resonate_token(settings: Settings, *, secrets: Any | None = None) -> Settings:
    """``settings`` with the Resonate token read from Secrets Manager, if only its secret is named.

    In AWS the token lives in a secret (``DOCPIPE_RESONATE_TOKEN_SECRET``) rather than in an
    environment, where anyone allowed to read a function's configuration could see it. Call
    this once where the Resonate client is built; an explicit ``RESONATE_TOKEN`` wins, and with
    neither set the settings come back unchanged (the local stack). ``secrets`` is a
    Secrets Manager client, built from ``settings`` when not given.
    """
    secret_id = settings.resonate_token_secret
    if settings.resonate_token or not secret_id:
        return settings
    token = read_secret(
        settings, secret_id, variable="DOCPIPE_RESONATE_TOKEN_SECRET", secrets=secrets
    ).strip()
    if not token:
        raise ConfigError(f"DOCPIPE_RESONATE_TOKEN_SECRET {secret_id!r} holds no token text")
    return replace(settings, resonate_token=token)


def read_secret(
    settings: Settings, secret_id: str, *, variable: str, secrets: Any | None = None
) -> str:
    """The ``SecretString`` of ``secret_id``; errors name ``variable``, the setting that named it.

    A missing secret or a denied read is a :class:`ConfigError` (retrying cannot fix it);
    throttling and network failures are transient.
    """
    if secrets is None:
        secrets = client("secretsmanager", settings)
    try:
        response = secrets.get_secret_value(SecretId=secret_id)
    except ClientError as exc:
        if _error_code(exc) in _SECRET_CONFIG_CODES:
            raise ConfigError(f"{variable} {secret_id!r}: {exc}") from exc
        raise transient(exc) from exc
    except _NETWORK_ERRORS as exc:
        raise transient(exc) from exc
    return str(response.get("SecretString") or "")


def load_tenancy(settings: Settings, *, ssm: Any | None = None) -> Tenancy:
    """The deployment's tenants: from the SSM parameter ``DOCPIPE_TENANTS_PARAMETER`` (AWS),
    else the file ``DOCPIPE_TENANTS_FILE``, else one tenant. Read once, at start-up; a
    missing or malformed mapping is a :class:`ConfigError` (nothing runs half-configured)."""
    name = settings.tenants_parameter
    if name:
        if ssm is None:
            ssm = client("ssm", settings)
        try:
            response = ssm.get_parameter(Name=name, WithDecryption=True)
        except ClientError as exc:
            if _error_code(exc) in ("ParameterNotFound", "AccessDeniedException"):
                raise ConfigError(f"DOCPIPE_TENANTS_PARAMETER {name!r}: {exc}") from exc
            raise transient(exc) from exc
        except _NETWORK_ERRORS as exc:
            raise transient(exc) from exc
        text = str(response["Parameter"]["Value"])
        return Tenancy.from_json(text, source=f"DOCPIPE_TENANTS_PARAMETER {name!r}")
    if settings.tenants_file:
        try:
            with open(settings.tenants_file, encoding="utf-8") as handle:
                text = handle.read()
        except OSError as exc:
            raise ConfigError(f"DOCPIPE_TENANTS_FILE {settings.tenants_file!r}: {exc}") from exc
        return Tenancy.from_json(text, source=f"tenants file {settings.tenants_file}")
    return Tenancy.single()


def object_requester(s3: Any, document: DocumentRef) -> str | None:
    """The ``x-amz-meta-requester`` of an upload (``None`` without one, or when the object is
    gone: its job then fails as ``not_found`` on download, as any deleted upload does)."""
    params: dict[str, Any] = {"Bucket": document.bucket, "Key": document.key}
    if document.version_id:
        params["VersionId"] = document.version_id
    try:
        response = s3.head_object(**params)
    except ClientError as exc:
        if _error_code(exc) in _MISSING_CODES:
            return None
        raise transient(exc) from exc
    except _NETWORK_ERRORS as exc:
        raise transient(exc) from exc
    value = response.get("Metadata", {}).get("requester")
    return str(value) if value else None


class S3BlobStore:
    """:class:`~docpipe.ports.BlobStore` on Amazon S3."""

    def __init__(self, s3: S3Client) -> None:
        self._s3 = s3

    def get(self, bucket: str, key: str, *, version_id: str | None = None, max_bytes: int) -> Blob:
        params: dict[str, Any] = {"Bucket": bucket, "Key": key}
        if version_id:
            params["VersionId"] = version_id
        try:
            response = self._s3.get_object(**params)
        except ClientError as exc:
            code = _error_code(exc)
            if code in _MISSING_CODES:
                raise DocumentNotFound(f"s3://{bucket}/{key} does not exist") from exc
            if code == "AccessDenied":
                # Without s3:ListBucket (the worker's policy grants object reads only), S3
                # answers a missing key with 403, not 404; retrying either case cannot help.
                raise DocumentNotFound(
                    f"s3://{bucket}/{key} does not exist or the worker may not read it "
                    "(S3 answered AccessDenied)"
                ) from exc
            raise transient(exc) from exc
        except _NETWORK_ERRORS as exc:
            raise transient(exc) from exc
        body = response["Body"]
        try:
            size = response.get("ContentLength", 0)
            if size > max_bytes:
                raise DocumentTooLarge(f"document is {size} bytes; the limit is {max_bytes} bytes")
            chunks: list[bytes] = []
            total = 0
            while chunk := body.read(_CHUNK):
                total += len(chunk)
                if total > max_bytes:
                    raise DocumentTooLarge(f"document exceeds the limit of {max_bytes} bytes")
                chunks.append(chunk)
        except _READ_ERRORS as exc:
            raise transient(exc) from exc
        finally:
            body.close()
        return Blob(
            data=b"".join(chunks),
            content_type=response.get("ContentType"),
            version_id=response.get("VersionId"),
            etag=response.get("ETag"),
        )

    def put(
        self,
        bucket: str,
        key: str,
        data: bytes,
        *,
        content_type: str,
        metadata: dict[str, str] | None = None,
    ) -> None:
        try:
            self._s3.put_object(
                Bucket=bucket, Key=key, Body=data, ContentType=content_type, Metadata=metadata or {}
            )
        except _AWS_ERRORS as exc:
            raise transient(exc) from exc


class DynamoJobTable:
    """:class:`~docpipe.ports.JobTable` on DynamoDB.

    Table: partition key ``jobId``; GSI ``byDocument`` on (``documentUrl``, ``createdAt``).
    Step start times live in ``started_<step>`` attributes so one update sets them without
    first creating a map; result and error are stored as JSON text (no float/Decimal dance,
    and the shape the API returns is exactly the shape written).
    """

    def __init__(
        self, dynamodb: DynamoDBClient, table_name: str, *, known_rows: int = _KNOWN_ROWS
    ) -> None:
        self._client = dynamodb
        self._table_name = table_name
        self._known = _KnownRows(known_rows)

    def _update(self, **kwargs: Any) -> bool:
        try:
            self._client.update_item(TableName=self._table_name, **kwargs)
        except ClientError as exc:
            if _error_code(exc) == "ConditionalCheckFailedException":
                return False  # the job is already past it: a late write changes nothing
            raise transient(exc) from exc
        except _NETWORK_ERRORS as exc:
            raise transient(exc) from exc
        return True

    def update(self, change: JobUpdate) -> None:
        """One write (:func:`docpipe.table_writes.update_request`); a write whose condition
        fails was late (the job is already past it) and changes nothing.

        The job's identity (document, requester, the job it retries) is sent until a write
        of this table's has gone through: after that the row holds it, and repeating it only
        makes every write longer."""
        if change.document_url is not None and change.job_id in self._known:
            change = msgspec.structs.replace(
                change, document_url=None, requester_id=None, retry_of=None
            )
        created = change.document_url is not None and self._create(change)
        if created or self._update(**update_request(change)):
            self._known.add(change.job_id)

    def _create(self, change: JobUpdate) -> bool:
        """Write ``change`` as a whole new row (:func:`~docpipe.table_writes.new_item`) if
        the job has none; ``False`` if it has (the update then applies to it). The job's
        first write is usually its only one (a small document's five quick steps are one
        write), and a ``PutItem`` is what that write does to a missing row."""
        try:
            self._client.put_item(
                TableName=self._table_name,
                Item=new_item(change),
                ConditionExpression="attribute_not_exists(jobId)",
            )
        except ClientError as exc:
            if _error_code(exc) == "ConditionalCheckFailedException":
                return False
            raise transient(exc) from exc
        except _NETWORK_ERRORS as exc:
            raise transient(exc) from exc
        return True

    def get(self, job_id: str) -> JobRecord | None:
        try:
            response = self._client.get_item(
                TableName=self._table_name, Key={"jobId": {"S": job_id}}, ConsistentRead=True
            )
        except _AWS_ERRORS as exc:
            raise transient(exc) from exc
        item = response.get("Item")
        return None if item is None else _record(cast(dict[str, Any], item))

    def announcement(self, job_id: str) -> Announcement | None:
        """The two attributes notify checks, not the whole row (a row holds the result and
        the timeline; reading two attributes is what the check needs)."""
        try:
            response = self._client.get_item(
                TableName=self._table_name,
                Key={"jobId": {"S": job_id}},
                ConsistentRead=True,
                ProjectionExpression="#status, notificationId",
                ExpressionAttributeNames={"#status": "status"},
            )
        except _AWS_ERRORS as exc:
            raise transient(exc) from exc
        item = response.get("Item")
        if item is None:
            return None
        notification = item.get("notificationId")
        return Announcement(
            status=cast("JobState", item.get("status", {}).get("S") or "processing"),
            notification_id=None if notification is None else str(notification["S"]),
        )

    def list_for_document(self, document_url: str, *, limit: int = 50) -> list[JobRecord]:
        try:
            response = self._client.query(
                TableName=self._table_name,
                IndexName=DOCUMENT_INDEX,
                KeyConditionExpression="documentUrl = :url",
                ExpressionAttributeValues={":url": {"S": document_url}},
                ScanIndexForward=False,
                Limit=limit,
            )
        except _AWS_ERRORS as exc:
            raise transient(exc) from exc
        return [_record(cast(dict[str, Any], item)) for item in response.get("Items", [])]

    def list_jobs(
        self,
        *,
        status: JobState,
        limit: int = 50,
        cursor: str | None = None,
        oldest_first: bool = False,
        created_at_most: int | None = None,
        tenant: str | None = None,
    ) -> JobPage:
        # One tenant's jobs come from its own partition of the byTenantStatus index, so a
        # page (and the cursor it returns) never holds another tenant's job.
        value: str = status
        if tenant is None:
            index, partition = STATUS_INDEX, "status"
        else:
            index, partition, value = (
                TENANT_STATUS_INDEX,
                TENANT_STATUS,
                tenant_status(tenant, status),
            )
        condition = "#partition = :partition"
        values: dict[str, Any] = {":partition": {"S": value}}
        if created_at_most is not None:
            condition += " AND createdAt <= :most"
            values[":most"] = {"N": str(created_at_most)}
        params: dict[str, Any] = {
            "TableName": self._table_name,
            "IndexName": index,
            "KeyConditionExpression": condition,
            "ExpressionAttributeNames": {"#partition": partition},
            "ExpressionAttributeValues": values,
            "ScanIndexForward": oldest_first,
            "Limit": limit,
        }
        if cursor is not None:
            start = decode_cursor(cursor)
            # A cursor from another listing (another tenant's, another state's) is refused:
            # it names a position in someone else's partition.
            if start.get(partition) != {"S": value} or set(start) != _INDEX_KEYS[index]:
                raise ValueError("invalid cursor")
            params["ExclusiveStartKey"] = start
        try:
            response = self._client.query(**params)
        except _AWS_ERRORS as exc:
            raise transient(exc) from exc
        records = [_record(cast(dict[str, Any], item)) for item in response.get("Items", [])]
        last = response.get("LastEvaluatedKey")
        return JobPage(records, encode_cursor(cast(dict[str, Any], last)) if last else None)


def encode_cursor(key: dict[str, Any]) -> str:
    """A page's opaque cursor: DynamoDB's ``LastEvaluatedKey``, as URL-safe text."""
    return base64.urlsafe_b64encode(json.dumps(key, sort_keys=True).encode()).decode()


def decode_cursor(cursor: str) -> dict[str, Any]:
    """The ``ExclusiveStartKey`` a cursor names; ``ValueError`` when it is not one of ours."""
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, UnicodeError) as exc:
        raise ValueError("invalid cursor") from exc
    valid = isinstance(key, dict) and all(
        isinstance(name, str) and isinstance(attr, dict) and len(attr) == 1
        for name, attr in key.items()
    )
    if not valid or "jobId" not in key:
        raise ValueError("invalid cursor")
    return cast("dict[str, Any]", key)


def _record(item: dict[str, Any]) -> JobRecord:
    """A raw DynamoDB item -> :class:`JobRecord`."""

    def s(name: str) -> str | None:
        attr = item.get(name)
        return None if attr is None else str(attr.get("S"))

    def n(name: str) -> int | None:
        attr = item.get(name)
        return None if attr is None else int(attr["N"])

    result = s("resultJson")
    error = s("errorJson")
    retrying = s("retryingJson")
    steps = {
        name.removeprefix("started_"): int(attr["N"])
        for name, attr in item.items()
        if name.startswith("started_")
    }
    for step, run in _runs(item).items():  # the latest start of each step
        steps[step] = max(steps.get(step, run["startedAt"]), run["startedAt"])
    review = s("reviewJson")
    return JobRecord(
        job_id=str(s("jobId")),
        status=cast("JobState", s("status") or "processing"),
        document_url=s("documentUrl") or "",
        created_at=n("createdAt") or 0,
        updated_at=n("updatedAt") or 0,
        step=cast("StepName | None", s("step")),
        step_started_at=n("stepStartedAt"),
        requester_id=s("requesterId"),
        tenant=s("tenant") or DEFAULT_TENANT,
        result=None if result is None else json.loads(result),
        error=None if error is None else json.loads(error),
        steps=dict(sorted(steps.items(), key=lambda kv: kv[1])),
        pages=n("pagesTotal"),
        pages_done=pages_in(item.get("pagesDone", {}).get("SS", [])),
        retrying=None if retrying is None else json.loads(retrying),
        timeline=_timeline(item),
        page_runs=page_runs(item.get(PAGE_RUNS, {}).get("SS", [])),
        review=None if review is None else json.loads(review),
        notification_id=s("notificationId"),
        retry_of=s("retryOf"),
    )


#: Item attribute prefix -> the timeline field it fills.
_TIMELINE_ATTRIBUTES = {
    "first_": "startedAt",
    "ended_": "endedAt",
    "attempts_": "attempts",
    "failures_": "failures",
    "outcome_": "outcome",
}


def _runs(item: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Quick executions by step: the ``run_<step>`` attributes (JSON)."""
    return {
        name.removeprefix(RUN_PREFIX): json.loads(attr["S"])
        for name, attr in item.items()
        if name.startswith(RUN_PREFIX)
    }


def _timeline(item: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per-step timing from the ``first_<step>``, ``ended_<step>``, ... attributes, and a
    quick execution's ``run_<step>`` (one more attempt; the first start and the latest end
    win)."""
    timeline: dict[str, dict[str, Any]] = {}
    for name, attr in item.items():
        for prefix, field_name in _TIMELINE_ATTRIBUTES.items():
            if name.startswith(prefix):
                value = attr["S"] if "S" in attr else int(attr["N"])
                timeline.setdefault(name.removeprefix(prefix), {})[field_name] = value
    for step, run in _runs(item).items():  # one attempt more than attempts_<step> counts
        timing = timeline.setdefault(step, {})
        timing["attempts"] = int(timing.get("attempts", 0)) + 1
        timing["startedAt"] = min(timing.get("startedAt", run["startedAt"]), run["startedAt"])
        if run["endedAt"] >= timing.get("endedAt", run["endedAt"]):
            timing.update(endedAt=run["endedAt"], outcome=run["outcome"])
    for timing in timeline.values():
        timing.setdefault("attempts", 0)
        timing.setdefault("failures", 0)
    return {step: timing for step, timing in timeline.items() if "startedAt" in timing}


class _KnownRows:
    """Job ids whose row exists (a write went through), the most recent ``size`` of them."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def __contains__(self, job_id: object) -> bool:
        with self._lock:
            return job_id in self._ids

    def add(self, job_id: str) -> None:
        with self._lock:
            self._ids[job_id] = None
            self._ids.move_to_end(job_id)
            while len(self._ids) > self._size:
                self._ids.popitem(last=False)


class SnsNotifier:
    """:class:`~docpipe.ports.Notifier` on Amazon SNS."""

    def __init__(self, sns: SNSClient, topic_arn: str) -> None:
        self._sns = sns
        self._topic_arn = topic_arn

    def publish(
        self, *, job_id: str, subject: str, message: dict[str, Any], attributes: dict[str, str]
    ) -> str:
        params: dict[str, Any] = {
            "TopicArn": self._topic_arn,
            "Subject": subject[:100],
            "Message": json.dumps(message, sort_keys=True),
            "MessageAttributes": {
                name: {"DataType": "String", "StringValue": value}
                for name, value in {"jobId": job_id, **attributes}.items()
            },
        }
        if self._topic_arn.endswith(".fifo"):
            # FIFO topics need a group and a dedup id; the job id gives both exactly-once.
            params["MessageGroupId"] = job_id
            params["MessageDeduplicationId"] = job_id
        try:
            response = self._sns.publish(**params)
        except _AWS_ERRORS as exc:
            raise transient(exc) from exc
        return str(response["MessageId"])


def create_job_table(dynamodb: DynamoDBClient, table_name: str) -> None:
    """Create the jobs table with its ``byDocument`` index (idempotent; for local stacks and
    tests — in AWS the SAM template owns the table)."""
    try:
        dynamodb.create_table(
            TableName=table_name,
            BillingMode="PAY_PER_REQUEST",
            AttributeDefinitions=[
                {"AttributeName": "jobId", "AttributeType": "S"},
                {"AttributeName": "documentUrl", "AttributeType": "S"},
                {"AttributeName": "createdAt", "AttributeType": "N"},
                {"AttributeName": "status", "AttributeType": "S"},
                {"AttributeName": TENANT_STATUS, "AttributeType": "S"},
            ],
            KeySchema=[{"AttributeName": "jobId", "KeyType": "HASH"}],
            GlobalSecondaryIndexes=[
                {
                    "IndexName": DOCUMENT_INDEX,
                    "KeySchema": [
                        {"AttributeName": "documentUrl", "KeyType": "HASH"},
                        {"AttributeName": "createdAt", "KeyType": "RANGE"},
                    ],
                    "Projection": {"ProjectionType": "ALL"},
                },
                {
                    "IndexName": STATUS_INDEX,
                    "KeySchema": [
                        {"AttributeName": "status", "KeyType": "HASH"},
                        {"AttributeName": "createdAt", "KeyType": "RANGE"},
                    ],
                    "Projection": {"ProjectionType": "ALL"},
                },
                {
                    "IndexName": TENANT_STATUS_INDEX,
                    "KeySchema": [
                        {"AttributeName": TENANT_STATUS, "KeyType": "HASH"},
                        {"AttributeName": "createdAt", "KeyType": "RANGE"},
                    ],
                    "Projection": {"ProjectionType": "ALL"},
                },
            ],
        )
    except ClientError as exc:
        if _error_code(exc) != "ResourceInUseException":
            raise
