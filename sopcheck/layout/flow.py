"""The arrows drawn over a procedure's tables, read as a graph between its symbols.

A reader hands over, per table, the strokes drawn over it (:class:`~sopcheck.blocks.Stroke`:
polylines with arrowheads, labels, the page), the box of every symbol it placed in a cell and
the row edges (``Table.ys``); this module knows nothing of how a format drew them, so DOCX,
PDF and raster pages give a flow the same way. Everything here is in points (table
coordinates times ``unit``); a table continued over several pages keeps each page apart.

How strokes become arrows:

1. **Junctions.** Strokes whose ends meet (within :data:`JOIN`), or whose end lies on another
   stroke's body (a T: two arrows merging into one trunk, a trunk forking), are one *net*.
   An end at a symbol (within :data:`AT` of its box) is never a junction: two arrows that
   touch one box meet at the box, not at each other.
2. **Ends.** Every end left over joins the symbol glued to it by the file (a DOCX
   connector's ``a:stCxn``/``a:endCxn``), else the symbol nearest it within :data:`TOL`
   (gaps of 2 to 7 points between an arrow and its symbol are common), else the symbol its
   last segment points at within :data:`AHEAD` (an arrow that stops short), preferring a
   symbol ahead of the end to one behind it. An end with an arrowhead left unjoined meets an
   unjoined tail within :data:`TOL` (two arrows drawn end to end). An end still unjoined
   beyond the first or last step row of its page enters or leaves the table there.
3. **Arrows.** In a net with arrowheads, every end without a head at a symbol (or entering
   the table) is a source and every end with a head a target: one arrow per source and
   target, so a trunk that forks gives one arrow per head and two arrows merging give one
   per tail. A net with heads at every end (a two-headed line) gives one arrow per head. A
   net without any head is a plain line, not an arrow. An arrow's label is the first label
   the reader attached along the strokes from its source to its target.
4. **Connectors.** An off-page connector (or on-page circle) that arrows enter and none
   leave, or an arrow leaving the table at a page's last row, is paired with the next
   connector that arrows leave (or the next arrow entering the table at the top of a later
   page), the same text first; the arrows into the one continue as the arrows out of its twin.
   The connectors themselves are neither source nor target of an arrow of the flow. An arrow
   into an unpaired exit has no target (``to`` is ``None``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from ..blocks import Stroke, Symbol, Table
from ..model import Arrow, Step
from .steps import Drawn

JOIN = 2.5
"""Points: two stroke ends this close are one junction; an end this close to another
stroke's body is a T junction."""
AT = 1.0
"""Points: a stroke end this close to a symbol's box belongs to the symbol, not to a junction."""
TOL = 8.0
"""Points: an arrow end joins a symbol whose box lies within this distance."""
AHEAD = 30.0
"""Points: ... or one its last segment points at, within this distance."""
BEHIND = 4.0
"""Points: a symbol behind an arrow's end (the line runs towards it from beyond the end) joins
that end only this close, and counts this much farther than one ahead."""
EDGE = 12.0
"""Points: an unjoined end above the first step row of its page, or less than this below its
top, enters the table (an off-page connector drawn over the table's edge); likewise at the
bottom of the last step row an arrow leaves it."""
CONNECTORS = ("offpage", "connector")
OTHER = "other"
"""A shape that is none of the SOP AP symbols (Word's document shape between two boxes): the
arrows into it continue as the arrows out of it."""
PASS = CONNECTORS + (OTHER,)

Point = tuple[float, float]
Space = tuple[int, Optional[int]]


@dataclass(eq=False)
class _Node:
    """A symbol of the procedure: step ``pos`` (0-based), index ``idx`` in its ``symbols``."""

    pos: int
    idx: int
    kind: str
    box: Optional[tuple[float, float, float, float]]
    space: Space
    symbol: Optional[Symbol]
    order: tuple = ()


