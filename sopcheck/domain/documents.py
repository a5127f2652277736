"""Documents named in Mutu Baku cells, compared as a reviewer reads them: by the stems of their key words.

A Kelengkapan cell lists items ("1. PC/Laptop 2. Jaringan internet", "Surat Tugas, SK innas, KAK
Pelatihan"); an item names the document a step takes. Two names of one document rarely match as
whole strings ("Data pendataan Survei E-Commerce" / "pendataan Survei E-Commerce" done in the step
before; "INDEKS HARGA" / "IHK"), so each name is reduced to its :func:`keys`: the Sastrawi stems of
its words, stop words left out, abbreviations read both ways (rules/abbreviations.yaml). The
vocabulary (stop words, result words, instruments, state words) is rules/documents.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import ruledata
from ..text import fold
from .abbreviations import abbreviate

_ITEM_SPLIT = re.compile(r"\s*(?:;|,|\n|•|·|\s-\s|^-\s|\s\d+[.)]\s|\s(?:dan|serta|&)\s)\s*", re.IGNORECASE)
_URL = re.compile(r"https?://|www\.|\.go\.id|\.com\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, frozenset[str]]:
    """rules/documents.yaml, each list folded into a set."""
    data = ruledata.load("documents") or {}
    return {key: frozenset(fold(w) for w in words or []) for key, words in data.items()}


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """The Sastrawi stem of one folded word ("pendataan" -> "data"); words with digits stay."""
    if not word.isalpha() or len(word) <= 3:
        return word
    return _stemmer().stem(word) or word


@lru_cache(maxsize=1)
def _long_forms() -> dict[str, str]:
    """Each abbreviation of rules/abbreviations.yaml with its first long form (folded)."""
    table = ruledata.load("abbreviations") or {}
    return {fold(abbr): fold(others[0]) for abbr, others in table.items() if others}


@lru_cache(maxsize=8192)
def keys(text: str, *, drop: tuple[str, ...] = (), expand: bool = False) -> frozenset[str]:
    """The key words of a document name: the stems of its folded words after every long form of
    rules/abbreviations.yaml is read as its abbreviation, stop words and passive verb forms
    ("Terbitnya SP2D", "yang disetujui") left out, and the words of the
    vocabulary lists named in ``drop`` ("form_words", ...) left out too. With ``expand`` (for a
    text an item is looked up in) the words as written and the long form of every abbreviation
    are added ("IHK" -> ihk, indeks, harga, konsumen), so either spelling of a name is found.

    >>> sorted(keys("Data pendataan Survei E-Commerce"))
    ['commerce', 'data', 'e', 'survei']
    """
    vocab = vocabulary()
    skip = set(vocab.get("stop_words", ()))
    for name in drop:
        skip |= vocab.get(name, frozenset())
    folded = fold(text)
    words = set(abbreviate(folded).split())
    if expand:
        words |= set(folded.split())
        longs = _long_forms()
        for w in list(words):
            if w in longs:
                words |= set(longs[w].split())
    return frozenset(stem(w) for w in words if w not in skip and not w.isdigit() and not _verb_form(w))


def alternatives(item: str) -> list[str]:
    """The documents an item offers with slashes, the words before the first one shared:
    "Salinan BAST/Kwitansi/Faktur/ Invoice" -> "Salinan BAST", "Kwitansi", "Faktur", "Invoice"
    (a single alternative when there is no slash between words)."""
    parts = [x.strip() for x in re.split(r"\s*/\s*", item)]
    if len(parts) < 2 or any(len(x) < 2 for x in parts):
        return [item]
    return parts


def head(text: str, *, drop: tuple[str, ...] = ("form_words",)) -> str:
    """The first key word of a name, its form words and ter-/di- verb forms left out: "Terbitnya
    SP2D" -> sp2d, "Draft Publikasi Podes" -> publikasi, "Bon Permintaan Barang" -> bon."""
    vocab = vocabulary()
    skip = set(vocab.get("stop_words", ()))
    for name in drop:
        skip |= vocab.get(name, frozenset())
    for w in abbreviate(fold(text)).split():
        if w not in skip and not w.isdigit() and not _verb_form(w):
            return stem(w)
    return ""


@lru_cache(maxsize=1)
def _joined_names() -> re.Pattern[str] | None:
    """The names that hold a joiner ("Dinas Kependudukan dan Pencatatan Sipil", "Rencana Kerja dan
    Anggaran"): long forms of rules/abbreviations.yaml and ``joined_names`` of documents.yaml."""
    table = ruledata.load("abbreviations") or {}
    names = {fold(n) for others in table.values() for n in others or []}
    names |= {fold(n) for n in (ruledata.load("documents") or {}).get("joined_names") or []}
    joined = sorted((n for n in names if re.search(r"\b(?:dan|serta)\b", n)), key=len, reverse=True)
    if not joined:
        return None
    return re.compile("|".join(r"\W+".join(map(re.escape, n.split())) for n in joined), re.IGNORECASE)


