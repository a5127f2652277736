"""Indonesian duration parser for the Mutu Baku *waktu* cell.

Minutes are working minutes per docs/CONTRACT.md: 1 jam = 60, 1 hari = 1 hari kerja = 480,
1 minggu = 5 hari kerja = 2400, 1 bulan = 20 hari kerja = 9600 (units, number words and
qualifiers live in ``rules/durations.yaml``).

What parses (the whole cell must be a duration; case and accents are ignored):

* digits and a unit: "10 menit", "2 Jam", "1,5 jam", "1 Hari Kerja", "120 menit";
* number words: "Lima Belas menit", "sepuluh menit", "dua puluh menit", "seratus menit",
  "setengah jam", "satu setengah jam";
* digits plus words, in either order: "3(Tiga) Jam", "15 (Lima Belas) Menit",
  "lima belas (15) menit" -- both numbers are recorded (``digits``, ``words``) and the
  digits give the value, so "15 (Lima) Menit" is 15 minutes with ``words`` = 5;
* words in brackets alone: "(Sepuluh) Menit" = 10;
* ranges: "1 - 5 hari kerja", "1-2 jam", "1 s/d 3 hari", "30 menit - 1 jam" (``minutes`` is
  the upper bound, ``low_minutes`` the lower);
* sums and multiples: "1 jam 30 menit" = 90, "1 x 24 jam" = 1440;
* a leading qualifier: "± 10 menit", "maks. 1 hari", "paling lama 3 hari";
* a trailing "per ..." or "/ ...": "10 menit/berkas", "5 menit per dokumen".

What does not parse (returns ``None``): "", "-", "Disposisi", "1 Jari" (OCR of "1 Jam":
unknown unit, not guessed), a bare number "120" unless the caller passes ``default_unit``
(a header "Waktu / menit"), and text with a number word inside other words, such as
"Disposisi (Sepuluh) Menit": that is a Kelengkapan value that slid into the wrong column
(seed 004), and refusing it lets ``unparseable-duration`` report it.

The parser is a compiled tokenizer plus a small hand-written grammar; results are cached
per string. No fuzzy matching happens per cell.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import ruledata


@dataclass(frozen=True)
class ParsedDuration:
    """A parsed waktu text.

    ``minutes`` is the upper bound in working minutes (for a range "1 - 5 hari kerja", 5 days);
    ``low_minutes`` the lower bound (equal to ``minutes`` when not a range). ``digits`` and
    ``words`` are the number written in digits and the number spelled out in words, when the
    text carries both ("15 (Lima Belas) Menit" gives 15 and 15; "15 (Lima) Menit" gives 15 and 5).
    ``unit`` is the canonical unit word ("menit", "jam", "hari", "minggu", "bulan").
    """

    minutes: float
    low_minutes: float
    unit: str
    digits: Optional[float] = None
    words: Optional[float] = None

    @property
    def words_mismatch(self) -> bool:
        """True when the text carries digits and words that disagree ("15 (Lima) Menit")."""
        return self.digits is not None and self.words is not None and self.digits != self.words


class _Vocab:
    """The compiled vocabulary from rules/durations.yaml."""

    def __init__(self, data: dict) -> None:
        self.unit_minutes: dict[str, float] = {}
        self.unit_of: dict[str, str] = {}
        for unit, spec in data["units"].items():
            self.unit_minutes[unit] = float(spec["minutes"])
            for word in spec["words"]:
                self.unit_of[_norm(word)] = unit
        self.number_words: dict[str, float] = {_norm(k): float(v) for k, v in data["number_words"].items()}
        self.scales: dict[str, object] = {_norm(k): v for k, v in data["number_scales"].items()}
        seps = sorted((_norm(s) for s in data["range_separators"]), key=len, reverse=True)
        quals = sorted((_norm(q) for q in data["qualifiers"]), key=len, reverse=True)
        units = sorted(self.unit_of, key=len, reverse=True)
        words = sorted(set(self.number_words) | set(self.scales), key=len, reverse=True)
        self.qualifier_re = re.compile(
            r"^(?:(?:" + "|".join(_alt(q) for q in quals) + r")\.?\s*)+")
        self.tail_re = re.compile(r"\s*(?:/|\bper\b)\s*[a-z][a-z .]*$")
        # when a duration is done, said after it: "2 minggu (Des, Apr, Ags)", "2 minggu setiap bulan"
        schedule = "|".join(_alt(_norm(w)) for w in data.get("schedule_words") or [])
        self.schedule_re = re.compile(r"\s*(?:\([^()0-9]*\)" + (rf"|\b(?:{schedule})\b.*" if schedule else "")
                                      + r")$")
        # a dash with nothing to range over: a bullet of the next cell read into this one
        # ("30 - menit", "5 hari -", "- 2 jam")
        self.stray_dash_re = re.compile(
            r"^[-–—]\s*(?=\d)|\s*[-–—]$|(?<=\d)\s*[-–—]\s*(?=(?:" + "|".join(_alt(u) for u in units) + r")\b)")
        # Token kinds, tried in order at each position (whitespace skipped).
        word_b = r"(?![a-z])"
        self.token_re = re.compile(
            r"\s*(?:"
            r"(?P<num>\d{1,3}(?:\.\d{3})+(?![\d,])|\d+(?:[.,]\d+)?)"
            r"|(?P<sep>" + "|".join(_alt(s) + (word_b if s[-1].isalpha() else "") for s in seps) + r")"
            r"|(?P<times>[x×](?![a-z]))"
            r"|(?P<lp>\()|(?P<rp>\))"
            r"|(?P<unit>(?:" + "|".join(_alt(u) for u in units) + r")" + word_b + r"\.?)"
            r"|(?P<word>(?:" + "|".join(_alt(w) for w in words) + r")+" + word_b + r")"
            r"|(?P<other>\S)"
            r")")
        self.word_split_re = re.compile("|".join(_alt(w) for w in words))


def _alt(s: str) -> str:
    return re.escape(s).replace(r"\ ", r"\s+")


_FRACTIONS = {"½": ",5", "¼": ",25", "¾": ",75"}


def _norm(text: str) -> str:
    for frac, dec in _FRACTIONS.items():
        if frac in text:
            text = re.sub(r"(\d)\s*" + frac, r"\g<1>" + dec, text).replace(frac, "0" + dec)
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", text.lower()).strip()


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    return _Vocab(ruledata.load("durations"))


def _words_value(words: list[str], vocab: _Vocab) -> Optional[float]:
    """The value of a run of Indonesian number words, or None when the run is malformed."""
    total = 0.0
    current = 0.0
    fraction = 0.0
    seen = False
    for w in words:
        if w in vocab.number_words:
            v = vocab.number_words[w]
            if v < 1 and v > 0:
                fraction += v
            else:
                current += v
            seen = True
            continue
        scale = vocab.scales.get(w)
        if scale is None:
            return None
        if scale == "teen":
            if not 0 < current < 10:
                return None
            current += 10
        else:
            scale = float(scale)
            if scale >= 1000:
                total = (total + (current or 1)) * scale
                current = 0.0
            elif scale >= 100:
                total += (current or 1) * scale
                current = 0.0
            else:
                current = (current or 1) * scale
        seen = True
    return total + current + fraction if seen else None


def _split_words(token: str, vocab: _Vocab) -> list[str]:
    """"limabelas" -> ["lima", "belas"]; "sepuluh" stays whole (it is a vocabulary word)."""
    if token in vocab.number_words or token in vocab.scales:
        return [token]
    return vocab.word_split_re.findall(token)


def _tokenize(text: str, vocab: _Vocab) -> Optional[list[tuple[str, object]]]:
    tokens: list[tuple[str, object]] = []
    pos = 0
    n = len(text)
    while pos < n:
        if text[pos:].strip() == "":
            break
        m = vocab.token_re.match(text, pos)
        if not m or m.end() == pos:
            return None
        pos = m.end()
        kind = m.lastgroup
        val = m.group(kind)
        if kind == "other":
            return None
        if kind == "num":
            if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", val):
                tokens.append(("num", float(val.replace(".", ""))))
            else:
                tokens.append(("num", float(val.replace(",", "."))))
        elif kind == "unit":
            tokens.append(("unit", vocab.unit_of[_norm(val.rstrip("."))]))
        elif kind == "word":
            for w in _split_words(_norm(val), vocab):
                tokens.append(("word", w))
        else:
            tokens.append((kind, val))
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple[str, object]], vocab: _Vocab) -> None:
        self.t = tokens
        self.i = 0
        self.vocab = vocab
        self.digits: Optional[float] = None
        self.words: Optional[float] = None

    def peek(self, k: int = 0) -> Optional[str]:
        j = self.i + k
        return self.t[j][0] if j < len(self.t) else None

    def _words_run(self) -> Optional[float]:
        run: list[str] = []
        while self.peek() == "word":
            run.append(str(self.t[self.i][1]))
            self.i += 1
        return _words_value(run, self.vocab) if run else None

    def _record(self, digits: Optional[float], words: Optional[float]) -> None:
        """Keep the first digits/words pair, or the first one that disagrees."""
        if digits is None or words is None:
            return
        if self.digits is None or (self.digits == self.words and digits != words):
            self.digits, self.words = digits, words

    def quantity(self) -> Optional[float]:
        kind = self.peek()
        if kind == "num":
            value = float(self.t[self.i][1])  # type: ignore[arg-type]
            self.i += 1
            if self.peek() == "word" and value >= 1 and self.t[self.i][1] in ("setengah", "seperempat"):
                value += self.vocab.number_words[str(self.t[self.i][1])]
                self.i += 1
            if self.peek() == "lp" and self.peek(1) == "word":
                save = self.i
                self.i += 1
                words = self._words_run()
                if words is None or self.peek() != "rp":
                    self.i = save
                    return None
                self.i += 1
                self._record(value, words)
            return value
        if kind == "word":
            words = self._words_run()
            if words is None:
                return None
            if self.peek() == "lp" and self.peek(1) == "num" and self.peek(2) == "rp":
                digits = float(self.t[self.i + 1][1])  # type: ignore[arg-type]
                self.i += 3
                self._record(digits, words)
                return digits
            return words
        if kind == "lp":
            self.i += 1
            if self.peek() == "word":
                value = self._words_run()
            elif self.peek() == "num":
                value = float(self.t[self.i][1])  # type: ignore[arg-type]
                self.i += 1
            else:
                return None
            if value is None or self.peek() != "rp":
                return None
            self.i += 1
            return value
        return None

    def factor(self) -> Optional[float]:
        """A quantity, optionally multiplied: "1 x 24"."""
        q = self.quantity()
        if q is None:
            return None
        while self.peek() == "times":
            self.i += 1
            q2 = self.quantity()
            if q2 is None:
                return None
            q *= q2
        return q

    def unit(self) -> Optional[str]:
        if self.peek() == "unit":
            u = str(self.t[self.i][1])
            self.i += 1
            return u
        return None


def _parse(text: str, default_unit: Optional[str]) -> Optional[ParsedDuration]:
    vocab = _vocab()
    s = _norm(text)
    if not s:
        return None
    s = vocab.stray_dash_re.sub(" ", vocab.qualifier_re.sub("", s)).strip()
    s = vocab.tail_re.sub("", s)
    tokens = _tokenize(s, vocab)
    if not tokens:
        return None
    p = _Parser(tokens, vocab)

    # segment := factor [unit]; duration := segment+ [sep segment+]
    def segments() -> Optional[list[tuple[float, Optional[str]]]]:
        segs: list[tuple[float, Optional[str]]] = []
        while p.peek() in ("num", "word", "lp"):
            q = p.factor()
            if q is None:
                return None
            segs.append((q, p.unit()))
            if segs[-1][1] is None:
                break
        return segs or None

    low = segments()
    if low is None:
        return None
    high = None
    if p.peek() == "sep":
        p.i += 1
        high = segments()
        if high is None:
            return None
    if p.i != len(tokens):
        return None

    def total(segs: list[tuple[float, Optional[str]]], fallback: Optional[str]) -> Optional[tuple[float, str]]:
        minutes = 0.0
        first_unit: Optional[str] = None
        for q, u in segs:
            u = u or fallback
            if u is None:
                return None
            first_unit = first_unit or u
            minutes += q * vocab.unit_minutes[u]
        return minutes, first_unit  # type: ignore[return-value]

    if high is None:
        res = total(low, default_unit)
        if res is None:
            return None
        return ParsedDuration(minutes=res[0], low_minutes=res[0], unit=res[1], digits=p.digits, words=p.words)
    hi = total(high, default_unit)
    if hi is None:
        return None
    lo = total(low, high[-1][1] or default_unit)
    if lo is None:
        return None
    return ParsedDuration(minutes=max(lo[0], hi[0]), low_minutes=min(lo[0], hi[0]), unit=hi[1],
                          digits=p.digits, words=p.words)


@lru_cache(maxsize=4096)
def parse_duration(text: str, default_unit: Optional[str] = None) -> Optional[ParsedDuration]:
    """Parse an Indonesian duration text; ``None`` when ``text`` is not a duration.

    ``default_unit`` ("menit", "jam", ...) is the unit a bare number carries, for a column
    whose header names the unit ("Waktu / menit"); without it "120" is not a duration.

    >>> parse_duration("15 (Lima Belas) Menit").minutes
    15.0
    >>> parse_duration("1 - 5 hari kerja").low_minutes, parse_duration("1 - 5 hari kerja").minutes
    (480.0, 2400.0)
    >>> parse_duration("1 Jari") is None
    True
    >>> parse_duration("2 minggu (Des, Apr, Ags)").minutes, parse_duration("1 bulan setiap subround").minutes
    (4800.0, 9600.0)
    """
    if not text or not isinstance(text, str):
        return None
    vocab = _vocab()
    if default_unit is not None and default_unit not in vocab.unit_minutes:
        default_unit = vocab.unit_of.get(_norm(default_unit)) or unit_of_header(default_unit)
    parsed = _parse(text, default_unit)
    if parsed is None:  # a duration followed by when it is done: the duration is the first part
        head = vocab.schedule_re.sub("", _norm(text))
        if head and head != _norm(text):
            parsed = _parse(head, default_unit)
    return parsed


def unit_of_header(header: str) -> Optional[str]:
    """The unit a column header names ("Waktu / menit" -> "menit"), else ``None``."""
    vocab = _vocab()
    for word in re.findall(r"[a-z]+(?: kerja)?", _norm(header)):
        if word in vocab.unit_of:
            return vocab.unit_of[word]
    return None


_UNITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def number_in_words(n: int) -> str:
    """``n`` (0 <= n < 1,000,000) spelled out in Indonesian, lower case: 15 -> "lima belas",
    120 -> "seratus dua puluh", 1500 -> "seribu lima ratus"; what :func:`parse_duration` reads
    back as ``n``.

    :raises ValueError: ``n`` outside that range.
    """
    if not 0 <= n < 1_000_000:
        raise ValueError(f"no words for {n}")
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return {10: "sepuluh", 11: "sebelas"}.get(n) or f"{_UNITS[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_UNITS[tens]} puluh" + (f" {_UNITS[rest]}" if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus"
        return head + (f" {number_in_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = "seribu" if thousands == 1 else f"{number_in_words(thousands)} ribu"
    return head + (f" {number_in_words(rest)}" if rest else "")


def near_duration(text: str) -> bool:
    """True when ``text`` is not a duration but becomes one with a letter O read for a zero
    ("1O menit") or with one word replaced by the unit or number word it nearly spells (rapidfuzz
    ratio >= 80: "2 mingau" -> "2 minggu"): the mark of a misreading by OCR rather than of the
    author's typo ("1 Jari" is 75 from "hari" and stays a typo)."""
    from rapidfuzz import fuzz, process

    if not text or parse_duration(text) is not None:
        return False
    norm = _norm(text)
    if parse_duration(re.sub(r"(?<=\d)o|o(?=\d)", "0", norm)) is not None:
        return True
    vocab = _vocab()
    known = list(vocab.unit_of) + list(vocab.number_words)
    words = norm.split()
    for i, word in enumerate(words):
        best = process.extractOne(word, known, scorer=fuzz.ratio, score_cutoff=80)
        if best is not None and best[0] != word \
                and parse_duration(" ".join(words[:i] + [best[0]] + words[i + 1:])) is not None:
            return True
    return False
