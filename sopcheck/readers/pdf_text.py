"""PDF page text: characters into lines, lines into cell and paragraph text.

Geometry is pdfplumber's: PDF points from the page's top-left corner (``x0``/``x1``/``top``/
``bottom``). A word broken over two lines of a cell is marked with :data:`BREAK` while the page
is read and rejoined with :func:`resolve_breaks` once the whole document's words are known.
"""

from __future__ import annotations

import re
from typing import Optional


def lines_of(chars: list[dict]) -> list[list[dict]]:
    """Group chars into lines, top to bottom; each line's chars left to right."""
    lines: list[list[dict]] = []
    bounds: list[list[float]] = []
    for ch in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        t, b = ch["top"], ch["bottom"]
        h = max(b - t, 0.1)
        placed = False
        # compare with the last few lines only: chars arrive sorted by top
        for k in range(len(lines) - 1, max(len(lines) - 3, -1), -1):
            lt, lb = bounds[k]
            overlap = min(b, lb) - max(t, lt)
            if overlap >= 0.5 * min(h, lb - lt):
                lines[k].append(ch)
                bounds[k][0] = min(lt, t)
                bounds[k][1] = max(lb, b)
                placed = True
                break
        if not placed:
            lines.append([ch])
            bounds.append([t, b])
    for line in lines:
        line.sort(key=lambda c: c["x0"])
    return lines


_LIST_NUMBER = re.compile(r"^\(?\d{1,2}[.),]$")


def _hang_list_numbers(rows: list[tuple[list[dict], str]]) -> list[tuple[list[dict], str]]:
    """Put a list number printed in the left gutter, vertically centred on its item's lines
    (so on no line of its own: "4." between "Peraturan ... Badan Pusat" and "Statistik"), at
    the start of the item's first line: the last text line whose top is at or above the
    number's middle, when that line starts right of the number and holds no number yet.
    ``rows`` are (line chars, line text) pairs, top to bottom."""
    numbers = {i for i, (_, text) in enumerate(rows) if _LIST_NUMBER.match(text)}
    if not numbers or len(numbers) == len(rows):
        return rows
    tops = [min(c["top"] for c in ln) for ln, _ in rows]
    out = list(rows)
    moved: set[int] = set()
    numbered: set[int] = set()
    for i in sorted(numbers):
        num = rows[i][0]
        middle = (tops[i] + max(c["bottom"] for c in num)) / 2
        above = [k for k in range(len(rows)) if k not in numbers and tops[k] <= middle]
        if not above:
            continue
        target = max(above, key=lambda k: tops[k])
        if num[-1]["x1"] > rows[target][0][0]["x0"] or target in numbered:
            continue
        line = sorted(rows[target][0] + num, key=lambda c: c["x0"])
        out[target] = (line, line_text(line))
        moved.add(i)
        numbered.add(target)
    return [row for i, row in enumerate(out) if i not in moved]


def line_text(line: list[dict]) -> str:
    """The text of one line of chars: a space where the page draws a space glyph or leaves a
    gap wider than a fifth of the font size, except inside letter-spaced text (a run of single
    characters set apart by the same gap, "O T . 0 2 . 0 2 / ..."), which is one word."""
    tokens: list[list] = []  # [text, gap before, explicit space before, size]
    prev: Optional[dict] = None
    space = False
    for ch in line:
        if not ch["text"].strip():
            space = True  # an explicit space glyph
            continue
        size = max(ch.get("size") or 0, (prev or {}).get("size") or 0, 1.0)
        if prev is not None:
            if ch["text"] == prev["text"] and abs(ch["x0"] - prev["x0"]) < 0.5:
                continue  # a glyph printed twice (fake bold)
            gap = ch["x0"] - prev["x1"]
            if space or gap > 0.2 * size:
                tokens.append([ch["text"], gap, space, size])
            else:
                tokens[-1][0] += ch["text"]
        else:
            tokens.append([ch["text"], 0.0, False, size])
        prev = ch
        space = False
    _join_letter_spaced(tokens)
    return " ".join(" ".join(t[0] for t in tokens).split())


