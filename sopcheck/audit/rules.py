"""Cross-document rules (scope ``"audit"``, codes SOP6xx): what no single file can show.

They run once per dinas, after every document of the audit has been checked, over a
:class:`DinasFacts` — the few facts the workers sent back (Nomor SOP and title per
procedure, instansi, Keterkaitan/Keterangan references) — and yield :class:`AuditHit` values
naming the document (and procedure/step) a finding belongs to. Like the document rules, each
is one function registered with :func:`sopcheck.checks.base.rule`, with its messages (id/en),
rationale and PASS/FAIL examples beside it, so ``sopcheck rule SOP601`` explains it.
Vocabulary and thresholds live in ``rules/audit.yaml``; ``[thresholds.<rule>]`` in a
configuration file overrides the numbers.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any, Iterator, Optional

from ..checks.base import REGISTRY, RuleContext, rule
from ..ruledata import load
from ..text import abbreviate, fold
from .labels import t


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return load("audit")


def _opt(rule_name: str, key: str) -> Any:
    return _data()[rule_name][key]


# --- the facts a rule sees ------------------------------------------------------------------

@dataclass
class DocEntry:
    """One document of the dinas."""

    id: int
    path: str
    instansi: Optional[str]
    nomor_sop: Optional[str]
    nama_sop: Optional[str]
    procedures: list[tuple[int, Optional[str], Optional[str]]] = field(default_factory=list)
    """``(index, title, nomor_sop)`` per procedure."""


@dataclass
class RefEntry:
    """A related SOP named by a document (see :class:`sopcheck.audit.task.Reference`)."""

    doc_id: int
    kind: str
    text: str
    procedure: Optional[int]
    step: Optional[int]
    page: Optional[int]
    table: Optional[int]
    row: Optional[int]


@dataclass
class DinasFacts:
    """Everything the cross-document rules know about one dinas."""

    dinas: str
    documents: list[DocEntry] = field(default_factory=list)
    references: list[RefEntry] = field(default_factory=list)
    root: Optional[str] = None
    """The audit root: paths in messages are shown relative to it."""

    def show(self, path: str) -> str:
        """``path`` as shown in a message: relative to the audit root when inside it."""
        import os

        if self.root:
            try:
                rel = os.path.relpath(path, self.root)
            except ValueError:
                return path
            if not rel.startswith(".."):
                return rel
        return path

    def path_of(self, doc_id: int) -> str:
        for d in self.documents:
            if d.id == doc_id:
                return d.path
        return "?"


@dataclass
class AuditHit:
    """One place a cross-document rule fires: document ``doc_id`` (and optionally a
    procedure/step/location there) with the params of the rule's message."""

    doc_id: int
    procedure: Optional[int] = None
    step: Optional[int] = None
    page: Optional[int] = None
    table: Optional[int] = None
    row: Optional[int] = None
    params: dict[str, Any] = field(default_factory=dict)


# --- shared helpers ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _prefix_re() -> re.Pattern:
    words = sorted(_data()["title_prefixes"], key=len, reverse=True)
    return re.compile(r"^(?:(?:" + "|".join(re.escape(w) for w in words) + r")\s*)+")


def title_key(title: Optional[str]) -> str:
    """The folded title with SOP prefixes removed: the key titles are compared by.

    >>> title_key("SOP PENYUSUNAN RENCANA STRATEGIS (RENSTRA)")
    'penyusunan rencana strategis renstra'
    """
    return _prefix_re().sub("", fold(title)).strip()


def short_key(title: Optional[str]) -> str:
    """:func:`title_key` with document names abbreviated (:func:`sopcheck.text.abbreviate`,
    rules/abbreviations.yaml): one SOP titled two ways has one short key.

    >>> short_key("SOP PENYUSUNAN RENCANA STRATEGIS (RENSTRA)")
    'penyusunan renstra'
    """
    return abbreviate(title_key(title))


