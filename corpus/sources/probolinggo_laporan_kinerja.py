"""Seed 001_ff873c437208b300 (Dinas Kependudukan dan Pencatatan Sipil Kota Probolinggo).

Identitas table with an empty first (logo) column, label and value in adjacent cells.
One flowchart split over two tables with the two-row header repeated; step "6" appears in
both tables (a real defect of the seed). Symbols: inline DrawingML in the role cell, each
wrapped in ``mc:AlternateContent`` with the VML Fallback Word writes.
Defects kept: empty Tanggal Efektif, the performer written into the kegiatan text
("Kasubbag Program menginformasikan ..."), the two-role header "Kepala Seksi, Kepala Sub
Bagian", revoked Permenpan RB 12/2015 in Dasar Hukum.
"""

from ._common import A4_LANDSCAPE, header, page

ROLES = [
    "Sub Bagian Program",
    "Kepala Seksi, Kepala Sub Bagian",
    "Kepala Bidang",
    "Sekretaris Dinas",
    "Kepala Dinas",
    "Bappeda Litbang",
]
SBP, KSI, KBD, SEK, KD, BAP = ROLES

COLS = ["no", "keg"] + ["r:" + r for r in ROLES] + ["kel", "waktu", "out", "ket"]
WIDTHS = [450, 3300, 1100, 1100, 1100, 1100, 1100, 1100, 1800, 700, 1600, 500]
HEADER = header([("No.", None), ("Aktivitas", None), ("Pelaksana", ROLES),
                 ("Mutu Baku", ["Kelengkapan", "Waktu", "Output"]), ("Ket", None)])


def _s(no, keg, role, sym, kel, waktu, out, text=""):
    return {"no": no, "keg": keg, "role": role, "sym": sym, "enc": "alternate-content",
            "kel": kel, "waktu": waktu, "out": out, "ket": "", "text": text}


PART1 = [
    _s("1", "Kasubbag Program menginformasikan tentang Kebutuhan Data Kinerja kepada Sekretaris DISDUKCAPIL",
       SBP, "terminator", "- Informasi data-data Kinerja yang dibutuhkan", "1 hari",
       "Penetapan Rencana format Kebutuhan data kinerja", "Mulai"),
    _s("2", "Pengiriman Surat Pengantar Permintaan Data kinerja dan Format Isian ke masing-masing Kepala Bidang (Eselon III) untuk diteruskan ke Kepala Sub Bagian, Kepala Seksi (Eselon IV)",
       SBP, "process", ["- Surat Pengantar", "- Form Isian Data Kinerja"], "1 hari",
       "Surat terkirim Ke masing-masing Kepala Bidang, Kepala Sub Bagian, Kepala Seksi"),
    _s("3", "Pengumpulan Form Isian Data Kinerja dari masing-masing Kepala Bidang",
       KBD, "process", ["- Form yang sudah terisi data kinerja", "- Softcopy"], "3 hari",
       "Seluruh Kepala Bidang telah mengumpulkan"),
    _s("4", "Meneliti Kesesuaian Data Apabila tidak sesuai akan dikembalikan ke Kepala Bidang untuk diperbaiki Jika sesuai akan dianalisa oleh Sub Bagian Program",
       SBP, "decision", ["- Form yang sudah terisi", "- Softcopy"], "1 hari",
       "Form Isian Data Kinerja telah disesuaikan"),
    _s("5", "Analisa dan Pengolahan Data",
       SBP, "process", "- Data Isian dari masing-masing Kepala Bidang", "2 hari",
       "Data Indikator Kinerja dan Form Isian Data Kinerja"),
    _s("6", "Penyusunan Draft Laporan Kinerja",
       SBP, "process", ["- Indikator Kinerja", "- Form Isian Data Capaian Kinerja"], "2 hari",
       "Draft Laporan Kinerja DISDUKCAPIL Kota Probolinggo"),
]
PART2 = [
    _s("6", ["Penyerahan Draft Laporan Kinerja ke Sekretaris Dinas untuk direviu",
             "Apabila tidak sesuai akan dikembalikan ke Sub Bagian Program untuk diperbaiki",
             "Bila sudah sesuai diteruskan kepada Kepala DISDUKCAPIL disahkan"],
       SEK, "decision", "Draft Laporan Kinerja Dinas Kependudukan dan Pencatatan Sipil Kota Probolinggo", "2 hari",
       ["Koreksi Laporan Kinerja", "Persetujuan"]),
    _s("7", "Pengesahan Laporan Kinerja DISDUKCAPIL Kota Probolinggo oleh Kepala Dinas",
       KD, "process", "Draft Laporan Kinerja Dinas Kependudukan dan Pencatatan Sipil Kota Probolinggo", "1 hari",
       "Laporan Kinerja DISDUKCAPIL Kota Probolinggo yang sudah disahkan"),
    _s("8", ["Pengiriman Surat Pengantar dan Laporan Kinerja DISDUKCAPIL Kota Probolinggo ke BAPPEDA LITBANG",
             "Sub Bag Program menyimpan arsip Laporan Kinerja dalam bentuk soft copy dan hard copy"],
       SBP, "terminator", "Laporan Kinerja Dinas Kependudukan dan Pencatatan Sipil Kota Probolinggo yang sudah disahkan",
       "1 jam", "Laporan Kinerja DISDUKCAPIL Kota Probolinggo telah dikirim ke BAPPEDA LITBANG", "Selesai"),
]

