"""Mutu Baku rules (SOP4xx) on seed fragments."""

from __future__ import annotations

from seed_fragments import LAKIP_003, doc, findings, proc, step

from sopcheck.checks import RuleContext, run_rules


def test_output_input_mismatch_fails_seed_003_lakip():
    found = findings(doc(proc(LAKIP_003)), "output-input-mismatch")
    assert [(f.step, f.code) for f in found] == [(6, "SOP401")]
    assert found[0].message.startswith(
        "Langkah 6: kelengkapan «Draft LAKIP» tidak sesuai output langkah 5 «Format Penyusunan LAKIP»")


def test_output_input_mismatch_item_list_and_threshold():
    # seed 002: step 2 outputs "Disposisi"; step 3 needs "Rencana Kerja, Disposisi" (one item matches)
    steps = [step(2, "Meneleah kegiatan pengumpulan ...", "Rencana Kerja, Disposisi", "30 Menit", "Disposisi"),
             step(3, "Meneleah kegiatan pengumpulan ...", "Rencana Kerja, Disposisi", "30 Menit", "Disposisi")]
    assert findings(doc(proc(steps)), "output-input-mismatch") == []
    # a stricter configured threshold makes a near match fail
    near = [step(1, "Membuat konsep", "Draft", "1 jam", "Draft Renstra SKPD"),
            step(2, "Mengoreksi konsep", "Dokumen Renstra SKPD", "1 jam", "Dokumen Renstra SKPD")]
    assert findings(doc(proc(near)), "output-input-mismatch") == []
    strict = RuleContext(options={"output-input-mismatch": {"min_similarity": 90}})
    assert [f.step for f in findings(doc(proc(near)), "output-input-mismatch", ctx=strict)] == [2]


def test_output_input_mismatch_skips_empty_cells():
    steps = [step(1, "Melaporkan rencana kegiatan", "Rencana Kerja", "30 Menit", ""),
             step(2, "Meneleah kegiatan", "Rencana Kerja, Disposisi", "30 Menit", "Disposisi")]
    assert findings(doc(proc(steps)), "output-input-mismatch") == []


def test_missing_output_fails_seed_002_step_1():
    steps = [step(1, "Melaporkan rencana kegiatan pengumpulan dan pengukuran indikator kinerja",
                  "Rencana Kerja", "30 Menit", ""),
             step(2, "Meneleah kegiatan pengumpulan dan pengukuran indikator kinerja",
                  "Rencana Kerja, Disposisi", "30 Menit", "Disposisi")]
    found = findings(doc(proc(steps)), "missing-output")
    assert [(f.step, f.message) for f in found] == [(1, "Langkah 1: sel Output kosong")]
    assert findings(doc(proc(LAKIP_003)), "missing-output") == []


def test_missing_kelengkapan_fails_seed_003_renstra_step_1():
    steps = [step(1, "Membentuk Tim Penyusun Renstra", "", "5 Menit", "Disposisi Surat"),
             step(2, "Memerintahkan penyusunan Renstra", "Disposisi Surat", "5 Menit", "Disposisi Surat")]
    found = findings(doc(proc(steps)), "missing-kelengkapan", lang="en")
    assert [(f.step, f.message) for f in found] == [(1, "Step 1: the Kelengkapan cell is empty")]
    assert findings(doc(proc(LAKIP_003)), "missing-kelengkapan") == []


def test_clean_seed_003_lakip_fragment_has_only_the_known_defects():
    found = run_rules(doc(proc(LAKIP_003, pelaksana=["Sekretaris Dinas", "Staf Perencanaan & Pelaporan",
                                                     "Kasubbag Perencanaan", "Kepala Dinas"])), "seed.docx")
    # the text rendering lost the symbols: symbols-not-found says so once for the procedure
    assert sorted((f.rule, f.step or 0) for f in found) == [("implausible-duration", 5), ("output-input-mismatch", 6),
                                                            ("symbols-not-found", 0)]


def test_output_input_mismatch_skips_equipment_kelengkapan():
    # seed 000 "PERENCANAAN PROGRAM": the column holds equipment (ATK, Komputer), not inputs
    steps = [step(3, "Validasi Data Target Capaian", "ATK dan Komputer", "120 menit",
                  "Data yang Valid Untuk Mengurangi Polipener/ program/ kegiatan"),
             step(4, "Melakukan Koordinasi dengan masing-masing bidang", "ATK", "60 menit",
                  "Notulen hasil Koordinasi"),
             step(5, "Meminta koreksi", "Dokumen", "50 menit", "Dokumen Pelajanan program")]
    assert findings(doc(proc(steps)), "output-input-mismatch") == []


def test_output_input_mismatch_skips_software_kelengkapan():
    # BPS Bengkulu survey SOPs list the application used, not a document: "Aplikasi Fasih"
    steps = [step(2, "Menyelenggarakan pelatihan petugas", "Undangan Pelatihan", "1 hari", "Petugas terlatih"),
             step(3, "Melakukan pencacahan", "Aplikasi Fasih", "20 hari", "Raw data"),
             step(4, "Menyiapkan bahan promosi", "Aplikasi desain grafis, Aplikasi Google Form", "2 hari",
                  "Video promosi")]
    assert findings(doc(proc(steps)), "output-input-mismatch") == []
    # one document among the tools is still compared
    mixed = [steps[0], step(3, "Melakukan pencacahan", "Aplikasi Fasih, Daftar Sampel", "20 hari", "Raw data")]
    assert [f.step for f in findings(doc(proc(mixed)), "output-input-mismatch")] == [3]


def test_output_input_mismatch_reads_long_forms_as_abbreviations():
    # "Surat Keputusan" is "SK", "TOR" is "KAK" (rules/thresholds.yaml abbreviations)
    steps = [step(1, "Menerbitkan surat perintah membayar", "Disposisi", "1 jam", "Surat Perintah Membayar"),
             step(2, "Menyusun keputusan", "SPM", "1 jam", "Surat Keputusan"),
             step(3, "Menyusun kerangka acuan", "SK", "1 jam", "TOR"),
             step(4, "Menyusun anggaran", "Kerangka Acuan Kerja", "1 jam", "RKA")]
    assert findings(doc(proc(steps)), "output-input-mismatch") == []
    # a shared abbreviation does not make different documents alike (seed 003 LAKIP stays flagged)
    assert [f.step for f in findings(doc(proc(LAKIP_003)), "output-input-mismatch")] == [6]
