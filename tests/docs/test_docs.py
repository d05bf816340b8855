"""The README documents every setting docpipe reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from docpipe.settings import ENV_NAMES

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.mark.parametrize("variable", sorted(ENV_NAMES.values()))
def test_every_environment_variable_is_documented(variable: str) -> None:
    """Each variable in Settings appears in the README's configuration table."""
    assert f"`{variable}`" in README.read_text()
