"""Flowchart shapes in a DOCX run: DrawingML (``w:drawing``), VML (``w:pict``/``w:object``) and
``mc:AlternateContent`` wrapping both.

:func:`drawings_in` takes one run child and returns :class:`Drawing` values: one per drawing
object (an inline or floating shape, group or canvas), each with the flowchart symbols found in
it as :class:`Hit` values. A hit's position is its centre as a *fraction* of the drawing
object's box (0..1 on each axis), so a floating group places every child by its own centre
once the object's box is known on the page (see :mod:`sopcheck.readers.docx_geometry`).

What counts as a symbol (SOP AP allows kapsul, kotak, belah ketupat, segilima, plus the
on-page circle):

* DrawingML ``a:prstGeom/@prst``: :data:`PRST_KIND`. Lines, connectors (any ``wps:cNvCnPr``),
  arrow shapes, pictures and unknown geometries are not symbols.
* VML: ``v:shape`` by its shape type number (``type="#_x0000_t109"`` or ``o:spt``),
  :data:`VML_SPT_KIND`; ``v:rect`` process, ``v:roundrect`` terminator, ``v:oval`` connector.
* A plain ellipse (``ellipse``, ``v:oval``, VML type 3) is the on-page connector circle when
  round, but a *terminator* when it is clearly elongated (width/height >= 1.4 either way) or
  its text says MULAI/SELESAI/START/END: offices draw the kapsul as an oval. The explicit
  connector geometries (``flowChartConnector``, ``#_x0000_t120``) stay connectors.
* Any shape with neither fill nor outline (decision labels "Ya"/"Tidak" in a text box) is
  invisible apart from its text and is not a symbol.

Units: DrawingML positions and extents are EMU (914400 per inch, 12700 per pt); VML styles
carry CSS lengths (pt, in, cm, mm, px) converted to EMU here; VML group children use the
group's ``coordsize`` units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from lxml import etree

from .docx_lines import Label, Line, Lines, label_text, shape_id, vml_line, wsp_line
from .ooxml import (
    A_CHEXT,
    A_CHOFF,
    A_EXT,
    A_FILLREF,
    A_FILLS,
    A_GRAPHIC,
    A_GRAPHICDATA,
    A_LN,
    A_LNREF,
    A_NOFILL,
    A_OFF,
    A_PRSTGEOM,
    A_XFRM,
    MC_AC,
    MC_CHOICE,
    MC_FALLBACK,
    O_ALLOWINCELL,
    O_SPT,
    PIC_PIC,
    V_ARC,
    V_CURVE,
    V_FILL,
    V_GROUP,
    V_IMAGE,
    V_IMAGEDATA,
    V_LINE,
    V_NS,
    V_OVAL,
    V_POLYLINE,
    V_RECT,
    V_ROUNDRECT,
    V_SHAPE,
    V_SHAPETYPE,
    V_STROKE,
    V_TEXTBOX,
    W_BR,
    W_CR,
    W_DRAWING,
    W_NS,
    W_OBJECT,
    W_P,
    W_PICT,
    W_T,
    W_TAB,
    W_TXBX,
    WP14_PCTH,
    WP14_PCTV,
    WP_ALIGN,
    WP_ANCHOR,
    WP_DOCPR,
    WP_EXTENT,
    WP_INLINE,
    WP_POSH,
    WP_POSOFF,
    WP_POSV,
    WP_SIMPLEPOS,
    WPC_WPC,
    WPG_GRPSP,
    WPG_GRPSPPR,
    WPG_WGP,
    WPS_CNVCNPR,
    WPS_SPPR,
    WPS_STYLE,
    WPS_TXBX,
    WPS_WSP,
    q,
)

#: DrawingML preset geometry -> SOP AP symbol kind.
PRST_KIND = {
    "flowChartTerminator": "terminator", "roundRect": "terminator",
    "flowChartAlternateProcess": "terminator",
    "flowChartProcess": "process", "rect": "process",
    "flowChartDecision": "decision", "diamond": "decision",
    "flowChartConnector": "connector", "ellipse": "connector",
    "flowChartOffpageConnector": "offpage", "pentagon": "offpage", "homePlate": "offpage",
}

#: VML shape type numbers (``#_x0000_tNNN`` / ``o:spt``) -> symbol kind.
VML_SPT_KIND = {
    109: "process", 1: "process", 202: "process",  # 202 = text box; only when visible
    110: "decision", 4: "decision",
    116: "terminator", 176: "terminator", 2: "terminator",
    120: "connector", 3: "connector",
    177: "offpage", 15: "offpage", 56: "offpage",
}

_VML_TAG_KIND = {V_RECT: "process", V_ROUNDRECT: "terminator", V_OVAL: "connector"}
_VML_NOT_SYMBOL = {V_LINE, V_POLYLINE, V_CURVE, V_ARC, V_IMAGE}
_SPT_RE = re.compile(r"_x0000_t(\d+)$")

EMU_PER_PT = 12700
EMU_PER_TWIP = 635
_CSS_UNIT_EMU = {"pt": 12700.0, "in": 914400.0, "cm": 360000.0, "mm": 36000.0,
                 "px": 9525.0, "pc": 152400.0, "emu": 1.0}
_CSS_LEN_RE = re.compile(r"^\s*(-?[0-9]*\.?[0-9]+(?:[eE]-?\d+)?)\s*([a-z]*)\s*$")


@dataclass
class Hit:
    """One flowchart symbol inside a drawing object.

    ``fx``/``fy``: the symbol's centre as a fraction of the drawing object's box
    (0 = left/top edge, 1 = right/bottom edge); 0.5 for a lone shape.
    """

    kind: str
    encoding: str
    text: str = ""
    fx: float = 0.5
    fy: float = 0.5
    fw: float = 1.0
    fh: float = 1.0
    """The symbol's width and height as fractions of the drawing object's box."""
    sid: Optional[str] = None
    """The shape's id (``wp:docPr``/``wps:cNvPr``/VML ``id``), which connectors glue to."""