@dataclass(eq=False)
class _End:
    """One end of a stroke: ``outward`` is the unit direction pointing away from the stroke."""

    stroke: int
    point: Point
    outward: Point
    head: bool
    space: Space
    glued: Optional[Symbol]
    joined: bool = False
    node: Optional[_Node] = None
    side: Optional[str] = None  # "entry" / "exit": enters or leaves the table at a page edge


@dataclass(eq=False)
class _Term:
    """A source or target of the node-level graph: a symbol, or a table edge."""

    node: Optional[_Node] = None
    side: Optional[str] = None
    space: Optional[Space] = None
    point: Optional[Point] = None
    order: tuple = ()


@dataclass
class _Edge:
    src: _Term
    dst: Optional[_Term]
    label: Optional[str]
    via: Optional[str] = None


@dataclass
class _Space:
    order: int
    top: Optional[float] = None
    bottom: Optional[float] = None
    nodes: list[_Node] = field(default_factory=list)
    grid: Optional[_Grid] = None

    def near(self, p: Point) -> list[_Node]:
        """The symbols of this space whose box may lie within :data:`REACH` of ``p``, in order."""
        if self.grid is None:
            self.grid = _Grid()
            for i, n in enumerate(self.nodes):
                if n.box is not None:
                    self.grid.add(i, n.box, REACH)
        return [self.nodes[i] for i in self.grid.near(p)]


REACH = max(AT, TOL, AHEAD, BEHIND)
"""Points: no end joins a symbol farther than this."""


class _Grid:
    """Items (indices) filed under the square cells of :data:`CELL` points that their box,
    grown by a margin, covers; a point's cell lists every item whose box lies within that
    margin of it, in index order. Keeps a table of thousands of rows and strokes linear. An
    item covering more than :data:`MAX_CELLS` cells (a line across a whole long table, or
    coordinates out of all proportion) is listed for every point instead."""

    CELL = 64.0
    MAX_CELLS = 256

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        self.everywhere: list[int] = []

    def add(self, item: int, box: tuple[float, float, float, float], margin: float) -> None:
        c = self.CELL
        try:
            i0, i1 = math.floor((box[0] - margin) / c), math.floor((box[2] + margin) / c)
            j0, j1 = math.floor((box[1] - margin) / c), math.floor((box[3] + margin) / c)
        except (OverflowError, ValueError):  # an infinite or NaN coordinate
            self.everywhere.append(item)
            return
        if (i1 - i0 + 1) * (j1 - j0 + 1) > self.MAX_CELLS:
            self.everywhere.append(item)
            return
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                self.cells[(i, j)].append(item)

    def near(self, p: Point) -> list[int]:
        try:
            here = self.cells.get((math.floor(p[0] / self.CELL), math.floor(p[1] / self.CELL)), [])
        except (OverflowError, ValueError):
            here = []
        return sorted(set(here).union(self.everywhere)) if self.everywhere else here


