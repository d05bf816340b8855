"""Tenancy: who owns a job, who a caller is, and what each may see or change.

A deployment serves one or more *tenants*. Every job gets an owner (a tenant) when it is
accepted, and it never changes; every read or change of a job checks the caller against it.
The mapping lives in a *tenants file* (JSON; :meth:`Tenancy.parse` documents its shape):

* ``tenants``: each tenant's name and the inbox key prefix it owns (an upload under
  ``acme/`` is acme's job);
* ``identities``: who may send and call, each one tenant's, with a role (``reader``,
  ``reviewer``, ``admin``), the principals that are this identity (IAM ARNs, IAM unique ids as
  SQS reports them in ``SenderId``, access key ids), the other tenants it may name as a
  message's ``requesterId``, and, for the local stack only, the secret key its SigV4
  signatures are checked with.

Without a tenants file the deployment is a single tenant (:data:`DEFAULT_TENANT`): every job
is its job, and every authenticated caller is its admin (what IAM lets them call, they may).

This module is pure: it decides, it does no I/O. Loading the file (or an SSM parameter) is
:func:`docpipe.aws.load_tenancy`'s job; checking a signature is the local API's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from docpipe.errors import ConfigError, InvalidJobError

#: The tenant of a deployment without a tenants file (and of jobs older than tenancy).
DEFAULT_TENANT = "default"
#: Tenant names: safe in S3 prefixes, IAM principal tags, SNS attributes and DynamoDB keys.
TENANT_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")
#: What a caller may do: read its tenant's jobs; also decide reviews and retry; everything,
#: for every tenant.
type Role = Literal["reader", "reviewer", "admin"]
ROLES: tuple[Role, ...] = get_args(Role.__value__)
#: Results of a tenant's jobs live under this prefix of the results bucket (the template's
#: per-tenant read policy grants exactly it).
RESULTS_PREFIX = "tenants"


def validate_tenant(name: object, *, where: str = "tenant") -> str:
    """``name`` if it is a well-formed tenant name, else :class:`InvalidJobError`."""
    if not isinstance(name, str) or TENANT_PATTERN.fullmatch(name) is None:
        raise InvalidJobError(
            f"{where} {name!r} is not a tenant name (1-63 of [a-z0-9-], starting with a "
            "letter or digit)"
        )
    return name


def principal_keys(value: str) -> tuple[str, ...]:
    """The names one principal may be listed under in the tenants file.

    An assumed role's session (``arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION``) is also
    its role (``arn:aws:iam::ACCOUNT:role/ROLE``); a role's unique id with a session, as SQS
    reports a sender (``AROA...:SESSION``), is also the bare id.
    """
    keys = [value]
    found = re.fullmatch(r"arn:(aws[a-z-]*):sts::(\d+):assumed-role/([^/]+)/.+", value)
    if found:
        partition, account, role = found.groups()
        keys.append(f"arn:{partition}:iam::{account}:role/{role}")
    elif ":" in value and not value.startswith("arn:"):
        keys.append(value.split(":", 1)[0])
    return tuple(keys)


@dataclass(frozen=True, slots=True)
class Identity:
    """Someone who sends messages or calls the status API, as the tenants file names them."""

    name: str
    tenant: str
    role: Role
    #: IAM ARNs, IAM unique ids (``AIDA...``, ``AROA...``) and access key ids that are this
    #: identity.
    principals: tuple[str, ...] = ()
    #: Tenants besides its own this identity may name as a message's ``requesterId``.
    may_name: frozenset[str] = frozenset()
    #: Local stack only: the secret its SigV4 signatures are checked with (under
    #: ``access_key_id``). Never put real secrets in a tenants file.
    access_key_id: str | None = None
    secret_access_key: str | None = field(default=None, repr=False)

    def may_own(self, tenant: str) -> bool:
        """Whether a message this identity sends may name ``tenant`` as its owner."""
        return self.role == "admin" or tenant == self.tenant or tenant in self.may_name


@dataclass(frozen=True, slots=True)
class Caller:
    """Who is calling the status API, and so what they may see: an identity's view."""

    name: str
    tenant: str
    role: Role

    @property
    def sees_all(self) -> bool:
        return self.role == "admin"

    def may_read(self, owner: str) -> bool:
        """Whether a job owned by ``owner`` exists for this caller."""
        return self.sees_all or owner == self.tenant

    def may_change(self, owner: str) -> bool:
        """Whether this caller may decide a review of, or retry, ``owner``'s job."""
        return self.may_read(owner) and self.role != "reader"

    @property
    def scope(self) -> str | None:
        """The one tenant a listing is confined to; ``None`` for an admin (every tenant)."""
        return None if self.sees_all else self.tenant


#: The caller of a single-tenant deployment (any authenticated caller: IAM decides the rest).
SINGLE_TENANT_ADMIN = Caller(name="admin", tenant=DEFAULT_TENANT, role="admin")