@dataclass
class Anchor:
    """Where a floating drawing object sits (``wp:anchor`` or VML ``position:absolute``).

    ``h_rel``/``v_rel`` use the DrawingML ``relativeFrom`` vocabulary (``page``, ``margin``,
    ``column``, ``character``, ``leftMargin``, ``rightMargin``, ``insideMargin``,
    ``outsideMargin``; vertically ``paragraph``, ``line``, ``page``, ``margin``, ...).
    Exactly one of ``*_off`` (EMU from the frame's left/top edge), ``*_align``
    (``left``/``center``/``right``/``top``/``bottom``/``inside``/``outside``) or ``*_pct``
    (fraction of the frame's size) is normally set. ``width``/``height``: the object's
    extent in EMU. ``in_cell``: ``layoutInCell`` (positions relative to the table cell).
    """

    h_rel: str = "column"
    h_off: Optional[float] = None
    h_align: Optional[str] = None
    h_pct: Optional[float] = None
    v_rel: str = "paragraph"
    v_off: Optional[float] = None
    v_align: Optional[str] = None
    v_pct: Optional[float] = None
    width: float = 0.0
    height: float = 0.0
    in_cell: bool = True


@dataclass
class Drawing:
    """One drawing object of a run: its symbols and, when floating, its :class:`Anchor`
    (``None`` for inline objects, which belong to the paragraph that holds them)."""

    hits: list[Hit] = field(default_factory=list)
    anchor: Optional[Anchor] = None
    lines: list[Line] = field(default_factory=list)
    """Arrows and connector lines, points as fractions of the object's box
    (:mod:`sopcheck.readers.docx_lines`)."""
    labels: list[Label] = field(default_factory=list)
    """Short texts in invisible text boxes ("Ya", "Tidak"), centres as fractions of the box."""
    width: float = 0.0
    height: float = 0.0
    """The object's extent (EMU), also for inline objects."""


