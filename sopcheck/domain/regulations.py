"""The register of regulations SOP AP documents cite in their Dasar Hukum, and citation parsing.

The register is ``rules/regulations.yaml``: the spellings of each kind of regulation
("Permenpan RB", "Peraturan Menteri Pendayagunaan Aparatur Negara ...") and the regulations
revoked since, each with what replaced it and the year it was revoked.
:func:`cited_regulations` finds the revoked regulations a Dasar Hukum list cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .. import ruledata
from ..text import fold


@dataclass(frozen=True)
class Revoked:
    """A revoked regulation: its ``kind`` (key of ``kinds`` in rules/regulations.yaml),
    ``number`` and ``year``, the regulation that ``replaced_by`` it, the ``revoked_year``,
    and ``label``, its name as messages print it ("Permenpan RB Nomor 12 Tahun 2015")."""

    kind: str
    number: int
    year: int
    replaced_by: str
    revoked_year: int
    label: str


@lru_cache(maxsize=1)
def _register() -> tuple[re.Pattern, dict[str, str], dict[tuple[str, int, int], Revoked]]:
    data = ruledata.load("regulations") or {}
    spell_to_kind: dict[str, str] = {}
    for kind, spellings in (data.get("kinds") or {}).items():
        for spelling in spellings:
            spell_to_kind[fold(spelling)] = kind
    alts = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in sorted(spell_to_kind, key=len, reverse=True))
    cite = re.compile(r"\b(" + alts + r")\b(?:\s+(?:republik\s+indonesia|ri|negara))?\s+"
                      r"(?:nomor|no|nmr)\s*(\d+)\s+tahun\s+(\d{4})\b")
    labels = data.get("labels") or {}
    revoked: dict[tuple[str, int, int], Revoked] = {}
    for item in data.get("revoked") or []:
        key = (item["kind"], int(item["number"]), int(item["year"]))
        label = f"{labels.get(item['kind'], item['kind'])} Nomor {item['number']} Tahun {item['year']}"
        revoked[key] = Revoked(item["kind"], int(item["number"]), int(item["year"]), item["replaced_by"],
                               int(item["revoked_year"]), label)
    return cite, spell_to_kind, revoked


_ITEM_SPLIT = re.compile(r"(?:(?<=^)|(?<=[;.\s]))\d{1,2}\s*[.)]\s*(?=[A-Z])")


def cited_regulations(items: list[str]) -> Iterator[tuple[str, Revoked]]:
    """``(item text, revoked regulation)`` for each Dasar Hukum item whose main citation (the
    first one of the item; later ones are amendments or the regulation it implements) is
    listed as revoked in rules/regulations.yaml."""
    cite, spell_to_kind, revoked = _register()
    for item in items:
        for chunk in _ITEM_SPLIT.split(item):
            m = cite.search(fold(chunk))
            if not m:
                continue
            kind = spell_to_kind.get(" ".join(m.group(1).split()))
            hit = revoked.get((kind or "", int(m.group(2)), int(m.group(3))))
            if hit is not None:
                yield chunk.strip(), hit
