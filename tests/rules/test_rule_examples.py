"""Every rule's PASS and FAIL examples are executable (bpmnlint's RuleTester): the rule fires
exactly where its ``fires`` says on the failing example and nowhere on the passing one. The
examples are what ``sopcheck rule NAME`` prints, so what a user reads is what is tested."""

from __future__ import annotations

import pytest
from rule_tester import fired

from sopcheck.checks import all_rules

CHECKED = [spec for spec in all_rules() if spec.scope != "file"]


@pytest.mark.parametrize("spec", CHECKED, ids=lambda s: s.name)
def test_failing_example_fires_where_stated(spec):
    assert spec.fail and spec.fires, f"{spec.name} has no failing example"
    assert fired(spec, spec.fail) == sorted(spec.fires)


@pytest.mark.parametrize("spec", CHECKED, ids=lambda s: s.name)
def test_passing_example_is_clean(spec):
    assert spec.passing, f"{spec.name} has no passing example"
    assert fired(spec, spec.passing) == []


def test_file_rules_are_the_unreadable_file_classes():
    """File-scope rules have no examples to run: each is one error for a file that cannot be
    read, exercised on the files of tests/bad (test_bad_inputs.py)."""
    import json
    from pathlib import Path

    expected = json.loads((Path(__file__).parents[1] / "bad" / "expected.json").read_text())
    seen = {entry["rule"] if isinstance(entry, dict) else entry for entry in expected.values()}
    assert {s.name for s in all_rules() if s.scope == "file"} <= seen