def drawings_in(el: etree._Element, shapetypes: dict[str, int] | None = None) -> tuple[list[Drawing], bool]:
    """The drawing objects in one run child (``w:drawing``, ``w:pict``, ``w:object`` or
    ``mc:AlternateContent``).

    ``mc:AlternateContent`` counts once: its first ``mc:Choice`` is used, and ``mc:Fallback``
    only when the Choice holds nothing understood (neither a symbol nor a known non-symbol).

    :param shapetypes: ``v:shapetype`` ids (without ``#``) -> shape type number, for VML shapes
        whose ``type`` is not a standard ``_x0000_tNNN`` id.
    :returns: ``(drawings, understood)``; ``understood`` is false when ``el`` held no drawing
        markup this module knows.
    """
    tag = el.tag
    if tag == W_DRAWING:
        return _drawingml(el)
    if tag in (W_PICT, W_OBJECT):
        return _vml_container(el, shapetypes or {})
    if tag == MC_AC:
        choice = el.find(MC_CHOICE)
        if choice is not None:
            out, ok = _children(choice, shapetypes)
            if ok:
                return out, True
        fallback = el.find(MC_FALLBACK)
        if fallback is not None:
            return _children(fallback, shapetypes)
    return [], False


def _children(container: etree._Element, shapetypes) -> tuple[list[Drawing], bool]:
    out: list[Drawing] = []
    understood = False
    for ch in container:
        tag = ch.tag
        if tag in (W_DRAWING, W_PICT, W_OBJECT, MC_AC):
            d, ok = drawings_in(ch, shapetypes)
            out.extend(d)
            understood = understood or ok
        elif tag == q(W_NS, "r"):  # paragraph-level AlternateContent wrapping runs
            d, ok = _children(ch, shapetypes)
            out.extend(d)
            understood = understood or ok
    return out, understood


# --------------------------------------------------------------------------- text in shapes

def shape_text(el: Optional[etree._Element]) -> str:
    """Text inside a shape's text box (``w:txbxContent``): paragraphs joined by ``"\\n"``,
    whitespace trimmed."""
    if el is None:
        return ""
    box = el if el.tag == W_TXBX else next(el.iter(W_TXBX), None)
    if box is None:
        return ""
    lines = []
    for p in box.iter(W_P):
        buf = []
        for node in p.iter(W_T, W_TAB, W_BR, W_CR):
            if node.tag == W_T:
                buf.append(node.text or "")
            elif node.tag == W_TAB:
                buf.append(" ")
            else:
                buf.append("\n")
        line = "".join(buf).strip()
        if line:
            lines.append(line)
    return "\n".join(lines)


# --------------------------------------------------------------------------- DrawingML

def _int(value: Optional[str], default: float = 0.0) -> float:
    if value is None:
        return default
    try:
        return float(int(float(value.strip())))
    except (ValueError, OverflowError):
        return default


def _drawingml(drawing: etree._Element) -> tuple[list[Drawing], bool]:
    out: list[Drawing] = []
    understood = False
    for holder in drawing:
        if holder.tag not in (WP_INLINE, WP_ANCHOR):
            continue
        floating = holder.tag == WP_ANCHOR
        ext = holder.find(WP_EXTENT)
        cx = _int(ext.get("cx")) if ext is not None else 0.0
        cy = _int(ext.get("cy")) if ext is not None else 0.0
        gd = holder.find(f"{A_GRAPHIC}/{A_GRAPHICDATA}")
        if gd is None:
            continue
        enc = "drawingml-anchor" if floating else "drawingml-inline"
        hits: list[Hit] = []
        found = Lines()
        doc_pr = holder.find(WP_DOCPR)
        for obj in gd:
            if obj.tag == WPS_WSP:
                understood = True
                kind = classify_wsp(obj, cx, cy)
                if kind:
                    hits.append(Hit(kind, enc, shape_text(obj.find(WPS_TXBX)),
                                    sid=doc_pr.get("id") if doc_pr is not None else None))
                else:
                    _line_or_label(obj, 0.0, 0.0, cx, cy, 1.0 / cx if cx else 1.0, 0.0,
                                   1.0 / cy if cy else 1.0, 0.0, found)
            elif obj.tag in (WPG_WGP, WPG_GRPSP):
                understood = True
                sx, ox, sy, oy = _top_group_transform(obj, cx, cy)
                _walk_group(obj, sx, ox, sy, oy, hits, found)
            elif obj.tag == WPC_WPC:
                understood = True
                sx = 1.0 / cx if cx > 0 else 0.0
                sy = 1.0 / cy if cy > 0 else 0.0
                _walk_group(obj, sx, 0.0, sy, 0.0, hits, found)
            elif obj.tag == PIC_PIC:
                understood = True
        anchor = _drawingml_anchor(holder, cx, cy) if floating else None
        out.append(Drawing(hits, anchor, found.lines, found.labels, cx, cy))
    return out, understood


