"""Obtaining resonate-pg's pinned ``resonate.sql``: download, cache, checksum, overrides, offline.

Each test serves a file on a local HTTP server and pins it (or the real manifest with the
session's copy of the real file), so the code path is the one a fresh clone takes.
"""

from __future__ import annotations

import hashlib
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from docpipe.errors import ConfigError
from docpipe_cli import resonate_sql
from docpipe_cli.cli import main
from docpipe_cli.resonate_sql import Pin, cached_path, default_cache_dir, obtain
from support.schema_mirror import FileServer

BODY = b"-- a stand-in for resonate.sql\nCREATE SCHEMA IF NOT EXISTS resonate;\n"
OTHER = b"-- not the pinned file\n"
ROOT = Path(__file__).resolve().parents[2]


def _sha(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _pin(url: str, body: bytes = BODY) -> Pin:
    return Pin(
        repository="https://example.invalid/resonate-pg",
        commit="0123456789abcdef0123456789abcdef01234567",
        schema_version="9.9.9",
        url=url,
        sha256=_sha(body),
    )


def _closed_port_url() -> str:
    """A loopback URL nothing listens on: what "no network" looks like, at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/resonate.sql"


@pytest.fixture
def server() -> Iterator[FileServer]:
    served = FileServer(BODY)
    yield served
    served.close()


class TestPinnedDownload:
    def test_downloads_into_an_empty_cache_once(self, server: FileServer, tmp_path: Path) -> None:
        """First use downloads and keeps the file; the next use reads the cache only."""
        pin = _pin(server.url)
        first = obtain(env={}, cache_dir=tmp_path, pin=pin)
        assert first.path == cached_path(tmp_path, pin)
        assert first.path.read_bytes() == BODY
        assert first.pinned
        assert first.source.startswith("downloaded")
        second = obtain(env={}, cache_dir=tmp_path, pin=pin)
        assert second.source.startswith("cache")
        assert server.requests == 1

    def test_a_mirror_in_the_environment_replaces_the_pinned_url(
        self, server: FileServer, tmp_path: Path
    ) -> None:
        """$RESONATE_PG_SQL_URL is fetched instead of the (unreachable) pinned URL."""
        pin = _pin(_closed_port_url())
        got = obtain(env={resonate_sql.MIRROR_ENV: server.url}, cache_dir=tmp_path, pin=pin)
        assert got.path.read_bytes() == BODY
        assert server.requests == 1

    def test_a_different_file_is_refused_naming_both_digests(self, tmp_path: Path) -> None:
        """Bytes that are not the pinned ones are refused and never cached."""
        wrong = FileServer(OTHER)
        try:
            pin = _pin(wrong.url)
            with pytest.raises(ConfigError) as caught:
                obtain(env={}, cache_dir=tmp_path, pin=pin)
        finally:
            wrong.close()
        message = str(caught.value)
        assert _sha(OTHER) in message
        assert pin.sha256 in message
        assert pin.describe() in message
        assert not cached_path(tmp_path, pin).exists()

    def test_a_damaged_cache_entry_is_downloaded_again(
        self, server: FileServer, tmp_path: Path
    ) -> None:
        """A cached file whose checksum is wrong is not used; the pinned file replaces it."""
        pin = _pin(server.url)
        target = cached_path(tmp_path, pin)
        target.parent.mkdir(parents=True)
        target.write_bytes(OTHER)
        assert obtain(env={}, cache_dir=tmp_path, pin=pin).path.read_bytes() == BODY
        assert server.requests == 1

    def test_offline_says_what_to_download_and_where_to_put_it(self, tmp_path: Path) -> None:
        """Without a network the error names the URL, the checksum, the cache path and the
        other ways to provide the file."""
        pin = _pin(_closed_port_url())
        with pytest.raises(ConfigError) as caught:
            obtain(env={}, cache_dir=tmp_path, pin=pin)
        message = str(caught.value)
        for expected in (
            pin.url,
            pin.sha256,
            str(cached_path(tmp_path, pin)),
            "docpipe db fetch --from FILE",
            "--resonate-sql PATH",
            "RESONATE_PG_SQL=PATH",
        ):
            assert expected in message

    def test_the_cache_follows_xdg(self, tmp_path: Path) -> None:
        """$XDG_CACHE_HOME/docpipe, else ~/.cache/docpipe."""
        assert default_cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "docpipe"
        assert default_cache_dir({}) == Path.home() / ".cache" / "docpipe"


class TestOperatorFile:
    def test_explicit_file_wins_and_a_different_checksum_is_a_warning(
        self, server: FileServer, tmp_path: Path
    ) -> None:
        """--resonate-sql is used as given; its digest differing from the pin is reported."""
        own = tmp_path / "own.sql"
        own.write_bytes(OTHER)
        warnings: list[str] = []
        got = obtain(own, env={}, cache_dir=tmp_path, pin=_pin(server.url), warn=warnings.append)
        assert got.path == own
        assert not got.pinned
        assert got.sha256 == _sha(OTHER)
        [warning] = warnings
        assert _sha(OTHER) in warning
        assert _pin(server.url).describe() in warning
        assert _sha(BODY) in warning
        assert server.requests == 0

    def test_the_environment_variable_is_used_silently_when_it_is_the_pinned_file(
        self, server: FileServer, tmp_path: Path
    ) -> None:
        """$RESONATE_PG_SQL holding the pinned bytes gives no warning and no download."""
        own = tmp_path / "pinned.sql"
        own.write_bytes(BODY)
        warnings: list[str] = []
        env = {resonate_sql.SQL_ENV: str(own)}
        got = obtain(env=env, cache_dir=tmp_path, pin=_pin(server.url), warn=warnings.append)
        assert (got.path, got.pinned, warnings, server.requests) == (own, True, [], 0)

    def test_a_missing_file_is_an_error_not_a_fallback(self, tmp_path: Path) -> None:
        """A path the operator named that does not exist is reported, not silently replaced."""
        pin = _pin(_closed_port_url())
        with pytest.raises(ConfigError, match="--resonate-sql"):
            obtain(tmp_path / "nope.sql", env={}, cache_dir=tmp_path, pin=pin)
        with pytest.raises(ConfigError, match="RESONATE_PG_SQL"):
            obtain(env={resonate_sql.SQL_ENV: str(tmp_path / "nope.sql")}, pin=pin)


class TestManifest:
    def test_pins_a_commit_of_resonate_pg_with_its_url(self) -> None:
        """The URL is the file at the pinned commit of the pinned repository."""
        pin = Pin.load()
        assert pin.url.startswith("https://raw.githubusercontent.com/resonatehq/resonate-pg/")
        assert f"/{pin.commit}/resonate.sql" in pin.url
        assert len(pin.commit) == 40
        assert len(pin.sha256) == 64

    def test_the_vendored_copy_beside_the_checkout_is_the_pinned_file(self) -> None:
        """This team's vendored resonate.sql is byte for byte the pinned one."""
        places = [_vendored_beside(ROOT)]
        origin = _local_origin(ROOT)
        if origin is not None:  # a clone (CI's): the copy sits beside the checkout it came from
            places.append(_vendored_beside(origin))
        vendored = next((place for place in places if place.is_file()), None)
        if vendored is None:
            pytest.skip(f"no vendored copy at {' or '.join(map(str, places))}")
        assert _sha(vendored.read_bytes()) == Pin.load().sha256


def _vendored_beside(checkout: Path) -> Path:
    return checkout.parent / "shared" / "vendor" / "resonate-pg" / "resonate.sql"


def _local_origin(checkout: Path) -> Path | None:
    """The directory ``checkout`` was cloned from, when its origin is a local path."""
    found = subprocess.run(
        ["git", "-C", str(checkout), "remote", "get-url", "origin"],
        capture_output=True,
        text=True,
        check=False,
    )
    url = found.stdout.strip()
    if found.returncode != 0 or not url or "://" in url or ":" in url.split("/")[0]:
        return None
    return Path(url).resolve()


class TestDbFetch:
    def test_puts_a_hand_downloaded_copy_in_the_cache(
        self, resonate_sql: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """``docpipe db fetch --from FILE`` checks the copy and caches it where docpipe looks."""
        cache = tmp_path / "cache"
        assert main(["db", "fetch", "--from", str(resonate_sql), "--cache-dir", str(cache)]) == 0
        target = cached_path(cache, Pin.load())
        assert target.read_bytes() == resonate_sql.read_bytes()
        assert str(target) in capsys.readouterr().out
        assert obtain(env={}, cache_dir=cache).path == target

    def test_refuses_a_copy_that_is_not_the_pinned_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A wrong file exits 1 naming both digests; nothing is cached."""
        wrong = tmp_path / "resonate.sql"
        wrong.write_bytes(OTHER)
        cache = tmp_path / "cache"
        assert main(["db", "fetch", "--from", str(wrong), "--cache-dir", str(cache)]) == 1
        error = capsys.readouterr().err
        assert _sha(OTHER) in error
        assert Pin.load().sha256 in error
        assert not cached_path(cache, Pin.load()).exists()
