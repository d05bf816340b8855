"""What the bundle generators (:mod:`testbed.evaluation.variety_bundles`) share: a document
as the pages it prints, the way a bundle of them becomes one PDF (typed pages, scanned pages
read back by OCR, or both in one file, as a scanner's batch and an office's merge give it),
and the names, addresses and page furniture the documents print.

A :class:`Doc` holds its pages (blocks each; every page is one PDF page) and the writer that
labelled it. :func:`bundle_case` puts documents (and blank separator pages) one after the
other and labels the file with one section per document; :func:`single_case` draws one long
document that must not be split.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from dataclasses import dataclass, replace

from testbed.evaluation.corpus import Block, Case, Labels, Section, Writer
from testbed.evaluation.photos import photographed
from testbed.evaluation.truth import Evidence, prefixed
from testbed.evaluation.typeset import as_pdf


@dataclass
class Doc:
    """One document: its kind, its pages (each a list of blocks) and its labelling writer;
    ``scan``: its pages are pictures of paper (in a ``mixed`` file)."""

    kind: str
    pages: list[list[Block]]
    writer: Writer
    scan: bool = False
    #: Blank pages the sender left after it (a separator sheet, a page's empty back).
    trailing_blanks: int = 0

    def labels(self) -> Labels:
        return self.writer.labels(self.kind)


BLANK_PAGES: tuple[list[Block], ...] = (
    [("lines", [" "])],
    [("lines", ["", "", "", "", "", "This page intentionally left blank"])],
    [("lines", ["", "", "", "", "", "[ This page is intentionally blank ]"])],
    [("lines", ["", "", "", "", "", "", "- SEPARATOR SHEET -", "", "Next document"])],
)


def _render(
    docs: list[Doc], mode: str, rng: random.Random
) -> tuple[bytes | None, list[Block], dict[str, Evidence], list[tuple[int, int]], bool]:
    """The file's bytes (``None``: the typeset PDF of the blocks), its blocks, the evidence
    of every (prefixed) marked value, each document's pages and whether any page is a scan."""
    pages: list[tuple[bool, list[Block]]] = []
    ranges: list[tuple[int, int]] = []
    for index, doc in enumerate(docs):
        scan = mode == "scan" or (mode == "mixed" and doc.scan)
        first = len(pages) + 1
        pages.extend((scan, [(k, prefixed(v, f"{index}.")) for k, v in page]) for page in doc.pages)
        blanks = BLANK_PAGES[1:] if scan else BLANK_PAGES
        pages.extend((scan, rng.choice(blanks)) for _ in range(doc.trailing_blanks))
        ranges.append((first, len(pages)))
    blocks: list[Block] = []
    for number, (_, page) in enumerate(pages):
        if number:
            blocks.append(("break", None))
        blocks.extend(page)
    if not any(scan for scan, _ in pages):
        _, evidence, _, count = as_pdf(blocks)
        assert count == len(pages), f"{count} pages drawn for {len(pages)}"
        return None, blocks, evidence, ranges, False
    return (*_merged(pages, rng, blocks), ranges, True)


def _merged(
    pages: list[tuple[bool, list[Block]]], rng: random.Random, blocks: list[Block]
) -> tuple[bytes, list[Block], dict[str, Evidence]]:
    """Typed runs of pages set as PDF, scanned pages as pictures, merged in page order."""
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415 - bench only

    writer = PdfWriter()
    evidence: dict[str, Evidence] = {}
    run: list[Block] = []
    run_pages = 0

    def flush() -> None:
        nonlocal run, run_pages
        if not run_pages:
            return
        data, found, _, count = as_pdf(run)
        assert count == run_pages, f"{count} pages drawn for {run_pages}"
        offset = len(writer.pages)
        for name, ev in found.items():
            evidence.setdefault(name, Evidence(ev.page + offset, ev.bbox))
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
        run, run_pages = [], 0

    for scan, page in pages:
        if not scan:
            run.extend([("break", None), *page] if run_pages else page)
            run_pages += 1
            continue
        flush()
        data, found = photographed(tuple(page), rng, pdf=True)
        offset = len(writer.pages)
        for name, ev in found.items():
            evidence.setdefault(name, Evidence(ev.page + offset, ev.bbox))
        writer.add_page(PdfReader(io.BytesIO(data)).pages[0])
    flush()
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue(), blocks, evidence


