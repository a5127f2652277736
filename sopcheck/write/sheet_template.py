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


def build(path: Path = TEMPLATE) -> Path:
    """Write the default template to ``path``; return it."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.0))
    section.top_margin, section.bottom_margin = Cm(1.8), Cm(1.8)
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    style.paragraph_format.space_after = Pt(2)

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
    para("{{ L.flowchart }}", bold=True, size=11).paragraph_format.keep_with_next = True
    para("{{ L.legend }}", size=8, color="555555").paragraph_format.keep_with_next = True
    para("{%p for proc in sop.procedures %}")
    para("{{ proc.title }}", bold=True).paragraph_format.keep_with_next = True  # never alone under a picture
    para("{{ proc.picture }}")
    para("{%p endfor %}")
    para("{%p endif %}")
    para()
    para("{{ L.closing }}")
    para()
    sign = document.add_table(rows=4, cols=2)
    for cell, text in zip(sign.columns[1].cells, ("{{ L.place_date }} {{ date }}", "{{ L.reviewer }}", "",
                                                 "{{ reviewer }}\n{{ L.nip }} {{ reviewer_nip }}")):
        cell.text = text
    para("{%p if not sop.last %}")
    document.add_page_break()
    para("{%p endif %}")
    para("{%p endfor %}")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


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
