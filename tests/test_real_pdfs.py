"""The 39 real signed SOP AP PDFs of BPS Provinsi Bengkulu, read in place.

They live in ``../shared/real/bps-bengkulu`` next to the repository (never copied into it);
every test here skips when that folder is absent.

* Every file: no crash, an identitas with Nomor SOP and Nama SOP, at least one procedure,
  and a pelaksana for every step that has a symbol.
* :data:`BY_EYE`: per file, per step number, the role column(s) holding the step's symbol
  as seen on the rendered page (``pdftoppm -png -r 60``, zoomed at 90-110 dpi where
  symbols sit close to a column line). ``bench/real_pdf_share.py`` prints the share of these
  steps sopcheck gets right.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from sopcheck.api import parse_file
from sopcheck.model import SopDocument

REAL = Path(__file__).resolve().parents[2] / "shared" / "real" / "bps-bengkulu"
FILES = sorted(REAL.glob("*.pdf")) if REAL.is_dir() else []
pytestmark = pytest.mark.skipif(not FILES, reason="real BPS Bengkulu PDFs not present")

# The flowchart is a picture. In three files the whole flowchart page is an image (no
# ruling, no text but the e-signature footer), so there is no table to read without OCR;
# it__001 draws only the symbols as a picture over a vector table.
PICTURE_FLOWCHART = {"general__207", "it__001", "statistics__201", "statistics__218"}
NO_FLOWCHART_TABLE = {"general__207", "statistics__201", "statistics__218"}

# file prefix -> {step number: role header(s) holding that step's symbol on the page}
BY_EYE: dict[str, dict[int, tuple[str, ...]]] = {
    "administrative__020": {  # Pembuatan Naskah Dinas - SK
        1: ("TIM",), 2: ("Kepala Bagian Umum",), 3: ("Tim Hukum",), 4: ("Sekretaris",),
        5: ("Kepala BPS",), 6: ("Sekretaris",), 7: ("Tim Hukum",), 8: ("TIM",),
    },
    "administrative__030": {  # Pengajuan Uang Persediaan ke KPPN
        1: ("Bendahara",), 2: ("Bendahara",), 3: ("Operator Pembayaran",), 4: ("PPK",),
        5: ("PPSPM",), 6: ("PPSPM",), 7: ("KPPN",), 8: ("Bendahara",),
    },
    "procurement__275": {  # Konsolidasi oleh PPK (table over two pages)
        1: ("PA/KPA",), 2: ("PPK",), 3: ("PPK",), 4: ("PPK",), 5: ("PPK",), 6: ("PA/KPA",),
        7: ("PA/KPA",),
    },
    "procurement__257": {  # Tender pascakualifikasi (three pages; step 4 is drawn under Pokja)
        1: ("Pokja Pemilihan",), 2: ("Peserta",), 3: ("Pokja Pemilihan",), 4: ("Pokja Pemilihan",),
        5: ("Pokja Pemilihan",), 6: ("Pokja Pemilihan",), 7: ("Pokja Pemilihan",),
        8: ("Pokja Pemilihan",), 9: ("Pokja Pemilihan",), 10: ("Pokja Pemilihan", "Peserta"),
        11: ("Pokja Pemilihan",), 12: ("Peserta",), 13: ("Pokja Pemilihan",),
        14: ("Pokja Pemilihan",),
    },
    "statistics__051": {  # Perbaikan Pembentukan Blok Sensus (several symbols per row)
        1: ("BPS Kab/Kota", "Sistem GS"), 2: ("BPS Kab/Kota", "Sistem GS", "PJK Wilkerstat"),
        3: ("PJK Wilkerstat",), 4: ("PJK Wilkerstat",), 5: ("BPS Kab/Kota",),
        6: ("Sistem GS", "PJK Wilkerstat"), 7: ("PJK Wilkerstat",), 8: ("PJK Wilkerstat",),
        9: ("PJK Wilkerstat",), 10: ("PJK Wilkerstat",),
    },
    "it__053": {  # Permintaan Setting Jaringan
        1: ("Pegawai", "Admin/ PJK TIP"), 2: ("Teknisi",), 3: ("Teknisi",), 4: ("Teknisi",),
        5: ("Teknisi",), 6: ("Pegawai", "Admin/ PJK TIP", "Teknisi"),
    },
    "it__012": {  # Pengumpulan Data Capaian Kinerja (step 7: all four columns)
        1: ("Tim Kerja",), 2: ("Tim Kerja",), 3: ("Tim Kerja",), 4: ("Tim Sakip",),
        5: ("Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi",), 6: ("Kepala",),
        7: ("Tim Kerja", "Tim Sakip", "Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi", "Kepala"),
        8: ("Tim Kerja",), 9: ("Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi", "Kepala"),
        10: ("Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi",),
        11: ("Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi",), 12: ("Tim Sakip",),
        13: ("Kepala",), 14: ("Tim Perencanaan, Penganggaran dan Pemantauan Evaluasi",),
    },
    "general__329": {  # NADA CERIA (no step 5 in the source)
        1: ("CA (PJ NADA CERIA)",), 2: ("CA (PJ NADA CERIA)",), 3: ("CA (PJ NADA CERIA)",),
        4: ("CA (PJ NADA CERIA)",), 6: ("Pegawai",), 7: ("CA (PJ NADA CERIA)",),
        8: ("CA (PJ NADA CERIA)",), 9: ("Reseptionist",), 10: ("Reseptionist",),
        11: ("CA (PJ NADA CERIA)",), 12: ("CC",),
    },
}


def stem(path: Path) -> str:
    return path.name.split(".")[0]


def real_file(prefix: str) -> Path:
    return next(p for p in FILES if stem(p) == prefix)


@functools.lru_cache(maxsize=None)
def parsed(name: str) -> SopDocument:
    return parse_file(REAL / name)


def verified_share() -> tuple[int, int]:
    """(steps sopcheck gives the right pelaksana, steps verified by eye) over :data:`BY_EYE`."""
    right = total = 0
    for prefix, expected in BY_EYE.items():
        doc = parsed(real_file(prefix).name)
        got = {s.number: tuple(s.pelaksana) for p in doc.procedures for s in p.steps}
        for number, roles in expected.items():
            total += 1
            right += got.get(number) == roles
    return right, total


@pytest.mark.parametrize("path", FILES, ids=stem)
def test_real_file_reads(path):
    doc = parsed(path.name)
    assert doc.identity is not None
    assert doc.identity.nomor_sop and doc.identity.nama_sop
    if stem(path) in NO_FLOWCHART_TABLE:
        assert doc.procedures == []  # nothing to read without OCR; see PICTURE_FLOWCHART
    else:
        assert doc.procedures and all(p.steps for p in doc.procedures)
    for proc in doc.procedures:
        for step in proc.steps:
            if step.symbol is not None:
                assert step.pelaksana, (step.number, step.kegiatan)
    if stem(path) in PICTURE_FLOWCHART:
        assert all(s.symbol is None for p in doc.procedures for s in p.steps)


def test_column_number_row_with_a_typo_is_no_step():
    # procurement__257 numbers its columns "(1) ... (5) (8) (7) (8)"
    doc = parsed(real_file("procurement__257").name)
    assert [s.number for s in doc.procedures[0].steps] == list(range(1, 15))


@pytest.mark.parametrize("prefix", sorted(BY_EYE))
def test_pelaksana_as_seen_on_the_page(prefix):
    doc = parsed(real_file(prefix).name)
    got = {s.number: tuple(s.pelaksana) for p in doc.procedures for s in p.steps}
    assert {n: got.get(n) for n in BY_EYE[prefix]} == BY_EYE[prefix]


def test_by_eye_covers_every_kind():
    kinds = {p.split("__")[0] for p in BY_EYE}
    assert {"administrative", "procurement", "statistics", "it", "general"} <= kinds
    assert len(BY_EYE) >= 8


def test_picture_flowcharts_are_reported_not_silent():
    """A flowchart sopcheck cannot see into (a picture) is a finding, never a quiet report;
    every other real file reads with no such finding."""
    from sopcheck.api import check_file

    for path in FILES:
        rules = {f.rule for f in check_file(path, selected=["missing-flowchart", "symbols-not-found"]).findings}
        if stem(path) in NO_FLOWCHART_TABLE:
            assert rules == {"missing-flowchart"}, path.name
        elif stem(path) in PICTURE_FLOWCHART:
            assert rules == {"symbols-not-found"}, path.name
        else:
            assert rules == set(), path.name