LETTER_SPACED_RUN = 4
"""Single characters in a row, evenly set apart, that make letter-spaced text."""


def _join_letter_spaced(tokens: list[list]) -> None:
    """Merge, in place, runs of at least :data:`LETTER_SPACED_RUN` one-character tokens whose
    gaps (no space glyph drawn, narrower than the font size: tracking, not column spacing)
    agree within a third of a point plus a tenth of the font size."""
    i = 0
    while i < len(tokens):
        j = i + 1
        while (j < len(tokens) and len(tokens[j][0]) == 1 and len(tokens[j - 1][0]) == 1 and not tokens[j][2]
               and tokens[j][1] < 0.8 * tokens[j][3]
               and (j == i + 1 or abs(tokens[j][1] - tokens[i + 1][1]) <= 0.33 + 0.1 * tokens[j][3])):
            j += 1
        if j - i >= LETTER_SPACED_RUN and len(tokens[i][0]) == 1:
            tokens[i:j] = [["".join(t[0] for t in tokens[i:j]), tokens[i][1], tokens[i][2], tokens[i][3]]]
        i += 1


MAX_PAD = 8.0
"""Cell padding (points) assumed at most when judging whether a line fills its cell."""

BREAK = "\ufffe"
"""Placed by :func:`_text` where a word may have been broken inside at a line end; resolved
for the whole document by :func:`_resolve_breaks`."""

_WORD_EDGE = re.compile(r"^\W+|\W+$")


def cell_text(chars: list[dict], box: Optional[tuple[float, float, float, float]] = None,
          spaces: bool = False) -> str:
    """The text of ``chars``: one line per text line, joined with ``"\\n"``.

    Within a cell (``box`` given) the lines are paragraphs, as the source wrote them: a line
    wrapped by the word processor joins the next with a space (:func:`_wrapped`), and two
    wraps inside words are undone:

    * a line ending in a hyphen right after a letter, followed by a line starting with a
      letter ("masing-" / "masing"): the hyphen was the wrap point, joined without a space;
    * a word broken inside because it is wider than the cell ("Penyusun" / "an", "RENST" /
      "RA"): on pages that draw explicit space glyphs (``spaces``: a word processor's
      export, whose word gaps are glyphs), a one-word line that fills the cell's width (even
      the next line's first glyph would not fit) is marked with :data:`BREAK` instead of a
      line break. Only a word alone on its line is ever broken inside (a longer line wraps
      at its last space first); whether it was is decided over the whole document's words
      (:func:`_resolve_breaks`), since a word that just fills the line ("Perencanaan" /
      "dan") looks the same.
    """
    rows = [(ln, t) for ln, t in _hang_list_numbers([(ln, line_text(ln)) for ln in lines_of(chars)]) if t]
    if not rows:
        return ""
    if box is None or len(rows) == 1:
        return "\n".join(t for _, t in rows)
    ink = [[c for c in ln if c["text"].strip()] for ln, _ in rows]
    pad = min(MAX_PAD, max(0.0, min(k[0]["x0"] - box[0] for k in ink)))
    out = rows[0][1]
    for i in range(1, len(rows)):
        prev_line, prev_text = rows[i - 1]
        text = rows[i][1]
        if re.search(r"[^\W\d_]-$", prev_text) and text[:1].isalpha():
            out += text
            continue
        if (
            spaces and prev_line[-1]["text"].strip() and " " not in prev_text
            and prev_text[-1:].isalnum() and (text[:1].isalnum() or text[:1] in ")]")
        ):
            first = ink[i][0]
            a, b = ink[i - 1][0], ink[i - 1][-1]
            gaps = (a["x0"] - box[0]) + (box[2] - b["x1"])
            if gaps < 2 * pad + (first["x1"] - first["x0"]) + 1.0:
                out += BREAK + text
                continue
        out += (" " if _wrapped(ink[i - 1], ink[i], box[0] + pad, box[2] - pad) else "\n") + text
    return out


