"""The tenants file, and the decisions made from it: who owns a job, who a caller is."""

from __future__ import annotations

import json
from typing import Any

import boto3
import pytest
from hypothesis import given
from hypothesis import strategies as st

from docpipe.aws import object_requester
from docpipe.errors import ConfigError, InvalidJobError
from docpipe.jobs import DocumentRef, Job, results_key
from docpipe.tenancy import (
    DEFAULT_TENANT,
    SINGLE_TENANT_ADMIN,
    TENANT_PATTERN,
    Tenancy,
    principal_keys,
)
from docpipe.testing import moto_aws
from support.tenants import ACME_SENDER, GLOBEX_SENDER, OPS_SENDER, tenants_document, two_tenants


class TestTenantsFile:
    def test_reads_tenants_prefixes_and_identities(self) -> None:
        """The sample file gives two tenants with their prefixes and four identities."""
        tenancy = two_tenants()
        assert tenancy.multi
        assert tenancy.prefixes == {"acme": "acme/", "globex": "globex/"}
        assert [i.name for i in tenancy.identities] == [
            "acme-reviewer",
            "acme-reader",
            "globex-reviewer",
            "ops",
        ]

    @pytest.mark.parametrize(
        ("change", "message"),
        [
            (lambda d: d.pop("tenants"), "expected"),
            (lambda d: d.update(tenants={}), "names no tenant"),
            (lambda d: d["tenants"].update(Acme={"prefix": "x/"}), "not a tenant name"),
            (lambda d: d["tenants"]["acme"].update(prefix="acme"), "ending in '/'"),
            (lambda d: d["tenants"]["globex"].update(prefix="acme/"), "share"),
            (lambda d: d["identities"][0].update(tenant="initech"), "not in 'tenants'"),
            (lambda d: d["identities"][0].update(role="owner"), "role must be"),
            (lambda d: d["identities"][0].update(mayName=["initech"]), "unknown tenants"),
            (lambda d: d["identities"][0].pop("secretAccessKey"), "together"),
            (lambda d: d["identities"][1].update(name="acme-reviewer"), "two identities"),
            (lambda d: d["identities"][1]["principals"].append(ACME_SENDER), "names both"),
            (lambda d: d.update(extra=1), "unknown keys"),
        ],
    )
    def test_every_mistake_is_a_config_error_saying_where(self, change: Any, message: str) -> None:
        """A malformed file refuses to load (nothing runs half-configured) and says why."""
        document = tenants_document()
        change(document)
        with pytest.raises(ConfigError, match=message):
            Tenancy.from_json(json.dumps(document))

    def test_not_json_is_a_config_error(self) -> None:
        """A file that is not JSON names itself."""
        with pytest.raises(ConfigError, match=r"tenants\.json is not JSON"):
            Tenancy.from_json("{", source="tenants.json")


class TestOwnerOfAMessage:
    def test_without_a_requester_the_senders_tenant_owns_it(self) -> None:
        """globex's sender, no requesterId: globex's job."""
        assert two_tenants().owner_of_message(None, GLOBEX_SENDER) == "globex"

    def test_a_role_session_is_its_role(self) -> None:
        """SQS reports a role's sender as ``AROA...:session``; the file lists the bare id."""
        assert two_tenants().owner_of_message(None, f"{GLOBEX_SENDER}:i-0abc") == "globex"

    def test_a_sender_may_name_its_own_tenant(self) -> None:
        """acme's sender naming acme: acme's job."""
        assert two_tenants().owner_of_message("acme", ACME_SENDER) == "acme"

    def test_a_forged_requester_is_refused(self) -> None:
        """acme's sender naming globex: refused, never re-owned or defaulted."""
        with pytest.raises(InvalidJobError, match="may not submit for requesterId 'globex'"):
            two_tenants().owner_of_message("globex", ACME_SENDER)

    def test_may_name_and_admin_allow_another_tenant(self) -> None:
        """An identity allowed to name globex, and an admin, may submit for it."""
        document = tenants_document()
        document["identities"][0]["mayName"] = ["globex"]
        assert Tenancy.parse(document).owner_of_message("globex", ACME_SENDER) == "globex"
        assert two_tenants().owner_of_message("globex", OPS_SENDER) == "globex"

    @pytest.mark.parametrize(
        ("requester", "sender", "message"),
        [
            (None, None, "in no identity"),
            (None, "AIDASTRANGER", "in no identity"),
            ("initech", ACME_SENDER, "not a tenant of this deployment"),
            ("Not A Tenant", ACME_SENDER, "not a tenant name"),
        ],
    )
    def test_unknown_senders_and_tenants_are_refused(
        self, requester: str | None, sender: str | None, message: str
    ) -> None:
        """No identity, an unknown one, an unknown or malformed tenant: refused with why."""
        with pytest.raises(InvalidJobError, match=message):
            two_tenants().owner_of_message(requester, sender)

    def test_a_single_tenant_owns_everything(self) -> None:
        """Without a tenants file every message is the one tenant's, whatever it says."""
        single = Tenancy.single()
        assert single.owner_of_message("alice", None) == DEFAULT_TENANT
        assert single.owner_of_upload("anything.pdf") == DEFAULT_TENANT


