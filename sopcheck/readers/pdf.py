"""PDF reader: a PDF with a text layer → :class:`~sopcheck.blocks.Blocks`.

Each page is read once through pdfplumber (``chars``, ``rects``, ``lines``, ``curves``,
``images``); everything after that is plain geometry in PDF points with the origin at the
page's top-left corner (pdfplumber's ``x0``/``x1``/``top``/``bottom``):

* tables come from the page's ruling (:mod:`sopcheck.readers.pdf_grid`), merged cells as
  row/column spans, one :class:`~sopcheck.blocks.Table` per table per page (a table
  continued on the next page is the next Table block; the layout stage joins them);
* flowchart symbols come from closed vector shapes (:mod:`sopcheck.readers.pdf_symbols`),
  each placed by its centre into the cell containing it; text drawn inside a symbol is the
  symbol's text, not the cell's;
* text outside tables becomes one :class:`~sopcheck.blocks.Paragraph` per line, marked
  ``heading`` when bold or visibly larger than the page's body text;
* items are ordered by their top edge on each page, pages in order.

Files that cannot be read raise a :class:`~sopcheck.errors.ReadError` naming the file with
a message in Bahasa Indonesia and English: encrypted (:class:`EncryptedFile`), corrupt or
truncated or without pages (:class:`UnreadableFile`), too many pages or table rows
(:class:`ResourceLimit`), scanned without a text layer (:class:`NoTextLayer`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from statistics import median
from typing import Optional

from ..blocks import Blocks, Cell, Paragraph, Symbol, Table
from ..errors import EncryptedFile, NoTextLayer, ReadError, ResourceLimit, UnreadableFile
from ..limits import DEFAULT_LIMITS, Limits
from . import pdf_grid, pdf_symbols
from .pdf_grid import Grid
from .pdf_symbols import Shape

ALIGN = 2.5
"""A rectangle whose opposite edges lie this close (points) to grid lines is cell shading
or a cell drawn as a box, not a process symbol."""

_ENCRYPTION_ERRORS = {
    "PDFPasswordIncorrect",
    "PDFEncryptionError",
    "PDFEncryptionWarning",
    "PDFEncryptionNotSupported",
}


# ---------------------------------------------------------------------------------------
# errors


def _unreadable(path: Path, detail: str) -> UnreadableFile:
    return UnreadableFile(
        f"{path.name}: berkas PDF rusak atau tidak lengkap dan tidak dapat dibaca ({detail}). "
        "Ekspor ulang PDF dari dokumen aslinya, atau kirimkan berkas DOCX-nya.",
        f"{path.name}: the PDF is corrupt or truncated and cannot be read ({detail}). "
        "Export the PDF again from the original document, or submit the DOCX.",
    )


def _encrypted(path: Path) -> EncryptedFile:
    return EncryptedFile(
        f"{path.name}: PDF dilindungi kata sandi (terenkripsi) sehingga isinya tidak dapat "
        "dibaca. Simpan ulang PDF tanpa kata sandi, atau kirimkan berkas DOCX-nya.",
        f"{path.name}: the PDF is password-protected (encrypted), so its content cannot be "
        "read. Save the PDF again without a password, or submit the DOCX.",
    )


def _no_text(path: Path, detail_id: str, detail_en: str) -> NoTextLayer:
    return NoTextLayer(
        f"{path.name}: PDF hasil pindaian tanpa lapisan teks ({detail_id}), sehingga isi SOP "
        "tidak dapat diperiksa. Jalankan OCR pada PDF (misalnya ocrmypdf), atau kirimkan "
        "berkas DOCX aslinya.",
        f"{path.name}: a scanned PDF without a text layer ({detail_en}), so the SOP cannot be "
        "checked. Run OCR on the PDF (e.g. ocrmypdf), or submit the original DOCX.",
    )


def _map_open_error(path: Path, exc: BaseException) -> ReadError:
    cause: BaseException = exc
    while cause.args and isinstance(cause.args[0], BaseException):
        cause = cause.args[0]
    chain = {type(c).__name__ for c in (exc, cause)}
    if chain & _ENCRYPTION_ERRORS or "password" in str(cause).lower():
        return _encrypted(path)
    detail = f"{type(cause).__name__}: {cause}".strip().rstrip(":")
    return _unreadable(path, detail[:200])


# ---------------------------------------------------------------------------------------
# text


def _lines(chars: list[dict]) -> list[list[dict]]:
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
        out[target] = (line, _line_text(line))
        moved.add(i)
        numbered.add(target)
    return [row for i, row in enumerate(out) if i not in moved]


def _line_text(line: list[dict]) -> str:
    out: list[str] = []
    prev: Optional[dict] = None
    space = False
    for ch in line:
        if not ch["text"].strip():
            space = True  # an explicit space glyph
            continue
        if prev is not None:
            if ch["text"] == prev["text"] and abs(ch["x0"] - prev["x0"]) < 0.5:
                continue  # a glyph printed twice (fake bold)
            gap = ch["x0"] - prev["x1"]
            if space or gap > 0.2 * max(ch.get("size") or 0, prev.get("size") or 0, 1.0):
                out.append(" ")
        out.append(ch["text"])
        prev = ch
        space = False
    return " ".join("".join(out).split())


MAX_PAD = 8.0
"""Cell padding (points) assumed at most when judging whether a line fills its cell."""

BREAK = "\ufffe"
"""Placed by :func:`_text` where a word may have been broken inside at a line end; resolved
for the whole document by :func:`_resolve_breaks`."""

_WORD_EDGE = re.compile(r"^\W+|\W+$")


def _text(chars: list[dict], box: Optional[tuple[float, float, float, float]] = None,
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
    rows = [(ln, t) for ln, t in _hang_list_numbers([(ln, _line_text(ln)) for ln in _lines(chars)]) if t]
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
        out += (" " if _wrapped(ink[i - 1], ink[i], box[2] - pad) else "\n") + text
    return out


def _wrapped(line: list[dict], nxt: list[dict], right: float) -> bool:
    """Whether ``nxt`` continues ``line`` wrapped by the word processor: the first word of
    ``nxt`` (and a space) would not have fitted between the end of ``line`` and the text
    area's ``right`` edge. A shorter line ended its paragraph on purpose, and so did a line
    ending a list item with ";" before a capital."""
    if line[-1]["text"] == ";" and nxt[0]["text"][:1].isupper():
        return False  # a list item ends with ";"
    size = max(c.get("size") or 0 for c in line) or 10.0
    word = nxt[0]["x1"] - nxt[0]["x0"]
    for a, b in zip(nxt, nxt[1:]):
        if b["x0"] - a["x1"] > 0.2 * size:
            break
        word = b["x1"] - nxt[0]["x0"]
    return line[-1]["x1"] + 0.27 * size + word > right


def _vocabulary(texts: list[str]) -> set[str]:
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


def _resolve_breaks(text: str, vocab: set[str]) -> str:
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


def _is_bold(chars: list[dict]) -> bool:
    names = [str(c.get("fontname", "")).lower() for c in chars]
    return bool(names) and all(any(k in n for k in ("bold", "black", "heavy")) for n in names)


# ---------------------------------------------------------------------------------------
# pages


def _page_count(pdf, limits: Limits) -> int:
    """Pages of the document, from the page tree's /Count when it is sane, else by walking
    the tree up to ``limits.max_pages + 1`` pages."""
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1

    count = None
    try:
        pages = resolve1(pdf.doc.catalog.get("Pages"))
        count = int(resolve1(pages.get("Count")))
    except Exception:
        count = None
    if count is not None and count > limits.max_pages:
        return count
    n = 0
    for _ in PDFPage.create_pages(pdf.doc):
        n += 1
        if n > limits.max_pages:
            break
    return n


def _check_content_size(path: Path, page, page_no: int, limits: Limits) -> None:
    """Refuse a page whose Flate-compressed content streams inflate beyond
    ``limits.max_page_stream_bytes`` (bytes), before pdfminer inflates them whole.

    :raises ResourceLimit: naming the page and the limit.
    """
    import zlib

    from pdfminer.pdftypes import resolve1

    try:
        contents = resolve1(page.page_obj.attrs.get("Contents"))
        streams = contents if isinstance(contents, list) else [contents]
    except Exception:
        return  # a broken reference is the page reader's to report
    budget = limits.max_page_stream_bytes
    for ref in streams:
        try:
            stream = resolve1(ref)
            raw = getattr(stream, "rawdata", None)
            filters = [f[0] if isinstance(f, tuple) else f for f in stream.get_filters()] if raw is not None else []
            filters = [str(getattr(f, "name", f)) for f in filters]  # (filter, params) pairs -> names
        except Exception:
            continue
        if raw is None or not filters or filters[0] not in ("FlateDecode", "Fl"):
            continue
        inflater = zlib.decompressobj()
        try:
            budget -= len(inflater.decompress(raw, budget + 1))
        except zlib.error:
            continue  # pdfminer reports or tolerates broken streams itself
        if budget < 0 or inflater.unconsumed_tail:
            mib = limits.max_page_stream_bytes // (1024 * 1024)
            raise ResourceLimit(
                f"{path.name}: isi halaman {page_no} mengembang melebihi {mib} MiB (bom aliran PDF). Ekspor "
                "ulang PDF dari dokumen aslinya.",
                f"{path.name}: page {page_no}'s content inflates beyond {mib} MiB (a PDF stream bomb). Export "
                "the PDF again from the original document.")


class _TooManyObjects(Exception):
    """Raised inside pdfminer's interpreter when a page lays out too many objects."""


