"""Issue 17: what users of ruff, SQLFluff and yamllint reach for daily, on ``sopcheck check``:
--statistics, --exit-zero, --quiet, --show-settings/--show-files, --output-format, JUnit and
GitLab Code Quality output, --jobs, and the baseline flags saying what they did."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from conftest import CORPUS

from sopcheck.cli import main
from sopcheck.model import CheckReport

TAPIN = CORPUS / "tapin-pengukuran-kinerja.docx"
PROBOLINGGO = CORPUS / "probolinggo-laporan-kinerja.docx"
TRENGGALEK_LAKIP = CORPUS / "trenggalek-lakip-revisi.docx"
FILES = [str(PROBOLINGGO), str(TAPIN), str(TRENGGALEK_LAKIP)]


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main(["check", *argv, "--no-cache"])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def report_of(capsys, *argv) -> CheckReport:
    _, out, _ = run(capsys, *argv, "--format", "json")
    return CheckReport.model_validate_json(out)


def test_statistics_counts_per_rule(capsys):
    report = report_of(capsys, *FILES)
    expected: dict[str, int] = {}
    for f in report.findings:
        expected[f.code] = expected.get(f.code, 0) + 1
    status, out, _ = run(capsys, *FILES, "--statistics")
    rows = [line.split() for line in out.splitlines()]
    assert {row[1]: int(row[0]) for row in rows} == expected
    assert [int(row[0]) for row in rows] == sorted((int(row[0]) for row in rows), reverse=True)
    assert status == 1  # the exit status is the check's
    from sopcheck.write.fixes import FIXABLE

    assert "duplicate-step-number" in {row[2] for row in rows}
    assert all((row[-1] == "[*]") == (row[2] in FIXABLE) for row in rows)  # what --fix can mend
    _, out, _ = run(capsys, *FILES, "--statistics", "--output-format", "json")
    stats = json.loads(out)
    assert {s["code"]: s["count"] for s in stats} == expected
    assert {s["name"] for s in stats if s["fixable"]} <= {"duplicate-step-number", "step-sequence-gap",
                                                          "role-name-variant", "duration-words-mismatch"}


def test_exit_zero(capsys):
    assert run(capsys, str(PROBOLINGGO))[0] == 1
    status, out, _ = run(capsys, str(PROBOLINGGO), "--exit-zero")
    assert status == 0 and "SOP201" in out
    assert run(capsys, "tidak-ada.docx", "--exit-zero")[0] == 2  # usage errors stay usage errors


def test_quiet_prints_only_findings(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    _, loud, _ = run(capsys, str(PROBOLINGGO), str(TRENGGALEK_LAKIP))
    status, quiet, _ = run(capsys, str(PROBOLINGGO), str(TRENGGALEK_LAKIP), "-q")
    assert "Ringkasan" in loud and "trenggalek-lakip-revisi.docx" in loud
    assert "Ringkasan" not in quiet and "trenggalek-lakip-revisi.docx" not in quiet  # clean file, summary: gone
    assert "SOP201" in quiet and status == 1


def test_show_files_lists_what_would_be_checked(capsys, tmp_path):
    for rel in ("a.docx", "arsip/b.docx", "c.pdf", "~$lock.docx", "catatan.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"x")
    (tmp_path / "sopcheck.toml").write_text('extend-exclude = ["arsip/"]\n', encoding="utf-8")
    status, out, _ = run(capsys, str(tmp_path), "--show-files")
    assert status == 0
    assert [Path(line).relative_to(tmp_path).as_posix() for line in out.splitlines()] == ["a.docx", "c.pdf"]


def test_show_settings_gives_the_resolved_configuration(capsys, tmp_path):
    sop = tmp_path / "dinas" / "x.docx"
    sop.parent.mkdir()
    shutil.copy(TAPIN, sop)
    (tmp_path / "sopcheck.toml").write_text(
        'ignore = ["SOP4"]\nfail-on = "warning"\n[severity]\nmissing-duration = "error"\n'
        '[per-file-ignores]\n"dinas/*.docx" = ["SOP101"]\n[limits]\nmax-file-mb = 50\n', encoding="utf-8")
    status, out, _ = run(capsys, str(sop), "--show-settings", "--select", "all", "--ignore", "SOP2")
    assert status == 0
    settings = dict(line.split(" = ", 1) for line in out.splitlines() if " = " in line)
    assert json.loads(settings["config-file"]) == str(tmp_path / "sopcheck.toml")
    select = json.loads(settings["select"])
    assert "output-input-mismatch" in select  # --select all replaces the file's ignore
    assert not any(name in select for name in ("duplicate-step-number", "step-sequence-gap"))  # --ignore SOP2
    assert "missing-identity-field" not in json.loads(settings["rules-for-this-file"])  # per-file-ignores
    assert json.loads(settings["fail-on"]) == "warning"
    assert json.loads(settings["severity"]) == {"missing-duration": "error"}
    assert json.loads(settings["limits.max-file-mb"]) == 50
    assert json.loads(settings["thresholds.output-input-mismatch"])["min_similarity"] > 0


def test_output_format_is_an_alias_of_format(capsys):
    _, a, _ = run(capsys, str(PROBOLINGGO), "--format", "concise")
    _, b, _ = run(capsys, str(PROBOLINGGO), "--output-format", "concise")
    assert a == b and "SOP201" in a


def test_junit_report(capsys):
    report = report_of(capsys, *FILES)
    status, out, _ = run(capsys, *FILES, "--format", "junit")
    assert status == 1 and out.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(out)
    assert root.tag == "testsuites" and int(root.get("failures")) == len(report.findings)
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [f"corpus/{Path(f).name}" for f in FILES]
    clean = suites[2]  # the Trenggalek LAKIP SOP has no finding: one passing test case
    assert clean.get("failures") == "0" and [c.get("name") for c in clean] == ["sopcheck"]
    cases = [c for s in suites for c in s.findall("testcase") if c.find("failure") is not None]
    assert len(cases) == len(report.findings)
    dup = next(c for c in cases if c.get("name").startswith("SOP201 duplicate-step-number"))
    assert dup.get("name") == "SOP201 duplicate-step-number (procedure 1 step 6)"
    assert dup.find("failure").get("type") == "error" and "nomor 6" in dup.find("failure").get("message")


def test_gitlab_code_quality_report(capsys):
    report = report_of(capsys, *FILES)
    status, out, _ = run(capsys, *FILES, "--format", "gitlab")
    issues = json.loads(out)
    assert status == 1 and len(issues) == len(report.findings)
    assert len({i["fingerprint"] for i in issues}) == len(issues)  # unique, as GitLab requires
    assert {i["severity"] for i in issues} <= {"info", "minor", "major"}
    dup = next(i for i in issues if i["check_name"] == "duplicate-step-number")
    assert dup["severity"] == "major" and dup["location"] == {"path": "corpus/probolinggo-laporan-kinerja.docx",
                                                               "lines": {"begin": 1}}
    assert dup["description"].startswith("SOP201 duplicate-step-number: procedure 1 step 6: Langkah 6")
    # stable across runs and across unrelated edits (the baseline's fingerprint)
    assert json.loads(run(capsys, *FILES, "--format", "gitlab")[1]) == issues
    pdf = json.loads(run(capsys, str(PROBOLINGGO.with_suffix(".pdf")), "--format", "gitlab")[1])
    assert {i["location"]["lines"]["begin"] for i in pdf} > {1}  # a PDF finding points at its page


def test_jobs_gives_the_same_report_in_parallel(capsys, tmp_path):
    files = [str(p) for p in sorted(CORPUS.glob("*.docx"))]
    one = report_of(capsys, *files)
    two = report_of(capsys, *files, "--jobs", "2")
    assert two == one and len(files) >= 5


def test_jobs_keeps_the_per_file_time_limit(capsys, tmp_path, monkeypatch):
    """Workers check each file in their main thread, so the time limit's signal reaches them."""
    big = CORPUS / "trenggalek-sekretariat.docx"
    status, out, _ = run(capsys, str(big), str(TAPIN), "--jobs", "2", "--timeout-per-file", "0.001",
                         "--format", "json")
    report = CheckReport.model_validate_json(out)
    assert {f.rule for f in report.findings} == {"resource-limit"} and report.summary.files == 2