@dataclass(frozen=True, slots=True)
class Tenancy:
    """The tenants, their inbox prefixes and the identities: one deployment's mapping."""

    #: Tenant name -> the inbox key prefix it owns (``""``: every key, the single tenant).
    prefixes: Mapping[str, str]
    identities: tuple[Identity, ...] = ()
    #: ``False``: no tenants file, one tenant (:data:`DEFAULT_TENANT`) owns everything.
    multi: bool = False
    #: Whether an upload's ``x-amz-meta-requester`` is read at acceptance (one HEAD request per
    #: upload) so an uploader allowed to may submit for another tenant.
    requester_metadata: bool = False

    @classmethod
    def single(cls) -> Tenancy:
        """One tenant, no identities: a deployment without a tenants file."""
        return cls(prefixes={DEFAULT_TENANT: ""})

    @classmethod
    def from_json(cls, text: str, *, source: str = "tenants file") -> Tenancy:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{source} is not JSON: {exc}") from None
        return cls.parse(data, source=source)

    @classmethod
    def parse(cls, data: object, *, source: str = "tenants file") -> Tenancy:
        """Read a tenants file's content::

            {"tenants": {"acme": {"prefix": "acme/"}, "globex": {"prefix": "globex/"}},
             "identities": [
               {"name": "acme-app", "tenant": "acme", "role": "reviewer",
                "principals": ["arn:aws:iam::123456789012:role/acme-app", "AROA..."],
                "mayName": ["acme-eu"],
                "accessKeyId": "AKIA...", "secretAccessKey": "..."}]}

        Every mistake is a :class:`ConfigError` naming where it is.
        """
        if not isinstance(data, dict) or not isinstance(data.get("tenants"), dict):
            raise ConfigError(f'{source}: expected {{"tenants": {{...}}, "identities": [...]}}')
        unknown = sorted(set(data) - {"tenants", "identities", "requesterMetadata"})
        if unknown:
            raise ConfigError(f"{source}: unknown keys {unknown}")
        prefixes = {
            _config_tenant(name, source): _prefix(spec, f"{source}: tenant {name!r}")
            for name, spec in data["tenants"].items()
        }
        if not prefixes:
            raise ConfigError(f"{source}: names no tenant")
        _check_prefixes(prefixes, source)
        raw_identities = data.get("identities", [])
        if not isinstance(raw_identities, list):
            raise ConfigError(f"{source}: 'identities' must be a list")
        identities = tuple(
            _identity(raw, prefixes, f"{source}: identities[{index}]")
            for index, raw in enumerate(raw_identities)
        )
        _check_unique(identities, source)
        metadata = data.get("requesterMetadata", False)
        if not isinstance(metadata, bool):
            raise ConfigError(f"{source}: 'requesterMetadata' must be true or false")
        return cls(
            prefixes=prefixes, identities=identities, multi=True, requester_metadata=metadata
        )

    @property
    def tenants(self) -> tuple[str, ...]:
        return tuple(sorted(self.prefixes))

    def identity(self, *principals: str | None) -> Identity | None:
        """The identity any of ``principals`` names (an IAM ARN, a unique id, an access key
        id), or ``None`` when none is in the file."""
        wanted = {key for value in principals if value for key in principal_keys(value)}
        for candidate in self.identities:
            names = set(candidate.principals)
            if candidate.access_key_id:
                names.add(candidate.access_key_id)
            if names & wanted:
                return candidate
        return None

    def by_access_key(self, access_key_id: str) -> Identity | None:
        """The identity whose local SigV4 key is ``access_key_id``."""
        for candidate in self.identities:
            if candidate.access_key_id == access_key_id:
                return candidate
        return None

    def caller(self, *principals: str | None) -> Caller | None:
        """The status API's view of whoever ``principals`` name; ``None``: nobody it knows.

        Single tenant: anyone authenticated is its admin (the IAM policies decide the rest).
        """
        if not any(principals):
            return None
        if not self.multi:
            return SINGLE_TENANT_ADMIN
        found = self.identity(*principals)
        return None if found is None else Caller(found.name, found.tenant, found.role)

    def owner_of_message(self, requester_id: str | None, sender_id: str | None) -> str:
        """The owner of a direct message: ``requester_id`` when the sender may name it, else
        the sender's tenant. Refused (:class:`InvalidJobError`) when the sender is unknown or
        names a tenant it may not."""
        if not self.multi:
            return DEFAULT_TENANT
        sender = self.identity(sender_id)
        if sender is None:
            raise InvalidJobError(
                f"sender {sender_id!r} is in no identity of the tenants file: nobody to own the job"
            )
        if requester_id is None:
            return sender.tenant
        owner = validate_tenant(requester_id, where="requesterId")
        if owner not in self.prefixes:
            raise InvalidJobError(f"requesterId {owner!r} is not a tenant of this deployment")
        if not sender.may_own(owner):
            raise InvalidJobError(
                f"sender {sender.name!r} (tenant {sender.tenant!r}) may not submit for "
                f"requesterId {owner!r}"
            )
        return owner

    def owner_of_upload(
        self, key: str, *, requester: str | None = None, uploader: str | None = None
    ) -> str:
        """The owner of an upload: the tenant whose prefix holds ``key`` (the longest one).

        ``requester`` (the object's ``x-amz-meta-requester``) may name another tenant only
        when ``uploader`` (the S3 event's principal) is an identity allowed to name it.
        """
        if not self.multi:
            return DEFAULT_TENANT
        holders = [name for name, prefix in self.prefixes.items() if key.startswith(prefix)]
        if not holders:
            raise InvalidJobError(
                f"upload {key!r} is under no tenant's prefix "
                f"({', '.join(self.prefixes[t] for t in self.tenants)})"
            )
        owner = max(holders, key=lambda name: len(self.prefixes[name]))
        if requester is None or requester == owner:
            return owner
        named = validate_tenant(requester, where="x-amz-meta-requester")
        who = self.identity(uploader.removeprefix("AWS:") if uploader else None)
        if named not in self.prefixes or who is None or not who.may_own(named):
            raise InvalidJobError(
                f"upload {key!r} (tenant {owner!r}) names x-amz-meta-requester {named!r}, "
                f"which its uploader {uploader!r} may not name"
            )
        return named


