"""Seed 002_bf57bdb3fa70edca (Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tapin).

Identitas as paragraphs ("Nomor SOP : ..."), then the Dasar Hukum / Kualifikasi table,
then one flowchart table. Symbols: floating DrawingML (``wp:anchor``) anchored in the
kegiatan cell, positioned into the role column; connector arrows between steps.
Defects kept verbatim: empty Tanggal fields, "Paralatan", "Pengertian" instead of
"Peringatan", missing output of step 1, "Meneleah", "ilian", "Menetima", "menyujui",
"diumpumkan", "Didukung" (OCR of Disdukcapil), "Agenas".
"""

from ._common import A4_LANDSCAPE, header, page

ROLES = [
    "Kepala Dinas",
    "Sekretaris",
    "Kasubag Perencanaan dan Pelaporan",
    "Tim Penyusun dan Penerapan SAKIP",
    "Pelaksana Sub Bagian Perencanaan dan Pelaporan",
]
KD, SEK, KSB, TIM, PLK = ROLES

POS = ["page", "margin", "column", "character"]

_STEPS = [
    ("1", "Melaporkan rencana kegiatan pengumpulan dan pengukuran indikator kinerja Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tapin",
     KSB, "terminator", "Rencana Kerja", "30 Menit", ""),
    ("2", "Meneleah kegiatan pengumpulan dan pengukuran indikator kinerja dan memberikan arahan untuk mempersiapkan kegiatan pengumpulan dan pengukuran indikator kinerja Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tapin",
     SEK, "process", "Rencana Kerja, Disposisi", "30 Menit", "Disposisi"),
    ("3", "Meneleah kegiatan pengumpulan dan pengukuran indikator kinerja, memberikan arahan, dan memerintahkan sekretaris untuk membentuk Tim Penyusun dan Penerapan SAKIP Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tapin",
     KD, "process", "Rencana Kerja, Disposisi", "30 Menit", "Disposisi"),
    ("4", "Memberikan arahan untuk membentuk Tim Penyusun dan Penerapan SAKIP Didukung dan membuat konsep form pengukuran indikator kinerja",
     SEK, "process", "Disposisi, Konsep Form Pengukuran Indikator Kinerja", "30 Menit", "Konsep Form Pengukuran Indikator Kinerja"),
    ("5", "Memberi Tim Penyusun dan Penerapan SAKIP Didukung dan membuat konsep form pengukuran indikator kinerja dan memerintahkan pelaksana Sub Bagian Perencanaan dan Pelaporan mengolah dan mengisi form pengukuran indikator kinerja",
     KSB, "process", "SK, Konsep Form Pengukuran Indikator Kinerja", "1 Hari", "SK, Konsep Form Pengukuran Indikator Kinerja"),
    ("6", "Memperlihatkan dan mengolah konsep form ilian pengukuran indikator kinerja untuk masing-masing bidang",
     PLK, "process", "Konsep Form Pengukuran Indikator Kinerja", "30 Menit", "Konsep Form Pengukuran Indikator Kinerja"),
    ("7", "Memeriksa dan Memaraf konsep dokumen pengukuran data kinerja serta SK Tim penyusun dan penerapan SAKIP Didukung untuk disampaikan ke Sekretaris. Kemudian di sampaikan ke Kepala Dinas",
     KSB, "process", "Disposisi, SK, Konsep Form Pengukuran Indikator Kinerja", "15 Menit", "Disposisi, SK, Konsep Form Pengukuran Indikator Kinerja"),
    ("8", "Memeriksa dan menandatangani konsep dokumen form pengukuran indikator kinerja dan SK Tim Penyusun dan Penerapan SAKIP Didukung serta memerintahkan Sekretaris untuk melaksanakan kegiatan pengukuran indikator kinerja Didukung Kabupaten Tapin",
     KD, "process", "Disposisi, SK, Konsep Form Pengukuran Indikator Kinerja", "30 Menit", "Disposisi, SK, Konsep Form Pengukuran Indikator Kinerja"),
    ("9", "Menetima perintah dan menentukan pelaksanaan kegiatan tersebut kepada Tim penyusun dan penerapan SAKIP Didukung dan Kasubag Perencanaan dan Pelaporan",
     SEK, "process", "Disposisi, SK, Konsep Form Pengukuran Indikator Kinerja", "30 Menit", "Disposisi, SK, Konsep Form Pengukuran Indikator Kinerja"),
    ("10", "Melaksanakan pengukuran indikator kinerja Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tapin",
     TIM, "process", "Rencana Kerja, Form Pengukuran Indikator Kinerja", "3 Hari", "Rencana Kerja, Form Pengukuran Indikator Kinerja"),
    ("11", "Menyusun Draft Hasil Pengukuran Indikator Kinerja Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tapin kepada Subbag Perencanaan dan Pelaporan",
     TIM, "process", "Draft Hasil Pengukuran Indikator Kinerja", "1 Jam", "Draft Hasil Pengukuran Indikator Kinerja"),
    ("12", "Memeriksa kelengkapan dan substansi Draft hasil pengukuran indikator kinerja Didukung. Jika menyujui memberikan paraf dan menyerahkan kepada Sekretaris. Jika tidak menyujui mengembalikan ke Subbag Perencanaan dan Pelaporan untuk diperbaiki",
     KSB, "decision", "Draft Hasil Pengukuran Indikator Kinerja", "30 Menit", "Draft Hasil Pengukuran Indikator Kinerja"),
    ("13", "Memeriksa kelengkapan dan substansi Draft hasil pengukuran indikator kinerja Didukung. Jika menyetujui memberikan paraf dan menyerahkan kepada Kepala Dinas. Jika tidak menyetujui mengembalikan ke Sekretaris untuk diumpumkan",
     SEK, "decision", "Draft Hasil Pengukuran Indikator Kinerja", "30 Menit", "Draft Hasil Pengukuran Indikator Kinerja"),
    ("14", "Memerintahkan pelaksana pada Sub Bagian Perencanaan dan Pelaporan untuk mendokumentasikan dan mendistribusikan",
     KD, "process", "Dokumen Hasil Pengukuran Indikator Kinerja", "1 Hari", "Dokumen Hasil Pengukuran Indikator Kinerja"),
    ("15", "Mendokumentasikan dan mendistribusikan laporan hasil pengukuran kinerja Didukung Kabupaten Tapin",
     PLK, "terminator", "Agenas, Dokumen Hasil Pengukuran Indikator Kinerja", "1 Hari", "Tanda Terima dan Dokumentasi"),
]

