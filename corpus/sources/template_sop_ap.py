"""An SOP AP template not filled in yet: every identitas value and the step row are placeholders.

A document generator (as ``kediri-pkm-kunjang``'s ``minilok-docgen-api`` repository holds them)
renders templates like this one with Jinja: ``{{nama_sop}}`` for a field and a ``{% for %}``
block for the steps. The layout is an SOP AP one (identitas table, flowchart table under it);
checking the template itself must say it is a template in one finding, not report every field.
"""

from ._common import A4_LANDSCAPE, header, page

ROLES = ["{{pelaksana_1}}", "{{pelaksana_2}}", "{{pelaksana_3}}"]
COLS = ["no", "keg"] + ["r:" + r for r in ROLES] + ["kel", "waktu", "out", "ket"]
WIDTHS = [600, 4200, 1400, 1400, 1400, 2000, 1200, 2000, 1000]
HEADER = header([("No.", None), ("Kegiatan", None), ("Pelaksana", ROLES),
                 ("Mutu Baku", ["Kelengkapan", "Waktu", "Output"]), ("Keterangan", None)])
STEPS = [
    {"no": "{% for s in langkah %}{{s.no}}", "keg": "{{s.kegiatan}}", "role": None, "sym": None,
     "kel": "{{s.kelengkapan}}", "waktu": "{{s.waktu}}", "out": "{{s.output}}{% endfor %}", "ket": ""},
]
PROC = {"title": None, "nomor_sop": None, "pelaksana": ROLES,
        "tables": [{"widths": WIDTHS, "cols": COLS, "header": HEADER, "repeat_rows": 2, "steps": STEPS}]}

DOC = {
    "name": "template-sop-ap",
    "seed": "a Jinja template of an SOP AP (placeholders as document generators write them)",
    "title": "Templat SOP AP",
    "page": page(A4_LANDSCAPE),
    "body": [
        {"type": "para", "text": ["PEMERINTAH {{kabupaten}}", "{{nama_dinas}}"], "bold": True, "size": 12,
         "align": "center", "space_after": 200},
        {"type": "table", "widths": [4000, 10800], "rows": [
            ["Nomor SOP", "{{nomor_sop}}"],
            ["Tanggal Pembuatan", "{{tanggal_pembuatan}}"],
            ["Tanggal Revisi", "{{tanggal_revisi}}"],
            ["Tanggal Efektif", "{{tanggal_efektif}}"],
            ["Disahkan oleh", "{{jabatan_pengesah}}"],
            ["Nama SOP", "{{nama_sop}}"],
        ]},
        {"type": "table", "widths": [7400, 7400], "rows": [
            ["Dasar Hukum", "Kualifikasi Pelaksana"],
            ["{% for d in dasar_hukum %}{{d}}{% endfor %}", "{{kualifikasi}}"],
            ["Keterkaitan", "Peralatan/Perlengkapan"],
            ["{{keterkaitan}}", "{{peralatan}}"],
            ["Peringatan", "Pencatatan dan Pendataan"],
            ["{{peringatan}}", "{{pencatatan}}"],
        ]},
        {"type": "para", "text": ""},
        {"type": "flow", "proc": PROC, "part": 0},
    ],
    "identity": None,
}
