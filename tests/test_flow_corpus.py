"""The arrows of every generated corpus file are read as drawn (issue 15: 100 % on the generated
files), and each planted flow defect fires its rule, and only where it was planted.

The corpus builder draws the arrows (``corpus/arrows.py``) in every encoding: floating
DrawingML glued to the symbols (tapin), DrawingML in ``mc:AlternateContent`` with a VML
fallback (probolinggo, the clean LAKIP revision), legacy VML connectors (bintan), group shapes
(trenggalek), and writes the flow it drew into ``<name>.spec.json`` (``flow`` per procedure,
the contract's shape). The PDFs are LibreOffice's exports of the same files, ``flows/*-lo.docx``
the flow fixtures opened and saved again by LibreOffice, which rewrites every drawing its own way.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

import pytest

from sopcheck.api import check_file, parse_file

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DRAWN = ["tapin-pengukuran-kinerja", "probolinggo-laporan-kinerja", "bintan-perencanaan", "trenggalek-sekretariat",
         "trenggalek-lakip-revisi"]
FIXTURES = ["flows/flow-defects", "flows/flow-defects-lo"]
FLOW_RULES = {"flow-dead-end", "flow-unreachable", "terminator-mid-flow", "flow-into-start", "decision-branches",
              "branch-label-on-process", "flow-order", "lane-mismatch", "arrows-not-found"}


def _spec(name: str) -> dict:
    base = name[:-3] if name.endswith("-lo") else name  # a round trip says what its source says
    return json.loads((CORPUS / f"{base}.spec.json").read_text(encoding="utf-8"))


def _expected_defects() -> dict:
    path = CORPUS / "sources" / "flow_defects.py"
    sys.path.insert(0, str(CORPUS))
    try:
        spec = importlib.util.spec_from_file_location("sources.flow_defects", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(CORPUS))
    return mod.EXPECTED


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize("name", DRAWN + FIXTURES)
def test_every_arrow_is_read_as_drawn(name, suffix):
    path = CORPUS / f"{name}{suffix}"
    assert path.is_file(), f"{path.name} missing: run corpus/build.py and corpus/make_pdfs.py"
    procs = [p for doc in parse_file(path) for p in doc.procedures]
    specs = _spec(name)["procedures"]
    assert len(procs) == len(specs)
    for i, (proc, spec) in enumerate(zip(procs, specs), 1):
        assert "flow" in spec, f"procedure {i} of {name} draws no arrows"
        assert [a.model_dump(by_alias=True) for a in proc.flow] == spec["flow"], f"procedure {i}"


def test_the_drawn_flows_cover_what_issue_15_asks():
    """Decisions with Ya and Tidak branches, loops back, off-page pairs, in every encoding."""
    flows = [(name, a) for name in DRAWN + FIXTURES[:1] for p in _spec(name)["procedures"] for a in p["flow"]]
    assert {a["label"] for _, a in flows} >= {"Ya", "Tidak", None}
    assert any(a["to"] is not None and a["to"] < a["from"] for _, a in flows)  # a loop back
    needles = {"glued": "<a:stCxn ", "ac": '<mc:Fallback><w:pict><v:shapetype id="_x0000_t32"',
               "vml": 'o:connectortype="straight"', "group": "<wpg:wgp>",
               "offpage": 'prst="flowChartOffpageConnector"', "turned": 'rot="5400000"', "custom": "<a:custGeom>"}
    styles = set()
    for name in DRAWN + FIXTURES[:1]:
        xml = zipfile.ZipFile(CORPUS / f"{name}.docx").read("word/document.xml").decode()
        styles |= {tag for tag, needle in needles.items() if needle in xml}
    assert styles == {"glued", "ac", "vml", "group", "offpage", "turned", "custom"}


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize("name", FIXTURES)
def test_each_planted_defect_fires_where_planted(name, suffix):
    expected = _expected_defects()
    got: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    result = check_file(CORPUS / f"{name}{suffix}")
    for f in result.findings:
        if f.rule in FLOW_RULES and f.rule != "arrows-not-found":
            got[f.procedure][f.rule].append(str(f.step))
    assert not [f for f in result.findings if f.rule == "arrows-not-found"]
    for p, rules in expected.items():
        fired = {r: sorted(steps) for r, steps in got.get(p, {}).items()}
        assert fired == {r: sorted(s) for r, s in rules.items()}, p


@pytest.mark.parametrize("name", DRAWN)
def test_clean_drawings_give_no_graph_finding(name):
    """The seed reproductions draw the plain flow; the only flow findings are the two decisions
    at the top of a continuation table, whose "Tidak" cannot be drawn back across the page."""
    found = [(f.rule, f.procedure, f.step) for f in check_file(CORPUS / f"{name}.docx").findings
             if f.rule in FLOW_RULES]
    allowed = {"bintan-perencanaan": [("decision-branches", 1, 9)],
               "probolinggo-laporan-kinerja": [("decision-branches", 1, 6)]}
    assert found == allowed.get(name, [])


def test_a_document_without_arrows_says_so_once():
    """batola marks its steps with text markers ("√"): no arrows can be read, one note says so."""
    findings = check_file(CORPUS / "batola-data-kinerja.docx").findings
    notes = [f for f in findings if f.rule == "arrows-not-found"]
    assert len(notes) == 1 and notes[0].severity == "info" and notes[0].procedure is None
    assert not [f for f in findings if f.rule in FLOW_RULES - {"arrows-not-found", "lane-mismatch"}]
