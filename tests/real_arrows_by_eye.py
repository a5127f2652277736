"""The flowchart ARROWS of real SOP PDFs, read by eye from the rendered pages (issue 15's labels).

How this was read: every page was rendered with ``pdftoppm -png -r 60`` for an overview, then
cropped and zoomed with ``pdftoppm -r 150..400 -x -y -W -H`` around the flowchart columns until
every arrowhead, every branch label and every junction was certain; each arrow was followed from
its tail to its head. The reading was written down before any sopcheck output was looked at (no
sopcheck code was run on these files). The symbols of the BPS files were compared afterwards with
:mod:`real_by_eye` (same columns, same shapes) and agree with it.

23 BPS Bengkulu PDFs (``../shared/real/bps-bengkulu``) and the five SOPs of the Word-exported
bundle ``../shared/real/wild/cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran.pdf`` (28 procedures).

Shapes
------
:data:`FLOWS` maps a procedure key to a :class:`Flow`. The key is ``"<folder>/<file prefix>"``
(``"bps-bengkulu/it__072"``); a file of several SOPs adds ``#<n>``, 1-based in page order
(``"wild/cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran#3"``); :func:`real_path` finds the file.

* ``headers``: the role (pelaksana) headers as printed, left to right; for the BPS files
  exactly the strings :mod:`real_by_eye` uses.
* ``rows``: ``(step, symbols)`` per table row, top to bottom: the step's position in the
  procedure is its 1-based index in this list. ``step`` is the number printed in the No
  column; a row printed without a number is ``"u"`` and the second row printed with a number
  already used is that number plus ``"b"`` (``"4b"``). ``symbols`` uses :mod:`real_by_eye`'s
  notation ``"<shape><role index>"``, shape ``T`` capsule, ``P`` box, ``D`` diamond, ``O``
  off-page connector (pentagon) drawn inside the row, plus ``X`` for a shape that is none of
  the five SOP AP symbols (the Cimahi bundle draws Word's document / multi-document shape
  between boxes). Unlike :mod:`real_by_eye` every symbol is listed (a capsule and a box in one
  column are ``"T1 P1"``); no row holds two symbols of one shape in one column, so
  ``"<step>:<shape><role>"`` names a symbol. A pentagon drawn outside the table (above the
  first or below the last row of a page) is in no row and never listed.
* ``edges``: one tuple per arrow, ``(source, target, label)`` or ``(source, target, label,
  via)``, normalised by :func:`edges` into :class:`Edge`. ``source``/``target`` name symbols
  (``"3:D2"``); ``target`` is ``None`` for an arrow whose head touches no symbol of any row
  (commented where it happens). ``label`` is the text printed on the arrow (``"Ya"``,
  ``"Tidak"``, ``"Y"``, ``"T"``, ``"Approve"``, ``"Berhasil"``...) as printed, else ``None``.
  Arrows between two symbols of one row count. ``via``:

  - ``"offpage"``: the arrow runs into a pentagon at a page bottom and continues from its
    twin at the top of the next page; written once, from the real source to the real target.
    The pentagons themselves are not sources or targets of such an edge.
  - ``"two-headed"``: one line with a head at both ends, written as two edges, one per head.

  An edge may end on an ``O`` symbol only where a branch was drawn INTO the incoming pentagon
  at a page top (Cimahi #4 and #5): that pentagon passes on to the target of the offpage
  edge that leaves it.
* ``uncertain``: edges (as ``(source, target)``) whose existence or ends are a judgement,
  not a plain reading; leave them out of a recovery score or count them apart.
* ``loose``: edges drawn with a visible gap (about 2 to 7 pt at 300 dpi) between an end and
  its symbol, or as two arrows end to end; the edge is what the drawing plainly means, but a
  reader needs a tolerance to join it.
* ``lines``: lines between symbols WITHOUT any arrowhead (dashed "together" lines, plain
  joins); not arrows, not in ``edges``: a reader that turns them into edges is wrong.

:data:`FLOW_DEFECTS` maps the same keys to what a reviewer sees wrong in the flow:
``{rule: {ref: note}}``, ``ref`` a symbol (``"7:T3"``), an edge (``"6:P4>8:T1"``) or a header
index (``"1"``). Rule names are the contract's (``flow-dead-end``, ``flow-unreachable``,
``terminator-mid-flow``, ``flow-into-start``, ``decision-branches``, ``branch-label-on-process``,
``flow-order``, ``unused-pelaksana``), plus ``terminator-placement`` (sopcheck's rule) and three
observations no contract rule names: ``implicit-split`` (a box or capsule with two or more
outgoing arrows and no diamond: bpmnlint's ``no-implicit-split``), ``two-headed-arrow`` and
``branch-into-connector``. "Start" is the first capsule in row order, "end" the last. An empty
dict means the flow is clean.

What was hard, what is uncertain
--------------------------------
* Heads: every arrowhead was visible at 300 dpi, including the open chevron of it__072
  (3:P3>3:D2) and the thin blue two-headed arrows of archives__076.
* Junctions: several files route two arrows into one trunk line (it__341, statistics__084,
  it__012, it__332); a trunk that merges into another is read as one edge per source, a
  trunk that forks as one edge per head. Where a line only CROSSES another, with no corner,
  the reading is in ``uncertain`` (it__341 step 3: the trunk into 4:P3 also touches 3:P3's
  bottom). statistics__084's Y branch forks along the row 3/4 border; at 600 dpi both
  halves end on the stem, so it is read as a fork.
* Floating arrows: it__053, statistics__084/093/155 draw short arrows between symbols that
  touch neither (``loose``).
* Branch labels sit near the first segment in most files, at the corner of a bent branch in
  administrative__030; both read as the branch's label.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"

SHAPE_CODES = {"T": "terminator", "P": "process", "D": "decision", "O": "offpage", "X": "other"}


class Edge(NamedTuple):
    """One arrow: symbol refs ``"<step>:<shape><role>"``; ``target`` None when its head
    touches no symbol of a row; ``via`` None, ``"offpage"`` or ``"two-headed"``."""

    source: str
    target: str | None
    label: str | None = None
    via: str | None = None


class Flow(NamedTuple):
    """One procedure's flowchart as read by eye (see the module docstring for each field)."""

    title: str
    pages: tuple[int, ...]
    headers: list[str]
    rows: list[tuple[int | str, str]]
    edges: list[tuple]
    uncertain: frozenset = frozenset()
    loose: frozenset = frozenset()
    lines: tuple = ()


