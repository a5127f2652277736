"""Small helpers shared by the rule modules (no rules here)."""

from __future__ import annotations

import re

from ..model import FindingLocation, Procedure, Step

_BLANK = {"", "-", "--", "–", "—", ".", "…", "n/a"}


def blank(text: str | None) -> bool:
    """True for an empty cell or a cell holding only a dash or dot ("-" means nothing written)."""
    return (text or "").strip().lower() in _BLANK


def emptiness(text: str | None) -> tuple[str, str]:
    """How a message says a blank cell is blank, in Bahasa Indonesia and English: "kosong" /
    "is empty" for an empty cell, "berisi «-»" / "holds «-»" for one holding only a dash or dot, so
    the message says what is on the page."""
    shown = (text or "").strip()
    return ("kosong", "is empty") if not shown else (f"berisi «{shown}»", f"holds «{shown}»")


def has_content(step: Step) -> bool:
    """True when the row carries anything a reviewer reads (kegiatan or a Mutu Baku cell)."""
    return not (blank(step.kegiatan) and blank(step.kelengkapan) and blank(step.output)
                and blank(step.waktu.raw))


def procedure_location(proc: Procedure) -> FindingLocation:
    """The table (and page) where a procedure starts; the row is left out."""
    if not proc.steps:
        return FindingLocation()
    loc = proc.steps[0].location
    return FindingLocation(page=loc.page, table=loc.table, row=None)


def column_used(proc: Procedure, attr: str) -> bool:
    """True when at least one step of ``proc`` has the Mutu Baku cell ``attr`` filled.

    A column empty on every step usually means the layout stage found no such column; the
    per-step missing-* rules stay silent then rather than fire on every row.
    """
    for s in proc.steps:
        value = s.waktu.raw if attr == "waktu" else getattr(s, attr)
        if not blank(value):
            return True
    return False


_WORDS = re.compile(r"\S+")


def duration_in_cell(text: str | None):
    """The duration a Kelengkapan/Output cell holds: the whole cell ("30 Menit") or its tail
    ("Disposisi (Sepuluh) Menit" -> 10 minutes, seed 004). ``None`` otherwise. The tail must
    end the cell with a unit word, so "Laporan Bulanan" or "Data 3 bulan terakhir" are not
    durations."""
    from ..domain.durations import parse_duration

    if blank(text):
        return None
    whole = parse_duration(text or "")
    if whole is not None:
        return whole
    words = _WORDS.findall(text or "")
    for k in range(2, min(len(words) - 1, 5) + 1):
        tail = parse_duration(" ".join(words[-k:]))
        if tail is not None:
            return tail
    return None


def shifted_duration(step: Step) -> bool:
    """True when the waktu cell holds no duration but Kelengkapan or Output does: the Mutu
    Baku cells slid one column, which `duration-in-wrong-column` reports once; the other
    waktu/kelengkapan rules stay silent on that step."""
    from ..domain.durations import parse_duration

    if step.waktu.minutes is not None or (not blank(step.waktu.raw) and parse_duration(step.waktu.raw)):
        return False
    return duration_in_cell(step.kelengkapan) is not None or duration_in_cell(step.output) is not None


def result_capsule(proc: Procedure, step: Step) -> bool:
    """True for the last row of ``proc`` when it is only the end capsule stating the result: every
    symbol in it is a terminator, its Output names the result and its Kelengkapan and Waktu are
    blank (BPS Bengkulu it__341: "IMPOR Triwulanan Harga Konstan" -> "IMPOR ADHK"). A reviewer
    does not ask such a row for a kelengkapan or a time; a last row with an activity (a process
    box beside the capsule, or no output) still needs its Mutu Baku."""
    if not proc.steps or step is not proc.steps[-1]:
        return False
    kinds = [k for k in step.role_symbols if k] or ([step.symbol] if step.symbol else [])
    return bool(kinds) and all(k == "terminator" for k in kinds) and not blank(step.output) \
        and blank(step.kelengkapan) and blank(step.waktu.raw)
