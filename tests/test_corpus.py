"""Every corpus document parses to its expected model and yields its expected findings.

The expectations in ``corpus/expected/`` were written by ``corpus/update_expected.py`` and
read finding by finding against the documents; the per-document specs written by the corpus
builder (``corpus/<name>.spec.json``) are checked independently in ``tests/test_layout.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sopcheck.api import check_file

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DOCS = sorted(CORPUS.glob("*.docx"))


def _load(name: str, kind: str):
    return json.loads((CORPUS / "expected" / f"{name}.{kind}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=DOCS, ids=lambda p: p.stem)
def checked(request):
    docx = request.param
    return docx.stem, check_file(docx, source=docx.relative_to(ROOT).as_posix())


def test_corpus_is_complete():
    names = {p.stem for p in DOCS}
    assert {"bintan-perencanaan", "tapin-pengukuran-kinerja", "probolinggo-laporan-kinerja",
            "trenggalek-sekretariat", "batola-data-kinerja", "trenggalek-lakip-revisi"} <= names
    for name in names:
        assert (CORPUS / f"{name}.pdf").is_file(), f"{name}.pdf missing (run corpus/make_pdfs.py)"


def test_parse_matches_expected(checked):
    name, result = checked
    [doc] = result.documents
    assert doc.model_dump(mode="json") == _load(name, "parse")


def test_findings_match_expected(checked):
    name, result = checked
    assert [f.model_dump(mode="json") for f in result.findings] == _load(name, "findings")


def test_clean_reference_document_has_no_finding(checked):
    name, result = checked
    if name == "trenggalek-lakip-revisi":
        assert result.findings == []
    else:  # every seed reproduction carries real defects
        assert any(f.severity in ("error", "warning") for f in result.findings)


def test_seed_defects_are_reported():
    """The defects SOP-AP.md lists for the seeds, each as the finding a reviewer expects."""
    def rules_at(name: str) -> set[tuple]:
        return {(f["rule"], f["procedure"], f["step"]) for f in _load(name, "findings")}

    assert ("duplicate-step-number", 1, 6) in rules_at("probolinggo-laporan-kinerja")
    assert ("missing-output", 1, 1) in rules_at("tapin-pengukuran-kinerja")
    assert ("unparseable-duration", 2, 11) in rules_at("bintan-perencanaan")  # "1 Jari"
    assert ("duration-words-mismatch", 1, 7) in rules_at("batola-data-kinerja")  # "15 (Lima) Menit"
    assert ("implausible-duration", 1, 5) in rules_at("trenggalek-sekretariat")  # analysing in 5 Menit
    assert ("output-input-mismatch", 1, 6) in rules_at("trenggalek-sekretariat")  # Format ... -> Draft LAKIP
    bintan = _load("bintan-perencanaan", "findings")
    assert {f["message"].split("«")[1].split("»")[0] for f in bintan
            if f["rule"] == "unknown-role" and f["procedure"] == 2} == {"3", "4", "5", "6"}
    assert any(f["rule"] == "unnumbered-step" and f["procedure"] == 1 for f in bintan)
    trenggalek = _load("trenggalek-sekretariat", "findings")
    assert any(f["rule"] == "missing-identity-field" and "Nama SOP" in f["message"] for f in trenggalek)
    tapin = _load("tapin-pengukuran-kinerja", "findings")
    assert {"Tanggal Pembuatan", "Tanggal Efektif"} <= {
        f["message"].split("«")[1].split("»")[0] for f in tapin if f["rule"] == "missing-identity-field"}
