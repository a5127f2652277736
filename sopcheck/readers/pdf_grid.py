"""Table grids from a PDF page's ruling.

Units are PDF points with the origin at the page's top-left corner, as pdfplumber reports
``x0``/``x1``/``top``/``bottom``. Nothing here parses PDF: callers hand in the page's
``rects``/``lines``/``curves`` (read once per page) and get :class:`Grid` values back.

How a grid is found:

1. **Segments.** Thin filled rectangles (the usual way Word/Excel exports draw borders),
   thin closed paths, axis-aligned lines and the edges of stroked boxes that tile with other
   ruling (cells drawn one rectangle each) become horizontal/vertical segments. Coordinates
   closer than :data:`SNAP` are snapped together; collinear pieces with gaps below
   :data:`TOL` are merged.
2. **Pruning.** A ruling segment ends on another ruling (corner, T or cross junction); an
   arrow shaft ends on a symbol or arrowhead. Segments with an end that touches no
   perpendicular segment are dropped, repeatedly, so arrows and connector lines never make
   grid lines.
3. **Tables.** Connected sets of the remaining segments are tables. Every distinct x of
   a vertical segment is a column line, every y of a horizontal one a row line; two
   neighbouring grid positions belong to the same (merged) cell when no ruling segment
   separates them.
4. **Splitting.** One ruled block that holds two tables stacked without a gap (identitas
   directly above the flowchart on a one-page SOP) is split at a fully ruled row line
   where the column structure above and below has little in common (Jaccard < 0.34 of
   the inner column lines crossing the rows on either side, at least four below).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Iterable, Optional

SNAP = 1.6
"""Coordinates of ruling closer than this (points) are the same grid line."""
TOL = 3.0
"""Gap (points) still counted as touching: segment ends meeting a perpendicular ruling,
collinear pieces being merged."""
THIN = 2.6
"""A filled rectangle or closed path thinner than this (points) is a ruling line."""
COVER = 0.6
"""Fraction of a grid edge that ruling must cover to separate two grid positions."""


@dataclass
class Seg:
    """An axis-aligned segment: horizontal (``pos`` = y, from ``a0`` to ``a1`` in x) or
    vertical (``pos`` = x, from ``a0`` to ``a1`` in y)."""

    pos: float
    a0: float
    a1: float


@dataclass
class GridCell:
    """A (possibly merged) cell of a :class:`Grid`: grid position, spans and its box in
    page points."""

    row: int
    col: int
    row_span: int
    col_span: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Grid:
    """A table found on a page: column lines ``xs`` and row lines ``ys`` (points, ascending),
    the cells, and ``owner[r][c]`` = index into ``cells`` of the cell covering each position."""

    xs: list[float]
    ys: list[float]
    cells: list[GridCell] = field(default_factory=list)
    owner: list[list[int]] = field(default_factory=list)

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])

    def contains(self, x: float, y: float, slack: float = 0.0) -> bool:
        """Whether point (``x``, ``y``) lies within the table's outer box."""
        return (
            self.xs[0] - slack <= x <= self.xs[-1] + slack
            and self.ys[0] - slack <= y <= self.ys[-1] + slack
        )

    def column_at(self, x: float) -> int:
        """The 0-based grid column whose x-range holds ``x`` (points), clamped to the grid."""
        return min(max(bisect_right(self.xs, x) - 1, 0), self.n_cols - 1)

    def cell_at(self, x: float, y: float) -> Optional[int]:
        """Index of the cell containing point (``x``, ``y``), or ``None`` outside the grid."""
        if not self.contains(x, y):
            return None
        r = min(max(bisect_right(self.ys, y) - 1, 0), self.n_rows - 1)
        return self.owner[r][self.column_at(x)]


# ---------------------------------------------------------------------------------------
# segments


def _cluster(values: Iterable[float], tol: float = SNAP) -> list[float]:
    """Representatives (means) of groups of ``values`` whose neighbours are within ``tol``."""
    vals = sorted(values)
    out: list[float] = []
    group: list[float] = []
    for v in vals:
        if group and v - group[-1] > tol:
            out.append(sum(group) / len(group))
            group = []
        group.append(v)
    if group:
        out.append(sum(group) / len(group))
    return out


def _snap(v: float, reps: list[float]) -> float:
    i = bisect_left(reps, v)
    best = None
    for j in (i - 1, i):
        if 0 <= j < len(reps) and (best is None or abs(reps[j] - v) < abs(best - v)):
            best = reps[j]
    return best if best is not None else v