def build_flow(steps: list[Step], drawn: list[Drawn], unit: float = 1.0) -> list[Arrow]:
    """The arrows of one procedure from its ``steps``, where each was read (``drawn``,
    parallel to ``steps``) and the strokes of the tables holding them; ``unit``: points per
    unit of the table coordinates. Empty when no table carries strokes."""
    tables: dict[int, Table] = {}
    for d in drawn:
        tables.setdefault(id(d.table), d.table)
    if not any(t.strokes for t in tables.values()):
        return []
    spaces: dict[Space, _Space] = {}
    nodes: list[_Node] = []
    for pos, (step, d) in enumerate(zip(steps, drawn)):
        for r in d.rows:
            sp = spaces.setdefault(_space(d.table, d.table.page_of_row(r)), _Space(len(spaces)))
            if len(d.table.ys) == d.table.n_rows + 1:
                top, bottom = d.table.ys[r] * unit, d.table.ys[r + 1] * unit
                sp.top = top if sp.top is None else min(sp.top, top)
                sp.bottom = bottom if sp.bottom is None else max(sp.bottom, bottom)
        drawn_here = [(sym, row, ss.kind) for (sym, row), ss in zip(d.symbols, step.symbols)]
        drawn_here += [(sym, row, OTHER) for sym, row in d.others]
        for idx, (sym, row, kind) in enumerate(drawn_here):
            key = _space(d.table, d.table.page_of_row(row))
            sp = spaces.setdefault(key, _Space(len(spaces)))
            box = tuple(v * unit for v in sym.box) if sym is not None and sym.box else None
            node = _Node(pos, idx, kind, box, key, sym)  # type: ignore[arg-type]
            node.order = (sp.order, box[1] if box else 0.0, pos, idx)
            nodes.append(node)
            sp.nodes.append(node)
    by_symbol = {id(n.symbol): n for n in nodes if n.symbol is not None}
    strokes: list[tuple[Stroke, list[Point], Space]] = []
    for t in tables.values():
        for s in t.strokes:
            pts = _dedupe([(x * unit, y * unit) for x, y in s.points])
            if len(pts) >= 2:
                key = _space(t, s.page if s.page is not None else (t.row_pages[0] if t.row_pages else None))
                spaces.setdefault(key, _Space(len(spaces)))
                strokes.append((s, pts, key))
    ends = _ends(strokes)
    parent = list(range(len(strokes)))
    adj: dict[int, set[int]] = {i: set() for i in range(len(strokes))}

    def union(a: int, b: int) -> None:
        adj[a].add(b)
        adj[b].add(a)
        ra, rb = _find(parent, a), _find(parent, b)
        if ra != rb:
            parent[ra] = rb

    _junctions(ends, strokes, spaces, union)
    for e in ends:
        if not e.joined:
            e.node = by_symbol.get(id(e.glued)) if e.glued is not None else None
            if e.node is None:
                e.node = _nearest(e, spaces[e.space].near(e.point))
    loose = [e for e in ends if not e.joined and e.node is None]
    tails = [e for e in loose if not e.head]
    tail_grid = _Grid()
    for i, e in enumerate(tails):
        tail_grid.add(i, (*e.point, *e.point), TOL)
    for h in (e for e in loose if e.head):
        near = (tails[i] for i in tail_grid.near(h.point))
        tail = min((e for e in near if not e.joined and e.space == h.space
                    and e.stroke != h.stroke and _dist(e.point, h.point) <= TOL),
                   key=lambda e: _dist(e.point, h.point), default=None)
        if tail is not None and not h.joined:
            h.joined = tail.joined = True
            union(h.stroke, tail.stroke)
    for e in ends:
        if not e.joined and e.node is None:
            sp = spaces[e.space]
            if sp.bottom is not None and e.point[1] >= sp.bottom - EDGE and e.head:
                e.side = "exit"
            elif sp.top is not None and e.point[1] <= sp.top + EDGE and not e.head:
                e.side = "entry"
    edges = _net_edges(ends, strokes, parent, adj, spaces)
    return _arrows(_through_connectors(edges, nodes))


def _space(table: Table, page: Optional[int]) -> Space:
    return (table.index, page)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _dedupe(pts: list[Point]) -> list[Point]:
    out: list[Point] = []
    for p in pts:
        if not out or _dist(p, out[-1]) > 0.05:
            out.append(p)
    return out


def _dist(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _unit(a: Point, b: Point) -> Point:
    """The unit vector from ``b`` to ``a``."""
    d = _dist(a, b) or 1.0
    return ((a[0] - b[0]) / d, (a[1] - b[1]) / d)


def _ends(strokes: list[tuple[Stroke, list[Point], Space]]) -> list[_End]:
    out: list[_End] = []
    for i, (s, pts, space) in enumerate(strokes):
        out.append(_End(i, pts[0], _outward(pts), s.head_start, space, s.glued[0]))
        out.append(_End(i, pts[-1], _outward(pts[::-1]), s.head_end, space, s.glued[1]))
    return out


def _outward(pts: list[Point]) -> Point:
    """The direction pointing out of a polyline at its first point, taken from the first
    point at least :data:`BASE` away (a stub of a point or two says little)."""
    ref = next((p for p in pts[1:] if _dist(p, pts[0]) >= BASE), pts[-1])
    return _unit(pts[0], ref)


BASE = 3.0
"""Points along a stroke over which the direction at its end is taken."""


def _box_dist(p: Point, box: tuple[float, float, float, float]) -> float:
    dx = max(box[0] - p[0], 0.0, p[0] - box[2])
    dy = max(box[1] - p[1], 0.0, p[1] - box[3])
    return math.hypot(dx, dy)


def _seg_dist(p: Point, a: Point, b: Point) -> float:
    vx, vy = b[0] - a[0], b[1] - a[1]
    n = vx * vx + vy * vy
    t = 0.0 if n == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * vx + (p[1] - a[1]) * vy) / n))
    return _dist(p, (a[0] + t * vx, a[1] + t * vy))


