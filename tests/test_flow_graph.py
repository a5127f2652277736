"""The layout stage reads the strokes a reader hands over as a graph between symbols
(``sopcheck/layout/flow.py``), whatever the format: tables built here by hand, in points."""

from __future__ import annotations

from sopcheck.blocks import Blocks, Cell, Stroke, Symbol, Table
from sopcheck.layout import build_document

ROLES = ["Kepala Dinas", "Sekretaris", "Staf"]
ROW_H = 60.0
TOP = 40.0  # the header row
LANE_X = [200.0, 300.0, 400.0, 500.0]  # role column edges


def table(rows: list[list[tuple[str, int]]], strokes: list[Stroke], index: int = 1, page: int | None = 1,
          first_number: int = 1) -> Table:
    """A flowchart table: a header row, then one row per entry of ``rows`` (the symbols drawn
    in it as ``(kind, role index)``), boxes 40 x 20 centred in their lane."""
    n = len(rows) + 1
    xs = [0.0, 40.0, *LANE_X, 600.0, 650.0, 700.0]
    ys = [0.0, TOP] + [TOP + ROW_H * (i + 1) for i in range(len(rows))]
    header = ["No", "Kegiatan", *ROLES, "Kelengkapan", "Waktu", "Output"]
    cells = [Cell(row=0, col=c, text=h) for c, h in enumerate(header)]
    for r, drawn in enumerate(rows, 1):
        cells += [Cell(row=r, col=0, text=str(first_number + r - 1)), Cell(row=r, col=1, text=f"Menyusun bagian {r}"),
                  Cell(row=r, col=5, text="Data"), Cell(row=r, col=6, text="1 jam"), Cell(row=r, col=7, text="Hasil")]
        role_cells = {c: Cell(row=r, col=2 + c) for c in range(3)}
        for kind, role in drawn:
            cx, cy = box_centre(r, role, len(role_cells[role].symbols))
            role_cells[role].symbols.append(Symbol(kind, "pdf-vector", col=2 + role,
                                                   box=(cx - 20, cy - 10, cx + 20, cy + 10)))
        cells += role_cells.values()
    return Table(index=index, n_rows=n, n_cols=len(xs) - 1, cells=cells, row_pages=[page] * n, xs=xs, ys=ys,
                 strokes=strokes)


def box_centre(row: int, role: int, k: int = 0) -> tuple[float, float]:
    """Centre of the ``k``-th symbol drawn in ``role``'s lane in data row ``row`` (1-based)."""
    return (LANE_X[role] + LANE_X[role + 1]) / 2, TOP + ROW_H * (row - 1) + 20 + 25 * k


def down(r1: int, c1: int, r2: int, c2: int, gap: float = 0.0, label: str = "", k1: int = 0, k2: int = 0) -> Stroke:
    """An arrow from the bottom of (r1, c1)'s symbol to the top of (r2, c2)'s, ``gap`` points
    short at both ends (``k1``/``k2``: which symbol of a lane drawing several)."""
    x1, y1 = box_centre(r1, c1, k1)
    x2, y2 = box_centre(r2, c2, k2)
    pts = [(x1, y1 + 10 + gap)]
    if x1 != x2:
        mid = (y1 + y2) / 2
        pts += [(x1, mid), (x2, mid)]
    pts.append((x2, y2 - 10 - gap))
    return Stroke(points=pts, head_end=True, label=label)


def flow(blocks_tables: list[Table]) -> list[tuple]:
    doc = build_document(Blocks(source="t.pdf", format="pdf", items=blocks_tables))
    return [(a.from_, a.to, a.label) for a in doc.procedures[0].flow]


def test_arrows_join_the_symbols_at_their_ends():
    rows = [[("terminator", 0)], [("process", 1)], [("decision", 2)], [("terminator", 0)]]
    strokes = [down(1, 0, 2, 1), down(2, 1, 3, 2, gap=5.0), down(3, 2, 4, 0, label="Ya")]
    # "Tidak": from the diamond's left corner, left, up into the box's side
    x, y = box_centre(3, 2)
    bx, by = box_centre(2, 1)
    strokes.append(Stroke(points=[(x - 20, y), (x - 30, y), (x - 30, by), (bx + 20, by)], head_end=True,
                          label="Tidak"))
    assert flow([table(rows, strokes)]) == [(1, 2, None), (2, 3, None), (3, 2, "Tidak"), (3, 4, "Ya")]


