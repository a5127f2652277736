"""``sopcheck check PATH...``: parse, check and report every SOP file under the paths."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import add_report_flags, add_run_flags, check_run_flags, close_output, console, open_output, split_rules

FORMATS = ("rich", "json", "concise", "sarif", "github", "html", "docx", "pdf")
SHEETS = ("docx", "pdf")
"""Formats written as a review sheet (a Word file, or its PDF by LibreOffice): need ``--output``."""


def add_parser(sub) -> None:
    """Add ``check`` to the subcommands ``sub``."""
    p = sub.add_parser("check", help="periksa berkas/folder SOP (.docx, .pdf)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="format laporan (default: rich di terminal, teks polos bila bukan terminal)")
    p.add_argument("--select", metavar="RULES", action="append",
                   help="hanya aturan ini (nama, kode, awalan kode seperti SOP4, atau all; dipisah koma; "
                        "boleh diulang)")
    p.add_argument("--extend-select", metavar="RULES", action="append", help="tambahkan aturan ini ke pilihan")
    p.add_argument("--ignore", metavar="RULES", action="append",
                   help="abaikan aturan ini (nama, kode atau awalan kode; dipisah koma; boleh diulang)")
    p.add_argument("--baseline", metavar="FILE", help="laporkan hanya temuan yang tidak ada di baseline")
    p.add_argument("--write-baseline", metavar="FILE", help="catat semua temuan saat ini sebagai baseline")
    p.add_argument("--no-cache", action="store_true", help="jangan pakai cache hasil baca (.sopcheck_cache/)")
    p.add_argument("--force-exclude", action="store_true",
                   help="terapkan exclude juga pada berkas yang disebut langsung (untuk pre-commit)")
    add_run_flags(p, "berkas konfigurasi (default: sopcheck.toml, .sopcheck.toml atau [tool.sopcheck] di "
                     "pyproject.toml terdekat)")
    add_report_flags(p)
    p.add_argument("--template", metavar="FILE",
                   help="templat Word lembar reviu (--format docx/pdf; default: [review] template, atau bawaan)")
    p.add_argument("--author", metavar="NAME", help="nama reviewer di lembar reviu (default: [review] author)")
    p.set_defaults(run=run)


def run(args) -> int:
    """Run ``sopcheck check``: parse, check and report every file; return the exit status.

    Per file, the nearest configuration (or ``--config``) decides the rules, severities,
    thresholds and extra roles; the rule flags are layered on top of it
    (:meth:`~sopcheck.config.Config.overridden`): ``--select`` replaces the configured
    selection, ``--extend-select`` adds rules (also ones the file ignores), ``--ignore`` drops
    rules; ``per-file-ignores`` still apply. ``--fail-on`` and ``--lang`` come from the
    flag, else from the configuration of the first file, else ``error`` and ``id``.
    """
    from ..api import check_configured, failing
    from ..config import ConfigFinder
    from ..guard import refuse_overwriting_inputs
    from ..walk import iter_sop_files

    cli_select = split_rules(args.select) if args.select else None
    cli_extend = split_rules(args.extend_select)
    cli_ignore = split_rules(args.ignore)
    check_run_flags(args)
    finder = ConfigFinder(Path(args.config) if args.config else None)
    cache = None
    if not args.no_cache:
        from ..cache import ParseCache

        cache = ParseCache()

    if args.format in SHEETS and not args.output:
        from ..errors import UsageError

        raise UsageError(f"--format {args.format} menulis lembar reviu: beri nama berkas dengan -o / writes a review "
                         f"sheet: name the file with -o")

    def force_exclude(path: str) -> bool:
        return args.force_exclude or bool(finder.for_file(Path(path)).force_exclude)

    files = list(iter_sop_files(args.paths, excluded=finder.excluded, force_exclude=force_exclude))
    refuse_overwriting_inputs([args.output, args.write_baseline], [path for path, _ in files])
    first = finder.for_file(files[0][0]) if files else finder.for_file(Path.cwd() / "x")
    lang = args.lang or first.lang or "id"
    fail_on = args.fail_on or first.fail_on or "error"
    results = []
    for path, shown in files:
        cfg = finder.for_file(path).overridden(cli_select, cli_extend, cli_ignore)
        results.append(check_configured(path, cfg, source=shown, lang=lang,
                                        timeout_per_file=args.timeout_per_file, cache=cache))

    if args.write_baseline:
        from ..baseline import write_baseline

        count = write_baseline(Path(args.write_baseline), results)
        sys.stderr.write(f"sopcheck: {count} temuan dicatat di baseline / findings written to "
                         f"{args.write_baseline}\n")
    if args.baseline:
        from ..baseline import filter_new, load_baseline

        filter_new(results, load_baseline(Path(args.baseline)), Path(args.baseline).parent)

    if args.format in SHEETS:
        _sheet(args, results, lang, first)
    else:
        out = open_output(args)
        try:
            _report(args, results, lang, out)
        finally:
            close_output(out)
    return 1 if failing((f for r in results for f in r.findings), fail_on) else 0


def _sheet(args, results, lang: str, cfg) -> None:
    """Write the review sheet (``--format docx``, or ``pdf`` through LibreOffice) to ``--output``."""
    from ..write.sheet import write_sheet, write_sheet_pdf

    write = write_sheet_pdf if args.format == "pdf" else write_sheet
    n = write(results, args.output, lang=lang, template=args.template or cfg.review.get("template"),
              reviewer=args.author or cfg.review.get("author", ""))
    sys.stderr.write(f"sopcheck: {n} lembar reviu / review sheet(s) -> {args.output}\n")


def _report(args, results, lang: str, out) -> None:
    fmt = args.format or "rich"  # plain text without colour when not a terminal
    if fmt == "rich":
        from ..report.console import render_check

        render_check(results, console(args, out), lang=lang)
        return
    if fmt == "html":  # the audit page's per-document view, one self-contained page
        from ..audit.page import check_page

        out.write(check_page(results, lang))
        return
    from ..report import EMITTERS

    if fmt == "sarif":  # SARIF fingerprints = baseline fingerprints (survive unrelated edits)
        from ..baseline import fingerprint
        from ..report.sarif import emit as emit_sarif

        text = emit_sarif(results, lang=lang, fingerprint=lambda r, f: fingerprint(f, r.document_of(f)))
    else:
        text = EMITTERS[fmt](results, lang=lang)
    if text:
        out.write(text + "\n")
