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
