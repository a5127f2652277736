"""The arrows of the corpus flowcharts: where each step's symbols sit, how every arrow is routed
between them, and the arrow's markup in the document's encoding (used by ``build.py``).

A procedure's ``flow`` (source data) lists its arrows as ``(from, to, label)`` with ``from`` and
``to`` the 1-based positions of steps in the procedure (``to`` ``None``: an arrow that ends on
no symbol); without it the flow is the plain one: each step with a symbol to the next, a
decision's "Ya" to the next and its "Tidak" back to the step before it. An arrow from the last
step of one table part to the first of the next runs through an off-page pair: a pentagon below
the source symbol and, where the target symbol floats, its twin above the target (an inline
target gets its arrow from just above its row).

Geometry (twips): x from the table's left edge, y from the top of the part's first step row.
Every step row is given a height (``w:trHeight``, ``atLeast``) no smaller than its text needs at
90 twips a character and 210 twips a line, which is more than Word or LibreOffice use at the
corpus's 8 pt (and more than sopcheck's DOCX reader estimates), so rows render exactly that tall
and an arrow anchored in one row lands where it is aimed in the next. A floating symbol sits
:data:`POS_V` below its row's top, centred in its role column; an inline one at the row's top,
centred (role cells are centred).

Arrow encodings (the procedure's ``arrows`` key, else from the document's symbol encoding):
``drawingml`` floating ``wps:wsp`` lines (``straightConnector1``, ``bentConnector3`` for a
horizontal-vertical-horizontal route, ``a:custGeom`` otherwise, flips for the direction),
``glued`` the same with ``a:stCxn``/``a:endCxn`` naming the symbols' ids, ``ac`` the DrawingML
line in ``mc:AlternateContent`` with a VML fallback, ``vml`` ``v:line``/``v:polyline``,
``group`` the arrows leaving a symbol drawn in that symbol's group shape.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

EMU = 635  # per twip
POS_V = 60
SYM_W = 900
SYM_H = {"decision": 460, "terminator": 380, "process": 380, "offpage": 420, "connector": 380}
ROW_MIN_H = 620
CELL_MARGIN = 108
PENTAGON_GAP = 180  # twips between a symbol and its off-page pentagon
BACK_ENTRY = 220  # twips below a box where an arrow going back turns up into it
ENTRY = 400  # twips above the row where the arrow into an inline first step starts
TEXT_COLS = ("no", "keg", "kel", "waktu", "out", "ket")
FLOATING = ("drawingml-anchor", "drawingml-group")
ENCODING_ARROWS = {"drawingml-anchor": "glued", "drawingml-group": "group", "alternate-content": "ac",
                   "vml": "vml", "drawingml-inline": "drawingml"}


@dataclass
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass
class StepPlace:
    """Where a step is drawn: table ``part``, ``row`` index among the part's step rows, the
    symbol's ``box`` (part coordinates), its pentagons (``exit``/``entry`` boxes)."""

    part: int
    row: int
    kind: Optional[str]
    enc: Optional[str]
    box: Optional[Box] = None
    exit: Optional[Box] = None
    entry: Optional[Box] = None
    sid: Optional[int] = None  # the symbol's shape id (glue)
    exit_sid: Optional[int] = None
    entry_sid: Optional[int] = None
    local: Optional[Box] = None  # the symbol's box in its row's coordinates


@dataclass
class Route:
    """One arrow as drawn: points in the coordinates of the part holding its source row, the
    row it is anchored in, its label, whether it ends on a pentagon or starts above the row."""

    src: int  # 0-based step index
    points: list[tuple[float, float]]
    label: Optional[str] = None
    glue: tuple[Optional[int], Optional[int]] = (None, None)


@dataclass
class Plan:
    """The drawing plan of one procedure."""

    steps: list[StepPlace] = field(default_factory=list)
    heights: list[list[int]] = field(default_factory=list)  # per part, per step row (twips)
    tops: list[list[int]] = field(default_factory=list)  # per part, per step row (twips)
    routes: list[Route] = field(default_factory=list)
    flow: list[tuple[int, Optional[int], Optional[str]]] = field(default_factory=list)  # 1-based
    style: str = "drawingml"
    chunks: list[tuple[int, list[int]]] = field(default_factory=list)
    """The tables drawn: ``(source part, step indices)``; a step's ``part`` indexes this list."""

    def routes_from(self, index: int) -> list[Route]:
        return [r for r in self.routes if r.src == index]


