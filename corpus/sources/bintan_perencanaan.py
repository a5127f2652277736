"""Seed 000_ccec40d213e34d17 (Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bintan).

One identity block for several procedures (label and value in one paragraph, no colon),
then five procedures: Renstra (two tables), LAKIP (two tables), Pengumpulan Data Kinerja,
LKP-J and Perencanaan Program. Symbols: legacy VML (``v:shape`` with ``#_x0000_t109`` /
``t110`` / ``t116``, plus ``v:rect``, ``v:roundrect`` and ``v:oval``) in the role cell; the
first Renstra step is an ``mc:AlternateContent`` (Choice DrawingML, Fallback the same shape
in VML; one symbol).

Readings of the seed (cells counted), all kept as written:
* Renstra table 1 has nine columns: No, Kegiatan, three roles, Ket, and three Mutu Baku
  columns whose header cells are empty (the seed shows no "Mutu Baku" text there). Its Mutu
  Baku values are shifted one row down: step 1 has only its Ket ("SOP alur surat masuk dan
  surat keluar"), step 2 holds step 1's "Disposisi surat / 10 menit", ..., and the
  unnumbered orphan row after step 8 holds "Draft Renstra SKPD / 2 hari / Draft Renstra SKPD".
* Renstra table 2 and the LKP-J table put the "Ket" column before "Out put"; the cells
  follow the header, so the texts under "Ket" look like outputs and vice versa.
* LAKIP table 1 has role headers "Kepala Badan 3 4 5 6" (placeholders) and a column-number
  row "1 2 ... 7 8 9 10" with the role columns unnumbered; the "MULAI" text of the seed is
  the text inside step 1's terminator.
* LKP-J role header "Sejahtera" (OCR garbage for Sekretaris), group header "Mula Saku",
  "Kadis" written inside step 1's terminator.
* Perencanaan Program: role headers are OCR garbage ("Siklus ...", "Relevansi",
  "Kepada Dinas"), Mutu Baku headed "Materi Pokok", no Ket column.
Other defects: "BINTANG"/"Bintan", "1 Jari", "MUTU BUKU", "Kelempakan", "Keengkapan",
"Kaban"/"Kadis" for one head, revoked UU 33/2004, Permendagri 13/2006 and 54/2010.
"""

from ._common import F4_LANDSCAPE, header, page

VC = {"text": "", "vm": "continue"}


def _st(no, keg, role, sym, kel="", waktu="", out="", ket="", enc="vml", **kw):
    d = {"no": no, "keg": keg, "role": role, "sym": sym, "enc": enc if sym else None,
         "kel": kel, "waktu": waktu, "out": out, "ket": ket}
    d.update(kw)
    return d


