"""Issue 17: inline suppression a DOCX author can write. ``sopcheck: abaikan RULE`` in a step's
Keterangan cell, or in a Word comment anchored in the step's row, silences that rule for that
step, and for nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS
from docx_edit import W, edited_copy, step_row

from sopcheck.api import check_file, parse_file
from sopcheck.checks.base import suppressed

PROBOLINGGO = CORPUS / "probolinggo-laporan-kinerja.docx"
TAPIN = CORPUS / "tapin-pengukuran-kinerja.docx"  # output-input-mismatch on steps 11 and 14


def _findings(path: Path) -> list[tuple]:
    return sorted((f.rule, f.procedure, f.step, f.message) for f in check_file(path).findings)


def _keterangan(number: str, text: str):
    """An edit appending ``text`` to the last cell (Keterangan) of step ``number``'s row."""
    def edit(root):
        cell = step_row(root, number).findall(f"{{{W}}}tc")[-1]
        p = cell.makeelement(f"{{{W}}}p", {})
        r = p.makeelement(f"{{{W}}}r", {})
        t = r.makeelement(f"{{{W}}}t", {})
        t.text = text
        r.append(t)
        p.append(r)
        cell.append(p)
    return edit


def _with_comment(src: Path, target: Path, number: str, text: str) -> Path:
    """``src`` with a Word comment reading ``text`` on the Kegiatan cell of step ``number``."""
    import docx

    document = docx.Document(str(src))
    for table in document.tables:
        for row in table.rows:
            if row.cells[0].text.strip() == number:
                runs = [r for p in row.cells[1].paragraphs for r in p.runs]
                document.add_comment(runs, text=text, author="Penyusun")
                document.save(str(target))
                return target
    raise AssertionError(f"no row numbered {number}")


def test_directive_syntax():
    assert suppressed(["sopcheck: abaikan output-input-mismatch"]) == {"output-input-mismatch"}
    assert suppressed(["Catatan. SOPCHECK : Abaikan SOP401, missing-output; lain"]) == {
        "output-input-mismatch", "missing-output"}
    assert suppressed(["sopcheck: ignore SOP50"]) >= {"missing-duration", "unparseable-duration"}
    assert suppressed(["sopcheck: abaikan"]) == {"*"}
    assert suppressed(["sopcheck: abaikan no-such-rule"]) == set()
    assert suppressed(["abaikan output-input-mismatch", "lihat SOP401"]) == set()  # no directive


def test_keterangan_directive_silences_that_rule_on_that_step_only(tmp_path):
    before = _findings(TAPIN)
    assert {(r, s) for r, _, s, _ in before if r == "output-input-mismatch"} == {
        ("output-input-mismatch", 11), ("output-input-mismatch", 14)}
    copy = edited_copy(TAPIN, tmp_path / "x.docx", [_keterangan("11", "sopcheck: abaikan output-input-mismatch")])
    after = _findings(copy)
    assert after == [f for f in before if not (f[0] == "output-input-mismatch" and f[2] == 11)]


def test_word_comment_directive(tmp_path):
    before = _findings(TAPIN)
    copy = _with_comment(TAPIN, tmp_path / "x.docx", "14", "Sudah dibahas: sopcheck: abaikan SOP401")
    step = next(s for s in parse_file(copy)[0].procedures[0].steps if s.number == 14)
    assert step.comments == ["Sudah dibahas: sopcheck: abaikan SOP401"]
    after = _findings(copy)
    assert any(f[0] == "output-input-mismatch" and f[2] == 14 for f in before)
    assert after == [f for f in before if not (f[0] == "output-input-mismatch" and f[2] == 14)]


def test_bare_directive_silences_every_rule_of_the_step_not_the_procedure(tmp_path):
    before = _findings(PROBOLINGGO)
    copy = edited_copy(PROBOLINGGO, tmp_path / "x.docx", [_keterangan("1", "sopcheck: abaikan")])
    after = _findings(copy)
    assert after == [f for f in before if f[2] != 1]
    assert any(f[1] == 1 and f[2] is None for f in after)  # procedure-level findings stay


@pytest.mark.parametrize("cache", [False, True])
def test_comments_survive_the_parse_cache(tmp_path, cache):
    from sopcheck.cache import ParseCache

    copy = _with_comment(PROBOLINGGO, tmp_path / "x.docx", "2", "sopcheck: abaikan SOP401")
    store = ParseCache(tmp_path / "cache") if cache else None
    check_file(copy, cache=store)
    result = check_file(copy, cache=store)  # the second run reads the cache when there is one
    assert not [f for f in result.findings if f.rule == "output-input-mismatch" and f.step == 2]