def _chain(*refs: str) -> list[tuple]:
    """Unlabelled arrows from each ref to the next: ``_chain("3:P1", "4:P1", "5:P1")``."""
    return [(a, b, None) for a, b in zip(refs, refs[1:])]


CIMAHI = "wild/cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran"
CIMAHI_ROLES = ["Kaban", "Kabid", "Kasubid", "Staf"]

FLOWS: dict[str, Flow] = {
    # ---------------------------------------------------------------- decisions, loops
    "bps-bengkulu/it__072": Flow(
        "SOP PENGHITUNGAN PMTB ATAS DASAR HARGA BERLAKU", (2,),
        ["Kepala BPS Provinsi", "Ketua Tim Neraca Wilayah", "Fungsional"],
        [(1, "T1 P2"), (2, "P2 P3"), (3, "D2 P3"), (4, "D1"), (5, "D2"), (6, "T1 P2")],
        [
            ("1:T1", "1:P2", None), ("1:P2", "2:P2", None), ("2:P2", "2:P3", None),
            ("2:P3", "3:P3", None),
            ("3:P3", "3:D2", None),  # head drawn as an open chevron
            ("3:D2", "3:P3", "Tidak"),  # from the diamond's top corner, over, down into the box top
            ("3:D2", "4:D1", "Tidak"),  # from the bottom corner, down and left
            ("4:D1", "3:D2", "Tidak"),  # from the top corner, up and right into the diamond
            ("4:D1", "5:D2", "Ya"),
            ("5:D2", "3:P3", "Tidak"),  # right, up two rows into the box's right side
            ("5:D2", "6:P2", "Ya"),
            ("6:P2", "6:T1", None),
        ],
    ),
    "bps-bengkulu/it__118": Flow(
        "SOP Survei E Commerce", (2,),
        ["Kepala", "Anggota Tim Statistik Distribusi dan Jasa", "BPS Kab/Kota"],
        [(1, "T1 P2"), (2, "P2"), (3, "P3"), (4, "P3"), (5, "D2 P3"), (6, "D2"), (7, "T2")],
        [
            ("1:T1", "1:P2", None), ("1:P2", "2:P2", None), ("2:P2", "3:P3", None),
            ("3:P3", "4:P3", None), ("4:P3", "5:P3", None), ("5:P3", "5:D2", None),
            ("5:D2", "5:P3", "Tidak"),  # from the top corner, over and down into the box top
            ("5:D2", "6:D2", "Ya"),
            ("6:D2", "5:P3", "Tidak"),  # right and up into the box bottom
            ("6:D2", "7:T2", "Ya"),
        ],
    ),
    "bps-bengkulu/it__341": Flow(
        "SOP Penghitungan Komponen Impor ADHK", (2,),
        ["Kepala BPS Provinsi", "Ketua Tim Neraca Wilayah", "Staff"],
        [(1, "T1 P2 P3"), (2, "P3"), (3, "D2 P3"), (4, "D1 D2 P3"), (5, "T2")],
        [
            ("1:T1", "1:P2", None), ("1:P2", "1:P3", None), ("1:P3", "2:P3", None),
            ("2:P3", "3:P3", None), ("3:P3", "3:D2", None),
            ("3:D2", "3:P3", None),  # top corner: up, right, merges into the trunk into 3:P3
            ("3:D2", "4:P3", None),  # bottom corner: down, right, merges into the trunk into 4:P3
            ("3:P3", "4:P3", None),  # the trunk line leaves 3:P3's bottom edge (uncertain)
            ("4:P3", "4:D2", None),
            ("4:D2", "4:P3", None),  # top corner: merges into the trunk into 4:P3's top
            ("4:D2", "4:D1", None),
            ("4:D1", "4:D2", None),  # top corner: up, right, down into 4:D2's top corner
            ("4:D1", "5:T2", None),
        ],
        uncertain=frozenset({("3:P3", "4:P3")}),
    ),
    "bps-bengkulu/administrative__030": Flow(
        "SOP Pengajuan Uang Persediaan ke KPPN", (2,),
        ["Bendahara", "Operator Pembayaran", "PPK", "PPSPM", "KPPN"],
        [(1, "T1 P1"), (2, "P1"), (3, "P2"), (4, "D3"), (5, "D4"), (6, "P4"), (7, "P5"), (8, "P1 T1")],
        [
            ("1:T1", "1:P1", None), ("1:P1", "2:P1", None), ("2:P1", "3:P2", None),
            ("3:P2", "4:D3", None),
            ("4:D3", "3:P2", "Tidak"),  # "Setuju?" diamond; label at the corner of the branch
            ("4:D3", "5:D4", "Ya"),
            ("5:D4", "4:D3", "Tidak"),
            ("5:D4", "6:P4", "Ya"),
            ("6:P4", "7:P5", None), ("7:P5", "8:P1", None), ("8:P1", "8:T1", None),
        ],
    ),
    "bps-bengkulu/statistics__155": Flow(
        "SOP Survei Perusahaan Konstruksi Triwulanan", (2,),
        ["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"],
        [(1, "T1 P2 P3"), (2, "P2 P3"), (3, "D2"), (4, "T1 P2")],
        [
            ("1:T1", "1:P2", None), ("1:P2", "1:P3", None), ("1:P3", "2:P3", None),
            ("2:P3", "2:P2", None), ("2:P2", "3:D2", None),
            ("3:D2", "2:P3", "T"),  # right and up into 2:P3's bottom
            ("3:D2", "4:P2", "Y"),
            ("4:P2", "4:T1", None),
        ],
        loose=frozenset({("1:T1", "1:P2"), ("1:P2", "1:P3"), ("2:P3", "2:P2"), ("4:P2", "4:T1")}),
    ),
    "bps-bengkulu/statistics__093": Flow(
        "SOP IDI", (1,),
        ["Kepala BPS Provinsi", "Ketua Tim Statistik Sosial BPS Provinsi", "Tim Hansos BPS Provinsi"],
        [(1, "T1 P2 P3"), (2, "P2 P3"), (3, "D2 P3"), (4, "T1 P2 P3")],
        [
            ("1:T1", "1:P2", None), ("1:P2", "1:P3", None),
            ("1:P2", "2:P2", None),  # a second arrow from 1:P2's bottom: 1:P2 forks
            ("1:P3", "2:P3", None), ("2:P2", "2:P3", None),
            ("2:P3", "3:D2", None),  # from beside 2:P3's left edge, left and down into the diamond
            ("3:D2", "2:P3", "T"),  # right and up into 2:P3's bottom
            ("3:D2", "3:P3", "Y"),
            ("3:P3", "4:P3", None), ("4:P3", "4:P2", None), ("4:P2", "4:T1", None),
        ],
        loose=frozenset({
            ("1:T1", "1:P2"), ("1:P2", "1:P3"), ("2:P2", "2:P3"), ("2:P3", "3:D2"), ("3:D2", "3:P3"),
            ("3:P3", "4:P3"), ("4:P3", "4:P2"), ("4:P2", "4:T1"),
        }),
    ),
    "bps-bengkulu/statistics__128": Flow(
        "SOP Evaluasi Data Survei Tahunan Perusahaan Industri Manufaktur", (1,),
        ["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"],
        [(1, "P2 T3"), (2, "D2"), (3, "T2")],
        [
            ("1:T3", "1:P2", None),  # the flow starts at the capsule under BPS Kabupaten/Kota
            ("1:P2", "2:D2", None),
            ("2:D2", "1:T3", "T"),  # right and up into the START capsule's bottom
            ("2:D2", "3:T2", "Y"),
        ],
        loose=frozenset({("1:T3", "1:P2")}),
    ),
    "bps-bengkulu/statistics__084": Flow(
        "SOP PODES", (1,),
        [
            "Kepala BPS Provinsi",
            "Ketua Tim Statistik Sosial BPS Provinsi",
            "Tim Hansos BPS Provinsi",
            "Tim Pengolahan BPS Provinsi",
            "BPS Kabupaten/Kota",
        ],
        [(1, "T1 P2 P3 P4 P5"), (2, "P2 P3 P4 P5"), (3, "P2 D3"), (4, "T1 P2 P3 P5")],
        [
            ("1:T1", "1:P2", None), ("1:P2", "1:P3", None),
            ("1:T1", "1:P4", None),  # from the capsule's bottom, along the row's foot, up into 1:P4
            ("1:P3", "1:P5", None),  # from 1:P3's bottom, along the row's foot, up into 1:P5
            ("1:P5", "2:P5", None),
            ("2:P5", "2:P4", None), ("2:P4", "2:P3", None), ("2:P3", "2:P2", None),
            ("2:P3", "3:D3", None),
            ("3:D3", "2:P5", "T"),  # right and up into 2:P5's bottom
            ("3:D3", "4:P3", "Y"),
            # A line along the row 3/4 border with a head at 3:P2's bottom and one at 4:P5's left
            # side: at 600 dpi both halves end on the Y stem (a fork, not a crossing).
            ("3:D3", "3:P2", "Y"), ("3:D3", "4:P5", "Y"),
            ("4:P3", "4:P2", None), ("4:P2", "4:T1", None),
        ],
        loose=frozenset({
            ("1:T1", "1:P2"), ("1:P2", "1:P3"), ("2:P5", "2:P4"), ("2:P4", "2:P3"), ("2:P3", "2:P2"),
            ("4:P3", "4:P2"), ("4:P2", "4:T1"),
        }),
    ),
    "bps-bengkulu/it__053": Flow(
        "SOP Permintaan Setting Jaringan PC-Laptop BPS Provinsi Bengkulu", (2,),
        ["Pegawai", "Admin/ PJK TIP", "Teknisi"],
        [(1, "T1 P2"), (2, "P3"), (3, "P3"), (4, "P3"), (5, "D3"), (6, "T1 P2 P3")],
        [
            ("1:T1", "1:P2", None), ("1:P2", "2:P3", None), ("2:P3", "3:P3", None),
            ("3:P3", "4:P3", None), ("4:P3", "5:D3", None),
            ("5:D3", "4:P3", None),  # from the left corner, up into 4:P3's left side: no label
            ("5:D3", "6:P3", "Berhasil"),
            ("6:P3", "6:P2", None), ("6:P2", "6:T1", None),
        ],
        loose=frozenset({
            ("1:T1", "1:P2"), ("1:P2", "2:P3"), ("2:P3", "3:P3"), ("3:P3", "4:P3"), ("4:P3", "5:D3"),
            ("6:P3", "6:P2"), ("6:P2", "6:T1"),
        }),
    ),
    # ---------------------------------------------------------- several symbols in a row
    "bps-bengkulu/statistics__051": Flow(
        "SOP Perbaikan Pembentukan Blok Sensus 2020", (2, 3),
        ["BPS Kab/Kota", "Sistem GS", "PJK Wilkerstat"],
        [
            (1, "T1 P2"), (2, "P1 P2 D3"), (3, "P3"), (4, "P3"), (5, "P1"), (6, "P2 P3"),
            (7, "P3 O3"), (8, "O3 P3"), (9, "P3"), (10, "T3"),
        ],
        [
            # Nothing leaves the capsule of step 1; the flow starts at 1:P2.
            ("1:P2", "2:D3", None),
            ("2:D3", "2:P2", "Approve"),
            ("2:D3", "2:P1", "Reject"),  # down, left, up into 2:P1's bottom
            ("2:P2", "2:P1", None),  # a short arrow between the boxes, touching neither
            ("2:P1", "1:T1", None),  # up into the capsule of step 1
            ("2:P2", "3:P3", None),
            ("3:P3", "4:P3", None), ("4:P3", "5:P1", None), ("5:P1", "6:P2", None),
            ("6:P2", "6:P3", None), ("6:P3", "7:P3", None),
            ("7:P3", "8:P3", None, "offpage"),
            ("8:P3", "9:P3", None),  # its tail starts inside 8:P3
            ("9:P3", "10:T3", None),
        ],
        loose=frozenset({("2:P2", "2:P1")}),
    ),
    "bps-bengkulu/it__012": Flow(
        "SOP Pengumpulan Data Capaian Kinerja 2025", (2, 3),
        ["Tim Kerja", "Tim Sakip", "Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi", "Kepala"],
        [
            (1, "T1"), (2, "P1 D1"), (3, "P1"), (4, "P2"), (5, "P3"), (6, "P4"), (7, "P1 P2 P3 P4"),
            (8, "P1"), (9, "P3 P4"), (10, "P3"), (11, "P3"), (12, "D2"), (13, "P4"), (14, "T3"),
        ],
        [
            ("1:T1", "2:P1", None), ("2:P1", "2:D1", None),
            ("2:D1", "1:T1", "Tidak"),  # left, up, right into the START capsule's left side
            ("2:D1", "3:P1", "Ya"),
            ("3:P1", "4:P2", None), ("4:P2", "5:P3", None), ("5:P3", "6:P4", None),
            ("6:P4", "7:P4", None),
            ("7:P4", "8:P1", None),  # the trunk down from 7:P4 forks: left into 8:P1 ...
            ("7:P4", "9:P3", None),  # ... and on down, left, down into 9:P3 (skips step 8)
            ("8:P1", "9:P3", None),
            ("9:P3", "9:P4", None),
            ("9:P4", "10:P3", None, "offpage"),  # pentagons drawn below / above the tables
            ("10:P3", "11:P3", None), ("11:P3", "12:D2", None),
            ("12:D2", "11:P3", "Tidak"),
            ("12:D2", "13:P4", "Ya"),
            ("13:P4", "14:T3", None),
        ],
        loose=frozenset({("7:P4", "8:P1"), ("8:P1", "9:P3"), ("9:P3", "9:P4"), ("11:P3", "12:D2")}),
        # step 7 (a joint meeting): dashed lines with no head join the four boxes
        lines=(("7:P1", "7:P2"), ("7:P2", "7:P3"), ("7:P3", "7:P4")),
    ),
    "bps-bengkulu/archives__076": Flow(
        "SOP Persiapan Seruti", (2,),
        [
            "Ketua Tim Statistik Sosial",
            "Anggota Tim Statistik Sosial",
            "Kepala Bagian Umum",
            "BPS Kabupaten/Kota",
        ],
        [(1, "T1 P2 P3"), (2, "T1 P2 P3"), (3, "T1 P2 P3 P4")],
        [
            # thin blue arrows; the lead's column holds a tall capsule in every row
            ("1:T1", "1:P2", None),
            ("1:T1", "1:P3", None, "two-headed"), ("1:P3", "1:T1", None, "two-headed"),
            ("1:T1", "2:T1", None),
            ("2:T1", "2:P2", None),
            ("2:T1", "2:P3", None, "two-headed"), ("2:P3", "2:T1", None, "two-headed"),
            ("2:T1", "3:T1", None),
            ("3:T1", "3:P2", None),
            ("3:T1", "3:P3", None, "two-headed"), ("3:P3", "3:T1", None, "two-headed"),
            ("3:P3", "3:P4", None, "two-headed"), ("3:P4", "3:P3", None, "two-headed"),
        ],
    ),
    "bps-bengkulu/it__332": Flow(
        "SOP Penyelenggaraan Kegiatan CoachMe Program", (2,),
        ["CAN (CA/CC/CL)", "Tim Kerja di BPS Provinsi", "BPS Kabupaten/ Kota"],
        [(1, "T1"), (2, "P1"), (3, "P2 P3"), (4, "P2 P3"), (5, "P1"), (6, "P2"), (7, "P1"), (8, "T1")],
        [
            ("1:T1", "2:P1", None),
            ("2:P1", "3:P2", None), ("2:P1", "3:P3", None),  # one line forks into both columns
            ("3:P2", "4:P2", None), ("3:P3", "4:P3", None),
            ("4:P2", "5:P1", None), ("4:P3", "5:P1", None),  # the two join into one line
            ("5:P1", "6:P2", None), ("6:P2", "7:P1", None), ("7:P1", "8:T1", None),
        ],
    ),
    "bps-bengkulu/general__064": Flow(
        "SOP PUBLIKASI PDRB TAHUNAN", (2,),
        [
            "Fungsional Statistisi",
            "PJ Neraca Produksi",
            "Ketua Tim Neraca Wilayah",
            "Tim Kerja Terkait (Diseminasi)",
        ],
        [(1, "T1 P2 P3"), (2, "P2 P3"), (3, "P1"), (4, "P4"), (5, "P1")],
        [
            ("1:T1", "1:P2", None), ("1:P2", "1:P3", None), ("1:P3", "2:P3", None),
            ("2:P3", "2:P2", None), ("2:P2", "3:P1", None), ("3:P1", "4:P4", None),
            ("4:P4", "5:P1", None),
            ("5:P1", None, None),  # into the end capsule drawn BELOW the table, in no row
        ],
    ),
    # ------------------------------------------------------------------ plain linear ones
    "bps-bengkulu/administrative__020": Flow(
        "SOP Pembuatan Naskah Dinas - SK", (2,),
        ["TIM", "Kepala Bagian Umum", "Tim Hukum", "Sekretaris", "Kepala BPS"],
        [(1, "T1"), (2, "P2"), (3, "P3"), (4, "P4"), (5, "P5"), (6, "P4"), (7, "T3"), (8, "T1")],
        [
            *_chain("1:T1", "2:P2", "3:P3", "4:P4", "5:P5", "6:P4"),
            ("6:P4", "7:T3", None),
            ("6:P4", "8:T1", None),  # from 6:P4's left side, left and down past step 7
        ],
    ),
    "bps-bengkulu/it__305": Flow(
        "SOP PELAKSANAAN SWAKELOLA TIPE I", (1, 2),
        ["PPK", "Tim Pelaksana", "Tim Pengawas"],
        [(1, "T1"), (2, "P2"), (3, "P2"), (4, "P1"), (5, "P3"), (6, "P2"), (7, "T1")],
        [
            *_chain("1:T1", "2:P2", "3:P2"),
            ("3:P2", "4:P1", None, "offpage"),
            *_chain("4:P1", "5:P3", "6:P2", "7:T1"),
        ],
    ),
    "bps-bengkulu/procurement__275": Flow(
        "SOP KONSOLIDASI OLEH PPK", (1, 2),
        ["PA/KPA", "PPK"],
        [(1, "T1"), (2, "P2"), (3, "P2"), (4, "P2"), (5, "P2"), (6, "P1"), (7, "T1")],
        [
            *_chain("1:T1", "2:P2", "3:P2"),
            ("3:P2", "4:P2", None, "offpage"),
            *_chain("4:P2", "5:P2", "6:P1", "7:T1"),
        ],
    ),
    "bps-bengkulu/general__329": Flow(
        "SOP Penyelenggaraan Kegiatan NADA CERIA (Reminder Kipapp)", (2,),
        ["CA (PJ NADA CERIA)", "Pegawai", "Reseptionist", "CC"],
        [
            (1, "T1"), (2, "P1"), (3, "P1"), (4, "P1"), (6, "P2"), (7, "P1"), (8, "P1"), (9, "P3"),
            (10, "P3"), (11, "P1"), (12, "T4"),
        ],
        [
            # 3:P1 > 4:P1 is drawn as two arrows end to end (the first head sits on the row line)
            *_chain("1:T1", "2:P1", "3:P1", "4:P1", "6:P2", "7:P1", "8:P1", "9:P3", "10:P3", "11:P1",
                    "12:T4"),
        ],
        loose=frozenset({("3:P1", "4:P1")}),
    ),
    "bps-bengkulu/it__037": Flow(
        "SOP PERSIAPAN PENYUSUNAN PUBLIKASI PROVINSI BENGKULU", (2,),
        ["Ketua Tim Metodologi dan Analisis Statistik", "Ketua Project Analisis Lintas Sektor", "Anggota"],
        [(1, "T1 P2"), (2, "P2"), (3, "P2 T3")],
        _chain("1:T1", "1:P2", "2:P2", "3:P2", "3:T3"),
    ),
    "bps-bengkulu/procurement__324": Flow(
        "SOP Penyelenggaraan Kegiatan Pemilihan Employee of The Quarter BPS Provinsi Bengkulu", (2, 3),
        ["CC & CA", "Bagian Umum", "CL", "ASN BPS Provinsi"],
        [
            (1, "T1 P2"), (2, "P1"), (3, "P1"), (4, "P1"), (5, "P1 P3"), (6, "P1"), (7, "P4 O4"),
            (8, "O4 P1"), (9, "P1"), (10, "T1"),
        ],
        [
            *_chain("1:T1", "1:P2", "2:P1", "3:P1", "4:P1", "5:P1", "5:P3", "6:P1", "7:P4"),
            ("7:P4", "8:P1", None, "offpage"),  # pentagons inside rows 7 and 8, under ASN
            *_chain("8:P1", "9:P1", "10:T1"),
        ],
    ),
    # ------------------------------------------------ tables over pages, off-page connectors
    "bps-bengkulu/procurement__257": Flow(
        "SOP PEMILIHAN PENYEDIA MELALUI TENDER BARANG JASA LAINNYA DENGAN PASCAKUALIFIKASI", (1, 2, 3),
        ["Pokja Pemilihan", "Peserta"],
        [
            (1, "T1"), (2, "P2"), (3, "P1"), (4, "P1"), (5, "P1"), (6, "P1"), (7, "P1"), (8, "P1"),
            (9, "P1"), (10, "P1 P2"), (11, "P1"), (12, "P2"), (13, "P1"), (14, "T1"),
        ],
        [
            ("1:T1", "2:P2", None),  # its head is drawn inside the box
            ("2:P2", "3:P1", None, "offpage"),
            *_chain("3:P1", "4:P1", "5:P1", "6:P1", "7:P1", "8:P1", "9:P1", "10:P1", "11:P1", "12:P2"),
            ("12:P2", "13:P1", None, "offpage"),
            ("13:P1", "14:T1", None),
        ],
        lines=(("10:P1", "10:P2"),),  # a plain line, no head, between Pokja and Peserta
    ),
    "bps-bengkulu/procurement__285": Flow(
        "SOP SELEKSI JASA KONSULTANSI KONSTRUKSI PERORANGAN", (1, 2, 3),
        ["Pokja Pemilihan", "Peserta"],
        [
            (1, "T1"), (2, "P2"), (3, "P1"), (4, "P1"), (5, "P1"), (6, "P1"), (8, "P1"), (9, "P2"),
            (10, "P2"), (11, "P1"), (12, "P1"), (13, "P1"), (14, "T1"),
        ],
        [
            ("1:T1", "2:P2", None),
            ("2:P2", "3:P1", None, "offpage"),
            *_chain("3:P1", "4:P1", "5:P1", "6:P1", "8:P1", "9:P2", "10:P2", "11:P1"),
            ("11:P1", "12:P1", None, "offpage"),
            *_chain("12:P1", "13:P1", "14:T1"),
        ],
    ),
    "bps-bengkulu/procurement__294": Flow(
        "SOP PEMILIHAN PENYEDIA MELALUI TENDER PEKERJAAN KONSTRUKSI DENGAN PRAKUALIFIKASI", (1, 2, 3),
        ["Pokja Pemilihan", "Peserta"],
        [
            (1, "T1"), (2, "P2"), (3, "P1"), (4, "P2"), (5, "P1"), (6, "P1"), (7, "P1"), (8, "P1"),
            (9, "P1"), (10, "P1"), (11, "P1"), (12, "P2"), (13, "P1"), (14, "P2"), (15, "P1"), (16, "T1"),
        ],
        [
            ("1:T1", "2:P2", None, "offpage"),
            *_chain("2:P2", "3:P1", "4:P2", "5:P1", "6:P1", "7:P1", "8:P1", "9:P1", "10:P1"),
            ("10:P1", "11:P1", None, "offpage"),
            *_chain("11:P1", "12:P2", "13:P1", "14:P2", "15:P1", "16:T1"),
        ],
    ),
    # ------------------------------------------------ the Word-exported Cimahi bundle
    f"{CIMAHI}#1": Flow(
        "Pembuatan Surat Edaran Asistensi RKA SKPD Terpusat", (1, 2), CIMAHI_ROLES,
        [(1, "T1 P1"), (2, "P2 O3"), (3, "O3 P3 X3"), (4, "P2 D2"), (5, "P1"), (6, "P3"), (7, "P4 T4")],
        [
            ("1:T1", "1:P1", None), ("1:P1", "2:P2", None),
            ("2:P2", "3:P3", None, "offpage"),  # pentagons inside rows 2 and 3
            ("3:P3", "3:X3", None),  # X3: Word's document shape
            ("3:X3", "4:P2", None), ("4:P2", "4:D2", None),
            ("4:D2", "3:P3", "Tidak"),  # left across Kaban, up, right into 3:P3's left side
            ("4:D2", "5:P1", "Ya"),
            *_chain("5:P1", "6:P3", "7:P4", "7:T4"),
        ],
    ),
    f"{CIMAHI}#2": Flow(
        "Pelaksanaan Asistensi RKA Terpusat", (3, 4), CIMAHI_ROLES,
        [(1, "T1 P1"), (2, "P2"), (3, "P3 O3"), (4, "O4 P4 X4"), (5, "P3"), (6, "P2 T2")],
        [
            *_chain("1:T1", "1:P1", "2:P2", "3:P3"),
            ("3:P3", "4:P4", None, "offpage"),  # pentagon under Kasubid, its twin under Staf
            *_chain("4:P4", "4:X4", "5:P3", "6:P2", "6:T2"),
        ],
    ),
    f"{CIMAHI}#3": Flow(
        "Pelaksanaan penyiapan bahan nota keuangan rancangan APBD dan rancangan perubahan APBD", (5, 6),
        CIMAHI_ROLES,
        [("u", "T1 P1"), (1, "P4"), (2, "P3 O3"), (3, "O3 X3 P2"), (4, "P1 T1")],
        [
            *_chain("u:T1", "u:P1", "1:P4", "2:P3"),
            ("2:P3", "3:X3", None, "offpage"),  # the twin pentagon leads into the document shape
            *_chain("3:X3", "3:P2", "4:P1", "4:T1"),
        ],
    ),
    f"{CIMAHI}#4": Flow(
        "Pelaksanaan penyusunan rancangan APBD dan rancangan Perubahan Anggaran", (7, 8), CIMAHI_ROLES,
        [
            ("u", "T1 P1"), (1, "P4"), (2, "P3 D3 O3"), (3, "O3 P2 D2"), (4, "P1 D1"), (5, "P1 X1"),
            (6, "P2"), (7, "P3 X4 T4"),
        ],
        [
            *_chain("u:T1", "u:P1", "1:P4", "2:P3", "2:D3"),
            ("2:D3", "1:P4", "Tidak"),
            ("2:D3", "3:P2", "Ya", "offpage"),
            ("3:P2", "3:D2", None),
            # left across Kaban, up, right: its head is on the incoming pentagon at the page top,
            # which leads to 3:P2 (the kegiatan says "mengembalikan kepada Kasubid")
            ("3:D2", "3:O3", "Tidak"),
            ("3:D2", "4:P1", "Ya"),
            ("4:P1", "4:D1", None),
            ("4:D1", "3:P2", "Tidak"),  # right to Kasubid, up, left into 3:P2's right side
            ("4:D1", "5:P1", "Ya"),
            *_chain("5:P1", "5:X1", "6:P2", "7:P3", "7:X4", "7:T4"),
        ],
    ),
    f"{CIMAHI}#5": Flow(
        "Penyusunan Standar Satuan Harga (SSH)", (9, 10, 11), CIMAHI_ROLES,
        [
            (1, "T1 P1"), (2, "P3 P4 X3 X4"), (3, "P2 D2 O2"), (4, "O2 P1 D1"), ("4b", "P2 X2"),
            (5, "P3"), (6, "P2 D2"), (7, "P1"), (8, "P2 X2"), (9, "P1 D1 O1"), (10, "O1 P2"),
            (11, "P3 X3"), (12, "P4 T4"),
        ],
        [
            *_chain("1:T1", "1:P1", "2:P3", "2:P4", "2:X4", "2:X3", "3:P2", "3:D2"),
            ("3:D2", "2:P3", "Tidak"),
            ("3:D2", "4:P1", "Ya", "offpage"),
            ("4:P1", "4:D1", None),
            # right and up: its head is on the incoming pentagon at the page top, which leads
            # to 4:P1 (the kegiatan says "dikembalikan kepada Kabid")
            ("4:D1", "4:O2", "Tidak"),
            ("4:D1", "4b:P2", "Ya"),
            *_chain("4b:P2", "4b:X2", "5:P3", "6:P2", "6:D2"),
            ("6:D2", "5:P3", "Tidak"),
            ("6:D2", "7:P1", "Ya"),
            *_chain("7:P1", "8:P2", "8:X2", "9:P1", "9:D1"),
            ("9:D1", "8:P2", "Tidak"),
            ("9:D1", "10:P2", "Ya", "offpage"),
            *_chain("10:P2", "11:P3", "11:X3", "12:P4", "12:T4"),
        ],
    ),
}

