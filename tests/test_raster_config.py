"""OCR is configured like every other limit: ``[limits] ocr``, ``ocr-engine``,
``max-page-pixels``, ``max-ocr-pages``, and ``--no-ocr`` on ``check``, ``parse`` and ``audit``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sopcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCAN = ROOT / "corpus" / "scanned" / "trenggalek-lakip-revisi-150-bw-rot90.pdf"


def _check(capsys, *args) -> tuple[int, list[dict]]:
    status = main(["check", *args, "--format", "json", "--no-cache"])
    return status, json.loads(capsys.readouterr().out)["findings"]


@pytest.fixture()
def scan(tmp_path):
    target = tmp_path / "sop" / "scan.pdf"
    target.parent.mkdir()
    shutil.copy(SCAN, target)
    return target


def test_ocr_false_in_the_configuration_makes_a_scan_no_text_layer(capsys, scan):
    (scan.parent / "sopcheck.toml").write_text("[limits]\nocr = false\n", encoding="utf-8")
    status, findings = _check(capsys, str(scan))
    assert status == 1 and [(f["rule"], f["severity"]) for f in findings] == [("no-text-layer", "error")]
    assert "ocr = false" in findings[0]["message"]


def test_no_ocr_flag_on_check_and_parse(capsys, scan):
    status, findings = _check(capsys, str(scan), "--no-ocr")
    assert [f["rule"] for f in findings] == ["no-text-layer"]
    assert main(["parse", str(scan), "--no-ocr", "--format", "json"]) == 1
    assert "no-text-layer" in capsys.readouterr().err


def test_max_ocr_pages_refuses_a_long_scan_before_reading_it(capsys, scan):
    (scan.parent / "sopcheck.toml").write_text("[limits]\nmax-ocr-pages = 0\n", encoding="utf-8")
    _, findings = _check(capsys, str(scan))
    assert [f["rule"] for f in findings] == ["resource-limit"]
    assert "max-ocr-pages" in findings[0]["message"]


def test_max_page_pixels_refuses_a_large_image(capsys, scan):
    (scan.parent / "sopcheck.toml").write_text("[limits]\nmax-page-pixels = 100000\n", encoding="utf-8")
    _, findings = _check(capsys, str(scan))
    assert [f["rule"] for f in findings] == ["resource-limit"]
    assert "max-page-pixels" in findings[0]["message"]


@pytest.mark.parametrize("text, words", [
    ("[limits]\nocr = 1\n", "true"),
    ('[limits]\nocr-engine = "easyocr"\n', "rapidocr"),
])
def test_bad_ocr_settings_are_usage_errors(capsys, scan, text, words):
    (scan.parent / "sopcheck.toml").write_text(text, encoding="utf-8")
    assert main(["check", str(scan), "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert words in err and "sopcheck.toml:2:" in err
