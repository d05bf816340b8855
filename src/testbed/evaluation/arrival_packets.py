"""Packets as they really arrive at a claims office or an accounts department (issue #18): one
PDF per packet, typeset or scanned, bundling documents in English, German, French, Dutch,
Spanish and Italian (:mod:`testbed.evaluation.arrival_documents`).

Insurance claims (a cover letter, a claim form, the repair invoice, till receipts, one shop's
receipts back to back); a fax cover sheet in front of an invoice, with the fax machine's line
(its time, number and "P. 2/4") across the top of every page; invoices of several pages that
repeat the letterhead, the customer's number and their own on each page, or say "continued" /
"Fortsetzung" / "suite"; one vendor's invoices back to back; a seller's terms on a page behind
its invoice; a supplier's statement with its remittance slip; one account's statements of two
months back to back, their pages unnumbered; a contract with its price annex; a contractor's
letter under the letterhead of the invoice it sends; blank separator pages (the first page
too); a file whose document system numbered its pages ("Seite 3 von 6") beside the documents'
own numbers.

What a reader splits them into, and so the labels:

- a **fax cover sheet** is a document of its own, of type ``letter`` (the correspondence that
  carries the rest, as a cover letter does); its date is its own issue date, never the
  invoice's;
- a **terms page** behind an invoice, a **remittance slip** behind a statement and an
  **annex** behind a contract belong to the document they follow;
- a **blank page** (empty, or "intentionally left blank") belongs to the document before it
  (the back of its last sheet), blank pages at the start to the first document, so the
  sections still cover every page in order.

Each section is labelled with its own key figures (number, vendor, total, dates by role) and
the page and box each was drawn at.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from testbed.evaluation import arrival_documents as docs
from testbed.evaluation.arrival_words import WORDS
from testbed.evaluation.corpus import Case, Labels, Writer
from testbed.evaluation.variety_packets import marked, packet_case
from testbed.evaluation.variety_pages import Line, Page


@dataclass(frozen=True, slots=True)
class Doc:
    """One document of a packet: its kind, language, pages and how it is drawn."""

    kind: str  # invoice, receipt, cover, fax, claim, statement, contract, blank
    lang: str
    pages: int = 1
    continuation: str = "repeat"
    terms: bool = False
    scanned: bool = False
    #: Drawn with the packet's first invoice's vendor (one vendor's invoices back to back).
    same_vendor: bool = False
    options: dict[str, str] = field(default_factory=dict)


def _claim(lang: str, how: str, *, scanned: bool = False, receipts: int = 1) -> tuple[Doc, ...]:
    return (
        Doc("cover", lang, scanned=scanned),
        Doc("claim", lang, scanned=scanned),
        Doc("invoice", lang, 2, how, scanned=scanned),
        *(Doc("receipt", lang, scanned=True) for _ in range(receipts)),
    )


_EN, _DE, _FR, _NL, _ES, _IT = "en", "de", "fr", "nl", "es", "it"
#: A statement that does not number its pages.
_UNNUMBERED = {"numbered": "no"}
#: Packet name -> its documents in page order; "fax" packets carry the fax machine's line.
PACKETS: dict[str, tuple[Doc, ...]] = {
    "claim-en": _claim(_EN, "continued"),
    "claim-de": _claim(_DE, "repeat"),
    "claim-fr": _claim(_FR, "continued"),
    "claim-nl-scanned": _claim(_NL, "running", scanned=True),
    "claim-es": _claim(_ES, "brought", receipts=2),
    "claim-it": _claim(_IT, "bare"),
    "fax-en": (Doc("fax", _EN), Doc("invoice", _EN, 2, "repeat")),
    "fax-de": (Doc("fax", _DE), Doc("invoice", _DE, 3, "continued")),
    "fax-fr-scanned": (
        Doc("fax", _FR, scanned=True), Doc("invoice", _FR, 2, "bare", scanned=True),
    ),
    "fax-it": (Doc("fax", _IT), Doc("invoice", _IT, 1, terms=True)),
    "invoice-terms-de": (Doc("invoice", _DE, 3, "repeat", terms=True), Doc("cover", _DE)),
    "one-vendor-en": (
        Doc("invoice", _EN, 2, "repeat"), Doc("invoice", _EN, 2, "repeat", same_vendor=True),
    ),
    "one-vendor-nl": (
        Doc("invoice", _NL, 1),
        Doc("invoice", _NL, 2, "repeat", same_vendor=True, scanned=True),
    ),
    "one-vendor-es": (
        Doc("invoice", _ES, 2, "running"), Doc("invoice", _ES, 1, same_vendor=True),
    ),
    "statement-en": (Doc("statement", _EN, 2), Doc("invoice", _EN, 1)),
    "statement-fr": (Doc("statement", _FR, 1), Doc("invoice", _FR, 1, terms=True)),
    "statement-de-scanned": (
        Doc("statement", _DE, 2, scanned=True), Doc("invoice", _DE, 1, scanned=True),
    ),
    "terms-fr": (
        Doc("invoice", _FR, 1, terms=True), Doc("invoice", _FR, 2, "continued", terms=True),
    ),
    "terms-it": (Doc("invoice", _IT, 2, "repeat", terms=True), Doc("receipt", _IT)),
    "contract-en": (Doc("contract", _EN), Doc("invoice", _EN, 1)),
    "contract-de": (Doc("cover", _DE), Doc("contract", _DE)),
    "contract-nl": (Doc("contract", _NL, scanned=True), Doc("statement", _NL, 1)),
    "blank-en": (
        Doc("cover", _EN), Doc("blank", _EN), Doc("invoice", _EN, 2, "bare"), Doc("blank", _EN),
        Doc("receipt", _EN),
    ),
    "blank-de-scanned": (
        Doc("invoice", _DE, 1, scanned=True), Doc("blank", _DE, scanned=True),
        Doc("invoice", _DE, 1, scanned=True), Doc("blank", _DE, options={"words": "yes"}),
        Doc("receipt", _DE, scanned=True), Doc("blank", _DE),
    ),
    "vendor-letter-nl": (Doc("cover", _NL, options={"from": "vendor"}), Doc("invoice", _NL, 2)),
    "blank-first-fr": (
        Doc("blank", _FR, scanned=True), Doc("invoice", _FR, 2, "bare"), Doc("blank", _FR),
        Doc("receipt", _FR),
    ),
    "dms-stamped-de": (Doc("cover", _DE), Doc("invoice", _DE, 2, "continued"), Doc("receipt", _DE)),
    "one-account-en": (
        Doc("statement", _EN, 1, options=_UNNUMBERED),
        Doc("statement", _EN, 2, options=_UNNUMBERED),
    ),
    "one-account-it-scanned": (
        Doc("statement", _IT, 2, scanned=True, options=_UNNUMBERED),
        Doc("statement", _IT, 1, scanned=True, options=_UNNUMBERED),
    ),
    "expenses-de": (
        Doc("claim", _DE), Doc("receipt", _DE), Doc("receipt", _DE, same_vendor=True),
        Doc("receipt", _DE, scanned=True, same_vendor=True),
    ),
    "mixed-languages": (
        Doc("cover", _FR), Doc("invoice", _DE, 2, "running"), Doc("receipt", _IT),
        Doc("invoice", _ES, 1),
    ),
}  # fmt: skip
#: Packets sent by fax: every page carries the machine's transmission line.
_FAXED = frozenset(name for name in PACKETS if name.startswith("fax-"))
#: Packets filed through a document system that numbers the file's pages at their foot.
_FILED = frozenset(name for name in PACKETS if name.startswith("dms-"))


def build_arrival_packets(seed: str) -> list[Case]:
    """The arriving packets, each drawn once: its bytes, its sections and their evidence."""
    cases = []
    for index, (name, plan) in enumerate(PACKETS.items()):
        rng = random.Random(f"{seed}-arrival-{name}")  # noqa: S311 - not for secrets
        drawn = _drawn(seed, name, plan)
        pages: list[Page] = []
        parts: list[Labels] = []
        ranges: list[tuple[int, int]] = []
        for doc, (writer, document) in zip(plan, drawn, strict=True):
            sheets = [marked(page, f"{len(parts)}.", doc.scanned) for page in document]
            first = len(pages) + 1 if ranges or not pages else 1  # blank pages before go with it
            if doc.kind == "blank" and ranges:  # the back of the document before it
                ranges[-1] = (ranges[-1][0], ranges[-1][1] + len(sheets))
            elif doc.kind != "blank":
                ranges.append((first, len(pages) + len(sheets)))
                parts.append(writer.labels(_TYPES.get(doc.kind, doc.kind)))
            pages += sheets
        if name in _FAXED:
            _fax_lines(rng, pages, next(day for role, day in parts[0].dates if role == "issue"))
        if name in _FILED:
            for n, page in enumerate(pages, start=1):
                stamp = f"Seite {n} von {len(pages)}"
                page.footer = f"{page.footer}      {stamp}" if page.footer else stamp
        scanned = any(doc.scanned for doc in plan)
        case_id, layout = f"arrival-packet-{index + 1:02d}", f"arrival-{name}"
        cases.append(packet_case(case_id, layout, pages, parts, ranges, scanned=scanned))
    return cases


#: The document type a reader files each kind of the plan under.
_TYPES = {"cover": "letter", "fax": "letter", "claim": "form"}


def _drawn(seed: str, name: str, plan: tuple[Doc, ...]) -> list[tuple[Writer, list[Page]]]:
    """The plan's documents drawn, the others before the covers so a cover letter can list
    the invoices and a fax cover count the pages; a claim's form and letter share its number,
    a fax cover is under the letterhead of the first invoice's seller."""
    out: dict[int, tuple[Writer, list[Page]]] = {}
    vendor: tuple[str, str] | None = None
    for at, doc in enumerate(plan):
        if doc.kind not in _COVERS:
            rng = random.Random(f"{seed}-arrival-{name}-{at}")  # noqa: S311 - not for secrets
            out[at] = _document(rng, f"{seed}-{name}", doc, vendor if doc.same_vendor else None)
            if doc.kind == "invoice" and vendor is None:
                shown = out[at][0].vendor or ""
                vendor = next(f for f in docs.FIRMS if shown.startswith(f[0]))
            elif doc.kind == "receipt" and vendor is None:  # a shop's next receipt
                vendor = (out[at][0].vendor or "", "")
    enclosed = [
        f"{WORDS[plan[at].lang].invoice.capitalize()} {writer.number}"
        for at, (writer, _) in sorted(out.items())
        if plan[at].kind == "invoice"
    ]
    claim = f"{random.Random(f'{seed}-{name}').randint(100000, 999999)}"  # noqa: S311
    total = sum(len(pages) for _, pages in out.values()) + 1
    for at, doc in enumerate(plan):
        rng = random.Random(f"{seed}-arrival-{name}-{at}")  # noqa: S311
        if doc.kind == "cover":
            sender = vendor if doc.options.get("from") == "vendor" else None
            out[at] = docs.cover_letter(rng, doc.lang, enclosed, claim, sender)
        elif doc.kind == "fax":
            out[at] = docs.fax_cover(rng, doc.lang, total, vendor)
        elif doc.kind == "claim":
            out[at] = docs.claim_form(rng, doc.lang, claim)
    return [out[at] for at in range(len(plan))]


