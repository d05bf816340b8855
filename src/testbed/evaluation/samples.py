"""The bundled sample documents (``docpipe_cli/samples``), labelled by hand.

They were written before the evaluation set and independently of its templates, so they
check the analyzers on layouts the generator never produces. Labels are what a reader takes
from each document, written down by reading it.
"""

from __future__ import annotations

from importlib.resources import files

from testbed.evaluation.corpus import Case, Labels

_USD, _GBP, _EUR = "USD", "GBP", "EUR"

#: file name -> labels
SAMPLE_LABELS: dict[str, Labels] = {
    "invoice.pdf": Labels(
        document_type="invoice",
        number="INV-2026-0042",
        organizations=("Northwind Analytics LLC", "Globex Retail Inc."),
        people=(),
        vendor="Northwind Analytics LLC",
        total=(4590.0, _USD),
        amounts=tuple(
            (amount, _USD)
            for amount in (1800.0, 125.0, 1750.0, 500.0, 200.0, 4250.0, 340.0, 4590.0)
        ),
        dates=(("issue", "2026-03-02"), ("due", "2026-04-01")),
    ),
    "receipt.png": Labels(
        document_type="receipt",
        number=None,
        organizations=("Corner Market",),
        people=(),
        vendor="Corner Market",
        total=(26.78, _USD),
        amounts=((26.78, _USD),),
        dates=(("issue", "2026-03-14"),),
    ),
    "contract.docx": Labels(
        document_type="contract",
        number=None,
        organizations=("Northwind Analytics LLC", "Globex Retail Inc."),
        people=("Maria Chen", "Thomas Reed"),
        vendor=None,
        total=None,
        amounts=((12000.0, _USD), (500.0, _USD)),
        dates=(("effective", "2026-03-01"), ("end", "2027-02-28")),
    ),
    "letter.txt": Labels(
        document_type="letter",
        number=None,
        organizations=("Harborview Property Management Ltd.",),
        people=("Priya Patel", "Oliver Grant"),
        vendor=None,
        total=None,
        amounts=((1150.0, _GBP), (35.0, _GBP), (1300.0, _GBP)),
        # the tenancy ends on 28 February; the new term begins on 1 March; reply by 15 February
        dates=(
            ("issue", "2026-01-12"),
            ("end", "2026-02-28"),
            ("effective", "2026-03-01"),
            ("due", "2026-02-15"),
        ),
    ),
    "meeting-notes.md": Labels(
        document_type="minutes",
        number=None,
        organizations=("Globex Retail Inc.",),
        people=("Maria Chen", "Thomas Reed", "Aisha Bello", "Jonas Weber"),
        vendor=None,
        total=None,
        amounts=((8500.0, _USD),),
        # the meeting's date, and the action items' "Due" column
        dates=(
            ("issue", "2026-03-09"),
            ("due", "2026-03-13"),
            ("due", "2026-03-16"),
            ("due", "2026-03-20"),
        ),
    ),
    "report.html": Labels(
        document_type="report",
        number=None,
        organizations=("Contoso Logistics GmbH",),
        people=(),
        vendor=None,
        total=None,
        amounts=((2450000.0, _EUR), (310500.0, _EUR), (2187500.0, _EUR)),
        dates=(),
    ),
}


def bundled_samples() -> list[Case]:
    """The samples as cases carrying their own bytes (``render`` returns them as they are)."""
    folder = files("docpipe_cli") / "samples"
    cases = []
    for name, labels in SAMPLE_LABELS.items():
        fmt = name.rsplit(".", 1)[1]
        cases.append(
            Case(
                case_id=f"sample-{name.rsplit('.', 1)[0]}",
                kind=labels.document_type,
                fmt=fmt,
                layout="bundled sample",
                blocks=(),
                labels=labels,
                data=(folder / name).read_bytes(),
            )
        )
    return cases
