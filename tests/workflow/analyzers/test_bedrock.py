"""The Bedrock analyzer against botocore's Stubber, on the real shapes of ``converse``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from botocore.exceptions import ReadTimeoutError
from botocore.stub import ANY, Stubber
from hypothesis import given, settings
from hypothesis import strategies as st

from docpipe import aws
from docpipe.classes import load_classes
from docpipe.errors import ConfigError, TransientError
from docpipe.settings import Settings
from support.claims import CLASSES_FILE
from workflow.analyzers import (
    AnalyzerConfigError,
    BedrockAnalyzer,
    MalformedAnalysis,
    OfflineAnalyzer,
    make_analyzer,
)
from workflow.analyzers.bedrock import (
    CHUNK_CHARS,
    MAX_CHUNKS,
    parse_json_reply,
    pick_chunks,
    split_chunks,
)
from workflow.analyzers.bedrock_tools import TOOL_PREFIX, tool_config
from workflow.analyzers.classify import DOCUMENT_TYPES
from workflow.analyzers.schema import SchemaError, normalize

MODEL = "amazon.nova-lite-v1:0"
SETTINGS = Settings(analyzer="bedrock", bedrock_model_id=MODEL, region="us-east-1")
ANSWER: dict[str, Any] = {
    "documentType": "invoice",
    "confidence": 0.93,
    "summary": "Invoice INV-7 from Acme Inc. to Globex for $120.00.",
    "language": "en",
    "entities": {
        "dates": [{"text": "March 2, 2026", "value": "2026-03-02"}, {"value": "not a date"}],
        "amounts": [{"text": "$120.00", "amount": 120, "currency": "usd"}],
        "parties": [{"name": "Acme Inc.", "role": "vendor"}, "Globex"],
        "emails": ["Billing@Acme.example", "not-an-email"],
    },
    "keyFigures": {"total": {"amount": "120.00", "currency": "USD"}, "invoiceNumber": "INV-7"},
    "extra": "dropped",
}


def converse_response(text: str, stop_reason: str = "end_turn") -> dict[str, Any]:
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
        "stopReason": stop_reason,
        "usage": {"inputTokens": 812, "outputTokens": 164, "totalTokens": 976},
        "metrics": {"latencyMs": 1450},
    }


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Any:
    """A real bedrock-runtime client as docpipe builds it, with dummy credentials."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    return aws.client("bedrock-runtime", SETTINGS)


@pytest.fixture
def stubber(client: Any) -> Iterator[Stubber]:
    with Stubber(client) as stub:
        yield stub
        stub.assert_no_pending_responses()


def analyze(client: Any, text: str = "INVOICE INV-7 ...") -> dict[str, Any]:
    return BedrockAnalyzer(client, MODEL).analyze(
        text, media_type="application/pdf", filename="inv.pdf"
    )


class TestSuccess:
    def test_request_shape_and_normalised_answer(self, client: Any, stubber: Stubber) -> None:
        """The request carries model, system prompt and document; the answer is normalised."""
        expected = {
            "modelId": MODEL,
            "system": [{"text": ANY}],
            "messages": [{"role": "user", "content": [{"text": ANY}]}],
            "toolConfig": ANY,
            "inferenceConfig": {"maxTokens": ANY, "temperature": 0.0},
        }
        stubber.add_response("converse", converse_response(json.dumps(ANSWER)), expected)
        result = analyze(client)
        assert result["analyzer"] == f"bedrock:{MODEL}"
        assert result["documentType"] == "invoice"
        assert result["confidence"] == 0.93
        entities = result["entities"]
        assert entities["dates"] == [{"text": "March 2, 2026", "value": "2026-03-02", "role": None}]
        assert entities["amounts"] == [{"text": "$120.00", "amount": 120.0, "currency": "USD"}]
        assert entities["parties"] == [
            {"name": "Acme Inc.", "role": "vendor", "kind": "organization"},
            {"name": "Globex", "role": "organization", "kind": "organization"},
        ]
        assert entities["emails"] == ["billing@acme.example"]
        assert result["keyFigures"]["total"] == {"amount": 120.0, "currency": "USD"}
        assert "extra" not in result
        assert json.loads(json.dumps(result)) == result

    def test_fenced_json_with_chatter(self, client: Any, stubber: Stubber) -> None:
        """A reply wrapped in a ```json fence is unwrapped."""
        reply = "```json\n" + json.dumps(ANSWER, indent=2) + "\n```"
        stubber.add_response("converse", converse_response(reply))
        assert analyze(client)["documentType"] == "invoice"

    def test_tool_use_answer(self, client: Any, stubber: Stubber) -> None:
        """The tool the model calls is the document type; its input is the analysis."""
        tool_input = {
            "summary": "PO 4500021433 to Van Dijk Logistiek B.V.",
            "dates": [{"text": "18 July 2026", "value": "2026-07-18", "role": "issue"}],
            "amounts": [{"text": "EUR 1.2 million", "amount": 1.2e6, "currency": "EUR"}],
            "parties": [
                {"name": "Van Dijk Logistiek B.V.", "role": "vendor", "kind": "organization"}
            ],
            "keyFigures": {"documentNumber": "4500021433", "vendor": "Van Dijk Logistiek B.V."},
        }
        stubber.add_response("converse", tool_response("record_purchase_order", tool_input))
        result = analyze(client)
        assert result["documentType"] == "purchase_order"
        assert result["entities"]["dates"] == [tool_input["dates"][0]]
        assert result["entities"]["amounts"][0]["amount"] == 1_200_000.0
        assert result["keyFigures"]["documentNumber"] == "4500021433"

    def test_one_tool_per_kind_and_one_must_be_used(self) -> None:
        """The tool config offers a schema per document type and forces a tool call."""
        config = tool_config()
        names = [tool["toolSpec"]["name"] for tool in config["tools"]]
        assert names == [f"{TOOL_PREFIX}{kind}" for kind in DOCUMENT_TYPES]
        assert config["toolChoice"] == {"any": {}}
        figures = {
            tool["toolSpec"]["name"]: set(
                tool["toolSpec"]["inputSchema"]["json"]["properties"]["keyFigures"]["properties"]
            )
            for tool in config["tools"]
        }
        assert {"documentNumber", "vendor", "total", "dueDate"} <= figures["record_invoice"]
        assert {"effectiveDate", "endDate"} <= figures["record_contract"]


