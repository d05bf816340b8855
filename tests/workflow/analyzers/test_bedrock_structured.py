"""The Bedrock analyzer's line items, evidence and sections: quoted by the model, boxed by
docpipe on the extraction's word boxes (botocore's Stubber plays the model)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from botocore.stub import ANY, Stubber

from docpipe import aws
from docpipe.settings import Settings
from support.business_documents import scanned
from workflow.analyzers import BedrockAnalyzer
from workflow.analyzers.bedrock_merge import merged_structure
from workflow.analyzers.bedrock_tools import tool_config

MODEL = "anthropic.claude-3-haiku-20240307-v1:0"
PAGES = [
    ["Whitfield Insurance Group plc", "Dear Ms. Patel,", "Your claim papers follow."],
    ["INVOICE", "Invoice No: INV-7", "Item   Qty   Price   Amount",
     "Towing   1   95.00   95.00", "Total due: USD 95.00"],
]  # fmt: skip


def tool_response(name: str, tool_input: dict[str, Any]) -> dict[str, Any]:
    content = [{"toolUse": {"toolUseId": "t1", "name": name, "input": tool_input}}]
    return {
        "output": {"message": {"role": "assistant", "content": content}},
        "stopReason": "tool_use",
        "usage": {"inputTokens": 812, "outputTokens": 164, "totalTokens": 976},
        "metrics": {"latencyMs": 1450},
    }


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    return aws.client("bedrock-runtime", Settings(analyzer="bedrock", region="us-east-1"))


@pytest.fixture
def stubber(client: Any) -> Iterator[Stubber]:
    with Stubber(client) as stub:
        yield stub
        stub.assert_no_pending_responses()


class TestStructuredAnswer:
    def test_quotes_are_boxed_on_the_pages_words(self, client: Any, stubber: Stubber) -> None:
        """The model quotes the total on the wrong page; docpipe finds the quote on page 2
        and boxes it on that page's words; rows and sections come through in shape."""
        text, layout = scanned(PAGES)
        answer = {
            "summary": "A claim: cover letter and towing invoice.",
            "dates": [], "amounts": [], "parties": [],
            "keyFigures": {"documentNumber": "INV-7", "total": {"amount": 95, "currency": "USD"}},
            "evidence": {"total": {"page": 1, "quote": "USD 95.00"},
                         "documentNumber": {"page": 2, "quote": "INV-7"},
                         "vendor": {"page": 1, "quote": "not in the text"}},
            "lineItems": [{"description": "Towing", "quantity": 1, "unitPrice": 95,
                           "amount": 95, "page": 2, "quote": "Towing 1 95.00 95.00"}],
            "sections": [
                {"documentType": "letter", "firstPage": 1, "lastPage": 1},
                {"documentType": "invoice", "firstPage": 2, "lastPage": 2,
                 "keyFigures": {"documentNumber": "INV-7"}},
            ],
        }  # fmt: skip
        expected = {"modelId": MODEL, "system": ANY, "messages": ANY, "toolConfig": ANY,
                    "inferenceConfig": ANY}  # fmt: skip
        stubber.add_response("converse", tool_response("record_invoice", answer), expected)
        result = BedrockAnalyzer(client, MODEL).analyze(
            text, media_type="image/png", filename="claim.png", layout=layout
        )
        words = {word.text: word.bbox for word in layout.pages[1].words}
        total = result["evidence"]["total"]
        assert total["page"] == 2
        assert total["text"] == "USD 95.00"
        assert total["bbox"] == pytest.approx(
            [words["USD"][0], words["USD"][1], words["95.00"][2], words["95.00"][3]], abs=1e-4
        )
        assert result["evidence"]["vendor"] == {"page": 1, "text": "not in the text", "bbox": None}
        [row] = result["lineItems"]
        assert (row["description"], row["quantity"], row["amount"]) == ("Towing", 1.0, 95.0)
        assert row["evidence"]["page"] == 2
        assert row["evidence"]["bbox"] is not None
        assert [(s["documentType"], s["pages"]) for s in result["sections"]] == [
            ("letter", [1, 1]), ("invoice", [2, 2]),
        ]  # fmt: skip

    def test_the_prompt_marks_pages(self, client: Any, stubber: Stubber) -> None:
        """The model sees [page N] where each page starts, so it can cite pages."""
        text, layout = scanned(PAGES)
        seen: list[str] = []
        client.meta.events.register(
            "provide-client-params.bedrock-runtime.Converse",
            lambda params, **_: seen.append(params["messages"][0]["content"][0]["text"]),
        )
        answer = {"summary": "s", "dates": [], "amounts": [], "parties": [], "keyFigures": {}}
        stubber.add_response("converse", tool_response("record_letter", answer))
        BedrockAnalyzer(client, MODEL).analyze(
            text, media_type="image/png", filename="claim.png", layout=layout
        )
        assert "[page 1]\nWhitfield" in seen[0]
        assert "[page 2]\nINVOICE" in seen[0]

    def test_tools_ask_for_rows_evidence_and_sections(self) -> None:
        """Every tool's schema has lineItems, evidence (page and quote) and sections."""
        for tool in tool_config()["tools"]:
            properties = tool["toolSpec"]["inputSchema"]["json"]["properties"]
            assert {"lineItems", "evidence", "sections"} <= set(properties)
            citation = properties["evidence"]["additionalProperties"]
            assert citation["required"] == ["page", "quote"]


class TestLongDocuments:
    def test_parts_rows_concatenate_and_a_split_section_joins(self) -> None:
        """Rows of both parts in order; the invoice seen in both parts is one section."""

        def part(rows: list[str], sections: list[tuple[str, int, int]]) -> dict[str, Any]:
            return {
                "lineItems": [{"description": r, "quantity": None, "unitPrice": None,
                               "amount": 1.0} for r in rows],
                "evidence": {}, "warnings": [],
                "sections": [{"documentType": t, "pages": [a, b], "confidence": 0.9,
                              "keyFigures": {}, "lineItems": [], "evidence": {},
                              "warnings": []} for t, a, b in sections],
            }  # fmt: skip

        merged = merged_structure(
            [part(["a", "b"], [("letter", 1, 1), ("invoice", 2, 3)]),
             part(["c"], [("invoice", 4, 5), ("receipt", 6, 6)])],
            {"evidence": {}},
        )  # fmt: skip
        assert [row["description"] for row in merged["lineItems"]] == ["a", "b", "c"]
        assert [(s["documentType"], s["pages"]) for s in merged["sections"]] == [
            ("letter", [1, 1]), ("invoice", [2, 5]), ("receipt", [6, 6]),
        ]  # fmt: skip
