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


def shorten(text: str | None, limit: int = 60, *, at_word: bool = False) -> str:
    """``text`` on one line (whitespace collapsed) and cut to at most ``limit`` characters,
    ending in "…" when cut; with ``at_word``, the cut falls at the last space of the second
    half and trailing punctuation goes. ``None`` gives ``""``.

    >>> shorten("Menyusun   draft laporan kinerja tahunan", 20)
    'Menyusun draft lapo…'
    >>> shorten("Menyusun draft laporan kinerja tahunan", 20, at_word=True)
    'Menyusun draft…'
    """
    text = collapse(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if at_word:
        space = cut.rfind(" ")
        if space > limit // 2:
            cut = cut[:space]
        return cut.rstrip(" ,;:.") + "…"
    return cut.rstrip() + "…"
