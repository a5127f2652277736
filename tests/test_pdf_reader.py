"""PDF reader: grids from ruling, vector flowchart symbols, errors for unreadable PDFs.

The real files are 39 signed SOP AP PDFs of BPS Provinsi Bengkulu, read in place from
``../shared/real/bps-bengkulu`` (tests skip when that folder is absent; never copied here).
The by-eye expectations below were checked against pages rendered with
``pdftoppm -png -r 70``.
"""

from __future__ import annotations

import functools
import io
from dataclasses import replace
from pathlib import Path

import pytest

from sopcheck.blocks import Blocks, Paragraph, Table
from sopcheck.errors import EncryptedFile, NoTextLayer, ReadError, ResourceLimit, UnreadableFile
from sopcheck.limits import DEFAULT_LIMITS, Limits
from sopcheck.readers.pdf import read_pdf

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real" / "bps-bengkulu"
REAL_FILES = sorted(REAL.glob("*.pdf")) if REAL.is_dir() else []

# Files whose flowchart is a raster picture pasted over the table (the ruling and the
# text are vectors, the symbols are pixels), or pasted whole as a picture: the vector reader
# finds no symbol in them, the raster reader does (issue 13).
RASTER_FLOWCHART = {
    "general__207",
    "it__001",
    "statistics__201",
    "statistics__218",
}

needs_real = pytest.mark.skipif(not REAL_FILES, reason="real BPS Bengkulu PDFs not present")


@functools.lru_cache(maxsize=None)
def _read(name: str) -> Blocks:
    return read_pdf(REAL / name, DEFAULT_LIMITS)


def _real(prefix: str) -> Blocks:
    for p in REAL_FILES:
        if p.name.startswith(prefix):
            return _read(p.name)
    pytest.skip(f"{prefix} not present")


def _flowchart(blocks: Blocks) -> Table:
    """The first table with a symbol in it."""
    for t in blocks.tables():
        if any(c.symbols for c in t.cells):
            return t
    raise AssertionError("no table with a symbol")


def _cell(t: Table, row: int, col: int):
    return t.grid()[row][col]


def _step_rows(t: Table) -> list[int]:
    """Rows whose first column holds a step number."""
    g = t.grid()
    return [
        r for r in range(t.n_rows)
        if g[r][0] is not None and g[r][0].row == r and g[r][0].text.strip().rstrip(".").isdigit()
    ]


# ---------------------------------------------------------------------------------------
# all real files


@needs_real
@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name.split(".")[0])
def test_real_file_reads_into_consistent_tables(path):
    blocks = _read(path.name)
    assert blocks.format == "pdf" and blocks.pages and blocks.pages >= 1
    tables = blocks.tables()
    assert tables, "no table found"
    assert [t.index for t in tables] == list(range(1, len(tables) + 1))
    pages = [b.page if isinstance(b, Paragraph) else b.row_pages[0] for b in blocks.items]
    assert pages == sorted(pages), "items are not in page order"
    for t in tables:
        assert len(t.row_pages) == t.n_rows and all(1 <= p <= blocks.pages for p in t.row_pages)
        seen = set()
        for c in t.cells:
            assert 0 <= c.row and c.row + c.row_span <= t.n_rows
            assert 0 <= c.col and c.col + c.col_span <= t.n_cols
            for r in range(c.row, c.row + c.row_span):
                for k in range(c.col, c.col + c.col_span):
                    assert (r, k) not in seen, "two cells cover one grid position"
                    seen.add((r, k))
            for s in c.symbols:
                assert s.kind in {"terminator", "process", "decision", "connector", "offpage"}
                # shapes in a picture of the flowchart are read from its pixels (issue 13)
                assert s.encoding == ("raster" if path.name.split(".")[0] in RASTER_FLOWCHART else "pdf-vector")
                assert s.encoding == "pdf-vector" or s.box is not None
    stem = path.name.split(".")[0]
    n_symbols = sum(len(c.symbols) for t in tables for c in t.cells)
    assert n_symbols >= 1
    flow = _flowchart(blocks)
    # symbols sit in role columns, right of No and Kegiatan
    assert all(c.col >= 2 for c in flow.cells if c.symbols)
    if stem in RASTER_FLOWCHART:
        assert {s.encoding for t in tables for c in t.cells for s in c.symbols} == {"raster"}


