"""Rule examples written as small SOPs in text, and the reader that turns them into models.

Every rule carries a failing and a passing example in this notation (``fail=``/``passing=``
in its decorator): ``sopcheck rule NAME`` prints them as they are, and a test reads them with
:func:`read_example`, runs the rule and checks it fires exactly where ``fires=`` says on the
failing one and nowhere on the passing one. The notation::

    Nama SOP: Penyusunan LAKIP
    Tanggal Pembuatan: 02 Januari 2024
    Dasar Hukum: Permenpan RB Nomor 35 Tahun 2012; UU Nomor 23 Tahun 2014
    Prosedur: SOP Penyusunan LAKIP
    | No | Kegiatan               | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu  | Output      |
    | 1  | Menyusun draft LAKIP   | T                |              | Data kinerja| 1 hari | Draft LAKIP |
    | 2  | Memeriksa draft LAKIP  |                  | D            | Draft LAKIP | 1 jam  | LAKIP       |

* ``Label: value`` lines before a table are identitas fields, labelled as on an identitas
  table ("Nomor SOP", "Tgl. Pembuatan" is not accepted: write the label in full); the list
  fields (Dasar Hukum, Kualifikasi Pelaksana, Keterkaitan, Peralatan / Perlengkapan,
  Peringatan, Pencatatan dan Pendataan) split their items on ";". A document without such
  lines has no identitas block; ``Identitas: -`` gives an empty one.
* ``Prosedur: title`` starts a procedure (the first table starts one without a title).
* A table is a flowchart: its first row is the header. Columns named No, Kegiatan,
  Kelengkapan, Waktu, Output and Keterangan are those cells; every other column is a
  pelaksana column, whose cell holds the symbols drawn there: ``T`` terminator (kapsul),
  ``P`` process (kotak), ``D`` decision (belah ketupat), ``O`` off-page connector (segilima),
  ``C`` connector, or a text mark (``✓``, ``V``, ``X``); ``TP`` draws two.
* A row without a number whose Kegiatan is a total label ("JUMLAH", ``total_labels`` of
  rules/headers.yaml) and whose pelaksana cells are empty is the closing total row: no step,
  its waktu is the procedure's ``waktu_total``.
* ``Alur: 1 -> 2, 2 -Ya-> 3, 2 -Tidak-> 1, 3 -> -`` after a table gives the arrows of the
  procedure above it (its ``flow``): each end is a step number as written in the No column
  (the first row with that number), optionally with the symbol it joins when the row draws
  several (``1:T -> 1:P``: the first capsule of step 1 to its first box); ``-`` is an arrow
  that ends on no symbol; the text between ``-`` and ``->`` is the arrow's label. A procedure
  without an ``Alur`` line has no arrows read.
* ``=== path/of/file.docx`` starts another document, for the cross-document rules.

``fires`` items name where a finding is expected: ``"L6"`` step 6 of the only procedure,
``"P2 L3"`` step 3 of procedure 2, ``"P1"`` procedure 1 as a whole, ``"SOP"`` the document
(identitas findings), and for cross-document rules ``"<path>"`` or ``"<path> P1"``.
"""

from __future__ import annotations

import re
from typing import Optional

from ..domain.durations import parse_duration
from ..model import Arrow, Identity, Location, Procedure, SopDocument, Step, StepSymbol, Waktu, principal
from ..text import collapse, fold

SYMBOL_CODES = {"T": "terminator", "P": "process", "D": "decision", "O": "offpage", "C": "connector"}
"""The letters a pelaksana cell of an example uses for each flowchart symbol."""
MARKS = {"✓", "√", "V", "X", "●"}
CELL_COLUMNS = {"no": "number", "kegiatan": "kegiatan", "kelengkapan": "kelengkapan", "waktu": "waktu",
                "output": "output", "keterangan": "keterangan"}
LIST_FIELDS = ("dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan_perlengkapan", "peringatan",
               "pencatatan_pendataan")


class ExampleError(ValueError):
    """An example that does not follow the notation (a bug in a rule's examples)."""


def _field(label: str) -> str:
    """The :class:`~sopcheck.model.Identity` field of an identitas label."""
    key = fold(label).replace(" dan ", " ")
    for name in Identity.model_fields:
        if key == name.replace("_", " "):
            return name
    raise ExampleError(f"unknown identitas label {label!r}")


def _cells(line: str) -> list[str]:
    return [collapse(c) for c in line.strip().strip("|").split("|")]


