"""``sopcheck audit ROOT``: check every SOP of every dinas under a folder, in parallel, and
add what no single file shows (duplicate numbers and titles, dangling references, instansi
spelled two ways).

Pipeline::

    engine.iter_audit_files   ROOT/<dinas>/**/*.docx|pdf, lazily
    task.audit_document       per file, in worker processes (or Dask): check + compact facts
    store.AuditStore          facts streamed into a temporary SQLite file (flat memory)
    cross.run_cross           audit-scope rules (rules.py, SOP6xx), one dinas at a time
    summary / reports         console summary; --html, --xlsx, --csv, --json read the store
"""

from __future__ import annotations

from .engine import AuditRun, iter_audit_files, run_audit
from .task import DocFacts, TaskOptions, audit_document

__all__ = ["AuditRun", "DocFacts", "TaskOptions", "audit_document", "iter_audit_files", "run_audit"]
