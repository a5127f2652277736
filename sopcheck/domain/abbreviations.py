"""Document names read as one abbreviation before texts and titles are compared.

``rules/abbreviations.yaml`` maps an abbreviation to the long forms offices write for it
("SK": "Surat Keputusan"; "Renstra": "Rencana Strategis"). Outputs, kelengkapan and SOP
titles are compared after :func:`abbreviate`, so a document written two ways matches.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import ruledata
from ..text import fold


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """rules/abbreviations.yaml as one pattern over every folded name (longest first) and a
    map from each name to its abbreviation."""
    table = ruledata.load("abbreviations") or {}
    names = {fold(name): fold(abbreviation) for abbreviation, others in table.items() for name in others or []}
    if not names:
        return None, {}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"\b(?:" + alternatives + r")\b"), names


_REPEATED_WORD = re.compile(r"\b(\w+)(?: \1\b)+")


@lru_cache(maxsize=8192)
def abbreviate(folded: str) -> str:
    """Folded text with each name of rules/abbreviations.yaml replaced by its abbreviation and
    a word repeated right after itself said once, so that a document or SOP written two ways
    compares equal:

    "surat keputusan bupati" -> "sk bupati"; "penyusunan rencana strategis renstra" ->
    "penyusunan renstra"; "tor kegiatan" -> "kak kegiatan".
    """
    pattern, names = _abbreviations()
    if pattern is None or not folded:
        return folded
    return _REPEATED_WORD.sub(r"\1", pattern.sub(lambda m: names[m.group(0)], folded))
