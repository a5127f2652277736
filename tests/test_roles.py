"""Every pelaksana header of the five seeds (shared/seeds) and of the real BPS Bengkulu PDFs
resolves to its expected kind."""

from __future__ import annotations

import pytest

from sopcheck.domain.roles import resolve_role

# (header as written, kind, canonical, unit)
SEED_HEADERS = [
    # seed 000 Renstra (two tables: the continuation spells the same role differently)
    ("Kadis", "alias", "Kepala Dinas", None),
    ("Sekdis", "alias", "Sekretaris Dinas", None),
    ("Kasubbag Program", "alias", "Kepala Sub Bagian", "Program"),
    ("Kasubag Program", "alias", "Kepala Sub Bagian", "Program"),  # a short form offices write: the role
    ("Staff", "alias", "Pelaksana", None),
    # seed 000 LAKIP: placeholder columns and a badan head in a dinas SOP
    ("Kepala Badan", "exact", "Kepala Badan", None),
    ("3", "placeholder", None, None),
    ("4", "placeholder", None, None),
    ("5", "placeholder", None, None),
    ("6", "placeholder", None, None),
    ("Sekretaris", "alias", "Sekretaris Dinas", None),
    ("Kasubag Perencanaan", "alias", "Kepala Sub Bagian", "Perencanaan"),
    ("Staff/Jabatan Fungsional Umum", "alias", "Pelaksana", None),
    # seed 000 data kinerja
    ("KASUBBAG PROGRAM", "alias", "Kepala Sub Bagian", "PROGRAM"),
    ("STAF/PENYUSUN BAHAN EVALUASI, RENCANA, PROGRAM, DAN LAPORAN", "alias", "Pelaksana",
     "PENYUSUN BAHAN EVALUASI, RENCANA, PROGRAM, DAN LAPORAN"),
    ("KASUBBAG UMPEG DAN KASUBBAG KEUANGAN", "multiple", None, None),
    ("KEPALA BIDANG", "exact", "Kepala Bidang", None),
    # seed 000 LKPJ
    ("Sejahtera", "unknown", None, None),
    ("Staff Program", "alias", "Pelaksana", "Program"),
    # seed 000 Perencanaan Program (OCR)
    ("Siklus Perencanaan dan Kegiatan", "unknown", None, None),
    ("Siklus Pelaksanaan pembaharuan", "unknown", None, None),
    ("Siklus Pelaksanaan Perencanaan 3-pel", "unknown", None, None),
    ("Siklus PIAK dan Penumbuhan Data", "unknown", None, None),
    ("Relevansi", "unknown", None, None),
    ("Kepada Dinas", "variant", "Kepala Dinas", None),
    # seed 001
    ("Sub Bagian Program", "exact", "Sub Bagian", "Program"),
    ("Kepala Seksi, Kepala Sub Bagian", "multiple", None, None),
    ("Kepala Bidang", "exact", "Kepala Bidang", None),
    ("Sekretaris Dinas", "exact", "Sekretaris Dinas", None),
    ("Kepala Dinas", "exact", "Kepala Dinas", None),
    ("Bappeda Litbang", "alias", "Bappeda", None),
    # seed 002
    ("Kasubag Perencanaan dan Pelaporan", "alias", "Kepala Sub Bagian", "Perencanaan dan Pelaporan"),
    ("Tim Penyusun dan Penerapan SAKIP", "alias", "Tim", None),
    ("Pelaksana Sub Bagian Perencanaan dan Pelaporan", "exact", "Pelaksana",
     "Sub Bagian Perencanaan dan Pelaporan"),
    # seed 003
    ("Staf Perencanaan & Pelaporan", "alias", "Pelaksana", "Perencanaan & Pelaporan"),
    ("Kabid", "alias", "Kepala Bidang", None),
    # seed 004
    ("Katim Penyusunan Program", "alias", "Ketua Tim Kerja", "Penyusunan Program"),
    ("Katim pada Bidang", "alias", "Ketua Tim Kerja", "pada Bidang"),
    ("Staf", "alias", "Pelaksana", None),
    # SOP-AP.md roster examples
    ("Kasub Bag", "alias", "Kepala Sub Bagian", None),
    ("Kasubag Umum dan Kepegawaian", "alias", "Kepala Sub Bagian", "Umum dan Kepegawaian"),
    ("Kasubid", "alias", "Kepala Sub Bidang", None),
    ("Kasi", "alias", "Kepala Seksi", None),
    ("Kepala Sub Bagain Umum", "variant", "Kepala Sub Bagian", "Umum"),  # a misspelling (issue 14)
    ("Kepala Sub Bagian Umum dan Kepegawaian", "exact", "Kepala Sub Bagian", "Umum dan Kepegawaian"),
    ("Bupati / Wali Kota", "exact", "Bupati", None),
    ("Kasubg Program", "variant", "Kepala Sub Bagian", "Program"),
    ("(3)", "placeholder", None, None),
]

