"""``sopcheck annotate SOP.pdf -o SOP.reviu.pdf``: one PDF annotation per finding, on its cell.

Read back with pypdf (the annotations, their text and author) and checked against the page with
pdfplumber: the text printed inside a highlight is the text of the cell the finding concerns
(the step's Output, Kelengkapan, … as the model holds it; the role header; the identitas
label), independently of how the writer found the cell. Corpus PDFs (LibreOffice exports of
the corpus DOCX) and real BPS PDFs (other producers, tables continued over pages).
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import CORPUS, REAL
from rapidfuzz import fuzz

from sopcheck.api import check_file, read_blocks
from sopcheck.cli import main
from sopcheck.layout.identity import label_of
from sopcheck.text import collapse
from sopcheck.write.anchors import step_of
from sopcheck.write.annotate import annotate, comment_text

PDFS = [p for p in sorted(CORPUS.glob("*.pdf")) + sorted(CORPUS.glob("layouts/*.pdf"))
        if p.stem not in ("puskesmas-sop", "template-sop-ap")]
BPS = REAL / "bps-bengkulu"
REAL_PDFS = sorted(BPS.glob("*.pdf"))[:6] if BPS.is_dir() else []


def _annotations(path: Path) -> list[tuple[int, dict]]:
    """(1-based page, annotation dictionary) of every annotation sopcheck wrote in ``path`` (its
    ``/Subj``; a signed PDF has its signature widgets too), in page order."""
    import pypdf

    reader = pypdf.PdfReader(path)
    return [(n, a.get_object()) for n, page in enumerate(reader.pages, 1) for a in (page.get("/Annots") or [])
            if a.get_object().get("/Subj") == "sopcheck"]


def _displayed(rect, height: float) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = (float(v) for v in rect)
    return x0, height - y1, x1, height - y0


def _inside(page, box) -> str:
    """The text of the characters whose centre lies inside ``box`` (displayed page space), line
    by line (characters within 2 pt of one top), left to right; words as printed."""
    x0, top, x1, bottom = box
    chars = [c for c in page.chars
             if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
    lines: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: c["top"]):
        if lines and abs(c["top"] - lines[-1][0]["top"]) <= 2:
            lines[-1].append(c)
        else:
            lines.append([c])
    out = []
    for line in lines:
        line.sort(key=lambda c: c["x0"])
        text = line[0]["text"]
        for a, b in zip(line, line[1:]):
            text += (" " if b["x0"] - a["x1"] > 0.15 * (b.get("size") or 8) else "") + b["text"]
        out.append(text)
    return collapse(" ".join(out))


def _same(a: str, b: str) -> bool:
    """The same cell text, up to the reader's line-break mending (hyphens, spaces at breaks)."""
    squeeze = re.compile(r"[\s\-‐]+")
    a, b = squeeze.sub("", a.lower()), squeeze.sub("", b.lower())
    return a == b or fuzz.ratio(a, b) >= 92


def _split(blocks, finding) -> bool:
    """Whether the finding's step row is the last row of its page with the next row on the
    next page (a row Word broke across pages: the step's text goes on there)."""
    loc = finding.location
    table = next((t for t in blocks.tables() if t.index == loc.table), None)
    row = (loc.row or 0) - 1
    return table is not None and table.page_of_row(row) != table.page_of_row(row + 1)


def _expect_on(finding, doc, page, box, blocks) -> None:
    """Assert that the highlight ``box`` on ``page`` covers the cell ``finding`` concerns."""
    what = finding.field
    text = _inside(page, box)
    step = step_of(doc, finding)
    if what in ("number", "kegiatan", "kelengkapan", "output", "keterangan", "waktu"):
        assert step is not None, finding
        value = step.waktu.raw if what == "waktu" else (step.number_raw if what == "number" else getattr(step, what))
        if _split(blocks, finding) and len(text) >= 20:  # the highlight covers the part on the step's first page
            value = collapse(value)[:len(text)]
        assert _same(text, collapse(value)), (finding.rule, what, text, value)
    elif what == "pelaksana":
        assert step is not None
        words = collapse(step.kegiatan).split()[:3]
        hits = page.search(r"\s*".join(re.escape(w) for w in words), regex=True) if words else []
        # a role cell of the step's row: level with the step's Kegiatan, holding none of its words
        assert any(box[1] - 1 <= (h["top"] + h["bottom"]) / 2 <= box[3] + 1 for h in hits), (finding, box)
        assert not words or words[0] not in text.split()
    elif what == "role-header":
        assert _same(text, collapse(finding.field_key)), (finding.rule, text)
    elif what == "identitas":
        labels = {label_of(line)[0] for line in [text] if label_of(line)}
        assert finding.field_key in labels or finding.rule == "missing-identity-field", (finding.rule, text)
    else:
        assert text, finding


