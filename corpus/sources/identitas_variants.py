"""Identitas layouts and wordings seen on real SOPs from other offices, in a bundle of two SOPs.

SOP 1: the heading "PEMERINTAH KABUPATEN TAPIN" / "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL" /
"SEKRETARIAT" in the first column of the identitas table (the Disdukcapil *of Kabupaten Tapin*,
its unit the Sekretariat); the date of signing labelled "Tgl. Pengesahan" (Tanggal Efektif);
"Tgl. Revisi" printed as "-". The identitas is split over two tables: the heading table, then
a Dasar Hukum / Kualifikasi grid whose list numbers sit in cells of their own, whose
Keterkaitan is typed in one cell ("1. A 2. B"), whose Peralatan numbers stand on their own
line above each item, and whose Peringatan is "-".

SOP 2: label and value pairs side by side (four columns: label, value, label, value), the
Nomor SOP value blank so that the next cell is a label ("Tgl Disahkan", which is Tanggal
Efektif, never the Nomor SOP); the heading a paragraph "PEMERINTAH KOTA PROBOLINGGO" over
"DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL" over "BIDANG PELAYANAN PENCATATAN SIPIL".
Each SOP has a short flowchart (inline DrawingML shapes).
"""

from ._common import A4_LANDSCAPE, header, page

ROLES = ["Kepala Dinas", "Sekretaris", "Kasubag Perencanaan", "Staf"]
KD, SEK, KSP, STF = ROLES
COLS = ["no", "keg"] + ["r:" + r for r in ROLES] + ["kel", "waktu", "out", "ket"]
WIDTHS = [500, 4000, 1200, 1200, 1200, 1200, 1900, 1000, 1900, 700]
HEADER = header([("No", None), ("Kegiatan", None), ("Pelaksana", ROLES),
                 ("Mutu Baku", ["Kelengkapan", "Waktu", "Output"]), ("Ket", None)])


def _s(no, keg, role, sym, kel, waktu, out):
    return {"no": no, "keg": keg, "role": role, "sym": sym, "enc": "drawingml-inline",
            "kel": kel, "waktu": waktu, "out": out, "ket": ""}


def _proc(steps):
    return {"title": None, "nomor_sop": None, "pelaksana": ROLES,
            "tables": [{"widths": WIDTHS, "cols": COLS, "header": HEADER, "repeat_rows": 2, "steps": steps}]}


def _b(text):
    return {"text": text, "bold": True}


# --- SOP 1
HEADING_1 = ["PEMERINTAH KABUPATEN TAPIN", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "SEKRETARIAT"]
NAMA_1 = "Penyusunan Rencana Kerja (Renja)"
DISAHKAN_1 = ["Kepala Dinas Kependudukan dan Pencatatan Sipil", "Drs. H. MUHAMMAD RIFANI, M.Si",
              "NIP. 19680512 199003 1 007"]
DH_1 = ["Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
        "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah;",
        "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan "
        "Evaluasi Pembangunan Daerah;"]
KUAL_1 = ["Memahami dokumen perencanaan daerah", "Mampu mengoperasikan komputer"]
KET_1 = ["SOP Penyusunan Renstra", "SOP Penyusunan LKjIP"]
ALAT_1 = ["Komputer", "Printer", "Alat Tulis Kantor"]
PENCATATAN_1 = ["Disimpan sebagai arsip elektronik dan manual"]
PROC_1 = _proc([
    _s("1", "Memerintahkan penyusunan Renja", KD, "terminator", "Surat Edaran", "15 Menit", "Disposisi"),
    _s("2", "Menyusun draft Renja", KSP, "process", "Disposisi", "3 Hari", "Draft Renja"),
    _s("3", "Menandatangani Renja", KD, "terminator", "Draft Renja", "15 Menit", "Renja"),
])
SOP_1 = {
    "identity": {
        "instansi": "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN TAPIN", "unit": "SEKRETARIAT",
        "nomor_sop": "440/02/SOP/DKPS/2024", "tanggal_pembuatan": "02 Januari 2024", "tanggal_revisi": "-",
        "tanggal_efektif": "15 Januari 2024", "disahkan_oleh": " ".join(DISAHKAN_1), "nama_sop": NAMA_1,
        "dasar_hukum": DH_1, "kualifikasi_pelaksana": KUAL_1, "keterkaitan": KET_1,
        "peralatan_perlengkapan": ALAT_1, "peringatan": ["-"], "pencatatan_pendataan": PENCATATAN_1,
    },
    "body": [
        {"type": "table", "widths": [4400, 3000, 7400], "size": 9, "rows": [
            [{"text": HEADING_1 if i == 0 else "", "vm": "restart" if i == 0 else "continue", "bold": True,
              "align": "center"}, label, value]
            for i, (label, value) in enumerate([
                ("Nomor SOP", "440/02/SOP/DKPS/2024"), ("Tgl. Pembuatan", "02 Januari 2024"),
                ("Tgl. Revisi", "-"), ("Tgl. Pengesahan", "15 Januari 2024"), ("Disahkan oleh", DISAHKAN_1),
                ("Nama SOP", _b(NAMA_1))])]},
        {"type": "table", "widths": [500, 6900, 500, 6900], "size": 9, "rows": [
            [{"text": "Dasar Hukum :", "span": 2, "bold": True}, {"text": "Kualifikasi Pelaksana :", "span": 2,
                                                                  "bold": True}],
            ["1.", DH_1[0], "1.", KUAL_1[0]],
            ["2.", DH_1[1], "2.", KUAL_1[1]],
            ["3.", DH_1[2], "", ""],
            [{"text": "Keterkaitan :", "span": 2, "bold": True},
             {"text": "Peralatan/Perlengkapan :", "span": 2, "bold": True}],
            [{"text": "1. " + KET_1[0] + " 2. " + KET_1[1], "span": 2},
             {"text": [line for i, item in enumerate(ALAT_1, 1) for line in (f"{i}.", item)], "span": 2}],
            [{"text": "Peringatan :", "span": 2, "bold": True},
             {"text": "Pencatatan dan Pendataan :", "span": 2, "bold": True}],
            [{"text": "-", "span": 2}, {"text": PENCATATAN_1[0], "span": 2}],
        ]},
        {"type": "para", "text": ""},
        {"type": "flow", "proc": PROC_1, "part": 0},
        {"type": "pagebreak"},
    ],
}

