"""Rule documentation comes from the registry and stands on its own.

* ``sopcheck rule NAME`` prints the rule's summary, rationale, examples and details: none of it
  may send the reader to a file that does not ship with sopcheck (design notes, the project's
  issue tracker, test data) or carry Sphinx markup.
* The README's rule table is exactly ``sopcheck rules --format markdown --lang en``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sopcheck.checks import all_rules
from sopcheck.report.explain import to_markdown

README = Path(__file__).resolve().parents[2] / "README.md"
OUTSIDE = re.compile(r"\bseeds?\b|\.md\b|\b[Ii]ssue \d|:(?:func|data|mod|class|meth):|``|\bCONTRACT\b|SOP-AP\b|tests/")


@pytest.mark.parametrize("spec", all_rules(), ids=lambda s: s.name)
def test_rule_page_stands_on_its_own(spec):
    texts = [spec.doc, spec.fail, spec.passing]
    for field in (spec.summary, spec.why, spec.message):
        texts += list(field.values())
    found = [m.group(0) for text in texts for m in OUTSIDE.finditer(text)]
    assert not found, f"{spec.name}: {found}"


def test_readme_rule_table_is_the_registry():
    table = to_markdown(all_rules(), "en")
    assert table in README.read_text(encoding="utf-8"), "regenerate with: sopcheck rules --format markdown --lang en"