# ----------------------------------------------------------------- Renstra
R1 = ["Kadis", "Sekdis", "Kasubbag Program"]
R2 = ["Kadis", "Sekdis", "Kasubag Program", "Staff"]
DRS = "Draft Renstra SKPD"
FMT = "Format penyusunan Dokumen Renstra SKPD"
RENSTRA = {
    "arrows": "vml",
    "title": "Prosedur Penyusunan Renstra Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bintan",
    "nomor_sop": None,
    "pelaksana": R1 + ["Kasubag Program", "Staff"],
    "tables": [
        {
            "widths": [450, 4600, 1500, 1500, 1500, 2000, 2300, 900, 2300],
            "cols": ["no", "keg"] + ["r:" + r for r in R1] + ["ket", "kel", "waktu", "out"],
            "header": [
                [{"text": "No", "vm": "restart"}, {"text": "Kegiatan", "vm": "restart"},
                 {"text": "Pelaksana", "span": 3}, {"text": "Ket", "vm": "restart"}, {"text": "", "span": 3}],
                [VC, VC] + R1 + [VC, "", "", ""],
            ],
            "repeat_rows": 2,
            "steps": [
                _st("1.", "Memerintahkan penyusunan Renstra Disdukcapil Kab. Bintan", "Kadis", "terminator",
                    ket="SOP alur surat masuk dan surat keluar", enc="alternate-content", text="Mulai"),
                _st("2.", "Membuat format pengumpulan data dan informasi rencana strategi lima tahunan dari masing-masing bidang dan sekretariat",
                    "Kasubbag Program", "process", "Disposisi surat", "10 menit", "Disposisi surat"),
                _st("3.", "Menyampaikan format pengumpulan data dan informasi renstra lima tahunan kepada masing-masing bidang dan sekretariat",
                    "Kasubbag Program", "process", FMT, "2 jam", FMT, vml="rect"),
                _st("4.", "Mengundang Kadis dan Pejabat Eselon III Disdukcapil Kab. Bintan untuk rapat pembahasan renstra lima tahunan",
                    "Sekdis", "process", FMT, "1 jam", FMT),
                _st("5.", "Melaksanakan Rapat pembahasan rencana strategi lima tahunan",
                    "Kadis", "process", "Undangan rapat", "30 menit", "Undangan rapat"),
                _st("6.", "Menghimpun format data dan informasi renstra lima tahunan dari masing-masing bidang dan sekretariat",
                    "Kasubbag Program", "process", DRS, "2 jam", DRS, vml="rect"),
                _st("7.", "Menganalisis data dan informasi renstra yang telah terkumpul",
                    "Kasubbag Program", "process", DRS, "3 jam", DRS),
                _st("8.", "Membuat konsep rencana strategi lima tahunan Disdukcapil Kab. Bintan",
                    "Kasubbag Program", "process", DRS, "4 hari", DRS),
                _st("", "", None, None, DRS, "2 hari", DRS),
            ],
        },
        {
            "widths": [450, 4600, 1300, 1300, 1300, 1300, 2000, 900, 1700, 2000],
            "cols": ["no", "keg"] + ["r:" + r for r in R2] + ["kel", "waktu", "ket", "out"],
            "header": [
                [{"text": "No", "vm": "restart"}, {"text": "Kegiatan", "vm": "restart"},
                 {"text": "Pelaksana", "span": 4}, {"text": "Mutu baku", "span": 2},
                 {"text": "Ket", "vm": "restart"}, ""],
                [VC, VC] + R2 + ["Kelengkapan", "Waktu", VC, "Out put"],
            ],
            "repeat_rows": 2,
            "steps": [
                _st("9.", "Mengoreksi konsep Dokumen rencana strategi lima tahunan Disdukcapil Kab. Bintan",
                    "Sekdis", "decision", DRS, "1 hari", ket="Dokumen Renstra SKPD"),
                _st("10.", "Menyampaikan Dokumen rencana strategi lima tahunan kepada Kadis untuk memintakan persetujuan",
                    "Kasubag Program", "process", "Dokumen Renstra SKPD", "1 jam", ket="Dokumen Renstra SKPD"),
                _st("11.", "Penandatanganan dokumen rencana strategi lima tahunan Disdukcapil Kab. Bintan oleh Kadis kemudian diteruskan ke Kasubag Program",
                    "Kadis", "process", "Dokumen Renstra SKPD", "10 menit", ket="Disposisi persetujuan dokumen Renstra"),
                _st("12.", "Membuat surat pengantar pengiriman sekaligus penomoran surat, kemudian diserahkan ke staf untuk dikirimkan ke alamat yang dituju",
                    "Kasubag Program", "process", "Konsep surat pengantar", "15 menit",
                    out="SOP alur surat masuk dan keluar", ket="Surat Pengantar"),
                _st("13.", "Mengantar surat, menggandakan dan mengarsipkan Dokumen rencana strategi lima tahunan Disdukcapil Kab. Bintan",
                    "Staff", "terminator", ["Dokumen Renstra SKPD", "Dokumen Laporan Tahunan BPMPD"], "1 jam",
                    out=["SOP pengadaan barang dan jasa", "SOP pengarsipan"], ket="Dokumen Renstra SKPD",
                    vml="roundrect", text="Selesai"),
            ],
        },
    ],
}

