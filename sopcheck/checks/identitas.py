"""Rules on the identitas SOP block (Permenpan RB No. 35 Tahun 2012, lampiran: identitas SOP AP).

SOP101 missing-identity-field, SOP102 identity-date-invalid, SOP103 identity-date-order,
SOP104 revoked-regulation, SOP105 outdated-regulation, SOP106 keterkaitan-self.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from rapidfuzz import fuzz

from .. import ruledata
from ..domain.dates import parse_date, says_no_date
from ..domain.regulations import cited_regulations
from ..domain.titles import is_keterkaitan_reference, nomor_key, reference_key, short_key
from ..model import Identity, SopDocument
from ..text import fold, shorten
from ._common import blank, emptiness
from .base import Hit, RuleContext, rule

# Field names in words, as the SOP AP format labels them (used in both languages).
FIELD_LABELS = {
    "instansi": "Instansi",
    "nomor_sop": "Nomor SOP",
    "tanggal_pembuatan": "Tanggal Pembuatan",
    "tanggal_revisi": "Tanggal Revisi",
    "tanggal_efektif": "Tanggal Efektif",
    "disahkan_oleh": "Disahkan Oleh",
    "nama_sop": "Nama SOP",
    "dasar_hukum": "Dasar Hukum",
    "kualifikasi_pelaksana": "Kualifikasi Pelaksana",
    "keterkaitan": "Keterkaitan",
    "peralatan_perlengkapan": "Peralatan / Perlengkapan",
    "peringatan": "Peringatan",
    "pencatatan_pendataan": "Pencatatan dan Pendataan",
}
DATE_FIELDS = ("tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif")


def _required() -> list[str]:
    data = ruledata.load("identitas") or {}
    return [f for f in data.get("required") or [] if f in FIELD_LABELS]


def _value_blank(identity: Optional[Identity], field: str) -> Optional[bool]:
    """None when the field is absent, True when present but empty, False when filled."""
    if identity is None:
        return None
    value = getattr(identity, field)
    if value is None:
        return None
    if isinstance(value, list):
        return all(blank(re.sub(r"^\s*\d+\s*[.)]?\s*", "", v)) for v in value)
    return blank(value)


def _not_the_field(identity: Optional[Identity], field: str) -> Optional[str]:
    """The first item of a list field whose every item is text printed in the box that is no
    content of that field (rules/identitas.yaml ``not_the_field``: a Peringatan box holding only
    "Maksud dan tujuan: ..."), else ``None``."""
    starts = [fold(w) for w in ((ruledata.load("identitas") or {}).get("not_the_field") or {}).get(field) or []]
    items = getattr(identity, field) if identity is not None else None
    if not starts or not isinstance(items, list) or not items:
        return None
    if all(any(fold(item).startswith(w) for w in starts) for item in items):
        return items[0]
    return None


def _shown(identity: Identity, field: str) -> str:
    """What a blank field holds on the page ("" or a dash), for the message."""
    value = getattr(identity, field)
    if isinstance(value, list):
        value = " ".join(re.sub(r"^\s*\d+\s*[.)]?\s*", "", v) for v in value)
    return value or ""


@rule(
    name="missing-identity-field", code="SOP101", severity="error", field="identitas",
    summary={"id": "Kolom identitas SOP wajib tidak ada atau kosong",
             "en": "A required identitas field is absent or empty"},
    message={"id": "Identitas SOP: «{field}» {state_id}",
             "en": "Identitas SOP: «{field}» {state_en}"},
    why={"id": "Permenpan RB No. 35 Tahun 2012 menetapkan isi identitas SOP AP (nomor, tanggal "
               "pembuatan, revisi dan efektif, pengesahan, nama SOP, dasar hukum, kualifikasi, "
               "peralatan, peringatan, pencatatan). Tanpa kolom itu SOP tidak dapat disahkan atau "
               "ditelusuri. Daftar kolom wajib ada di rules/identitas.yaml.",
         "en": "Permenpan RB No. 35/2012 fixes the content of the SOP AP identity block (number, "
               "dates, approval, title, legal basis, qualifications, equipment, warning, records). "
               "Without it the SOP cannot be approved or traced. The required fields are listed in "
               "rules/identitas.yaml."},
    fail="""
        Instansi: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tapin
        Nomor SOP: 800/01/SOP/2024
        Tanggal Pembuatan: 02 Januari 2024
        Tanggal Efektif: -
        Disahkan Oleh: Kepala Dinas
        Nama SOP: Pengukuran Kinerja
        Dasar Hukum: Permenpan RB Nomor 35 Tahun 2012
        Kualifikasi Pelaksana: Memahami SAKIP
        Peralatan / Perlengkapan: Komputer
        Peringatan: Laporan kinerja terlambat
        Pencatatan dan Pendataan: Arsip laporan kinerja
        """,
    fires=["SOP"],
    passing="""
        Instansi: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tapin
        Nomor SOP: 800/01/SOP/2024
        Tanggal Pembuatan: 02 Januari 2024
        Tanggal Efektif: 05 Januari 2024
        Disahkan Oleh: Kepala Dinas
        Nama SOP: Pengukuran Kinerja
        Dasar Hukum: Permenpan RB Nomor 35 Tahun 2012
        Kualifikasi Pelaksana: Memahami SAKIP
        Peralatan / Perlengkapan: Komputer
        Peringatan: Laporan kinerja terlambat
        Pencatatan dan Pendataan: Arsip laporan kinerja
        """,
)
def missing_identity_field(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """One finding per required identitas field (the list "required" in rules/identitas.yaml) that is
    absent or empty ("", "-", or a list of empty items), or whose box holds only text that is no
    content of it (a Peringatan holding only "Maksud dan tujuan: ..."; not_the_field in
    rules/identitas.yaml): the message says what is printed there. Source: Permenpan RB
    35/2012, lampiran, format identitas SOP AP."""
    for field in _required():
        state = _value_blank(doc.identity, field)
        other = _not_the_field(doc.identity, field) if state is False else None
        if other is not None:
            label = FIELD_LABELS[field]
            yield Hit(params={"field": label, "state_id": f"berisi «{shorten(other, 40)}», bukan {label.lower()}",
                              "state_en": f"holds «{shorten(other, 40)}», which is no {label.lower()}"})
            continue
        if state is False:
            continue
        shown = emptiness(_shown(doc.identity, field)) if state else ("tidak ada", "is absent")
        yield Hit(params={"field": FIELD_LABELS[field], "state_id": shown[0], "state_en": shown[1]}
                  ).on("identitas", field)


@rule(
    name="identity-date-invalid", code="SOP102", severity="error", field="identitas",
    summary={"id": "Kolom tanggal identitas tidak berisi tanggal",
             "en": "An identitas date field holds no date"},
    message={"id": "Identitas SOP: «{field}» berisi «{value}», bukan tanggal",
             "en": "Identitas SOP: «{field}» holds «{value}», which is not a date"},
    why={"id": "Tanggal pembuatan, revisi dan efektif menentukan kapan SOP berlaku dan kapan harus "
               "ditinjau; teks lain di kolom itu biasanya isian yang tergeser dari kolom lain.",
         "en": "The making, revision and effective dates say when the SOP applies and when it is due "
               "for review; other text there is usually a value shifted from another field."},
    fail="""
        Tanggal Pembuatan: 01 Agustus 2023
        Tanggal Revisi: Memiliki Sikap Rapi, Teliti dan Ramah
        """,
    fires=["SOP"],
    passing="""
        Tanggal Pembuatan: 01 Agustus 2023
        Tanggal Revisi: -
        """,
)
def identity_date_invalid(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires for a Tanggal Pembuatan / Revisi / Efektif that is filled but holds no
    recognisable date (day-month-year, month-year, numeric, or a year). "-" and "belum ada"
    in Tanggal Revisi are accepted; empty fields are `missing-identity-field`'s. Source:
    Permenpan RB 35/2012, identitas SOP AP."""
    if doc.identity is None:
        return
    for field in DATE_FIELDS:
        value = getattr(doc.identity, field)
        if blank(value) or says_no_date(value):
            continue
        if parse_date(value) is None:
            yield Hit(params={"field": FIELD_LABELS[field], "value": shorten(value or "")}).on("identitas", field)


