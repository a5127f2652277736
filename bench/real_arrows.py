"""Arrow recovery on the real PDFs: sopcheck's flow against the arrows read by eye.

    python bench/real_arrows.py            # one line per procedure, then the totals
    python bench/real_arrows.py -v         # also the arrows missed, extra and mislabelled

The by-eye labels are ``tests/real_arrows_by_eye.py`` (23 BPS Bengkulu PDFs and the five SOPs of
the Word-exported Cimahi bundle, ``../shared/real``); the comparison is ``tests/arrow_recovery.py``.
Goals (issue 15): at least 95 % of the arrows found with the right direction and ends, at least
90 % of the Ya/Tidak labels on the right arrow, at most 3 % of the arrows read spurious.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from arrow_recovery import all_recoveries, totals  # noqa: E402
from real_arrows_by_eye import LABELLED, real_path  # noqa: E402


def main(argv: list[str]) -> int:
    if not real_path(LABELLED[0]).is_file():
        print(f"real PDFs not found ({real_path(LABELLED[0]).parent})")
        return 1
    verbose = "-v" in argv
    started = time.perf_counter()
    results = all_recoveries()
    for r in results:
        name = r.key.split("/")[1][:40]
        print(f"{name:42} arrows {r.found:3}/{r.expected:<3} labels {r.labels_right:2}/{r.labels:<2} "
              f"spurious {r.spurious:2}/{r.read:<3}{'' if r.matched else '  (procedure not found)'}")
        if verbose:
            for what, items in (("missed", r.missing), ("extra", r.extra), ("label", r.wrong_labels),
                                ("stray label", r.stray_labels)):
                for item in items:
                    print(f"    {what}: {item}")
    t = totals(results)
    print(f"arrows found with the right ends: {t['found']}/{t['expected']} = {t['edges']:.1%}  (goal >= 95 %)")
    print(f"Ya/Tidak labels on the right arrow: {t['labels_right']}/{t['labels']} = {t['label_share']:.1%}"
          "  (goal >= 90 %)")
    print(f"spurious arrows: {t['spurious']}/{t['read']} = {t['spurious_share']:.1%}  (goal <= 3 %)")
    print(f"labels read where the eye saw another or none: {sum(len(r.stray_labels) for r in results)}")
    print(f"{len(results)} procedures in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