def tool_response(name: str, tool_input: dict[str, Any]) -> dict[str, Any]:
    response = converse_response("")
    response["output"]["message"]["content"] = [
        {"toolUse": {"toolUseId": "t1", "name": name, "input": tool_input}}
    ]
    response["stopReason"] = "tool_use"
    return response


class TestLongDocuments:
    def test_chunks_are_bounded_and_cut_at_breaks(self) -> None:
        """Chunks stay within the limit, end at paragraph breaks and lose no text."""
        text = "\n\n".join(f"Paragraph {i} " + "word " * 300 for i in range(200))
        chunks = split_chunks(text, CHUNK_CHARS)
        assert "".join(chunks) == text
        assert all(len(chunk) <= CHUNK_CHARS for chunk in chunks)
        assert all(chunk.endswith("\n\n") for chunk in chunks[:-1])

    def test_chunk_budget_spreads_from_first_to_last(self) -> None:
        """Beyond the budget, the first, the last and evenly spaced chunks are read."""
        assert pick_chunks(3, MAX_CHUNKS) == [0, 1, 2]
        picked = pick_chunks(100, MAX_CHUNKS)
        assert len(picked) == MAX_CHUNKS
        assert picked[0] == 0
        assert picked[-1] == 99

    def test_map_then_reduce_within_the_call_budget(self, client: Any, stubber: Stubber) -> None:
        """A long text: one call per chunk read (each within the limit), then one reduce call;
        parties of every part are merged and the reduce call decides type and summary."""
        sent: list[str] = []
        client.meta.events.register(
            "provide-client-params.bedrock-runtime.Converse",
            lambda params, **_: sent.append(params["messages"][0]["content"][0]["text"]),
        )
        text = "\n\n".join(f"Section {i}. " + "clause " * 1000 for i in range(60))
        chunks = split_chunks(text, CHUNK_CHARS)
        assert len(chunks) > MAX_CHUNKS
        for index in range(MAX_CHUNKS):
            part = {
                "summary": f"part {index}",
                "dates": [],
                "amounts": [],
                "parties": [
                    {"name": "Acme Inc.", "role": "client", "kind": "organization"},
                    {"name": f"Person {chr(65 + index)}ova", "role": "signatory", "kind": "person"},
                ],
                "keyFigures": {"documentNumber": "C-7"} if index == 0 else {},
            }
            stubber.add_response("converse", tool_response("record_other", part))
        whole = {
            "summary": "A long services agreement.",
            "dates": [],
            "amounts": [],
            "parties": [],
            "keyFigures": {"effectiveDate": "2026-01-01"},
        }
        stubber.add_response("converse", tool_response("record_contract", whole))
        result = analyze(client, text)
        assert len(sent) == MAX_CHUNKS + 1
        assert all(len(prompt) <= CHUNK_CHARS + 500 for prompt in sent)
        assert "part 1 of" in sent[0]
        assert result["documentType"] == "contract"
        assert result["summary"] == "A long services agreement."
        assert result["keyFigures"] == {"documentNumber": "C-7", "effectiveDate": "2026-01-01"}
        names = [party["name"] for party in result["entities"]["parties"]]
        assert names[0] == "Acme Inc."
        assert len(names) == 1 + MAX_CHUNKS


