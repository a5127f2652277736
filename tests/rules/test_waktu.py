"""Waktu rules (SOP5xx) on seed fragments."""

from __future__ import annotations

from seed_fragments import LAKIP_003, doc, findings, proc, step

from sopcheck.model import Waktu


def test_missing_duration():
    steps = [step(4, "Menghimpun format data", "Format Penyusunan LAKIP", "", "Format Penyusunan LAKIP")]
    found = findings(doc(proc(LAKIP_003 + steps)), "missing-duration")
    assert [(f.step, f.message) for f in found] == [(4, "Langkah 4: sel Waktu kosong")]
    assert findings(doc(proc(LAKIP_003)), "missing-duration") == []


def test_unparseable_duration_fails_seed_000_jari():
    s = step(11, "Mengantar surat, mengandatangani dan mengarsipkan Dokumen LAKIP", "Dokumen LAKIP", "1 Jari",
             "Dokumen LAKIP")
    found = findings(doc(proc([s])), "unparseable-duration")
    assert [(f.step, f.code, f.severity) for f in found] == [(11, "SOP502", "warning")]
    assert found[0].message.startswith("Langkah 11: waktu «1 Jari» bukan durasi")
    assert findings(doc(proc(LAKIP_003)), "unparseable-duration") == []


def test_duration_words_mismatch_fails_seed_004_step_7():
    s = step(7, "Menyerahkan Laporan Data Kinerja Bidang kepada Katim Penyusunan Program", "Laporan Kinerja Bidang",
             "15 (Lima) Menit", "Laporan Kinerja Bidang")
    found = findings(doc(proc([s])), "duration-words-mismatch")
    assert [(f.step, f.message) for f in found] == [
        (7, "Langkah 7: waktu «15 (Lima) Menit» menulis 15 dengan angka tetapi 5 dengan huruf")]
    en = findings(doc(proc([s])), "duration-words-mismatch", lang="en")
    assert en[0].message == "Step 7: waktu «15 (Lima) Menit» says 15 in digits but 5 in words"
    ok = s.model_copy(update={"waktu": Waktu(raw="15 (Lima Belas) Menit", minutes=15)})
    assert findings(doc(proc([ok])), "duration-words-mismatch") == []


def test_implausible_duration_fails_seed_003_analysing_in_5_minutes():
    found = findings(doc(proc(LAKIP_003)), "implausible-duration")
    assert [(f.step, f.code) for f in found] == [(5, "SOP504")]
    assert found[0].message == ("Langkah 5: waktu «5 Menit» tidak wajar untuk kegiatan analisis/evaluasi "
                                "(wajar 30 menit sampai 3 bulan)")


def test_implausible_duration_passes_signing_in_minutes():
    steps = [step(11, "Menandatangani dokumen rencana kerja tahunan oleh Kepala Dinas",
                  "Dokumen Rencana Kerja (RENJA)", "5 menit", "Disposisi Persetujuan Dokumen Rencana Kerja (RENJA)"),
             step(11, "Penandatanganan dokumen rencana strategi lima tahunan Disdukcapil Kab. Bintan oleh Kadis",
                  "Dokumen Renstra SKPD", "10 menit", "Disposisi persetujuan dokumen Renstra"),
             step(5, "Melaksanakan Rapat pembahasan rencana strategi lima tahunan", "Undangan rapat",
                  "30 menit", "Undangan rapat")]
    assert findings(doc(proc(steps)), "implausible-duration") == []


def test_duration_in_wrong_column_seed_003_renstra_shift():
    # seed 003 Renstra step 6: kelengkapan empty, "Draft RENSTRA" under Waktu, "2 jam" under Output
    s = step(6, "Melaksanakan Rapat pembahasan rencana strategi lima tahunan", "", "Draft RENSTRA", "2 jam")
    d = doc(proc([s]))
    found = findings(d, "duration-in-wrong-column")
    assert [(f.step, f.code) for f in found] == [(6, "SOP505")]
    assert "kolom Output berisi durasi «2 jam» (kolom Waktu: «Draft RENSTRA»)" in found[0].message
    # one finding for the shift: the waktu and kelengkapan rules stay silent on that step
    for other in ("unparseable-duration", "missing-kelengkapan", "missing-duration"):
        assert findings(d, other) == [], other


def test_duration_in_wrong_column_seed_004_kelengkapan():
    s = step(1, "Memberikan arahan kepada Katim Penyusunan Program", "Disposisi (Sepuluh) Menit",
             "", "Disposisi (Arahan dan Petunjuk)")
    found = findings(doc(proc([s])), "duration-in-wrong-column")
    assert [f.step for f in found] == [1]
    assert findings(doc(proc(LAKIP_003)), "duration-in-wrong-column") == []


def test_waktu_left_to_an_outside_schedule_is_no_finding():
    """BPS Bengkulu procurement SOPs: the LKPP rules set each tender stage's length ("Sesuai kebutuhan");
    a frequency ("Semesteran") is still no duration."""
    steps = [step(4, "Peserta menyampaikan Dokumen Penawaran", "Dokumen Pemilihan", "Sesuai kebutuhan", "Penawaran"),
             step(5, "Pengadaan barang", "Kontrak", "Sesuai masa kontrak", "Barang"),
             step(6, "Penyusunan laporan kegiatan", "Dokumentasi", "Semesteran", "Laporan")]
    assert [f.step for f in findings(doc(proc(steps)), "unparseable-duration")] == [6]


def test_end_capsule_stating_the_result_needs_no_kelengkapan_or_waktu():
    """it__341: the last row is only the end capsule naming the result; it__072's last row also has a box."""
    steps = [step(4, "Penghitungan IMPOR Triwulanan Harga Konstan", "IMPOR ADHB", "1 hari", "IMPOR ADHK",
                  symbol="process", pelaksana=["Staff"]),
             step(5, "IMPOR Triwulanan Harga Konstan", "", "", "IMPOR ADHK", symbol="terminator",
                  pelaksana=["Ketua Tim Neraca Wilayah"])]
    assert findings(doc(proc(steps)), "missing-duration") == findings(doc(proc(steps)), "missing-kelengkapan") == []
    boxed = steps[:1] + [steps[1].model_copy(update={"output": ""})]
    assert [f.step for f in findings(doc(proc(boxed)), "missing-duration")] == [5]


def test_reading_back_a_report_is_no_analysis():
    """statistics__051: "Evaluasi laporan" in 5 menit is plausible; analysing all data in 5 minutes is not."""
    report = step(10, "Evaluasi laporan", "Laporan kegiatan", "5 menit", "Laporan")
    assert findings(doc(proc([report])), "implausible-duration") == []
    data = step(5, "Menganalisis dan mengevaluasi data kinerja", "Data kinerja", "5 Menit", "Hasil analisis")
    assert [f.step for f in findings(doc(proc([data])), "implausible-duration")] == [5]
