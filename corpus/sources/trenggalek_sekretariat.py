"""Seed 003_f0c6fe0a23cf2e46 (Dinas Kependudukan dan Pencatatan Sipil Kabupaten Trenggalek).

Identitas as a label ":" value table (no Nama SOP: a real defect), the Dasar Hukum /
Kualifikasi table, the "LEMBAR PENGESAHAN SOP" section, then six procedures, each a title
paragraph "SOP PENYUSUNAN ...", a paragraph with the number "01/SOP/DKPS/SKRT/X/2016" (the
same number on all six: a real defect) and its flowchart table. The RENSTRA, RENJA and RKA
tables have five role columns and a trailing unlabelled empty column, as the seed's cell
counts show. Symbols: group shapes (``wpg:wgp`` in ``wp:anchor``) -- each step's symbol
grouped with its outgoing arrow, the "Mengoreksi" decisions also with "Ya"/"Tidak" labels
(text boxes with no fill and no outline). Defects kept: RENSTRA step 6, RENJA step 5 and RKA
step 5 shifted one column right (Waktu holds "Draft ...", Output the duration, Keterangan
the output), RENSTRA step 1 without kelengkapan, LAKIP step 5 analysing all data in
"5 Menit", LAKIP step 6 needing "Draft LAKIP" after step 5 output "Format ...",
"Mengoreks ikonsep", "Mengandakan".
"""

from ._common import F4_LANDSCAPE, page

