"""Flowchart symbols from a PDF page's vector paths.

Units are PDF points, origin top-left (pdfplumber's ``x0``/``top``/``x1``/``bottom``; the
``path`` entries of pdfplumber 0.11 curves use the same orientation).

A candidate is any closed, not-thin shape: a ``page.rects`` rectangle or a closed
``page.curves`` path. Its outline is flattened (Bézier segments sampled) and judged by
its geometry against its bounding box:

* **process** (kotak): a vertex at all four bbox corners and an area filling the bbox;
* **decision** (belah ketupat): no vertex at the corners, vertices at the four mid-sides,
  about half the bbox area;
* **offpage** (segilima): five vertices, two or three of them at bbox corners;
* **terminator** (kapsul / rounded rectangle / ellipse): no vertex at the corners, most of
  the bbox filled;
* **connector**: a circle: about as tall as wide and filling about pi/4 of its bbox.

Arrowheads (small triangles), arrow shafts drawn as thin filled outlines (little area for
their bbox), open polylines and label backgrounds are not symbols. Files often draw one
symbol twice (a white fill and an outline, or a fill and a stroke): shapes with the same
centre and size are one symbol.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

MIN_SIDE = 5.0
"""Shapes with a side below this (points) are not symbols (ruling, arrow shafts)."""
MIN_LONG = 9.0
"""Shapes whose longer side is below this (points) are not symbols (arrowheads, dots)."""
DECISION_LABELS = {"y", "t", "ya", "tidak", "n", "no", "yes", "tdk", "lengkap", "sesuai"}
"""Short texts written next to a decision's branches; a filled box holding only one of
these is a label background, not a process."""


@dataclass
class Shape:
    """A closed vector shape that may be a flowchart symbol (page points)."""

    x0: float
    top: float
    x1: float
    bottom: float
    poly: list[tuple[float, float]]
    filled: bool
    stroked: bool
    white: bool
    dark: bool = True
    kind: Optional[str] = None

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def centre(self) -> tuple[float, float]:
        return ((self.x0 + self.x1) / 2, (self.top + self.bottom) / 2)


@dataclass
class SymbolShape:
    """One symbol after merging duplicate drawings: kind, box and the shapes it came from."""

    kind: str
    x0: float
    top: float
    x1: float
    bottom: float
    members: list[Shape] = field(default_factory=list)

    @property
    def centre(self) -> tuple[float, float]:
        return ((self.x0 + self.x1) / 2, (self.top + self.bottom) / 2)


def _is_white(color: object) -> bool:
    if color is None:
        return False
    if isinstance(color, (int, float)):
        return float(color) >= 0.99
    if isinstance(color, (tuple, list)):
        vals = [float(v) for v in color if isinstance(v, (int, float))]
        if len(vals) in (1, 3):
            return bool(vals) and all(v >= 0.99 for v in vals)
        if len(vals) == 4:  # CMYK
            return all(v <= 0.01 for v in vals)
    return False


def _is_dark(color: object) -> bool:
    """Whether a fill colour is dark enough to draw an outline (grey level below 0.5)."""
    if color is None:
        return True
    if isinstance(color, (int, float)):
        return float(color) < 0.5
    if isinstance(color, (tuple, list)):
        vals = [float(v) for v in color if isinstance(v, (int, float))]
        if len(vals) in (1, 3):
            return sum(vals) / len(vals) < 0.5
        if len(vals) == 4:  # CMYK: dark when much ink
            c, m, y, k = vals
            return k > 0.5 or (c + m + y) / 3 > 0.5
    return True  # patterns and the like: assume visible


def _cubic(p0, p1, p2, p3, n: int = 6) -> list[tuple[float, float]]:
    out = []
    for k in range(1, n + 1):
        t = k / n
        mt = 1 - t
        a, b, c, d = mt * mt * mt, 3 * mt * mt * t, 3 * mt * t * t, t * t * t
        out.append(
            (
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
            )
        )
    return out


def _area(poly: list[tuple[float, float]]) -> float:
    s = 0.0
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return abs(s) / 2


def _subpaths(curve: dict) -> tuple[list[list[tuple[float, float]]], bool]:
    """Flattened subpaths of a pdfplumber curve and whether the path is closed."""
    path = curve.get("path")
    if not path:
        pts = [tuple(p) for p in curve.get("pts", [])]
        closed = len(pts) > 2 and abs(pts[0][0] - pts[-1][0]) < 1 and abs(pts[0][1] - pts[-1][1]) < 1
        return [pts], closed
    subs: list[list[tuple[float, float]]] = []
    cur: list[tuple[float, float]] = []
    closed = False
    for op in path:
        kind = op[0]
        if kind == "m":
            if cur:
                subs.append(cur)
            cur = [tuple(op[1])]
        elif kind == "l":
            cur.append(tuple(op[1]))
        elif kind in ("c", "v", "y"):
            pts = [tuple(p) for p in op[1:]]
            start = cur[-1] if cur else pts[-1]
            if len(pts) == 3:
                cur.extend(_cubic(start, pts[0], pts[1], pts[2]))
            elif len(pts) == 2:
                c1, end = pts
                cur.extend(_cubic(start, c1 if kind == "y" else start, end if kind == "y" else c1, end))
            else:
                cur.append(pts[-1])
        elif kind == "h":
            closed = True
    if cur:
        subs.append(cur)
    if not closed:
        for s in subs:
            if len(s) > 2 and abs(s[0][0] - s[-1][0]) < 1 and abs(s[0][1] - s[-1][1]) < 1:
                closed = True
    return subs, closed


def shapes_from_objects(rects: list[dict], curves: list[dict]) -> list[Shape]:
    """Closed, not-thin shapes among a page's rects and curves (candidates for symbols)."""
    out: list[Shape] = []
    for r in rects:
        w, h = r["width"], r["height"]
        if min(w, h) < MIN_SIDE or max(w, h) < MIN_LONG:
            continue
        x0, top, x1, bottom = r["x0"], r["top"], r["x1"], r["bottom"]
        out.append(
            Shape(
                x0, top, x1, bottom,
                [(x0, top), (x1, top), (x1, bottom), (x0, bottom)],
                bool(r.get("fill")), bool(r.get("stroke")),
                bool(r.get("fill")) and not r.get("stroke") and _is_white(r.get("non_stroking_color")),
                bool(r.get("fill")) and _is_dark(r.get("non_stroking_color")),
            )
        )
    for c in curves:
        w, h = c["width"], c["height"]
        if min(w, h) < MIN_SIDE or max(w, h) < MIN_LONG:
            continue
        subs, closed = _subpaths(c)
        if not closed and not c.get("fill"):
            continue  # an open polyline: an arrow or connector line
        poly = max(subs, key=_area) if subs else []
        if len(poly) < 3:
            continue
        out.append(
            Shape(
                c["x0"], c["top"], c["x1"], c["bottom"], poly,
                bool(c.get("fill")), bool(c.get("stroke")),
                bool(c.get("fill")) and not c.get("stroke") and _is_white(c.get("non_stroking_color")),
                bool(c.get("fill")) and _is_dark(c.get("non_stroking_color")),
            )
        )
    for s in out:
        s.kind = classify(s)
    return out


