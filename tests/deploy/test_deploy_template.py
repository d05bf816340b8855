"""The SAM template lints clean and keeps the SQS/Lambda, security and operations rules."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from cfnlint.api import lint  # type: ignore[import-untyped]
from components import COMPONENTS, code_analysis, settings_read
from deploy_support import TEMPLATE_PATH, Template, load_template

from docpipe.settings import ENV_NAMES
from docpipe_cli.stack.components import STATUS_API_ROUTES


@pytest.fixture(scope="module")
def template() -> Template:
    return Template(load_template())


@pytest.fixture(scope="module")
def fifo() -> Template:
    return Template(load_template(), {"DirectQueueType": "fifo"})


class TestLint:
    def test_cfn_lint_is_clean(self) -> None:
        """cfn-lint (which runs the SAM transform) reports nothing, warnings included."""
        matches = lint(TEMPLATE_PATH.read_text(), regions=["us-east-1"])
        assert [str(m) for m in matches] == []

    @pytest.mark.integration
    def test_sam_validate_lint(self, tmp_path: Path) -> None:
        """``sam validate --lint`` passes offline, when the SAM CLI is installed."""
        sam = os.environ.get("SAM_CLI") or shutil.which("sam")
        if sam is None:
            pytest.skip("SAM CLI not installed (it pins boto3/click; see docs/deploy.md)")
        env = {
            **os.environ,
            "SAM_CLI_TELEMETRY": "0",
            "AWS_CONFIG_FILE": os.devnull,
            "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
            "HOME": str(tmp_path),
        }
        done = subprocess.run(
            [sam, "validate", "--lint", "-t", str(TEMPLATE_PATH), "--region", "us-east-1"],
            capture_output=True,
            text=True,
            env=env,
            timeout=240,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr


class TestQueueRules:
    def test_visibility_is_six_times_every_allowed_timeout(self, template: Template) -> None:
        """For each timeout the consumer may have, the queues hide messages at least 6x as long."""
        allowed = template.data["Parameters"]["ConsumerTimeoutSeconds"]["AllowedValues"]
        table = template.data["Mappings"]["VisibilityTimeout"]
        assert {str(v) for v in allowed} == set(table)
        for timeout in allowed:
            assert table[str(timeout)]["Seconds"] >= 6 * int(timeout)

    def test_queues_and_function_use_that_table(self, fifo: Template) -> None:
        """The function's timeout and every source queue's visibility come from one parameter."""
        timeout = {"Ref": "ConsumerTimeoutSeconds"}
        assert fifo.resource("ConsumerFunction")["Properties"]["Timeout"] == timeout
        lookup = {"Fn::FindInMap": ["VisibilityTimeout", timeout, "Seconds"]}
        for queue in ("JobQueue", "DirectQueue"):
            assert fifo.resource(queue)["Properties"]["VisibilityTimeout"] == lookup

    def test_a_worker_has_an_ocr_process_per_whole_vcpu(self, template: Template) -> None:
        """Each Fargate size the worker may have reads that many page ranges side by side
        (at least one), and the container is told so."""
        allowed = template.data["Parameters"]["WorkerCpu"]["AllowedValues"]
        table = template.data["Mappings"]["WorkerOcrProcesses"]
        assert set(allowed) == set(table)
        for units in allowed:
            assert int(table[units]["Processes"]) == max(1, int(units) // 1024)
        container = template.resource("WorkerTaskDefinition")["Properties"]["ContainerDefinitions"][
            0
        ]
        env = {item["Name"]: item["Value"] for item in container["Environment"]}
        lookup = {"Fn::FindInMap": ["WorkerOcrProcesses", {"Ref": "WorkerCpu"}, "Processes"]}
        assert env["DOCPIPE_OCR_PROCESSES"] == lookup

    @pytest.mark.parametrize(
        ("queue", "dlq"),
        [("JobQueue", "DeadLetterQueue"), ("DirectQueue", "DirectDeadLetterQueue")],
    )
    def test_redrive_to_a_matching_dlq(self, fifo: Template, queue: str, dlq: str) -> None:
        """Each source queue redrives to its own DLQ of the same kind, which outlives it."""
        source = fifo.resource(queue)["Properties"]
        target = fifo.resource(dlq)["Properties"]
        redrive = source["RedrivePolicy"]
        assert redrive["deadLetterTargetArn"] == {"Fn::GetAtt": [dlq, "Arn"]}
        assert redrive["maxReceiveCount"] == {"Ref": "MaxReceiveCount"}
        assert bool(source.get("FifoQueue")) == bool(target.get("FifoQueue"))
        assert target["MessageRetentionPeriod"] > source["MessageRetentionPeriod"]

    def test_event_source_mappings(self, fifo: Template) -> None:
        """Partial batch failures, and batch size/window/concurrency from parameters."""
        event = fifo.resource("ConsumerFunction")["Properties"]["Events"]["JobQueue"]
        assert event["Type"] == "SQS"
        standard = event["Properties"]
        direct = fifo.resource("DirectQueueMapping")["Properties"]
        for mapping in (standard, direct):
            assert mapping["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
            assert mapping["BatchSize"] == {"Ref": "ConsumerBatchSize"}
            assert mapping["ScalingConfig"]["MaximumConcurrency"] == {
                "Ref": "ConsumerMaximumConcurrency"
            }
        assert standard["MaximumBatchingWindowInSeconds"] == {
            "Ref": "ConsumerBatchingWindowSeconds"
        }
        assert "MaximumBatchingWindowInSeconds" not in direct  # FIFO queues do not support it
        assert fifo.data["Parameters"]["ConsumerBatchSize"]["MaxValue"] <= 10  # FIFO limit

    def test_s3_notifies_the_standard_queue_only_with_its_permission(self, fifo: Template) -> None:
        """S3 -> the standard queue (S3 cannot target FIFO), allowed for that bucket only."""
        bucket = fifo.resource("InboxBucket")
        (notification,) = bucket["Properties"]["NotificationConfiguration"]["QueueConfigurations"]
        assert notification["Queue"] == {"Fn::GetAtt": ["JobQueue", "Arn"]}
        assert bucket["DependsOn"] == "JobQueuePolicy"
        (statement,) = fifo.resource("JobQueuePolicy")["Properties"]["PolicyDocument"]["Statement"]
        assert statement["Principal"] == {"Service": "s3.amazonaws.com"}
        assert statement["Action"] == "sqs:SendMessage"
        assert "aws:SourceArn" in statement["Condition"]["ArnLike"]
        assert "aws:SourceAccount" in statement["Condition"]["StringEquals"]


def _of_type(template: Template, kind: str) -> dict[str, dict[str, Any]]:
    resources = Template(template.data, {"DirectQueueType": "fifo"}).resources()
    return {name: r for name, r in resources.items() if r["Type"] == kind}


class TestProtection:
    def test_buckets(self, template: Template) -> None:
        """Encrypted, public access blocked, owner-enforced, TLS-only by policy."""
        buckets = _of_type(template, "AWS::S3::Bucket")
        policies = _of_type(template, "AWS::S3::BucketPolicy")
        assert buckets
        for name, bucket in buckets.items():
            props = bucket["Properties"]
            (rule,) = props["BucketEncryption"]["ServerSideEncryptionConfiguration"]
            assert rule["ServerSideEncryptionByDefault"]["SSEAlgorithm"] in {"AES256", "aws:kms"}
            assert all(props["PublicAccessBlockConfiguration"].values())
            assert len(props["PublicAccessBlockConfiguration"]) == 4
            (policy,) = [p for p in policies.values() if p["Properties"]["Bucket"] == {"Ref": name}]
            denies = [
                s
                for s in policy["Properties"]["PolicyDocument"]["Statement"]
                if s["Effect"] == "Deny"
                and s["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
            ]
            assert denies, f"{name} does not refuse plain HTTP"

    def test_encryption_at_rest_everywhere(self, template: Template) -> None:
        """Queues, table and topics are encrypted."""
        for queue in _of_type(template, "AWS::SQS::Queue").values():
            props = queue["Properties"]
            assert props.get("SqsManagedSseEnabled") or props.get("KmsMasterKeyId")
        for table in _of_type(template, "AWS::DynamoDB::Table").values():
            assert table["Properties"]["SSESpecification"]["SSEEnabled"] is True
        for topic in _of_type(template, "AWS::SNS::Topic").values():
            assert topic["Properties"]["KmsMasterKeyId"]

    def test_every_log_group_has_retention_and_every_function_a_group(
        self, template: Template
    ) -> None:
        """No log is kept forever by accident; functions log to the groups with retention."""
        groups = _of_type(template, "AWS::Logs::LogGroup")
        assert all(
            g["Properties"]["RetentionInDays"] == {"Ref": "LogRetentionDays"}
            for g in groups.values()
        )
        for function in _of_type(template, "AWS::Serverless::Function").values():
            assert function["Properties"]["LoggingConfig"]["LogGroup"]["Ref"] in groups

    def test_status_api_requires_iam(self, template: Template) -> None:
        """The HTTP API authorizes with IAM (SigV4) and serves the contract's routes."""
        auth = template.resource("StatusApi")["Properties"]["Auth"]
        assert auth == {"EnableIamAuthorizer": True, "DefaultAuthorizer": "AWS_IAM"}
        events = template.resource("StatusFunction")["Properties"]["Events"].values()
        routes = {(e["Properties"]["Method"], e["Properties"]["Path"]) for e in events}
        assert routes == {(key.split(" ")[0], key.split(" ")[1]) for key in STATUS_API_ROUTES}, (
            "the template and the local stack serve the same routes"
        )

    def test_token_is_never_a_value(self, template: Template) -> None:
        """The Resonate token is referenced by secret ARN, with no default anywhere."""
        parameters = template.data["Parameters"]
        assert "Default" not in parameters["ResonateTokenSecretArn"]
        assert not [
            name
            for name in parameters
            if "token" in name.lower() and name != "ResonateTokenSecretArn"
        ]
        assert "RESONATE_TOKEN" not in TEMPLATE_PATH.read_text().replace(
            "RESONATE_TOKEN_SECRET", ""
        )


