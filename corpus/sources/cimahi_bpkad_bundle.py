"""A "Buku SOP": three SOP AP of BPKAD Kota Cimahi (Bidang Perencanaan Anggaran) in one file.

Content verbatim (typos kept) from SOPs 1-3 of ``../shared/real/wild/cimahi-bpkad_SOP_Bid_
Perencanaan_Anggaran.pdf`` as read by eye in ``tests/real_wild_by_eye.py``; the layout is that
file's: each SOP opens on a new page with its identitas table (the heading "BADAN PENGELOLA
KEUANGAN / DAN ASET DAERAH / KOTA CIMAHI" in a first column merged over the NOMOR SOP ..
NAMA SOP rows, then the DASAR HUKUM .. PENCATATAN grid) and its flowchart table right under
it; every page has the footer "Standar Operasional Prosedur (SOP) / BPKAD Tahun 2016". SOP 2's
flowchart goes on after a page break in a second table that repeats no header
(as on page 4 of the real file); SOP 3 opens with an unnumbered row. Every Nomor SOP and date
value is blank, as printed. Symbols: one per row (the real rows draw an off-page connector or
a document beside some boxes; those are left out), inline DrawingML in
``mc:AlternateContent`` as Word writes it.
"""

from ._common import A4_LANDSCAPE, header, page

ROLES = ["Kaban", "Kabid", "Kasubid", "Staf"]
KABAN, KABID, KASUBID, STAF = ROLES
COLS = ["no", "keg"] + ["r:" + r for r in ROLES] + ["kel", "waktu", "out", "ket"]
WIDTHS = [500, 3800, 1100, 1100, 1100, 1100, 1900, 1100, 1900, 800]
HEADER = header([("No.", None), ("Kegiatan", None), ("Pelaksana", ROLES),
                 ("Mutu Baku", ["Kelengkapan", "Waktu", "Output"]), ("Ket", None)])
HEADING = ["BADAN PENGELOLA KEUANGAN", "DAN ASET DAERAH", "KOTA CIMAHI"]
INSTANSI = "BADAN PENGELOLA KEUANGAN DAN ASET DAERAH KOTA CIMAHI"
DISAHKAN = "Kepala Badan Pengelola Keuangan dan Aset Daerah Kota Cimahi"

_DH_1 = "Undang-Undang No 17 Tahun 2003 tentang Keuangan Negara"
_DH_2 = "Undang-undang No 1 Tahun 2004 tentang Perbendaharaan Negara"
_DH_3 = "Undang-undang No 25 Tahun 2004 tentang sistem Perencanaan Pembangunan Nasional"
_DH_4 = "Peraturan Pemerintah Nomor 58 tahun 2005 tentang Pengelolaan Keuangan Daerah"
_DH_6 = ("Peraturan Walikota Cimahi Nomor 28 Tahun 2015 tentang Uraian Tugas Pokok Fungsi dan Tata Kerja "
         "Badan Pengelola Keuangan dan Aset Daaerah Kota Cimahi")
KUALIFIKASI = ["Ka. Sub. Bid. Perencanaan Anggaran"]
ALAT = ["Alat Tulis Kantor", "Komputer", "Internet", "Alat Komunikasi"]
PENCATATAN = ["Disimpan sebagai data elektronik dan manual"]


def _s(no, keg, role, sym, kel="", waktu="", out=""):
    return {"no": no, "keg": keg, "role": role, "sym": sym, "enc": "alternate-content",
            "kel": kel, "waktu": waktu, "out": out, "ket": ""}


def _numbered(items):
    return [f"{i}. {item}" for i, item in enumerate(items, 1)]


def _b(text):
    return {"text": text, "bold": True}


def _identitas(nama, dasar_hukum, keterkaitan, peringatan):
    """The identitas tables of one SOP (body items) as the real file lays them out."""
    labels = ["NOMOR SOP", "TGL.PEMBUATAN", "TGL.REVISI", "TGL.EFEKTIF", "DISAHKAN OLEH", "NAMA SOP"]
    values = ["", "", "", "", DISAHKAN, _b(nama)]
    rows = []
    for i, (label, value) in enumerate(zip(labels, values)):
        heading = {"text": HEADING if i == 0 else "", "vm": "restart" if i == 0 else "continue",
                   "bold": True, "align": "center"}
        rows.append([heading, label, value])
    return [
        {"type": "table", "widths": [4200, 3200, 7000], "rows": rows, "size": 9},
        {"type": "table", "widths": [7200, 7200], "size": 9, "rows": [
            ["DASAR HUKUM :", "KUALIFIKASI PELAKSANA :"],
            [_numbered(dasar_hukum), KUALIFIKASI],
            ["KETERKAITAN:", "PERALATAN PERLENGKAPAN:"],
            [_numbered(keterkaitan), _numbered(ALAT)],
            ["PERINGATAN:", "PENCATATAN DAN PENDATAAN:"],
            [peringatan, PENCATATAN],
        ]},
        {"type": "para", "text": ""},
    ]


