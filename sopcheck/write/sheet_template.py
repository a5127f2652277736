"""Build the review sheet's default Word template (``templates/lembar-reviu.docx``).

The template is an ordinary DOCX with docxtpl (Jinja2) fields, so an office can open it in
Word, put its own letterhead (kop surat), logo and signature block around the fields, and use
it with ``--template FILE`` or ``[review] template``. This module writes the default one with
python-docx; ``python -m sopcheck.write.sheet_template`` rebuilds the shipped file.

The fields (see :func:`sopcheck.write.sheet.sheet_context`): ``office`` (the reviewing unit),
``L`` (the sheet's words in the report language), ``sops`` (one per SOP: ``identity`` rows,
``summary``, ``sections`` of ``findings``, ``procedures`` with their ``picture``, ``last``),
``reviewer``, ``reviewer_nip``, ``date``. Table rows repeat with ``{%tr for %}``, paragraphs
with ``{%p for %}``.
"""

from __future__ import annotations

from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent / "templates" / "lembar-reviu.docx"

PAGE_MM = (210.0, 297.0)
"""The sheet's paper (A4, portrait), mm."""
SIDE_MM, TOP_BOTTOM_MM = 20.0, 18.0
"""Left/right and top/bottom margins (mm): the text area is 170 x 261 mm."""
HEADER_FOOTER_MM = 10.0
"""Distance of the header (the office's name) and the footer from the paper's edge (mm): each is
one line and ends inside its margin, so the text area keeps its full height (Word and LibreOffice
push the text down only when a header runs past the margin)."""
BODY_PT, HEADING_PT, LEGEND_PT, PICTURE_TITLE_PT, SPACE_AFTER_PT = 10.0, 11.0, 8.0, 9.0, 2.0
"""Type sizes (points): body text, section headings, the flowchart legend, a picture's title line;
the space after every paragraph."""
LINE = 1.2
"""Line height of the flowchart heading, legend and picture titles, in ems of their size, set
exactly (not "single", whose height depends on the fonts a line falls back to, e.g. the legend's
✓): what shares a page with a picture has a known height."""


def build(path: Path = TEMPLATE) -> Path:
    """Write the default template to ``path``; return it."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Cm, Mm, Pt, RGBColor

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(SIDE_MM))
    section.top_margin, section.bottom_margin = Mm(TOP_BOTTOM_MM), Mm(TOP_BOTTOM_MM)
    section.header_distance, section.footer_distance = Mm(HEADER_FOOTER_MM), Mm(HEADER_FOOTER_MM)
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(BODY_PT)
    style.paragraph_format.space_after = Pt(SPACE_AFTER_PT)

    def para(text: str = "", bold: bool = False, size: float | None = None, align=None, color=None):
        p = document.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if align is not None:
            p.alignment = align
        return p

    header = section.header.paragraphs[0]
    header.text = "{{ office }}"
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    header.runs[0].bold = True
    footer = section.footer.paragraphs[0]
    footer.text = "{{ L.footer }}"
    footer.runs[0].font.size = Pt(8)

    para("{%p for sop in sops %}")
    para("{{ L.title }}", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("{{ sop.subtitle }}", align=WD_ALIGN_PARAGRAPH.CENTER, color="444444")
    para("{{ L.identity }}", bold=True, size=11)
    table = document.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.cell(0, 0).merge(table.cell(0, 1)).text = "{%tr for row in sop.identity %}"
    table.cell(1, 0).text = "{{ row.label }}"
    table.cell(1, 1).text = "{{ row.value }}"
    table.cell(2, 0).merge(table.cell(2, 1)).text = "{%tr endfor %}"
    _widths(table, (Cm(4.5), Cm(12.5)))
    para()
    para("{{ L.result }}", bold=True, size=11)
    para("{{ sop.summary }}")
    para("{%p if sop.sections %}")
    findings = document.add_table(rows=7, cols=4)
    findings.style = "Table Grid"
    heads = ("{{ L.no }}", "{{ L.where }}", "{{ L.finding }}", "{{ L.severity }}")
    for cell, text in zip(findings.rows[0].cells, heads):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    findings.cell(1, 0).merge(findings.cell(1, 3)).text = "{%tr for section in sop.sections %}"
    title = findings.cell(2, 0).merge(findings.cell(2, 3))
    title.text = "{{ section.title }}"
    title.paragraphs[0].runs[0].bold = True
    findings.cell(3, 0).merge(findings.cell(3, 3)).text = "{%tr for f in section.findings %}"
    for cell, text in zip(findings.rows[4].cells, ("{{ f.no }}", "{{ f.where }}", "{{ f.message }}",
                                                   "{{ f.severity }} ({{ f.code }})")):
        cell.text = text
    findings.cell(5, 0).merge(findings.cell(5, 3)).text = "{%tr endfor %}"
    findings.cell(6, 0).merge(findings.cell(6, 3)).text = "{%tr endfor %}"
    _widths(findings, (Cm(1.0), Cm(3.5), Cm(9.5), Cm(3.0)))
    para("{%p endif %}")
    para()
    para("{%p if sop.procedures %}")
    # The heading and its legend are kept with the first picture; each picture's one-line title
    # is in the picture's own paragraph (a line break between), kept in one piece: a title
    # never ends a page whose next holds its picture (LibreOffice does not always honour "keep
    # with next" before a picture). The picture's height leaves room for all of them
    # (sopcheck.write.sheet.RESERVED_PT), so they fit one page.
    for p, size in ((para("{{ L.flowchart }}", bold=True, size=HEADING_PT), HEADING_PT),
                    (para("{{ L.legend }}", size=LEGEND_PT, color="555555"), LEGEND_PT)):
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(LINE * size)
    para("{%p for proc in sop.procedures %}")
    picture = para("{{ proc.title }}", bold=True, size=PICTURE_TITLE_PT)
    picture.runs[0].add_break()
    picture.add_run("{{ proc.picture }}")
    picture.paragraph_format.keep_together = True
    para("{%p endfor %}")
    para("{%p endif %}")
    para()
    for p in (para("{{ L.closing }}"), para()):  # the closing sentence stays with the signature block
        p.paragraph_format.keep_with_next = True
    sign = document.add_table(rows=4, cols=2)
    for cell, text in zip(sign.columns[1].cells, ("{{ L.place_date }} {{ date }}", "{{ L.reviewer }}", "",
                                                 "{{ reviewer }}\n{{ L.nip }} {{ reviewer_nip }}")):
        cell.text = text
    _keep_together(sign)
    para("{%p if not sop.last %}")
    document.add_page_break()
    para("{%p endif %}")
    para("{%p endfor %}")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def _keep_together(table) -> None:
    """Keep a table on one page: no row split, every row kept with the next (Word's and
    LibreOffice's way of holding a table together)."""
    from docx.oxml import OxmlElement

    for k, row in enumerate(table.rows):
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        if k < len(table.rows) - 1:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def _widths(table, widths) -> None:
    """Fix a table's column widths (the grid LibreOffice reads and the cells Word reads)."""
    table.autofit = False
    for col, width in zip(table.columns, widths):
        col.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


if __name__ == "__main__":  # pragma: no cover
    print(build())
