"""Read the identitas SOP block from the tables and paragraphs before the first flowchart table.

Conventions:

* A *label* is a line (of a cell or paragraph) that matches a label of ``rules/identitas.yaml``
  as a whole ("Keterkaitan SOP"), before a colon ("Nomor SOP : 01/..."), or as its first two or
  more words ("Tanggal Pembuatan 02 Januari 2019"). Lines starting with a digit (list items)
  are never labels. Lines after a label line in the same cell belong to it.
* A label's value is, in order: the text after it in its cell; else the next non-empty cell to
  the right that is not just ":" and no label (none: the field is present and empty); else, when the row holds
  only labels ("Dasar Hukum : | Kualifikasi Pelaksana :"), the cells below in the same column.
  Rows without labels continue the field owning their column (a second "Disahkan oleh" line,
  the items of a labels-only row), also across a table split in two by a page break (same
  column count, no text between); a field whose value is "-" (an explicit empty value) is
  complete, and rows below it continue nothing. A label is never another field's value: the
  next cell is skipped when it is a label, or looks like one (a short cell without digits
  starting "Tgl", "Tanggal", "Nomor" ...: ``label_starts``). An ignored label ("Maksud dan
  tujuan: ...") in a row below labels fills nothing, and the other cells of that row still
  continue their columns' fields. Paragraph labels "Label : value" work the same way; the
  paragraphs right after a label paragraph with no value continue it until a blank line.
* A label used twice is taken as written, without guessing what was meant: seed 004 labels
  its regulations KETERKAITAN (no Dasar Hukum label) and its related SOPs KETERKAITAN again, so
  ``keterkaitan`` lists both blocks' items in order and ``dasar_hukum`` stays empty. A scalar
  label used twice keeps its first value. ``ignored`` labels ("Pengertian") fill nothing.
* Instansi: what a reader of the heading understands. Among the header lines (paragraphs and
  cell text that is no label or value), the first starting with an office word ("DINAS ...",
  "BADAN ...", else a sub-unit word such as "BAGIAN ..."), joined with following lines that
  start with a region word ("KOTA PROBOLINGGO") or go on with "DAN" (a name wrapped over
  lines); without a region of its own it takes the region of a "PEMERINTAH KABUPATEN TAPIN"
  line (the Disdukcapil *of Kabupaten Tapin*). Without an office line, the "PEMERINTAH ..."
  line itself. ``unit``: the bagian, bidang, tim or sekretariat line printed right under the
  instansi (else right above it), as written.
* Scalar fields are collapsed to one line; a label present with no value gives "". Nama SOP
  with three or more lines or numbered items (one identity block for several SOPs, seed 000)
  is those titles joined with "; ". List fields are split on numbering ("1.", "1 ", "2)")
  when the items are numbered 1, 2, 3 ... in order, else on lines (a line starting in lower
  case after one not ending in punctuation is a wrapped line, joined to it; PDF lines wrapped
  before a capital letter stay separate items: telling them apart needs the reader's
  geometry). A number counts as an item
  marker at a line start or after punctuation, or as "N." / "N)" before a capital letter
  (items run together: "... Sipil 6. Peraturan Bupati"), never after "Nomor", "No", "Tahun".
  Dasar Hukum items are also split where a year is directly followed by the next regulation's
  name ("... Tahun 2010 Peraturan Menteri ..."): items whose line break was lost.
"""

from __future__ import annotations

import re
from typing import Optional

from ..blocks import Block, Paragraph, Table
from ..model import Identity
from ..text import collapse, fold
from .headers import distinct_cells
from .vocab import identity_matcher, identity_settings, strip_words

_ITEM = re.compile(r"(?<!\d)(\d{1,2})(?!\d)(?:[.),]|(?=\s))\s*")
_NOT_ITEM_BEFORE = {"no", "nomor", "nomer", "tahun", "pasal", "ayat", "huruf", "angka", "pp", "uu"}
_BULLET = re.compile(r"^[-•●▪*·]+\s*")
_LAST_WORD = re.compile(r"(\w+)\W*$")


