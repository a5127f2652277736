"""Keys that tell whether two SOP titles, numbers, references or instansi names are the same.

Cross-document checks compare what different documents write: a title with and without "SOP"
in front, a Nomor SOP with odd spacing, a Keterkaitan reference to another SOP, an instansi
spelt with "Kab." or "Kabupaten". Each function here folds one such text into the key it is
compared by. Vocabulary (title prefixes, reference and regulation words, unit and region
words, instansi abbreviations) lives in ``rules/audit.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

from .. import ruledata
from ..text import fold
from .abbreviations import abbreviate


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """rules/audit.yaml: the vocabulary and thresholds of the cross-document checks."""
    return ruledata.load("audit")


@lru_cache(maxsize=1)
def _prefix_re() -> re.Pattern:
    words = sorted(vocabulary()["title_prefixes"], key=len, reverse=True)
    return re.compile(r"^(?:(?:" + "|".join(re.escape(w) for w in words) + r")\s*)+")


def title_key(title: Optional[str]) -> str:
    """The folded title with SOP prefixes removed: the key titles are compared by.

    >>> title_key("SOP PENYUSUNAN RENCANA STRATEGIS (RENSTRA)")
    'penyusunan rencana strategis renstra'
    """
    return _prefix_re().sub("", fold(title)).strip()


def short_key(title: Optional[str]) -> str:
    """:func:`title_key` with document names abbreviated (:func:`sopcheck.domain.abbreviations.abbreviate`,
    rules/abbreviations.yaml): one SOP titled two ways has one short key.

    >>> short_key("SOP PENYUSUNAN RENCANA STRATEGIS (RENSTRA)")
    'penyusunan renstra'
    """
    return abbreviate(title_key(title))


@lru_cache(maxsize=1)
def _reference_re() -> re.Pattern:
    words = sorted(vocabulary()["dangling-keterkaitan"]["reference_words"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def reference_key(text: Optional[str]) -> str:
    """The title a reference names: from its first SOP word on, as :func:`title_key`
    ("Lihat SOP Pengumpulan Data" → "pengumpulan data")."""
    folded = fold(text)
    m = _reference_re().search(folded)
    return title_key(folded[m.start():] if m else folded)


def file_title_key(path: str) -> str:
    """A title guessed from a file name ("statistics__093. SOP IDI signed.pdf" → "idi"): offices
    usually name the file after the SOP, so references may match it when the title is unread."""
    import os

    stem = os.path.splitext(os.path.basename(path))[0]
    folded = fold(stem.replace("_", " "))
    folded = re.sub(r"^(?:[a-z]+ )?\d+ ", "", folded)
    folded = re.sub(r"\b(?:signed|ttd|final|rev\w*|revisi|draft|salinan|copy|\d+)\b", " ", folded)
    return reference_key(" ".join(folded.split()))


def nomor_key(nomor: Optional[str], min_digits: Optional[int] = None) -> str:
    """A Nomor SOP folded for comparison (case and spaces ignored, separators kept); ``""``
    for a placeholder with fewer digits than ``min_digits`` (default: rules/audit.yaml)."""
    if not nomor:
        return ""
    if min_digits is None:
        min_digits = vocabulary()["duplicate-nomor-sop"]["min_digits"]
    key = re.sub(r"\s+", "", nomor).casefold().strip(".,;:")
    if sum(ch.isdigit() for ch in key) < min_digits:
        return ""
    return key


@lru_cache(maxsize=1)
def _regulation_re() -> re.Pattern:
    words = vocabulary()["dangling-keterkaitan"]["regulation_words"]
    return re.compile(r"^(?:\d+\s+)?(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def is_keterangan_reference(text: str) -> bool:
    """True when a Keterangan cell names another SOP ("SOP alur surat masuk ...")."""
    return bool(_reference_re().search(fold(text)))


def is_keterkaitan_reference(text: str) -> bool:
    """True when a Keterkaitan item names an SOP rather than a regulation or a placeholder
    (with ``keterkaitan_needs_reference_word`` in rules/audit.yaml, only items holding a
    reference word such as "SOP" count)."""
    folded = fold(text)
    if not re.search(r"[a-z]{3}", folded):
        return False
    if _regulation_re().search(folded):
        return False
    if vocabulary()["dangling-keterkaitan"].get("keterkaitan_needs_reference_word", True):
        return bool(_reference_re().search(folded))
    return True


@lru_cache(maxsize=1)
def _abbrev() -> dict[str, str]:
    return {fold(k): fold(v) for k, v in vocabulary()["instansi-name-variant"]["abbreviations"].items()}


def instansi_key(name: Optional[str]) -> str:
    """The folded instansi name with abbreviations expanded ("Kab." → "kabupaten")."""
    table = _abbrev()
    return " ".join(table.get(w, w) for w in fold(name).split())


@lru_cache(maxsize=1)
def unit_word_pattern() -> re.Pattern:
    words = sorted(vocabulary()["instansi-name-variant"]["unit_words"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(fold(w)) for w in words) + r")\b")


def instansi_in_title(title: Optional[str]) -> Optional[str]:
    """The instansi a procedure title names, from its first unit word on ("Prosedur Penyusunan
    Renstra Dinas Kependudukan ... Kabupaten Bintan" → "Dinas Kependudukan ... Kabupaten Bintan"),
    or ``None``; only names that include a region word (kabupaten, kota, provinsi) count."""
    if not title:
        return None
    folded = fold(title)
    m = unit_word_pattern().search(folded)
    if not m:
        return None
    mention = folded[m.start():]
    regions = vocabulary()["instansi-name-variant"]["region_words"]
    if not any(re.search(rf"\b{re.escape(w)}\b", mention) for w in regions):
        return None
    # keep the original spelling for the message: same words, original case
    words = title.split()
    n = len(mention.split())
    return " ".join(words[-n:]) if n <= len(words) else mention
