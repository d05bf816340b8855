"""The Dockerfile builds small, pinned, non-root images of this package, whose entry points
(and the template's handlers) exist and are callable."""

from __future__ import annotations

import importlib
import re
import tomllib
from collections.abc import Callable
from typing import Any

import pytest
from components import handler_path, worker_entry_module
from deploy_support import REPO, Instruction, Template, dockerfile_instructions, load_template

from docpipe_cli.cli import COMMANDS

#: An exact Python release on a named Debian, e.g. python:3.12.12-slim-bookworm.
PINNED = re.compile(r"^python:3\.12\.\d+-slim-[a-z]+(@sha256:[0-9a-f]{64})?$")
BUILD_TOOLS = ("gcc", "g++", "build-essential", "make", "git", "curl", "wget")


def _stage(name: str) -> list[Instruction]:
    return [i for i in dockerfile_instructions() if i.stage == name]


def _chain(name: str) -> list[Instruction]:
    """A stage's instructions including those of the local stages it derives from."""
    stages = {i.stage: i for i in dockerfile_instructions() if i.keyword == "FROM"}
    base = stages[name].arguments.split()[0]
    return (_chain(base) if base in stages else []) + _stage(name)


class TestDockerfile:
    def test_every_base_is_pinned_to_an_exact_release(self) -> None:
        """No floating tags: every external FROM names an exact Python release."""
        stages = {i.stage for i in dockerfile_instructions()}
        for instruction in dockerfile_instructions():
            if instruction.keyword == "FROM":
                image = instruction.arguments.split()[0]
                assert image in stages or PINNED.match(image), image

    def test_wheel_built_from_this_repository(self) -> None:
        """The build stage wheels the repository and installs from those wheels only."""
        commands = " ".join(i.arguments for i in _stage("build") if i.keyword == "RUN")
        assert 'pip wheel --wheel-dir /wheels ".[worker,postgres]"' in commands
        assert '--no-index --find-links /wheels "docpipe[worker,postgres]"' in commands

    def test_lambda_image_installs_neither_ocr_documents_nor_a_postgres_server(self) -> None:
        """The Lambdas' virtualenv is docpipe[postgres,pages] only (PDFium for the status API's
        page images, nothing of the worker's), and their image has no OCR models; the
        worker's has Tesseract's (orientation and English at least)."""
        lambda_runs = " ".join(i.arguments for i in _stage("lambda-build") if i.keyword == "RUN")
        assert '--find-links /wheels "docpipe[postgres,pages]"' in lambda_runs
        assert "worker" not in lambda_runs
        lambda_chain = " ".join(i.arguments for i in _chain("lambda") if i.keyword == "RUN")
        assert "tesseract" not in lambda_chain
        worker_chain = " ".join(i.arguments for i in _chain("worker") if i.keyword == "RUN")
        assert "tesseract-ocr-osd" in worker_chain
        assert "tesseract-ocr-" in worker_chain

    def test_extras_split_the_dependencies_by_deployable(self) -> None:
        """The base (the Lambdas') names no OCR, image, document or embedded-Postgres package,
        and resonate-pg is listed once."""
        project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
        base = " ".join(project["dependencies"])
        for heavy in ("rapidocr", "onnxruntime", "opencv", "pillow", "pypdf", "docx", "embedded"):
            assert heavy not in base
        extras = project["optional-dependencies"]
        assert any(d.startswith("tesserocr") for d in extras["worker"])
        assert not any(d.startswith("rapidocr") for d in extras["worker"])
        assert any(d.startswith("rapidocr-onnxruntime") for d in extras["rapidocr"])
        assert any(d.startswith("embedded-postgres") for d in extras["local"])
        assert [d.split(">")[0] for d in extras["pages"]] == ["pypdfium2"]
        every = [*project["dependencies"], *(d for deps in extras.values() for d in deps)]
        assert sum(d.startswith("resonate-pg") for d in every) == 1

    @pytest.mark.parametrize("target", ["worker", "lambda"])
    def test_final_stages_are_small_and_non_root(self, target: str) -> None:
        """Final images run as a non-root user and install no build tools."""
        chain = _chain(target)
        users = [i.arguments for i in chain if i.keyword == "USER"]
        assert users, f"{target} runs as root"
        assert users[-1].split(":")[0] not in {"0", "root"}
        for instruction in chain:
            if instruction.keyword == "RUN":
                words = set(re.split(r"[\s;&|]+", instruction.arguments))
                assert not words & set(BUILD_TOOLS), instruction
        copies = [i.arguments for i in chain if i.keyword == "COPY"]
        assert all(c.startswith("--from=") for c in copies), "only built artefacts are copied"

    def test_worker_is_the_default_target_and_runs_docpipe_worker(self) -> None:
        """The last stage is the worker; its ENTRYPOINT is a command docpipe really has."""
        assert dockerfile_instructions()[-1].stage == "worker"
        (entrypoint,) = [i for i in _stage("worker") if i.keyword == "ENTRYPOINT"]
        assert entrypoint.exec_form() == ["docpipe", "worker"]
        assert "worker" in COMMANDS

    def test_lambda_stage_runs_the_runtime_interface_client(self) -> None:
        """The Lambda image starts awslambdaric on a handler the template also names."""
        (entrypoint,) = [i for i in _stage("lambda") if i.keyword == "ENTRYPOINT"]
        assert entrypoint.exec_form()[-2:] == ["-m", "awslambdaric"]
        (cmd,) = [i for i in _stage("lambda") if i.keyword == "CMD"]
        template = Template(load_template())
        assert cmd.exec_form()[0] == handler_path(template, "ConsumerFunction")
        env = " ".join(i.arguments for i in _stage("lambda") if i.keyword == "ENV")
        assert "LAMBDA_TASK_ROOT=" in env

    def test_build_context_is_an_allow_list(self) -> None:
        """.dockerignore excludes everything but the package sources."""
        lines = [
            line
            for line in (REPO / ".dockerignore").read_text().splitlines()
            if line and not line.startswith("#")
        ]
        assert lines[0] == "*"
        assert {"!pyproject.toml", "!README.md", "!src/"} <= set(lines)

    def test_template_functions_are_built_from_this_dockerfile(self) -> None:
        """``sam build`` builds each function from the Dockerfile's lambda stage."""
        template = Template(load_template())
        for name in ("ConsumerFunction", "StatusFunction"):
            resource = template.resource(name)
            assert resource["Properties"]["PackageType"] == "Image"
            assert resource["Metadata"]["Dockerfile"] == "Dockerfile"
            assert resource["Metadata"]["DockerBuildTarget"] == "lambda"


def _resolve(path: str) -> Callable[..., Any]:
    module_name, _, attribute = path.rpartition(".")
    value = getattr(importlib.import_module(module_name), attribute)
    assert callable(value), path
    return value  # type: ignore[no-any-return]


class TestEntryPoints:
    @pytest.mark.parametrize("function", ["ConsumerFunction", "StatusFunction"])
    def test_lambda_handlers_import_and_are_callable(self, function: str) -> None:
        """Each handler the template names imports and takes (event, context)."""
        handler = _resolve(handler_path(Template(load_template()), function))
        assert handler.__code__.co_argcount >= 2 or hasattr(handler, "__wrapped__")

    def test_worker_command_imports_and_is_callable(self) -> None:
        """``docpipe worker`` resolves to a module with its parser hook and run function."""
        module = importlib.import_module(worker_entry_module())
        run = getattr(module, "run_worker", None) or module.run
        add = getattr(module, "add_worker_arguments", None) or module.add_arguments
        assert callable(run)
        assert callable(add)