def results_prefix(owner: str) -> str:
    """Where ``owner``'s job outputs live in the results bucket: ``tenants/<owner>/``."""
    return f"{RESULTS_PREFIX}/{validate_tenant(owner)}/"


def _config_tenant(name: object, source: str) -> str:
    try:
        return validate_tenant(name)
    except InvalidJobError as exc:
        raise ConfigError(f"{source}: {exc}") from None


def _prefix(spec: object, where: str) -> str:
    if not isinstance(spec, dict) or not isinstance(spec.get("prefix"), str):
        raise ConfigError(f'{where}: expected {{"prefix": "<inbox key prefix>"}}')
    prefix = str(spec["prefix"])
    if not prefix or not prefix.endswith("/"):
        raise ConfigError(f"{where}: prefix must be a non-empty folder ending in '/'")
    return prefix


def _check_prefixes(prefixes: Mapping[str, str], source: str) -> None:
    owners: dict[str, str] = {}
    for name, prefix in prefixes.items():
        if prefix in owners:
            raise ConfigError(f"{source}: {owners[prefix]!r} and {name!r} share {prefix!r}")
        owners[prefix] = name


def _identity(raw: object, prefixes: Mapping[str, str], where: str) -> Identity:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where} must be an object")
    allowed = {"name", "tenant", "role", "principals", "mayName", "accessKeyId", "secretAccessKey"}
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown keys {unknown}")
    name, tenant, role = raw.get("name"), raw.get("tenant"), raw.get("role")
    if not isinstance(name, str) or not name:
        raise ConfigError(f"{where}: 'name' is required")
    if tenant not in prefixes:
        raise ConfigError(f"{where} ({name}): tenant {tenant!r} is not in 'tenants'")
    if role not in ROLES:
        raise ConfigError(f"{where} ({name}): role must be one of {', '.join(ROLES)}")
    principals = _texts(raw.get("principals", []), f"{where} ({name}): principals")
    may_name = _texts(raw.get("mayName", []), f"{where} ({name}): mayName")
    strangers = sorted(set(may_name) - set(prefixes))
    if strangers:
        raise ConfigError(f"{where} ({name}): mayName names unknown tenants {strangers}")
    key, secret = raw.get("accessKeyId"), raw.get("secretAccessKey")
    if (key is None) != (secret is None) or not all(
        isinstance(v, str) and v for v in (key, secret) if v is not None
    ):
        raise ConfigError(f"{where} ({name}): give accessKeyId and secretAccessKey together")
    if not principals and key is None:
        raise ConfigError(f"{where} ({name}): names no principal and no accessKeyId")
    return Identity(
        name=name,
        tenant=str(tenant),
        role=role,
        principals=principals,
        may_name=frozenset(may_name),
        access_key_id=key,
        secret_access_key=secret,
    )


def _texts(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{where} must be a list of non-empty strings")
    return tuple(value)


def _check_unique(identities: Iterable[Identity], source: str) -> None:
    seen: dict[str, str] = {}
    names: set[str] = set()
    for identity in identities:
        if identity.name in names:
            raise ConfigError(f"{source}: two identities are named {identity.name!r}")
        names.add(identity.name)
        keys = list(identity.principals)
        if identity.access_key_id:
            keys.append(identity.access_key_id)
        for key in keys:
            if key in seen and seen[key] != identity.name:
                raise ConfigError(
                    f"{source}: {key!r} names both {seen[key]!r} and {identity.name!r}"
                )
            seen[key] = identity.name


def describe(tenancy: Tenancy) -> dict[str, Any]:
    """A summary safe to print (no secrets): tenants, prefixes, identities and roles."""
    return {
        "tenants": dict(sorted(tenancy.prefixes.items())),
        "identities": [
            {"name": i.name, "tenant": i.tenant, "role": i.role} for i in tenancy.identities
        ],
    }
