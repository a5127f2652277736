"""The 39 real signed SOP AP PDFs of BPS Provinsi Bengkulu, read in place.

They live in ``../shared/real/bps-bengkulu`` next to the repository (never copied into it);
every test here skips when that folder is absent.

* Every file: no crash, an identitas with Nomor SOP and Nama SOP, at least one procedure,
  and a pelaksana for every step that has a symbol.
* The 35 files with a vector flowchart, read by eye (:mod:`real_by_eye`): every step's
  pelaksana is the role column(s) holding its symbols on the page, and for 27 of them each
  column's shape and the role headers as printed. ``bench/real_pdf_share.py`` prints the
  share of these steps sopcheck gets right.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from real_by_eye import BY_EYE, SHAPES_BY_EYE, VERIFIED, pelaksana_roles, pelaksana_seen

from sopcheck.api import parse_file
from sopcheck.model import SopDocument

REAL = Path(__file__).resolve().parents[2] / "shared" / "real" / "bps-bengkulu"
FILES = sorted(REAL.glob("*.pdf")) if REAL.is_dir() else []
pytestmark = pytest.mark.skipif(not FILES, reason="real BPS Bengkulu PDFs not present")

# The flowchart is a picture. In three files the whole flowchart page is an image (no
# ruling, no text but the e-signature footer), read by the raster reader with OCR;
# it__001 draws only the symbols as a picture over a vector table, placed into its cells.
# Their steps are checked against the by-eye reading in tests/test_raster_real.py.
PICTURE_FLOWCHART = {"general__207", "it__001", "statistics__201", "statistics__218"}
NO_FLOWCHART_TABLE = {"general__207", "statistics__201", "statistics__218"}


def stem(path: Path) -> str:
    return path.name.split(".")[0]


def real_file(prefix: str) -> Path:
    return next(p for p in FILES if stem(p) == prefix)


@functools.lru_cache(maxsize=None)
def parsed(name: str) -> SopDocument:
    [doc] = parse_file(REAL / name)
    return doc


def verified_share() -> tuple[int, int]:
    """(steps sopcheck gives the right pelaksana, steps verified by eye) over every file
    verified by eye (:data:`real_by_eye.VERIFIED`)."""
    right = total = 0
    for prefix in VERIFIED:
        doc = parsed(real_file(prefix).name)
        got = {s.number: tuple(s.pelaksana) for p in doc.procedures for s in p.steps}
        for number, roles in pelaksana_roles(prefix).items():
            total += 1
            right += got.get(number) == roles
    return right, total


@pytest.mark.parametrize("path", FILES, ids=stem)
def test_real_file_reads(path):
    doc = parsed(path.name)
    assert doc.identity is not None
    assert doc.identity.nomor_sop and doc.identity.nama_sop
    assert doc.procedures and all(p.steps for p in doc.procedures)
    for proc in doc.procedures:
        for step in proc.steps:
            if step.symbol is not None:
                assert step.pelaksana, (step.number, step.kegiatan)
    # pages read from pixels: the whole flowchart picture's page; none for it__001 (its
    # text is the text layer's, only its symbols come from the picture)
    assert bool(doc.ocr_pages) == (stem(path) in NO_FLOWCHART_TABLE)
    if stem(path) in PICTURE_FLOWCHART:
        assert all(s.symbol is not None for p in doc.procedures for s in p.steps)


def test_column_number_row_with_a_typo_is_no_step():
    # procurement__257 numbers its columns "(1) ... (5) (8) (7) (8)"
    doc = parsed(real_file("procurement__257").name)
    assert [s.number for s in doc.procedures[0].steps] == list(range(1, 15))


@pytest.mark.parametrize("prefix", VERIFIED)
def test_pelaksana_as_seen_on_the_page(prefix):
    doc = parsed(real_file(prefix).name)
    got = {s.number: tuple(s.pelaksana) for p in doc.procedures for s in p.steps}
    expected = pelaksana_roles(prefix)  # an off-page connector beside a step is no pelaksana
    assert {n: got.get(n) for n in expected} == expected


@pytest.mark.parametrize("prefix", sorted(SHAPES_BY_EYE))
def test_headers_and_shapes_as_seen_on_the_page(prefix):
    """Role headers as printed, and per step the shape in each marked column (the parse
    grid's glyphs); the step's symbol is the principal one of those."""
    from sopcheck.model import principal

    doc = parsed(real_file(prefix).name)
    assert [p.pelaksana for p in doc.procedures] == [SHAPES_BY_EYE[prefix][0]]
    got = {s.number: (tuple(s.pelaksana), tuple(s.role_symbols)) for s in doc.procedures[0].steps}
    expected = pelaksana_seen(prefix)
    assert {n: got.get(n) for n in expected} == expected
    symbols = {s.number: s.symbol for s in doc.procedures[0].steps}
    assert {n: symbols[n] for n in expected} == {n: principal(kinds) for n, (_, kinds) in expected.items()}


def test_by_eye_covers_every_file_with_a_vector_flowchart():
    assert set(VERIFIED) == {stem(p) for p in FILES} - PICTURE_FLOWCHART
    assert not BY_EYE.keys() & SHAPES_BY_EYE.keys()


def test_picture_flowcharts_are_read_not_reported_missing():
    """A flowchart pasted as a picture is read (issue 13): no real file has a
    missing-flowchart or symbols-not-found finding."""
    from sopcheck.api import check_file

    for path in FILES:
        rules = {f.rule for f in check_file(path, selected=["missing-flowchart", "symbols-not-found"]).findings}
        assert rules == set(), path.name


# Identitas lists as printed, read by eye (see real_by_eye): (field, number of items).
IDENTITY_ITEMS = {
    # the page numbers Kualifikasi "1. 2. 2. 3." (four lines)
    **{f"statistics__{n}": {"kualifikasi_pelaksana": 4, "dasar_hukum": 5}
       for n in ("128", "137", "146", "155", "164", "173", "182", "192", "227", "236", "245")},
    # Dasar Hukum items 4 and 5 are two lines each, their numbers centred between the lines
    "statistics__093": {"dasar_hukum": 5},
    "statistics__107": {"dasar_hukum": 5},
    # Dasar Hukum numbered "1," then "2." ... "10.", item 6 wrapped over three lines
    "general__064": {"dasar_hukum": 10},
    # Peringatan numbered from 3; the page's Peringatan cell is empty in it__037 (the
    # "Maksud dan tujuan" row below it is no Peringatan item)
    "it__305": {"peringatan": 2},
    "it__037": {"peringatan": 0},
    "it__341": {"peringatan": 1},
}


@pytest.mark.parametrize("prefix", sorted(IDENTITY_ITEMS))
def test_identitas_lists_as_printed(prefix):
    identity = parsed(real_file(prefix).name).identity
    got = {field: len(getattr(identity, field)) for field in IDENTITY_ITEMS[prefix]}
    assert got == IDENTITY_ITEMS[prefix]


# archives__076 prints "Maksud dan tujuan: ..." inside its Peringatan box (the value row under the labels
# PERINGATAN | PENCATATAN DAN PENDATAAN, beside the Pencatatan value): that is what the box holds. Elsewhere
# (it__037) it is a row of its own below the boxes, no item of either field.
MAKSUD_IN_PERINGATAN = {"archives__076"}


def test_identitas_items_lose_their_numbering_and_maksud_is_no_item():
    for path in FILES:
        identity = parsed(path.name).identity
        for field in ("dasar_hukum", "peringatan", "pencatatan_pendataan", "peralatan_perlengkapan"):
            for item in getattr(identity, field):
                assert not re.match(r"\d{1,2}[.,)]\s", item), (path.name, field, item)
                if not (field == "peringatan" and stem(path) in MAKSUD_IN_PERINGATAN):
                    assert not item.lower().startswith("maksud dan tujuan"), (path.name, field, item)
    archives = parsed(real_file("archives__076").name).identity
    assert archives.peringatan == ["Maksud dan tujuan: Melaksanakan kegiatan Persiapan SERUTI 2025"]
    assert archives.pencatatan_pendataan == ["Disimpan sebagai dokumen (hardcopy dan softcopy)"]
