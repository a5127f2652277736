"""``sopcheck audit ROOT``: check every SOP of every dinas under a folder, in parallel, and
add what no single file shows (duplicate numbers and titles, dangling references, instansi
spelled two ways).

Pipeline::

    walk.iter_dinas_files     ROOT/<dinas>/**/*.docx|pdf, lazily
    task.audit_document       per file, in worker processes (or Dask): check + compact facts
    store.AuditStore          facts streamed into a temporary SQLite file (flat memory)
    cross.run_cross           audit-scope rules (checks/cross_document.py, SOP6xx), one dinas at a time
    summary / reports         console summary; --html, --xlsx, --csv, --json read the store
"""

from __future__ import annotations

__all__ = ["AuditRun", "DocFacts", "TaskOptions", "audit_document", "run_audit"]

_LAZY = {"AuditRun": "engine", "run_audit": "engine",
         "DocFacts": "task", "TaskOptions": "task", "audit_document": "task"}


def __getattr__(name: str):
    """Import the engine lazily: ``sopcheck`` builds its argument parser without it."""
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(name)
