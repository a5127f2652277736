"""Findings that rest on text OCR read with low confidence are softened, not dropped.

A scan read by OCR (:attr:`~sopcheck.model.SopDocument.ocr_pages`) may misread a cell:
"1O menit" for "10 menit" is a recogniser's error, not the author's typo. After the rules
ran, a finding whose rule judges a step field (:data:`RESTS_ON`) that OCR read with a
confidence below ``ocr.low_confidence`` (``rules/thresholds.yaml``, 0.8) becomes at most
``info`` and its message says the cell was read by OCR with low confidence. The confidence
of each field is :attr:`~sopcheck.model.Step.ocr_confidence`.
"""

from __future__ import annotations

from functools import lru_cache

from .. import ruledata
from ..model import Finding, SopDocument, Step

RESTS_ON: dict[str, tuple[str, ...]] = {
    "duplicate-step-number": ("number",),
    "step-sequence-gap": ("number",),
    "unnumbered-step": ("number",),
    "performer-in-kegiatan": ("kegiatan",),
    "decision-not-drawn": ("kegiatan",),
    "kegiatan-not-verb": ("kegiatan",),
    "output-input-mismatch": ("output", "kelengkapan"),
    "missing-output": ("output",),
    "missing-kelengkapan": ("kelengkapan",),
    "missing-duration": ("waktu",),
    "unparseable-duration": ("waktu",),
    "duration-words-mismatch": ("waktu",),
    "implausible-duration": ("waktu",),
    "duration-in-wrong-column": ("kelengkapan", "output"),
    "duration-conflicts-text": ("waktu", "kegiatan", "keterangan"),
}
"""The step fields each rule's finding rests on (rules not listed judge no OCR'd text)."""

_NOTE = {
    "id": " (sel dibaca dengan OCR, keyakinan rendah {pct}%: bisa jadi salah baca, bukan salah ketik; cocokkan "
          "dengan dokumen)",
    "en": " (cell read by OCR with low confidence, {pct}%: possibly a misreading, not a typo; check the document)",
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
        fields = RESTS_ON.get(f.rule)
        if not fields or f.procedure is None or f.location.table is None or f.location.row is None:
            continue
        step = steps.get((f.procedure, f.location.table, f.location.row))
        if step is None:
            continue
        doubt = [step.ocr_confidence[k] for k in fields if step.ocr_confidence.get(k, 1.0) < limit]
        if not doubt:
            continue
        pct = round(100 * min(doubt))
        message_id = f.message_id
        f.severity = "info"
        f.message = f.message + _NOTE["en" if lang == "en" else "id"].format(pct=pct)
        f.message_id = message_id + _NOTE["id"].format(pct=pct)
    return findings