_TERMINATOR_TEXT = re.compile(r"\b(mulai|selesai|start|end|finish|selesai\.)\b", re.I)
ELLIPSE_ELONGATED = 1.4


def ellipse_kind(width: float, height: float, text: str) -> str:
    """``terminator`` for an elongated ellipse (``width``/``height`` in any one unit, ratio
    >= :data:`ELLIPSE_ELONGATED`) or one whose text is MULAI/SELESAI/START/END, else
    ``connector`` (the round on-page connector)."""
    if text and _TERMINATOR_TEXT.search(text):
        return "terminator"
    if width > 0 and height > 0 and max(width / height, height / width) >= ELLIPSE_ELONGATED:
        return "terminator"
    return "connector"


def classify_wsp(wsp: etree._Element, cx: float = 0.0, cy: float = 0.0) -> Optional[str]:
    """The symbol kind of one ``wps:wsp`` shape, or ``None`` for lines, connectors, arrows,
    unknown geometry and invisible (no fill, no outline) text boxes. ``cx``/``cy``: the
    drawing's extent (EMU) when the shape has no ``a:xfrm`` of its own (used for ellipses)."""
    if next(wsp.iter(WPS_CNVCNPR), None) is not None:
        return None
    sppr = wsp.find(WPS_SPPR)
    if sppr is None:
        return None
    geom = sppr.find(A_PRSTGEOM)
    if geom is None:
        return None  # custom geometry: not one of the SOP AP symbols we can tell apart
    kind = PRST_KIND.get(geom.get("prst", ""))
    if kind is None:
        return None
    if _drawingml_invisible(sppr, wsp.find(WPS_STYLE)):
        return None
    if geom.get("prst") == "ellipse":
        _, _, ex, ey, *_ = _xfrm(sppr.find(A_XFRM))
        kind = ellipse_kind(ex or cx, ey or cy, shape_text(wsp.find(WPS_TXBX)))
    return kind


def _drawingml_invisible(sppr: etree._Element, style: Optional[etree._Element]) -> bool:
    """True when a shape has neither fill nor outline (explicitly, or by its style's
    ``fillRef``/``lnRef`` index 0, or by having neither property nor style)."""
    def ref_zero(ref_tag: str) -> bool:
        if style is None:
            return True
        ref = style.find(ref_tag)
        return ref is None or ref.get("idx", "0") == "0"

    no_fill = False
    if sppr.find(A_NOFILL) is not None:
        no_fill = True
    elif not any(ch.tag in A_FILLS for ch in sppr):
        no_fill = ref_zero(A_FILLREF)
    if not no_fill:
        return False
    ln = sppr.find(A_LN)
    if ln is not None and ln.find(A_NOFILL) is not None:
        return True
    if ln is not None and any(ch.tag in A_FILLS for ch in ln):
        return False
    return ref_zero(A_LNREF)


def _xfrm(el: Optional[etree._Element]) -> tuple[float, float, float, float, float, float, float, float]:
    """``(offx, offy, extcx, extcy, choffx, choffy, chextcx, chextcy)`` of an ``a:xfrm``
    (EMU / child units); missing child values default to off/ext."""
    if el is None:
        return (0.0,) * 8  # type: ignore[return-value]
    off, ext, choff, chext = el.find(A_OFF), el.find(A_EXT), el.find(A_CHOFF), el.find(A_CHEXT)
    ox = _int(off.get("x")) if off is not None else 0.0
    oy = _int(off.get("y")) if off is not None else 0.0
    ex = _int(ext.get("cx")) if ext is not None else 0.0
    ey = _int(ext.get("cy")) if ext is not None else 0.0
    cox = _int(choff.get("x")) if choff is not None else ox
    coy = _int(choff.get("y")) if choff is not None else oy
    cex = _int(chext.get("cx")) if chext is not None else ex
    cey = _int(chext.get("cy")) if chext is not None else ey
    return ox, oy, ex, ey, cox, coy, cex, cey