def merge_segments(segs: list[Seg]) -> list[Seg]:
    """Snap near-equal positions together and merge collinear pieces that touch or
    overlap (gaps up to :data:`TOL`). Returns segments sorted by ``pos`` then ``a0``."""
    if not segs:
        return []
    reps = _cluster(s.pos for s in segs)
    by_pos: dict[float, list[tuple[float, float]]] = {}
    for s in segs:
        by_pos.setdefault(_snap(s.pos, reps), []).append((min(s.a0, s.a1), max(s.a0, s.a1)))
    out: list[Seg] = []
    for pos in sorted(by_pos):
        spans = sorted(by_pos[pos])
        cur0, cur1 = spans[0]
        for a0, a1 in spans[1:]:
            if a0 <= cur1 + TOL:
                cur1 = max(cur1, a1)
            else:
                out.append(Seg(pos, cur0, cur1))
                cur0, cur1 = a0, a1
        out.append(Seg(pos, cur0, cur1))
    return out


def segments_from_objects(
    rects: list[dict], lines: list[dict], curves: list[dict]
) -> tuple[list[Seg], list[Seg]]:
    """Horizontal and vertical ruling candidates from thin rectangles, thin closed paths and
    axis-aligned lines (stroked boxes are handled by :func:`tiled_box_edges`)."""
    h: list[Seg] = []
    v: list[Seg] = []

    def add_box(x0: float, top: float, x1: float, bottom: float) -> None:
        w, ht = x1 - x0, bottom - top
        if w >= ht:
            h.append(Seg((top + bottom) / 2, x0, x1))
        else:
            v.append(Seg((x0 + x1) / 2, top, bottom))

    for r in rects:
        if min(r["width"], r["height"]) <= THIN and max(r["width"], r["height"]) > THIN:
            add_box(r["x0"], r["top"], r["x1"], r["bottom"])
    for c in curves:
        w, ht = c["width"], c["height"]
        if min(w, ht) <= THIN and max(w, ht) > 3 * THIN:
            add_box(c["x0"], c["top"], c["x1"], c["bottom"])
    for ln in lines:
        w, ht = ln["width"], ln["height"]
        if ht <= THIN and w > THIN:
            h.append(Seg((ln["top"] + ln["bottom"]) / 2, ln["x0"], ln["x1"]))
        elif w <= THIN and ht > THIN:
            v.append(Seg((ln["x0"] + ln["x1"]) / 2, ln["top"], ln["bottom"]))
    return h, v


def box_edges(box: tuple[float, float, float, float]) -> tuple[list[Seg], list[Seg]]:
    x0, top, x1, bottom = box
    return [Seg(top, x0, x1), Seg(bottom, x0, x1)], [Seg(x0, top, bottom), Seg(x1, top, bottom)]


class _Index:
    """Segments of one orientation sorted by position, for range look-ups."""

    def __init__(self, segs: list[Seg]):
        self.segs = sorted(segs, key=lambda s: s.pos)
        self.keys = [s.pos for s in self.segs]

    def near(self, pos: float, tol: float = TOL) -> list[Seg]:
        i = bisect_left(self.keys, pos - tol)
        j = bisect_right(self.keys, pos + tol)
        return self.segs[i:j]


def _shared(edge: Seg, index: _Index, tol: float = 1.5) -> bool:
    """Whether ``edge`` lies along segments of ``index`` for at least half its length."""
    length = edge.a1 - edge.a0
    if length <= 0:
        return False
    covered = 0.0
    for s in index.near(edge.pos, tol):
        covered += max(0.0, min(edge.a1, s.a1) - max(edge.a0, s.a0))
    return covered >= 0.5 * length


def tiled_box_edges(
    boxes: list[tuple[float, float, float, float]], h: list[Seg], v: list[Seg]
) -> list[bool]:
    """For each stroked box (x0, top, x1, bottom), whether it is a table cell: at least two
    of its edges, one of them vertical, run along other ruling or along edges of *other*
    boxes (cells drawn one rectangle each tile the table; a flowchart box floats inside its
    cell). A box whose top and bottom only meet ruling is a symbol filling the height of a row
    cut by the page edge, not a cell."""
    out = []
    for i, box in enumerate(boxes):
        others_h = list(h)
        others_v = list(v)
        for j, other in enumerate(boxes):
            if j == i or _same_box(box, other):
                continue
            # only neighbours can share an edge
            if other[0] > box[2] + 2 or other[2] < box[0] - 2 or other[1] > box[3] + 2 or other[3] < box[1] - 2:
                continue
            eh, ev = box_edges(other)
            others_h.extend(eh)
            others_v.extend(ev)
        ih, iv = _Index(others_h), _Index(others_v)
        eh, ev = box_edges(box)
        across = sum(_shared(e, iv) for e in ev)
        out.append(across >= 1 and sum(_shared(e, ih) for e in eh) + across >= 2)
    return out


