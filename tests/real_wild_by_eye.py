"""What the real "wild" SOP files and the four picture-flowchart BPS PDFs show, read by eye.

Data for issues 12 (bundles and layouts) and 13 (scanned pages, picture flowcharts): the
reading was written down before sopcheck's output on these files was looked at.

How the pages were read
-----------------------
* PDFs were rendered with ``pdftoppm -png -r 50``/``-r 60`` for an overview, then crops at
  150 dpi (the Cimahi bundle, it__001), 300 dpi (the office scan, its native 300 ppi) and the
  native 72 ppi photo pixels of the phone scan (zoomed 2-4x), enlarged until every character
  and every symbol's column were certain. Page images were also pulled out with
  ``pdfimages`` and viewed unrotated, to tell how they are stored. The DOCX template was
  converted with ``soffice --headless --convert-to pdf`` and its ``word/document.xml`` read.
* Spelling was cross-checked against ``pdftotext -layout`` where a text layer exists (the
  Cimahi bundle, the vector parts of it__001 and general__207); nothing differed from the
  page except where noted. The two Kalimantan Barat files and the flowchart images have no
  text layer: everything there is read from pixels only.
* A symbol belongs to the role column holding its centre; shapes written
  ``"<shape><role>"`` as in :data:`real_by_eye.SHAPES_BY_EYE` (``T`` terminator/capsule,
  ``P`` process box, ``D`` decision diamond, ``O`` off-page connector/pentagon, ``C`` connector
  circle) plus two kinds these files draw: ``W`` document (wavy bottom; also the stacked
  "multi-document" shape, marked in a comment) and ``M`` trapezoid (manual operation).
  Every symbol of the row is listed (unlike SHAPES_BY_EYE, several shapes in one column are
  all written), ordered by column, then top to bottom within a column. Arrows, their
  "Ya"/"Tidak"/"T"/"Y" labels, stamps and signatures are not symbols.

Text conventions
----------------
* A cell's text is its lines joined by one space, runs of spaces collapsed, spelling and case
  as printed (typos kept: "mendokuemntasikan", "Nornor"). A word broken at a line end with no
  hyphen ("diverifika|si") is written whole; a printed hyphen is kept ("ditanda-tangani").
  Compare with whitespace removed (``"".join(s.split())``) to be independent of both.
* Mutu Baku cells keep their list marks as printed ("- Surat Tugas - RKA SKPD", "1. Renja
  K/L 2. RKA KL"); identitas list fields are one entry per item with the item's own number
  removed (as the contract's ``dasar_hukum`` etc.). A paragraph field (a Peringatan typed as
  one sentence) is one item.
* Identitas values: ``""`` where the label is printed and its value cell is blank, ``"-"``
  where the page prints "-", ``None`` where the label is absent; the ": " some forms print
  at the start of a value cell is not part of the value. :data:`LABELS` gives each label as
  printed. ``instansi`` is the office with its region as a reader of the heading understands
  it; ``heading`` is the heading's lines as printed; ``unit`` a bagian/bidang line, if any.
* Step ``number`` is the cell text as printed ("1.", "2", or None for an empty cell).

Uncertain readings are listed in :data:`UNCERTAIN`, never guessed silently.
"""

from __future__ import annotations

from typing import NamedTuple

from real_by_eye import SHAPE_CODES

WILD_SHAPE_CODES = {**SHAPE_CODES, "W": "document", "M": "manual"}

WILD = "wild"              # folders under ../shared/real
BPS = "bps-bengkulu"


class Step(NamedTuple):
    number: str | None     # as printed: "1.", "2", None when the No cell is empty
    kegiatan: str
    symbols: str           # "T1 P1": every symbol in the row, see the module docstring
    kelengkapan: str
    waktu: str
    output: str
    keterangan: str
    page: int              # 1-based page the row is printed on


class Procedure(NamedTuple):
    title: str | None      # heading above the flowchart table, None when there is none
    pelaksana: tuple[str, ...]  # role headers, left to right, lines joined by one space
    steps: tuple[Step, ...]


class Sop(NamedTuple):
    pages: tuple[int, int]  # first and last page (1-based, inclusive)
    identity: dict          # contract field names (CONTRACT.md "identity", plus heading/unit)
    procedures: tuple[Procedure, ...]


def S(number, kegiatan, symbols, kelengkapan="", waktu="", output="", keterangan="", *, page):
    """One flowchart row; Mutu Baku cells default to blank (``""``)."""
    return Step(number, kegiatan, symbols, kelengkapan, waktu, output, keterangan, page)


# ---------------------------------------------------------------------------------------------
# 1. cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran.pdf: Word 2013, 11 portrait pages (612 x 1008
#    pt, legal), five SOP AP one after another. Each SOP opens with the same identitas table
#    (logo + "BADAN PENGELOLA KEUANGAN / DAN ASET DAERAH / KOTA CIMAHI" at the left, the
#    NOMOR SOP..NAMA SOP grid at the right, then the DASAR HUKUM / KUALIFIKASI PELAKSANA /
#    KETERKAITAN / PERALATAN PERLENGKAPAN / PERINGATAN / PENCATATAN DAN PENDATAAN grid) and its
#    flowchart table starts under it on the same page. Every page has the footer "Standar
#    Operasional Prosedur (SOP) / BPKAD Tahun 2016" under a blue rule.
# ---------------------------------------------------------------------------------------------

CIMAHI = "cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran.pdf"

_CIMAHI_HEADING = ("BADAN PENGELOLA KEUANGAN", "DAN ASET DAERAH", "KOTA CIMAHI")
_CIMAHI_ROLES = ("Kaban", "Kabid", "Kasubid", "Staf")
_DH_1 = "Undang-Undang No 17 Tahun 2003 tentang Keuangan Negara"
_DH_2 = "Undang-undang No 1 Tahun 2004 tentang Perbendaharaan Negara"
_DH_3 = "Undang-undang No 25 Tahun 2004 tentang sistem Perencanaan Pembangunan Nasional"
_DH_4 = "Peraturan Pemerintah Nomor 58 tahun 2005 tentang Pengelolaan Keuangan Daerah"
_DH_6 = ("Peraturan Walikota Cimahi Nomor 28 Tahun 2015 tentang Uraian Tugas Pokok Fungsi dan Tata Kerja "
         "Badan Pengelola Keuangan dan Aset Daaerah Kota Cimahi")
_ALAT = ["Alat Tulis Kantor", "Komputer", "Internet", "Alat Komunikasi"]


def _cimahi_identity(nama_sop, **fields):
    base = {
        "instansi": "Badan Pengelola Keuangan dan Aset Daerah Kota Cimahi",
        "heading": _CIMAHI_HEADING,
        "unit": None,          # no bidang line in the heading (the file name says Bid. Perencanaan Anggaran)
        "nomor_sop": "",       # every date/number value cell of the five SOPs is blank
        "tanggal_pembuatan": "",
        "tanggal_revisi": "",
        "tanggal_efektif": "",
        "disahkan_oleh": "Kepala Badan Pengelola Keuangan dan Aset Daerah Kota Cimahi",  # no name, NIP or signature
        "nama_sop": nama_sop,
        "kualifikasi_pelaksana": ["Ka. Sub. Bid. Perencanaan Anggaran"],
        "keterkaitan": ["SOP Sekretariat Badan", "SOP Bidang Perencanaan Anggaran dan Aset"],
        "peralatan_perlengkapan": _ALAT,
        "pencatatan_pendataan": ["Disimpan sebagai data elektronik dan manual"],
    }
    return {**base, **fields}


_DRAFT_BUKU = "Draft Buku Rancangan APBD/Buku Rancangan Perubahan APBD"
_BUKU = "Buku Rancangan APBD/Buku Rancangan Perubahan APBD"
_LEMBAR = "-Lembar Asistensi -RKA yang telah diverifikasi"
_PERWAL = "Draft Perwal SSH dan lampirannya"

