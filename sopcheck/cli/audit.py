"""``sopcheck audit ROOT``: check every SOP of every dinas under a folder, then the
cross-document rules; a summary per dinas on the console, HTML/XLSX/CSV/JSON reports.

Exit status: 0 when no finding reaches the failing severity (default ``error``), 1 when one
does, 2 for usage errors (bad flag, ROOT not a folder, a report file that cannot be written,
``--executor dask`` without Dask), 130 when stopped with Ctrl-C (the partial summary is
printed first).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .common import add_report_flags, add_run_flags, check_run_flags, console


def add_parser(sub) -> None:
    """Add ``audit`` to the subcommands ``sub``."""
    p = sub.add_parser(
        "audit", help="audit semua SOP semua dinas di bawah satu folder (paralel, lintas dokumen)",
        description="Periksa setiap .docx/.pdf di bawah ROOT (dinas = folder tingkat pertama), lalu "
                    "aturan lintas dokumen (SOP6xx); ringkasan per dinas di konsol, laporan HTML/XLSX/CSV.")
    p.add_argument("root", metavar="ROOT", help="folder audit: satu subfolder per dinas")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="jumlah proses pemeriksa (default: semua inti CPU)")
    p.add_argument("--executor", choices=["process", "dask"], default="process",
                   help="process (default, mesin ini) atau dask (klaster Dask; butuh sopcheck[dask])")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="alamat scheduler Dask, mis. tcp://10.0.0.5:8786 (dengan --executor dask)")
    p.add_argument("--html", metavar="FILE", help="tulis laporan HTML mandiri (tabel, saringan, diagram alir)")
    p.add_argument("--xlsx", metavar="FILE", help="tulis buku kerja Excel (ringkasan per dinas, temuan)")
    p.add_argument("--csv", metavar="FILE", help="tulis semua temuan sebagai CSV (UTF-8 dengan BOM)")
    p.add_argument("--csv-sep", choices=[",", ";"], default=",",
                   help="pemisah kolom CSV (default ','; ';' untuk Excel dengan pengaturan wilayah Indonesia)")
    p.add_argument("--json", metavar="FILE", help="tulis temuan dan ringkasan sebagai JSON")
    p.add_argument("--worst", type=int, default=10, metavar="N",
                   help="jumlah dokumen dengan galat terbanyak yang ditampilkan (default: 10)")
    p.add_argument("--no-drawings", action="store_true",
                   help="tanpa diagram alir di laporan HTML (berkas lebih kecil)")
    p.add_argument("--no-progress", action="store_true", help="tanpa bilah kemajuan di stderr")
    add_run_flags(p, "berkas konfigurasi (default: yang terdekat per berkas)")
    add_report_flags(p, output=False)
    p.set_defaults(run=run)


def _check_writable(path: str | None, flag: str) -> None:
    from ..errors import UsageError

    if not path:
        return
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise UsageError(f"{flag} {path}: adalah folder", f"{flag} {path}: is a folder")
    if not parent.is_dir():
        raise UsageError(f"{flag} {path}: folder {parent} tidak ada; buat dulu",
                         f"{flag} {path}: folder {parent} does not exist; "
                         f"create it first")
    if not os.access(parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise UsageError(f"{flag} {path}: tidak dapat ditulis", f"{flag} {path}: cannot be written")


def _refuse_overwriting_audited_files(args) -> None:
    """A report path that names an SOP file under ROOT (one the audit reads) is a usage
    error: inputs are never written (issue 6). Only paths with an SOP ending under ROOT can
    be inputs, so the tree is not walked for this."""
    from ..guard import refuse_overwriting_inputs
    from ..walk import SOP_SUFFIXES

    root = Path(args.root).resolve()
    candidates = []
    for flag in ("html", "xlsx", "csv", "json"):
        value = getattr(args, flag)
        if value and Path(value).suffix.lower() in SOP_SUFFIXES and Path(value).resolve().is_relative_to(root):
            candidates.append(Path(value))
    refuse_overwriting_inputs(candidates, candidates)


def _validate(args):
    from ..errors import UsageError

    if not Path(args.root).exists():
        raise UsageError(f"{args.root}: folder tidak ditemukan", f"{args.root}: no such folder")
    if not Path(args.root).is_dir():
        raise UsageError(f"{args.root}: bukan folder (sopcheck audit memeriksa satu folder; untuk satu berkas: "
                         f"sopcheck check)",
                         f"{args.root}: not a folder (sopcheck audit checks a folder; for one file: sopcheck check)")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs harus >= 1", "--jobs must be >= 1")
    if args.worst < 0:
        raise UsageError("--worst harus >= 0", "--worst must be >= 0")
    check_run_flags(args)
    if args.scheduler and args.executor != "dask":
        raise UsageError("--scheduler hanya dengan --executor dask", "--scheduler only with --executor dask")
    if args.executor == "dask":
        if not args.scheduler:
            raise UsageError("--executor dask butuh --scheduler ALAMAT", "--executor dask needs --scheduler ADDRESS")
        try:
            import distributed  # noqa: F401
        except ImportError as exc:
            raise UsageError("--executor dask butuh: pip install 'sopcheck[dask]'",
                             "--executor dask needs: pip install 'sopcheck[dask]'") from exc
    if args.config and not Path(args.config).is_file():
        raise UsageError(f"--config {args.config}: berkas tidak ditemukan", f"--config {args.config}: no such file")
    _refuse_overwriting_audited_files(args)
    for flag in ("html", "xlsx", "csv", "json"):
        _check_writable(getattr(args, flag), f"--{flag}")


def run(args) -> int:
    """Run ``sopcheck audit`` with parsed ``args``; returns the exit status."""
    from rich.console import Console

    from ..audit.engine import run_audit
    from ..audit.store import AuditStore
    from ..audit.summary import render_summary
    from ..audit.task import TaskOptions
    from ..config import ConfigFinder
    from ..domain.i18n import t
    from ..model import SEVERITY_ORDER, reaches

    _validate(args)
    root_cfg = ConfigFinder(Path(args.config) if args.config else None).for_file(Path(args.root) / "_")
    lang = args.lang or root_cfg.lang or "id"
    fail_on = args.fail_on or root_cfg.fail_on or "error"
    options = TaskOptions(lang=lang, timeout_per_file=args.timeout_per_file, ocr=not args.no_ocr,
                          config=str(Path(args.config).resolve()) if args.config else None,
                          drawings=bool(args.html) and not args.no_drawings)
    from ..audit.engine import count_audit_files
    from ..errors import UsageError

    if count_audit_files(args.root, options) == 0:
        raise UsageError(f"{args.root}: tidak ada berkas SOP (.docx, .pdf, juga .doc/.odt/.rtf) di folder ini atau "
                         f"subfoldernya; tidak ada yang diaudit",
                         f"{args.root}: no SOP files (.docx, .pdf, nor .doc/.odt/.rtf) in this folder or its "
                         f"subfolders; nothing to audit")
    err = Console(file=sys.stderr, no_color=True if args.no_color else None, highlight=False)  # None: NO_COLOR
    out = console(args, sys.stdout)
    progress = None
    if not args.no_progress and err.is_terminal:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]:.1f} " + t("files_per_s", lang)),
                            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                            console=err, transient=False, refresh_per_second=4)
    task_id = None
    import time

    started = time.perf_counter()

    def on_start(total: int) -> None:
        nonlocal task_id
        if progress is not None:
            task_id = progress.add_task(t("checking", lang), total=total, rate=0.0)

    def on_progress(done: int, total: int, facts) -> None:
        if progress is not None and task_id is not None:
            elapsed = time.perf_counter() - started
            progress.update(task_id, completed=done, rate=done / elapsed if elapsed > 0 else 0.0)

    store = AuditStore()
    try:
        if progress is not None:
            progress.start()
        try:
            audit = run_audit(args.root, jobs=args.jobs, executor=args.executor, scheduler=args.scheduler,
                              options=options, on_start=on_start, on_progress=on_progress, store=store)
        finally:
            if progress is not None:
                progress.stop()
        render_summary(audit, out, lang=lang, worst=args.worst)
        if audit.interrupted:
            sys.stderr.write("sopcheck: interrupted\n" if lang == "en" else "sopcheck: dihentikan\n")
            return 130
        written = []
        if args.csv:
            from ..audit.reports import write_csv

            write_csv(audit, args.csv, delimiter=args.csv_sep)
            written.append(args.csv)
        if args.xlsx:
            from ..audit.reports import write_xlsx

            write_xlsx(audit, args.xlsx, lang=lang)
            written.append(args.xlsx)
        if args.json:
            from ..audit.reports import write_json

            write_json(audit, args.json)
            written.append(args.json)
        if args.html:
            from ..audit.html import write_html

            write_html(audit, args.html, lang=lang, worst=args.worst)
            written.append(args.html)
        for path in written:
            err.print(f"sopcheck: {path}", style="dim")
        failing = any(store.count_severity(s) for s in SEVERITY_ORDER if reaches(s, fail_on))
        return 1 if failing else 0
    finally:
        store.close()
