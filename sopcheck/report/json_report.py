"""``--format json``: the stable machine contract of ``docs/CONTRACT.md``.

``emit`` prints the check shape (findings in report order, summary filled); ``emit_parse``
prints the parse shape. Both return the text without a trailing newline.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Optional

from ..model import CheckReport, SopDocument
from .summary import all_findings, summarize

if TYPE_CHECKING:  # pragma: no cover
    from ..api import FileResult


def emit(results: list["FileResult"], lang: str = "id") -> str:
    """The ``sopcheck check --format json`` document for ``results``.

    ``lang`` is accepted for symmetry with the other emitters; messages are already in the
    language they were checked with, and field names never change.
    """
    report = CheckReport(findings=all_findings(results), summary=summarize(results))
    return report.model_dump_json(indent=2)


def emit_parse(docs: list[SopDocument], as_array: Optional[bool] = None) -> str:
    """The ``sopcheck parse --format json`` output: one object for one document (one SOP), a
    JSON array for several (several files, or the SOPs of a bundle) or none. ``as_array``
    forces either form (the CLI may want an array whenever several files were named, even if
    only one could be parsed)."""
    if as_array is None:
        as_array = len(docs) != 1
    if not as_array:
        return docs[0].model_dump_json(indent=2)
    return json.dumps([d.model_dump(mode="json") for d in docs], indent=2, ensure_ascii=False)
