"""DOCX reader: body order, merged grids, symbols per encoding and their placement.

Two kinds of input:

* small DOCX files written into ``tmp_path`` from raw WordprocessingML (one feature each);
* the real corpus (``corpus/<name>.docx`` with ``corpus/<name>.spec.json``): for every step of
  every procedure the symbol must land in the column whose header is the spec's role, in the
  spec's encoding. Those tests skip when the corpus has not been built.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from sopcheck.blocks import Table
from sopcheck.errors import ReadError, ResourceLimit, UnreadableFile
from sopcheck.limits import Limits
from sopcheck.readers.docx import read_docx

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

# --------------------------------------------------------------------------- tiny DOCX writer

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')
CT = ('<?xml version="1.0" encoding="UTF-8"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
      'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
SECT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:left="1440" w:right="1440" w:top="1440" w:bottom="1440"/></w:sectPr>')
WPS_URI = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
WPG_URI = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"
COL = 914400  # one 1440-twip grid column in EMU
MARGIN = 914400  # left page margin in EMU
CELL_MAR = 108 * 635  # default cell margin in EMU


def make_docx(path: Path, body: str, *, document: str | None = None, parts: dict | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        if document is None:
            document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                        f'<w:document {NS}><w:body>{body}{SECT}</w:body></w:document>')
        if document is not False:
            z.writestr("word/document.xml", document)
        for name, data in (parts or {}).items():
            z.writestr(name, data)
    return path


def wsp(prst: str, *, visible=True, text="", xfrm=None, connector=False) -> str:
    fill = ('<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
            '<a:ln><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
            if visible else '<a:noFill/><a:ln><a:noFill/></a:ln>')
    xf = ""
    if xfrm:
        x, y, cx, cy = xfrm
        xf = f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
    tx = (f'<wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
          if text else "")
    nv = "<wps:cNvCnPr/>" if connector else "<wps:cNvSpPr/>"
    return (f'<wps:wsp>{nv}<wps:spPr>{xf}<a:prstGeom prst="{prst}"><a:avLst/></a:prstGeom>{fill}'
            f'</wps:spPr>{tx}<wps:bodyPr/></wps:wsp>')


def graphic(obj: str, uri: str = WPS_URI) -> str:
    return f'<a:graphic><a:graphicData uri="{uri}">{obj}</a:graphicData></a:graphic>'


def inline(obj: str, uri: str = WPS_URI) -> str:
    return (f'<w:r><w:drawing><wp:inline><wp:extent cx="400000" cy="300000"/><wp:docPr id="1" name="s"/>'
            f'{graphic(obj, uri)}</wp:inline></w:drawing></w:r>')


def anchor(obj: str, *, rel="column", off=0, cx=400000, cy=300000, voff=0, in_cell="1", align=None,
           uri=WPS_URI) -> str:
    h = f"<wp:align>{align}</wp:align>" if align else f"<wp:posOffset>{off}</wp:posOffset>"
    return (f'<w:r><w:drawing><wp:anchor simplePos="0" relativeHeight="1" behindDoc="0" locked="0" '
            f'layoutInCell="{in_cell}" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="{rel}">{h}</wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{voff}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:wrapNone/><wp:docPr id="2" name="a"/>'
            f'{graphic(obj, uri)}</wp:anchor></w:drawing></w:r>')


def p(*items: str, style: str | None = None, bold=False) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    runs = "".join(i if i.startswith(("<w:r>", "<w:hyperlink", "<w:ins", "<w:del", "<w:sdt", "<mc:"))
                   else f'<w:r>{rpr}<w:t xml:space="preserve">{i}</w:t></w:r>' for i in items)
    return f"<w:p>{ppr}{runs}</w:p>"


def tc(*paras: str, span=1, vmerge=None, hmerge=None) -> str:
    pr = ""
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += "<w:vMerge/>"
    if hmerge == "restart":
        pr += '<w:hMerge w:val="restart"/>'
    elif hmerge == "continue":
        pr += "<w:hMerge/>"
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{''.join(paras) or '<w:p/>'}</w:tc>"


def tr(*cells: str, height=None, rule="exact", before=0, after=0) -> str:
    pr = ""
    if before:
        pr += f'<w:gridBefore w:val="{before}"/>'
    if after:
        pr += f'<w:gridAfter w:val="{after}"/>'
    if height:
        pr += f'<w:trHeight w:val="{height}" w:hRule="{rule}"/>'
    return f"<w:tr><w:trPr>{pr}</w:trPr>{''.join(cells)}</w:tr>"


def tbl(widths, *rows: str, ind=None) -> str:
    pr = f'<w:tblPr><w:tblInd w:w="{ind}" w:type="dxa"/></w:tblPr>' if ind is not None else "<w:tblPr/>"
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return f"<w:tbl>{pr}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def symbols_at(table: Table) -> dict[tuple[int, int], list[tuple[str, str]]]:
    return {(c.row, c.col): sorted((s.kind, s.encoding) for s in c.symbols) for c in table.cells if c.symbols}


def read(path: Path, limits: Limits | None = None):
    return read_docx(path, limits or Limits())


HEADER = tr(tc(p("No")), tc(p("Kegiatan")), tc(p("Kasi")), tc(p("Staf")))
W4 = [1440] * 4


# --------------------------------------------------------------------------- body and grids

def test_body_order_headings_and_text(tmp_path):
    body = (p("SOP PENYUSUNAN RENSTRA", bold=True) + p("Judul gaya", style="Heading1") + p("biasa")
            + tbl(W4, HEADER) + p("di antara") + tbl([2000], tr(tc(p("B")))) + p("  "))
    blocks = read(make_docx(tmp_path / "a.docx", body))
    kinds = [type(b).__name__ for b in blocks.items]
    assert kinds == ["Paragraph", "Paragraph", "Paragraph", "Table", "Paragraph", "Table"]
    first, second, third = blocks.items[:3]
    assert first.heading and first.bold
    assert second.heading and not second.bold
    assert not third.heading and not third.bold
    assert [t.index for t in blocks.tables()] == [1, 2]
    assert blocks.format == "docx" and blocks.tables()[0].row_pages == [None]


def test_text_containers_tabs_breaks_and_deletions(tmp_path):
    para = ('<w:p><w:hyperlink><w:r><w:t>a</w:t></w:r></w:hyperlink>'
            '<w:ins><w:r><w:t>b</w:t></w:r></w:ins><w:del><w:r><w:delText>GONE</w:delText></w:r></w:del>'
            '<w:smartTag><w:r><w:t>c</w:t></w:r></w:smartTag>'
            '<w:sdt><w:sdtContent><w:r><w:t>d</w:t><w:tab/><w:t>e</w:t><w:br/><w:t>f</w:t></w:r>'
            '</w:sdtContent></w:sdt><w:customXml><w:r><w:t>g</w:t></w:r></w:customXml></w:p>')
    body = f"<w:sdt><w:sdtContent>{para}</w:sdtContent></w:sdt>"
    blocks = read(make_docx(tmp_path / "t.docx", body))
    assert blocks.items[0].text == "abcd e\nfg"


def test_merged_header_spans(tmp_path):
    rows = [
        tr(tc(p("No"), vmerge="restart"), tc(p("Kegiatan"), vmerge="restart"), tc(p("Pelaksana"), span=2),
           tc(p("Mutu Baku"), span=3)),
        tr(tc(vmerge="continue"), tc(vmerge="continue"), tc(p("Kasi")), tc(p("Staf")),
           tc(p("Kelengkapan")), tc(p("Waktu")), tc(p("Output"))),
        tr(*[tc(p(str(i))) for i in range(7)]),
    ]
    t = read(make_docx(tmp_path / "m.docx", tbl([600, 3000, 1200, 1200, 1500, 900, 1500], *rows))).tables()[0]
    assert (t.n_rows, t.n_cols) == (3, 7)
    g = t.grid()
    assert (g[0][0].row_span, g[0][0].text) == (2, "No") and g[1][0] is g[0][0]
    assert g[0][1].row_span == 2 and g[1][1] is g[0][1]
    assert (g[0][2].col_span, g[0][2].text) == (2, "Pelaksana") and g[0][3] is g[0][2]
    assert (g[0][4].col_span, g[0][4].text) == (3, "Mutu Baku")
    assert [g[1][c].text for c in range(2, 7)] == ["Kasi", "Staf", "Kelengkapan", "Waktu", "Output"]
    assert len(t.cells) == 2 + 2 + 5 + 7


def test_grid_before_after_hmerge_and_inconsistent_grid(tmp_path):
    rows = [
        tr(tc(p("a"), hmerge="restart"), tc(hmerge="continue"), tc(p("c"))),
        tr(tc(p("x")), before=1, after=1),
        tr(tc(p("wide"), span=9), tc(p("more"))),  # wider than the 3-column tblGrid
    ]
    t = read(make_docx(tmp_path / "g.docx", tbl([1000, 1000, 1000], *rows))).tables()[0]
    assert t.n_cols == 10
    g = t.grid()
    assert g[0][0].col_span == 2 and g[0][2].text == "c"
    assert g[1][0] is None and g[1][1].text == "x" and g[1][2] is None
    assert g[2][9].text == "more"


def test_hostile_spans_are_clamped(tmp_path):
    rows = [tr(tc(p("a"), span=10 ** 9), tc(p("b"), span=-5)), tr(tc(p("c"), vmerge="continue"))]
    t = read(make_docx(tmp_path / "h.docx", tbl([1000], *rows))).tables()[0]
    assert t.n_cols <= 256
    assert all(c.col + c.col_span <= t.n_cols for c in t.cells)
    assert t.grid()  # no crash building the grid


def test_nested_table_text_and_symbols_join_the_cell(tmp_path):
    inner = tbl([700, 700], tr(tc(p("in1")), tc(p("in2", inline(wsp("roundRect"))))))
    body = tbl(W4, HEADER, tr(tc(p("1")), tc(p("luar"), inner), tc(), tc()))
    t = read(make_docx(tmp_path / "n.docx", body)).tables()[0]
    cell = t.grid()[1][1]
    assert cell.text == "luar\nin1\nin2"
    assert [(s.kind, s.encoding) for s in cell.symbols] == [("terminator", "drawingml-inline")]
    assert len(read(make_docx(tmp_path / "n.docx", body)).tables()) == 1


def test_row_limit(tmp_path):
    body = tbl([1000], *[tr(tc(p(str(i)))) for i in range(30)])
    path = make_docx(tmp_path / "rows.docx", body)
    with pytest.raises(ResourceLimit) as exc:
        read(path, Limits(max_table_rows=20))
    assert exc.value.rule == "resource-limit" and "rows.docx" in exc.value.message_id


def test_text_markers_and_symbol_font_checks_stay_text(tmp_path):
    sym = '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'
    body = tbl(W4, HEADER, tr(tc(p("1")), tc(p("a")), tc(p("√")), tc(p(sym))))
    t = read(make_docx(tmp_path / "mk.docx", body)).tables()[0]
    assert t.grid()[1][2].text == "√" and t.grid()[1][3].text == "✓"
    assert not symbols_at(t)


# --------------------------------------------------------------------------- symbols

def test_inline_and_floating_drawingml_placement(tmp_path):
    # grid columns 0..3 start at MARGIN + i * COL (table at the left margin, no indent)
    kcell_text_left = MARGIN + COL + CELL_MAR  # kegiatan cell (column 1) text area
    rows = [
        HEADER,
        tr(tc(p("1")), tc(p("Mulai", anchor(wsp("flowChartTerminator", text="MULAI"), rel="page",
                                            off=MARGIN + 2 * COL + 200000))), tc(), tc()),
        tr(tc(p("2")), tc(p("Proses", anchor(wsp("flowChartProcess"), rel="margin", off=3 * COL + 100000))),
           tc(), tc()),
        tr(tc(p("3")), tc(p("Cek", anchor(wsp("flowChartDecision"), rel="column",
                                          off=MARGIN + 2 * COL + 100000 - kcell_text_left))), tc(), tc()),
        tr(tc(p("4")), tc(p("x", anchor(wsp("flowChartOffpageConnector"), rel="character",
                                        off=MARGIN + 3 * COL + 100000 - kcell_text_left))), tc(), tc()),
        tr(tc(p("5")), tc(p("y", anchor(wsp("ellipse"), rel="margin", align="right"))), tc(),
           tc(p(inline(wsp("rect"))))),
    ]
    t = read(make_docx(tmp_path / "f.docx", tbl(W4, *rows))).tables()[0]
    assert symbols_at(t) == {
        (1, 2): [("terminator", "drawingml-anchor")],
        (2, 3): [("process", "drawingml-anchor")],
        (3, 2): [("decision", "drawingml-anchor")],
        (4, 3): [("offpage", "drawingml-anchor")],
        # right-aligned to the margin: beyond the table's right edge -> clamped to the last column
        (5, 3): [("connector", "drawingml-anchor"), ("process", "drawingml-inline")],
    }
    assert t.grid()[1][2].symbols[0].text == "MULAI"
    assert t.grid()[1][1].text == "Mulai"  # shape text is not cell text


def test_table_indent_and_vertical_offset_into_later_row(tmp_path):
    rows = [
        HEADER,
        tr(tc(p("1")), tc(p("a", anchor(wsp("rect"), rel="page", off=MARGIN + 720 * 635 + COL + 100000,
                                       voff=600 * 635))), tc(), tc(), height=400),
        tr(tc(p("2")), tc(p("b")), tc(), tc(), height=400),
    ]
    t = read(make_docx(tmp_path / "v.docx", tbl(W4, *rows, ind=720))).tables()[0]
    # indent 720 twips: the centre lands in column 1 (kegiatan); 600 twips down = row 2
    assert symbols_at(t) == {(2, 1): [("process", "drawingml-anchor")]}


def test_connectors_arrows_and_labels_are_not_symbols(tmp_path):
    shapes = (anchor(wsp("straightConnector1", connector=True), rel="margin", off=2 * COL, in_cell="0")
              + anchor(wsp("bentConnector3"), rel="margin", off=2 * COL, in_cell="0")
              + anchor(wsp("downArrow"), rel="margin", off=2 * COL)
              + anchor(wsp("line"), rel="margin", off=2 * COL)
              + anchor(wsp("rect", visible=False, text="Ya"), rel="margin", off=2 * COL))
    t = read(make_docx(tmp_path / "c.docx", tbl(W4, HEADER, tr(tc(p("1")), tc(p("k", shapes)), tc(),
                                                               tc())))).tables()[0]
    assert symbols_at(t) == {}
    assert t.grid()[1][1].text == "k"


def test_group_shapes_mapped_through_transforms(tmp_path):
    # Group anchored at column 2's left edge (page-relative), 2 columns wide, child units x2.
    nested = ('<wpg:grpSp><wpg:grpSpPr><a:xfrm><a:off x="1828800" y="0"/><a:ext cx="1828800" cy="914400"/>'
              '<a:chOff x="0" y="0"/><a:chExt cx="914400" cy="457200"/></a:xfrm></wpg:grpSpPr>'
              + wsp("flowChartProcess", xfrm=(100000, 0, 400000, 200000)) + "</wpg:grpSp>")
    grp = ('<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="914400"/>'
           '<a:chOff x="0" y="0"/><a:chExt cx="3657600" cy="1828800"/></a:xfrm></wpg:grpSpPr>'
           + wsp("flowChartTerminator", xfrm=(0, 0, 800000, 400000))
           + wsp("bentConnector3", connector=True, xfrm=(0, 400000, 10, 400000))
           + nested + "</wpg:wgp>")
    shape = anchor(grp, rel="page", off=MARGIN + 2 * COL, cx=1828800, cy=914400, uri=WPG_URI)
    t = read(make_docx(tmp_path / "g.docx", tbl(W4, HEADER, tr(tc(p("1")), tc(p("k", shape)), tc(), tc())))).tables()[0]
    assert symbols_at(t) == {(1, 2): [("terminator", "drawingml-group")],
                             (1, 3): [("process", "drawingml-group")]}
    inline_grp = inline(grp.replace("flowChartTerminator", "diamond"), WPG_URI)
    t = read(make_docx(tmp_path / "gi.docx", tbl(W4, HEADER, tr(tc(p("1")), tc(), tc(p(inline_grp)),
                                                                tc())))).tables()[0]
    assert symbols_at(t) == {(1, 2): [("decision", "drawingml-group"), ("process", "drawingml-group")]}


VML_DEC = ('<w:r><w:pict><v:shapetype id="_x0000_t110" o:spt="110" coordsize="21600,21600"/>'
           '<v:shape id="s1" type="#_x0000_t110" style="{style}" fillcolor="white"><v:textbox>'
           '<w:txbxContent><w:p><w:r><w:t>Lengkap?</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


def test_vml_shapes(tmp_path):
    float_style = "position:absolute;margin-left:75pt;margin-top:5pt;width:30pt;height:20pt"
    label = ('<w:r><w:pict><v:shape type="#_x0000_t202" style="position:absolute;margin-left:0;width:30pt;'
             'height:20pt" filled="f" stroked="f"><v:textbox><w:txbxContent><w:p><w:r><w:t>Tidak</w:t></w:r>'
             '</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    lines = ('<w:r><w:pict><v:shape type="#_x0000_t32" style="position:absolute;margin-left:10pt;width:0;'
             'height:20pt"/><v:line from="0,0" to="10pt,10pt"/></w:pict></w:r>')
    group = ('<w:r><w:pict><v:group style="position:absolute;margin-left:0;margin-top:0;width:144pt;height:36pt" '
             'coordsize="2000,500" coordorigin="0,0">'
             '<v:oval style="position:absolute;left:200;top:0;width:400;height:400"/>'
             '<v:shape type="#_x0000_t34" style="position:absolute;left:0;top:0;width:2000;height:100"/>'
             '<v:shape type="#_x0000_t177" style="position:absolute;left:1200;top:0;width:400;height:400"/>'
             '</v:group></w:pict></w:r>')
    kinds = "".join(f'<w:r><w:pict><v:{t} style="width:{w}pt;height:20pt"/></w:pict></w:r>'
                    for t, w in (("rect", 30), ("roundrect", 30), ("oval", 20)))
    rows = [
        HEADER,
        tr(tc(p("1")), tc(p("a", VML_DEC.format(style=float_style), label, lines)), tc(), tc()),
        tr(tc(p("2")), tc(p("b")), tc(p(VML_DEC.format(style="width:30pt;height:20pt"))), tc(p(kinds))),
        tr(tc(p("3")), tc(p("c", group)), tc(), tc()),
    ]
    t = read(make_docx(tmp_path / "v.docx", tbl(W4, *rows))).tables()[0]
    # margin-left 75pt from the kegiatan cell's text area: centre 1828800+68580+952500+190500 -> column 2
    assert symbols_at(t) == {
        (1, 2): [("decision", "vml")],
        (2, 2): [("decision", "vml")],
        (2, 3): [("connector", "vml"), ("process", "vml"), ("terminator", "vml")],
        # group 144pt = 2 columns from the cell's text area: oval at 0.2 -> col 1, offpage at 0.7 -> col 2
        (3, 1): [("connector", "vml")],
        (3, 2): [("offpage", "vml")],
    }
    assert t.grid()[1][2].symbols[0].text == "Lengkap?"
    assert t.grid()[1][1].text == "a"


def test_elongated_or_labelled_ovals_are_terminators(tmp_path):
    ovals = ('<w:r><w:pict><v:oval style="width:45pt;height:19pt"/></w:pict></w:r>'
             '<w:r><w:pict><v:oval style="width:20pt;height:20pt"><v:textbox><w:txbxContent><w:p><w:r>'
             '<w:t>SELESAI</w:t></w:r></w:p></w:txbxContent></v:textbox></v:oval></w:pict></w:r>'
             '<w:r><w:pict><v:oval style="width:20pt;height:20pt"/></w:pict></w:r>')
    shapes = inline(wsp("ellipse", xfrm=(0, 0, 800000, 300000))) + inline(wsp("flowChartConnector", text="Mulai"))
    t = read(make_docx(tmp_path / "ov.docx", tbl(W4, HEADER, tr(tc(p("1")), tc(p("a")), tc(p(ovals)),
                                                                tc(p(shapes)))))).tables()[0]
    assert symbols_at(t) == {(1, 2): [("connector", "vml"), ("terminator", "vml"), ("terminator", "vml")],
                             (1, 3): [("connector", "drawingml-inline"), ("terminator", "drawingml-inline")]}


def test_alternate_content_counts_once(tmp_path):
    ac = ('<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:drawing><wp:inline>'
          '<wp:extent cx="400000" cy="300000"/><wp:docPr id="3" name="x"/>'
          + graphic(wsp("flowChartProcess", text="Proses"))
          + '</wp:inline></w:drawing></w:r></mc:Choice><mc:Fallback><w:r><w:pict><v:rect style="width:30pt;'
          'height:20pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>Proses</w:t></w:r></w:p></w:txbxContent>'
          '</v:textbox></v:rect></w:pict></w:r></mc:Fallback></mc:AlternateContent>')
    run_ac = ac.replace("<mc:Choice Requires=\"wps\"><w:r>", "<mc:Choice Requires=\"wps\">") \
        .replace("</w:r></mc:Choice>", "</mc:Choice>").replace("<mc:Fallback><w:r>", "<mc:Fallback>") \
        .replace("</w:r></mc:Fallback>", "</mc:Fallback>")
    unknown = ('<w:r><mc:AlternateContent><mc:Choice Requires="wpx"><w:foo/></mc:Choice><mc:Fallback><w:pict>'
               '<v:oval style="width:20pt;height:20pt"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    rows = [HEADER, tr(tc(p("1")), tc(p("a")), tc(p(f"<w:r>{run_ac}</w:r>")), tc(p(ac, unknown)))]
    t = read(make_docx(tmp_path / "ac.docx", tbl(W4, *rows))).tables()[0]
    assert symbols_at(t) == {(1, 2): [("process", "drawingml-inline")],
                             (1, 3): [("connector", "vml"), ("process", "drawingml-inline")]}
    assert t.grid()[1][2].text == "" and t.grid()[1][2].symbols[0].text == "Proses"


def test_shapes_floating_outside_tables_are_ignored(tmp_path):
    body = p("judul", anchor(wsp("rect"), rel="page", off=2 * COL)) + tbl(W4, HEADER)
    blocks = read(make_docx(tmp_path / "o.docx", body))
    assert blocks.items[0].text == "judul" and not symbols_at(blocks.tables()[0])


# --------------------------------------------------------------------------- errors

def test_missing_document_part(tmp_path):
    path = make_docx(tmp_path / "kosong.docx", "", document=False, parts={"word/other.xml": "<x/>"})
    with pytest.raises(UnreadableFile) as exc:
        read(path)
    err = exc.value
    assert err.rule == "unreadable-file"
    assert "kosong.docx" in err.message_id and "word/document.xml" in err.message_id
    assert "simpan ulang" in err.message_id and "save it again" in err.message_en


def test_malformed_xml(tmp_path):
    doc = f'<?xml version="1.0"?><w:document {NS}><w:body><w:p><w:r><w:t>a</w:r></w:p></w:body>'
    path = make_docx(tmp_path / "rusak.docx", "", document=doc)
    with pytest.raises(UnreadableFile) as exc:
        read(path)
    err = exc.value
    assert "rusak.docx" in err.message_id and "word/document.xml" in err.message_id
    assert "XML rusak" in err.message_id and "malformed XML" in err.message_en


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04 truncated", b"not a zip at all"])
def test_not_a_zip(tmp_path, data):
    path = tmp_path / "x.docx"
    path.write_bytes(data)
    with pytest.raises(ReadError) as exc:
        read(path)
    assert "x.docx" in exc.value.message_id and exc.value.message_en


def test_entities_refused(tmp_path):
    doc = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           f'<w:document {NS}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')
    with pytest.raises(UnreadableFile):
        read(make_docx(tmp_path / "xxe.docx", "", document=doc))


# --------------------------------------------------------------------------- the real corpus

CORPUS_DOCS = ["tapin-pengukuran-kinerja", "probolinggo-laporan-kinerja", "bintan-perencanaan",
               "trenggalek-sekretariat", "batola-data-kinerja"]
#: spec encoding -> the Symbol.encoding the reader must report
SPEC_ENCODING = {"alternate-content": "drawingml-inline", "drawingml-inline": "drawingml-inline",
                 "drawingml-anchor": "drawingml-anchor", "drawingml-group": "drawingml-group",
                 "vml": "vml"}
#: markup each corpus file must contain, so the symbol counts test what they claim: connector
#: arrows, AlternateContent with a VML Fallback (one symbol stored twice), VML, groups with
#: no-fill label text boxes
CORPUS_FEATURES = {
    "tapin-pengukuran-kinerja": ["<wps:cNvCnPr", "<wp:anchor"],
    "probolinggo-laporan-kinerja": ["<mc:AlternateContent", "<mc:Fallback><w:pict>"],
    "bintan-perencanaan": ["<w:pict>", "<v:"],
    "trenggalek-sekretariat": ["<wpg:wgp", 'txBox="1"'],
    "batola-data-kinerja": [],
}
SHAPE_KINDS = {"terminator", "process", "decision", "connector", "offpage"}
_KEGIATAN = re.compile(r"kegiatan|uraian|aktivitas", re.I)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip().lower()


def _corpus(name: str):
    docx_path, spec_path = CORPUS / f"{name}.docx", CORPUS / f"{name}.spec.json"
    if not (docx_path.exists() and spec_path.exists()):
        pytest.skip(f"corpus/{name}.docx not built yet (corpus/build.py)")
    return read(docx_path), json.loads(spec_path.read_text(encoding="utf-8")), docx_path


def _flow_tables(blocks):
    """Flowchart tables as ``(table, kegiatan column, first step row, header table, its first
    step row)``; a continuation table without headers (same width as the flowchart table
    before it) uses that table's headers."""
    out = []
    for t in blocks.tables():
        g = t.grid()
        keg = next(((c.row, c.col) for c in t.cells if c.row < 4 and _KEGIATAN.search(c.text or "")), None)
        if keg is None:
            if out and out[-1][0].n_cols == t.n_cols and blocks.tables()[t.index - 2] is out[-1][0]:
                prev = out[-1]
                out.append((t, prev[1], 0, prev[3], prev[4]))
            continue
        first = max(c.row + c.row_span for c in t.cells if c.row <= keg[0] and c.text.strip())
        # skip a column-number row "(1) (2) ..." under the headers
        while first < t.n_rows and all(re.fullmatch(r"\(?\d+\)?", _norm(x.text)) or not x.text.strip()
                                       for x in g[first] if x is not None) and \
                any(x is not None and x.text.strip() for x in g[first]) and \
                _norm(g[first][keg[1]].text if g[first][keg[1]] else "") in ("", "(2)", "2"):
            first += 1
        out.append((t, keg[1], first, t, first))
    return out