def _top_group_transform(grp: etree._Element, cx: float, cy: float) -> tuple[float, float, float, float]:
    """Linear map (``x * sx + ox``, ``y * sy + oy``) from a top-level group's child
    coordinates to fractions of the drawing object's box: ``(x - chOff) / chExt``."""
    _, _, ex, ey, cox, coy, cex, cey = _xfrm(grp.find(f"{WPG_GRPSPPR}/{A_XFRM}"))
    cex = cex or ex or cx
    cey = cey or ey or cy
    sx = 1.0 / cex if cex > 0 else 0.0
    sy = 1.0 / cey if cey > 0 else 0.0
    return sx, -cox * sx, sy, -coy * sy


def _walk_group(grp: etree._Element, sx: float, ox: float, sy: float, oy: float,
                hits: list[Hit], found: Optional[Lines] = None, depth: int = 0) -> None:
    """Classify each shape of a DrawingML group/canvas; ``(sx, ox, sy, oy)`` maps this
    group's child coordinates to fractions of the top-level box. Lines and labels go to
    ``found``."""
    if depth > 32:
        return
    for ch in grp:
        if ch.tag == WPS_WSP:
            kind = classify_wsp(ch)
            x, y, ex, ey, *_ = _xfrm(ch.find(f"{WPS_SPPR}/{A_XFRM}"))
            if not kind:
                if found is not None:
                    _line_or_label(ch, x, y, ex, ey, sx, ox, sy, oy, found)
                continue
            fx = (x + ex / 2) * sx + ox if sx else 0.5
            fy = (y + ey / 2) * sy + oy if sy else 0.5
            hits.append(Hit(kind, "drawingml-group", shape_text(ch.find(WPS_TXBX)), fx, fy,
                            ex * sx if sx else 1.0, ey * sy if sy else 1.0, shape_id(ch)))
        elif ch.tag in (WPG_GRPSP, WPG_WGP):
            x, y, ex, ey, cox, coy, cex, cey = _xfrm(ch.find(f"{WPG_GRPSPPR}/{A_XFRM}"))
            kx = ex / cex if cex else 1.0
            ky = ey / cey if cey else 1.0
            # child -> this group's parent coords: x_p = off + (x - chOff) * ext / chExt
            _walk_group(ch, sx * kx, sx * (x - cox * kx) + ox, sy * ky, sy * (y - coy * ky) + oy,
                        hits, found, depth + 1)


def _line_or_label(wsp: etree._Element, x: float, y: float, ex: float, ey: float,
                   sx: float, ox: float, sy: float, oy: float, found: Lines) -> None:
    """Add the line or label a non-symbol ``wps:wsp`` at (``x``, ``y``) of extent ``ex`` x ``ey``
    (its parent's units) draws to ``found``, mapped by ``(sx, ox, sy, oy)`` to fractions."""
    if not sx or not sy:
        return
    line = wsp_line(wsp, ex, ey)
    if line is not None:
        line.pts = [((x + u * ex) * sx + ox, (y + v * ey) * sy + oy) for u, v in line.pts]
        found.lines.append(line)
        return
    sppr = wsp.find(WPS_SPPR)
    if sppr is not None and _drawingml_invisible(sppr, wsp.find(WPS_STYLE)):
        text = label_text(shape_text(wsp.find(WPS_TXBX)))
        if text:
            found.labels.append(Label(text, (x + ex / 2) * sx + ox, (y + ey / 2) * sy + oy))