class _Fields:
    """Collected field texts. ``open`` starts a field and returns its key, or ``None`` for an
    ignored label or a scalar label already seen (its value goes nowhere); a list label seen
    again adds to the same field."""

    def __init__(self, scalar: set[str]) -> None:
        self.values: dict[str, list[str]] = {}
        self.scalar = scalar
        self.loose: list[str] = []  # header lines that are no label or value
        self.owners: dict[int, Optional[str]] = {}  # column -> field, carried to a split table
        self.owner_width: Optional[int] = None

    def open(self, key: str) -> Optional[str]:
        if not key:
            return None
        if key in self.values:
            return None if key in self.scalar else key
        self.values[key] = []
        return key

    def add(self, key: Optional[str], text: str) -> None:
        if key and text.strip():
            self.values[key].append(text)


def label_of(line: str) -> Optional[tuple[str, str]]:
    """``(field, rest)`` when ``line`` starts with an identitas label (field "" for an
    ignored label), else ``None``."""
    line = line.strip()
    if not line or line[0].isdigit() or line[0] in "-•(":
        return None
    matcher = identity_matcher()
    if ":" in line:
        head, rest = line.split(":", 1)
        if len(head.split()) <= 6:
            hit = matcher.match(head)
            if hit is not None:
                return hit, rest.strip()
    hit = matcher.match(line)
    if hit is not None:
        return hit, ""
    pre = matcher.match_prefix(line, min_words=2)
    if pre is not None and pre[0]:  # an ignored label only as a whole or before a colon
        return pre[0], strip_words(line, pre[1])
    return None


def label_fields(text: str) -> set[str]:
    """The identitas fields whose labels start lines of ``text`` (ignored labels left out)."""
    found = (label_of(line) for line in (text or "").split("\n"))
    return {hit[0] for hit in found if hit is not None and hit[0]}


def _segments(text: str) -> list[tuple[Optional[str], str, list[str]]]:
    """Split a cell or paragraph text into ``(field, inline value, following lines)``
    segments; text before the first label has field ``None``."""
    out: list[tuple[Optional[str], str, list[str]]] = []
    for line in (text or "").split("\n"):
        if not line.strip():
            continue
        hit = label_of(line)
        if hit is not None:
            out.append((hit[0], hit[1], []))
        elif out:
            out[-1][2].append(line)
        else:
            out.append((None, "", [line]))
    return out


def _is_label_cell(segs) -> bool:
    return any(field is not None for field, _, _ in segs)


def _pure_label(segs) -> bool:
    """A cell holding one label and nothing else."""
    return len(segs) == 1 and segs[0][0] is not None and not segs[0][1] and not segs[0][2]


_DASHES = {"-", "–", "—", "--"}
_CLOSED = "-"
"""Owner of a column whose field holds an explicit empty value ("-"): rows below continue nothing."""


def _ignored_only(segs) -> bool:
    """A cell whose only labels are ignored ones ("Maksud dan tujuan: ...")."""
    fields = [field for field, _, _ in segs if field is not None]
    return bool(fields) and all(field == "" for field in fields)


def _owned(cell, owners: dict) -> bool:
    """Whether a field (not closed by "-") owns one of ``cell``'s columns."""
    return any(owners.get(k) not in (None, _CLOSED) for k in range(cell.col, cell.col + cell.col_span))


def _label_like(text: str) -> bool:
    """A short cell without digits that starts like a label ("Tgl Disahkan", "Nomor Induk"):
    never another field's value, even when the vocabulary does not know it."""
    words = fold(text).split()
    starts = identity_settings().get("label_starts", [])
    return 0 < len(words) <= 4 and not re.search(r"\d", text) and words[0] in starts


