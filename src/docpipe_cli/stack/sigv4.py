"""What API Gateway's IAM authoriser does for the local stack: check each request's SigV4
signature, and tell the handler who signed it.

In AWS, API Gateway verifies the signature with the caller's secret key before the function
runs, refuses a request without one (403 ``Missing Authentication Token``) or by a key it does
not know (403), and puts the principal in the event (``requestContext.authorizer.iam``). The
local API does the same with the keys of the tenants file (``accessKeyId`` /
``secretAccessKey``, local only): a request merely *naming* a key id, without a signature
that key's secret made over this very request, is refused.

Without a tenants file the local stack is one tenant: a request from this machine (loopback)
is its admin, signed or not, and nothing else gets in. botocore's signing is imported when a
signature is checked, so a stack without tenants never loads it.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from docpipe.tenancy import Identity, Tenancy
from docpipe_cli.stack.lambda_runtime import LOCAL_ACCOUNT_ID as LOCAL_ACCOUNT

#: The service name signatures must be made for (what the CLI's signer uses).
SIGNING_SERVICE = "execute-api"
#: How far a signature's time may be from ours (AWS allows 5 minutes of clock skew).
MAX_SKEW = timedelta(minutes=5)
#: The principal a loopback caller of a single-tenant local stack is.
LOOPBACK_PRINCIPAL = f"arn:aws:iam::{LOCAL_ACCOUNT}:user/loopback"
_AUTHORIZATION = re.compile(
    r"AWS4-HMAC-SHA256 Credential=(?P<key>[^/\s]+)/(?P<date>\d{8})/(?P<region>[a-z0-9-]+)/"
    r"(?P<service>[a-z0-9-]+)/aws4_request,\s*SignedHeaders=(?P<signed>[a-z0-9;._-]+),\s*"
    r"Signature=(?P<signature>[0-9a-f]{64})"
)


class Refused(Exception):
    """The request does not get in; ``message`` is API Gateway's answer (status 403)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class SignedRequest:
    """What a signature covers: the request as it arrived."""

    method: str
    #: ``http://host/path?query`` as the client addressed it.
    url: str
    #: Header names lower-cased.
    headers: Mapping[str, str]
    body: bytes


def verify(
    request: SignedRequest,
    secret_for: Callable[[str], str | None],
    *,
    now: datetime | None = None,
) -> str:
    """The access key id whose secret signed ``request``, or :class:`Refused`.

    The signature is recomputed from the request with botocore's own SigV4 signer (the one
    the CLI signs with), over exactly the headers the client says it signed.
    """
    from botocore.auth import SigV4Auth  # noqa: PLC0415 (only a tenanted stack checks)
    from botocore.awsrequest import AWSRequest  # noqa: PLC0415
    from botocore.credentials import Credentials  # noqa: PLC0415

    header = request.headers.get("authorization")
    if not header:
        raise Refused("Missing Authentication Token")
    found = _AUTHORIZATION.fullmatch(header.strip())
    if found is None:
        raise Refused("Authorization header is not a SigV4 signature (AWS4-HMAC-SHA256)")
    key = found["key"]
    secret = secret_for(key)
    if secret is None:
        raise Refused("The security token included in the request is invalid.")
    if found["service"] != SIGNING_SERVICE:
        raise Refused(f"Credential should be scoped to correct service: '{SIGNING_SERVICE}'.")
    signed = found["signed"].split(";")
    stamp = request.headers.get("x-amz-date", "")
    if "host" not in signed or "x-amz-date" not in signed or not stamp.startswith(found["date"]):
        raise Refused("the signature must cover the host and x-amz-date headers")
    try:
        moment = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise Refused("X-Amz-Date is not YYYYMMDDTHHMMSSZ") from None
    if abs((now or datetime.now(UTC)) - moment) > MAX_SKEW:
        raise Refused("Signature expired or not yet current (more than 5 minutes off)")
    missing = [name for name in signed if name not in request.headers]
    if missing:
        raise Refused(f"signed headers missing from the request: {missing}")
    copy = AWSRequest(
        method=request.method,
        url=request.url,
        data=request.body,
        headers={name: request.headers[name] for name in signed},
    )
    copy.context["timestamp"] = stamp
    signer = SigV4Auth(Credentials(key, secret), SIGNING_SERVICE, found["region"])
    expected = signer.signature(signer.string_to_sign(copy, signer.canonical_request(copy)), copy)
    if not hmac.compare_digest(expected, found["signature"]):
        raise Refused(
            "The request signature we calculated does not match the signature you provided."
        )
    return key


class LocalAuthorizer:
    """Decides who a local API request is, as API Gateway's IAM authoriser would."""

    def __init__(self, tenancy: Tenancy | None = None) -> None:
        self.tenancy = tenancy if tenancy is not None else Tenancy.single()

    def identify(self, request: SignedRequest, source_ip: str) -> dict[str, Any]:
        """The event's ``requestContext.authorizer.iam`` for ``request``, or :class:`Refused`."""
        if not self.tenancy.multi:
            if not _is_loopback(source_ip):
                raise Refused("Missing Authentication Token")
            return {"accountId": LOCAL_ACCOUNT, "userArn": LOOPBACK_PRINCIPAL, "userId": "loopback"}
        key = verify(request, self._secret)
        identity = self.tenancy.by_access_key(key)
        if identity is None:  # pragma: no cover (verify found its secret)
            raise Refused("The security token included in the request is invalid.")
        return _iam_context(identity, key)

    def _secret(self, key: str) -> str | None:
        identity = self.tenancy.by_access_key(key)
        return None if identity is None else identity.secret_access_key


def _iam_context(identity: Identity, key: str) -> dict[str, Any]:
    """What API Gateway reports for a verified caller: its key, ARN and unique id."""
    arns = [p for p in identity.principals if p.startswith("arn:")]
    return {
        "accessKey": key,
        "accountId": LOCAL_ACCOUNT,
        "callerId": identity.name,
        "userArn": arns[0] if arns else f"arn:aws:iam::{LOCAL_ACCOUNT}:user/{identity.name}",
        "userId": identity.name,
    }


def _is_loopback(address: str) -> bool:
    return address == "::1" or address.startswith("127.") or address == "::ffff:127.0.0.1"
