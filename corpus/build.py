"""Build the DOCX corpus (``corpus/*.docx``) and its specs (``corpus/*.spec.json``).

Run from the repository root::

    /work/venv/bin/python corpus/build.py            # writes into corpus/
    /work/venv/bin/python corpus/build.py --out DIR  # writes into DIR

The seed content lives as data in ``corpus/sources/<name>.py``; this module holds only the
machinery: page setup, the identitas / flowchart table writer (merged two-row headers with
``gridSpan``/``vMerge``), the flowchart symbol encoders (legacy VML, inline DrawingML,
``mc:AlternateContent``, floating DrawingML positioned by offsets, group shapes, text
markers) and the spec writer. Output is deterministic: fixed core properties, fixed ZIP
timestamps, no randomness, so a rebuild gives byte-identical files.

Geometry (what a reader needs to place floating shapes):

* every flowchart table has ``w:tblLayout fixed``, ``w:tblInd`` (twips, measured from the
  left page margin to the table's left border) and ``w:tblGrid/w:gridCol`` widths in twips;
  cell margins are 108 twips left/right (``w:tblCellMar``);
* the left edge of grid column *i* relative to the left margin is
  ``tblInd + sum(gridCol[:i])``; relative to the page add ``pgMar/@w:left``;
* floating symbols (``wp:anchor``) are anchored in the step row's kegiatan cell; their
  ``wp:posOffset`` (EMU, 635 per twip) is measured from the page edge (``page``), the left
  margin (``margin``), or, with ``layoutInCell="1"``, from the anchor cell's text area, i.e.
  the cell's left edge plus the 108-twip cell margin (``column``, and ``character`` where the
  anchor run is the first run of the cell paragraph). Each symbol is narrower than its role
  column by at least 300 twips, so either reading of the cell margin keeps the symbol's
  centre inside the intended column.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib
import io
import json
import math
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Twips

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import arrows  # noqa: E402
from sources import FLOWS, LAYOUTS, NAMES  # noqa: E402

LAYOUTS_DIR = "layouts"
"""Subfolder (of the output folder) for the :data:`sources.LAYOUTS` fixtures."""
FLOWS_DIR = "flows"
"""Subfolder (of the output folder) for the :data:`sources.FLOWS` fixtures."""

EMU_PER_TWIP = 635
CELL_MARGIN = 108  # twips, left and right cell margin of every flowchart table
FIXED_DATE = _dt.datetime(2024, 1, 15, 8, 0, 0)
ZIP_DATE = (2024, 1, 15, 8, 0, 0)

NS_DECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
)

# DrawingML preset and VML shape type for each SOP AP symbol kind.
PRESET = {
    "terminator": "flowChartTerminator",
    "process": "flowChartProcess",
    "decision": "flowChartDecision",
    "offpage": "flowChartOffpageConnector",
    "connector": "flowChartConnector",
}
VML_TYPE = {"process": 109, "decision": 110, "terminator": 116, "connector": 120, "offpage": 177}
VML_PATH = {
    109: "m,l,21600r21600,l21600,xe",
    110: "m10800,l,10800,10800,21600,21600,10800xe",
    116: "m3475,qx,10800l18125,qx21600,10800,18125,21600l3475,21600qx,10800,3475,xe",
    120: "m10800,qx,10800,10800,21600,21600,10800,10800,xe",
    177: "m,l21600,r,17150l10800,21600,,17150xe",
}

SYM_W = 900  # twips, symbol width
SYM_H = {"decision": 460, "terminator": 380, "process": 380, "offpage": 420, "connector": 380}
POS_V = 60  # twips below the top of the anchor paragraph
ROW_MIN_H = 620  # twips, minimum height of a step row (room for the symbol)


def collapse(text: str) -> str:
    """Collapse whitespace to single spaces and trim, as the JSON contract does."""
    return re.sub(r"\s+", " ", text).strip()


def cell_text(value) -> str:
    """The contract text of a cell value: paragraphs (list items) joined, whitespace collapsed."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return collapse(" ".join(value))
    return collapse(value)


def xml(fragment: str):
    """Parse an OOXML fragment with every namespace this builder uses declared."""
    return parse_xml(fragment)


class IdGen:
    """Deterministic counter for ``wp:docPr/@id`` and VML shape ids within one document."""

    def __init__(self) -> None:
        self.n = 0

    def next(self) -> int:
        """Return the next id (1-based)."""
        self.n += 1
        return self.n


# --------------------------------------------------------------------------- text


def _run_props(bold=False, size=None, color=None) -> str:
    parts = []
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if color:
        parts.append(f'<w:color w:val="{color}"/>')
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para_xml(text, *, bold=False, size=None, align=None, keep_next=False, space_after=0, color=None) -> str:
    """A ``w:p`` with ``text`` (a string; a list gives one line per entry, joined by ``w:br``)."""
    ppr = []
    if keep_next:
        ppr.append("<w:keepNext/>")
    ppr.append(f'<w:spacing w:before="0" w:after="{space_after}" w:line="240" w:lineRule="auto"/>')
    if align:
        ppr.append(f'<w:jc w:val="{align}"/>')
    rpr = _run_props(bold, size, color)
    lines = text if isinstance(text, (list, tuple)) else [text]
    runs = []
    for i, line in enumerate(lines):
        if i:
            runs.append(f"<w:r>{rpr}<w:br/></w:r>")
        if line:
            runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{_esc(line)}</w:t></w:r>')
    return f"<w:p><w:pPr>{''.join(ppr)}</w:pPr>{''.join(runs)}</w:p>"


# --------------------------------------------------------------------------- shapes


def _txbx(text: str, size=7, align="center") -> str:
    if not text:
        return ""
    return (
        "<wps:txbx><w:txbxContent>"
        + para_xml(text, size=size, align=align)
        + "</w:txbxContent></wps:txbx>"
    )


