"""Analysis by a foundation model on Amazon Bedrock, through the Converse API's tool use.

The model is offered one tool per document kind (:mod:`workflow.analyzers.bedrock_tools`),
each with a JSON schema for that kind's analysis, and must call one: the tool it picks is the
document type, its input the analysis, held to the shape the offline analyzer produces
(:mod:`workflow.analyzers.schema`). A model that answers in text instead is still read (the
JSON object in its reply).

Long texts are read within the model's context window by map and reduce: the text is cut into
chunks of at most ``CHUNK_CHARS`` at paragraph or line breaks; each chunk is analysed on its
own (map), then one more call turns the partial analyses into the document's type, summary
and key figures (reduce), while the entities are merged in code. At most ``MAX_CHUNKS``
chunks are read (the first, the last and evenly spaced ones between), so a document costs at
most ``MAX_CHUNKS + 1`` calls whatever its length.

Failures are split the way the pipeline acts on them: throttling, 5xx and timeouts are
``TransientError`` (the durable retry runs); access, validation and unknown-model errors are
``AnalyzerConfigError`` (retrying cannot help).
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from botocore.exceptions import BotoCoreError, ClientError

from docpipe.classes import default_classes
from docpipe.errors import TransientError
from workflow.analyzers.bedrock_merge import merged_structure, paged_prompt
from workflow.analyzers.bedrock_tools import analysis_from_tool_use, tool_config
from workflow.analyzers.entities import MAX_ENTITIES, MAX_PARTIES
from workflow.analyzers.errors import AnalyzerConfigError, MalformedAnalysis
from workflow.analyzers.evidence import Citer, ground
from workflow.analyzers.paging import PagedText
from workflow.analyzers.parties import merge_parties
from workflow.analyzers.schema import SchemaError, normalize

if TYPE_CHECKING:
    from mypy_boto3_bedrock_runtime import BedrockRuntimeClient

    from docpipe.classes import Catalogue
    from docpipe.layout import Layout

#: Characters of document text per call (~8k tokens): inside every Converse model's context
#: window with room for the schema and the answer.
CHUNK_CHARS = 30_000
#: Most chunks read per document; with the reduce call, a document costs at most
#: ``MAX_CHUNKS + 1`` calls.
MAX_CHUNKS = 8
#: Output budget per call: an analysis is a few hundred tokens, a crowded one a few thousand.
MAX_OUTPUT_TOKENS = 4000
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

SYSTEM_PROMPT = """You analyse business documents and record each analysis with exactly one
of the tools offered: the one for the document's kind ({kinds}).
- parties: every person and organisation the document names, once each, with its role
  (vendor, customer, merchant, sender, recipient, author, attendee, signatory, ...) and kind.
- dates: every date as YYYY-MM-DD; role "issue" (written, issued, held), "due" (payment or
  delivery deadline), "effective" (takes effect), "end" (expires, terminates), else "other".
- amounts: money with its ISO 4217 currency; magnitude words count ($4.2 million = 4200000).
- keyFigures and fields: only values the document states; numbers as printed.
- evidence: for each key figure, the page (from the [page N] markers; 1 without markers) and
  the exact text it was read from, quoted as printed.
- lineItems: every row of an invoice's, receipt's, order's or statement's table, in order,
  with its page and the row quoted as printed.
- sections: only when the file holds several documents (a letter, an invoice and a receipt
  scanned together): one per document, its kind, first and last page, key figures and rows.
