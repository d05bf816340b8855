"""Each component's IAM grants equal the AWS calls its code makes, on only its resources.

"The calls its code makes" come from :mod:`code_calls` (an AST walk from the entry point the
template or Dockerfile names, mapped to IAM actions through botocore's service models), plus
what the platform does with the role (:mod:`components`). Nothing is kept by hand per
function, so a new boto3 call without a grant -- or a grant the code dropped -- fails here.
"""

from __future__ import annotations

import fnmatch
from typing import Any

import pytest
from components import (
    COMPONENTS,
    LAMBDA_VPC,
    Component,
    as_list,
    code_analysis,
    granted_actions,
    statements,
)
from deploy_support import Template, load_template, references

from docpipe.jobs import results_key

#: Parameter sets that change what is granted: analyzer, direct queue type, worker placement,
#: durable engine, tenants.
PARAMETER_SETS = {
    "defaults": {},
    "postgres": {
        "DurableBackend": "postgres",
        "WorkerVpcId": "vpc-0123456789abcdef0",
        "WorkerSubnetIds": "subnet-0a,subnet-0b",
        "DatabaseSubnetIds": "subnet-0c,subnet-0d",
    },
    "bedrock-fifo-external": {
        "Analyzer": "bedrock",
        "DirectQueueType": "fifo",
        "WorkerMode": "external",
    },
    "tenants": {"TenantsParameterName": "/docpipe/tenants"},
}

#: Code that runs only when the deployment has tenants (TenantsParameterName).
TENANCY_ONLY = {"docpipe.aws:load_tenancy", "docpipe.aws:object_requester"}

#: Action prefix -> the template resources (or parameters) its statements may name.
ALLOWED_TARGETS = {
    "s3": {"InboxBucket", "ResultsBucket"},
    "dynamodb": {"JobTable"},
    "sns": {"JobTopic"},
    "sqs": {"JobQueue", "DirectQueue"},
    "secretsmanager": {"ResonateTokenSecretArn", "DatabaseSecret"},
    "bedrock": {"BedrockModelId"},
    "ssm": {"TenantsParameterName"},
    "logs": {"ConsumerLogGroup", "StatusLogGroup", "WorkerLogGroup"},
}


def expected_actions(template: Template, component: Component) -> set[str]:
    """What the code calls plus what the platform needs; Bedrock only when it is selected."""
    code = set(code_analysis(template, component).actions)
    if template.parameters["Analyzer"] != "bedrock":
        # The analyzer is chosen at run time from DOCPIPE_ANALYZER, which the template sets
        # from the same parameter: without it the Bedrock calls cannot happen.
        code = {action for action in code if not action.startswith("bedrock:")}
    if not template.parameters["TenantsParameterName"]:
        # The tenants are read from SSM only when DOCPIPE_TENANTS_PARAMETER names a parameter,
        # which the template sets from this one; without them no upload's requester metadata
        # is read either: empty, the calls cannot happen.
        callers = code_analysis(template, component).actions
        code = {action for action in code if not set(callers[action]) <= TENANCY_ONLY}
    platform = set(component.platform_actions)
    if template.condition("UsePostgres") and component.name != "Worker":
        platform |= LAMBDA_VPC  # the functions run in the VPC to reach the RDS Proxy
    return code | platform


def _vpc_attachment(statement: dict[str, Any]) -> bool:
    """Lambda's VPC attachment: EC2 actions that have no resource-level permissions."""
    return set(as_list(statement["Action"])) <= LAMBDA_VPC and statement["Resource"] == "*"


@pytest.fixture(params=sorted(PARAMETER_SETS), scope="module")
def template(request: pytest.FixtureRequest) -> Template:
    return Template(load_template(), PARAMETER_SETS[request.param])


@pytest.mark.parametrize("component", COMPONENTS, ids=lambda c: c.name)
class TestLeastPrivilege:
    def test_grants_match_the_code(self, template: Template, component: Component) -> None:
        """Nothing the code calls is missing, and nothing it does not call is granted."""
        granted = granted_actions(template, component)
        expected = expected_actions(template, component)
        analysis = code_analysis(template, component)
        missing = {a: sorted(analysis.actions.get(a, ["platform"])) for a in expected - granted}
        assert not missing, f"the code calls these but {component.permissions} lacks them"
        unused = granted - expected
        hint = (
            " (the code never reads the Resonate token secret: build the Resonate client from "
            "docpipe.aws.resolve_resonate_token(settings))"
            if "secretsmanager:GetSecretValue" in unused
            else ""
        )
        assert not unused, f"{component.permissions} grants unused actions{hint}"

    def test_no_wildcards(self, template: Template, component: Component) -> None:
        """No action or resource is a wildcard."""
        for statement in statements(template, component):
            assert all("*" not in action for action in as_list(statement["Action"]))
            if not _vpc_attachment(statement):
                assert "*" not in as_list(statement["Resource"]), statement

    def test_resources_belong_to_the_action(self, template: Template, component: Component) -> None:
        """Each statement names only resources of its own service, from this stack."""
        for statement in statements(template, component):
            if _vpc_attachment(statement):
                continue
            prefixes = {action.split(":")[0] for action in as_list(statement["Action"])}
            assert len(prefixes) == 1, f"one service per statement: {statement}"
            (prefix,) = prefixes
            for resource in as_list(statement["Resource"]):
                named = references(resource) - {"AWS::Partition", "AWS::Region", "AWS::AccountId"}
                assert named, f"{resource!r} names no resource of this stack"
                assert named <= ALLOWED_TARGETS[prefix], f"{prefix} statement names {named}"

    def test_object_actions_target_objects(self, template: Template, component: Component) -> None:
        """S3 object actions are granted on ``bucket/*``, DynamoDB Query on the index used."""
        for statement in statements(template, component):
            actions = as_list(statement["Action"])
            resources = [_text(r) for r in as_list(statement["Resource"])]
            if any(a.startswith("s3:") for a in actions):
                assert all(r.endswith("/*") for r in resources), statement
            if "dynamodb:Query" in actions:
                indexes = {"/index/byDocument", "/index/byStatus", "/index/byTenantStatus"}
                queried = {r[r.index("/index/") :] for r in resources if "/index/" in r}
                assert queried, statement
                assert queried <= indexes, statement


