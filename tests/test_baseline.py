"""Baselines survive unrelated edits and catch exactly the new defect; the parse cache."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

from sopcheck.cli import main
from sopcheck.model import CheckReport

ROOT = Path(__file__).resolve().parent.parent
TAPIN = ROOT / "corpus" / "tapin-pengukuran-kinerja.docx"


def edit_docx(src: Path, dst: Path, old: str, new: str) -> None:
    """Copy ``src`` to ``dst`` replacing text ``old`` by ``new`` (once) in word/document.xml."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                assert text.count(old) >= 1, old
                data = text.replace(old, new, 1).encode("utf-8")
            zout.writestr(item, data)


def run_check(capsys, *argv) -> tuple[int, CheckReport]:
    status = main(["check", *argv, "--format", "json", "--no-cache"])
    return status, CheckReport.model_validate_json(capsys.readouterr().out)


def write_baseline(capsys, baseline, *argv) -> tuple[int, CheckReport]:
    """The report of ``argv``, then ``--write-baseline`` of the same run, which prints no report
    and exits 0 (issue 17)."""
    status, report = run_check(capsys, *argv)
    assert main(["check", *argv, "--write-baseline", str(baseline), "--no-cache"]) == 0
    assert capsys.readouterr().out == ""
    return status, report


def test_unrelated_edit_keeps_baseline_silent_and_new_defect_gives_one(capsys, tmp_path):
    sop = tmp_path / "pengukuran.docx"
    baseline = tmp_path / "baseline.json"
    shutil.copy(TAPIN, sop)
    _, first = write_baseline(capsys, baseline, str(sop))
    assert len(first.findings) > 3

    # An unrelated edit: rewording another step's kegiatan and an identitas list item.
    edited = tmp_path / "edited.docx"
    edit_docx(sop, edited, "Memperlihatkan dan mengolah konsep form ilian",
              "Memperlihatkan dan mengolah konsep formulir isian")
    edit_docx(edited, sop, "Menguasai penggunaan komputer dan jaringan", "Menguasai komputer")
    status, after = run_check(capsys, str(sop), "--baseline", str(baseline))
    assert after.findings == [] and status == 0

    # A new defect: step 10's "3 Hari" becomes "3 Jari".
    edit_docx(sop, edited, ">3 Hari<", ">3 Jari<")
    shutil.copy(edited, sop)
    status, after = run_check(capsys, str(sop), "--baseline", str(baseline))
    assert [(f.rule, f.step) for f in after.findings] == [("unparseable-duration", 10)]
    assert status == 0  # unparseable-duration is a warning


def test_fingerprint_ignores_row_numbers(capsys, tmp_path):
    """Deleting a step row above shifts every row number; later findings stay baselined."""
    from sopcheck.api import check_file
    from sopcheck.baseline import fingerprint

    result = check_file(TAPIN)
    doc = result.document
    finding = next(f for f in result.findings if f.rule == "missing-output")
    moved = finding.model_copy(update={"location": finding.location.model_copy(update={"row": 99}), "step": 42})
    shifted = doc.model_copy(deep=True)
    step = shifted.procedures[0].steps[0]
    step.location.row, step.number = 99, 42
    assert fingerprint(finding, doc) == fingerprint(moved, shifted)


def test_bad_baseline_is_a_usage_error(capsys, tmp_path):
    bad = tmp_path / "b.json"
    bad.write_text("{}", encoding="utf-8")
    assert main(["check", str(TAPIN), "--baseline", str(bad)]) == 2
    assert "baseline" in capsys.readouterr().err


def test_parse_cache_reuses_unchanged_files(tmp_path, monkeypatch):
    from sopcheck import api
    from sopcheck.cache import ParseCache

    cache = ParseCache(tmp_path / "cache")
    cold = api.check_file(TAPIN, cache=cache)
    assert len(list((tmp_path / "cache").glob("*.json"))) == 1
    monkeypatch.setattr(api, "parse_file", lambda *a, **k: (_ for _ in ()).throw(AssertionError("re-parsed")))
    warm = api.check_file(TAPIN, cache=cache)
    assert warm.findings == cold.findings and warm.documents == cold.documents
    copy = tmp_path / "copy.docx"
    shutil.copy(TAPIN, copy)
    assert api.check_file(copy, cache=cache).documents[0].source == str(copy)  # same content, its own path


