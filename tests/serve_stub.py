"""Stand-ins for :func:`sopcheck.serve.work.process_file` that misbehave (tests/test_serve.py):
importable by the server's worker processes."""

from __future__ import annotations

import os
import time


def hang(path, name, number, config, lang, author, timeout):  # noqa: ARG001
    """Never return (a worker stuck in C code that no signal interrupts)."""
    import signal

    signal.signal(signal.SIGALRM, signal.SIG_IGN)
    time.sleep(3600)


def die(path, name, number, config, lang, author, timeout):  # noqa: ARG001
    """Kill the worker process (a segfault, the kernel's OOM killer)."""
    os._exit(70)
