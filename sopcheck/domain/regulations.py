"""The register of regulations SOP AP documents cite in their Dasar Hukum, and citation parsing.

The register is ``rules/regulations.yaml``: how each kind of regulation is written (UU, PP,
Perpres, Permenpan RB, Permendagri, PMK, Peraturan/Keputusan Kepala BPS, Peraturan LKPP, Perda,
Pergub, Perbup, Perwal) and the regulations it knows, each with its status (``berlaku``,
``diubah``, ``dicabut``), what replaced a revoked one and the source of that fact (the replacing
regulation's own revoking clause). :func:`citations` reads the citations of a Dasar Hukum item in
the usual forms ("Permenpan RB No. 35/2012", "Peraturan Menteri ... Nomor 35 Tahun 2012",
"PP 8 Th. 2008"); :func:`cited_regulations` gives the revoked ones a Dasar Hukum list cites. A
regulation the register does not know is never reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

from .. import ruledata
from ..text import fold

STATUSES = ("berlaku", "diubah", "dicabut")
_REGIONAL = {"perda", "pergub", "perbup", "perwal"}
_CONFIDENCE = {"medium": 1, "high": 2}


@dataclass(frozen=True)
class Regulation:
    """One entry of the register: its ``kind`` (key of ``kinds`` in rules/regulations.yaml),
    ``number`` and ``year``, ``title``, ``status`` (berlaku / diubah / dicabut), for a revoked one
    the regulation in force that ``replaced_by`` it (followed through the register when the
    replacement was revoked in turn), the ``revoked_year``, the ``source`` of the fact and its
    ``confidence``; ``label`` is its name as messages print it ("Permenpan RB Nomor 12 Tahun 2015")."""

    kind: str
    number: int
    year: int
    title: str
    status: str
    label: str
    replaced_by: Optional[str] = None
    revoked_year: Optional[int] = None
    source: Optional[str] = None
    confidence: Optional[str] = None


Revoked = Regulation  # the name rules used before the register knew regulations in force


@dataclass(frozen=True)
class Citation:
    """A regulation named in a text: ``kind``, ``number``, ``year`` and where it starts (the
    folded text's offset, for ordering)."""

    kind: str
    number: int
    year: int
    start: int


class _Register:
    def __init__(self, data: dict):
        self.spell_to_kind: dict[str, str] = {}
        for kind, spellings in (data.get("kinds") or {}).items():
            for spelling in spellings:
                self.spell_to_kind[fold(spelling)] = kind
        alts = "|".join(re.escape(s).replace(r"\ ", r"\s+")
                        for s in sorted(self.spell_to_kind, key=len, reverse=True))
        # "<kind> [republik indonesia|ri|negara] [nomor|no|nmr] <n> [tahun|th|thn] <yyyy>", folded ("/" -> " ")
        # not a kind written inside a number ("Nomor 215/PMK.05/2016" is no PMK 5/2016)
        number = r"(\d{1,4})\s+(?:(?:tahun|th|thn)\s*)?((?:19|20)\d\d)\b"
        self.cite = re.compile(r"(?<![0-9] )\b(" + alts + r")\b(?:\s+(?:republik\s+indonesia|ri|negara))?\s+"
                               r"(?:(?:nomor|no|nmr)\s*)?" + number)
        # a regional regulation may name its region before the number ("Perbup Tapin Nomor 3 Tahun 2020")
        regional = [s for s, k in self.spell_to_kind.items() if k in _REGIONAL]
        self.cite_regional = re.compile(
            r"\b(" + "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in sorted(regional, key=len, reverse=True))
            + r")\b(?:\s+(?!nomor\b|no\b|nmr\b)[a-z]+){1,3}\s+(?:nomor|no|nmr)\s*" + number) if regional else None
        self.labels: dict[str, str] = data.get("labels") or {}
        self.min_confidence = _CONFIDENCE.get(str(data.get("min_confidence", "medium")), 1)
        raw = {(e["kind"], int(e["number"]), int(e["year"])): e for e in data.get("register") or []}
        self.entries: dict[tuple[str, int, int], Regulation] = {}
        for key, e in raw.items():
            if e.get("status") not in STATUSES:
                raise ValueError(f"rules/regulations.yaml: {key}: status must be one of {STATUSES}")
            self.entries[key] = Regulation(
                kind=key[0], number=key[1], year=key[2], title=str(e.get("title") or ""), status=e["status"],
                label=e.get("label") or self.label(*key), replaced_by=self._current(e.get("replaced_by"), raw),
                revoked_year=int(e["revoked_year"]) if e.get("revoked_year") else None,
                source=e.get("source"), confidence=e.get("confidence"))

    def label(self, kind: str, number: int, year: int) -> str:
        return f"{self.labels.get(kind, kind)} Nomor {number} Tahun {year}"

    def _current(self, replaced_by: Optional[str], raw: dict) -> Optional[str]:
        """``replaced_by`` as written, or the regulation in force it leads to when the register
        knows the replacement was revoked in turn ("Kep. Kepala BPS 121/2001" -> Peraturan BPS 8/2020
        -> Peraturan BPS 5/2023)."""
        seen = set()
        current = replaced_by
        while current:
            cited = next(self._citations(current), None)
            if cited is None:
                return current
            key = (cited.kind, cited.number, cited.year)
            entry = raw.get(key)
            if key in seen or entry is None or entry.get("status") != "dicabut" or not entry.get("replaced_by"):
                return current
            seen.add(key)
            current = entry["replaced_by"]
        return current

    def _citations(self, text: str) -> Iterator[Citation]:
        folded = fold(text)
        found: dict[int, Citation] = {}
        for pattern in (self.cite, self.cite_regional):
            for m in pattern.finditer(folded) if pattern is not None else ():
                kind = self.spell_to_kind.get(" ".join(m.group(1).split()))
                if kind is not None and m.start() not in found:
                    found[m.start()] = Citation(kind, int(m.group(2)), int(m.group(3)), m.start())
        yield from (found[k] for k in sorted(found))


@lru_cache(maxsize=1)
def _register() -> _Register:
    return _Register(ruledata.load("regulations") or {})


def citations(text: str) -> list[Citation]:
    """The regulations ``text`` cites, in order: "Perpres No. 16 Tahun 2018 jo. Perpres No. 12 Tahun
    2021" -> Perpres 16/2018, Perpres 12/2021."""
    return list(_register()._citations(text))


def lookup(kind: str, number: int, year: int) -> Optional[Regulation]:
    """The register's entry for a regulation, or ``None`` when it does not know it."""
    return _register().entries.get((kind, number, year))


_ITEM_SPLIT = re.compile(r"(?:(?<=^)|(?<=[;.\s]))\d{1,2}\s*[.)]\s*(?=[A-Z])")


def cited_regulations(items: list[str]) -> Iterator[tuple[str, Regulation]]:
    """``(item text, regulation)`` for each Dasar Hukum item whose main citation (the first one of
    the item; later ones are amendments or the regulation it implements) the register lists as
    revoked with at least its ``min_confidence``."""
    register = _register()
    for item in items:
        for chunk in _ITEM_SPLIT.split(item):
            first = next(register._citations(chunk), None)
            if first is None:
                continue
            entry = register.entries.get((first.kind, first.number, first.year))
            if entry is not None and entry.status == "dicabut" and entry.revoked_year \
                    and _CONFIDENCE.get(entry.confidence or "medium", 1) >= register.min_confidence:
                yield chunk.strip(), entry