def wsp_xml(kind: str, cx: int, cy: int, *, x: int = 0, y: int = 0, text: str = "", preset=None,
            sid: int | None = None) -> str:
    """A ``wps:wsp`` flowchart shape of ``kind`` with extent ``cx`` x ``cy`` EMU at (x, y);
    ``sid``: its ``wps:cNvPr`` id (a group child that connectors glue to)."""
    prst = preset or PRESET[kind]
    pr = f'<wps:cNvPr id="{sid}" name="{kind} {sid}"/>' if sid is not None else ""
    return (
        f"<wps:wsp>{pr}<wps:cNvSpPr/><wps:spPr>"
        f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
        "</wps:spPr>"
        + _txbx(text)
        + '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr">'
        '<a:noAutofit/></wps:bodyPr>'
        "</wps:wsp>"
    )


def label_wsp_xml(text: str, cx: int, cy: int, x: int, y: int, align: str = "center") -> str:
    """A decision answer label ("Ya"/"Tidak"): a text box with no fill and no outline."""
    return (
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
        "</wps:spPr>"
        + _txbx(text, size=6, align=align)
        + '<wps:bodyPr rot="0" vert="horz" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp>"
    )


def connector_wsp_xml(x1: int, y1: int, x2: int, y2: int) -> str:
    """An arrow (``straightConnector1`` when vertical, else ``bentConnector3``) as a
    ``wps:wsp`` with ``wps:cNvCnPr``, from (x1, y1) to (x2, y2) EMU in its parent's frame."""
    prst = "straightConnector1" if x1 == x2 else "bentConnector3"
    flip = ' flipH="1"' if x2 < x1 else ""
    off_x = min(x1, x2)
    return (
        "<wps:wsp><wps:cNvCnPr/><wps:spPr>"
        f'<a:xfrm{flip}><a:off x="{off_x}" y="{y1}"/><a:ext cx="{abs(x2 - x1)}" cy="{max(y2 - y1, 0)}"/></a:xfrm>'
        f'<a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom><a:noFill/>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:tailEnd type="triangle"/></a:ln>'
        '</wps:spPr><wps:bodyPr/></wps:wsp>'
    )


def _graphic(inner: str, group=False) -> str:
    uri = (
        "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"
        if group
        else "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    )
    return f'<a:graphic><a:graphicData uri="{uri}">{inner}</a:graphicData></a:graphic>'


def inline_xml(ids: IdGen, kind: str, text: str = "") -> str:
    """A ``w:drawing/wp:inline`` holding one flowchart shape."""
    cx, cy = SYM_W * EMU_PER_TWIP, SYM_H[kind] * EMU_PER_TWIP
    n = ids.next()
    return (
        '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{n}" name="Flowchart {kind} {n}"/><wp:cNvGraphicFramePr/>'
        + _graphic(wsp_xml(kind, cx, cy, text=text))
        + "</wp:inline></w:drawing>"
    )


def anchor_xml(ids: IdGen, inner_graphic: str, *, rel_h: str, off_h: int, off_v: int, cx: int, cy: int,
               layout_in_cell: bool, name: str, n: int | None = None) -> str:
    """A floating ``w:drawing/wp:anchor`` positioned by ``wp:posOffset`` (EMU) relative to
    ``rel_h`` horizontally and to its paragraph vertically (``n``: its ``wp:docPr`` id, else the
    next of ``ids``)."""
    n = ids.next() if n is None else n
    return (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251658240 + n}" behindDoc="0" locked="0" '
        f'layoutInCell="{1 if layout_in_cell else 0}" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="{rel_h}"><wp:posOffset>{off_h}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{off_v}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{n}" name="{name} {n}"/><wp:cNvGraphicFramePr/>'
        + inner_graphic
        + "</wp:anchor></w:drawing>"
    )


def vml_xml(ids: IdGen, kind: str, variant: str = "shape", text: str = "") -> str:
    """A legacy VML ``w:pict`` inline shape. ``variant`` is ``shape`` (``v:shape`` with a
    ``#_x0000_t1xx`` flowchart type and its ``v:shapetype``), ``rect``, ``roundrect`` or ``oval``."""
    n = ids.next()
    style = f"width:{SYM_W / 20:g}pt;height:{SYM_H[kind] / 20:g}pt"
    box = (
        f'<v:textbox inset="0,0,0,0"><w:txbxContent>{para_xml(text, size=7, align="center")}'
        "</w:txbxContent></v:textbox>"
        if text
        else ""
    )
    common = f'id="_x0000_s{1024 + n}" o:spid="_x0000_s{1024 + n}" style="{style}" strokeweight=".5pt"'
    if variant == "shape":
        t = VML_TYPE[kind]
        return (
            f'<w:pict><v:shapetype id="_x0000_t{t}" coordsize="21600,21600" o:spt="{t}" path="{VML_PATH[t]}">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape {common} type="#_x0000_t{t}">{box}</v:shape></w:pict>'
        )
    extra = ' arcsize="50%"' if variant == "roundrect" else ""
    return f"<w:pict><v:{variant} {common}{extra}>{box}</v:{variant}></w:pict>"


def alternate_content_xml(ids: IdGen, kind: str, text: str = "") -> str:
    """``mc:AlternateContent`` as Word writes it: Choice = inline DrawingML (``wps``),
    Fallback = the same shape in VML. One symbol, stored twice."""
    choice = inline_xml(ids, kind, text)
    fallback = vml_xml(ids, kind, "shape", text)
    return (
        '<mc:AlternateContent><mc:Choice Requires="wps">'
        + choice
        + "</mc:Choice><mc:Fallback>"
        + fallback
        + "</mc:Fallback></mc:AlternateContent>"
    )


def run_xml(inner: str) -> str:
    """Wrap drawing/pict/AlternateContent markup in a ``w:r``."""
    return f"<w:r><w:rPr><w:noProof/></w:rPr>{inner}</w:r>"


# --------------------------------------------------------------------------- tables


