"""The per-file time limit where SIGALRM cannot reach: a task run in a child process with a
deadline.

:func:`sopcheck.guard.time_limit` interrupts a file that takes too long with ``SIGALRM``, which
only the main thread of a process receives. A Dask worker runs tasks in threads of its own, so
there the limit did nothing. :func:`audit_document_with_deadline` (what the Dask executor
submits) therefore runs the task in a child process of the worker thread and waits for it at
most the file's time limit plus a grace (:func:`grace`); a child that has not answered by then
is killed and the file gets one ``resource-limit`` finding, the same one the signal would have
given. Inside the child the task runs in its main thread, so the signal still fires first in
the usual case; the kill is the backstop for a parse stuck in C code or blocking the signal.

The child is a ``python -m sopcheck.audit.deadline`` subprocess (not ``multiprocessing``:
Dask's worker processes are daemonic and may not have multiprocessing children), kept for the
life of the worker thread, so only the first file pays its start-up (it loads sopcheck before it
reports ready; the deadline counts from the task, not from the start). Tasks and results travel
over its stdin/stdout as length-prefixed pickles; the child takes its parent's ``sys.path``, so
it imports what its parent can. A killed child is replaced by a fresh one for the next file.
"""

from __future__ import annotations

import os
import pickle
import struct
import subprocess
import sys
import threading
from typing import Any, BinaryIO, Callable, Optional

PRELOAD = ("sopcheck.audit.task", "sopcheck.api", "sopcheck.checks")
"""Modules the child imports before it reports ready."""
START_TIMEOUT = 60.0
"""Seconds a child may take to start and import sopcheck."""


def grace(seconds: float) -> float:
    """Seconds the parent waits beyond a file's time limit before it kills the child (the
    child's own SIGALRM usually answers well within them)."""
    return 2.0 + 0.25 * seconds


class DeadlineExceeded(Exception):
    """The child did not answer in time and was killed."""


def _send(stream: BinaryIO, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack(">Q", len(data)) + data)
    stream.flush()


def _recv(stream: BinaryIO) -> Any:
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError
    (size,) = struct.unpack(">Q", head)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


class Child:
    """One child process that runs tasks (module-level functions) one at a time."""

    def __init__(self):
        self.proc = subprocess.Popen([sys.executable, "-m", "sopcheck.audit.deadline"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        _send(self.proc.stdin, list(sys.path))
        self._wait(START_TIMEOUT)  # "ready"

    def alive(self) -> bool:
        return self.proc.poll() is None

    def _wait(self, timeout: float) -> Any:
        box: dict[str, Any] = {}

        def read() -> None:
            try:
                box["reply"] = _recv(self.proc.stdout)
            except BaseException as exc:  # EOF when the child died or was killed
                box["error"] = exc

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(timeout)
        if reader.is_alive():
            self.kill()
            reader.join(5)
            raise DeadlineExceeded()
        if "error" in box:
            self.kill()
            raise RuntimeError(f"the child process ended ({type(box['error']).__name__})")
        return box["reply"]

    def call(self, func: Callable, args: tuple, kwargs: dict, timeout: float) -> Any:
        """``func(*args, **kwargs)`` in the child, waiting at most ``timeout`` seconds.

        :raises DeadlineExceeded: no answer in time (the child is killed).
        :raises RuntimeError: the child died, or ``func`` raised (its type and message).
        """
        _send(self.proc.stdin, (func, args, kwargs))
        status, value = self._wait(timeout)
        if status == "ok":
            return value
        raise RuntimeError(value)

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.wait(5)
        except (OSError, subprocess.TimeoutExpired):
            pass


_local = threading.local()


def run_with_deadline(func: Callable, args: tuple, kwargs: dict, timeout: float) -> Any:
    """``func(*args, **kwargs)`` in this thread's child process (started on first use,
    replaced after a kill), waiting at most ``timeout`` seconds.

    :raises DeadlineExceeded: no answer in time.
    """
    child: Optional[Child] = getattr(_local, "child", None)
    if child is None or not child.alive():
        child = _local.child = Child()
    try:
        return child.call(func, args, kwargs, timeout)
    finally:
        if not child.alive():
            _local.child = None


def effective_timeout(path: str, options) -> float:
    """The time limit of ``path`` in seconds: ``options.timeout_per_file`` when set, else its
    configuration's ``[limits] timeout-per-file``, else the default (60)."""
    if options.timeout_per_file is not None:
        return options.timeout_per_file
    from ..limits import DEFAULT_LIMITS
    from .task import _finder

    try:
        return _finder(options.config).for_file(os.path.abspath(path)).limits_with(DEFAULT_LIMITS).timeout_per_file
    except Exception:  # a bad configuration is the task's to report
        return DEFAULT_LIMITS.timeout_per_file


def audit_document_with_deadline(path: str, dinas: Optional[str], options, source: Optional[str] = None,
                                 task: Optional[Callable] = None):
    """:func:`~sopcheck.audit.task.audit_document` (or ``task``, a stand-in with its signature)
    under the file's time limit wherever this runs: directly when the limit can be kept by the
    signal (this thread is a main thread) or there is none, else in a child process with a
    deadline (see the module docstring). Never raises for a bad or slow file."""
    from ..guard import _timeout_error, time_limits_supported
    from .task import audit_document, file_facts

    task = task or audit_document
    seconds = effective_timeout(path, options)
    if seconds is None or seconds <= 0 or time_limits_supported():
        return task(path, dinas, options, source=source)
    shown = source or path
    try:
        return run_with_deadline(task, (path, dinas, options), {"source": source}, seconds + grace(seconds))
    except DeadlineExceeded:
        error = _timeout_error(seconds, shown)
        return file_facts(shown, dinas, error.rule, error.message(options.lang))
    except (RuntimeError, OSError) as exc:
        return file_facts(shown, dinas, "unreadable-file", f"{shown}: {exc}")


def _serve() -> None:
    """The child's loop: read ``sys.path``, import sopcheck, say ready, then run each task sent
    and send back ``("ok", result)`` or ``("error", "Type: message")``, until stdin closes."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print() in a task must not corrupt the replies
    inp = sys.stdin.buffer
    try:
        sys.path[:] = _recv(inp)
    except EOFError:
        return
    import importlib

    for name in PRELOAD:
        importlib.import_module(name)
    _send(out, ("ok", "ready"))
    while True:
        try:
            func, args, kwargs = _recv(inp)
        except EOFError:
            return
        try:
            reply = ("ok", func(*args, **kwargs))
        except BaseException as exc:  # noqa: B036 - everything goes back to the parent
            reply = ("error", f"{type(exc).__name__}: {exc}")
        _send(out, reply)


if __name__ == "__main__":
    _serve()
