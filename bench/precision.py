"""Precision of sopcheck's errors and warnings on the real SOPs, by a reviewer's recorded verdicts.

    python bench/precision.py [ROOT]

Runs ``sopcheck check ROOT --format json`` (default ``../shared/real``), pairs each error and
warning with its verdict in ``tests/real_findings_judged.py`` (true / false / noise, judged on the
rendered page) and prints per rule: found, true, false, noise, unjudged; then the precision,
true / (true + false + noise), of the judged ones. Unjudged findings are listed: read them on the
page and add a verdict. Exit status 1 when a finding judged false is reported.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import real_findings_judged as judged  # noqa: E402


def main(argv: list[str]) -> int:
    real = Path(argv[0]) if argv else ROOT.parent / "shared" / "real"
    if not real.is_dir():
        print(f"real SOPs not found in {real}")
        return 1
    findings = judged.check_real(real)
    table = judged.live_summary(findings)
    print(f"{'rule':26} {'found':>5} {'true':>5} {'false':>5} {'noise':>5} {'unjudged':>8}")
    for rule, row in table.items():
        print(f"{rule:26} {row['found']:5} {row['true']:5} {row['false']:5} {row['noise']:5} {row['unjudged']:8}")
    total = table["total"]
    judged_n = total["true"] + total["false"] + total["noise"]
    if judged_n:
        print(f"precision (errors and warnings): {total['true']}/{judged_n} = {total['true'] / judged_n:.1%}")
    serious = [f for f in findings if f["severity"] in ("error", "warning")]
    _, unjudged, _ = judged.judge(serious, judged.JUDGED)
    for f in unjudged:
        print(f"unjudged: {Path(f['path']).name[:45]} {f['rule']} part={f.get('part')} P{f['procedure']} "
              f"L{f['step']}: {f['message']}")
    return 1 if total["false"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