# Flowchart rows copied from the seed, one row per line, cells separated by " | "
# (header rows are rebuilt by the builder; "# " lines are procedure titles).
ROWS = """
# SOP PENYUSUNAN LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAHAN (LAKIP)
1 | Memerintahkan penyusunan LAKIP |  |  |  |  | Disposisi Surat | 5 Menit | Disposisi Surat | 
2 | Membuat format pengumpulan data dan informasi kinerja dari masing-masing bidang dan sekretariat |  |  |  |  | Format Penyusunan LAKIP | 1 jam | Format Penyusunan LAKIP | 
3 | Menyampaikan format pengumpulan data dan informasi kinerja kepada masing-masing bidang dan sekretariat |  |  |  |  | Format Penyusunan LAKIP | 30 Menit | Format Penyusunan LAKIP | 
4 | Menghimpun format data dan informasi kinerja dari masing-masing bidang dan sekretariat. |  |  |  |  | Format Penyusunan LAKIP | 1 jam | Format Penyusunan LAKIP | 
5 | Menganalisis dan mengevaluasi data dan informasi kinerja yang telah terkumpul |  |  |  |  | Format Penyusunan LAKIP | 5 Menit | Format Penyusunan LAKIP | 
6 | Membuat dokumen LAKIP |  |  |  |  | Draft LAKIP | 1 jam | Draft LAKIP | 
7 | Mengoreksi Dokumen LAKIP |  |  |  |  | Dokumen LAKIP | 2 jam | Dokumen LAKIP | 
8 | Menyampaikan Dokumen LAKIP kepada Kepala Dinas untuk memintakan persetujuan |  |  |  |  | Dokumen LAKIP | 3 jam | Dokumen LAKIP | 
9 | Menandatangani dokumen LAKIP |  |  |  |  | Dokumen LAKIP | 5 Menit | Disposisi persetujuan dokumen LAKIP | 
10 | Membuat surat pengantar pengiriman sekaligus penomoran surat |  |  |  |  | Konsep surat pengantar | 10 Menit | Surat pengantar | 
11 | Menggandakan Dokumen LAKIP |  |  |  |  | Dokumen LAKIP | 30 Menit | Dokumen LAKIP | 
12 | Mengirimkan dokumen LAKIP ke BAPPEDA dan pengarsipan |  |  |  |  | Dokumen LAKIP | 10 Menit | Dokumen LAKIP | 
# SOP PENYUSUNAN RENCANA STRATEGIS (RENSTRA)
1 | Membentuk Tim Penyusun Renstra |  |  |  |  |  |  | 5 Menit | Disposisi Surat |  | 
2 | Memerintahkan penyusunan Renstra |  |  |  |  |  | Disposisi Surat | 5 Menit | Disposisi Surat |  | 
3 | Membuat format pengumpulan data dan informasi rencana strategi lima tahunan dari masing masing bidang dan sekretariat |  |  |  |  |  | Format Penyusunan RENSTRA | 1 jam | Format Penyusunan RENSTRA |  | 
4 | Menyampaikan format pengumpulan data dan informasi renstra lima tahunan kepada masing masing bidang dan sekretariat |  |  |  |  |  | Format Penyusunan RENSTRA | 15 Menit | Format Penyusunan RENSTRA |  | 
5 | Mengundang Tim untuk rapat pembahasan renstra lima tahunan |  |  |  |  |  | Undangan Rapat | 10 Menit | Undangan Rapat |  | 
6 | Melaksanakan Rapat pembahasan rencana strategi lima tahunan |  |  |  |  |  |  | Draft RENSTRA | 2 jam | Draft RENSTRA | 
7 | Menghimpun format data dan informasi renstra lima tahunan dari masing-masing bidang dan sekretariat |  |  |  |  |  | Draft RENSTRA | 2 jam | Draft RENSTRA |  | 
8 | Menganalisis data dan informasi renstra yang telah terkumpul |  |  |  |  |  | Draft RENSTRA | 1 hari | Draft RENSTRA |  | 
9 | Membuat konsep rencana strategi lima tahunan |  |  |  |  |  | Draft RENSTRA | 1 hari | Draft RENSTRA |  | 
10 | Mengoreksi konsep Dokumen rencana strategi lima tahunan |  |  |  |  |  | Draft RENSTRA | 1 jam | Dokumen RENSTRA |  | 
11 | Menyampaikan Dokumen rencana strategi lima tahunan kepada Kepala Dinas untuk memintakan persetujuan |  |  |  |  |  | Dokumen RENSTRA | 10 menit | Dokumen RENSTRA |  | 
12 | Menandatangani dokumen rencana strategi lima tahunan oleh Kepala Dinas |  |  |  |  |  | Dokumen RENSTRA | 5 menit | Disposisi Persetujuan Dokumen RENSTRA |  | 
13 | Membuat surat pengantar pengiriman sekaligus penomoran surat |  |  |  |  |  | Konsep Surat Pengantar | 10 menit | Surat Pengantar |  | 
14 | Menggandakan Dokumen rencana strategi lima tahunan |  |  |  |  |  | Dokumen RENSTRA | 30 menit | Dokumen RENSTRA |  | 
15 | Mengirimkan dokumen rencana strategi lima tahunan ke BAPPEDA dan pengarsipan |  |  |  |  |  | Dokumen RENSTRA | 10 menit | Dokumen RENSTRA |  | 
# SOP PENYUSUNAN RENCANA KERJA (RENJA)
1 | Memerintahkan penyusunan Rencana Kerja (RENJA) |  |  |  |  |  | Disposisi Surat | 5 Menit | Disposisi Surat |  | 
2 | Membuat format pengumpulan data dan informasi rencana kerja tahunan dari masing masing bidang dan sekretariat |  |  |  |  |  | Format Penyusunan Rencana Kerja (RENJA) | 1 jam | Format Penyusunan Rencana Kerja (RENJA) |  | 
3 | Menyampaikan format pengumpulan data dan informasi Rencana Kerja (RENJA) tahunan kepada masing masing bidang dan sekretariat |  |  |  |  |  | Format Penyusunan Rencana Kerja (RENJA) | 15 Menit | Format Penyusunan Rencana Kerja (RENJA) |  | 
4 | Mengundang Kepala Dinas dan pejabat eselon III untuk rapat pembahasan Rencana Kerja (RENJA) tahunan |  |  |  |  |  | Undangan Rapat | 10 Menit | Undangan Rapat |  | 
5 | Melaksanakan Rapat pembahasan rencana kerja tahunan |  |  |  |  |  |  | Draft Rencana Kerja (RENJA) | 2 jam | Draft Rencana Kerja (RENJA) | 
6 | Menghimpun format data dan informasi Rencana Kerja (RENJA) tahunan dari masing-masing bidang dan sekretariat |  |  |  |  |  | Draft Rencana Kerja (RENJA) | 2 jam | Draft Rencana Kerja (RENJA) |  | 
7 | Menganalisis data dan informasi Rencana Kerja (RENJA) yang telah terkumpul |  |  |  |  |  | Draft Rencana Kerja (RENJA) | 1 hari | Draft Rencana Kerja (RENJA) |  | 
8 | Membuat konsep rencana kerja tahunan |  |  |  |  |  | Draft Rencana Kerja (RENJA) | 1 hari | Draft Rencana Kerja (RENJA) |  | 
9 | Mengoreks ikonsep Dokumen rencana kerja tahunan |  |  |  |  |  | Draft Rencana Kerja (RENJA) | 1 jam | Dokumen Rencana Kerja (RENJA) |  | 
10 | Menyampaikan Dokumen rencana kerja tahunan kepada Kepala Dinas untuk memintakan persetujuan |  |  |  |  |  | Dokumen Rencana Kerja (RENJA) | 10 menit | Dokumen Rencana Kerja (RENJA) |  | 
11 | Menandatangani dokumen rencana kerja tahunan oleh Kepala Dinas |  |  |  |  |  | Dokumen Rencana Kerja (RENJA) | 5 menit | Disposisi Persetujuan Dokumen Rencana Kerja (RENJA) |  | 
12 | Membuat surat pengantar pengiriman sekaligus penomoran surat |  |  |  |  |  | Konsep Surat Pengantar | 10 menit | Surat Pengantar |  | 
13 | Mengandakan Dokumen rencana kerja tahunan |  |  |  |  |  | Dokumen Rencana Kerja (RENJA) | 30 menit | Dokumen Rencana Kerja (RENJA) |  | 
14 | Mengirimkan dokumen rencana kerja tahunan ke BAPPEDA dan pengarsipan |  |  |  |  |  | Dokumen Rencana Kerja (RENJA) | 10 menit | Dokumen Rencana Kerja (RENJA) |  | 
# SOP PENYUSUNAN RENCANA KERJA ANGGARAN (RKA)
1 | Memerintahkan penyusunan Rencana Kerja Anggaran (RKA) |  |  |  |  |  | Disposisi Surat | 5 Menit | Disposisi Surat |  | 
2 | Membuat format pengumpulan data dan informasi Rencana Kerja Anggaran (RKA) dari masing masing bidang dan sekretariat |  |  |  |  |  | Format Penyusunan Rencana Kerja Anggaran (RKA) | 1 jam | Format Penyusunan Rencana Kerja Anggaran (RKA) |  | 
3 | Menyampaikan format pengumpulan data dan informasi Rencana Kerja Anggaran (RKA) kepada masing masing bidang dan sekretariat |  |  |  |  |  | Format Penyusunan Rencana Kerja Anggaran (RKA) | 15 Menit | Format Penyusunan Rencana Kerja Anggaran (RKA) |  | 
4 | Mengundang Kepala Dinas dan pejabat eselon III untuk rapat pembahasan Rencana Kerja Anggaran (RKA) |  |  |  |  |  | Undangan Rapat | 10 Menit | Undangan Rapat |  | 
5 | Melaksanakan Rapat pembahasan Rencana Kerja Anggaran (RKA) |  |  |  |  |  |  | Draft Rencana Kerja Anggaran (RKA) | 2 jam | Draft Rencana Kerja Anggaran (RKA) | 
6 | Menghimpun format data dan informasi Rencana Kerja Anggaran (RKA) dari masing-masing bidang dan sekretariat |  |  |  |  |  | Draft Rencana Kerja Anggaran (RKA) dari masing masing bidang dan sekretariat | 2 jam | Draft Rencana Kerja Anggaran (RKA) dari masing masing bidang dan sekretariat |  | 
7 | Membuat konsep Rencana Kerja Anggaran (RKA) |  |  |  |  |  | Draft Rencana Kerja Anggaran (RKA) | 1 hari | Draft Rencana Kerja Anggaran (RKA) |  | 
8 | Mengoreksi konsep Dokumen Rencana Kerja Anggaran (RKA) |  |  |  |  |  | Draft Rencana Kerja Anggaran (RKA) | 1 jam | Dokumen Rencana Kerja Anggaran (RKA) |  | 
9 | Menyampaikan Dokumen Rencana Kerja Anggaran (RKA) kepada Kepala Dinas untuk memintakan persetujuan |  |  |  |  |  | Dokumen Rencana Kerja Anggaran (RKA) | 10 menit | Dokumen Rencana Kerja Anggaran (RKA) |  | 
10 | Menandatangani dokumen Rencana Kerja Anggaran (RKA) oleh Kepala Dinas |  |  |  |  |  | Dokumen Rencana Kerja Anggaran (RKA) | 5 menit | Disposisi Persetujuan Dokumen Rencana Kerja Anggaran (RKA) |  | 
11 | Membuat surat pengantar pengiriman sekaligus penomoran surat |  |  |  |  |  | Konsep Surat Pengantar | 10 menit | Surat Pengantar |  | 
12 | Menggandakan Dokumen Rencana Kerja Anggaran (RKA) |  |  |  |  |  | Dokumen Rencana Kerja Anggaran (RKA) | 30 menit | Dokumen Rencana Kerja Anggaran (RKA) |  | 
13 | Mengirimkan dokumen Rencana Kerja Anggaran (RKA) ke BAPPEDA , BAKEUDA (Badan Keuangan Daerah) dan pengarsipan |  |  |  |  |  | Dokumen Rencana Kerja Anggaran (RKA) | 10 menit | Dokumen Rencana Kerja Anggaran (RKA) |  | 
# SOP PENYUSUNAN LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH (LPPD)
1 | Memerintahkan penyusunan Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) |  |  |  |  | Disposisi Surat | 5 Menit | Disposisi Surat | 
2 | Membuat format pengumpulan data dan informasi Penyelenggaraan Pemerintahan Daerah (LPPD) dari masing-masing bidang dan sekretariat |  |  |  |  | Format Penyusunan Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 1 jam | Format Penyusunan Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 
3 | Menyampaikan format pengumpulan data dan informasi Penyelenggaraan Pemerintahan Daerah (LPPD) kepada masing-masing bidang dan sekretariat |  |  |  |  | Format Penyusunan Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 30 Menit | Format Penyusunan Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 
4 | Menghimpun format data dan informasi Penyelenggaraan Pemerintahan Daerah (LPPD) dari masing-masing bidang dan sekretariat. |  |  |  |  | Format Penyusunan Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 1 jam | Format Penyusunan Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 
5 | Menganalisis dan mengevaluasi data dan informasi Penyelenggaraan Pemerintahan Daerah (LPPD) yang telah terkumpul |  |  |  |  | Format Penyusunan Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 5 Menit | Format Penyusunan Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 
6 | Membuat Konsep Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) |  |  |  |  | Draft Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 1 jam | Draft Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 
7 | Mengoreksi Dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) |  |  |  |  | Dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 2 jam | Dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 
8 | Menyampaikan Dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) kepada Kepala Dinas untuk memintakan persetujuan |  |  |  |  | Dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 3 jam | Dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 
9 | Menandatangani dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) |  |  |  |  | Dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 5 Menit | Disposisi persetujuan dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 
10 | Membuat surat pengantar pengiriman sekaligus penomoran surat |  |  |  |  | Konsep surat pengantar | 10 Menit | Surat pengantar | 
11 | Menggandakan Dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) |  |  |  |  | Dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 30 Menit | Dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 
12 | Mengirimkan dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) ke Sekretariat Daerah cq Bagian Pemerintahan dan pengarsipan |  |  |  |  | Dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 10 Menit | Dokumen Laporan Penyelenggaraan Pemerintahan Daerah (LPPD) | 
# SOP PENYUSUNAN LAPORAN STANDAR PELAYANAN MINIMAL (SPM)
1 | Memerintahkan penyusunan Laporan Standar Pelayanan Minimal (SPM) |  |  |  |  | Disposisi Surat | 5 Menit | Disposisi Surat | 
2 | Membuat format pengumpulan data dan informasi Standar Pelayanan Minimal (SPM) dari masing-masing bidang dan sekretariat |  |  |  |  | Format Penyusunan Laporan Standar Pelayanan Minimal (SPM) | 1 jam | Format Penyusunan Laporan Standar Pelayanan Minimal (SPM) | 
3 | Menyampaikan format pengumpulan data dan informasi Standar Pelayanan Minimal (SPM) kepada masing-masing bidang dan sekretariat |  |  |  |  | Format Penyusunan Laporan Standar Pelayanan Minimal (SPM) | 30 Menit | Format Penyusunan Laporan Standar Pelayanan Minimal (SPM) | 
4 | Menghimpun format data dan informasi Standar Pelayanan Minimal (SPM) dari masing-masing bidang dan sekretariat. |  |  |  |  | Format Penyusunan Laporan Standar Pelayanan Minimal (SPM) | 1 jam | Format Penyusunan Laporan Standar Pelayanan Minimal (SPM) | 
5 | Menganalisis dan mengevaluasi data dan informasi Standar Pelayanan Minimal (SPM) yang telah terkumpul |  |  |  |  | Format Penyusunan Laporan Standar Pelayanan Minimal (SPM) | 5 Menit | Format Penyusunan Laporan Standar Pelayanan Minimal (SPM) | 
6 | Membuat Konsep Laporan Standar Pelayanan Minimal (SPM) |  |  |  |  | Draft Laporan Standar Pelayanan Minimal (SPM) | 1 jam | Draft Laporan Standar Pelayanan Minimal (SPM) | 
7 | Mengoreksi Dokumen Laporan Standar Pelayanan Minimal (SPM) |  |  |  |  | Dokumen Laporan Standar Pelayanan Minimal (SPM) | 2 jam | Dokumen Laporan Standar Pelayanan Minimal (SPM) | 
8 | Menyampaikan Dokumen Laporan Standar Pelayanan Minimal (SPM) kepada Kepala Dinas untuk memintakan persetujuan |  |  |  |  | Dokumen Laporan Standar Pelayanan Minimal (SPM) | 3 jam | Dokumen Laporan Standar Pelayanan Minimal (SPM) | 
9 | Menandatangani dokumen Laporan Standar Pelayanan Minimal (SPM) |  |  |  |  | Dokumen Laporan Standar Pelayanan Minimal (SPM) | 5 Menit | Disposisi persetujuan dokumen Laporan Standar Pelayanan Minimal (SPM) | 
10 | Membuat surat pengantar pengiriman sekaligus penomoran surat |  |  |  |  | Konsep surat pengantar | 10 Menit | Surat pengantar | 
11 | Menggandakan Dokumen Laporan Standar Pelayanan Minimal (SPM) |  |  |  |  | Dokumen Laporan Standar Pelayanan Minimal (SPM) | 30 Menit | Dokumen Laporan Standar Pelayanan Minimal (SPM) | 
12 | Mengirimkan dokumen Laporan Standar Pelayanan Minimal (SPM) ke BAPPEDA dan pengarsipan |  |  |  |  | Dokumen Laporan Standar Pelayanan Minimal (SPM) | 10 Menit | Dokumen Laporan Standar Pelayanan Minimal (SPM) | 
"""

