"""The local API's IAM authoriser: only requests signed (SigV4) by a key of the tenants file,
with that key's secret, over the request as it arrived, get in; the handler learns who."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from botocore.credentials import Credentials
from test_http_api import EchoHandler, _serving

from docpipe_cli.api_client import ApiClient, ApiResponse, Signer
from docpipe_cli.stack.http_api import LambdaHttpServer
from docpipe_cli.stack.sigv4 import (
    LOOPBACK_PRINCIPAL,
    LocalAuthorizer,
    Refused,
    SignedRequest,
    verify,
)
from support.tenants import two_tenants

ACME_KEY, ACME_SECRET = "AKIDACMEREVIEWER0001", "acme-reviewer-secret"


@pytest.fixture
def tenanted() -> Iterator[tuple[LambdaHttpServer, EchoHandler]]:
    handler = EchoHandler()
    server = LambdaHttpServer(("127.0.0.1", 0), handler, authorizer=LocalAuthorizer(two_tenants()))
    for running in _serving(server):
        yield running, handler


def signed_client(url: str, key: str, secret: str) -> ApiClient:
    return ApiClient(url, signer=Signer("us-east-1", Credentials(key, secret)))


def iam_of(answer: ApiResponse) -> dict[str, Any]:
    assert answer.status == 201, answer.body
    return dict(answer.body["requestContext"]["authorizer"]["iam"])


class TestTenantedLocalApi:
    def test_a_signed_request_names_its_signer(
        self, tenanted: tuple[LambdaHttpServer, EchoHandler]
    ) -> None:
        """GET and POST signed with acme's reviewer key arrive with its key and ARN."""
        server, _ = tenanted
        api = signed_client(server.url, ACME_KEY, ACME_SECRET)
        iam = iam_of(api.get_json("/jobs?status=done&limit=2"))
        assert iam["accessKey"] == ACME_KEY
        assert iam["userArn"] == "arn:aws:iam::123456789012:role/acme-app"
        assert iam_of(api.post_json("/jobs/j%2F1/review", {"decision": "approve"}))["accessKey"]

    def test_an_unsigned_request_is_403_without_an_invocation(
        self, tenanted: tuple[LambdaHttpServer, EchoHandler]
    ) -> None:
        """No signature: 403 as API Gateway answers it; the handler never runs."""
        server, handler = tenanted
        answer = ApiClient(server.url).get_json("/status/acme-0")
        assert (answer.status, answer.body) == (403, {"message": "Missing Authentication Token"})
        assert handler.contexts == []

    def test_a_key_no_identity_has_is_403(
        self, tenanted: tuple[LambdaHttpServer, EchoHandler]
    ) -> None:
        """A well-formed signature by a key the tenants file does not map: refused."""
        server, handler = tenanted
        answer = signed_client(server.url, "AKIDUNMAPPED00000001", "whatever").get_json("/jobs")
        assert answer.status == 403
        assert "security token" in answer.message
        assert handler.contexts == []

    def test_naming_a_mapped_key_without_its_secret_is_403(
        self, tenanted: tuple[LambdaHttpServer, EchoHandler]
    ) -> None:
        """Signing with acme's key id but another secret does not make you acme."""
        server, handler = tenanted
        answer = signed_client(server.url, ACME_KEY, "guessed-secret").get_json("/jobs")
        assert answer.status == 403
        assert "signature" in answer.message
        assert handler.contexts == []


class TestVerify:
    @staticmethod
    def _signed(
        url: str = "http://127.0.0.1:8080/jobs?status=done", body: bytes = b""
    ) -> SignedRequest:
        headers = Signer("us-east-1", Credentials(ACME_KEY, ACME_SECRET)).headers(
            "POST", url, body, {"host": "127.0.0.1:8080", "content-type": "application/json"}
        )
        return SignedRequest("POST", url, {k.lower(): v for k, v in headers.items()}, body)

    @staticmethod
    def _secret(key: str) -> str | None:
        return ACME_SECRET if key == ACME_KEY else None

    def test_the_request_as_signed_verifies(self) -> None:
        """The signer's own request verifies and names the key."""
        assert verify(self._signed(body=b'{"a":1}'), self._secret) == ACME_KEY

    @pytest.mark.parametrize(
        "tamper",
        [
            lambda r: SignedRequest(r.method, r.url.replace("done", "failed"), r.headers, r.body),
            lambda r: SignedRequest("GET", r.url, r.headers, r.body),
            lambda r: SignedRequest(r.method, r.url, r.headers, b'{"a":2}'),
            lambda r: SignedRequest(
                r.method, r.url, {**r.headers, "content-type": "text/plain"}, r.body
            ),
        ],
    )
    def test_any_change_to_what_was_signed_is_refused(self, tamper: Any) -> None:
        """Another query, method, body or signed header: the signature no longer matches."""
        with pytest.raises(Refused, match="signature"):
            verify(tamper(self._signed(body=b'{"a":1}')), self._secret)

    def test_an_old_signature_is_refused(self) -> None:
        """A signature replayed more than 5 minutes later is expired."""
        later = datetime.now(UTC) + timedelta(minutes=6)
        with pytest.raises(Refused, match="expired"):
            verify(self._signed(), self._secret, now=later)

    def test_a_signature_for_another_service_is_refused(self) -> None:
        """The credential scope must be execute-api."""
        request = self._signed()
        header = request.headers["authorization"].replace("/execute-api/", "/s3/")
        with pytest.raises(Refused, match="service"):
            verify(
                SignedRequest(
                    request.method, request.url, {**request.headers, "authorization": header}, b""
                ),
                self._secret,
            )


class TestSingleTenantLocalApi:
    def test_loopback_callers_are_the_local_admin(self) -> None:
        """Without a tenants file a loopback caller arrives as the loopback principal."""
        request = SignedRequest("GET", "http://127.0.0.1/jobs", {}, b"")
        assert LocalAuthorizer().identify(request, "127.0.0.1")["userArn"] == LOOPBACK_PRINCIPAL
        with pytest.raises(Refused):
            LocalAuthorizer().identify(request, "192.0.2.7")

    def test_the_event_carries_the_loopback_principal(self) -> None:
        """The default server marks its (loopback) callers, so the handler lets them in."""
        handler = EchoHandler()
        for server in _serving(LambdaHttpServer(("127.0.0.1", 0), handler)):
            answer = ApiClient(server.url).get_json("/jobs")
            assert iam_of(answer)["userArn"] == LOOPBACK_PRINCIPAL
            assert json.dumps(answer.body)
