"""The boundary model's trainer, on a handful of made-up single documents (fast: no
development set is built or read)."""

from __future__ import annotations

import json

from docpipe.layout import Layout, PageLayout
from testbed.evaluation.corpus import Case, Labels
from testbed.evaluation.train_boundaries import examples, train
from workflow.analyzers import boundary_model
from workflow.analyzers.boundary_model import FEATURES
from workflow.documents import Extraction

_KINDS = ("invoice", "contract", "letter", "minutes", "memo", "receipt", "report", "statement")


def _page(index: int, kind: str, page: int) -> str:
    if page == 1:
        return (
            f"Company {chr(65 + index)} Ltd\n{index + 10} High Street\n{kind.upper()}\n"
            f"No. {kind[:2].upper()}-{index}{index}{index}\nDated 1 March 2026\n"
            + "the parties agree to the terms set out below and\n"
            * 4
        )
    return "and further that each of them shall act in good faith\n" * 5 + "Total 12.00\n"


def _single(index: int, pages: int) -> tuple[Case, Extraction]:
    """A made-up ``pages``-page PDF document of its own family."""
    kind = _KINDS[index % len(_KINDS)]
    texts = [_page(index, kind, page) for page in range(1, pages + 1)]
    layout: list[PageLayout] = []
    offset = 0
    for number, text in enumerate(texts, 1):
        if number > 1:
            offset += 2
        layout.append(PageLayout(number, 595.0, 842.0, offset, offset + len(text)))
        offset += len(text)
    text = "\n\n".join(texts)
    labels = Labels(kind, None, (), (), None, None, (), ())
    case = Case(f"tiny-{kind}{index}-01", kind, "pdf", "tiny", (), labels)
    extraction = Extraction(
        text=text, method="pdf-text", pages=pages, words=len(text.split()), chars=len(text),
        truncated=False, layout=Layout(tuple(layout)),
    )  # fmt: skip
    return case, extraction


class TestTrainBoundaries:
    def test_a_single_documents_later_pages_are_its_own(self) -> None:
        """Each page the rules decide is one example; no page after the first starts one."""
        case, got = _single(1, 3)
        rows = examples(case, got, "single")
        assert [row.starts for row in rows] == [False, False]
        assert all(len(row.vector) == len(FEATURES) for row in rows)

    def test_training_writes_a_well_formed_weights_file(self) -> None:
        """A few composed packets are enough to run every step; the file it makes loads as
        the model, and its header says what it was trained on."""
        reads = [_single(index, 1 + index % 3) for index in range(16)]
        trained = train(reads, train_packets=6, half_packets=4, per_seed=3, on="2026-12-07")
        model = boundary_model.loads(json.dumps(trained))
        assert len(model.weights) == len(FEATURES)
        header = trained["trained"]
        assert isinstance(header, dict)
        assert header["on"] == "2026-12-07"
        assert header["composed"] == {"seeds": [1001, 1002], "packets": 6, "per_seed": 3}
        again = train(reads, train_packets=6, half_packets=4, per_seed=3, on="x")
        assert again["weights"] == trained["weights"]  # the same documents, the same weights