STEPS = [
    {"no": no, "keg": keg, "role": role, "sym": sym, "enc": "drawingml-anchor", "pos": POS[i % 4],
     "kel": kel, "waktu": waktu, "out": out, "ket": "",
     "text": {0: "Mulai", 14: "Selesai"}.get(i, "")}
    for i, (no, keg, role, sym, kel, waktu, out) in enumerate(_STEPS)
]

PROC = {
    "arrows": "glued",
    "title": "SOP PENGUKURAN INDIKATOR KINERJA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN TAPIN",
    "nomor_sop": None,
    "pelaksana": ROLES,
    "tables": [
        {
            "ind": 60,
            "widths": [450, 3500, 1300, 1300, 1300, 1300, 1300, 1500, 750, 1400, 800],
            "cols": ["no", "keg"] + ["r:" + r for r in ROLES] + ["kel", "waktu", "out", "ket"],
            "header": header([("No.", None), ("KEGIATAN", None), ("PELAKSANA", ROLES),
                              ("MUTU BAKU", ["Kelengkapan", "Waktu", "Output"]), ("Keterangan", None)]),
            "repeat_rows": 2,
            "connectors": True,
            "steps": STEPS,
        }
    ],
}

DASAR_HUKUM = [
    "Undang - Undang Nomor 28 Tahun 1999 tentang Penyelenggaraan Negara Yang Bersih dan Bebas KKN;",
    "Undang - Undang Nomor 23 Tahun 2014 tentang Pemerintah Daerah sebagaimana telah diubah beberapa kali, terakhir dengan Undang -Undang Nomor 9 tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 24 Tahun 2014;",
    "Peraturan Pemerintah Nomor 20 Tahun 2004 Tentang Rencana Kerja Pemerintah;",
    "Peraturan Pemerintah Nomor 6 Tahun 2008 Tentang Pedoman Evaluasi Penyelenggaraan Pemerintah Daerah;",
    "Peraturan Pemerintah Nomor 8 Tahun 2008 Tentang Tahapan, Tata Cara Penyusunan, Pengendalian, dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah;",
    "Permendagri Nomor 13 Tahun 2006 Tentang Pedoman Pengelolaan Keuangan Daerah, sebagaimana telah diubah beberapa kali terakhir dengan Permendagri Nomor 21 Tahun 2011 Tentang Perubahan Kedua atas Permendagri Nomor 13 Tahun 2006;",
    "Permendagri Nomor 54 Tahun 2010 Tentang Pelaksanaan PP Nomor 8 Tahun 2008 Tentang Tahapan, Tata Cara Penyusunan, Pengendalian, dan Evaluasi Pelaksanaan Pembangunan Rencana Pembangunan Daerah;",
    "Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 Tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah;",
    "Peraturan Daerah Nomor 10 Tahun 2019 Tentang Perubahan Atas Peraturan Daerah Kabupaten Tapin Nomor 09 Tahun 2016 Tentang Pembentukan Dan Susunan Perangkat Daerah Kabupaten Tapin;",
    "Peraturan Bupati Nomor 31 Tahun 2018 Tentang Perubahan Kedua Atas Peraturan Bupati Tapin Nomor 25 Tahun 2016 Tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi, Serta Tata Kerja Perangkat Daerah Kabupaten Tapin;",
    "Peraturan Bupati Nomor 41 Tahun 2018 Tentang Tugas Pokok, Fungsi, dan Uraian Tugas Organisasi Dinas Kependudukan dan Pecatatan Sipil Kabupaten Tapin.",
]
KUALIFIKASI = [
    "Mampu mengidentifikasi dan Analisa terkait pelaksanaan kegiatan",
    "Memahami aturan dan ketentuan yang berlaku",
    "Menguasai penggunaan komputer dan jaringan",
    "Memiliki tingkat ketelitian yang baik",
    "Mampu berkomunikasi dengan baik dan tepat waktu",
]
PERALATAN = [
    "ATK",
    "Komputer dan Jaringan",
    "SK Tim Penyusunan dan Penerapan Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) Tahun 2021",
]
NAMA = "PENGUMPULAN DAN PENGUKURAN INDIKATOR KINERJA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN TAPIN"


