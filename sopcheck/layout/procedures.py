"""Group flowchart tables into procedures and find each procedure's title and number.

Conventions:

* One procedure per flowchart table. A table is merged into the open procedure (a
  continuation, usually the same table split over pages) when no *new* title paragraph stands
  between them and either its header has about the same roles (spelling variants such as
  "Kasubbag Program" / "Kasubag Program" match fuzzily; an added role column is fine), or it
  has the same column count, or its first step number continues the previous one. A first
  step numbered 1 after a procedure that reached 2 or more starts a new procedure.
* A table without a header continues the open procedure when nothing but page furniture
  stands between them and its first column holds step numbers; with the same column count it
  reuses the column map, otherwise No/Kegiatan are taken from the left and the Mutu Baku /
  Keterangan columns from the right, and its role columns stay unnamed.
* A merged procedure's ``pelaksana`` is the union of its tables' role headers (exact text,
  as written) in order of first appearance; each step names the headers of its own table.
* A closing total row ("JUMLAH", "Total": ``total_labels`` of rules/headers.yaml, no number,
  no symbol, a waktu) is no step; its waktu is the procedure's ``waktu_total``.
* Title: the title-like paragraphs right above the table (heading or bold, starting with
  SOP / Prosedur / Standar Operasional, or mostly upper case), blank lines and page furniture
  skipped, at most three; paragraphs naming the instansi ("DINAS ...", "PEMERINTAH ...")
  *above* the title are dropped, one below it is part of it as written (seed 000 LKP-J). A
  paragraph that looks like an SOP number right after the title ("01/SOP/DKPS/SKRT/X/2016") is
  ``nomor_sop``. Without a paragraph title, a title printed in a merged top row of the table
  is used. A paragraph repeating the open procedure's title (a running page header) is not a new title.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import Optional

from rapidfuzz import fuzz

from ..blocks import Block, Paragraph, Table
from ..model import Procedure
from ..text import collapse, fold
from .flow import build_flow
from .headers import ColumnMap, Header, recognise_header
from .steps import Drawn, parse_step_number, read_steps
from .vocab import header_settings, identity_matcher, identity_settings

_TITLE_START = re.compile(r"^(sop|s\.o\.p|prosedur|standar operasional|standard operating)\b", re.I)
_FURNITURE = re.compile(r"^(halaman|hal\.?|page)\s*\d+(\s*(dari|of|/)\s*\d+)?$|^[-–\s]*\d+[-–\s]*$", re.I)
_NOMOR_PREFIX = re.compile(r"^(nomor|no\.?)\s*(sop)?\s*:?\s*", re.I)
_MAX_TITLE_LINES = 3
_ROLE_MATCH = 85


@dataclass
class _Open:
    """The procedure being built and what its last table looked like."""

    procedure: Procedure
    cmap: ColumnMap
    role_keys: list[str]
    last_number: Optional[int] = None
    headers_seen: set[str] = field(default_factory=set)
    drawn: list[Drawn] = field(default_factory=list)

    def add_roles(self, headers: list[str]) -> None:
        for h in headers:
            if h not in self.headers_seen:
                self.headers_seen.add(h)
                self.procedure.pelaksana.append(h)


def build_procedures(items: list[Block], columns: Optional[dict[int, ColumnMap]] = None,
                     unit: Optional[float] = 1.0) -> tuple[list[Procedure], Optional[int]]:
    """The procedures of ``items`` and the index (into ``items``) of the first flowchart
    table, ``None`` when there is none. ``columns``, when given, receives the column map each
    flowchart table was read with, by table index (:mod:`sopcheck.layout.places`). Each
    procedure's ``flow`` is read from the arrows drawn over its tables (:func:`.flow.build_flow`;
    ``unit``: points per unit of the tables' coordinates; ``None``: the flow is not read)."""
    columns = {} if columns is None else columns
    opened: list[_Open] = []
    procedures: list[Procedure] = []
    first: Optional[int] = None
    cur: Optional[_Open] = None
    between: list[Paragraph] = []
    for i, item in enumerate(items):
        if isinstance(item, Paragraph):
            between.append(item)
            continue
        grid = item.grid()
        header = recognise_header(item, grid)
        title, nomor = title_above(between)
        if title is None and header is not None and header.title:
            title = header.title
        new_title = title is not None and (cur is None or fold(title) != fold(cur.procedure.title or ""))
        between = []
        if header is not None:
            first = i if first is None else first
            columns[item.index] = header.columns
            drawn: list[Drawn] = []
            steps = read_steps(item, grid, header.columns, header.first_data_row, header.signatures, drawn)
            if cur is not None and not new_title and _continues(cur, header, steps):
                _extend(cur, _first_spelling(cur.cmap, header.columns, steps), steps, drawn)
                continue
            cur = _Open(procedure=Procedure(title=title, nomor_sop=nomor), cmap=header.columns,
                        role_keys=[fold(h) for h in header.columns.role_headers()])
            _extend(cur, header.columns, steps, drawn)
            procedures.append(cur.procedure)
            opened.append(cur)
            continue
        if cur is not None and not new_title:
            cmap = _continuation_map(item, grid, cur.cmap)
            if cmap is not None:
                columns[item.index] = cmap
                drawn = []
                _extend(cur, cmap, read_steps(item, grid, cmap, 0, (), drawn), drawn)
                continue
        cur = None
    for o in opened if unit is not None else ():
        o.procedure.flow = build_flow(o.procedure.steps, o.drawn, unit)
    return procedures, first


