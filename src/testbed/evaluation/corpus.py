"""The labelled evaluation set: business documents written from a seed, with what a reader
would take from each.

Every name, amount and date a template prints goes through a :class:`Writer` method that
both formats it (in one of several real-world styles) and records it in the labels, so the
labels say exactly what the document says: nothing is labelled that is not printed, and
nothing is read back from a file name (every case is called ``document.<ext>``).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from testbed.evaluation.truth import DATE_FIGURES, Block, Case, Labels, LineItem, Section, mark

__all__ = ["Block", "Case", "Labels", "Section", "build_corpus"]


#: Document kinds of the set, and the ``documentType`` each should be analysed as.
KINDS = (
    "invoice", "receipt", "purchase_order", "contract", "letter", "memo", "minutes",
    "report", "form", "statement",
)  # fmt: skip
#: Date roles that are labelled (other dates are printed but not scored).
DATE_ROLES = ("issue", "due", "effective", "end")

#: (name without suffix, suffix); the suffix's trailing full stop is printed or not per use.
COMPANIES = (
    ("Northwind Analytics", "LLC"), ("Harbor Logistics", "Inc."), ("Brightwater Foods", "Ltd."),
    ("Keller & Sohn", "GmbH"), ("Globex Retail", "Inc."), ("Alpine Data Systems", "AG"),
    ("Redwood Legal Services", "LLP"), ("Meridian Health Partners", "Corp."),
    ("Lumen Energy", "plc"), ("Castillo Hermanos", "S.A."), ("Oakridge Facilities", "Ltd."),
    ("Tidewater Marine", "Co."), ("Van Dijk Logistiek", "B.V."), ("Nordlicht Software", "GmbH"),
    ("Pinecrest Capital", "LLC"), ("Summit Office Supply", "Inc."), ("Atlas Freight", "Limited"),
    ("Bluebird Media", "Pty Ltd"), ("Crescent Biotech", "Corporation"),
    ("Ironbridge Engineering", "Ltd."), ("Solaris Components", "SAS"),
    ("Whitfield Insurance Group", "plc"), ("Granite Peak Construction", "Inc."),
    ("Everline Telecom", "AG"),
)  # fmt: skip
#: Shops and banks as they name themselves (no legal suffix).
MERCHANTS = (
    "Corner Market", "Green Leaf Grocers", "Blue Door Cafe", "Metro Hardware",
    "Sunrise Pharmacy", "Harbour Books", "City Fuel Station", "Golden Wok Kitchen",
)  # fmt: skip
BANKS = (
    ("First Harbor Bank", "plc"),
    ("Continental Savings Bank", "AG"),
    ("Union Trust Bank", "Inc."),
)
FIRST_NAMES = (
    "Maria", "Thomas", "Aisha", "Jonas", "Priya", "Oliver", "Sofia", "Kenji", "Fatima", "Liam",
    "Chloe", "Mateo", "Anna", "David", "Emma", "Lucas", "Hannah", "Ravi", "Grace", "Noah",
    "Isabel", "Ethan", "Mei", "Samuel", "Julia", "Daniel", "Laura", "Marco", "Nina", "Victor",
)  # fmt: skip
LAST_NAMES = (
    "Chen", "Reed", "Bello", "Weber", "Patel", "Grant", "Rossi", "Tanaka", "Haddad", "Murphy",
    "Martin", "Garcia", "Kowalska", "Okafor", "Johansson", "Silva", "Schmidt", "Iyer",
    "Mwangi", "Fischer", "Ortega", "Brooks", "Lindqvist", "Adeyemi", "Novak", "Moreau",
    "Jensen", "Costa", "Bauer", "Sato",
)  # fmt: skip
TITLES = (
    "Finance Director", "Head of Operations", "Chief Executive Officer", "Procurement Manager",
    "Office Manager", "Managing Director", "Head of People", "Chief Financial Officer",
)  # fmt: skip
STREETS = ("Quay Road", "Market Street", "Elm Avenue", "Harbour Way", "King Street", "Park Lane")
CITIES = ("Bristol BS1 4DJ", "Boston, MA 02110", "Munich 80331", "Rotterdam 3011", "Leeds LS1 2AB")

#: Currency styles: (currency, how it is written).
_MONEY_STYLES: dict[str, tuple[str, ...]] = {
    "USD": ("$", "USD ", "US$"),
    "EUR": ("€", "EUR ", " €", " EUR"),
    "GBP": ("£", "GBP "),
    "CHF": ("CHF ",),
    "CAD": ("CAD ",),
}
#: Magnitude words as people write them, and their factor.
_MAGNITUDES = ((" million", 1e6), ("m", 1e6), (" billion", 1e9), ("bn", 1e9), ("k", 1e3))
_DATE_STYLES = (
    "iso", "us_long", "uk_long", "short", "ordinal", "us_slash", "eu_dot", "dmy_abbr", "ymd_slash",
)  # fmt: skip


@dataclass
class Writer:
    """Formats the facts a template prints and records each one in the labels."""

    rng: random.Random
    currency: str = "USD"
    european: bool = False
    organizations: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    amounts: list[tuple[float, str]] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)
    number: str | None = None
    vendor: str | None = None
    total: tuple[float, str] | None = None
    line_items: list[LineItem] = field(default_factory=list)
    marked: set[str] = field(default_factory=set)
    _date_style: str = "iso"
    _money_style: str = "$"
    _group: str | None = None

    def __post_init__(self) -> None:
        styles = [s for s in _DATE_STYLES if (s != "us_slash" or self.currency == "USD")]
        if self.european:
            styles = ["eu_dot", "uk_long", "iso", "ordinal", "dmy_abbr"]
        self._date_style = self.rng.choice(styles)
        self._money_style = self.rng.choice(_MONEY_STYLES[self.currency])
        #: Thousands separator: "," (or "." in Europe), a space in French-style text.
        self._group = " " if self.european and self.rng.random() < 0.3 else None

    # -- organisations and people ------------------------------------------------------------

    def company(self, taken: set[str] | None = None) -> tuple[str, str]:
        choices = [c for c in COMPANIES if taken is None or c[0] not in taken]
        name = self.rng.choice(choices)
        if taken is not None:
            taken.add(name[0])
        return name

    def org(self, company: tuple[str, str], *, dot: bool | None = None) -> str:
        """The company as printed here: its suffix with or without the trailing full stop."""
        base, suffix = company
        if dot is None:
            dot = self.rng.random() < 0.6
        shown = suffix if dot or not suffix.endswith(".") else suffix[:-1]
        text = f"{base} {shown}".strip()
        self._add(self.organizations, f"{base} {suffix}".rstrip("."))
        return text

    def plain_org(self, name: str) -> str:
        """An organisation named without a legal suffix (a shop, a bank's brand)."""
        self._add(self.organizations, name)
        return name

    def person_name(self, taken: set[str] | None = None) -> str:
        while True:
            name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"
            if taken is None or name.split(maxsplit=1)[0] not in taken:
                if taken is not None:
                    taken.add(name.split(maxsplit=1)[0])
                return name

    def person(self, name: str) -> str:
        self._add(self.people, name)
        return name

    # -- money ---------------------------------------------------------------------------------

    def money(self, amount: float, *, record: bool = True) -> str:
        """``amount`` in this document's currency and style (1,234.56 or 1.234,56)."""
        whole, cents = f"{amount:,.2f}".split(".")
        number = f"{whole.replace(',', '.')},{cents}" if self.european else f"{whole}.{cents}"
        if self._group:
            number = number.replace(".", self._group)
        if record:
            self._add(self.amounts, (round(amount, 2), self.currency))
        style = self._money_style
        return f"{number}{style}" if style.startswith(" ") else f"{style}{number}"

    def big_money(self, amount: float) -> str:
        """A headline figure with a magnitude word: "$4.2 million", "EUR 1.2bn"."""
        word, factor = self.rng.choice(
            [m for m in _MAGNITUDES if amount / m[1] >= 1 and amount / m[1] < 1000]
        )
        scaled = f"{amount / factor:.2f}".rstrip("0").rstrip(".")
        self._add(self.amounts, (round(float(scaled) * factor, 2), self.currency))
        style = self._money_style
        if self.european:
            scaled = scaled.replace(".", ",")
        if style.startswith(" "):
            return f"{scaled}{word}{style}"
        return f"{style}{scaled}{word}"

    # -- dates ---------------------------------------------------------------------------------

    def date(self, day: dt.date, role: str | None) -> str:
        """``day`` in this document's date style; recorded when it has a labelled role."""
        text = format_date(day, self._date_style)
        if role is not None:
            self._add(self.dates, (role, day.isoformat()))
            if role in DATE_FIGURES:
                return self.key(DATE_FIGURES[role], text)
        return text

    # -- key figures and line items --------------------------------------------------------------

    def own_number(self, text: str) -> str:
        """``text`` as the document's own number: labelled and marked."""
        self.number = text
        return self.key("documentNumber", text)

    def key(self, name: str, text: str) -> str:
        """``text`` marked as where key figure ``name`` is printed (its first printing only)."""
        if name in self.marked:
            return text
        self.marked.add(name)
        return mark(name, text)

    def total_money(self, amount: float) -> str:
        """The document's total, printed, labelled and marked."""
        self.total = (round(amount, 2), self.currency)
        return self.key("total", self.money(amount))

    def line_item(
        self, description: str, quantity: float | None, unit_price: float | None, amount: float
    ) -> None:
        self.line_items.append(LineItem(description, quantity, unit_price, round(amount, 2)))

    def labels(self, kind: str) -> Labels:
        return Labels(
            document_type=kind,
            number=self.number,
            organizations=tuple(self.organizations),
            people=tuple(self.people),
            vendor=self.vendor,
            total=self.total,
            amounts=tuple(self.amounts),
            dates=tuple(self.dates),
            line_items=tuple(self.line_items),
        )

    @staticmethod
    def _add(items: list[Any], item: Any) -> None:
        if item not in items:
            items.append(item)


def format_date(day: dt.date, style: str) -> str:  # noqa: PLR0911 - one return per style
    month = day.strftime("%B")
    if style == "iso":
        return day.isoformat()
    if style == "us_long":
        return f"{month} {day.day}, {day.year}"
    if style == "uk_long":
        return f"{day.day} {month} {day.year}"
    if style == "short":
        return f"{month[:3]} {day.day}, {day.year}"
    if style == "ordinal":
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10 if day.day not in (11, 12, 13) else 0)
        return f"{day.day}{suffix or 'th'} {month} {day.year}"
    if style == "us_slash":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "dmy_abbr":
        return f"{day.day:02d}-{month[:3]}-{day.year}"
    if style == "ymd_slash":
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def random_day(rng: random.Random) -> dt.date:
    return dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 600))


