"""Cross-document rules (scope ``"audit"``, codes SOP6xx): what no single file can show.

They run once per dinas in ``sopcheck audit``, after every document has been checked, over
the :class:`~sopcheck.checks.dinas_facts.DinasFacts` of that dinas, and yield
:class:`~sopcheck.checks.dinas_facts.AuditHit` values. Vocabulary and thresholds live in
``rules/audit.yaml``; ``[thresholds.<rule>]`` in a configuration file overrides the numbers.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterator, Optional

from ..domain.abbreviations import abbreviate
from ..domain.i18n import t
from ..domain.matching import is_name_variant, title_matcher
from ..domain.titles import (
    file_title_key,
    instansi_in_title,
    instansi_key,
    nomor_key,
    reference_key,
    short_key,
    title_key,
    vocabulary,
)
from ..text import fold
from .base import RuleContext, rule
from .dinas_facts import AuditHit, DinasFacts, DocEntry, RoleUse, first_of, sop_entries, title_for_message


def _opt(rule_name: str, key: str):
    return vocabulary()[rule_name][key]


@rule(
    name="duplicate-nomor-sop", code="SOP601", severity="error", scope="audit",
    summary={"id": "Satu Nomor SOP dipakai lebih dari satu SOP atau berkas",
             "en": "One Nomor SOP is used by several SOPs or files"},
    message={"id": "Nomor SOP {nomor} ({title}) juga dipakai oleh: {others}",
             "en": "Nomor SOP {nomor} ({title}) is also used by: {others}"},
    why={"id": "Nomor SOP mengikuti tata naskah dinas dan harus unik per SOP (Permenpan RB No. 35 "
               "Tahun 2012). Satu nomor pada beberapa SOP berbeda (misalnya satu nomor tercetak di "
               "bawah enam judul SOP) membuat SOP tidak dapat dirujuk dengan pasti; satu SOP yang "
               "diarsipkan dua kali dengan nama berkas atau folder berbeda membuat dua salinan yang "
               "bisa menyimpang saat direvisi. Beri setiap SOP nomornya sendiri dan simpan satu berkas "
               "per SOP.",
         "en": "The Nomor SOP follows the office's tata naskah dinas and must be unique per SOP. One "
               "number on several different SOPs (for example one number printed under six SOP titles) "
               "makes the SOPs impossible to cite unambiguously; one SOP filed twice under different "
               "file or folder names makes two copies that drift apart on revision. Give every SOP its "
               "own number and keep one file per SOP."},
    fail="""
        === dinkes/lakip.docx
        Nomor SOP: 01/SOP/DKPS/SKRT/X/2016
        Nama SOP: SOP Penyusunan LAKIP
        === dinkes/renstra.docx
        Nomor SOP: 01/SOP/DKPS/SKRT/X/2016
        Nama SOP: SOP Penyusunan Renstra
        """,
    fires=["dinkes/lakip.docx", "dinkes/renstra.docx"],
    passing="""
        === dinkes/lakip.docx
        Nomor SOP: 01/SOP/DKPS/SKRT/X/2016
        Nama SOP: SOP Penyusunan LAKIP
        === dinkes/renstra.docx
        Nomor SOP: 02/SOP/DKPS/SKRT/X/2016
        Nama SOP: SOP Penyusunan Renstra
        """,
    options={"min_digits": _opt("duplicate-nomor-sop", "min_digits")},
)
def duplicate_nomor_sop(facts: DinasFacts, ctx: RuleContext) -> Iterator[AuditHit]:
    """One finding per SOP (procedure, or document without procedures) whose Nomor SOP is
    shared with a *different* SOP of the dinas, or with the same SOP in another file. The
    same SOP (number, title and instansi) filed in another dinas folder is reported under this rule
    too, by the audit, which sees every dinas."""
    min_digits = ctx.opts["min_digits"]
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

        def describe(doc: DocEntry, idx: Optional[int], title: Optional[str], entries=entries) -> Iterator[str]:
            for d2, i2, _, t2 in entries:
                if d2.id == doc.id and i2 == idx:
                    continue
                if d2.id != doc.id and short_key(t2) == short_key(title):
                    yield t("same_sop_in", ctx.lang, path=facts.show_doc(d2))
                else:
                    where = "" if d2.id == doc.id else f" [{facts.show_doc(d2)}]"
                    yield f"{title_for_message(t2, 60)}{where}"

        for doc, idx, number, title in entries:
            others = first_of(describe(doc, idx, title), len(entries) - 1)
            yield AuditHit(doc.id, procedure=idx, params={"nomor": number, "title": title_for_message(title, 60),
                                                          "others": others})


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
    fail="""
        === dinsos/a.docx
        Nomor SOP: 01/SOP/2019
        Nama SOP: SOP Penyusunan Renja
        === dinsos/b.docx
        Nomor SOP: 07/SOP/2022
        Nama SOP: SOP PENYUSUNAN RENJA
        """,
    fires=["dinsos/a.docx", "dinsos/b.docx"],
    passing="""
        === dinsos/a.docx
        Nomor SOP: 01/SOP/2019
        Nama SOP: SOP Penyusunan Renja
        === dinsos/b.docx
        Nomor SOP: 07/SOP/2022
        Nama SOP: SOP Penyusunan Renstra
        """,
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
        for doc, idx, _number, title, mine in keyed:
            # entries of other documents under another (or no) number
            total = len(keyed) - per_doc[doc.id]
            if mine:
                total -= per_number[mine] - per_doc_number[(doc.id, mine)]
            if total <= 0:
                continue
            others = (facts.show_doc(d2) + (f" ({n2})" if n2 else "") for d2, _, n2, _, k in keyed
                      if d2.id != doc.id and not (mine and k == mine))
            yield AuditHit(doc.id, procedure=idx, params={"title": title_for_message(title),
                                                          "others": first_of(others, total)})


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
    fail="""
        === dinas/a.docx
        Nama SOP: SOP Penyusunan Renja
        Keterkaitan: SOP alur surat masuk dan surat keluar
        === dinas/b.docx
        Nama SOP: SOP Penyusunan Rencana Strategis (Renstra)
        """,
    fires=["dinas/a.docx"],
    passing="""
        === dinas/a.docx
        Nama SOP: SOP Penyusunan Renja
        Keterkaitan: SOP Penyusunan Renstra
        === dinas/b.docx
        Nama SOP: SOP PENYUSUNAN RENCANA STRATEGIS (RENSTRA)
        """,
    options={"min_similarity": _opt("dangling-keterkaitan", "min_similarity")},
)
def dangling_keterkaitan(facts: DinasFacts, ctx: RuleContext) -> Iterator[AuditHit]:
    """One finding per reference (per document, once per distinct text) that names no SOP of the
    dinas. A reference names an SOP when every word of it (small words aside) is near a word of
    one and the same title (rapidfuzz ratio >= min_similarity): the title of a procedure or
    document of the dinas, or one guessed from a file name. "SOP Penyusunan Renstra" names "SOP
    PENYUSUNAN RENCANA STRATEGIS (RENSTRA)"; "SOP Penyusunan Renja" does not (words and threshold in
    rules/audit.yaml)."""
    threshold = ctx.opts["min_similarity"]
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
                       params={"reference": title_for_message(ref.text), "where": where, "dinas": facts.dinas})


@rule(
    name="instansi-name-variant", code="SOP604", severity="warning", scope="audit",
    summary={"id": "Nama instansi ditulis dengan dua cara dalam satu dinas",
             "en": "The instansi is named two ways within one dinas"},
    message={"id": "Instansi ditulis \"{variant}\"; di tempat lain dalam dinas ini tertulis \"{usual}\" "
                   "({count}x)",
             "en": "The instansi is written \"{variant}\"; elsewhere in this dinas it is \"{usual}\" ({count}x)"},
    why={"id": "Nama instansi pada identitas SOP adalah nama resmi unit penerbit. Ejaan yang berbeda "
               "dalam satu dinas (\"Kabupaten Bintang\" / \"Kabupaten Bintan\") adalah salah "
               "ketik yang ikut tertanda tangan. Samakan dengan nomenklatur resmi.",
         "en": "The instansi on the identitas is the issuing unit's official name. Two spellings within "
               "one dinas (\"Kabupaten Bintang\" / \"Kabupaten Bintan\") are a typo that gets "
               "signed. Use the official nomenclature everywhere."},
    fail="""
        === a.docx
        Instansi: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bintan
        Nama SOP: SOP Penyusunan Renja
        === b.docx
        Instansi: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bintan
        Nama SOP: SOP Penyusunan Renstra
        === c.docx
        Instansi: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bintang
        Nama SOP: SOP Penyusunan LAKIP
        """,
    fires=["c.docx"],
    passing="""
        === a.docx
        Instansi: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bintan
        Nama SOP: SOP Penyusunan Renja
        === b.docx
        Instansi: Dinas Kependudukan dan Pencatatan Sipil Kab. Bintan
        Nama SOP: SOP Penyusunan Renstra
        """,
    options={"min_similarity": _opt("instansi-name-variant", "min_similarity"),
             "min_word_similarity": _opt("instansi-name-variant", "min_word_similarity")},
)
def instansi_name_variant(facts: DinasFacts, ctx: RuleContext) -> Iterator[AuditHit]:
    """One finding per place (a document's identitas, or a procedure title naming the instansi)
    where the instansi is a near-miss spelling of another name of the dinas that is written
    more often (on a tie, the alphabetically later spelling is reported)."""
    min_sim, min_word = ctx.opts["min_similarity"], ctx.opts["min_word_similarity"]
    places: dict[str, list[tuple[DocEntry, Optional[int]]]] = defaultdict(list)
    shown: dict[str, str] = {}
    for doc in facts.documents:
        for procedure, text in [(None, doc.instansi)] + [(i, instansi_in_title(title)) for i, title,
                                                         _ in doc.procedures]:
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


# --- the instansi's own roster (not a rule: a section of the audit summary) --------------------

@dataclass
class LocalRole:
    """A post the roster does not know that several SOPs of one dinas use: the instansi's own
    roster, for the Bagian Organisasi to confirm into ``[[roles]]``.

    ``name`` is the spelling written most often, ``aliases`` the other spellings (fold- or
    fuzzy-equal, each folding differently from ``name``), ``kind`` ``local`` when any spelling
    is built from role words or acronyms, else ``unknown``; ``doc_ids`` the documents using it
    (in :attr:`DinasFacts.documents` order), ``sops`` how many different SOPs those are;
    ``headers`` the whole headers naming it (their `unknown-role` findings are the audit's to
    drop) and ``uses`` the :class:`RoleUse` values behind it."""

    dinas: str
    name: str
    aliases: list[str]
    kind: str
    doc_ids: list[int]
    sops: int
    uses: list[RoleUse] = field(default_factory=list)

    def headers_of(self, doc_id: int) -> list[str]:
        """The headers, as written, by which document ``doc_id`` names this post ("CC & CA")."""
        return list(dict.fromkeys(u.header for u in self.uses if u.doc_id == doc_id))

    @property
    def snippet(self) -> str:
        """The ``[[roles]]`` table to paste into sopcheck.toml."""
        return roles_toml(self.name, self.aliases)


def roles_toml(name: str, aliases: list[str]) -> str:
    """``[[roles]]`` with ``name`` and ``aliases`` as TOML (basic strings, escaped as JSON
    escapes them, which TOML reads the same)."""
    lines = ["[[roles]]", f"name = {json.dumps(name, ensure_ascii=False)}"]
    lines.append("aliases = [" + ", ".join(json.dumps(a, ensure_ascii=False) for a in aliases) + "]")
    return "\n".join(lines)


def sop_identity(doc: DocEntry) -> str:
    """What makes two documents one SOP for the local roster: the folded title (a DOCX and its
    PDF, or a copy filed twice, are one SOP), else the document itself."""
    titles = [short_key(title) for _, _, title in sop_entries(doc)]
    key = next((k for k in titles if len(k) >= 4), "")
    return key or f"#{doc.id}"


def local_roster(facts: DinasFacts, min_sops: Optional[int] = None,
                 min_similarity: Optional[float] = None) -> list[LocalRole]:
    """The posts of ``facts.roles`` used in at least ``min_sops`` different SOPs of the dinas
    (:func:`sop_identity`), spellings grouped: fold-equal ones, then a spelling within
    ``min_similarity`` (rapidfuzz ratio of the folded texts, both at least five characters) of a
    more frequent one joins it. Defaults from rules/audit.yaml ``local-roles``. Ordered by the
    number of SOPs (most first), then name."""
    from rapidfuzz import fuzz

    options = vocabulary().get("local-roles") or {}
    min_sops = int(options.get("min_sops", 2) if min_sops is None else min_sops)
    min_similarity = float(options.get("min_similarity", 90) if min_similarity is None else min_similarity)
    identity = {doc.id: sop_identity(doc) for doc in facts.documents}
    by_key: dict[str, list[RoleUse]] = defaultdict(list)
    for use in facts.roles:
        if use.doc_id in identity:
            by_key[fold(use.post)].append(use)
    # groups: the most used spelling first; a near spelling joins the first group it is near
    keys = sorted(by_key, key=lambda k: (-len({u.doc_id for u in by_key[k]}), k))
    groups: list[list[str]] = []
    for key in keys:
        home = next((g for g in groups if len(key) >= 5 and len(g[0]) >= 5
                     and fuzz.ratio(key, g[0]) >= min_similarity), None)
        if home is None:
            groups.append([key])
        else:
            home.append(key)
    roster = []
    for group in groups:
        uses = [u for key in group for u in by_key[key]]
        docs = list(dict.fromkeys(u.doc_id for u in uses))
        sops = len({identity[d] for d in docs})
        if sops < min_sops:
            continue
        spellings = Counter(u.post for u in {(u.doc_id, u.post): u for u in uses}.values())
        ranked = sorted(spellings, key=lambda s: (-spellings[s], s))
        name = ranked[0]
        aliases = []
        for spelling in ranked[1:]:
            if fold(spelling) != fold(name) and fold(spelling) not in {fold(a) for a in aliases}:
                aliases.append(spelling)
        order = {doc.id: i for i, doc in enumerate(facts.documents)}
        roster.append(LocalRole(facts.dinas, name, aliases, "local" if any(u.kind == "local" for u in uses)
                                else "unknown", sorted(docs, key=order.get), sops, uses))
    return sorted(roster, key=lambda r: (-r.sops, fold(r.name)))
