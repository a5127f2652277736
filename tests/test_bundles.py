"""Bundles: one file holding several SOPs is read, checked and reported as one SOP each.

Two inputs: ``corpus/layouts/cimahi-bpkad-bundle.docx`` (three SOPs of BPKAD Kota Cimahi one
after another, written by the corpus builder; its spec says what each SOP holds) with its PDF
made by LibreOffice, and the real Word-exported bundle ``../shared/real/wild/cimahi-bpkad_SOP_
Bid_Perencanaan_Anggaran.pdf`` (five SOPs), compared with its by-eye reading
(:mod:`real_wild_by_eye`).
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from real_by_eye import pelaksana_of
from real_wild_by_eye import CIMAHI, CIMAHI_SOPS, step_number, symbols_of

from sopcheck.api import check_file, parse_file
from sopcheck.cli import main
from sopcheck.model import CheckReport, SopDocument
from sopcheck.text import fold

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "corpus" / "layouts"
BUNDLE = LAYOUTS / "cimahi-bpkad-bundle.docx"
REAL = Path(__file__).resolve().parents[2] / "shared" / "real"
REAL_BUNDLE = REAL / "wild" / CIMAHI
TAPIN = ROOT / "corpus" / "tapin-pengukuran-kinerja.docx"


def _spec() -> dict:
    return json.loads((LAYOUTS / "cimahi-bpkad-bundle.spec.json").read_text(encoding="utf-8"))


def _as_spec(doc: SopDocument) -> dict:
    """``doc`` in the spec's shape: identity, then per procedure the title, number, roles and
    each step's fields as the builder wrote them."""
    got = json.loads(doc.model_dump_json())
    procedures = []
    for proc in got["procedures"]:
        steps = [{"number_raw": s["number_raw"], "kegiatan": s["kegiatan"], "pelaksana": s["pelaksana"],
                  "symbol": s["symbol"], "kelengkapan": s["kelengkapan"], "waktu": s["waktu"]["raw"],
                  "output": s["output"], "keterangan": s["keterangan"]} for s in proc["steps"]]
        procedures.append({"title": proc["title"], "nomor_sop": proc["nomor_sop"], "pelaksana": proc["pelaksana"],
                           "steps": steps})
    return {"identity": got["identity"], "procedures": procedures}


def _spec_sops() -> list[dict]:
    sops = []
    for sop in _spec()["sops"]:
        procedures = [{**p, "steps": [{k: v for k, v in s.items() if k != "encoding"} for s in p["steps"]]}
                      for p in sop["procedures"]]
        sops.append({"identity": sop["identity"], "procedures": procedures})
    return sops


# --------------------------------------------------------------------------- the fixture


@pytest.mark.parametrize("suffix, pages", [(".docx", [None, None, None]),
                                           (".pdf", [(1, 2), (3, 4), (5, 5)])])
def test_fixture_bundle_reads_as_three_sops_each_its_own(suffix, pages):
    docs = parse_file(BUNDLE.with_suffix(suffix))
    assert [(d.part.index, d.part.count, d.part.pages) for d in docs] == [
        (i, 3, p) for i, p in enumerate(pages, 1)]
    assert [_as_spec(d) for d in docs] == _spec_sops()
    assert {d.source for d in docs} == {str(BUNDLE.with_suffix(suffix))}
    # step locations keep the file's table numbering: SOP 2's steps are in tables after SOP 1's
    tables = [{s.location.table for p in d.procedures for s in p.steps} for d in docs]
    assert max(tables[0]) < min(tables[1]) and max(tables[1]) < min(tables[2])


def test_single_sop_file_has_no_part_anywhere(capsys):
    [doc] = parse_file(TAPIN)
    assert doc.part is None and "part" not in json.loads(doc.model_dump_json())
    result = check_file(TAPIN)
    assert result.findings and all(f.part is None for f in result.findings)
    assert all("part" not in json.loads(f.model_dump_json()) for f in result.findings)
    assert main(["parse", str(TAPIN), "--format", "json"]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), dict)  # one object, as before bundles


def test_findings_count_procedures_and_steps_within_their_sop():
    result = check_file(BUNDLE)
    assert len(result.documents) == 3
    assert {f.part for f in result.findings} == {1, 2, 3}
    for finding in result.findings:
        doc = result.document_of(finding)
        assert doc is result.documents[finding.part - 1]
        if finding.procedure is not None:
            assert finding.procedure == 1  # each SOP has one procedure
            steps = doc.procedures[0].steps
            if finding.step is not None:
                assert any(s.number == finding.step for s in steps) or finding.step <= len(steps)
    # every SOP's blank Nomor SOP is its own finding
    empty = [f.part for f in result.findings if f.rule == "missing-identity-field" and "Nomor SOP" in f.message]
    assert empty == [1, 2, 3]
    # SOP 3 opens with an unnumbered row: the finding is SOP 3's step 1 (its position)
    unnumbered = [(f.part, f.procedure, f.step) for f in result.findings if f.rule == "unnumbered-step"]
    assert unnumbered == [(3, 1, 1)]