class TestOwnerOfAnUpload:
    def test_the_prefix_decides(self) -> None:
        """acme/... is acme's; globex/... is globex's."""
        tenancy = two_tenants()
        assert tenancy.owner_of_upload("acme/2026/invoice.pdf") == "acme"
        assert tenancy.owner_of_upload("globex/x.pdf") == "globex"

    def test_the_longest_prefix_wins(self) -> None:
        """A tenant nested in another's folder owns its own subfolder."""
        document = tenants_document()
        document["tenants"]["globex"]["prefix"] = "acme/globex/"
        tenancy = Tenancy.parse(document)
        assert tenancy.owner_of_upload("acme/globex/x.pdf") == "globex"
        assert tenancy.owner_of_upload("acme/x.pdf") == "acme"

    def test_a_key_under_no_prefix_is_refused(self) -> None:
        """An upload no tenant owns is refused (DLQ), listing the prefixes."""
        with pytest.raises(InvalidJobError, match="under no tenant's prefix"):
            two_tenants().owner_of_upload("elsewhere/x.pdf")

    def test_requester_metadata_needs_an_identity_allowed_to_name_it(self) -> None:
        """x-amz-meta-requester naming another tenant is refused unless the uploader is an
        identity allowed to name it (an admin is)."""
        tenancy = two_tenants()
        for uploader in (None, f"AWS:{ACME_SENDER}", "AWS:AIDASTRANGER"):
            with pytest.raises(InvalidJobError, match="x-amz-meta-requester 'globex'"):
                tenancy.owner_of_upload("acme/x.pdf", requester="globex", uploader=uploader)
        assert tenancy.owner_of_upload("acme/x.pdf", requester="acme") == "acme"
        admin = f"AWS:{OPS_SENDER}"
        assert tenancy.owner_of_upload("acme/x.pdf", requester="globex", uploader=admin) == (
            "globex"
        )


class TestCaller:
    @pytest.mark.parametrize(
        ("principal", "expected"),
        [
            ("arn:aws:iam::123456789012:role/acme-app", ("acme-reviewer", "acme", "reviewer")),
            (
                "arn:aws:sts::123456789012:assumed-role/acme-app/alice",
                ("acme-reviewer", "acme", "reviewer"),
            ),
            ("AKIDACMEREADER000001", ("acme-reader", "acme", "reader")),
            ("arn:aws:iam::123456789012:role/ops", ("ops", "acme", "admin")),
        ],
    )
    def test_principals_map_to_callers(
        self, principal: str, expected: tuple[str, str, str]
    ) -> None:
        """An ARN, an assumed-role session of it, an access key id: the same identity."""
        caller = two_tenants().caller(principal)
        assert caller is not None
        assert (caller.name, caller.tenant, caller.role) == expected

    def test_an_unknown_principal_is_nobody(self) -> None:
        """A principal no identity lists, or none at all, is no caller."""
        assert two_tenants().caller("arn:aws:iam::123456789012:user/mallory") is None
        assert two_tenants().caller(None) is None
        assert Tenancy.single().caller() is None

    def test_single_tenant_callers_are_its_admin(self) -> None:
        """Without a tenants file any authenticated caller is the one tenant's admin."""
        assert Tenancy.single().caller("arn:aws:iam::1:user/x") == SINGLE_TENANT_ADMIN

    def test_roles(self) -> None:
        """A reader reads its tenant's jobs; a reviewer also changes them; an admin all."""
        tenancy = two_tenants()
        reader = tenancy.caller("AKIDACMEREADER000001")
        reviewer = tenancy.caller("AKIDGLOBEXREVIEWER01")
        admin = tenancy.caller("AKIDOPSADMIN00000001")
        assert reader is not None
        assert reviewer is not None
        assert admin is not None
        assert reader.may_read("acme")
        assert not reader.may_change("acme")
        assert not reader.may_read("globex")
        assert reviewer.may_change("globex")
        assert not reviewer.may_read("acme")
        assert admin.may_change("globex")
        assert admin.may_change("acme")
        assert (reader.scope, reviewer.scope, admin.scope) == ("acme", "globex", None)