#: Documents drawn after the rest, which they name or count.
_COVERS = frozenset({"cover", "fax", "claim"})


def _document(
    rng: random.Random, name: str, doc: Doc, vendor: tuple[str, str] | None
) -> tuple[Writer, list[Page]]:
    if doc.kind == "invoice":
        return docs.invoice(
            rng, doc.lang, doc.pages, vendor=vendor, continuation=doc.continuation,
            terms=doc.terms,
        )  # fmt: skip
    if doc.kind == "receipt":
        return docs.receipt(rng, doc.lang, shop=vendor[0] if vendor else None)
    if doc.kind == "statement":  # a packet's statements are of one account
        who = random.Random(f"{name}-account")  # noqa: S311 - not for secrets
        numbered = doc.options.get("numbered") != "no"
        return docs.statement(rng, doc.lang, doc.pages, who, numbered=numbered)
    if doc.kind == "contract":
        return docs.contract(rng, doc.lang)
    return Writer(rng), [_blank(doc)]


def _blank(doc: Doc) -> Page:
    page = Page()
    if doc.options.get("words"):
        for _ in range(20):
            page.add()
        page.add("", WORDS[doc.lang].blank)
    return page


def _fax_lines(rng: random.Random, pages: list[Page], day: str) -> None:
    """The fax machine's line across the top of every page: when it was sent (``day``, ISO),
    the sender's number, the page."""
    year, month, date = day.split("-")
    sent = f"{date}.{month}.{year} {rng.randint(8, 17):02d}:{rng.randint(10, 59)}"  # its time
    number = f"+{rng.randint(30, 49)} {rng.randint(10, 99)} {rng.randint(100000, 999999)}"
    style = rng.choice(("P.{n:03d}/{m:03d}", "S. {n}/{m}", "Page {n}", "#{n:02d}"))
    for n, page in enumerate(pages, start=1):
        stamp = style.format(n=n, m=len(pages))
        page.lines.insert(0, Line(((30.0, f"{sent}   FAX {number}"), (470.0, stamp)), "body"))
