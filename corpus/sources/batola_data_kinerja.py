"""Seed 004_4574a8e1b9a90f0e (Dinas Kependudukan dan Pencatatan Sipil Kabupaten Barito Kuala).

Identitas table "Label | : value". Flowchart table with a column-number row "(1) ... (11)"
(the Ket column carries no number, as in the seed). Steps 8-11 continue in a second table
with the same columns and no repeated header. Symbols: text markers in the role cell
("√" mostly; "V", "X", "●" once each), except the decision steps 9-10: inline DrawingML
diamonds (``wp:inline``, no AlternateContent).

Reading of the seed (cells counted): in rows 1-7 the twelve cells are No, Kegiatan, six
role cells, then "time", "output", "-", "" -- i.e. the Mutu Baku values sit one column left
of their headers: Kelengkapan holds the duration ("Disposisi (Sepuluh) Menit",
"15 (Lima) Menit"), Waktu holds the output text, Output holds "-", Ket is empty. The
continuation rows 8-11 have Kelengkapan, Waktu, Output and Ket "-" in place. Kept as
written. Other defects kept: Tgl. Revisi holding "Memiliki Sikap Rapi, Teliti dan Ramah",
KETERKAITAN used twice (the first holds the Dasar Hukum), no DASAR HUKUM label,
"Pengertian"-style spill paragraph after the table, "15 (Lima) Menit".
"""

from ._common import A4_LANDSCAPE, header, page

ROLES = ["Kadis", "Sekretaris", "Katim Penyusunan Program", "Kabid", "Katim pada Bidang", "Staf"]
KD, SEK, KPP, KBD, KPB, STF = ROLES
COLS = ["no", "keg"] + ["r:" + r for r in ROLES] + ["kel", "waktu", "out", "ket"]
WIDTHS = [450, 3300, 1000, 1000, 1000, 1000, 1000, 1000, 1700, 1200, 1600, 700]


def _m(no, keg, role, kel, waktu, out, ket, marker="√", sym="process", enc="text-marker"):
    return {"no": no, "keg": keg, "role": role, "sym": sym, "enc": enc, "marker": marker,
            "kel": kel, "waktu": waktu, "out": out, "ket": ket}


PART1 = [
    _m("1.", "Memberikan arahan kepada Katim Penyusunan Program untuk menyusun Laporan Data Kinerja Dinas Kependudukan dan Pencatatan Sipil Kabupaten Barito Kuala.",
       KD, "Disposisi (Sepuluh) Menit", "Disposisi (Arahan dan Petunjuk)", "-", ""),
    _m("2.", "Membuat Nota Dinas kepada Kepala Bidang untuk menyerahkan Laporan Data Kinerja Bidang.",
       KPP, "10 (Sepuluh) Menit", "Nota Dinas", "-", ""),
    _m("3.", "Memeriksa Laporan Katim pada Bidang untuk menyusun Laporan Data Kinerja Bidang.",
       KBD, "10 (Sepuluh) Menit", "DraftLaporanKinerja Bidang", "-", "", marker="V"),
    _m("4.", "Memeriksa Staf untuk mengumpulkan data dan informasi terkaitLaporan Data Kinerja Bidang dan menyuruhkannya kepada Katim pada Bidang.",
       KPB, "3(Tiga) Jam", "Data dan Informasi untuk Penyusunan Draft Laporan Kinerja Bidang", "-", ""),
    _m("5.", "Membuat Draft Laporan Kinerja Bidang kemudian mengajukan kepada Kepala Bidang.",
       KPB, "2(Dua) Jam", "Laporan Kinerja Bidang", "-", "", marker="X"),
    _m("6.", "Menyerahkan dan memeriksa Laporan Kinerja Bidang, jika sesuai maka akan tandatangani sebagai Laporan Kinerja Bidang kemudian diteruskan kepada Sekretaris untuk dipergunakan sebagai bahan penyusunan Laporan Kinerja Dinas, jika tidak sesuai maka akan dikembalikan untuk diperbaiki.",
       KBD, "15 (Lima Belas) Menit", "Laporan Kinerja Bidang", "-", ""),
    _m("7.", "Menyerahkan Laporan Data Kinerja Bidang kepada Katim Penyusunan Program untuk dianalisis dan dibuat Laporan Kinerja Dinas Kependudukan dan Pencatatan Sipil Kabupaten Barito Kuala",
       SEK, "15 (Lima) Menit", "Laporan Kinerja Bidang", "-", ""),
]
PART2 = [
    _m("8.", "Menyusun dan Menganalisis Laporan Kinerja Evaluasi Dinas Kependudukan dan Pencatatan Sipil Kabupaten Barito Kuala dan melakukan pengajuan kepada Sekretaris.",
       KPP, "Draft Laporan Kinerja Evaluasi Dinas", "3(Tiga) Hari", "Draft Laporan Kinerja Evaluasi Dinas", "-", marker="●"),
    _m("9.", "Menerima dan memeriksa Laporan Kinerja Evaluasi Dinas Kependudukan dan Pencatatan Sipil Kabupaten Barito Kuala, jika sesuai maka akan diparaf, jika tidak sesuai maka akan dikembalikan untuk diperbaiki.",
       SEK, "Draft Laporan Kinerja Evaluasi Dinas", "15 (Lima Belas) Menit", "Draft Laporan Kinerja Evaluasi Dinas", "-",
       sym="decision", enc="drawingml-inline"),
    _m("10.", "Menerima dan memeriksa Laporan Kinerja Evaluasi Dinas Kependudukan dan Pencatatan Sipil Kabupaten Barito Kuala, jika sesuai maka akan ditandatangani oleh Kepala Dinas jika tidak sesuai maka akan dikembalikan untuk diperbaiki.",
       KD, "Draft Laporan Kinerja Evaluasi Dinas", "15 (Lima Belas) Menit", "Laporan Kinerja Evaluasi Dinas", "-",
       sym="decision", enc="drawingml-inline"),
    _m("11.", "Menerima Laporan Kinerja Evaluasi Dinas Kependudukan dan Pencatatan Sipil Kabupaten Barito Kuala yang telah ditanda tangani oleh Kepala Dinas untuk kemudian dilaporkan kepada Pemkab Barito Kuala dan diarsipkan sebagai penting.",
       KPP, "Laporan Kinerja Evaluasi Dinas", "15 (Lima Belas) Menit", "Laporan Kinerja Evaluasi Dinas", "-"),
]

