"""Analysis by a foundation model on Amazon Bedrock, through the Converse API.

The model is asked for the same JSON shape the offline analyzer produces
(:mod:`workflow.analyzers.schema`), and its answer is held to it: code fences stripped,
the JSON object located, keys validated. Failures are split the way the pipeline acts on
them: throttling, 5xx and timeouts are ``TransientError`` (the durable retry runs); access,
validation and unknown-model errors are ``AnalyzerConfigError`` (retrying cannot help).
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from botocore.exceptions import BotoCoreError, ClientError

from docpipe.errors import TransientError
from workflow.analyzers.classify import DOCUMENT_TYPES
from workflow.analyzers.errors import AnalyzerConfigError, MalformedAnalysis
from workflow.analyzers.schema import SchemaError, normalize

if TYPE_CHECKING:
    from mypy_boto3_bedrock_runtime import BedrockRuntimeClient

#: Characters of document text sent to the model (~8k tokens): bounds cost and latency, and
#: keeps us inside every Converse model's context window.
MAX_INPUT_CHARS = 30_000
#: Output budget: the analysis JSON is a few hundred tokens.
MAX_OUTPUT_TOKENS = 1500
#: Error codes that say "try again later".
_TRANSIENT_CODES = frozenset(
    {
        "ThrottlingException",
        "ServiceUnavailableException",
        "InternalServerException",
        "ModelTimeoutException",
        "ModelNotReadyException",
        "ServiceQuotaExceededException",
        "ModelErrorException",
        "RequestTimeout",
        "RequestTimeoutException",
    }
)

SYSTEM_PROMPT = f"""You analyse business documents. Reply with ONE JSON object and nothing else.
Keys:
- "documentType": one of {", ".join(DOCUMENT_TYPES)}
- "confidence": number from 0 to 1
- "summary": at most three sentences, plain text
- "language": ISO 639-1 code of the document's language
- "entities": {{"dates": [{{"text": as written, "value": "YYYY-MM-DD"}}],
  "amounts": [{{"text": as written, "amount": number, "currency": ISO 4217 code or null}}],
  "parties": [{{"name": person or organisation, "role": e.g. vendor, customer, client}}],
  "emails": [addresses]}}
- "keyFigures": object of the document's headline values, e.g. "total": {{"amount", "currency"}},
  "invoiceNumber", "dueDate" (YYYY-MM-DD); omit what the document does not state.
Use only facts stated in the document. Do not wrap the JSON in prose."""

_FENCE = re.compile(r"^```[\w-]*\s*\n?(?P<body>.*?)\n?```\s*$", re.DOTALL)


class BedrockAnalyzer:
    """:class:`~docpipe.ports.Analyzer` backed by a Bedrock model via ``converse``."""

    def __init__(self, client: BedrockRuntimeClient, model_id: str) -> None:
        self._client = client
        self.model_id = model_id
        self.name = f"bedrock:{model_id}"

    def analyze(self, text: str, *, media_type: str, filename: str) -> dict[str, Any]:
        clipped = text[:MAX_INPUT_CHARS]
        note = " (truncated)" if len(text) > len(clipped) else ""
        prompt = (
            f"Document: {filename} ({media_type}){note}\n"
            f"<document>\n{clipped}\n</document>\n"
            "Return the analysis JSON."
        )
        try:
            response = self._client.converse(
                modelId=self.model_id,
                system=[{"text": SYSTEM_PROMPT}],
                messages=[{"role": "user", "content": [{"text": prompt}]}],
                inferenceConfig={"maxTokens": MAX_OUTPUT_TOKENS, "temperature": 0.0},
            )
        except ClientError as exc:
            raise self._classify(exc) from exc
        except BotoCoreError as exc:  # timeouts, connection failures
            raise TransientError(f"Bedrock call failed: {exc}") from exc
        reply = _reply_text(response)
        try:
            return normalize(parse_json_reply(reply), analyzer=self.name)
        except SchemaError as exc:
            raise MalformedAnalysis(f"model {self.model_id} returned {exc}") from exc

    def _classify(self, exc: ClientError) -> Exception:
        error = exc.response.get("Error", {})
        code = str(error.get("Code", ""))
        status = int(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) or 0)
        message = f"Bedrock {code or 'error'} for model {self.model_id}: {error.get('Message', '')}"
        if code in _TRANSIENT_CODES or status >= 500 or status == 429:
            return TransientError(message)
        return AnalyzerConfigError(message)


def _reply_text(response: Any) -> str:
    content = response.get("output", {}).get("message", {}).get("content", [])
    texts = [block["text"] for block in content if isinstance(block, dict) and "text" in block]
    if not texts:
        stop = response.get("stopReason", "unknown")
        raise MalformedAnalysis(f"model reply had no text (stopReason {stop})")
    return "".join(texts)


def parse_json_reply(reply: str) -> object:
    """The JSON object in a model's reply: fenced or bare, with or without chatter around."""
    body = reply.strip()
    fenced = _FENCE.match(body)
    if fenced:
        body = fenced.group("body").strip()
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        pass
    start, end = body.find("{"), body.rfind("}")
    if start != -1 and end > start:
        try:
            return json.loads(body[start : end + 1])
        except (ValueError, RecursionError):
            pass
    preview = " ".join(reply.split())[:120]
    raise MalformedAnalysis(f"model reply is not JSON: {preview!r}")
