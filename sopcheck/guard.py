"""Bounds on the work one file may cost: wall-clock time, and a note on memory.

Time
----
:func:`time_limit` arms ``signal.setitimer(ITIMER_REAL)`` and, when the timer fires,
raises :class:`~sopcheck.errors.ResourceLimit` (``resource-limit``) inside the block, so the
caller reports one finding for that file and goes on with the next. It works only in the
main thread of a process on a platform with ``SIGALRM`` (Linux, macOS, BSD); elsewhere
(Windows, a worker thread) it is a documented **no-op**: the block runs unbounded in time
and only the size limits below apply. A caller that needs a hard bound there should run
each file in a subprocess and kill it after ``timeout_per_file`` seconds.

Python delivers signals between bytecodes: a single long call into C code (lxml parsing
one huge part, zlib inflating one member) finishes before the exception is raised. The
size limits keep such single calls short.

Memory
------
There is no memory limit here (``resource.setrlimit(RLIMIT_AS)`` is process-wide, would also
hit the rest of a batch, and is not available on every platform). Memory is bounded by
input size instead, through :class:`~sopcheck.limits.Limits`:

* ``max_file_bytes``: bytes on disk, checked before anything is read
  (:func:`sopcheck.readers.sniff.detect`);
* ``max_zip_entries``, ``max_unzipped_bytes``, ``max_zip_ratio``: the declared size of what a
  DOCX may decompress to, checked from the zip central directory before any part is read;
* :mod:`sopcheck.readers.safexml`: no entity expansion (billion laughs) and lxml's
  ``huge_tree=False`` limits on tree depth and text node size;
* ``max_pages`` (PDF) and ``max_table_rows`` (all tables): checked by the readers.
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator

from .errors import ResourceLimit


def time_limits_supported() -> bool:
    """``True`` when :func:`time_limit` can interrupt the calling thread (SIGALRM +
    setitimer available and this is the main thread)."""
    return (hasattr(signal, "SIGALRM") and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread())


def _timeout_error(seconds: float, path: str) -> ResourceLimit:
    n = f"{seconds:g}"
    return ResourceLimit(
        f"{path}: pemeriksaan dihentikan setelah {n} detik (batas waktu per berkas); periksa apakah "
        f"berkas terlalu besar atau rusak, atau naikkan batas timeout-per-file.",
        f"{path}: checking was stopped after {n} seconds (per-file time limit); check whether the "
        f"file is too large or corrupt, or raise timeout-per-file.")


@contextmanager
def time_limit(seconds: float, path: str) -> Iterator[None]:
    """Raise :class:`ResourceLimit` in the block when it runs longer than ``seconds``.

    :param seconds: wall-clock seconds (float); ``0`` or less disables the limit.
    :param path: the file being checked, named in the message.

    A no-op outside the main thread or without ``SIGALRM`` (see the module docstring).
    The previous SIGALRM handler and any ITIMER_REAL timer already running are restored on
    exit; the remaining time of an outer timer keeps counting down while the block runs. When
    an outer timer would fire first, it is left in charge and this call does nothing.
    """
    if seconds is None or seconds <= 0 or not time_limits_supported():
        yield
        return
    prev_delay, prev_interval = signal.getitimer(signal.ITIMER_REAL)
    if 0 < prev_delay <= seconds:
        yield  # an enclosing limit fires first and stays in charge
        return
    active = True

    def _on_alarm(signum, frame):  # noqa: ARG001
        if active:
            raise _timeout_error(seconds, path)

    started = time.monotonic()
    prev_handler = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    finally:
        active = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, prev_handler if prev_handler is not None else signal.SIG_DFL)
        if prev_delay > 0:
            remaining = prev_delay - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(remaining, 1e-6), prev_interval)


def refuse_overwriting_inputs(outputs, inputs) -> None:
    """Refuse a report or baseline file that is one of the input files.

    ``sopcheck check sop.docx -o sop.docx`` would replace the submitted SOP by its own report;
    inputs are never written (issue 6), so such a command is a usage error before anything is
    read or written.

    :param outputs: paths given for output (``str``/``Path``; ``None`` entries are ignored).
    :param inputs: the input files (``Path``) the command is about to read.
    :raises UsageError: naming the output path, in Bahasa Indonesia and English (exit status 2).
    """
    import os
    from pathlib import Path

    from .errors import UsageError

    targets = [Path(o) for o in outputs if o]
    targets = [t for t in targets if t.exists()]  # a file not there yet is no input
    if not targets:
        return
    for src in inputs:
        for target in targets:
            try:
                same = os.path.samefile(src, target)
            except OSError:
                continue
            if same:
                raise UsageError(
                    f"{target}: berkas keluaran ini adalah berkas masukan yang diperiksa; sopcheck tidak "
                    f"menimpa berkas masukan, pilih nama berkas lain",
                    f"{target}: this output file is an input being checked; sopcheck never overwrites an "
                    f"input, choose another file name")