def _at_symbol(p: Point, nodes: list[_Node]) -> bool:
    return any(n.box is not None and _box_dist(p, n.box) <= AT for n in nodes)


def _junctions(ends: list[_End], strokes, spaces: dict[Space, _Space], union) -> None:
    """Mark the ends that meet another stroke (end to end, or end on its body) and union their
    strokes (step 1 of the module docstring)."""
    free = [e for e in ends if e.glued is None and not _at_symbol(e.point, spaces[e.space].near(e.point))]
    end_grid = _Grid()
    for i, e in enumerate(free):
        end_grid.add(i, (*e.point, *e.point), JOIN)
    for i, a in enumerate(free):
        for k in end_grid.near(a.point):
            b = free[k]
            if k > i and a.stroke != b.stroke and a.space == b.space and _dist(a.point, b.point) <= JOIN:
                a.joined = b.joined = True
                union(a.stroke, b.stroke)
    body_grid = _Grid()  # every segment of every stroke, as (stroke, segment)
    segments: list[tuple[int, int]] = []
    for j, (_, pts, _space) in enumerate(strokes):
        for k in range(len(pts) - 1):
            (x0, y0), (x1, y1) = pts[k], pts[k + 1]
            body_grid.add(len(segments), (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), JOIN)
            segments.append((j, k))

    def touching(p: Point, space: Space, besides: int) -> list[int]:
        """The strokes of ``space`` other than ``besides`` whose body passes within JOIN of ``p``."""
        out: set[int] = set()
        for m in body_grid.near(p):
            j, k = segments[m]
            pts = strokes[j][1]
            if j != besides and j not in out and strokes[j][2] == space and _seg_dist(p, pts[k], pts[k + 1]) <= JOIN:
                out.add(j)
        return sorted(out)

    for e in free:
        if e.joined:
            continue
        hit = touching(e.point, e.space, e.stroke)
        if hit:
            e.joined = True
            union(e.stroke, hit[0])
    # a corner of one polyline lying on another stroke's body is a junction too
    for i, (_, pts, space) in enumerate(strokes):
        for v in pts[1:-1]:
            for j in touching(v, space, i):
                union(i, j)


def _nearest(e: _End, nodes: list[_Node]) -> Optional[_Node]:
    """The symbol an unjoined end belongs to (step 2 of the module docstring), or ``None``."""
    best, score = None, math.inf
    for n in nodes:
        if n.box is None:
            continue
        d = _box_dist(e.point, n.box)
        cx, cy = (n.box[0] + n.box[2]) / 2, (n.box[1] + n.box[3]) / 2
        ahead = (cx - e.point[0]) * e.outward[0] + (cy - e.point[1]) * e.outward[1] > 0
        if d > TOL and not (ahead and d <= AHEAD and _ray_hits(e.point, e.outward, n.box)):
            continue
        if not ahead and d > BEHIND:
            continue  # the line runs towards it from beyond: not its end
        s = d + (0.0 if ahead or d == 0 else BEHIND)
        if s < score:
            best, score = n, s
    return best


