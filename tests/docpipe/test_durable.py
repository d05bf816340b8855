"""The durable engine follows RESONATE_URL; Postgres mistakes are reported at start-up."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import boto3
import psycopg
import pytest
from moto import mock_aws
from psycopg.conninfo import conninfo_to_dict
from resonate_pg import PostgresConnection

from docpipe import durable
from docpipe.errors import ConfigError, TransientError
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


class TestEngineOf:
    @pytest.mark.parametrize(
        ("url", "engine"),
        [
            (None, "local"),
            ("http://127.0.0.1:8001", "http"),
            ("https://resonate.example.com", "http"),
            ("postgresql://docpipe@db:5432/docpipe", "postgres"),
            ("postgres://db/docpipe", "postgres"),
            ("host=db dbname=docpipe user=docpipe", "postgres"),
        ],
    )
    def test_scheme_selects_the_engine(self, url: str | None, engine: str) -> None:
        """http(s) is a Resonate server, a Postgres URI or libpq DSN is resonate-pg."""
        assert durable.engine_of(url) == engine

    def test_unknown_scheme_is_a_config_error_without_the_password(self) -> None:
        """A URL of no known engine names RESONATE_URL and hides its password."""
        with pytest.raises(ConfigError, match="RESONATE_URL") as caught:
            durable.engine_of("mysql://root:hunter2@db/x")
        assert "hunter2" not in str(caught.value)


class TestRedact:
    @pytest.mark.parametrize(
        "dsn",
        [
            "postgresql://u:hunter2@h/db",
            "host=h password=hunter2 user=u",
            "host=h password='hun ter2' user=u",
            "postgresql://h/db?sslmode=require&password=hunter2",
        ],
    )
    def test_password_never_survives(self, dsn: str) -> None:
        """Every way libpq accepts a password is masked."""
        assert "hunter2" not in durable.redact(dsn)
        assert "ter2" not in durable.redact(dsn)


class TestResonateClient:
    def test_postgres_send_only_client_listens_for_nothing(self) -> None:
        """The consumer's client uses resonate-pg as its network and has no source."""
        settings = Settings(resonate_url="postgresql://u@127.0.0.1:1/db")
        client = durable.resonate_client(settings, group="docpipe-consumer", receiving=False)
        assert isinstance(client._network, PostgresConnection)
        assert client._source is None

    def test_postgres_receiving_client_is_its_own_source(self) -> None:
        """The worker's connection both sends and receives, addressed to its group."""
        settings = Settings(resonate_url="postgresql://u@127.0.0.1:1/db")
        client = durable.resonate_client(settings, group="docpipe-workers", receiving=True)
        assert client._source is client._network
        assert client._network.unicast().startswith("poll://uni@docpipe-workers/")

    def test_http_url_keeps_the_resonate_server(self) -> None:
        """An http URL still builds the SDK's HTTP connection."""
        settings = Settings(resonate_url="http://127.0.0.1:1")
        client = durable.resonate_client(settings, group="g", receiving=False)
        assert not isinstance(client._network, PostgresConnection)
        assert client._source is None


class TestDatabaseCredentials:
    def test_secret_fills_user_and_password(self, secrets: Any) -> None:
        """The RDS-style secret supplies the login; the endpoint stays from RESONATE_URL."""
        arn = secrets.create_secret(
            Name="db", SecretString=json.dumps({"username": "app", "password": "p@ss w"})
        )["ARN"]
        settings = Settings.from_env(
            {"RESONATE_URL": "postgresql://proxy:5432/docpipe", "DOCPIPE_DATABASE_SECRET": arn}
        )
        resolved = durable.resolve_database_credentials(settings, secrets=secrets)
        params = conninfo_to_dict(resolved.require("resonate_url"))
        assert (params["host"], params["dbname"]) == ("proxy", "docpipe")
        assert (params["user"], params["password"]) == ("app", "p@ss w")

    def test_user_in_the_url_wins(self, secrets: Any) -> None:
        """A user written in the DSN is not replaced by the secret's."""
        arn = secrets.create_secret(
            Name="db", SecretString=json.dumps({"username": "admin", "password": "x"})
        )["ARN"]
        settings = Settings(resonate_url="postgresql://reader@db/docpipe", database_secret=arn)
        params = conninfo_to_dict(
            durable.resolve_database_credentials(settings, secrets=secrets).require("resonate_url")
        )
        assert params["user"] == "reader"

    def test_secret_without_a_password_is_named(self, secrets: Any) -> None:
        """A secret that is not the RDS JSON shape is a ConfigError naming the variable."""
        arn = secrets.create_secret(Name="db", SecretString="just-a-password")["ARN"]
        settings = Settings(resonate_url="postgresql://db/docpipe", database_secret=arn)
        with pytest.raises(ConfigError, match="DOCPIPE_DATABASE_SECRET"):
            durable.resolve_database_credentials(settings, secrets=secrets)

    def test_missing_secret_is_a_config_error(self, secrets: Any) -> None:
        """A secret that does not exist cannot be retried into existence."""
        settings = Settings(resonate_url="postgresql://db/docpipe", database_secret="nope")
        with pytest.raises(ConfigError, match="DOCPIPE_DATABASE_SECRET 'nope'"):
            durable.resolve_database_credentials(settings, secrets=secrets)


class TestCheckDatabaseWithoutAServer:
    def test_malformed_dsn_names_the_variable(self) -> None:
        """libpq's parse error is reported against RESONATE_URL, before any connection."""
        with pytest.raises(ConfigError, match="not a valid Postgres DSN"):
            durable.check_database("postgresql://db/x?nonsense=1", receiving=False)

    def test_unreachable_server_is_transient(self) -> None:
        """No SQLSTATE (nothing answered): the database may be starting, so retry."""

        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise psycopg.OperationalError("connection refused")

        with pytest.raises(TransientError, match="cannot reach"):
            durable.check_database("postgresql://db/x", receiving=False, connect=refuse)

    def test_failed_login_is_a_config_error(self) -> None:
        """A refused password will not pass by retrying."""

        def deny(*args: Any, **kwargs: Any) -> Any:
            raise psycopg.OperationalError('FATAL: password authentication failed for user "x"')

        with pytest.raises(ConfigError, match="refused"):
            durable.check_database("postgresql://x@db/x", receiving=False, connect=deny)
