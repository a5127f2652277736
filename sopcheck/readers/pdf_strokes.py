"""Arrows and connector lines from a PDF page's vector paths.

Units are PDF points, origin top-left (pdfplumber's ``x0``/``top``/``x1``/``bottom``).

Word, LibreOffice and the tools BPS uses draw an arrow in several ways; all of them become
:class:`~sopcheck.blocks.Stroke` polylines here:

* a stroked line (``page.lines``) or an open stroked path (``page.curves`` without ``h``);
* a thin filled outline: a rectangle no thicker than :data:`THIN`, or a closed path whose
  outline goes out along the line and back (a bent arrow exported as one filled polygon). Its
  centre line is found by clustering the outline's corners (the inner and outer corner of one
  bend lie within the line's width) and walking the clusters from one end to the other;
* the arrowhead is a small closed shape (a filled triangle, an open chevron drawn as a filled
  outline) at one end of the line: that end gets ``head_end``/``head_start`` and moves to the
  head's tip;
* the pieces of one bent arrow drawn as separate lines are joined into one polyline where
  exactly two ends meet.

What is left out: the table's ruling (pieces lying on a grid line), the sides of symbols
(pieces along a symbol's box edge), closed symbol shapes, and anything outside the table's
box widened by :data:`MARGIN` above and below (off-page connectors sit just outside).

A short text next to a stroke (:data:`LABEL_GAP`), not inside a symbol, at most
:data:`LABEL_WORDS` words, is the stroke's label: "Ya", "Tidak", "Y", "T", "Lengkap".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

from ..blocks import Stroke
from .pdf_grid import Grid
from .pdf_symbols import SymbolShape, _subpaths, _vertices
from .pdf_text import line_text, lines_of

THIN = 2.6
"""A filled rectangle or polygon no thicker than this (points) is a line, not a shape."""
HEAD_MAX = 14.0
"""An arrowhead's bounding box is at most this long (points) on its longer side."""
HEAD_MIN = 2.0
"""... and at least this long."""
HEAD_REACH = 3.0
"""Points: a head belongs to the line end lying within its box widened by this much."""
CHAIN = 1.2
"""Points: pieces whose ends are this close are one polyline."""
ON_RULING = 1.6
"""Points: an axis-aligned piece this close to a grid line is table ruling."""
ON_SIDE = 1.6
"""Points: a piece this close to a symbol's box edge, along it, is the symbol's side."""
SHEETS = 8.0
"""Points around a shape that is no symbol within which headless lines are part of it."""
MARGIN = 45.0
"""Points above and below a table where its arrows may still run (off-page connectors)."""
LABEL_GAP = 16.0
"""Points: a label lies this close to its stroke ..."""
LABEL_TAIL_GAP = 22.0
"""... or this close to the stroke's tail (a branch label beside the decision's corner)."""
LABEL_ARC = 0.05
"""Of two texts beside one stroke, the label is the one nearer its tail: each point of the
stroke's length before the text counts this much of a point of distance."""
LABEL_WORDS = 3
LABEL_CHARS = 20

Point = tuple[float, float]


@dataclass
class _Piece:
    pts: list[Point]
    head_start: bool = False
    head_end: bool = False


@dataclass
class _Head:
    x0: float
    top: float
    x1: float
    bottom: float
    poly: list[Point] = field(default_factory=list)

    def near(self, p: Point, reach: float = HEAD_REACH) -> bool:
        return self.x0 - reach <= p[0] <= self.x1 + reach and self.top - reach <= p[1] <= self.bottom + reach


def _dist(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _seg_dist(p: Point, a: Point, b: Point) -> float:
    vx, vy = b[0] - a[0], b[1] - a[1]
    n = vx * vx + vy * vy
    t = 0.0 if n == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * vx + (p[1] - a[1]) * vy) / n))
    return _dist(p, (a[0] + t * vx, a[1] + t * vy))


def _area(poly: list[Point]) -> float:
    s = 0.0
    for i in range(len(poly)):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % len(poly)]
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


def _perimeter(poly: list[Point]) -> float:
    return sum(_dist(poly[i], poly[(i + 1) % len(poly)]) for i in range(len(poly)))


