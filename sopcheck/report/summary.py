"""What every emitter shares: the run's counts, one stable order of findings, and paths.

Every output format is an emitter over the same ``list[FileResult]``; the order and the
counts are decided here once, so the JSON, SARIF, GitHub, concise and console reports agree.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Iterable

from ..model import Finding, Summary, severity_rank

if TYPE_CHECKING:  # pragma: no cover
    from ..api import FileResult

def summarize(results: Iterable["FileResult"]) -> Summary:
    """Count files and findings by severity over one run (a file without findings counts)."""
    summary = Summary()
    for result in results:
        summary.files += 1
        for finding in result.findings:
            if finding.severity == "error":
                summary.errors += 1
            elif finding.severity == "warning":
                summary.warnings += 1
            else:
                summary.infos += 1
    return summary


def finding_key(finding: Finding) -> tuple:
    """Sort key: path, SOP of a bundle, procedure, step, severity (error first), then code, row
    and message.

    Findings with no SOP part (file-level, or any finding of a single-SOP file) come first;
    within an SOP, findings with no procedure (identitas) come before its procedures; within a
    procedure, findings with no step come first.
    """
    loc = finding.location
    return (
        finding.path,
        finding.part is not None, finding.part or 0,
        finding.procedure is not None, finding.procedure or 0,
        finding.step is not None, finding.step or 0,
        -severity_rank(finding.severity),
        finding.code,
        loc.table or 0, loc.row or 0,
        finding.message,
    )


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """``findings`` in report order (see :func:`finding_key`); the sort is stable."""
    return sorted(findings, key=finding_key)


def all_findings(results: Iterable["FileResult"]) -> list[Finding]:
    """Every finding of the run, in report order."""
    return sort_findings(f for result in results for f in result.findings)


def posix_path(path: str) -> str:
    """``path`` with forward slashes, relative to the working directory when it lies inside
    it (CI annotations and SARIF want repository-relative paths); otherwise unchanged apart
    from the slashes."""
    if os.path.isabs(path):
        try:
            rel = os.path.relpath(path)
        except ValueError:  # another drive on Windows
            rel = path
        if not rel.startswith(".."):
            path = rel
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def location_parts(finding: Finding) -> list[tuple[str, int]]:
    """The known parts of where ``finding`` points: ``("sop", n)`` (the SOP of a bundle),
    ``("procedure", n)``, ``("step", n)``, ``("page", n)``, in that order, omitting ``None``."""
    parts = [("sop", finding.part), ("procedure", finding.procedure), ("step", finding.step),
             ("page", finding.location.page)]
    return [(name, value) for name, value in parts if value is not None]