# ----------------------------------------------------------------- LAKIP
L1 = ["Kepala Badan", "3", "4", "5", "6"]
L2 = ["Kepala Badan", "Sekretaris", "Kasubag Perencanaan", "Staff/Jabatan Fungsional Umum"]
FL = "Format penyusunan LAKIP"
SPK = "SOP perlanjiran kinerja"
LAKIP = {
    "arrows": "vml",
    "title": "SOP : PENYUSUNAN LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP)",
    "nomor_sop": None,
    "pelaksana": L1 + L2[1:],
    "tables": [
        {
            "widths": [450, 3800, 1300, 1200, 1200, 1200, 1200, 2000, 900, 2000, 1300],
            "cols": ["no", "keg"] + ["r:" + r for r in L1] + ["kel", "waktu", "out", "ket"],
            "header": [
                [{"text": "NO", "vm": "restart"}, {"text": "URAIAN PROSEDUR", "vm": "restart"},
                 {"text": "PELAKSANA", "span": 5}, {"text": "MUTU BUKU", "span": 4}],
                [VC, VC] + L1 + ["Kelempakan dan Peralatan", "Waktu", "Output", "Keterangan"],
            ],
            "numrow": ["1", "2", "", "", "", "", "", "7", "8", "9", "10"],
            "repeat_rows": 2,
            "steps": [
                _st("1.", "Memerintahkan penyusunan LAKIP", "Kepala Badan", "terminator",
                    "Disposisi surat", "10 Menit", "Disposisi surat", "-", text="MULAI"),
                _st("2.", "Membuat format pengumpulan data dan informasi kinerja dari masing-masing bidang dan sekretariat",
                    "4", "process", FL, "2 Jam", FL, "-"),
                _st("3.", "Menyampaikan format pengumpulan data dan informasi kinerja kepada masing-masing bidang dan sekretariat",
                    "5", "process", FL, "1 Jam", FL, "-", vml="rect"),
                _st("4.", "Menghimpun format data dan informasi kinerja dari masing-masing bidang dan sekretariat",
                    "5", "process", FL, "3 Jam", FL, "-"),
                _st("5.", "Menganalisis dan mengevaluasi data dan informasi kinerja yang telah terkumpul",
                    "4", "process", FL, "4 Hari", "Draft LAKIP", SPK),
                _st("6.", "Membuat Dokumen LAKIP", "4", "process", "Draft LAKIP", "2 Hari", "Dokumen LAKIP", SPK),
                _st("7.", "Mengoreksi Dokumen LAKIP", "3", "decision", "Dokumen LAKIP", "1 Hari", "Dokumen LAKIP", "-"),
                _st("8.", "Menyampaikan Dokumen LAKIP kepada Kaban untuk memintakan persetujuan",
                    "3", "process", "Dokumen LAKIP", "1 Jam", "Dokumen LAKIP", "Konsep LAKIP"),
            ],
        },
        {
            "widths": [450, 4400, 1500, 1500, 1500, 1500, 2000, 900, 2000, 1300],
            "cols": ["no", "keg"] + ["r:" + r for r in L2] + ["kel", "waktu", "out", "ket"],
            "header": header([("NO", None), ("URAIAN PROSEDUR", None), ("PELAKSANA", L2),
                              ("MUTU BUKU", ["Keengkapan dan Peralatan", "Waktu", "Output"]), ("Keterangan", None)]),
            "numrow": [f"{i}." for i in range(1, 11)],
            "repeat_rows": 2,
            "steps": [
                _st("9.", "Penandatanganan dokumen LAKIP oleh Kadis kemudian diteruskan ke Kasubag Perencanaan",
                    "Kepala Badan", "process", "Dokumen LAKIP", "10 Menit", "Disposisi persetujuan dokumen LAKIP",
                    "Dokumen LAKIP"),
                _st("10.", "Membuat surat pengantar pengiriman sekaligus penomoran surat, kemudian diserahkan ke staf untuk dikirimkan ke alamat yang dituju",
                    "Kasubag Perencanaan", "process", "Konsep surat pengantar", "15 Menit", "Surat pengantar", "-"),
                _st("11.", "Mengantar surat, mengandatangani dan mengarsipkan Dokumen LAKIP",
                    "Staff/Jabatan Fungsional Umum", "terminator", "Dokumen LAKIP", "1 Jari", "Dokumen LAKIP", "-",
                    vml="oval", text="SELESAI"),
            ],
        },
    ],
}