# procedure key -> {rule: {ref: what the reviewer sees}}; {} = the flow is clean
FLOW_DEFECTS: dict[str, dict[str, dict[str, str]]] = {
    "bps-bengkulu/it__072": {
        "decision-branches": {"3:D2": "both branches are labelled Tidak (to 3:P3 and to 4:D1); no Ya"},
    },
    "bps-bengkulu/it__118": {},
    "bps-bengkulu/it__341": {
        "decision-branches": {
            "3:D2": "no branch carries a label",
            "4:D2": "no branch carries a label",
            "4:D1": "no branch carries a label",
        },
        "implicit-split": {"3:P3": "the trunk line runs on from 3:P3's bottom to 4:P3 besides the arrow into 3:D2"},
    },
    "bps-bengkulu/administrative__030": {},
    "bps-bengkulu/statistics__155": {},
    "bps-bengkulu/statistics__093": {
        "implicit-split": {"1:P2": "two arrows leave 1:P2 (to 1:P3 and down to 2:P2); they meet again at 2:P3"},
    },
    "bps-bengkulu/statistics__128": {
        "flow-into-start": {"2:D2>1:T3": "the T branch returns into the start capsule"},
        "terminator-mid-flow": {"1:T3": "the start capsule has an incoming (T) and an outgoing arrow"},
        "unused-pelaksana": {"1": "Kepala BPS Provinsi: no symbol in any step"},
    },
    "bps-bengkulu/statistics__084": {
        "flow-dead-end": {
            "1:P4": "entered from the capsule, leads nowhere",
            "2:P2": "entered from 2:P3, leads nowhere",
            "3:P2": "entered from the Y fork, leads nowhere",
            "4:P5": "entered from the Y fork, leads nowhere",
        },
        "implicit-split": {
            "1:T1": "the start capsule has two outgoing arrows (1:P2, 1:P4)",
            "2:P3": "two outgoing arrows (2:P2, 3:D3)",
        },
    },
    "bps-bengkulu/it__053": {
        "decision-branches": {"5:D3": "the loop back to 4:P3 has no label (the other branch says Berhasil)"},
    },
    "bps-bengkulu/statistics__051": {
        "flow-into-start": {"2:P1>1:T1": "the Reject path ends by going up into the capsule of step 1"},
        "flow-dead-end": {"1:T1": "the first capsule has no outgoing arrow"},
        "flow-unreachable": {"1:P2": "nothing enters step 1's box, where the flow actually begins"},
        "flow-order": {"2:P1>1:T1": "goes back to step 1 from a box, not from a decision"},
        "decision-branches": {"2:D3": "labelled Approve / Reject, not Ya / Tidak (wording only)"},
        "implicit-split": {"2:P2": "two outgoing arrows (2:P1, 3:P3)"},
    },
    "bps-bengkulu/it__012": {
        "flow-into-start": {"2:D1>1:T1": "the Tidak branch of step 2 returns into the start capsule"},
        "terminator-mid-flow": {"1:T1": "the start capsule has an incoming (Tidak) and an outgoing arrow"},
        "flow-dead-end": {
            "7:P1": "joined only by a dashed line without head",
            "7:P2": "joined only by a dashed line without head",
            "7:P3": "joined only by a dashed line without head",
        },
        "flow-unreachable": {
            "7:P1": "joined only by a dashed line without head",
            "7:P2": "joined only by a dashed line without head",
            "7:P3": "joined only by a dashed line without head",
        },
        "flow-order": {"7:P4>9:P3": "skips step 8 from a box (the same trunk also feeds 8:P1)"},
        "implicit-split": {"7:P4": "one trunk forks into 8:P1 and 9:P3"},
    },
    "bps-bengkulu/archives__076": {
        "flow-into-start": {"1:P3>1:T1": "the two-headed arrow also points into the start capsule"},
        "terminator-mid-flow": {
            "1:T1": "the start capsule is also entered (two-headed arrow from 1:P3)",
            "2:T1": "a capsule in the middle row, entered and left",
            "3:T1": "the last capsule has outgoing arrows (3:P2, 3:P3)",
        },
        "flow-dead-end": {
            "1:P2": "entered from the capsule, leads nowhere",
            "2:P2": "entered from the capsule, leads nowhere",
            "3:P2": "entered from the capsule, leads nowhere",
        },
        "implicit-split": {
            "1:T1": "three outgoing arrows", "2:T1": "three outgoing arrows", "3:T1": "two outgoing arrows",
            "3:P3": "two outgoing arrows (back to 3:T1 and to 3:P4, both two-headed)",
        },
        "two-headed-arrow": {
            "1:T1>1:P3": "heads at both ends", "2:T1>2:P3": "heads at both ends",
            "3:T1>3:P3": "heads at both ends", "3:P3>3:P4": "heads at both ends",
        },
    },
    "bps-bengkulu/it__332": {
        "implicit-split": {"2:P1": "one line forks into 3:P2 and 3:P3 (parallel work, no diamond)"},
    },
    "bps-bengkulu/general__064": {
        "terminator-placement": {"5:P1>None": "the end capsule is drawn below the table, in no step row"},
    },
    "bps-bengkulu/administrative__020": {
        "terminator-mid-flow": {"7:T3": "a capsule in step 7 of 8, neither first nor last"},
        "flow-dead-end": {"7:T3": "ends the flow one step before the last capsule"},
        "flow-order": {"6:P4>8:T1": "skips step 7 from a box"},
        "implicit-split": {"6:P4": "two outgoing arrows into two end capsules (7:T3, 8:T1)"},
    },
    "bps-bengkulu/it__305": {},
    "bps-bengkulu/procurement__275": {},
    "bps-bengkulu/general__329": {},
    "bps-bengkulu/it__037": {},
    "bps-bengkulu/procurement__324": {},
    "bps-bengkulu/procurement__257": {
        "flow-dead-end": {"10:P2": "joined to 10:P1 only by a line without head"},
        "flow-unreachable": {"10:P2": "joined to 10:P1 only by a line without head"},
    },
    "bps-bengkulu/procurement__285": {},
    "bps-bengkulu/procurement__294": {},
    f"{CIMAHI}#1": {},
    f"{CIMAHI}#2": {},
    f"{CIMAHI}#3": {},
    f"{CIMAHI}#4": {
        "branch-into-connector": {
            "3:D2>3:O3": "the Tidak branch ends on the incoming off-page connector, i.e. back into 3:P2 "
                         "(Kabid), not to the Kasubid the kegiatan names",
        },
    },
    f"{CIMAHI}#5": {
        "branch-into-connector": {
            "4:D1>4:O2": "the Tidak branch ends on the incoming off-page connector, i.e. back into 4:P1 "
                         "(Kaban), not to the Kabid the kegiatan names",
        },
    },
}

