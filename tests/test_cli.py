"""The command line as users run it: JSON per CONTRACT.md, exit statuses, languages, errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sopcheck.cli import main
from sopcheck.model import CheckReport, SopDocument

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TAPIN = CORPUS / "tapin-pengukuran-kinerja.docx"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_check_json_follows_contract_and_exits_1_on_errors(capsys):
    status, out, _ = run(capsys, "check", str(CORPUS), "--format", "json")
    report = CheckReport.model_validate_json(out)
    files = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".docx", ".pdf"))  # folders are recursive
    assert report.summary.files == len(files)
    assert report.summary.errors == sum(f.severity == "error" for f in report.findings)
    assert report.summary.warnings == sum(f.severity == "warning" for f in report.findings)
    assert report.summary.errors > 0
    assert status == 1
    raw = json.loads(out)
    assert set(raw) == {"findings", "summary"}
    assert set(raw["findings"][0]) == {"path", "rule", "code", "severity", "message", "procedure", "step",
                                       "location"}


def test_exit_0_when_nothing_reaches_fail_on(capsys):
    # Only an info-level rule selected: findings may exist but none is an error.
    status, out, _ = run(capsys, "check", str(TAPIN), "--format", "json", "--select", "missing-output")
    report = CheckReport.model_validate_json(out)
    assert all(f.rule == "missing-output" for f in report.findings)
    assert status == (1 if any(f.severity == "error" for f in report.findings) else 0)


def test_fail_on_warning_turns_warnings_into_failure(capsys):
    status, out, _ = run(capsys, "check", str(TAPIN), "--format", "json", "--fail-on", "warning")
    report = CheckReport.model_validate_json(out)
    assert report.summary.warnings + report.summary.errors > 0
    assert status == 1


def test_missing_path_is_usage_error(capsys, tmp_path):
    status, out, err = run(capsys, "check", str(tmp_path / "tidak-ada.docx"))
    assert status == 2
    assert "tidak-ada.docx" in err and "tidak ditemukan" in err
    assert "Traceback" not in err


def test_unknown_rule_is_usage_error(capsys):
    status, _, err = run(capsys, "check", str(TAPIN), "--select", "no-such-rule")
    assert status == 2 and "no-such-rule" in err


def test_bad_flag_is_usage_error():
    proc = subprocess.run([sys.executable, "-m", "sopcheck.cli", "check", "--format", "xml", str(TAPIN)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("argv", [["check", "--no-cache", "--format", "json"], ["check", "--no-cache"], ["parse"]])
def test_report_to_a_full_disk_is_one_clear_error(argv):
    """A report that cannot be written (disk full) is an error line naming the cause, exit 2,
    never a traceback."""
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "sopcheck.cli", *argv, str(TAPIN)],
                              stdout=full, stderr=subprocess.PIPE, text=True, check=False)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
    assert "tidak dapat ditulis" in proc.stderr and "No space left on device" in proc.stderr


def test_folder_walk_reports_links_and_pipes_it_cannot_read(capsys, tmp_path):
    """A dangling symlink or a named pipe called *.docx/*.pdf in a checked folder is one
    unreadable-file finding each (never a hang on the pipe, never silently dropped); the
    valid SOP beside them is reported in full."""
    import os

    shutil.copy(TAPIN, tmp_path / "ok.docx")
    (tmp_path / "gone.docx").symlink_to(tmp_path / "missing" / "a.docx")
    os.mkfifo(tmp_path / "pipe.pdf")
    (tmp_path / "folder.docx").mkdir()
    status, out, err = run(capsys, "check", str(tmp_path), "--format", "json", "--no-cache")
    report = CheckReport.model_validate_json(out)
    by_file = {}
    for f in report.findings:
        by_file.setdefault(Path(f.path).name, []).append(f.rule)
    assert by_file["gone.docx"] == ["unreadable-file"] and by_file["pipe.pdf"] == ["unreadable-file"]
    alone = CheckReport.model_validate_json(run(capsys, "check", str(TAPIN), "--format", "json",
                                                "--no-cache")[1])
    assert by_file["ok.docx"] == [f.rule for f in alone.findings]
    assert "folder.docx" not in by_file and report.summary.files == 3
    assert status == 1 and "Traceback" not in err


def test_english_messages_on_request(capsys):
    _, out_id, _ = run(capsys, "check", str(TAPIN), "--format", "json")
    _, out_en, _ = run(capsys, "check", str(TAPIN), "--format", "json", "--lang", "en")
    id_msgs = [f.message for f in CheckReport.model_validate_json(out_id).findings]
    en_msgs = [f.message for f in CheckReport.model_validate_json(out_en).findings]
    assert len(id_msgs) == len(en_msgs) > 0
    assert id_msgs != en_msgs


def test_unreadable_file_is_a_finding_and_the_batch_goes_on(capsys, tmp_path):
    bad = tmp_path / "rusak.docx"
    bad.write_bytes(b"PK\x03\x04 this is not a real zip")
    status, out, err = run(capsys, "check", str(bad), str(TAPIN), "--format", "json")
    report = CheckReport.model_validate_json(out)
    bad_findings = [f for f in report.findings if f.path == str(bad)]
    assert len(bad_findings) == 1 and bad_findings[0].severity == "error"
    assert bad_findings[0].rule == "unreadable-file"
    assert any(f.path == str(TAPIN) for f in report.findings)
    assert status == 1 and "Traceback" not in err


def test_parse_json_is_the_contract_model(capsys):
    status, out, _ = run(capsys, "parse", str(TAPIN), "--format", "json")
    assert status == 0
    doc = SopDocument.model_validate_json(out)
    assert doc.format == "docx" and doc.source == str(TAPIN)
    assert doc.procedures and doc.procedures[0].steps


def test_parse_several_files_gives_an_array(capsys):
    files = sorted(CORPUS.glob("*.docx"))[:2]
    _, out, _ = run(capsys, "parse", *map(str, files), "--format", "json")
    data = json.loads(out)
    assert isinstance(data, list) and len(data) == 2


def test_rich_report_shows_header_findings_and_summary(capsys):
    status, out, _ = run(capsys, "check", str(TAPIN), "--no-color")
    assert str(TAPIN) in out
    assert "SOP" in out  # rule codes
    assert "\x1b[" not in out  # no colour codes when not a terminal
    assert status in (0, 1)


def test_output_file(tmp_path, capsys):
    target = tmp_path / "laporan.json"
    run(capsys, "check", str(TAPIN), "--format", "json", "--output", str(target))
    CheckReport.model_validate_json(target.read_text(encoding="utf-8"))


def test_rules_listing_and_explain(capsys):
    status, out, _ = run(capsys, "rules", "--format", "json")
    rules = json.loads(out)
    names = {r["name"] for r in rules}
    contract = {"duplicate-step-number", "step-sequence-gap", "unnumbered-step", "missing-pelaksana",
                "unknown-role", "role-name-variant", "output-input-mismatch", "missing-output",
                "missing-kelengkapan", "missing-duration", "unparseable-duration", "duration-words-mismatch",
                "implausible-duration", "missing-identity-field"}
    assert contract <= names
    for lang in ("id", "en"):
        status, out, _ = run(capsys, "rule", "SOP201", "--format", "json", "--lang", lang)
        one = json.loads(out)
        assert status == 0 and one["name"] == "duplicate-step-number" and one["why"]


@pytest.mark.parametrize("argv", [["rule", "nope"], []])
def test_rule_usage_errors(capsys, argv):
    status, _, _ = run(capsys, *argv)
    assert status == 2


def test_parse_bad_file_is_a_clear_error_not_a_traceback(capsys, tmp_path, monkeypatch):
    bad = tmp_path / "rusak.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    status, out, err = run(capsys, "parse", str(bad), "--format", "json")
    assert status == 1 and "rusak.docx" in err and "unreadable-file" in err
    # a bug inside sopcheck also ends as one clear line for that file
    import sopcheck.layout

    monkeypatch.setattr(sopcheck.layout, "build_document", lambda blocks: 1 / 0)
    status, out, err = run(capsys, "parse", str(TAPIN), "--format", "json")
    assert status == 1 and "ZeroDivisionError" in err and "Traceback" not in err


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_rule_is_explained_in_both_languages(capsys, lang):
    from sopcheck.checks import all_rules

    for spec in all_rules():
        status, out, _ = run(capsys, "rule", spec.name, "--format", "json", "--lang", lang)
        one = json.loads(out)
        assert status == 0 and one["code"] == spec.code
        assert one["summary"] == spec.summary[lang] and one["why"] == spec.why[lang]
        if spec.scope != "file":  # file-level rules are one error per unreadable file, no example
            assert one["fail"] and one["pass"], spec.name
        status, out, _ = run(capsys, "rule", spec.code, "--lang", lang, "--no-color")
        assert status == 0 and spec.name in out and spec.why[lang].split()[0] in out