# ----------------------------------------------------------------- Pengumpulan data kinerja
K = ["KASUBBAG PROGRAM", "STAF/PENYUSUN BAHAN EVALUASI, RENCANA, PROGRAM, DAN LAPORAN",
     "KASUBBAG UMPEG DAN KASUBBAG KEUANGAN", "KEPALA BIDANG"]
LHP = "Dokumen LHP, LHE, TL HP"
PDK = {
    "arrows": "vml",
    "title": "SOP PENGUMPULAN DATA KINERJA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "nomor_sop": None,
    "pelaksana": K,
    "tables": [{
        "widths": [450, 4900, 1700, 2300, 1900, 1500, 1300, 900, 1500, 400],
        "cols": ["no", "keg"] + ["r:" + r for r in K] + ["kel", "waktu", "out", "ket"],
        "header": header([("NO", None), ("AKTIVITAS", None), ("PELAKSANA", K),
                          ("MUTU BAKU", ["KELENGKAPAN", "WAKTU", "OUTPUT"]), ("KET.", None)]),
        "repeat_rows": 2,
        "steps": [
            _st("1", "Memerintahkan staf untuk menyimpan format permintaan data dan informasi kinerja kepada bidang atau sekretariat",
                K[0], "terminator", "Dokumen", "30 menit", "Formulir data", vml="roundrect", text="Mulai"),
            _st("2", "Menyampaikan format permintaan data dan informasi kinerja kepada Kasubbag Umum Kepegawaian dan Kasubbag Keuangan.",
                K[1], "process", "Dokumen", "30 menit", "Formulir data"),
            _st("3", "Menyampaikan format permintaan data dan informasi kinerja kepada masing-masing Kepala Bidang",
                K[1], "process", "Dokumen", "1 jam", "Formulir data", vml="rect"),
            _st("4", "Menghimpun data dan informasi kinerja dari masing-masing Bidang dan menyampaikannya kepada Kasubbag Program",
                K[3], "process", "Dokumen", "6 jam", LHP),
            _st("5", "Menghimpun data dan informasi kinerja dari Kasubbag Umum Kepegawaian dan Kasubbag Keuangan yang telah terkumpul",
                K[2], "process", "Dokumen", "6 jam", LHP),
            _st("6", "Menganalisa dan mengevaluasi data dan informasi kinerja yang telah terkumpul sebagai bahan penyusunan Laporan Kinerja",
                K[0], "terminator", "Dokumen", "6 jam", LHP, text="Selesai"),
        ],
    }],
}

