"""The real scans and picture flowcharts, read by the raster reader, against what a person
read on the same pages (``tests/real_wild_by_eye.py``, written before sopcheck's output was
looked at): every step, its number, the role column(s) holding its symbol(s), its symbol,
kegiatan and waktu. Skipped when ``../shared/real`` is absent.

* the office scan (300 ppi grey JPEG, every page stored sideways with /Rotate 270) and the
  phone photo (CamScanner, 72 ppi colour on a 32-inch page, keystone and page curl) of
  Diskominfo Kalimantan Barat;
* three BPS Bengkulu PDFs whose flowchart page is a picture (general__207 in two stacked
  JPEGs cutting row 6 in half), and it__001, whose symbols are one image over a vector table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rapidfuzz import fuzz
from real_wild_by_eye import KALBAR_IOS, KALBAR_IOS_SOP, KALBAR_SCAN, KALBAR_SCAN_SOP, PICTURES

from sopcheck.api import check_file
from sopcheck.model import principal

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"
pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real not present")

KINDS = {"T": "terminator", "P": "process", "D": "decision", "O": "offpage", "C": "connector",
         "W": "process", "M": "process"}
"""By-eye shape codes as sopcheck's model names them: a document (W) or trapezoid (M) shape
drawn for a step is read as the step's box."""

CASES = {
    KALBAR_SCAN: (REAL / "wild" / KALBAR_SCAN, [1, 2], KALBAR_SCAN_SOP.procedures[0].pelaksana,
                  [(s.number, s.kegiatan, s.symbols, s.waktu) for s in KALBAR_SCAN_SOP.procedures[0].steps]),
    KALBAR_IOS: (REAL / "wild" / KALBAR_IOS, [1, 2], KALBAR_IOS_SOP.procedures[0].pelaksana,
                 [(s.number, s.kegiatan, s.symbols, s.waktu) for s in KALBAR_IOS_SOP.procedures[0].steps]),
    **{stem: (REAL / "bps-bengkulu", list(pic.pages) if stem != "it__001" else [], pic.pelaksana,
              [(n, k, code, w) for n, k, code, w, _ in pic.steps]) for stem, pic in PICTURES.items()},
}
HEADER_MERGED = {"it__001"}
"""it__001 draws no vertical rule between its three role columns (header or body): its text
layer gives one merged role header, so its steps are checked for their symbols, not columns."""


def _key(text: str) -> str:
    return "".join(text.split()).casefold()


def _roles(code: str, pelaksana) -> list[str]:
    cols = sorted({int(mark[1:]) - 1 for mark in code.split()})
    return [_key(pelaksana[i]) for i in cols]


@pytest.fixture(scope="module", params=sorted(CASES), ids=lambda n: n.split(".")[0][:40])
def read(request):
    name = request.param
    where, ocr_pages, pelaksana, steps = CASES[name]
    path = where if where.suffix == ".pdf" else next(where.glob(f"{name}.*"))
    return name, check_file(path), ocr_pages, pelaksana, steps


def test_every_step_is_read_as_seen(read):
    name, result, ocr_pages, pelaksana, steps = read
    assert len(result.documents) == 1, result.findings
    [doc] = result.documents
    assert doc.ocr_pages == ocr_pages
    got = [s for p in doc.procedures for s in p.steps]
    assert len(got) == len(steps)
    for step, (number, kegiatan, code, waktu) in zip(got, steps):
        where = (name, number)
        assert step.number_raw.rstrip(".") == (number or "").rstrip("."), where
        assert step.symbol == principal(KINDS[m[0]] for m in code.split()), where
        if name not in HEADER_MERGED:
            assert [_key(p) for p in step.pelaksana] == _roles(code, pelaksana), where
        assert fuzz.ratio(step.kegiatan, kegiatan) >= 90, where
        # one letter may be misread (statistics__201's screenshot, red spell-check waves under
        # every word: "2 minggu" read "2 mingau"); a wrong cell or a lost line scores far lower
        assert fuzz.ratio(_key(step.waktu.raw), _key(waktu)) >= 85, (where, step.waktu.raw)


def test_role_headers_are_read(read):
    name, result, _, pelaksana, _ = read
    if name in HEADER_MERGED:
        pytest.skip("one merged role header in the text layer")
    assert [_key(p) for p in result.documents[0].procedures[0].pelaksana] == [_key(p) for p in pelaksana]


def test_no_missing_flowchart_or_symbols(read):
    """The picture flowcharts get their procedures: no missing-flowchart, no symbols-not-found."""
    _, result, _, _, _ = read
    assert not {f.rule for f in result.findings} & {"missing-flowchart", "symbols-not-found", "no-text-layer"}


def test_ocr_off_gives_one_no_text_layer_for_the_scans():
    from dataclasses import replace

    from sopcheck.limits import DEFAULT_LIMITS

    for name in (KALBAR_SCAN, KALBAR_IOS):
        findings = check_file(REAL / "wild" / name, limits=replace(DEFAULT_LIMITS, ocr=False)).findings
        assert [(f.rule, f.severity) for f in findings] == [("no-text-layer", "error")]
