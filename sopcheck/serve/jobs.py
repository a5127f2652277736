"""The server's jobs: uploaded files waiting for, being given to, and back from the workers.

A :class:`Job` is one upload: its folder (``ROOT/<id>/``, inside the server's temporary
folder) holding the uploaded files and what the workers wrote for them, and one
:class:`FileJob` per file with its status (``queued`` → ``working`` → ``done`` | ``failed``).

The :class:`Desk` owns the temporary folder (created at start-up, removed at shutdown) and a
pool of worker processes (:func:`sopcheck.serve.work.process_file`). Files of all jobs wait in
one queue; ``workers`` of them are worked on at once. A worker that runs longer than the
per-file time limit plus :data:`~sopcheck.serve.work.GRACE` is killed with its pool (a fresh
pool takes over; files that were in flight in the killed pool are given once more); a worker
that dies (a crash, the kernel's OOM killer) costs its file one message. A job's folder is
removed when the job is deleted, when it is older than ``ttl`` seconds, or when more than
``keep`` jobs exist (the oldest go first).
"""

from __future__ import annotations

import asyncio
import secrets
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from .work import GRACE, Outcome, process_file

JOB_TTL = 3600.0
"""Seconds a finished job (its files, copies and sheets) is kept."""
KEEP_JOBS = 40
"""Jobs kept at most; the oldest are removed first."""


@dataclass
class FileJob:
    """One uploaded file of a job: ``name`` as the browser sent it, ``path`` where it is stored."""

    name: str
    path: Path
    status: str = "queued"
    outcome: Optional[Outcome] = None
    tries: int = 0


@dataclass
class Job:
    """One upload: ``id`` (unguessable, in its URLs), its ``folder``, the ``lang`` its messages
    are written in, its files."""

    id: str
    folder: Path
    lang: str
    files: list[FileJob] = field(default_factory=list)
    created: float = field(default_factory=time.time)
    finished: Optional[float] = None

    @property
    def done(self) -> int:
        """Files finished (``done`` or ``failed``)."""
        return sum(1 for f in self.files if f.status in ("done", "failed"))

    @property
    def complete(self) -> bool:
        return self.done == len(self.files)


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server; the server stops the workers


def _context():
    import multiprocessing as mp

    if sys.platform.startswith("linux") and "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["sopcheck.serve.work", "sopcheck.api", "sopcheck.checks",
                                    "sopcheck.write.annotate", "sopcheck.write.sheet", "sopcheck.audit.page"])
        return ctx
    return mp.get_context("spawn")


