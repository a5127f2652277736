"""Command line: ``sopcheck check``, ``parse``, ``rules``, ``rule``, ``audit``, ``annotate`` and ``serve``.

One module per subcommand (:mod:`.check`, :mod:`.parse`, :mod:`.rules`, :mod:`.audit`), each
adding its parser and its ``run(args)``; :mod:`.common` holds what they share. The
subcommands call the library (:mod:`sopcheck.api`, :mod:`sopcheck.audit`) and the reporters;
no checking logic lives here.

Exit status: 0 when no finding reaches the failing severity (default ``error``), 1 when one
does, 2 for usage errors (bad flag, bad value, a path that does not exist), 130 when
interrupted.
"""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from . import annotate, audit, check, parse, rules, serve
from .common import Parser, argparse_language, argv_lang, error_line


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = Parser(prog="sopcheck", description="Linter SOP AP (Permenpan RB No. 35 Tahun 2012)")
    parser.add_argument("--version", action="store_true", help="tampilkan versi")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    check.add_parser(sub)
    parse.add_parser(sub)
    rules.add_parsers(sub)
    audit.add_parser(sub)
    annotate.add_parser(sub)
    serve.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``sopcheck`` command; returns the exit status.

    Everything printed follows ``--lang`` (default Bahasa Indonesia): argparse's own words and
    usage errors included (:func:`.common.argparse_language`)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    with argparse_language(argv_lang(argv)):
        return _main(argv)


def _main(argv: list[str]) -> int:
    lang = argv_lang(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from .. import __version__

        print(f"sopcheck {__version__}")
        return 0
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    from ..errors import UsageError

    try:
        status = args.run(args)
        sys.stdout.flush()  # a full disk or closed pipe shows here, not at interpreter exit
        return status
    except UsageError as exc:
        sys.stderr.write(error_line(exc.message(lang)))
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("sopcheck: interrupted\n" if lang == "en" else "sopcheck: dihentikan\n")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:  # the report could not be written (disk full, device gone)
        _silence_stdout()
        where = getattr(exc, "filename", None) or "stdout"
        reason = exc.strerror or exc
        sys.stderr.write(error_line(f"the report cannot be written to {where}: {reason}" if lang == "en" else
                                    f"laporan tidak dapat ditulis ke {where}: {reason}"))
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
