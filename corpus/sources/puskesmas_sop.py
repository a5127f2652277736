"""A Puskesmas SOP (the primary-care accreditation format), filled in: a real SOP, not an SOP AP.

Laid out as ``../shared/real/wild/kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template.docx``
(UPTD Puskesmas Kunjang, Kabupaten Kediri) with its fields written out: a cover page (Nomor,
Revisi Ke, Berlaku Tanggal; "STANDAR OPERASIONAL PROSEDUR" and the title; Diperiksa Oleh /
Disahkan with names and NIP), then the SOP page: a header box (the
title over "SOP" with No. Dokumen, No. Revisi, Tanggal Terbit, Halaman; the UPTD name and the
signatory under it), then one row per section: Pengertian, Tujuan, Kebijakan, Referensi, Alat
dan Bahan, Prosedur, Diagram Alir (a numbered list, no flowchart table), Unit Terkait, Dokumen
Terkait, Rekaman Historis Perubahan. sopcheck must say what it is in one finding.
"""

from ._common import page

A4_PORTRAIT = {"w": 11906, "h": 16838}
W = [1800, 700, 1700, 300, 2300, 2700]
TITLE = "PELAYANAN IMUNISASI DASAR"
SIGNER = ["dr. Durotun Nafisa", "NIP. 19750423 200212 2 005"]


def _row(label, value):
    return [label, {"text": value, "span": 5}]


DOC = {
    "name": "puskesmas-sop",
    "seed": "../shared/real/wild/kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template.docx (layout)",
    "title": "SOP Pelayanan Imunisasi Dasar - UPTD Puskesmas Kunjang",
    "page": page(A4_PORTRAIT, left=1134, right=1134, top=1134, bottom=1134),
    "body": [
        {"type": "table", "widths": [2000, 300, 2500], "size": 9, "rows": [
            ["Nomor", ":", "445/012/SOP/UKP/2023"], ["Revisi Ke", ":", "III"],
            ["Berlaku Tanggal", ":", "2 Januari 2023"]]},
        {"type": "para", "text": ["STANDAR OPERASIONAL PROSEDUR", TITLE], "bold": True, "size": 14, "align": "center",
         "space_after": 400},
        {"type": "table", "widths": [4800, 4800], "size": 9, "borders": False, "rows": [
            [["Diperiksa Oleh:", "Ketua Tim Manajemen Mutu"], ["Disahkan:", "Kepala UPTD Puskesmas Kunjang"]],
            [["drg. Putri Emyta Lukitasari", "NIP. 19810604 200902 2 004"], SIGNER]]},
        {"type": "pagebreak"},
        {"type": "table", "widths": W, "size": 9, "rows": [
            [{"text": "", "vm": "restart"}, {"text": TITLE, "span": 4, "bold": True, "align": "center"},
             {"text": "", "vm": "restart"}],
            [{"text": "", "vm": "continue"}, {"text": ["S", "O", "P"], "vm": "restart", "align": "center"},
             "No.Dokumen", ":", "445/012/SOP/UKP/2023", {"text": "", "vm": "continue"}],
            [{"text": "", "vm": "continue"}, {"text": "", "vm": "continue"}, "No.Revisi", ":", "III",
             {"text": "", "vm": "continue"}],
            [{"text": "", "vm": "continue"}, {"text": "", "vm": "continue"}, "Tanggal Terbit", ":", "2 Januari 2023",
             {"text": "", "vm": "continue"}],
            [{"text": "", "vm": "continue"}, {"text": "", "vm": "continue"}, "Halaman", ":", "1-2",
             {"text": "", "vm": "continue"}],
            [{"text": ["UPTD", "PUSKESMAS", "KUNJANG"], "bold": True, "align": "center"}, {"text": "", "span": 4},
             {"text": SIGNER, "align": "center"}],
            _row("1. Pengertian", "Imunisasi dasar adalah pemberian vaksin kepada bayi usia 0-11 bulan untuk "
                                  "membentuk kekebalan terhadap penyakit yang dapat dicegah dengan imunisasi."),
            _row("2. Tujuan", "Sebagai acuan petugas dalam memberikan pelayanan imunisasi dasar yang aman."),
            _row("3. Kebijakan", "Keputusan Kepala UPTD Puskesmas Kunjang Nomor 440/001/418.43.14/2023 tentang "
                                 "Jenis Pelayanan UPTD Puskesmas Kunjang."),
            _row("4. Referensi", "Peraturan Menteri Kesehatan Nomor 12 Tahun 2017 tentang Penyelenggaraan "
                                 "Imunisasi."),
            _row("5. Alat dan Bahan", ["a. Vaksin dan pelarut", "b. Alat suntik sekali pakai",
                                       "c. Buku KIA dan register imunisasi"]),
            _row("6. Prosedur", ["a. Petugas memanggil pasien sesuai nomor urut.",
                                 "b. Petugas memeriksa buku KIA dan status imunisasi bayi.",
                                 "c. Petugas memberikan vaksin sesuai jadwal.",
                                 "d. Petugas mencatat hasil imunisasi di buku KIA dan register."]),
            _row("7. Diagram Alir", ["Pasien datang → pemeriksaan buku KIA → pemberian vaksin → pencatatan → "
                                     "pasien pulang"]),
            _row("8. Unit Terkait", "Ruang KIA, Ruang Imunisasi"),
            _row("9. Dokumen Terkait", "Register imunisasi, Buku KIA"),
            _row("10. Rekaman Historis Perubahan", "-"),
        ]},
    ],
    "identity": None,
}
