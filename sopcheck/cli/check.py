"""``sopcheck check PATH...``: parse, check and report every SOP file under the paths."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import (
    add_report_flags,
    add_run_flags,
    check_run_flags,
    close_output,
    console,
    note,
    open_output,
    split_rules,
)

FORMATS = ("rich", "json", "concise", "sarif", "github", "junit", "gitlab", "html", "docx", "pdf")
SHEETS = ("docx", "pdf")
"""Formats written as a review sheet (a Word file, or its PDF by LibreOffice): need ``--output``."""


def add_parser(sub) -> None:
    """Add ``check`` to the subcommands ``sub``."""
    p = sub.add_parser("check", help="periksa berkas/folder SOP (.docx, .pdf)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", "--output-format", dest="format", choices=FORMATS, default=None,
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
    p.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                   help="jumlah proses pemeriksa paralel (default: 1; 0 = semua inti CPU)")
    p.add_argument("--statistics", action="store_true", help="jumlah temuan per aturan, bukan temuannya")
    p.add_argument("--exit-zero", action="store_true", help="status keluar 0 walau ada temuan")
    p.add_argument("--quiet", "-q", action="store_true",
                   help="hanya temuan: tanpa ringkasan, tanpa berkas yang bersih, tanpa catatan di stderr")
    p.add_argument("--show-files", action="store_true", help="daftar berkas yang akan diperiksa, lalu keluar")
    p.add_argument("--show-settings", action="store_true",
                   help="pengaturan yang berlaku untuk berkas pertama, lalu keluar")
    p.add_argument("--fix", action="store_true",
                   help="perbaiki yang aman diperbaiki (penomoran langkah, nama jabatan baku, angka dengan huruf) "
                        "di salinan DOCX yang dinamai -o (berkas masukan tidak pernah diubah)")
    p.add_argument("--diff", action="store_true", help="tampilkan apa yang akan diubah --fix, tanpa menulis")
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
    flag, else from the configuration of the first file, else ``error`` and ``id``. Files
    are checked by the library (:func:`sopcheck.api.check_many`), ``--jobs`` at a time.

    ``--write-baseline`` records the findings and exits 0 without a report; ``--baseline``
    hides the recorded ones and says how many on stderr. ``--exit-zero`` exits 0 whatever
    was found (usage errors still exit 2).
    """
    from ..api import check_many, failing
    from ..cache import CACHE_DIR
    from ..config import ConfigFinder
    from ..errors import UsageError
    from ..guard import refuse_overwriting_inputs
    from ..walk import iter_sop_files

    cli_select = split_rules(args.select) if args.select else None
    cli_extend = split_rules(args.extend_select)
    cli_ignore = split_rules(args.ignore)
    check_run_flags(args)
    if args.jobs < 0:
        raise UsageError("--jobs harus >= 0", "--jobs must be >= 0")
    finder = ConfigFinder(Path(args.config) if args.config else None)
    if args.format in SHEETS and not args.output:
        raise UsageError(f"--format {args.format} menulis lembar reviu: beri nama berkas dengan -o",
                         f"--format {args.format} writes a review sheet: name the file with -o")

    def force_exclude(path: str) -> bool:
        return args.force_exclude or bool(finder.for_file(Path(path)).force_exclude)

    files = list(iter_sop_files(args.paths, excluded=finder.excluded, force_exclude=force_exclude))
    if args.show_files:
        out = open_output(args)
        try:
            for _, shown in files:
                out.write(shown + "\n")
        finally:
            close_output(out)
        return 0
    first = finder.for_file(files[0][0]) if files else finder.for_file(Path.cwd() / "x")
    if args.show_settings:
        from ..config import describe

        target = files[0][0] if files else Path.cwd() / "x"
        cfg = first.overridden(cli_select, cli_extend, cli_ignore)
        out = open_output(args)
        try:
            out.write(describe(cfg, target, shown=files[0][1] if files else None, fail_on=args.fail_on,
                               lang=args.lang) + "\n")
        finally:
            close_output(out)
        return 0
    refuse_overwriting_inputs([args.output, args.write_baseline], [path for path, _ in files])
    lang = args.lang or first.lang or "id"
    args.lang = lang
    fail_on = args.fail_on or first.fail_on or "error"
    if not files:
        note(args, f"tidak ada berkas SOP (.docx, .pdf) di {', '.join(args.paths)}",
             f"no SOP files (.docx, .pdf) found in {', '.join(args.paths)}")
    tasks = [(path, shown, finder.for_file(path).overridden(cli_select, cli_extend, cli_ignore))
             for path, shown in files]
    if args.no_ocr:  # --no-ocr wins over each file's [limits] ocr
        from dataclasses import replace

        tasks = [(path, shown, replace(cfg, limits={**cfg.limits, "ocr": False})) for path, shown, cfg in tasks]
    targets = _fix_targets(args, tasks) if args.fix else {}
    results = check_many(tasks, lang=lang, timeout_per_file=args.timeout_per_file,
                         cache_root=None if args.no_cache else CACHE_DIR, jobs=args.jobs or None)

    if args.write_baseline:
        from ..baseline import write_baseline

        count = write_baseline(Path(args.write_baseline), results)
        sys.stderr.write(f"sopcheck: {count} findings written to the baseline {args.write_baseline}\n" if lang == "en"
                         else f"sopcheck: {count} temuan dicatat di baseline {args.write_baseline}\n")
        return 0
    if args.baseline:
        from ..baseline import filter_new, load_baseline

        hidden = filter_new(results, load_baseline(Path(args.baseline)), Path(args.baseline).parent)
        note(args, f"{hidden} temuan lama disembunyikan oleh baseline {args.baseline}",
             f"{hidden} known findings hidden by the baseline {args.baseline}")

    if args.diff and not args.fix:  # what --fix would change; status 1 when there is something
        changes = _diff(args, tasks, results, lang)
        return 0 if args.exit_zero else int(changes > 0)
    if args.fix:
        results = _fix(args, tasks, results, lang, targets)
        args.output = None  # -o named the fixed copy: the report of the copy goes to stdout
    if args.format in SHEETS:
        _sheet(args, results, lang, first)
    else:
        out = open_output(args)
        try:
            _report(args, results, lang, out)
        finally:
            close_output(out)
    if args.exit_zero:
        return 0
    return 1 if failing((f for r in results for f in r.findings), fail_on) else 0


