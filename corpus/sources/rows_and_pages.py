"""A flowchart over two pages as Word exports it: a row cut by the page edge, an off-page
connector beside a step, and a closing total row left open at the bottom.

Content: SOP 5 of the Cimahi bundle (``../shared/real/wild/cimahi-bpkad_...``, Penyusunan
Standar Satuan Harga), its identitas shortened, its durations in whole units. The flowchart
table repeats no header on page 2 and lets rows break across pages (no ``w:cantSplit``, as
Word's default): step 9, a tall row at the bottom of page 1, is cut by the page edge and goes
on at the top of page 2 without its number (in the PDF LibreOffice makes). Step 10, the first
whole row of page 2, draws the incoming off-page connector (segilima) in Kasubid's column
beside its own box under Kabid. The last row is the total: "JUMLAH" with the summed waktu as
the office computed it (50 jam; the steps add up to 52 jam), drawn without a bottom border:
the column lines just end under it.
"""

from ._common import A4_LANDSCAPE, header, page

ROLES = ["Kaban", "Kabid", "Kasubid", "Staf"]
KABAN, KABID, KASUBID, STAF = ROLES
COLS = ["no", "keg"] + ["r:" + r for r in ROLES] + ["kel", "waktu", "out", "ket"]
WIDTHS = [500, 4200, 1100, 1100, 1100, 1100, 2000, 1100, 2000, 600]
HEADER = header([("No", None), ("Kegiatan", None), ("Pelaksana", ROLES),
                 ("Mutu Baku", ["Kelengkapan", "Waktu", "Output"]), ("Ket", None)])
PERWAL = "Draft Perwal SSH dan lampirannya"


def _s(no, keg, role, sym, kel, waktu, out, extra=()):
    return {"no": no, "keg": keg, "role": role, "sym": sym, "enc": "drawingml-inline",
            "kel": kel, "waktu": waktu, "out": out, "ket": "", "extra": list(extra)}


_LONG = ("Kabid menerima surat edaran yang telah ditandatangani oleh Kaban dan memerintahkan kepada Kasubid untuk "
         "menghimpun usulan SSH SKPD serta menyiapkan Rancangan Perwal SSH beserta lampirannya sekaligus melakukan "
         "diskusi internal tentang konsep Perwal SSH dan lampirannya ditingkat Bidang Anggaran; hasil diskusi "
         "dicatat dalam notulen rapat, daftar hadir ditandatangani peserta, dan bahan paparan disiapkan oleh staf "
         "untuk dibahas kembali bersama Kasubid sebelum diserahkan kepada Kabid")
STEPS = [
    _s("1", "Kaban memerintahkan kepada kasubid untuk membuat konsep surat edaran Kepala BPKAD", KABAN, "terminator",
       "Disposisi", "15 menit", "Disposisi"),
    _s("2", "Kasubid memerintahkan kepada staf untuk membuat konsep surat edaran Kepala BPKAD kepada semua Kepala "
            "SKPD untuk mengusulkan SSH", KASUBID, "process", "Disposisi", "30 menit", "Konsep Surat Edaran"),
    _s("3", "Kabid melakukan koreksi konsep Surat Edaran, jika setuju memberikan paraf dan meminta tandatangan Kaban "
            "dan jika tidak setuju dikembalikan kepada Kasubid untuk diperbaiki", KABID, "decision",
       "Konsep Surat Edaran", "15 menit", "Konsep Surat Edaran siap disampaikan"),
    _s("4", "Kaban melakukan koreksi konsep Surat Edaran, jika setuju memberikan tandatangan dan jika tidak setuju "
            "dikembalikan kepada Kabid untuk diperbaiki", KABAN, "decision", "Konsep Surat Edaran siap disampaikan",
       "30 menit", "Surat Edaran yang sudah ditandatangani"),
    _s("5", _LONG, KABID, "process", "Surat Edaran yang sudah ditandatangani", "2 hari", PERWAL),
    _s("6", "Kasubid melakukan revisi draft Perwal SSH dan lampirannya kemudian diserahkan kepada Kabid untuk "
            "dikoreksi", KASUBID, "process", PERWAL, "1 hari", "Hasil revisi draft Perwal"),
    _s("7", "Kabid menerima hasil revisi draft Perwal SSH dan lampirannya, jika setuju memberikan paraf dan "
            "diberikan kepada Kaban, jika tidak dikembalikan kepada Kasubid", KABID, "decision",
       "Hasil revisi draft Perwal", "30 menit", "Koreksi draft Perwal"),
    _s("8", "Kaban menerima dan memeriksa draft Perwal SSH dan lampirannya serta mengadakan rapat tim bersama Kabid "
            "dan Kasubid yang membidangi (minimal 3 kali)", KABAN, "process", "Koreksi draft Perwal", "1 jam",
       "Hasil rapat tim"),
    _s("9", _LONG.replace("Kabid menerima", "Kasubid menerima") + "; " + _LONG.replace("Kabid menerima surat edaran",
                                                                                     "setelah itu Kasubid menyusun"),
       KASUBID, "process", "Hasil rapat tim", "2 hari", PERWAL),
    _s("10", "Kabid memerintahkan kepada Kasubid untuk menyerahkan draft Perwal SSH dan lampirannya kepada Bagian "
             "Hukum untuk diproses lebih lanjut", KABID, "process", "Surat pengantar", "30 menit",
       "Tanda terima dari Bagian Hukum", extra=[(KASUBID, "offpage")]),
    _s("11", "Kasubid menerima Perwal SSH yang telah ditandatangani Walikota dan memerintahkan staf untuk "
             "menggandakannya sebagai bahan sosialisasi", KASUBID, "process", "Perwal SSH", "1 hari",
       "Perwal SSH sebanyak 125 buku"),
    _s("12", "Staf menggandakan Perwal SSH dan lampirannya sebagai bahan sosialisasi kepada semua SKPD", STAF,
       "terminator", "Perwal SSH", "30 menit", "Terlaksananya sosialisasi Perwal SSH"),
    {"no": "", "keg": "JUMLAH", "role": None, "sym": None, "kel": "", "waktu": "50 jam", "out": "", "ket": "",
     "total": True},
]