CIMAHI_SOPS: tuple[Sop, ...] = (
    Sop((1, 2), _cimahi_identity(
        "Pembuatan Surat Edaran Asistensi RKA SKPD Terpusat",
        dasar_hukum=[_DH_1, _DH_2, _DH_3, _DH_4,
                     "Permendagri No 21 Tahun 2011 tentang tentang Perubahan Permendagri 59 Tahun 2011 tentang "
                     "Pedoman Pengelolaan Keuangan Daerah",
                     _DH_6],
        peringatan=["Apabila Pelaksanaan verifikasi Rencana Kerja Anggaran Satuan Kerja Perangkat Daerah "
                    "(RKA-SKPD)terlambat dilaksanakan maka penyusunan dokumen pelaksanaan anggaran SKPD akan "
                    "tertunda"]),
        (Procedure(None, _CIMAHI_ROLES, (
            S("1.", "Kaban memerintahkan kabid perencanaan anggaran dan aset untuk melaksanakan asistensi rka skpd "
                    "secara terpusat", "T1 P1", "Disposisi", "5 menit", "Tanda terima", page=1),
            # the off-page connector sits at the bottom of the row under Kasubid
            S("2.", "Kepala Bidang Perencanaan Anggaran dan Aset memerintahkan kepada kepala sub bid anggaran untuk "
                    "menyusun surat beserta jadwal asistensi rka terpusat", "P2 O3",
              "- Disposisi", "2 jam", "RKA yang telah diverifikasi", page=1),  # "diverifika|si" broken in the cell
            S("3.", "Kepala Sub Bid Anggaran mengonsep surat beserta jadwal dan menyerahkan kembali kepada kepala "
                    "bidang anggaran", "O3 P3 W3", "Draft Surat dan Jadwal", "3 minggu", "Tanda terima", page=2),
            S("4.", "Kepala Bidang Anggaran mengkoreksi jadwal asistensi, apabila setuju maka diparaf dan diteruskan "
                    "kepada kepala Badan, apabila tidak maka dikembalikan kepada kepala subid anggaran untuk "
                    "dikoreksi", "P2 D2", "Draft Surat dan Jadwal", "2 minggu", "Tanda Terima", page=2),
            S("5.", "Kepala Badan menandatangani surat dan diserahkan kepada kepala su bid anggaran untuk "
                    "didokumentasikan", "P1", page=2),
            S("6.", "Kepala Sub Anggaran memerintahkan staff untuk mendokuemntasikan dan mendistribusikan surat "
                    "tersebut", "P3", page=2),
            S("7.", "Staff mendokementasikan dan mendistribusikan surat", "P4 T4", page=2),
        )),)),
    Sop((3, 4), _cimahi_identity(
        "Pelaksanaan Asistensi RKA Terpusat",
        dasar_hukum=[_DH_1, _DH_2,
                     "Undang-undang No 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional",
                     _DH_4,
                     "Permendagri No 21 Tahun 2011 tentang tentang Perubahan KeduaatasPermendagri 13 Tahun 2006 "
                     "tentang Pedoman Pengelolaan Keuangan Daerah",
                     _DH_6.replace("Daaerah", "Daerah")],
        peringatan=["Apabila Pelaksanaan verifikasi Dokumen Pelaksanaan Anggaran Satuan Kerja Perangkat Daerah "
                    "(DPA-SKPD) danDokumen Pelaksanaan Perubahan Anggaran Satuan Kerja Perangkat Daerah "
                    "(DPPA-SKPD)terlambat dibuat maka pelaksanaan kegiatan SKPD akan tertunda"]),
        (Procedure(None, _CIMAHI_ROLES, (
            S("1.", "Kepala Badan memerintahkan Kepala Bidang untuk pelaksanaan asistensi rka", "T1 P1",
              "DIsposisi", "5 menit", "Tanda Terima", page=3),
            S("2", "Kepala Bidang memerintahkan Kepala Sub Bidang untuk melaksanakan pembagian tugas dalam "
                   "melakukan asistensi rka", "P2", page=3),
            # the four "-" bullets are half hidden under the cell's left border
            S("3.", "Kepala Sub Bidang Anggaran memerintahkan staff untuk melakukan asistensi rka sesuai dengan "
                    "bina wilayahnya berdasarkan peraturan yang berlaku", "P3 O3",
              "- Surat Tugas - RKA SKPD - KUA-PPAS - APBD", "2 jam", "DPA yang telah diverifikasi", page=3),
            # page 4 repeats no header row: the table goes on with row 4 at the top of the page
            S("4", "Staff melakukan verifikasi rka melalui lembar asistensi dan selanjutnya diberi tanda paraf "
                   "untuk diteruskan kepada kepala sub bidang anggara", "O4 P4 W4",
              _LEMBAR, "3 minggu", "Draft Penjabaran APBD", page=4),  # "Penjabara|n" broken in the cell
            S("5", "Kepala Sub Bid anggaran melakukan verifikasi atas RKA yang diajukan oleh SKPD setelah melalui "
                   "proses asistensi staff, lalu menyampaikannya kepada kepala bidang anggaran untuk diteliti "
                   "lebih lanjut", "P3", _LEMBAR, page=4),
            S("6", "Kepala Bidang anggaran menandatangani lembar asistensi rka skpd dan memerintahkan kepada skpd "
                   "untuk segera mengupdate data ke dalam aplikasi", "P2 T2", _LEMBAR, page=4),
        )),)),
    Sop((5, 6), _cimahi_identity(
        "Pelaksanaan penyiapan bahan nota keuangan rancangan APBD dan rancangan perubahan APBD",
        dasar_hukum=[_DH_1, _DH_2, _DH_3, _DH_4,
                     "Permendagri No 21 Tahun 2011 tentang tentang Perubahan KeduaatasPermendagri No 13 Tahun 2006 "
                     "tentang Pedoman Pengelolaan Keuangan Daerah",
                     _DH_6],
        keterkaitan=["SOP Sekretariat Badan", "SOP Bidang Perencanaa Anggaran dan Aset"],
        peringatan=["Apabila Laporan Pelaksanaan penyiapan bahan nota keuangan rancangan APBD dan rancangan "
                    "perubahan APBD terlambat dibuat maka pelaksanaan perencanaan berikutnya akan tertunda"]),
        (Procedure(None, _CIMAHI_ROLES, (
            S(None, "Kaban memerintahkan untuk pembuatan pengajuan nota keuangan", "T1 P1", page=5),
            S("1.", "Staf bagian perencanaan anggaran mengumpulan bahan dari R-APBD", "P4",
              "RKA SKPD, Permendagri Pengelolaan Keuangan", "3 minggu",
              "Bahan penyusun annota keuangan dan RKA semua SKPD terkumpul", page=5),  # "terkump|ul"
            S("2.", "Staf bagian perencanaan anggaran menyusun Draft Nota Keuangan dan menyerahkannya ke Kasubid",
              "P3 O3", "Rekapitulasi RKA semua SKPD", "2 jam", "Draft Nota Keuangan", page=5),  # "Keuanga|n"
            S("3.", "Kasubid menyerahkan Pengajuan draft Nota Keuangan kepada Kabid", "P2 O3 W3",
              "Draft Nota Keuangan", "1 jam", "Draft Nota Keuangan yang telah disetujui Kepala Badan", page=6),
            S("4.", "Kabid mengajukan Persetujuan Nota Keuangan kepada Walikota", "P1 T1",
              "Draft Nota Keuangan yang telah disetujui Kepala Badan", "15 menit", "Nota Keuangan", page=6),
        )),)),
    Sop((7, 8), _cimahi_identity(
        "Pelaksanaan penyusunan rancangan APBD dan rancangan Perubahan Anggaran",
        dasar_hukum=[_DH_1, _DH_2, _DH_3, _DH_4,
                     "Permendagri No 21 Tahun 2011 tentang tentang Perubahan KeduaAtasPermendagri 13 Tahun 2006 "
                     "tentang Pedoman Pengelolaan Keuangan Daerah",
                     _DH_6],
        peralatan_perlengkapan=["Alat Tulis Kantor", "Komputer", "Internet", "Alat Transportasi"],
        peringatan=["Apabila Pelaksanaan penyusunan rancangan APBD dan rancangan perubahan anggaran terlambat "
                    "dibuat maka pelaksanaan APBD akan tertunda"]),
        (Procedure(None, _CIMAHI_ROLES, (
            S(None, "Kaban memerintahkan untuk melaksanaan penyusunan rancangan APBD dan rancangan Perubahan "
                    "Anggaran", "T1 P1", page=7),
            S("1.", "Staf Bagian Perencanaan anggaran mengentry data RKA, mencetak draft RKA dan menyerahkan "
                    "kepada Kasubid", "P4", "RKA", "3 minggu", _DRAFT_BUKU, page=7),
            S("2.", "Kasubid Memeriksa draft APBD dan Penjabaran APBD, jika tidak setuju mengembalikan kepada "
                    "staf untuk diperbaiki, jika setuju menyerahkan kepada Kabid", "P3 D3 O3",
              _DRAFT_BUKU, "3 hari", _DRAFT_BUKU, page=7),
            S("3.", "Kabid memeriksa draft APBD dan Penjabaran APBD, jika tidak setuju mengembalikan kepada "
                    "Kasubid untuk diperbaiki, jika setuju menyerahkan kepada Kaban", "P2 D2 O3",
              _DRAFT_BUKU, "1 jam", _DRAFT_BUKU, page=8),
            S("4.", "Kaban menerima draft APBD dan Penjabaran APBD jika tidak setuju mengembalikan kepada Kabid, "
                    "jika setuju mengirim Draft Buku Rancangan APBD/Buku Rancangan Perubahan APBD", "P1 D1",
              _DRAFT_BUKU, "15 menit", _DRAFT_BUKU, page=8),
            S("5.", "Kaban membahas Buku Rancangan APBD/Buku Rancangan Perubahan APBD dengan Tim Anggaran "
                    "Pemerintah Kota Cimahi, Badan Anggaran DPRD, apabila disetujui dilanjutkan ke Walikota dan "
                    "Pimpinan DPRD kemudian menyerahkan kepada Kabid untuk dikirim ke Propinsi", "P1 W1",
              _DRAFT_BUKU, "1 bulan", _DRAFT_BUKU, page=8),
            S("6.", "Kabid menerima Buku Rancangan APBD/Buku Rancangan Perubahan APBD yang telah disetujui Walikota "
                    "dan Pimpinan DPRD kemudian menyerahkan kepada Kasubid", "P2",
              _DRAFT_BUKU, "15 menit", _BUKU, page=8),
            S("7.", "Kasubid menerima Buku Rancangan APBD/Buku Rancangan Perubahan APBD yang telah disetujui "
                    "Walikota dan Pimpinan DPRD kemudian mengirimkannya ke Propinsi bersama staf", "P3 W4 T4",
              _BUKU, "1 hari", "Tanda terima dari Propinsi", page=8),
        )),)),
    Sop((9, 11), _cimahi_identity(
        "Penyusunan Standar Satuan Harga (SSH)",
        dasar_hukum=[_DH_1, _DH_2, _DH_3, _DH_4,
                     "Permendagri No 21 Tahun 2011 tentang tentang Perubahan Kedua Atas Permendagri 13 Tahun 2006 "
                     "tentang Pedoman Pengelolaan Keuangan Daerah",
                     _DH_6],
        kualifikasi_pelaksana=["Ka. Sub. Bid. Penyusunan Aset"],
        keterkaitan=["SOP Sekretariat Badan", "SOP Bidang Anggaran"],
        peralatan_perlengkapan=["Alat Tulis Kantor", "Komputer"],
        peringatan=["Apabila Standar Satuan Harga Tahun 2016 terlambat disusun maka SKPD mengalami kesulitan "
                    "dalam menyusun RKA SKPD Tahun Anggaran 2016"],
        pencatatan_pendataan=["Disimpan masing-masing SKPD sebagai dokumen untuk penyusunan RKA SKPD Tahun "
                              "Anggaran 2016 dan sebagai bahan bukti jika diperlukan (Pemeriksaan BPK dan "
                              "Inspektorat atau keperluan lain untuk kepentingan dinas sesuai ketentuan peraturan "
                              "perundang-undangan)"]),
        (Procedure(None, _CIMAHI_ROLES, (
            S("1", "Kaban memerintahkan kepada kasubid untuk membuat konsep surat edaran Kepala BPKAD", "T1 P1",
              "-", page=9),
            S("2", "Kasubid memerintahkan kepada staf untuk membuat konsep surat edaran Kepala BPKAD kepada semua "
                   "Kepala SKPD untuk mengusulkan SSH", "P3 W3 P4 W4",
              "-Konsep Surat Edaran", "30 menit", "Konsep Surat Edaran siap dikoreksi", page=9),
            S("3", "Kabid melakukan koreksi konsep Surat Edaran Kepala BPKAD kepada semua Kepala SKPD untuk "
                   "mengusulkan SSH, jika setuju memberikan paraf dan meminta tandatangan Kaban dan jika tidak "
                   "setuju dikembalikan kepada Kasubid untuk diperbaiki", "P2 D2 O2",
              "Konsep Surat Edaran", "5 menit", "Konsep Surat Edaran siap disampaikan Kabid", page=9),
            # page 10: the incoming off-page connector is drawn under Kabid, the step's symbols under Kaban
            S("4", "Kaban melakukan koreksi konsep Surat Edaran Kepala BPKAD kepada semua Kepala SKPD untuk "
                   "mengusulkan SSH, jika setuju memberikan tandatangan dan jika tidak setuju dikembalikan kepada "
                   "Kabid untuk diperbaiki", "P1 D1 O2",
              "Konsep Surat Edaran siap disampaikan Kabid", "15 menit",
              "Surat Edaran yang sudah ditanda-tangani Kepala BPKAD", page=10),
            # printed "4" a second time; W2 is a stacked multi-document shape
            S("4", "Kabid menerima surat edaran yang telah ditandatangani oleh Kaban dan memerintahkan kepada "
                   "Kasubid untuk menghimpun usulan SSH SKPD serta menyiapkan Rancangan Perwal SSH beserta "
                   "lampirannya sekaligus melakukan diskusi internal tentang konsep Perwal SSH dan lampirannya "
                   "ditingkat Bidang Anggaran", "P2 W2",
              "- Surat Edaran - Usulan SSH SKPD - Draft Rancangan Perwal SSH", "5 hari", "- Tanda terima",
              page=10),
            S("5", "Kasubid melakukan revisi draft Perwal SSH dan lampirannya kemudian diserahkan kepada Kabid untuk "
                   "dikoreksi", "P3", "", "2 hari", "Hasil revisi draft Perwal SBU dan lampirannya", page=10),
            S("6", "Kabid menerima hasil revisi draft Perwal SSH dan lampirannya, jika setuju memberikan paraf dan "
                   "diberikan kepada Kaban untuk memberikan tandatangan dan jika tidak setuju dikembalikan kepada "
                   "Kasubid untuk diperbaiki", "P2 D2",
              _PERWAL, "30 menit", "Koreksi draft Perwal SSH dan lampirannya", page=10),
            S("7", "Kaban menerima dan memeriksa draft Perwal SSH dan lampirannya serta mengadakan rapat tim "
                   "bersama Kabid dan Kasubid yang membidangi (minimal 3 kali)", "P1",
              _PERWAL, "30 menit", "Koreksi draft Perwal SSH dan lampirannya", page=10),
            S("8", "Kabid melakukan revisi (bersama tim) draft Perwal SSH dan lampirannya (hasil rapat dengan tim) "
                   "yang akan diserahkan kepada Kaban", "P2 W2",  # W2: multi-document
              _PERWAL, "5 hari kerja", _PERWAL, page=10),
            S("9", "Kaban menerima draft Perwal SSH dan lampirannya serta mengadakan rapat finalisasi draft Perwal "
                   "SSH dan lampirannya (hasil rapat dengan tim), jika setuju dan tidak ada revisi memberikan "
                   "tandatangan, jika tidak setuju dan ada revisi dikembalikan pada Kabid untuk direvisi",
              "P1 D1 O1", _PERWAL, "2 (dua) kali rapat", _PERWAL, page=10),
            S("10", "Kabid memerintahkan kepada Kasubid untuk menyerahkan draft Perwal SSH dan lampirannya kepada "
                    "Bagian Hukum untuk diproses lebih lanjut", "O1 P2",
              "Surat pengantar", "30 menit", "Tanda terima bukti pengiriman dari Bagian Hukum", page=11),
            # the "-" bullets of steps 11 and 12 are all but hidden under the cells' left borders (a dot shows)
            S("11", "Kasubid menerima Perwal SSH dan lampirannya yang telah di-tandatangani oleh Walikota dan "
                    "memerintahkan staf untuk menggandakan Perwal SSH dan lampirannya sebagai bahan sosialisasi "
                    "Perwal SSH Tahun 2016 dan lampirannya", "P3 W3",  # W3: multi-document
              "- Perwal SSH dan lampirannya", "30 menit", "- Perwal SSH dan lam-pirannya sebanyak 125 buku",
              page=11),
            S("12", "Staf menerima Perwal SSH dan lampirannya yang telah di-tandatangani oleh Walikota untuk "
                    "dilakukan peng-gandaan sebagai bahan sosialisasi Perwal SSH Tahun 2016 dan lampirannya",
              "P4 T4", "- Perwal SSH dan lampirannya - Tempat pertemuan/ rapat", "5 hari",
              "- Terlaksana-nya sosialisasi Perwal SSH Tahun 2016 kepada semua SKPD", page=11),
        )),)),
)

