"""Document classes as configuration: what kinds of document there are, how each is
recognised, and which fields each carries.

A classes file (``DOCPIPE_CLASSES``: a path or an ``s3://`` URL, YAML or JSON) is checked
against its own JSON Schema (``classes.schema.json`` beside this module) when a process
starts, and every error names the file and the line it is on, so a typo in a field's type
stops the worker with ``classes.yaml:14: classes[0].fields[1].type: 'mony' is not one of ...``
instead of surfacing as odd analyses later. The built-in kinds are the default file
(``classes.default.yaml``); a user's file extends it (``mode: extend``, the default: a class of
the same name replaces the built-in one) or replaces it (``mode: replace``). The fallback class
``other`` always exists: a document nothing identifies has to be something.

The worker's analyzers read a :class:`Catalogue` to classify and extract; the status API reads
the same one to hold a reviewer's corrections to the job's class.

The built-in file is checked against the schema by the tests, not at run time, so a process
on the built-in kinds never imports ``jsonschema`` (a fifth of the status Lambda's cold
import): :func:`_validator` imports it when a user's file is read, as the AWS adapters are
imported only to read a file kept in S3.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any, Literal, cast

import yaml

from docpipe.errors import ConfigError
from docpipe.fieldtypes import FieldSpec, FieldType

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

    from docpipe.settings import Settings

type Store = Literal["fields", "keyFigures"]
#: Reads ``s3://bucket/key``'s bytes (the caller's S3 client), for a classes file kept in S3.
type S3Reader = Callable[[str, str], bytes]

#: The class every catalogue has: a document no class's signals identify.
FALLBACK_CLASS = "other"
#: Weight of a signal that does not name one.
DEFAULT_SIGNAL_WEIGHT = 2.0
#: Largest classes file read (a configuration file, not a document).
MAX_CLASSES_BYTES = 1024 * 1024
_SCHEMA_FILE = "classes.schema.json"
_DEFAULT_FILE = "classes.default.yaml"


@dataclass(frozen=True, slots=True)
class Signal:
    """Evidence for a class: a regular expression (case-insensitive, multi-line) and its
    weight. A phrase from the file becomes the expression matching it as whole words."""

    pattern: re.Pattern[str]
    weight: float


@dataclass(frozen=True, slots=True)
class DocumentClass:
    name: str
    description: str
    signals: tuple[Signal, ...] = ()
    fields: tuple[FieldSpec, ...] = ()
    #: Where the class's values land in the analysis: ``fields`` (a user's class) or
    #: ``keyFigures`` (the built-in kinds, read by the offline analyzer's tuned rules).
    store: Store = "fields"

    def field(self, name: str) -> FieldSpec | None:
        return next((spec for spec in self.fields if spec.name == name), None)


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The configured classes, in order of precedence (a tie in classification goes to the
    earlier class: a user's classes come before the built-in ones, ``other`` last)."""

    classes: tuple[DocumentClass, ...]
    #: Where the catalogue came from (a path, a URL, or ``built-in``), for messages.
    origin: str = "built-in"

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(cls.name for cls in self.classes)

    def get(self, name: str) -> DocumentClass | None:
        return next((cls for cls in self.classes if cls.name == name), None)

    def to_json(self) -> dict[str, Any]:
        """The classes as the status API serves them (``GET /classes``): what a review form is
        drawn from. Signals stay in the file (they are the analyzer's business)."""
        return {
            "classes": [
                {
                    "name": cls.name,
                    "description": cls.description,
                    "store": cls.store,
                    "fields": [_field_json(spec) for spec in cls.fields],
                }
                for cls in self.classes
            ]
        }

    def key_figure(self, name: str) -> FieldSpec | None:
        """The type of the key figure ``name``: declared by a class that stores key figures."""
        for cls in self.classes:
            if cls.store == "keyFigures":
                spec = cls.field(name)
                if spec is not None:
                    return spec
        return None


class ClassesError(ConfigError):
    """A classes file that cannot be used; the message names the file and the line."""


@functools.cache
def default_classes() -> Catalogue:
    """The built-in kinds (read once per process)."""
    text = resources.files("docpipe").joinpath(_DEFAULT_FILE).read_text(encoding="utf-8")
    document = parse_classes(text, origin=_DEFAULT_FILE, against_schema=False)
    return _catalogue(document, None, origin="built-in")