def centre_line(poly: list[Point], width: float) -> list[Point]:
    """The centre line of a thin filled outline ``poly`` (a line ``width`` points thick drawn
    as a closed polygon), from one end to the other; ``[]`` when the outline is not one."""
    radius = max(1.2, 1.6 * width)
    clusters: list[list[Point]] = []
    seq: list[int] = []
    centres: list[Point] = []
    for p in poly:
        near = min(range(len(centres)), key=lambda i: _dist(p, centres[i]), default=None)
        if near is not None and _dist(p, centres[near]) <= radius:
            k = near
            clusters[k].append(p)
            c = clusters[k]
            centres[k] = (sum(q[0] for q in c) / len(c), sum(q[1] for q in c) / len(c))
        else:
            clusters.append([p])
            centres.append(p)
            k = len(clusters) - 1
        if not seq or seq[-1] != k:
            seq.append(k)
    while len(seq) > 1 and seq[0] == seq[-1]:
        seq.pop()
    n = len(seq)
    if n == 1:
        return []
    if n == 2:
        return [centres[seq[0]], centres[seq[1]]]
    # an outline out and back visits the clusters e1, ..., e2, ..., (e1): the ends are where
    # the sequence turns (the same cluster before and after)
    turns = [i for i in range(n) if seq[(i - 1) % n] == seq[(i + 1) % n]]
    if len(turns) < 2:
        return []
    a = turns[0]
    path = [seq[a]]
    i = a
    while True:
        i = (i + 1) % n
        path.append(seq[i])
        if i in turns or i == a:
            break
    if len(set(path)) != len(path):
        return []
    return [centres[k] for k in path]


def _flatten(curve: dict) -> list[list[Point]]:
    subs, _ = _subpaths(curve)
    return [[(float(x), float(y)) for x, y in s] for s in subs if len(s) >= 2]


def _pieces_and_heads(rects: list[dict], lines: list[dict], curves: list[dict]
                      ) -> tuple[list[_Piece], list[_Head]]:
    pieces: list[_Piece] = []
    heads: list[_Head] = []
    for ln in lines:
        pts = [(float(x), float(y)) for x, y in ln.get("pts", [])]
        if len(pts) >= 2:
            pieces.append(_Piece(pts))
    for r in rects:
        w, h = r["width"], r["height"]
        if min(w, h) <= THIN and max(w, h) > THIN:
            if w >= h:
                y = (r["top"] + r["bottom"]) / 2
                pieces.append(_Piece([(r["x0"], y), (r["x1"], y)]))
            else:
                x = (r["x0"] + r["x1"]) / 2
                pieces.append(_Piece([(x, r["top"]), (x, r["bottom"])]))
        elif HEAD_MIN <= max(w, h) <= HEAD_MAX and min(w, h) >= HEAD_MIN / 2 and r.get("fill"):
            pass  # a small filled square is a bullet or a dot, not a head
    for c in curves:
        w, h = c["width"], c["height"]
        subs, closed = _subpaths(c)
        flat = [[(float(x), float(y)) for x, y in s] for s in subs if len(s) >= 2]
        if not flat:
            continue
        if not closed and not c.get("fill"):
            if c.get("stroke", True):
                pieces.extend(_Piece(s) for s in flat)
            continue
        poly = max(flat, key=lambda s: _area(s) if len(s) > 2 else 0.0)
        if len(poly) < 3:
            continue
        area, per = _area(poly), _perimeter(poly)
        if HEAD_MIN <= max(w, h) <= HEAD_MAX and min(w, h) > THIN:
            if area / max(w * h, 1e-6) <= 0.75 or max(w, h) <= 8.0:
                heads.append(_Head(c["x0"], c["top"], c["x1"], c["bottom"], poly))
            continue
        width = 2 * area / per if per > 0 else 0.0
        if width <= THIN and max(w, h) > THIN:
            line = centre_line(poly, width)
            if len(line) >= 2:
                pieces.append(_Piece(line))
    return pieces, heads


def _on_ruling(piece: _Piece, grids: list[Grid]) -> bool:
    """Whether an axis-aligned piece lies on a grid line of one of ``grids``."""
    (ax, ay), (bx, by) = piece.pts[0], piece.pts[-1]
    if len(piece.pts) != 2:
        return False
    for g in grids:
        if abs(ax - bx) <= 0.5 and any(abs(ax - x) <= ON_RULING for x in g.xs):
            if min(ay, by) >= g.ys[0] - ON_RULING and max(ay, by) <= g.ys[-1] + ON_RULING:
                return True
        if abs(ay - by) <= 0.5 and any(abs(ay - y) <= ON_RULING for y in g.ys):
            if min(ax, bx) >= g.xs[0] - ON_RULING and max(ax, bx) <= g.xs[-1] + ON_RULING:
                return True
    return False