@lru_cache(maxsize=1)
def _reference_re() -> re.Pattern:
    words = sorted(_data()["dangling-keterkaitan"]["reference_words"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def reference_key(text: Optional[str]) -> str:
    """The title a reference names: from its first SOP word on, as :func:`title_key`
    ("Lihat SOP Pengumpulan Data" → "pengumpulan data")."""
    folded = fold(text)
    m = _reference_re().search(folded)
    return title_key(folded[m.start():] if m else folded)


def file_title_key(path: str) -> str:
    """A title guessed from a file name ("statistics__093. SOP IDI signed.pdf" → "idi"): offices
    usually name the file after the SOP, so references may match it when the title is unread."""
    import os

    stem = os.path.splitext(os.path.basename(path))[0]
    folded = fold(stem.replace("_", " "))
    folded = re.sub(r"^(?:[a-z]+ )?\d+ ", "", folded)
    folded = re.sub(r"\b(?:signed|ttd|final|rev\w*|revisi|draft|salinan|copy|\d+)\b", " ", folded)
    return reference_key(" ".join(folded.split()))


def nomor_key(nomor: Optional[str], min_digits: Optional[int] = None) -> str:
    """A Nomor SOP folded for comparison (case and spaces ignored, separators kept); ``""``
    for a placeholder with fewer digits than ``min_digits`` (default: rules/audit.yaml)."""
    if not nomor:
        return ""
    if min_digits is None:
        min_digits = _opt("duplicate-nomor-sop", "min_digits")
    key = re.sub(r"\s+", "", nomor).casefold().strip(".,;:")
    if sum(ch.isdigit() for ch in key) < min_digits:
        return ""
    return key


def sop_entries(doc: DocEntry) -> list[tuple[Optional[int], str, Optional[str]]]:
    """``(procedure index or None, Nomor SOP, title)`` for each SOP the document holds: one per
    procedure (its own number, else the identitas number; its title, else Nama SOP), or the
    identitas alone when no procedure was found. Procedures of one document with the same
    number and title (an unmerged continuation) count once."""
    out: list[tuple[Optional[int], str, Optional[str]]] = []
    seen: set[tuple[str, str]] = set()
    for idx, title, nomor in doc.procedures:
        number = nomor or doc.nomor_sop
        name = title or doc.nama_sop
        key = (nomor_key(number), short_key(name))
        if key in seen:
            continue
        seen.add(key)
        out.append((idx, number or "", name))
    if not doc.procedures:
        out.append((None, doc.nomor_sop or "", doc.nama_sop))
    return out


def short_title(text: Optional[str], limit: int = 80) -> str:
    """``text`` on one line, cut to ``limit`` characters with "…"; "(tanpa judul)" when empty."""
    text = " ".join((text or "").split()) or "(tanpa judul)"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def first_of(items: Iterator[str], total: int, limit: int = 3) -> str:
    """The first ``limit`` of lazily made ``items`` joined, with "+k" for the rest of ``total``:
    a group of a thousand copies costs three strings per finding, not a thousand."""
    shown = []
    for item in items:
        shown.append(item)
        if len(shown) == limit:
            break
    text = "; ".join(shown)
    return text + (f"; … (+{total - len(shown)})" if total > len(shown) else "")


def _list(items: list[str], limit: int = 3) -> str:
    shown = "; ".join(items[:limit])
    return shown + (f"; … (+{len(items) - limit})" if len(items) > limit else "")


# --- the rules ------------------------------------------------------------------------------

@rule(
    name="duplicate-nomor-sop", code="SOP601", severity="error", scope="audit",
    summary={"id": "Satu Nomor SOP dipakai lebih dari satu SOP atau berkas",
             "en": "One Nomor SOP is used by several SOPs or files"},
    message={"id": "Nomor SOP {nomor} ({title}) juga dipakai oleh: {others}",
             "en": "Nomor SOP {nomor} ({title}) is also used by: {others}"},
    why={"id": "Nomor SOP mengikuti tata naskah dinas dan harus unik per SOP (Permenpan RB No. 35 "
               "Tahun 2012). Satu nomor pada beberapa SOP berbeda (seed 003 mencetak satu nomor di "
               "bawah enam judul SOP) membuat SOP tidak dapat dirujuk dengan pasti; satu SOP yang "
               "diarsipkan dua kali dengan nama berkas atau folder berbeda membuat dua salinan yang "
               "bisa menyimpang saat direvisi. Beri setiap SOP nomornya sendiri dan simpan satu berkas "
               "per SOP.",
         "en": "The Nomor SOP follows the office's tata naskah dinas and must be unique per SOP. One "
               "number on several different SOPs (seed 003 prints one number under six SOP titles) "
               "makes the SOPs impossible to cite unambiguously; one SOP filed twice under different "
               "file or folder names makes two copies that drift apart on revision. Give every SOP its "
               "own number and keep one file per SOP."},
    fail="dinkes/renstra.docx: 01/SOP/DKPS/SKRT/X/2016 SOP Penyusunan LAKIP, SOP Penyusunan Renstra\n"
         "dinkes/lama/renstra (salinan).docx: the same SOP again",
    passing="dinkes/lakip.docx: 01/SOP/DKPS/SKRT/X/2016 SOP Penyusunan LAKIP\n"
            "dinkes/renstra.docx: 02/SOP/DKPS/SKRT/X/2016 SOP Penyusunan Renstra",
    options={"min_digits": _opt("duplicate-nomor-sop", "min_digits")},
)
def duplicate_nomor_sop(facts: DinasFacts, ctx: RuleContext) -> Iterator[AuditHit]:
    """One finding per SOP (procedure, or document without procedures) whose Nomor SOP is
    shared with a *different* SOP of the dinas, or with the same SOP in another file. The
    same SOP (number, title and instansi) filed in another dinas folder is found by
    :func:`sopcheck.audit.cross.same_sop_in_other_dinas`, which reports under this rule."""
    min_digits = ctx.option("duplicate-nomor-sop", "min_digits", _opt("duplicate-nomor-sop", "min_digits"))
    groups: dict[str, list[tuple[DocEntry, Optional[int], str, Optional[str]]]] = defaultdict(list)
    for doc in facts.documents:
        for idx, number, title in sop_entries(doc):
            key = nomor_key(number, min_digits)
            if key:
                groups[key].append((doc, idx, number, title))
    for entries in groups.values():
        if len(entries) < 2:
            continue
        titles = {short_key(name) for _, _, _, name in entries}
        files = {d.id for d, _, _, _ in entries}
        if len(titles) < 2 and len(files) < 2:
            continue

        def describe(doc: DocEntry, idx: Optional[int], title: Optional[str]) -> Iterator[str]:
            for d2, i2, _, t2 in entries:
                if d2.id == doc.id and i2 == idx:
                    continue
                if d2.id != doc.id and short_key(t2) == short_key(title):
                    yield t("same_sop_in", ctx.lang, path=facts.show(d2.path))
                else:
                    where = "" if d2.id == doc.id else f" [{facts.show(d2.path)}]"
                    yield f"{short_title(t2, 60)}{where}"

        for doc, idx, number, title in entries:
            others = first_of(describe(doc, idx, title), len(entries) - 1)
            yield AuditHit(doc.id, procedure=idx, params={"nomor": number, "title": short_title(title, 60), "others": others})


@rule(
    name="duplicate-nama-sop", code="SOP602", severity="warning", scope="audit",
    summary={"id": "Satu judul SOP ada di beberapa dokumen dinas",
             "en": "One SOP title appears in several documents of a dinas"},
    message={"id": "Judul SOP \"{title}\" juga ada di: {others}",
             "en": "SOP title \"{title}\" also appears in: {others}"},
    why={"id": "Dua dokumen satu dinas dengan judul SOP yang sama (dan nomor berbeda atau tanpa "
               "nomor) berarti dua versi prosedur yang sama berlaku bersamaan: pelaksana tidak tahu "
               "mana yang benar. Cabut versi lama atau bedakan judulnya bila prosedurnya memang "
               "berbeda. (Judul sama dengan nomor sama dilaporkan sebagai duplicate-nomor-sop.)",
         "en": "Two documents of one dinas with the same SOP title (and different or no numbers) are "
               "two versions of one procedure in force at once: performers cannot tell which one "
               "applies. Withdraw the old version, or give them distinct titles when the procedures "
               "really differ. (Same title under the same number is reported as duplicate-nomor-sop.)"},
    fail="dinsos/a.docx: 01/SOP/2019 SOP Penyusunan Renja\ndinsos/b.docx: 07/SOP/2022 SOP PENYUSUNAN RENJA",
    passing="dinsos/a.docx: SOP Penyusunan Renja\ndinsos/b.docx: SOP Penyusunan Renstra",
)
def duplicate_nama_sop(facts: DinasFacts, ctx: RuleContext) -> Iterator[AuditHit]:
    """One finding per document whose SOP title is also the title of another document of the
    dinas under a different (or no) Nomor SOP."""
    by_title: dict[str, list[tuple[DocEntry, Optional[int], str, Optional[str]]]] = defaultdict(list)
    for doc in facts.documents:
        for idx, number, title in sop_entries(doc):
            key = short_key(title)
            if len(key) >= 4:
                by_title[key].append((doc, idx, number, title))
    for entries in by_title.values():
        if len({d.id for d, _, _, _ in entries}) < 2:
            continue
        keyed = [(d, i, n, t, nomor_key(n)) for d, i, n, t in entries]
        per_doc: dict[int, int] = defaultdict(int)
        per_number: dict[str, int] = defaultdict(int)
        per_doc_number: dict[tuple[int, str], int] = defaultdict(int)
        for d, _, _, _, k in keyed:
            per_doc[d.id] += 1
            if k:
                per_number[k] += 1
                per_doc_number[(d.id, k)] += 1
        for doc, idx, number, title, mine in keyed:
            # entries of other documents under another (or no) number
            total = len(keyed) - per_doc[doc.id]
            if mine:
                total -= per_number[mine] - per_doc_number[(doc.id, mine)]
            if total <= 0:
                continue
            others = (facts.show(d2.path) + (f" ({n2})" if n2 else "") for d2, _, n2, _, k in keyed
                      if d2.id != doc.id and not (mine and k == mine))
            yield AuditHit(doc.id, procedure=idx, params={"title": short_title(title), "others": first_of(others, total)})


def title_matcher(titles: set[str], min_similarity: float):
    """A test ``names(reference_key) -> bool``: does the reference name one of ``titles``
    (folded keys, :func:`title_key`)?

    It does when *every* word of the reference, small words (``ignore_words`` in
    rules/audit.yaml) left out, is near a word of one and the same title (rapidfuzz ``ratio``
    >= ``min_similarity``, 0-100): "Penyusunan Renstra" names "Penyusunan Rencana Strategis
    (Renstra)" and "Penyusunan Rencana Strategi" names it too (a misspelt word), but
    "Penyusunan Renja" does not (renja/renstra: 67), nor does "Pengolahan Data PODES" name a
    title "PODES" (a reference naming more than a title is another SOP). Whole-string scores
    (token_set_ratio) accept both of those. A reference that goes on to name the instansi
    ("... Renstra Dinas Kependudukan ...", from the first unit word of rules/audit.yaml on) may
    also match without that part. Each distinct word is compared with the dinas's
    vocabulary once; a title is then found by intersecting sets.
    """
    from rapidfuzz import fuzz, process

    ignore = set(_opt("dangling-keterkaitan", "ignore_words"))
    index: dict[str, set[int]] = defaultdict(set)
    for i, title in enumerate(sorted(titles)):
        for word in title.split():
            index[word].add(i)
    vocab = list(index)
    near: dict[str, set[int]] = {}

    def titles_with(word: str) -> set[int]:
        if word not in near:
            found: set[int] = set(index.get(word, ()))
            for match, _, _ in process.extract(word, vocab, scorer=fuzz.ratio, score_cutoff=min_similarity,
                                               limit=None):
                found |= index[match]
            near[word] = found
        return near[word]

    def names(reference: str) -> bool:
        # "SOP Penyusunan Renstra Dinas Kependudukan ...": the instansi is not part of the title
        unit = _unit_re().search(reference)
        if unit and unit.start() > 0 and covered(reference[:unit.start()]):
            return True
        return covered(reference)

    def covered(reference: str) -> bool:
        words = [w for w in reference.split() if w not in ignore] or reference.split()
        candidates: Optional[set[int]] = None
        for word in dict.fromkeys(words):
            hits = titles_with(word)
            candidates = set(hits) if candidates is None else candidates & hits
            if not candidates:
                return False
        return bool(candidates)

    return names


@rule(
    name="dangling-keterkaitan", code="SOP603", severity="warning", scope="audit",
    summary={"id": "SOP terkait tidak ada di dinas", "en": "A related SOP does not exist in the dinas"},
    message={"id": "SOP terkait \"{reference}\" ({where}) tidak ditemukan di antara SOP {dinas}",
             "en": "Related SOP \"{reference}\" ({where}) is not among the SOPs of {dinas}"},
    why={"id": "Keterkaitan dan Keterangan merujuk SOP lain yang harus dijalankan bersama (\"SOP alur "
               "surat masuk dan surat keluar\"). Rujukan ke SOP yang tidak ada di dinas itu berarti SOP "
               "tersebut belum dibuat, berganti judul, atau salah tulis; pelaksana tidak dapat "
               "mengikutinya. Susun SOP yang dirujuk atau perbaiki judul rujukannya.",
         "en": "Keterkaitan and Keterangan name other SOPs that must be followed together (\"SOP alur "
               "surat masuk dan surat keluar\"). A reference to an SOP the dinas does not have means it "
               "was never written, was renamed, or is misspelt; performers cannot follow it. Write the "
               "referenced SOP or correct the reference."},
    fail="Keterangan: \"SOP alur surat masuk dan surat keluar\" — no SOP of the dinas has that title",
    passing="Keterkaitan: \"SOP Penyusunan Renstra\" — dinas/renstra.docx is \"SOP PENYUSUNAN RENCANA "
            "STRATEGIS (RENSTRA)\"",
    options={"min_similarity": _opt("dangling-keterkaitan", "min_similarity")},
)
def dangling_keterkaitan(facts: DinasFacts, ctx: RuleContext) -> Iterator[AuditHit]:
    """One finding per reference (per document, once per distinct text) that names no SOP of the
    dinas. A reference names an SOP when every word of it (small words aside) is near a word of
    one and the same title (rapidfuzz ratio >= min_similarity): the title of a procedure or
    document of the dinas, or one guessed from a file name. "SOP Penyusunan Renstra" names "SOP
    PENYUSUNAN RENCANA STRATEGIS (RENSTRA)"; "SOP Penyusunan Renja" does not (see
    :func:`title_matcher`; words and threshold in rules/audit.yaml)."""
    threshold = ctx.option("dangling-keterkaitan", "min_similarity",
                           _opt("dangling-keterkaitan", "min_similarity"))
    min_chars = _opt("dangling-keterkaitan", "min_reference_chars")
    titles: set[str] = set()
    for doc in facts.documents:
        named = [title for _, _, title in sop_entries(doc)] + [title for _, title, _ in doc.procedures]
        keys = [key for key in map(title_key, named) if key]
        guessed = file_title_key(doc.path)
        if len(guessed) >= min_chars:
            keys.append(guessed)
        for key in keys:  # each title as written and with names abbreviated
            titles.update((key, abbreviate(key)))
    names = title_matcher(titles, threshold)
    verdict: dict[str, bool] = {}
    done: set[tuple[int, str]] = set()
    for ref in facts.references:
        key = reference_key(ref.text)
        if len(key) < min_chars or (ref.doc_id, key) in done:
            continue
        done.add((ref.doc_id, key))
        if key not in verdict:  # as written, else with names abbreviated ("Rencana Strategis" = "Renstra")
            verdict[key] = names(key) or names(abbreviate(key))
        if verdict[key]:
            continue
        where = "Keterkaitan" if ref.kind == "keterkaitan" else f"Keterangan langkah {ref.step}"
        if ctx.lang == "en" and ref.kind != "keterkaitan":
            where = f"Keterangan of step {ref.step}"
        yield AuditHit(ref.doc_id, procedure=ref.procedure, step=ref.step, page=ref.page,
                       table=ref.table, row=ref.row,
                       params={"reference": short_title(ref.text), "where": where, "dinas": facts.dinas})


@lru_cache(maxsize=1)
def _abbrev() -> dict[str, str]:
    return {fold(k): fold(v) for k, v in _data()["instansi-name-variant"]["abbreviations"].items()}


def instansi_key(name: Optional[str]) -> str:
    """The folded instansi name with abbreviations expanded ("Kab." → "kabupaten")."""
    table = _abbrev()
    return " ".join(table.get(w, w) for w in fold(name).split())


def is_name_variant(a: str, b: str, min_similarity: float, min_word: float) -> bool:
    """True when instansi keys ``a`` and ``b`` differ only by misspelt words: overall ratio
    >= ``min_similarity``, at least one word replaced, and every replaced word near its
    counterpart. Pure additions/omissions ("Dinas X" / "Dinas X Kabupaten Y") are not variants."""
    from rapidfuzz import fuzz

    if a == b or fuzz.ratio(a, b) < min_similarity:
        return False
    wa, wb = a.split(), b.split()
    replaced = False
    for op, i1, i2, j1, j2 in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if op != "replace":
            return False
        left, right = " ".join(wa[i1:i2]), " ".join(wb[j1:j2])
        if fuzz.ratio(left, right) < min_word:
            return False
        replaced = True
    return replaced


@rule(
    name="instansi-name-variant", code="SOP604", severity="warning", scope="audit",
    summary={"id": "Nama instansi ditulis dengan dua cara dalam satu dinas",
             "en": "The instansi is named two ways within one dinas"},
    message={"id": "Instansi ditulis \"{variant}\"; di tempat lain dalam dinas ini tertulis \"{usual}\" "
                   "({count}x)",
             "en": "The instansi is written \"{variant}\"; elsewhere in this dinas it is \"{usual}\" ({count}x)"},
    why={"id": "Nama instansi pada identitas SOP adalah nama resmi unit penerbit. Ejaan yang berbeda "
               "dalam satu dinas (\"Kabupaten Bintang\" / \"Kabupaten Bintan\", seed 000) adalah salah "
               "ketik yang ikut tertanda tangan. Samakan dengan nomenklatur resmi.",
         "en": "The instansi on the identitas is the issuing unit's official name. Two spellings within "
               "one dinas (\"Kabupaten Bintang\" / \"Kabupaten Bintan\", seed 000) are a typo that gets "
               "signed. Use the official nomenclature everywhere."},
    fail="a.docx: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bintang\n"
         "b.docx: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bintan",
    passing="a.docx: Dinas Kependudukan dan Pencatatan Sipil Kab. Bintan\n"
            "b.docx: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bintan",
    options={"min_similarity": _opt("instansi-name-variant", "min_similarity"),
             "min_word_similarity": _opt("instansi-name-variant", "min_word_similarity")},
)
def instansi_name_variant(facts: DinasFacts, ctx: RuleContext) -> Iterator[AuditHit]:
    """One finding per place (a document's identitas, or a procedure title naming the instansi)
    where the instansi is a near-miss spelling of another name of the dinas that is written
    more often (on a tie, the alphabetically later spelling is reported)."""
    min_sim = ctx.option("instansi-name-variant", "min_similarity", _opt("instansi-name-variant", "min_similarity"))
    min_word = ctx.option("instansi-name-variant", "min_word_similarity",
                          _opt("instansi-name-variant", "min_word_similarity"))
    places: dict[str, list[tuple[DocEntry, Optional[int]]]] = defaultdict(list)
    shown: dict[str, str] = {}
    for doc in facts.documents:
        for procedure, text in [(None, doc.instansi)] + [(i, instansi_in_title(t)) for i, t, _ in doc.procedures]:
            key = instansi_key(text)
            if key:
                places[key].append((doc, procedure))
                shown.setdefault(key, " ".join((text or "").split()))
    keys = sorted(places, key=lambda k: (-len(places[k]), k))
    if len(keys) < 2 or len(keys) > 500:  # hundreds of distinct names: not one dinas's variants
        return
    for i, minority in enumerate(keys):
        for usual in keys[:i]:
            if is_name_variant(minority, usual, min_sim, min_word):
                reported: set[tuple[int, Optional[int]]] = set()
                for doc, procedure in places[minority]:
                    if (doc.id, procedure) in reported:
                        continue
                    reported.add((doc.id, procedure))
                    yield AuditHit(doc.id, procedure=procedure,
                                   params={"variant": shown[minority], "usual": shown[usual],
                                           "count": len(places[usual])})
                break


@lru_cache(maxsize=1)
def _unit_re() -> re.Pattern:
    words = sorted(_data()["instansi-name-variant"]["unit_words"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(fold(w)) for w in words) + r")\b")


def instansi_in_title(title: Optional[str]) -> Optional[str]:
    """The instansi a procedure title names, from its first unit word on ("Prosedur Penyusunan
    Renstra Dinas Kependudukan ... Kabupaten Bintan" → "Dinas Kependudukan ... Kabupaten Bintan"),
    or ``None``; only names that include a region word (kabupaten, kota, provinsi) count."""
    if not title:
        return None
    folded = fold(title)
    m = _unit_re().search(folded)
    if not m:
        return None
    mention = folded[m.start():]
    regions = _data()["instansi-name-variant"]["region_words"]
    if not any(re.search(rf"\b{re.escape(w)}\b", mention) for w in regions):
        return None
    # keep the original spelling for the message: same words, original case
    words = title.split()
    n = len(mention.split())
    return " ".join(words[-n:]) if n <= len(words) else mention


AUDIT_RULES = [REGISTRY[n] for n in ("duplicate-nomor-sop", "duplicate-nama-sop", "dangling-keterkaitan",
                                     "instansi-name-variant")]
"""The cross-document rules, in the order they run."""