@lru_cache(maxsize=1)
def _bounded_device_class():
    """pdfplumber's page aggregator, counting what it lays out (built once, on first use)."""
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class BoundedAggregator(PDFPageAggregatorWithMarkedContent):
        limit = 0
        count = 0

        def _tick(self) -> None:
            self.count += 1
            if self.count > self.limit:
                raise _TooManyObjects()

        def render_char(self, *args, **kwargs):  # type: ignore[override]
            self._tick()
            return super().render_char(*args, **kwargs)

        def render_image(self, *args, **kwargs):  # type: ignore[override]
            self._tick()
            return super().render_image(*args, **kwargs)

        def paint_path(self, *args, **kwargs):  # type: ignore[override]
            self._tick()
            return super().paint_path(*args, **kwargs)

    return BoundedAggregator


def _layout_bounded(path: Path, page, page_no: int, limits: Limits) -> None:
    """Lay ``page`` out as pdfplumber's ``Page.layout`` does, counting characters, paths and
    images, and keep the result on the page (pdfplumber's ``_layout`` cache) so it is not laid
    out twice. Stops as soon as the count passes ``limits.max_page_objects``, before the
    objects cost more memory.

    A page pdfminer cannot interpret is left alone: reading it reports the error as before.

    :raises ResourceLimit: naming the page and the limit.
    """
    from pdfminer.pdfinterp import PDFPageInterpreter

    if hasattr(page, "_layout") or limits.max_page_objects <= 0:
        return
    try:
        device = _bounded_device_class()(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
        device.limit = limits.max_page_objects
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    except _TooManyObjects:
        n = limits.max_page_objects
        raise ResourceLimit(
            f"{path.name}: halaman {page_no} memuat lebih dari {n} objek (huruf, garis, gambar); halaman SOP "
            "biasa memuat beberapa ribu. Ekspor ulang PDF dari dokumen aslinya, atau kirimkan berkas DOCX-nya.",
            f"{path.name}: page {page_no} holds more than {n} objects (characters, lines, images); an SOP page "
            "holds a few thousand. Export the PDF again from the original document, or submit the DOCX.",
        ) from None
    except Exception:
        return  # pdfplumber lays the page out again and the page reader reports the error
    page._layout = device.get_result()


def _is_aligned(s: Shape, g: Grid) -> bool:
    def near(v: float, lines: list[float]) -> bool:
        return any(abs(v - x) <= ALIGN for x in lines)

    return (near(s.x0, g.xs) and near(s.x1, g.xs)) or (near(s.top, g.ys) and near(s.bottom, g.ys))


def _inside_cell(s: Shape, grids: list[Grid], slack: float = 2.0) -> bool:
    """Whether shape ``s`` lies within one cell of ``grids`` without filling its width or
    its height (a symbol in the cell, not the cell drawn as a box)."""
    cx, cy = s.centre
    for g in grids:
        ci = g.cell_at(cx, cy)
        if ci is None:
            continue
        c = g.cells[ci]
        within = (c.x0 - slack <= s.x0 and s.x1 <= c.x1 + slack
                  and c.top - slack <= s.top and s.bottom <= c.bottom + slack)
        fills = (abs(s.x0 - c.x0) <= ALIGN and abs(s.x1 - c.x1) <= ALIGN) or (
            abs(s.top - c.top) <= ALIGN and abs(s.bottom - c.bottom) <= ALIGN)
        return within and not fills
    return False


def _inside(ch: dict, box: tuple[float, float, float, float], slack: float = 0.5) -> bool:
    cx = (ch["x0"] + ch["x1"]) / 2
    cy = (ch["top"] + ch["bottom"]) / 2
    return box[0] - slack <= cx <= box[2] + slack and box[1] - slack <= cy <= box[3] + slack


def _read_page(page, page_no: int, columns: Optional[dict] = None
               ) -> tuple[list[tuple[float, object]], int, int, float]:
    """Read one page into (top, block) items; also return its char count, table count and
    the fraction of the page covered by its largest image. ``columns`` receives each table's
    column lines (``id(table)`` -> xs) for :func:`_join_across_pages`."""
    all_chars = page.chars
    chars = [c for c in all_chars if c.get("text", "").strip()]
    spaces = len(chars) < len(all_chars)  # the page draws explicit space glyphs
    rects = page.rects
    lines = page.lines
    curves = page.curves
    images = page.images
    page_area = max(float(page.width) * float(page.height), 1.0)
    image_cover = max(
        ((im["x1"] - im["x0"]) * (im["bottom"] - im["top"]) / page_area for im in images),
        default=0.0,
    )

    # --- ruling and tables
    shapes = pdf_symbols.shapes_from_objects(rects, curves)
    h, v = pdf_grid.segments_from_objects(rects, lines, curves)
    boxes = [s for s in shapes if s.stroked and s.kind == "process"]
    if boxes:
        tiled = pdf_grid.tiled_box_edges([(b.x0, b.top, b.x1, b.bottom) for b in boxes], h, v)
        if any(tiled):
            # a symbol drawn in a corner of its cell shares two edges with the ruling; it
            # still lies inside one cell of the grid the ruling makes without it
            plain = pdf_grid.grids_from_segments(*pdf_grid.prune(pdf_grid.merge_segments(list(h)),
                                                                  pdf_grid.merge_segments(list(v))))
            tiled = [t and not _inside_cell(b, plain) for b, t in zip(boxes, tiled)]
        for b, is_cell in zip(boxes, tiled):
            if is_cell:
                eh, ev = pdf_grid.box_edges((b.x0, b.top, b.x1, b.bottom))
                h.extend(eh)
                v.extend(ev)
    h, v = pdf_grid.prune(pdf_grid.merge_segments(h), pdf_grid.merge_segments(v))
    grids = pdf_grid.grids_from_segments(h, v)

    # a one-cell "table" inside another table is a box drawn with four lines: a symbol
    outer: list[Grid] = []
    for g in grids:
        x0, t0, x1, b0 = g.bbox
        host = any(
            o is not g and o.xs[0] - 1 <= x0 and x1 <= o.xs[-1] + 1 and o.ys[0] - 1 <= t0 and b0 <= o.ys[-1] + 1
            and (o.xs[-1] - o.xs[0]) * (o.ys[-1] - o.ys[0]) > (x1 - x0) * (b0 - t0)
            for o in grids
        )
        if not host:
            outer.append(g)
        elif len(g.cells) == 1:
            poly = [(x0, t0), (x1, t0), (x1, b0), (x0, b0)]
            s = Shape(x0, t0, x1, b0, poly, False, True, False)
            s.kind = pdf_symbols.classify(s)
            shapes.append(s)
    grids = outer

    # --- symbols
    candidates: list[Shape] = []
    for s in shapes:
        cx, cy = s.centre
        g = next((g for g in grids if g.contains(cx, cy)), None)
        if g is None:
            continue
        if s.kind == "process" and _is_aligned(s, g):
            continue
        candidates.append(s)
    symbols = pdf_symbols.merge_duplicates(candidates)

    # --- assign chars
    cell_chars: list[list[list[dict]]] = [[[] for _ in g.cells] for g in grids]
    sym_chars: list[list[dict]] = [[] for _ in symbols]
    sym_place: list[Optional[tuple[int, int]]] = []
    for sym in symbols:
        cx, cy = sym.centre
        place = None
        for gi, g in enumerate(grids):
            ci = g.cell_at(cx, cy)
            if ci is not None:
                place = (gi, ci)
                break
        sym_place.append(place)
    loose: list[dict] = []
    for ch in all_chars:
        cx = (ch["x0"] + ch["x1"]) / 2
        cy = (ch["top"] + ch["bottom"]) / 2
        done = False
        for gi, g in enumerate(grids):
            ci = g.cell_at(cx, cy)
            if ci is None:
                continue
            for si, sym in enumerate(symbols):
                if sym_place[si] is not None and sym_place[si][0] == gi and _inside(
                    ch, (sym.x0, sym.top, sym.x1, sym.bottom)
                ) and (sym.kind == "process" or pdf_symbols.contains(sym, cx, cy)):
                    sym_chars[si].append(ch)
                    break
            else:
                cell_chars[gi][ci].append(ch)
            done = True
            break
        if not done:
            loose.append(ch)

    # decision branch labels on a filled background are not process boxes
    for si, sym in enumerate(symbols):
        if sym_place[si] is None or not sym_chars[si]:
            continue
        label = _text(sym_chars[si]).strip().lower()
        if (
            sym.kind == "process"
            and label in pdf_symbols.DECISION_LABELS
            and not any(m.stroked for m in sym.members)
        ):
            gi, ci = sym_place[si]
            cell_chars[gi][ci].extend(sym_chars[si])
            sym_place[si] = None

    # --- blocks
    items: list[tuple[float, object]] = []
    for gi, g in enumerate(grids):
        cells = [
            Cell(row=gc.row, col=gc.col, row_span=gc.row_span, col_span=gc.col_span,
                 text=_text(cell_chars[gi][ci], (gc.x0, gc.top, gc.x1, gc.bottom), spaces))
            for ci, gc in enumerate(g.cells)
        ]
        placed = sorted(
            (i for i, p in enumerate(sym_place) if p is not None and p[0] == gi),
            key=lambda i: (symbols[i].top, symbols[i].x0),
        )
        for si in placed:
            cells[sym_place[si][1]].symbols.append(
                Symbol(kind=symbols[si].kind, encoding="pdf-vector", text=_text(sym_chars[si]).replace("\n", " "),
                       col=g.column_at(symbols[si].centre[0]))
            )
        table = Table(index=0, n_rows=g.n_rows, n_cols=g.n_cols, cells=cells,
                      row_pages=[page_no] * g.n_rows)
        items.append((g.ys[0], table))
        if columns is not None:
            columns[id(table)] = list(g.xs)

    if loose:
        body = median(c.get("size") or 0 for c in chars) if chars else 0
        for line in _lines(loose):
            # text far apart on one line (left and right of the page) is separate paragraphs
            parts: list[list[dict]] = [[]]
            for ch in line:
                if parts[-1]:
                    prev = parts[-1][-1]
                    if ch["x0"] - prev["x1"] > 4 * max(ch.get("size") or 0, 4.0):
                        parts.append([])
                parts[-1].append(ch)
            for part in parts:
                text = _line_text(part)
                if not text:
                    continue
                ink = [c for c in part if c["text"].strip()]
                size = median(c.get("size") or 0 for c in ink)
                bold = _is_bold(ink)
                heading = bold or (body > 0 and size >= 1.2 * body)
                top = min(c["top"] for c in ink)
                items.append((top, Paragraph(text=text, page=page_no, heading=heading, bold=bold)))
    items.sort(key=lambda it: it[0])
    return items, len(chars), len(grids), image_cover


_FURNITURE = re.compile(r"^((halaman|hal\.?|page)\s*\d+(\s*(dari|of|/)\s*\d+)?|[-–\s]*\d+[-–\s]*)$", re.I)
COLUMN_MATCH = 2.0
"""Column lines of a table continued on the next page agree within this (points)."""


def _furniture(block: object) -> bool:
    """A paragraph that is page furniture (a page number) or empty."""
    return isinstance(block, Paragraph) and (not block.text.strip() or bool(_FURNITURE.match(block.text.strip())))


def _join_across_pages(blocks: Blocks, table: Table, columns: dict[int, list[float]]) -> bool:
    """Append ``table`` to the last table read when it continues it on the next page: that
    table ended its page (nothing but page furniture after it), ``table`` starts this page,
    and both have the same column lines. The continuation's first rows that repeat the
    table's first rows (a header repeated on every page) are dropped, so rows count as in
    the source table. Returns whether ``table`` was joined."""
    prev = None
    for block in reversed(blocks.items):
        if isinstance(block, Table):
            prev = block
            break
        if not _furniture(block):
            return False
    if prev is None or not prev.row_pages or not table.row_pages:
        return False
    if table.row_pages[0] != prev.row_pages[-1] + 1 or table.n_cols != prev.n_cols:
        return False
    xa, xb = columns.get(id(prev)), columns.get(id(table))
    if not xa or not xb or len(xa) != len(xb) or any(abs(a - b) > COLUMN_MATCH for a, b in zip(xa, xb)):
        return False

    def row_key(t: Table, r: int) -> list:
        return sorted((c.col, c.col_span, " ".join(c.text.split())) for c in t.cells if c.row == r)

    drop = 0
    while drop < min(prev.n_rows, table.n_rows - 1) and row_key(prev, drop) == row_key(table, drop):
        drop += 1
    shift = prev.n_rows - drop
    for c in table.cells:
        end = c.row + c.row_span
        if end <= drop:
            continue
        row = max(c.row, drop)
        prev.cells.append(Cell(row=row + shift, col=c.col, row_span=end - row, col_span=c.col_span,
                               text=c.text, symbols=c.symbols))
    prev.row_pages.extend(table.row_pages[drop:])
    prev.n_rows += table.n_rows - drop
    return True


def _finish_breaks(blocks: Blocks) -> None:
    """Resolve the :data:`BREAK` marks of every cell against the document's words."""
    cells = [c for t in blocks.tables() for c in t.cells]
    if not any(BREAK in c.text for c in cells):
        return
    texts = [c.text for c in cells] + [p.text for p in blocks.items if isinstance(p, Paragraph)]
    vocab = _vocabulary(texts)
    for c in cells:
        c.text = _resolve_breaks(c.text, vocab)


def read_pdf(path: Path, limits: Limits = DEFAULT_LIMITS) -> Blocks:
    """Read the PDF at ``path`` into blocks.

    :raises EncryptedFile: password-protected PDF.
    :raises UnreadableFile: corrupt, truncated, no pages.
    :raises ResourceLimit: more than ``limits.max_pages`` pages, ``limits.max_table_rows``
        table rows, a page whose content inflates beyond ``limits.max_page_stream_bytes`` or
        lays out more than ``limits.max_page_objects`` objects.
    :raises NoTextLayer: a scanned PDF (pages with images but no text).
    """
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unreadable(path, str(exc)) from None
    if size > limits.max_file_bytes:
        raise ResourceLimit(
            f"{path.name}: ukuran berkas {size} byte melebihi batas {limits.max_file_bytes} byte. Kecilkan "
            "berkas (mis. kompres gambar) atau naikkan max-file-mb di bagian [limits] sopcheck.toml.",
            f"{path.name}: file size {size} bytes exceeds the limit of {limits.max_file_bytes} bytes. Make the "
            "file smaller (e.g. compress images) or raise max-file-mb in the [limits] section of sopcheck.toml.",
        )
    if size == 0:
        raise _unreadable(path, "berkas kosong / empty file")
    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as exc:
        raise _map_open_error(path, exc) from None
    except Exception as exc:  # pdfminer raises many kinds on broken files
        raise _map_open_error(path, exc) from None

    try:
        try:
            n_pages = _page_count(pdf, limits)
        except Exception as exc:
            raise _map_open_error(path, exc) from None
        if n_pages == 0:
            raise UnreadableFile(
                f"{path.name}: PDF tidak memiliki halaman. Ekspor ulang PDF dari dokumen aslinya.",
                f"{path.name}: the PDF has no pages. Export the PDF again from the original document.",
            )
        if n_pages > limits.max_pages:
            # the page tree's own count when it states one; counting by walking stops at the limit
            exact = n_pages > limits.max_pages + 1
            many_id = f"{n_pages} halaman" if exact else f"lebih dari {limits.max_pages} halaman"
            many_en = f"{n_pages} pages" if exact else f"more than {limits.max_pages} pages"
            raise ResourceLimit(
                f"{path.name}: PDF memiliki {many_id} (batas {limits.max_pages}). Pisahkan dokumen per SOP, "
                "atau naikkan batas max-pages di bagian [limits] sopcheck.toml.",
                f"{path.name}: the PDF has {many_en} (limit {limits.max_pages}). Split the document per SOP, "
                "or raise max-pages in the [limits] section of sopcheck.toml.",
            )
        try:
            pages = pdf.pages
        except Exception as exc:
            raise _map_open_error(path, exc) from None

        blocks = Blocks(source=str(path), format="pdf", pages=len(pages))
        total_chars = 0
        total_tables = 0
        all_images = True
        table_index = 0
        total_rows = 0
        columns: dict[int, list[float]] = {}
        for page_no, page in enumerate(pages, start=1):
            _check_content_size(path, page, page_no, limits)
            _layout_bounded(path, page, page_no, limits)
            try:
                items, n_chars, n_tables, cover = _read_page(page, page_no, columns)
            except ReadError:
                raise
            except Exception as exc:
                raise _unreadable(path, f"halaman/page {page_no}: {type(exc).__name__}: {exc}"[:200]) from None
            finally:
                try:
                    page.close()
                except Exception:
                    pass
            total_chars += n_chars
            total_tables += n_tables
            all_images = all_images and cover >= 0.5
            for k, (_, block) in enumerate(items):
                if isinstance(block, Table):
                    if all(_furniture(b) for _, b in items[:k]) and _join_across_pages(blocks, block, columns):
                        continue
                    table_index += 1
                    block.index = table_index
                    total_rows += block.n_rows
                    if total_rows > limits.max_table_rows:
                        raise ResourceLimit(
                            f"{path.name}: tabel berisi lebih dari {limits.max_table_rows} baris. Pisahkan "
                            "dokumen per SOP, atau naikkan max-table-rows di bagian [limits] sopcheck.toml.",
                            f"{path.name}: the tables hold more than {limits.max_table_rows} rows. Split the "
                            "document per SOP, or raise max-table-rows in the [limits] section of sopcheck.toml.",
                        )
                blocks.items.append(block)
        _finish_breaks(blocks)
        if total_chars == 0 and all_images:
            raise _no_text(path, "tidak ada karakter teks, hanya gambar", "no text characters, only images")
        if total_chars < 60 * len(pages) and total_tables == 0 and all_images:
            raise _no_text(
                path,
                f"hanya {total_chars} karakter teks di atas gambar halaman",
                f"only {total_chars} text characters over full-page images",
            )
        return blocks
    finally:
        try:
            pdf.close()
        except Exception:
            pass
