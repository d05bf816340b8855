"""Author ``rhine``: everyday papers from continental Europe, written and labelled by a
reader who never saw the rules (invoices, credit notes, orders, till slips, statements,
utility bills, contracts, letters and minutes in German, French, Dutch, Italian, Spanish,
Portuguese, Swedish, Danish, Polish and Czech).

Each template returns the page (:class:`~testbed.evaluation.probe_sheets.Sheet`) and the
labels a careful bookkeeper reads from it; the builder draws templates in shuffled rounds so
that every kind of paper turns up, and renders each as such papers arrive (mostly
born-digital, about one in six through OCR).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from testbed.evaluation.author_rhine_accounts import (
    bank_statement,
    card_statement,
    phone_bill,
    power_bill,
)
from testbed.evaluation.author_rhine_europe import european_invoice
from testbed.evaluation.author_rhine_german import gutschrift, rechnung, swiss_rechnung
from testbed.evaluation.author_rhine_notices import lieferschein, mahnung
from testbed.evaluation.author_rhine_papers import (
    geschaeftsbrief,
    mietvertrag,
    protokoll,
    wartungsvertrag,
)
from testbed.evaluation.author_rhine_tills import till_slip
from testbed.evaluation.author_rhine_trade import auftragsbestaetigung, bestellung
from testbed.evaluation.boundary_cases import drawn
from testbed.evaluation.probe_sheets import RENDERINGS, rendering, sheet_case
from testbed.evaluation.truth import Case, Labels, unmark
from testbed.evaluation.variety_dues_print import Sheet, sheet_blocks

type Template = Callable[[random.Random], tuple[Sheet, Labels]]

#: Template name -> template; the European invoice counts twice (ten countries share it).
TEMPLATES: dict[str, Template] = {
    "rechnung": rechnung,
    "swiss-rechnung": swiss_rechnung,
    "gutschrift": gutschrift,
    "european-invoice": european_invoice,
    "european-invoice-2": european_invoice,
    "bestellung": bestellung,
    "auftragsbestaetigung": auftragsbestaetigung,
    "till-slip": till_slip,
    "bank-statement": bank_statement,
    "card-statement": card_statement,
    "power-bill": power_bill,
    "phone-bill": phone_bill,
    "mietvertrag": mietvertrag,
    "wartungsvertrag": wartungsvertrag,
    "geschaeftsbrief": geschaeftsbrief,
    "protokoll": protokoll,
    "lieferschein": lieferschein,
    "mahnung": mahnung,
}


def build_rhine_documents(seed: int, count: int) -> list[Case]:
    """``count`` papers drawn from ``seed``: templates in shuffled rounds, the first
    renderings one of each kind (so a small draw shows them all), then by weight."""
    rng = random.Random(f"author-rhine-{seed}")  # noqa: S311 - not for secrets
    names: list[str] = []
    ways = list(RENDERINGS)
    rng.shuffle(ways)
    cases = []
    for index in range(count):
        if not names:
            names = list(TEMPLATES)
            rng.shuffle(names)
        name = names.pop()
        sheet, labels = TEMPLATES[name](rng)
        how = ways[index] if index < len(ways) else rendering(rng)
        case_id = f"author-rhine-{seed}-{index:03d}"
        if how == "eml" and sheet.head:
            cases.append(_mailed(case_id, sheet, labels, rng))
        else:
            cases.append(sheet_case(case_id, sheet, labels, how, rng))
    return cases


def _mailed(case_id: str, sheet: Sheet, labels: Labels, rng: random.Random) -> Case:
    """The paper as the body of an e-mail from whoever wrote it (the letterhead's firm: the
    buyer for a purchase order, not the vendor the shared renderer would assume)."""
    writer = unmark(sheet.head[0])
    address = "".join(ch for ch in writer.lower() if ch.isalnum())[:18]
    title = next((unmark(v) for k, v in sheet.body if k in ("title", "heading")), writer)
    headers = [
        ("From", f"{writer} <office@{address}.example>"),
        ("To", "buchhaltung@kunde.example"),
        ("Subject", title),
    ]
    blocks = (("kv", headers), *sheet_blocks(sheet))
    case = Case(case_id, labels.document_type, "eml", "eml", blocks, labels)
    return drawn(case, rng)


__all__ = ["TEMPLATES", "build_rhine_documents"]
