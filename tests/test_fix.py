"""Issue 17: ``sopcheck check --fix -o FIXED.docx`` mends what is safe (step numbers, canonical
role names, spelled-out numbers that match the digits) in a copy; ``--diff`` shows it. The
copy opens in LibreOffice, re-checks with the fixed findings gone and everything else as it
was, and differs from the input only in the fixed cells; the input is never touched."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import CORPUS

from sopcheck.api import check_file, read_blocks
from sopcheck.blocks import Table
from sopcheck.cli import main
from sopcheck.write.fixes import FIXABLE

PROBOLINGGO = CORPUS / "probolinggo-laporan-kinerja.docx"  # step 6 twice
BATOLA = CORPUS / "batola-data-kinerja.docx"  # "15 (Lima) Menit", slid into the Kelengkapan column
BINTAN = CORPUS / "bintan-perencanaan.docx"  # "Kasubag Program", "Kepada Dinas", "Kepala Badan"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cells(path: Path) -> dict[tuple[int, int, int], str]:
    """Every table cell's text as sopcheck reads it, by (table, row, col)."""
    out = {}
    for item in read_blocks(path).items:
        if isinstance(item, Table):
            for cell in item.cells:
                out[(item.index, cell.row, cell.col)] = cell.text
    return out


def _paragraphs(path: Path) -> list[str]:
    return [item.text for item in read_blocks(path).items if not isinstance(item, Table)]


def _fix(capsys, src: Path, out: Path, *more: str) -> tuple[int, str, str]:
    digest = _digest(src)
    status = main(["check", str(src), "--fix", "-o", str(out), "--no-cache", *more])
    captured = capsys.readouterr()
    assert _digest(src) == digest  # the input is never modified
    return status, captured.out, captured.err


def _unfixed(findings) -> list[tuple]:
    return sorted((f.rule, f.procedure, f.step, f.message) for f in findings if f.rule not in FIXABLE)


@pytest.mark.parametrize("src, changed, left", [
    (PROBOLINGGO, {"6": "7", "7": "8", "8": "9"}, 0),
    (BATOLA, {"15 (Lima) Menit": "15 (Lima Belas) Menit"}, 0),
    (BINTAN, {"Kasubag Program": "Kepala Sub Bagian Program", "Kasubag Perencanaan": "Kepala Sub Bagian Perencanaan",
              "Kepada Dinas": "Kepala Dinas"}, 1),
])
def test_fix_mends_only_the_fixable_cells(capsys, tmp_path, src, changed, left):
    out = tmp_path / "diperbaiki.docx"
    before = check_file(src).findings
    status, report, err = _fix(capsys, src, out)
    assert out.is_file() and f"-> {out}" in err and "perbaikan" in err
    after = check_file(out).findings
    fixable = [f for f in before if f.rule in FIXABLE]
    assert fixable and len([f for f in after if f.rule in FIXABLE]) == left  # the fixed findings are gone...
    # ...and nothing else changed (a message quoting a fixed cell quotes its new text; a renumbered step's
    # findings carry its new number, so steps are compared only when no number was changed)
    renumbered = any(old.isdigit() for old in changed)

    def unnumbered(message: str) -> str:
        return re.sub(r"^Langkah \d+", "Langkah #", message) if renumbered else message

    expected = []
    for rule, procedure, step, message in _unfixed(before):
        for old, new in changed.items():
            if len(old) > 2:
                message = message.replace(f"«{old}»", f"«{new}»")
        expected.append((rule, procedure, None if renumbered else step, unnumbered(message)))
    got = [(rule, procedure, None if renumbered else step, unnumbered(message))
           for rule, procedure, step, message in _unfixed(after)]
    assert sorted(got) == sorted(expected)
    # the document differs from the input only in the fixed cells, each now as planned
    old, new = _cells(src), _cells(out)
    assert old.keys() == new.keys()
    diffs = {k: (old[k], new[k]) for k in old if old[k] != new[k]}
    assert diffs and all(changed.get(" ".join(a.split())) == " ".join(b.split()) for a, b in diffs.values())
    assert _paragraphs(out) == _paragraphs(src)
    assert str(out) in report  # the report is the fixed copy's


def test_bintan_keeps_the_role_question_for_the_author(tmp_path, capsys):
    out = tmp_path / "x.docx"
    _fix(capsys, BINTAN, out)
    left = [f.message for f in check_file(out).findings if f.rule == "role-name-variant"]
    assert len(left) == 1 and "Kepala Badan" in left[0]  # another kind of office: not a spelling


def test_fixed_copy_opens_in_libreoffice_and_reads_back(tmp_path, capsys):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) not installed")
    out = tmp_path / "probolinggo.docx"
    _fix(capsys, PROBOLINGGO, out)
    proc = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo'}",
                           "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), str(out)],
                          capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "pdf" / "probolinggo.pdf"
    assert proc.returncode == 0 and pdf.is_file(), proc.stderr
    steps = check_file(pdf).documents[0].procedures[0].steps
    assert [s.number for s in steps] == list(range(1, len(steps) + 1)) and len(steps) == 9


def test_diff_shows_what_would_change_and_writes_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    status = main(["check", str(PROBOLINGGO), "--diff", "--no-cache"])
    out = capsys.readouterr().out.splitlines()
    assert status == 1 and list(tmp_path.iterdir()) == []
    assert out[0] == f"--- {PROBOLINGGO}" and out[1] == f"+++ {PROBOLINGGO} (diperbaiki)"
    # the second 6 opens the continuation table 4 (the first part is two page-sized tables since
    # issue 15); the numbers after it move up by one
    assert out[2:5] == ["@@ tabel 4, baris 3, kolom no (duplicate-step-number) @@", "-6", "+7"]
    assert out[5:8] == ["@@ tabel 4, baris 4, kolom no (step-sequence-gap) @@", "-7", "+8"]
    assert len([line for line in out if line.startswith("@@")]) == 3
    assert main(["check", str(CORPUS / "trenggalek-lakip-revisi.docx"), "--diff", "--no-cache"]) == 0
    assert capsys.readouterr().out == ""


def test_fix_needs_an_output_and_leaves_pdfs(tmp_path, capsys):
    assert main(["check", str(PROBOLINGGO), "--fix"]) == 2
    assert "-o" in capsys.readouterr().err
    out = tmp_path / "x.pdf"
    status = main(["check", str(PROBOLINGGO.with_suffix(".pdf")), "--fix", "-o", str(out), "--no-cache"])
    assert "hanya DOCX" in capsys.readouterr().err and not out.exists() and status == 1


def test_fix_several_files_into_a_folder(tmp_path, capsys):
    folder = tmp_path / "hasil"
    folder.mkdir()
    main(["check", str(PROBOLINGGO), str(BATOLA), "--fix", "-o", str(folder), "--no-cache"])
    capsys.readouterr()
    assert sorted(p.name for p in folder.iterdir()) == [BATOLA.name, PROBOLINGGO.name]
    assert not {f.rule for p in folder.iterdir() for f in check_file(p).findings} & {
        "duplicate-step-number", "duration-words-mismatch"}
