"""What the real BPS Bengkulu SOP PDFs show, read by eye from the rendered pages.

Each file was rendered with ``pdftoppm -png -r 60`` and zoomed (``-r 150`` to ``-r 300`` with
``-x/-y/-W/-H``) until the column of every symbol and its shape were certain; a symbol drawn
across a column line belongs to the column holding its centre. The reading was written down
before sopcheck's output was looked at. Arrows, connector lines, "Y"/"T" labels and off-page
connectors drawn outside the table (between two pages, in no step row) are not symbols.

* :data:`BY_EYE`: 8 files, the role column(s) holding each step's symbol (first pass).
* :data:`SHAPES_BY_EYE`: the other 27 files with a vector flowchart: per file the role
  headers as printed (left to right) and per step the symbols in the row, as
  ``"<shape><role>"`` with shape ``T`` terminator (kapsul), ``P`` process (kotak), ``D``
  decision (belah ketupat), ``O`` off-page connector, ``C`` connector, and role the 1-based
  header index: ``"T1 P3"`` is a capsule under the first role and a box under the third.
  Several shapes in one column count once, by the column's principal kind.

Not here: ``it__001`` draws its symbols as one raster image over a vector table (17 steps,
each with a symbol on the page, none readable without image analysis), and
``general__207``, ``statistics__201``, ``statistics__218`` paste the whole flowchart page as
an image (see ``test_real_pdfs.PICTURE_FLOWCHART``).
"""

from __future__ import annotations

SHAPE_CODES = {"T": "terminator", "P": "process", "D": "decision", "O": "offpage", "C": "connector"}

# file prefix -> {step number: role header(s) holding that step's symbol on the page}
BY_EYE: dict[str, dict[int, tuple[str, ...]]] = {
    "administrative__020": {  # Pembuatan Naskah Dinas - SK
        1: ("TIM",), 2: ("Kepala Bagian Umum",), 3: ("Tim Hukum",), 4: ("Sekretaris",),
        5: ("Kepala BPS",), 6: ("Sekretaris",), 7: ("Tim Hukum",), 8: ("TIM",),
    },
    "administrative__030": {  # Pengajuan Uang Persediaan ke KPPN
        1: ("Bendahara",), 2: ("Bendahara",), 3: ("Operator Pembayaran",), 4: ("PPK",),
        5: ("PPSPM",), 6: ("PPSPM",), 7: ("KPPN",), 8: ("Bendahara",),
    },
    "procurement__275": {  # Konsolidasi oleh PPK (table over two pages)
        1: ("PA/KPA",), 2: ("PPK",), 3: ("PPK",), 4: ("PPK",), 5: ("PPK",), 6: ("PA/KPA",),
        7: ("PA/KPA",),
    },
    "procurement__257": {  # Tender pascakualifikasi (three pages; step 4 is drawn under Pokja)
        1: ("Pokja Pemilihan",), 2: ("Peserta",), 3: ("Pokja Pemilihan",), 4: ("Pokja Pemilihan",),
        5: ("Pokja Pemilihan",), 6: ("Pokja Pemilihan",), 7: ("Pokja Pemilihan",),
        8: ("Pokja Pemilihan",), 9: ("Pokja Pemilihan",), 10: ("Pokja Pemilihan", "Peserta"),
        11: ("Pokja Pemilihan",), 12: ("Peserta",), 13: ("Pokja Pemilihan",),
        14: ("Pokja Pemilihan",),
    },
    "statistics__051": {  # Perbaikan Pembentukan Blok Sensus (several symbols per row)
        1: ("BPS Kab/Kota", "Sistem GS"), 2: ("BPS Kab/Kota", "Sistem GS", "PJK Wilkerstat"),
        3: ("PJK Wilkerstat",), 4: ("PJK Wilkerstat",), 5: ("BPS Kab/Kota",),
        6: ("Sistem GS", "PJK Wilkerstat"), 7: ("PJK Wilkerstat",), 8: ("PJK Wilkerstat",),
        9: ("PJK Wilkerstat",), 10: ("PJK Wilkerstat",),
    },
    "it__053": {  # Permintaan Setting Jaringan
        1: ("Pegawai", "Admin/ PJK TIP"), 2: ("Teknisi",), 3: ("Teknisi",), 4: ("Teknisi",),
        5: ("Teknisi",), 6: ("Pegawai", "Admin/ PJK TIP", "Teknisi"),
    },
    "it__012": {  # Pengumpulan Data Capaian Kinerja (step 7: all four columns)
        1: ("Tim Kerja",), 2: ("Tim Kerja",), 3: ("Tim Kerja",), 4: ("Tim Sakip",),
        5: ("Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi",), 6: ("Kepala",),
        7: ("Tim Kerja", "Tim Sakip", "Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi", "Kepala"),
        8: ("Tim Kerja",), 9: ("Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi", "Kepala"),
        10: ("Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi",),
        11: ("Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi",), 12: ("Tim Sakip",),
        13: ("Kepala",), 14: ("Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi",),
    },
    "general__329": {  # NADA CERIA (no step 5 in the source)
        1: ("CA (PJ NADA CERIA)",), 2: ("CA (PJ NADA CERIA)",), 3: ("CA (PJ NADA CERIA)",),
        4: ("CA (PJ NADA CERIA)",), 6: ("Pegawai",), 7: ("CA (PJ NADA CERIA)",),
        8: ("CA (PJ NADA CERIA)",), 9: ("Reseptionist",), 10: ("Reseptionist",),
        11: ("CA (PJ NADA CERIA)",), 12: ("CC",),
    },
}