def _total_row(step) -> bool:
    """A closing total row ("JUMLAH" with the summed waktu): no number, no symbol, a total label."""
    labels = {fold(x) for x in header_settings().get("total_labels", [])}
    label = fold(step.number_raw or step.kegiatan)
    return step.number is None and not step.pelaksana and bool(step.waktu.raw) and label in labels and not (
        step.number_raw and step.kegiatan)


def _extend(cur: _Open, cmap: ColumnMap, steps: list, drawn: list[Drawn]) -> None:
    if steps and _total_row(steps[-1]):
        cur.procedure.waktu_total = steps.pop().waktu
        drawn = drawn[:len(steps)]  # parallel to steps
    cur.cmap = cmap
    cur.role_keys = [fold(h) for h in cmap.role_headers()]
    cur.add_roles(cmap.role_headers())
    cur.procedure.steps.extend(steps)
    cur.drawn.extend(drawn)
    numbers = [s.number for s in steps if s.number is not None]
    if numbers:
        cur.last_number = numbers[-1]


def _first_spelling(prev: ColumnMap, cmap: ColumnMap, steps: list) -> ColumnMap:
    """``cmap`` (a header repeated on a later page) with each role header spelt as in ``prev``
    where it is that header written a little differently (the same position among the roles,
    a fuzzy ratio of at least 85 of the folded texts): an OCR misreading ("Sekretaris Diras",
    "Kepala. Dinas") or a typo in one copy names the same column, not a new role. ``steps``
    read under ``cmap`` are renamed alike (pelaksana and symbol columns)."""
    if len(prev.roles) != len(cmap.roles):
        return cmap
    rename = {new.header: old.header for old, new in zip(prev.roles, cmap.roles)
              if new.header != old.header and fuzz.ratio(fold(new.header), fold(old.header)) >= _ROLE_MATCH}
    if not rename:
        return cmap
    for step in steps:
        step.pelaksana = [rename.get(h, h) for h in step.pelaksana]
        for sym in step.symbols:
            sym.column = rename.get(sym.column, sym.column)
    return replace(cmap, roles=[replace(role, header=rename.get(role.header, role.header)) for role in cmap.roles])


def _continues(cur: _Open, header: Header, steps: list) -> bool:
    first = next((s.number for s in steps if s.number is not None), None)
    if first == 1 and cur.last_number is not None and cur.last_number >= 2:
        return False
    if first is not None and cur.last_number is not None and first == cur.last_number + 1:
        return True
    if header.columns.n_cols == cur.cmap.n_cols:
        return True
    return roles_similar(cur.role_keys, [fold(h) for h in header.columns.role_headers()])


