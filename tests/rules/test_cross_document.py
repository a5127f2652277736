"""The cross-document rules (SOP601-SOP604) on small fact sets: a failing and a passing example
each, with the exact findings expected (bpmnlint style)."""

from __future__ import annotations

from sopcheck.checks import RuleContext, all_rules, get_rule
from sopcheck.checks.cross_document import (
    dangling_keterkaitan,
    duplicate_nama_sop,
    duplicate_nomor_sop,
    instansi_name_variant,
)
from sopcheck.checks.dinas_facts import DinasFacts, DocEntry, Reference
from sopcheck.domain.titles import (
    file_title_key,
    instansi_in_title,
    nomor_key,
    reference_key,
    short_key,
    title_key,
)

CTX = RuleContext(lang="id")
INSTANSI = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bintan"


def doc(i, path, nomor=None, nama=None, procs=(), instansi=INSTANSI):
    return DocEntry(i, path, instansi, nomor, nama, [(k, t, n) for k, (t, n) in enumerate(procs, 1)])


def hits(func, facts, ctx=CTX):
    spec = next(s for s in all_rules() if s.func is func)
    return [(h.doc_id, h.procedure, h.step) for h in func(facts, ctx.for_rule(spec))]


# --- keys ----------------------------------------------------------------------------------------

def test_keys():
    assert title_key("SOP PENYUSUNAN RENCANA STRATEGIS (RENSTRA)") == "penyusunan rencana strategis renstra"
    assert title_key("Standar Operasional Prosedur Penyusunan Renstra") == "penyusunan renstra"
    assert reference_key("Lihat SOP Pengumpulan Data") == "pengumpulan data"
    assert nomor_key(" 01/SOP/DKPS/SKRT/X/2016 ") == nomor_key("01 / sop / dkps/SKRT/X/2016")
    assert nomor_key("-") == "" and nomor_key("SOP") == ""
    assert file_title_key("dinas/statistics__093. SOP IDI signed.pdf") == "idi"
    assert instansi_in_title("Prosedur Penyusunan Renstra Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bintan") \
        == INSTANSI
    assert instansi_in_title("SOP PENGUMPULAN DATA KINERJA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL") is None


# --- duplicate-nomor-sop -----------------------------------------------------------------------

def test_duplicate_nomor_sop_fail_one_number_many_sops_in_one_file():
    facts = DinasFacts("d", [doc(1, "d/a.docx", "01/SOP/2016", procs=[("SOP LAKIP", "01/SOP/2016"),
                                                                      ("SOP RENSTRA", "01/SOP/2016"),
                                                                      ("SOP RENJA", None)])])
    # the third procedure has no number of its own: it takes the identitas number
    assert hits(duplicate_nomor_sop, facts) == [(1, 1, None), (1, 2, None), (1, 3, None)]


def test_duplicate_nomor_sop_fail_same_sop_in_two_files():
    facts = DinasFacts("d", [doc(1, "d/a.docx", "02/SOP/2019", procs=[("SOP Renja", None)]),
                             doc(2, "d/lama/a (1).docx", "02/SOP/2019", procs=[("SOP RENJA", None)])], root=".")
    found = list(duplicate_nomor_sop(facts, CTX.for_rule(get_rule("duplicate-nomor-sop"))))
    assert [(h.doc_id, h.procedure) for h in found] == [(1, 1), (2, 1)]
    assert "SOP yang sama di d/lama/a (1).docx" in found[0].params["others"]


def test_duplicate_nomor_sop_pass():
    facts = DinasFacts("d", [doc(1, "d/a.docx", "01/SOP/2016", procs=[("SOP LAKIP", None)]),
                             doc(2, "d/b.docx", "02/SOP/2016", procs=[("SOP RENSTRA", None)]),
                             doc(3, "d/c.docx", "-", procs=[("SOP RENJA", None)]),
                             doc(4, "d/e.docx", "-", procs=[("SOP RKA", None)]),
                             # an unmerged continuation: same number, same title, one file
                             doc(5, "d/f.docx", "05/SOP/2016", procs=[("SOP LPPD", None), ("SOP LPPD", None)])])
    assert hits(duplicate_nomor_sop, facts) == []


# --- duplicate-nama-sop ------------------------------------------------------------------------