def _read_table(table: Table, acc: _Fields) -> None:
    grid = table.grid()
    owners = acc.owners if acc.owner_width == table.n_cols else {}
    labels_row = False  # the row before was a row of labels only
    for r in range(table.n_rows):
        cells = [c for c in distinct_cells(grid[r]) if c.row == r and (c.text or "").strip() != ":"]
        segs = {id(c): _segments(c.text) for c in cells}

        label_cells = [c for c in cells if _is_label_cell(segs[id(c)])]
        # a row whose only labels are ignored ones standing under a field's label ("Maksud dan
        # tujuan: ..." under Peringatan) continues its columns' fields; right under a row of labels
        # only, such a cell is the value printed in that field's box (archives__076: the Peringatan
        # box holds "Maksud dan tujuan: ..."), further down it fills nothing (it__037: a row of its
        # own below empty boxes)
        under_labels, labels_row = labels_row, False
        ignored_row = all(_ignored_only(segs[id(c)]) and _owned(c, owners) for c in label_cells)
        if not label_cells or ignored_row:
            for c in cells:
                text = (c.text or "").strip()
                if not text or (_is_label_cell(segs[id(c)]) and not under_labels):
                    continue
                key = next((owners[k] for k in range(c.col, c.col + c.col_span) if k in owners), "?")
                if key in ("?", _CLOSED):
                    acc.loose.extend(text.split("\n"))
                else:
                    acc.add(key, text)
            continue
        owners = {}
        nonempty = [c for c in cells if (c.text or "").strip()]
        labels_only = labels_row = all(_pure_label(segs[id(c)]) for c in nonempty)
        used: set[int] = set()
        for i, cell in enumerate(cells):
            if id(cell) in used or not _is_label_cell(segs[id(cell)]):
                continue
            used.add(id(cell))
            key: Optional[str] = None
            inline = ""
            for field, inline, more in segs[id(cell)]:
                if field is None:
                    acc.loose.extend(more)
                    continue
                key = acc.open(field)
                acc.add(key, "\n".join([inline] + more))
            last_field, last_inline, last_more = segs[id(cell)][-1]
            cols = range(cell.col, cell.col + cell.col_span)
            if last_inline or last_more or labels_only:
                done = not last_more and last_inline.strip() in _DASHES  # "Tgl. Revisi : -"
                owners.update({k: _CLOSED if done else key for k in cols})
                continue
            nxt = next((c for c in cells[i + 1:] if (c.text or "").strip()), None)
            if nxt is None or _is_label_cell(segs[id(nxt)]) or _label_like(nxt.text or ""):
                owners.update({k: key for k in cols})
                continue
            used.add(id(nxt))
            value = re.sub(r"^\s*:\s*", "", nxt.text or "")
            acc.add(key, value)
            done = value.strip() in _DASHES  # an explicit empty value: rows below continue nothing
            owners.update({k: _CLOSED if done else key for k in range(nxt.col, nxt.col + nxt.col_span)})
        for c in cells:
            if id(c) not in used and (c.text or "").strip():
                acc.loose.extend(c.text.split("\n"))
    acc.owners, acc.owner_width = owners, table.n_cols


def _read_paragraphs(paras: list[Paragraph], acc: _Fields) -> None:
    """Read one run of consecutive paragraphs."""
    owner: Optional[str] = None
    if any((p.text or "").strip() for p in paras):
        acc.owners = {}  # a table split by text is no continuation
    for p in paras:
        text = p.text or ""
        if not text.strip():
            if owner and acc.values.get(owner):
                owner = None
            continue
        segs = _segments(text)
        if not _is_label_cell(segs):
            if owner:
                acc.add(owner, text)
            else:
                acc.loose.extend(text.split("\n"))
            continue
        owner = None
        for field, inline, more in segs:
            if field is None:
                acc.loose.extend(more)
                continue
            key = acc.open(field)
            acc.add(key, "\n".join([inline] + more))
            owner = key if not (inline or more) else None


