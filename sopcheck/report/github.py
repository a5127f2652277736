"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

    ::error file=corpus/a.docx,title=SOP201 duplicate-step-number::Langkah 6 ...

Severity maps to ``error``, ``warning`` and ``notice``. Escaping follows ``@actions/core``
(``packages/core/src/command.ts``): the message escapes ``%``, ``\\r`` and ``\\n``; property
values additionally escape ``:`` and ``,``. SOP files have no line numbers, so no ``line``
property is given; the rule messages name the step themselves. A finding in one SOP of a
bundle names that SOP in the title ("SOP402 missing-output (SOP 3)").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Finding
from .summary import all_findings, posix_path

if TYPE_CHECKING:  # pragma: no cover
    from ..api import FileResult

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message as ``@actions/core`` ``escapeData`` does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value as ``@actions/core`` ``escapeProperty`` does."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_finding(finding: Finding) -> str:
    """One workflow command for ``finding``."""
    command = COMMAND.get(finding.severity, "warning")
    file = escape_property(posix_path(finding.path))
    sop = "" if finding.part is None else f" (SOP {finding.part})"
    title = escape_property(f"{finding.code} {finding.rule}{sop}")
    return f"::{command} file={file},title={title}::{escape_data(finding.message)}"


def emit(results: list["FileResult"], lang: str = "id") -> str:
    """One workflow command per finding in report order ("" when there are none)."""
    return "\n".join(format_finding(f) for f in all_findings(results))