def _identity(nama, dasar_hukum, keterkaitan, peringatan):
    return {
        "instansi": INSTANSI, "unit": None, "nomor_sop": "", "tanggal_pembuatan": "", "tanggal_revisi": "",
        "tanggal_efektif": "", "disahkan_oleh": DISAHKAN, "nama_sop": nama, "dasar_hukum": dasar_hukum,
        "kualifikasi_pelaksana": KUALIFIKASI, "keterkaitan": keterkaitan, "peralatan_perlengkapan": ALAT,
        "peringatan": [peringatan], "pencatatan_pendataan": PENCATATAN,
    }


def _proc(*parts):
    tables = []
    for i, steps in enumerate(parts):
        table = {"widths": WIDTHS, "cols": COLS, "steps": steps}
        if i == 0:
            table.update(header=HEADER, repeat_rows=2)
        tables.append(table)
    return {"title": None, "nomor_sop": None, "pelaksana": ROLES, "tables": tables}


# SOP 1: Pembuatan Surat Edaran Asistensi RKA SKPD Terpusat (pages 1-2 of the real file)
NAMA_1 = "Pembuatan Surat Edaran Asistensi RKA SKPD Terpusat"
DH_1 = [_DH_1, _DH_2, _DH_3, _DH_4,
        "Permendagri No 21 Tahun 2011 tentang tentang Perubahan Permendagri 59 Tahun 2011 tentang Pedoman "
        "Pengelolaan Keuangan Daerah", _DH_6]
KET_1 = ["SOP Sekretariat Badan", "SOP Bidang Perencanaan Anggaran dan Aset"]
PER_1 = ("Apabila Pelaksanaan verifikasi Rencana Kerja Anggaran Satuan Kerja Perangkat Daerah (RKA-SKPD)terlambat "
         "dilaksanakan maka penyusunan dokumen pelaksanaan anggaran SKPD akan tertunda")
PROC_1 = _proc([
    _s("1.", "Kaban memerintahkan kabid perencanaan anggaran dan aset untuk melaksanakan asistensi rka skpd secara "
             "terpusat", KABAN, "terminator", "Disposisi", "5 menit", "Tanda terima"),
    _s("2.", "Kepala Bidang Perencanaan Anggaran dan Aset memerintahkan kepada kepala sub bid anggaran untuk "
             "menyusun surat beserta jadwal asistensi rka terpusat", KABID, "process", "- Disposisi", "2 jam",
       "RKA yang telah diverifikasi"),
    _s("3.", "Kepala Sub Bid Anggaran mengonsep surat beserta jadwal dan menyerahkan kembali kepada kepala bidang "
             "anggaran", KASUBID, "process", "Draft Surat dan Jadwal", "3 minggu", "Tanda terima"),
    _s("4.", "Kepala Bidang Anggaran mengkoreksi jadwal asistensi, apabila setuju maka diparaf dan diteruskan kepada "
             "kepala Badan, apabila tidak maka dikembalikan kepada kepala subid anggaran untuk dikoreksi", KABID,
       "decision", "Draft Surat dan Jadwal", "2 minggu", "Tanda Terima"),
    _s("5.", "Kepala Badan menandatangani surat dan diserahkan kepada kepala su bid anggaran untuk didokumentasikan",
       KABAN, "process"),
    _s("6.", "Kepala Sub Anggaran memerintahkan staff untuk mendokuemntasikan dan mendistribusikan surat tersebut",
       KASUBID, "process"),
    _s("7.", "Staff mendokementasikan dan mendistribusikan surat", STAF, "terminator"),
])

# SOP 2: Pelaksanaan Asistensi RKA Terpusat (pages 3-4; page 4 goes on without a header)
NAMA_2 = "Pelaksanaan Asistensi RKA Terpusat"
DH_2 = [_DH_1, _DH_2, "Undang-undang No 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional", _DH_4,
        "Permendagri No 21 Tahun 2011 tentang tentang Perubahan KeduaatasPermendagri 13 Tahun 2006 tentang Pedoman "
        "Pengelolaan Keuangan Daerah", _DH_6.replace("Daaerah", "Daerah")]
PER_2 = ("Apabila Pelaksanaan verifikasi Dokumen Pelaksanaan Anggaran Satuan Kerja Perangkat Daerah (DPA-SKPD) "
         "danDokumen Pelaksanaan Perubahan Anggaran Satuan Kerja Perangkat Daerah (DPPA-SKPD)terlambat dibuat maka "
         "pelaksanaan kegiatan SKPD akan tertunda")
