"""Due-date probes: one-page invoices, bills, statements, card statements and credit notes
drawn at random from the cross product of how the world prints a due date, to test the
analyzer's due-date rules on combinations no one wrote a rule from.

The axes, each drawn independently per probe (:func:`build_due_probes`):

- the language and country (:data:`testbed.evaluation.probe_dues_words.TONGUES`: US and
  British English, German of Germany, Austria and Switzerland, French of France and
  Belgium, Dutch, Spanish, Italian, Portuguese, Swedish, Danish, Norwegian, Finnish,
  Polish, Czech), with its money, date formats and labels;
- the kind of paper (an invoice, a utility bill, a supplier's statement, a card statement,
  a credit note: no due date);
- how the due day is given: a date under one of the language's due labels, terms in days
  from the invoice date ("Net 30", "zahlbar innerhalb von 14 Tagen", "à 30 jours": labelled
  as the day they give), or "pay now" ("Due on receipt", "sofort fällig": the issue day, the
  development set's convention);
- where it stands: "Label: value" under the title, a band of labels over their values, the
  right-hand panel beside the address, a sentence asking for the amount by the day, the
  payment slip at the foot, or a table of instalments (several due days: no single one);
- the dates that are not due dates beside it: delivery, order, a billing period, the last
  payment received;
- the file: PDF set at positions or flowed, a scanned PDF or a photograph (read by OCR),
  DOCX, HTML, Markdown, plain text, e-mail.

Every printed key figure is labelled (number, issue date, due date, total), and the vendor
(none on a card statement) and amounts, so the probes score like development cases; the
probes print no item table, so their line items are not scored.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field, replace

from testbed.evaluation.boundary_cases import drawn
from testbed.evaluation.commerce_cases import wrapped_rows
from testbed.evaluation.corpus import Block, Case, Writer
from testbed.evaluation.probe_dues_words import TONGUES, Tongue, written
from testbed.evaluation.variety_dues_print import Sheet, sheet_blocks, sheet_pdf
from testbed.evaluation.variety_dues_style import digits, someday

#: Kinds of paper and how often each is drawn; (label, document type).
KINDS = {"invoice": 5, "bill": 2, "statement": 1, "card": 1, "credit": 1}
_TYPES = {"card": "statement", "statement": "statement"}
#: How the due day is given, and how often.
FORMS = {"date": 7, "terms": 2, "now": 1}
#: Where the due day stands, and how often.
PLACES = {"kv": 3, "band": 2, "panel": 3, "sentence": 1, "slip": 1, "instalments": 1}
#: File formats, and how often (a scan or photograph for a minority).
FORMATS = {
    "pdf": 6, "pdf-flow": 2, "docx": 2, "html": 2, "txt": 2, "eml": 2, "md": 1,
    "pdf-scan": 1, "jpg": 1,
}  # fmt: skip
#: Days from the invoice to its due day.
TERMS_DAYS = (7, 10, 14, 15, 20, 30, 45, 60)
#: The vendors and customers (this module's own names).
_VENDORS = (
    "Northwind Utilities", "Kestrel Office Supply", "Baltic Freight Partners",
    "Alpenblick Technik", "Lumen Software", "Greywater Services", "Orchard Print Works",
)  # fmt: skip
_CUSTOMERS = ("Harbour Dental Group", "Meridian Tools", "Cobalt Design Studio", "Fenwick Bakery")
#: A statement's date and total labels, by language (statements are drawn in these only).
_STATEMENT_WORDS = {
    "en": ("Statement Date", "New Balance"),
    "de": ("Abrechnungsdatum", "Neuer Saldo"),
    "fr": ("Date du relevé", "Nouveau solde"),
}


@dataclass
class _Probe:
    """One probe being written: its tongue, and the labels of everything it prints."""

    rng: random.Random
    tongue: Tongue
    style: str
    w: Writer = field(init=False)

    def __post_init__(self) -> None:
        self.w = Writer(self.rng)  # its money style is unused: the tongue writes money
        self.w.currency = self.tongue.currency

    def money(self, amount: float) -> str:
        self.w._add(self.w.amounts, (round(amount, 2), self.tongue.currency))
        return self.tongue.amount(amount)

    def total(self, amount: float) -> str:
        self.w.total = (round(amount, 2), self.tongue.currency)
        return self.w.key("total", self.money(amount))

    def day(self, day: dt.date, role: str | None) -> str:
        return self.labelled(day, role, written(day, self.style))

    def labelled(self, day: dt.date, role: str | None, text: str) -> str:
        """``text`` (a date or the terms that give it) printed for ``day`` in ``role``."""
        if role is None:
            return text
        self.w._add(self.w.dates, (role, day.isoformat()))
        name = {"issue": "issueDate", "due": "dueDate"}[role]
        return self.w.key(name, text)


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def build_due_probes(seed: int, count: int) -> list[Case]:
    """``count`` probes, the same for the same ``seed``, named ``probe-dues-<seed>-NNN``."""
    return [_probe(seed, index) for index in range(count)]


def _probe(seed: int, index: int) -> Case:
    rng = random.Random(f"probe-dues-{seed}-{index}")  # noqa: S311 - a sample, not a secret
    tongue = rng.choice(TONGUES)
    kinds = {k: n for k, n in KINDS.items() if k in tongue.titles}
    kind = _weighted(rng, kinds)
    form = "none" if kind == "credit" else _weighted(rng, FORMS)
    if kind == "card":
        form = "date"  # a card statement always prints the day the payment is due
    if form == "now" and not tongue.immediate:
        form = "date"
    place = _weighted(rng, PLACES)
    if form != "date" and place in ("sentence", "slip", "instalments"):
        place = "kv"
    if place == "instalments" and kind != "invoice":
        place = "panel"
    plan_fmt = _weighted(rng, FORMATS)
    p = _Probe(rng, tongue, rng.choice(tongue.dates))
    sheet = _sheet(p, kind, form, place)
    fmt = plan_fmt.removesuffix("-scan").removesuffix("-flow")
    case = Case(
        case_id=f"probe-dues-{seed}-{index + 1:03d}",
        kind=_TYPES.get(kind, "invoice"),
        fmt=fmt,
        layout=f"{tongue.code}/{kind}/{form}/{place}",
        blocks=tuple(wrapped_rows(sheet_blocks(sheet), inline=fmt in ("docx", "html"))),
        # The probes print no item table: line items are not what they test.
        labels=replace(p.w.labels(_TYPES.get(kind, "invoice")), line_items=None),
        scanned=plan_fmt.endswith("-scan"),
    )
    if plan_fmt == "pdf":
        data, found = sheet_pdf(sheet)
        labels = replace(case.labels, evidence=tuple(sorted(found.items())))
        return replace(case, data=data, labels=labels)
    return drawn(case, rng)


def _sheet(p: _Probe, kind: str, form: str, place: str) -> Sheet:
    """The probe's page: letterhead, details, the due day where ``place`` puts it, a few
    dates that are not due dates, the charges and the total."""
    rng, t = p.rng, p.tongue
    vendor = rng.choice(_VENDORS)
    # A card statement has no vendor (its issuer sells nothing), as the development set has it.
    if kind != "card":
        p.w.vendor = vendor
        vendor = p.w.key("vendor", p.w.plain_org(vendor))
    head = [vendor, "Industrieweg 12, 4811 Breda"]
    customer = p.w.plain_org(rng.choice(_CUSTOMERS))
    issued = someday(rng)
    days = rng.choice(TERMS_DAYS)
    gross = round(rng.uniform(40, 4000), 2) * (-1 if kind == "credit" else 1)
    number = _number(rng, kind)
    details: list[tuple[str, str]] = []
    if number:
        details.append((rng.choice(t.number), p.w.key("documentNumber", number)))
        p.w.number = number
    statement = _STATEMENT_WORDS.get(t.code[:2]) if kind in ("statement", "card") else None
    issue_label, total_label = statement or (rng.choice(t.issue), rng.choice(t.total))
    details.append((issue_label, p.day(issued, "issue")))
    others = _distractors(p, issued, kind)
    due_label, due_value = _due(p, form, issued, days)
    body: list[Block] = [("title", t.titles[kind])]
    slip: list[Block] = []
    amount_text = p.money(gross)
    charges: list[Block] = [("kv", [(total_label, p.total(gross))])]
    due = [(due_label, due_value)] if due_label else []
    sheet = Sheet(head=head, address=[customer, "Kerkstraat 5", "1017 GA Amsterdam"])
    if place == "instalments":
        body += [("kv", details + others), *charges, _instalments(p, issued, gross)]
    elif place == "band":
        row = [*details, *others[:1], *due]
        body += [("table", [[a for a, _ in row], [b for _, b in row]]), *others[1:2], *charges]
    elif place == "panel":
        sheet.panel = [*details, *due, *others]
        sheet.panel_style = rng.choice(("box", "stack"))
        sheet.text_panel = rng.choice(("kv", "columns", "kv_below"))
        body += charges
    elif place == "sentence":
        body += [("kv", details + others), *charges]
        body.append(("para", t.sentence.format(amount=amount_text, date=due_value)))
    elif place == "slip":
        body += [("kv", details + others), *charges]
        slip = [("kv", [*details[:1], (due_label, due_value), (t.total[0], amount_text)])]
    else:
        pairs = [*details, *others]
        pairs[rng.randint(1, len(pairs)) : 0] = due
        body += [("kv", pairs), *charges]
    sheet.body, sheet.slip = body, slip
    return sheet


def _number(rng: random.Random, kind: str) -> str | None:
    """The paper's own number (a card statement prints the card's, masked: no number)."""
    if kind == "card":
        return None
    prefix = rng.choice(("INV", "RE", "F", "CN", "", "2026/"))
    return f"{prefix}{'-' if prefix.isalpha() else ''}{digits(rng, rng.choice((4, 5, 6)))}"


def _due(p: _Probe, form: str, issued: dt.date, days: int) -> tuple[str, str]:
    """The due day's label and value as ``form`` gives it (("", "") for none)."""
    t = p.tongue
    if form == "date":
        return p.rng.choice(t.due), p.day(issued + dt.timedelta(days=days), "due")
    if form == "terms":
        label, value = p.rng.choice(t.terms)
        due = issued + dt.timedelta(days=days)
        return label, p.labelled(due, "due", value.format(d=days))
    if form == "now":
        label, value = p.rng.choice(t.immediate)
        return label, p.labelled(issued, "due", value)
    return "", ""


