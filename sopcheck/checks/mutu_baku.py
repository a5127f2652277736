"""Rules on the Mutu Baku chain: SOP401 output-input-mismatch, SOP402 missing-output,
SOP403 missing-kelengkapan. Source: Permenpan RB 35/2012 (Mutu Baku: kelengkapan, waktu,
output for each step)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from rapidfuzz import fuzz, process

from .. import ruledata
from ..domain.abbreviations import abbreviate
from ..model import SopDocument
from ..text import fold, shorten
from ._common import blank, column_used, shifted_duration
from .base import Hit, RuleContext, iter_procedures, procedure_steps, rule


def _setting(key: str, default=None):
    """``mutu_baku.<key>`` of rules/thresholds.yaml."""
    return ((ruledata.load("thresholds") or {}).get("mutu_baku") or {}).get(key, default)


def _default_min_similarity() -> float:
    return float(_setting("output_input_min_score", 70))


@lru_cache(maxsize=1)
def _not_compared() -> re.Pattern[str]:
    """The ``kelengkapan_not_compared`` phrases and the joiners (dan, serta, atau) as one
    pattern, longest phrase first."""
    phrases = sorted({fold(w) for w in _setting("kelengkapan_not_compared") or []}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases + ["dan", "serta", "atau"])) + r")\b")


@lru_cache(maxsize=1)
def _tool_prefixes() -> tuple[str, ...]:
    return tuple(fold(w) for w in _setting("kelengkapan_tool_prefixes") or [])


def _equipment_item(item: str) -> bool:
    """True when one folded kelengkapan item names equipment, a generic word, or software."""
    return item.startswith(_tool_prefixes()) or not _not_compared().sub(" ", item).strip()


def equipment_only(kelengkapan: str) -> bool:
    """True when every item of a kelengkapan names equipment, one generic word or software
    ("ATK dan Komputer", "Dokumen", "Aplikasi Fasih, PC/Laptop"): there is no handed-on
    document to compare with the previous output. Vocabulary: rules/thresholds.yaml
    ``kelengkapan_not_compared`` and ``kelengkapan_tool_prefixes``."""
    whole, *parts = _items(kelengkapan, abbreviated=False)
    return all(_equipment_item(item) for item in parts or [whole])


_ITEM_SPLIT = re.compile(r"\s*(?:;|,|\n|•|·|\s-\s|^-\s|\s\d+[.)]\s)\s*")


@lru_cache(maxsize=4096)
def _items(text: str, abbreviated: bool = True) -> tuple[str, ...]:
    """The whole cell, then its items ("- Surat Pengantar - Form Isian" -> two items), folded
    and, when ``abbreviated``, with names abbreviated (:func:`sopcheck.text.abbreviate`)."""
    norm = (lambda x: abbreviate(fold(x))) if abbreviated else fold
    parts = [norm(x) for x in _ITEM_SPLIT.split(" " + text + " ")]
    whole = norm(text)
    return tuple(dict.fromkeys([whole] + [x for x in parts if x]))


def similarity(output: str, kelengkapan: str) -> float:
    """Best token-set similarity (0-100) between an output and any kelengkapan item, both
    folded and abbreviated (:func:`sopcheck.text.abbreviate`)."""
    best = 0.0
    for o in _items(output):
        for k in _items(kelengkapan):
            best = max(best, fuzz.token_set_ratio(o, k))
            if best >= 100:
                return best
    return best


MIN_SIMILARITY = _default_min_similarity()

EARLIER_ITEMS = 500
"""How many distinct items of earlier outputs (most recently produced first) a kelengkapan is
compared with when it does not match the previous step's output. Real SOPs have under a
hundred steps, so this never drops a match there; it keeps a table of thousands of steps
linear (each comparison is one C call in :func:`rapidfuzz.process.extractOne`)."""


def _matches_earlier(kelengkapan: str, earlier: dict[str, None], threshold: float) -> bool:
    """True when an item of ``kelengkapan`` scores ``threshold`` or more (token-set, 0-100)
    against any of the ``earlier`` output items (the same comparison as :func:`similarity`)."""
    if not earlier:
        return False
    choices = list(earlier)
    return any(process.extractOne(k, choices, scorer=fuzz.token_set_ratio, processor=None,
                                  score_cutoff=threshold) is not None
               for k in _items(kelengkapan))


def _remember(earlier: dict[str, None], output: str) -> None:
    """Add the items of ``output`` to ``earlier`` as the most recent, keeping the last
    :data:`EARLIER_ITEMS` distinct ones."""
    for item in _items(output):
        earlier.pop(item, None)
        earlier[item] = None
    while len(earlier) > EARLIER_ITEMS:
        del earlier[next(iter(earlier))]


@rule(
    name="output-input-mismatch", code="SOP401", severity="warning", field="kelengkapan",
    summary={"id": "Output langkah tidak menjadi kelengkapan langkah berikutnya",
             "en": "A step's output is not the next step's kelengkapan"},
    message={"id": "Langkah {step}: kelengkapan «{kelengkapan}» tidak sesuai output langkah {previous} "
                   "«{output}» (kemiripan {score}%)",
             "en": "Step {step}: kelengkapan «{kelengkapan}» does not match the output of step {previous} "
                   "«{output}» (similarity {score}%)"},
    why={"id": "Dalam SOP AP output suatu langkah menjadi kelengkapan (masukan) langkah berikutnya; rantai "
               "yang putus menandakan langkah hilang, dokumen yang muncul tanpa asal, atau sel yang tergeser.",
         "en": "In an SOP AP a step's output is the next step's kelengkapan (input); a broken chain means a "
               "missing step, a document appearing from nowhere, or shifted cells."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 5 | Menyusun format penyusunan LAKIP | P |  | Data kinerja | 1 hari | Format Penyusunan LAKIP |
        | 6 | Memeriksa draft LAKIP |  | P | Draft LAKIP | 1 hari | LAKIP |
        """,
    fires=["L6"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 9 | Menyusun draft RENSTRA | P |  | Data kinerja | 1 hari | Draft RENSTRA |
        | 10 | Memeriksa draft RENSTRA |  | P | Draft RENSTRA | 1 hari | RENSTRA |
        """,
    options={"min_similarity": MIN_SIMILARITY},
)
def output_input_mismatch(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Compares the output of step N with the kelengkapan of step N+1 (folded text,
    rapidfuzz token_set_ratio); a kelengkapan listing several items matches when one item
    does. The step also passes when its kelengkapan matches the output of any earlier step
    (a document produced before and used again after a decision or a side step; the last
    500 distinct output items, which bounds the work on huge tables). Skipped
    when either cell is empty (`missing-output` / `missing-kelengkapan` report that) or either
    step's Mutu Baku slid one column (`duration-in-wrong-column`), and when the kelengkapan
    names only equipment, one generic word or software ("ATK dan Komputer", "Dokumen",
    "Aplikasi Fasih"; rules/thresholds.yaml, lists kelengkapan_not_compared and
    kelengkapan_tool_prefixes). Names are abbreviated first ("Surat Keputusan" ->
    "SK"; rules/abbreviations.yaml).
    Threshold: min_similarity (rules/thresholds.yaml, [thresholds.output-input-mismatch]).
    Source: Permenpan RB 35/2012 (Mutu Baku) and reviewer convention."""
    threshold = float(ctx.opts["min_similarity"])
    for p, proc in iter_procedures(doc):
        steps = proc.steps
        earlier: dict[str, None] = {}  # items of the outputs of steps[: i - 1]
        for i in range(1, len(steps)):
            prev, step = steps[i - 1], steps[i]
            if i >= 2 and not blank(steps[i - 2].output):
                _remember(earlier, steps[i - 2].output)
            if blank(prev.output) or blank(step.kelengkapan) or shifted_duration(prev) or shifted_duration(step) \
                    or equipment_only(step.kelengkapan):
                continue
            score = similarity(prev.output, step.kelengkapan)
            if score >= threshold:
                continue
            if _matches_earlier(step.kelengkapan, earlier, threshold):
                continue
            previous = prev.number if prev.number is not None else i
            yield Hit.at_step(p, step, i + 1, previous=previous, output=shorten(prev.output, 50),
                              kelengkapan=shorten(step.kelengkapan, 50), score=int(round(score)))


@rule(
    name="missing-output", code="SOP402", severity="warning", field="output",
    summary={"id": "Sel Output kosong", "en": "The Output cell is empty"},
    message={"id": "Langkah {step}: sel Output kosong", "en": "Step {step}: the Output cell is empty"},
    why={"id": "Setiap langkah menghasilkan sesuatu yang dapat diperiksa (dokumen, disposisi, data); "
               "output kosong membuat hasil langkah tidak dapat diukur.",
         "en": "Every step produces something checkable (a document, a disposition, data); an empty "
               "output leaves the step's result unmeasurable."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Melaporkan rencana kegiatan | P |  | Rencana kerja | 30 menit |  |
        | 2 | Menelaah rencana kegiatan |  | P | Laporan rencana | 30 menit | Disposisi |
        """,
    fires=["L1"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Melaporkan rencana kegiatan | P |  | Rencana kerja | 30 menit | Laporan rencana |
        | 2 | Menelaah rencana kegiatan |  | P | Laporan rencana | 30 menit | Disposisi |
        """,
)
def missing_output(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires for each step with a kegiatan whose Output cell is empty or "-". Silent for a
    procedure where every Output is empty (no Output column was found), and on a step whose
    Mutu Baku slid one column (`duration-in-wrong-column` reports it). Source: Permenpan
    RB 35/2012 (Mutu Baku)."""
    yield from _missing(doc, "output")


@rule(
    name="missing-kelengkapan", code="SOP403", severity="warning", field="kelengkapan",
    summary={"id": "Sel Kelengkapan kosong", "en": "The Kelengkapan cell is empty"},
    message={"id": "Langkah {step}: sel Kelengkapan kosong", "en": "Step {step}: the Kelengkapan cell is empty"},
    why={"id": "Kelengkapan (persyaratan/masukan) menyatakan apa yang dibutuhkan untuk memulai langkah; "
               "tanpa itu rantai Mutu Baku terputus.",
         "en": "Kelengkapan (requirements/input) says what a step needs to start; without it the Mutu Baku "
               "chain breaks."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Melaporkan rencana kegiatan | P |  |  | 30 menit | Laporan rencana |
        | 2 | Menelaah rencana kegiatan |  | P | Laporan rencana | 30 menit | Disposisi |
        """,
    fires=["L1"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Melaporkan rencana kegiatan | P |  | Rencana kerja | 30 menit | Laporan rencana |
        | 2 | Menelaah rencana kegiatan |  | P | Laporan rencana | 30 menit | Disposisi |
        """,
)
def missing_kelengkapan(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires for each step with a kegiatan whose Kelengkapan cell is empty or "-". Silent for
    a procedure where every Kelengkapan is empty (no such column was found), and on a step
    whose Mutu Baku slid one column (`duration-in-wrong-column` reports it). Source:
    Permenpan RB 35/2012 (Mutu Baku)."""
    yield from _missing(doc, "kelengkapan")


def _missing(doc: SopDocument, attr: str) -> Iterator[Hit]:
    for p, proc in iter_procedures(doc):
        if not column_used(proc, attr):
            continue
        for at in procedure_steps(p, proc):
            step = at.step
            if not blank(step.kegiatan) and blank(getattr(step, attr)) and not shifted_duration(step):
                yield at.hit()