# ----------------------------------------------------------------- LKP-J
J = ["Sejahtera", "Kasubag Perencanaan", "Staff Program", "Kadis"]
FJ = "Format Penyusunan LKPJ Disuduki"
DJ = "Dokumen LKPJ Disuduki"
LKPJ = {
    "arrows": "vml",
    "title": "PENYUSUNAN LAPORAN KETERANGAN PERTANGGUNG JAWABAN (LKP-J) DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BINTAN",
    "nomor_sop": None,
    "pelaksana": J,
    "tables": [{
        "widths": [450, 4400, 1300, 1300, 1300, 1300, 2000, 900, 1800, 2000],
        "cols": ["no", "keg"] + ["r:" + r for r in J] + ["kel", "waktu", "ket", "out"],
        "header": [
            [{"text": "No", "vm": "restart"}, {"text": "Kegiatan", "vm": "restart"},
             {"text": "Pelaksanaan", "span": 4}, {"text": "Mula Saku", "span": 2},
             {"text": "Ket", "vm": "restart"}, ""],
            [VC, VC] + J + ["Kelengkapan", "Waktu", VC, "Out Put"],
        ],
        "repeat_rows": 2,
        "steps": [
            _st("1.", "Memeriksa Penyusunan Laporan Keterangan Pertanggung Jawaban (LKPJ) Disuduki", "Kadis", "terminator",
                "Disposisi Surat", "10 Menit", ket="Disposisi Surat", out="Alur Surat Masuk Dan Surat Keluar", text="Kadis"),
            _st("2.", "Membuat Format Pengumpulan Data Dan Informasi Kinerja Dari Masing-Masing Bagian",
                J[1], "process", FJ, "1 Jam", ket=FJ),
            _st("3.", "Menyampaikan Format Pengumpulan Data Dan Informasi Kinerja Kepada Masing-Masing Bagian",
                J[2], "process", FJ, "30 Menit", ket=FJ, vml="rect"),
            _st("4.", "Menghimpun Format Data Dan Informasi Kinerja Dari Masing-Masing Bagian",
                J[2], "process", FJ, "1 Jam", ket=FJ, out="Pencarian Data Dan Informasi"),
            _st("5.", "Menganalisis Dan Mengevaluasi Data Dan Informasi Kinerja Yang Telah Terkumpul",
                J[1], "process", FJ, "30 Menit", ket="Draft LKPJ Disuduki"),
            _st("6.", "Membuat Dokumen Penyusunan Laporan Keterangan Pertanggung Jawaban (LKPJ) Disuduki",
                J[1], "process", "Draft LKPJ Disuduki", "1 Hari", ket=DJ),
            _st("7.", "Mengoreksi Dokumen Penyusunan Laporan Keterangan Pertanggung Jawaban (LKPJ) Disuduki",
                J[0], "decision", DJ, "2 Jam", ket=DJ,
                out="Hasil Analisis Dan Evaluasi Capaian Kinerja, Dan Realisasi Keuangan"),
            _st("8.", "Menyampaikan Dokumen LKPJ Kepada Kadis Untuk Meminta Pensetujuan",
                J[0], "process", DJ, "3 Jam", ket="Dokumen LKPJ", out="Konsep LKPJ"),
            _st("9.", "Penyusunan Dokumen LKPJ Disuduki Oleh Kepala Dinas",
                J[3], "process", DJ, "10 Menit", ket="Disposisi Pensetujuan Dokumen LKPJ", out=DJ),
            _st("10.", "Pembuatan Surat Pengantar Pengiriman Sekaligus Penomoran Surat",
                J[1], "process", "Konsep Surat Pengantar", "20 Menit", ket="Surat Pengantar",
                out="Alur Surat Masuk Dan Keluar", vml="rect"),
            _st("11.", "Pengiriman Dokumen LKPJ", J[2], "process", DJ, "30 Menit", ket=DJ),
            _st("12.", "Pengiriman Dokumen LKPJ Disuduki Ke BAPPEDA Dan Inspektorat Dan Untuk Pengiriman",
                J[2], "terminator", DJ, "30 Menit", ket=DJ, out="Pengiriman", text="Selesai"),
        ],
    }],
}

# ----------------------------------------------------------------- Perencanaan program
P = ["Siklus Perencanaan dan Kegiatan", "Siklus Pelaksanaan pembaharuan", "Siklus Pelaksanaan Perencanaan 3-pel",
     "Siklus PIAK dan Penumbuhan Data", "Relevansi", "Kepada Dinas"]