CIMAHI_NOTES = (
    "5 SOPs on pages 1-2, 3-4, 5-6, 7-8, 9-11; each identitas table starts at the top of a page; 39 rows in all "
    "(7, 6, 5, 8, 13).",
    "No row is cut by a page break: every page break falls between two rows, and the row before it ends with an "
    "off-page connector at its bottom while the first row after it starts with one at its top.",
    "The flowchart header (No./Kegiatan/Pelaksana/Mutu Baku/Ket) is repeated on pages 2, 6, 8, 10, 11 but NOT on "
    "page 4: SOP 2's table goes on there with row 4 and no header.",
    "SOPs 3 and 4 open with an unnumbered row (Kaban's instruction, T1 P1) before step 1.",
    "SOP 5 prints step number 4 twice (Kaban's correction, then Kabid receiving the signed letter); 12 is the "
    "last number, 13 rows.",
    "Numbers are '1.' style in SOPs 1, 3, 4 (SOP 2 mixes '1.', '2', '3.', then '4', '5', '6'); SOP 5 prints "
    "bare numbers and its header says 'No' not 'No.'.",
    "'KOTA CIMAHI' (heading) and 'NAMA SOP' share a baseline on every identitas page; the Nama SOP value wraps.",
    "On page 9 the logo's 'CIMAHI' word is clipped by the cell top; the logo is an image (no text).",
    "Justified Dasar Hukum lines print wide gaps ('tentang       sistem       Perencanaan'); no letter-spaced text.",
    "SOP 1's 'Kelengkapan' header is set in a smaller font than the other headers.",
    "The Ket column is empty on every row; no totals row.",
    "Shapes besides T/P/D/O: single documents (W) and stacked multi-documents (SOP 5 steps 4b, 8, 11).",
)


