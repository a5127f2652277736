"""Where the layout stage found things: the grid cell of a step's field, a role header, an
identitas label. What an annotated copy needs to put a finding back on its cell.

:func:`find_places` reads the same blocks the same way :func:`sopcheck.layout.build_documents`
does (the column map of every flowchart table is the one its steps were read with) and
answers in the reader's numbering: 1-based table index, 0-based grid row and column (a step's
``location.row`` is its grid row + 1), or the 0-based ordinal of a :class:`~sopcheck.blocks.Paragraph`
among the paragraphs of the blocks. Formats do not matter here: the DOCX and PDF writers turn
these into a ``w:tc`` or a box on a page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..blocks import Blocks, Paragraph, Table
from ..text import collapse, fold
from .bundles import split_sops
from .headers import ColumnMap, distinct_cells
from .identity import label_of
from .procedures import build_procedures

STEP_FIELDS = ("number", "kegiatan", "kelengkapan", "waktu", "output", "keterangan")
"""Step fields with a column of their own (``pelaksana`` is the role columns)."""
_CMAP_NAME = {"number": "no"}


@dataclass(frozen=True)
class Place:
    """A cell (``table`` 1-based index, 0-based grid ``row`` and ``col``) or a paragraph
    (``paragraph``: 0-based ordinal among the blocks' paragraphs)."""

    table: Optional[int] = None
    row: Optional[int] = None
    col: Optional[int] = None
    paragraph: Optional[int] = None


@dataclass
class Places:
    """What :func:`find_places` found: each flowchart table's column map and role header
    cells, and the first cell or paragraph holding each identitas label."""

    columns: dict[int, ColumnMap] = field(default_factory=dict)
    headers: dict[int, dict[str, Place]] = field(default_factory=dict)
    identity: list[dict[str, Place]] = field(default_factory=list)
    """Identitas label -> its first place, one map per SOP of the file (a bundle has several)."""
    tables: dict[int, Table] = field(default_factory=dict)

    def step_cell(self, table: int, row: int, what: str) -> Optional[Place]:
        """The cell of field ``what`` (:data:`STEP_FIELDS` or ``pelaksana``: the first role
        column) in 0-based grid ``row`` of flowchart table ``table``; ``None`` when unknown."""
        cmap = self.columns.get(table)
        if cmap is None:
            return None
        if what == "pelaksana":
            cols = role_columns(cmap)
            col = cols[0] if cols else None
        else:
            col = getattr(cmap, _CMAP_NAME.get(what, what), None) if what in STEP_FIELDS else None
        return None if col is None else Place(table=table, row=row, col=col)

    def role_cells(self, table: int, row: int, headers: list[str]) -> list[Place]:
        """The cells of row ``row`` under the role columns named ``headers`` (as written)."""
        cmap = self.columns.get(table)
        if cmap is None:
            return []
        out = []
        for role in cmap.roles:
            if role.header in headers:
                out.append(Place(table=table, row=row, col=role.cols[0]))
        return out

    def role_header(self, header: str, tables: list[int]) -> Optional[Place]:
        """The header cell reading ``header`` in the first of ``tables`` that has one."""
        for t in tables:
            place = self.headers.get(t, {}).get(header)
            if place is not None:
                return place
        key = fold(header)
        for t in tables:
            for text, place in self.headers.get(t, {}).items():
                if fold(text) == key:
                    return place
        return None

    def identity_label(self, name: str, block: int = 0) -> Optional[Place]:
        """Where the identitas of SOP ``block`` (0-based) labels field ``name``; ``None`` when absent."""
        if 0 <= block < len(self.identity):
            return self.identity[block].get(name)
        return None

    def identity_start(self, block: int = 0) -> Optional[Place]:
        """The first labelled place of identitas block ``block`` (where a comment about a field
        the block lacks goes)."""
        if 0 <= block < len(self.identity) and self.identity[block]:
            return min(self.identity[block].values(), key=_order)
        return None


def _order(place: Place) -> tuple:
    return (place.table or 0, place.row or 0, place.col or 0, place.paragraph or 0)


def role_columns(cmap: ColumnMap) -> list[int]:
    """The role (pelaksana) grid columns of ``cmap``: its named roles, else (a continuation
    table read without a header) the columns between Kegiatan and the first Mutu Baku column."""
    if cmap.roles:
        return [c for role in cmap.roles for c in role.cols]
    left = max((c for c in (cmap.no, cmap.kegiatan) if c is not None), default=-1)
    right = min((c for c in (cmap.kelengkapan, cmap.waktu, cmap.output, cmap.keterangan) if c is not None),
                default=cmap.n_cols)
    return list(range(left + 1, right))


def find_places(blocks: Blocks) -> Places:
    """The places of ``blocks`` (see the module docstring)."""
    places = Places()
    build_procedures(blocks.items, columns=places.columns, unit=None)  # the columns only, not the arrows
    for item in blocks.items:
        if isinstance(item, Table):
            places.tables[item.index] = item
    for index, cmap in places.columns.items():
        places.headers[index] = _header_cells(places.tables[index], cmap)
    _identity_places(blocks, places)
    return places


def _header_cells(table: Table, cmap: ColumnMap) -> dict[str, Place]:
    """Role header text -> the header cell reading it (the lowest such cell above the data)."""
    grid = table.grid()
    out: dict[str, Place] = {}
    for role in cmap.roles:
        col = role.cols[0]
        for r in range(min(table.n_rows, 6)):
            cell = grid[r][col] if col < table.n_cols else None
            if cell is not None and cell.row == r and collapse(cell.text) == role.header:
                out[role.header] = Place(table=table.index, row=cell.row, col=cell.col)
    return out


def _identity_places(blocks: Blocks, places: Places) -> None:
    """Every identitas label outside the flowchart tables, one map per SOP of the file (the
    parts :func:`sopcheck.layout.bundles.split_sops` cuts a bundle into); the first place of a
    label counts."""
    ordinal = {id(item): k for k, item in enumerate(i for i in blocks.items if isinstance(i, Paragraph))}
    for part in split_sops(blocks.items):
        found: dict[str, Place] = {}
        for item in part:
            if isinstance(item, Paragraph):
                for line in (item.text or "").split("\n"):
                    hit = label_of(line)
                    if hit and hit[0]:
                        found.setdefault(hit[0], Place(paragraph=ordinal[id(item)]))
            elif item.index not in places.columns:
                for cell in sorted(distinct_cells_of(item), key=lambda c: (c.row, c.col)):
                    for line in (cell.text or "").split("\n"):
                        hit = label_of(line)
                        if hit and hit[0]:
                            found.setdefault(hit[0], Place(table=item.index, row=cell.row, col=cell.col))
        places.identity.append(found)


def distinct_cells_of(table: Table):
    """Each cell of ``table`` once."""
    seen: set[int] = set()
    for row in table.grid():
        for cell in distinct_cells(row):
            if id(cell) not in seen:
                seen.add(id(cell))
                yield cell
