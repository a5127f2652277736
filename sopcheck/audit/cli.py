"""``sopcheck audit ROOT``: the command line of the audit.

Wiring (in :mod:`sopcheck.cli`)::

    from .audit import cli as audit_cli        # in build_parser(), after the other subcommands:
    audit_cli.add_parser(sub)                  # and in main(): handlers["audit"] = audit_cli.run

Exit status (shared/CONTRACT.md): 0 when no finding reaches the failing severity (default
``error``), 1 when one does, 2 for usage errors (bad flag, ROOT not a folder, a report file
that cannot be written, ``--executor dask`` without Dask), 130 when stopped with Ctrl-C (the
partial summary is printed first).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Add the ``audit`` subcommand to ``subparsers``; returns the new parser. (The audit rules
    SOP601-SOP604 are registered with the others by :mod:`sopcheck.checks`.)"""
    p = subparsers.add_parser(
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
    p.add_argument("--csv", metavar="FILE", help="tulis semua temuan sebagai CSV")
    p.add_argument("--json", metavar="FILE", help="tulis temuan dan ringkasan sebagai JSON")
    p.add_argument("--fail-on", choices=["error", "warning"], default=None,
                   help="keparahan yang membuat status keluar 1 (default: error)")
    p.add_argument("--config", metavar="FILE", help="berkas konfigurasi (default: yang terdekat per berkas)")
    p.add_argument("--timeout-per-file", type=float, default=None, metavar="SECONDS",
                   help="batas waktu per berkas dalam detik (default: 60; 0 = tanpa batas)")
    p.add_argument("--worst", type=int, default=10, metavar="N",
                   help="jumlah dokumen dengan galat terbanyak yang ditampilkan (default: 10)")
    p.add_argument("--no-drawings", action="store_true",
                   help="tanpa diagram alir di laporan HTML (berkas lebih kecil)")
    p.add_argument("--no-progress", action="store_true", help="tanpa bilah kemajuan di stderr")
    p.add_argument("--lang", choices=["id", "en"], default=None, help="bahasa pesan (default: id)")
    p.add_argument("--no-color", action="store_true", help="tanpa warna")
    return p


def _check_writable(path: str | None, flag: str) -> None:
    from ..errors import UsageError

    if not path:
        return
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise UsageError(f"{flag} {path}: adalah folder / is a folder")
    if not parent.is_dir():
        raise UsageError(f"{flag} {path}: folder {parent} tidak ada; buat dulu / folder {parent} does not exist; "
                         f"create it first")
    if not os.access(parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise UsageError(f"{flag} {path}: tidak dapat ditulis / cannot be written")


def _refuse_overwriting_audited_files(args) -> None:
    """A report path that names an SOP file under ROOT (one the audit reads) is a usage
    error: inputs are never written (issue 6). Only paths with an SOP ending under ROOT can
    be inputs, so the tree is not walked for this."""
    from ..guard import refuse_overwriting_inputs
    from .engine import AUDIT_SUFFIXES

    root = Path(args.root).resolve()
    candidates = []
    for flag in ("html", "xlsx", "csv", "json"):
        value = getattr(args, flag)
        if value and Path(value).suffix.lower() in AUDIT_SUFFIXES and Path(value).resolve().is_relative_to(root):
            candidates.append(Path(value))
    refuse_overwriting_inputs(candidates, candidates)


def _validate(args):
    from ..errors import UsageError

    if not Path(args.root).is_dir():
        raise UsageError(f"{args.root}: bukan folder / not a folder")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs harus >= 1 / must be >= 1")
    if args.worst < 0:
        raise UsageError("--worst harus >= 0 / must be >= 0")
    if args.timeout_per_file is not None and args.timeout_per_file < 0:
        raise UsageError("--timeout-per-file harus >= 0 / must be >= 0")
    if args.scheduler and args.executor != "dask":
        raise UsageError("--scheduler hanya dengan / only with --executor dask")
    if args.executor == "dask":
        if not args.scheduler:
            raise UsageError("--executor dask butuh / needs --scheduler ADDRESS")
        try:
            import distributed  # noqa: F401
        except ImportError as exc:
            raise UsageError("--executor dask butuh / needs: pip install 'sopcheck[dask]'") from exc
    if args.config and not Path(args.config).is_file():
        raise UsageError(f"--config {args.config}: berkas tidak ditemukan / no such file")
    _refuse_overwriting_audited_files(args)
    for flag in ("html", "xlsx", "csv", "json"):
        _check_writable(getattr(args, flag), f"--{flag}")


def run(args) -> int:
    """Run ``sopcheck audit`` with parsed ``args``; returns the exit status."""
    from rich.console import Console

    from ..config import ConfigFinder
    from . import rules  # noqa: F401
    from .engine import run_audit
    from .labels import t
    from .summary import render_summary
    from .task import TaskOptions

    _validate(args)
    root_cfg = ConfigFinder(Path(args.config) if args.config else None).for_file(Path(args.root) / "_")
    lang = args.lang or root_cfg.lang or "id"
    fail_on = args.fail_on or root_cfg.fail_on or "error"
    options = TaskOptions(lang=lang, timeout_per_file=args.timeout_per_file,
                          config=str(Path(args.config).resolve()) if args.config else None,
                          drawings=bool(args.html) and not args.no_drawings)
    err = Console(file=sys.stderr, no_color=args.no_color, highlight=False)
    out_tty = sys.stdout.isatty()
    out = Console(file=sys.stdout, no_color=args.no_color or not out_tty, highlight=False,
                  force_terminal=None if out_tty else False, width=None if out_tty else 140, soft_wrap=False)
    progress = None
    if not args.no_progress and err.is_terminal:
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

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

    from .store import AuditStore

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
            sys.stderr.write("sopcheck: dihentikan / interrupted\n")
            return 130
        written = []
        if args.csv:
            from .reports import write_csv

            write_csv(audit, args.csv)
            written.append(args.csv)
        if args.xlsx:
            from .reports import write_xlsx

            write_xlsx(audit, args.xlsx, lang=lang)
            written.append(args.xlsx)
        if args.json:
            from .reports import write_json

            write_json(audit, args.json)
            written.append(args.json)
        if args.html:
            from .html import write_html

            write_html(audit, args.html, lang=lang, worst=args.worst)
            written.append(args.html)
        for path in written:
            err.print(f"sopcheck: {path}", style="dim")
        threshold = SEVERITY_RANK[fail_on]
        failing = any(store.count_severity(s) for s, rank in SEVERITY_RANK.items() if rank >= threshold)
        return 1 if failing else 0
    finally:
        store.close()


def main(argv=None) -> int:
    """``python -m sopcheck.audit ROOT ...``: the same as ``sopcheck audit ROOT ...``."""
    from ..cli import main as sopcheck_main

    return sopcheck_main(["audit", *(sys.argv[1:] if argv is None else argv)])
