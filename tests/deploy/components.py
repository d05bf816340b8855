"""The deployed components: where each one's code starts and where its permissions live.

Each entry point is read from the deployment artefacts themselves -- a Lambda function's
``ImageConfig.Command``, the worker's Dockerfile ``ENTRYPOINT`` resolved through
``docpipe_cli.cli.COMMANDS`` -- so renaming a handler in the template without the code (or the
reverse) fails the checks.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, fields
from typing import Any

from code_calls import Analysis, _units, analyze
from deploy_support import Template, dockerfile_instructions

from docpipe.settings import Settings
from docpipe_cli.cli import COMMANDS

#: Actions the platform performs with a component's role, not its code.
#: Lambda writes the function's logs; the SQS event source mapping polls with the function's
#: role (Lambda developer guide, "Execution role permissions" for SQS).
LAMBDA_LOGS = frozenset({"logs:CreateLogStream", "logs:PutLogEvents"})
SQS_POLLING = frozenset({"sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"})
#: Lambda attaches a function in a VPC (DurableBackend=postgres) with the function's role
#: (Lambda developer guide, "Giving Lambda functions access to resources in an Amazon VPC").
#: None of these EC2 actions supports resource-level permissions, so their resource is "*".
LAMBDA_VPC = frozenset(
    {
        "ec2:CreateNetworkInterface",
        "ec2:DescribeNetworkInterfaces",
        "ec2:DescribeSubnets",
        "ec2:DeleteNetworkInterface",
        "ec2:AssignPrivateIpAddresses",
        "ec2:UnassignPrivateIpAddresses",
    }
)


@dataclass(frozen=True, slots=True)
class Component:
    """One deployed unit of code and its permission set in the template."""

    name: str
    #: The resource holding the permissions (an IAM role, or the worker's managed policy).
    permissions: str
    platform_actions: frozenset[str]
    #: The package whose code the entry point runs, when the entry is a shell around it.
    runs: str | None = None


COMPONENTS = (
    Component("ConsumerFunction", "ConsumerRole", LAMBDA_LOGS | SQS_POLLING),
    Component("StatusFunction", "StatusRole", LAMBDA_LOGS),
    Component("Worker", "WorkerAccessPolicy", frozenset(), runs="workflow"),
)


def worker_entry_module() -> str:
    """The module ``docpipe worker`` runs, via the worker image's ENTRYPOINT."""
    entrypoint = [i for i in dockerfile_instructions() if i.keyword == "ENTRYPOINT"][-1]
    program, command = entrypoint.exec_form()
    assert program == "docpipe", entrypoint
    return COMMANDS[command][0]


def handler_path(template: Template, function: str) -> str:
    """``package.module.function`` from the function's image command."""
    properties = template.resource(function)["Properties"]
    (handler,) = properties["ImageConfig"]["Command"]
    return str(handler)


def entry_module(template: Template, component: Component) -> str:
    if component.name == "Worker":
        return worker_entry_module()
    return handler_path(template, component.name).rpartition(".")[0]


def statements(template: Template, component: Component) -> list[dict[str, Any]]:
    """The Allow statements granted to the component's code."""
    resource = template.resource(component.permissions)
    properties = resource["Properties"]
    if resource["Type"] == "AWS::IAM::ManagedPolicy":
        documents = [properties["PolicyDocument"]]
    else:
        assert not properties.get("ManagedPolicyArns"), "Lambda roles carry inline policies only"
        documents = [policy["PolicyDocument"] for policy in properties.get("Policies", [])]
    found = [s for document in documents for s in document["Statement"]]
    assert all(s["Effect"] == "Allow" for s in found)
    return found


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def granted_actions(template: Template, component: Component) -> set[str]:
    return {a for s in statements(template, component) for a in as_list(s["Action"])}


def code_analysis(template: Template, component: Component) -> Analysis:
    """What the component's code calls, from its entry point."""
    return analyze(entry_module(template, component), component.runs)


def settings_read(analysis: Analysis) -> set[str]:
    """Settings fields the component's code reads (outside the settings module itself)."""
    names = {f.name for f in fields(Settings)}
    used: set[str] = set()

    for module in analysis.modules - {"docpipe.settings"}:
        for unit in _units(module):
            if f"{unit.module}:{unit.qualname or '<module>'}" not in analysis.live:
                continue
            for node in unit.walk():
                if isinstance(node, ast.Attribute) and node.attr in names:
                    used.add(node.attr)
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "require"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and node.args[0].value in names
                ):
                    used.add(str(node.args[0].value))
    return used