class Desk:
    """The jobs and the workers of one server (see the module docstring).

    ``config`` is the :class:`~sopcheck.config.Config` every file is checked under; ``author``
    the name on the comments and the sheet; ``timeout`` the per-file time limit (seconds, 0 =
    none). ``task`` is :func:`~sopcheck.serve.work.process_file` (tests pass a stand-in; it must
    be importable by the workers), ``grace`` the seconds past ``timeout`` before a worker is killed.
    """

    def __init__(self, config, author: str, timeout: float, workers: int = 1, ttl: float = JOB_TTL,
                 keep: int = KEEP_JOBS, task: Callable[..., Outcome] = process_file, grace: float = GRACE):
        self.config, self.author, self.timeout, self.task, self.grace = config, author, timeout, task, grace
        self.workers, self.ttl, self.keep = max(1, workers), ttl, keep
        self.jobs: dict[str, Job] = {}
        self.root: Optional[Path] = None
        self._pool = None
        self._queue: Optional[asyncio.Queue] = None
        self._tasks: list[asyncio.Task] = []

    # --- life
    async def start(self) -> None:
        """Create the temporary folder and the pool; start the queue's consumers."""
        self.root = Path(tempfile.mkdtemp(prefix="sopcheck-serve-"))
        self._pool = self._new_pool()
        self._queue = asyncio.Queue()
        self._tasks = [asyncio.create_task(self._consume()) for _ in range(self.workers)]

    async def stop(self) -> None:
        """Stop the consumers and the workers; remove the temporary folder with every job."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._pool is not None:
            _kill_pool(self._pool, grace=2.0)
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
        self.jobs.clear()

    def _new_pool(self):
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(max_workers=self.workers, mp_context=_context(), initializer=_worker_init)

    # --- jobs
    def new_job(self, lang: str) -> Job:
        """A new, empty job with its folder."""
        self.expire()
        job_id = secrets.token_urlsafe(12)
        folder = self.root / job_id
        folder.mkdir(mode=0o700)
        job = Job(id=job_id, folder=folder, lang=lang)
        self.jobs[job_id] = job
        return job

    def submit(self, job: Job) -> None:
        """Queue every file of ``job``."""
        for fj in job.files:
            self._queue.put_nowait((job, fj))
        if not job.files:
            job.finished = time.time()

    def drop(self, job_id: str) -> bool:
        """Remove a job and its folder; whether it existed."""
        job = self.jobs.pop(job_id, None)
        if job is None:
            return False
        shutil.rmtree(job.folder, ignore_errors=True)
        return True

    def expire(self, now: Optional[float] = None) -> None:
        """Remove finished jobs older than ``ttl``, and the oldest jobs beyond ``keep``."""
        now = time.time() if now is None else now
        for job in list(self.jobs.values()):
            if job.complete and job.finished is not None and now - job.finished > self.ttl:
                self.drop(job.id)
        while len(self.jobs) >= self.keep:
            oldest = min(self.jobs.values(), key=lambda j: j.created)
            self.drop(oldest.id)

    # --- the work
    async def _consume(self) -> None:
        from concurrent.futures.process import BrokenProcessPool

        loop = asyncio.get_running_loop()
        while True:
            job, fj = await self._queue.get()
            if self.jobs.get(job.id) is not job:  # deleted meanwhile
                continue
            fj.status, fj.tries = "working", fj.tries + 1
            pool = self._pool
            hard = self.timeout + self.grace if self.timeout and self.timeout > 0 else None
            try:
                future = pool.submit(self.task, str(fj.path), fj.name, job.files.index(fj) + 1, self.config,
                                     job.lang, self.author, self.timeout)
                outcome = await asyncio.wait_for(asyncio.wrap_future(future, loop=loop), timeout=hard)
            except asyncio.TimeoutError:
                self._replace(pool)
                outcome = Outcome(status="failed", message=_killed(fj.name, self.timeout, job.lang))
            except BrokenProcessPool:
                self._replace(pool)
                if fj.tries < 2:  # in flight when another file's worker was killed: once more
                    fj.status = "queued"
                    self._queue.put_nowait((job, fj))
                    continue
                outcome = Outcome(status="failed", message=_crashed(fj.name, job.lang))
            except Exception as exc:  # the pool could not take the work (pickling...): this file only
                outcome = Outcome(status="failed", message=f"{fj.name}: {type(exc).__name__}: {exc}")
            if self.jobs.get(job.id) is not job:
                continue
            fj.outcome, fj.status = outcome, outcome.status
            if job.complete:
                job.finished = time.time()

    def _replace(self, broken) -> None:
        """Kill ``broken`` and put a fresh pool in its place (once, whoever notices first)."""
        if self._pool is broken:
            self._pool = self._new_pool()
            _kill_pool(broken)


def _kill_pool(pool, grace: float = 0.0) -> None:
    """Stop ``pool``'s workers: cancel what waits, give running work ``grace`` seconds to end,
    then kill what is left."""
    procs = getattr(pool, "_processes", None)  # private, but the only handle on the workers
    processes = list(procs.values()) if isinstance(procs, dict) else []
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + grace
    for proc in processes:
        try:
            proc.join(timeout=max(deadline - time.monotonic(), 0.0))
            if proc.is_alive():
                proc.kill()
        except (OSError, ValueError, AttributeError, AssertionError):  # already gone
            pass
    for proc in processes:
        try:
            proc.join(timeout=5)
        except Exception:
            pass


def _killed(name: str, seconds: float, lang: str) -> str:
    n = f"{seconds:g}"
    if lang == "en":
        return (f"{name}: processing was stopped after {n} seconds (per-file time limit); check whether the file is "
                f"too large or corrupt, or raise timeout-per-file.")
    return (f"{name}: pemrosesan dihentikan setelah {n} detik (batas waktu per berkas); periksa apakah berkas terlalu "
            f"besar atau rusak, atau naikkan batas timeout-per-file.")


def _crashed(name: str, lang: str) -> str:
    if lang == "en":
        return (f"{name}: the worker process died while processing this file; the file is probably corrupt or far "
                f"too complex. Open it in Word and save it again.")
    return (f"{name}: proses pemeriksa berhenti mendadak saat memproses berkas ini; berkas kemungkinan rusak atau "
            f"terlalu rumit. Buka di Word lalu simpan ulang.")