def _role_columns(t: Table, first: int, roles: list[str]) -> dict[str, int]:
    """Role header text -> grid column, from the header rows (exact text, else by position
    under the merged "Pelaksana" header)."""
    header = [c for c in t.cells if c.row < first]
    found = {}
    for role in roles:
        hit = [c for c in header if _norm(c.text) == _norm(role) and c.col_span == 1]
        if hit:
            found[role] = hit[0].col
    missing = [r for r in roles if r not in found]
    if missing:
        pel = next((c for c in header if _norm(c.text).startswith("pelaksana") and c.col_span > 1), None)
        if pel is not None:
            cols = list(range(pel.col, pel.col + pel.col_span))
            for i, role in enumerate(roles):
                if role not in found and i < len(cols):
                    found[role] = cols[i]
    return found


def _step_rows(blocks, spec):
    """Match every spec step, in order, to a (table, row, role columns) of the read document."""
    flows = _flow_tables(blocks)
    ti, row = 0, None
    out = []
    for proc in spec["procedures"]:
        for step in proc["steps"]:
            want = _norm(step["kegiatan"])
            while ti < len(flows):
                t, keg, first, ht, hfirst = flows[ti]
                g = t.grid()
                r0 = first if row is None else row
                match = next((r for r in range(r0, t.n_rows)
                              if g[r][keg] is not None and g[r][keg].row == r and _norm(g[r][keg].text) == want), None)
                if match is not None:
                    out.append((step, proc, t, match, _role_columns(ht, hfirst, proc["pelaksana"])))
                    row = match + 1
                    break
                ti, row = ti + 1, None
            else:
                pytest.fail(f"step {step['number_raw']} {step['kegiatan'][:40]!r} not found in order")
    return out


