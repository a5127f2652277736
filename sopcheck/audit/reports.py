"""File reports of an audit: ``--csv`` (findings), ``--xlsx`` (summary + findings + documents)
and ``--json`` (machine-readable). Each streams from the store, so memory stays flat.

CSV and JSON keep fixed English field names (machine formats, as in docs/CONTRACT.md);
the XLSX sheet and column titles follow ``--lang``. ``part`` is the SOP's 1-based index in a
bundle (a file holding several SOPs), empty for a single-SOP file.
"""

from __future__ import annotations

import csv
import json
from typing import TYPE_CHECKING

from ..domain.i18n import t
from .store import dinas_label, doc_label, written_as

if TYPE_CHECKING:  # pragma: no cover
    from .engine import AuditRun

CSV_FIELDS = ["dinas", "path", "rule", "code", "severity", "procedure", "step", "page", "table", "row",
              "cross_document", "message", "part"]

XLSX_MAX_ROWS = 1_048_575
"""Rows of one Excel sheet after its header; findings beyond are left out with a note."""


def _csv_safe(value):
    """Neutralise spreadsheet formula injection: document text is untrusted and a CSV is often
    opened in Excel/LibreOffice, which would evaluate a cell starting with = + - @."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_csv(run: "AuditRun", path: str, delimiter: str = ",") -> int:
    """Write every finding as one CSV row; returns the count.

    UTF-8 with a BOM, so Excel reads the accents. ``delimiter`` is ``","`` (the default, for
    scripts and Excel with an English list separator) or ``";"``: Excel with Indonesian (or
    any decimal-comma) regional settings splits a CSV on ``;`` and would show a ``,``-separated
    file as one column.
    """
    n = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(CSV_FIELDS)
        for f in run.store.findings():
            writer.writerow([_csv_safe(v) for v in (f.dinas, f.path, f.rule, f.code, f.severity, f.procedure,
                                                     f.step, f.page, f.table, f.row, int(f.audit), f.message, f.part)])
            n += 1
    return n


def write_xlsx(run: "AuditRun", path: str, lang: str = "id") -> int:
    """Write a workbook: a summary sheet (one row per dinas), a findings sheet with an
    autofilter and frozen header, a documents sheet, and a sheet of the local roles per
    instansi (post, other spellings, SOPs, files, ``[[roles]]`` snippet). Returns the number of
    finding rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE4EE")

    def header(ws, names):
        cells = []
        for name in names:
            cell = WriteOnlyCell(ws, value=name)
            cell.font = bold
            cell.fill = fill
            cells.append(cell)
        ws.append(cells)

    def widths(ws, values):
        from openpyxl.utils import get_column_letter

        for i, w in enumerate(values, 1):
            ws.column_dimensions[get_column_letter(i)].width = w

    # summary per dinas
    ws = wb.create_sheet(t("audit_summary", lang)[:31])
    widths(ws, [40, 11, 11, 11, 11, 11, 11, 12, 60])
    ws.freeze_panes = "A2"
    header(ws, [t(k, lang) for k in ("dinas", "documents", "procedures", "steps", "errors", "warnings",
                                      "audit_unreadable", "clean")] + [t("top_rules", lang)])
    summaries = run.store.dinas_summaries()
    def percent(share: float) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=round(share, 4))
        cell.number_format = "0%"  # 0.1667 shows as 17%, as on the console and in the HTML report
        return cell

    for s in summaries:
        ws.append([_csv_safe(dinas_label(s.dinas, lang)), s.documents, s.procedures, s.steps, s.errors, s.warnings,
                   s.unreadable, percent(s.clean_share), ", ".join(f"{r} ({n})" for r, n in s.top_rules)])
    total = run.store.totals()
    ws.append([t("total", lang), total.documents, total.procedures, total.steps, total.errors, total.warnings,
               total.unreadable, percent(total.clean_share),
               ", ".join(f"{r} ({n})" for r, n in total.top_rules)])
    ws.auto_filter.ref = f"A1:I{len(summaries) + 1}"

    # findings
    ws = wb.create_sheet(t("findings", lang)[:31])
    widths(ws, [30, 50, 24, 9, 11, 9, 8, 8, 8, 8, 9, 90, 8])
    ws.freeze_panes = "A2"
    header(ws, [t(k, lang) for k in ("dinas", "path", "rule", "code", "severity", "procedure", "step", "page",
                                      "table", "row", "cross", "message", "part")])
    n = 0
    for f in run.store.findings():
        if n >= XLSX_MAX_ROWS:
            break
        ws.append([_csv_safe(dinas_label(f.dinas, lang)), _csv_safe(f.path), f.rule, f.code, t(f.severity, lang),
                   f.procedure, f.step, f.page, f.table, f.row, 1 if f.audit else 0, _csv_safe(f.message), f.part])
        n += 1
    ws.auto_filter.ref = f"A1:M{n + 1}"

    # documents
    ws = wb.create_sheet(t("documents", lang)[:31])
    widths(ws, [30, 60, 8, 45, 30, 45, 10, 10, 9, 11, 9, 8])
    ws.freeze_panes = "A2"
    header(ws, [t(k, lang) for k in ("dinas", "path", "format", "audit_instansi", "audit_nomor_sop", "audit_nama_sop",
                                      "procedures", "steps", "errors", "warnings", "infos", "part")])
    m = 0
    for d in run.store.documents():
        if m >= XLSX_MAX_ROWS:
            break
        texts = (dinas_label(d.dinas, lang), d.path, d.format, d.instansi, d.nomor_sop, d.nama_sop)
        ws.append([_csv_safe(v) for v in texts]
                  + [d.n_procedures, d.n_steps, d.errors, d.warnings, d.infos, d.part])
        m += 1
    ws.auto_filter.ref = f"A1:L{m + 1}"

    # the instansi's own rosters: one row per post, with the [[roles]] snippet to confirm
    ws = wb.create_sheet(t("local_roles", lang)[:31])
    widths(ws, [30, 30, 30, 10, 70, 40])
    ws.freeze_panes = "A2"
    header(ws, [t(k, lang) for k in ("dinas", "local_role", "local_aliases", "local_sops", "local_used_in",
                                      "local_snippet")])
    for role in run.store.local_roles():
        used = "\n".join(doc_label(run.show(p), part, parts) + written_as(role.name, headers)
                         for _, p, part, parts, headers in role.documents)
        ws.append([_csv_safe(v) for v in (dinas_label(role.dinas, lang), role.name, ", ".join(role.aliases))]
                  + [role.sops, _csv_safe(used), _csv_safe(role.snippet)])
    wb.save(path)
    return n