def items(cell: str) -> list[str]:
    """The items a Mutu Baku cell lists, each as written: split at ";", ",", bullets, numbers
    ("1. PC/Laptop 2. Jaringan internet") and the joiners "dan", "serta", "&", except inside a
    name that holds one ("Laporan Kinerja Dinas Kependudukan dan Pencatatan Sipil")."""
    text = " " + (cell or "") + " "
    pattern = _joined_names()
    if pattern is not None:
        text = pattern.sub(lambda m: re.sub(r"\s+(dan|serta)\s+", "\x00\\1\x00", m.group(0), flags=re.I), text)
    parts = (x.replace("\x00", " ").strip(" .:-*") for x in _ITEM_SPLIT.split(text))
    return [x for x in parts if x]


def covered(item: frozenset[str], source: frozenset[str]) -> bool:
    """True when ``source`` names ``item``: every key word of a one- or two-word item, two
    thirds of a longer one ("Rekapitulasi RKA semua SKPD" in "RKA semua SKPD terkumpul")."""
    if not item:
        return False
    shared = len(item & source)
    return shared == len(item) if len(item) <= 2 else shared * 3 >= len(item) * 2


def same(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when ``a`` and ``b`` name each other (:func:`covered` both ways)."""
    return covered(a, b) and covered(b, a)


def first_word(text: str) -> str:
    """The first folded word of ``text`` that is no stop word ("" for none)."""
    stop = vocabulary().get("stop_words", frozenset())
    return next((w for w in fold(text).split() if w not in stop), "")


def _starts_with(text: str, vocab: str) -> bool:
    folded = " ".join(w for w in fold(text).split() if w not in vocabulary().get("stop_words", frozenset()))
    return any(folded == w or folded.startswith(w + " ") for w in vocabulary().get(vocab, ()))


def is_result(item: str) -> bool:
    """True for an item that is a result of work ("Hasil Pemeriksaan", "Draft Publikasi", "Data
    harga", "Berita Acara ..."): rules/documents.yaml ``result_words``."""
    return _starts_with(item, "result_words")


def is_instrument(item: str) -> bool:
    """True for a letter, decree, guideline or other instrument that comes from outside the flow
    ("Surat Tugas Instruktur", "Undangan Pelatihan"): rules/documents.yaml ``instrument_words``."""
    return _starts_with(item, "instrument_words")


def is_link(item: str) -> bool:
    """True for a web address ("https://statpolkam.bps.go.id")."""
    return bool(_URL.search(item))


def _verb_form(word: str) -> bool:
    """True for a passive or stative verb form ("terkumpulnya", "disetujui", "diumumkan"): ter- or
    di- that the stemmer strips, or ending in -kan/-nya; not "dinas", "disposisi", "terminal"."""
    return len(word) > 5 and word.startswith(("ter", "di")) and (stem(word) != word or word.endswith(("kan", "nya")))


def is_state(output: str) -> bool:
    """True when an Output names a state or people rather than a document: its first word is one
    of ``state_words`` ("Status ...", "Petugas ...", "Pengarahan ...") or a ter-/di- verb form
    ("Terbitnya SP2D", "Ditindaklanjuti"), or it says "telah"/"sudah" of something that is no
    document ("EoQ telah diumumkan", "Kendala Pendataan terselesaikan")."""
    words = fold(output).split()
    if not words:
        return False
    vocab = vocabulary()
    head = first_word(output)
    if head in vocab.get("state_words", ()) or _verb_form(words[0]):
        return True
    documentish = head in _long_forms() or head in vocab.get("generic_outputs", ()) or is_result(output) \
        or is_instrument(output)
    changed = any(w in ("telah", "sudah") or _verb_form(w) for w in words[1:])
    return changed and not documentish


def is_generic(output: str) -> bool:
    """True when an Output names no document by itself ("Printout", "Softcopy"):
    rules/documents.yaml ``generic_outputs``."""
    words = fold(output).split()
    return bool(words) and all(w in vocabulary().get("generic_outputs", ()) for w in words)


def changed_after_head(output: str) -> bool:
    """True when an Output says its document changed state after naming it: "telah", "sudah" or a
    passive verb form after the first key word ("SPM yang telah disetujui", "Dokumen Bahan Opname
    Fisik yang sudah terisi"), not before it ("Terbitnya SP2D")."""
    words = fold(output).split()
    stop = vocabulary().get("stop_words", frozenset()) - {"telah", "sudah"}
    start = next((i for i, w in enumerate(words) if w not in stop and not _verb_form(w)), len(words))
    return any(w in ("telah", "sudah") or _verb_form(w) for w in words[start + 1:])
