"""Dates as SOP AP identitas blocks write them, in Indonesian (and English) month names.

:func:`parse_date` finds the first date in a text at whatever precision it is written
("02 Januari 2019", "Maret 2019", "01/12/2016", "2019"); :class:`Date` compares dates at the
precision both carry. :func:`says_no_date` recognises the words that mean "not revised yet"
in a Tanggal Revisi field ("-", "belum ada revisi").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nop": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
"""Month names and abbreviations (Indonesian, older spellings, English) -> month number."""

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_PATTERNS = [
    (re.compile(r"\b(\d{1,2})\s*(" + _MONTH_RE + r")\b\.?\s*(\d{4})\b"), ("d", "m", "y")),
    (re.compile(r"\b(" + _MONTH_RE + r")\b\.?\s*(\d{4})\b"), ("m", "y")),
    (re.compile(r"\b(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\b"), ("y", "n", "d")),
    (re.compile(r"\b(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})\b"), ("d", "n", "y")),
    (re.compile(r"\b(\d{1,2})\s*[-/.]\s*(\d{4})\b"), ("n", "y")),
    (re.compile(r"\b((?:19|20)\d{2})\b"), ("y",)),
]
_NONE_WORDS = re.compile(r"^(?:belum(?: ada)?(?: revisi)?|tidak ada|nihil|none|tanpa revisi)\.?$", re.I)


@dataclass(frozen=True)
class Date:
    """A date known to the year, the month or the day (``month``/``day`` ``None`` when not
    written)."""

    year: int
    month: Optional[int] = None
    day: Optional[int] = None

    def key(self, depth: int) -> tuple[int, ...]:
        """``(year, month, day)`` cut to the first ``depth`` parts (1-3), for comparing two
        dates at the precision both carry."""
        parts = (self.year, self.month or 0, self.day or 0)
        return parts[:depth]

    @property
    def depth(self) -> int:
        """3 when the day is known, 2 for month and year, 1 for the year alone."""
        return 3 if self.day else 2 if self.month else 1


def parse_date(text: str | None) -> Optional[Date]:
    """The first date in ``text`` ("02 Januari 2019", "Maret 2019", "01/12/2016", "2019"),
    else ``None``. Years outside 1900-2100, months outside 1-12 and days outside 1-31 are not
    dates."""
    if not text:
        return None
    low = text.lower()
    for pattern, order in _DATE_PATTERNS:
        m = pattern.search(low)
        if not m:
            continue
        got: dict[str, int] = {}
        for key, value in zip(order, m.groups()):
            got[key] = MONTHS[value] if key == "m" else int(value)
        month = got.get("m") or got.get("n")
        year, day = got["y"], got.get("d")
        if not 1900 <= year <= 2100 or (month is not None and not 1 <= month <= 12) \
                or (day is not None and not 1 <= day <= 31):
            continue
        return Date(year, month, day)
    return None


def says_no_date(text: str | None) -> bool:
    """True for the words that mean "no revision yet" in Tanggal Revisi ("belum ada revisi",
    "tidak ada", "nihil")."""
    return bool(_NONE_WORDS.match((text or "").strip()))