def _pos(el: Optional[etree._Element], pct_tag: str) -> tuple[str, Optional[float], Optional[str], Optional[float]]:
    """``(relativeFrom, offset EMU, align, pct fraction)`` of a ``wp:positionH``/``V``."""
    if el is None:
        return "", None, None, None
    rel = el.get("relativeFrom", "")
    off = next(el.iter(WP_POSOFF), None)
    if off is not None and off.text:
        return rel, _int(off.text), None, None
    al = next(el.iter(WP_ALIGN), None)
    if al is not None and al.text:
        return rel, None, al.text.strip(), None
    pct = next(el.iter(pct_tag), None)
    if pct is not None and pct.text:
        return rel, None, None, _int(pct.text) / 100000.0
    return rel, 0.0, None, None


def _drawingml_anchor(anchor: etree._Element, cx: float, cy: float) -> Anchor:
    """The :class:`Anchor` of a ``wp:anchor`` (offsets in EMU)."""
    a = Anchor(width=cx, height=cy, in_cell=anchor.get("layoutInCell", "1") in ("1", "true", "on"))
    if anchor.get("simplePos") in ("1", "true", "on"):
        sp = anchor.find(WP_SIMPLEPOS)
        a.h_rel, a.v_rel = "page", "page"
        a.h_off = _int(sp.get("x")) if sp is not None else 0.0
        a.v_off = _int(sp.get("y")) if sp is not None else 0.0
        return a
    a.h_rel, a.h_off, a.h_align, a.h_pct = _pos(anchor.find(WP_POSH), WP14_PCTH)
    a.v_rel, a.v_off, a.v_align, a.v_pct = _pos(anchor.find(WP_POSV), WP14_PCTV)
    a.h_rel = a.h_rel or "column"
    a.v_rel = a.v_rel or "paragraph"
    return a


# --------------------------------------------------------------------------- VML

def css_style(style: Optional[str]) -> dict[str, str]:
    """A VML ``style`` attribute as a dict of lower-case property -> value."""
    out: dict[str, str] = {}
    if not style:
        return out
    for part in style.split(";"):
        key, sep, value = part.partition(":")
        if sep:
            out[key.strip().lower()] = value.strip()
    return out


def css_length_emu(value: Optional[str], unitless: float = 9525.0) -> Optional[float]:
    """A CSS length (``"72pt"``, ``"1in"``, ``"2.5cm"``, ``"10mm"``, ``"96px"``) in EMU;
    a bare number is multiplied by ``unitless`` (px by default; pass 1 for VML group
    coordinates). ``None`` when unparseable."""
    if not value:
        return None
    m = _CSS_LEN_RE.match(value.lower())
    if not m:
        return None
    num = float(m.group(1))
    unit = m.group(2)
    if not unit:
        return num * unitless
    factor = _CSS_UNIT_EMU.get(unit)
    return num * factor if factor is not None else None


_VML_HREL = {"margin": "margin", "page": "page", "text": "column", "char": "character",
             "left-margin-area": "leftMargin", "right-margin-area": "rightMargin",
             "inner-margin-area": "insideMargin", "outer-margin-area": "outsideMargin"}
_VML_VREL = {"margin": "margin", "page": "page", "text": "paragraph", "line": "line",
             "top-margin-area": "topMargin", "bottom-margin-area": "bottomMargin",
             "inner-margin-area": "insideMargin", "outer-margin-area": "outsideMargin"}


def _vml_spt(el: etree._Element, shapetypes: dict[str, int]) -> Optional[int]:
    spt = el.get(O_SPT)
    if spt:
        try:
            return int(float(spt))
        except ValueError:
            pass
    typ = (el.get("type") or "").lstrip("#")
    if not typ:
        return None
    m = _SPT_RE.search(typ)
    if m:
        return int(m.group(1))
    return shapetypes.get(typ)


def _vml_off(el: etree._Element, attr: str, child: str) -> bool:
    if (el.get(attr) or "").strip().lower() in ("f", "false", "0", "off"):
        return True
    sub = el.find(child)
    return sub is not None and (sub.get("on") or "").strip().lower() in ("f", "false", "0", "off")


