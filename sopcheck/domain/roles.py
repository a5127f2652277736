"""Resolve a pelaksana column header against the role roster in ``rules/roles.yaml``.

:func:`resolve_role` classifies a header (``RoleMatch.kind``):

``exact``        the canonical name ("Kepala Dinas"), possibly followed by a unit
``alias``        an accepted short form ("Kadis", "Kasubbag Program", "Staff")
``variant``      a non-standard spelling listed in the roster ("Kasubag Program", "Kasub Bag")
                 or a misspelling found by fuzzy matching ("Kepada Dinas"); ``canonical``
                 and :attr:`RoleMatch.suggestion` name the role to write instead
``multiple``     two different roles in one column ("Kepala Seksi, Kepala Sub Bagian");
                 ``parts`` holds each part's match
``placeholder``  a bare number or column number ("3", "(4)"), or an empty header
``local``        no role of the roster, but a plausible post of the office: built from the
                 ``post_words`` of the roster ("PJ Neraca Produksi", "Ketua Project Analisis",
                 "Target Desa/Kelurahan"), written in acronyms only ("CC & CA"), or named like a
                 roster role without being a misspelling of it ("Reseptionist")
``unknown``      anything else: not a role at all ("Sejahtera", "Siklus Perencanaan dan Kegiatan");
                 :attr:`RoleMatch.reason` says what it is instead when a ``not_role_words``
                 word shows it ("system": "Sistem GS"; "mutu_baku": a Mutu Baku column)

A unit after a role that takes one is split off: "Kasubbag Program" is Kepala Sub Bagian +
unit "Program". Decisions: every short form offices write (Kadis, Sekdis, Kabid, Kasubbag and
Kasubag, Kasi, Kasubid, Katim) is an alias; variants are misspellings; "Kepala Badan" resolves
to the head of a *badan* (alias) and the ``role-name-variant`` rule reports it when the SOP's
instansi is a dinas. Results are cached per header string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Optional

from rapidfuzz import fuzz, process

from .. import ruledata
from ..text import fold

RoleKind = str  # "exact" | "alias" | "variant" | "multiple" | "placeholder" | "local" | "unknown"

#: A bare column number: digits or a Roman numeral up to XXXIX ("CL", "CC" are role names).
_PLACEHOLDER = re.compile(r"^\W*\(?\s*(?:\d+|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))\s*[.)]?\W*$", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


@dataclass(frozen=True)
class RoleMatch:
    """How a pelaksana header resolves.

    ``canonical`` is the roster name (``None`` for placeholder/unknown/multiple), ``unit`` the
    unit written after it ("Program"), ``matched`` the roster spelling that matched, ``score``
    the fuzzy score (100 for a listed spelling), ``outdated`` whether that spelling names an
    abolished post, ``office`` the office a head role heads (dinas/badan), ``note`` an
    ambiguity remark, ``parts`` the per-role matches of a ``multiple`` header, ``reason`` what an
    ``unknown`` header is instead of a role ("system", "mutu_baku") when its words show it.
    """

    header: str
    kind: RoleKind
    canonical: Optional[str] = None
    unit: Optional[str] = None
    matched: Optional[str] = None
    score: float = 0.0
    outdated: bool = False
    office: Optional[str] = None
    group: Optional[str] = None
    note: Optional[str] = None
    parts: tuple["RoleMatch", ...] = field(default_factory=tuple)
    reason: Optional[str] = None

    @property
    def ok(self) -> bool:
        """True for a header naming one known role in an accepted spelling."""
        return self.kind in ("exact", "alias")

    @property
    def known(self) -> bool:
        """True when the header names one role of the roster (exact, alias or variant)."""
        return self.kind in ("exact", "alias", "variant")

    @property
    def suggestion(self) -> Optional[str]:
        """The name to write: canonical plus unit ("Kepala Sub Bagian Program")."""
        if not self.canonical:
            return None
        return f"{self.canonical} {self.unit}" if self.unit else self.canonical


@dataclass(frozen=True)
class _Entry:
    phrase: str          # folded spelling
    canonical: str
    kind: str            # exact | alias | variant
    takes_unit: bool
    outdated: bool
    office: Optional[str]
    group: Optional[str]
    note: Optional[str]


class _Roster:
    def __init__(self, roles: list[dict[str, Any]], data: dict[str, Any], thresholds: dict[str, Any]):
        self.entries: dict[str, _Entry] = {}
        for role in roles:
            canonical = role["canonical"]
            outdated = {fold(x) for x in role.get("outdated") or []}
            common = dict(canonical=canonical, takes_unit=bool(role.get("takes_unit", False)),
                          office=role.get("office"), group=role.get("group"), note=role.get("ambiguous"))
            spellings = [(canonical, "exact")] + [(a, "alias") for a in role.get("aliases") or []] \
                + [(v, "variant") for v in role.get("variants") or []]
            for spelling, kind in spellings:
                phrase = fold(spelling)
                if phrase and phrase not in self.entries:
                    self.entries[phrase] = _Entry(phrase=phrase, kind=kind, outdated=phrase in outdated, **common)
        self.by_length = sorted(self.entries.values(), key=lambda e: len(e.phrase.split()), reverse=True)
        self.min_fuzzy = int(thresholds.get("min_fuzzy_length", 5))
        self.variant_min = float(thresholds.get("variant_min_score", 90))
        self.local_min = float(thresholds.get("local_min_score", 85))
        self.post_words = frozenset(fold(w) for w in data.get("post_words") or [])
        not_role = [(fold(w), reason) for reason, words in (data.get("not_role_words") or {}).items()
                    for w in words or []]
        self.not_role = dict(not_role)
        self.not_role_re = re.compile(r"\b(?:" + "|".join(re.escape(w) for w, _ in sorted(
            not_role, key=lambda x: -len(x[0]))) + r")\b") if not_role else None
        self.fuzzy_all = [e.phrase for e in self.entries.values() if len(e.phrase) >= self.min_fuzzy]
        self.fuzzy_unit = [e.phrase for e in self.entries.values()
                           if e.takes_unit and len(e.phrase) >= self.min_fuzzy]
        seps = data.get("multi_separators") or [",", "/", " dan "]
        self.multi_re = re.compile("|".join(re.escape(s) if s.strip() else r"\s+" + re.escape(s.strip()) + r"\s+"
                                            for s in seps), re.IGNORECASE)
        self.unit_abbrev = {fold(k): v for k, v in (data.get("unit_abbreviations") or {}).items()}


def _load_roster(extra: tuple[tuple[str, tuple[str, ...], bool], ...]) -> _Roster:
    data = ruledata.load("roles") or {}
    roles = list(data.get("roles") or [])
    for canonical, aliases, takes_unit in extra:
        roles.append({"canonical": canonical, "aliases": list(aliases), "takes_unit": takes_unit, "group": "extra"})
    thresholds = (ruledata.load("thresholds") or {}).get("roles", {})
    return _Roster(roles, data, thresholds)


@lru_cache(maxsize=8)
def _roster(extra: tuple = ()) -> _Roster:
    return _load_roster(extra)


def _extra_key(extra_roles: Iterable[Any]) -> tuple:
    key = []
    for item in extra_roles or ():
        if isinstance(item, str):
            key.append((item, (), True))
        elif isinstance(item, dict) and (item.get("canonical") or item.get("name")):
            key.append((str(item.get("canonical") or item["name"]), tuple(str(a) for a in item.get("aliases") or ()),
                        bool(item.get("takes_unit", True))))
    return tuple(key)


def resolve_role(header: str, extra_roles: Iterable[Any] = ()) -> RoleMatch:
    """Resolve one pelaksana column header.

    ``extra_roles`` adds office-specific roles from configuration: strings (a canonical name
    that may take a unit) or dicts ``{"name" or "canonical": ..., "aliases": [...],
    "takes_unit": bool}`` (the ``[[roles]]`` tables of sopcheck.toml).
    """
    return _resolve(header or "", _extra_key(extra_roles))


@lru_cache(maxsize=4096)
def _resolve(header: str, extra: tuple) -> RoleMatch:
    roster = _roster(extra)
    text = " ".join(header.split())
    if not fold(text) or _PLACEHOLDER.match(text):
        return RoleMatch(header=header, kind="placeholder")
    single = _resolve_single(text, roster, fuzzy=True)
    if single is not None and single.kind in ("exact", "alias"):
        # a whole-header spelling ("Bupati / Wali Kota") wins over splitting
        if not roster.multi_re.search(text) or single.unit is None:
            return _with_header(single, header)
    multi = _resolve_multiple(text, roster)
    if multi is not None:
        return _with_header(multi, header)
    if single is not None:
        return _with_header(single, header)
    return _unlisted(text, header, roster)


def _unlisted(text: str, header: str, roster: _Roster) -> RoleMatch:
    """A header that names no role of the roster: ``local`` (a plausible post of the office) or
    ``unknown`` (with the ``reason`` its words give)."""
    words = [w.group() for w in _WORD.finditer(text)]
    key = " ".join(fold(w) for w in words)
    found = roster.not_role_re.search(key) if roster.not_role_re is not None else None
    if found is not None:
        return RoleMatch(header=header, kind="unknown", reason=roster.not_role[found.group(0)])
    if any(fold(w) in roster.post_words for w in words) or (words and all(_ACRONYM.match(w) for w in words)):
        return RoleMatch(header=header, kind="local")
    if len(key) >= roster.min_fuzzy and process.extractOne(key, roster.fuzzy_all, scorer=fuzz.ratio,
                                                           score_cutoff=roster.local_min) is not None:
        return RoleMatch(header=header, kind="local")
    return RoleMatch(header=header, kind="unknown")


def _with_header(match: RoleMatch, header: str) -> RoleMatch:
    return RoleMatch(header=header, kind=match.kind, canonical=match.canonical, unit=match.unit,
                     matched=match.matched, score=match.score, outdated=match.outdated,
                     office=match.office, group=match.group, note=match.note, parts=match.parts,
                     reason=match.reason)


def _resolve_multiple(text: str, roster: _Roster) -> Optional[RoleMatch]:
    """Two or more different roles in one header, each part naming a role; else None."""
    parts = [p.strip(" .-") for p in roster.multi_re.split(text)]
    parts = [re.sub(r"^(?:dan|serta|atau)\s+", "", p, flags=re.IGNORECASE) for p in parts if p.strip(" .-")]
    if len(parts) < 2:
        return None
    matches = [_resolve_single(p, roster, fuzzy=False) for p in parts]
    if any(m is None for m in matches):
        return None
    distinct = {(m.canonical, fold(m.unit or "")) for m in matches}  # type: ignore[union-attr]
    if len(distinct) == 1:
        # "Staff/Jabatan Fungsional Umum": two spellings of one role
        first = matches[0]
        kind = "variant" if any(m.kind == "variant" for m in matches) else first.kind  # type: ignore[union-attr]
        return RoleMatch(header=text, kind=kind, canonical=first.canonical, unit=first.unit,  # type: ignore[union-attr]
                         matched=" / ".join(m.matched or "" for m in matches), score=100,  # type: ignore[union-attr]
                         outdated=any(m.outdated for m in matches), office=first.office,  # type: ignore[union-attr]
                         group=first.group, note=first.note)  # type: ignore[union-attr]
    return RoleMatch(header=text, kind="multiple", parts=tuple(matches))  # type: ignore[arg-type]


def _match(entry: _Entry, text: str, unit: Optional[str], score: float, kind: Optional[str] = None) -> RoleMatch:
    return RoleMatch(header=text, kind=kind or entry.kind, canonical=entry.canonical, unit=unit or None,
                     matched=entry.phrase, score=score, outdated=entry.outdated, office=entry.office,
                     group=entry.group, note=entry.note)


def _resolve_single(text: str, roster: _Roster, fuzzy: bool) -> Optional[RoleMatch]:
    """One role (with an optional unit) or None."""
    words = list(_WORD.finditer(text))
    folded = [fold(w.group()) for w in words]
    key = " ".join(folded)
    entry = roster.entries.get(key)
    if entry is not None:
        return _match(entry, text, None, 100)
    # listed spelling + unit: longest matching prefix first
    for n in range(min(len(folded) - 1, 6), 0, -1):
        entry = roster.entries.get(" ".join(folded[:n]))
        if entry is not None and entry.takes_unit:
            return _match(entry, text, _unit(text, words, n, roster), 100)
    if not fuzzy:
        return None
    # misspelling of a whole name ("Kepada Dinas")
    if len(key) >= roster.min_fuzzy:
        best = process.extractOne(key, roster.fuzzy_all, scorer=fuzz.ratio, score_cutoff=roster.variant_min)
        if best is not None:
            return _match(roster.entries[best[0]], text, None, best[1], kind="variant")
    # misspelling of a name followed by a unit ("Kasubg Program")
    for n in range(min(len(folded) - 1, 4), 0, -1):
        prefix = " ".join(folded[:n])
        if len(prefix) < roster.min_fuzzy:
            continue
        best = process.extractOne(prefix, roster.fuzzy_unit, scorer=fuzz.ratio, score_cutoff=roster.variant_min)
        if best is not None:
            return _match(roster.entries[best[0]], text, _unit(text, words, n, roster), best[1], kind="variant")
    return None


def _unit(text: str, words: list[re.Match], n: int, roster: _Roster) -> str:
    """The header text after the first ``n`` words, abbreviations expanded ("Umpeg")."""
    rest = text[words[n].start():].strip(" .,:/-") if n < len(words) else ""
    return " ".join(roster.unit_abbrev.get(fold(w), w) for w in rest.split())


def roster_names() -> list[str]:
    """Every canonical role name of the roster, in file order."""
    data = ruledata.load("roles") or {}
    return [r["canonical"] for r in data.get("roles") or []]


def role_phrases() -> list[str]:
    """Every folded spelling (canonical, alias, variant) of the roster, longest first."""
    return [e.phrase for e in sorted(_roster().entries.values(), key=lambda e: len(e.phrase), reverse=True)]


def leading_role(text: str, extra_roles: Iterable[Any] = ()) -> Optional[tuple[RoleMatch, int]]:
    """The roster role a text starts with, by a listed spelling (no fuzzy matching), and the
    number of words it takes: "Kasubbag Program menginformasikan ..." -> (Kepala Sub Bagian,
    1). ``None`` when the text does not start with a role name."""
    roster = _roster(_extra_key(extra_roles))
    words = [fold(w.group()) for w in _WORD.finditer(text or "")][:8]
    for n in range(min(len(words), 6), 0, -1):
        entry = roster.entries.get(" ".join(words[:n]))
        if entry is not None:
            return _match(entry, text, None, 100), n
    return None


_PARENTHESIS = re.compile(r"^(?P<head>[^()]*?)\s*\((?P<inner>[^()]*)\)\s*$")


def local_posts(header: str, extra_roles: Iterable[Any] = ()) -> list[tuple[str, RoleKind]]:
    """The posts a pelaksana header names that the roster (with ``extra_roles``) does not know:
    ``(name, kind)`` pairs, ``kind`` being ``local`` or ``unknown`` (an ``unknown`` header whose
    words show it is no post, a system or a Mutu Baku column, is left out, and so is text with
    fewer than two letters or more other characters than letters).

    The whole header comes first; a header of acronyms joined by separators names each of them
    too, and a header with a trailing parenthesis names what stands before it and what stands
    inside: "CC & CA" -> CC & CA, CC, CA; "CA (PJ NADA CERIA)" -> the whole, CA, PJ NADA CERIA;
    "CAN (CA/CC/CL)" -> the whole, CAN, CA, CC, CL (BPS's change agents). So a post written
    alone in one SOP and in a pair in another is seen in both.
    """
    text = " ".join((header or "").split())
    roster = _roster(_extra_key(extra_roles))
    pieces = [text]
    found = _PARENTHESIS.match(text)
    if found and found.group("head") and found.group("inner").strip():
        pieces += [found.group("head").strip(" .-"), found.group("inner").strip(" .-")]
    for i, piece in enumerate(list(pieces)):
        parts = [p.strip(" .-") for p in roster.multi_re.split(piece)]
        if len(parts) > 1 and all(_ACRONYM.match(p) for p in parts):
            pieces += parts
            if i:  # "CA/CC/CL" inside a parenthesis: its acronyms only
                pieces[i] = ""
    out: list[tuple[str, RoleKind]] = []
    seen: set[str] = set()
    for piece in pieces:
        key = fold(piece)
        if not key or key in seen or not _plausible_name(piece):
            continue
        seen.add(key)
        match = resolve_role(piece, extra_roles)
        if match.kind == "local" or (match.kind == "unknown" and match.reason is None):
            out.append((piece, match.kind))
    return out


def _plausible_name(text: str) -> bool:
    """At least two letters, and no more other characters than letters (OCR debris is not)."""
    letters = sum(ch.isalpha() for ch in text)
    others = sum(not ch.isalpha() and not ch.isspace() for ch in text)
    return letters >= 2 and letters >= others
