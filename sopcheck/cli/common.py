"""What every subcommand shares: the argument parser class, common flags, the console, the
output file and rule lists given on the command line.

Exit status: 0 when no finding reaches the failing severity (``--fail-on``, default
``error``), 1 when one does, 2 for usage errors (bad flag, bad value, a path that does not
exist). Heavy modules are imported only when a command needs them, so a one-file run starts
fast.
"""

from __future__ import annotations

import argparse
import sys

FAIL_ON_CHOICES = ("error", "warning")


class Parser(argparse.ArgumentParser):
    """argparse that exits with status 2 and a one-line message (no usage dump on stdout)."""

    def error(self, message: str) -> None:  # pragma: no cover - argparse plumbing
        self.print_usage(sys.stderr)
        sys.stderr.write(f"sopcheck: galat: {message}\n")
        raise SystemExit(2)


def add_report_flags(p: argparse.ArgumentParser, output: bool = True) -> None:
    """``--lang``, ``--no-color`` and (with ``output``) ``--output/-o``."""
    p.add_argument("--lang", choices=["id", "en"], default=None, help="bahasa pesan (default: id)")
    p.add_argument("--no-color", action="store_true", help="tanpa warna")
    if output:
        p.add_argument("--output", "-o", metavar="FILE", help="tulis laporan ke berkas")


def add_run_flags(p: argparse.ArgumentParser, config_help: str) -> None:
    """``--config``, ``--fail-on`` and ``--timeout-per-file``: how a run of checks is set up."""
    p.add_argument("--config", metavar="FILE", help=config_help)
    p.add_argument("--fail-on", choices=FAIL_ON_CHOICES, default=None,
                   help="keparahan yang membuat status keluar 1 (default: error)")
    p.add_argument("--timeout-per-file", type=float, default=None, metavar="SECONDS",
                   help="batas waktu per berkas dalam detik (default: 60; 0 = tanpa batas)")


def check_run_flags(args) -> None:
    """Validate the values :func:`add_run_flags` cannot check by type.

    :raises UsageError: a negative time limit.
    """
    from ..errors import UsageError

    if args.timeout_per_file is not None and args.timeout_per_file < 0:
        raise UsageError("--timeout-per-file harus >= 0 / must be >= 0")


def split_rules(value: str | None) -> list[str]:
    """Rule names from a comma-separated list of names or codes.

    :raises UsageError: an unknown rule.
    """
    from ..checks import get_rule
    from ..errors import UsageError

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


def console(args, stream, width: int = 120):
    """A rich console on ``stream``: colours and the terminal's width on a terminal, plain text
    ``width`` columns wide otherwise."""
    from rich.console import Console

    is_tty = hasattr(stream, "isatty") and stream.isatty()
    return Console(file=stream, no_color=args.no_color or not is_tty, highlight=False,
                   force_terminal=None if is_tty else False, width=None if is_tty else width, soft_wrap=False)


def open_output(args):
    """The file named by ``--output`` opened for writing, else stdout.

    :raises UsageError: the file cannot be written.
    """
    if args.output:
        try:
            return open(args.output, "w", encoding="utf-8")
        except OSError as exc:
            from ..errors import UsageError

            raise UsageError(f"{args.output}: tidak dapat ditulis / cannot be written: {exc.strerror}") from exc
    return sys.stdout


def close_output(out) -> None:
    """Close ``out`` unless it is stdout."""
    if out is not sys.stdout:
        out.close()
