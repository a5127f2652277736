"""A stand-in for the audit's per-document task whose reader is slow on files named
``*lambat*``: it sleeps 30 s with SIGALRM blocked, the way a parse stuck in C code ignores the
time limit's signal. ``tests/test_audit_dask.py`` hands it to the Dask executor (``task=``) to
show the per-file time limit holds there all the same."""

from __future__ import annotations

import os
import signal
import time


def slow_audit_document(path, dinas, options, source=None):
    """:func:`sopcheck.audit.task.audit_document`, with the slow reader for ``*lambat*``."""
    from sopcheck import api
    from sopcheck.audit.task import audit_document

    if "lambat" not in os.path.basename(path):
        return audit_document(path, dinas, options, source=source)
    real = api.read_blocks

    def slow_reader(p, limits=None):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(30)
        return real(p, limits) if limits is not None else real(p)

    api.read_blocks = slow_reader
    try:
        return audit_document(path, dinas, options, source=source)
    finally:
        api.read_blocks = real
