"""The pre-commit hook, run for real with `pre-commit try-repo` against this project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))


@pytest.fixture(scope="module")
def sop_repo(tmp_path_factory):
    if not Path(PRE_COMMIT).exists():
        pytest.fail("pre-commit is not installed: pip install -e '.[test]'")
    repo = tmp_path_factory.mktemp("sop-repo")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    shutil.copy(CORPUS / "trenggalek-lakip-revisi.docx", repo / "bersih.docx")
    shutil.copy(CORPUS / "tapin-pengukuran-kinerja.docx", repo / "cacat.docx")
    (repo / "~$cacat.docx").write_bytes(b"\x00Word lock file")  # must never be checked
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home")),
           "NO_COLOR": "1"}
    return repo, env


def try_repo(repo: Path, env: dict, *files: str) -> subprocess.CompletedProcess:
    return subprocess.run([PRE_COMMIT, "try-repo", str(ROOT), "sopcheck", "--files", *files],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=600)


def test_hook_passes_on_a_clean_sop(sop_repo):
    repo, env = sop_repo
    proc = try_repo(repo, env, "bersih.docx", "~$cacat.docx")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout


def test_hook_fails_on_a_defective_sop_with_its_findings(sop_repo):
    repo, env = sop_repo
    proc = try_repo(repo, env, "bersih.docx", "cacat.docx")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Failed" in proc.stdout
    assert "cacat.docx" in proc.stdout and "SOP101" in proc.stdout and "Tanggal Efektif" in proc.stdout
    assert "~$cacat.docx" not in proc.stdout