class TestAlarms:
    def test_dlq_depth_alarms(self, fifo: Template) -> None:
        """Every DLQ has an alarm on visible messages."""
        alarms = _of_type(fifo, "AWS::CloudWatch::Alarm").values()
        watched = {
            a["Properties"]["Dimensions"][0]["Value"]["Fn::GetAtt"][0]
            for a in alarms
            if a["Properties"]["MetricName"] == "ApproximateNumberOfMessagesVisible"
        }
        assert watched == {"DeadLetterQueue", "DirectDeadLetterQueue"}

    def test_worker_error_alarm_watches_the_filtered_metric(self, template: Template) -> None:
        """The worker-error alarm reads the metric the worker log filter produces."""
        (transform,) = template.resource("WorkerErrorMetricFilter")["Properties"][
            "MetricTransformations"
        ]
        alarm = template.resource("WorkerErrorAlarm")["Properties"]
        assert (alarm["Namespace"], alarm["MetricName"]) == (
            transform["MetricNamespace"],
            transform["MetricName"],
        )
        assert alarm["AlarmActions"] == [{"Ref": "AlarmTopic"}]


#: Settings the code reads that the template deliberately leaves unset, and why.
UNSET_IN_AWS = {
    "aws_endpoint_url": "real AWS endpoints",
    "resonate_token": "read from the secret named by DOCPIPE_RESONATE_TOKEN_SECRET",
    "queue_url": "the worker reads it only from a local stack file (--stack)",
    "tenants_file": "the tenants come from the SSM parameter DOCPIPE_TENANTS_PARAMETER",
}


