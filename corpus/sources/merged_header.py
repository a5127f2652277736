"""A flowchart header as BPS re-issued its SOPs in 2025 (FPDF, then signed with iText).

No and Kegiatan sit under one merged header "Uraian Prosedur" with no "No" label: the narrow
left column of small integers is the step number. The Mutu Baku sub-headers read
"Persyaratan/ Perlengkapan" (two lines), "Waktu", "Output", and the generator drew the
"Pelaksana" span one column too wide, over "Persyaratan/ Perlengkapan" (a Mutu Baku column
all the same, never a role). Content: the steps of
``../shared/real/bps-bengkulu/it__053`` (Permintaan Setting Jaringan PC-Laptop), whose
identitas is shortened here; one symbol per row (inline DrawingML).
"""

from ._common import A4_LANDSCAPE, page

ROLES = ["Pegawai", "Admin/ PJK TIP", "Teknisi"]
PEG, ADM, TEK = ROLES
COLS = ["no", "keg"] + ["r:" + r for r in ROLES] + ["kel", "waktu", "out", "ket"]
WIDTHS = [450, 4300, 1500, 1500, 1500, 2100, 1000, 2100, 900]
HEADER = [
    [{"text": "Uraian Prosedur", "span": 2, "vm": "restart"}, {"text": "Pelaksana", "span": 4},
     {"text": "Mutu Baku", "span": 2}, {"text": "Keterangan", "vm": "restart"}],
    [{"text": "", "span": 2, "vm": "continue"}, *ROLES, ["Persyaratan/", "Perlengkapan"], "Waktu", "Output",
     {"text": "", "vm": "continue"}],
]


def _s(no, keg, role, sym, kel, waktu, out):
    return {"no": no, "keg": keg, "role": role, "sym": sym, "enc": "drawingml-inline",
            "kel": kel, "waktu": waktu, "out": out, "ket": ""}


STEPS = [
    _s("1", "Mengajukan permintaan setting jaringan PC/Laptop", PEG, "terminator", "Formulir permintaan",
       "5 menit", "Permintaan terkirim"),
    _s("2", "Menerima permintaan dan menugaskan teknisi", ADM, "process", "Permintaan terkirim", "10 menit",
       "Penugasan teknisi"),
    _s("3", "Memeriksa perangkat dan jaringan", TEK, "process", "Penugasan teknisi", "30 menit",
       "Hasil pemeriksaan"),
    _s("4", "Melakukan setting jaringan PC/Laptop", TEK, "process", "Hasil pemeriksaan", "1 jam",
       "PC/Laptop terhubung"),
    _s("5", "Menguji koneksi; jika belum berhasil mengulang setting", TEK, "decision", "PC/Laptop terhubung",
       "15 menit", "Koneksi berhasil"),
    _s("6", "Menerima PC/Laptop yang telah terhubung", PEG, "terminator", "Koneksi berhasil", "5 menit",
       "Berita acara"),
]
PROC = {"title": "SOP PERMINTAAN SETTING JARINGAN PC/LAPTOP", "nomor_sop": None, "pelaksana": ROLES,
        "tables": [{"widths": WIDTHS, "cols": COLS, "header": HEADER, "repeat_rows": 2, "steps": STEPS}]}

IDENTITY = {
    "instansi": "BADAN PUSAT STATISTIK PROVINSI BENGKULU", "unit": "TIM TEKNOLOGI INFORMASI DAN PENGEMBANGAN INOVASI",
    "nomor_sop": "SOP-053/17000/2025", "tanggal_pembuatan": "2 Januari 2025", "tanggal_revisi": "-",
    "tanggal_efektif": "2 Januari 2025", "disahkan_oleh": "Kepala BPS Provinsi Bengkulu",
    "nama_sop": "Permintaan Setting Jaringan PC-Laptop", "dasar_hukum": ["Undang-Undang Nomor 16 Tahun 1997 "
                                                                          "tentang Statistik"],
    "kualifikasi_pelaksana": ["Memahami jaringan komputer"], "keterkaitan": ["-"],
    "peralatan_perlengkapan": ["Komputer", "Kabel LAN"], "peringatan": ["Jaringan tidak dapat digunakan"],
    "pencatatan_pendataan": ["Disimpan sebagai data elektronik"],
}

DOC = {
    "name": "merged-header",
    "seed": "the BPS 2025 flowchart header (issue 12, item 2); steps of bps-bengkulu it__053",
    "title": "SOP Permintaan Setting Jaringan PC-Laptop",
    "page": page(A4_LANDSCAPE),
    "body": [
        {"type": "table", "widths": [4400, 3000, 7400], "size": 9, "rows": [
            [{"text": ["BADAN PUSAT STATISTIK", "PROVINSI BENGKULU", "TIM TEKNOLOGI INFORMASI DAN PENGEMBANGAN INOVASI"]
              if i == 0 else "", "vm": "restart" if i == 0 else "continue", "bold": True, "align": "center"},
             label, value]
            for i, (label, value) in enumerate([
                ("Nomor SOP", "SOP-053/17000/2025"), ("Tanggal Pembuatan", "2 Januari 2025"),
                ("Tanggal Revisi", "-"), ("Tanggal Efektif", "2 Januari 2025"),
                ("Disahkan oleh", "Kepala BPS Provinsi Bengkulu"),
                ("Nama SOP", "Permintaan Setting Jaringan PC-Laptop")])]},
        {"type": "table", "widths": [7400, 7400], "size": 9, "rows": [
            ["Dasar Hukum :", "Kualifikasi Pelaksana :"],
            ["1. " + IDENTITY["dasar_hukum"][0], "1. Memahami jaringan komputer"],
            ["Keterkaitan :", "Peralatan/Perlengkapan :"],
            ["-", ["1. Komputer", "2. Kabel LAN"]],
            ["Peringatan :", "Pencatatan dan Pendataan :"],
            ["Jaringan tidak dapat digunakan", "Disimpan sebagai data elektronik"],
        ]},
        {"type": "pagebreak"},
        {"type": "para", "text": PROC["title"], "bold": True, "align": "center", "keep_next": True,
         "space_after": 120},
        {"type": "flow", "proc": PROC, "part": 0},
    ],
    "identity": IDENTITY,
}
