"""Arrows and connector lines in DOCX drawings (DrawingML and VML), and the text labels beside them.

A line shape is read as a polyline in its own unit box (0..1 on each axis, before the caller
maps the box onto the drawing or group that holds it):

* DrawingML ``wps:wsp`` with ``a:prstGeom`` ``line``, ``straightConnector1``,
  ``bentConnector2..5``, ``curvedConnector2..5`` (a curved connector is read as the bent one
  with the same adjust values: only its ends and turns matter), or an open ``a:custGeom`` path;
  ``flipH``/``flipV`` and ``rot`` of its ``a:xfrm`` applied; ``a:headEnd`` is an arrowhead at
  the first point, ``a:tailEnd`` at the last; ``wps:cNvCnPr/a:stCxn``/``a:endCxn`` name the
  shapes (by their ``wp:docPr``/``wps:cNvPr`` id) the ends are glued to;
* VML ``v:line`` (``from``/``to``), ``v:polyline`` (``points``) and ``v:shape`` connectors
  (shape types 32 to 40, or ``o:connectortype``), with ``v:stroke startarrow``/``endarrow``.

A text box with neither fill nor outline holding a short text ("Ya", "Tidak") is a label.
Units: DrawingML EMU or a group's child units; VML CSS lengths as EMU (see
:func:`~sopcheck.readers.docx_shapes.css_length_emu`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Optional

from lxml import etree

from .ooxml import (
    A_CUSTGEOM,
    A_LN,
    A_NOFILL,
    A_NS,
    A_PRSTGEOM,
    A_XFRM,
    O_NS,
    V_LINE,
    V_POLYLINE,
    V_SHAPE,
    V_STROKE,
    WPS_CNVCNPR,
    WPS_NS,
    WPS_SPPR,
    q,
)

Point = tuple[float, float]

LINE_PRST = {"line", "straightConnector1", "bentConnector2", "bentConnector3", "bentConnector4", "bentConnector5",
             "curvedConnector2", "curvedConnector3", "curvedConnector4", "curvedConnector5"}
"""DrawingML presets that are lines (arrows, connectors), not symbols."""
VML_CONNECTOR_SPT = set(range(32, 41))
"""VML shape types of connectors (32 straight, 33-36 bent, 37-40 curved)."""
LABEL_CHARS = 24

A_HEADEND, A_TAILEND, A_STCXN, A_ENDCXN = q(A_NS, "headEnd"), q(A_NS, "tailEnd"), q(A_NS, "stCxn"), q(A_NS, "endCxn")
A_AVLST, A_GD, A_PATHLST, A_PATH = q(A_NS, "avLst"), q(A_NS, "gd"), q(A_NS, "pathLst"), q(A_NS, "path")
A_MOVETO, A_LNTO, A_CUBICBEZTO, A_PT, A_CLOSE = (q(A_NS, "moveTo"), q(A_NS, "lnTo"), q(A_NS, "cubicBezTo"),
                                                 q(A_NS, "pt"), q(A_NS, "close"))
A_QUADBEZTO, A_ARCTO = q(A_NS, "quadBezTo"), q(A_NS, "arcTo")
WPS_CNVPR = q(WPS_NS, "cNvPr")
O_CONNECTORTYPE = q(O_NS, "connectortype")
_NUM = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass
class Line:
    """An arrow or connector: ``pts`` in the unit box of what holds it (fractions), an arrowhead
    at the first (``head_start``) or last (``head_end``) point, and the ids of the shapes the
    first and last points are glued to (``None`` where not glued)."""

    pts: list[Point]
    head_start: bool = False
    head_end: bool = False
    glue: tuple[Optional[str], Optional[str]] = (None, None)


@dataclass
class Label:
    """A short text in a text box with neither fill nor outline, centred at ``fx``/``fy``
    (fractions of the box of what holds it)."""

    text: str
    fx: float = 0.5
    fy: float = 0.5


@dataclass
class Lines:
    """The lines and labels found in one drawing object (fractions of its box)."""

    lines: list[Line] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)


def _float(value: Optional[str], default: float = 0.0) -> float:
    try:
        return float(value) if value is not None else default
    except ValueError:
        return default


def _adjusts(geom: etree._Element) -> dict[str, float]:
    """``a:avLst`` guide values by name (``adj1`` ... as fractions: val / 100000)."""
    out: dict[str, float] = {}
    av = geom.find(A_AVLST)
    if av is None:
        return out
    for gd in av.iter(A_GD):
        m = _NUM.search(gd.get("fmla") or "")
        if gd.get("name") and m:
            out[gd.get("name")] = float(m.group()) / 100000.0
    return out


def preset_points(prst: str, adj: dict[str, float]) -> list[Point]:
    """The polyline of a line preset in its unit box, from its start to its end."""
    if prst in ("line", "straightConnector1"):
        return [(0.0, 0.0), (1.0, 1.0)]
    n = prst[-1]
    a1, a2, a3 = adj.get("adj1", 0.5), adj.get("adj2", 0.5), adj.get("adj3", 0.5)
    if n == "2":
        return [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]
    if n == "3":
        return [(0.0, 0.0), (a1, 0.0), (a1, 1.0), (1.0, 1.0)]
    if n == "4":
        return [(0.0, 0.0), (a1, 0.0), (a1, a2), (1.0, a2), (1.0, 1.0)]
    return [(0.0, 0.0), (a1, 0.0), (a1, a2), (a3, a2), (a3, 1.0), (1.0, 1.0)]


def _custom_points(geom: etree._Element) -> Optional[list[Point]]:
    """The open path of an ``a:custGeom`` in its unit box; ``None`` for a closed path (a shape)."""
    path = next(geom.iter(A_PATH), None)
    if path is None:
        return None
    w, h = _float(path.get("w"), 0.0), _float(path.get("h"), 0.0)
    pts: list[Point] = []
    for el in path:
        if el.tag == A_CLOSE:
            return None
        found = [(_float(p.get("x")), _float(p.get("y"))) for p in el.iter(A_PT)]
        if el.tag in (A_MOVETO, A_LNTO, A_QUADBEZTO, A_CUBICBEZTO) and found:
            pts.append(found[-1])
    if len(pts) < 2:
        return None
    w = w or max(x for x, _ in pts) or 1.0
    h = h or max(y for _, y in pts) or 1.0
    return [(x / w, y / h) for x, y in pts]


def _head(el: Optional[etree._Element]) -> bool:
    return el is not None and (el.get("type") or "none") != "none"


def transform(pts: list[Point], xfrm: Optional[etree._Element], ex: float, ey: float) -> list[Point]:
    """``pts`` of a unit box with the ``a:xfrm`` flips and rotation applied (rotation about the
    box centre, in the shape's own units ``ex`` x ``ey``); still fractions of the box."""
    if xfrm is None:
        return pts
    on = ("1", "true", "on")
    if xfrm.get("flipH") in on:
        pts = [(1.0 - x, y) for x, y in pts]
    if xfrm.get("flipV") in on:
        pts = [(x, 1.0 - y) for x, y in pts]
    rot = _float(xfrm.get("rot"), 0.0) / 60000.0
    if rot % 360 and ex > 0 and ey > 0:
        a = math.radians(rot)
        c, s = math.cos(a), math.sin(a)
        out = []
        for x, y in pts:
            dx, dy = (x - 0.5) * ex, (y - 0.5) * ey
            out.append((0.5 + (dx * c - dy * s) / ex, 0.5 + (dx * s + dy * c) / ey))
        pts = out
    return pts


def wsp_line(wsp: etree._Element, ex: float, ey: float) -> Optional[Line]:
    """The :class:`Line` a ``wps:wsp`` draws (``ex`` x ``ey``: its extent, for a rotation),
    ``None`` when it is no line or has no visible outline."""
    sppr = wsp.find(WPS_SPPR)
    if sppr is None:
        return None
    connector = wsp.find(WPS_CNVCNPR)
    geom = sppr.find(A_PRSTGEOM)
    if geom is not None and geom.get("prst") in LINE_PRST:
        pts = preset_points(geom.get("prst", "line"), _adjusts(geom))
    elif geom is None and sppr.find(A_CUSTGEOM) is not None:
        pts = _custom_points(sppr.find(A_CUSTGEOM))
        if pts is None:
            return None
    elif connector is not None and geom is not None:
        pts = [(0.0, 0.0), (1.0, 1.0)]
    else:
        return None
    ln = sppr.find(A_LN)
    if ln is not None and ln.find(A_NOFILL) is not None:
        return None
    pts = transform(pts, sppr.find(A_XFRM), ex, ey)
    glue: tuple[Optional[str], Optional[str]] = (None, None)
    if connector is not None:
        st, en = connector.find(A_STCXN), connector.find(A_ENDCXN)
        glue = (st.get("id") if st is not None else None, en.get("id") if en is not None else None)
    return Line(pts, _head(ln.find(A_HEADEND)) if ln is not None else False,
                _head(ln.find(A_TAILEND)) if ln is not None else False, glue)


def shape_id(wsp: etree._Element) -> Optional[str]:
    """The id of a group child shape (``wps:cNvPr/@id``)."""
    pr = wsp.find(WPS_CNVPR)
    return pr.get("id") if pr is not None else None


def label_text(text: str) -> Optional[str]:
    """``text`` as a label when it is short (one line, at most :data:`LABEL_CHARS` characters)."""
    text = " ".join((text or "").split())
    return text if text and len(text) <= LABEL_CHARS else None


# --------------------------------------------------------------------------- VML

def _vml_heads(el: etree._Element) -> tuple[bool, bool]:
    stroke = el.find(V_STROKE)
    if stroke is None:
        return False, False

    def on(attr: str) -> bool:
        return (stroke.get(attr) or "none").lower() not in ("none", "")

    return on("startarrow"), on("endarrow")


def _pairs(text: str, unit) -> list[Point]:
    """``"10pt,20pt 30pt,40pt"`` (or plain numbers) as EMU points (``unit`` converts one length)."""
    values = [unit(v) for v in re.split(r"[\s,]+", (text or "").strip()) if v]
    values = [v for v in values if v is not None]
    return [(values[i], values[i + 1]) for i in range(0, len(values) - 1, 2)]


def vml_line(el: etree._Element, st: dict[str, str], spt: Optional[int],
             unit) -> Optional[tuple[list[Point], bool, bool]]:
    """``(points in EMU (absolute for v:line/v:polyline, else in the element's box: left/top +
    fraction x width/height), head_start, head_end)`` of a VML line element, or ``None``.

    ``st``: the element's parsed style; ``spt``: its shape type; ``unit``: a CSS length to EMU."""
    if (st.get("visibility") or "").lower() == "hidden" or (el.get("stroked") or "t").lower() in ("f", "false"):
        return None
    start, end = _vml_heads(el)
    if el.tag == V_LINE:
        a, b = _pairs(el.get("from") or "0,0", unit), _pairs(el.get("to") or "0,0", unit)
        if not a or not b:
            return None
        return [a[0], b[0]], start, end
    if el.tag == V_POLYLINE:
        pts = _pairs(el.get("points") or "", unit)
        return (pts, start, end) if len(pts) >= 2 else None
    if el.tag == V_SHAPE and (spt in VML_CONNECTOR_SPT or el.get(O_CONNECTORTYPE)):
        left, top = unit(st.get("left") or st.get("margin-left") or "0") or 0.0, \
            unit(st.get("top") or st.get("margin-top") or "0") or 0.0
        w, h = unit(st.get("width") or "0") or 0.0, unit(st.get("height") or "0") or 0.0
        pts = [(0.0, 0.0), (1.0, 1.0)] if spt in (None, 32) else [(0.0, 0.0), (0.5, 0.0), (0.5, 1.0), (1.0, 1.0)]
        flip = (st.get("flip") or "").lower()
        if "x" in flip:
            pts = [(1.0 - x, y) for x, y in pts]
        if "y" in flip:
            pts = [(x, 1.0 - y) for x, y in pts]
        return [(left + x * w, top + y * h) for x, y in pts], start, end
    return None
