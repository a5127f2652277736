"""The pipeline in three calls: read a file, lay it out as an SOP, check it.

    reader (DOCX/PDF) -> :class:`~sopcheck.blocks.Blocks`
    layout            -> list of :class:`~sopcheck.model.SopDocument` (one per SOP)
    rules             -> list of :class:`~sopcheck.model.Finding`

A file usually holds one SOP; a "Buku SOP" (bundle) holds several, and the library returns
one model per SOP: ``parse_file`` a list, ``FileResult.documents`` one entry per SOP, each
finding naming its SOP in ``part``. ``[doc] = parse_file(path)`` reads a file known to hold
one SOP.

These functions are what the CLI, the audit workers, the benchmark and the tests call:
:func:`check_configured` is "check this file under its configuration", the one place that
applies a :class:`~sopcheck.config.Config` (rule selection, severities, thresholds, roles,
limits) to a file; :func:`failing` is the exit-status test.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

from .blocks import Blocks
from .errors import ReadError
from .limits import DEFAULT_LIMITS, Limits
from .model import Finding, SopDocument


def read_blocks(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Blocks:
    """Read ``path`` (DOCX or PDF, told apart by content, not by name) into blocks.

    :raises ReadError: (a subclass naming the file-level rule) when the file cannot be read.
    """
    from .readers import read

    return read(Path(path), limits=limits)


def parse_file(path: str | Path, source: str | None = None, limits: Limits = DEFAULT_LIMITS) -> list[SopDocument]:
    """Read and lay out ``path`` into the normalized model: one document per SOP of the file
    (one for a single-SOP file, ``part`` ``None``; one per SOP of a bundle, in file order).

    ``source`` is the path as the user gave it (default: ``str(path)``).

    :raises ReadError: when the file cannot be read or holds no SOP (``not-an-sop``).
    """
    from .layout import build_documents

    blocks = read_blocks(path, limits=limits)
    blocks.source = source if source is not None else str(path)
    return build_documents(blocks)


@dataclass
class FileResult:
    """What checking one file gave: one model per SOP (empty when the file is unreadable) and
    the findings of every SOP, each naming its SOP in ``part`` (``None`` for a single-SOP file
    and for file-level findings)."""

    path: str
    documents: list[SopDocument] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def document(self) -> Optional[SopDocument]:
        """The file's first SOP, ``None`` when unreadable: the whole model of a single-SOP
        file. A bundle has more; iterate :attr:`documents` (or use :meth:`document_of`)."""
        return self.documents[0] if self.documents else None

    def document_of(self, finding: Finding) -> Optional[SopDocument]:
        """The SOP ``finding`` is about: its ``part`` (1-based), else the only SOP of a
        single-SOP file; ``None`` for a file-level finding of a bundle or an unreadable file."""
        if finding.part is not None:
            index = finding.part - 1
            return self.documents[index] if 0 <= index < len(self.documents) else None
        return self.documents[0] if len(self.documents) == 1 else None


def check_file(path: str | Path, source: str | None = None, lang: str = "id",
               limits: Limits = DEFAULT_LIMITS, selected: Iterable[str] | None = None,
               severities: dict[str, str] | None = None, ctx=None, cache=None) -> FileResult:
    """Parse and check one file; never raises for a bad file.

    Every SOP of the file is checked on its own; a bundle's findings carry their SOP's index
    in ``part`` (counting procedures and steps within that SOP). An unreadable file yields one
    error finding named after the :class:`ReadError`'s rule; an unexpected failure inside
    sopcheck yields one ``unreadable-file`` finding, so a batch always goes on. ``cache`` (a
    :class:`sopcheck.cache.ParseCache`) reuses the parse of an unchanged file.
    ``limits.timeout_per_file`` bounds parse + check (seconds).
    """
    from .checks import RuleContext, run_rules
    from .checks.base import file_finding

    source = source if source is not None else str(path)
    ctx = ctx or RuleContext(lang=lang)
    try:
        with _guarded(source, limits):
            docs = _parse_cached(Path(path), source, limits, cache)
            findings = []
            for doc in docs:
                found = run_rules(doc, source, ctx, selected=selected, severities=severities)
                if doc.part is not None:
                    for finding in found:
                        finding.part = doc.part.index
                findings.extend(found)
    except ReadError as exc:
        return FileResult(path=source, findings=[file_finding(source, exc.rule, exc.message(lang))])
    return FileResult(path=source, documents=docs, findings=findings)


def check_configured(path: str | Path, config, source: str | None = None, lang: str = "id",
                     timeout_per_file: float | None = None, cache=None, ocr: bool = True) -> FileResult:
    """Check ``path`` under ``config`` (a :class:`~sopcheck.config.Config`, command-line rule
    flags already layered on it): its rule selection for this file (``per-file-ignores``
    included), severities, thresholds, extra roles and ``[limits]``; ``timeout_per_file``
    (seconds) overrides the configured time limit; ``ocr=False`` (``--no-ocr``) switches OCR off
    whatever the configuration says. File-level findings obey the selection too.
    Never raises for a bad file (see :func:`check_file`).
    """
    from dataclasses import replace

    from .checks import RuleContext

    selected = config.rules_for(Path(path))
    ctx = RuleContext(lang=lang, options=config.thresholds, extra_roles=config.roles)
    limits = config.limits_with(DEFAULT_LIMITS)
    if timeout_per_file is not None:
        limits = replace(limits, timeout_per_file=timeout_per_file)
    if not ocr:
        limits = replace(limits, ocr=False)
    result = check_file(path, source=source, lang=lang, limits=limits, selected=selected,
                        severities=config.severity, ctx=ctx, cache=cache)
    allowed = set(selected)
    result.findings = [f for f in result.findings if f.rule in allowed]
    return result


CheckTask = tuple
"""``(path, source, config)``: a file to check, the path shown for it, its
:class:`~sopcheck.config.Config` (command-line rule flags layered on)."""


def check_many(tasks: Sequence[CheckTask], lang: str = "id", timeout_per_file: float | None = None,
               cache_root: str | Path | None = None, jobs: Optional[int] = 1) -> list[FileResult]:
    """:func:`check_configured` over ``tasks``, the results in the order of ``tasks``.

    ``jobs`` worker processes check files in parallel (``None``: one per CPU; 1: in this
    process), as the audit does (:mod:`sopcheck.parallel`); the result is the same as checking
    one file after the other. ``cache_root`` is the parse cache folder (``None``: no cache).
    The per-file time limit holds in workers too (each file is checked in a worker's main
    thread). A worker that dies on a file gives that file one ``unreadable-file`` finding and
    the run goes on.
    """
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(tasks) <= 1:
        return [_check_task(task, lang, timeout_per_file, cache_root) for task in tasks]
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from .parallel import mp_context, worker_died_message, worker_init

    def pool_of(n: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=n, mp_context=mp_context(), initializer=worker_init)

    results: list[Optional[FileResult]] = [None] * len(tasks)
    pool = pool_of(min(jobs, len(tasks)))
    try:
        futures = [pool.submit(_check_task, task, lang, timeout_per_file, cache_root) for task in tasks]
        for i, future in enumerate(futures):
            try:
                results[i] = future.result()
            except BrokenProcessPool:  # a worker died: every file in flight is suspect
                pass
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    for i, task in enumerate(tasks):  # the suspects again, each alone, so the culprit is found
        if results[i] is not None:
            continue
        single = pool_of(1)
        try:
            results[i] = single.submit(_check_task, task, lang, timeout_per_file, cache_root).result()
        except BrokenProcessPool as exc:
            from .checks.base import file_finding

            source = task[1]
            results[i] = FileResult(path=source, findings=[file_finding(
                source, "unreadable-file", worker_died_message(source, type(exc).__name__, lang))])
        finally:
            single.shutdown(wait=False, cancel_futures=True)
    return results  # type: ignore[return-value]


def _check_task(task: CheckTask, lang: str, timeout_per_file: float | None, cache_root) -> FileResult:
    from .cache import ParseCache

    path, source, config = task
    cache = ParseCache(cache_root) if cache_root is not None else None
    return check_configured(path, config, source=source, lang=lang, timeout_per_file=timeout_per_file, cache=cache)


def failing(findings: Iterable[Finding], fail_on: str = "error") -> bool:
    """True when a finding reaches the ``fail_on`` severity (``error`` or ``warning``): the
    run then exits with status 1."""
    from .model import reaches

    return any(reaches(f.severity, fail_on) for f in findings)


def parse_file_guarded(path: str | Path, source: str | None = None,
                       limits: Limits = DEFAULT_LIMITS) -> list[SopDocument]:
    """:func:`parse_file` with :func:`check_file`'s protections: the per-file time limit, and
    any unexpected failure turned into a :class:`ReadError` (``unreadable-file``, or
    ``resource-limit`` for memory/nesting exhaustion) naming the file.

    :raises ReadError: always, for any file that cannot be parsed.
    """
    source = source if source is not None else str(path)
    with _guarded(source, limits):
        return parse_file(path, source=source, limits=limits)


@contextmanager
def _guarded(source: str, limits: Limits):
    """Run the block under ``limits.timeout_per_file``; re-raise anything but a
    :class:`ReadError` as one (a bug must cost one finding for this file, never the batch)."""
    from .errors import ResourceLimit, UnreadableFile
    from .guard import time_limit

    try:
        with time_limit(limits.timeout_per_file, source):
            yield
    except ReadError:
        raise
    except (MemoryError, RecursionError) as exc:
        raise ResourceLimit(_internal_message(source, exc, "id", limit=True),
                            _internal_message(source, exc, "en", limit=True)) from None
    except Exception as exc:
        raise UnreadableFile(_internal_message(source, exc, "id"), _internal_message(source, exc, "en")) from None


def _parse_cached(path: Path, source: str, limits: Limits, cache) -> list[SopDocument]:
    if cache is None:
        return parse_file(path, source=source, limits=limits)
    from .cache import content_key

    key = content_key(path, limits)
    docs = cache.get(key, source)
    if docs is None:
        docs = parse_file(path, source=source, limits=limits)
        cache.put(key, docs)
    return docs


def _internal_message(source: str, exc: BaseException, lang: str, limit: bool = False) -> str:
    kind = type(exc).__name__
    if limit:
        if lang == "en":
            return f"{source}: processing exceeded memory or nesting limits ({kind}); the file is too complex."
        return f"{source}: pemrosesan melampaui batas memori atau kedalaman ({kind}); berkas terlalu rumit."
    if lang == "en":
        return (f"{source}: the file could not be read ({kind}: {exc}); open it in Word and save it again "
                f"as .docx or .pdf. If that does not help, report it to the sopcheck maintainers.")
    return (f"{source}: berkas tidak dapat dibaca ({kind}: {exc}); buka di Word lalu simpan ulang sebagai "
            f".docx atau .pdf. Bila tetap gagal, laporkan ke pengelola sopcheck.")
