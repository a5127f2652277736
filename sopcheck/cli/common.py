"""What every subcommand shares: the argument parser class, common flags, the console, the
output file and rule lists given on the command line.

Exit status: 0 when no finding reaches the failing severity (``--fail-on``, default
``error``), 1 when one does, 2 for usage errors (bad flag, bad value, a path that does not
exist). Heavy modules are imported only when a command needs them, so a one-file run starts
fast.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from contextlib import contextmanager
from typing import Iterator, Sequence

FAIL_ON_CHOICES = ("error", "warning")

ARGPARSE_ID = {
    "usage: ": "penggunaan: ",
    "options": "opsi",
    "positional arguments": "argumen posisi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "ambiguous option: %(option)s could match %(matches)s": "opsi ambigu: %(option)s bisa berarti %(matches)s",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "expected at least one argument": "butuh sedikitnya satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected one argument": "butuh satu nilai",
    "expected %s argument": "butuh %s nilai",
    "expected %s arguments": "butuh %s nilai",
    "ignored explicit argument %r": "nilai %r diabaikan",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diberikan",
    "the following arguments are required: %s": "argumen berikut wajib diberikan: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "subperintah tidak dikenal %(parser_name)r (pilihan: %(choices)s)",
}
"""argparse's own words (its gettext message ids) in Bahasa Indonesia: usage lines, help
headings and usage errors follow ``--lang`` like everything else sopcheck prints."""

_lang = "id"  # the language of the command being run (set by argparse_language)


def argv_lang(argv: Sequence[str]) -> str:
    """The ``--lang`` given in ``argv`` (``--lang en`` or ``--lang=en``), else ``"id"``: known
    before the arguments are parsed, so that argparse's own messages and usage errors can
    follow it."""
    for i, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else (
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        if value in ("id", "en"):
            return value
    return "id"


@contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """Within the block, argparse speaks ``lang``: Bahasa Indonesia through
    :data:`ARGPARSE_ID` (argparse looks its words up through the module's ``_`` and
    ``ngettext`` at call time, so they are swapped here and restored after), English as is."""
    global _lang
    saved = (argparse._, argparse.ngettext, _lang)
    _lang = lang
    if lang == "id":
        argparse._ = lambda text: ARGPARSE_ID.get(text, text)
        argparse.ngettext = lambda one, many, n: ARGPARSE_ID.get(one if n == 1 else many, one if n == 1 else many)
    try:
        yield
    finally:
        argparse._, argparse.ngettext, _lang = saved


def error_line(message: str) -> str:
    """``sopcheck: galat: message`` (``error`` in English) as printed on stderr."""
    return f"sopcheck: {'error' if _lang == 'en' else 'galat'}: {message}\n"


def note(args, message_id: str, message_en: str) -> None:
    """Print a one-line note on stderr in the run's language (``args.lang``, else the command
    line's), unless ``--quiet``."""
    if getattr(args, "quiet", False):
        return
    lang = getattr(args, "lang", None) or _lang
    sys.stderr.write(f"sopcheck: {message_en if lang == 'en' else message_id}\n")


class Parser(argparse.ArgumentParser):
    """argparse that exits with status 2 and a one-line message (no usage dump on stdout)."""

    def error(self, message: str) -> None:  # pragma: no cover - argparse plumbing
        self.print_usage(sys.stderr)
        sys.stderr.write(error_line(message))
        raise SystemExit(2)


def add_report_flags(p: argparse.ArgumentParser, output: bool = True) -> None:
    """``--lang``, ``--no-color`` and (with ``output``) ``--output/-o``."""
    p.add_argument("--lang", choices=["id", "en"], default=None, help="bahasa pesan (default: id)")
    p.add_argument("--no-color", action="store_true", help="tanpa warna")
    if output:
        p.add_argument("--output", "-o", metavar="FILE", help="tulis laporan ke berkas")


def add_run_flags(p: argparse.ArgumentParser, config_help: str) -> None:
    """``--config``, ``--fail-on``, ``--timeout-per-file`` and ``--no-ocr``: how a run of checks is
    set up."""
    p.add_argument("--config", metavar="FILE", help=config_help)
    p.add_argument("--fail-on", choices=FAIL_ON_CHOICES, default=None,
                   help="keparahan yang membuat status keluar 1 (default: error)")
    p.add_argument("--timeout-per-file", type=float, default=None, metavar="SECONDS",
                   help="batas waktu per berkas dalam detik (default: 60; 0 = tanpa batas)")
    add_ocr_flag(p)


def add_ocr_flag(p: argparse.ArgumentParser) -> None:
    """``--no-ocr``: scanned pages and pictures of flowcharts are not read (a scan is then a
    ``no-text-layer`` finding), as ``[limits] ocr = false``."""
    p.add_argument("--no-ocr", action="store_true",
                   help="jangan baca halaman pindaian dengan OCR (halaman itu menjadi temuan no-text-layer)")


