"""The DOCX corpus is reproducible and its specs say what the files hold."""

from __future__ import annotations

import importlib.util
import json
import sys
import zipfile
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
NAMES = [
    "tapin-pengukuran-kinerja",
    "probolinggo-laporan-kinerja",
    "bintan-perencanaan",
    "trenggalek-sekretariat",
    "batola-data-kinerja",
]
LAYOUTS = sorted(p.stem for p in (CORPUS / "layouts").glob("*.docx"))
"""The layout fixtures (``corpus/layouts/``, ``corpus/sources/__init__.py`` LAYOUTS)."""
ENCODINGS = {"vml", "drawingml-inline", "drawingml-anchor", "drawingml-group", "text-marker", "alternate-content"}
SYMBOLS = {"terminator", "process", "decision", "offpage", "connector", "marker"}


def _build_module():
    spec = importlib.util.spec_from_file_location("corpus_build", CORPUS / "build.py")
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(CORPUS))
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(CORPUS))
    return mod


def _xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def _spec(name: str) -> dict:
    return json.loads((CORPUS / f"{name}.spec.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    _build_module().build_all(out)
    return out


@pytest.mark.parametrize("name", NAMES + [f"layouts/{n}" for n in LAYOUTS])
def test_rebuild_matches_committed(rebuilt, name):
    assert _xml(rebuilt / f"{name}.docx") == _xml(CORPUS / f"{name}.docx")
    assert (rebuilt / f"{name}.docx").read_bytes() == (CORPUS / f"{name}.docx").read_bytes()
    assert (rebuilt / f"{name}.spec.json").read_text("utf-8") == (CORPUS / f"{name}.spec.json").read_text("utf-8")


@pytest.mark.parametrize("name", LAYOUTS)
def test_layout_fixture_has_its_pdf(name):
    assert (CORPUS / "layouts" / f"{name}.pdf").is_file(), f"run corpus/make_pdfs.py layouts/{name}.docx"


@pytest.mark.parametrize("name", NAMES)
def test_docx_opens_and_spec_shape(name):
    docx = pytest.importorskip("docx")
    doc = docx.Document(str(CORPUS / f"{name}.docx"))
    assert doc.tables
    spec = _spec(name)
    assert set(spec) == {"identity", "procedures"}
    assert spec["procedures"]
    for proc in spec["procedures"]:
        assert proc["pelaksana"]
        for step in proc["steps"]:
            if step["symbol"] is None:  # only the seed's orphan row (no activity) has none
                assert step["encoding"] is None and step["kegiatan"] == "" and step["pelaksana"] == []
                continue
            assert step["symbol"] in SYMBOLS
            assert step["encoding"] in ENCODINGS
            assert len(step["pelaksana"]) == 1
            assert set(step["pelaksana"]) <= set(proc["pelaksana"])
            for key in ("kegiatan", "kelengkapan", "waktu", "output", "keterangan", "number_raw"):
                assert step[key] == " ".join(step[key].split())


def test_every_encoding_used_in_specs_and_xml():
    used = {s["encoding"] for n in NAMES for p in _spec(n)["procedures"] for s in p["steps"]} - {None}
    assert used == ENCODINGS
    xml = {n: _xml(CORPUS / f"{n}.docx") for n in NAMES}
    allxml = "".join(xml.values())
    assert "<wp:inline" in allxml and "<wp:anchor" in allxml and "<wpg:wgp>" in allxml
    assert "<mc:AlternateContent>" in allxml and "<mc:Fallback><w:pict>" in allxml
    b = xml["bintan-perencanaan"]
    for needle in ('type="#_x0000_t109"', 'type="#_x0000_t110"', 'type="#_x0000_t116"',
                   "<v:rect ", "<v:roundrect ", "<v:oval "):
        assert needle in b, needle
    t = xml["tapin-pengukuran-kinerja"]
    for rel in ("page", "margin", "column", "character"):
        assert f'<wp:positionH relativeFrom="{rel}">' in t
    # the arrows: connectors glued to the symbols they join (tests/test_flow_corpus.py reads them)
    assert 'prst="straightConnector1"' in t and 'prst="bentConnector3"' in t
    assert "<wps:cNvCnPr><a:stCxn " in t and "<a:endCxn " in t
    tr = xml["trenggalek-sekretariat"]
    assert "<a:chOff " in tr and "<a:chExt " in tr and "<a:noFill/><a:ln><a:noFill/></a:ln>" in tr
    bt = xml["batola-data-kinerja"]
    for mark in ("√", "V", "X", "●"):
        assert f">{mark}</w:t>" in bt
    assert 'prst="flowChartDecision"' in bt


def test_symbol_counts_match_spec():
    """Shapes drawn (AlternateContent counted once, arrows and labels not at all) equal the spec."""
    for name in NAMES:
        xml = _xml(CORPUS / f"{name}.docx")
        steps = [s for p in _spec(name)["procedures"] for s in p["steps"] if s["symbol"]]
        shapes = [s for s in steps if s["encoding"] != "text-marker"]
        # arrows (VML connectors of type 32, and the AlternateContent wrapping them) and their
        # labels (VML text boxes, type 202) are no symbols
        n_ac = xml.count("<mc:AlternateContent>") - xml.count('<mc:Fallback><w:pict><v:shapetype id="_x0000_t32"')
        n_geom = sum(xml.count(f'prst="{p}"') for p in (
            "flowChartProcess", "flowChartDecision", "flowChartTerminator"))
        n_vml = sum(xml.count(t) for t in ("<v:shape ", "<v:rect ", "<v:roundrect ", "<v:oval ")) \
            - xml.count('type="#_x0000_t32"') - xml.count('type="#_x0000_t202"')
        # every AlternateContent holds one DrawingML and one VML copy of the same symbol
        assert n_geom + n_vml - n_ac == len(shapes), name


def test_specs_carry_seed_text_verbatim():
    blob = {n: json.dumps(_spec(n), ensure_ascii=False) for n in NAMES}
    assert "1 Jari" in blob["bintan-perencanaan"]
    assert "Kelempakan dan Peralatan" not in blob["bintan-perencanaan"]  # headers are not in the spec
    assert "15 (Lima) Menit" in blob["batola-data-kinerja"]
    assert "Disposisi (Sepuluh) Menit" in blob["batola-data-kinerja"]
    assert "Memiliki Sikap Rapi, Teliti dan Ramah" in blob["batola-data-kinerja"]
    assert "Meneleah" in blob["tapin-pengukuran-kinerja"] and "menyujui" in blob["tapin-pengukuran-kinerja"]
    assert "Mengoreks ikonsep" in blob["trenggalek-sekretariat"]
    bx = _xml(CORPUS / "bintan-perencanaan.docx")
    assert "MUTU BUKU" in bx and "Kelempakan dan Peralatan" in bx and "Sejahtera" in bx
    bintan = _spec("bintan-perencanaan")
    assert bintan["procedures"][1]["pelaksana"][:5] == ["Kepala Badan", "3", "4", "5", "6"]
    renstra = bintan["procedures"][0]["steps"]
    assert [s["number_raw"] for s in renstra][8] == "" and renstra[8]["waktu"] == "2 hari"
    prob = _spec("probolinggo-laporan-kinerja")["procedures"][0]["steps"]
    assert [s["number_raw"] for s in prob].count("6") == 2
    tapin = _spec("tapin-pengukuran-kinerja")
    assert tapin["procedures"][0]["steps"][0]["output"] == ""
    assert tapin["identity"]["tanggal_pembuatan"] == ""
    tr = _spec("trenggalek-sekretariat")
    assert len(tr["procedures"]) == 6 and {p["nomor_sop"] for p in tr["procedures"]} == {"01/SOP/DKPS/SKRT/X/2016"}
    assert tr["identity"]["nama_sop"] is None
    renstra6 = tr["procedures"][1]["steps"][5]
    assert (renstra6["waktu"], renstra6["output"]) == ("Draft RENSTRA", "2 jam")