class TestFailures:
    @pytest.mark.parametrize(
        ("code", "status"),
        [
            ("ThrottlingException", 429),
            ("ServiceUnavailableException", 503),
            ("InternalServerException", 500),
            ("ModelTimeoutException", 408),
        ],
    )
    def test_retryable_errors_are_transient(
        self, client: Any, stubber: Stubber, code: str, status: int
    ) -> None:
        """Throttling, 5xx and model timeouts raise TransientError so the step retries."""
        stubber.add_client_error("converse", code, "slow down", http_status_code=status)
        with pytest.raises(TransientError, match=code):
            analyze(client)

    @pytest.mark.parametrize(
        ("code", "status"),
        [
            ("AccessDeniedException", 403),
            ("ValidationException", 400),
            ("ResourceNotFoundException", 404),
        ],
    )
    def test_configuration_errors_are_permanent(
        self, client: Any, stubber: Stubber, code: str, status: int
    ) -> None:
        """Access, validation and unknown-model errors are configuration errors."""
        stubber.add_client_error("converse", code, "no access", http_status_code=status)
        with pytest.raises(AnalyzerConfigError, match=code) as caught:
            analyze(client)
        assert isinstance(caught.value, ConfigError)
        assert not isinstance(caught.value, TransientError)

    def test_timeout_is_transient(self) -> None:
        """A read timeout from botocore is transient."""

        class TimingOut:
            def converse(self, **_: Any) -> Any:
                raise ReadTimeoutError(endpoint_url="https://bedrock-runtime.example")

        with pytest.raises(TransientError, match="Bedrock call failed"):
            analyze(TimingOut())

    def test_bad_json_is_a_clear_error(self, client: Any, stubber: Stubber) -> None:
        """Prose instead of JSON raises MalformedAnalysis quoting the reply."""
        stubber.add_response("converse", converse_response("I'm sorry, I can't help with that."))
        with pytest.raises(MalformedAnalysis, match="not JSON: \"I'm sorry"):
            analyze(client)

    def test_missing_keys_are_a_clear_error(self, client: Any, stubber: Stubber) -> None:
        """Valid JSON without the required keys names what is missing."""
        stubber.add_response("converse", converse_response('{"documentType": "invoice"}'))
        with pytest.raises(MalformedAnalysis, match="missing summary, entities"):
            analyze(client)

    def test_reply_without_text(self, client: Any, stubber: Stubber) -> None:
        """A reply with no text block (e.g. cut by a guardrail) is a clear error."""
        response = converse_response("")
        response["output"]["message"]["content"] = []
        response["stopReason"] = "guardrail_intervened"
        stubber.add_response("converse", response)
        with pytest.raises(MalformedAnalysis, match="guardrail_intervened"):
            analyze(client)


class TestParsing:
    @pytest.mark.parametrize(
        "reply",
        [
            '{"a": 1}',
            '```\n{"a": 1}\n```',
            '```json\n{"a": 1}\n```',
            'Here is the analysis: {"a": 1} Hope this helps.',
        ],
    )
    def test_json_is_found(self, reply: str) -> None:
        """Bare, fenced and chatty replies all yield the object."""
        assert parse_json_reply(reply) == {"a": 1}


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=30,
)
MODEL_ANSWERS = st.fixed_dictionaries(
    {"documentType": JSON_VALUES, "summary": JSON_VALUES, "entities": JSON_VALUES},
    optional={"confidence": JSON_VALUES, "language": JSON_VALUES, "keyFigures": JSON_VALUES},
)


class TestNormalizeProperties:
    @settings(max_examples=200, deadline=None)
    @given(st.one_of(JSON_VALUES, MODEL_ANSWERS))
    def test_any_model_answer_is_normalised_or_refused(self, answer: object) -> None:
        """Whatever JSON a model returns: a clean, strict-JSON analysis or a SchemaError."""
        try:
            result = normalize(answer, analyzer="bedrock:test")
        except SchemaError:
            return
        assert json.loads(json.dumps(result, allow_nan=False)) == result
        assert result["documentType"] in DOCUMENT_TYPES
        assert 0 <= result["confidence"] <= 1


class TestFactory:
    def test_offline_by_default(self) -> None:
        """The default settings give the offline analyzer and build no client."""

        def no_clients(service: str, settings: Settings) -> Any:
            raise AssertionError("no client should be built")

        assert isinstance(make_analyzer(Settings(), no_clients), OfflineAnalyzer)

    def test_bedrock_when_configured(self) -> None:
        """analyzer=bedrock builds a bedrock-runtime client for the configured model."""
        built: list[str] = []

        def factory(service: str, settings: Settings) -> Any:
            built.append(service)
            return object()

        analyzer = make_analyzer(SETTINGS, factory)
        assert isinstance(analyzer, BedrockAnalyzer)
        assert analyzer.name == f"bedrock:{MODEL}"
        assert built == ["bedrock-runtime"]