def classify_vml(el: etree._Element, shapetypes: dict[str, int] | None = None,
                 style: dict[str, str] | None = None) -> tuple[Optional[str], bool]:
    """``(kind or None, understood)`` for one VML element (``v:shape``, ``v:rect``, ...);
    ``style``: its parsed ``style`` attribute (for an oval's width and height).

    Pictures (``v:imagedata``), lines, connectors (types 32-40), arrows and invisible
    (``filled="f" stroked="f"``) shapes are understood but not symbols."""
    tag = el.tag
    if tag in _VML_NOT_SYMBOL:
        return None, True
    spt = None
    if tag == V_SHAPE:
        if el.find(V_IMAGEDATA) is not None:
            return None, True
        spt = _vml_spt(el, shapetypes or {})
        kind = VML_SPT_KIND.get(spt) if spt is not None else None
    elif tag in _VML_TAG_KIND:
        kind = _VML_TAG_KIND[tag]
    else:
        return None, False
    if kind and _vml_off(el, "filled", V_FILL) and _vml_off(el, "stroked", V_STROKE):
        return None, True
    if tag == V_OVAL or (tag == V_SHAPE and kind == "connector" and spt == 3):
        st = style if style is not None else css_style(el.get("style"))
        kind = ellipse_kind(css_length_emu(st.get("width"), 1.0) or 0.0,
                            css_length_emu(st.get("height"), 1.0) or 0.0, shape_text(el.find(V_TEXTBOX)))
    return kind, True


def _vml_anchor(st: dict[str, str], in_cell: bool) -> Optional[Anchor]:
    """The :class:`Anchor` of a VML element with ``position:absolute`` (else ``None``)."""
    if st.get("position", "").lower() != "absolute":
        return None
    a = Anchor(in_cell=in_cell)
    a.width = css_length_emu(st.get("width")) or 0.0
    a.height = css_length_emu(st.get("height")) or 0.0
    a.h_rel = _VML_HREL.get(st.get("mso-position-horizontal-relative", "text").lower(), "column")
    a.v_rel = _VML_VREL.get(st.get("mso-position-vertical-relative", "text").lower(), "paragraph")
    halign = st.get("mso-position-horizontal", "absolute").lower()
    valign = st.get("mso-position-vertical", "absolute").lower()
    if halign != "absolute":
        a.h_align = halign
    else:
        a.h_off = (css_length_emu(st.get("margin-left")) or 0.0) + (css_length_emu(st.get("left")) or 0.0)
    if valign != "absolute":
        a.v_align = valign
    else:
        a.v_off = (css_length_emu(st.get("margin-top")) or 0.0) + (css_length_emu(st.get("top")) or 0.0)
    return a


def _vml_container(container: etree._Element, shapetypes: dict[str, int]) -> tuple[list[Drawing], bool]:
    out: list[Drawing] = []
    understood = False
    for el in container:
        tag = el.tag
        if tag == V_SHAPETYPE or not isinstance(tag, str) or not tag.startswith("{" + V_NS):
            continue
        st = css_style(el.get("style"))
        in_cell = (el.get(O_ALLOWINCELL) or "t").lower() not in ("f", "false")
        anchor = _vml_anchor(st, in_cell)
        if tag == V_GROUP:
            understood = True
            hits: list[Hit] = []
            _vml_group(el, *_vml_group_map(el, 0.0, 1.0, 0.0, 1.0, st, top=True), hits, shapetypes, 0)
            out.append(Drawing(hits, anchor))
            continue
        line = vml_line(el, st, _vml_spt(el, shapetypes) if tag == V_SHAPE else None, css_length_emu)
        if line is not None:
            understood = True
            out.append(_vml_line_drawing(line, st, in_cell))
            continue
        kind, ok = classify_vml(el, shapetypes, st)
        understood = understood or ok
        text = label_text(shape_text(el.find(V_TEXTBOX))) if ok and not kind else None
        if text and anchor is not None:  # a text box with neither fill nor outline: a label
            out.append(Drawing([], anchor, [], [Label(text)], anchor.width, anchor.height))
            continue
        if ok:
            hits = [Hit(kind, "vml", shape_text(el.find(V_TEXTBOX)), sid=el.get("id"))] if kind else []
            out.append(Drawing(hits, anchor, width=anchor.width if anchor else css_length_emu(st.get("width")) or 0.0,
                               height=anchor.height if anchor else css_length_emu(st.get("height")) or 0.0))
    return out, understood


