"""One procedure drawn as an SOP AP swimlane flowchart in inline SVG.

Layout mirrors the paper form: a "No" column, the Kegiatan column, then one lane per
pelaksana (role column header) left to right; each step is a row and its symbol sits in the
lane(s) of its performer — terminator capsule, process box, decision diamond, off-page
pentagon, on-page connector circle, or a check mark for a text marker; a dashed box when the
step has a lane but no recognised symbol. The arrows are drawn as sopcheck read them (the
drawing's ``flow``: down to a later step, back up round the side, along a row, out of the
table), with their labels; an arrow a flow rule flags is red. Steps with a finding are tinted
(red: error, yellow: warning).

Input is the compact drawing spec made by :func:`sopcheck.audit.task.drawing_spec`. The layout
is done once, as a :class:`Scene` of primitives (:func:`procedure_scene`); :func:`procedure_svg`
writes it as SVG and :mod:`sopcheck.audit.picture` paints the same scene as a PNG (the review
sheet's picture), so both show the same drawing. All document text is escaped: it is untrusted.
"""

from __future__ import annotations

from html import escape
from typing import Any, Optional

NO_W = 30
KEG_W = 250
LANE_W = 104
HEAD_H = 54
ROW_H = 50
SYM_W = 66
SYM_H = 28
KEG_CHARS = 38


def _e(text: Any) -> str:
    return escape(str(text), quote=True)


def _lines(text: str, width: int, count: int) -> list[str]:
    words, lines, current = text.split(), [], ""
    for word in words:
        if len(word) > width:
            word = word[: width - 1] + "…"
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
            if len(lines) == count:
                break
        else:
            current = f"{current} {word}".strip()
    else:
        if current:
            lines.append(current)
    if len(lines) == count and len(" ".join(lines)) < len(" ".join(words)):
        last = lines[-1]
        lines[-1] = (last[: width - 1] if len(last) >= width else last) + "…"
    return lines[:count] or [""]


def _text_block(x: float, y: float, lines: list[str], cls: str, anchor: str = "start") -> str:
    first = y - (len(lines) - 1) * 6.5
    spans = "".join(f'<tspan x="{x:g}" y="{first + i * 13:g}">{_e(line)}</tspan>' for i, line in enumerate(lines))
    return f'<text class="{cls}" text-anchor="{anchor}">{spans}</text>'


class Scene:
    """A procedure drawing as primitives, in drawing order: what :func:`procedure_scene` lays
    out once and each renderer draws (:func:`procedure_svg` as SVG for the HTML pages,
    :func:`sopcheck.audit.picture.procedure_png` as a picture for Word). Coordinates are user
    units (pixels at scale 1) from the top-left corner; ``cls`` is the CSS class of the SVG.

    Items are tuples: ``("rect", cls, x, y, w, h, rx)``, ``("polygon", cls, [(x, y), ...])``,
    ``("circle", cls, cx, cy, r)``, ``("tick", cls, cx, cy)`` (a check mark),
    ``("line", cls, x1, y1, x2, y2)``, ``("arrow", cls, [(x, y), ...])`` (a polyline ending in an
    arrowhead), ``("text", cls, x, y, [line, ...], anchor)`` (lines centred on ``y``),
    ``("group", tooltip, attrs)`` ... ``("end",)`` around a step's row or a lane header.
    """

    def __init__(self, width: float, height: float, title: str = ""):
        self.width, self.height, self.title = width, height, title
        self.items: list[tuple] = []

    def add(self, *item) -> None:
        self.items.append(item)


def symbol_items(kind: str, cx: float, cy: float, cls: str) -> list[tuple]:
    """The scene items of one flowchart symbol centred at (cx, cy)."""
    w, h = SYM_W, SYM_H
    x, y = cx - w / 2, cy - h / 2
    if kind == "terminator":
        return [("rect", f"sym {cls}", x, y, w, h, h / 2)]
    if kind == "process":
        return [("rect", f"sym {cls}", x, y, w, h, 0)]
    if kind == "decision":
        dh = h + 8
        return [("polygon", f"sym {cls}", [(cx, cy - dh / 2), (cx + w / 2, cy), (cx, cy + dh / 2), (cx - w / 2, cy)])]
    if kind == "offpage":
        pw = w * 0.6
        return [("polygon", f"sym {cls}", [(cx - pw / 2, y), (cx + pw / 2, y), (cx + pw / 2, cy + h / 6),
                                           (cx, y + h), (cx - pw / 2, cy + h / 6)])]
    if kind == "connector":
        return [("circle", f"sym {cls}", cx, cy, h / 2 - 2)]
    if kind == "marker":
        return [("circle", f"sym mark {cls}", cx, cy, 11), ("tick", "tick", cx, cy)]
    return [("rect", f"sym unknown {cls}", x, y, w, h, 0)]


def symbol_svg(kind: str, cx: float, cy: float, cls: str) -> str:
    """The SVG element(s) of one flowchart symbol centred at (cx, cy)."""
    return "".join(_svg_item(item) for item in symbol_items(kind, cx, cy, cls))