PROG = {
    "arrows": "vml",
    "title": "PERENCANAAN PROGRAM",
    "nomor_sop": None,
    "pelaksana": P,
    "tables": [{
        "widths": [450, 4200, 1300, 1300, 1300, 1300, 1300, 1300, 1700, 1000, 1700],
        "cols": ["no", "keg"] + ["r:" + r for r in P] + ["kel", "waktu", "out"],
        "header": header([("No", None), ("Uraian Proseker", None), ("Prosesnya", P),
                          ("Materi Pokok", ["Perencanaan / Kelempahan", "Waktu / menit", "Das. Ppt"])]),
        "repeat_rows": 2,
        "steps": [
            _st("1", "Menyusun Rencana Kegiatan Mengumpulkan Bahan-bahan", P[0], "terminator",
                "ATK (Berries, Alan Tjoko)", "120 menit", "Dibawah-bahan Perencanaan Polipener/ Kegiatan", text="Mulai"),
            _st("2", "Menyusun Kebaruan Untuk mendukung Program/Kegiatan", P[0], "process",
                "ATK dan Komputer", "120 menit", "Data untuk Membuat Perancangan Program"),
            _st("3", "Validasi Data Target Capaian Terseleksi hasil Perencanaan/ Program/ Kegiatan", P[2], "process",
                "ATK dan Komputer", "120 menit", "Data yang Valid Untuk Mengurangi Polipener/ program/ kegiatan"),
            _st("4", "Melakukan Koordinasi dengan masing-masing bidang dan kesekretariatan tentang Perencanaan Program/Kegiatan",
                P[0], "process", "ATK", "60 menit", "Notulen hasil Koordinasi", vml="rect"),
            _st("5", "Meminta kuruksi / Pamf atas Program Kegiatan", P[1], "process",
                "ATK", "50 menit", "Dokumen Pelajanan program/ kegiatan tidak dapat"),
            _st("6", "Meminta Tanda Tangan Kepala Dinas", P[5], "process",
                "ATK", "15 menit", "Tanda-tanda Dokumen Polipener/ kegiatan"),
            _st("7", "Mengirimkan Program kegiatan ke Bappeda, EKAD, dan bagian Administrasi Pembangunan, APEM, bagian Organisasi",
                P[0], "terminator", "Konvensional", "30 Menit", "Teknik Penyusunan Program Kegiatan", text="Selesai"),
        ],
    }],
}

# ----------------------------------------------------------------- identitas
JUDUL = [
    "Penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP)",
    "Penyusunan Laporan Bulanan Kegiatan",
    "Penyusunan Rencana Strategis (Renstra)",
    "Penyusunan Rencana Kerja (Renja)",
    "Penyusunan Rencana Kerja Anggaran (Rka)",
    "Penyusunan Evaluasi Kinerja",
    "Penyusunan Laporan Keterangan Pertanggung Jawaban (LKPU)",
]
DASAR_HUKUM = [
    "Undang-Undang Nomor 17 Tahun 2003 tentang Keuangan Negara.",
    "Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional.",
    "Undang-Undang Nomor 33 Tahun 2004 tentang Perimbangan Keuangan antara Pemerintah Pusat dan Daerah.",
    "Peraturan Menteri Dalam Negeri Nomor 13 Tahun 2006 tentang Pedoman Pengelolaan Keuangan Daerah.",
    "Peraturan Menteri Dalam Negeri Nomor 54 Tahun 2010 tentang Pelaksanaan Peraturan Pemerintah Nomor 8 Tahun 2008 tentang Tahapan, Tatacara Penyusunan, Pengendalian, dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah.",
]
KUALIFIKASI = [
    "Memiliki kewenangan dalam penyusunan Rencana Kerja (Renja)",
    "Memiliki kemampuan dalam menyusun program dan kegiatan SKPD",
    "Memiliki kewenangan dalam penyusunan Rencana Kerja Anggaran (RKA)",
    "Memiliki kewenangan dalam penyusunan LAKIP",
    "Memiliki kewenangan dalam penyusunan Rencana Strategis (RENSTRA)",
    "Memiliki kewenangan dalam Evaluasi Kinerja",
    "Memiliki kewenangan dalam penyusunan Laporan Bulanan Kegiatan",
    "Memiliki kewenangan dalam penyusunan Laporan LKPU",
]
PERALATAN = ["Dokumen Pelaksanaan Anggaran", "Perangkat Komputer dilengkapi fasilitas internet"]
PERINGATAN = ["Jika tidak dilaksanakan sesuai SOP, maka proses penyusunan Renja SKPD ini tidak akan berjalan lancar"]
PENCATATAN = ["Rumusan rencana program dan kegiatan Dinas Kependudukan dan Pencatatan Sipil untuk periode satu tahun"]
KADIS = ["KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BINTANG", "", "", "DINA ISMAIL, M. Pd",
         "Pembina Utama Muda", "NIP. 19620406 198210 1 002"]