def test_duplicate_nama_sop_fail_and_pass():
    fail = DinasFacts("d", [doc(1, "d/a.docx", "01/SOP/2019", procs=[("SOP Penyusunan Renja", None)]),
                            doc(2, "d/b.docx", "07/SOP/2022", procs=[("PENYUSUNAN RENJA", None)])])
    assert hits(duplicate_nama_sop, fail) == [(1, 1, None), (2, 1, None)]
    same_number = DinasFacts("d", [doc(1, "d/a.docx", "01/SOP/2019", procs=[("SOP Renja", None)]),
                                   doc(2, "d/b.docx", "01/SOP/2019", procs=[("SOP Renja", None)])])
    assert hits(duplicate_nama_sop, same_number) == []  # that is duplicate-nomor-sop's finding
    passing = DinasFacts("d", [doc(1, "d/a.docx", "01/SOP/2019", procs=[("SOP Penyusunan Renja", None)]),
                               doc(2, "d/b.docx", "02/SOP/2019", procs=[("SOP Penyusunan Renstra", None)])])
    assert hits(duplicate_nama_sop, passing) == []


# --- dangling-keterkaitan ----------------------------------------------------------------------

def _refs_facts(*refs):
    docs = [doc(1, "d/renstra.docx", "01/SOP/2019", procs=[("SOP PENYUSUNAN RENCANA STRATEGIS (RENSTRA)", None)]),
            doc(2, "d/SOP Pelayanan Umum.pdf", "02/SOP/2019", procs=[(None, None)])]
    return DinasFacts("Disdukcapil", docs,
                      [Reference(kind, text, p, s, None, 2, 3, doc_id=1) for kind, text, p, s in refs])


def test_dangling_keterkaitan_fail():
    facts = _refs_facts(("keterangan", "SOP alur surat masuk dan surat keluar", 1, 1),
                        ("keterangan", "SOP alur surat masuk dan surat keluar", 1, 4),  # same text: once
                        ("keterkaitan", "SOP Penyusunan LKjIP", None, None))
    found = list(dangling_keterkaitan(facts, CTX.for_rule(get_rule("dangling-keterkaitan"))))
    assert [(h.doc_id, h.procedure, h.step) for h in found] == [(1, 1, 1), (1, None, None)]
    assert found[0].params["where"] == "Keterangan langkah 1"


def test_dangling_keterkaitan_pass():
    facts = _refs_facts(("keterkaitan", "SOP Penyusunan Renstra", None, None),  # subset of the title
                        ("keterangan", "Lihat SOP Penyusunan Rencana Strategis", 1, 2),
                        ("keterkaitan", "SOP Pelayanan Umum;", None, None))  # matches the file name
    assert hits(dangling_keterkaitan, facts) == []


def test_dangling_keterkaitan_is_not_fooled_by_shared_words():
    # Renja is another SOP than Renstra (whole-string similarity 88 fooled token_set_ratio), and a
    # reference naming more than a short title ("PODES", from a file name) is another SOP too
    facts = _refs_facts(("keterkaitan", "SOP Penyusunan Renja", None, None),
                        ("keterangan", "Lihat SOP Pengolahan dan Evaluasi Data PODES", 1, 3),
                        ("keterkaitan", "SOP PODES", None, None))  # matches the file name: found
    facts.documents.append(doc(3, "d/statistics__084. SOP PODES signed.pdf", "03/SOP/2019", procs=[(None, None)]))
    assert hits(dangling_keterkaitan, facts) == [(1, None, None), (1, 1, 3)]


