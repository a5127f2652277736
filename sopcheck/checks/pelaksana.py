"""Rules on the pelaksana (performing roles): SOP301 missing-pelaksana, SOP302 unknown-role,
SOP303 role-name-variant, SOP304 performer-in-kegiatan.

Roles resolve against the roster in rules/roles.yaml (plus the ``[[roles]]`` of the
configuration) through :func:`sopcheck.domain.roles.resolve_role`.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..domain.roles import leading_role, resolve_role
from ..model import SopDocument
from ..text import fold, shorten
from ._common import blank, procedure_location
from .base import Hit, RuleContext, iter_procedures, iter_steps, procedure_steps, rule


@rule(
    name="missing-pelaksana", code="SOP301", severity="warning", field="pelaksana",
    summary={"id": "Langkah tanpa pelaksana (tidak ada simbol di kolom jabatan mana pun)",
             "en": "A step has no performer (no symbol in any role column)"},
    message={"id": "Langkah {step}: tidak ada simbol/tanda pelaksana di kolom jabatan mana pun",
             "en": "Step {step}: no symbol or marker in any role column"},
    why={"id": "Dalam SOP AP setiap kegiatan digambar dengan simbol di kolom jabatan yang melaksanakannya; "
               "tanpa itu tidak jelas siapa yang bertanggung jawab.",
         "en": "In an SOP AP each activity is drawn as a symbol in the column of the role that performs it; "
               "without one nobody is accountable for the step."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja |  | T | Surat | 1 hari | Format data |
        | 2 | Mengisi format data kinerja |  |  | Format data | 2 hari | Data kinerja |
        | 3 | Menyusun draft laporan kinerja | P |  | Data kinerja | 2 hari | Draft laporan |
        | 4 | Menyerahkan draft laporan |  | T | Draft laporan | 10 menit | Draft laporan |
        """,
    fires=["L2"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja |  | T | Surat | 1 hari | Format data |
        | 2 | Mengisi format data kinerja | P |  | Format data | 2 hari | Data kinerja |
        | 3 | Menyusun draft laporan kinerja | P |  | Data kinerja | 2 hari | Draft laporan |
        | 4 | Menyerahkan draft laporan |  | T | Draft laporan | 10 menit | Draft laporan |
        """,
)
def missing_pelaksana(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires for each step with a kegiatan but no role marked. Stays silent for a procedure
    where no step has a role marked at all: then the symbols could not be read (a text
    rendering, an image), and one finding per row would only be noise. Source: Permenpan RB
    35/2012 (flowchart: each symbol in its performer's column)."""
    for p, proc in iter_procedures(doc):
        if not any(s.pelaksana for s in proc.steps):
            continue
        for at in procedure_steps(p, proc):
            step = at.step
            if not step.pelaksana and not blank(step.kegiatan):
                yield at.hit()


_REASONS = {
    "placeholder": ("hanya berisi nomor kolom, bukan nama jabatan",
                    "holds only a column number, not a role name"),
    "empty": ("tidak bernama", "has no name"),
    "unknown": ("bukan jabatan yang dikenal (tambahkan ke [[roles]] bila itu jabatan setempat)",
                "is not a known role (add it under [[roles]] if it is a local post)"),
}


@rule(
    name="unknown-role", code="SOP302", severity="warning", field="role-header",
    summary={"id": "Judul kolom pelaksana bukan jabatan yang dikenal",
             "en": "A pelaksana column header is not a known role"},
    message={"id": "Kolom pelaksana «{header}» {reason_id}",
             "en": "Pelaksana column «{header}» {reason_en}"},
    why={"id": "Kolom pelaksana harus bernama jabatan (Kepala Dinas, Kepala Bidang, Pelaksana, ...). Angka "
               "(«3», «4»), teks hasil OCR, atau dua jabatan dalam satu kolom membuat pelaksana tiap langkah "
               "tidak dapat ditentukan.",
         "en": "A pelaksana column must name a position (Kepala Dinas, Kepala Bidang, Pelaksana, ...). "
               "Numbers («3», «4»), OCR debris or two roles in one column leave each step's performer "
               "undetermined."},
    fail="""
        | No | Kegiatan | Kepala Dinas | 3 | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | P |  | Surat | 1 hari | Format data |
        """,
    fires=["P1"],
    passing="""
        | No | Kegiatan | Kepala Dinas | Kasubbag Perencanaan | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | P |  | Surat | 1 hari | Format data |
        """,
)
def unknown_role(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires once per procedure for each pelaksana header that is a placeholder (a bare
    number or empty), an unknown name (fuzzy score below rules/thresholds.yaml), or several
    different roles in one column (the message names them). Source: Permenpan RB 35/2012
    (pelaksana are positions) and reviewer convention."""
    for p, proc in iter_procedures(doc):
        seen: set[str] = set()
        for header in proc.pelaksana:
            if header in seen:
                continue
            seen.add(header)
            match = resolve_role(header, ctx.extra_roles)
            if match.kind == "placeholder":
                reason = _REASONS["empty" if blank(header) else "placeholder"]
            elif match.kind == "unknown":
                reason = _REASONS["unknown"]
            elif match.kind == "multiple":
                names = "; ".join(part.suggestion or part.header for part in match.parts)
                reason = (f"memuat {len(match.parts)} jabatan dalam satu kolom ({names}); beri tiap jabatan "
                          f"kolomnya sendiri",
                          f"holds {len(match.parts)} roles in one column ({names}); give each role its own column")
            else:
                continue
            yield Hit(procedure=p, location=procedure_location(proc),
                      params={"header": header, "reason_id": reason[0], "reason_en": reason[1]}
                      ).on("role-header", header)


def _instansi_kind(doc: SopDocument) -> str | None:
    """"dinas" or "badan" when the identitas instansi names one kind of office only."""
    text = fold(doc.identity.instansi if doc.identity else "")
    kinds = {k for k in ("dinas", "badan") if re.search(rf"\b{k}\b", text)}
    return kinds.pop() if len(kinds) == 1 else None


@rule(
    name="role-name-variant", code="SOP303", severity="warning", field="role-header",
    summary={"id": "Nama jabatan ditulis tidak baku (varian atau salah eja)",
             "en": "A role is written in a non-standard spelling (variant or misspelling)"},
    message={"id": "«{header}» adalah varian dari «{canonical}»{note_id}",
             "en": "«{header}» is a variant of «{canonical}»{note_en}"},
    why={"id": "Nama jabatan yang sama harus ditulis sama di semua tabel dan SOP (misalnya «Kepala Sub "
               "Bagian Umum» lalu «Kepala Sub Bagain Umum»), agar pelaksana dapat dicocokkan dan "
               "dipertanggungjawabkan.",
         "en": "One position must be written the same way in every table and SOP (for example «Kepala Sub "
               "Bagian Umum» then «Kepala Sub Bagain Umum») so performers can be matched and held accountable."},
    fail="""
        | No | Kegiatan | Kepala Sub Bagain Umum | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | P |  | Surat | 1 hari | Format data |
        """,
    fires=["P1"],
    passing="""
        | No | Kegiatan | Kepala Sub Bagian Umum | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | P |  | Surat | 1 hari | Format data |
        """,
)
def role_name_variant(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires once per procedure for each pelaksana header that resolves as a *variant* of a
    roster role (a listed non-standard spelling or a fuzzy match such as "Kepada Dinas"),
    and for the head of another kind of office ("Kepala Badan" in an SOP whose instansi is a
    dinas). Source: reviewer convention; roster in rules/roles.yaml."""
    office = _instansi_kind(doc)
    for p, proc in iter_procedures(doc):
        seen: set[str] = set()
        for header in proc.pelaksana:
            if header in seen:
                continue
            seen.add(header)
            match = resolve_role(header, ctx.extra_roles)
            note = ("", "")
            canonical = match.suggestion
            if match.kind == "variant":
                pass
            elif match.known and office and match.office and match.office != office:
                head = "Kepala Dinas" if office == "dinas" else "Kepala Badan"
                canonical = f"{head} {match.unit}" if match.unit else head
                note = (f" (instansi SOP ini {office}, bukan {match.office})",
                        f" (this SOP's instansi is a {office}, not a {match.office})")
            else:
                continue
            yield Hit(procedure=p, location=procedure_location(proc),
                      params={"header": header, "canonical": canonical,
                              "note_id": note[0], "note_en": note[1]}).on("role-header", header)


_ACTIVE_VERB = re.compile(r"^(?:me|ber)[a-z]{3,}$")
_SUBJECT_GROUPS = {"struktural", "fungsional", "pelaksana", "keuangan", "dukcapil", "tim", "extra", None}


@rule(
    name="performer-in-kegiatan", code="SOP304", severity="info", field="kegiatan",
    summary={"id": "Kegiatan diawali nama pelaksana", "en": "The activity starts with the performer's name"},
    message={"id": "Langkah {step}: kegiatan diawali pelaksana «{subject}»; tulis kata kerja aktif tanpa "
                   "subjek («{suggestion}»)",
             "en": "Step {step}: the activity starts with the performer «{subject}»; write an active verb "
                   "without a subject («{suggestion}»)"},
    why={"id": "Pelaksana ditunjukkan oleh kolom tempat simbol berada; uraian kegiatan ditulis sebagai kata "
               "kerja aktif tanpa subjek («Memeriksa berkas», bukan «Kasi memeriksa berkas»).",
         "en": "The performer is shown by the column holding the symbol; the activity is an active verb "
               "without a subject («Memeriksa berkas», not «Kasi memeriksa berkas»)."},
    fail="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Kasubbag Program menginformasikan kebutuhan data kinerja | P |  | Surat | 30 menit | Nota dinas |
        """,
    fires=["L1"],
    passing="""
        | No | Kegiatan | Kasubbag Program | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menginformasikan kebutuhan data kinerja kepada bidang | P |  | Surat | 30 menit | Nota dinas |
        """,
)
def performer_in_kegiatan(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires when a kegiatan starts with a roster role name (listed spelling, internal roles
    only) followed within four words by an active verb (me-/ber-). Source: Permenpan RB
    35/2012 (uraian kegiatan: kalimat aktif)."""
    for at in iter_steps(doc):
        step = at.step
        if blank(step.kegiatan):
            continue
        lead = leading_role(step.kegiatan, ctx.extra_roles)
        if lead is None or lead[0].group not in _SUBJECT_GROUPS:
            continue
        words = re.findall(r"[^\W_]+", step.kegiatan)
        for k in range(lead[1], min(lead[1] + 4, len(words))):
            if _ACTIVE_VERB.match(fold(words[k])):
                subject = " ".join(words[:k])
                rest = step.kegiatan[step.kegiatan.find(words[k]):]
                yield at.hit(subject=subject, suggestion=shorten(rest[:1].upper() + rest[1:], 50))
                break
