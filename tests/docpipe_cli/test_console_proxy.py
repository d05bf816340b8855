"""``docpipe console``'s proxy and the SigV4 signing of ``docpipe review``/``console`` calls.

An upstream HTTP server on loopback stands in for API Gateway: it records each request, and
the test checks the signature by computing SigV4 itself from the AWS specification (not with
botocore, which made it).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

import pytest
from botocore.credentials import Credentials

from docpipe.errors import ConfigError
from docpipe_cli.api_client import ApiClient, Signer, region_of
from docpipe_cli.console_cmd import ConsoleServer
from docpipe_cli.review_cmd import parse_corrections
from docpipe_cli.usercli import Target, fetch_status, status_client

ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
REGION = "eu-west-1"


class Upstream(ThreadingHTTPServer):
    """Answers every request with 200 and a JSON echo; keeps what it received."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Recorder)
        self.seen: list[dict[str, Any]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Recorder(BaseHTTPRequestHandler):
    server: Upstream
    protocol_version = "HTTP/1.1"

    def _record(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.seen.append(
            {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body}
        )
        answer = json.dumps({"reviews": [], "path": self.path}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    do_GET = do_POST = _record  # noqa: N815

    def log_message(self, format: str, *args: Any) -> None:
        return


def serve(server: ThreadingHTTPServer) -> Iterator[None]:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def upstream() -> Iterator[Upstream]:
    server = Upstream()
    yield from (server for _ in serve(server))


def signer() -> Signer:
    return Signer(REGION, credentials=Credentials(ACCESS_KEY, SECRET_KEY))


def expected_signature(seen: dict[str, Any], host: str) -> str:
    """SigV4 for ``execute-api`` computed from the specification (canonical request, string
    to sign, derived key), over the headers the request says it signed."""
    headers = {name.lower(): value for name, value in seen["headers"].items()}
    authorization = headers["authorization"]
    signed = authorization.split("SignedHeaders=")[1].split(",")[0].split(";")
    amz_date = headers["x-amz-date"]
    day = amz_date[:8]
    url = urlsplit(seen["path"])
    query = "&".join(
        f"{quote(k, safe='-_.~')}={quote(v, safe='-_.~')}"
        for k, v in sorted(parse_qsl(url.query, keep_blank_values=True))
    )
    values = {**headers, "host": host}
    canonical_headers = "".join(f"{name}:{values[name].strip()}\n" for name in signed)
    canonical = "\n".join(
        [
            seen["method"],
            quote(url.path, safe="/-_.~"),
            query,
            canonical_headers,
            ";".join(signed),
            hashlib.sha256(seen["body"]).hexdigest(),
        ]
    )
    scope = f"{day}/{REGION}/execute-api/aws4_request"
    to_sign = "\n".join(
        ["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()]
    )
    key = ("AWS4" + SECRET_KEY).encode()
    for part in (day, REGION, "execute-api", "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()


class TestSigning:
    @pytest.mark.parametrize(
        ("method", "path", "payload"),
        [
            ("GET", "/reviews?limit=2&cursor=a%2Bb", None),
            ("POST", "/jobs/job-1/review", {"decision": "approve"}),
        ],
    )
    def test_requests_carry_a_valid_sigv4_signature(
        self, upstream: Upstream, method: str, path: str, payload: Any
    ) -> None:
        """The signature the server receives is the one the specification gives."""
        client = ApiClient(upstream.url, signer=signer())
        if payload is None:
            client.get_json(path)
        else:
            client.post_json(path, payload)
        [seen] = upstream.seen
        authorization = seen["headers"]["Authorization"]
        assert authorization.startswith(f"AWS4-HMAC-SHA256 Credential={ACCESS_KEY}/")
        assert f"/{REGION}/execute-api/aws4_request" in authorization
        host = urlsplit(upstream.url).netloc
        assert authorization.endswith("Signature=" + expected_signature(seen, host))

    def test_a_local_stack_gets_no_signature(self, upstream: Upstream) -> None:
        """Without a signer the user's credentials never leave the machine."""
        ApiClient(upstream.url).get_json("/reviews")
        [seen] = upstream.seen
        assert "Authorization" not in seen["headers"]

    def test_docpipe_status_signs_for_a_deployment_and_not_on_this_machine(
        self, upstream: Upstream, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``docpipe status`` against an AWS deployment signs for its region with the user's
        credentials (botocore's chain: here the environment); a local stack, or any API on
        this machine, gets no signature and needs no credentials."""
        monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
        monkeypatch.delenv("AWS_SESSION_TOKEN", raising=False)
        monkeypatch.delenv("AWS_PROFILE", raising=False)
        api_gateway = f"https://abc123.execute-api.{REGION}.amazonaws.com"
        deployed = status_client(Target(None, "us-east-1", "inbox", None, api_gateway))
        assert deployed.signer is not None
        assert deployed.signer.region == REGION
        # The deployment's signer, pointed at the recording server instead of AWS.
        answer = fetch_status(ApiClient(upstream.url, signer=deployed.signer), "job-1")
        assert answer == {"reviews": [], "path": "/status/job-1"}
        for local in (True, False):  # a stack's stack.json, or DOCPIPE_STATUS_API_URL
            client = status_client(Target(None, REGION, "inbox", None, upstream.url, local=local))
            assert client.signer is None
            fetch_status(client, "job-2")
        signed, *unsigned = upstream.seen
        host = urlsplit(upstream.url).netloc
        assert signed["headers"]["Authorization"].endswith(
            "Signature=" + expected_signature(signed, host)
        )
        assert all("Authorization" not in seen["headers"] for seen in unsigned)

    def test_region_comes_from_the_api_gateway_host(self) -> None:
        """The execute-api host names the region; a custom domain falls back."""
        assert region_of("https://abc123.execute-api.ap-south-1.amazonaws.com/", "x") == (
            "ap-south-1"
        )
        assert region_of("https://api.example.com", "us-east-1") == "us-east-1"


def console_request(
    console: ConsoleServer, path: str, *, method: str = "GET", headers: dict[str, str] | None = None
) -> tuple[int, bytes]:
    request = urllib.request.Request(
        console.url + path,
        data=b'{"decision": "approve"}' if method == "POST" else None,
        headers={"content-type": "application/json", **(headers or {})},
        method=method,
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.fixture
def console(upstream: Upstream) -> Iterator[ConsoleServer]:
    server = ConsoleServer(("127.0.0.1", 0), ApiClient(upstream.url, signer=signer()))
    yield from (server for _ in serve(server))


class TestConsoleServer:
    def test_serves_the_console_files(self, console: ConsoleServer) -> None:
        """/ is the page and /console/app.js its script, from the package."""
        status, page = console_request(console, "/")
        assert status == 200
        assert b'src="console/app.js"' in page
        assert console_request(console, "/console/app.js")[0] == 200

    def test_forwards_console_calls_signed(
        self, console: ConsoleServer, upstream: Upstream
    ) -> None:
        """A call with the console header reaches the API, signed, body intact."""
        status, body = console_request(
            console, "/jobs/job-1/review", method="POST", headers={"X-Docpipe-Console": "1"}
        )
        assert status == 200
        assert json.loads(body)["path"] == "/jobs/job-1/review"
        [seen] = upstream.seen
        assert seen["body"] == b'{"decision": "approve"}'
        assert seen["headers"]["Authorization"].startswith("AWS4-HMAC-SHA256")

    @pytest.mark.parametrize(
        ("path", "headers", "status"),
        [
            ("/reviews", {}, 403),
            ("/reviews", {"X-Docpipe-Console": "1", "Host": "evil.example"}, 421),
            ("/moto-api/", {"X-Docpipe-Console": "1"}, 404),
            ("/console/__init__.py", {}, 404),
        ],
    )
    def test_refuses_what_is_not_the_console(
        self,
        console: ConsoleServer,
        upstream: Upstream,
        path: str,
        headers: dict[str, str],
        status: int,
    ) -> None:
        """No console header, a foreign Host (DNS rebinding), another route: nothing signed."""
        assert console_request(console, path, headers=headers)[0] == status
        assert upstream.seen == []


class TestCorrections:
    def test_fields_and_numbers(self) -> None:
        """Key figures that are plain decimals become numbers; the rest stays text."""
        assert parse_corrections(
            [
                "documentType=invoice",
                "keyFigures.total=12.50",
                "keyFigures.pages=7",
                "keyFigures.invoiceNumber=0042",
                "summary=42",
            ]
        ) == {
            "documentType": "invoice",
            "keyFigures.total": 12.5,
            "keyFigures.pages": 7,
            "keyFigures.invoiceNumber": "0042",
            "summary": "42",
        }

    def test_a_pair_without_equals_is_refused(self) -> None:
        """--set wants FIELD=VALUE."""
        with pytest.raises(ConfigError, match="FIELD=VALUE"):
            parse_corrections(["documentType"])
