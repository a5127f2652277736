"""Rules on the Mutu Baku waktu (time): SOP501 missing-duration, SOP502 unparseable-duration,
SOP503 duration-words-mismatch, SOP504 implausible-duration, SOP505 duration-in-wrong-column,
SOP506 duration-total-mismatch, SOP507 duration-conflicts-text.

Durations are parsed by :func:`sopcheck.domain.durations.parse_duration` (working minutes: jam 60,
hari = hari kerja 480, minggu 2400, bulan 9600); activity kinds and their plausible bounds
live in rules/durations.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

from .. import ruledata
from ..domain.durations import ParsedDuration, parse_duration
from ..model import SopDocument, Step
from ..text import fold, shorten
from ._common import blank, column_used, duration_in_cell, emptiness, result_capsule, shifted_duration
from .base import Hit, RuleContext, iter_procedures, iter_steps, procedure_steps, rule


@rule(
    name="missing-duration", code="SOP501", severity="warning", field="waktu",
    summary={"id": "Sel Waktu kosong", "en": "The Waktu cell is empty"},
    message={"id": "Langkah {step}: sel Waktu {state_id}", "en": "Step {step}: the Waktu cell {state_en}"},
    why={"id": "Mutu Baku waktu menjadi ukuran kinerja setiap langkah; tanpa itu lama proses tidak dapat "
               "dihitung maupun dipantau.",
         "en": "The Mutu Baku time is each step's performance standard; without it the length of the "
               "procedure can be neither computed nor monitored."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Melaporkan rencana kegiatan | P |  | Rencana kerja |  | Laporan rencana |
        | 2 | Menelaah rencana kegiatan |  | P | Laporan rencana | 30 menit | Disposisi |
        """,
    fires=["L1"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Melaporkan rencana kegiatan | P |  | Rencana kerja | 3 jam | Laporan rencana |
        | 2 | Menelaah rencana kegiatan |  | P | Laporan rencana | 30 menit | Disposisi |
        """,
)
def missing_duration(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires for each step with a kegiatan whose waktu cell is empty or "-". Silent for a
    procedure where every waktu is empty (no Waktu column was found), for a step whose
    duration sits in another Mutu Baku cell (`duration-in-wrong-column` then), and for a last
    row that is only the end capsule stating the result (Output filled, Kelengkapan and Waktu
    blank). Source: Permenpan RB
    35/2012 (Mutu Baku)."""
    for p, proc in iter_procedures(doc):
        if not column_used(proc, "waktu"):
            continue
        for at in procedure_steps(p, proc):
            step = at.step
            if not blank(step.kegiatan) and blank(step.waktu.raw) and step.waktu.minutes is None \
                    and not shifted_duration(step) and not result_capsule(proc, step):
                state = emptiness(step.waktu.raw)
                yield at.hit(state_id=state[0], state_en=state[1])


def _parsed(step: Step) -> Optional[ParsedDuration]:
    if blank(step.waktu.raw):
        return None
    return parse_duration(step.waktu.raw)


@rule(
    name="unparseable-duration", code="SOP502", severity="warning", field="waktu",
    summary={"id": "Isi sel Waktu bukan durasi", "en": "The Waktu cell is not a duration"},
    message={"id": "Langkah {step}: waktu «{raw}» bukan durasi (contoh yang benar: «10 menit», «2 jam», "
                   "«1 hari kerja»)",
             "en": "Step {step}: waktu «{raw}» is not a duration (e.g. «10 menit», «2 jam», «1 hari kerja»)"},
    why={"id": "Waktu ditulis sebagai angka dan satuan (menit, jam, hari kerja). Teks lain biasanya salah "
               "ketik/OCR («1 Jari») atau isi kolom lain yang tergeser («Disposisi (Sepuluh) Menit»).",
         "en": "Waktu is a number and a unit (menit, jam, hari kerja). Other text is usually a typo/OCR error "
               "(«1 Jari») or another column's value shifted in («Disposisi (Sepuluh) Menit»)."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Melaporkan rencana kegiatan | P |  | Rencana kerja | 1 Jari | Laporan rencana |
        | 2 | Menelaah rencana kegiatan |  | P | Laporan rencana | 30 menit | Disposisi |
        """,
    fires=["L1"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Melaporkan rencana kegiatan | P |  | Rencana kerja | 1 Jam | Laporan rencana |
        | 2 | Menelaah rencana kegiatan |  | P | Laporan rencana | 30 menit | Disposisi |
        """,
)
def unparseable_duration(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires for each waktu cell that is filled but is not a duration as
    rules/durations.yaml defines units and number words (and the layout stage gave no minutes), unless
    the step's duration sits in another Mutu Baku cell (`duration-in-wrong-column` then) or the
    waktu leaves the length to a schedule set outside the SOP ("Sesuai kebutuhan", "Sesuai masa
    kontrak": rules/durations.yaml deferred). Source: Permenpan RB 35/2012 (Mutu Baku waktu)."""
    for at in iter_steps(doc):
        step = at.step
        if blank(step.waktu.raw) or step.waktu.minutes is not None or shifted_duration(step) \
                or deferred(step.waktu.raw):
            continue
        if parse_duration(step.waktu.raw) is None:
            yield at.hit(raw=shorten(step.waktu.raw, 50))


@lru_cache(maxsize=1)
def _deferred_phrases() -> tuple[str, ...]:
    return tuple(fold(x) for x in (ruledata.load("durations") or {}).get("deferred") or [])


def deferred(raw: str) -> bool:
    """True for a waktu that leaves the length to a schedule set outside the SOP ("Sesuai
    kebutuhan", "Sesuai masa kontrak"; rules/durations.yaml ``deferred``)."""
    text = fold(raw)
    return any(text == p or text.startswith(p + " ") for p in _deferred_phrases())


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value).replace(".", ",")


@rule(
    name="duration-words-mismatch", code="SOP503", severity="error", field="waktu",
    summary={"id": "Angka dan huruf pada waktu tidak sama", "en": "Digits and words of a duration disagree"},
    message={"id": "Langkah {step}: waktu «{raw}» menulis {digits} dengan angka tetapi {words} dengan huruf",
             "en": "Step {step}: waktu «{raw}» says {digits} in digits but {words} in words"},
    why={"id": "Bila angka dan huruf berbeda, waktu yang berlaku tidak dapat ditentukan; salah satunya "
               "salah ketik.",
         "en": "When digits and words differ the binding time cannot be told; one of them is a typo."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Melaporkan rencana kegiatan | P |  | Rencana kerja | 15 (Lima) Menit | Laporan rencana |
        | 2 | Menelaah rencana kegiatan |  | P | Laporan rencana | 30 menit | Disposisi |
        """,
    fires=["L1"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Melaporkan rencana kegiatan | P |  | Rencana kerja | 15 (Lima Belas) Menit | Laporan rencana |
        | 2 | Menelaah rencana kegiatan |  | P | Laporan rencana | 30 menit | Disposisi |
        """,
)
def duration_words_mismatch(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires when a waktu cell writes its number both in digits and in words and the two
    differ (also when the duration slid into the Kelengkapan or Output cell). Source: tata
    naskah dinas (angka diikuti huruf harus sama)."""
    for at in iter_steps(doc):
        step = at.step
        raw, parsed = step.waktu.raw, _parsed(step)
        if parsed is None and shifted_duration(step):
            for cell in (step.kelengkapan, step.output):
                parsed = duration_in_cell(cell)
                if parsed is not None:
                    raw = cell
                    break
        if parsed is not None and parsed.words_mismatch:
            yield at.hit(raw=shorten(raw, 50), digits=_num(parsed.digits),
                              words=_num(parsed.words))


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, dict, tuple[str, ...], float, float], ...]:
    data = ruledata.load("durations") or {}
    out = []
    for kind in data.get("activity_kinds") or []:
        out.append((kind["kind"], kind.get("label") or {"id": kind["kind"], "en": kind["kind"]},
                    tuple(fold(pt) for pt in kind.get("patterns") or []),
                    float(kind["min"]), float(kind["max"])))
    return tuple(out)


def activity_kind(kegiatan: str) -> Optional[tuple[str, dict, float, float]]:
    """``(kind, label, min, max)`` for a kegiatan, by the first kind in rules/durations.yaml
    whose pattern starts the folded kegiatan; the ``default`` kind otherwise."""
    text = fold(kegiatan)
    default = None
    for kind, label, patterns, lo, hi in _kinds():
        if not patterns:
            default = default or (kind, label, lo, hi)
            continue
        if any(text.startswith(pt) for pt in patterns):
            return kind, label, lo, hi
    return default


_UNITS = [(9600, "bulan", "month"), (2400, "minggu", "week"), (480, "hari kerja", "working day"),
          (60, "jam", "hour"), (1, "menit", "minute")]


def human_minutes(minutes: float, lang: str = "id") -> str:
    """120 -> "2 jam" / "2 hours"."""
    for size, word_id, word_en in _UNITS:
        if minutes >= size and (minutes / size).is_integer():
            n = int(minutes / size)
            if lang == "en":
                return f"{n} {word_en}{'s' if n != 1 else ''}"
            return f"{n} {word_id}"
    return f"{_num(round(minutes, 2))} {'minutes' if lang == 'en' else 'menit'}"


@rule(
    name="implausible-duration", code="SOP504", severity="warning", field="waktu",
    summary={"id": "Waktu tidak wajar untuk jenis kegiatannya",
             "en": "The duration is implausible for that kind of activity"},
    message={"id": "Langkah {step}: waktu «{raw}» tidak wajar untuk kegiatan {kind_id} (wajar {lo_id} sampai {hi_id})",
             "en": "Step {step}: waktu «{raw}» is implausible for a {kind_en} step (plausible {lo_en} to {hi_en})"},
    why={"id": "Mutu Baku waktu adalah standar kinerja; waktu yang terlalu singkat (menganalisis seluruh data "
               "dalam 5 menit) atau terlalu lama tidak dapat dipenuhi atau tidak berarti. Batas per jenis "
               "kegiatan ada di rules/durations.yaml.",
         "en": "The Mutu Baku time is a performance standard; a time far too short (analysing all data in "
               "5 minutes) or too long cannot be met or means nothing. Bounds per kind of activity are in "
               "rules/durations.yaml."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 5 | Menganalisis dan mengevaluasi data kinerja | P |  | Data kinerja | 5 Menit | Hasil analisis |
        """,
    fires=["L5"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 5 | Menandatangani dokumen rencana kerja |  | P | Draft rencana kerja | 5 menit | Rencana kerja |
        """,
)
def implausible_duration(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires when a parsed duration lies wholly outside the bounds of the step's activity
    kind (signing, meeting, analysing, drafting, checking, sending, default; chosen by the
    kegiatan's leading verb, rules/durations.yaml): its upper bound below min or its lower
    bound above max. Source: reviewer convention (Bagian Organisasi)."""
    for at in iter_steps(doc):
        step = at.step
        parsed = _parsed(step)
        if parsed is not None:
            low, high = parsed.low_minutes, parsed.minutes
        elif step.waktu.minutes is not None:
            low = high = step.waktu.minutes
        else:
            continue
        kind = activity_kind(step.kegiatan)
        if kind is None:
            continue
        _name, label, lo, hi = kind
        if high < lo or low > hi:
            yield at.hit(raw=shorten(step.waktu.raw, 40),
                              kind_id=label.get("id", _name), kind_en=label.get("en", _name),
                              lo_id=human_minutes(lo), hi_id=human_minutes(hi),
                              lo_en=human_minutes(lo, "en"), hi_en=human_minutes(hi, "en"))


@rule(
    name="duration-in-wrong-column", code="SOP505", severity="warning", field="waktu",
    summary={"id": "Durasi ditulis di kolom Kelengkapan atau Output",
             "en": "A duration is written in the Kelengkapan or Output column"},
    message={"id": "Langkah {step}: kolom {column} berisi durasi «{raw}» (kolom Waktu: «{waktu}»); isi Mutu "
                   "Baku tampaknya tergeser satu kolom",
             "en": "Step {step}: the {column} column holds the duration «{raw}» (Waktu column: «{waktu}»); the "
                   "Mutu Baku values look shifted by one column"},
    why={"id": "Isi Mutu Baku yang tergeser satu kolom membuat kelengkapan, waktu dan output semuanya salah "
               "terbaca.",
         "en": "Mutu Baku values shifted by one column make kelengkapan, time and output all read wrong."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 6 | Melaksanakan rapat pembahasan | P |  |  | Draft RENSTRA | 2 jam |
        """,
    fires=["L6"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 6 | Melaksanakan rapat pembahasan | P |  | Undangan rapat | 2 jam | Draft RENSTRA |
        """,
)
def duration_in_wrong_column(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires when a Kelengkapan or Output cell is a duration ("30 Menit") or ends with one
    ("Disposisi (Sepuluh) Menit"), while the step's waktu cell holds none. One
    finding per step; the waktu and kelengkapan rules stay silent on it. Source: reviewer
    convention (values shifted into the wrong column)."""
    for at in iter_steps(doc):
        step = at.step
        if not shifted_duration(step):
            continue
        for column, value in (("Kelengkapan", step.kelengkapan), ("Output", step.output)):
            if duration_in_cell(value) is not None:
                yield at.hit(column=column, raw=shorten(value, 40),
                             waktu=shorten(step.waktu.raw, 40) if not blank(step.waktu.raw) else "").on(column.lower())
                break


def _minutes_text(minutes: float) -> str:
    return str(int(minutes)) if float(minutes).is_integer() else f"{minutes:g}"


@rule(
    name="duration-total-mismatch", code="SOP506", severity="warning", field="procedure",
    summary={"id": "Baris jumlah waktu tidak sama dengan jumlah waktu langkah-langkahnya",
             "en": "The total time row differs from the sum of the steps' times"},
    message={"id": "Baris jumlah menulis waktu «{total}» ({total_minutes} menit kerja), tetapi waktu {steps} "
                   "langkahnya berjumlah {sum_minutes} menit kerja",
             "en": "The total row gives «{total}» ({total_minutes} working minutes), but its {steps} steps add up "
                   "to {sum_minutes} working minutes"},
    why={"id": "Baris JUMLAH menyatakan lama seluruh prosedur (standar pelayanan); bila tidak sama dengan "
               "jumlah waktu langkah-langkahnya, salah satunya keliru dan janji waktu layanan tidak dapat "
               "dipegang.",
         "en": "A JUMLAH row states the length of the whole procedure (the service standard); when it differs "
               "from the sum of its steps' times, one of them is wrong and the promised service time cannot "
               "be held."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun draft laporan | P |  | Data kinerja | 2 jam | Draft laporan |
        | 2 | Menandatangani laporan |  | P | Draft laporan | 30 menit | Laporan |
        |  | JUMLAH |  |  |  | 2 jam | |
        """,
    fires=["P1"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun draft laporan | P |  | Data kinerja | 2 jam | Draft laporan |
        | 2 | Menandatangani laporan |  | P | Draft laporan | 30 menit | Laporan |
        |  | JUMLAH |  |  |  | 150 menit | |
        """,
)
def duration_total_mismatch(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires once per procedure whose closing total row ("JUMLAH", "Total": its waktu_total)
    is a duration other than the sum of its steps' durations (working minutes; a range counts
    its upper bound), by more than one minute or 1 %. Steps with a blank waktu add nothing;
    silent when a step's waktu is not a duration (`unparseable-duration` reports it). Source:
    reviewer convention (the JUMLAH row of the Mutu Baku waktu column)."""
    for p, proc in iter_procedures(doc):
        total = proc.waktu_total
        if total is None or total.minutes is None:
            continue
        timed = [s for s in proc.steps if not blank(s.waktu.raw)]
        if not timed or any(s.waktu.minutes is None for s in timed):
            continue
        summed = sum(s.waktu.minutes for s in timed)
        if abs(summed - total.minutes) > max(1.0, 0.01 * total.minutes):
            yield Hit(procedure=p, params={"total": shorten(total.raw, 40), "steps": len(timed),
                                           "total_minutes": _minutes_text(total.minutes),
                                           "sum_minutes": _minutes_text(summed)})


_DAY_MENTION = re.compile(r"(?:(?:paling\s+(?:lambat|cepat|kurang|lama)|selama|selambat[- ]lambatnya|maksimal|"
                          r"minimal)\s+)?\d+\s*(?:\([a-z ]+\)\s*)?hari\s+(kalender|kerja)\b")
_CLOCK_RANGE = re.compile(r"\b(\d{1,2})[.:](\d{2})\s*(?:-|–|—|s\.?\s*d\.?|sampai(?:\s+dengan)?|hingga)\s*"
                          r"(\d{1,2})[.:](\d{2})\b")


def _day_kind(raw: str) -> Optional[str]:
    """"kerja" or "kalender" when a waktu names its kind of day, else ``None``."""
    text = fold(raw)
    if re.search(r"\bhari\s+kalender\b", text):
        return "kalender"
    if re.search(r"\b(?:hari\s+kerja|hk)\b", text):
        return "kerja"
    return None


def _clock_minutes(text: str) -> Optional[tuple[str, float]]:
    """The first clock range in ``text`` ("07.30–10.00") as written, with its length in minutes."""
    m = _CLOCK_RANGE.search(text)
    if m is None:
        return None
    h1, m1, h2, m2 = (int(x) for x in m.groups())
    if not (h1 < 24 and h2 < 24 and m1 < 60 and m2 < 60):
        return None
    length = (h2 * 60 + m2) - (h1 * 60 + m1)
    return (m.group(0), float(length)) if length > 0 else None


@rule(
    name="duration-conflicts-text", code="SOP507", severity="warning", field="waktu",
    summary={"id": "Waktu bertentangan dengan yang ditulis di kegiatan atau keterangan",
             "en": "The waktu contradicts the kegiatan or keterangan"},
    message={"id": "Langkah {step}: waktu «{raw}» {what_id}",
             "en": "Step {step}: waktu «{raw}» {what_en}"},
    why={"id": "Mutu Baku waktu adalah standar yang diukur; bila kegiatan menetapkan waktunya sendiri (hari "
               "kalender menurut aturan pengadaan, jam pelaksanaan), waktu harus menyatakan hal yang sama. Lima "
               "hari kalender bukan lima hari kerja: hari libur ikut terhitung.",
         "en": "The Mutu Baku time is the standard measured; when the kegiatan sets its own time (calendar days "
               "under the procurement rules, the hours it runs), the waktu must say the same. Five calendar days "
               "are not five working days: holidays count."},
    fail="""
        | No | Kegiatan | Pokja Pemilihan | Peserta | Kelengkapan | Waktu | Output |
        | 12 | Masa Sanggah waktu selama 5 hari kalender | T |  | BA Tender | 5 hari kerja | Sanggahan |
        | 13 | Rapat koordinasi pukul 07.30-10.00 | P |  | Undangan | 1 hari | Notulen |
        """,
    fires=["L12", "L13"],
    passing="""
        | No | Kegiatan | Pokja Pemilihan | Peserta | Kelengkapan | Waktu | Output |
        | 12 | Masa Sanggah waktu selama 5 hari kalender | T |  | BA Tender | 5 hari kalender | Sanggahan |
        | 13 | Rapat koordinasi pukul 07.30-10.00 | P |  | Undangan | 2,5 jam | Notulen |
        """,
)
def duration_conflicts_text(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires when the waktu counts working days ("5 hari kerja") where the kegiatan or keterangan
    sets the time in calendar days ("paling lambat 5 hari kalender", the LKPP tender schedule) or
    the other way round, unless the text names both kinds of day; and when the kegiatan or
    keterangan names the hours it runs ("pukul 07.30-10.00") and the waktu is under half or over
    one and a half times that span plus half an hour ("1 hari" for two and a half hours). Source:
    Permenpan RB 35/2012 (Mutu Baku waktu) and reviewer convention."""
    for at in iter_steps(doc):
        step = at.step
        if blank(step.waktu.raw):
            continue
        text = fold(f"{step.kegiatan} {step.keterangan}")
        kind = _day_kind(step.waktu.raw)
        mentions = [(m.group(0), m.group(1)) for m in _DAY_MENTION.finditer(text)]
        kinds = {k for _, k in mentions}
        if kind is not None and kinds and kind not in kinds:
            said = mentions[0][0]
            yield at.hit(raw=shorten(step.waktu.raw, 40),
                         what_id=f"dihitung dalam hari {kind}, sedangkan kegiatan menyebut «{said}»",
                         what_en=f"counts {'working' if kind == 'kerja' else 'calendar'} days, but the activity "
                                 f"says «{said}»")
            continue
        clock = _clock_minutes(f"{step.kegiatan} {step.keterangan}")
        minutes = step.waktu.minutes
        if clock is None or minutes is None or clock[1] < 30:
            continue
        written, span = clock
        if minutes < span / 2 or minutes > span * 1.5 + 30:
            yield at.hit(raw=shorten(step.waktu.raw, 40),
                         what_id=f"tidak sesuai jam kegiatan «{written}» ({human_minutes(span)})",
                         what_en=f"does not match the activity's hours «{written}» ({human_minutes(span, 'en')})")
