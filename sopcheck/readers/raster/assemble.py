"""One page image -> positioned blocks, as the PDF reader makes them from a text layer.

:func:`read_image` runs the steps of the other modules on one page (or one image region of a
born-digital page) and assembles their results:

1. :mod:`.prepare`: upright, deskewed, binarised working image;
2. :mod:`.ruling`: lines and table grids (merged cells as spans);
3. :mod:`.symbols`: flowchart symbols inside table cells;
4. :mod:`.lines`: text lines per cell, per symbol and outside tables, from the ink with
   every line and symbol outline removed;
5. :mod:`.ocr`: all line crops of the page recognised in one batch;
6. :class:`~sopcheck.blocks.Table` blocks (cells with text, OCR confidence and symbols,
   column/row edges ``xs``/``ys``, loose lines as ``strokes``) and
   :class:`~sopcheck.blocks.Paragraph` blocks for text outside tables.

Coordinates of the blocks are PDF points, ``origin + pixels x pt_per_px`` of the *upright*
working image (for a page scanned sideways, the page as read, turned upright).
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass, field
from statistics import median
from typing import Optional

import numpy as np

from ...blocks import Cell, Paragraph, Stroke, Symbol, Table
from .lines import line_height, text_lines
from .ocr import Engine
from .prepare import prepare
from .ruling import find_ruling
from .symbols import CORNERED, RasterSymbol, find_symbols

PAD_Y = 0.3
"""White margin above and below a line crop, in line heights (as the detector's boxes the
recognition model was trained on; a taller crop is also narrower once scaled to the model's
48-pixel height, so it costs less)."""
MARKS = frozenset("●•■√✓✔")
"""Bullet and tick glyphs: a lone one is kept even when read with little confidence (a
smudge read as ".", "," or "I" is not: a line of one or two characters, no digit among
them, read with a confidence below 0.5 is dropped; a step number "1." stays)."""
MARK_IN = 0.42
"""A connected mark taller than this (inches) is no letter: a stamp, a signature, a logo
(a 24-point title's capitals are a third of an inch)."""
HEAD_CORE_IN = 0.025
"""Thickness (inches) of ink no letter stroke reaches: what survives an opening by a disc this
wide is a filled shape (an arrowhead, a "●")."""
HEAD_MIN_IN, HEAD_MAX_IN = 0.05, 0.2
"""Size range (inches, the longer side) of a filled arrowhead."""
HEAD_TRIANGLE = 0.75
"""Share of its smallest enclosing triangle a filled arrowhead fills."""
HEAD_SHARE = 0.4
"""Share of a mark's ink its arrowhead holds (the rest: a stub of the shaft)."""
HEAD_FILL = 0.3
"""Ink share of the small window at a line's end above which the end carries a filled
arrowhead."""


@dataclass
class PageRead:
    """What one page image gave: ``items`` as (top in points, block) pairs; the number of
    text lines recognised and their characters; the tables found; the mean OCR confidence;
    seconds spent in the OCR engine and in total; the quarter turn and skew undone."""

    items: list[tuple[float, object]] = field(default_factory=list)
    n_lines: int = 0
    n_chars: int = 0
    n_tables: int = 0
    confidence: float = 0.0
    ocr_seconds: float = 0.0
    seconds: float = 0.0
    rotation: int = 0
    skew: float = 0.0


def _clean(text: str) -> str:
    """Line text without the bar or bracket a cut-off ruling line leaves at its ends, nor a
    speck read as a point or comma before its first character (".(5)"), and with accents
    taken off Latin letters (Indonesian writes none; the recogniser, trained on
    many languages, sometimes reads "SAKIP" as "SAKÍP")."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = " ".join(text.strip().strip("|¦[]_").split())
    return text.lstrip(".,'`") if len(text) > 1 and text[1:2] not in (".", " ") else text


def _crop(grey: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """The line ``box`` of ``grey`` with :data:`PAD_Y` line heights above and below and 0.4 at
    the sides, cut from the page itself (a margin added in a flat tone instead made the
    recogniser lose a phone photo's lines: its paper is neither white nor flat)."""
    x0, y0, x1, y1 = box
    h = y1 - y0
    py, px = round(PAD_Y * h) + 2, round(0.4 * h) + 2
    return grey[max(0, y0 - py):min(grey.shape[0], y1 + py), max(0, x0 - px):min(grey.shape[1], x1 + px)]


def _second_look(engine: Engine, crops: list[np.ndarray], results: list[tuple[str, float]]
                 ) -> list[tuple[str, float]]:
    """Read again, stretched to 1.5 times their width, the lines whose text holds "//": the
    recogniser tends to drop a narrow letter between two slashes ("SKRT/I/2024" read as
    "SKRT//2024"); the second reading is kept when it lost the double slash with a confidence
    of 0.9 or more."""
    import cv2

    again = [i for i, (text, _) in enumerate(results) if "//" in text and "://" not in text]
    if not again:
        return results
    out = list(results)
    wide = [cv2.resize(crops[i], None, fx=1.5, fy=1.0, interpolation=cv2.INTER_LINEAR) for i in again]
    for i, (text, conf) in zip(again, engine.recognise(wide)):
        if "//" not in text and conf >= 0.9:
            out[i] = (text, conf)
    return out


def _legibility(engine: Engine):
    """A test for :func:`~.prepare.prepare`: the engine's mean confidence on up to six of the
    longest text lines of a candidate orientation (0 when it finds no line)."""
    import cv2

    def test(grey: np.ndarray, ink: np.ndarray, pt: float) -> float:
        text = cv2.bitwise_and(ink, cv2.bitwise_not(find_ruling(ink, pt).lines))
        boxes = text_lines(text, (0, 0, ink.shape[1], ink.shape[0]), split_phrases=True)
        boxes = [b for b in boxes if (b[2] - b[0]) > 4 * (b[3] - b[1]) and (b[3] - b[1]) < 0.4 * 72 / pt]
        boxes = sorted(boxes, key=lambda b: b[0] - b[2])[:6]
        if not boxes:
            return 0.0
        # the first ten line-heights of each line are enough to tell, and cost little
        boxes = [(b[0], b[1], min(b[2], b[0] + 10 * (b[3] - b[1])), b[3]) for b in boxes]
        results = engine.recognise([_crop(grey, b) for b in boxes])
        return sum(s for _, s in results) / len(results)

    return test


def read_image(grey: np.ndarray, page_no: int, pt_per_px: float, engine: Engine,
               origin: tuple[float, float] = (0.0, 0.0), orient: bool = True,
               word_break: Optional[str] = None, px_per_in: Optional[float] = None) -> PageRead:
    """Read one page image (``uint8`` greyscale) into blocks (module docstring).

    :param page_no: 1-based page the blocks are on.
    :param pt_per_px: PDF points per pixel of ``grey``.
    :param origin: page position (points) of the image's top-left corner.
    :param orient: undo quarter turns (whole scanned pages); ``False`` for an image region
        of a born-digital page.
    :param word_break: mark placed between a cell's line and the next where a word may have
        been broken inside (see :func:`_join`); ``None``: never.
    :param px_per_in: pixels of ``grey`` per inch of paper, when the page's stated size is not
        the paper's (a phone photo stored at 72 ppi on a 32-inch page): every size threshold
        (lines, symbols, grid tolerances) is taken from it; coordinates stay page points.
    """
    if px_per_in and abs(px_per_in * pt_per_px / 72.0 - 1.0) > 0.05:
        virtual = 72.0 / px_per_in
        page = read_image(grey, page_no, virtual, engine, (0.0, 0.0), orient, word_break)
        _rescale(page, pt_per_px / virtual, origin)
        return page
    import cv2

    started = time.perf_counter()
    ocr_seconds = 0.0
    prep = prepare(grey, pt_per_px, orient=orient, legibility=_legibility(engine) if orient else None)
    grey, ink, pt = prep.grey, prep.ink, prep.pt_per_px
    ox, oy = origin
    symbols = find_symbols(ink, pt)
    ruling = find_ruling(ink, pt, origin, [s.box for s in symbols])

    def px_box(x0: float, top: float, x1: float, bottom: float) -> tuple[int, int, int, int]:
        return (round((x0 - ox) / pt), round((top - oy) / pt), round((x1 - ox) / pt), round((bottom - oy) / pt))

    cell_boxes = [[px_box(c.x0, c.top, c.x1, c.bottom) for c in g.cells] for g in ruling.grids]
    flat = [b for boxes in cell_boxes for b in boxes]
    symbols = [s for s in symbols if _in_cell(s, flat)]
    symbols = [s for s in symbols if not _walled(s, ruling.mask, symbols)]

    # ink for text: no lines, no symbol outlines; the inside of each symbol read on its own
    text_ink = cv2.bitwise_and(ink, cv2.bitwise_not(ruling.lines))
    clean = _unlined(grey, ruling.lines, ruling.mask)
    inside = np.zeros_like(ink)
    holes: list[np.ndarray] = []
    for s in symbols:
        hole = np.zeros_like(ink)
        cv2.drawContours(hole, [s.contour], -1, 255, thickness=cv2.FILLED)
        hole = cv2.erode(hole, np.ones((3, 3), np.uint8))
        outline = cv2.dilate(hole, np.ones((9, 9), np.uint8)) & ~hole
        text_ink[outline > 0] = 0
        clean[outline > 0] = 255
        inside |= hole
        holes.append(hole)
    cell_ink = cv2.bitwise_and(text_ink, cv2.bitwise_not(inside))
    _drop_marks(cell_ink, 72.0 / pt)
    _drop_arrowheads(cell_ink, ink, 72.0 / pt)
    upright = cv2.morphologyEx(ruling.lines, cv2.MORPH_OPEN, np.ones((15, 1), np.uint8))  # no underlines
    _drop_touching(cell_ink, cv2.bitwise_and(upright, cv2.bitwise_not(ruling.mask)))
    typical = line_height(cell_ink, 72.0 / pt)

    # line boxes: per cell, per symbol, outside tables
    jobs: list[tuple[str, int, int, tuple[int, int, int, int]]] = []  # (kind, a, b, box)
    for gi, boxes in enumerate(cell_boxes):
        for ci, (x0, y0, x1, y1) in enumerate(boxes):
            for lb in text_lines(cell_ink, (x0 + 1, y0 + 1, x1 - 1, y1 - 1), typical=typical):
                if typical and lb[3] - lb[1] < 0.6 * typical and _hangs_on_rule(ink, cell_ink, lb):
                    continue  # the stub of a shape or arrowhead cut by the cell's top or bottom rule
                jobs.append(("cell", gi, ci, lb))
    for si, s in enumerate(symbols):
        sym_ink = cv2.bitwise_and(text_ink, holes[si])
        for lb in text_lines(sym_ink, s.box):
            jobs.append(("symbol", si, 0, lb))
    free_ink = cell_ink.copy()
    for g in ruling.grids:
        x0, y0, x1, y1 = px_box(*g.bbox)
        free_ink[max(0, y0 - 2):y1 + 3, max(0, x0 - 2):x1 + 3] = 0
    for lb in text_lines(free_ink, (0, 0, ink.shape[1], ink.shape[0]), split_phrases=True):
        jobs.append(("free", 0, 0, lb))

    t0 = time.perf_counter()
    crops = [_crop(clean, j[3]) for j in jobs]
    results = _second_look(engine, crops, engine.recognise(crops))
    ocr_seconds += time.perf_counter() - t0

    cell_lines: dict[tuple[int, int], list[tuple[tuple[int, int, int, int], str, float]]] = {}
    sym_lines: dict[int, list[str]] = {}
    free: list[tuple[tuple[int, int, int, int], str, float]] = []
    confs: list[float] = []
    n_chars = 0
    for (kind, a, b, box), (text, conf) in zip(jobs, results):
        text = _clean(text)
        if not text or (conf < (0.2 if text in MARKS else 0.5) and len(text) <= 2
                        and not any(ch.isdigit() for ch in text)):
            continue  # a smudge read as punctuation
        confs.append(conf)
        n_chars += len(text)
        if kind == "cell":
            cell_lines.setdefault((a, b), []).append((box, text, conf))
        elif kind == "symbol":
            sym_lines.setdefault(a, []).append(text)
        else:
            free.append((box, text, conf))

    out = PageRead(rotation=prep.rotation, skew=prep.skew)
    for gi, g in enumerate(ruling.grids):
        cells = []
        for ci, gc in enumerate(g.cells):
            lines = cell_lines.get((gi, ci), [])
            cells.append(Cell(row=gc.row, col=gc.col, row_span=gc.row_span, col_span=gc.col_span,
                              text=_join(lines, cell_boxes[gi][ci], word_break),
                              confidence=min((c for _, _, c in lines), default=None)))
        placed = []
        for si, s in enumerate(symbols):
            cx, cy = s.centre
            ci = g.cell_at(ox + cx * pt, oy + cy * pt)
            if ci is not None:
                placed.append((s.box[1], s.box[0], si, ci))
        for _, _, si, ci in sorted(placed):
            s = symbols[si]
            box = (ox + s.box[0] * pt, oy + s.box[1] * pt, ox + s.box[2] * pt, oy + s.box[3] * pt)
            cells[ci].symbols.append(Symbol(kind=s.kind, encoding="raster", text=" ".join(sym_lines.get(si, [])),
                                            col=g.column_at((box[0] + box[2]) / 2), box=box))
        table = Table(index=0, n_rows=g.n_rows, n_cols=g.n_cols, cells=cells, row_pages=[page_no] * g.n_rows,
                      xs=list(g.xs), ys=list(g.ys), strokes=_strokes(ruling, g, ink, pt, origin, symbols))
        out.items.append((g.ys[0], table))
    if free:
        heights = [b[3] - b[1] for b, _, _ in free]
        body = median(heights)
        for (_, y0, _, y1), text, _ in free:
            out.items.append((oy + y0 * pt, Paragraph(text=text, page=page_no, heading=(y1 - y0) >= 1.3 * body)))
    out.items.sort(key=lambda it: it[0])
    out.n_lines = len(confs)
    out.n_chars = n_chars
    out.n_tables = len(ruling.grids)
    out.confidence = sum(confs) / len(confs) if confs else 0.0
    out.ocr_seconds = ocr_seconds
    out.seconds = time.perf_counter() - started
    return out


def _unlined(grey: np.ndarray, lines: np.ndarray, ruling: np.ndarray) -> np.ndarray:
    """``grey`` without its lines, for the recogniser: the table's ``ruling`` is painted white;
    other lines (arrows, connectors: ``lines`` outside ``ruling``) are painted over from
    their surroundings (OpenCV inpainting), so a letter an arrow passes through keeps the
    strokes it crosses ("Kadis" with an arrow down through it is not read "Kdis")."""
    import cv2

    clean = grey.copy()
    clean[ruling > 0] = 255
    loose = cv2.bitwise_and(lines, cv2.bitwise_not(ruling))
    if loose.any():
        clean = cv2.inpaint(clean, loose, 2, cv2.INPAINT_TELEA)
    return clean


def _drop_marks(ink: np.ndarray, px_per_in: float) -> None:
    """Remove from ``ink`` (in place) what is no text: connected marks taller than
    :data:`MARK_IN` inches (a stamp's ring, a signature's loops, a logo), which would join
    the text lines they cross into one."""
    import cv2

    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    big = stats[:, cv2.CC_STAT_HEIGHT] > MARK_IN * px_per_in
    big[0] = False
    if big.any():
        ink[big[labels]] = 0


def _drop_arrowheads(text: np.ndarray, ink: np.ndarray, px_per_in: float) -> None:
    """Remove from ``text`` (in place) the marks holding an arrowhead: a filled triangle of the
    page's ``ink`` (what survives an opening by a disc of :data:`HEAD_CORE_IN` inches: no
    letter's stroke is that thick) between :data:`HEAD_MIN_IN` and :data:`HEAD_MAX_IN`
    inches and ending a line (the page's ink goes on well beyond it: a bold letter stands
    alone), filling at least :data:`HEAD_TRIANGLE` of the smallest triangle around it (a
    "●" fills 0.6 of it, a "■" 0.5). An arrowhead, with what is left of its shaft, is read
    as "V", "↓" or "1" and would mark a role cell as a step's pelaksana. A mark the head holds
    :data:`HEAD_SHARE` of goes whole (the head and its shaft's stub), of another mark (letters
    the head touches) only the head goes."""
    import cv2

    k = max(3, round(HEAD_CORE_IN * px_per_in)) | 1
    core = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(core, connectivity=8)
    heads = np.zeros_like(text)
    lo, hi = HEAD_MIN_IN * px_per_in, HEAD_MAX_IN * px_per_in
    _, whole, whole_stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    for i in range(1, n):
        x, y, w, h, area = stats[i]
        if not (lo <= max(w, h) <= hi and min(w, h) >= 0.4 * max(w, h)):
            continue
        # a head ends a shaft: its ink goes on, in the page, well beyond it (a letter stands alone)
        j = whole[y + h // 2, x + w // 2] or whole[y:y + h, x:x + w].max()
        if max(whole_stats[j, cv2.CC_STAT_WIDTH], whole_stats[j, cv2.CC_STAT_HEIGHT]) < 3 * max(w, h):
            continue
        pts = np.argwhere(labels[y:y + h, x:x + w] == i)[:, ::-1].astype(np.float32).reshape(-1, 1, 2)
        tri_area, _ = cv2.minEnclosingTriangle(pts)
        if tri_area > 0 and area / tri_area >= HEAD_TRIANGLE:
            heads[y:y + h, x:x + w][labels[y:y + h, x:x + w] == i] = 255
    if not heads.any():
        return
    n, labels, stats, _ = cv2.connectedComponentsWithStats(text, connectivity=8)
    hit = np.zeros(n, bool)
    ids, counts = np.unique(labels[(heads > 0) & (text > 0)], return_counts=True)
    # the head is most of the mark (a shaft's stub at most beside it): the mark goes; a head
    # touching letters (an arrow ending on a header's text) goes alone
    hit[ids] = counts >= HEAD_SHARE * stats[ids, cv2.CC_STAT_AREA]
    hit[0] = False
    if hit.any():
        text[hit[labels]] = 0
    text[cv2.dilate(heads, np.ones((3, 3), np.uint8)) > 0] = 0


def _hangs_on_rule(ink: np.ndarray, text: np.ndarray, box: tuple[int, int, int, int]) -> bool:
    """Whether the line ``box`` of the ``text`` ink goes on, in the page's ``ink``, into what
    was removed just above or below it (a rule, an arrow): the part of an arrowhead or shape
    below a row line it straddles, not a mark written in the cell (a "●" stands clear)."""
    x0, y0, x1, y1 = box
    if y0 > 0 and ((text[y0, x0:x1] > 0) & (ink[y0 - 1, x0:x1] > 0)).any():
        return True
    return y1 < ink.shape[0] and bool(((text[y1 - 1, x0:x1] > 0) & (ink[y1, x0:x1] > 0)).any())


def _drop_touching(ink: np.ndarray, lines: np.ndarray) -> None:
    """Remove from ``ink`` (in place) the marks touching ``lines`` (upright arrow shafts and
    symbol sides, not table ruling, not an underline) that are thin (no wider than half their
    height): the short end of a shaft, which would be read as "1" or "|"."""
    import cv2

    near = cv2.dilate(lines, np.ones((5, 5), np.uint8)) > 0
    if not near.any():
        return
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    touching = np.zeros(n, bool)
    touching[np.unique(labels[near & (ink > 0)])] = True
    # letters an arrow passes by or through ("Ka" left of a shaft crossing "Kadis") stay: a
    # shaft's end is thin (filled arrowheads went before, :func:`_drop_arrowheads`)
    touching &= stats[:, cv2.CC_STAT_WIDTH] <= 0.5 * stats[:, cv2.CC_STAT_HEIGHT]
    touching[0] = False
    if touching.any():
        ink[touching[labels]] = 0


def _rescale(page: PageRead, f: float, origin: tuple[float, float]) -> None:
    """Map every coordinate of ``page``'s blocks from virtual points (read at the paper's
    scale) to page points: ``origin + value * f``."""
    ox, oy = origin

    def pt(p: tuple[float, float]) -> tuple[float, float]:
        return (ox + p[0] * f, oy + p[1] * f)

    items = []
    for top, block in page.items:
        if isinstance(block, Table):
            block.xs = [ox + x * f for x in block.xs]
            block.ys = [oy + y * f for y in block.ys]
            for c in block.cells:
                for s in c.symbols:
                    if s.box is not None:
                        s.box = (*pt(s.box[:2]), *pt(s.box[2:]))
            for st in block.strokes:
                st.points = [pt(p) for p in st.points]
        items.append((oy + top * f, block))
    page.items = items


def _in_cell(s: RasterSymbol, cells: list[tuple[int, int, int, int]]) -> bool:
    """Whether symbol ``s`` has its centre in one of ``cells`` without filling it."""
    cx, cy = s.centre
    for x0, y0, x1, y1 in cells:
        if x0 <= cx <= x1 and y0 <= cy <= y1:
            return not ((s.box[2] - s.box[0]) >= 0.92 * (x1 - x0) and (s.box[3] - s.box[1]) >= 0.8 * (y1 - y0))
    return False


def _walled(s: RasterSymbol, ruling: np.ndarray, others: list[RasterSymbol], gap: int = 6) -> bool:
    """Whether the cornered hole ``s`` is the space an elbow arrow closes off against a row and
    a column line (a "Tidak" loop leaving a diamond), not a box: two or more of its sides on
    the table's ``ruling`` (mask), and its size unlike the page's process boxes (``others``:
    at least three, the hole's width or height more than 20 % off their median). A box
    drawn into the corner of its cell, on its ruling, has the size of the other boxes."""
    if s.shape not in CORNERED:
        return False
    boxes = [o.box for o in others if o.kind == "process" and o is not s]
    if len(boxes) < 3:
        return False
    mw = median(b[2] - b[0] for b in boxes)
    mh = median(b[3] - b[1] for b in boxes)
    w, h = s.box[2] - s.box[0], s.box[3] - s.box[1]
    if abs(w - mw) <= 0.2 * mw and abs(h - mh) <= 0.2 * mh:
        return False
    H, W = ruling.shape
    x0, y0, x1, y1 = s.box

    def on(r0: int, r1: int, c0: int, c1: int, axis: int) -> bool:
        region = ruling[max(0, r0):min(H, r1), max(0, c0):min(W, c1)]
        return region.size > 0 and bool((region > 0).mean(axis=axis).max() >= 0.8)

    sides = (on(y0 - gap, y0 + 1, x0, x1, 1), on(y1 - 1, y1 + gap, x0, x1, 1),
             on(y0, y1, x0 - gap, x0 + 1, 0), on(y0, y1, x1 - 1, x1 + gap, 0))
    return sum(sides) >= 2


def _join(lines: list[tuple[tuple[int, int, int, int], str, float]], cell: tuple[int, int, int, int],
          word_break: Optional[str] = None) -> str:
    """Cell lines joined as the PDF reader joins them: a line ending in a hyphen after a
    letter continues in the next word; a one-word line that fills the cell's width, followed
    by a line starting with a letter or digit, may be a word the cell was too narrow for
    ("Penyusun" / "an"): marked with ``word_break`` (the PDF reader's mark, which it resolves
    over the whole document's words; ``None``: a line break); other lines are separated by a
    line break."""
    out = ""
    pad = min((b[0] - cell[0] for b, _, _ in lines), default=0)
    for i, (box, text, _) in enumerate(lines):
        if not out:
            out = text
            continue
        prev_box, prev = lines[i - 1][0], lines[i - 1][1]
        if out[-1] == "-" and len(out) > 1 and out[-2].isalpha() and text[:1].isalpha():
            out += text
        elif (word_break and " " not in prev and prev[-1:].isalnum() and text[:1].isalnum()
              and (prev_box[0] - cell[0]) + (cell[2] - prev_box[2]) < 2 * pad + 1.2 * (box[3] - box[1]) + 4):
            out += word_break + text
        else:
            out += "\n" + text
    return out


def _strokes(ruling, g, ink: np.ndarray, pt: float, origin: tuple[float, float],
             symbols: list[RasterSymbol]) -> list[Stroke]:
    """Loose horizontal and vertical lines inside grid ``g`` (arrow shafts, connector lines;
    symbol sides left out), each with a head where a filled triangle sits at its end."""
    ox, oy = origin
    x0, t0, x1, b0 = g.bbox
    sym_boxes = [(ox + s.box[0] * pt, oy + s.box[1] * pt, ox + s.box[2] * pt, oy + s.box[3] * pt) for s in symbols]

    def is_side(p0: tuple[float, float], p1: tuple[float, float]) -> bool:
        return any(b[0] - 4 <= min(p0[0], p1[0]) and max(p0[0], p1[0]) <= b[2] + 4
                   and b[1] - 4 <= min(p0[1], p1[1]) and max(p0[1], p1[1]) <= b[3] + 4 for b in sym_boxes)

    def head(p: tuple[float, float], q: tuple[float, float]) -> bool:
        """Whether a filled arrowhead ends the line at ``p`` (``q`` is its other end): the ink
        share of a square of about six points just inside the end (past what it touches),
        across the line."""
        r = max(3, round(3.0 / pt))
        cx, cy = round((p[0] - ox) / pt), round((p[1] - oy) / pt)
        dx = (1 if q[0] > p[0] else -1) if abs(q[0] - p[0]) > abs(q[1] - p[1]) else 0
        dy = 0 if dx else (1 if q[1] > p[1] else -1)
        skip = 3  # pixels: the outline a line ending on a symbol touches
        x0, x1 = sorted((cx + dx * skip, cx + dx * (2 * r + skip))) if dx else (cx - r, cx + r)
        y0, y1 = sorted((cy + dy * skip, cy + dy * (2 * r + skip))) if dy else (cy - r, cy + r)
        win = ink[max(0, y0):y1 + 1, max(0, x0):x1 + 1]
        return win.size > 0 and float((win > 0).mean()) >= HEAD_FILL

    out: list[Stroke] = []
    for segs, horizontal in ((ruling.loose_h, True), (ruling.loose_v, False)):
        for s in segs:
            p0, p1 = ((s.a0, s.pos), (s.a1, s.pos)) if horizontal else ((s.pos, s.a0), (s.pos, s.a1))
            if not (x0 <= p0[0] <= x1 and t0 <= p0[1] <= b0 and x0 <= p1[0] <= x1 and t0 <= p1[1] <= b0):
                continue
            if is_side(p0, p1):
                continue
            out.append(Stroke(points=[p0, p1], head_end=head(p1, p0), head_start=head(p0, p1)))
    return out
