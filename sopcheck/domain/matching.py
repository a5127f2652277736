"""Fuzzy matching of SOP titles and instansi names (rapidfuzz), word by word.

Whole-string scores accept too much ("SOP Penyusunan Renja" scores 88 against "Renstra" with
token_set_ratio), so both matchers here compare word by word: a reference names a title when
every word of it is near a word of that one title; two instansi names are variants when only
misspelt words differ.
"""

from __future__ import annotations

from collections import defaultdict
from difflib import SequenceMatcher
from typing import Optional

from .titles import unit_word_pattern, vocabulary


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

    ignore = set(vocabulary()["dangling-keterkaitan"]["ignore_words"])
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
        unit = unit_word_pattern().search(reference)
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