class TestEnvironment:
    @pytest.mark.parametrize("component", COMPONENTS, ids=lambda c: c.name)
    def test_every_setting_the_code_reads_is_set(self, template: Template, component: Any) -> None:
        """Each setting the component's code reads is configured by the template."""
        if component.name == "Worker":
            container = template.resource("WorkerTaskDefinition")["Properties"][
                "ContainerDefinitions"
            ][0]
            env = {item["Name"] for item in container["Environment"]}
        else:
            # Lambda sets AWS_REGION itself (reserved), which Settings falls back to.
            env = set(template.function_environment(component.name)) | {"AWS_DEFAULT_REGION"}
        needed = settings_read(code_analysis(template, component)) - set(UNSET_IN_AWS)
        missing = {ENV_NAMES[name] for name in needed} - env
        assert not missing
        unknown = {n for n in env if not n.startswith("POWERTOOLS_")} - set(ENV_NAMES.values())
        assert not unknown


#: The parameters that select the Postgres engine (resonate-pg on Aurora).
POSTGRES = {
    "DurableBackend": "postgres",
    "WorkerVpcId": "vpc-0123456789abcdef0",
    "WorkerSubnetIds": "subnet-0a,subnet-0b",
    "DatabaseSubnetIds": "subnet-0c,subnet-0d",
}


