"""``sopcheck audit --executor dask``: the same per-document task on a Dask distributed cluster
(here a two-process LocalCluster started in the test) gives the same summary and findings as the
process pool. Skipped when Dask is not installed (``pip install 'sopcheck[dask]'``)."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import TAPIN

distributed = pytest.importorskip("distributed")

@pytest.fixture(scope="module")
def tree(audit_tree) -> Path:
    return audit_tree


def _snapshot(run):
    summaries = [(s.dinas, s.documents, s.procedures, s.steps, s.errors, s.warnings, s.clean)
                 for s in run.store.dinas_summaries()]
    findings = sorted((f.path, f.rule, f.procedure, f.step, f.message) for f in run.store.findings())
    return summaries, findings


def test_dask_executor_matches_process_pool(tree):
    from distributed import LocalCluster

    from sopcheck.audit.engine import run_audit

    local = run_audit(tree, jobs=2)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = run_audit(tree, jobs=2, executor="dask", scheduler=cluster.scheduler_address)
    try:
        assert remote.done == remote.total == local.done == 6 and not remote.interrupted
        assert _snapshot(remote) == _snapshot(local)
        rules = {f.rule for f in remote.store.findings()}
        assert "duplicate-nomor-sop" in rules
        assert any(f.path.endswith("rusak.docx") and f.severity == "error" for f in remote.store.findings())
    finally:
        local.store.close()
        remote.store.close()


def test_dask_from_the_command_line(tree, tmp_path):
    from distributed import LocalCluster

    from sopcheck.cli import main as sopcheck_main

    def main(argv):
        return sopcheck_main(["audit", *argv])


    out = tmp_path / "audit.csv"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        status = main([str(tree), "--executor", "dask", "--scheduler", cluster.scheduler_address,
                       "--no-progress", "--csv", str(out)])
    assert status == 1
    assert "duplicate-nomor-sop" in out.read_text(encoding="utf-8-sig")


def test_unreachable_scheduler_is_a_usage_error_not_a_traceback(tree, monkeypatch, capsys):
    from sopcheck.audit import engine
    from sopcheck.cli import main as sopcheck_main

    def main(argv):
        return sopcheck_main(["audit", *argv])


    monkeypatch.setattr(engine, "DASK_CONNECT_TIMEOUT", 2)
    status = main([str(tree), "--executor", "dask", "--scheduler", "tcp://127.0.0.1:1", "--no-progress"])
    err = capsys.readouterr().err
    assert status == 2
    assert "tcp://127.0.0.1:1" in err and "Traceback" not in err


# --- Dask --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None) as c:
        yield c


def test_dask_with_a_relative_root(audit_tree, cluster, monkeypatch):
    from sopcheck.audit.engine import run_audit

    monkeypatch.chdir(audit_tree.parent)
    rel = audit_tree.name
    run = run_audit(rel, jobs=2, executor="dask", scheduler=cluster.scheduler_address)
    try:
        findings = list(run.store.findings())
        unreadable = [f for f in findings if f.rule == "unreadable-file"]
        assert run.done == run.total == 6
        assert [Path(f.path).name for f in unreadable] == ["rusak.docx"]  # not every file "missing"
        assert all(f.path.startswith(rel + os.sep) for f in findings)  # paths as found, not the workers'
    finally:
        run.store.close()


def test_dask_holds_the_per_file_time_limit(tmp_path, cluster):
    """A slow reader in the worker (tests/slow_task.py: reading a file named *lambat* sleeps
    30 s with SIGALRM blocked, so only the deadline can stop it): the audit reports it as one
    resource-limit finding after about the time limit, and checks the other file as usual."""
    from sopcheck.audit.engine import run_audit
    from sopcheck.audit.task import TaskOptions

    (tmp_path / "dinas").mkdir()
    shutil.copy(TAPIN, tmp_path / "dinas" / "cepat.docx")
    shutil.copy(TAPIN, tmp_path / "dinas" / "lambat.docx")
    import slow_task

    started = time.perf_counter()
    run = run_audit(tmp_path, jobs=2, executor="dask", scheduler=cluster.scheduler_address,
                    options=TaskOptions(timeout_per_file=2), task=slow_task.slow_audit_document)
    elapsed = time.perf_counter() - started
    try:
        by_file: dict[str, set[str]] = {}
        for f in run.store.findings():
            by_file.setdefault(Path(f.path).name, set()).add(f.rule)
        assert by_file["lambat.docx"] == {"resource-limit"}
        assert "resource-limit" not in by_file["cepat.docx"] and "missing-identity-field" in by_file["cepat.docx"]
        assert elapsed < 25  # the sleep is 30 s: the deadline stopped it
    finally:
        run.store.close()
