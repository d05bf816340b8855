"""Packets as they reach an accounts-payable mailroom or a claims desk, for the ledger
documents (:mod:`testbed.evaluation.variety_ledger`): a morning's batch scan of invoices from
different suppliers; a purchase order, its delivery note and the invoice quoting both; a
statement of account followed by the customer's remittance advice; a health insurance
claim's cover letter, claim form, physiotherapy invoice and pharmacy receipt; invoices
running over two pages ("Page 2 of 2", "Transport", "Continued"), with blank separator pages
and with their terms and conditions printed on the back page.

Labelled as ``docs/analysis-schema.md`` says a reader splits them: each document a section
(its type, its first and last page, its own figures and rows); a blank page, a continuation
page and a terms page belong to the document before them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from testbed.evaluation.corpus import Case, Labels, Section
from testbed.evaluation.packets import whole_labels
from testbed.evaluation.scan_sheet import Sheet
from testbed.evaluation.truth import Evidence, prefixed
from testbed.evaluation.variety_ledger_build import Drawn, doc_strings
from testbed.evaluation.variety_ledger_claims import (
    claim_facts,
    claim_form,
    cover_letter,
    pharmacy_receipt,
    physio_invoice,
)
from testbed.evaluation.variety_ledger_long import gastro, groothandel, long_po
from testbed.evaluation.variety_ledger_paper import blank, printed, set_doc
from testbed.evaluation.variety_ledger_services import cash_carry, returns, studio, vat_lines
from testbed.evaluation.variety_ledger_style import someday
from testbed.evaluation.variety_ledger_trades import factura, facture, fattura, fatura, werkstatt
from testbed.evaluation.variety_ledger_trail import (
    delivery_note,
    order_facts,
    purchase_order,
    statement_pair,
    trail_invoice,
)

#: A part of a packet: a document (its kind and itself) or a blank page (its words).
type Part = tuple[str, Drawn | str]
type Rngs = Callable[[], random.Random]

_TERMS = {
    "fr": ("Conditions générales de vente", [
        "1. Les présentes conditions s'appliquent à toutes nos prestations de menuiserie.",
        "2. Les délais d'exécution sont donnés à titre indicatif.",
        "3. Le transfert de propriété n'intervient qu'au paiement intégral du prix.",
        "4. Tout retard de paiement entraîne des pénalités au taux légal majoré.",
        "5. Garantie : les ouvrages sont garantis conformément aux articles 1792 et suivants "
        "du Code civil.", "6. Litiges : tribunal de commerce d'Angers."]),
    "en": ("Terms and Conditions", [
        "1. These terms apply to all work undertaken by the studio.",
        "2. Invoices are payable within 30 days of the invoice date.",
        "3. Copyright in all work passes to the client on payment in full.",
        "4. Late payments may attract interest under the Late Payment of Commercial Debts "
        "(Interest) Act 1998.", "5. Either party may end the engagement on 14 days' notice."]),
}  # fmt: skip


def _with_terms(drawn: Drawn, lang: str) -> Drawn:
    """The document with its terms and conditions printed on a page of its own after it."""
    title, lines = _TERMS[lang]
    drawn.doc.blocks += [("page", None), ("bold", [title]), ("gap", 1), ("small", lines)]
    return drawn


def _batch_uk(r: Rngs) -> list[Part]:
    return [("invoice", vat_lines(r())), ("invoice", returns(r())), ("invoice", studio(r()))]


def _batch_de(r: Rngs) -> list[Part]:
    return [("invoice", werkstatt(r())), ("blank", ""), ("invoice", gastro(r())), ("blank", "")]


def _trail(lang: str) -> Callable[[Rngs], list[Part]]:
    def parts(r: Rngs) -> list[Part]:
        order = order_facts(r(), lang)
        return [("purchase_order", purchase_order(r(), order)),
                ("other", delivery_note(r(), order)),
                ("invoice", trail_invoice(r(), order))]  # fmt: skip

    return parts


def _statement(lang: str) -> Callable[[Rngs], list[Part]]:
    def parts(r: Rngs) -> list[Part]:
        first, advice = statement_pair(r(), lang)
        return [("statement", first), ("other", advice)]

    return parts


def _claim(lang: str, gap: bool = False) -> Callable[[Rngs], list[Part]]:
    def parts(r: Rngs) -> list[Part]:
        facts = claim_facts(r(), lang, someday(r()))
        invoice, fee = physio_invoice(r(), facts)
        receipt, paid = pharmacy_receipt(r(), facts)
        facts = replace(facts, invoice_total=fee, receipt_total=paid)
        out: list[Part] = [("letter", cover_letter(r(), facts)),
                           ("form", claim_form(r(), facts))]  # fmt: skip
        if gap:
            out.append(("blank", "Diese Seite bleibt absichtlich leer."))
        return [*out, ("invoice", invoice), ("receipt", receipt)]

    return parts


def _terms_fr(r: Rngs) -> list[Part]:
    return [("invoice", _with_terms(facture(r()), "fr")), ("invoice", facture(r()))]


def _terms_en(r: Rngs) -> list[Part]:
    return [("invoice", _with_terms(studio(r()), "en")), ("invoice", cash_carry(r()))]


def _batch_south(r: Rngs) -> list[Part]:
    """A shared-service centre's morning scan: Italian, Portuguese and Spanish suppliers."""
    return [("invoice", fattura(r())), ("invoice", fatura(r())), ("invoice", factura(r()))]