# ---------------------------------------------------------------------------------------------
# 2. Diskominfo Provinsi Kalimantan Barat: two image-only PDFs (no text layer, no fonts).
# ---------------------------------------------------------------------------------------------

KALBAR_SCAN = "kalbar-diskominfo_SOP_Pelanggaran_Perjanjian_Kerja_2023_scan.pdf"
KALBAR_IOS = "kalbar-diskominfo_SOP_Pengumuman_Informasi_Publik_ios.pdf"

_KS_KEL = "Surat Laporan Pengaduan dan lembar disposisi"

KALBAR_SCAN_SOP = Sop((1, 2), {
    "instansi": "Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat",
    "heading": ("PEMERINTAH PROVINSI KALIMANTAN BARAT", "SEKRETARIAT", "DINAS KOMUNIKASI DAN INFORMATIKA",
                "SUB BAGIAN UMUM DAN APARATUR"),
    "unit": "Sub Bagian Umum dan Aparatur",  # of the Sekretariat, whose line is printed ABOVE the dinas name
    "nomor_sop": "103 /SOP/DISKOMINFO/SET/2023.",  # "103" handwritten in the gap before the typed rest
    "tanggal_pembuatan": "9 Agustus 2023.",         # label "Tanggal"; the "9" handwritten
    "tanggal_revisi": "-",
    "tanggal_efektif": "-",                         # the dash sits under the stamp's rim
    "disahkan_oleh": "Plh.KEPALA DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI KALIMANTAN BARAT MARIA WIJAYANTI, "
                     "S.T., M.T. PEMBINA TINGKAT I NIP. 19730105 200212 2 001",
    "nama_sop": "SOP PELANGGARAN OLEH PIHAK YANG MENDAPAT IJIN/PERJANJIAN KERJA.",
    "dasar_hukum": [
        "Undang- Undang Republik Indonesia Nomor 25 Tahun 2009 tentang Pelayana Publik (Lembaran Negara Republik "
        "Indonesia Tahun 2009 Nomor 12, Tambahan Lembaran Negara Republik Indonesia Nomor 5038);",
        "Peraturan Presiden Republik Indonesia Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan "
        "Publik;",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia tentang "
        "Standart Pelayanan Publik (Berita Negara Republik Indonesia Tahun 2016, Nomor 615);",
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia Nomor: 62 "
        "Tahun 2018 tentang Pedoman Sistem Pengaduan Pelayanan Publik Nasional;",
        "Peraturan Pemerintah Nornor 49 Tahun 2018 tentang Manajemen Pegawai Pemerintah Dengan Perjanjian Kerja "
        "(Lembaran Negara Republik Indonesia Tahun 2018 Nornor 224, Tambahan Lembaran Negara Nomor 6264);",
        # item 6 stops mid-sentence on the page
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2019 tentang "
        "Pembinaan Pegawai Pemerintah Dengan Perjanjian Kerja yang Menduduki Jabatan Fungsional (Berita Negara "
        "Republik",
        "Peraturan Gubernur Kalimantan Barat Nomor 124 tahun 2021 tentang Kedudukan, Tugas Dan Fungsi Serta Tata "
        "Kerja Dinas Komunikasi Dan Informatika Provinsi Kalimantan Barat;",
    ],
    "kualifikasi_pelaksana": [
        "Memiliki Kemampuan Teknis Pengawasan",
        "Memiliki Kemampuan Memahami Regulasi Terkait Pengawasan Dan Pengaduan.",
        "Memiliki Komitmen Untuk Mewujudkan Pelayanan Yang Berkualitas, Transparan, Akuntabel.",
        "Petugas Layanan, Kasi, Kabid, Kadis dan Instansi Teknis Terkait.",
    ],
    "keterkaitan": ["SOP Pengawasan Pihak Yang Mendapat Ijin/Perjanjian Kerja."],  # numbered "1" without a dot
    "peralatan_perlengkapan": ["Komputer/Laptop", "Printer", "Alat Tulis Kantor (ATK)",
                               "Lembar Kerja (Formulir Pengaduan), Buku Agenda, Lembar Disposisi."],
    "peringatan": ["Tindak Lanjut Segera Dilaksanakan Sesuai Tahapan Setelah Mendapat Disposisi Dan Persetujuan."],
    "pencatatan_pendataan": ["Dicatat Sebagai Data Manual Dan Elektronik."],
}, (Procedure(
    "SOP PELANGGARAN OLEH PIHAK YANG MENDAPAT IJIN/PERJANJIAN KERJA DI DISKOMINFO PROVINSI KALIMANTAN BARAT",
    ("Pengadu", "Subag Umpeg", "Sekretaris DISKOMINFO", "BKD Prov Kalbar", "Kepala Diskominfo"),
    (
        S("1", "Pengaduan dapat disampaikan secara langsung melalui tatap muka secara langsung.", "T1",
          "Surat Pengaduan, Barang Bukti & Saksi", "", "Surat Laporan Pengaduan", page=2),
        # a box with a trapezoid (wider at the bottom) half behind it, both under Subag Umpeg
        S("2", "Mengajukan pengaduan lewat Subag Umpeg", "P2 M2",
          "Surat Laporan Pengaduan", "1 hari kerja", "Lembar disposisi", page=2),
        S("3", "Pengaduan diterima/ditolak Subag Umpeg", "D2",
          "Lembar Disposisi", "2 hari kerja", "Disposisi arahan", page=2),
        S("4", "Ajuan pengaduan ke Sekretaris DISKOMINFO", "M3", _KS_KEL, "1 hari kerja", "Disposisi arahan", page=2),
        S("5", "Penanganan Pengaduan di BKD Provinsi Kalimantan Barat", "P4 M4", _KS_KEL, "7 hari kerja", "",
          page=2),
        S("6", "Penetapan Sanksi/Pembebasan sanksi kepegawaian", "T5", _KS_KEL, "1 hari kerja", "Disposisi arahan",
          page=2),
    )),))

