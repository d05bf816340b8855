"""The sample documents bundled with docpipe (``docpipe demo``, tests, benchmarks)."""

from __future__ import annotations

from pathlib import Path

#: Where the bundled sample documents live.
SAMPLES_DIR = Path(__file__).resolve().parent


def sample_files(directory: Path = SAMPLES_DIR) -> list[Path]:
    """The documents in ``directory`` (default: the bundled samples), by name."""
    return sorted(
        p for p in directory.iterdir() if p.is_file() and not p.name.startswith((".", "__init__"))
    )
