"""Big and bomb files end in one ``resource-limit`` (or ``unreadable-file``) finding, fast and
in bounded memory, through the real command line; a runaway file is stopped by
``timeout_per_file`` and the batch goes on.

Each command runs in a child process (``python -m sopcheck.cli ...``, working directory a
temporary folder) whose wall time and peak resident memory are measured: the peak comes from
``os.wait4``, which reports the child's own ``ru_maxrss`` and that of every process it
waited for (the audit's worker pool). Bounds are generous on purpose (10 s, 1 GiB): these
tests are about hanging and blowing up, not about speed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from sopcheck.api import check_file
from sopcheck.limits import DEFAULT_LIMITS as DEFAULT
from sopcheck.limits import Limits

BAD = Path(__file__).parent / "bad"
EXPECTED: dict[str, str] = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))

SECONDS = 10.0
"""Wall-clock bound (seconds) for one command over one big file, start-up included."""

MEMORY_BYTES = 1024 ** 3
"""Peak resident memory bound (bytes) for one command and its workers."""

KILL_AFTER = 120.0
"""A child still running after this many seconds is killed (the test then fails)."""

# file -> words each message (Indonesian, English) must hold: which limit, what to do
BIG: dict[str, tuple[list[str], list[str]]] = {
    "pages-2000.pdf": (["2000 halaman", "max-pages", "pisahkan"], ["2000 pages", "max-pages", "split"]),
    "pages-count-lie.pdf": (["halaman", "max-pages", "pisahkan"], ["pages", "max-pages", "split"]),
    "rows-20000.docx": (["5000 baris", "max-table-rows", "pisahkan"],
                        ["5000 rows", "max-table-rows", "split"]),
    "long-text.docx": (["terlalu panjang", "max-pages", "pisahkan"], ["too long", "max-pages", "split"]),
    "zip-bomb.docx": (["bom zip", "max_zip_ratio"], ["zip bomb", "max_zip_ratio"]),
    "zip-bomb-parts.docx": (["320.0 mb", "max-unzipped-mb"], ["320.0 mb", "max-unzipped-mb"]),
    "zip-size-lie.docx": (["zip"], ["zip"]),
    "billion-laughs.docx": (["entity"], ["entity"]),
    "glyph-bomb.pdf": (["halaman 1", "100000 objek"], ["page 1", "100000 objects"]),
}


@dataclass
class Run:
    status: int
    stdout: str
    stderr: str
    seconds: float
    max_rss: int  # bytes


_IN_FOLDER = """
import os, runpy, sys
os.chdir(sys.argv[1]); peak = sys.argv[2]; sys.argv = ['sopcheck'] + sys.argv[3:]
try:
    runpy.run_module('sopcheck.cli', run_name='__main__')
finally:
    if os.path.exists('/proc/self/status'):
        with open('/proc/self/status') as status, open(peak, 'w') as out:
            out.write(next(line for line in status if line.startswith('VmHWM:')).split()[1])
