"""Rules on the pelaksana (performing roles) and how a kegiatan names them: SOP301 missing-pelaksana,
SOP302 unknown-role, SOP303 role-name-variant, SOP304 performer-in-kegiatan, SOP309 unused-pelaksana,
SOP310 kegiatan-not-verb.

Roles resolve against the roster in rules/roles.yaml (plus the ``[[roles]]`` of the
configuration) through :func:`sopcheck.domain.roles.resolve_role`.
"""

from __future__ import annotations

import re
from typing import Iterator

from rapidfuzz import fuzz

from ..domain.documents import stem
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
    "system": ("adalah nama sistem atau aplikasi, bukan jabatan; tulis jabatan yang menjalankannya",
               "names a system or application, not a position; name the post that operates it"),
    "mutu_baku": ("adalah judul kolom Mutu Baku, bukan jabatan", "is a Mutu Baku column title, not a position"),
    "unknown": ("tidak menyerupai nama jabatan atau unit (tambahkan ke [[roles]] bila itu jabatan setempat)",
                "does not read as a position or unit (add it under [[roles]] if it is a local post)"),
}


def headers_once(doc: SopDocument) -> Iterator[tuple[str, int, list[int]]]:
    """Each distinct pelaksana header of the SOP once: ``(header, first procedure, every procedure
    using it)`` (1-based), in the order the headers first appear."""
    seen: dict[str, list[int]] = {}
    for p, proc in iter_procedures(doc):
        for header in proc.pelaksana:
            procs = seen.setdefault(header, [])
            if p not in procs:
                procs.append(p)
    for header, procs in seen.items():
        yield header, procs[0], procs


def _where(procs: list[int]) -> tuple[str, str]:
    """" (prosedur 1, 3)" for a header used in several procedures, else ""."""
    if len(procs) < 2:
        return "", ""
    listed = ", ".join(map(str, procs))
    return f" (prosedur {listed})", f" (procedures {listed})"


