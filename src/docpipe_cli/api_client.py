"""Calls to the status API as the user: plain HTTP to a local stack, SigV4-signed to AWS.

In AWS the API authorises every route with IAM, so a request must carry a Signature Version 4
signature for the ``execute-api`` service made with the caller's own credentials (whatever
botocore finds: environment, profile, SSO, instance role). A local stack's API is open on
loopback and gets no signature (and the user's credentials never leave the machine for it).
``docpipe review`` and ``docpipe console`` both go through :class:`ApiClient`. botocore's
signing is imported when a request is signed: ``docpipe --help`` loads this module.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from docpipe.errors import ConfigError, DocpipeError

#: ``https://<api id>.execute-api.<region>.amazonaws.com``: the region to sign for.
_EXECUTE_API_HOST = re.compile(r"[a-z0-9]+\.execute-api\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?")
#: The service name API Gateway checks signatures for.
SIGNING_SERVICE = "execute-api"


class ApiUnavailable(DocpipeError):
    """The status API did not answer (connection refused, timeout, a 5xx)."""


@dataclass(frozen=True, slots=True)
class ApiResponse:
    status: int
    body: Any
    content_type: str = "application/json"

    @property
    def message(self) -> str:
        """What the answer says, for a person: its ``message`` field, else the body."""
        if isinstance(self.body, dict) and isinstance(self.body.get("message"), str):
            return str(self.body["message"])
        if isinstance(self.body, bytes):
            return self.body.decode("utf-8", "replace")
        return json.dumps(self.body)


def region_of(url: str, default: str) -> str:
    """The AWS region an API Gateway URL lives in (``default`` for a custom domain)."""
    host = urlsplit(url).hostname or ""
    found = _EXECUTE_API_HOST.fullmatch(host)
    return found.group(1) if found else default


class Signer:
    """Signs requests with SigV4 for ``execute-api`` using the user's AWS credentials."""

    def __init__(self, region: str, credentials: Any | None = None) -> None:
        if credentials is None:
            import botocore.session  # noqa: PLC0415 (only when signing)

            credentials = botocore.session.Session().get_credentials()
        if credentials is None:
            raise ConfigError(
                "no AWS credentials found to sign status API calls with "
                "(set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)"
            )
        self.region = region
        self._credentials = credentials

    def headers(
        self, method: str, url: str, body: bytes, headers: dict[str, str]
    ) -> dict[str, str]:
        """``headers`` plus the signature headers for this exact request."""
        from botocore.auth import SigV4Auth  # noqa: PLC0415
        from botocore.awsrequest import AWSRequest  # noqa: PLC0415

        request = AWSRequest(method=method, url=url, data=body, headers=dict(headers))
        SigV4Auth(
            self._credentials.get_frozen_credentials(), SIGNING_SERVICE, self.region
        ).add_auth(request)
        return dict(request.headers.items())


def is_loopback(url: str) -> bool:
    """Whether ``url`` names this machine (a local stack's API: never signed, so the user's
    credentials do not leave the machine and none are needed)."""
    host = urlsplit(url).hostname or ""
    return host in ("localhost", "::1") or host.startswith("127.")


def client_for(url: str, region: str) -> ApiClient:
    """The status API at ``url``: signed with the user's AWS credentials unless it is on this
    machine."""
    if is_loopback(url):
        return ApiClient(url)
    return ApiClient(url, signer=Signer(region_of(url, region)))


class ApiClient:
    """One status API: ``request`` sends a call (signed when a signer is given)."""

    def __init__(self, base_url: str, *, signer: Signer | None = None, timeout: float = 15.0):
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(f"the status API URL must be http(s)://..., got {base_url!r}")
        self.base_url = base_url.rstrip("/")
        self.signer = signer
        self._timeout = timeout

    def request(
        self,
        method: str,
        path: str,
        body: bytes = b"",
        *,
        content_type: str | None = None,
    ) -> ApiResponse:
        """Send ``method path`` (path with its query string); the answer, whatever its status
        (4xx included); :class:`ApiUnavailable` when there is none or it is a 5xx."""
        url = self.base_url + path
        headers = {"accept": "application/json"}
        if content_type:
            headers["content-type"] = content_type
        if self.signer is not None:
            headers = self.signer.headers(method, url, body, headers)
        request = urllib.request.Request(  # noqa: S310 (the user's API URL)
            url, data=body if method != "GET" else None, headers=headers, method=method
        )
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:  # noqa: S310
                return _answer(response.status, response.headers, response.read())
        except urllib.error.HTTPError as exc:
            answer = _answer(exc.code, exc.headers, exc.read())
            if exc.code >= 500:
                raise ApiUnavailable(f"status API answered {exc.code}: {answer.body}") from exc
            return answer
        except (urllib.error.URLError, OSError) as exc:
            raise ApiUnavailable(f"status API at {self.base_url} did not answer: {exc}") from exc

    def get_json(self, path: str) -> ApiResponse:
        return self.request("GET", path)

    def post_json(self, path: str, payload: Any) -> ApiResponse:
        return self.request(
            "POST", path, json.dumps(payload).encode(), content_type="application/json"
        )


def _answer(status: int, headers: Any, raw: bytes) -> ApiResponse:
    content_type = str(headers.get("content-type") or "application/json")
    if "json" not in content_type:
        return ApiResponse(status, raw, content_type)
    try:
        return ApiResponse(status, json.loads(raw) if raw else None, content_type)
    except ValueError:
        return ApiResponse(status, {"message": raw.decode("utf-8", "replace")}, content_type)
