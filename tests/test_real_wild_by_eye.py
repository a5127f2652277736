"""The by-eye reading of the wild SOPs (:mod:`real_wild_by_eye`) is well formed and names real files.

This checks the data only (shapes, role indexes, pages, counts); how sopcheck reads the same
files is tested against it by the bundle and raster issues. The file checks skip when
``../shared/real`` is absent.
"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from real_wild_by_eye import (
    ALL_SOPS,
    CIMAHI,
    CIMAHI_SOPS,
    FILES,
    KALBAR_IOS,
    KALBAR_SCAN,
    KEDIRI,
    KEDIRI_TEMPLATE,
    LABELS,
    PICTURES,
    SCAN_PAGES,
    UNCERTAIN,
    WILD_SHAPE_CODES,
    step_number,
    symbols_of,
)

REAL = Path(__file__).resolve().parents[2] / "shared" / "real"
IDENTITY_TEXT = ("instansi", "nomor_sop", "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif", "disahkan_oleh",
                 "nama_sop")
IDENTITY_LISTS = ("dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan_perlengkapan", "peringatan",
                  "pencatatan_pendataan")
CODE = re.compile(r"[TPDOCWM][1-9]")


def _real(name: str) -> Path:
    folder, _ = FILES[name]
    if name.endswith((".pdf", ".docx")):
        return REAL / folder / name
    return next((REAL / folder).glob(f"{name}.*"))


def _check_code(code: str, roles: int, where) -> None:
    marks = code.split()
    assert marks, where
    for mark in marks:
        assert CODE.fullmatch(mark) and mark[0] in WILD_SHAPE_CODES, (where, mark)
        assert 1 <= int(mark[1:]) <= roles, (where, mark)


@pytest.mark.parametrize("name", sorted(ALL_SOPS))
def test_sops_are_well_formed(name):
    for index, sop in enumerate(ALL_SOPS[name], 1):
        first, last = sop.pages
        assert 1 <= first <= last, (name, index)
        identity = sop.identity
        for field in IDENTITY_TEXT:
            assert identity[field] is None or isinstance(identity[field], str), (name, index, field)
            assert identity[field] == (identity[field] or "").strip(), (name, index, field)
        for field in IDENTITY_LISTS:
            items = identity[field]
            assert isinstance(items, list) and items, (name, index, field)
            # an item keeps no number of its own and no stray whitespace
            assert all(i and i == " ".join(i.split()) and not re.match(r"\d{1,2}[.)]\s", i) for i in items), field
        assert identity["heading"] and identity["nama_sop"], (name, index)
        assert set(LABELS[name]) == set(IDENTITY_TEXT[1:]) | set(IDENTITY_LISTS), name
        for procedure in sop.procedures:
            assert len(set(procedure.pelaksana)) == len(procedure.pelaksana)
            for position, step in enumerate(procedure.steps, 1):
                where = (name, index, position)
                _check_code(step.symbols, len(procedure.pelaksana), where)
                assert step.kegiatan == " ".join(step.kegiatan.split()), where
                assert step.number is None or step_number(step.number) is not None, where
                assert first <= step.page <= last, where
            pages = [s.page for s in procedure.steps]
            assert pages == sorted(pages), (name, index)


def test_the_bundle_is_five_sops_over_eleven_pages():
    assert [s.pages for s in CIMAHI_SOPS] == [(1, 2), (3, 4), (5, 6), (7, 8), (9, 11)]
    assert [sum(len(p.steps) for p in s.procedures) for s in CIMAHI_SOPS] == [7, 6, 5, 8, 13]
    assert len({s.identity["nama_sop"] for s in CIMAHI_SOPS}) == 5
    # two unnumbered opening rows, and SOP 5 prints "4" twice
    assert [s.number for s in CIMAHI_SOPS[2].procedures[0].steps][:2] == [None, "1."]
    numbers = [step_number(s.number) for s in CIMAHI_SOPS[4].procedures[0].steps]
    assert numbers == [1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12]


def test_symbol_codes_decode():
    steps = CIMAHI_SOPS[0].procedures[0].steps
    assert symbols_of(steps[2].symbols, CIMAHI_SOPS[0].procedures[0].pelaksana) == [
        ("Kasubid", "offpage"), ("Kasubid", "process"), ("Kasubid", "document")]


@pytest.mark.parametrize("prefix", sorted(PICTURES))
def test_picture_flowcharts_are_well_formed(prefix):
    picture = PICTURES[prefix]
    numbers = [step_number(n) for n, *_ in picture.steps]
    assert numbers == list(range(1, len(numbers) + 1)), prefix
    for number, kegiatan, code, waktu, output in picture.steps:
        _check_code(code, len(picture.pelaksana), (prefix, number))
        assert kegiatan and waktu and output, (prefix, number)


def test_scan_pages_and_template_are_recorded():
    assert set(SCAN_PAGES) == {KALBAR_SCAN, KALBAR_IOS}
    for name, pages in SCAN_PAGES.items():
        assert sorted(pages) == [1, 2], name
        for page in pages.values():
            assert page.rotation in (0, 90, 180, 270)
            for _, (x0, y0, x1, y1) in page.marks:
                assert 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1, name
    assert KEDIRI_TEMPLATE["placeholders"]["{{judul}}"] == 3
    assert not KEDIRI_TEMPLATE["sop_ap_identitas_table"] and not KEDIRI_TEMPLATE["flowchart_table"]
    assert all(file in FILES for file, _ in UNCERTAIN)


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real not present")
@pytest.mark.parametrize("name", sorted(FILES))
def test_named_files_exist_with_the_pages_read(name):
    path = _real(name)
    assert path.is_file(), path
    if path.suffix != ".pdf":
        return
    with pdfplumber.open(path) as pdf:
        count = len(pdf.pages)
    expected = FILES[name][1]
    assert expected is None or count == expected, name
    read = [sop.pages[1] for sop in ALL_SOPS.get(name, ())] + list(PICTURES[name].pages if name in PICTURES else ())
    assert max(read) <= count, name


def test_every_file_is_read():
    assert set(FILES) == {CIMAHI, KALBAR_SCAN, KALBAR_IOS, KEDIRI} | set(PICTURES)