def load_classes(source: str | None, *, read_s3: S3Reader | None = None) -> Catalogue:
    """The catalogue ``DOCPIPE_CLASSES`` names (``None``: the built-in one)."""
    if not source:
        return default_classes()
    text = _read(source, read_s3)
    document = parse_classes(text, origin=source)
    return _catalogue(document, default_classes(), origin=source)


def configured_classes(settings: Settings, *, s3_client: Any = None) -> Catalogue:
    """The catalogue ``settings.classes`` names, an ``s3://`` one read with ``s3_client``
    (default: one built from the settings). Every process that needs classes calls this at
    start-up, so a bad file stops it there, naming the line."""
    if not settings.classes:
        return default_classes()

    def read_s3(bucket: str, key: str) -> bytes:
        from botocore.exceptions import BotoCoreError, ClientError  # noqa: PLC0415

        from docpipe.aws import client  # noqa: PLC0415 (boto3 only when the file is in S3)

        s3 = s3_client if s3_client is not None else client("s3", settings)
        try:
            body = s3.get_object(Bucket=bucket, Key=key)["Body"]
            return bytes(body.read(MAX_CLASSES_BYTES + 1))
        except (BotoCoreError, ClientError) as exc:
            raise ClassesError(f"DOCPIPE_CLASSES: cannot read {settings.classes}: {exc}") from None

    return load_classes(settings.classes, read_s3=read_s3)


