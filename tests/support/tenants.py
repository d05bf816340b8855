"""A tenants file for tests: two tenants, three identities (and an admin), local keys."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from docpipe.tenancy import Tenancy

#: SQS's SenderId for each sender (an IAM user's unique id, a role's id with a session).
ACME_SENDER = "AIDAACMESENDER000001"
GLOBEX_SENDER = "AROAGLOBEXROLE000001"
OPS_SENDER = "AIDAOPSADMIN00000001"


def tenants_document(*, extra_senders: dict[str, str] | None = None) -> dict[str, Any]:
    """acme (prefix ``acme/``) and globex (``globex/``); acme's reviewer and reader, globex's
    reviewer, and an admin; each with a local access key and secret for SigV4.
    ``extra_senders`` adds principals (say moto's one ``SenderId``) to named identities."""
    identities: list[dict[str, Any]] = [
        {
            "name": "acme-reviewer",
            "tenant": "acme",
            "role": "reviewer",
            "principals": ["arn:aws:iam::123456789012:role/acme-app", ACME_SENDER],
            "accessKeyId": "AKIDACMEREVIEWER0001",
            "secretAccessKey": "acme-reviewer-secret",
        },
        {
            "name": "acme-reader",
            "tenant": "acme",
            "role": "reader",
            "principals": ["arn:aws:iam::123456789012:user/acme-reader"],
            "accessKeyId": "AKIDACMEREADER000001",
            "secretAccessKey": "acme-reader-secret",
        },
        {
            "name": "globex-reviewer",
            "tenant": "globex",
            "role": "reviewer",
            "principals": ["arn:aws:iam::123456789012:role/globex-app", GLOBEX_SENDER],
            "accessKeyId": "AKIDGLOBEXREVIEWER01",
            "secretAccessKey": "globex-reviewer-secret",
        },
        {
            "name": "ops",
            "tenant": "acme",
            "role": "admin",
            "principals": ["arn:aws:iam::123456789012:role/ops", OPS_SENDER],
            "accessKeyId": "AKIDOPSADMIN00000001",
            "secretAccessKey": "ops-secret",
        },
    ]
    for name, principal in (extra_senders or {}).items():
        next(i for i in identities if i["name"] == name)["principals"].append(principal)
    return {
        "tenants": {"acme": {"prefix": "acme/"}, "globex": {"prefix": "globex/"}},
        "identities": identities,
    }


def two_tenants() -> Tenancy:
    return Tenancy.parse(tenants_document())


def write_tenants(path: Path, **kwargs: Any) -> Path:
    path.write_text(json.dumps(tenants_document(**kwargs), indent=2))
    return path