def _vml_line_drawing(line: tuple[list[tuple[float, float]], bool, bool], st: dict[str, str],
                      in_cell: bool) -> Drawing:
    """A drawing object holding one VML line whose points (EMU, in the frame its style names)
    give its box."""
    pts, start, end = line
    x0, y0 = min(x for x, _ in pts), min(y for _, y in pts)
    w, h = max(x for x, _ in pts) - x0, max(y for _, y in pts) - y0
    a = _vml_anchor({**st, "position": "absolute", "margin-left": "0", "margin-top": "0", "left": "0", "top": "0"},
                    in_cell) or Anchor()
    a.h_align = a.v_align = None
    a.h_off, a.v_off, a.width, a.height = x0, y0, w, h
    frac = [((x - x0) / w if w else 0.0, (y - y0) / h if h else 0.0) for x, y in pts]
    return Drawing([], a, [Line(frac, start, end)], [], w, h)


def _vml_group_map(g: etree._Element, sx: float, ox: float, sy: float, oy: float,
                   st: dict[str, str], top: bool = False) -> tuple[float, float, float, float]:
    """Linear map from a ``v:group``'s child coordinates (``coordorigin``/``coordsize``)
    to fractions of the top-level box. For the top group, the box is its coordinate space;
    a nested group sits at ``left/top/width/height`` (parent coordinates)."""
    def pair(attr: str, default: tuple[float, float]) -> tuple[float, float]:
        raw = (g.get(attr) or "").split(",")
        try:
            a = float(raw[0]) if raw[0].strip() else default[0]
            b = float(raw[1]) if len(raw) > 1 and raw[1].strip() else default[1]
            return a, b
        except ValueError:
            return default

    cw, ch = pair("coordsize", (1000.0, 1000.0))
    cox, coy = pair("coordorigin", (0.0, 0.0))
    cw = cw or 1.0
    ch = ch or 1.0
    if top:
        return 1.0 / cw, -cox / cw, 1.0 / ch, -coy / ch
    left = css_length_emu(st.get("left"), 1.0) or 0.0
    tp = css_length_emu(st.get("top"), 1.0) or 0.0
    w = css_length_emu(st.get("width"), 1.0) or cw
    h = css_length_emu(st.get("height"), 1.0) or ch
    kx, ky = w / cw, h / ch
    return sx * kx, sx * (left - cox * kx) + ox, sy * ky, sy * (tp - coy * ky) + oy


def _vml_group(g: etree._Element, sx: float, ox: float, sy: float, oy: float,
               hits: list[Hit], shapetypes: dict[str, int], depth: int) -> None:
    if depth > 32:
        return
    for el in g:
        if not isinstance(el.tag, str) or el.tag == V_SHAPETYPE:
            continue
        st = css_style(el.get("style"))
        if el.tag == V_GROUP:
            _vml_group(el, *_vml_group_map(el, sx, ox, sy, oy, st), hits, shapetypes, depth + 1)
            continue
        kind, _ = classify_vml(el, shapetypes, st)
        if not kind:
            continue
        left = css_length_emu(st.get("left"), 1.0) or 0.0
        tp = css_length_emu(st.get("top"), 1.0) or 0.0
        w = css_length_emu(st.get("width"), 1.0) or 0.0
        h = css_length_emu(st.get("height"), 1.0) or 0.0
        hits.append(Hit(kind, "vml", shape_text(el.find(V_TEXTBOX)),
                        (left + w / 2) * sx + ox, (tp + h / 2) * sy + oy))


def shapetype_map(root: etree._Element) -> dict[str, int]:
    """``v:shapetype`` id -> shape type number (``o:spt``) over a whole part."""
    out: dict[str, int] = {}
    for st in root.iter(V_SHAPETYPE):
        sid, spt = st.get("id"), st.get(O_SPT)
        if sid and spt:
            try:
                out[sid] = int(float(spt))
            except ValueError:
                pass
    return out


TextOf = Callable[[etree._Element], str]
