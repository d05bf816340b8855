"""No orphans: a child process the kernel kills when the process that started it dies.

``docpipe up`` starts its components in process groups of their own, so Ctrl-C in the
terminal reaches only the supervisor and it stops them in order. That leaves one way to
orphan them: the supervisor dying without stopping anything (``kill -9``, an OOM kill).
Linux's ``PR_SET_PDEATHSIG`` covers it: the child asks to receive SIGKILL when its parent
dies. The request is made in the child before it runs anything, and followed by a check
that the parent is still the one that started it, because the parent may die before the
request is made (then nobody would ever send the signal). The kernel ties the request to
the *thread* that forked the child, so the supervisor starts children from its main thread.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from collections.abc import Callable

#: prctl option: deliver a signal to this process when its parent dies (linux/prctl.h).
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """In a child: be SIGKILLed when ``parent_pid`` (our parent) exits. No-op off Linux."""
    if sys.platform != "linux":
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:
        # The parent died before the request was in place: do what the kernel would have.
        os.kill(os.getpid(), signal.SIGKILL)


def preexec_die_with_parent() -> Callable[[], None]:
    """A ``preexec_fn`` for :class:`subprocess.Popen` that calls :func:`die_with_parent`
    with the pid of the process creating the child (captured now, in the parent)."""
    parent = os.getpid()

    def preexec() -> None:
        die_with_parent(parent)

    return preexec
