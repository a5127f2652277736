"""Benchmark: documents/second for parse + check in one process, and one-file CLI wall time.

Run from the repository root::

    python bench/bench.py [--rounds 20] [--cli-runs 7]

Prints, for the corpus DOCX files (and corpus PDFs when present): documents per second of
:func:`sopcheck.api.check_file` (parse + all rules) in one process on one core, and the
median wall time of ``sopcheck check FILE`` as a fresh process (start-up included).
Also the parse cache: checking the corpus cold, then warm.
Targets (issue 2): at least 50 DOCX/s per core; a one-file CLI run under 0.4 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def docs_per_second(files: list[Path], rounds: int) -> tuple[float, int]:
    """Check every file ``rounds`` times in this process; return (documents/s, documents)."""
    from sopcheck.api import check_file

    for f in files:  # warm-up: imports, rule data, caches
        check_file(f)
    start = time.perf_counter()
    for _ in range(rounds):
        for f in files:
            check_file(f)
    elapsed = time.perf_counter() - start
    n = rounds * len(files)
    return n / elapsed, n


def per_document(files: list[Path], rounds: int) -> None:
    """Print each file's steps, milliseconds and documents/s for parse + check."""
    from sopcheck.api import check_file

    for f in files:
        result = check_file(f)
        start = time.perf_counter()
        for _ in range(rounds):
            check_file(f)
        ms = (time.perf_counter() - start) / rounds * 1000
        steps = sum(len(p.steps) for d in result.documents for p in d.procedures)
        procs = sum(len(d.procedures) for d in result.documents)
        print(f"  {f.name:38} {procs:2d} procedures {steps:3d} steps {ms:7.1f} ms {1000 / ms:7.1f} documents/s")


def cache_cold_warm(files: list[Path]) -> tuple[float, float]:
    """Seconds to check ``files`` with an empty parse cache, then again with it filled."""
    import tempfile

    from sopcheck.api import check_file
    from sopcheck.cache import ParseCache

    with tempfile.TemporaryDirectory() as tmp:
        cache = ParseCache(Path(tmp) / "cache")
        start = time.perf_counter()
        for f in files:
            check_file(f, cache=cache)
        cold = time.perf_counter() - start
        start = time.perf_counter()
        for f in files:
            check_file(f, cache=cache)
        warm = time.perf_counter() - start
    return cold, warm


def cli_wall_time(file: Path, runs: int) -> float:
    """Median seconds of ``sopcheck check FILE --format json`` as a new process."""
    exe = Path(sys.executable).with_name("sopcheck")
    cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else ["-m", "sopcheck.cli"]),
           "check", str(file), "--format", "json"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--cli-runs", type=int, default=7)
    args = parser.parse_args()
    corpus = ROOT / "corpus"
    for kind in ("docx", "pdf"):
        files = sorted(corpus.glob(f"*.{kind}"))
        if not files:
            continue
        rate, n = docs_per_second(files, args.rounds if kind == "docx" else max(1, args.rounds // 5))
        print(f"{kind.upper():4} parse+check in-process: {rate:8.1f} documents/s "
              f"({n} documents, {len(files)} files, 1 core)")
        per_document(files, args.rounds if kind == "docx" else 2)
    everything = sorted(corpus.glob("*.docx")) + sorted(corpus.glob("*.pdf"))
    cold, warm = cache_cold_warm(everything)
    print(f"parse cache over {len(everything)} corpus files: cold {cold * 1000:6.0f} ms, "
          f"warm {warm * 1000:6.0f} ms ({cold / warm:.1f}x)")
    docx = sorted(corpus.glob("*.docx"))
    if docx:
        wall = cli_wall_time(docx[0], args.cli_runs)
        print(f"CLI `sopcheck check {docx[0].relative_to(ROOT)}`: {wall * 1000:6.0f} ms wall "
              f"(median of {args.cli_runs})")


if __name__ == "__main__":
    main()
