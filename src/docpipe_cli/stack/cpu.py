"""CPU seconds spent by the stack's components, for the benchmarks' "where the time goes".

A component is a process tree: the poller runs the consumer in a child, Postgres runs a
backend per connection. :func:`tree_cpu` counts a process, every live descendant, and the
children it has already reaped (the kernel adds those to the parent's ``cutime``/``cstime``),
so a Postgres backend that came and went is still counted. Linux ``/proc`` only.
"""

from __future__ import annotations

import json
import os
from contextlib import suppress
from pathlib import Path

from docpipe_cli.stack.supervisor import PIDS_FILE

_PROC = Path("/proc")
#: Fields of ``/proc/PID/stat`` after the command name: ppid, utime, stime, cutime, cstime.
_PPID, _UTIME, _STIME, _CUTIME, _CSTIME = 1, 11, 12, 13, 14


def _stats() -> dict[int, list[str]]:
    stats: dict[int, list[str]] = {}
    for entry in _PROC.iterdir():
        if entry.name.isdigit():
            with suppress(OSError):
                stats[int(entry.name)] = (entry / "stat").read_text().rsplit(")", 1)[1].split()
    return stats


def tree_cpu(pid: int, stats: dict[int, list[str]] | None = None) -> float:
    """CPU seconds (user + system) of ``pid``, its live descendants and its reaped children."""
    stats = _stats() if stats is None else stats
    children: dict[int, list[int]] = {}
    for child, fields in stats.items():
        children.setdefault(int(fields[_PPID]), []).append(child)
    ticks, todo = 0, [pid]
    while todo:
        current = todo.pop()
        if current in stats:
            fields = stats[current]
            ticks += sum(int(fields[i]) for i in (_UTIME, _STIME, _CUTIME, _CSTIME))
        todo.extend(children.get(current, []))
    return ticks / os.sysconf("SC_CLK_TCK")


def components_cpu(state_dir: Path) -> dict[str, float]:
    """CPU seconds so far of each component ``docpipe up`` runs in ``state_dir``, by name
    (its ``pids.json``)."""
    pids: dict[str, int] = json.loads((state_dir / PIDS_FILE).read_text(encoding="utf-8"))
    stats = _stats()
    return {name: tree_cpu(pid, stats) for name, pid in pids.items()}


def machine_cpu() -> float:
    """CPU seconds every process on this machine has spent so far (``/proc/stat``): over a
    bench's run, beside its own processes', it shows whether the cores were all busy."""
    fields = (_PROC / "stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")
