"""One procedure drawn as an SOP AP swimlane flowchart in inline SVG.

Layout mirrors the paper form: a "No" column, the Kegiatan column, then one lane per
pelaksana (role column header) left to right; each step is a row and its symbol sits in the
lane(s) of its performer — terminator capsule, process box, decision diamond, off-page
pentagon, on-page connector circle, or a check mark for a text marker; a dashed box when the
step has a lane but no recognised symbol. Arrows join consecutive drawn steps (down within a
lane, elbowed across lanes). Steps with a finding are tinted (red: error, yellow: warning).

Input is the compact drawing spec made by :func:`sopcheck.audit.task._drawing`. All document
text is escaped: it is untrusted.
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


def symbol_svg(kind: str, cx: float, cy: float, cls: str) -> str:
    """The SVG element(s) of one flowchart symbol centred at (cx, cy)."""
    w, h = SYM_W, SYM_H
    x, y = cx - w / 2, cy - h / 2
    if kind == "terminator":
        return f'<rect class="sym {cls}" x="{x:g}" y="{y:g}" width="{w}" height="{h}" rx="{h / 2:g}"/>'
    if kind == "process":
        return f'<rect class="sym {cls}" x="{x:g}" y="{y:g}" width="{w}" height="{h}"/>'
    if kind == "decision":
        dh = h + 8
        pts = f"{cx:g},{cy - dh / 2:g} {cx + w / 2:g},{cy:g} {cx:g},{cy + dh / 2:g} {cx - w / 2:g},{cy:g}"
        return f'<polygon class="sym {cls}" points="{pts}"/>'
    if kind == "offpage":
        pw = w * 0.6
        pts = (f"{cx - pw / 2:g},{y:g} {cx + pw / 2:g},{y:g} {cx + pw / 2:g},{cy + h / 6:g} "
               f"{cx:g},{y + h:g} {cx - pw / 2:g},{cy + h / 6:g}")
        return f'<polygon class="sym {cls}" points="{pts}"/>'
    if kind == "connector":
        return f'<circle class="sym {cls}" cx="{cx:g}" cy="{cy:g}" r="{h / 2 - 2:g}"/>'
    if kind == "marker":
        return (f'<circle class="sym mark {cls}" cx="{cx:g}" cy="{cy:g}" r="11"/>'
                f'<path class="tick" d="M{cx - 6:g},{cy:g} l4,5 l8,-10"/>')
    return f'<rect class="sym unknown {cls}" x="{x:g}" y="{y:g}" width="{w}" height="{h}"/>'


def _half_height(kind: str) -> float:
    if kind == "decision":
        return (SYM_H + 8) / 2
    if kind == "marker":
        return 11
    return SYM_H / 2


def procedure_svg(drawing: Optional[dict[str, Any]], title: str = "", lang: str = "id",
                  no_lane_label: str = "(tanpa pelaksana)") -> str:
    """The procedure ``drawing`` (lanes + steps) as one ``<svg>`` element (a string)."""
    if not drawing:
        return ""
    lanes: list[str] = list(drawing.get("lanes") or [])
    steps: list[list] = list(drawing.get("steps") or [])
    if not lanes:
        lanes = [no_lane_label]
    lane_x0 = NO_W + KEG_W
    width = lane_x0 + LANE_W * len(lanes)
    height = HEAD_H + ROW_H * max(1, len(steps)) + 2
    out = [f'<svg class="flow" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{_e(title)}">']
    # header
    out.append(f'<rect class="head" x="0" y="0" width="{width}" height="{HEAD_H}"/>')
    out.append(_text_block(NO_W / 2, HEAD_H / 2, ["No"], "ht", "middle"))
    out.append(_text_block(NO_W + KEG_W / 2, HEAD_H / 2, ["Kegiatan"], "ht", "middle"))
    for j, lane in enumerate(lanes):
        cx = lane_x0 + LANE_W * j + LANE_W / 2
        label = _text_block(cx, HEAD_H / 2, _lines(lane, 15, 3), "ht", "middle")
        out.append(f'<g><title>{_e(lane)}</title>{label}</g>')
    # rows
    centres: list[Optional[tuple[list[float], float, str]]] = []
    for i, step in enumerate(steps):
        number, kegiatan, idx, kind, flag, kinds = (list(step) + ["", "", [], "", "", []])[:6]
        if len(kinds) != len(idx):
            kinds = [kind] * len(idx)
        y0 = HEAD_H + ROW_H * i
        cy = y0 + ROW_H / 2
        row_cls = {"error": "row err", "warning": "row warn"}.get(flag, "row")
        out.append(f'<g class="step" data-step="{_e(number)}"><title>{_e(number)}. {_e(kegiatan)}</title>'
                   f'<rect class="{row_cls}" x="0" y="{y0:g}" width="{width}" height="{ROW_H}"/>')
        out.append(_text_block(NO_W / 2, cy, [str(number)[:4]], "no", "middle"))
        out.append(_text_block(NO_W + 6, cy, _lines(kegiatan, KEG_CHARS, 3), "kg"))
        xs = []
        sym_cls = {"error": "err", "warning": "warn"}.get(flag, "")
        for j, lane_kind in zip(idx, kinds):
            if 0 <= j < len(lanes):
                cx = lane_x0 + LANE_W * j + LANE_W / 2
                xs.append(cx)
                out.append(symbol_svg(lane_kind, cx, cy, sym_cls))
        out.append("</g>")
        centres.append((xs, cy, kind) if xs else None)
    # lane separators
    for j in range(len(lanes) + 1):
        x = lane_x0 + LANE_W * j
        out.append(f'<line class="grid" x1="{x:g}" y1="0" x2="{x:g}" y2="{height:g}"/>')
    out.append(f'<line class="grid" x1="{NO_W}" y1="0" x2="{NO_W}" y2="{height:g}"/>')
    # arrows between consecutive drawn steps
    previous = None
    for entry in centres:
        if entry is None:
            continue
        if previous is not None:
            (pxs, py, pk), (xs, y, k) = previous, entry
            x1, x2 = pxs[0], xs[0]
            y1, y2 = py + _half_height(pk), y - _half_height(k)
            if abs(x1 - x2) < 1:
                d = f"M{x1:g},{y1:g} V{y2 - 1:g}"
            else:
                mid = y - ROW_H / 2
                d = f"M{x1:g},{y1:g} V{mid:g} H{x2:g} V{y2 - 1:g}"
            out.append(f'<path class="arrow" d="{d}" marker-end="url(#sopcheck-arrow)"/>')
        previous = entry
    more = drawing.get("more") or 0
    if more:
        out.append(_text_block(width / 2, height - 6, [f"+{more}"], "no", "middle"))
    out.append("</svg>")
    return "".join(out)


ARROW_DEFS = ('<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>'
              '<marker id="sopcheck-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
              'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#334"/>'
              '</marker></defs></svg>')
"""The arrowhead marker every flowchart refers to; put once in the page."""
