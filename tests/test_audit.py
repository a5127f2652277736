"""``sopcheck audit`` on the shared audit tree (``conftest.build_audit_tree``: two dinas
folders of corpus files, a copy under another name, a corrupt DOCX)."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import BINTAN, COPY_NAME, DINAS_A, DINAS_B, PROBOLINGGO, REPO, TAPIN, TRENGGALEK

from sopcheck.api import parse_file
from sopcheck.audit.engine import run_audit
from sopcheck.audit.store import AuditStore
from sopcheck.audit.task import TaskOptions, audit_document
from sopcheck.cli import build_parser
from sopcheck.cli import main as sopcheck_main
from sopcheck.cli.audit import run
from sopcheck.walk import iter_dinas_files as iter_audit_files

NEEDED = [TRENGGALEK, BINTAN, PROBOLINGGO, TAPIN]

pytestmark = pytest.mark.skipif(not all(p.is_file() for p in NEEDED),
                                reason="corpus DOCX files not present")


@pytest.fixture(scope="module")
def tree(audit_tree) -> Path:
    return audit_tree


@pytest.fixture(scope="module")
def audited(tree):
    run = run_audit(tree, jobs=2, options=TaskOptions(lang="id", drawings=True))
    yield run
    run.store.close()


def _audit_findings(run, rule):
    return [f for f in run.store.findings() if f.rule == rule]


def parser():
    return build_parser()


def main(argv):
    """``sopcheck audit ARGV...``: the exit status."""
    return sopcheck_main(["audit", *argv])


# --- the walk and the per-document task --------------------------------------------------------

def test_walk_finds_sop_files_with_their_dinas(tree):
    found = [(os.path.relpath(p, tree), d) for p, d in iter_audit_files(tree)]
    assert sorted(found) == sorted([
        (f"{DINAS_B}/arsip/{COPY_NAME}", DINAS_B),
        (f"{DINAS_B}/{PROBOLINGGO.name}", DINAS_B),
        (f"{DINAS_B}/{TAPIN.name}", DINAS_B),
        (f"{DINAS_A}/{BINTAN.name}", DINAS_A),
        (f"{DINAS_A}/rusak.docx", DINAS_A),
        (f"{DINAS_A}/{TRENGGALEK.name}", DINAS_A),
    ])


def test_task_returns_compact_facts_not_the_model():
    facts = audit_document(str(TRENGGALEK), DINAS_A)
    assert facts.readable and facts.format == "docx"
    assert [p.nomor_sop for p in facts.procedures] == ["01/SOP/DKPS/SKRT/X/2016"] * 6
    assert "TRENGGALEK" in (facts.instansi or "").upper()
    assert all(isinstance(f, tuple) and len(f) == 9 for f in facts.findings)
    drawing = facts.procedures[0].drawing
    assert drawing["lanes"] and drawing["steps"]
    assert not hasattr(facts, "document")


def test_unreadable_file_is_one_finding_not_a_stopped_run(tmp_path):
    bad = tmp_path / "rusak.docx"
    bad.write_bytes(TAPIN.read_bytes()[:3000])
    facts = audit_document(str(bad), "x")
    assert not facts.readable
    assert len(facts.findings) == 1 and facts.findings[0][2] == "error"


# --- summary -----------------------------------------------------------------------------------

def test_summary_counts_per_dinas(audited, tree):
    assert audited.total == audited.done == 6 and not audited.interrupted
    rows = {s.dinas: s for s in audited.store.dinas_summaries()}
    assert set(rows) == {DINAS_A, DINAS_B}

    def model_counts(paths):
        docs = [doc for p in paths for doc in parse_file(p)]
        return sum(len(d.procedures) for d in docs), sum(len(p.steps) for d in docs for p in d.procedures)

    a, b = rows[DINAS_A], rows[DINAS_B]
    assert a.documents == 3 and b.documents == 3
    assert a.unreadable == 1 and b.unreadable == 0
    assert (a.procedures, a.steps) == model_counts([TRENGGALEK, BINTAN])
    assert (b.procedures, b.steps) == model_counts([PROBOLINGGO, PROBOLINGGO, TAPIN])
    assert a.procedures >= 6
    for s in (a, b):
        errors = sum(1 for f in audited.store.findings() if f.dinas == s.dinas and f.severity == "error")
        assert s.errors == errors
        assert 0 <= s.clean <= s.documents
        assert len(s.top_rules) <= 3
        assert [n for _, n in s.top_rules] == sorted((n for _, n in s.top_rules), reverse=True)
    worst = audited.store.worst_documents(10)
    assert worst and [w.errors for w in worst] == sorted((w.errors for w in worst), reverse=True)


# --- cross-document rules -------------------------------------------------------------------

def test_duplicate_nomor_sop_on_the_six_trenggalek_procedures(audited):
    hits = [f for f in _audit_findings(audited, "duplicate-nomor-sop") if f.path.endswith(TRENGGALEK.name)]
    assert sorted(f.procedure for f in hits) == [1, 2, 3, 4, 5, 6]
    assert all(f.code == "SOP601" and f.severity == "error" and f.audit for f in hits)
    assert all("01/SOP/DKPS/SKRT/X/2016" in f.message for f in hits)
    assert "RENSTRA" in hits[0].message  # names the other SOPs under that number


def test_duplicate_nomor_sop_for_the_same_sop_filed_twice(audited):
    hits = [f for f in _audit_findings(audited, "duplicate-nomor-sop") if f.dinas == DINAS_B]
    assert sorted(Path(f.path).name for f in hits) == sorted([COPY_NAME, PROBOLINGGO.name])
    original = next(f for f in hits if f.path.endswith(PROBOLINGGO.name))
    assert "SOP yang sama di" in original.message and COPY_NAME in original.message
    # the same title under the same number is one situation, reported once: not also duplicate-nama-sop
    assert not [f for f in _audit_findings(audited, "duplicate-nama-sop") if f.dinas == DINAS_B]


def test_duplicate_nomor_sop_for_the_same_sop_filed_in_two_dinas_folders(tmp_path):
    """The same SOP (number, title, instansi) filed in two dinas folders under two names is
    reported on both copies; two dinas printing one number on different SOPs is not (each
    instansi numbers its own SOPs), nor is one SOP title in two dinas under other numbers."""
    root = tmp_path / "root"
    for name in ("dinas-a", "dinas-b", "dinas-c"):
        (root / name).mkdir(parents=True)
    shutil.copy(TAPIN, root / "dinas-a" / TAPIN.name)
    shutil.copy(TAPIN, root / "dinas-b" / "SOP pengukuran kinerja (kiriman).docx")
    shutil.copy(PROBOLINGGO, root / "dinas-c" / PROBOLINGGO.name)
    run = run_audit(root, jobs=1, options=TaskOptions(lang="id"))
    try:
        hits = _audit_findings(run, "duplicate-nomor-sop")
        assert sorted((f.dinas, f.procedure) for f in hits) == [("dinas-a", 1), ("dinas-b", 1)]
        first = next(f for f in hits if f.dinas == "dinas-a")
        assert first.message.endswith("SOP yang sama di dinas-b/SOP pengukuran kinerja (kiriman).docx")
        assert first.severity == "error" and first.audit
    finally:
        run.store.close()


def test_same_sop_across_dinas_needs_number_title_and_instansi():
    from sopcheck.audit.cross import same_sop_in_other_dinas
    from sopcheck.audit.task import DocFacts, ProcFacts

    with AuditStore() as store:
        for i, (dinas, title, instansi) in enumerate([("a", "SOP Penyusunan Renja", "Dinas Sosial"),
                                                      ("b", "SOP Penyusunan Renstra", "Dinas Sosial"),
                                                      ("c", "SOP Penyusunan Renja", "Dinas Kesehatan"),
                                                      ("d", "SOP PENYUSUNAN RENJA", "Dinas Sosial")]):
            store.add(DocFacts(path=f"/r/{dinas}/{i}.docx", dinas=dinas, format="docx", readable=True,
                               instansi=instansi, nomor_sop="01/SOP/2019", nama_sop=title,
                               procedures=[ProcFacts(title=title, nomor_sop=None, n_steps=3)]))
        store.finish()
        found = list(same_sop_in_other_dinas(store, "/r", 3))
    # only a and d share number, title and instansi: the one SOP filed in two dinas folders
    assert [(doc_id, idx) for doc_id, idx, _ in found] == [(1, 1), (4, 1)]
    assert found[0][2]["others"] == "SOP yang sama di d/3.docx"


def test_unreadable_file_in_the_audit_is_one_error_finding(audited):
    bad = [f for f in audited.store.findings() if f.path.endswith("rusak.docx")]
    assert len(bad) == 1 and bad[0].severity == "error" and bad[0].code.startswith("SOP00")


def test_instansi_variant_and_dangling_reference_from_the_bintan_document(audited):
    variant = _audit_findings(audited, "instansi-name-variant")
    assert [Path(f.path).name for f in variant] == [BINTAN.name]
    assert "BINTANG" in variant[0].message and "Bintan" in variant[0].message
    dangling = [f for f in _audit_findings(audited, "dangling-keterkaitan") if f.path.endswith(BINTAN.name)]
    assert any("alur surat masuk" in f.message for f in dangling)
    # Trenggalek's Keterkaitan lists its own six procedures: all found, none dangling
    assert not [f for f in _audit_findings(audited, "dangling-keterkaitan") if f.path.endswith(TRENGGALEK.name)]


def test_audit_rules_are_in_the_registry():
    from sopcheck.checks import get_rule

    expected = {"SOP601": ("duplicate-nomor-sop", "error"), "SOP602": ("duplicate-nama-sop", "warning"),
                "SOP603": ("dangling-keterkaitan", "warning"), "SOP604": ("instansi-name-variant", "warning")}
    for code, (name, severity) in expected.items():
        spec = get_rule(code)
        assert spec is not None and spec.name == name and spec.scope == "audit" and spec.severity == severity
        assert spec.message["id"] and spec.message["en"] and spec.why["id"] and spec.why["en"]
        assert spec.fail and spec.passing and spec.func is not None


# --- the command and its reports -------------------------------------------------------------

@pytest.fixture(scope="module")
def reports(tree, tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    paths = {k: out / f"audit.{k}" for k in ("csv", "xlsx", "html", "json")}
    args = parser().parse_args(["audit", str(tree), "--jobs", "2", "--no-progress",
                                *[x for k, p in paths.items() for x in (f"--{k}", str(p))]])
    status = run(args)
    return status, paths


def test_exit_status_is_1_with_errors(reports):
    status, _ = reports
    assert status == 1


def test_csv_report(reports, audited):
    _, paths = reports
    with open(paths["csv"], encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == sum(1 for _ in audited.store.findings())
    assert {r["dinas"] for r in rows} == {DINAS_A, DINAS_B}
    dup = [r for r in rows if r["rule"] == "duplicate-nomor-sop" and r["path"].endswith(TRENGGALEK.name)]
    assert sorted(int(r["procedure"]) for r in dup) == [1, 2, 3, 4, 5, 6]
    assert all(r["cross_document"] == "1" for r in dup)


def test_xlsx_report_reads_back(reports, audited):
    from openpyxl import load_workbook

    _, paths = reports
    wb = load_workbook(paths["xlsx"], read_only=False)
    summary, findings, documents, local_roles = wb.worksheets
    header = [c.value for c in summary[1]]
    assert header[:4] == ["Dinas", "Dokumen", "Prosedur", "Langkah"]
    body = {row[0]: row for row in summary.iter_rows(min_row=2, values_only=True)}
    assert body[DINAS_A][1] == 3 and body[DINAS_B][1] == 3
    assert body["Jumlah"][1] == 6
    assert findings.auto_filter.ref and findings.auto_filter.ref.startswith("A1:M")  # the last column: part
    rules = [row[2] for row in findings.iter_rows(min_row=2, values_only=True)]
    assert rules.count("duplicate-nomor-sop") == len(_audit_findings(audited, "duplicate-nomor-sop")) >= 8
    assert documents.max_row == 7
    assert [c.value for c in local_roles[1]][:2] == ["Dinas", "Peran"]
    assert local_roles.max_row == 1  # no post the roster does not know is used by two SOPs of a dinas here


def test_json_report(reports, audited):
    _, paths = reports
    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert data["summary"]["files"] == 6
    assert {d["dinas"] for d in data["dinas"]} == {DINAS_A, DINAS_B}
    assert (sum(1 for f in data["findings"] if f["rule"] == "duplicate-nomor-sop")
            == len(_audit_findings(audited, "duplicate-nomor-sop")))


def test_html_report_is_self_contained_and_escaped(reports, audited):
    _, paths = reports
    html = paths["html"].read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<svg" in html and 'class="flow"' in html
    lowered = html.lower()
    assert "http://" not in lowered.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in lowered and "<link" not in lowered and " src=" not in lowered
    assert html.count('data-rule="duplicate-nomor-sop"') == len(_audit_findings(audited, "duplicate-nomor-sop"))


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main([str(tmp_path / "missing")]) == 2
    assert main([str(tmp_path), "--jobs", "0"]) == 2
    assert main([str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert main([str(tmp_path), "--html", str(tmp_path / "no" / "such" / "dir" / "a.html")]) == 2
    assert "tidak ada" in capsys.readouterr().err
    with pytest.raises(SystemExit):  # argparse: fail-on takes error or warning only (issue 4)
        main([str(tmp_path), "--fail-on", "info"])


def test_a_report_never_overwrites_an_audited_file(tmp_path, capsys):
    """``--html``/``--csv``/``--xlsx``/``--json`` naming an SOP under ROOT is a usage error, and
    the SOP is left as it was (issue 6: inputs are read-only)."""
    import hashlib

    (tmp_path / "dinas").mkdir()
    sop = tmp_path / "dinas" / TAPIN.name
    shutil.copy(TAPIN, sop)
    before = hashlib.sha256(sop.read_bytes()).hexdigest()
    for flag in ("--html", "--csv", "--xlsx", "--json"):
        assert main([str(tmp_path), flag, str(sop), "--jobs", "1", "--no-progress"]) == 2
        assert "tidak menimpa berkas masukan" in capsys.readouterr().err
    assert hashlib.sha256(sop.read_bytes()).hexdigest() == before


def test_walk_yields_dangling_links_and_pipes_for_a_finding(tmp_path):
    """An SOP-named dangling symlink or pipe is audited (one unreadable-file finding each),
    never silently dropped and never read from (a pipe would block)."""
    (tmp_path / "dinas").mkdir()
    (tmp_path / "dinas" / "gone.docx").symlink_to(tmp_path / "missing.docx")
    os.mkfifo(tmp_path / "dinas" / "pipe.pdf")
    (tmp_path / "dinas" / "folder.pdf").mkdir()
    assert sorted(Path(p).name for p, _ in iter_audit_files(tmp_path)) == ["gone.docx", "pipe.pdf"]
    run = run_audit(tmp_path, jobs=1, options=TaskOptions(lang="id"))
    try:
        assert sorted((Path(f.path).name, f.rule) for f in run.store.findings()) == [
            ("gone.docx", "unreadable-file"), ("pipe.pdf", "unreadable-file")]
    finally:
        run.store.close()


def test_tree_without_sop_files_is_a_usage_error_not_a_silent_success(tmp_path, capsys):
    (tmp_path / "dinas").mkdir()
    assert main([str(tmp_path), "--no-progress"]) == 2  # issue 17: no longer "0 berkas" and exit 0
    assert "tidak ada berkas SOP" in capsys.readouterr().err


def test_html_escapes_untrusted_text(tmp_path):
    from sopcheck.audit.engine import AuditRun
    from sopcheck.audit.html import write_html
    from sopcheck.audit.task import DocFacts, ProcFacts

    evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    store = AuditStore()
    try:
        store.add(DocFacts(path=f"/r/{evil}.docx", dinas=evil, readable=True, instansi=evil, nomor_sop=evil,
                           procedures=[ProcFacts(title=evil, nomor_sop=None, n_steps=1,
                                                 drawing={"lanes": [evil],
                                                          "steps": [["1", evil, [0], "process", "error"]]})],
                           findings=[("missing-output", "SOP402", "error", evil, 1, 1, None, 1, 2)]))
        store.finish()
        out = tmp_path / "x.html"
        write_html(AuditRun(root=evil, store=store, total=1, done=1), str(out))
        text = out.read_text(encoding="utf-8")
        assert "<script>alert" not in text and "<img src=x" not in text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
        assert text.count("<script>") == 1  # ours only
    finally:
        store.close()


# --- memory: the store, not the process, holds the results -----------------------------------

def test_store_streams_documents(audited):
    docs = list(audited.store.documents())
    assert [d.dinas for d in docs] == sorted(d.dinas for d in docs)
    assert os.path.exists(audited.store.path)


# --- Ctrl-C ------------------------------------------------------------------------------------

def test_ctrl_c_stops_cleanly_with_partial_summary(tmp_path):
    root = tmp_path / "big"
    for i in range(8):  # 480 documents: about 15 s on 2 idle cores, so Ctrl-C lands mid-run
        folder = root / f"dinas-{i:02d}"
        folder.mkdir(parents=True)
        for j in range(60):
            os.link(TRENGGALEK, folder / f"sop-{j:02d}.docx")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "sopcheck.audit", str(root), "--jobs", "2", "--no-progress",
                             "--html", str(tmp_path / "never.html")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO,
                            start_new_session=True)
    time.sleep(3.0)
    os.killpg(proc.pid, signal.SIGINT)  # like Ctrl-C in a terminal: the whole process group
    try:
        out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        raise
    if proc.returncode == 1:  # finished before the signal arrived (very fast machine)
        pytest.skip("audit finished before Ctrl-C")
    assert proc.returncode == 130, err
    assert "DIHENTIKAN" in out and "Jumlah" in out
    assert not (tmp_path / "never.html").exists()
    assert "Traceback" not in err


# --- a worker that dies ------------------------------------------------------------------------

def crashing_task(path, dinas, options):
    """Stand-in task: kills its worker process on files named crash*, else a clean result."""
    from sopcheck.audit.task import DocFacts

    if Path(path).name.startswith("crash"):
        os._exit(3)
    time.sleep(0.05)
    return DocFacts(path=path, dinas=dinas, readable=True)


def test_a_dying_worker_costs_one_finding_for_its_file_only():
    from sopcheck.audit.engine import process_results

    files = [(f"/x/ok-{i:02d}.docx", "d") for i in range(12)]
    files.insert(5, ("/x/crash.docx", "d"))
    results = list(process_results(iter(files), 2, TaskOptions(), task=crashing_task))
    assert sorted(r.path for r in results) == sorted(p for p, _ in files)  # every file, once
    crashed = [r for r in results if r.findings]
    assert [r.path for r in crashed] == ["/x/crash.docx"]
    assert crashed[0].findings[0][0] == "unreadable-file" and crashed[0].findings[0][2] == "error"
    assert all(r.readable for r in results if r.path != "/x/crash.docx")


def pid_task(path, dinas, options):
    """Stand-in task: a clean result whose ``dinas`` is the worker's process id."""
    from sopcheck.audit.task import DocFacts

    time.sleep(0.02)
    return DocFacts(path=path, dinas=str(os.getpid()), readable=True)


