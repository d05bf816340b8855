"""The Resonate-protocol server is a distribution of its own: its version, its dependencies."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

import devserver

PYPROJECT = Path(devserver.__file__).resolve().parent / "pyproject.toml"


def test_its_project_names_only_itself_and_no_docpipe_dependency() -> None:
    """It packages the devserver package alone and depends on nothing of docpipe."""
    config = tomllib.loads(PYPROJECT.read_text())
    assert config["tool"]["setuptools"]["packages"] == ["devserver"]
    requirements = [*config["project"]["dependencies"]]
    for extra in config["project"].get("optional-dependencies", {}).values():
        requirements += extra
    assert not [r for r in requirements if r.lower().startswith("docpipe")]


def test_the_installed_distribution_is_this_one() -> None:
    """``docpipe-devserver`` is installed from src/devserver with the version it declares."""
    config = tomllib.loads(PYPROJECT.read_text())
    assert config["project"]["name"] == "docpipe-devserver"
    assert importlib.metadata.version("docpipe-devserver") == config["project"]["version"]