def build_identity(items: list[Block], require_label: bool = False) -> Optional[Identity]:
    """The identitas block of ``items`` (the blocks before the first flowchart table), or
    ``None`` when they hold no identitas label and no instansi line (with ``require_label``:
    no identitas label; an instansi line alone does not make a document an SOP)."""
    settings = identity_settings()
    scalar = set(settings.get("scalar", []))
    acc = _Fields(scalar)
    run: list[Paragraph] = []
    for item in items:
        if isinstance(item, Paragraph):
            run.append(item)
            continue
        _read_paragraphs(run, acc)
        run = []
        _read_table(item, acc)
    _read_paragraphs(run, acc)
    instansi, unit = find_instansi(acc.loose)
    if not acc.values and (instansi is None or require_label):
        return None
    out: dict[str, object] = {"instansi": instansi, "unit": unit}
    for key, chunks in acc.values.items():
        if key not in Identity.model_fields or key in ("instansi", "unit"):
            continue
        text = "\n".join(chunks)
        if key == "nama_sop":
            out[key] = nama_sop(text)
        elif key in scalar:
            out[key] = re.sub(r"^:\s*", "", collapse(text))
        elif key == "dasar_hukum":
            out[key] = [part for item in split_items(text) for part in split_regulations(item)]
        else:
            out[key] = split_items(text)
    return Identity(**out)


def nama_sop(text: str) -> str:
    """One title, or several titles joined with "; ": numbered items, or three or more lines
    that mostly start with the same word ("Penyusunan ...", seed 000). Other line breaks are
    wraps of one title."""
    items = split_items(text)
    if _numbered_markers(text) and len(items) > 1:
        return "; ".join(items)
    firsts = [fold(x).split()[:1] for x in items]
    if len(items) >= 3 and sum(f == firsts[0] for f in firsts) * 3 >= 2 * len(items):
        return "; ".join(items)
    return re.sub(r"^:\s*", "", collapse(text))


def _numbered_markers(text: str) -> list[re.Match]:
    """The list markers of ``text`` numbered 1, 2, 3 ... in order (a "1" at a line start may
    begin a second list), each at the start of the text or a line or after punctuation, or
    "N." before a capital letter; never after "Nomor"/"Tahun"/... . Typing slips of real
    lists are markers too: "1," at a line start, a number repeated at a line start ("1. 2.
    2. 3."), and a list numbered from N > 1 ("3. ... 4. ..." under Peringatan) when it starts
    the text as "N." and a line starts with N + 1."""
    found: list[re.Match] = []
    expected = _first_number(text)
    for m in _ITEM.finditer(text):
        s = m.start()
        before = text[:s].rstrip(" \t")
        line_start = not before or before.endswith("\n")
        value = int(m.group(1))
        if text[m.end(1):m.end(1) + 1] == "," and not line_start:
            continue  # "1," inside a line is a number in the text
        if value == 1 and found and line_start:
            expected = 1  # a second list (a label used twice) numbered from 1 again
        if found and line_start and value == expected - 1 and value > 0:
            found.append(m)  # the previous number typed again
            continue
        if value != expected:
            continue
        dotted = text[m.end(1):m.end(1) + 1] in (".", ")") and text[m.end():m.end() + 1][:1].isupper()
        if s > 0 and text[s - 1].isdigit():
            continue
        if before and before[-1] not in ".;:,)\n" and not dotted:
            continue  # "N " numbering only at a line start or after punctuation
        word = _LAST_WORD.search(before[-60:])  # the word before the number (a short one matters)
        if word and fold(word.group(1)) in _NOT_ITEM_BEFORE:
            continue
        found.append(m)
        expected += 1
    return found


def _first_number(text: str) -> int:
    """The number a list in ``text`` starts from: N when the text starts "N." or "N)" and a
    later line starts with N + 1, else 1."""
    m = re.match(r"\s*(\d{1,2})[.)]\s", text)
    if m and int(m.group(1)) > 1 and re.search(rf"\n\s*{int(m.group(1)) + 1}[.)]\s", text):
        return int(m.group(1))
    return 1


_REGULATION_START = re.compile(
    r"(?<=\d{4})[;,.]?\s+(?=(?:peraturan|undang-undang|keputusan|instruksi|"
    r"surat edaran|permen\w*|perpres|perda|perbup|perwali|pp|uu)\b)",
    re.I,
)


