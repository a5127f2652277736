"""A finding that rests on a cell OCR read with low confidence is at most info and says so
(issue 13, provenance): "1O menit" read from a scan is more likely a misreading than a typo."""

from __future__ import annotations

from pathlib import Path

from sopcheck.api import parse_file
from sopcheck.checks import RuleContext, run_rules
from sopcheck.model import Waktu

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _scanned_with_bad_waktu(confidence: float, raw: str = "1O Menit"):
    [doc] = parse_file(CORPUS / "trenggalek-lakip-revisi.docx")  # the clean reference: no finding
    doc.ocr_pages = [2]
    step = doc.procedures[0].steps[2]
    step.waktu = Waktu(raw=raw, minutes=None)
    step.ocr_confidence = {"kegiatan": 0.99, "waktu": confidence}
    return doc


def _waktu_findings(doc, lang="id"):
    return [f for f in run_rules(doc, "scan.pdf", RuleContext(lang=lang)) if f.rule == "unparseable-duration"]


def test_low_confidence_waktu_finding_is_info_and_says_why():
    [f] = _waktu_findings(_scanned_with_bad_waktu(0.55))
    assert f.severity == "info"
    assert "«1O Menit»" in f.message and "OCR" in f.message and "55%" in f.message
    assert "OCR" in f.message_id
    [en] = _waktu_findings(_scanned_with_bad_waktu(0.55), lang="en")
    assert en.severity == "info" and "low confidence" in en.message and "OCR" in en.message_id


def test_confident_ocr_or_text_layer_keeps_the_rule_severity():
    [f] = _waktu_findings(_scanned_with_bad_waktu(0.97, "1 Jari"))  # a typo, not one letter from a duration
    assert f.severity == "warning" and "OCR" not in f.message
    doc = _scanned_with_bad_waktu(0.55)
    doc.ocr_pages = []  # not a scan: confidences are not looked at
    [f] = _waktu_findings(doc)
    assert f.severity == "warning"


def test_only_rules_resting_on_the_doubtful_field_are_softened():
    doc = _scanned_with_bad_waktu(0.55)
    doc.procedures[0].steps[2].output = ""  # missing-output rests on Output, read with confidence
    findings = run_rules(doc, "scan.pdf", RuleContext())
    by_rule = {f.rule: f.severity for f in findings}
    assert by_rule["unparseable-duration"] == "info"
    assert by_rule["missing-output"] == "warning"


def test_confident_ocr_one_letter_from_a_duration_is_info():
    """Recognisers misread with confidence: "2 mingau" (2 minggu, statistics__201) and "1O
    Menit" on an OCR'd page are one letter from a duration, so at most info; the same text from
    a text layer stays a warning."""
    for raw in ("2 mingau", "1O Menit"):
        [f] = _waktu_findings(_scanned_with_bad_waktu(0.97, raw))
        assert f.severity == "info" and "satu huruf" in f.message, raw
        doc = _scanned_with_bad_waktu(0.97, raw)
        doc.ocr_pages = []
        [f] = _waktu_findings(doc)
        assert f.severity == "warning", raw
