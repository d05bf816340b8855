"""The pixel and ZIP-inflation limits are settings, and a refusal names the one to change."""

from __future__ import annotations

import pytest

from docpipe.errors import DocumentTooLarge
from docpipe.settings import Settings
from docpipe_cli.samples import SAMPLES_DIR
from workflow.documents import ExtractionLimits, detect_type, extract_text


def _extract(name: str, env: dict[str, str]) -> None:
    data = (SAMPLES_DIR / name).read_bytes()
    limits = ExtractionLimits.from_settings(Settings.from_env(env))
    extract_text(data, detect_type(data, filename=name, declared=None), limits)


@pytest.mark.parametrize(
    ("sample", "variable"),
    [("receipt.png", "DOCPIPE_MAX_PIXELS"), ("contract.docx", "DOCPIPE_MAX_UNZIPPED_BYTES")],
)
def test_a_lowered_limit_refuses_and_names_its_setting(sample: str, variable: str) -> None:
    """The sample passes with the defaults and is ``too_large`` under a limit of 100; the
    message says which variable raises it."""
    _extract(sample, {})
    with pytest.raises(DocumentTooLarge, match=variable):
        _extract(sample, {variable: "100"})
