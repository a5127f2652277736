"""The per-document task of an audit: check one file and keep only what the audit needs.

:func:`audit_document` is the one function both executors run (a process pool on this machine,
or Dask workers on a cluster). It parses and checks one file through
:func:`sopcheck.api.check_file` (which never raises for a bad file) and returns a
:class:`DocFacts`: the findings as plain tuples plus the few model facts the cross-document
stage needs (Nomor SOP and title per procedure, instansi, Keterkaitan/Keterangan references,
counts, the pelaksana posts the roster does not know) and a small drawing spec per procedure
for the HTML report. The parsed model itself never leaves the worker, so the main process holds
nothing whose size grows with a document.

An audit counts SOPs, not files: a bundle (a file holding several SOPs) gives one
:class:`DocFacts` per SOP, the first returned with the others in its ``more`` list (so the
executors still move one result per file); each has the file's path and its ``part``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from ..checks.dinas_facts import Reference, RoleUse, references_of, role_uses_of
from ..model import severity_rank
from ..text import shorten

# Bounds on what one document may send back (a hostile file must not blow up the report).
MAX_TEXT = 300
"""Characters kept of any one text fact (titles, references, messages are cut there)."""
MAX_DRAW_STEPS = 200
MAX_DRAW_LANES = 24
MAX_KEGIATAN = 140
MAX_FINDINGS = 2000
"""Findings kept per document; the rest are counted (``DocFacts.dropped_findings``)."""

FindingRow = tuple  # (rule, code, severity, message, procedure, step, page, table, row)
"""One finding as a plain tuple: ``(rule, code, severity, message, procedure, step, page,
table, row)``; cheap to pickle and to store."""


@dataclass
class ProcFacts:
    """What the audit keeps of one procedure."""

    title: Optional[str]
    nomor_sop: Optional[str]
    n_steps: int
    drawing: Optional[dict[str, Any]] = None


@dataclass
class DocFacts:
    """The compact result of one document (see the module docstring)."""

    path: str
    dinas: Optional[str]
    format: Optional[str] = None
    readable: bool = False
    instansi: Optional[str] = None
    nomor_sop: Optional[str] = None
    nama_sop: Optional[str] = None
    procedures: list[ProcFacts] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    roles: list[RoleUse] = field(default_factory=list)
    """The pelaksana posts the roster (with the folder's ``[[roles]]``) does not know."""
    findings: list[FindingRow] = field(default_factory=list)
    dropped_findings: int = 0
    seconds: float = 0.0
    part: Optional[int] = None
    """The SOP's 1-based index in a bundle; ``None`` for a single-SOP (or unreadable) file."""
    parts: Optional[int] = None
    """How many SOPs the bundle holds; ``None`` for a single-SOP file."""
    more: list["DocFacts"] = field(default_factory=list)
    """The facts of the bundle's other SOPs (parts 2..n), on part 1's facts only."""

    @property
    def n_steps(self) -> int:
        return sum(p.n_steps for p in self.procedures)


@dataclass(frozen=True)
class TaskOptions:
    """What every task of one audit shares (picklable, sent with each task)."""

    lang: str = "id"
    timeout_per_file: Optional[float] = None  # None: the configuration's [limits], else 60 s
    config: Optional[str] = None
    drawings: bool = True
    ocr: bool = True  # False: --no-ocr (scanned pages are no-text-layer findings)


def _cut(text: Optional[str], limit: int = MAX_TEXT) -> Optional[str]:
    """``text`` shortened to ``limit`` characters for the store; ``None`` stays ``None``."""
    return None if text is None else shorten(text, limit)


@lru_cache(maxsize=4)
def _finder(config: Optional[str]):
    from ..config import ConfigFinder

    return ConfigFinder(Path(config) if config else None)


def file_facts(path: str, dinas: Optional[str], rule: str, message: str) -> DocFacts:
    """The facts of a file that could not be checked: one error finding of the file-level
    ``rule`` (``unreadable-file``, ``resource-limit``)."""
    from ..checks.base import file_finding

    facts = DocFacts(path=path, dinas=dinas)
    _add_findings(facts, [file_finding(path, rule, message)])
    return facts


def audit_document(path: str, dinas: Optional[str], options: TaskOptions = TaskOptions(),
                   source: Optional[str] = None) -> DocFacts:
    """Parse and check ``path`` and return its :class:`DocFacts`; never raises for a bad file.

    ``source`` is the path the audit shows and stores (default ``path``): a worker on another
    machine is sent the absolute path, the report keeps the one the walk found.

    A bundle's SOPs each get their facts and findings: the first SOP's are returned, the
    others in its ``more`` (see the module docstring).

    ``dinas`` is the document's first-level folder under the audit root (``None`` for a file
    directly in the root: the main process then files it under its instansi). The nearest
    configuration file (or ``options.config``) selects the rules and severities, as in
    ``sopcheck check``.
    """
    import time

    from ..api import check_configured

    started = time.perf_counter()
    read, path = path, source or path
    facts = DocFacts(path=path, dinas=dinas)
    extra_roles: list = []
    try:
        cfg = _finder(options.config).for_file(Path(read))
        extra_roles = cfg.roles
        result = check_configured(read, cfg, source=path, lang=options.lang,
                                  timeout_per_file=options.timeout_per_file, ocr=options.ocr)
        findings = result.findings
    except Exception as exc:  # configuration trouble or a bug: one finding, the audit goes on
        from ..checks.base import file_finding

        message = f"{path}: {type(exc).__name__}: {exc}"
        findings = [file_finding(path, "unreadable-file", message)]
        result = None
    docs = result.documents if result is not None else []
    if len(docs) > 1:
        parts = [DocFacts(path=path, dinas=dinas, part=doc.part.index, parts=len(docs)) for doc in docs]
        for part, doc in zip(parts, docs):
            own = [f for f in findings if f.part == part.part or (f.part is None and part.part == 1)]
            _add_findings(part, own)
            _collect(doc, part, own, options, extra_roles)
        facts, facts.more = parts[0], parts[1:]
    else:
        _add_findings(facts, findings)
        if docs:
            _collect(docs[0], facts, findings, options, extra_roles)
    facts.seconds = time.perf_counter() - started
    return facts


def _add_findings(facts: DocFacts, findings) -> None:
    for f in findings[:MAX_FINDINGS]:
        loc = f.location
        facts.findings.append((f.rule, f.code, f.severity, _cut(f.message, 1000), f.procedure, f.step,
                               loc.page, loc.table, loc.row))
    facts.dropped_findings = max(0, len(findings) - MAX_FINDINGS)


def _collect(doc, facts: DocFacts, findings, options: TaskOptions, extra_roles=()) -> None:
    facts.readable = True
    facts.format = doc.format
    ident = doc.identity
    if ident is not None:
        facts.instansi = _cut(ident.instansi)
        facts.nomor_sop = _cut(ident.nomor_sop)
        facts.nama_sop = _cut(ident.nama_sop)
    worst, flagged = worst_severities(findings), flagged_steps(findings)
    for p, proc in enumerate(doc.procedures, 1):
        facts.procedures.append(ProcFacts(title=_cut(proc.title), nomor_sop=_cut(proc.nomor_sop),
                                          n_steps=len(proc.steps),
                                          drawing=drawing_spec(p, proc, worst, flagged) if options.drawings else None))
    for ref in references_of(doc):
        ref.text = _cut(ref.text)
        facts.references.append(ref)
    # the unknown-role finding on each header, as stored (the audit drops it for a post of the
    # instansi's own roster)
    messages = {f.field_key: _cut(f.message, 1000) for f in findings
                if f.rule == "unknown-role" and f.field_key is not None}
    for use in role_uses_of(doc, extra_roles, messages):
        use.header, use.post = _cut(use.header) or "", _cut(use.post) or ""
        facts.roles.append(use)


def worst_severities(findings) -> dict[tuple[int, int], str]:
    """``(procedure, step) -> the worst severity`` of ``findings`` about that step (the tint of
    its row in a drawing)."""
    worst: dict[tuple[int, int], str] = {}
    for f in findings:
        if f.procedure is not None and f.step is not None:
            key = (f.procedure, f.step)
            if severity_rank(f.severity) >= severity_rank(worst.get(key, "info")):
                worst[key] = f.severity
    return worst


def flagged_steps(findings) -> set[tuple[int, int]]:
    """The ``(procedure, step)`` whose outgoing arrows a rule of :data:`EDGE_RULES` flags (a
    warning or error): the drawing shows those arrows red."""
    return {(f.procedure, f.step) for f in findings
            if f.rule in EDGE_RULES and f.severity != "info" and f.procedure is not None and f.step is not None}


EDGE_RULES = frozenset({"flow-order", "flow-into-start", "decision-branches", "branch-label-on-process"})
"""Rules about a step's outgoing arrows: the swimlane highlights the arrows of a step they flag."""


def drawing_spec(p: int, proc, worst: dict[tuple[int, int], str],
                 flagged: frozenset | set = frozenset()) -> dict[str, Any]:
    """A compact drawing spec of procedure ``p``: lanes (role headers), per step
    ``[number, kegiatan, [lane indices], symbol, worst severity or "", [kind per lane index]]``
    (the kind drawn in each lane, :attr:`~sopcheck.model.Step.role_symbols`), and ``flow``: the
    arrows as read, ``[from step index, from lane, to step index or -1, to lane or -1, label,
    flagged]`` (0-based; ``flagged`` when a rule of :data:`EDGE_RULES` flags the source step;
    ``flagged`` holds the ``(procedure, step)`` those rules flag)."""
    from ..text import fold

    lanes = [(_cut(h, 60) or "") for h in proc.pelaksana[:MAX_DRAW_LANES]]
    folded = [fold(h) for h in lanes]
    steps = []
    for i, step in enumerate(proc.steps[:MAX_DRAW_STEPS], 1):
        idx, kinds = [], []
        for name, kind in zip(step.pelaksana, step.role_symbols):
            j = lanes.index(name) if name in lanes else (folded.index(fold(name)) if fold(name) in folded else -1)
            if j >= 0 and j not in idx:
                idx.append(j)
                kinds.append(kind or "")
        number = step.number if step.number is not None else i
        steps.append([step.number_raw or "", _cut(step.kegiatan, MAX_KEGIATAN) or "", idx,
                      step.symbol or "", worst.get((p, number), ""), kinds])

    def lane(position: int | None, index: int | None) -> int:
        if position is None or not 1 <= position <= len(proc.steps):
            return -1
        step = proc.steps[position - 1]
        column = step.symbols[index].column if index is not None and 0 <= index < len(step.symbols) else None
        if column is None:
            column = step.pelaksana[0] if step.pelaksana else ""
        return lanes.index(column) if column in lanes else (folded.index(fold(column)) if fold(column) in folded
                                                            else -1)

    flow = []
    for a in proc.flow:
        if not 1 <= a.from_ <= min(len(proc.steps), MAX_DRAW_STEPS):
            continue
        source = proc.steps[a.from_ - 1]
        number = source.number if source.number is not None else a.from_
        to = a.to if a.to is not None and a.to <= MAX_DRAW_STEPS else None
        flow.append([a.from_ - 1, lane(a.from_, a.source), to - 1 if to else -1, lane(to, a.target) if to else -1,
                     _cut(a.label, 20) or "", (p, number) in flagged])
    return {"lanes": lanes, "steps": steps, "more": max(0, len(proc.steps) - MAX_DRAW_STEPS), "flow": flow}