def _fix_targets(args, tasks) -> dict[int, Path]:
    """Where ``--fix`` writes the copy of each DOCX task: ``-o FILE`` for one input file,
    ``-o FOLDER/`` (an existing folder; the copies keep their names) for several.

    :raises UsageError: no ``-o``, or several files and ``-o`` is not a folder, or two inputs
        of one name.
    """
    from ..errors import UsageError

    if not args.output:
        raise UsageError("--fix menulis salinan yang diperbaiki, tidak menimpa berkas masukan: beri nama salinannya "
                         "dengan -o SALINAN.docx (atau -o FOLDER/ untuk beberapa berkas)",
                         "--fix writes a fixed copy and never changes the input: name the copy with -o FIXED.docx "
                         "(or -o FOLDER/ for several files)")
    out = Path(args.output)
    if len(tasks) == 1 and not out.is_dir():
        return {0: out}
    if not out.is_dir():
        raise UsageError(f"-o {out}: beberapa berkas diperbaiki; -o harus folder yang sudah ada",
                         f"-o {out}: several files are fixed; -o must be an existing folder")
    targets, names = {}, set()
    for i, (path, _, _) in enumerate(tasks):
        if Path(path).name in names:
            raise UsageError(f"{path}: dua berkas bernama {Path(path).name}; perbaiki satu per satu",
                             f"{path}: two files named {Path(path).name}; fix them one at a time")
        names.add(Path(path).name)
        targets[i] = out / Path(path).name
    return targets


