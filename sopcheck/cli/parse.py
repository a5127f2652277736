"""``sopcheck parse FILE...``: print what sopcheck understood of each file."""

from __future__ import annotations

import sys

from .common import add_ocr_flag, add_report_flags, close_output, console, open_output


def add_parser(sub) -> None:
    """Add ``parse`` to the subcommands ``sub``."""
    p = sub.add_parser("parse", help="tampilkan model hasil baca satu atau beberapa berkas")
    p.add_argument("paths", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=["rich", "json"], default="rich")
    add_ocr_flag(p)
    add_report_flags(p)
    p.set_defaults(run=run)


def run(args) -> int:
    """Print the model of each file (JSON or rich tables): one object per SOP, so a bundle
    prints one per SOP it holds; return the exit status.

    A file that cannot be read prints its error on stderr (never a traceback, within the
    per-file time limit); the status is then 1.
    """
    from dataclasses import replace

    from ..api import parse_file_guarded
    from ..errors import ReadError
    from ..guard import refuse_overwriting_inputs
    from ..limits import DEFAULT_LIMITS
    from ..walk import iter_sop_files

    docs, status = [], 0
    files = list(iter_sop_files(args.paths))
    refuse_overwriting_inputs([args.output], [path for path, _ in files])
    limits = replace(DEFAULT_LIMITS, ocr=False) if args.no_ocr else DEFAULT_LIMITS
    for path, shown in files:
        try:
            docs.extend(parse_file_guarded(path, source=shown, limits=limits))
        except ReadError as exc:
            sys.stderr.write(f"{shown}: {exc.rule}: {exc.message(args.lang or 'id')}\n")
            status = 1
    out = open_output(args)
    try:
        if args.format == "json":
            from ..report.json_report import emit_parse

            if docs or len(files) > 1:  # one unreadable file: the error on stderr, nothing on stdout
                out.write(emit_parse(docs, as_array=len(files) > 1 or len(docs) > 1) + "\n")
        else:
            from ..report.console import render_parse

            screen = console(args, out)
            for doc in docs:
                render_parse(doc, screen, lang=args.lang or "id")
    finally:
        close_output(out)
    return status