def test_write_baseline_exits_0_without_a_report_and_baseline_says_what_it_hid(capsys, tmp_path):
    baseline = tmp_path / "baseline.json"
    status, out, err = run(capsys, str(PROBOLINGGO), "--write-baseline", str(baseline))
    count = len(json.loads(baseline.read_text())["findings"])
    assert status == 0 and out == "" and f"{count} temuan dicatat" in err
    status, out, err = run(capsys, str(PROBOLINGGO), "--baseline", str(baseline))
    assert status == 0 and f"{count} temuan lama disembunyikan oleh baseline" in err
    status, _, err = run(capsys, str(PROBOLINGGO), "--baseline", str(baseline), "--lang", "en")
    assert f"{count} known findings hidden by the baseline" in err
    assert run(capsys, str(PROBOLINGGO), "--baseline", str(baseline), "-q")[2] == ""


@pytest.mark.parametrize("argv", [["--format", "junit"], ["--format", "gitlab"], ["--statistics"]])
def test_machine_formats_with_no_findings(capsys, argv):
    status, out, _ = run(capsys, str(TRENGGALEK_LAKIP), *argv)
    assert status == 0
    if "--statistics" in argv:
        assert out == ""
    elif "gitlab" in argv:
        assert json.loads(out) == []
    else:
        assert ET.fromstring(out).get("failures") == "0"
