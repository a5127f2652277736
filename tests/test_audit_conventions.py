"""Issue 17 on ``sopcheck audit``: clear words for a missing or empty ROOT, a printable HTML
report, percentages in the XLSX, a CSV an Indonesian-locale Excel opens in columns, and the
Dask executor with a relative ROOT and a per-file time limit that holds."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from conftest import CORPUS

from sopcheck.cli import main

TAPIN = CORPUS / "tapin-pengukuran-kinerja.docx"


def audit(capsys, *argv) -> tuple[int, str, str]:
    status = main(["audit", *argv, "--no-progress", "--jobs", "1"])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_root_that_does_not_exist_is_named_as_such(capsys, tmp_path):
    status, _, err = audit(capsys, str(tmp_path / "tidak-ada"))
    assert status == 2 and "folder tidak ditemukan" in err and "bukan folder" not in err
    (tmp_path / "x.docx").write_bytes(TAPIN.read_bytes())
    status, _, err = audit(capsys, str(tmp_path / "x.docx"))
    assert status == 2 and "bukan folder" in err and "sopcheck check" in err


def test_empty_folder_is_not_a_silent_success(capsys, tmp_path):
    status, out, err = audit(capsys, str(tmp_path))
    assert status == 2 and "tidak ada berkas SOP" in err and out == ""
    (tmp_path / "catatan.txt").write_text("bukan SOP")
    assert audit(capsys, str(tmp_path))[0] == 2


def test_odt_and_rtf_files_are_reported_not_skipped(capsys, tmp_path):
    from conftest import BAD

    (tmp_path / "dinas").mkdir()
    shutil.copy(BAD / "odt-renamed.docx", tmp_path / "dinas" / "sop.odt")
    shutil.copy(BAD / "rtf-renamed.docx", tmp_path / "dinas" / "sop.rtf")
    out = tmp_path / "temuan.csv"
    status, _, _ = audit(capsys, str(tmp_path), "--csv", str(out))
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert status == 1
    assert sorted((Path(r["path"]).name, r["rule"]) for r in rows) == [("sop.odt", "unsupported-format"),
                                                                       ("sop.rtf", "unsupported-format")]


def test_csv_for_an_indonesian_locale_excel(audit_tree, capsys, tmp_path):
    comma, semicolon = tmp_path / "koma.csv", tmp_path / "titik-koma.csv"
    audit(capsys, str(audit_tree), "--csv", str(comma))
    audit(capsys, str(audit_tree), "--csv", str(semicolon), "--csv-sep", ";")
    raw = semicolon.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8
    from sopcheck.audit.reports import CSV_FIELDS

    assert raw.decode("utf-8-sig").splitlines()[0] == ";".join(CSV_FIELDS)
    a = list(csv.reader(comma.open(encoding="utf-8-sig")))
    b = list(csv.reader(semicolon.open(encoding="utf-8-sig"), delimiter=";"))
    assert a == b and len(a) > 10


def test_xlsx_share_without_error_is_a_percentage(audit_tree, capsys, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "audit.xlsx"
    status, console_text, _ = audit(capsys, str(audit_tree), "--xlsx", str(out))
    ws = load_workbook(out).worksheets[0]
    header = [c.value for c in ws[1]]
    col = header.index("Tanpa galat")
    cells = [row[col] for row in ws.iter_rows(min_row=2)]
    assert cells and all(c.number_format == "0%" for c in cells)  # 0.1667 shows as 17%
    assert all(isinstance(c.value, (int, float)) and 0 <= c.value <= 1 for c in cells)
    for c in cells:  # the same figure the console prints
        assert f"{c.value * 100:.0f}%" in console_text


def test_html_report_has_a_print_stylesheet_that_opens_every_document(audit_tree, capsys, tmp_path):
    out = tmp_path / "audit.html"
    audit(capsys, str(audit_tree), "--html", str(out))
    page = out.read_text(encoding="utf-8")
    assert "@media print" in page and "#filters" in page.split("@media print", 1)[1]
    assert "beforeprint" in page and "afterprint" in page