RULES = {
    "flow-dead-end", "flow-unreachable", "terminator-mid-flow", "flow-into-start", "decision-branches",
    "branch-label-on-process", "flow-order", "unused-pelaksana", "terminator-placement", "implicit-split",
    "two-headed-arrow", "branch-into-connector",
}


def edges(key: str) -> list[Edge]:
    """The arrows of procedure ``key`` as :class:`Edge` (3-tuples get ``via=None``)."""
    return [Edge(*e) for e in FLOWS[key].edges]


def symbols(key: str) -> list[str]:
    """Every symbol of procedure ``key`` as a ref ``"<step>:<shape><role>"``, in row order."""
    return [f"{step}:{mark}" for step, code in FLOWS[key].rows for mark in code.split()]


def position(key: str, ref: str) -> int:
    """1-based position (row index) of the row a ref ``"<step>:<symbol>"`` names.

    Raises ``KeyError`` for a step key that is not in the procedure's rows."""
    steps = [str(step) for step, _ in FLOWS[key].rows]
    step = ref.split(":")[0]
    if step not in steps:
        raise KeyError(f"{key}: no row {step!r} for {ref!r}")
    return steps.index(step) + 1


def flow(key: str) -> list[dict]:
    """The procedure's arrows in the contract's shape (``../shared/CONTRACT.md``, "The flowchart
    as a graph"): ``[{"from": position, "to": position | None, "label": str | None}]``. An edge
    into an off-page connector (:data:`Flow` docstring) keeps the connector's row as ``to``."""
    return [
        {"from": position(key, e.source), "to": position(key, e.target) if e.target else None, "label": e.label}
        for e in edges(key)
    ]


def real_path(key: str) -> Path:
    """The real file a procedure key names, under ``../shared/real`` (may not exist)."""
    folder, name = key.split("#")[0].split("/")
    found = sorted((REAL / folder).glob(f"{name}.*")) if (REAL / folder).is_dir() else []
    return found[0] if found else REAL / folder / name


LABELLED = sorted(FLOWS)
