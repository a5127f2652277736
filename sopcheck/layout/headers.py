"""Recognise a flowchart table's header rows and map its columns to roles.

Shape handled (SOP AP lampiran)::

    row top   : No | Kegiatan | Pelaksana ........... | Mutu Baku ................ | Keterangan
    row top+1 :    |          | Kadis | Sekdis | Staf | Kelengkapan | Waktu | Output |
    (optional): (1)| (2)      | (3)   | (4)    | (5)  | (6)         | (7)   | (8)    | (9)

Conventions:

* The header starts at the first of the table's first rows whose cells match at least two
  header labels of ``rules/headers.yaml``, one of them Kegiatan, Pelaksana or Mutu Baku.
  Rows above it holding one wide cell of non-label text are a title printed inside the table.
* It is two rows deep when a top cell spans rows, or when the next row has no step number and
  either the top row has a Pelaksana/Mutu Baku span or the next row holds Mutu Baku sub-labels.
  Column-number rows ("(1) (2) ...", "1 2 ...", "1. 2. ...") right after it are header too.
* A column's kind is its sub-label when it has one (Mutu Baku sub-columns in any order), else its
  top label. Columns under the Pelaksana span are role columns; their sub-header text, as
  written, is the role header (a Mutu Baku sub-label under a Pelaksana span drawn too wide,
  "Persyaratan/ Perlengkapan", stays Mutu Baku). No and Kegiatan under one merged label
  ("Uraian Prosedur", no "No" label): the left column, when its cells are small integers, is
  the step number. Unlabelled columns between Kegiatan and the first Mutu Baku /
  Keterangan column are role columns too (a Pelaksana label lost to OCR: "Prosesnya").
* Missing Mutu Baku columns are inferred: unlabelled columns under the Mutu Baku span take the
  missing sub-labels in order (Kelengkapan, Waktu, Output); otherwise an unlabelled column whose
  cells parse as durations is Waktu, with Kelengkapan just left and Output just right of it.

Only the first few rows of each table go through fuzzy matching; data rows never do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..blocks import Cell, Table
from ..domain.durations import parse_duration
from ..text import collapse, fold
from .vocab import header_matcher, header_settings

Grid = list[list[Optional[Cell]]]

LEAVES = ("no", "kegiatan", "kelengkapan", "waktu", "output", "keterangan")
MUTU = ("kelengkapan", "waktu", "output")
_CORE = {"kegiatan", "pelaksana", "mutu_baku"}
_COLNUM = re.compile(r"^\(?\s*(\d{1,2})\s*[.)]?\s*\)?$")
_SEARCH_ROWS = 4


@dataclass
class Role:
    """A role (pelaksana) column: grid columns it covers and its header text as written."""

    cols: tuple[int, ...]
    header: str


@dataclass
class ColumnMap:
    """Which grid column holds which field of a step (``None`` where the table has none)."""

    n_cols: int
    no: Optional[int] = None
    kegiatan: Optional[int] = None
    roles: list[Role] = field(default_factory=list)
    kelengkapan: Optional[int] = None
    waktu: Optional[int] = None
    output: Optional[int] = None
    keterangan: Optional[int] = None

    def role_headers(self) -> list[str]:
        """Role headers left to right."""
        return [r.header for r in self.roles]


@dataclass
class Header:
    """A recognised flowchart header: column map, first data row, header row signatures (to
    skip header rows repeated inside the table) and a title printed in a merged top row."""

    columns: ColumnMap
    first_data_row: int
    signatures: set[tuple[str, ...]] = field(default_factory=set)
    title: Optional[str] = None


def distinct_cells(row: list[Optional[Cell]]) -> list[Cell]:
    """The cells of a grid row, each merged cell once, left to right."""
    out: list[Cell] = []
    seen: set[int] = set()
    for cell in row:
        if cell is not None and id(cell) not in seen:
            seen.add(id(cell))
            out.append(cell)
    return out


def classify(text: str) -> Optional[str]:
    """The header label ``text`` names ("no", "kegiatan", "pelaksana", "mutu_baku",
    "kelengkapan", "waktu", "output", "keterangan"), else ``None``.

    Whole-text match first, then a label followed by at most ``max_extra_words`` words
    ("Waktu / menit", "Kelengkapan dan Peralatan").
    """
    matcher = header_matcher()
    key = fold(text)
    if not key or len(key) > 60:
        return None
    hit = matcher.match_folded(key)
    if hit is not None:
        return hit
    extra = int(header_settings().get("max_extra_words", 2))
    n_words = len(key.split())
    if n_words > 1:
        pre = matcher.match_prefix(key)
        if pre is not None and n_words - pre[1] <= extra:
            return pre[0]
    return None


def is_column_number_row(row: list[Optional[Cell]]) -> bool:
    """True for a column-number row: at least three small numbers ("1", "(1)", "1."), starting
    at 0 or 1, increasing left to right (from five numbers on, one slip is allowed: a real
    BPS file numbers its columns "(5) (8) (7) (8)"), and nothing else (a merged cell may hold
    several: "3 4 5")."""
    values: list[int] = []
    for cell in distinct_cells(row):
        for token in collapse(cell.text).split():
            m = _COLNUM.match(token)
            if not m:
                return False
            values.append(int(m.group(1)))
    if len(values) < 3 or values[0] > 1:
        return False
    # increasing left to right; one typo ("(5) (8) (7) (8)") is still a column-number row
    rises = sum(a < b for a, b in zip(values, values[1:]))
    return rises == len(values) - 1 or (len(values) >= 5 and rises >= len(values) - 2)


def row_signature(grid: Grid, r: int) -> tuple[str, ...]:
    """Folded text of each cell that starts in row ``r`` ("" elsewhere): equal for a header
    row and its repetition further down the table."""
    return tuple(fold(c.text) if c is not None and c.row == r else "" for c in grid[r])


def _title_row(row: list[Optional[Cell]], n_cols: int) -> Optional[str]:
    cells = [c for c in distinct_cells(row) if collapse(c.text)]
    if len(cells) == 1 and cells[0].col_span >= max(2, n_cols - 1) and classify(cells[0].text) is None:
        return collapse(cells[0].text)
    return None


def _row_labels(row: list[Optional[Cell]]) -> dict[int, str]:
    """``{id(cell): label}`` for the cells of ``row`` that carry a header label."""
    out: dict[int, str] = {}
    for cell in distinct_cells(row):
        label = classify(cell.text)
        if label is not None:
            out[id(cell)] = label
    return out


def recognise_header(table: Table, grid: Optional[Grid] = None) -> Optional[Header]:
    """Find the flowchart header of ``table``; ``None`` when it has none."""
    grid = grid if grid is not None else table.grid()
    n_rows, n_cols = table.n_rows, table.n_cols
    if n_rows == 0 or n_cols < 3:
        return None
    start = 0
    titles: list[str] = []
    while start < min(n_rows, 2):
        t = _title_row(grid[start], n_cols)
        if t is None:
            break
        titles.append(t)
        start += 1
    top = None
    labels: dict[int, str] = {}
    for r in range(start, min(n_rows, start + _SEARCH_ROWS)):
        labels = _row_labels(grid[r])
        found = set(labels.values())
        if len(found) >= 2 and found & _CORE:
            top = r
            break
    if top is None:
        return None
    end = _header_end(grid, top, labels)
    sub_rows = [r for r in range(top + 1, end) if not is_column_number_row(grid[r])]
    while end < n_rows and is_column_number_row(grid[end]):
        end += 1
    columns = _map_columns(grid, top, sub_rows[-1] if sub_rows else None, labels, end, n_cols)
    signatures = {row_signature(grid, r) for r in range(top, end)}
    return Header(columns=columns, first_data_row=end, signatures=signatures,
                  title=" ".join(titles) or None)


def _header_end(grid: Grid, top: int, labels: dict[int, str]) -> int:
    n_rows = len(grid)
    cells = distinct_cells(grid[top])
    end = max([top + 1] + [c.row + c.row_span for c in cells if c.row == top])
    if end > top + 1 or top + 1 >= n_rows:
        return min(end, n_rows)
    nxt = grid[top + 1]
    first = collapse(nxt[0].text) if nxt[0] is not None else ""
    if _COLNUM.match(first) and not is_column_number_row(nxt):
        return top + 1  # the next row is step 1
    spans = any(c.col_span > 1 and labels.get(id(c)) in ("pelaksana", "mutu_baku") for c in cells)
    sub_labels = set(_row_labels(nxt).values()) & set(MUTU)
    # without span information: No and Kegiatan empty below their labels, other cells filled
    lead = [id(c) for c in cells if labels.get(id(c)) in ("no", "kegiatan")]
    blank_lead = bool(lead) and all(
        nxt[c.col] is None or nxt[c.col] is c or not collapse(nxt[c.col].text)
        for c in cells if id(c) in lead)
    filled = sum(1 for c in distinct_cells(nxt) if c.row == top + 1 and collapse(c.text))
    return top + 2 if spans or sub_labels or (blank_lead and filled >= 2) else top + 1


def _map_columns(grid: Grid, top: int, sub: Optional[int], labels: dict[int, str],
                 data_start: int, n_cols: int) -> ColumnMap:
    kinds: list[Optional[str]] = [None] * n_cols
    heads: list[Optional[Cell]] = [None] * n_cols  # the cell naming each column
    sub_labels: dict[int, Optional[str]] = {}
    for c in range(n_cols):
        top_cell = grid[top][c]
        top_kind = labels.get(id(top_cell)) if top_cell is not None else None
        sub_cell = grid[sub][c] if sub is not None else None
        if sub_cell is top_cell:
            sub_cell = None
        heads[c] = sub_cell if sub_cell is not None and collapse(sub_cell.text) else top_cell
        sub_kind = None
        if sub_cell is not None:
            if id(sub_cell) not in sub_labels:
                sub_labels[id(sub_cell)] = classify(sub_cell.text)
            sub_kind = sub_labels[id(sub_cell)]
        if top_kind == "pelaksana" and sub_kind not in MUTU + ("keterangan",):
            kinds[c] = "role"
            if sub_cell is not None:
                heads[c] = sub_cell
            continue
        if sub_kind in LEAVES:
            kinds[c] = sub_kind
        elif top_kind in LEAVES:
            kinds[c] = top_kind
        elif top_kind == "mutu_baku":
            kinds[c] = "mutu"
    cmap = ColumnMap(n_cols=n_cols)
    for c, kind in enumerate(kinds):
        if kind in LEAVES and getattr(cmap, kind) is None:
            setattr(cmap, kind, c)
    k = cmap.kegiatan
    if (cmap.no is None and k is not None and k + 1 < n_cols and kinds[k + 1] == "kegiatan"
            and _number_share(grid, k, data_start) >= 0.6):
        # No and Kegiatan under one merged label ("Uraian Prosedur"): the left column of small
        # integers is the step number
        cmap.no, cmap.kegiatan, kinds[k] = k, k + 1, "no"
    if cmap.no is None and kinds[0] is None:
        cmap.no, kinds[0] = 0, "no"
    if cmap.kegiatan is None:
        after = (cmap.no if cmap.no is not None else -1) + 1
        if after < n_cols and kinds[after] is None:
            cmap.kegiatan, kinds[after] = after, "kegiatan"
    left = max(x for x in (cmap.no, cmap.kegiatan, -1) if x is not None)
    right = next((c for c in range(left + 1, n_cols)
                  if kinds[c] in ("mutu", "keterangan") + MUTU), n_cols)
    for c in range(left + 1, right):
        if kinds[c] is None:
            kinds[c] = "role"
    cmap.roles = _roles(kinds, heads, n_cols)
    _infer_mutu(cmap, kinds, grid, data_start)
    return cmap


def _roles(kinds: list[Optional[str]], heads: list[Optional[Cell]], n_cols: int) -> list[Role]:
    roles: list[Role] = []
    last: Optional[Cell] = None
    for c in range(n_cols):
        if kinds[c] != "role":
            last = None
            continue
        head = heads[c]
        if roles and head is not None and head is last:
            roles[-1].cols += (c,)
            continue
        roles.append(Role(cols=(c,), header=collapse(head.text) if head is not None else ""))
        last = head
    return roles


def _infer_mutu(cmap: ColumnMap, kinds: list[Optional[str]], grid: Grid, data_start: int) -> None:
    missing = [k for k in MUTU if getattr(cmap, k) is None]
    if not missing:
        return
    spare = [c for c, k in enumerate(kinds) if k == "mutu"]
    if spare and len(spare) == len(missing):
        for c, k in zip(spare, missing):
            setattr(cmap, k, c)
        return
    if cmap.waktu is None:
        candidates = spare or [c for c, k in enumerate(kinds) if k is None]
        shares = {c: _duration_share(grid, c, data_start) for c in candidates}
        best = max(shares, key=shares.__getitem__, default=None)
        if best is None or shares[best] < 0.5:
            return
        cmap.waktu, kinds[best] = best, "waktu"
    w = cmap.waktu
    if cmap.kelengkapan is None and w - 1 >= 0 and kinds[w - 1] in (None, "mutu"):
        cmap.kelengkapan = w - 1
    if cmap.output is None and w + 1 < len(kinds) and kinds[w + 1] in (None, "mutu"):
        cmap.output = w + 1


_STEP_NUMBER = re.compile(r"^\(?\d{1,3}\s*[.)]?$")


def _column_share(grid: Grid, col: int, start: int, holds: Callable[[Cell, str], bool]) -> float:
    """Share of the non-empty cells of column ``col`` (from row ``start``, cells starting in
    that column) for which ``holds(cell, text)`` is true, ``text`` the cell's collapsed text."""
    total = hits = 0
    for r in range(start, len(grid)):
        cell = grid[r][col]
        if cell is None or cell.row != r or cell.col != col:
            continue
        text = collapse(cell.text)
        if not text:
            continue
        total += 1
        hits += holds(cell, text)
    return hits / total if total else 0.0


def _number_share(grid: Grid, col: int, start: int) -> float:
    """Share of the non-empty cells of column ``col`` (from row ``start``) that hold a small
    integer in a cell no wider than the column: a step number column."""
    return _column_share(grid, col, start, lambda cell, text: cell.col_span == 1 and bool(_STEP_NUMBER.match(text)))


def _duration_share(grid: Grid, col: int, start: int) -> float:
    """Share of the non-empty cells of column ``col`` (from row ``start``) that are durations."""
    return _column_share(grid, col, start, lambda cell, text: parse_duration(text) is not None)
