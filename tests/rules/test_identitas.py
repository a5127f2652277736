"""Identitas rules (SOP1xx) on seed fragments."""

from __future__ import annotations

import pytest
from seed_fragments import doc, findings


def test_missing_identity_field_fails_seed_002_empty_dates():
    # seed 002 (Tapin): "Tanggal Pembuatan :" "Tanggal Efektif :" left empty
    found = findings(doc(tanggal_pembuatan="", tanggal_efektif=""), "missing-identity-field")
    assert [f.message for f in found] == ["Identitas SOP: «Tanggal Pembuatan» kosong",
                                          "Identitas SOP: «Tanggal Efektif» kosong"]
    assert all(f.severity == "error" and f.code == "SOP101" and f.step is None for f in found)
    en = findings(doc(tanggal_efektif=""), "missing-identity-field", lang="en")
    assert [f.message for f in en] == ["Identitas SOP: «Tanggal Efektif» is empty"]


def test_missing_identity_field_fails_seed_003_no_nama_sop():
    found = findings(doc(nama_sop=None), "missing-identity-field")
    assert [f.message for f in found] == ["Identitas SOP: «Nama SOP» tidak ada"]


def test_missing_identity_field_list_of_blank_items():
    # seed 003: "PENCATATAN & PENDATAAN  1." — only a number
    found = findings(doc(pencatatan_pendataan=["1."]), "missing-identity-field")
    assert [f.message for f in found] == ["Identitas SOP: «Pencatatan dan Pendataan» kosong"]


def test_missing_identity_field_passes_seed_004():
    assert findings(doc(), "missing-identity-field") == []


def test_identity_date_invalid_fails_seed_004_revisi():
    found = findings(doc(tanggal_revisi="Memiliki Sikap Rapi, Teliti dan Ramah"), "identity-date-invalid")
    assert [f.message for f in found] == [
        "Identitas SOP: «Tanggal Revisi» berisi «Memiliki Sikap Rapi, Teliti dan Ramah», bukan tanggal"]


@pytest.mark.parametrize("value", ["-", "01 Agustus 2023", "Maret 2019", "08 Desember 2017", "01/12/2016",
                                   "belum ada"])
def test_identity_date_invalid_passes_real_dates(value):
    assert findings(doc(tanggal_revisi=value), "identity-date-invalid") == []


def test_identity_date_order():
    found = findings(doc(tanggal_efektif="21 Januari 2024"), "identity-date-order")
    assert len(found) == 1 and "lebih awal dari Tanggal Pembuatan «20 Januari 2025»" in found[0].message
    # seed 000: made 02 Januari 2019, effective "Maret 2019" (month precision) -> fine
    assert findings(doc(tanggal_pembuatan="02 Januari 2019", tanggal_efektif="Maret 2019"),
                    "identity-date-order") == []


SEED_000_DASAR_HUKUM = [
    "Undang-Undang Nomor 17 Tahun 2003 tentang Keuangan Negara.",
    "Undang-Undang Nomor 33 Tahun 2004 tentang Perimbangan Keuangan antara Pemerintah Pusat dan Daerah.",
    "Peraturan Menteri Dalam Negeri Nomor 13 Tahun 2006 tentang Pedoman Pengelolaan Keuangan Daerah.",
    "Peraturan Menteri Dalam Negeri Nomor 54 Tahun 2010 tentang Pelaksanaan Peraturan Pemerintah Nomor 8 "
    "Tahun 2008 tentang Tahapan, Tatacara Penyusunan, Pengendalian, dan Evaluasi Pelaksanaan Rencana "
    "Pembangunan Daerah.",
]


def test_revoked_regulation_seed_000():
    d = doc(tanggal_pembuatan="02 Januari 2019", tanggal_revisi="Maret 2019", dasar_hukum=SEED_000_DASAR_HUKUM)
    revoked = findings(d, "revoked-regulation")
    assert [f.message for f in revoked] == [
        "Dasar Hukum: Permendagri Nomor 54 Tahun 2010 sudah dicabut (2017) sebelum SOP dibuat/direvisi (2019); "
        "ganti dengan Permendagri Nomor 86 Tahun 2017"]
    outdated = findings(d, "outdated-regulation")
    assert [f.message.split(" telah")[0] for f in outdated] == [
        "Dasar Hukum: UU Nomor 33 Tahun 2004", "Dasar Hukum: Permendagri Nomor 13 Tahun 2006"]


def test_revoked_regulation_seed_001_revised_after_revocation():
    # seed 001 revised 01 Agustus 2023 still cites Permenpan RB 12/2015 (revoked 2021)
    d = doc(tanggal_pembuatan="01 Januari 2019", tanggal_revisi="01 Agustus 2023", dasar_hukum=[
        "Peraturan Presiden RI No. 29 Tahun 2014",
        "Peraturan Menteri Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi No. 12 Tahun 2015"])
    found = findings(d, "revoked-regulation", lang="en")
    assert [f.message for f in found] == [
        "Dasar Hukum: Permenpan RB Nomor 12 Tahun 2015 was revoked (2021) before the SOP was made/revised "
        "(2023); cite Permenpan RB Nomor 88 Tahun 2021 instead"]


def test_revoked_regulation_passes_current_law():
    d = doc(dasar_hukum=["Undang - Undang Nomor 23 Tahun 2014 tentang Pemerintah Daerah sebagaimana telah "
                         "diubah beberapa kali, terakhir dengan Undang -Undang Nomor 9 tahun 2015"])
    assert findings(d, "revoked-regulation") == [] and findings(d, "outdated-regulation") == []
