"""The README is a short front door and the reference under docs/ is complete and linked."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from docpipe.events import LEVELS
from docpipe.failures import FAILURE_CODES
from docpipe.settings import ENV_NAMES
from docpipe.worker_events import WORKER_EVENTS

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
#: The README stays an entry point: what it is, the two commands, the picture, where to go next.
README_MAX_LINES = 150

#: ``[text](target)`` outside code; images too.
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _anchors(page: Path) -> set[str]:
    """GitHub's anchor for each heading of ``page``: lower case, punctuation dropped."""
    anchors = set()
    for line in page.read_text().splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            anchors.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return anchors


def _local_links(page: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", page.read_text(), flags=re.DOTALL)
    return [t for t in LINK.findall(text) if not re.match(r"[a-z]+:", t)]


@pytest.mark.parametrize("variable", sorted(ENV_NAMES.values()))
def test_every_environment_variable_is_documented(variable: str) -> None:
    """Each variable in Settings appears in the configuration reference's table."""
    assert f"`{variable}`" in (DOCS / "configuration.md").read_text()


def test_readme_is_short() -> None:
    """The README holds the front door only; the reference is in docs/."""
    assert len(README.read_text().splitlines()) <= README_MAX_LINES


@pytest.mark.parametrize("page", [p.name for p in PAGES if p.name != "architecture.md"])
def test_readme_links_every_reference_page(page: str) -> None:
    """Every page under docs/ is reachable from the README's "where to go next"."""
    assert f"(docs/{page})" in README.read_text()


@pytest.mark.parametrize("page", [README, *PAGES], ids=lambda p: p.name)
def test_local_links_resolve(page: Path) -> None:
    """Each relative link names an existing file and, with ``#anchor``, an existing heading."""
    broken = []
    for target in _local_links(page):
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.exists() or (anchor and file.suffix == ".md" and anchor not in _anchors(file)):
            broken.append(target)
    assert broken == []


def test_the_error_reference_lists_exactly_the_failure_codes() -> None:
    """docs/errors.md's table of failure codes is docpipe.failures' catalogue, no more, no
    less: a code added in the code is documented, a documented code exists."""
    table = (DOCS / "errors.md").read_text().split("\n\n")
    [codes_table] = [block for block in table if block.startswith("| code |")]
    documented = re.findall(r"^\| `([a-z_]+)` \|", codes_table, flags=re.MULTILINE)
    assert len(documented) == len(set(documented))
    assert set(documented) == set(FAILURE_CODES)


def test_the_event_reference_lists_exactly_the_worker_events() -> None:
    """docs/events.md's worker table is docpipe.worker_events' catalogue: one row per event,
    at the level it is written at, naming every field of its record."""
    blocks = (DOCS / "events.md").read_text().split("\n\n")
    [worker_table] = [block for block in blocks if block.startswith("| event | level |")]
    rows = re.findall(r"^\| `([a-z_.]+)` \| ([A-Z]+) \| [^|]+ \|([^\n]*)\|$", worker_table, re.M)
    assert len(rows) == len({name for name, _, _ in rows})
    assert {name for name, _, _ in rows} == set(WORKER_EVENTS)
    for name, level, fields in rows:
        assert level == logging.getLevelName(LEVELS.get(name, logging.INFO)), name
        kind = WORKER_EVENTS[name]
        missing = {
            field
            for field in set(kind.__struct_encode_fields__) - {"jobId", "ts"}
            if f"`{field}`" not in fields
        }
        assert missing == set(), name
