"""``--format concise``: one line per finding, for grep and terminals without colour.

    corpus/tapin.docx: procedure 2 step 5: SOP402 missing-output Langkah 5: sel Output kosong
    buku-sop.pdf: sop 3 procedure 1 step 2: SOP402 missing-output Langkah 2: sel Output kosong
    corpus/rusak.docx: SOP001 unreadable-file Berkas rusak ...

The keywords ``sop`` (the SOP of a bundle), ``procedure`` and ``step`` stay English in every
language so that scripts can rely on them; parts that are ``None`` are left out. Line breaks inside a message become
spaces, so a line is always one finding.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Finding
from .summary import all_findings

if TYPE_CHECKING:  # pragma: no cover
    from ..api import FileResult


def _one_line(text: str) -> str:
    return " ".join(text.split()) if ("\n" in text or "\r" in text) else text


def format_finding(finding: Finding) -> str:
    """``path: sop K procedure N step M: CODE rule message`` without the ``None`` parts."""
    head = [finding.path]
    where = [] if finding.part is None else [f"sop {finding.part}"]
    if finding.procedure is not None:
        where.append(f"procedure {finding.procedure}")
    if finding.step is not None:
        where.append(f"step {finding.step}")
    if where:
        head.append(" ".join(where))
    return f"{': '.join(head)}: {finding.code} {finding.rule} {_one_line(finding.message)}"


def emit(results: list["FileResult"], lang: str = "id") -> str:
    """One line per finding in report order, nothing else ("" when there are none)."""
    return "\n".join(format_finding(f) for f in all_findings(results))