@needs_real
def test_real_files_symbol_kinds_overall():
    kinds: dict[str, int] = {}
    for p in REAL_FILES:
        for t in _read(p.name).tables():
            for c in t.cells:
                for s in c.symbols:
                    kinds[s.kind] = kinds.get(s.kind, 0) + 1
    assert kinds.get("terminator", 0) >= 50
    assert kinds.get("process", 0) >= 150
    assert kinds.get("decision", 0) >= 15
    assert kinds.get("offpage", 0) >= 2


# ---------------------------------------------------------------------------------------
# by-eye expectations


@needs_real
def test_naskah_dinas_sk_flowchart_and_identitas():
    """administrative__020: page 1 identitas, page 2 an 8-step flowchart (thin filled
    rects as ruling; stroked rects; capsules as closed Bézier paths)."""
    blocks = _real("administrative__020")
    ident, flow = blocks.tables()[:2]
    assert ident.row_pages[0] == 1 and flow.row_pages[0] == 2
    assert _cell(ident, 0, 1).text == "Nomor SOP"
    assert _cell(ident, 0, 2).text == "SOP-020/17000/2025"
    assert _cell(ident, 1, 2).text == "2 Juni 2025"
    assert _cell(ident, 5, 1).text == "NAMA SOP"
    assert _cell(ident, 0, 0).text.startswith("BADAN PUSAT STATISTIK")
    # merged header: PELAKSANA spans the five role columns, No spans two rows
    head = _cell(flow, 0, 2)
    assert head.text == "PELAKSANA" and head.col_span == 5
    assert _cell(flow, 0, 0).text == "No" and _cell(flow, 0, 0).row_span == 2
    rows = _step_rows(flow)
    assert len(rows) == 8
    step1 = _cell(flow, rows[0], 2)
    assert [s.kind for s in step1.symbols] == ["terminator"]
    assert _cell(flow, 1, 2).text == "TIM"
    assert [s.kind for s in _cell(flow, rows[1], 3).symbols] == ["process"]
    assert _cell(flow, 1, 3).text == "Kepala Bagian Umum"  # one header wrapped over two lines
    assert [s.kind for s in _cell(flow, rows[6], 4).symbols] == ["terminator"]
    assert _cell(flow, 1, 4).text == "Tim Hukum"
    assert [s.kind for s in _cell(flow, rows[7], 2).symbols] == ["terminator"]
    assert _cell(flow, rows[0], 8).text == "20 menit"


@needs_real
def test_podes_one_page_identitas_and_flowchart_split():
    """statistics__084: identitas and flowchart share one ruled block on one page; the
    reader splits them. Shapes are filled outlines; the decision is a 5-point path."""
    blocks = _real("statistics__084")
    tables = blocks.tables()
    assert len(tables) == 2 and tables[0].row_pages[0] == tables[1].row_pages[0] == 1
    flow = tables[1]
    assert _cell(flow, 0, 1).text == "Kegiatan"
    rows = _step_rows(flow)
    assert len(rows) == 4
    assert [s.kind for s in _cell(flow, rows[0], 2).symbols] == ["terminator"]
    assert _cell(flow, 1, 2).text == "Kepala BPS Provinsi"
    decision = _cell(flow, rows[2], 4)
    assert [s.kind for s in decision.symbols] == ["decision"]
    assert _cell(flow, 1, 4).text == "Tim Hansos BPS Provinsi"  # wrapped
    # branch labels are not symbol text
    assert decision.symbols[0].text == ""
    assert "Y" in decision.text.split()


@needs_real
def test_uang_persediaan_decisions_and_cells_drawn_as_boxes():
    """administrative__030: every cell is its own stroked rectangle (not a symbol), the
    flowchart has two 'Setuju?' decisions in the PPK and PPSPM columns."""
    blocks = _real("administrative__030")
    flow = _flowchart(blocks)
    assert flow.row_pages[0] == 2
    rows = _step_rows(flow)
    assert len(rows) == 8
    assert _cell(flow, 1, 2).text == "Bendahara"
    assert [s.kind for s in _cell(flow, rows[0], 2).symbols] == ["terminator", "process"]
    d1 = _cell(flow, rows[3], 4)
    d2 = _cell(flow, rows[4], 5)
    assert _cell(flow, 1, 4).text == "PPK" and _cell(flow, 1, 5).text == "PPSPM"
    assert [(s.kind, s.text) for s in d1.symbols] == [("decision", "Setuju?")]
    assert [(s.kind, s.text) for s in d2.symbols] == [("decision", "Setuju?")]
    assert "Setuju?" not in d1.text