def _on_side(piece: _Piece, symbols: list[SymbolShape]) -> bool:
    """Whether a piece runs along an edge of a symbol's box (a side drawn as a line)."""
    xs = [p[0] for p in piece.pts]
    ys = [p[1] for p in piece.pts]
    for s in symbols:
        inside = (s.x0 - ON_SIDE <= min(xs) and max(xs) <= s.x1 + ON_SIDE
                  and s.top - ON_SIDE <= min(ys) and max(ys) <= s.bottom + ON_SIDE)
        if not inside:
            continue
        if max(xs) - min(xs) <= ON_SIDE and (abs(xs[0] - s.x0) <= ON_SIDE or abs(xs[0] - s.x1) <= ON_SIDE):
            return True
        if max(ys) - min(ys) <= ON_SIDE and (abs(ys[0] - s.top) <= ON_SIDE or abs(ys[0] - s.bottom) <= ON_SIDE):
            return True
        # a diagonal side of a diamond or pentagon: both ends on the box edge, none inside it
        if all(min(abs(x - s.x0), abs(x - s.x1)) <= ON_SIDE or min(abs(y - s.top), abs(y - s.bottom)) <= ON_SIDE
               for x, y in (piece.pts[0], piece.pts[-1])) and len(piece.pts) == 2 and \
                abs(xs[0] - xs[-1]) > ON_SIDE and abs(ys[0] - ys[-1]) > ON_SIDE:
            return True
    return False


def _chain(pieces: list[_Piece], heads: list[_Head] = ()) -> list[_Piece]:
    """Join pieces whose ends meet where exactly two ends meet (the legs of one bent line), but
    not where an arrowhead sits (two arrows ending on one point)."""
    pieces = [p for p in pieces if len(p.pts) >= 2]
    changed = True
    while changed:
        changed = False
        ends = [(i, k) for i in range(len(pieces)) for k in (0, -1)]
        for a in range(len(ends)):
            i, ki = ends[a]
            pi = pieces[i].pts[ki]
            near = [(j, kj) for j, kj in ends if j != i and _dist(pi, pieces[j].pts[kj]) <= CHAIN]
            if len(near) != 1 or any(h.near(pi, 0.5) for h in heads):
                continue
            j, kj = near[0]
            pj = pieces[j].pts[kj]
            # the other end must meet only us too
            back = [(m, km) for m, km in ends if m != j and _dist(pj, pieces[m].pts[km]) <= CHAIN]
            if back != [(i, ki)]:
                continue
            first = pieces[i].pts if ki == -1 else list(reversed(pieces[i].pts))
            second = pieces[j].pts if kj == 0 else list(reversed(pieces[j].pts))
            merged = first + second[1:]
            pieces[i] = _Piece(merged)
            del pieces[j]
            changed = True
            break
    return pieces


def _attach_heads(pieces: list[_Piece], heads: list[_Head]) -> None:
    """Mark the line end each head sits on and move that end to the head's tip."""
    for h in heads:
        best = None
        for p in pieces:
            for k in (0, -1):
                end = p.pts[k]
                if not h.near(end) or (p.head_start if k == 0 else p.head_end):
                    continue  # two heads drawn on one point: one per line
                prev = p.pts[1] if k == 0 else p.pts[-2]
                d = _dist(end, prev) or 1.0
                u = ((end[0] - prev[0]) / d, (end[1] - prev[1]) / d)
                tip = max(h.poly, key=lambda q: (q[0] - end[0]) * u[0] + (q[1] - end[1]) * u[1])
                reach = (tip[0] - end[0]) * u[0] + (tip[1] - end[1]) * u[1]
                score = _dist(end, ((h.x0 + h.x1) / 2, (h.top + h.bottom) / 2))
                if reach > -2.0 and (best is None or score < best[0]):
                    best = (score, p, k, tip, reach)
        if best is None:
            continue
        _, p, k, tip, reach = best
        end = p.pts[k]
        turned = _turned_tip(h, end, p.pts[1] if k == 0 else p.pts[-2])
        if k == 0:
            p.head_start = True
            if turned is not None:
                p.pts.insert(0, turned)
            elif reach > 0:
                p.pts[0] = tip
        else:
            p.head_end = True
            if turned is not None:
                p.pts.append(turned)
            elif reach > 0:
                p.pts[-1] = tip


