"""The registry: every rule documented, the contract's names and codes kept."""

from __future__ import annotations

from sopcheck.checks import all_rules


def test_every_rule_is_documented():
    for spec in all_rules():
        if spec.scope != "document":
            continue
        assert spec.summary["id"] and spec.summary["en"], spec.name
        assert spec.message["id"] and spec.message["en"], spec.name
        assert spec.why["id"] and spec.why["en"], spec.name
        assert spec.fail and spec.passing, spec.name
        assert spec.doc and "Source" in spec.doc, spec.name


def test_contract_rule_names_and_codes():
    codes = {s.name: s.code for s in all_rules()}
    assert codes["missing-identity-field"] == "SOP101"
    assert codes["duplicate-step-number"] == "SOP201"
    assert codes["step-sequence-gap"] == "SOP202"
    assert codes["unnumbered-step"] == "SOP203"
    assert codes["missing-pelaksana"] == "SOP301"
    assert codes["unknown-role"] == "SOP302"
    assert codes["role-name-variant"] == "SOP303"
    assert codes["output-input-mismatch"] == "SOP401"
    assert codes["missing-output"] == "SOP402"
    assert codes["missing-kelengkapan"] == "SOP403"
    assert codes["missing-duration"] == "SOP501"
    assert codes["unparseable-duration"] == "SOP502"
    assert codes["duration-words-mismatch"] == "SOP503"
    assert codes["implausible-duration"] == "SOP504"


def test_every_document_rule_says_what_its_findings_are_about():
    """The annotated copy puts each finding's comment on the cell its rule names (issue 16):
    a rule without ``field`` would leave its findings to a fallback anchor."""
    from sopcheck.model import FINDING_FIELDS

    for spec in all_rules():
        if spec.scope == "document":
            assert spec.field in FINDING_FIELDS, spec.name


def test_a_hit_may_name_another_field_than_its_rule():
    from conftest import CORPUS

    from sopcheck.api import check_file

    found = check_file(CORPUS / "bintan-perencanaan.docx").findings
    by_rule = {}
    for f in found:
        by_rule.setdefault(f.rule, set()).add((f.field, f.field_key))
    assert by_rule["revoked-regulation"] == {("identitas", "dasar_hukum")}
    assert ("role-header", "Kepada Dinas") in by_rule["role-name-variant"]
    assert by_rule["missing-output"] == {("output", None)}
    assert by_rule["unnumbered-step"] == {("number", None)}