@rule(
    name="identity-date-order", code="SOP103", severity="error", field="identitas",
    summary={"id": "Tanggal Efektif mendahului Tanggal Pembuatan",
             "en": "Tanggal Efektif is before Tanggal Pembuatan"},
    message={"id": "Identitas SOP: Tanggal Efektif «{efektif}» lebih awal dari Tanggal Pembuatan «{pembuatan}»",
             "en": "Identitas SOP: Tanggal Efektif «{efektif}» is earlier than Tanggal Pembuatan «{pembuatan}»"},
    why={"id": "Tanggal efektif adalah tanggal penandatanganan; SOP tidak dapat berlaku sebelum selesai dibuat.",
         "en": "The effective date is the signing date; an SOP cannot take effect before it is written."},
    fail="""
        Tanggal Pembuatan: 20 Januari 2025
        Tanggal Efektif: 21 Januari 2024
        """,
    fires=["SOP"],
    passing="""
        Tanggal Pembuatan: 20 Januari 2025
        Tanggal Efektif: 21 Januari 2025
        """,
)
def identity_date_order(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires when Tanggal Efektif is strictly earlier than Tanggal Pembuatan, compared at the
    precision both carry ("Maret 2019" vs "02 Januari 2019" compares months). Source:
    reviewer convention (the effective date is the signing date)."""
    ident = doc.identity
    if ident is None:
        return
    made, eff = parse_date(ident.tanggal_pembuatan), parse_date(ident.tanggal_efektif)
    if made is None or eff is None:
        return
    depth = min(made.depth, eff.depth)
    if eff.key(depth) < made.key(depth):
        yield Hit(params={"efektif": shorten(ident.tanggal_efektif or ""),
                          "pembuatan": shorten(ident.tanggal_pembuatan or "")}).on("identitas", "tanggal_efektif")


# --- Dasar Hukum -------------------------------------------------------------------------

def _reference_year(ident: Identity) -> Optional[int]:
    """The year the SOP was made or last revised (the later of the two), else effective."""
    years = [d.year for d in (parse_date(ident.tanggal_pembuatan), parse_date(ident.tanggal_revisi)) if d]
    if not years:
        eff = parse_date(ident.tanggal_efektif)
        years = [eff.year] if eff else []
    return max(years) if years else None


def _regulation_hits(doc: SopDocument, revoked_before: bool) -> Iterator[Hit]:
    ident = doc.identity
    if ident is None or not ident.dasar_hukum:
        return
    ref = _reference_year(ident)
    seen: set[str] = set()
    for _item, reg in cited_regulations(ident.dasar_hukum):
        if reg.label in seen:
            continue
        seen.add(reg.label)
        before = ref is not None and reg.revoked_year < ref
        if before == revoked_before:
            yield Hit(params={"regulation": reg.label, "replacement": reg.replaced_by,
                              "revoked_year": reg.revoked_year, "sop_year": ref if ref else "?"}
                      ).on("identitas", "dasar_hukum")


@rule(
    name="revoked-regulation", code="SOP104", severity="error", field="identitas",
    summary={"id": "Dasar Hukum mengutip peraturan yang sudah dicabut sebelum SOP dibuat",
             "en": "Dasar Hukum cites a regulation revoked before the SOP was made"},
    message={"id": "Dasar Hukum: {regulation} sudah dicabut ({revoked_year}) sebelum SOP dibuat/direvisi "
                   "({sop_year}); ganti dengan {replacement}",
             "en": "Dasar Hukum: {regulation} was revoked ({revoked_year}) before the SOP was made/revised "
                   "({sop_year}); cite {replacement} instead"},
    why={"id": "Dasar hukum harus peraturan yang berlaku saat SOP disusun; peraturan yang sudah dicabut "
               "tidak dapat menjadi dasar. Daftar pencabutan ada di rules/regulations.yaml.",
         "en": "The legal basis must be in force when the SOP is written; a revoked regulation is no "
               "basis. The revocations are listed in rules/regulations.yaml."},
    fail="""
        Tanggal Pembuatan: 01 Agustus 2023
        Dasar Hukum: Permenpan RB Nomor 12 Tahun 2015 tentang Pedoman Evaluasi SAKIP
        """,
    fires=["SOP"],
    passing="""
        Tanggal Pembuatan: 01 Agustus 2023
        Dasar Hukum: Permenpan RB Nomor 88 Tahun 2021 tentang Evaluasi SAKIP
        """,
)
def revoked_regulation(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires for each Dasar Hukum item whose main citation (its first: "Perpres 16/2018 jo. Perpres
    12/2021" cites Perpres 16/2018) the register of rules/regulations.yaml lists as revoked
    (status dicabut), in a year before the SOP was made or last revised; the message names the
    regulation in force that replaced it (followed through the register when the replacement was
    revoked in turn). Citations are read in the usual forms ("Permenpan RB No. 35/2012", "PP 8 Th.
    2008", "Peraturan Menteri ... Nomor 35 Tahun 2012"); a regulation the register does not know,
    or knows as in force or amended, is never a finding. Source: the revoking regulation's own
    revoking clause, as recorded in rules/regulations.yaml."""
    yield from _regulation_hits(doc, revoked_before=True)


@rule(
    name="outdated-regulation", code="SOP105", severity="warning", field="identitas",
    summary={"id": "Dasar Hukum mengutip peraturan yang kini sudah dicabut; SOP perlu direvisi",
             "en": "Dasar Hukum cites a regulation revoked since; the SOP is due for revision"},
    message={"id": "Dasar Hukum: {regulation} telah dicabut ({revoked_year}) dan diganti {replacement}; "
                   "SOP perlu direvisi",
             "en": "Dasar Hukum: {regulation} was revoked ({revoked_year}) and replaced by {replacement}; "
                   "the SOP is due for revision"},
    why={"id": "Peraturan yang dicabut setelah SOP disahkan membuat SOP usang; tinjau dan revisi SOP.",
         "en": "A regulation revoked after the SOP was approved makes the SOP outdated; review and revise it."},
    fail="""
        Tanggal Pembuatan: 02 Januari 2019
        Dasar Hukum: UU Nomor 33 Tahun 2004 tentang Perimbangan Keuangan
        """,
    fires=["SOP"],
    passing="""
        Tanggal Pembuatan: 02 Januari 2023
        Dasar Hukum: UU Nomor 1 Tahun 2022 tentang Hubungan Keuangan
        """,
)
def outdated_regulation(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires for each Dasar Hukum item whose main citation the register of rules/regulations.yaml
    lists as revoked in or after the year the SOP was made/revised (or when the SOP has no usable
    date), naming the regulation in force that replaced it. Unknown, in-force and amended
    regulations are never a finding. Source: the revoking regulation's own revoking clause, as
    recorded in rules/regulations.yaml."""
    yield from _regulation_hits(doc, revoked_before=False)


# --- Keterkaitan -------------------------------------------------------------------------

_YEARS = re.compile(r"\b(?:tahun\s+)?(?:19|20)\d\d\b")


def _self_key(text: Optional[str]) -> str:
    """A title or Keterkaitan item folded for the self-reference test: SOP prefixes and
    abbreviations as in the audit's title keys (:func:`sopcheck.domain.titles.short_key`), years
    left out ("... Triwulanan Tahun 2025" names the SOP of every year)."""
    return " ".join(_YEARS.sub(" ", short_key(reference_key(text or ""))).split())


@rule(
    name="keterkaitan-self", code="SOP106", severity="warning", field="identitas",
    summary={"id": "Keterkaitan mencantumkan SOP ini sendiri", "en": "Keterkaitan lists the SOP itself"},
    message={"id": "Keterkaitan: «{item}» adalah SOP ini sendiri (Nama SOP «{nama}»{nomor_id}); keterkaitan "
                   "memuat SOP lain yang terkait",
             "en": "Keterkaitan: «{item}» is this SOP itself (Nama SOP «{nama}»{nomor_en}); Keterkaitan lists the "
                   "other SOPs it relates to"},
    why={"id": "Keterkaitan menunjukkan hubungan SOP ini dengan SOP lain (Permenpan RB No. 35 Tahun 2012); SOP "
               "yang menyebut dirinya sendiri tidak menunjukkan hubungan apa pun, biasanya daftar yang disalin "
               "dari SOP sejenis tanpa disesuaikan.",
         "en": "Keterkaitan shows how this SOP relates to others (Permenpan RB No. 35/2012); an SOP naming itself "
               "shows no relation, usually a list copied from a sibling SOP without adjusting it."},
    fail="""
        Nama SOP: SOP Diseminasi Statistik Lingkungan Hidup
        Nomor SOP: SOP-107/17000/2025
        Keterkaitan: SOP Persiapan Statistik Lingkungan Hidup; SOP Diseminasi Statistik Lingkungan Hidup
        """,
    fires=["SOP"],
    passing="""
        Nama SOP: Standar Operasional Prosedur Indeks Demokrasi Indonesia (IDI)
        Nomor SOP: SOP-093/17000/2025
        Keterkaitan: SOP Pengumpulan Data IDI; SOP Pengolahan dan Evaluasi IDI; SOP Diseminasi IDI
        """,
    options={"min_similarity": 92},
)
def keterkaitan_self(doc: SopDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Fires once for a Keterkaitan item that names the SOP itself: its title (SOP prefixes,
    abbreviations and years left out) reaches min_similarity (rapidfuzz ratio, default 92)
    against the Nama SOP ("SOP Evaluasi Survei Tahunan ... 2024" in the SOP "Evaluasi Data Survei
    Tahunan ..."), or it holds the SOP's own Nomor SOP. Items that name a regulation or no SOP at
    all are not compared; a stage SOP of the same survey ("SOP Persiapan Survei ...") is another
    SOP. Source: Permenpan RB 35/2012 (identitas: keterkaitan)."""
    ident = doc.identity
    if ident is None or not ident.keterkaitan:
        return
    title = _self_key(ident.nama_sop)
    nomor = nomor_key(ident.nomor_sop)
    threshold = float(ctx.opts["min_similarity"])
    for item in ident.keterkaitan:
        if not is_keterkaitan_reference(item) and not (nomor and nomor in nomor_key(item)):
            continue
        key = _self_key(item)
        by_title = len(title) >= 4 and len(key) >= 4 and fuzz.ratio(key, title) >= threshold
        by_number = bool(nomor) and nomor in re.sub(r"\s+", "", item).casefold()
        if by_title or by_number:
            shown = (f"; Nomor SOP {ident.nomor_sop}", f"; Nomor SOP {ident.nomor_sop}") if by_number else ("", "")
            yield Hit(params={"item": shorten(item, 70), "nama": shorten(ident.nama_sop or "", 70),
                              "nomor_id": shown[0], "nomor_en": shown[1]}).on("identitas", "keterkaitan")
            return