def _distractors(p: _Probe, issued: dt.date, kind: str) -> list[tuple[str, str]]:
    """Dates that are not due dates, as (label, value): a delivery, an order, the period
    billed (always on a bill or a statement), the last payment received (a statement's only
    other dates: it delivers nothing)."""
    rng, t = p.rng, p.tongue
    before = issued - dt.timedelta(days=rng.randint(1, 20))
    start = issued - dt.timedelta(days=rng.randint(28, 40))
    end = issued - dt.timedelta(days=rng.randint(1, 5))
    period = (t.period, f"{p.day(start, None)} - {p.day(end, None)}")
    choices = [
        (t.delivery, p.day(before, None)),
        (t.order, p.day(before - dt.timedelta(days=rng.randint(1, 9)), None)),
        (t.paid, p.day(start - dt.timedelta(days=rng.randint(1, 9)), None)),
    ]
    if kind in ("statement", "card"):
        return [period, *choices[2:]][: rng.randint(1, 2)]
    picked = rng.sample(choices, rng.randint(0, 2))
    return [period, *picked] if kind == "bill" else picked


def _instalments(p: _Probe, issued: dt.date, gross: float) -> Block:
    """A table of instalments: each day a due day (so no single due date is labelled)."""
    parts = p.rng.choice((2, 3))
    share = round(gross / parts, 2)
    rows = [["#", p.tongue.due[0], p.tongue.total[0]]]
    for n in range(parts):
        day = issued + dt.timedelta(days=30 * (n + 1))
        amount = share if n < parts - 1 else round(gross - share * (parts - 1), 2)
        rows.append([str(n + 1), p.day(day, "due"), p.money(amount)])
    return ("table", rows)


__all__ = ["FORMATS", "KINDS", "PLACES", "build_due_probes"]