def split_regulations(item: str) -> list[str]:
    """Split one Dasar Hukum item that runs two regulations together: a year ("Tahun 2010")
    directly followed by the start of the next regulation ("Peraturan ...", "Undang-Undang",
    "Keputusan", "PP"). A regulation's own title continues with "tentang", never with a
    second regulation's name; PDF text whose item break fell on a full line reads like this."""
    out: list[str] = []
    start = 0
    for m in _REGULATION_START.finditer(item):
        if re.search(r"\b(tahun|th\.?)\s*\d{4}$", item[start:m.start()], re.I):
            out.append(item[start:m.start()].strip())
            start = m.end()
    out.append(item[start:].strip())
    return [p for p in out if p]


def split_items(text: str) -> list[str]:
    """List items of a field text: split on numbering when numbered 1, 2, ... (the first
    number at the start), else on lines. Numbering and bullets removed, text collapsed, a
    trailing ";" dropped, empty items dropped."""
    text = (text or "").strip()
    if text in _DASHES:
        return ["-"]  # an explicit "none", kept as written
    markers = _numbered_markers(text)
    if markers and not text[: markers[0].start()].strip(" :\n"):
        bounds = [m.end() for m in markers]
        ends = [m.start() for m in markers[1:]] + [len(text)]
        raw = [text[b:e] for b, e in zip(bounds, ends)]
    else:
        raw = _unwrap(text.split("\n"))
    items = []
    for piece in raw:
        piece = collapse(_BULLET.sub("", collapse(piece)))
        piece = re.sub(r"^:\s*", "", piece).strip()
        if piece:
            items.append(piece)
    return items


def _unwrap(lines: list[str]) -> list[str]:
    """Join a line starting in lower case to the line before it when that one does not end in
    punctuation: a wrapped line (PDF text), not a new item."""
    out: list[str] = []
    for line in (x.strip() for x in lines):
        if not line:
            continue
        if out and line[:1].islower() and out[-1][-1:] not in ".;:,":
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _starts(key: str, words: list[str]) -> bool:
    return any(key == w or key.startswith(w + " ") for w in words)


def find_instansi(lines: list[str]) -> tuple[Optional[str], Optional[str]]:
    """``(instansi, unit)`` named by the header ``lines`` (see the module doc), each ``None``
    when not found."""
    cfg = identity_settings().get("instansi", {})
    offices = [fold(w) for w in cfg.get("office_words", [])]
    subunits = [fold(w) for w in cfg.get("subunit_words", [])]
    regions = {fold(w) for w in cfg.get("region_words", [])}
    governments = {fold(w) for w in cfg.get("government_words", [])}
    goes_on = {w.strip().casefold() for w in cfg.get("continuation_words", [])}
    clean = [collapse(x) for x in lines if collapse(x)]
    keys = [fold(x) for x in clean]
    start = next((i for i, k in enumerate(keys) if _starts(k, offices)), None)
    if start is None:  # no office line: a bagian or sekretariat names the issuer itself
        start = next((i for i, k in enumerate(keys) if _starts(k, subunits)), None)
    government = next((line for line, k in zip(clean, keys) if k.split()[:1] and k.split()[0] in governments), None)
    if start is None:
        return government, None
    end = start + 1
    while end < min(len(clean), start + 4):
        first = clean[end].split()[0].casefold()
        if first in goes_on or (keys[end].split()[:1] and keys[end].split()[0] in regions):
            end += 1
        else:
            break
    instansi = " ".join(clean[start:end])
    if government is not None and not set(fold(instansi).split()) & regions:
        words = government.split()
        if len(words) > 2 and fold(words[1]) in regions:  # "PEMERINTAH KABUPATEN TAPIN" -> "KABUPATEN TAPIN"
            instansi += " " + " ".join(words[1:])
    unit = None
    near = list(range(end, min(len(clean), end + 2))) + list(range(start - 1, max(-1, start - 3), -1))
    for i in near:
        if _starts(keys[i], subunits) and not _starts(keys[i], offices):
            unit = clean[i]
            break
    return instansi, unit