def _borders(on=True, open_bottom=False) -> str:
    if not on:
        return (
            "<w:tblBorders>"
            + "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            + "</w:tblBorders>"
        )
    return (
        "<w:tblBorders>"
        + "".join(
            '<w:bottom w:val="nil"/>' if s == "bottom" and open_bottom else
            f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for s in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders>"
    )


def _norm_cell(c):
    """Normalise a cell description: a string/list, or a dict with text/span/vm/bold/align."""
    if isinstance(c, dict):
        d = dict(c)
    else:
        d = {"text": c}
    d.setdefault("text", "")
    d.setdefault("span", 1)
    d.setdefault("vm", None)
    d.setdefault("bold", False)
    d.setdefault("align", None)
    d.setdefault("runs", "")  # extra raw runs appended to the first paragraph
    d.setdefault("lead", "")  # raw runs placed before the text in the first paragraph
    d.setdefault("fill", None)  # cell shading (hex RGB), else the header grey or none
    d.setdefault("color", None)  # text colour (hex RGB)
    return d


def cell_xml(c, width: int, *, size=8, header=False) -> str:
    """A ``w:tc`` of ``width`` twips (already the spanned width) from a cell description."""
    d = _norm_cell(c)
    tcpr = [f'<w:tcW w:w="{width}" w:type="dxa"/>']
    if d["span"] > 1:
        tcpr.append(f'<w:gridSpan w:val="{d["span"]}"/>')
    if d["vm"] == "restart":
        tcpr.append('<w:vMerge w:val="restart"/>')
    elif d["vm"] == "continue":
        tcpr.append("<w:vMerge/>")
    if header or d["fill"]:
        tcpr.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{d["fill"] or "D9D9D9"}"/>')
    tcpr.append('<w:vAlign w:val="center"/>' if header else '<w:vAlign w:val="top"/>')
    texts = d["text"] if isinstance(d["text"], (list, tuple)) else [d["text"]]
    paras = []
    for i, t in enumerate(texts):
        p = para_xml(t, bold=d["bold"] or header, size=size, align=d["align"] or ("center" if header else None),
                     color=d["color"])
        if i == 0 and (d["runs"] or d["lead"]):
            head, tail = p.split("</w:pPr>", 1)
            p = head + "</w:pPr>" + d["lead"] + tail[: -len("</w:p>")] + d["runs"] + "</w:p>"
        paras.append(p)
    return f"<w:tc><w:tcPr>{''.join(tcpr)}</w:tcPr>{''.join(paras)}</w:tc>"


def table_xml(widths, rows, *, ind=0, borders=True, header_rows=0, size=8, min_heights=None,
              can_split=False, open_bottom=False) -> str:
    """A ``w:tbl`` with fixed layout, ``tblInd`` and ``tblGrid`` from ``widths`` (twips).

    Rows are kept whole on a page (``w:cantSplit``) unless ``can_split``: then a row taller than
    what is left of a page is cut by the page edge and goes on at the top of the next page.
    ``open_bottom`` draws no bottom border under the last row (its column lines just end).

    ``rows`` is a list of rows; each row a list of cell descriptions covering the grid
    (a cell with ``span`` n covers n grid columns). The first ``header_rows`` rows are marked
    ``w:tblHeader`` (repeat on each page) and shaded.
    """
    total = sum(widths)
    out = [
        "<w:tbl><w:tblPr>",
        f'<w:tblW w:w="{total}" w:type="dxa"/>',
        f'<w:tblInd w:w="{ind}" w:type="dxa"/>',
        _borders(borders, open_bottom),
        '<w:tblLayout w:type="fixed"/>',
        f'<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="{CELL_MARGIN}" w:type="dxa"/>'
        f'<w:bottom w:w="0" w:type="dxa"/><w:right w:w="{CELL_MARGIN}" w:type="dxa"/></w:tblCellMar>',
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" '
        'w:noVBand="1"/>',
        "</w:tblPr><w:tblGrid>",
        "".join(f'<w:gridCol w:w="{w}"/>' for w in widths),
        "</w:tblGrid>",
    ]
    for ri, row in enumerate(rows):
        trpr = [] if can_split else ["<w:cantSplit/>"]
        if ri < header_rows:
            trpr.append("<w:tblHeader/>")
        if min_heights and min_heights[ri]:
            trpr.append(f'<w:trHeight w:val="{min_heights[ri]}" w:hRule="atLeast"/>')
        out.append(f"<w:tr><w:trPr>{''.join(trpr)}</w:trPr>")
        col = 0
        for c in row:
            d = _norm_cell(c)
            w = sum(widths[col : col + d["span"]])
            out.append(cell_xml(d, w, size=size, header=ri < header_rows))
            col += d["span"]
        if col != len(widths):
            raise ValueError(f"row {ri} covers {col} grid columns, table has {len(widths)}: {row}")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


# --------------------------------------------------------------------------- flowchart


def _est_row_height(step, widths, cols) -> int:
    """Rough row height (twips) used only to aim the decorative arrows."""
    best = ROW_MIN_H
    for key, w in zip(cols, widths):
        if key in ("keg", "kel", "out", "ket", "waktu"):
            txt = cell_text(step.get(key, ""))
            cpl = max(8, (w - 2 * CELL_MARGIN) // 82)
            lines = max(1, math.ceil(len(txt) / cpl)) + (len(step[key]) - 1 if isinstance(step.get(key), list) else 0)
            best = max(best, lines * 185 + 40)
    return best


def _col_left(widths, i, ind) -> int:
    return ind + sum(widths[:i])


def _symbol_markup(ids, step, kind, enc, table, ci, ki, page, place=None, group_routes=()) -> tuple[str, str]:
    """Return (markup for the role cell, markup for the kegiatan cell) drawing ``step``'s symbol.

    ``place``: the step's :class:`arrows.StepPlace` where the procedure's arrows are drawn (its
    symbol's row offset and shape id); ``group_routes``: the arrows leaving it, in row
    coordinates, drawn inside its group (``drawingml-group``)."""
    widths, ind = table["widths"], table.get("ind", 0)
    text = step.get("text", "")
    off_v_twips = POS_V if place is None else place.local.y0
    sid = None if place is None else place.sid
    if enc == "vml":
        return run_xml(vml_xml(ids, kind, step.get("vml", "shape"), text)), ""
    if enc == "alternate-content":
        return run_xml(alternate_content_xml(ids, kind, text)), ""
    if enc == "drawingml-inline":
        return run_xml(inline_xml(ids, kind, text)), ""
    if enc == "text-marker":
        return f'<w:r><w:t xml:space="preserve">{_esc(step.get("marker", "√"))}</w:t></w:r>', ""
    sw, sh = SYM_W, SYM_H[kind]
    col_left = _col_left(widths, ci, ind)
    target = col_left + (widths[ci] - sw) // 2  # symbol's left edge, twips from the margin
    rel = step.get("pos", "column")
    cell_text_left = _col_left(widths, ki, ind) + CELL_MARGIN
    # In Word 2010 layout (the corpus's compatibilityMode 14) a table's border sits one cell
    # margin left of its indent: a symbol placed against the page or margin allows for it where
    # the procedure's arrows are drawn (they are placed against the border as rendered).
    border = -CELL_MARGIN if place is not None else 0
    if rel == "page":
        off = page["margins"]["left"] + target + border
    elif rel == "margin":
        off = target + border
    else:  # column / character: from the anchor cell's text area (the run opens the paragraph)
        off = target - cell_text_left
    layout_in_cell = rel in ("column", "character")
    if enc == "drawingml-anchor":
        g = _graphic(wsp_xml(kind, sw * EMU_PER_TWIP, sh * EMU_PER_TWIP, text=text))
        return "", run_xml(
            anchor_xml(ids, g, rel_h=rel, off_h=off * EMU_PER_TWIP, off_v=off_v_twips * EMU_PER_TWIP,
                       cx=sw * EMU_PER_TWIP, cy=sh * EMU_PER_TWIP, layout_in_cell=layout_in_cell,
                       name="Flowchart", n=sid)
        )
    if enc == "drawingml-group" and place is not None:
        return "", run_xml(_group_with_arrows(ids, step, kind, text, place, group_routes, rel, off, off_v_twips,
                                              layout_in_cell))
    if enc == "drawingml-group":
        # Group: the symbol, its outgoing arrow (down to the next row) and optional Ya/Tidak labels.
        scale = step.get("scale", 1)  # child units per EMU (chExt = ext * scale)
        arrow = step.get("arrow_len", 0)  # twips
        labels = step.get("labels", [])
        gw = sw + (700 if labels else 0)
        gh = sh + arrow
        ext_cx, ext_cy = gw * EMU_PER_TWIP, gh * EMU_PER_TWIP
        ch_off = (1000 * scale, 500 * scale) if scale != 1 else (0, 0)
        S = lambda v: int(v * EMU_PER_TWIP * scale)  # twips -> child units  # noqa: E731
        parts = [wsp_xml(kind, S(sw), S(sh), x=ch_off[0], y=ch_off[1], text=text)]
        if arrow:
            xm = ch_off[0] + S(sw // 2)
            parts.append(connector_wsp_xml(xm, ch_off[1] + S(sh), xm, ch_off[1] + S(sh + arrow)))
        for li, lab in enumerate(labels):
            parts.append(label_wsp_xml(lab, S(600), S(200), ch_off[0] + S(sw + 60), ch_off[1] + S(40 + li * 220)))
        inner = (
            "<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr>"
            f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{ext_cx}" cy="{ext_cy}"/>'
            f'<a:chOff x="{ch_off[0]}" y="{ch_off[1]}"/><a:chExt cx="{S(gw)}" cy="{S(gh)}"/></a:xfrm>'
            "</wpg:grpSpPr>" + "".join(parts) + "</wpg:wgp>"
        )
        g = _graphic(inner, group=True)
        return "", run_xml(
            anchor_xml(ids, g, rel_h=rel, off_h=off * EMU_PER_TWIP, off_v=POS_V * EMU_PER_TWIP,
                       cx=ext_cx, cy=ext_cy, layout_in_cell=layout_in_cell, name="Group")
        )
    raise ValueError(f"unknown encoding {enc!r}")


def one_drawing_xml(ids: IdGen, table: dict, steps: list[dict], kind_of: str) -> str:
    """The whole flowchart of ``steps`` as ONE floating drawing anchored in the first step's
    kegiatan cell: every symbol and every arrow a child of it, placed in its column and row.

    ``kind_of`` is ``group`` (``wpg:wgp`` whose child space is scaled x2: ``a:chOff`` at
    (2000, 1000), ``a:chExt`` twice the extent), ``canvas`` (``wpc:wpc``, children in EMU from
    the canvas corner; inside ``mc:AlternateContent`` as Word writes a canvas, with the VML
    group below as its Fallback) or ``alternate-group`` (the group in ``mc:Choice``, the same
    symbols as a VML ``v:group`` in ``mc:Fallback``: one flowchart stored twice). The object is
    placed from the left margin, its top at the anchor paragraph's; rows are ``table["row_h"]``
    high (at least that, and the cells' text fits in it), so each symbol's centre falls in its
    step's row and its role's column. LibreOffice's PDF draws such a group's children shifted
    against those columns, so only the DOCX is the fixture of record.
    """
    widths, cols, ind = table["widths"], table["cols"], table.get("ind", 0)
    row_h = table.get("row_h", ROW_MIN_H)
    ki = cols.index("keg")
    text_left = _col_left(widths, ki, ind) + CELL_MARGIN  # the anchor cell's text area (twips)
    centres = []
    for i, step in enumerate(steps):
        if not step.get("sym"):
            continue
        ci = cols.index("r:" + step["role"])
        x = _col_left(widths, ci, ind) + widths[ci] // 2 - text_left
        y = i * row_h + row_h // 2
        centres.append((step["sym"], x, y, step.get("text", "")))
    left = min(x for _, x, _, _ in centres) - SYM_W
    right = max(x for _, x, _, _ in centres) + SYM_W
    height = len(steps) * row_h
    cx, cy = (right - left) * EMU_PER_TWIP, height * EMU_PER_TWIP
    scale = 2 if kind_of != "canvas" else 1
    off = (2000, 1000) if kind_of != "canvas" else (0, 0)

    def child(v_twips: float, axis: int) -> int:
        return int(off[axis] + v_twips * EMU_PER_TWIP * scale)

    parts, vml = [], []
    for n, (kind, x, y, text) in enumerate(centres):
        w, h = SYM_W, SYM_H[kind]
        parts.append(wsp_xml(kind, int(w * EMU_PER_TWIP * scale), int(h * EMU_PER_TWIP * scale),
                             x=child(x - left - w // 2, 0), y=child(y - h // 2, 1), text=text))
        t = VML_TYPE[kind]
        vml.append(f'<v:shape id="_x0000_s{2048 + ids.next()}" type="#_x0000_t{t}" style="position:absolute;'
                   f'left:{x - left - w // 2};top:{y - h // 2};width:{w};height:{h}" strokeweight=".5pt"/>')
        if n + 1 < len(centres):  # an arrow to the next symbol
            _, x2, y2, _ = centres[n + 1]
            parts.append(connector_wsp_xml(child(x - left, 0), child(y + h // 2, 1), child(x2 - left, 0),
                                           child(y2 - SYM_H[centres[n + 1][0]] // 2, 1)))
    if kind_of == "canvas":
        inner = ("<wpc:wpc><wpc:bg/><wpc:whole/>" + "".join(parts) + "</wpc:wpc>")
        uri = "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"
        g = f'<a:graphic><a:graphicData uri="{uri}">{inner}</a:graphicData></a:graphic>'
    else:
        inner = ("<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr>"
                 f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
                 f'<a:chOff x="{off[0]}" y="{off[1]}"/><a:chExt cx="{cx * scale}" cy="{cy * scale}"/></a:xfrm>'
                 "</wpg:grpSpPr>" + "".join(parts) + "</wpg:wgp>")
        g = _graphic(inner, group=True)
    # placed from the left margin (page furniture frames render alike in Word and LibreOffice)
    drawing = anchor_xml(ids, g, rel_h="margin", off_h=(left + text_left) * EMU_PER_TWIP, off_v=0, cx=cx, cy=cy,
                         layout_in_cell=False, name="Flowchart")
    if kind_of in ("alternate-group", "canvas"):
        requires = "wpc" if kind_of == "canvas" else "wpg"
        fallback = (f'<w:pict><v:group id="_x0000_s{2048 + ids.next()}" style="position:absolute;'
                    f'margin-left:{left / 20:g}pt;margin-top:0;width:{(right - left) / 20:g}pt;'
                    f'height:{height / 20:g}pt;mso-position-horizontal-relative:text;'
                    f'mso-position-vertical-relative:text" coordsize="{right - left},{height}">'
                    + "".join(vml) + "</v:group></w:pict>")
        return run_xml(f'<mc:AlternateContent><mc:Choice Requires="{requires}">{drawing}</mc:Choice>'
                       f"<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent>")
    return run_xml(drawing)


def _plan(ids: IdGen, proc: dict, plans: dict, page: dict):
    """The arrows plan of ``proc`` (:func:`arrows.plan`), made once per build with a shape id
    reserved for every symbol and pentagon; ``None`` for a procedure drawn without arrows
    (no ``arrows`` or ``flow`` key)."""
    if "arrows" not in proc and "flow" not in proc:
        return None
    if id(proc) not in plans:
        p = arrows.plan(proc, page)
        for sp in p.steps:
            if sp.box is not None:
                sp.sid = ids.next()
                top = p.tops[sp.part][sp.row]
                sp.local = arrows.Box(sp.box.x0, sp.box.y0 - top, sp.box.x1, sp.box.y1 - top)
                sp.exit_sid = ids.next() if sp.exit is not None else None
                sp.entry_sid = ids.next() if sp.entry is not None else None
        plans[id(proc)] = p
    return plans[id(proc)]


def _touches(box, point) -> bool:
    """Whether ``point`` lies on the edge of ``box`` (twips, within one twip)."""
    x, y = point
    return box.x0 - 1 <= x <= box.x1 + 1 and box.y0 - 1 <= y <= box.y1 + 1 and (
        min(abs(x - box.x0), abs(x - box.x1)) < 1 or min(abs(y - box.y0), abs(y - box.y1)) < 1)


def _label_markup(ids, text: str, x: float, y: float, align: str, style: str, ind: int) -> str:
    """A branch label (a text box with neither fill nor outline) whose box's top-left corner is
    (``x``, ``y``) twips: x from the table's left edge, y from the anchor paragraph."""
    w, h = arrows.LABEL_W, arrows.LABEL_H
    if style == "vml":
        return run_xml(arrows.vml_label(text, x, y, ids.next(), ind, para_xml, align))
    g = _graphic(label_wsp_xml(text, w * EMU_PER_TWIP, h * EMU_PER_TWIP, 0, 0, align=align))
    return run_xml(anchor_xml(ids, g, rel_h="margin", off_h=int((ind + x) * EMU_PER_TWIP), off_v=int(y * EMU_PER_TWIP),
                              cx=w * EMU_PER_TWIP, cy=h * EMU_PER_TWIP, layout_in_cell=False, name="Label"))


def _arrow_markup(ids, plan, route, top: float, ind: int, glue=(None, None)) -> str:
    """One arrow (and its label) as floating markup in the document's arrow style, anchored in
    the row whose top is ``top`` (part coordinates, twips)."""
    pts = [(x, y - top) for x, y in route.points]
    style = plan.style
    out = ""
    if style == "vml":
        out = "".join(run_xml(pict) for pict in arrows.vml_line(pts, ids.next(), ind))
    else:
        sid = ids.next()
        wsp, (x0, y0, w, h) = arrows.drawingml_line(pts, sid, glue if style == "glued" else (None, None))
        drawing = anchor_xml(ids, _graphic(wsp), rel_h="margin", off_h=int((ind + x0) * EMU_PER_TWIP),
                             off_v=int(y0 * EMU_PER_TWIP), cx=int(w * EMU_PER_TWIP), cy=int(h * EMU_PER_TWIP),
                             layout_in_cell=False, name="Arrow")
        if style == "ac":
            fallback = "".join(arrows.vml_line(pts, ids.next(), ind))
            drawing = (f'<mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
                       f"<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent>")
        out = run_xml(drawing)
    if route.label:
        lx, ly, align = arrows.label_point(pts)
        out += _label_markup(ids, route.label, lx, ly, align, style, ind)
    return out


def _pentagon_markup(ids, box, sid: int, top: float, ind: int) -> str:
    """An off-page connector (floating DrawingML pentagon) at ``box`` (part coordinates)."""
    w, h = box.x1 - box.x0, box.y1 - box.y0
    g = _graphic(wsp_xml("offpage", int(w * EMU_PER_TWIP), int(h * EMU_PER_TWIP)))
    return run_xml(anchor_xml(ids, g, rel_h="margin", off_h=int((ind + box.x0) * EMU_PER_TWIP),
                              off_v=int((box.y0 - top) * EMU_PER_TWIP), cx=int(w * EMU_PER_TWIP),
                              cy=int(h * EMU_PER_TWIP), layout_in_cell=False, name="Offpage", n=sid))


def _group_with_arrows(ids, step, kind, text, place, routes, rel, off, off_v_twips, layout_in_cell) -> str:
    """A group shape holding ``step``'s symbol, the arrows leaving it (glued to it by
    ``a:stCxn``) and their labels, its child units scaled by the step's ``scale``."""
    scale = step.get("scale", 1)
    sw, sh = SYM_W, SYM_H[kind]
    sym = place.local
    shapes = [(sym.x0, sym.y0, sym.x1, sym.y1)]
    lines = []
    for r in routes:
        lines.append(r)
        shapes += [(x, y, x, y) for x, y in r.points]
        if r.label:
            lx, ly, _ = arrows.label_point(r.points)
            shapes.append((lx, ly, lx + arrows.LABEL_W, ly + arrows.LABEL_H))
    gx0, gy0 = min(b[0] for b in shapes), min(b[1] for b in shapes)
    gx1, gy1 = max(b[2] for b in shapes), max(b[3] for b in shapes)
    S = lambda v: int(v * EMU_PER_TWIP * scale)  # twips -> child units  # noqa: E731
    ch_off = (1000 * scale, 500 * scale) if scale != 1 else (0, 0)
    cx = lambda x: ch_off[0] + S(x - gx0)  # noqa: E731
    cy = lambda y: ch_off[1] + S(y - gy0)  # noqa: E731
    parts = [wsp_xml(kind, S(sw), S(sh), x=cx(sym.x0), y=cy(sym.y0), text=text, sid=place.sid)]
    for r in lines:
        pts = [(x - gx0 + ch_off[0] / (EMU_PER_TWIP * scale), y - gy0 + ch_off[1] / (EMU_PER_TWIP * scale))
               for x, y in r.points]
        wsp, _ = arrows.drawingml_line(pts, ids.next(), (place.sid, None), child=True, scale=scale)
        parts.append(wsp)
        if r.label:
            lx, ly, align = arrows.label_point(r.points)
            parts.append(label_wsp_xml(r.label, S(arrows.LABEL_W), S(arrows.LABEL_H), cx(lx), cy(ly), align=align))
    gw, gh = gx1 - gx0, gy1 - gy0
    inner = (
        "<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr>"
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{int(gw * EMU_PER_TWIP)}" cy="{int(gh * EMU_PER_TWIP)}"/>'
        f'<a:chOff x="{ch_off[0]}" y="{ch_off[1]}"/><a:chExt cx="{S(gw)}" cy="{S(gh)}"/></a:xfrm>'
        "</wpg:grpSpPr>" + "".join(parts) + "</wpg:wgp>"
    )
    return anchor_xml(ids, _graphic(inner, group=True), rel_h=rel, off_h=int((off + gx0 - sym.x0) * EMU_PER_TWIP),
                      off_v=int((off_v_twips + gy0 - sym.y0) * EMU_PER_TWIP), cx=int(gw * EMU_PER_TWIP),
                      cy=int(gh * EMU_PER_TWIP), layout_in_cell=layout_in_cell, name="Group")


def flow_table_xml(ids: IdGen, proc: dict, table: dict, page: dict, plans: dict | None = None) -> str:
    """The ``w:tbl`` of one flowchart table part: header rows, optional column-number row,
    step rows with their symbols drawn by the step's encoding and, where the procedure draws
    its arrows (:mod:`arrows`), the arrows and off-page connectors anchored in each row; a part
    too tall for one page is written as one table per page (:func:`arrows.plan`), each after a
    page break, its header repeated."""
    plan = _plan(ids, proc, plans if plans is not None else {}, page)
    if plan is None:
        return _flow_chunk_xml(ids, proc, table, page, None, None, table["steps"])
    part = proc["tables"].index(table)
    flat = [s for t in proc["tables"] for s in t["steps"]]
    chunks = [(ci, members) for ci, (pi, members) in enumerate(plan.chunks) if pi == part]
    pagebreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    return pagebreak.join(_flow_chunk_xml(ids, proc, table, page, plan, ci, [flat[i] for i in members], members)
                          for ci, members in chunks)


def _flow_chunk_xml(ids: IdGen, proc: dict, table: dict, page: dict, plan, chunk, steps: list[dict],
                    members: list[int] | None = None) -> str:
    """One flowchart table: ``steps`` (the plan's ``chunk``, global step indices ``members``)."""
    cols, widths = table["cols"], table["widths"]
    rows = [list(r) for r in table.get("header", [])]
    heights = [0] * len(rows)
    if table.get("numrow"):
        rows.append([{"text": t, "align": "center"} for t in table["numrow"]])
        heights.append(0)
    ki = cols.index("keg")
    connectors = table.get("connectors", False)
    whole = table.get("one_drawing")  # the whole flowchart as one group / canvas
    part = chunk
    ind = table.get("ind", 0) - CELL_MARGIN  # the border as Word 2010 lays the table out (see _symbol_markup)
    for si, step in enumerate(steps):
        kind, enc = step.get("sym"), step.get("enc")
        if whole:
            enc = None
        role_ci = cols.index("r:" + step["role"]) if step.get("role") else None
        role_markup = keg_markup = ""
        gi = members[si] if members is not None else None
        place = plan.steps[gi] if plan is not None and plan.steps[gi].box is not None else None
        out_routes = plan.routes_from(gi) if plan is not None else []
        top = plan.tops[part][si] if plan is not None else 0
        if kind and enc:
            grouped = enc == "drawingml-group" and place is not None
            local = [arrows.Route(r.src, [(x, y - top) for x, y in r.points], r.label) for r in out_routes
                     if place is not None and r.points[0][1] >= place.box.y0 - 1 and r.points[0][1] <= place.box.y1 + 1]
            role_markup, keg_markup = _symbol_markup(ids, step, kind, enc, table, role_ci, ki, page, place,
                                                     local if grouped else ())
            if grouped:
                out_routes = [r for r in out_routes if not (place.box.y0 - 1 <= r.points[0][1] <= place.box.y1 + 1)]
        if plan is not None:
            for r in out_routes:
                glue = (None, None)
                if place is not None:
                    from_symbol = place.box.y0 - 1 <= r.points[0][1] <= place.box.y1 + 1
                    end = r.points[-1]
                    dst = next((sp for sp in plan.steps if sp.box is not None and sp.part == part
                                and (sp is not place or not from_symbol) and _touches(sp.box, end)), None)
                    exit_hit = place.exit is not None and _touches(place.exit, end)
                    glue = (place.sid if from_symbol else place.entry_sid,
                            place.exit_sid if exit_hit else (dst.sid if dst is not None else None))
                keg_markup += _arrow_markup(ids, plan, r, top, ind, glue)
            if place is not None and place.exit is not None:
                keg_markup += _pentagon_markup(ids, place.exit, place.exit_sid, top, ind)
            if place is not None and place.entry is not None:
                keg_markup += _pentagon_markup(ids, place.entry, place.entry_sid, top, ind)
        extra = {}  # further symbols of the row (an off-page connector beside the step): inline shapes
        for extra_role, extra_kind, *where in step.get("extra", []):
            ci = cols.index("r:" + extra_role)
            gap = "<w:r><w:br/><w:br/></w:r>" if where == ["bottom"] else ""  # lower in the cell
            extra[ci] = extra.get(ci, "") + gap + run_xml(inline_xml(ids, extra_kind))
        if connectors and plan is None and kind and si + 1 < len(steps) and steps[si + 1].get("role"):
            nxt = steps[si + 1]
            nci = cols.index("r:" + nxt["role"])
            x1 = _col_left(widths, role_ci, table.get("ind", 0)) + widths[role_ci] // 2
            x2 = _col_left(widths, nci, table.get("ind", 0)) + widths[nci] // 2
            y1 = POS_V + SYM_H[kind]
            y2 = _est_row_height(step, widths, cols) + POS_V
            cn = connector_wsp_xml(0, 0, (x2 - x1) * EMU_PER_TWIP, (y2 - y1) * EMU_PER_TWIP)
            g = _graphic(cn)
            keg_markup += run_xml(
                anchor_xml(ids, g, rel_h="margin", off_h=min(x1, x2) * EMU_PER_TWIP, off_v=y1 * EMU_PER_TWIP,
                           cx=abs(x2 - x1) * EMU_PER_TWIP, cy=(y2 - y1) * EMU_PER_TWIP,
                           layout_in_cell=False, name="Connector")
            )
        if whole and si == 0:
            keg_markup = one_drawing_xml(ids, table, steps, whole) + keg_markup
        row = []
        for ci, key in enumerate(cols):
            if key == "no":
                row.append({"text": step.get("no", ""), "align": "center"})
            elif key == "keg":
                row.append({"text": step.get("keg", ""), "lead": keg_markup})
            elif key.startswith("r:"):
                d = {"text": "", "align": "center"}
                if ci == role_ci and role_markup:
                    d["runs"] = role_markup
                if ci in extra:
                    d["runs"] = d.get("runs", "") + extra[ci]
                row.append(d)
            else:
                row.append({"text": step.get(key, "")})
        rows.append(row)
        heights.append(plan.heights[part][si] if plan is not None else table.get("row_h", ROW_MIN_H))
    return table_xml(widths, rows, ind=table.get("ind", 0), header_rows=table.get("repeat_rows", 0),
                     min_heights=heights, can_split=table.get("can_split", False),
                     open_bottom=table.get("open_bottom", False))


# --------------------------------------------------------------------------- document


def _setup_page(doc, page: dict) -> None:
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE if page["w"] > page["h"] else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Twips(page["w"]), Twips(page["h"])
    m = page["margins"]
    sec.top_margin, sec.right_margin = Twips(m["top"]), Twips(m["right"])
    sec.bottom_margin, sec.left_margin = Twips(m["bottom"]), Twips(m["left"])
    sec.header_distance = sec.footer_distance = Twips(360)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(9)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    fonts.set(qn("w:eastAsia"), "Arial")
    fonts.set(qn("w:cs"), "Arial")


def _core(doc, title: str) -> None:
    cp = doc.core_properties
    cp.author = "sopcheck corpus builder"
    cp.last_modified_by = "sopcheck corpus builder"
    cp.title = title
    cp.subject = "SOP AP (Permenpan RB No. 35 Tahun 2012)"
    cp.keywords = "sopcheck corpus"
    cp.comments = "Rebuilt from a seed text rendering; see corpus/README.md"
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE


def _procedures_of(body: list[dict]) -> list[dict]:
    """The procedures drawn by the ``flow`` items of ``body``, in order of first appearance."""
    seen: dict[int, dict] = {}
    for item in body:
        if item["type"] == "flow" and id(item["proc"]) not in seen:
            seen[id(item["proc"])] = item["proc"]
    return list(seen.values())


def build_document(src: dict):
    """Build one ``docx.Document`` from a source ``DOC`` dict; return ``(document, spec)``.

    A source holding several SOPs (a bundle, ``"sops"``: each ``{"identity", "body"}``) is
    written as the SOPs' bodies one after another; its spec is ``{"sops": [{"identity",
    "procedures"}, ...]}``."""
    doc = Document()
    _setup_page(doc, src["page"])
    _core(doc, src["title"])
    if src.get("footer"):  # page footer lines, printed on every page (not in the body)
        footer = doc.sections[0].footer
        footer.is_linked_to_previous = False
        footer.paragraphs[0].text = "\n".join(src["footer"])
        for run in footer.paragraphs[0].runs:
            run.font.size = Pt(7)
    body = doc.element.body
    sect = body[-1]  # w:sectPr stays last
    for child in list(body):
        if child is not sect:
            body.remove(child)
    ids = IdGen()
    plans: dict = {}
    body = src["body"] if "sops" not in src else [item for sop in src["sops"] for item in sop["body"]]
    for item in body:
        t = item["type"]
        if t == "para":
            frag = para_xml(item.get("text", ""), bold=item.get("bold", False), size=item.get("size"),
                            align=item.get("align"), keep_next=item.get("keep_next", False),
                            space_after=item.get("space_after", 0))
        elif t == "pagebreak":
            frag = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
        elif t == "table":
            frag = table_xml(item["widths"], item["rows"], ind=item.get("ind", 0),
                             borders=item.get("borders", True), size=item.get("size", 8))
        elif t == "flow":
            proc, part = item["proc"], item["part"]
            frag = flow_table_xml(ids, proc, proc["tables"][part], src["page"], plans)
        else:
            raise ValueError(t)
        el = xml(f"<w:body {NS_DECL}>{frag}</w:body>")
        for child in list(el):
            sect.addprevious(child)
    if "sops" in src:
        spec = {"sops": [{"identity": sop["identity"],
                          "procedures": [proc_spec(p) for p in _procedures_of(sop["body"])]} for sop in src["sops"]]}
    else:
        spec = {"identity": src["identity"], "procedures": [proc_spec(p) for p in _procedures_of(body)]}
    return doc, spec


def proc_spec(proc: dict) -> dict:
    """The spec of one procedure: title, number, role headers and the steps as built; a closing
    total row (``"total": True``) is no step: its waktu is the procedure's ``waktu_total``. A
    procedure drawn with arrows has the ``flow`` they make (1-based step positions)."""
    steps = []
    total = None
    for table in proc["tables"]:
        for s in table["steps"]:
            if s.get("total"):
                total = cell_text(s.get("waktu", ""))
                continue
            kind = s.get("sym")
            steps.append(
                {
                    "number_raw": cell_text(s.get("no", "")),
                    "kegiatan": cell_text(s.get("keg", "")),
                    "pelaksana": [s["role"]] if s.get("role") and kind else [],
                    "symbol": ("marker" if s.get("enc") == "text-marker" else kind) if kind else None,
                    "encoding": (table.get("one_drawing") or s.get("enc")) if kind else None,
                    "kelengkapan": cell_text(s.get("kel", "")),
                    "waktu": cell_text(s.get("waktu", "")),
                    "output": cell_text(s.get("out", "")),
                    "keterangan": cell_text(s.get("ket", "")),
                }
            )
    spec = {
        "title": proc.get("title"),
        "nomor_sop": proc.get("nomor_sop"),
        "pelaksana": list(proc["pelaksana"]),
        "steps": steps,
    }
    if total is not None:
        spec["waktu_total"] = total
    if "arrows" in proc or "flow" in proc:
        spec["flow"] = arrows.spec_flow(arrows.plan(proc))
    elif any(t.get("one_drawing") for t in proc["tables"]):  # one_drawing_xml: each symbol to the next
        drawn = [i for i, s in enumerate(steps, 1) if s["symbol"]]
        spec["flow"] = [{"from": a, "to": b, "label": None} for a, b in zip(drawn, drawn[1:])]
    return spec


def _deterministic_zip(raw: bytes) -> bytes:
    """Rewrite a DOCX zip with fixed timestamps and attributes (byte-identical rebuilds)."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def load_sources(only: list[str] | None = None, names: list[str] = NAMES) -> list[dict]:
    """Import the ``corpus/sources`` modules of ``names`` (all, or the documents named in
    ``only``) and return their ``DOC`` dicts in corpus order."""
    mods = [n for n in names if not only or n.replace("_", "-") in only]
    return [importlib.import_module(f"sources.{n}").DOC for n in mods]


def build_all(out_dir: Path, only: list[str] | None = None) -> list[Path]:
    """Build every corpus document (or those named in ``only``) into ``out_dir``, and the
    layout fixtures (:data:`sources.LAYOUTS`) into ``out_dir/layouts``.

    Writes ``<name>.docx`` and ``<name>.spec.json`` per document and returns the DOCX paths.
    """
    written = []
    for names, folder in ((NAMES, out_dir), (LAYOUTS, out_dir / LAYOUTS_DIR), (FLOWS, out_dir / FLOWS_DIR)):
        written += _build_set(load_sources(only, names), folder)
    return written


def _build_set(sources: list[dict], out_dir: Path) -> list[Path]:
    written = []
    for src in sources:
        out_dir.mkdir(parents=True, exist_ok=True)
        doc, spec = build_document(src)
        buf = io.BytesIO()
        doc.save(buf)
        path = out_dir / f"{src['name']}.docx"
        path.write_bytes(_deterministic_zip(buf.getvalue()))
        (out_dir / f"{src['name']}.spec.json").write_text(
            json.dumps(spec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        written.append(path)
    return written


def main(argv=None) -> int:
    """Command-line entry point: ``build.py [--out DIR] [NAME ...]``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("names", nargs="*", help="document names (default: all)")
    args = ap.parse_args(argv)
    for p in build_all(args.out, args.names or None):
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
