"""``--format gitlab``: a GitLab Code Quality report (a JSON array of issues), shown in merge
requests when a job publishes it as ``artifacts:reports:codequality``.

Each finding is one issue::

    {"description": "SOP201 duplicate-step-number: Langkah 6: ...", "check_name": "duplicate-step-number",
     "fingerprint": "...", "severity": "major", "location": {"path": "sop/a.docx", "lines": {"begin": 1}}}

Severity maps error -> ``major``, warning -> ``minor``, info -> ``info``. SOP files have no
lines: ``lines.begin`` is the finding's PDF page when known, else 1 (GitLab requires a
line), and the description names the procedure and step. The fingerprint (unique per issue,
which GitLab needs to tell new issues from fixed ones) is the caller's stable key (the
baseline's, which survives unrelated edits), with a counter for a second identical finding.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Callable, Optional

from ..model import Finding
from .summary import all_findings, location_parts, posix_path

if TYPE_CHECKING:  # pragma: no cover
    from ..api import FileResult

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}

Fingerprint = Callable[["FileResult", Finding], str]


def default_fingerprint(result: "FileResult", finding: Finding) -> str:
    """SHA-256 of path, rule, SOP part, procedure, step and message."""
    parts = [posix_path(finding.path), finding.rule, str(finding.part), str(finding.procedure), str(finding.step),
             finding.message]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def build(results: list["FileResult"], fingerprint: Optional[Fingerprint] = None) -> list[dict]:
    """The Code Quality issues of ``results``, in report order."""
    fingerprint = fingerprint or default_fingerprint
    owner = {id(f): r for r in results for f in r.findings}
    seen: dict[str, int] = {}
    issues = []
    for f in all_findings(results):
        key = fingerprint(owner[id(f)], f)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:  # the same problem twice in one place: still two issues
            key = hashlib.sha256(f"{key}:{seen[key]}".encode()).hexdigest()
        where = " ".join(f"{name} {value}" for name, value in location_parts(f))
        issues.append({
            "description": f"{f.code} {f.rule}: " + (f"{where}: " if where else "") + f.message,
            "check_name": f.rule,
            "fingerprint": key,
            "severity": SEVERITY.get(f.severity, "minor"),
            "location": {"path": posix_path(f.path), "lines": {"begin": f.location.page or 1}},
        })
    return issues


def emit(results: list["FileResult"], lang: str = "id", fingerprint: Optional[Fingerprint] = None) -> str:
    """The Code Quality JSON (``[]`` when there are no findings)."""
    return json.dumps(build(results, fingerprint), indent=2, ensure_ascii=False)
