"""``--format junit``: JUnit XML, which GitLab, Jenkins, Azure Pipelines and most CI systems
show as a test report.

One ``<testsuite>`` per checked file (``name`` = the file's repository-relative path), one
``<testcase>`` per finding with a ``<failure>`` (``type`` = severity; ``message`` = the
finding's message) and ``classname`` = the path, ``name`` = "CODE rule-name (where)"; a file
without findings holds one passing ``<testcase name="sopcheck">`` so it shows as checked and
clean. Every finding is a failure, whatever its severity (as ruff writes it): a CI that must
fail only on errors uses the exit status (``--fail-on``).

    <testsuites name="sopcheck" tests="3" failures="2" errors="0">
      <testsuite name="corpus/a.docx" tests="2" failures="2" errors="0">
        <testcase classname="corpus/a.docx" name="SOP201 duplicate-step-number (procedure 1 step 6)">
          <failure type="error" message="Langkah 6: nomor 6 sudah dipakai ...">...</failure>
        </testcase>
    ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from .summary import location_parts, posix_path, sort_findings

if TYPE_CHECKING:  # pragma: no cover
    from ..api import FileResult


def _where(finding) -> str:
    parts = location_parts(finding)
    return " ".join(f"{name} {value}" for name, value in parts)


def build(results: list["FileResult"]) -> ET.Element:
    """The ``<testsuites>`` element of ``results`` (see the module docstring)."""
    root = ET.Element("testsuites", name="sopcheck")
    tests = failures = 0
    for result in results:
        path = posix_path(result.path)
        findings = sort_findings(result.findings)
        suite = ET.SubElement(root, "testsuite", name=path, tests=str(max(1, len(findings))),
                              failures=str(len(findings)), errors="0")
        if not findings:
            ET.SubElement(suite, "testcase", classname=path, name="sopcheck")
        for f in findings:
            where = _where(f)
            case = ET.SubElement(suite, "testcase", classname=path,
                                 name=f"{f.code} {f.rule}" + (f" ({where})" if where else ""))
            failure = ET.SubElement(case, "failure", type=f.severity, message=f.message)
            failure.text = f"{path}: {where + ': ' if where else ''}{f.code} {f.rule}: {f.message}"
        tests += max(1, len(findings))
        failures += len(findings)
    root.set("tests", str(tests))
    root.set("failures", str(failures))
    root.set("errors", "0")
    return root


def emit(results: list["FileResult"], lang: str = "id") -> str:
    """The JUnit XML document (UTF-8, with its XML declaration)."""
    root = build(results)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