#: Formats each kind is rendered in, one per case (cycled); every kind spans several.
FORMATS: dict[str, tuple[str, ...]] = {
    "invoice": ("pdf", "docx", "txt", "png", "html", "pdf", "pdf", "md"),
    "receipt": ("png", "png", "txt", "pdf", "png", "pdf", "txt"),
    "purchase_order": ("pdf", "docx", "txt", "html", "md", "pdf", "png"),
    "contract": ("docx", "pdf", "txt", "md", "html", "pdf", "txt"),
    "letter": ("txt", "docx", "pdf", "png", "html", "pdf", "md"),
    "memo": ("txt", "md", "docx", "pdf", "html", "pdf", "txt"),
    "minutes": ("md", "txt", "docx", "html", "pdf", "pdf", "txt"),
    "report": ("md", "html", "pdf", "docx", "md", "pdf", "txt"),
    "form": ("pdf", "txt", "docx", "html", "png", "pdf", "md"),
    "statement": ("pdf", "txt", "html", "md", "png", "pdf", "docx"),
}


#: The seed of the evaluation set the bench reports (other seeds give fresh, unseen sets).
DEFAULT_SEED = "docpipe-eval"


def build_corpus(seed: str = DEFAULT_SEED, *, samples: bool = True) -> list[Case]:  # noqa: PLR0915
    """The development set, the same on every call and every machine for one seed: the
    generated documents, the packets bundling several of them in one PDF, the variety
    documents (:mod:`testbed.evaluation.variety`, :mod:`testbed.evaluation.variety_parties`)
    and packets (:mod:`testbed.evaluation.variety_packets`), the commerce documents in the
    world's layouts (:mod:`testbed.evaluation.commerce_cases`), the scanned, faxed and
    photographed pages beside their text-PDF twins (:mod:`testbed.evaluation.variety_scans`,
    two pages printed two-up on one sheet among them; :mod:`testbed.evaluation.scan_stacks`,
    documents of several pages scanned as one PDF and a receipt photographed sideways),
    the item tables as ERP, trade and shop software prints them
    (:mod:`testbed.evaluation.variety_tables`), the documents naming people and organisations
    as real ones do (:mod:`testbed.evaluation.variety_names`), the documents between a receipt
    and its neighbours (:mod:`testbed.evaluation.boundary_cases`), the receipts as
    point-of-sale systems, payment apps, tills and card terminals print them
    (:mod:`testbed.evaluation.receipt_cases`), and every further development generator
    called below in turn, then the hand-labelled bundled samples. Each generated case is
    drawn once here so its labels say
    where its key figures landed (:func:`with_evidence`)."""
    from testbed.evaluation.arrival_packets import build_arrival_packets  # noqa: PLC0415
    from testbed.evaluation.boundary_cases import build_boundaries  # noqa: PLC0415
    from testbed.evaluation.commerce_cases import build_commerce  # noqa: PLC0415
    from testbed.evaluation.kinds import TEMPLATES  # noqa: PLC0415 - kinds imports us
    from testbed.evaluation.multipage_cases import build_multipage  # noqa: PLC0415
    from testbed.evaluation.packets import build_packets  # noqa: PLC0415
    from testbed.evaluation.receipt_cases import build_receipt_sources  # noqa: PLC0415
    from testbed.evaluation.scan_stacks import build_scan_stacks  # noqa: PLC0415
    from testbed.evaluation.variety import build_variety  # noqa: PLC0415
    from testbed.evaluation.variety_accounts import build_variety_accounts  # noqa: PLC0415
    from testbed.evaluation.variety_agreements import build_variety_agreements  # noqa: PLC0415
    from testbed.evaluation.variety_batches import build_variety_batches  # noqa: PLC0415
    from testbed.evaluation.variety_bills import build_variety_bills  # noqa: PLC0415
    from testbed.evaluation.variety_bundles import build_variety_bundles  # noqa: PLC0415
    from testbed.evaluation.variety_columns import build_variety_columns  # noqa: PLC0415
    from testbed.evaluation.variety_dues import build_variety_dues  # noqa: PLC0415
    from testbed.evaluation.variety_field import build_variety_field  # noqa: PLC0415
    from testbed.evaluation.variety_figures import build_variety_figures  # noqa: PLC0415
    from testbed.evaluation.variety_formats import build_variety_formats  # noqa: PLC0415
    from testbed.evaluation.variety_ledger import build_variety_ledger  # noqa: PLC0415
    from testbed.evaluation.variety_meetings import build_variety_meetings  # noqa: PLC0415
    from testbed.evaluation.variety_names import build_variety_names  # noqa: PLC0415
    from testbed.evaluation.variety_orders import build_variety_orders  # noqa: PLC0415
    from testbed.evaluation.variety_packets import build_variety_packets  # noqa: PLC0415
    from testbed.evaluation.variety_parties import build_variety_parties  # noqa: PLC0415
    from testbed.evaluation.variety_prints import build_variety_prints  # noqa: PLC0415
    from testbed.evaluation.variety_scans import build_variety_scans  # noqa: PLC0415
    from testbed.evaluation.variety_slips_everyday import build_variety_slips  # noqa: PLC0415
    from testbed.evaluation.variety_statements import build_variety_statements  # noqa: PLC0415
    from testbed.evaluation.variety_tables import build_variety_tables  # noqa: PLC0415
    from testbed.evaluation.variety_tax_invoices import (  # noqa: PLC0415
        build_variety_tax_invoices,
    )
    from testbed.evaluation.variety_terms import build_variety_terms  # noqa: PLC0415
    from testbed.evaluation.variety_world import build_variety_world  # noqa: PLC0415

    cases: list[Case] = []
    for kind in KINDS:
        layouts = TEMPLATES[kind]
        for index, fmt in enumerate(FORMATS[kind]):
            rng = random.Random(f"{seed}-{kind}-{index}")  # noqa: S311 - not for secrets
            layout_name, template = layouts[index % len(layouts)]
            blocks, writer = template(rng, fmt)
            case = Case(
                case_id=f"{kind}-{index + 1:02d}",
                kind=kind,
                fmt=fmt,
                layout=layout_name,
                blocks=tuple(blocks),
                labels=writer.labels(kind),
            )
            cases.append(with_evidence(case))
    cases.extend(build_packets(seed))
    cases.extend(build_variety(seed))
    cases.extend(build_variety_parties(seed))
    cases.extend(build_variety_packets(seed))
    cases.extend(build_commerce(seed))
    cases.extend(build_variety_scans(seed))
    cases.extend(build_scan_stacks(seed))
    cases.extend(build_variety_tables(seed))
    cases.extend(build_variety_names(seed))
    cases.extend(build_variety_figures(seed))
    cases.extend(build_boundaries(seed))
    cases.extend(build_receipt_sources(seed))
    cases.extend(build_multipage(seed))
    cases.extend(build_variety_orders(seed))
    cases.extend(build_variety_tax_invoices(seed))
    cases.extend(build_variety_bills(seed))
    cases.extend(build_variety_agreements(seed))
    cases.extend(build_variety_statements(seed))
    cases.extend(build_variety_world(seed))
    cases.extend(build_variety_field(seed))
    cases.extend(build_arrival_packets(seed))
    cases.extend(build_variety_ledger(seed))
    cases.extend(build_variety_terms(seed))
    cases.extend(build_variety_slips(seed))
    cases.extend(build_variety_columns(seed))
    cases.extend(build_variety_accounts(seed))
    cases.extend(build_variety_meetings(seed))
    cases.extend(build_variety_dues(seed))
    cases.extend(build_variety_prints(seed))
    cases.extend(build_variety_bundles(seed))
    cases.extend(build_variety_formats(seed))
    cases.extend(build_variety_batches(seed))
    if samples:
        from testbed.evaluation.samples import bundled_samples  # noqa: PLC0415

        cases.extend(bundled_samples())
    return cases


