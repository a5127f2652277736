"""The regulation register (rules/regulations.yaml) and citation parsing (issue 14, item 5)."""

from __future__ import annotations

import pytest
from rules.seed_fragments import doc, findings

from sopcheck import ruledata
from sopcheck.domain.regulations import STATUSES, citations, cited_regulations, lookup


@pytest.mark.parametrize("text, cited", [
    ("Permenpan RB No. 35/2012", [("permenpanrb", 35, 2012)]),
    ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman",
     [("permenpanrb", 35, 2012)]),
    ("PP 8 Th. 2008", [("pp", 8, 2008)]),
    ("Undang-undang No 1 Tahun 2004 tentang Perbendaharaan Negara", [("uu", 1, 2004)]),
    ("Undang-Undang Republik Indonesia Nomor 23 Tahun 2006 Tentang Administrasi Kependudukan", [("uu", 23, 2006)]),
    ("Perpres No. 16 Tahun 2018 jo. Perpres No. 12 Tahun 2021 jo. Perpres No. 46 Tahun 2025;",
     [("perpres", 16, 2018), ("perpres", 12, 2021), ("perpres", 46, 2025)]),
    ("Peraturan Kepala Badan Pusat Statistik nomor 7 Tahun 2008 Tentang Organisasi", [("peraturan_bps", 7, 2008)]),
    ("Peraturan Badan Pusat Statistik Nomor 5 Tahun 2023 tentang Organisasi", [("peraturan_bps", 5, 2023)]),
    ("Keputusan Kepala Badan Pusat Statistik Nomor 121 Tahun 2001", [("keputusan_kepala_bps", 121, 2001)]),
    ("Peraturan LKPP Nomor 12 Tahun 2021 jo. Peraturan LKPP Nomor 4 Tahun 2024",
     [("peraturan_lkpp", 12, 2021), ("peraturan_lkpp", 4, 2024)]),
    # regional regulations, with or without the region's name
    ("Peraturan Walikota Cimahi Nomor 28 Tahun 2015 tentang Uraian Tugas", [("perwal", 28, 2015)]),
    ("Perbup Tapin No. 3 Tahun 2020", [("perbup", 3, 2020)]),
    ("Peraturan Bupati Nomor 3 Tahun 2020", [("perbup", 3, 2020)]),
    ("Peraturan Daerah Kabupaten Tapin Nomor 5 Tahun 2016 tentang Organisasi", [("perda", 5, 2016)]),
    # a kind written inside another regulation's number is no citation
    ("Peraturan Menteri Keuangan Nomor 215/PMK.05/2016 tentang Perubahan", []),
])
def test_citations_in_the_usual_forms(text, cited):
    assert [(c.kind, c.number, c.year) for c in citations(text)] == cited


def test_register_entries_are_complete():
    data = ruledata.load("regulations")
    kinds = set(data["kinds"])
    for e in data["register"]:
        where = (e["kind"], e["number"], e["year"])
        assert e["kind"] in kinds and e["status"] in STATUSES and e.get("title"), where
        if e["status"] == "dicabut":
            # what replaced it, when, and the replacing regulation's own revoking clause
            assert e.get("replaced_by") and e.get("revoked_year") and e.get("confidence") in ("medium", "high"), where
            assert citations(e["replaced_by"]) and "dicabut" in e["source"], where


def test_a_replacement_revoked_in_turn_is_followed():
    # Kep. Kepala BPS 121/2001 -> Peraturan BPS 8/2020 -> Peraturan BPS 5/2023
    assert lookup("keputusan_kepala_bps", 121, 2001).replaced_by == "Peraturan BPS Nomor 5 Tahun 2023"
    assert lookup("peraturan_bps", 5, 2023).status == "berlaku"


def test_only_revoked_regulations_are_reported():
    items = ["Undang-Undang Nomor 16 Tahun 1997 tentang Statistik",           # berlaku
             "Perpres No. 16 Tahun 2018 jo. Perpres No. 12 Tahun 2021",       # diubah
             "Peraturan Walikota Cimahi Nomor 28 Tahun 2015",                   # unknown
             "Peraturan Pemerintah Nomor 99 Tahun 2099",                        # unknown
             "Permendagri No 21 Tahun 2011 tentang Perubahan Kedua atas Permendagri 13 Tahun 2006"]
    assert [r.label for _, r in cited_regulations(items)] == ["Permendagri Nomor 21 Tahun 2011"]


def test_bps_organisation_rules_cited_after_their_revocation():
    """statistics__128 (2021, revised 2025) cites the BPS organisation rules of 2008 and 2001."""
    dasar = ["Peraturan Kepala Badan Pusat Statistik nomor 7 Tahun 2008 Tentang Organisasi dan Tata Kerja Badan "
             "Pusat Statistik",
             "Keputusan Kepala Badan Pusat Statistik Nomor 121 Tahun 2001 tentang Organisasi dan Tata Kerja "
             "Perwakilan BPS di Daerah"]
    sop = doc(tanggal_pembuatan="2 Januari 2021", tanggal_revisi="2 Januari 2025", dasar_hukum=dasar)
    assert [f.message for f in findings(sop, "revoked-regulation")] == [
        "Dasar Hukum: Peraturan Kepala BPS Nomor 7 Tahun 2008 sudah dicabut (2020) sebelum SOP dibuat/direvisi "
        "(2025); ganti dengan Peraturan BPS Nomor 7 Tahun 2020",
        "Dasar Hukum: Keputusan Kepala BPS Nomor 121 Tahun 2001 sudah dicabut (2020) sebelum SOP dibuat/direvisi "
        "(2025); ganti dengan Peraturan BPS Nomor 5 Tahun 2023"]