def bundle_case(case_id: str, layout: str, docs: list[Doc], mode: str, rng: random.Random) -> Case:
    """Documents in one PDF (``mode``: ``pdf`` typed, ``scan`` every page a picture,
    ``mixed`` the documents marked ``scan`` as pictures), one section per document."""
    data, blocks, evidence, ranges, scanned = _render(docs, mode, rng)
    parts = [doc.labels() for doc in docs]
    sections = tuple(
        Section(
            pages=pages,
            labels=replace(
                labels,
                evidence=tuple(
                    sorted(
                        (name.removeprefix(f"{index}."), ev)
                        for name, ev in evidence.items()
                        if name.startswith(f"{index}.")
                    )
                ),
            ),
        )
        for index, (labels, pages) in enumerate(zip(parts, ranges, strict=True))
    )
    return Case(
        case_id=case_id,
        kind="packet",
        fmt="pdf",
        layout=layout,
        blocks=tuple(blocks),
        labels=_whole(parts, sections),
        data=data,
        scanned=scanned,
    )


def single_case(case_id: str, layout: str, doc: Doc, mode: str, rng: random.Random) -> Case:
    """One document of several pages in one PDF, labelled as one document."""
    data, _, evidence, _, scanned = _render([doc], mode, rng)
    labels = doc.labels()
    found = tuple(sorted((name.removeprefix("0."), ev) for name, ev in evidence.items()))
    return Case(
        case_id=case_id,
        kind=doc.kind,
        fmt="pdf",
        layout=layout,
        blocks=tuple(_joined(doc)),
        labels=replace(labels, evidence=found),
        data=data,
        scanned=scanned,
    )


def _joined(doc: Doc) -> list[Block]:
    blocks: list[Block] = []
    for number, page in enumerate(doc.pages):
        if number:
            blocks.append(("break", None))
        blocks.extend(page)
    return blocks


def _whole(parts: list[Labels], sections: tuple[Section, ...]) -> Labels:
    """A bundle's own labels: the first document's type, every section's parties, amounts
    and dates; numbers, vendors, totals and items belong to the sections."""

    def union[T](items: list[tuple[T, ...]]) -> tuple[T, ...]:
        return tuple(dict.fromkeys(item for group in items for item in group))

    return Labels(
        document_type=parts[0].document_type,
        number=None,
        organizations=union([p.organizations for p in parts]),
        people=union([p.people for p in parts]),
        vendor=None,
        total=None,
        amounts=union([p.amounts for p in parts]),
        dates=union([p.dates for p in parts]),
        sections=sections,
    )


# -- what the documents print -----------------------------------------------------------------