def _vertices(poly: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Corners of a polygon: near-duplicate and collinear points removed."""
    pts: list[tuple[float, float]] = []
    for p in poly:
        if not pts or abs(p[0] - pts[-1][0]) > 0.8 or abs(p[1] - pts[-1][1]) > 0.8:
            pts.append(p)
    if len(pts) > 1 and abs(pts[0][0] - pts[-1][0]) <= 0.8 and abs(pts[0][1] - pts[-1][1]) <= 0.8:
        pts.pop()
    changed = True
    while changed and len(pts) > 3:
        changed = False
        for i in range(len(pts)):
            a, b, c = pts[i - 1], pts[i], pts[(i + 1) % len(pts)]
            cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
            la = abs(b[0] - a[0]) + abs(b[1] - a[1])
            lc = abs(c[0] - b[0]) + abs(c[1] - b[1])
            if abs(cross) <= 0.04 * la * lc:
                del pts[i]
                changed = True
                break
    return pts


def classify(s: Shape) -> Optional[str]:
    """The SOP AP symbol kind of one shape, or ``None`` when it is none."""
    w, h = s.width, s.height
    if min(w, h) < MIN_SIDE or max(w, h) < MIN_LONG:
        return None
    ratio = _area(s.poly) / (w * h)
    if ratio < 0.35:
        return None  # an arrow shaft or elbow drawn as a filled outline
    # a sharp corner has a vertex (almost) on the bbox corner; a rounded one of radius r
    # stays about 0.41 r away
    tol = max(0.9, 0.03 * min(w, h))
    corners = 0
    for cx, cy in ((s.x0, s.top), (s.x1, s.top), (s.x1, s.bottom), (s.x0, s.bottom)):
        if any((px - cx) ** 2 + (py - cy) ** 2 <= tol * tol for px, py in s.poly):
            corners += 1
    tol = max(1.2, 0.06 * min(w, h))
    mx, my = (s.x0 + s.x1) / 2, (s.top + s.bottom) / 2
    tx, ty = max(1.5, 0.12 * w), max(1.5, 0.12 * h)
    mids = 0
    for cx, cy, ex, ey in (
        (mx, s.top, tx, tol), (s.x1, my, tol, ty), (mx, s.bottom, tx, tol), (s.x0, my, tol, ty)
    ):
        if any(abs(px - cx) <= ex and abs(py - cy) <= ey for px, py in s.poly):
            mids += 1
    if corners == 4 and ratio > 0.85:
        return "process"
    if corners == 0 and mids == 4 and ratio < 0.7:
        return "decision"
    verts = _vertices(s.poly)
    if len(verts) == 5 and corners in (2, 3) and 0.55 < ratio < 0.97:
        return "offpage"
    if corners == 0 and ratio >= 0.68:
        # a circle fills pi/4 of its box; capsules and rounded rectangles fill more
        if 0.8 <= w / h <= 1.25 and ratio < 0.84:
            return "connector"
        return "terminator"
    return None


_PRIORITY = {"decision": 0, "offpage": 1, "terminator": 2, "connector": 3, "process": 4}


def merge_duplicates(shapes: list[Shape]) -> list[SymbolShape]:
    """One :class:`SymbolShape` per drawn symbol: shapes with (nearly) the same centre and
    size are the fill and outline of one symbol. Groups where no member is a symbol, or
    which are only invisible white fills, are dropped."""
    groups: list[list[Shape]] = []
    for s in sorted(shapes, key=lambda s: (s.centre[1], s.centre[0])):
        cx, cy = s.centre
        for g in groups:
            gx, gy = g[0].centre
            if (
                abs(gx - cx) <= 3 and abs(gy - cy) <= 3
                and abs(g[0].width - s.width) <= 4 and abs(g[0].height - s.height) <= 4
            ):
                g.append(s)
                break
        else:
            groups.append([s])
    out: list[SymbolShape] = []
    for g in groups:
        kinds = [m.kind for m in g if m.kind]
        if not kinds:
            continue
        if not any(m.stroked or m.dark for m in g):
            continue  # only light fills: cell or text shading, label backgrounds
        special = [k for k in kinds if k != "process"]
        if special:
            kind = min(special, key=lambda k: (-special.count(k), _PRIORITY[k]))
        else:
            kind = "process"
        out.append(
            SymbolShape(
                kind,
                min(m.x0 for m in g), min(m.top for m in g),
                max(m.x1 for m in g), max(m.bottom for m in g),
                g,
            )
        )
    return out


def contains(sym: SymbolShape, x: float, y: float) -> bool:
    """Whether point (``x``, ``y``) lies inside the outline of ``sym`` (its largest drawn
    member), not merely inside its bounding box: decision branch labels sit in the corners
    of a diamond's box."""
    poly = max((m.poly for m in sym.members), key=_area)
    inside = False
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            xi = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < xi:
                inside = not inside
    return inside


OTHER_MIN = 10.0
"""A closed outline at least this tall and wide (points) ..."""
OTHER_MAX = 160.0
"""... and at most this long, that is none of the symbols, may be a shape an arrow runs through."""


def other_shapes(shapes: list[Shape]) -> list[SymbolShape]:
    """Closed stroked outlines of a symbol's size that are none of the SOP AP symbols (Word's
    document shape, a cylinder), one per drawn shape, as ``"other"``: an arrow may run through
    them; the caller keeps those an arrow points into."""
    out: list[SymbolShape] = []
    for s in shapes:
        if s.kind is not None or not s.stroked or s.dark and s.filled and not s.white:
            continue
        if min(s.width, s.height) < OTHER_MIN or max(s.width, s.height) > OTHER_MAX:
            continue
        if _area(s.poly) / (s.width * s.height) < 0.6:
            continue
        cx, cy = s.centre
        if any(abs(o.centre[0] - cx) <= 3 and abs(o.centre[1] - cy) <= 3 for o in out):
            continue
        out.append(SymbolShape("other", s.x0, s.top, s.x1, s.bottom, [s]))
    return out
