"""Fuzzy label matching over the vocabulary in ``rules/headers.yaml`` and ``rules/identitas.yaml``.

A :class:`LabelMatcher` maps a label text to its key ("kegiatan", "nomor_sop", ...). The text is
folded (:func:`sopcheck.text.fold`: lower case, accents and punctuation removed), then

1. looked up exactly among the variants;
2. compared with rapidfuzz ``ratio`` against every variant at least ``min_fuzzy_length`` long;
   the best score at or above ``threshold`` wins (short variants such as "no" and "ket" only
   ever match exactly, so random short text is never a label).

:meth:`LabelMatcher.match_prefix` does the same on the first words of a line, for labels
followed by their value ("Nomor SOP 01/SOP/PRNC/2019", "Waktu / menit").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from rapidfuzz import fuzz, process

from .. import ruledata
from ..text import fold


class LabelMatcher:
    """Match texts against ``{key: [variant, ...]}``.

    ``ignored`` variants are labels that fill no field: they match with key ``""``, exactly
    (after folding) and never fuzzily.
    """

    def __init__(self, labels: dict[str, Iterable[str]], threshold: float = 85,
                 min_fuzzy_length: int = 5, ignored: Iterable[str] = ()):
        self.threshold = float(threshold)
        self.exact: dict[str, str] = {}
        for key, variants in labels.items():
            for v in variants:
                self.exact.setdefault(fold(str(v)), str(key))
        self._fuzzy = [v for v in self.exact if len(v) >= min_fuzzy_length]
        for v in ignored:  # exact matches only: "Standar Operasional Prosedur ..." starts titles
            self.exact.setdefault(fold(str(v)), "")
        self._by_words: dict[int, list[str]] = {}
        for v in self._fuzzy:
            self._by_words.setdefault(len(v.split()), []).append(v)
        self._max_words = max((len(v.split()) for v in self.exact), default=1)

    def match(self, text: str) -> Optional[str]:
        """The key whose variant ``text`` (as a whole) matches, else ``None``."""
        return self.match_folded(fold(text))

    def match_folded(self, key: str, same_words: bool = False) -> Optional[str]:
        """:meth:`match` for an already folded text; with ``same_words`` only variants of as
        many words as ``key`` are fuzzy candidates."""
        if not key:
            return None
        hit = self.exact.get(key)
        if hit is not None:
            return hit
        if len(key) < 4 or len(key) > 60:
            return None
        pool = self._by_words.get(len(key.split()), []) if same_words else self._fuzzy
        best = process.extractOne(key, pool, scorer=fuzz.ratio, score_cutoff=self.threshold)
        return self.exact[best[0]] if best else None

    def match_prefix(self, text: str, min_words: int = 1) -> Optional[tuple[str, int]]:
        """Match the first words of ``text``: ``(key, n_words)`` for the longest word prefix
        (at least ``min_words`` words) equal to a variant, else the longest one within the
        threshold of a variant of as many words; ``None`` when none matches. Words are those
        of the folded text."""
        words = fold(text).split()
        sizes = range(min(self._max_words, len(words)), min_words - 1, -1)
        for n in sizes:
            hit = self.exact.get(" ".join(words[:n]))
            if hit is not None:
                return hit, n
        for n in sizes:
            hit = self.match_folded(" ".join(words[:n]), same_words=True)
            if hit is not None:
                return hit, n
        return None


@lru_cache(maxsize=1)
def header_matcher() -> LabelMatcher:
    """The flowchart header vocabulary of ``rules/headers.yaml``."""
    data = ruledata.load("headers")
    return LabelMatcher(data["labels"], data.get("threshold", 85), data.get("min_fuzzy_length", 5))


@lru_cache(maxsize=1)
def header_settings() -> dict:
    """The whole ``rules/headers.yaml`` mapping (markers, max_extra_words, ...)."""
    return ruledata.load("headers")


@lru_cache(maxsize=1)
def identity_matcher() -> LabelMatcher:
    """The identitas label vocabulary of ``rules/identitas.yaml`` (``ignored`` labels give "")."""
    data = ruledata.load("identitas")
    return LabelMatcher(data.get("labels", {}), data.get("label_threshold", 86), 5,
                        ignored=data.get("ignored", []))


@lru_cache(maxsize=1)
def identity_settings() -> dict:
    """The whole ``rules/identitas.yaml`` mapping."""
    return ruledata.load("identitas")


_LEADING_WORD = re.compile(r"\S+")


def strip_words(text: str, n_words: int) -> str:
    """``text`` without its first ``n_words`` folded words and any ``:`` after them.

    Folding may merge or drop punctuation-only tokens, so this walks the original text token
    by token, counting the folded words each token contributes.
    """
    pos = 0
    count = 0
    for m in _LEADING_WORD.finditer(text):
        if count >= n_words:
            break
        count += len(fold(m.group()).split())
        pos = m.end()
    rest = text[pos:]
    return rest.lstrip().lstrip(":").strip()
