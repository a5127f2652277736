"""Issue 17: the lint conventions a new user expects (colour, configuration errors, globs,
rule selection, exclusion, terminal width). Each test failed before the fix it names."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import CORPUS

from sopcheck.cli import main
from sopcheck.model import CheckReport

TAPIN = CORPUS / "tapin-pengukuran-kinerja.docx"
PROBOLINGGO = CORPUS / "probolinggo-laporan-kinerja.docx"


def check_json(capsys, *argv) -> tuple[int, CheckReport, str]:
    status = main(["check", *argv, "--format", "json", "--no-cache"])
    captured = capsys.readouterr()
    return status, CheckReport.model_validate_json(captured.out) if captured.out else None, captured.err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


# --- NO_COLOR -----------------------------------------------------------------------------------

def test_no_color_environment_variable_is_honoured_on_a_terminal(monkeypatch):
    from sopcheck.cli.common import console

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    coloured = _Terminal()
    console(SimpleNamespace(no_color=False), coloured).print("[red]galat[/]")
    assert "\x1b[" in coloured.getvalue()  # a terminal gets colour...
    monkeypatch.setenv("NO_COLOR", "1")
    plain = _Terminal()
    console(SimpleNamespace(no_color=False), plain).print("[red]galat[/]")
    assert plain.getvalue() == "galat\n"  # ...unless NO_COLOR says otherwise (https://no-color.org)


# --- configuration errors -----------------------------------------------------------------------

@pytest.fixture
def repo(tmp_path):
    dinas = tmp_path / "dinas"
    dinas.mkdir()
    shutil.copy(TAPIN, dinas / "pengukuran.docx")
    return tmp_path, dinas / "pengukuran.docx"


@pytest.mark.parametrize("name, text, line", [
    ("pyproject.toml", '[project]\nname = "x"\n\n[tool.sopcheck]\nselect = ["SOP101"\nfail-on = "warning"\n', 6),
    ("sopcheck.toml", 'ignore = ["SOP202"]\nselect = ["SOP101"\n', 2),
])
def test_toml_syntax_error_is_exit_2_naming_file_and_line(capsys, repo, name, text, line):
    root, sop = repo
    (root / name).write_text(text, encoding="utf-8")
    status, _, err = check_json(capsys, str(sop))
    assert status == 2
    assert f"{root / name}:{line}:" in err and "TOML" in err


def test_broken_pyproject_of_another_tool_is_passed_over(capsys, repo):
    root, sop = repo
    (root / "pyproject.toml").write_text('[project\nname = "x"\n', encoding="utf-8")
    status, report, _ = check_json(capsys, str(sop))
    assert report is not None and report.summary.files == 1 and status == 1


# --- per-file-ignores: gitignore globs ------------------------------------------------------------

@pytest.fixture
def arsip(tmp_path):
    """``x.docx``, ``arsip/x.docx`` and ``arsip/2019/x.docx``: the Tapin SOP three times."""
    for rel in ("x.docx", "arsip/x.docx", "arsip/2019/x.docx"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(TAPIN, tmp_path / rel)
    return tmp_path


@pytest.mark.parametrize("pattern, ignored", [
    ("arsip/**/*.docx", {"arsip/x.docx", "arsip/2019/x.docx"}),  # ** also matches no folder at all
    ("arsip/*.docx", {"arsip/x.docx"}),                            # * never crosses a /
    ("arsip/", {"arsip/x.docx", "arsip/2019/x.docx"}),             # a folder and all under it
    ("/x.docx", {"x.docx"}),                                       # anchored to the config's folder
    ("x.docx", {"x.docx", "arsip/x.docx", "arsip/2019/x.docx"}),   # a name at any depth
    ("!arsip/**", {"x.docx"}),                                     # negated: files not matching
])
def test_per_file_ignores_are_gitignore_globs(capsys, arsip, pattern, ignored):
    (arsip / "sopcheck.toml").write_text(f'[per-file-ignores]\n"{pattern}" = ["SOP101"]\n', encoding="utf-8")
    _, report, _ = check_json(capsys, str(arsip), "--select", "SOP101")
    flagged = {Path(f.path).relative_to(arsip).as_posix() for f in report.findings}
    assert flagged == {"x.docx", "arsip/x.docx", "arsip/2019/x.docx"} - ignored


def test_invalid_glob_is_a_usage_error(capsys, arsip):
    (arsip / "sopcheck.toml").write_text('extend-exclude = [\n  "arsip/",\n  "",\n]\n', encoding="utf-8")
    status, _, err = check_json(capsys, str(arsip))
    assert status == 2 and f"{arsip / 'sopcheck.toml'}:3:" in err  # the line of the empty pattern


# --- rule selection -----------------------------------------------------------------------------

def _rules(report: CheckReport) -> set[str]:
    return {f.code for f in report.findings}


def test_select_all_on_the_command_line_as_in_the_file(capsys, repo):
    root, sop = repo
    _, default, _ = check_json(capsys, str(sop))
    status, every, err = check_json(capsys, str(sop), "--select", "all")
    assert status == 1 and not err and _rules(every) == _rules(default)
    (root / "sopcheck.toml").write_text('select = ["ALL"]\n', encoding="utf-8")
    _, from_file, _ = check_json(capsys, str(sop))
    assert _rules(from_file) == _rules(default)


def test_select_by_code_prefix(capsys, repo):
    _, sop = repo
    _, default, _ = check_json(capsys, str(sop))
    _, sop4, err = check_json(capsys, str(sop), "--select", "SOP4")
    assert not err
    assert _rules(sop4) == {c for c in _rules(default) if c.startswith("SOP4")} and _rules(sop4)
    _, rest, _ = check_json(capsys, str(sop), "--ignore", "sop4,SOP1")
    assert _rules(rest) == {c for c in _rules(default) if not c.startswith(("SOP4", "SOP1"))}
    status, _, err = check_json(capsys, str(sop), "--select", "SOP9")
    assert status == 2 and "SOP9" in err


def test_repeated_select_adds_up(capsys, repo):
    _, sop = repo
    _, both, _ = check_json(capsys, str(sop), "--select", "SOP101", "--select", "missing-output")
    assert _rules(both) == {"SOP101", "SOP402"}
    _, dropped, _ = check_json(capsys, str(sop), "--ignore", "SOP101", "--ignore", "SOP4")
    assert not _rules(dropped) & {"SOP101", "SOP401", "SOP402", "SOP403"}


# --- exclude / extend-exclude ---------------------------------------------------------------------

def _paths(report: CheckReport, root: Path) -> set[str]:
    return {Path(f.path).relative_to(root).as_posix() for f in report.findings}


def test_extend_exclude_skips_folders_and_globs(capsys, arsip):
    (arsip / ".draft.docx").write_bytes(TAPIN.read_bytes())  # hidden: skipped by default
    (arsip / "sopcheck.toml").write_text('extend-exclude = ["arsip/2019/", "/x.docx"]\n', encoding="utf-8")
    _, report, _ = check_json(capsys, str(arsip), "--select", "SOP101")
    assert report.summary.files == 1 and _paths(report, arsip) == {"arsip/x.docx"}


def test_exclude_replaces_the_default(capsys, arsip):
    (arsip / ".draft.docx").write_bytes(TAPIN.read_bytes())
    (arsip / "sopcheck.toml").write_text('exclude = ["arsip/"]\n', encoding="utf-8")
    _, report, _ = check_json(capsys, str(arsip), "--select", "SOP101")
    assert _paths(report, arsip) == {"x.docx", ".draft.docx"}


def test_a_file_named_on_the_command_line_is_checked_unless_force_exclude(capsys, arsip):
    (arsip / "sopcheck.toml").write_text('extend-exclude = ["arsip/"]\n', encoding="utf-8")
    named = str(arsip / "arsip" / "x.docx")
    _, report, _ = check_json(capsys, named, "--select", "SOP101")
    assert report.summary.files == 1
    _, report, _ = check_json(capsys, named, "--select", "SOP101", "--force-exclude")
    assert report.summary.files == 0
    (arsip / "sopcheck.toml").write_text('extend-exclude = ["arsip/"]\nforce-exclude = true\n', encoding="utf-8")
    _, report, _ = check_json(capsys, named, "--select", "SOP101")
    assert report.summary.files == 0


def test_audit_walks_with_the_same_exclusions(tmp_path, capsys):
    for rel in ("dinas-a/x.docx", "dinas-a/arsip/y.docx", "dinas-b/z.docx"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(TAPIN, tmp_path / rel)
    (tmp_path / "sopcheck.toml").write_text('extend-exclude = ["arsip/"]\n', encoding="utf-8")
    out = tmp_path / "audit.json"
    main(["audit", str(tmp_path), "--jobs", "1", "--no-progress", "--json", str(out)])
    capsys.readouterr()
    paths = {Path(f["path"]).relative_to(tmp_path).as_posix() for f in json.loads(out.read_text())["findings"]}
    assert paths == {"dinas-a/x.docx", "dinas-b/z.docx"}


# --- the terminal's width, no trailing spaces ------------------------------------------------------

def _report_text(capsys, monkeypatch, columns: int, *paths: Path) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    main(["check", *map(str, paths), "--no-cache"])
    return capsys.readouterr().out


def test_narrow_terminal_gets_the_compact_layout(capsys, monkeypatch):
    from sopcheck.checks import all_rules

    text = _report_text(capsys, monkeypatch, 80, PROBOLINGGO)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 80
    names = {spec.name for spec in all_rules()}
    # location and code on one line, the whole rule name on it; the message wrapped under it
    head = next(line for line in lines if "SOP201" in line)
    assert head.split() == ["✖", "galat", "SOP201", "duplicate-step-number", "P1", "·", "L6"]
    assert lines[lines.index(head) + 1].startswith("    Langkah 6: nomor 6")
    heads = [line for line in lines if line.startswith("  ") and line.split()[:1] in (["✖"], ["▲"], ["●"])]
    assert len(heads) == 6 and all(line.split()[3] in names for line in heads)
    findings = len(heads)
    assert len(lines) < 4 * findings + 12  # about three lines a finding, not eight or nine


def test_wide_output_fills_the_width_and_no_line_ends_in_spaces(capsys, monkeypatch):
    text = _report_text(capsys, monkeypatch, 120, PROBOLINGGO, TAPIN)
    lines = text.splitlines()
    assert any("Tingkat" in line and "Pesan" in line for line in lines)  # the table layout
    assert max(len(line) for line in lines) == 120
    assert not [line for line in lines if line != line.rstrip()]


def test_pipe_width_follows_the_terminal_the_command_runs_in(monkeypatch):
    from sopcheck.cli import common

    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(common.sys, "stderr", SimpleNamespace(isatty=lambda: True, fileno=lambda: 2))
    monkeypatch.setattr(common.os, "get_terminal_size", lambda fd: SimpleNamespace(columns=87), raising=False)
    assert common.report_width(io.StringIO()) == 87
    monkeypatch.setattr(common.sys, "stderr", io.StringIO())
    monkeypatch.setattr(common.sys, "stdin", io.StringIO())
    assert common.report_width(io.StringIO()) == common.PIPE_WIDTH


def test_narrow_audit_summary_does_not_fold_words(audit_tree, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    main(["audit", str(audit_tree), "--jobs", "2", "--no-progress"])
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert not [line for line in lines if line != line.rstrip()]
    assert "  disdukcapil-trenggalek" in lines and "  disdukcapil-probolinggo" in lines
    assert not any("│" in line for line in lines)  # blocks, not a table whose cells fold