def test_check_never_modifies_inputs(tmp_path):
    sop = tmp_path / "x.docx"
    shutil.copy(TAPIN, sop)
    before = hashlib.sha256(sop.read_bytes()).hexdigest()
    assert main(["check", str(sop), "--format", "json"]) in (0, 1)
    assert hashlib.sha256(sop.read_bytes()).hexdigest() == before


def test_parse_cache_honours_tighter_limits(capsys, tmp_path, monkeypatch):
    """A file parsed and cached under the default limits still hits a stricter ``[limits]``."""
    monkeypatch.chdir(tmp_path)  # .sopcheck_cache/ lives in the current folder
    sop = tmp_path / "pengukuran.docx"
    shutil.copy(TAPIN, sop)
    assert main(["check", str(sop), "--format", "json"]) == 1  # cold: parsed and cached
    capsys.readouterr()
    (tmp_path / "sopcheck.toml").write_text("[limits]\nmax-table-rows = 10\n", encoding="utf-8")
    main(["check", str(sop), "--format", "json"])
    report = CheckReport.model_validate_json(capsys.readouterr().out)
    assert [f.rule for f in report.findings] == ["resource-limit"]


def test_baseline_matches_whatever_the_working_folder(capsys, tmp_path, monkeypatch):
    """Files are keyed relative to the baseline's folder: written from the repository root with
    relative paths, the baseline still holds when CI checks the same files by absolute path
    from another folder."""
    repo = tmp_path / "sop-repo"
    (repo / "dinas").mkdir(parents=True)
    shutil.copy(TAPIN, repo / "dinas" / "pengukuran.docx")
    monkeypatch.chdir(repo)
    _, first = write_baseline(capsys, ".sopcheck-baseline.json", "dinas")
    assert first.findings
    monkeypatch.chdir(tmp_path)
    status, after = run_check(capsys, str(repo / "dinas"), "--baseline", str(repo / ".sopcheck-baseline.json"))
    assert after.findings == [] and status == 0


def test_parse_cache_key_follows_version_and_rule_data(tmp_path, monkeypatch):
    """An upgrade or an edited rules/ file invalidates every cached parse."""
    import sopcheck
    from sopcheck import cache, ruledata

    cache._salt.cache_clear()
    try:
        plain = cache.content_key(TAPIN)
        assert cache.content_key(TAPIN) == plain
        monkeypatch.setattr(sopcheck, "__version__", "99.0.0")
        cache._salt.cache_clear()
        assert cache.content_key(TAPIN) != plain
        monkeypatch.undo()
        rules = tmp_path / "rules"
        shutil.copytree(ruledata.rule_data_dir(), rules)
        with (rules / "roles.yaml").open("a", encoding="utf-8") as fh:
            fh.write("\n# a reviewer's edit\n")
        monkeypatch.setattr(ruledata, "rule_data_dir", lambda: rules)
        cache._salt.cache_clear()
        assert cache.content_key(TAPIN) != plain
    finally:
        cache._salt.cache_clear()


def test_no_cache_writes_no_cache_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    main(["check", str(TAPIN), "--format", "json", "--no-cache"])
    assert not (tmp_path / ".sopcheck_cache").exists()
    main(["check", str(TAPIN), "--format", "json"])
    assert len(list((tmp_path / ".sopcheck_cache").glob("*.json"))) == 1
    assert (tmp_path / ".sopcheck_cache" / ".gitignore").read_text(encoding="utf-8") == "*\n"


def test_baseline_holds_in_the_other_language(capsys, tmp_path):
    """A baseline written with Indonesian messages still holds for a run with --lang en (and
    the other way round): fingerprints never depend on the report language."""
    sop = tmp_path / "perencanaan.docx"
    shutil.copy(ROOT / "corpus" / "bintan-perencanaan.docx", sop)
    bad = tmp_path / "rusak.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    for written, used in (("id", "en"), ("en", "id")):
        baseline = tmp_path / f"baseline-{written}.json"
        _, first = write_baseline(capsys, baseline, str(sop), str(bad), "--lang", written)
        assert any(f.procedure is None for f in first.findings) and any(f.procedure for f in first.findings)
        status, after = run_check(capsys, str(sop), str(bad), "--lang", used, "--baseline", str(baseline))
        assert after.findings == [] and status == 0
