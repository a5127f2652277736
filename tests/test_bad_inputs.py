"""Every broken or hostile file in ``tests/bad`` costs exactly one error finding, fast,
without touching the file and without leaking what an external entity points at.

The expected rule of each file is in ``tests/bad/expected.json`` (see ``build.py`` for what
each file is). Several outcomes depend on the DOCX and PDF readers and the layout stage.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from sopcheck.api import check_file
from sopcheck.guard import time_limit

BAD = Path(__file__).parent / "bad"
EXPECTED: dict[str, str] = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))

XXE_SECRET = "SOPCHECK-XXE-SECRET-5d0c7e1b9a"
"""Written to the file the committed ``xxe.docx`` points at (``/tmp/sopcheck-xxe-secret.txt``).
A constant, so concurrent test runs on one machine write the same content."""

SECONDS = 10.0
"""Wall-clock budget (seconds) for one bad file."""

# Words (lower case) of which the Indonesian message must hold at least one: it says what
# is wrong, not just that something is.
MENTIONS: dict[str, list[str]] = {
    "empty.docx": ["kosong", "0 bita"],
    "empty.pdf": ["kosong", "0 bita"],
    "truncated-zip.docx": ["zip rusak", "terpotong"],
    "zip-no-document.docx": ["word/document.xml"],
    "xlsx-renamed.docx": ["excel", "xlsx"],
    "odt-renamed.docx": ["opendocument", "odt"],
    "malformed-xml.docx": ["xml"],
    "xxe.docx": ["entity", "doctype", "entitas"],
    "billion-laughs.docx": ["entity", "doctype", "entitas"],
    "zip-bomb.docx": ["bom zip", "max_zip_ratio", "max-unzipped-mb"],
    "legacy.doc": ["97-2003", ".doc"],
    "legacy-renamed.docx": ["97-2003", ".doc"],
    "encrypted-ooxml.docx": ["kata sandi"],
    "html-renamed.docx": ["html"],
    "rtf-renamed.docx": ["rtf"],
    "text-renamed.docx": ["teks biasa"],
    "png-renamed.pdf": ["png", "gambar"],
    "truncated.pdf": ["pdf"],
    "broken-xref.pdf": ["sop"],
    "zero-pages.pdf": ["halaman"],
    "encrypted.pdf": ["kata sandi", "terenkripsi"],
    "scanned.pdf": ["pindai", "teks", "ocr"],
    "letter.docx": ["sop"],
    "letter.pdf": ["sop"],
    "gridspan-overflow.docx": ["sop"],
    "pages-2000.pdf": ["2000 halaman"],
    "pages-count-lie.pdf": ["halaman"],
    "page-tree-loop.pdf": ["halaman"],
    "rows-20000.docx": ["max-table-rows"],
    "long-text.docx": ["max-pages"],
    "zip-bomb-parts.docx": ["max-unzipped-mb"],
    "zip-size-lie.docx": ["zip"],
    "corrupt-member.docx": ["zip"],
    "jpeg-renamed.docx": ["jpeg"],
    "html-renamed.pdf": ["html"],
    "xxe-padded.docx": ["entity", "doctype", "entitas"],
    "glyph-bomb.pdf": ["halaman 1", "objek"],
    "image-bomb.pdf": ["max-page-pixels"],
    "corrupt-image.pdf": ["rusak"],
    "scan-pages-2000.pdf": ["2000 halaman"],
}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module", autouse=True)
def xxe_secret():
    """Put the secret where ``xxe.docx``'s external entity points."""
    spec = importlib.util.spec_from_file_location("sopcheck_bad_build", BAD / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    secret = Path(build.XXE_SECRET_PATH)
    if not secret.exists() or secret.read_text(encoding="utf-8", errors="replace") != XXE_SECRET:
        secret.write_text(XXE_SECRET, encoding="utf-8")
    return build


def test_expectations_cover_every_file():
    built = {p.name for p in BAD.iterdir() if p.name not in ("build.py", "expected.json") and p.is_file()}
    assert built == set(EXPECTED) == set(MENTIONS)


def _check(path: Path, lang: str = "id"):
    started = time.monotonic()
    with time_limit(SECONDS * 2, str(path)):  # a hang becomes a failure, not a stuck suite
        result = check_file(path, lang=lang)
    return result, time.monotonic() - started


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_costs_one_finding(name, capsys, caplog):
    path = BAD / name
    before = _sha(path)
    siblings = sorted(p.name for p in BAD.iterdir())
    result, elapsed = _check(path)

    assert elapsed < SECONDS, f"{name} took {elapsed:.1f} s"
    assert len(result.findings) == 1, [(f.rule, f.message) for f in result.findings]
    finding = result.findings[0]
    assert finding.severity == "error"
    assert finding.rule == EXPECTED[name], finding.message
    assert finding.path == str(path)
    assert name in finding.message, f"the message does not name the file: {finding.message}"
    assert str(BAD) not in finding.message, "the message names the file, not its folder (the path is in path)"
    message = finding.message.lower()
    assert any(word in message for word in MENTIONS[name]), finding.message
    if EXPECTED[name] != "not-an-sop":
        assert result.documents == []

    assert _sha(path) == before, f"{name} was modified"
    assert sorted(p.name for p in BAD.iterdir()) == siblings, "files were created next to the input"
    out = capsys.readouterr()
    for text in (repr(result), finding.message, out.out, out.err, caplog.text):
        assert XXE_SECRET not in text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_english_message(name):
    result, _ = _check(BAD / name, lang="en")
    assert [f.rule for f in result.findings] == [EXPECTED[name]]
    assert name in result.findings[0].message
    assert XXE_SECRET not in repr(result)


@pytest.mark.parametrize("variant", ["document", "letter-body"])
def test_xxe_secret_never_leaks(tmp_path, xxe_secret, variant, capsys):
    """A fresh XXE document pointing at a fresh secret, as the sole or as an inline entity."""
    build = xxe_secret
    secret_value = f"RAHASIA-{variant}-{time.time_ns()}"
    secret = tmp_path / "secret.txt"
    secret.write_text(secret_value, encoding="utf-8")
    prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
    lines = build.LETTER_LINES if variant == "letter-body" else ["Nama SOP"]
    body = "".join(build._paragraph(f"{line} &xxe;") for line in lines)
    path = tmp_path / "xxe.docx"
    path.write_bytes(build._docx(build._document_xml(body, prolog)))
    result, _ = _check(path)
    out = capsys.readouterr()
    assert [f.rule for f in result.findings] == ["unreadable-file"]
    for text in (repr(result), out.out, out.err):
        assert secret_value not in text


# ------------------------------------------------------------ every output format, via the CLI

LEAKY = ["xxe.docx", "xxe-padded.docx", "billion-laughs.docx"]
"""Files whose entities must never be expanded into any output."""

LAUGHS = "lollollollol"
"""What even a partial expansion of billion-laughs.docx's entities would print."""


def _cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", COLUMNS="200")
    return subprocess.run([sys.executable, "-m", "sopcheck.cli", *args], check=False, cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120)


def _assert_no_leak(text: str, where: str) -> None:
    assert XXE_SECRET not in text, f"the XXE secret leaked into {where}"
    assert LAUGHS not in text, f"an entity expansion leaked into {where}"


def _tree_text(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` as text; zips (xlsx) member by member."""
    out = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if data[:4] == b"PK\x03\x04":
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    out[f"{path}!{info.filename}"] = zf.read(info).decode("utf-8", "replace")
        else:
            out[str(path)] = data.decode("utf-8", "replace")
    return out


@pytest.mark.parametrize("fmt", ["rich", "json", "concise", "sarif", "github"])
def test_no_leak_in_check_formats(fmt, tmp_path):
    files = [str(BAD / name) for name in LEAKY]
    run = _cli(["check", *files, "--format", fmt], cwd=tmp_path)  # with the parse cache
    assert run.returncode == 1, run.stderr[-2000:]
    assert "Traceback" not in run.stdout + run.stderr
    for name in LEAKY:
        assert name in run.stdout, f"{name} not reported in --format {fmt}"
    _assert_no_leak(run.stdout, f"check --format {fmt} (stdout)")
    _assert_no_leak(run.stderr, f"check --format {fmt} (stderr)")
    for where, text in _tree_text(tmp_path).items():  # the cache, if anything was cached
        _assert_no_leak(text, where)


def test_no_leak_in_check_output_file_and_english(tmp_path):
    run = _cli(["check", *[str(BAD / n) for n in LEAKY], "--format", "json", "--lang", "en",
                "--output", "report.json"], cwd=tmp_path)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    report = (tmp_path / "report.json").read_text(encoding="utf-8")
    assert sorted(Path(f["path"]).name for f in json.loads(report)["findings"]) == sorted(LEAKY)
    _assert_no_leak(report + run.stdout + run.stderr, "check --output")


@pytest.mark.parametrize("fmt", ["json", "rich"])
def test_no_leak_in_parse(fmt, tmp_path):
    run = _cli(["parse", *[str(BAD / n) for n in LEAKY], "--format", fmt], cwd=tmp_path)
    assert run.returncode == 1, run.stderr[-2000:]
    assert "Traceback" not in run.stdout + run.stderr
    for name in LEAKY:
        assert name in run.stderr  # the reason each file could not be parsed
    _assert_no_leak(run.stdout + run.stderr, f"parse --format {fmt}")


def test_no_leak_in_audit_reports(tmp_path):
    root = tmp_path / "root"
    for i, name in enumerate(LEAKY):
        (root / f"dinas-{i}").mkdir(parents=True)
        shutil.copyfile(BAD / name, root / f"dinas-{i}" / name)
    shutil.copyfile(BAD / "letter.docx", root / "dinas-0" / "letter.docx")
    out = tmp_path / "out"
    out.mkdir()
    run = _cli(["audit", str(root), "--no-progress", "--jobs", "2", "--html", "out/a.html", "--csv", "out/a.csv",
                "--xlsx", "out/a.xlsx", "--json", "out/a.json"], cwd=tmp_path)
    assert run.returncode == 1, run.stderr[-2000:]
    assert "Traceback" not in run.stdout + run.stderr
    _assert_no_leak(run.stdout + run.stderr, "audit console")
    texts = _tree_text(out)
    assert {Path(k.split("!")[0]).name for k in texts} == {"a.html", "a.csv", "a.xlsx", "a.json"}
    for where, text in texts.items():
        _assert_no_leak(text, where)
    for name in LEAKY:
        assert name in (out / "a.csv").read_text(encoding="utf-8-sig")
    from openpyxl import load_workbook

    workbook = load_workbook(out / "a.xlsx", read_only=True)
    cells = [str(v) for ws in workbook.worksheets for row in ws.iter_rows(values_only=True) for v in row
             if v is not None]
    workbook.close()
    _assert_no_leak("\n".join(cells), "audit --xlsx (cells)")
    assert any("xxe-padded.docx" in c for c in cells)


def test_the_parser_itself_resolves_no_entity():
    """Behind the DOCTYPE refusal, the parser sopcheck uses resolves no entity at all: neither
    an external one (the secret file) nor an internal one."""
    from lxml import etree

    from sopcheck.readers.safexml import _PARSER

    secret_path = Path("/tmp/sopcheck-xxe-secret.txt")
    xml = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://' + str(secret_path).encode()
           + b'"><!ENTITY y "lollollollol">]><d>&x;|&y;</d>')
    root = etree.fromstring(xml, _PARSER)
    text = "".join(root.itertext())
    assert XXE_SECRET not in text and LAUGHS not in text, text


def test_utf16_billion_laughs_is_named_as_such(tmp_path, xxe_secret):
    """A UTF-16 part hides ``<!DOCTYPE``/``<!ENTITY`` from a byte scan; the message still says
    what is wrong (entity declarations), not only that libxml2 gave up on amplification."""
    build = xxe_secret
    laughs = ('<!DOCTYPE w:document [<!ENTITY a "lollollollol">'
              + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9)) + "]>\n")
    xml = build._document_xml(build._paragraph("x &j;"), laughs).decode("utf-8")
    xml = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    path = tmp_path / "laughs-utf16.docx"
    path.write_bytes(build._docx(xml.encode("utf-16")))
    result, elapsed = _check(path)
    assert elapsed < SECONDS
    assert [f.rule for f in result.findings] == ["unreadable-file"]
    assert "DOCTYPE/ENTITY" in result.findings[0].message, result.findings[0].message
    assert LAUGHS not in repr(result)