def _turned_tip(h: _Head, end: Point, prev: Point) -> Optional[Point]:
    """The tip of a filled triangle head that points away from the line's last segment (the
    exporter drew the last short leg of a bent arrow under the head), else ``None``."""
    verts = _vertices(h.poly)
    box = max((h.x1 - h.x0) * (h.bottom - h.top), 1e-6)
    if len(verts) != 3 or _area(h.poly) / box < 0.4:  # a solid triangle, not an open chevron
        return None
    # the tip faces the base, the shortest side of an arrowhead
    far = max(range(3), key=lambda i: _dist(verts[(i + 1) % 3], verts[(i + 2) % 3]) * -1)
    far = verts[far]
    d = _dist(far, end)
    if d < 3.0:
        return None
    seg = _dist(end, prev) or 1.0
    u = ((end[0] - prev[0]) / seg, (end[1] - prev[1]) / seg)
    cos = ((far[0] - end[0]) * u[0] + (far[1] - end[1]) * u[1]) / d
    return far if cos < 0.5 else None


def strokes_on_page(grids: list[Grid], symbols: list[SymbolShape], rects: list[dict], lines: list[dict],
                    curves: list[dict], label_chars: list[list[dict]]) -> list[list[Stroke]]:
    """The strokes drawn over each of ``grids`` (one list per grid, same order).

    ``label_chars``: groups of characters that may be a label (a cell's characters outside
    symbols); each group is split into lines and into runs separated by wide gaps."""
    if not grids:
        return []
    pieces, heads = _pieces_and_heads(rects, lines, curves)

    def in_reach(piece: _Piece) -> bool:
        return any(g.xs[0] - 5 <= p[0] <= g.xs[-1] + 5 and g.ys[0] - MARGIN <= p[1] <= g.ys[-1] + MARGIN
                   for g in grids for p in piece.pts)

    pieces = [p for p in pieces if in_reach(p) and not _on_ruling(p, grids) and not _on_side(p, symbols)]
    pieces = [p for p in pieces if sum(_dist(a, b) for a, b in zip(p.pts, p.pts[1:])) > 1.0]
    pieces = _chain(pieces, heads)
    _attach_heads(pieces, heads)
    # the open outlines drawn with a shape that is no symbol (the back sheets of Word's
    # multi-document shape) are part of it, not lines
    others = [(s.x0 - SHEETS, s.top - SHEETS, s.x1 + SHEETS, s.bottom + SHEETS) for s in symbols if s.kind == "other"]
    pieces = [p for p in pieces if p.head_start or p.head_end or not any(
        all(b[0] <= x <= b[2] and b[1] <= y <= b[3] for x, y in p.pts) for b in others)]
    out: list[list[Stroke]] = [[] for _ in grids]
    owner: list[int] = []
    for p in pieces:
        mid = p.pts[len(p.pts) // 2]
        gi = min(range(len(grids)), key=lambda i: _box_gap(mid, grids[i]))
        owner.append(gi)
        out[gi].append(Stroke(points=list(p.pts), head_end=p.head_end, head_start=p.head_start))
    _labels(out, label_chars)
    return out


def _box_gap(p: Point, g: Grid) -> float:
    dx = max(g.xs[0] - p[0], 0.0, p[0] - g.xs[-1])
    dy = max(g.ys[0] - p[1], 0.0, p[1] - g.ys[-1])
    return math.hypot(dx, dy)


def _labels(strokes: list[list[Stroke]], groups: list[list[dict]]) -> None:
    """Give each short text run next to a stroke to the nearest stroke (one per stroke)."""
    flat = [s for per in strokes for s in per]
    if not flat:
        return
    found: dict[int, tuple[float, str]] = {}
    candidates: list[list[dict]] = []
    for chars in groups:
        lines = lines_of(chars)
        small = len(line_text([c for line in lines for c in line]).split()) <= LABEL_WORDS + 1
        for line in lines:
            runs = _runs(line)
            if not small and len(runs) < 2:
                continue  # a line of a cell's text, not a label beside an arrow
            candidates += runs
    for run in _across_cells(candidates):
        text = line_text(run).strip()
        if not text or len(text) > LABEL_CHARS or len(text.split()) > LABEL_WORDS:
            continue
        if not any(ch.isalpha() for ch in text):
            continue
        box = (min(c["x0"] for c in run), min(c["top"] for c in run),
               max(c["x1"] for c in run), max(c["bottom"] for c in run))
        best = None
        for k, s in enumerate(flat):
            d = _stroke_gap(box, s.points)
            tails = [p for p, head in ((s.points[0], s.head_start), (s.points[-1], s.head_end)) if not head]
            d_tail = min((_stroke_gap(box, [p, p]) for p in tails), default=math.inf)
            if d_tail <= LABEL_TAIL_GAP:
                d = min(d, d_tail)
            if d <= LABEL_GAP and (best is None or d < best[0]):
                best = (d, k)
            elif d_tail <= LABEL_TAIL_GAP and (best is None or d_tail < best[0]):
                best = (d_tail, k)
        if best is None:
            continue
        st = flat[best[1]]
        score = best[0] + LABEL_ARC * _arc_to(box, st.points if not st.head_start or st.head_end
                                              else st.points[::-1])
        if best[1] not in found or score < found[best[1]][0]:
            found[best[1]] = (score, text)
    for k, (_, text) in found.items():
        flat[k].label = text


def _across_cells(runs: list[list[dict]]) -> list[list[dict]]:
    """Runs of characters joined where one goes on where another stops on the same line (a
    label printed across a column border is split between two cells)."""
    runs = sorted(runs, key=lambda r: (round(r[0]["top"]), r[0]["x0"]))
    out: list[list[dict]] = []
    for run in runs:
        prev = out[-1] if out else None
        if prev is not None and abs(prev[-1]["top"] - run[0]["top"]) < 1.0 and \
                abs(prev[-1]["bottom"] - run[0]["bottom"]) < 1.0 and -0.5 <= run[0]["x0"] - prev[-1]["x1"] < 1.0:
            prev.extend(run)
        else:
            out.append(list(run))
    return out


def _arc_to(box: tuple[float, float, float, float], pts: list[Point]) -> float:
    """How far along the polyline (points from its tail) its nearest point to ``box`` lies."""
    best, arc, where = math.inf, 0.0, 0.0
    for a, b in zip(pts, pts[1:]):
        d = _stroke_gap(box, [a, b])
        if d < best - 0.01:
            best, where = d, arc
        arc += _dist(a, b)
    return where


def _runs(line: list[dict]) -> list[list[dict]]:
    """A line's characters split where the gap is wider than two character heights."""
    runs: list[list[dict]] = [[]]
    for ch in line:
        if runs[-1]:
            prev = runs[-1][-1]
            size = max(ch.get("size") or 0.0, 4.0)
            if ch["x0"] - prev["x1"] > 2 * size:
                runs.append([])
        runs[-1].append(ch)
    return [r for r in runs if r]


def _stroke_gap(box: tuple[float, float, float, float], pts: list[Point]) -> float:
    """Distance from a text box to a polyline (0 when they touch)."""
    corners = [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]
    best = math.inf
    for a, b in zip(pts, pts[1:]):
        if _crosses(a, b, box):
            return 0.0
        for c in corners:
            best = min(best, _seg_dist(c, a, b))
        for p in (a, b):
            dx = max(box[0] - p[0], 0.0, p[0] - box[2])
            dy = max(box[1] - p[1], 0.0, p[1] - box[3])
            best = min(best, math.hypot(dx, dy))
    return best


def pointed_at(box: tuple[float, float, float, float], strokes: list[list[Stroke]], reach: float = SHEETS) -> bool:
    """Whether an arrowhead of ``strokes`` ends within ``reach`` points of ``box``."""
    for per in strokes:
        for s in per:
            for head, p in ((s.head_start, s.points[0]), (s.head_end, s.points[-1])):
                if head and box[0] - reach <= p[0] <= box[2] + reach and box[1] - reach <= p[1] <= box[3] + reach:
                    return True
    return False


def _crosses(a: Point, b: Point, box: tuple[float, float, float, float]) -> bool:
    """Whether segment ``a``-``b`` passes through ``box`` (Liang-Barsky clipping)."""
    t0, t1 = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p_, q_ in ((-dx, a[0] - box[0]), (dx, box[2] - a[0]), (-dy, a[1] - box[1]), (dy, box[3] - a[1])):
        if p_ == 0:
            if q_ < 0:
                return False
            continue
        t = q_ / p_
        if p_ < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True
