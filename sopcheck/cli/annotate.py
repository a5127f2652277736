"""``sopcheck annotate SOP.docx -o SOP.reviu.docx``: the SOP with the findings on it.

A DOCX gets one Word comment per finding on the cell it concerns, a PDF one sticky note per
finding at that cell (:mod:`sopcheck.write.annotate`). The file is checked under its
configuration exactly as ``sopcheck check`` would; the input is never written.

Exit status: 0 when the copy was written (whatever it found: the findings are in the copy), 1
when the file cannot be read (no copy then; its one message on stderr), 2 for usage errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .common import check_run_flags, split_rules


def add_parser(sub) -> None:
    """Add ``annotate`` to the subcommands ``sub``."""
    p = sub.add_parser("annotate", help="salinan SOP dengan temuan sebagai komentar (.docx) atau catatan (.pdf)")
    p.add_argument("path", metavar="FILE", help="berkas SOP (.docx atau .pdf)")
    p.add_argument("--output", "-o", metavar="FILE",
                   help="salinan beranotasi (default: NAMA.reviu.docx / NAMA.reviu.pdf di samping berkas)")
    p.add_argument("--author", metavar="NAME", default=None,
                   help="nama penulis komentar (default: [review] author di konfigurasi, atau sopcheck)")
    p.add_argument("--lang", choices=["id", "en"], default=None, help="bahasa komentar (default: id)")
    p.add_argument("--select", metavar="RULES", help="hanya aturan ini (nama atau kode, dipisah koma)")
    p.add_argument("--ignore", metavar="RULES", help="abaikan aturan ini (nama atau kode, dipisah koma)")
    p.add_argument("--config", metavar="FILE", help="berkas konfigurasi (default: sopcheck.toml terdekat)")
    p.add_argument("--timeout-per-file", type=float, default=None, metavar="SECONDS",
                   help="batas waktu dalam detik (default: 60; 0 = tanpa batas)")
    p.set_defaults(run=run)


def default_output(path: Path, fmt: str) -> Path:
    """``SOP.docx`` -> ``SOP.reviu.docx`` beside it (``.pdf`` for a PDF)."""
    return path.with_name(f"{path.stem}.reviu.{fmt}")


def run(args) -> int:
    """Check the file, write the annotated copy, print where it went; return the exit status."""
    from ..api import check_configured
    from ..config import ConfigFinder
    from ..errors import ReadError, UsageError
    from ..limits import DEFAULT_LIMITS
    from ..write.annotate import DEFAULT_AUTHOR, annotate

    check_run_flags(args)
    path = Path(args.path)
    if not path.is_file():
        raise UsageError(f"{path}: berkas tidak ada", f"{path}: no such file")
    cfg = ConfigFinder(Path(args.config) if args.config else None).for_file(path)
    cfg = cfg.overridden(split_rules(args.select) if args.select else None, (), split_rules(args.ignore))
    lang = args.lang or cfg.lang or "id"
    result = check_configured(path, cfg, source=str(path), lang=lang, timeout_per_file=args.timeout_per_file)
    if result.document is None:
        for f in result.findings:
            sys.stderr.write(f"sopcheck: {f.message}\n")
        return 1
    out = Path(args.output) if args.output else default_output(path, result.document.format)
    author = args.author or cfg.review.get("author") or DEFAULT_AUTHOR
    try:
        count = annotate(path, out, result, author=author, lang=lang, limits=cfg.limits_with(DEFAULT_LIMITS))
    except ReadError as exc:
        sys.stderr.write(f"sopcheck: {exc.message(lang)}\n")
        return 1
    if lang == "en":
        sys.stderr.write(f"sopcheck: {count} comments written to {out}\n")
    else:
        sys.stderr.write(f"sopcheck: {count} komentar ditulis ke {out}\n")
    return 0
