"""Configuration files: discovery, selection, severities, thresholds, local roles, errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sopcheck.cli import main
from sopcheck.model import CheckReport

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def check_json(capsys, *argv) -> tuple[int, CheckReport]:
    status = main(["check", *argv, "--format", "json", "--no-cache"])
    return status, CheckReport.model_validate_json(capsys.readouterr().out)


@pytest.fixture
def repo(tmp_path):
    """A small SOP repository: one dinas folder holding the Tapin SOP."""
    dinas = tmp_path / "dinas-dukcapil"
    dinas.mkdir()
    shutil.copy(CORPUS / "tapin-pengukuran-kinerja.docx", dinas / "pengukuran.docx")
    return tmp_path, dinas / "pengukuran.docx"


def test_config_ignores_and_raises(capsys, repo):
    root, sop = repo
    _, before = check_json(capsys, str(sop))
    (root / "sopcheck.toml").write_text(
        'ignore = ["outdated-regulation"]\n\n'
        '[severity]\nmissing-output = "error"\n', encoding="utf-8")
    status, after = check_json(capsys, str(sop))
    expected = [(f.rule, "error" if f.rule == "missing-output" else f.severity, f.step) for f in before.findings
                if f.rule != "outdated-regulation"]
    assert any(f.rule == "outdated-regulation" for f in before.findings)
    assert [(f.rule, f.severity, f.step) for f in after.findings] == expected
    assert status == 1


def test_config_found_upward_and_pyproject_table(capsys, repo):
    root, sop = repo
    (root / "pyproject.toml").write_text('[tool.sopcheck]\nselect = ["SOP101"]\n', encoding="utf-8")
    _, report = check_json(capsys, str(sop))
    assert report.findings and {f.rule for f in report.findings} == {"missing-identity-field"}


def test_cli_flags_override_config(capsys, repo):
    root, sop = repo
    (root / ".sopcheck.toml").write_text('select = ["missing-identity-field"]\nfail-on = "warning"\n',
                                         encoding="utf-8")
    status, report = check_json(capsys, str(sop), "--select", "missing-output", "--fail-on", "error")
    assert {f.rule for f in report.findings} == {"missing-output"}
    assert status == 0  # missing-output is a warning and --fail-on error wins over the file


def test_per_file_ignores(capsys, repo):
    root, sop = repo
    (root / "sopcheck.toml").write_text('[per-file-ignores]\n"dinas-*/*.docx" = ["missing-identity-field"]\n',
                                        encoding="utf-8")
    _, report = check_json(capsys, str(sop))
    assert report.findings and not any(f.rule == "missing-identity-field" for f in report.findings)


def test_threshold_changes_a_rule(capsys, tmp_path):
    sop = tmp_path / "trenggalek.docx"
    shutil.copy(CORPUS / "trenggalek-sekretariat.docx", sop)
    _, strict = check_json(capsys, str(sop), "--select", "output-input-mismatch")
    (tmp_path / "sopcheck.toml").write_text("[thresholds.output-input-mismatch]\nmin_similarity = 25\n",
                                            encoding="utf-8")
    _, lenient = check_json(capsys, str(sop), "--select", "output-input-mismatch")
    assert 0 < len(lenient.findings) < len(strict.findings)


def test_lang_from_config(capsys, repo):
    root, sop = repo
    (root / "sopcheck.toml").write_text('lang = "en"\nselect = ["missing-output"]\n', encoding="utf-8")
    _, report = check_json(capsys, str(sop))
    assert report.findings[0].message.startswith("Step 1")


@pytest.mark.parametrize("text, line, words", [
    ('select = ["all"]\nignor = ["SOP202"]\n', 2, "ignor"),
    ('ignore = ["no-such-rule"]\n', 1, "no-such-rule"),
    ('fail-on = "fatal"\n', 1, "fatal"),
    ('lang = "id"\nfail-on = "info"\n', 2, "info"),  # the issue: fail-on is error or warning
    ('lang = "jv"\n', 1, "jv"),
    ('\n[severity]\nmissing-output = "critical"\n', 3, "critical"),
    ('\n\n[thresholds.output-input-mismatch]\nsimilarity = 3\n', 4, "similarity"),
    ('[thresholds.output-input-mismatch]\nmin_similarity = "high"\n', 2, "min_similarity"),
    ('[[roles]]\naliases = ["x"]\n', 1, "name"),
    ('select = [\n', 1, "TOML"),
    ('lang = "id"\nselect = ["SOP101" "SOP102"]\n', 2, "TOML"),
    ('lang = "id"\n\nlang = "en"\n', 3, "TOML"),
    ('ignore = [\n  "SOP101",\n  "SOP999",\n]\n', 3, "SOP999"),
    ('[per-file-ignores]\n"arsip/*.docx" = [\n  "SOP101",\n  "nope",\n]\n', 4, "nope"),
])
def test_bad_config_is_a_usage_error_naming_file_and_line(capsys, repo, text, line, words):
    root, sop = repo
    (root / "sopcheck.toml").write_text(text, encoding="utf-8")
    status = main(["check", str(sop), "--format", "json", "--no-cache"])
    err = capsys.readouterr().err
    assert status == 2
    assert words in err and "Traceback" not in err
    assert f"sopcheck.toml:{line}:" in err


def test_explicit_config_flag(capsys, repo, tmp_path):
    _, sop = repo
    cfg = tmp_path / "elsewhere.toml"
    cfg.write_text('select = ["missing-output"]\n', encoding="utf-8")
    _, report = check_json(capsys, str(sop), "--config", str(cfg))
    assert {f.rule for f in report.findings} == {"missing-output"}


def test_limits_from_config(capsys, repo):
    root, sop = repo
    (root / "sopcheck.toml").write_text("[limits]\nmax-table-rows = 10\n", encoding="utf-8")
    status, report = check_json(capsys, str(sop))
    assert [(f.rule, f.severity) for f in report.findings] == [("resource-limit", "error")]
    assert status == 1
    (root / "sopcheck.toml").write_text("[limits]\nmax-rows = 10\n", encoding="utf-8")
    assert main(["check", str(sop), "--no-cache"]) == 2
    assert "sopcheck.toml:2:" in capsys.readouterr().err


@pytest.mark.parametrize("key", ["max-page-objects = 500", "max-page-stream-mb = 0.001"])
def test_pdf_page_limits_from_config(capsys, tmp_path, key):
    """The PDF page bounds (objects laid out, inflated content) are [limits] keys too."""
    pdf = tmp_path / "sop.pdf"
    pdf.write_bytes((ROOT / "corpus" / "trenggalek-lakip-revisi.pdf").read_bytes())
    (tmp_path / "sopcheck.toml").write_text(f"[limits]\n{key}\n", encoding="utf-8")
    status, report = check_json(capsys, str(pdf))
    assert [(f.rule, f.severity) for f in report.findings] == [("resource-limit", "error")]
    assert status == 1


def test_audit_follows_the_configuration(tmp_path, capsys):
    """The audit's workers apply each file's configuration: selection and [limits]."""
    import json

    root = tmp_path / "audit"
    (root / "dinas-a").mkdir(parents=True)
    shutil.copy(CORPUS / "tapin-pengukuran-kinerja.docx", root / "dinas-a" / "tapin.docx")
    shutil.copy(CORPUS / "trenggalek-lakip-revisi.docx", root / "dinas-a" / "lakip.docx")
    (root / "sopcheck.toml").write_text('ignore = ["missing-identity-field"]\n[limits]\nmax-table-rows = 10\n',
                                        encoding="utf-8")
    out = tmp_path / "audit.json"
    status = main(["audit", str(root), "--no-progress", "--jobs", "1", "--json", str(out)])
    capsys.readouterr()
    findings = json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert {(Path(f["path"]).name, f["rule"]) for f in findings} == {("tapin.docx", "resource-limit"),
                                                                      ("lakip.docx", "resource-limit")}
    assert status == 1


def test_cli_selection_overrides_the_files_ignore(capsys, repo):
    """Flags override the file: a rule the file ignores comes back with --extend-select or
    --select naming it; per-file-ignores still apply."""
    root, sop = repo
    (root / "sopcheck.toml").write_text('ignore = ["missing-identity-field", "missing-output"]\n', encoding="utf-8")
    _, report = check_json(capsys, str(sop))
    rules = {f.rule for f in report.findings}
    assert "missing-identity-field" not in rules and "missing-output" not in rules and rules
    _, report = check_json(capsys, str(sop), "--extend-select", "SOP101")
    assert {f.rule for f in report.findings} == rules | {"missing-identity-field"}
    _, report = check_json(capsys, str(sop), "--select", "missing-output,SOP101", "--ignore", "SOP101")
    assert {f.rule for f in report.findings} == {"missing-output"}
    (root / "sopcheck.toml").write_text('[per-file-ignores]\n"dinas-*/*.docx" = ["SOP101"]\n', encoding="utf-8")
    _, report = check_json(capsys, str(sop), "--select", "SOP101")
    assert report.findings == []


def test_fail_on_flag_is_error_or_warning(capsys, repo):
    _, sop = repo
    with pytest.raises(SystemExit) as exit_:
        main(["check", str(sop), "--fail-on", "info", "--no-cache"])
    assert exit_.value.code == 2
    assert "info" in capsys.readouterr().err


def test_done_when_repository_config_gives_exactly_the_implied_findings(capsys, tmp_path):
    """Issue 4, "Done when": a temporary SOP repository whose sopcheck.toml ignores a rule,
    raises another to error and adds a local jabatan (one that no roster knows) gets exactly
    the findings that configuration implies — nothing more, nothing less."""
    from docx_edit import W, edited_copy

    def local_header(root):
        # the header repeats on each page's table (the corpus tables are cut into pages)
        found = 0
        for tc in root.iter(f"{{{W}}}tc"):
            if " ".join("".join(tc.itertext()).split()) == "Tim Penyusun dan Penerapan SAKIP":
                texts = list(tc.iter(f"{{{W}}}t"))
                texts[0].text = "Jupung Pasar"  # a local post's short name: no role word, unknown
                for t in texts[1:]:
                    t.text = ""
                found += 1
        assert found, "header not found"

    repo = tmp_path / "sop-pemda"
    (repo / "dinas-a").mkdir(parents=True)
    edited_copy(CORPUS / "tapin-pengukuran-kinerja.docx", repo / "dinas-a" / "pengukuran.docx", [local_header])
    shutil.copy(CORPUS / "bintan-perencanaan.docx", repo / "dinas-a" / "perencanaan.docx")
    _, before = check_json(capsys, str(repo))
    local = [f for f in before.findings if f.rule == "unknown-role" and "Jupung Pasar" in f.message]
    assert len(local) == 1
    assert any(f.rule == "outdated-regulation" for f in before.findings)
    assert any(f.rule == "missing-output" and f.severity == "warning" for f in before.findings)

    (repo / "sopcheck.toml").write_text(
        'ignore = ["SOP105"]\n\n'
        '[severity]\nmissing-output = "error"\n\n'
        '[[roles]]\nname = "Juru Pungut Retribusi Pasar"\naliases = ["Jupung Pasar"]\n', encoding="utf-8")
    status, after = check_json(capsys, str(repo))
    expected = [f.model_copy(update={"severity": "error"}) if f.rule == "missing-output" else f
                for f in before.findings if f.rule != "outdated-regulation" and f not in local]
    def key(f):
        return f.path, f.procedure or 0, f.step or 0, f.rule, f.message

    assert sorted(after.findings, key=key) == sorted(expected, key=key)  # the report orders by severity too
    assert status == 1