@pytest.fixture(scope="module")
def postgres() -> Template:
    return Template(load_template(), POSTGRES)


class TestPostgresEngine:
    def test_external_backend_creates_no_database(self, template: Template) -> None:
        """The default keeps today's mode: a Resonate server URL, no database resources."""
        assert not _of_type(template, "AWS::RDS::DBCluster")
        assert template.function_environment("ConsumerFunction")["RESONATE_URL"] == {
            "Ref": "ResonateUrl"
        }

    def test_cluster_is_durable_and_private(self, postgres: Template) -> None:
        """Aurora PostgreSQL 16+, Serverless v2, encrypted, backed up, deletion-protected."""
        cluster = postgres.resource("DatabaseCluster")
        props = cluster["Properties"]
        assert props["Engine"] == "aurora-postgresql"
        assert int(postgres.parameters["DatabaseEngineVersion"].split(".")[0]) >= 16
        assert props["StorageEncrypted"] is True
        assert props["DeletionProtection"] is True
        assert cluster["DeletionPolicy"] == "Snapshot"
        assert "ServerlessV2ScalingConfiguration" in props
        assert int(postgres.parameters["DatabaseBackupRetentionDays"]) >= 1
        instance = postgres.resource("DatabaseInstance")["Properties"]
        assert instance["DBInstanceClass"] == "db.serverless"
        assert instance["PubliclyAccessible"] is False

    def test_pg_cron_is_loaded(self, postgres: Template) -> None:
        """The cluster parameter group preloads pg_cron in the docpipe database."""
        params = postgres.resource("DatabaseParameterGroup")["Properties"]["Parameters"]
        assert "pg_cron" in params["shared_preload_libraries"]
        assert params["cron.database_name"] == {"Ref": "DatabaseName"}

    def test_lambdas_use_the_proxy_and_the_worker_does_not(self, postgres: Template) -> None:
        """LISTEN cannot pass a transaction pooler: only the send-only Lambdas use the proxy."""
        for function in ("ConsumerFunction", "StatusFunction"):
            env = postgres.function_environment(function)
            assert "DatabaseProxy.Endpoint" in env["RESONATE_URL"]["Fn::Sub"]
            assert env["DOCPIPE_DATABASE_SECRET"] == {"Ref": "DatabaseSecret"}
            assert postgres.resource(function)["Properties"]["VpcConfig"]
        container = postgres.resource("WorkerTaskDefinition")["Properties"]["ContainerDefinitions"][
            0
        ]
        env = {item["Name"]: item["Value"] for item in container["Environment"]}
        assert "DatabaseCluster.Endpoint.Address" in env["RESONATE_URL"]["Fn::Sub"]

    def test_only_docpipe_reaches_the_database(self, postgres: Template) -> None:
        """The cluster admits the worker and the proxy; the proxy admits the Lambdas."""
        resources = postgres.resources()
        sources = {
            rule["SourceSecurityGroupId"]["Fn::GetAtt"][0]
            for rule in resources["DatabaseSecurityGroup"]["Properties"]["SecurityGroupIngress"]
        } | {
            resources["DatabaseFromProxyIngress"]["Properties"]["SourceSecurityGroupId"][
                "Fn::GetAtt"
            ][0]
        }
        assert sources == {"WorkerSecurityGroup", "ProxySecurityGroup"}
        proxy_in = resources["ProxySecurityGroup"]["Properties"]["SecurityGroupIngress"]
        assert [r["SourceSecurityGroupId"]["Fn::GetAtt"][0] for r in proxy_in] == [
            "FunctionSecurityGroup"
        ]
        proxy = resources["DatabaseProxy"]["Properties"]
        assert proxy["RequireTLS"] is True
        assert proxy["Auth"][0]["SecretArn"] == {"Ref": "DatabaseSecret"}
