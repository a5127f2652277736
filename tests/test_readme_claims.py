"""Issue 17: what the README tells a new user holds in the repository itself."""

from __future__ import annotations

import re

import yaml
from conftest import REPO

import sopcheck
from sopcheck.cli.check import FORMATS

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_the_contract_ships_with_the_repository():
    assert "docs/CONTRACT.md" in README and "shared/CONTRACT.md" not in README
    contract = (REPO / "docs" / "CONTRACT.md").read_text(encoding="utf-8")
    assert "## `sopcheck check PATH... --format json`" in contract


def test_pre_commit_section_names_the_release_tag_and_the_install_step():
    revs = re.findall(r"rev: (v[\d.]+)", README)
    assert revs and set(revs) == {f"v{sopcheck.__version__}"}
    assert "pre-commit install" in README


def test_readme_says_tests_skip_without_the_real_documents():
    assert "../shared/real/" in README and "skip" in README and "pytest -rs" in README


def test_ci_samples_are_valid_yaml_using_real_formats():
    blocks = re.findall(r"```yaml\n(.*?)```", README, flags=re.S)
    github = next(yaml.safe_load(b) for b in blocks if "upload-sarif" in b)
    gitlab = next(yaml.safe_load(b) for b in blocks if "codequality" in b)
    steps = github["jobs"]["sopcheck"]["steps"]
    runs = " ".join(step.get("run", "") for step in steps)
    assert "--format sarif" in runs and any("upload-sarif" in step.get("uses", "") for step in steps)
    script = " ".join(gitlab["sopcheck"]["script"])
    reports = gitlab["sopcheck"]["artifacts"]["reports"]
    assert "--format gitlab" in script and reports["codequality"] in script
    assert "--format junit" in script and reports["junit"] in script
    for fmt in re.findall(r"--format (\w+)", runs + " " + script):
        assert fmt in FORMATS
