"""The layouts offices actually produce (issue 12, items 2-6), each on a fixture the corpus builder
writes (``corpus/layouts/<name>.docx``, from ``corpus/sources/<name>.py``) and its PDF made by
LibreOffice (``corpus/make_pdfs.py``). Each test asserts the exact reading (or finding) of both forms.
Bundles (item 1) are in ``test_bundles.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sopcheck.api import check_file, parse_file

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "corpus" / "layouts"
BOTH = (".docx", ".pdf")


def fixture(name: str, suffix: str) -> Path:
    return LAYOUTS / f"{name}{suffix}"


def spec(name: str) -> dict:
    return json.loads((LAYOUTS / f"{name}.spec.json").read_text(encoding="utf-8"))


def as_spec(doc) -> dict:
    """The model in the builder's spec shape (identity; per procedure title, number, roles, steps,
    the arrows read)."""
    got = json.loads(doc.model_dump_json())
    procedures = []
    for proc in got["procedures"]:
        steps = [{"number_raw": s["number_raw"], "kegiatan": s["kegiatan"], "pelaksana": s["pelaksana"],
                  "symbol": s["symbol"], "kelengkapan": s["kelengkapan"], "waktu": s["waktu"]["raw"],
                  "output": s["output"], "keterangan": s["keterangan"]} for s in proc["steps"]]
        procedure = {"title": proc["title"], "nomor_sop": proc["nomor_sop"], "pelaksana": proc["pelaksana"],
                     "steps": steps, "flow": proc["flow"]}
        if "waktu_total" in proc:
            procedure["waktu_total"] = proc["waktu_total"]["raw"]
        procedures.append(procedure)
    return {"identity": got["identity"], "procedures": procedures}


def _without_encoding(sop: dict) -> dict:
    procedures = [{**p, "steps": [{k: v for k, v in s.items() if k != "encoding"} for s in p["steps"]],
                   "flow": p.get("flow", [])} for p in sop["procedures"]]
    return {"identity": sop["identity"], "procedures": procedures}


def spec_sops(name: str) -> list[dict]:
    """Each SOP of the spec (one for a single-SOP fixture) without the builder-only keys."""
    data = spec(name)
    return [_without_encoding(sop) for sop in data.get("sops", [data])]


def read_as_spec(name: str, suffix: str) -> list[dict]:
    return [as_spec(doc) for doc in parse_file(fixture(name, suffix))]


# --------------------------------------------------------------------------- item 4: identitas


@pytest.mark.parametrize("suffix", BOTH)
def test_identitas_variants_read_as_printed(suffix):
    """Tgl. Pengesahan / Tgl Disahkan are Tanggal Efektif, "-" is a value of its own, a label is
    never a value, the instansi carries the heading's region and the unit line is ``unit``;
    an identitas split over two tables (numbers in cells of their own, a one-cell list, wrapped
    numbering) is one identitas."""
    assert read_as_spec("identitas-variants", suffix) == spec_sops("identitas-variants")


# --------------------------------------------------------------------------- item 6: other formats


@pytest.mark.parametrize("suffix", BOTH)
def test_puskesmas_sop_is_one_finding_naming_its_format(suffix):
    result = check_file(fixture("puskesmas-sop", suffix))
    [finding] = result.findings
    assert (finding.rule, finding.severity, result.documents) == ("not-an-sop", "error", [])
    assert "Puskesmas" in finding.message and "bukan SOP AP" in finding.message
    assert "sopcheck memeriksa SOP AP" in finding.message and "templat" not in finding.message


@pytest.mark.parametrize("suffix", BOTH)
def test_template_with_placeholders_says_so(suffix):
    result = check_file(fixture("template-sop-ap", suffix), lang="en")
    [finding] = result.findings
    assert finding.rule == "not-an-sop"
    assert "template not filled in" in finding.message
    assert "{{kabupaten}}, {{nama_dinas}}, {{nomor_sop}}, …" in finding.message
    assert "Puskesmas" not in finding.message


@pytest.mark.skipif(not (ROOT.parent / "shared" / "real").is_dir(), reason="../shared/real not present")
def test_real_puskesmas_template_is_one_finding():
    path = ROOT.parent / "shared" / "real" / "wild" / "kediri-pkm-kunjang_CONTOH_SOP_puskesmas_2023_template.docx"
    [finding] = check_file(path).findings
    assert finding.rule == "not-an-sop"
    assert "Puskesmas" in finding.message and "{{tanggal_penetapan}}, {{judul}}, {{ai_pengertian}}" in finding.message


@pytest.mark.parametrize("suffix", BOTH)
def test_hidden_and_letter_spaced_text(suffix):
    """A letter-spaced Nomor SOP reads as one word ("O T . 0 2 ..." in the PDF's text layer); a
    white run before the Nama SOP and a hidden (w:vanish) note after Disahkan oleh are not read;
    white header text on a dark fill is (the role headers)."""
    assert read_as_spec("hidden-text", suffix) == spec_sops("hidden-text")


# --------------------------------------------------------------------------- item 2: headers


@pytest.mark.parametrize("suffix", BOTH)
def test_no_and_kegiatan_under_one_merged_header(suffix):
    """"Uraian Prosedur" over both the number and the kegiatan column, no "No" label: the narrow
    column of small integers is the step number; "Persyaratan/ Perlengkapan" under a Pelaksana
    span drawn one column too wide is Kelengkapan, not a role."""
    assert read_as_spec("merged-header", suffix) == spec_sops("merged-header")
    [doc] = parse_file(fixture("merged-header", suffix))
    assert [s.number for s in doc.procedures[0].steps] == [1, 2, 3, 4, 5, 6]
    assert doc.procedures[0].pelaksana == ["Pegawai", "Admin/ PJK TIP", "Teknisi"]


# --------------------------------------------------------------------------- item 3: rows and pages


@pytest.mark.parametrize("suffix", BOTH)
def test_rows_cut_by_the_page_connectors_and_the_total_row(suffix):
    """Step 9, cut by the page edge (PDF), is one step with all its text; step 10's off-page
    connector under Kasubid is no pelaksana of it; the JUMLAH row is no step but the
    procedure's waktu_total, read though no rule closes it at the bottom (PDF)."""
    assert read_as_spec("rows-and-pages", suffix) == spec_sops("rows-and-pages")
    [doc] = parse_file(fixture("rows-and-pages", suffix))
    (proc,) = doc.procedures
    assert [s.number for s in proc.steps] == list(range(1, 13))
    assert (proc.steps[9].pelaksana, proc.steps[9].role_symbols) == (["Kabid"], ["process"])
    assert proc.waktu_total.raw == "50 jam" and proc.waktu_total.minutes == 3000
    if suffix == ".pdf":  # the cut row really is on two pages
        assert proc.steps[8].location.page == 1 and proc.steps[9].location.page == 2


@pytest.mark.parametrize("suffix", BOTH)
def test_total_row_is_checked_against_the_steps(suffix):
    result = check_file(fixture("rows-and-pages", suffix))
    [finding] = [f for f in result.findings if f.rule == "duration-total-mismatch"]
    assert (finding.procedure, finding.step) == (1, None)
    assert "«50 jam» (3000 menit kerja)" in finding.message and "12 langkahnya berjumlah 3120 menit" in finding.message
    assert not [f for f in result.findings if f.rule in ("unnumbered-step", "missing-pelaksana")]


# --------------------------------------------------------------------------- item 5: DOCX drawings


def test_flowchart_drawn_as_one_group_canvas_or_alternate_content():
    """Three procedures, each flowchart one floating object holding every symbol and arrow: a
    group with scaled child coordinates, a canvas (in mc:AlternateContent with a VML Fallback),
    and a group with a VML group Fallback. Each child symbol lands in its step's row and its
    role's column, and a Fallback is never counted twice. (The rows' heights are estimated from
    the table's own 8 pt text; estimated for 11 pt they grew, and steps 7-9 got the symbol of the
    row below.) DOCX only: LibreOffice's PDF draws the children elsewhere."""
    assert read_as_spec("drawn-flowcharts", ".docx") == spec_sops("drawn-flowcharts")
    [doc] = parse_file(fixture("drawn-flowcharts", ".docx"))
    assert [p.title.rsplit("(", 1)[1] for p in doc.procedures] == ["GRUP)", "KANVAS)", "GRUP DENGAN CADANGAN VML)"]
    for proc in doc.procedures:
        assert [len(s.pelaksana) for s in proc.steps] == [1] * 9
