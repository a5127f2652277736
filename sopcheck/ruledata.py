"""Load the rule data a reviewer edits: YAML files in the project's ``rules/`` folder.

In a wheel the folder ships as ``sopcheck/ruledata``; in a source checkout it is read from
``rules/`` beside the package. Files: ``roles.yaml`` (roster, aliases, unit words),
``identitas.yaml`` (identitas labels and required fields), ``headers.yaml`` (flowchart header
vocabulary), ``durations.yaml`` (units, number words, plausible bounds per activity kind),
``thresholds.yaml`` (fuzzy-match thresholds; the equipment and software vocabulary of
output-input-mismatch), ``abbreviations.yaml`` (document names read as their abbreviation
before texts and titles are compared), ``documents.yaml`` (how output-input-mismatch reads a
document name), ``regulations.yaml`` and ``audit.yaml``.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import UsageError


@lru_cache(maxsize=1)
def rule_data_dir() -> Path:
    """The folder holding the rule data YAML files.

    :raises UsageError: when neither the packaged nor the source folder exists.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "ruledata", here.parent / "rules"):
        if (candidate / "roles.yaml").is_file():
            return candidate
    raise UsageError(f"rule data not found (looked in {here / 'ruledata'} and {here.parent / 'rules'})")


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Parse ``<rule data dir>/<name>.yaml`` and return its content (cached per process).

    :raises UsageError: when the file is missing or is not valid YAML.
    """
    import yaml

    path = rule_data_dir() / f"{name}.yaml"
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: ~10x faster
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=loader)  # noqa: S506 - a safe loader
    except FileNotFoundError as exc:
        raise UsageError(f"{path}: rule data file missing") from exc
    except yaml.YAMLError as exc:
        raise UsageError(f"{path}: invalid YAML: {exc}") from exc


def fingerprint() -> str:
    """A SHA-256 over every rule data file, for cache invalidation."""
    digest = hashlib.sha256()
    for path in sorted(rule_data_dir().glob("*.yaml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
