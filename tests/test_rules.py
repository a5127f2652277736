"""Per rule: a failing and a passing fragment of a real seed document (shared/seeds), with the
exact finding expected (rule, procedure, step, message fragment). Fragments are built as
SopDocument objects from the seeds' text; end-to-end runs on the corpus files live elsewhere.
"""

from __future__ import annotations

import pytest

from sopcheck.checks import RuleContext, all_rules, run_rules
from sopcheck.domain.durations import parse_duration
from sopcheck.model import Identity, Location, Procedure, SopDocument, Step, Waktu


# ----------------------------------------------------------------------------- builders

def step(number, kegiatan, kelengkapan="", waktu="", output="", pelaksana=(), symbol=None, row=None,
         number_raw=None):
    parsed = parse_duration(waktu) if waktu else None
    return Step(number=number, number_raw=number_raw if number_raw is not None else (f"{number}" if number else ""),
                kegiatan=kegiatan, pelaksana=list(pelaksana), symbol=symbol, kelengkapan=kelengkapan,
                waktu=Waktu(raw=waktu, minutes=parsed.minutes if parsed else None), output=output,
                location=Location(table=2, row=row or (number or 0) + 2))


def proc(steps, pelaksana=("Kepala Dinas", "Sekretaris Dinas", "Kasubbag Perencanaan", "Staf"), title="SOP"):
    return Procedure(title=title, pelaksana=list(pelaksana), steps=list(steps))


FULL_IDENTITY = dict(
    instansi="Dinas Kependudukan dan Pencatatan Sipil Kabupaten Barito Kuala",
    nomor_sop="03 Tahun 2025", tanggal_pembuatan="20 Januari 2025", tanggal_revisi="-",
    tanggal_efektif="21 Januari 2025",
    disahkan_oleh="Kepala Dinas Akhnad Wahyuni S.Sos, M.IP Pembina Utama Muda NIP. 19650501 198602 1 007",
    nama_sop="Pengolahan dan Penyampaian Data Kinerja Bidang Sekretariat",
    dasar_hukum=["Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi No.35 Tahun 2012 "
                 "tentang Penyusunan SOP-AP"],
    kualifikasi_pelaksana=["Mampu mengoperasikan komputer"],
    keterkaitan=["SOP Pelayanan Umum"],
    peralatan_perlengkapan=["ATK", "Komputer dan Printer"],
    peringatan=["Apabila SOP ... tidak dijalankan dengan baik, maka akan mengganggu Pelaporan"],
    pencatatan_pendataan=["Laporan Penyampaian Data Kinerja Bidang Sekretariat"],
)


def doc(*procedures, **identity):
    ident = {**FULL_IDENTITY, **identity}
    return SopDocument(source="seed.docx", format="docx", identity=Identity(**ident), procedures=list(procedures))


def findings(document, rule, lang="id", ctx=None):
    ctx = ctx or RuleContext(lang=lang)
    return [f for f in run_rules(document, "seed.docx", ctx, selected=[rule])]


# Seed 003 "SOP PENYUSUNAN LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAHAN (LAKIP)" — real text.
LAKIP_003 = [
    step(1, "Memerintahkan penyusunan LAKIP", "Disposisi Surat", "5 Menit", "Disposisi Surat"),
    step(2, "Membuat format pengumpulan data dan informasi kinerja dari masing-masing bidang dan sekretariat",
         "Disposisi Surat", "1 jam", "Format Penyusunan LAKIP"),
    step(3, "Menyampaikan format pengumpulan data dan informasi kinerja kepada masing-masing bidang dan "
            "sekretariat", "Format Penyusunan LAKIP", "30 Menit", "Format Penyusunan LAKIP"),
    step(4, "Menghimpun format data dan informasi kinerja dari masing-masing bidang dan sekretariat.",
         "Format Penyusunan LAKIP", "1 jam", "Format Penyusunan LAKIP"),
    step(5, "Menganalisis dan mengevaluasi data dan informasi kinerja yang telah terkumpul",
         "Format Penyusunan LAKIP", "5 Menit", "Format Penyusunan LAKIP"),
    step(6, "Membuat dokumen LAKIP", "Draft LAKIP", "1 jam", "Draft LAKIP"),
]


# ------------------------------------------------------------------------- registration

def test_every_rule_is_documented():
    for spec in all_rules():
        if spec.scope != "document":
            continue
        assert spec.summary["id"] and spec.summary["en"], spec.name
        assert spec.message["id"] and spec.message["en"], spec.name
        assert spec.why["id"] and spec.why["en"], spec.name
        assert spec.fail and spec.passing, spec.name
        assert spec.doc and "Source" in spec.doc, spec.name


def test_contract_rule_names_and_codes():
    codes = {s.name: s.code for s in all_rules()}
    assert codes["missing-identity-field"] == "SOP101"
    assert codes["duplicate-step-number"] == "SOP201"
    assert codes["step-sequence-gap"] == "SOP202"
    assert codes["unnumbered-step"] == "SOP203"
    assert codes["missing-pelaksana"] == "SOP301"
    assert codes["unknown-role"] == "SOP302"
    assert codes["role-name-variant"] == "SOP303"
    assert codes["output-input-mismatch"] == "SOP401"
    assert codes["missing-output"] == "SOP402"
    assert codes["missing-kelengkapan"] == "SOP403"
    assert codes["missing-duration"] == "SOP501"
    assert codes["unparseable-duration"] == "SOP502"
    assert codes["duration-words-mismatch"] == "SOP503"
    assert codes["implausible-duration"] == "SOP504"


# ---------------------------------------------------------------------------- identitas

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


# ---------------------------------------------------------------------------- numbering

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


# ---------------------------------------------------------------------------- pelaksana

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
        "Pelaksana column «Sejahtera» is not a known role (add it under [[roles]] if it is a local post)",
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
    p = proc(LAKIP_003, pelaksana=["Kadis", "Sekdis", "Kasubag Program", "Staff"])
    found = findings(doc(p), "role-name-variant")
    assert [f.message for f in found] == ["«Kasubag Program» adalah varian dari «Kepala Sub Bagian Program»"]
    en = findings(doc(p), "role-name-variant", lang="en")
    assert en[0].message == "«Kasubag Program» is a variant of «Kepala Sub Bagian Program»"


def test_role_name_variant_kepala_badan_in_a_dinas():
    p = proc(LAKIP_003, pelaksana=["Kepala Badan", "Sekretaris", "Kasubbag Perencanaan"])
    found = findings(doc(p, instansi="DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BINTAN"),
                     "role-name-variant")
    assert [f.message for f in found] == [
        "«Kepala Badan» adalah varian dari «Kepala Dinas» (instansi SOP ini dinas, bukan badan)"]


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


# ---------------------------------------------------------------------------- flowchart

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


# ---------------------------------------------------------------------------- mutu baku

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


# -------------------------------------------------------------------------------- waktu

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


# ------------------------------------------------------------------- precision on a clean SOP

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