def _half_height(kind: str) -> float:
    if kind == "decision":
        return (SYM_H + 8) / 2
    if kind == "marker":
        return 11
    return SYM_H / 2


def procedure_scene(drawing: Optional[dict[str, Any]], title: str = "",
                    no_lane_label: str = "(tanpa pelaksana)") -> Optional[Scene]:
    """The procedure ``drawing`` (lanes + steps) laid out as a :class:`Scene`; ``None`` when
    there is nothing to draw."""
    if not drawing:
        return None
    lanes: list[str] = list(drawing.get("lanes") or [])
    steps: list[list] = list(drawing.get("steps") or [])
    if not lanes:
        lanes = [no_lane_label]
    lane_x0 = NO_W + KEG_W
    width = lane_x0 + LANE_W * len(lanes)
    height = HEAD_H + ROW_H * max(1, len(steps)) + 2
    scene = Scene(width, height, title)
    # header
    scene.add("rect", "head", 0, 0, width, HEAD_H, 0)
    scene.add("text", "ht", NO_W / 2, HEAD_H / 2, ["No"], "middle")
    scene.add("text", "ht", NO_W + KEG_W / 2, HEAD_H / 2, ["Kegiatan"], "middle")
    for j, lane in enumerate(lanes):
        cx = lane_x0 + LANE_W * j + LANE_W / 2
        scene.add("group", lane, {})
        scene.add("text", "ht", cx, HEAD_H / 2, _lines(lane, 15, 3), "middle")
        scene.add("end")
    # rows
    centres: list[Optional[tuple[list[float], float, str]]] = []
    for i, step in enumerate(steps):
        number, kegiatan, idx, kind, flag, kinds = (list(step) + ["", "", [], "", "", []])[:6]
        if len(kinds) != len(idx):
            kinds = [kind] * len(idx)
        y0 = HEAD_H + ROW_H * i
        cy = y0 + ROW_H / 2
        row_cls = {"error": "row err", "warning": "row warn"}.get(flag, "row")
        scene.add("group", f"{number}. {kegiatan}", {"class": "step", "data-step": number})
        scene.add("rect", row_cls, 0, y0, width, ROW_H, 0)
        scene.add("text", "no", NO_W / 2, cy, [str(number)[:4]], "middle")
        scene.add("text", "kg", NO_W + 6, cy, _lines(kegiatan, KEG_CHARS, 3), "start")
        xs = []
        sym_cls = {"error": "err", "warning": "warn"}.get(flag, "")
        for j, lane_kind in zip(idx, kinds):
            if 0 <= j < len(lanes):
                cx = lane_x0 + LANE_W * j + LANE_W / 2
                xs.append(cx)
                scene.items.extend(symbol_items(lane_kind, cx, cy, sym_cls))
        scene.add("end")
        centres.append((xs, cy, kind) if xs else None)
    # lane separators
    for j in range(len(lanes) + 1):
        x = lane_x0 + LANE_W * j
        scene.add("line", "grid", x, 0, x, height)
    scene.add("line", "grid", NO_W, 0, NO_W, height)
    if "flow" in drawing:  # the arrows as read
        kinds = {}
        for i, step in enumerate(steps):
            _, _, idx, kind, _, step_kinds = (list(step) + ["", "", [], "", "", []])[:6]
            for j, k in zip(idx, step_kinds if len(step_kinds) == len(idx) else [kind] * len(idx)):
                kinds[(i, j)] = k or kind
        for arrow in drawing.get("flow") or []:
            scene.items.extend(_arrow_items(arrow, steps, kinds, lane_x0))
        _more(scene, drawing)
        return scene
    # no arrows read (a drawing of an older audit): the steps joined in order
    previous = None
    for entry in centres:
        if entry is None:
            continue
        if previous is not None:
            (pxs, py, pk), (xs, y, k) = previous, entry
            x1, x2 = pxs[0], xs[0]
            y1, y2 = py + _half_height(pk), y - _half_height(k)
            if abs(x1 - x2) < 1:
                points = [(x1, y1), (x1, y2 - 1)]
            else:
                mid = y - ROW_H / 2
                points = [(x1, y1), (x1, mid), (x2, mid), (x2, y2 - 1)]
            scene.add("arrow", "arrow", points)
        previous = entry
    _more(scene, drawing)
    return scene


def _more(scene: Scene, drawing: dict[str, Any]) -> None:
    more = drawing.get("more") or 0
    if more:
        scene.add("text", "no", scene.width / 2, scene.height - 6, [f"+{more}"], "middle")


