"""``--statistics``: how many findings each rule has, instead of the findings (as ruff's).

Text: one line per rule, most frequent first (then by code), the count right-aligned::

      12  SOP401  output-input-mismatch
       3  SOP101  missing-identity-field  [*]

``[*]`` marks a rule ``sopcheck check --fix`` can mend. JSON (with ``--format json``): a list
of ``{"code", "name", "severity", "count", "fixable"}``.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from ..api import FileResult


def count(results: Iterable["FileResult"]) -> list[tuple[str, str, str, int]]:
    """``(code, rule, severity, count)`` per rule with findings, most frequent first."""
    counts: Counter = Counter()
    severity: dict[tuple[str, str], str] = {}
    for result in results:
        for f in result.findings:
            counts[(f.code, f.rule)] += 1
            severity.setdefault((f.code, f.rule), f.severity)
    rows = [(code, rule, severity[(code, rule)], n) for (code, rule), n in counts.items()]
    return sorted(rows, key=lambda row: (-row[3], row[0]))


def emit(results: list["FileResult"], fixable: Iterable[str] = (), as_json: bool = False) -> str:
    """The statistics of ``results`` as text ("" when there are no findings) or JSON."""
    fixable = set(fixable)
    rows = count(results)
    if as_json:
        return json.dumps([{"code": code, "name": rule, "severity": sev, "count": n, "fixable": rule in fixable}
                           for code, rule, sev, n in rows], indent=2)
    if not rows:
        return ""
    width = len(str(rows[0][3]))
    name_width = max(len(rule) for _, rule, _, _ in rows)
    lines = []
    for code, rule, _, n in rows:
        mark = "  [*]" if rule in fixable else ""
        lines.append(f"{n:>{width}}  {code}  {rule:<{name_width}}{mark}".rstrip())
    return "\n".join(lines)