# file prefix -> ([role headers, left to right], {step number: "<shape><role> ..."})
SHAPES_BY_EYE: dict[str, tuple[list[str], dict[int, str]]] = {
    "archives__076": (  # SOP Persiapan Seruti
        [
            "Ketua Tim Statistik Sosial",
            "Anggota Tim Statistik Sosial",
            "Kepala Bagian Umum",
            "BPS Kabupaten/Kota",
        ],
        {1: "T1 P2 P3", 2: "T1 P2 P3", 3: "T1 P2 P3 P4"},
    ),
    "general__064": (  # SOP PUBLIKASI PDRB TAHUNAN
        [
            "Fungsional Statistisi",
            "PJ Neraca Produksi",
            "Ketua Tim Neraca Wilayah",
            "Tim Kerja Terkait (Diseminasi)",
        ],
        {1: "T1 P2 P3", 2: "P2 P3", 3: "P1", 4: "P4", 5: "P1"},
    ),
    "it__037": (  # SOP PERSIAPAN PENYUSUNAN PUBLIKASI PROVINSI BENGKULU
        ["Ketua Tim Metodologi dan Analisis Statistik", "Ketua Project Analisis Lintas Sektor", "Anggota"],
        {1: "T1 P2", 2: "P2", 3: "P2 T3"},
    ),
    "it__072": (  # SOP PENGHITUNGAN PMTB ATAS DASAR HARGA BERLAKU
        ["Kepala BPS Provinsi", "Ketua Tim Neraca Wilayah", "Fungsional"],
        {1: "T1 P2", 2: "P2 P3", 3: "D2 P3", 4: "D1", 5: "D2", 6: "T1 P2"},
    ),
    "it__118": (  # SOP Survei E Commerce
        ["Kepala", "Anggota Tim Statistik Distribusi dan Jasa", "BPS Kab/Kota"],
        {1: "T1 P2", 2: "P2", 3: "P3", 4: "P3", 5: "D2 P3", 6: "D2", 7: "T2"},
    ),
    "it__305": (  # SOP PELAKSANAAN SWAKELOLA TIPE I
        ["PPK", "Tim Pelaksana", "Tim Pengawas"],
        {1: "T1", 2: "P2", 3: "P2", 4: "P1", 5: "P3", 6: "P2", 7: "T1"},
    ),
    "it__332": (  # SOP Penyelenggaraan Kegiatan CoachMe Program
        ["CAN (CA/CC/CL)", "Tim Kerja di BPS Provinsi", "BPS Kabupaten/ Kota"],
        {1: "T1", 2: "P1", 3: "P2 P3", 4: "P2 P3", 5: "P1", 6: "P2", 7: "P1", 8: "T1"},
    ),
    "it__341": (  # SOP Penghitungan Komponen Impor ADHK
        ["Kepala BPS Provinsi", "Ketua Tim Neraca Wilayah", "Staff"],
        {1: "T1 P2 P3", 2: "P3", 3: "D2 P3", 4: "D1 D2 P3", 5: "T2"},
    ),
    "procurement__266": (  # SOP PEMILIHAN PENYEDIA MELALUI PENUNJUKAN LANGSUNG MELANJUTKAN PENGADA
        ["Pokja Pemilihan", "Peserta"],
        {1: "T1", 2: "P1 P2", 3: "P1", 4: "T1"},
    ),
    "procurement__285": (  # SOP SELEKSI JASA KONSULTANSI KONSTRUKSI PERORANGAN
        ["Pokja Pemilihan", "Peserta"],
        {1: "T1", 2: "P2", 3: "P1", 4: "P1", 5: "P1", 6: "P1", 8: "P1", 9: "P2", 10: "P2", 11: "P1",
         12: "P1", 13: "P1", 14: "T1"},
    ),
    "procurement__294": (  # SOP PEMILIHAN PENYEDIA MELALUI TENDER PEKERJAAN KONSTRUKSI DENGAN PRAK
        ["Pokja Pemilihan", "Peserta"],
        {1: "T1", 2: "P2", 3: "P1", 4: "P2", 5: "P1", 6: "P1", 7: "P1", 8: "P1", 9: "P1", 10: "P1",
         11: "P1", 12: "P2", 13: "P1", 14: "P2", 15: "P1", 16: "T1"},
    ),
    "procurement__324": (  # SOP Penyelenggaraan Kegiatan Pemilihan Employee of The Quarter BPS Pro
        ["CC & CA", "Bagian Umum", "CL", "ASN BPS Provinsi"],
        {1: "T1 P2", 2: "P1", 3: "P1", 4: "P1", 5: "P1 P3", 6: "P1", 7: "P4", 8: "P1 O4", 9: "P1",
         10: "T1"},
    ),
    "statistics__084": (  # SOP PODES
        [
            "Kepala BPS Provinsi",
            "Ketua Tim Statistik Sosial BPS Provinsi",
            "Tim Hansos BPS Provinsi",
            "Tim Pengolahan BPS Provinsi",
            "BPS Kabupaten/Kota",
        ],
        {1: "T1 P2 P3 P4 P5", 2: "P2 P3 P4 P5", 3: "P2 D3", 4: "T1 P2 P3 P5"},
    ),
    "statistics__093": (  # SOP IDI
        ["Kepala BPS Provinsi", "Ketua Tim Statistik Sosial BPS Provinsi", "Tim Hansos BPS Provinsi"],
        {1: "T1 P2 P3", 2: "P2 P3", 3: "D2 P3", 4: "T1 P2 P3"},
    ),
    "statistics__107": (  # SOP Diseminasi SLH_rev
        ["Kepala BPS Provinsi", "Ketua Tim Statistik Sosial BPS Provinsi", "Tim Hansos BPS Provinsi"],
        {1: "T1 P2 T3"},
    ),
    "statistics__128": (  # SOP Evaluasi Data Survei Tahunan Perusahaan Industri Manufaktur
        ["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"],
        {1: "P2 T3", 2: "D2", 3: "T2"},
    ),
    "statistics__137": (  # SOP Pengumpulan Data  Survei IMK Tahunan
        ["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"],
        {1: "P2 T3", 2: "P2 T3"},
    ),
    "statistics__146": (  # SOP Persiapan Survei IMK Triwulanan
        ["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"],
        {1: "T1 P2 P3", 2: "P2 P3", 3: "P2 T3"},
    ),
    "statistics__155": (  # SOP Survei Perusahaan Konstruksi Triwulanan
        ["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"],
        {1: "T1 P2 P3", 2: "P2 P3", 3: "D2", 4: "T1 P2"},
    ),
    "statistics__164": (  # SOP Diseminasi Survei Tahunan Perusahaan Air Bersih
        ["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"],
        {1: "T1 T2"},
    ),
    "statistics__173": (  # SOP Evaluasi Data Survei Tahunan Perusahaan Pertambangan Non Minyak da
        ["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"],
        {1: "P2 T3", 2: "D2", 3: "T2"},
    ),
    "statistics__182": (  # SOP Pengumpulan Data Survei Tahunan Usaha Penggalian Bahan Industri da
        ["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"],
        {1: "P2 T3", 2: "P2 T3"},
    ),
    "statistics__192": (  # SOP Persiapan Survei Triwulanan Perusahaan Penggalian Bahan Industri d
        ["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"],
        {1: "T1 P2 P3", 2: "P2 P3", 3: "P2 T3"},
    ),
    "statistics__227": (  # SOP Survei Lengkap Pemotongan Ternak Bulanan
        ["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"],
        {1: "T1 P2 P3", 2: "P2 P3", 3: "P2 P3"},
    ),
    "statistics__236": (  # SOP Standar Operasional Prosedur Survei Perusahaan HPH dan TSL
        ["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"],
        {1: "T1 P2 P3", 2: "P2 P3", 3: "D2", 4: "T1 P2"},
    ),
    "statistics__245": (  # SOP Diseminasi Survei Perusahaan Peternakan (LTT, LTU)
        ["Kepala BPS Provinsi", "Tim Statistik Produksi BPS Provinsi", "BPS Kabupaten/Kota"],
        {1: "T1 P2"},
    ),
    "statistics__319": (  # SOP Pembinaan dan Pendampingan Desa Cantik
        [
            "Ketua Tim RB dan Pembinaan Statistik",
            "Tim Desa Cantik BPS Provinsi",
            "BPS Kabupaten/Kota",
            "Target Desa/Kelurahan Cantik",
        ],
        {1: "T1 P2 P3", 2: "P2 P3 T4", 3: "P2 P3"},
    ),
}