def _wrapped(line: list[dict], nxt: list[dict], left: float, right: float) -> bool:
    """Whether ``nxt`` continues ``line`` wrapped by the word processor: the first word of
    ``nxt`` (and a space) would not have fitted between the end of ``line`` and the text
    area's ``right`` edge. A shorter line ended its paragraph on purpose, and so did a line
    ending a list item with ";" before a capital. A centred line (as much room left as right
    of it) would have had room for the word when the line *and* the word fit the text area's
    width: the heading lines of a logo cell ("PEMERINTAH KABUPATEN TAPIN" over "DINAS ...")
    are lines of their own."""
    if line[-1]["text"] == ";" and nxt[0]["text"][:1].isupper():
        return False  # a list item ends with ";"
    size = max(c.get("size") or 0 for c in line) or 10.0
    word = nxt[0]["x1"] - nxt[0]["x0"]
    for a, b in zip(nxt, nxt[1:]):
        if b["x0"] - a["x1"] > 0.2 * size:
            break
        word = b["x1"] - nxt[0]["x0"]
    room_left, room_right = line[0]["x0"] - left, right - line[-1]["x1"]
    if room_left > size and abs(room_left - room_right) <= size:  # centred
        return line[-1]["x1"] - line[0]["x0"] + 0.27 * size + word > right - left
    return line[-1]["x1"] + 0.27 * size + word > right


def vocabulary(texts: list[str]) -> set[str]:
    """Folded words of ``texts``, leaving out the pieces next to a :data:`BREAK`."""
    words: set[str] = set()
    for text in texts:
        for token in text.split():
            if BREAK in token:
                continue
            w = _WORD_EDGE.sub("", token).casefold()
            if w:
                words.add(w)
    return words


def resolve_breaks(text: str, vocab: set[str]) -> str:
    """Join each :data:`BREAK` in ``text`` (a word broken inside) or turn it into a space
    (a word that just filled its line, wrapped): joined when the whole word occurs elsewhere in the
    document, or when the piece after the break is punctuation or a short piece (three
    letters at most) that is no word of the document ("an", "RA", ")")."""
    if BREAK not in text:
        return text
    parts = text.split(BREAK)
    out = parts[0]
    for nxt in parts[1:]:
        head = out.split()[-1] if out.split() else ""
        tail = nxt.split()[0] if nxt.split() else ""
        joined = _WORD_EDGE.sub("", head + tail).casefold()
        piece = _WORD_EDGE.sub("", tail).casefold()
        if joined in vocab or not piece or (len(piece) <= 3 and piece not in vocab):
            out += nxt
        else:
            out += " " + nxt
    return out


def is_bold(chars: list[dict]) -> bool:
    names = [str(c.get("fontname", "")).lower() for c in chars]
    return bool(names) and all(any(k in n for k in ("bold", "black", "heavy")) for n in names)




def _white(color) -> bool:
    """Whether a pdfplumber colour (gray, RGB or CMYK tuple) is white."""
    if not isinstance(color, (tuple, list)) or not color:
        return False
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):
        return False  # a pattern or a named colour: assume it shows
    if len(values) == 4:  # CMYK: no ink
        return all(v <= 0.03 for v in values)
    return all(v >= 0.97 for v in values)


def _dark(color) -> bool:
    if not isinstance(color, (tuple, list)) or not color:
        return False
    try:
        values = [float(v) for v in color]
    except (TypeError, ValueError):
        return False
    if len(values) == 4:
        return 1 - min(1.0, values[3] + max(values[:3])) < 0.6
    return sum(values) / len(values) < 0.6


def visible_chars(chars: list[dict], rects: list[dict], width: float, height: float) -> list[dict]:
    """``chars`` without the text the page does not show: characters whose centre lies off the
    page, and white characters that stand on no dark filled rectangle (text hidden by its
    colour: a stale value left in a form, a watermark of keywords)."""
    fills = [r for r in rects if r.get("fill") and _dark(r.get("non_stroking_color"))]
    out = []
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        if not (0 <= cx <= width and 0 <= cy <= height):
            continue
        if ch.get("text", "").strip() and _white(ch.get("non_stroking_color")) and not any(
                r["x0"] <= cx <= r["x1"] and r["top"] <= cy <= r["bottom"] for r in fills):
            continue
        out.append(ch)
    return out
