"""The Resonate token comes from Secrets Manager at start-up, never from the template."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from moto import mock_aws

from docpipe.aws import resolve_resonate_token
from docpipe.errors import ConfigError
from docpipe.settings import Settings


@pytest.fixture
def secrets() -> Iterator[Any]:
    with mock_aws():
        yield boto3.client(
            "secretsmanager",
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )


class TestResolveResonateToken:
    def test_reads_the_named_secret(self, secrets: Any) -> None:
        """Only the secret's ARN is configured; the token is read from it, whitespace trimmed."""
        arn = secrets.create_secret(Name="docpipe/resonate", SecretString=" s3cr3t\n")["ARN"]
        settings = Settings.from_env({"DOCPIPE_RESONATE_TOKEN_SECRET": arn})
        assert resolve_resonate_token(settings, secrets=secrets).resonate_token == "s3cr3t"

    def test_explicit_token_wins_and_nothing_is_read(self) -> None:
        """RESONATE_TOKEN set: the secret is not fetched (no client is even built)."""
        settings = Settings.from_env(
            {"RESONATE_TOKEN": "local", "DOCPIPE_RESONATE_TOKEN_SECRET": "unused"}
        )
        assert resolve_resonate_token(settings, secrets=object()) is settings

    def test_neither_set_is_the_local_stack(self) -> None:
        """No token and no secret: settings come back unchanged."""
        settings = Settings.from_env({})
        assert resolve_resonate_token(settings, secrets=object()) is settings

    def test_missing_secret_is_a_configuration_error(self, secrets: Any) -> None:
        """A secret that does not exist names the variable, instead of retrying forever."""
        settings = Settings.from_env({"DOCPIPE_RESONATE_TOKEN_SECRET": "docpipe/absent"})
        with pytest.raises(ConfigError, match="DOCPIPE_RESONATE_TOKEN_SECRET"):
            resolve_resonate_token(settings, secrets=secrets)

    def test_empty_secret_is_a_configuration_error(self, secrets: Any) -> None:
        """A secret holding only whitespace is refused."""
        secrets.create_secret(Name="docpipe/blank", SecretString="  ")
        settings = Settings.from_env({"DOCPIPE_RESONATE_TOKEN_SECRET": "docpipe/blank"})
        with pytest.raises(ConfigError, match="no token"):
            resolve_resonate_token(settings, secrets=secrets)
