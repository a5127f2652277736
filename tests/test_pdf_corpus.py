"""PDF / DOCX parity over the corpus, and the scanned PDF.

``corpus/<name>.pdf`` is LibreOffice's rendering of ``corpus/<name>.docx``
(``corpus/make_pdfs.py``). Both must give the same model (``location.page``, ``format`` and
``source`` aside) and the same findings (rule, procedure, step, message; page aside).

Differences that the PDF cannot avoid are listed in :data:`EXCEPTIONS`, each with why; the
test compares the *exact* set of differences with that list, so a new difference fails and
so does a listed one that went away (then drop it from the list).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sopcheck.api import check_file, parse_file

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
NAMES = sorted(p.stem for p in CORPUS.glob("*.docx") if (CORPUS / f"{p.stem}.pdf").exists())


def _moved(procedure: int, steps: dict[int, tuple[tuple[int, int], tuple[int, int]]]) -> dict:
    """Location differences of whole steps: {step index (0-based): ((docx table, row),
    (pdf table, row))} -> flattened paths."""
    out = {}
    for i, ((dt, dr), (pt, pr)) in steps.items():
        base = f"procedures.{procedure}.steps.{i}.location"
        if dt != pt:
            out[f"{base}.table"] = (dt, pt)
        if dr != pr:
            out[f"{base}.row"] = (dr, pr)
    return out


# Why each difference is inherent to the PDF:
#
# * A DOCX flowchart continued after a page break as a *second* table (a page-break
#   paragraph between, header rows typed again: batola, probolinggo) is drawn exactly like
#   one table whose header rows Word/LibreOffice repeat on the next page (tapin,
#   trenggalek-sekretariat): same columns, the continuation at the top margin, nothing in
#   between. The PDF reader takes it as one table (the common case), so those steps are
#   rows of the first table in the PDF.
# * Two DOCX tables with nothing between them (``</w:tbl><w:tbl>``: trenggalek-lakip-revisi's
#   two identitas tables) render as one ruled block; Word shows them as one table too.
#   Every later table's index is one less in the PDF.
# * batola's Waktu cell of step 3 reads "DraftLaporanKinerja Bidang" (words run together in
#   the source); the run-together word is wider than the cell, so LibreOffice breaks it as
#   "DraftLaporan" / "Kinerja", which reads as two words (the reader rejoins a broken word
#   only when the whole word occurs elsewhere in the document or the piece is no word).
EXCEPTIONS: dict[str, dict[str, tuple[Any, Any]]] = {
    "batola-data-kinerja": {
        "procedures.0.steps.2.waktu.raw": ("DraftLaporanKinerja Bidang", "DraftLaporan Kinerja Bidang"),
        **_moved(0, {i: ((3, i - 6), (2, i + 4)) for i in range(7, 11)}),
    },
}
PAGINATED = {"bintan-perencanaan", "probolinggo-laporan-kinerja", "tapin-pengukuran-kinerja", "trenggalek-lakip-revisi",
             "trenggalek-sekretariat"}
"""Documents whose flowcharts draw their arrows (``corpus/arrows.py``): the builder writes each
page of a flowchart as a table of its own (after a page break, header repeated, an off-page
connector pair between), so that no arrow crosses a page; the PDF reader joins the pages back
into one table (the first reason above), and every step's ``location`` table and row differ
for that alone. Everything else, the flow included, must be equal."""
FINDING_EXCEPTIONS: dict[str, dict[tuple, tuple]] = {
    # messages that name a row and table (PAGINATED: the PDF joins the builder's page tables)
    "bintan-perencanaan": {
        ("unnumbered-step", 1, 9, "Baris 4 (posisi 9) tanpa nomor langkah: «Draft Renstra SKPD | 2 hari | Draft "
                                  "Renstra SKPD»"):
        ("unnumbered-step", 1, 9, "Baris 11 (posisi 9) tanpa nomor langkah: «Draft Renstra SKPD | 2 hari | Draft "
                                  "Renstra SKPD»"),
    },
    "probolinggo-laporan-kinerja": {
        ("duplicate-step-number", 1, 6, "Langkah 6: nomor 6 sudah dipakai langkah sebelumnya (baris 3, tabel 3)"):
        ("duplicate-step-number", 1, 6, "Langkah 6: nomor 6 sudah dipakai langkah sebelumnya (baris 8, tabel 2)"),
    },
    # the same Waktu text as above, quoted in the finding's message
    "batola-data-kinerja": {
        ("duration-in-wrong-column", 1, 3,
         "Langkah 3: kolom Kelengkapan berisi durasi «10 (Sepuluh) Menit» (kolom Waktu: "
         "«DraftLaporanKinerja Bidang»); isi Mutu Baku tampaknya tergeser satu kolom"):
        ("duration-in-wrong-column", 1, 3,
         "Langkah 3: kolom Kelengkapan berisi durasi «10 (Sepuluh) Menit» (kolom Waktu: "
         "«DraftLaporan Kinerja Bidang»); isi Mutu Baku tampaknya tergeser satu kolom"),
    },
}


def _flat(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for k, v in value.items():
            out.update(_flat(v, f"{prefix}.{k}" if prefix else str(k)))
        return out
    if isinstance(value, list):
        out = {f"{prefix}.#": len(value)}
        for i, v in enumerate(value):
            out.update(_flat(v, f"{prefix}.{i}"))
        return out
    return {prefix: value}


def _model(path: Path) -> dict[str, Any]:
    [doc] = parse_file(path)
    data = json.loads(doc.model_dump_json())
    data.pop("source", None)
    data.pop("format", None)
    moved = (".location.page", ".location.table", ".location.row") if path.stem in PAGINATED else (".location.page",)
    return {k: v for k, v in _flat(data).items() if not k.endswith(moved)}


def test_corpus_has_the_six_pairs():
    assert len(NAMES) == 6


@pytest.mark.parametrize("name", NAMES)
def test_pdf_model_equals_docx(name):
    docx, pdf = _model(CORPUS / f"{name}.docx"), _model(CORPUS / f"{name}.pdf")
    diffs = {k: (docx.get(k), pdf.get(k)) for k in docx.keys() | pdf.keys() if docx.get(k) != pdf.get(k)}
    assert diffs == EXCEPTIONS.get(name, {})


def _findings(path: Path) -> list[tuple]:
    return sorted(((f.rule, f.procedure, f.step, f.message) for f in check_file(path).findings), key=str)


@pytest.mark.parametrize("name", NAMES)
def test_pdf_findings_equal_docx(name):
    swap = FINDING_EXCEPTIONS.get(name, {})
    docx = sorted((swap.get(f, f) for f in _findings(CORPUS / f"{name}.docx")), key=str)
    pdf = _findings(CORPUS / f"{name}.pdf")
    assert pdf == docx
    assert len(pdf) > 0 or name == "trenggalek-lakip-revisi"  # the clean reference SOP


def test_pdf_pages_are_set():
    [doc] = parse_file(CORPUS / "tapin-pengukuran-kinerja.pdf")
    pages = {s.location.page for p in doc.procedures for s in p.steps}
    assert pages == {2, 3, 4}


def test_scanned_pdf_is_read_by_ocr():
    """The Tapin PDF as page images only (150 dpi grey JPEG, no text layer) is read by OCR into
    the DOCX's procedure: every step, its number, pelaksana, symbol and waktu."""
    path = CORPUS / "scanned" / "tapin-pengukuran-kinerja-scan.pdf"
    [scan], [docx] = parse_file(path), parse_file(CORPUS / "tapin-pengukuran-kinerja.docx")
    assert scan.ocr_pages == [1, 2, 3] and docx.ocr_pages == []
    assert scan.identity.nomor_sop == docx.identity.nomor_sop
    assert len(scan.procedures) == len(docx.procedures) == 1
    got, want = scan.procedures[0].steps, docx.procedures[0].steps
    assert [s.number for s in got] == [s.number for s in want]
    assert [(s.pelaksana, s.symbol) for s in got] == [(s.pelaksana, s.symbol) for s in want]
    assert [s.waktu.minutes for s in got] == [s.waktu.minutes for s in want]


def test_scanned_pdf_without_ocr_is_one_no_text_layer_error():
    from dataclasses import replace

    from sopcheck.limits import DEFAULT_LIMITS

    path = CORPUS / "scanned" / "tapin-pengukuran-kinerja-scan.pdf"
    result = check_file(path, limits=replace(DEFAULT_LIMITS, ocr=False))
    assert result.documents == []
    assert len(result.findings) == 1
    f = result.findings[0]
    assert (f.rule, f.severity) == ("no-text-layer", "error")
    assert path.name in f.message
    assert "OCR" in f.message and "DOCX" in f.message  # the fix: run OCR, or send the DOCX
    assert "--no-ocr" in f.message  # and why sopcheck did not read it
    en = check_file(path, lang="en", limits=replace(DEFAULT_LIMITS, ocr=False)).findings[0].message
    assert path.name in en and "OCR is switched off" in en
