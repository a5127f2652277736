"""Indonesian duration parser for the Mutu Baku *waktu* cell (interface; body to be written).

Minutes are working minutes per shared/CONTRACT.md: 1 jam = 60, 1 hari = 1 hari kerja = 480,
1 minggu = 5 hari kerja = 2400, 1 bulan = 20 hari kerja = 9600.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class ParsedDuration:
    """A parsed waktu text.

    ``minutes`` is the upper bound in working minutes (for a range "1 - 5 hari kerja", 5 days);
    ``low_minutes`` the lower bound (equal to ``minutes`` when not a range). ``digits`` and
    ``words`` are the number written in digits and the number spelled out in words, when the
    text carries both ("15 (Lima Belas) Menit" gives 15 and 15; "15 (Lima) Menit" gives 15 and 5).
    ``unit`` is the canonical unit word ("menit", "jam", "hari", "minggu", "bulan").
    """

    minutes: float
    low_minutes: float
    unit: str
    digits: Optional[float] = None
    words: Optional[float] = None


def parse_duration(text: str) -> Optional[ParsedDuration]:
    """Parse an Indonesian duration text; ``None`` when ``text`` is not a duration."""
    raise NotImplementedError
