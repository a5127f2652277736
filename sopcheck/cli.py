"""Command line: ``sopcheck check``, ``parse``, ``rules``, ``rule`` and ``audit``.

Exit status (shared/CONTRACT.md): 0 when no finding reaches the failing severity (default
``error``), 1 when one does, 2 for usage errors (bad flag, bad value, a path that does not
exist). Heavy modules (pydantic, rich, lxml, pdfplumber) are imported only when a command
needs them, so a one-file run starts fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Iterator, Sequence

SOP_SUFFIXES = (".docx", ".pdf", ".doc")
"""File endings picked up when a folder is given (.doc is included so legacy Word files in an
SOP folder are reported as unsupported instead of silently skipped)."""

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


class _Parser(argparse.ArgumentParser):
    """argparse that exits with status 2 and a one-line message (no usage dump on stdout)."""

    def error(self, message: str) -> None:  # pragma: no cover - argparse plumbing
        self.print_usage(sys.stderr)
        sys.stderr.write(f"sopcheck: galat: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = _Parser(prog="sopcheck", description="Linter SOP AP (Permenpan RB No. 35 Tahun 2012)")
    parser.add_argument("--version", action="store_true", help="tampilkan versi")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", choices=["id", "en"], default=None, help="bahasa pesan (default: id)")
        p.add_argument("--no-color", action="store_true", help="tanpa warna")
        p.add_argument("--output", "-o", metavar="FILE", help="tulis laporan ke berkas")

    check = sub.add_parser("check", help="periksa berkas/folder SOP (.docx, .pdf)")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", choices=["rich", "json", "concise", "sarif", "github"], default=None,
                       help="format laporan (default: rich di terminal, teks polos bila bukan terminal)")
    check.add_argument("--config", metavar="FILE", help="berkas konfigurasi (default: sopcheck.toml, "
                       ".sopcheck.toml atau [tool.sopcheck] di pyproject.toml terdekat)")
    check.add_argument("--select", metavar="RULES", help="hanya aturan ini (nama atau kode, dipisah koma)")
    check.add_argument("--extend-select", metavar="RULES", help="tambahkan aturan ini ke pilihan")
    check.add_argument("--ignore", metavar="RULES", help="abaikan aturan ini (nama atau kode, dipisah koma)")
    check.add_argument("--fail-on", choices=["error", "warning"], default=None,
                       help="keparahan yang membuat status keluar 1 (default: error)")
    check.add_argument("--baseline", metavar="FILE", help="laporkan hanya temuan yang tidak ada di baseline")
    check.add_argument("--write-baseline", metavar="FILE", help="catat semua temuan saat ini sebagai baseline")
    check.add_argument("--no-cache", action="store_true", help="jangan pakai cache hasil baca (.sopcheck_cache/)")
    check.add_argument("--timeout-per-file", type=float, default=None, metavar="SECONDS",
                       help="batas waktu per berkas dalam detik (default: 60; 0 = tanpa batas)")
    common(check)

    parse = sub.add_parser("parse", help="tampilkan model hasil baca satu atau beberapa berkas")
    parse.add_argument("paths", nargs="+", metavar="FILE")
    parse.add_argument("--format", choices=["rich", "json"], default="rich")
    common(parse)

    rules = sub.add_parser("rules", help="daftar semua aturan")
    rules.add_argument("--format", choices=["rich", "json"], default="rich")
    common(rules)

    rule = sub.add_parser("rule", help="jelaskan satu aturan (nama atau kode)")
    rule.add_argument("name", metavar="NAME|CODE")
    rule.add_argument("--format", choices=["rich", "json"], default="rich")
    common(rule)

    from .audit import cli as audit_cli

    audit_cli.add_parser(sub)
    return parser


def iter_sop_files(paths: Sequence[str]) -> Iterator[tuple[Path, str]]:
    """Yield ``(path, path as given or found)`` for every SOP file under ``paths``.

    A file is taken as it is, whatever its ending (the readers tell formats by content);
    a folder is walked recursively for :data:`SOP_SUFFIXES`, in sorted order, skipping Word
    lock files (``~$*.docx``) and hidden folders. An entry with such a name that is not a
    regular file (a dangling symlink, a pipe) is yielded too, so the readers report it as
    ``unreadable-file`` instead of it vanishing from the run.

    :raises UsageError: when a path does not exist.
    """
    from .errors import UsageError

    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                rel = found.relative_to(path)
                if any(part.startswith(".") for part in rel.parts[:-1]):
                    continue
                if found.name.startswith("~$") or found.suffix.lower() not in SOP_SUFFIXES:
                    continue
                if not found.is_dir():  # a dangling link or a pipe is reported, not skipped
                    yield found, str(found)
        elif path.exists():
            yield path, given
        else:
            raise UsageError(f"{given}: berkas atau folder tidak ditemukan / no such file or folder")


def _split_rules(value: str | None) -> list[str]:
    from .checks import get_rule
    from .errors import UsageError

    names = []
    for item in (value or "").split(","):
        item = item.strip()
        if not item:
            continue
        spec = get_rule(item)
        if spec is None:
            raise UsageError(f"aturan tidak dikenal / unknown rule: {item!r} (lihat `sopcheck rules`)")
        names.append(spec.name)
    return names


def _console(args, stream):
    from rich.console import Console

    is_tty = hasattr(stream, "isatty") and stream.isatty()
    return Console(file=stream, no_color=args.no_color or not is_tty, highlight=False,
                   force_terminal=None if is_tty else False, width=None if is_tty else 120, soft_wrap=False)


def _open_output(args):
    if args.output:
        try:
            return open(args.output, "w", encoding="utf-8")
        except OSError as exc:
            from .errors import UsageError

            raise UsageError(f"{args.output}: tidak dapat ditulis / cannot be written: {exc.strerror}") from exc
    return sys.stdout


def cmd_check(args) -> int:
    """Run ``sopcheck check``: parse, check and report every file; return the exit status.

    Per file, the nearest configuration (or ``--config``) decides the rules, severities,
    thresholds and extra roles; the rule flags are layered on top of it
    (:meth:`~sopcheck.config.Config.overridden`): ``--select`` replaces the configured
    selection, ``--extend-select`` adds rules (also ones the file ignores), ``--ignore`` drops
    rules; ``per-file-ignores`` still apply. ``--fail-on`` and ``--lang`` come from the
    flag, else from the configuration of the first file, else ``error`` and ``id``.
    """
    from dataclasses import replace

    from .api import check_file
    from .checks import RuleContext
    from .config import ConfigFinder
    from .limits import DEFAULT_LIMITS

    cli_select = _split_rules(args.select) if args.select else None
    cli_extend = _split_rules(args.extend_select)
    cli_ignore = _split_rules(args.ignore)
    if args.timeout_per_file is not None and args.timeout_per_file < 0:
        from .errors import UsageError

        raise UsageError("--timeout-per-file harus >= 0 / must be >= 0")
    finder = ConfigFinder(Path(args.config) if args.config else None)
    cache = None
    if not args.no_cache:
        from .cache import ParseCache

        cache = ParseCache()

    files = list(iter_sop_files(args.paths))
    from .guard import refuse_overwriting_inputs

    refuse_overwriting_inputs([args.output, args.write_baseline], [path for path, _ in files])
    first = finder.for_file(files[0][0]) if files else finder.for_file(Path.cwd() / "x")
    lang = args.lang or first.lang or "id"
    fail_on = args.fail_on or first.fail_on or "error"
    results = []
    for path, shown in files:
        cfg = finder.for_file(path)
        cfg = cfg.overridden(cli_select, cli_extend, cli_ignore)
        selected = cfg.rules_for(path)
        ctx = RuleContext(lang=lang, options=cfg.thresholds, extra_roles=cfg.roles)
        limits = cfg.limits_with(DEFAULT_LIMITS)
        if args.timeout_per_file is not None:
            limits = replace(limits, timeout_per_file=args.timeout_per_file)
        result = check_file(path, source=shown, lang=lang, limits=limits, selected=selected,
                            severities=cfg.severity, ctx=ctx, cache=cache)
        allowed = set(selected)  # file-level findings (unreadable-file, ...) obey the selection too
        result.findings = [f for f in result.findings if f.rule in allowed]
        results.append(result)

    if args.write_baseline:
        from .baseline import write_baseline

        count = write_baseline(Path(args.write_baseline), results)
        sys.stderr.write(f"sopcheck: {count} temuan dicatat di baseline / findings written to "
                         f"{args.write_baseline}\n")
    if args.baseline:
        from .baseline import filter_new, load_baseline

        filter_new(results, load_baseline(Path(args.baseline)), Path(args.baseline).parent)

    out = _open_output(args)
    try:
        fmt = args.format or "rich"  # plain text without colour when not a terminal
        if fmt == "rich":
            from .report.console import render_check

            render_check(results, _console(args, out), lang=lang)
        else:
            from .report import EMITTERS

            if fmt == "sarif":  # SARIF fingerprints = baseline fingerprints (survive unrelated edits)
                from .baseline import fingerprint
                from .report.sarif import emit as emit_sarif

                text = emit_sarif(results, lang=lang, fingerprint=lambda r, f: fingerprint(f, r.document))
            else:
                text = EMITTERS[fmt](results, lang=lang)
            if text:
                out.write(text + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    threshold = SEVERITY_RANK[fail_on]
    failing = any(SEVERITY_RANK[f.severity] >= threshold for r in results for f in r.findings)
    return 1 if failing else 0


def cmd_parse(args) -> int:
    """Run ``sopcheck parse``: print the model of each file (JSON or rich tables).

    A file that cannot be read prints its error on stderr (never a traceback, within the
    per-file time limit); the status is then 1.
    """
    from .api import parse_file_guarded
    from .errors import ReadError
    from .guard import refuse_overwriting_inputs

    docs, status = [], 0
    files = list(iter_sop_files(args.paths))
    refuse_overwriting_inputs([args.output], [path for path, _ in files])
    for path, shown in files:
        try:
            docs.append(parse_file_guarded(path, source=shown))
        except ReadError as exc:
            sys.stderr.write(f"{shown}: {exc.rule}: {exc.message(args.lang or 'id')}\n")
            status = 1
    out = _open_output(args)
    try:
        if args.format == "json":
            from .report.json_report import emit_parse

            if docs or len(files) > 1:  # one unreadable file: the error on stderr, nothing on stdout
                out.write(emit_parse(docs, as_array=len(files) > 1) + "\n")
        else:
            from .report.console import render_parse

            console = _console(args, out)
            for doc in docs:
                render_parse(doc, console, lang=args.lang or "id")
    finally:
        if out is not sys.stdout:
            out.close()
    return status


def cmd_rules(args) -> int:
    """Run ``sopcheck rules`` (list) or ``sopcheck rule NAME`` (explain one)."""
    from .checks import all_rules, get_rule
    from .errors import UsageError
    from .report import explain

    if args.command == "rule":
        spec = get_rule(args.name)
        if spec is None:
            raise UsageError(f"aturan tidak dikenal / unknown rule: {args.name!r} (lihat `sopcheck rules`)")
        specs = [spec]
    else:
        specs = all_rules()
    lang = args.lang or "id"
    out = _open_output(args)
    try:
        if args.format == "json":
            out.write(explain.to_json(specs, lang, detail=args.command == "rule") + "\n")
        elif args.command == "rule":
            explain.render_rule(specs[0], _console(args, out), lang)
        else:
            explain.render_rules(specs, _console(args, out), lang)
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``sopcheck`` command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from . import __version__

        print(f"sopcheck {__version__}")
        return 0
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    from .errors import UsageError

    from .audit import cli as audit_cli

    handlers = {"check": cmd_check, "parse": cmd_parse, "rules": cmd_rules, "rule": cmd_rules,
                "audit": audit_cli.run}
    try:
        status = handlers[args.command](args)
        sys.stdout.flush()  # a full disk or closed pipe shows here, not at interpreter exit
        return status
    except UsageError as exc:
        sys.stderr.write(f"sopcheck: galat: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("sopcheck: dihentikan / interrupted\n")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:  # the report could not be written (disk full, device gone)
        _silence_stdout()
        where = getattr(exc, "filename", None) or "stdout"
        sys.stderr.write(f"sopcheck: galat: laporan tidak dapat ditulis ke {where} / the report cannot be "
                         f"written to {where}: {exc.strerror or exc}\n")
        return 2


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush of a broken stdout (closed
    pipe, full disk) does not print a second error at exit."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