IDENTITY = {
    "instansi": "BADAN PENGELOLA KEUANGAN DAN ASET DAERAH KOTA CIMAHI", "unit": None, "nomor_sop": "",
    "tanggal_pembuatan": "", "tanggal_revisi": "", "tanggal_efektif": "",
    "disahkan_oleh": "Kepala Badan Pengelola Keuangan dan Aset Daerah Kota Cimahi",
    "nama_sop": "Penyusunan Standar Satuan Harga (SSH)",
    "dasar_hukum": ["Undang-Undang No 17 Tahun 2003 tentang Keuangan Negara"],
    "kualifikasi_pelaksana": ["Ka. Sub. Bid. Penyusunan Aset"], "keterkaitan": ["SOP Bidang Anggaran"],
    "peralatan_perlengkapan": ["Alat Tulis Kantor", "Komputer"],
    "peringatan": ["Apabila Standar Satuan Harga terlambat disusun maka SKPD mengalami kesulitan dalam menyusun "
                   "RKA SKPD"],
    "pencatatan_pendataan": ["Disimpan masing-masing SKPD sebagai dokumen untuk penyusunan RKA SKPD"],
}


def build_proc(steps):
    return {"title": None, "nomor_sop": None, "pelaksana": ROLES,
            "tables": [{"widths": WIDTHS, "cols": COLS, "header": HEADER, "repeat_rows": 0, "steps": steps,
                        "can_split": True, "open_bottom": True}]}


PROC = build_proc(STEPS)

DOC = {
    "name": "rows-and-pages",
    "seed": "SOP 5 of ../shared/real/wild/cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran.pdf (issue 12, item 3)",
    "title": "SOP Penyusunan Standar Satuan Harga",
    "page": page(A4_LANDSCAPE),
    "body": [
        {"type": "table", "widths": [4200, 3200, 7000], "size": 9, "rows": [
            [{"text": ["BADAN PENGELOLA KEUANGAN", "DAN ASET DAERAH", "KOTA CIMAHI"] if i == 0 else "",
              "vm": "restart" if i == 0 else "continue", "bold": True, "align": "center"}, label, value]
            for i, (label, value) in enumerate([
                ("NOMOR SOP", ""), ("TGL.PEMBUATAN", ""), ("TGL.REVISI", ""), ("TGL.EFEKTIF", ""),
                ("DISAHKAN OLEH", IDENTITY["disahkan_oleh"]), ("NAMA SOP", IDENTITY["nama_sop"])])]},
        {"type": "table", "widths": [7200, 7200], "size": 9, "rows": [
            ["DASAR HUKUM :", "KUALIFIKASI PELAKSANA :"],
            ["1. " + IDENTITY["dasar_hukum"][0], IDENTITY["kualifikasi_pelaksana"][0]],
            ["KETERKAITAN:", "PERALATAN PERLENGKAPAN:"],
            ["1. SOP Bidang Anggaran", ["1. Alat Tulis Kantor", "2. Komputer"]],
            ["PERINGATAN:", "PENCATATAN DAN PENDATAAN:"],
            [IDENTITY["peringatan"][0], IDENTITY["pencatatan_pendataan"][0]],
        ]},
        {"type": "para", "text": ""},
        {"type": "flow", "proc": PROC, "part": 0},
    ],
    "identity": IDENTITY,
}
