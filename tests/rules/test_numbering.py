"""Step numbering rules (SOP2xx) on seed fragments."""

from __future__ import annotations

from seed_fragments import LAKIP_003, doc, findings, proc, step

SEED_001_STEPS = [
    step(5, "Analisa dan Pengolahan Data", "- Data Isian dari masing-masing Kepala Bidang", "2 hari",
         "Data Indikator Kinerja dan Form Isian Data Kinerja", row=9),
    step(6, "Penyusunan Draft Laporan Kinerja", "- Indikator Kinerja - Form Isian Data Capaian Kinerja",
         "2 hari", "Draft Laporan Kinerja DISDUKCAPIL Kota Probolinggo", row=10),
    step(6, "Penyerahan Draft Laporan Kinerja ke Sekretaris Dinas untuk direviu Apabila tidak sesuai akan "
            "dikembalikan ke Sub Bagian Program untuk diperbaiki Bila sudah sesuai diteruskan kepada Kepala "
            "DISDUKCAPIL disahkan",
         "Draft Laporan Kinerja Dinas Kependudukan dan Pencatatan Sipil Kota Probolinggo", "2 hari",
         "Koreksi Laporan Kinerja Persetujuan", row=3),
    step(7, "Pengesahan Laporan Kinerja DISDUKCAPIL Kota Probolinggo oleh Kepala Dinas",
         "Draft Laporan Kinerja Dinas Kependudukan dan Pencatatan Sipil Kota Probolinggo", "1 hari",
         "Laporan Kinerja DISDUKCAPIL Kota Probolinggo yang sudah disahkan", row=4),
]


def test_duplicate_step_number_fails_seed_001():
    found = findings(doc(proc(SEED_001_STEPS)), "duplicate-step-number")
    assert len(found) == 1
    assert (found[0].procedure, found[0].step, found[0].location.row) == (1, 6, 3)
    assert found[0].message == "Langkah 6: nomor 6 sudah dipakai langkah sebelumnya (baris 10, tabel 2)"


def test_duplicate_step_number_passes():
    assert findings(doc(proc(LAKIP_003)), "duplicate-step-number") == []


def test_step_sequence_gap():
    steps = [s for s in LAKIP_003 if s.number != 4]
    found = findings(doc(proc(steps)), "step-sequence-gap")
    assert [(f.step, f.message) for f in found] == [(5, "Langkah 5: nomor 5 menyusul 3 (seharusnya 4)")]
    # a duplicate is not a gap (seed 001: 5, 6, 6, 7 starts at 5 though -> only the start)
    assert [f.step for f in findings(doc(proc(SEED_001_STEPS)), "step-sequence-gap")] == [5]
    assert findings(doc(proc(LAKIP_003)), "step-sequence-gap") == []


def test_unnumbered_step_fails_seed_000_orphan_row():
    # seed 000 Renstra: after step 8 an unnumbered row "Draft Renstra SKPD | 2 hari | Draft Renstra SKPD"
    steps = [step(8, "Membuat konsep rencana strategi lima tahunan Disdukcapil Kab. Bintan",
                  "Draft Renstra SKPD", "4 hari", "Draft Renstra SKPD"),
             step(None, "", "Draft Renstra SKPD", "2 hari", "Draft Renstra SKPD", row=12),
             step(9, "Mengoreksi konsep Dokumen rencana strategi lima tahunan Disdukcapil Kab. Bintan",
                  "Draft Renstra SKPD", "1 hari", "Dokumen Renstra SKPD")]
    found = findings(doc(proc(steps)), "unnumbered-step")
    assert [(f.step, f.message) for f in found] == [
        (2, "Baris 12 (posisi 2) tanpa nomor langkah: «Draft Renstra SKPD | 2 hari | Draft Renstra SKPD»")]
    assert findings(doc(proc(LAKIP_003)), "unnumbered-step") == []