@pytest.mark.parametrize("name", CORPUS_DOCS)
def test_corpus_symbols_land_in_role_columns(name):
    blocks, spec, _ = _corpus(name)
    matched = _step_rows(blocks, spec)
    assert len(matched) == sum(len(p["steps"]) for p in spec["procedures"])
    problems = []
    for step, _proc, t, r, role_cols in matched:
        # the off-page connector pairs the builder draws where a flowchart goes on to the next
        # page (corpus/arrows.py) are no step's own symbol
        row_syms = [(c.col, s) for c in t.cells if c.row == r for s in c.symbols
                    if s.kind != "offpage" or step["symbol"] == "offpage"]
        where = f"table {t.index} row {r} step {step['number_raw']}"
        kind, enc = step["symbol"], step["encoding"]
        if kind in SHAPE_KINDS:
            col = role_cols[step["pelaksana"][0]]
            got = [(c, s.kind, s.encoding) for c, s in row_syms]
            if got != [(col, kind, SPEC_ENCODING[enc])]:
                problems.append(f"{where}: want {(col, kind, SPEC_ENCODING[enc])}, got {got}")
        else:
            if row_syms:
                problems.append(f"{where}: want no shape symbol, got {row_syms}")
            if kind == "marker":
                col = role_cols[step["pelaksana"][0]]
                cell = t.grid()[r][col]
                if cell is None or not cell.text.strip():
                    problems.append(f"{where}: marker missing from role column {col}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", CORPUS_DOCS)