_LEMBAR = ["-Lembar Asistensi", "-RKA yang telah diverifikasi"]
PROC_2 = _proc([
    _s("1.", "Kepala Badan memerintahkan Kepala Bidang untuk pelaksanaan asistensi rka", KABAN, "terminator",
       "DIsposisi", "5 menit", "Tanda Terima"),
    _s("2", "Kepala Bidang memerintahkan Kepala Sub Bidang untuk melaksanakan pembagian tugas dalam melakukan "
            "asistensi rka", KABID, "process"),
    _s("3.", "Kepala Sub Bidang Anggaran memerintahkan staff untuk melakukan asistensi rka sesuai dengan bina "
             "wilayahnya berdasarkan peraturan yang berlaku", KASUBID, "process",
       ["- Surat Tugas", "- RKA SKPD", "- KUA-PPAS", "- APBD"], "2 jam", "DPA yang telah diverifikasi"),
], [
    _s("4", "Staff melakukan verifikasi rka melalui lembar asistensi dan selanjutnya diberi tanda paraf untuk "
            "diteruskan kepada kepala sub bidang anggara", STAF, "process", _LEMBAR, "3 minggu",
       "Draft Penjabaran APBD"),
    _s("5", "Kepala Sub Bid anggaran melakukan verifikasi atas RKA yang diajukan oleh SKPD setelah melalui proses "
            "asistensi staff, lalu menyampaikannya kepada kepala bidang anggaran untuk diteliti lebih lanjut",
       KASUBID, "process", _LEMBAR),
    _s("6", "Kepala Bidang anggaran menandatangani lembar asistensi rka skpd dan memerintahkan kepada skpd untuk "
            "segera mengupdate data ke dalam aplikasi", KABID, "terminator", _LEMBAR),
])

# SOP 3: Pelaksanaan penyiapan bahan nota keuangan ... (pages 5-6; an unnumbered first row)
NAMA_3 = "Pelaksanaan penyiapan bahan nota keuangan rancangan APBD dan rancangan perubahan APBD"
DH_3 = [_DH_1, _DH_2, _DH_3, _DH_4,
        "Permendagri No 21 Tahun 2011 tentang tentang Perubahan KeduaatasPermendagri No 13 Tahun 2006 tentang "
        "Pedoman Pengelolaan Keuangan Daerah", _DH_6]
KET_3 = ["SOP Sekretariat Badan", "SOP Bidang Perencanaa Anggaran dan Aset"]
PER_3 = ("Apabila Laporan Pelaksanaan penyiapan bahan nota keuangan rancangan APBD dan rancangan perubahan APBD "
         "terlambat dibuat maka pelaksanaan perencanaan berikutnya akan tertunda")
PROC_3 = _proc([
    _s("", "Kaban memerintahkan untuk pembuatan pengajuan nota keuangan", KABAN, "terminator"),
    _s("1.", "Staf bagian perencanaan anggaran mengumpulan bahan dari R-APBD", STAF, "process",
       "RKA SKPD, Permendagri Pengelolaan Keuangan", "3 minggu",
       "Bahan penyusun annota keuangan dan RKA semua SKPD terkumpul"),
    _s("2.", "Staf bagian perencanaan anggaran menyusun Draft Nota Keuangan dan menyerahkannya ke Kasubid", KASUBID,
       "process", "Rekapitulasi RKA semua SKPD", "2 jam", "Draft Nota Keuangan"),
    _s("3.", "Kasubid menyerahkan Pengajuan draft Nota Keuangan kepada Kabid", KABID, "process",
       "Draft Nota Keuangan", "1 jam", "Draft Nota Keuangan yang telah disetujui Kepala Badan"),
    _s("4.", "Kabid mengajukan Persetujuan Nota Keuangan kepada Walikota", KABAN, "terminator",
       "Draft Nota Keuangan yang telah disetujui Kepala Badan", "15 menit", "Nota Keuangan"),
])

def _flow(proc, part):
    return {"type": "flow", "proc": proc, "part": part}


DOC = {
    "name": "cimahi-bpkad-bundle",
    "seed": "../shared/real/wild/cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran.pdf, SOPs 1-3",
    "title": "Buku SOP Bidang Perencanaan Anggaran - BPKAD Kota Cimahi",
    "page": page(A4_LANDSCAPE),
    "footer": ["Standar Operasional Prosedur (SOP)", "BPKAD Tahun 2016"],
    "sops": [
        {"identity": _identity(NAMA_1, DH_1, KET_1, PER_1),
         "body": [*_identitas(NAMA_1, DH_1, KET_1, PER_1), _flow(PROC_1, 0), {"type": "pagebreak"}]},
        {"identity": _identity(NAMA_2, DH_2, KET_1, PER_2),
         "body": [*_identitas(NAMA_2, DH_2, KET_1, PER_2), _flow(PROC_2, 0), {"type": "pagebreak"},
                  _flow(PROC_2, 1), {"type": "pagebreak"}]},
        {"identity": _identity(NAMA_3, DH_3, KET_3, PER_3),
         "body": [*_identitas(NAMA_3, DH_3, KET_3, PER_3), _flow(PROC_3, 0)]},
    ],
}