NOMOR = "01/SOP/DKPS/SKRT/X/2016"
SD, STF, KSB, KBD, KD = ("Sekretaris Dinas", "Staf Perencanaan & Pelaporan", "Kasubag Perencanaan", "Kabid",
                         "Kepala Dinas")
ROLES4 = [SD, STF, KSB, KD]
ROLES5 = [SD, STF, KSB, KBD, KD]

# Pelaksana decided from the kegiatan's verb (first match wins).
VERB_ROLE = [
    ("Membentuk", KD), ("Memerintahkan", KD), ("Menandatangani", KD),
    ("Membuat format", KSB), ("Membuat surat", KSB), ("Membuat", KSB), ("Menganalisis", KSB),
    ("Mengundang", KSB), ("Melaksanakan Rapat", KBD),
    ("Menyampaikan Dokumen", SD), ("Mengoreks", SD),
    ("Menyampaikan format", STF), ("Menghimpun", STF), ("Menggandakan", STF), ("Mengandakan", STF),
    ("Mengirimkan", STF),
]


def _role(keg: str, roles: list) -> str:
    for verb, role in VERB_ROLE:
        if keg.startswith(verb) and role in roles:
            return role
    raise ValueError(keg)


def _procedures():
    procs, cur = [], None
    for line in ROWS.strip("\n").split("\n"):
        if line.startswith("# "):
            cur = {"title": line[2:], "rows": []}
            procs.append(cur)
        else:
            cur["rows"].append(line.split(" | "))
    out = []
    for pi, p in enumerate(procs):
        n = len(p["rows"][0])
        roles = ROLES5 if n == 12 else ROLES4
        cols = ["no", "keg"] + ["r:" + r for r in roles] + ["kel", "waktu", "out", "ket"] + (["x"] if n == 12 else [])
        if n == 12:
            widths = [450, 3900, 1300, 1300, 1300, 1300, 1300, 2000, 800, 2000, 800, 300]
        else:
            widths = [450, 4200, 1500, 1500, 1500, 1500, 2300, 900, 2300, 700]
        steps = []
        last = len(p["rows"]) - 1
        for si, cells in enumerate(p["rows"]):
            assert len(cells) == n, (p["title"], cells)
            v = dict(zip(cols, cells))
            keg = v["keg"]
            sym = "terminator" if si in (0, last) else ("decision" if keg.startswith("Mengoreks") else "process")
            steps.append({
                "no": v["no"], "keg": keg, "role": _role(keg, roles), "sym": sym, "enc": "drawingml-group",
                "kel": v["kel"], "waktu": v["waktu"], "out": v["out"], "ket": v["ket"],
                "text": {0: "Mulai", last: "Selesai"}.get(si, ""),
                "arrow_len": 0 if si == last else 240,
                "labels": ["Ya", "Tidak"] if sym == "decision" else [],
                "pos": "margin" if (pi + si) % 3 == 0 else "column",
                "scale": 2 if si % 4 == 1 else 1,
            })
        hdr1 = ([{"text": "No.", "vm": "restart"}, {"text": "Kegiatan", "vm": "restart"},
                 {"text": "Pelaksana", "span": len(roles)}, {"text": "Mutu Baku", "span": 3},
                 {"text": "Keterangan", "vm": "restart"}] + ([{"text": "", "vm": "restart"}] if n == 12 else []))
        hdr2 = ([{"text": "", "vm": "continue"}] * 2 + roles + ["Kelengkapan", "Waktu", "Output"]
                + [{"text": "", "vm": "continue"}] + ([{"text": "", "vm": "continue"}] if n == 12 else []))
        out.append({
            "title": p["title"], "nomor_sop": NOMOR, "pelaksana": roles, "arrows": "group",
            "tables": [{"widths": widths, "cols": cols, "header": [hdr1, hdr2], "repeat_rows": 2, "steps": steps,
                        "ind": 0}],
        })
    return out


