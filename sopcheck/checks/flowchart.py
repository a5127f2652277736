"""Rules on flowchart symbols: SOP305 terminator-placement, SOP306 decision-not-drawn.

Both need the symbols the layout stage read from the file; they stay silent where symbols
are unknown (text renderings, text markers such as "√" instead of shapes).
Source: Permenpan RB 35/2012, simbol diagram alir SOP AP (kapsul, kotak, belah ketupat,
anak panah, segilima).
"""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Procedure, SopDocument
from ._common import blank, has_content
from .base import Hit, RuleContext, rule

_SHAPES = {"terminator", "process", "decision", "offpage", "connector"}


def _shapes_known(proc: Procedure) -> bool:
    """True when every row with content carries a drawn shape (not a marker, not unknown)."""
    rows = [s for s in proc.steps if has_content(s)]
    return bool(rows) and all(s.symbol in _SHAPES for s in rows)


@rule(
    name="terminator-placement", code="SOP305", severity="info",
    summary={"id": "Langkah pertama/terakhir bukan simbol terminator (kapsul)",
             "en": "The first/last step is not a terminator (capsule)"},
    message={"id": "Langkah {step}: langkah {position_id} digambar sebagai {symbol}, bukan terminator (kapsul)",
             "en": "Step {step}: the {position_en} step is drawn as a {symbol}, not a terminator (capsule)"},
    why={"id": "Diagram alir SOP AP dimulai dan diakhiri dengan simbol kapsul (mulai/selesai) agar awal dan "
               "akhir prosedur jelas.",
         "en": "An SOP AP flowchart starts and ends with a capsule (start/end) so the procedure's bounds "
               "are clear."},
    fail="1 Memerintahkan penyusunan LAKIP  [kotak]",
    passing="1 Memerintahkan penyusunan LAKIP  [kapsul]",
)
def terminator_placement(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires on the first and on the last step of a procedure whose symbol is a shape other
    than a terminator, only when every row of the procedure has a known drawn shape.
    Source: Permenpan RB 35/2012 (simbol kapsul: mulai/selesai)."""
    for p, proc in enumerate(doc.procedures, 1):
        if not _shapes_known(proc):
            continue
        rows = [(i, s) for i, s in enumerate(proc.steps, 1) if has_content(s)]
        ends = [(rows[0], "pertama", "first")]
        if len(rows) > 1:
            ends.append((rows[-1], "terakhir", "last"))
        for (i, step), pos_id, pos_en in ends:
            if step.symbol != "terminator":
                yield Hit.at_step(p, step, i, position_id=pos_id, position_en=pos_en, symbol=step.symbol)


_IF = r"\b(?:jika|apabila|bila|kalau|bilamana)\b"
_NEGATIVE = re.compile(_IF + r"\s+(?:sudah\s+|belum\s+)?(?:tidak|belum|tdk)\b", re.IGNORECASE)
_POSITIVE = re.compile(_IF + r"\s+(?!tidak\b|belum\b|tdk\b)(?:sudah\s+)?\w+", re.IGNORECASE)


@rule(
    name="decision-not-drawn", code="SOP306", severity="warning",
    summary={"id": "Kegiatan berisi percabangan tetapi digambar sebagai proses",
             "en": "The activity branches but is drawn as a process"},
    message={"id": "Langkah {step}: kegiatan memuat percabangan («jika ... jika tidak ...») tetapi simbolnya "
                   "{symbol}, bukan keputusan (belah ketupat)",
             "en": "Step {step}: the activity branches («jika ... jika tidak ...») but its symbol is a {symbol}, "
                   "not a decision (diamond)"},
    why={"id": "Pemeriksaan dengan dua kemungkinan (sesuai/tidak, lengkap/tidak) digambar sebagai belah "
               "ketupat dengan cabang Ya/Tidak agar alur pengembalian terlihat.",
         "en": "A check with two outcomes (sesuai/tidak, lengkap/tidak) is drawn as a diamond with Ya/Tidak "
               "branches so the return path is visible."},
    fail="6 Menyerahkan dan memeriksa ..., jika sesuai maka ..., jika tidak sesuai maka akan dikembalikan  [kotak]",
    passing="6 Memeriksa Laporan Kinerja Bidang  [belah ketupat: Sesuai / Tidak]",
)
def decision_not_drawn(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires when a kegiatan states both branches of a check ("jika sesuai ... jika tidak
    ...", "apabila tidak sesuai ... bila sudah sesuai ...") and the step's symbol is a
    process box. Source: Permenpan RB 35/2012 (simbol belah ketupat: keputusan)."""
    for p, proc in enumerate(doc.procedures, 1):
        for i, step in enumerate(proc.steps, 1):
            if step.symbol != "process" or blank(step.kegiatan):
                continue
            if _NEGATIVE.search(step.kegiatan) and _POSITIVE.search(step.kegiatan):
                yield Hit.at_step(p, step, i, symbol=step.symbol)