RECYCLE = """
import sys
sys.path.insert(0, {tests!r})
from sopcheck.audit import engine
from sopcheck.audit.task import TaskOptions
from test_audit import pid_task

if __name__ == "__main__":
    engine.TASKS_PER_CHILD = 2
    files = [(f"/x/{{i:02d}}.docx", "d") for i in range(11)]
    results = list(engine.process_results(iter(files), {jobs}, TaskOptions(), task=pid_task))
    print(len(results), len({{r.path for r in results}}), len({{r.dinas for r in results}}))
"""


@pytest.mark.parametrize("jobs", [1, 2])
def test_workers_are_recycled_without_hanging(jobs):
    # Python 3.11-3.13's ProcessPoolExecutor(max_tasks_per_child=...) may never replace a worker
    # that reached its limit while tasks are queued (CPython gh-115634): the audit hung for ever.
    proc = subprocess.Popen([sys.executable, "-c", RECYCLE.format(tests=str(REPO / "tests"), jobs=jobs)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=45)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("process pool hung after recycling a worker")
    assert proc.returncode == 0, err
    done, distinct, pids = map(int, out.split())
    assert done == distinct == 11
    assert pids >= 11 // (2 * jobs)  # workers were replaced (at most 2 tasks each, give or take the pool)


def test_file_without_dinas_or_instansi_is_labelled_in_the_report_language(tmp_path, capsys):
    import openpyxl

    (tmp_path / "rusak.docx").write_bytes(b"PK\x03\x04 not really a docx")  # at ROOT, no instansi
    xlsx, html = tmp_path.parent / "nd.xlsx", tmp_path.parent / "nd.html"
    assert main([str(tmp_path), "--no-progress", "--lang", "en", "--xlsx", str(xlsx), "--html", str(html)]) == 1
    out = capsys.readouterr().out
    assert "(no dinas)" in out and "tanpa dinas" not in out
    assert openpyxl.load_workbook(xlsx).worksheets[0]["A2"].value == "(no dinas)"
    assert "(no dinas)" in html.read_text(encoding="utf-8")
    assert main([str(tmp_path), "--no-progress"]) == 1
    assert "(tanpa dinas)" in capsys.readouterr().out


REAL = REPO.parent / "shared" / "real"


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real (real SOP PDFs) not present")
def test_audit_over_the_real_pdfs_and_the_corpus(tmp_path, capsys):
    """Issue 5, "Done when": an audit over a tree holding the real BPS PDFs (copied into a
    temporary folder, never into the project) and corpus documents prints the summary and
    writes HTML, XLSX and CSV that open, with every file in them."""
    import csv as csv_module

    from openpyxl import load_workbook

    root = tmp_path / "root"
    real = sorted(REAL.rglob("*.pdf"))
    (root / "bps-bengkulu").mkdir(parents=True)
    for pdf in real:
        shutil.copy(pdf, root / "bps-bengkulu" / pdf.name)
    (root / DINAS_B).mkdir()
    shutil.copy(PROBOLINGGO, root / DINAS_B / PROBOLINGGO.name)
    shutil.copy(PROBOLINGGO.with_suffix(".pdf"), root / DINAS_B / PROBOLINGGO.with_suffix(".pdf").name)
    out = tmp_path / "out"
    out.mkdir()
    status = main([str(root), "--jobs", "2", "--no-progress", "--html", str(out / "a.html"),
                   "--xlsx", str(out / "a.xlsx"), "--csv", str(out / "a.csv"), "--json", str(out / "a.json")])
    printed = capsys.readouterr()
    assert status == 1 and "Traceback" not in printed.err
    assert "bps-bengkulu" in printed.out and DINAS_B in printed.out

    summary = {row[0]: row for row in load_workbook(out / "a.xlsx").worksheets[0].iter_rows(min_row=2,
                                                                                            values_only=True)}
    # documents are SOPs: the Cimahi bundle (wild/) holds five
    bundles = {"cimahi-bpkad_SOP_Bid_Perencanaan_Anggaran.pdf": 5}
    sops = sum(bundles.get(p.name, 1) for p in real)
    assert sops == len(real) + 4
    assert summary["bps-bengkulu"][1] == sops and summary[DINAS_B][1] == 2
    with open(out / "a.csv", newline="", encoding="utf-8") as fh:
        paths = {row["path"] for row in csv_module.DictReader(fh)}
    # the workbook's documents sheet holds every file; the CSV, which holds findings, every file
    # with one (general__064 has none since issue 15)
    rows = list(load_workbook(out / "a.xlsx").worksheets[2].iter_rows(min_row=2, values_only=True))
    assert {Path(row[1]).name for row in rows} >= {PROBOLINGGO.name} | {p.name for p in real}
    with_findings = {Path(row[1]).name for row in rows if sum(row[8:11]) > 0}
    assert PROBOLINGGO.name in with_findings and len(with_findings) > len(real) // 2
    assert {Path(p).name for p in paths} == with_findings
    html = (out / "a.html").read_text(encoding="utf-8")
    assert "bps-bengkulu" in html and "<svg" in html and "http://" not in html.replace("http://www.w3.org", "")

    # BPS Bengkulu's own roster (issue 14 item 1): the change agents of its Reformasi Birokrasi
    # programme, Change Agent, Change Champion and Change Leader, columns of the NADA CERIA (329),
    # Employee of the Quarter (324: "CC & CA", "CL") and CoachMe (332: "CAN (CA/CC/CL)") SOPs. Every
    # other post the roster does not know is one SOP's ("PJK Wilkerstat", "Reseptionist"); "Sistem
    # GS" is a system, not a post.
    local = json.loads((out / "a.json").read_text(encoding="utf-8"))["local_roles"]
    assert [(r["dinas"], r["name"], r["sops"], r["toml"]) for r in local] == [
        ("bps-bengkulu", "CA", 3, '[[roles]]\nname = "CA"\naliases = []'),
        ("bps-bengkulu", "CC", 3, '[[roles]]\nname = "CC"\naliases = []'),
        ("bps-bengkulu", "CL", 2, '[[roles]]\nname = "CL"\naliases = []')]
    assert {(Path(d["path"]).name.split(".")[0], tuple(d["headers"])) for r in local for d in r["documents"]} == {
        ("general__329", ("CA (PJ NADA CERIA)",)), ("general__329", ("CC",)), ("procurement__324", ("CC & CA",)),
        ("procurement__324", ("CL",)), ("it__332", ("CAN (CA/CC/CL)",))}
    assert html.count("class=local-role") == 3 and "Peran lokal per instansi" in printed.out


def test_swimlane_picture_is_the_svg_scene_painted(tmp_path):
    """The review sheet's PNG and the HTML's SVG come from one layout (audit.svg.procedure_scene):
    same size, and the PNG shows the symbols (the box's outline colour) where the scene puts them."""
    import io

    from PIL import Image

    from sopcheck.api import check_file
    from sopcheck.audit.picture import procedure_png
    from sopcheck.audit.svg import procedure_scene, procedure_svg
    from sopcheck.audit.task import drawing_spec, worst_severities

    result = check_file(PROBOLINGGO)
    drawing = drawing_spec(1, result.document.procedures[0], worst_severities(result.findings))
    scene = procedure_scene(drawing)
    svg = procedure_svg(drawing)
    assert f'width="{scene.width:g}" height="{scene.height:g}"' in svg
    img = Image.open(io.BytesIO(procedure_png(drawing, scale=1))).convert("RGB")
    assert img.size == (int(scene.width) + 1, int(scene.height) + 1)
    rects = [i for i in scene.items if i[0] == "rect" and i[1].startswith("sym")]
    assert len(rects) >= 6 and svg.count('<rect class="sym') == len(rects)
    for _, _cls, x, y, w, h, _rx in rects:  # the left edge of each symbol is drawn, not background
        assert img.getpixel((round(x), round(y + h / 2))) != img.getpixel((round(x + w / 2), round(y + h / 2)))
