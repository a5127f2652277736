"""The cross-document stage: run the audit-scope rules one dinas at a time over the store.

Only one dinas's facts (numbers, titles, instansi, references — no findings, no drawings) are
in memory at a time. The configuration that applies to the audit root (``--config`` or the
nearest ``sopcheck.toml``) selects the rules, overrides severities and thresholds.
"""

from __future__ import annotations

from pathlib import Path

from .rules import AUDIT_RULES, DinasFacts, DocEntry, RefEntry
from .store import AuditStore
from .task import TaskOptions


def load_dinas(store: AuditStore, dinas: str, root: str | None = None) -> DinasFacts:
    """The facts of one dinas, read back from ``store``."""
    facts = DinasFacts(dinas, root=root)
    by_id: dict[int, DocEntry] = {}
    for doc_id, path, instansi, nomor, nama in store.db.execute(
            "SELECT id, path, instansi, nomor_sop, nama_sop FROM docs WHERE dinas = ? AND readable = 1 "
            "ORDER BY path", (dinas,)):
        entry = DocEntry(doc_id, path, instansi, nomor, nama)
        by_id[doc_id] = entry
        facts.documents.append(entry)
    for doc_id, idx, title, nomor in store.db.execute(
            "SELECT p.doc_id, p.idx, p.title, p.nomor_sop FROM procs p JOIN docs d ON d.id = p.doc_id "
            "WHERE d.dinas = ? ORDER BY p.doc_id, p.idx", (dinas,)):
        if doc_id in by_id:
            by_id[doc_id].procedures.append((idx, title, nomor))
    for row in store.db.execute(
            "SELECT r.doc_id, r.kind, r.text, r.procedure, r.step, r.page, r.tbl, r.row FROM refs r "
            "JOIN docs d ON d.id = r.doc_id WHERE d.dinas = ? ORDER BY d.path, r.rowid", (dinas,)):
        facts.references.append(RefEntry(*row))
    return facts


def run_cross(store: AuditStore, root: str | Path, options: TaskOptions = TaskOptions()) -> int:
    """Run every selected audit rule over every dinas; store the findings; return their count."""
    from ..checks import RuleContext
    from ..config import ConfigFinder

    cfg = ConfigFinder(Path(options.config) if options.config else None).for_file(Path(root) / "_")
    selected = set(cfg.rules_for(Path(root) / "_"))
    ctx = RuleContext(lang=options.lang, options=cfg.thresholds, extra_roles=cfg.roles)
    count = 0
    for dinas in store.dinas_names():
        facts = load_dinas(store, dinas, str(root))
        if not facts.documents:
            continue
        for spec in AUDIT_RULES:
            if spec.name not in selected:
                continue
            severity = cfg.severity.get(spec.name, spec.severity)
            for hit in spec.func(facts, ctx):
                message = spec.render(hit.params, options.lang)
                store.add_audit_finding(hit.doc_id, spec.name, spec.code, severity, message,
                                        hit.procedure, hit.step, hit.page, hit.table, hit.row)
                count += 1
    store.finish()
    store.db.commit()
    return count
