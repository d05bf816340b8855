"""Who is calling: the caller's IAM principal, as API Gateway reports it, mapped to a tenant.

The status API's routes are IAM-authorised (``template.yaml``: an HTTP API with
``DefaultAuthorizer: AWS_IAM``), so API Gateway checks each request's SigV4 signature before
the function runs and hands the principal over in the event: payload 2.0 (HTTP API) in
``requestContext.authorizer.iam`` (``userArn``, ``userId``, ``accessKey``), payload 1.0 (a
REST API) in ``requestContext.identity`` (``userArn``, ``user``, ``accessKey``). The local
stack's API fills the same fields once it has checked a signature itself.

:func:`caller_of` maps that principal to a :class:`~docpipe.tenancy.Caller` through the
deployment's tenants. No principal, or one the tenants file does not name: 403, whatever the
route. This module is the one place the status API reads who is calling, and
:func:`authorize` the one check a route that reads or changes one job makes (status, review
decisions, retry, rendered pages and evidence): another tenant's job is 404, as if it did not
exist; a reader's change is 403.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from docpipe.tenancy import Caller, Tenancy
from status_api.errors import Forbidden, JobNotFound

if TYPE_CHECKING:
    from docpipe.ports import JobRecord

#: The fields of the request context that name the caller, in the order they are tried.
_PRINCIPAL_FIELDS = ("userArn", "userId", "user", "caller", "accessKey")


def principals_of(event: Mapping[str, Any]) -> tuple[str, ...]:
    """The caller's principal names in ``event`` (empty when the request carried none)."""
    context = event.get("requestContext")
    if not isinstance(context, Mapping):
        return ()
    authorizer = context.get("authorizer")
    iam = authorizer.get("iam") if isinstance(authorizer, Mapping) else None
    if not isinstance(iam, Mapping):
        identity = context.get("identity")
        iam = identity if isinstance(identity, Mapping) else {}
    found = (iam.get(name) for name in _PRINCIPAL_FIELDS)
    return tuple(value for value in found if isinstance(value, str) and value)


def caller_of(event: Mapping[str, Any], tenancy: Tenancy) -> Caller:
    """The caller ``event`` names, or :class:`Forbidden` (no identity, no access)."""
    principals = principals_of(event)
    if not principals:
        raise Forbidden("the request carries no caller identity (sign it with SigV4)")
    caller = tenancy.caller(*principals)
    if caller is None:
        raise Forbidden("the caller is not an identity of this deployment's tenants")
    return caller


def authorize(
    record: JobRecord | None, job_id: str, caller: Caller, *, change: bool = False
) -> JobRecord:
    """``record`` (the row of ``job_id``) if ``caller`` may read it -- and, with ``change``,
    decide or retry it. 404 for no row or another tenant's (the same answer: its existence is
    not revealed), 403 for a reader asking to change its own tenant's job."""
    if record is None or not caller.may_read(record.tenant):
        raise JobNotFound(f"no job with id {job_id!r}")
    if change and not caller.may_change(record.tenant):
        raise Forbidden(f"{caller.name!r} may read this job but not decide or retry it")
    return record
