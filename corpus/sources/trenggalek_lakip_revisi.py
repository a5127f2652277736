"""A corrected revision of seed 003's LAKIP procedure (Disdukcapil Kabupaten Trenggalek).

Not a seed reproduction: this is the document a reviewer would accept after the seed's
defects are fixed — its own Nomor SOP and Nama SOP, every identitas field filled, no revoked
regulation, terminators first and last, the "Mengoreksi" step drawn as a decision, each
output feeding the next step's kelengkapan, and a plausible time for the analysis (the seed
said "5 Menit"). It is the corpus's clean example: `sopcheck check` reports no error on it.
Symbols: inline DrawingML in ``mc:AlternateContent`` (as Word writes them).
"""

from ._common import A4_LANDSCAPE, header, page

ROLES = ["Kepala Dinas", "Sekretaris Dinas", "Kasubbag Perencanaan", "Staf Perencanaan & Pelaporan"]
KD, SEK, KSP, STF = ROLES
COLS = ["no", "keg"] + ["r:" + r for r in ROLES] + ["kel", "waktu", "out", "ket"]
WIDTHS = [450, 3600, 1250, 1250, 1250, 1250, 1900, 800, 1900, 800]
HEADER = header([("No.", None), ("Kegiatan", None), ("Pelaksana", ROLES),
                 ("Mutu Baku", ["Kelengkapan", "Waktu", "Output"]), ("Keterangan", None)])


def _s(no, keg, role, sym, kel, waktu, out, text=""):
    return {"no": no, "keg": keg, "role": role, "sym": sym, "enc": "alternate-content",
            "kel": kel, "waktu": waktu, "out": out, "ket": "", "text": text}


STEPS = [
    _s("1", "Memerintahkan penyusunan LAKIP", KD, "terminator", "Surat Edaran Penyusunan LAKIP", "15 Menit",
       "Disposisi Surat", "Mulai"),
    _s("2", "Membuat format pengumpulan data dan informasi kinerja dari masing-masing bidang dan sekretariat",
       KSP, "process", "Disposisi Surat", "1 Jam", "Format Penyusunan LAKIP"),
    _s("3", "Menyampaikan format pengumpulan data dan informasi kinerja kepada masing-masing bidang dan sekretariat",
       STF, "process", "Format Penyusunan LAKIP", "30 Menit", "Format Penyusunan LAKIP terkirim"),
    _s("4", "Menghimpun data dan informasi kinerja dari masing-masing bidang dan sekretariat",
       STF, "process", "Format Penyusunan LAKIP terkirim", "2 Hari", "Data Kinerja Bidang"),
    _s("5", "Menganalisis dan mengevaluasi data dan informasi kinerja yang telah terkumpul",
       KSP, "process", "Data Kinerja Bidang", "1 Hari", "Hasil Analisis Data Kinerja"),
    _s("6", "Membuat draft LAKIP", STF, "process", "Hasil Analisis Data Kinerja", "2 Hari", "Draft LAKIP"),
    _s("7", "Mengoreksi draft LAKIP; jika sesuai diteruskan kepada Kepala Dinas, jika tidak dikembalikan "
            "untuk diperbaiki", SEK, "decision", "Draft LAKIP", "2 Jam", "Draft LAKIP yang telah dikoreksi"),
    _s("8", "Menandatangani dokumen LAKIP", KD, "process", "Draft LAKIP yang telah dikoreksi", "15 Menit",
       "Dokumen LAKIP yang telah ditandatangani"),
    _s("9", "Mengirimkan dokumen LAKIP ke BAPPEDA dan mengarsipkannya", STF, "terminator",
       "Dokumen LAKIP yang telah ditandatangani", "1 Jam", "Tanda terima pengiriman LAKIP", "Selesai"),
]

TITLE = "SOP PENYUSUNAN LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP)"
PROC = {"title": TITLE, "nomor_sop": None, "pelaksana": ROLES, "arrows": "ac",
        "tables": [{"widths": WIDTHS, "cols": COLS, "header": HEADER, "repeat_rows": 2, "steps": STEPS}]}

NOMOR = "02/SOP/DKPS/SKRT/I/2024"
NAMA = "Penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP)"
DASAR_HUKUM = [
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
    "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang "
    "Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi "
    "Pemerintah;",
]
KUALIFIKASI = ["Memahami Manajemen Kinerja dan format Laporan Kinerja",
               "Mampu mengoperasikan komputer program Microsoft Office (Ms. Word dan Ms. Excel)"]
KETERKAITAN = ["SOP Penyusunan Rencana Strategis (RENSTRA)"]
PERALATAN = ["Komputer & Printer, ATK", "Telepon"]
PERINGATAN = ["Apabila SOP ini tidak dilaksanakan, LAKIP tidak tersusun tepat waktu dan akuntabilitas "
              "kinerja Dinas tidak dapat dinilai"]
PENCATATAN = ["Dokumen LAKIP disimpan sebagai arsip elektronik dan manual"]
DISAHKAN = ["Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Trenggalek",
            "Ir. EKANTO MALIPURBOWO, MM", "Pembina Utama Muda", "NIP. 19581111 199103 1 003"]
INSTANSI = "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN TRENGGALEK"


def _b(t):
    return {"text": t, "bold": True}


DOC = {
    "name": "trenggalek-lakip-revisi",
    "seed": "003_f0c6fe0a23cf2e46.txt (corrected)",
    "title": "SOP Penyusunan LAKIP (revisi) - Disdukcapil Kabupaten Trenggalek",
    "page": page(A4_LANDSCAPE),
    "body": [
        {"type": "para", "text": ["PEMERINTAH KABUPATEN TRENGGALEK", INSTANSI], "bold": True, "size": 12,
         "align": "center", "space_after": 200},
        {"type": "table", "widths": [4000, 10800], "rows": [
            ["Nomor SOP", NOMOR],
            ["Tanggal Pembuatan", "02 Januari 2024"],
            ["Tanggal Revisi", "-"],
            ["Tanggal Efektif", "15 Januari 2024"],
            ["Disahkan oleh", DISAHKAN],
            [_b("Nama SOP"), _b(NAMA)],
        ]},
        {"type": "table", "widths": [7400, 7400], "rows": [
            [_b("Dasar Hukum"), _b("Kualifikasi Pelaksana")],
            [DASAR_HUKUM, KUALIFIKASI],
            [_b("Keterkaitan"), _b("Peralatan/Perlengkapan")],
            [KETERKAITAN, PERALATAN],
            [_b("Peringatan"), _b("Pencatatan dan Pendataan")],
            [PERINGATAN[0], PENCATATAN],
        ]},
        {"type": "pagebreak"},
        {"type": "para", "text": TITLE, "bold": True, "align": "center", "keep_next": True, "space_after": 120},
        {"type": "flow", "proc": PROC, "part": 0},
        {"type": "para", "text": ""},
    ],
    "identity": {
        "instansi": INSTANSI,
        "nomor_sop": NOMOR,
        "tanggal_pembuatan": "02 Januari 2024",
        "tanggal_revisi": "-",
        "tanggal_efektif": "15 Januari 2024",
        "disahkan_oleh": " ".join(DISAHKAN),
        "nama_sop": NAMA,
        "dasar_hukum": DASAR_HUKUM,
        "kualifikasi_pelaksana": KUALIFIKASI,
        "keterkaitan": KETERKAITAN,
        "peralatan_perlengkapan": PERALATAN,
        "peringatan": PERINGATAN,
        "pencatatan_pendataan": PENCATATAN,
    },
}