def with_evidence(case: Case) -> Case:
    """``case`` with the evidence its renderer reports for every marked key figure."""
    from testbed.evaluation.render import draw  # noqa: PLC0415 - render imports us

    evidence = draw(case.fmt, case.blocks).evidence
    return replace(case, labels=replace(case.labels, evidence=tuple(sorted(evidence.items()))))


#: A one-document generator: its format, its blocks and the writer holding its labels.
type Template = Callable[[random.Random], tuple[str, list[Block], Writer]]


def labelled_cases(seed: str, prefix: str, templates: Sequence[tuple[str, Template]]) -> list[Case]:
    """One case per ``(kind, template)``, named ``<prefix>-NN``, each drawn from its own
    seeded generator, labelled by its writer and drawn once for its evidence."""
    cases = []
    for index, (kind, template) in enumerate(templates):
        rng = random.Random(f"{seed}-{prefix}-{index}")  # noqa: S311 - not for secrets
        fmt, blocks, writer = template(rng)
        case = Case(
            case_id=f"{prefix}-{index + 1:02d}",
            kind=kind,
            fmt=fmt,
            layout=template.__name__.lstrip("_").replace("_", "-"),
            blocks=tuple(blocks),
            labels=writer.labels(kind),
        )
        cases.append(with_evidence(case))
    return cases