def default_flow(steps: list[dict], parts: list[int]) -> list[tuple[int, Optional[int], Optional[str]]]:
    """The plain flow of ``steps`` (see the module docstring), 1-based positions; ``parts``:
    the table part of each step (a "Tidak" goes back within its part only: a loop across a
    page break has no off-page pair to run through)."""
    drawn = [i for i, s in enumerate(steps, 1) if s.get("sym") and s.get("enc") != "text-marker"]
    out: list[tuple[int, Optional[int], Optional[str]]] = []
    for k, i in enumerate(drawn):
        if k + 1 >= len(drawn):
            break
        nxt = drawn[k + 1]
        if steps[i - 1]["sym"] == "decision":
            back = next((j for j in reversed(drawn[:k]) if steps[j - 1]["sym"] not in ("terminator", "decision")
                         and parts[j - 1] == parts[i - 1]), None)
            out.append((i, nxt, "Ya"))
            if back is not None:
                out.append((i, back, "Tidak"))
        else:
            out.append((i, nxt, None))
    return out


def _text_height(step: dict, cols: list[str], widths: list[int]) -> int:
    best = 0
    for key, w in zip(cols, widths):
        if key not in TEXT_COLS and not (key.startswith("r:") and step.get("enc") == "text-marker"):
            continue
        value = step.get(key, "")
        paras = value if isinstance(value, (list, tuple)) else [value]
        cpl = max(1, (w - 2 * CELL_MARGIN) // 90)
        lines = sum(max(1, math.ceil(len(" ".join(str(p).split())) / cpl)) for p in paras)
        best = max(best, lines * 210 + 100)
    return best


def _header_height(table: dict) -> int:
    """A generous height (twips) for a table's header rows (and column-number row)."""
    total = 0
    for row in list(table.get("header", [])) + ([table["numrow"]] if table.get("numrow") else []):
        best, col = 300, 0
        for cell in row:
            d = cell if isinstance(cell, dict) else {"text": cell}
            span = d.get("span", 1)
            w = sum(table["widths"][col:col + span])
            col += span
            best = max(best, _text_height({"keg": d.get("text", "")}, ["keg"], [w]))
        total += best
    return total


def plan(proc: dict, page: Optional[dict] = None) -> Plan:
    """The drawing plan of ``proc`` (its table parts, steps and ``flow``). With ``page``, a
    part taller than a page is cut into chunks that each fit one page (conservatively: the
    rows are given their planned heights, the header its generous estimate, the first chunk
    room for a title above it); each chunk is its own table, after a page break."""
    p = Plan()
    parts = proc["tables"]
    flat: list[dict] = []
    for pi, table in enumerate(parts):
        for ri, step in enumerate(table["steps"]):
            flat.append(step)
            p.steps.append(StepPlace(pi, ri, step.get("sym"), step.get("enc")))
    p.flow = [tuple(a) for a in proc.get("flow", default_flow(flat, [sp.part for sp in p.steps]))]  # type: ignore
    if page is not None:
        _paginate(p, proc, flat, page)
    else:
        p.chunks = [(pi, [i for i, sp in enumerate(p.steps) if sp.part == pi]) for pi in range(len(parts))]
    encodings = [s.enc for s in p.steps if s.enc and s.enc != "text-marker"]
    p.style = proc.get("arrows") or (ENCODING_ARROWS.get(max(set(encodings), key=encodings.count))
                                     if encodings else "drawingml")
    for ci, (_, members) in enumerate(p.chunks):
        for ri, i in enumerate(members):
            p.steps[i].part, p.steps[i].row = ci, ri
    crossing = [(a, b) for a, b, _ in p.flow if b is not None and p.steps[a - 1].part != p.steps[b - 1].part]
    exits = {a - 1 for a, _ in crossing}
    entries = {b - 1 for _, b in crossing}
    # symbol boxes in row coordinates, then row heights
    local: dict[int, Box] = {}
    need: dict[int, int] = {}
    for i, sp in enumerate(p.steps):
        table = parts[p.chunks[sp.part][0]]
        step = flat[i]
        cols, widths = table["cols"], table["widths"]
        h_text = _text_height(step, cols, widths)
        if not sp.kind or sp.enc == "text-marker" or not step.get("role"):
            need[i] = max(ROW_MIN_H, h_text)
            continue
        ci = cols.index("r:" + step["role"])
        left = sum(widths[:ci])
        cx = left + widths[ci] / 2
        top = POS_V if sp.enc in FLOATING else 0
        if i in entries and sp.enc in FLOATING:
            sp.entry = Box(cx - 240, POS_V, cx + 240, POS_V + SYM_H["offpage"])
            top = sp.entry.y1 + PENTAGON_GAP
        box = Box(cx - SYM_W / 2, top, cx + SYM_W / 2, top + SYM_H[sp.kind])
        bottom = box.y1
        if i in exits:
            sp.exit = Box(cx - 240, box.y1 + PENTAGON_GAP, cx + 240, box.y1 + PENTAGON_GAP + SYM_H["offpage"])
            bottom = sp.exit.y1
        local[i] = box
        need[i] = max(ROW_MIN_H, h_text, int(bottom) + 260)
    for _, rows in p.chunks:
        p.heights.append([need[i] for i in rows])
        tops, y = [], 0
        for i in rows:
            tops.append(y)
            y += need[i]
        p.tops.append(tops)
    for i, box in local.items():
        sp = p.steps[i]
        dy = p.tops[sp.part][sp.row]
        sp.box = Box(box.x0, box.y0 + dy, box.x1, box.y1 + dy)
        for name in ("entry", "exit"):
            b = getattr(sp, name)
            if b is not None:
                setattr(sp, name, Box(b.x0, b.y0 + dy, b.x1, b.y1 + dy))
    for a, b, label in p.flow:
        src = p.steps[a - 1]
        if src.box is None:
            continue
        if b is None:
            p.routes.append(Route(a - 1, [(src.box.cx, src.box.y1), (src.box.cx, src.box.y1 + 200)], label))
            continue
        dst = p.steps[b - 1]
        if dst.box is None:
            continue
        if src.part != dst.part:
            assert src.exit is not None
            p.routes.append(Route(a - 1, [(src.box.cx, src.box.y1), (src.exit.cx, src.exit.y0)], label))
            if dst.entry is not None:
                p.routes.append(Route(b - 1, [(dst.entry.cx, dst.entry.y1), (dst.box.cx, dst.box.y0)]))
            else:
                top = p.tops[dst.part][dst.row]
                p.routes.append(Route(b - 1, [(dst.box.cx, top - ENTRY), (dst.box.cx, dst.box.y0)]))
            continue
        widths = parts[p.chunks[src.part][0]]["widths"]
        edges = tuple(float(sum(widths[:k])) for k in range(len(widths) + 1))
        earlier = [r for r in p.routes if r.src == a - 1 and r.points[0] == (src.box.cx, src.box.y1)]
        if earlier and src.kind != "decision" and dst.box.y0 >= src.box.y1:
            pts = side_route(src.box, dst.box, edges)  # a second arrow down leaves from the side
        else:
            pts = route(src.box, dst.box, src.kind == "decision" and label == "Tidak", edges)
        p.routes.append(Route(a - 1, pts, label))
    return p


def route(s: Box, d: Box, side: bool = False, edges: tuple[float, ...] = ()) -> list[tuple[float, float]]:
    """Orthogonal points from box ``s`` to box ``d`` (see the module docstring); ``edges``:
    the table's column edges (an arrow going back runs half-way between the symbols and the
    next column line, never along one)."""
    if d.y0 >= s.y1 - 1 and side:  # a "Tidak" down: from the corner, beside, into its top
        return side_route(s, d, edges)
    if d.y0 >= s.y1 - 1:  # down
        if abs(s.cx - d.cx) < 1:
            return [(s.cx, s.y1), (d.cx, d.y0)]
        ym = (s.y1 + d.y0) / 2
        return [(s.cx, s.y1), (s.cx, ym), (d.cx, ym), (d.cx, d.y0)]
    if abs(s.cy - d.cy) < 1:  # same row
        return [(s.x1, s.cy), (d.x0, d.cy)] if d.cx > s.cx else [(s.x0, s.cy), (d.x1, d.cy)]
    # back up, round the side, into the target from below
    # (beside its bottom centre, where the arrow leaving it starts)
    below = d.y1 + BACK_ENTRY
    if d.cx <= s.cx:
        m = min(s.x0, d.x0)
        edge = max((e for e in edges if e < m - 1), default=m - 220)
        x, enter = (m + edge) / 2, d.x0 + 150
        return [(s.x0, s.cy), (x, s.cy), (x, below), (enter, below), (enter, d.y1)]
    m = max(s.x1, d.x1)
    edge = min((e for e in edges if e > m + 1), default=m + 220)
    x, enter = (m + edge) / 2, d.x1 - 150
    return [(s.x1, s.cy), (x, s.cy), (x, below), (enter, below), (enter, d.y1)]


def side_route(s: Box, d: Box, edges: tuple[float, ...] = ()) -> list[tuple[float, float]]:
    """A second arrow down from ``s`` (the first leaves its bottom): from its right side,
    down beside it, across above ``d`` and into ``d``'s top, off its centre."""
    edge = min((e for e in edges if e > s.x1 + 1), default=s.x1 + 220)
    x = (s.x1 + edge) / 2
    y = d.y0 - 160
    enter = d.cx + 150 if d.cx < x else d.cx - 150
    return [(s.x1, s.cy), (x, s.cy), (x, y), (enter, y), (enter, d.y0)]


def spec_flow(p: Plan) -> list[dict]:
    """The flow as the contract states it (``from``/``to`` positions, label), ordered as
    sopcheck orders its arrows (by source, then target)."""
    rows = [{"from": a, "to": b, "label": label} for a, b, label in p.flow]
    return sorted(rows, key=lambda r: (r["from"], r["to"] if r["to"] is not None else 1 << 30))


# --------------------------------------------------------------------------- markup

def _pt(v: float) -> str:
    return f"{v / 20:.2f}pt"


def drawingml_line(points: list[tuple[float, float]], sid: int, glue=(None, None), name: str = "Arrow",
                   child: bool = False, scale: float = 1.0) -> tuple[str, tuple[float, float, float, float]]:
    """A ``wps:wsp`` line through ``points`` (twips) with an arrowhead at the end, and its box
    ``(x, y, w, h)`` (twips). ``child``: as a group child at its box in the group's units
    (EMU times ``scale``); else its position is the anchor's."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    x0, y0 = min(xs), min(ys)
    w, h = max(xs) - x0, max(ys) - y0
    u = EMU * scale
    off = f'<a:off x="{int(x0 * u)}" y="{int(y0 * u)}"/>' if child else '<a:off x="0" y="0"/>'
    flips = ""
    first, last = points[0], points[-1]
    hvh = len(points) == 4 and points[0][1] == points[1][1] and points[1][0] == points[2][0] \
        and points[2][1] == points[3][1] and w > 0 and h > 0 \
        and min(first[0], last[0]) <= points[1][0] <= max(first[0], last[0])
    if len(points) == 2 or hvh:
        if last[0] < first[0]:
            flips += ' flipH="1"'
        if last[1] < first[1]:
            flips += ' flipV="1"'
    vhv = len(points) == 4 and points[0][0] == points[1][0] and points[1][1] == points[2][1] \
        and points[2][0] == points[3][0] and w > 0 and h > 0 and points[3][1] > points[0][1] \
        and min(first[1], last[1]) <= points[1][1] <= max(first[1], last[1])
    rot = ""
    if vhv and not child:
        # down, across, down: Word writes a bentConnector3 turned a quarter (its box w and h
        # swapped about the same centre), flipped vertically when it goes right
        adj = int(round((points[1][1] - first[1]) / h * 100000))
        geom = (f'<a:prstGeom prst="bentConnector3"><a:avLst><a:gd name="adj1" fmla="val {adj}"/></a:avLst>'
                "</a:prstGeom>")
        rot = ' rot="5400000"' + (' flipV="1"' if last[0] > first[0] else "")
        flips = ""
        cxr, cyr = x0 + w / 2, y0 + h / 2
        x0, y0, w, h = cxr - h / 2, cyr - w / 2, h, w  # the unrotated box
        off = '<a:off x="0" y="0"/>'
        hvh = False
    if rot:
        pass
    elif len(points) == 2:
        geom = '<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>'
    elif hvh:
        adj = int(round(abs(points[1][0] - first[0]) / w * 100000))
        geom = (f'<a:prstGeom prst="bentConnector3"><a:avLst><a:gd name="adj1" fmla="val {adj}"/></a:avLst>'
                "</a:prstGeom>")
    else:
        pw, ph = max(1, int(w * u)), max(1, int(h * u))
        path = "".join(f'<a:{"moveTo" if k == 0 else "lnTo"}><a:pt x="{int((x - x0) * u)}" y="{int((y - y0) * u)}"/>'
                       f'</a:{"moveTo" if k == 0 else "lnTo"}>' for k, (x, y) in enumerate(points))
        geom = (f'<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/>'
                f'<a:pathLst><a:path w="{pw}" h="{ph}">{path}</a:path></a:pathLst></a:custGeom>')
    cxn = ""
    if glue[0] is not None or glue[1] is not None:
        cxn = ((f'<a:stCxn id="{glue[0]}" idx="2"/>' if glue[0] is not None else "")
               + (f'<a:endCxn id="{glue[1]}" idx="0"/>' if glue[1] is not None else ""))
    xml = (f'<wps:wsp><wps:cNvPr id="{sid}" name="{name} {sid}"/><wps:cNvCnPr>{cxn}</wps:cNvCnPr><wps:spPr>'
           f'<a:xfrm{rot}{flips}>{off}<a:ext cx="{int(w * u)}" cy="{int(h * u)}"/></a:xfrm>{geom}<a:noFill/>'
           '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:tailEnd type="triangle"/></a:ln>'
           "</wps:spPr><wps:bodyPr/></wps:wsp>")
    return xml, (x0, y0, w, h)


VML_CONNECTOR_TYPE = ('<v:shapetype id="_x0000_t32" coordsize="21600,21600" o:spt="32" o:oned="t" '
                      'path="m,l21600,21600e" filled="f"><v:path arrowok="t" fillok="f" o:connecttype="none"/>'
                      '<o:lock v:ext="edit" shapetype="t"/></v:shapetype>')


def vml_line(points: list[tuple[float, float]], sid: int, ind: int) -> list[str]:
    """The arrow through ``points`` as Word's legacy VML writes a connector: one straight
    connector (``v:shape`` of type 32, ``o:connectortype="straight"``) per segment, placed by
    ``margin-left``/``margin-top`` from the left margin (``ind``: the table's indent) and the
    anchor paragraph, ``flip`` for its direction, an end arrow on the last (twips)."""
    out = [VML_CONNECTOR_TYPE]
    last = len(points) - 2
    for k, ((x1, y1), (x2, y2)) in enumerate(zip(points, points[1:])):
        flip = " ".join(f for f, on in (("x", x2 < x1), ("y", y2 < y1)) if on)
        style = (f"position:absolute;margin-left:{_pt(min(x1, x2) + ind)};margin-top:{_pt(min(y1, y2))};"
                 f"width:{_pt(abs(x2 - x1))};height:{_pt(abs(y2 - y1))};z-index:251660000;"
                 + (f"flip:{flip};" if flip else "")
                 + "mso-position-horizontal-relative:margin;mso-position-vertical-relative:text")
        arrow = '<v:stroke endarrow="block"/>' if k == last else ""
        n = 10000 + sid * 8 + k  # VML ids of their own range (symbols use 1025..., labels 40000...)
        out.append(f'<v:shape id="_x0000_s{n}" o:spid="_x0000_s{n}" type="#_x0000_t32" style="{style}" '
                   f'o:allowincell="f" o:connectortype="straight" strokeweight=".5pt">{arrow}</v:shape>')
    # one shape per w:pict, as Word writes them (the caller puts each in a run of its own)
    return [f"<w:pict>{out[0]}{out[1]}</w:pict>"] + [f"<w:pict>{x}</w:pict>" for x in out[2:]]


def vml_label(text: str, x: float, y: float, sid: int, ind: int, para, align: str = "left") -> str:
    """A VML text box with neither fill nor outline holding ``text`` at (``x``, ``y``) twips."""
    w = LABEL_W + VML_LABEL_EXTRA
    x = x - VML_LABEL_EXTRA if align == "right" else x
    style = (f"position:absolute;margin-left:{_pt(x + ind)};margin-top:{_pt(y)};width:{_pt(w)};"
             f"height:{_pt(LABEL_H + 100)};z-index:251661000;mso-position-horizontal-relative:margin;"
             "mso-position-vertical-relative:text")
    return (f'<w:pict><v:shape id="_x0000_s{40000 + sid}" o:spid="_x0000_s{40000 + sid}" type="#_x0000_t202" '
            f'style="{style}" o:allowincell="f" filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>'
            f'{para(text, size=6, align=align)}</w:txbxContent></v:textbox></v:shape></w:pict>')


LABEL_W, LABEL_H = 400, 200
VML_LABEL_EXTRA = 300  # twips wider for a VML text box (LibreOffice shrinks text to fit a tight one)


def label_point(points: list[tuple[float, float]]) -> tuple[float, float, str]:
    """Where a branch label goes: beside the first segment, near its start: the top-left
    corner of its :data:`LABEL_W` x :data:`LABEL_H` box (twips) and the text's alignment in it
    (towards the line)."""
    (x1, y1), (x2, y2) = points[0], points[1]
    if abs(x1 - x2) < 1:  # vertical first segment: left of it
        return x1 - 60 - LABEL_W, min(y1, y2) + 20, "right"
    if x2 > x1:  # horizontal, rightwards: below it (above runs the arrow into the symbol)
        return x1 + 60, y1 + 30, "left"
    return x1 - 60 - LABEL_W, y1 + 30, "right"


TITLE_ROOM = 1400
"""Twips above a part's first table kept for its title lines."""
SAFETY = 500


def _row_need(step: dict, table: dict) -> int:
    """A lower bound of the row height :func:`plan` gives ``step`` (text and symbol room)."""
    return max(ROW_MIN_H, _text_height(step, table["cols"], table["widths"]), POS_V + 460 + 260)


def _paginate(p: Plan, proc: dict, flat: list[dict], page: dict) -> None:
    """Cut each table part into chunks that fit a page (see :func:`plan`)."""
    m = page["margins"]
    room = page["h"] - m["top"] - m["bottom"] - SAFETY
    i = 0
    for pi, table in enumerate(proc["tables"]):
        head = _header_height(table)
        pentagons = 2 * (PENTAGON_GAP + SYM_H["offpage"])  # an entry and an exit pair per chunk at most
        budget = room - head - TITLE_ROOM - pentagons
        chunk: list[int] = []
        used = 0
        for _ in table["steps"]:
            need = _row_need(flat[i], table)
            if chunk and used + need > budget:
                # never cut under an arrow going back (a loop stays on one page), nor above a row
                # without a number (at the top of a page it reads as the rest of the row above)
                cut = max((c for c in range(chunk[0] + 1, i + 1)
                           if not any(b is not None and b - 1 < c <= a - 1 for a, b, _ in p.flow)
                           and str(flat[c].get("no", "")).strip()),
                          default=i)
                p.chunks.append((pi, [k for k in chunk if k < cut]))
                chunk = [k for k in chunk if k >= cut]
                used = sum(_row_need(flat[k], table) for k in chunk)
                budget = room - head - pentagons
            chunk.append(i)
            used += need
            i += 1
        p.chunks.append((pi, chunk))
