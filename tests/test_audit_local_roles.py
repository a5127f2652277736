"""Issue 14 item 1, the audit side: a post the roster does not know that several SOPs of one
instansi use is that instansi's own roster. ``sopcheck audit`` lists it once ("Peran lokal per
instansi", with a ``[[roles]]`` snippet) instead of an `unknown-role` warning per document, and
the snippet pasted into sopcheck.toml makes those headers known.

The tree is built from corpus DOCX copies whose pelaksana headers are edited (every occurrence:
the corpus tables repeat their header on each page)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import CORPUS
from docx_edit import W, edited_copy

from sopcheck.api import check_file
from sopcheck.cli import main as sopcheck_main
from sopcheck.domain.roles import local_posts

TAPIN = CORPUS / "tapin-pengukuran-kinerja.docx"
BATOLA = CORPUS / "batola-data-kinerja.docx"
PROBOLINGGO = CORPUS / "probolinggo-laporan-kinerja.docx"
TRENGGALEK = CORPUS / "trenggalek-lakip-revisi.docx"

pytestmark = pytest.mark.skipif(not all(p.is_file() for p in (TAPIN, BATOLA, PROBOLINGGO, TRENGGALEK)),
                                reason="corpus DOCX files not present")


ROLE_RULES = ("unknown-role", "role-name-variant")


def rename_header(old: str, new: str):
    """An edit renaming every cell that reads ``old`` (spaces normalised) to ``new``."""

    def edit(root):
        found = 0
        for tc in root.iter(f"{{{W}}}tc"):
            if " ".join("".join(tc.itertext()).split()) == old:
                texts = list(tc.iter(f"{{{W}}}t"))
                texts[0].text = new
                for t in texts[1:]:
                    t.text = ""
                found += 1
        assert found, f"header {old!r} not found"

    return edit


@pytest.fixture
def pemda(tmp_path) -> Path:
    """One dinas folder: three different SOPs with a post the roster does not know, "Jupung
    Pasar" (a local name without role words), once misspelt "Jupung Pasr"; one more SOP filed
    twice with "Jupung Terminal" (one SOP only: not a roster)."""
    dinas = tmp_path / "pemda" / "dinas-pasar"
    dinas.mkdir(parents=True)
    edited_copy(TAPIN, dinas / "pengukuran.docx", [rename_header("Tim Penyusun dan Penerapan SAKIP", "Jupung Pasar")])
    edited_copy(BATOLA, dinas / "data-kinerja.docx", [rename_header("Katim pada Bidang", "Jupung Pasar")])
    edited_copy(PROBOLINGGO, dinas / "laporan-kinerja.docx", [rename_header("Bappeda Litbang", "Jupung Pasr")])
    edited_copy(TRENGGALEK, dinas / "lakip.docx", [rename_header("Staf Perencanaan & Pelaporan", "Jupung Terminal")])
    (dinas / "arsip").mkdir()
    shutil.copy(dinas / "lakip.docx", dinas / "arsip" / "lakip-lama.docx")
    return tmp_path / "pemda"


def audit(root: Path, out: Path, *extra: str) -> dict:
    out.mkdir(exist_ok=True)
    sopcheck_main(["audit", str(root), "--jobs", "2", "--no-progress", "--no-drawings", "--json",
                   str(out / "a.json"), "--html", str(out / "a.html"), "--xlsx", str(out / "a.xlsx"), *extra])
    return json.loads((out / "a.json").read_text(encoding="utf-8"))


def test_a_post_of_several_sops_is_listed_once_and_the_snippet_makes_it_known(pemda, tmp_path, capsys):
    from openpyxl import load_workbook

    # `sopcheck check` of one file says what it said: the header is no post it knows
    single = check_file(pemda / "dinas-pasar" / "pengukuran.docx")
    assert [f for f in single.findings if f.rule == "unknown-role" and "Jupung Pasar" in f.message]

    report = audit(pemda, tmp_path / "before")
    printed = capsys.readouterr().out
    roles = report["local_roles"]
    assert [(r["dinas"], r["name"], r["aliases"], r["sops"]) for r in roles] == [
        ("dinas-pasar", "Jupung Pasar", ["Jupung Pasr"], 3)]
    role = roles[0]
    assert sorted((Path(d["path"]).name, d["headers"]) for d in role["documents"]) == [
        ("data-kinerja.docx", ["Jupung Pasar"]), ("laporan-kinerja.docx", ["Jupung Pasr"]),
        ("pengukuran.docx", ["Jupung Pasar"])]
    assert role["toml"] == '[[roles]]\nname = "Jupung Pasar"\naliases = ["Jupung Pasr"]'
    # listed once, not a warning per document; the post of one SOP (filed twice) keeps its warning
    unknown = [f for f in report["findings"] if f["rule"] == "unknown-role"]
    assert not [f for f in unknown if "Jupung Pas" in f["message"]]
    assert sorted(Path(f["path"]).name for f in unknown if "Jupung Terminal" in f["message"]) == [
        "lakip-lama.docx", "lakip.docx"]
    assert "Peran lokal per instansi" in printed and "Jupung Pasar (3 SOP)" in printed

    html = (tmp_path / "before" / "a.html").read_text(encoding="utf-8")
    section = html[html.index('id="local-roles"'):html.index("</section>", html.index('id="local-roles"'))]
    assert "Peran lokal per instansi" in html and section.count("class=local-role") == 1
    assert "name = &quot;Jupung Pasar&quot;" in section and "pengukuran.docx" in section
    assert "laporan-kinerja.docx</a> «Jupung Pasr»" in section  # the spelling that document wrote
    sheet = load_workbook(tmp_path / "before" / "a.xlsx")["Peran lokal per instansi"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("dinas-pasar", "Jupung Pasar", "Jupung Pasr", 3)]
    assert rows[0][5] == role["toml"]

    # the Bagian Organisasi confirms it: pasted into sopcheck.toml, the headers are known
    (pemda / "sopcheck.toml").write_text(role["toml"] + "\n", encoding="utf-8")
    after = audit(pemda, tmp_path / "after", "--lang", "en")
    assert after["local_roles"] == []
    about = [f for f in after["findings"] if "Jupung" in f["message"] and f["rule"] in ROLE_RULES]
    assert about and all(f["rule"] == "unknown-role" and "Jupung Terminal" in f["message"] for f in about)
    html = (tmp_path / "after" / "a.html").read_text(encoding="utf-8")
    assert "Local roles per instansi" in html and "class=local-role" not in html
    assert "None: every post several SOPs use is known." in html
    # and `sopcheck check` of a file under that configuration knows them too
    for name in ("pengukuran.docx", "laporan-kinerja.docx"):
        capsys.readouterr()
        sopcheck_main(["check", str(pemda / "dinas-pasar" / name), "--format", "json", "--no-cache"])
        findings = json.loads(capsys.readouterr().out)["findings"]
        assert not [f for f in findings if f["rule"] in ROLE_RULES and "Jupung" in f["message"]]


def test_posts_of_a_header():
    """A header of acronyms names each; a parenthesis names what stands before and inside it;
    systems, Mutu Baku columns, roster roles and numbers are no local post."""
    assert local_posts("CC & CA") == [("CC & CA", "local"), ("CC", "local"), ("CA", "local")]
    assert [p for p, _ in local_posts("CAN (CA/CC/CL)")] == ["CAN (CA/CC/CL)", "CAN", "CA", "CC", "CL"]
    assert [p for p, _ in local_posts("CA (PJ NADA CERIA)")] == ["CA (PJ NADA CERIA)", "CA", "PJ NADA CERIA"]
    assert local_posts("Jupung Pasar") == [("Jupung Pasar", "unknown")]
    for header in ("Sistem GS", "Waktu Pelaksanaan", "Kepala BPS Provinsi", "Kasubag Perencanaan", "3",
                   "Kabid/ Kasubag", "-"):
        assert local_posts(header) == [], header
    assert local_posts("Jupung Pasar", [{"name": "Jupung Pasar", "aliases": []}]) == []
