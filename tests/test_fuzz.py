"""Property test: no mutation of a DOCX, of its ``word/document.xml`` or of a PDF makes an
exception escape :func:`sopcheck.api.check_file` or makes it run past the time limit.

Stricter, on the same examples: the pipeline itself (:func:`sopcheck.api.parse_file` then
the rules) raises nothing but a :class:`~sopcheck.errors.ReadError` naming the file. ``check_file``
turns any other exception into an ``unreadable-file`` finding asking users to report a bug;
a mutated file must never need that fallback, because its message tells the user nothing.

Seeds: ``corpus/probolinggo-laporan-kinerja.docx`` and ``.pdf`` (else the first
``corpus/**/*.docx`` / ``*.pdf``, else ``tests/bad/letter.docx`` / ``letter.pdf``), and
``tests/bad/letter.pdf`` (its content streams are not compressed, so byte edits reach the
content parser). Five targets: the DOCX bytes, the bytes of its ``word/document.xml``, that
XML edited as a tree (elements deleted, duplicated, moved; ``w:gridSpan``/``w:vMerge``/other
``w:val`` attributes set to odd values; text replaced) so it stays well formed and reaches
the table reader, layout stage and rules, the corpus PDF bytes and the letter PDF bytes.

Bounded for CI: about 60 examples over the five targets, derandomized, no example
database. For a longer run set ``SOPCHECK_FUZZ_EXAMPLES`` to the total number of examples,
e.g. ``SOPCHECK_FUZZ_EXAMPLES=3000 pytest tests/test_fuzz.py``.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from sopcheck.api import check_file, parse_file
from sopcheck.checks import RuleContext, run_rules
from sopcheck.checks.base import REGISTRY
from sopcheck.errors import ReadError
from sopcheck.guard import time_limit

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "bad"
TOTAL_EXAMPLES = int(os.environ.get("SOPCHECK_FUZZ_EXAMPLES", "60"))
PER_TEST = max(1, TOTAL_EXAMPLES // 5)
SECONDS_PER_FILE = 15.0
"""Wall-clock seconds one mutated file may take (parse + rules)."""

FUZZ = settings(max_examples=PER_TEST, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _seed(suffix: str) -> Path:
    preferred = ROOT / "corpus" / f"probolinggo-laporan-kinerja{suffix}"
    if preferred.is_file():
        return preferred
    corpus = ROOT / "corpus"
    found = sorted(p for p in corpus.rglob(f"*{suffix}") if p.is_file() and "scanned" not in p.parts) \
        if corpus.is_dir() else []
    return found[0] if found else BAD / f"letter{suffix}"


SEED_DOCX = _seed(".docx").read_bytes()
SEED_PDF = _seed(".pdf").read_bytes()
LETTER_PDF = (BAD / "letter.pdf").read_bytes()

with zipfile.ZipFile(io.BytesIO(SEED_DOCX)) as _zf:
    SEED_MEMBERS = [(info, _zf.read(info)) for info in _zf.infolist()]
SEED_XML = next(data for info, data in SEED_MEMBERS if info.filename == "word/document.xml")

# One edit: (kind, position, byte or length). Positions are taken modulo the data length.
_EDIT = st.tuples(
    st.sampled_from(["set", "flip", "delete", "insert", "truncate", "duplicate", "zero"]),
    st.integers(min_value=0, max_value=2**31),
    st.integers(min_value=0, max_value=255),
)
EDITS = st.lists(_EDIT, min_size=1, max_size=6)


def mutate(data: bytes, edits: list[tuple[str, int, int]]) -> bytes:
    """Apply ``edits`` to ``data``: overwrite, bit-flip, delete, insert, truncate, duplicate
    a span, or zero a span of up to 255 bytes."""
    buf = bytearray(data)
    for kind, pos, val in edits:
        if not buf:
            buf.append(val)
            continue
        i = pos % len(buf)
        if kind == "set":
            buf[i] = val
        elif kind == "flip":
            buf[i] ^= 1 << (val % 8)
        elif kind == "delete":
            del buf[i:i + 1 + val % 16]
        elif kind == "insert":
            buf[i:i] = bytes([val]) * (1 + val % 4)
        elif kind == "truncate":
            del buf[i:]
        elif kind == "duplicate":
            buf[i:i] = buf[i:i + 1 + val]
        elif kind == "zero":
            buf[i:i + 1 + val] = bytes(len(buf[i:i + 1 + val]))
    return bytes(buf)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ODD_VALUES = ["0", "-1", "1", "2", "63", "64", "65", "99999", "abc", "", "restart", "continue", "1e9", " "]
_TREE_EDIT = st.tuples(
    st.sampled_from(["delete", "duplicate", "move", "attr", "text"]),
    st.integers(min_value=0, max_value=2**31),
    st.integers(min_value=0, max_value=2**31),
    st.sampled_from(ODD_VALUES),
)
TREE_EDITS = st.lists(_TREE_EDIT, min_size=1, max_size=6)
_TREE_TAGS = [W + t for t in ("tr", "tc", "p", "r", "t", "tbl", "gridCol", "tcPr", "gridSpan", "vMerge",
                              "hMerge", "gridBefore", "gridAfter", "drawing", "pict", "tblGrid")]
_VAL_TAGS = [W + t for t in ("gridSpan", "vMerge", "hMerge", "gridBefore", "gridAfter", "pStyle", "b", "sz")]


def mutate_tree(xml: bytes, edits: list[tuple[str, int, int, str]]) -> bytes:
    """Apply ``edits`` to the element tree of ``xml`` (a WordprocessingML part) and serialise
    it again: well-formed XML with tables and cells deleted, duplicated or moved, odd
    ``w:val`` / ``w:w`` values and replaced text."""
    root = etree.fromstring(xml)
    for kind, a, b, value in edits:
        if kind == "attr":
            els = [el for el in root.iter(*_VAL_TAGS)] or [root]
            el = els[a % len(els)]
            el.set(W + ("val" if b % 3 else "w"), value)
            continue
        if kind == "text":
            els = list(root.iter(W + "t")) or [root]
            els[a % len(els)].text = value * (1 + b % 50)
            continue
        els = [el for el in root.iter(*_TREE_TAGS) if el.getparent() is not None]
        if not els:
            continue
        el = els[a % len(els)]
        parent = el.getparent()
        if kind == "delete":
            parent.remove(el)
        elif kind == "duplicate":
            for _ in range(1 + b % 3):
                el.addnext(etree.fromstring(etree.tostring(el)))
        elif kind == "move":
            target = els[b % len(els)]
            if target is not el and el not in target.iterancestors() and target.getparent() is not None:
                target.addnext(el)  # moving an element removes it from its old place
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def rezip(document_xml: bytes) -> bytes:
    """The seed DOCX with ``word/document.xml`` replaced (all else as it was)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info, data in SEED_MEMBERS:
            zf.writestr(info, document_xml if info.filename == "word/document.xml" else data)
    return out.getvalue()


