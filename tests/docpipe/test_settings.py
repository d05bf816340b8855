"""Settings are read once, from a plain mapping, and bad values name their variable."""

from __future__ import annotations

import pytest

from docpipe.errors import ConfigError
from docpipe.settings import ENV_NAMES, Settings


class TestSettings:
    def test_defaults_need_no_environment(self) -> None:
        """An empty environment gives the local stack's defaults."""
        settings = Settings.from_env({})
        assert settings.inbox_bucket == "docpipe-inbox"
        assert settings.resonate_url is None
        assert settings.analyzer == "offline"

    def test_every_variable_is_read(self) -> None:
        """Each documented variable reaches its field."""
        env = {
            "RESONATE_URL": "http://127.0.0.1:8001",
            "AWS_ENDPOINT_URL": "http://127.0.0.1:4566",
            "AWS_DEFAULT_REGION": "eu-west-1",
            "DOCPIPE_TABLE": "jobs",
            "DOCPIPE_MAX_DOCUMENT_BYTES": "1024",
            "DOCPIPE_ANALYZER": "bedrock",
        }
        settings = Settings.from_env(env)
        assert settings.resonate_url == "http://127.0.0.1:8001"
        assert settings.aws_endpoint_url == "http://127.0.0.1:4566"
        assert settings.region == "eu-west-1"
        assert settings.table == "jobs"
        assert settings.max_document_bytes == 1024
        assert settings.analyzer == "bedrock"

    @pytest.mark.parametrize(
        ("name", "value"),
        [
            ("DOCPIPE_MAX_PAGES", "ten"),
            ("DOCPIPE_STEP_MAX_ATTEMPTS", "0"),
            ("DOCPIPE_ANALYZER", "gpt"),
            ("DOCPIPE_OCR_ENGINE", "easyocr"),
            ("DOCPIPE_OCR_LANGUAGES", "English"),
            ("DOCPIPE_OCR_PROCESSES", "-1"),
        ],
    )
    def test_bad_values_name_their_variable(self, name: str, value: str) -> None:
        """A malformed value raises ConfigError mentioning the variable."""
        with pytest.raises(ConfigError, match=name):
            Settings.from_env({name: value})

    def test_ocr_languages_are_tesseract_codes(self) -> None:
        """Languages are read as Tesseract codes, '+' or ',' separated; English by default."""
        assert Settings.from_env({}).ocr_languages == ("eng",)
        assert Settings.from_env({"DOCPIPE_OCR_LANGUAGES": "eng+deu, chi_sim"}).ocr_languages == (
            "eng",
            "deu",
            "chi_sim",
        )
        assert Settings.from_env({"DOCPIPE_OCR_ENGINE": "rapidocr"}).ocr_engine == "rapidocr"

    def test_ocr_processes_zero_means_one_per_cpu(self) -> None:
        """0 (the default) is a valid count: the worker takes one OCR process per CPU."""
        assert Settings.from_env({}).ocr_processes == 0
        assert Settings.from_env({"DOCPIPE_OCR_PROCESSES": "0"}).ocr_processes == 0
        assert Settings.from_env({"DOCPIPE_OCR_PROCESSES": "3"}).ocr_processes == 3

    def test_require_names_the_missing_variable(self) -> None:
        """A required-but-missing setting names its environment variable."""
        with pytest.raises(ConfigError, match="DOCPIPE_TOPIC_ARN"):
            Settings.from_env({}).require("topic_arn")
        assert ENV_NAMES["topic_arn"] == "DOCPIPE_TOPIC_ARN"
