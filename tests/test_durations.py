"""The waktu parser on real seed strings (shared/seeds) and the documented edge cases."""

from __future__ import annotations

import pytest

from sopcheck.domain.durations import parse_duration, unit_of_header

# (text as written in a seed or real file, expected working minutes or None)
CASES = [
    # digits + unit (seeds 000, 001, 002, 003)
    ("10 menit", 10),
    ("2 jam", 120),
    ("2 Jam", 120),
    ("30 Menit", 30),
    ("1 hari", 480),
    ("3 Hari", 1440),
    ("4 Hari", 1920),
    ("120 menit", 120),
    ("50 menit", 50),
    ("1 Hari Kerja", 480),
    ("1,5 jam", 90),
    ("0.5 hari", 240),
    ("2 mnt", 2),
    ("1 minggu", 2400),
    ("1 bulan", 9600),
    ("10 Menit.", 10),
    # a bullet of the Output cell read into Waktu (Cimahi BPKAD, Standar Satuan Harga steps 11, 12)
    ("30 - menit", 30),
    ("5 hari -", 2400),
    # digits plus words (seed 004)
    ("3(Tiga) Jam", 180),
    ("2(Dua) Jam", 120),
    ("3(Tiga) Hari", 1440),
    ("10 (Sepuluh) Menit", 10),
    ("15 (Lima Belas) Menit", 15),
    ("15 (Lima) Menit", 15),          # digits win; the mismatch is reported separately
    ("lima belas (15) menit", 15),
    # words alone
    ("(Sepuluh) Menit", 10),
    ("Lima Belas menit", 15),
    ("sepuluh menit", 10),
    ("dua puluh menit", 20),
    ("seratus menit", 100),
    ("setengah jam", 30),
    ("satu setengah jam", 90),
    ("sebelas menit", 11),
    ("dua ratus lima puluh tiga menit", 253),
    ("½ jam", 30),
    # ranges: minutes is the upper bound
    ("1 - 5 hari kerja", 2400),
    ("1-2 jam", 120),
    ("1 s/d 3 hari", 1440),
    ("1 sampai 3 hari", 1440),
    ("30 menit - 1 jam", 60),
    # sums, multiples, qualifiers, per-unit tails
    ("1 jam 30 menit", 90),
    ("1 x 24 jam", 1440),
    ("± 10 menit", 10),
    ("maks. 1 hari", 480),
    ("paling lama 3 hari", 1440),
    ("10 menit/berkas", 10),
    # not durations
    ("1 Jari", None),                  # OCR of "1 Jam" (seed 000): unknown unit, not guessed
    ("Disposisi", None),
    ("Disposisi (Sepuluh) Menit", None),  # Kelengkapan text in the waktu column (seed 004)
    ("Disposisi (Arahan dan Petunjuk)", None),
    ("Draft RENSTRA", None),           # shifted cell (seed 003 Renstra step 6)
    ("Undangan rapat", None),
    ("-", None),
    ("", None),
    ("120", None),                     # a bare number needs a unit
    ("10", None),
]


@pytest.mark.parametrize("text,minutes", CASES)
def test_parse_duration(text, minutes):
    parsed = parse_duration(text)
    if minutes is None:
        assert parsed is None
    else:
        assert parsed is not None, text
        assert parsed.minutes == pytest.approx(minutes)


def test_range_bounds():
    parsed = parse_duration("1 - 5 hari kerja")
    assert (parsed.low_minutes, parsed.minutes, parsed.unit) == (480, 2400, "hari")


def test_digits_and_words_recorded():
    agree = parse_duration("15 (Lima Belas) Menit")
    assert (agree.digits, agree.words, agree.words_mismatch) == (15, 15, False)
    disagree = parse_duration("15 (Lima) Menit")
    assert (disagree.digits, disagree.words, disagree.words_mismatch) == (15, 5, True)
    plain = parse_duration("10 menit")
    assert (plain.digits, plain.words, plain.words_mismatch) == (None, None, False)


def test_default_unit_for_bare_numbers():
    assert parse_duration("120", "menit").minutes == 120
    assert parse_duration("120", "Waktu / menit").minutes == 120
    assert unit_of_header("Waktu / menit") == "menit"
    assert unit_of_header("Waktu") is None