def _num(lst):
    return [f"{i}. {t}" for i, t in enumerate(lst, 1)]


DOC = {
    "name": "tapin-pengukuran-kinerja",
    "seed": "002_bf57bdb3fa70edca.txt",
    "title": "SOP Pengukuran Indikator Kinerja - Disdukcapil Kabupaten Tapin",
    "page": page(A4_LANDSCAPE),
    "body": [
        {"type": "para", "text": "PEMERINTAH KABUPATEN TAPIN", "bold": True, "size": 12, "align": "center"},
        {"type": "para", "text": "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "bold": True, "size": 12, "align": "center",
         "space_after": 200},
        {"type": "para", "text": "Nomor SOP : 800/054/SOP/ DUKCAPIL/ 2022", "space_after": 80},
        {"type": "para", "text": "Tanggal Pembuatan :", "space_after": 80},
        {"type": "para", "text": "Tanggal Revisi :", "space_after": 80},
        {"type": "para", "text": "Tanggal Efektif :", "space_after": 80},
        {"type": "para", "text": "Disahkan oleh : Kepala Dinas Kependudukan dan Pencatatan Sipil", "space_after": 400},
        {"type": "para", "text": "Nama SOP : " + NAMA, "bold": True, "space_after": 200},
        {"type": "table", "widths": [7400, 7400], "ind": 60, "rows": [
            [{"text": "Dasar Hukum", "bold": True}, {"text": "Kualifikasi Pelaksanaan", "bold": True}],
            [_num(DASAR_HUKUM), _num(KUALIFIKASI)],
            [{"text": "Keterkaitan SOP", "bold": True}, {"text": "Paralatan/ Perlengkapan", "bold": True}],
            ["", _num(PERALATAN)],
            [{"text": "Pengertian", "bold": True}, {"text": "Pencatatan & Pendataan", "bold": True}],
            ["Identifikasi pengukuran indikator kinerja dilaksanakan setiap triwulan dan semester",
             "Disimpan sebagai data elektronik dan manual"],
        ]},
        {"type": "pagebreak"},
        {"type": "para", "text": PROC["title"], "bold": True, "align": "center", "keep_next": True, "space_after": 120},
        {"type": "flow", "proc": PROC, "part": 0},
        {"type": "para", "text": ""},
    ],
    "identity": {
        "instansi": "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN TAPIN",  # the dinas of the heading's region
        "nomor_sop": "800/054/SOP/ DUKCAPIL/ 2022",
        "tanggal_pembuatan": "",
        "tanggal_revisi": "",
        "tanggal_efektif": "",
        "disahkan_oleh": "Kepala Dinas Kependudukan dan Pencatatan Sipil",
        "nama_sop": NAMA,
        "dasar_hukum": DASAR_HUKUM,
        "kualifikasi_pelaksana": KUALIFIKASI,
        "keterkaitan": [],
        "peralatan_perlengkapan": PERALATAN,
        "peringatan": [],
        "pencatatan_pendataan": ["Disimpan sebagai data elektronik dan manual"],
    },
}