def test_parse_json_prints_one_object_per_sop(capsys):
    assert main(["parse", str(BUNDLE), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 3
    assert [d["part"] for d in data] == [{"index": i, "count": 3, "pages": None} for i in (1, 2, 3)]
    assert [d["identity"]["nama_sop"] for d in data] == [s["identity"]["nama_sop"] for s in _spec()["sops"]]
    assert list(data[0])[:3] == ["source", "format", "part"]
    # two files, one a bundle: one flat array of 4 objects
    assert main(["parse", str(BUNDLE), str(TAPIN), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d.get("part", {}).get("index") for d in data] == [1, 2, 3, None]


def test_check_reports_name_the_sop(capsys):
    pdf = BUNDLE.with_suffix(".pdf")
    assert main(["check", str(pdf), "--format", "json", "--no-cache"]) == 1
    report = CheckReport.model_validate_json(capsys.readouterr().out)
    assert report.summary.files == 1
    parts = [f.part for f in report.findings]
    assert parts == sorted(parts) and set(parts) == {1, 2, 3}  # report order: SOP by SOP

    main(["check", str(pdf), "--format", "concise", "--no-cache"])
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(": sop " in line for line in lines)
    assert any(line.startswith(f"{pdf}: sop 3 procedure 1 step 1: SOP203 unnumbered-step") for line in lines)

    main(["check", str(pdf), "--format", "github", "--no-cache"])
    assert "title=SOP203 unnumbered-step (SOP 3)::" in capsys.readouterr().out

    main(["check", str(pdf), "--format", "sarif", "--no-cache"])
    sarif = json.loads(capsys.readouterr().out)
    names = [r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] for r in sarif["runs"][0]["results"]]
    assert "sop 3 / procedure 1 / step 1 / page 5" in names
    prints = [r["partialFingerprints"]["sopcheck/v1"] for r in sarif["runs"][0]["results"]]
    assert len(set(prints)) == len(prints)  # the same finding in two SOPs is two results

    main(["check", str(pdf), "--no-cache", "--no-color"])
    out = capsys.readouterr().out
    assert "bundel: 3 SOP dalam satu berkas" in out
    assert out.index("SOP 1 dari 3 · hlm 1–2") < out.index("SOP 2 dari 3 · hlm 3–4") < out.index("SOP 3 dari 3 · hlm 5")
    assert "1 berkas · 3 SOP ·" in out


def test_baseline_keys_a_finding_on_its_sop(tmp_path, capsys):
    from sopcheck.baseline import fingerprint

    bundle = tmp_path / "buku.docx"
    shutil.copy(BUNDLE, bundle)
    result = check_file(bundle)
    empty = [f for f in result.findings if f.rule == "missing-identity-field" and "Nomor SOP" in f.message]
    keys = {fingerprint(f, result.document_of(f)) for f in empty}
    assert len(keys) == 3  # the same message in three SOPs: three keys
    # the key follows the SOP, not its place in the file (an SOP inserted before it changes nothing)
    third = empty[2]
    moved = third.model_copy(update={"part": 4})
    assert fingerprint(moved, result.documents[2]) == fingerprint(third, result.documents[2])

    baseline = tmp_path / "baseline.json"
    assert main(["check", str(bundle), "--write-baseline", str(baseline), "--no-cache"]) == 0  # no report (issue 17)
    capsys.readouterr()
    assert main(["check", str(bundle), "--baseline", str(baseline), "--format", "json", "--no-cache"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []


def test_parse_cache_keeps_every_sop(tmp_path):
    from sopcheck.cache import ParseCache

    cache = ParseCache(tmp_path / "cache")
    cold = check_file(BUNDLE, cache=cache)
    warm = check_file(BUNDLE, cache=cache)
    assert len(warm.documents) == 3 and warm.documents == cold.documents
    assert [d.part for d in warm.documents] == [d.part for d in cold.documents]
    assert warm.findings == cold.findings


def test_audit_counts_sops_and_cross_rules_see_each(tmp_path, capsys):
    from sopcheck.audit import TaskOptions, run_audit

    root = tmp_path / "root" / "bpkad"
    root.mkdir(parents=True)
    shutil.copy(BUNDLE, root / "buku-sop.docx")
    shutil.copy(BUNDLE.with_suffix(".pdf"), root / "buku-sop.pdf")
    run = run_audit(root.parent, jobs=1, executor="inline", options=TaskOptions(drawings=False))
    try:
        rows = list(run.store.documents())
        assert run.done == 2 and run.store.count_files() == 2
        assert [(Path(r.path).suffix, r.part, r.parts) for r in rows] == [
            (".docx", 1, 3), (".docx", 2, 3), (".docx", 3, 3), (".pdf", 1, 3), (".pdf", 2, 3), (".pdf", 3, 3)]
        assert [r.nama_sop for r in rows[:3]] == [s["identity"]["nama_sop"] for s in _spec()["sops"]]
        (summary,) = run.store.dinas_summaries()
        assert (summary.documents, summary.procedures) == (6, 6)
        # each SOP's title is in both files: duplicate-nama-sop names the other copy's SOP
        dup = [f for f in run.store.findings() if f.rule == "duplicate-nama-sop"]
        assert sorted((Path(f.path).suffix, f.part) for f in dup) == sorted(
            (s, p) for s in (".docx", ".pdf") for p in (1, 2, 3))
        docx_sop2 = next(f for f in dup if f.path.endswith(".docx") and f.part == 2)
        assert "buku-sop.pdf (SOP 2/3)" in docx_sop2.message
        assert all(f.part is not None for f in run.store.findings())
    finally:
        run.store.close()


# --------------------------------------------------------------------------- the real bundle

# Cells where sopcheck's reading differs from the page, with why. The test compares the exact
# set of differences with this list: a new one fails, and so does a listed one that went away.
REAL_DIFFERENCES = {
    # SOP 5 rows 11-12 (steps "11", "12"): the "-" bullets of the Kelengkapan and Output cells sit
    # under the cells' left borders (clipped on the page, a dot shows); their centres fall in the
    # column to the left, so they are read into Waktu (and a role column) and lost from the cell.
    (5, 12, "kelengkapan"), (5, 12, "output"), (5, 12, "waktu"),
    (5, 13, "kelengkapan"), (5, 13, "output"), (5, 13, "waktu"),
}


def _squeeze(text) -> str:
    return "".join((text or "").split())


@pytest.mark.skipif(not REAL_BUNDLE.is_file(), reason="../shared/real not present")
def test_real_bundle_reads_as_five_sops_as_seen_on_the_page():
    docs = parse_file(REAL_BUNDLE)
    assert [(d.part.index, d.part.count) for d in docs] == [(i, 5) for i in range(1, 6)]
    assert [d.part.pages for d in docs] == [sop.pages for sop in CIMAHI_SOPS]
    differences = set()
    for sop, doc in zip(CIMAHI_SOPS, docs):
        index = doc.part.index
        ident = doc.identity
        eye = sop.identity
        assert fold(ident.instansi) == fold(eye["instansi"]), index
        for key in ("nomor_sop", "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif", "disahkan_oleh",
                    "nama_sop"):
            assert _squeeze(getattr(ident, key)) == _squeeze(eye[key]), (index, key)
        for key in ("dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan_perlengkapan", "peringatan",
                    "pencatatan_pendataan"):
            assert [_squeeze(x) for x in getattr(ident, key)] == [_squeeze(x) for x in eye[key]], (index, key)
        assert len(doc.procedures) == len(sop.procedures)
        for proc, seen in zip(doc.procedures, sop.procedures):
            assert tuple(proc.pelaksana) == seen.pelaksana
            assert len(proc.steps) == len(seen.steps), index
            for position, (step, eye_step) in enumerate(zip(proc.steps, seen.steps), 1):
                assert step.number == step_number(eye_step.number), (index, position)
                assert step.location.page == eye_step.page, (index, position)
                # documents (W) are none of the five SOP AP symbols; an off-page connector
                # beside another role's symbol is no pelaksana ("P2 O3": Kabid alone)
                marks = [(r, k) for r, k in symbols_of(eye_step.symbols, seen.pelaksana) if k != "document"]
                roles = list(dict.fromkeys(r for r, _ in pelaksana_of(marks)))
                assert step.pelaksana == roles, (index, position, eye_step.symbols)
                for key in ("kegiatan", "kelengkapan", "output", "keterangan", "waktu"):
                    got = step.waktu.raw if key == "waktu" else getattr(step, key)
                    if _squeeze(got) != _squeeze(getattr(eye_step, key)):
                        differences.add((index, position, key))
    assert differences == REAL_DIFFERENCES


@pytest.mark.skipif(not REAL_BUNDLE.is_file(), reason="../shared/real not present")
def test_real_bundle_identitas_findings_are_per_sop():
    result = check_file(REAL_BUNDLE)
    per_part = Counter(f.part for f in result.findings if f.rule == "missing-identity-field")
    # every SOP leaves Nomor SOP, Tgl. Pembuatan and Tgl. Efektif blank (read by eye)
    assert per_part == {1: 3, 2: 3, 3: 3, 4: 3, 5: 3}