# Headers printed in the real BPS Bengkulu SOP PDFs (../shared/real), as sopcheck reads them.
REAL_HEADERS = [
    ("Kepala BPS Provinsi", "alias", "Kepala Badan", "Provinsi"),
    ("Kepala", "alias", "Pimpinan Instansi", None),
    # a separate post from Kepala Sub Bagian Umum, not a misspelling of it
    ("Kepala Bagian Umum", "exact", "Kepala Bagian", "Umum"),
    ("Bagian Umum", "exact", "Bagian", "Umum"),
    ("Anggota Tim Statistik Sosial", "exact", "Anggota Tim", "Statistik Sosial"),
    ("Anggota", "alias", "Anggota Tim", None),
    ("Pegawai", "alias", "Pelaksana", None),
    ("ASN BPS Provinsi", "alias", "Pelaksana", "BPS Provinsi"),
    ("PA/KPA", "alias", "Pengguna Anggaran", None),
    ("PPSPM", "alias", "Pejabat Penandatangan SPM", None),
    ("KPPN", "exact", "KPPN", None),
    ("Peserta", "alias", "Penyedia", None),
    ("BPS Kabupaten/Kota", "exact", "BPS", "Kabupaten/Kota"),
    ("BPS Kab/Kota", "exact", "BPS", "Kab/Kota"),
    # Change Agent Network roles of procurement__324: "CL" is no Roman column number; acronyms only:
    # local posts
    ("CL", "local", None, None),
    ("CC & CA", "local", None, None),
    ("CAN (CA/CC/CL)", "local", None, None),
    # local posts built from role words (PJ, PJK, Ketua, Desa)
    ("PJ Neraca Produksi", "local", None, None),
    ("CA (PJ NADA CERIA)", "local", None, None),
    ("PJK Wilkerstat", "local", None, None),
    ("Ketua Project Analisis Lintas Sektor", "local", None, None),
    ("Target Desa/Kelurahan Cantik", "local", None, None),
    # a post named like a roster role (Resepsionis, ratio 87) but no misspelling of it
    ("Reseptionist", "local", None, None),
    # not a role at all: a system, a Mutu Baku column
    ("Sistem GS", "unknown", None, None),
    ("Kelengkapan", "unknown", None, None),
    ("XII", "placeholder", None, None),
    ("(iv)", "placeholder", None, None),
]


@pytest.mark.parametrize("header,kind,canonical,unit", SEED_HEADERS + REAL_HEADERS)
def test_seed_headers(header, kind, canonical, unit):
    match = resolve_role(header)
    assert (match.kind, match.canonical, match.unit) == (kind, canonical, unit)


def test_variant_suggestion_names_canonical_with_unit():
    assert resolve_role("Kasubag Program").suggestion == "Kepala Sub Bagian Program"


def test_multiple_lists_parts():
    match = resolve_role("Kepala Seksi, Kepala Sub Bagian")
    assert [p.canonical for p in match.parts] == ["Kepala Seksi", "Kepala Sub Bagian"]
    umpeg = resolve_role("KASUBBAG UMPEG DAN KASUBBAG KEUANGAN")
    assert [p.suggestion for p in umpeg.parts] == ["Kepala Sub Bagian Umum dan Kepegawaian",
                                                  "Kepala Sub Bagian KEUANGAN"]


def test_outdated_and_ambiguous_marked():
    assert resolve_role("Pejabat Eselon III").outdated
    assert resolve_role("Staff/Jabatan Fungsional Umum").outdated
    assert resolve_role("Kasi").outdated
    assert not resolve_role("Kasubbag Program").outdated
    assert "ambiguous" in (resolve_role("PPK").note or "") or "PPK" in (resolve_role("PPK").note or "")


def test_extra_roles_from_config():
    assert resolve_role("Sejahtera").kind == "unknown"
    match = resolve_role("Sejahtera", extra_roles=[{"canonical": "Sejahtera", "aliases": []}])
    assert match.kind == "exact"
    assert resolve_role("Juru Sita Desa", extra_roles=["Juru Sita"]).unit == "Desa"


def test_unknown_says_what_the_header_is_instead():
    assert resolve_role("Sistem GS").reason == "system"
    assert resolve_role("Persyaratan").reason == "mutu_baku"
    assert resolve_role("Sejahtera").reason is None