def _plans(args, tasks, results) -> dict[int, list]:
    """The :func:`sopcheck.write.fixes.plan` of each readable DOCX task, by task index (a PDF
    gets a note: only its DOCX source can be fixed)."""
    from ..api import read_blocks
    from ..layout.places import find_places
    from ..limits import DEFAULT_LIMITS
    from ..write.fixes import plan

    plans = {}
    for i, (result, (path, shown, cfg)) in enumerate(zip(results, tasks)):
        if not result.documents:
            continue
        if result.documents[0].format != "docx":
            note(args, f"{shown}: hanya DOCX yang dapat diperbaiki; perbaiki berkas sumbernya",
                 f"{shown}: only DOCX files can be fixed; fix the source document")
            continue
        plans[i] = plan(result, find_places(read_blocks(path, limits=cfg.limits_with(DEFAULT_LIMITS))), cfg.roles)
    return plans


def _diff(args, tasks, results, lang: str) -> int:
    """``--diff``: print what ``--fix`` would change (:func:`sopcheck.write.fixes.diff`) and
    return how many cells."""
    from ..write.fixes import diff

    plans = _plans(args, tasks, results)
    text = "\n".join(diff(tasks[i][1], edits, lang) for i, edits in plans.items() if edits)
    out = open_output(args)
    try:
        if text:
            out.write(text + "\n")
    finally:
        close_output(out)
    return sum(len(edits) for edits in plans.values())


def _fix(args, tasks, results, lang: str, targets: dict[int, Path]):
    """``--fix``: write each DOCX's fixed copy (:func:`sopcheck.write.fixes.write_fixed`), check
    the copies and return the results to report: the copies', the others' as they were."""
    from ..api import check_many
    from ..write.fixes import write_fixed

    plans = _plans(args, tasks, results)
    rechecks, where = [], []
    for i, edits in plans.items():
        path, shown, cfg = tasks[i]
        applied = write_fixed(path, targets[i], edits)
        counts: dict[str, int] = {}
        for e in edits[:applied]:
            counts[e.rule] = counts.get(e.rule, 0) + 1
        detail = ", ".join(f"{rule} {n}" for rule, n in counts.items())
        note(args, f"{applied} perbaikan -> {targets[i]}" + (f" ({detail})" if detail else ""),
             f"{applied} fixes -> {targets[i]}" + (f" ({detail})" if detail else ""))
        rechecks.append((targets[i], str(targets[i]), cfg))
        where.append(i)
    fixed = check_many(rechecks, lang=lang, timeout_per_file=args.timeout_per_file, jobs=args.jobs or None)
    out = list(results)
    for i, result in zip(where, fixed):
        out[i] = result
    return out


def _sheet(args, results, lang: str, cfg) -> None:
    """Write the review sheet (``--format docx``, or ``pdf`` through LibreOffice) to ``--output``."""
    from ..write.sheet import write_sheet, write_sheet_pdf

    write = write_sheet_pdf if args.format == "pdf" else write_sheet
    n = write(results, args.output, lang=lang, template=args.template or cfg.review.get("template"),
              reviewer=args.author or cfg.review.get("author", ""))
    note(args, f"{n} lembar reviu -> {args.output}", f"{n} review sheet(s) -> {args.output}")


def _report(args, results, lang: str, out) -> None:
    fmt = args.format or "rich"  # plain text without colour when not a terminal
    if args.statistics:
        from ..report.statistics import emit as statistics
        from ..write.fixes import FIXABLE

        text = statistics(results, fixable=FIXABLE, as_json=fmt == "json")
    elif fmt == "rich":
        from ..report.console import render_check

        render_check(results, console(args, out), lang=lang, quiet=args.quiet)
        return
    elif fmt == "html":  # the audit page's per-document view, one self-contained page
        from ..audit.page import check_page

        out.write(check_page(results, lang))
        return
    elif fmt in ("sarif", "gitlab"):  # fingerprints = baseline fingerprints (survive unrelated edits)
        from ..baseline import fingerprint
        from ..report import EMITTERS

        text = EMITTERS[fmt](results, lang=lang, fingerprint=lambda r, f: fingerprint(f, r.document_of(f)))
    else:
        from ..report import EMITTERS

        text = EMITTERS[fmt](results, lang=lang)
    if text:
        out.write(text + "\n")
