"""Text a page shows and text it does not: letter-spaced values, white and hidden text.

Real SOPs carry text no reader sees: a stale title typed in white before the new one, a note
formatted as hidden text, and values set letter-spaced ("O T . 0 2 . 0 2 / ..." in the PDF's
text layer, each character apart). The identitas is that of the Trenggalek LAKIP revision
(corpus/trenggalek-lakip-revisi) with:

* Nomor SOP "OT.02.02/01/2024" in expanded character spacing (w:spacing 3 pt);
* Nama SOP preceded by a white run "SOP Penyusunan LKjIP 2019 " (not shown);
* Disahkan oleh followed by a hidden run (w:vanish) "(ganti setelah pelantikan)" (not printed);
* the flowchart header shaded dark blue with white text (shown, and read).
"""

from . import trenggalek_lakip_revisi as base
from ._common import A4_LANDSCAPE, page

NOMOR = "OT.02.02/01/2024"
DARK = "1F3864"


def _header(rows):
    return [[{**(cell if isinstance(cell, dict) else {"text": cell}), "fill": DARK, "color": "FFFFFF"} for cell in row]
            for row in rows]


def _runs(*runs):
    out = []
    for text, props in runs:
        out.append(f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>')
    return "".join(out)


PROC = {**base.PROC, "tables": [{**base.PROC["tables"][0], "header": _header(base.HEADER)}]}

DOC = {
    "name": "hidden-text",
    "seed": "trenggalek-lakip-revisi with hidden, white and letter-spaced text (issue 12, item 4)",
    "title": "SOP with hidden text",
    "page": page(A4_LANDSCAPE),
    "body": [
        {"type": "para", "text": ["PEMERINTAH KABUPATEN TRENGGALEK", base.INSTANSI], "bold": True, "size": 12,
         "align": "center", "space_after": 200},
        {"type": "table", "widths": [4000, 10800], "rows": [
            ["Nomor SOP", {"text": "", "runs": _runs((NOMOR, '<w:spacing w:val="60"/>'))}],
            ["Tanggal Pembuatan", "02 Januari 2024"],
            ["Tanggal Revisi", "-"],
            ["Tanggal Efektif", "15 Januari 2024"],
            ["Disahkan oleh", {"text": base.DISAHKAN, "runs": _runs((" (ganti setelah pelantikan)", "<w:vanish/>"))}],
            [{"text": "Nama SOP", "bold": True},
             {"text": "", "runs": _runs(("SOP Penyusunan LKjIP 2019 ", '<w:color w:val="FFFFFF"/>'),
                                        (base.NAMA, "<w:b/>"))}],
        ]},
        {"type": "table", "widths": [7400, 7400], "rows": [
            [{"text": "Dasar Hukum", "bold": True}, {"text": "Kualifikasi Pelaksana", "bold": True}],
            [base.DASAR_HUKUM, base.KUALIFIKASI],
            [{"text": "Keterkaitan", "bold": True}, {"text": "Peralatan/Perlengkapan", "bold": True}],
            [base.KETERKAITAN, base.PERALATAN],
            [{"text": "Peringatan", "bold": True}, {"text": "Pencatatan dan Pendataan", "bold": True}],
            [base.PERINGATAN[0], base.PENCATATAN],
        ]},
        {"type": "pagebreak"},
        {"type": "para", "text": base.TITLE, "bold": True, "align": "center", "keep_next": True, "space_after": 120},
        {"type": "flow", "proc": PROC, "part": 0},
    ],
    "identity": {**base.DOC["identity"], "unit": None, "instansi": base.INSTANSI, "nomor_sop": NOMOR},
}