def test_titles_written_two_ways_are_one_sop():
    """Document names are read as their abbreviation (rules/abbreviations.yaml): a title with
    the long form and one with the acronym are the same SOP for every title rule."""
    assert short_key("SOP PENYUSUNAN RENCANA STRATEGIS (RENSTRA)") == short_key("SOP Penyusunan Renstra") \
        == "penyusunan renstra"
    assert short_key("Penyusunan LAKIP") == short_key("Penyusunan LKjIP")  # renamed in 2014
    # dangling-keterkaitan: the acronym finds the long title, and the long form the acronym title
    docs = [doc(1, "d/renstra.docx", "01/SOP/2019", procs=[("SOP Penyusunan Rencana Strategis", None)]),
            doc(2, "d/lkjip.docx", "02/SOP/2019", procs=[("SOP Penyusunan LKjIP", None)])]
    refs = [Reference("keterkaitan", text, None, None, None, 2, 3, doc_id=1)
            for text in ("SOP Penyusunan Renstra", "SOP Penyusunan Laporan Kinerja Instansi Pemerintah",
                         "SOP Penyusunan LAKIP", "SOP Penyusunan Renja")]
    found = list(dangling_keterkaitan(DinasFacts("d", docs, refs), CTX.for_rule(get_rule("dangling-keterkaitan"))))
    assert [h.params["reference"] for h in found] == ["SOP Penyusunan Renja"]
    # duplicate-nama-sop: one SOP under two numbers, titled two ways
    two = DinasFacts("d", [doc(1, "d/a.docx", "01/SOP/2019", procs=[("SOP Penyusunan Renstra", None)]),
                           doc(2, "d/b.docx", "09/SOP/2022", procs=[("PENYUSUNAN RENCANA STRATEGIS", None)])])
    assert hits(duplicate_nama_sop, two) == [(1, 1, None), (2, 1, None)]


def test_dangling_keterkaitan_tolerates_misspelt_words_and_small_words():
    facts = _refs_facts(("keterkaitan", "SOP Penyusunan Rencana Strategi", None, None),  # strategi(s)
                        ("keterangan", "SOP penyusunan rencana dan strategis", 1, 2))  # "dan" ignored
    assert hits(dangling_keterkaitan, facts) == []


def test_dangling_keterkaitan_reference_may_name_the_instansi():
    # the title says only "Penyusunan Rencana Strategis (Renstra)"; the instansi is not part of its name
    facts = _refs_facts(("keterkaitan", "SOP Penyusunan Renstra Dinas Kependudukan dan Pencatatan Sipil", None, None),
                        ("keterkaitan", "SOP Penyusunan Renja Dinas Kependudukan dan Pencatatan Sipil", None, None))
    assert hits(dangling_keterkaitan, facts) == [(1, None, None)]
    assert "Renja" in list(dangling_keterkaitan(facts,
                                                CTX.for_rule(get_rule("dangling-keterkaitan"))))[0].params["reference"]


def test_dangling_keterkaitan_threshold_from_configuration():
    facts = _refs_facts(("keterkaitan", "SOP Penyusunan Rencana Strategi", None, None))
    assert hits(dangling_keterkaitan, facts) == []
    strict = RuleContext(lang="id", options={"dangling-keterkaitan": {"min_similarity": 99}})
    assert hits(dangling_keterkaitan, facts, strict) == [(1, None, None)]


# --- instansi-name-variant ---------------------------------------------------------------------

def test_instansi_name_variant_fail_across_documents():
    facts = DinasFacts("d", [doc(1, "a.docx", instansi=INSTANSI), doc(2, "b.docx", instansi=INSTANSI),
                             doc(3, "c.docx", instansi=INSTANSI.replace("Bintan", "Bintang"))])
    found = list(instansi_name_variant(facts, CTX.for_rule(get_rule("instansi-name-variant"))))
    assert [(h.doc_id, h.procedure) for h in found] == [(3, None)]
    assert found[0].params == {"variant": INSTANSI.replace("Bintan", "Bintang"), "usual": INSTANSI, "count": 2}


def test_instansi_name_variant_fail_within_one_document():
    facts = DinasFacts("d", [doc(1, "a.docx", instansi=INSTANSI.upper().replace("BINTAN", "BINTANG"),
                                 procs=[(f"Prosedur Penyusunan Renstra {INSTANSI}", None),
                                        (f"Penyusunan LKPJ {INSTANSI.upper()}", None)])])
    assert hits(instansi_name_variant, facts) == [(1, None, None)]


def test_instansi_name_variant_pass():
    facts = DinasFacts("d", [doc(1, "a.docx", instansi=INSTANSI),
                             doc(2, "b.docx", instansi="Dinas Kependudukan dan Pencatatan Sipil Kab. Bintan"),
                             doc(3, "c.docx", instansi="DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"),  # shorter
                             doc(4, "d.docx", instansi="Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tapin")])
    assert hits(instansi_name_variant, facts) == []
