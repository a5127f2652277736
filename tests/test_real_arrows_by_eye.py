"""The by-eye arrow labels (:mod:`real_arrows_by_eye`) are well formed and agree with themselves
and with the by-eye symbols of :mod:`real_by_eye`.

These tests check the DATA, not sopcheck: every ref names a symbol of its procedure, every flow
defect is borne out by the edges written down (and every dead end, unreachable symbol, arrow
into the start capsule and split the edges imply is listed), and the rows and shapes match what
:mod:`real_by_eye` read from the same pages. They skip when ``../shared/real`` is absent.
"""

from __future__ import annotations

from collections import defaultdict

import pdfplumber
import pytest
from real_arrows_by_eye import (
    FLOW_DEFECTS,
    FLOWS,
    LABELLED,
    RULES,
    SHAPE_CODES,
    edges,
    flow,
    position,
    real_path,
    symbols,
)
from real_by_eye import BY_EYE, SHAPES_BY_EYE, roles_seen

pytestmark = pytest.mark.skipif(not real_path(LABELLED[0]).parent.parent.is_dir(),
                                reason="../shared/real (real SOP files) not present")

GRAPH_RULES = {"flow-dead-end", "flow-unreachable", "flow-into-start", "implicit-split"}


def _kind(ref: str) -> str:
    return ref.split(":")[1][0]


def _graph(key: str):
    """(outgoing, incoming, start capsule, end capsule) of a procedure's edges."""
    out, inc = defaultdict(list), defaultdict(list)
    for e in edges(key):
        out[e.source].append(e)
        if e.target:
            inc[e.target].append(e)
    capsules = [s for s in symbols(key) if _kind(s) == "T"]
    return out, inc, capsules[0] if capsules else None, capsules[-1] if capsules else None


@pytest.mark.parametrize("key", LABELLED)
def test_rows_and_refs_are_well_formed(key):
    f = FLOWS[key]
    assert real_path(key).is_file(), key
    with pdfplumber.open(real_path(key)) as pdf:
        assert max(f.pages) <= len(pdf.pages)
    steps = [str(step) for step, _ in f.rows]
    assert len(set(steps)) == len(steps), "a step key twice: write the repeat as '4b'"
    for step, code in f.rows:
        marks = code.split()
        assert marks and len(set(marks)) == len(marks), (step, code)
        for m in marks:
            assert m[0] in SHAPE_CODES and 1 <= int(m[1:]) <= len(f.headers), (step, m)
    known = set(symbols(key))
    pairs = set()
    for e in edges(key):
        assert e.source in known, e
        assert e.target is None or e.target in known, e
        assert e.label is None or (isinstance(e.label, str) and e.label.strip() == e.label != "")
        assert e.via in (None, "offpage", "two-headed"), e
        assert (e.source, e.target) not in pairs, f"edge written twice: {e}"
        pairs.add((e.source, e.target))
        if e.via == "offpage":  # a page break lies between: the flow goes on down the table
            assert position(key, e.target) > position(key, e.source), e
            assert "O" not in (_kind(e.source), _kind(e.target)), "offpage edges join the real symbols"
        if e.via == "two-headed":
            assert (e.target, e.source, e.label, "two-headed") in edges(key), f"{e}: the other head"
    assert f.uncertain <= pairs and f.loose <= pairs
    assert all(a in known and b in known for a, b in f.lines)
    assert all(p["from"] >= 1 and (p["to"] is None or p["to"] >= 1) for p in flow(key))


@pytest.mark.parametrize("key", LABELLED)
def test_flow_defects_are_borne_out_by_the_edges(key):
    """Each defect names what it says (a dead end has no outgoing edge...), and the ones the
    edges imply mechanically are all listed: the labels cannot contradict themselves."""
    f, defects = FLOWS[key], FLOW_DEFECTS[key]
    assert set(defects) <= RULES
    out, inc, start, end = _graph(key)
    edge_refs = {f"{e.source}>{e.target}" for e in edges(key)}
    known = set(symbols(key))
    for rule, found in defects.items():
        assert found, rule
        for ref, note in found.items():
            assert note, (rule, ref)
            if rule == "unused-pelaksana":
                assert 1 <= int(ref) <= len(f.headers)
            else:
                assert ref in known or ref in edge_refs, (rule, ref)
    implied = {
        "flow-dead-end": {s for s in known if _kind(s) != "O" and not out[s] and s != end},
        "flow-unreachable": {s for s in known if _kind(s) != "O" and not inc[s] and s != start},
        "flow-into-start": {f"{e.source}>{e.target}" for e in edges(key) if e.target == start},
        "implicit-split": {s for s in known if _kind(s) not in "DO" and len(out[s]) >= 2},
    }
    for rule in GRAPH_RULES:
        assert set(defects.get(rule, {})) == implied[rule], rule
    used = {s.split(":")[1][1:] for s in known}
    assert set(defects.get("unused-pelaksana", {})) == {str(i) for i in range(1, len(f.headers) + 1)} - used
    for ref in defects.get("decision-branches", {}):
        assert _kind(ref) == "D"
    for ref in defects.get("terminator-mid-flow", {}):
        assert _kind(ref) == "T"
    for ref in defects.get("branch-into-connector", {}):
        assert ref.split(">")[1].split(":")[1][0] == "O"
    assert set(FLOW_DEFECTS) == set(FLOWS)


@pytest.mark.parametrize("key", [k for k in LABELLED if k.startswith("bps-bengkulu/")])
def test_rows_agree_with_the_by_eye_symbols(key):
    """Same steps, same columns, and (where :mod:`real_by_eye` records shapes) the principal
    shape it gives each column is one this reading sees there."""
    prefix = key.split("/")[1]
    f = FLOWS[key]
    mine = {step: [(int(m[1:]), m[0]) for m in code.split()] for step, code in f.rows}
    assert set(mine) == set(roles_seen(prefix))
    for step, marks in mine.items():
        roles = tuple(dict.fromkeys(f.headers[i - 1] for i, _ in sorted(marks)))
        assert roles == roles_seen(prefix)[step], step
    if prefix in SHAPES_BY_EYE:
        headers, coded = SHAPES_BY_EYE[prefix]
        assert f.headers == headers
        for step, code in coded.items():
            for m in code.split():
                assert (int(m[1:]), m[0]) in mine[step], (step, m)
    else:
        assert prefix in BY_EYE


def test_the_set_covers_what_issue_15_asks():
    """At least 12 BPS PDFs and the five SOPs of the Word-exported Cimahi bundle; decisions with
    Ya/Tidak (or Y/T) branches, off-page pairs, loops back and rows of several symbols."""
    bps = [k for k in FLOWS if k.startswith("bps-bengkulu/")]
    assert len(bps) >= 12
    assert sum(k.startswith("wild/cimahi-bpkad") for k in FLOWS) == 5
    all_edges = [e for k in FLOWS for e in edges(k)]
    assert sum(e.label in ("Ya", "Tidak", "Y", "T") for e in all_edges) >= 30
    assert sum(e.via == "offpage" for e in all_edges) >= 10
    assert any(position(k, e.target) < position(k, e.source) for k in FLOWS for e in edges(k) if e.target)
    assert any(len(code.split()) >= 4 for f in FLOWS.values() for _, code in f.rows)
