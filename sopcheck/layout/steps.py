"""Read the data rows of a flowchart table into :class:`~sopcheck.model.Step` values.

Conventions:

* Every row below the header with content is a step; a row whose No and Kegiatan cells are
  merged down from the row above adds its Mutu Baku / Keterangan text to the step above; the
  first row of a page without a number, right after a numbered row of the previous page, is
  the rest of that row cut by the page edge and joins it (texts go on, symbols join);
  empty rows, column-number rows and
  rows repeating a header row are skipped, and so is a row that is one wide merged cell of text
  (a section heading inside the table, not an activity).
* ``number`` is parsed from "1", "1.", "(1)"; otherwise ``None`` with the text kept in
  ``number_raw`` (the ``unnumbered-step`` rule reports it).
* A merged cell gives its text and symbols once: to the row where it starts and to the first
  field (in column order) it covers.
* Role cells: a flowchart :class:`~sopcheck.blocks.Symbol` in the cell marks the step for that
  role (for a cell merged across several role columns, the role whose column holds the
  symbol's centre, ``Symbol.col``); a role cell whose whole text is a marker
  (rules/headers.yaml ``markers``) marks it with symbol ``"marker"``. Other role-cell text
  ("MULAI", "Kadis") is no mark. ``Step.pelaksana`` lists every marked role's header left to
  right, ``Step.role_symbols`` the kind drawn in each, ``Step.symbols`` every symbol of the row
  with its column's header (left to right, top to bottom within a column). A role column
  holding only an off-page connector (segilima) while another role holds a symbol is no
  pelaksana: the connector at the top or bottom of a page carries the flow to the next page,
  beside the step (it stays in ``Step.symbols``, where the flow needs it).
* ``Step.symbol`` is the step's principal kind over all its role columns, by
  :data:`sopcheck.model.SYMBOL_PRIORITY`: a start/end capsule or a decision diamond anywhere
  in the row says what the step is, even when a process box stands left of it (BPS Bengkulu SOPs
  draw "Mulai" in the Kabupaten/Kota column, right of the first process); a connector is
  navigation, so a box beside it wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..blocks import Cell, Symbol, Table
from ..domain.durations import parse_duration
from ..model import SYMBOL_PRIORITY, Location, Step, StepSymbol, Waktu, principal
from ..text import collapse
from .headers import ColumnMap, Grid, classify, distinct_cells, is_column_number_row, row_signature
from .vocab import header_settings

#: Which kind names a step (or a role cell) holding several: first in this order wins.
_NUMBER = re.compile(r"^\(?\s*(\d{1,3})\s*[.)]?\s*\)?$")


def parse_step_number(text: str) -> Optional[int]:
    """``1`` for "1", "1.", "(1)", "1)"; ``None`` for anything else."""
    m = _NUMBER.match(text.strip())
    return int(m.group(1)) if m else None


def _markers() -> frozenset[str]:
    return frozenset(str(m) for m in header_settings().get("markers", []))


@dataclass
class Drawn:
    """Where a step's symbols were read, for the flow graph (:mod:`.flow`): the ``table``, the
    grid ``rows`` the step covers, and per entry of ``Step.symbols`` the
    :class:`~sopcheck.blocks.Symbol` read (``None`` for a text marker) with its grid row."""

    table: Table
    rows: list[int]
    symbols: list[tuple[Optional[Symbol], int]] = field(default_factory=list)
    others: list[tuple[Symbol, int]] = field(default_factory=list)
    """Shapes of the row that are none of the SOP AP symbols (kind ``"other"``: a document
    shape an arrow runs through); not symbols of the step, but the flow passes through them."""


def read_steps(table: Table, grid: Grid, cmap: ColumnMap, start: int,
               signatures: Iterable[tuple[str, ...]] = (),
               drawn: Optional[list[Drawn]] = None) -> list[Step]:
    """The steps in rows ``start`` .. end of ``table`` laid out as ``cmap`` says.

    ``drawn``, when given, receives one :class:`Drawn` per step returned (same order)."""
    signatures = set(signatures)
    markers = _markers()
    steps: list[Step] = []
    where: list[Drawn] = []
    for r in range(start, table.n_rows):
        if steps and _continues_step(grid, r, cmap):
            _append_row(grid, r, cmap, steps[-1])
            where[-1].rows.append(r)
            where[-1].others.extend(_others(grid, r, cmap))
            continue
        placed: list[tuple[Optional[Symbol], int]] = []
        step = _read_row(table, grid, r, cmap, signatures, markers, placed)
        if step is None:
            continue
        if steps and r > start and _cut_by_page(table, r, step, steps[-1]):
            _join_cut(steps[-1], step)
            where[-1].rows.append(r)
            where[-1].symbols.extend(placed)
            where[-1].others.extend(_others(grid, r, cmap))
            continue
        steps.append(step)
        where.append(Drawn(table, [r], placed, _others(grid, r, cmap)))
    if drawn is not None:
        drawn.extend(where)
    return steps


def _cut_by_page(table: Table, r: int, step: Step, previous: Step) -> bool:
    """True when row ``r`` is the rest of the row above, cut by the page edge: the first row
    of its page, no number of its own, right after a numbered step of the previous page."""
    page, before = table.page_of_row(r), table.page_of_row(r - 1)
    return (page is not None and before is not None and page != before and not step.number_raw
            and previous.number is not None and previous.location.row == r)


def _join_cut(step: Step, rest: Step) -> None:
    """Add the rest of a row cut by the page edge to its step: texts go on, symbols join (the
    rest's :attr:`~sopcheck.model.Step.symbols` after the step's, as the flow's ``Drawn``)."""
    for name in ("kegiatan", "kelengkapan", "output", "keterangan"):
        setattr(step, name, collapse(f"{getattr(step, name)} {getattr(rest, name)}"))
    if rest.waktu.raw:
        raw = collapse(f"{step.waktu.raw} {rest.waktu.raw}")
        parsed = parse_duration(raw)
        step.waktu = Waktu(raw=raw, minutes=parsed.minutes if parsed else None)
    kinds = dict(zip(step.pelaksana, step.role_symbols))
    for role, kind in zip(rest.pelaksana, rest.role_symbols):
        kinds[role] = principal([kinds[role], kind]) if role in kinds else kind
    step.pelaksana = list(kinds)
    step.role_symbols = [kinds[role] for role in step.pelaksana]
    step.symbol = principal(step.role_symbols)
    step.symbols = step.symbols + rest.symbols


def _continues_step(grid: Grid, r: int, cmap: ColumnMap) -> bool:
    """True when the No and Kegiatan cells of row ``r`` are merged down from the row above:
    the row is more text of the previous step (a PDF row split by a wrapped cell)."""
    cols = [c for c in (cmap.no, cmap.kegiatan) if c is not None]
    row = grid[r]
    return bool(cols) and all(c < len(row) and row[c] is not None and row[c].row < r for c in cols)


def _append_row(grid: Grid, r: int, cmap: ColumnMap, step: Step) -> None:
    row = grid[r]
    for name in ("kelengkapan", "output", "keterangan"):
        col = getattr(cmap, name)
        cell = row[col] if col is not None and col < len(row) else None
        if cell is not None and cell.row == r and collapse(cell.text):
            setattr(step, name, collapse(f"{getattr(step, name)} {cell.text}"))
    more = [text for cell in distinct_cells(row) if cell.row == r for text in cell.comments]
    if more:
        step.comments = step.comments + more


def _read_row(table: Table, grid: Grid, r: int, cmap: ColumnMap,
              signatures: set[tuple[str, ...]], markers: frozenset[str],
              placed: list[tuple[Optional[Symbol], int]]) -> Optional[Step]:
    row = grid[r]
    own = [c for c in distinct_cells(row) if c.row == r]
    if not own or not any(collapse(c.text) or c.symbols for c in own):
        return None
    if is_column_number_row(row):
        return None
    if len(own) == 1 and own[0].col_span >= max(2, table.n_cols // 2) and not own[0].symbols:
        return None  # a section heading row spanning the table
    used: set[int] = set()
    confidence: dict[str, float] = {}  # fields read by OCR: the cell's confidence

    def take(col: Optional[int], name: str) -> str:
        if col is None or col >= len(row):
            return ""
        cell = row[col]
        if cell is None or cell.row != r or id(cell) in used:
            return ""
        used.add(id(cell))
        if cell.confidence is not None:
            confidence[name] = cell.confidence
        return collapse(cell.text)

    number_raw = take(cmap.no, "number")
    number = parse_step_number(number_raw) if number_raw else None
    kegiatan = take(cmap.kegiatan, "kegiatan")
    if number is None and signatures and row_signature(grid, r) in signatures:
        return None
    if number is None and kegiatan and classify(kegiatan) == "kegiatan":
        return None  # a repeated header row that differs slightly from the first
    marks: list[list[tuple[str, Optional[Symbol]]]] = [[] for _ in cmap.roles]  # drawn per role
    role_of = {col: i for i, role in enumerate(cmap.roles) for col in role.cols}
    role_text = False
    for i, role in enumerate(cmap.roles):
        for col in role.cols:
            cell = row[col] if col < len(row) else None
            if cell is None or cell.row != r or id(cell) in used:
                continue
            used.add(id(cell))
            role_text = role_text or bool(cell.text.strip())
            for kind, at, sym in _marks(cell, markers):
                marks[role_of.get(at, i)].append((kind, sym))  # at None: this role
    # an off-page connector beside another role's symbol (at the top or bottom of a page)
    # carries the flow between pages: it is no pelaksana of the step; nor is it in a row stating
    # a kegiatan with no other symbol (the activity's symbol is missing)
    connector_only: set[int] = set()
    if kegiatan or any(k != "offpage" for drawn in marks for k, _ in drawn):
        connector_only = {i for i, drawn in enumerate(marks) if drawn and all(k == "offpage" for k, _ in drawn)}
    pelaksana: list[str] = []
    kinds: list[str] = []
    symbols: list[StepSymbol] = []
    for i, (role, drawn) in enumerate(zip(cmap.roles, marks)):
        if drawn:
            if i not in connector_only:
                pelaksana.append(role.header)
                kinds.append(principal(kind for kind, _ in drawn))
            for kind, sym in sorted(drawn, key=lambda d: d[1].box[1] if d[1] is not None and d[1].box else 0.0):
                symbols.append(StepSymbol(column=role.header, kind=kind))
                placed.append((sym, r))
    fields = {k: take(getattr(cmap, k), k) for k in ("kelengkapan", "waktu", "output", "keterangan")}
    if not (number_raw or kegiatan or pelaksana or role_text or any(fields.values())):
        return None
    raw = fields["waktu"]
    parsed = parse_duration(raw) if raw else None
    step = Step(
        number=number,
        number_raw=number_raw,
        kegiatan=kegiatan,
        pelaksana=pelaksana,
        symbol=principal(kinds),
        kelengkapan=fields["kelengkapan"],
        waktu=Waktu(raw=raw, minutes=parsed.minutes if parsed else None),
        output=fields["output"],
        keterangan=fields["keterangan"],
        location=Location(page=table.page_of_row(r), table=table.index, row=r + 1),
        symbols=symbols,
    )
    step.role_symbols = kinds
    step.comments = [text for cell in own for text in cell.comments]
    step.ocr_confidence = confidence
    return step


def _marks(cell: Cell, markers: frozenset[str]) -> list[tuple[str, Optional[int], Optional[Symbol]]]:
    """The marks of a role cell as (kind, grid column or ``None``, symbol or ``None``): its
    flowchart symbols with the column holding each (a cell merged across role columns gives
    each symbol to its own column), else ``("marker", None, None)`` for a cell whose whole
    text is a text marker."""
    drawn = [(sym.kind, sym.col, sym) for sym in cell.symbols if sym.kind in SYMBOL_PRIORITY]
    if drawn:
        return drawn
    if collapse(cell.text) in markers:
        return [("marker", None, None)]
    return []


def _others(grid: Grid, r: int, cmap: ColumnMap) -> list[tuple[Symbol, int]]:
    """The shapes of kind ``"other"`` in the role cells starting at row ``r``."""
    out: list[tuple[Symbol, int]] = []
    seen: set[int] = set()
    for role in cmap.roles:
        for col in role.cols:
            cell = grid[r][col] if col < len(grid[r]) else None
            if cell is None or cell.row != r or id(cell) in seen:
                continue
            seen.add(id(cell))
            out.extend((sym, r) for sym in cell.symbols if sym.kind == "other")
    return out