def _check_copy(path: Path, tmp_path: Path) -> int:
    import pdfplumber

    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = check_file(path)
    out = tmp_path / f"{path.stem}.reviu.pdf"
    assert annotate(path, out, result, author="Siti Rahma") == len(result.findings)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # the input is only read
    assert out.read_bytes().startswith(path.read_bytes())  # an incremental update: signatures stay valid
    notes = _annotations(out)  # page by page: a finding of page 1 may come after one of page 2
    assert sorted(str(a["/Contents"]) for _, a in notes) == sorted(comment_text(f) for f in result.findings)
    assert {str(a["/T"]) for _, a in notes} <= {"Siti Rahma"}
    assert {a["/Subtype"] for _, a in notes} <= {"/Highlight", "/Text"}
    by_text: dict[str, list] = {}
    for finding in result.findings:
        by_text.setdefault(comment_text(finding), []).append(finding)
    highlights = 0
    blocks = read_blocks(path)
    with pdfplumber.open(out) as pdf:
        for number, note in notes:
            finding = by_text[str(note["/Contents"])].pop(0)
            page = pdf.pages[number - 1]
            box = _displayed(note["/Rect"], float(page.height))
            if note["/Subtype"] == "/Highlight" and number in result.document_of(finding).ocr_pages:
                # a page read by OCR has no text layer to compare with: the box lies on the page
                assert 0 <= box[0] < box[2] <= float(page.width) and 0 <= box[1] < box[3] <= float(page.height)
                highlights += 1
            elif note["/Subtype"] == "/Highlight":
                _expect_on(finding, result.document_of(finding), page, box, blocks)
                highlights += 1
            else:  # a sticky note: no cell box; at a label's first words or the page's corner
                assert finding.field in (None, "document", "identitas", "procedure"), finding
    return highlights


@pytest.mark.parametrize("path", PDFS, ids=[p.stem for p in PDFS])
def test_one_annotation_per_finding_on_its_cell(path, tmp_path):
    highlights = _check_copy(path, tmp_path)
    assert highlights or not check_file(path).findings


@pytest.mark.skipif(not REAL_PDFS, reason="../shared/real/bps-bengkulu not present")
def test_real_pdfs_tables_over_several_pages(tmp_path):
    """Real BPS PDFs (other producers, flowcharts continued on the next page, electronically
    signed): every highlight on its cell."""
    assert sum(_check_copy(path, tmp_path) for path in REAL_PDFS) > 20


@pytest.mark.skipif(not REAL_PDFS or not shutil.which("pdfsig"), reason="real BPS PDFs or poppler's pdfsig absent")
def test_a_signed_pdf_keeps_a_valid_signature(tmp_path):
    """The BPS SOPs carry an electronic signature (BSrE): the notes are an incremental update,
    so the signature still verifies on the copy (poppler's pdfsig)."""
    src = REAL_PDFS[0]
    out = tmp_path / "signed.reviu.pdf"
    assert annotate(src, out, check_file(src)) >= 1

    def verdicts(path):
        run = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60)
        return [line.strip() for line in run.stdout.splitlines() if "Signature Validation" in line]

    assert verdicts(src) and verdicts(out) == verdicts(src)
    assert all("Signature is Valid" in v for v in verdicts(out))


def test_a_continuation_row_is_highlighted_from_its_own_top(tmp_path):
    """Probolinggo: step 6 is the first row of page 4 (the table continues; page 4 since issue
    15 cut the corpus tables into pages); its highlight starts at the ruling under the repeated
    header, not at the previous page's last edge."""
    import pdfplumber

    path = CORPUS / "probolinggo-laporan-kinerja.pdf"
    result = check_file(path)
    [finding] = [f for f in result.findings if f.rule == "duplicate-step-number"]
    out = tmp_path / "p.reviu.pdf"
    annotate(path, out, result)
    [(number, note)] = [(n, a) for n, a in _annotations(out) if str(a["/Contents"]) == comment_text(finding)]
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[number - 1]
        box = _displayed(note["/Rect"], float(page.height))
        header = page.search("Aktivitas")[0]
        assert number == 4 and header["bottom"] < box[1] < header["bottom"] + 30
        assert _inside(page, box) == "6"


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_rotated_pages_map_back_to_user_space(rotate, tmp_path):
    """:func:`user_point` inverts pdfminer's rotation: a character's centre on a rotated copy of
    a page, mapped back, is where it is printed on the unrotated page."""
    import pdfplumber
    from pypdf import PdfWriter

    from sopcheck.write.pdf_notes import user_point

    src = CORPUS / "probolinggo-laporan-kinerja.pdf"
    writer = PdfWriter(clone_from=src)
    writer.pages[0].rotate(rotate)
    turned = tmp_path / "turned.pdf"
    writer.write(turned)
    mediabox = tuple(float(v) for v in writer.pages[0].mediabox)
    with pdfplumber.open(src) as a, pdfplumber.open(turned) as b:
        height = float(a.pages[0].height)
        plain = [c for c in a.pages[0].chars if c["text"].strip()][:80]
        turned_chars = [c for c in b.pages[0].chars if c["text"].strip()][:80]
        assert [c["text"] for c in plain] == [c["text"] for c in turned_chars]
        for c, d in zip(plain, turned_chars):
            x, y = user_point((d["x0"] + d["x1"]) / 2, (d["top"] + d["bottom"]) / 2, mediabox, rotate)
            assert abs(x - (c["x0"] + c["x1"]) / 2) < 0.01 and abs(y - (height - (c["top"] + c["bottom"]) / 2)) < 0.01


def test_cli_annotates_a_pdf_and_refuses_a_docx_name(tmp_path, capsys):
    src = CORPUS / "tapin-pengukuran-kinerja.pdf"
    out = tmp_path / "tapin.reviu.pdf"
    assert main(["annotate", str(src), "-o", str(out), "--lang", "en", "--author", "Siti"]) == 0
    notes = _annotations(out)
    assert notes and all(str(a["/T"]) == "Siti" for _, a in notes)
    assert "komentar" not in capsys.readouterr().err
    assert main(["annotate", str(src), "-o", str(tmp_path / "tapin.reviu.docx")]) == 2
    assert not (tmp_path / "tapin.reviu.docx").exists()
    assert main(["annotate", str(src), "-o", str(src)]) == 2
