"""Worker processes, shared by ``sopcheck check --jobs`` (:func:`sopcheck.api.check_many`) and
the audit's process pool (:mod:`sopcheck.audit.engine`).

Workers start from a forkserver on Linux (sopcheck's modules preloaded once, so a worker is
ready in milliseconds), else spawned. They ignore SIGINT: Ctrl-C is the main process's
business, which stops them. A worker that dies on a file (segfault, OOM kill) costs that
file one ``unreadable-file`` finding with :func:`worker_died_message`.
"""

from __future__ import annotations

import signal
import sys

PRELOAD = ["sopcheck.audit.task", "sopcheck.api", "sopcheck.checks"]
"""Modules the forkserver imports once, before any worker forks from it."""


def mp_context():
    """The multiprocessing context workers start from (forkserver on Linux, else spawn)."""
    import multiprocessing as mp

    if sys.platform.startswith("linux") and "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return mp.get_context("spawn")


def worker_init() -> None:
    """Run in each worker as it starts: ignore Ctrl-C (the main process stops the workers)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def worker_died_message(path: str, detail: str, lang: str = "id") -> str:
    """The ``unreadable-file`` message for a file whose worker process died (``detail``: what
    was seen, such as ``BrokenProcessPool``)."""
    if lang == "en":
        return (f"{path}: the worker process died while checking this file ({detail}); the file is "
                f"probably corrupt or far too complex. Open it in Word and save it again.")
    return (f"{path}: proses pemeriksa berhenti mendadak saat memeriksa berkas ini ({detail}); "
            f"berkas kemungkinan rusak atau terlalu rumit. Buka di Word lalu simpan ulang.")