PROCS = _procedures()

DASAR_HUKUM = [
    "Undang-Undang Republik Indonesia Nomor 23 Tahun 2006 Tentang Administrasi Kependudukan sebagaimana diubah dengan Undang-Undang Nomor 24 Tahun 2013 Tentang Perubahan Undang-Undang Republik Indonesia Nomor 23 Tahun 2006 Tentang Administrasi Kependudukan;",
    "Undang-Undang Nomor 24 Tahun 2013 Tentang Perubahan Undang-Undang Republik Indonesia Nomor 23 Tahun 2006 Tentang Administrasi Kependudukan;",
    "Peraturan Pemerintah Republik Indonesia Nomor 37 Tahun 2007 Tentang Petunjuk Pelaksanaan Undang-Undang Republik Indonesia Nomor 23 Tahun 2006 Tentang Administrasi Kependudukan;",
    "Peraturan Presiden Republik Indonesia Nomor 26 Tahun 2008 Tentang Persyaratan dan Tatacara Pendaftaran Penduduk Dan Pencatatan Sipil;",
    "Peraturan Presiden Republik Indonesia Nomor 26 Tahun 2009 Tentang Penerapan Kartu Tanda Penduduk Berbasis Nomor Induk Kependudukan Secara Nasional sebagaimana telah diubah beberapa kali, terakhir dengan Peraturan Presiden Nomor 112 Tahun 2013 (Lembaga Negara Republik Indonesia 2013 Nomor 257 Tanggal 27 Desember 2013)",
    "Keputusan Presiden Republik Indonesia Nomor 88 Tahun 2004 Tentang Pengelolaan Informasi Administrasi Kependudukan;",
    "Peraturan Menteri Dalam Negeri Nomor 38 Tahun 2009 Tentang Standar Dan Spesifikasi Perangkat Keras, Perangkat Lunak Dan Blanko Kartu Tanda Penduduk Berbasis Nomor Induk Kependudukan Secara Nasional;",
    "Peraturan Menteri Dalam Negeri Nomor 11 Tahun 2010 Tentang Pedoman Pendataan Dan Penerbitan Dokumen Kependudukan Bagi Penduduk Rentan Administrasi Kependudukan;",
    "Peraturan Menteri Dalam Negeri Nomor 12 Tahun 2010 Tentang Pedoman Pencatatan Perkawinan Dan Pelaporan Akta Yang Diterbitkan Oleh Negara .",
    "Peraturan Menteri Dalam Negeri Nomor 18 Tahun 2010 Tentang Pedoman Pengangkatan Dan Pemberhentian Serta Tugas Pokok Pejabat Pencatatan Sipil Dan Petugas Registrasi;",
    "Peraturan Menteri Dalam Negeri Nomor 19 Tahun 2010 Tentang Formulir Dan Buku Yang Digunakan Dalam Pendaftaran Penduduk Dan Pencatatan Sipil;",
    "Peraturan Menteri Dalam Negeri Nomor 6 Tahun 2011 Tentang Perubahan Atas Peraturan Menteri Dalam Negeri Nomor 38 Tahun 2009 Tentang Standar Dan Spesifikasi Perangkat Keras, Perangkat Lunak Dan Blanko Kartu Tanda Penduduk Berbasis Nomor Induk Kependudukan Secara Nasional;",
    "Peraturan Menteri Dalam Negeri Nomor 9 Tahun 2011 Tentang Pedoman Penerbitan Kartu Tanda Penduduk Berbasis Nomor Induk Kependudukan Secara Nasional;",
    "Peraturan Menteri Dalam Negeri Nomor 25 Tahun 2011 Tentang Pedoman Pengkajian, Pengembangan Dan Pengelolaan Sistem Informasi Administrasi Kependudukan;",
    "Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 19 Tahun 2012 Tentang Pedoman Pendokumentasian Hasil Penduduk Dan Pencatatan Sipil Di Daerah;",
    "Peraturan Menteri Dalam Negeri Republik Nomor 14 Tahun 2015 Tentang Pedoman Pendataan Penduduk Non Permanen;",
    "Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 57 Tahun 2015 Tentang Spesifikasi Blanko Serta Formulasi Kalimat Dalam Register Akta Pengesahan Anak Dan Kutipan Akta Pengesahan Anak;",
    "Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 61 Tahun 2015 Tentang Persyaratan, Ruang Lingkup Dan Tata Cara Pemberian Hak Akses Serta Pemanfaatan Nomor Induk Kependudukan, Data Kependudukan Dan Kartu Tanda Penduduk Elektronik;",
    "Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 74 Tahun 2015 Tentang Tata Cara Perubahan Elemen Data Penduduk Dalam Kartu Tanda Penduduk Elektronik",
    "Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 76 Tahun 2015 Tentang Pengangkatan Dan Pemberhentian Pejabat Pada Unit Kerja Yang Menangani Urusan Administrasi Kependudukan Di Provinsi Dan Kabupaten/Kota;",
    "Peraturan Daerah (PERDA) No. 14 Tahun 2016 - Perubahan Kedua Atas Perda Kabupaten Trenggalek Nomor 4 Tahun 2009 Tentang Administrasi Kependudukan Di Kabupaten Trenggalek",
]
KUALIFIKASI = [
    "Memahami peraturan-peraturan Dinas Kependudukan dan Pencatatan Sipil",
    "Mampu mengoperasikan komputer program Microsoft Office (Ms. Word dan Ms. Excel)",
    "Mampu melayani pemohon kependudukan dan Pencatatan sipil",
    "Pendidikan SMA, Diploma 3, S1/S2",
]
KETERKAITAN = [
    "SOP PENYUSUNAN LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAHAN (LAKIP)",
    "SOP PENYUSUNAN RENCANA STRATEGIS (RENSTRA)",
    "SOP PENYUSUNAN RENCANA KERJA (RENJA)",
    "SOP PENYUSUNAN RENCANA KERJA ANGGARAN (RKA)",
    "SOP PENYUSUNAN LAPORAN PENYELENGGARAAN PEMERINTAHAN DAERAH (LPPD)",
    "SOP PENYUSUNAN LAPORAN STANDAR PELAYANAN MINIMAL (SPM)",
]
PERALATAN = [("1. ", "Komputer & Printer , ATK"), ("2 ", "Telepon")]
PERINGATAN = "Apabila waktu penyelesaian pelayanan melewati batas waktu yang sudah ditetapkan maka akan terjadi pengaduan"
KADIS = ["Ir. EKANTO MALIPURBOWO, MM", "Pembina Utama Muda", "NIP. 19581111 199103 1 003"]
DISAHKAN = "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Trenggalek"


