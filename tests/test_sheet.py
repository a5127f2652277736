"""The review sheet (issue 16, deliver 2): ``sopcheck check FILE --format docx|pdf -o FILE``.

Read back with python-docx: the SOP's identitas, every finding's message under its section
(Identitas, Prosedur n, Prosedur n langkah m), one swimlane picture per procedure, the
reviewer's fields, no template field left unrendered; a bundle gives one sheet per SOP; an
office's own template is used; LibreOffice turns it into a PDF.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import CORPUS, PROBOLINGGO

from sopcheck.api import check_file
from sopcheck.cli import main
from sopcheck.write.sheet import write_sheet


def _text(path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    parts.extend(p.text for s in document.sections for p in s.header.paragraphs)
    return "\n".join(parts)


def _pictures(path) -> int:
    import docx

    document = docx.Document(str(path))
    return len(document.inline_shapes)


def test_sheet_of_one_sop(tmp_path):
    result = check_file(PROBOLINGGO)
    out = tmp_path / "lembar.docx"
    assert write_sheet([result], out, reviewer="Siti Rahma, S.AP", reviewer_nip="198705122010012003",
                       date="05-12-2026") == 1
    text = _text(out)
    assert "LEMBAR HASIL REVIU" in text and "BAGIAN ORGANISASI SEKRETARIAT DAERAH" in text
    ident = result.document.identity
    assert ident.nomor_sop in text and ident.nama_sop in text and "(kosong)" in text  # Tanggal Efektif empty
    for f in result.findings:
        assert f.message in text
    errors = sum(f.severity == "error" for f in result.findings)
    assert f"Ditemukan {len(result.findings)} temuan: {errors} galat" in text
    for title in ("Identitas SOP", "Prosedur 1, langkah 6", "Prosedur 1, langkah 1"):
        assert title in text
    assert "Siti Rahma, S.AP" in text and "198705122010012003" in text and "05-12-2026" in text
    assert "{{" not in text and "{%" not in text
    assert _pictures(out) == len(result.document.procedures) == 1


def test_a_bundle_gets_one_sheet_per_sop(tmp_path):
    import docx

    result = check_file(CORPUS / "layouts" / "cimahi-bpkad-bundle.docx")
    out = tmp_path / "lembar.docx"
    assert write_sheet([result], out) == 3
    text = _text(out)
    for doc in result.documents:
        assert doc.identity.nama_sop in text
    assert text.count("LEMBAR HASIL REVIU") == 3
    breaks = sum(1 for br in docx.Document(str(out)).element.body.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}br") if br.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}type") == "page")
    assert breaks == 2
    assert _pictures(out) == sum(len(d.procedures) for d in result.documents)


def test_an_office_template_and_english(tmp_path):
    import docx

    tpl = tmp_path / "kop.docx"
    document = docx.Document()
    document.add_paragraph("PEMERINTAH KABUPATEN TAPIN — KOP KAMI")
    document.add_paragraph("{%p for sop in sops %}")
    document.add_paragraph("{{ L.title }}: {{ sop.subtitle }} / {{ sop.summary }} / <{{ reviewer }}>")
    document.add_paragraph("{%p endfor %}")
    document.save(str(tpl))
    (tmp_path / "sopcheck.toml").write_text(f'[review]\ntemplate = "{tpl.name}"\nauthor = "A & B <x>"\n')
    src = tmp_path / "sop.docx"
    shutil.copy(PROBOLINGGO, src)
    out = tmp_path / "sheet.docx"
    assert main(["check", str(src), "--format", "docx", "-o", str(out), "--lang", "en"]) == 1
    text = _text(out)
    n = len(check_file(src).findings)
    assert "KOP KAMI" in text and "SOP AP REVIEW SHEET" in text and f"{n} findings" in text
    assert "<A & B <x>>" in text  # document and reviewer text is escaped, not markup


def test_sheet_needs_an_output_and_a_readable_template(tmp_path):
    assert main(["check", str(PROBOLINGGO), "--format", "docx"]) == 2
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a docx")
    assert main(["check", str(PROBOLINGGO), "--format", "docx", "-o", str(tmp_path / "x.docx"),
                 "--template", str(bad)]) == 2


def test_an_unreadable_file_still_gets_its_sheet(tmp_path):
    bad = tmp_path / "rusak.docx"
    bad.write_bytes(PROBOLINGGO.read_bytes()[:3000])
    out = tmp_path / "lembar.docx"
    assert write_sheet([check_file(bad)], out) == 1
    text = _text(out)
    assert "rusak.docx" in text and "Berkas" in text and _pictures(out) == 0


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_sheet_as_pdf_through_libreoffice(tmp_path):
    out = tmp_path / "lembar.pdf"
    assert main(["check", str(PROBOLINGGO), "--format", "pdf", "-o", str(out)]) == 1
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout \
        if shutil.which("pdftotext") else ""
    assert out.read_bytes()[:5] == b"%PDF-"
    if text:
        assert "LEMBAR HASIL REVIU" in text and "Prosedur 1" in text


def test_swimlanes_print_legibly_on_a4():
    """Every procedure of the corpus SOPs (3 to 8 lanes, up to 16 steps): each picture fits the
    A4 text area and its text prints at 7.5 pt or more (before: a picture was only made 170 mm
    wide, so 5 lanes printed at 6.6 pt, 6 lanes at 5.9 pt and Bintan's 8 lanes at 4.8 pt). A wide
    flowchart is turned a quarter; a long one is cut between rows, no row lost."""
    import io

    from PIL import Image

    from sopcheck.audit.svg import HEAD_H, procedure_scene
    from sopcheck.audit.task import drawing_spec
    from sopcheck.write.sheet import PAGE_MM, PICTURE_SCALE, sheet_pictures, text_points

    turned = upright = 0
    lanes = set()
    for path in sorted(CORPUS.glob("*.docx")) + sorted((CORPUS / "layouts").glob("*.docx")):
        for doc in check_file(path).documents:
            for p, proc in enumerate(doc.procedures, 1):
                drawing = drawing_spec(p, proc, {})
                scene = procedure_scene(drawing, "", "")
                pictures = sheet_pictures(drawing, "", "")
                if scene is None or not proc.steps:
                    continue
                lanes.add(len(drawing["lanes"]))
                rows = 0
                for pic in pictures:
                    with Image.open(io.BytesIO(pic.png)) as img:
                        across, along = (img.height, img.width) if pic.turned else (img.width, img.height)
                    assert across / PICTURE_SCALE == pytest.approx(scene.width, abs=1)  # the whole width
                    mm_per_px = pic.width_mm / (img.width / PICTURE_SCALE)  # the same both ways
                    height_mm = img.height / PICTURE_SCALE * mm_per_px
                    assert pic.width_mm <= PAGE_MM[0] + 0.5 and height_mm <= PAGE_MM[1] + 0.5, path.name
                    assert text_points(mm_per_px) >= 7.5, (path.name, p, len(drawing["lanes"]))
                    rows += along / PICTURE_SCALE - HEAD_H
                    turned += pic.turned
                    upright += not pic.turned
                assert rows == pytest.approx(scene.height - HEAD_H, abs=len(pictures))  # every row drawn once
    assert turned and upright and max(lanes) >= 8


def _pdf_pages(pdf_path):
    """Each page of a sheet PDF as ``(titles, headings, body, images)``: the top (pt) of each
    picture title line (9 pt bold "Prosedur n"/"Procedure n"), of each flowchart heading, the
    number of other body lines (header and footer left out), and the ``(top, bottom)`` of each
    picture."""
    import pdfplumber

    from sopcheck.domain.i18n import t
    from sopcheck.write.sheet_template import PICTURE_TITLE_PT, TOP_BOTTOM_MM

    margin = TOP_BOTTOM_MM * 72 / 25.4
    heads = {t("sheet_flowchart", lang) for lang in ("id", "en")}
    legends = {t("audit_legend", lang)[:20] for lang in ("id", "en")}
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for page in pdf.pages:
            titles, headings, body = [], [], 0
            for line in page.extract_text_lines():
                if line["top"] < margin - 3 or line["bottom"] > page.height - margin + 3:
                    continue  # the header (the office) and the footer
                sizes = {round(c["size"]) for c in line["chars"] if c["text"].strip()}
                text = line["text"]
                if sizes == {PICTURE_TITLE_PT} and text.split(" ")[0] in ("Prosedur", "Procedure"):
                    titles.append(line["top"])
                elif text in heads:
                    headings.append(line["top"])
                elif not any(text.startswith(leg) for leg in legends) and "langkah dengan galat" not in text \
                        and "with an error" not in text:
                    body += 1
            images = [(im["top"], im["bottom"]) for im in page.images]
            pages.append((titles, headings, body, images, page.height - margin))
    return pages


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice (soffice) not installed")
@pytest.mark.parametrize("files", [
    [PROBOLINGGO],  # issue 16: its 245 mm turned picture was pushed off its heading's and title's page
    sorted(CORPUS.glob("*.docx")) + sorted((CORPUS / "layouts").glob("*.docx")),  # every corpus sheet, one PDF
], ids=["probolinggo", "corpus"])
def test_each_picture_prints_on_its_title_page(tmp_path, files):
    """Converted by LibreOffice, every procedure's title shares its page with its picture, above
    it, the picture inside the text area; a page with the flowchart heading holds a picture (no
    page with a heading, legend or title alone); no page is blank. Before: probolinggo's page 3
    held only the heading, legend and two-line title, its picture on page 4; drawn-flowcharts'
    page 1 ended with heading, legend and title, the picture on page 2."""
    from sopcheck.write.sheet import docx_to_pdf

    sheet, pdf = tmp_path / "lembar.docx", tmp_path / "lembar.pdf"
    write_sheet([check_file(f) for f in files], sheet)
    docx_to_pdf(sheet, pdf)
    pages = _pdf_pages(pdf)
    assert sum(len(p[0]) for p in pages) == sum(len(p[3]) for p in pages) == _pictures(sheet) > 0
    for n, (titles, headings, body, images, bottom) in enumerate(pages, 1):
        assert len(titles) == len(images), (n, titles, images)  # each title with its picture, on its page
        for top, (im_top, im_bottom) in zip(sorted(titles), sorted(images)):
            assert top < im_top and im_bottom <= bottom + 2, (n, top, im_top, im_bottom, bottom)
        if headings:
            assert images, f"page {n} holds the flowchart heading but no picture"
        assert titles or headings or body or images, f"page {n} is blank"


def test_picture_room_follows_the_template():
    """The shipped template leaves :data:`PAGE_MM` for a picture (A4 text area 170 x 261 mm less
    the heading, legend and title lines); python-docx's default document (Letter, 1.25-inch side
    margins) gets its own, smaller room from its page size and margins; a picture title is cut to
    one line."""
    import docx

    from sopcheck.write.sheet import PAGE_MM, one_line, picture_room
    from sopcheck.write.sheet_template import TEMPLATE

    assert picture_room(docx.Document(str(TEMPLATE))) == pytest.approx(PAGE_MM, abs=0.1)
    assert 236 < PAGE_MM[1] < 245 and PAGE_MM[0] == 170
    letter = picture_room(docx.Document())
    assert letter[0] == pytest.approx(215.9 - 2 * 31.75, abs=0.2) and letter[1] < PAGE_MM[1]
    name = "PROSEDUR PENGUMPULAN DATA KINERJA DAN PENYUSUNAN LAPORAN KINERJA DINAS KEPENDUDUKAN"
    cut = one_line(f"Prosedur 1 (gambar diputar): {name}", 170, 9)
    assert cut.endswith("…") and cut.startswith("Prosedur 1 (gambar diputar): PROSEDUR") and len(cut) < 100
    assert one_line("Prosedur 2: Penyusunan RKA", 170, 9) == "Prosedur 2: Penyusunan RKA"
