"""Benchmark: pages/second of sopcheck (parse + check) next to bare pdfplumber, real PDFs.

Bare pdfplumber = open the file and read every page's ``chars`` and ``rects`` (the
pdfminer parse every reader pays). sopcheck = ``check_file``: sniffing, ``read_pdf``
(ruling → grid, symbol classification, text assembly on top of the same parse), the layout
stage and every rule. ``read_pdf`` alone is timed too. All run in the same process,
alternating, best of ``--repeat`` rounds.

    python bench/bench_pdf.py [--dir ../shared/real/bps-bengkulu] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sopcheck.limits import DEFAULT_LIMITS  # noqa: E402
from sopcheck.readers.pdf import read_pdf  # noqa: E402


def bare(paths: list[Path]) -> int:
    import pdfplumber

    pages = 0
    for p in paths:
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                _ = page.chars, page.rects  # what sopcheck reads of each page
                pages += 1
                page.close()
    return pages


def reader(paths: list[Path]) -> int:
    pages = 0
    for p in paths:
        pages += read_pdf(p, DEFAULT_LIMITS).pages or 0
    return pages


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=ROOT.parent / "shared" / "real" / "bps-bengkulu")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    paths = sorted(args.dir.glob("*.pdf"))
    if not paths:
        print(f"no PDFs in {args.dir}", file=sys.stderr)
        return 2
    pages = bare(paths)
    best = {"pdfplumber": float("inf"), "read_pdf": float("inf"), "sopcheck": float("inf")}
    for _ in range(max(1, args.repeat)):
        for name, fn in (("pdfplumber", bare), ("read_pdf", reader), ("sopcheck", _timed_check)):
            t0 = time.perf_counter()
            fn(paths)
            best[name] = min(best[name], time.perf_counter() - t0)
    print(f"{len(paths)} files, {pages} pages, best of {args.repeat}")
    print(f"bare pdfplumber (chars+rects)  : {pages / best['pdfplumber']:7.1f} pages/s  ({best['pdfplumber']:.2f} s)")
    print(f"read_pdf (reader only)         : {pages / best['read_pdf']:7.1f} pages/s  ({best['read_pdf']:.2f} s)")
    print(f"sopcheck parse + check         : {pages / best['sopcheck']:7.1f} pages/s  ({best['sopcheck']:.2f} s)")
    print(f"ratio sopcheck / bare time     : {best['sopcheck'] / best['pdfplumber']:.2f}x (target <= 1.5x)")
    return 0


def _timed_check(paths: list[Path]) -> None:
    from sopcheck.api import check_file

    for p in paths:
        check_file(p)


if __name__ == "__main__":
    raise SystemExit(main())
