"""Benchmark: pages/second of ``read_pdf`` next to bare pdfplumber over the real PDFs.

Bare pdfplumber = open the file and read every page's ``chars`` and ``rects`` (the
pdfminer parse every reader pays). ``read_pdf`` adds ruling → grid, symbol
classification and text assembly on top of the same parse. Both run in the same process,
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
                page.chars
                page.rects
                pages += 1
                page.close()
    return pages


def ours(paths: list[Path]) -> int:
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
    best = {"pdfplumber": float("inf"), "read_pdf": float("inf")}
    pages = 0
    for _ in range(max(1, args.repeat)):
        for name, fn in (("pdfplumber", bare), ("read_pdf", ours)):
            t0 = time.perf_counter()
            pages = fn(paths)
            best[name] = min(best[name], time.perf_counter() - t0)
    bare_pps = pages / best["pdfplumber"]
    ours_pps = pages / best["read_pdf"]
    print(f"{len(paths)} files, {pages} pages, best of {args.repeat}")
    print(f"bare pdfplumber (chars+rects): {bare_pps:7.1f} pages/s  ({best['pdfplumber']:.2f} s)")
    print(f"read_pdf                     : {ours_pps:7.1f} pages/s  ({best['read_pdf']:.2f} s)")
    print(f"ratio read_pdf / bare time   : {best['read_pdf'] / best['pdfplumber']:.2f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