def _b(t, **kw):
    return {"text": t, "bold": True, **kw}


_ket_rows = []
for i, k in enumerate(KETERKAITAN):
    alat = PERALATAN[i][0] + PERALATAN[i][1] if i < len(PERALATAN) else ""
    _ket_rows.append([f"{i + 1} {k}", alat])

PENGESAHAN = [
    {"type": "pagebreak"},
    {"type": "para", "text": "LEMBAR PENGESAHAN SOP", "bold": True, "size": 12, "align": "center", "space_after": 240},
    {"type": "para", "text": "Mengetahui", "align": "center", "space_after": 120},
    {"type": "para", "text": "Trenggalek,", "align": "right"},
    {"type": "para", "text": "08 Desember 2017", "align": "right", "space_after": 120},
    {"type": "para", "text": "Sekretaris Dinas"},
    {"type": "para", "text": "Kasubag Umum dan Kepegawaian"},
    {"type": "para", "text": "Kasubag Perencanaan", "space_after": 600},
    {"type": "para", "text": "Drs. ANANG DWI TJAHJONO, M.Si", "bold": True},
    {"type": "para", "text": "Pembina"},
    {"type": "para", "text": "NIP. 19610304 198903 1 010", "space_after": 120},
    {"type": "para", "text": "RINA TAKARINA, S.Sos", "bold": True},
    {"type": "para", "text": "Penata Tingkat I"},
    {"type": "para", "text": "NIP. 19661227 199103 2 014", "space_after": 120},
    {"type": "para", "text": "SRI WIDAYATI, SE", "bold": True},
    {"type": "para", "text": "Penata Tingkat I"},
    {"type": "para", "text": "NIP. 19690113 199603 2 003", "space_after": 240},
    {"type": "para", "text": "Menyetujui", "align": "center"},
    {"type": "para", "text": "Kepala Dinas Kependudukan dan Pencatatan Sipil", "align": "center"},
    {"type": "para", "text": "Kabupaten Trenggalek", "align": "center", "space_after": 600},
    {"type": "para", "text": KADIS[0], "bold": True, "align": "center"},
    {"type": "para", "text": KADIS[1], "align": "center"},
    {"type": "para", "text": KADIS[2], "align": "center"},
]