_KONSEP = "Konsep pengumuman informasi publik"

KALBAR_IOS_SOP = Sop((1, 2), {
    "instansi": "Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat",
    # a table rule runs between the two heading lines
    "heading": ("PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS KOMUNIKASI DAN INFORMATIKA"),
    "unit": None,
    "nomor_sop": "190 /SOP/ DISKOMINFO.IP /2024",  # "190" handwritten
    "tanggal_pembuatan": "5 Agustus 2024",          # handwritten
    "tanggal_revisi": "",
    "tanggal_efektif": "",
    "disahkan_oleh": "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA, SAMUEL, SE, M.Si Pembina Utama Madya NIP. 19660408 "
                     "199303 1 009",
    "nama_sop": "PENGUMUMAN INFORMASI PUBLIK",
    "dasar_hukum": [
        "Undang – Undang No. 14 Tahun 2008 tentang Keterbukaan informasi Publik",
        "Undang – Undang No. 25 Tahun 2009 tentang Pelayanan Publik",
        "Undang – Undang No. 23 Tahun 2014 tentang Pemerintahan Daerah",
        "Peraturan Pemerintah No. 61 tahun 2010 tentang Pelaksanaan UU Nomor 14 tahun 2008 tentang keterbukaan "
        "Informasi Publik",
        "Peraturan Menteri Dalam Negeri No. 3 Tahun 2017 tentang Pedoman Pengelolaan Pelayanan Informasi dan "
        "Dokumentasi Kementerian Dalam Negeri Dan Pemerintahan Daerah",
        "Peraturan Menteri Komunikasi dan Informatika No. 8 Tahun 2019 tentang Penyelenggaraan Urusan "
        "Pemerintahan Konkuren Bidang Komunikasi dan Informatika",
        "Keputusan Gubernur Kalbar No.7/DISKOMINFO/2020 tentang Pembentukan Pengelola Layanan Informasi dan "
        "Dokumentsi di Lingkungan Pemerintah Provinsi Kalimantan Barat.",
        "Peraturan Komisi Informasi No.1 Tahun 2021 tentang Standar Layanan Informasi publik",
    ],
    "kualifikasi_pelaksana": [
        "Memahami Publikasi dan Pendokumentasian, Kearsipan dan Pengelolaan Informasi Publik",
        "Memiliki latar belakang pendidikan yang mendukung kegiatan pengelolaan dan pelayanan Informasi Publik",
        "Memahami dan menguasai teknologi Informasi",
    ],
    "keterkaitan": ["-"],
    # two columns in one cell: 1-3 on the left, 4-6 on the right (reading order by line is 1, 4, 2, 5, 3, 6)
    "peralatan_perlengkapan": ["Komputer/Laptop", "ATK", "Jaringan Internet", "Printer dan scanner", "Media Massa",
                               "Media Sosial"],
    "peringatan": [
        # the first line's last word "terlayani" runs over the cell's right border
        "Bila prosedur ini ada yang terlewati, maka pengumuman informasi publik tidak akan terlayani dengan baik.",
        "Bila prosedur ini tidak berjalan, maka layanan pengumuman informasi publik tidak akan tercapai.",
        "Bila prosedur ini tidak berjalan, maka Image positif PPID Pemprov Kalbar menjadi Negatif.",
    ],
    "pencatatan_pendataan": ["Softcopy dan Hardcopy", "data elektronik dan manual"],  # "Softcopy", "Hardcopy" italic
}, (Procedure(
    "SOP PENGUMUMAN INFORMASI PUBLIK",
    ("Kabid/ Kasubag", "Fungsional/ Pelaksana", "Sekretaris", "Kepala Dinas"),  # the first lines' tops clipped
    (
        S("1", "Menugaskan Fungsional/Pelaksana mempersiapkan konsep pengumuman informasi publik.", "T1",
          "Agenda Kerja dan Disposisi", "15 menit", "Disposisi", page=2),
        S("2", "Menyusun konsep pengumuman informasi publik yang diumumkan secara berkala dan serta merta dan "
               "disampaikan kepada Kasubid", "P2", "Bahan Informasi", "1 hari", _KONSEP, page=2),
        S("3", "Memeriksa konsep pengumuman informasi publik yang diumumkan secara berkala dan serta merta, jika "
               "sudah sesuai di teruskan ke Sekretaris Dinas, jika belum sesuai di kembalikan ke Fungsional/ "
               "Pelaksana", "D1", _KONSEP, "1 jam", _KONSEP, page=2),
        S("4", "Memeriksa konsep pengumuman informasi publik, jika sudah sesuai di teruskan ke Kepala Dinas, jika "
               "belum sesuai dikembalikan ke Kabid/ Kasubbag", "D3", _KONSEP, "1 jam", _KONSEP, page=2),
        S("5", "Memeriksa konsep pengumuman informasi publik , jika sudah sesuai menyetujui untuk diumumkan dan "
               "diteruskan ke Fungsional/Pelaksana untuk diumumkan ke publik, jika belum sesuai dikembalikan ke "
               "Kabid/ Kasubbag untuk diperbaiki.", "D4",
          _KONSEP, "10 menit", "Konsep pengumuman informai publik yang telah disetujui", page=2),
        S("6", "Mengumumkan informasi publik di media online dan offline dan mendokumentasikan", "T2",
          "Pengumuman informasi Publik", "15 menit", "bukti pengumuman di media offline dan online", page=2),
    )),))


class PageImage(NamedTuple):
    """How one page of an image-only PDF is stored and what else is on it besides the SOP.

    Positions are fractions of the page as a reader sees it upright (x from the left, y from
    the top, ``(x0, y0, x1, y1)``), read off the rendered page, about +-0.02."""
    stored: str                 # the image(s) as ``pdfimages -list`` gives them
    rotation: int               # /Rotate of the page: degrees clockwise a viewer turns the stored image
    content_turned: str         # which way the content lies in the stored image
    skew: str                   # remaining tilt when shown upright
    marks: tuple[tuple[str, tuple[float, float, float, float]], ...]  # not symbols, not field text