def _continued_nl(r: Rngs) -> list[Part]:
    return [("invoice", groothandel(r())), ("blank", "Deze pagina is bewust leeg gelaten."),
            ("invoice", groothandel(r()))]  # fmt: skip


def _po_then_invoice(r: Rngs) -> list[Part]:
    return [("purchase_order", long_po(r())), ("invoice", vat_lines(r()))]


#: (name, the packet's parts, how it was scanned: ``None`` a text PDF).
PACKETS: tuple[tuple[str, Callable[[Rngs], list[Part]], str | None], ...] = (
    ("batch-uk", _batch_uk, "skew"),
    ("batch-de", _batch_de, None),
    ("trail-en", _trail("en"), None),
    ("trail-de", _trail("de"), "lowres"),
    ("statement-en", _statement("en"), None),
    ("statement-fr", _statement("fr"), None),
    ("claim-en", _claim("en"), None),
    ("claim-es", _claim("es"), "skew"),
    ("claim-de", _claim("de", gap=True), None),
    ("terms-fr", _terms_fr, None),
    ("terms-en", _terms_en, None),
    ("continued-nl", _continued_nl, None),
    ("po-invoice", _po_then_invoice, "skew"),
    ("batch-south", _batch_south, "lowres"),
)


def build_ledger_packets(seed: str) -> list[Case]:
    """The packets, named ``ledger-packet-<name>``, each section labelled by its document."""
    cases = []
    for name, make, scan in PACKETS:
        rng = _Draws(f"{seed}-ledger-packet-{name}")
        cases.append(_bundled(f"ledger-packet-{name}", make(rng), rng(), scan))
    return cases


class _Draws:
    """A fresh seeded generator for each document of a packet, in turn."""

    def __init__(self, seed: str) -> None:
        self.seed, self.count = seed, 0

    def __call__(self) -> random.Random:
        self.count += 1
        return random.Random(f"{self.seed}-{self.count}")  # noqa: S311 - not for secrets


def _bundled(case_id: str, parts: list[Part], rng: random.Random, scan: str | None) -> Case:
    sheets: list[Sheet] = []
    spans: list[list[int]] = []
    kinds: list[tuple[str, Drawn]] = []
    for kind, part in parts:
        if isinstance(part, str):
            sheets.append(blank(part))
            if spans:
                spans[-1][1] = len(sheets)
            continue
        prefix = f"{len(kinds)}."
        for sheet in set_doc(part.doc):
            sheet.texts = [replace(t, text=prefixed(t.text, prefix)) for t in sheet.texts]
            sheets.append(sheet)
        spans.append([1 if not spans else spans[-1][1] + 1, len(sheets)])
        kinds.append((kind, part))
    out = printed(sheets, rng, scan)
    labels: list[Labels] = [drawn.pen.w.labels(kind) for kind, drawn in kinds]
    sections = tuple(
        Section((first, last), replace(part, evidence=_evidence(out.evidence, f"{n}.")))
        for n, (part, (first, last)) in enumerate(zip(labels, spans, strict=True))
    )
    return Case(
        case_id=case_id,
        kind="packet",
        fmt="pdf",
        layout=case_id.removeprefix("ledger-packet-"),
        blocks=(("lines", [s for _, d in kinds for s in doc_strings(d.doc)]),),
        labels=whole_labels(labels, sections),
        data=out.data,
        scanned=scan is not None,
    )


def _evidence(found: dict[str, Evidence], prefix: str) -> tuple[tuple[str, Evidence], ...]:
    return tuple(
        sorted((k.removeprefix(prefix), e) for k, e in found.items() if k.startswith(prefix))
    )


__all__ = ["PACKETS", "build_ledger_packets"]
