"""Small helpers shared by the rule modules (no rules here)."""

from __future__ import annotations

import re
from typing import Iterator

from ..model import FindingLocation, Procedure, SopDocument, Step

_BLANK = {"", "-", "--", "–", "—", ".", "…", "n/a"}


def blank(text: str | None) -> bool:
    """True for an empty cell or a cell holding only a dash or dot ("-" means nothing written)."""
    return (text or "").strip().lower() in _BLANK


def has_content(step: Step) -> bool:
    """True when the row carries anything a reviewer reads (kegiatan or a Mutu Baku cell)."""
    return not (blank(step.kegiatan) and blank(step.kelengkapan) and blank(step.output)
                and blank(step.waktu.raw))


def procedure_location(proc: Procedure) -> FindingLocation:
    """The table (and page) where a procedure starts; the row is left out."""
    if not proc.steps:
        return FindingLocation()
    loc = proc.steps[0].location
    return FindingLocation(page=loc.page, table=loc.table, row=None)


def column_used(proc: Procedure, attr: str) -> bool:
    """True when at least one step of ``proc`` has the Mutu Baku cell ``attr`` filled.

    A column empty on every step usually means the layout stage found no such column; the
    per-step missing-* rules stay silent then rather than fire on every row.
    """
    for s in proc.steps:
        value = s.waktu.raw if attr == "waktu" else getattr(s, attr)
        if not blank(value):
            return True
    return False


def steps_with_position(doc: SopDocument) -> Iterator[tuple[int, Procedure, int, Step]]:
    """Yield ``(procedure index, procedure, position, step)``, both indexes 1-based."""
    for p, proc in enumerate(doc.procedures, 1):
        for i, step in enumerate(proc.steps, 1):
            yield p, proc, i, step


def short(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, for messages."""
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
