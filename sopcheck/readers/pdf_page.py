"""One PDF page into positioned blocks: its ruling into table grids, its closed vector paths
into flowchart symbols placed in their cells, its characters into cell and paragraph text.

Geometry is in PDF points from the page's top-left corner (pdfplumber's coordinates).
"""

from __future__ import annotations

from statistics import median
from typing import Optional

from ..blocks import Cell, Paragraph, Symbol, Table
from . import pdf_grid, pdf_strokes, pdf_symbols
from .pdf_grid import Grid
from .pdf_symbols import Shape
from .pdf_text import cell_text, is_bold, line_text, lines_of, visible_chars

ALIGN = 2.5
"""A rectangle whose opposite edges lie this close (points) to grid lines is cell shading
or a cell drawn as a box, not a process symbol."""


def _is_aligned(s: Shape, g: Grid) -> bool:
    """Whether ``s`` fills a cell's width, or its height without being a stroked box that
    stands clear of the column lines (that is a symbol filling a row cut by the page edge)."""
    def near(v: float, lines: list[float]) -> bool:
        return any(abs(v - x) <= ALIGN for x in lines)

    if near(s.x0, g.xs) and near(s.x1, g.xs):
        return True
    if near(s.top, g.ys) and near(s.bottom, g.ys):
        return not (s.stroked and not near(s.x0, g.xs) and not near(s.x1, g.xs))
    return False


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


def read_page(page, page_no: int, columns: Optional[dict] = None
               ) -> tuple[list[tuple[float, object]], int, int, float]:
    """Read one page into (top, block) items; also return its char count, table count and
    the fraction of the page covered by its largest image. ``columns`` receives each table's
    column lines (``id(table)`` -> xs) for :func:`_join_across_pages`."""
    rects = page.rects
    all_chars = visible_chars(page.chars, rects, float(page.width), float(page.height))
    chars = [c for c in all_chars if c.get("text", "").strip()]
    spaces = len(chars) < len(all_chars)  # the page draws explicit space glyphs
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
        label = cell_text(sym_chars[si]).strip().lower()
        if (
            sym.kind == "process"
            and label in pdf_symbols.DECISION_LABELS
            and not any(m.stroked for m in sym.members)
        ):
            gi, ci = sym_place[si]
            cell_chars[gi][ci].extend(sym_chars[si])
            sym_place[si] = None

    # --- arrows: the strokes over each grid, labelled by the short texts beside them; other
    # shapes an arrow points into (a document shape between two boxes) are kept for the flow
    others = [o for o in pdf_symbols.other_shapes(shapes)
              if any(g.contains(*o.centre) for g in grids) and not any(
                  abs(o.centre[0] - s.centre[0]) <= 3 and abs(o.centre[1] - s.centre[1]) <= 3 for s in symbols)]
    label_chars = []  # cells level with or below the grid's first symbol: not its header
    for gi, g in enumerate(grids):
        tops = [symbols[si].top for si, place in enumerate(sym_place) if place is not None and place[0] == gi]
        if tops:
            label_chars += [cell_chars[gi][ci] for ci, gc in enumerate(g.cells)
                            if cell_chars[gi][ci] and gc.bottom > min(tops)]
    strokes = pdf_strokes.strokes_on_page(grids, symbols + others, rects, lines, curves, label_chars)
    others = [o for o in others if pdf_strokes.pointed_at((o.x0, o.top, o.x1, o.bottom), strokes)]

    # --- blocks
    items: list[tuple[float, object]] = []
    for gi, g in enumerate(grids):
        cells = [
            Cell(row=gc.row, col=gc.col, row_span=gc.row_span, col_span=gc.col_span,
                 text=cell_text(cell_chars[gi][ci], (gc.x0, gc.top, gc.x1, gc.bottom), spaces))
            for ci, gc in enumerate(g.cells)
        ]
        placed = sorted(
            (i for i, p in enumerate(sym_place) if p is not None and p[0] == gi),
            key=lambda i: (symbols[i].top, symbols[i].x0),
        )
        for si in placed:
            sym = symbols[si]
            cells[sym_place[si][1]].symbols.append(
                Symbol(kind=sym.kind, encoding="pdf-vector", text=cell_text(sym_chars[si]).replace("\n", " "),
                       col=g.column_at(sym.centre[0]), box=(sym.x0, sym.top, sym.x1, sym.bottom))
            )
        for o in others:
            ci = g.cell_at(*o.centre)
            if ci is not None:
                cells[ci].symbols.append(Symbol(kind="other", encoding="pdf-vector", col=g.column_at(o.centre[0]),
                                                box=(o.x0, o.top, o.x1, o.bottom)))
        table = Table(index=0, n_rows=g.n_rows, n_cols=g.n_cols, cells=cells,
                      row_pages=[page_no] * g.n_rows, xs=list(g.xs), ys=list(g.ys), strokes=strokes[gi])
        items.append((g.ys[0], table))
        if columns is not None:
            columns[id(table)] = list(g.xs)

    if loose:
        body = median(c.get("size") or 0 for c in chars) if chars else 0
        for line in lines_of(loose):
            # text far apart on one line (left and right of the page) is separate paragraphs
            parts: list[list[dict]] = [[]]
            for ch in line:
                if parts[-1]:
                    prev = parts[-1][-1]
                    if ch["x0"] - prev["x1"] > 4 * max(ch.get("size") or 0, 4.0):
                        parts.append([])
                parts[-1].append(ch)
            for part in parts:
                text = line_text(part)
                if not text:
                    continue
                ink = [c for c in part if c["text"].strip()]
                size = median(c.get("size") or 0 for c in ink)
                bold = is_bold(ink)
                heading = bold or (body > 0 and size >= 1.2 * body)
                top = min(c["top"] for c in ink)
                items.append((top, Paragraph(text=text, page=page_no, heading=heading, bold=bold)))
    items.sort(key=lambda it: it[0])
    return items, len(chars), len(grids), image_cover