def _ray_hits(p: Point, u: Point, box: tuple[float, float, float, float]) -> bool:
    """Whether the ray from ``p`` along ``u`` passes through ``box``."""
    t0, t1 = 0.0, math.inf
    for a, d, lo, hi in ((p[0], u[0], box[0], box[2]), (p[1], u[1], box[1], box[3])):
        if abs(d) < 1e-9:
            if a < lo or a > hi:
                return False
            continue
        ta, tb = (lo - a) / d, (hi - a) / d
        t0, t1 = max(t0, min(ta, tb)), min(t1, max(ta, tb))
    return t0 <= t1


def _term(e: _End) -> Optional[_Term]:
    if e.node is not None:
        return _Term(node=e.node, space=e.node.space, order=e.node.order)
    if e.side is not None:
        return _Term(side=e.side, space=e.space, point=e.point)
    return None


def _net_edges(ends: list[_End], strokes, parent: list[int], adj: dict[int, set[int]],
               spaces: dict[Space, _Space]) -> list[_Edge]:
    """The arrows of every net (step 3 of the module docstring)."""
    nets: dict[int, list[_End]] = {}
    for e in ends:
        if not e.joined:
            nets.setdefault(_find(parent, e.stroke), []).append(e)
    out: list[_Edge] = []
    for terminals in nets.values():
        heads = [e for e in terminals if e.head]
        if not heads:
            continue  # a plain line
        sources = [e for e in terminals if not e.head and (e.node is not None or e.side == "entry")]
        pairs = [(s, k) for s in sources for k in heads]
        if not sources:  # two-headed: each head is the other's source
            pairs = [(s, k) for s in heads if s.node is not None for k in heads if k is not s]
        net_label = None
        if len(sources) == 1:  # one branch: its label, wherever printed along it
            net_label = next((lab for e in terminals for lab in [_label(e.stroke, e.stroke, adj, strokes)[0]] if lab),
                             None)
            net_label = net_label or _any_label(terminals[0].stroke, adj, strokes)
        best: dict[tuple, tuple[int, _Edge]] = {}
        for s, k in pairs:
            if k.node is not None and k.node is s.node:
                continue
            src = _term(s)
            if src is None:
                continue
            dst = _term(k)
            if dst is not None and dst.side == "exit":
                dst.order = (spaces[k.space].order, k.point[1], 0, 0)
            if src.side == "entry":
                src.order = (spaces[s.space].order, s.point[1], 0, 0)
            label, hops = _label(s.stroke, k.stroke, adj, strokes)
            key = (id(s), id(k.node) if k.node is not None else id(k))
            # two heads on one symbol: the label met on the shorter way from this source
            if key not in best or hops < best[key][0]:
                best[key] = (hops, _Edge(src, dst, label or net_label))
        out.extend(edge for _, edge in best.values())
    return out