def _same_box(a: tuple[float, ...], b: tuple[float, ...], tol: float = 1.0) -> bool:
    return all(abs(p - q) <= tol for p, q in zip(a, b))


def prune(h: list[Seg], v: list[Seg]) -> tuple[list[Seg], list[Seg]]:
    """Drop arrow shafts and connector lines, repeatedly, until nothing changes.

    A segment stays when both its ends meet a perpendicular segment (corner, T or cross
    junction), or when one end does and it crosses at least three perpendicular segments
    (a border whose closing line is missing, e.g. a table cut at the page bottom). Arrows
    end on symbols and arrowheads, so they go, and elbow pieces go with them."""
    while True:
        ih, iv = _Index(h), _Index(v)

        def supported(s: Seg, end: float, perp: _Index) -> bool:
            for p in perp.near(end):
                if p.a0 - TOL <= s.pos <= p.a1 + TOL:
                    return True
            return False

        def crossings(s: Seg, perp: _Index) -> int:
            lo = bisect_left(perp.keys, s.a0 - TOL)
            hi = bisect_right(perp.keys, s.a1 + TOL)
            return sum(1 for p in perp.segs[lo:hi] if p.a0 - TOL <= s.pos <= p.a1 + TOL)

        def keep(s: Seg, perp: _Index) -> bool:
            a, b = supported(s, s.a0, perp), supported(s, s.a1, perp)
            if a and b:
                return True
            return (a or b) and crossings(s, perp) >= 3

        nh = [s for s in h if keep(s, iv)]
        nv = [s for s in v if keep(s, ih)]
        if len(nh) == len(h) and len(nv) == len(v):
            return nh, nv
        h, v = nh, nv


def components(h: list[Seg], v: list[Seg]) -> list[tuple[list[Seg], list[Seg]]]:
    """Connected sets of touching segments, each as (horizontal, vertical) lists."""
    n = len(h) + len(v)
    parent = list(range(n))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    order = sorted(range(len(h)), key=lambda i: h[i].pos)
    keys = [h[i].pos for i in order]
    for j, s in enumerate(v):
        lo = bisect_left(keys, s.a0 - TOL)
        hi = bisect_right(keys, s.a1 + TOL)
        for k in range(lo, hi):
            i = order[k]
            if h[i].a0 - TOL <= s.pos <= h[i].a1 + TOL:
                ra, rb = find(i), find(len(h) + j)
                if ra != rb:
                    parent[ra] = rb
    groups: dict[int, tuple[list[Seg], list[Seg]]] = {}
    for i, s in enumerate(h):
        groups.setdefault(find(i), ([], []))[0].append(s)
    for j, s in enumerate(v):
        groups.setdefault(find(len(h) + j), ([], []))[1].append(s)
    return [g for g in groups.values() if g[0] and g[1]]


# ---------------------------------------------------------------------------------------
# grids


def _coverage(index: dict[float, list[Seg]], pos: float, a: float, b: float) -> float:
    segs = index.get(pos)
    if not segs or b <= a:
        return 0.0
    got = 0.0
    for s in segs:
        got += max(0.0, min(b, s.a1 + TOL / 2) - max(a, s.a0 - TOL / 2))
    return got / (b - a)


def _build(xs: list[float], ys: list[float], hidx: dict, vidx: dict) -> Grid:
    R, C = len(ys) - 1, len(xs) - 1
    # sep_v[r][c]: ruling on column line c (0..C) across row r
    sep_v = [[_coverage(vidx, xs[c], ys[r], ys[r + 1]) >= COVER for c in range(C + 1)] for r in range(R)]
    sep_h = [[_coverage(hidx, ys[r], xs[c], xs[c + 1]) >= COVER for c in range(C)] for r in range(R + 1)]
    parent = list(range(R * C))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for r in range(R):
        for c in range(C):
            if c + 1 < C and not sep_v[r][c + 1]:
                union(r * C + c, r * C + c + 1)
            if r + 1 < R and not sep_h[r + 1][c]:
                union(r * C + c, (r + 1) * C + c)
    regions: dict[int, list[int]] = {}
    for r in range(R):
        for c in range(C):
            root = find(r * C + c)
            box = regions.get(root)
            if box is None:
                regions[root] = [r, c, r, c]
            else:
                box[0] = min(box[0], r)
                box[1] = min(box[1], c)
                box[2] = max(box[2], r)
                box[3] = max(box[3], c)
    grid = Grid(xs=xs, ys=ys)
    grid.owner = [[-1] * C for _ in range(R)]
    for r0, c0, r1, c1 in sorted(regions.values()):
        if grid.owner[r0][c0] != -1:
            continue  # a non-rectangular region already covered by an earlier cell
        idx = len(grid.cells)
        grid.cells.append(
            GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1])
        )
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if grid.owner[r][c] == -1:
                    grid.owner[r][c] = idx
    return grid