PROC = {
    "title": None,
    "nomor_sop": None,
    "pelaksana": ROLES,
    "tables": [
        {"widths": WIDTHS, "cols": COLS, "repeat_rows": 2,
         "header": header([("No.", None), ("Kegiatan", None), ("Pelaksana", ROLES),
                           ("Mutu Baku", ["Kelengkapan", "Waktu", "Output"]), ("Ket.", None)]),
         "numrow": [f"({i})" for i in range(1, 12)] + [""],
         "steps": PART1},
        {"widths": WIDTHS, "cols": COLS, "header": [], "steps": PART2},
    ],
}

KUALIFIKASI = ["Mengetahui proses penerimaan magang Mahasiswa;", "Mampu mengoperasikan komputer;",
               "Memiliki sikap yang teliti dan cekatan."]
KETERKAITAN_1 = [
    "Peraturan Menteri Dalam Negeri RI No 25 Tahun 2011 tentang Pedoman Pengkajian, Pengembangan dan Pengelolaan Sistem Informasi Administrasi Kependudukan.",
    "Instruksi Presiden RI No.07 Tahun 1999 tentang Akuntabilitas Kinerja Instansi Pemerintah;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi No.35 Tahun 2012 tentang Penyusunan SOP-AP,",
    "Peraturan Menteri Dalam Negeri Nomor19 Tahun 2018 tentang Peningkatan Kualitas Layanan Administrasi Kependudukan;",
    "Peraturan Daerah Kabupaten Barito Kuala Nomor 1 Tahun 2020 tentang Penyelenggaraan Administrasi Kependudukan dan Pencatatan Sipil",
    "Peraturan Bupati Kabupaten Barito Kuala Nomor 46 Tahun 2022 tentang Kedudukan, Susunan Organisasi, Tugas Dan Fungsi, Dan Tata Kerja Perangkat Daerah",
]
KETERKAITAN_2 = [
    "SOP Pelayanan Umum;", "SOP Penyusunan Program;", "SOP Pengelolaan Keuangan;",
    "SOP Pelayanan Identitas Penduduk;", "SOP Pelayanan Pindah Datang;", "SOP Pelayanan Pendataan Penduduk;",
    "SOP Pelayanan Kelahiran;", "SOP Pelayanan Perkawinan dan Perceraian;",
    "SOP Pelayanan Kemaknahan, Pengesahan Anak, dan Pengakuan Anak;", "SOP Kerjasama;",
    "SOP Pemantapan Data;", "SOP Inovasi;", "SOP Pengolahan dan Penyajian Data",
    "SOP Sistem Informasi Administrasi Kependudukan;",
    "SOP Tata Kelola dan Sumber Daya Manusia, Teknologi Informasi dan Komunikasi.",
]
PERALATAN = ["ATK;", "Komputer dan Printer;", "Meja dan Kursi;", "Internet;", "Aplikasi."]
PERINGATAN = ["Laporan Penyampaian Data Kinerja Bidang Sekretariat."]
DISAHKAN = ["Kepala Dinas", "", "", "Akhnad Wahyuni S.Sos, M.IP", "Pembina Utama Muda", "NIP. 19650501 198602 1 007"]