BODY = [
    {"type": "para", "text": "PEMERINTAH KABUPATEN TRENGGALEK", "bold": True, "size": 12, "align": "center"},
    {"type": "para", "text": "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN TRENGGALEK", "bold": True, "size": 12,
     "align": "center", "space_after": 200},
    {"type": "table", "widths": [4200, 300, 12300], "rows": [
        ["Nomor SOP", ":", NOMOR],
        ["Tanggal Pembuatan", ":", "01 Desember 2016"],
        ["Tanggal Revisi", ":", "01 Desember 2017"],
        ["Tanggal Efektif", ":", "08 Desember 2017"],
        ["Disahkan oleh", ":", DISAHKAN],
        ["", "", KADIS],
        [_b("Standar Operasional Prosedur (SOP) :"), "", _b("BIDANG SEKRETARIAT")],
    ]},
    {"type": "para", "text": ""},
    {"type": "table", "widths": [9000, 7800], "rows": [
        [_b("DASAR HUKUM"), _b("KUALIFIKASI PELAKSANA")],
        [[f"{i} {t}" for i, t in enumerate(DASAR_HUKUM, 1)], [f"{i} {t}" for i, t in enumerate(KUALIFIKASI, 1)]],
        [_b("KETERKAITAN SOP"), _b("PERALATAN/PERLENGKAPAN")],
        *_ket_rows,
        [_b("PERINGATAN"), _b("PENCATATAN & PENDATAAN")],
        ["1. " + PERINGATAN, "1."],
    ]},
    *PENGESAHAN,
]
for _p in PROCS:
    BODY += [
        {"type": "pagebreak"},
        {"type": "para", "text": _p["title"], "bold": True, "align": "center", "keep_next": True},
        {"type": "para", "text": NOMOR, "align": "center", "keep_next": True, "space_after": 120},
        {"type": "flow", "proc": _p, "part": 0},
    ]
BODY.append({"type": "para", "text": ""})

DOC = {
    "name": "trenggalek-sekretariat",
    "seed": "003_f0c6fe0a23cf2e46.txt",
    "title": "SOP Bidang Sekretariat - Disdukcapil Kabupaten Trenggalek",
    "page": page(F4_LANDSCAPE),
    "body": BODY,
    "identity": {
        "instansi": "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN TRENGGALEK",
        "nomor_sop": NOMOR,
        "tanggal_pembuatan": "01 Desember 2016",
        "tanggal_revisi": "01 Desember 2017",
        "tanggal_efektif": "08 Desember 2017",
        "disahkan_oleh": DISAHKAN + " " + " ".join(KADIS),
        "nama_sop": None,
        "dasar_hukum": DASAR_HUKUM,
        "kualifikasi_pelaksana": KUALIFIKASI,
        "keterkaitan": KETERKAITAN,
        "peralatan_perlengkapan": [t for _, t in PERALATAN],
        "peringatan": [PERINGATAN],
        "pencatatan_pendataan": [],
    },
}
