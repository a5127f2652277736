"""sopcheck never changes what it reads, writes nothing next to it, and a folder mixing broken
files with real SOPs still reports the SOPs in full.

One mixed input folder (``inputs/``): ``dinas-rusak/`` holds every file of ``tests/bad``,
``dinas-sop/`` copies of the corpus DOCX and PDF files (and the scanned PDF). ``check`` and
``audit`` run over it in child processes whose working directory is another folder
(``work/``), so the parse cache (``.sopcheck_cache``) and the reports belong there. Before and
after each run every input's SHA-256, size, mode, inode, mtime and ctime, and the list of
every entry under ``inputs/``, must be the same.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "bad"
CORPUS = ROOT / "corpus"
EXPECTED: dict[str, str] = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))

VALID = sorted(p for p in CORPUS.glob("*") if p.suffix in (".docx", ".pdf") and p.is_file())
SCANNED = sorted((CORPUS / "scanned").glob("*.pdf")) if (CORPUS / "scanned").is_dir() else []

pytestmark = pytest.mark.skipif(not VALID, reason="no corpus documents")


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under ``folder`` (hidden ones included): files by content and metadata,
    folders by mode."""
    out: dict[str, tuple] = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            st = path.lstat()
            rel = str(path.relative_to(folder))
            if path.is_file():
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                out[rel] = ("file", digest, st.st_size, st.st_mode, st.st_ino, st.st_mtime_ns, st.st_ctime_ns)
            else:
                out[rel] = ("dir", st.st_mode, st.st_ino)
    st = folder.stat()
    out["."] = ("dir", st.st_mode, st.st_ino, st.st_mtime_ns)  # an entry added or removed changes mtime
    return out


def cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="200")
    run = subprocess.run([sys.executable, "-m", "sopcheck.cli", *args], check=False, cwd=cwd, env=env,
                         capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=300)
    assert "Traceback" not in run.stdout + run.stderr, run.stderr[-3000:]
    return run


def _key(finding: dict) -> tuple:
    loc = finding.get("location") or {}
    return (finding["rule"], finding["code"], finding["severity"], finding["message"], finding["procedure"],
            finding["step"], loc.get("page"), loc.get("table"), loc.get("row"))


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    base = tmp_path_factory.mktemp("readonly")
    inputs = base / "inputs"
    (inputs / "dinas-rusak").mkdir(parents=True)
    (inputs / "dinas-sop").mkdir()
    for name in EXPECTED:
        shutil.copy2(BAD / name, inputs / "dinas-rusak" / name)
    for path in VALID + SCANNED:
        shutil.copy2(path, inputs / "dinas-sop" / path.name)
    work = base / "work"
    work.mkdir()
    return base, inputs, work


def _by_path(report: dict, prefix: str) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for f in report["findings"]:
        rel = Path(f["path"]).as_posix()
        assert rel.startswith(prefix), rel
        out.setdefault(rel[len(prefix):], []).append(_key(f))
    return out


def test_check_changes_nothing_and_reports_the_valid_sops(mixed, monkeypatch, capsys):
    base, inputs, work = mixed
    before = snapshot(inputs)
    first = cli(["check", str(inputs), "--format", "json"], cwd=work)
    assert snapshot(inputs) == before, "check changed or added something under the input folder"
    assert first.returncode == 1
    report = json.loads(first.stdout)
    found = _by_path(report, f"{inputs.as_posix()}/")
    assert report["summary"]["files"] == len(EXPECTED) + len(VALID) + len(SCANNED)

    # the cache lives in the working directory, never next to the inputs
    assert (work / ".sopcheck_cache").is_dir() and any((work / ".sopcheck_cache").glob("*.json"))
    assert not any(p.name == ".sopcheck_cache" for p in inputs.rglob("*"))

    # each bad file: exactly its one expected finding
    for name, rule in EXPECTED.items():
        assert [k[0] for k in found.get(f"dinas-rusak/{name}", [])] == [rule], name

    # each valid SOP: exactly the findings it gets when checked alone, in the same order
    from sopcheck.cli import main

    alone_dir = base / "alone"
    alone_dir.mkdir(exist_ok=True)
    monkeypatch.chdir(alone_dir)
    for path in VALID + SCANNED:
        copy = inputs / "dinas-sop" / path.name
        assert main(["check", str(copy), "--format", "json", "--no-cache"]) in (0, 1)
        alone = [_key(f) for f in json.loads(capsys.readouterr().out)["findings"]]
        assert found.get(f"dinas-sop/{path.name}", []) == alone, path.name
    assert any(found.get(f"dinas-sop/{p.name}") for p in VALID), "the valid SOPs yielded nothing at all"

    # a second, cached run: the same report, inputs still untouched
    second = cli(["check", str(inputs), "--format", "json"], cwd=work)
    assert json.loads(second.stdout) == report
    assert snapshot(inputs) == before


def test_audit_changes_nothing_and_reports_the_valid_sops(mixed):
    base, inputs, work = mixed
    before = snapshot(inputs)
    out = work / "laporan"
    out.mkdir(exist_ok=True)
    run = cli(["audit", str(inputs), "--no-progress", "--jobs", "2", "--html", "laporan/a.html", "--csv",
               "laporan/a.csv", "--xlsx", "laporan/a.xlsx", "--json", "laporan/a.json"], cwd=work)
    assert snapshot(inputs) == before, "audit changed or added something under the input folder"
    assert run.returncode == 1, run.stderr[-2000:]
    assert sorted(p.name for p in out.iterdir()) == ["a.csv", "a.html", "a.json", "a.xlsx"]
    mixed_report = json.loads((out / "a.json").read_text(encoding="utf-8"))
    found = _by_path(mixed_report, f"{inputs.as_posix()}/")
    for name, rule in EXPECTED.items():
        assert [k[0] for k in found.get(f"dinas-rusak/{name}", [])] == [rule], name

    # the same SOPs audited without the broken files: the same findings for each
    valid = base / "valid"
    if not valid.exists():
        shutil.copytree(inputs / "dinas-sop", valid / "dinas-sop")
    run = cli(["audit", str(valid), "--no-progress", "--jobs", "2", "--json", "laporan/b.json"], cwd=work)
    alone = _by_path(json.loads((out / "b.json").read_text(encoding="utf-8")), f"{valid.as_posix()}/")
    assert alone, "the valid SOPs yielded nothing at all"
    sop_found = {k: v for k, v in found.items() if k.startswith("dinas-sop/")}
    assert {k: sorted(v) for k, v in sop_found.items()} == {k: sorted(v) for k, v in alone.items()}
    assert snapshot(inputs) == before


@pytest.mark.parametrize("argv", [
    ["check", "{input}", "--format", "json", "--output", "{input}"],
    ["check", "{folder}", "--format", "json", "-o", "{input}"],
    ["check", "{input}", "--write-baseline", "{input}"],
    ["parse", "{input}", "--format", "json", "--output", "{input}"],
])
def test_an_output_file_that_is_an_input_is_refused(argv, tmp_path, capsys):
    """``check sop.docx -o sop.docx`` once replaced the SOP by its own report."""
    from sopcheck.cli import main

    folder = tmp_path / "masuk"
    folder.mkdir()
    target = folder / "surat.pdf"
    shutil.copyfile(Path(__file__).parent / "bad" / "letter.pdf", target)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    args = [a.format(input=target, folder=folder) for a in argv]
    status = main([*args, "--no-cache"] if args[0] == "check" else args)
    err = capsys.readouterr().err
    assert status == 2, err
    assert "surat.pdf" in err and "masukan" in err and "Traceback" not in err
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