def parse_classes(text: str, *, origin: str, against_schema: bool = True) -> dict[str, Any]:
    """A classes file's content, checked against the schema (unless ``against_schema`` is
    false: the built-in file, checked by the tests) and the rules a schema cannot say
    (signals that compile, names used once); :class:`ClassesError` names the line."""
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            document = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        raise ClassesError(f"{origin}{line}: not valid YAML or JSON: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise ClassesError(f"{origin}: not valid YAML or JSON: {exc}") from None
    lines = _lines(node, (), {}) if node is not None else {}

    def fail(path: tuple[str | int, ...], message: str) -> ClassesError:
        return ClassesError(f"{origin}:{_line_of(path, lines)}: {_dotted(path)}: {message}")

    errors = sorted(
        _validator().iter_errors(document) if against_schema else (),
        key=lambda error: (_line_of(tuple(error.absolute_path), lines), len(error.path)),
    )
    if errors:
        first = _deepest(errors[0])
        raise fail(tuple(first.absolute_path), first.message)
    document = cast("dict[str, Any]", document)  # the schema says it is an object
    names: set[str] = set()
    for index, cls in enumerate(document["classes"]):
        where: tuple[str | int, ...] = ("classes", index)
        if cls["name"] in names:
            raise fail((*where, "name"), f"class {cls['name']!r} is declared twice")
        names.add(cls["name"])
        fields: set[str] = set()
        for number, spec in enumerate(cls.get("fields", ())):
            if spec["name"] in fields:
                raise fail((*where, "fields", number, "name"), f"field {spec['name']!r} twice")
            fields.add(spec["name"])
        for number, signal in enumerate(cls.get("signals", ())):
            pattern = signal.get("pattern") if isinstance(signal, dict) else None
            if pattern is not None:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    error = fail((*where, "signals", number, "pattern"), f"bad pattern: {exc}")
                    raise error from None
    return document


def _catalogue(document: dict[str, Any], base: Catalogue | None, *, origin: str) -> Catalogue:
    own = [_class(raw) for raw in document["classes"]]
    if base is not None and document.get("mode", "extend") == "extend":
        mine = {cls.name for cls in own}
        own += [cls for cls in base.classes if cls.name not in mine]
    fallback = next((cls for cls in own if cls.name == FALLBACK_CLASS), None)
    rest = [cls for cls in own if cls.name != FALLBACK_CLASS]
    if fallback is None:
        fallback = DocumentClass(FALLBACK_CLASS, "anything else")
    return Catalogue((*rest, fallback), origin=origin)


def _class(raw: dict[str, Any]) -> DocumentClass:
    return DocumentClass(
        name=raw["name"],
        description=raw["description"],
        signals=tuple(_signal(signal) for signal in raw.get("signals", ())),
        fields=tuple(_field(spec) for spec in raw.get("fields", ())),
        store=cast("Store", raw.get("store", "fields")),
    )


def _signal(raw: str | dict[str, Any]) -> Signal:
    if isinstance(raw, str):
        raw = {"phrase": raw}
    if "phrase" in raw:
        words = r"\s+".join(re.escape(word) for word in raw["phrase"].split())
        pattern = rf"(?<!\w){words}(?!\w)"
    else:
        pattern = raw["pattern"]
    flags = re.IGNORECASE | re.MULTILINE
    return Signal(re.compile(pattern, flags), float(raw.get("weight", DEFAULT_SIGNAL_WEIGHT)))


def _field(raw: dict[str, Any]) -> FieldSpec:
    return FieldSpec(
        name=raw["name"],
        type=cast("FieldType", raw["type"]),
        description=raw.get("description", ""),
        required=bool(raw.get("required", False)),
        labels=tuple(raw.get("labels", ())),
        role=raw.get("role"),
        values=tuple(raw.get("values", ())),
        columns=tuple(_field(column) for column in raw.get("columns", ())),
    )


def _field_json(spec: FieldSpec) -> dict[str, Any]:
    optional = {
        "description": spec.description, "labels": list(spec.labels), "role": spec.role,
        "values": list(spec.values), "columns": [_field_json(c) for c in spec.columns],
    }  # fmt: skip
    base = {"name": spec.name, "type": spec.type, "required": spec.required}
    return base | {key: value for key, value in optional.items() if value}


def _read(source: str, read_s3: S3Reader | None) -> str:
    if source.startswith("s3://"):
        bucket, _, key = source.removeprefix("s3://").partition("/")
        if not bucket or not key:
            raise ClassesError(f"DOCPIPE_CLASSES: {source!r} is not s3://bucket/key")
        if read_s3 is None:
            raise ClassesError(f"DOCPIPE_CLASSES: {source}: no S3 client to read it with")
        data = read_s3(bucket, key)
    else:
        try:
            with open(source, "rb") as handle:
                data = handle.read(MAX_CLASSES_BYTES + 1)
        except OSError as exc:
            raise ClassesError(f"DOCPIPE_CLASSES: cannot read {source}: {exc.strerror}") from None
    if len(data) > MAX_CLASSES_BYTES:
        raise ClassesError(f"DOCPIPE_CLASSES: {source} is larger than {MAX_CLASSES_BYTES} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ClassesError(f"DOCPIPE_CLASSES: {source} is not UTF-8 text") from None


@functools.cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator  # noqa: PLC0415 -- see the module's docstring

    schema = json.loads(resources.files("docpipe").joinpath(_SCHEMA_FILE).read_text("utf-8"))
    return Draft202012Validator(schema)


def schema() -> dict[str, Any]:
    """The classes file's JSON Schema (for editors and documentation)."""
    return dict(cast("dict[str, Any]", _validator().schema))


def _deepest(error: Any) -> Any:
    """Of a ``oneOf``/``anyOf`` failure, the alternative that got furthest: its message
    says what to fix ("'mony' is not one of ...") rather than "is not valid under any"."""
    while error.context:
        error = max(error.context, key=lambda e: (len(e.absolute_path), -len(e.context or ())))
    return error


def _lines(node: yaml.Node, path: tuple[str | int, ...], out: dict[Any, int]) -> dict[Any, int]:
    """Every path in the document -> the 1-based line its value starts on."""
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _lines(value, (*path, str(key.value)), out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _lines(item, (*path, index), out)
    return out


def _line_of(path: tuple[str | int, ...], lines: dict[Any, int]) -> int:
    """The line of ``path``, or of its nearest ancestor with one (a missing key's parent)."""
    while path not in lines and path:
        path = path[:-1]
    return lines.get(path, 1)


def _dotted(path: tuple[str | int, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text.lstrip(".") or "(top level)"


__all__ = [
    "FALLBACK_CLASS",
    "Catalogue",
    "ClassesError",
    "DocumentClass",
    "Signal",
    "configured_classes",
    "default_classes",
    "load_classes",
    "parse_classes",
    "schema",
]