class TestPrincipalKeys:
    def test_assumed_role_is_also_its_role(self) -> None:
        """A session ARN also matches the role's ARN, in any partition."""
        assert principal_keys("arn:aws-cn:sts::1:assumed-role/r/s") == (
            "arn:aws-cn:sts::1:assumed-role/r/s",
            "arn:aws-cn:iam::1:role/r",
        )

    def test_a_role_id_with_a_session_is_also_the_bare_id(self) -> None:
        """SQS's ``AROA...:session`` also matches ``AROA...``."""
        assert principal_keys("AROAX:sess") == ("AROAX:sess", "AROAX")


class TestJobOwner:
    @given(st.from_regex(TENANT_PATTERN, fullmatch=True))
    def test_owner_round_trips_and_prefixes_results(self, owner: str) -> None:
        """A job's owner survives the wire and places its outputs under its prefix."""
        job = Job("j1", DocumentRef("docpipe-inbox", "a.pdf"), "sqs", owner=owner)
        assert Job.from_dict(json.loads(json.dumps(job.to_dict()))) == job
        assert results_key("j1", "result.json", owner=owner).startswith(f"tenants/{owner}/jobs/")

    def test_a_job_from_before_tenancy_is_the_single_tenants(self) -> None:
        """A checkpointed job without an owner reads back as the default tenant's."""
        data = Job("j1", DocumentRef("docpipe-inbox", "a.pdf"), "sqs").to_dict()
        del data["owner"]
        assert Job.from_dict(data).owner == DEFAULT_TENANT

    def test_a_malformed_owner_is_refused(self) -> None:
        """An owner that is not a tenant name cannot be a job's."""
        with pytest.raises(InvalidJobError, match="job owner"):
            Job("j1", DocumentRef("docpipe-inbox", "a.pdf"), "sqs", owner="../x")


class TestObjectRequester:
    def test_reads_the_requester_metadata_of_an_upload(self) -> None:
        """x-amz-meta-requester comes back from S3 (moto); none, or a deleted object, is None."""
        with moto_aws("us-east-1"):
            s3 = boto3.client("s3", region_name="us-east-1")
            s3.create_bucket(Bucket="docpipe-inbox")
            s3.put_object(
                Bucket="docpipe-inbox", Key="a", Body=b"x", Metadata={"requester": "globex"}
            )
            s3.put_object(Bucket="docpipe-inbox", Key="b", Body=b"x")
            assert object_requester(s3, DocumentRef("docpipe-inbox", "a")) == "globex"
            assert object_requester(s3, DocumentRef("docpipe-inbox", "b")) is None
            assert object_requester(s3, DocumentRef("docpipe-inbox", "gone")) is None

    def test_the_file_switches_metadata_on(self) -> None:
        """requesterMetadata is off unless the file says true; anything else is an error."""
        document = tenants_document()
        assert not Tenancy.parse(document).requester_metadata
        document["requesterMetadata"] = True
        assert Tenancy.parse(document).requester_metadata
        document["requesterMetadata"] = "yes"
        with pytest.raises(ConfigError, match="requesterMetadata"):
            Tenancy.parse(document)
