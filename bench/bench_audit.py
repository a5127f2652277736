"""Benchmark of ``sopcheck audit``: documents/s with 1 and 2 workers, parallel efficiency, peak
memory, and the cross-document stage's time.

Run from the repository root::

    python bench/bench_audit.py                  # N = 2000 documents, workers 1 and 2
    python bench/bench_audit.py --n 500,2000     # two sizes: shows memory stays flat as N grows
    python bench/bench_audit.py --n 300 --jobs 1,2,4

The audit tree is built under ``--workdir`` (default /tmp/sopcheck-bench-audit): N documents
over 30 dinas folders, copies of the corpus DOCX and PDF files, each made distinct (a DOCX gets
its own ``docProps/core.xml`` identifier, a PDF a trailing comment after ``%%EOF``) so no two
files share a hash. Each measurement runs the audit in a fresh Python process (so peaks do not
carry over) and reports:

* documents/s of the document stage, and parallel efficiency = rate(j) / (j x rate(1));
* peak RSS of the main process (what must stay flat as N grows) and the peak of the main
  process plus all its descendants (forkserver and workers), sampled from /proc every 50 ms;
* the cross-document stage's time (SOP601-SOP604 over the store).

Duration: about N x (1/rate(1) + 1/rate(2)) seconds plus the build. The corpus mixes DOCX
(0.01-0.1 s each) and PDF (0.2-1.1 s each, the PDF reader dominates), about 4.4 documents/s on
one worker and 7.4 on two (two-core machine, Nov 2025): ~12 minutes for N = 2000, ~3 minutes
for N = 300. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
N_DINAS = 30


# --- building the tree ----------------------------------------------------------------------

def _vary_docx(data: bytes, tag: str) -> bytes:
    """``data`` (a DOCX) with ``docProps/core.xml`` carrying identifier ``tag``."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        seen_core = False
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                seen_core = True
                text = body.decode("utf-8")
                marker = f"<dc:identifier>{tag}</dc:identifier>"
                if "</cp:coreProperties>" in text and "xmlns:dc=" in text:
                    body = text.replace("</cp:coreProperties>", marker + "</cp:coreProperties>").encode()
                else:
                    body += f"<!-- {tag} -->".encode()
            dst.writestr(info, body)
        if not seen_core:
            dst.writestr("docProps/sopcheck-bench.txt", tag)
    return out.getvalue()


def build_tree(workdir: Path, n: int) -> Path:
    """Create ``workdir/tree-N`` with ``n`` distinct SOP files over 30 dinas folders."""
    sources = sorted(ROOT.glob("corpus/*.docx")) + sorted(ROOT.glob("corpus/*.pdf"))
    if not sources:
        sys.exit("no corpus/*.docx or corpus/*.pdf to copy")
    tree = workdir / f"tree-{n}"
    if tree.exists():
        shutil.rmtree(tree)
    blobs = [(p.suffix.lower(), p.stem, p.read_bytes()) for p in sources]
    for i in range(n):
        suffix, stem, data = blobs[i % len(blobs)]
        dinas = tree / f"dinas-{i % N_DINAS:02d}"
        sub = dinas / ("arsip" if (i // N_DINAS) % 5 == 4 else "")
        sub.mkdir(parents=True, exist_ok=True)
        tag = f"bench-{i:06d}"
        body = _vary_docx(data, tag) if suffix == ".docx" else data + f"\n% {tag}\n".encode()
        (sub / f"{stem}-{i:06d}{suffix}").write_bytes(body)
    return tree


# --- one measurement (runs in a child process) ----------------------------------------------

def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    out, stack = [], [pid]
    while stack:
        p = stack.pop()
        try:
            tids = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for tid in tids:
            try:
                with open(f"/proc/{p}/task/{tid}/children") as fh:
                    kids = [int(x) for x in fh.read().split()]
            except OSError:
                continue
            out.extend(kids)
            stack.extend(kids)
    return out


def measure(tree: str, jobs: int) -> dict:
    """Audit ``tree`` with ``jobs`` workers in this process; return the figures."""
    from sopcheck.audit.engine import run_audit
    from sopcheck.audit.task import TaskOptions

    me = os.getpid()
    peak = {"main": 0, "total": 0}
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            main = _rss_kb(me)
            total = main + sum(_rss_kb(p) for p in _descendants(me))
            peak["main"] = max(peak["main"], main)
            peak["total"] = max(peak["total"], total)
            stop.wait(0.05)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    started = time.perf_counter()
    run = run_audit(tree, jobs=jobs, options=TaskOptions(drawings=True))
    wall = time.perf_counter() - started
    stop.set()
    thread.join()
    findings = run.store.db.execute("SELECT COUNT(*) FROM findings").fetchone()[0]
    run.store.close()
    return {"jobs": jobs, "documents": run.done, "check_seconds": run.check_seconds,
            "docs_per_s": run.done / run.check_seconds if run.check_seconds else 0.0,
            "cross_seconds": run.cross_seconds, "cross_findings": run.cross_findings, "findings": findings,
            "wall_seconds": wall, "peak_main_mb": peak["main"] / 1024, "peak_total_mb": peak["total"] / 1024}


# --- driver -----------------------------------------------------------------------------------

def _ints(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", default="2000", help="documents in the tree; several sizes comma-separated")
    parser.add_argument("--jobs", default="1,2", help="worker counts to measure, comma-separated")
    parser.add_argument("--workdir", default="/tmp/sopcheck-bench-audit")
    parser.add_argument("--keep", action="store_true", help="keep the generated trees")
    parser.add_argument("--_measure", nargs=2, metavar=("TREE", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args._measure:
        print(json.dumps(measure(args._measure[0], int(args._measure[1]))))
        return 0
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in _ints(args.n):
        t0 = time.perf_counter()
        tree = build_tree(workdir, n)
        print(f"built {n} documents in {N_DINAS} dinas folders under {tree} ({time.perf_counter() - t0:.1f} s)",
              flush=True)
        base = None
        for jobs in _ints(args.jobs):
            out = subprocess.run([sys.executable, __file__, "--_measure", str(tree), str(jobs)],
                                 capture_output=True, text=True, cwd=ROOT, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            r["n"] = n
            if jobs == 1 or base is None:
                base = r["docs_per_s"] / jobs if jobs == 1 else None
            r["efficiency"] = (r["docs_per_s"] / (jobs * base)) if base else None
            rows.append(r)
            eff = f"{r['efficiency'] * 100:5.0f}%" if r["efficiency"] is not None else "    -"
            print(f"N={n:6d} jobs={jobs}: {r['docs_per_s']:7.1f} docs/s  efficiency {eff}  "
                  f"cross-document {r['cross_seconds']:.2f} s ({r['cross_findings']} findings)  "
                  f"peak RSS main {r['peak_main_mb']:.0f} MB, main+workers {r['peak_total_mb']:.0f} MB",
                  flush=True)
        if not args.keep:
            shutil.rmtree(tree)
    print(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
