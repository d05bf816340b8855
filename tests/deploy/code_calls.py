"""Which AWS API calls a component's code makes, derived from the code itself.

The analysis is static and deliberately conservative (it may over-approximate, never
forget a call it can see):

1. Modules: from the entry module, follow every import of a project package (``import``,
   ``from ... import``, including imports inside functions, and ``importlib.import_module``
   with a literal name).
2. Units: each module's top-level code, each top-level function, each method. Every unit of a
   reachable module in the component's *own* package is live. A unit elsewhere (the docpipe
   kernel) is live only when live code names it: a function by its name, a method by its
   attribute name on a class that live code names. This is what maps a port method
   (``DynamoJobTable.get``) to the boto3 call inside it (``get_item``) without granting the
   calls of the port methods nobody uses. Repeat until nothing changes.
3. Calls: in live units, every ``<expr>.<name>(...)`` whose name is an operation of a service
   the project builds a client for (``client("s3", ...)``), named the boto3 way
   (botocore's ``xform_name`` of the operation), becomes ``<prefix>:<Operation>``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import botocore.session
from botocore import xform_name

SRC = Path(__file__).resolve().parents[2] / "src"
PROJECT_PACKAGES = frozenset(
    {"docpipe", "docpipe_cli", "consumer", "workflow", "status_api", "devserver"}
)

#: boto3 service name -> IAM action prefix, where they differ.
_IAM_PREFIX = {"bedrock-runtime": "bedrock"}
#: Operations authorized by another action (Converse is authorized as InvokeModel).
_IAM_ACTION = {
    ("bedrock-runtime", "Converse"): "InvokeModel",
    ("bedrock-runtime", "ConverseStream"): "InvokeModelWithResponseStream",
    # S3 authorizes HEAD of an object as reading it (S3 API reference, HeadObject).
    ("s3", "HeadObject"): "GetObject",
}


@dataclass
class Unit:
    """A piece of code that is live or not as a whole."""

    module: str
    qualname: str  # "" for a module's top-level code
    nodes: list[ast.AST]
    owner_class: str | None = None

    @property
    def name(self) -> str:
        return self.qualname.rsplit(".", 1)[-1]

    def walk(self) -> Iterator[ast.AST]:
        for node in self.nodes:
            yield from ast.walk(node)


@dataclass
class Analysis:
    """The outcome for one entry point, kept for readable test failures."""

    entry: str
    modules: set[str] = field(default_factory=set)
    live: set[str] = field(default_factory=set)
    #: IAM action -> the units that make the call.
    actions: dict[str, set[str]] = field(default_factory=dict)


def _module_path(module: str) -> Path | None:
    base = SRC.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


@cache
def _parse(module: str) -> ast.Module | None:
    path = _module_path(module)
    return None if path is None else ast.parse(path.read_text(), filename=str(path))


def _all_modules() -> list[str]:
    modules = []
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC).with_suffix("").parts
        if parts[0] in PROJECT_PACKAGES:
            modules.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return sorted(modules)


def _imported_modules(module: str, tree: ast.Module) -> set[str]:
    package = (
        module
        if _module_path(module) == SRC.joinpath(*module.split("."), "__init__.py")
        else module.rpartition(".")[0]
    )
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    modules: set[str] = set()
    for name in found:
        parts = name.split(".")
        if parts[0] not in PROJECT_PACKAGES:
            continue
        for end in range(1, len(parts) + 1):  # a package's __init__ runs on import too
            prefix = ".".join(parts[:end])
            if _module_path(prefix) is not None:
                modules.add(prefix)
    return modules


def reachable_modules(entry: str) -> set[str]:
    seen: set[str] = set()
    todo = [entry]
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        tree = _parse(module)
        if tree is None:
            raise LookupError(f"module {module} not found under {SRC}")
        seen.add(module)
        todo.extend(_imported_modules(module, tree) - seen)
    return seen


def _units(module: str) -> list[Unit]:
    tree = _parse(module)
    assert tree is not None
    top = Unit(module, "", [])
    units = [top]
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            units.append(Unit(module, node.name, [node]))
        elif isinstance(node, ast.ClassDef):
            body = Unit(module, node.name, [*node.bases, *node.decorator_list], node.name)
            units.append(body)
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    units.append(Unit(module, f"{node.name}.{item.name}", [item], node.name))
                else:
                    body.nodes.append(item)
        else:
            top.nodes.append(node)
    return units


def _names(unit: Unit) -> set[str]:
    names: set[str] = set()
    for node in unit.walk():
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
            names.add(node.name.rsplit(".", 1)[-1])
    return names


def client_services() -> set[str]:
    """Services the project builds clients for, seen two ways: a literal service name as the
    first argument of a call to anything named ``*client*`` (``client("s3", settings)``,
    ``client_factory("bedrock-runtime", settings)``), or a ``mypy_boto3_<service>`` import."""
    known = set(botocore.session.get_session().get_available_services())
    services: set[str] = set()
    for module in _all_modules():
        tree = _parse(module)
        assert tree is not None
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("mypy_boto3_"):
                services.add(node.module.removeprefix("mypy_boto3_").replace("_", "-"))  # type: ignore[union-attr]
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if (
                "client" in name.lower()
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                services.add(first.value)
    return services & known


@cache
def operation_actions(services: frozenset[str]) -> dict[str, frozenset[str]]:
    """boto3 method name -> the IAM actions it needs, for ``services`` (botocore's models)."""
    session = botocore.session.get_session()
    table: dict[str, set[str]] = {}
    for service in sorted(services):
        model = session.get_service_model(service)
        prefix = _IAM_PREFIX.get(service, service)
        for operation in model.operation_names:
            action = _IAM_ACTION.get((service, operation), operation)
            table.setdefault(xform_name(operation), set()).add(f"{prefix}:{action}")
    return {name: frozenset(actions) for name, actions in table.items()}


def _token(node: ast.expr) -> str | None:
    """The name an expression is known by: ``deps.jobs`` -> ``jobs``, ``self._jobs`` -> ``jobs``."""
    if isinstance(node, ast.Attribute):
        return node.attr.lstrip("_").lower()
    if isinstance(node, ast.Name):
        return node.id.lstrip("_").lower()
    return None


def _bindings(live: list[Unit]) -> dict[str, set[str] | None]:
    """Class name -> the names its instances are bound to in live code (``jobs=C(...)``,
    ``table = C(...)``, ``self._table = C(...)``); ``None`` when an instance escapes some
    other way (returned, passed positionally), so every name must count."""
    found: dict[str, set[str] | None] = {}

    def note(cls: str, name: str | None) -> None:
        if name is None or found.get(cls, set()) is None:
            found[cls] = None
        else:
            found.setdefault(cls, set()).add(name)  # type: ignore[union-attr]

    for unit in live:
        parents: dict[int, ast.AST] = {}
        for node in unit.walk():
            for child in ast.iter_child_nodes(node):
                parents[id(child)] = node
        for node in unit.walk():
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if not node.func.id[:1].isupper():
                continue
            parent = parents.get(id(node))
            if isinstance(parent, ast.keyword):
                note(node.func.id, (parent.arg or "").lstrip("_").lower() or None)
            elif isinstance(parent, ast.Assign) and len(parent.targets) == 1:
                note(node.func.id, _token(parent.targets[0]))
            elif isinstance(parent, ast.AnnAssign):
                note(node.func.id, _token(parent.target))
            elif isinstance(parent, ast.Expr):
                continue  # constructed and dropped
            else:
                note(node.func.id, None)
    return found


def _method_used(method: Unit, bindings: dict[str, set[str] | None], live: list[Unit]) -> bool:
    """Is ``method`` named, as an attribute, on something its class's instances are bound to
    (or on ``self`` inside the class)?"""
    assert method.owner_class is not None
    names = bindings.get(method.owner_class)
    for unit in live:
        inside = unit.owner_class == method.owner_class and unit.module == method.module
        for node in unit.walk():
            if not (isinstance(node, ast.Attribute) and node.attr == method.name):
                continue
            receiver = _token(node.value)
            if names is None or (inside and receiver in {"self", "cls"}) or receiver in names:
                return True
    return False


@cache
def analyze(entry: str, runs: str | None = None) -> Analysis:
    """The AWS actions the code reachable from ``entry`` (a module name) calls.

    ``runs`` names the package whose code the entry runs when the entry is only a shell
    around it (``docpipe worker`` is the tooling's command around :mod:`workflow.worker`):
    that package's units are live too. Cached: several tests ask about the same entry point,
    and the result is only read."""
    analysis = Analysis(entry, modules=reachable_modules(entry))
    own_packages = {entry.split(".", maxsplit=1)[0], runs}
    units = [unit for module in sorted(analysis.modules) for unit in _units(module)]
    key = {id(unit): f"{unit.module}:{unit.qualname or '<module>'}" for unit in units}
    live = {
        id(unit)
        for unit in units
        if unit.module.split(".")[0] in own_packages or unit.qualname == ""
    }
    while True:
        live_units = [unit for unit in units if id(unit) in live]
        referenced: set[str] = set()
        for unit in live_units:
            referenced |= _names(unit)
        bindings = _bindings(live_units)
        grown = set(live)
        for unit in units:
            if unit.owner_class is None:
                if unit.name in referenced:
                    grown.add(id(unit))
            elif unit.owner_class in referenced and (
                unit.qualname == unit.owner_class
                or (unit.name.startswith("__") and unit.name.endswith("__"))
                or _method_used(unit, bindings, live_units)
            ):
                grown.add(id(unit))
        if grown == live:
            break
        live = grown
    # The loop ends when nothing grew, so ``live_units`` is exactly the live set.
    analysis.live = {key[id(unit)] for unit in live_units}
    table = operation_actions(frozenset(client_services()))
    for unit in live_units:
        strings = {
            node.value
            for node in unit.walk()
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        }
        for node in unit.walk():
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            actions = set(table.get(node.func.attr, ()))
            # GetObject (and HeadObject) with a VersionId is authorized as s3:GetObjectVersion.
            if node.func.attr in ("get_object", "head_object") and "VersionId" in strings:
                actions.add("s3:GetObjectVersion")
            for action in actions:
                analysis.actions.setdefault(action, set()).add(key[id(unit)])
    return analysis
