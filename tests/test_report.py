"""Report emitters: every machine format is parsed back; the rich views are rendered and read.

Most tests use a hand-built run (a clean file, a file with findings at every severity, an
unreadable file, and messages with ``%``, ``:``, ``,`` and line breaks). The last tests run
the real pipeline over ``corpus/*.docx`` and skip while the readers/layout are unfinished.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

import sopcheck
from sopcheck.api import FileResult
from sopcheck.checks import all_rules
from sopcheck.domain.i18n import WORDS as LABELS
from sopcheck.domain.i18n import t, tn
from sopcheck.model import (
    CheckReport,
    Finding,
    FindingLocation,
    Identity,
    Location,
    Procedure,
    SopDocument,
    Step,
    Summary,
    Waktu,
)
from sopcheck.report import EMITTERS, concise, github, json_report, render_check, render_parse, sarif
from sopcheck.report.console import GLYPHS
from sopcheck.report.summary import all_findings, posix_path, sort_findings, summarize

ROOT = Path(__file__).resolve().parent.parent

NASTY = "Waktu 100% melebihi batas: 5 hari, 3 jam\nbaris kedua\r\nbaris [bold]ketiga[/bold]"
NASTY_PATH = "corpus/dinas a, b:c.docx"


# ------------------------------------------------------------------------------ fixtures

def _step(n, kegiatan, roles, symbol, out="", kel="", waktu=("", None), row=1, number_raw=None):
    return Step(number=n, number_raw=number_raw if number_raw is not None else ("" if n is None else str(n)),
                kegiatan=kegiatan, pelaksana=roles, symbol=symbol, kelengkapan=kel,
                waktu=Waktu(raw=waktu[0], minutes=waktu[1]), output=out,
                location=Location(page=None, table=2, row=row))


def make_doc(source="corpus/tapin/renstra.docx") -> SopDocument:
    steps = [
        _step(1, "Menyiapkan bahan penyusunan Renstra", ["Staf"], "terminator", out="Bahan",
              waktu=("1 hari", 480.0), row=3),
        _step(2, "Memeriksa kelengkapan bahan", ["Kasubbag Program"], "decision", kel="Bahan",
              out="Bahan lengkap", waktu=("30 Menit", 30.0), row=4),
        _step(3, "Menyusun draft Renstra", ["Sekretaris"], "process", kel="Bahan lengkap",
              out="Draft", waktu=("1 Jari", None), row=5),
        _step(None, "Baris tanpa nomor", [], None, row=6),
        _step(4, "Menandatangani Renstra", ["Kepala Dinas"], "marker", kel="Draft", out="Renstra",
              waktu=("2 Jam", 120.0), row=7),
    ]
    second = [
        _step(1, "Mulai", ["Staf"], "offpage", row=2),
        _step(2, "Lanjut", ["Staf", "Sekretaris"], "connector", row=3),
    ]
    return SopDocument(
        source=source, format="docx",
        identity=Identity(instansi="Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tapin",
                          nomor_sop="800/12/DUKCAPIL/2023", nama_sop="SOP Penyusunan Renstra",
                          tanggal_revisi="", dasar_hukum=["UU 23/2014", "Permenpan RB No. 35 Tahun 2012"]),
        procedures=[
            Procedure(title="SOP PENYUSUNAN RENSTRA",
                      pelaksana=["Kepala Dinas", "Sekretaris", "Kasubbag Program", "Staf"], steps=steps),
            Procedure(title="SOP LAKIP", nomor_sop="800/13", pelaksana=["Sekretaris", "Staf"], steps=second),
        ])


def make_results() -> list[FileResult]:
    doc = make_doc()
    path = doc.source
    findings = [
        Finding(path=path, rule="unparseable-duration", code="SOP502", severity="warning",
                message='Langkah 3: waktu "1 Jari" bukan durasi', procedure=1, step=3,
                location=FindingLocation(table=2, row=5)),
        Finding(path=path, rule="missing-identity-field", code="SOP101", severity="error",
                message="Tanggal Pembuatan tidak ada"),
        Finding(path=path, rule="duplicate-step-number", code="SOP201", severity="error",
                message="Nomor langkah 2 dipakai dua kali", procedure=2, step=2,
                location=FindingLocation(page=4, table=3, row=3)),
        Finding(path=path, rule="missing-output", code="SOP402", severity="info",
                message="Langkah 1: sel Output kosong", procedure=2, step=1),
        Finding(path=path, rule="unnumbered-step", code="SOP203", severity="warning",
                message="Baris tanpa nomor langkah", procedure=1),
    ]
    clean = FileResult(path="corpus/bersih.docx", documents=[make_doc("corpus/bersih.docx")])
    broken = FileResult(path=NASTY_PATH, findings=[
        Finding(path=NASTY_PATH, rule="unreadable-file", code="SOP001", severity="error", message=NASTY)])
    return [FileResult(path=path, documents=[doc], findings=findings), clean, broken]


@pytest.fixture
def results() -> list[FileResult]:
    return make_results()


# ------------------------------------------------------------------------------ shared

def test_labels_cover_both_languages():
    for key, entry in LABELS.items():
        assert entry.get("id") and entry.get("en"), key
    assert t("findings") == "Temuan" and t("findings", "en") == "Findings"
    assert t("error") == "galat" and t("warning") == "peringatan" and t("info") == "info"
    assert t("no_findings") == "tidak ada temuan"
    assert t("findings", "fr") == "Temuan"  # unknown language falls back to Bahasa Indonesia
    assert tn("file", 1, "en") == "1 file" and tn("file", 2, "en") == "2 files"
    assert tn("file", 2, "id") == "2 berkas"


def test_summarize_counts_files_without_findings(results):
    assert summarize(results) == Summary(files=3, errors=3, warnings=2, infos=1)
    assert summarize([]) == Summary()


def test_sort_findings_path_procedure_step_severity(results):
    order = [(f.path, f.procedure, f.step, f.code) for f in all_findings(results)]
    assert order == [
        (NASTY_PATH, None, None, "SOP001"),
        ("corpus/tapin/renstra.docx", None, None, "SOP101"),
        ("corpus/tapin/renstra.docx", 1, None, "SOP203"),
        ("corpus/tapin/renstra.docx", 1, 3, "SOP502"),
        ("corpus/tapin/renstra.docx", 2, 1, "SOP402"),
        ("corpus/tapin/renstra.docx", 2, 2, "SOP201"),
    ]
    same_step = [
        Finding(path="a", rule="r", code="SOP9", severity="info", message="m", procedure=1, step=1),
        Finding(path="a", rule="r", code="SOP8", severity="error", message="m", procedure=1, step=1),
        Finding(path="a", rule="r", code="SOP7", severity="warning", message="m", procedure=1, step=1),
    ]
    assert [f.severity for f in sort_findings(same_step)] == ["error", "warning", "info"]


def test_posix_path():
    assert posix_path("corpus\\sub\\a.docx") == "corpus/sub/a.docx"
    assert posix_path("./corpus/a.docx") == "corpus/a.docx"
    assert posix_path(str(Path.cwd() / "corpus" / "a.docx")) == "corpus/a.docx"


def test_emitters_registry():
    assert set(EMITTERS) == {"json", "concise", "sarif", "github", "junit", "gitlab"}
    for emit in EMITTERS.values():
        assert isinstance(emit([], lang="en"), str)


# ------------------------------------------------------------------------------ json

def test_json_is_the_contract_shape(results):
    text = json_report.emit(results)
    report = CheckReport.model_validate_json(text)
    assert report.summary == Summary(files=3, errors=3, warnings=2, infos=1)
    assert report.findings == all_findings(results)
    raw = json.loads(text)
    assert set(raw) == {"findings", "summary"}
    assert set(raw["findings"][0]) == {"path", "rule", "code", "severity", "message", "procedure",
                                       "step", "location"}
    assert set(raw["findings"][0]["location"]) == {"page", "table", "row"}
    assert raw["findings"][0]["message"] == NASTY


def test_json_empty_run():
    report = CheckReport.model_validate_json(json_report.emit([]))
    assert report.findings == [] and report.summary == Summary()


def test_json_parse_one_object_several_array():
    a, b = make_doc("a.docx"), make_doc("b.docx")
    one = json.loads(json_report.emit_parse([a]))
    assert isinstance(one, dict) and SopDocument.model_validate(one) == a
    several = json.loads(json_report.emit_parse([a, b]))
    assert isinstance(several, list) and [SopDocument.model_validate(d) for d in several] == [a, b]
    assert json.loads(json_report.emit_parse([a], as_array=True)) == [one]
    assert json.loads(json_report.emit_parse([])) == []
    assert "Kependudukan" in json_report.emit_parse([a])  # UTF-8, not \u-escaped needlessly


# ------------------------------------------------------------------------------ sarif

LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def test_sarif_structure(results):
    log = json.loads(sarif.emit(results))
    assert log["version"] == "2.1.0" and "sarif" in log["$schema"]
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "sopcheck" and driver["version"] == sopcheck.__version__
    assert "informationUri" not in driver or driver["informationUri"].startswith("https://")  # no made-up URL
    registered = all_rules()
    rules = driver["rules"]
    assert [r["id"] for r in rules[: len(registered)]] == [s.code for s in registered]
    for spec, descriptor in zip(registered, rules):
        assert descriptor["name"] == spec.name
        assert descriptor["shortDescription"]["text"] == spec.summary["id"]
        assert descriptor["fullDescription"]["text"]
        assert descriptor["defaultConfiguration"]["level"] == LEVELS[spec.severity]
    assert len({r["id"] for r in rules}) == len(rules)

    findings = all_findings(results)
    assert len(run["results"]) == len(findings)
    for res, finding in zip(run["results"], findings):
        assert res["ruleId"] == finding.code
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        assert rules[res["ruleIndex"]]["name"] == finding.rule
        assert res["level"] == LEVELS[finding.severity]
        assert res["message"]["text"] == finding.message
        uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert "\\" not in uri and not uri.startswith("/")
        assert re.fullmatch(r"[0-9a-f]{64}", res["partialFingerprints"]["sopcheck/v1"])

    by_code = {r["ruleId"]: r for r in run["results"]}
    assert by_code["SOP201"]["locations"][0]["logicalLocations"] == [
        {"fullyQualifiedName": "procedure 2 / step 2 / page 4", "kind": "member"}]
    assert by_code["SOP203"]["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "procedure 1"
    assert "logicalLocations" not in by_code["SOP101"]["locations"][0]
    # a path with a space, comma and colon is a valid relative URI reference
    assert by_code["SOP001"]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "corpus/dinas%20a%2C%20b%3Ac.docx"


def test_sarif_fingerprints_stable_and_pluggable(results):
    first = json.loads(sarif.emit(results))["runs"][0]["results"]
    again = json.loads(sarif.emit(make_results()))["runs"][0]["results"]
    assert [r["partialFingerprints"] for r in first] == [r["partialFingerprints"] for r in again]
    f = all_findings(results)[3]  # SOP502, procedure 1 step 3
    expected = hashlib.sha256("\0".join([f.path, f.rule, "1", "3"]).encode()).hexdigest()
    assert first[3]["partialFingerprints"]["sopcheck/v1"] == expected

    seen = []

    def by_kegiatan(result, finding):
        seen.append((result.path, finding.code))
        return f"{result.path}|{finding.rule}"

    custom = json.loads(sarif.emit(results, fingerprint=by_kegiatan))["runs"][0]["results"]
    assert custom[0]["partialFingerprints"]["sopcheck/v1"] == f"{NASTY_PATH}|unreadable-file"
    assert (NASTY_PATH, "SOP001") in seen and len(seen) == len(custom)


def test_sarif_english_and_unregistered_rule():
    finding = Finding(path="x.docx", rule="some-plugin-rule", code="XYZ900", severity="info", message="m")
    log = json.loads(sarif.emit([FileResult(path="x.docx", findings=[finding])], lang="en"))
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["rules"][0]["shortDescription"]["text"] == all_rules()[0].summary["en"]
    res = log["runs"][0]["results"][0]
    assert driver["rules"][res["ruleIndex"]]["id"] == "XYZ900" and res["level"] == "note"


# ------------------------------------------------------------------------------ github

GITHUB_LINE = re.compile(r"^::(?P<cmd>error|warning|notice) file=(?P<file>[^,:]*),title=(?P<title>[^,:]*)::"
                         r"(?P<message>[^\r\n]*)$")


def _unescape_data(s: str) -> str:
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def _unescape_property(s: str) -> str:
    return _unescape_data(s.replace("%3A", ":").replace("%2C", ","))


def test_github_commands_parse_back(results):
    text = github.emit(results)
    lines = text.split("\n")
    findings = all_findings(results)
    assert len(lines) == len(findings)
    commands = {"error": "error", "warning": "warning", "info": "notice"}
    for line, finding in zip(lines, findings):
        m = GITHUB_LINE.match(line)
        assert m, line
        assert m["cmd"] == commands[finding.severity]
        assert _unescape_property(m["file"]) == finding.path
        assert _unescape_property(m["title"]) == f"{finding.code} {finding.rule}"
        assert _unescape_data(m["message"]) == finding.message
    assert lines[0] == ("::error file=corpus/dinas a%2C b%3Ac.docx,title=SOP001 unreadable-file::"
                        "Waktu 100%25 melebihi batas: 5 hari, 3 jam%0Abaris kedua%0D%0Abaris "
                        "[bold]ketiga[/bold]")


def test_github_escaping_matches_actions_core():
    assert github.escape_data("a%b\r\nc:d,e") == "a%25b%0D%0Ac:d,e"
    assert github.escape_property("a%b\r\nc:d,e") == "a%25b%0D%0Ac%3Ad%2Ce"
    assert github.escape_data("%0A") == "%250A"  # an already-escaped look-alike survives a round trip
    assert github.emit([]) == ""


# ------------------------------------------------------------------------------ concise

CONCISE_LINE = re.compile(r"^(?P<path>.+?): (?:procedure (?P<procedure>\d+)(?: step (?P<step>\d+))?: "
                          r"|step (?P<step_only>\d+): )?(?P<code>[A-Z]+\d+) (?P<rule>[a-z0-9-]+) "
                          r"(?P<message>.*)$")


def test_concise_one_line_per_finding(results):
    text = concise.emit(results)
    lines = text.split("\n")
    findings = all_findings(results)
    assert len(lines) == len(findings)
    for line, finding in zip(lines, findings):
        m = CONCISE_LINE.match(line)
        assert m, line
        assert m["path"] == finding.path and m["code"] == finding.code and m["rule"] == finding.rule
        assert m["procedure"] == (None if finding.procedure is None else str(finding.procedure))
        assert (m["step"] or m["step_only"]) == (None if finding.step is None else str(finding.step))
        assert m["message"] == " ".join(finding.message.split())
    assert "corpus/tapin/renstra.docx: procedure 2 step 2: SOP201 duplicate-step-number " \
           "Nomor langkah 2 dipakai dua kali" in lines
    assert "corpus/tapin/renstra.docx: SOP101 missing-identity-field Tanggal Pembuatan tidak ada" in lines
    assert "corpus/tapin/renstra.docx: procedure 1: SOP203 unnumbered-step Baris tanpa nomor langkah" in lines
    assert concise.emit([]) == ""
    assert concise.emit([FileResult(path="ok.docx")]) == ""


# ------------------------------------------------------------------------------ console

def _render_check(results, lang, width=120) -> str:
    console = Console(record=True, width=width, color_system=None)
    render_check(results, console, lang)
    return console.export_text()


@pytest.mark.parametrize("lang,summary_line,clean", [
    ("id", "3 berkas · 3 galat · 2 peringatan · 1 info", "tidak ada temuan"),
    ("en", "3 files · 3 errors · 2 warnings · 1 info", "no findings"),
])
def test_console_check(results, lang, summary_line, clean):
    out = _render_check(results, lang)
    for result in results:
        assert result.path in out
        for finding in result.findings:
            assert finding.code in out
    assert summary_line in out
    assert clean in out
    assert "SOP Penyusunan Renstra" in out and "800/12/DUKCAPIL/2023" in out
    assert ("2 prosedur, 7 langkah" if lang == "id" else "2 procedures, 7 steps") in out
    assert ("P2 · L2 · hlm 4" if lang == "id" else "P2 · S2 · p 4") in out
    assert t("error", lang) in out and t("warning", lang) in out
    assert "[bold]ketiga[/bold]" in out  # document text is never read as markup


def test_console_folds_instead_of_truncating():
    long = " ".join(f"kata{i}" for i in range(60))
    finding = Finding(path="corpus/panjang.docx", rule="missing-output", code="SOP402",
                      severity="warning", message=long, procedure=1, step=1)
    out = _render_check([FileResult(path="corpus/panjang.docx", findings=[finding])], "id", width=60)
    assert max(cell_len(line) for line in out.splitlines()) <= 60
    words = out.split()
    assert all(f"kata{i}" in words for i in range(60))
    assert "…" not in out


def test_console_colour_is_the_callers_choice(results):
    colour = re.compile(r"\x1b\[[0-9;]*(?:3[0-9]|9[0-7])[0-9;]*m")
    plain = Console(file=io.StringIO(), width=120, no_color=True, force_terminal=True)
    render_check(results, plain)
    assert not colour.search(plain.file.getvalue())
    coloured = Console(file=io.StringIO(), width=120, force_terminal=True, color_system="standard")
    render_check(results, coloured)
    assert colour.search(coloured.file.getvalue())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_console_parse(lang):
    doc = make_doc()
    console = Console(record=True, width=140, color_system=None)
    render_parse(doc, console, lang)
    out = console.export_text()
    assert doc.source in out
    assert "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tapin" in out
    assert "UU 23/2014" in out and "Permenpan RB No. 35 Tahun 2012" in out
    assert t("tanggal_revisi", lang) in out and t("empty", lang) in out and t("absent", lang) in out
    for word in ("Kepala", "Dinas", "Sekretaris", "Kasubbag", "Program", "Staf"):  # role headers
        assert word in out  # (a header wraps between its words: the column only holds a glyph)
    for glyph in ("⬭", "▭", "◇", "⬠", "○", "✓"):
        assert glyph in out
    assert "1 hari" in out and "= 480 " in out and "= 120 " in out and "1 Jari (?)" in out
    assert "SOP PENYUSUNAN RENSTRA" in out and "800/13" in out
    assert t("kelengkapan", lang) in out and t("keterangan", lang) in out
    # the symbol sits in its role's column: step 2 (decision) under "Kasubbag Program"
    header = next(line for line in out.splitlines() if "Sekretaris" in line and "Staf" in line)
    row = next(line for line in out.splitlines() if "◇" in line)
    col = row.index("◇")
    kasubbag_header = next(line for line in out.splitlines() if "Kasubbag" in line)
    start = kasubbag_header.index("Kasubbag")
    assert start - 2 <= col <= start + len("Kasubbag Program") + 2, (header, row)


def test_console_parse_without_identity_or_procedures():
    console = Console(record=True, width=100, color_system=None)
    render_parse(SopDocument(source="kosong.pdf", format="pdf"), console, "id")
    out = console.export_text()
    assert "kosong.pdf" in out and "tidak ada prosedur" in out


def test_console_parse_fits_narrow_terminal():
    console = Console(record=True, width=80, color_system=None)
    render_parse(make_doc(), console, "id")
    assert max(cell_len(line) for line in console.export_text().splitlines()) <= 80


# ------------------------------------------------------------------------------ real pipeline

CORPUS = sorted((ROOT / "corpus").glob("**/*.docx"))


@pytest.fixture(scope="module")
def pipeline_results():
    if not CORPUS:
        pytest.skip("corpus/*.docx not there yet")
    from sopcheck.api import check_file

    try:
        return [check_file(p, source=str(p.relative_to(ROOT))) for p in CORPUS]
    except (NotImplementedError, ImportError) as exc:
        pytest.skip(f"pipeline not ready: {exc!r}")


def test_pipeline_all_formats_parse_back(pipeline_results):
    findings = all_findings(pipeline_results)
    report = CheckReport.model_validate_json(json_report.emit(pipeline_results))
    assert report.summary.files == len(pipeline_results) and report.findings == findings

    log = json.loads(sarif.emit(pipeline_results))
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    for res in log["runs"][0]["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]

    lines = [line for line in github.emit(pipeline_results).split("\n") if line]
    assert len(lines) == len(findings) and all(GITHUB_LINE.match(line) for line in lines)
    lines = [line for line in concise.emit(pipeline_results).split("\n") if line]
    assert len(lines) == len(findings) and all(CONCISE_LINE.match(line) for line in lines)

    for lang in ("id", "en"):
        out = _render_check(pipeline_results, lang)
        s = report.summary
        assert f"{tn('error', s.errors, lang)} · {tn('warning', s.warnings, lang)}" in out
        for result in pipeline_results:
            assert result.path in out
        for finding in findings:
            assert finding.code in out


def test_pipeline_parse_view(pipeline_results):
    docs = [d for r in pipeline_results for d in r.documents]
    if not docs:
        pytest.skip("no corpus file parsed")
    for doc in docs:
        console = Console(record=True, width=160, color_system=None)
        render_parse(doc, console)
        flat = " ".join(console.export_text().split())
        assert doc.source in flat
        for proc in doc.procedures:
            if proc.title:
                assert " ".join(proc.title.split()) in flat
            for step in proc.steps:
                if step.symbol is not None and step.pelaksana:
                    assert GLYPHS[step.symbol] in flat
    parsed = json.loads(json_report.emit_parse(docs))
    assert (parsed["source"] if isinstance(parsed, dict) else parsed[0]["source"]) == docs[0].source
