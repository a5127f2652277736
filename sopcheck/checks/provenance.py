"""Findings that rest on text OCR read with low confidence are softened, not dropped.

A scan read by OCR (:attr:`~sopcheck.model.SopDocument.ocr_pages`) may misread a cell:
"1O menit" for "10 menit" is a recogniser's error, not the author's typo. After the rules
ran, a finding about a step cell (its ``Finding.field``) that OCR read with a confidence below
``ocr.low_confidence`` (``rules/thresholds.yaml``, 0.8) becomes at most ``info`` and its
message says the cell was read by OCR with low confidence; so does an ``unparseable-duration``
on an OCR'd waktu one letter away from a valid duration ("2 mingau"), which recognisers also
misread with confidence. The confidence of each field is
:attr:`~sopcheck.model.Step.ocr_confidence`.
"""

from __future__ import annotations

from functools import lru_cache

from .. import ruledata
from ..domain.durations import near_duration
from ..model import Finding, SopDocument, Step

STEP_FIELDS = frozenset(("number", "kegiatan", "kelengkapan", "waktu", "output", "keterangan"))
"""The step cells OCR reads text into; a finding about one of them (``Finding.field``) rests on it."""

_NOTE = {
    "id": " (sel dibaca dengan OCR, keyakinan rendah {pct}%: bisa jadi salah baca, bukan salah ketik; cocokkan "
          "dengan dokumen)",
    "en": " (cell read by OCR with low confidence, {pct}%: possibly a misreading, not a typo; check the document)",
}
_NEAR_NOTE = {
    "id": " (sel dibaca dengan OCR dan hanya satu huruf dari durasi yang sah: bisa jadi salah baca, bukan salah "
          "ketik; cocokkan dengan dokumen)",
    "en": " (cell read by OCR and one letter away from a valid duration: possibly a misreading, not a typo; "
          "check the document)",
}


@lru_cache(maxsize=1)
def low_confidence() -> float:
    """``ocr.low_confidence`` of rules/thresholds.yaml (default 0.8)."""
    return float(((ruledata.load("thresholds") or {}).get("ocr") or {}).get("low_confidence", 0.8))


def soften(findings: list[Finding], doc: SopDocument, lang: str = "id") -> list[Finding]:
    """``findings`` with those resting on low-confidence OCR text made at most ``info`` and
    marked in their message (both languages' messages, for baselines and fingerprints)."""
    if not doc.ocr_pages:
        return findings
    steps: dict[tuple[int, int, int], Step] = {}
    for p, proc in enumerate(doc.procedures, start=1):
        for step in proc.steps:
            if step.ocr_confidence:
                steps[(p, step.location.table, step.location.row)] = step
    if not steps:
        return findings
    limit = low_confidence()
    for f in findings:
        if f.field not in STEP_FIELDS or f.procedure is None or f.location.table is None or f.location.row is None:
            continue
        step = steps.get((f.procedure, f.location.table, f.location.row))
        if step is None:
            continue
        confidence = step.ocr_confidence.get(f.field, 1.0)
        if confidence < limit:
            note = {lang: text.format(pct=round(100 * confidence)) for lang, text in _NOTE.items()}
        elif f.rule == "unparseable-duration" and near_duration(step.waktu.raw):
            note = _NEAR_NOTE
        else:
            continue
        f.severity = "info"
        message_id = f.message_id
        f.message = f.message + note["en" if lang == "en" else "id"]
        f.message_id = message_id + note["id"]
    return findings