@needs_real
def test_offpage_connectors_between_pages():
    blocks = _real("procurement__324")
    kinds = [s.kind for t in blocks.tables() for c in t.cells for s in c.symbols]
    assert kinds.count("offpage") == 2


# ---------------------------------------------------------------------------------------
# unreadable files


def _pdf(objects: list[str], trailer: str = "") -> bytes:
    """A PDF with a correct xref from object bodies (object n is ``objects[n-1]``)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {trailer}>>\n".encode())
    out.write(f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _text_pdf() -> bytes:
    stream = "BT /F1 12 Tf 20 100 Td (Nomor SOP) Tj ET"
    return _pdf(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def _assert_names_file(err: ReadError, name: str) -> None:
    assert name in err.message("id") and name in err.message("en")
    assert err.message("id") != err.message("en")


def test_scanned_pdf_is_no_text_layer(tmp_path):
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (850, 1100), "white")
    draw = ImageDraw.Draw(img)
    draw.rectangle((50, 50, 800, 1050), outline="black", width=3)
    draw.text((100, 100), "NOMOR SOP", fill="black")
    path = tmp_path / "scan.pdf"
    img.save(path, "PDF", resolution=100)
    with pytest.raises(NoTextLayer) as exc:
        read_pdf(path, replace(DEFAULT_LIMITS, ocr=False))
    _assert_names_file(exc.value, "scan.pdf")
    assert "OCR" in exc.value.message("id") and "DOCX" in exc.value.message("en")
    assert exc.value.rule == "no-text-layer"


def test_scan_where_ocr_finds_no_sop_is_no_text_layer(tmp_path):
    """With OCR on, the page is read (a box and a caption) but holds no SOP: still one
    ``no-text-layer`` error, saying OCR read the page."""
    from PIL import Image, ImageDraw, ImageFont

    from sopcheck.api import parse_file

    img = Image.new("L", (850, 1100), 255)
    draw = ImageDraw.Draw(img)
    draw.rectangle((50, 50, 800, 1050), outline=0, width=3)
    draw.text((100, 100), "LAMPIRAN FOTO KEGIATAN", fill=0, font=ImageFont.load_default(size=24))
    path = tmp_path / "scan.pdf"
    img.save(path, "PDF", resolution=100)
    assert read_pdf(path, DEFAULT_LIMITS).ocr_pages == [1]
    with pytest.raises(NoTextLayer) as exc:
        parse_file(path)
    _assert_names_file(exc.value, "scan.pdf")
    assert "OCR" in exc.value.message("id") and "halaman 1" in exc.value.message("id")


def test_truncated_pdf_is_unreadable(tmp_path):
    data = _text_pdf()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(UnreadableFile) as exc:
        read_pdf(path, DEFAULT_LIMITS)
    _assert_names_file(exc.value, "cut.pdf")


@needs_real
def test_truncated_real_pdf_is_unreadable(tmp_path):
    data = REAL_FILES[0].read_bytes()
    path = tmp_path / "half.pdf"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ReadError) as exc:  # never a traceback
        read_pdf(path, DEFAULT_LIMITS)
    assert isinstance(exc.value, (UnreadableFile, NoTextLayer))


def test_garbage_and_empty_files_are_unreadable(tmp_path):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n\x00\x01 this is not a pdf at all " * 20)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    for p in (junk, empty):
        with pytest.raises(UnreadableFile) as exc:
            read_pdf(p, DEFAULT_LIMITS)
        _assert_names_file(exc.value, p.name)


def test_zero_page_pdf_is_unreadable(tmp_path):
    path = tmp_path / "nopages.pdf"
    path.write_bytes(_pdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"]))
    with pytest.raises(UnreadableFile) as exc:
        read_pdf(path, DEFAULT_LIMITS)
    _assert_names_file(exc.value, "nopages.pdf")
    assert "halaman" in exc.value.message("id")


def test_encrypted_pdf(tmp_path):
    # Standard security handler whose O/U match no password: the empty user password fails
    path = tmp_path / "locked.pdf"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + "11" * 32 + "> /U <" + "22" * 32 + "> /P -4 >>",
    ]
    path.write_bytes(_pdf(objects, "/Encrypt 4 0 R /ID [<" + "ab" * 16 + "> <" + "ab" * 16 + ">] "))
    with pytest.raises(EncryptedFile) as exc:
        read_pdf(path, DEFAULT_LIMITS)
    _assert_names_file(exc.value, "locked.pdf")
    assert exc.value.rule == "encrypted-file"


def test_page_limit_checked_before_reading(tmp_path):
    path = tmp_path / "one.pdf"
    path.write_bytes(_text_pdf())
    blocks = read_pdf(path, DEFAULT_LIMITS)
    assert [b.text for b in blocks.items] == ["Nomor SOP"]
    assert blocks.pages == 1 and blocks.items[0].page == 1
    with pytest.raises(ResourceLimit) as exc:
        read_pdf(path, Limits(max_pages=0))
    _assert_names_file(exc.value, "one.pdf")


@needs_real
def test_real_page_limit():
    two = next(p for p in REAL_FILES if p.name.startswith("administrative__020"))
    with pytest.raises(ResourceLimit):
        read_pdf(two, Limits(max_pages=1))


def _glyphs(text: str, x0: float, top: float, size: float = 6.3) -> list[dict]:
    """Chars of ``text`` set left to right from ``x0`` at ``top`` (points), 3 pt a glyph."""
    return [{"text": ch, "x0": x0 + 3 * i, "x1": x0 + 3 * i + 2.8, "top": top, "bottom": top + size, "size": size}
            for i, ch in enumerate(text)]


def test_list_number_centred_between_its_item_lines_starts_the_item():
    """statistics__093's Dasar Hukum: "4." sits in the left gutter halfway between the two
    lines of item 4 (on neither line); it starts the item's first line, which the second
    line continues."""
    from sopcheck.readers.pdf_text import cell_text as _text

    chars = (_glyphs("3. Peraturan Presiden", 67.9, 206.5) + _glyphs("Peraturan Kepala Badan", 82.1, 215.0)
             + _glyphs("4.", 67.9, 219.2) + _glyphs("Statistik", 82.1, 222.7)
             + _glyphs("Keputusan Kepala", 82.1, 231.2) + _glyphs("5.", 67.9, 235.4)
             + _glyphs("Perwakilan BPS", 82.1, 238.9))
    lines = _text(chars).split("\n")
    assert lines == ["3. Peraturan Presiden", "4. Peraturan Kepala Badan", "Statistik",
                     "5. Keputusan Kepala", "Perwakilan BPS"]


def test_a_line_takes_one_gutter_number_only():
    """Two gutter numbers nearest the same text line: the first starts it, the second stays
    a line of its own (never "4. 5. text")."""
    from sopcheck.readers.pdf_text import cell_text as _text

    chars = _glyphs("Peraturan Kepala", 82.1, 215.0) + _glyphs("4.", 67.9, 219.2) + _glyphs("5.", 67.9, 222.5)
    assert _text(chars).split("\n") == ["4. Peraturan Kepala", "5."]


def _with_text_over_first_step(tmp_path, render_mode: int) -> Path:
    """The Tapin corpus PDF with the word ZQXJ drawn in text render mode
    ``render_mode`` on the baseline of step 1's kegiatan (3 = invisible), written to a copy."""
    import pdfplumber
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject

    src = ROOT / "corpus" / "tapin-pengukuran-kinerja.pdf"
    with pdfplumber.open(src) as pdf:
        page_index, hit, height = next((i, w, float(page.height)) for i, page in enumerate(pdf.pages)
                                       for w in page.extract_words() if w["text"] == "Melaporkan")
    x, baseline = hit["x1"] + 4, height - hit["bottom"] + 2
    writer = PdfWriter(clone_from=PdfReader(src))
    page = writer.pages[page_index]
    font = next(iter(page["/Resources"]["/Font"]))
    stream = DecodedStreamObject()
    stream.set_data(page.get_contents().get_data()
                    + f"\nBT {render_mode} Tr {font} 8 Tf {x:.2f} {baseline:.2f} Td (ZQXJ) Tj ET\n".encode())
    page.replace_contents(stream)
    out = tmp_path / f"tapin-render-{render_mode}.pdf"
    writer.write(out)
    return out


@pytest.mark.parametrize("mode, shown", [(0, True), (3, False), (7, False)])
def test_text_the_page_does_not_show_is_not_read(tmp_path, mode, shown):
    """Text in render mode 3 (invisible) or 7 (clip only) paints nothing, so it is not part of
    a field; the same word drawn normally (mode 0) is read, which shows the test can fail."""
    from sopcheck.api import parse_file

    (doc,) = parse_file(_with_text_over_first_step(tmp_path, mode))
    texts = " ".join(s.kegiatan for p in doc.procedures for s in p.steps)
    assert ("ZQXJ" in texts) is shown
