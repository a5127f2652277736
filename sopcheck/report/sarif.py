"""``--format sarif``: SARIF 2.1.0 for code-scanning dashboards and audit archives.

One run; ``tool.driver.rules`` lists every registered rule (``id`` = code, ``name`` =
kebab-case name, descriptions in the report language) so ``ruleIndex`` is stable across runs.
A result points at its file (``artifactLocation.uri``, relative, forward slashes) and, since
SOP files have no line numbers, at a logical location "procedure N / step M / page P" (led by
"sop K" for the K-th SOP of a bundle).
``partialFingerprints["sopcheck/v1"]`` lets a dashboard follow a finding across runs.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Callable, Optional
from urllib.parse import quote

from .. import __version__
from ..checks import all_rules
from ..model import Finding
from .summary import all_findings, location_parts, posix_path

if TYPE_CHECKING:  # pragma: no cover
    from ..api import FileResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
VERSION = "2.1.0"
# No public home yet: ``informationUri`` is written only when the installed package metadata
# has a ``Project-URL`` (``[project.urls]`` in pyproject.toml); never a made-up address.
INFORMATION_URI: Optional[str] = None
FINGERPRINT_KEY = "sopcheck/v1"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}

Fingerprint = Callable[["FileResult", Finding], str]


def default_fingerprint(result: "FileResult", finding: Finding) -> str:
    """SHA-256 (hex) of path, rule, procedure index and step, NUL-separated (the SOP's index
    after the rule for a finding of a bundle)."""
    parts = [posix_path(finding.path), finding.rule, *([] if finding.part is None else [f"sop {finding.part}"]),
             "" if finding.procedure is None else str(finding.procedure),
             "" if finding.step is None else str(finding.step)]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def information_uri() -> Optional[str]:
    """The project's URL from the package metadata, else :data:`INFORMATION_URI` (``None``)."""
    try:
        from importlib.metadata import PackageNotFoundError, metadata

        urls = metadata("sopcheck").get_all("Project-URL") or []
    except (PackageNotFoundError, ImportError):  # pragma: no cover
        urls = []
    for entry in urls:
        label, _, url = entry.partition(",")
        if url.strip() and label.strip().lower() in ("homepage", "repository", "source", "documentation"):
            return url.strip()
    return INFORMATION_URI


def _text(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("id") or ""


def _descriptors(lang: str) -> list[dict]:
    rules = []
    for spec in all_rules():
        short = _text(spec.summary, lang) or spec.name
        rules.append({
            "id": spec.code,
            "name": spec.name,
            "shortDescription": {"text": short},
            "fullDescription": {"text": _text(spec.why, lang) or short},
            "defaultConfiguration": {"level": LEVEL.get(spec.severity, "warning")},
        })
    return rules


def artifact_uri(path: str) -> str:
    """``path`` as a relative URI reference: forward slashes, unsafe characters percent-encoded."""
    return quote(posix_path(path), safe="/")


def logical_name(finding: Finding) -> Optional[str]:
    """"sop K / procedure N / step M / page P" with the unknown parts left out; ``None`` if none
    known."""
    parts = location_parts(finding)
    return " / ".join(f"{name} {value}" for name, value in parts) or None


def _result(finding: Finding, file_result: "FileResult", rule_index: int,
            fingerprint: Fingerprint) -> dict:
    location: dict = {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(finding.path)}}}
    name = logical_name(finding)
    if name is not None:
        location["logicalLocations"] = [{"fullyQualifiedName": name, "kind": "member"}]
    return {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVEL.get(finding.severity, "warning"),
        "message": {"text": finding.message},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(file_result, finding)},
    }


def build(results: list["FileResult"], lang: str = "id",
          fingerprint: Optional[Fingerprint] = None) -> dict:
    """The SARIF log as a dict (see :func:`emit`)."""
    fingerprint = fingerprint or default_fingerprint
    rules = _descriptors(lang)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    owner: dict[int, "FileResult"] = {id(f): r for r in results for f in r.findings}
    sarif_results = []
    for finding in all_findings(results):
        if finding.code not in index:  # a rule not in the registry (plugin, stale name)
            index[finding.code] = len(rules)
            rules.append({"id": finding.code, "name": finding.rule,
                          "shortDescription": {"text": finding.rule},
                          "defaultConfiguration": {"level": LEVEL.get(finding.severity, "warning")}})
        sarif_results.append(_result(finding, owner[id(finding)], index[finding.code], fingerprint))
    return {
        "$schema": SCHEMA,
        "version": VERSION,
        "runs": [{
            "tool": {"driver": _driver(lang, rules)},
            "columnKind": "unicodeCodePoints",
            "results": sarif_results,
        }],
    }


def emit(results: list["FileResult"], lang: str = "id",
         fingerprint: Optional[Fingerprint] = None) -> str:
    """A SARIF 2.1.0 log of ``results``.

    ``fingerprint(result, finding) -> str`` replaces :func:`default_fingerprint` (for example
    to key on the procedure title and kegiatan text, which survive renumbering).
    """
    return json.dumps(build(results, lang, fingerprint), indent=2, ensure_ascii=False)


def _driver(lang: str, rules: list[dict]) -> dict:
    driver = {"name": "sopcheck", "version": __version__, "semanticVersion": __version__}
    uri = information_uri()
    if uri:
        driver["informationUri"] = uri
    driver.update({"language": lang, "rules": rules})
    return driver