SCAN_PAGES: dict[str, dict[int, PageImage]] = {
    KALBAR_SCAN: {  # Canon SC1001 / IJ Scan Utility; the pages are 587.52 x 831.12 pt
        1: PageImage(
            "one 2448x3463 grey JPEG, 300 ppi", 270,
            "portrait image, content turned 90 deg clockwise (text runs top to bottom); /Rotate 270 shows it "
            "upright as landscape",
            "about 0.7 deg: the table's top rule drops ~23 px over 2000 px to the right (300 dpi)",
            (("round grey stamp 'PEMERINTAH PROVINSI KALIMANTAN BARAT' / 'DINAS KOMUNIKASI DAN INFORMATIKA' with "
              "the emblem, over the Disahkan oleh label and value cells and the Nama SOP row",
              (0.43, 0.18, 0.53, 0.35)),
             ("black ink signature over 'KALIMANTAN BARAT', 'WIJAYANTI', 'PEMBINA', 'NIP' and into the Nama SOP row",
              (0.56, 0.21, 0.61, 0.35)),
             ("handwritten '103' in the Nomor SOP value", (0.485, 0.11, 0.51, 0.125)),
             ("handwritten '9' in the Tanggal value", (0.48, 0.125, 0.49, 0.14)),
             ("faint scanner specks above the heading box, top left", (0.02, 0.02, 0.06, 0.06)))),
        2: PageImage(
            "one 2448x3463 grey JPEG, 300 ppi", 270,
            "as page 1",
            "about 1.0 deg the other way: the table's top rule rises ~44 px over 2500 px to the right",
            ()),
    },
    KALBAR_IOS: {  # iOS 16.5.1 Quartz PDFContext, a CamScanner capture (flattened, colour)
        1: PageImage(
            "one 2336x1602 colour JPEG at 72 ppi filling the 2336 x 1644 pt page above a 42 pt strip; a second "
            "564x64 JPEG (176 x 20 pt) at the bottom right", 0,
            "landscape, upright",
            "top rule level (78-80 px across); the left border leans ~0.3 deg (7 px over 1200 px): slight keystone",
            (("purple-blue round stamp 'PEMERINTAH PROVINSI' / 'KALIMANTAN BARAT' with the emblem, over the left "
              "part of the Disahkan oleh value and the Nama SOP value", (0.68, 0.16, 0.82, 0.35)),
             ("blue ink signature right of the stamp, above the name 'SAMUEL, SE, M.Si'", (0.80, 0.16, 0.85, 0.22)),
             ("handwritten '190' in the Nomor SOP value", (0.68, 0.05, 0.71, 0.065)),
             ("handwritten '5 Agustus 2024' in the Tanggal Pembuatan value", (0.69, 0.076, 0.80, 0.096)),
             ("'Dipindai dengan CamScanner' badge (the second image)", (0.92, 0.96, 0.995, 0.99)),
             ("show-through of the reverse side: faint mirrored table lines and text in the empty Kualifikasi, "
              "Keterkaitan and lower right areas", (0.45, 0.35, 0.95, 0.95)))),
        2: PageImage(
            "one 2396x1675 colour JPEG at 72 ppi (page 2396 x 1717 pt) and the same 564x64 badge", 0,
            "landscape, upright",
            "the table's top rule bows: 132 px at the left, 153 px a third of the way, 149 px at the right "
            "(page curl); left border leans ~0.3 deg",
            (("'Dipindai dengan CamScanner' badge", (0.92, 0.96, 0.995, 0.99)),
             ("faint show-through of the reverse side around the table", (0.0, 0.0, 1.0, 1.0)))),
    },
}

KALBAR_NOTES = {
    KALBAR_SCAN: (
        "Page 1: identitas only (heading box, Nomor SOP..Nama SOP grid, then the Dasar Hukum / Kualifikasi / "
        "Keterkaitan / Peralatan / Peringatan / Pencatatan grid). Page 2: the flowchart, 6 steps, title above.",
        "No QR code on either page. Labels differ from SOP AP wording: 'Tanggal' (for Tanggal Pembuatan), "
        "'Aktivitas' (for Kegiatan).",
        "Two shapes are neither box nor diamond: a trapezoid wider at the bottom (M), alone in step 4 and behind "
        "a box in steps 2 and 5.",
        "The Mutu Baku cells are top-aligned; the row rules run straight through the whole table.",
        "Dasar Hukum item 6 is cut short on the page ('(Berita Negara Republik'); 'Nornor' twice in item 5.",
    ),
    KALBAR_IOS: (
        "Page 1: identitas; page 2: the flowchart, 6 steps, title 'SOP PENGUMUMAN INFORMASI PUBLIK' above it.",
        "The last line of kegiatan in steps 3, 4 and 5 touches (is partly cut by) the row's bottom rule.",
        "Step numbers are right-aligned in a narrow No column; the Keterangan column is empty.",
        "Role headers 'Kabid/ Kasubag' and 'Fungsional/ Pelaksana' have the top of their first line clipped by "
        "the header cell's top rule (both words still readable).",
        "No QR code on either page.",
    ),
}


# ---------------------------------------------------------------------------------------------
# 3. kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template.docx: a Puskesmas/akreditasi SOP
#    template (UPTD Puskesmas Kunjang, Kabupaten Kediri), 4 A4 pages after LibreOffice's export.
# ---------------------------------------------------------------------------------------------

KEDIRI = "kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template.docx"

KEDIRI_TEMPLATE = {
    "verdict": "a Puskesmas/akreditasi SOP template, not an SOP AP and not a filled-in SOP",
    "format": "puskesmas",
    "pages_as_pdf": 4,
    # page 1 cover: small table Nomor / Revisi Ke / Berlaku Tanggal, the Kabupaten Kediri emblem,
    # "STANDAR OPERASIONAL PROSEDUR {{judul}}", then Diperiksa Oleh (Ketua Tim Managemen Mutu,
    # drg. Putri Emyta Lukitasari, NIP. 19810604 200902 2 004) / Disahkan (Kepala UPTD Puskesmas
    # Kunjang, dr. Durotun Nafisa, NIP. 19750423 200212 2 005)
    "cover": {"Nomor": "", "Revisi Ke": "III", "Berlaku Tanggal": "{{tanggal_penetapan}}"},
    # pages 2-3: the SOP; header box: emblem | {{judul}} over "S O P" (vertical) with No.Dokumen,
    # No.Revisi "III", Tanggal Terbit, Halaman "1-3" | Puskesmas logo; under it "UPTD PUSKESMAS
    # KUNJANG" and the signatory "dr. Durotun Nafisa NIP. 19750423 200212 2 005"
    "header": {"No.Dokumen": "", "No.Revisi": "III", "Tanggal Terbit": "", "Halaman": "1-3"},
    "instansi": "UPTD Puskesmas Kunjang",
    # the numbered section labels of the SOP page (Word auto-numbering: the numbers are not in the XML text)
    "sections": ("Pengertian", "Tujuan", "Kebijakan", "Referensi", "Alat dan Bahan", "Prosedur", "Diagram Alir",
                 "Hal - hal yang Yang harus diperhatikan", "Unit Terkait", "Dokumen Terkait",
                 "Rekaman Historis Perubahan"),
    "section_values": {
        "Pengertian": "{{ai_pengertian}}", "Tujuan": "{{ai_tujuan}}", "Kebijakan": "{{kebijakan}}",
        "Referensi": "{{ai_referensi}}", "Alat dan Bahan": "{{ai_alat_ol_1}}", "Prosedur": "{{ai_prosedur_ol_1}}",
        "Diagram Alir": "{{ai_flowchart}}", "Hal - hal yang Yang harus diperhatikan": "-",
        "Unit Terkait": "Semua Pengelola Program dan Pegawai", "Dokumen Terkait": "{{ai_keterkaitan_ol_1}}",
        # an empty inner table: No | Yang Diubah | Isi Perubahan | Tgl. Mulai diberlakukan
        "Rekaman Historis Perubahan": "",
    },
    # page 4: DAFTAR TILIK with the same header box; Unit / Nama Petugas / Tanggal Pelaksanaan,
    # a table No | Langkah Kegiatan | Ya | Tidak with one row {{ai_langkah_ol_1}}, "Compliance
    # Rate : %", "Kediri,", signature places Auditie / Pelaksana/Auditor
    "daftar_tilik": True,
    # every placeholder, with how often it occurs; each sits whole in one run (13 "{{" in document.xml)
    "placeholders": {
        "{{judul}}": 3, "{{tanggal_penetapan}}": 1, "{{ai_pengertian}}": 1, "{{ai_tujuan}}": 1,
        "{{kebijakan}}": 1, "{{ai_referensi}}": 1, "{{ai_alat_ol_1}}": 1, "{{ai_prosedur_ol_1}}": 1,
        "{{ai_flowchart}}": 1, "{{ai_keterkaitan_ol_1}}": 1, "{{ai_langkah_ol_1}}": 1,
    },
    "jinja_blocks": (),                 # no "{% ... %}" tag anywhere
    "sop_ap_identitas_table": False,    # no Nomor SOP / Tgl Pembuatan / Disahkan oleh / Dasar Hukum grid
    "flowchart_table": False,           # "Diagram Alir" holds only the placeholder {{ai_flowchart}}
    "tables": 7,                        # w:tbl elements, nested ones included
    "drawings": 5,                      # all pictures (the two logos reused), no shapes, groups or canvases
}