def assert_checks_cleanly(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory(prefix="sopcheck-fuzz-") as tmp:
        path = Path(tmp) / f"mutated{suffix}"
        path.write_bytes(data)
        # 1. the public contract: check_file returns, within the time limit
        with time_limit(SECONDS_PER_FILE, str(path)):
            result = check_file(path)
        for finding in result.findings:
            assert finding.rule in REGISTRY, finding.rule
            assert finding.severity in ("error", "warning", "info")
            assert finding.message
            assert "dihentikan setelah" not in finding.message, finding.message  # timed out
        if not result.documents:
            assert len(result.findings) == 1 and result.findings[0].severity == "error", result.findings
        # 2. no exception but a ReadError naming the file leaves the pipeline
        with time_limit(SECONDS_PER_FILE, str(path)):
            try:
                docs = parse_file(path)
            except ReadError as exc:
                assert exc.rule in REGISTRY and REGISTRY[exc.rule].scope == "file", exc.rule
                assert path.name in exc.message("id") and path.name in exc.message("en"), exc.message("id")
                return
            assert docs
            for doc in docs:
                run_rules(doc, str(path), RuleContext())


def test_mutate_helper():
    assert mutate(b"abc", [("set", 1, ord("X"))]) == b"aXc"
    assert mutate(b"abc", [("truncate", 4, 0)]) == b"a"
    assert mutate(b"", [("delete", 0, 0)]) == b"\0"
    assert mutate(b"abcdef", [("zero", 2, 1)]) == b"ab\0\0ef"


@FUZZ
@given(EDITS)
def test_fuzz_docx_bytes(edits):
    assert_checks_cleanly(mutate(SEED_DOCX, edits), ".docx")


@FUZZ
@given(EDITS)
def test_fuzz_document_xml(edits):
    assert_checks_cleanly(rezip(mutate(SEED_XML, edits)), ".docx")


def test_mutate_tree_helper():
    xml = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           b'<w:p><w:r><w:t>a</w:t></w:r></w:p></w:body></w:document>')
    assert b"<w:t>xx</w:t>" in mutate_tree(xml, [("text", 0, 1, "x")])
    assert mutate_tree(xml, [("duplicate", 0, 0, "")]).count(b"<w:p>") == 2
    assert b"<w:p>" not in mutate_tree(xml, [("delete", 0, 0, "")])


@FUZZ
@given(TREE_EDITS)
def test_fuzz_document_tree(edits):
    assert_checks_cleanly(rezip(mutate_tree(SEED_XML, edits)), ".docx")


@FUZZ
@given(EDITS)
def test_fuzz_pdf_bytes(edits):
    assert_checks_cleanly(mutate(SEED_PDF, edits), ".pdf")


@FUZZ
@given(EDITS)
def test_fuzz_letter_pdf_bytes(edits):
    assert_checks_cleanly(mutate(LETTER_PDF, edits), ".pdf")
