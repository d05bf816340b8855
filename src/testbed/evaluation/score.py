"""Scoring an analysis against a case's labels, field by field, as a reader would compare.

Each field becomes a set of normalised facts per document (a company with or without its
trailing full stop is one fact; "Ms. Patel" and "Patel" are the same person only if the
analyzer merged them); true positives, false positives and misses are summed over the set
(micro-averaged) into precision, recall and F1. The document type is one fact per document,
so its precision and recall are both its accuracy. Only what the analysis says is read —
never the file name or the case id.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from testbed.evaluation.corpus import DATE_ROLES, Case, Labels
from testbed.evaluation.structure import Structure, predicted_figures
from testbed.evaluation.truth import LINE_ITEM_TYPES

#: Scored fields, in the order the table prints them.
FIELDS = (
    "documentType", "documentNumber", "organizations", "people", "vendor", "total", "amounts",
    "dates",
)  # fmt: skip
#: Fields a packet's sections carry, not the file as a whole.
_PER_SECTION = frozenset({"documentNumber", "vendor", "total"})
_HONORIFICS = re.compile(r"^(?:(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+)+", re.IGNORECASE)
#: Roles that name a person when a party carries no ``kind`` (older analyses).
_PERSON_ROLES = frozenset({"recipient", "sender", "attendee", "author", "signatory", "employee"})

type Facts = dict[str, set[Any]]


def norm_org(name: str) -> str:
    """Case, punctuation and spacing do not distinguish organisations: "Acme Inc." is "ACME
    Inc", and OCR's "SUNRISEPHARMACY" is the shop printed "SUNRISE PHARMACY" (OCR drops the
    spaces in capitals; the analyzer cannot put them back and a reader would not care)."""
    name = re.sub(r"^the\s+", "", name.casefold().strip())
    return re.sub(r"[\W_]+", "", name)


def norm_person(name: str) -> str:
    return " ".join(_HONORIFICS.sub("", name.strip()).replace(".", "").casefold().split())


def predicted_fields(analysis: dict[str, Any]) -> Facts:
    """The facts an analysis states, normalised for comparison."""
    entities = analysis.get("entities", {})
    figures = analysis.get("keyFigures", {})
    organizations: set[str] = set()
    people: set[str] = set()
    for party in entities.get("parties", []):
        kind = party.get("kind") or (
            "person" if party.get("role") in _PERSON_ROLES else "organization"
        )
        if kind == "person":
            people.add(norm_person(party["name"]))
        else:
            organizations.add(norm_org(party["name"]))
    number = figures.get("documentNumber") or figures.get("invoiceNumber")
    total = figures.get("total")
    return {
        "documentType": {analysis.get("documentType")},
        "documentNumber": {str(number).casefold()} if number else set(),
        "organizations": organizations,
        "people": people,
        "vendor": {norm_org(figures["vendor"])} if figures.get("vendor") else set(),
        "total": {_money(total)} if isinstance(total, dict) else set(),
        "amounts": {_money(a) for a in entities.get("amounts", []) if a.get("currency")},
        "dates": {
            (d.get("role"), d["value"])
            for d in entities.get("dates", [])
            if d.get("role") in DATE_ROLES
        },
    }


def expected_fields(labels: Labels) -> Facts:
    return {
        "documentType": {labels.document_type},
        "documentNumber": {labels.number.casefold()} if labels.number else set(),
        "organizations": {norm_org(name) for name in labels.organizations},
        "people": {norm_person(name) for name in labels.people},
        "vendor": {norm_org(labels.vendor)} if labels.vendor else set(),
        "total": {(round(labels.total[0], 2), labels.total[1])} if labels.total else set(),
        "amounts": {(round(amount, 2), currency) for amount, currency in labels.amounts},
        "dates": set(labels.dates),
    }


def _money(item: dict[str, Any]) -> tuple[float, str | None]:
    return (round(float(item.get("amount", 0.0)), 2), item.get("currency"))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scoreboard:
    """Counts per field, type accuracy per kind, time per document, and every miss."""

    counts: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    kinds: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    perfect: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    #: Key figures right and labelled, per format ("pdf (scan)" for pictures in a PDF).
    formats: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    seconds: list[float] = field(default_factory=list)
    ms_per_page: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    structure: Structure = field(default_factory=Structure)

    def add(self, case: Case, analysis: dict[str, Any], seconds: float, chars: int) -> None:
        predicted, expected = predicted_fields(analysis), expected_fields(case.labels)
        clean = True
        packet = bool(case.labels.sections)
        for name in FIELDS:
            if packet and name in _PER_SECTION:
                continue
            got, want = predicted[name], expected[name]
            counts = self.counts[name]
            counts.tp += len(got & want)
            counts.fp += len(got - want)
            counts.fn += len(want - got)
            if got != want:
                clean = False
                self.misses.append(
                    f"{case.case_id} ({case.fmt}) {name}: "
                    f"missing {sorted(map(str, want - got))} extra {sorted(map(str, got - want))}"
                )
        before = self._figure_tally()
        if packet:
            self._add_packet(case, analysis)
        else:
            self._add_document(case.case_id, analysis, case.labels)
            if len(analysis.get("sections") or []) > 1:
                self.structure.false_splits += 1
                self.misses.append(f"{case.case_id} ({case.fmt}) split into sections")
        right, total = (
            after - was for after, was in zip(self._figure_tally(), before, strict=True)
        )
        tally = self.formats[_format_name(case)]
        tally[0], tally[1], tally[2] = tally[0] + 1, tally[1] + right, tally[2] + total
        self.kinds[case.kind].append(analysis.get("documentType") == case.labels.document_type)
        self.perfect[case.kind].append(clean)
        self.seconds.append(seconds)
        self.ms_per_page.append(seconds * 1000 / max(1.0, chars / PAGE_CHARS))

    def _add_document(self, case_id: str, analysis: dict[str, Any], labels: Labels) -> None:
        """Key figures, line items and evidence of one document (or one packet section)."""
        got = predicted_figures(analysis.get("keyFigures") or {}, norm_org)
        want = labels.key_figures()
        if "vendor" in want:
            want["vendor"] = norm_org(want["vendor"])
        self.structure.add_figures(case_id, got, want)
        if labels.line_items is not None and labels.document_type in LINE_ITEM_TYPES:
            self.structure.add_rows(
                case_id, list(analysis.get("lineItems") or []), labels.line_items
            )
        if labels.evidence:
            self.structure.add_evidence(case_id, analysis.get("evidence") or {}, labels.evidence)

    def _add_packet(self, case: Case, analysis: dict[str, Any]) -> None:
        """Sections exact or not; each labelled section scored against the predicted section
        with the same pages (none: everything it holds is missed). A section that cites no
        evidence of its own (the schema's sections need not) is held to the file's."""
        got = [s for s in analysis.get("sections") or [] if isinstance(s, dict)]
        by_pages = {tuple(s.get("pages") or ()): s for s in got}
        said = [(s.get("documentType"), tuple(s.get("pages") or ())) for s in got]
        want = [(s.labels.document_type, s.pages) for s in case.labels.sections]
        self.structure.packets += 1
        if said == want:
            self.structure.packets_exact += 1
        else:
            self.misses.append(f"{case.case_id} sections: want {want} got {said}")
        for index, section in enumerate(case.labels.sections):
            found = by_pages.get(section.pages, {})
            if section.pages not in by_pages:
                self.structure.figures_unplaced += len(section.labels.key_figures())
            if "evidence" not in found:
                found = {**found, "evidence": analysis.get("evidence") or {}}
            self._add_document(f"{case.case_id}/{index + 1}", found, section.labels)

    def _figure_tally(self) -> tuple[int, int]:
        s = self.structure
        return sum(s.figures_right.values()), sum(s.figures_total.values())

    def format_table(self) -> list[tuple[str, int, int, int]]:
        """(format, documents, key figures right, key figures labelled), by format."""
        return [(name, d, r, t) for name, (d, r, t) in sorted(self.formats.items())]

    def f1(self, name: str) -> float:
        return self.counts[name].f1

    def field_table(self) -> list[tuple[str, float, float, float, int]]:
        return [(name, c.precision, c.recall, c.f1, c.tp + c.fn) for name, c in self.counts.items()]

    def kind_table(self) -> list[tuple[str, int, float, float]]:
        return [
            (kind, len(hits), sum(hits) / len(hits), sum(self.perfect[kind]) / len(hits))
            for kind, hits in self.kinds.items()
        ]

    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000 if self.seconds else 0.0

    def median_ms_per_page(self) -> float:
        return statistics.median(self.ms_per_page) if self.ms_per_page else 0.0


def _format_name(case: Case) -> str:
    return f"{case.fmt} (scan)" if case.scanned and case.fmt not in {"png", "jpg"} else case.fmt


#: Characters on a typical page of text (for "milliseconds per page").
PAGE_CHARS = 3000