#: Firms of this family (name, legal form); the names are this module's own.
TRADES = (
    ("Kestrel Auto Body", "Ltd"), ("Marlow Glazing", "Ltd"), ("Fenwick Plumbing & Heating", "Ltd"),
    ("Copperleaf Roofing", "LLC"), ("Bramble Electrical", "Ltd"), ("Quarry Lane Motors", "Ltd"),
    ("Hollis Appliance Repair", "Inc."), ("Tern Valley Joinery", "Ltd"),
)  # fmt: skip
SUPPLIERS = (
    ("Ostrander Industrial Supply", "Inc."), ("Wexford Fasteners", "Ltd"),
    ("Halvorsen Packaging", "AS"), ("Brenner Antriebstechnik", "GmbH"),
    ("Calloway Office Interiors", "LLC"), ("Portside Chemicals", "Ltd"),
    ("Lindgren Textiles", "AB"), ("Ravenscroft Print Works", "Ltd"),
    ("Mistral Components", "SARL"), ("Delacourt Electronics", "S.A."),
    ("Sandhurst Catering Equipment", "Ltd"), ("Ironwood Lumber", "Co."),
)  # fmt: skip
BUYERS = (
    ("Tallis & Hewitt Architects", "LLP"), ("Greyfriars Dental Group", "Ltd"),
    ("Northgate Property Management", "Inc."), ("Aldgate Events", "Ltd"),
    ("Helmsley Foods", "plc"), ("Juniper Clinics", "LLC"), ("Orchard Street Brewing", "Co."),
)  # fmt: skip
INSURERS = (
    ("Beacon Mutual Insurance", "plc"), ("Harrowgate Assurance", "Ltd"),
    ("Lakeside General Insurance", "Company"), ("Sentinel Home & Motor", "Ltd"),
)  # fmt: skip
BANKS = ("Westmoor Building Society", "Cobalt Bank", "Riverside Credit Union", "Hanse Sparkasse")
SHOPS = (
    "Tesco Express", "Pret A Manger", "Shell Sutton Road", "Boots", "WHSmith Euston",
    "Caffe Nero", "Premier Inn London City", "Addison Lee", "Wagamama Leeds", "Sainsbury's",
)  # fmt: skip
FIRST = (
    "Rachel", "Tomasz", "Imogen", "Kwame", "Beatriz", "Declan", "Yusuf", "Harriet", "Anders",
    "Leonie", "Marcus", "Ines", "Callum", "Priyanka", "Gideon", "Rosalind",
)  # fmt: skip
LAST = (
    "Ashworth", "Kaminski", "Whitlock", "Mensah", "Carvalho", "Byrne", "Demir", "Pemberton",
    "Sundqvist", "Vogt", "Ellery", "Ferreira", "McAllister", "Raghunathan", "Stroud", "Halloran",
)  # fmt: skip
STREETS = (
    "14 Wharf Road", "221 Mill Lane", "7 Cathedral Close", "3310 Harbor Blvd", "58 Station Road",
    "Unit 4, Brook Industrial Estate", "1200 W Lake St, Suite 300", "9 Fenner Way",
)  # fmt: skip
TOWNS = {
    "GBP": ("Leeds LS11 5QT", "Norwich NR2 4HB", "Bristol BS2 0JZ", "Chester CH1 2HT"),
    "USD": ("Columbus, OH 43215", "Madison, WI 53703", "Tacoma, WA 98402", "Raleigh, NC 27601"),
    "EUR": ("20095 Hamburg", "1011 AB Amsterdam", "69002 Lyon", "80331 München"),
}


def day_in(rng: random.Random) -> dt.date:
    return dt.date(2025, 9, 1) + dt.timedelta(days=rng.randrange(0, 400))


def later(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


def name_of(rng: random.Random, taken: set[str] | None = None) -> str:
    while True:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if taken is None or name not in taken:
            if taken is not None:
                taken.add(name)
            return name


def firm(w: Writer, company: tuple[str, str], *, vendor: bool = False) -> str:
    """The firm printed with its legal form, recorded (and as the vendor, marked)."""
    text = w.org(company, dot=True)
    if vendor:
        w.vendor = f"{company[0]} {company[1]}".rstrip(".")
        return w.key("vendor", text)
    return text


def address(rng: random.Random, currency: str) -> list[str]:
    return [rng.choice(STREETS), rng.choice(TOWNS.get(currency, TOWNS["GBP"]))]


def bare(w: Writer, amount: float) -> str:
    """An amount as a table cell prints it: the writer's separators, no currency."""
    whole, cents = f"{amount:,.2f}".split(".")
    if w.european:
        return f"{whole.replace(',', '.')},{cents}"
    return f"{whole}.{cents}"


def qty(count: float) -> str:
    return f"{count:g}"


def footer(rng: random.Random, style: str, page: int, pages: int) -> Block:
    """A page's number as printers word it (``style`` fixed per document)."""
    text = {
        "of": f"Page {page} of {pages}",
        "slash": f"{page}/{pages}",
        "dash": f"- {page} -",
        "pg": f"Pg {page} of {pages}",
        "seite": f"Seite {page} von {pages}",
    }[style]
    return ("lines", ["", text])


__all__ = [
    "BANKS", "BUYERS", "INSURERS", "SHOPS", "SUPPLIERS", "TRADES", "Doc", "address", "bare",
    "bundle_case", "day_in", "firm", "footer", "later", "name_of", "qty", "single_case",
]  # fmt: skip