def test_corpus_headers_are_merged(name):
    blocks, spec, _ = _corpus(name)
    flows = _flow_tables(blocks)
    assert flows, "no flowchart table found"
    for t, keg, first, ht, _ in flows:
        if ht is not t:
            continue  # continuation without its own header rows
        g = t.grid()
        kcell = next(c for c in t.cells if c.col == keg and c.row < first and _KEGIATAN.search(c.text))
        pel = [c for c in t.cells if c.row < first and _norm(c.text).startswith("pelaksana")]
        if first - kcell.row >= 2 and pel:  # two header rows: Pelaksana spans its role columns
            assert kcell.row_span >= 2, f"table {t.index}: kegiatan header not merged over two rows"
            assert pel[0].col_span >= 2, f"table {t.index}: pelaksana header not merged over its roles"
            subs = [g[pel[0].row + 1][c] for c in range(pel[0].col, pel[0].col + pel[0].col_span)]
            assert all(s is not None and s.row == pel[0].row + 1 for s in subs)


@pytest.mark.parametrize("name", CORPUS_DOCS)
def test_corpus_continuation_tables_in_order(name):
    blocks, spec, _ = _corpus(name)
    matched = _step_rows(blocks, spec)
    indices = [t.index for _, _, t, _, _ in matched]
    assert indices == sorted(indices)
    assert [t.index for t in blocks.tables()] == list(range(1, len(blocks.tables()) + 1))