def _step(header: list[str], cells: list[str], table: int, row: int) -> Step:
    values: dict[str, str] = {}
    pelaksana: list[str] = []
    kinds: list[Optional[str]] = []
    symbols: list[StepSymbol] = []
    if len(cells) != len(header):
        raise ExampleError(f"row {row} of table {table} has {len(cells)} cells, the header {len(header)}")
    for name, cell in zip(header, cells):
        column = CELL_COLUMNS.get(fold(name))
        if column is not None:
            values[column] = cell
            continue
        if not cell:
            continue
        drawn = [SYMBOL_CODES[c] for c in cell if c in SYMBOL_CODES] or (["marker"] if cell in MARKS else [])
        if not drawn:
            raise ExampleError(f"pelaksana cell {cell!r} of row {row} is not a symbol code")
        pelaksana.append(name)
        kinds.append(principal(drawn))
        symbols.extend(StepSymbol(column=name, kind=kind) for kind in drawn)
    raw = values.get("number", "")
    digits = re.match(r"^\(?(\d{1,3})[.)]?$", raw)
    duration = parse_duration(values.get("waktu", "")) if values.get("waktu") else None
    step = Step(number=int(digits.group(1)) if digits else None, number_raw=raw,
                kegiatan=values.get("kegiatan", ""), pelaksana=pelaksana, symbol=principal(kinds),
                kelengkapan=values.get("kelengkapan", ""),
                waktu=Waktu(raw=values.get("waktu", ""), minutes=duration.minutes if duration else None),
                output=values.get("output", ""), keterangan=values.get("keterangan", ""),
                location=Location(table=table, row=row), symbols=symbols)
    step.role_symbols = kinds
    return step


def _total_row(step: Step) -> bool:
    from .. import ruledata

    labels = {fold(x) for x in ruledata.load("headers").get("total_labels", [])}
    return step.number is None and not step.pelaksana and bool(step.waktu.raw) and fold(step.kegiatan) in labels


def read_example(text: str) -> list[tuple[str, SopDocument]]:
    """The documents of an example: ``(path, model)`` pairs, one per ``=== path`` section
    (a single ``example.docx`` when there is none).

    :raises ExampleError: a line that follows none of the notation's forms.
    """
    docs: list[tuple[str, SopDocument]] = []
    path, identity, procedures = "example.docx", None, []
    header: Optional[list[str]] = None
    table = row = 0

    def finish() -> None:
        docs.append((path, SopDocument(source=path, format="docx", identity=identity, procedures=procedures)))

    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            header = None
            continue
        if stripped.startswith("==="):
            if identity is not None or procedures:
                finish()
            path, identity, procedures, header = stripped.strip("= ").strip(), None, [], None
        elif stripped.startswith("|"):
            cells = _cells(stripped)
            if header is None:
                header, table, row = cells, table + 1, 1
                if not procedures or procedures[-1].steps:
                    procedures.append(Procedure())
                procedures[-1].pelaksana = [h for h in header if fold(h) not in CELL_COLUMNS]
            else:
                row += 1
                step = _step(header, cells, table, row)
                if _total_row(step):
                    procedures[-1].waktu_total = step.waktu
                else:
                    procedures[-1].steps.append(step)
        elif ":" in stripped:
            label, value = (part.strip() for part in stripped.split(":", 1))
            header = None
            if fold(label) == "prosedur":
                procedures.append(Procedure(title=value or None))
            elif fold(label) == "alur":
                if not procedures or not procedures[-1].steps:
                    raise ExampleError(f"'Alur' line {stripped!r} follows no table")
                procedures[-1].flow = _arrows(procedures[-1], value)
            elif fold(label) == "identitas":
                identity = identity or Identity()
            else:
                identity = identity or Identity()
                name = _field(label)
                if name in LIST_FIELDS:
                    setattr(identity, name, [item.strip() for item in value.split(";") if item.strip()])
                else:
                    setattr(identity, name, value)
        else:
            raise ExampleError(f"example line {stripped!r} is neither 'Label: value', a table row nor '=== path'")
    finish()
    return docs


_ARROW = re.compile(r"^\s*(\S+)\s*-(?:(.+?)-)?>\s*(\S+)\s*$")


def _end(proc: Procedure, ref: str, text: str) -> tuple[int, int]:
    """``(1-based position, symbol index)`` of an arrow end ``"3"`` or ``"3:D"``."""
    number, _, code = ref.partition(":")
    pos = next((i for i, s in enumerate(proc.steps, 1) if s.number_raw == number), None)
    if pos is None:
        raise ExampleError(f"arrow {text!r}: no step numbered {number!r}")
    symbols = proc.steps[pos - 1].symbols
    if not code:
        if not symbols:
            raise ExampleError(f"arrow {text!r}: step {number} draws no symbol")
        return pos, 0
    index = next((i for i, s in enumerate(symbols) if s.kind == SYMBOL_CODES.get(code)), None)
    if index is None:
        raise ExampleError(f"arrow {text!r}: step {number} draws no {code!r}")
    return pos, index


def _arrows(proc: Procedure, value: str) -> list[Arrow]:
    """The ``flow`` an ``Alur`` line gives ``proc`` (see the module docstring)."""
    out: list[Arrow] = []
    for text in (t.strip() for t in value.split(",")):
        m = _ARROW.match(text)
        if not m:
            raise ExampleError(f"arrow {text!r} is not 'A -> B' or 'A -label-> B'")
        source, label, target = m.groups()
        pos, index = _end(proc, source, text)
        arrow = Arrow(from_=pos, label=(label or "").strip() or None)
        arrow.source = index
        if target != "-":
            arrow.to, arrow.target = _end(proc, target, text)
        out.append(arrow)
    return out
