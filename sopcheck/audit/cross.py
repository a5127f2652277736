"""The cross-document stage: run the audit-scope rules one dinas at a time over the store.

Only one dinas's facts (numbers, titles, instansi, references, pelaksana posts the roster does
not know — no findings, no drawings) are in memory at a time. Each dinas's own roster (posts
several of its SOPs use) is listed in the store for the summary. One check spans dinas: the
same SOP (same Nomor SOP, title and instansi) filed in two dinas folders is a
`duplicate-nomor-sop` too; it groups keys in SQLite, so memory stays flat there as well. The
configuration that applies to the audit root (``--config`` or the nearest ``sopcheck.toml``)
selects the rules, overrides severities and thresholds.
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path
from typing import Iterator

from ..checks import all_rules
from ..checks.cross_document import local_roster
from ..checks.dinas_facts import DinasFacts, DocEntry, Reference, RoleUse, first_of, sop_entries, title_for_message
from ..domain.i18n import t
from ..domain.titles import nomor_key, short_key
from ..text import fold
from .store import AuditStore, doc_label
from .task import TaskOptions


def load_dinas(store: AuditStore, dinas: str, root: str | None = None) -> DinasFacts:
    """The facts of one dinas, read back from ``store``."""
    facts = DinasFacts(dinas, root=root)
    by_id: dict[int, DocEntry] = {}
    for doc_id, path, instansi, nomor, nama, part, parts in store.db.execute(
            "SELECT id, path, instansi, nomor_sop, nama_sop, part, parts FROM docs WHERE dinas = ? AND readable = 1 "
            "ORDER BY path, part", (dinas,)):
        entry = DocEntry(doc_id, path, instansi, nomor, nama, part=part, parts=parts)
        by_id[doc_id] = entry
        facts.documents.append(entry)
    for doc_id, idx, title, nomor in store.db.execute(
            "SELECT p.doc_id, p.idx, p.title, p.nomor_sop FROM procs p JOIN docs d ON d.id = p.doc_id "
            "WHERE d.dinas = ? ORDER BY p.doc_id, p.idx", (dinas,)):
        if doc_id in by_id:
            by_id[doc_id].procedures.append((idx, title, nomor))
    for row in store.db.execute(
            "SELECT r.doc_id, r.kind, r.text, r.procedure, r.step, r.page, r.tbl, r.row FROM refs r "
            "JOIN docs d ON d.id = r.doc_id WHERE d.dinas = ? ORDER BY d.path, d.part, r.rowid", (dinas,)):
        facts.references.append(Reference(*row[1:], doc_id=row[0]))
    for doc_id, header, post, kind, message in store.db.execute(
            "SELECT r.doc_id, r.header, r.post, r.kind, r.message FROM roles r JOIN docs d ON d.id = r.doc_id "
            "WHERE d.dinas = ? ORDER BY d.path, d.part, r.rowid", (dinas,)):
        if doc_id in by_id:
            facts.roles.append(RoleUse(header, post, kind, message, doc_id=doc_id))
    return facts


def run_cross(store: AuditStore, root: str | Path, options: TaskOptions | None = None) -> int:
    """Run every selected audit rule over every dinas; store the findings; return their count.
    Then list each dinas's own roster (:func:`~sopcheck.checks.cross_document.local_roster`)
    in the store, which drops the per-document `unknown-role` findings it stands for."""
    options = options or TaskOptions()
    from ..checks import RuleContext
    from ..config import ConfigFinder

    cfg = ConfigFinder(Path(options.config) if options.config else None).for_file(Path(root) / "_")
    selected = set(cfg.rules_for(Path(root) / "_"))
    ctx = RuleContext(lang=options.lang, options=cfg.thresholds, extra_roles=cfg.roles)
    audit_rules = [spec for spec in all_rules() if spec.scope == "audit"]
    count = 0
    for dinas in store.dinas_names():
        facts = load_dinas(store, dinas, str(root))
        if not facts.documents:
            continue
        for spec in audit_rules:
            if spec.name not in selected:
                continue
            severity = cfg.severity.get(spec.name, spec.severity)
            for hit in spec.func(facts, ctx.for_rule(spec)):
                message = spec.render(hit.params, options.lang)
                store.add_audit_finding(hit.doc_id, spec.name, spec.code, severity, message,
                                        hit.procedure, hit.step, hit.page, hit.table, hit.row)
                count += 1
        for role in local_roster(facts):
            store.add_local_role(role)
    if "duplicate-nomor-sop" in selected:
        spec = next(s for s in audit_rules if s.name == "duplicate-nomor-sop")
        severity = cfg.severity.get(spec.name, spec.severity)
        min_digits = ctx.for_rule(spec).opts["min_digits"]
        for doc_id, idx, params in same_sop_in_other_dinas(store, str(root), min_digits, options.lang):
            store.add_audit_finding(doc_id, spec.name, spec.code, severity, spec.render(params, options.lang), idx)
            count += 1
    store.finish()
    store.db.commit()
    return count


def _all_documents(store: AuditStore) -> Iterator[tuple[str, DocEntry]]:
    """``(dinas, document)`` for every readable document with its procedures, streamed."""
    rows = store.db.execute(
        "SELECT d.id, d.path, d.dinas, d.instansi, d.nomor_sop, d.nama_sop, d.part, d.parts, p.idx, p.title, "
        "p.nomor_sop FROM docs d LEFT JOIN procs p ON p.doc_id = d.id WHERE d.readable = 1 ORDER BY d.id, p.idx")
    for _, group in groupby(rows, key=lambda r: r[0]):
        group = list(group)
        doc_id, path, dinas, instansi, nomor, nama, part, parts = group[0][:8]
        procs = [(idx, title, number) for *_, idx, title, number in group if idx is not None]
        yield dinas, DocEntry(doc_id, path, instansi, nomor, nama, procs, part, parts)


def same_sop_in_other_dinas(store: AuditStore, root: str, min_digits: int,
                            lang: str = "id") -> Iterator[tuple[int, int | None, dict]]:
    """``(doc_id, procedure index, message params)`` for each SOP whose Nomor SOP, title and
    instansi recur in another dinas folder: one SOP filed twice, under two names in two
    folders (issue 5). Different dinas may well print the same number on different SOPs (each
    instansi numbers its own), so only the whole key counts. An SOP that already has a
    `duplicate-nomor-sop` finding from its own dinas is left at that one.

    Keys are written to a temporary SQLite table, grouped and sorted there, and read back as
    one stream: one group in memory at a time, whatever the number of documents."""
    db = store.db
    db.execute("DROP TABLE IF EXISTS temp.sop_keys")
    db.execute("DROP TABLE IF EXISTS temp.flagged")
    db.execute("CREATE TEMP TABLE sop_keys (nomor TEXT, title TEXT, instansi TEXT, dinas TEXT, doc_id INTEGER, "
               "idx INTEGER, number TEXT, shown TEXT, path TEXT)")

    def keys() -> Iterator[tuple]:
        for dinas, doc in _all_documents(store):
            for idx, number, title in sop_entries(doc):
                nomor, name = nomor_key(number, min_digits), short_key(title)
                if nomor and len(name) >= 4:
                    yield nomor, name, fold(doc.instansi), dinas, doc.id, idx, number, title, doc_label(
                        doc.path, doc.part, doc.parts)

    db.executemany("INSERT INTO sop_keys VALUES (?,?,?,?,?,?,?,?,?)", keys())
    # a snapshot: the findings added while the rows below stream must not count as earlier ones
    db.execute("CREATE TEMP TABLE flagged AS SELECT DISTINCT doc_id, procedure FROM findings "
               "WHERE rule = 'duplicate-nomor-sop' AND audit = 1")
    db.execute("CREATE INDEX temp.flagged_doc ON flagged (doc_id)")
    db.execute("CREATE INDEX temp.sop_keys_key ON sop_keys (nomor, title, instansi)")
    rows = db.execute(
        "SELECT k.nomor, k.title, k.instansi, k.dinas, k.doc_id, k.idx, k.number, k.shown, k.path, "
        "EXISTS (SELECT 1 FROM flagged f WHERE f.doc_id = k.doc_id AND f.procedure IS k.idx) "
        "FROM sop_keys k JOIN (SELECT nomor, title, instansi FROM sop_keys GROUP BY nomor, title, instansi "
        "HAVING COUNT(DISTINCT dinas) > 1) g ON g.nomor = k.nomor AND g.title = k.title AND g.instansi = k.instansi "
        "ORDER BY k.nomor, k.title, k.instansi, k.path")
    facts = DinasFacts("", root=root)
    for _, group in groupby(rows, key=lambda r: r[:3]):
        members = list(group)  # one SOP's copies
        for _, _, _, dinas, doc_id, idx, number, shown, _, already in members:
            if already:
                continue
            elsewhere = [m[8] for m in members if m[3] != dinas]
            others = first_of((t("same_sop_in", lang, path=facts.show(p)) for p in elsewhere), len(elsewhere))
            yield doc_id, idx, {"nomor": number, "title": title_for_message(shown, 60), "others": others}
    db.execute("DROP TABLE temp.flagged")
    db.execute("DROP TABLE temp.sop_keys")
