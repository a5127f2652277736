"""Where an audit keeps its per-document results: a temporary SQLite database on disk.

Thousands of documents times dozens of findings (plus a drawing per procedure for the HTML
report) do not belong in the main process's memory; every :class:`~sopcheck.audit.task.DocFacts`
is written here as it arrives and dropped. The summary, the cross-document rules (one dinas
at a time) and the reports read it back with queries, streaming, so memory stays flat as the
number of documents grows.

A document is one SOP: each SOP of a bundle (a file holding several) is a row of its own in
``docs``, with the file's path and its ``part`` (1-based) of ``parts``; :func:`doc_label` names
it "path (SOP 2/5)" in reports.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator, Optional

from ..text import fold
from .task import DocFacts

SCHEMA = """
CREATE TABLE docs (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL, dinas TEXT NOT NULL, format TEXT,
    readable INTEGER NOT NULL, instansi TEXT, nomor_sop TEXT, nama_sop TEXT,
    n_procedures INTEGER NOT NULL, n_steps INTEGER NOT NULL, seconds REAL, dropped INTEGER,
    part INTEGER, parts INTEGER
);
CREATE TABLE procs (
    doc_id INTEGER NOT NULL, idx INTEGER NOT NULL, title TEXT, nomor_sop TEXT,
    n_steps INTEGER NOT NULL, drawing TEXT
);
CREATE TABLE refs (
    doc_id INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, procedure INTEGER,
    step INTEGER, page INTEGER, tbl INTEGER, row INTEGER
);
CREATE TABLE roles (
    doc_id INTEGER NOT NULL, header TEXT NOT NULL, post TEXT NOT NULL, kind TEXT NOT NULL, message TEXT
);
CREATE TABLE local_roles (
    dinas TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL, kind TEXT NOT NULL, sops INTEGER NOT NULL,
    docs TEXT NOT NULL, snippet TEXT NOT NULL
);
CREATE TABLE findings (
    doc_id INTEGER NOT NULL, rule TEXT NOT NULL, code TEXT NOT NULL, severity TEXT NOT NULL,
    message TEXT NOT NULL, procedure INTEGER, step INTEGER, page INTEGER, tbl INTEGER,
    row INTEGER, audit INTEGER NOT NULL DEFAULT 0
);
"""

INDEXES = """
CREATE INDEX IF NOT EXISTS docs_dinas ON docs(dinas, path, part);
CREATE INDEX IF NOT EXISTS procs_doc ON procs(doc_id, idx);
CREATE INDEX IF NOT EXISTS refs_doc ON refs(doc_id);
CREATE INDEX IF NOT EXISTS roles_doc ON roles(doc_id);
CREATE INDEX IF NOT EXISTS findings_doc ON findings(doc_id);
"""

NO_DINAS = "(tanpa dinas)"
"""The dinas of a file directly in the audit root whose instansi could not be read."""


def dinas_label(dinas: str, lang: str = "id") -> str:
    """``dinas`` as shown in a report: :data:`NO_DINAS` (a file directly in the audit root
    without a readable instansi) in ``lang``, any other name as it is."""
    from ..domain.i18n import t

    return t("no_dinas", lang) if dinas == NO_DINAS else dinas


def doc_label(shown: str, part: Optional[int], parts: Optional[int]) -> str:
    """A document as named in reports: ``shown`` (its path as displayed), with "(SOP 2/5)"
    after it for one SOP of a bundle."""
    if part is None:
        return shown
    return f"{shown} (SOP {part}/{parts})" if parts else f"{shown} (SOP {part})"


@dataclass
class Finding:
    """A finding as read back from the store (with its document's path and dinas)."""

    path: str
    dinas: str
    rule: str
    code: str
    severity: str
    message: str
    procedure: Optional[int]
    step: Optional[int]
    page: Optional[int]
    table: Optional[int]
    row: Optional[int]
    audit: bool = False
    part: Optional[int] = None
    """The SOP of a bundle the finding is about (its document's ``part``)."""


@dataclass
class LocalRoleRow:
    """One post of an instansi's own roster as the audit summary lists it
    (:class:`~sopcheck.checks.cross_document.LocalRole`): ``documents`` are ``(doc id, path,
    part, parts, headers)`` of the documents using it (``headers``: the pelaksana headers naming
    it there, as written), ``snippet`` the ``[[roles]]`` table to paste."""

    dinas: str
    name: str
    aliases: list[str]
    kind: str
    sops: int
    documents: list[tuple[int, str, Optional[int], Optional[int], list[str]]]
    snippet: str


@dataclass
class DinasSummary:
    """One row of the per-dinas table."""

    dinas: str
    documents: int = 0
    procedures: int = 0
    steps: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    clean: int = 0  # documents with no error
    unreadable: int = 0
    top_rules: list[tuple[str, int]] = field(default_factory=list)

    @property
    def clean_share(self) -> float:
        return self.clean / self.documents if self.documents else 0.0


@dataclass
class DocRow:
    """One document as listed in reports."""

    id: int
    path: str
    dinas: str
    format: Optional[str]
    readable: bool
    instansi: Optional[str]
    nomor_sop: Optional[str]
    nama_sop: Optional[str]
    n_procedures: int
    n_steps: int
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    part: Optional[int] = None
    parts: Optional[int] = None

    def label(self, shown: Optional[str] = None) -> str:
        """``shown`` (default: the path) with "(SOP k/n)" for one SOP of a bundle."""
        return doc_label(self.path if shown is None else shown, self.part, self.parts)


class AuditStore:
    """A temporary SQLite database of one audit (deleted by :meth:`close`)."""

    def __init__(self, path: Optional[str] = None):
        self._owned = path is None
        if path is None:
            fd, path = tempfile.mkstemp(prefix="sopcheck-audit-", suffix=".sqlite")
            os.close(fd)
            os.unlink(path)
        self.path = path
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("PRAGMA cache_size=-16000")  # 16 MB page cache, whatever N is
        self.db.executescript(SCHEMA)
        self._pending = 0
        self._indexed = False

    # -- writing ------------------------------------------------------------------------
    def add(self, facts: DocFacts) -> int:
        """Store one document's facts (and those of the other SOPs of a bundle, ``facts.more``,
        one document each); returns the id of the first."""
        dinas = facts.dinas or facts.instansi or NO_DINAS
        cur = self.db.execute(
            "INSERT INTO docs (path, dinas, format, readable, instansi, nomor_sop, nama_sop, "
            "n_procedures, n_steps, seconds, dropped, part, parts) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (facts.path, dinas, facts.format, int(facts.readable), facts.instansi, facts.nomor_sop,
             facts.nama_sop, len(facts.procedures), facts.n_steps, facts.seconds, facts.dropped_findings,
             facts.part, facts.parts))
        doc_id = cur.lastrowid
        self.db.executemany(
            "INSERT INTO procs VALUES (?,?,?,?,?,?)",
            [(doc_id, i, p.title, p.nomor_sop, p.n_steps,
              json.dumps(p.drawing, ensure_ascii=False, separators=(",", ":")) if p.drawing else None)
             for i, p in enumerate(facts.procedures, 1)])
        self.db.executemany(
            "INSERT INTO refs VALUES (?,?,?,?,?,?,?,?)",
            [(doc_id, r.kind, r.text, r.procedure, r.step, r.page, r.table, r.row) for r in facts.references])
        self.db.executemany("INSERT INTO roles VALUES (?,?,?,?,?)",
                            [(doc_id, u.header, u.post, u.kind, u.message) for u in facts.roles])
        self.db.executemany("INSERT INTO findings VALUES (?,?,?,?,?,?,?,?,?,?,0)",
                            [(doc_id, *row) for row in facts.findings])
        self._pending += 1
        if self._pending >= 200:
            self.db.commit()
            self._pending = 0
        for other in facts.more:
            self.add(other)
        return doc_id

    def add_audit_finding(self, doc_id: int, rule: str, code: str, severity: str, message: str,
                          procedure: Optional[int] = None, step: Optional[int] = None,
                          page: Optional[int] = None, table: Optional[int] = None,
                          row: Optional[int] = None) -> None:
        """Store a cross-document finding on document ``doc_id``."""
        self.db.execute("INSERT INTO findings VALUES (?,?,?,?,?,?,?,?,?,?,1)",
                        (doc_id, rule, code, severity, message, procedure, step, page, table, row))

    def add_local_role(self, role) -> None:
        """Store one post of an instansi's own roster (a
        :class:`~sopcheck.checks.cross_document.LocalRole`) and drop the `unknown-role` findings
        its documents have on a header naming it: the summary lists it once instead."""
        self.db.execute("INSERT INTO local_roles VALUES (?,?,?,?,?,?,?)",
                        (role.dinas, role.name, json.dumps(role.aliases, ensure_ascii=False), role.kind,
                         role.sops, json.dumps([[d, role.headers_of(d)] for d in role.doc_ids], ensure_ascii=False),
                         role.snippet))
        self.db.executemany(
            "DELETE FROM findings WHERE doc_id = ? AND rule = 'unknown-role' AND audit = 0 AND message = ?",
            {(u.doc_id, u.message) for u in role.uses if u.message and fold(u.header) == fold(u.post)})

    def finish(self) -> None:
        """Commit and build the indexes the queries use (call once writing is done)."""
        self.db.commit()
        if not self._indexed:
            self.db.executescript(INDEXES)
            self._indexed = True

    def close(self) -> None:
        """Close the database and delete its file when this store created it."""
        try:
            self.db.close()
        finally:
            if self._owned:
                for suffix in ("", "-journal", "-wal", "-shm"):
                    try:
                        os.unlink(self.path + suffix)
                    except FileNotFoundError:
                        pass

    def __enter__(self) -> "AuditStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading ------------------------------------------------------------------------
    def count_documents(self) -> int:
        """Documents (SOPs: a bundle counts once per SOP)."""
        return self.db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]

    def count_files(self) -> int:
        """Files (a bundle counts once)."""
        return self.db.execute("SELECT COUNT(*) FROM docs WHERE part IS NULL OR part = 1").fetchone()[0]

    def dinas_names(self) -> list[str]:
        """Every dinas, sorted."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT dinas FROM docs ORDER BY dinas")]

    def dinas_summaries(self) -> list[DinasSummary]:
        """The per-dinas table: counts, share of documents without error, top three rules."""
        out: dict[str, DinasSummary] = {}
        for dinas, docs, procs, steps, unreadable in self.db.execute(
                "SELECT dinas, COUNT(*), SUM(n_procedures), SUM(n_steps), SUM(1 - readable) "
                "FROM docs GROUP BY dinas ORDER BY dinas"):
            out[dinas] = DinasSummary(dinas, docs, procs or 0, steps or 0, unreadable=unreadable or 0)
        for dinas, severity, n in self.db.execute(
                "SELECT d.dinas, f.severity, COUNT(*) FROM findings f JOIN docs d ON d.id = f.doc_id "
                "GROUP BY d.dinas, f.severity"):
            s = out[dinas]
            if severity == "error":
                s.errors = n
            elif severity == "warning":
                s.warnings = n
            else:
                s.infos = n
        for dinas, n in self.db.execute(
                "SELECT dinas, COUNT(*) FROM docs d WHERE NOT EXISTS (SELECT 1 FROM findings f "
                "WHERE f.doc_id = d.id AND f.severity = 'error') GROUP BY dinas"):
            out[dinas].clean = n
        tops: dict[str, Counter] = {}
        for dinas, rule, n in self.db.execute(
                "SELECT d.dinas, f.rule, COUNT(*) FROM findings f JOIN docs d ON d.id = f.doc_id "
                "GROUP BY d.dinas, f.rule"):
            tops.setdefault(dinas, Counter())[rule] = n
        for dinas, counter in tops.items():
            out[dinas].top_rules = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        return list(out.values())

    def totals(self) -> DinasSummary:
        """The per-dinas counts summed over the whole audit (``dinas`` is ``""``)."""
        total = DinasSummary("")
        rules: Counter = Counter()
        for s in self.dinas_summaries():
            for name in ("documents", "procedures", "steps", "errors", "warnings", "infos", "clean",
                         "unreadable"):
                setattr(total, name, getattr(total, name) + getattr(s, name))
        for rule, n in self.db.execute("SELECT rule, COUNT(*) FROM findings GROUP BY rule"):
            rules[rule] = n
        total.top_rules = sorted(rules.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        return total

    def rule_counts(self) -> list[tuple[str, str, str, int]]:
        """``(rule, code, severity, count)`` over the audit, most frequent first."""
        return list(self.db.execute(
            "SELECT rule, code, severity, COUNT(*) AS n FROM findings GROUP BY rule, code, severity "
            "ORDER BY n DESC, rule"))

    def _doc_rows(self, where: str = "", params: tuple = (), order: str = "d.dinas, d.path, d.part",
                  limit: Optional[int] = None) -> Iterator[DocRow]:
        sql = ("SELECT d.id, d.path, d.dinas, d.format, d.readable, d.instansi, d.nomor_sop, d.nama_sop, "
               "d.n_procedures, d.n_steps, d.part, d.parts, "
               "(SELECT COUNT(*) FROM findings f WHERE f.doc_id = d.id AND f.severity = 'error') AS e, "
               "(SELECT COUNT(*) FROM findings f WHERE f.doc_id = d.id AND f.severity = 'warning') AS w, "
               "(SELECT COUNT(*) FROM findings f WHERE f.doc_id = d.id AND f.severity = 'info') AS i "
               f"FROM docs d {where} ORDER BY {order}")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        for row in self.db.execute(sql, params):
            yield DocRow(row[0], row[1], row[2], row[3], bool(row[4]), row[5], row[6], row[7], row[8],
                         row[9], row[12], row[13], row[14], part=row[10], parts=row[11])

    def documents(self, dinas: Optional[str] = None) -> Iterator[DocRow]:
        """Documents in report order (dinas, path, SOP of a bundle), optionally of one dinas."""
        if dinas is None:
            return self._doc_rows()
        return self._doc_rows("WHERE d.dinas = ?", (dinas,))

    def worst_documents(self, limit: int = 10) -> list[DocRow]:
        """The documents with most errors (then warnings), those without error left out."""
        rows = self._doc_rows(order="e DESC, w DESC, d.path, d.part", limit=limit * 4 + 10)
        return [r for r in rows if r.errors > 0][:limit]

    def procedures(self, doc_id: int) -> list[tuple[int, Optional[str], Optional[str], int, Optional[dict]]]:
        """``(index, title, nomor_sop, n_steps, drawing)`` of one document's procedures."""
        return [(i, t, n, s, json.loads(d) if d else None) for i, t, n, s, d in self.db.execute(
            "SELECT idx, title, nomor_sop, n_steps, drawing FROM procs WHERE doc_id = ? ORDER BY idx",
            (doc_id,))]

    def findings(self, doc_id: Optional[int] = None) -> Iterator[Finding]:
        """Findings in report order (dinas, path, procedure, step, severity), or one document's."""
        sql = ("SELECT d.path, d.dinas, f.rule, f.code, f.severity, f.message, f.procedure, f.step, "
               "f.page, f.tbl, f.row, f.audit, d.part FROM findings f JOIN docs d ON d.id = f.doc_id ")
        params: tuple = ()
        if doc_id is not None:
            sql += "WHERE f.doc_id = ? "
            params = (doc_id,)
        sql += ("ORDER BY d.dinas, d.path, d.part, f.procedure IS NOT NULL, f.procedure, f.step IS NOT NULL, "
                "f.step, CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.code, "
                "f.tbl, f.row, f.message")
        for row in self.db.execute(sql, params):
            yield Finding(*row[:11], audit=bool(row[11]), part=row[12])

    def local_roles(self) -> list[LocalRoleRow]:
        """The instansi's own rosters, per dinas (in dinas order, as the cross-document stage
        found them)."""
        out = []
        for dinas, name, aliases, kind, sops, docs, snippet in self.db.execute(
                "SELECT dinas, name, aliases, kind, sops, docs, snippet FROM local_roles ORDER BY dinas, rowid"):
            used = json.loads(docs)
            ids = [i for i, _ in used]
            where = {row[0]: row for row in self.db.execute(
                f"SELECT id, path, part, parts FROM docs WHERE id IN ({','.join('?' * len(ids))})", ids)}
            out.append(LocalRoleRow(dinas, name, json.loads(aliases), kind, sops,
                                    [(*where[i], headers) for i, headers in used if i in where], snippet))
        return out

    def count_severity(self, severity: str) -> int:
        return self.db.execute("SELECT COUNT(*) FROM findings WHERE severity = ?", (severity,)).fetchone()[0]

    def rules_used(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT rule FROM findings ORDER BY rule")]


def written_as(name: str, headers: list[str]) -> str:
    """" «CC & CA»": the headers naming a local role in one document, when they are not just
    its name (folded); else ""."""
    other = [h for h in headers if fold(h) != fold(name)]
    return " " + ", ".join(f"«{h}»" for h in other) if other else ""