def _svg_item(item: tuple) -> str:
    kind = item[0]
    if kind == "rect":
        _, cls, x, y, w, h, rx = item
        round_ = f' rx="{rx:g}"' if rx else ""
        return f'<rect class="{cls}" x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}"{round_}/>'
    if kind == "polygon":
        _, cls, pts = item
        return f'<polygon class="{cls}" points="{" ".join(f"{x:g},{y:g}" for x, y in pts)}"/>'
    if kind == "circle":
        _, cls, cx, cy, r = item
        return f'<circle class="{cls}" cx="{cx:g}" cy="{cy:g}" r="{r:g}"/>'
    if kind == "tick":
        _, cls, cx, cy = item
        return f'<path class="{cls}" d="M{cx - 6:g},{cy:g} l4,5 l8,-10"/>'
    if kind == "line":
        _, cls, x1, y1, x2, y2 = item
        return f'<line class="{cls}" x1="{x1:g}" y1="{y1:g}" x2="{x2:g}" y2="{y2:g}"/>'
    if kind == "arrow":
        _, cls, pts = item
        (x0, y0), rest = pts[0], pts[1:]
        d = f"M{x0:g},{y0:g}" + "".join(f" L{x:g},{y:g}" for x, y in rest)
        marker = "sopcheck-arrow-flag" if "flag" in cls.split() else "sopcheck-arrow"
        return f'<path class="{cls}" d="{d}" marker-end="url(#{marker})"/>'
    if kind == "text":
        _, cls, x, y, lines, anchor = item
        return _text_block(x, y, lines, cls, anchor)
    if kind == "group":
        _, tooltip, attrs = item
        extra = "".join(f' {k}="{_e(v)}"' for k, v in attrs.items())
        return f"<g{extra}><title>{_e(tooltip)}</title>"
    if kind == "end":
        return "</g>"
    raise ValueError(f"unknown scene item {kind!r}")


def procedure_svg(drawing: Optional[dict[str, Any]], title: str = "", lang: str = "id",
                  no_lane_label: str = "(tanpa pelaksana)") -> str:
    """The procedure ``drawing`` (lanes + steps) as one ``<svg>`` element (a string)."""
    scene = procedure_scene(drawing, title, no_lane_label)
    if scene is None:
        return ""
    w, h = scene.width, scene.height
    return (f'<svg class="flow" xmlns="http://www.w3.org/2000/svg" width="{w:g}" height="{h:g}" '
            f'viewBox="0 0 {w:g} {h:g}" role="img" aria-label="{_e(title)}">'
            + "".join(_svg_item(item) for item in scene.items) + "</svg>")


def _arrow_items(arrow: list, steps: list, kinds: dict, lane_x0: float) -> list[tuple]:
    """The scene items of one arrow as read (``[from, from lane, to, to lane, label, flagged]``,
    see :func:`sopcheck.audit.task.drawing_spec`): down from the source to the target's top,
    across a gap between rows; back up round the side; along the row between two symbols of one
    row; a short stub out of the row for an arrow that leaves the table. A flagged arrow has
    the class ``arrow flag`` (red); its label is a ``text`` item of class ``al``."""
    src, sl, dst, dl, label, flag = (list(arrow) + [0, -1, -1, -1, "", False])[:6]
    if not (0 <= src < len(steps)) or sl < 0:
        return []
    cls = "arrow flag" if flag else "arrow"
    x1 = lane_x0 + LANE_W * sl + LANE_W / 2
    y1 = HEAD_H + ROW_H * src + ROW_H / 2
    h1 = _half_height(kinds.get((src, sl), "process"))
    if dst < 0 or dl < 0 or dst >= len(steps):
        points = [(x1, y1 + h1), (x1, y1 + ROW_H / 2 - 2)]
        label_at = (x1 + 4, y1 + h1 + 10)
    else:
        x2 = lane_x0 + LANE_W * dl + LANE_W / 2
        y2 = HEAD_H + ROW_H * dst + ROW_H / 2
        h2 = _half_height(kinds.get((dst, dl), "process"))
        if dst == src:  # two symbols of one row
            sign = 1 if x2 > x1 else -1
            points = [(x1 + sign * SYM_W / 2, y1), (x2 - sign * (SYM_W / 2 + 1), y1)]
            label_at = (min(x1, x2) + SYM_W / 2 + 4, y1 - 4)
        elif dst > src:  # down
            mid = y2 - ROW_H / 2
            points = ([(x1, y1 + h1), (x1, mid), (x2, mid), (x2, y2 - h2 - 1)] if abs(x1 - x2) > 1
                      else [(x1, y1 + h1), (x1, y2 - h2 - 1)])
            label_at = (x1 + 4, y1 + h1 + 10)
        else:  # back up, round the right side of both lanes
            side = max(x1, x2) + SYM_W / 2 + 8
            points = [(x1 + SYM_W / 2, y1), (side, y1), (side, y2), (x2 + SYM_W / 2 + 1, y2)]
            label_at = (x1 + SYM_W / 2 + 2, y1 - 4)
    items: list[tuple] = [("arrow", cls, points)]
    if label:
        items.append(("text", "al", label_at[0], label_at[1], [str(label)], "start"))
    return items

ARROW_DEFS = ('<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>'
              '<marker id="sopcheck-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" '
              'markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">'
              '<path d="M0,0 L10,5 L0,10 z" fill="#334"/></marker>'
              '<marker id="sopcheck-arrow-flag" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" '
              'markerHeight="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse">'
              '<path d="M0,0 L10,5 L0,10 z" fill="#c62828"/></marker></defs></svg>')
"""The arrowhead markers every flowchart refers to (a flagged arrow's is red); put once in the page."""