PROC = {
    "arrows": "ac",
    "title": None,
    "nomor_sop": None,
    "pelaksana": ROLES,
    "tables": [
        {"widths": WIDTHS, "cols": COLS, "header": HEADER, "repeat_rows": 2, "steps": PART1},
        {"widths": WIDTHS, "cols": COLS, "header": HEADER, "repeat_rows": 2, "steps": PART2},
    ],
}

DASAR_HUKUM = [
    "Peraturan Presiden RI No. 29 Tahun 2014",
    "Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi No. 53 Tahun 2010",
    "Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi No. 12 Tahun 2015",
]
KUALIFIKASI = [
    "Sub Bagian Perencanaan dan Keuangan yang mengetahui tugas dan fungsi Sistem Prosedur Administrasi Pemerintahan",
    "Memahami Manajemen Kinerja dan Format yang digunakan dalam Penyusunan Laporan Kinerja",
]
KETERKAITAN = ["SOP Penyusunan LKjIP Dinas Kependudukan dan Pencatatan Sipil"]
PERALATAN = ["Komputer,ATK, dll",
             "Data Kinerja masing-masing Kepala Bidang, Kepala Seksi, Kepala Sub Bagian"]
PERINGATAN = ["Jika SOP Pengumpulan dan Penyusunan Laporan Kinerja tidak dilaksanakan akan mempengaruhi Laporan Kinerja Dinas Kependudukan dan Pencatatan Sipil"]
PENCATATAN = ["Data Kinerja Dinas"]
NAMA = "PROSEDUR PENGUMPULAN DATA KINERJA DAN PENYUSUNAN LAPORAN KINERJA DINAS DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"
DISAHKAN = ["KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA PROBOLINGGO", "", "",
            "Drs. SUKAM, M.Si", "Pembina Utama Muda", "NIP. 19640728 199103 1 004"]


def _b(t):
    return {"text": t, "bold": True}


LOGO = {"text": "", "vm": "continue"}

DOC = {
    "name": "probolinggo-laporan-kinerja",
    "seed": "001_ff873c437208b300.txt",
    "title": "SOP Pengumpulan Data Kinerja dan Penyusunan Laporan Kinerja - Disdukcapil Kota Probolinggo",
    "page": page(A4_LANDSCAPE),
    "body": [
        {"type": "para", "text": ["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "KOTA PROBOLINGGO"], "bold": True,
         "size": 12, "align": "center", "space_after": 200},
        {"type": "table", "widths": [4200, 5400, 5300], "rows": [
            [{"text": "", "vm": "restart"}, "NOMOR SOP", "SOP/P.2.2.2/06/025/425.111/2023"],
            [LOGO, "Tanggal Pembuatan", "01 Januari 2019"],
            [LOGO, "Tanggal Revisi", "01 Agustus 2023"],
            [LOGO, "Tanggal Efektif", ""],
            [LOGO, "Disahkan oleh", DISAHKAN],
            [_b("Nama SOP"), _b(NAMA), ""],
            [_b("Dasar Hukum :"), _b("Kualifikasi Pelaksana :"), ""],
            [DASAR_HUKUM, KUALIFIKASI, ""],
            [_b("Keterkaitan :"), _b("Peralatan/Perlengkapan :"), ""],
            [KETERKAITAN, PERALATAN, ""],
            [_b("Peringatan :"), _b("Pencatatan dan Pendataan :"), ""],
            [PERINGATAN[0], PENCATATAN, ""],
        ]},
        {"type": "pagebreak"},
        {"type": "flow", "proc": PROC, "part": 0},
        {"type": "pagebreak"},
        {"type": "flow", "proc": PROC, "part": 1},
        {"type": "para", "text": ""},
    ],
    "identity": {
        "instansi": "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA PROBOLINGGO",
        "nomor_sop": "SOP/P.2.2.2/06/025/425.111/2023",
        "tanggal_pembuatan": "01 Januari 2019",
        "tanggal_revisi": "01 Agustus 2023",
        "tanggal_efektif": "",
        "disahkan_oleh": " ".join(t for t in DISAHKAN if t),
        "nama_sop": NAMA,
        "dasar_hukum": DASAR_HUKUM,
        "kualifikasi_pelaksana": KUALIFIKASI,
        "keterkaitan": KETERKAITAN,
        "peralatan_perlengkapan": PERALATAN,
        "peringatan": PERINGATAN,
        "pencatatan_pendataan": PENCATATAN,
    },
}