def check_run_flags(args) -> None:
    """Validate the values :func:`add_run_flags` cannot check by type.

    :raises UsageError: a negative time limit.
    """
    from ..errors import UsageError

    if args.timeout_per_file is not None and args.timeout_per_file < 0:
        raise UsageError("--timeout-per-file harus >= 0", "--timeout-per-file must be >= 0")


def split_rules(values: Sequence[str] | str | None) -> list[str]:
    """Rule names from the values of a repeatable flag (``--select A,B --select C``): each a
    comma-separated list of names, codes, code prefixes (``SOP4``) or ``all``, as ruff reads
    them (:func:`sopcheck.checks.select_rules`); repeated flags add up.

    :raises UsageError: a selector that names no rule.
    """
    from ..checks import select_rules
    from ..errors import UsageError

    if isinstance(values, str):
        values = [values]
    names: list[str] = []
    for value in values or ():
        for item in value.split(","):
            item = item.strip()
            if not item:
                continue
            specs = select_rules(item)
            if specs is None:
                raise UsageError(f"aturan tidak dikenal: {item!r} (lihat `sopcheck rules`)",
                                 f"unknown rule: {item!r} (see `sopcheck rules`)")
            names += [spec.name for spec in specs if spec.name not in names]
    return names


PIPE_WIDTH = 120
"""Columns of a report written to a pipe or file when no terminal tells the width."""


def report_width(stream) -> int | None:
    """The width to lay a report out for on ``stream``: ``None`` on a terminal (rich measures
    it, and follows ``COLUMNS``); in a pipe or file, ``COLUMNS`` when set, else the width of the
    terminal the command runs in (stderr's, so ``sopcheck check x | less`` fits the screen),
    else :data:`PIPE_WIDTH`."""
    if hasattr(stream, "isatty") and stream.isatty():
        return None
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    for other in (sys.stderr, sys.stdin):
        try:
            if other is not None and other.isatty():
                return os.get_terminal_size(other.fileno()).columns
        except (OSError, ValueError, AttributeError):
            continue
    return PIPE_WIDTH


class RStripWriter:
    """A text stream wrapper that drops the spaces at the end of every line (rich pads table
    cells to the column width), colour codes after them kept. Used for every console report,
    so no line of sopcheck's output ends in spaces."""

    _TAIL = re.compile(r"(?:[ \t]|\x1b\[[0-9;]*m)*\Z")
    _TRAILING = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)

    def __init__(self, stream):
        self.stream = stream
        self._pending = ""  # spaces (and colour codes) that may still turn out to end a line

    def write(self, text: str) -> int:
        data = self._pending + text
        cut = data.rfind("\n") + 1
        lines, rest = data[:cut], data[cut:]
        tail = self._TAIL.search(rest)
        keep = rest[tail.start():] if tail and (" " in tail.group() or "\t" in tail.group()) else ""
        self._pending = keep
        out = self._TRAILING.sub(r"\1", lines) + rest[: len(rest) - len(keep)]
        if out:
            self.stream.write(out)
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def close_pending(self) -> None:
        """Write what is held back (a last line without newline, its trailing spaces dropped)."""
        if self._pending:
            self.stream.write(self._TRAILING.sub(r"\1", self._pending))
            self._pending = ""

    def isatty(self) -> bool:
        return hasattr(self.stream, "isatty") and self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self.stream, "encoding", "utf-8") or "utf-8"


def console(args, stream, width: int | None = None):
    """A rich console on ``stream`` for the human report.

    On a terminal: colours (unless ``--no-color`` or the ``NO_COLOR`` environment variable,
    which rich reads itself) and the terminal's width. Otherwise plain text laid out for
    :func:`report_width` (``width`` overrides it). Lines never end in spaces (:class:`RStripWriter`).
    """
    from rich.console import Console

    is_tty = hasattr(stream, "isatty") and stream.isatty()
    no_color = True if (getattr(args, "no_color", False) or not is_tty) else None  # None: rich reads NO_COLOR
    return Console(file=RStripWriter(stream), no_color=no_color, highlight=False,
                   force_terminal=None if is_tty else False,
                   width=None if is_tty else (width or report_width(stream)), soft_wrap=False)


def open_output(args):
    """The file named by ``--output`` opened for writing, else stdout.

    :raises UsageError: the file cannot be written.
    """
    if args.output:
        try:
            return open(args.output, "w", encoding="utf-8")
        except OSError as exc:
            from ..errors import UsageError

            raise UsageError(f"{args.output}: tidak dapat ditulis: {exc.strerror}",
                             f"{args.output}: cannot be written: {exc.strerror}") from exc
    return sys.stdout


def close_output(out) -> None:
    """Close ``out`` unless it is stdout."""
    if out is not sys.stdout:
        out.close()