def _num(lst):
    return [f"{i}. {t}" for i, t in enumerate(lst, 1)]


def _c(lines):
    """A value cell typed as ": value" (the colon opens the first line)."""
    lines = list(lines) if isinstance(lines, (list, tuple)) else [lines]
    return [": " + lines[0]] + lines[1:]


DOC = {
    "name": "batola-data-kinerja",
    "seed": "004_4574a8e1b9a90f0e.txt",
    "title": "SOP Pengolahan dan Penyampaian Data Kinerja Bidang Sekretariat - Disdukcapil Kabupaten Barito Kuala",
    "page": page(A4_LANDSCAPE),
    "body": [
        {"type": "para", "text": ["Dinas Kependudukan dan Pencatatan Sipil", "Kabupaten Barito Kuala"], "bold": True,
         "size": 12, "align": "center", "space_after": 120},
        {"type": "para", "text": "Sekretariat", "bold": True, "align": "center", "space_after": 200},
        {"type": "table", "widths": [3200, 11700], "rows": [
            ["Nomor SOP", _c("03 Tahun 2025")],
            ["Tgl. Pembuatan", _c("20 Januari 2025")],
            ["Tgl. Revisi", _c("Memiliki Sikap Rapi, Teliti dan Ramah")],
            ["Tgl. Efektif", _c("21 Januari 2025")],
            ["Disahkan Oleh", _c(DISAHKAN)],
            ["Nama SOP", _c("Pengolahan dan Penyampaian Data Kinerja Bidang Sekretariat")],
            ["KUALIFIKASI PELAKSANA", _num(KUALIFIKASI)],
            ["KETERKAITAN", _num(KETERKAITAN_1)],
            ["KETERKAITAN", _num(KETERKAITAN_2)],
            ["PERALATAN/PERLENGKAPAN", _num(PERALATAN)],
            ["PERINGATAN", _num(PERINGATAN)],
        ]},
        {"type": "para", "text": ""},
        {"type": "para", "text": "Apabila SOP Pengolahan dan Penyampaian Data Kinerja ini tidak dijalankan dengan baik, maka akan mengganggu Pelaporan pertanggungjawaban dan evaluasi kinerja di Dinas Kependudukan dan Pencatatan Sipil Kabupaten Barito Kuala",
         "space_after": 200},
        {"type": "pagebreak"},
        {"type": "flow", "proc": PROC, "part": 0},
        {"type": "pagebreak"},
        {"type": "flow", "proc": PROC, "part": 1},
        {"type": "para", "text": ""},
    ],
    "identity": {
        "instansi": "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Barito Kuala",
        "unit": "Sekretariat",
        "nomor_sop": "03 Tahun 2025",
        "tanggal_pembuatan": "20 Januari 2025",
        "tanggal_revisi": "Memiliki Sikap Rapi, Teliti dan Ramah",
        "tanggal_efektif": "21 Januari 2025",
        "disahkan_oleh": " ".join(t for t in DISAHKAN if t),
        "nama_sop": "Pengolahan dan Penyampaian Data Kinerja Bidang Sekretariat",
        "dasar_hukum": [],
        "kualifikasi_pelaksana": KUALIFIKASI,
        "keterkaitan": KETERKAITAN_1 + KETERKAITAN_2,
        "peralatan_perlengkapan": PERALATAN,
        "peringatan": PERINGATAN,
        "pencatatan_pendataan": [],
    },
}
