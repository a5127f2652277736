"""Every document rule on real files: the clean corpus SOP passes, one edit makes it fail.

Like bpmnlint's valid/invalid examples, but on a real DOCX: ``corpus/trenggalek-lakip-revisi.docx``
(no finding at all) is edited in one place — a symbol removed, a number changed, a cell
emptied — and exactly the finding that edit deserves must appear, through the whole
pipeline (reader, layout, rules).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
from conftest import REPO as ROOT
from docx_edit import W, edited_copy, step_row

from sopcheck.api import check_file

CLEAN = ROOT / "corpus" / "trenggalek-lakip-revisi.docx"
NS = {"w": W, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}


def replace_text(old: str, new: str) -> Callable:
    """Replace the one text run reading exactly ``old``."""
    def edit(root):
        hits = [t for t in root.iter(f"{{{W}}}t") if t.text == old]
        assert len(hits) == 1, (old, len(hits))
        hits[0].text = new
    return edit


def replace_in_row(number: str, old: str, new: str) -> Callable:
    """Replace the text run reading exactly ``old`` in the row of step ``number``."""
    def edit(root):
        hits = [t for t in step_row(root, number).iter(f"{{{W}}}t") if t.text == old]
        assert len(hits) == 1, (number, old, len(hits))
        hits[0].text = new
    return edit


def replace_all(old: str, new: str) -> Callable:
    """Replace every text run reading exactly ``old`` (a header repeated on each page's table)."""
    def edit(root):
        hits = [t for t in root.iter(f"{{{W}}}t") if t.text == old]
        assert hits, old
        for t in hits:
            t.text = new
    return edit


def remove_symbol(number: str) -> Callable:
    """Delete every shape drawn in step ``number``'s role cells (its symbol and an off-page
    connector beside it)."""
    def edit(root):
        for tc in _cells(root, number)[1]:
            for shape in tc.findall(".//mc:AlternateContent", NS) + tc.findall(".//w:drawing", NS):
                if shape.getparent() is not None:
                    shape.getparent().remove(shape)
    return edit


def remove_arrows(number: str) -> Callable:
    """Delete the arrows (and their labels) drawn from step ``number``."""
    def edit(root):
        keg = _cells(root, number)[0]
        for run in [r for r in keg.iter(f"{{{W}}}r") if r.find(".//w:drawing", NS) is not None
                    or r.find("mc:AlternateContent", NS) is not None]:
            run.getparent().remove(run)
    return edit


def remove_all_arrows(root):
    for number in map(str, range(1, 10)):
        remove_arrows(number)(root)


def redraw(number: str, prst: str) -> Callable:
    """Draw step ``number``'s symbol as preset geometry ``prst`` (DrawingML choice)."""
    def edit(root):
        geoms = [g for tc in _cells(root, number)[1] for g in tc.findall(".//a:prstGeom", NS)]
        assert geoms
        for geom in geoms:
            geom.set("prst", prst)
    return edit


def _cells(root, number: str):
    """(kegiatan cell, role cells) of step ``number``'s row: the arrows and their labels are
    anchored in the kegiatan cell, the symbol drawn in its role cell."""
    tcs = step_row(root, number).findall("w:tc", NS)
    return tcs[1], tcs[2:6]


def add_box_left(number: str) -> Callable:
    """Draw a process box in the first role column of step ``number``'s row, left of the
    step's own symbol (a copy of its paragraph with the shape, redrawn as a process)."""
    def edit(root):
        import copy

        row = step_row(root, number)
        shape = next(tc.find(".//mc:AlternateContent", NS) for tc in _cells(root, number)[1]
                     if tc.find(".//mc:AlternateContent", NS) is not None)
        para = next(a for a in shape.iterancestors() if a.tag == f"{{{W}}}p")
        box = copy.deepcopy(para)
        for geom in box.iterfind(".//a:prstGeom", NS):
            geom.set("prst", "flowChartProcess")
        row.findall("w:tc", NS)[2].append(box)
    return edit


def add_total_row(waktu: str) -> Callable:
    """Close the flowchart with a total row: a copy of the last step's row with No emptied,
    Kegiatan "JUMLAH", no symbol, Waktu ``waktu`` and the other cells emptied."""
    def edit(root):
        import copy

        last = step_row(root, "9")
        total = copy.deepcopy(last)
        for shape in total.findall(".//mc:AlternateContent", NS):
            shape.getparent().remove(shape)
        cells = total.findall("w:tc", NS)
        texts = {1: "JUMLAH", len(cells) - 3: waktu}  # Kegiatan, and Waktu (Kelengkapan | Waktu | Output | Ket)
        for i, tc in enumerate(cells):
            runs = tc.findall(".//w:t", NS)
            for t in runs:
                t.text = ""
            if i in texts and runs:
                runs[0].text = texts[i]
        last.addnext(total)
    return edit


def remove_flowchart(root):
    """Delete the flowchart (every table after the two identitas tables: the builder draws one
    table per page), as if it were pasted as a picture."""
    tables = list(root.iter(f"{{{W}}}tbl"))
    for table in tables[2:]:
        table.getparent().remove(table)


def remove_all_symbols(root):
    for shape in list(root.iter(f"{{{NS['mc']}}}AlternateContent")):
        shape.getparent().remove(shape)
    for shape in list(root.iter(f"{{{W}}}drawing")):
        shape.getparent().remove(shape)


def checked(edits: list[Callable], tmp_path: Path):
    return check_file(edited_copy(CLEAN, tmp_path / "edited.docx", edits))


def test_clean_document_passes_every_rule():
    result = check_file(CLEAN)
    assert result.document is not None and result.findings == []


BOX_BRANCHES = [("decision-not-drawn", 7), ("branch-label-on-process", 7), ("branch-label-on-process", 7),
                ("flow-order", 7)]
CASES = {
    # rule: (edits, expected (rule, step) list, what the edit does)
    "missing-identity-field": ([replace_text("02/SOP/DKPS/SKRT/I/2024", "")], [None]),
    "identity-date-invalid": ([replace_text("15 Januari 2024", "Memiliki Sikap Rapi, Teliti dan Ramah")], [None]),
    "identity-date-order": ([replace_text("15 Januari 2024", "15 Januari 2023")], [None]),
    "revoked-regulation": ([replace_text("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
                                         "Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah;")], [None]),
    # revoked, and no date to tell whether before or after: the SOP is due for revision
    "outdated-regulation": ([replace_text("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
                                          "Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah;"),
                             replace_text("02 Januari 2024", ""), replace_text("15 Januari 2024", "")],
                            [("missing-identity-field", None), ("missing-identity-field", None),
                             ("outdated-regulation", None)]),
    "duplicate-step-number": ([replace_text("9", "8")], [8]),
    "step-sequence-gap": ([replace_text("9", "10")], [10]),
    "unnumbered-step": ([replace_text("6", "")], [6]),
    # the arrow from step 4 now starts at no symbol: step 5 is entered by nothing
    "missing-pelaksana": ([remove_symbol("4")], [4, ("flow-unreachable", 5)]),
    "unknown-role": ([replace_all("Sekretaris Dinas", "Sejahtera")], [None]),
    "role-name-variant": ([replace_all("Kasubbag Perencanaan", "Kasubbg Perencanaan")], [None]),
    "performer-in-kegiatan": ([replace_text(
        "Membuat draft LAKIP", "Staf Perencanaan membuat draft LAKIP")], [6]),
    # the flow starts at a box (which stands in for the missing capsule: no flow-unreachable)
    "terminator-placement": ([redraw("1", "flowChartProcess")], [1]),
    "missing-flowchart": ([remove_flowchart], [None]),
    "symbols-not-found": ([remove_all_symbols], [None]),
    # the diamond redrawn as a box: its Ya/Tidak branches now leave a box, the Tidak one going back
    "decision-not-drawn": ([redraw("7", "flowChartProcess")], BOX_BRANCHES),
    "branch-label-on-process": ([redraw("7", "flowChartProcess")], BOX_BRANCHES),
    "flow-order": ([redraw("7", "flowChartProcess")], BOX_BRANCHES),
    "flow-dead-end": ([remove_arrows("5")], [5]),  # step 6 is still entered by 7's Tidak
    "flow-unreachable": ([remove_arrows("2")], [("flow-dead-end", 2), 3]),
    "terminator-mid-flow": ([redraw("5", "flowChartTerminator")], [5]),
    # the box of step 1 leads into the capsule of step 2, now the start
    "flow-into-start": ([redraw("1", "flowChartProcess"), redraw("2", "flowChartTerminator")],
                        [("flow-unreachable", 1), ("terminator-mid-flow", 2), 1]),
    "decision-branches": ([replace_all("Tidak", "Kembali")], [7]),
    "lane-mismatch": ([replace_text("Membuat draft LAKIP", "Kasubbag Perencanaan membuat draft LAKIP")],
                      [("performer-in-kegiatan", 6), 6]),
    "arrows-not-found": ([remove_all_arrows], [None]),
    "output-input-mismatch": ([replace_in_row("6", "Hasil Analisis Data Kinerja", "Hasil Reviu Inspektorat")], [6]),
    "missing-output": ([replace_in_row("7", "Draft LAKIP yang telah dikoreksi", "")], [7]),
    "missing-kelengkapan": ([replace_text("Surat Edaran Penyusunan LAKIP", "")], [1]),
    "missing-duration": ([replace_text("2 Jam", "")], [7]),
    "unparseable-duration": ([replace_text("2 Jam", "2 Jari")], [7]),
    "duration-words-mismatch": ([replace_text("2 Jam", "2 (Tiga) Jam")], [7]),
    "implausible-duration": ([replace_text("1 Hari", "5 Menit")], [5]),
    # the Mutu Baku of step 1 slid one column to the right: Waktu holds the output, Output the time
    "duration-in-wrong-column": ([replace_in_row("1", "15 Menit", "@"),
                                  replace_in_row("1", "Disposisi Surat", "15 Menit"),
                                  replace_in_row("1", "@", "Disposisi Surat")], [1]),
    # Sekretaris Dinas draws only step 7 (a diamond, and the off-page connector below it):
    # without the diamond the column is unused, and the Ya arrow into step 8 leaves no symbol
    "unused-pelaksana": ([remove_symbol("7")], [("missing-pelaksana", 7), None, ("flow-unreachable", 8)]),
    "kegiatan-not-verb": ([replace_text("Membuat draft LAKIP", "Pembuatan draft LAKIP")], [6]),
    "keterkaitan-self": ([replace_text("SOP Penyusunan Rencana Strategis (RENSTRA)",
                                       "SOP Penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah")], [None]),
    "duration-conflicts-text": ([replace_text("Membuat draft LAKIP", "Membuat draft LAKIP paling lambat 2 hari "
                                              "kalender"), replace_in_row("6", "2 Hari", "2 Hari Kerja")], [6]),
    # a JUMLAH row of 1 hari under steps that add up to 2700 minutes (5 hari 5 jam)
    "duration-total-mismatch": ([add_total_row("1 Hari")], [None]),
}


@pytest.mark.parametrize("number, kind", [("9", "terminator"), ("7", "decision")])
def test_a_box_left_of_a_capsule_or_diamond_keeps_the_step_what_it_is(number, kind, tmp_path):
    """A process box drawn left of the last step's capsule (or of the decision's diamond) in the
    same row adds a pelaksana but does not make the step a process: no terminator-placement
    or decision-not-drawn finding, and the grid knows the kind of each column. No arrow joins
    the added box: the flow rules say so, of that box and nothing else."""
    result = checked([add_box_left(number)], tmp_path)
    flow = sorted((f.rule, f.step) for f in result.findings if f.rule in ("flow-dead-end", "flow-unreachable"))
    assert flow == [("flow-dead-end", int(number)), ("flow-unreachable", int(number))]
    assert all("kotak proses" in f.message for f in result.findings if f.rule.startswith("flow-"))
    assert [f for f in result.findings if not f.rule.startswith("flow-")] == []
    step = next(s for s in result.document.procedures[0].steps if s.number == int(number))
    headers = result.document.procedures[0].pelaksana
    assert step.symbol == kind
    assert step.pelaksana[0] == headers[0] and len(step.pelaksana) == 2
    assert step.role_symbols == ["process", kind]
    # the parse grid draws each column's own kind in that step's row
    from rich.console import Console

    from sopcheck.report import render_parse
    from sopcheck.report.console import GLYPHS

    console = Console(record=True, width=160, color_system=None)
    render_parse(result.document, console)
    row = next(line for line in console.export_text().splitlines() if line.startswith(f"│  {number} │"))
    glyphs = [c for c in row if c in GLYPHS.values()]
    assert glyphs == [GLYPHS["process"], GLYPHS[kind]]


@pytest.mark.parametrize("rule", sorted(CASES))
def test_one_edit_gives_exactly_its_finding(rule, tmp_path):
    edits, expected = CASES[rule]
    result = checked(edits, tmp_path)
    got = [(f.rule, f.step) for f in result.findings]
    assert got == [e if isinstance(e, tuple) else (rule, e) for e in expected]


def test_every_document_rule_has_a_file_case():
    from sopcheck.checks import all_rules

    document_rules = {r.name for r in all_rules() if r.scope == "document"}
    missing = document_rules - set(CASES)
    assert not missing, f"no real-file case for {sorted(missing)}"


def test_audit_swimlane_draws_each_lane_its_own_symbol(tmp_path):
    """The audit HTML's swimlane of the same edit: the last row has a box in the first lane
    and the capsule in its own lane (not two capsules)."""
    from sopcheck.audit.svg import procedure_svg, symbol_svg
    from sopcheck.audit.task import TaskOptions, audit_document

    checked([add_box_left("9")], tmp_path)
    facts = audit_document(str(tmp_path / "edited.docx"), "dinas", TaskOptions(drawings=True))
    drawing = facts.procedures[0].drawing
    last = drawing["steps"][-1]
    assert last[2][0] == 0 and last[3] == "terminator" and last[5] == ["process", "terminator"]
    svg = procedure_svg(drawing)
    row = svg[svg.index('data-step="9"'):]
    row = row[:row.index("</g>")]
    # a capsule is a rect with rounded ends (rx), a box a plain rect
    assert 'rx=' in symbol_svg("terminator", 0, 0, "") and 'rx=' not in symbol_svg("process", 0, 0, "")
    assert row.count('<rect class="sym') == 2 and row.count("rx=") == 1
