"""The pipeline in three calls: read a file, lay it out as an SOP, check it.

    reader (DOCX/PDF) -> :class:`~sopcheck.blocks.Blocks`
    layout            -> :class:`~sopcheck.model.SopDocument`
    rules             -> list of :class:`~sopcheck.model.Finding`

These functions are what the CLI, the audit workers, the benchmark and the tests call:
:func:`check_configured` is "check this file under its configuration", the one place that
applies a :class:`~sopcheck.config.Config` (rule selection, severities, thresholds, roles,
limits) to a file; :func:`failing` is the exit-status test.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

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


def parse_file(path: str | Path, source: str | None = None, limits: Limits = DEFAULT_LIMITS) -> SopDocument:
    """Read and lay out ``path`` into the normalized model.

    ``source`` is the path as the user gave it (default: ``str(path)``).

    :raises ReadError: when the file cannot be read or holds no SOP (``not-an-sop``).
    """
    from .layout import build_document

    blocks = read_blocks(path, limits=limits)
    blocks.source = source if source is not None else str(path)
    return build_document(blocks)


@dataclass
class FileResult:
    """What checking one file gave: the model (``None`` when unreadable) and findings."""

    path: str
    document: Optional[SopDocument] = None
    findings: list[Finding] = field(default_factory=list)


def check_file(path: str | Path, source: str | None = None, lang: str = "id",
               limits: Limits = DEFAULT_LIMITS, selected: Iterable[str] | None = None,
               severities: dict[str, str] | None = None, ctx=None, cache=None) -> FileResult:
    """Parse and check one file; never raises for a bad file.

    An unreadable file yields one error finding named after the :class:`ReadError`'s rule;
    an unexpected failure inside sopcheck yields one ``unreadable-file`` finding, so a batch
    always goes on. ``cache`` (a :class:`sopcheck.cache.ParseCache`) reuses the parse of an
    unchanged file. ``limits.timeout_per_file`` bounds parse + check (seconds).
    """
    from .checks import RuleContext, run_rules
    from .checks.base import file_finding

    source = source if source is not None else str(path)
    ctx = ctx or RuleContext(lang=lang)
    try:
        with _guarded(source, limits):
            doc = _parse_cached(Path(path), source, limits, cache)
            findings = run_rules(doc, source, ctx, selected=selected, severities=severities)
    except ReadError as exc:
        return FileResult(path=source, findings=[file_finding(source, exc.rule, exc.message(lang))])
    return FileResult(path=source, document=doc, findings=findings)


def check_configured(path: str | Path, config, source: str | None = None, lang: str = "id",
                     timeout_per_file: float | None = None, cache=None) -> FileResult:
    """Check ``path`` under ``config`` (a :class:`~sopcheck.config.Config`, command-line rule
    flags already layered on it): its rule selection for this file (``per-file-ignores``
    included), severities, thresholds, extra roles and ``[limits]``; ``timeout_per_file``
    (seconds) overrides the configured time limit. File-level findings obey the selection too.
    Never raises for a bad file (see :func:`check_file`).
    """
    from dataclasses import replace

    from .checks import RuleContext

    selected = config.rules_for(Path(path))
    ctx = RuleContext(lang=lang, options=config.thresholds, extra_roles=config.roles)
    limits = config.limits_with(DEFAULT_LIMITS)
    if timeout_per_file is not None:
        limits = replace(limits, timeout_per_file=timeout_per_file)
    result = check_file(path, source=source, lang=lang, limits=limits, selected=selected,
                        severities=config.severity, ctx=ctx, cache=cache)
    allowed = set(selected)
    result.findings = [f for f in result.findings if f.rule in allowed]
    return result


def failing(findings: Iterable[Finding], fail_on: str = "error") -> bool:
    """True when a finding reaches the ``fail_on`` severity (``error`` or ``warning``): the
    run then exits with status 1."""
    from .model import reaches

    return any(reaches(f.severity, fail_on) for f in findings)


def parse_file_guarded(path: str | Path, source: str | None = None,
                       limits: Limits = DEFAULT_LIMITS) -> SopDocument:
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


def _parse_cached(path: Path, source: str, limits: Limits, cache) -> SopDocument:
    if cache is None:
        return parse_file(path, source=source, limits=limits)
    from .cache import content_key

    key = content_key(path, limits)
    doc = cache.get(key, source)
    if doc is None:
        doc = parse_file(path, source=source, limits=limits)
        cache.put(key, doc)
    return doc


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