def _split_rows(xs: list[float], ys: list[float], hidx: dict, vidx: dict) -> list[tuple[int, int]]:
    """Row-line index ranges (start, end) of the stacked tables in one ruled block."""
    R, C = len(ys) - 1, len(xs) - 1
    if R < 2 or C < 2:
        return [(0, R)]

    def interior(r: int) -> set[int]:
        return {c for c in range(1, C) if _coverage(vidx, xs[c], ys[r], ys[r + 1]) >= COVER}

    cuts = [0]
    for r in range(1, R):
        if not all(_coverage(hidx, ys[r], xs[c], xs[c + 1]) >= COVER for c in range(C)):
            continue
        above, below = interior(r - 1), interior(r)
        # a flowchart header (No | Kegiatan | Pelaksana | Mutu Baku | Keterangan) has at
        # least four inner column lines, few of them shared with the identitas above
        if not above or len(below) < 4:
            continue
        if len(above & below) / len(above | below) < 0.34:
            cuts.append(r)
    cuts.append(R)
    return [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]


OPEN_EDGE = 3.0
"""How far (points) the column lines must run past a table's last (first) horizontal rule for
the row there to count as a row left open: cut by the page edge, or a last row drawn without
its bottom border."""


def _close_open_edges(ch: list[Seg], cv: list[Seg]) -> list[Seg]:
    """Horizontal rules closing a table whose outer column lines (and at least one more) run on
    past its last (or first) horizontal rule to one common end: the row there is left open by
    the page edge or a missing border, and is a row all the same."""
    xs = sorted({s.pos for s in cv})
    ys = sorted({s.pos for s in ch})
    if len(xs) < 3 or len(ys) < 2:
        return []
    added: list[Seg] = []
    for end, beyond in ((max, lambda e: e > ys[-1] + OPEN_EDGE), (min, lambda e: e < ys[0] - OPEN_EDGE)):
        ends = [end(s.a0, s.a1) for s in cv if beyond(end(s.a0, s.a1))]
        if len(ends) < 3:
            continue
        edge = sorted(ends)[len(ends) // 2]
        at = {s.pos for s in cv if beyond(end(s.a0, s.a1)) and abs(end(s.a0, s.a1) - edge) <= 2 * TOL}
        if xs[0] in at and xs[-1] in at and len(at) >= 3:
            added.append(Seg(edge, xs[0], xs[-1]))
    return added


def grids_from_segments(h: list[Seg], v: list[Seg]) -> list[Grid]:
    """Tables (:class:`Grid`) from pruned ruling segments, top to bottom. A row the column
    lines run on into with no horizontal rule after it (cut by the page edge, or drawn without
    its bottom border) is closed where they end."""
    grids: list[Grid] = []
    for ch, cv in components(h, v):
        ch = ch + _close_open_edges(ch, cv)
        xs = sorted({s.pos for s in cv})
        ys = sorted({s.pos for s in ch})
        if len(xs) < 2 or len(ys) < 2:
            continue
        hidx: dict[float, list[Seg]] = {}
        vidx: dict[float, list[Seg]] = {}
        for s in ch:
            hidx.setdefault(s.pos, []).append(s)
        for s in cv:
            vidx.setdefault(s.pos, []).append(s)
        for r0, r1 in _split_rows(xs, ys, hidx, vidx):
            sub_ys = ys[r0 : r1 + 1]
            # keep column lines that separate something within this part
            sub_xs = [
                x
                for i, x in enumerate(xs)
                if i in (0, len(xs) - 1)
                or any(
                    _coverage(vidx, x, sub_ys[r], sub_ys[r + 1]) >= COVER
                    for r in range(len(sub_ys) - 1)
                )
            ]
            if len(sub_xs) >= 2 and len(sub_ys) >= 2:
                grids.append(_build(sub_xs, sub_ys, hidx, vidx))
    grids.sort(key=lambda g: (g.ys[0], g.xs[0]))
    return grids