"""
"""``python -m sopcheck.cli`` run in the folder given as the first argument, writing its peak
resident memory (``VmHWM``, KiB) to the file given as the second when it ends."""


def run_cli(args: list[str], cwd: Path) -> Run:
    """Run ``python -m sopcheck.cli ARGS`` in ``cwd``; measure wall time and peak RSS.

    The peak is the child's own ``VmHWM`` (Linux), read by the child as it ends: the
    ``ru_maxrss`` that ``wait4`` reports keeps, across ``exec``, the high-water mark of the
    memory the child started in, which for a forked or ``posix_spawn``-ed child is the test
    process's own (about 1 GB once the OCR tests ran). Elsewhere, and for a killed child,
    ``ru_maxrss`` is the measure."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8", NO_COLOR="1", COLUMNS="200")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.TemporaryDirectory() as scratch:
        peak = Path(scratch) / "peak"
        started = time.monotonic()
        pid = os.posix_spawn(
            sys.executable, [sys.executable, "-c", _IN_FOLDER, str(cwd), str(peak), *args], env,
            file_actions=[(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                          (os.POSIX_SPAWN_DUP2, out.fileno(), 1), (os.POSIX_SPAWN_DUP2, err.fileno(), 2)],
            setsid=True)
        while True:
            done, wstatus, usage = os.wait4(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() - started > KILL_AFTER:
                os.killpg(pid, signal.SIGKILL)
                done, wstatus, usage = os.wait4(pid, 0)
                break
            time.sleep(0.02)
        seconds = time.monotonic() - started
        status = os.waitstatus_to_exitcode(wstatus)
        out.seek(0)
        err.seek(0)
        # ru_maxrss is in KiB on Linux, bytes on macOS
        scale = 1 if sys.platform == "darwin" else 1024
        written = peak.read_text() if peak.exists() else ""
        max_rss = int(written) * 1024 if written else usage.ru_maxrss * scale
        return Run(status, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                   seconds, max_rss)


def _assert_bounded(run: Run, what: str) -> None:
    assert "Traceback" not in run.stdout and "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.seconds < SECONDS, f"{what} took {run.seconds:.1f} s"
    assert run.max_rss < MEMORY_BYTES, f"{what} peaked at {run.max_rss / 2**20:.0f} MiB"


def _words_in(message: str, words: list[str]) -> None:
    low = message.lower()
    for word in words:
        assert word.lower() in low, f"{word!r} not in: {message}"


@pytest.mark.parametrize("name", sorted(BIG))
def test_check_big_file_in_a_child(name, tmp_path):
    run = run_cli(["check", str(BAD / name), "--format", "json", "--no-cache"], cwd=tmp_path)
    _assert_bounded(run, name)
    assert run.status == 1, (run.status, run.stderr[-2000:])
    report = json.loads(run.stdout)
    findings = report["findings"]
    assert len(findings) == 1, findings
    finding = findings[0]
    assert finding["rule"] == EXPECTED[name] and finding["severity"] == "error", finding
    assert name in finding["message"]
    _words_in(finding["message"], BIG[name][0])
    assert report["summary"]["files"] == 1 and report["summary"]["errors"] == 1
    print(f"{name}: {run.seconds:.2f} s, {run.max_rss / 2**20:.0f} MiB")


def test_pdf_stream_bomb_refused_before_inflating(tmp_path):
    """A 0.5 MB PDF whose page content inflates to 500 MiB: refused per page, bounded."""
    bomb = tmp_path / "stream-bomb.pdf"
    # built in its own process: a child's peak memory counts the parent's at fork time
    subprocess.run([sys.executable, "-c", "import sys, build; sys.stdout.buffer.write(build.pdf_stream_bomb(500))"],
                   cwd=BAD, stdout=bomb.open("wb"), check=True)
    run = run_cli(["check", str(bomb), "--format", "json", "--no-cache"], cwd=tmp_path)
    _assert_bounded(run, bomb.name)
    findings = json.loads(run.stdout)["findings"]
    assert [(f["rule"], f["severity"]) for f in findings] == [("resource-limit", "error")]
    _words_in(findings[0]["message"], ["halaman 1", "bom aliran pdf", "32 mib"])
    assert run.max_rss < 400 * 2**20, f"{run.max_rss / 2**20:.0f} MiB"


@pytest.mark.parametrize("name", sorted(BIG))
def test_big_file_message_in_english(name):
    result = check_file(BAD / name, lang="en")
    assert [f.rule for f in result.findings] == [EXPECTED[name]]
    _words_in(result.findings[0].message, BIG[name][1])


def test_audit_over_big_files_in_a_child(tmp_path):
    root = tmp_path / "root"
    dinas = root / "dinas-uji"
    dinas.mkdir(parents=True)
    for name in BIG:
        shutil.copyfile(BAD / name, dinas / name)
    shutil.copyfile(BAD / "letter.docx", dinas / "letter.docx")
    run = run_cli(["audit", "root", "--no-progress", "--jobs", "2", "--json", "audit.json"], cwd=tmp_path)
    _assert_bounded(run, "audit")
    assert run.status == 1, (run.status, run.stderr[-2000:])
    report = json.loads((tmp_path / "audit.json").read_text(encoding="utf-8"))
    by_file: dict[str, list[str]] = {}
    for finding in report["findings"]:
        by_file.setdefault(Path(finding["path"]).name, []).append(finding["rule"])
    expected = {name: [EXPECTED[name]] for name in BIG} | {"letter.docx": ["not-an-sop"]}
    assert by_file == expected
    print(f"audit of {len(expected)} files: {run.seconds:.2f} s, {run.max_rss / 2**20:.0f} MiB")


def test_memory_measure_sees_the_child(tmp_path):
    """The measuring helper itself: a child holding 300 MiB reports at least that much."""
    env = dict(os.environ)
    proc = subprocess.Popen([sys.executable, "-c", "b = bytearray(300 * 2**20); b[::4096] = b'x' * len(b[::4096])"],
                            env=env, cwd=tmp_path)
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    scale = 1 if sys.platform == "darwin" else 1024
    assert usage.ru_maxrss * scale >= 300 * 2**20


# ------------------------------------------------------------------ timeout_per_file

needs_alarm = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM/setitimer")


def _runaway_reader(monkeypatch):
    """Make ``runaway.docx`` loop for ever inside the DOCX reader; other files read normally."""
    from sopcheck.readers import docx

    real = docx.read_docx

    def read_docx(path, limits=DEFAULT):
        if Path(path).name == "runaway.docx":
            while True:
                pass
        return real(path, limits)

    monkeypatch.setattr(docx, "read_docx", read_docx)


@needs_alarm
def test_timeout_per_file_stops_a_runaway_and_the_batch_goes_on(tmp_path, monkeypatch):
    _runaway_reader(monkeypatch)
    runaway = tmp_path / "runaway.docx"
    shutil.copyfile(BAD / "letter.docx", runaway)
    limits = Limits(timeout_per_file=1)
    results, times = [], []
    for path in (runaway, BAD / "letter.docx", runaway):
        started = time.monotonic()
        results.append(check_file(path, limits=limits))
        times.append(time.monotonic() - started)
    first, letter, again = results
    for result, seconds in ((first, times[0]), (again, times[2])):
        assert [f.rule for f in result.findings] == ["resource-limit"]
        assert "runaway.docx" in result.findings[0].message
        assert "1 detik" in result.findings[0].message and "timeout-per-file" in result.findings[0].message
        assert 0.9 <= seconds < 5, seconds
    assert [f.rule for f in letter.findings] == ["not-an-sop"]
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@needs_alarm
def test_cli_timeout_per_file_flag(tmp_path, monkeypatch, capsys):
    from sopcheck.cli import main

    _runaway_reader(monkeypatch)
    runaway = tmp_path / "runaway.docx"
    shutil.copyfile(BAD / "letter.docx", runaway)
    monkeypatch.chdir(tmp_path)
    started = time.monotonic()
    status = main(["check", str(runaway), str(BAD / "letter.pdf"), "--format", "json", "--no-cache",
                   "--timeout-per-file", "1", "--lang", "en"])
    elapsed = time.monotonic() - started
    report = json.loads(capsys.readouterr().out)
    assert status == 1
    by_name = {Path(f["path"]).name: f for f in report["findings"]}  # report order follows full paths
    assert len(report["findings"]) == 2
    assert by_name["runaway.docx"]["rule"] == "resource-limit" and by_name["letter.pdf"]["rule"] == "not-an-sop"
    assert "after 1 seconds" in by_name["runaway.docx"]["message"]
    assert elapsed < 10


@needs_alarm
def test_audit_timeout_per_file(tmp_path, monkeypatch):
    from sopcheck.audit.engine import run_audit
    from sopcheck.audit.task import TaskOptions

    _runaway_reader(monkeypatch)
    dinas = tmp_path / "root" / "dinas-uji"
    dinas.mkdir(parents=True)
    shutil.copyfile(BAD / "letter.docx", dinas / "runaway.docx")
    shutil.copyfile(BAD / "letter.docx", dinas / "surat.docx")
    started = time.monotonic()
    run = run_audit(tmp_path / "root", jobs=1, executor="inline", options=TaskOptions(timeout_per_file=1))
    try:
        elapsed = time.monotonic() - started
        rules = sorted((Path(f.path).name, f.rule) for f in run.store.findings())
    finally:
        run.store.close()
    assert rules == [("runaway.docx", "resource-limit"), ("surat.docx", "not-an-sop")]
    assert elapsed < 10


# ------------------------------------------------------------------ a long but valid SOP table

def _long_sop(target: Path, n_steps: int) -> Path:
    """``corpus/probolinggo-laporan-kinerja.docx`` with ``n_steps`` extra flowchart rows after
    step 2, numbered on, each with its own kelengkapan (a result no step makes) and output that
    match no other step's (so ``output-input-mismatch`` looks each kelengkapan up among every
    earlier output and reports it)."""
    import copy

    from docx_edit import W, edited_copy, step_row

    def grow(root):
        row = step_row(root, "2")
        parent, at = row.getparent(), row.getparent().index(row)
        for k in range(n_steps):
            new = copy.deepcopy(row)
            cells = new.findall(f"{{{W}}}tc")
            for col, text in ((0, str(3 + k)), (8, f"Hasil k{k} alfa"), (10, f"Berkas o{k} beta")):
                runs = list(cells[col].iter(f"{{{W}}}t"))
                for t in runs:
                    t.text = ""
                runs[0].text = text
            parent.insert(at + 1 + k, new)

    return edited_copy(BAD.parent.parent / "corpus" / "probolinggo-laporan-kinerja.docx", target, [grow])


def test_sop_with_thousands_of_steps_is_checked_in_seconds(tmp_path):
    """2,000 steps (under max-table-rows): every rule runs, within the time bound, no timeout.
    ``output-input-mismatch`` once compared each kelengkapan with every earlier output in
    Python (quadratic: over a minute here, ended by the per-file time limit)."""
    path = _long_sop(tmp_path / "sop-2000-langkah.docx", 2000)
    run = run_cli(["check", str(path), "--format", "json", "--no-cache", "--timeout-per-file", "30"],
                  cwd=tmp_path)
    _assert_bounded(run, path.name)
    rules = [f["rule"] for f in json.loads(run.stdout)["findings"]]
    assert "resource-limit" not in rules and "unreadable-file" not in rules, rules[:5]
    assert rules.count("output-input-mismatch") >= 2000
    print(f"{path.name}: {run.seconds:.2f} s, {run.max_rss / 2**20:.0f} MiB")


# ------------------------------------------------------------------ what a limit message advises

_RAISE = {"id": re.compile(r"naikkan (?:batas )?([a-z][a-z_-]+)"), "en": re.compile(r"raise (?:the )?([a-z][a-z_-]+)")}


def _limit_messages() -> list[tuple[str, str]]:
    """Every ``resource-limit`` message sopcheck can give, in both languages, as (lang, text)."""
    from sopcheck.guard import _timeout_error
    from sopcheck.readers.sniff import _too_many_entries

    errors = [_timeout_error(60, "x.docx"), _too_many_entries("x.docx", 9000, DEFAULT)]
    out = [(lang, e.message(lang)) for e in errors for lang in ("id", "en")]
    for name, rule in EXPECTED.items():
        if rule == "resource-limit":
            out += [(lang, check_file(BAD / name, lang=lang).findings[0].message) for lang in ("id", "en")]
    return out


def test_limit_messages_only_advise_raising_a_settable_limit():
    """A message that says "raise X" names a ``[limits]`` key of sopcheck.toml (or a flag), as
    the user writes it: ``max_zip_ratio`` or ``timeout_per_file`` cannot be set there."""
    from sopcheck.config import LIMIT_KEYS

    advised = []
    for lang, message in _limit_messages():
        for key in _RAISE[lang].findall(message):
            advised.append(key)
            assert key in LIMIT_KEYS or key in ("the", "limit", "batasnya"), (key, message)
    assert {"max-pages", "max-table-rows", "max-unzipped-mb", "timeout-per-file"} <= set(advised)