@pytest.mark.parametrize("name", CORPUS_DOCS)
def test_corpus_shape_text_stays_out_of_cells(name):
    blocks, spec, path = _corpus(name)
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    n_ac = xml.count("<mc:AlternateContent")
    n_symbols = sum(len([s for s in c.symbols if s.kind != "offpage"]) for t in blocks.tables() for c in t.cells)
    n_spec = sum(1 for p in spec["procedures"] for s in p["steps"] if s["symbol"] in SHAPE_KINDS)
    assert n_symbols == n_spec, f"{n_symbols} symbols read, spec has {n_spec} ({n_ac} AlternateContent)"
    for t in blocks.tables():
        for c in t.cells:
            for s in c.symbols:
                if s.text and s.text.strip():
                    lines = [_norm(x) for x in c.text.split("\n")]
                    assert _norm(s.text) not in lines, f"shape text {s.text!r} leaked into cell text"
    for feature in CORPUS_FEATURES[name]:  # the traps the count above must have survived
        assert feature in xml, f"{name}: expected {feature!r} in word/document.xml"



def test_floating_symbol_in_role_cells_merged_across_columns_names_its_column(tmp_path):
    """Tapin step 2 (a floating shape, positionH relative to the margin, centred in the
    Sekretaris column) with its five role cells merged into one: the step's pelaksana is still
    the column holding the shape's centre, not the merged cell's first column."""
    from docx_edit import W, edited_copy, step_row
    from lxml import etree

    from sopcheck.api import parse_file

    def merge_role_cells(root):
        row = step_row(root, "2")
        roles = row.findall(f"{{{W}}}tc")[2:7]
        span = etree.SubElement(roles[0].find(f"{{{W}}}tcPr"), f"{{{W}}}gridSpan")
        span.set(f"{{{W}}}val", "5")
        for cell in roles[1:]:
            row.remove(cell)

    target = edited_copy(CORPUS / "tapin-pengukuran-kinerja.docx", tmp_path / "merged.docx", [merge_role_cells])
    [doc] = parse_file(target)
    step = doc.procedures[0].steps[1]
    assert step.number == 2 and step.pelaksana == ["Sekretaris"] and step.symbol == "process"
