"""Create the AWS side of the local stack on the emulator, idempotently.

The same resources the SAM template declares: the inbox bucket with its S3 -> SQS
notification, the job queue with a dead-letter queue behind a redrive policy, the results
bucket, the jobs table with its ``byDocument`` index, and the SNS topic. Running it twice
changes nothing, which is what lets ``docpipe up`` re-provision an emulator that restarted
with empty memory.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError

from docpipe.aws import client, create_job_table
from docpipe.settings import Settings

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_s3 import S3Client
    from mypy_boto3_sns import SNSClient
    from mypy_boto3_sqs import SQSClient


@dataclass(frozen=True, slots=True)
class ResourceNames:
    """What to create, and the queue's delivery semantics."""

    inbox_bucket: str = "docpipe-inbox"
    results_bucket: str = "docpipe-results"
    queue: str = "docpipe-jobs"
    dlq: str = "docpipe-jobs-dlq"
    table: str = "docpipe-jobs"
    topic: str = "docpipe-job-events"
    #: Receives before SQS moves a message to the DLQ.
    max_receive_count: int = 3
    #: How long a received message stays hidden; AWS wants it >= the function timeout.
    visibility_timeout_seconds: int = 60


@dataclass(frozen=True, slots=True)
class Provisioned:
    """The addresses of what :func:`provision` created (or found)."""

    inbox_bucket: str
    results_bucket: str
    queue_url: str
    queue_arn: str
    dlq_url: str
    dlq_arn: str
    table: str
    topic_arn: str


def provision(endpoint_url: str | None, region: str, names: ResourceNames) -> Provisioned:
    """Create every resource at ``endpoint_url`` (``None``: the default endpoints, which
    moto's in-process ``mock_aws`` intercepts); safe to repeat."""
    settings = Settings(aws_endpoint_url=endpoint_url, region=region)
    s3: S3Client = client("s3", settings)
    sqs: SQSClient = client("sqs", settings)
    dynamodb: DynamoDBClient = client("dynamodb", settings)
    sns: SNSClient = client("sns", settings)

    for bucket in (names.inbox_bucket, names.results_bucket):
        _ensure_bucket(s3, bucket, region)

    dlq_url = _ensure_queue(sqs, names.dlq, {})
    dlq_arn = _queue_arn(sqs, dlq_url)
    redrive = json.dumps(
        {"deadLetterTargetArn": dlq_arn, "maxReceiveCount": names.max_receive_count}
    )
    queue_url = _ensure_queue(
        sqs,
        names.queue,
        {
            "RedrivePolicy": redrive,
            "VisibilityTimeout": str(names.visibility_timeout_seconds),
        },
    )
    queue_arn = _queue_arn(sqs, queue_url)
    _allow_s3_to_send(sqs, queue_url, queue_arn, names.inbox_bucket)
    s3.put_bucket_notification_configuration(
        Bucket=names.inbox_bucket,
        NotificationConfiguration={
            "QueueConfigurations": [
                {"Id": "docpipe-inbox", "QueueArn": queue_arn, "Events": ["s3:ObjectCreated:*"]}
            ]
        },
    )

    create_job_table(dynamodb, names.table)
    topic_arn = sns.create_topic(Name=names.topic)["TopicArn"]
    return Provisioned(
        inbox_bucket=names.inbox_bucket,
        results_bucket=names.results_bucket,
        queue_url=queue_url,
        queue_arn=queue_arn,
        dlq_url=dlq_url,
        dlq_arn=dlq_arn,
        table=names.table,
        topic_arn=topic_arn,
    )


def _ensure_bucket(s3: S3Client, bucket: str, region: str) -> None:
    params: dict[str, Any] = {"Bucket": bucket}
    if region != "us-east-1":
        params["CreateBucketConfiguration"] = {"LocationConstraint": region}
    try:
        s3.create_bucket(**params)
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") != "BucketAlreadyOwnedByYou":
            raise


def _ensure_queue(sqs: SQSClient, name: str, attributes: dict[str, str]) -> str:
    """Create the queue, or bring an existing one's attributes to what we want."""
    try:
        return sqs.create_queue(QueueName=name, Attributes=attributes)["QueueUrl"]  # type: ignore[arg-type]
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") not in (
            "QueueAlreadyExists",
            "QueueNameExists",
        ):
            raise
    url = sqs.get_queue_url(QueueName=name)["QueueUrl"]
    sqs.set_queue_attributes(QueueUrl=url, Attributes=attributes)  # type: ignore[arg-type]
    return url


def _queue_arn(sqs: SQSClient, url: str) -> str:
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]
    return attributes["QueueArn"]


def _allow_s3_to_send(sqs: SQSClient, queue_url: str, queue_arn: str, bucket: str) -> None:
    """The queue policy AWS requires before S3 may deliver notifications (moto does not
    check it; it is here so the emulator holds the same resources the template does)."""
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "inbox-notifications",
                "Effect": "Allow",
                "Principal": {"Service": "s3.amazonaws.com"},
                "Action": "sqs:SendMessage",
                "Resource": queue_arn,
                "Condition": {"ArnLike": {"aws:SourceArn": f"arn:aws:s3:::{bucket}"}},
            }
        ],
    }
    sqs.set_queue_attributes(QueueUrl=queue_url, Attributes={"Policy": json.dumps(policy)})