def shapes_seen(prefix: str) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
    """{step number: (role headers holding a symbol, the kind in each)} for a file of
    :data:`SHAPES_BY_EYE`, decoded from its ``"T1 P3"`` notation."""
    headers, steps = SHAPES_BY_EYE[prefix]
    out = {}
    for number, code in steps.items():
        marks = [(headers[int(m[1:]) - 1], SHAPE_CODES[m[0]]) for m in code.split()]
        out[number] = (tuple(h for h, _ in marks), tuple(k for _, k in marks))
    return out


def pelaksana_of(marks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The ``(role, kind)`` marks of one row that name its pelaksana: an off-page connector
    (``offpage``) in a column holding no other symbol is none when another column holds a symbol
    (it carries the flow to or from the next page; issue 12)."""
    if any(kind != "offpage" for _, kind in marks):
        keep = {role for role, kind in marks if kind != "offpage"}
        return [(role, kind) for role, kind in marks if role in keep]
    return marks


def pelaksana_seen(prefix: str) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
    """:func:`shapes_seen` with :func:`pelaksana_of` applied: what ``Step.pelaksana`` and
    ``Step.role_symbols`` must be."""
    headers, steps = SHAPES_BY_EYE[prefix]
    out = {}
    for number, code in steps.items():
        marks = pelaksana_of([(headers[int(m[1:]) - 1], SHAPE_CODES[m[0]]) for m in code.split()])
        out[number] = (tuple(h for h, _ in marks), tuple(k for _, k in marks))
    return out


def roles_seen(prefix: str) -> dict[int, tuple[str, ...]]:
    """{step number: role headers holding a symbol} for any file verified by eye."""
    if prefix in BY_EYE:
        return BY_EYE[prefix]
    return {n: roles for n, (roles, _) in shapes_seen(prefix).items()}


def pelaksana_roles(prefix: str) -> dict[int, tuple[str, ...]]:
    """{step number: the step's pelaksana} for any file verified by eye (:func:`roles_seen`
    without off-page connectors beside another role's symbol)."""
    if prefix in BY_EYE:
        return BY_EYE[prefix]
    return {n: roles for n, (roles, _) in pelaksana_seen(prefix).items()}


VERIFIED = sorted(BY_EYE.keys() | SHAPES_BY_EYE.keys())