def write_json(run: "AuditRun", path: str) -> int:
    """Write ``{"findings": [...], "summary": {...}, "dinas": [...], "local_roles": [...],
    "audit": {...}}``: the findings and summary as in ``sopcheck check --format json`` (each
    finding also has ``dinas`` and ``cross_document``; ``part`` only for a finding in one SOP of
    a bundle, as there; ``summary`` adds ``sops``, the documents counted once per SOP), plus the
    per-dinas table, and each instansi's own roster: ``{"dinas", "name", "aliases", "kind" (local or
    unknown), "sops" (different SOPs using it), "documents": [{"path", "part", "headers"}],
    "toml"}`` per post (``headers``: the pelaksana headers naming it in that document),
    ``toml`` the ``[[roles]]`` snippet. Streams the findings."""
    store = run.store
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('{"findings": [')
        for f in store.findings():
            item = {"path": f.path, "rule": f.rule, "code": f.code, "severity": f.severity, "message": f.message,
                    **({} if f.part is None else {"part": f.part}), "procedure": f.procedure, "step": f.step,
                    "location": {"page": f.page, "table": f.table, "row": f.row},
                    "dinas": f.dinas, "cross_document": f.audit}
            fh.write(("," if n else "") + "\n  " + json.dumps(item, ensure_ascii=False))
            n += 1
        total = store.totals()
        summary = {"files": store.count_files(), "sops": total.documents, "errors": total.errors,
                   "warnings": total.warnings, "infos": total.infos}
        dinas = [{"dinas": s.dinas, "documents": s.documents, "procedures": s.procedures, "steps": s.steps,
                  "errors": s.errors, "warnings": s.warnings, "infos": s.infos, "unreadable": s.unreadable,
                  "documents_without_error": s.clean, "top_rules": [{"rule": r, "count": c} for r, c in s.top_rules]}
                 for s in store.dinas_summaries()]
        local_roles = [{"dinas": r.dinas, "name": r.name, "aliases": r.aliases, "kind": r.kind, "sops": r.sops,
                        "documents": [{"path": p, "part": part, "headers": headers}
                                      for _, p, part, _, headers in r.documents],
                        "toml": r.snippet} for r in store.local_roles()]
        audit = {"root": run.root, "total_files": run.total, "checked_files": run.done,
                 "interrupted": run.interrupted, "executor": run.executor, "jobs": run.jobs,
                 "check_seconds": round(run.check_seconds, 3), "cross_seconds": round(run.cross_seconds, 3)}
        fh.write("\n], " + '"summary": ' + json.dumps(summary) + ', "dinas": '
                 + json.dumps(dinas, ensure_ascii=False) + ', "local_roles": '
                 + json.dumps(local_roles, ensure_ascii=False) + ', "audit": ' + json.dumps(audit, ensure_ascii=False)
                 + "}\n")
    return n