@rule(
    name="unknown-role", code="SOP302", severity="warning", field="role-header",
    summary={"id": "Judul kolom pelaksana bukan jabatan",
             "en": "A pelaksana column header is not a position"},
    message={"id": "Kolom pelaksana «{header}»{where_id} {reason_id}",
             "en": "Pelaksana column «{header}»{where_en} {reason_en}"},
    why={"id": "Kolom pelaksana harus bernama jabatan atau unit (Kepala Dinas, Kepala Bidang, Pelaksana, tim "
               "atau petugas setempat). Angka («3», «4»), nama sistem, judul kolom Mutu Baku, teks hasil OCR, "
               "atau dua jabatan dalam satu kolom membuat pelaksana tiap langkah tidak dapat ditentukan. "
               "Jabatan setempat yang dibangun dari kata jabatan (Kepala, Ketua, Tim, Petugas, PJ, Pihak, ...) "
               "atau singkatan bukan temuan.",
         "en": "A pelaksana column must name a position or unit (Kepala Dinas, Kepala Bidang, Pelaksana, a local "
               "team or officer). Numbers («3», «4»), a system's name, a Mutu Baku column title, OCR debris or "
               "two roles in one column leave each step's performer undetermined. A local post built from "
               "role words (Kepala, Ketua, Tim, Petugas, PJ, Pihak, ...) or written as an acronym is no finding."},
    fail="""
        | No | Kegiatan | BPS Kab/Kota | Sistem GS | PJK Wilkerstat | Kelengkapan | Waktu | Output |
        | 1 | Mengunggah peta hasil perbaikan | P |  |  | Peta digital | 1 hari | Peta terunggah |
        | 2 | Menggabungkan peta desa/kelurahan |  | P |  | Peta terunggah | 1 hari | Peta desa/kel |
        """,
    fires=["P1"],
    passing="""
        | No | Kegiatan | BPS Kab/Kota | PJK Wilkerstat | Kelengkapan | Waktu | Output |
        | 1 | Mengunggah peta hasil perbaikan | P |  | Peta digital | 1 hari | Peta terunggah |
        | 2 | Menggabungkan peta desa/kelurahan |  | P | Peta terunggah | 1 hari | Peta desa/kel |
        """,
)
def unknown_role(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires once per SOP (at the first procedure using it) for each pelaksana header that is a
    placeholder (a bare number or empty), several different roles in one column (the message
    names them), or no role at all: a system ("Sistem GS"), a Mutu Baku column title, text that
    reads as no post ("Sejahtera"; rules/roles.yaml not_role_words). A header the roster does
    not know but built from role words (post_words: "PJ Neraca Produksi", "Ketua Project
    Analisis", "Target Desa/Kelurahan") or written in acronyms ("CC & CA") is a local post and
    no finding; `sopcheck audit` lists the local posts of each dinas as a roster to confirm into
    [[roles]]. Source: Permenpan RB 35/2012 (pelaksana are positions) and reviewer convention."""
    for header, p, procs in headers_once(doc):
        match = resolve_role(header, ctx.extra_roles)
        if match.kind == "placeholder":
            reason = _REASONS["empty" if blank(header) else "placeholder"]
        elif match.kind == "unknown":
            reason = _REASONS[match.reason or "unknown"]
        elif match.kind == "multiple":
            names = "; ".join(part.suggestion or part.header for part in match.parts)
            reason = (f"memuat {len(match.parts)} jabatan dalam satu kolom ({names}); beri tiap jabatan "
                      f"kolomnya sendiri",
                      f"holds {len(match.parts)} roles in one column ({names}); give each role its own column")
        else:
            continue
        where = _where(procs)
        yield Hit(procedure=p, location=procedure_location(doc.procedures[p - 1]),
                  params={"header": header, "reason_id": reason[0], "reason_en": reason[1],
                          "where_id": where[0], "where_en": where[1]}).on("role-header", header)


def _instansi_kind(doc: SopDocument) -> str | None:
    """"dinas" or "badan" when the identitas instansi names one kind of office only."""
    text = fold(doc.identity.instansi if doc.identity else "")
    kinds = {k for k in ("dinas", "badan") if re.search(rf"\b{k}\b", text)}
    return kinds.pop() if len(kinds) == 1 else None


@rule(
    name="role-name-variant", code="SOP303", severity="warning", field="role-header",
    summary={"id": "Nama jabatan salah eja, atau kepala instansi jenis lain",
             "en": "A role name is misspelt, or names the head of another kind of office"},
    message={"id": "Kolom pelaksana «{header}»{where_id} {what_id}",
             "en": "Pelaksana column «{header}»{where_en} {what_en}"},
    why={"id": "Nama jabatan yang salah eja («Kepala Sub Bagain Umum», «Kepada Dinas») tidak dapat dicocokkan "
               "dengan struktur organisasi, dan pelaksana tidak dapat dipertanggungjawabkan. Singkatan yang lazim "
               "(Kasubag, Kabid, Kasi, Kadis, Sekdis) adalah jabatan itu sendiri, bukan temuan.",
         "en": "A misspelt position («Kepala Sub Bagain Umum», «Kepada Dinas») cannot be matched with the "
               "organisation chart, so nobody is accountable for the step. The usual short forms (Kasubag, "
               "Kabid, Kasi, Kadis, Sekdis) are the position itself, no finding."},
    fail="""
        | No | Kegiatan | Kepala Sub Bagain Umum | Kepada Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | P |  | Surat | 1 hari | Format data |
        | 2 | Menandatangani data kinerja |  | P | Format data | 10 menit | Data kinerja |
        Prosedur: Pelaporan
        | No | Kegiatan | Kepala Sub Bagain Umum | Kepala Dinas | Kelengkapan | Waktu | Output |
        | 1 | Menyusun laporan | P |  | Data kinerja | 1 hari | Laporan |
        """,
    fires=["P1", "P1"],
    passing="""
        | No | Kegiatan | Kasubag Umum dan Kepegawaian | Kadis | Kelengkapan | Waktu | Output |
        | 1 | Menyusun format data kinerja | P |  | Surat | 1 hari | Format data |
        | 2 | Menandatangani data kinerja |  | P | Format data | 10 menit | Data kinerja |
        """,
)
def role_name_variant(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires once per SOP (at the first procedure using it) for each pelaksana header that is a
    misspelling of a roster role (a listed misspelling, or a fuzzy match such as "Kepada Dinas",
    rapidfuzz ratio >= variant_min_score of rules/thresholds.yaml), and for the head of another
    kind of office ("Kepala Badan" in an SOP whose instansi is a dinas). The short forms offices
    write (Kasubag, Kabid, Kasi, Kasubid, Kadis, Sekdis) are the role itself, no finding.
    Source: reviewer convention; roster in rules/roles.yaml."""
    office = _instansi_kind(doc)
    for header, p, procs in headers_once(doc):
        match = resolve_role(header, ctx.extra_roles)
        if match.kind == "variant":
            what = (f"salah eja dari «{match.suggestion}»", f"misspells «{match.suggestion}»")
        elif match.known and office and match.office and match.office != office:
            head = "Kepala Dinas" if office == "dinas" else "Kepala Badan"
            canonical = f"{head} {match.unit}" if match.unit else head
            what = (f"menamai kepala {match.office}, padahal instansi SOP ini {office}: tulis «{canonical}»",
                    f"names the head of a {match.office}, but this SOP's instansi is a {office}: write "
                    f"«{canonical}»")
        else:
            continue
        where = _where(procs)
        yield Hit(procedure=p, location=procedure_location(doc.procedures[p - 1]),
                  params={"header": header, "what_id": what[0], "what_en": what[1],
                          "where_id": where[0], "where_en": where[1]}).on("role-header", header)


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
    """Fires when a kegiatan starts with a performer followed within five words by an active verb
    (me-/ber-): a roster role name (listed spelling, internal roles only), or one of the
    procedure's own pelaksana headers in any spelling close to it (rapidfuzz ratio >= 85 of the
    header's words: "Tim pelaksanaan" for the column "Tim Pelaksana", a local post, an external
    party such as "Peserta"). Source: Permenpan RB 35/2012 (uraian kegiatan: kalimat aktif)."""
    for at in iter_steps(doc):
        step = at.step
        if blank(step.kegiatan):
            continue
        lead = _leading_performer(step.kegiatan, at.proc.pelaksana, ctx)
        if lead is None:
            continue
        words = re.findall(r"[^\W_]+", step.kegiatan)
        for k in range(lead, min(lead + 5, len(words))):
            if _ACTIVE_VERB.match(fold(words[k])):
                subject = " ".join(words[:k])
                rest = step.kegiatan[step.kegiatan.find(words[k]):]
                yield at.hit(subject=subject, suggestion=shorten(rest[:1].upper() + rest[1:], 50))
                break


def _leading_performer(kegiatan: str, headers: list[str], ctx: RuleContext) -> int | None:
    """How many words of ``kegiatan`` name its performer at the start: a roster role (internal
    groups) or a pelaksana header of the procedure in a close spelling; ``None`` for neither."""
    lead = leading_role(kegiatan, ctx.extra_roles)
    best = lead[1] if lead is not None and lead[0].group in _SUBJECT_GROUPS else 0
    words = fold(kegiatan).split()
    for header in headers:
        hw = fold(header).split()
        if hw and len(words) > len(hw) and len(hw) > best and not resolve_role(header).kind == "placeholder" \
                and fuzz.ratio(" ".join(words[:len(hw)]), " ".join(hw)) >= _HEADER_MIN_SCORE:
            best = len(hw)
    return best or None


_HEADER_MIN_SCORE = 85
_NOUN_FORM = re.compile(r"^pe(?:m|n|ng|ny|r)?[a-z]{3,}an$")


@rule(
    name="unused-pelaksana", code="SOP309", severity="warning", field="role-header",
    summary={"id": "Kolom pelaksana tanpa simbol di langkah mana pun",
             "en": "A pelaksana column holds no symbol in any step"},
    message={"id": "Kolom pelaksana «{header}» tidak memuat simbol di langkah mana pun; hapus kolom itu atau "
                   "gambar langkahnya di sana",
             "en": "Pelaksana column «{header}» holds no symbol in any step; remove the column or draw its "
                   "steps there"},
    why={"id": "Setiap kolom pelaksana menyatakan jabatan yang menjalankan langkah. Kolom yang tidak pernah "
               "memuat simbol menyebut pelaksana yang tidak melakukan apa pun: sisa templat, atau langkahnya "
               "digambar di kolom lain.",
         "en": "Each pelaksana column names a post that performs steps. A column that never holds a symbol names "
               "a performer who does nothing: a template leftover, or its steps drawn in another column."},
    fail="""
        | No | Kegiatan | Kepala BPS Provinsi | Ketua Tim Neraca Wilayah | Staff | Kelengkapan | Waktu | Output |
        | 1 | Pengumpulan data dan Fenomena |  | T |  | Output Konstruksi | 1 bulan | Data sekunder PMTB |
        | 2 | Penghitungan PMTB |  | P |  | Data sekunder PMTB | 2 minggu | Angka Inisial PMTB |
        | 3 | PMTB atas dasar harga berlaku |  | T |  | Angka Inisial PMTB | 1 hari | PMTB ADHB |
        """,
    fires=["P1", "P1"],
    passing="""
        | No | Kegiatan | Kepala BPS Provinsi | Ketua Tim Neraca Wilayah | Staff | Kelengkapan | Waktu | Output |
        | 1 | Pengumpulan data dan Fenomena |  | T |  | Output Konstruksi | 1 bulan | Data sekunder PMTB |
        | 2 | Penghitungan PMTB |  |  | P | Data sekunder PMTB | 2 minggu | Angka Inisial PMTB |
        | 3 | PMTB atas dasar harga berlaku | T |  |  | Angka Inisial PMTB | 1 hari | PMTB ADHB |
        """,
)
def unused_pelaksana(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires once per procedure for each pelaksana column no step marks with a symbol or a text
    mark. Silent for a procedure where no step has a symbol at all (the symbols could not be read:
    `symbols-not-found`), and for a column `unknown-role` reports (a bare number, no position,
    two roles in one column): one finding per column. Source: Permenpan RB 35/2012 (diagram alir:
    each symbol in its performer's column)."""
    for p, proc in iter_procedures(doc):
        if not any(s.pelaksana for s in proc.steps):
            continue
        used = {fold(h) for s in proc.steps for h in s.pelaksana}
        seen: set[str] = set()
        for header in proc.pelaksana:
            key = fold(header)
            if key in used or key in seen \
                    or resolve_role(header, ctx.extra_roles).kind in ("placeholder", "unknown", "multiple"):
                continue
            seen.add(key)
            yield Hit(procedure=p, location=procedure_location(proc), params={"header": header}
                      ).on("role-header", header)


@rule(
    name="kegiatan-not-verb", code="SOP310", severity="info", field="kegiatan",
    summary={"id": "Kegiatan ditulis sebagai kata benda, bukan kata kerja aktif",
             "en": "An activity is written as a noun phrase, not an active verb"},
    message={"id": "Langkah {step}: kegiatan «{kegiatan}» diawali kata benda «{noun}»; tulis kata kerja aktif "
                   "(me-/ber-), misalnya «Membuat SPP», bukan «Pembuatan SPP»",
             "en": "Step {step}: the activity «{kegiatan}» starts with the noun «{noun}»; write an active verb "
                   "(me-/ber-), e.g. «Membuat SPP», not «Pembuatan SPP»"},
    why={"id": "Permenpan RB No. 35 Tahun 2012 meminta uraian kegiatan ditulis dengan kata kerja aktif: setiap "
               "langkah adalah tindakan seseorang («Menyusun laporan»), bukan nama pekerjaan («Penyusunan "
               "laporan»).",
         "en": "Permenpan RB No. 35/2012 asks for activities written with an active verb: each step is an action "
               "someone takes («Menyusun laporan»), not the name of a task («Penyusunan laporan»)."},
    fail="""
        | No | Kegiatan | Bendahara | PPK | Kelengkapan | Waktu | Output |
        | 1 | Penggandaan Dokumen dan Pedoman SERUTI | T |  | DSBS | 1 hari | Buku Pedoman dan Kuesioner |
        | 2 | Membuat Daftar Rincian Pembayaran | P |  | Kuitansi pajak | 1 hari | Daftar Rincian |
        """,
    fires=["L1"],
    passing="""
        | No | Kegiatan | Bendahara | PPK | Kelengkapan | Waktu | Output |
        | 1 | Menggandakan Dokumen dan Pedoman SERUTI | T |  | DSBS | 1 hari | Buku Pedoman dan Kuesioner |
        | 2 | Membuat Daftar Rincian Pembayaran | P |  | Kuitansi pajak | 1 hari | Daftar Rincian |
        """,
)
def kegiatan_not_verb(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires for a kegiatan whose first word is a pe-/per- ... -an noun made from a verb
    ("Pembuatan", "Penyusunan", "Pengiriman", "Persiapan": the Sastrawi stemmer strips it to a
    root). Silent for a kegiatan starting with a performer (`performer-in-kegiatan` reports
    that). Source: Permenpan
    RB 35/2012 (uraian kegiatan: kata kerja aktif)."""
    for at in iter_steps(doc):
        words = fold(at.step.kegiatan).split()
        if not words or not _NOUN_FORM.match(words[0]) or stem(words[0]) == words[0]:
            continue
        if _leading_performer(at.step.kegiatan, at.proc.pelaksana, ctx) is not None:
            continue
        noun = at.step.kegiatan.split()[0].strip(" ,.:;")
        yield at.hit(kegiatan=shorten(at.step.kegiatan, 50, at_word=True), noun=noun)