def _any_label(start: int, adj: dict[int, set[int]], strokes) -> Optional[str]:
    """The first label on any stroke connected to stroke ``start``."""
    seen, queue = {start}, [start]
    while queue:
        cur = queue.pop(0)
        label = " ".join(strokes[cur][0].label.split())
        if label:
            return label
        for nxt in sorted(adj[cur]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return None


def _label(a: int, b: int, adj: dict[int, set[int]], strokes) -> tuple[Optional[str], int]:
    """The first label on the strokes from stroke ``a`` to stroke ``b`` (breadth first), and
    how many strokes that way runs through."""
    prev = {a: a}
    queue = [a]
    while queue and b not in prev:
        cur = queue.pop(0)
        for nxt in sorted(adj[cur]):
            if nxt not in prev:
                prev[nxt] = cur
                queue.append(nxt)
    path = [b]
    while b in prev and prev[b] != b:
        b = prev[b]
        path.append(b)
    for i in reversed(path):
        label = " ".join(strokes[i][0].label.split())
        if label:
            return label, len(path)
    return None, len(path)


def _is_connector(t: Optional[_Term]) -> bool:
    return t is not None and t.node is not None and t.node.kind in CONNECTORS


def _passes(t: Optional[_Term]) -> bool:
    return t is not None and t.node is not None and t.node.kind in PASS


def _through_connectors(edges: list[_Edge], nodes: list[_Node]) -> list[_Edge]:
    """Arrows between real symbols: those into an off-page connector or out of the table
    continue as the arrows out of its twin (step 4 of the module docstring)."""
    outs: dict[int, list[_Edge]] = {}
    ins: dict[int, list[_Edge]] = {}
    for e in edges:
        if e.src.node is not None:
            outs.setdefault(id(e.src.node), []).append(e)
        if e.dst is not None and e.dst.node is not None:
            ins.setdefault(id(e.dst.node), []).append(e)
    connectors = [n for n in nodes if n.kind in CONNECTORS]
    exits: list[tuple[tuple, object, str]] = []
    entries: list[tuple[tuple, object, str]] = []
    for n in connectors:
        text = " ".join((n.symbol.text if n.symbol else "").split()).lower()
        if id(n) in outs:
            entries.append((n.order, n, text))
        elif id(n) in ins:
            exits.append((n.order, n, text))
    entry_edges: dict[int, list[_Edge]] = {}
    for e in edges:
        if e.dst is not None and e.dst.side == "exit":
            exits.append((e.dst.order, e.dst, ""))
        if e.src.side == "entry":
            entries.append((e.src.order, e.src, ""))
            entry_edges.setdefault(id(e.src), []).append(e)
    exits.sort(key=lambda x: x[0])
    entries.sort(key=lambda x: x[0])
    twin: dict[int, object] = {}
    taken: set[int] = set()
    for order, ex, text in exits:
        later = [en for en in entries if id(en[1]) not in taken and en[0] > order]
        if not later:
            continue
        match = next((en for en in later if text and en[2] == text), later[0])
        taken.add(id(match[1]))
        twin[id(ex)] = match[1]

    def out_of(entry: object) -> list[_Edge]:
        if isinstance(entry, _Node):
            return outs.get(id(entry), [])
        return entry_edges.get(id(entry), [])

    def resolve(dst: Optional[_Term], depth: int = 0) -> list[tuple[Optional[_Term], Optional[str]]]:
        """Real targets (with the label met on the way) an arrow into ``dst`` reaches."""
        if dst is None or (dst.node is not None and dst.node.kind not in PASS):
            return [(dst, None)]
        if depth > 6:
            return [(None, None)]
        key = dst.node if dst.node is not None else dst
        if isinstance(key, _Node) and id(key) in outs:
            entry = key
        elif id(key) in twin:
            entry = twin[id(key)]
        else:
            return [(None, None)]
        found = []
        for e in out_of(entry):
            for target, label in resolve(e.dst, depth + 1):
                found.append((target, label or e.label))
        return found or [(None, None)]

    out: list[_Edge] = []
    for e in edges:
        if e.src.node is None or e.src.node.kind in PASS:
            continue
        through = _is_connector(e.dst) or (e.dst is not None and e.dst.side is not None)
        for target, label in resolve(e.dst):
            if target is not None and target.node is not None and target.node.kind in PASS:
                continue
            out.append(_Edge(e.src, target, e.label or label, "offpage" if through and target is not None else None))
    return out


def _arrows(edges: list[_Edge]) -> list[Arrow]:
    """The model's arrows: one per source and target symbol, ordered by source."""
    seen: dict[tuple, Arrow] = {}
    for e in edges:
        s = e.src.node
        t = e.dst.node if e.dst is not None else None
        if s is None or t is s:
            continue
        key = (s.pos, s.idx, t.pos if t else None, t.idx if t else None)
        if key in seen:
            if seen[key].label is None and e.label:
                seen[key].label = e.label
            continue
        a = Arrow(from_=s.pos + 1, to=t.pos + 1 if t else None, label=e.label or None)
        a.source, a.target = s.idx, (t.idx if t else None)
        a.via = e.via
        seen[key] = a
    return sorted(seen.values(), key=lambda a: (a.from_, a.source or 0, a.to if a.to is not None else 1 << 30,
                                                a.target or 0))