# ---------------------------------------------------------------------------------------------
# 4. BPS Bengkulu PDFs whose flowchart is a picture (FPDF 1.84, letter landscape, the identitas
#    on page 1 as vector text; a BSrE e-signature QR code at the bottom left of every page and
#    the footnote "* Dokumen ini telah ditandatangani secara elektronik ..." beside it).
# ---------------------------------------------------------------------------------------------

class PictureFlowchart(NamedTuple):
    pages: tuple[int, ...]          # pages holding the flowchart picture(s)
    how: str                        # how the picture sits on the page
    pelaksana: tuple[str, ...]
    steps: tuple[tuple[str, str, str, str, str], ...]  # (number as printed, kegiatan, symbols, waktu, output)


PICTURES: dict[str, PictureFlowchart] = {
    "general__207": PictureFlowchart(
        (2,),
        "two 1320x415 JPEGs stacked to fill the page; row 6 is cut between them (its top in the first image, "
        "its bottom in the second); headers Aktivitas, 'Persyaratan/ Kelengkapan', Keterangan",
        ("Ketua Tim Stat Produksi", "Anggota Tim Stat Produksi", "BPS Kab/Kota", "Petugas"),
        (
            ("1", "Mendistribusikan sampel BS", "T3 P4", "1 minggu", "Alokasi sampel terdistribusi"),
            ("2", "Melakukan pemutakhiran ruta palawija", "P4", "2 minggu (Des, Apr, Ags)",
             "Daftar ruta palawija hasil pemutakhiran"),
            ("3", "Entri data hasil pemutakhiran dan penarikan sampel", "P3", "2 minggu (Des, Apr, Ags)",
             "Daftar ruta palawija hasil pemutakhiran di program entri"),
            ("4", "Mendistribusikan sampel ruta ke petugas", "W3", "2 minggu (Des, Apr, Ags)",
             "Daftar Sampel didistribusikan"),  # W: multi-document
            ("5", "Menerima sampel ruta petani", "W4", "2 minggu (Des, Apr, Ags)", "Daftar Sampel didistribusikan"),
            ("6", "Menghubungi petani pengusaha lahan sawah dari sampel terpilih untuk membuat janji pelaksanaan "
                  "pengukuran ubinan", "P4", "Sesuai jadwal panen", "Informasi pelaksanaan ubinan"),
            ("7", "Melakukan pengukuran ubinan terhadap plot terpilih dan wawancara terhadap petani", "P4",
             "Sesuai jadwal panen", "Informasi hasil pengukuran dan wawancara"),
            ("8", "Mengisikan data hasil pengukuran ubinan dan wawancara ke dalam kuesioner", "W4",
             "Sesuai jadwal panen", "Dokumen terisi hasil pengukuran dan wawancara"),
            ("9", "Memeriksa dokumen hasil survei", "W4", "Sesuai jadwal panen", "Dokumen yang telah diperiksa"),
            ("10", "Melakukan editing-coding terhadap data hasil survei", "W3", "setiap subround",
             "Dokumen siap entri"),
            ("11", "Mengentri data hasil survei ke dalam program STP-online", "P3", "setiap subround",
             "Data hasil survei terekam pada program"),
            # the end capsule reads "Selesai", the start capsule "Mulai" (blue text)
            ("12", "Melakukan monitoring dan evaluasi pelaksanaan survei", "T1 P2 P3", "setiap subround",
             "Pelaksanaan survei termonitor"),
        )),
    "statistics__201": PictureFlowchart(
        (2,),
        "one 1717x531 JPEG, a screenshot of a Word table: many words carry red wavy spell-check underlines; "
        "headers Aktivitas, 'Persyaratan/ Kelengkapan', Keterangan; capsules read START and STOP",
        ("Kepala BPS Provinsi", "Ketua Tim Statistik Produksi", "Anggota Tim Statistik Produksi", "BPS Kab/Kota",
         "BPS RI"),
        (
            ("1.", "Perencanaan/ Persiapan", "T1 P2 P3 P4", "2 minggu",
             "Identifikasi Jumlah anggaran, Jumlah segmen"),
            ("2.", "Pelaksanaan", "P2 P3 P4", "2 minggu setiap bulan", "Informasi Fase Tumbuh Padi/jagung"),
            ("3", "Evaluasi dan Diseminasi", "T1 P2 P3 P5", "1 bulan setiap subround", "Publikasi"),
        )),
    "statistics__218": PictureFlowchart(
        (1,),
        "one 1257x421 JPEG under the vector identitas on the same (only) page; headers Aktivitas, "
        "'Persyaratan/ Kelengkapan', 'Ket.'; decision labels 'T' and 'Y'",
        ("Ketua Tim Statistik Produksi", "Operator SIMSPH", "PJK Statistik Hortikultura",
         "Anggota Tim Statistik Hortikultura"),
        (
            ("1.", "Penerimaan File SPH-SBS untuk ASEM (80-100%) ATAP (90-100%)", "T1 P2 P3 P4", "1 bulan",
             "File Kab/Kota propinsi untuk SPH-SBS"),
            ("2.", "Pemeriksaan persentase isian File SPH-SBS per propinsi & Gabung Data Indonesia", "P4", "2 bulan",
             "Daftar persentase penerimaan SPH-SBS"),
            ("3.", "Melakukan validasi data untuk rancangan ASEM/ATAP Sayuran per tanaman", "P4", "2 bulan",
             "Data sayuran hasil Validasi sebagai rancangan ASEM/ATAP"),
            ("4.", "Melakukan Tabulasi Data sayuran Indonesia untuk setiap tanaman", "P4", "2 bulan",
             "Rancangan ASEM/ATAP"),
            ("5.", "Penyusunan Laporan ASEM/ATAP Sayuran", "D1 T1 P3 P4", "2 bulan", "Rancangan ASEM/ATAP BPS"),
        )),
    "it__001": PictureFlowchart(
        (2, 3),
        "a vector table with a text layer (header repeated on page 3, each followed by a column-number row "
        "'1 2 3 4 5 6 7 8 9' in italics that is no step); the symbols and arrows of each page are one RGB image "
        "with a soft mask (499x1007 and 504x857 px, 192 ppi) over the Pelaksana columns, which have no vertical "
        "rules between the roles below the header",
        ("Biro Umum/Bagian Umum/Subbag Umum", "Pejabat Pembuat Komitmen (PPK)",
         "Operator/Approver SAKTI Modul Persediaan"),
        (
            ("1", "Membuat matriks/daftar kebutuhan barang persediaan berupa ATK/bahan cetakan/Computer Supplies",
             "T1", "10 hari", "Matriks Kebutuhan Barang"),
            ("2", "Melaksanakan perencanaan pengadaan barang persediaan", "P2", "60 hari",
             "1. Draft Spesifkasi Teknis/KAK 2. HPS/RAB 3. Jadwal 4. RUP"),
            ("3", "Melaksanakan pengadaan barang persediaan", "P2", "Sesuai masa kontrak",
             "1. SPPBJ 2. Kontrak 3. Pelaksanaan Pekerjaan 4. BAST"),
            ("4", "Menerima hasil pekerjaan pengadaan barang persediaan", "P2", "1 hari",
             "Hasil pekerjaan/ barang diterima"),
            ("5", "Menyerahkan BAST Hasil Pekerjaan/Kwitansi/Faktur/Invoice pengadaan barang persediaan/dokumen "
                  "bukti pengadaan lainnya", "P2", "10 menit", "Arsip Salinan BAST/ Kwitansi/Faktur/ Invoice"),
            ("6", "Menerima dan menyimpan barang persediaan yang diperoleh dengan cara pengadaan", "P1", "1 hari",
             "Barang tersimpan"),
            ("7", "Mencatat barang persediaan masuk di Kartu Kendali Barang Persediaan dan Aplikasi SAKTI Modul "
                  "Persediaan", "P1 P3", "2 jam",
             "Data barang pada Kartu Kendali Barang Persediaan dan Aplikasi SAKTI terupdate"),
            ("8", "Mempersiapkan barang persedaan sesuai dengan bon permintaan barang persediaan yang telah "
                  "disetujui", "P1", "15 menit", "Barang sesuai permintaan yang di setujui"),
            ("9", "Menyerahkan barang dan salinan bon permintaan barang yang sudah disetujui pihak terkait sebagai "
                  "bukti serah terima barang", "P1 O1", "10 menit",
             "1. Barang terdistribusi 2. Arsip Bon Permintaan Barang"),
            ("10", "Mencatat barang persediaan keluar pada Kartu Kendali Barang Persediaan dan Aplikasi SAKTI "
                   "Modul Persediaan", "O1 P1 P3", "1 jam",
             "Data barang pada Kartu Kendali Barang Persediaan dan Aplikasi SAKTI terupdate"),
            ("11", "Mencatat seluruh transaksi keluar masuk barang persediaan lainnya", "P3", "2 jam",
             "Data barang pada Kartu Kendali Barang Persediaan dan Aplikasi SAKTI terupdate"),
            ("12", "Melakukan opname fisik pada setiap akhir periode pelaporan", "P1", "1 minggu",
             "Dokumen Bahan Opname Fisik yang sudah terisi stok terakhir gudang"),
            ("13", "Membuat Berita Acara Opname Fisik", "P1", "1 hari", "Berita Acara Opname Fisik"),
            ("14", "Mencatat hasil opname fisik pada Kartu Kendali Barang Persediaan dan Aplikasi SAKTI Modul "
                   "Persediaan", "P1 P3", "1 jam",
             "Data barang pada Kartu Kendali Barang Persediaan dan Aplikasi SAKTI terupdate"),
            ("15", "Melakukan tutup periode pelaporan pada Aplikasi SAKTI Modul Persediaan", "P3", "10 menit",
             "Saldo akhir (periode balance) persediaan per periode"),
            ("16", "Melakukan penyusunan Laporan Persediaan", "P3", "1 hari",
             "Laporan Persediaan yang disertai Berita Acara Opname Fisik"),
            ("17", "Mengarsipkan Laporan Persediaan, Berita Acara Opname Fisik, dan dokumen pendukung keluar masuk "
                   "barang persediaan", "T1", "10 menit",
             "Arsip Laporan Persediaan, Berita Acara Opname Fisik, dan Dokumen Pendukung"),
        )),
}


