"""``sopcheck audit --executor dask``: the same per-document task on a Dask distributed cluster
(here a two-process LocalCluster started in the test) gives the same summary and findings as the
process pool. Skipped when Dask is not installed (``pip install 'sopcheck[dask]'``)."""

from __future__ import annotations

from pathlib import Path

import pytest

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