def test_a_line_without_heads_is_no_arrow_and_a_two_headed_one_is_two():
    rows = [[("terminator", 0), ("process", 1)], [("process", 1), ("process", 2)]]
    (x1, y1), (x2, y2) = box_centre(2, 1), box_centre(2, 2)
    plain = Stroke(points=[(x1 + 20, y1), (x2 - 20, y2)])
    both = Stroke(points=[(x1 + 20, y1), (x2 - 20, y2)], head_start=True, head_end=True)
    (ax, ay), (bx, by) = box_centre(1, 0), box_centre(1, 1)
    start = Stroke(points=[(ax + 20, ay), (bx - 20, by)], head_end=True)
    assert flow([table(rows, [start, down(1, 1, 2, 1), plain])]) == [(1, 1, None), (1, 2, None)]
    assert sorted(flow([table(rows, [start, down(1, 1, 2, 1), both])])) == [(1, 1, None), (1, 2, None),
                                                                          (2, 2, None), (2, 2, None)]


def test_a_trunk_that_forks_gives_one_arrow_per_head_and_pieces_end_to_end_are_one():
    rows = [[("process", 1)], [("process", 0), ("process", 2)]]
    x, y = box_centre(1, 1)
    (lx, ly), (rx, ry) = box_centre(2, 0), box_centre(2, 2)
    mid = y + 30
    trunk = Stroke(points=[(x, y + 10), (x, mid)], label="Y")  # no head: it forks below
    left = Stroke(points=[(x, mid), (lx, mid), (lx, ly - 10)], head_end=True)
    right = Stroke(points=[(x, mid), (rx, mid), (rx, ry - 10)], head_end=True)
    # one source: the label printed on the trunk is the answer both branches carry
    assert flow([table(rows, [trunk, left, right])]) == [(1, 2, "Y"), (1, 2, "Y")]
    doc = build_document(Blocks(source="t.pdf", format="pdf", items=[table(rows, [trunk, left, right])]))
    assert [(a.target, doc.procedures[0].steps[1].symbols[a.target].column) for a in doc.procedures[0].flow] == [
        (0, "Kepala Dinas"), (1, "Staf")]


def test_an_arrow_leaving_a_page_continues_at_the_top_of_the_next():
    x1, y1 = box_centre(2, 1)
    first = table([[("terminator", 0)], [("process", 1)]],
                  [down(1, 0, 2, 1), Stroke(points=[(x1, y1 + 10), (x1, TOP + 2 * ROW_H + 15)], head_end=True)],
                  index=1, page=1)
    x, y = box_centre(1, 2)
    second = table([[("process", 2)], [("terminator", 2)]],
                   [Stroke(points=[(x, TOP - 15), (x, y - 10)], head_end=True), down(1, 2, 2, 2)],
                   index=2, page=2, first_number=3)
    assert flow([first, second]) == [(1, 2, None), (2, 3, None), (3, 4, None)]


def test_an_off_page_connector_pair_is_passed_through():
    x, y = box_centre(2, 1)
    first = table([[("terminator", 1)], [("process", 1), ("offpage", 1)]],
                  [down(1, 1, 2, 1), Stroke(points=[(x, y + 10), (x, y + 15)], head_end=True)], index=1, page=1)
    (px, py), (bx, by) = box_centre(1, 1, 0), box_centre(1, 1, 1)
    second = table([[("offpage", 1), ("process", 1)], [("terminator", 1)]],
                   [Stroke(points=[(px, py + 10), (bx, by - 10)], head_end=True), down(1, 1, 2, 1, k1=1)],
                   index=2, page=2, first_number=3)
    assert flow([first, second]) == [(1, 2, None), (2, 3, None), (3, 4, None)]


def test_glued_ends_win_over_geometry():
    rows = [[("process", 0)], [("process", 1)], [("process", 2)]]
    t = table(rows, [])
    syms = [s for c in t.cells for s in c.symbols]
    far = Stroke(points=[(10.0, 10.0), (20.0, 20.0)], head_end=True, glued=(syms[0], syms[2]))
    t.strokes = [far]
    assert flow([t]) == [(1, 3, None)]