# ---------------------------------------------------------------------------------------------
# Labels as printed, and what stayed uncertain
# ---------------------------------------------------------------------------------------------

LABELS: dict[str, dict[str, str]] = {
    CIMAHI: {"nomor_sop": "NOMOR SOP", "tanggal_pembuatan": "TGL.PEMBUATAN", "tanggal_revisi": "TGL.REVISI",
             "tanggal_efektif": "TGL.EFEKTIF", "disahkan_oleh": "DISAHKAN OLEH", "nama_sop": "NAMA SOP",
             "dasar_hukum": "DASAR HUKUM :", "kualifikasi_pelaksana": "KUALIFIKASI PELAKSANA :",
             "keterkaitan": "KETERKAITAN:", "peralatan_perlengkapan": "PERALATAN PERLENGKAPAN:",
             "peringatan": "PERINGATAN:", "pencatatan_pendataan": "PENCATATAN DAN PENDATAAN:"},
    KALBAR_SCAN: {"nomor_sop": "Nomor SOP", "tanggal_pembuatan": "Tanggal", "tanggal_revisi": "Tanggal Revisi",
                  "tanggal_efektif": "Tanggal Efektif", "disahkan_oleh": "Disahkan oleh", "nama_sop": "Nama SOP",
                  "dasar_hukum": "Dasar Hukum", "kualifikasi_pelaksana": "KUALIFIKASI PELAKSANA",
                  "keterkaitan": "KETERKAITAN", "peralatan_perlengkapan": "PERALATAN/PERLENGKAPAN",
                  "peringatan": "PERINGATAN", "pencatatan_pendataan": "PENCATATAN DAN PENDATAAN"},
    KALBAR_IOS: {"nomor_sop": "Nomor SOP", "tanggal_pembuatan": "Tanggal Pembuatan",
                 "tanggal_revisi": "Tanggal Revisi", "tanggal_efektif": "Tanggal Efektif",
                 "disahkan_oleh": "Disahkan oleh", "nama_sop": "Nama SOP", "dasar_hukum": "Dasar Hukum",
                 "kualifikasi_pelaksana": "Kualifikasi pelaksana", "keterkaitan": "Keterkaitan",
                 "peralatan_perlengkapan": "Peralatan/perlengkapan", "peringatan": "Peringatan",
                 "pencatatan_pendataan": "Pencatatan dan pendataan"},
}

# (file, where) -> what is uncertain
UNCERTAIN: dict[tuple[str, str], str] = {
    (KALBAR_SCAN, "disahkan_oleh"): "'WIJAYANTI': the J is under the signature's strokes; 'NIP.' the dot too",
    (KALBAR_SCAN, "tanggal_efektif"): "the '-' is under the stamp's rim; a short dash is visible, as in Revisi",
    (KALBAR_SCAN, "unit"): "the heading prints SEKRETARIAT above the dinas and SUB BAGIAN UMUM DAN APARATUR under "
                           "it: 'Sekretariat, Sub Bagian Umum dan Aparatur' is as fair a reading as the sub bagian",
    (KALBAR_SCAN, "nomor_sop"): "the handwritten '103' is clear; the gap before '/SOP' is part of the form",
    (KALBAR_IOS, "nomor_sop"): "handwritten '190': the middle digit is a 9 (closed loop, straight tail), not a 5",
    (KALBAR_IOS, "disahkan_oleh"): "a speck after 'INFORMATIKA,' may be a second comma; the '.' of 'NIP.' is "
                                   "under the stamp",
    (KALBAR_IOS, "dasar_hukum"): "'Undang – Undang': a long dash with spaces, en dash or hyphen cannot be told "
                                 "from a photo; 'Gubernur' in item 7 blurs to 'Gubemur' (rn/m) and is read as "
                                 "Gubernur",
    (CIMAHI, "bullets"): "the '-' before Mutu Baku items in SOP 2 step 3 and SOP 5 steps 11-12 is clipped by the "
                         "cell's left border (half a dash, or a dot); the text layer holds them",
}

FILES = {
    CIMAHI: (WILD, 11), KALBAR_SCAN: (WILD, 2), KALBAR_IOS: (WILD, 2), KEDIRI: (WILD, None),
    **{prefix: (BPS, None) for prefix in PICTURES},
}  # file name (or BPS prefix) -> (folder under ../shared/real, page count when recorded)


def step_number(raw: str | None) -> int | None:
    """The integer of a printed step number ("1." -> 1, "12" -> 12, None -> None)."""
    if raw is None:
        return None
    digits = raw.rstrip(".")
    return int(digits) if digits.isdigit() else None


def symbols_of(code: str, pelaksana: tuple[str, ...]) -> list[tuple[str, str]]:
    """``[(role header, kind)]`` for a ``"T1 P3"`` code, kinds from :data:`WILD_SHAPE_CODES`."""
    return [(pelaksana[int(mark[1:]) - 1], WILD_SHAPE_CODES[mark[0]]) for mark in code.split()]


ALL_SOPS: dict[str, tuple[Sop, ...]] = {
    CIMAHI: CIMAHI_SOPS,
    KALBAR_SCAN: (KALBAR_SCAN_SOP,),
    KALBAR_IOS: (KALBAR_IOS_SOP,),
}