Use only facts stated in the document."""

REDUCE_PROMPT = """The document was too long to read at once. Below are the analyses of its
parts, in order. Record the analysis of the WHOLE document with one tool: its kind, a summary
of the whole document (at most three sentences) and its key figures (the document's own
number, parties' roles, totals and dates that apply to the whole). Parts:"""

_FENCE = re.compile(r"^```[\w-]*\s*\n?(?P<body>.*?)\n?```\s*$", re.DOTALL)
_BREAKS = ("\n\n", "\n", ". ", " ")


class BedrockAnalyzer:
    """:class:`~docpipe.ports.Analyzer` backed by a Bedrock model via ``converse``."""

    def __init__(
        self, client: BedrockRuntimeClient, model_id: str, classes: Catalogue | None = None
    ) -> None:
        self._client = client
        self.model_id = model_id
        self.name = f"bedrock:{model_id}"
        #: The document classes (``DOCPIPE_CLASSES``): one tool each.
        self.classes = classes if classes is not None else default_classes()
        self._tools = tool_config(self.classes)
        self._system = SYSTEM_PROMPT.format(kinds=", ".join(self.classes.names))

    def analyze(
        self, text: str, *, media_type: str, filename: str, layout: Layout | None = None
    ) -> dict[str, Any]:
        paged = PagedText.read(text, layout, lambda part: part, len(text))
        return ground(self._read(paged_prompt(paged), media_type, filename), Citer(paged))

    def _read(self, text: str, media_type: str, filename: str) -> dict[str, Any]:
        chunks = split_chunks(text, CHUNK_CHARS)
        if len(chunks) == 1:
            prompt = f"Document: {filename} ({media_type})\n<document>\n{text}\n</document>"
            return self._analysis(prompt)
        read = pick_chunks(len(chunks), MAX_CHUNKS)
        partials = []
        for index in read:
            prompt = (
                f"Document: {filename} ({media_type}), part {index + 1} of {len(chunks)}"
                f" ({len(read)} parts are read)\n<document-part>\n{chunks[index]}\n"
                "</document-part>"
            )
            partials.append(self._analysis(prompt))
        return self._reduce(partials)

    def _reduce(self, partials: list[dict[str, Any]]) -> dict[str, Any]:
        """One call for what only the whole document can say (type, summary, key figures);
        the entities of every part are merged here, in order, duplicates folded."""
        outlines = [
            {key: part[key] for key in ("documentType", "summary", "keyFigures", "fields")
             if key in part}
            for part in partials
        ]  # fmt: skip
        whole = self._analysis(f"{REDUCE_PROMPT}\n{json.dumps(outlines, ensure_ascii=False)}")
        figures: dict[str, Any] = {}
        for part in partials:
            for key, value in part["keyFigures"].items():
                figures.setdefault(key, value)
        entities = {
            "dates": _merged([p["entities"]["dates"] for p in partials], "value", MAX_ENTITIES),
            "amounts": _merged(
                [p["entities"]["amounts"] for p in partials], ("amount", "currency"), MAX_ENTITIES
            ),
            "parties": merge_parties([x for p in partials for x in p["entities"]["parties"]])[
                :MAX_PARTIES
            ],
            "emails": list(dict.fromkeys(x for p in partials for x in p["entities"]["emails"]))[
                :MAX_ENTITIES
            ],
        }
        merged = {
            **whole,
            "entities": entities,
            "keyFigures": {**figures, **whole["keyFigures"]},
            **merged_structure(partials, whole),
        }
        if "fields" in whole:  # a configured class: what the parts found, the whole's first
            own = [p["fields"] for p in partials if p["documentType"] == whole["documentType"]]
            merged["fields"] = {
                k: v for part in [*own[::-1], whole["fields"]] for k, v in part.items()
            }
        return merged

    def _analysis(self, prompt: str) -> dict[str, Any]:
        try:
            response = self._client.converse(
                modelId=self.model_id,
                system=[{"text": self._system}],
                messages=[{"role": "user", "content": [{"text": prompt}]}],
                toolConfig=self._tools,  # type: ignore[arg-type]
                inferenceConfig={"maxTokens": MAX_OUTPUT_TOKENS, "temperature": 0.0},
            )
        except ClientError as exc:
            raise self._classify(exc) from exc
        except BotoCoreError as exc:  # timeouts, connection failures
            raise TransientError(f"Bedrock call failed: {exc}") from exc
        try:
            raw = _reply_analysis(response, self.classes)
            return normalize(raw, analyzer=self.name, classes=self.classes)
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


def split_chunks(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut at the last paragraph break
    (else line, sentence or word break) in the second half of each piece; linear time."""
    chunks: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = limit
        for mark in _BREAKS:
            found = window.rfind(mark, limit // 2)
            if found != -1:
                cut = found + len(mark)
                break
        chunks.append(text[start : start + cut])
        start += cut
    chunks.append(text[start:])
    return chunks


def pick_chunks(count: int, budget: int) -> list[int]:
    """Indexes of the chunks to read: all of them, or ``budget`` spread evenly from the first
    to the last (documents state what they are at the start and conclude at the end)."""
    if count <= budget:
        return list(range(count))
    if budget == 1:
        return [0]
    return sorted({round(i * (count - 1) / (budget - 1)) for i in range(budget)})


def _merged(lists: list[list[dict[str, Any]]], key: str | tuple[str, ...], limit: int) -> list[Any]:
    keys = (key,) if isinstance(key, str) else key
    seen: set[tuple[Any, ...]] = set()
    out: list[dict[str, Any]] = []
    for items in lists:
        for item in items:
            ident = tuple(item.get(k) for k in keys)
            if ident not in seen:
                seen.add(ident)
                out.append(item)
    return out[:limit]


def _reply_analysis(response: Any, classes: Catalogue) -> object:
    """The analysis in a ``converse`` response: a tool call's input, else JSON in text."""
    content = response.get("output", {}).get("message", {}).get("content", [])
    for block in content:
        if isinstance(block, dict) and isinstance(block.get("toolUse"), dict):
            use = block["toolUse"]
            return analysis_from_tool_use(str(use.get("name", "")), use.get("input"), classes)
    return parse_json_reply(_reply_text(response))


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
