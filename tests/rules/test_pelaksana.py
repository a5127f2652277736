"""Pelaksana rules (SOP3xx) on seed fragments."""

from __future__ import annotations

from seed_fragments import LAKIP_003, doc, findings, proc, step

from sopcheck.checks import RuleContext


def test_missing_pelaksana():
    marked = [s.model_copy(update={"pelaksana": ["Kepala Dinas"]}) for s in LAKIP_003]
    marked[2] = marked[2].model_copy(update={"pelaksana": []})
    found = findings(doc(proc(marked)), "missing-pelaksana")
    assert [(f.step, f.message) for f in found] == [
        (3, "Langkah 3: tidak ada simbol/tanda pelaksana di kolom jabatan mana pun")]


def test_missing_pelaksana_silent_when_no_symbols_read():
    # a text rendering (the seeds) has no symbols at all: no finding per row
    assert findings(doc(proc(LAKIP_003)), "missing-pelaksana") == []


def test_unknown_role_fails_seed_000_placeholders():
    p = proc(LAKIP_003, pelaksana=["Kepala Badan", "3", "4", "5", "6"])
    found = findings(doc(p), "unknown-role")
    assert [f.message for f in found] == [
        f"Kolom pelaksana «{n}» hanya berisi nomor kolom, bukan nama jabatan" for n in "3456"]
    assert all(f.procedure == 1 and f.step is None and f.location.table == 2 for f in found)


def test_unknown_role_garbage_and_two_roles():
    p = proc(LAKIP_003, pelaksana=["Sejahtera", "Kasubag Perencanaan", "Staff Program", "Kadis",
                                   "Kepala Seksi, Kepala Sub Bagian"])
    found = findings(doc(p), "unknown-role", lang="en")
    assert [f.message for f in found] == [
        "Pelaksana column «Sejahtera» does not read as a position or unit (add it under [[roles]] if it is a "
        "local post)",
        "Pelaksana column «Kepala Seksi, Kepala Sub Bagian» holds 2 roles in one column (Kepala Seksi; "
        "Kepala Sub Bagian); give each role its own column"]
    found_id = findings(doc(p), "unknown-role")
    assert "memuat 2 jabatan dalam satu kolom (Kepala Seksi; Kepala Sub Bagian)" in found_id[1].message


def test_unknown_role_extra_roles_from_config():
    p = proc(LAKIP_003, pelaksana=["Sejahtera"])
    ctx = RuleContext(extra_roles=[{"name": "Sejahtera", "aliases": []}])
    assert findings(doc(p), "unknown-role", ctx=ctx) == []


def test_unknown_role_passes_seed_004():
    p = proc(LAKIP_003, pelaksana=["Kadis", "Sekretaris", "Katim Penyusunan Program", "Kabid",
                                   "Katim pada Bidang", "Staf"])
    assert findings(doc(p), "unknown-role") == []


def test_role_name_variant_fails_seed_000():
    p = proc(LAKIP_003, pelaksana=["Kadis", "Sekdis", "Kasubag Program", "Kepada Dinas", "Staff"])
    found = findings(doc(p), "role-name-variant")
    assert [f.message for f in found] == ["Kolom pelaksana «Kepada Dinas» salah eja dari «Kepala Dinas»"]
    en = findings(doc(p), "role-name-variant", lang="en")
    assert en[0].message == "Pelaksana column «Kepada Dinas» misspells «Kepala Dinas»"


def test_role_once_per_sop_naming_its_procedures():
    """One document gave 21 findings for 4 headers: a header is reported once per SOP."""
    p = proc(LAKIP_003, pelaksana=["Kepada Dinas", "Sejahtera"])
    found = findings(doc(p, p, p), "role-name-variant") + findings(doc(p, p, p), "unknown-role")
    assert [(f.procedure, f.message) for f in found] == [
        (1, "Kolom pelaksana «Kepada Dinas» (prosedur 1, 2, 3) salah eja dari «Kepala Dinas»"),
        (1, "Kolom pelaksana «Sejahtera» (prosedur 1, 2, 3) tidak menyerupai nama jabatan atau unit (tambahkan "
            "ke [[roles]] bila itu jabatan setempat)")]


def test_local_posts_and_short_forms_are_no_finding():
    p = proc(LAKIP_003, pelaksana=["PJ Neraca Produksi", "CC & CA", "Ketua Project Analisis Lintas Sektor",
                                   "Kasubid", "Kasubag Umum dan Kepegawaian", "Kabid", "Kasi"])
    assert findings(doc(p), "unknown-role") == findings(doc(p), "role-name-variant") == []


def test_role_name_variant_kepala_badan_in_a_dinas():
    p = proc(LAKIP_003, pelaksana=["Kepala Badan", "Sekretaris", "Kasubbag Perencanaan"])
    found = findings(doc(p, instansi="DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BINTAN"),
                     "role-name-variant")
    assert [f.message for f in found] == [
        "Kolom pelaksana «Kepala Badan» menamai kepala badan, padahal instansi SOP ini dinas: tulis «Kepala Dinas»"]


def test_role_name_variant_passes():
    p = proc(LAKIP_003, pelaksana=["Kadis", "Sekdis", "Kasubbag Program", "Staff"])
    assert findings(doc(p), "role-name-variant") == []


def test_performer_in_kegiatan_fails_seed_001():
    s = step(1, "Kasubbag Program menginformasikan tentang Kebutuhan Data Kinerja kepada Sekretaris DISDUKCAPIL",
             "- Informasi data-data Kinerja yang dibutuhkan", "1 hari",
             "Penetapan Rencana format Kebutuhan data kinerja")
    found = findings(doc(proc([s])), "performer-in-kegiatan")
    assert len(found) == 1 and found[0].severity == "info"
    assert found[0].message.startswith("Langkah 1: kegiatan diawali pelaksana «Kasubbag Program»")


def test_performer_in_kegiatan_passes():
    s = step(3, "Pengumpulan Form Isian Data Kinerja dari masing-masing Kepala Bidang", "Form", "3 hari", "Form")
    assert findings(doc(proc(LAKIP_003 + [s])), "performer-in-kegiatan") == []
