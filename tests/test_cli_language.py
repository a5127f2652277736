"""Issue 17: everything the command line prints follows --lang — argparse's own words, usage
errors (one language, not both) — and `sopcheck rule` pages read as documentation for the
reader, not as source code."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import CORPUS

from sopcheck.checks import all_rules
from sopcheck.cli import main

TAPIN = CORPUS / "tapin-pengukuran-kinerja.docx"


def cli(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sopcheck.cli", *argv], capture_output=True, text=True,
                          timeout=120)


def test_argparse_speaks_indonesian_by_default_and_english_on_request():
    proc = cli("check", "--format", "xml", str(TAPIN))
    assert proc.returncode == 2
    assert "penggunaan: sopcheck check" in proc.stderr and "usage:" not in proc.stderr
    assert "pilihan tidak sah: 'xml'" in proc.stderr and "invalid choice" not in proc.stderr
    assert "sopcheck: galat:" in proc.stderr
    proc = cli("check", "--format", "xml", "--lang", "en", str(TAPIN))
    assert "usage: sopcheck check" in proc.stderr and "invalid choice: 'xml'" in proc.stderr
    assert "sopcheck: error:" in proc.stderr and "penggunaan" not in proc.stderr
    proc = cli("check", "--help")
    assert proc.returncode == 0 and "opsi:" in proc.stdout and "argumen posisi:" in proc.stdout
    assert "options:" not in proc.stdout and "tampilkan bantuan ini lalu keluar" in proc.stdout
    proc = cli("check")
    assert "argumen berikut wajib diberikan: PATH" in proc.stderr


def test_argparse_words_are_restored_after_a_run(capsys):
    import argparse

    before = argparse._("usage: ")
    main(["rules", "--format", "json"])
    capsys.readouterr()
    assert argparse._("usage: ") == before == "usage: "


@pytest.mark.parametrize("argv, indonesian, english", [
    (["check", "tidak-ada.docx"], "tidak-ada.docx: berkas atau folder tidak ditemukan", "no such file or folder"),
    (["check", str(TAPIN), "--select", "nope"], "aturan tidak dikenal: 'nope'", "unknown rule"),
    (["audit", "tidak-ada"], "tidak-ada: folder tidak ditemukan", "no such folder"),
    (["rule", "nope"], "aturan tidak dikenal: 'nope'", "unknown rule"),
])
def test_usage_errors_print_one_language(capsys, argv, indonesian, english):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert indonesian in err and english not in err and " / " not in err
    assert main([*argv, "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert english in err and indonesian not in err and err.startswith("sopcheck: error: ")


def test_configuration_errors_print_one_language(capsys, tmp_path):
    sop = tmp_path / "x.docx"
    sop.write_bytes(TAPIN.read_bytes())
    (tmp_path / "sopcheck.toml").write_text('lang = "jawa"\n', encoding="utf-8")
    assert main(["check", str(sop)]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'sopcheck.toml'}:1: nilai tidak sah 'jawa' untuk `lang` (pilihan: id, en)" in err
    assert "invalid" not in err
    assert main(["check", str(sop), "--lang", "en"]) == 2
    assert "invalid value 'jawa' for `lang` (choices: id, en)" in capsys.readouterr().err


MARKUP = re.compile(r"``|:(?:func|class|mod|data|meth|attr):|`[^`]+`|\(seed \d+|\bissue \d+|tests/")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_rule_pages_carry_no_source_markup_or_internal_notes(capsys, lang):
    for spec in all_rules():
        assert main(["rule", spec.code, "--lang", lang, "--no-color"]) == 0
        page = capsys.readouterr().out
        assert not MARKUP.search(page), (spec.code, MARKUP.search(page).group())
        assert "Meneleah" not in page


def test_indonesian_rule_page_does_not_end_in_english(capsys):
    assert main(["rule", "output-input-mismatch", "--no-color"]) == 0
    page = capsys.readouterr().out
    assert "appears from nowhere" not in page and "Source:" not in page  # the English docstring
    assert "sopcheck rule output-input-mismatch --lang en" in page  # where to read it
    assert "min_similarity = " in page and "[thresholds.output-input-mismatch]" in page  # its options, in id too
    assert main(["rule", "output-input-mismatch", "--lang", "en", "--no-color"]) == 0
    english = capsys.readouterr().out
    assert "appears from nowhere" in english
    assert main(["rule", "output-input-mismatch", "--lang", "en", "--format", "json"]) == 0
    import json

    doc = json.loads(capsys.readouterr().out)["doc"]
    assert "(default 67)" in doc and "`" not in doc
