"""Reading the SAM template and the Dockerfile as a deployment would, for the deploy checks.

The template is decoded by cfn-lint's own YAML loader (short-form tags become ``Ref``,
``Fn::Sub``...). :class:`Template` evaluates its conditions for one set of parameter values
and resolves ``Fn::If``/``AWS::NoValue``, which is all the checks need: they compare
structure and references, never values only AWS knows.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cfnlint.decode.cfn_yaml import load  # type: ignore[import-untyped]

REPO = Path(__file__).resolve().parents[2]
TEMPLATE_PATH = REPO / "template.yaml"
DOCKERFILE_PATH = REPO / "Dockerfile"

_NO_VALUE = object()


def load_template() -> dict[str, Any]:
    """The template as plain data (long-form intrinsic functions)."""
    data: dict[str, Any] = json.loads(json.dumps(load(str(TEMPLATE_PATH))))
    return data


class Template:
    """The template under one set of parameter values (defaults for the rest)."""

    def __init__(self, data: dict[str, Any], parameters: Mapping[str, str] | None = None) -> None:
        self.data = data
        self.parameters: dict[str, str] = {
            name: str(spec.get("Default", "")) for name, spec in data["Parameters"].items()
        }
        self.parameters.update(parameters or {})

    def _value(self, node: Any) -> str:
        if isinstance(node, dict) and set(node) == {"Ref"}:
            return self.parameters[node["Ref"]]
        if isinstance(node, str | int | float | bool):
            return str(node)
        raise ValueError(f"cannot evaluate {node!r} in a condition")

    def condition(self, name: str) -> bool:
        return self._evaluate(self.data["Conditions"][name])

    def _evaluate(self, node: Any) -> bool:
        ((function, args),) = node.items()
        match function:
            case "Fn::Equals":
                return self._value(args[0]) == self._value(args[1])
            case "Fn::Not":
                return not self._evaluate(args[0])
            case "Fn::And":
                return all(self._evaluate(arg) for arg in args)
            case "Fn::Or":
                return any(self._evaluate(arg) for arg in args)
            case "Condition":
                return self.condition(args)
        raise ValueError(f"unsupported condition function {function}")

    def resolve(self, node: Any) -> Any:
        """``node`` with every ``Fn::If`` decided and ``AWS::NoValue`` removed."""
        if isinstance(node, dict):
            if set(node) == {"Fn::If"}:
                name, when_true, when_false = node["Fn::If"]
                return self.resolve(when_true if self.condition(name) else when_false)
            if node == {"Ref": "AWS::NoValue"}:
                return _NO_VALUE
            resolved = {key: self.resolve(value) for key, value in node.items()}
            return {key: value for key, value in resolved.items() if value is not _NO_VALUE}
        if isinstance(node, list):
            items = [self.resolve(item) for item in node]
            return [item for item in items if item is not _NO_VALUE]
        return node

    def resources(self) -> dict[str, dict[str, Any]]:
        """The resources this parameter set creates, resolved."""
        return {
            name: self.resolve(resource)
            for name, resource in self.data["Resources"].items()
            if "Condition" not in resource or self.condition(resource["Condition"])
        }

    def resource(self, name: str) -> dict[str, Any]:
        return self.resources()[name]

    def function_environment(self, name: str) -> dict[str, Any]:
        """A function's variables merged over the Globals section, as SAM merges them."""
        merged = dict(self.resolve(self.data["Globals"]["Function"]["Environment"]["Variables"]))
        own = self.resource(name)["Properties"].get("Environment", {}).get("Variables", {})
        merged.update(own)
        return merged


def references(node: Any) -> set[str]:
    """Every resource or parameter name ``node`` refers to (Ref, GetAtt, ${...} in Sub)."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "Ref" and isinstance(value, str):
                found.add(value)
            elif key == "Fn::GetAtt":
                found.add(value[0] if isinstance(value, list) else value.split(".")[0])
            elif key == "Fn::Sub":
                text = value if isinstance(value, str) else value[0]
                found.update(
                    part.split("}")[0].split(".")[0] for part in text.split("${")[1:] if "}" in part
                )
            found.update(references(value))
    elif isinstance(node, list):
        for item in node:
            found.update(references(item))
    return found


@dataclass(frozen=True, slots=True)
class Instruction:
    """One Dockerfile instruction, continuation lines joined."""

    stage: str
    keyword: str
    arguments: str

    def exec_form(self) -> list[str]:
        """ENTRYPOINT/CMD arguments: the JSON list form, or the shell form split."""
        text = self.arguments.strip()
        if text.startswith("["):
            return [str(item) for item in json.loads(text)]
        return shlex.split(text)


def dockerfile_instructions(text: str | None = None) -> list[Instruction]:
    """Parse the Dockerfile into instructions tagged with their build stage's name."""
    source = DOCKERFILE_PATH.read_text() if text is None else text
    logical: list[str] = []
    pending = ""
    for raw in source.splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue  # a comment inside a continued instruction
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        logical.append(pending + line)
        pending = ""
    instructions: list[Instruction] = []
    stage = ""
    for line in logical:
        keyword, _, arguments = line.partition(" ")
        keyword = keyword.upper()
        if keyword == "FROM":
            words = arguments.split()
            stage = words[2] if len(words) >= 3 and words[1].upper() == "AS" else words[0]
        instructions.append(Instruction(stage, keyword, arguments.strip()))
    return instructions