def roles_similar(a: list[str], b: list[str]) -> bool:
    """True when most (60 %) roles of the shorter folded list have a fuzzy match in the other."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    if not small:
        return False
    hits = sum(1 for x in small if any(x == y or fuzz.ratio(x, y) >= _ROLE_MATCH for y in big))
    return hits >= max(1, math.ceil(0.6 * len(small)))


def _continuation_map(table: Table, grid, prev: ColumnMap) -> Optional[ColumnMap]:
    """The column map for a headerless table continuing a procedure laid out as ``prev``,
    or ``None`` when the table does not look like more steps."""
    col = prev.no if prev.no is not None else 0
    numbered = 0
    for r in range(min(table.n_rows, 3)):
        cell = grid[r][col] if col < table.n_cols else None
        if cell is not None and parse_step_number(collapse(cell.text)) is not None:
            numbered += 1
    if not numbered:
        return None
    if table.n_cols == prev.n_cols:
        return prev
    shift = table.n_cols - prev.n_cols
    right_cols = [c for c in (prev.kelengkapan, prev.waktu, prev.output, prev.keterangan) if c is not None]
    right_start = min(right_cols, default=prev.n_cols)

    def move(c: Optional[int]) -> Optional[int]:
        if c is None:
            return None
        c = c + shift if c >= right_start else c
        return c if 0 <= c < table.n_cols else None

    return ColumnMap(
        n_cols=table.n_cols, no=move(prev.no), kegiatan=move(prev.kegiatan),
        roles=[],
        kelengkapan=move(prev.kelengkapan), waktu=move(prev.waktu),
        output=move(prev.output), keterangan=move(prev.keterangan),
    )


def title_above(paragraphs: list[Paragraph]) -> tuple[Optional[str], Optional[str]]:
    """``(title, nomor_sop)`` from the paragraphs just above a table (see module doc).

    A paragraph is one unit: its lines stay together in the title ("PENYUSUNAN LAPORAN ...
    (LKP-J)" + line break + "DINAS ... BINTAN" is one title as written), except a last line
    that looks like an SOP number.
    """
    nomor: Optional[str] = None
    picked: list[str] = []
    for para in reversed(paragraphs):
        lines = [collapse(x) for x in (para.text or "").split("\n") if collapse(x)]
        if not lines or all(_FURNITURE.match(x) for x in lines):
            continue
        if nomor is None and not picked and looks_like_nomor(lines[-1]):
            nomor = _NOMOR_PREFIX.sub("", lines[-1]) if _NOMOR_PREFIX.match(lines[-1]) else lines[-1]
            lines = lines[:-1]
            if not lines:
                continue
        text = " ".join(lines)
        if len(picked) < _MAX_TITLE_LINES and _title_like(text, para):
            picked.append(text)
            continue
        break
    picked.reverse()
    while len(picked) > 1 and _instansi_like(picked[0]):
        picked.pop(0)  # an instansi line above the title, not part of it
    return (" ".join(picked) or None), nomor


def looks_like_nomor(line: str) -> bool:
    """True for a short code such as "01/SOP/DKPS/SKRT/X/2016" or "Nomor SOP : SOP-020/17000/2025"."""
    text = _NOMOR_PREFIX.sub("", line) if _NOMOR_PREFIX.match(line) else line
    if not text or len(text) > 60 or text.count(" ") > 4 or not re.search(r"\d", text):
        return False
    return text.count("/") >= 2 or bool(re.match(r"^sop[-./ ]*\d", text, re.I))


def _title_like(line: str, para: Paragraph) -> bool:
    if len(line) > 250:
        return False
    pre = identity_matcher().match_prefix(line)
    if pre is not None and ":" in line:
        return False  # an identitas "Label : value" line
    if para.heading or para.bold or _TITLE_START.match(line):
        return True
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def _instansi_like(line: str) -> bool:
    words = identity_settings().get("instansi", {})
    first = fold(line).split()[:1]
    starts = (set(words.get("office_words", [])) | set(words.get("subunit_words", []))
              | set(words.get("government_words", [])))
    return bool(first) and first[0] in {fold(w) for w in starts} and not _TITLE_START.match(line)