# --- SOP 2
HEADING_2 = ["PEMERINTAH KOTA PROBOLINGGO", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
             "BIDANG PELAYANAN PENCATATAN SIPIL"]
NAMA_2 = "Pelayanan Akta Kelahiran"
DISAHKAN_2 = "Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Probolinggo"
DH_2 = ["Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang "
        "Administrasi Kependudukan"]
PROC_2 = _proc([
    _s("1", "Menerima berkas permohonan akta kelahiran", STF, "terminator", "Formulir F-2.01", "10 Menit",
       "Berkas diterima"),
    _s("2", "Memverifikasi berkas permohonan", KSP, "decision", "Berkas diterima", "15 Menit",
       "Berkas terverifikasi"),
    _s("3", "Menandatangani akta kelahiran", KD, "terminator", "Berkas terverifikasi", "10 Menit",
       "Akta Kelahiran"),
])
SOP_2 = {
    "identity": {
        "instansi": "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA PROBOLINGGO",
        "unit": "BIDANG PELAYANAN PENCATATAN SIPIL",
        "nomor_sop": "", "tanggal_pembuatan": "03 Januari 2024", "tanggal_revisi": "-",
        "tanggal_efektif": "10 Januari 2024", "disahkan_oleh": DISAHKAN_2, "nama_sop": NAMA_2,
        "dasar_hukum": DH_2, "kualifikasi_pelaksana": ["Memahami administrasi kependudukan"],
        "keterkaitan": ["SOP Pelayanan Kartu Keluarga"], "peralatan_perlengkapan": ["Komputer", "Printer"],
        "peringatan": ["Akta tidak terbit bila berkas tidak lengkap"],
        "pencatatan_pendataan": ["Disimpan dalam SIAK"],
    },
    "body": [
        {"type": "para", "text": HEADING_2, "bold": True, "size": 12, "align": "center", "space_after": 200},
        {"type": "table", "widths": [2400, 5000, 2400, 5000], "size": 9, "rows": [
            ["Nomor SOP", "", "Tgl Disahkan", "10 Januari 2024"],
            ["Tgl Pembuatan", "03 Januari 2024", "Tgl Revisi", "-"],
            ["Disahkan oleh", DISAHKAN_2, "Nama SOP", _b(NAMA_2)],
        ]},
        {"type": "table", "widths": [7400, 7400], "size": 9, "rows": [
            [_b("Dasar Hukum"), _b("Kualifikasi Pelaksana")],
            [DH_2[0], "Memahami administrasi kependudukan"],
            [_b("Keterkaitan"), _b("Peralatan/Perlengkapan")],
            ["SOP Pelayanan Kartu Keluarga", ["Komputer", "Printer"]],
            [_b("Peringatan"), _b("Pencatatan dan Pendataan")],
            ["Akta tidak terbit bila berkas tidak lengkap", "Disimpan dalam SIAK"],
        ]},
        {"type": "para", "text": ""},
        {"type": "flow", "proc": PROC_2, "part": 0},
    ],
}

DOC = {
    "name": "identitas-variants",
    "seed": "identitas layouts of real SOPs from other offices (issue 12, item 4)",
    "title": "SOP identitas variants",
    "page": page(A4_LANDSCAPE),
    "sops": [SOP_1, SOP_2],
}
