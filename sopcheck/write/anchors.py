"""Where on the page a finding goes: its :class:`~sopcheck.layout.places.Place`.

A finding says what it is about (:attr:`~sopcheck.model.Finding.field`, declared by its rule)
and where (procedure, step location); :func:`place_of` turns that into a cell or paragraph of
the reader's numbering, for the DOCX comment or the PDF note:

* a step field (No, Kegiatan, Kelengkapan, Waktu, Output, Keterangan): that cell of the step's
  row; ``pelaksana``: the role cell holding the step's symbol (the first role column when the
  step has none);
* ``role-header``: the header cell reading that role, in the procedure's first table using it;
* ``procedure``: the first cell of the procedure's table;
* ``identitas``: the cell or paragraph labelling that field in the SOP's identitas block (the
  block's first label when the field is absent);
* ``document``, or no field (a file-level finding): the identitas block's first label, else the
  first paragraph.

Each fallback is a real place of the same SOP, so every finding of a readable file lands
somewhere; :func:`place_of` returns ``None`` only when the file has neither tables nor text.
"""

from __future__ import annotations

from typing import Optional

from ..layout.places import STEP_FIELDS, Place, Places
from ..model import Finding, SopDocument, Step


def part_index(finding: Finding) -> int:
    """0-based index of the SOP a finding is about within its file (0 for a single SOP)."""
    part = getattr(finding, "part", None)
    return part - 1 if part else 0


def step_of(doc: Optional[SopDocument], finding: Finding) -> Optional[Step]:
    """The step at the finding's location (same procedure, table and row), else ``None``."""
    loc = finding.location
    if doc is None or finding.procedure is None or loc.table is None or loc.row is None:
        return None
    if not 1 <= finding.procedure <= len(doc.procedures):
        return None
    for step in doc.procedures[finding.procedure - 1].steps:
        if step.location.table == loc.table and step.location.row == loc.row:
            return step
    return None


def procedure_tables(doc: Optional[SopDocument], procedure: Optional[int]) -> list[int]:
    """The table indices holding procedure ``procedure`` (1-based), in order."""
    if doc is None or procedure is None or not 1 <= procedure <= len(doc.procedures):
        return []
    return list(dict.fromkeys(s.location.table for s in doc.procedures[procedure - 1].steps))


def place_of(finding: Finding, doc: Optional[SopDocument], places: Places) -> Optional[Place]:
    """The place of ``finding`` (see the module docstring); ``doc`` is the SOP it is about."""
    what, loc = finding.field, finding.location
    block = part_index(finding)
    start = places.identity_start(block) or places.identity_start(0) or _first_place(places)
    if loc.table is not None and loc.row is not None and what in STEP_FIELDS + ("pelaksana",):
        row = loc.row - 1
        place = None
        if what == "pelaksana":
            step = step_of(doc, finding)
            cells = places.role_cells(loc.table, row, step.pelaksana) if step is not None else []
            place = cells[0] if cells else places.step_cell(loc.table, row, "pelaksana")
        else:
            place = places.step_cell(loc.table, row, what)
        return place or places.step_cell(loc.table, row, "kegiatan") or Place(table=loc.table, row=row, col=0)
    tables = procedure_tables(doc, finding.procedure) or ([loc.table] if loc.table is not None else [])
    if what == "role-header" and finding.field_key is not None:
        place = places.role_header(finding.field_key, tables)
        if place is not None:
            return place
    if tables and what in ("role-header", "procedure"):
        return Place(table=tables[0], row=0, col=0)
    if what == "identitas" and finding.field_key:
        return places.identity_label(finding.field_key, block) or start
    return start


def _first_place(places: Places) -> Optional[Place]:
    if places.tables:
        return Place(table=min(places.tables), row=0, col=0)
    return None
