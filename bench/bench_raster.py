"""Benchmark the raster reader on scans of the corpus (issue 13): accuracy per variant, and
seconds per page on one core next to the vector reader on the same document's PDF.

    .venv/bin/python bench/bench_raster.py                       # every variant, every document
    .venv/bin/python bench/bench_raster.py --variant 200-grey --engine tesseract
    .venv/bin/python bench/bench_raster.py --quick               # 200-grey and 200-rot90 only

Scans are made in a temporary folder by ``corpus/scans.py`` (deterministic), parsed by
sopcheck with the OCR engine on one thread (ONNX Runtime and OpenCV set to one thread, as in
the audit's worker pool), and scored against the expected parse of the DOCX twin by
``corpus/scan_score.py``. Printed per variant: steps found / expected, the shares of step
numbers, pelaksana, kegiatan (rapidfuzz ratio >= 90) and waktu minutes read right, Nomor /
Nama SOP, seconds per page (wall clock, and CPU seconds of this process: the figure that
holds on a machine shared with other work), and the share of the wall time spent in the OCR
engine. A last line gives the vector reader's seconds per page on the original PDFs. Misses
are listed with ``--misses``. Exit status 1 when a variant misses a Done-when share.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "corpus"))
sys.path.insert(0, str(ROOT))

from scan_score import THRESHOLDS, Score, score  # noqa: E402
from scans import VARIANTS, make_scan  # noqa: E402


def _cpu() -> float:
    """CPU seconds of this process and of the programs it ran (the ``tesseract`` engine)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--variant", action="append", choices=sorted(VARIANTS))
    p.add_argument("--doc", action="append", help="corpus document stem (default: all six)")
    p.add_argument("--engine", default="rapidocr", choices=["rapidocr", "tesseract"])
    p.add_argument("--quick", action="store_true", help="only 200-grey and 200-rot90")
    p.add_argument("--misses", action="store_true", help="list every step read wrong")
    args = p.parse_args(argv)

    from dataclasses import replace

    from sopcheck.api import parse_file
    from sopcheck.limits import DEFAULT_LIMITS
    from sopcheck.readers.raster import ocr

    limits = replace(DEFAULT_LIMITS, ocr_engine=args.engine, timeout_per_file=0)
    variants = args.variant or (["200-grey", "200-rot90"] if args.quick else list(VARIANTS))
    docs = args.doc or sorted(x.stem for x in (ROOT / "corpus").glob("*.docx"))
    engine = ocr.get_engine(args.engine, 1)  # loaded once, outside the timings

    def timed_engine_seconds() -> float:
        return engine.seconds

    print(f"engine: {args.engine}; one thread; {len(docs)} documents")
    header = (f"{'variant':<11} {'steps':>9} {'numbers':>8} {'pelaks.':>8} {'kegiatan':>8} {'waktu':>8} "
              f"{'nomor':>6} {'nama':>6} {'s/page':>7} {'cpu s/p':>7} {'OCR %':>6}")
    print(header)
    print("-" * len(header))
    failed = False
    with tempfile.TemporaryDirectory(prefix="sopcheck-scans-") as tmp:
        for variant in variants:
            total, pages, seconds, cpu, ocr_seconds = Score(), 0, 0.0, 0.0, 0.0
            for name in docs:
                scan = Path(tmp) / f"{name}.{variant}.pdf"
                scan.write_bytes(make_scan(ROOT / "corpus" / f"{name}.pdf", variant))
                before = timed_engine_seconds()
                started, cpu_started = time.perf_counter(), _cpu()
                parts = parse_file(scan, limits=limits)
                seconds += time.perf_counter() - started
                cpu += _cpu() - cpu_started
                ocr_seconds += timed_engine_seconds() - before
                pages += len({p for d in parts for p in d.ocr_pages})
                got = parts[0].model_dump(mode="json")
                for extra in parts[1:]:  # a scan misread as a bundle: its procedures still count
                    got["procedures"] += extra.model_dump(mode="json")["procedures"]
                total = total + score(got, name)
            ok = total.found == total.expected and all(
                total.share(k) >= v for k, v in THRESHOLDS.items() if k != "found")
            failed |= not ok
            print(f"{variant:<11} {total.found:>4}/{total.expected:<4} {total.share('numbers'):>8.1%} "
                  f"{total.share('pelaksana'):>8.1%} {total.share('kegiatan'):>8.1%} {total.share('waktu'):>8.1%} "
                  f"{total.share('nomor'):>6.0%} {total.share('nama'):>6.0%} {seconds / max(pages, 1):>7.2f} "
                  f"{cpu / max(pages, 1):>7.2f} {ocr_seconds / seconds if seconds else 0:>6.0%}"
                  f"{'' if ok else '  < Done-when'}")
            if args.misses:
                for m in total.misses:
                    print(f"    {m}")
    from sopcheck.api import read_blocks

    started, cpu_started, pages = time.perf_counter(), _cpu(), 0
    for name in docs:
        pages += read_blocks(ROOT / "corpus" / f"{name}.pdf").pages or 0
    wall, cpu = time.perf_counter() - started, _cpu() - cpu_started
    print(f"{'vector PDF':<11} {'':>9} {'':>8} {'':>8} {'':>8} {'':>8} {'':>6} {'':>6} {wall / pages:>7.2f} "
          f"{cpu / pages:>7.2f}   (the text layer of the same {pages} pages)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
