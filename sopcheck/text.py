"""Small text helpers shared by the layout stage and the rules."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WS = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def collapse(text: str | None) -> str:
    """Collapse every run of whitespace to one space and trim (the contract's text form)."""
    if not text:
        return ""
    return _WS.sub(" ", text).strip()


@lru_cache(maxsize=8192)
def fold(text: str | None) -> str:
    """Lower-case, strip accents and punctuation, collapse spaces: a key for fuzzy matching.

    Cached: the same header and cell texts are folded many times per document.

    >>> fold("  MUTU  Baku: ")
    'mutu baku'
    """
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", text.lower()).strip()


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """rules/abbreviations.yaml as one pattern over every folded name (longest first) and a
    map from each name to its abbreviation."""
    from . import ruledata

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
