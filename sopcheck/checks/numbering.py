"""Rules on step numbering: SOP201 duplicate-step-number, SOP202 step-sequence-gap,
SOP203 unnumbered-step. Source: Permenpan RB 35/2012 (flowchart: steps numbered in order)."""

from __future__ import annotations

from typing import Iterator

from ..model import SopDocument
from ..text import shorten
from ._common import blank, has_content
from .base import Hit, RuleContext, iter_procedures, iter_steps, procedure_steps, rule


@rule(
    name="duplicate-step-number", code="SOP201", severity="error", field="number",
    summary={"id": "Dua langkah dalam satu prosedur bernomor sama",
             "en": "Two steps of one procedure carry the same number"},
    message={"id": "Langkah {step}: nomor {step} sudah dipakai langkah sebelumnya "
                   "(baris {first_row}, tabel {first_table})",
             "en": "Step {step}: number {step} is already used by an earlier step "
                   "(row {first_row}, table {first_table})"},
    why={"id": "Nomor langkah menjadi rujukan urutan dan keterkaitan; nomor ganda membuat urutan kegiatan "
               "tidak jelas, sering karena tabel lanjutan menyalin baris terakhir halaman sebelumnya.",
         "en": "Step numbers are how steps are referred to; a duplicate makes the order unclear, often "
               "because a continuation table repeats the last row of the previous page."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 5 | Menghimpun data kinerja bidang | P |  | Format data | 1 hari | Data kinerja |
        | 6 | Menyusun draft laporan kinerja | P |  | Data kinerja | 2 hari | Draft laporan |
        | 6 | Menyerahkan draft laporan kinerja | P |  | Draft laporan | 10 menit | Draft laporan |
        """,
    fires=["L6"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 5 | Menghimpun data kinerja bidang | P |  | Format data | 1 hari | Data kinerja |
        | 6 | Menyusun draft laporan kinerja | P |  | Data kinerja | 2 hari | Draft laporan |
        | 7 | Menyerahkan draft laporan kinerja | P |  | Draft laporan | 10 menit | Draft laporan |
        """,
)
def duplicate_step_number(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires on every step whose number an earlier step of the same procedure already
    carries (the first occurrence is not reported). Source: Permenpan RB 35/2012."""
    for p, proc in iter_procedures(doc):
        first: dict[int, tuple[int, int]] = {}
        for at in procedure_steps(p, proc):
            step = at.step
            if step.number is None:
                continue
            if step.number in first:
                row, table = first[step.number]
                yield at.hit(first_row=row, first_table=table)
            else:
                first[step.number] = (step.location.row, step.location.table)


@rule(
    name="step-sequence-gap", code="SOP202", severity="warning", field="number",
    summary={"id": "Nomor langkah melompat atau mundur",
             "en": "Step numbers skip or go backwards"},
    message={"id": "Langkah {step}: nomor {step} menyusul {previous} (seharusnya {expected})",
             "en": "Step {step}: number {step} follows {previous} (expected {expected})"},
    why={"id": "Langkah yang hilang atau urutan yang mundur menandakan baris terhapus, tabel lanjutan "
               "yang tertinggal, atau salah ketik nomor.",
         "en": "A missing or backward number means a deleted row, a lost continuation table or a typo."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | P |  | Surat | 1 hari | Format data |
        | 2 | Mengisi format data kinerja | P |  | Format data | 2 hari | Data kinerja |
        | 3 | Menyusun draft laporan kinerja | P |  | Data kinerja | 2 hari | Draft laporan |
        | 5 | Menyerahkan draft laporan | P |  | Draft laporan | 10 menit | Draft laporan |
        """,
    fires=["L5"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | P |  | Surat | 1 hari | Format data |
        | 2 | Mengisi format data kinerja | P |  | Format data | 2 hari | Data kinerja |
        | 3 | Menyusun draft laporan kinerja | P |  | Data kinerja | 2 hari | Draft laporan |
        | 4 | Menyerahkan draft laporan | P |  | Draft laporan | 10 menit | Draft laporan |
        """,
)
def step_sequence_gap(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires when a numbered step's number is neither the previous number + 1 nor equal to
    it (equal numbers are `duplicate-step-number`'s), or when the first number is not 1.
    Unnumbered rows are skipped; a gap exactly as wide as the unnumbered rows in it (step 6 left
    without its number between 5 and 7) is `unnumbered-step`'s alone. Source: Permenpan RB
    35/2012."""
    for p, proc in iter_procedures(doc):
        previous = None
        unnumbered = 0  # unnumbered rows since the previous numbered step
        for at in procedure_steps(p, proc):
            step = at.step
            if step.number is None:
                unnumbered += 1
                continue
            if previous is None:
                if step.number not in (1, 1 + unnumbered):
                    yield at.hit(previous="awal/start", expected=1)
            elif step.number not in (previous, previous + 1, previous + 1 + unnumbered):
                yield at.hit(previous=previous, expected=previous + 1)
            previous = step.number
            unnumbered = 0


@rule(
    name="unnumbered-step", code="SOP203", severity="warning", field="number",
    summary={"id": "Baris berisi kegiatan atau Mutu Baku tanpa nomor langkah",
             "en": "A row with an activity or Mutu Baku has no step number"},
    message={"id": "Baris {row} (posisi {step}) tanpa nomor langkah: «{text}»",
             "en": "Row {row} (position {step}) has no step number: «{text}»"},
    why={"id": "Setiap kegiatan dalam diagram alir bernomor; baris tanpa nomor biasanya sisa salin-tempel "
               "atau isi yang tergeser dari baris lain.",
         "en": "Every flowchart activity is numbered; an unnumbered row is usually a copy-paste leftover or "
               "content shifted from another row."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | P |  | Surat | 1 hari | Format data |
        | 2 | Mengisi format data kinerja | P |  | Format data | 2 hari | Data kinerja |
        |  | Menyusun draft laporan kinerja | P |  | Data kinerja | 2 hari | Draft laporan |
        | 4 | Menyerahkan draft laporan | P |  | Draft laporan | 10 menit | Draft laporan |
        """,
    fires=["L3"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | P |  | Surat | 1 hari | Format data |
        | 2 | Mengisi format data kinerja | P |  | Format data | 2 hari | Data kinerja |
        | 3 | Menyusun draft laporan kinerja | P |  | Data kinerja | 2 hari | Draft laporan |
        | 4 | Menyerahkan draft laporan | P |  | Draft laporan | 10 menit | Draft laporan |
        """,
)
def unnumbered_step(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires for each row without a parsed step number that carries a kegiatan or a Mutu
    Baku value (the step is reported by its 1-based position). Source: Permenpan RB 35/2012."""
    for at in iter_steps(doc):
        step = at.step
        if step.number is not None or not has_content(step):
            continue
        text = step.kegiatan if not blank(step.kegiatan) else " | ".join(
            x for x in (step.kelengkapan, step.waktu.raw, step.output) if not blank(x))
        yield at.hit(row=step.location.row, text=shorten(text))