def _b(t):
    return {"text": t, "bold": True}


IDENT = {"type": "table", "widths": [8400, 8400], "rows": [
    [{"text": "", "vm": "restart"},
     ["Nomor SOP 01/SOP/PRNC/2019", "Tanggal Pembuatan 02 Januari 2019", "Tanggal Revisi Maret 2019",
      "Tanggal Efektif Maret 2019", "Disahkan Oleh", ""] + KADIS],
    [VC, ["Judul SOP"] + JUDUL],
    [["Dasar Hukum"] + [f"{i}. {t}" for i, t in enumerate(DASAR_HUKUM, 1)], ["Kualifikasi Pelaksana"] + KUALIFIKASI],
    ["Keterkaitan", ["Peralatan / Perlengkapan"] + PERALATAN],
    ["Peringatan", "Pencatatan dan Pendataan"],
    [PERINGATAN[0], PENCATATAN[0]],
]}

DOC = {
    "name": "bintan-perencanaan",
    "seed": "000_ccec40d213e34d17.txt",
    "title": "SOP Perencanaan - Disdukcapil Kabupaten Bintan",
    "page": page(F4_LANDSCAPE),
    "body": [
        {"type": "para", "text": "PEMERINTAH KABUPATEN BINTANG", "bold": True, "size": 12, "align": "center",
         "space_after": 120},
        {"type": "para", "text": "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BINTANG", "bold": True, "size": 12,
         "align": "center", "space_after": 200},
        IDENT,
        {"type": "pagebreak"},
        {"type": "para", "text": RENSTRA["title"], "bold": True, "align": "center", "keep_next": True,
         "space_after": 120},
        {"type": "flow", "proc": RENSTRA, "part": 0},
        {"type": "pagebreak"},
        {"type": "flow", "proc": RENSTRA, "part": 1},
        {"type": "pagebreak"},
        {"type": "para", "text": LAKIP["title"], "bold": True, "keep_next": True, "space_after": 120},
        {"type": "flow", "proc": LAKIP, "part": 0},
        {"type": "pagebreak"},
        {"type": "flow", "proc": LAKIP, "part": 1},
        {"type": "pagebreak"},
        {"type": "para", "text": "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BINTAN", "bold": True,
         "align": "center", "keep_next": True},
        {"type": "para", "text": PDK["title"], "bold": True, "align": "center", "keep_next": True, "space_after": 120},
        {"type": "flow", "proc": PDK, "part": 0},
        {"type": "pagebreak"},
        {"type": "para", "text": ["PENYUSUNAN LAPORAN KETERANGAN PERTANGGUNG JAWABAN (LKP-J)",
                                  "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BINTAN"],
         "bold": True, "align": "center", "keep_next": True, "space_after": 120},
        {"type": "flow", "proc": LKPJ, "part": 0},
        {"type": "pagebreak"},
        {"type": "para", "text": PROG["title"], "bold": True, "align": "center", "keep_next": True, "space_after": 120},
        {"type": "flow", "proc": PROG, "part": 0},
        {"type": "para", "text": ""},
    ],
    "identity": {
        "instansi": "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BINTANG",
        "nomor_sop": "01/SOP/PRNC/2019",
        "tanggal_pembuatan": "02 Januari 2019",
        "tanggal_revisi": "Maret 2019",
        "tanggal_efektif": "Maret 2019",
        "disahkan_oleh": " ".join(t for t in KADIS if t),
        "nama_sop": "; ".join(JUDUL),  # several Judul SOP titles: one text, "; " between
        "dasar_hukum": DASAR_HUKUM,
        "kualifikasi_pelaksana": KUALIFIKASI,
        "keterkaitan": [],
        "peralatan_perlengkapan": PERALATAN,
        "peringatan": PERINGATAN,
        "pencatatan_pendataan": PENCATATAN,
    },
}
