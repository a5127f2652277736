"""OOXML (WordprocessingML, DrawingML, VML, markup compatibility) namespaces and the
qualified element and attribute names the DOCX reader looks for, in one place.

``q(ns, name)`` builds an lxml qualified name (``"{namespace}name"``).
"""

from __future__ import annotations

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
WPG_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"
WPC_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"
WP14_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"


def q(ns: str, name: str) -> str:
    """The lxml qualified name of ``name`` in namespace ``ns``."""
    return "{%s}%s" % (ns, name)


W_DRAWING, W_PICT, W_OBJECT = q(W_NS, "drawing"), q(W_NS, "pict"), q(W_NS, "object")
W_P, W_T, W_TXBX = q(W_NS, "p"), q(W_NS, "t"), q(W_NS, "txbxContent")
W_TAB, W_BR, W_CR = q(W_NS, "tab"), q(W_NS, "br"), q(W_NS, "cr")
MC_AC, MC_CHOICE, MC_FALLBACK = q(MC_NS, "AlternateContent"), q(MC_NS, "Choice"), q(MC_NS, "Fallback")
WP_INLINE, WP_ANCHOR, WP_EXTENT = q(WP_NS, "inline"), q(WP_NS, "anchor"), q(WP_NS, "extent")
WP_POSH, WP_POSV, WP_POSOFF, WP_ALIGN = (q(WP_NS, "positionH"), q(WP_NS, "positionV"),
                                         q(WP_NS, "posOffset"), q(WP_NS, "align"))
WP_SIMPLEPOS, WP_DOCPR = q(WP_NS, "simplePos"), q(WP_NS, "docPr")
WP14_PCTH, WP14_PCTV = q(WP14_NS, "pctPosHOffset"), q(WP14_NS, "pctPosVOffset")
A_GRAPHIC, A_GRAPHICDATA = q(A_NS, "graphic"), q(A_NS, "graphicData")
A_XFRM, A_OFF, A_EXT, A_CHOFF, A_CHEXT = (q(A_NS, "xfrm"), q(A_NS, "off"), q(A_NS, "ext"),
                                          q(A_NS, "chOff"), q(A_NS, "chExt"))
A_PRSTGEOM, A_CUSTGEOM, A_LN, A_NOFILL = (q(A_NS, "prstGeom"), q(A_NS, "custGeom"),
                                          q(A_NS, "ln"), q(A_NS, "noFill"))
A_FILLREF, A_LNREF = q(A_NS, "fillRef"), q(A_NS, "lnRef")
A_FILLS = {q(A_NS, n) for n in ("solidFill", "gradFill", "blipFill", "pattFill", "grpFill")}
WPS_WSP, WPS_SPPR, WPS_STYLE = q(WPS_NS, "wsp"), q(WPS_NS, "spPr"), q(WPS_NS, "style")
WPS_CNVCNPR, WPS_TXBX = q(WPS_NS, "cNvCnPr"), q(WPS_NS, "txbx")
WPG_WGP, WPG_GRPSP, WPG_GRPSPPR = q(WPG_NS, "wgp"), q(WPG_NS, "grpSp"), q(WPG_NS, "grpSpPr")
WPC_WPC = q(WPC_NS, "wpc")
PIC_PIC = q(PIC_NS, "pic")
V_SHAPE, V_SHAPETYPE, V_GROUP = q(V_NS, "shape"), q(V_NS, "shapetype"), q(V_NS, "group")
V_RECT, V_ROUNDRECT, V_OVAL = q(V_NS, "rect"), q(V_NS, "roundrect"), q(V_NS, "oval")
V_LINE, V_POLYLINE, V_CURVE, V_ARC = (q(V_NS, "line"), q(V_NS, "polyline"), q(V_NS, "curve"),
                                      q(V_NS, "arc"))
V_IMAGE, V_IMAGEDATA, V_TEXTBOX = q(V_NS, "image"), q(V_NS, "imagedata"), q(V_NS, "textbox")
V_FILL, V_STROKE = q(V_NS, "fill"), q(V_NS, "stroke")
O_SPT = q(O_NS, "spt")
O_ALLOWINCELL = q(O_NS, "allowincell")
