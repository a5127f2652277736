"""``sopcheck annotate``: one Word comment per finding on the cell it concerns (issue 16).

The comments are read back with python-docx (>= 1.2 reads comments) and each one's anchor
(``w:commentRangeStart``) is followed to its cell: the cell's text must be the text of the
field the finding is about, as the model read it (the Output cell of a ``missing-output`` is
empty, the Waktu cell of an ``unparseable-duration`` holds the raw duration, the role header of
a ``role-name-variant`` reads the header, ...). LibreOffice converts each copy to PDF with the
comments exported as notes, and the notes are counted with pypdf.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import CORPUS

from sopcheck.api import check_file
from sopcheck.cli import main
from sopcheck.layout.identity import label_of
from sopcheck.text import collapse
from sopcheck.write.anchors import step_of
from sopcheck.write.annotate import annotate, comment_text

DOCX = sorted(CORPUS.glob("*.docx")) + sorted(CORPUS.glob("layouts/*.docx"))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOFFICE = shutil.which("soffice")


def _anchors(path: Path, document=None) -> dict[str, object]:
    """Comment id -> the w:tc (or w:p outside tables) where its range starts (in ``document``,
    else in ``path`` opened anew)."""
    import docx

    document = document if document is not None else docx.Document(str(path))
    out = {}
    for start in document.element.body.iter(f"{W}commentRangeStart"):
        el = start
        while el is not None and el.tag != f"{W}tc":
            el = el.getparent()
        out[start.get(f"{W}id")] = el if el is not None else start.getparent()
    return out


_SHAPES = {f"{W}drawing", f"{W}pict", f"{W}txbxContent", "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


def _hidden(t) -> bool:
    """A w:t the page does not show: in a hidden run, or white in a cell with no dark shading
    (corpus/layouts/hidden-text; the reader leaves such text out)."""
    run = t.getparent()
    rpr = run.find(f"{W}rPr") if run is not None else None
    if rpr is None:
        return False
    if rpr.find(f"{W}vanish") is not None:
        return True
    color = rpr.find(f"{W}color")
    return color is not None and (color.get(f"{W}val") or "").upper() == "FFFFFF" and not any(
        shd.get(f"{W}fill") not in (None, "auto", "FFFFFF") for shd in
        (a.find(f"{W}tcPr/{W}shd") for a in t.iterancestors(f"{W}tc")) if shd is not None)


def _text(el) -> str:
    """The text of a cell or paragraph, without text drawn inside shapes (as the reader reads it)."""
    def plain(t) -> bool:
        return not any(a.tag in _SHAPES for a in t.iterancestors()) and not (t.tag == f"{W}t" and _hidden(t))

    paras = [el] if el.tag == f"{W}p" else [p for p in el.iter(f"{W}p") if plain(p)]
    return collapse(" ".join("".join(t.text or "" for t in p.iter(f"{W}t") if plain(t)) for p in paras))


def _row_first_text(tc) -> str:
    tr = tc.getparent()
    first = next(c for c in tr if c.tag == f"{W}tc")
    return _text(first)


def _expect_on(finding, doc, el) -> None:
    """Assert that ``el`` (the anchored cell/paragraph) is the cell ``finding`` concerns."""
    what = finding.field
    text = _text(el)
    step = step_of(doc, finding)
    if what in ("number", "kegiatan", "kelengkapan", "output", "keterangan", "waktu"):
        assert step is not None, finding
        value = step.waktu.raw if what == "waktu" else (step.number_raw if what == "number" else getattr(step, what))
        assert text == collapse(value), (finding.rule, what, text, value)
    elif what == "pelaksana":
        assert step is not None and el.tag == f"{W}tc"
        assert _row_first_text(el) == collapse(step.number_raw), finding
        assert text not in (collapse(step.kegiatan), collapse(step.number_raw)) or not text
    elif what == "role-header":
        assert text == collapse(finding.field_key), (finding.rule, text)
    elif what == "identitas":
        labels = {label_of(line)[0] for line in _lines(el) if label_of(line)}
        assert finding.field_key in labels or finding.rule == "missing-identity-field", (finding.rule, text)
    else:
        assert text, finding  # document / procedure: a cell or paragraph with text


def _lines(el) -> list[str]:
    out = []
    for p in el.iter(f"{W}p"):
        out.append("".join(t.text or "" for t in p.iter(f"{W}t")))
    return out


@pytest.mark.parametrize("path", DOCX, ids=[p.stem for p in DOCX])
def test_one_comment_per_finding_on_its_cell(path, tmp_path):
    import docx

    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = check_file(path)
    out = tmp_path / f"{path.stem}.reviu.docx"
    assert annotate(path, out, result) == len(result.findings)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # the input is only read
    comments = list(docx.Document(str(out)).comments)
    assert len(comments) == len(result.findings)
    assert [c.text for c in comments] == [comment_text(f) for f in result.findings]
    assert {c.author for c in comments} <= {"sopcheck"}
    anchors = _anchors(out)
    assert len(anchors) == len(comments)
    for comment, finding in zip(comments, result.findings):
        _expect_on(finding, result.document_of(finding), anchors[str(comment.comment_id)])


def test_every_missing_identity_field_sits_on_the_identitas_block(tmp_path):
    path = CORPUS / "probolinggo-laporan-kinerja.docx"
    result = check_file(path)
    out = tmp_path / "a.docx"
    annotate(path, out, result)
    anchors = _anchors(out)
    import docx

    comments = list(docx.Document(str(out)).comments)
    for comment, finding in zip(comments, result.findings):
        if finding.rule == "missing-identity-field":  # Tanggal Efektif: present and empty, so its label
            labels = {label_of(line)[0] for line in _lines(anchors[str(comment.comment_id)]) if label_of(line)}
            assert "tanggal_efektif" in labels


def test_cli_annotate_author_language_and_refusals(tmp_path, capsys):
    import docx

    src = CORPUS / "probolinggo-laporan-kinerja.docx"
    out = tmp_path / "lembar.reviu.docx"
    assert main(["annotate", str(src), "-o", str(out), "--author", "Siti Rahma", "--lang", "en"]) == 0
    comments = list(docx.Document(str(out)).comments)
    assert len(comments) == len(check_file(src).findings) == 6  # 6 since issue 15 (decision-branches, L6)
    assert {c.author for c in comments} == {"Siti Rahma"} and {c.initials for c in comments} == {"SR"}
    assert any("Step 6: number 6" in c.text for c in comments)
    err = capsys.readouterr().err
    assert "6 comments" in err and str(out) in err
    # the input is never the output; a PDF name for a DOCX is refused; nothing is written
    assert main(["annotate", str(src), "-o", str(src)]) == 2
    assert main(["annotate", str(src), "-o", str(tmp_path / "x.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists()
    # an unreadable file: its one message, exit 1, no copy
    bad = tmp_path / "rusak.docx"
    bad.write_bytes(src.read_bytes()[:3000])
    assert main(["annotate", str(bad), "-o", str(tmp_path / "rusak.reviu.docx")]) == 1
    assert "rusak.docx" in capsys.readouterr().err
    assert not (tmp_path / "rusak.reviu.docx").exists()


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_opens_each_copy_and_reads_every_comment(tmp_path):
    import pypdf

    copies = []
    expected = {}
    for path in DOCX:
        out = tmp_path / f"{path.stem}.reviu.docx"
        expected[out.stem] = annotate(path, out, check_file(path))
        copies.append(str(out))
    pdfs = tmp_path / "pdf"
    run = subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--convert-to",
                          'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}',
                          "--outdir", str(pdfs), *copies], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    for stem, count in expected.items():
        reader = pypdf.PdfReader(pdfs / f"{stem}.pdf")
        notes = [a.get_object() for page in reader.pages for a in (page.get("/Annots") or [])
                 if a.get_object().get("/Subtype") == "/Text"]
        assert len(notes) == count, stem
        assert all(str(n.get("/Contents", "")).startswith("[") for n in notes)


@pytest.mark.parametrize("path", DOCX, ids=[p.stem for p in DOCX])
def test_writers_number_cells_as_the_reader_does(path):
    """:func:`sopcheck.readers.docx.table_grid` gives every reader cell the w:tc holding its text."""
    from sopcheck.api import read_blocks
    from sopcheck.blocks import Table
    from sopcheck.write.docx_cells import open_docx, places_of

    blocks = read_blocks(path)
    places = places_of(open_docx(path))
    tables = [b for b in blocks.items if isinstance(b, Table)]
    assert len(places.tables) == len(tables)
    checked = 0
    for table in tables:
        for cell in table.cells:
            tc = places.cell(table.index, cell.row, cell.col)
            assert tc is not None, (table.index, cell.row, cell.col)
            if cell.text.strip():
                assert _text(tc) == collapse(cell.text), (table.index, cell.row, cell.col)
                checked += 1
    assert checked > 20


def test_review_author_from_the_configuration(tmp_path):
    import docx

    src = tmp_path / "sop.docx"
    shutil.copy(CORPUS / "tapin-pengukuran-kinerja.docx", src)
    (tmp_path / "sopcheck.toml").write_text('[review]\nauthor = "Bagian Organisasi"\n', encoding="utf-8")
    assert main(["annotate", str(src)]) == 0
    comments = list(docx.Document(str(tmp_path / "sop.reviu.docx")).comments)
    assert comments and {c.author for c in comments} == {"Bagian Organisasi"}
    (tmp_path / "sopcheck.toml").write_text('[review]\nauthr = "x"\n', encoding="utf-8")
    assert main(["annotate", str(src)]) == 2


def test_a_bundle_gets_each_sops_comments_on_its_own_identitas(tmp_path):
    """Cimahi bundle: three SOPs, each with its identitas table; a finding of SOP k on an
    identitas field sits on SOP k's identitas, before that SOP's flowchart tables."""
    import docx

    from sopcheck.write.docx_cells import places_of

    path = CORPUS / "layouts" / "cimahi-bpkad-bundle.docx"
    result = check_file(path)
    assert len(result.documents) == 3
    out = tmp_path / "bundle.reviu.docx"
    assert annotate(path, out, result) == len(result.findings)
    document = docx.Document(str(out))
    tables = places_of(document).tables
    anchors = _anchors(out, document)
    seen = set()
    for comment, finding in zip(document.comments, result.findings):
        if finding.field != "identitas":
            continue
        tc = anchors[str(comment.comment_id)]
        tbl = next(a for a in tc.iterancestors() if a.tag == f"{W}tbl")
        index = tables.index(tbl) + 1
        doc = result.document_of(finding)
        first_flow = min(s.location.table for p in doc.procedures for s in p.steps)
        previous = [min(s.location.table for p in d.procedures for s in p.steps)
                    for d in result.documents if d.part.index < finding.part]
        assert max(previous, default=0) < index < first_flow, (finding.part, finding.field_key, index)
        seen.add(finding.part)
    assert seen == {1, 2, 3}
