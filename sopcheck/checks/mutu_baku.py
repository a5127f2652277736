"""Rules on the Mutu Baku chain: SOP401 output-input-mismatch, SOP402 missing-output,
SOP403 missing-kelengkapan. Source: Permenpan RB 35/2012 (Mutu Baku: kelengkapan, waktu,
output for each step)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterator

from .. import ruledata
from ..domain.documents import (
    alternatives,
    changed_after_head,
    head,
    is_generic,
    is_instrument,
    is_link,
    is_result,
    is_state,
    items,
    keys,
    same,
    vocabulary,
)
from ..model import SopDocument
from ..text import collapse, fold, shorten
from ._common import blank, column_used, emptiness, result_capsule, shifted_duration
from .base import Hit, RuleContext, iter_procedures, procedure_steps, rule, step_name


def _setting(key: str, default=None):
    """``mutu_baku.<key>`` of rules/thresholds.yaml."""
    return ((ruledata.load("thresholds") or {}).get("mutu_baku") or {}).get(key, default)


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


def _default_min_coverage() -> float:
    return float(_setting("output_input_min_coverage", 67))


class _Sources:
    """What a step's kelengkapan may name without a finding: the key words (:func:`keys`) of the
    identitas Peralatan/Perlengkapan and Pencatatan dan Pendataan items, footnote rows ("*) Dokumen
    pendukung: ..."), and of every earlier step its output items (each also a "hasil", and for a
    generic output such as "Printout" the kegiatan that made it), kelengkapan items (a document
    used throughout), keterangan, and its kegiatan (which must then name the item closely: the
    data of "Melakukan pendataan Survei E-Commerce" is "Data pendataan Survei E-Commerce")."""

    def __init__(self, doc: SopDocument, proc, share: float):
        self.share = share
        self.loose = _Index()   # the item's key words must be in one of these
        self.outputs = _Index(implied=frozenset({"hasil"}))  # ...or of these, every one a "hasil"
        self.close = _Index()   # ...or the item and one of these name each other
        ident = doc.identity
        for text in (ident.peralatan_perlengkapan + ident.pencatatan_pendataan) if ident else []:
            self._add_cell(text)
        for step in proc.steps:
            for text in (step.kegiatan, step.kelengkapan, step.output, step.keterangan):
                if text.strip().startswith("*)"):
                    self.loose.add(keys(text, expand=True))

    def _add_cell(self, text: str, index: "_Index | None" = None) -> None:
        if blank(text):
            return
        index = index or self.loose
        index.add(keys(text, drop=("copy_words",), expand=True))
        for item in items(text):
            index.add(keys(item, drop=("copy_words",), expand=True))

    def add_step(self, step) -> None:
        """Make ``step`` an earlier step of the ones to come."""
        self._add_cell(step.output, self.outputs)
        if is_generic(step.output):
            self.outputs.add(keys(step.kegiatan, expand=True))
        self._add_cell(step.kelengkapan)
        self._add_cell(step.keterangan)
        self.close.add(_object(step.kegiatan))

    def names(self, item: frozenset[str], strict: bool = False) -> bool:
        """True when an earlier text names ``item`` (key words); with ``strict``, word for word."""
        share = 100 if strict else self.share
        return any(_covered(item, src, share) for index in (self.loose, self.outputs)
                   for src in index.candidates(item, share)) or \
            any(_covered(item, src, share) and _covered(src, item, share) for src in self.close.candidates(item, share))


class _Index:
    """Key-word sets with an inverted index, so an item is compared only with the sets sharing
    enough of its key words: linear in the table's size, not quadratic (a table of thousands of
    steps, each compared with every earlier one)."""

    def __init__(self, implied: frozenset[str] = frozenset()):
        self.implied = implied  # words every set holds (not indexed)
        self.sets: list[frozenset[str]] = []
        self.seen: set[frozenset[str]] = set()
        self.postings: dict[str, list[int]] = {}

    def add(self, words: frozenset[str]) -> None:
        if not words or words in self.seen:
            return
        self.seen.add(words)
        for w in words - self.implied:
            self.postings.setdefault(w, []).append(len(self.sets))
        self.sets.append(words | self.implied)

    def candidates(self, item: frozenset[str], share: float) -> Iterator[frozenset[str]]:
        """The sets holding at least as many of ``item``'s key words as :func:`_covered` needs."""
        if not item:
            return
        need = (len(item) if len(item) <= 2 else -(-len(item) * share // 100)) - len(item & self.implied)
        if need <= 0:
            yield from self.sets
            return
        counts = Counter()
        for w in item - self.implied:
            counts.update(self.postings.get(w, ()))
        for i, n in counts.items():
            if n >= need:
                yield self.sets[i]


def _covered(item: frozenset[str], source: frozenset[str], share: float) -> bool:
    """True when ``source`` names ``item`` (key words): every key word of a one- or two-word item,
    ``share`` percent of a longer one ("Rekapitulasi RKA semua SKPD" in "RKA semua SKPD terkumpul"),
    and not another kind of the document ("Draft LPPD" is not "Format Penyusunan LPPD";
    rules/documents.yaml kind_words)."""
    if not item:
        return False
    kinds = vocabulary()["kind_words"]
    mine, theirs = item & kinds, source & kinds
    if mine and theirs and not mine & theirs:  # "Draft LPPD" is not "Format Penyusunan LPPD"
        return False
    shared = len(item & source)
    return shared == len(item) if len(item) <= 2 else shared * 100 >= len(item) * share


def _names_output(item: str, output: str) -> bool:
    """True when ``item`` names ``output`` (form words such as "draft", "hasil", "berkualitas" left
    out, the same first key word): "Draft Laporan Tahunan" names "Laporan Tahunan", "SP2D" names
    "Terbitnya SP2D", "Bon Permintaan Barang" does not name "Barang sesuai permintaan", and
    "Dokumen Bahan Opname" does not name "Dokumen Bahan Opname yang sudah terisi" (the step changes
    the document it takes)."""
    if blank(output) or changed_after_head(output):
        return False
    a, b = keys(item, drop=("form_words",)), keys(output, drop=("form_words",))
    return bool(a) and same(a, b) and head(item) == head(output)


def _object(kegiatan: str) -> frozenset[str]:
    """The key words of what a kegiatan works on: its first word (the verb) left out."""
    words = kegiatan.split()
    return keys(" ".join(words[1:])) if len(words) > 1 else frozenset()


def _acceptable(item: str, sources: _Sources) -> bool:
    """True for an item that needs no earlier step: a web address, a letter, decree or guideline
    from outside ("Surat Tugas", "Undangan", "KAK"), equipment or software, an item marked "*)",
    an item naming no particular document ("Data-data yang diperlukan"), and a list of
    alternatives each of which is one of these or named earlier ("Salinan BAST/Kwitansi/Faktur")."""
    if is_link(item) or is_instrument(item) or _equipment_item(fold(item)) or "*)" in item:
        return True
    if not keys(item, drop=("form_words", "result_words", "copy_words")):
        return True
    options = alternatives(item)
    return len(options) > 1 and all(
        is_instrument(x) or _equipment_item(fold(x)) or sources.names(keys(x, drop=("copy_words",)))
        for x in options)


class _Later:
    """The outputs of a procedure by their first key word, to ask whether an item names the output
    of a later step (used before it is made) without comparing it with every later output."""

    def __init__(self, steps):
        self.by_head: dict[str, list[tuple[int, str]]] = {}
        for i, step in enumerate(steps):
            if not blank(step.output) and not changed_after_head(step.output):
                self.by_head.setdefault(head(step.output), []).append((i, step.output))

    def named(self, item: str, after: int) -> bool:
        """True when ``item`` names the output of a step after index ``after``."""
        return any(i > after and _names_output(item, out) for i, out in self.by_head.get(head(item), ()))


def _from_nowhere(item: str, step, later: tuple["_Later", int], sources: _Sources, chained: bool) -> bool:
    """True when kelengkapan ``item`` of ``step`` is a document the procedure makes but no earlier
    step, identitas list or footnote names: a result ("Hasil Pemeriksaan", "Draft Publikasi",
    "Data harga") or the output of this step or a later one (used before it is made). An item
    that names this step's own output or the object of its kegiatan ("Status Approved By Admin
    Provinsi" in "Melakukan Approved By Admin Provinsi") must be named by an earlier text word for
    word; an item this step's kegiatan works on ("menyiapkan Rancangan Perwal") is its working
    material when the kelengkapan also takes the previous output (``chained``)."""
    if _acceptable(item, sources):
        return False
    found = keys(item, drop=("copy_words",))
    own_output = _names_output(item, step.output)
    obj = _object(step.kegiatan)
    bare = keys(item, drop=("form_words",))
    own_work = bool(bare) and _covered(bare, obj, sources.share) and _covered(obj, bare, sources.share)
    if sources.names(found, strict=own_output or own_work):
        return False
    if chained and bare and _covered(bare, obj, sources.share):
        return False
    return is_result(item) or own_output or own_work or later[0].named(item, later[1])


@rule(
    name="output-input-mismatch", code="SOP401", severity="warning", field="kelengkapan",
    summary={"id": "Kelengkapan berupa dokumen yang tidak dihasilkan langkah sebelumnya",
             "en": "A kelengkapan names a document no earlier step produces"},
    message={"id": "Langkah {step}: kelengkapan {what_id} tidak dihasilkan langkah sebelumnya mana pun{own_id}; "
                   "output terdekat sebelumnya: {previous_id} «{output}»",
             "en": "Step {step}: kelengkapan {what_en} is produced by no earlier step{own_en}; the nearest "
                   "earlier output: {previous_en} «{output}»"},
    why={"id": "Dalam SOP AP output suatu langkah menjadi kelengkapan (masukan) langkah berikutnya. Kelengkapan "
               "boleh berupa output langkah mana pun sebelumnya (dengan nama lain atau singkatannya), alat dan "
               "aplikasi, dokumen di identitas, atau surat dan pedoman dari luar; tetapi hasil kerja (hasil, "
               "draft, laporan, data, status) yang tidak dihasilkan langkah mana pun, atau output langkah itu "
               "sendiri, menandakan langkah yang hilang atau rantai yang putus.",
         "en": "In an SOP AP a step's output is the next step's kelengkapan (input). A kelengkapan may be the "
               "output of any earlier step (in other words or abbreviated), equipment and software, a document "
               "the identitas lists, or a letter or guideline from outside; but a work result (hasil, draft, "
               "laporan, data, status) that no step produces, or the step's own output, means a missing step or "
               "a broken chain."},
    fail="""
        | No | Kegiatan | Ketua Tim | Tim Hansos | Kelengkapan | Waktu | Output |
        | 1 | Melaksanakan Persiapan Kegiatan | T |  | KAK, POK | 5 hari | Petugas yang memahami materi |
        | 2 | Melaksanakan Pengumpulan Data |  | P | Surat Tugas | 1 bulan | Dokumen hasil pendataan |
        | 3 | Melaksanakan Pengolahan Data |  | P | https://statpolkam.bps.go.id | 1 bulan | Indikator IDI |
        | 4 | Melaksanakan Diseminasi | T |  | Draft Laporan Tahunan | 1 bulan | Laporan Tahunan |
        """,
    fires=["L4"],
    passing="""
        | No | Kegiatan | Bendahara | PPK | Kelengkapan | Waktu | Output |
        | 1 | Menerima Dokumen Uang Persediaan | T |  | DIPA, Bukti Belanja | 1 hari | Terkumpulnya dokumen |
        | 2 | Membuat Daftar Rincian Pembayaran | P |  | Kuitansi pajak | 1 hari | Terinputnya dokumen pembayaran |
        | 3 | Membuat SPP dan SPM | P |  | Daftar Rincian Permintaan Pembayaran | 1 hari | Print out dan ADK SPP |
        | 4 | Menguji SPM |  | T | Surat Permintaan Pembayaran, Kuitansi | 1 hari | SPM yang telah disetujui |
        """,
    options={"min_similarity": _default_min_coverage()},
)
def output_input_mismatch(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires on a step whose kelengkapan names a document that appears from nowhere: a result of
    work ("Hasil ...", "Draft ...", "Laporan ...", "Data ...", "Status ...", rules/documents.yaml
    result_words) or the output of this step or a later one, that no earlier output, kelengkapan,
    keterangan or kegiatan of the procedure, no identitas Peralatan or Pencatatan item and no
    footnote row names. Names are compared by the Sastrawi stems of their key words, each
    abbreviation of rules/abbreviations.yaml read both ways ("IHK" / "Indeks Harga", "SPP" / "Surat
    Permintaan Pembayaran"): an earlier text names an item when it holds every key word of a one-
    or two-word item, min_similarity percent (default 67) of a longer one. Accepted without
    comparison: equipment and software ("PC/Laptop", "Aplikasi Fasih"; rules/thresholds.yaml),
    web addresses, letters and guidelines from outside ("Surat Tugas", "Undangan", "KAK";
    instrument_words), items marked "*)". Silent after an output that is a state or people rather
    than a document ("Terkumpulnya dokumen", "Petugas terlatih"; state_words), where the chain
    cannot be checked, and where a cell is empty or a step's Mutu Baku slid one column. The
    message names the nearest earlier output. Source: Permenpan RB 35/2012 (Mutu Baku) and
    reviewer convention."""
    share = float(ctx.opts["min_similarity"])
    for p, proc in iter_procedures(doc):
        steps = proc.steps
        sources = _Sources(doc, proc, share)
        outputs = _Later(steps)
        previous = None  # (position, step) of the nearest earlier step with an output
        for i, step in enumerate(steps):
            if previous is not None and not blank(step.kelengkapan) and not shifted_duration(step) \
                    and not shifted_duration(previous[1]) and not is_state(previous[1].output):
                later = (outputs, i)
                listed = items(step.kelengkapan)
                chained = any(_covered(keys(x), keys(previous[1].output, expand=True), sources.share)
                              for x in listed)
                item = next((x for x in listed if _from_nowhere(x, step, later, sources, chained)), None)
                if item is not None:
                    yield _hit(p, i + 1, step, item, previous)
            sources.add_step(step)
            if not blank(step.output):
                previous = (i + 1, step)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _hit(p: int, position: int, step, item: str, previous) -> Hit:
    whole = collapse(step.kelengkapan)
    shown = shorten(whole, 60)
    if fold(item) == fold(whole):
        what = (f"«{shown}»", f"«{shown}»")
    else:
        what = (f"«{shown}» memuat «{shorten(item, 50)}», yang", f"«{shown}» lists «{shorten(item, 50)}», which")
    if _names_output(item, step.output):
        extra = keys(item) - keys(step.output)
        drafted = bool(extra) and extra <= vocabulary()["form_words"]
        own = (" (itu draf output langkah ini sendiri)", " (it drafts this step's own output)") if drafted else \
            (" (itu output langkah ini sendiri)", " (it is this step's own output)")
    elif same(keys(item, drop=("form_words",)), _object(step.kegiatan)):
        own = (" (itu hasil kegiatan langkah ini sendiri)", " (it is what this step itself does)")
    else:
        own = ("", "")
    pos, prev = previous
    return Hit.at_step(p, step, position, what_id=what[0], what_en=what[1], own_id=own[0], own_en=own[1],
                       previous_id=_lower_first(step_name(prev, pos, "id")),
                       previous_en=_lower_first(step_name(prev, pos, "en")),
                       output=shorten(prev.output, 50))


@rule(
    name="missing-output", code="SOP402", severity="warning", field="output",
    summary={"id": "Sel Output kosong", "en": "The Output cell is empty"},
    message={"id": "Langkah {step}: sel Output {state_id}", "en": "Step {step}: the Output cell {state_en}"},
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
    message={"id": "Langkah {step}: sel Kelengkapan {state_id}", "en": "Step {step}: the Kelengkapan cell {state_en}"},
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
    a procedure where every Kelengkapan is empty (no such column was found), on a step
    whose Mutu Baku slid one column (`duration-in-wrong-column` reports it), and on a last row
    that is only the end capsule stating the result (Output filled, Kelengkapan and Waktu blank).
    Source: Permenpan RB 35/2012 (Mutu Baku)."""
    yield from _missing(doc, "kelengkapan")


def _missing(doc: SopDocument, attr: str) -> Iterator[Hit]:
    for p, proc in iter_procedures(doc):
        if not column_used(proc, attr):
            continue
        for at in procedure_steps(p, proc):
            step = at.step
            if not blank(step.kegiatan) and blank(getattr(step, attr)) and not shifted_duration(step) \
                    and not (attr == "kelengkapan" and result_capsule(proc, step)):
                state = emptiness(getattr(step, attr))
                yield at.hit(state_id=state[0], state_en=state[1])
