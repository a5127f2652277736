"""Flowchart rules on seed fragments."""

from __future__ import annotations

from seed_fragments import LAKIP_003, doc, findings, proc, step


def test_terminator_placement():
    shapes = ["process", "process", "process", "process", "process", "terminator"]
    p = proc([s.model_copy(update={"symbol": sym}) for s, sym in zip(LAKIP_003, shapes)])
    found = findings(doc(p), "terminator-placement")
    assert [(f.step, f.message) for f in found] == [
        (1, "Langkah 1: langkah pertama digambar sebagai process, bukan terminator (kapsul)")]
    good = ["terminator", "process", "process", "process", "process", "terminator"]
    p = proc([s.model_copy(update={"symbol": sym}) for s, sym in zip(LAKIP_003, good)])
    assert findings(doc(p), "terminator-placement") == []
    assert findings(doc(proc(LAKIP_003)), "terminator-placement") == []  # symbols unknown


SEED_004_STEP_6 = ("Menyerahkan dan memeriksa Laporan Kinerja Bidang, jika sesuai maka akan tandatangani sebagai "
                   "Laporan Kinerja Bidang kemudian diteruskan kepada Sekretaris untuk dipergunakan sebagai bahan "
                   "penyusunan Laporan Kinerja Dinas, jika tidak sesuai maka akan dikembalikan untuk diperbaiki.")


def test_decision_not_drawn():
    s = step(6, SEED_004_STEP_6, "Laporan Kinerja Bidang", "15 (Lima Belas) Menit", "Laporan Kinerja Bidang",
             symbol="process")
    found = findings(doc(proc([s])), "decision-not-drawn")
    assert [(f.step, f.code) for f in found] == [(6, "SOP306")]
    assert "bukan keputusan (belah ketupat)" in found[0].message
    assert findings(doc(proc([s.model_copy(update={"symbol": "decision"})])), "decision-not-drawn") == []
    plain = step(5, "Membuat Draft Laporan Kinerja Bidang kemudian mengajukan kepada Kepala Bidang.",
                 "x", "2(Dua) Jam", "Laporan Kinerja Bidang", symbol="process")
    assert findings(doc(proc([plain])), "decision-not-drawn") == []