class TestConfiguredClasses:
    """A user's class (docs/examples/insurance-claims.yaml) through the Converse tools."""

    def test_each_class_is_a_tool_with_its_fields_schema(self) -> None:
        catalogue = load_classes(str(CLASSES_FILE))
        tools = {t["toolSpec"]["name"]: t["toolSpec"] for t in tool_config(catalogue)["tools"]}
        assert next(iter(tools)) == "record_insurance_claim"
        assert set(tools) == {f"{TOOL_PREFIX}{name}" for name in catalogue.names}
        schema = tools["record_insurance_claim"]["inputSchema"]["json"]
        fields = schema["properties"]["fields"]
        assert "fields.<name>" in schema["properties"]["evidence"]["description"]
        assert "fields" in schema["required"]
        assert fields["required"] == ["claimNumber", "policyNumber"]
        assert fields["properties"]["claimType"]["enum"] == [
            "collision", "theft", "fire", "water", "storm", "other"]  # fmt: skip
        assert fields["properties"]["amountClaimed"]["required"] == ["amount", "currency"]
        assert "'Claim number'" in fields["properties"]["claimNumber"]["description"]
        items = fields["properties"]["damagedItems"]
        assert items["type"] == "array"
        assert set(items["items"]["properties"]) == {"item", "quantity", "cost"}
        # The built-in kinds keep their key figures, typed from the default file.
        invoice = tools["record_invoice"]["inputSchema"]["json"]["properties"]
        assert invoice["keyFigures"]["properties"]["total"]["type"] == "object"
        assert "fields" not in invoice

    def test_a_replayed_answer_lands_in_fields_typed(self, client: Any, stubber: Stubber) -> None:
        """The model's tool call is the class; its fields are kept when they fit their type
        (an impossible date and money without a currency are dropped), unknown ones too."""
        catalogue = load_classes(str(CLASSES_FILE))
        tool_input = {
            "summary": "Motor claim CLM-2026-0042 by Maria Jensen.",
            "dates": [{"text": "14 February 2026", "value": "2026-02-14", "role": "effective"}],
            "amounts": [{"text": "EUR 2,450.00", "amount": 2450, "currency": "EUR"}],
            "parties": [{"name": "Maria Jensen", "role": "policyholder", "kind": "person"}],
            "keyFigures": {"documentNumber": "CLM-2026-0042"},
            "evidence": {"fields.policyNumber": {"page": 1, "quote": "POL-778812"}},
            "fields": {
                "claimNumber": "CLM-2026-0042",
                "policyNumber": "POL-778812",
                "incidentDate": "2026-02-30",
                "amountClaimed": {"amount": 2450},
                "claimType": "collision",
                "damagedItems": [{"item": "Rear bumper", "quantity": 1,
                                  "cost": {"amount": 1800, "currency": "EUR"}}],
                "colour": "blue",
            },
        }  # fmt: skip
        expected = {
            "modelId": MODEL,
            "system": [{"text": ANY}],
            "messages": ANY,
            "toolConfig": tool_config(catalogue),
            "inferenceConfig": ANY,
        }
        stubber.add_response(
            "converse", tool_response("record_insurance_claim", tool_input), expected
        )
        result = BedrockAnalyzer(client, MODEL, catalogue).analyze(
            "MOTOR INSURANCE CLAIM FORM\nPolicy number: POL-778812\n",
            media_type="application/pdf",
            filename="c.pdf",
        )
        # A field's citation is grounded in the text like a key figure's.
        assert result["evidence"]["fields.policyNumber"]["page"] == 1
        assert result["evidence"]["fields.policyNumber"]["text"] == "POL-778812"
        assert result["documentType"] == "insurance_claim"
        assert result["fields"] == {
            "claimNumber": "CLM-2026-0042",
            "policyNumber": "POL-778812",
            "claimType": "collision",
            "damagedItems": [
                {"item": "Rear bumper", "quantity": 1, "cost": {"amount": 1800, "currency": "EUR"}}
            ],
        }

    def test_the_factory_reads_the_classes_file(self, tmp_path: Any) -> None:
        settings = Settings(classes=str(CLASSES_FILE))
        analyzer = make_analyzer(settings, lambda service, s: None)
        assert isinstance(analyzer, OfflineAnalyzer)
        assert analyzer.classes.names[0] == "insurance_claim"
        broken = tmp_path / "c.yaml"
        broken.write_text("classes:\n  - {name: x, description: y, fields: [{name: a, type: b}]}\n")
        with pytest.raises(ConfigError, match=r"c.yaml:2: classes\[0\].fields\[0\].type"):
            make_analyzer(Settings(classes=str(broken)), lambda service, s: None)