def _text(resource: Any) -> str:
    if isinstance(resource, dict) and "Fn::Sub" in resource:
        return str(resource["Fn::Sub"])
    if isinstance(resource, dict) and "Fn::GetAtt" in resource:
        return "arn-of-" + "-".join(as_list(resource["Fn::GetAtt"]))
    return str(resource)


class TestPlacement:
    def test_fargate_task_role_holds_exactly_the_worker_policy(self) -> None:
        """The task role carries the worker's managed policy and nothing of its own."""
        template = Template(load_template())
        role = template.resource("WorkerTaskRole")["Properties"]
        assert role["ManagedPolicyArns"] == [{"Ref": "WorkerAccessPolicy"}]
        assert "Policies" not in role
        task = template.resource("WorkerTaskDefinition")["Properties"]
        assert task["TaskRoleArn"] == {"Fn::GetAtt": ["WorkerTaskRole", "Arn"]}

    def test_external_mode_keeps_the_policy_and_drops_ecs(self) -> None:
        """With an existing fleet the policy is still created (and output) but ECS is not."""
        resources = Template(load_template(), {"WorkerMode": "external"}).resources()
        assert "WorkerAccessPolicy" in resources
        assert not {name for name in resources if name.startswith("Worker")} - {
            "WorkerAccessPolicy",
            "WorkerLogGroup",
            "WorkerErrorMetricFilter",
            "WorkerErrorAlarm",
        }

    def test_execution_role_is_not_the_code_role(self) -> None:
        """ECS pulls and logs with its own role; the code never gets those permissions."""
        template = Template(load_template())
        task = template.resource("WorkerTaskDefinition")["Properties"]
        assert task["ExecutionRoleArn"] != task["TaskRoleArn"]
        execution = template.resource("WorkerExecutionRole")["Properties"]["Policies"]
        actions = {
            a
            for p in execution
            for s in p["PolicyDocument"]["Statement"]
            for a in as_list(s["Action"])
        }
        assert actions == {
            "ecr:GetAuthorizationToken",
            "ecr:BatchCheckLayerAvailability",
            "ecr:GetDownloadUrlForLayer",
            "ecr:BatchGetImage",
            "logs:CreateLogStream",
            "logs:PutLogEvents",
        }


class TestTenantResults:
    """The per-tenant read policy grants exactly the prefix the worker writes a tenant's
    outputs under (docpipe.jobs.results_key), for the tenant the caller is tagged with."""

    def test_the_policy_covers_a_tenants_outputs_and_nothing_else(self) -> None:
        """With the tag substituted, the granted pattern matches acme's keys, not globex's
        nor anything outside tenants/acme/."""
        template = Template(load_template())
        document = template.resource("TenantResultsReadPolicy")["Properties"]["PolicyDocument"]
        (statement,) = document["Statement"]
        assert statement["Action"] == "s3:GetObject"
        assert statement["Condition"] == {"StringLike": {"aws:PrincipalTag/docpipe-tenant": "?*"}}
        pattern = _text(statement["Resource"])
        prefix = "${ResultsBucket.Arn}/"
        assert pattern.startswith(prefix)
        keys = pattern.removeprefix(prefix).replace("${!aws:PrincipalTag/docpipe-tenant}", "acme")
        assert fnmatch.fnmatchcase(results_key("j1", "result.json", owner="acme"), keys)
        assert fnmatch.fnmatchcase(results_key("j1", "pages/00001-00008.json", owner="acme"), keys)
        assert not fnmatch.fnmatchcase(results_key("j1", "result.json", owner="globex"), keys)
        assert not fnmatch.fnmatchcase("tenants/acme-eu/jobs/j1/result.json", keys)

    def test_both_functions_read_the_tenants_parameter_only_when_named(self) -> None:
        """Named: both Lambdas get it in DOCPIPE_TENANTS_PARAMETER and may read only it."""
        template = Template(load_template(), {"TenantsParameterName": "/docpipe/tenants"})
        for function, role in (
            ("ConsumerFunction", "ConsumerRole"),
            ("StatusFunction", "StatusRole"),
        ):
            env = template.function_environment(function)
            assert env["DOCPIPE_TENANTS_PARAMETER"] == {"Ref": "TenantsParameterName"}
            component = next(c for c in COMPONENTS if c.permissions == role)
            [grant] = [
                s for s in statements(template, component) if s["Action"] == "ssm:GetParameter"
            ]
            assert _text(grant["Resource"]).endswith(":parameter${TenantsParameterName}")
