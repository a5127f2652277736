"""Running an audit: walk the tree, check every document in parallel, then the cross-document
stage.

Documents stream: the tree is walked lazily (once to count for the progress bar, once to
submit), at most ``4 x jobs`` tasks are in flight, and each :class:`~sopcheck.audit.task.DocFacts`
is written to the :class:`~sopcheck.audit.store.AuditStore` as it arrives. Memory therefore
stays flat whatever the number of documents.

Executors run the same task, :func:`sopcheck.audit.task.audit_document`:

* ``process`` (default): a :class:`concurrent.futures.ProcessPoolExecutor` of ``jobs``
  workers. Workers ignore SIGINT (Ctrl-C is the main process's business) and are replaced
  every :data:`TASKS_PER_CHILD` documents so a leaking parser cannot grow them: the pool is
  drained and replaced by a fresh one after ``TASKS_PER_CHILD x jobs`` documents (not
  ``max_tasks_per_child``, which can hang for ever in Python 3.11-3.13, CPython gh-115634). A worker that
  dies (segfault, OOM kill) breaks the pool: the pool is rebuilt and the files that were in
  flight are checked again one at a time, so the culprit is found and reported as one
  ``unreadable-file`` finding while the run goes on.
* ``dask``: the same task on a Dask distributed cluster (``pip install 'sopcheck[dask]'``);
  the files must be readable at the same absolute paths on the workers (shared filesystem):
  each is sent as its absolute path, so a relative ROOT works. The per-file time limit holds
  there too: Dask runs tasks in worker threads, which SIGALRM cannot interrupt, so each task
  runs in a child process with a deadline (:mod:`sopcheck.audit.deadline`).

Ctrl-C stops submitting, cancels what is queued, stops the workers and returns what was done
(``AuditRun.interrupted``); the cross-document stage is then skipped, since duplicates and
dangling references over part of a dinas would be misleading.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional

from ..parallel import mp_context, worker_died_message, worker_init
from ..walk import iter_dinas_files
from .deadline import audit_document_with_deadline
from .store import AuditStore
from .task import DocFacts, TaskOptions, audit_document

TASKS_PER_CHILD = 200
"""Documents a worker process checks, on average, before it is replaced by a fresh one."""
IN_FLIGHT_PER_JOB = 4
DASK_CONNECT_TIMEOUT = 30
"""Seconds to wait for the Dask scheduler before giving up with a usage error."""


@dataclass
class AuditRun:
    """The outcome of :func:`run_audit` (the results themselves are in ``store``)."""

    root: str
    store: AuditStore
    total: int = 0
    done: int = 0
    jobs: int = 1
    executor: str = "process"
    interrupted: bool = False
    check_seconds: float = 0.0
    cross_seconds: float = 0.0
    cross_findings: int = 0
    worker_seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def show(self, path: str) -> str:
        """``path`` for display: relative to the audit root when inside it."""
        try:
            rel = os.path.relpath(path, self.root)
        except ValueError:
            return path
        return path if rel.startswith("..") else rel


# --- the tree ----------------------------------------------------------------------------------

def audit_files(root: str | Path, options: TaskOptions) -> Iterator[tuple[str, Optional[str]]]:
    """``(path, dinas)`` of every file the audit checks: :func:`sopcheck.walk.iter_dinas_files`
    with the configuration's ``exclude`` / ``extend-exclude`` (``options.config``, else the
    nearest configuration of each folder)."""
    from ..config import ConfigFinder

    finder = ConfigFinder(Path(options.config) if options.config else None)
    return iter_dinas_files(root, excluded=finder.excluded)


def count_audit_files(root: str | Path, options: Optional[TaskOptions] = None) -> int:
    """How many files :func:`audit_files` yields (a cheap walk, for the progress bar)."""
    return sum(1 for _ in audit_files(root, options or TaskOptions()))


# --- executors ---------------------------------------------------------------------------------

def _crash_facts(path: str, dinas: Optional[str], detail: str, lang: str) -> DocFacts:
    from ..checks.base import REGISTRY

    spec = REGISTRY["unreadable-file"]
    message = worker_died_message(path, detail, lang)
    return DocFacts(path=path, dinas=dinas,
                    findings=[(spec.name, spec.code, "error", message, None, None, None, None, None)])


def process_results(files: Iterator[tuple[str, Optional[str]]], jobs: int,
                    options: TaskOptions, task: Callable[..., DocFacts] = audit_document) -> Iterator[DocFacts]:
    """Check ``files`` on a pool of ``jobs`` processes, yielding results as they complete.

    ``task`` is :func:`~sopcheck.audit.task.audit_document` (tests pass a stand-in; it must be
    importable by the workers).

    At most ``IN_FLIGHT_PER_JOB * jobs`` tasks are queued at once. After ``TASKS_PER_CHILD *
    jobs`` submissions the pool takes no more work; once its last result is in, it is shut
    down and a fresh pool takes over (recycling the workers). Closing the generator (or an
    exception in the consumer, such as KeyboardInterrupt) shuts the pool down and stops its
    workers at once.
    """
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    limit = max(1, jobs) * IN_FLIGHT_PER_JOB
    ctx = mp_context()

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=max(1, jobs), mp_context=ctx, initializer=worker_init)

    pool = new_pool()
    per_pool = max(1, TASKS_PER_CHILD * max(1, jobs))
    submitted = 0  # to the current pool
    pending: dict = {}
    suspects: list[tuple[str, Optional[str]]] = []  # in flight when a worker died
    files = iter(files)
    exhausted = False
    try:
        while True:
            # Files in flight when a worker died go one at a time, so the culprit is isolated.
            if suspects and not pending:
                path, dinas = suspects.pop(0)
                try:
                    fut = pool.submit(task, path, dinas, options)
                    submitted += 1
                    yield fut.result()
                except BrokenProcessPool as exc:
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = new_pool()
                    submitted = 0
                    yield _crash_facts(path, dinas, type(exc).__name__, options.lang)
                continue
            if submitted >= per_pool and not pending and not exhausted:
                pool.shutdown(wait=True)  # drained: recycle the workers
                pool = new_pool()
                submitted = 0
            while not suspects and not exhausted and len(pending) < limit and submitted < per_pool:
                item = next(files, None)
                if item is None:
                    exhausted = True
                    break
                pending[pool.submit(task, item[0], item[1], options)] = item
                submitted += 1
            if not pending:
                if suspects:
                    continue
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                item = pending.pop(fut)
                try:
                    yield fut.result()
                except BrokenProcessPool:
                    broken = True
                    suspects.append(item)
                except Exception as exc:  # pickling trouble and the like: one finding, go on
                    yield _crash_facts(item[0], item[1], f"{type(exc).__name__}: {exc}", options.lang)
            if broken:
                suspects.extend(pending.values())
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
                submitted = 0
    finally:
        _stop_pool(pool)


def _stop_pool(pool) -> None:
    procs = getattr(pool, "_processes", None)  # private, but the only handle on the workers
    processes = list(procs.values()) if isinstance(procs, dict) else []
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        try:
            if proc.is_alive():
                proc.terminate()
        except Exception:  # already gone
            pass
    for proc in processes:
        try:
            proc.join(timeout=5)
        except Exception:
            pass


def dask_results(files: Iterator[tuple[str, Optional[str]]], scheduler, jobs: int,
                 options: TaskOptions, on_threads: Optional[Callable[[int], None]] = None,
                 task: Optional[Callable[..., DocFacts]] = None) -> Iterator[DocFacts]:
    """Check ``files`` on a Dask distributed cluster, yielding results as they complete.

    Each file goes as its absolute path (a worker's working folder is not ours; the results
    keep the path as found) to :func:`~sopcheck.audit.deadline.audit_document_with_deadline`,
    which holds the per-file time limit in Dask's worker threads by running the task in a
    child process with a deadline. ``task`` stands in for
    :func:`~sopcheck.audit.task.audit_document` (tests; it must be importable by the workers).

    ``scheduler`` is the scheduler's address ("tcp://host:8786") or a ``distributed.Client``.
    At most ``IN_FLIGHT_PER_JOB`` tasks per worker thread (or per ``jobs`` when given) are
    queued at once; each result is released as soon as it is read.

    :raises UsageError: Dask is not installed, or no scheduler answers at ``scheduler`` within
        :data:`DASK_CONNECT_TIMEOUT` seconds (or the address is malformed).
    """
    from ..errors import UsageError

    try:
        from distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise UsageError("--executor dask butuh: pip install 'sopcheck[dask]'",
                         "--executor dask needs: pip install 'sopcheck[dask]'") from exc
    own = not isinstance(scheduler, Client)
    if own:
        try:
            client = Client(scheduler, set_as_default=False, timeout=DASK_CONNECT_TIMEOUT)
        except (OSError, ValueError, TypeError) as exc:  # timeout, refused, bad address
            raise UsageError(f"--scheduler {scheduler}: scheduler Dask tidak dapat dihubungi "
                             f"({type(exc).__name__}: {exc})",
                             f"--scheduler {scheduler}: cannot connect to the Dask scheduler "
                             f"({type(exc).__name__}: {exc})") from exc
    else:
        client = scheduler
    try:
        threads = sum((client.nthreads() or {}).values()) or max(1, jobs)
        if on_threads:
            on_threads(threads)
        limit = max(threads, jobs or 0) * IN_FLIGHT_PER_JOB
        files = iter(files)
        pending: dict = {}  # future key -> (future, (path, dinas))
        ac = as_completed(loop=client.loop)

        def submit_more() -> None:
            while len(pending) < limit:
                item = next(files, None)
                if item is None:
                    return
                fut = client.submit(audit_document_with_deadline, os.path.abspath(item[0]), item[1], options,
                                    source=item[0], task=task, pure=False)
                pending[fut.key] = (fut, item)
                ac.add(fut)

        submit_more()
        try:
            for fut in ac:
                _, item = pending.pop(fut.key)
                try:
                    result = fut.result()
                except Exception as exc:  # KilledWorker and the like: one finding, go on
                    result = _crash_facts(item[0], item[1], f"{type(exc).__name__}", options.lang)
                fut.release()
                yield result
                submit_more()
        finally:
            if pending:  # interrupted: drop what is queued on the cluster
                client.cancel([f for f, _ in pending.values()])
    finally:
        if own:
            client.close()


# --- the whole run -----------------------------------------------------------------------------

def run_audit(root: str | Path, *, jobs: Optional[int] = None, executor: str = "process",
              scheduler=None, options: TaskOptions | None = None,
              on_progress: Optional[Callable[[int, int, DocFacts], None]] = None,
              on_start: Optional[Callable[[int], None]] = None, cross: bool = True,
              store: Optional[AuditStore] = None, task: Optional[Callable[..., DocFacts]] = None) -> AuditRun:
    """Audit every SOP file under ``root``; returns an :class:`AuditRun` whose ``store`` holds
    the results (the caller closes it).

    ``on_start(total)`` is called once the files are counted and ``on_progress(done, total,
    facts)`` after each document. ``jobs`` defaults to the number of CPUs. A KeyboardInterrupt
    during the document stage ends it cleanly (``interrupted`` set, the cross-document stage
    skipped); one during the cross-document stage is re-raised after the store is consistent.
    """
    jobs = jobs or os.cpu_count() or 1
    options = options or TaskOptions()
    run = AuditRun(root=str(root), store=store or AuditStore(), jobs=jobs, executor=executor)
    run.total = count_audit_files(root, options)
    if on_start:
        on_start(run.total)
    started = time.perf_counter()
    files = audit_files(root, options)
    if executor == "dask":
        def on_threads(n: int) -> None:
            run.jobs = n

        results = dask_results(files, scheduler, jobs, options, on_threads, task=task)
    elif jobs == 1 and executor == "inline":
        results = ((task or audit_document)(p, d, options) for p, d in files)
    else:
        results = process_results(files, jobs, options, task=task or audit_document)
    try:
        for facts in results:
            run.store.add(facts)
            run.done += 1
            run.worker_seconds += facts.seconds
            if on_progress:
                on_progress(run.done, run.total, facts)
    except KeyboardInterrupt:
        run.interrupted = True
    finally:
        close = getattr(results, "close", None)
        if close:
            try:
                close()
            except KeyboardInterrupt:  # a second Ctrl-C while the workers stop
                run.interrupted = True
    run.check_seconds = time.perf_counter() - started
    run.store.finish()
    if cross and not run.interrupted:
        from .cross import run_cross

        started = time.perf_counter()
        run.cross_findings = run_cross(run.store, root, options)
        run.cross_seconds = time.perf_counter() - started
    return run
